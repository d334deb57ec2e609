"""An event handled in a case waits for no 签收 on the routed list (the case has its own), and a
co-handler (协办) is told that the lead unit signs, releases and closes: it is not left with a
待签收 it can never clear, nor with a case page that offers nothing and says nothing."""

from __future__ import annotations

from typing import Any

import lxml.html

from models.enums import Role
from tests.service.test_routed import fire


def _row_text(html: str, event_id: int) -> str:
    doc = lxml.html.document_fromstring(html)
    rows = doc.xpath(f'//table[@id="routed-list"]//tr[@data-kind="event"][@data-target="{event_id}"]')
    assert rows, html[-2000:]
    return " ".join(str(rows[0].text_content()).split())


def test_an_event_in_a_case_is_handled_there_by_lead_and_co_handler(
    users: dict[str, str], make_user: Any, web_login: Any, api_login: Any, seed: Any
) -> None:
    big, _ = fire(seed)  # lead 市应急管理局, co-handler 虎山街道
    desk = api_login(users["desk"])
    case_id = desk.post(f"/api/v1/events/{big.id}/dispatch", json={"lead_unit": "yingji", "co_units": ["hushan"]})
    case_id = case_id.json()["id"]

    co, _csrf = web_login(users["hushan"])
    html = co.get("/inbox").text
    row = _row_text(html, big.id)
    assert "已立案" in row and "本单位协办，由牵头单位办理" in row and "查看案件（协办）" in row
    assert "待签收" not in row and 'id="routed-unsigned"' not in html  # nothing for it to sign
    assert "本单位协办" in " ".join(lxml.html.document_fromstring(html).xpath('//table[@id="case-list"]//text()'))
    routed = api_login(users["hushan"]).get("/api/v1/routed/events").json()
    assert routed["unsigned"] == 0
    assert api_login(users["hushan"]).get("/api/v1/routed/events", params={"status": "unsigned"}).json()["data"] == []

    page = co.get(f"/cases/{case_id}").text
    assert 'id="co-handler-note"' in page and "协办单位" in page and "市应急管理局" in page
    assert 'id="sign-form"' not in page

    lead, _csrf = web_login(make_user("yingji1", Role.UNIT, "yingji"))
    html = lead.get("/inbox").text
    row = _row_text(html, big.id)
    assert "在案件中签收、办理" in row and "到案件中办理" in row and "待签收" not in row
    lead_page = lead.get(f"/cases/{case_id}").text
    assert 'id="co-handler-note"' not in lead_page and 'id="sign-form"' in lead_page

"""Unit pickers on the desk's forms: nothing is chosen for the operator (one press of 改派 or 转派 must
not send a request or a case to whichever unit sorts first), the unit it moves away from is not
offered, stopped units are not offered, and the directory is grouped 委办局 / 乡镇/街道 / 公共企事业单位."""

from __future__ import annotations

from typing import Any

import lxml.html
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from models.db import Unit
from models.db.routed import RerouteRequest


def _select(html: str, xpath: str) -> Any:
    found = lxml.html.document_fromstring(html).xpath(xpath)
    assert found, html[-2000:]
    return found[0]


def _chosen(select_el: Any) -> list[str]:
    return [str(o.get("value")) for o in select_el.xpath(".//option[@selected]")]


def _offered(select_el: Any) -> list[str]:
    return [str(o.get("value")) for o in select_el.xpath(".//option") if o.get("value")]


def test_reroute_picker_chooses_nothing_and_leaves_out_the_requester(
    users: dict[str, str], web_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    event, _ = seed(title="虎山街道城北路违建无人管", text="城北路一处私搭乱建。", unit="hushan", grade=None)
    unit, csrf = web_login(users["hushan"])
    asked = unit.post(f"/routed/events/{event.id}/reroute", data={"csrf_token": csrf, "reason": "不归我们"})
    assert asked.status_code == 303
    with db() as s:
        s.execute(update(Unit).where(Unit.id == "hushan").values(kind="township"))
        s.add_all(
            [
                Unit(id="hecun", name="贺村镇", kind="township"),
                Unit(id="gongdian", name="国网江山市供电公司", kind="enterprise"),
                Unit(id="keji", name="市科学技术局", kind="department", active=False),
            ]
        )
        s.commit()
        request_id = s.scalar(select(RerouteRequest.id))

    desk, desk_csrf = web_login(users["desk"])
    html = desk.get("/desk").text
    picker = _select(html, '//form[contains(@class,"resolve-form")]//select[@name="lead_unit"]')
    assert picker.get("required") is not None
    first = picker.xpath(".//option")[0]
    assert first.get("value") == "" and first.text == "请选择单位"
    assert _chosen(picker) == []  # the browser shows 请选择单位; submitting without a choice is refused
    offered = _offered(picker)
    assert "hushan" not in offered and "keji" not in offered
    groups = [(g.get("label"), _offered(g)) for g in picker.xpath("./optgroup")]
    assert groups == [
        ("委办局", ["jiaoyu", "yingji"]),
        ("乡镇/街道", ["hecun"]),
        ("公共企事业单位", ["gongdian"]),
    ]

    # a page that sends no choice (an old page, a script) is refused in Chinese, the request stays open
    r = desk.post(
        f"/reroutes/{request_id}/resolve",
        data={"csrf_token": desk_csrf, "lead_unit": ""},
        headers={"referer": "http://testserver/desk"},
    )
    assert r.status_code == 422 and "请选择改派至哪个单位" in r.text
    with db() as s:
        assert s.get(RerouteRequest, request_id).status == "open"  # type: ignore[union-attr]

    r = desk.post(f"/reroutes/{request_id}/resolve", data={"csrf_token": desk_csrf, "lead_unit": "jiaoyu"})
    # the browser follows the form's redirect from the site itself (Sec-Fetch-Site), which shows the banner
    followed = desk.get(r.headers["location"], headers={"Sec-Fetch-Site": "same-origin"})
    assert r.status_code == 303 and "已改派至市教育局" in followed.text


def test_transfer_and_dispatch_pickers_choose_nothing_for_the_desk(
    users: dict[str, str], web_login: Any, api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    event, _ = seed()
    api = api_login(users["desk"])
    case_id = api.post(f"/api/v1/events/{event.id}/dispatch", json={"lead_unit": "hushan"}).json()["id"]
    desk, _csrf = web_login(users["desk"])
    picker = _select(desk.get(f"/cases/{case_id}").text, '//form[@id="transfer-form"]//select[@name="to_unit"]')
    assert picker.get("required") is not None and _chosen(picker) == []
    assert picker.xpath(".//option")[0].get("value") == ""
    assert "hushan" not in _offered(picker)  # the case's own lead unit is no transfer

    # an event that routing gave no lead unit: the dispatch form does not pick one for the desk
    orphan, _ = seed(title="网传某地出现不明气味", text="有网友称闻到异味。", unit=None, grade=None)
    picker = _select(desk.get(f"/events/{orphan.id}").text, '//form[@id="dispatch-form"]//select[@name="lead_unit"]')
    assert _chosen(picker) == [] and picker.xpath(".//option")[0].get("value") == ""
    # with a routed lead unit, that unit is chosen
    routed, _ = seed(title="江山中学食堂饭菜有虫", text="网友反映学校食堂卫生问题。", unit="jiaoyu", grade=None)
    picker = _select(desk.get(f"/events/{routed.id}").text, '//form[@id="dispatch-form"]//select[@name="lead_unit"]')
    assert _chosen(picker) == ["jiaoyu"]

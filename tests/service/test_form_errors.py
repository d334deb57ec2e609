"""A refused web form is the page again, with what was typed kept and a Chinese message next to the
field (``service.web.forms``), never a dead-end page in English or pydantic's JSON; the case page
offers only what the case's state allows."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import lxml.html
from sqlalchemy.orm import Session, sessionmaker

from models.enums import CaseActionKind
from models.timeutil import to_local

LATIN = re.compile(r"String should|pattern|relative URL|cannot|earlier than|in the future|transfer it|already")


def _english(html: str) -> bool:
    """Whether the page's visible text carries a developer's English message."""
    return bool(LATIN.search(lxml.html.document_fromstring(html).body.text_content()))


def _note(html: str, field: str | None = None) -> str:
    """The error note next to ``field`` (or any note) on a redrawn page."""
    doc = lxml.html.document_fromstring(html)
    path = (
        f'//p[contains(@class,"field-error")][@data-field="{field}"]'
        if field
        else '//p[contains(@class,"field-error")]'
    )
    found = doc.xpath(path)
    assert found, html[-3000:]
    return str(found[0].text_content())


def _value(html: str, form_id: str, name: str) -> str:
    doc = lxml.html.document_fromstring(html)
    control = doc.xpath(f'//form[@id="{form_id}"]//*[@name="{name}"]')[0]
    return str(control.text or "") if control.tag == "textarea" else str(control.get("value", ""))


def _dispatched_case(seed: Any, api_login: Any, users: dict[str, str]) -> tuple[int, int]:
    event, _alerts = seed()
    desk = api_login(users["desk"])
    r = desk.post(f"/api/v1/events/{event.id}/dispatch", json={"lead_unit": "hushan"})
    assert r.status_code == 200, r.text
    return int(event.id), int(r.json()["id"])


def test_manual_report_refusals_keep_the_input(users: dict[str, str], web_login: Any) -> None:
    browser, csrf = web_login(users["hushan"])
    page = {"referer": "http://testserver/manual"}
    r = browser.post("/manual", data={"title": "   ", "text": "路灯坏了三天", "csrf_token": csrf}, headers=page)
    assert r.status_code == 422 and "text/html" in r.headers["content-type"]
    assert _note(r.text, "title") == "标题不能为空"
    assert _value(r.text, "manual-form", "text") == "路灯坏了三天"
    assert not _english(r.text) and "返回首页" not in r.text

    data = {"title": "路灯不亮", "url": "www.example.cn/a", "csrf_token": csrf}
    r = browser.post("/manual", data=data, headers=page)
    assert r.status_code == 422
    assert _note(r.text, "url") == "链接须以 http:// 或 https:// 开头"
    assert _value(r.text, "manual-form", "title") == "路灯不亮"
    assert _value(r.text, "manual-form", "url") == "www.example.cn/a"

    # a field missing altogether (the framework's own validation) is the same page, in Chinese
    r = browser.post("/manual", data={"text": "只有内容", "csrf_token": csrf}, headers=page)
    assert r.status_code == 422 and _note(r.text, "title") == "标题不能为空"
    assert _value(r.text, "manual-form", "text") == "只有内容"

    # the redrawn page's form remembers its page, so a second refusal is drawn the same way
    doc = lxml.html.document_fromstring(r.text)
    assert doc.xpath('//form[@id="manual-form"]//input[@name="_page"]/@value') == ["/manual"]
    r = browser.post("/manual", data={"title": "", "csrf_token": csrf, "_page": "/manual"})
    assert r.status_code == 422 and _note(r.text, "title") == "标题不能为空"

    # without a page to go back to: the error page, in Chinese, with a link back when there is one
    r = browser.post("/manual", data={"title": "", "csrf_token": csrf})
    assert r.status_code == 422 and "标题不能为空" in r.text and not _english(r.text)


def test_case_page_offers_only_what_the_state_allows(
    users: dict[str, str], web_login: Any, api_login: Any, seed: Any
) -> None:
    _event_id, case_id = _dispatched_case(seed, api_login, users)
    browser, csrf = web_login(users["hushan"])
    assert 'id="sign-form"' in browser.get(f"/cases/{case_id}").text
    r = browser.post(f"/cases/{case_id}/actions", data={"kind": "sign", "csrf_token": csrf})
    assert r.status_code == 303
    page = browser.get(f"/cases/{case_id}").text
    assert 'id="sign-form"' not in page and 'id="release-form"' in page

    # pressing 签收 again (a page left open in another tab): the case page, saying it is signed
    r = browser.post(
        f"/cases/{case_id}/actions",
        data={"kind": "sign", "csrf_token": csrf},
        headers={"referer": f"http://testserver/cases/{case_id}"},
    )
    assert r.status_code == 409 and "该案件已签收" in r.text and not _english(r.text)
    assert "办理记录" in r.text


def test_release_times_are_checked_in_chinese_on_the_form(
    users: dict[str, str], web_login: Any, api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    _event_id, case_id = _dispatched_case(seed, api_login, users)
    browser, csrf = web_login(users["hushan"])
    page = {"referer": f"http://testserver/cases/{case_id}"}
    future = (to_local(__import__("datetime").datetime.now(__import__("datetime").UTC)) + timedelta(days=2)).strftime(
        "%Y-%m-%dT%H:%M"
    )
    data = {
        "kind": CaseActionKind.FIRST_RELEASE.value,
        "url": "https://www.jiangshan.gov.cn/art/1.html",
        "content": "已发布通报",
        "at": future,
        "csrf_token": csrf,
    }
    r = browser.post(f"/cases/{case_id}/actions", data=data, headers=page)
    assert r.status_code == 422 and _note(r.text, "at") == "办理时间不能晚于现在"
    assert _value(r.text, "release-form", "url") == data["url"]
    assert _value(r.text, "release-form", "content") == "已发布通报"
    assert _value(r.text, "release-form", "at") == future
    assert not _english(r.text)

    r = browser.post(f"/cases/{case_id}/actions", data={**data, "at": "2001-01-01T08:00"}, headers=page)
    assert r.status_code == 422 and _note(r.text, "at").startswith("办理时间不能早于派单时间")


def test_event_with_an_open_case_offers_its_case_not_a_dispatch(
    users: dict[str, str], web_login: Any, api_login: Any, seed: Any
) -> None:
    event_id, case_id = _dispatched_case(seed, api_login, users)
    browser, csrf = web_login(users["desk"])
    page = browser.get(f"/events/{event_id}").text
    assert 'id="dispatch-form"' not in page and f'href="/cases/{case_id}#transfer-form"' in page
    r = browser.post(
        f"/events/{event_id}/dispatch",
        data={"lead_unit": "jiaoyu", "csrf_token": csrf},
        headers={"referer": f"http://testserver/events/{event_id}"},
    )
    assert r.status_code == 409 and f"案件 {case_id}" in r.text and "转派" in r.text
    assert not _english(r.text)


def test_web_pages_never_show_validation_json(users: dict[str, str], web_login: Any) -> None:
    browser, _csrf = web_login(users["leader"])
    r = browser.get("/briefs/events")
    assert r.status_code == 422 and "text/html" in r.headers["content-type"]
    assert "不能为空" in r.text and '"detail"' not in r.text
    r = browser.get("/desk?limit=abc", headers={"referer": "http://testserver/leader"})
    assert r.status_code in (403, 422) and "text/html" in r.headers["content-type"]
    api = browser.get("/api/v1/cases?limit=abc")
    assert api.status_code in (401, 422) and api.headers["content-type"].startswith("application/json")


def test_offered_actions_follow_the_trackers_rules() -> None:
    from service.case_operations import DESK_ACTIONS, OFFERED_IN, UNIT_ACTIONS
    from tracker.cases import _ALLOWED

    for kind in UNIT_ACTIONS | DESK_ACTIONS:
        assert OFFERED_IN[kind] == _ALLOWED[kind], kind


def test_a_release_without_its_link_asks_for_what_the_form_has(
    users: dict[str, str], web_login: Any, api_login: Any, seed: Any
) -> None:
    """首次发布 needs the page it was published on; the refusal names only what the form offers
    (链接), and the form's 渠道 is recorded when given."""
    _event_id, case_id = _dispatched_case(seed, api_login, users)
    browser, csrf = web_login(users["hushan"])
    page = {"referer": f"http://testserver/cases/{case_id}"}
    browser.post(f"/cases/{case_id}/actions", data={"kind": "sign", "csrf_token": csrf})
    data = {"kind": CaseActionKind.FIRST_RELEASE.value, "content": "已发布通报", "csrf_token": csrf}
    r = browser.post(f"/cases/{case_id}/actions", data=data, headers=page)
    assert r.status_code == 422
    assert _note(r.text, "url") == "首次发布需要填写：链接（发布页面的网址）"
    assert _value(r.text, "release-form", "content") == "已发布通报"

    api = api_login(users["hushan"])
    r = api.post(f"/api/v1/cases/{case_id}/actions", json={"kind": "follow_up", "content": "续报"})
    assert r.status_code == 422 and "链接" in r.text and "渠道" not in r.text

    link = "https://mp.weixin.qq.com/s/jiangshan-fabu"
    r = browser.post(f"/cases/{case_id}/actions", data={**data, "url": link, "channel": "江山发布公众号"}, headers=page)
    assert r.status_code == 303
    actions = lxml.html.document_fromstring(browser.get(f"/cases/{case_id}").text).xpath('//table[@id="case-actions"]')
    assert "渠道：江山发布公众号" in actions[0].text_content()
    assert f"链接：{link}" in actions[0].text_content()  # labelled like every other detail


def test_the_grade_form_starts_at_the_cases_grade_and_refuses_no_change(
    users: dict[str, str], web_login: Any, api_login: Any, seed: Any
) -> None:
    """调整等级 opens on the case's own grade (not the first of the list, 特别重大, one click from a
    wrong escalation), and a change to the grade it already has is refused, not recorded."""
    _event_id, case_id = _dispatched_case(seed, api_login, users)  # the seeded event is 重大
    browser, csrf = web_login(users["desk"])
    doc = lxml.html.document_fromstring(browser.get(f"/cases/{case_id}").text)
    (selected,) = doc.xpath('//form[@id="grade-form"]//select[@name="grade"]/option[@selected]')
    assert selected.get("value") == "major" and selected.text_content() == "重大"
    page = {"referer": f"http://testserver/cases/{case_id}"}
    data = {"kind": CaseActionKind.GRADE_CHANGE.value, "grade": "major", "csrf_token": csrf}
    r = browser.post(f"/cases/{case_id}/actions", data=data, headers=page)
    assert r.status_code == 422 and _note(r.text, "grade") == "等级未变：本案已是重大"
    actions = api_login(users["desk"]).get(f"/api/v1/cases/{case_id}").json()["actions"]
    assert [a["kind"] for a in actions].count("grade_change") == 0
    r = browser.post(f"/cases/{case_id}/actions", data={**data, "grade": "especially_major"}, headers=page)
    assert r.status_code == 303

"""The desk → unit → leader workflow through the JSON API, with audit records for each change."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import AuditRecord, LabelCorrection


def test_dispatch_sign_release_and_review(
    users: dict[str, str], api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    event, alerts = seed()
    desk, unit, leader = api_login(users["desk"]), api_login(users["hushan"]), api_login(users["leader"])

    feed = desk.get("/api/v1/alerts", params={"status": "open"}).json()
    assert {a["id"] for a in feed["data"]} == {a.id for a in alerts}
    for alert in alerts:
        assert desk.post(f"/api/v1/alerts/{alert.id}/ack").status_code == 200
    assert desk.get("/api/v1/alerts", params={"status": "open"}).json()["count"] == 0

    r = desk.post(f"/api/v1/events/{event.id}/labels", json={"topic": "应急管理", "grade": "large"})
    assert r.status_code == 422 and "分类体系" in r.json()["detail"]  # a topic is chosen from the taxonomy
    r = desk.post(f"/api/v1/events/{event.id}/labels", json={"topic": "anquan", "grade": "large"})
    assert r.status_code == 200 and r.json()["detail"]["changed"] == ["grade", "topic"]

    r = desk.post(f"/api/v1/events/{event.id}/dispatch", json={"lead_unit": "hushan"})
    assert r.status_code == 200, r.text
    case = r.json()
    assert case["lead_unit"] == "hushan" and case["status"] == "dispatched"

    before = leader.get("/api/v1/review/timeliness").json()
    assert before["units"][0]["overall"]["rate"] is None

    inbox = unit.get("/api/v1/cases", params={"status": "open"}).json()
    assert [c["id"] for c in inbox["data"]] == [case["id"]]
    assert unit.post(f"/api/v1/cases/{case['id']}/actions", json={"kind": "sign"}).status_code == 200
    r = unit.post(
        f"/api/v1/cases/{case['id']}/actions",
        json={"kind": "response", "url": "https://www.jiangshan.gov.cn/art/1.html", "content": "已处置"},
    )
    assert r.status_code == 200, r.text
    detail = unit.get(f"/api/v1/cases/{case['id']}").json()
    assert [a["kind"] for a in detail["actions"]] == ["dispatch", "sign", "response"]

    after = leader.get("/api/v1/review/timeliness").json()
    hushan = next(u for u in after["units"] if u["unit_id"] == "hushan")
    assert hushan["overall"]["rate"] == 1.0
    assert leader.get("/api/v1/review/timeliness.xlsx").content[:2] == b"PK"

    with db() as s:
        actions = {(a.actor, a.action) for a in s.scalars(select(AuditRecord))}
        corrections = list(s.scalars(select(LabelCorrection)))
    assert {("desk1", "alert.acknowledge"), ("desk1", "event.correct"), ("desk1", "case.dispatch")} <= actions
    assert {("hushan1", "case.sign"), ("hushan1", "case.response")} <= actions
    assert {c.field for c in corrections} == {"topic", "grade"} and all(c.user == "desk1" for c in corrections)


def test_reports_are_documents(users: dict[str, str], api_login: Any, seed: Any) -> None:
    seed()
    leader = api_login(users["leader"])
    docx = leader.get("/api/v1/reports/daily.docx")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    xlsx = leader.get("/api/v1/reports/weekly.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    import io

    from docx import Document

    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert "舆情日报" in text and "新增事件 1 起" in text


def test_unit_cannot_dispatch_or_ack(users: dict[str, str], api_login: Any, seed: Any) -> None:
    event, alerts = seed()
    unit = api_login(users["hushan"])
    assert unit.post(f"/api/v1/events/{event.id}/dispatch", json={}).status_code == 403
    assert unit.post(f"/api/v1/alerts/{alerts[0].id}/ack").status_code == 403
    assert unit.get("/api/v1/admin/users").status_code == 403


def test_a_case_sent_back_waits_on_the_desk_and_does_not_read_as_signed(
    users: dict[str, str], api_login: Any, web_login: Any, seed: Any
) -> None:
    """退单 answers the assignment but is no 签收: the case page says so, and the desk sees the case
    waiting for its decision (转派) with who sent it back and why, until it is transferred."""
    event, _alerts = seed()
    desk, unit = api_login(users["desk"]), api_login(users["hushan"])
    case = desk.post(f"/api/v1/events/{event.id}/dispatch", json={"lead_unit": "hushan"}).json()
    r = unit.post(f"/api/v1/cases/{case['id']}/actions", json={"kind": "return", "reason": "该小区属清湖街道管辖"})
    assert r.status_code == 200, r.text

    page, _csrf = web_login(users["desk"])
    desk_page = page.get("/desk").text
    assert 'id="returned-cases"' in desk_page and f'href="/cases/{case["id"]}"' in desk_page
    assert "该小区属清湖街道管辖" in desk_page and "虎山街道" in desk_page
    assert "已退单（未签收）" in page.get(f"/cases/{case['id']}").text

    r = desk.post(f"/api/v1/cases/{case['id']}/actions", json={"kind": "transfer", "to_unit": "qinghu"})
    assert r.status_code == 200, r.text
    assert 'id="returned-cases"' not in page.get("/desk").text

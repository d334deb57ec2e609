"""The desk clears a grade the classifier set wrongly (未定级（非突发事件）), on the event page and
through the API; audited and recorded like every other correction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import AuditRecord, Event, LabelCorrection


def test_the_desk_clears_a_wrong_grade(
    users: dict[str, str], web_login: Any, api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    event, _ = seed(title="网友担心某工地可能发生事故", grade="general")
    browser, csrf = web_login(users["desk"])
    page = browser.get(f"/events/{event.id}").text
    assert '<option value="none">未定级（非突发事件）</option>' in page
    r = browser.post(f"/events/{event.id}/labels", data={"grade": "none", "confirm": "1", "csrf_token": csrf})
    assert r.status_code == 303 and "%E4%BA%8B%E4%BB%B6%E7%AD%89%E7%BA%A7" in r.headers["location"]  # 事件等级
    with db() as s:
        assert s.get(Event, event.id).grade is None  # type: ignore[union-attr]
        audit = s.scalars(select(AuditRecord).where(AuditRecord.action == "event.correct")).all()
        assert audit[-1].detail["changes"] == {"grade": ["general", None]}
        corrections = s.scalars(select(LabelCorrection).where(LabelCorrection.field == "grade")).all()
        assert corrections and {(c.old_value, c.new_value) for c in corrections} == {("general", "none")}

    desk = api_login(users["desk"])
    assert desk.post(f"/api/v1/events/{event.id}/labels", json={"grade": "large"}).status_code == 200
    r = desk.post(f"/api/v1/events/{event.id}/labels", json={"grade": "none"})
    assert r.status_code == 200 and r.json()["detail"]["changed"] == ["grade"]
    with db() as s:
        assert s.get(Event, event.id).grade is None  # type: ignore[union-attr]
    assert desk.post(f"/api/v1/events/{event.id}/labels", json={"grade": "bogus"}).status_code == 422

"""What people type (notes, reasons, names, 专题 words) is stored without control characters: no
page draws them as boxes and no keyword silently never matches. Tabs and line breaks stay; NUL is
refused by the API's schema (PostgreSQL cannot hold it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import User

DIRTY = "\x02\x1b\x85\ufffe\uffff"


def test_notes_reasons_names_and_topic_words_are_stored_as_plain_text(
    users: dict[str, str], api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    desk, hushan, admin = api_login(users["desk"]), api_login(users["hushan"]), api_login(users["admin"])
    since = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    topic = desk.post(
        "/api/v1/topics", json={"name": f"防{DIRTY}汛", "keywords": [f"暴{DIRTY}雨", DIRTY], "starts_at": since}
    )
    assert topic.status_code == 201, topic.text
    assert (topic.json()["name"], topic.json()["keywords"]) == ("防汛", ["暴雨"])

    with db() as s:
        user_id = s.scalar(select(User.id).where(User.username == users["hushan"]))
    assert admin.patch(f"/api/v1/admin/users/{user_id}", json={"display_name": f"虎山{DIRTY}联络员"}).status_code == 200
    with db() as s:
        assert s.scalar(select(User.display_name).where(User.id == user_id)) == "虎山联络员"

    event, _ = seed()
    case = desk.post(f"/api/v1/events/{event.id}/dispatch", json={"lead_unit": "hushan", "note": f"请{DIRTY}办理"})
    assert case.status_code == 200, case.text
    r = hushan.post(
        f"/api/v1/cases/{case.json()['id']}/actions", json={"kind": "sign", "note": f"已签收{DIRTY}\n第二行"}
    )
    assert r.status_code == 200, r.text
    actions = hushan.get(f"/api/v1/cases/{case.json()['id']}").json()["actions"]
    notes = [str(a.get("details", {}).get("note")) for a in actions]
    assert notes == ["请办理", "已签收\n第二行"], actions

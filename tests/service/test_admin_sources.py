"""The admin page shows each source's health, including a quiet source (answering, nothing new)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from models.db import Source, SourceHealth
from yuqing.db.engine import transaction


def test_quiet_source_is_marked_on_the_admin_page(
    users: dict[str, str], web_login: Any, db: sessionmaker[Session]
) -> None:
    last_new = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    with transaction(db) as s:
        for sid in ("busy", "quiet"):
            s.add(Source(id=sid, name=f"{sid}网", type="web", url=f"http://{sid}.test/list.html"))
        s.add(SourceHealth(source_id="busy", last_success_at=last_new, last_new_at=last_new))
        s.add(
            SourceHealth(
                source_id="quiet",
                last_success_at=datetime(2026, 6, 4, 8, 0, tzinfo=UTC),
                last_new_at=last_new,
                quiet_alerted_at=datetime(2026, 6, 4, 8, 0, tzinfo=UTC),
            )
        )
    c, _ = web_login(users["admin"])
    page = c.get("/admin").text
    assert "最近新内容" in page
    rows = {
        sid: row for sid in ("busy", "quiet") for row in page.split("<tr") if f'<td title="{sid}">{sid}网</td>' in row
    }
    assert "沉寂" in rows["quiet"] and 'class="bad"' in rows["quiet"]
    assert "沉寂" not in rows["busy"] and "06-01 16:00" in rows["busy"]  # shown in Asia/Shanghai
    api, _ = web_login(users["admin"])
    listed = {s["id"]: s for s in api.get("/api/v1/sources").json()}
    assert listed["quiet"]["quiet_since"] is not None and listed["busy"]["quiet_since"] is None

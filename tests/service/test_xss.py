"""Scraped titles and text carrying ``<script>`` and event-handler attributes are shown as text."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from models.db import Item

HOSTILE_TITLE = '虎山街道火灾<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
HOSTILE_TEXT = (
    '现场<b onmouseover="window.__pwned=3">浓烟</b><script>alert(1)</script><a href="javascript:alert(2)">链接</a>'
)


def test_hostile_item_is_inert_on_every_page(users: dict[str, str], web_login: Any, seed: Any, db: Any) -> None:
    event, _alerts = seed(title=HOSTILE_TITLE, text=HOSTILE_TEXT)
    with db() as s:
        item = s.scalar(select(Item).where(Item.event_id == event.id))
    c, _ = web_login(users["desk"])
    for path in ("/desk", f"/events/{event.id}", f"/items/{item.id}"):
        r = c.get(path)
        assert r.status_code == 200, path
        html = r.text
        assert "<script>window.__pwned" not in html and "<script>alert" not in html, path
        assert "onerror=" not in html and "onmouseover=" not in html, path
        assert "javascript:alert" not in html, path
        assert "<img src=x" not in html, path
        assert "虎山街道火灾" in html, path
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-frame-options"] == "DENY"
    assert "浓烟" in c.get(f"/items/{item.id}").text


def test_api_returns_stored_text_as_json(users: dict[str, str], api_login: Any, seed: Any) -> None:
    seed(title=HOSTILE_TITLE, text=HOSTILE_TEXT)
    desk = api_login(users["desk"])
    r = desk.get("/api/v1/items")
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"

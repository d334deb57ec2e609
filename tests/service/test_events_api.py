"""The desk's grouping corrections through the API: merge two events, split items off again."""

from __future__ import annotations

from typing import Any


def test_merge_and_split(users: dict[str, str], api_login: Any, seed: Any) -> None:
    first, _ = seed(
        title="双塔街道小区停水三天 居民不满", text="双塔街道某小区停水。", unit="hushan", grade="general", places=()
    )
    second, _ = seed(
        title="市教育局招生政策调整引发讨论", text="家长关注招生政策。", unit="jiaoyu", grade="general", places=()
    )
    assert first.id != second.id
    desk = api_login(users["desk"])
    r = desk.post(f"/api/v1/events/{first.id}/merge", json={"source_event_ids": [second.id]})
    assert r.status_code == 200, r.text
    merged = desk.get(f"/api/v1/events/{first.id}").json()
    assert merged["event"]["item_count"] == 2 and len(merged["items"]) == 2
    assert desk.get(f"/api/v1/events/{second.id}").json()["event"]["status"] == "merged"
    assert desk.post(f"/api/v1/events/{first.id}/merge", json={"source_event_ids": [first.id]}).status_code == 422

    moved = next(i["id"] for i in merged["items"] if "招生" in i["title"])
    r = desk.post(f"/api/v1/events/{first.id}/split", json={"item_ids": [moved]})
    assert r.status_code == 200, r.text
    new_id = r.json()["detail"]["event_id"]
    assert [i["id"] for i in desk.get(f"/api/v1/events/{new_id}").json()["items"]] == [moved]
    assert desk.get(f"/api/v1/events/{first.id}").json()["event"]["item_count"] == 1
    bad = desk.post(f"/api/v1/events/{first.id}/split", json={"item_ids": ["nosuchitem0000"]})
    assert bad.status_code == 422

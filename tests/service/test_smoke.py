"""The app starts, serves its docs, health and metrics, and each role lands on its page."""

from __future__ import annotations

from typing import Any

from tests.service.conftest import TestClient


def test_health_docs_metrics(client: TestClient) -> None:
    assert client.get("/healthz").text == "ok"
    assert client.get("/api/v1/openapi.json").json()["info"]["title"].startswith("yuqing")
    assert client.get("/docs").status_code == 200
    metrics = client.get("/metrics").text
    assert "yuqing_database_up 1.0" in metrics
    assert 'yuqing_items_per_second{stage="stored"}' in metrics


def test_pages_per_role(users: dict[str, str], web_login: Any, seed: Any) -> None:
    event, alerts = seed()
    assert alerts, "a major fire should raise an alert"
    for who, page, marker in (
        ("desk", "/desk", "值班台"),
        ("jiaoyu", "/inbox", "单位工作台"),
        ("leader", "/leader", "领导看板"),
        ("admin", "/admin", "系统管理"),
    ):
        c, _ = web_login(users[who])
        r = c.get("/")
        assert r.headers["location"] == page
        body = c.get(page).text
        assert marker in body, who
    c, _ = web_login(users["desk"])
    desk = c.get("/desk").text
    assert alerts[0].title in desk
    assert c.get(f"/events/{event.id}").status_code == 200

"""The app starts, serves its docs, health and metrics, and each role lands on its page."""

from __future__ import annotations

from typing import Any

from tests.service.conftest import TestClient


def test_health_docs_metrics(client: TestClient) -> None:
    assert client.get("/healthz").text == "ok"
    assert client.get("/api/v1/openapi.json").json()["info"]["title"].startswith("yuqing")
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/docs-static/swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text
    assert client.get("/docs-static/swagger-ui-bundle.js").status_code == 200
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


def test_login_form_and_user_creation(db: Any, client: TestClient) -> None:
    from datetime import UTC, datetime

    import pytest

    from models.enums import Role
    from service.auth.users import create_user
    from service.errors import Conflict, InvalidInput
    from yuqing.db.engine import transaction

    with transaction(db) as s:
        create_user(s, username="duty", password="long-enough-1", role=Role.DESK, unit_id=None, now=datetime.now(UTC))
    with transaction(db) as s, pytest.raises(InvalidInput):
        create_user(s, username="u2", password="long-enough-1", role=Role.UNIT, unit_id="nosuch", now=datetime.now(UTC))
    with transaction(db) as s, pytest.raises(Conflict):
        create_user(s, username="duty", password="long-enough-1", role=Role.DESK, unit_id=None, now=datetime.now(UTC))
    import re

    token = re.search(r'name="login_token" value="([^"]+)"', client.get("/login").text)
    assert token is not None
    form = {"username": "duty", "login_token": token.group(1)}
    bad = client.post("/login", data={**form, "password": "wrong"}, follow_redirects=False)
    assert bad.status_code == 401 and "用户名或密码错误" in bad.text
    ok = client.post("/login", data={**form, "password": "long-enough-1"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/desk"
    assert "httponly" in ok.headers["set-cookie"].lower() and "samesite=lax" in ok.headers["set-cookie"].lower()
    assert client.get("/api/v1/users/me").json()["username"] == "duty"

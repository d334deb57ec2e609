"""The login form refuses cross-site posts; the session cookie is ``Secure`` behind an https proxy;
pages and API answers carrying a user's data are never cached."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cli.compose import stage_ports
from service.app import create_app
from tests.service.conftest import PASSWORD, TestClient, live_server
from yuqing.settings import EXAMPLE_JURISDICTION, Settings


def login_token(c: Any) -> str:
    found = re.search(r'name="login_token" value="([^"]+)"', c.get("/login").text)
    assert found is not None
    return found.group(1)


def test_login_refuses_a_cross_site_post(users: dict[str, str], app: Any) -> None:
    form = {"username": users["desk"], "password": PASSWORD}
    with TestClient(app, follow_redirects=False) as attacker_page:
        # a form on another site posts straight to /login: no token from our login page
        r = attacker_page.post("/login", data=form, headers={"Origin": "https://evil.example"})
        assert r.status_code == 403 and "yq_session" not in r.headers.get("set-cookie", "")
        assert attacker_page.post("/login", data=form).status_code == 403
    with TestClient(app, follow_redirects=False) as browser:
        # even with a token, a browser saying the form came from elsewhere is refused
        evil = {"Origin": "https://evil.example"}
        r = browser.post("/login", data={**form, "login_token": login_token(browser)}, headers=evil)
        assert r.status_code == 403
        login_token(browser)
        assert browser.post("/login", data={**form, "login_token": "forged"}).status_code == 403
        token = login_token(browser)
        r = browser.post("/login", data={**form, "login_token": token}, headers={"Origin": "http://testserver"})
        assert r.status_code == 303 and r.headers["location"] == "/desk"


@pytest.mark.parametrize(
    ("settings_overrides", "headers", "secure"),
    [
        ({"trusted_proxies": ["127.0.0.1"]}, {"X-Forwarded-Proto": "https"}, True),
        ({}, {"X-Forwarded-Proto": "https"}, False),  # an untrusted peer cannot claim https
        ({"trusted_proxies": ["127.0.0.1"]}, {}, False),
        ({"cookie_secure": True}, {}, True),
    ],
)
def test_session_cookie_is_secure_behind_an_https_proxy(
    users: dict[str, str],
    make_settings: Callable[..., Settings],
    db_url: str,
    settings_overrides: dict[str, Any],
    headers: dict[str, str],
    secure: bool,
) -> None:
    settings = make_settings(database_url=db_url, jurisdiction_dir=EXAMPLE_JURISDICTION, **settings_overrides)
    with (
        live_server(create_app(settings, stage_ports(), kafka_lag_metrics=False)) as base,
        httpx.Client(base_url=base, headers=headers, follow_redirects=False) as c,
    ):
        token = login_token(c)
        # the client speaks plain http to the server, so send back the (maybe Secure) form cookie itself
        r = c.post(
            "/login",
            data={"username": users["desk"], "password": PASSWORD, "login_token": token},
            headers={"Cookie": f"yq_login={token}"},
        )
        assert r.status_code == 303
        cookie = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith("yq_session="))
        assert ("secure" in cookie.lower().split("; ")) is secure, cookie


def test_authenticated_answers_are_not_cached(users: dict[str, str], api_login: Any, web_login: Any) -> None:
    api = api_login(users["desk"])
    for path in ("/api/v1/users/me", "/api/v1/events", "/api/v1/review/timeliness.xlsx"):
        assert api.get(path).headers["cache-control"] == "no-store", path
    page, _ = web_login(users["desk"])
    for path in ("/desk", "/login"):
        assert page.get(path).headers["cache-control"] == "no-store", path
    # the project's own static assets may be cached
    assert "no-store" not in page.get("/static/style.css").headers.get("cache-control", "")


def test_nul_characters_are_refused_not_a_server_error(
    any_migrated_db: Any, make_settings: Any, any_db_url: str
) -> None:
    """PostgreSQL cannot hold NUL: the API's schema refuses it, forms and the login name too (no 500)."""
    from datetime import UTC, datetime

    from models.db import User
    from models.enums import Role
    from tests.service.conftest import open_token
    from yuqing.db.engine import transaction

    _engine, factory = any_migrated_db
    with transaction(factory) as s:
        s.add(
            User(username="desk1", password_hash="!", role=Role.DESK.value, active=True, created_at=datetime.now(UTC))
        )
    app = create_app(make_settings(database_url=any_db_url, jurisdiction_dir=EXAMPLE_JURISDICTION), stage_ports())
    token, csrf = open_token(factory, "desk1")
    with TestClient(app, follow_redirects=False) as c:
        r = c.post("/login", data={"username": "desk\x001", "password": "x", "login_token": login_token(c)})
        assert r.status_code == 401
        c.headers["Authorization"] = f"Bearer {token}"
        assert c.get("/api/v1/items", params={"q": "a\x00b"}).status_code == 422
        assert c.get("/api/v1/items/a%00b").status_code == 422
        r = c.post("/api/v1/events/1/dispatch", json={"lead_unit": "hu\x00shan"})
        assert r.status_code == 422
        del c.headers["Authorization"]
        c.cookies.set("yq_session", token)
        r = c.post("/manual", data={"title": "标题\x00", "csrf_token": csrf})
        assert r.status_code == 422 and "空字符" in r.text

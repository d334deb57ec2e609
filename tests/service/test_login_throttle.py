"""Login throttling keyed to (name, client address): failures elsewhere never lock out a named user,
a client spraying names does not lock out others, the real client address is used behind a trusted
proxy (and only then), and an administrator sees and lifts throttles.

Different client addresses are real: a uvicorn server on 127.0.0.1 and clients bound to other
loopback addresses (127.0.0.2, 127.0.0.3 ...), so the server sees each as its own peer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from cli.compose import stage_ports
from service.app import create_app
from service.auth.ratelimit import FAILURES_BEFORE_WAIT, FIRST_WAIT, HOT_CLIENT_FAILURES, MAX_WAIT, blocked_until
from tests.service.conftest import PASSWORD, live_server, open_token
from yuqing.settings import EXAMPLE_JURISDICTION, Settings

WRONG = "not-the-password"


@pytest.fixture
def serve(make_settings: Callable[..., Settings], db_url: str, users: dict[str, str]) -> Iterator[Callable[..., str]]:
    """Start the service on a real server with extra settings; returns its base URL."""
    from contextlib import ExitStack

    with ExitStack() as stack:

        def start(**overrides: Any) -> str:
            settings = make_settings(database_url=db_url, jurisdiction_dir=EXAMPLE_JURISDICTION, **overrides)
            return stack.enter_context(live_server(create_app(settings, stage_ports(), kafka_lag_metrics=False)))

        yield start


@pytest.fixture
def from_address() -> Iterator[Callable[..., httpx.Client]]:
    """An HTTP client whose connections come from the given loopback address."""
    clients: list[httpx.Client] = []

    def make(base: str, address: str, **kwargs: Any) -> httpx.Client:
        c = httpx.Client(base_url=base, transport=httpx.HTTPTransport(local_address=address), timeout=30, **kwargs)
        clients.append(c)
        return c

    yield make
    for c in clients:
        c.close()


def api_login(c: httpx.Client, username: str, password: str, **headers: str) -> httpx.Response:
    return c.post("/api/v1/login/access-token", json={"username": username, "password": password}, headers=headers)


def web_login(c: httpx.Client, username: str, password: str) -> httpx.Response:
    form = c.get("/login")
    token = re.search(r'name="login_token" value="([^"]+)"', form.text)
    assert token, form.text
    return c.post("/login", data={"username": username, "password": password, "login_token": token.group(1)})


def test_failures_from_one_client_do_not_lock_out_the_user_elsewhere(
    serve: Callable[..., str], from_address: Callable[..., httpx.Client], users: dict[str, str]
) -> None:
    base = serve()
    attacker = from_address(base, "127.0.0.2")
    for _ in range(FAILURES_BEFORE_WAIT):
        assert api_login(attacker, users["desk"], WRONG).status_code == 401
    # the attacker's pair now waits, whatever the password: a right guess is not revealed
    blocked = api_login(attacker, users["desk"], PASSWORD)
    assert blocked.status_code == 429, blocked.text
    assert 0 < int(blocked.headers["retry-after"]) <= FIRST_WAIT.total_seconds()
    assert api_login(attacker, users["desk"], WRONG).status_code == 429
    # the desk itself, from its own address, signs in on the API and on the web form
    desk = from_address(base, "127.0.0.3", follow_redirects=False)
    assert api_login(desk, users["desk"], PASSWORD).status_code == 200
    r = web_login(desk, users["desk"], PASSWORD)
    assert r.status_code == 303 and r.headers["location"] == "/desk"


def test_a_client_spraying_names_does_not_lock_out_other_users_from_it(
    serve: Callable[..., str], from_address: Callable[..., httpx.Client], users: dict[str, str]
) -> None:
    base = serve()
    shared = from_address(base, "127.0.0.4")  # e.g. an office behind one NAT address
    for n in range(HOT_CLIENT_FAILURES):
        assert api_login(shared, f"guess{n}", WRONG).status_code == 401
    assert api_login(shared, users["leader"], PASSWORD).status_code == 200
    # from the spraying address each name now gets one failure before it must wait
    assert api_login(shared, users["admin"], WRONG).status_code == 401
    assert api_login(shared, users["admin"], PASSWORD).status_code == 429


def test_the_client_address_behind_a_trusted_proxy(
    serve: Callable[..., str], from_address: Callable[..., httpx.Client], users: dict[str, str], db: Any
) -> None:
    base = serve(trusted_proxies=["127.0.0.5"])
    proxy = from_address(base, "127.0.0.5")
    for _ in range(FAILURES_BEFORE_WAIT):
        assert api_login(proxy, users["desk"], WRONG, **{"X-Forwarded-For": "203.0.113.9"}).status_code == 401
    assert api_login(proxy, users["desk"], PASSWORD, **{"X-Forwarded-For": "203.0.113.9"}).status_code == 429
    # another real client behind the same proxy is not affected
    assert api_login(proxy, users["desk"], PASSWORD, **{"X-Forwarded-For": "198.51.100.7"}).status_code == 200
    # a client that is not a trusted proxy cannot choose its address
    direct = from_address(base, "127.0.0.6")
    for _ in range(FAILURES_BEFORE_WAIT):
        assert api_login(direct, users["leader"], WRONG, **{"X-Forwarded-For": "192.0.2.1"}).status_code == 401
    token, _ = open_token(db, users["admin"])
    seen = httpx.get(f"{base}/api/v1/admin/throttles", headers={"Authorization": f"Bearer {token}"}).json()
    expected = {(users["desk"], "203.0.113.9"), (users["leader"], "127.0.0.6")}
    assert {(t["username"], t["client"]) for t in seen} == expected


def test_without_trusted_proxies_forwarded_headers_are_ignored(
    serve: Callable[..., str], from_address: Callable[..., httpx.Client], users: dict[str, str]
) -> None:
    base = serve()
    c = from_address(base, "127.0.0.7")
    for n in range(FAILURES_BEFORE_WAIT):
        assert api_login(c, users["desk"], WRONG, **{"X-Forwarded-For": f"192.0.2.{n}"}).status_code == 401
    assert api_login(c, users["desk"], PASSWORD, **{"X-Forwarded-For": "192.0.2.200"}).status_code == 429


def test_an_admin_sees_and_lifts_throttles(
    serve: Callable[..., str], from_address: Callable[..., httpx.Client], users: dict[str, str], db: Any
) -> None:
    base = serve()
    c = from_address(base, "127.0.0.8", follow_redirects=False)
    for _ in range(FAILURES_BEFORE_WAIT + 1):
        api_login(c, users["desk"], WRONG)
    assert api_login(c, users["desk"], PASSWORD).status_code == 429
    token, csrf = open_token(db, users["admin"])
    admin = from_address(base, "127.0.0.9", headers={"Authorization": f"Bearer {token}"})
    (throttle,) = admin.get("/api/v1/admin/throttles").json()
    assert throttle["username"] == users["desk"] and throttle["client"] == "127.0.0.8"
    assert throttle["failures"] == FAILURES_BEFORE_WAIT + 1 and throttle["blocked_until"] is not None
    # the admin page lists it with a button that lifts it
    page = from_address(base, "127.0.0.9", cookies={"yq_session": token}, follow_redirects=False)
    html = page.get("/admin").text
    assert "127.0.0.8" in html and 'action="/admin/throttles/clear"' in html
    r = page.post("/admin/throttles/clear", data={"username": users["desk"], "client": "127.0.0.8", "csrf_token": csrf})
    assert r.status_code == 303 and "已解除" in httpx.URL(r.headers["location"]).params["msg"]
    assert admin.get("/api/v1/admin/throttles").json() == []
    assert api_login(c, users["desk"], PASSWORD).status_code == 200
    # and through the API, for every address of a name at once
    for _ in range(FAILURES_BEFORE_WAIT + 1):
        api_login(c, users["leader"], WRONG)
    cleared = admin.post("/api/v1/admin/throttles/clear", json={"username": users["leader"]})
    assert cleared.json()["detail"] == {"cleared": FAILURES_BEFORE_WAIT + 1}
    assert api_login(c, users["leader"], PASSWORD).status_code == 200


def test_waits_double_up_to_the_maximum() -> None:
    last = datetime(2026, 1, 1, tzinfo=UTC)
    assert blocked_until(FAILURES_BEFORE_WAIT - 1, last, hot_client=False) is None
    assert blocked_until(FAILURES_BEFORE_WAIT, last, hot_client=False) == last + FIRST_WAIT
    assert blocked_until(FAILURES_BEFORE_WAIT + 1, last, hot_client=False) == last + 2 * FIRST_WAIT
    assert blocked_until(FAILURES_BEFORE_WAIT + 300, last, hot_client=False) == last + MAX_WAIT
    assert blocked_until(1, last, hot_client=True) == last + FIRST_WAIT
    assert blocked_until(0, last, hot_client=True) is None
    assert timedelta(minutes=15) >= MAX_WAIT

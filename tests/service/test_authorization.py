"""A unit user sees and acts on only its own unit's items, events, alerts and cases — through every
endpoint, API and web — and everything else answers exactly like a missing object."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def other_units_case(users: dict[str, str], api_login: Any, seed: Any) -> dict[str, Any]:
    """A case dispatched to 市教育局 (jiaoyu), which the 虎山街道 (hushan) user must never reach."""
    event, alerts = seed(
        title="某中学食堂食品安全问题引发家长关注",
        text="家长反映某中学食堂卫生差。",
        unit="jiaoyu",
        grade="large",
        places=(),
    )
    desk = api_login(users["desk"])
    case = desk.post(f"/api/v1/events/{event.id}/dispatch", json={"lead_unit": "jiaoyu"}).json()
    items = desk.get("/api/v1/items", params={"unit": "jiaoyu"}).json()["data"]
    return {"event": event, "alerts": alerts, "case": case, "item_id": items[0]["id"]}


def test_unit_cannot_read_other_units_objects(
    users: dict[str, str], api_login: Any, other_units_case: dict[str, Any]
) -> None:
    hushan = api_login(users["hushan"])
    case_id = other_units_case["case"]["id"]
    event_id = other_units_case["event"].id
    for path in (
        f"/api/v1/cases/{case_id}",
        f"/api/v1/events/{event_id}",
        f"/api/v1/items/{other_units_case['item_id']}",
        *(f"/api/v1/alerts/{a.id}" for a in other_units_case["alerts"]),
    ):
        assert hushan.get(path).status_code == 404, path
    assert hushan.get("/api/v1/cases").json()["count"] == 0
    assert hushan.get("/api/v1/cases", params={"unit": "jiaoyu"}).json()["count"] == 0
    assert hushan.get("/api/v1/events").json()["count"] == 0
    assert hushan.get("/api/v1/items", params={"unit": "jiaoyu"}).json()["count"] == 0
    assert hushan.get("/api/v1/alerts").json()["count"] == 0
    assert hushan.get("/api/v1/review/timeliness").json()["units"] == []
    # the owning unit does see it
    jiaoyu = api_login(users["jiaoyu"])
    assert jiaoyu.get(f"/api/v1/cases/{case_id}").status_code == 200
    assert jiaoyu.get("/api/v1/cases").json()["count"] == 1


def test_unit_cannot_act_on_other_units_case(
    users: dict[str, str], api_login: Any, other_units_case: dict[str, Any]
) -> None:
    hushan = api_login(users["hushan"])
    case_id = other_units_case["case"]["id"]
    for body in (
        {"kind": "sign"},
        {"kind": "return", "reason": "不属于本单位"},
        {"kind": "first_release", "url": "https://example.cn/a.html"},
        {"kind": "close", "result": "已办结"},
    ):
        assert hushan.post(f"/api/v1/cases/{case_id}/actions", json=body).status_code == 404, body
    jiaoyu = api_login(users["jiaoyu"])
    detail = jiaoyu.get(f"/api/v1/cases/{case_id}").json()
    assert [a["kind"] for a in detail["actions"]] == ["dispatch"]


def test_unit_web_pages_are_scoped(users: dict[str, str], web_login: Any, other_units_case: dict[str, Any]) -> None:
    c, token = web_login(users["hushan"])
    case_id = other_units_case["case"]["id"]
    assert c.get(f"/cases/{case_id}").status_code == 404
    assert c.get(f"/events/{other_units_case['event'].id}").status_code == 404
    assert c.get(f"/items/{other_units_case['item_id']}").status_code == 404
    r = c.post(f"/cases/{case_id}/actions", data={"kind": "sign", "csrf_token": token})
    assert r.status_code == 404
    assert other_units_case["case"]["title"] not in c.get("/inbox").text
    assert c.get("/desk").status_code == 403
    assert c.get("/admin").status_code == 403


def test_leader_reads_but_cannot_act(users: dict[str, str], api_login: Any, other_units_case: dict[str, Any]) -> None:
    leader = api_login(users["leader"])
    case_id = other_units_case["case"]["id"]
    assert leader.get(f"/api/v1/cases/{case_id}").status_code == 200
    assert leader.post(f"/api/v1/cases/{case_id}/actions", json={"kind": "sign"}).status_code == 403


def test_cookie_changes_need_csrf(users: dict[str, str], web_login: Any, other_units_case: dict[str, Any]) -> None:
    c, token = web_login(users["jiaoyu"])
    case_id = other_units_case["case"]["id"]
    assert c.post(f"/api/v1/cases/{case_id}/actions", json={"kind": "sign"}).status_code == 403
    assert c.post(f"/cases/{case_id}/actions", data={"kind": "sign"}).status_code == 403
    assert c.post(f"/cases/{case_id}/actions", data={"kind": "sign", "csrf_token": "forged"}).status_code == 403
    r = c.post(f"/api/v1/cases/{case_id}/actions", json={"kind": "sign"}, headers={"X-CSRF-Token": token})
    assert r.status_code == 200


def test_anonymous_is_refused(client: Any) -> None:
    assert client.get("/api/v1/cases").status_code == 401
    assert client.get("/desk", follow_redirects=False).headers["location"] == "/login"


def test_login_is_rate_limited(users: dict[str, str], client: Any) -> None:
    for _ in range(5):
        r = client.post("/api/v1/login/access-token", json={"username": "desk1", "password": "wrong-password"})
        assert r.status_code == 401
    r = client.post("/api/v1/login/access-token", json={"username": "desk1", "password": "correct-horse-9"})
    assert r.status_code == 429


def test_logout_revokes_token(users: dict[str, str], api_login: Any) -> None:
    desk = api_login(users["desk"])
    assert desk.post("/api/v1/logout").status_code == 200
    assert desk.get("/api/v1/users/me").status_code == 401

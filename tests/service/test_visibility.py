"""Visibility follows the case: a unit dispatched a case (or handed one by 转派) sees the case's
event, its items and alerts; the unit the classifier routed it to does not, once another unit's case
has claimed it; and nobody sees another unit's case, not even listed on an event page they can see.
Checked through the API, the web pages, and the queries on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.db import Alert, Case, Event, Item, Unit
from models.enums import Role
from service.auth.principal import Principal
from service.queries.alerts import alerts_after, list_alerts
from service.queries.events import event_items, list_events
from service.queries.filters import ListFilter
from service.queries.items import list_items
from yuqing.db.engine import transaction


@pytest.fixture
def routed_to_hushan(users: dict[str, str], make_user: Callable[..., str], seed: Any, api_login: Any) -> dict[str, Any]:
    """An event the classifier routed to 虎山街道, with its items and alerts; not dispatched yet."""
    users["yingji"] = make_user("yingji1", Role.UNIT, "yingji")
    event, alerts = seed(unit="hushan")
    assert alerts
    desk = api_login(users["desk"])
    items = desk.get(f"/api/v1/events/{event.id}").json()["items"]
    return {"event": event.id, "items": [i["id"] for i in items], "alerts": [a.id for a in alerts], "desk": desk}


def paths(ctx: dict[str, Any]) -> list[str]:
    return [
        f"/api/v1/events/{ctx['event']}",
        *(f"/api/v1/items/{i}" for i in ctx["items"]),
        *(f"/api/v1/alerts/{a}" for a in ctx["alerts"]),
        f"/events/{ctx['event']}",
        *(f"/items/{i}" for i in ctx["items"]),
    ]


def sees(client: Any, ctx: dict[str, Any]) -> bool:
    """Whether ``client`` reaches every object of the event, and finds it in every list (never half)."""
    answers = {client.get(p).status_code for p in paths(ctx)}
    listed = {
        ctx["event"] in [e["id"] for e in client.get("/api/v1/events").json()["data"]],
        set(ctx["items"]) <= {i["id"] for i in client.get("/api/v1/items").json()["data"]},
        set(ctx["alerts"]) <= {a["id"] for a in client.get("/api/v1/alerts").json()["data"]},
    }
    assert len(answers) == 1 and len(listed) == 1, (answers, listed)
    assert answers <= {200, 404}
    return answers == {200} and listed == {True}


def unit_client(api_login: Any, web_login: Any, username: str) -> Any:
    """One client with both a bearer token (API) and a session cookie (pages)."""
    c, _ = web_login(username)
    token = api_login(username).headers["Authorization"]
    c.headers["Authorization"] = token
    return c


def test_the_dispatched_unit_sees_the_event_and_the_routed_unit_no_longer_does(
    users: dict[str, str], routed_to_hushan: dict[str, Any], api_login: Any, web_login: Any
) -> None:
    ctx = routed_to_hushan
    hushan, jiaoyu, yingji = (unit_client(api_login, web_login, users[u]) for u in ("hushan", "jiaoyu", "yingji"))
    assert sees(hushan, ctx) and not sees(jiaoyu, ctx)

    r = ctx["desk"].post(f"/api/v1/events/{ctx['event']}/dispatch", json={"lead_unit": "jiaoyu"})
    assert r.status_code == 200, r.text
    case_id = r.json()["id"]
    assert sees(jiaoyu, ctx), "the unit that must handle the case sees its event"
    assert not sees(hushan, ctx), "the routed unit sees nothing of another unit's case"
    assert hushan.get(f"/api/v1/cases/{case_id}").status_code == 404

    # 转派 to 市应急管理局 with 虎山街道 as co-handler
    r = ctx["desk"].post(
        f"/api/v1/cases/{case_id}/actions", json={"kind": "transfer", "to_unit": "yingji", "note": "属应急管理"}
    )
    assert r.status_code == 200, r.text
    assert sees(yingji, ctx)
    assert not sees(jiaoyu, ctx), "a unit that handed the case on no longer sees it"
    assert yingji.get(f"/cases/{case_id}").status_code == 200


def test_a_co_handler_sees_the_case_event(
    users: dict[str, str], routed_to_hushan: dict[str, Any], api_login: Any, web_login: Any
) -> None:
    ctx = routed_to_hushan
    r = ctx["desk"].post(
        f"/api/v1/events/{ctx['event']}/dispatch", json={"lead_unit": "jiaoyu", "co_units": ["yingji"]}
    )
    assert r.status_code == 200, r.text
    yingji, hushan = (unit_client(api_login, web_login, users[u]) for u in ("yingji", "hushan"))
    assert sees(yingji, ctx) and not sees(hushan, ctx)


def test_an_event_page_lists_only_the_units_own_cases(
    users: dict[str, str], routed_to_hushan: dict[str, Any], api_login: Any, web_login: Any
) -> None:
    ctx = routed_to_hushan
    desk = ctx["desk"]
    first = desk.post(f"/api/v1/events/{ctx['event']}/dispatch", json={"lead_unit": "hushan"}).json()["id"]
    hushan_api = api_login(users["hushan"])
    assert hushan_api.post(f"/api/v1/cases/{first}/actions", json={"kind": "sign"}).status_code == 200
    closed = hushan_api.post(f"/api/v1/cases/{first}/actions", json={"kind": "close", "result": "已处置"})
    assert closed.status_code == 200, closed.text
    second = desk.post(f"/api/v1/events/{ctx['event']}/dispatch", json={"lead_unit": "jiaoyu"}).json()["id"]
    for unit, own, other in (("hushan", first, second), ("jiaoyu", second, first)):
        page, _ = web_login(users[unit])
        html = page.get(f"/events/{ctx['event']}").text
        assert f'href="/cases/{own}"' in html, unit
        assert f'href="/cases/{other}"' not in html, unit
    desk_page, _ = web_login(users["desk"])
    html = desk_page.get(f"/events/{ctx['event']}").text
    assert f'href="/cases/{first}"' in html and f'href="/cases/{second}"' in html


def unit(uid: str) -> Principal:
    return Principal(1, uid, Role.UNIT, uid, "x", False)


def test_visibility_in_the_queries(any_migrated_db: Any) -> None:
    """Lists (items, events, alerts) and the live stream's query, on SQLite and PostgreSQL."""
    _engine, factory = any_migrated_db
    now = datetime.now(UTC)
    with transaction(factory) as s:
        for uid in ("hushan", "jiaoyu", "yingji"):
            s.add(Unit(id=uid, name=uid))
        s.flush()
        # event 1 routed to hushan and dispatched to jiaoyu; event 2 routed to hushan, not dispatched
        for eid in (1, 2):
            s.add(
                Event(
                    id=eid, title=f"事件{eid}", status="open", lead_unit="hushan", co_units=[], places=[], sources=[],
                    first_seen_at=now, last_seen_at=now, created_at=now, updated_at=now,
                )
            )  # fmt: skip
        s.flush()
        for n, (eid, lead, co) in enumerate([(1, "hushan", []), (1, "yingji", ["hushan"]), (2, "yingji", [])]):
            s.add(
                Item(
                    id=f"{n:032x}", source_id="s", source_type="rss", source_tier="other", title=f"条目{n}", text="",
                    published_at=now, collected_at=now, stored_at=now + timedelta(seconds=n), lead_unit=lead,
                    co_units=co, places=[], event_id=eid,
                )
            )  # fmt: skip
            s.add(
                Alert(
                    id=f"a{n}", kind="event", rule="r", level="二级", title=f"预警{n}", summary="", event_id=eid,
                    units=[lead, *co], places=[], dedupe_key=f"k{n}", detail={}, created_at=now + timedelta(seconds=n),
                    escalation={}, escalation_state="active",
                )
            )  # fmt: skip
        s.add(
            Case(
                event_id=1, title="事件1", lead_unit="jiaoyu", co_units=[], status="dispatched", anchor_at=now,
                dispatched_at=now, policy={}, created_at=now, updated_at=now,
            )
        )  # fmt: skip
    with factory() as db:

        def seen(principal: Principal) -> tuple[list[str], list[int], list[str], list[str]]:
            return (
                sorted(i.title for i in list_items(db, principal, ListFilter())[0]),
                sorted(e.id for e in list_events(db, principal, ListFilter())[0]),
                sorted(a.id for a in list_alerts(db, principal, ListFilter())[0]),
                sorted(a.id for a in alerts_after(db, principal, now - timedelta(days=1), "")),
            )

        assert seen(unit("jiaoyu")) == (["条目0", "条目1"], [1], ["a0", "a1"], ["a0", "a1"])
        # event 2 is routed to hushan, its only item to yingji: each sees what is routed to it
        assert seen(unit("hushan")) == ([], [2], [], [])
        assert seen(unit("yingji")) == (["条目2"], [], ["a2"], ["a2"])
        desk = Principal(1, "d", Role.DESK, None, "x", False)
        assert [i.title for i in event_items(db, unit("hushan"), 2)] == []
        assert [i.title for i in event_items(db, desk, 2)] == ["条目2"]
        assert sorted(i.title for i in event_items(db, unit("jiaoyu"), 1)) == ["条目0", "条目1"]
        # the desk's unit filter shows what that unit sees
        assert sorted(i.title for i in list_items(db, desk, ListFilter(unit="jiaoyu"))[0]) == ["条目0", "条目1"]

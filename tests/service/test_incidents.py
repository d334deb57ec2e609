"""One card per incident: the desk's feed groups an event's alerts (API, live stream, page); the card
is acknowledged as a whole (each alert recorded) and comes back, marked, after a material change."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import Alert, AlertLog, AuditRecord, Event
from service.auth.principal import Principal
from service.queries.incidents import changes_of

FIRE_TITLE = "虎山街道某小区发生火灾 多人受伤"
FIRE_TEXT = "虎山街道某小区发生火灾，消防正在处置，多人受伤送医。"


def fire(seed: Any, **overrides: Any) -> tuple[Event, list[Alert]]:
    """One more report of the same fire in 虎山街道 (it joins the same event)."""
    return seed(**{"title": FIRE_TITLE, "text": FIRE_TEXT, **overrides})  # type: ignore[no-any-return]


def test_one_card_per_event_with_every_rule(users: dict[str, str], api_login: Any, seed: Any) -> None:
    event, alerts = fire(seed)
    assert len(alerts) >= 3, [a.rule for a in alerts]  # one alert per rule met
    again, more = fire(seed)  # another report of the same fire: same event, nothing material
    assert again.id == event.id and more == []
    desk = api_login(users["desk"])

    body = desk.get("/api/v1/incidents").json()
    assert body["count"] == 1 and body["has_more"] is False
    (card,) = body["data"]
    assert card["key"] == f"event:{event.id}" and card["event_id"] == event.id
    assert card["level"] == "一级"  # the highest of its alerts (grade-major is 一级)
    assert {r["id"] for r in card["rules"]} == {a.rule for a in alerts}
    assert "重大及以上突发事件" in {r["name"] for r in card["rules"]}
    assert card["item_count"] == 2 and card["alert_count"] == len(alerts) == card["open_alert_count"]
    assert card["grade"] == "major" and card["grade_label"] == "重大" and card["places"] == ["虎山街道"]
    assert card["unit_names"] == ["虎山街道"] and card["reason"]
    assert card["acknowledged"] is False and card["changed"] is False
    # the per-alert list still has every alert
    assert desk.get("/api/v1/alerts").json()["count"] == len(alerts)
    assert desk.get(f"/api/v1/incidents/{event.id}").json()["alert_ids"] == card["alert_ids"]


def test_acknowledging_the_card_acknowledges_every_alert_each_recorded(
    users: dict[str, str], api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    event, alerts = fire(seed)
    desk = api_login(users["desk"])
    r = desk.post(f"/api/v1/incidents/{event.id}/ack")
    assert r.status_code == 200, r.text
    assert sorted(r.json()["acknowledged"]) == sorted(a.id for a in alerts)
    assert r.json()["incident"]["acknowledged"] is True and r.json()["incident"]["acknowledged_by"] == "desk1"
    with db() as s:
        stored = list(s.scalars(select(Alert).where(Alert.event_id == event.id)))
        logs = list(s.scalars(select(AlertLog).where(AlertLog.action == "acknowledged")))
        audits = [(a.action, a.target_id) for a in s.scalars(select(AuditRecord))]
    assert all(a.acknowledged_by == "desk1" and a.escalation_state == "acknowledged" for a in stored)
    assert sorted(log.alert_id for log in logs) == sorted(a.id for a in alerts)
    assert sorted(t for action, t in audits if action == "alert.acknowledge") == sorted(a.id for a in alerts)
    assert ("incident.acknowledge", str(event.id)) in audits

    assert desk.post(f"/api/v1/incidents/{event.id}/ack").json()["acknowledged"] == []  # idempotent
    assert desk.get("/api/v1/incidents", params={"status": "open"}).json()["count"] == 0
    assert desk.get("/api/v1/incidents", params={"status": "acknowledged"}).json()["count"] == 1


def test_a_material_change_brings_the_card_back_marked(users: dict[str, str], api_login: Any, seed: Any) -> None:
    other, _ = seed(
        title="市教育局：寒假放假时间公布", text="市教育局公布寒假安排。", unit="jiaoyu", grade=None, places=()
    )
    event, _ = fire(seed, grade="large")
    desk = api_login(users["desk"])
    assert desk.post(f"/api/v1/incidents/{event.id}/ack").status_code == 200
    seed(title="市教育局：寒假放假时间公布（二）", text="市教育局公布寒假安排。", unit="jiaoyu", grade=None, places=())

    # the fire is now graded 重大 and reaches 双塔街道 too: new alerts for the same event
    changed, new_alerts = fire(seed, grade="major", places=("虎山街道", "双塔街道"))
    assert changed.id == event.id and new_alerts
    cards = desk.get("/api/v1/incidents", params={"status": "open"}).json()["data"]
    assert cards[0]["event_id"] == event.id  # back on top, above the newer 教育局 card
    card = cards[0]
    assert card["changed"] is True and card["acknowledged"] is False
    assert "等级升至重大" in card["changes"] and "新地点：双塔街道" in card["changes"]
    assert card["open_alert_count"] == len(new_alerts) < card["alert_count"]
    assert other.id in {c["event_id"] for c in cards}


def test_ack_up_to_what_the_desk_saw(users: dict[str, str], api_login: Any, seed: Any) -> None:
    event, first = fire(seed, grade="large")
    seen = max(a.created_at for a in first)
    fire(seed, grade="major")  # arrives after the desk drew the card
    desk = api_login(users["desk"])
    r = desk.post(f"/api/v1/incidents/{event.id}/ack", json={"upto": seen.isoformat()})
    assert sorted(r.json()["acknowledged"]) == sorted(a.id for a in first)
    card = r.json()["incident"]
    assert card["acknowledged"] is False and card["changed"] is True and "等级升至重大" in card["changes"]


def test_units_see_only_their_cards_and_cannot_acknowledge(users: dict[str, str], api_login: Any, seed: Any) -> None:
    event, _ = fire(seed)
    school, _ = seed(
        title="某中学食堂食品安全问题", text="家长反映某中学食堂卫生差。", unit="jiaoyu", grade="large", places=()
    )
    hushan, jiaoyu = api_login(users["hushan"]), api_login(users["jiaoyu"])
    assert [c["event_id"] for c in hushan.get("/api/v1/incidents").json()["data"]] == [event.id]
    assert [c["event_id"] for c in jiaoyu.get("/api/v1/incidents").json()["data"]] == [school.id]
    assert hushan.get(f"/api/v1/incidents/{school.id}").status_code == 404
    assert hushan.get("/api/v1/incidents", params={"unit": "jiaoyu"}).json()["count"] == 0
    assert hushan.post(f"/api/v1/incidents/{event.id}/ack").status_code == 403
    desk = api_login(users["desk"])
    assert desk.get("/api/v1/incidents/999999").status_code == 404


def test_alerts_without_an_event_are_cards_of_their_own(
    users: dict[str, str], api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    fire(seed)
    now = datetime.now(UTC)
    with db() as s, s.begin():
        s.add(
            Alert(
                id="sh-1", kind="source_health", rule="source_health", level="三级", title="信源 江山论坛 连续失败",
                summary="连续 5 次抓取失败", units=[], places=[], dedupe_key="source_health|sh-1", detail={},
                created_at=now + timedelta(seconds=1),
            )
        )  # fmt: skip
    cards = api_login(users["desk"]).get("/api/v1/incidents").json()["data"]
    assert cards[0]["key"] == "alert:sh-1" and cards[0]["event_id"] is None
    assert (
        cards[0]["rules"] == [{"id": "source_health", "name": "信源异常"}] and cards[0]["reason"] == "连续 5 次抓取失败"
    )
    assert len(cards) == 2


def test_merged_events_are_one_card(
    users: dict[str, str], api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    first, a1 = fire(seed)
    second, a2 = seed(title="江山市区一仓库起火 浓烟滚滚", text="市区一仓库起火，现场浓烟。", grade="large", places=())
    assert first.id != second.id
    desk = api_login(users["desk"])
    assert desk.get("/api/v1/incidents").json()["count"] == 2
    assert desk.post(f"/api/v1/events/{first.id}/merge", json={"source_event_ids": [second.id]}).status_code == 200
    (card,) = desk.get("/api/v1/incidents").json()["data"]
    assert card["event_id"] == first.id and sorted(card["alert_ids"]) == sorted(a.id for a in a1 + a2)
    assert desk.get(f"/api/v1/incidents/{second.id}").json()["event_id"] == first.id


def test_pages_of_cards(users: dict[str, str], api_login: Any, seed: Any) -> None:
    for title, text in (
        ("城北路发生道路塌陷", "城北路路面塌陷，交通受阻。"),
        ("江滨路段暴雨积水严重", "暴雨导致江滨路积水，车辆熄火。"),
        ("某化工厂仓库突发火灾", "化工厂仓库起火，消防到场扑救。"),
    ):
        seed(title=title, text=text, grade="large", places=())
    desk = api_login(users["desk"])
    first = desk.get("/api/v1/incidents", params={"limit": 2}).json()
    rest = desk.get("/api/v1/incidents", params={"limit": 2, "offset": 2}).json()
    assert first["count"] == 2 and first["has_more"] is True and rest["count"] == 1 and rest["has_more"] is False
    ids = [c["event_id"] for c in first["data"] + rest["data"]]
    assert len(set(ids)) == 3 and ids == sorted(ids, reverse=True)


def test_the_live_stream_sends_cards(app: Any, users: dict[str, str], seed: Any, db: sessionmaker[Session]) -> None:
    """The feed's entries (the ``alerts`` topic) become one ``incident`` event per card, with the
    feed offset of the card's newest alert as its SSE id; a unit sees nothing of another's event."""
    from types import SimpleNamespace

    from models.enums import Role
    from service.api.incident_stream import incident_batch

    event, alerts = fire(seed)
    ordered = sorted(alerts, key=lambda a: (a.created_at, a.id))
    entries = [SimpleNamespace(offset=100 + n, message=SimpleNamespace(id=a.id)) for n, a in enumerate(ordered)]
    principal = Principal(user_id=1, username="desk1", role=Role.DESK, unit_id=None, csrf_token="", via_cookie=False)
    (one,) = incident_batch(app.state.service, principal, entries)  # four alerts, one card
    data = json.loads(one["data"])
    assert one["event"] == "incident" and data["event_id"] == event.id and len(data["rules"]) == len(alerts)
    assert data["level_class"] == "lv1" and data["last_local"]
    assert one["id"] == str(100 + len(ordered) - 1)
    other = Principal(user_id=2, username="jiaoyu1", role=Role.UNIT, unit_id="jiaoyu", csrf_token="", via_cookie=False)
    assert incident_batch(app.state.service, other, entries) == []


def test_the_desk_page_shows_cards_and_acknowledges_them(
    users: dict[str, str], web_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    event, alerts = fire(seed)
    c, csrf = web_login(users["desk"])
    html = c.get("/desk").text
    assert html.count('class="alert-row incident-row') == 1 and html.count('class="chip"') == len(alerts)
    assert "重大及以上突发事件" in html and "grade-major" not in html
    assert c.post(f"/incidents/{event.id}/ack", data={"csrf_token": csrf, "upto": "yesterday"}).status_code == 422
    r = c.post(f"/incidents/{event.id}/ack", data={"csrf_token": csrf})
    assert r.status_code == 303 and "/desk" in r.headers["location"]
    with db() as s:
        assert all(a.acknowledged_at is not None for a in s.scalars(select(Alert)))
    assert "暂无预警" in c.get("/desk").text


def test_changes_are_described_once_per_change() -> None:
    t0 = datetime(2025, 3, 3, tzinfo=UTC)

    def alert(n: int, rule: str, at: int, grade: str, places: list[str], acked: int | None = None) -> Alert:
        return Alert(
            id=f"a{n}", rule=rule, grade=grade, places=places, created_at=t0 + timedelta(minutes=at),
            acknowledged_at=t0 + timedelta(minutes=acked) if acked is not None else None, detail={"reason": "r"},
        )  # fmt: skip

    alerts = [
        alert(1, "grade-large", 0, "large", ["虎山街道"], acked=5),
        alert(2, "watch", 0, "large", ["虎山街道"], acked=5),
        alert(3, "grade-large", 10, "major", ["虎山街道"]),
        alert(4, "grade-major", 10, "major", ["虎山街道"]),
        alert(5, "event-spike", 20, "major", ["虎山街道"]),
        alert(6, "event-spike", 30, "major", ["虎山街道"]),
    ]
    kinds = [(c.kind, c.grade or c.rule) for c in changes_of(alerts)]
    assert kinds == [("grade", "major"), ("rule", "grade-major"), ("rule", "event-spike"), ("again", "event-spike")]
    assert changes_of(alerts[:2]) == []  # acknowledged, nothing since

"""Escalation: the pure planner, and the scheduler with an injected clock (no sleeping)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from alerting.acknowledge import acknowledge_alert
from alerting.escalation.plan import LogEntry, plan
from alerting.escalation.scheduler import EscalationScheduler
from alerting.handler import ClassifiedItemHandler
from alerting.notify import Dispatcher
from alerting.notify.webhook import WebhookNotifier
from alerting.store import Incoming
from models.db import Alert, AlertLog, AuditRecord, Delivery, Unit
from models.enums import IncidentGrade
from yuqing.db.engine import transaction

T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
SNAP = {
    "created_at": T0.isoformat(),
    "steps": [
        {"action": "notify", "target": "desk"},
        {"action": "wait", "minutes": 10},
        {"action": "notify", "target": "desk"},
        {"action": "wait", "minutes": 20},
        {"action": "notify", "target": "leaders"},
    ],
}


def test_plan_walks_the_chain():
    p = plan(SNAP, [], T0)
    assert p.due == (0,) and p.next_at == T0 + timedelta(minutes=10) and p.state == "active"
    log = [LogEntry("step_done", T0, 0)]
    p = plan(SNAP, log, T0 + timedelta(minutes=5))
    assert p.due == () and p.next_at == T0 + timedelta(minutes=10) and p.state == "active"
    p = plan(SNAP, log, T0 + timedelta(minutes=10))
    assert p.due == (1, 2) and p.next_at == T0 + timedelta(minutes=30)
    log += [LogEntry("step_done", T0 + timedelta(minutes=10), 1), LogEntry("step_done", T0 + timedelta(minutes=10), 2)]
    assert plan(SNAP, log, T0 + timedelta(minutes=31)).due == (3, 4)
    assert plan(SNAP, log, T0 + timedelta(minutes=31)).state == "finished"
    assert plan(SNAP, [*log, LogEntry("acknowledged", T0)], T0 + timedelta(hours=1)).state == "acknowledged"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _raise_grade_alert(migrated_db, alerting_config, make_raw_item, make_classified_item, clock, release=True) -> str:
    _e, sessions = migrated_db
    with transaction(sessions) as s:
        s.add(
            Unit(
                id="hushan",
                name="虎山街道",
                contacts={"emails": ["unit@example.cn"]},
                leader_contacts={"emails": ["leader@example.cn"], "wecom_mentions": ["boss"]},
            )
        )
    handler = ClassifiedItemHandler(sessions, alerting_config, None, clock=clock)
    raw = make_raw_item(title="虎山街道化工厂发生事故", text="虎山街道化工厂发生安全事故。", published_at=clock())
    (alert_id,) = handler.process([Incoming(make_classified_item(raw, grade=IncidentGrade.MAJOR, lead_unit="hushan"))])
    if release:
        handler.publish([alert_id])  # no producer here: releases the alert without confirming the feed
    return alert_id


def _scheduler(migrated_db, receiver, clock, name="w1") -> EscalationScheduler:
    dispatcher = Dispatcher({"webhook": WebhookNotifier("webhook", receiver.url("/hook"))}, retries=1, backoff_s=0)
    return EscalationScheduler(
        migrated_db[1], dispatcher, desk_recipients={"emails": ["desk@example.cn"]}, worker_id=name, clock=clock
    )


def _sent(receiver) -> list[tuple[str, int, list[str]]]:
    return [(r.json()["target"], r.json()["step"], r.json()["recipients"]["emails"]) for r in receiver.to("/hook")]


def test_unacknowledged_alert_is_renotified_then_escalated(
    migrated_db, alerting_config, make_raw_item, make_classified_item, receiver
):
    clock = Clock(T0)
    alert_id = _raise_grade_alert(migrated_db, alerting_config, make_raw_item, make_classified_item, clock)
    scheduler = _scheduler(migrated_db, receiver, clock)
    assert scheduler.run_due() == 1
    assert _sent(receiver) == [("desk", 0, ["desk@example.cn"])]
    first = receiver.to("/hook")[0].json()
    assert first["units"] == ["hushan"] and first["unit_names"] == ["虎山街道"]
    assert scheduler.run_due() == 0  # running again is harmless
    clock.now = T0 + timedelta(minutes=9)
    assert scheduler.run_due() == 0
    clock.now = T0 + timedelta(minutes=10)
    assert scheduler.run_due() == 1
    assert _sent(receiver)[-1] == ("desk", 1, ["desk@example.cn"])
    clock.now = T0 + timedelta(minutes=30)
    assert scheduler.run_due() == 1
    assert _sent(receiver)[-1] == ("leaders", 0, ["leader@example.cn"])
    assert len(receiver.to("/hook")) == 3
    with migrated_db[1]() as s:
        alert = s.get(Alert, alert_id)
        assert alert.escalation_state == "finished" and alert.next_step_at is None
        steps = list(s.scalars(select(AlertLog.step_index).where(AlertLog.action == "step_done").order_by(AlertLog.id)))
        assert steps == [0, 1, 2, 3, 4]
        assert len(list(s.scalars(select(Delivery).where(Delivery.status == "sent")))) == 3
    clock.now = T0 + timedelta(hours=5)
    assert scheduler.run_due() == 0


def test_acknowledged_alert_stops_escalating(
    migrated_db, alerting_config, make_raw_item, make_classified_item, receiver
):
    clock = Clock(T0)
    alert_id = _raise_grade_alert(migrated_db, alerting_config, make_raw_item, make_classified_item, clock)
    scheduler = _scheduler(migrated_db, receiver, clock)
    scheduler.run_due()
    clock.now = T0 + timedelta(minutes=3)
    with transaction(migrated_db[1]) as s:
        acknowledge_alert(s, alert_id, "desk-wang", clock.now)
    with transaction(migrated_db[1]) as s:
        acknowledge_alert(s, alert_id, "desk-li", clock.now + timedelta(minutes=1))
    for minutes in (10, 30, 120):
        clock.now = T0 + timedelta(minutes=minutes)
        assert scheduler.run_due() == 0
    assert len(receiver.to("/hook")) == 1
    with migrated_db[1]() as s:
        alert = s.get(Alert, alert_id)
        assert alert.acknowledged_by == "desk-wang" and alert.escalation_state == "acknowledged"
        assert s.scalar(select(AuditRecord.action).where(AuditRecord.target_id == alert_id)) == "alert.acknowledge"


def test_failed_channel_is_recorded_and_the_chain_moves_on(
    migrated_db, alerting_config, make_raw_item, make_classified_item, receiver
):
    receiver.modes["/hook"] = "fail"
    clock = Clock(T0)
    alert_id = _raise_grade_alert(migrated_db, alerting_config, make_raw_item, make_classified_item, clock)
    _scheduler(migrated_db, receiver, clock).run_due()
    with migrated_db[1]() as s:
        (delivery,) = s.scalars(select(Delivery).where(Delivery.alert_id == alert_id, Delivery.channel == "webhook"))
        assert delivery.status == "failed" and "HTTP 500" in delivery.error
        actions = list(s.scalars(select(AlertLog.action).where(AlertLog.alert_id == alert_id).order_by(AlertLog.id)))
        assert actions == ["created", "delivery_failed", "step_done"]
        assert s.get(Alert, alert_id).next_step_at == T0 + timedelta(minutes=10)


def test_claimed_alert_is_not_run_by_a_second_scheduler(
    migrated_db, alerting_config, make_raw_item, make_classified_item, receiver
):
    clock = Clock(T0)
    _raise_grade_alert(migrated_db, alerting_config, make_raw_item, make_classified_item, clock)
    first, second = _scheduler(migrated_db, receiver, clock, "w1"), _scheduler(migrated_db, receiver, clock, "w2")
    with migrated_db[1]() as s:
        alert_id = s.scalar(select(Alert.id))
    assert first.claim_due() == [alert_id]
    assert second.run_due() == 0
    assert receiver.to("/hook") == []


def test_an_alert_whose_consumer_died_before_the_feed_is_published_by_the_scheduler(
    migrated_db, alerting_config, make_raw_item, make_classified_item, receiver
):
    from alerting.notify.base import AlertNotice, Recipients

    class FeedRecorder:
        name = "desk_feed"

        def __init__(self) -> None:
            self.sent: list[str] = []

        def send(self, notice: AlertNotice, recipients: Recipients) -> None:
            self.sent.append(notice.id)

    clock = Clock(T0)
    alert_id = _raise_grade_alert(
        migrated_db, alerting_config, make_raw_item, make_classified_item, clock, release=False
    )
    feed = FeedRecorder()
    dispatcher = Dispatcher({"desk_feed": feed, "webhook": WebhookNotifier("webhook", receiver.url("/hook"))})
    assert EscalationScheduler(migrated_db[1], dispatcher, clock=clock).run_due() == 0  # still in its grace
    clock.now = T0 + timedelta(seconds=30)
    EscalationScheduler(migrated_db[1], dispatcher, clock=clock).run_due()
    assert feed.sent == [alert_id]  # nothing confirmed it on the feed, so the first desk step did
    clock.now = T0 + timedelta(seconds=30, minutes=10)
    EscalationScheduler(migrated_db[1], dispatcher, clock=clock).run_due()
    assert feed.sent == [alert_id, alert_id]  # the re-notification goes to the feed again


INCIDENTS = [
    ("虎山街道化工厂发生爆炸", "虎山街道一化工厂今晨发生爆炸事故，厂房受损。"),
    ("双塔街道居民楼起火", "双塔街道一居民楼三楼起火，浓烟滚滚。"),
    ("峡口镇山体滑坡阻断道路", "峡口镇暴雨后山体滑坡，县道中断。"),
    ("贺村镇客车侧翻", "贺村镇一辆客车在弯道侧翻，多人被困。"),
    ("清湖街道燃气泄漏", "清湖街道一小区燃气管道泄漏，居民紧急疏散。"),
    ("石门镇水库漫坝险情", "石门镇一小型水库出现漫坝险情，下游村民转移。"),
]


def _raise_many(migrated_db, alerting_config, make_raw_item, make_classified_item, clock) -> list[str]:
    handler = ClassifiedItemHandler(migrated_db[1], alerting_config, None, clock=clock)
    raised = handler.process(
        [
            Incoming(
                make_classified_item(make_raw_item(title=t, text=x, published_at=clock()), grade=IncidentGrade.MAJOR)
            )
            for t, x in INCIDENTS
        ]
    )
    handler.publish(raised)
    return raised


def _on_the_webhook(migrated_db) -> list[str]:  # type: ignore[no-untyped-def]
    """The alerts whose escalation uses the webhook (a 关注词 alert goes to the desk's feed only)."""
    with migrated_db[1]() as s:
        return sorted(a.id for a in s.scalars(select(Alert)) if "webhook" in a.escalation["channels"])


def test_a_run_over_many_due_alerts_costs_a_few_statements_not_a_few_per_alert(
    migrated_db, alerting_config, make_raw_item, make_classified_item, receiver
):
    from sqlalchemy import event

    clock = Clock(T0)
    raised = _raise_many(migrated_db, alerting_config, make_raw_item, make_classified_item, clock)
    assert len(raised) >= len(INCIDENTS)
    statements: list[str] = []
    engine = migrated_db[0]

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        assert _scheduler(migrated_db, receiver, clock).run_due() == len(raised)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert sorted(r.json()["id"] for r in receiver.to("/hook")) == _on_the_webhook(migrated_db)  # each once
    writes = [s for s in statements if not s.lstrip().upper().startswith(("SELECT", "BEGIN", "COMMIT", "ROLLBACK"))]
    # claim, log + deliveries, plans moved on, release: the same handful for one alert or fifty
    assert len(statements) <= 20, statements
    assert len(writes) <= 8, writes
    with migrated_db[1]() as s:
        assert s.scalar(select(func.count()).select_from(AlertLog).where(AlertLog.action == "step_done")) == len(raised)
        alerts = list(s.scalars(select(Alert)))
        assert all(a.claimed_by is None for a in alerts)
        moved_on = {a.id for a in alerts if a.next_step_at == T0 + timedelta(minutes=10)}
        assert moved_on == set(_on_the_webhook(migrated_db))


def test_slow_sends_leave_the_rest_of_a_run_to_the_next_one_before_claims_expire(
    migrated_db, alerting_config, make_raw_item, make_classified_item
):
    import time as _time

    from alerting.notify.base import AlertNotice, Recipients

    class Slow:
        name = "webhook"

        def __init__(self) -> None:
            self.sent: list[str] = []

        def send(self, notice: AlertNotice, recipients: Recipients) -> None:
            _time.sleep(0.3)
            self.sent.append(notice.id)

    clock = Clock(T0)
    raised = _raise_many(migrated_db, alerting_config, make_raw_item, make_classified_item, clock)
    slow = Slow()
    scheduler = EscalationScheduler(
        migrated_db[1], Dispatcher({"webhook": slow}, retries=1, backoff_s=0), clock=clock,
        claim_for=timedelta(seconds=0.5),
    )  # fmt: skip
    assert len(raised) > 2 and scheduler.run_due() <= 2  # a send would start past half the claim
    with migrated_db[1]() as s:
        assert all(a.claimed_by is None for a in s.scalars(select(Alert)))  # released, not left to expire
    while scheduler.run_due():
        pass
    assert sorted(slow.sent) == _on_the_webhook(migrated_db)  # each once

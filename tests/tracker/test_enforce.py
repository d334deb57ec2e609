"""Reminders, overdue marking and escalation: idempotent across runs and failures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from alerting.notify import AlertNotice, Dispatcher, Recipients
from alerting.notify.messages import message_sender
from models.db.cases import CaseMark
from models.db.events import Event
from models.db.units import Unit
from models.enums import AlertKind
from models.enums import CaseActionKind as K
from models.messages import AlertMessage
from tests.tracker.conftest import bj
from tracker.cases import dispatch, record_action
from tracker.enforce import run_due
from yuqing.db.engine import transaction

T0 = bj("2025-03-03 09:00")


@pytest.fixture
def major_case(factory: sessionmaker[Session]) -> int:
    """A 重大 case dispatched at 09:00 and signed at 09:10 (first release due 14:00)."""
    with transaction(factory) as s:
        s.add(
            Unit(
                id="yingji",
                name="市应急管理局",
                contacts={"emails": ["yj@example.cn"]},
                leader_contacts={"emails": ["boss@example.cn"]},
            )
        )
        event = Event(
            title="某化工厂爆炸", grade="major", first_seen_at=T0, last_seen_at=T0, created_at=T0, updated_at=T0
        )
        s.add(event)
        s.flush()
        case = dispatch(s, event.id, "yingji", [], "desk", T0)
        record_action(s, case.id, K.SIGN, "yj", bj("2025-03-03 09:10"))
        return case.id


def rules_of(sent: list[AlertMessage]) -> list[tuple[str, str]]:
    return sorted((m.rule, m.level) for m in sent)


def test_reminders_then_overdue_then_escalation_each_once(factory: sessionmaker[Session], major_case: int) -> None:
    sent: list[AlertMessage] = []
    assert run_due(factory, bj("2025-03-03 12:59"), sent.append).sent == []
    run_due(factory, bj("2025-03-03 13:00"), sent.append)
    assert rules_of(sent) == [("tracker.first_release.remind", "时限提醒")]
    assert "约 1 小时后" in sent[0].title and sent[0].kind is AlertKind.DEADLINE and sent[0].units == ("yingji",)
    run_due(factory, bj("2025-03-03 13:30"), sent.append)
    run_due(factory, bj("2025-03-03 13:45"), sent.append)
    assert len(sent) == 2 and "约 15 分钟后" in sent[1].title
    run_due(factory, bj("2025-03-03 14:00"), sent.append)
    assert rules_of(sent[2:]) == [
        ("tracker.first_release.escalate", "领导督办"),
        ("tracker.first_release.overdue", "已超时"),
    ]
    assert sent[2].event_id is not None and sent[2].grade == "major"


def test_running_twice_or_after_restart_sends_nothing_twice(factory: sessionmaker[Session], major_case: int) -> None:
    first: list[AlertMessage] = []
    second: list[AlertMessage] = []
    now = bj("2025-03-03 14:30")
    run_due(factory, now, first.append)
    run_due(factory, now, second.append)
    run_due(factory, now + timedelta(minutes=5), second.append)
    assert second == []
    # the scheduler was down until after the deadline: no stale reminders, just overdue + escalation
    assert rules_of(first) == [
        ("tracker.first_release.escalate", "领导督办"),
        ("tracker.first_release.overdue", "已超时"),
    ]
    with factory() as s:
        marks = set(s.execute(select(CaseMark.rule_id, CaseMark.mark)).all())
    assert marks == {("first_release", "overdue"), ("first_release", "escalate")}


def test_nearest_missed_reminder_only(factory: sessionmaker[Session], major_case: int) -> None:
    sent: list[AlertMessage] = []
    run_due(factory, bj("2025-03-03 13:50"), sent.append)
    assert len(sent) == 1 and "约 15 分钟后" in sent[0].title


def test_failed_notification_is_retried_next_run(factory: sessionmaker[Session], major_case: int) -> None:
    def broken(message: AlertMessage) -> None:
        raise ConnectionError("notifier down")

    result = run_due(factory, bj("2025-03-03 14:00"), broken)
    assert result.failed and result.failed[0][0] == major_case
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(CaseMark)) == 0
    sent: list[AlertMessage] = []
    run_due(factory, bj("2025-03-03 14:01"), sent.append)
    assert len(sent) == 2


def test_met_optional_and_closed_rules_are_quiet(factory: sessionmaker[Session], major_case: int) -> None:
    with transaction(factory) as s:
        record_action(s, major_case, K.FIRST_RELEASE, "yj", bj("2025-03-03 12:00"), url="https://x.cn/1")
        record_action(s, major_case, K.PRESS_CONFERENCE, "yj", bj("2025-03-03 20:00"), place="发布厅", speaker="局长")
        record_action(s, major_case, K.CLOSE, "yj", bj("2025-03-03 21:00"), result="已处置")
    sent: list[AlertMessage] = []
    run_due(factory, bj("2025-03-09 00:00"), sent.append)
    assert sent == []


def test_follow_up_cycles_get_their_own_marks(factory: sessionmaker[Session], major_case: int) -> None:
    with transaction(factory) as s:
        record_action(s, major_case, K.FIRST_RELEASE, "yj", bj("2025-03-03 12:00"), url="https://x.cn/1")
        record_action(s, major_case, K.PRESS_CONFERENCE, "yj", bj("2025-03-03 20:00"), place="发布厅", speaker="局长")
    sent: list[AlertMessage] = []
    run_due(factory, bj("2025-03-04 12:00"), sent.append)
    assert {m.rule for m in sent} == {"tracker.follow_up.overdue", "tracker.follow_up.escalate"}
    with transaction(factory) as s:
        record_action(s, major_case, K.FOLLOW_UP, "yj", bj("2025-03-04 13:00"), url="https://x.cn/2")
    sent.clear()
    run_due(factory, bj("2025-03-05 13:00"), sent.append)
    assert {m.rule for m in sent} == {"tracker.follow_up.overdue", "tracker.follow_up.escalate"}


class _Inbox:
    name = "inbox"

    def __init__(self) -> None:
        self.got: list[tuple[AlertNotice, Recipients]] = []

    def send(self, notice: AlertNotice, recipients: Recipients) -> None:
        self.got.append((notice, recipients))


def test_message_sender_reaches_units_then_leaders(factory: sessionmaker[Session], major_case: int) -> None:
    inbox = _Inbox()
    notify = message_sender(factory, Dispatcher({"inbox": inbox}), {"emails": ["desk@example.cn"]})
    run_due(factory, bj("2025-03-03 14:00"), notify)
    by_target = {n.target: r for n, r in inbox.got}
    assert by_target["units"].emails == ("desk@example.cn", "yj@example.cn")
    assert by_target["leaders"].emails == ("desk@example.cn", "boss@example.cn")
    assert all(n.kind == "deadline" for n, _ in inbox.got)


def test_run_due_on_postgres_too(
    any_migrated_db: tuple[object, sessionmaker[Session]], make_event: Callable[..., Event]
) -> None:
    factory = any_migrated_db[1]
    with transaction(factory) as s:
        event = Event(title="x", grade="major", first_seen_at=T0, last_seen_at=T0, created_at=T0, updated_at=T0)
        s.add(event)
        s.flush()
        dispatch(s, event.id, "a", [], "desk", T0)
    sent: list[AlertMessage] = []
    run_due(factory, bj("2025-03-03 14:00"), sent.append)
    run_due(factory, bj("2025-03-03 14:00"), sent.append)
    rules = {m.rule for m in sent}
    assert rules == {f"tracker.{r}.{m}" for r in ("sign", "first_release") for m in ("overdue", "escalate")}
    assert len(sent) == 4


def test_event_graded_more_severely_later_switches_the_case(factory: sessionmaker[Session]) -> None:
    with transaction(factory) as s:
        event = Event(
            title="小区停水", grade="general", first_seen_at=T0, last_seen_at=T0, created_at=T0, updated_at=T0
        )
        s.add(event)
        s.flush()
        case = dispatch(s, event.id, "a", [], "desk", T0)
        record_action(s, case.id, K.SIGN, "a", bj("2025-03-03 09:05"))
        case_id, event_id = case.id, event.id
    sent: list[AlertMessage] = []
    run_due(factory, bj("2025-03-03 10:00"), sent.append)
    with transaction(factory) as s:
        s.get_one(Event, event_id).grade = "major"
    run_due(factory, bj("2025-03-03 11:00"), sent.append)
    run_due(factory, bj("2025-03-03 11:30"), sent.append)
    with factory() as s:
        from tracker.cases import case_view, get_case

        case = get_case(s, case_id)
        changes = [a for a in case.actions if a.kind == K.GRADE_CHANGE]
        assert (
            len(changes) == 1 and changes[0].actor == "system:事件定级" and "更严格时限" in changes[0].details["note"]
        )
        assert case.grade == "major"
        assert case_view(case, bj("2025-03-03 11:30")).rule("first_release").due_at == bj("2025-03-03 16:00")
    assert sent == []

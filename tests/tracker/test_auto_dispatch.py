"""Dispatch by policy: a 重大 event is dispatched to its routed lead unit without a click, the clock
anchored at its first-seen time; once, even with two workers; the units are told at once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from alerting.notify.base import AlertNotice, Recipients
from alerting.notify.dispatcher import Dispatcher
from alerting.notify.messages import message_sender
from models.db.cases import Case, CaseAction
from models.db.events import Event
from models.db.units import Unit
from models.enums import AlertKind, CaseStatus
from models.messages import AlertMessage
from tests.tracker.conftest import bj
from tracker.auto_dispatch import dispatch_event, run_auto_dispatch
from tracker.cases import dispatch, record_action
from tracker.deadlines import evaluate
from tracker.errors import PolicyError
from tracker.jobs import auto_dispatch_jobs
from tracker.policy import AutoDispatchPolicy, PoliciesFile, PolicySet, load_policies, merge
from yuqing.db.engine import transaction
from yuqing.periodic import JobContext

FIRST_SEEN = bj("2025-03-03 08:00")
NOW = bj("2025-03-03 09:30")
POLICY = merge(PoliciesFile())


def policy(**auto: Any) -> PolicySet:
    return merge(PoliciesFile(auto_dispatch=AutoDispatchPolicy(**auto)))


def add_event(factory: sessionmaker[Session], grade: str | None = "major", **fields: Any) -> int:
    with transaction(factory) as s:
        for uid, name in (("yingji", "市应急管理局"), ("hushan", "虎山街道"), ("xiaofang", "市消防救援大队")):
            if s.get(Unit, uid) is None:
                s.add(Unit(id=uid, name=name, contacts={"wecom_mentions": [f"{uid}-duty"]}))
        values: dict[str, Any] = {
            "title": "虎山街道一隧道施工坍塌",
            "places": ["虎山街道"],
            "grade": grade,
            "lead_unit": "yingji",
            "co_units": ["xiaofang", "hushan"],
            "first_seen_at": FIRST_SEEN,
            "last_seen_at": FIRST_SEEN + timedelta(minutes=40),
            "created_at": FIRST_SEEN,
            "updated_at": FIRST_SEEN,
        }
        values.update(fields)
        event = Event(**values)
        s.add(event)
        s.flush()
        return int(event.id)


def cases_of(factory: sessionmaker[Session], event_id: int) -> list[Case]:
    with factory() as s:
        return list(s.scalars(select(Case).where(Case.event_id == event_id)))


def test_major_event_is_dispatched_with_the_clock_from_first_seen(factory: sessionmaker[Session]) -> None:
    event_id = add_event(factory)
    sent: list[AlertMessage] = []
    result = run_auto_dispatch(factory, NOW, sent.append, POLICY)

    (case,) = cases_of(factory, event_id)
    assert result.dispatched == [case.id] and result.notified == [case.id]
    assert case.lead_unit == "yingji" and case.co_units == ["xiaofang", "hushan"]
    assert case.origin == "policy" and case.external_ref == f"event:{event_id}"
    assert case.anchor_kind == "first_seen" and case.anchor_at == FIRST_SEEN
    assert case.dispatched_at == NOW and case.status == CaseStatus.DISPATCHED
    with factory() as s:
        (action,) = s.scalars(select(CaseAction).where(CaseAction.case_id == case.id))
        view = evaluate(case.policy, [action], NOW)
    assert action.details["first_seen_at"] == FIRST_SEEN.isoformat() and action.actor == "system:自动派单"
    assert view.rule("first_release").due_at == FIRST_SEEN + timedelta(hours=5)
    assert view.rule("press_conference").due_at == FIRST_SEEN + timedelta(hours=24)
    assert view.rule("sign").due_at == NOW + timedelta(hours=2)  # 签收 counts from the dispatch itself

    (message,) = sent
    assert message.kind is AlertKind.DEADLINE and message.rule == "tracker.auto_dispatch"
    assert message.units == ("yingji", "xiaofang", "hushan") and message.event_id == event_id
    assert "市应急管理局" in message.title and "yingji" not in message.title
    assert "市消防救援大队、虎山街道" in message.summary and "首次发布权威信息 03-03 13:00" in message.summary
    assert "事件首次发现" in message.summary

    again = run_auto_dispatch(factory, NOW + timedelta(minutes=1), sent.append, POLICY)
    assert again.dispatched == [] and again.notified == [] and len(sent) == 1
    assert len(cases_of(factory, event_id)) == 1


def test_only_at_or_above_the_configured_grade(factory: sessionmaker[Session]) -> None:
    large = add_event(factory, grade="large")
    ungraded = add_event(factory, grade=None)
    assert run_auto_dispatch(factory, NOW, lambda m: None, POLICY).dispatched == []
    assert cases_of(factory, large) == [] and cases_of(factory, ungraded) == []

    with transaction(factory) as s:  # grouping raises the grade: the next run dispatches
        event = s.get(Event, large)
        assert event is not None
        event.grade = "especially_major"
    assert len(run_auto_dispatch(factory, NOW, lambda m: None, POLICY).dispatched) == 1
    assert cases_of(factory, large)[0].grade == "especially_major"

    lower = policy(min_grade="general")
    with transaction(factory) as s:
        event = s.get(Event, ungraded)
        assert event is not None
        event.grade = "general"
    assert len(run_auto_dispatch(factory, NOW, lambda m: None, lower).dispatched) == 1


def test_what_is_not_dispatched(factory: sessionmaker[Session]) -> None:
    off = add_event(factory)
    assert run_auto_dispatch(factory, NOW, lambda m: None, policy(enabled=False)).dispatched == []
    assert cases_of(factory, off) == []
    with transaction(factory) as s:  # the desk dispatched (and closed) it already: the desk's case wins
        desk_case = dispatch(s, off, "hushan", [], "desk1", NOW - timedelta(minutes=30))
        s.flush()
        record_action(s, desk_case.id, "sign", "hushan1", NOW - timedelta(minutes=20))
        record_action(s, desk_case.id, "close", "hushan1", NOW - timedelta(minutes=10), result="已处置")
    no_lead = add_event(factory, lead_unit=None)
    old = add_event(factory, first_seen_at=NOW - timedelta(days=5), last_seen_at=NOW - timedelta(days=4))
    target = add_event(factory)
    merged = add_event(factory, merged_into_id=target, status="merged")
    result = run_auto_dispatch(factory, NOW, lambda m: None, POLICY)
    assert [c.origin for c in cases_of(factory, off)] == ["desk"]
    assert cases_of(factory, no_lead) == [] and cases_of(factory, old) == [] and cases_of(factory, merged) == []
    assert [c.id for c in cases_of(factory, target)] == result.dispatched


def test_an_event_naming_no_place_of_the_jurisdiction_is_left_to_the_desk(factory: sessionmaker[Session]) -> None:
    """National news of a mine far away is graded 重大 by its deaths, but it names no place of the
    jurisdiction: no statutory clock starts by itself for it (the desk, alerted, decides)."""
    elsewhere = add_event(factory, title="山西某煤矿发生透水事故 已造成12人死亡", places=[])
    local = add_event(factory)
    result = run_auto_dispatch(factory, NOW, lambda m: None, POLICY)
    assert cases_of(factory, elsewhere) == []
    assert [c.id for c in cases_of(factory, local)] == result.dispatched
    with factory() as s, s.begin():  # asked by id (a stale candidate): still not dispatched
        assert dispatch_event(s, elsewhere, NOW, POLICY) is None

    anywhere = policy(require_place=False)  # a jurisdiction that wants every 重大 event dispatched
    assert len(run_auto_dispatch(factory, NOW, lambda m: None, anywhere).dispatched) == 1
    assert [c.origin for c in cases_of(factory, elsewhere)] == ["policy"]


def test_transfer_keeps_the_first_seen_clock(factory: sessionmaker[Session]) -> None:
    event_id = add_event(factory)
    run_auto_dispatch(factory, NOW, lambda m: None, POLICY)
    (case,) = cases_of(factory, event_id)
    with transaction(factory) as s:
        record_action(s, case.id, "transfer", "desk1", NOW + timedelta(minutes=10), to_unit="hushan")
    with factory() as s:
        moved = s.get(Case, case.id)
        assert moved is not None
        view = evaluate(moved.policy, list(moved.actions), NOW + timedelta(minutes=20))
    assert moved.lead_unit == "hushan" and moved.anchor_kind == "first_seen" and moved.anchor_at == FIRST_SEEN
    assert view.rule("first_release").due_at == FIRST_SEEN + timedelta(hours=5)
    assert view.rule("sign").due_at == NOW + timedelta(minutes=10, hours=2)  # the new unit's own 签收 clock


def test_a_failed_notice_is_sent_on_the_next_run_and_only_once(factory: sessionmaker[Session]) -> None:
    event_id = add_event(factory)

    def broken(message: AlertMessage) -> None:
        raise RuntimeError("no channel delivered")

    first = run_auto_dispatch(factory, NOW, broken, POLICY)
    (case,) = cases_of(factory, event_id)
    assert first.dispatched == [case.id] and first.notified == [] and first.failed
    sent: list[AlertMessage] = []
    assert run_auto_dispatch(factory, NOW + timedelta(seconds=10), sent.append, POLICY).notified == [case.id]
    assert run_auto_dispatch(factory, NOW + timedelta(seconds=20), sent.append, POLICY).notified == []
    assert len(sent) == 1


def test_a_stale_candidate_makes_no_second_case(factory: sessionmaker[Session]) -> None:
    """A worker that listed the event before another dispatched it finds the case and stops."""
    event_id = add_event(factory)
    run_auto_dispatch(factory, NOW, lambda m: None, POLICY)
    with transaction(factory) as s:
        assert dispatch_event(s, event_id, NOW, POLICY) is None
    assert len(cases_of(factory, event_id)) == 1


@pytest.mark.postgres
def test_two_workers_at_once_make_one_case(any_migrated_db: tuple[Engine, sessionmaker[Session]]) -> None:
    _engine, factory = any_migrated_db
    event_ids = [add_event(factory) for _ in range(3)]
    barrier = threading.Barrier(2)
    results: list[Any] = []
    sent: list[AlertMessage] = []

    def worker() -> None:
        barrier.wait()
        results.append(run_auto_dispatch(factory, NOW, sent.append, POLICY))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(results) == 2
    with factory() as s:
        per_event = {row[0]: row[1] for row in s.execute(select(Case.event_id, func.count()).group_by(Case.event_id))}
    assert per_event == dict.fromkeys(event_ids, 1)
    assert sorted(results[0].dispatched + results[1].dispatched) == sorted(
        c for e in event_ids for c in [cases_of(factory, e)[0].id]
    )
    assert len(sent) == 3 and len({m.id for m in sent}) == 3


def test_the_notice_reaches_the_units_contacts_through_the_alerting_channels(
    factory: sessionmaker[Session],
) -> None:
    add_event(factory)

    class Recording:
        name = "wecom"

        def __init__(self) -> None:
            self.got: list[tuple[AlertNotice, Recipients]] = []

        def send(self, notice: AlertNotice, recipients: Recipients) -> None:
            self.got.append((notice, recipients))

    channel = Recording()
    notify = message_sender(factory, Dispatcher({"wecom": channel}), {"wecom_mentions": ["desk-duty"]})
    run_auto_dispatch(factory, NOW, notify, POLICY)
    ((notice, recipients),) = channel.got
    assert notice.target == "units" and notice.rule == "自动派单"  # people read the rule's name
    assert notice.extra["rule_id"] == "tracker.auto_dispatch"
    assert set(recipients.wecom_userids) == {"desk-duty", "yingji-duty", "xiaofang-duty", "hushan-duty"}


def test_the_job_reads_the_jurisdictions_policy(
    factory: sessionmaker[Session], make_settings: Callable[..., Any], tmp_path: Path
) -> None:
    folder = tmp_path / "j"
    folder.mkdir()
    (folder / "policies.yaml").write_text("version: 1\nauto_dispatch:\n  enabled: false\n", encoding="utf-8")
    event_id = add_event(factory)
    ctx = JobContext(make_settings(jurisdiction_dir=folder), factory, lambda m: None)
    (job,) = auto_dispatch_jobs(ctx)
    job.run(NOW)
    assert cases_of(factory, event_id) == []
    (folder / "policies.yaml").write_text("version: 1\nauto_dispatch:\n  min_grade: major\n", encoding="utf-8")
    job.run(NOW)  # read again at every run: no restart needed
    assert len(cases_of(factory, event_id)) == 1
    (folder / "policies.yaml").write_text("version: 1\nauto_dispatch:\n  min_grade: 很大\n", encoding="utf-8")
    assert job.run(NOW) is None  # an invalid file is logged, nothing dispatched on a guess


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("auto_dispatch:\n  min_grade: huge\n", "min_grade"),
        ("auto_dispatch:\n  enable: true\n", "enable"),
        ("auto_dispatch:\n  max_age_hours: 0\n", "max_age_hours"),
    ],
)
def test_the_option_is_validated_with_the_line(tmp_path: Path, text: str, needle: str) -> None:
    path = tmp_path / "policies.yaml"
    path.write_text("version: 1\n" + text, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load_policies(path)
    assert needle in str(info.value) and "policies.yaml:" in str(info.value)


def test_the_example_jurisdiction_dispatches_major_and_above() -> None:
    from yuqing.settings import EXAMPLE_JURISDICTION

    example = load_policies(EXAMPLE_JURISDICTION / "policies.yaml")[0].auto_dispatch
    assert example.enabled and example.grades() == ("especially_major", "major")
    assert POLICY.auto_dispatch.grades() == ("especially_major", "major")  # the national default too


def test_the_job_follows_the_policy_edited_online(
    factory: sessionmaker[Session], make_settings: Callable[..., Any], tmp_path: Path
) -> None:
    """An online edit (a new version in the database) wins over the file, from the next run."""
    from yuqing import config_versions

    folder = tmp_path / "j"
    folder.mkdir()
    (folder / "policies.yaml").write_text("version: 1\nauto_dispatch:\n  min_grade: major\n", encoding="utf-8")
    event_id = add_event(factory)
    with factory() as s, s.begin():
        config_versions.append(
            s, folder, "policies", "version: 1\nauto_dispatch:\n  enabled: false\n", author="admin1", now=NOW
        )
    (job,) = auto_dispatch_jobs(JobContext(make_settings(jurisdiction_dir=folder), factory, lambda m: None))
    job.run(NOW)
    assert cases_of(factory, event_id) == []


def test_the_policies_are_parsed_again_only_when_their_text_changed(
    factory: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The job runs at every raised alert: reading the policies must not mean parsing them each time."""
    import tracker.auto_dispatch as module
    from yuqing import config_versions

    folder = tmp_path / "j"
    folder.mkdir()
    (folder / "policies.yaml").write_text("version: 1\nauto_dispatch:\n  min_grade: major\n", encoding="utf-8")
    parsed: list[object] = []
    real = module.current_policies
    monkeypatch.setattr(module, "current_policies", lambda *a: parsed.append(a) or real(*a))
    load = module.policy_loader(factory, folder)
    first = load()
    assert load() is first and load() is first and len(parsed) == 1
    (folder / "policies.yaml").write_text("version: 1\nauto_dispatch:\n  enabled: false\n", encoding="utf-8")
    assert not load().auto_dispatch.enabled and len(parsed) == 2  # the file changed
    with factory() as s, s.begin():
        text = "version: 1\nauto_dispatch:\n  min_grade: large\n"
        config_versions.append(s, folder, "policies", text, author="admin1", now=NOW)
    assert load().auto_dispatch.grades()[-1] == "large" and len(parsed) == 3  # an online edit
    assert load().auto_dispatch.grades()[-1] == "large" and len(parsed) == 3

"""The case service on a migrated database: dispatch, allowed transitions, append-only records."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db.cases import Case, CaseAction
from models.db.events import Event
from models.enums import CaseActionKind as K
from tests.tracker.conftest import bj
from tracker.cases import case_view, dispatch, record_action
from tracker.errors import CaseNotFound, CaseStateConflict, InvalidAction

T0 = bj("2025-03-03 09:00")
URL = {"url": "https://www.jiangshan.gov.cn/art/1.html", "channel": "江山发布"}


def test_dispatch_snapshots_policy_and_takes_grade_and_occurrence_from_the_event(
    session: Session, make_event: Callable[..., Event]
) -> None:
    event = make_event(grade="major", occurred_at=bj("2025-03-03 07:30"))
    case = dispatch(session, event.id, "yingji", ["hushan"], "desk1", T0)
    assert (case.status, case.grade, case.anchor_kind, case.anchor_at) == (
        "dispatched",
        "major",
        "occurrence",
        bj("2025-03-03 07:30"),
    )
    assert {r["id"] for r in case.policy["rules"]} >= {"first_release", "press_conference"}
    assert [a.kind for a in case.actions] == [K.DISPATCH]
    assert case_view(case, T0).rule("first_release").due_at == bj("2025-03-03 12:30")


def test_dispatch_of_a_missing_event_or_future_occurrence_is_refused(
    session: Session, make_event: Callable[..., Event]
) -> None:
    with pytest.raises(InvalidAction):
        dispatch(session, 999, "a", [], "desk", T0)
    with pytest.raises(InvalidAction, match="发生时间不能晚于现在") as refused:
        dispatch(session, make_event().id, "a", [], "desk", T0, occurred_at=bj("2025-03-03 10:00"))
    assert refused.value.field == "occurred_at"  # a form shows it next to that field


def test_full_lifecycle_is_append_only(session: Session, make_event: Callable[..., Event]) -> None:
    case = dispatch(session, make_event(grade="major").id, "a", [], "desk", T0)
    record_action(session, case.id, K.SIGN, "a-user", bj("2025-03-03 09:20"))
    record_action(session, case.id, K.RETURN, "a-user", bj("2025-03-03 09:30"), reason="不属于本单位职责")
    assert case.status == "returned"
    record_action(session, case.id, K.TRANSFER, "desk", bj("2025-03-03 09:40"), to_unit="b", co_units=["c"])
    assert (case.status, case.lead_unit, case.co_units) == ("dispatched", "b", ["c"])
    record_action(session, case.id, K.SIGN, "b-user", bj("2025-03-03 09:50"))
    first = record_action(session, case.id, K.FIRST_RELEASE, "b-user", bj("2025-03-03 13:00"), url="https://x.cn/a")
    assert first.details["channel"] == "x.cn"
    record_action(session, case.id, K.PRESS_CONFERENCE, "b-user", bj("2025-03-04 10:00"),
                  held_at=bj("2025-03-04 08:00"), place="市政府新闻发布厅", speaker="副市长")  # fmt: skip
    record_action(session, case.id, K.FOLLOW_UP, "b-user", bj("2025-03-04 18:00"), **URL)
    record_action(session, case.id, K.CLOSE, "b-user", bj("2025-03-05 10:00"), result="已处置完毕")
    assert case.status == "closed" and case.closed_at == bj("2025-03-05 10:00")
    view = case_view(case, bj("2025-03-06 00:00"))
    assert view.rule("first_release").status == "met"
    assert view.rule("press_conference").met_at == bj("2025-03-04 08:00")
    assert view.rule("press_conference").status == "met"
    record_action(session, case.id, K.REOPEN, "desk", bj("2025-03-06 09:00"), reason="群众再次反映")
    assert case.status == "signed" and case.closed_at is None
    kinds = list(session.scalars(select(CaseAction.kind).where(CaseAction.case_id == case.id).order_by(CaseAction.seq)))
    assert kinds == [
        "dispatch",
        "sign",
        "return",
        "transfer",
        "sign",
        "first_release",
        "press_conference",
        "follow_up",
        "close",
        "reopen",
    ]
    assert [a.unit for a in case.actions][2:4] == ["a", "a"]


TRANSITIONS = [
    # (setup actions, refused action, details, error)
    ([(K.SIGN, {}), (K.CLOSE, {"result": "ok"})], K.SIGN, {}, CaseStateConflict),
    ([(K.SIGN, {})], K.SIGN, {}, CaseStateConflict),
    ([], K.CLOSE, {"result": "ok"}, CaseStateConflict),
    ([], K.REOPEN, {"reason": "x"}, CaseStateConflict),
    ([(K.RETURN, {"reason": "x"})], K.FIRST_RELEASE, URL, CaseStateConflict),
    ([(K.FIRST_RELEASE, URL)], K.FIRST_RELEASE, URL, CaseStateConflict),
    ([], K.RETURN, {}, InvalidAction),
    ([], K.FIRST_RELEASE, {}, InvalidAction),
    ([], K.PRESS_CONFERENCE, {"place": "x"}, InvalidAction),
    ([], K.DISPATCH, {}, InvalidAction),
    ([], "no_such_action", {}, InvalidAction),
    ([], K.GRADE_CHANGE, {"grade": "huge"}, InvalidAction),
    ([(K.GRADE_CHANGE, {"grade": "large"})], K.GRADE_CHANGE, {"grade": "large"}, InvalidAction),  # no change
    ([], K.TRANSFER, {"to_unit": "a"}, CaseStateConflict),
]


@pytest.mark.parametrize(("setup", "kind", "details", "error"), TRANSITIONS)
def test_refused_transitions(
    session: Session,
    make_event: Callable[..., Event],
    setup: list[tuple[str, dict[str, str]]],
    kind: str,
    details: dict[str, str],
    error: type[Exception],
) -> None:
    case = dispatch(session, make_event().id, "a", [], "desk", T0)
    for n, (k, d) in enumerate(setup):
        record_action(session, case.id, k, "u", bj(f"2025-03-03 10:0{n}"), **d)
    before = session.scalar(select(func.count()).select_from(CaseAction))
    with pytest.raises(error):
        record_action(session, case.id, kind, "u", bj("2025-03-03 11:00"), **details)
    assert session.scalar(select(func.count()).select_from(CaseAction)) == before


def test_unknown_case_and_future_or_pre_dispatch_times(session: Session, make_event: Callable[..., Event]) -> None:
    with pytest.raises(CaseNotFound):
        record_action(session, 12345, K.SIGN, "u", T0)
    case = dispatch(session, make_event().id, "a", [], "desk", T0)
    with pytest.raises(InvalidAction, match="办理时间不能晚于现在"):
        record_action(session, case.id, K.SIGN, "u", T0, at=bj("2025-03-03 10:00"))
    with pytest.raises(InvalidAction, match=r"办理时间不能早于派单时间（2025-03-03 09:00）") as refused:
        record_action(session, case.id, K.SIGN, "u", bj("2025-03-03 10:00"), at=bj("2025-03-03 08:00"))
    assert refused.value.field == "at"


def test_grade_raise_is_recorded_and_switches_rules(session: Session, make_event: Callable[..., Event]) -> None:
    case = dispatch(session, make_event(grade="general").id, "a", [], "desk", T0)
    assert {r.rule_id for r in case_view(case, T0).deadlines} == {"sign", "response"}
    action = record_action(session, case.id, K.GRADE_CHANGE, "desk", bj("2025-03-03 11:00"), grade="especially_major")
    assert action.details["from"] == "general" and action.details["to"] == "especially_major"
    assert "2025-03-03 11:00 起适用更严格时限" in action.details["note"]
    assert case.grade == "especially_major"
    view = case_view(case, bj("2025-03-03 12:00"))
    assert view.rule("first_release").due_at == bj("2025-03-03 16:00")
    assert view.rule("response").status == "superseded"


def test_correction_is_a_new_record(session: Session, make_event: Callable[..., Event]) -> None:
    case = dispatch(session, make_event(grade="major").id, "a", [], "desk", T0)
    record_action(session, case.id, K.SIGN, "u", bj("2025-03-03 09:10"))
    wrong = record_action(session, case.id, K.FIRST_RELEASE, "u", bj("2025-03-03 15:00"), **URL)
    assert case_view(case, bj("2025-03-03 16:00")).rule("first_release").status == "met_late"
    record_action(
        session,
        case.id,
        K.FIRST_RELEASE,
        "desk",
        bj("2025-03-03 16:00"),
        at=bj("2025-03-03 13:40"),
        corrects=wrong.id,
        **URL,
    )
    assert case_view(case, bj("2025-03-03 16:00")).rule("first_release").status == "met"
    assert session.get(CaseAction, wrong.id) is not None
    with pytest.raises(InvalidAction):
        record_action(session, case.id, K.RESPONSE, "desk", bj("2025-03-03 16:00"), corrects=wrong.id, content="x")


def test_case_row_counts(session: Session, make_event: Callable[..., Event]) -> None:
    for _ in range(3):
        dispatch(session, make_event().id, "a", [], "desk", T0)
    assert session.scalar(select(func.count()).select_from(Case)) == 3


def test_one_open_case_per_event_and_known_categories(session: Session, make_event: Callable[..., Event]) -> None:
    event = make_event()
    case = dispatch(session, event.id, "a", [], "desk", T0)
    with pytest.raises(CaseStateConflict, match=r"已有未办结的案件.*转派"):
        dispatch(session, event.id, "b", [], "desk", T0)
    record_action(session, case.id, K.SIGN, "u", bj("2025-03-03 09:10"))
    record_action(session, case.id, K.CLOSE, "u", bj("2025-03-03 10:00"), result="已办结")
    assert dispatch(session, event.id, "b", [], "desk", bj("2025-03-04 09:00")).id != case.id
    with pytest.raises(InvalidAction, match="未知的案件类别"):
        dispatch(session, None, "a", [], "desk", T0, category="rumour")


def test_policy_document_case_uses_working_days_from_publication(session: Session) -> None:
    from tracker.policy import load_policies
    from yuqing.settings import EXAMPLE_JURISDICTION

    policy = load_policies(EXAMPLE_JURISDICTION / "policies.yaml")[0]
    case = dispatch(session, None, "fagai", [], "desk", bj("2025-01-24 18:00"), occurred_at=bj("2025-01-24 10:00"),
                    policy=policy, category="policy_document", title="关于促进消费的若干措施")  # fmt: skip
    view = case_view(case, bj("2025-01-27 12:00"))
    assert {r.rule_id for r in view.deadlines} == {"sign", "policy_interpretation"}
    assert view.rule("policy_interpretation").due_at == bj("2025-02-06 00:00")

"""Deadline rules as a pure function of (policy snapshot, actions, now), with real timestamps."""
# ruff: noqa: E501  (the rule tables read best one case per line)

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pytest

from models.enums import CaseActionKind as K
from tests.tracker.conftest import bj
from tracker.cases import full_snapshot
from tracker.deadlines import evaluate
from tracker.errors import CalendarUnknownYear
from tracker.grade_change import grade_switch
from tracker.policy import PoliciesFile, _RuleOverride, merge, national_policy


@dataclass
class Act:
    seq: int
    kind: str
    at: datetime
    details: dict[str, Any] = field(default_factory=dict)
    actor: str = "someone"
    unit: str | None = None
    corrects_id: int | None = None

    @property
    def id(self) -> int:
        return self.seq + 1000


def log(*steps: tuple[str, str] | tuple[str, str, dict[str, Any]], grade: str | None = None) -> list[Act]:
    """Actions from (kind, Beijing time[, details]); the first is the dispatch to unit ``a``."""
    acts = [
        Act(
            1,
            K.DISPATCH,
            bj(steps[0][1]),
            {"lead_unit": "a", "co_units": [], "grade": grade, **(steps[0][2] if len(steps[0]) > 2 else {})},
        )
    ]  # type: ignore[misc]
    for n, step in enumerate(steps[1:], start=2):
        acts.append(Act(n, step[0], bj(step[1]), dict(step[2]) if len(step) > 2 else {}))  # type: ignore[misc]
    return acts


def snap(grade: str | None, category: str = "incident", file: PoliciesFile | None = None) -> dict[str, Any]:
    return full_snapshot(merge(file) if file else national_policy(), grade, category)


T0 = "2025-03-03 09:00"  # a Monday, Beijing time

HOUR_RULES = [
    # (id, grade, rule, action kind, action time, now, expected status, expected due)
    ("first release on time", "major", "first_release", K.FIRST_RELEASE, "2025-03-03 13:59", "2025-03-04 12:00", "met", "2025-03-03 14:00"),
    ("first release exactly at the deadline", "major", "first_release", K.FIRST_RELEASE, "2025-03-03 14:00", "2025-03-04 12:00", "met", "2025-03-03 14:00"),
    ("first release one minute late", "major", "first_release", K.FIRST_RELEASE, "2025-03-03 14:01", "2025-03-04 12:00", "met_late", "2025-03-03 14:00"),
    ("first release missing, overdue", "especially_major", "first_release", None, None, "2025-03-03 14:01", "overdue", "2025-03-03 14:00"),
    ("first release missing, still pending", "major", "first_release", None, None, "2025-03-03 13:59", "pending", "2025-03-03 14:00"),
    ("press conference on time", "major", "press_conference", K.PRESS_CONFERENCE, "2025-03-04 08:59", "2025-03-05 00:00", "met", "2025-03-04 09:00"),
    ("press conference one minute late", "major", "press_conference", K.PRESS_CONFERENCE, "2025-03-04 09:01", "2025-03-05 00:00", "met_late", "2025-03-04 09:00"),
    ("response 48 h on time", "general", "response", K.RESPONSE, "2025-03-05 09:00", "2025-03-06 00:00", "met", "2025-03-05 09:00"),
    ("response 48 h one minute late", "general", "response", K.RESPONSE, "2025-03-05 09:01", "2025-03-06 00:00", "met_late", "2025-03-05 09:00"),
    ("response met by an authoritative release", None, "response", K.FIRST_RELEASE, "2025-03-04 09:00", "2025-03-06 00:00", "met", "2025-03-05 09:00"),
    ("response overdue, ungraded", None, "response", None, None, "2025-03-05 09:01", "overdue", "2025-03-05 09:00"),
    ("sign within 2 h", "large", "sign", K.SIGN, "2025-03-03 10:59", "2025-03-03 12:00", "met", "2025-03-03 11:00"),
    ("sign one minute late", "large", "sign", K.SIGN, "2025-03-03 11:01", "2025-03-03 12:00", "met_late", "2025-03-03 11:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "grade", "rule", "kind", "at", "now", "status", "due"), HOUR_RULES, ids=[r[0] for r in HOUR_RULES]
)
def test_hour_rules(
    name: str, grade: str | None, rule: str, kind: str | None, at: str | None, now: str, status: str, due: str
) -> None:
    steps: list[Any] = [(K.DISPATCH, T0)]
    if kind is not None and kind != K.SIGN:
        steps.append((K.SIGN, "2025-03-03 09:10"))
    if kind is not None:
        steps.append((kind, at, {"url": "https://www.jiangshan.gov.cn/a.html", "channel": "政府网站"}))
    view = evaluate(snap(grade), log(*steps, grade=grade), bj(now))
    result = view.rule(rule)
    assert (result.status, result.due_at) == (status, bj(due))
    if kind is not None:
        assert result.met_at == bj(at or "")
        assert result.elapsed == bj(at or "") - bj(T0)


def test_major_rules_do_not_apply_to_general_events_and_vice_versa() -> None:
    major = {r.rule_id for r in evaluate(snap("major"), log((K.DISPATCH, T0)), bj(T0)).deadlines}
    general = {r.rule_id for r in evaluate(snap("general"), log((K.DISPATCH, T0)), bj(T0)).deadlines}
    assert major == {"sign", "first_release", "press_conference", "follow_up"}
    assert general == {"sign", "response"}


def test_occurrence_time_anchors_the_main_clock_and_sign_does_not() -> None:
    acts = log((K.DISPATCH, T0, {"occurred_at": bj("2025-03-03 07:00").isoformat()}), (K.SIGN, "2025-03-03 10:30"))
    view = evaluate(snap("major"), acts, bj("2025-03-03 11:00"))
    assert view.state.anchor_kind == "occurrence"
    assert view.rule("first_release").due_at == bj("2025-03-03 12:00")
    assert view.rule("press_conference").due_at == bj("2025-03-04 07:00")
    assert view.rule("sign").due_at == bj("2025-03-03 11:00")


def test_occurrence_recorded_later_moves_the_anchor() -> None:
    acts = log(
        (K.DISPATCH, T0), (K.SET_OCCURRENCE, "2025-03-03 09:30", {"occurred_at": bj("2025-03-03 06:00").isoformat()})
    )
    assert evaluate(snap("major"), acts, bj("2025-03-03 10:00")).rule("first_release").due_at == bj("2025-03-03 11:00")


def test_bounce_and_redispatch_never_reset_the_main_clock_but_restart_sign() -> None:
    acts = log(
        (K.DISPATCH, T0),
        (K.RETURN, "2025-03-03 09:30", {"reason": "不属于本单位职责"}),
        (K.TRANSFER, "2025-03-03 10:00", {"to_unit": "b"}),
        (K.SIGN, "2025-03-03 12:01"),
        (K.FIRST_RELEASE, "2025-03-03 14:01", {"url": "https://x.cn/1", "channel": "微博"}),
    )
    view = evaluate(snap("major"), acts, bj("2025-03-03 15:00"))
    assert view.state.lead_unit == "b" and view.state.bounces == 1
    sign = view.rule("sign")
    assert (sign.started_at, sign.due_at, sign.status) == (bj("2025-03-03 10:00"), bj("2025-03-03 12:00"), "met_late")
    first = view.rule("first_release")
    assert (first.started_at, first.due_at, first.status) == (bj(T0), bj("2025-03-03 14:00"), "met_late")


def test_raised_grade_switches_to_stricter_rules_from_that_moment() -> None:
    snapshot = snap("general")
    details = {"grade": "major", **grade_switch(snapshot, "general", "major", bj("2025-03-03 11:00"))}
    assert "更严格时限" in details["note"] and "5 小时" in details["note"]
    acts = log(
        (K.DISPATCH, T0), (K.SIGN, "2025-03-03 09:10"), (K.GRADE_CHANGE, "2025-03-03 11:00", details), grade="general"
    )
    pending = evaluate(snapshot, acts, bj("2025-03-03 15:59"))
    assert pending.state.grade == "major"
    assert pending.rule("first_release").due_at == bj("2025-03-03 16:00")
    assert pending.rule("first_release").status == "pending"
    assert pending.rule("press_conference").due_at == bj("2025-03-04 11:00")
    assert pending.rule("response").status == "superseded"
    assert pending.rule("sign").status == "met"
    late = evaluate(
        snapshot,
        [*acts, Act(4, K.FIRST_RELEASE, bj("2025-03-03 16:01"), {"url": "u", "channel": "c"})],
        bj("2025-03-03 17:00"),
    )
    assert late.rule("first_release").status == "met_late"


def test_lowering_the_grade_never_relaxes_running_deadlines() -> None:
    snapshot = snap("major")
    details = {"grade": "general", **grade_switch(snapshot, "major", "general", bj("2025-03-03 10:00"))}
    assert "policy" not in details
    acts = log((K.DISPATCH, T0), (K.GRADE_CHANGE, "2025-03-03 10:00", details), grade="major")
    assert evaluate(snapshot, acts, bj("2025-03-03 14:01")).rule("first_release").status == "overdue"


def test_rule_missed_before_the_switch_stays_overdue() -> None:
    snapshot = snap("general")
    details = {"grade": "major", **grade_switch(snapshot, "general", "major", bj("2025-03-06 09:00"))}
    acts = log(
        (K.DISPATCH, T0), (K.SIGN, "2025-03-03 09:10"), (K.GRADE_CHANGE, "2025-03-06 09:00", details), grade="general"
    )
    assert evaluate(snapshot, acts, bj("2025-03-06 10:00")).rule("response").status == "overdue"


def test_optional_press_conference_lapses_instead_of_overdue() -> None:
    file = PoliciesFile(rules=[_RuleOverride(id="press_conference", required=False)])
    view = evaluate(snap("major", file=file), log((K.DISPATCH, T0)), bj("2025-03-04 09:01"))
    assert view.rule("press_conference").status == "lapsed"
    assert view.rule("first_release").status == "overdue"


def test_follow_up_repeats_after_each_release_and_stops_at_close() -> None:
    url = {"url": "https://x.cn/1", "channel": "微博"}
    base = [(K.DISPATCH, T0), (K.SIGN, "2025-03-03 09:05"), (K.FIRST_RELEASE, "2025-03-03 12:00", url)]
    assert evaluate(snap("major"), log(base[0], base[1]), bj("2025-03-03 10:00")).rule("follow_up").status == "waiting"
    one = evaluate(snap("major"), log(*base), bj("2025-03-04 11:59")).rule("follow_up")
    assert (one.due_at, one.status, one.cycle) == (bj("2025-03-04 12:00"), "pending", 1)
    assert evaluate(snap("major"), log(*base), bj("2025-03-04 12:00")).rule("follow_up").status == "overdue"
    two = evaluate(snap("major"), log(*base, (K.FOLLOW_UP, "2025-03-04 11:00", url)), bj("2025-03-04 13:00")).rule(
        "follow_up"
    )
    assert (two.due_at, two.status, two.cycle) == (bj("2025-03-05 11:00"), "pending", 2)
    closed = log(*base, (K.PRESS_CONFERENCE, "2025-03-03 20:00"), (K.CLOSE, "2025-03-04 10:00", {"result": "已处置"}))
    assert evaluate(snap("major"), closed, bj("2025-03-09 00:00")).rule("follow_up").status == "waived"


def test_closing_after_a_missed_deadline_keeps_it_overdue() -> None:
    acts = log((K.DISPATCH, T0), (K.SIGN, "2025-03-03 09:05"), (K.CLOSE, "2025-03-03 15:00", {"result": "已处置"}))
    view = evaluate(snap("major"), acts, bj("2025-03-10 00:00"))
    assert view.rule("first_release").status == "overdue"
    assert view.rule("press_conference").status == "waived"


def test_a_correction_replaces_the_corrected_record() -> None:
    acts = log(
        (K.DISPATCH, T0),
        (K.SIGN, "2025-03-03 09:05"),
        (K.FIRST_RELEASE, "2025-03-03 15:00", {"url": "u", "channel": "c"}),
    )
    fixed = Act(4, K.FIRST_RELEASE, bj("2025-03-03 13:30"), {"url": "u2", "channel": "c"}, corrects_id=acts[2].id)
    assert evaluate(snap("major"), acts, bj("2025-03-04 00:00")).rule("first_release").status == "met_late"
    assert evaluate(snap("major"), [*acts, fixed], bj("2025-03-04 00:00")).rule("first_release").status == "met"


# -- working days on the Chinese calendar -------------------------------------------------------

WORKING_DAY_RULES = [
    # (id, published at (Beijing), working days, expected due (Beijing))
    ("春节 2025: Sun 01-26 is a 调休 workday, 01-28..02-04 off", "2025-01-24 10:00", 3, "2025-02-06 00:00"),
    ("春节 2025: Sat 02-08 is a 调休 workday", "2025-02-07 16:00", 3, "2025-02-12 00:00"),
    ("国庆 2024: 10-01..07 off", "2024-09-30 09:00", 3, "2024-10-11 00:00"),
    ("国庆 2024: 15 working days over 09-29 and 10-12 调休 Sundays/Saturdays", "2024-09-27 09:00", 15, "2024-10-24 00:00"),
    ("an ordinary week", "2025-03-05 18:00", 3, "2025-03-11 00:00"),
    ("0 working days: by the end of the publication day", "2025-03-05 18:00", 0, "2025-03-06 00:00"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "days", "due"), WORKING_DAY_RULES, ids=[r[0] for r in WORKING_DAY_RULES])
def test_policy_interpretation_working_days(name: str, published: str, days: int, due: str) -> None:
    file = PoliciesFile(rules=[_RuleOverride(id="policy_interpretation", working_days=days)])
    acts = log((K.DISPATCH, published))
    view = evaluate(snap(None, "policy_document", file), acts, bj(published) + timedelta(hours=1))
    assert view.rule("policy_interpretation").due_at == bj(due)
    assert view.warnings == ()
    late = [*acts, Act(2, K.FIRST_RELEASE, bj(due) + timedelta(minutes=1), {"url": "u", "channel": "c"})]
    assert (
        evaluate(snap(None, "policy_document", file), late, bj(due) + timedelta(days=1))
        .rule("policy_interpretation")
        .status
        == "met_late"
    )


def test_unknown_year_falls_back_to_monday_to_friday_with_a_warning() -> None:
    file = PoliciesFile(rules=[_RuleOverride(id="policy_interpretation", working_days=3)])
    acts = log((K.DISPATCH, "2027-01-01 10:00"))  # a Friday; 2027 holidays not in the calendar
    view = evaluate(snap(None, "policy_document", file), acts, bj("2027-01-01 11:00"))
    assert view.rule("policy_interpretation").due_at == bj("2027-01-07 00:00")
    assert view.warnings and "2027" in view.warnings[0] and "周一至周五" in view.warnings[0]


def test_unknown_year_with_error_fallback_refuses() -> None:
    file = PoliciesFile(
        rules=[_RuleOverride(id="policy_interpretation", working_days=3)], calendar={"unknown_year": "error"}
    )
    with pytest.raises(CalendarUnknownYear, match="2027"):
        evaluate(snap(None, "policy_document", file), log((K.DISPATCH, "2027-01-01 10:00")), bj("2027-01-01 11:00"))


def test_policy_calendar_overrides_cover_a_newly_announced_year() -> None:
    file = PoliciesFile(
        rules=[_RuleOverride(id="policy_interpretation", working_days=1)],
        calendar={"unknown_year": "error", "holidays": ["2027-01-04"], "workdays": ["2027-01-02"]},
    )
    view = evaluate(snap(None, "policy_document", file), log((K.DISPATCH, "2027-01-01 10:00")), bj("2027-01-01 11:00"))
    assert view.rule("policy_interpretation").due_at == bj("2027-01-03 00:00")


def test_view_as_dict_is_plain_json_in_beijing_time() -> None:
    import json

    data = evaluate(snap("major"), log((K.DISPATCH, T0)), bj("2025-03-03 13:00")).as_dict()
    json.dumps(data)
    first = next(d for d in data["deadlines"] if d["rule_id"] == "first_release")
    assert (
        first["due_at"] == "2025-03-03T14:00:00+08:00" and first["remaining_s"] == 3600 and first["status"] == "pending"
    )


@pytest.mark.parametrize(
    ("old", "new", "switches", "note"),
    [
        (None, "major", True, "未定级调整为重大"),
        ("general", "large", False, "适用的时限规则不变"),
        ("major", "general", False, "降级不放宽"),
        ("major", "especially_major", False, "适用的时限规则不变"),
    ],
)
def test_grade_switch_notes(old: str | None, new: str, switches: bool, note: str) -> None:
    details = grade_switch(snap(old), old, new, bj(T0))
    assert ("policy" in details) is switches and note in details["note"]

"""Grade changes: which rules a case follows after its event's grade (事件等级) changes.

Raising the grade into 特别重大/重大 switches the case to the stricter rule set that was
snapshotted at dispatch (``rules_by_band``), from the moment of the change; the grade-change record
carries the new rules and a note saying so. Lowering the grade never relaxes running deadlines.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from models.enums import IncidentGrade
from models.timeutil import to_local
from tracker.errors import InvalidAction
from tracker.policy import grade_band


def grade_switch(policy: dict[str, Any], old: str | None, new: str, now: datetime) -> dict[str, Any]:
    """Details of a grade change: ``from``/``to`` and, when stricter rules now apply, the new rule
    set (taken from the dispatch snapshot) and a note saying so."""
    try:
        new_grade = IncidentGrade(new)
    except ValueError as exc:
        raise InvalidAction(f"unknown grade {new!r}") from exc
    if old == new_grade.value:
        raise InvalidAction(f"等级未变：本案已是{new_grade.label}", field="grade")
    out: dict[str, Any] = {"from": old, "to": new_grade.value}
    old_band, new_band = grade_band(old), grade_band(new_grade)
    previous = IncidentGrade(old) if old and old in IncidentGrade._value2member_map_ else None
    old_label = previous.label if previous else (old or "未定级")
    old_severity = previous.severity if previous else 0
    if new_band == "major" and old_band != "major":
        rules = policy.get("rules_by_band", {}).get("major", [])
        names = "、".join(f"{r['label']}{measure(r)}" for r in rules if r["anchor"] == "main")
        out["policy"] = {"rules": rules}
        out["note"] = (
            f"等级由{old_label}调整为{new_grade.label}，自 {to_local(now):%Y-%m-%d %H:%M} 起适用更严格时限：{names}"
        )
    elif new_grade.severity < old_severity:
        out["note"] = f"等级由{old_label}调整为{new_grade.label}，时限规则不变（降级不放宽已开始的时限）"
    else:
        out["note"] = f"等级由{old_label}调整为{new_grade.label}，适用的时限规则不变"
    return out


def measure(rule: dict[str, Any]) -> str:
    if rule.get("hours") is not None:
        return f" {rule['hours']:g} 小时"
    return f" {rule['working_days']} 个工作日"

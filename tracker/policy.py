"""Response policies: the national defaults and per-jurisdiction overrides from ``policies.yaml``.

National defaults (国办发〔2016〕61号, 80号):

* ``first_release`` 首次发布权威信息 within 5 hours, 特别重大/重大 events;
* ``press_conference`` 新闻发布会 within 24 hours, 特别重大/重大 events;
* ``response`` 予以回应 within 48 hours, all other 政务舆情 (and hotline messages);
* ``follow_up`` 持续发布 every 24 hours after the first release while a major case is open;
* ``policy_interpretation`` 政策解读 with the document: 0 working days, i.e. by the end of the
  publication day (local rules may allow up to 3 working days);
* ``sign`` 签收 within 2 hours of each (re-)dispatch to a unit (a product default, not national).

``auto_dispatch`` (:class:`AutoDispatchPolicy`, on by default for 重大 and above): events at or above
the grade are dispatched to their routed lead unit without a click, the clock anchored at the
event's first-seen time.

A jurisdiction file lists rules by id; fields given override the national rule, ``enabled: false``
drops it, a new id adds a rule. :meth:`PolicySet.snapshot` gives the plain-JSON snapshot that is
stored on a case at dispatch, so editing the file never moves a running deadline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy.orm import Session

from models.enums import CaseActionKind, IncidentGrade
from tracker.errors import PolicyError
from yuqing.config import parse_yaml, read_config_text, validate_yaml
from yuqing.config_versions import newest
from yuqing.errors import ConfigError

Category = Literal["incident", "policy_document", "message"]
"""What a case is about: an incident/舆情 event, a published policy document, a hotline message."""

MAJOR = "major"
OTHER = "other"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(_Strict):
    """One deadline rule."""

    id: str = Field(pattern=r"^[a-z0-9_]+$", max_length=60)
    label: str
    source: str = ""
    hours: float | None = Field(default=None, ge=0)
    working_days: int | None = Field(default=None, ge=0)
    applies_to: tuple[Literal["major", "other"], ...] = ("major", "other")
    """Grades the rule covers: ``major`` = 特别重大/重大, ``other`` = everything else (or ungraded)."""
    categories: tuple[str, ...] = ("incident",)
    anchor: Literal["main", "assignment", "release"] = "main"
    """``main``: the case clock (dispatch or occurrence); ``assignment``: each (re-)dispatch to a
    unit (签收); ``release``: the last release, repeating (持续发布)."""
    met_by: tuple[CaseActionKind, ...]
    required: bool = True
    """``false`` for rules a jurisdiction says apply 必要时: tracked, never marked overdue."""
    enabled: bool = True

    @model_validator(mode="after")
    def _one_measure(self) -> Rule:
        if (self.hours is None) == (self.working_days is None):
            raise ValueError(f"rule {self.id}: give exactly one of hours or working_days")
        return self


class CalendarPolicy(_Strict):
    unknown_year: Literal["mon_fri", "error"] = "mon_fri"
    """What to do for a year whose official holidays are not published yet."""
    holidays: tuple[str, ...] = ()
    """Extra non-working dates (YYYY-MM-DD), e.g. a newly announced year or a local holiday."""
    workdays: tuple[str, ...] = ()
    """Extra working dates (YYYY-MM-DD), e.g. newly announced 调休 days."""


class AutoDispatchPolicy(_Strict):
    """Dispatch (派单) without waiting for the desk: an event graded ``min_grade`` or above goes to its
    routed lead unit (and co-handlers) as soon as the tracker's periodic job sees it, with the main
    clock anchored at the event's first-seen time (or its recorded occurrence time). The desk can
    still 转派; the clock never resets."""

    enabled: bool = True
    min_grade: IncidentGrade = IncidentGrade.MAJOR
    """Lowest statutory grade dispatched automatically (default 重大, i.e. 重大 and 特别重大)."""
    max_age_hours: float = Field(default=72, gt=0, le=24 * 30)
    """Only events seen within this many hours (switching the option on does not dispatch history)."""
    require_place: bool = True
    """Only events that name a place of the jurisdiction (a 乡镇/街道/村… of its gazetteer: 属地).
    An event naming none may have happened elsewhere (national news of a mine far away, graded 重大
    by its deaths); the desk, alerted as for any such event, dispatches it by hand."""

    def applies_to(self, grade: str | None) -> bool:
        """True when ``grade`` is at or above :attr:`min_grade`."""
        if not self.enabled or not grade or grade not in IncidentGrade._value2member_map_:
            return False
        return IncidentGrade(grade).severity >= self.min_grade.severity

    def grades(self) -> tuple[str, ...]:
        """The grade values dispatched automatically (empty when disabled)."""
        return tuple(g.value for g in IncidentGrade if self.applies_to(g.value))


class PolicySet(_Strict):
    """The effective policy of a jurisdiction (national defaults merged with its overrides)."""

    jurisdiction: str = "national"
    rules: tuple[Rule, ...]
    calendar: CalendarPolicy = CalendarPolicy()
    auto_dispatch: AutoDispatchPolicy = AutoDispatchPolicy()
    reminders_minutes: tuple[int, ...] = (60, 15)
    escalate_after_minutes: int = Field(default=0, ge=0)
    """Escalate to leadership this long after a required deadline is missed (0: at the deadline)."""
    escalation_level: str = "领导督办"

    def snapshot(self, grade: str | None, category: str) -> dict[str, Any]:
        """The JSON snapshot stored on a case: the rules that apply to ``grade`` and ``category``."""
        band = grade_band(grade)
        rules = [
            r.model_dump(mode="json")
            for r in self.rules
            if r.enabled and band in r.applies_to and category in r.categories
        ]
        return {
            "jurisdiction": self.jurisdiction,
            "grade": grade,
            "band": band,
            "category": category,
            "rules": rules,
            "calendar": self.calendar.model_dump(mode="json"),
            "reminders_minutes": list(self.reminders_minutes),
            "escalate_after_minutes": self.escalate_after_minutes,
            "escalation_level": self.escalation_level,
        }


def grade_band(grade: str | None) -> str:
    """``major`` for 特别重大/重大, ``other`` for any other grade or none."""
    if grade and grade in IncidentGrade.__members__.values() and IncidentGrade(grade).is_major:
        return MAJOR
    return OTHER


K = CaseActionKind
NATIONAL_RULES: tuple[Rule, ...] = (
    Rule(id="sign", label="签收", hours=2, anchor="assignment", met_by=(K.SIGN,),
         categories=("incident", "policy_document", "message")),
    Rule(id="first_release", label="首次发布权威信息", source="国办发〔2016〕80号", hours=5,
         applies_to=("major",), met_by=(K.FIRST_RELEASE,)),
    Rule(id="press_conference", label="新闻发布会", source="国办发〔2016〕61号、80号", hours=24,
         applies_to=("major",), met_by=(K.PRESS_CONFERENCE,)),
    Rule(id="follow_up", label="持续发布", source="国办发〔2016〕61号", hours=24, anchor="release",
         applies_to=("major",), met_by=(K.FOLLOW_UP,)),
    Rule(id="response", label="予以回应", source="国办发〔2016〕61号", hours=48, applies_to=("other",),
         categories=("incident", "message"), met_by=(K.RESPONSE, K.FIRST_RELEASE, K.CLOSE)),
    Rule(id="policy_interpretation", label="政策解读", source="国办发〔2016〕80号", working_days=0,
         categories=("policy_document",), met_by=(K.FIRST_RELEASE, K.RESPONSE)),
)  # fmt: skip


class _RuleOverride(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    label: str | None = None
    source: str | None = None
    hours: float | None = None
    working_days: int | None = None
    applies_to: tuple[Literal["major", "other"], ...] | None = None
    categories: tuple[str, ...] | None = None
    anchor: Literal["main", "assignment", "release"] | None = None
    met_by: tuple[CaseActionKind, ...] | None = None
    required: bool | None = None
    enabled: bool | None = None


class PoliciesFile(BaseModel):
    """The layout of ``policies.yaml``."""

    model_config = ConfigDict(extra="forbid")
    version: Literal[1] = 1
    jurisdiction: str = "national"
    rules: list[_RuleOverride] = []
    calendar: CalendarPolicy = CalendarPolicy()
    reminders_minutes: tuple[int, ...] = (60, 15)
    escalate_after_minutes: int = 0
    escalation_level: str = "领导督办"
    auto_dispatch: AutoDispatchPolicy = AutoDispatchPolicy()
    import_default_unit: str = "12345热线/未分派"
    """Unit given to imported messages when the spreadsheet names none."""


def merge(file: PoliciesFile) -> PolicySet:
    """National defaults with ``file``'s overrides applied; raise :class:`PolicyError` if invalid."""
    rules = {r.id: r.model_dump() for r in NATIONAL_RULES}
    for override in file.rules:
        given = override.model_dump(exclude_none=True)
        if "hours" in given:
            given.setdefault("working_days", None)
        if "working_days" in given:
            given.setdefault("hours", None)
        rules[override.id] = {**rules.get(override.id, {}), **given}
    merged: list[Rule] = []
    for rule_id, values in rules.items():
        try:
            merged.append(Rule.model_validate(values))
        except ValidationError as exc:
            problems = [(".".join(str(p) for p in e["loc"]), e["msg"]) for e in exc.errors()]
            error = PolicyError("policies: " + "; ".join(f"rule {rule_id}: {f or '(rule)'}: {m}" for f, m in problems))
            error.rule_id, error.problems = rule_id, problems  # type: ignore[attr-defined]
            raise error from exc
    try:
        return PolicySet(
            jurisdiction=file.jurisdiction,
            rules=tuple(merged),
            calendar=file.calendar,
            auto_dispatch=file.auto_dispatch,
            reminders_minutes=file.reminders_minutes,
            escalate_after_minutes=file.escalate_after_minutes,
            escalation_level=file.escalation_level,
        )
    except ValueError as exc:
        raise PolicyError(f"policies: {exc}") from exc


def national_policy() -> PolicySet:
    return merge(PoliciesFile())


def load_policies(path: Path) -> tuple[PolicySet, PoliciesFile]:
    """Load ``policies.yaml`` (national defaults if the file does not exist)."""
    if not path.exists():
        return national_policy(), PoliciesFile()
    try:
        text = read_config_text(path)
    except ConfigError as exc:
        raise PolicyError(str(exc)) from exc
    return parse_policies(text, str(path))


def parse_policies(text: str, name: str = "policies.yaml") -> tuple[PolicySet, PoliciesFile]:
    """Validate ``policies.yaml`` text as :func:`load_policies` does (``PolicyError`` naming line and
    field, or the merged rule that is wrong)."""
    try:
        file = validate_yaml(text, PoliciesFile, name)
    except ConfigError as exc:
        raise PolicyError(str(exc)) from exc
    try:
        return merge(file), file
    except PolicyError as exc:
        rule_id = getattr(exc, "rule_id", None)
        index = next((i for i, r in enumerate(file.rules) if r.id == rule_id), None)
        if index is None:
            raise
        _data, lines = parse_yaml(text, name)
        located = []
        for field, message in exc.problems:  # type: ignore[attr-defined]
            line: int | str = lines.get(("rules", index, field)) or lines.get(("rules", index)) or "?"
            located.append(f"{name}:{line}: rules.{index}.{field or 'id'}: {message} (rule {rule_id})")
        raise PolicyError("\n".join(located)) from exc


def current_policies(session: Session, jurisdiction_dir: Path) -> tuple[PolicySet, PoliciesFile] | None:
    """The policies in force: the newest version edited online (``config_versions``), else the
    jurisdiction's ``policies.yaml``; None when neither exists (the national rules apply).

    Read at each use (a dispatch), so an edit applies to the next case without a restart; running
    cases keep the policy snapshotted at their dispatch.
    """
    row = newest(session, "policies")
    if row is not None:
        return parse_policies(row.text)
    path = Path(jurisdiction_dir) / "policies.yaml"
    return load_policies(path) if path.is_file() else None

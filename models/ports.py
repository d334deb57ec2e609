"""The doors between the stages and the web service: small typed interfaces (ports).

The service depends on these and on nothing of a stage; each stage implements its port in its own
``ports`` module; the composition root (``cli.compose.stage_ports``, or a test fixture) builds the
implementations and hands them to :func:`service.app.create_app` as one :class:`StagePorts`.

==========================  =========================  ==========================================
port                        implemented by             used for
==========================  =========================  ==========================================
:class:`CaseDesk`           ``tracker.ports``          派单 and the units' / desk's case actions,
                                                       each case's deadlines
:class:`TimelinessReview`   ``tracker.ports``          the one timeliness review (web, API, briefs)
:class:`EventDesk`          ``alerting.ports``         merge / split events, acknowledge alerts
:class:`ManualReports`      ``collectors.ports``       人工报送 onto ``items.raw``
:class:`RuleDocuments`      ``classifier.ports``,      checking a rule document edited online
                            ``alerting.ports``,        (``routing``, ``taxonomy``, ``alert_rules``,
                            ``tracker.ports``          ``policies``) with the stage's own models
                                                       and errors
==========================  =========================  ==========================================

Every method runs inside the caller's transaction (``session``) and never commits. A refusal is an
exception of the :mod:`yuqing.errors` family (``NotFound``, ``Conflict``, ``Invalid``), which the
caller translates by type.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from models.db.alerts import Alert
from models.db.cases import Case, CaseAction
from models.db.events import Event
from models.messages import Message, RawItem
from models.timeliness import TimelinessReport
from models.topics import Topic

M = TypeVar("M", bound=Message)


class Deadline(Protocol):
    """One rule's deadline on a case at a moment (``status``: pending, met, met_late, overdue,
    lapsed, waived, superseded or waiting)."""

    @property
    def rule_id(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def required(self) -> bool: ...
    @property
    def status(self) -> str: ...
    @property
    def started_at(self) -> datetime | None: ...
    @property
    def due_at(self) -> datetime | None: ...
    @property
    def met_at(self) -> datetime | None: ...
    @property
    def remaining(self) -> timedelta | None: ...
    @property
    def elapsed(self) -> timedelta | None: ...
    @property
    def met_by(self) -> str | None: ...


class CaseDesk(Protocol):
    """The response tracker's cases: dispatch (派单), the append-only actions, the deadlines.

    Who may act is the caller's business; the tracker checks that the action is allowed in the
    case's state and carries the details it needs.
    """

    def response_policy(self, jurisdiction_dir: Path, session: Session | None = None) -> object | None:
        """The jurisdiction's response policy to snapshot at dispatch: with ``session``, the version
        in force (edited online, else ``policies.yaml``); without, the file. None when there is none
        (the national rules apply). Raises when it is invalid."""
        ...

    def dispatch(
        self,
        session: Session,
        *,
        event_id: int,
        lead_unit: str,
        co_units: Sequence[str],
        actor: str,
        now: datetime,
        note: str = "",
        policy: object | None = None,
    ) -> Case:
        """Open a case for the event with ``policy`` (from :meth:`response_policy`) snapshotted.

        ``Invalid`` for an unknown event or bad details; ``Conflict`` when the event has an open case.
        """
        ...

    def record_action(
        self,
        session: Session,
        case_id: int,
        kind: str,
        *,
        actor: str,
        now: datetime,
        at: datetime | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> CaseAction:
        """Append one action (``models.enums.CaseActionKind``). ``NotFound``: no such case;
        ``Conflict``: not allowed in the case's state; ``Invalid``: missing or bad details."""
        ...

    def deadlines(self, case: Case, actions: Sequence[CaseAction], now: datetime) -> Sequence[Deadline]:
        """The case's deadlines per rule at ``now`` (pure: reads only the loaded rows)."""
        ...


class TimelinessReview(Protocol):
    """The response tracker's timeliness review: the one computation every view shows."""

    def timeliness(
        self,
        session: Session,
        start: datetime,
        end: datetime,
        *,
        now: datetime,
        where: ColumnElement[bool] | None = None,
    ) -> TimelinessReport:
        """Cases dispatched in ``[start, end)`` judged at ``now``; ``where`` limits the cases
        (a condition on :class:`~models.db.cases.Case`, e.g. what a unit user may see)."""
        ...


class EventDesk(Protocol):
    """The alerting stage's changes the desk makes by hand; each writes its own audit record."""

    def merge_events(
        self, session: Session, target_id: int, source_ids: Sequence[int], *, actor: str, now: datetime
    ) -> Event:
        """Merge ``source_ids`` into ``target_id``. ``NotFound``: an event does not exist or was
        merged away; ``Invalid``: nothing to merge."""
        ...

    def split_event(
        self, session: Session, event_id: int, item_ids: Sequence[str], *, actor: str, now: datetime
    ) -> Event:
        """Move ``item_ids`` into a new event; the new event. ``Invalid`` for items not in the
        event or a split that would leave it empty."""
        ...

    def acknowledge_alert(self, session: Session, alert_id: str, *, actor: str, now: datetime) -> Alert:
        """Stop the alert's escalation (idempotent). ``NotFound`` for an unknown alert."""
        ...


class Publisher(Protocol):
    """Where messages go (a :class:`yuqing.bus.BusProducer`, or a fake in tests)."""

    def publish(self, topic: Topic[M], message: M) -> None: ...

    def flush(self, timeout_s: float | None = None) -> None: ...


class ManualReports(Protocol):
    """The collectors' 人工报送: a person's report becomes an item on ``items.raw``."""

    def submit(self, report: Mapping[str, Any], publisher: Publisher, *, now: datetime) -> RawItem:
        """Validate ``report`` (title, text, url, region, published_at, reporter, default_unit),
        publish its item and wait for the broker's acknowledgement.

        ``Invalid`` for a report the collectors refuse (the message lists each field); any other
        exception means the item was not published.
        """
        ...


class RuleDocuments(Protocol):
    """A stage's check of a rule document it reads, edited online (see :mod:`yuqing.config_versions`)."""

    def check_document(
        self, document: str, text: str, *, jurisdiction_dir: Path, in_force: Mapping[str, str] | None = None
    ) -> None:
        """Validate ``text`` as the stage's ``document`` exactly as its YAML loader would (its pydantic
        models, then what it checks against the jurisdiction's other files, e.g. unknown units), and
        against the other rule documents it refers to or that refer to it (a routing rule's topics
        must be topics of the taxonomy). ``in_force`` gives those documents' texts as they will be
        in force (document name → text); a document it lacks is read from its file in
        ``jurisdiction_dir`` (none there: nothing to check it against).

        Raises ``ConfigError`` or ``Invalid`` whose message lists each problem as
        ``<document>.yaml:<line>: <field>: <message>``; ``NotFound`` for a document it does not read.
        """
        ...


@dataclass(frozen=True)
class StagePorts:
    """Everything the web service needs from the stages, built by the composition root."""

    cases: CaseDesk
    timeliness: TimelinessReview
    events: EventDesk
    manual_reports: ManualReports
    documents: Mapping[str, RuleDocuments] = field(default_factory=dict)
    """Per rule document editable online (``routing``, ``taxonomy``, ``alert_rules``, ``policies``),
    the stage that checks it. A document without a checker cannot be edited."""

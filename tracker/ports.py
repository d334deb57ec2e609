"""The response tracker behind its doors to the web service (:mod:`models.ports`).

:class:`TrackerPorts` is both the :class:`~models.ports.CaseDesk` (dispatch, actions, deadlines) and
the :class:`~models.ports.TimelinessReview`. It only adapts calling conventions; the work is done by
:mod:`tracker.cases`, :mod:`tracker.deadlines` and :mod:`tracker.timeliness`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from models.db.cases import Case, CaseAction
from models.timeliness import TimelinessReport
from tracker.cases import dispatch, record_action
from tracker.deadlines import RuleStatus, evaluate
from tracker.errors import PolicyError
from tracker.policy import PolicySet, current_policies, load_policies, parse_policies
from tracker.timeliness import timeliness
from yuqing.errors import NotFound


class TrackerPorts:
    """The tracker's implementation of ``CaseDesk`` and ``TimelinessReview``."""

    def response_policy(self, jurisdiction_dir: Path, session: Session | None = None) -> PolicySet | None:
        if session is not None:
            found = current_policies(session, jurisdiction_dir)
            return found[0] if found is not None else None
        path = jurisdiction_dir / "policies.yaml"
        if not path.is_file():
            return None
        return load_policies(path)[0]

    def check_document(
        self, document: str, text: str, *, jurisdiction_dir: Path, in_force: Mapping[str, str] | None = None
    ) -> None:
        if document != "policies":
            raise NotFound(f"the tracker has no document {document!r}")
        parse_policies(text)

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
        if policy is not None and not isinstance(policy, PolicySet):
            raise PolicyError(f"not a response policy: {type(policy).__name__}")
        return dispatch(session, event_id, lead_unit, list(co_units), actor, now, policy=policy, note=note)

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
        return record_action(session, case_id, kind, actor, now, at=at, details=dict(details or {}))

    def deadlines(self, case: Case, actions: Sequence[CaseAction], now: datetime) -> tuple[RuleStatus, ...]:
        return evaluate(case.policy, list(actions), now).deadlines

    def timeliness(
        self,
        session: Session,
        start: datetime,
        end: datetime,
        *,
        now: datetime,
        where: ColumnElement[bool] | None = None,
    ) -> TimelinessReport:
        return timeliness(session, start, end, now=now, where=where)

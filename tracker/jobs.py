"""The tracker's periodic job for ``yuqing alert``: deadline reminders, overdue and escalation.

:func:`periodic_jobs` is found by :mod:`yuqing.periodic` and runs :func:`run_due` every
``INTERVAL_S`` seconds. Notices go through the alerting dispatcher (every configured channel, the
desk's live feed on the ``alerts`` topic included): reminders and overdue notices to the case's
units and the desk, escalations to the units' leaders and the desk.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db.units import Unit
from models.messages import AlertMessage
from tracker.enforce import Notify, run_due
from tracker.errors import TrackerError

if TYPE_CHECKING:
    from alerting.notify import Dispatcher
    from yuqing.periodic import JobContext, PeriodicJob

INTERVAL_S = 30.0


class NotifyFailed(TrackerError):
    """No channel delivered a deadline notice; its marks are rolled back and it is tried again."""


def dispatcher_notify(
    session_factory: sessionmaker[Session], dispatcher: Dispatcher, desk: Mapping[str, Sequence[str]]
) -> Notify:
    """A ``notify`` for :func:`run_due` that sends through ``dispatcher``; raises if nothing went out."""
    from alerting.notify import AlertNotice, Recipients

    def notify(message: AlertMessage) -> None:
        escalate = message.rule.endswith(".escalate")
        with session_factory() as session:
            units = list(session.scalars(select(Unit).where(Unit.id.in_(message.units)))) if message.units else []
        contacts: list[Mapping[str, Any]] = [desk]
        contacts += [(u.leader_contacts if escalate else u.contacts) or {} for u in units]
        recipients = Recipients.from_contacts("分管领导" if escalate else "责任单位", contacts)
        notice = AlertNotice(
            id=message.id,
            kind=message.kind.value,
            rule=message.rule,
            level=message.level,
            title=message.title,
            summary=message.summary,
            created_at=message.created_at,
            event_id=message.event_id,
            units=message.units,
            grade=message.grade.value if message.grade else None,
            target="leaders" if escalate else "units",
        )
        results = dispatcher.send(notice, recipients)
        if results and all(r.status == "failed" for r in results):
            raise NotifyFailed("; ".join(f"{r.channel}: {r.error}" for r in results))

    return notify


def periodic_jobs(ctx: JobContext) -> list[PeriodicJob]:
    """The deadline job, for :func:`yuqing.periodic.provided_jobs`."""
    from yuqing.periodic import PeriodicJob

    notify = dispatcher_notify(ctx.session_factory, ctx.dispatcher, dict(ctx.config.channels.desk_recipients))
    return [PeriodicJob("tracker-deadlines", INTERVAL_S, lambda now: run_due(ctx.session_factory, now, notify))]

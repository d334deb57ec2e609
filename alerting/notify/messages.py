"""Deliver an :class:`~models.messages.AlertMessage` that another stage raised (the response
tracker's deadline reminders, overdue notices and escalations) through every configured channel.

:func:`message_sender` is what the alert worker hands the periodic jobs as ``JobContext.notify``:
a reminder or overdue notice goes to the message's units' contacts and the desk; an escalation
(rule ending in ``.escalate``) to the units' leaders and the desk. It raises
:class:`~alerting.errors.NotDelivered` when no channel delivered, so the caller keeps the notice due
and tries again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from alerting.errors import NotDelivered
from alerting.notify.base import AlertNotice, Recipients
from alerting.notify.dispatcher import Dispatcher
from models.db.units import Unit
from models.messages import AlertMessage


def message_sender(
    session_factory: sessionmaker[Session], dispatcher: Dispatcher, desk: Mapping[str, Sequence[str]]
) -> Callable[[AlertMessage], None]:
    """A function sending one message through ``dispatcher``; raises if nothing went out."""

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
            raise NotDelivered("; ".join(f"{r.channel}: {r.error}" for r in results))

    return notify

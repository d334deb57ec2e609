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
from models.enums import AlertKind
from models.messages import AlertMessage
from yuqing.names import NameBook, Names


def message_sender(
    session_factory: sessionmaker[Session],
    dispatcher: Dispatcher,
    desk: Mapping[str, Sequence[str]],
    *,
    names: NameBook | None = None,
) -> Callable[[AlertMessage], None]:
    """A function sending one message through ``dispatcher``; raises if nothing went out.

    People read names: units by their names, the rule by its name (a deadline notice's rule id
    ``tracker.<rule>.<mark>`` has none of its own: its level says what it is, 时限提醒 / 已超时 /
    领导督办, and its title names the deadline), the grade by its label.
    """

    def notify(message: AlertMessage) -> None:
        escalate = message.rule.endswith(".escalate")
        with session_factory() as session:
            units = list(session.scalars(select(Unit).where(Unit.id.in_(message.units)))) if message.units else []
        known = names.current() if names is not None else Names()
        by_id = {u.id: u.name for u in units}
        contacts: list[Mapping[str, Any]] = [desk]
        contacts += [(u.leader_contacts if escalate else u.contacts) or {} for u in units]
        recipients = Recipients.from_contacts("分管领导" if escalate else "责任单位", contacts)
        notice = AlertNotice(
            id=message.id,
            kind=message.kind.value,
            rule=message.level if message.kind is AlertKind.DEADLINE else known.rule(message.rule),
            level=message.level,
            title=message.title,
            summary=message.summary,
            created_at=message.created_at,
            event_id=message.event_id,
            units=message.units,
            unit_names=tuple(by_id.get(u, u) for u in message.units),
            grade=message.grade.label if message.grade else None,
            target="leaders" if escalate else "units",
            extra={"rule_id": message.rule, "raw_grade": message.grade.value if message.grade else None},
        )
        results = dispatcher.send(notice, recipients)
        if results and all(r.status == "failed" for r in results):
            raise NotDelivered("; ".join(f"{r.channel}: {r.error}" for r in results))

    return notify

"""Raising alerts: de-duplication, quiet period, atomic insert, escalation snapshot.

One alert per event (or topic) and rule until the event materially changes: its highest grade goes
up, a new place appears, or a new spike window starts. The de-duplication key encodes exactly that
state, and the ``alerts.dedupe_key`` unique constraint makes "decide and insert" one atomic step, so
two workers evaluating the same change insert one row between them. After an alert, further material
changes for the same rule and scope wait ``quiet_minutes`` (a grade going up never waits).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, insert, or_, select
from sqlalchemy.orm import Session

from alerting.config import AlertingConfig
from alerting.escalation.plan import snapshot
from alerting.events.state import Assignment, grade_severity
from alerting.rules.base import Hit
from alerting.upsert import among, insert_ignore
from models.db import Alert, AlertLog
from models.enums import AlertKind, IncidentGrade
from models.messages import AlertMessage
from yuqing.names import Names

FEED_GRACE = timedelta(seconds=30)
"""A new rule alert waits this long for its consumer to confirm it on the desk feed and release it
to the escalation scheduler; after that the scheduler takes it over (crash recovery)."""


@dataclass(frozen=True)
class RaisedAlert:
    id: str
    row: dict[str, Any]


def dedupe_key(hit: Hit, grade: str | None, places: list[str]) -> str:
    state = f"{grade or ''}|{','.join(sorted(places))}|{hit.marker}"
    digest = hashlib.sha256(state.encode("utf-8")).hexdigest()[:24]
    return f"{hit.rule}|{hit.scope_key}|{digest}"[:200]


def _scope_prefix(hit: Hit) -> str:
    return f"{hit.rule}|{hit.scope_key}|"


class AlertLedger:
    """What one batch needs to know about alerts already raised, read once instead of per hit.

    For the events of the batch it loads every alert's dedupe key and, per rule and scope, the
    newest alert (for the quiet period); other scopes (topics) are read on first use. Alerts raised
    during the batch are recorded here too, so later hits of the same batch see them. Correct
    across workers because the batch holds the row locks of its events (SQLite: the write lock)
    until it commits, and an alert about a topic is one insert against its unique dedupe key.
    """

    def __init__(self, session: Session, event_ids: Iterable[int]) -> None:
        self.session = session
        self.keys: set[str] = set()
        self.latest: dict[str, tuple[datetime, str | None]] = {}
        self._loaded: set[str] = set()
        ids = sorted(set(event_ids))
        for chunk in range(0, len(ids), 1000):
            part = ids[chunk : chunk + 1000]
            rows = session.execute(
                select(Alert.dedupe_key, Alert.created_at, Alert.grade).where(among(session, Alert.event_id, part))
            )
            for key, created_at, grade in rows:
                self._note(key, created_at, grade)
            self._loaded.update(f"event:{i}" for i in part)

    def _note(self, key: str, created_at: datetime, grade: str | None) -> None:
        self.keys.add(key)
        prefix = key.rsplit("|", 1)[0] + "|"
        last = self.latest.get(prefix)
        if last is None or created_at > last[0]:
            self.latest[prefix] = (created_at, grade)

    def load_scopes(self, hits: Iterable[Hit]) -> None:
        """Read the alerts of every rule and scope of ``hits`` not read yet, in one query (the
        batch's topic scopes; an event's alerts were read for all rules at once)."""
        wanted = {_scope_prefix(h): h for h in hits if not self._is_loaded(h)}
        if not wanted:
            return
        self._loaded.update(wanted)
        condition = or_(
            *(
                and_(Alert.rule == h.rule, Alert.dedupe_key.startswith(prefix, autoescape=True))
                for prefix, h in sorted(wanted.items())
            )
        )
        rows = self.session.execute(select(Alert.dedupe_key, Alert.created_at, Alert.grade).where(condition))
        for key, created_at, grade in rows:
            self._note(key, created_at, grade)

    def _is_loaded(self, hit: Hit) -> bool:
        # Loaded per rule and scope: two rules about one topic each have their own quiet period.
        return hit.scope_key in self._loaded or _scope_prefix(hit) in self._loaded

    def in_quiet_period(self, hit: Hit, grade: str | None, quiet: timedelta, now: datetime) -> bool:
        """True if an alert of this rule and scope was raised less than ``quiet`` ago (a grade
        going up never waits)."""
        if not quiet:
            return False
        self.load_scopes([hit])
        last = self.latest.get(_scope_prefix(hit))
        if last is None:
            return False
        created_at, last_grade = last
        if grade_severity(grade) > grade_severity(last_grade):
            return False
        return bool(now - created_at < quiet)

    def known(self, key: str) -> bool:
        return key in self.keys

    def record(self, row: dict[str, Any]) -> None:
        self._note(row["dedupe_key"], row["created_at"], row["grade"])


def insert_alert(session: Session, row: dict[str, Any], now: datetime, actor: str = "system") -> bool:
    """Insert ``row`` unless its dedupe key exists; log ``created``. True if this call inserted it."""
    inserted = insert_ignore(session, Alert, [row], key="dedupe_key")
    if not inserted:
        return False
    session.add(AlertLog(alert_id=row["id"], at=now, action="created", actor=actor, detail={"rule": row["rule"]}))
    return True


def insert_alerts(session: Session, rows: Sequence[dict[str, Any]], now: datetime) -> list[RaisedAlert]:
    """Insert ``rows`` in one statement, skipping dedupe keys that exist (another worker raised the
    same alert first); log ``created`` for each inserted; return those."""
    inserted = insert_ignore(session, Alert, rows, key="dedupe_key")
    raised = [RaisedAlert(str(r["id"]), r) for r in rows if r["dedupe_key"] in inserted]
    if raised:
        logs = [{"alert_id": a.id, "at": now, "action": "created", "actor": "system",
                 "detail": {"rule": a.row["rule"]}} for a in raised]  # fmt: skip
        session.execute(insert(cast(Table, AlertLog.__table__)), logs)
    return raised


def raise_for_hit(
    session: Session,
    hit: Hit,
    assignment: Assignment,
    config: AlertingConfig,
    now: datetime,
    ledger: AlertLedger | None = None,
) -> RaisedAlert | None:
    """Raise the alert for ``hit`` unless it is a duplicate or in its quiet period."""
    row = alert_row_for_hit(session, hit, assignment, config, now, ledger)
    if row is None:
        return None
    raised = insert_alerts(session, [row], now)
    return raised[0] if raised else None


def alert_row_for_hit(
    session: Session,
    hit: Hit,
    assignment: Assignment,
    config: AlertingConfig,
    now: datetime,
    ledger: AlertLedger | None = None,
) -> dict[str, Any] | None:
    """The alert row to insert for ``hit``, or None if it is a duplicate or in its quiet period.

    ``ledger`` carries the batch's view of existing alerts (without one, it is read for this hit)
    and records the row, so later hits of the batch see it; :func:`insert_alerts` inserts the
    batch's rows at once.
    """
    event = assignment.event
    places = list(event.places or [])
    ledger = ledger or AlertLedger(session, [event.id])
    key = dedupe_key(hit, event.grade, places)
    if ledger.known(key):  # the common case (raised already for this state): no quiet-period reading
        return None
    if ledger.in_quiet_period(hit, event.grade, timedelta(minutes=config.rules.quiet_minutes), now):
        return None
    level = config.level(hit.level)
    item = assignment.item.message
    units = [u for u in (event.lead_unit, *(event.co_units or [])) if u]
    grade_label = IncidentGrade(event.grade).label if event.grade else None
    summary = f"{hit.reason}。共 {event.item_count} 条，来源 {len(event.sources or [])} 个"
    if places:
        summary += f"，地点：{'、'.join(places)}"
    row = {
        "id": uuid.uuid4().hex,
        "kind": AlertKind.RULE.value,
        "rule": hit.rule,
        "level": level.name,
        "level_colour": level.colour,
        "title": event.title,
        "summary": summary,
        "event_id": event.id,
        "item_id": item.id,
        "source_id": item.item.source_id,
        "units": list(dict.fromkeys(units)),
        "grade": event.grade,
        "places": places,
        "dedupe_key": key,
        "detail": {
            "rule_name": hit.rule_name,
            "reason": hit.reason,
            "scope": hit.scope_key,
            "grade_label": grade_label,
        },
        "created_at": now,
        "escalation": snapshot(config, level.name, now),
        "escalation_state": "active",
        "next_step_at": now + FEED_GRACE,
    }
    ledger.record(row)
    return row


def external_alert_row(message: AlertMessage, config: AlertingConfig, now: datetime) -> dict[str, Any]:
    """The alerts row for an alert another stage published (collectors' source-health reports).

    Its level is the message's when the level table knows it, else the least urgent level.
    """
    names = [lv.name for lv in config.levels.levels]
    level = config.level(message.level if message.level in names else names[-1])
    return {
        "id": message.id,
        "kind": message.kind.value,
        "rule": message.rule,
        "level": level.name,
        "level_colour": level.colour,
        "title": message.title,
        "summary": message.summary,
        "event_id": None,
        "item_id": None,
        "source_id": message.source_id,
        "units": list(message.units),
        "grade": message.grade.value if message.grade else None,
        "places": [],
        "dedupe_key": f"{message.kind.value}|{message.id}"[:200],
        "detail": {"external": True, "rule_name": Names().rule(message.rule)},
        "created_at": message.created_at,
        "escalation": snapshot(config, level.name, now),
        "escalation_state": "active",
        "next_step_at": now + FEED_GRACE,
    }

"""The escalation plan: a pure function of (snapshot, log, now).

The snapshot is taken from ``escalation.yaml`` and the alert's level when the alert is created and
stored on the alert (``Alert.escalation``), so editing the chain never moves a running alert::

    {"chain": "default", "level": "二级", "channels": [...], "created_at": "...",
     "steps": [{"action": "notify", "target": "desk"}, {"action": "wait", "minutes": 30}, ...]}

:func:`plan` reads the alert's log (``step_done`` records with their index, ``acknowledged``)
and says which steps are due now and when to look again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from alerting.config import AlertingConfig

ACTIVE, ACKNOWLEDGED, FINISHED = "active", "acknowledged", "finished"
STOP_ACTIONS = frozenset({"acknowledged", "resolved"})


@dataclass(frozen=True)
class LogEntry:
    action: str
    at: datetime
    step_index: int | None = None


@dataclass(frozen=True)
class Plan:
    """``due``: step indices to complete now, in order (notify steps are sent, waits just recorded);
    ``next_at``: when to look again (``None`` when stopped or finished)."""

    due: tuple[int, ...]
    next_at: datetime | None
    state: str


def snapshot(config: AlertingConfig, level_name: str, created_at: datetime) -> dict[str, Any]:
    """The escalation snapshot for a new alert of ``level_name`` (waits resolved to minutes)."""
    level = config.level(level_name)
    steps = []
    for step in config.escalation.chains[level.escalation]:
        if step.action == "wait":
            steps.append(
                {"action": "wait", "minutes": step.minutes if step.minutes is not None else level.renotify_minutes}
            )
        else:
            steps.append({"action": "notify", "target": step.target})
    return {
        "chain": level.escalation,
        "level": level.name,
        "channels": list(level.channels),
        "created_at": created_at.isoformat(),
        "steps": steps,
    }


def plan(snap: dict[str, Any], log: Sequence[LogEntry], now: datetime) -> Plan:
    """What to do for an alert with escalation snapshot ``snap`` and log ``log`` at ``now``."""
    if any(e.action in STOP_ACTIONS for e in log):
        return Plan((), None, ACKNOWLEDGED)
    steps: list[dict[str, Any]] = list(snap.get("steps", ()))
    done_at = {e.step_index: e.at for e in log if e.action == "step_done" and e.step_index is not None}
    anchor = datetime.fromisoformat(snap["created_at"])
    due: list[int] = []
    for index, step in enumerate(steps):
        if index in done_at:
            anchor = done_at[index]
            continue
        if step["action"] == "wait":
            ready_at = anchor + timedelta(minutes=int(step["minutes"]))
            if now < ready_at:
                return Plan(tuple(due), ready_at, ACTIVE)
        due.append(index)
        anchor = now
    return Plan(tuple(due), None, FINISHED)

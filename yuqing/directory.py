"""The jurisdiction's unit directory (``units.yaml``): read it, and mirror it into the ``units`` table.

:func:`load_units` validates the file against :class:`models.directory.UnitDirectory` and raises
:class:`~yuqing.errors.ConfigError` naming file and line. The YAML file is the source of truth; the
table (:func:`sync_units`) is what the service, the alerting channels and the response tracker join
against. Units are upserted by id; a unit no longer in the file is marked inactive, never deleted,
because cases and audit records still name it.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import Unit
from models.directory import UnitDirectory
from yuqing.config import load_yaml
from yuqing.db.engine import transaction


def load_units(path: Path) -> UnitDirectory:
    """Read and validate ``units.yaml`` at ``path``; raise ``ConfigError`` naming file and line."""
    return load_yaml(Path(path), UnitDirectory)


def sync_units(sessions: sessionmaker[Session], jurisdiction_dir: Path) -> tuple[int, int]:
    """Upsert every unit of ``jurisdiction_dir/units.yaml``; deactivate the rest.

    Returns ``(units in the file, units deactivated)``. Raises ``ConfigError`` for an invalid file.
    """
    directory = load_units(jurisdiction_dir / "units.yaml")
    wanted = {u.id: u for u in directory.units}
    deactivated = 0
    with transaction(sessions) as session:
        stored = {u.id: u for u in session.scalars(select(Unit))}
        for unit_id, entry in wanted.items():
            row = stored.get(unit_id) or Unit(id=unit_id)
            row.name = entry.name
            row.kind = entry.kind.value
            row.parent_id = entry.parent_id
            row.contacts = entry.contacts.model_dump(mode="json")
            row.leader_contacts = entry.leader_contacts.model_dump(mode="json")
            row.active = entry.active
            session.add(row)
        for unit_id, row in stored.items():
            if unit_id not in wanted and row.active:
                row.active = False
                deactivated += 1
    return len(wanted), deactivated


def find_unit(session: Session, given: str) -> Unit | None:
    """The unit ``given`` names: its id, or its exact name as the directory spells it."""
    given = given.strip()
    return session.get(Unit, given) or session.scalar(select(Unit).where(Unit.name == given).limit(1))


def unit_hint(session: Session, given: str, limit: int = 3) -> str:
    """The closest units to ``given`` as ``id（name）``, for an error message (empty if none is close)."""
    units = list(session.execute(select(Unit.id, Unit.name).where(Unit.active.is_(True))))
    by_key = {u.id: u for u in units} | {u.name: u for u in units}
    close = difflib.get_close_matches(given.strip(), list(by_key), n=limit, cutoff=0.4)
    picked = list(dict.fromkeys(by_key[k] for k in close))
    return "、".join(f"{u.id}（{u.name}）" for u in picked)

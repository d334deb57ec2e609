"""People see names, never internal ids: the service's door to :mod:`yuqing.names`, plus people.

The lookup of topics, units, sources and rules lives in the base layer so the alerting stage and the
response tracker name them in their alert texts and notifications with the same code. The service
adds what only its pages show: **people** (an account's login becomes its person's name with unit
or role, ``张三（虎山街道）``; an automatic actor ``system:自动派单`` becomes ``系统（自动派单）``) and
the **built-in sources** that are no row of the ``sources`` table (``manual`` is 人工报送).

Every page gets ``names`` (the current :class:`Names` of ``state.names``, a :class:`NameBook`) and
the template filters ``topic_name``, ``unit_name``, ``unit_names``, ``source_name``, ``rule_name``
and ``person_name``; call ``state.names.invalidate()`` after an online edit that changes names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db import User
from models.enums import Role
from yuqing import names as base
from yuqing.names import MISSING, unit_names

SYSTEM_PREFIX = "system:"
"""Actors that are no person: ``system:自动派单`` (the tracker's automatic dispatch), …"""
BUILTIN_SOURCES: Mapping[str, str] = {"manual": "人工报送"}
"""Sources that are no row of the ``sources`` table."""


@dataclass(frozen=True)
class Names(base.Names):
    """:class:`yuqing.names.Names` plus people (login → how pages call the person)."""

    people: Mapping[str, str] = field(default_factory=dict)

    def source(self, source_id: str | None) -> str:
        if source_id and source_id not in self.sources and source_id in BUILTIN_SOURCES:
            return BUILTIN_SOURCES[source_id]
        return super().source(source_id)

    def item_source(self, source_id: str | None, author: str | None) -> str:
        """Where an item came from as people say it: the source's name, and for a 人工报送 the
        person who reported it (``人工报送（报送人：张三（虎山街道））``)."""
        name = self.source(source_id)
        if source_id in BUILTIN_SOURCES and source_id not in self.sources and author:
            return f"{name}（报送人：{self.person(author)}）"
        return name

    def person(self, username: str | None) -> str:
        """The person behind a login (``张三（虎山街道）``), or the system task behind an automatic actor."""
        if not username:
            return MISSING
        if username.startswith(SYSTEM_PREFIX):
            return f"系统（{username.removeprefix(SYSTEM_PREFIX)}）"
        return self.people.get(username, username)


def shown_person(display_name: str | None, role: str, unit: str | None) -> str:
    """``姓名（单位）`` for a unit's person, ``姓名（角色）`` otherwise; without a name, the unit or role."""
    try:
        qualifier = unit or Role(role).label
    except ValueError:
        qualifier = unit or role
    return f"{display_name}（{qualifier}）" if display_name else qualifier


def person_names(session: Session, units: Mapping[str, str]) -> dict[str, str]:
    """Every account's login → how pages call its person (see :func:`shown_person`)."""
    rows = session.execute(select(User.username, User.display_name, User.role, User.unit_id))
    return {
        username: shown_person(display, role, units.get(unit_id, unit_id) if unit_id else None)
        for username, display, role, unit_id in rows
    }


def load_names(session: Session, jurisdiction_dir: Path) -> Names:
    """Read every name now (:func:`yuqing.names.load_names` plus people)."""
    found = base.load_names(session, jurisdiction_dir)
    return Names(
        topics=found.topics,
        units=found.units,
        sources=found.sources,
        rules=found.rules,
        people=person_names(session, found.units),
    )


class NameBook(base.NameBook):
    """The current :class:`Names` of the service (with people), reloaded after ``ttl_s`` seconds or
    an invalidation (:class:`yuqing.names.NameBook`)."""

    def _load(self, session: Session) -> Names:
        return load_names(session, self._dir)

    def current(self) -> Names:
        names = super().current()
        assert isinstance(names, Names)
        return names


__all__ = ["MISSING", "NameBook", "Names", "load_names", "person_names", "shown_person", "unit_names"]

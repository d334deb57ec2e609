"""The unit directory (责任单位名录) of a jurisdiction: ``units.yaml``.

The shape of the file, shared by every stage that needs units (routing, alerting, the service's
inboxes). Read it with :func:`yuqing.directory.load_units`, which validates it and raises
:class:`~yuqing.errors.ConfigError` with ``file:line: field: message`` for any problem (unknown
kind, duplicate or non-ASCII id, ...).
"""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

UNIT_ID = re.compile(r"^[a-z][a-z0-9_-]{0,99}$")


class UnitKind(StrEnum):
    DEPARTMENT = "department"
    """委办局 and other city-level bodies."""
    TOWNSHIP = "township"
    """乡镇人民政府 / 街道办事处: the 属地 for local items."""
    ENTERPRISE = "enterprise"
    """公共企事业单位 (供电, 水务, 传媒 ...)."""


class Contacts(BaseModel):
    """Where notifications for a unit go. Empty lists until the jurisdiction fills them in."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    wecom_mentions: tuple[str, ...] = ()
    dingtalk_mobiles: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()


class UnitEntry(BaseModel):
    """One responsible unit."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str = Field(min_length=1, max_length=200)
    short_name: str | None = Field(default=None, max_length=100)
    kind: UnitKind = UnitKind.DEPARTMENT
    parent_id: str | None = None
    domains: tuple[str, ...] = ()
    """The 试点领域 / 事项 this unit is a 责任单位 for (documentation; routing.yaml decides)."""
    aliases: tuple[str, ...] = ()
    """Other names the unit goes by in text; used to recognise mentions."""
    contacts: Contacts = Field(default_factory=Contacts)
    leader_contacts: Contacts = Field(default_factory=Contacts)
    active: bool = True

    @field_validator("id")
    @classmethod
    def _ascii_slug(cls, value: str) -> str:
        if not UNIT_ID.match(value):
            raise ValueError("unit id must be an ASCII slug: lower-case letters, digits, '_' or '-'")
        return value

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the unit can be mentioned by: name, short name and aliases."""
        found = [self.name, *([self.short_name] if self.short_name else []), *self.aliases]
        return tuple(dict.fromkeys(found))


class UnitDirectory(BaseModel):
    """The whole directory; unit ids are unique."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    jurisdiction: str = Field(min_length=1)
    units: tuple[UnitEntry, ...]

    @model_validator(mode="after")
    def _unique_and_parents(self) -> UnitDirectory:
        seen: set[str] = set()
        for unit in self.units:
            if unit.id in seen:
                raise ValueError(f"duplicate unit id {unit.id!r}")
            seen.add(unit.id)
        for unit in self.units:
            if unit.parent_id is not None and unit.parent_id not in seen:
                raise ValueError(f"unit {unit.id!r}: unknown parent_id {unit.parent_id!r}")
        return self

    def get(self, unit_id: str) -> UnitEntry | None:
        """The unit with ``unit_id``, or ``None``."""
        return next((u for u in self.units if u.id == unit_id), None)

    def ids(self) -> frozenset[str]:
        return frozenset(u.id for u in self.units)

    def townships(self) -> tuple[UnitEntry, ...]:
        return tuple(u for u in self.units if u.kind is UnitKind.TOWNSHIP)

    def by_name(self) -> dict[str, str]:
        """Map from every name and alias to the unit id (first unit wins on a shared name)."""
        out: dict[str, str] = {}
        for unit in self.units:
            for name in unit.names:
                out.setdefault(name, unit.id)
        return out

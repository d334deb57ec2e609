"""The signed-in user as the rest of the service sees it."""

from __future__ import annotations

from dataclasses import dataclass

from models.enums import Role


@dataclass(frozen=True)
class Principal:
    """Who is asking. ``unit_id`` is set for unit users and scopes every query they make."""

    user_id: int
    username: str
    role: Role
    unit_id: str | None
    csrf_token: str
    via_cookie: bool
    display_name: str | None = None

    @property
    def shown_name(self) -> str:
        """What pages call this user: the person's name when one is recorded, else the login name."""
        return self.display_name or self.username

    @property
    def is_unit(self) -> bool:
        return self.role is Role.UNIT

    def can_see_unit(self, unit_id: str | None, co_units: list[str] | tuple[str, ...] = ()) -> bool:
        """Unit users see only what names their unit (as lead or co-handler); other roles see all."""
        if not self.is_unit:
            return True
        return unit_id == self.unit_id or (self.unit_id in (co_units or ()))

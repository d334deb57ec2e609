"""Units and sources (with health)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from models.db import Source, SourceHealth, Unit
from service.api.deps import CurrentUser, SessionDep, StaffUser
from service.api.schemas import SourcePublic, UnitPublic

router = APIRouter(tags=["directory"])


@router.get("/units")
def read_units(principal: CurrentUser, db: SessionDep) -> list[UnitPublic]:
    return [UnitPublic.model_validate(u) for u in db.scalars(select(Unit).order_by(Unit.id))]


def sources_with_health(db: SessionDep) -> list[SourcePublic]:
    health = {h.source_id: h for h in db.scalars(select(SourceHealth))}
    out = []
    for source in db.scalars(select(Source).order_by(Source.id)):
        row = SourcePublic.model_validate(source)
        h = health.get(source.id)
        if h is not None:
            row = row.model_copy(
                update={
                    "last_success_at": h.last_success_at,
                    "last_error_at": h.last_error_at,
                    "last_error": h.last_error,
                    "consecutive_failures": h.consecutive_failures,
                    "items_last_hour": h.items_last_hour,
                    "last_new_at": h.last_new_at,
                    "quiet_since": h.last_new_at if h.quiet_alerted_at is not None else None,
                }
            )
        out.append(row)
    return out


@router.get("/sources")
def read_sources(principal: StaffUser, db: SessionDep) -> list[SourcePublic]:
    """Configured sources with their health (last success, last error, items in the last hour)."""
    return sources_with_health(db)

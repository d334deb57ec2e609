"""Composes the API routers under ``/api/v1``."""

from __future__ import annotations

from fastapi import APIRouter

from service.api.routes import (
    admin,
    alerts,
    cases,
    directory,
    events,
    incidents,
    items,
    login,
    manual,
    reports,
    review,
    routed,
    stream,
)

api_router = APIRouter()
for module in (login, items, events, alerts, cases, directory, admin, review, reports, manual, stream):
    api_router.include_router(module.router)
for module in (incidents, routed):  # the desk's incident cards; the units' routed 舆情
    api_router.include_router(module.router)

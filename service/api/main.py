"""Composes the API routers under ``/api/v1``."""

from __future__ import annotations

from fastapi import APIRouter

from service.api.routes import (
    admin,
    alerts,
    cases,
    directory,
    events,
    items,
    login,
    manual,
    reports,
    review,
    rules,
    stream,
)

api_router = APIRouter()
for module in (login, items, events, alerts, cases, directory, admin, review, reports, manual, rules, stream):
    api_router.include_router(module.router)

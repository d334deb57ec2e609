"""Composes the API routers under ``/api/v1``."""

from __future__ import annotations

from fastapi import APIRouter

from service.api.responses import SIGNED_IN
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
    rules,
    special_topics,
    stream,
)

api_router = APIRouter()
api_router.include_router(login.router)  # its routes document their own answers (one needs no user)
for module in (
    items,
    events,
    alerts,
    cases,
    directory,
    admin,
    review,
    reports,
    manual,
    rules,
    stream,
    incidents,
    routed,
    special_topics,
):
    api_router.include_router(module.router, responses=SIGNED_IN)

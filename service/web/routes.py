"""Web pages, composed from one router per job (desk, unit inbox, leadership, admin) plus login."""

from __future__ import annotations

from fastapi import APIRouter

from service.web import (
    admin_pages,
    auth_pages,
    brief_pages,
    desk_pages,
    event_pages,
    evidence_pages,
    inbox_pages,
    incident_pages,
    leader_pages,
    routed_pages,
    rules_pages,
    special_pages,
    topic_pages,
)

router = APIRouter(include_in_schema=False)
for module in (auth_pages, desk_pages, brief_pages, inbox_pages, leader_pages, admin_pages, rules_pages):
    router.include_router(module.router)
for module in (incident_pages, routed_pages):  # the desk's incident cards; the units' routed 舆情
    router.include_router(module.router)
router.include_router(topic_pages.router)  # 专题 monitoring
router.include_router(event_pages.router)  # an event's page: 传播路径, trend, words, facts, forms
for module in (evidence_pages, special_pages):  # the pages a brief's evidence links open; the 专报
    router.include_router(module.router)

"""The live feed grouped by incident (``GET /api/v1/stream/alerts?group=event``).

Reads the same ``alerts`` feed entries as the per-alert stream (:mod:`service.api.routes.stream`),
then sends one ``incident`` event per card those alerts belong to, carrying the whole card
(:class:`IncidentPublic` plus what the page needs to draw it), ordered by each card's newest new
alert; the SSE id of an event is the feed offset of that alert, so a reconnecting browser resumes
without gaps (a card may come again, whole).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from models.timeutil import to_local
from service.api.incident_schemas import incident_public
from service.auth.principal import Principal
from service.feed import FeedEntry
from service.levels import level_order
from service.queries.alerts import alerts_by_id
from service.queries.incidents import incidents_of
from service.state import ServiceState
from service.web.render import level_class


def incident_batch(state: ServiceState, principal: Principal, entries: Sequence[FeedEntry]) -> list[dict[str, str]]:
    """One ``incident`` event per card that the entries' alerts (as this user may see them) belong to."""
    offset_of = {e.message.id: e.offset for e in entries}
    with state.sessions() as db:
        found = alerts_by_id(db, principal, list(offset_of))
        alerts = sorted(found.values(), key=lambda a: offset_of[a.id])
        if not alerts:
            return []
        names = state.names.current()
        cards = incidents_of(db, principal, alerts, level_order(state.settings.jurisdiction_dir))
        events = []
        for card, alert in cards:
            data = incident_public(card, names).model_dump(mode="json")
            data["last_local"] = to_local(card.last_at).strftime("%m-%d %H:%M:%S")
            data["level_class"] = level_class(card.level)
            events.append(
                {"event": "incident", "id": str(offset_of[alert.id]), "data": json.dumps(data, ensure_ascii=False)}
            )
        return events

"""What the pages draw of routed 舆情: the unit's list in its workspace (``_routed.html``) and the
desk's open reroute requests (``_reroutes.html``), each built from the same queries and public
shapes as the API."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from sqlalchemy.orm import Session

from service.api.routed_schemas import reroute_public, routed_public
from service.auth.principal import Principal
from service.names import Names
from service.queries.filters import Page
from service.queries.routed import (
    RoutedFilter,
    list_reroute_requests,
    request_targets,
    routed_events,
    routed_items,
    unsigned_count,
)

RoutedView = Literal["events", "items"]


def routed_context(
    db: Session, principal: Principal, unit: str | None, view: RoutedView, now: datetime, names: Names
) -> dict[str, Any]:
    """What ``_routed.html`` draws: the unit's routed events (or items) and its unsigned count."""
    if not unit or (principal.is_unit and unit != principal.unit_id):
        return {"routed": None}
    kind: Literal["event", "item"] = "item" if view == "items" else "event"
    rows, more = (routed_items if kind == "item" else routed_events)(db, principal, unit, RoutedFilter(), now)
    return {
        "routed": [routed_public(r, names) for r in rows],
        "routed_more": more,
        "routed_view": view,
        "routed_unsigned": unsigned_count(db, principal, unit, kind, now),
        "routed_can_act": principal.is_unit,
    }


def reroutes_context(db: Session, principal: Principal, names: Names) -> list[Any]:
    """The open reroute requests for the desk's page (``_reroutes.html``)."""
    rows, _more = list_reroute_requests(db, principal, "open", Page(limit=100))
    targets = request_targets(db, rows)
    return [reroute_public(r, targets.get((r.target_type, r.target_id)), names) for r in rows]

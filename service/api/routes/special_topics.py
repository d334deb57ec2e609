"""专题 (special-topic watches): list, create, read, change, deactivate, and the matching items.

Desk and admin edit; leaders and units read. A unit user's matching items are only its own
(:mod:`service.queries.visibility`). Refused content is a 422 whose message starts with the field
(``关键词：至少填写一个词``); a name already taken is a 409.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service.api.deps import CaseUser, DeskUser, NowDep, SessionDep, StateDep
from service.api.responses import CONFLICT, MISSING, WITH_BODY, errors
from service.api.schemas import ItemPublic, ItemsPublic
from service.api.special_topic_schemas import (
    SpecialTopicCreate,
    SpecialTopicPublic,
    SpecialTopicsPublic,
    SpecialTopicUpdate,
)
from service.api.types import IdPath
from service.queries import special_topics as q
from service.queries.filters import Page
from service.special_topics import (
    create_topic,
    deactivate_topic,
    get_topic,
    list_topics,
    place_names,
    update_topic,
)

router = APIRouter(prefix="/topics", tags=["special topics"])
REFUSED = errors(422)


@router.get("")
def read_topics(principal: CaseUser, db: SessionDep, include_inactive: bool = False) -> SpecialTopicsPublic:
    """Every active 专题 (with ``include_inactive``, the deactivated ones too)."""
    rows = list_topics(db, include_inactive=include_inactive)
    return SpecialTopicsPublic(data=[SpecialTopicPublic.model_validate(r) for r in rows], count=len(rows))


@router.post("", status_code=201, responses={**WITH_BODY, **CONFLICT, **REFUSED})
def add_topic(body: SpecialTopicCreate, principal: DeskUser, db: SessionDep, now: NowDep) -> SpecialTopicPublic:
    """Create a 专题; it is watched at once (no restart)."""
    return SpecialTopicPublic.model_validate(create_topic(db, principal, body.draft(), now))


@router.get("/{topic_id}", responses=MISSING)
def read_topic(topic_id: IdPath, principal: CaseUser, db: SessionDep) -> SpecialTopicPublic:
    return SpecialTopicPublic.model_validate(get_topic(db, topic_id))


@router.patch("/{topic_id}", responses={**WITH_BODY, **MISSING, **CONFLICT, **REFUSED})
def change_topic(
    topic_id: IdPath, body: SpecialTopicUpdate, principal: DeskUser, db: SessionDep, now: NowDep
) -> SpecialTopicPublic:
    """Change a 专题 (fields left out keep their value; ``active`` reactivates or deactivates it)."""
    topic = get_topic(db, topic_id)
    active = topic.active if body.active is None else body.active
    return SpecialTopicPublic.model_validate(update_topic(db, principal, topic, body.draft(topic), now, active=active))


@router.delete("/{topic_id}", responses=MISSING)
def remove_topic(topic_id: IdPath, principal: DeskUser, db: SessionDep, now: NowDep) -> SpecialTopicPublic:
    """Deactivate a 专题 (kept for the record: its page and digest stay reachable)."""
    topic = get_topic(db, topic_id)
    deactivate_topic(db, principal, topic, now)
    return SpecialTopicPublic.model_validate(topic)


@router.get("/{topic_id}/items", responses=MISSING)
def topic_items(
    topic_id: IdPath,
    principal: CaseUser,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    page: Annotated[Page, Query()],
) -> ItemsPublic:
    """The matching items of the 专题's period that this user may see, newest first."""
    topic = get_topic(db, topic_id)
    since, until = q.period(topic, now)
    places = place_names(db, state.settings.jurisdiction_dir, [str(p) for p in topic.places])
    found = q.recent_items(
        db, q.matching(topic, places) + q.scope(principal), since, until, limit=page.limit, offset=page.offset
    )
    return ItemsPublic(
        data=[ItemPublic.model_validate(i) for i in found.items], count=len(found.items), has_more=found.has_more
    )

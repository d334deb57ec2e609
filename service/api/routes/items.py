"""Items: list (filtered, paginated, scoped to the user's unit) and detail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service.api.deps import CurrentUser, SessionDep
from service.api.responses import MISSING
from service.api.schemas import ItemPublic, ItemsPublic
from service.api.types import TextId
from service.queries.filters import ListFilter
from service.queries.items import get_item, list_items

router = APIRouter(prefix="/items", tags=["items"])


@router.get("")
def read_items(
    principal: CurrentUser,
    db: SessionDep,
    f: Annotated[ListFilter, Query()],
) -> ItemsPublic:
    rows, more = list_items(db, principal, f)
    return ItemsPublic(data=[ItemPublic.model_validate(r) for r in rows], count=len(rows), has_more=more)


@router.get("/{item_id}", responses=MISSING)
def read_item(item_id: TextId, principal: CurrentUser, db: SessionDep) -> ItemPublic:
    return ItemPublic.model_validate(get_item(db, principal, item_id))

"""Administration: users (list, create, (de)activate) and read-only YAML configuration."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy import select

from models.db import User
from models.enums import Role
from service.api.deps import AdminUser, NowDep, SessionDep, StateDep
from service.api.schemas import Ack, UserPublic
from service.api.types import IdPath
from service.audit import audit
from service.auth.users import create_user
from service.config_files import CONFIG_FILES, read_config
from service.errors import NotFound

router = APIRouter(prefix="/admin", tags=["admin"])


class UserCreate(BaseModel):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=8, max_length=200)
    role: Role
    unit_id: str | None = Field(default=None, max_length=100)
    display_name: str | None = Field(default=None, max_length=200)


class UserUpdate(BaseModel):
    active: bool


@router.get("/users")
def read_users(principal: AdminUser, db: SessionDep) -> list[UserPublic]:
    return [UserPublic.model_validate(u) for u in db.scalars(select(User).order_by(User.id))]


@router.post("/users")
def add_user(body: UserCreate, principal: AdminUser, db: SessionDep, now: NowDep) -> UserPublic:
    user = create_user(
        db,
        username=body.username,
        password=body.password,
        role=body.role,
        unit_id=body.unit_id,
        now=now,
        actor=principal.username,
        display_name=body.display_name,
    )
    db.commit()
    return UserPublic.model_validate(user)


@router.patch("/users/{user_id}")
def update_user(user_id: IdPath, body: UserUpdate, principal: AdminUser, db: SessionDep, now: NowDep) -> Ack:
    user = db.get(User, user_id)
    if user is None:
        raise NotFound("用户不存在")
    user.active = body.active
    audit(db, principal, "user.update", "user", user.id, now, active=body.active)
    db.commit()
    return Ack()


@router.get("/config")
def list_config(principal: AdminUser) -> dict[str, str]:
    """The configuration files that can be viewed, with their Chinese names."""
    return dict(CONFIG_FILES)


@router.get("/config/{name}")
def view_config(name: str, principal: AdminUser, state: StateDep, db: SessionDep) -> dict[str, Any]:
    return {"name": name, "text": read_config(state.settings.jurisdiction_dir, name, db)}

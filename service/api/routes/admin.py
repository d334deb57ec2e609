"""Administration: users (list, create, (de)activate), login throttles (see, lift) and read-only
YAML configuration."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field, StrictBool
from sqlalchemy import select

from models.db import User
from models.enums import Role
from service.api.deps import AdminUser, NowDep, SessionDep, StateDep
from service.api.responses import CONFLICT, MISSING, WITH_BODY
from service.api.schemas import Ack, ThrottleClear, ThrottlePublic, UserPublic
from service.api.types import TITLE, IdPath, Text
from service.audit import audit
from service.auth import ratelimit
from service.auth.users import create_user, set_display_name, set_password, user_by_id
from service.config_files import CONFIG_FILES, read_config
from service.errors import Conflict, InvalidInput

router = APIRouter(prefix="/admin", tags=["admin"])


ConfigName = Annotated[str, Path(pattern=f"^({'|'.join(CONFIG_FILES)})$")]


class UserCreate(BaseModel):
    """A new account. The password must not be easy to guess (checked by the server: 422 with the
    reason)."""

    username: str = Field(min_length=1, max_length=100, pattern=TITLE)
    password: str = Field(min_length=8, max_length=200)
    role: Role
    unit_id: Text | None = Field(default=None, max_length=100)
    display_name: Text | None = Field(default=None, max_length=200)


class UserUpdate(BaseModel):
    """What to change of an account: its state, the name it is shown by, or both."""

    active: StrictBool | None = None
    display_name: Text | None = Field(default=None, max_length=200)
    """The person's name shown on pages and records; an empty string shows the login name."""


class PasswordReset(BaseModel):
    """A new password for an account (checked for strength like a new account's: 422 with the reason)."""

    password: str = Field(min_length=8, max_length=200)


@router.get("/users")
def read_users(principal: AdminUser, db: SessionDep) -> list[UserPublic]:
    return [UserPublic.model_validate(u) for u in db.scalars(select(User).order_by(User.id))]


@router.post("/users", responses={**WITH_BODY, **CONFLICT})
def add_user(body: UserCreate, principal: AdminUser, db: SessionDep, now: NowDep, state: StateDep) -> UserPublic:
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
    state.names.invalidate()
    return UserPublic.model_validate(user)


@router.patch("/users/{user_id}", responses={**WITH_BODY, **MISSING, **CONFLICT})
def update_user(
    user_id: IdPath, body: UserUpdate, principal: AdminUser, db: SessionDep, now: NowDep, state: StateDep
) -> Ack:
    """(De)activate a user, or set the name it is shown by. An administrator cannot deactivate
    their own account."""
    user = user_by_id(db, user_id)
    if body.active is None and body.display_name is None:
        raise InvalidInput("没有要修改的内容：给出 active 或 display_name")
    if body.active is not None:
        if user.id == principal.user_id and not body.active:
            raise Conflict("不能停用自己的账号")
        user.active = body.active
        audit(db, principal, "user.update", "user", user.id, now, active=body.active)
    if body.display_name is not None:
        set_display_name(db, user, body.display_name, now=now, actor=principal.username)
    db.commit()
    state.names.invalidate()
    return Ack()


@router.post("/users/{user_id}/password", responses={**WITH_BODY, **MISSING, **CONFLICT})
def reset_password(user_id: IdPath, body: PasswordReset, principal: AdminUser, db: SessionDep, now: NowDep) -> Ack:
    """Give another user a new password (forgotten, or leaked): every session and token of that
    user is signed out; audited without the password. Not one's own (409)."""
    user = user_by_id(db, user_id)
    set_password(db, user, body.password, now=now, actor=principal.username, by_user_id=principal.user_id)
    db.commit()
    return Ack()


@router.get("/throttles")
def read_throttles(principal: AdminUser, db: SessionDep, now: NowDep) -> list[ThrottlePublic]:
    """Login failures per (name, client address) in the last 15 minutes, with any wait they impose."""
    return [ThrottlePublic.model_validate(t, from_attributes=True) for t in ratelimit.throttles(db, now)]


@router.post("/throttles/clear", responses=WITH_BODY)
def clear_throttle(body: ThrottleClear, principal: AdminUser, db: SessionDep, now: NowDep) -> Ack:
    """Forget a name's login failures (from one address, or all); audited."""
    cleared = ratelimit.clear(db, body.username, body.client)
    audit(
        db,
        principal,
        "login.throttle.clear",
        "login",
        body.username[:64],
        now,
        username=body.username,
        client=body.client,
        failures=cleared,
    )
    db.commit()
    return Ack(detail={"cleared": cleared})


@router.get("/config")
def list_config(principal: AdminUser) -> dict[str, str]:
    """The configuration files that can be viewed, with their Chinese names."""
    return dict(CONFIG_FILES)


@router.get("/config/{name}", responses=MISSING)
def view_config(name: ConfigName, principal: AdminUser, state: StateDep, db: SessionDep) -> dict[str, Any]:
    return {"name": name, "text": read_config(state.settings.jurisdiction_dir, name, db)}

"""Creating users and checking passwords."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db import AuditRecord, Unit, User
from models.enums import Role
from service.auth.passwords import hash_password, verify_password
from service.auth.strength import strength_message, weakness
from service.errors import Conflict, InvalidInput


def create_user(
    db: Session,
    *,
    username: str,
    password: str,
    role: Role,
    unit_id: str | None,
    now: datetime,
    actor: str = "cli",
    display_name: str | None = None,
) -> User:
    """Add a user (caller commits). Unit users need an existing unit; other roles must not have one.
    A weak password (:mod:`service.auth.strength`) is refused with the reason, in Chinese."""
    username = username.strip()
    if not username or len(username) > 100:
        raise InvalidInput("用户名不能为空，且不超过 100 个字符")
    unit: Unit | None = None
    if role is Role.UNIT:
        if not unit_id:
            raise InvalidInput("责任单位用户必须指定 --unit")
        unit = db.get(Unit, unit_id)
        if unit is None:
            raise InvalidInput(f"单位不存在: {unit_id}")
    elif unit_id:
        raise InvalidInput("只有责任单位用户可以指定单位")
    reason = weakness(password, user_inputs=(username, display_name, unit_id, unit.name if unit else None))
    if reason is not None:
        raise InvalidInput(strength_message(reason))
    if db.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(f"用户已存在: {username}")
    user = User(
        username=username,
        password_hash=hash_password(password),
        role=role.value,
        unit_id=unit_id,
        display_name=display_name,
        active=True,
        created_at=now,
    )
    db.add(user)
    db.flush()
    db.add(
        AuditRecord(
            at=now,
            actor=actor,
            action="user.create",
            target_type="user",
            target_id=str(user.id),
            detail={"username": username, "role": role.value, "unit_id": unit_id},
        )
    )
    return user


def authenticate(db: Session, username: str, password: str) -> User | None:
    """The active user with this name and password, else None (same cost either way)."""
    user = db.scalar(select(User).where(User.username == username))
    if user is None or not user.active:
        verify_password(password, None)
        return None
    return user if verify_password(password, user.password_hash) else None

"""Creating users and checking passwords."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db import AuditRecord, Unit, User
from models.enums import Role
from service.auth.passwords import hash_password, verify_password
from service.auth.sessions import revoke_user_sessions
from service.auth.strength import strength_message, weakness
from service.errors import Conflict, InvalidInput, NotFound
from service.reports.safe_text import plain_text
from yuqing.directory import find_unit, unit_hint


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
        unit = known_unit(db, unit_id)
        unit_id = unit.id
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
        display_name=plain_text(display_name or "").strip() or None,
        active=True,
        created_at=now,
    )
    db.add(user)
    db.flush()
    _audit(db, now, actor, "user.create", user, {"username": username, "role": role.value, "unit_id": unit_id})
    return user


def known_unit(db: Session, given: str) -> Unit:
    """The unit named by id or name; :class:`InvalidInput` naming the closest units otherwise."""
    unit = find_unit(db, given)
    if unit is None:
        hint = unit_hint(db, given)
        raise InvalidInput(f"单位不存在: {given}" + (f"（相近的单位：{hint}）" if hint else "（单位编号或全称）"))
    return unit


def user_by_id(db: Session, user_id: int) -> User:
    """The user with ``user_id``; :class:`NotFound` otherwise."""
    user = db.get(User, user_id)
    if user is None:
        raise NotFound("用户不存在")
    return user


def user_named(db: Session, username: str) -> User:
    """The user with login ``username``; :class:`NotFound` otherwise."""
    user = db.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise NotFound(f"用户不存在: {username}")
    return user


def set_password(
    db: Session, user: User, password: str, *, now: datetime, actor: str, by_user_id: int | None = None
) -> None:
    """Give ``user`` a new password (caller commits): checked for strength like a new account's,
    every session and token of the user revoked, audited (without the password). An administrator
    (``by_user_id``) resets others' passwords, not their own: that would sign them out in the middle
    of their work, and a lost session must not be enough to take over the account."""
    if by_user_id is not None and by_user_id == user.id:
        raise Conflict("不能在此重置自己的密码：请另一位管理员重置，或在服务器上运行 yuqing user set-password")
    reason = weakness(password, user_inputs=(user.username, user.display_name, user.unit_id))
    if reason is not None:
        raise InvalidInput(strength_message(reason))
    user.password_hash = hash_password(password)
    revoke_user_sessions(db, user.id)
    _audit(db, now, actor, "user.password", user, {"username": user.username})


def set_display_name(db: Session, user: User, display_name: str | None, *, now: datetime, actor: str) -> None:
    """Set the name shown for ``user`` on pages and records (empty: the login name); audited."""
    name = plain_text(display_name or "").strip() or None
    if name is not None and len(name) > 200:
        raise InvalidInput("显示名不超过 200 个字符")
    user.display_name = name
    _audit(db, now, actor, "user.update", user, {"display_name": name})


def _audit(db: Session, now: datetime, actor: str, action: str, user: User, detail: dict[str, object]) -> None:
    db.add(AuditRecord(at=now, actor=actor, action=action, target_type="user", target_id=str(user.id), detail=detail))


def authenticate(db: Session, username: str, password: str) -> User | None:
    """The active user with this name and password, else None (same cost either way)."""
    user = db.scalar(select(User).where(User.username == username))
    if user is None or not user.active:
        verify_password(password, None)
        return None
    return user if verify_password(password, user.password_hash) else None

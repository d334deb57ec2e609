"""Administration pages: sources with health, units, users (create, deactivate), login throttles
(see, lift), YAML config views."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from sqlalchemy import select

from models.db import Unit, User
from models.enums import Role
from service.api.deps import NowDep, SessionDep, StateDep
from service.api.routes.directory import sources_with_health
from service.api.types import IdPath
from service.audit import audit
from service.auth import ratelimit
from service.auth.users import create_user, set_display_name, set_password, user_by_id
from service.config_files import CONFIG_FILES, read_config
from service.errors import Conflict, InvalidInput
from service.web.deps import AdminForm, AdminPage
from service.web.desk_pages import back
from service.web.render import page
from yuqing.config_versions import DOCUMENTS

router = APIRouter()


@router.get("/admin")
def admin(request: Request, principal: AdminPage, db: SessionDep, now: NowDep) -> Response:
    return page(
        request,
        "admin.html",
        throttles=ratelimit.throttles(db, now),
        now=now,
        sources=sources_with_health(db),
        units=list(db.scalars(select(Unit).order_by(Unit.id))),
        users=list(db.scalars(select(User).order_by(User.id))),
        roles=list(Role),
        config_files=CONFIG_FILES,
        editable=DOCUMENTS,
    )


@router.get("/admin/config/{name}")
def config(name: str, request: Request, principal: AdminPage, state: StateDep, db: SessionDep) -> Response:
    text = read_config(state.settings.jurisdiction_dir, name, db)
    return page(request, "config.html", name=name, title=CONFIG_FILES[name], text=text)


@router.post("/admin/users")
def add_user(
    principal: AdminForm,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    username: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=200)],
    role: Annotated[str, Form(max_length=20)],
    unit_id: Annotated[str, Form(max_length=100)] = "",
    display_name: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    try:
        parsed = Role(role)
    except ValueError as exc:
        raise InvalidInput("未知角色") from exc
    create_user(
        db,
        username=username,
        password=password,
        role=parsed,
        unit_id=unit_id or None,
        now=now,
        actor=principal.username,
        display_name=display_name,
    )
    db.commit()
    state.names.invalidate()
    return back("/admin", f"已创建用户 {username}")


@router.post("/admin/users/{user_id}/active")
def set_active(
    user_id: IdPath, principal: AdminForm, db: SessionDep, now: NowDep, active: Annotated[str, Form(max_length=5)] = ""
) -> Response:
    user = user_by_id(db, user_id)
    if user.id == principal.user_id and active != "1":
        raise Conflict("不能停用自己的账号")
    user.active = active == "1"
    audit(db, principal, "user.update", "user", user.id, now, active=user.active)
    db.commit()
    return back("/admin", "已更新")


@router.post("/admin/users/{user_id}/password")
def reset_password(
    user_id: IdPath, principal: AdminForm, db: SessionDep, now: NowDep, password: Annotated[str, Form(max_length=200)]
) -> Response:
    user = user_by_id(db, user_id)
    set_password(db, user, password, now=now, actor=principal.username, by_user_id=principal.user_id)
    db.commit()
    return back("/admin", f"已重置 {user.username} 的密码，其登录已全部退出")


@router.post("/admin/users/{user_id}/name")
def set_name(
    user_id: IdPath,
    principal: AdminForm,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    display_name: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    user = user_by_id(db, user_id)
    set_display_name(db, user, display_name, now=now, actor=principal.username)
    db.commit()
    state.names.invalidate()
    return back("/admin", f"{user.username} 的姓名已保存")


@router.post("/admin/throttles/clear")
def clear_throttle(
    principal: AdminForm,
    db: SessionDep,
    now: NowDep,
    username: Annotated[str, Form(min_length=1, max_length=100)],
    client: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    cleared = ratelimit.clear(db, username, client or None)
    audit(
        db,
        principal,
        "login.throttle.clear",
        "login",
        username[:64],
        now,
        username=username,
        client=client or None,
        failures=cleared,
    )
    db.commit()
    return back("/admin", f"已解除 {username} 的登录限制（{cleared} 次失败记录）")

"""Web-page dependencies: the signed-in user (else a redirect to the login page) and form CSRF."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Form, Request

from models.enums import Role
from service.api.deps import OptionalUser, check_csrf
from service.auth.principal import Principal
from service.errors import Forbidden, InvalidInput, NotAuthenticated
from service.web.forms import remember_form


def web_principal(request: Request, principal: OptionalUser) -> Principal:
    if principal is None:
        raise NotAuthenticated("请先登录")
    request.state.principal = principal
    return principal


WebUser = Annotated[Principal, Depends(web_principal)]


def web_roles(*roles: Role) -> Callable[[Principal], Principal]:
    allowed = {*roles, Role.ADMIN}

    def check(principal: WebUser) -> Principal:
        if principal.role not in allowed:
            raise Forbidden("无权访问此页面")
        return principal

    return check


DeskPage = Annotated[Principal, Depends(web_roles(Role.DESK))]
UnitPage = Annotated[Principal, Depends(web_roles(Role.UNIT, Role.DESK, Role.LEADER))]
LeaderPage = Annotated[Principal, Depends(web_roles(Role.LEADER, Role.DESK))]
AdminPage = Annotated[Principal, Depends(web_roles())]
ReporterPage = Annotated[Principal, Depends(web_roles(Role.DESK, Role.UNIT))]
KeywordPage = Annotated[Principal, Depends(web_roles(Role.UNIT))]


async def clean_form(request: Request) -> None:
    """Refuse a form carrying NUL characters (the database cannot hold them) with a clear message."""
    form = await request.form()
    remember_form(request, form)
    if any(isinstance(value, str) and "\x00" in value for _key, value in form.multi_items()):
        raise InvalidInput("表单内容不能包含空字符")


def form_principal(
    principal: WebUser,
    _clean: Annotated[None, Depends(clean_form)],
    csrf_token: Annotated[str, Form(max_length=200)] = "",
) -> Principal:
    """The signed-in user of a form post, after checking the form's CSRF token and its text."""
    check_csrf(principal, csrf_token)
    return principal


FormUser = Annotated[Principal, Depends(form_principal)]


def form_roles(*roles: Role) -> Callable[[Principal], Principal]:
    allowed = {*roles, Role.ADMIN}

    def check(principal: FormUser) -> Principal:
        if principal.role not in allowed:
            raise Forbidden("无权执行此操作")
        return principal

    return check


DeskForm = Annotated[Principal, Depends(form_roles(Role.DESK))]
CaseForm = Annotated[Principal, Depends(form_roles(Role.DESK, Role.UNIT))]
AdminForm = Annotated[Principal, Depends(form_roles())]
ReporterForm = Annotated[Principal, Depends(form_roles(Role.DESK, Role.UNIT))]
KeywordForm = Annotated[Principal, Depends(form_roles(Role.UNIT))]

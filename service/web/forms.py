"""How every web form answers a refusal: the page the form is on, drawn again, with what the person
typed kept and a plain Chinese message next to the field it is about.

A form post that the service refuses (a :class:`~service.errors.ServiceError` from a page handler or
a stage, or a request that fails validation) is answered by :func:`web_error`: it draws the page
the form was posted from again (the form's hidden ``_page`` field, else the ``Referer``; a GET of
that page for the same user), finds the posted form on it (its ``action`` and hidden fields), puts
the posted values back into its fields and the message next to the field it names (or at the top of
the form, or of the page when the form is no longer offered there, e.g. 签收 on a case signed
meanwhile), and answers with the error's status. Only when there is no such page is the message shown
on the error page, with a link back. A refused GET (a bad query parameter) shows the error page with
the message in Chinese and a link back, never the API's JSON.

Validation errors become Chinese by :func:`validation_problems` (field labels in :data:`LABELS`).
The API (``/api/...``) keeps its JSON error shape; this module is for the web pages only.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import lxml.html
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from lxml.html import HtmlElement
from pydantic import ValidationError
from starlette.datastructures import FormData
from starlette.types import Message

from service.api.types import NO_NUL, TITLE
from service.errors import InvalidInput, NotAuthenticated, ServiceError

log = logging.getLogger(__name__)

PAGE_FIELD = "_page"
"""The hidden field a redrawn page's forms carry: the page to draw again after a refusal."""
_SKIP = frozenset({"csrf_token", PAGE_FIELD})

LABELS: Mapping[str, str] = {
    "title": "标题",
    "text": "内容",
    "url": "链接",
    "region": "地点",
    "at": "办理时间",
    "occurred_at": "发生时间",
    "held_at": "召开时间",
    "reason": "理由",
    "place": "地点",
    "speaker": "发布人",
    "result": "办理结果",
    "content": "内容摘要",
    "to_unit": "转至单位",
    "grade": "等级",
    "kind": "操作",
    "note": "说明",
    "topic": "领域",
    "lead_unit": "牵头单位",
    "co_units": "协办单位",
    "sources": "事件编号",
    "item_ids": "条目",
    "name": "名称",
    "keywords": "关键词",
    "exclude": "排除词",
    "since": "开始时间",
    "until": "结束时间",
    "start": "开始日期",
    "end": "结束日期",
    "day": "日期",
    "date": "日期",
    "period": "周期",
    "limit": "每页条数",
    "offset": "起始位置",
    "q": "关键词",
    "status": "状态",
    "unit": "单位",
    "username": "用户名",
    "password": "密码",
    "role": "角色",
    "upto": "时间",
    "span": "时间范围",
    "csrf_token": "页面令牌",
}
"""Form fields and query parameters as people call them."""

_URL_ERRORS = frozenset({"url_parsing", "url_scheme", "url_type", "url_syntax_violation"})
_TIME_WORDS = re.compile(r"time|datetime", re.I)


def _field(loc: Sequence[Any]) -> str | None:
    parts = [str(p) for p in loc if not isinstance(p, int)]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie", "form"):
        parts = parts[1:]
    return parts[0] if parts else None


def _message(field: str | None, error: Mapping[str, Any]) -> str:
    """One pydantic error in Chinese."""
    name = LABELS.get(field or "", "此项") if field else "表单"
    kind = str(error.get("type", ""))
    ctx: Mapping[str, Any] = error.get("ctx") or {}
    if field == "csrf_token":
        return "页面已过期，请刷新页面后重试"
    if kind == "missing":
        return f"{name}不能为空"
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if pattern == TITLE:
            return f"{name}不能为空"
        if pattern == NO_NUL:
            return f"{name}不能包含空字符"
        return f"{name}格式不对"
    if kind == "string_too_short":
        return f"{name}不能为空" if ctx.get("min_length", 1) <= 1 else f"{name}至少 {ctx['min_length']} 个字"
    if kind in ("string_too_long", "too_long"):
        return f"{name}不能超过 {ctx.get('max_length', '')} 个字"
    if kind in _URL_ERRORS or (field == "url" and kind.startswith("url")):
        if kind == "url_too_long":
            return f"{name}太长"
        return f"{name}须以 http:// 或 https:// 开头"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"{name}应为整数"
    if kind in ("greater_than_equal", "greater_than"):
        return f"{name}不能小于 {ctx.get('ge', ctx.get('gt', ''))}"
    if kind in ("less_than_equal", "less_than"):
        return f"{name}不能大于 {ctx.get('le', ctx.get('lt', ''))}"
    if kind in ("enum", "literal_error"):
        return f"{name}的取值无效"
    if kind.startswith("date") and not kind.startswith("datetime"):
        return f"{name}应为日期（如 2025-03-01）"
    if kind.startswith("datetime") or kind.startswith("timezone"):
        return f"{name}应为日期时间（如 2025-03-01T08:00）"
    if kind == "value_error":
        text = str(ctx.get("error", error.get("msg", "")))
        if re.search(r"[\u4e00-\u9fff]", text):
            return text.removeprefix("Value error, ")
        if "date" in text and "time" not in text:
            return f"{name}应为日期（如 2025-03-01）"
        if _TIME_WORDS.search(text):
            return f"{name}应为日期时间（如 2025-03-01T08:00）"
    if kind.startswith("bool"):
        return f"{name}应为是或否"
    return f"{name}填写有误"


def validation_problems(errors: Iterable[Mapping[str, Any]]) -> tuple[tuple[str | None, str], ...]:
    """``(field, Chinese message)`` of pydantic's errors, one per field."""
    out: dict[str | None, str] = {}
    for error in errors:
        field = _field(error.get("loc", ()))
        out.setdefault(field, _message(field, error))
    return tuple(out.items())


def invalid_form(exc: ValidationError) -> InvalidInput:
    """A form refused by a request model, as :class:`InvalidInput` with every field's message."""
    problems = validation_problems(exc.errors())
    return InvalidInput(field=problems[0][0] if problems else None, problems=problems)


def problems_of(exc: ServiceError) -> tuple[tuple[str | None, str], ...]:
    found: tuple[tuple[str | None, str], ...] = getattr(exc, "problems", ())
    if found and not (len(found) == 1 and found[0][0] is None and exc.field):
        return found
    return ((exc.field, str(exc)),)


def remember_form(request: Request, form: FormData) -> None:
    """Keep a form post's text fields for :func:`web_error` (called by every form's dependency)."""
    request.state.posted = [(k, v) for k, v in form.multi_items() if isinstance(v, str)]


def _posted(request: Request) -> list[tuple[str, str]]:
    found = getattr(request.state, "posted", None)
    return list(found) if isinstance(found, list) else []


def _origin(request: Request, posted: list[tuple[str, str]]) -> str | None:
    """The page (path and query) the form was posted from: its ``_page`` field, else the Referer."""
    page = dict(posted).get(PAGE_FIELD) or ""
    if not page:
        referer = request.headers.get("referer", "")
        parts = urlsplit(referer)
        if parts.netloc and parts.netloc != request.headers.get("host", ""):
            return None
        page = parts.path + (f"?{parts.query}" if parts.query else "")
    if not page.startswith("/") or page.startswith("//") or page.startswith("/api/"):
        return None
    path, _, query = page.partition("?")
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "msg"]
    return path + (f"?{urlencode(kept)}" if kept else "")


async def _draw(request: Request, page: str) -> str | None:
    """The HTML of ``page`` as this user sees it now (None unless it answers 200 with HTML)."""
    path, _, query = page.partition("?")
    headers = [(k, v) for k, v in request.scope["headers"] if k.lower() not in (b"content-type", b"content-length")]
    scope = {
        **request.scope,
        "method": "GET",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "headers": headers,
        "state": {},
    }
    scope.pop("route", None)
    scope.pop("endpoint", None)
    status = 0
    content_type = b""
    body: list[bytes] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status, content_type
        if message["type"] == "http.response.start":
            status = int(message["status"])
            content_type = dict(message.get("headers", [])).get(b"content-type", b"")
        elif message["type"] == "http.response.body":
            body.append(message.get("body", b""))

    try:
        await request.app(scope, receive, send)
    except Exception:  # the page itself fails: the error page shows the message instead
        log.exception("redrawing %s after a refused form failed", path)
        return None
    if status != 200 or not content_type.startswith(b"text/html"):
        return None
    return b"".join(body).decode("utf-8")


def _controls(form: HtmlElement) -> list[HtmlElement]:
    return [el for el in form.iter("input", "select", "textarea") if el.get("name")]


def _score(form: HtmlElement, posted: list[tuple[str, str]]) -> int:
    """How well ``form`` fits the posted fields (-1: it cannot be the form that was posted)."""
    values: dict[str, list[str]] = {}
    for key, value in posted:
        values.setdefault(key, []).append(value)
    names = set()
    for el in _controls(form):
        name = el.get("name") or ""
        names.add(name)
        if name in _SKIP or name not in values:
            continue
        if el.tag == "input" and (el.get("type") or "").lower() == "hidden" and el.get("value", "") not in values[name]:
            return -1
        if el.tag == "select" and el.get("multiple") is None:
            options = {o.get("value", o.text_content()) for o in el.iter("option")}
            if not set(values[name]) <= options:
                return -1
    return len(names & (set(values) - _SKIP))


def _fill(form: HtmlElement, posted: list[tuple[str, str]]) -> None:
    values: dict[str, list[str]] = {}
    for key, value in posted:
        values.setdefault(key, []).append(value)
    used: dict[str, int] = {}
    for el in _controls(form):
        name = el.get("name") or ""
        if name in _SKIP or name not in values:
            continue
        kind = (el.get("type") or "text").lower()
        if el.tag == "input":
            if kind in ("hidden", "password", "file", "submit", "button", "image", "reset"):
                continue
            if kind in ("checkbox", "radio"):
                if el.get("value", "on") in values[name]:
                    el.set("checked", "checked")
                elif el.get("checked") is not None:
                    del el.attrib["checked"]
                continue
            index = used.get(name, 0)
            used[name] = index + 1
            el.set("value", values[name][index] if index < len(values[name]) else "")
        elif el.tag == "textarea":
            el.text = values[name][0]
        elif el.tag == "select":
            for option in el.iter("option"):
                if option.get("value", option.text_content()) in values[name]:
                    option.set("selected", "selected")
                elif option.get("selected") is not None:
                    del option.attrib["selected"]


def _note(field: str | None, message: str) -> HtmlElement:
    note: HtmlElement = lxml.html.Element("p")
    note.set("class", "error field-error")
    note.set("role", "alert")
    if field:
        note.set("data-field", field)
    note.text = message
    return note


def _at_top(container: HtmlElement, note: HtmlElement) -> None:
    """``note`` as the first thing of ``container`` after its heading."""
    children = list(container)
    position = 0
    while position < len(children) and (
        children[position].tag in ("h1", "h2", "h3") or children[position].get("type") == "hidden"
    ):
        position += 1
    container.insert(position, note)


def _place(form: HtmlElement, field: str | None, message: str) -> None:
    note = _note(field, message)
    control = next((el for el in _controls(form) if field and el.get("name") == field), None)
    if control is None or (control.get("type") or "").lower() == "hidden":
        _at_top(form, note)
        return
    control.set("aria-invalid", "true")
    anchor = next((a for a in control.iterancestors() if a.tag == "label"), control)
    anchor.addnext(note)
    if anchor.tail:
        note.tail, anchor.tail = anchor.tail, None


def redraw(
    html: str, action: str, posted: list[tuple[str, str]], problems: Sequence[tuple[str | None, str]], page: str
) -> str:
    """``html`` with the form posted to ``action`` filled with ``posted`` and ``problems`` shown."""
    doc = lxml.html.document_fromstring(html)
    forms = [f for f in doc.iter("form") if (f.get("method") or "get").lower() == "post"]
    for form in forms:
        if not any(el.get("name") == PAGE_FIELD for el in _controls(form)):
            hidden = lxml.html.Element("input")
            hidden.set("type", "hidden")
            hidden.set("name", PAGE_FIELD)
            hidden.set("value", page)
            form.insert(0, hidden)
    candidates = [(f, _score(f, posted)) for f in forms if urlsplit(f.get("action") or "").path == action]
    candidates = [(f, s) for f, s in candidates if s >= 0]
    target = max(candidates, key=lambda pair: pair[1])[0] if candidates else None
    if target is not None:
        _fill(target, posted)
        for field, message in problems:
            _place(target, field, message)
    else:
        main = next(doc.iter("main"), None)
        for field, message in reversed(problems):
            _at_top(main if main is not None else doc.body, _note(field, message))
    return "<!doctype html>\n" + str(lxml.html.tostring(doc, encoding="unicode"))


async def web_error(request: Request, exc: ServiceError) -> Response:
    """The web pages' answer to a refused request (see the module's description)."""
    from service.web.render import error_page

    if isinstance(exc, NotAuthenticated) and request.method == "GET":
        return RedirectResponse("/login", status_code=303)
    problems = problems_of(exc)
    posted = _posted(request)
    if request.method == "POST" and posted:
        origin = _origin(request, posted)
        html = await _draw(request, origin) if origin else None
        if html is not None and origin is not None:
            try:
                text = redraw(html, request.url.path, posted, problems, origin)
            except (ValueError, lxml.etree.ParserError):
                log.exception("could not mark the refused form on %s", origin)
            else:
                return HTMLResponse(text, status_code=exc.status_code)
    return error_page(request, exc, back=_back(request))


def _back(request: Request) -> str | None:
    """Where 返回上一页 leads: the referring page of this site, if any."""
    parts = urlsplit(request.headers.get("referer", ""))
    if parts.netloc and parts.netloc != request.headers.get("host", ""):
        return None
    path = parts.path
    if not path.startswith("/") or path.startswith("//") or path.startswith("/api/"):
        return None
    back = path + (f"?{parts.query}" if parts.query else "")
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return None if back == here else back

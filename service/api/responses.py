"""The error answers of the API, documented once and attached to routers and routes (``responses=``).

Every error the API gives on purpose has the body ``{"detail": "<message for people>"}``
(:class:`ErrorPublic`). A 422 is either that (the request is well formed but its content is refused:
an unknown unit, a weak password, an action the case's state does not allow) or, when the request
does not match the schema, FastAPI's list of issues, one per field (:class:`ValidationErrorPublic`).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel


class ErrorPublic(BaseModel):
    """An error, with a message for people (in Chinese)."""

    detail: str


class ValidationIssue(BaseModel):
    """One field that does not match the schema."""

    type: str
    loc: list[str | int]
    msg: str
    input: Any = None
    ctx: dict[str, Any] | None = None


class ValidationErrorPublic(BaseModel):
    """422: the request's content is refused (a message) or its shape is wrong (a list of issues)."""

    detail: str | list[ValidationIssue]


DESCRIPTIONS = {
    400: "请求体无法解析",
    401: "未登录，或令牌已失效",
    403: "无权执行：角色不符，或基于 Cookie 的修改缺少 CSRF 令牌",
    404: "对象不存在，或当前用户无权查看",
    409: "与当前状态冲突（如事件已有在办案件、用户名已存在）",
    422: "请求不合要求：字段不符合接口定义（问题列表），或内容被拒绝（说明文字）",
    429: "该账号在当前地址登录失败次数过多；Retry-After 给出需要等待的秒数",
    503: "所需的部件暂不可用（消息队列、数据库或处理阶段）",
}
RETRY_AFTER = {"Retry-After": {"description": "需要等待的秒数", "schema": {"type": "integer"}}}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entries for these status codes."""
    out: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        entry: dict[str, Any] = {
            "model": ValidationErrorPublic if code == 422 else ErrorPublic,
            "description": DESCRIPTIONS[code],
        }
        if code == 429:
            entry["headers"] = RETRY_AFTER
        out[code] = entry
    return out


SIGNED_IN = errors(401, 403, 422)
"""Every route that needs a signed-in user."""
WITH_BODY = errors(400)
"""Routes that read a JSON body."""
MISSING = errors(404)
"""Routes naming an object in their path."""
CONFLICT = errors(409)
"""Changes the current state may refuse."""
STAGE = errors(503)
"""Changes carried out by another stage's code (refused while it is not installed or reachable)."""


def binary(*media_types: str, description: str) -> dict[int | str, dict[str, Any]]:
    """A 200 answer that is a file of one of ``media_types``."""
    return {
        200: {
            "description": description,
            "content": {m: {"schema": {"type": "string", "format": "binary"}} for m in media_types},
        }
    }


_NOT_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff/\\:*?"<>|]')


def attachment(name: str, fallback: str) -> dict[str, str]:
    """The ``content-disposition`` of a download saved as ``name`` (Chinese, RFC 6266's ``filename*``),
    with an ASCII ``fallback`` for clients that read only ``filename``.

    ``name`` may carry untrusted text (a 专题's name): control characters, path separators and the
    characters Windows refuses in file names become ``_``, and every other character is
    percent-encoded, so the name saves as one plain file name on any system."""
    safe = _NOT_IN_FILE_NAMES.sub("_", name)
    return {"content-disposition": f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(safe, safe='')}"}

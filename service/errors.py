"""Exceptions of the web service, translated to HTTP responses at the boundary (``service.app``).

YuqingError
└── ServiceError             base of everything the service raises on purpose
    ├── NotFound             404: no such object, or not visible to this user      (yuqing.errors.NotFound)
    ├── Forbidden            403: role or unit may not do this
    ├── NotAuthenticated     401: no valid session or token
    ├── CsrfError            403: cookie-authenticated change without the CSRF token
    ├── RateLimited          429: too many login attempts
    ├── InvalidInput         422: a request that is well-formed but not acceptable  (yuqing.errors.Invalid)
    ├── Conflict             409: the change contradicts the current state          (yuqing.errors.Conflict)
    └── PartUnavailable      503: a stage this feature needs is not reachable

A stage's exception reaches the service through a port (:mod:`models.ports`) and is translated by
its family in :mod:`yuqing.errors` (:func:`service.operations.translate`), never by its name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from yuqing import errors
from yuqing.errors import YuqingError


class ServiceError(YuqingError):
    """``field`` names the form field (or request parameter) the message is about, when there is one:
    a web form shows the message next to that field (:mod:`service.web.forms`)."""

    status_code = 500

    def __init__(self, message: str = "", *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(ServiceError, errors.NotFound):
    status_code = 404


class Forbidden(ServiceError):
    status_code = 403


class NotAuthenticated(ServiceError):
    status_code = 401


class CsrfError(ServiceError):
    status_code = 403


class RateLimited(ServiceError):
    status_code = 429

    def __init__(self, message: str, retry_after_s: int | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        """Seconds until a retry may succeed (the ``Retry-After`` header)."""


class InvalidInput(ServiceError, errors.Invalid):
    """``problems`` lists every ``(field, message)`` of a refused form (the first is the message)."""

    status_code = 422

    def __init__(
        self, message: str = "", *, field: str | None = None, problems: tuple[tuple[str | None, str], ...] = ()
    ) -> None:
        super().__init__(message or "；".join(text for _f, text in problems), field=field)
        self.problems = problems or ((field, self.args[0] if self.args else ""),)


class Conflict(ServiceError, errors.Conflict):
    status_code = 409


class PartUnavailable(ServiceError):
    status_code = 503


_ACTION_FIELDS = {
    "url": "链接",
    "channel": "渠道",
    "reason": "理由",
    "to_unit": "转至单位",
    "held_at": "时间",
    "place": "地点",
    "speaker": "发布人",
    "result": "办理结果",
    "grade": "等级",
    "occurred_at": "发生时间",
    "co_units": "协办单位",
    "content or url": "内容摘要或链接",
}


def _missing(m: re.Match[str]) -> tuple[str, str | None]:
    keys = [k.strip() for k in m["keys"].split(",")]
    field = "content" if keys[0] == "content or url" else keys[0]
    return f"{m['kind']}需要填写：{'、'.join(_ACTION_FIELDS.get(k, k) for k in keys)}", field


_STAGE_MESSAGES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[str, str | None]]], ...] = (
    (re.compile(r"cannot 签收 a case that is (已签收|办理中)"), lambda m: ("该案件已签收", None)),
    (
        re.compile(r"cannot (?P<kind>\S+) a case that is (?P<status>\S+)"),
        lambda m: (f"案件{m['status']}，不能{m['kind']}", None),
    ),
    (re.compile(r"an action cannot be recorded in the future"), lambda m: ("办理时间不能晚于现在", "at")),
    (re.compile(r"an action cannot be earlier than the dispatch"), lambda m: ("办理时间不能早于派单时间", "at")),
    (re.compile(r"occurrence time is in the future"), lambda m: ("发生时间不能晚于现在", "occurred_at")),
    (
        re.compile(r"event \d+ already has open case #(?P<case>\d+)"),
        lambda m: (f"该事件已有未办结的案件（案件 {m['case']}），请在案件页转派", None),
    ),
    (re.compile(r"event \d+ does not exist"), lambda m: ("事件不存在", None)),
    (re.compile(r"case \d+ does not exist"), lambda m: ("案件不存在", None)),
    (re.compile(r"首次发布 already recorded"), lambda m: ("已记录过首次发布：请记录持续发布，或更正首次发布", "kind")),
    (re.compile(r"the case is already with that unit"), lambda m: ("案件已由该单位办理", "to_unit")),
    (re.compile(r"the lead unit cannot also be a co-handler"), lambda m: ("牵头单位不能同时是协办单位", "co_units")),
    (re.compile(r"(?P<kind>\S+)需要填写: (?P<keys>.+)"), _missing),
    (re.compile(r"unknown action"), lambda m: ("未知的操作", "kind")),
    (re.compile(r"(held_at|occurred_at): not a date and time"), lambda m: ("时间格式不对", m[1])),
)
"""The response tracker's refusals as people read them, with the form field each is about."""


def in_chinese(exc: ServiceError) -> ServiceError:
    """``exc`` (translated from a stage's refusal) with its message in Chinese and its field named.

    The stages write their refusals for logs and developers; the service shows them to people. A
    message without a known form is returned unchanged."""
    text = str(exc)
    for pattern, say in _STAGE_MESSAGES:
        found = pattern.search(text)
        if found:
            message, field = say(found)
            kind = type(exc) if type(exc) in (NotFound, Conflict, InvalidInput) else InvalidInput
            out = kind(message, field=field)
            out.__cause__ = exc.__cause__ or exc
            return out
    return exc

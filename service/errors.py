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

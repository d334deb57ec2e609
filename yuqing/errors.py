"""The base of every exception tree, and the exceptions of the infrastructure layer.

    YuqingError
    ├── NotFound               the named object does not exist (or the caller may not see it)
    ├── Conflict               the change contradicts the object's current state
    ├── Invalid                the request is well-formed but not acceptable (bad or missing details)
    ├── ConfigError            invalid settings or YAML (permanent; message says where)
    ├── BrokerError            the managed Kafka broker could not be set up or started
    │   └── MissingToolError   Java or Maven is not installed
    └── BusError               producing to or consuming from Kafka failed
        └── RetryableError     a transient failure (broker or database away): retry, do not commit

Stage packages define their own trees under :class:`YuqingError`. An exception a stage raises
about a caller's request also derives from one of :class:`NotFound`, :class:`Conflict` or
:class:`Invalid` (e.g. ``class CaseNotFound(TrackerError, NotFound)``), so a boundary (the web
service's HTTP answers) translates it by type, never by its name. When an exception is both, the
boundary checks :class:`NotFound`, then :class:`Conflict`, then :class:`Invalid`.
"""

from __future__ import annotations


class YuqingError(Exception):
    """Base of every error this product raises on purpose."""


class RequestError(YuqingError):
    """A refusal of a caller's request. Its message is for the person who made the request (in
    Chinese, as the product's users read it); ``field`` names the detail it is about, if one, so a
    form can show the message next to that field."""

    def __init__(self, message: str = "", *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(RequestError):
    """The object a request names does not exist (or is not visible to the caller)."""


class Conflict(RequestError):
    """The request is valid in itself but contradicts the object's current state."""


class Invalid(RequestError):
    """The request is well-formed but not acceptable: a bad or missing detail, an unknown kind."""


class ConfigError(YuqingError):
    """Settings or a configuration file are invalid. The message names the file, line and field."""


class BrokerError(YuqingError):
    """The managed Kafka broker could not be fetched, formatted, started or stopped."""


class MissingToolError(BrokerError):
    """A tool the managed broker needs (Java, Maven) is missing; the message says what to install."""


class BusError(YuqingError):
    """Producing to or consuming from Kafka failed permanently."""


class RetryableError(BusError):
    """A transient failure (the broker or the database is unreachable). Retry; never commit past it."""

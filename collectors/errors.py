"""Exceptions of the collectors.

    YuqingError
    └── CollectorError               anything a collector raises on purpose
        ├── SourceConfigError        sources.yaml or a source's settings are invalid (permanent)
        ├── FetchError               the source could not be fetched
        │   ├── TransientFetchError  timeout, connection refused, 5xx, 429: retried with back-off
        │   └── PermanentFetchError  4xx, redirect loop, body too large: not retried this poll
        │       └── BodyTooLargeError
        ├── ParseError               the body is not a feed / page / JSON document we can read
        │   └── ScriptDrawnError     the page's text is only in its scripts' data (正文由脚本加载)
        ├── Stopped                  the process is shutting down; the poll was abandoned (not a failure)
        ├── PublishError             Kafka or the dedupe store refused the items (retry next poll)
        └── InvalidReport            a manual report (人工报送) the collectors refuse (yuqing.errors.Invalid)

Third-party exceptions (httpx, feedparser, SQLAlchemy, kafka) are translated at the boundary.
"""

from __future__ import annotations

from yuqing.errors import Invalid, YuqingError


class CollectorError(YuqingError):
    """Base of every error the collectors raise on purpose."""


class SourceConfigError(CollectorError):
    """A source definition is invalid."""


class FetchError(CollectorError):
    """Fetching a source's URL failed."""


class TransientFetchError(FetchError):
    """A failure worth retrying: timeout, connection error, HTTP 5xx or 429."""


class PermanentFetchError(FetchError):
    """A failure retrying will not fix this poll: HTTP 4xx, redirect loop, oversize body."""


class BodyTooLargeError(PermanentFetchError):
    """The response body exceeded the configured maximum; it was not read to the end."""


class ParseError(CollectorError):
    """The body could not be parsed as the source's format."""


class ScriptDrawnError(ParseError):
    """A page whose article text only its scripts hold, in a form that cannot be read as one text:
    neither an article nor a list of the links its HTML shows (a sidebar's)."""


class Stopped(CollectorError):
    """The collector is stopping: a poll in flight was abandoned. Not the source's fault."""


class PublishError(CollectorError):
    """Publishing to Kafka or recording dedupe state failed; nothing was marked as done."""


class InvalidReport(CollectorError, Invalid):
    """A manual report is refused; the message lists each field and its problem."""

"""Exceptions of the alerting stage.

YuqingError
└── AlertingError
    ├── AlertingConfigError   alert_rules / levels / escalation / channels YAML inconsistent
    ├── ChannelError          a channel could not deliver (after its retries); permanent for this send
    │   └── ChannelTimeout    the receiver did not answer in time
    ├── NotDelivered          no channel delivered another stage's message (it stays due; retried)
    ├── EventNotFound         merge/split named an event that does not exist or is merged away (NotFound)
    ├── AlertNotFound         acknowledge named an alert that does not exist (NotFound)
    └── InvalidGrouping       a merge or split that cannot be done as asked (Invalid)
"""

from __future__ import annotations

from yuqing.errors import ConfigError, Invalid, NotFound, YuqingError


class AlertingError(YuqingError):
    """Base of every error the alerting stage raises on purpose."""


class AlertingConfigError(AlertingError, ConfigError):
    """The alerting configuration files are individually valid but inconsistent (unknown level, ...)."""


class ChannelError(AlertingError):
    """A notification channel failed to deliver; ``retryable`` says whether trying again may help."""

    def __init__(self, message: str, *, retryable: bool = True) -> None:
        super().__init__(message)
        self.retryable = retryable


class ChannelTimeout(ChannelError):
    """The receiver did not answer within the channel's timeout."""


class NotDelivered(AlertingError):
    """No channel delivered a message another stage raised (a deadline notice): the caller rolls its
    marks back and tries again."""


class EventNotFound(AlertingError, NotFound):
    """A merge or split named an event that does not exist (or was already merged into another)."""


class AlertNotFound(AlertingError, NotFound):
    """An acknowledgement named an alert that does not exist."""


class InvalidGrouping(AlertingError, Invalid):
    """A merge or split that cannot be done as asked: no other event to merge, items that are not in
    the event, or a split that would leave the event empty."""

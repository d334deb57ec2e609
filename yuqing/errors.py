"""Exceptions of the infrastructure layer.

    YuqingError
    ├── ConfigError            invalid settings or YAML (permanent; message says where)
    ├── BrokerError            the managed Kafka broker could not be set up or started
    │   └── MissingToolError   Java or Maven is not installed
    └── BusError               producing to or consuming from Kafka failed
        └── RetryableError     a transient failure (broker or database away): retry, do not commit

Stage packages define their own trees under :class:`YuqingError`.
"""

from __future__ import annotations


class YuqingError(Exception):
    """Base of every error this product raises on purpose."""


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

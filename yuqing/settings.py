"""Typed settings (environment prefix ``YUQING_``).

Built by :func:`load_settings` in each process's composition root, never at import time.
"""

from __future__ import annotations

import ipaddress
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from yuqing.errors import ConfigError

PLACEHOLDER_SECRETS = frozenset({"", "changethis", "change-me", "development-only-secret"})
EXAMPLE_JURISDICTION = Path(__file__).resolve().parent / "examples" / "jiangshan"


def _default_data_dir() -> Path:
    return Path.home() / ".local" / "share" / "yuqing"


def _default_cache_dir() -> Path:
    return Path.home() / ".cache" / "yuqing"


class Environment(StrEnum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"


class Settings(BaseSettings):
    """Every setting of every process. Paths default to per-user directories outside the repo."""

    model_config = SettingsConfigDict(env_prefix="YUQING_", env_file=None, extra="ignore")

    environment: Environment = Environment.DEVELOPMENT
    data_dir: Path = Field(default_factory=_default_data_dir)
    """Where the embedded database, the managed broker's log dirs and collector state live."""
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    """Where downloaded Kafka jars are cached."""

    database_url: str | None = None
    """SQLAlchemy URL; default is SQLite in ``data_dir``. PostgreSQL: ``postgresql+psycopg://...``."""

    kafka_bootstrap: str | None = None
    """An existing Kafka cluster (``host:port,...``). Unset: the project starts its own broker."""
    kafka_port: int = 19092
    """Port of the managed broker (its controller listens on ``kafka_port + 1``)."""
    kafka_topic_prefix: str = ""
    kafka_heap: str = "512m"

    jurisdiction_dir: Path = EXAMPLE_JURISDICTION
    """Folder with units.yaml, sources.yaml, routing.yaml, policies.yaml, alert_rules.yaml ..."""
    model_dir: Path | None = None
    """The classifier artifact to serve; default: the jurisdiction's shipped model."""

    http_host: str = "127.0.0.1"
    http_port: int = 8000
    demo_port: int = 8765
    """Port of the built-in demo site (``yuqing demo-site``) that ``yuqing run`` serves for offline demos."""
    secret_key: SecretStr = SecretStr("development-only-secret")
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)
    """Addresses or networks (``10.0.0.5,10.1.0.0/16``) of reverse proxies in front of ``yuqing serve``.
    Only a request arriving from one of them has its ``X-Forwarded-For`` (the client address, used by
    the login throttle and the audit) and ``X-Forwarded-Proto`` believed. Empty: headers ignored."""
    cookie_secure: bool | None = None
    """``Secure`` on the session cookie: unset follows the request (https directly, or as a trusted
    proxy says); ``true`` always (TLS terminated by a proxy that does not send X-Forwarded-Proto)."""
    public_url: str | None = None
    """The web UI's address as people open it (``https://yuqing.example.gov.cn``), for the links in
    briefs. Unset: a brief downloaded from the web UI links to the address it was downloaded from,
    and a scheduled brief (``yuqing brief``, the morning job) carries relative links and says so."""
    log_level: str = "INFO"
    log_json: bool = False

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _proxy_addresses(cls, value: list[str]) -> list[str]:
        for entry in value:
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError:
                raise ValueError(
                    f"{entry!r} is not an IP address or network (trusting every sender, '*', is refused: "
                    "anyone could then forge their address)"
                ) from None
        return value

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        if self.environment is Environment.PRODUCTION and (
            self.secret_key.get_secret_value() in PLACEHOLDER_SECRETS or len(self.secret_key.get_secret_value()) < 32
        ):
            raise ValueError("YUQING_SECRET_KEY must be set to a random value of 32+ characters in production")
        return self

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'yuqing.db'}"

    @property
    def managed_kafka(self) -> bool:
        """True when the project runs its own broker (no external cluster configured)."""
        return not self.kafka_bootstrap

    @property
    def bootstrap_servers(self) -> str:
        return self.kafka_bootstrap or f"127.0.0.1:{self.kafka_port}"


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment (plus ``overrides``); raise :class:`ConfigError` if invalid."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(
            f"YUQING_{'_'.join(str(p) for p in e['loc']).upper() or 'SETTINGS'}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"invalid settings: {problems}") from exc

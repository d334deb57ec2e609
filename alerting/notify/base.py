"""What every channel receives, the interface it implements, and what every channel type declares.

A channel type is a :class:`ChannelType`: its configuration model (a :class:`ChannelSettings` with a
``type`` literal, one per type, so ``channels.yaml`` is validated per type) and the factory that
builds the channel from it. Each type is defined in its own module; the registry of types is
:data:`alerting.notify.channels.CHANNEL_TYPES`.
"""

from __future__ import annotations

import logging
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from models.ports import Publisher
from models.timeutil import to_local

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recipients:
    """People to reach. Keys in ``Unit.contacts`` / ``Unit.leader_contacts`` and ``channels.yaml``
    ``desk_recipients``: ``wecom_mentions`` (企业微信 userids), ``wecom_mobiles``,
    ``dingtalk_mobiles``, ``emails``."""

    label: str = ""
    wecom_userids: tuple[str, ...] = ()
    wecom_mobiles: tuple[str, ...] = ()
    dingtalk_mobiles: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()

    @classmethod
    def from_contacts(cls, label: str, contacts: Iterable[Mapping[str, Any]]) -> Recipients:
        """Merge contact dicts (duplicates removed, order kept)."""

        def gather(key: str) -> tuple[str, ...]:
            values: dict[str, None] = {}
            for c in contacts_list:
                for v in c.get(key) or ():
                    values[str(v)] = None
            return tuple(values)

        contacts_list = [c for c in contacts if c]
        return cls(
            label=label,
            wecom_userids=gather("wecom_mentions"),
            wecom_mobiles=gather("wecom_mobiles"),
            dingtalk_mobiles=gather("dingtalk_mobiles"),
            emails=gather("emails"),
        )


@dataclass(frozen=True)
class AlertNotice:
    """A channel-independent notification. The tracker builds these for deadline reminders too."""

    id: str
    kind: str
    rule: str
    level: str
    title: str
    summary: str
    created_at: datetime
    level_colour: str | None = None
    event_id: int | None = None
    units: tuple[str, ...] = ()
    """Unit ids (as on the alert)."""
    unit_names: tuple[str, ...] = ()
    """Display names of ``units`` when known (shown instead of the ids)."""
    grade: str | None = None
    step: int = 0
    target: str = "desk"
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def heading(self) -> str:
        prefix = "再次提醒 " if self.step else ""
        return f"{prefix}【舆情预警·{self.level}】{self.title}"

    def lines(self) -> list[str]:
        """The body as plain lines (channels add their own markup)."""
        local = to_local(self.created_at).strftime("%Y-%m-%d %H:%M")
        out = [f"等级：{self.level}", f"规则：{self.rule}", f"时间：{local}（北京时间）"]
        if self.grade:
            out.append(f"事件等级：{self.grade}")
        if self.units:
            out.append(f"责任单位：{'、'.join(self.unit_names or self.units)}")
        if self.summary:
            out.append(f"摘要：{self.summary}")
        if self.event_id is not None:
            out.append(f"事件编号：{self.event_id}")
        return out


class Channel(Protocol):
    """One way of notifying people. ``send`` delivers once or raises :class:`~alerting.errors.ChannelError`."""

    name: str

    def send(self, notice: AlertNotice, recipients: Recipients) -> None: ...


@dataclass(frozen=True)
class DeliveryResult:
    channel: str
    status: str
    """``sent``, ``failed`` or ``skipped`` (nothing to send to on this channel)."""
    attempts: int
    error: str | None = None


# -- channel types ------------------------------------------------------------------------------


class ChannelSettings(BaseModel):
    """What every entry of ``channels.yaml`` may say, besides its type's own fields. Secrets and
    URLs that carry secrets are named by environment variable (``*_env``), never written here."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    timeout_s: float = Field(default=5.0, gt=0)


class UrlChannelSettings(ChannelSettings):
    """A channel that posts to a URL: given as ``url`` or, when it carries a key, by ``url_env``."""

    url: str | None = None
    url_env: str | None = None


@dataclass(frozen=True)
class ChannelEnv:
    """What building a channel may use besides its configuration: the desk feed's producer and the
    environment the ``*_env`` names are read from."""

    producer: Publisher | None = None
    environ: Mapping[str, str] = field(default_factory=dict)

    def get(self, name: str | None) -> str | None:
        """The value of the environment variable ``name`` (None when unnamed or unset)."""
        return self.environ.get(name) if name else None

    def url(self, name: str, settings: UrlChannelSettings) -> str | None:
        """The channel's URL, or None with a warning (the channel is then off)."""
        url = settings.url or self.get(settings.url_env)
        if not url:
            log.warning("channel %s is enabled but has no URL (set %s); it is off", name, settings.url_env)
        return url


S = TypeVar("S", bound=ChannelSettings)


@dataclass(frozen=True)
class ChannelType(Generic[S]):
    """One kind of channel: its configuration model and the factory building an enabled channel
    from it (None when it cannot run, e.g. no URL configured)."""

    config: type[S]
    build: Callable[[str, S, ChannelEnv], Channel | None]

    @property
    def name(self) -> str:
        """The ``type`` value of ``channels.yaml`` (the config model's literal)."""
        (value,) = typing.get_args(self.config.model_fields["type"].annotation)
        return str(value)

"""The registry of channel types, and the model of ``channels.yaml``.

Each channel type is defined in its own module as a :class:`~alerting.notify.base.ChannelType`
(configuration model + factory); :data:`CHANNEL_TYPES` lists them by their ``type``, and
:data:`ChannelConfig` lets ``channels.yaml`` name any of them, each entry validated by its type's
own model (a field another type has is refused, with the file and line). Adding a channel type is
one module and one entry in each of the two.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from alerting.notify.base import ChannelType
from alerting.notify.desk import DESK_FEED, DeskFeedConfig
from alerting.notify.dingtalk import DINGTALK, DingTalkConfig
from alerting.notify.email import EMAIL, EmailConfig
from alerting.notify.webhook import WEBHOOK, WebhookConfig
from alerting.notify.wecom import WECOM, WeComConfig

ChannelConfig = Annotated[
    DeskFeedConfig | WeComConfig | DingTalkConfig | EmailConfig | WebhookConfig, Field(discriminator="type")
]
"""One entry of ``channels.yaml``, by its ``type``."""

CHANNEL_TYPES: dict[str, ChannelType[Any]] = {kind.name: kind for kind in (DESK_FEED, WECOM, DINGTALK, EMAIL, WEBHOOK)}
"""``type`` → the channel type."""


class ChannelsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    desk_recipients: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """The desk's own contacts, same keys as ``Unit.contacts``."""
    retries: int = Field(default=3, ge=1, le=10)
    backoff_s: float = Field(default=1.0, ge=0)
    channels: dict[str, ChannelConfig]

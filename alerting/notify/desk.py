"""The desk's live feed: the alert row is already stored; this channel publishes it on ``alerts``.

The service streams the ``alerts`` topic (or polls the ``alerts`` table by ``created_at``) to the
desk over server-sent events. A repeated message with the same alert id is a re-notification.
"""

from __future__ import annotations

from typing import Literal

from alerting.notify.base import AlertNotice, Channel, ChannelEnv, ChannelSettings, ChannelType, Recipients
from models.enums import AlertKind, IncidentGrade
from models.messages import AlertMessage
from models.ports import Publisher
from models.topics import ALERTS


def alert_message(notice: AlertNotice) -> AlertMessage:
    """The ``alerts`` topic message for a notice."""
    raw = notice.extra.get("raw_grade", notice.grade)
    grade = raw if raw in IncidentGrade._value2member_map_ else None
    return AlertMessage(
        id=notice.id,
        kind=AlertKind(notice.kind),
        rule=str(notice.extra.get("rule_id") or notice.rule),
        level=notice.level,
        title=notice.title[:1000],
        summary=notice.summary,
        event_id=notice.event_id,
        source_id=notice.extra.get("source_id"),
        units=notice.units,
        grade=IncidentGrade(grade) if grade else None,
        created_at=notice.created_at,
    )


class DeskFeedNotifier:
    def __init__(self, name: str, producer: Publisher) -> None:
        self.name = name
        self.producer = producer

    def send(self, notice: AlertNotice, recipients: Recipients) -> None:
        self.producer.publish(ALERTS, alert_message(notice))
        self.producer.flush()


class DeskFeedConfig(ChannelSettings):
    type: Literal["desk_feed"]


def build_desk_feed(name: str, cfg: DeskFeedConfig, env: ChannelEnv) -> Channel | None:
    """Off when the process has no producer (nothing to publish the feed with)."""
    return DeskFeedNotifier(name, env.producer) if env.producer is not None else None


DESK_FEED = ChannelType(DeskFeedConfig, build_desk_feed)

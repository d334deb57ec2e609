"""Stand-ins for the classify worker handler's Kafka side: a producer that keeps what it is given,
and a consumed record carrying a message."""

from __future__ import annotations

from typing import Any

from models.messages import ClassifiedItem, RawItem


class ListProducer:
    def __init__(self) -> None:
        self.sent: list[ClassifiedItem] = []

    def publish(self, topic: Any, message: Any) -> None:
        self.sent.append(message)


class Rec:
    def __init__(self, message: RawItem) -> None:
        self.message = message

"""The one place that declares topic → model → serialisation.

Values are UTF-8 JSON of the topic's model; keys are UTF-8 strings chosen by the topic's
``key_of`` so that a partition always sees the same stream (by item id, by grouping key, by alert
id).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import ValidationError

from models.messages import AlertMessage, ClassifiedItem, DeadLetter, Message, RawItem

M = TypeVar("M", bound=Message)


class MessageDecodeError(ValueError):
    """A message's bytes are not a valid instance of its topic's model (permanent: dead-letter it)."""


@dataclass(frozen=True)
class Topic(Generic[M]):
    """A Kafka topic: its base name, the model it carries, how a message picks its key."""

    name: str
    model: type[M]
    key_of: Callable[[M], str]
    partitions: int = 4

    def full_name(self, prefix: str = "") -> str:
        """The topic's name on the broker, with the deployment's (or test's) prefix."""
        return f"{prefix}{self.name}"

    @property
    def dead_letters(self) -> Topic[DeadLetter]:
        """The dead-letter topic for messages of this topic that could not be processed."""
        return Topic(f"{self.name}.dlq", DeadLetter, key_of=_dead_letter_key, partitions=1)

    def encode(self, message: M) -> tuple[bytes, bytes]:
        """Return ``(key, value)`` bytes for ``message``."""
        if not isinstance(message, self.model):
            raise TypeError(f"topic {self.name} carries {self.model.__name__}, not {type(message).__name__}")
        # the serializer's own UTF-8 bytes: model_dump_json() would decode them to str for us to encode again
        return self.key_of(message).encode("utf-8"), message.__pydantic_serializer__.to_json(message)

    def decode(self, value: bytes) -> M:
        """Parse ``value``; raise :class:`MessageDecodeError` with a readable reason if it is invalid."""
        try:
            return self.model.model_validate_json(value)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ())) or "message"
            raise MessageDecodeError(f"invalid {self.model.__name__}: {where}: {first['msg']}") from exc
        except ValueError as exc:
            raise MessageDecodeError(f"invalid {self.model.__name__}: {exc}") from exc


def _dead_letter_key(message: DeadLetter) -> str:
    return f"{message.topic}:{message.partition}:{message.offset}"


def grouping_key(message: ClassifiedItem) -> str:
    """The key of ``items.classified``: the first place the item names, else its topic.

    Reports of one incident name the same place (or none), so they land on one partition and one
    alerting worker owns the incident's event: workers of one consumer group then rarely touch the
    same event, and grouping needs no lock shared by all of them. (Copies have the copied text,
    hence the same places and key. Items that still meet across partitions are handled by row locks
    and the reconciliation in ``alerting.events.reconcile``.)
    """
    c = message.classification
    return f"place:{c.places[0]}" if c.places else f"topic:{c.topic}"


ITEMS_RAW: Topic[RawItem] = Topic("items.raw", RawItem, key_of=lambda m: m.id)
ITEMS_CLASSIFIED: Topic[ClassifiedItem] = Topic("items.classified", ClassifiedItem, key_of=grouping_key, partitions=12)
"""12 partitions: up to 12 alerting workers, and keys spread evenly enough over two or three."""
ALERTS: Topic[AlertMessage] = Topic("alerts", AlertMessage, key_of=lambda m: m.id, partitions=1)
"""The desk's live feed: every stored alert, published by the alerting stage only (one partition, so
its offsets order the feed; the service streams it to the desk)."""
SOURCE_HEALTH: Topic[AlertMessage] = Topic(
    "sources.health", AlertMessage, key_of=lambda m: m.source_id or m.id, partitions=1
)
"""Source-health reports of the collectors, for the alerting stage to store and raise (kept apart from
``alerts`` so nothing the alerting stage publishes comes back to its own input)."""
STAGE_TOPICS: tuple[Topic[RawItem] | Topic[ClassifiedItem] | Topic[AlertMessage], ...] = (
    ITEMS_RAW,
    ITEMS_CLASSIFIED,
    ALERTS,
    SOURCE_HEALTH,
)


def topic_names(prefix: str = "") -> list[tuple[str, int]]:
    """Every topic the system needs (each with its dead-letter topic), as ``(full name, partitions)``."""
    names: list[tuple[str, int]] = []
    for topic in STAGE_TOPICS:
        names.append((topic.full_name(prefix), topic.partitions))
        names.append((topic.dead_letters.full_name(prefix), 1))
    return names

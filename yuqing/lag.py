"""Consumer-group lag and group membership, read through the Kafka admin API.

Used by ``yuqing status``, the service's ``/metrics`` and the end-to-end benchmark. Read-only:
it never joins a group, so it cannot disturb the workers it observes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from confluent_kafka import ConsumerGroupTopicPartitions, KafkaException, TopicCollection, TopicPartition
from confluent_kafka.admin import AdminClient, OffsetSpec

from yuqing.bus.options import librdkafka_config
from yuqing.bus.reach import require_listener
from yuqing.errors import RetryableError

STAGE_GROUPS = {
    "classifier": ("yuqing-classify", "items.raw"),
    "alerting": ("alerting", "items.classified"),
}
"""Consumer group and input topic (without prefix) of each consuming stage."""


@dataclass(frozen=True)
class GroupLag:
    group: str
    topic: str
    state: str
    members: int
    end_offsets: dict[int, int]
    committed: dict[int, int]

    @property
    def lag(self) -> int:
        """Messages on the topic not yet committed by the group (the whole backlog)."""
        return sum(max(0, end - self.committed.get(p, 0)) for p, end in self.end_offsets.items())

    @property
    def produced(self) -> int:
        return sum(self.end_offsets.values())


class LagReader:
    """Reads end offsets and committed offsets for groups; one admin client, reusable."""

    def __init__(self, bootstrap_servers: str, request_timeout_ms: int = 5000) -> None:
        require_listener(bootstrap_servers)
        self._timeout_s = request_timeout_ms / 1000
        try:
            self._admin = AdminClient(librdkafka_config(bootstrap_servers, "yuqing-lag", {}))
        except KafkaException as exc:
            raise RetryableError(f"cannot reach Kafka at {bootstrap_servers}: {exc}") from exc

    def _result(self, future: Any) -> Any:
        return future.result(timeout=self._timeout_s)

    def topics(self) -> dict[str, int]:
        """Topic name → partition count (internal topics left out)."""
        try:
            metadata = self._admin.list_topics(timeout=self._timeout_s)
        except KafkaException as exc:
            raise RetryableError(f"cannot list topics: {exc}") from exc
        return {name: len(t.partitions) for name, t in metadata.topics.items() if not name.startswith("__")}

    def end_offsets(self, topic: str) -> dict[int, int]:
        """Partition → end offset of ``topic`` (empty when the broker has no such topic)."""
        try:
            described = self._result(self._admin.describe_topics(TopicCollection([topic]))[topic])
        except KafkaException:
            return {}
        latest = OffsetSpec.latest()  # type: ignore[no-untyped-call]
        request = {TopicPartition(topic, p.id): latest for p in described.partitions}
        offsets = self._admin.list_offsets(request, request_timeout=self._timeout_s)
        return {tp.partition: int(self._result(future).offset) for tp, future in offsets.items()}

    def _committed(self, group: str) -> list[TopicPartition]:
        request = [ConsumerGroupTopicPartitions(group)]
        answer = self._result(self._admin.list_consumer_group_offsets(request)[group])
        return list(answer.topic_partitions or [])

    def group_lag(self, group: str, topic: str) -> GroupLag:
        try:
            ends = self.end_offsets(topic)
            committed = {tp.partition: int(tp.offset) for tp in self._committed(group) if tp.topic == topic}
            described = self._result(self._admin.describe_consumer_groups([group])[group])
        except KafkaException as exc:
            raise RetryableError(f"cannot read lag of {group}: {exc}") from exc
        return GroupLag(
            group=group,
            topic=topic,
            state=_state_name(described.state),
            members=len(described.members or []),
            end_offsets=ends,
            committed={p: o for p, o in committed.items() if o >= 0},
        )

    def all_lags(self, prefix: str = "") -> dict[tuple[str, str], int]:
        """``{(group, topic): lag}`` for every consumer group with offsets on a topic of ``prefix``."""
        try:
            out: dict[tuple[str, str], int] = {}
            ends: dict[str, dict[int, int]] = {}
            listed = self._result(self._admin.list_consumer_groups(request_timeout=self._timeout_s))
            for group in listed.valid:
                group_id = str(group.group_id)
                for tp in self._committed(group_id):
                    if not tp.topic.startswith(prefix) or tp.offset < 0:
                        continue
                    if tp.topic not in ends:
                        ends[tp.topic] = self.end_offsets(tp.topic)
                    end = ends[tp.topic].get(tp.partition, tp.offset)
                    key = (group_id, tp.topic)
                    out[key] = out.get(key, 0) + max(0, end - int(tp.offset))
            return out
        except KafkaException as exc:
            raise RetryableError(f"cannot read consumer lag: {exc}") from exc

    def stage_lags(self, prefix: str = "") -> dict[str, GroupLag]:
        """Lag of every consuming stage, keyed by stage name."""
        return {stage: self.group_lag(group, f"{prefix}{topic}") for stage, (group, topic) in STAGE_GROUPS.items()}

    def close(self) -> None:
        """Nothing to release: the admin client's threads end with the object."""

    def __enter__(self) -> LagReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _state_name(state: Any) -> str:
    """The group state as Kafka's tools print it (``Stable``, ``Empty``, ``Dead`` …)."""
    name = str(getattr(state, "name", state) or "unknown")
    return name.replace("_", " ").title().replace(" ", "") if name.isupper() else name

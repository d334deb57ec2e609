"""Consumer-group lag and group membership, read through the Kafka admin API.

Used by ``yuqing status``, the service's ``/metrics`` and the end-to-end benchmark. Read-only:
it never joins a group, so it cannot disturb the workers it observes.

Committed offsets are read through a consumer of the group that never subscribes (it only asks
for the group's offsets), not the admin client's ``list_consumer_group_offsets``: librdkafka's
admin client crashes the process (a segmentation fault in ``rd_kafka_cgrp_op``) when that answer
comes back while the group's coordinator is moving or loading, as on a broker that just started.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from confluent_kafka import Consumer, KafkaException, TopicCollection, TopicPartition
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
        self._bootstrap = bootstrap_servers
        self._timeout_s = request_timeout_ms / 1000
        self._readers: dict[str, Any] = {}
        self._partition_ids: dict[str, list[int]] = {}
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
        partitions = self._partitions(topic)
        if not partitions:
            return {}
        latest = OffsetSpec.latest()  # type: ignore[no-untyped-call]
        request = {TopicPartition(topic, p): latest for p in partitions}
        offsets = self._admin.list_offsets(request, request_timeout=self._timeout_s)
        return {tp.partition: int(self._result(future).offset) for tp, future in offsets.items()}

    def _partitions(self, topic: str) -> list[int]:
        """The topic's partitions (read once per reader: topics are not re-partitioned under it)."""
        if topic not in self._partition_ids:
            try:
                described = self._result(self._admin.describe_topics(TopicCollection([topic]))[topic])
            except KafkaException:
                return []
            self._partition_ids[topic] = [p.id for p in described.partitions]
        return self._partition_ids[topic]

    def _committed(self, group: str, topics: list[str]) -> dict[tuple[str, int], int]:
        """``{(topic, partition): offset}`` the group committed on ``topics`` (nothing where it has not)."""
        reader = self._readers.get(group)
        if reader is None:
            options = {"group.id": group, "enable.auto.commit": False}
            reader = self._readers[group] = Consumer(librdkafka_config(self._bootstrap, "yuqing-lag", options))
        wanted = [TopicPartition(t, p) for t in topics for p in self._partitions(t)]
        if not wanted:
            return {}
        found = reader.committed(wanted, timeout=self._timeout_s)
        return {(tp.topic, tp.partition): int(tp.offset) for tp in found if tp.error is None and tp.offset >= 0}

    def group_lag(self, group: str, topic: str) -> GroupLag:
        try:
            ends = self.end_offsets(topic)
            committed = {p: o for (_t, p), o in self._committed(group, [topic]).items()}
            described = self._result(self._admin.describe_consumer_groups([group])[group])
        except KafkaException as exc:
            raise RetryableError(f"cannot read lag of {group}: {exc}") from exc
        return GroupLag(
            group=group,
            topic=topic,
            state=_state_name(described.state),
            members=len(described.members or []),
            end_offsets=ends,
            committed=committed,
        )

    def all_lags(self, prefix: str = "") -> dict[tuple[str, str], int]:
        """``{(group, topic): lag}`` for every consumer group with offsets on a topic of ``prefix``."""
        try:
            out: dict[tuple[str, str], int] = {}
            ends: dict[str, dict[int, int]] = {}
            listed = self._result(self._admin.list_consumer_groups(request_timeout=self._timeout_s))
            topics = [t for t in self.topics() if t.startswith(prefix)]
            for group in listed.valid:
                group_id = str(group.group_id)
                for (topic, partition), offset in self._committed(group_id, topics).items():
                    if topic not in ends:
                        ends[topic] = self.end_offsets(topic)
                    end = ends[topic].get(partition, offset)
                    key = (group_id, topic)
                    out[key] = out.get(key, 0) + max(0, end - offset)
            return out
        except KafkaException as exc:
            raise RetryableError(f"cannot read consumer lag: {exc}") from exc

    def stage_lags(self, prefix: str = "") -> dict[str, GroupLag]:
        """Lag of every consuming stage, keyed by stage name."""
        return {stage: self.group_lag(group, f"{prefix}{topic}") for stage, (group, topic) in STAGE_GROUPS.items()}

    def close(self) -> None:
        """Close the offset readers (the admin client's threads end with the object)."""
        readers, self._readers = self._readers, {}
        for reader in readers.values():
            reader.close()

    def __enter__(self) -> LagReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _state_name(state: Any) -> str:
    """The group state as Kafka's tools print it (``Stable``, ``Empty``, ``Dead`` …)."""
    name = str(getattr(state, "name", state) or "unknown")
    return name.replace("_", " ").title().replace(" ", "") if name.isupper() else name

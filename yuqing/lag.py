"""Consumer-group lag and group membership, read through the Kafka admin API.

Used by ``yuqing status``, the service's ``/metrics`` and the end-to-end benchmark. Read-only:
it never joins a group, so it cannot disturb the workers it observes.
"""

from __future__ import annotations

from dataclasses import dataclass

from kafka.admin import KafkaAdminClient, OffsetSpec
from kafka.errors import KafkaError
from kafka.structs import TopicPartition

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
    """Reads end offsets and committed offsets for groups; one admin connection, reusable."""

    def __init__(self, bootstrap_servers: str, request_timeout_ms: int = 5000) -> None:
        require_listener(bootstrap_servers)
        try:
            self._admin = KafkaAdminClient(
                bootstrap_servers=bootstrap_servers.split(","), request_timeout_ms=request_timeout_ms
            )
        except KafkaError as exc:
            raise RetryableError(f"cannot reach Kafka at {bootstrap_servers}: {exc}") from exc

    def topics(self) -> dict[str, int]:
        """Topic name → partition count (internal topics left out)."""
        described = self._admin.describe_topics()
        return {
            t["name"]: len(t["partitions"])
            for t in described
            if not t.get("is_internal") and not t["name"].startswith("__")
        }

    def end_offsets(self, topic: str) -> dict[int, int]:
        described = self._admin.describe_topics([topic])
        if not described or described[0].get("error_code"):
            return {}
        parts = [TopicPartition(topic, p["partition_index"]) for p in described[0]["partitions"]]
        offsets = self._admin.list_partition_offsets(dict.fromkeys(parts, OffsetSpec.LATEST))
        return {tp.partition: int(info.offset) for tp, info in offsets.items()}

    def group_lag(self, group: str, topic: str) -> GroupLag:
        try:
            ends = self.end_offsets(topic)
            committed_all = self._admin.list_group_offsets({group: None}).get(group, {})
            committed = {tp.partition: int(om.offset) for tp, om in committed_all.items() if tp.topic == topic}
            described = self._admin.describe_groups([group]).get(group, {})
        except KafkaError as exc:
            raise RetryableError(f"cannot read lag of {group}: {exc}") from exc
        return GroupLag(
            group=group,
            topic=topic,
            state=str(described.get("group_state", "unknown")),
            members=len(described.get("members", []) or []),
            end_offsets=ends,
            committed=committed,
        )

    def all_lags(self, prefix: str = "") -> dict[tuple[str, str], int]:
        """``{(group, topic): lag}`` for every consumer group with offsets on a topic of ``prefix``."""
        try:
            out: dict[tuple[str, str], int] = {}
            ends: dict[str, dict[int, int]] = {}
            for group in self._admin.list_groups():
                group_id = str(group["group_id"])
                offsets = self._admin.list_group_offsets({group_id: None}).get(group_id, {})
                for tp, meta in offsets.items():
                    if not tp.topic.startswith(prefix) or meta.offset < 0:
                        continue
                    if tp.topic not in ends:
                        ends[tp.topic] = self.end_offsets(tp.topic)
                    end = ends[tp.topic].get(tp.partition, meta.offset)
                    key = (group_id, tp.topic)
                    out[key] = out.get(key, 0) + max(0, end - int(meta.offset))
            return out
        except KafkaError as exc:
            raise RetryableError(f"cannot read consumer lag: {exc}") from exc

    def stage_lags(self, prefix: str = "") -> dict[str, GroupLag]:
        """Lag of every consuming stage, keyed by stage name."""
        return {stage: self.group_lag(group, f"{prefix}{topic}") for stage, (group, topic) in STAGE_GROUPS.items()}

    def close(self) -> None:
        self._admin.close()

    def __enter__(self) -> LagReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

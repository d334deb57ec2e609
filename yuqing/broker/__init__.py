"""The project-managed single-node Kafka broker (KRaft), assembled from Maven Central jars."""

from yuqing.broker.runtime import BrokerStatus, KafkaRuntime, ensure_topics, wait_for_group_coordinator

__all__ = ["BrokerStatus", "KafkaRuntime", "ensure_topics", "wait_for_group_coordinator"]

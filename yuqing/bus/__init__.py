"""Kafka adapters over librdkafka (``confluent-kafka``): a typed producer and an at-least-once
stage consumer.

Every stage process is ``consume topic → handle batch → store/publish → commit``. Offsets are
committed only after the handler returned (its work stored, its output flushed); messages that
cannot be decoded or handled are written to the topic's dead-letter topic with the reason.
"""

from yuqing.bus.consumer import Batch, StageConsumer, StageStats
from yuqing.bus.producer import BusProducer

__all__ = ["Batch", "BusProducer", "StageConsumer", "StageStats"]

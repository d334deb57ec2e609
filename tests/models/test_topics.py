"""The message/topic contract every stage relies on: names, keys, serialisation, rejection."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from models.enums import AlertKind
from models.messages import AlertMessage, ClassifiedItem, DeadLetter, RawItem, item_id_for
from models.topics import ALERTS, ITEMS_CLASSIFIED, ITEMS_RAW, STAGE_TOPICS, MessageDecodeError, topic_names


def test_topic_names_include_a_dead_letter_topic_for_every_stage_topic() -> None:
    names = dict(topic_names("p."))
    for topic in STAGE_TOPICS:
        assert f"p.{topic.name}" in names
        assert names[f"p.{topic.name}.dlq"] == 1
    assert names["p.items.raw"] == ITEMS_RAW.partitions
    assert ITEMS_RAW.dead_letters.model is DeadLetter


def test_raw_item_round_trips_and_is_keyed_by_item_id(make_raw_item: Callable[..., RawItem]) -> None:
    item = make_raw_item(title="江滨路积水严重")
    key, value = ITEMS_RAW.encode(item)
    assert key == item.id.encode()
    assert "江滨路积水严重" in value.decode("utf-8")
    assert ITEMS_RAW.decode(value) == item


def test_classified_items_are_keyed_by_place_then_topic(make_classified_item: Callable[..., ClassifiedItem]) -> None:
    """Reports of one incident (same place, or none and the same topic) share a partition."""
    in_town = make_classified_item(places=("虎山街道", "双塔街道"), topic="城乡建设")
    also_in_town = make_classified_item(places=("虎山街道",), topic="交通运输")
    nowhere = make_classified_item(places=(), topic="城乡建设")
    key, value = ITEMS_CLASSIFIED.encode(in_town)
    assert key == "place:虎山街道".encode() == ITEMS_CLASSIFIED.encode(also_in_town)[0]
    assert ITEMS_CLASSIFIED.encode(nowhere)[0] == "topic:城乡建设".encode()
    assert ITEMS_CLASSIFIED.decode(value) == in_town


def test_alert_round_trip() -> None:
    alert = AlertMessage(
        id="a1", kind=next(iter(AlertKind)), rule="r", level="一级", title="t", created_at=datetime.now(UTC)
    )
    key, value = ALERTS.encode(alert)
    assert key == b"a1"
    assert ALERTS.decode(value) == alert


def test_encoding_the_wrong_model_for_a_topic_is_refused(make_raw_item: Callable[..., RawItem]) -> None:
    with pytest.raises(TypeError, match=r"items\.classified carries ClassifiedItem"):
        ITEMS_CLASSIFIED.encode(make_raw_item())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"not json at all", "invalid RawItem"),
        (b"\xff\xfe\x00garbage", "invalid RawItem"),
        (b"{}", "invalid RawItem: id: Field required"),
        (b"[]", "invalid RawItem"),
    ],
)
def test_undecodable_values_raise_a_readable_reason(value: bytes, reason: str) -> None:
    with pytest.raises(MessageDecodeError) as err:
        ITEMS_RAW.decode(value)
    assert reason in str(err.value)


def test_unknown_schema_version_is_rejected_not_guessed(make_raw_item: Callable[..., RawItem]) -> None:
    data = json.loads(ITEMS_RAW.encode(make_raw_item())[1])
    data["schema_version"] = 2
    with pytest.raises(MessageDecodeError, match="schema_version"):
        ITEMS_RAW.decode(json.dumps(data).encode())


def test_unknown_fields_are_rejected(make_raw_item: Callable[..., RawItem]) -> None:
    data = json.loads(ITEMS_RAW.encode(make_raw_item())[1])
    data["surprise"] = 1
    with pytest.raises(MessageDecodeError, match="surprise"):
        ITEMS_RAW.decode(json.dumps(data).encode())


def test_messages_are_frozen(make_raw_item: Callable[..., RawItem]) -> None:
    item = make_raw_item()
    with pytest.raises(ValidationError):
        item.title = "changed"  # type: ignore[misc]


def test_naive_times_are_read_as_shanghai_and_stored_utc(make_raw_item: Callable[..., RawItem]) -> None:
    item = make_raw_item(published_at=datetime(2026, 11, 23, 8, 0))
    assert item.published_at == datetime(2026, 11, 23, 0, 0, tzinfo=UTC)
    assert item.published_at.tzinfo is not None


def test_item_ids_are_stable_and_distinct() -> None:
    a = item_id_for("src", "https://example.cn/a.html")
    assert a == item_id_for("other-source", "https://example.cn/a.html")  # the URL decides
    assert a != item_id_for("src", "https://example.cn/b.html")
    assert item_id_for("src", None, "guid-1") != item_id_for("src", None, "guid-2")
    assert len(a) == 32


def test_dead_letter_keeps_original_bytes_and_reason() -> None:
    letter = DeadLetter(
        stage="s", topic="items.raw", partition=0, offset=3, key=None, value="x", value_b64="eA==",
        error_type="MessageDecodeError", reason="bad", failed_at=datetime.now(UTC),
    )  # fmt: skip
    key, value = ITEMS_RAW.dead_letters.encode(letter)
    assert key == b"items.raw:0:3"
    assert ITEMS_RAW.dead_letters.decode(value) == letter

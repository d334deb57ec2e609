"""Versioned, frozen message models carried on Kafka topics.

Every message has a ``schema_version``; a consumer rejects (dead-letters) a version it does not
know instead of guessing. Ids are stable: the same story collected twice gets the same item id, so
every consumer can be idempotent on it. All datetimes are tz-aware UTC.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, NonNegativeInt

from models.enums import AlertKind, EventType, IncidentGrade, SourceTier, SourceType
from models.facts import Fact
from models.timeutil import ensure_aware

AwareDatetime = Annotated[datetime, AfterValidator(ensure_aware)]
"""A datetime normalised to aware UTC (naive input is read as Asia/Shanghai)."""


class Message(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


def item_id_for(source_id: str, canonical_url: str | None, fallback: str = "") -> str:
    """The stable id of an item: a hash of its canonical URL, else of source and ``fallback``.

    ``fallback`` is whatever identifies the item inside its source (a guid, a record id, or the
    title and text for manual reports).
    """
    basis = canonical_url or f"{source_id}\x1f{fallback}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


class Engagement(Message):
    """Engagement counts when the source gives them (点赞/评论/转发/阅读)."""

    likes: NonNegativeInt | None = None
    dislikes: NonNegativeInt | None = None
    comments: NonNegativeInt | None = None
    shares: NonNegativeInt | None = None
    views: NonNegativeInt | None = None


class RawItem(Message):
    """One collected item, as published on ``items.raw``."""

    schema_version: Literal[1] = 1
    id: str = Field(min_length=8, max_length=64)
    source_id: str = Field(min_length=1, max_length=100)
    source_type: SourceType
    source_tier: SourceTier = SourceTier.OTHER
    url: str | None = Field(default=None, max_length=2000)
    title: str = Field(max_length=1000)
    text: str = Field(default="", max_length=200_000)
    published_at: AwareDatetime
    collected_at: AwareDatetime
    author: str | None = Field(default=None, max_length=200)
    origin: str | None = Field(default=None, max_length=200)
    """来源: who first published the text (a department, a newspaper), when the page names one."""
    index_fields: dict[str, str] = Field(default_factory=dict)
    """信息公开 index fields of a government document page (索引号, 发文机关, 成文日期, 文号 …)."""
    region: str | None = Field(default=None, max_length=100)
    default_unit: str | None = Field(default=None, max_length=100)
    engagement: Engagement = Field(default_factory=Engagement)
    content_hash: str | None = Field(default=None, max_length=64)
    """Hash of the normalised text: equal for exact copies."""
    simhash: str | None = Field(default=None, max_length=32)
    """64-bit SimHash of the text as 16 hex digits: close for near-duplicates (转载)."""
    duplicate_of: str | None = Field(default=None, max_length=64)
    """Id of the first copy of this story, when this item is a near-duplicate of it."""
    copies: NonNegativeInt = 0
    """How many copies of this story the collectors had seen when this one was published."""


class Classification(Message):
    """What the classifier concluded about an item, with the evidence for each decision."""

    model_version: str
    topic: str
    topic_label: str | None = None
    topic_confidence: float = Field(ge=0.0, le=1.0)
    topic_terms: tuple[str, ...] = ()
    negative: bool
    sentiment_score: float = Field(ge=0.0, le=1.0)
    """Probability that the item is negative."""
    sentiment_terms: tuple[str, ...] = ()
    event_type: EventType = EventType.OTHER
    event_type_terms: tuple[str, ...] = ()
    grade: IncidentGrade | None = None
    grade_reasons: tuple[str, ...] = ()
    urgency: float = Field(default=0.0, ge=0.0, le=1.0)
    places: tuple[str, ...] = ()
    lead_unit: str | None = None
    co_units: tuple[str, ...] = ()
    routing_rule: str | None = None
    facts: tuple[Fact, ...] = ()
    """For emergencies: when, where, what, casualties and loss, responding units (the 简要信息's facts)."""


class ClassifiedItem(Message):
    """An item with its classification, as published on ``items.classified``."""

    schema_version: Literal[1] = 1
    item: RawItem
    classification: Classification
    classified_at: AwareDatetime

    @property
    def id(self) -> str:
        return self.item.id


class AlertMessage(Message):
    """An alert for the desk's live feed and the notifiers, as published on ``alerts``."""

    schema_version: Literal[1] = 1
    id: str = Field(min_length=1, max_length=64)
    kind: AlertKind
    rule: str
    level: str
    """The 舆情等级 name from the jurisdiction's level table (not the statutory grade)."""
    title: str
    summary: str = ""
    event_id: int | None = None
    source_id: str | None = None
    units: tuple[str, ...] = ()
    grade: IncidentGrade | None = None
    created_at: AwareDatetime


class DeadLetter(Message):
    """A message a stage could not process, with the reason. The original bytes are kept."""

    schema_version: Literal[1] = 1
    stage: str
    topic: str
    partition: int
    offset: int
    key: str | None
    value: str
    """The original value, decoded as UTF-8 with replacement (``value_b64`` holds exact bytes)."""
    value_b64: str
    error_type: str
    reason: str
    failed_at: AwareDatetime

"""Manual reports (人工报送): a person submits an item through the service API.

The service validates the request body as :class:`ManualReport` and calls
:func:`submit_manual_report`; the report is normalised like any collected item and published to
``items.raw`` (flushed before returning). Submitting the same report twice gives the same item id,
so downstream stages store it once.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, NonNegativeInt, field_validator

from collectors.errors import PublishError
from collectors.items import build_item
from collectors.normalize import content_hash, fingerprint_text, strip_controls
from collectors.simhash import simhash, to_hex
from models.enums import SourceTier, SourceType
from models.messages import RawItem
from models.ports import Publisher
from models.timeutil import Clock, utcnow
from models.topics import ITEMS_RAW
from yuqing.errors import YuqingError

MANUAL_SOURCE_ID = "manual"


class ManualReport(BaseModel):
    """The payload of a manual report. Plain text is kept as written; text that is HTML is stripped of
    its tags. Control characters are removed from every text field before validation."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: str = Field(min_length=1, max_length=500)
    text: str = Field(default="", max_length=100_000)
    url: HttpUrl | None = None
    published_at: datetime | None = None
    """When the reported post appeared; naive times are Asia/Shanghai; default: now."""
    author: str | None = Field(default=None, max_length=200)
    reporter: str | None = Field(default=None, max_length=100)
    """Who reported it (the logged-in user); kept in the item's author when no author is given."""
    region: str | None = Field(default=None, max_length=100)
    default_unit: str | None = Field(default=None, max_length=100)
    tier: SourceTier = SourceTier.OTHER
    likes: NonNegativeInt | None = None
    comments: NonNegativeInt | None = None
    shares: NonNegativeInt | None = None
    views: NonNegativeInt | None = None

    @field_validator("title", "text", "author", "reporter", "region", "default_unit", mode="before")
    @classmethod
    def _no_controls(cls, value: object) -> object:
        return strip_controls(value) if isinstance(value, str) else value

    @field_validator("title")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("title must not be blank")
        return value


def build_manual_item(report: ManualReport, *, now: datetime, source_id: str = MANUAL_SOURCE_ID) -> RawItem:
    """The normalised :class:`RawItem` of ``report`` (no I/O)."""
    item = build_item(
        source_id=source_id,
        source_type=SourceType.MANUAL,
        tier=report.tier,
        now=now,
        title=report.title,
        body_html=report.text,
        url=str(report.url) if report.url else None,
        published=report.published_at.isoformat() if report.published_at else None,
        author=report.author or report.reporter,
        region=report.region,
        default_unit=report.default_unit,
        engagement={"likes": report.likes, "comments": report.comments, "shares": report.shares, "views": report.views},
    )
    fingerprint = fingerprint_text(item.title, item.text)
    return item.model_copy(
        update={
            "content_hash": content_hash(item.title, item.text),
            "simhash": to_hex(simhash(fingerprint)),
            "copies": 1,
        }
    )


def submit_manual_report(
    payload: ManualReport | dict[str, object],
    producer: Publisher,
    *,
    clock: Clock = utcnow,
    source_id: str = MANUAL_SOURCE_ID,
) -> RawItem:
    """Validate ``payload``, publish its item to ``items.raw`` and wait for the broker's ack.

    Raises ``pydantic.ValidationError`` for an invalid payload (the API answers 422) and
    :class:`PublishError` when the broker did not acknowledge (the API answers 503).
    """
    report = payload if isinstance(payload, ManualReport) else ManualReport.model_validate(payload)
    item = build_manual_item(report, now=clock(), source_id=source_id)
    try:
        producer.publish(ITEMS_RAW, item)
        producer.flush()
    except YuqingError as exc:
        raise PublishError(f"manual report not published: {exc}") from exc
    return item

"""Public shapes of the API: ``XPublic`` for one object, ``XsPublic(data, count, has_more)`` for lists."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, StrictBool, UrlConstraints

from models.enums import IncidentGrade
from service.api.types import TITLE, DbId, SaneDatetime, Text

UNSURE_TOPIC = 0.5
"""Topic confidence below which pages ask for the topic to be checked. The confidence is calibrated:
on the 7-class government-message data, 5-fold, topics below one half were right about half the
time (47 %), those at 0.9 or more 96 % (README, *Desk*)."""


def unsure_topic(confidence: float | None) -> bool:
    """The classifier was not sure of the item's topic (:data:`UNSURE_TOPIC`)."""
    return confidence is not None and confidence < UNSURE_TOPIC


class Public(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ItemPublic(Public):
    id: str
    source_id: str
    source_type: str
    source_tier: str
    url: str | None
    title: str
    text: str
    author: str | None
    published_at: datetime
    stored_at: datetime
    topic: str | None
    topic_confidence: float | None = Field(
        default=None, description="领域置信度（已校准；低于 0.5 时领域多半不准，宜人工核对）"
    )
    grade: str | None
    negative: bool | None
    urgency: float | None
    places: list[Any]
    lead_unit: str | None
    co_units: list[Any]
    event_id: int | None
    copies: int


class ItemsPublic(BaseModel):
    data: list[ItemPublic]
    count: int
    has_more: bool


class EventPublic(Public):
    id: int
    title: str
    status: str
    topic: str | None
    event_type: str | None
    grade: str | None
    places: list[Any]
    lead_unit: str | None
    co_units: list[Any]
    item_count: int
    negative_count: int
    first_seen_at: datetime
    last_seen_at: datetime
    peak_at: datetime | None
    peak_volume: int
    occurred_at: datetime | None
    merged_into_id: int | None


class EventsPublic(BaseModel):
    data: list[EventPublic]
    count: int
    has_more: bool


class EventDetailPublic(BaseModel):
    event: EventPublic
    items: list[ItemPublic]
    spread: list[tuple[str, int]]


class AlertPublic(Public):
    id: str
    kind: str
    rule: str
    level: str
    level_colour: str | None
    title: str
    summary: str
    event_id: int | None
    item_id: str | None
    source_id: str | None
    units: list[Any]
    grade: str | None
    places: list[Any]
    created_at: datetime
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    escalation_state: str


class AlertsPublic(BaseModel):
    data: list[AlertPublic]
    count: int
    has_more: bool


class CaseActionPublic(Public):
    id: int
    seq: int
    kind: str
    actor: str
    unit: str | None
    at: datetime
    recorded_at: datetime
    details: dict[str, Any]


class CasePublic(Public):
    id: int
    event_id: int | None
    category: str
    title: str
    lead_unit: str
    co_units: list[Any]
    status: str
    grade: str | None
    anchor_kind: str
    anchor_at: datetime
    dispatched_at: datetime
    closed_at: datetime | None


class CasesPublic(BaseModel):
    data: list[CasePublic]
    count: int
    has_more: bool


class CaseDetailPublic(BaseModel):
    case: CasePublic
    actions: list[CaseActionPublic]
    deadlines: list[dict[str, Any]]


class UnitPublic(Public):
    id: str
    name: str
    kind: str
    parent_id: str | None
    active: bool


class SourcePublic(Public):
    id: str
    name: str
    type: str
    url: str | None
    tier: str
    region: str | None
    enabled: bool
    last_success_at: datetime | None = None
    last_error_at: datetime | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    items_last_hour: int = 0
    last_new_at: datetime | None = None
    """When the source last brought something new."""
    quiet_since: datetime | None = None
    """Set while the source is quiet (answering, nothing new for far longer than usual): since when."""


class UserPublic(Public):
    id: int
    username: str
    role: str
    unit_id: str | None
    display_name: str | None
    active: bool


class ThrottlePublic(BaseModel):
    """Login failures of one (name, client address) pair since its last success (15 minutes)."""

    username: str
    client: str
    failures: int
    last_failure_at: datetime
    blocked_until: datetime | None
    """Until when this pair's logins are refused; null while it still has free attempts."""


class ThrottleClear(BaseModel):
    """Lift the throttle of ``username`` from ``client`` (omitted: from every address)."""

    username: Text = Field(min_length=1, max_length=100)
    client: Text | None = Field(default=None, min_length=1, max_length=100)


class LoginRequest(BaseModel):
    username: Text = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=200)


class TokenPublic(BaseModel):
    access_token: str
    token_type: str = "bearer"  # noqa: S105 (OAuth2 token type, not a secret)
    csrf_token: str
    role: str
    unit_id: str | None


class CorrectionRequest(BaseModel):
    """Confirm or correct an event's labels. Unset fields are left as they are; ``grade: "none"``
    clears the grade (未定级: not an emergency, e.g. a complaint about a *possible* accident)."""

    topic: Text | None = Field(default=None, max_length=100)
    grade: IncidentGrade | Literal["none"] | None = None
    lead_unit: Text | None = Field(default=None, max_length=100)
    co_units: list[Text] | None = Field(default=None, max_length=20)
    confirm: StrictBool = False


class MergeRequest(BaseModel):
    source_event_ids: list[DbId] = Field(min_length=1, max_length=50)


class SplitRequest(BaseModel):
    item_ids: list[Text] = Field(min_length=1, max_length=500)


class DispatchRequest(BaseModel):
    lead_unit: Text | None = Field(default=None, max_length=100)
    co_units: list[Text] = Field(default_factory=list, max_length=20)
    note: Text = Field(default="", max_length=2000)


CaseActionKindName = Literal[
    "sign",
    "return",
    "transfer",
    "first_release",
    "press_conference",
    "follow_up",
    "response",
    "close",
    "reopen",
    "grade_change",
    "set_occurrence",
]
"""Every action a case takes through this endpoint (派单 has its own: ``POST /events/{id}/dispatch``)."""


class CaseActionRequest(BaseModel):
    """An action on a case. Needed details by kind: 退单 ``reason``; 首次发布/持续发布 ``url``;
    新闻发布会 ``place`` and ``speaker``; 回应 ``content`` or ``url``; 办结 ``result``;
    转派 ``to_unit``; 调整等级 ``grade``; 记录发生时间 ``occurred_at``. Whether the case's state and
    the user's role allow the action is decided by the server (409 or 403)."""

    kind: CaseActionKindName
    at: SaneDatetime | None = None
    url: HttpUrl | None = None
    channel: Text | None = Field(default=None, max_length=200)
    note: Text | None = Field(default=None, max_length=2000)
    content: Text | None = Field(default=None, max_length=5000)
    reason: Text | None = Field(default=None, max_length=2000)
    place: Text | None = Field(default=None, max_length=200)
    speaker: Text | None = Field(default=None, max_length=200)
    result: Text | None = Field(default=None, max_length=5000)
    to_unit: Text | None = Field(default=None, max_length=100)
    grade: IncidentGrade | None = None
    occurred_at: SaneDatetime | None = None

    def details(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", exclude={"kind", "at"}, exclude_none=True)
        return {k: v for k, v in data.items() if v != ""}


class ManualReportRequest(BaseModel):
    """A 人工报送. The reporter is always the signed-in account (no field sets it)."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=500, pattern=TITLE)
    text: Text = Field(default="", max_length=100_000)
    url: Annotated[HttpUrl, UrlConstraints(max_length=2000)] | None = None
    region: Text | None = Field(default=None, max_length=100)
    published_at: SaneDatetime | None = None


class Ack(BaseModel):
    ok: bool = True
    detail: dict[str, Any] = Field(default_factory=dict)

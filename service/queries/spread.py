"""An event's 传播路径: where the story started, how it spread, and when the official voice came.

:func:`spread_path` is the one door for every view of it (the event page, its timeline chart, the
API's ``/events/{id}/spread``, the 专报): the 首发 (the earliest item by ``published_at``, equals
in stored order), every item the user may see by time with its source and tier, the hours the
volume jumped (:mod:`service.queries.spread_rules`), the busiest hour, and the first official
response (the earliest 首次发布 record of the event's cases the user may see).

Scope: a unit user gets :class:`~service.errors.NotFound` for an event it may not see, and the
items and cases it may not see are neither listed nor counted. Large events: at most ``limit``
items are listed (``truncated`` says so) while every count (total, tiers, reprints, items before
the response) covers all visible items; the hourly series reads up to
:data:`service.queries.trends.MAX_ITEMS` items (``series_truncated`` beyond).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, load_only

from models.db import Item
from models.db.cases import Case, CaseAction
from models.enums import SourceTier
from service.auth.principal import Principal
from service.names import Names
from service.queries.cases import scoped_cases
from service.queries.events import get_event
from service.queries.spread_rules import (
    PeakRelation,
    Release,
    first_release,
    jump_baseline,
    jump_hours,
    peak_hour,
    peak_relation,
)
from service.queries.trends import HOUR, MAX_BUCKETS, Trend, bucket_step, folded_copies, story_items, trend
from service.queries.visibility import item_visible

LIST_LIMIT = 500
"""Items listed by default; the counts always cover all of them."""


def tier_of(value: str | None) -> SourceTier:
    """The stored tier as :class:`SourceTier` (an unknown value is 其他)."""
    try:
        return SourceTier(value or SourceTier.OTHER)
    except ValueError:
        return SourceTier.OTHER


@dataclass(frozen=True)
class SpreadItem:
    """One item on the path. ``copies`` are the exact copies of its text the collectors counted
    against it and did not publish (转载 kept as heat, :func:`~service.queries.trends.folded_copies`);
    ``reprint`` marks an item that is itself a near-duplicate (``Item.duplicate_of``) and
    ``original_id`` names its original when that is one of the event's items the user may see."""

    id: str
    title: str
    published_at: datetime
    source_id: str
    """For machines (the API); people see ``source_name``."""
    source_name: str
    tier: SourceTier
    url: str | None
    copies: int
    reprint: bool
    original_id: str | None
    negative: bool | None

    @property
    def page(self) -> str:
        """The item's page in the web UI."""
        return f"/items/{self.id}"


@dataclass(frozen=True)
class Jump:
    """An hour (a bucket, see :attr:`SpreadPath.step`) the volume jumped: ``count`` items against a
    ``baseline`` (median of the buckets before)."""

    start: datetime
    end: datetime
    label: str
    count: int
    baseline: float


@dataclass(frozen=True)
class Peak:
    start: datetime
    end: datetime
    label: str
    count: int


@dataclass(frozen=True)
class Response:
    """The first official response: a case's 首次发布 record, placed against the spread."""

    case_id: int
    at: datetime
    channel: str | None
    url: str | None
    hours_after_first_post: float
    """Negative when the release came before the first post."""
    items_before: int
    """Visible items published before the release (the 首发 included)."""
    peak: PeakRelation | None
    """Before, during or after the busiest hour (``None`` without items)."""


@dataclass(frozen=True)
class SpreadPath:
    event_id: int
    first: SpreadItem | None
    """The 首发; ``None`` when the user sees no item of the event."""
    items: tuple[SpreadItem, ...]
    """Oldest first (the 首发 first), at most ``limit``."""
    total: int
    truncated: bool
    """More than ``limit`` items: only the first ``limit`` are listed."""
    limit: int
    last_at: datetime | None
    tiers: tuple[tuple[SourceTier, int], ...]
    """Items per tier in :class:`SourceTier` order, tiers without items left out."""
    reprints: int
    """Items that are near-duplicates of another (转载 stored as items)."""
    heat: int
    """Items plus the reprints folded into them."""
    hours: Trend
    """Items, negatives and heat per local hour from the 首发's hour to the last item's (per
    :attr:`step` when the story runs longer than :data:`MAX_BUCKETS` hours)."""
    step: timedelta
    """An hour, or whole days for a story longer than :data:`MAX_BUCKETS` hours, so every item is in
    the series."""
    series_truncated: bool
    jumps: tuple[Jump, ...]
    peak: Peak | None
    response: Response | None
    now: datetime

    def summary(self) -> str:
        """One sentence for the desk, e.g. ``官方首次回应在首发后 3.2 小时，此前已有 12 条传播，早于传播高峰``."""
        if self.first is None:
            return "暂无可见的传播条目。"
        r = self.response
        if r is None:
            waited = max(0.0, (self.now - self.first.published_at) / HOUR)
            return f"尚无官方首次发布记录：首发已过 {waited:.1f} 小时，已有 {self.total} 条传播。"
        if r.hours_after_first_post >= 0:
            head = f"官方首次回应在首发后 {r.hours_after_first_post:.1f} 小时，此前已有 {r.items_before} 条传播"
        else:
            head = f"官方首次回应早于首发 {-r.hours_after_first_post:.1f} 小时"
        span = "同一小时内" if self.step == HOUR else "同一时段内"
        where = {"before": "早于传播高峰", "during": f"在传播高峰的{span}", "after": "晚于传播高峰"}
        peak = f"，{where[r.peak]}（{self.peak.label}，{self.peak.count} 条）" if r.peak and self.peak else ""
        return f"{head}{peak}。"


def event_item_scope(principal: Principal, event_id: int) -> list[ColumnElement[bool]]:
    """The conditions selecting the event's items this user may see (for :func:`story_items`)."""
    where: list[ColumnElement[bool]] = [Item.event_id == event_id]
    if principal.is_unit:
        where.append(item_visible(principal.unit_id or ""))
    return where


def spread_path(
    db: Session, principal: Principal, event_id: int, now: datetime, *, names: Names, limit: int = LIST_LIMIT
) -> SpreadPath:
    """The event's 传播路径 as ``principal`` may see it (module doc); raises ``NotFound``."""
    event = get_event(db, principal, event_id)
    where = event_item_scope(principal, event.id)
    bounds = db.execute(
        select(func.min(Item.published_at), func.max(Item.published_at), func.count(), func.count(Item.duplicate_of))
        .select_from(Item)
        .where(*where)
    ).one()
    since, until, total, reprints = bounds[0], bounds[1], int(bounds[2]), int(bounds[3])
    listed_columns = load_only(
        Item.id, Item.title, Item.published_at, Item.source_id, Item.source_tier, Item.url,
        Item.duplicate_of, Item.negative,
    )  # fmt: skip
    rows = db.scalars(
        select(Item)
        .options(listed_columns)
        .where(*where)
        .order_by(Item.published_at, Item.stored_at, Item.id)
        .limit(limit + 1)
    ).all()
    story = story_items(db, where, since, until + timedelta(microseconds=1)) if total else None
    visible = {s.id for s in story.items} if story else set()
    folded = folded_copies(db, [i.id for i in rows[:limit]])
    listed = tuple(_item(i, names, visible, folded.get(i.id, 0)) for i in rows[:limit])
    start, end = since or now, (until or now) + timedelta(microseconds=1)
    step = HOUR if end - start <= MAX_BUCKETS * HOUR else bucket_step(start, end)
    hours = trend(story.items if story else (), start, end, step)
    release = first_release(_case_actions(db, principal, event.id))
    peak = _peak(hours, step)
    return SpreadPath(
        event_id=event.id,
        first=listed[0] if listed else None,
        items=listed,
        total=total,
        truncated=total > limit,
        limit=limit,
        last_at=until,
        tiers=_tiers(db, where),
        reprints=reprints,
        heat=sum(hours.heat),
        hours=hours,
        step=step,
        series_truncated=bool(story and story.truncated),
        jumps=tuple(
            Jump(
                hours.starts[h], hours.starts[h] + step, hours.labels[h], hours.total[h], jump_baseline(hours.total, h)
            )
            for h in jump_hours(hours.total)
        ),
        peak=peak,
        response=_response(db, where, release, listed[0] if listed else None, peak),
        now=now,
    )


def _item(row: Item, names: Names, visible: set[str], copies: int) -> SpreadItem:
    original = row.duplicate_of if row.duplicate_of in visible else None
    return SpreadItem(
        id=row.id,
        title=row.title,
        published_at=row.published_at,
        source_id=row.source_id,
        source_name=names.item_source(row.source_id, row.author),
        tier=tier_of(row.source_tier),
        url=row.url,
        copies=copies,
        reprint=row.duplicate_of is not None,
        original_id=original,
        negative=row.negative,
    )


def _tiers(db: Session, where: list[ColumnElement[bool]]) -> tuple[tuple[SourceTier, int], ...]:
    counts: dict[SourceTier, int] = {}
    for tier, n in db.execute(select(Item.source_tier, func.count()).where(*where).group_by(Item.source_tier)):
        counts[tier_of(tier)] = counts.get(tier_of(tier), 0) + int(n)
    return tuple((t, counts[t]) for t in SourceTier if counts.get(t))


def _case_actions(db: Session, principal: Principal, event_id: int) -> list[CaseAction]:
    """The actions of the event's cases the user may see (never another unit's case)."""
    cases = scoped_cases(principal).where(Case.event_id == event_id).with_only_columns(Case.id)
    return list(db.scalars(select(CaseAction).where(CaseAction.case_id.in_(cases))))


def _peak(hours: Trend, step: timedelta) -> Peak | None:
    h = peak_hour(hours.total)
    return Peak(hours.starts[h], hours.starts[h] + step, hours.labels[h], hours.total[h]) if h is not None else None


def _response(
    db: Session, where: list[ColumnElement[bool]], release: Release | None, first: SpreadItem | None, peak: Peak | None
) -> Response | None:
    if release is None:
        return None
    before = db.scalar(select(func.count()).select_from(Item).where(*where, Item.published_at < release.at)) or 0
    return Response(
        case_id=release.case_id,
        at=release.at,
        channel=release.channel,
        url=release.url,
        hours_after_first_post=round((release.at - first.published_at) / HOUR, 2) if first else 0.0,
        items_before=int(before),
        peak=peak_relation(release.at, peak.start, peak.end) if peak else None,
    )

"""The API's view of an event's 传播路径 (:class:`service.queries.spread.SpreadPath`).

Ids stay in the payload for machines (``source_id``, ``case_id``, item ids) next to the names and
labels people read. Times are aware ISO 8601 (UTC for item and release times; hour starts carry
the Asia/Shanghai offset they are counted in).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from service.queries.spread import SpreadItem, SpreadPath
from service.queries.spread_rules import JUMP_FACTOR, JUMP_MIN_ITEMS, JUMP_WINDOW
from service.queries.trends import HOUR

JUMP_RULE = (
    f"某小时至少 {JUMP_MIN_ITEMS} 条，且不少于此前（最多）{JUMP_WINDOW} 小时条目数中位数的 {JUMP_FACTOR:g} 倍"
    "（首发所在小时不计）"
)


class SpreadItemPublic(BaseModel):
    id: str
    title: str
    published_at: datetime
    source_id: str
    source_name: str
    tier: str = Field(description="来源类型：official/mainstream/self_media/forum/hotline/other")
    tier_label: str
    url: str | None = Field(description="原文地址")
    page: str = Field(description="条目在本系统中的页面")
    copies: int = Field(description="转载数（计入热度）")
    reprint: bool = Field(description="本条是另一条的转载（近似重复）")
    original_id: str | None = Field(description="被转载的条目（本事件中可见时）")
    negative: bool | None


class TierCountPublic(BaseModel):
    tier: str
    label: str
    count: int


class HourPublic(BaseModel):
    start: datetime
    label: str
    total: int
    negative: int
    heat: int


class JumpPublic(BaseModel):
    start: datetime
    label: str
    count: int
    baseline: float = Field(description="此前各小时条目数的中位数")


class PeakPublic(BaseModel):
    start: datetime
    label: str
    count: int


class ResponsePublic(BaseModel):
    """官方首次回应: the earliest 首次发布 record of the event's cases the user may see."""

    case_id: int
    at: datetime
    channel: str | None
    url: str | None
    hours_after_first_post: float = Field(description="首发后的小时数（早于首发时为负）")
    items_before: int = Field(description="回应之前已发布的条目数（含首发）")
    peak: Literal["before", "during", "after"] | None = Field(description="相对传播高峰小时：之前、之内、之后")


class SpreadPublic(BaseModel):
    event_id: int
    summary: str
    first: SpreadItemPublic | None = Field(description="首发：最早发布的条目")
    items: list[SpreadItemPublic] = Field(description="按时间排列（首发在前），至多 limit 条")
    total: int
    truncated: bool = Field(description="条目多于 limit，仅列出前 limit 条；统计仍涵盖全部")
    limit: int
    tiers: list[TierCountPublic]
    reprints: int
    heat: int = Field(description="条目数加转载数")
    hours: list[HourPublic] = Field(
        description="按小时（北京时间）的条目、负面与热度，自首发所在小时起；跨度超过 2000 小时时按 step_hours 分段"
    )
    step_hours: int = Field(description="hours 每段的小时数：1，跨度超过 2000 小时时为 24 的整数倍")
    series_truncated: bool
    jumps: list[JumpPublic]
    jump_rule: str
    peak: PeakPublic | None
    response: ResponsePublic | None

    @classmethod
    def of(cls, path: SpreadPath) -> SpreadPublic:
        h = path.hours
        return cls(
            event_id=path.event_id,
            summary=path.summary(),
            first=_item(path.first) if path.first else None,
            items=[_item(i) for i in path.items],
            total=path.total,
            truncated=path.truncated,
            limit=path.limit,
            tiers=[TierCountPublic(tier=t.value, label=t.label, count=n) for t, n in path.tiers],
            reprints=path.reprints,
            heat=path.heat,
            hours=[
                HourPublic(start=s, label=label, total=t, negative=n, heat=x)
                for s, label, t, n, x in zip(h.starts, h.labels, h.total, h.negative, h.heat, strict=True)
            ]
            if path.first
            else [],
            step_hours=path.step // HOUR,
            series_truncated=path.series_truncated,
            jumps=[JumpPublic(start=j.start, label=j.label, count=j.count, baseline=j.baseline) for j in path.jumps],
            jump_rule=JUMP_RULE,
            peak=PeakPublic(start=path.peak.start, label=path.peak.label, count=path.peak.count) if path.peak else None,
            response=ResponsePublic(**vars(path.response)) if path.response else None,
        )


def _item(i: SpreadItem) -> SpreadItemPublic:
    return SpreadItemPublic(
        id=i.id,
        title=i.title,
        published_at=i.published_at,
        source_id=i.source_id,
        source_name=i.source_name,
        tier=i.tier.value,
        tier_label=i.tier.label,
        url=i.url,
        page=i.page,
        copies=i.copies,
        reprint=i.reprint,
        original_id=i.original_id,
        negative=i.negative,
    )

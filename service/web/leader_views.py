"""The leadership page's views of one timeliness review: the 考核-style ranking of units and the
charts (on-time rates per unit and per rule, time to first release, daily new events, topics and
grades).

Every figure about deadlines comes from :func:`service.review.timeliness` (the tracker's one
computation); this module only orders and draws it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from models.timeutil import to_local
from service.review import Review, UnitReview
from service.web.echarts import Chart, bar_chart, line_chart

BRIEF_FORMATS = (("docx", "Word"), ("xlsx", "Excel"), ("pdf", "PDF"))
BRIEF_KINDS = (("daily", "日报"), ("weekly", "周报"))


@dataclass(frozen=True)
class BriefLink:
    kind: str
    fmt: str
    label: str
    """``日报 Word`` … ``周报 PDF``."""
    href: str


@dataclass(frozen=True)
class BriefPeriod:
    """One brief the page offers: its name, the local days it covers and its downloads."""

    kind: str
    title: str
    first: date
    last: date
    links: tuple[BriefLink, ...]

    @property
    def days(self) -> str:
        last = self.last.isoformat()
        return last if self.first == self.last else f"{self.first.isoformat()} 至 {last}"


def brief_day(today: date, end: date | None) -> date:
    """The last day the page's briefs cover: the chosen 止 date, but never a day not over yet (by
    default the last full day, yesterday, as ``yuqing brief`` and the morning job)."""
    yesterday = today - timedelta(days=1)
    return min(end, yesterday) if end else yesterday


def brief_periods(day: date) -> list[BriefPeriod]:
    """The 日报 of ``day`` and the 周报 of the 7 days ending with it, each as Word, Excel and PDF
    (``/api/v1/reports/{kind}.{fmt}?day=``)."""
    out = []
    for kind, title in BRIEF_KINDS:
        first = day if kind == "daily" else day - timedelta(days=6)
        links = tuple(
            BriefLink(kind, fmt, f"{title} {label}", f"/api/v1/reports/{kind}.{fmt}?day={day.isoformat()}")
            for fmt, label in BRIEF_FORMATS
        )
        out.append(BriefPeriod(kind, title, first, day, links))
    return out


RANKING_RULE = (
    "按时率高者在前；按时率相同，超期未办少者在前；再相同，首次发布用时中位数短者在前（无首发记录者在后）。"
    "三项都相同者名次并列（如 1、2、2、4），并列者按已到期时限多者在前、再按单位名称排列。"
    "本期没有已到期时限的单位不参与排名，列在最后。"
)
FIRST_RELEASE_EDGES = [0.0, 1.0, 2.0, 5.0, 12.0, 24.0]


@dataclass(frozen=True)
class RankedUnit:
    """One row of the ranking; ``rank`` is ``None`` for a unit with nothing decided yet."""

    rank: int | None
    tied: bool
    unit: UnitReview

    @property
    def rate(self) -> float | None:
        return self.unit.overall.rate


def _merit(u: UnitReview) -> tuple[float, int, float]:
    """What ranks a unit (smaller is better); equal tuples share a rank."""
    median = u.median_first_release_h
    return (-(u.overall.rate or 0.0), u.overall.overdue, math.inf if median is None else median)


def ranking(units: Iterable[UnitReview]) -> list[RankedUnit]:
    """Units best first by :data:`RANKING_RULE` (standard competition ranking: 1, 2, 2, 4)."""
    ranked = [u for u in units if u.overall.decided]
    unranked = sorted((u for u in units if not u.overall.decided), key=lambda u: u.unit_name)
    ranked.sort(key=lambda u: (_merit(u), -u.overall.decided, u.unit_name))
    merits = Counter(_merit(u) for u in ranked)
    first: dict[tuple[float, int, float], int] = {}
    for i, u in enumerate(ranked):
        first.setdefault(_merit(u), i + 1)  # the rank of everyone equal to the first of them
    rows = [RankedUnit(first[_merit(u)], merits[_merit(u)] > 1, u) for u in ranked]
    return rows + [RankedUnit(None, False, u) for u in unranked]


def _pct(rate: float | None, decided: int) -> str:
    return "—" if rate is None else f"{rate:.0%}（{decided}）"


def ranking_chart(rows: Sequence[RankedUnit]) -> Chart:
    """The ranked units' on-time rates (%), best on top, each bar labelled with rate and the
    number of decided deadlines; unranked units are left out (they have no rate)."""
    shown = [r for r in rows if r.rank is not None]
    chart = bar_chart(
        "ranking",
        "各单位按时回应率排名（括号内为已到期时限数）",
        [(f"{r.rank}{'=' if r.tied else ''}. {r.unit.unit_name}", 100 * (r.rate or 0.0)) for r in shown],
        texts=[_pct(r.rate, r.unit.overall.decided) for r in shown],
        maximum=100,
        value_name="按时率（%）",
    )
    return chart


def rule_chart(review: Review) -> Chart:
    """Each rule's on-time rate (%); a rule none of whose deadlines fell due in the period has no
    rate and is left out (as unranked units are), so a period with nothing due says 暂无数据."""
    rates = [(review.rule_labels.get(r, r), v) for r, v in review.per_rule.items() if v.decided]
    chart = bar_chart(
        "rules",
        "各时限规则按时率（括号内为已到期时限数）",
        [(label, 100 * (v.rate or 0.0)) for label, v in rates],
        texts=[_pct(v.rate, v.decided) for _, v in rates],
        maximum=100,
        value_name="按时率（%）",
    )
    return chart


def histogram(values: Sequence[float], edges: Sequence[float]) -> list[tuple[str, float]]:
    """Counts of ``values`` in ``[edges[i], edges[i+1])`` plus an open last bin, labelled in hours."""
    bins = [0] * len(edges)
    for v in values:
        bins[max((i for i, e in enumerate(edges) if v >= e), default=0)] += 1
    labels = [f"{edges[i]:g}-{edges[i + 1]:g}小时" for i in range(len(edges) - 1)] + [f"≥{edges[-1]:g}小时"]
    return list(zip(labels, [float(b) for b in bins], strict=True))


def first_release_chart(review: Review) -> Chart:
    data = histogram(review.first_release_hours, FIRST_RELEASE_EDGES) if review.first_release_hours else []
    return bar_chart("first-release", "首次发布用时分布", data, horizontal=False, value_name="案件数")


def daily_chart(first_seen: Sequence[datetime], since: datetime, until: datetime) -> Chart:
    """New events per local day of ``[since, until)``, every day present (a quiet day is a zero)."""
    days: list[date] = []
    day = to_local(since).date()
    while day <= to_local(until - timedelta(microseconds=1)).date() and len(days) < 400:
        days.append(day)
        day += timedelta(days=1)
    counts = Counter(to_local(at).date() for at in first_seen)
    title = f"每日新增事件（共 {len(first_seen)} 起）"
    if not first_seen:
        return line_chart("daily", title, [], {"新增事件": []})
    return line_chart("daily", title, [d.strftime("%m-%d") for d in days], {"新增事件": [counts[d] for d in days]})


def count_chart(key: str, title: str, labels: Iterable[str], limit: int = 10) -> Chart:
    """Horizontal bars of how often each label occurs, most first (at most ``limit``)."""
    return bar_chart(key, title, [(k, float(n)) for k, n in Counter(labels).most_common(limit)], value_name="事件数")

"""The rule types of ``alert_rules.yaml``."""

from __future__ import annotations

from datetime import timedelta

from alerting.config import GradeRuleConfig, NegativeOfficialRuleConfig, SpikeRuleConfig, WatchWordsRuleConfig
from alerting.events.state import grade_severity
from alerting.events.volume import detect_spike
from alerting.rules.base import Hit, RuleContext
from models.enums import IncidentGrade
from yuqing.traditional import simplified


def _event_scope(ctx: RuleContext) -> str:
    return f"event:{ctx.assignment.event.id}"


class GradeRule:
    """The event's highest proposed statutory grade is at or above ``min_grade``."""

    def __init__(self, config: GradeRuleConfig) -> None:
        self.config = config
        self.id = config.id
        self.min_severity = config.min_grade.severity

    def check(self, ctx: RuleContext) -> Hit | None:
        grade = ctx.assignment.event.grade
        if grade_severity(grade) < self.min_severity:
            return None
        label = IncidentGrade(grade).label if grade else ""
        return Hit(self.id, self.config.name, self.config.level, f"事件等级：{label}", _event_scope(ctx))


class NegativeOfficialRule:
    """A negative item from an official-tier source, or one naming or routed to a watched unit."""

    def __init__(self, config: NegativeOfficialRuleConfig) -> None:
        self.config = config
        self.id = config.id
        self.units = frozenset(config.units)

    def check(self, ctx: RuleContext) -> Hit | None:
        msg = ctx.assignment.item.message
        item, c = msg.item, msg.classification
        if not c.negative or c.sentiment_score < self.config.min_negative_score:
            return None
        reasons = []
        if item.source_tier in self.config.source_tiers:
            reasons.append(f"信源：{item.source_tier.label}")
        routed = {u for u in (c.lead_unit, *c.co_units) if u}
        units = sorted(routed & self.units)
        if units:
            reasons.append(f"涉及单位：{'、'.join(ctx.unit_names(units))}")
        names = [n for n in self.config.unit_names if n in ctx.body]  # 點名 in traditional characters too
        if names:
            reasons.append(f"点名：{'、'.join(names)}")
        if not reasons:
            return None
        return Hit(self.id, self.config.name, self.config.level, "负面；" + "；".join(reasons), _event_scope(ctx))


class SpikeRule:
    """An event's (or topic's) volume in the current window against its own baseline."""

    def __init__(self, config: SpikeRuleConfig) -> None:
        self.config = config
        self.id = config.id
        self.window = timedelta(minutes=config.window_minutes)

    def check(self, ctx: RuleContext) -> Hit | None:
        cfg = self.config
        a = ctx.assignment
        if ctx.now - a.item.message.item.published_at > self.window:
            return None  # an old item (backfill) does not make the current window spike
        if cfg.scope == "event":
            if a.event.item_count < cfg.min_count:
                return None  # cannot reach min_count in any window
            key: int | str = a.event.id
            scope = _event_scope(ctx)
        else:
            key = a.item.message.classification.topic
            scope = f"topic:{key}"
        # Volume is judged in the window ending now, once per scope per batch: every item of the
        # batch is already counted, so the answer is the same for all of them.
        memo_key = (self.id, scope)
        if memo_key in ctx.memo:
            cached: Hit | None = ctx.memo[memo_key]
            return cached
        hit = self._check(ctx, key, scope)
        ctx.memo[memo_key] = hit
        return hit

    def _check(self, ctx: RuleContext, key: int | str, scope: str) -> Hit | None:
        cfg = self.config
        spike = detect_spike(
            ctx.session,
            scope=cfg.scope,
            key=key,
            at=ctx.now,
            bucket_minutes=ctx.bucket_minutes,
            window_minutes=cfg.window_minutes,
            baseline_windows=cfg.baseline_windows,
            min_count=cfg.min_count,
            factor=cfg.factor,
            volumes=ctx.volumes,
        )
        if spike is None:
            return None
        reason = f"{cfg.window_minutes} 分钟内 {spike.count} 条，基线 {spike.baseline:.1f} 条/窗口"
        if cfg.scope == "topic":
            label = ctx.assignment.item.message.classification.topic_label or str(key)
            reason = f"领域「{label}」{reason}"
        return Hit(self.id, cfg.name, cfg.level, reason, scope, marker=spike.window_start.isoformat())


class WatchWordsRule:
    """关注词 present, no 排除词, and one of the 地域词 (when configured) in the text or the places.

    Text and words are compared with their traditional characters simplified
    (:mod:`yuqing.traditional`): a repost's ``颱風`` is a ``台风``."""

    def __init__(self, config: WatchWordsRuleConfig) -> None:
        self.config = config
        self.id = config.id
        self._words = tuple((w, simplified(w)) for w in config.words)
        self._exclude = tuple(simplified(w) for w in config.exclude)
        self._regions = tuple(simplified(w) for w in config.regions)

    def check(self, ctx: RuleContext) -> Hit | None:
        msg = ctx.assignment.item.message
        body = ctx.body
        words = [w for w, plain in self._words if plain in body]
        if not words or any(x in body for x in self._exclude):
            return None
        if self._regions:
            places = " ".join(msg.classification.places) + " " + simplified(msg.item.region or "")
            if not any(r in body or r in places for r in self._regions):
                return None
        return Hit(self.id, self.config.name, self.config.level, f"关注词：{'、'.join(words)}", _event_scope(ctx))

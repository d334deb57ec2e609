"""Typed alerting configuration: alert rules, 舆情等级 levels, escalation chains, channels.

Each file is read with :func:`yuqing.config.load_yaml`; :func:`load_alerting_config` then checks the
files against each other (a rule naming an unknown level, a level naming an unknown chain or channel)
and raises :class:`~alerting.errors.AlertingConfigError` naming the file and the entry.

The 舆情等级 table (3 or 4 tiers) is deliberately separate from the statutory event grade
(:class:`models.enums.IncidentGrade`): rules map conditions onto a level by name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import ErrorDetails

from alerting.errors import AlertingConfigError
from alerting.notify.channels import CHANNEL_TYPES, ChannelsFile
from models.enums import IncidentGrade, SourceTier
from yuqing.config import config_error, load_yaml, parse_yaml, read_config_text, validate_yaml
from yuqing.directory import load_units


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# -- alert_rules.yaml -----------------------------------------------------------------------------


class _RuleBase(_Model):
    id: str = Field(pattern=r"^[a-z0-9_.-]+$", max_length=100)
    name: str
    level: str
    enabled: bool = True


class GradeRuleConfig(_RuleBase):
    """An event whose highest proposed grade is at or above ``min_grade``."""

    type: Literal["grade"]
    min_grade: IncidentGrade


class NegativeOfficialRuleConfig(_RuleBase):
    """A negative item from an official-tier source, or naming / routed to one of ``units``."""

    type: Literal["negative_official"]
    source_tiers: tuple[SourceTier, ...] = (SourceTier.OFFICIAL,)
    units: tuple[str, ...] = ()
    unit_names: tuple[str, ...] = ()
    min_negative_score: float = Field(default=0.5, ge=0.0, le=1.0)


class SpikeRuleConfig(_RuleBase):
    """Volume in the last ``window_minutes`` against the average of the ``baseline_windows`` before."""

    type: Literal["spike"]
    scope: Literal["event", "topic"] = "event"
    window_minutes: int = Field(default=60, ge=1)
    baseline_windows: int = Field(default=24, ge=1)
    min_count: int = Field(default=5, ge=1)
    factor: float = Field(default=3.0, ge=1.0)


class WatchWordsRuleConfig(_RuleBase):
    """关注词 present, no 排除词 present, and (when given) one of the 地域词 present.

    A keyword scheme (关键词方案). With ``unit`` it is that unit's own scheme: the unit's users may
    edit its 关注词 and 排除词 online (the rest stays with the administrators).
    """

    type: Literal["watch_words"]
    words: tuple[str, ...] = Field(min_length=1)
    exclude: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    unit: str | None = None

    @field_validator("words", "exclude", "regions")
    @classmethod
    def _no_blank_words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not w.strip() for w in value):
            raise ValueError("a word may not be empty")
        return value


RuleConfig = Annotated[
    GradeRuleConfig | NegativeOfficialRuleConfig | SpikeRuleConfig | WatchWordsRuleConfig,
    Field(discriminator="type"),
]


class GroupingConfig(_Model):
    """How items are grouped into events."""

    window_hours: float = Field(default=168.0, gt=0)
    """An item joins an event whose items span to within this many hours of it: a matter that
    keeps coming back (the same estate's complaints every few days) stays one event."""
    simhash_distance: int = Field(default=3, ge=0, le=16)
    similarity: float = Field(default=0.3, gt=0, le=1)
    weighting: Literal["idf", "counts"] = "idf"
    """How content similarity weighs the terms: ``idf``, a term that many open events share (小区,
    物业, 希望, 反映) counts less than one that tells a story apart (:func:`alerting.events.similarity.
    rarity`); ``counts``, every term by its count alone."""
    incident_similarity: float = Field(default=0.2, gt=0, le=1)
    """The lower bar at which a report with casualties or a loss (a proposed grade) joins an open
    graded event naming one of its places: a follow-up (死亡人数升至4人, 市政府召开新闻发布会) tells the
    same accident in other words, and the words it shares (火灾, 死亡) are common to every accident."""
    reply_similarity: float = Field(default=0.15, gt=0, le=1)
    """The lower bar at which an official or mainstream item that says it answers a story
    (回应/答复/通报/情况说明 … in its title) joins an open event naming one of its places: a reply
    uses the government's words, not the complaint's, yet belongs to the story it answers."""
    bucket_minutes: int = Field(default=10, ge=1)
    """Width of one volume bucket (event_volume / topic_volume)."""


class AlertRulesFile(_Model):
    quiet_minutes: int = Field(default=30, ge=0)
    """After an alert for an event and rule, further material changes wait this long (a grade going up
    never waits)."""
    grouping: GroupingConfig = GroupingConfig()
    rules: tuple[RuleConfig, ...]

    @model_validator(mode="after")
    def _unique_ids(self) -> AlertRulesFile:
        ids = [r.id for r in self.rules]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"duplicate rule ids: {sorted(dup)}")
        return self


# -- levels.yaml ----------------------------------------------------------------------------------


class LevelConfig(_Model):
    name: str
    colour: str
    channels: tuple[str, ...]
    renotify_minutes: int = Field(ge=1)
    escalation: str = "default"


class LevelsFile(_Model):
    levels: tuple[LevelConfig, ...] = Field(min_length=3, max_length=4)
    """Most urgent first."""


# -- escalation.yaml ------------------------------------------------------------------------------


class StepConfig(_Model):
    """One escalation step: ``notify`` a target, or ``wait`` (minutes, or the level's re-notify interval)."""

    action: Literal["notify", "wait"]
    target: Literal["desk", "units", "leaders"] | None = None
    minutes: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _shape(self) -> StepConfig:
        if self.action == "notify" and self.target is None:
            raise ValueError("a notify step needs a target (desk, units or leaders)")
        return self


class EscalationFile(_Model):
    chains: dict[str, tuple[StepConfig, ...]]


# -- channels.yaml: each channel type's model is defined with the channel (alerting.notify) -------


def _channel_loc(err: ErrorDetails) -> tuple[Any, ...]:
    # pydantic puts the union's tag in the location (channels.wecom.wecom.url): not a YAML key.
    loc = tuple(p for i, p in enumerate(err["loc"]) if not (i == 2 and p in CHANNEL_TYPES))
    if err["type"] in ("union_tag_invalid", "union_tag_not_found"):
        loc = (*loc, "type")
    return loc


def load_channels(path: Path) -> ChannelsFile:
    """Read and validate ``channels.yaml``: each channel by its type's own model; errors name file,
    line and field."""
    name = str(path)
    data, lines = parse_yaml(read_config_text(path), name)
    try:
        return ChannelsFile.model_validate(data or {})
    except ValidationError as exc:
        raise config_error(exc, lines, name, _channel_loc) from exc


class AlertingConfig(_Model):
    rules: AlertRulesFile
    levels: LevelsFile
    escalation: EscalationFile
    channels: ChannelsFile

    def level(self, name: str) -> LevelConfig:
        for level in self.levels.levels:
            if level.name == name:
                return level
        raise AlertingConfigError(f"unknown 舆情等级 {name!r}")


def check_consistency(config: AlertingConfig) -> AlertingConfig:
    """Raise :class:`AlertingConfigError` if the files refer to names the others do not define."""
    problems: list[str] = []
    names = {lv.name for lv in config.levels.levels}
    for rule in config.rules.rules:
        if rule.level not in names:
            problems.append(f"alert_rules.yaml: rule {rule.id}: unknown level {rule.level!r} (levels: {sorted(names)})")
    for level in config.levels.levels:
        if level.escalation not in config.escalation.chains:
            problems.append(f"levels.yaml: level {level.name}: unknown escalation chain {level.escalation!r}")
        for channel in level.channels:
            if channel not in config.channels.channels:
                problems.append(f"levels.yaml: level {level.name}: unknown channel {channel!r}")
    if problems:
        raise AlertingConfigError("\n".join(problems))
    return config


def load_alerting_config(folder: Path) -> AlertingConfig:
    """Load and cross-check ``alert_rules.yaml``, ``levels.yaml``, ``escalation.yaml``, ``channels.yaml``."""
    config = AlertingConfig(
        rules=load_yaml(folder / "alert_rules.yaml", AlertRulesFile),
        levels=load_yaml(folder / "levels.yaml", LevelsFile),
        escalation=load_yaml(folder / "escalation.yaml", EscalationFile),
        channels=load_channels(folder / "channels.yaml"),
    )
    return check_consistency(config)


def parse_alert_rules(text: str, name: str, base: AlertingConfig) -> AlertRulesFile:
    """Validate ``alert_rules`` text as the YAML loader does (``ConfigError`` naming line and field),
    then against ``base``'s levels (the other files stay as loaded)."""
    rules = validate_yaml(text, AlertRulesFile, name)
    check_consistency(base.model_copy(update={"rules": rules}))
    return rules


def check_rule_refs(text: str, name: str, unit_ids: frozenset[str], levels: LevelsFile) -> None:
    """Raise :class:`AlertingConfigError` (with lines) when a rule names a unit the directory lacks
    or a 舆情等级 ``levels.yaml`` lacks."""
    data, lines = parse_yaml(text, name)
    problems = []
    known_levels = [lv.name for lv in levels.levels]
    for index, rule in enumerate((data or {}).get("rules") or []):
        if not isinstance(rule, dict):
            continue
        if rule.get("level") not in known_levels:
            line = lines.get(("rules", index, "level"), lines.get(("rules", index), "?"))
            levels_text = "、".join(known_levels)
            problems.append(f"{name}:{line}: rules.{index}.level: unknown level {rule.get('level')!r} ({levels_text})")
        named = [("unit", rule.get("unit"))] if rule.get("unit") else []
        named += [("units", u) for u in rule.get("units") or []]
        for key, unit in named:
            if unit not in unit_ids:
                line = lines.get(("rules", index, key), lines.get(("rules", index), "?"))
                problems.append(f"{name}:{line}: rules.{index}.{key}: unknown unit {unit!r}")
    if problems:
        raise AlertingConfigError("\n".join(problems))


def check_alert_rules(text: str, name: str, folder: Path) -> AlertRulesFile:
    """The full check of an online edit: :func:`parse_alert_rules` against the jurisdiction's other
    alerting files, and every unit named known to ``units.yaml``."""
    rules = validate_yaml(text, AlertRulesFile, name)
    levels = load_yaml(folder / "levels.yaml", LevelsFile)
    check_rule_refs(text, name, load_units(folder / "units.yaml").ids(), levels)
    check_consistency(
        AlertingConfig(
            rules=rules,
            levels=levels,
            escalation=load_yaml(folder / "escalation.yaml", EscalationFile),
            channels=load_channels(folder / "channels.yaml"),
        )
    )
    return rules

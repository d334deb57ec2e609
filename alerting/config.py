"""Typed alerting configuration: alert rules, 舆情等级 levels, escalation chains, channels.

Each file is read with :func:`yuqing.config.load_yaml`; :func:`load_alerting_config` then checks the
files against each other (a rule naming an unknown level, a level naming an unknown chain or channel)
and raises :class:`~alerting.errors.AlertingConfigError` naming the file and the entry.

The 舆情等级 table (3 or 4 tiers) is deliberately separate from the statutory event grade
(:class:`models.enums.IncidentGrade`): rules map conditions onto a level by name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from alerting.errors import AlertingConfigError
from models.enums import IncidentGrade, SourceTier
from yuqing.config import load_yaml


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
    """关注词 present, no 排除词 present, and (when given) one of the 地域词 present."""

    type: Literal["watch_words"]
    words: tuple[str, ...] = Field(min_length=1)
    exclude: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()


RuleConfig = Annotated[
    GradeRuleConfig | NegativeOfficialRuleConfig | SpikeRuleConfig | WatchWordsRuleConfig,
    Field(discriminator="type"),
]


class GroupingConfig(_Model):
    """How items are grouped into events."""

    window_hours: float = Field(default=72.0, gt=0)
    simhash_distance: int = Field(default=3, ge=0, le=16)
    similarity: float = Field(default=0.3, gt=0, le=1)
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


# -- channels.yaml --------------------------------------------------------------------------------


class ChannelConfig(_Model):
    """A channel. Secrets and URLs that carry secrets are named by environment variable (``*_env``)."""

    type: Literal["desk_feed", "wecom", "dingtalk", "email", "webhook"]
    enabled: bool = True
    url: str | None = None
    url_env: str | None = None
    secret_env: str | None = None
    msgtype: Literal["markdown", "text"] = "markdown"
    smtp_host: str | None = None
    smtp_port: int = 25
    tls: Literal["none", "starttls", "ssl"] = "none"
    username_env: str | None = None
    password_env: str | None = None
    sender: str | None = None
    timeout_s: float = Field(default=5.0, gt=0)


class ChannelsFile(_Model):
    desk_recipients: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """The desk's own contacts, same keys as ``Unit.contacts``."""
    retries: int = Field(default=3, ge=1, le=10)
    backoff_s: float = Field(default=1.0, ge=0)
    channels: dict[str, ChannelConfig]


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
        channels=load_yaml(folder / "channels.yaml", ChannelsFile),
    )
    return check_consistency(config)

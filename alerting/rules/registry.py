"""Builds rule objects from configuration (by ``type``) and evaluates them safely."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from alerting.config import (
    AlertRulesFile,
    GradeRuleConfig,
    NegativeOfficialRuleConfig,
    SpikeRuleConfig,
    WatchWordsRuleConfig,
)
from alerting.rules.base import Hit, Rule, RuleContext
from alerting.rules.kinds import GradeRule, NegativeOfficialRule, SpikeRule, WatchWordsRule

log = logging.getLogger(__name__)


def build_rules(config: AlertRulesFile) -> list[Rule]:
    """The enabled rules of ``alert_rules.yaml`` in file order."""
    rules: list[Rule] = []
    for rc in config.rules:
        if not rc.enabled:
            continue
        if isinstance(rc, GradeRuleConfig):
            rules.append(GradeRule(rc))
        elif isinstance(rc, NegativeOfficialRuleConfig):
            rules.append(NegativeOfficialRule(rc))
        elif isinstance(rc, SpikeRuleConfig):
            rules.append(SpikeRule(rc))
        elif isinstance(rc, WatchWordsRuleConfig):
            rules.append(WatchWordsRule(rc))
    return rules


def evaluate(rules: Sequence[Rule], ctx: RuleContext) -> list[Hit]:
    """Every rule's hit for ``ctx``; a rule that raises counts as no match (and is logged)."""
    hits: list[Hit] = []
    for rule in rules:
        try:
            hit = rule.check(ctx)
        except Exception:
            log.exception("alert rule %s failed; treated as no match", rule.id)
            continue
        if hit is not None:
            hits.append(hit)
    return hits

"""The registry of rule types: builds rule objects from configuration (by ``type``) and evaluates
them safely.

Adding a rule type is a config model in :mod:`alerting.config` (with its ``type`` literal, added to
``RuleConfig``), a class in :mod:`alerting.rules.kinds`, and one entry in :data:`RULE_TYPES`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from alerting.config import AlertRulesFile
from alerting.rules.base import Hit, Rule, RuleContext
from alerting.rules.kinds import GradeRule, NegativeOfficialRule, SpikeRule, WatchWordsRule

log = logging.getLogger(__name__)

RULE_TYPES: dict[str, Callable[[Any], Rule]] = {
    "grade": GradeRule,
    "negative_official": NegativeOfficialRule,
    "spike": SpikeRule,
    "watch_words": WatchWordsRule,
}
"""``type`` of ``alert_rules.yaml`` → the rule class built from that entry's config."""


def build_rules(config: AlertRulesFile) -> list[Rule]:
    """The enabled rules of ``alert_rules.yaml`` in file order."""
    return [RULE_TYPES[rc.type](rc) for rc in config.rules if rc.enabled]


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

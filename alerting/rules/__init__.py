"""Alert rules: one small class per rule type behind :class:`alerting.rules.base.Rule`."""

from alerting.rules.base import Hit, Rule, RuleContext
from alerting.rules.registry import build_rules, evaluate

__all__ = ["Hit", "Rule", "RuleContext", "build_rules", "evaluate"]

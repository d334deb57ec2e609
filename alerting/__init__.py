"""Alerting: stores classified items, groups them into events, evaluates alert rules, notifies and escalates."""

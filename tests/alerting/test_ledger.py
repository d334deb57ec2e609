"""The alert ledger: what a batch knows of the alerts already raised (:class:`alerting.raising.AlertLedger`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alerting.raising import AlertLedger
from alerting.rules.base import Hit
from models.db import Alert

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def test_two_rules_about_one_topic_each_keep_their_quiet_period(any_migrated_db) -> None:
    """The ledger reads a scope's alerts per rule: a second rule about the same topic is not taken
    for one that never alerted (it would then ignore its quiet period)."""
    _engine, sessions = any_migrated_db
    hits = [Hit(rule, rule, "三级", "激增", "topic:城乡建设", marker="m2") for rule in ("spike-a", "spike-b")]
    with sessions() as s, s.begin():
        for hit in hits:
            s.add(
                Alert(id=f"id-{hit.rule}", kind="rule", rule=hit.rule, level="三级", title="t",
                      dedupe_key=f"{hit.rule}|{hit.scope_key}|m1", created_at=NOW - timedelta(minutes=5))
            )  # fmt: skip
    quiet = timedelta(minutes=30)
    with sessions() as s:
        one_by_one = AlertLedger(s, [])
        assert [one_by_one.in_quiet_period(h, None, quiet, NOW) for h in hits] == [True, True]
        at_once = AlertLedger(s, [])
        at_once.load_scopes(hits)
        assert [at_once.in_quiet_period(h, None, quiet, NOW) for h in hits] == [True, True]
        assert not at_once.in_quiet_period(hits[0], None, quiet, NOW + timedelta(minutes=40))

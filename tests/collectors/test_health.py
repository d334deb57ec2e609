"""Source health: a source that keeps answering but brings nothing new for far longer than its
usual rhythm raises one source-health alert per quiet spell, like a failing source."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from collectors.health import HealthStore, QuietPolicy
from models.db.collected import CollectedItem
from models.enums import AlertKind
from models.messages import AlertMessage

START = datetime(2026, 6, 1, 0, 0, tzinfo=UTC)


class World:
    """A health store on a real database, with a hand-moved clock and the alerts it raised."""

    def __init__(self, factory: sessionmaker[Session], **overrides: float | None) -> None:
        self.now = START
        self.factory = factory
        self.alerts: list[AlertMessage] = []
        self.health = HealthStore(
            factory,
            publish_alert=self.alerts.append,
            clock=lambda: self.now,
            quiet=QuietPolicy(),
            quiet_overrides=overrides,
        )
        self._n = 0

    def poll(self, source_id: str, new: int = 0, *, after: timedelta = timedelta(minutes=30)) -> None:
        """Move the clock on, then record a successful poll that brought ``new`` items."""
        self.now += after
        with self.factory() as session, session.begin():
            for _ in range(new):
                self._n += 1
                session.add(
                    CollectedItem(
                        id=f"{source_id}-{self._n}",
                        source_id=source_id,
                        content_hash=f"{self._n:064d}",
                        collected_at=self.now,
                        published=True,
                    )
                )
        self.health.success(source_id, published=new, cursor={})


def test_a_source_quiet_far_longer_than_its_rhythm_raises_one_alert(
    migrated_db: tuple[Engine, sessionmaker[Session]],
) -> None:
    world = World(migrated_db[1])
    for _ in range(10):  # one new item an hour: the usual rhythm
        world.poll("gov", new=1, after=timedelta(hours=1))
    last_new = world.now
    while world.now - last_new < timedelta(hours=5, minutes=30):
        world.poll("gov")  # answering, nothing new: within four times the rhythm (and the 6 h floor)
    assert world.alerts == []
    while world.now - last_new < timedelta(hours=8):
        world.poll("gov")
    (alert,) = world.alerts
    assert alert.kind is AlertKind.SOURCE_HEALTH and alert.rule == "source_quiet" and alert.source_id == "gov"
    assert "信源沉寂：gov" in alert.title and "通常约每 1.0 小时" in alert.summary
    world.poll("gov", after=timedelta(hours=5))
    assert len(world.alerts) == 1  # one alert per quiet spell

    world.poll("gov", new=1)  # something new ends the spell; the next long silence alerts again
    world.poll("gov", after=timedelta(hours=12))
    assert len(world.alerts) == 2
    row = {h.source_id: h for h in world.health.all()}["gov"]
    assert row.quiet_alerted_at == world.now and row.last_new_at is not None


def test_a_source_without_history_uses_the_default_and_an_override_wins(
    migrated_db: tuple[Engine, sessionmaker[Session]],
) -> None:
    world = World(migrated_db[1], hourly=3600.0)
    world.poll("new-site")
    world.poll("hourly")
    world.poll("new-site", after=timedelta(days=2))
    world.poll("hourly", after=timedelta(minutes=1))
    assert [a.source_id for a in world.alerts] == ["hourly"]  # 2 days < the 3-day default; 1 h override passed
    world.poll("new-site", after=timedelta(days=1, hours=1))
    assert [a.source_id for a in world.alerts] == ["hourly", "new-site"]
    assert "尚无足够历史" in world.alerts[1].summary


def test_items_collected_in_one_crawl_count_as_one_arrival() -> None:
    policy = QuietPolicy()
    burst = [START + timedelta(days=d, seconds=s) for d in range(6) for s in range(0, 50, 10)]
    limit_s, usual_s = policy.threshold(sorted(burst, reverse=True))
    assert usual_s == 86400 and limit_s == 4 * 86400


def test_failures_still_alert_on_the_nth_in_a_row(migrated_db: tuple[Engine, sessionmaker[Session]]) -> None:
    world = World(migrated_db[1])
    for _ in range(3):
        world.health.failure("broken", RuntimeError("HTTP 500"))
    (alert,) = world.alerts
    assert alert.rule == "source_health" and "连续 3 次" in alert.title


def test_status_table_names_a_quiet_source(migrated_db: tuple[Engine, sessionmaker[Session]]) -> None:
    from collectors.health_table import format_table, status_rows

    world = World(migrated_db[1], gov=3600.0)
    world.poll("gov")
    world.poll("gov", after=timedelta(hours=2))
    table = format_table(status_rows(world.health, ["gov"]))
    assert "quiet: nothing new since 06-01 08:30" in table  # Asia/Shanghai

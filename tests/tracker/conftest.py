"""Fixtures of the tracker tests: a migrated SQLite database, an event factory, Beijing times."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from sqlalchemy.orm import Session, sessionmaker

from models.db.events import Event
from models.timeutil import SHANGHAI, ensure_aware


def bj(text: str) -> datetime:
    """An aware UTC datetime from a Beijing-time string ``YYYY-MM-DD HH:MM``."""
    return ensure_aware(datetime.fromisoformat(text).replace(tzinfo=SHANGHAI))


@pytest.fixture
def factory(migrated_db: tuple[object, sessionmaker[Session]]) -> sessionmaker[Session]:
    return migrated_db[1]


@pytest.fixture
def session(factory: sessionmaker[Session]) -> Iterator[Session]:
    with factory() as s, s.begin():
        yield s


@pytest.fixture
def make_event(session: Session) -> Callable[..., Event]:
    def make(title: str = "某镇道路塌陷", grade: str | None = None, **fields: object) -> Event:
        at = bj("2025-03-03 08:00")
        event = Event(title=title, grade=grade, first_seen_at=at, last_seen_at=at, created_at=at, updated_at=at)
        for key, value in fields.items():
            setattr(event, key, value)
        session.add(event)
        session.flush()
        return event

    return make

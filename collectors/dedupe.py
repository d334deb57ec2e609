"""Exact and near-duplicate detection, persisted in ``collected_items`` so restarts and several
collector processes agree.

* Same item id (same canonical URL): already published, dropped silently.
* Same content hash (same text at another URL): dropped, but counted as a copy of the first.
* Near-duplicate (转载 with small edits): published, with ``duplicate_of`` the first copy's id and
  ``copies`` the story's copy count so far (the first copy has 1).

Near-duplicates are found by SimHash distance ≤ :data:`CANDIDATE_DISTANCE` among the items of the
last ``window`` (an in-memory array refreshed from the table before each judgement), confirmed by
3-gram containment ≥ :data:`CONTAINMENT`, which keeps short texts about one topic apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from collectors.errors import PublishError
from collectors.normalize import content_hash, fingerprint_text
from collectors.simhash import MIN_NEAR_CHARS, simhash, to_hex
from models.db.collected import CollectedItem
from models.messages import RawItem
from models.timeutil import Clock, utcnow

CANDIDATE_DISTANCE = 16
CONTAINMENT = 0.6
FINGERPRINT_CHARS = 1000
MAX_ENTRIES = 200_000
"""Near-duplicate candidates kept in memory (the most recent); older stories are only matched exactly."""


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def _grams(text: str) -> set[str]:
    return {text[i : i + 3] for i in range(max(1, len(text) - 2))}


def containment(a: str, b: str) -> float:
    """Share of the shorter text's 3-grams found in the longer one."""
    ga, gb = _grams(a), _grams(b)
    if not ga or not gb:
        return 0.0
    return len(ga & gb) / min(len(ga), len(gb))


@dataclass
class Judgement:
    """What :meth:`DedupeStore.judge` decided for one batch."""

    publish: list[RawItem] = field(default_factory=list)
    """Items to publish, with content_hash, simhash, duplicate_of and copies filled in."""
    copies: list[tuple[RawItem, str]] = field(default_factory=list)
    """Exact text copies not to publish, with the id of the item they copy."""
    known: list[RawItem] = field(default_factory=list)
    """Items already published before (same id)."""


@dataclass
class _Entry:
    id: str
    simhash: int
    fingerprint: str
    original_id: str | None


def _insert_ignore(session: Session, rows: list[dict[str, object]]) -> None:
    """Insert rows, skipping ids another collector process inserted first."""
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(CollectedItem).on_conflict_do_nothing(index_elements=["id"]), rows)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(CollectedItem).on_conflict_do_nothing(index_elements=["id"]), rows)


class DedupeStore:
    """Judges batches of items against everything published in the last ``window``.

    Not thread-safe: callers serialise ``judge`` → publish → ``commit`` (see :class:`ItemSink`).
    """

    def __init__(
        self, factory: sessionmaker[Session], *, clock: Clock = utcnow, window: timedelta = timedelta(days=14)
    ) -> None:
        self._factory = factory
        self._clock = clock
        self._window = window
        self._entries: list[_Entry] = []
        self._ids: set[str] = set()
        self._hashes = np.zeros(0, dtype=np.uint64)
        self._loaded_until: datetime | None = None

    def _remember(self, entries: Sequence[_Entry]) -> None:
        fresh = [e for e in entries if e.id not in self._ids]
        if fresh:
            self._entries.extend(fresh)
            self._ids.update(e.id for e in fresh)
            self._hashes = np.concatenate([self._hashes, np.array([e.simhash for e in fresh], dtype=np.uint64)])
        if len(self._entries) > MAX_ENTRIES:
            dropped = self._entries[:-MAX_ENTRIES]
            self._entries = self._entries[-MAX_ENTRIES:]
            self._hashes = self._hashes[-MAX_ENTRIES:]
            self._ids.difference_update(e.id for e in dropped)

    def _refresh(self, session: Session) -> None:
        # Overlap the last refresh: another process may commit rows stamped a little earlier.
        since = self._loaded_until - timedelta(minutes=5) if self._loaded_until else self._clock() - self._window
        rows = session.execute(
            select(
                CollectedItem.id,
                CollectedItem.simhash,
                CollectedItem.fingerprint,
                CollectedItem.original_id,
                CollectedItem.collected_at,
            ).where(CollectedItem.collected_at >= since, CollectedItem.published.is_(True))
        ).all()
        self._remember([_Entry(r.id, r.simhash & _MASK, r.fingerprint, r.original_id) for r in rows])
        if rows:
            self._loaded_until = max(r.collected_at for r in rows)

    def _near(self, value: int, fingerprint: str, batch: list[_Entry]) -> _Entry | None:
        if len(fingerprint) < MIN_NEAR_CHARS:
            return None
        for entries, hashes in (
            (self._entries, self._hashes),
            (batch, np.array([e.simhash for e in batch], dtype=np.uint64)),
        ):
            if not len(hashes):
                continue
            dist = np.bitwise_count(np.bitwise_xor(hashes, np.uint64(value)))
            close = np.flatnonzero(dist <= CANDIDATE_DISTANCE)
            for index in close[np.argsort(dist[close], kind="stable")]:
                entry = entries[int(index)]
                if containment(fingerprint, entry.fingerprint) >= CONTAINMENT:
                    return entry
        return None

    def judge(self, items: Sequence[RawItem]) -> Judgement:
        """Decide for each item (in order) whether to publish it; nothing is written."""
        verdict = Judgement()
        if not items:
            return verdict
        try:
            with self._factory() as session:
                self._refresh(session)
                self._judge(session, items, verdict)
        except SQLAlchemyError as exc:
            raise PublishError(f"dedupe store unavailable: {exc}") from exc
        return verdict

    def _judge(self, session: Session, items: Sequence[RawItem], verdict: Judgement) -> None:
        seen_ids = set(session.scalars(select(CollectedItem.id).where(CollectedItem.id.in_([i.id for i in items]))))
        digests = {i.id: content_hash(i.title, i.text) for i in items}
        by_hash: dict[str, str] = {
            h: i
            for h, i in session.execute(
                select(CollectedItem.content_hash, CollectedItem.id).where(
                    CollectedItem.content_hash.in_(set(digests.values())), CollectedItem.published.is_(True)
                )
            )
        }
        counts: dict[str, int] = {}
        batch: list[_Entry] = []
        for item in items:
            if item.id in seen_ids:
                verdict.known.append(item)
                continue
            seen_ids.add(item.id)
            digest = digests[item.id]
            if digest in by_hash:
                verdict.copies.append((item, by_hash[digest]))
                continue
            fingerprint = fingerprint_text(item.title, item.text)[:FINGERPRINT_CHARS]
            value = simhash(fingerprint)
            near = self._near(value, fingerprint, batch)
            original = (near.original_id or near.id) if near else None
            copies = 1
            if original:
                if original not in counts:
                    counts[original] = (
                        session.scalar(select(CollectedItem.copies).where(CollectedItem.id == original)) or 1
                    )
                counts[original] += 1
                copies = counts[original]
            update_ = {"content_hash": digest, "simhash": to_hex(value), "duplicate_of": original, "copies": copies}
            verdict.publish.append(item.model_copy(update=update_))
            by_hash[digest] = item.id
            batch.append(_Entry(item.id, value, fingerprint, original))

    def known_ids(self, ids: list[str]) -> set[str]:
        """Which of ``ids`` were already published or counted (their pages need no fetching)."""
        if not ids:
            return set()
        try:
            with self._factory() as session:
                return set(session.scalars(select(CollectedItem.id).where(CollectedItem.id.in_(ids))))
        except SQLAlchemyError as exc:
            raise PublishError(f"dedupe store unavailable: {exc}") from exc

    def commit(self, verdict: Judgement) -> None:
        """Record a judged batch after its items were published and flushed."""
        now = self._clock()
        rows: list[dict[str, object]] = []
        bumps: dict[str, int] = {}
        entries: list[_Entry] = []
        for item in verdict.publish:
            value = int(item.simhash or "0", 16)
            fingerprint = fingerprint_text(item.title, item.text)[:FINGERPRINT_CHARS]
            rows.append(_row(item, value, fingerprint, item.duplicate_of, True, now))
            entries.append(_Entry(item.id, value, fingerprint, item.duplicate_of))
            if item.duplicate_of:
                bumps[item.duplicate_of] = bumps.get(item.duplicate_of, 0) + 1
        for item, original in verdict.copies:
            rows.append(_row(item, 0, "", original, False, now))
            bumps[original] = bumps.get(original, 0) + 1
        try:
            with self._factory() as session, session.begin():
                _insert_ignore(session, rows)
                for original, n in bumps.items():
                    session.execute(
                        update(CollectedItem)
                        .where(CollectedItem.id == original)
                        .values(copies=CollectedItem.copies + n)
                    )
        except SQLAlchemyError as exc:
            raise PublishError(f"cannot record published items: {exc}") from exc
        self._remember(entries)


_MASK = (1 << 64) - 1


def _row(
    item: RawItem, value: int, fingerprint: str, original: str | None, published: bool, now: datetime
) -> dict[str, object]:
    return {
        "id": item.id,
        "source_id": item.source_id,
        "url": item.url,
        "content_hash": item.content_hash or content_hash(item.title, item.text),
        "simhash": _signed(value),
        "fingerprint": fingerprint,
        "original_id": original,
        "copies": item.copies or 1,
        "published": published,
        "collected_at": now,
    }

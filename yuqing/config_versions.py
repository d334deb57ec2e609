"""Rule documents edited online: versioned in the database, seeded and deployed from YAML.

Four documents of a jurisdiction are editable in the web UI: ``routing`` (``routing.yaml``, read by
the classifier), ``taxonomy`` (``taxonomy.yaml``: the topics, their names and the title keywords that
decide them, read by the classifier; every name shown for a topic comes from it), ``alert_rules``
(``alert_rules.yaml``: alert rules and the keyword schemes 关注词/排除词/地域词, read by the alerting
stage) and ``policies`` (``policies.yaml``, read by the response tracker at dispatch). Each version
is a row of ``config_versions`` with the full text, who and when (append-only: the history is the
audit trail).

Which text is in force:

* the newest version in the database; when the database has none yet, the file on disk;
* the first start (``yuqing run``, ``yuqing serve``) imports each file as version 1 (``seed``), and
  the first edit online does the same if that had not happened;
* **a YAML file changed on disk later wins once**: :func:`import_files` (``yuqing config import``,
  also run by ``yuqing run`` and ``yuqing serve`` at start) appends the file as a new version
  (``import``) when its content differs from the file content imported last time. An unchanged
  file never overrides an online edit, so restarts keep what the admins changed; a deployment that
  ships a changed file replaces it (and the history keeps both). ``yuqing config export`` writes the
  version in force back to the file, to carry online edits into the deployment's repository.

A stage never imports another to learn of a change: :class:`LiveDocument` re-reads its document
when the newest version number changes (one small query, at most every ``interval_s`` seconds).
"""

from __future__ import annotations

import difflib
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from models.db.config import ConfigVersion
from models.ports import RuleDocuments
from yuqing.config import read_config_text
from yuqing.db.engine import transaction
from yuqing.errors import ConfigError, Conflict, Invalid, NotFound

log = logging.getLogger(__name__)

DOCUMENTS: dict[str, str] = {
    "alert_rules": "预警规则与关键词方案",
    "routing": "分派规则",
    "policies": "时限策略",
    "taxonomy": "分类体系",
}
"""The documents editable online: name (the file is ``<name>.yaml``) → what people call it."""

FILE_ORIGINS = ("seed", "import")
MAX_TEXT = 200_000
"""Longest document accepted (characters)."""

T = TypeVar("T")


@dataclass(frozen=True)
class Current:
    """The text in force of a document: ``version`` 0 means the file on disk (nothing in the database)."""

    document: str
    version: int
    text: str
    author: str = ""
    created_at: datetime | None = None


def file_name(document: str) -> str:
    _known(document)
    return f"{document}.yaml"


def _known(document: str) -> None:
    if document not in DOCUMENTS:
        raise NotFound(f"没有可在线编辑的配置 {document!r}（可编辑：{'、'.join(DOCUMENTS)}）")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def newest_version(session: Session, document: str) -> int:
    """The newest version number of ``document`` (0: none in the database)."""
    return int(session.scalar(select(func.max(ConfigVersion.version)).where(ConfigVersion.document == document)) or 0)


def newest(session: Session, document: str) -> ConfigVersion | None:
    return session.scalar(
        select(ConfigVersion).where(ConfigVersion.document == document).order_by(ConfigVersion.version.desc()).limit(1)
    )


def get_version(session: Session, document: str, version: int) -> ConfigVersion:
    row = session.scalar(
        select(ConfigVersion).where(ConfigVersion.document == document, ConfigVersion.version == version)
    )
    if row is None:
        raise NotFound(f"{file_name(document)} 没有版本 {version}")
    return row


def history(session: Session, document: str, limit: int = 200) -> list[ConfigVersion]:
    """The versions of ``document``, newest first."""
    _known(document)
    return list(
        session.scalars(
            select(ConfigVersion)
            .where(ConfigVersion.document == document)
            .order_by(ConfigVersion.version.desc())
            .limit(limit)
        )
    )


def current(session: Session, jurisdiction_dir: Path, document: str) -> Current:
    """The text in force: the newest version, else the file on disk. ``ConfigError`` if neither exists."""
    _known(document)
    row = newest(session, document)
    if row is not None:
        return Current(document, row.version, row.text, row.author, row.created_at)
    return Current(document, 0, read_config_text(Path(jurisdiction_dir) / file_name(document)))


def _insert(
    session: Session, document: str, version: int, text: str, *, origin: str, author: str, now: datetime, note: str
) -> ConfigVersion:
    row = ConfigVersion(
        document=document,
        version=version,
        text=text,
        sha256=digest(text),
        origin=origin,
        author=author[:100],
        note=note[:500],
        created_at=now,
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError as exc:  # two edits raced for the same number: the session must be rolled back
        raise Conflict(f"{file_name(document)} 刚被其他人修改为版本 {version}，请刷新后重试") from exc
    return row


def append(
    session: Session,
    jurisdiction_dir: Path,
    document: str,
    text: str,
    *,
    author: str,
    now: datetime,
    origin: str = "web",
    note: str = "",
    base_version: int | None = None,
) -> ConfigVersion:
    """Add ``text`` (already validated by the stage that reads it) as the newest version; flushes,
    never commits.

    ``base_version`` is the version the editor started from: when another edit came in between, the
    change is refused (``Conflict``) rather than silently overwriting it. Unchanged text is refused
    (``Invalid``). With no version in the database yet, the file on disk becomes version 1 first,
    so the history starts from what was deployed.
    """
    _known(document)
    if len(text) > MAX_TEXT:
        raise Invalid(f"{file_name(document)} 过长（最多 {MAX_TEXT} 字符）")
    latest = newest(session, document)
    seeded = latest is None  # an editor that started from the file (version 0) edited this seed
    if latest is None:
        path = Path(jurisdiction_dir) / file_name(document)
        if path.is_file():
            latest = _insert(
                session, document, 1, read_config_text(path), origin="seed", author="seed", now=now, note="初始版本"
            )
    number = latest.version if latest is not None else 0
    if base_version is not None and base_version != number and not (seeded and base_version == 0):
        by = f"（{latest.author}）" if latest is not None else ""
        raise Conflict(
            f"{file_name(document)} 已被修改为版本 {number}{by}，你编辑的是版本 {base_version}：请刷新后重试"
        )
    if latest is not None and latest.text == text:
        raise Invalid(f"{file_name(document)} 没有改动")
    return _insert(session, document, number + 1, text, origin=origin, author=author, now=now, note=note)


Check = Callable[[str, str, Mapping[str, str]], object]
"""A stage's check of a document's text: ``check(text, name, in_force)`` raises ``ConfigError``
naming lines; ``in_force`` holds the texts of the other documents as they will be in force."""


@dataclass(frozen=True)
class Imported:
    document: str
    version: int | None
    """The version added, or None when nothing was added."""
    reason: str


def import_files(
    sessions: sessionmaker[Session],
    jurisdiction_dir: Path,
    now: datetime,
    *,
    checks: Mapping[str, Check] | None = None,
    documents: Iterable[str] = DOCUMENTS,
    author: str = "yuqing config import",
) -> list[Imported]:
    """Import each document's YAML file when the database has none yet (version 1, ``seed``) or the
    file changed since it was last imported (a new version, ``import``). Online edits are kept while
    the file is unchanged. A file that fails its stage's check (``checks``) raises ``ConfigError``
    before anything of that document is written."""
    documents = list(documents)
    with sessions() as session:
        after = in_force_after_import(session, jurisdiction_dir, documents)
    out: list[Imported] = []
    for document in documents:
        path = Path(jurisdiction_dir) / file_name(document)
        if not path.is_file():
            out.append(Imported(document, None, f"{path.name} 不存在"))
            continue
        text = read_config_text(path)
        with transaction(sessions) as session:
            last_file = session.scalar(
                select(ConfigVersion)
                .where(ConfigVersion.document == document, ConfigVersion.origin.in_(FILE_ORIGINS))
                .order_by(ConfigVersion.version.desc())
                .limit(1)
            )
            if last_file is not None and last_file.sha256 == digest(text):
                out.append(Imported(document, None, "文件未变"))
                continue
            if checks and document in checks:
                checks[document](text, path.name, after)
            number = newest_version(session, document)
            if last_file is None and number == 0:
                row = _insert(session, document, 1, text, origin="seed", author=author, now=now, note=str(path))
                out.append(Imported(document, row.version, "初始版本"))
                continue
            latest = newest(session, document)
            if latest is not None and latest.text == text:
                out.append(Imported(document, None, "与当前版本相同"))
                continue
            row = _insert(
                session, document, number + 1, text, origin="import", author=author, now=now, note=f"{path} 已更新"
            )
            out.append(Imported(document, row.version, "文件已更新"))
    return out


def in_force(session: Session, jurisdiction_dir: Path) -> dict[str, str]:
    """Every document's text in force (:func:`current`), documents with neither a version nor a file left out."""
    out = {}
    for document in DOCUMENTS:
        try:
            out[document] = current(session, jurisdiction_dir, document).text
        except ConfigError:
            continue
    return out


def in_force_after_import(session: Session, jurisdiction_dir: Path, imported: Iterable[str]) -> dict[str, str]:
    """Every document's text as it will be in force once the files of ``imported`` are imported:
    the file where it changed since its last import (or was never imported), else the text in force.
    A stage checks a file against these (a routing file naming a topic the taxonomy file adds)."""
    out = in_force(session, jurisdiction_dir)
    for document in imported:
        if file_changed(session, jurisdiction_dir, document) or newest_version(session, document) == 0:
            try:
                out[document] = read_config_text(Path(jurisdiction_dir) / file_name(document))
            except ConfigError:
                continue
    return out


def file_changed(session: Session, jurisdiction_dir: Path, document: str) -> bool:
    """True when the YAML file on disk differs from the file content imported last (so the next
    ``yuqing config import`` or start of ``yuqing run`` will make it a new version)."""
    path = Path(jurisdiction_dir) / file_name(document)
    if not path.is_file():
        return False
    last = session.scalar(
        select(ConfigVersion.sha256)
        .where(ConfigVersion.document == document, ConfigVersion.origin.in_(FILE_ORIGINS))
        .order_by(ConfigVersion.version.desc())
        .limit(1)
    )
    if last is None:
        return newest_version(session, document) > 0
    try:
        return last != digest(read_config_text(path))
    except ConfigError:
        return True


def unified_diff(old: str, new: str, old_label: str, new_label: str) -> str:
    """The changes from ``old`` to ``new`` as a unified diff ('' when equal)."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), old_label, new_label, n=2
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


class LiveDocument(Generic[T]):
    """A stage's parsed view of one document, re-read when a newer version appears.

    :meth:`current` asks the database for the newest version number at most every ``interval_s``
    seconds; only when it changed is the text read and ``parse(text, name)`` run. A version that
    fails to parse (written by a newer release, say) is logged and skipped: the stage keeps the
    last good one and never stops. With no version in the database, ``initial`` (what the stage
    loaded from the file on disk) stays in force. A database that cannot be read keeps the current
    value too (logged once per distinct error).
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        document: str,
        parse: Callable[[str, str], T],
        *,
        initial: T,
        interval_s: float = 2.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        _known(document)
        self.document = document
        self._sessions = sessions
        self._parse = parse
        self._value = initial
        self._version = 0
        self._interval = interval_s
        self._monotonic = monotonic
        self._checked_at: float | None = None
        self._failed: set[tuple[int, str]] = set()
        self._lock = threading.Lock()

    @property
    def version(self) -> int:
        """The version in force (0: the file the stage started with)."""
        return self._version

    def current(self) -> T:
        with self._lock:
            now = self._monotonic()
            if self._checked_at is None or now - self._checked_at >= self._interval:
                self._checked_at = now
                self._refresh()
            return self._value

    def _refresh(self) -> None:
        try:
            with self._sessions() as session:
                number = newest_version(session, self.document)
                if number == 0 or number == self._version:
                    return
                row = get_version(session, self.document, number)
                text = row.text
        except SQLAlchemyError as exc:
            self._note_failure(0, f"cannot read the versions of {self.document}: {exc.__class__.__name__}")
            return
        try:
            value = self._parse(text, f"{file_name(self.document)}")
        except (ConfigError, Invalid) as exc:
            self._note_failure(number, f"{file_name(self.document)} version {number} ignored: {exc}")
            return
        self._value, self._version = value, number
        log.info("%s: version %d in force", file_name(self.document), number)

    def _note_failure(self, number: int, message: str) -> None:
        key = (number, message)
        if key not in self._failed:
            self._failed.add(key)
            log.error(message)


def document_checks(documents: Mapping[str, RuleDocuments], jurisdiction_dir: Path) -> dict[str, Check]:
    """The stages' checks (``StagePorts.documents``) as :data:`Check` functions for :func:`import_files`."""

    def bind(document: str, port: RuleDocuments) -> Check:
        def check(text: str, _name: str, in_force: Mapping[str, str]) -> None:
            port.check_document(document, text, jurisdiction_dir=Path(jurisdiction_dir), in_force=in_force)

        return check

    return {document: bind(document, port) for document, port in documents.items()}

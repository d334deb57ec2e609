"""Rule documents versioned in the database: seeding, importing changed files, appending edits, and
the stages' live view of them."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from yuqing import config_versions
from yuqing.config_versions import LiveDocument, append, current, file_changed, history, import_files
from yuqing.errors import ConfigError, Conflict, Invalid, NotFound
from yuqing.settings import EXAMPLE_JURISDICTION

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "j"
    out.mkdir()
    for name in ("routing.yaml", "alert_rules.yaml", "policies.yaml", "taxonomy.yaml"):
        shutil.copy(EXAMPLE_JURISDICTION / name, out / name)
    return out


@pytest.fixture
def sessions(migrated_db: tuple[object, sessionmaker[Session]]) -> sessionmaker[Session]:
    return migrated_db[1]


def test_the_file_is_in_force_until_the_database_has_a_version(sessions: sessionmaker[Session], folder: Path) -> None:
    with sessions() as s:
        found = current(s, folder, "routing")
    assert found.version == 0 and found.text == (folder / "routing.yaml").read_text(encoding="utf-8")
    with sessions() as s, pytest.raises(NotFound):
        current(s, folder, "units")  # not an editable document


def test_first_edit_records_the_deployed_file_as_version_one(sessions: sessionmaker[Session], folder: Path) -> None:
    with sessions() as s:
        row = append(s, folder, "policies", "version: 1\n", author="admin1", now=NOW, note="试改")
        s.commit()
        assert row.version == 2
        versions = history(s, "policies")
    assert [(v.version, v.origin, v.author) for v in versions] == [(2, "web", "admin1"), (1, "seed", "seed")]
    assert versions[1].text == (folder / "policies.yaml").read_text(encoding="utf-8")


def test_a_stale_edit_and_an_unchanged_text_are_refused(sessions: sessionmaker[Session], folder: Path) -> None:
    with sessions() as s:
        append(s, folder, "policies", "version: 1\n", author="a", now=NOW, base_version=0)
        s.commit()
        with pytest.raises(Conflict, match="版本 2"):
            append(s, folder, "policies", "version: 1\njurisdiction: x\n", author="b", now=NOW, base_version=1)
        with pytest.raises(Invalid, match="没有改动"):
            append(s, folder, "policies", "version: 1\n", author="b", now=NOW, base_version=2)
        assert config_versions.newest_version(s, "policies") == 2


def test_a_file_changed_on_disk_wins_once_and_an_unchanged_one_never(
    sessions: sessionmaker[Session], folder: Path
) -> None:
    first = import_files(sessions, folder, NOW)
    assert [(r.document, r.version) for r in first] == [
        ("alert_rules", 1),
        ("routing", 1),
        ("policies", 1),
        ("taxonomy", 1),
    ]
    assert all(r.version is None for r in import_files(sessions, folder, NOW))  # nothing changed
    with sessions() as s:
        append(s, folder, "policies", "version: 1\njurisdiction: 在线\n", author="admin1", now=NOW)
        s.commit()
        assert not file_changed(s, folder, "policies")
    import_files(sessions, folder, NOW)  # a restart keeps the online edit
    with sessions() as s:
        assert current(s, folder, "policies").text.endswith("在线\n")
    path = folder / "policies.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# deployed\n", encoding="utf-8")
    with sessions() as s:
        assert file_changed(s, folder, "policies")
    (result,) = import_files(sessions, folder, NOW, documents=["policies"])
    assert result.version == 3 and result.reason == "文件已更新"
    with sessions() as s:
        assert current(s, folder, "policies").text.endswith("# deployed\n")
        assert history(s, "policies")[0].origin == "import"


def test_an_import_that_fails_its_stage_check_writes_nothing(sessions: sessionmaker[Session], folder: Path) -> None:
    def refuse(text: str, name: str, in_force: Mapping[str, str]) -> None:
        raise ConfigError(f"{name}:3: rules: nope")

    with pytest.raises(ConfigError, match=r"routing\.yaml:3"):
        import_files(sessions, folder, NOW, checks={"routing": refuse}, documents=["routing"])
    with sessions() as s:
        assert config_versions.newest_version(s, "routing") == 0


def test_an_import_checks_each_file_against_the_others_as_they_will_be_in_force(
    sessions: sessionmaker[Session], folder: Path
) -> None:
    """A routing file naming a topic the taxonomy file adds in the same deployment passes; the
    texts given are the changed files, and the versions in force for the rest."""
    seen: dict[str, Mapping[str, str]] = {}

    def record(document: str) -> config_versions.Check:
        def check(text: str, name: str, in_force: Mapping[str, str]) -> None:
            seen[document] = dict(in_force)

        return check

    import_files(sessions, folder, NOW)
    with sessions() as s:
        append(s, folder, "policies", "version: 1\njurisdiction: 在线\n", author="admin1", now=NOW)
        s.commit()
    taxonomy = folder / "taxonomy.yaml"
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8") + "# deployed\n", encoding="utf-8")
    checks = {d: record(d) for d in ("routing", "taxonomy")}
    routing = folder / "routing.yaml"
    routing.write_text(routing.read_text(encoding="utf-8") + "# deployed\n", encoding="utf-8")
    import_files(sessions, folder, NOW, checks=checks)
    assert seen["routing"]["taxonomy"].endswith("# deployed\n")  # the taxonomy file, imported after it
    assert seen["taxonomy"]["routing"].endswith("# deployed\n")
    assert seen["routing"]["policies"].endswith("在线\n")  # unchanged file: the online edit stays in force


def test_live_document_rereads_only_a_new_version_and_keeps_the_last_good_one(
    sessions: sessionmaker[Session], folder: Path
) -> None:
    clock = [0.0]
    parsed: list[str] = []

    def parse(text: str, name: str) -> str:
        parsed.append(text)
        if "bad" in text:
            raise ConfigError(f"{name}:1: bad")
        return text

    live = LiveDocument(sessions, "policies", parse, initial="from file", interval_s=2.0, monotonic=lambda: clock[0])
    assert live.current() == "from file" and live.version == 0
    with sessions() as s:
        append(s, folder, "policies", "v2\n", author="a", now=NOW)
        s.commit()
    assert live.current() == "from file"  # checked less than 2 s ago
    clock[0] = 2.0
    assert live.current() == "v2\n" and live.version == 2
    clock[0] = 4.0
    assert live.current() == "v2\n" and parsed == ["v2\n"]  # same version: not parsed again
    with sessions() as s:
        append(s, folder, "policies", "bad\n", author="a", now=NOW)
        s.commit()
    clock[0] = 6.0
    assert live.current() == "v2\n" and live.version == 2  # a version that fails is skipped, logged


def test_live_document_on_an_unmigrated_database_keeps_the_file(tmp_path: Path) -> None:
    from yuqing.db.engine import make_engine, make_session_factory

    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    live = LiveDocument(make_session_factory(engine), "routing", lambda t, n: t, initial="file")
    assert live.current() == "file"
    engine.dispose()

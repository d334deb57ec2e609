"""Pages name topics, units, sources and rules; ids stay in URLs and the API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from models.db import Source, Unit
from service.names import NameBook, Names, load_names
from yuqing.settings import EXAMPLE_JURISDICTION


def test_names_come_from_the_taxonomy_rules_and_tables(db: sessionmaker[Session]) -> None:
    with db() as s:
        s.add(Source(id="src-1", name="江山发布", type="rss"))
        s.commit()
        names = load_names(s, EXAMPLE_JURISDICTION)
    assert names.topic("anquan") == "安全应急"
    assert names.rule("grade-major") == "重大及以上突发事件"
    assert names.source("src-1") == "江山发布"
    assert names.topic("no-such-topic") == "no-such-topic"  # unnamed ids are shown, never hidden
    assert names.unit(None) == "—"


def test_a_bad_yaml_file_leaves_ids_unnamed_instead_of_failing(db: sessionmaker[Session], tmp_path: Path) -> None:
    (tmp_path / "taxonomy.yaml").write_text("topics: [{id: x}]\n", encoding="utf-8")
    with db() as s:
        assert load_names(s, tmp_path).topic("x") == "x"


def test_name_book_reloads_after_its_ttl_and_after_invalidation(db: sessionmaker[Session], tmp_path: Path) -> None:
    clock = [0.0]
    book = NameBook(db, tmp_path, ttl_s=30, monotonic=lambda: clock[0])
    assert book.current().unit("u1") == "u1"
    with db() as s:
        s.add(Unit(id="u1", name="市应急管理局"))
        s.commit()
    assert book.current().unit("u1") == "u1"  # cached
    clock[0] = 31.0
    assert book.current().unit("u1") == "市应急管理局"
    with db() as s:
        s.get(Unit, "u1").name = "江山市应急管理局"  # type: ignore[union-attr]
        s.commit()
    book.invalidate()
    assert book.current().unit("u1") == "江山市应急管理局"


def test_units_joined() -> None:
    names = Names(units={"a": "甲局", "b": "乙局"})
    assert names.units_joined(["a", "b", "c"]) == "甲局、乙局、c"
    assert names.units_joined([]) == "—"


def test_desk_and_event_pages_show_topic_names_not_ids(users: dict[str, str], web_login: Any, seed: Any) -> None:
    event, _ = seed(topic="anquan")
    client, _ = web_login(users["desk"])
    desk = client.get("/desk").text
    page = client.get(f"/events/{event.id}").text
    for html in (desk, page):
        assert "安全应急" in html
        assert ">anquan<" not in html


def test_the_header_names_the_person_not_the_login(make_user: Any, web_login: Any, db: sessionmaker[Session]) -> None:
    from models.enums import Role

    with db.begin() as s:
        if s.get(Unit, "hushan") is None:
            s.add(Unit(id="hushan", name="虎山街道", kind="township"))
    make_user("hs01", Role.UNIT, "hushan", display_name="王芳")
    make_user("desk01", Role.DESK)
    client, _ = web_login("hs01")
    header = client.get("/inbox").text.split("</header>")[0]
    assert "王芳（责任单位 · 虎山街道）" in header
    assert ">hs01" not in header  # the login name only as a tooltip
    client, _ = web_login("desk01")  # no name recorded: the login name
    assert "desk01（值班室）" in client.get("/desk").text.split("</header>")[0]


def test_people_automatic_actors_and_manual_reports_are_named() -> None:
    from service.names import Names, shown_person
    from service.web.render import action_details

    names = Names(units={"hushan": "虎山街道"}, people={"hs01": shown_person("王芳", "unit", "虎山街道")})
    assert names.person("hs01") == "王芳（虎山街道）"
    assert names.person("system:自动派单") == "系统（自动派单）"
    assert shown_person(None, "desk", None) == "值班室"
    assert names.source("manual") == "人工报送"
    details = {
        "lead_unit": "hushan",
        "grade": "major",
        "first_seen_at": "2026-12-01T19:40:42+00:00",
        "origin": "policy",
        "policy": {"rules": []},
    }
    assert action_details(names, details) == [
        ("牵头单位", "虎山街道"),
        ("等级", "重大"),
        ("事件首次发现", "2026-12-02 03:40"),
        ("派单方式", "按时限策略自动派单"),
    ]

"""``yuqing collect``: dry runs print JSON lines and publish nothing; --status prints the health table."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.main import build_app
from collectors.health import HealthStore
from tests.collectors.conftest import FixtureSite, Route
from yuqing.db.engine import make_engine, make_session_factory
from yuqing.db.migrate import upgrade


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"YUQING_DATA_DIR": str(tmp_path / "data"), "YUQING_DATABASE_URL": f"sqlite:///{tmp_path / 'y.db'}", **extra}


def test_dry_run_prints_items_as_json_lines(site: FixtureSite, tmp_path: Path) -> None:
    url = site.add_file("/forum.xml", "forum_gbk.xml")
    result = CliRunner().invoke(build_app(), ["collect", "--dry-run", "--url", url], env=_env(tmp_path))
    assert result.exit_code == 0, result.output
    items = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [i["title"] for i in items] == [
        "石桥镇自来水发黄好几天了，有没有人管一管",
        "学校门口早高峰拥堵严重，建议增设交警疏导",
    ]
    assert items[0]["published_at"] == "2026-11-21T12:15:00Z" and items[0]["url"] == "http://forum.test/thread/501.html"


def test_dry_run_of_a_broken_feed_is_a_clear_error(site: FixtureSite, tmp_path: Path) -> None:
    url = site.add_file("/broken.xml", "malformed.xml")
    result = CliRunner().invoke(build_app(), ["collect", "--dry-run", "--url", url], env=_env(tmp_path))
    assert result.exit_code != 0
    assert "not a readable feed" in str(result.exception) or "not a readable feed" in result.output


def test_dry_run_of_a_feed_without_items_says_so(site: FixtureSite, tmp_path: Path) -> None:
    feed = '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>空</title></feed>'
    url = site.add("/empty.xml", Route(body=feed.encode()))
    result = CliRunner().invoke(build_app(), ["collect", "--dry-run", "--url", url], env=_env(tmp_path))
    assert result.exit_code != 0
    assert "holds no items" in str(result.exception) or "holds no items" in result.output


@pytest.mark.parametrize("url", ["file:///srv/feeds/news.xml", "www.example.gov.cn/rss.xml", "http://"])
def test_dry_run_of_an_address_that_is_not_a_web_address_is_a_clear_error(url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(build_app(), ["collect", "--dry-run", "--url", url], env=_env(tmp_path))
    assert result.exit_code != 0
    message = str(result.exception)
    assert f"cannot try {url!r}" in message and "http:// or https://" in message
    assert "validation error" not in message  # said in words, not as a validator's dump


@pytest.mark.parametrize("failures", [0, 2])
def test_status_table(tmp_path: Path, make_settings: Callable[..., Any], failures: int) -> None:
    db = f"sqlite:///{tmp_path / 'y.db'}"
    upgrade(db)
    engine = make_engine(db)
    health = HealthStore(make_session_factory(engine))
    health.success("jiangshan-news", published=5, cursor={"etag": '"x"'})
    for _ in range(failures):
        health.failure("jiangshan-forum", RuntimeError("HTTP 500 from forum"))
    engine.dispose()
    result = CliRunner().invoke(build_app(), ["collect", "--status"], env=_env(tmp_path))
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert set(lines) >= {"jiangshan-news", "jiangshan-forum", "jiangshan-web", "jiangshan-messages"}
    assert lines["jiangshan-news"].split()[-1] == "5"
    assert ("HTTP 500" in lines["jiangshan-forum"]) is (failures > 0)
    assert "never" in lines["jiangshan-web"]


def test_unknown_source_id_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(build_app(), ["collect", "--once", "--source", "nope"], env=_env(tmp_path))
    assert result.exit_code != 0 and "no source 'nope'" in str(result.exception)

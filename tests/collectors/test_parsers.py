"""Feed and JSON parsing without the network."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from collectors.config import JsonMapping
from collectors.errors import ParseError
from collectors.jsonapi import parse_records
from collectors.rss import parse_feed

NOW = datetime(2026, 11, 22, 4, 0, tzinfo=UTC)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>青川市政府 信息公开</title>
  <entry>
    <title>关于做好冬季供暖保障工作的通知</title>
    <link href="https://gov.test/zwgk/2026/1121.html?spm=abc"/>
    <id>tag:gov.test,2026:1121</id>
    <updated>2026-11-21T10:00:00+08:00</updated>
    <author><name>市住建局</name></author>
    <content type="html">&lt;p&gt;各县区住建部门：请做好今冬供暖保障工作。&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_atom_entry() -> None:
    (item,) = parse_feed(ATOM.encode(), "application/atom+xml", source_id="gov", now=NOW)
    assert item.title == "关于做好冬季供暖保障工作的通知" and item.url == "https://gov.test/zwgk/2026/1121.html"
    assert item.text == "各县区住建部门：请做好今冬供暖保障工作。" and item.author == "市住建局"
    assert item.published_at == datetime(2026, 11, 21, 2, 0, tzinfo=UTC)


def test_gb2312_declared_in_xml_prolog() -> None:
    body = ATOM.replace('encoding="utf-8"', 'encoding="gb2312"').encode("gb2312")
    (item,) = parse_feed(body, "application/xml", source_id="gov", now=NOW)
    assert item.title == "关于做好冬季供暖保障工作的通知"


@pytest.mark.parametrize("body", [b"", b"<html><body>502</body></html>", b"\x00\x01garbage", b"{}"])
def test_not_a_feed(body: bytes) -> None:
    with pytest.raises(ParseError):
        parse_feed(body, None, source_id="x", now=NOW)


def test_json_mapping_and_errors() -> None:
    mapping = JsonMapping(records="data.list", id="no", title="t", text="c", published="at", likes="n.up")
    body = (
        '{"data": {"list": [{"no": 1, "t": "路灯不亮", "c": "幸福路路灯坏了一周。", '
        '"at": "2026-11-21 20:00", "n": {"up": 4}},'
        ' {"no": null, "t": "无编号"}, "not a record", {"no": 3}]}}'
    ).encode()
    (item,) = parse_records(body, "application/json", mapping, source_id="api", now=NOW)
    assert item.title == "路灯不亮" and item.engagement.likes == 4 and item.url is None
    assert item.published_at == datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    with pytest.raises(ParseError, match="not JSON"):
        parse_records(b"<html>", None, mapping, source_id="api", now=NOW)
    with pytest.raises(ParseError, match="no list of records"):
        parse_records(b'{"data": {}}', None, mapping, source_id="api", now=NOW)

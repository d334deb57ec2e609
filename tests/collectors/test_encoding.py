"""Encoding detection of undeclared Chinese bodies."""

from __future__ import annotations

import pytest

from collectors.encoding import declared_charset, decode, detect, mojibake_reason, strip_xml_encoding
from tests.collectors.conftest import FIXTURES

TEXT = "石桥镇自来水发黄好几天了，希望有关部门尽快查明原因并公布水质检测结果。"
TRAD = "鄉鎮衛生院夜間無醫生值班，民眾看病不方便，希望衛生健康部門重視基層醫療。"


@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030"])
def test_undeclared_gb_family_decodes(codec: str) -> None:
    body = f"<rss><title>{TEXT}</title></rss>".encode(codec)
    assert decode(body) == f"<rss><title>{TEXT}</title></rss>"


def test_undeclared_big5_decodes() -> None:
    body = f"<rss><title>{TRAD}</title></rss>".encode("big5")
    assert detect(body) == "big5hkscs"
    assert TRAD in decode(body)


def test_fixture_files_are_really_undeclared_and_decode() -> None:
    gbk = (FIXTURES / "forum_gbk.xml").read_bytes()
    big5 = (FIXTURES / "forum_big5.xml").read_bytes()
    assert declared_charset(gbk) is None and declared_charset(big5) is None
    assert "石桥镇自来水发黄" in decode(gbk)
    assert "鄉鎮衛生院夜間無醫生值班" in decode(big5)


def test_declared_charset_is_honoured_when_it_decodes() -> None:
    body = f'<?xml version="1.0" encoding="gb2312"?><rss><title>{TEXT}</title></rss>'.encode("gbk")
    assert detect(body) == "gb18030"
    assert detect(TEXT.encode("big5", "ignore"), "text/xml; charset=big5") == "big5hkscs"


def test_wrong_utf8_declaration_falls_back_to_detection() -> None:
    body = f'<?xml version="1.0" encoding="utf-8"?><rss><title>{TEXT}</title></rss>'.encode("gbk")
    assert TEXT in decode(body, "application/xml; charset=utf-8")


def test_utf8_and_bom() -> None:
    assert decode(TEXT.encode("utf-8")) == TEXT
    assert decode(b"\xef\xbb\xbf" + TEXT.encode("utf-8")) == TEXT


def test_strip_xml_encoding() -> None:
    assert strip_xml_encoding('<?xml version="1.0" encoding="GB2312"?><rss/>') == '<?xml version="1.0"?><rss/>'


FEED = (
    '<?xml version="1.0" encoding="gb2312"?><rss version="2.0"><channel><title>江山市新闻</title>'
    "<item><title>江山市新闻</title><link>http://gov.test/1.html</link><description>{body}</description></item>"
    "</channel></rss>"
)


@pytest.mark.parametrize("bad", [b"\x80", b"\xff", b"\xa1", b"\xff\xff"])
@pytest.mark.parametrize("declared", [True, False])
def test_chinese_with_a_few_invalid_bytes_still_decodes_as_chinese(bad: bytes, declared: bool) -> None:
    body = FEED.format(body="市政府召开新闻发布会").encode("gb2312").replace(b"</description>", bad + b"</description>")
    if not declared:
        body = body.replace(b' encoding="gb2312"', b"")
    assert detect(body) == "gb18030"
    text = decode(body)
    assert "<title>江山市新闻</title>" in text and "\ufffd" in text


def test_gb2312_feed_with_an_invalid_byte_yields_chinese_items() -> None:
    from datetime import UTC, datetime

    from collectors.rss import parse_feed

    body = FEED.format(body="市政府召开新闻发布会").encode("gb2312").replace(b"</title><link>", b"\x80</title><link>")
    (item,) = parse_feed(body, "application/rss+xml", source_id="x", now=datetime(2026, 1, 1, tzinfo=UTC))
    assert item.title.startswith("江山市新闻") and item.text == "市政府召开新闻发布会"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        # The page says GB2312, the bytes are UTF-8: the bytes win.
        (f'<html><head><meta charset="gb2312"><title>{TEXT}</title></head></html>'.encode(), "text/html"),
        (f"<html><head><title>{TEXT}</title></head></html>".encode(), "text/html; charset=GBK"),
        # The page says UTF-8, the bytes are GBK.
        (f'<html><head><meta charset="utf-8"><title>{TEXT}</title></head></html>'.encode("gbk"), None),
        # The page says GBK, the bytes are Big5.
        (f'<html><head><meta charset="gbk"><title>{TRAD}</title></head></html>'.encode("big5"), None),
        # GB18030-only characters (four-byte sequences) under a GB2312 declaration.
        (f'<html><head><meta charset="gb2312"><title>{TEXT}𠀀</title></head></html>'.encode("gb18030"), None),
    ],
)
def test_bytes_decide_when_the_declaration_disagrees(body: bytes, content_type: str | None) -> None:
    text = decode(body, content_type)
    assert TEXT in text or TRAD in text
    assert mojibake_reason(text) is None


@pytest.mark.parametrize(
    "garbage",
    [
        "江山市人民政府新闻办公室举行新闻发布会".encode("gbk").decode("ptcp154"),
        "江山市人民政府新闻办公室举行新闻发布会".encode().decode("cp1252", "replace"),
        "江山市人民政府新闻办公室举行新闻发布会".encode("gbk").decode("latin-1"),
        "江山市人民政府新闻办公室举行新闻发布会。" * 3 + "\ufffd" * 20,
        "江山市人民政府新闻办公室举行新闻发布会，通报全市防汛工作情况".encode("gbk").decode("big5", "ignore") * 2,
    ],
)
def test_mojibake_is_recognised(garbage: str) -> None:
    assert mojibake_reason(garbage) is not None


@pytest.mark.parametrize(
    "fine",
    [
        TEXT,
        TRAD,
        "Привет, это обычный русский текст о погоде и новостях города.",
        "Café crème brûlée à la française, très délicieux et façonné",
        "一个\ufffd坏字节不妨碍阅读：江山市人民政府新闻办公室举行新闻发布会",
        "short ҪӯЙҪ",
    ],
)
def test_readable_text_is_not_called_mojibake(fine: str) -> None:
    assert mojibake_reason(fine) is None


def test_a_feed_of_mojibake_is_an_error_not_items() -> None:
    from datetime import UTC, datetime

    from collectors.errors import ParseError
    from collectors.rss import parse_feed

    garbled = "江山市人民政府新闻办公室举行新闻发布会".encode("gbk").decode("cp1251")
    body = FEED.replace(' encoding="gb2312"', "").format(body=garbled).encode("utf-8")
    with pytest.raises(ParseError, match="mojibake"):
        parse_feed(body, "application/rss+xml", source_id="x", now=datetime(2026, 1, 1, tzinfo=UTC))

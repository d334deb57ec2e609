"""Encoding detection of undeclared Chinese bodies."""

from __future__ import annotations

import pytest

from collectors.encoding import declared_charset, decode, detect, strip_xml_encoding
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

"""Web pages in GBK, GB18030 and Big5, declared right, declared wrong, undeclared or with an invalid
byte, read right through the whole web path: ``yuqing collect --dry-run --type web --url`` against
a local server (the spider's decoding, extraction, the item's title, text, time and 来源)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.main import build_app
from tests.collectors.conftest import FixtureSite, Route

SIMPLIFIED = {
    "title": "石桥镇自来水发黄问题已查明原因",
    "first": "近日，有网友反映石桥镇部分小区自来水发黄，镇政府立即组织水务公司开展排查。",
    "last": "镇政府表示，将加强供水设施日常巡查，确保群众喝上放心水。",
    "info": "发布时间：2024-06-12 15:30　来源：石桥镇人民政府",
    "nav": "首页 政务公开 通知公告",
    "origin": "石桥镇人民政府",
}
TRADITIONAL = {
    "title": "鄉鎮衛生院夜間值班問題獲回應",
    "first": "鄉鎮衛生院夜間無醫生值班，民眾看病不方便，衛生健康局已要求各院落實二十四小時值班制度。",
    "last": "衛生健康局表示，將加強督導檢查，確保群眾夜間就醫有保障，並公布監督電話。",
    "info": "發布時間：2024-06-12 15:30　來源：衛生健康局",
    "nav": "首頁 政務公開 通知公告",
    "origin": "衛生健康局",
}
MIDDLE = {
    "simplified": "排查发现，问题源于一段老旧管网检修后未及时冲洗，水务公司已连夜冲洗管网并检测水质，各项指标均达标。",
    "traditional": "排查發現，問題源於部分衛生院醫生人手不足，衛生健康局已協調縣醫院派出醫生輪流支援夜間值班。",
}


def page(words: dict[str, str], middle: str, meta: str, *, extra: str = "") -> str:
    links = "".join(f'<a href="/col/{i}/index.html">{name}</a> ' for i, name in enumerate(words["nav"].split()))
    return (
        f'<html><head>{meta}<title>{words["title"]}</title></head><body><div class="nav">{links}</div>'
        f'<h1>{words["title"]}</h1><div class="info">{words["info"]}</div><div class="content">'
        f"<p>{words['first']}</p><p>{middle}{extra}</p><p>{words['last']}</p></div></body></html>"
    )


def _meta(charset: str | None) -> str:
    return f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""


CASES = [
    # id, words, bytes' codec, declared in <meta>, HTTP Content-Type, a character to add, invalid bytes
    ("gbk-declared", SIMPLIFIED, "gbk", "gbk", "text/html", "", b""),
    ("gbk-meta-says-utf8", SIMPLIFIED, "gbk", "utf-8", "text/html", "", b""),
    ("gbk-header-says-utf8", SIMPLIFIED, "gbk", None, "text/html; charset=utf-8", "", b""),
    ("gbk-undeclared", SIMPLIFIED, "gbk", None, "text/html", "", b""),
    ("gbk-one-invalid-byte", SIMPLIFIED, "gbk", "gbk", "text/html", "", b"\xff"),
    ("gb18030-declared-gb2312", SIMPLIFIED, "gb18030", "gb2312", "text/html", "（䶮、𠮷二字见附件）", b""),
    ("gb18030-undeclared", SIMPLIFIED, "gb18030", None, "text/html", "（䶮、𠮷二字见附件）", b""),
    ("big5-declared", TRADITIONAL, "big5", "big5", "text/html", "", b""),
    ("big5-meta-says-gb2312", TRADITIONAL, "big5", "gb2312", "text/html", "", b""),
    ("big5-header-says-utf8", TRADITIONAL, "big5", None, "text/html; charset=utf-8", "", b""),
    ("big5-undeclared", TRADITIONAL, "big5", None, "text/html", "", b""),
    ("big5-one-invalid-byte", TRADITIONAL, "big5", None, "text/html", "", b"\xff"),
]


def _dry_run(url: str, tmp_path: Path) -> list[dict[str, Any]]:
    env = {"YUQING_DATA_DIR": str(tmp_path / "d"), "YUQING_DATABASE_URL": f"sqlite:///{tmp_path / 'y.db'}"}
    result = CliRunner().invoke(build_app(), ["collect", "--dry-run", "--type", "web", "--url", url], env=env)
    assert result.exit_code == 0, (result.output, result.exception)
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize(
    ("words", "codec", "declared", "content_type", "added", "invalid"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_chinese_web_page_in_any_encoding_reads_right_end_to_end(
    site: FixtureSite,
    tmp_path: Path,
    words: dict[str, str],
    codec: str,
    declared: str | None,
    content_type: str,
    added: str,
    invalid: bytes,
) -> None:
    middle = MIDDLE["traditional" if words is TRADITIONAL else "simplified"]
    body = page(words, middle, _meta(declared), extra=added).encode(codec)
    if invalid:  # one stray byte inside the middle paragraph, as a truncated edit leaves
        cut = body.index(middle[:6].encode(codec))
        body = body[:cut] + invalid + body[cut:]
    site.add("/robots.txt", Route(body=b"", content_type="text/plain"))
    site.add("/art/2024/6/12/art_1.html", Route(body=body, content_type=content_type))
    (item,) = _dry_run(f"{site.base}/art/2024/6/12/art_1.html", tmp_path)
    assert item["title"] == words["title"]
    text = item["text"]
    assert text.startswith(words["first"]) and text.endswith(words["last"])
    assert middle[6:] in text and (added in text if added else True)
    assert text.count("\ufffd") == (1 if invalid else 0)
    assert item["published_at"] == "2024-06-12T07:30:00Z" and item["origin"] == words["origin"]


def test_an_undeclared_gbk_list_page_leads_to_its_gbk_and_gb18030_articles(site: FixtureSite, tmp_path: Path) -> None:
    # A county list page saved in GBK without a declaration, linking articles in other encodings.
    titles = [f"{SIMPLIFIED['title']}（第{i}期）" for i in range(1, 6)]
    records = "".join(
        f'<li><a href="/art/2024/6/{i}/art_{i}.html">{t}</a><span>2024-06-0{i}</span></li>'
        for i, t in enumerate(titles, start=1)
    )
    listing = f'<html><head><title>通知公告</title></head><body><ul class="list">{records}</ul></body></html>'
    site.add("/robots.txt", Route(body=b"", content_type="text/plain"))
    site.add("/col/col1/index.html", Route(body=listing.encode("gbk"), content_type="text/html"))
    for i, title in enumerate(titles, start=1):
        words = dict(SIMPLIFIED, title=title)
        codec = ("gbk", "gb18030", "gbk", "gb18030", "gbk")[i - 1]
        site.add(
            f"/art/2024/6/{i}/art_{i}.html",
            Route(body=page(words, MIDDLE["simplified"], "").encode(codec), content_type="text/html"),
        )
    items = _dry_run(f"{site.base}/col/col1/index.html", tmp_path)
    assert sorted(item["title"] for item in items) == sorted(titles)
    assert all(item["text"].startswith(SIMPLIFIED["first"]) for item in items)

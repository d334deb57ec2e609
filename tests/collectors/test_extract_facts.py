"""What an article page says about itself (publish time, 来源, 信息公开 index fields) on the forms
news and government templates write it in."""

from __future__ import annotations

import pytest

from collectors.web.extract import extract_article
from tests.collectors.test_extract import PARAGRAPHS, article

INFO = "发布时间：2024-06-12 15:30 来源：江山市应急管理局 浏览次数：123"


def with_info(info: str, head: str = "") -> str:
    return article(PARAGRAPHS).replace(INFO, info).replace("<head>", f"<head>{head}")


@pytest.mark.parametrize(
    ("info", "origin"),
    [
        # 中国新闻网: the source and a link after one full-width space
        ("2024年06月12日 15:30　来源：中国新闻网　参与互动", "中国新闻网"),
        # pages in traditional characters (香港、台湾 releases, Big5 sites)
        ("發布時間：2024-06-12 15:30 來源：衛生健康局 瀏覽次數：123", "衛生健康局"),
        ("資料來源：衛生署衞生防護中心  發佈日期：2024-06-12 15:30", "衛生署衞生防護中心"),
    ],
)
def test_the_source_ends_where_the_line_moves_on(info: str, origin: str) -> None:
    result = extract_article(with_info(info))
    assert result.origin == origin and result.published is not None and "2024" in result.published

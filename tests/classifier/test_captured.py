"""Text as collectors capture it: a page's links to other articles and OCR's spaced characters."""

from __future__ import annotations

import pytest

from classifier.captured import article_text, unspaced
from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import G, L


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (
            "12月5日上午，江郎山第十届登山节在石门镇开幕，来自各地的800余名登山爱好者参加。 "
            "上一篇：廿八都镇一民房火灾致3人遇难 下一篇：须江一渔船翻沉",
            "12月5日上午，江郎山第十届登山节在石门镇开幕，来自各地的800余名登山爱好者参加。",
        ),
        (
            "会议要求各单位深刻吸取教训，切实抓好冬季安全生产工作。 相关阅读： 石门镇一客车坠入山沟 11人死亡",
            "会议要求各单位深刻吸取教训，切实抓好冬季安全生产工作。",
        ),
        (
            "坚持免试就近入学。（二）符合条件的随迁子女。 热点新闻 · 石门镇一客车坠入山沟 11人死亡",
            "坚持免试就近入学。（二）符合条件的随迁子女。",
        ),
        # (a complaint's own link in its sentence, then its question: kept whole)
        (
            "本人对之前相关单位的回复有质疑，相关链接：谁为移民主持公道。请问有哪些政策？",
            "本人对之前相关单位的回复有质疑，相关链接：谁为移民主持公道。请问有哪些政策？",
        ),
    ],
)
def test_a_pages_links_to_other_articles_are_cut(body: str, kept: str) -> None:
    assert article_text(body) == kept


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("情 况 通 报 12 月 5 日 14 时 许 ， 清 湖 街 道 一 民 房 发 生 火 灾 ， 造 成 1 人 死 亡 。", G),
        ("情 况 通 报 12 月 5 日 9 时 许 ， 四 都 镇 一 采 石 场 发 生 边 坡 坍 塌 ， 造 成 4 人 死 亡 。", L),
    ],
)
def test_ocrs_spaced_characters_are_read(text: str, grade: IncidentGrade) -> None:
    assert propose(unspaced(text)).grade is grade


def test_a_posts_spaces_between_its_clauses_stay() -> None:
    post = "刚刚在贺村镇 一辆大货车把骑电瓶车的大叔撞了 人躺在地上半天没起来"
    assert unspaced(post) is post


def test_the_classifier_stage_reads_a_page_without_its_links_and_ocr_joined(make_raw_item) -> None:  # type: ignore[no-untyped-def]
    from classifier.engine import load_classifier
    from yuqing.settings import EXAMPLE_JURISDICTION

    engine = load_classifier(EXAMPLE_JURISDICTION)
    page = make_raw_item(
        title="江郎山第十届登山节开幕",
        text="12月5日上午，江郎山第十届登山节在石门镇开幕，来自各地的800余名登山爱好者参加。 "
        "上一篇：廿八都镇一民房火灾致3人遇难 下一篇：须江一渔船翻沉",
    )
    notice = make_raw_item(
        title="情 况 通 报", text="12 月 5 日 9 时 许 ， 四 都 镇 一 采 石 场 发 生 边 坡 坍 塌 ， 造 成 4 人 死 亡 。"
    )
    graded = [c.grade for c in engine.classify([page, notice])]
    assert graded == [None, L]

"""Negativity lexicon: cues, negation of negative and of positive cues, evidence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import Classifier
from classifier.sentiment import SentimentScorer
from models.enums import EventType
from models.messages import RawItem


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("小区物业乱收费，多次投诉没人管", True),
        ("化工厂爆炸3人死亡", True),
        ("服务不满意，办事不方便", True),
        ("感谢城管部门及时处理", False),
        ("请问社保卡怎么办理", False),
        ("经排查没有发生事故", False),
    ],
)
def test_negativity(text: str, negative: bool) -> None:
    result = SentimentScorer().score(text)
    assert result.negative is negative, result
    assert 0.0 <= result.score <= 1.0
    assert bool(result.terms) is negative


def test_custom_lexicon() -> None:
    scorer = SentimentScorer(negative={"坏": 2.0}, positive={"好": 2.0})
    assert scorer.score("坏").negative and not scorer.score("好").negative
    assert scorer.score("不好").negative  # a negated positive cue is negative


@pytest.mark.parametrize(
    "text",
    [
        "城东一男子跳河身亡",
        "一名女子在小区坠楼身亡 家属称其生前曾遭威胁",
        "大学生宿舍楼跳楼 当场死亡",
        "两车相撞 司机当场丧生",
        "夜市摊主被人持刀刺伤",
    ],
)
def test_deaths_and_injuries_without_a_number_are_negative(text: str) -> None:
    assert SentimentScorer().score(text).negative


def test_prevention_and_campaigns_are_not_negative_but_a_worry_is() -> None:
    scorer = SentimentScorer()
    assert not scorer.score("全市开展燃气安全隐患大排查，严防火灾、爆炸等事故发生").negative
    assert not scorer.score("学校组织开展火灾应急疏散演练").negative
    assert scorer.score("小区楼道堆满电动车，极可能引发火灾，太危险了").negative


def test_harm_found_by_grading_counts(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    items = [
        make_raw_item(title="", text="凌晨山洪冲毁了村口的道路和桥梁"),
        make_raw_item(title="", text="村里准备开展山洪灾害防御演练"),
    ]
    flood, drill = classifier_engine.classify(items)
    assert flood.negative and flood.event_type is EventType.NATURAL_DISASTER
    assert not drill.negative and drill.grade is None

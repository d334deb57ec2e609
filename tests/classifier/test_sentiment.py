"""Negativity lexicon: cues, negation of negative and of positive cues, evidence."""

from __future__ import annotations

import pytest

from classifier.sentiment import SentimentScorer


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

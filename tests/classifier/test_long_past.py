"""An incident dated a year or more before the item was published is no news: no grade."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from classifier.engine import Classifier
from models.enums import IncidentGrade
from models.messages import RawItem

PUBLISHED = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


def graded(engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, at: datetime = PUBLISHED):  # type: ignore[no-untyped-def]
    (result,) = engine.classify([make_raw_item(title="", text=text, published_at=at)])
    return result


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a feature recalling an accident of 2008 by its year and its named day
        ("2008年“4·28”胶济铁路特别重大交通事故造成72人死亡、416人受伤，是近年来最惨痛的铁路事故之一。", "2008年"),
        # a full date of years ago
        ("2015年8月12日，天津港发生特别重大火灾爆炸事故，造成165人遇难。", "2015年8月"),
        # a complaint about an accident of years ago
        ("我父亲于2012年11月16日下班途中因车祸去世，社保局至今不认定工伤。", "2012年11月"),
    ],
)
def test_an_incident_dated_years_before_publication_is_not_graded(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, year: str
) -> None:
    result = graded(classifier_engine, make_raw_item, text)
    assert result.grade is None, result.grade_reasons
    assert any(f"往年的事件（原文“{year}”" in r for r in result.grade_reasons), result.grade_reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # the same text published in its own year is news
        ("2026年11月30日，贺村镇一化工厂发生爆炸，造成3人死亡。", IncidentGrade.LARGE),
        # the year dates something else: the collapse is today's
        ("2008年建成的大桥今天坍塌，造成3人死亡。", IncidentGrade.LARGE),
        # the earlier accident named for comparison, this one's toll after it
        ("2019年“3·21”爆炸事故造成78人死亡，本次事故造成3人死亡。", IncidentGrade.LARGE),
        # a span up to now is a tally's, not a date
        ("2008年以来该路段已致3人死亡，昨天又一辆货车侧翻致2人死亡。", IncidentGrade.GENERAL),
        # a petition years ago, the beating told as of now
        ("之前2015年也到市政府上访几次，没得到回复，而且我们的组织者被开发商请的人打伤住院。", IncidentGrade.GENERAL),
    ],
)
def test_an_incident_of_now_keeps_its_grade(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, grade: IncidentGrade
) -> None:
    result = graded(classifier_engine, make_raw_item, text)
    assert result.grade is grade, result.grade_reasons


def test_a_year_told_is_long_past_only_against_the_day_of_publication(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # reported the day after: news
    text = "2015年8月12日，天津港发生特别重大火灾爆炸事故，造成165人遇难。"
    result = graded(classifier_engine, make_raw_item, text, datetime(2015, 8, 13, 2, 0, tzinfo=UTC))
    assert result.grade is IncidentGrade.ESPECIALLY_MAJOR, result.grade_reasons


def test_no_year_is_judged_past_without_a_publication_time(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    # a source that gave no time has its item's publication set to the time of collection: unknown
    text = "2015年8月12日，天津港发生特别重大火灾爆炸事故，造成165人遇难。"
    at = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    (result,) = classifier_engine.classify([make_raw_item(title="", text=text, published_at=at, collected_at=at)])
    assert result.grade is IncidentGrade.ESPECIALLY_MAJOR, result.grade_reasons

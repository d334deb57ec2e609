"""Topics decided by a word of the headline (a topic's ``keywords`` in ``taxonomy.yaml``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from classifier.engine import Classifier
from classifier.headline_topics import HeadlineTopics
from classifier.routing import Conditions, Router, RoutingRule, RoutingTable
from models.messages import RawItem
from models.taxonomy import Taxonomy, Topic
from yuqing.config import load_yaml
from yuqing.errors import ConfigError

KEJI = Topic(id="keji", label="科技创新", keywords=("科技创新", "技术合同", "创新券"))
JINGXIN = Topic(id="jingxin", label="工业和信息化", keywords=("工业和信息化", "工业通信业", "专精特新"))


def with_keyword_topics(engine: Classifier) -> Classifier:
    taxonomy = engine.taxonomy.model_copy(update={"topics": (*engine.taxonomy.topics, KEJI, JINGXIN)})
    rules = (
        RoutingRule(name="科技创新", when=Conditions(topics=("keji",)), lead="keji"),
        RoutingRule(name="工业和信息化", when=Conditions(topics=("jingxin",)), lead="jingxin"),
        *engine.router.table.rules,
    )
    return replace(engine, taxonomy=taxonomy, router=Router(RoutingTable(rules=rules)))


def test_a_keyword_of_the_headline_decides_the_topic_and_the_unit(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    notice = make_raw_item(
        title="关于开展2026年度科技创新券服务机构综合评价工作的通知",
        text="各有关单位：为规范创新券服务，现开展服务机构评价，请于5月前报送材料。",
    )
    before = classifier_engine.classify([notice])[0]
    assert before.topic != "keji"  # the model knows no such topic: it names the nearest it knows

    after = with_keyword_topics(classifier_engine).classify([notice])[0]
    assert (after.topic, after.topic_label) == ("keji", "科技创新")
    assert after.topic_terms == ("科技创新",) and after.topic_confidence == 1.0
    assert (after.lead_unit, after.routing_rule) == ("keji", "科技创新")


def test_words_in_the_body_alone_decide_nothing(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    complaint = make_raw_item(
        title="西山镇桃园村工地拖欠工资",
        text="老板说他们公司是专精特新企业，却拖欠农民工工资半年，多次讨薪没人管",
    )
    plain, keyed = (
        classifier_engine.classify([complaint])[0],
        with_keyword_topics(classifier_engine).classify([complaint])[0],
    )
    assert keyed.topic == plain.topic == "laodong"
    assert keyed.topic_confidence == plain.topic_confidence


def test_the_titles_first_keyword_wins() -> None:
    topics = HeadlineTopics(Taxonomy(topics=(KEJI, JINGXIN)))
    assert topics.decide("工业通信业节能减排与技术合同登记工作的通知") == ("jingxin", "工业通信业")
    assert topics.decide("关于技术合同认定登记监督抽查工作的通知") == ("keji", "技术合同")
    assert HeadlineTopics(Taxonomy(topics=(Topic(id="a", label="甲"),))).decide("科技创新") is None


def test_without_a_title_the_opening_of_the_body_decides_nothing(
    classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """A message without a title names the department it turned to: that is no topic."""
    message = make_raw_item(title="", text="已向市科技创新局反映多次，小区门口的路灯坏了半年没人修，晚上出行很不安全。")
    (plain,) = classifier_engine.classify([message])
    (keyed,) = with_keyword_topics(classifier_engine).classify([message])
    assert keyed.topic == plain.topic != "keji"


def test_a_keyword_of_two_topics_is_refused_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.yaml"
    path.write_text(
        "topics:\n"
        "  - {id: keji, label: 科技创新, keywords: [科技创新, 创新券]}\n"
        "  - {id: jingxin, label: 工业和信息化, keywords: [创新券]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"创新券.*two topics"):
        load_yaml(path, Taxonomy)

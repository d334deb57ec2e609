"""The grade an official text states for its incident (``发生一起较大道路交通事故``): the grade where
the text gives no figure, a check where its figures say otherwise, nothing where the words name a
class of incidents, a danger, a drill or an earlier event."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import EventType, IncidentGrade
from tests.classifier.grades import E, G, L, M


@pytest.mark.parametrize(
    ("text", "grade", "words"),
    [
        ("经调查认定，城西仓库火灾是一起较大生产安全责任事故，相关责任人已被问责。", L, "较大生产安全责任事故"),
        ("今天上午，某县境内发生一起重大道路交通事故，伤亡情况正在核实中。", M, "重大道路交通事故"),
        ("关于某矿“5·12”特别重大瓦斯爆炸事故的情况通报", E, "特别重大瓦斯爆炸事故"),
        ('关于"11·2"一般火灾事故的处理意见', G, "一般火灾事故"),
        # 一起 unsaid
        (
            "昨日下午，江山市上余镇一烟花爆竹仓库发生重大爆炸事故，市委市政府主要领导第一时间赶赴现场指挥处置。",
            M,
            "重大爆炸事故",
        ),
        ("四川一隧道发生特别重大透水事故，国务院安委会已派出工作组。", E, "特别重大透水事故"),
    ],
)
def test_a_grade_the_text_states_is_the_grade_where_it_gives_no_figure(
    text: str, grade: IncidentGrade, words: str
) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(r.startswith(f"原文定级“{words}”") for r in p.reasons), p.reasons


def test_figures_decide_and_a_different_stated_grade_asks_the_desk() -> None:
    """News calls an incident 重大 loosely: two deaths are 一般, and the desk is asked to check."""
    p = propose("某县发生一起重大交通事故，造成2人死亡、3人受伤")
    assert p.grade is G, p.reasons
    assert any(r.startswith("原文称“重大交通事故”") and "请核实" in r for r in p.reasons), p.reasons


def test_a_stated_grade_the_figures_agree_with_adds_nothing() -> None:
    p = propose("关于“11·2”较大道路交通事故的情况通报：事故造成3人死亡、2人受伤。")
    assert p.grade is L, p.reasons
    assert not any("原文定级" in r or "原文称" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "市政府召开安全生产会议，部署防范较大以上安全事故工作。",
        "要坚决防止发生一起重大事故，确保全市安全形势稳定。",
        "本月共排查出重大事故隐患12处，均已整改。",
        "我们小区“物业”重大安全事故频发，请领导关注。",  # quotes, but no incident's date code
        "这是一起一般性的邻里纠纷事件，社区已调解。",  # 一般性: ordinary, no grade
        "消防救援大队开展演练，模拟发生一起较大火灾事故。",
        "2019年该厂曾发生一起重大爆炸事故。今天上午该厂一处车间冒烟，经查为设备过热。",
    ],
)
def test_a_class_a_danger_a_drill_or_an_earlier_event_states_no_grade(text: str) -> None:
    p = propose(text)
    assert p.grade in (None, G), p.reasons
    assert not any("原文定级" in r or "原文称" in r for r in p.reasons), p.reasons


def test_a_duty_to_publish_accident_reports_is_no_incident() -> None:
    p = propose("在政府网站全文公开较大事故调查报告，督促指导区级安监部门公开一般生产安全事故调查报告。")
    assert p.grade is None and p.event_type is not EventType.ACCIDENT, p.reasons


def test_a_video_made_public_of_a_fire_is_a_fire() -> None:
    p = propose("网友公开了火灾现场视频，大火造成2人受伤。")
    assert p.event_type is EventType.ACCIDENT and p.grade is G, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "天津港“8·12”特别重大火灾爆炸事故调查报告公布，123名责任人被追责",
        "关于某矿“5·12”特别重大瓦斯爆炸事故调查处理情况的通报",
        "某市召开“5·12”较大道路交通事故警示教育大会",
        "各地要深刻吸取“7·23”甬温线特别重大铁路交通事故教训，开展安全大检查",
        "事故教训极其深刻，必须引以为戒",
        "会议通报了“12·3”较大生产安全事故处理结果",
        # the decision on who was responsible, or their being held to account
        "市政府对某公司“3·15”较大事故责任人作出处理决定",
        "某县“6·8”较大事故责任追究情况公布",
        # a penalty for it
        "某矿业公司因“9·21”透水事故被处以罚款180万元",
        "某物流企业因“3·2”火灾事故受到行政处罚",
        # the report's finding, told after it (a headline's parts apart by a space, or a comma)
        "某矿“9·14”透水事故调查报告发布 定性为较大生产安全责任事故",
        "城南商场“1·6”火灾事故调查报告出炉，认定为一起重大责任事故",
    ],
)
def test_what_follows_an_incident_long_after_it_is_no_incident_and_starts_no_clock(text: str) -> None:
    """An incident's investigation report, its lessons and its warning to others are published months
    after it: 特别重大 in the report's title must not start a 5-hour clock, nor make an emergency."""
    p = propose(text)
    assert p.grade is None, p.reasons
    assert p.event_type is not EventType.ACCIDENT, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("某县“12·3”较大火灾事故已造成3人死亡", L),
        ("我市发生“1·15”重大道路交通事故，已造成11人死亡", M),
        ("今天上午，某县境内发生一起重大道路交通事故，事故调查组已赶赴现场。", M),
    ],
)
def test_an_incident_named_by_its_date_code_and_reported_now_keeps_its_grade(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade


@pytest.mark.parametrize(
    "text",
    [
        # a year's aims (遏制, 严防, 确保不发生), none that happened
        "江山市2026年安全生产工作要点：坚决遏制较大事故，严防重大事故，确保不发生特别重大事故。",
        "全年未发生重大事故",
    ],
)
def test_grades_named_as_aims_or_denied_are_no_incident(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


def test_a_fresh_accident_told_by_its_hour_yesterday_and_put_under_supervision_keeps_its_grade() -> None:
    p = propose(
        "昨日17时许，江山市大陈乡一辆面包车坠入山沟，造成3人死亡、1人受伤，省安委办对该起较大道路交通事故查处实行挂牌督办。"
    )
    assert p.grade is L, p.reasons


def test_a_count_of_graded_events_is_no_grade_stated() -> None:
    p = propose("今年上半年，全国共发生各类生产安全事故8902起，其中发生较大事故156起，发生重大事故3起。")
    assert p.grade is None, p.reasons

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
        ("关于某矿“5·12”特别重大瓦斯爆炸事故调查处理情况的通报", E, "特别重大瓦斯爆炸事故"),
        ('关于"11·2"一般火灾事故的处理意见', G, "一般火灾事故"),
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

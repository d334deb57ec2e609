"""People listed before the number of a clause's victims count with it; people listed after it
without a number of their own make the figure a lower bound."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from classifier.victims import unnumbered_after
from models.enums import IncidentGrade

G, L = IncidentGrade.GENERAL, IncidentGrade.LARGE


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("货轮在江面沉没，船长和2名船员失联", 3, L),
        ("一渔船翻沉，轮机长及两名水手下落不明", 3, L),
        ("施工车辆坠崖，造成1名司机和2名工人遇难", 3, L),
        ("两车相撞致两名司机、一名乘客和3名行人死亡", 6, L),
        ("大巴坠入河中，造成一名驾驶员、两名乘客死亡", 3, L),
        ("运砂船翻沉，船长和另外2名船员失联", 3, L),
        ("煤气泄漏致一家三口和2名邻居中毒身亡", 5, L),
    ],
)
def test_a_list_before_a_number_counts_everyone(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths + p.figures.missing == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("公交车侧翻，1名司机和5名乘客受伤", 6),
        ("斗殴中3名男子和2名女子受伤", 5),
        ("致2名学生和1名老师受伤", 3),
        ("货车撞上护栏和2名行人，2名行人受伤", 2),  # a thing is no person
        ("发生3起事故和2名行人受伤", 2),  # 3起 counts no one
        ("山体崩塌造成至少19人丧生、50多人受伤", 50),  # the dead are a figure of their own
    ],
)
def test_numbers_of_people_in_a_list_are_added(text: str, injured: int) -> None:
    p = propose(text)
    assert p.figures.injured == injured, p.reasons


def test_the_whole_list_is_quoted() -> None:
    p = propose("公交车侧翻，1名司机和5名乘客受伤")
    assert any("受伤6人" in r and "“1名司机和5名乘客受伤”" in r for r in p.reasons), p.reasons


def test_people_listed_after_a_number_without_their_own_make_a_lower_bound() -> None:
    p = propose("校车追尾，车上2名学生和家长受伤")
    assert p.figures.injured == 2, p.reasons
    reason = next(r for r in p.reasons if r.startswith("受伤"))
    assert "2人及家长" in reason and "家长未写明人数" in reason and "下限：至少2人" in reason, reason
    assert p.grade is G


@pytest.mark.parametrize(
    ("gap", "others"),
    [
        ("学生和家长", "家长"),
        ("工人及附近村民", "附近村民"),
        ("学生和家长被", "家长"),
        ("学生", None),
        ("男子和车辆", None),
    ],
)
def test_unnumbered_people_after_the_number(gap: str, others: str | None) -> None:
    assert unnumbered_after(gap) == others


@pytest.mark.parametrize(
    ("text", "deaths", "quoted"),
    [
        ("行人2死、驾驶员1死：国道205线一客车与行人相撞", 3, "2死、驾驶员1死"),
        ("某县发生一起交通事故，造成行人2人死亡、驾驶员1人死亡", 3, "2人死亡、驾驶员1人死亡"),
        ("两车相撞，2名行人死亡、1名驾驶员死亡", 3, "2名行人死亡、1名驾驶员死亡"),
        ("事故致行人2人死亡，驾驶员1人死亡，乘客3人死亡", 6, "2人死亡，驾驶员1人死亡，乘客3人死亡"),
        # one disaster's toll told place by place
        ("强降雨引发泥石流，石门村2人遇难，岭脚村1人遇难", 3, "2人遇难，岭脚村1人遇难"),
        ("台风致东溪镇1人死亡、西溪镇2人死亡", 3, "1人死亡、西溪镇2人死亡"),
    ],
)
def test_a_toll_told_group_by_group_adds_up(text: str, deaths: int, quoted: str) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths and p.grade is L, p.reasons
    assert any(f"“{quoted}”" in r for r in p.reasons if r.startswith("死亡")), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the parts of a total told first add up to it, no more
        ("事故造成3人死亡，其中行人2人死亡、驾驶员1人死亡", 3),
        # no group named, or the same one, or more than a mark between them: the largest
        ("现场2人死亡、车上1人死亡", 2),
        ("造成行人2人死亡、行人1人死亡", 2),
        ("驾驶员1人死亡，据了解行人2人死亡", 2),
        ("2人死亡。驾驶员1人死亡", 2),
        # places with no disaster named: may be two incidents; a whole village is no other place
        ("城东村2人溺亡，城西村1人溺亡", 2),
        ("山洪致全村2人遇难，全镇1人遇难", 2),
    ],
)
def test_a_toll_adds_up_only_by_groups_side_by_side(text: str, deaths: int) -> None:
    assert propose(text).figures.deaths == deaths

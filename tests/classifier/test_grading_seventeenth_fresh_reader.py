"""Forms a seventeenth round of batteries written from the README alone (the heating season, bridges and tunnels,
old houses, e-bikes, warehouses, night markets, rural roads, storms, hostels) found graded wrong."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from classifier.grading import propose
from models.enums import SourceTier, SourceType
from models.messages import Classification, RawItem
from tests.classifier.grades import G, L, assert_graded, table_tests
from tests.classifier.test_grading_elsewhere import example

UNGRADED = [
    # a thing fallen into water, not someone (had been 一般 from 落入水中)
    "钓鱼时手机不慎落入水中，捞上来已经开不了机了",
    "那只落入河中的小猫被消防员救了上来",
    # what to do, not what happened
    "发现有人落入水中应立即呼救，不要盲目下水施救",
    # a death online said to be a poisoning, the check telling who it was and what it was (had been 一般)
    "网传城南一老太“煤气中毒身亡”？经村委会核实，老太系突发脑溢血去世。",
    # a typhoon formed far off, told by how far it still is (had been 一般)
    "今年第25号台风已于今天凌晨在菲律宾以东洋面生成，目前距离我市1800多公里，暂不会对我市造成影响。",
    # a typhoon on its way, where it is told first and its strength between (had been 一般)
    "台风中心今天17时位于台州市东南方约450公里的海面上，正以每小时15公里左右的速度向西北方向移动，强度缓慢加强，"
    "预计后天凌晨登陆。",
]

GRADED = [
    # a fall into water told at length, the one who fell still missing (had been none)
    ("今天下午，一名船工在码头装货时不慎落入江中，截至目前仍下落不明，海事、消防正在搜寻。", G),
    # a fire named by the shed that burned, no one hurt (had been none)
    ("城西一老旧小区车棚大火 20余辆电动自行车被烧毁", G),
    ("城东一物流园大火 多辆货车被烧毁", G),
    ("昨夜小区地下车库大火，十余辆车被烧毁", G),
    # something come down as people post it, no one hurt (had been none)
    ("菜市场的顶棚塌下来了 幸好那会儿没人", G),
    ("小学门口的围墙突然倒了 砸坏两辆电瓶车 没伤到人", G),
    # a toll told group by group, those riding a tractor named as such (had been 一般: the larger part alone)
    ("昨晚一辆拖拉机与一辆面包车相撞，造成拖拉机乘坐人1人死亡、面包车驾驶人2人死亡。", L),
]

test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_a_fire_online_checked_and_found_is_still_graded() -> None:
    """A guard: the check names the fire and its cause, which confirms it."""
    assert_graded("网传城北一饭店起火？经调查，火灾系电线短路引起，造成2人受伤。", G)


def test_one_fallen_into_the_river_and_not_found_counts_as_missing() -> None:
    """下落不明 after 落入河中 counts the one who fell as missing."""
    assert_graded("昨天傍晚，一名男子在河边散步时不慎坠入河中，目前下落不明。", G, missing=1)


def test_one_fallen_into_the_river_and_brought_out_dead_is_still_a_death() -> None:
    """A guard: 落入江中 named as the accident keeps the toll read after it."""
    p = propose("今天上午，一名工人不慎落入江中，经打捞已无生命体征。")
    assert p.grade is G and p.figures.deaths == 1, p.reasons


def test_an_incident_of_a_year_long_past_with_no_figure_is_no_grade() -> None:
    """Every word of the event dated years before publication, no figure: no clock starts (had been 一般)."""
    c = classify(
        "我2016年在小区门口买了间商铺，2019年底，门口那堵围墙倒了，街道又很快建起了一道铁栅栏，我们多次反映都没有结果。"
    )
    assert c.grade is None, c.grade_reasons
    assert any("往年的事件" in r for r in c.grade_reasons), c.grade_reasons


def test_a_year_of_what_was_built_dates_no_fire_of_today() -> None:
    """A guard: the year dates the building; the fire is today's."""
    c = classify("2019年建成的物流仓库今天下午起火，火势已被控制")
    assert c.grade is not None and c.grade.value == "general", c.grade_reasons


def classify(text: str) -> Classification:
    """``text`` classified as a post published on 2026-11-22 (its publication time known, so a year is dated)."""
    published = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    item = RawItem(
        id="y" * 32, source_id="weibo", source_type=SourceType.RSS, source_tier=SourceTier.MAINSTREAM,
        url=None, title="", text=text, published_at=published, collected_at=published + timedelta(hours=1),
    )  # fmt: skip
    return example().classify([item])[0]

"""Facts for the 简要信息 a nineteenth round of batteries written from the README alone (gas explosions and fires
told by notices and news, building-site and confined-space accidents with follow-ups, drownings, a week's notices)
found read wrong: an incident named by its date code, what burned inside or a kitchen's flue, a boat or an aircraft
counted by its measure word, a post's emoji."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from models.facts import FactKind
from models.messages import RawItem
from tests.classifier.test_facts_posts import _values
from tests.classifier.test_facts_seventeenth_fresh_reader import _facts


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        # a follow-up naming the incident by its code, the place before it (had been 贺村镇脚手架 and 坍塌事故又有)
        (
            "【续报】贺村镇“11·20”脚手架坍塌事故又有1名受伤工人经抢救无效死亡，事故已造成3人死亡。",
            "贺村镇",
            "“11·20”脚手架坍塌事故",
        ),
        # (its search ended: had been 坍塌事故的搜救工作已于今天下午结束)
        (
            "记者从市应急管理局获悉，峡口镇“11·19”基坑坍塌事故的搜救工作已于今天下午结束，事故共造成2人死亡。",
            "峡口镇",
            "“11·19”基坑坍塌事故",
        ),
        # (a correction by the bureau, its words before the place: had been 市应急管理局今天对长台镇隧道施工)
        (
            "市应急管理局今天对长台镇“11·21”隧道施工坍塌事故伤亡人数进行更正，死亡人数由3人核减为2人。",
            "长台镇",
            "“11·21”隧道施工坍塌事故",
        ),
        # (a company's, the one buried found: had been 凤林镇某建材有限公司料仓)
        (
            "11月22日17时许，凤林镇某建材有限公司“11·22”料仓坍塌事故中被埋压的最后1名员工被找到，已无生命体征。",
            "凤林镇某建材有限公司",
            "“11·22”料仓坍塌事故",
        ),
        # a kitchen's flue that caught fire is what burned, not part of the site (had been the site's)
        (
            "今天中午，双塔街道中山路一家火锅店的后厨烟道突然起火，店内顾客及时撤离，未造成人员伤亡。",
            "双塔街道中山路一家火锅店的后厨",
            "烟道起火",
        ),
        (
            "昨晚8时许，贺村镇一家饭店的厨房排油烟管道起火，火势沿管道蔓延至二楼，无人受伤。",
            "贺村镇一家饭店的厨房",
            "排油烟管道起火",
        ),
    ],
)
def test_the_site_and_what_happened_as_told(
    make_raw_item: Callable[..., RawItem], text: str, where: str, what: str
) -> None:
    facts = _facts(make_raw_item, text)
    assert _values(facts, FactKind.WHERE)[:1] == [where], facts
    assert _values(facts, FactKind.WHAT)[:1] == [what], facts


def test_a_press_conference_on_a_coded_incident_is_no_site(make_raw_item: Callable[..., RawItem]) -> None:
    """The words before the code tell who held the conference, no place (had been 市政府新闻办召开化工企业)."""
    text = "市政府新闻办召开“8·3”化工企业爆炸事故新闻发布会，通报事故已造成4人死亡。"
    facts = _facts(make_raw_item, text)
    assert _values(facts, FactKind.WHAT)[:1] == ["“8·3”化工企业爆炸事故"], facts
    assert _values(facts, FactKind.WHERE) == [], facts


def test_what_burned_inside_or_burst_is_what_happened(make_raw_item: Callable[..., RawItem]) -> None:
    """What burned told right after the place inside, and a cylinder of 液化石油气 (had been the site's words, and
    钢瓶 alone)."""
    facts = _facts(make_raw_item, "今天上午，石门镇某木材加工厂烘干房内木屑起火，火势很快被扑灭。")
    assert _values(facts, FactKind.WHERE)[:1] == ["石门镇某木材加工厂烘干房内"], facts
    assert _values(facts, FactKind.WHAT)[:1] == ["木屑起火"], facts
    facts = _facts(make_raw_item, "今天中午，城南一饭店厨房内一只液化石油气钢瓶发生爆燃，2名厨师被烧伤。")
    assert _values(facts, FactKind.WHAT)[:1] == ["液化石油气钢瓶爆燃"], facts


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # a boat counted by 条 or 只 (had been 条渔船侧翻, 只木船侧翻)
        ("今天下午，一条渔船在峡口水库侧翻，船上2人落水失联。", "渔船侧翻"),
        ("昨晚，一只木船在须江侧翻，船上3人落水，1人死亡。", "木船侧翻"),
        # an aircraft counted by 架 (had been 一架无人机坠落)
        ("一架无人机坠落，砸伤1名路过的村民。", "无人机坠落"),
    ],
)
def test_a_thing_counted_by_its_measure_word_is_what_befell_it(
    make_raw_item: Callable[..., RawItem], text: str, what: str
) -> None:
    assert _values(_facts(make_raw_item, text), FactKind.WHAT)[:1] == [what]


def test_a_posts_emoji_is_no_part_of_what_happened(make_raw_item: Callable[..., RawItem]) -> None:
    """A post's emoji after what it tells is no part of it (had been ``仓库烧起来了🔥``)."""
    text = "石门镇工业园区的家具厂 刚刚 仓库烧起来了🔥🔥 黑烟老远都看得到 消防车来了好几辆"
    assert _values(_facts(make_raw_item, text), FactKind.WHAT)[:1] == ["仓库烧起来了"]

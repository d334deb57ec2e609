"""Facts for the 简要信息 a twentieth round of batteries written from the README alone (traffic police notices, mine
and factory notices, fire-and-rescue posts, citizens' posts and hotline calls) found read wrong: a machine whose name
holds 发生, a crane or a vessel before what befell it, an incident named by its code up to its noun, a case solved, a
shop or a home counted before its room, an alarm of someone in the water, a stove."""

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
        # a steam generator's 发生 is no occurrence (had been 器爆炸)
        (
            "今天上午8时许，凤林镇一家食品加工厂内，一台蒸汽发生器突然爆炸，1名工人被烫伤。",
            "凤林镇一家食品加工厂内",
            "蒸汽发生器爆炸",
        ),
        # a gantry crane before what befell it (had been 倒塌)
        (
            "今天下午，贺村镇一家钢材市场内，一台龙门吊突然倒塌，砸伤1名装卸工。",
            "贺村镇一家钢材市场内",
            "龙门吊倒塌",
        ),
        # a breakfast shop counted is no early morning (had been the street alone)
        (
            "今天6时10分许，清湖街道清湖路一早餐店内发生燃气爆炸，造成1人受伤。",
            "清湖街道清湖路一早餐店内",
            "燃气爆炸",
        ),
        # a resident's home and its kitchen are the site, no resident involved (had been the village alone)
        (
            "昨晚7时许，大桥镇大桥村一居民家中厨房发生火灾，造成1人烧伤。",
            "大桥镇大桥村一居民家中厨房",
            "火灾",
        ),
        # what happened named after its place, those in it told next (had been …的火灾中 as the site and what)
        (
            "11月21日晚发生在四都镇一家木材加工厂的火灾中，2名工人被烧伤。",
            "四都镇一家木材加工厂",
            "火灾",
        ),
        # a cylinder that 突然发生 burst is what happened, not part of the site (had been 爆炸, the cylinder the site's)
        (
            "今天中午，峡口镇峡里村一户人家厨房的液化气钢瓶突然发生爆炸，1人被烧伤。",
            "峡口镇峡里村一户人家厨房",
            "液化气钢瓶爆炸",
        ),
        # (a stove that caught fire: had been the site's)
        (
            "今天15时许，119指挥中心接到报警称，虎山街道某小区一居民家厨房的燃气灶起火。",
            "虎山街道某小区一居民家厨房",
            "燃气灶起火",
        ),
        # an alarm of someone in the water at a reach of a river or a reservoir (had been none, or the whole clause)
        (
            "今天下午2时许，市消防救援大队接到报警称，须江贺村段有人落水。消防救援人员乘冲锋舟开展搜救。",
            "须江贺村段",
            "落水",
        ),
        # a slope or a hillside counted before what befell it (had been 坍塌, the slope the site's)
        (
            "今天上午9时许，205国道石门镇江郎村路段一处边坡发生坍塌，一辆途经的货车被砸中，司机受轻伤。",
            "205国道石门镇江郎村路段",
            "边坡坍塌",
        ),
        # (a works' thermal-oil furnace)
        (
            "今天上午，贺村镇某纸业有限公司锅炉房内一台导热油炉发生爆燃，1名司炉工受伤。",
            "贺村镇某纸业有限公司锅炉房内",
            "导热油炉爆燃",
        ),
        # a works' roof blown over, told at length (had been the roof in the site, and the whole clause)
        (
            "今天16时许，上余镇一家竹木加工厂的钢结构厂房屋顶被大风整体掀翻，2名工人被砸伤。",
            "上余镇一家竹木加工厂",
            "钢结构厂房屋顶被大风掀翻",
        ),
        # a boat told by what it was used for is no site (had been …一条捕鱼小船)
        (
            "今天上午7时许，峡口水库库区一条捕鱼小船突然侧翻，船上2名渔民落水。",
            "峡口水库库区",
            "捕鱼小船侧翻",
        ),
        # some of the old of a home taken ill are no part of its site (had been …部分老人午餐后)
        (
            "今天中午，大桥镇中心敬老院部分老人午餐后陆续出现呕吐、腹泻症状。初步判断为食物中毒。",
            "大桥镇中心敬老院",
            "食物中毒",
        ),
        # a crane come down as people post it, what it struck after (had been 工棚砸塌了, the site with 把旁边)
        (
            "双塔街道城北安置房工地 今天下午两点多 一台塔吊倒了 把旁边的板房砸塌了 还好没人在里面",
            "双塔街道城北安置房工地",
            "塔吊倒了",
        ),
    ],
)
def test_the_site_and_what_happened_as_told(
    make_raw_item: Callable[..., RawItem], text: str, where: str, what: str
) -> None:
    facts = _facts(make_raw_item, text)
    assert _values(facts, FactKind.WHERE)[:1] == [where], facts
    assert _values(facts, FactKind.WHAT)[:1] == [what], facts


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # an incident named by its code, up to its noun (had been …事故又有, …事故伤亡情况的更正说明)
        (
            "【续报】坛石镇“11·18”较大道路交通事故又有1名伤者经抢救无效死亡，该事故已造成3人死亡。",
            "“11·18”较大道路交通事故",
        ),
        (
            "关于长台镇“11·17”道路交通事故伤亡情况的更正说明\n经核实，该事故受伤人数由6人核减为5人，特此更正。",
            "“11·17”道路交通事故",
        ),
        # a case solved is no part of what happened (had been …事故已告破)
        (
            "记者今天获悉，11月19日21时许发生在G205国道贺村镇路段的一起交通肇事逃逸事故已告破，该事故造成1人死亡。",
            "交通肇事逃逸事故",
        ),
    ],
)
def test_what_an_incident_named_is(make_raw_item: Callable[..., RawItem], text: str, what: str) -> None:
    assert _values(_facts(make_raw_item, text), FactKind.WHAT)[:1] == [what]


def test_the_place_before_a_coded_incident_in_a_headline_is_the_site(make_raw_item: Callable[..., RawItem]) -> None:
    """A headline naming the incident by its code with no verb of its own, its toll risen (had been no site)."""
    text = "G3京台高速江山段“11·20”货车追尾事故死亡人数升至3人\n记者今天获悉，又有1名重伤员经抢救无效死亡。"
    facts = _facts(make_raw_item, text)
    assert _values(facts, FactKind.WHERE)[:1] == ["G3京台高速江山段"], facts
    assert _values(facts, FactKind.WHAT)[:1] == ["“11·20”货车追尾事故"], facts


def test_a_notices_title_leaves_the_site_to_its_body(make_raw_item: Callable[..., RawItem]) -> None:
    """(a guard: 关于…“11·20”火灾事故的续报 names the incident; the body tells where)"""
    text = "关于上余镇某化工企业“11·20”火灾事故的续报 11月20日21时15分许，上余镇某化工有限公司一车间发生火灾。"
    assert _values(_facts(make_raw_item, text), FactKind.WHERE)[:1] == ["上余镇某化工有限公司一车间"]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # weather a place met is what happened (had been 遭遇冰雹袭击, 遭遇强降雨)
        ("今天下午4时许，张村乡遭遇冰雹袭击，1名村民被砸伤。", "冰雹"),
        ("11月21日以来，我市遭遇强降雨，截至今天17时，灾害共造成1人死亡。", "强降雨"),
        # what a poisoning was found to be, not who found it (had been 医生诊断为…, 系…)
        ("今天上午，一名村民在喷洒农药时出现头晕症状，被送往医院救治。医生诊断为有机磷农药中毒。", "有机磷农药中毒"),
        ("今天中午，6名务工人员在一家快餐店食用卤菜后出现口唇发紫等症状。经初步诊断，系亚硝酸盐中毒。", "亚硝酸盐中毒"),
        # a follow-up's count of those seen is no part of what (had been …事件就诊人数增至41人)
        ("【续报】一起疑似食物中毒事件就诊人数增至38人 截至今天17时，累计就诊人数增至38人。", "疑似食物中毒事件"),
        # a cause before the event is no event (had been 团雾)
        ("今天6时许，G60沪昆高速江山段K370处因突发团雾，发生6车连环追尾，造成3人受伤。", "6车连环追尾"),
        # a building counted by 个 as people post it (had been 一个仓库烧起来了)
        ("昨晚十点多 大桥镇大桥村村口 一个仓库烧起来了 火光老远都看得到", "仓库烧起来了"),
    ],
)
def test_what_a_place_met_or_a_thing_counted_is(make_raw_item: Callable[..., RawItem], text: str, what: str) -> None:
    assert _values(_facts(make_raw_item, text), FactKind.WHAT)[:1] == [what]

"""An event that seems to have happened elsewhere in the country keeps its grade (the thresholds
are national) with a reason asking the desk to check; one naming the jurisdiction, a level it
belongs to or a place of its gazetteer gets no such reason."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

import pytest

from classifier.elsewhere import Locality
from classifier.engine import Classifier, load_classifier
from models.enums import IncidentGrade, SourceTier, SourceType
from models.gazetteer import Gazetteer, Place
from models.messages import Classification, RawItem
from yuqing.settings import EXAMPLE_JURISDICTION

NOTE = "事发地似不在"


@cache
def example() -> Classifier:
    return load_classifier(EXAMPLE_JURISDICTION)


def classify(title: str) -> Classification:
    now = datetime.now(UTC)
    item = RawItem(
        id="x" * 32, source_id="news", source_type=SourceType.RSS, source_tier=SourceTier.MAINSTREAM,
        url=None, title=title, text=title, published_at=now, collected_at=now,
    )  # fmt: skip
    return example().classify([item])[0]


@pytest.mark.parametrize(
    ("title", "place", "grade"),
    [
        ("外省某煤矿发生透水事故 山西应急部门通报已造成12人死亡", "山西", IncidentGrade.MAJOR),
        ("吕梁市一煤矿发生瓦斯爆炸 已致11人遇难", "吕梁市", IncidentGrade.MAJOR),
        ("石家庄一居民楼发生坍塌 已致3人死亡", "石家庄", IncidentGrade.LARGE),
    ],
)
def test_an_event_elsewhere_at_home_keeps_its_grade_and_says_so(title: str, place: str, grade: IncidentGrade) -> None:
    c = classify(title)
    assert c.grade == grade
    (note,) = [r for r in c.grade_reasons if r.startswith(NOTE)]
    assert f"原文“{place}”" in note and "江山市" in note and "请核实" in note


@pytest.mark.parametrize(
    "title",
    [
        "贺村镇一化工企业仓库突发火灾 已造成12人死亡",  # a place of the gazetteer
        "江山一化工厂发生爆炸 已致10人死亡",  # the jurisdiction's own name
        "浙江一化工厂发生爆炸 已致10人死亡",  # a level it belongs to: may be here
        "衢州市一化工厂发生爆炸 已致10人死亡",
        "我市一化工厂发生爆炸 已致10人死亡",  # no place at all: cannot tell
        "一化工厂爆炸事故造成我市10人死亡",  # the writer's own city, after a verb
        "强降雨造成本县10人死亡",
        # 农村 and 乡村 are the countryside, no village's name (妻子农村 is no 子农村)
        "妻子农村老家发生火灾 已致3人死亡",
        "一辆乡村客车侧翻 已致10人死亡",
    ],
)
def test_an_event_here_or_possibly_here_gets_no_such_reason(title: str) -> None:
    c = classify(title)
    assert c.grade in (IncidentGrade.MAJOR, IncidentGrade.LARGE)
    assert not [r for r in c.grade_reasons if r.startswith(NOTE)], c.grade_reasons


def test_the_region_is_read_with_its_short_forms_and_is_optional() -> None:
    place = Place(name="贺村镇", kind="镇", township="hecun")
    locality = Locality.of(Gazetteer(jurisdiction="江山市", region=("浙江省", "衢州市"), places=(place,)))
    assert locality is not None
    assert set(locality.ours) == {"江山市", "江山", "浙江省", "浙江", "衢州市", "衢州"}
    assert locality.elsewhere("山西一煤矿透水致12人死亡", names_a_place_here=False) == "山西"
    assert locality.elsewhere("山西一煤矿透水致12人死亡", names_a_place_here=True) is None
    assert Locality.of(Gazetteer(jurisdiction="江山市", places=(place,))) is None  # no region: no reading


def test_a_higher_level_named_beside_another_place_at_home_is_elsewhere() -> None:
    """浙江 may be here; 浙江温州 is 温州. The level right above (衢州) may still be here whatever follows."""
    place = Place(name="贺村镇", kind="镇", township="hecun")
    locality = Locality.of(Gazetteer(jurisdiction="江山市", region=("浙江省", "衢州市"), places=(place,)))
    assert locality is not None
    assert locality.elsewhere("浙江温州一化工厂爆炸致3死", names_a_place_here=False) == "温州"
    assert locality.elsewhere("浙江省杭州市一工厂火灾", names_a_place_here=False) == "杭州"
    assert locality.elsewhere("浙江一化工厂爆炸致3死", names_a_place_here=False) is None
    assert locality.elsewhere("衢州一化工厂爆炸，杭州专家赶赴现场", names_a_place_here=False) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # another county of the level right above: named after it, the jurisdiction not named
        ("衢州市柯城区一工厂火灾致3人死亡", "柯城区"),
        ("衢州龙游县一民房起火", "龙游县"),
        ("衢州市衢江区发生一起车祸", "衢江区"),
        # the city's own areas, or the jurisdiction named too: may be here
        ("衢州市区一小区火灾", None),
        ("衢州城区发生车祸", None),
        ("衢州高新区一企业爆炸", None),
        ("衢州市中心城区发生火灾", None),
        ("衢州市柯城区、江山市等地遭遇暴雨", None),
        ("衢州市市场监管局通报一起食品安全事件", None),
    ],
)
def test_another_county_of_the_level_right_above_is_elsewhere(text: str, place: str | None) -> None:
    locality = Locality.of(Gazetteer(jurisdiction="江山市", region=("浙江省", "衢州市"), places=()))
    assert locality is not None
    assert locality.elsewhere(text, names_a_place_here=False) == place


@pytest.mark.parametrize(
    "text",
    [
        "打工者为省力气横渡水库遇降雨溺亡",  # 省 a verb
        "守车夫妇为替车主省拖车费将车垫高避洪水",
        "男子掐死情妇后跨省骗回其女",  # 跨省: across provinces
        "打工仔购买返乡火车票后坠楼身亡",  # 返乡, 同乡: home, a fellow villager
        "男子酒后扎伤同乡舍友出逃3年",
        "妻子农村诊所剖腹产死亡",  # 农村, 自然村: the countryside, a hamlet
        "再次反映亭办事处自然村村民房屋存在安全隐患",
        "关于汇报村医的退休待遇问题",
        # a verb before a county's organ or site
        "发生火灾致3死 省领导致电县委要求全力救治",
        "发生车祸 伤者被送往县人民医院救治",
        "宝宝打完疫苗 晚上就不对劲了 送到市人民医院也没抢救过来",
    ],
)
def test_words_ending_in_a_units_name_are_no_place(text: str) -> None:
    place = Place(name="贺村镇", kind="镇", township="hecun")
    locality = Locality.of(Gazetteer(jurisdiction="江山市", region=("浙江省", "衢州市"), places=(place,)))
    assert locality is not None
    assert locality.elsewhere(text, names_a_place_here=False) is None


def test_a_town_named_with_shi_is_no_city() -> None:
    place = Place(name="贺村镇", kind="镇", township="hecun")
    locality = Locality.of(Gazetteer(jurisdiction="江山市", region=("浙江省", "衢州市"), places=(place,)))
    assert locality is not None
    assert locality.elsewhere("反映冠市镇交通、环境等问题", names_a_place_here=False) == "冠市镇"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("邻县捞刀河镇一民房发生火灾，造成3人死亡", "捞刀河镇"),  # three characters after a level
        ("捞刀河镇一民房发生火灾，造成3人死亡", "捞刀河镇"),  # or at the start
        ("A8县双江口镇杨柳桥村村民反对在此修建公墓", "双江口镇"),
        ("某县白马镇发生车祸致3人死亡", "白马镇"),  # two characters after 某县
        ("在白马镇发生车祸致3人死亡", "白马镇"),  # not 在白马镇
    ],
)
def test_a_three_character_township_is_quoted_whole(text: str, place: str) -> None:
    locality = Locality.of(Gazetteer(jurisdiction="江山市", region=("浙江省", "衢州市"), places=()))
    assert locality is not None
    assert locality.elsewhere(text, names_a_place_here=False) == place


@pytest.mark.parametrize(
    ("text", "grade", "left_out"),
    [
        # another county's accident, then ours in the next part of the sentence
        (
            "12月6日上午，常山县一化工企业发生爆炸，造成5人死亡、3人受伤；同日下午，江山市贺村镇一家木业公司仓库发生火灾，"
            "1名员工在扑救时被烧伤，已送医治疗。",
            IncidentGrade.GENERAL,
            "常山县",
        ),
        # another district of the city above first, then ours
        (
            "衢州市柯城区一家纺织厂昨晚发生火灾，造成3人死亡。另据江山市消防救援大队消息，昨晚我市峡口镇一民房也发生火灾，"
            "所幸未造成人员伤亡。",
            IncidentGrade.GENERAL,
            "柯城区",
        ),
        # a county named bare in the headline, in full in the body (龙游 … 龙游县境内)
        (
            "江山一货车侧翻致1人死亡 龙游同日发生车祸5死　12月7日上午，一辆满载石料的货车在江山市碗窑乡村道侧翻，"
            "造成驾驶员死亡。同日下午，龙游县境内一辆面包车与大货车相撞，造成5人死亡。",
            IncidentGrade.GENERAL,
            "龙游县",
        ),
        # a roundup: provinces named without 省, then ours
        (
            "【长三角安全生产简讯】江苏南京一化工厂昨日爆炸造成12人死亡；安徽黄山一景区发生踩踏，多人受伤；"
            "浙江江山市廿八都镇一民宿昨日发生火灾，无人员伤亡。",
            IncidentGrade.GENERAL,
            "江苏",
        ),
        # another district's toll, then ours told by the jurisdiction's name alone (no township)
        (
            "今日交通：衢州市柯城区一国道发生多车追尾，造成5人死亡；江山市区一电动车与行人发生碰撞，行人受伤送医。",
            IncidentGrade.GENERAL,
            "柯城区",
        ),
        # another province's city named before its district, then ours
        (
            "上饶市广丰区一KTV发生火灾致7人死亡；同日，江山市虎山街道一餐馆油锅起火，厨师手臂轻微烫伤。",
            IncidentGrade.GENERAL,
            "上饶市",
        ),
        # ours told as the local media's 我市, then another province's toll reported before
        (
            "我市一机械厂昨日发生机械伤害事故，1名工人手臂受伤。此前，新华社报道山东某钢厂发生爆炸事故，造成12人死亡。",
            IncidentGrade.GENERAL,
            "山东",
        ),
        (
            "本市一养殖场沼气池作业时发生中毒事故，2人死亡。同日，湖南省某县一煤矿透水，造成11人遇难。",
            IncidentGrade.GENERAL,
            "湖南省",
        ),
    ],
)
def test_an_event_elsewhere_told_beside_one_here_is_left_out(text: str, grade: IncidentGrade, left_out: str) -> None:
    c = classify(text)
    assert c.grade == grade, c.grade_reasons
    assert any(r.startswith("未计入（辖区外的另一事件）") and left_out in r for r in c.grade_reasons), c.grade_reasons


def test_a_township_the_gazetteer_lacks_is_not_taken_for_elsewhere() -> None:
    """A township or a village named beside ours may be ours (the gazetteer may lack it): only a county or more
    elsewhere is left out."""
    c = classify(
        "11月21日上午，西山镇一家工厂发生触电事故，1人死亡。市应急管理局已会同四都镇对该企业下达停产整改通知。"
    )
    assert c.grade == IncidentGrade.GENERAL, c.grade_reasons


def test_a_city_read_from_the_words_around_a_department_is_no_place_elsewhere() -> None:
    """才由市消防救援大队: 由 and 市 of the words around the department, no 才由市 (the sentence had been left out)."""
    c = classify(
        "6月30日晚8时许，清湖街道某商住综合楼2号电梯在运行中突然停在7楼与8楼之间，轿厢内6名居民被困。"
        "被困者在轿厢内等待约2小时40分钟后，才由市消防救援大队消防员破拆轿厢门救出。"
    )
    assert c.grade == IncidentGrade.GENERAL, c.grade_reasons


def test_the_jurisdictions_own_duty_beside_an_event_elsewhere_keeps_its_grade() -> None:
    """A piece naming the jurisdiction alone is ours only where it tells an event: its bureau's inspection after
    another county's blast leaves the blast graded (with the note that it seems to be elsewhere)."""
    c = classify(
        "衢州市柯城区一家化工厂昨晚发生爆炸，造成6人死亡、23人受伤。江山市应急管理局今天组织对全市危化企业开展安全隐患排查。"
    )
    assert c.grade == IncidentGrade.LARGE, c.grade_reasons


def test_people_from_here_among_an_events_dead_elsewhere_are_no_event_here() -> None:
    """江山籍 says where the dead came from, not where it happened: the event elsewhere keeps its whole toll (had been
    graded 较大 on the three from here, the eleven left out as another event)."""
    c = classify("江山籍4人遇难！江西一厂房火灾共致12人死亡")
    assert c.grade == IncidentGrade.MAJOR, c.grade_reasons

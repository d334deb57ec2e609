"""An event abroad gets no 国内 grade, unless Chinese citizens are named among those involved."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade

E, M, L = IncidentGrade.ESPECIALLY_MAJOR, IncidentGrade.MAJOR, IncidentGrade.LARGE


@pytest.mark.parametrize(
    ("text", "place", "deaths"),
    [
        ("秘鲁北部一辆长途客车坠入峡谷致25人死亡", "秘鲁", 25),
        ("孟加拉国一服装厂大楼倒塌 已致40人遇难", "孟加拉国", 40),
        ("俄西伯利亚一矿井瓦斯爆炸11死", "俄", 11),
        ("尼日利亚北部清真寺遇袭 至少30人丧生 无中国公民伤亡", "尼日利亚", 30),
        # a shop or a body of 华人, or 华裔, are no Chinese citizens involved
        ("法国巴黎一华人餐馆发生爆炸 致4人死亡", "法国", 4),
        ("意大利一工厂火灾致6人死亡，当地华人社团表示暂无中国公民伤亡", "意大利", 6),
        # a body at home speaking of it, and none of its people there (江山市外事办：暂无本市居民在船上)
        ("印尼一客船沉没致40余人遇难 江山市外事办：暂无本市居民在船上", "印尼", 40),
        ("加拿大多伦多发生枪击 3名华裔人士身亡", "加拿大", 3),
        # a province of the country named is no county at home
        ("阿富汗赫尔曼德省路边炸弹爆炸致9人死亡", "阿富汗", 9),
        ("一名澳大利亚男子在美国商场开枪打死5人", "美国", 5),
        # 国内 run on from a country's name is no 国内 at home (美国内华达州, 美国国内)
        ("美国内华达州一架小型飞机坠毁致4人死亡", "美国", 4),
        ("英国国内一商场发生枪击事件致3人死亡", "英国", 3),
        # a nationality opening a headline that says nowhere where
        ("韩国男子连杀5名路人后被捕", "韩国", 5),
        ("一名美国女子涉嫌杀害3名邻居被起诉", "美国", 3),
        ("墨西哥人感染甲型流感死亡人数升至12人", "墨西哥", 12),
        # a country by its one-character short name before a site or a part of it
        ("巴清真寺遭自杀式袭击致40死", "巴", 40),
        ("法南部一化工厂发生爆炸致3人死亡", "法", 3),
        # ... before an aircraft or a ship of that country, or its leader
        ("英小型飞机坠入民宅致3死", "英", 3),
        ("泰总理称将严惩枪击案凶手 枪击已致3人死亡", "泰", 3),
        # its leaders and officials struck, the lead saying nowhere where (死于 says no place)
        ("希腊总统夫妇乘坐的直升机坠毁遇难", "希腊", 2),
        ("肯尼亚政府部长死于车祸", "肯尼亚", 1),
        # a state, a city or a river named without its country
        ("美科罗拉多州一矿井坍塌致4人死亡", "科罗拉多", 4),
        ("伏尔加河一游轮沉没致12人遇难", "伏尔加河", 12),
        # the country at home named only as an actor about it, or as where a quake was felt
        ("印度尼西亚地震死亡人数升至300人 我国向印尼提供紧急援助", "印度尼西亚", 300),
        ("巴基斯坦洪灾已致1000人死亡 中国援助物资抵达", "巴基斯坦", 1000),
        ("土耳其地震已致4万人遇难 中国救援队抵达灾区", "土耳其", 40000),
        ("缅甸强震已致3人死亡 云南多地震感强烈", "缅甸", 3),
        ("中国驻泰国大使馆提醒：曼谷发生爆炸致5人死亡", "曼谷", 5),
        ("韩国一客轮沉没已致300人遇难 中方表示慰问", "韩国", 300),
    ],
)
def test_an_event_abroad_gets_no_grade_but_keeps_its_figures(text: str, place: str, deaths: int) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    assert p.figures.deaths == deaths
    assert any(r.startswith(f"境外事件（原文“{place}”）：不适用国内突发事件分级") for r in p.reasons), p.reasons
    assert not any("→" in r for r in p.reasons), p.reasons  # no grade implied


@pytest.mark.parametrize(
    ("text", "grade", "chinese"),
    [
        ("越南一旅游大巴侧翻 5名中国游客遇难", L, "中国游客"),
        ("赴泰国旅游的团队遭遇车祸，3人死亡", L, "赴泰国旅游"),
        ("索马里海域一渔船遭劫持，12名中国船员失联", M, "中国船员"),
        ("日本一公寓起火致5人死亡，其中2名华人遇难", L, "华人"),
    ],
)
def test_abroad_with_chinese_citizens_keeps_the_grade_and_asks_to_check(
    text: str, grade: IncidentGrade, chinese: str
) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(f"涉及中国公民（原文“{chinese}”）" in r and "请核实" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # foreigners at home, an actor or a borrowed name are no place abroad
        ("3名美国游客在桂林漓江溺水身亡", L),
        ("江山市一化工厂爆炸致5人死亡，其中1名日本籍技术人员", L),
        ("佳源罗马都市小区发生火灾致3人死亡", L),
        ("日本驻华使馆证实：一辆载有日本游客的大巴在云南侧翻，10人死亡", M),
        ("贺村镇一化工企业仓库突发火灾 已造成3人死亡12人受伤", L),
        ("国内一化工厂发生爆炸，造成3人死亡", L),
        ("中国内地一商场发生火灾，造成3人死亡", L),
        ("一名美国游客在长城坠亡，另有3名游客受伤", IncidentGrade.GENERAL),
        ("韩国籍男子驾车在高速上与货车相撞，3人死亡", L),
        ("巴中一小区发生火灾，造成3人死亡", L),
        ("巴南部分路段发生山体滑坡，造成3人死亡", L),
        ("日照一化工厂发生爆炸，造成3人死亡", L),
        # a home name opening with a country's short name, before an aircraft or a ship
        ("德州一架小型飞机坠毁致3人死亡", L),
        ("日照一艘渔船沉没，3人死亡", L),
        ("澳门一艘游船起火，3人死亡", L),
        # a leader abroad on a visit: the event is where the visit is
        ("日本首相访华期间，一酒店发生火灾致3人死亡", L),
        # at home, with its rescue or its condolences
        ("某县民房倒塌致3人死亡 县领导赶赴现场慰问家属", L),
        ("四川地震已致30人遇难 各地救援队驰援", L),
        # the city's own dead abroad, told by its leaders' visit to their families
        ("泰国一旅游大巴侧翻致3死 我市领导慰问遇难者家属", L),
        ("印尼一客船沉没致4人遇难 江山市外事办：已确认2名本市居民在船上", L),
        # a disease or pest named after where it was first found
        ("疑似非洲猪瘟疫情，已扑杀生猪300余头", IncidentGrade.GENERAL),
        ("某县发现美国白蛾疫情", IncidentGrade.GENERAL),
    ],
)
def test_events_at_home_stay_graded(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert not any(r.startswith("境外") for r in p.reasons), p.reasons


def test_an_island_or_city_named_without_its_country_is_abroad() -> None:
    p = propose("普吉岛一酒店发生爆炸造成40人死亡")
    assert p.grade is None, p.reasons
    assert any("境外事件（原文“普吉岛”）" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade", "home", "foreign"),
    [
        ("尼泊尔发生强烈地震 印度、尼泊尔56人死亡 西藏7人死亡", 7, IncidentGrade.GENERAL, "西藏", "尼泊尔、印度"),
        (
            "边境地区发生7.2级地震\n地震已造成缅甸境内41人遇难。我国云南省境内2人死亡，15人受伤。",
            2,
            IncidentGrade.GENERAL,
            "云南",
            "缅甸",
        ),
    ],
)
def test_tolls_abroad_and_at_home_told_apart_grade_the_domestic(
    text: str, deaths: int, grade: IncidentGrade, home: str, foreign: str
) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons
    why = next(r for r in p.reasons if r.startswith("境外、境内伤亡分列"))
    assert f"境外（{foreign}）" in why and f"按境内（{home}" in why, why


def test_no_casualties_at_home_beside_a_toll_abroad_is_the_domestic_figure() -> None:
    p = propose("境外发生6.1级地震 云南边境震感强烈\n地震造成老挝境内4人死亡，云南勐腊暂无人员伤亡报告。")
    assert p.figures.deaths == 0, p.reasons
    assert p.grade is IncidentGrade.GENERAL, p.reasons
    assert any(r.startswith("境外、境内伤亡分列：境外（老挝）死亡4人") for r in p.reasons), p.reasons
    assert any(r.startswith("无人员伤亡") for r in p.reasons), p.reasons


def test_a_toll_of_places_abroad_and_at_home_together_is_not_split() -> None:
    p = propose("强震波及多国，尼泊尔、印度和中国西藏共63人死亡")
    assert not any(r.startswith("境外、境内伤亡分列") for r in p.reasons), p.reasons
    assert p.figures.deaths == 63


def test_foreign_places_are_found_as_the_one_pattern_would_find_them() -> None:
    """The three quick patterns find what the single alternation finds: leftmost, the earlier
    alternative of a tie, none overlapping."""
    from classifier.abroad import _FOREIGN, _foreign_in

    texts = [
        "驻阿富汗美军车队遭袭 2名士兵受伤",
        "大马航空客机失联，机上有中国乘客",
        "江山市区大马路上两车相撞",
        "海地发生地震，沿海地区居民撤离",
        "美军事演习期间一架直升机坠毁",
        "印度尼西亚苏门答腊岛发生洪灾",
        "孟加拉国首都达卡一工厂起火",
        "俄顷，北约空袭了一座桥梁；美伊冲突升级",
        "贺村镇一化工企业仓库突发火灾 已造成3人死亡",
    ]
    for text in texts:
        expected = [(m.start(), m.end(), m.group()) for m in _FOREIGN.finditer(text)]
        assert [(m.start(), m.end(), m.group()) for m in _foreign_in(text)] == expected, text

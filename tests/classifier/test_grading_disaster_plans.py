"""Earthquakes and geological disasters are graded by their own national plans, not by the
production-safety 条例's thresholds: an earthquake by its dead and missing (10 / 50 / 300) and a
first reading by magnitude, a landslide or debris flow by its dead or a much lower direct loss."""

from __future__ import annotations

import pytest

from classifier.disaster_plans import (
    EARTHQUAKE,
    ENVIRONMENT,
    GEOLOGICAL,
    REGULATION,
    Magnitude,
    first_reading,
    magnitude,
    plan_for,
)
from classifier.grading import propose
from models.enums import EventType, IncidentGrade
from tests.classifier.grades import E, G, L, M


@pytest.mark.parametrize(
    ("text", "grade", "reason"),
    [
        # the 条例 would say 重大 at 10 deaths; the earthquake plan says 较大 from 10, 重大 from 50
        ("某县发生地震，造成12人死亡", L, "死亡（含失踪）10人以上为较大"),
        ("某县地震已造成9人遇难", G, "死亡（含失踪）不足10人为一般"),
        ("地震已造成46人遇难、5人失踪", M, "死亡（含失踪）50人以上为重大"),
        ("某地强烈地震已造成280人遇难、25人失踪", E, "死亡（含失踪）300人以上为特别重大"),
        ("某县地震造成31人死亡", L, "死亡（含失踪）10人以上为较大"),
    ],
)
def test_an_earthquake_is_graded_by_its_dead_and_missing_as_the_earthquake_plan_says(
    text: str, grade: IncidentGrade, reason: str
) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(reason in r and "地震灾害" in r for r in p.reasons), p.reasons


def test_an_earthquakes_injuries_and_loss_are_named_not_graded() -> None:
    p = propose("某县地震造成5人死亡、120人受伤，其中重伤60人，直接经济损失2.3亿元")
    assert p.grade is G, p.reasons
    assert any(r.startswith("重伤60人（地震灾害按死亡（含失踪）人数定级，未计入）") for r in p.reasons), p.reasons
    assert any(r.startswith("受伤120人（地震灾害按死亡（含失踪）人数定级，未计入）") for r in p.reasons), p.reasons
    loss = next(r for r in p.reasons if r.startswith("直接经济损失2.3亿元"))
    assert "上年生产总值" in loss and "请核实" in loss and "→" not in loss, loss


@pytest.mark.parametrize(
    ("text", "grade", "dense"),
    [
        ("今晨5时12分，某县发生4.3级地震，暂无人员伤亡报告", G, "较大"),
        ("某县发生5.2级地震，震中附近房屋受损", L, "重大"),
        ("某市发生里氏6.1级地震", M, "特别重大"),
        ("某县发生M6.5级地震", M, "特别重大"),
        ("某县发生地震，震级为7.0级", E, None),
        # Taiwan's word for a magnitude
        ("台東縣外海發生規模5.4地震，暫無災情傳出", L, "重大"),
    ],
)
def test_a_magnitude_gives_the_first_reading_of_a_populous_area_and_names_the_denser_ones(
    text: str, grade: IncidentGrade, dense: str | None
) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    why = next(r for r in p.reasons if r.startswith("震级"))
    assert "地震灾害初判：人口较密集地区" in why and why.endswith(f"→ {grade.label}"), why
    assert (f"若震中为人口密集地区则为{dense}，请核实" in why) is (dense is not None), why


def test_the_higher_of_toll_and_first_reading_is_proposed() -> None:
    early = propose("某县发生6.2级地震，目前已造成3人死亡")
    assert early.grade is M, early.reasons  # the toll of the first hours says 一般; the magnitude 重大
    late = propose("某县发生5.1级地震，已造成61人遇难")
    assert late.grade is M, late.reasons


def test_a_small_earthquake_has_no_first_reading() -> None:
    """Below 4.0 no first reading; with no one hurt and no loss told, no earthquake disaster (had been 一般)."""
    p = propose("某县发生3.2级地震，无人员伤亡")
    assert p.grade is None, p.reasons
    assert any(r.startswith("震级3.2级（地震灾害：4.0级以下不作初判）") for r in p.reasons), p.reasons
    hurt = propose("某县发生3.2级地震，有2人受轻伤")
    assert hurt.grade is G, hurt.reasons


@pytest.mark.parametrize(
    "text",
    [
        "今晨某县发生4.6级地震，当地有明显震感。该县曾于1976年发生7.8级地震",
        "某县发生4.6级地震。这是继2008年汶川8.0级地震后该地最强的一次",
        "某县发生4.6级地震，当地学校均可抵御8级地震，无人员伤亡",
    ],
)
def test_another_earthquakes_magnitude_or_a_design_level_is_not_this_ones(text: str) -> None:
    m = magnitude(text)
    assert m is not None and m.value == 4.6, m
    assert propose(text).grade is G


@pytest.mark.parametrize("text", ["地震局组织应急演练，模拟发生6.5级地震", "该楼可抵御8级地震"])
def test_a_drill_or_a_design_level_gives_no_magnitude(text: str) -> None:
    assert magnitude(text) is None


def test_tolls_abroad_and_at_home_apart_are_not_graded_by_the_magnitude() -> None:
    p = propose("边境地区发生7.2级地震\n地震已造成缅甸境内41人遇难。我国云南省境内2人死亡，15人受伤。")
    assert p.grade is G, p.reasons
    assert any(r.startswith("震级7.2级（境外、境内伤亡分列") and "→" not in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # felt at home only: abroad, no grade at home
        ("缅甸发生7.2级地震 我国云南多地有震感", None),
        (
            "中国地震台网正式测定：3月28日14时20分在缅甸（北纬21.85度，东经95.95度）发生7.9级地震，震源深度30千米。"
            "云南多地震感强烈。",
            None,
        ),
        # hurt at home: graded by its toll at home, not by the magnitude abroad
        ("缅甸发生7.9级地震 云南瑞丽2人受伤", G),
    ],
)
def test_an_earthquake_abroad_felt_or_hurting_at_home_is_not_graded_by_its_magnitude(
    text: str, grade: IncidentGrade | None
) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any("震中在境外" in r and "→" not in r for r in p.reasons), p.reasons


def test_an_earthquake_at_home_felt_elsewhere_keeps_its_first_reading() -> None:
    p = propose("云南发生5.0级地震 昆明有震感")
    assert p.grade is L, p.reasons


@pytest.mark.parametrize(
    ("text", "grade", "reason"),
    [
        # the 条例 says 一般 below 1000万元; the geological plan 较大 from 100万, 重大 500万, 特别重大 1000万
        ("某镇发生山体滑坡，造成直接经济损失约600万元，无人员伤亡", M, "直接经济损失500万元以上为重大"),
        ("某村发生泥石流，致2人死亡，直接经济损失120万元", L, "直接经济损失100万元以上为较大"),
        ("某县发生崩塌地质灾害，直接经济损失1500万元", E, "直接经济损失1000万元以上为特别重大"),
        ("暴雨引发山体滑坡，7人死亡，3人下落不明", M, "死亡10人以上为重大"),
    ],
)
def test_a_geological_disaster_is_graded_by_its_dead_or_its_direct_loss(
    text: str, grade: IncidentGrade, reason: str
) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(reason in r and "地质灾害" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade", "reason"),
    [
        # a danger (险情) by the people it threatens, to be moved: 100 较大 (中型), 500 重大, 1000 特别重大
        ("某村后山出现滑坡险情，威胁下方12户48人生命财产安全", G, "受威胁需搬迁转移不足100人为一般（小型）"),
        ("某县发生山体滑坡 威胁群众200余人 已紧急转移", L, "受威胁需搬迁转移200人（下限）"),
        ("滑坡体威胁到村民32户126人的生命财产安全，已全部撤离", L, "100人以上为较大（中型）"),
        ("泥石流灾害需搬迁转移群众600余人", M, "受威胁需搬迁转移500人以上为重大（大型）"),
        ("特大山体滑坡 受威胁群众1200人", E, "受威胁需搬迁转移1000人以上为特别重大（特大型）"),
        ("某地发生崩塌，潜在经济损失约1.5亿元", E, "潜在经济损失1亿元以上为特别重大"),
        ("某镇滑坡险情潜在经济损失约800万元，无人员伤亡", L, "潜在经济损失500万元以上为较大（中型）"),
    ],
)
def test_a_geological_danger_is_graded_by_the_people_it_threatens_or_its_potential_loss(
    text: str, grade: IncidentGrade, reason: str
) -> None:
    """《国家突发地质灾害应急预案》 1.4 grades a danger (险情) as well as a disaster done (灾情)."""
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(reason in r and "地质灾害险情" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # an inventory of hazards, a period's sum, a threat feared, a storm's people moved
        "全县共有地质灾害隐患点326处，威胁群众1.2万人，今年汛期将开展巡查",
        "汛期以来，全市累计发生地质灾害12起，威胁群众3000余人",
        "该滑坡若继续发展，可能威胁下游500余名群众安全",
        "受强降雨影响，全县转移群众2万余人，多处发生山体滑坡",
        # threatened people of no geological disaster
        "化工厂火灾威胁周边群众2000余人安全",
    ],
)
def test_threatened_people_of_no_single_geological_danger_are_not_graded(text: str) -> None:
    p = propose(text)
    assert not any("地质灾害险情" in r for r in p.reasons), p.reasons
    assert p.grade in (None, G), p.reasons


def test_a_potential_loss_is_no_direct_loss() -> None:
    """潜在经济损失 is a loss a danger may cause: not graded as the 条例's direct loss."""
    p = propose("某地滑坡险情，潜在经济损失约3000万元")
    assert p.figures.loss_yuan == 0 and p.grade is L, p.reasons


def test_a_geological_disasters_injuries_are_named_not_graded() -> None:
    p = propose("山体滑坡致1人死亡、15人受伤，其中重伤12人")
    assert p.grade is G, p.reasons
    assert any(r.startswith("重伤12人（地质灾害按死亡人数和直接经济损失定级，未计入）") for r in p.reasons)


def test_other_natural_disasters_and_accidents_keep_the_regulations_thresholds() -> None:
    assert propose("某县遭遇强降雨引发山洪，造成11人死亡、4人失踪").grade is M
    assert propose("某工地基坑坍塌，直接经济损失600万元").grade is G
    assert plan_for(EventType.NATURAL_DISASTER, ("台风",)) is REGULATION
    assert plan_for(EventType.ACCIDENT, ("事故",)) is REGULATION
    assert plan_for(EventType.NATURAL_DISASTER, ("地震", "山体滑坡", "滑坡")) is EARTHQUAKE
    assert plan_for(EventType.NATURAL_DISASTER, ("泥石流",)) is GEOLOGICAL


@pytest.mark.parametrize(
    ("value", "grade"),
    [(3.9, None), (4.0, G), (4.9, G), (5.0, L), (5.9, L), (6.0, M), (6.9, M), (7.0, E), (8.1, E)],
)
def test_first_reading_bands_include_their_lower_magnitude(value: float, grade: IncidentGrade | None) -> None:
    assert first_reading(Magnitude(value, f"{value}级地震"))[0] is grade


@pytest.mark.parametrize(
    ("text", "grade", "reason"),
    [
        # everyone poisoned counts (the 条例 counts only workers' 急性工业中毒)
        ("化工厂泄漏事故导致附近32名村民中毒", L, "中毒32人（突发环境事件按中毒或重伤人数定级）"),
        # the people evacuated: 5000 较大, 10000 重大, 50000 特别重大
        (
            "某化工厂发生氯气泄漏，紧急疏散周边群众6000余人，无人员伤亡",
            L,
            "疏散、转移6000人（下限）（突发环境事件：疏散、转移5000人以上为较大）",
        ),
        ("某化工园区液氨泄漏，1.2万名居民被紧急转移", M, "疏散、转移12000人（突发环境事件：疏散、转移10000人以上为重"),
        ("某化工厂氯气泄漏，疏散群众800人", G, "疏散、转移800人（突发环境事件：疏散、转移不足5000人为一般）"),
        # a direct loss from 500万元 (the 条例's 1000万)
        ("某河流发生突发环境事件，造成直接经济损失600万元", L, "（突发环境事件：直接经济损失500万元以上为较大）"),
        # polluting a river downstream, verb first; oil or tailings leaked into a river
        ("化工厂废液泄漏污染下游河道，直接经济损失550万元", L, "（突发环境事件：直接经济损失500万元以上为较大）"),
        ("一辆汽油罐车侧翻，汽油泄漏流入附近水库，直接经济损失700万元", L, "直接经济损失500万元以上为较大"),
        # a tailings dam's seepage
        (
            "四都镇一矿山尾矿库发生渗漏，尾矿浆流入下游河道造成污染，直接经济损失约580万元，未造成人员伤亡。",
            L,
            "直接经济损失500万元以上为较大",
        ),
    ],
)
def test_an_environmental_incident_is_graded_by_the_environmental_plan(
    text: str, grade: IncidentGrade, reason: str
) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(reason in r for r in p.reasons), p.reasons
    assert p.event_type is EventType.ACCIDENT


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("台风来袭，全市转移群众12万人", G),  # a natural disaster's evacuation: no environmental incident
        ("某工厂发生燃气泄漏爆炸，造成1人死亡", G),
        ("某工厂氨气泄漏致3名工人中毒", G),  # workers in the plant: the 条例's 急性工业中毒
    ],
)
def test_evacuations_and_leaks_of_no_environmental_incident_keep_their_grade(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert not any("突发环境事件" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade", "reason"),
    [
        # 附件1: a township's 集中式饮用水水源地 取水中断 较大, a county town's 重大, a city's with districts 特别重大
        ("某镇集中式饮用水水源地受污染，取水中断", L, "因环境污染造成乡镇集中式饮用水水源地取水中断为较大"),
        ("上游化工厂泄漏造成河流污染，下游某县城区自来水厂停止取水", M, "县级城市集中式饮用水水源地取水中断为重大"),
        ("企业偷排废水致江水污染，设区的市水源地取水中断", E, "设区的市级以上城市集中式饮用水水源地取水中断为特别重大"),
        # a city may be a county-level one: the least it is, with the check
        ("化工企业偷排废水致江水污染，某市城区供水中断", M, "若为设区的市则为特别重大，请核实"),
        # whose water is not said: the least, with the check
        ("污染事故导致取水口关闭，当地启用备用水源", L, "未写明所在城镇级别；若为县级城市则为重大"),
        # the verb of polluting first, and a town's or city's water stopped
        ("化工厂泄漏污染水源地，县城自来水厂停止取水", M, "县级城市集中式饮用水水源地取水中断为重大"),
        ("集中式饮用水水源地受到污染，全县城停水", M, "县级城市集中式饮用水水源地取水中断为重大"),
        ("河流受到污染，沿岸乡镇停水", L, "因环境污染造成乡镇集中式饮用水水源地取水中断为较大"),
        # a leak into a river, the intake closed by its verb first
        (
            "一辆运输柴油的罐车翻入溪中，柴油泄漏流入河流，下游某乡水厂关闭了取水口",
            L,
            "乡镇集中式饮用水水源地取水中断为较大",
        ),
    ],
)
def test_a_drinking_water_intake_cut_off_by_pollution_is_graded_by_the_environmental_plan(
    text: str, grade: IncidentGrade, reason: str
) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(reason in r for r in p.reasons), p.reasons
    assert p.event_type is EventType.ACCIDENT


@pytest.mark.parametrize(
    "text",
    [
        "河道发生污染，当地环保部门及时处置，未造成取水中断",  # denied
        "某化工厂废水泄漏污染河流，有关部门已做好防止取水中断的准备",  # guarded against
        "某市因管道爆裂停止供水，已恢复供水",  # no pollution: no environmental incident
        "城区今天停水，请市民做好储水准备",
    ],
)
def test_a_water_cut_denied_feared_or_not_by_pollution_is_no_intake_cut(text: str) -> None:
    p = propose(text)
    assert not any("取水中断" in r for r in p.reasons), p.reasons
    assert p.grade in (None, G), p.reasons


def test_an_environmental_drill_is_no_incident() -> None:
    assert propose("某地开展突发环境事件应急演练").grade is None


def test_a_hillsides_collapse_and_what_it_brought_down_are_a_geological_disaster() -> None:
    """山体塌方 is a geological disaster (崩塌), and the houses it brought down are its: not an accident's
    collapse by the 条例 (a works' 隧道塌方 still is one)."""
    text = "受强降雨影响，张村乡多处发生山体塌方，造成3条村道中断，1间民房倒塌，直接经济损失约200万元。"
    p = propose(text)
    assert p.event_type is EventType.NATURAL_DISASTER, p.reasons
    assert p.grade is L and any("直接经济损失100万元以上为较大" in r for r in p.reasons), p.reasons
    p = propose("某隧道施工发生塌方，直接经济损失约200万元")
    assert (p.event_type, p.grade) == (EventType.ACCIDENT, G), p.reasons


def test_fish_killed_at_once_are_an_environmental_incident() -> None:
    """大面积死鱼 reports a pollution incident even with no accident word; a market's 死鱼 does not."""
    p = propose("须江四都镇段出现大面积死鱼，系上游一化工企业违规排放废水所致")
    assert (p.event_type, p.grade) == (EventType.ACCIDENT, G), p.reasons
    assert plan_for(p.event_type, ("大面积死鱼",), "须江四都镇段出现大面积死鱼") is ENVIRONMENT
    assert propose("农贸市场有摊贩把死鱼当活鱼卖").grade is None


def test_a_townships_intake_closed_at_once_after_a_caustic_spill() -> None:
    """取水口已紧急关闭 and 供水暂时中断 are a cut; 液碱 is toxic (a township's intake: 较大)."""
    p = propose(
        "12月3日上午，一辆运输液碱的罐车在石门镇境内侧翻，部分液碱泄漏流入江山港支流，石门镇自来水厂取水口已紧急关闭，"
        "镇区供水暂时中断。"
    )
    assert p.grade is IncidentGrade.LARGE and any("取水中断" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "听说上游化工厂废水排到江里了，城区自来水厂把取水口都关了，全城停水",
        "上游化工厂工业废水排入须江，城区自来水厂紧急关闭取水口",
    ],
)
def test_the_citys_intake_closed_after_waste_water_let_into_a_river_is_major(text: str) -> None:
    p = propose(text)
    assert p.grade is IncidentGrade.MAJOR and any("取水中断" in r for r in p.reasons), p.reasons


def test_the_citys_intake_closed_after_diesel_ran_into_a_river_named_is_major() -> None:
    """A river by its name (流入须江) is water outside; the city's own intake closed: 重大."""
    p = propose(
        "12月7日凌晨，一辆柴油罐车在江山市须江上游路段侧翻，约15吨柴油泄漏流入须江。因城区水厂取水口位于下游，"
        "城区自来水厂紧急关闭取水口，城区供水中断约10小时。事故未造成人员伤亡。"
    )
    assert p.grade is IncidentGrade.MAJOR and any("取水中断" in r for r in p.reasons), p.reasons

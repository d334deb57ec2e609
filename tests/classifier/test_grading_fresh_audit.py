"""Grade rules for forms found in a fresh audit on real news text: 內/條/審/訴 of traditional text
(內蒙古 is no 蒙古), 廿 and 卅 as numerals, a count spaced from its measure word, a denial naming the
people (没有学生死亡), a number before a pupil (3初中生), the seriously injured said the other way round
(2人严重受伤, 伤情比较严重), bodies named with their people (四名矿工的遗体; not a funeral), the people
treated counted after their treatment (就医246人), a food poisoning of nearly a hundred, tallies over
weeks or months, statistics with counts of incidents after them, definitions alone, a drill's scene
after its label, a cause hedged (可能是因为…), missing people reached safe, a prosecution and an
incident whose case another sentence tries, and a foreign province named again as a city."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import G, L, M, assert_graded


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("內蒙古包頭市一化工廠昨日發生爆炸，造成12人死亡", 12, M),
        ("據報道，內蒙古一煤礦發生透水事故，4名礦工遇難", 4, L),
    ],
)
def test_inner_mongolia_in_traditional_characters_is_at_home(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = assert_graded(text, grade, deaths=deaths)
    assert not any("境外" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "injured", "grade"),
    [
        ("某县客车翻下山坡七死廿三伤", 7, 23, L),
        ("貨車失控衝入集市 致廿一人受傷", 0, 21, G),
        ("煤矿瓦斯爆炸卅人遇难", 30, 0, IncidentGrade.ESPECIALLY_MAJOR),
    ],
)
def test_twenty_and_thirty_written_as_one_character(text: str, deaths: int, injured: int, grade: IncidentGrade) -> None:
    assert_graded(text, grade, deaths=deaths, injured=injured)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # no death said of the people named: the poisoning of 150 is 较大, not 重大 with a death
        ("某中学发生一起食物中毒事件，150余名学生入院观察，没有学生死亡。", L),
        ("一辆大巴在山区公路侧翻，没有乘客死亡，6人受伤送医", G),
        ("民房起火，未造成村民死亡", G),
    ],
)
def test_a_denial_that_names_the_people_is_no_death(text: str, grade: IncidentGrade) -> None:
    assert_graded(text, grade, deaths=0)


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("4初中生水库游泳溺亡", 4, L),
        ("暑期2小学生结伴下河玩水溺亡", 2, G),
        ("3大学生登山遇险身亡", 3, L),
    ],
)
def test_a_number_right_before_a_pupil_or_student(text: str, deaths: int, grade: IncidentGrade) -> None:
    assert_graded(text, grade, deaths=deaths)


@pytest.mark.parametrize(
    ("text", "serious", "grade"),
    [
        ("一辆旅游车与货车相撞，造成11名游客严重受伤", 11, L),
        ("工地脚手架倒塌，3名工人受伤严重，已送医", 3, G),
        ("面包车冲下路基，驾驶员伤情比较严重，其余乘客轻伤", 1, G),
    ],
)
def test_the_seriously_injured_said_the_other_way_round(text: str, serious: int, grade: IncidentGrade) -> None:
    assert_graded(text, grade, serious=serious)


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("某铁矿冒顶事故救援结束，被困的五名工人的遗体已全部找到。", 5, L),
        ("搜救人员在下游找到3名落水村民的遗体", 3, L),
    ],
)
def test_bodies_named_with_their_people(text: str, deaths: int, grade: IncidentGrade) -> None:
    assert_graded(text, grade, deaths=deaths)


def test_a_funeral_of_someone_named_with_a_number_is_no_toll() -> None:
    p = propose("上周我去邻村参加了一位老人的遗体告别仪式，现场焚烧纸钱烟雾很大")
    assert p.figures.deaths == 0, p.reasons
    assert p.grade is None, p.reasons


@pytest.mark.parametrize(
    ("text", "grade", "words"),
    [
        ("某寄宿学校发生食物中毒事件，就医138人，目前病情稳定。", L, "就医138人"),
        ("一婚宴后多名宾客出现食物中毒症状，住院治疗45人", G, "住院治疗45人"),
        # the people named between the treatment and their number, and cases counted as cases
        ("某学校食堂发生疑似食物中毒，截至2日上午，累计就诊学生120人，均无生命危险", L, "就诊学生120人"),
        ("某小学发生食源性疾病事件，累计报告病例108例", L, "病例108例"),
        ("某幼儿园疑似食物中毒，就诊幼儿36人", G, "就诊幼儿36人"),
    ],
)
def test_the_people_treated_counted_after_their_treatment(text: str, grade: IncidentGrade, words: str) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(words in r and "食品安全事故" in r for r in p.reasons), p.reasons


def test_a_food_poisoning_of_nearly_a_hundred_is_below_a_hundred() -> None:
    p = propose("某县一工厂食堂近百名工人食物中毒，均无生命危险")
    assert p.grade is G, p.reasons
    assert any("若达100人则为较大，请核实" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "一个月内全县已有5名儿童溺水身亡",
        "近两周来已有6人在该河段溺亡",
        "半个月共发生4起火灾，造成3人死亡",
    ],
)
def test_a_tally_over_weeks_or_months_gets_no_grade(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    assert p.figures.deaths == 0, p.reasons


def test_an_incident_s_running_toll_since_it_happened_is_no_tally() -> None:
    p = propose("山体滑坡事发一周来已有4人遇难")
    assert p.figures.deaths == 4, p.reasons
    assert p.grade is L, p.reasons


def test_statistics_then_counts_of_incidents_alone_get_no_grade() -> None:
    p = propose("前三季度全省共接报火灾2.1万起，死亡86人、受伤52人；接报较大火灾6起，同比持平，未接报重大火灾。")
    assert p.grade is None, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "某包工头因工地发生一起致2人死亡的坍塌事故，被检察院以重大责任事故罪起诉",
        "去年一起致3人死亡的燃气爆炸事故，检察机关已对涉事餐馆负责人提起公诉",
    ],
)
def test_a_prosecution_is_a_case_tried(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons


def test_a_civil_claim_after_an_incident_is_no_case_tried() -> None:
    p = propose("昨晚某路口两车相撞致3人死亡，家属表示将起诉肇事方")
    assert p.grade is L, p.reasons


def test_a_foreign_province_named_again_as_a_city_is_abroad() -> None:
    p = propose("老挝琅南塔省交通部门通报：琅南塔市一辆客车坠入山谷，造成6人死亡")
    assert p.grade is None, p.reasons
    assert any("境外" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "某小学30余名学生午饭后腹痛呕吐，校医称可能是因为饭菜变质引起的食物中毒",
        "一工地数名工人晚饭后头晕恶心，初步判断可能系食物中毒",
    ],
)
def test_a_cause_or_diagnosis_hedged_is_no_hypothetical(text: str) -> None:
    p = propose(text)
    assert p.grade is not None, p.reasons
    assert "食物中毒" in p.event_terms, p.reasons


def test_a_risk_still_is_one() -> None:
    p = propose("小区地下室堆满杂物，极可能引发火灾")
    assert p.grade is None, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("据外媒报道，3 月上旬贵阳一处商住楼发生燃气爆炸，共造成 12 人死亡。", 12, M),
        ("某县一烟花作坊爆炸后，多达 5 人遇难，另有 20 人受伤", 5, L),
        # spaced on both sides, the number after its casualty word: 死亡 3 人 is 死亡3人
        ("事故造成死亡 3 人，受伤 7 人", 3, L),
        ("矿井透水事故共造成遇难 11 人", 11, M),
        # a compact toll spaced out: 3 死 5 伤 is 3死5伤
        ("货车追尾造成 3 死 5 伤", 3, L),
        # spaced before only, the number begins a headline's next clause: 2 + 1 dead
        ("造成2人当场死亡 1人经抢救无效死亡", 3, L),
    ],
)
def test_a_count_spaced_from_its_measure_word(text: str, deaths: int, grade: IncidentGrade) -> None:
    assert_graded(text, grade, deaths=deaths)


@pytest.mark.parametrize(
    ("text", "loss", "grade"),
    [
        ("仓库火灾造成直接经济损失 1.2 亿元", 1.2e8, IncidentGrade.ESPECIALLY_MAJOR),
        ("厂房起火，直接经济损失约 3000 万元", 3000e4, L),
    ],
)
def test_an_amount_spaced_from_its_unit(text: str, loss: float, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.loss_yuan, p.grade) == (pytest.approx(loss), grade), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "某县消防大队在城东商场开展实战演练。演练设定：10时许，商场二层服装区发生火灾，多人被困。",
        "区应急局组织危化品泄漏处置演习。演习背景：一化工厂储罐区发生爆炸，现场浓烟滚滚。",
        # a tabletop exercise (桌面推演), its scene imagined after its label or a 假定
        "全市燃气爆炸事故应急桌面推演：假定某小区发生燃气爆炸，造成5人死亡",
        "市消防支队组织高层建筑火灾推演。推演设定：某大厦20层起火，30余人被困",
    ],
)
def test_a_drill_s_scene_after_its_label_is_imagined(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    assert p.event_terms == (), p.reasons


def test_a_fire_on_the_day_of_a_drill_is_still_one() -> None:
    p = propose("上午某小区刚开展消防演练，下午该小区一居民楼发生火灾，造成1人受伤")
    assert p.grade is G, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "一般事故，是指造成3人以下死亡，或者10人以下重伤，或者1000万元以下直接经济损失的事故。",
        "具有下列情形之一的为重大火灾：造成10人以上30人以下死亡的",
    ],
)
def test_a_definition_alone_gets_no_grade(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    assert any("定义" in r for r in p.reasons), p.reasons


def test_a_listed_condition_in_traditional_characters_is_a_definition() -> None:
    p = propose("工程事故分級：具備下列條件之一者為一級事故，死亡30人以上")
    assert p.figures.deaths == 0, p.reasons
    assert p.grade is not IncidentGrade.ESPECIALLY_MAJOR, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "台风过后，失联的8名渔民均已确认安全",
        "景区山洪后，救援队已成功联络失联名单中的26名游客",
    ],
)
def test_missing_people_reached_safe_are_no_toll(text: str) -> None:
    p = propose(text)
    assert p.figures.missing == 0, p.reasons
    assert any("已找到" in r for r in p.reasons), p.reasons


def test_contacting_the_relatives_of_the_missing_finds_no_one() -> None:
    p = propose("山洪致3人失联，救援队正在联系失联人员家属")
    assert p.figures.missing == 3, p.reasons
    assert p.grade is L, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "2019年3月2日，王某驾驶货车在国道上与客车相撞，致客车上4名乘客死亡。法院审理后判其有期徒刑五年。",
        "一名工人在厂房顶棚作业时坠落身亡。该厂负责人因重大责任事故罪被判处有期徒刑二年。",
        "2018年6月5日，某矿發生透水事故，造成3人死亡。法院開庭審理了此案。",
    ],
)
def test_an_incident_whose_case_another_sentence_tries_is_long_past(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons


def test_an_incident_told_of_now_beside_an_old_case_keeps_its_grade() -> None:
    p = propose("10月5日，该路段又发生车祸，致3人死亡。2016年同一路段一起事故的肇事司机已被判处有期徒刑三年。")
    assert p.figures.deaths == 3, p.reasons
    assert p.grade is L, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("暴雨夜8乘凉民众被倒塌围墙压死", 8, L),
        ("水库边3落水儿童溺亡", 3, L),
        ("井下5被困矿工全部遇难", 5, L),
        # a month, a temperature: no count of the people after it
        ("10月村民被野狗咬伤后死亡", 1, G),
        ("锅炉水温近70度一小孩不慎跌入烫伤死亡", 1, G),
    ],
)
def test_a_headline_count_with_what_the_people_were_doing_between(text: str, deaths: int, grade: IncidentGrade) -> None:
    assert_graded(text, grade, deaths=deaths)


@pytest.mark.parametrize(
    ("text", "serious", "grade", "quoted"),
    [
        ("事故造成30人受伤，其中12名伤者伤势严重", 12, L, "12名伤者伤势严重"),
        ("事故造成30人受伤，其中12名伤员重伤", 12, L, "12名伤员重伤"),
        ("事故造成5人受伤，其中3名伤员伤情危重", 3, G, "3名伤员伤情危重"),
        ("事故造成3人受伤，其中1名伤者伤势较重", 1, G, "1名伤者伤势较重"),
    ],
)
def test_the_injured_said_to_be_badly_hurt_are_counted_seriously_injured(
    text: str, serious: int, grade: IncidentGrade, quoted: str
) -> None:
    p = propose(text)
    assert p.figures.serious == serious, p.reasons
    assert p.grade is grade, p.reasons
    why = next(r for r in p.reasons if r.startswith("重伤"))
    assert f"（原文“{quoted}”）" in why and "未写明人数" not in why, why


def test_the_injured_said_to_be_lightly_hurt_are_counted_slightly_injured() -> None:
    p = propose("事故造成5人受伤，3名伤者伤势较轻")
    assert p.figures.minor == 3 and p.figures.serious == 0, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "missing", "grade"),
    [
        ("搜救人员找到3名失联者遗体", 3, 0, L),
        ("打捞起3名失踪渔民的遗体", 3, 0, L),
        ("5人失踪，已找到2名失踪者遗体", 2, 3, L),
        # the bodies first, then whom they were: the same people, counted once (not 10: 重大)
        ("今天上午，救援人员在江中打捞起5具遗体，系前日落水失联的5名村民。", 5, 0, L),
        ("搜救人员找到6具遗体，经确认均为此前失踪的6名矿工。", 6, 0, L),
        # fewer bodies than were missing: the missing figure stays
        ("搜救人员找到2具遗体，系失联的5名村民中的2人。", 2, 5, L),
    ],
)
def test_the_bodies_of_the_missing_are_deaths(text: str, deaths: int, missing: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing) == (deaths, missing), p.reasons
    assert p.grade is grade, p.reasons


def test_a_toll_of_two_or_three_digits_is_ten_or_a_hundred_at_least() -> None:
    p = propose("事故死亡人数已达两位数")
    assert p.figures.deaths == 10 and p.grade is M, p.reasons
    assert any("至少10人" in r and "两位数" in r for r in p.reasons), p.reasons
    assert propose("伤亡人数达三位数").figures.injured == 100
    assert propose("事故造成3位老人受伤").figures.injured == 3


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # people counted, what they were doing, then their deaths with no one else named: all of them
        ("昨天下午，4名初中生相约到须江大桥下游戏水，不幸溺亡。", 4, L),
        ("12名矿工在井下作业时遭遇透水，不幸遇难。", 12, M),
        ("2名男子在河边钓鱼，不幸落水身亡。", 2, IncidentGrade.GENERAL),
        # one of them named: that one
        ("5名学生在河边玩耍，其中1人不幸溺亡。", 1, IncidentGrade.GENERAL),
    ],
)
def test_people_counted_then_unfortunately_dead_are_all_of_them(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths and p.grade is grade, p.reasons

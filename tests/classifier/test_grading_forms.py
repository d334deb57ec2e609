"""Grade rules for forms of real news text found on a fresh set of real-style sentences: compact
tolls, 直接损失 and loss written after its amount, indirect loss, the dead and injured counted
together (伤亡, 死伤), ranges (3至5人, 七八人), earlier events (继…后, a disaster named by its year),
traditional characters and numerals written out in full, deaths on the spot and after rescue, the
dead and missing in one figure, lists of victims, lives taken, corrected tolls, missing people found
again, ordinals, the people treated in a food poisoning, figures after a word used as a label
(死亡：3人), the missing told as those still searched for (另有1人仍在搜救中), amounts with a Chinese
decimal point (一点五亿元) and over a round figure (过亿元)."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import E, G, L, M


@pytest.mark.parametrize(
    ("text", "deaths", "injured", "grade"),
    [
        ("车祸造成3死3伤，伤者均无生命危险。", 3, 3, L),
        ("两车相撞致4死2伤，伤员已送医", 4, 2, L),
        ("隧道塌方11死，伤者仍在抢救", 11, 0, M),
        ("燃气爆炸致一死，两名伤者送医", 1, 0, G),
    ],
)
def test_a_compact_toll_before_a_clause_about_the_injured(
    text: str, deaths: int, injured: int, grade: IncidentGrade
) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.figures.injured >= injured, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "loss", "grade"),
    [
        ("仓储区发生火灾，无人员伤亡，直接损失1065万元。", 1065e4, L),
        ("调查认定，事故造成1人死亡，直接损失约5200万元", 5200e4, M),
        ("事故直接损失380万元，造成2人受伤", 380e4, G),
    ],
)
def test_direct_loss_without_the_word_economic(text: str, loss: float, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.loss_yuan == pytest.approx(loss), p.reasons
    assert p.grade is grade, p.reasons
    assert any("直接损失" in r and "→" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "loss", "grade"),
    [
        ("续报：贺村镇仓库火灾直接经济损失由初步估算的4800万元上调至5200万元", 5200e4, M),
        ("续报：仓库火灾直接经济损失由4800万元增至5200万元", 5200e4, M),
        ("厂房火灾直接经济损失约1.2亿元，后下调至9800万元", 9800e4, M),
    ],
)
def test_a_loss_revised_right_after_it_counts_as_revised(text: str, loss: float, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.loss_yuan == pytest.approx(loss), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("工地脚手架倒塌致5人伤亡", "若其中死亡达3人则为较大，请核实"),
        ("商场发生火灾，已致12人死伤", "若其中死亡达10人则为重大，请核实"),
        ("客车侧翻，造成三十余人伤亡", "若其中死亡达30人则为特别重大，请核实"),
        ("客车侧翻致死伤20余人", "若其中死亡达10人则为重大，请核实"),  # 致 死伤, not 致死 伤
    ],
)
def test_dead_and_injured_together_ask_how_many_died(text: str, check: str) -> None:
    p = propose(text)
    assert p.grade is G, p.reasons  # how many died is not said: graded on what is stated
    together = [r for r in p.reasons if r.startswith("伤亡（死伤合计）")]
    assert together and check in together[0], p.reasons


def test_what_a_thing_can_kill_is_no_death() -> None:
    assert propose("误食毒蘑菇可致死").grade is None
    assert propose("男子被打致死").figures.deaths == 1


def test_dead_and_injured_together_below_any_threshold_ask_nothing() -> None:
    p = propose("工地塌方致2人伤亡")
    assert p.grade is G, p.reasons
    assert not any("请核实" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("这是该矿继2016年“5·12”瓦斯爆炸事故造成33人死亡后又一起事故。此次事故造成2人死亡。", 2, G),
        ("继去年一辆大巴坠崖致20人遇难之后，该路段今天又发生车祸，司机受轻伤", 0, G),
        ("20年前的今天，这里发生了造成48人遇难的特大泥石流灾害", 0, None),
        # 曾 with the time or place told before its verb
        ("该路段曾于2015年发生一起造成11人死亡的交通事故，今日又发生一起车祸，致1人受伤", 0, G),
        ("该矿曾在2010年3月发生瓦斯爆炸，造成12人遇难。今日该矿又发生事故，1人受伤", 0, G),
        # a new one told again in the same sentence as the earlier one it follows
        ("继去年“3·21”爆炸造成78人死亡后，该园区再次发生爆炸，造成2人受伤", 0, G),
    ],
)
def test_an_earlier_incident_this_one_follows_or_remembers(text: str, deaths: int, grade: IncidentGrade | None) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons
    assert any("其他或以往事件" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("暴雨引发山洪，村里相继有3人遇难", 3),
        ("继续搜救中，目前已有5人遇难", 5),
        ("两车相撞后继而起火，造成4人死亡", 4),
    ],
)
def test_words_with_ji_that_name_no_earlier_incident(text: str, deaths: int) -> None:
    assert propose(text).figures.deaths == deaths


@pytest.mark.parametrize(
    "text", ["他曾在该厂工作多年，昨日该厂爆炸致12人死亡", "该厂曾于去年因违规被处罚，今日该厂爆炸致12人死亡"]
)
def test_a_past_without_an_incident_leaves_this_ones_toll(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 12 and p.grade is IncidentGrade.MAJOR, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade", "check"),
    [
        ("民房发生燃气爆炸，目前已造成3至5人死亡", 3, L, ""),
        ("事故造成七八人死亡，具体人数仍在核实", 7, L, ""),
        ("两车相撞，造成两三人死亡", 2, G, "若达3人则为较大，请核实"),
        ("矿井透水，估计有8-12人遇难", 8, L, "若达10人则为重大，请核实"),
        ("山体滑坡，十五六人失踪", 15, M, ""),
        ("泥石流冲毁工棚，二三十人下落不明", 20, M, "若达30人则为特别重大，请核实"),
    ],
)
def test_a_range_of_people_is_graded_on_its_lower_end(text: str, deaths: int, grade: IncidentGrade, check: str) -> None:
    p = propose(text)
    assert p.figures.deaths + p.figures.missing == deaths, p.reasons
    assert p.grade is grade, p.reasons
    toll = next(r for r in p.reasons if r.startswith(("死亡", "失踪")))
    assert "范围" in toll and f"按{deaths}人计" in toll, toll
    assert check in toll and ("请核实" in toll) == bool(check), toll


@pytest.mark.parametrize(
    ("text", "deaths", "grade", "check"),
    [
        ("事故造成数人死亡", 2, G, "若达3人则为较大，请核实"),
        ("爆炸造成若干名工人遇难", 2, G, "若达3人则为较大，请核实"),
        ("事故造成数十人死亡", 20, M, "若达30人则为特别重大，请核实"),
    ],
)
def test_a_count_of_people_with_no_number_asks_the_desk_to_check_the_next_grade(
    text: str, deaths: int, grade: IncidentGrade, check: str
) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.grade) == (deaths, grade), p.reasons
    assert any(check in r for r in p.reasons), p.reasons


def test_a_number_or_a_count_of_those_who_told_asks_nothing() -> None:
    for text in ("事故造成10多人死亡", "多名村民称一名男子在河边死亡"):
        assert not any("请核实" in r for r in propose(text).reasons), text


@pytest.mark.parametrize(
    ("text", "serious", "injured"),
    [
        ("工厂爆炸致9至11人重伤", 9, 0),
        ("客车翻下山坡，车上二三十人不同程度受伤", 0, 20),
        ("据目击者称，有一两人受伤", 0, 1),
    ],
)
def test_a_range_of_injured_counts_its_lower_end(text: str, serious: int, injured: int) -> None:
    p = propose(text)
    assert (p.figures.serious, p.figures.injured) == (serious, injured), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("死亡人数由6人增至11人", 11),  # a rise, not a range
        ("二〇一九年的那场事故后，今年又有3人死亡", 3),
        ("十一人死亡", 11),
    ],
)
def test_numbers_that_are_no_range(text: str, deaths: int) -> None:
    assert propose(text).figures.deaths == deaths


@pytest.mark.parametrize(
    ("text", "deaths", "loss", "grade"),
    [
        ("台南一棟大樓倒塌，已造成十一人罹難", 11, 0.0, M),
        ("工廠發生氣爆，造成3人死亡、12人受傷", 3, 0.0, L),
        ("漁船翻覆，兩人遇難、八人失蹤", 10, 0.0, M),
        ("倉庫發生火災，無人員傷亡，直接經濟損失約2500萬元", 0, 2500e4, L),
    ],
)
def test_traditional_characters_are_read(text: str, deaths: int, loss: float, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths + p.figures.missing == deaths, p.reasons
    assert p.figures.loss_yuan == pytest.approx(loss), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # abroad, in traditional characters: no 国内 grade
        ("韓國首爾一商場火災致15人罹難", None),
        ("馬來西亞一旅遊巴士翻覆 11死多傷", None),
        # Chinese citizens among them: graded, the desk asked to check
        ("泰國普吉島遊船翻覆 4名中國遊客遇難", L),
    ],
)
def test_places_abroad_in_traditional_characters_are_read(text: str, grade: IncidentGrade | None) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(r.startswith("境外事件") for r in p.reasons), p.reasons


def test_a_simplified_text_is_read_as_written() -> None:
    text = "化工厂爆炸造成3人死亡，沈阳消防赶赴现场"
    p = propose(text)
    assert p.grade is L
    assert any("“3人死亡”" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "loss", "grade"),
    [
        ("经认定，事故造成叁人死亡", 3, 0.0, L),
        ("事故造成叁拾伍人死亡", 35, 0.0, E),
        ("火灾造成直接经济损失人民币壹仟贰佰万元", 0, 1200e4, L),
        ("直接经济损失人民币伍佰万元", 0, 500e4, G),
    ],
)
def test_numerals_written_out_in_full(text: str, deaths: int, loss: float, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.figures.loss_yuan == pytest.approx(loss), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "injured", "deaths"),
    [
        ("救援队伍人员中有2人受伤", 2, 0),  # 伍 of 队伍 is no five
        ("大陆3名游客遇难", 0, 3),
        ("陆续有5人遇难", 0, 5),
    ],
)
def test_words_with_formal_numeral_characters(text: str, injured: int, deaths: int) -> None:
    p = propose(text)
    assert (p.figures.injured, p.figures.deaths) == (injured, deaths), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("客车与货车相撞，造成4人当场死亡，2人经抢救无效死亡，另有9人受伤", 6, L),
        ("两车相撞，1人当场死亡，1人在送医途中死亡", 2, G),
        ("爆炸现场当场死亡8人，经抢救无效死亡3人", 11, M),
        # at the scene (现场) as on the spot, in the figure's own clause
        ("现场2人死亡，1人送医途中死亡", 3, L),
        ("2人现场死亡，1人送医后不治身亡", 3, L),
        ("救援人员赶到现场，3人死亡，其中1人送医途中死亡", 3, L),
        ("5人当场死亡，其中2人经抢救无效死亡", 5, L),
        # a headline's parts apart by a space, as by a comma
        ("一辆大客车侧翻 造成2人当场死亡 1人经抢救无效死亡", 3, L),
        ("大客车侧翻\u3000造成2人当场死亡\u30001人经抢救无效死亡", 3, L),
        # the same dead told twice: 其中 splits the total
        ("事故造成7人死亡，其中5人当场死亡，2人经抢救无效死亡", 7, L),
        # one of the injured dying, told in a later sentence
        ("闪爆致1名工人死亡、6人受伤。当晚，2名伤员伤重不治身亡", 3, L),
        ("油罐车侧翻致8人死亡、4人受伤。次日凌晨，1名受伤的乘客在医院不治身亡", 9, L),
        # the dead of the lead told one by one: not added
        ("两车相撞致两死一伤。轿车司机因伤势过重当场死亡，一名行人被撞身亡", 2, G),
        # told already (此前, 其中) or a new total: not added
        ("塌方事故死亡人数升至9人。此前，1名伤者经抢救无效死亡", 9, L),
        ("火灾造成4人死亡、3人受伤。其中1名伤者送医后死亡", 4, L),
    ],
)
def test_deaths_on_the_spot_and_after_rescue_add_up(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "total", "grade"),
    [
        ("山洪灾害造成死亡、失踪12人，其中死亡9人、失踪3人", 12, M),
        ("强降雨已造成全省死亡失踪25人", 25, M),
        ("截至目前，共有8人死亡失踪", 8, L),
        ("泥石流灾害遇难和失踪人员达29人", 29, M),
        # each with its own number: added
        ("暴雨已致3人死亡、失踪2人", 5, L),
        ("已致27人遇难、5人失联", 32, E),
    ],
)
def test_the_dead_and_missing_counted_together_are_one_figure(text: str, total: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths + p.figures.missing == total, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "injured", "deaths"),
    [
        ("一男子持刀在校门口砍伤6名学生和1名老师", 7, 0),
        ("歹徒打伤3名村民和2名民警后逃跑", 5, 0),
        ("醉驾男子撞死1名行人和2名骑车人", 0, 3),
        ("砍死1人后又砍伤3人", 3, 1),
    ],
)
def test_each_number_of_a_list_of_victims_after_the_verb(text: str, injured: int, deaths: int) -> None:
    p = propose(text)
    assert (p.figures.injured, p.figures.deaths) == (injured, deaths), p.reasons


@pytest.mark.parametrize(
    ("text", "loss", "grade"),
    [
        ("仓库火灾造成3000万元直接经济损失", 3000e4, L),
        ("厂房爆炸造成约1.2亿元的直接经济损失", 1.2e8, E),
        ("火灾造成直接经济损失（万元）：1560", 1560e4, L),
        ("初步估算，火灾直接经济损失在5000万元左右", 5000e4, M),
    ],
)
def test_direct_loss_written_after_its_amount_or_in_a_table(text: str, loss: float, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.loss_yuan == pytest.approx(loss), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "loss", "grade"),
    [
        ("火灾造成直接经济损失达1.2亿", 1.2e8, E),
        ("仓库火灾直接经济损失约3000万，无人员伤亡", 3000e4, L),
        ("事故造成直接经济损失1200余万", 1200e4, L),
        ("火灾造成3000万直接经济损失", 3000e4, L),
        # the loss an incident caused, in a headline's words (the desk asked to check it is direct)
        ("爆炸事故损失超5千万", 5000e4, M),
        # spoken forms: 一个多亿 (1亿 and more), 一个半亿 (1.5亿)
        ("火灾直接经济损失达1个多亿", 1e8, E),
        ("事故直接经济损失一个半亿", 1.5e8, E),
    ],
)
def test_a_direct_loss_without_the_word_yuan(text: str, loss: float, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.loss_yuan, p.grade) == (pytest.approx(loss), grade), p.reasons


@pytest.mark.parametrize(
    "text", ["火灾造成直接经济损失1.2亿美元", "学校被夷为平地，他的经济损失超千万", "事故造成直接经济损失1200"]
)
def test_an_amount_without_yuan_counts_only_as_a_direct_loss_in_yuan(text: str) -> None:
    # another currency, a complainant's own reckoning, a figure with no 万 or 亿 to tell its size
    assert propose(text).figures.loss_yuan == 0


@pytest.mark.parametrize(
    ("text", "loss"),
    [
        ("洪灾造成直接经济损失300余万元，间接经济损失1.2亿元", 300e4),
        ("化工厂爆炸带来的直接和间接经济损失高达16亿元", 0.0),
        ("火灾造成1.2亿元间接经济损失", 0.0),
    ],
)
def test_indirect_loss_is_no_direct_loss(text: str, loss: float) -> None:
    p = propose(text)
    assert p.figures.loss_yuan == pytest.approx(loss), p.reasons
    assert p.grade in (None, G), p.reasons
    assert any(r.startswith("未计入（间接经济损失") for r in p.reasons), p.reasons


def test_a_unit_alone_is_no_amount() -> None:
    p = propose("请统计直接经济损失（万元），报应急管理局")
    assert p.figures.loss_yuan == 0, p.reasons


def test_a_loss_of_about_an_amount_says_so() -> None:
    p = propose("初步估算，火灾直接经济损失在5000万元左右")
    loss = next(r for r in p.reasons if r.startswith("直接经济损失"))
    assert "约数" in loss and "5000万元左右" in loss, loss


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("1998年特大洪水造成4150人死亡。今年汛期，全市无人员伤亡", 0, None),
        ("2008年汶川地震造成6.9万人遇难，如今这里已建起新城", 0, None),
        ("2015年天津港爆炸事故造成165人遇难，此后该市开展危化品大检查", 0, None),
        # dated by its year alone, then told as what happened then
        ("该事故与2021年发生的一起造成15人死亡的事故相似，此次事故造成1人受伤", 0, G),
        ("2019年发生在该市的洪灾造成15人死亡。今年汛期暴雨致2人死亡", 2, G),
    ],
)
def test_a_disaster_named_by_its_year_is_an_earlier_event(text: str, deaths: int, grade: IncidentGrade | None) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons
    assert any("其他或以往事件" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # this event, told by its date, its toll so far, or after the earlier one's stretch
        ("2024年1月24日15时30分许，一化工公司发生火灾，造成39人死亡", 39, E),
        ("2024年首场暴雨致3人死亡", 3, L),
        ("2024年的洪水已致12人死亡", 12, M),
        ("本次火灾是继2010年大火之后最严重的一次，造成5人死亡", 5, L),
        ("这是继1998年以来最大的洪水，已致3人死亡", 3, L),
    ],
)
def test_this_events_toll_near_a_year(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("凌晨一场大火夺走12条生命", 12, M),
        ("一场车祸夺去了3人的生命", 3, L),
        ("工地塌方，4条鲜活的生命逝去", 4, L),
        ("隧道爆炸 3人命丧", 3, L),
        ("这场火灾夺走了4个人的生命", 4, L),
    ],
)
def test_lives_taken_are_deaths(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("直升机在山区失事，机上4人无一生还", 4, L),
        ("渡船翻沉，船上14名村民无人生还", 14, M),
        ("民房深夜起火，屋内一家6口无一幸免", 6, L),
    ],
)
def test_none_of_them_surviving_is_their_deaths(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "lost", "grade"),
    [
        ("一客船倾覆，船上454人，仅12人生还", 442, E),
        ("客机失事，机上共有乘客和机组人员132人，仅1人幸存", 131, E),
        ("渔船沉没，船上8人中仅3人被救起", 5, L),
        ("民房失火，一家五口仅1人幸存", 4, L),
        ("渔船沉没，船上8人，仅1名逃生", 7, L),
    ],
)
def test_those_aboard_less_the_few_who_survived_are_dead_or_missing(text: str, lost: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.missing == lost and p.grade is grade, p.reasons
    assert any("死亡、失踪/失联合计" in r and "仅" in r for r in p.reasons), p.reasons


def test_a_stated_toll_beside_the_survivors_counts_alone() -> None:
    p = propose("船上12人，仅2人获救，另有10人遇难")
    assert (p.figures.deaths, p.figures.missing, p.grade) == (10, 0, M), p.reasons
    p = propose("货车侧翻，车上2人，仅1人受轻伤")
    assert (p.figures.deaths, p.figures.missing) == (0, 0), p.reasons


@pytest.mark.parametrize("text", ["该县道路交通连续300天零死亡", "春运期间全市水上交通零伤亡"])
def test_zero_deaths_is_no_death(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0 and p.figures.injured == 0, p.reasons


@pytest.mark.parametrize("text", ["急诊科医护人员连夜挽救了3条生命", "消防员从火场救出12条生命"])
def test_lives_saved_are_no_deaths(text: str) -> None:
    assert propose(text).figures.deaths == 0


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("官方通报：事故死亡人数由15人下调至13人", 13, M),
        ("火灾死亡人数已升至11人。经逐一核实，死亡人数核减为9人", 9, L),
        ("经核实，死亡人数修正为2人", 2, G),
        # the correction's figure without a word of its own, after 后经/最终
        ("塌方事故起初通报4人遇难，后经核实为2人", 2, G),
        ("隧道事故首日通报11人死亡，最终核实为9人", 9, L),
    ],
)
def test_a_corrected_toll_replaces_the_earlier_one(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "grade", "deaths", "injured", "loss"),
    [
        # “A”应为“B”: B read in A's place
        ("更正：本刊上期《某镇民房失火》一文中“致2人死亡”应为“致2人受伤”，特此更正。", G, 0, 2, 0),
        ("更正说明：通报中遇难人数“4人”应为“1人”。", G, 1, 0, 0),
        # the right quote telling its figure alone takes the wrong one's words before it
        ("勘误：稿件中“直接经济损失约5000万元”有误，应为“约500万元”。", G, 0, 0, 5_000_000),
        # 将“A”误报为“B”: A is right
        ("更正：前日报道将“一起一般火灾事故”误写为“一起重大火灾事故”，特此致歉。", G, 0, 0, 0),
    ],
)
def test_a_quote_corrected_is_read_as_corrected(
    text: str, grade: IncidentGrade, deaths: int, injured: int, loss: int
) -> None:
    p = propose(text)
    assert (p.grade, p.figures.deaths, p.figures.injured, p.figures.loss_yuan) == (grade, deaths, injured, loss), (
        p.reasons
    )


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # the old figure said to be wrong
        ("县政府此前发布的遇难14人数据有误，实际遇难人数为7人", 7, L),
        ("此前通报的“隧道坍塌致16人遇难”统计有误，经逐一核对，遇难者为8人", 8, L),
        ("经再次核查，确认遇难5人，首日报道中的13人遇难系重复统计", 5, L),
        ("网络流传的“矿难致40余人死亡”纯属谣言，经调查，事故共造成1人死亡", 1, G),
        ("此前报道的3人死亡事故系谣言，经核实该事故造成1人轻伤", 0, G),
        # a rumour's figure, and what it really was
        ("某地网传“工地塌方致3人死亡”，经调查，实为1人受轻伤", 0, G),
        ("网传“工地塌方致3人死亡”，经市住建局调查，实为1人受轻伤，请勿传谣。", 0, G),
        # the old figure of an earlier report or a rumour, a corrected one stated
        ("起初有网友称车祸造成11人死亡。经交警部门核实，实际死亡人数为4人", 4, L),
        ("事故遇难者为6人，而不是此前报道的10人", 6, L),
        ("经核实，坠亡工人为4名（此前网传20人死亡）", 4, L),
        # a rumour's figure, denied further on
        ("有自媒体发文称垮塌致50余人遇难，县政府回应：该说法不实，目前确认遇难2人", 2, G),
        # denied by saying no one died
        ("网上流传“商场电梯事故致3人死亡”，经市场监管局调查，事故造成1人受伤，无人员死亡", 0, G),
        # an earlier figure kept: no correction, a rise, or some of the dead named
        ("据此前通报，爆炸造成13人遇难，救援仍在进行", 13, M),
        ("此前通报遇难10人，今日又新增遇难2人", 10, M),
        ("据初步统计，山体滑坡致14人遇难。经核实，遇难者中有5名学生", 14, M),
    ],
)
def test_a_figure_said_to_be_wrong_or_corrected_later_is_left_out(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "山中迷路失联的3名驴友已全部获救",
        "出海捕鱼的3名失联渔民已平安返回",
        "井下失联的4名矿工已于今晨被救出",
    ],
)
def test_missing_people_found_alive_are_no_toll(text: str) -> None:
    p = propose(text)
    assert p.figures.missing == 0 and p.figures.deaths == 0, p.reasons
    assert p.grade in (None, G), p.reasons
    assert any("失踪/失联人员已找到" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "missing", "grade"),
    [
        ("目前，4名失联人员已全部找到，均已遇难", 4, 0, L),
        ("搜救人员找到了失联的3名驴友，其中2人已无生命体征", 2, 0, G),
        # found, then said dead, in the same sentence: deaths, counted once
        ("4名失联船员当晚在礁石附近被发现，已无生命体征", 4, 0, L),
        ("2名失联的钓鱼爱好者被找到时均已遇难", 2, 0, G),
        # their bodies found in a later sentence, named as the missing: deaths, counted once
        ("厂房坍塌造成2人死亡，另有1人失联。次日上午，失联人员遗体被找到，死亡人数升至3人。", 3, 0, L),
        ("一名游客在江边拍照时落水失联。两天后，失联游客遗体在下游约2公里处被找到。", 1, 0, G),
        ("一名渔民出海作业时失联。次日，搜救人员找到失联渔民的遗体。", 1, 0, G),
        # one body of several missing, or its count not theirs: not all of them
        ("山洪致2人失联。失联人员遗体被找到。", 0, 2, G),
        # someone else found: still missing
        ("3名儿童失踪，警方已找到嫌疑人", 0, 3, L),
        ("仍有3人失联，其余5人已获救", 0, 3, L),
    ],
)
def test_missing_people_found_dead_or_not_found(text: str, deaths: int, missing: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing) == (deaths, missing), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "missing", "grade"),
    [
        # some of them found: those still missing count
        ("登山队11人失联，其中4人已被搜救队员找到", 0, 7, L),
        ("失踪的14名渔民中已有6人获救", 0, 8, L),
        ("失踪的14名渔民中已有6人获救、3人遇难", 3, 5, L),
        # among the people named as missing (人员, 者): some of them, not more
        ("山洪致8名失联人员中已有5人确认遇难", 5, 3, L),
        ("15名失联人员中，已有6人获救、4人遇难", 4, 5, L),
        ("落水失联的13名乘客中，已有8人被救起", 0, 5, L),
        ("施工队10名工人失联，其中1人已确认死亡", 1, 9, M),
        ("泥石流致13人失踪。救援队已搜寻到4具遗体", 4, 9, M),
        # a follow-up telling those still sought first, then how they went missing
        (
            "找到1名失联人员遗体，另1名失联人员仍在全力搜寻中。12月4日下午3时许，2名村民驾驶小渔船在水库收网时，"
            "渔船突遇大风侧翻，2人落水失联。",
            1,
            1,
            G,
        ),
        # one swept away as a report tells it, not found yet
        ("廿八都镇枫溪村一名70岁村民在查看自家田里排水时，在村后溪边被山洪冲走，截至今天18时，仍未找到。", 0, 1, G),
        # one of the others in the water saved, the missing one still sought
        (
            "峡口水库一小木船侧翻 1人失联\n一艘载有2名村民的小木船在收网时侧翻，2人落水。附近垂钓者将其中1人救起，"
            "送往峡口镇卫生院检查，无大碍；另1名62岁村民下落不明。截至晚上8时仍未找到。",
            0,
            1,
            G,
        ),
        # counted, then their bodies found: those still missing count
        ("3名村民在须江落水失联。经连续搜救，2人遗体已被打捞上岸。", 2, 1, L),
        ("山洪致5人失联，目前3具遗体已被找到", 3, 2, L),
        ("泥石流致13人失踪，已找到6人，其中1人遇难", 1, 7, L),
        # what remains stated: it is the figure
        ("货船沉没，11名船员落水。经海警全力搜救，已救起8人，尚有3人下落不明", 0, 3, L),
        ("客船翻沉后12人失联。截至发稿，仍有4人下落不明", 0, 4, L),
        ("客船翻沉后12人失联，其中8人已被救起，还有4人在搜寻中", 0, 4, L),
        ("山体滑坡造成2人失联。截至18时，1名失联人员已被找到，经确认已无生命体征，另1人仍在全力搜寻中。", 1, 1, G),
        ("山洪造成5人失联，目前仍有3人在紧张搜救中", 0, 3, L),
        # some of them named as the missing, found or dead (1名失联人员已被找到, 3名失踪村民已确认遇难)
        ("山体滑坡造成2人失联。1名失联人员已被找到，已无生命体征。", 1, 1, G),
        ("山洪造成5人失踪，截至目前，3名失踪村民已确认遇难", 3, 2, L),
        ("客船翻沉致12人失联，目前3名失联人员已遇难", 3, 9, M),
        # others rescued, or a figure of its own after the missing: not some of them
        ("渔船倾覆致4人失踪，另一艘渔船上的20人获救", 0, 4, L),
        ("山洪造成9人失联、2人死亡", 2, 9, M),
    ],
)
def test_missing_people_partly_found(text: str, deaths: int, missing: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing) == (deaths, missing), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "check"),
    [
        # 余 and 多 after the number of those trapped
        ("煤矿事故16人全部遇难，另有30余人被困", "死亡可达46人，为特别重大，请核实"),
        ("煤矿透水事故，30余人被困井下", "死亡可达30人，为特别重大，请核实"),
        ("煤矿事故16人遇难，仍有30多人被困井下", "死亡可达46人，为特别重大，请核实"),
    ],
)
def test_more_than_a_number_trapped_asks_the_desk(text: str, check: str) -> None:
    p = propose(text)
    assert any(r.startswith("被困、被埋30人") and check in r for r in p.reasons), p.reasons


def test_people_still_trapped_are_no_figure_but_ask_the_desk() -> None:
    p = propose("隧道塌方已致5人遇难，目前仍有7名工人被困，救援正在进行")
    assert (p.figures.deaths, p.figures.missing, p.grade) == (5, 0, L), p.reasons
    assert any(r.startswith("被困、被埋7人") and "为重大，请核实" in r for r in p.reasons), p.reasons
    p = propose("塌方致1人遇难，另有1名工人仍被困")
    assert p.grade is G and any(r.startswith("被困、被埋1人") and "请核实" not in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "某煤矿发生透水事故，井下22人被困，经全力搜救，已有10人升井，其余人员仍在搜救中",
        "矿井坍塌22人被困 目前已有10人成功升井",
        # the rescue told in the next sentence, the rest still searched for
        "峡口镇一煤矿发生透水事故，井下22人被困。经全力搜救，已有10人升井，其余12人仍在搜救中。",
    ],
)
def test_people_brought_up_from_a_mine_are_no_longer_trapped(text: str) -> None:
    p = propose(text)
    (reason,) = [r for r in p.reasons if r.startswith("被困")]
    assert reason.startswith("被困、被埋12人"), p.reasons  # 22 trapped, 10 out


def test_one_person_buried_and_brought_out_is_no_longer_trapped() -> None:
    p = propose("清湖村一处民房因连日降雨发生倒塌，一名老人被埋，经消防救援人员全力救援，老人被成功救出，无生命危险")
    assert not any(r.startswith("被困") for r in p.reasons), p.reasons
    p = propose("清湖村一处民房发生倒塌，一名老人被埋，救援正在进行")
    assert any(r.startswith("被困、被埋1人") for r in p.reasons), p.reasons
    # named by being buried, brought out later in the report at a time told
    p = propose(
        "受强降雨影响，某村后山发生泥石流，冲毁猪舍1间，1名养殖户被埋。镇村干部和消防救援人员迅速赶到现场，"
        "经连夜搜救，被埋养殖户于次日凌晨3时许被救出，已送往医院治疗。"
    )
    assert not any(r.startswith("被困") for r in p.reasons), p.reasons


def test_people_buried_all_brought_out_later_in_the_report_are_no_longer_trapped() -> None:
    p = propose(
        "12月3日上午，双塔街道一在建工地发生局部坍塌，造成3名施工人员被埋。事故发生后，市委、市政府主要领导"
        "第一时间赶赴现场指挥救援，市消防救援大队、市公安局、市卫健局等部门迅速开展救援。截至当日16时，"
        "3名被埋人员全部被救出，其中2人经抢救无效死亡，1人受轻伤。"
    )
    assert (p.figures.deaths, p.grade) == (2, G), p.reasons
    assert not any(r.startswith("被困") for r in p.reasons), p.reasons
    # those buried at another site told later stay
    p = propose("工地坍塌，3名工人被埋，救援正在进行。另据报道，邻县一处民房被困人员已全部救出。")
    assert any(r.startswith("被困、被埋3人") for r in p.reasons), p.reasons
    # brought out at a time told (于当晚7时许): out all the same
    p = propose(
        "一建筑工地发生基坑坍塌 2名工人被埋\n"
        "12月4日下午4时许，一建筑工地发生基坑坍塌事故，2名正在基坑底部作业的工人被埋。经全力救援，"
        "2名被埋工人于当晚7时许被救出，经医院全力抢救，1人死亡，1人重伤。"
    )
    assert (p.figures.deaths, p.figures.serious, p.grade) == (1, 1, G), p.reasons
    assert not any(r.startswith("被困") for r in p.reasons), p.reasons


def test_people_told_as_the_missing_who_died_are_deaths() -> None:
    p = propose("3名失踪人员已遇难")
    assert (p.figures.deaths, p.figures.missing, p.grade) == (3, 0, L), p.reasons


def test_the_bodys_other_death_adds_nothing_to_the_headlines_figure() -> None:
    """The headline sums the body up: the body's 另1名学生…死亡 is the headline's one death."""
    p = propose(
        "两名学生在须江溺水 1人身亡\n11月29日下午，两名初中学生在须江戏水时不慎落水。其中1名学生被救起，"
        "另1名学生经打捞上岸后经医院抢救无效死亡。"
    )
    assert (p.figures.deaths, p.grade) == (1, G), p.reasons
    # within the body, one more still adds
    p = propose("货车与客车相撞\n事故造成2人当场死亡，另有1人经抢救无效死亡。")
    assert (p.figures.deaths, p.grade) == (3, L), p.reasons


def test_missing_people_found_alive_or_dead_unsaid_ask_the_desk() -> None:
    p = propose("船上12人失联，目前已找到8人")
    assert (p.figures.missing, p.grade) == (4, L), p.reasons
    assert any("已找到的8人生死未写明" in r and "重大，请核实" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("事故中受伤的第3名伤者于昨晚死亡", 1, G),  # one person, the third of the injured
        ("搜救人员找到第12具遗体", 12, M),  # the twelfth body: twelve dead at least
        ("又一名伤者不治，火灾第3人死亡", 3, L),
        ("这是本月第3起致人死亡的事故，造成2人死亡", 2, G),
    ],
)
def test_an_ordinal_is_no_count_unless_it_numbers_the_dead(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "grade", "said"),
    [
        ("学校食堂发生食物中毒 120余名学生送医 无人死亡", L, "一起中毒100人以上"),
        ("某公司员工食物中毒，35人出现呕吐、腹泻症状", G, "一起中毒30～99人"),
        ("工地食堂疑似食物中毒，150名工人先后入院治疗", L, "一起中毒100人以上"),
    ],
)
def test_people_treated_in_a_food_poisoning_are_the_poisoned(text: str, grade: IncidentGrade, said: str) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(said in r for r in p.reasons), p.reasons


def test_people_treated_elsewhere_are_no_poisoning() -> None:
    p = propose("暴雨中一棵大树倒下砸中公交车，120余名乘客被疏散，3人送医")
    assert not any("食品安全事故" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("救援队在废墟下发现2名幸存者和3具遗体", 3),
        ("搜救出3名幸存者和2名遇难者", 2),
        ("驾驶员和2名乘客当场死亡", 3),
    ],
)
def test_survivors_listed_with_the_dead_are_not_counted(text: str, deaths: int) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "missing", "grade"),
    [
        ("渔船沉没，5名船员失联。截至发稿，5名船员均已获救。", 0, 0, G),
        ("矿井透水，12名矿工失联。经过连续搜救，失联人员已全部获救。", 0, 0, G),
        ("3人失联。目前，3名失联人员均已找到，均已遇难。", 3, 0, L),
        # found, then said dead in the next clause: deaths, added to those stated before the find
        ("山洪过后6名村民失联。搜救队连日搜寻，6人均已找到，已无生命体征。", 6, 0, L),
        ("塔吊倒塌致1人死亡、2人失联。次日凌晨，2人均被找到，确认遇难。", 3, 0, L),
        ("2名游客落水失联。目前2人均已找到，均已遇难。事故共造成2人死亡。", 2, 0, G),
        # others found, or not all of them: still missing
        ("客船倾覆，5人失踪，20人获救", 0, 5, L),
        ("12名矿工失联。截至今晨，已有8人获救", 0, 12, M),
        ("12名矿工失联。其余人员均已安全升井", 0, 12, M),
    ],
)
def test_missing_people_a_later_sentence_finds(text: str, deaths: int, missing: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing) == (deaths, missing), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "injured", "grade"),
    [
        ("货车失控撞死2名行人、1名骑车人", 3, 0, L),
        ("歹徒在校门口砍伤3名学生、2名老师", 0, 5, G),
        # each number with its own word: not one list
        ("事故造成3人死亡、2人受伤", 3, 2, L),
    ],
)
def test_a_list_of_victims_joined_by_a_pause_mark(text: str, deaths: int, injured: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured) == (deaths, injured), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "grade", "among"),
    [
        ("暴雨致8人失联 目前已有5人遇难", M, "则共8人，为较大"),
        ("山体滑坡致22人失联，截至目前已有9人遇难", E, "则共22人，为重大"),
    ],
)
def test_a_toll_so_far_after_the_missing_asks_whether_the_dead_are_among_them(
    text: str, grade: IncidentGrade, among: str
) -> None:
    """The dead of a toll told so far may be some of the missing counted before them: the grade
    keeps both (the higher clock), and the desk is asked to check the lower one."""
    p = propose(text)
    assert p.grade is grade, p.reasons
    (note,) = [r for r in p.reasons if r.startswith("遇难者若在先报的失联人员之中")]
    assert among in note and "请核实" in note


@pytest.mark.parametrize("text", ["山洪造成9人失联、2人死亡", "3人死亡、8人失联", "8人失联，其中5人已确认遇难"])
def test_a_list_of_dead_and_missing_asks_nothing(text: str) -> None:
    assert not any(r.startswith("遇难者若在先报的失联人员之中") for r in propose(text).reasons)


@pytest.mark.parametrize(
    "text",
    ["暴雨致9人失踪 遇难人数升至3人", "九名矿工失联续：死亡人数已增至3人"],
)
def test_a_toll_risen_after_the_missing_asks_whether_the_dead_are_among_them(text: str) -> None:
    """A toll that has risen since the missing were counted, no death stated before them, is most
    likely of the missing found dead: the grade keeps both, and the desk is asked to check."""
    p = propose(text)
    assert p.grade is M, p.reasons
    (note,) = [r for r in p.reasons if r.startswith("遇难者若在先报的失联人员之中")]
    assert "则共9人，为较大" in note


def test_a_toll_risen_after_deaths_and_missing_stated_apart_asks_nothing() -> None:
    p = propose("事故造成2人死亡、9人失踪，死亡人数后升至3人")
    assert not any(r.startswith("遇难者若在先报的失联人员之中") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "missing", "grade"),
    [
        ("山洪致12人失联 经连夜搜寻 1人遇难2人失踪", 1, 2, L),
        ("载14人渔船遇险14人失联 搜救船找到渔船 1人遇难4人失踪", 1, 4, L),
        ("矿井透水致30人失联。经全力搜救，目前已有6人遇难、3人失联", 6, 3, L),
    ],
)
def test_fewer_missing_after_a_search_are_those_still_missing(
    text: str, deaths: int, missing: int, grade: IncidentGrade
) -> None:
    """The missing fall as people are found: a smaller count after a search or a find is the latest
    (not the largest, as a death toll would be)."""
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing) == (deaths, missing), p.reasons
    assert p.grade is grade, p.reasons
    assert any("取最新数字" in r for r in p.reasons), p.reasons


def test_the_missing_told_in_a_headline_and_those_left_far_on_are_quoted_apart() -> None:
    text = (
        "一渔船在峡口水库翻沉 2人失联\n12月4日下午3点左右，峡口水库库区一艘渔船在作业时翻沉，船上3人落水，1人自救上岸，"
        "2人失联。截至5日上午10时，1名失联人员已找到，已无生命体征，另1人仍在搜寻中。"
    )
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing) == (1, 1), p.reasons
    (reason,) = [r for r in p.reasons if r.startswith("死亡1人、失踪")]
    assert "“2人失联……另1人仍在搜寻”" in reason and "\n" not in reason, reason


@pytest.mark.parametrize(("text", "missing"), [("甲村12人失联，乙村3人失联", 12), ("12人失联，另有3人失联", 15)])
def test_fewer_missing_without_a_search_between_keep_the_largest_or_add_up(text: str, missing: int) -> None:
    assert propose(text).figures.missing == missing


@pytest.mark.parametrize(
    ("text", "still"),
    [
        ("山体塌方 6名工人被困 已救出2人", 4),
        ("透水事故致9名矿工被困井下，目前已成功救出5人", 4),
        # the number rescued before its verb
        ("隧道塌方致5名工人被困，其中2人已成功获救", 3),
    ],
)
def test_the_trapped_less_those_rescued_are_still_trapped(text: str, still: int) -> None:
    """Some of the trapped rescued: the rest are still there, and their deaths would raise the grade."""
    p = propose(text)
    assert p.grade is G, p.reasons
    assert any(r.startswith(f"被困、被埋{still}人") and "为较大，请核实" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "still"),
    [
        ("某煤矿发生透水事故，井下12名矿工被困，其中9人已遇难，3人仍在搜救", 9, 3),
        ("煤矿透水12名矿工被困 目前已有9人遇难", 9, 3),
        ("隧道塌方致11名工人被困，其中8人确认死亡", 8, 3),
    ],
)
def test_the_trapped_found_dead_are_no_longer_trapped(text: str, deaths: int, still: int) -> None:
    """The dead among the trapped are counted as deaths, not trapped as well: what a find of the
    rest could bring is the dead and the rest (twelve, 重大), not the dead and all the trapped."""
    p = propose(text)
    assert (p.figures.deaths, p.grade) == (deaths, L), p.reasons
    (reason,) = [r for r in p.reasons if r.startswith("被困")]
    assert reason.startswith(f"被困、被埋{still}人") and f"死亡可达{deaths + still}人，为重大，请核实" in reason, reason


def test_the_bodies_found_of_those_buried_are_among_them() -> None:
    """3 buried, 2 bodies dug out: one is left, and a find of that one would make 3 dead (较大), not 5."""
    p = propose("村民称，塌方致3人被埋，目前已挖出2具遗体，1人仍在搜救")
    assert (p.figures.deaths, p.grade) == (2, G), p.reasons
    (reason,) = [r for r in p.reasons if r.startswith("被困")]
    assert reason.startswith("被困、被埋1人") and "死亡可达3人，为较大，请核实" in reason, reason


@pytest.mark.parametrize("text", ["电梯故障3人被困，已救出3人", "消防员救出被困群众5人"])
def test_all_the_trapped_rescued_ask_nothing(text: str) -> None:
    assert not any(r.startswith("被困、被埋") for r in propose(text).reasons)


@pytest.mark.parametrize("text", ["事故造成12人受伤，均为轻伤", "爆炸造成12人受伤，伤者均系轻微伤"])
def test_the_injured_all_lightly_hurt_are_minor_and_ask_nothing(text: str) -> None:
    p = propose(text)
    assert p.grade is G and p.figures.minor == 12 and p.figures.injured == 0, p.reasons
    assert not any("请核实" in r for r in p.reasons), p.reasons


def test_the_injured_not_in_danger_are_still_of_unknown_severity() -> None:
    p = propose("事故造成12人受伤，均无生命危险")
    assert p.figures.injured == 12 and any("请核实" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "trapped"),
    [("某煤矿发生瓦斯爆炸，井下作业人员共30人，已升井22人，8人被困", 8), ("山体滑坡致6人被埋，救援正在进行", 6)],
)
def test_people_trapped_where_they_may_die_ask_the_desk(text: str, trapped: int) -> None:
    p = propose(text)
    assert any(r.startswith(f"被困、被埋{trapped}人") and "为较大，请核实" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "小区电梯故障，4人被困",  # no site where they may die
        "矿山救援演练，模拟井下12人被困",  # a drill's
        "隧道塌方 6名工人被困 已救出6人",  # all rescued
        "山体滑坡致5人被埋，目前5人已全部救出",
        "一幢民房倒塌，造成2人被埋，经全力搜救，2人已被救出送医",
        "隧道施工中发生塌方，导致8名作业人员被困，虽经救援未造成人员伤亡",
    ],
)
def test_people_trapped_in_a_lift_a_drill_or_all_rescued_ask_nothing(text: str) -> None:
    assert not any(r.startswith("被困、被埋") for r in propose(text).reasons)


@pytest.mark.parametrize(
    "text",
    [
        "如果大楼因质量问题倒塌，按三成计算就有300多人死亡，后果不堪设想，请领导重视。",
        "万一护栏断裂，车辆坠入河中，甚至造成十几人死亡，请尽快维修。",
    ],
)
def test_a_toll_under_a_condition_is_imagined(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0 and p.grade in (None, G), p.reasons
    assert any(r.startswith("未计入（演练、假设或作品中的情景）") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "物业公司收取业主的47万人民币装修押金，至今下落不明。",
        "开发商收取的30万元保证金至今下落不明，业主多次讨要无果。",
    ],
)
def test_money_gone_missing_is_no_missing_people(text: str) -> None:
    p = propose(text)
    assert p.figures.missing == 0, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "injured", "said"),
    [
        ("某铁路客车出轨事故酿49死逾200伤", 49, 200, "受伤逾200人（下限：至少200人"),
        ("连环车祸致约5死20伤", 5, 20, "死亡约5人（约数，按5人计）"),
        # 最近, 附近 are no qualifier
        ("最近3死2伤的那起事故", 3, 2, "死亡3人（原文“3死2伤”）"),
    ],
)
def test_a_compact_toll_with_a_qualifier_before_its_number(text: str, deaths: int, injured: int, said: str) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured) == (deaths, injured), p.reasons
    assert any(said in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("化工厂泄漏事故导致附近32名村民中毒，其中2人死亡", "中毒32人（"),
        ("爆炸造成附近12名群众受伤，其中10人重伤", "重伤10人（"),
        ("一辆大巴侧翻，车上预约30人的旅行团中3人死亡", "死亡3人（"),
    ],
)
def test_a_word_ending_in_jin_or_yue_is_no_approximation(text: str, said: str) -> None:
    # 附近 (nearby) and 预约 (booked) end in 近 and 约 but say nothing about how exact a figure is
    p = propose(text)
    assert any(r.startswith(said) for r in p.reasons), p.reasons
    assert not any("约数" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "injured", "serious", "grade"),
    [
        ("事故造成死3人伤5人", 3, 5, 0, L),
        ("矿井透水事故死1人、重伤10人", 1, 0, 10, L),
        ("车祸死3人", 3, 0, 0, L),
        ("事故共死10余人", 10, 0, 0, IncidentGrade.MAJOR),
    ],
)
def test_a_toll_with_the_verb_before_its_number(
    text: str, deaths: int, injured: int, serious: int, grade: IncidentGrade
) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured, p.figures.serious, p.grade) == (deaths, injured, serious, grade), (
        p.reasons
    )


@pytest.mark.parametrize(
    ("text", "deaths", "serious"),
    [
        ("校车侧翻，12名学生受伤，其中3人伤重", 0, 3),
        ("爆炸致10人受伤，其中10人伤重", 0, 10),
        # died of their wounds: deaths, not the seriously injured
        ("事故造成5人受伤，其中2人伤重不治", 2, 0),
        ("车祸致2死3伤，1名伤者因伤重于次日身亡", 3, 0),
    ],
)
def test_badly_hurt_after_the_number_is_seriously_injured(text: str, deaths: int, serious: int) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.serious) == (deaths, serious), p.reasons


def test_a_death_verb_before_a_number_that_is_no_toll_of_its_own() -> None:
    assert propose("这对生死3人组合的默契").figures.deaths == 0  # 生死 is a word of its own
    p = propose("男子撞死3人后逃逸")  # a killing, read as such
    assert p.figures.deaths == 3 and any("原文“撞死3人”" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize("text", ["化工厂爆炸致3名工人轻重伤", "一工厂爆炸，5人受轻重伤"])
def test_some_lightly_some_seriously_hurt_is_of_unknown_severity(text: str) -> None:
    p = propose(text)
    assert p.figures.serious == 0 and p.figures.injured > 0, p.reasons
    assert any(r.startswith(f"受伤{p.figures.injured}人（伤情未明") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "serious"), [("大廈火警 3人送院 其中1人命危", 1), ("貨車撞巴士釀1死12傷 2人情況危殆", 2)]
)
def test_hong_kong_and_taiwan_words_for_the_critically_hurt(text: str, serious: int) -> None:
    p = propose(text)
    assert p.figures.serious == serious and p.grade is G, p.reasons


@pytest.mark.parametrize(
    ("text", "serious", "quoted"),
    [
        ("燃气爆炸致5人受伤，其中2人有生命危险", 2, "2人有生命危险"),
        ("燃气爆炸致5人受伤，其中1人尚未脱离生命危险", 1, "1人尚未脱离生命危险"),
        # out of danger, or never in it: not the seriously hurt
        # burns over a large area, and all of the hurt said to be badly hurt
        ("爆燃事故致2名工人全身大面积烧伤", 2, "2名工人全身大面积烧伤"),
        ("12名工人受伤住院，均为重伤", 12, "12名工人受伤住院，均为重伤"),
        ("12人受伤，伤者均为重伤，目前正在医院全力救治", 12, "12人受伤，伤者均为重伤"),
        ("化工厂爆炸，12人受伤，伤者都伤势严重", 12, "12人受伤，伤者都伤势严重"),
        ("爆炸致12人受伤，其中3人伤势严重", 3, "3人伤势严重"),
        ("民宿内5名游客一氧化碳中毒，其中1人死亡，其余4人已脱离生命危险", 0, None),
        ("燃气爆炸致5人受伤，均无生命危险", 0, None),
    ],
)
def test_the_hurt_in_danger_of_their_life_are_seriously_hurt(text: str, serious: int, quoted: str | None) -> None:
    p = propose(text)
    assert p.figures.serious == serious, p.reasons
    if quoted is not None:
        assert any(f"“{quoted}”" in r for r in p.reasons if r.startswith("重伤")), p.reasons


@pytest.mark.parametrize(
    ("text", "term", "deaths"),
    [
        ("一輛旅遊巴士在高速公路上翻側，造成3人死亡、20人受傷送院", "翻侧", 3),
        ("某地一民宅發生火警，一名長者墮地不治", "发生火警", 1),
        ("某工廈發生工業意外，一名工人被重物壓傷，送院後證實不治", "工业意外", 1),
        ("一名男子在街頭倒地不治", None, 1),
        ("男子跌落天橋不治", None, 1),
        ("工業意外 3名工人墮斃", "工业意外", 3),
        ("漁船翻沉 1人溺斃", None, 1),
    ],
)
def test_hong_kong_words_for_an_accident_and_a_death(text: str, term: str | None, deaths: int) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    if term is not None:
        assert term in p.event_terms, p.reasons


def test_the_fire_alarm_number_is_no_fire() -> None:
    p = propose("市民发现险情请及时拨打119火警电话")
    assert p.grade is None, p.reasons


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("一辆载有30名学生的校车侧翻，所幸无人死亡，8名学生轻微擦伤", 8),
        ("两车相撞，3人擦伤", 3),
        # burns told slight
        ("消防员将3名被困人员全部救出，其中1人轻微烧伤", 1),
        ("锅炉蒸汽泄漏，2名工人轻度烫伤", 2),
    ],
)
def test_grazes_are_minor_injuries_and_no_death_is_no_claim_of_no_casualties(text: str, minor: int) -> None:
    p = propose(text)
    assert p.figures.minor == minor and p.figures.injured == 0, p.reasons
    assert not any(r.startswith("无人员伤亡") for r in p.reasons), p.reasons


def test_no_casualties_reported_yet_is_a_statement_of_none() -> None:
    p = propose("某地发生5.2级地震，震中附近房屋出现裂缝，暂未收到人员伤亡报告")
    assert p.figures.report.no_casualties == "暂未收到人员伤亡", p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "某县一工厂发生爆炸，造成1人受伤。另据报道，邻县一煤矿同日发生事故，造成12人死亡",
        "某县一工厂发生爆炸，造成1人受伤。邻县一煤矿同日发生事故，已造成12人死亡",
        "某小区火灾造成1人受伤。另一起事故造成12人死亡",
    ],
)
def test_another_places_incident_after_this_one_is_not_its_toll(text: str) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured, p.grade) == (0, 1, G), p.reasons
    assert any("其他或以往事件" in r and "12人死亡" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # a lead naming the neighbouring county tells the event reported, and all its figures
        ("邻县一化工厂发生爆炸，造成12人死亡", 12, IncidentGrade.MAJOR),
        ("邻县一煤矿发生事故，造成3人死亡，另有2人死亡", 5, IncidentGrade.LARGE),
        # the same disaster reaching a neighbour, its toll added
        ("某化工厂发生爆炸，造成3人死亡。随后，相邻的另一家工厂也发生爆炸，又造成10人死亡", 13, IncidentGrade.MAJOR),
        ("化工厂爆炸引发邻村一仓库起火，造成3人死亡", 3, IncidentGrade.LARGE),
    ],
)
def test_a_neighbours_incident_that_is_this_one(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.grade) == (deaths, grade), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "injured", "grade"),
    [
        ("死亡：3人；受伤：11人", 3, 11, L),
        ("伤亡情况 死亡: 11人 受伤: 2人", 11, 2, M),
        ("事故造成的伤亡人数为：死亡2人，受伤8人", 2, 8, G),
    ],
)
def test_a_figure_after_its_word_used_as_a_label(text: str, deaths: int, injured: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured) == (deaths, injured), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "missing", "grade"),
    [
        ("山体滑坡已搜寻到2名遇难者遗体，另有1人仍在搜救中", 2, 1, L),
        ("渔船沉没，船上5人，3人获救，另有2人仍在搜寻中", 0, 2, G),
        ("煤矿透水事故已致9人遇难，还有2名矿工正在全力搜救", 9, 2, M),
        # the remaining count of a missing figure, read as before
        ("工地坍塌致5人失联，已找到2人，另有3人仍在搜寻", 0, 3, L),
    ],
)
def test_people_still_searched_for_are_missing(text: str, deaths: int, missing: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing) == (deaths, missing), p.reasons
    assert p.grade is grade, p.reasons


def test_the_searchers_are_not_missing() -> None:
    p = propose("仓库火灾造成3人死亡，另有3名消防员在搜寻现场")
    assert (p.figures.deaths, p.figures.missing) == (3, 0), p.reasons


@pytest.mark.parametrize(
    ("text", "loss", "grade"),
    [
        ("火灾直接经济损失一点五亿元", 1.5e8, E),
        ("事故造成直接经济损失约二点三亿元", 2.3e8, E),
        ("事故直接经济损失过亿元", 1e8, E),
        ("仓库火灾直接经济损失过千万元", 1e7, L),
    ],
)
def test_an_amount_with_a_chinese_decimal_point_or_over_a_round_figure(
    text: str, loss: float, grade: IncidentGrade
) -> None:
    p = propose(text)
    assert p.figures.loss_yuan == pytest.approx(loss), p.reasons
    assert p.grade is grade, p.reasons


def test_over_is_a_lower_bound_only_before_a_round_figure() -> None:
    p = propose("事故发生后，经过3人轮番施救，伤者脱险；事故造成1人受伤")
    assert p.figures.injured == 1, p.reasons


def test_a_spoken_amount_is_shown_in_figures_with_its_bound() -> None:
    p = propose("火灾直接经济损失达1个多亿")
    assert any(r.startswith("直接经济损失1亿多元（下限：至少1亿元") for r in p.reasons), p.reasons


def test_broken_bones_are_injuries_of_unstated_severity() -> None:
    p = propose("车祸致2人骨折、3人擦伤")
    assert (p.figures.injured, p.figures.minor, p.grade) == (2, 3, G), p.reasons
    assert any(r.startswith("受伤2人（伤情未明") and "2人骨折" in r for r in p.reasons), p.reasons


def test_a_figure_that_fell_replaces_the_earlier_one() -> None:
    p = propose("截至目前，事故死亡人数由8人升至13人，失联人数由6人降至2人")
    assert (p.figures.deaths, p.figures.missing) == (13, 2), p.reasons
    assert propose("受伤人数由12人下降至10人").figures.injured == 10


def test_the_rest_of_the_hurt_told_how_they_are_now_are_no_more_of_them() -> None:
    p = propose(
        "续报：贺村镇木业公司火灾死亡人数升至2人\n记者今天从市应急管理局获悉，昨天下午3时许发生在贺村镇某木业有限公司仓库的"
        "火灾，已造成2人死亡、2人受伤。昨天本报报道，火灾造成1人死亡、3人受伤，其中1名重伤员今天凌晨在医院经抢救无效死亡。"
        "目前，另2名伤者仍在医院治疗，伤情稳定。"
    )
    assert (p.figures.deaths, p.figures.injured) == (2, 2), p.reasons
    # (two more of the hurt taken to hospital may be more of them)
    assert propose("事故造成1人死亡，1人受伤，另2名伤者被送往医院").figures.injured == 3

"""A poisoning named without 食物中毒: eaten or of unstated cause a public-health event, of a gas an
accident; 中毒 in another sense no event."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from classifier.poisoning import Cause, poisoning
from models.enums import EventType, IncidentGrade

G, L, M = IncidentGrade.GENERAL, IncidentGrade.LARGE, IncidentGrade.MAJOR


@pytest.mark.parametrize(
    ("text", "event_type", "cause"),
    [
        ("某县一家工厂十余名工人吃了没煮熟的四季豆致中毒", EventType.PUBLIC_HEALTH, Cause.FOOD),
        ("某幼儿园午餐后多名幼儿出现呕吐，疑似中毒", EventType.PUBLIC_HEALTH, Cause.FOOD),
        ("城南一快餐店发生一起疑似中毒事件", EventType.PUBLIC_HEALTH, Cause.FOOD),
        ("某镇村民误食野生菌中毒", EventType.PUBLIC_HEALTH, Cause.FOOD),
        ("开发区一家电镀厂发生气体中毒，3名工人被送往医院", EventType.ACCIDENT, Cause.GAS),
        ("一家三口在出租屋内煤气中毒", EventType.ACCIDENT, Cause.GAS),
        ("污水井内硫化氢中毒致2名工人死亡", EventType.ACCIDENT, Cause.GAS),
        ("3名工人在地下管道作业时中毒身亡", EventType.ACCIDENT, Cause.GAS),
        ("某中学多名学生出现中毒症状，已送医观察", EventType.PUBLIC_HEALTH, Cause.UNSTATED),
        ("东区处置一起疑似中毒事件", EventType.PUBLIC_HEALTH, Cause.UNSTATED),
        ("5名村民先后中毒入院", EventType.PUBLIC_HEALTH, Cause.UNSTATED),
        ("某企业2名工人在有限空间内中毒", EventType.ACCIDENT, Cause.GAS),
        # a headline's poisoning of unstated cause, its cause told in the body
        (
            "贺村镇一企业发生中毒事故\n11月30日，该企业3名工人在污水池清理作业时发生中毒，其中2人经抢救无效死亡。",
            EventType.ACCIDENT,
            Cause.GAS,
        ),
    ],
)
def test_a_poisoning_without_the_words_food_poisoning_is_an_event(
    text: str, event_type: EventType, cause: Cause
) -> None:
    found = poisoning(text)
    assert found is not None and found.cause is cause, found
    assert found.quote in text and "中毒" in found.quote
    p = propose(text)
    assert p.event_type is event_type, p.reasons
    assert "中毒" in p.event_terms
    assert p.grade is not None, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "这孩子网络游戏中毒太深，一放假就不出门",
        "追剧中毒了，一晚上看完二十集",
        "单位电脑中毒了，文件都打不开",
        "他对这位歌手中毒很深",
        "男子酒精中毒醉倒在路边",
        "重金属渗入地下水，人喝了轻则慢性中毒，重则危及生命",
        "夏季要预防食物中毒，谨防煤气中毒",
    ],
)
def test_poisoning_in_another_sense_or_feared_is_no_event(text: str) -> None:
    assert poisoning(text) is None
    p = propose(text)
    assert p.event_type not in (EventType.PUBLIC_HEALTH, EventType.ACCIDENT), p.reasons
    assert p.grade is None, p.reasons


def test_a_food_poisoning_named_by_what_was_eaten_is_graded_by_the_food_safety_plan() -> None:
    p = propose("某建筑工地食堂晚饭后，120名工人食用凉拌豆角后中毒")
    assert p.event_type is EventType.PUBLIC_HEALTH
    assert p.grade is L, p.reasons
    assert any("食品安全事故：一起中毒100人以上" in r for r in p.reasons), p.reasons


def test_a_gas_poisoning_is_graded_by_the_regulation() -> None:
    p = propose("某化工园区发生有毒气体中毒事故，造成4名工人死亡")
    assert p.event_type is EventType.ACCIDENT
    assert p.figures.deaths == 4
    assert p.grade is L, p.reasons
    assert not any("食品安全事故" in r for r in p.reasons), p.reasons


def test_a_poisoning_of_unstated_cause_without_figures_is_general() -> None:
    p = propose("西街一小区发生一起疑似中毒事件，具体原因正在调查")
    assert p.grade is G, p.reasons


def test_a_poisoning_of_unstated_cause_recalled_deep_in_a_complaint_is_not_its_subject() -> None:
    text = "反映村里的砖厂排放浓烟问题。" + "砖厂每天排放浓烟，附近居民苦不堪言，多次反映无果。" * 5
    assert poisoning(text + "听说邻县早年发生过中毒事件。") is None
    assert poisoning(text + "今天村里又有5名老人出现中毒症状。") is not None


@pytest.mark.parametrize(
    ("text", "serious", "grade"),
    [
        # 急性工业中毒 is 重伤 by the 条例: a gas or chemical poisoning at work
        ("某农药厂车间发生光气泄漏，造成14名工人中毒", 14, L),
        ("一家印染企业污水处理池作业时发生硫化氢中毒，致11人中毒、1人死亡", 11, L),
        # 2死 is two dead and the 31 are poisoned (not 死31人: 31 dead, 特别重大)
        ("某化工厂氯气泄漏致2死31人中毒", 31, L),
        # an occupational poisoning named as such
        ("某企业发生急性职业中毒，12名工人中毒", 12, L),
        # told as acute (12名工人急性中毒)
        ("某化工企业检修时发生硫化氢泄漏，造成1名工人死亡、12名工人急性中毒", 12, L),
        ("某化工厂急性职业中毒56人", 56, M),
        # those treated were poisoned, 中毒 said of the incident only, or more than the lower bound it said
        ("某工厂发生急性职业中毒 15名工人送医", 15, L),
        ("某化工厂发生氯气泄漏，多名工人中毒，12名工人被送往医院救治", 12, L),
    ],
)
def test_an_industrial_poisoning_counts_as_serious_injury(text: str, serious: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.serious, p.figures.injured) == (serious, 0), p.reasons
    assert p.grade is grade, p.reasons
    assert any(r.startswith("急性工业中毒（条例按重伤计）") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "冬季取暖引发一氧化碳中毒，屋内12人中毒送医",  # at home: no 工业中毒
        "某工厂食堂午餐后，15名员工出现中毒症状，疑为食物中毒",  # eaten: the food-safety plan
        "冬季取暖引发一氧化碳中毒，一家人中毒，12人送医",  # at home, treated
    ],
)
def test_a_poisoning_at_home_or_of_food_is_no_industrial_poisoning(text: str) -> None:
    p = propose(text)
    assert p.figures.serious == 0, p.reasons
    assert not any(r.startswith("急性工业中毒") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the sick of one feast counted so far (累计: not a tally), one of them dead
        (
            "上余镇一农户举办婚宴，当晚起陆续有宾客出现呕吐、腹泻等症状，累计就医126人，其中1名七旬老人经抢救无效死亡。",
            "进食后发病126人，其中死亡1人",
        ),
        # the symptoms told in the sentence before
        (
            "双塔街道某酒店承办的一场婚宴结束后，部分宾客陆续出现腹痛、腹泻、呕吐等症状。截至17日18时，累计就诊130余人，"
            "其中1名老年患者经抢救无效死亡，其余患者病情平稳。",
            "进食后发病130人，其中死亡1人",
        ),
        # the food safety plan's own name for it types it (not the 事故 of an accident)
        (
            "江山通报上余镇一起食品安全事故　上余镇一农户举办婚宴，当晚起陆续有宾客出现呕吐、腹泻等症状，"
            "累计就医126人，其中1名七旬老人经抢救无效死亡。",
            "食物中毒126人，其中死亡1人",
        ),
    ],
)
def test_a_feasts_sick_so_far_with_a_death_is_major(text: str, said: str) -> None:
    p = propose(text)
    assert (p.event_type, p.grade) == (EventType.PUBLIC_HEALTH, IncidentGrade.MAJOR), p.reasons
    assert any(r.startswith(said) for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade", "said"),
    [
        ("某校学生食用午餐后出现呕吐腹泻症状，先后有87名学生就医，无人重症", G, "进食后发病87人"),
        ("某婚宴多名宾客就餐后身体不适，45人送医治疗", G, "进食后发病45人"),
        ("某中学学生晚餐后陆续出现腹痛、呕吐，截至今晨已有126名学生入院观察", L, "进食后发病126人"),
        # those taken ill counted after their symptoms, as a follow-up tells them
        ("续报：清湖街道一小学午餐后出现呕吐腹泻的学生增至103人，暂无危重病例", L, "进食后发病103人"),
        ("婚宴后出现腹痛腹泻症状的宾客已达35人", G, "进食后发病35人"),
        # the meal in one sentence, the illness in the next opening with its time
        (
            "12月5日中午，大陈乡大陈村一农户在家中举办寿宴，共宴请宾客约120人。当日18时许起，部分宾客陆续出现腹痛、"
            "腹泻、呕吐等症状。截至12月6日16时，累计就诊46人",
            G,
            "进食后发病46人",
        ),
        ("昨天中午，清漾村一户村民家中办喜宴。当晚8时许起，陆续有宾客腹痛。共有43人到医院就诊。", G, "进食后发病43人"),
        # a dinner (晚宴), a village's feast (百家宴), those treated with no symptom named (累计就诊宾客128人)
        ("江郎山脚下一家酒店承办旅游团晚宴后，先后有103名游客出现呕吐腹泻等症状就医。", L, "进食后发病103人"),
        ("大陈村举办百家宴后，先后有近百名村民出现腹痛腹泻症状到卫生院就诊。", G, "进食后发病近100人"),
        ("江郎山景区一酒店婚宴后，累计就诊宾客128人，其中1人经抢救无效死亡。", M, "进食后发病128人"),
        # as posted: a feast's guests after a space (吃喜酒的 一百二十多个), a feast gone wrong (吃席出事了)
        ("我们村昨天吃喜酒的 一百二十多个都去医院挂水了 说是菜有问题", L, "进食后发病120多人"),
        ("新塘边那边吃席出事了 一百三十多个上吐下泻去医院挂水 听说有个老太太没挺过来", M, "进食后发病130人"),
    ],
)
def test_people_taken_ill_after_a_meal_are_a_suspected_food_poisoning(
    text: str, grade: IncidentGrade, said: str
) -> None:
    p = propose(text)
    assert p.event_type is EventType.PUBLIC_HEALTH, p.reasons
    assert p.grade is grade, p.reasons
    (reason,) = [r for r in p.reasons if r.startswith(said)]
    assert "按疑似食物中毒分级，请核实" in reason


@pytest.mark.parametrize(
    "text",
    [
        "我昨天在这家店吃了外卖后腹泻，要求商家退款",  # one diner's complaint to the regulator
        "专家提醒：食用野生菌后如出现恶心呕吐，应及时就医",  # advice, nobody ill
    ],
)
def test_one_diner_or_advice_is_no_food_poisoning(text: str) -> None:
    p = propose(text)
    assert p.event_type is not EventType.PUBLIC_HEALTH, p.reasons
    assert p.grade is None, p.reasons


def test_symptoms_named_at_length_count_the_people_struck() -> None:
    p = propose("某中学120余名学生出现腹痛、呕吐等疑似食物中毒症状")
    assert p.grade is L, p.reasons
    assert any("一起中毒100人以上" in r for r in p.reasons), p.reasons
    p = propose("某工厂食堂发生一起疑似食源性疾病事件，32名员工出现发热腹泻")
    assert p.event_type is EventType.PUBLIC_HEALTH and "食源性疾病" in p.event_terms, p.reasons
    assert p.grade is G and any("一起中毒30～99人" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "by_plan"),
    [
        ("一次急性职业中毒事故致5名工人死亡", "死亡5人为重大（此处按条例定级为较大）"),
        ("3名工人在化粪池作业时中毒，其中1人死亡", "死亡1人、中毒3人为较大（此处按条例定级为一般）"),
    ],
)
def test_a_poisoning_at_work_names_the_public_health_plans_higher_grade(text: str, by_plan: str) -> None:
    """The 条例 grades it; the 国家突发公共卫生事件应急预案 grades 急性职业中毒 by its dead too (any death
    较大, five 重大): where that is higher, the desk is told so."""
    p = propose(text)
    assert any(r.startswith("若死者系急性职业中毒") and by_plan in r for r in p.reasons), p.reasons


def test_a_poisoning_at_work_the_plan_grades_no_higher_asks_nothing() -> None:
    p = propose("一家印染企业污水处理池作业时发生硫化氢中毒，致11人中毒、1人死亡")
    assert p.grade is L and not any(r.startswith("若死者系") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # eating what poisons, then dying or falling ill: a food poisoning, 中毒 unsaid
        ("一家三口误食毒蘑菇 2人死亡", L),
        ("一男子食用河豚后身亡", L),
        ("清洁工在山上采吃毒蘑菇昏迷不醒", G),
        ("3名村民吃野生菌后呕吐送医", G),
    ],
)
def test_eating_what_poisons_and_falling_ill_is_a_food_poisoning(text: str, grade: IncidentGrade) -> None:
    found = poisoning(text)
    assert found is not None and found.cause is Cause.FOOD and found.quote in text, found
    p = propose(text)
    assert p.event_type is EventType.PUBLIC_HEALTH and p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "提醒：切勿采食野生菌，误食毒蘑菇可致死亡",
        "野生菌上市季节，市场监管局提醒不要采食野生菌",
        "老鼠药毒死了家里的狗",
    ],
)
def test_a_poisonous_food_named_without_anyone_struck_down_is_no_poisoning(text: str) -> None:
    assert poisoning(text) is None
    assert propose(text).event_type is not EventType.PUBLIC_HEALTH


def test_people_hurt_otherwise_beside_a_poisoning_are_not_counted_as_poisoned() -> None:
    """受伤 beside people treated: which were poisoned is not told, so neither becomes 急性工业中毒."""
    p = propose("某厂车间发生气体中毒，2人受伤，10名员工送医")
    assert (p.figures.serious, p.figures.injured) == (0, 2), p.reasons


@pytest.mark.parametrize(
    ("text", "injured", "serious"),
    [
        # the people, then in their clause or the next what poisoned them
        ("一家三口因在封闭的浴室内使用燃气热水器，导致一氧化碳中毒", 3, 0),
        ("一家四口烧煤炉取暖 一氧化碳中毒", 4, 0),
        ("3名工人进入污水井清淤作业，先后发生硫化氢中毒", 0, 3),  # at work: 急性工业中毒
        # feared, not suffered
        ("下游几千人都要喝被污染的水，以后会慢性中毒", 0, 0),
    ],
)
def test_people_poisoned_in_the_next_clause_are_counted(text: str, injured: int, serious: int) -> None:
    p = propose(text)
    assert (p.figures.injured, p.figures.serious) == (injured, serious), p.reasons

"""Grade rules for deaths told after rescue or treatment (``送医后不治``, ``伤重不治``, ``丧命``), for
one of the injured dying later in the same report, added to the deaths told before, and for killing
verbs whose object is no life (``害死了诺基亚手机``, ``杀死比赛``)."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade

M, L, G = IncidentGrade.MAJOR, IncidentGrade.LARGE, IncidentGrade.GENERAL


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # 不治 alone, after treatment
        ("昨日傍晚，县道一辆货车与三轮车相撞，造成4人受伤，送医后1人不治。", 1, G),
        ("城南一小区发生燃气爆燃，3名住户被烧伤，其中1人在医院经救治后不治。", 1, G),
        ("北环路一辆电动车与渣土车发生碰撞，骑车男子被送医后不治。", 1, G),
        # 不治 after those on the spot: added
        ("施工现场脚手架突然坍塌，2名工人当场死亡，另有1人送医后不治。", 3, L),
        # another of the injured, in a later sentence
        ("化工园区一企业发生爆炸，已造成2人死亡、6人受伤。今天凌晨，又有1名伤者不治。", 3, L),
        ("一民房发生燃气爆炸，造成2人死亡、5人受伤。当晚，1名伤者因伤重不治。", 3, L),
        # 去世/离世 after wounds or a rescue, without a number: one at least
        ("一辆轿车与电动车相撞，电动车驾驶人送医后经抢救无效去世。", 1, G),
        ("一名工人从脚手架坠落，因伤势过重不幸离世。", 1, G),
        # the people buried, brought out, then died
        ("工地一处基坑发生坍塌，3人被埋，救出后经抢救无效殒命。", 3, L),
        # 抢救无效 ending the sentence
        ("国道上一辆小客车与货车相撞，造成3人受伤，其中1人经抢救无效。", 1, G),
        ("两车相撞，造成2人死亡、3人受伤。随后，1名伤者经医院全力抢救无效。", 3, L),
        # lives lost (丧命)
        ("一辆载有十余名村民的农用车翻下山崖，车上3人丧命，多人受伤。", 3, L),
        # 葬身 (not the curse 死无葬身之地), and the dead counted as 死者人数
        ("一家4口葬身火海", 4, L),
        ("渔船倾覆，3名渔民葬身大海", 3, L),
        ("燃气爆炸事故死者人数升至3人", 3, L),
        ("燃气爆炸事故遇难者人数已升至12人", 12, M),
    ],
)
def test_a_death_after_treatment_counts(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


def test_injured_who_died_later_in_the_same_sentence_add_to_the_dead() -> None:
    p = propose("国道上一辆大货车与小客车相撞，造成2人死亡、3人受伤，1名伤者在送医途中不治。")
    assert p.figures.deaths == 3, p.reasons
    assert p.grade is L, p.reasons
    assert any("不治" in r and "死亡3人" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # deaths counted already: 其中 of the dead, not of the injured
        "两车相撞事故共造成3人死亡，其中1人送医后不治。",
        "两车相撞事故共造成3人死亡，其中1名伤者送医后不治。",
        # 其中 after the dead and the injured: counted already, as in a later sentence
        "两车相撞，造成3人死亡、2人受伤，其中1名伤者送医后不治。",
        "一民房起火，造成3人死亡、2人受伤。死者中有1人是送医后不治的。",
    ],
)
def test_deaths_counted_already_are_not_added(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 3, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "小区门口的污水问题久拖不治，居民意见很大，请相关部门尽快处理。",
        "对占道经营只罚款不治本，治标不治本，希望建立长效机制。",
        "老人患的是不治之症，家属希望能得到大病救助。",
        "该小区一位老人因病去世，家属在楼下搭棚办丧事，噪音扰民。",
        "我父亲去年送医后因脑出血去世，医院的报销至今没有办好。",
        "这种病如果不治，以后会越来越严重。",
        # harm a complaint fears (别让…丧命)
        "小区外墙瓷砖大面积脱落，别让业主因此而受伤甚至丧命，恳请相关部门尽快处理。",
    ],
)
def test_untreated_is_no_death(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "村里3名老人今年先后因病去世，村民怀疑与附近化工厂排污有关。",
        "3名工人因病去世后，家属与企业发生纠纷，聚集在厂门口。",
    ],
)
def test_deaths_of_illness_are_no_toll(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0, p.reasons
    assert any(r.startswith("未计入（因病或自然死亡") for r in p.reasons), p.reasons


def test_deaths_of_illness_in_an_outbreak_are_its_toll() -> None:
    p = propose("该村近日3人因病死亡，疑似霍乱疫情，疾控部门已介入调查。")
    assert p.figures.deaths == 3 and p.grade is L, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # 身故 counted as 身亡
        ("工地一处脚手架坍塌，造成1名工人身故。", 1, G),
        ("国道上两车相撞，致2人身故、3人受伤。", 2, G),
        ("城郊一化工厂发生爆炸，造成5人身故。", 5, L),
        ("一煤矿发生透水事故，12名矿工身故。", 12, M),
        ("一民房发生火灾，屋内3人中毒身故。", 3, L),
        # without a number, of an incident: one at least
        ("一辆轿车与货车相撞，轿车司机当场身故。", 1, G),
        # after those on the spot
        ("两车相撞，2人当场死亡，另有1人送医后抢救无效身故。", 3, L),
        # the missing, found dead
        ("一渔船在近海翻沉，5名船员失联。目前，5名失联船员已全部找到，均已身故。", 5, L),
    ],
)
def test_shengu_is_a_death(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons
    assert any("身故" in r and r.startswith("死亡") for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # denied
        ("城东一小区发生火灾，所幸无人员身故。", G),
        ("一辆客车侧翻，事故未造成人员身故，5名乘客受轻伤。", G),
        # an earlier event's
        ("今天上午，一民房起火，1人受伤。去年，该村曾发生火灾，造成5人身故。", G),
        ("昨晚，一辆货车侧翻，无人员伤亡。2019年5月3日，该路段发生车祸，造成12人身故。", G),
        # insurance and pensions: no incident
        ("参保人如不幸身故，其个人账户余额全部返还继承人。", None),
        ("请问意外身故保险金怎么领取？3名被保险人身故理赔一直没有到账。", None),
        ("父亲身故后，单位的抚恤金至今没有发放。", None),
    ],
)
def test_shengu_denied_earlier_or_insured_is_no_toll(text: str, grade: IncidentGrade | None) -> None:
    p = propose(text)
    assert p.figures.deaths == 0, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # the missing, all said dead later: their deaths, not added to them again
        ("一渔船在近海翻沉，5名船员失联。目前5人均已确认身亡。", 5, L),
        ("一渔船在近海翻沉，15名船员失联。截至目前，15名失联船员均已遇难。", 15, M),
        # added to the deaths stated before them
        ("事故造成2人死亡、3人失联。目前3人均已确认遇难。", 5, L),
        # a total stated after them
        ("一渔船翻沉，造成2人死亡、5人失联。目前5人均已遇难，事故共造成8人死亡。", 8, L),
    ],
)
def test_the_missing_said_dead_are_counted_once(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing) == (deaths, 0), p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # 连杀: killing one after another
        ("男子因家庭矛盾连杀两亲人后跳河自尽", 2, G),
        ("歹徒持刀连杀3人后逃逸", 3, L),
        ("男子连杀妻子和岳母后投案自首", 2, G),
    ],
)
def test_killings_one_after_another_are_deaths(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a game's kills, a match's games, a word run into the next
        "游戏中他完成三连杀",
        "主队连杀两局逆转取胜",
        "主力资金杀个回马枪杀回地产股",
        # a business, a product or a match "killed"
        "埃洛普入主后，微软顺带还害死了诺基亚手机",
        "梅西梅开二度杀死比赛",
        "价格战打死了一批小企业",
        "电商饿死了实体店",
        "烂片害死了整个电影行业",
    ],
)
def test_kills_in_play_and_words_run_together_are_no_deaths(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0, p.reasons
    assert p.grade is None, p.reasons


@pytest.mark.parametrize(
    "text",
    ["男子撞死一名公司保安", "员工杀死了公司老板后潜逃", "男子杀死竞争对手", "酒驾司机撞死一名外卖小哥后逃逸"],
)
def test_people_of_a_business_killed_are_deaths(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 1 and p.grade is G, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # an animal in what someone was doing, not the one it happened to
        ("业主寻猫时被一吨重铁门砸死", 1),
        ("男子遛狗途中被倒塌的广告牌砸死", 1),
        ("业主寻猫被人防工程铁门砸死", 1),
        # the animal it happened to
        ("一只狗在过马路时被车撞死", 0),
        ("13万尾鱼苗全部被毒死", 0),
        ("村民家的狗被车撞死", 0),
        ("男子养的狗被人毒死", 0),
        # a word for people in the animal's name (生猪, 奶牛, 母猪)
        ("养殖场突发大火，300多头生猪被烧死，无人员伤亡", 0),
        ("牛棚倒塌，20头奶牛被砸死", 0),
    ],
)
def test_an_animal_in_what_someone_did_is_not_the_victim(text: str, deaths: int) -> None:
    assert propose(text).figures.deaths == deaths


@pytest.mark.parametrize("text", ["某地举行遇难同胞悼念仪式", "参观南京大屠杀遇难同胞纪念馆"])
def test_the_victims_a_memorial_names_are_no_toll(text: str) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.grade) == (0, None), p.reasons


def test_a_curse_is_no_death() -> None:
    assert propose("物业威胁业主：让你死无葬身之地").figures.deaths == 0

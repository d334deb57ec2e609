"""Grade rules for forms of real news reports: headline tolls without 亡's partner, yearly tallies,
an earlier incident told after this one, additions to a toll, and food poisoning."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import E, G, L, M


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        ("省道上两辆货车迎面相撞致7人亡", 7, L),
        ("山区公路一客车坠崖12人死", 12, M),
        ("两车相撞3人死2人伤", 3, L),
    ],
)
def test_a_headline_toll_with_a_measure_word_before_die(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "某县法院对一起命案宣判，判处2人死刑",
        "渔船在风浪中侧翻，船上6人死里逃生",
        "工地塌方致4人死伤",
    ],
)
def test_no_death_toll_from_other_words_after_die(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a year's or a quarter's tally over a whole country or province
        "据消防部门统计，2021年全国共接报火灾74.8万起，死亡1987人，直接财产损失67.5亿元",
        "本季度全省共发生火灾3.1万起，死亡15人，受伤9人",
        "今年第三季度，全市发生火灾1820起，死亡12人",
        "道路交通事故死亡人数与2018年相比下降，全年死亡318人",
    ],
)
def test_a_tally_of_tens_of_thousands_of_incidents_is_a_statistic(text: str) -> None:
    p = propose(text)
    assert p.grade in (None, G), p.reasons
    assert p.figures.deaths == 0 and p.figures.loss_yuan == 0, p.reasons
    assert any("统计数字" in r for r in p.reasons), p.reasons


def test_an_earlier_incident_told_after_this_one_is_left_out() -> None:
    text = (
        "9月2日，某市一在建商场脚手架发生倒塌，造成一名工人死亡；而在此之前的6月11日，"
        "同一施工单位承建的另一工地发生坍塌，4名工人遇难。"
    )
    p = propose(text)
    assert p.figures.deaths == 1, p.reasons
    assert p.grade is G, p.reasons
    assert any("其他或以往事件" in r for r in p.reasons), p.reasons


def test_an_earlier_report_of_this_incident_still_counts() -> None:
    p = propose("隧道坍塌事故此前报道有3人遇难，目前搜救仍在进行")
    assert p.figures.deaths == 3, p.reasons
    assert p.grade is L, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # 另 adds to the figure stated just before it, not to the lead's total
        ("两车相撞，造成两死两重伤。货车司机被救出后因伤势过重死亡。另一名乘客在送医途中死亡。", 2, G),
        ("塔吊倒塌，3人当场死亡，另有2人经抢救无效死亡", 5, L),
        # on the spot and after rescue listed with 、 (a list's comma ends a clause as ，does)
        ("两车碰撞，造成客车上2人当场死亡、1人经送医抢救无效死亡，货车驾驶人受轻伤", 3, L),
        # people named before the number of the victims count with it
        ("两车相撞，造成驾驶人王某及车内的1名乘客当场死亡。截至发稿时，另1名乘客经抢救无效死亡。", 3, L),
        ("山洪冲毁工棚，护林员和2名村民遇难", 3, L),
        ("民房失火，妻子与2名子女不幸身亡", 3, L),
    ],
)
def test_an_added_figure_and_people_listed_before_a_number(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths, p.reasons
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("货车撞上护栏和2名行人，2名行人受伤", 2),  # a thing is no person
    ],
)
def test_no_people_added_from_a_list_that_is_not_of_people(text: str, injured: int) -> None:
    p = propose(text)
    assert p.figures.injured == injured, p.reasons


def test_staff_and_customers_counted_in_a_list_add_up() -> None:
    p = propose("早餐店液化气钢瓶爆炸，致店内1名员工和2名就餐顾客受伤，其中1人重伤")
    assert (p.figures.injured, p.figures.serious) == (3, 1), p.reasons


def test_the_listed_people_are_quoted() -> None:
    p = propose("两车相撞，造成驾驶人王某及车内的1名乘客当场死亡")
    assert any("驾驶人王某及车内的1名乘客当场死亡" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "grade", "said"),
    [
        # 《国家食品安全事故应急预案》: 100 poisoned or more, or a death, is 较大
        ("某厂食堂午餐后136名工人食物中毒，均无生命危险", L, "一起中毒100人以上"),
        ("一所中学200多名学生疑似食物中毒", L, "一起中毒100人以上"),
        ("村民办酒席，宾客食物中毒致1人死亡", L, "出现死亡病例"),
        # 100 or more with a death, or 10 deaths or more, is 重大
        ("工地聚餐后150名工人食物中毒，其中2人死亡", M, "中毒100人以上并有死亡"),
        # 30 to 99 without a death is 一般
        ("一家公司60多名员工食物中毒", G, "一起中毒30～99人"),
    ],
)
def test_food_poisoning_is_graded_by_the_food_safety_plan(text: str, grade: IncidentGrade, said: str) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons
    assert any(said in r and "原文" in r for r in p.reasons), p.reasons
    assert not any("若其中重伤" in r for r in p.reasons), p.reasons


def test_a_poisoning_that_is_no_food_poisoning_keeps_the_regulations_thresholds() -> None:
    # 急性工业中毒 counts as 重伤 by the 条例: 100 or more is 特别重大
    p = propose("化工厂管道泄漏，120名工人中毒")
    assert p.grade is IncidentGrade.ESPECIALLY_MAJOR, p.reasons
    assert not any("食品安全事故" in r for r in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "abroad"),
    [
        ("大马一监狱300余名囚犯食物中毒", True),
        ("一匹大马受惊冲上街头撞伤3人", False),
        ("大马路上两车相撞致2人受伤", False),
    ],
)
def test_malaysia_by_its_short_name(text: str, abroad: bool) -> None:
    p = propose(text)
    assert (p.grade is None) is abroad, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("环城高速上5车连撞，交通拥堵两小时", G),
        ("老旧小区凌晨突发大火，消防员救出三名老人", G),
        ("这道菜要先用大火收汁", None),
        ("这部剧在网上大火", None),
    ],
)
def test_headline_words_of_a_collision_or_a_fire(text: str, grade: IncidentGrade | None) -> None:
    assert propose(text).grade is grade


@pytest.mark.parametrize(
    "text",
    [
        "全县今年已先后发生4起道路交通事故，共造成13人死亡",
        "本月已发生2起较大火灾，累计死亡7人",
    ],
)
def test_a_tally_of_this_year_or_month_so_far_is_no_incident(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    assert p.figures.deaths == 0


def test_a_month_of_this_year_dating_the_incident_is_no_tally() -> None:
    assert propose("今年5月发生的一起矿难造成13人遇难").grade is M


def test_a_running_toll_whose_cause_follows_its_start_day_is_the_disasters() -> None:
    p = propose("7月28日以来，受台风“杜苏芮”影响，沿海三市共有15人遇难、4人失踪")
    assert (p.figures.deaths, p.figures.missing, p.grade) == (15, 4, M), p.reasons
    # a tally of incidents of a season, not one disaster's toll
    assert propose("汛期以来，全县已发生5起山洪灾害，共造成3人死亡").grade is None


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # 3 still searched for, told without 另有 (2 dead, 3 missing: 较大)
        ("续报｜长台镇“9·5”渡船倾覆事故：船上共有14人，目前已救起9人，2人遇难，3人仍在全力搜寻中", L),
        ("江山市人民政府新闻办：张村乡一名村民确诊为人感染H7N9高致病性禽流感病例，目前在定点医院隔离治疗。", M),
        ("江山市区某游乐园“大摆锤”突发故障 18名游客被倒挂半空1个半小时", G),
        ("石门镇一液化石油气储配站一储罐发生爆炸，造成1人受伤，周边200米范围已实施警戒。", L),
        # a rumoured toll, then what it really caused
        ("网友爆料称长台镇一工地塌方致3人死亡？记者从长台镇政府核实，事故实际造成1名工人受轻伤，已送医。", G),
        # a paper's correction of its own article's toll
        (
            "更正：本报6月19日刊发的《贺村镇一化工厂爆炸致11人死亡》一文中，死亡人数有误，经核实应为“9人死亡”，特此更正。",
            L,
        ),
    ],
)
def test_a_second_fresh_batterys_reports_are_graded(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a boiler that exploded, its time between (特种设备: 较大 whatever the toll)
        ("上余镇某造纸厂一台燃煤蒸汽锅炉于12月7日上午发生爆炸，锅炉房部分墙体倒塌，1名司炉工受轻伤，已送医治疗。", L),
        # a school's meal, then over a hundred taken ill and one girl lost, as a parent posts it (100 and a death: 重大)
        ("江山某中学食堂中饭后一百二十多个学生肚子痛呕吐 全部拉到医院了 听家长群说有个女生没救回来", M),
        ("贺村化工园区有个厂今天氯气泄漏了，车间里二十来个工人都中毒了拉到医院去了，外面村里也闻到一股味道", L),
        ("我们村二十多个小孩上礼拜五打完疫苗，当天晚上陆续发烧呕吐，有几个还抽筋，卫生院说是正常反应", L),
        ("贺村镇一家鞋材厂的大火从半夜烧到第二天中午，据厂方估计，厂房、设备和成品加起来损失超过一个亿。", E),
        # those not found, none came up; a family all gone; a crane down on a site, three dead and five hurt
        ("峡口水库今天下昼三个细伢儿去嬉水 一个都没上来 打捞队捞了两个多钟头 捞上来都没了", L),
        ("四都镇那边昨夜一户人家着火，一家四口都不在了，听说是电瓶车在屋里充电引起的", L),
        ("长台镇一个工地的塔吊倒了 砸到下面工棚 里面三个工人没了 还有五个受伤送医院了", L),
        ("妈你晚上千万别吃那个野蘑菇了 隔壁村一家子吃了都中毒了 半夜上吐下泻 他爷爷已经走了", L),
        # a thread's correction of the toll asked about
        (
            "【江山论坛】楼主：新塘边那个车祸说死了4个？回复3楼：我姐夫是交警，说是2个死了，另外2个受伤送医院了，不要乱传。",
            G,
        ),
    ],
)
def test_a_fourth_fresh_batterys_texts_are_graded(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a supervision notice and an investigation report: an earlier accident's aftermath
        "江山市安全生产委员会办公室关于对贺村镇“11·18”较大爆炸事故查处实行挂牌督办的通知：市安委会决定对该起事故查处工作实行挂牌督办。",
        "《江山市上余镇某木业有限公司“6·12”机械伤害事故调查报告》近日经市政府批复公布。报告认定，该起事故造成1人死亡。",
        # a drill told as one only at its end
        "12月5日上午10时，贺村镇某化工企业液氨储罐区突发泄漏，2名工人中毒倒地。这是我市危险化学品事故应急救援综合演练的一幕。",
        # a notice issuing a plan, its hazards named in general
        "江山市人民政府办公室关于印发《江山市防汛防台抗旱应急预案（2026年修订）》的通知　各乡镇人民政府、街道办事处："
        "现将修订后的《江山市防汛防台抗旱应急预案》印发给你们，请认真贯彻执行。预案对暴雨、山洪、台风等灾害的预警发布和应急响应作出了规定。",
        # a plan issued, with the grades it defines
        "《江山市生产安全事故应急预案》修订发布　近日，市政府办公室印发修订后的《江山市生产安全事故应急预案》。"
        "预案明确，较大事故是指造成3人以上10人以下死亡，或者10人以上50人以下重伤的事故。",
        # the blame laid for an earlier accident
        "关于“3·15”较大道路交通事故有关责任人员处理意见的通报　经调查，大桥镇“3·15”较大道路交通事故是一起"
        "生产安全责任事故，事故造成9人死亡、4人受伤。对货车运输企业负责人等6名责任人员移送司法机关处理。",
        # those lost found well, the finding told first (找到二人)
        "2名游客江郎山迷路 消防连夜搜寻找到　12月5日傍晚，2名外地游客在江郎山景区后山迷路失联。经4个多小时搜寻，"
        "救援人员在山腰找到二人，二人身体状况良好，已安全下山。",
        # what was said, quoted, then denied in the headline
        "江山某小学“多名学生食物中毒死亡”系谣言　近日，网传“江山某小学食物中毒多名学生死亡”。经核查，系该校3名学生"
        "因感冒出现肠胃不适，已就医康复，该校未发生食物中毒事件，无人死亡。",
        # an earlier accident's officials held to account, its penalty, its dead's families paid; the law explained
        "江山“9·6”火灾事故造成3人死亡，市应急管理局等单位6名公职人员被问责",
        "因“4·7”爆炸事故，江山某化工公司被处以罚款260万元",
        "2025年“4·22”碗窑水库渔船翻沉事故遇难者家属与船主达成赔偿协议，赔偿款共计180万元已全部支付到位。",
        "车祸致残如何获赔？律师：交通事故受害人可主张以下赔偿",
        # a rumour checked by a named body and told to be something else, or said not to be what it claimed
        "网传“峡口镇一小学食物中毒多名学生死亡”，经市卫健局核查，系个别学生肠胃不适，无人死亡，请勿信谣传谣。",
        "网传“双塔街道一幼儿园食物中毒致2名幼儿死亡”，经市卫健局核查，系个别幼儿感冒发热，无人死亡，请勿传谣。",
        "网传“贺村一中学食堂食物中毒致学生死亡”，经市市场监管局核查，系个别学生感冒引起肠胃不适，并非食物中毒，无人死亡。",
        # cases recalled as a warning, each dated by its year alone
        "我市召开安全生产警示教育大会 通报近年典型事故案例　12月3日，全市安全生产警示教育大会召开。会上通报了近年来"
        "我市发生的典型事故：2021年贺村镇一化工企业爆炸，造成3人死亡；2023年长台镇一矿山坍塌，造成2人死亡；"
        "2024年上余镇一仓库火灾，直接经济损失1200余万元。",
        # or named by its title, its scene told after
        "我市举行2026年危化品事故应急救援综合演练　6月12日上午，在江山经济开发区某化工企业，一场“储罐泄漏引发火灾”的"
        "应急救援综合演练紧张展开。演练模拟储罐区发生泄漏起火，造成3名员工受伤、1人被困。",
        # a rumour denied in a chat, those missing found well, a small quake with no one hurt, an idiom
        "【群聊】A：听说大陈乡水库淹死了5个人？B：假的假的，我刚问了村干部，视频是前几年外地的，江山根本没这回事，别乱转",
        "昨晚在江郎山景区游览时失联的2名外地游客，今晨6时许被搜救队员在山腰找到，二人身体状况良好，已安全下山。",
        "中国地震台网正式测定：12月8日03时14分在浙江衢州市江山市发生3.1级地震，震源深度8千米。全市未接到人员伤亡和房屋损坏报告。",
        "后院起火？江山某上市公司两名高管公开内斗，股价当天大跌8%。",
        "这次期末考试简直是一场灾难，数学卷子难到窒息，全班集体阵亡，老师还说下次题目会更炸",
        "爷爷已经走了，去镇上赶集了",
    ],
)
def test_aftermath_drills_denials_and_figures_of_speech_are_no_incident(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons


def test_an_accident_during_a_drill_is_an_incident() -> None:
    p = propose("某厂开展消防演练时发生意外 1人受伤")
    assert p.grade is IncidentGrade.GENERAL, p.reasons


def test_an_accident_put_under_supervision_the_day_after_keeps_its_grade() -> None:
    p = propose("省安委办对昨日发生在贺村镇的化工厂爆炸事故挂牌督办，该事故造成3人死亡。")
    assert p.grade is L, p.reasons
    # (and a lawyer's word on an incident is no explainer)
    assert propose("醉驾致4车连撞 律师：最高将获刑6个月").grade is G


def test_a_rumour_asked_about_is_still_graded_as_written() -> None:
    """真的假的 asks; it denies nothing (听说…死了十几个人？？真的假的: graded as written, the desk asked to check)."""
    p = propose("听说双塔街道那个KTV着火了 死了十几个人？？真的假的 群里都在传")
    assert p.grade is M, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # those taken to hospital for the gas they breathed (突发环境事件: 100 or more poisoned, 特别重大)
        ("某化工园区一企业发生爆炸，泄漏的有毒气体飘向下风向村庄，截至目前已有一百二十多名村民因吸入毒气送医治疗。", E),
        # the people below a slope that cracked, moved (地质灾害险情: 100–499, 较大)
        (
            "塘源口乡某村后山坡体开裂，多户房屋墙面出现裂缝，经地质专家现场初判为中型滑坡隐患，坡下两百来号人已连夜转移。",
            L,
        ),
        ("江郎山下山步道上 一个大姐脚一滑从台阶上滚了下去 额头磕破了一直在流血 景区工作人员用担架把她抬下山送医了", G),
    ],
)
def test_those_who_breathed_a_gas_a_slopes_people_and_a_fall_down_steps(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


def test_a_tip_and_the_worst_a_harm_can_do_are_no_incident() -> None:
    p = propose("冬季取暖小常识：使用煤炉、炭火盆一定要开窗通风，一氧化碳中毒严重者可在短时间内昏迷甚至死亡。")
    assert (p.grade, p.figures.deaths) == (None, 0), p.reasons
    told = propose("温馨提示：昨天下午贺村镇一民房发生火灾，造成1人死亡，请大家注意用火安全")
    assert told.grade is G, told.reasons  # a tip's label before an incident it reports: graded


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("走失三天 江山一八旬老人遗体在江山港下游被找到", 1),
        ("该老人3日前从家中走失，今日上午在江山港凤林段发现其遗体。", 1),
        # the missing counted, then their bodies found: those, not one more
        ("事故造成2人死亡、1人失联。目前失联人员遗体已被找到", 3),
        ("3名失联人员遗体均被找到", 3),
        ("今天上午在殡仪馆举行遗体告别仪式", 0),
    ],
)
def test_one_found_dead_is_told_by_the_body_found(text: str, deaths: int) -> None:
    assert propose(text).figures.deaths == deaths, propose(text).reasons


def test_those_who_breathed_a_fires_smoke_taken_to_hospital_are_hurt() -> None:
    p = propose("火灾造成2名居民经抢救无效死亡，5人因吸入烟气送医治疗，其中1人伤势较重。")
    assert (p.figures.injured, p.figures.serious) == (5, 1), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # the households counted at least (130余户) before the people
        (
            "坛石镇一处山坡出现多条贯通性裂缝，经专家研判，属地质灾害险情，威胁坡下130余户520余人及一所小学。"
            "当地政府已连夜组织群众转移，暂无人员伤亡。",
            M,
        ),
        # a slope's slipping, no crack told
        ("石门镇清漾村一处公路边坡出现滑移迹象，经专家研判属小型滑坡隐患，威胁坡下12户43人，当地已组织人员转移。", G),
        # a storm told as its cause (受连续强降雨影响), the slope's danger the event
        ("受连续强降雨影响，石门镇一处山体出现大面积裂缝和滑移迹象，威胁坡下120户600余人，当地已组织全部转移。", M),
    ],
)
def test_a_geological_danger_is_graded_by_the_people_it_threatens(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.event_type.value, p.grade) == ("natural_disaster", grade), p.reasons


def test_a_storms_toll_is_not_graded_as_a_slopes_danger() -> None:
    # (the slope's threat is told, but the storm's own dead are what the report grades by)
    p = propose("受台风影响，全市普降暴雨，石门镇一处山体出现裂缝，威胁坡下12户40人，已转移。另有2人因山洪死亡。")
    assert (p.grade, p.figures.deaths) == (G, 2), p.reasons


def test_a_fires_loss_told_bare_in_the_next_sentence_counts() -> None:
    p = propose(
        "贺村镇一家木业公司仓库昨夜起火，大火从半夜烧到第二天中午，仓库里堆放的板材和成品全部烧光。"
        "据企业负责人初步估算，损失超过一个亿。所幸无人员伤亡。"
    )
    assert (p.grade, p.figures.loss_yuan) == (E, 1e8), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # an earlier fire, and a loss of trade
        "去年厂里失火过一次。今年生意不好，损失了三千多万",
        "厂里昨天失火了，没人受伤。今年生意本来就不好，亏了不少，损失了三千多万",
    ],
)
def test_a_loss_told_bare_after_another_fire_or_of_trade_is_not_the_fires(text: str) -> None:
    assert propose(text).figures.loss_yuan == 0, propose(text).reasons


def test_the_hurt_who_died_later_are_no_longer_counted_hurt() -> None:
    p = propose(
        "12月5日晚，一辆载有7人的面包车在坛石镇一村道失控翻入农田，造成1人当场死亡、6人受伤。"
        "记者今天获悉，6名伤者中又有1人经抢救无效死亡，事故已造成2人死亡、5人受伤。"
    )
    assert (p.figures.deaths, p.figures.injured) == (2, 5), p.reasons


def test_fewer_hurt_in_a_part_of_the_toll_do_not_replace_the_whole() -> None:
    # (no more dead: the 2 are some of the 6, not an update)
    p = propose("一辆面包车翻入农田，造成1人死亡、6人受伤。其中2人受伤较重，已转院治疗。")
    assert (p.figures.deaths, p.figures.injured) == (1, 6), p.reasons


def test_one_disasters_toll_since_the_day_it_began_is_no_tally() -> None:
    p = propose(
        "江山市防指通报　6月19日以来，我市遭遇特大暴雨袭击，全市受灾群众8.6万人，倒塌房屋230间，"
        "直接经济损失约1.3亿元，无人员伤亡。"
    )
    assert p.grade is E, p.reasons


def test_a_family_trapped_then_brought_out_and_dead_is_counted_whole() -> None:
    p = propose(
        "2月6日凌晨2时许，双塔街道一出租房发生火灾，一家三口被困火场，经消防救援人员救出后送医，经抢救无效死亡。"
    )
    assert (p.figures.deaths, p.grade) == (3, L), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # how long people were kept told in the next sentence
        (
            "8月15日19时05分，清湖街道某住宅小区3号楼一部电梯发生故障停梯，5名居民被困轿厢内。被困人员于21时25分由"
            "消防救援人员救出，被困时间约2小时20分钟，无人受伤。",
            G,
        ),
        # a ride's riders held in the air (悬停在半空) an hour and more
        ("某游乐场一台大型游乐设施“大摆锤”运行中突然停机，12名游客被悬停在半空约1小时15分钟，无人受伤。", G),
        # a gas tank that burst while being unloaded (在卸车作业时)
        ("11月8日10时许，清湖街道一加气站的液化石油气储罐在卸车作业时发生爆炸，并引发火灾。事故造成1人受伤。", L),
    ],
)
def test_special_equipment_told_as_reports_tell_it(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a disaster's recovery
        "峡口镇灾后重建有序推进　记者近日从峡口镇获悉，今年7月上旬强降雨中受损的12处水毁道路、3座堤防目前已修复完成。",
        # a notice of a season's danger and the law (构成犯罪的，依法追究)
        "江山市森林防灭火指挥部通告：清明节期间是森林火灾高发期，全市林区严禁野外用火，严禁上坟烧纸、燃放鞭炮；"
        "引发森林火灾构成犯罪的，依法追究刑事责任。",
    ],
)
def test_a_recovery_and_a_seasons_notice_are_no_incident(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a disaster's loss told bare (no 元) beside it: the geological plan's thresholds
        ("长台那边泥石流冲进了一个工业园 好几个厂房被埋 企业初步估算损失七八百万 人都提前转移了没事", M),
        ("石门镇泥石流冲垮了半个工业园 企业负责人说损失一千五百多万 好在人都提前撤了", E),
        # the woods burned told as what was burned, then how much (两千多亩: 133 ha)
        ("浮盖山那边的山火烧了三天 林业局的人说烧掉的林子有两千多亩 好几个村都被烟罩住了 没人受伤", M),
        # the evacuated of a leak, moved overnight
        ("江山经济开发区一个化工企业储罐泄漏 附近几个村和小区一万两千多人连夜疏散 体育馆都住满了", M),
        ("开发区化工仓库泄漏 市区好几个街道六万多人连夜疏散转移", E),
        # cholera asked about, its cases told in the next sentence
        ("听说凤林那边有霍乱？我邻居在卫生院上班 说已经确诊12例了 都隔离了 真的假的", L),
        # a gantry crane at a works fallen whole, as posted
        ("贺村一个钢结构厂里的龙门吊整个倒了 砸塌了半边车间 还好刚好在换班 两个师傅受了点轻伤", L),
        # the earlier accident at the same crossing named as that one (2019年那次): today's toll alone
        (
            "这个路口真的要命 2019年那次大货车刹车失灵冲进人群 死了12个 "
            "今天下午又出事了 一辆渣土车把电瓶车碾了 三个人当场就不行了",
            L,
        ),
        # woodland set alight, told with 了 and where
        ("保安乡后山有人上坟烧纸 引燃了山上的林地 烧掉五六亩 村里人和扑火队扑了两个多小时才灭 没伤到人", G),
        # the missing found dead by their bodies counted, a headline telling the same bodies: two, not four
        (
            "碗窑水库2名落水失联村民遗体找到　1日晚，江山市碗窑乡2名村民在碗窑水库捕鱼时落水失联。"
            "3日上午，2人遗体在库区下游被打捞上岸，系前日落水失联的2名村民。",
            G,
        ),
    ],
)
def test_a_later_batterys_reports_and_posts(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade, propose(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a small quake's magnitude told after it, as posted, and no harm told
        "刚刚是不是地震了？床晃了一下 群友：衢州那边发了 江山附近3.1级 全市没接到人员伤亡和房屋损坏报告 大家放心睡吧",
        # an anniversary told in a headline, its wide space before the body
        "今天是江苏昆山“8·2”特别重大爆炸事故十周年　2014年8月2日，江苏省昆山市中荣金属制品有限公司抛光车间"
        "发生粉尘爆炸，那场事故共造成146人死亡、114人受伤。十年来，当地持续开展粉尘涉爆企业专项整治。",
        # a disease surveillance report
        "江山市第12周流感监测周报　本周全市哨点医院共报告流感样病例1326例，流感样病例占比为5.2%，高于上周的4.8%。"
        "市卫健局提醒市民及时接种流感疫苗。",
        # a trial told as recent (近日): its case named with 案, its crime with 罪
        "近日，江山市人民法院公开审理一起交通肇事案。被告人毛某于2025年3月酒后驾驶小型轿车在长台镇境内撞倒一名行人，"
        "致其死亡后驾车逃逸。法院以交通肇事罪判处毛某有期徒刑四年。",
        "私人医生欲摆脱过失杀人罪 MJ随时被开棺再验尸",
        # a campaign's advice on finding a fire, beside an earlier year's toll
        "【消防宣传】冬季是火灾高发季节，市消防救援大队提醒：电动自行车不要进楼入户，不要飞线充电。"
        "去年全省因电动自行车引发的火灾共造成11人死亡，教训惨痛！发现火情请立即拨打119。",
        # a rule quoted by its title, its condition answered by who pays
        "《江山市道路交通事故社会救助基金管理办法》规定：机动车发生交通事故造成人身伤亡，肇事机动车未参加强制保险或者"
        "肇事后逃逸的，由救助基金先行垫付受害人抢救费用。",
    ],
)
def test_a_later_batterys_and_a_desks_ordinary_days_texts_of_no_incident(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


def test_an_outbreak_in_a_surveillance_report_is_graded() -> None:
    assert propose("江山一中发生流感样病例暴发疫情，已报告流感样病例42例").grade is not None


def test_a_slopes_potential_loss_is_no_loss_done_however_told() -> None:
    p = propose("某镇滑坡险情潜在经济损失约800万元，无人员伤亡")
    assert p.figures.loss_yuan == 0, p.reasons


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # the one hurt died: no one hurt now
        ("重型自卸货车与徐某某驾驶的电动自行车发生碰撞，造成徐某某受伤，经送医抢救无效死亡。", 0),
        ("犯罪嫌疑人周某与被害人徐某发生争执，持刀将徐某刺伤，徐某经送医抢救无效死亡。", 0),
        # (another who died: the one hurt is still hurt)
        ("犯罪嫌疑人周某持刀将张某刺伤，李某经送医抢救无效死亡。", 1),
    ],
)
def test_one_hurt_who_then_died_is_no_longer_hurt(text: str, injured: int) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured) == (1, injured), p.reasons


def test_the_bodies_of_those_counted_found_are_deaths_beside_one_still_sought() -> None:
    p = propose(
        "12月5日16时30分许，清湖街道清湖村附近须江河段，3名初中生在岸边玩耍时，其中1人不慎滑入深水区，另2人下水施救，"
        "3人均被水流冲走。截至12月6日14时，2名落水学生遗体已被找到，另1人仍在全力搜寻中。"
    )
    assert (p.figures.deaths, p.figures.missing, p.grade) == (2, 1, L), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a fresh case named with 案 is an incident; so is a fire found, then help called
        "今天上午江山发生一起交通肇事案，一名行人被撞身亡",
        "我刚刚发现火情，请立即来人！贺村镇仓库着火了",
    ],
)
def test_a_fresh_case_or_a_fire_found_is_still_an_incident(text: str) -> None:
    assert propose(text).grade is not None, propose(text).reasons

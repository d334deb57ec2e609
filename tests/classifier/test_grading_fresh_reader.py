"""Forms a fresh reader of the README wrote, read as its rules say: the same people told twice, losses
told by someone there, earlier disasters named at length, figures of speech, hoaxes denied, spoken tolls."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import EventType, IncidentGrade
from tests.classifier.grades import E, G, L, M


def test_workers_acutely_poisoned_in_an_explosion_are_seriously_injured() -> None:
    # (急性工业中毒, counted as 重伤 by the 条例, whatever poisoned them unsaid; not 8 deaths' 较大)
    p = propose("某化工企业发生爆炸，造成8人死亡，112名工人急性中毒")
    assert p.figures.serious == 112 and p.grade is E, p.reasons
    assert propose("某化工厂12名工人急性中毒").grade is L
    # workers poisoned by their lunch: a food poisoning, graded by its own plan
    assert propose("公司食堂午餐后112名工人急性中毒").event_type is EventType.PUBLIC_HEALTH


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a fire told by what it did, its loss told by someone there
        ("仓库大火烧了一整夜，老板说损失一个多亿", E),
        ("一场大火吞噬了整栋厂房", G),
        ("凌晨突发一场大火，导致301号房屋全部被烧毁", G),
        # a recipe's, a hit show's, a fire long past
        ("锅中加水大火烧开后转小火", None),
        ("这部剧大火了", None),
        ("加上多年前的一场大火，永山庙只留下几道残墙", None),
        # a water source polluted by something named, then a county town's water cut
        ("某县城水源地遭上游化工厂废液污染，县城供水中断", M),
        # a disaster named at length by its year is an earlier one
        ("1994年克拉玛依友谊馆大火造成325人死亡，其中288人是中小学生", None),
        # a comparison with a year tells this one's size, not an earlier event
        ("这是继1998年以来最大的洪水，已致3人死亡", L),
        ("2026年12月3日，某县化工厂爆炸造成3人死亡", L),
        # those aboard told as a lower bound, the few rescued: the rest dead or missing, at least
        ("长江湖北段一艘载有60余人的客船倾覆，目前仅9人获救。", E),
        # a cluster of unexplained fever told with when and one after another
        ("某村十余名村民近日相继出现不明原因发热、皮疹症状，已有3人住院治疗。", L),
        # a headline's toll asked about, then corrected
        ("【快讯】某工地脚手架坍塌致3人死亡？记者核实，此前网传的3人死亡有误，事故实际造成2人死亡、1人受伤。", G),
        # the value of what burned, a count of it between
        ("城南一物流仓库起火，大火烧毁电动自行车整车约800台，价值约1200万元。", L),
        # a toxic gas spreading after an explosion to people around: everyone poisoned counts
        ("某化工厂发生爆炸后有毒气体扩散，周边108名居民吸入有毒气体中毒送医。", E),
        # a toll asked about, corrected further on
        (
            "【快讯】某工地脚手架坍塌致3人死亡？记者从现场了解到，此前网传的3人死亡有误，事故实际造成2人死亡、1人受伤。",
            G,
        ),
        # a drill told like a real event, told as a drill only at the end
        (
            "今天上午9时，贺村镇某化工园区一储罐突发泄漏并引发火灾，3名“伤员”被迅速转移。"
            "这是我市2026年危化品事故应急救援综合演练的一幕。",
            None,
        ),
    ],
)
def test_the_grade_of_forms_fresh_readers_wrote(text: str, grade: IncidentGrade | None) -> None:
    assert propose(text).grade is grade, propose(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "关于对“3·17”较大爆炸事故有关责任人员处理意见的通报",
        "股市又雪崩了，我账户一天亏了二十多万，整个人都崩溃了",
        "这次期末考试简直就是车祸现场，数学卷子做到一半脑子直接爆炸了",
        "网友发视频称“江山火车站附近发生爆炸”，经核实，系铁路施工爆破作业，无人员伤亡，请勿信谣传谣",
        "这个方案当场就不行了吧？",
        # a threat with where, an episode's story, a disease not found after a rumour denied
        "有网友在微信群里扬言要去学校砍人，警方已将其抓获。",
        "电视剧《暗流》第12集中，一场矿难造成27名矿工遇难，剧情催人泪下。",
        "网传“某镇发现鼠疫病例”，经市疾控中心核实，系谣言，全市未发现鼠疫疫情。",
        # a rule's condition and who answers for it, an epidemic as a cause, citizens an embassy addresses abroad
        "机动车发生交通事故造成人身伤亡、财产损失的，由保险公司在机动车第三者责任强制保险责任限额范围内予以赔偿。",
        "因疫情影响停办三年的廿八都古镇文化节今年恢复举办",
        "印尼苏门答腊岛暴雨引发洪水和山体滑坡，已致23人死亡、10人失踪。中国驻印尼使馆提醒在印尼中国公民注意安全。",
    ],
)
def test_no_incident_in_a_decision_a_figure_of_speech_a_threat_a_story_or_a_hoax_denied(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


def test_a_station_named_after_the_town_is_no_wildfire() -> None:
    # 江山火车站: the 山 ends the town's name and the 火 begins 火车 (no 山火, a 自然灾害)
    p = propose("江山火车站附近发生爆炸")
    assert p.event_type is EventType.ACCIDENT and p.event_terms == ("爆炸",), p.reasons


def test_someone_dead_on_the_spot_as_people_say_it() -> None:
    p = propose("刚刚我们小区门口一辆渣土车右转把骑电瓶车的大姐卷到车底了，人当场就不行了，太吓人了")
    assert p.figures.deaths == 1 and p.grade is G, p.reasons
    assert propose("两车相撞，司机当场就没气了").figures.deaths == 1


@pytest.mark.parametrize(
    "text",
    [
        "廿八都镇枫溪村遭遇短时强降雨，一名在溪边洗衣的72岁村民被洪水冲走，至今下落不明。",
        "张村乡秀峰村一处溪流水位暴涨，一名在溪边查看农田的65岁村民被山洪冲走，至今下落不明。",
    ],
)
def test_one_swept_away_told_with_who_and_how_old_then_missing(text: str) -> None:
    p = propose(text)
    assert p.figures.missing == 1 and p.grade is G, p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "grade"),
    [
        # the people of each vehicle are a group of their own: they add up
        ("沪昆高速江山段一大客车与重型货车追尾，造成客车上8人死亡、货车上2人死亡，另有17人受伤。", 10, M),
        ("三车连环相撞，第一辆车内2人死亡，第二辆车内1人死亡，第三辆车司机受伤。", 3, L),
        ("两车相撞，造成客车司机2人死亡、货车司机1人死亡", 3, L),
        # not 车上 beside another word of place, which names no one vehicle
        ("现场2人死亡、车上1人死亡", 2, G),
        ("车上3人死亡、车内2人死亡", 3, L),
    ],
)
def test_a_toll_told_vehicle_by_vehicle_adds_up(text: str, deaths: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.figures.deaths == deaths and p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # the injured told without a number, taken to hospital: one at least
        ("钢管散落砸中一名工人头部，伤者被送往医院，目前仍在抢救。", 1),
        ("两车相撞，伤者已送医救治。", 1),
        # their number told, or their family only
        ("两车相撞，3名伤者被送往医院", 3),
        ("事故发生后，伤者家属情绪激动", 0),
    ],
)
def test_the_injured_taken_to_hospital_without_a_number_are_one_at_least(text: str, injured: int) -> None:
    assert propose(text).figures.injured == injured, propose(text).reasons


@pytest.mark.parametrize(
    ("text", "minor", "serious"),
    [
        # people counted, what befell them, then all of them hurt
        ("景区观景台护栏断裂，5名游客从约2米高处跌落，均受轻伤。", 5, 0),
        ("工地塌方，3名工人被埋，均受重伤。", 0, 3),
    ],
)
def test_people_counted_then_all_of_them_hurt(text: str, minor: int, serious: int) -> None:
    p = propose(text)
    assert (p.figures.minor, p.figures.serious) == (minor, serious), p.reasons

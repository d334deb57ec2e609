"""Forms a third round of batteries written from the README alone found graded wrong: urban sites, weather
and the seasons, schools, works and mines, an incident's later days and social-media chains."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import E, G, L, M


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # 仨 and 俩 as people post counts, and those counted, then brought out gone
        ("矿上塌方了 埋了仨 挖出来都没气了", L),
        ("老街那堵围墙倒下来压住了三五个人，挖出来都没气了", L),
        # people counted, then none came up
        ("石门镇清漾村仨孩子结伴去水塘游泳，一个都没上来", L),
        ("五个孩子掉进河里，一个也没救上来", L),
        # people counted with who they are, gone
        ("电梯从8楼直接掉到负一楼，里面三个装修工人没了", L),
        # people counted, then found all gone when someone came
        ("工棚里4个工人烧炭取暖，早上工友去叫他们的时候都没气了", L),
        ("俩老人在家烧炭取暖，门窗关得死死的，早上邻居发现的时候都没了", G),
        # a loss told before the fire or the flood it was of
        ("老板说光货就损失了一个多亿 江山经济开发区那个仓库全烧光了😭", E),
        ("这次大水我们整个工业园都泡了，老板说光设备和货就损失了一个多亿", E),
        # a gas breathed by those taken to hospital, 因 unsaid: everyone poisoned, on the environmental plan
        ("一百二十多个村民吸入毒气送医治疗", E),
        ("15名居民吸入有毒气体送医", L),
        # the dead and the missing listed respectively, whose between
        ("山洪冲垮一所山区小学，死亡、失踪师生分别为18人、14人", E),
        # those struck down by heat, then dead after rescue in the next clause
        ("连续高温 开发区一工厂3名工人在车间中暑，经抢救无效死亡", L),
        # swept away by a stream told with what it was like, then missing
        ("3名钓鱼者被暴涨的溪水冲走，至今下落不明。", L),
        # a stated grade where the place is a training school (培训 names the place, not a campaign)
        ("昨日下午，双塔街道一培训机构发生一起较大火灾事故，具体伤亡情况正在核实中", L),
        # pollution of a stream: the environmental plan's loss threshold
        ("某矿业公司尾矿库泄漏，尾矿浆污染下游溪流，直接经济损失约700万元。", L),
        # a works leaking as people post it, then a township's water intake shut
        ("上游化工厂漏了，石门镇自来水厂取水口已紧急关闭，镇区供水暂时中断 大家先囤点水", L),
    ],
)
def test_forms_of_the_third_round(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade, propose(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # an earlier accident told by 过 and 那次, beside a worry
        "2019年城南那个工地塔吊倒过一次，那次死了三个工人，现在我们小区旁边又在装塔吊，大家都很担心。",
        # cases recalled as a warning, their year told first with a comma
        "通报近年典型事故案例：2021年，某市一工地塔吊倒塌造成4人死亡；2022年，某化工厂爆炸造成6人死亡",
        # a food poisoning recalled as a case: its treated are no one poisoned now
        "市教育局召开食品安全警示教育会，通报近年典型事故案例：2021年外省某小学食物中毒，200余名学生送医",
        # a rainstorm's anniversary
        "今天是“6·19”特大暴雨十周年。2016年6月19日，那场暴雨造成我市多人遇难，如今灾区重建早已完成。",
        # figures of speech: scores that slump, how cold it feels
        "期末成绩出来了，全班数学平均分直接雪崩，班主任脸黑得像要原地爆炸",
        "冻死了冻死了，早上骑电瓶车去上班手都冻僵了，江山今年冬天怎么这么冷",
        "今天冻死我了",
        # advice on finding a leak
        "发现燃气泄漏请立即关闭阀门、开窗通风，不要开关电器，并拨打燃气公司抢修电话。",
        # a rumour denied by 辟谣, its topic's tag after it
        "转发 江山发生爆炸？官方辟谣：系正常放气，请勿传谣 #江山爆炸#",
        # a hurt denied with its kind between (未发生雷击伤人事件)
        "朋友圈疯传“江郎山游客被雷劈死”，景区回应：该信息系编造，今日景区未发生雷击伤人事件，请勿传谣。",
        # a loss in a complaint beside 泡了 of tea, no flood
        "茶泡了一下午，损失了一百万的生意",
    ],
)
def test_texts_of_the_third_round_that_report_no_incident(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


def test_an_earlier_accident_told_by_its_year_and_then_is_left_out_of_todays() -> None:
    p = propose(
        "2023年这个工地塔吊就倒过一次，那次死了3个工人，今天下午又出事了，脚手架塌下来砸伤两个工人，120拉走了。"
    )
    assert (p.grade, p.figures.deaths) == (G, 0), p.reasons


def test_people_counted_by_posted_numerals() -> None:
    assert propose("仨人受伤").figures.injured == 3
    assert propose("他俩都被砸伤了").figures.injured == 2


def test_a_driver_slightly_hurt_in_a_sentence_after_the_crash() -> None:
    assert propose("两车相撞。农用车驾驶员受轻伤。").figures.minor == 1


def test_a_drill_imagining_a_fire_at_a_training_centre_is_still_no_incident() -> None:
    assert propose("开展消防培训，模拟培训中心发生火灾").grade is None


def test_one_who_breathed_smoke_taken_to_a_named_hospital_is_hurt() -> None:
    p = propose("居民楼发生火灾。另1人因吸入烟气被送往江山市中医院治疗，无生命危险。")
    assert p.figures.injured == 1, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # the ill counted from how many to how many
        ("某中学午餐后，出现呕吐腹泻的学生由38人增至103人，市卫健局已派员调查", L),
        # a feast, then its guests counted in the next clause, one who died
        ("四都镇一农户办寿宴，41名宾客出现腹痛腹泻，其中1人经抢救无效死亡", L),
        # one disaster's toll told new and so far: the total
        ("受持续强降雨影响，此次洪灾我市新增死亡4人，累计死亡32人。", E),
        # a space in a post between 都 and what befell them
        ("听说那边挖塘的时候塘埂塌了 埋了三五个 挖出来都 没气了", L),
        # a fall from a height, a vehicle over an edge
        ("坛石镇一村民爬上屋顶翻修瓦片时，从约4米高处摔下来，腿摔断了，村里人叫了120。", G),
        ("大陈乡一农用三轮车翻下田坎 驾驶员受伤送医", G),
        # one of a family named by the family's name, who did not pull through
        (
            "凤林镇南坞村老王家三口昨天晚上把山上采的野蘑菇炒来吃，半夜就上吐下泻，今天凌晨送到衢州抢救，"
            "上午老王没挺过来",
            L,
        ),
    ],
)
def test_more_forms_of_the_third_round(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade, propose(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # advice on finding someone poisoned, what they were found with between
        "发现有人一氧化碳中毒，应立即开窗通风，将其移至空气新鲜处并拨打120",
        # an arson's anniversary
        "今天是江山“6·12”纵火案十周年，那场大火共造成11人死亡",
        # a price that slumps
        "今年稻谷收购价简直雪崩，再这样下去种田的大家一起饿死。",
    ],
)
def test_more_texts_of_the_third_round_that_report_no_incident(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


def test_a_periods_cases_are_no_one_poisoning() -> None:
    p = propose("1至10月，全市共报告食源性疾病病例218例，同比下降12%")
    assert p.grade is not L and not any("218" in reason for reason in p.reasons), p.reasons


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # counted swept away, some saved, the rest not found: the rest
        ("三个驴友在溪沟里被冲走了 两个被救上来了 还有一个到现在还没找到", "missing", 1),
        # one of those counted gone on the spot, a post running on
        ("树底下躲雨的两个人一个当场就没了另一个手臂烧伤了", "deaths", 1),
        # one hurt as posted in a disaster's post
        ("泥巴把路全堵死了 一辆拉毛竹的货车被埋了半截 司机自己爬出来了 额头流了好多血", "injured", 1),
        ("今天下午贺村镇下冰雹了 我老公在外面没躲及时 头上砸破了 流了点血", "injured", 1),
        # one who did not pull through, when and where between
        ("吃席的有一百二十多个，有个八十多岁的老太太昨天在医院没挺过来", "deaths", 1),
    ],
)
def test_figures_of_the_third_round(text: str, kind: str, count: int) -> None:
    p = propose(text)
    assert getattr(p.figures, kind) == count, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a farm stay's meal gone wrong, its guests counted as posted
        ("廿八都那边农家乐吃出事了 一百二十多个游客上吐下泻去医院挂水了", L),
        ("廿八都农家乐那个旅游团吃出事了 一百二十多个都去医院挂水了 听说有个老太太没挺过来", M),
        # a child run into a rail, one hurt as posted
        ("网友发帖：廿八都那个玻璃滑道太快了，我前面一个小孩冲出去撞到护栏，满脸是血，景区的人赶紧叫了120。", G),
        # a disaster going on since a day, its recovery asked for: still the disaster's loss
        (
            "6月19日以来，我市遭遇特大暴雨袭击，全市14个乡镇受灾，直接经济损失约1.3亿元。市防指要求全力做好灾后恢复工作。",
            E,
        ),
        # a body found, its time between
        ("走失三天的贺村镇八旬老人，遗体今天上午在江山港下游被找到。", G),
    ],
)
def test_forms_of_the_third_rounds_last_batteries(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade, propose(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # the law asked about a harm told without a number
        "孩子在水库溺亡如何获赔？律师：管理方未尽安全保障义务应承担相应责任",
        # a province's holiday toll, then a duty against it
        "暑假期间，全省共有36名学生溺水死亡。市教育局要求各校切实加强防溺水安全教育，暑期防溺水家长告知书发放率须达到100%。",
        # none with deaths, and none of a grade
        "本周全市未发生较大以上生产安全事故，全年无亡人火灾事故发生。下周将组织开展消防安全专项检查，重点检查人员密集场所。",
        # a child worn out by homework
        "这道数学题难到窒息，我家娃写到一半直接原地爆炸了",
    ],
)
def test_texts_of_the_third_rounds_last_batteries_that_report_no_incident(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


@pytest.mark.parametrize(
    ("text", "deaths", "missing"),
    [
        # a body of the missing found, the other still searched for
        ("截至今天17时，1名失联渔民遗体已被打捞上岸，另1人仍在全力搜寻中。", 1, 1),
        # one of a family not found yet
        ("一家三口划船 船翻了 爸爸抱着孩子游上来了 妈妈到现在还没找到", 0, 1),
        # one swept away, who and where and when between
        ("浔里村一个放牛的大爷昨天傍晚在村口溪边被急水冲走了，到现在还没找到。", 0, 1),
    ],
)
def test_the_missing_of_the_third_rounds_last_batteries(text: str, deaths: int, missing: int) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing) == (deaths, missing), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a count spaced apart in a post, 个人 after it
        ("工地塌方 死了 3 个人 咋整啊 😭", L),
        # a slide as people post it, graded by the geological plan's loss
        ("山上滑下来好多泥巴 冲进工业园 厂房被埋了 企业初步估算损失六七百万", M),
        # none came up from the water, not to a meal
        ("两个小孩去水库游泳 两个都没上来", G),
        ("楼上两个都没上来吃饭 饭菜都凉了 喊了好几遍", None),
    ],
)
def test_posts_of_the_fourth_round(text: str, grade: IncidentGrade | None) -> None:
    assert propose(text).grade is grade, propose(text).reasons


def test_some_of_those_swept_away_found_gone_and_the_rest_not_found() -> None:
    p = propose("四个驴友被水冲走了 找到两个已经没了 还有两个到现在还没找到")
    assert (p.figures.deaths, p.figures.missing, p.grade) == (2, 2, L), p.reasons

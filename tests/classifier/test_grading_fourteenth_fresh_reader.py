"""Forms a fourteenth round of batteries written from the README alone (food poisonings, earthquakes and landslides,
follow-ups and corrections, riders and couriers, scenic spots, factory explosions) found graded wrong."""

from __future__ import annotations

import pytest

from tests.classifier.grades import E, G, L, M, assert_graded, table_tests

UNGRADED = [
    # a plan's rule with the missing counted in, or with no comma before its class (had been 特别重大)
    "《县地震应急预案》规定：造成30人以上死亡（含失踪）的地震灾害，启动一级应急响应。",
    "应急预案明确，造成10人以上死亡的为重大事故。",
    # a retraction of an article reposted, its title's figure (had been 较大)
    "本号此前推送的《某村沼气池爆炸致4人死亡》一文系不实信息，现予删除，特此致歉。",
    # a report's correction of a toll abroad, 中 of 报道中 before the country (had been 特别重大)
    "更正：昨日报道中“土耳其地震遇难人数900人”应为“1200人”，特此更正。",
    # a claim quoted and asked, answered: nothing happened (had been 一般 from 无人员伤亡)
    "“城南加油站爆炸烧死人了”？官方：系油罐车例行泄压，未发生爆炸，无人员伤亡。",
    # a rumour answered: a film's set, no real accident (had been 一般 from 事故)
    "网传“步行街大火致2人死亡”？街道办：系电影拍摄现场，并非真实火灾事故，请勿传谣。",
    # what the illness was not, a teacher's word (had been 一般 from 食物中毒)
    "班上三个同学请假了，班主任说是着凉感冒，不是食物中毒，别瞎传",
    # a hiring notice, its places counted in a ward's name (had been 较大: 重症 read as the seriously hurt)
    "县人民医院2026年公开招聘重症医学科医师及护士36名",
    # a year's record over a district, the place between (had been 较大)
    "半年内，该县先后有3名外卖骑手在同一路口被撞身亡，引发市民关注。",
    # a duty to report what is found (had been 一般, from 死亡 or from 食物中毒)
    "按规定，接种单位发现疑似预防接种异常反应造成死亡、严重残疾或群体性反应的，应当在2小时内向县级疾控机构报告。",
    "按规定，医疗机构发现疑似食物中毒造成死亡或群体性发病的，应当在2小时内向县级卫生健康部门报告。",
    # why a kind of thing happens, asked; the events of years counted (had been 一般)
    "专家解读：为什么今年雷击事件特别多？",
    "据统计，全市近五年发生的燃气爆炸事故中，六成以上与软管老化有关。",
    "近三年全县森林火灾中，七成以上由祭祀用火引起。",
    # a threat quoted (had been 一般 from 砍人)
    "扬言要“去医院砍人”的男子已被警方依法行政拘留",
    # an explosion abroad, all of ours there well (had been 较大)
    "韩国一工厂爆炸致4名外籍工人死亡 我市在韩务工人员均平安",
    # a rescue team sent abroad by a body at home (had been 特别重大)
    "香港特區政府派出搜救隊赴尼泊爾地震災區，當地死亡人數已逾3000人。",
    # a farming season's toll across a province (had been 重大)
    "今年“双抢”期间，全省因农机事故死亡12人。",
    # a junction's record over half a year, 已经 between (had been 一般)
    "村口那个弯道半年已经撞死三个人了，什么时候装护栏？",
    # shares "collapsing"; an investigation's report out (each had been 一般)
    "港股科技股集体雪崩 恒生科技指数收跌5%",
    "某养老院火灾调查报告出炉 指电线短路为起火主因",
    # a crowd overstated, 简直 alone (had been 一般 from 窒息)
    "周末去商场看演出 人挤人 简直窒息",
    # a country's own 全国, a US state named alone after its country (had been 重大, 较大)
    "古巴全国大停电持续4天 已致18名住院患者死亡",
    "美国马里兰州一座大桥被货轮撞塌 7名养护工人失踪",
    # a report's figure denied, the event's kind after it (had been 较大)
    "此前报道的“城南3人死亡交通事故”系谣言，经交警部门核实，当日未发生交通事故。",
    # a message quoted, old news from elsewhere (had been 重大)
    "近日，“某酒吧大火致11人死亡”的消息在多个微信群转发，经核实系2018年外省旧闻，请勿转发。",
    # a feeling likened, 有一种 (had been 一般)
    "第一次见面就有一种触电的感觉",
    # a hot spot checked: not a forest fire (had been 一般 from 火情)
    "卫星监测发现某乡境内1处热点，经林业站核查，系村民焚烧秸秆，非森林火情。",
]
"""Texts that report no incident of their own now."""

GRADED = [
    # those of a vehicle with them (连人带车) no other people: the group before counts (had been 一般)
    ("姐妹仨骑电动三轮车赶集，连人带车翻进路边的水塘，不幸全部溺亡。", L),
    # one of a family told by who she was, saved alone (had been 一般)
    ("一家四口自驾出游途中车辆坠崖，仅8岁的小儿子幸存。", L),
    # a meal, the illness right after it, a death told later (had been 一般)
    ("听说镇中心小学一百多个学生吃完午饭上吐下泻 都送医院了 有个孩子没抢救过来", M),
    # about so many, by 来 (had been 一般 on the death alone)
    ("办寿宴的一百二十来号人半夜开始拉肚子 全拉到县医院去了 今早有个老人没挺过来", M),
    # an aunt (大娘) gone at the hospital after wild mushrooms (had been 一般)
    ("我大爷大娘前天吃了自己采的野蘑菇，两个人都上吐下泻，大娘昨晚在医院走了", L),
    # a feast's guests by 号人, at two hospitals (had been none)
    ("喝喜酒的一百三四十号人都去镇卫生院和县医院挂水了", L),
    # workers counted by 个, taken ill one after another (had been 一般 with no figure)
    ("厂里115个工人中午吃了食堂的饭，下午陆续拉肚子，全被送到医院了", L),
    # the missing fallen, the rest saved and well: not all found (had been 一般)
    ("截至今晨，货船沉没事故失联人数由9人降至4人，其余5人已被渔船救起，身体无大碍。", L),
    # workers counted, the longest word for them (施工工人: had been one dead)
    ("脚手架突然垮塌，4名外墙施工工人从十几米高处坠落，当场死亡。", L),
    # 仨 alone, buried then brought out gone (had been 一般)
    ("后山塌方 仨村民被埋 挖出来都已经没气了", L),
    # confirmed gone, 有 and 个 alone (had been 一般)
    ("大风把厂房顶棚吹塌了 压在下面十几个工人 已经确认有三个没了", L),
    # those aboard told at length, some saved, the rest sought (had been 一般)
    (
        "一艘载有160名乘客和船员的客滚船昨夜在长江某段水域突遇大风翻沉，截至今晨5时已救起42人，其余人员仍在全力搜救中。",
        E,
    ),
    # a hospital canteen's own sick, one dead (had been 一般)
    ("某医院职工食堂晚餐后，累计就诊医务人员及患者家属103人，其中1名患者经抢救无效死亡。", M),
    # a vaccine's catch-up and mass preventive medication (had been none)
    ("某乡卫生院开展乙脑疫苗查漏补种。当天下午起，先后有21名儿童出现发热、皮疹等反应。", L),
    ("某镇组织中小学生集中服用驱虫药片，服药后共有42名学生出现腹痛、恶心等不良反应。", L),
    # those gone, by their work (had been 一般)
    ("城东那个加油站刚刚炸了 三个加油工都没了", L),
    # workers acutely poisoned, the gas named between 急性 and 中毒 (had been 一般)
    ("某化工厂液氯储罐阀门破裂，当班的108名工人出现急性氯中毒症状，已全部送医。", E),
    # one of the hurt dying later, told by who they were (had been 一般 on the first two dead)
    ("扑救山火时突遇火势反扑，造成2名扑火队员牺牲、4人受伤。今天凌晨，1名重伤队员经抢救无效死亡。", L),
    # an autoclave that burst, a part of it and what was being done both told (had been 一般 on its 2 dead)
    ("某建材厂蒸压釜在保压过程中釜门突然崩开发生爆炸，造成2人死亡。", L),
    # people counted, then found gone when called (had been none)
    ("浙江宁波一出租屋内，3名来自外省的务工人员烧炭取暖，第二天工友去叫他们的时候都没气了。", L),
    # a toll risen, counted by 个 as people post it (had been 一般)
    ("群里说那个化工厂爆炸，死亡人数升到11个了", M),
    # those aboard told at length, some brought up, the rest not found (had been 一般)
    ("渡船翻了，船上有二十几个去对岸茶园采茶的村民，捞上来六个，剩下的到现在都没找着", M),
    # all the hurt judged seriously hurt, the hospital and 伤者 both told (had been 一般)
    ("一辆货车失控冲入路边人群，造成11人受伤，经医院评估伤者均为重伤。", L),
    # a port's gantry crane come down whole during its work (had been 一般)
    ("某港口集装箱码头一台龙门吊昨晚作业期间整体倒塌，所幸无人受伤。", L),
    # the formal magnitude after the automatic one, the place told again (had been 特别重大)
    ("中国地震台网自动测定：某县发生7.1级地震。正式测定：某县发生6.5级地震，震源深度10千米。", M),
]
"""Texts and the grade their incident takes."""


test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # (the rest of those counted, not found, a clause of its own: had been no one missing)
        ("砖厂的窑塌了 里面四个工人 三个挖出来受伤了 一个还没找到", {"missing": 1}),
        # (fallen into the sea, not found: had been no one missing)
        ("听说码头那边两个渔民掉海里了，到现在还没找到", {"missing": 2}),
        # (my dad, as people post it: had been no one missing)
        ("渔船在外海翻了，其他人都救上来了，就我爸到现在还没找到", {"missing": 1}),
        # (one fallen in or gone under, not come up since: had been no one missing)
        ("塘边几个小孩在玩 有一个小孩滑下去了一直没上来 大人们都在塘里摸", {"missing": 1}),
        ("有个小孩掉进江里 一个女的跳下去救 小孩救上来了 女的沉下去了一直没上来", {"missing": 1}),
        # (smoked, as people post it: had been no one hurt)
        ("仓库烧起来了 两个搬运工被烟熏到了 救护车拉走了", {"injured": 2}),
    ],
)
def test_one_missing_or_hurt_as_posted(text: str, figures: dict[str, float]) -> None:
    assert_graded(text, G, **figures)


def test_a_few_ill_after_a_meal_or_a_stall_are_a_suspected_poisoning() -> None:
    # (had been none: 好几个 in the next clause, 都吐了; a stall's dish 致 those it made ill)
    for text in (
        "中午吃完食堂的饭，我们宿舍好几个人都吐了，现在在校医院挂水",
        "校门口小吃摊的凉皮致9名学生腹泻，市场监管部门已介入调查",
    ):
        p = assert_graded(text, G)
        assert p.event_type is not None and p.event_type.value == "public_health", p.reasons


def test_the_missing_all_saved_by_whom_are_no_longer_missing() -> None:
    # (by whom between 被 and 救起: had been 5 missing, 较大)
    text = "渔船在东海侧翻，船上5名渔民一度失联。经协调，5人均已被过往货轮救起，其中1人受轻伤。"
    assert_graded(text, G, missing=0)


def test_some_missing_found_when_the_rest_are_saved_well() -> None:
    # (those saved and well are the rest, not the missing: had been none)
    text = "截至今晨，渔船倾覆事故失联人数由8人降至5人，其余3人已被过往商船救起，身体无大碍。"
    assert_graded(text, L, missing=5)


def test_a_flood_seasons_toll_across_a_province_is_not_this_events() -> None:
    # (no comma after 汛期: had been 重大 on the season's 17 dead; this typhoon hurt no one)
    assert_graded("今年汛期全省因灾死亡17人，此次台风暂未造成人员伤亡。", G, deaths=0)


def test_a_boiler_said_not_to_have_burst_is_graded_by_its_harm() -> None:
    # (had been 较大 as a boiler's explosion)
    text = "网传“某厂锅炉炸了死了2个人”？市场监管局回应：系锅炉安全阀起跳排汽，1名工人手部被烫伤，并非锅炉爆炸。"
    assert_graded(text, G, deaths=0, injured=1)


def test_one_body_found_is_not_all_the_missing_found() -> None:
    # (the body is the dead one's; the other is still sought: had been no one missing)
    text = (
        "截至今晨，山洪灾害已造成1人死亡、1人失联。昨天下午，一辆农用三轮车在过漫水桥时被洪水冲走，车上2人落水。"
        "目前，1名落水者遗体已被找到，另1人仍在全力搜寻中。"
    )
    assert_graded(text, G, deaths=1, missing=1)


def test_a_crane_on_a_hong_kong_building_site_is_graded_by_its_toll() -> None:
    # (地盘 is a building site: had been 较大 as a crane toppled elsewhere)
    assert_graded("香港一地盘发生塔吊倒塌事故，造成1名工人死亡。", G, deaths=1)


def test_a_loss_said_blown_up_gives_way_to_the_count() -> None:
    # (夸大其词: had been 特别重大 on 几个亿)
    text = "网传“大火损失好几个亿”夸大其词，据初步统计，该市场火灾直接经济损失六千余万元。"
    assert_graded(text, M)

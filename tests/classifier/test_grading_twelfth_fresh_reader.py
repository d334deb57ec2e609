"""Forms a twelfth round of batteries written from the README alone (e-bike fires, fog pile-ups, scenic spots and rides,
boats and fishermen, fireworks, ice storms) found graded wrong."""

from __future__ import annotations

import pytest

from tests.classifier.grades import E, G, L, M, assert_graded, table_tests

UNGRADED = [
    # a share of a kind of incident, a statistic (had been 一般 from 火灾)
    "数据显示，电动自行车火灾约八成发生在充电过程中，近半数发生在夜间22时至次日6时。",
    # how often people get hurt somewhere, a complaint of a hazard
    "景区滑道速度太快，经常有人摔伤，希望有关部门管一管。",
    "那时沥青温度高达200多度，人工浇筑时有烫伤发生，至今没有工伤待遇。",
    # a part of the year's toll across the country; a whole province's holiday
    "国家减灾委发布数据：今年前三季度，全国低温冷冻和雪灾共造成直接经济损失38.6亿元。",
    "春节期间，全省因燃放烟花爆竹死亡5人、受伤160余人，省应急管理厅提醒群众安全燃放。",
    # a disaster remembered, as people recall it
    "记得那年雪灾，我们村好几个大棚都被压塌了，损失惨重",
    "记得小时候发大水，村里淹死了好几个人",
    # statistics of earthquakes summed up by 次
    "中国地震局：2024年我国大陆共发生5级以上地震11次，造成3人死亡，地震灾害总体偏轻",
    "今年以来，全省共记录到3.0级以上地震12次，均未造成人员伤亡和财产损失",
    # a small earthquake with no harm told, or felt and asked about (had been 一般)
    "中国地震台网自动测定：浙江衢州市柯城区附近发生3.2级左右地震。",
    "刚才家里吊灯晃了一下是不是地震了？？查了一下台网说是江山附近2.7级，大家都没事吧",
    # a rumour answered: no accident (非安全事故, 并非坍塌事故), someone thought dead, old patients who died of illness
    "网传“石门镇发生大爆炸”，经核实，系铁路隧道施工爆破作业产生的声响，非安全事故。",
    "关于网传“某楼盘坍塌”的情况说明：网传图片系该楼盘拆除违建部分的施工现场，并非坍塌事故。",
    "网传“某街道发生命案”系谣言。经派出所调查，系一名醉酒男子在路边睡着，被路人误以为死亡后报警，该男子已被家属接回。",
    "对于近日网传“镇卫生院死了好几个病人”的消息，经县卫健局核查，系3名高龄患者因基础疾病自然离世，与医疗行为无关。",
    # a span of years' toll, told at a meeting held today; a record of no one hurt
    "记者在今天举行的全市安全生产新闻发布会上获悉，2020年至2025年，全市道路交通事故死亡人数从156人降至98人。",
    "在年度工作总结会上，水利局局长表示：我市已连续12年实现山洪灾害“零伤亡”。",
    # a plan or a day's orders that "overturn" or "explode"; a lawyer's answer named first
    "本来计划国庆自驾川西，结果攻略彻底翻车了，一路堵到窒息",
    "今天单量直接爆炸，跑了六十多单，累死了，腿都不是自己的了",
    "律师解答：外卖骑手送餐途中出车祸，算不算工伤？",
    # a year's crash told as having happened before (翻下去过), its toll that one's
    "这段路2019年就翻下去过一辆大巴，那次死了十几个人，现在还是没装护栏",
    # a fire not caused (未引发火情); a law's threshold for a case to be filed; a dam break modelled
    "一男子在林区上坟烧纸被森林公安当场查获，未引发火情，依法处以罚款200元。",
    "根据立案追诉标准，失火造成森林火灾，过火有林地面积2公顷以上的，应予立案追诉。",
    "溃坝洪水模拟分析显示，如城南水库发生溃坝，洪峰将在40分钟内抵达下游城区，可能淹没面积约12平方公里，影响人口约6万人。",
    # a week's toll of the heat across a country
    "日本多地气温突破40℃ 一周内全国超过9000人因中暑被送医",
    # a situation report of animal diseases, none found
    "本月全市未发现高致病性禽流感和非洲猪瘟疫情，动物疫情形势总体平稳。",
    # an anniversary counted in 两
    "韩国梨泰院踩踏事故两周年 遇难中国公民家属仍在等待一个说法",
    # an attack's anniversary (案, 袭击) and the toll recalled by 那场; a lesson drawn from an earlier one
    "今天是“3·01”昆明火车站暴力恐怖案十周年。那场袭击共造成31人遇难、141人受伤。",
    "各地要深刻汲取2021年甘肃白银景泰黄河石林山地马拉松百公里越野赛公共安全责任事件教训，该事件造成21人死亡。",
    # an earlier incident by its date's code: those held to account, the works resumed
    "因“5·12”命案处置不力，某派出所2名民警被问责。",
    "因“6·3”中毒窒息事故停产整顿的某造纸企业，经验收合格后今日恢复生产。",
    # the heat felt, nearly struck
    "天太热了，我都快中暑了",
    # a system that "collapses"
    "挂号系统一到早上8点就崩塌，排队排到窒息",
    # a grade named for what may happen (当发生…后)
    "若不及时整改，当发生重大人身触电事故后，打起官司来，单位要承担全部责任。",
]
"""Texts that report no incident of now."""

GRADED = [
    # a family poisoned of whom only one survived, who they were told between (had been the 5 poisoned: 一般)
    ("一家五口误食毒蘑菇中毒，仅一名10岁男孩幸存。", L),
    ("某村一家五口疑似一氧化碳中毒，经全力抢救，仅1名女童幸存。", L),
    ("渔船上共有8名船员，仅1名船员获救。", L),
    # those aboard and the few saved, as people post them by 个 (had been none)
    ("求转发 我们那边的渡船今早翻了 船上四十几个都是去赶集的 目前只救上来六个 其他人还在捞", E),
    # a road's code between those aboard and the few who survived (had been the rest's one missing: 一般)
    ("一辆载有53名乘客的长途客车在G318国道某路段冲破护栏坠入江中，截至目前仅11人获救生还，其余人员下落不明。", E),
    # a toll revised by the body that checked it (had been the first toll: 较大)
    ("起初通报称事故造成3人死亡，后经公安机关核实为2人。", G),
    ("塌方事故此前通报4人遇难，经县应急管理局逐一核实为1人。", G),
    # a rumour asked, answered by a committee (管委会, 村委会) with what is known (had been the rumour's 4 dead read)
    ("网传“4名驴友全部遇难”？景区管委会：已找到2名驴友，另2人仍在全力搜寻中。", G),
    # a count of incidents of yesterday, its hurt (had been a tally: none)
    ("昨日下午冻雨导致衢州城区多条道路结冰，共发生交通事故17起，23人受伤送医，暂无人员死亡。", G),
    # counted, then not found yet, 都还 between (had been no one)
    ("漂流那边船翻了，三个人到现在都还没找到", L),
    # one's own kin gone missing, how long told, a thing found but not them (had been none)
    ("我老公昨天下午一个人开小船去对面收网 到现在失联快20个小时了 船在下游找到了 人还没找到 求扩散 求平安", G),
    ("我老公昨天下午开小船去收网，至今失联", G),
    # fingers blown off, feet frostbitten, as posted (had been none)
    ("礼花弹在手中炸开 一男子三根手指被炸断", G),
    ("大棚被雪压塌 74岁菜农被困棚内一夜 获救时双脚冻伤", G),
    # the missing found, their bodies counted (had been 2 dead and 2 missing)
    ("2名护林员遭遇暴雪失联，今日上午搜救人员找到2人遗体。", G),
    # groups of a toll with who they were doing, or a vehicle's, inside (had been the first group's 2)
    ("结冰路段一辆货车失控冲向路边公交站台，造成候车行人2人死亡、货车驾驶员1人死亡。", L),
    ("事故造成2名行人死亡、1名货车驾驶员死亡。", L),
    # a family rescued then dead, taken to hospital at once (had been one)
    (
        "凌晨2时许，某小区6楼一住户客厅内充电的电动自行车电池起火，屋内一家三口被浓烟困在卧室，消防员破门救出后立即送医，"
        "终因吸入大量烟气抢救无效死亡。",
        L,
    ),
    # those who lived there, then the few counted who did not get out (had been the ten and more: 重大)
    ("群租房一楼电瓶车半夜着火，楼上住了十几个人，有四个没跑出来，人都没了", L),
    # a notice's stated grade after the incident's date code (had been 一般)
    ("关于象山县“5·20”一起较大渔业船舶水上安全事故的情况通报", L),
    # a fire told by what fireworks lit, no one hurt (had been none)
    ("村里有人放烟花把柴草堆点着了，烧掉了两间老房子，好在没人受伤", G),
    # an earthquake's formal magnitude after the automatic one (had been 7.1: 特别重大)
    (
        "中国地震台网自动测定：今日09时12分在新疆和田地区于田县附近发生7.1级左右地震。正式测定为6.9级，震源深度20千米。",
        M,
    ),
    # 内蒙古 is at home (had been read as 蒙古, abroad: none)
    ("中国地震台网自动测定：内蒙古包头市固阳县附近发生4.9级左右地震。正式测定：5.1级，震源深度10千米。", L),
    # an earlier earthquake told by its year (had been its 617 dead: 特别重大)
    ("2014年，鲁甸6.5级地震造成617人死亡。今天凌晨，鲁甸县再次发生4.1级地震，目前无人员伤亡报告。", G),
    # a small earthquake that brought houses down, no figure (a loss)
    ("某县发生3.5级地震，多间老房子倒塌", G),
    # the hurt counted, a clause between, then all said seriously hurt (had been one)
    ("医院门诊大厅玻璃顶棚突然坍塌，造成55名候诊群众受伤，经医院评估，伤者均为重伤。", M),
    # a death after mass preventive medication, or a vaccine's reaction posted or told rising (had been 一般 or none)
    (
        "某小学组织学生集中服用预防性药物后，1名学生出现严重过敏反应，经抢救无效死亡，另有14名学生出现头晕、呕吐症状。",
        M,
    ),
    ("今天学校组织打HPV疫苗 打完没多久我们班好几个女生就晕倒了 全校送去医院的有二十多个", L),
    ("截至目前，接种后出现发热、皮疹等不良反应的学生已增至137人，均无生命危险。", L),
    # a hospital's meal: patients ill and one dead, or those treated of two groups (had been 一般)
    ("某医院为住院患者统一配送的晚餐疑似变质，46名患者陆续出现呕吐腹泻，其中1名高龄患者经抢救无效死亡。", L),
    ("某医院食堂晚餐后，累计就诊职工及患者家属112人，均无生命危险，疾控部门已对留样食品进行检测。", L),
    ("网传“某中学一百多人食物中毒”？县市场监管局通报：12日午餐后，该校累计就诊学生126人，均无生命危险。", L),
    # a lab's staff acutely poisoned (急性工业中毒: 重伤), a liquid oxygen tank exploded (a pressure vessel)
    ("某医院检验科化学试剂泄漏，12名工作人员急性中毒，已转至上级医院治疗。", L),
    ("某医院院内医用液氧储罐发生爆炸，1名维修工受伤送医。", L),
    # a doctor beaten, the bone named (had been none)
    ("急诊科医生被醉酒患者打至鼻骨骨折", G),
    # two groups aboard, none of whom survived (had been one)
    ("一辆载有45名中学生和3名带队教师的研学大巴在暴雨中冲出护栏坠入江中，车上人员无一生还。", E),
    # struck by the heat, its signs named (had been none)
    ("研学队伍在景区徒步时，27名学生出现中暑症状被送往医院。", G),
    # the bodies of those counted, all brought up (had been no figure)
    ("市政府新闻办通报：“7·3”溺水事故中落水失联的3名中学生遗体已全部被打捞上岸。", L),
    # the count nearest those swept away, sought along the river (had been the two saved, found)
    (
        "三名村民乘坐一艘自制铁皮船过江时，铁皮船突然侧翻，三人全部落水。闻讯赶来的村民和派出所民警合力救起两人，"
        "另一人被江水冲走，目前市消防救援大队正沿江全力搜寻。",
        G,
    ),
    # who they are in brackets, then gone missing (had been none)
    ("渔船被撞翻，睡在船上的渔民郑某某（男，55岁）落水失踪。截至发稿时，郑某某仍未找到。", G),
    # a group counted by what they do (骑友, 骑手), then gone; who found them between (had been one)
    ("3名骑友结伴骑摩托车跑山，在仙霞岭下坡弯道处冲出路面坠入山崖，不幸遇难。", L),
    ("4名外卖骑手在出租屋内用炭盆取暖，次日上午被工友发现一氧化碳中毒身亡。", L),
    # a TV station's own article corrected (本台; had been the title's 4 dead)
    (
        "【更正】本台昨日报道的《网约车与货车相撞致4人死亡》一文中，死亡人数有误，经交警部门核实，"
        "事故实际造成2人死亡、3人受伤。",
        G,
    ),
    # one hurt as told: beaten (打致), or the sentence's subject, the harm its result (致左腿骨折)
    ("外卖小哥因送餐超时与顾客发生争执，被对方打致鼻骨骨折，派出所已介入调查。", G),
    ("外卖骑手冒雨送餐时跌入无井盖的窨井，致左腿骨折。", G),
    # people evacuated nearly a threshold, told before the verb (had been 5000: 较大)
    (
        "凌晨2时许，一辆液氯槽罐车在城郊停车场阀门泄漏，消防部门紧急堵漏，周边群众近5000人被紧急疏散，未造成人员伤亡。",
        G,
    ),
    # a toll by vehicle, a minibus's and a tanker's (had been the first: 较大)
    ("一辆中巴车与液化气槽罐车在山区公路相撞，造成中巴车上7人死亡、槽罐车上3人死亡。", M),
    # sorting staff acutely poisoned at work (急性工业中毒)
    ("某快递分拣中心一件破损包裹泄漏有毒化学品，导致1名快递员死亡，另有12名分拣员急性中毒，已被送往医院救治。", L),
    # struck by the heat, counted or one (中暑 a word of harm; had been none)
    ("7月25日下午，虎山街道一建筑工地上一名52岁钢筋工在露天作业时突发中暑晕倒，工友发现后立即拨打120将其送医。", G),
    ("某制鞋厂车间闷热，当天下午先后有9名女工中暑晕倒，送医后均已好转。", G),
    # a dam that broke years before (曾于2011年), today's piping no one hurt (had been the earlier 4 dead)
    ("该山塘曾于2011年溃坝，造成4人死亡。今天凌晨，坝体再次出现管涌，当地已转移下游群众46人，未造成人员伤亡。", G),
    # those swept away, missing as a report tells it (至今下落不明; had been no figure)
    ("溃口处七八个正在抢险的村民被洪水冲走，至今下落不明。", L),
    # a feast's soup cooked in a pesticide bucket, its guests ill and one dead (had been 一般)
    ("一户村民办满月酒，厨师误用装过农药的塑料桶盛水煮汤，27名宾客出现头晕、呕吐等症状，其中1人经抢救无效死亡。", L),
    # gored by a bull (顶伤)
    ("一名养殖户在给牛添料时被公牛顶伤腹部，已送往医院救治。", G),
    # a toll abroad revised, who they were between (had been one)
    ("泰国沉船事故遇难中国游客人数经中泰双方逐一核对，由12人核减为9人。", L),
    # the missing's bodies found where (已在…被找到; had been none)
    ("失联的2名中国游客遗体已在老挝南康河下游被找到。", G),
    # a finger cut by a machine, named or counted (压断, 锯断); a little one's head stitched as posted (had been none)
    ("今天下午厂里冲床把一个新来的小伙子右手三根手指压断了，老板还不让报工伤，这种厂谁还敢待", G),
    ("大陈乡一家竹制品厂一名工人在使用圆盘锯时不慎将左手拇指锯断，已送医救治。", G),
    ("今天下午带娃去景区坐滑道，前面一个小男孩速度太快直接冲出去了，头上缝了好几针，120拉走了", G),
    # struck by the heat as posted (热晕了, 中暑了; had been none)
    ("我们厂今天下午有个老师傅在车间里热晕了，120拉走了，听说现在还在ICU", G),
    ("今朝热得要死，阿拉隔壁屋里厢个阿婆中暑了，救护车拉走了", G),
    # a work or viewing platform's collapse is no system's (平台 is no figure of speech before 坍塌)
    ("今天上午，某工地施工平台坍塌，所幸无人员伤亡。", G),
    ("观景平台坍塌", G),
    # those counted brought up, then confirmed dead (had been one)
    (
        "网传“水库溺亡5名学生”？县政府通报：3名初中生相约到水库游泳，不慎溺水，经全力搜救，3人均已被打捞上岸，确认死亡。",
        L,
    ),
]
"""Texts and the grade their incident takes."""


test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_the_missing_found_counted_as_bodies_are_the_dead() -> None:
    assert_graded("2名护林员遭遇暴雪失联，今日上午搜救人员找到2人遗体。", G, deaths=2, missing=0)


@pytest.mark.parametrize(
    "text",
    [
        # (the count nearest those swept away: had been the two saved, left out as found)
        "三名村民乘坐一艘自制铁皮船过江时，铁皮船突然侧翻，三人全部落水。闻讯赶来的村民和派出所民警合力救起两人，"
        "另一人被江水冲走，目前市消防救援大队正沿江全力搜寻。",
        # (who they are in brackets between them and what befell them: had been no one)
        "渔船被撞翻，睡在船上的渔民郑某某（男，55岁）落水失踪。市消防救援大队共调派6车28人沿江搜寻。",
    ],
)
def test_one_missing_as_told(text: str) -> None:
    assert_graded(text, G, missing=1)


def test_those_struck_by_the_heat_who_died_are_no_longer_hurt() -> None:
    p = assert_graded("连续高温 开发区一工厂3名工人在车间中暑，经抢救无效死亡", L, deaths=3)
    assert p.figures.injured == 0, p.reasons

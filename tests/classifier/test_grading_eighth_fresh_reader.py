"""Forms an eighth round of batteries written from the README alone (mines, outbreaks, dialect and emoji posts,
Hong Kong and Taiwan news, tourists and spectators, dangerous goods on the roads) found graded wrong."""

from __future__ import annotations

from tests.classifier.grades import E, G, L, M, assert_graded, table_tests

UNGRADED = [
    # a trend between two years: a statistic
    "统计显示，全省道路交通事故死亡人数从2015年的2870人降至去年的1900余人。",
    # a gas's measure found high and the men withdrawn: nothing happened
    "井下监测发现工作面瓦斯浓度超限，矿方立即停产撤人，一场可能的瓦斯爆炸被避免。",
    # a mine halted for an accident named by its date's code, working again
    "因“7·21”透水事故停产整顿的某矿业公司，经验收合格，下周一起恢复生产。",
    # a market's or a price's crash, a market's "quake"
    "钢价直接雪崩，贸易商一吨亏三百多",
    "A股午后雪崩 沪指跌逾百点",
    "車市「地震」 多個品牌宣佈減價",
    # a month's sums of the notifiable diseases, one disease's few cases among them
    "省疾控中心通报：上月全省共报告法定传染病病例约4.2万例，死亡97人，甲类传染病中霍乱报告2例。",
    # a rumoured case of a disease, ruled out
    "网传“城西发现霍乱病人”？区疾控中心：经检测，该患者为普通细菌性腹泻，已排除霍乱。",
    # players who collided in a game
    "第75分钟，客队后卫与门将相撞，头部流血被换下场，赛后已无大碍。",
    # a closure or a match put off for the weather, no harm told
    "受台风影响，全市旅游景区明天暂停开放，已预约游客可免费退票。",
    "因强降雨，原定周六举行的全市中小学生运动会推迟举行，具体时间另行通知。",
    # a rule quoted, its class of events
    "按规定，客运索道高空滞留100人以上并且时间在24小时以上48小时以下的，为重大事故。",
    # a coroner's court in Hong Kong
    "死因研訊：男子地盤墮樓身亡 陪審團裁定死於意外",
    # an insurance advertisement
    "綜合意外保障計劃：因交通意外或火災身故，最高賠償50萬元，即日投保享九折。",
    # advice to follow a typhoon's news
    "旅遊業議會提醒赴台旅客密切留意當地颱風消息，出發前向航空公司查詢航班安排。",
    # no one hurt, said in dialect
    "私家車撞欄 幸冇人受傷",
    # a likeness, a launch's flop, staged footage
    "#周一综合症# 工作像冰雹一样砸下来，我直接原地爆炸",
    "新款手机发布会直接翻车，口碑一夜沉船",
    "网红为博流量摆拍“爆炸现场”视频，被平台封号，警方对其批评教育。",
    # a post's toll passed on as hearsay, denied
    "有网友在群里发“城南高架发生车祸死了4个人”，经交警核实，当日该路段未发生交通事故，系网友道听途说。",
    # a review of a year's events
    "【年度盘点】2025年十大安全生产事故回顾：某省煤矿透水事故造成21人死亡；某市商场火灾造成35人死亡……",
    # a question and its answer, advice to keep calm, footage made by AI
    "问：电动车电池起火了怎么办？答：立即切断电源，远离起火车辆，迅速拨打119报警。",
    "遇到持刀伤人等暴力事件，请保持冷静，第一时间拨打110报警。",
    "网传“地下车库电动车连环爆炸”视频系AI合成，警方已对发布者依法处理。",
    # a firm's funds, a company's profit, a week's trending words
    "某房企资金链崩塌，旗下多个在建项目停工烂尾。",
    "某上市公司三季报出炉：前三季度净利润同比大幅滑坡58%。",
    "一周热搜：#考研人数大爆炸#，网友直呼“信息量爆炸”。",
    # a small quake, no one hurt as heard
    "刚才是不是地震了？？床晃了两下 查了下速报 说是江山附近3.1级 没听说有人受伤",
    # a weather's advice labelled
    "【台风出行提示】请勿在广告牌下停留，发现有人落水不要盲目下水施救，请立即拨打110。",
    # Chinese citizens abroad who gave, not those the disaster befell
    "旅居土耳其的中国公民自发为当地地震灾区募捐，此次地震已造成近300人遇难。",
    # none reported
    "区疾控中心：近期暂未接到学校聚集性食物中毒事件报告。",
    # advice, how it mostly goes, an insurance, someone's record
    "发现有人溺水，切勿几个人手拉手盲目下水施救，应大声呼救并拨打110。",
    "溺水事故往往发生在暑假、周末和放学后，请家长切实履行监护责任。",
    "全县将为中小学生统一购买意外伤害保险，涵盖溺水、交通事故等意外身故。",
    "他在江边摆渡四十年，从水中救起过30多名落水群众。",
    # a kind of work's rules or a course in it
    "检查发现，该企业有限空间作业未执行审批制度，存在重大事故隐患2项，已被责令停产整顿。",
    "市应急管理局举办有限空间作业安全专题培训班，150余名企业安全员参加。",
    # a hotline's claims over accidents counted
    "今年1至10月，12345热线共受理涉及交通事故赔偿的诉求986件，办结率99.1%。",
    # a holiday's toll over a province, some months' in a town
    "今年暑假全省已经有十几个孩子溺水死亡了，建议所有山塘都装上护栏。",
]
"""Texts of no incident of now with casualties, or of none at all."""

GRADED = [
    # a mine's missing, some of them found alive, the others dead: the dead alone
    ("救援通报：被困失联的5名矿工中，已有3人安全升井，另外2人经确认遇难。", G),
    # the missing named after their word, the dead among them, the rest still sought: seven in all
    ("搜救进展：8名失联驴友中已有5人确认遇难，其余人员仍在全力搜寻。", L),
    # those aboard far before the few who survived
    ("一辆载有38人的大客车在高速公路上与一辆槽罐车碰撞后冲下高架桥坠入河中，目前仅6人获救生还。", E),
    # a typhoon's sector loss, run after its headline by a space
    ("颱風重創花東 農業損失初估逾15億元", E),
    # cases told in the next sentence after a run of marks
    ("长台镇那边真有霍乱？？问了卫生院的朋友 说已经确诊13例了😱", L),
    # all of those counted badly hurt, as people post it
    ("城南那家KTV煤气爆炸 受伤的十五个都伤得很重 好几个进ICU了🙏", L),
    # a gantry crane that toppled while at work, as people post it
    ("峡口物流园的龙门吊卸货的时候整个翻倒了😱 司机自己爬出来了", L),
    # Chinese citizens named by what they do there
    ("两名中国汉语教师在老挝北部遭遇车祸不幸遇难", G),
    ("三名中国驴友在尼泊尔徒步时遭遇雪崩，不幸遇难", L),
    # those of them badly hurt after 其中, or all of those counted there after 就有
    ("我们厂食堂昨天中午液化气爆炸，十三个工人受伤，其中十一个伤势严重，厂里只给了慰问金", L),
    ("昨晚看台塌了，医院的人说重伤的就有一百多个，求政府公布伤员名单", E),
    # a town's name holding 北美: a place at home
    ("城北美食街一家饭店包厢吊顶整体塌下来，里面吃饭的十几个人都受伤了，其中十个伤得很重", L),
    # wild mushrooms picked and eaten, 中毒 unsaid
    ("一男子在后山采了野蘑菇回家炒着吃，半夜昏迷不醒被家人送医抢救。", G),
    ("两名驴友在山上采吃了见手青，下山后出现幻觉，被同伴送医。", G),
    # the ill counted after a meal or a snack, or a feast's guests counted first
    ("某单位食堂午餐食用未炒熟的四季豆，46名职工出现恶心、呕吐等症状，经治疗已陆续康复。", G),
    ("某幼儿园午点后，共有112名幼儿出现发热、呕吐症状，疾控部门已采样检测。", L),
    ("寿宴后，宾客中先后有72人到医院就诊，其中50人已出院。", G),
    # a poison named after the signs
    ("食用某早餐店包子后，先后有126人出现口唇发紫、头晕、乏力、心慌等亚硝酸盐中毒症状，该店已被查封。", L),
    # a food poisoning's patients risen to, with deaths
    ("农家乐团餐食物中毒事件最新进展：患者增至108人，另有1人经抢救无效死亡", M),
    # those water swept away, counted with 个 alone
    ("河滩上玩水的人被突然涨起来的水冲走了三十多个，到现在都还没找到", E),
    # a previous year's poisoning left out, today's few ill
    ("该校曾于2019年发生食物中毒致131名学生送医。今天中午又有6名学生午餐后肚子痛，已送医观察。", G),
    # a family crushed, the digging told before they were brought out gone
    ("村东头一栋老屋半夜塌了，一家三口都压在下面，邻居们挖了一个多小时，挖出来都已经没气了。", L),
    # a wall blown down onto a kitchen, no one hurt: an incident of no casualties
    ("村里祠堂一面山墙昨晚被风吹倒了，压塌了隔壁一户人家的灶房，好在没人受伤。", G),
    # a village's elders ill of what no one can tell, counted apart from the village's 一个
    ("峡口镇一个村 八个老人前后发烧咳嗽住院了 医院也查不出是啥病", L),
    # patients of an unknown pneumonia, the illness named between the count and 患者
    ("近一周，县人民医院陆续收治11名不明原因肺炎患者，患者均来自同一自然村。", L),
    # a complaint's toll quoted in its answer and denied, the real toll told
    (
        "答复：您反映的“城西工地塌方死了11个人”一事，经核实，该工地发生一起基坑坍塌事故，实际造成1人死亡，网传11人死亡不实。",
        G,
    ),
    # those aboard, the rest missing, beside a rumour of all saved denied
    ("客船倾覆事故最新：船上共有47人，目前仅救起8人，其余人员下落不明。网传“全部获救”的消息不实，请勿转发", E),
    # a rumoured loss answered by the firm
    ("针对网上“厂房火灾损失过亿”的说法，企业回应：经第三方机构评估，此次火灾直接经济损失约5800万元", M),
    # a rumour in corner quotes, told false by the police
    ("網傳「旅遊巴翻側釀6死」？警方澄清：事故造成1死4傷，網傳內容與事實不符", G),
    # a rumour denied, then the school's ill after lunch counted with a death
    ("此前网传“食堂中毒5名学生死亡”不实。经调查，该校午餐后累计就诊学生118人，其中1名学生经抢救无效死亡。", M),
    # none of those aboard found, or none of the rest after those saved, as people post it
    ("我表哥他们那条渔船前天晚上在外海翻了，船上三十多个人，到现在一个都没找到，求扩散", E),
    ("采砂船翻了 船上十来个工人 救上来三个 其他的到现在都没找着", L),
    # a toll named rising, its figures told bare after
    ("客船翻沉事故遇难人数继续上升，昨晚通报为13人，截至今晨升至18人。", M),
    # a fire by its alarm's level, a loss its owner told
    ("葵涌工業大廈倉庫四級火 燒足18小時 貨主稱損失逾億元", E),
    # a loss revised down
    ("关于“10·16”仓库火灾损失核定情况的说明：该起火灾直接经济损失由初步估算的1.2亿元核减为8600万元。", M),
    # those aboard, the saved, the rest counted and not found
    ("渡船上连船老大一共十四个人，捞上来三个，剩下的十一个到现在都没找着", M),
    # a follow-up: an earlier word of the toll checked and corrected
    (
        "1月13日晚，大陈乡一户村民家中一家五口烧炭取暖导致一氧化碳中毒。前期有消息称“一家五口全部遇难”，经核实，"
        "其中1名老人经抢救无效死亡，另外4人已脱离生命危险。",
        G,
    ),
    # those buried and missing found dead, named between the count and their fate
    (
        "长台镇某矿山采区发生边坡坍塌，4名作业人员被埋失联。截至今晚20时，已找到3名失联人员，均已无生命体征，"
        "另1名失联人员仍在全力搜寻中。",
        L,
    ),
    # the value of two things a fire burned, told after them
    ("据悉，这场大火烧毁库存电动自行车约600辆及电池配件一批，价值约1300万元，所幸无人员伤亡。", L),
    # a slope's slump, graded by its danger's potential loss
    ("凤林镇一处边坡出现滑塌险情，威胁坡下6户20人，潜在经济损失约700万元。", L),
    # a pupil beaten to an injury: an incident of no figure
    ("初一男生遭多名高年级学生殴打致脾脏破裂，目前仍在医院救治。", G),
    # one drowned today, beside a month's toll in a headline
    ("又一名男童水塘溺亡 该镇1个月已溺亡4名孩子", G),
]
"""Texts and the grade their incident takes."""


test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_the_missing_found_dead_are_counted_once() -> None:
    p = assert_graded("搜救进展：8名失联驴友中已有5人确认遇难，其余人员仍在全力搜寻。", L)
    assert p.figures.deaths == 5 and p.figures.missing == 3, p.reasons


def test_the_disease_is_counted_in_its_own_clause() -> None:
    # the notifiable diseases' sum before it is no cholera case
    p = assert_graded("今日疫情通报：全县报告感染性腹泻病例120例，其中霍乱确诊2例。", G)
    assert any("霍乱2例" in r for r in p.reasons), p.reasons


def test_an_animal_counted_before_the_verb_is_no_one_killed() -> None:
    # (一头当场撞死 had been one person dead)
    assert_graded("我家拴在路边的两头黄牛被一辆渣土车撞了 一头当场撞死 算下来直接损失1.5万元左右", G, deaths=0)

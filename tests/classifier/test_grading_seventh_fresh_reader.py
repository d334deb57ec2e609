"""Forms a seventh round of batteries written from the README alone (boats and drowning, building sites,
outbreaks, hotline messages, rumours and denials, forest fires) found graded wrong."""

from __future__ import annotations

from tests.classifier.grades import E, G, L, M, assert_graded, table_tests

UNGRADED = [
    # the notifiable diseases' cases of a month summed, and a disease's season or period summed
    "2026年9月全市法定传染病疫情概况：共报告法定传染病病例3120例，死亡12人。",
    "上月全省报告甲乙类传染病发病1.8万例，死亡41人，发病率同比下降。",
    "今年流感季以来，全市累计报告流感死亡病例14例，疾控提醒老人和儿童尽早接种疫苗。",
    "1至10月，全市共报告手足口病病例512例，其中重症3例，无死亡病例，发病数同比下降15%。",
    # clusters counted over a week, each told where it happened
    "上周全县共报告诺如病毒聚集性疫情4起，涉及病例87例，均发生在幼儿园和小学。",
    # a disease's advice, a single case, a disease's absence: no outbreak
    "甲流和普通感冒有什么区别？儿科专家：甲流起病急、高热明显，出现症状48小时内用药效果最好。",
    "问：孩子得了手足口病还能上学吗？答：患儿应居家隔离至症状消失后一周，重症病例极少见。",
    "某中学一名高二学生确诊肺结核，学校已对同班师生开展筛查，暂未发现新的病例。",
    "我市已连续5年无本地登革热病例报告。",
    # footage of elsewhere passed off as here, its words put to it; a list of rumours, each quoted
    "网警通报：网民陈某为吸粉，将外省一起车祸视频配上“城南大桥出车祸了，当场死了5个人”的文字转发，被处以行政拘留5日。",
    "网民周某把几年前外地的一段爆炸视频配上“开发区化工厂刚刚炸了”发到群里，已被依法处理。",
    "公安机关提醒：以下谣言请勿转发：1.“城北今晚有7级地震”；2.“某工业园爆炸死了15人”。以上信息均系谣言！",
    # a video app's post denied by one who was there
    "快手上有人发视频说火车站广场发生踩踏死了好几个人，我当时就在广场，根本没这回事，是前几年外地的视频。",
    # a rumour of polluted water answered by what it was
    "网上传的“全城停水是因为水库被投毒”，自来水公司说是主水管爆了在抢修，跟投毒没关系。",
    # a goal, a rate, a share of all: no fire
    "今年确保不发生较大以上森林火灾，森林火灾受害率控制在0.8‰以内。",
    "据统计，近三年全市因烧荒引发的森林火灾占火灾总数的四成以上。",
    # a season's toll over two provinces named
    "今年汛期湖南、广西两省区因洪涝灾害累计死亡38人，直接经济损失21.4亿元。",
    # a rescue team's aside naming the country, the toll the disaster's there
    "中国救援队抵达土耳其哈塔伊灾区 当地地震已致超5000人遇难",
    # nationals of another country abroad
    "4名外国籍游客在泰国普吉岛乘快艇出海时落水身亡",
    # a disaster remembered, its grade as named then
    "2015年8月12日，天津港危险品仓库发生特别重大火灾爆炸事故，造成165人遇难。十一年过去了，当地已建成生态公园。",
    # a death the inquiry found an illness's, after a rumour
    "网传“某村一名老人打疫苗后死亡”，县卫健局回应：经专家组调查诊断，该老人系重症肺炎所致死亡，与疫苗接种无关。",
    # a road's toll this year, as a complaint tells it
    "这条县道今年都撞死两个骑摩托车的了 晚上一盏路灯都没有 强烈要求装路灯",
    # a class's definition named with its kind between; an episode's story; money and orders figuratively
    "群体性事件分级标准：参与人数在300人以上，或者造成3人以上死亡的，为重大群体性事件。",
    "新剧《烈焰》第9集中，一场仓库大火造成十多名消防员牺牲，剧情引发热议。",
    "股票又跌停了，持仓直接雪崩，这周白干了。",
    "这家奶茶店上新三天，订单量直接爆炸，店员忙到深夜。",
    # what to do on meeting one, a kind named between
    "遇到持刀伤人等暴力事件，请第一时间拨打110报警，切勿围观。",
    # a court's hearing of the case
    "法院公开审理一起建筑工地重大责任事故案。",
    # a policy's cover; a warning issued by two bodies; officials held to account; advice on meeting a flash flood
    "农房保险每户每年只需交25元，因台风、暴雨等自然灾害导致房屋倒塌的，最高可赔付6万元。",
    "市自然资源和规划局、市气象局联合发布地质灾害气象风险黄色预警：预计未来24小时，西部山区发生崩塌、滑坡的可能性较大。",
    "针对“6·20”山体滑坡灾害中履职不力问题，县纪委监委对3名公职人员进行问责。",
    "防山洪安全教育进社区：专家提醒，遇到山洪应向两侧高处转移，切勿顺着沟谷方向跑。",
    # people counted who lost something, not their lives
    "厂子倒闭了，三个人没了工作",
    # a week's surveillance with no outbreak reported; a definition asked; a rule run on
    "流感监测周报（第47周）：本周全市哨点医院共报告流感样病例1180例，未报告流感样病例暴发疫情。",
    "政策解读｜什么是重大事故？重大事故是指造成10人以上30人以下死亡，或者50人以上100人以下重伤的事故。",
    "森林防火期内，严禁野外用火，引发森林火灾的依法追究法律责任。",
    # an anniversary: the dead mourned today, a headline's anniversary before a space
    "某轮渡沉船事故十周年，多名遇难者家属今日到江边献花，悼念在事故中罹难的46人。",
    "某化工厂气爆十周年 2016年那场爆炸造成13死、60人受伤 幸存者今日重返旧地",
    # a Hong Kong court's words; a Taiwan denial; a storm's name holding a foreign name
    "男子縱火焚燒鄰居住所致三死 高等法院裁定謀殺罪成 判囚終身",
    "網傳「高雄某商場發生火警多人受困」 消防局：為假訊息 切勿散播",
    # what a typhoon's influence will bring, forecast
    "受台风“格美”外围影响，预计明天下午起我市将出现暴雨，局部大暴雨，并伴有雷雨大风。",
    # a hotline's reply with its advice; a year's visits to a rabies clinic
    "【12345回复】您反映的流浪犬问题我局已安排处置。温馨提示：被犬只咬伤、抓伤后，请务必在24小时内到狂犬病暴露处置门诊处置。",
    "今年1至10月，全市狂犬病暴露处置门诊共处置犬伤患者3960人次，同比上升4.1%。",
    # confidence collapsing, a word between
    "老城区学区房价格全面崩塌，业主们的信心也跟着坍塌了。",
]

GRADED = [
    # a disease with several cases or an outbreak told keeps its grade
    ("城南一幼儿园出现手足口病病例9例，已停课消毒", G),
    ("某中学流感暴发，一个年级二十多个学生发烧请假", G),
    ("某小学发生诺如病毒感染，40多名学生出现呕吐腹泻症状", G),
    # a rumour's toll, then the official one: the official one counts
    ("谣言说淹死了十几个，其实官方通报是4人死亡，大家以官方为准。", L),
    ("群里都在传高速那边车祸死了6个，后来交警通报是2人死亡、3人受伤。", G),
    ("大家都在传烟花厂爆炸死了十个，今天应急管理局通报是3人死亡。", L),
    # a rumoured loss asked about, answered by a body or the firm
    ("“一场大火烧掉好几个亿”？官方通报：该仓储中心火灾直接经济损失约3800万元，无人员伤亡。", L),
    ("网传家具厂大火“损失上亿”？企业负责人：经初步估算，此次火灾设备和原料损失约2600万元。", L),
    # a rumoured count of the poisoned, checked: those really ill
    ("网传“实验中学食物中毒住院上百人”，经核实，系该校42名学生午餐后出现呕吐腹泻症状，均已好转。", G),
    # a loss told bare beside a collapse or a hill fire
    ("城西物流园一在建厂房钢结构屋面整体倒塌，砸坏大批设备，企业负责人称损失逾亿元，所幸无人受伤。", E),
    ("听林场的人讲这回山火光烧掉的苗木就损失了六七千万", M),
    # a forest fire or a geological disaster graded by name
    ("11月2日，某镇发生一起较大森林火灾，目前明火已被扑灭，损失正在核查。", L),
    ("昨日，某乡发生一起较大地质灾害，暂无人员伤亡。", L),
    # a fire's area: the houses saved are no policy; most of it grass is no definition
    ("山火烧了一整天，村里人说烧掉林地四十多公顷，好在村里房子都保住了", L),
    ("经核查，该起火灾过火面积约1500亩，大部分为荒山草地，受害森林面积约9亩，无人员伤亡。", G),
    # firefighters counted, their deaths told as heroes'
    ("12名森林消防队员在扑救中被突然转向的林火围困，英勇牺牲。", M),
    # a warning's own incident, its people counted
    ("县应急管理局提醒：昨晚，城东一户居民家中一家四口关窗烧炭取暖，一氧化碳中毒身亡。请大家注意取暖安全。", L),
    # workers poisoned by a leak as posted, a plant poisoning by a pesticide's chemical
    ("厂里下午有个储罐漏气，车间里十几个工人都中毒了，全送医院了", L),
    # those threatened by a slope, counted as the plan counts them: 需搬迁避让, nearly five hundred (just below)
    ("某村后山出现滑坡险情，需搬迁避让群众180余人，县自然资源局已派专家赶赴现场。", L),
    ("昨日下午，城郊一处山体出现滑移迹象，坡下近500名群众已被紧急转移。", L),
    # posted tolls: nearly ten dead (just below), thirty-odd gone
    ("听说矿上出事了 死了近十个人 有没有官方消息", L),
    ("外省那个煤矿透水 已经确认四十多个人没了 还有好多没找到", E),
    # a typhoon's toll going on; a building's age is no date of its collapse
    ("台风“烟花”过境后，我市新增死亡2人，累计死亡12人。", M),
    ("一座建于上世纪八十年代的老礼堂在举办演出时屋顶突然坍塌，事故造成2人死亡、150人受伤，其中重伤103人。", E),
    # a typhoon's toll so far, counted up to tonight (two provinces' season aside)
    ("颱風「山貓」重創台灣東部，中央災害應變中心統計，截至今晚累計死亡、失蹤近30人。", M),
    # those swept away still sought; some of them saved, the rest sought
    ("受台风影响，昨夜我市普降暴雨，4人被洪水冲走，目前仍在全力搜救。", L),
    ("3人被山洪冲走，其中2人已被救起，1人仍在搜寻中", G),
    # a headline's total aboard with 载; the ill counted before their meal
    ("贵州一载52人客车坠江仅6人生还", E),
    ("某中学118名学生午餐后呕吐腹泻", L),
    # workers poisoned cleaning a waste-water pit
    ("附近那家皮革厂下午清洗废水池的时候出事了，有十一个工人中毒被拉去医院", L),
    # a Chinese shopkeeper abroad is a Chinese citizen (not a Chinese-owned shop)
    ("南非約翰內斯堡一名華人店主昨晚在店內遭持槍搶劫，頭部中彈受傷送醫。", G),
    # people stung
    ("景区游步道旁的马蜂窝被捅落，21名游客被蜇伤送医", G),
    # those aboard less the few who survived, the rest told uncounted
    ("某县一水库渡船严重超载，船上共45人，翻沉后仅8人生还，其余人员遇难或下落不明。", E),
    # workers poisoned by what leaked, as a worker posts it: 急性工业中毒
    ("我们厂下午车间里不知道漏了什么气，一百多个工友都中毒了，救护车来回拉了好几趟", E),
    # the public who breathed in a chemical's release and were treated: the environmental plan's poisoned
    ("化工园区一企业发生苯泄漏，刺激性气体扩散至周边村庄，共有一百零六名村民因吸入有毒气体到医院就诊。", E),
    # a poisonous plant taken for another, a death
    ("误将断肠草当作金银花泡水喝，一家三口中毒一人身亡", L),
    # our people abroad
    ("在迪拜务工的2名江山籍工人遭遇车祸，1人身亡、1人受伤，市外事办正在协助家属处理善后。", G),
]
"""Texts and the grade their incident takes."""


test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_a_storms_name_is_no_place_abroad() -> None:
    # 桦加沙 holds 加沙 (Gaza): the typhoon's name, not where it struck
    p = assert_graded("颱風「樺加沙」襲港 已致十一人罹難、逾百人受傷", M)
    assert not any(r.startswith("境外事件") for r in p.reasons), p.reasons

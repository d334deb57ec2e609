"""An emergency word that names no incident in a headline: a work's title (《暴雨》), a figure of
speech (业绩地震), an agency (地震局), a word run into the next (激起火箭), a vaccine (流感疫苗), an
anniversary (地震十周年), a threat (扬言将其杀害), a mistake (误以为发生了爆炸), an epidemic as a time or
a cause (疫情期间, 受疫情影响). No event type, no grade; the same word reporting an incident keeps both."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from tests.classifier.grades import G, L


@pytest.mark.parametrize(
    "text",
    [
        # a work's title, or its subject
        "经典冒险游戏《暴雨》确认将推出电脑版",
        "电视剧《台风过境》今晚开播",
        "导演新片将以汶川地震为题材",
        # a weather forecast
        "预计明天我市将有暴雨",
        "气象台发布强降雨预警 未来三天有强降水",
        "气象台预报：今天夜里到明天有暴雨",
        "明天起我市将迎来一轮暴雨天气",
        # the weather a forecast clause names, after it in its sentence; a warning signal
        "县气象台发布暴雨橙色预警：预计未来3小时我县将出现强对流天气，局部伴有冰雹和短时强降水",
        "天文台今早发出红色暴雨警告信号，提醒市民留意",
        # shelter from weather in general
        "建议修建人行栈桥，游客可以临时的躲避烈日和暴雨",
        # a meeting's subject
        "全国地震科学研讨会开幕",
        "海地地震捐助国峰会将于25日在加拿大召开",
        "2026年森林火灾防控国际论坛举行",
        # a figure of speech
        "券商高管集体离职引发业绩地震",
        "某报业集团发生人事大地震",
        "股市遭遇“地震” 多只蓝筹股跌停",
        "车企高层上演一场大地震 三名副总裁离职",
        "家电卖场掀起降价龙卷风",
        "这场比赛的防守令人窒息",
        "神勇的中锋让对手窒息 主队大胜",
        # a boom, not a blast; insurance against fire; a period's record of accidents
        "知识爆炸时代如何学习",
        "这部电影票房大爆炸 首日破5亿",
        "人口爆炸带来的环境问题",
        "一条爆炸性新闻刷屏",
        "短视频用户数量呈爆炸式增长",
        "家庭火灾险该怎么买",
        # a failure or a fall of people, trust or prices
        "某网红直播带货翻车 被指虚假宣传",
        "某明星人设崩塌 代言纷纷解约",
        "信任坍塌之后如何重建",
        "股价雪崩 市值一日蒸发百亿",
        # economic, political and cultural things that shake, slide or collapse; a feeling to the point of choking
        "一场外交地震震动该国 两名大使被召回",
        "暑期档票房雪崩 影院门可罗雀",
        "受需求不振影响，公司三季度营收持续滑坡",
        "这部剧的剧情泥石流 网友纷纷弃剧",
        "台词功底太差，看得观众尴尬到窒息",
        "婚纱照美得窒息 网友直呼惊艳",
        "洪水猛兽般的网络谣言",
        # a stage's mishap, a browser hijacked
        "晚会直播出现舞台事故 主持人念错台词",
        # asked, or a topic, then denied; said not to have happened
        "#江山爆炸#？官方辟谣：系工厂正常泄压，无事故发生",
        "江山发生爆炸？官方辟谣：系正常放气",
        "#江山火灾# 官方辟谣：系烧秸秆，非火灾",
        "全年无事故发生",
        "某浏览器主页被劫持 网友吐槽",
        "某县召开安全生产工作会议 通报今年以来事故情况",
        # an agency
        "省地震局举办开放日活动",
        # a word run into the next
        "主场大胜激起火箭队斗志",
        # a vaccine, a campaign
        "首批甲型流感疫苗通过检测",
        "研究人员研制出可抵御生物袭击的新型疫苗",
        "高考作文题聚焦防控流感",
        # an anniversary, a rebuilding
        "纪念汶川地震十周年座谈会召开",
        "社会各界持续关注地震灾区重建",
        # a threat, an intent, a near miss
        "女子提出分手后险遭前男友杀害",
        "男子与邻居争吵时扬言将其杀害",
        "一男子在家中制造炸弹欲发动恐怖袭击被捕",
        # a mistake
        "市民误将晾晒的红布看成起火报警",
        # information leaked, not a gas
        "某热门游戏零售版泄漏 开发商称将追责",
        "某培训机构学员个人信息泄漏引关注",
    ],
)
def test_a_word_that_names_no_incident_gets_no_grade(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons
    assert p.event_type.value == "other", p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("某县发生4.5级地震，暂无人员伤亡", G),
        ("省地震局消息：今晨某县发生4.5级地震", G),
        ("某县地震学生宿舍倒塌，3名学生遇难", G),
        ("一居民楼起火，3人死亡", L),
        # weather that came, after a forecast
        ("预计明天雨势减弱，昨日的暴雨已造成2人死亡", G),
        # headline forms: a fire by its hour, a carriage smoking
        ("某镇一家具厂凌晨大火 损失正在统计", G),
        ("地铁列车车厢冒烟 乘客紧急疏散", G),
        ("某校暴发流感疫情，多名学生停课", G),
        ("因防控不力导致流感疫情在校内扩散", G),
        ("男子扬言报复后纵火烧毁邻居房屋", G),
        ("《某某日报》报道：昨晚城东一仓库发生火灾", G),
        ("司机误将油门当成刹车导致车祸，1人受伤", G),
        ("化工厂氯气泄漏，3人中毒送医", G),
        ("一工地发生塌方，致使3人窒息身亡", L),
        # weather that came, beside one forecast to come
        ("昨日我市遭遇暴雨，多处道路积水", G),
        ("今天凌晨，一场冰雹袭击了我县", G),
        # what struck people sheltering from the weather
        ("游客在凉亭躲避暴雨时遭雷击身亡", G),
        # a death right after the word reports an incident, whatever stands before it
        ("被子蒙头让孩子窒息死亡", G),
        # a blast, however big; a fire that insured goods burned in; one accident's situation
        ("某化工厂发生大爆炸 致3人死亡", L),
        ("一饭店发生爆炸性燃烧 2人受伤", G),
        ("投保了火灾险的仓库昨夜起火，1人受伤", G),
        ("一辆客车翻车 5人受伤", G),
        # heavy rain that came is a natural disaster's (had had no event type)
        ("受强降雨影响 某县多处道路积水 部分农田受淹", G),
        ("江山发生爆炸？记者核实：确有一处厂房爆炸 1人受伤", G),
        ("#江山火灾# 现场浓烟滚滚 消防已到场", G),
        ("某地发生山体崩塌 1人受伤", G),
        ("某在建楼房坍塌 致3名工人死亡", L),
        ("景区发生雪崩 2名游客受伤", G),
        ("强降雨致公路滑坡 1人受伤", G),
        ("边坡处于不稳定状态出现滑坡，2人受伤", G),
        ("某村发生泥石流 1人遇难", G),
        ("雪崩致3名登山者遇难", L),
        ("舞台坍塌事故致2名演员受伤", G),
        ("一男子劫持人质 民警成功解救", G),
        ("今年以来全市首起较大事故：某工地坍塌致3人死亡", L),
    ],
)
def test_the_same_word_reporting_an_incident_keeps_its_grade(text: str, grade: object) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a hoax
        "女子报假警称遭抢劫被拘留",
        "男子谎称商场发生爆炸被警方查处",
        # with its made-up toll, and a rumour made up
        "江山一男子谎称“高速发生车祸有人死亡”报假警 被行政拘留",
        "一男子在网上编造“江山发生爆炸致5人死亡”的谣言，被行政拘留",
        # a rumour denied, its words and its toll with it
        "网传某地发生爆炸致5人死亡，系谣言",
        "网传某小区一男子被打死 警方辟谣",
        "网友传某校学生被打死 官方称系谣言",
        "网友传某校学生被打死续：造谣者已被警方查处",
        # made up, staged, or an old or distant incident passed off as one of here
        "关于网传某矿发生事故致死15人的情况说明：经查，该信息系编造",
        "网友发帖称某镇车祸致12人遇难，警方回应：视频系摆拍",
        "网上流传的“水库溃坝20人失踪”视频为旧闻，与本地无关",
        # footage of elsewhere that web users posted as of here
        "关于网传“某化工厂爆炸”视频的情况说明\n近日，有网民在网络上发布“某化工厂发生爆炸”的视频。经核实，"
        "该视频系2019年外地发生的一起事故，与我市无关。请广大网民不信谣、不传谣。",
        # spread widely, in a circle of friends or a chat group
        "朋友圈疯传某国道货车追尾致8人死亡，交警：系2018年外地旧视频，与本地无关",
        "微信群热传某镇工厂爆炸致3人死亡，警方：视频系外地旧视频",
        # told what it really was, no incident of its word
        "网传“某中学食物中毒致2名学生死亡”，经核实，系3名学生感冒发热，无人死亡",
        "网传某小区燃气爆炸致多人死亡，经调查，为轮胎爆胎声响，无人员伤亡",
    ],
)
def test_a_hoax_or_a_rumour_denied_gets_no_grade(text: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0, p.reasons
    assert p.grade is None, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("网传某地发生爆炸，官方回应：确有此事，3人死亡", L),
        ("网络流传的“矿难致40余人死亡”纯属谣言，经调查，事故共造成1人死亡", G),
        # what it really was, told with its own toll; made-up facts of a fraud are no rumour
        ("网传某地发生爆炸，经核实，实为燃气罐爆炸，造成3人死亡", L),
        ("网传某地发生火灾，经核实，系一居民楼起火，无人员伤亡", G),
        ("男子虚构事实骗取钱财后驾车肇事，致3人死亡", L),
    ],
)
def test_a_rumour_confirmed_or_an_incident_beside_a_denied_one_keeps_its_grade(text: str, grade: object) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        # a headline's figure asked about, then denied, and what it really was
        ("3人死亡？警方：系谣言 实为1人受伤", "3人死亡"),
        ("“两车相撞致3死”？交警：实为2人受伤", "两车相撞致3死"),
    ],
)
def test_a_toll_asked_about_then_denied_is_left_out(text: str, left_out: str) -> None:
    p = propose(text)
    assert p.figures.deaths == 0 and p.grade is G, p.reasons
    assert f"未计入（原文称该数字有误或不实）：“{left_out}”" in p.reasons, p.reasons


def test_a_toll_asked_about_and_confirmed_or_shown_stands() -> None:
    assert propose("3人死亡？当地通报：属实").figures.deaths == 3
    assert propose("某地发生车祸3人死亡？现场图曝光").figures.deaths == 3


def test_the_quakes_students_are_no_science() -> None:
    assert "地震" in propose("某县地震学生宿舍倒塌").event_terms


@pytest.mark.parametrize(
    "text",
    [
        "在疫情冲击之下，我国经济展现出强大韧性，消费逐步回暖",
        "受新冠肺炎疫情影响，今年一季度全市外贸进出口同比下降",
        "疫情期间，社区志愿者为居民代购生活物资",
        "自疫情发生以来，我市累计发放消费券5000万元",
        "后疫情时代，文旅行业如何走出困境",
        "甲流期间，全市中小学坚持每日晨检",
    ],
)
def test_an_epidemic_named_as_a_time_or_a_cause_is_no_outbreak(text: str) -> None:
    """Texts of the years after 2020 name the epidemic as the time or the cause of what they report
    (an economy, a voucher scheme): that starts no public-health event and no grade."""
    p = propose(text)
    assert p.grade is None, p.reasons
    assert p.event_type.value == "other", p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "某区发生一起聚集性疫情，新增确诊病例12例",
        "疫情期间，某养老院发生聚集性感染，确诊8人",
        "某校暴发流感疫情，多名学生停课",
        "受疫情影响，我市新增本土确诊病例3例",
    ],
)
def test_an_outbreak_reported_keeps_its_event_when_a_period_is_named_beside_it(text: str) -> None:
    p = propose(text)
    assert p.event_type.value == "public_health", p.reasons
    assert p.grade is G, p.reasons


def test_heavy_rain_that_came_is_a_natural_disaster_and_one_forecast_is_none() -> None:
    came = propose("入汛以来，此次强降雨过程已致全省11人死亡")
    assert came.event_type.value == "natural_disaster" and "强降雨" in came.event_terms, came.reasons
    assert propose("受强降水影响，某县多处道路积水").event_type.value == "natural_disaster"
    forecast = propose("预计未来三天我市有强降雨")
    assert forecast.grade is None and forecast.event_type.value == "other", forecast.reasons


def test_a_citys_name_ending_in_shan_before_a_fire_is_no_hill_fire() -> None:
    """江山火灾, 佛山火灾: the city's 山 and the fire (火灾), an accident; not 山火, a wildfire."""
    for text in ("江山火灾致3人死亡", "佛山火灾已致3死"):
        p = propose(text)
        assert p.event_type.value == "accident" and p.event_terms == ("火灾",), p.reasons
        assert p.grade is L
    hill = propose("某地发生山火灾害 过火面积约30亩")
    assert hill.event_type.value == "natural_disaster" and "山火" in hill.event_terms
    # a fire's situation and a flood likewise (佛山火情, 江山洪水), not a flash flood's level (山洪水位)
    assert propose("佛山火情 1人受伤").event_terms == ("火情",)
    assert propose("江山洪水冲毁道路 1人受伤").event_terms == ("洪水",)
    assert "山洪" in propose("山洪水位暴涨 致3人遇难").event_terms


@pytest.mark.parametrize(
    "text",
    [
        "虎山街道新开那家麻辣烫 辣到窒息🥵🥵 服务员态度也是一言难尽 排队排了四十分钟",  # a dish
        "鹿溪路早高峰“堵到窒息” 江山交警优化信号灯配时",  # a road's traffic
        "江山队决赛最后三分钟连投三个三分 直接杀死比赛🏀🔥 现场球迷都疯了",  # a game "killed", an emoji after it
        "江山楼市成交量雪崩了 二手房挂牌价一个月跌了5% 要不要抄底啊",  # a market
        "意外险限时特惠 交通事故 火灾 溺水 意外身故最高赔100万 一天不到一块钱",  # a policy's cover
        # a rule's condition and who pays (赔付)
        "关于做好安全生产责任保险投保工作的通知：投保企业发生生产安全事故造成从业人员伤亡的，由承保机构按合同约定予以赔付。",
    ],
)
def test_more_figures_of_speech_adverts_and_rules_are_no_incident(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons


def test_a_toll_under_reported_is_real() -> None:
    p = propose("该企业谎报瞒报死亡人数，经查实际3人死亡")
    assert (p.figures.deaths, p.grade) == (3, L), p.reasons


def test_a_body_choked_so_much_it_could_not_breathe_is_an_incident() -> None:
    p = propose("孩子被勒到窒息，送医抢救")
    assert p.grade is G and "窒息" in p.event_terms, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "网传“上余镇工地塌方致3人死亡”？官方回应：系边坡局部坍塌 1人受轻伤",
        "近日，有网民在微信群发布“上余镇一工地塌方，3人死亡”的消息。经核查，11月6日下午，上余镇某厂房建设工地一处边坡"
        "发生局部坍塌，造成1名工人腿部受轻伤，已送医治疗，无人员死亡。请广大网民不信谣、不传谣。",
    ],
)
def test_a_rumoured_toll_denied_by_what_really_happened_is_left_out(text: str) -> None:
    """The real, lesser incident is graded (一般), the rumour's three deaths left out."""
    p = propose(text)
    assert (p.figures.deaths, p.figures.minor, p.grade) == (0, 1, G), p.reasons


def test_money_burned_away_is_no_fire() -> None:
    assert propose("炒股一年 本金全烧没了").grade is None


def test_a_loss_told_bare_with_no_fire_is_a_reckoning() -> None:
    assert propose("投资这个项目我损失了二三十万 找谁说理去").grade is None


@pytest.mark.parametrize("text", ["他的钱也没了", "厂子倒闭了 两个人也没了工作"])
def test_money_or_a_job_gone_too_is_no_death(text: str) -> None:
    assert propose(text).figures.deaths == 0, propose(text).reasons


def test_an_explosion_heard_is_still_one() -> None:
    """听到爆炸声 is a blast heard (not 好吃到爆炸, a figure of speech)."""
    p = propose("贺村镇化工厂冒黑烟 网友称听到爆炸声")
    assert p.grade is G and "爆炸" in p.event_terms, p.reasons

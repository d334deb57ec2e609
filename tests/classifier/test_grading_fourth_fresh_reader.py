"""Forms a fourth round of batteries written from the README alone, and the readers' own reading of
them, found graded wrong."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import EventType, IncidentGrade
from tests.classifier.grades import E, G, L, M


@pytest.mark.parametrize(
    ("text", "grade", "quoted"),
    [
        # a group counted in the sentence's first clause, its death told in a later clause naming no one
        ("江山市四都镇一家三口烧炭取暖，一氧化碳中毒身亡", L, "一家三口烧炭取暖，一氧化碳中毒身亡"),
        ("石门镇一家四口在家中烤火取暖，不幸一氧化碳中毒死亡", L, "一家四口"),
        ("贺村镇三名工人进入污水井作业，因吸入硫化氢气体身亡", L, "三名工人"),
        ("清湖街道3名工人在清理污水池时吸入有毒气体，经抢救无效死亡", L, "3名工人"),
        ("上余镇一家三口在家中洗澡，疑似燃气热水器一氧化碳中毒，均已身亡", L, "一家三口"),
        ("张村乡三名村民上山采药，途中遭遇山洪遇难", L, "三名村民"),
        ("三人结伴到水库游泳，不慎溺亡", L, "三人结伴"),
        # or missing
        ("三名驴友进入江郎山无人区，至今失联", L, "三名驴友"),
    ],
)
def test_a_group_counted_goes_on_to_its_death(text: str, grade: IncidentGrade, quoted: str) -> None:
    proposal = propose(text)
    assert proposal.grade is grade, proposal.reasons
    assert any(quoted in r and "句中前文所计" in r for r in proposal.reasons), proposal.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the group carried, not the subject
        "一辆载有3名乘客的面包车坠河，经抢救无效死亡",
        # another counted between: the one the death befell
        "三名男子驾车撞倒一名行人，经抢救无效死亡",
        # some of the group
        "三名工人被困，其中一人经抢救无效死亡",
        # the death's clause names its own
        "一家三口烧炭取暖，一氧化碳中毒，女主人身亡",
        # one of them told before the death
        "三名男子在河边钓鱼，一男子不慎落水，经抢救无效死亡",
        # no group of two to nine: ten or more (13, not 3)
        "13名工人在车间作业，经抢救无效死亡",
    ],
)
def test_no_group_goes_on(text: str) -> None:
    proposal = propose(text)
    assert proposal.grade is G, proposal.reasons


def test_a_group_that_absconded_is_not_missing() -> None:
    assert propose("3名员工携款潜逃，至今下落不明").grade is None


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a vehicle gone over into a ditch (翻入), its driver's broken leg
        ("昨晚，一辆满载毛竹的农用车在保安乡仙霞关附近下坡时翻入路边山沟，驾驶员腿部骨折，已送医治疗。", G),
        # a fall onto the tracks, a bone found broken by the doctors (no 其)
        ("高铁江山站站台一名旅客不慎跌落轨道，被站务人员救起后送医，经检查右腿骨折。", G),
        # kinds of loss summed (合计) are no tally of incidents: the fire is graded, the indirect loss left out
        ("清湖街道一家具厂发生火灾，直接和间接经济损失合计约1.5亿元，无人员伤亡。", G),
        # a loss revised down after its first report: the later figure counts
        ("四都镇一家具城大火，直接经济损失初报约1.05亿元，后经核定下调至9600万元，无人员伤亡。", M),
        # a fire told by the place that burned
        ("贺村镇一仓库大火 现场浓烟滚滚", G),
        # 次日均 is the next day and all, no daily average: three counted, all found dead
        ("江山一出租屋内3名务工人员烧炭取暖 次日均被发现身亡", L),
        # a couple, then both found gone, as people post it
        ("坛石镇一户村民家中，老两口关紧门窗烧木炭取暖，第二天被子女发现时都已经没气了", G),
        # missing for how long
        ("大陈乡2名村民冒雪上山查看毛竹，至今未归，已失联超过24小时。", G),
        # one spell of freezing weather since its day, its loss its own (not a period's tally)
        ("1月20日以来，我市遭遇持续低温雨雪冰冻天气，农业设施和经济作物受损严重，直接经济损失约1.2亿元。", E),
        # someone hurt, told after the ambulance took them or a doctor's finding (no incident word in the sentence)
        ("接警后，120急救车将受伤的摩托车驾驶人徐某某（男，42岁）送往医院救治，徐某某头部受伤，目前生命体征平稳。", G),
        ("救援人员将老人交给在山脚等候的120救护车。经医院检查，老人右侧多根肋骨骨折。", G),
        ("一台手扶拖拉机翻下田坎，驾驶员王师傅被压在车下。经检查，王师傅左腿骨折，无生命危险。", G),
        # as people post it: the part broken, then the ambulance
        ("一辆运牛的货车翻到路边田里了，牛跑得满田都是。司机自己爬出来的，额头破了，被120拉去医院了。", G),
        # the missing, then a final toll (至此) of as many dead: none missing any more (5 dead, not 10)
        ("某矿井发生透水事故，5人失联。经全力搜救，至此，事故共造成5人死亡。", L),
        # a toll told group by group, one group a vehicle's
        ("昨天下午贺村镇一路口，一辆货车闯红灯撞上电瓶车和行人，造成行人2人死亡、电瓶车驾驶员1人死亡。", L),
        # those counted, then brought out of the water all gone; some of those swept away found gone after a comma
        ("今天凌晨上余镇一辆小轿车冲破护栏掉进江山港，车上4个年轻人，捞上来的时候都没气了。", L),
        ("五个驴友在浮盖山下溯溪，突然涨水被冲走了，下午找到三个，都已经没了，还有两个到现在还没找到", L),
        # a report dated with its day, then a warning: this event's
        ("2026年12月5日，贺村镇一民房起火，造成3人死亡。消防部门提醒市民注意用火安全。", L),
        # a hiker (驴友) is a person, not a donkey: the part hurt is theirs
        ("一驴友在保安乡一处溶洞探洞时失足跌落，左腿骨折，已由消防救援人员抬出洞外送医。", G),
        # a farm's slurry into a stream that shut a township's or the city's intake
        ("峡口镇一养猪场沼液泄漏流入溪流，下游峡口镇自来水厂紧急关闭取水口，镇区供水中断。", L),
        ("养猪场的沼液流进江山港了 城区自来水厂紧急关闭取水口", M),
        # one pushed in a crowd, the part hurt after 致
        ("浮盖山景区登山节活动中，部分游客在狭窄步道拥挤，1名游客被挤下台阶，致右腿骨折。", G),
        # nearly a hundred poisoned: under the hundred of 特别重大
        ("坛石镇化工企业泄漏事件续：周边近百名群众出现中毒症状，已全部送医。", M),
        # those who breathed a gas, what it came from between
        ("下游浔里村14名村民吸入泄漏的有毒气体后被送医观察，廿八都镇已组织人员排查。", L),
        # a leak down a stream that stopped the townships' water
        ("上游化工企业泄漏的苯类物质随溪水下泄，沿岸乡镇停水，市水务集团已启用应急水源。", L),
        # a flood's loss told by whose reckoning, after the water came in
        ("暴雨过后贺村镇工业园区多家企业厂房进水，据企业初步估算，损失约2300万元。", L),
        # transformer oil into a river that shut an intake; a storage tank that burst (special equipment)
        ("石门镇一变电站变压器油大量泄漏流入河道，下游石门镇自来水厂紧急关闭取水口", L),
        ("贺村镇一液化气储配站一只储罐突然发生爆炸，现场未造成人员伤亡，周边群众已疏散", L),
        # an assault, the part hurt after 致其
        ("双塔街道某养老院护工因琐事殴打一名84岁入住老人，致其左臂骨折，该护工已被公安机关依法控制。", G),
        # who they were in brackets; counted, crushed, then dug out gone; the old treated after a meal
        ("上余镇一化工企业发生氯气泄漏，周边村庄120余名村民（多为留守老人）吸入有毒气体送医治疗。", E),
        ("凤林那边一个厂房塌了，三五个工人压在下面，挖出来都已经没气了", L),
        ("清湖街道一老年食堂发生疑似食物中毒事件，累计就诊老人108人，其中1人经抢救无效死亡。", M),
        # the missing, then all rescued in a clause of their own: the flash flood graded, no one missing (had been 较大)
        ("凤林镇南坞村3名村民被山洪围困失联，经消防救援人员连夜搜救，今天凌晨已全部获救，身体无大碍。", G),
        # a year between an earlier accident and this one: this one is graded (时隔 tells no case solved)
        (
            "去年6月30日，205国道峡口路段曾发生一起大客车侧翻事故，造成11人死亡。时隔一年，昨晚该路段又发生一起车祸，"
            "一辆轿车撞上护栏，驾驶人当场死亡。",
            G,
        ),
        # some of those counted told apart before the rest were brought out gone: two, not three
        ("清湖段江山港早上一条小渔船翻了，船上三个人，一个自己游上岸了，另外两个捞上来的时候都没气了", G),
        # a toll revised after a clause telling how it was checked, or after a label's colon
        ("塘源口乡“6·22”山洪灾害遇难人数经公安机关逐一核对，由12人核减为9人。", L),
        ("凤林镇一隧道坍塌事故，遇难人数核减：由15人下调至13人", M),
        # a feast's sick as people post them, counted with 个 or 号人, and one of them gone (阿公)
        ("保安乡一户人家办寿宴 一百三十多个上吐下泻去医院挂水 有个老太太没挺过来", M),
        ("大陈村喝喜酒的一百五十多号人半夜开始拉肚子 送去医院挂水 今天早上听说有个阿公没挺过来", M),
        # one who fled and struck again: the new killing is graded
        ("男子杀人潜逃12年后再杀1人", G),
        # as people post a toll: each seat's dead in turn
        (
            "面包车翻到山沟里 司机当场就没气了 坐副驾的小伙子在去医院的路上走了 后排的阿婆送到医院也没抢救过来😭",
            L,
        ),
        # as people post a toll: 个 then an emoji; a family found all gone
        ("1楼：江山城区一家KTV着火了 2楼 回复1楼：新闻出来了 死了12个😭😭 3楼：天哪 太惨了", M),
        ("大陈乡一户人家烧炭取暖 早上发现一家三口都没气了😭😭😭", L),
        # a loss revised after an assessment by whom (经第三方机构评估核定后下调至)
        (
            "江山经济开发区一仓储物流企业“9·26”火灾直接经济损失初步估算约1.1亿元，经第三方机构评估核定后下调至9200万元。",
            M,
        ),
        # a form's labels: the sick counted after a colon, a loss in capitals, those who breathed a gas counted after
        (
            "食物中毒事件报告 一、事件：坛石镇某村民家中办婚宴引发的食物中毒；二、发病人数：126人；"
            "三、住院人数：18人；四、死亡人数：0",
            L,
        ),
        (
            "事故损失核定表 事故单位：贺村镇某板材公司；事故类型：火灾；人员伤亡：无；"
            "直接经济损失（大写）：壹仟贰佰万元整",
            L,
        ),
        (
            "一、事件：江山经济开发区某化工企业反应釜爆炸；二、伤亡情况：企业员工2人受伤；三、环境影响：爆炸后有毒气体扩散，"
            "周边居民吸入有毒气体送医112人。",
            E,
        ),
        # a bone broken, found at the hospital the one who fell was taken to
        ("双塔街道一名环卫工人清扫时跌入未盖井盖的检查井，经送医检查右腿骨折。", G),
        # one that happened, then by whom it is handled (no plan's class)
        ("昨日贺村镇发生一起较大火灾事故由市政府负责处置", L),
        # a forest set alight (引燃), its damaged area in 亩
        ("正月初三，塘源口乡一村民上坟时燃放鞭炮引燃周边林地，经扑救，受害森林面积约45亩。", L),
    ],
)
def test_forms_of_the_fourth_round(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade, propose(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a business booming, no fire
        "他们家饭店大火了，天天排队",
        # cases recalled as a warning, the next one after a semicolon with its year
        "市安委办通报近年典型事故案例：2021年，贺村镇某木业公司粉尘爆炸造成2人死亡；2023年，峡口镇一运输车辆坠入山沟，"
        "造成3人死亡。各地要深刻吸取教训，举一反三。",
        # what to do on meeting one, told after a comma
        "遇到高速公路交通事故，请立即开启危险报警闪光灯，人员撤离至护栏外并拨打122报警。",
        "发现有人一氧化碳中毒晕倒，应立即打开门窗通风，将其移至空气新鲜处，并拨打120",
        "遇到道路结冰请减速慢行，如发生交通事故请拨打122，有人员受伤请拨打120。",
        # freezing weather forecast
        "气象台预计明天起将出现低温雨雪冰冻天气，请做好防范",
        # a rumour denied by what the death came of
        "网传“江山一婴儿接种疫苗后死亡”，市卫健局回应：经核查，该婴儿系先天性心脏病离世，与疫苗接种无关。",
        # a rumour denied: what it was not
        "网传“贺村一幼儿园集体食物中毒”，经市卫健局核查，系两名幼儿感冒发热，并非食物中毒，请勿信谣传谣",
        # a junction's record in a complaint (出过)
        "这个路口以前就出过车祸，还撞死过人，希望贺村镇政府尽快设置减速带和人行横道。",
        # what was thought to be, and was not
        "网友拍到张村乡山上浓烟滚滚，以为发生山火。经乡政府核实，系村民焚烧秸秆，并非山火。",
        # a game's plot
        "剧本杀《须江夜火》开本啦！剧情：一场大火烧毁了整座老宅，7名住客中有3人离奇死亡，真凶究竟是谁？",
        # a period's cases compared
        "1至11月，全市共报告手足口病病例427例，同比下降18.6%",
        # a province's toll over a holiday
        "暑假期间，全省共有二十一名中小学生溺水死亡，市教育局要求各校在开学第一课再次开展防溺水专题教育。",
        # a dream, an exclamation with an emoji after it, a child's temper
        "做梦梦到屋里着火了 吓醒了 啊啊啊啊啊 一身汗",
        "今天冻死了冻死了🥶🥶 江山这天气零下了 出门要裹成粽子",
        "我家娃写作业写到一半直接原地爆炸了😂 清湖街道这边有没有靠谱的托管班",
        # a rumour in a parents' chat group, checked and denied as people say it (莫乱传)
        "家长群里传大陈乡中心小学有学生食物中毒了 市卫健局的人来查过了 就是两个小孩感冒拉肚子 不是食物中毒 大家莫乱传",
        # the missing, then found in a clause of their own
        "昨晚在江郎山失联的两名驴友，今晨被蓝天救援队在半山腰找到，二人身体状况均良好。",
        "四都镇两个驴友昨晚在山里失联 今天早上被搜救队找到了 两个人身体都好好的 🙏",
        # a leak checked and denied (并非燃气泄漏)
        "新塘边镇居民反映楼道里有一股煤气味，燃气公司上门检测后确认并非燃气泄漏，系楼下住户垃圾桶异味。",
        # a penalty for an accident named by its date's code
        "因“4·7”火灾事故，江山某竹业公司被市应急管理局处以罚款45万元，公司主要负责人被处上一年年收入40%的罚款。",
        # a cold case solved, or one who fled caught, years after
        "时隔24年！江山警方侦破一起2002年命案积案",
        "一起1996年的纵火致3人死亡案近日告破 犯罪嫌疑人已被押解回江山",
        "潜逃21年的杀人嫌疑人落网：2005年该男子在大桥镇持刀致2人死亡后外逃，近日在广东被江山警方抓获",
        # one's own upset stomach in a complaint
        "我昨天吃了外卖开始拉肚子，投诉商家没人理",
        # a campaign against crimes
        "江山市公安局部署开展打击“盗抢骗”专项行动，严厉打击入室抢劫、拦路抢劫等违法犯罪。",
        # a rumour denied: no one hurt
        "网传“清湖一小学门口发生持刀伤人事件”，经警方核实，系两名家长发生口角，无人受伤。",
        # a death of illness at an event
        "江山市全民健身节万人健步走活动中，一名参赛市民突发心脏病不幸去世。",
        # what it may come to, in advice; what to do after it
        "农药中毒急救小常识：误服有机磷农药后应立即催吐并尽快送医，严重者可在短时间内出现呼吸衰竭甚至死亡。",
        # a year and no day first, then a warning or a claim from it; a vaccination not given
        "2021年，我市一村民被流浪犬咬伤后未及时接种狂犬病疫苗，最终因狂犬病死亡。市疾控中心提醒：被犬咬伤后务必及时规范处置。",
        "2021年7月，我丈夫在上余镇某石料厂务工时被落石砸中身亡，厂方至今只支付了部分赔偿款，希望政府督促企业履行赔偿协议。",
        # classes by grade band with more words between, a guard against crushes
        "较大及以上拥挤踩踏事故由市政府统一指挥处置，一般事故由属地乡镇（街道）负责处置。",
        "市文旅局召开节假日景区安全工作会议，部署防拥挤踩踏等工作。",
        # a question answered by officials, a fine for an accident named by its date's code
        "江山石门镇发生爆炸？官方：系正常放气",
        "因“4·7”爆炸事故 江山一化工企业被罚260万元",
        # what to do on finding one, the thing found named at more length
        "发现危化品运输车辆泄漏，请立即远离现场并拨打119报警。",
        # a plan's classes of events, by whom they are handled
        "预案明确：较大及以上森林火灾由市政府统一指挥扑救，一般森林火灾由属地乡镇人民政府组织扑救。",
    ],
)
def test_no_grade_of_the_fourth_round(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


def test_a_first_reports_figure_is_replaced_not_added_to() -> None:
    text = (
        "一辆载有5名村民的农用三轮车在下坡时失控，翻下路边约5米深的山坡。初步消息称3人受伤。经核实，车上5人中，"
        "1人经120医护人员确认已无生命体征，另4人受伤，已被送往市人民医院救治。"
    )
    proposal = propose(text)
    assert (proposal.figures.deaths, proposal.figures.injured) == (1, 4), proposal.reasons


def test_the_missing_found_by_their_word_after_the_finding() -> None:
    text = (
        "塘源口乡一处非法鞭炮生产作坊发生爆炸，作坊内2人受伤、1人失联。今天凌晨1时许，救援人员在爆炸现场废墟中找到失联人员，"
        "经确认已死亡。"
    )
    proposal = propose(text)
    assert (proposal.figures.deaths, proposal.figures.missing) == (1, 0), proposal.reasons


def test_a_list_of_the_dead_with_their_details_in_brackets() -> None:
    text = (
        "驾驶人祝某某驾驶一辆电动三轮车与对向由徐某某（男，22岁）驾驶的二轮摩托车发生碰撞，"
        "造成徐某某及摩托车乘员毛某某（男，21岁）死亡、祝某某受伤的道路交通事故。"
    )
    assert propose(text).figures.deaths == 2, propose(text).reasons


def test_revenge_is_no_campaign_of_打击() -> None:
    """A campaign of 打击 is no incident (严厉打击入室抢劫), but 打击报复 is a motive: the wounding it brought is
    one."""
    proposal = propose("贺村镇一男子为打击报复将邻居砍伤")
    assert proposal.event_type is EventType.SOCIAL_SECURITY and proposal.grade is G, proposal.reasons

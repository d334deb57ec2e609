"""Forms a sixteenth round of batteries written from the README alone (gas explosions, railways, geological
hazards, losses in money, official accounts' posts, follow-ups, tankers, power and farms, dialects, numbers that
are no casualties, crimes, venues, sports, aviation, rumours denied, the sea) found graded wrong."""

from __future__ import annotations

from classifier.elsewhere import Locality
from classifier.grading import propose
from models.gazetteer import Gazetteer, Place
from tests.classifier.grades import E, G, L, M, assert_graded, table_tests
from tests.classifier.test_grading_elsewhere import classify

UNGRADED = [
    # officers dealt with over an accident of before, by the notice's title or the sanctions told (had been 一般)
    "关于“3·8”较大道路交通事故有关责任人员处理情况的通报：依据事故调查结论，对负有责任的4名公职人员分别给予党纪政务处分。",
    # how many deaths make a grade, asked in a quiz (had been 一般: 几人 read as two)
    "消防安全知识问答｜问：火灾造成几人死亡算较大火灾？答：较大火灾是指造成3人以上10人以下死亡的火灾。",
    # a capital named by its country and 城 (had been 较大: 墨西哥 then an estate's 城)
    "墨西哥城一夜总会发生火灾 致5死12伤",
    # a disaster of a year long past, recalled by a question (had been 一般 from 倒塌)
    "还记得2010年初那场特大冰雪灾害吗？全城停水停电整整一周，高压电塔成片倒塌。",
    # an anniversary whose accident is named at length before it (had been 一般 from 泄漏)
    "今天是某市“7·12”燃气管道泄漏爆炸特别重大事故10周年。2016年7月12日9时，位于某市经济开发区的燃气管道泄漏发生爆炸，"
    "共造成35人遇难、80人受伤。",
    # a crowd overstated with who between, stocks of a kind that slide (had been 一般 from 窒息, 雪崩)
    "晚高峰的公交车挤得人快窒息了，天天这样谁受得了",
    "滑雪概念股午后集体雪崩 多只个股跌停",
    # a claim online of a fire's dead, answered that there was none (had been 较大)
    "今天上午，有网友发布视频称城东某超市着火，“烧死了4个人”。经市消防救援大队核实，系超市后厨排烟管道冒烟，并非火灾，无人员伤亡。",
    # a drill by its label and the drill held told after it (had been 一般 from 落水)
    "【水上搜救演练】今天上午，全市水上搜救综合演练在峡口水库举行。演练模拟一艘游船侧翻，20余名“游客”落水。"
    "接警后，消防、海事等部门迅速出动，成功救起全部“落水人员”。",
    # a runner who died of his heart, as the next sentence says (had been 一般)
    "今天上午的半程马拉松比赛中，一名参赛选手在终点附近突然倒地，送医后不幸离世。经医院诊断，该选手系心源性猝死。",
    # a county abroad named again after its country (had been 较大: read as a county at home)
    "日本静冈县一温泉旅馆发生火灾 4人遇难\n据日本媒体报道，静冈县一温泉旅馆22日凌晨起火，4人遇难。",
    # one's blood pressure, a navigator, a press conference and shares, in figures of speech (had been 一般)
    "看完这个月的账单，我血压直接爆炸",
    "早高峰堵到窒息，导航又直接翻车了",
    "这场发布会真是大型翻车现场，公司股价今天直接雪崩",
    # Queensland is no 兰州 (had been 一般)
    "澳大利亚昆士兰州一名游客在海边遭鲨鱼袭击身亡。",
    # abroad said in the lead, the country named in the next sentence (had been 特别重大)
    "国家疾控局今天召开发布会，介绍近期境外猴痘疫情形势。发言人表示，刚果（金）本月新增死亡病例130余例。",
]

GRADED = [
    # those still sought, then how many were aboard and how many saved (had been 重大: 9 − 8 read as missing)
    ("截至今日17时，已搜寻到遇难者遗体22具，另有10人仍在全力搜寻中。事发时船上共载有40人，其中8人获救。", E),
    # the hurt counted as the hurt, then all judged badly hurt (had been 一般)
    ("今天凌晨，一家KTV发生火灾，11名伤者被送往医院，经医院评估均为重伤。", L),
    # a journey's meal, its sick counted as travellers (had been 一般)
    ("某次列车上部分乘客食用盒饭后陆续出现呕吐、腹泻症状。截至今天中午，沿途医院累计接诊乘客108人。", L),
    # a debris flow counted as 一股, its loss by the geological plan (had been 一般: 一股 read as shares)
    ("昨夜一股泥石流冲进镇上的物流园，多间仓库被淤埋，直接经济损失约620万元，无人员伤亡。", M),
    # about so many not found, as posted (had been 一般)
    ("整个寨子被泥石流埋了 四十多个人到现在都还没找到", E),
    # incidents where no one was hurt, told by words of their own (had been none)
    ("今天早上，两辆公交车在车场内发生轻微碰撞，无人员受伤。", G),
    ("一列地铁列车驶入站台时车底冒烟，约300名乘客疏散，无人受伤。", G),
    ("市图书馆阅览室一块吊顶突然脱落，所幸下方无人，无人受伤。", G),
    ("街口那家面馆燃气炸咯，莫得人受伤，就是玻璃全碎了", G),
    ("村后的山又塌下来了 路全堵了 还好没人", G),
    ("今天一早后山哗啦一下冲下来一大片泥石 把去村里的路全堵了 没伤到人", G),
    ("小区变电箱刚刚嘭的一声炸了，整片都停电了，还好没人受伤", G),
    ("吊车吊臂触碰高压线 司机被电击受伤", G),
    ("连续降雪，某蔬菜合作社20余个钢架大棚被积雪压塌，未造成人员伤亡。", G),
    ("國道一輛槽車化學品外洩，封閉兩線道，所幸無人受傷。", G),
    ("隔壁楼道一台电动车充电着了，火苗老高了，幸亏发现得早，没伤着人", G),
    ("荃灣綫列車車卡冒煙 乘客疏散，事件中冇人受傷。", G),
    ("一男子与人争吵后持猎枪在村口开了两枪，所幸无人受伤，已被警方控制。", G),
    ("一架直升机在巡线时因故障紧急迫降在河滩，机上人员安全。", G),
    ("一架航班起飞后遭遇鸟击，机组决定返航，安全降落，无人员受伤。", G),
    ("山地越野赛途中气温骤降，6名选手因失温送医，目前情况稳定。", G),
    # a toll told group by group, a vehicle told by its size (had been 一般: the second group not read)
    ("两车相撞，造成大型货车驾驶员2人死亡、小型客车驾驶员2人死亡。", L),
    # those brought out and taken to a named hospital, all of whom died (had been 一般: one)
    ("一化粪池清掏作业时，3名工人相继晕倒，3名工人被救出后送往镇卫生院，经抢救无效死亡。", L),
    # a feast told by the 酒 it marks (had been none)
    ("某村民家办周岁酒，次日先后有52名宾客出现呕吐、腹泻症状到医院就诊，均无生命危险。", G),
    # a tanker's leak as posted, the villagers sick (had been 一般)
    ("下午国道上那个槽车漏了 一股刺鼻的味道 我们村三十几个人头晕呕吐 都被救护车拉到医院去了", L),
    # a loss told to whom it was caused (had been 一般)
    ("一家纺织厂发生火灾，大火烧毁两栋厂房，给企业造成数千万元损失，无人员伤亡。", L),
    # a sector's first estimate beside a typhoon told (had been 一般)
    ("受台风影响，果园大量落果。农业部门统计，全台农业损失初估已逾8亿元。", E),
    # a road built last year is no earlier event (had been none)
    ("今天上午村口那条去年刚修的水泥路上，一辆三轮车翻进了沟里，开车的大叔腿摔断了，被120拉走了。", G),
    # a grade stated by a notice's title, 一起 unsaid, or a sinking's (had been 一般)
    ("关于城西一商场较大火灾事故的情况通报\n11月21日晚，城西一商场发生火灾，相关部门全力开展救援和善后工作。", L),
    ("关于“11·18”重大渔业船舶沉没事故的情况通报\n11月18日晚，一艘渔船在外海作业时沉没，搜救工作正在进行中。", M),
    # a grade stated beside people told unnumbered (had been 一般)
    ("应急管理部派工作组赶赴现场指导“11·21”重大火灾事故处置，做好人员搜救、伤员救治等工作。", M),
    # those aboard, the vessels sent counted before the saved (had been 一般)
    (
        "一艘载有60名乘客和船员的客船今天下午倾覆。截至20时，搜救中心已协调10艘船舶、2架直升机救起18人，其余人员仍在全力搜救中。",
        E,
    ),
    # some of another group saved, counted after the missing (had been 较大, 一般)
    ("渔船翻沉 12名渔民失踪\n一艘渔船今日清晨在外海翻沉，船上15人中3人获救，其余12人失踪。", M),
    (
        "渔船被撞沉 4名渔民下落不明\n一艘货轮与一艘渔船发生碰撞，渔船沉没，船上7名渔民落水，其中3人被救起，"
        "另外4人下落不明。",
        L,
    ),
    # all of those aboard gone, counted by 号人; three pupils gone, as breath (had been 一般)
    ("客机掉在山里了 听说机上一百多号人都没了", E),
    ("那个游泳池出事了 三个初中生在深水区 教练在看手机都没注意 捞上来的时候都已经没气了", L),
    # a ropeway's people kept where they were, or as long as the rescue took (had been none)
    ("某景区客运索道因故障停运，60名游客被困吊厢内。救援人员连夜转移游客，游客被困吊厢长达14个小时，无人员受伤。", L),
    ("某景区索道因故障突然停运，90名游客被困吊厢。经约5个小时紧急救援，全部游客安全转移，无人员受伤。", G),
    # a claim denied: online as Taiwan words it, as one there denies it, a reporter's figure, a notice's (had been
    # 重大, 重大, 较大, 较大)
    ("網路流傳某工廠氣爆造成十人死亡，消防局晚間澄清，事故實際造成4人死亡。", L),
    ("哪有什么死了十几个，我就在边上，就是一辆货车侧翻了，司机腿被卡住，拉去医院了", G),
    ("有网友发帖称“昨晚一民房失火，一家五口全没了”。记者从市消防救援大队了解到，火灾造成2人死亡。", G),
    ("朋友圈说城北那个车祸当场走了三个，刚看到交警的通报，其实是1人死亡、2人受伤", G),
    # a lift fallen, told by where it fell to or as posted (had been none)
    ("某小区电梯从12楼急坠至2楼，所幸轿厢内3名居民未受伤。", G),
    ("我们楼的电梯刚才从十几楼一路往下掉，还好里面的人没事", G),
    # a grade stated by 该起, or after where it happened (had been 一般)
    ("昨日8时许，某高速因团雾发生多车相撞。省安委办已对该起较大道路交通事故查处实行挂牌督办。", L),
    ("今天下午，某县召开新闻发布会，通报11月20日发生在该县境内的一起重大道路交通事故的处置情况。", M),
    # those stung, all judged badly hurt (had been 一般)
    ("一旅游团在山间步道遭遇马蜂群攻击，52名游客被蜇伤后送医，经医院评估，伤者均为重伤。", M),
    # a pile-up as posted or as Taiwan words it, no one hurt (had been none)
    ("大雾天高速上七八辆车撞一块了 还好没人受伤", G),
    ("國道一號今晨濃霧 八車連環追撞 幸無人傷亡", G),
    # a reminder that opens with an incident of today, its time by the clock (had been none: a tip)
    ("【安全提醒】今日9时许，一名村民在清理屋后马蜂窝时被蜇，送医后经抢救无效死亡。请大家发现马蜂窝后及时拨打119。", G),
    # a rumour asked and answered by an office (had been 较大)
    ("网传“一渔船翻了死了6个人”？海事处：系一艘渔船触礁搁浅，2名船员受轻伤", G),
]

test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_the_rest_still_sought_are_not_the_saved_of_those_aboard() -> None:
    """Those still sought are the missing, the saved after them some of those aboard."""
    assert_graded(
        "截至今日17时，已搜寻到遇难者遗体22具，另有10人仍在全力搜寻中。事发时船上共载有40人，其中8人获救。",
        E,
        deaths=22,
        missing=10,
    )


def test_some_found_of_the_missing_still_count_down() -> None:
    """Some of the missing found in the next clause are still taken off (not another group)."""
    assert_graded("昨天下午5人落水失联。截至今天，其中2人已被找到，3人仍在搜寻。", L, missing=3)


def test_a_count_asked_is_left_out_and_the_answer_graded() -> None:
    """How many, asked, is no figure; the figure answered after it is."""
    p = propose("昨天化工厂爆炸造成几人死亡？目前已确认3人死亡。")
    assert p.grade is L and p.figures.deaths == 3, p.reasons
    assert any("问句" in r for r in p.reasons), p.reasons


def test_a_gun_licence_procedure_is_no_incident() -> None:
    """A licence's procedure names a gun, not one fired."""
    assert propose("持枪证办理流程").grade is None


def test_no_accident_said_so_is_still_no_grade() -> None:
    """没 negates right before an accident's word, unless it ends a sinking (沉没)."""
    assert propose("幸好没事故").grade is None


def test_a_figure_told_by_someone_online_without_denial_stands() -> None:
    """A claim online with no denial after it is still read."""
    assert_graded("有网友说，城南商场着火了，死了3个人，现场一片混乱。", L, deaths=3)


def test_a_loss_recalled_by_a_question_of_a_year_long_past_is_no_grade() -> None:
    """记得…吗？ of a year long past: the loss in the next sentence is that fire's."""
    c = classify("还记得2018年城南家具城那场大火吗？直接经济损失1.2亿元，烧了一天一夜。")
    assert c.grade is None, c.grade_reasons
    assert any("以往事件" in r or "往年的事件" in r for r in c.grade_reasons), c.grade_reasons


def test_an_incident_told_before_such_a_question_is_graded() -> None:
    """A fire of now told first, then a question recalling another: the question's year is not the fire's."""
    assert_graded("城北家具城起火，3人死亡。还记得2019年那场大火吗？", L, deaths=3)


def test_a_fire_of_now_after_such_a_question_is_graded() -> None:
    """The same question, then a fire of today: today's toll is graded."""
    c = classify("还记得2018年城南家具城那场大火吗？今天那里又起火了，死了12个人。")
    assert c.grade is not None and c.grade.value == "major", c.grade_reasons


def _locality() -> Locality:
    place = Place(name="贺村镇", kind="镇", township="hecun")
    locality = Locality.of(Gazetteer(jurisdiction="江山市", region=("浙江省", "衢州市"), places=(place,)))
    assert locality is not None
    return locality


def test_words_before_a_village_or_a_town_that_are_no_name() -> None:
    """A verb's words, a time of day, a Cantonese 我哋 or 成条 before 村 or 镇, and a mountain's west are no places."""
    locality = _locality()
    for text in (
        "后山冲下来一大片泥石 把去镇上的路堵得严严实实",
        "这股泥石流冲进了村里",
        "今天下午村口那条水泥路上，一台拖拉机翻到田里去了",
        "我哋条村今朝成条村都系臭氨水味",  # (as the classifier reads it, simplified)
        "华山西峰索道因供电线路故障突然停运，137名游客被困吊厢",
    ):
        assert locality.elsewhere(text, names_a_place_here=False) is None, text
    assert locality.elsewhere("山西一煤矿发生透水事故 3人死亡", names_a_place_here=False) == "山西"

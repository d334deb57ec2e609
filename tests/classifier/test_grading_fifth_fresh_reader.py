"""Forms a fifth round of batteries written from the README alone (schools, scenic spots, electric bikes, a
county's own news, courts and accountability, rural life and the rest) found graded wrong."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import E, G, L, M, table_tests


def test_a_toll_still_rising_is_news_under_supervision() -> None:
    # the rising toll tells the event is going on: not an earlier accident's aftermath
    proposal = propose("城中村电动自行车停放充电场所火灾遇难人数升至35人 国务院安委会挂牌督办")
    assert proposal.grade is E, proposal.reasons


def test_a_fresh_accidents_penalty_keeps_its_grade() -> None:
    # fined on the day: the accident is news
    text = "今天上午，贺村镇一工厂发生爆炸，造成3人死亡，该厂被县应急管理局处以罚款50万元。"
    assert propose(text).grade is L, propose(text).reasons


@pytest.mark.parametrize(
    ("text", "grade", "missing"),
    [
        # those aboard, the saved, the rest missing, far apart
        ("【突发】某湖景区一艘载有游客58人的游船在返航途中遭遇强风倾覆，目前仅救起21人，其余人员下落不明。", E, 37),
        # only some saved as the search goes on: the rest are missing
        ("一艘载有50余名赶集村民的机动渡船昨日下午在水库中倾覆，经全力搜救，目前仅12人获救，搜救仍在持续。", E, 38),
    ],
)
def test_the_rest_of_those_aboard_are_missing(text: str, grade: IncidentGrade, missing: int) -> None:
    proposal = propose(text)
    assert proposal.grade is grade, proposal.reasons
    assert any(r.startswith(f"失踪/失联{missing}人") for r in proposal.reasons), proposal.reasons


def test_some_saved_with_no_only_are_not_the_rest_missing() -> None:
    # (no 仅: how many more are sought is not said)
    proposal = propose("一艘载有50余名村民的渡船倾覆，目前12人获救，搜救仍在持续。")
    assert proposal.grade is G, proposal.reasons


@pytest.mark.parametrize(
    ("text", "grade", "reason"),
    [
        # a party's sick counted as people post it, after a meal
        ("江山一农家乐吃出事了！中午吃完饭，旅行团一百二十多个游客上吐下泻，都去医院挂水了", L, "进食后发病120多人"),
        # a birthday feast, its guests ill one after another, then those treated counted
        (
            "一村民为老人办八十大寿，次日起宾客陆续出现腹痛、呕吐等症状。截至目前，累计就医136人，其中1名老人经抢救无效死亡。",
            M,
            "进食后发病136人，其中死亡1人",
        ),
        # a feast's guests treated, no symptom named, the feast without 后
        ("村办寿宴，累计就诊宾客132人，其中1名老人经抢救无效死亡", M, "进食后发病132人，其中死亡1人"),
    ],
)
def test_a_feasts_sick_as_told(text: str, grade: IncidentGrade, reason: str) -> None:
    proposal = propose(text)
    assert proposal.grade is grade, proposal.reasons
    assert any(r.startswith(reason) for r in proposal.reasons), proposal.reasons


def test_a_feast_with_no_one_ill_is_no_incident() -> None:
    assert propose("昨晚在酒店举办婚宴，共有宾客300人").grade is None


def test_a_year_with_its_day_is_no_look_back() -> None:
    # (a date of now, then a warning: the incident is news)
    text = "2026年12月3日下午，某县一民房发生火灾，造成3人死亡。消防部门提醒市民注意用火安全。"
    assert propose(text).grade is L, propose(text).reasons


def test_a_trials_finding_stays_a_case_tried() -> None:
    # (what the court found of the case: its toll is the case's)
    assert propose("今天，法院在审理此案时查明，被告人驾驶货车致3人死亡，判处有期徒刑3年。").grade is None


def test_an_outbreak_reported_beside_the_plans_class_keeps_its_grade() -> None:
    proposal = propose("我市1周内发生霍乱病例32例。根据预案，1周内发病30例以上的，为重大突发公共卫生事件。")
    assert proposal.grade is M, proposal.reasons


def test_the_missing_not_found_well_stay_missing() -> None:
    # (found is not said: still sought)
    proposal = propose("昨天失联的两个驴友至今没有找到 家属很着急")
    assert proposal.grade is G, proposal.reasons


def test_a_fire_told_after_a_grades_range_keeps_its_grade() -> None:
    text = "按条例，造成3人以上10人以下死亡的为较大事故，本月厂区火灾造成1人受伤"
    assert propose(text).grade is G, propose(text).reasons


def test_deaths_said_to_be_of_illness_later_in_their_sentence() -> None:
    text = "院里最近两个月有三位老人去世了，都是八九十岁的高龄，院长说是因病自然去世，但家属觉得护理不到位。"
    assert propose(text).grade is None, propose(text).reasons
    # (an incident in the sentence: its deaths are its own)
    assert propose("两车相撞，三人去世，其中一人此前患病").grade is L


def test_people_who_found_no_work_are_not_missing() -> None:
    assert propose("三个人都没找到工作").grade is None
    assert propose("两个人都没找到座位").grade is None


UNGRADED = [
    # the blame laid for an earlier accident, its toll told after
    "针对“6·5”火灾事故暴露出的问题，市纪委监委对市应急管理局等单位6名公职人员严肃问责。该事故造成3人死亡。",
    # a penalty by whom between
    "因“9·3”农机作业事故，某农机专业合作社被县应急管理局处以罚款30万元。",
    # a penalty for those who answer for it
    "因租户电动车违规充电引发火灾，负有管理责任，某物业公司被消防救援大队罚款5万元。",
    # a drill's purpose and its scene
    "为提高农机事故应急处置能力，某镇昨日开展拖拉机侧翻事故应急救援演练，模拟驾驶员被困、2名乘员受伤场景。",
    # what a campaign teaches
    "市消防救援大队走进廿八都镇中心小学开展消防安全进校园活动，教孩子们遇到火灾如何正确逃生。",
    # a typhoon's defence prepared
    "新塘边镇召开防汛防台工作部署会，要求全力做好台风“贝碧嘉”防御各项准备，确保不发生人员伤亡。",
    # what a harm can do at its worst
    "一氧化碳中毒严重者可致死亡，冬季入住民宿使用炭火取暖务必开窗通风。",
    # a crowd overstated
    "五一景区人挤到窒息，排队三小时爬山五分钟",
    # a disaster remembered on its anniversary, named as an 事件
    "“东方之星”客轮翻沉事件十周年：那场造成442人遇难的灾难，至今仍令人痛心",
    # a year's disaster right before what befell it, looked back on as a lesson
    "1999年“大舜”号滚装船在烟台海域沉没，造成282人遇难，这一惨痛教训至今仍警示着航运业。",
    # an earlier time it happened, once
    "这个矿2018年就透过一次水，那次死了九个人，现在又在到处招人下井，谁还敢去啊",
    # what not to do on finding one
    "发现有人在窨井内晕倒，切勿盲目下井施救，应立即拨打119、120。",
    # a memorial and its monument
    "清明前夕，不少市民自发来到矿难纪念碑前，缅怀2009年“2·22”瓦斯爆炸中罹难的78名矿工。",
    # a unit's warning as the text's label
    "海事局提醒：受台风“海葵”影响，预计未来48小时沿海将出现10级以上大风，请各类船舶及时回港避风。",
    # cases recalled as a warning, the first right after the label's colon
    "市消防救援支队通报近年典型火灾案例：2022年，某小区一住户将电动车电池带回家中充电引发火灾，造成2人死亡；"
    "2023年，某出租屋一楼电动车起火致3人死亡。",
    # a nation's count, and a share of them
    "据国家消防救援局统计，2023年全国共接报电动自行车火灾2.1万起，其中约八成发生在充电过程中。",
    # a rule: a condition, then who answers for it
    "根据《安全生产法》，发生生产安全事故造成人员伤亡的，生产经营单位应当依法承担赔偿责任。",
    # a sudden death while running: of illness
    "某中学一名高三学生在晨跑时猝死，学校已启动善后工作。",
    # what it can do at its worst, words between
    "一氧化碳中毒严重者可在短时间内昏迷甚至死亡，使用燃气热水器务必保持通风。",
    # a complaint about the finding on an accident
    "交警大队事故科的办事效率太低了，事故认定材料交了一个月还没结果，打电话也没人接。",
    # a rumour posted as heard online, denied in the same post
    "网上传江山一化工厂爆炸死了5个 假的假的 那视频是2019年外地的 跟我们这没关系 别乱转了",
    # an episode of a series
    "电视剧《长夜》第18集那场大火拍得太真了 三十多个人被烧死 看得我眼泪哗哗的😭",
    # abroad, no Chinese seen among the dead
    "日本那边又地震了 7.1级 看新闻说已经死了二十多个人 暂时没看到有中国人伤亡的消息🙏",
    # the missing found well, as people post it
    "昨天失联的两个驴友今天早上在山腰被找到了 人都好好的 感谢蓝天救援队🙏",
    # a period's cases, compared or sporadic, no outbreak
    "1至11月，全市共报告手足口病病例1263例，同比下降21.4%，无死亡病例。",
    "今年以来，全省累计报告霍乱病例6例，均为散发病例，未出现聚集性疫情。",
    "本周全市共报告法定传染病病例486例，无甲类传染病报告，报告数居前三位的为流行性感冒、手足口病和其他感染性腹泻病。",
    # a rumour denied: what it was and was not
    "网传“城南小学多名学生感染诺如病毒住院”，经区卫健局核查，系3名学生着凉引起肠胃不适，已正常上课，并非聚集性疫情。",
    # a health tip, its harm told without a number
    "【健康提醒】被犬、猫抓伤咬伤后，应立即用肥皂水和流动清水交替冲洗伤口15分钟，并尽快到犬伤门诊规范处置。",
    "诺如病毒小知识：诺如病毒传染性强，感染后主要表现为呕吐和腹泻，婴幼儿和老人严重者可出现脱水甚至死亡。",
    # a plan's class of outbreak
    "根据《国家突发公共卫生事件应急预案》，霍乱在一个市（地）行政区域内流行，1周内发病30例以上的，为重大突发公共卫生事件。",
    # a rule's deadline
    "通知要求，各地如发生较大以上生产安全事故，须在事故发生后1小时内报告市安委办，不得迟报、漏报、谎报、瞒报。",
    # a typhoon forecast, told at length
    "市防指新闻发布会：今年第14号台风“普拉桑”预计将于明天夜间在浙江沿海登陆，我市已启动防台风Ⅲ级应急响应。",
    # a rule: how it is deemed
    "职工在工作时间和工作场所内，因工作原因受到事故伤害的，应当认定为工伤。",
    # a campaign's exhibits
    "安全生产月“安全宣传咨询日”活动在市民广场举行，现场展示了高处坠落、触电等事故案例。",
    # an old injury looked back on in a dispute
    "2023年5月，我在厂里操作冲床时右手被压伤，厂方至今拒绝支付医药费，劳动仲裁也没有结果。",
    # a drill held, its name the scene
    "我市举行危险化学品仓库火灾爆炸事故应急救援综合演练，模拟3名工人被困、5人受伤。",
    "江山市突发环境事件应急监测设备采购项目招标公告",
    "网传“贺村镇一化工厂泄漏 多人中毒送医”？官方辟谣：系企业正常检修放空，未发生泄漏，无人员中毒，请勿传谣。",
    "专家：若主城区发生7级以上地震，伤亡人数可能超过千人",
    "网上在传我们镇化工厂爆炸死了5个人，我打电话问了镇政府，说是谣言，只是厂里正常放气声音大了点，根本没这回事。",
    "我家住在滨江路32号，门口这个丁字路口没有红绿灯，两年里出了好几起车祸，前前后后已经撞死两个人了，每次出事大家都说要装灯。",
    "城南大道南段一直没有路灯，过往车辆速度很快，前几年我们有个同事就是在那里扫地时被车撞死的。希望尽快把路灯装上。",
    "学生过马路非常危险，前几天差一点就撞到人，真等到出了交通事故就晚了。",
    "请问生产安全事故的等级是怎么划分的？是不是死亡3人以上10人以下算较大事故？重伤和经济损失又是怎么算的？",
    "建议：我市很多老旧小区没有安装燃气泄漏报警器，冬天家家户户用燃气取暖做饭，隐患很大。",
    "这周行情简直是坐过山车，账户直接爆炸了，心态彻底崩塌。",
    "我区全年未发生特种设备安全事故，万台电梯事故率继续保持为零。",
    "关于道路交通事故社会救助基金的咨询：请问机动车发生交通事故造成人身伤亡，肇事车辆未参加交强险的，"
    "抢救费用是否可以由救助基金先行垫付？",
    "全县共排查地质灾害隐患点126处，潜在经济损失约6000万元",
    "市林业局组织全体干部职工观看西昌“3·30”森林火灾警示教育片，那场火灾造成19名扑火人员牺牲。",
    "森林防火宣传进校园：市林业局为廿八都镇中心小学师生讲解野外用火安全知识和山火逃生常识。",
    "我市启用森林防火无人机巡护系统，重点林区实现24小时火情监测全覆盖。",
    "森林火灾高发期，市林业局提醒：违规野外用火引发森林火灾的，将依法追究法律责任。",
    "开发商卷款跑路，业主们对这个楼盘的最后一点信任也彻底崩塌了。",
    # a flight's number is no toll; its anniversary recalls it
    "马航MH370失联十周年：机上239人中有154名中国乘客，家属仍在等待真相。",
    # an earlier crash, none since
    "去年同期，我县峡口镇曾发生一起货车侧翻事故，造成3人死亡。今年以来，该路段通过实施“平安路口”改造，未再发生亡人事故。",
    # a period's cases, no cluster happened
    "今年1至11月，全县共报告手足口病病例427例，同比下降18.6%，未发生聚集性疫情。",
    # what a first-aid course teaches
    "县人民医院开展“世界急救日”应急救护培训，讲解发现有人溺水、一氧化碳中毒时的现场施救方法。",
    "孩子在野塘溺亡，塘主要担责吗？律师这样说",
    "【辟谣】“须江大桥坍塌多人落水”系网友拼接旧图，经现场核实，大桥结构完好，通行正常。",
    "全镇今年共发生火灾9起，均为农村柴草堆起火，未造成人员伤亡。",
    "这段河道野泳的人特别多，这几年已经淹死好几个人了，建议设置警示牌和救生圈。",
    "入夏才一个月，本县已有4名儿童溺亡，防溺水形势异常严峻。",
    "一位在江边义务打捞溺水者30年的老人：30年里他从江里捞起了200多具遗体，也救起了60多个落水的人。",
    "江边停了好多警车，不知道是不是有人落水了？",
    "市气象台发布暴雨橙色预警：预计今天下午到夜里我市西南部山区有大暴雨，局地伴有雷雨大风和冰雹。",
    "3年前这里发生过一起火灾，造成5人死亡",
    "2021年“5·22”黄河石林百公里越野赛公共安全责任事件造成21人死亡。如今，各地对山地越野赛事的审批和保障明显加强。",
    "夜市人气爆棚！今晚的烟花秀现场气氛直接爆炸",
    "这个月医院门诊量直接爆炸了，医生护士都累到窒息。",
    "温馨提示：燃放烟花爆竹被炸伤后，请立即用清水冲洗伤口并拨打120。",
    "货车司机请注意：如在高速公路上发生交通事故，应立即开启危险报警闪光灯，人员撤离至护栏外并拨打122报警。",
]
"""Texts that tell no incident of now: no grade."""


GRADED = [
    # a survivor's account is no work's plot
    ("据幸存者讲述，事发时船上共有41人，目前仅有5人生还。", E),
    # the missing as people post them, by what they were
    ("听说码头那边翻了条采砂船 七八个船员到现在还没找到 太吓人了", L),
    # a poisoning at work aboard: 急性工业中毒, counted as serious injury
    ("某渔港一渔船在清理鱼舱时发生硫化氢中毒，致2人死亡、11名船员中毒送医。", L),
    # a couple found both gone
    ("上余镇一对老夫妻在家中烧炭取暖，今早被子女发现时都已经没气了。", G),
    # a toll revised, a clause between its word and the figures
    ("【更正】昨日通报的客车侧翻事故遇难人数有误，经公安机关逐一核对，由15人核减为13人。", M),
    # losses as the owner puts them, at least so much
    ("镇上那家最大的民宿昨晚烧起来了，烧了一整夜，老板说损失少说也有两三千万", L),
    ("昨晚电动车批发市场烧起来了 好大的火 从十点烧到凌晨三点 听老板说货和设备损失得有七八千万", M),
    ("隔壁那家酒楼昨晚燃气爆炸了 老板说装修加设备损失少说也有一千多万 还好是半夜没客人", L),
    # what was lost summed at length, after a fire told by 起火
    (
        "某电动车电池组装厂昨夜起火，据厂方估计，车间及仓库内的设备、原料和成品加起来损失在2000万元以上，"
        "目前火灾原因正在调查。",
        L,
    ),
    # a rumour answered by the traffic police
    ("网传“城南路口车祸致3人死亡”？交警：系两车剐蹭，仅1人受轻伤", G),
    # harm done at a trial of today, or right after its verdict: a new incident
    (
        "今天上午，某区人民法院在审理一起民间借贷纠纷案时，被告人突然冲向原告并用水杯将其头部砸伤，"
        "伤者已被送往医院救治。",
        G,
    ),
    ("今天上午一审宣判后，被告人的两名家属在法院门口与法警发生冲突，致1名法警受伤送医，两人已被警方控制。", G),
    # as people post it: children by a dialect's word, or all of those counted, none came up
    ("我们村后面那个水库 仨细伢儿去嬉水 一个都没上来😭😭 太惨了", L),
    ("三个小孩去水库游泳 都没上来", L),
    # all aboard in one boat, some brought up, the rest not found yet
    ("渔船在港口外翻了 一船十五六个人 捞上来三个 剩下的到现在都没找着 码头上全是家属", M),
    ("客船翻了 船上一百多个人 听说到现在只救上来20来个 其他的都还没找到 江边全是家属", E),
    # a loss after a fire told by its measure word
    ("家具城那场火 听说损失七八千万 光红木家具就烧了好几千万", M),
    # a family found gone
    ("一家三口烧炭取暖 早上邻居去敲门发现都没气了 唉 冬天真的要注意", L),
    # some found gone, the others still sought: all of them count
    ("峡谷里五个驴友被山洪冲走 下午找到两个 都已经没了 另外三个还在找 🙏", L),
    # the dead and missing, or the badly hurt, counted after them
    ("台风过后我们县死亡失踪的已经四十多个了 村里好多房子都没了 求关注求救援！！", E),
    ("高架匝道塌了 压了好几辆车 刚出的通报 2死 重伤的有五十六个", M),
    # a chat's figure said to be wrong, the official one after it
    ("更正一下 隧道爆炸之前群里说死了12个 是错的 官方通报是9个人遇难 大家别再转错的了", L),
    # those a dog bit, counted after the bite
    ("西山村一条疑似疯狗 一下午咬了七八个人 都去卫生院打狂犬疫苗了", G),
    # a works' canteen's meal, then the workmates taken ill
    ("厂里食堂昨晚的盒饭有问题，二十多个工友上吐下泻去医院挂水了", G),
    # one hurt as posted or told: a scrape on the road, a fall down steps, a sleeve caught, a woman named so
    ("我们旅行团的大巴在盘山路上跟一辆货车刮擦了，司机腿受伤了，被120拉到医院去了", G),
    ("今天下午，一辆公交车在城区鹿溪路右转时，将一名骑电动车的老人刮倒，老人腿部受伤被送往医院。", G),
    ("江郎山景区一名游客下山时在步道踩空，滚落十余级台阶致右腿骨折，景区工作人员将其背下山后交由120送医。", G),
    ("一名妇女在帮忙收稻谷时衣袖被卷入收割机，造成右臂骨折，已送医治疗。", G),
    # one swept away by what was told at length, not found
    ("四都镇一名72岁村民在村后溪边洗菜时被暴涨的溪水冲走，截至今天18时仍未找到，搜救仍在进行中。", G),
    # three swept away, not found after a day's search
    ("昨晚山洪下来得太快了，河边三个挖沙的工人被水冲走，搜了一整天还没找到人", L),
    # lives taken, named by who they were
    ("某家具厂大火夺走了3名工人的生命，消防部门正在调查起火原因。", L),
    # a disaster's loss guessed by the owner: the geological plan's 重大
    ("泥石流冲进村口的工业园，两个厂房被埋了一半，设备全泡在泥里，老板说损失估计有六百多万", M),
    # a loss assessed by a third party, the first estimate after it
    (
        "市政府新闻办召开“8·3”化工企业爆炸事故第二场新闻发布会，通报事故直接经济损失经第三方机构评估核定为1.26亿元，"
        "此前初步估算为9800万元。",
        E,
    ),
    # a loss first reported so, then revised
    (
        "关于“9·17”家具城火灾直接经济损失的情况说明：该起火灾直接经济损失此前按1.08亿元上报，"
        "经市价格认定中心核定后调整为9400万元。",
        M,
    ),
    # the sick named before their running total
    (
        "某中学食堂食物中毒事件情况通报：截至今日17时，发病学生累计达132人，其中1名学生经抢救无效死亡，其余患者病情平稳。",
        M,
    ),
    # a correction of an article: its title's figure corrected too
    ("本报昨日刊发的《某机械厂起重伤害事故造成3人死亡》一文中，“造成3人死亡”应为“造成3人受伤”，特此更正。", G),
    # the grade an official assessment states, no 一起
    (
        "昨日发生的“9·14”硫酸罐车侧翻泄漏事件已被初步认定为重大突发环境事件，省生态环境厅已派工作组赶赴现场指导处置。",
        M,
    ),
    ("昨日，某工业园区一企业发生硝酸泄漏，经初步研判为较大突发环境事件，目前泄漏已得到控制。", L),
    # pressure vessels and boilers that exploded: a leak first, a cylinder, an autoclave's lid, a thermal-oil boiler
    ("某液化石油气储配站一座球罐发生泄漏后爆炸，周边数十间民房门窗玻璃被震碎，截至目前已造成2人受伤。", L),
    ("某汽修厂一只乙炔气瓶在焊割作业中突然发生爆炸，造成1名工人受伤。", L),
    ("某加气砖厂一台蒸压釜釜盖突然崩开发生爆炸，造成2人死亡、3人受伤。", L),
    ("某涂料公司一台导热油炉发生爆炸，车间屋顶被掀开，1名员工受伤。", L),
    # (a reactor's runaway reaction is no pressure vessel's)
    ("化工厂反应釜发生爆炸，1人受伤", G),
    # a canteen's meal, a concern's words beside it
    (
        "反映学校食堂问题：昨天中午吃完食堂的午饭后，一百多个学生下午陆续肚子痛、呕吐、发烧，都被送到了医院，"
        "我家孩子也在里面。",
        L,
    ),
    # a release's poisoning graded by the environmental plan: a blowout spreading a gas, a leak as posted, waste gas
    # let out unlawfully, those who breathed it and felt ill before they were taken to hospital
    (
        "情况通报：11月28日凌晨，某气田一口气井发生井喷，含硫化氢天然气随风扩散，截至29日12时，已造成周边村民四人死亡、"
        "一百四十余人中毒住院。",
        E,
    ),
    ("村里的化肥厂昨晚漏氨气了，一百三十多个村民胸闷呕吐眼睛都睁不开，全被救护车拉到县医院去了", E),
    ("某化工企业夜间违规排放含氯废气，周边3个村近百名村民陆续出现头晕、呕吐等中毒症状，已分批送医。", M),
    (
        "紧急求助！昨晚11点多化工园区一家企业氯气泄漏，我们村离园区不到一公里，村里一百二十多人吸入氯气后出现胸闷、呕吐，"
        "被救护车陆续送到医院，我爸妈也在里面。",
        E,
    ),
    # a chat's figure, the official one told after it
    ("昨天晚上我们业主群里说死了4个，我后来看到镇里的通报，是2人死亡、1人受伤，是一辆小货车冲进了夜宵摊。", G),
    # bodies found, counted after them, and the rest not found
    ("半个月前连续暴雨引发山洪，村里冲走了十三个人，到现在找到遗体的只有六个，还有七个没找到。", M),
    # those swept away together, not found, the time told first
    ("来电人反映其父亲在江边钓鱼时，和另外两名钓友一起被突然上涨的江水卷走，到现在三个人都还没找到。", L),
    # one named danger's potential loss, its hazard point named as this one
    (
        "该崩塌隐患点危岩体总方量约5万立方米，坡脚为省道和集镇，潜在经济损失约6000万元，目前已启动地质灾害Ⅲ级应急响应。",
        M,
    ),
    # an unstable slope, the people it threatens
    ("经排查，该不稳定斜坡险情等级为中型，需搬迁转移群众300余人，县自然资源局已派驻专业技术人员24小时监测。", L),
    # one hurt told in a hotline ticket; one a falling tile struck
    ("来电人反映：本周二早上，一辆渣土车右转时将一名骑电动车的中年妇女撞倒，该妇女腿部骨折被120送医。", G),
    ("今天中午，小区16栋外墙瓷砖突然大面积脱落，正好砸到路过的一位阿婆，头上流了好多血，已经被120拉去医院了。", G),
    # lives taken, named by their work; those just counted, all gone; a family under the fallen house
    ("昨日下午，贵州某县一处山林突发大火，风助火势迅速蔓延，夺走了4名扑火队员的生命。", L),
    ("我们村三个人上山去打火，风一转没跑出来，三个都没了，村里哭成一片", L),
    ("隔壁村一栋老土房昨晚下大雨塌了 一家三口都压在下面 挖出来都已经没气了", L),
    # this disaster's toll so far, its recovery begun: news, not an aftermath
    (
        "据县防指统计，此次强降雨过程已造成全县8人死亡、4人失踪，直接经济损失约4200万元，灾后恢复工作正在全面展开。",
        M,
    ),
    (
        "截至目前，此次特大洪涝灾害已造成全县直接经济损失约1.25亿元，无人员伤亡，县委县政府要求全力做好灾后恢复重建工作。",
        E,
    ),
    # a family counted first, an occurrence told between (发生 names no one), the death after
    ("凤林镇一户村民家中，一家三口因门窗紧闭使用炭火取暖，发生一氧化碳中毒，经抢救无效死亡。", L),
    # Chinese teachers abroad
    ("巴基斯坦卡拉奇大学孔子学院班车遭自杀式袭击 3名中国教师遇难", L),
    # kin counted, found gone; workers by their trade who did not get out
    ("寒潮夜里，一户留守老人带着两个孙子在屋里烧炭取暖，早上邻居发现时祖孙三人都已经没气了。", L),
    ("KTV着火了，里面三个服务员没跑出来，人已经没了😭", L),
    # a couple ill after wild mushrooms, one gone: a food poisoning's death
    ("村里一对老夫妻吃了自己上山采的野蘑菇，半夜上吐下泻，老头子送到医院没救过来。", L),
    # the people evacuated, risen to
    ("氯气泄漏事故续报：周边紧急疏散群众已增至1.2万人，另有18名村民吸入氯气后送医观察。", M),
    # goods burned told before the New Year (年前 of no count of years is no time long past)
    ("老板说光是年前进的烟花就烧掉了一个多亿，整个仓库全烧光了，还好人都跑出来了", E),
    # brothers counted as 仨, their death told after
    ("兄弟仨在自家柴房里玩鞭炮引燃柴草，不幸遇难", L),
    # boys as 少年, none came up; one gone on the spot by who she was
    ("仨少年去河里游泳 一个都没上来😭 村里人都在河边哭", L),
    ("刚刚人民医院门口一辆车失控冲上人行道 撞了三个排队的 有一个阿婆当场就没了 太惨了", G),
    # goods lost in a flood, named before the loss
    ("受持续强降雨影响，城东物流园区多个仓库进水，据企业初步估算，库存家电、食品等货物损失约5500万元。", M),
    # a table at a night market taken ill
    ("夜市烧烤摊吃出事了，我们一桌8个人全部上吐下泻，现在都在医院挂水", G),
]
"""Texts and the grade their incident takes."""


test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)

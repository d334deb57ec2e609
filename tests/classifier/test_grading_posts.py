"""Incidents as people post them, and what only sounds like one: the words that type an incident, the tolls
and losses as people tell them, crowds, reactions to a vaccine, and warnings, likenesses, denials, anniversaries
and plans that report none."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import EventType, IncidentGrade
from tests.classifier.grades import E, G, L, M


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("三个人去水库里游泳，一个没上来，家里人都在岸边哭", EventType.ACCIDENT),
        ("溪里野泳的小伙子再也没上来", EventType.ACCIDENT),
        ("散学的时候楼梯口挤倒了一排小朋友", EventType.ACCIDENT),
        ("一个阿姨被后面的人挤得从台阶上滚下去了", EventType.ACCIDENT),
        ("修路的把燃气管道挖断了，整条街都是味道", EventType.ACCIDENT),
        ("一辆面包车冲到田里翻了个底朝天", EventType.ACCIDENT),
        ("一辆三轮车冲进塘里了", EventType.ACCIDENT),
        ("水库上一条小船翻了，船上有两个钓鱼的", EventType.ACCIDENT),
        ("工地的升降机从8楼掉下来了", EventType.ACCIDENT),
        ("商场门口的招牌被刮下来了，砸到了路人", EventType.ACCIDENT),
        ("城东路路面突然塌了个大坑", EventType.ACCIDENT),
        ("后面那片厂房好大的火，烟全飘过来了", EventType.ACCIDENT),
        ("溪边出现大片死鱼，还有不少死鱼漂在水面上", EventType.ACCIDENT),
        ("村里办完喜酒，三十几个人上吐下泻", EventType.PUBLIC_HEALTH),
        ("村里十几个人发高烧，医生查不出是什么病", EventType.PUBLIC_HEALTH),
    ],
)
def test_incidents_posted_as_people_tell_them_are_typed(text: str, event_type: EventType) -> None:
    p = propose(text)
    assert p.event_type is event_type and p.grade is not None, p.reasons


def test_some_of_those_with_signs_taken_to_hospital_are_not_all_of_them() -> None:
    """二十几个人头晕恶心 有几个送去医院了: the signs told, some (几个) taken; not twenty poisoned sent to hospital."""
    p = propose("新塘边镇一家化工厂 今天下午突然冒黄烟 村里二十几个人头晕恶心 有几个送去医院了 不知道漏了啥")
    assert p.figures.serious == 0 and p.figures.injured < 20, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a crane toppled whole while lifting, away from a building site
        ("某钢构企业厂区内一台门式起重机在吊装作业时整体倾覆，无人员伤亡。", L),
        # a slope's cracks threatening people, no word of a geological disaster
        ("某村后山近日出现多条裂缝并持续扩大，威胁坡下40户150余人安全，已组织转移。", L),
        # a toxic gas let out, the poisoned outside: the environmental plan
        ("某化工厂氯气外泄，周边村庄60余名村民吸入后出现中毒症状被送医。", M),
        # an illness no hospital has named, of a dozen villagers
        ("某村最近十多个村民陆续出现高烧、皮疹，乡卫生院和市里医院都没确诊是什么病", L),
        # two vehicles run into each other, someone's face covered in blood
        ("路上两辆车顶在一起车头都瘪了 有个大哥坐在路边满脸是血", G),
    ],
)
def test_more_incidents_as_reported_and_posted(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "家庭意外险99元一年，意外身故赔30万，火灾溺水车祸全包",  # an advert for a policy
        "网上说下周会有5级地震？省地震局：纯属谣言，科学上还做不到准确预测地震",  # denied, and foretelling
        "今年第9号台风正在向东南沿海靠近，预计周日在浙闽沿海登陆",  # on its way
        "2011年某铁路特别重大交通事故造成40人死亡，这是每一位铁路人心中永远的痛。",  # a grief remembered
    ],
)
def test_more_texts_that_report_no_incident(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("两个初二男生在宿舍打架，一个被圆规戳到眼睛，血流了一脸", 1),
        ("补胎的时候轮胎爆了 一个师傅被炸飞好几米 脸上全是血", 1),
        ("门业厂今天早上有个工人手被压机压到了，三根手指都断了", 1),
        ("一名62岁的女游客在登山步道下山时不慎滑倒，致右腿骨折无法行走", 1),
        ("一名游客在江郎山景区一线天下山步道踩空跌倒，滚落十余级台阶，致右腿骨折。", 1),
        # the part hurt after a doctor's check, of the one rescued two clauses before
        ("老屋突然倒塌，一名村民被埋。队员于5时10分将被埋村民救出，由120送往医院，经检查其左腿骨折，无生命危险。", 1),
        # a slight burn of one named as rescued, the fire told in an earlier sentence
        ("住宅起火，消防救援人员从屋内救出1名被困老人。被救老人手臂轻微烧伤，已由120送往市人民医院救治。", 1),
    ],
)
def test_more_people_hurt_as_posted_and_reported(text: str, injured: int) -> None:
    p = propose(text)
    assert (p.figures.injured + p.figures.minor, p.grade) == (injured, G), p.reasons


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("饭店煤气罐爆炸了 玻璃全碎 两个服务员受伤送医院了", 2),
        ("两车相撞，三个外卖员受伤，其中一个伤得挺重", 3),
        ("超市货架倒了，砸伤了两个顾客", 2),
    ],
)
def test_people_at_a_site_counted_as_posted(text: str, injured: int) -> None:
    """Those at a site (服务员, 顾客, 外卖员) counted right before them, with 个 or none."""
    p = propose(text)
    assert p.figures.injured + p.figures.minor == injured, p.reasons


def test_a_flat_type_before_its_owners_is_no_count() -> None:
    p = propose("由于设计不合理，后期住户入住，02号户型住户开门撞伤04户型业主")
    assert p.figures.injured + p.figures.minor <= 1, p.reasons


def test_those_blown_away_and_dead_are_no_injured() -> None:
    p = propose("氧气供应厂爆炸，2名工人被炸飞死亡")
    assert (p.figures.deaths, p.figures.injured) == (2, 0), p.reasons


def test_a_child_carried_and_a_fall_in_a_question_about_insurance_are_no_incident() -> None:
    """The person before a comma is not the one hurt after it (帮我带孩子，摔倒了骨折: the mother)."""
    p = propose("我妈前一阵子在重庆帮我带孩子，摔倒了骨折，住院，异地医保报销程序是怎么样")
    assert p.grade is None, p.reasons


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("两个小伙子下去游泳 一个没上来 到现在还在找", 1),
        # not found yet, with a wish for them (求平安 is no one found safe)
        ("两个年轻人游泳 一个没上来 到现在还没找到 天都黑了 求平安🙏", 1),
        # the other one, not found yet (另一个到现在还没找到), with a wish for them
        ("钓鱼的小船翻了 船上两个人 一个自己游上来了 另一个到现在还没找到 大家都在水库上找 希望人没事🙏", 1),
        # those aboard, some brought up, the others not found yet (at least twelve: 二十多 less 8)
        ("峡口水库那边渡船翻了，听说船上二十多个人，到现在只救上来8个，其他的都还没找到，消防和派出所都在水库上搜", 12),
        ("化工厂车间爆炸 据说有3个工人受伤 1个失联", 1),
    ],
)
def test_the_missing_counted_as_people_post_them(text: str, missing: int) -> None:
    p = propose(text)
    assert (p.figures.missing, p.grade) == (missing, M if missing >= 10 else G), p.reasons


def test_no_one_hurt_as_people_post_it() -> None:
    p = propose("西山路路面突然塌了个大坑 一辆电瓶车差点掉进去 还好人没事")
    assert p.figures.report.no_casualties is not None, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("一建筑工地土方突然坍塌，3名工人被埋，3人被挖出时均已没有呼吸和心跳。", L),
        ("某幼儿园多名幼儿午餐后出现呕吐、腹泻，累计到医院就诊的幼儿达106人。", L),
        ("某中学疑似食物中毒事件续报：发病学生已增至一百二十八人，其中一名学生经抢救无效死亡。", M),
        ("某村这半个月有9位老人陆续发高烧住院，县里医院到现在也说不清是什么病", L),
        ("今天上午项目部门口，七八十个农民工拉着横幅讨要拖欠的工钱", G),
        ("刚路过十字路口 一个骑电动车的阿姨被泥头车卷到轮子底下 人当场就走了", G),
        ("一辆轻型货车与一辆电动自行车发生刮擦，电动自行车驾驶人倒地受伤", G),
        ("村口的老石板桥突然塌了一截，我爸骑三轮车经过连人带车掉到溪里，腿摔断了", G),
    ],
)
def test_more_incidents_from_a_later_battery(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "连载｜《山村诡事》第二十章：那一夜大火烧了整整三天，全村四十多口人无一生还",
        "《我的世界》新版本加入了火山爆发和地震玩法，玩家直呼太真实了",
        "某港爆炸事故过去整整十年了，那场事故夺走了173条生命。",
        "台风正以每小时20公里左右的速度向西北方向移动，预计周四夜里在浙江沿海登陆",
        # a warning's weather to come, and a typhoon formed far off
        "江山市气象台发布暴雨黄色预警　预计今天夜里到明天白天，我市西南部山区将出现大到暴雨，局部大暴雨，"
        "累计雨量80~120毫米，并伴有短时强降水和雷雨大风，请注意防范山洪、地质灾害等次生灾害。",
        "今年第9号台风“银杏”已于今晨在菲律宾以东洋面生成，预计将以每小时20公里左右的速度向西北方向移动，后期可能影响我省。",
        "山那边冒浓烟是着火了吗？记者了解到，系农户在田间焚烧秸秆，并非山火。",
    ],
)
def test_more_texts_of_no_incident_from_a_later_battery(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


@pytest.mark.parametrize(
    ("text", "deaths", "missing", "grade"),
    [
        # those not found told by what is left (剩下仨) and without 还 (还有两个没找到)
        ("钓鱼船翻了 船上五个人 救起来俩 剩下仨到现在都没找着 派出所 消防都在库区搜", 0, 3, L),
        # brought out already gone (挖出来五个人 都没气了), with the rest not found
        ("一个塑料厂炸了 整个厂房都塌了 到现在已经挖出来五个人 都没气了 还有两个没找到", 5, 2, L),
        ("早上捞上来一个小伙子 说是昨晚喝多了下水游泳 人已经没了 唉", 1, 0, G),
        ("小车冲进江山港了 副驾驶上还有一个人 捞上来已经不行了", 1, 0, G),
        ("突然一个炸雷打下来 人直接倒地 120赶到的时候已经没了", 1, 0, G),
        # a couple who did not get out of a house a slope's fall buried
        ("后山昨晚塌下来 半边房子被埋了 老两口都没能出来 镇里干部带着人挖到天亮", 2, 0, G),
        # the ambulance's coming told with 来的时候; two named, then counted as not out
        ("一辆水泥罐车把骑电瓶车的大姐撞了 人卷到车轮下面 120来的时候人已经没了", 1, 0, G),
        ("家具店半夜烧起来了 睡在店里的老板跟他老婆两个都没跑出来 人已经没了", 2, 0, G),
        # the count nearest to 一个都没上来 (not 另外两个去拉), a couple with their grandchild, people counted before
        # they were brought out gone (and 送到医院也没救回来 is of the same three)
        ("三个小学生放学去捞螺蛳 一个滑下去 另外两个去拉 结果三个一个都没上来", 3, 0, L),
        ("四个初中生放学后去凤林镇南坞村那段江山港游泳，一个都没上来，消防捞了一下午", 4, 0, L),
        ("半夜一户人家着火了 老两口跟他们8岁的孙子都没跑出来 早上消防从里面抬出来人都没了", 3, 0, L),
        ("一个工人下污水池清淤晕在里面 另外两个下去拉他也晕了 三个人拉上来都不行了 送到医院也没救回来", 3, 0, L),
        # those counted who all did not come up (两个都没上来), and the one brought up later is one of them
        ("有两个初中生在河边玩水 一个脚滑掉下去了 另一个去拉 结果两个都没上来😭 天黑才捞上来 人早就没了", 2, 0, G),
    ],
)
def test_the_dead_and_missing_as_people_post_them(text: str, deaths: int, missing: int, grade: IncidentGrade) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.missing, p.grade) == (deaths, missing, grade), p.reasons


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("新塘边镇一个塑料厂炸了 整个厂房都塌了", EventType.ACCIDENT),
        ("一辆白色小车在江滨路冲进江山港了 车子整个沉下去了", EventType.ACCIDENT),
        ("在茶园干活 突然一个炸雷打下来 人直接倒地", EventType.NATURAL_DISASTER),
        ("后山昨晚塌下来 半边房子被埋了", EventType.NATURAL_DISASTER),
        ("江滨路夜宵摊十几个人干起来了 啤酒瓶乱飞", EventType.SOCIAL_SECURITY),
        ("菜市场一个男的拿着杀猪刀见人就砍", EventType.SOCIAL_SECURITY),
        ("西山路菜场门口 一辆渣土车右转把骑电瓶车的阿姨带倒了 阿姨坐在地上起不来", EventType.ACCIDENT),
    ],
)
def test_incidents_as_people_post_them_are_typed(text: str, event_type: EventType) -> None:
    p = propose(text)
    assert (p.event_type, p.grade) == (event_type, G), p.reasons


@pytest.mark.parametrize(
    "text", ["周末他们两个都没出来玩", "救护车来的时候他还清醒，能说话", "陪我姐姐在医院走了一圈，挂了三个号"]
)
def test_people_not_out_for_play_or_awake_when_the_ambulance_came_are_no_deaths(text: str) -> None:
    assert propose(text).figures.deaths == 0, propose(text).reasons


def test_work_begun_is_no_fight() -> None:
    assert propose("项目开工了，大家撸起袖子干起来了").grade is None


def test_a_fighters_head_split_open_is_an_injury() -> None:
    p = propose("江滨路夜宵摊十几个人干起来了 啤酒瓶乱飞 有个小伙子脑袋被开了瓢 警察来了")
    assert (p.figures.injured + p.figures.minor, p.grade) == (1, G), p.reasons


def test_a_crowd_counted_after_one_of_something_else() -> None:
    """一个厂门口五六十个农民工拉着横幅: fifty gathered, not one (the first count, of a factory, had hidden it)."""
    p = propose("长台镇一个厂门口围了五六十个农民工 拉着横幅讨工钱 说老板欠了大半年 派出所在现场维持秩序")
    assert (p.event_type, p.grade) == (EventType.SOCIAL_SECURITY, G), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a toxic leak as people post it, those poisoned outside the plant (突发环境事件: 10–49 poisoned, 较大)
        ("四都镇那个化工厂中午不知道漏了啥 空气里一股刺鼻味 村里二十几个人出现头晕呕吐的中毒症状 全送医院了", L),
        # a pressure vessel burst, as people post it (特种设备: 较大 whatever the toll)
        ("妈呀 张村乡那个液化气站的储罐炸了 隔好几里都听到响 火光冲天 不知道有没有人受伤", L),
        # a boiler that burst, when between and no event word of its own; its hurt slightly, as posted
        ("四都镇我们纸厂的锅炉今天早上炸了 锅炉房一面墙都塌了 幸好刚交接班 只有两个师傅受了点轻伤", L),
        # a slope's cracks as people tell them, and the people they put in danger (100–499: 较大)
        ("我们村后山昨晚下半夜裂了好几道大口子 乡里来人说坡底下四十几户一百六十多口人都有危险 连夜全转移到村部了", L),
        # a wedding feast's guests taken ill, counted as people post them (100 or more: 较大)
        ("张村乡吃喜酒的 一百二十多号人半夜开始拉肚子呕吐 全拉到市人民医院了 疾控的人去取样了", L),
        # children's reactions after a vaccine, told by their signs
        ("中心小学今天打完疫苗 下午二十几个小朋友发烧 呕吐 家长全赶过去了 说是打针后的反应 卫健局的人在查", L),
        # people in hospital of an illness no doctor can name
        ("双溪口乡几个村的老人这半个月接连发烧咳嗽 已经九个人住院了 医院到现在也说不上是什么病", L),
        # a toll heard and asked about is graded as written, the desk asked to check
        ("听说双塔街道那个KTV着火了 死了十几个人？？真的假的 群里都在传", M),
        ("KTV着火了 三个人死了", L),
        ("车祸 两个人当场就死了", G),
        # a ride stuck high up for over an hour (第六十四条: 一般)
        ("游乐园的过山车卡在最高点 十几个游客头朝下挂了一个多小时才被救下来", G),
        ("我爸早上在菜市场门口被一辆电瓶车撞翻 小腿骨折 正在人民医院等手术", G),
        ("江山港清湖段河面上漂了一层死鱼 白花花一大片 味道冲鼻 上游是不是哪个厂偷排了", G),
    ],
)
def test_more_incidents_as_people_post_them_are_graded(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


def test_a_feared_fever_after_a_vaccine_and_years_of_deaths_are_no_incident() -> None:
    assert propose("打完疫苗后孩子可能会发烧，家长不必担心").grade is None
    assert propose("这个路口已经死了好几个人了").grade is None


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("清湖那边一个化工厂刚刚炸了 轰的一声窗户都在抖 黑烟冒老高了 不知道有没有人受伤", G),
        ("说今天早上脚手架突然塌了 压了五六个人 死了俩 其他的都送医院了", G),
        # a family of five, one got out (four dead)
        ("长台镇昨天半夜一户民房失火 一家五口只跑出来一个 太惨了 听说是电线老化", L),
        # the goods a fire burned told at least so much by their owner (a range read at its low end)
        ("一家做木门的厂子着大火 烧了一下午了还没灭 老板说仓库里的货少说有两三千万", L),
        ("两家为了宅基地吵起来 后来直接动手了 一个老头被打进ICU了 到现在还没醒", G),
        ("有人从高楼往下扔花盆 砸到楼下一个小娃娃 头上缝了8针 这种人必须揪出来", G),
        ("一辆拉液化气的罐车翻了 气漏了一地 附近两个村全撤了 还好没人受伤", G),
        # guests and pupils taken ill after a meal, counted with 个 alone
        # the count after those who went to hospital (去医院的有四十多个), the day's later part (下午好多小孩上吐下泻),
        # those at a feast one after another (陆续上吐下泻), one of them gone
        ("孩子在清湖这边的小学，今天中午吃了配送的午饭，下午好多小孩上吐下泻，家长群里说去医院的有四十多个", G),
        (
            "我们村老张家前天办寿宴，当晚吃席的就陆续上吐下泻，到今天去医院看的已经一百二十八个了，"
            "有个八十多岁的老太太没挺过来，昨晚在医院走了。",
            M,
        ),
        ("吃喜酒回来全家上吐下泻 听说吃席的有一百二十多个都去医院挂水了", L),
        ("今天中午好多同学吃完食堂的饭开始发烧拉肚子 听说有四十多个都送医院了", G),
        ("那边几个村好多老人发烧咳嗽 八九个都住院了 医生也说不清是啥病", L),
        ("我妈前天在社区卫生服务中心打完加强针 当天晚上就走了 医院说跟疫苗没关系", M),
        ("宝宝昨天上午在卫生院打完疫苗 晚上就不对劲了 送到市人民医院也没抢救过来 人就这么没了", M),
        ("宝宝今天上午在镇卫生院打完疫苗，下午就开始发烧抽搐，晚上送到市人民医院抢救，还是走了，才四个月大。", M),
        # rumoured tolls, then the one a cadre confirmed
        ("一开始有人说化工厂炸死了五个，后来又有人说八个。刚刚村书记在群里发了，镇里干部说已经确认11个人没了", M),
        # one of the family, by a kin word of more (表舅妈), gone at a hospital named by its town
        ("表舅一家在后山采了野蘑菇回来煮汤 半夜全家上吐下泻 表舅妈昨天在衢州的医院走了 另外三个还躺在ICU", L),
        ("后山裂开好几条大口子 村干部说威胁坡下七十多户三百来号人 今天全都撤到村小学了 #地质灾害#", L),
        ("峡口镇那个野泳的地方 昨天又淹死一个小伙子 每年夏天都出事 政府能不能拉个网管一管啊", G),
    ],
)
def test_a_second_fresh_batterys_posts_are_graded(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "双十一直播带货翻车 这家网红店被骂上热搜 老板说人设彻底崩塌了",
        "暑期防溺水安全提示：请家长看管好孩子，严禁到水库游泳、戏水，发现有人落水要科学施救。",
        "宿舍楼四楼的人经常往楼下扔垃圾，多次劝说无效，请环保部门管管",
        "一群人举着牌子十分嚣张：轻者用手中牌子敲车窗，重者动手打人！请问人身安全能得到保障吗？",
        "这批货少说有两三千万，卖不出去就亏了",
    ],
)
def test_figures_of_speech_tips_habits_and_fears_are_no_incident(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a voice message without punctuation: a slope's mud down onto a road, no one hurt
        ("小芳啊妈跟你说保安乡那边今天下午山上滑下来好多泥巴把村里的路堵死了没人受伤没人受伤你别担心啊", G),
        # hearsay of three not found under a debris flow
        ("廿八都那边下大雨山上冲下来泥石流把浔里村两户人家的房子埋掉了听说有三个人没找到三个人啊现在还在挖", L),
        # a parent's post: pupils taken ill after lunch, the hospital's count (30–99: 一般)
        (
            "各位家长，今天中午学校食堂吃了番茄炒蛋以后我们班好几个孩子肚子疼，我家孩子下午吐了两次，"
            "医生说全校送来四十多个了，有没有别的家长知道情况？",
            G,
        ),
        ("我们村办喜酒 晚上好多人回来上吐下泻 光我们这桌就七八个 卫生院都挤满了 听说送医的有一百二十多个", L),
        ("谁家孩子是三(2)班的？今天放学在农贸市场门口被电瓶车撞了，腿上好像在流血，已经打了120", G),
        ("江山一物流园仓库大火烧了一整夜 老板说光货就损失了一个多亿", E),
        # those at a table, a dead one told gone, one who stopped breathing, one not found after being swept away
        ("四都镇一户人家半夜着火了 老房子是木头的 八十多岁的老太太没跑出来 人已经没了", G),
        ("两个阿姨在摘茶叶 一个炸雷打下来 两个人都倒地了 一个当场就没了呼吸 另一个被120送到医院 现在还在抢救", G),
        ("昨天下午四点多 暴雨 保安村村口的小木桥上 一个放牛的大爷被山洪冲走了 到现在还没找到", G),
        ("今晚8点10分左右，须江大桥上一辆白色小轿车冲破护栏掉进须江了！！！", G),
        ("前天下午两点多保安村老周家屋顶上他儿子翻瓦掉下来了从三楼摔到院子里头脑袋都是血", G),
    ],
)
def test_a_third_fresh_batterys_posts_are_graded(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "期末考完人直接原地爆炸💥 江山中学的宝子们冲鸭 #期末 #解放",
        "这季度我们公司的业绩简直是一场大地震，销量雪崩，老板说再这样下去大家一起饿死",
        "江山籍导演新作《须江夜火》今晚开播，讲述上世纪90年代一场造成30余人遇难的工厂大火背后的故事。",
        "夏季到来，市应急管理局提醒：不要到江河湖库野泳，发现有人溺水要大声呼救，切勿盲目下水施救。",
        "晚上九点以后街上人都没了",
    ],
)
def test_more_figures_of_speech_plots_and_advice_are_no_incident(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


def test_one_food_poisonings_running_total_is_no_tally_but_a_places_record_is() -> None:
    """发生食物中毒事件，累计就诊学生146人，其中1名学生…死亡: one event (100 or more with a death: 重大);
    该路段发生事故累计死亡50多人: a road's record."""
    p = propose(
        "本报讯 我市某寄宿制学校发生食物中毒事件，累计就诊学生146人，其中1名学生经抢救无效死亡，其余学生病情平稳。"
    )
    assert p.grade is M, p.reasons
    assert propose("该路段发生事故累计死亡50多人").figures.deaths == 0


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("大陈乡办酒那家 昨晚吃席的一百三十多个人半夜开始上吐下泻 卫生院都挤满了 听说有个老太太没挺过来", M),
        ("清湖街道这边化工厂不知道漏了啥 空气里一股刺鼻味 村里四十几个人头晕呕吐送医院了 镇里让我们先撤", L),
        # about so many (三十来个), the signs told apart by spaces, taken by the ambulance, the village as posted
        ("化工厂下午不知道漏了什么 整个村子一股刺鼻的酸味 我们村三十来个人头晕 眼睛痛 呕吐 都被救护车拉到医院去了", L),
        ("刚刚长台镇那边山上烧起来了 火好大 烧了一下午 听林业局的人说烧掉林地两百多亩", L),
        ("今天凌晨上余镇那个木业厂着火了 一直烧到中午 老板说仓库里的板材少说两三千万 还好人都跑出来了", L),
        # a fire told by how long it burned, the goods' least worth told before them (少说也有两三千万的货)
        ("家具仓库从半夜烧到现在🔥🔥 听看门的师傅说里面沙发床垫少说也有两三千万的货 全烧没了 还好晚上没人在里面", L),
        ("电商仓库凌晨烧起来了，火一直烧到早上，老板说里面的衣服家电少说有两千五六百万，全烧没了", L),
        ("我们碗窑乡停水两天了 说是上游水库那边不知道哪个厂偷排 水库里死了一大片鱼 乡里自来水厂的取水口都关了", L),
        ("石门镇清漾村有户人家吃了自己山上采的野蘑菇 全家五口上吐下泻 两个送进ICU了 医生说是毒蘑菇", G),
        ("江山一中的家长群都在传 说食堂中饭吃出事了 一百二十多个学生肚子痛呕吐去医院挂水", L),
        ("大陈村这边有九个老人 这半个月陆续发烧咳嗽住院了 医院也说不清是啥病 村里人心惶惶", L),
        ("大家别传了！！说贺村镇那个厂死了4个人是假的 我就在厂里 就一个师傅手被机器压了 已经送医院了 不要乱传", G),
        ("一个多亿啊！！坛石镇那个鞋厂的火从半夜烧到中午 老板说厂房设备加成品全烧光了 损失一个多亿", E),
    ],
)
def test_a_fifth_fresh_batterys_posts_are_graded(text: str, grade: IncidentGrade) -> None:
    p = propose(text)
    assert p.grade is grade, p.reasons


def test_a_safety_reminders_label_is_no_incident() -> None:
    p = propose(
        "【防溺水提醒】暑期将至，江山市教育局提醒：发现有人落水，切勿手拉手盲目施救，应大声呼救并拨打110、119。"
    )
    assert p.grade is None, p.reasons


@pytest.mark.parametrize("text", ["锅炉炸了 两个师傅受了点轻伤", "厂里着火了 两个师傅受了点伤"])
def test_the_slightly_hurt_as_people_post_them(text: str) -> None:
    assert propose(text).figures.minor == 2, propose(text).reasons


@pytest.mark.parametrize(
    ("text", "deaths"),
    [("一个男的拿着杀猪刀见人就砍 砍死了三个 还有两个受伤送医院了", 3), ("渣土车冲上人行道 撞死了两个", 2)],
)
def test_those_a_killing_or_a_crash_took_counted_with_ge_alone(text: str, deaths: int) -> None:
    assert propose(text).figures.deaths == deaths, propose(text).reasons


def test_a_storm_that_came_is_an_incident() -> None:
    p = propose("昨晚雷雨大风刮倒大树，砸中一辆轿车")
    assert (p.event_type, p.grade) == (EventType.NATURAL_DISASTER, G), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "12月1日晚9时许，双塔街道城北某小区一部电梯在上行至9楼时突然失控下滑，停于2楼与3楼之间，一名老人腿部骨折。",
        "双塔街道城南安置小区12幢的电梯今天下午突然往下掉 从11楼一下冲到负一楼 里面三个人",
    ],
)
def test_a_lift_that_fell_is_an_accident(text: str) -> None:
    p = propose(text)
    assert (p.event_type, p.grade) == (EventType.ACCIDENT, G), p.reasons


def test_the_hurt_told_by_a_sprained_foot_add_up_with_another() -> None:
    p = propose("电梯突然往下掉 从11楼一下冲到负一楼 里面三个人 一个老爷爷脚崴了 还有一个阿姨腰受伤了 120来拉走了")
    assert p.figures.injured == 2, p.reasons
    assert propose("跑步的时候脚崴了 好疼").grade is None


def test_those_a_knife_struck_counted_after_it_are_hurt() -> None:
    p = propose("菜市场门口刚刚有个男的拿刀砍人 砍了两个卖菜的 一个手上全是血 一个背上被砍了一刀")
    assert p.figures.injured == 2, p.reasons
    assert propose("院子里的柴砍了两个小时").grade is None


@pytest.mark.parametrize(
    "text",
    [
        "盘山公路上一辆面包车冲到坎下面去了车上四个人两个当场就没气了还有两个拉到医院去了交警消防都来了",
        "面包车冲到坎下面去了 车上四个人 两个当场就没气了 还有两个拉到医院去了",
    ],
)
def test_those_aboard_told_apart_as_gone_and_taken_to_hospital(text: str) -> None:
    """Two of the four counted with 个 before 当场 are the dead (not all four), the other two the hurt."""
    p = propose(text)
    assert (p.event_type, p.figures.deaths, p.figures.injured, p.grade) == (EventType.ACCIDENT, 2, 2, G), p.reasons


def test_one_of_those_found_hurt_told_without_a_noun() -> None:
    p = propose("浮盖山迷路的三个驴友找到了！三个人都还活着，就是有一个下山时摔了一跤腿骨折了，送医院了。")
    assert (p.figures.injured, p.grade) == (1, G), p.reasons
    assert propose("有个问题想问下 骨折了怎么报销").grade is None
    # (the one named, the part of the body two clauses on)
    p = propose("今天下午江郎山上有个游客下山的时候踩空 从台阶上滚下去了 腿摔断了走不了 消防用担架抬下山的")
    assert p.figures.injured == 1, p.reasons


def test_those_counted_as_not_up_for_a_meal_are_no_dead() -> None:
    assert propose("楼上两个都没上来吃饭").figures.deaths == 0


def test_a_years_incident_told_as_having_happened_before_is_left_out() -> None:
    p = propose(
        "石门镇那个烟花仓库上午炸了，说是死了三个，还有两个受伤送医院了。这地方2019年就炸过一次，那次死了十二个人，怎么还让它开"
    )
    assert (p.figures.deaths, p.grade) == (3, L), p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a kin word of more (老人家) gone after a feast, a family counted (一家三口都没跑出来), those gone on the spot
        # counted after it (当场走了四个), a noun of people after 个 (死了十二个工人), those not found counted with 个人
        ("大陈乡吃喜酒吃出事了 一百三十多号人半夜开始上吐下泻 都去医院挂水了 听说有个老人家没挺过来 今天早上走了", M),
        ("有没有人知道四都镇昨晚怎么回事 一个出租房着火 三楼一家三口都没跑出来 人都没了", L),
        ("高速江山段 大货车追尾小客车 小客车里五个人 听说当场走了四个 太惨了", L),
        ("听说贺村镇一个厂的宿舍楼半夜着火 死了十二个工人 是真的吗？？官方怎么还不通报", M),
        ("大陈乡昨晚山洪 溪边的几户人家被冲了 三个人到现在还没找到 消防 武警都在搜", L),
        # a gas breathed as posted, what else they felt between the signs and the hospital
        ("工业园区一家厂子下午冒黄烟 隔壁村子里十几个老人小孩咳嗽胸闷 眼睛辣得睁不开 都送去医院了 说是吸了有毒气体", L),
        ("工业区一个厂昨晚氯气泄漏 附近村子里六十多个人胸闷呕吐送医 整个村连夜撤出来了", M),
        # the hurt as posted: one a knife struck, one a bus knocked down, eleven told badly hurt with 个
        ("双塔街道一个网吧 有个男的拿刀把网管砍了 手臂上好大一个口子 血流了一地 被派出所控制了", G),
        ("鹿溪路那个红绿灯 外卖小哥的电瓶车被公交车刮倒了 人躺在地上 腿一直在流血 120很快就到了", G),
        ("虎山街道一家饭店液化气罐炸了 后厨整个掀掉了 服务员和厨师有十一个伤得很重 送人民医院了", L),
        # several struck by what no doctor can name, as posted (好几个老人…十来个了)
        ("大陈村这个月好几个老人发烧咳嗽住院 十来个了 医院也说不清是什么病 村里人心慌慌的", L),
        # a fire's loss told bare as people post it (损失七八千万: 7000万 at least, 重大)
        ("上余镇那个木业公司半夜着火 一直烧到第二天中午 听说损失七八千万 好多人要失业了", M),
        # the woods burned told first (林子烧掉三百多亩: 20 ha)
        ("保安乡那边山火烧了一天一夜 听林业站的人讲 林子烧掉三百多亩 直升机都来吊水了", L),
        # a hill's fire named as people name it, or a fire whose woods burned make it a wildfire
        ("廿八都山上那场火总算灭了，烧掉的林子有两千多亩", M),
        ("后山着火了 烧掉的林子有两千多亩", M),
        # a death asked to be denied is not denied (求辟谣)
        ("凤林镇的大巴翻了！！听说是去仙霞关旅游的团 死了十几个 还有好多受伤的 真的假的啊😨 求辟谣", M),
        # a group chat's old house that fell, one pinned (腿被压住了), brought out with a broken leg
        ("【村民群】老毛：后山脚那间土坯老屋塌了 阿芳：里面有人吗？？ 老毛：毛大伯在里面困觉 腿被压住了", G),
        # a truck whose brakes failed, three gone on the spot counted with 个人
        ("峡口镇街上 一辆拉石头的大货车刹车失灵冲进路边早餐店 店里坐着吃早饭的三个人当场就没了 还有两个送医院了", L),
        # a leak's yellow smoke, the sick as posted; an ammonia leak and a hundred residents sent to hospital
        ("化工厂下午突然冒黄烟 风往我们村吹 村里已经有十五六个人头晕呕吐被送到医院了 生态环境部门的人也到了", L),
        ("大桥镇那个冷库液氨漏了 一整条街都是刺鼻味 周围一百多个居民胸闷流眼泪 都被送医院了 环保局的也来了", E),
        # more dead counted with 也 (车上两个人也没了): added to the three dug out, the five not found besides
        ("采石场塌方，埋了8个人，挖出来三个都没气了，还有五个没找到。坡下面一辆农用车也被埋了，车上两个人也没了。", M),
        # a fire's loss told bare with 了 (光货就损失了七八千万)
        ("贺村镇那个物流仓库烧了一天一夜 消防来了十几辆车 老板说光货就损失了七八千万 幸好没人受伤", M),
        # wind that blew something over, one lightly hurt as posted
        ("凤林镇南坞村 大风把一户人家的彩钢棚整个掀翻了 砸到一辆路过的三轮车 开车的大伯受了点轻伤", G),
        # the badly hurt counted after them (伤得很重的有十几个)
        ("江郎山脚下一辆旅游大巴冲出路面翻到沟里了 听现场的人说 伤得很重的有十几个 都拉到衢州去了", L),
        # those aboard, some brought up, the rest not found (剩下的一个都还没找到: at least fourteen)
        ("江山港上游一条采砂船翻了 船上有二十几个工人 捞上来七个 剩下的一个都还没找到 家属都在岸边哭", M),
        # a feast's sick after they ate (吃完…上吐下泻), one gone; a vaccine by its name alone, then a death
        ("贺村镇有人办喜酒 吃完一百五十多个人上吐下泻 有个老人家没挺过来😭 昨晚医院都住满了", M),
        ("我表姐家宝宝在社区卫生服务中心打完百白破 当天半夜就高烧抽搐 送到医院人还是没了 才六个月啊", M),
        # a leak told as 什么漏了
        ("大桥镇那边化工园区 刚刚不知道什么漏了 空气里一股刺鼻味 六十多个村民头晕呕吐被送医院了 学校都停课了", M),
        # a hand caught in a machine, the fingers told in the next spaced clause; a fire's loss told with 就有; those a
        # current swept away with a space before 被; yellow smoke after a blast and the sick as posted
        ("峡口镇那边一个做木工的师傅手被刨床绞进去了 听说三根手指都断了 送衢州医院去了", G),
        ("贺村镇木业公司仓库着火了 烧了一整夜 老板说光板材跟设备损失就有两三千万 心疼", L),
        ("江山港桥下三个人钓鱼 被急水卷到下游 到现在还没找到 搜救队找了一天了", L),
        ("峡口镇塑料厂炸了之后一直冒黄烟 周边几个村六十多个人胸闷呕吐都被送医院了 救护车来来回回", M),
    ],
)
def test_later_batteries_posts_are_graded(text: str, grade: IncidentGrade) -> None:
    """Posts of three batteries written from the README alone (the ninth session of 2026-12-05)."""
    p = propose(text)
    assert p.grade is grade, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # water or mud running into a field or a pond, not a vehicle
        "一下雨，山上的泥沙都冲到田里",
        "雨水漫过塘堤冲进塘内",
    ],
)
def test_water_run_into_a_field_or_a_pond_is_no_accident(text: str) -> None:
    assert propose(text).event_type is not EventType.ACCIDENT


def test_three_or_two_people_gone_told_as_sa_or_lia() -> None:
    p = propose("一辆小车冲进塘里，车上仨人都没了")
    assert (p.figures.deaths, p.grade) == (3, L), p.reasons
    assert propose("车翻到沟里，车上俩人都没了").figures.deaths == 2


def test_someone_named_who_died_too_adds_to_the_toll() -> None:
    p = propose("一辆货车冲向路边人群，造成行人2人死亡，货车驾驶员也在事故中身亡。")
    assert (p.figures.deaths, p.grade) == (3, L), p.reasons
    # 也 of another kind, or someone among them, adds none
    assert propose("两车相撞造成2人死亡，其中包括驾驶员。").figures.deaths == 2


def test_a_fires_loss_told_as_at_least_so_much_burned() -> None:
    p = propose("昨晚那个家具厂着火了，仓库里的家具全烧没了，少说也有两千多万")
    assert p.grade is L and p.figures.loss_yuan == 20_000_000, p.reasons


def test_people_at_hospital_after_a_meal_with_why_between_are_the_poisoned() -> None:
    p = propose("某小学发生一起疑似食物中毒事件，先后有一百一十余名学生因腹痛、呕吐到医院就诊。")
    assert p.grade is L, p.reasons


def test_signs_after_a_toxic_gas_let_out_are_a_poisoning() -> None:
    """有毒气体外泄, then people with signs: poisoned, 中毒 unsaid; the environmental plan counts all of them."""
    p = propose("化工厂反应釜爆炸后大量有毒气体外泄，周边村庄已有110多名村民出现头晕、恶心等症状被送医。")
    assert (p.grade, p.figures.serious) == (E, 110), p.reasons
    # signs with no gas let out are no poisoning
    assert propose("小区110多名居民出现头晕、恶心等症状，怀疑和天气有关。").grade is not E


def test_a_tankers_load_run_into_a_river_that_cut_a_county_towns_water() -> None:
    p = propose("县城上游一辆汽油罐车侧翻，大量汽油流入河道，县城自来水厂紧急关闭取水口。")
    assert p.grade is M, p.reasons


def test_an_unknown_illness_told_as_no_doctor_can_name_it() -> None:
    p = propose("某村这个月已经有十来个人发烧住院了，医生也查不出是啥病")
    assert p.grade is L, p.reasons


def test_reactions_to_a_vaccine_told_by_their_signs_and_a_death_told_as_gone() -> None:
    p = propose("卫生院给学生集中接种疫苗后，陆续有30多名学生出现头晕、呕吐等反应，已送医观察。")
    assert p.grade is L, p.reasons
    p = propose("孩子上午在社区卫生服务站打完疫苗，晚上人就没了")
    assert p.grade is M, p.reasons


def test_people_kept_in_a_lift_or_on_a_ride_as_people_tell_it() -> None:
    p = propose("小区电梯卡在两层中间，我们一家在里面困了两个多小时才出来")
    assert (p.event_type, p.grade) == (EventType.ACCIDENT, G), p.reasons
    p = propose("游乐园的过山车停住了，十几个游客被倒挂在半空一个多小时")
    assert (p.event_type, p.grade) == (EventType.ACCIDENT, G), p.reasons
    # below the 条例's hours: no accident graded
    assert propose("电梯坏了，我们在里面困了二十分钟").grade is None


def test_a_crowd_counted_is_a_gathering_even_with_no_word_of_one() -> None:
    p = propose("今天上午售楼处门口一百多个业主拉横幅，要求开发商给说法")
    assert (p.event_type, p.grade) == (EventType.SOCIAL_SECURITY, G), p.reasons
    p = propose("工地门口今天聚了三四十个工人讨薪")
    assert (p.event_type, p.grade) == (EventType.SOCIAL_SECURITY, G), p.reasons
    # nobody counted (a complaint's habit), a handful, or a petition told of an office
    assert propose("开发商一直拖，导致业主不断拉横幅上访").grade is None
    assert propose("门口三个工人拉横幅讨薪").grade is None
    assert propose("案件没有进展，几百名受害人再次上访").grade is None


@pytest.mark.parametrize(
    "text",
    [
        # likenesses
        "老板听完汇报，脸黑得像要原地爆炸",
        "周一的会议室，气压低到窒息",
        # denied after a question, or the occurrence denied
        "有人说城北那边化工厂爆炸了？厂方回应：系管道例行泄压，未发生爆炸。",
        "手机收到“地震预警”测试短信，应急管理局回应：系系统测试，并非发生地震。",
        # influenza-like illness counted and a season's advice
        "疾控提醒：近期流感进入高发季，流感样病例占比有所上升，建议老人接种流感疫苗。",
        # a plan's class of events, by its grade band
        "新修订的应急预案明确，较大及以上森林火灾由市政府统一指挥。",
        # a quake abroad felt here, no one hurt here
        "缅甸北部发生6.0级地震，我国云南多地震感明显，暂未收到人员伤亡报告。",
        # an anniversary, the disaster recalled as 那年
        "今天是那场洪灾十周年。那年全县多地被淹，12人遇难。十年过去，防汛体系已今非昔比。",
    ],
)
def test_what_only_sounds_like_an_incident_is_graded_none(text: str) -> None:
    p = propose(text)
    assert p.grade is None, p.reasons


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # the part of the body hurt, of one person named in a clause before
        ("一辆货车侧翻，被困司机被救出，左腿骨折，已送往医院。", 1),
        ("一名工人清理机器时，右手被卷入滚筒，致两根手指骨折。", 1),
        ("120急救人员赶到后，该男子呛水，身体多处擦伤，已送医。", 1),
        # as people post it: what befell them, no word of injury
        ("一辆电瓶车和小车撞了 骑车的大叔被撞倒在地 腿上都是血", 1),
        ("两拨人打起来了 有个男的头被砸破了", 1),
        # (one, then four more: five)
        ("楼梯口挤倒了一片 一个小朋友手骨折了 还有四个擦破皮", 5),
    ],
)
def test_people_hurt_told_without_a_count(text: str, injured: int) -> None:
    p = propose(text)
    assert p.figures.injured + p.figures.minor == injured and p.grade is G, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "球员在比赛中，右腿骨折。",  # no incident
        "两名工人被砸中，腿部受伤。",  # two people: how many hurt is not told
        "2016年7月14日，母亲在菜园不慎跌落，脚踝骨折。",  # a story's, years ago
        "老人路上摔倒差点骨折",  # nearly
        "孩子手受伤骨折了，申请了体育免考",  # no incident told
        "我们为祖国建设流血流汗",  # a figure of speech
    ],
)
def test_a_body_part_hurt_of_no_one_person_or_of_no_incident_is_no_figure(text: str) -> None:
    p = propose(text)
    assert p.figures.injured + p.figures.minor == 0, p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "昨晚西山路一家酒吧外有人聚众打架，3人轻微伤。",
        "夜宵摊两拨人打群架，警察带走了好几个。",
    ],
)
def test_a_brawl_as_reports_and_posts_tell_it(text: str) -> None:
    assert propose(text).event_type is EventType.SOCIAL_SECURITY


def test_a_crowd_that_came_somewhere_for_what_it_demands_is_a_gathering() -> None:
    p = propose("今天上午，百余名业主来到售楼处讨说法，要求开发商整改。")
    assert (p.event_type, p.grade) == (EventType.SOCIAL_SECURITY, G), p.reasons
    p = propose("数十名工人围坐在工地大门口，讨要被拖欠的工资。")
    assert (p.event_type, p.grade) == (EventType.SOCIAL_SECURITY, G), p.reasons
    # nowhere they came to: a complaint's
    assert propose("我们数百名家长到处寻找各种途径维权").grade is None
    assert propose("100多名工人讨薪无门，希望领导关注").grade is None


@pytest.mark.parametrize(
    ("text", "grade", "deaths"),
    [
        # one of the family gone, as people post it
        ("一家三口吃了自己采的野生菌，半夜上吐下泻，爷爷凌晨在医院走了，其他2人还在住院", L, 1),
        ("隔壁村一家人关着窗烤火，早上发现的时候奶奶已经没气了", G, 1),
        ("两人都昏迷了，送医后老太太没挺过来", G, 1),
        # people counted, then all gone
        ("村里两个小学生下午去河里游泳，捞上来的时候人都已经没了", G, 2),
    ],
)
def test_deaths_as_people_post_them(text: str, grade: IncidentGrade, deaths: int) -> None:
    p = propose(text)
    assert (p.grade, p.figures.deaths) == (grade, deaths), p.reasons
    assert propose("他最后还是挺过来了").figures.deaths == 0


def test_the_rest_not_found_yet_are_missing() -> None:
    p = propose("水库里一条小船翻了，船上三个人，一个自己游上岸，另外两个到现在还没找到")
    assert (p.figures.missing, p.grade) == (2, G), p.reasons


@pytest.mark.parametrize(
    ("text", "deaths", "injured"),
    [
        # two counted, then all found gone (都已经没了, 人 unsaid)
        ("张村乡秀峰村那边 两个小孩在村口水塘边玩 掉下去了 捞上来的时候都已经没了 村里人叫了120也没用", 2, 0),
        # lifted out already gone
        ("一辆拖拉机翻到坎下面 开拖拉机的大伯被压在下面 村里人抬起来的时候已经没气了 派出所的人来了", 1, 0),
        # two buried, each told apart: one hurt, one gone
        ("沟塌了 埋了两个工人 一个挖出来腿骨折了 另一个挖出来的时候已经不行了 消防 120都来了", 1, 1),
        # two hurt, one told by what they were doing (一个吃夜宵的)
        ("贺村中学旁边那家夜宵店炸了 是液化气罐炸的 老板娘和一个吃夜宵的被炸伤了 救护车拉走了", 0, 2),
        # one passing by struck (砸到路过的一个阿婆), stitched (缝了好多针)
        ("村口那座老祠堂的墙塌了，正好砸到路过的一个阿婆，被救护车拉走了，听说头上缝了好多针", 0, 1),
        # those counted scraped, not one person before them (一排小朋友 有四个小朋友擦破皮)
        ("学校门口台阶那里人太多 挤倒了一排小朋友 有四个小朋友擦破皮", 0, 4),
        # a family buried, then all dug out gone
        ("连日阴雨，张村乡一处老土坯房突然倒塌，一家三口被埋 挖出来都没气了", 3, 0),
        # no one hurt, in dialect
        (
            "群里说坛石镇鞭炮仓库爆炸死了三个人 假的假的 我就在坛石 是今天下午两点多坛石村一个废品收购站着火了 "
            "烧了一堆纸板 莫得人受伤 消防半个钟头就扑灭了",
            0,
            0,
        ),
    ],
)
def test_the_dead_and_hurt_as_posts_tell_them(text: str, deaths: int, injured: int) -> None:
    p = propose(text)
    assert (p.figures.deaths, p.figures.injured) == (deaths, injured), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a lift that fell, the time and the floor between, a complaint about the management beside it
        "我们双塔街道江滨路锦绣花园8幢的电梯 今天傍晚六点左右从12楼突然往下掉到3楼才停 阿姨腿受伤了 物业太不负责了",
        # someone fallen into the water as people post it
        "张村乡秀峰村那边 两个小孩在村口水塘边玩 掉下去了 捞上来的时候都已经没了",
        # a vehicle that ran someone down, where first, then 将 (a report's form)
        "一辆西山5路公交车在城区中山路与东城路交叉口右转时，将一名七旬老人撞倒。",
        # a step missed on a trail, a vehicle carried downstream
        "12月6日上午11时许，一名62岁游客在江郎山景区一线天下山步道踩空跌倒，滚落十余级台阶，致右腿骨折。",
        "塘源口乡那座漫水桥 今天早上6点多 一辆白色面包车过桥的时候被溪水冲到下游去了 车上两个人爬到车顶上",
        # a vehicle gone into the water as people post it
        "双溪口乡到峡口镇那条路上 一辆面包车冲到溪里去了 车里两个人 一个自己爬出来了 另一个被卡在里面 消防来了正在救",
    ],
)
def test_more_accidents_as_posts_tell_them(text: str) -> None:
    p = propose(text)
    assert p.event_type in (EventType.ACCIDENT, EventType.NATURAL_DISASTER) and p.grade is G, p.reasons


def test_a_question_answered_by_an_incident_is_graded_by_the_answer() -> None:
    p = propose("江山发生爆炸？官方回应：系化工厂储罐爆炸，2人受伤")
    assert (p.event_type, p.grade) == (EventType.ACCIDENT, G), p.reasons


def test_workers_poisoned_cleaning_a_pit_at_a_food_factory_are_an_industrial_poisoning() -> None:
    """食品厂 names a works, not what was eaten: 十来个工人 acutely poisoned at work, 较大 as seriously hurt."""
    p = propose("新塘边镇一家食品厂清理污水池的时候出事了，十来个工人都中毒了，都送医院了")
    assert p.grade is L and any("急性工业中毒" in r for r in p.reasons), p.reasons
    # (a reactor cleaned, a space between as posted)
    p = propose("新塘边化工厂清理反应釜出事了 十来个工人都中毒了 送医院了 #突发#")
    assert p.grade is L and any("急性工业中毒" in r for r in p.reasons), p.reasons
    # (an accident still told with 请 after it is one)
    assert propose("今天上午205国道发生交通事故，请过往车辆绕行").grade is G
    assert propose("城北小区发生火灾，请居民立即撤离").grade is G


def test_a_family_taken_ill_after_wild_mushrooms_is_a_suspected_food_poisoning() -> None:
    p = propose("村民群：老王家三口昨晚吃了自己上山采的野蘑菇 半夜上吐下泻 今早都送到市人民医院了")
    assert (p.event_type, p.grade) == (EventType.PUBLIC_HEALTH, G), p.reasons
    # (砸死过路人: a passer-by killed, not 过 of ever)
    assert propose("高空坠物砸死过路人").figures.deaths == 1


def test_a_pupil_beaten_by_others_is_a_social_safety_incident() -> None:
    p = propose("江山市教育局通报：本月10日，某中学一名初一女生遭3名同学殴打，受害学生身体多处擦伤，已送医检查。")
    assert (p.event_type, p.grade) == (EventType.SOCIAL_SECURITY, G), p.reasons
    assert propose("开展防范校园欺凌专题教育活动").grade is None


def test_the_goods_in_a_fire_told_amount_first_are_its_loss_at_least() -> None:
    p = propose("大火从半夜烧到现在 听说是有人故意放的火 仓库里少说有两三千万的货 就在贺村镇")
    assert (p.figures.loss_yuan, p.grade) == (2000e4, L), p.reasons


def test_those_swept_away_counted_and_not_found_yet_are_missing() -> None:
    p = propose("听说四都镇那边泥石流冲走了三个人，到现在还没找到")
    assert (p.figures.missing, p.grade) == (3, L), p.reasons
    # found gone later in the post: the dead, not missing as well
    p = propose("山洪冲走了2个人 到现在还没找到 刚刚听说找到了 人已经没了")
    assert (p.figures.deaths, p.figures.missing, p.grade) == (2, 0, G), p.reasons


@pytest.mark.parametrize(
    "text",
    [
        "这鬼天气 江山闷得人喘不过气 出门五分钟汗流浃背 整个人快原地爆炸了🥵 谁家空调借我吹吹",
        "电视剧《须江谣》第18集 一场大火烧了整条老街 死了好多人 编剧你是魔鬼吧😭😭 追剧追到哭",
        "王者今晚双排 被对面打到团灭 心态直接崩塌 江山有没有一起开黑的兄弟 带飞",
        # a rumour a chat's member denied (群里那个说…)
        "群里那个说上余镇化工厂爆炸死了5个的 假的假的 我就在厂里上班 人家是正常检修放气 别乱传了",
        "江山今年的菜价简直雪崩 白菜五毛一斤都没人要 菜农再这样下去要饿死了",
        "今年江山的房价真的雪崩了吧 成交量直接腰斩 售楼处冷清得令人窒息 中介小哥都快饿死了哈哈",
        "江山市消防救援大队招聘政府专职消防员20名　要求年龄18至30周岁，身体健康，能适应火灾扑救、抢险救援等工作。",
        "虎山街道新开的那家麻辣烫 好吃到爆炸💥 老板还送酸梅汤 住这边的可以冲",
        "【江山人保】意外险一年只要99元 交通意外、溺水、火灾烧伤统统保 意外身故最高赔付60万 立即投保👉",
        "预计明天有大风把门窗关好",
        # a hill's 火 beginning another word
        "江郎山山上的火锅店生意真好",
        "山上的火龙果熟了",
        # a bomb carried and stopped (爆炸装置, 爆炸未遂), a figure of speech's scale (地震级新闻), a question answered
        # by what it was (官方回应：系正常放气)
        "一男子携带自制爆炸装置欲在江山火车站引爆，被民警当场抓获，爆炸未遂。",
        "地震级新闻！某顶流明星官宣退圈",
        "江山发生爆炸？官方回应：系正常放气",
        # advice on what to do should one happen (遇到交通事故请拨打122, 如有人员受伤请拨打120)
        "市应急管理局提醒：发现火情请立即拨打119，遇到交通事故请拨打122，如有人员受伤请拨打120，其他诉求可拨打12345政务服务热线。",
        # what not to do should one happen (发现有人落水不要盲目下水施救)
        "发现有人落水不要盲目下水施救 要大声呼救 转给家里老人孩子看看",
        # a place's record told with 过 (淹死过两个小孩: ever, no toll now)
        "村口这口塘2019年就淹死过两个小孩，到现在还没装护栏，希望镇里重视一下。",
        # a roof's or a bathroom's seepage is a complaint (a tailings dam's is an accident)
        "楼上卫生间渗漏一个月了没人管",
    ],
)
def test_later_batteries_texts_of_no_incident(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a voice message run on past its dead into what it tells next
        ("刚刚凤林那边出大事了一辆小车跟大货车迎面撞上了车上仨人都没了货车司机也受伤了路全封了大家绕一下", 3),
        # a couple and their grandchild, told as a family (一家子都没出来); those counted who did not pull through
        ("江山长台镇一户民房凌晨起火 老两口跟他们8岁的孙子一家子都没出来 太惨了😭", 3),
        ("廿八都庙会人太多了 桥上挤得动不了 有人被挤倒 后面的人踩上去 三个老人没挺过来 还有十来个受伤的", 3),
        ("今天下午又出事了 一辆渣土车把电瓶车碾了 三个人当场就不行了", 3),
        # a rumour's toll corrected by someone there, counted with 个 alone (2个死了)
        ("吧友A：说205国道那个车祸死了4个？ 吧友B：我表哥在那边执勤 说是2个死了 另外两个是受伤 不要乱传", 2),
        # a chat's toll that grows: one more who could not be saved, then the running total told bare
        ("张：虎山那边一家饭店刚刚炸了 李：听说是液化气 死了俩 王：刚又听说送医院那个人没救回来 现在是三个了", 3),
        ("早餐店燃气爆炸了 当场就死了两个 还有四个受伤的送医院 刚听说有一个送过去半夜也没救回来 这下三个人了😢", 3),
        # each told by where they sat, one more with 也
        ("面包车翻到沟里 开车的当场就没了，副驾那个送医院路上也走了，后座的阿婆也没抢救过来", 3),
        # those buried counted as a range (三五个: three at least), then all brought out gone
        ("后山塌方 埋了三五个 挖出来都没气了", 3),
        # a flood told place by place: one still missing, two swept away and found gone
        (
            "山洪下来的时候 保安村一个放牛的老伯被冲走了 到现在还没找到 "
            "南坞村那边也冲走两个 今天上午在下游找到了 人已经没了",
            2,
        ),
    ],
)
def test_the_dead_as_chats_and_voice_messages_tell_them(text: str, deaths: int) -> None:
    assert propose(text).figures.deaths == deaths, propose(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "我们都走了，司机也走了",
        "司机已经走了，明天再来",
        "3个人都没了工作",
        "楼上两个都死了心了",
        "群里现在是三个了，还差两个人开黑",
    ],
)
def test_people_who_left_or_lost_something_are_no_dead(text: str) -> None:
    assert propose(text).figures.deaths == 0, propose(text).reasons


def test_the_others_taken_to_hospital_and_one_swept_away_told_with_where() -> None:
    p = propose("仙霞关那边的盘山公路 一辆面包车翻到坎下面去了 车上四个人 两个当场就没气了 另外两个拉到医院去了")
    assert (p.figures.deaths, p.figures.injured) == (2, 2), p.reasons
    p = propose("昨天下午塘源口那边发山洪 洪家村一个放牛的大爷在村后溪边被山洪冲走了 到现在还没找到😭")
    assert p.figures.missing == 1, p.reasons
    # (the count nearest to the one swept away, not those who went)
    p = propose("大陈村村口的小溪里 两个小孩去游泳 一个被急水卷到下游去了 消防都在沿着溪找 到现在还没找到")
    assert p.figures.missing == 1, p.reasons


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a confined space's poisoning at work, counted as 十来个 (about ten): 急性工业中毒, counted as seriously hurt
        ("长台镇那个造纸厂今天下午清理污水池的时候出事了十来个工人都中毒了救护车来了好几趟还好听说人都救过来了", L),
        # a feast's guests in hospital, no symptom named, one who did not pull through: 重大 on the food safety plan
        ("你们大陈乡那边吃席的人怎么样了我们村里吃席的有一百二十多个都去医院挂水了听说有个老太太没挺过来", M),
        # those counted who did not get out, then all gone (三五个: three at least)
        ("我跟你说凤林镇那边一个民房烧起来了有三五个人没跑出来听说都没了消防还在那边灭火", L),
        # a chat's one not up, then brought up gone: one dead, no one missing
        (
            "郑师傅：水库上出事了 两个钓鱼的小船翻了 郑师傅：一个自己游上来了 一个没上来 "
            "郑师傅：捞上来了 人已经不行了 唉",
            G,
        ),
    ],
)
def test_a_later_batterys_posts(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade, propose(text).reasons


def test_one_not_up_then_brought_up_gone_is_no_longer_missing() -> None:
    p = propose("郑师傅：两个钓鱼的小船翻了 一个自己游上来了 一个没上来 郑师傅：捞上来了 人已经不行了 唉")
    assert (p.figures.deaths, p.figures.missing) == (1, 0), p.reasons


def test_guests_visiting_someone_in_hospital_are_no_poisoning() -> None:
    assert propose("吃席的有三个人去医院看了朋友").grade is None


def test_people_who_lost_their_fare_are_no_dead() -> None:
    # (路 is no word a post goes on with after its dead: 都没了路费 is a fare lost)
    assert propose("车坏在半路上 我们3个人都没了路费 只好走回去").figures.deaths == 0

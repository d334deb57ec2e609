"""Forms a sixth round of batteries written from the README alone (hazardous chemicals, railways, extreme
weather, collapses, violent crime, food poisoning, utilities, people's short posts) found graded wrong."""

from __future__ import annotations

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import E, G, L, M, table_tests

UNGRADED = [
    # a rule's class after its list of thresholds
    "《铁路交通事故应急救援和调查处理条例》规定：造成30人以上死亡，或者100人以上重伤，或者1亿元以上直接经济损失的，为特别重大事故。",
    "造成3人以上10人以下死亡，或者10人以上50人以下重伤的，属于较大事故。",
    # those held to account for it, counted
    "“3·18”纵火案造成4人死亡，辖区派出所所长等5名责任人被问责",
    # an execution is a case tried
    "“5·20”驾车撞人致6死案罪犯今日被依法执行死刑。",
    # a hoax's toll inside its quote, its commas too
    "男子谎称“步行街有人持刀砍人，已死伤多人”报假警，被行政拘留10日",
    # a threat quoted, an attempt told with where
    "男子因琐事与邻居发生纠纷，扬言要“拿刀砍死他全家”，派出所民警接报后及时介入，依法对其处以行政拘留10日。",
    "一男子携带汽油欲在商场内纵火，被保安当场制止并移交警方，纵火未遂。",
    # what a campaign is against
    "全市开展“雷霆”严打整治专项行动，重点打击持刀伤人、寻衅滋事、聚众斗殴等违法犯罪活动。",
    # a food-borne tally with no death reported; a definition bounded by 超过
    "1至10月，全市共报告食源性疾病病例286例，同比下降9.7%，未报告食物中毒死亡病例。",
    "较大食品安全事故，是指受污染食品流入2个以上设区市，或一起食物中毒人数超过100人，或出现死亡病例的事故。",
    # an embassy's warning to citizens, donors, a place Chinese tourists like: none of them befallen
    "中国驻泰国大使馆提醒：近期泰国南部多地连降暴雨引发洪水，已造成至少25人死亡，请在泰中国公民密切关注天气预警。",
    "尼泊尔地震已造成近9000人遇难，旅尼华人华侨自发组织募捐，首批物资已运抵灾区。",
    "泰国芭提雅一间深受中国游客欢迎的酒吧凌晨发生火灾，已造成3人死亡，死者身份正在确认中。",
    "意大利普拉托一华人服装仓库起火，据当地消防估计损失约200万欧元，暂无人员受伤。",
    # condolences on a disaster abroad
    "外交部发言人表示，中方对阿富汗西部强烈地震造成重大人员伤亡深表哀悼，愿向阿方提供紧急人道主义援助。",
    # a feeling, a sudden illness, animals killed
    "今天在大棚里摘了一上午草莓，一出来外面冻死我了",
    "村里的老刘今天上午在田里插秧时突发心脏病，送到镇卫生院没抢救过来",
    "昨晚黄鼠狼钻进鸡舍，咬死了我家二十多只鸡，心疼死了",
    # a policy's payout and what it covers
    "能繁母猪保险每头保额1500元，因疫病、自然灾害、意外事故导致死亡的均可理赔。",
    "企业财产险限时优惠！火灾、爆炸等意外造成的财产损失最高赔付5000万元，立即投保享九折。",
    # a loss imagined
    "消防部门检查发现，该商场自动喷淋系统长期停用，若发生火灾，损失可能超过亿元，已责令限期整改。",
    # an anniversary, the disaster told again by its year
    "台湾921大地震27周年：1999年9月21日，南投集集发生7.3级强震，造成2415人死亡。",
    # none such happened
    "国庆假期全市道路交通事故起数、死亡人数实现“双下降”，全市未发生一次死亡3人以上道路交通事故。",
    # a manner named by an incident's word
    "纪委通报：某县交通局原局长在工程招投标中收受贿赂，形成“塌方式腐败”。",
    "网购订单呈爆炸式增长，快递站点超负荷运转",
    # a place's toll so far as people tell it
    "东岳路和文溪路交叉口没有红绿灯，大货车开得飞快，今年已经撞死了两个过马路的老人，附近居民天天提心吊胆。",
    "城南大道和环城东路交叉口半年里已经撞死了4个骑电动车的，这个路口右转车辆从来不减速。",
    # the one named before a comma is no subject of the harm after it
    "我妈前一阵子在重庆帮我带孩子，摔倒了骨折，住院，异地医保报销程序是怎么样",
    # a mood as an explosion, a fund's fall as an avalanche
    "老公讲今天在单位被领导气到原地爆炸",
    "我的基金又雪崩了 亏煞了",
]
"""Texts that tell no incident of now with casualties or loss: no grade."""

GRADED = [
    # kin counted, their wounds the cause of the death told after (伤势 is no other fate)
    ("祖孙三人经全力抢救，终因伤势过重，于当晚相继离世", L),
    ("3名工人被送医，终因伤重不治身亡", L),
    # a passive clause describing the group makes no object of it
    ("昨夜被困火场的祖孙三人经全力抢救，终因伤势过重，于当晚相继离世", L),
    # the group rescued is the object of 救出: the death is not counted for all of them
    ("消防员救出被困的3名工人，经抢救无效死亡", G),
    # a company's name is no 有 making the group an object
    ("某食品有限公司3名工人在清理发酵罐时吸入有毒气体，经抢救无效死亡。", L),
    # guests taken ill after a feast named by what it marked, or a funeral's, one of them dead
    ("某村村民办乔迁宴，当晚起先后有26名宾客出现呕吐、腹泻，其中一名七旬老人经抢救无效死亡。", L),
    ("办丧事吃的席，一百四十多个人半夜上吐下泻全去医院挂水了，听说有个阿公没挺过来", M),
    ("隔壁村一家人上山采了野蘑菇回来炒着吃，半夜全家上吐下泻，老爷子没挺过来", L),
    # a meal served aboard
    ("一趟T字头列车餐车供餐后，35名旅客陆续出现腹泻、呕吐等症状，已在前方站下车就医。", G),
    # a poisoning's toll so far, its 累计 in the clause after the event
    ("台北市一餐厅爆发米酵菌酸中毒事件，累计34人就医，其中6人死亡。", L),
    # a figure said to be wrong, the right one after it
    (
        "市卫健局通报：某幼儿园发生一起疑似食源性疾病事件，此前通报的发病幼儿118人有误，经逐一核实，实际发病幼儿78人，均为轻症。",
        G,
    ),
    # a field of no deaths is no death
    ("事件名称：某中学食源性疾病事件；发病人数：126人；死亡人数：0人；报告单位：市卫健局", L),
    # visits (人次) are not people
    ("某小学疑似食物中毒事件续：截至今日12时，该校累计就诊156人次，涉及学生87人，其中住院观察6人。", G),
    # drinking water polluted is no food eaten: the environmental plan's poisoned
    ("上游企业偷排含氰废水，导致某村饮用水源污染，23名村民出现中毒症状被送医。", L),
    # a gas drifting over, those who breathed it counted before what they felt
    ("工业园那边罐子炸了以后一股刺鼻的毒气飘过来，我们镇上七十几个居民吸了以后头晕呕吐，都被送到医院了", M),
    ("化工厂漏了毒气，七十几个居民吸入毒气后头晕呕吐，都被送到医院了", M),
    # those brought out counted with 多, gone; those swept away, not found
    ("我们镇上那栋六层的出租楼塌了，听说埋了四十几个人，挖出来的三十多个都没气了，太惨了", E),
    ("山洪下来的时候好多人在河滩上摆摊，听说三十多个人被冲走了，到现在都还没找到", E),
    # lives taken as 命, where they lived between
    ("电瓶车在楼道充电起火，夺走了楼上一家三口的命", L),
    # the count first
    ("仨堂兄弟暑假结伴到村后水库游泳，不幸全部溺亡。", L),
    # a pesticide's residue eaten: the food-safety plan's
    (
        "长丰镇一村民家中办寿宴，宾客食用自家种植的蔬菜后陆续出现恶心、呕吐、流涎等症状，"
        "经疾控部门初步判定为有机磷农药中毒，累计就诊108人，无人死亡。",
        L,
    ),
    # a feast's guests ill in traditional characters; a meal abroad of Chinese tourists
    ("婚宴後逾百名賓客腹瀉嘔吐 一名八旬老翁送院後不治", M),
    ("一中国旅游团在泰国清迈用餐后，31名中国游客出现呕吐腹泻症状，已被送往当地医院救治。", G),
    # Chinese citizens among the victims abroad, named as a party, a couple, one sent to help
    (
        "据中国驻意大利使馆消息，一辆载有中国旅游团的大巴在罗马近郊与货车相撞，车上31人中有15人受伤，其中3人伤势较重。",
        G,
    ),
    ("澳大利亚黄金海岸两架观光直升机空中相撞，死亡人数升至4人，遇难者中包括一对中国夫妇。", L),
    ("一名中国援外教师在赞比亚首都卢萨卡遭遇车祸，经抢救无效不幸身亡。", G),
    # none of those aboard survived
    ("一架载有71人的客机在尼泊尔博卡拉附近坠毁，机上人员无一生还，其中包括4名中国公民。", E),
    ("一架载有8人的直升机坠毁，机上人员全部遇难", L),
    # the rest still sought, the time of the count between
    ("今天上午8时许，一艘载有40多名赶集村民的机动渡船在渡口附近翻沉，截至目前已救起6人，其余人员仍在全力搜寻中。", E),
    ("一艘载有58人的客渡船在长江湖北段倾覆，截至今晨6时已救起19人，其余人员仍在全力搜救中。", E),
    # a loss where it stands, as the owner puts it
    ("厂房昨日下午发生火灾，企业方面初步估计，连同生产线和原料在内，损失在1.2亿元左右", E),
    ("厂里昨晚着火了，车间全烧了，光设备损失就得有一千五六百万，还不算原料。", L),
    # a loss saved is none; one estimated is
    ("凌晨，工业园区一纸品仓库起火，消防救援人员成功阻止火势蔓延，挽回经济损失约5000万元，火灾未造成人员伤亡。", G),
    ("仓库起火，损失预计达1200万元", L),
    # (an accountant between is no hypothesis)
    ("仓库起火，直接经济损失经会计师事务所核定为1200万元", L),
    # a rumour's toll and the truth as checked or as a body answered it
    (
        "网友爆料称“长台镇一厂房坍塌致6人死亡”，经长台镇政府核实，系该厂一处简易雨棚被大风刮塌，砸伤2名工人，伤者无生命危险。",
        G,
    ),
    (
        "网传“四都镇一面包车坠河3人遇难”，记者向镇政府求证获悉：车上3人落水，其中2人被附近村民救起，1人经抢救无效死亡。",
        G,
    ),
    ("网传“须江翻船淹死5人”？江山市应急管理局：系一艘小型钓鱼船侧翻，船上2人落水，1人经抢救无效死亡。", G),
    ("网传某地“化工厂爆炸死亡十多人”？官方：事故造成1人死亡、12人受伤，伤者均在医院接受治疗。", G),
    # (but a body confirming it)
    ("网传“张村乡一民房倒塌致3人死亡”？乡政府：情况属实，善后工作正在进行", L),
    # those who did not get out, all gone; a couple found gone, 已经 between
    ("市长信箱留言：我们小区旁边那栋老居民楼前天夜里着火，三楼一家三口没跑出来，人都没了。", L),
    ("群租房着火了，听说里面七八个打工的没跑出来，都没了", L),
    ("老两口关着门烧煤炉取暖，早上邻居敲门没人应，进去一看两个人都已经没气了。", G),
    # some of those poisoned at work who could not be saved; the poisoned at the works' pools
    ("园区污水处理站清池的时候出事了，二十多个工人都中毒了，有两个没救过来。", L),
    # the rest not found after some saved, as a family member writes it
    ("我老公在渔船上打工，前天渔船在外海沉了，船上一共14个人，目前只救起来2个，其他人都还没找到。", M),
    # all of those counted swept away, none found
    ("下午山洪下来的时候仨孩子在溪边捞鱼，全被冲走了，到现在一个都没找着，全村人都在河边找", L),
    # a loss revised, told when and by whom between
    ("上周城西小商品市场发生火灾，直接经济损失初报约1.1亿元，昨天通报说经核定下调至9500万元。", M),
    # a loss as an owner puts it, 有 unsaid
    ("老小区旁边那个家具仓库烧了一夜，老板说损失少说两千多万。", L),
    # those who came to eat counted, one of the family gone
    ("我姑父家办寿宴，来吃饭的四十多个人都上吐下泻，我姑父送到医院没抢救过来。", L),
    # a chat's toll and the official one
    ("群里都说城南工地塌方死了3个，今天官方通报出来了，是1人死亡、2人受伤。", G),
    ("之前网上说城西那场火灾死了3个人，今天消防部门通报说网上的说法有误，实际死亡2人。", G),
    (
        "网传某养老院流感死了十几个老人？区民政局通报：该院发生流感聚集性疫情，累计发病29人，其中3名老人经抢救无效死亡。",
        L,
    ),
    # lives taken of those named by who they were
    ("江西某地一幼儿园午休时发生火灾，大火夺走了十一名幼儿的生命，另有3名教师在救援中受伤。", M),
    # one hurt as posted: what befell them in the next clause, a child pushed, a beating
    ("小区游乐场的秋千铁链突然断裂，一名6岁女童摔下来，头上缝了5针。", G),
    ("今天接娃才知道，娃在幼儿园被同学从滑梯上推下来，手骨折了，老师一句都没跟我们说！！", G),
    ("女子遭丈夫长期家暴 昨晚被打至多处骨折住进ICU 娘家人已报警", G),
    # woods told burned, the verb first (森林火灾按受害森林面积定级)
    ("保安乡那边后山烧起来了 烧掉林子两百多亩 消防跟扑火队扑了一整夜", L),
    # a chat's toll as 江山 people say it, the official one after a post's space
    ("群里讲峡口那个车祸死了五个 刚刚交警通报了 是2人死亡3人受伤 大家莫乱传", G),
    # guards: a revenge is no campaign; an arson done
    ("男子遭人打击报复，被砍伤", G),
    ("男子在商场内纵火，造成2人受伤", G),
    ("男子突发心脏病倒地，路过的货车撞死了他", G),
    ("疯狗咬死了一个小孩", G),
    ("汶川地震十周年之际，某县发生山体滑坡，造成3人死亡", L),
]
"""Texts and the grade their incident takes."""


test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_a_count_with_duo_is_a_lower_bound() -> None:
    # 三十多: thirty at least, said so
    reasons = propose("楼塌了，挖出来的三十多个都没气了").reasons
    assert any(r.startswith("死亡30多人（下限：至少30人") for r in reasons), reasons


def test_a_seasons_tally_of_a_disease_is_no_toll() -> None:
    # a week's surveillance and a season's running total: no outbreak's
    text = "台湾疾管署：上周新增41例流感并发重症，其中死亡12例，今年流感季累计死亡病例已达186例。"
    assert propose(text).grade is not IncidentGrade.ESPECIALLY_MAJOR, propose(text).reasons
    assert not any(r.startswith("死亡186人") for r in propose(text).reasons), propose(text).reasons


def test_a_chats_toll_and_the_official_one_after_a_posts_space() -> None:
    # the official figure after the chat's, spaces for commas: the official one counts
    reasons = propose("群里讲峡口那个车祸死了五个 刚刚交警通报了 是2人死亡3人受伤 大家莫乱传").reasons
    assert any(r.startswith("死亡2人") for r in reasons), reasons

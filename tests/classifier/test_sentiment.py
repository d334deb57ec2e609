"""Negativity lexicon: cues, negation of negative and of positive cues, evidence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import Classifier
from classifier.sentiment import SentimentScorer
from models.enums import EventType
from models.messages import RawItem


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("小区物业乱收费，多次投诉没人管", True),
        ("化工厂爆炸3人死亡", True),
        ("服务不满意，办事不方便", True),
        ("感谢城管部门及时处理", False),
        ("请问社保卡怎么办理", False),
        ("经排查没有发生事故", False),
    ],
)
def test_negativity(text: str, negative: bool) -> None:
    result = SentimentScorer().score(text)
    assert result.negative is negative, result
    assert 0.0 <= result.score <= 1.0
    assert bool(result.terms) is negative


def test_custom_lexicon() -> None:
    scorer = SentimentScorer(negative={"坏": 2.0}, positive={"好": 2.0})
    assert scorer.score("坏").negative and not scorer.score("好").negative
    assert scorer.score("不好").negative  # a negated positive cue is negative


@pytest.mark.parametrize(
    "text",
    [
        "城东一男子跳河身亡",
        "一名女子在小区坠楼身亡 家属称其生前曾遭威胁",
        "大学生宿舍楼跳楼 当场死亡",
        "两车相撞 司机当场丧生",
        "夜市摊主被人持刀刺伤",
    ],
)
def test_deaths_and_injuries_without_a_number_are_negative(text: str) -> None:
    assert SentimentScorer().score(text).negative


def test_prevention_and_campaigns_are_not_negative_but_a_worry_is() -> None:
    scorer = SentimentScorer()
    assert not scorer.score("全市开展燃气安全隐患大排查，严防火灾、爆炸等事故发生").negative
    assert not scorer.score("学校组织开展火灾应急疏散演练").negative
    assert scorer.score("小区楼道堆满电动车，极可能引发火灾，太危险了").negative


def test_harm_found_by_grading_counts(classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]) -> None:
    items = [
        make_raw_item(title="", text="凌晨山洪冲毁了村口的道路和桥梁"),
        make_raw_item(title="", text="村里准备开展山洪灾害防御演练"),
    ]
    flood, drill = classifier_engine.classify(items)
    assert flood.negative and flood.event_type is EventType.NATURAL_DISASTER
    assert not drill.negative and drill.grade is None


def test_a_negative_item_says_so_among_its_urgency_reasons(make_raw_item: Callable[..., RawItem]) -> None:
    from classifier.engine import _urgency
    from models.enums import IncidentGrade

    scorer = SentimentScorer()
    complaint, question = scorer.score("业主们对物业此举表示不满"), scorer.score("请问社保卡怎么办理")
    assert complaint.negative and complaint.score < 0.5  # one clear cue: negative below the old 0.5
    item = make_raw_item(title="", text="")
    _, reasons = _urgency(IncidentGrade.GENERAL, False, complaint, item)
    assert any(r.startswith("负面程度") for r in reasons), reasons
    _, reasons = _urgency(IncidentGrade.GENERAL, False, question, item)
    assert not any(r.startswith("负面程度") for r in reasons)


@pytest.mark.parametrize(
    "text",
    [
        "前台服务非常满意，房间也很干净",  # 非常 is "very", not a negation of 满意
        "非常感谢贵单位的支持与配合！",  # nor of 感谢; 贵单位 is "your unit", not "expensive"
        "环境无比舒适，推荐",
        "不仅干净，而且方便",
    ],
)
def test_intensifiers_are_no_negation(text: str) -> None:
    result = SentimentScorer().score(text)
    assert not result.negative, result
    assert not any(t.startswith("不") for t in result.terms), result


@pytest.mark.parametrize(
    "text",
    [
        # a public notice's procedure for objections and complaints
        "公示期为5个工作日。如有异议，请在公示之日起5个工作日内向我办提出投诉意见，并提供联系电话。"
        "我办将对投诉立即展开调查。",
        # a regulation on handling complaints and reports, or rewarding reports of violations
        "关于印发《产业政策扶持项目异议、投诉及举报处置管理办法》的通知：为规范异议、投诉及举报的管理工作，现予印发。",
        "关于印发《粮食购销违法违规行为举报奖励实施细则》的通知：为鼓励社会公众积极举报违法违规行为，现印发实施。",
        # prevention of what the words name
        "为防治大气污染，保障公众健康，加快淘汰高排放柴油货车，根据《大气污染防治法》，现制订本办法。"
        "第一条 为了防治大气污染，制定本办法。",
        "公安机关持续严厉打击电信诈骗、非法集资等违法犯罪",
        "全市开展防范电信诈骗宣传进社区活动",
    ],
)
def test_procedures_and_prevention_in_official_texts_are_not_negative(text: str) -> None:
    result = SentimentScorer().score(text)
    assert not result.negative, result


@pytest.mark.parametrize(
    "text",
    [
        "前台服务不满意，房间也不干净",
        "我多次向物业投诉，至今没人管",
        "投诉电话一直打不通，太气愤了",  # a complaint about the hotline itself
        "附近工厂偷排废水，河道污染严重",
        "有人冒充客服诈骗老人钱财",
        "男子谎称有房产低价出售诈骗11万",  # a fraud done: 谎称 is how, not a denial
        "开发区有企业违规排放污水，河水发臭",
        # thanks that close a letter, or are given in advance, offset none of its grievances
        "小区工地夜间施工，噪音扰民，多次反映无果。非常感谢！",
        "非常感谢领导百忙之中关注此事：学校食堂卫生太差，孩子多次肚子疼，家长很失望",
        # thanks opening a letter, or its closing formula before the signature
        "首先感谢区政府的好政策。可是小区物业乱收费，业主很不满",
        "小区物业乱收费，多次反映没人管。深表万分感谢！\n东湖小区全体业主",
    ],
)
def test_complaints_and_harm_stay_negative(text: str) -> None:
    result = SentimentScorer().score(text)
    assert result.negative, result


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        # a negator of another word five characters before the cue negates nothing
        ("男子无牌新车出事故", True),
        ("不动产中心乱收费", True),
        # one up to four characters before it still does
        ("检测期间没有出现污染", False),
        ("承诺今后不会再有拖欠", False),
        ("全年未发生任何安全事故", False),
    ],
)
def test_a_negator_reaches_four_characters_back(text: str, negative: bool) -> None:
    result = SentimentScorer().score(text)
    assert result.negative is negative, result


def test_the_negator_of_a_cue_word_before_negates_nothing_after_it() -> None:
    """The 不 of 不方便 is that word's own: 不安全 right after it is a cue of its own, and 不错 repeated is praise."""
    result = SentimentScorer().score("路口没有红绿灯，过马路不方便不安全")
    assert result.terms == ("不方便", "不安全") and result.negative, result
    assert SentimentScorer().score("服务好，不错不错").terms == ()


def test_a_negator_on_the_line_before_negates_nothing() -> None:
    """A line break ends a clause: 不 ending one line does not negate the cue opening the next."""
    assert SentimentScorer().score("物业费已经交了，就是不\n举报也没用，黑心物业").terms == ("举报", "黑心")


def test_a_campaign_on_the_line_before_is_not_against_the_wrong_after_it() -> None:
    """A line break ends a clause: 整治 ending one line says nothing of the 诈骗 opening the next."""
    assert "诈骗" in SentimentScorer().score("社区开展整治\n诈骗老人钱财的骗子又来了").terms


@pytest.mark.parametrize(
    "text",
    [
        # what citizens complain of to a government, with no general grievance word beside it
        "村头养殖场偷排粪水，沟渠黑臭",
        "新区小区楼顶漏水，外墙开裂",
        "物流园粉尘漫天，半夜车辆噪声让人无法入睡",
        "培训机构老板跑路，交的学费石沉大海",
        "包工头克扣工钱，还威胁我们不许声张",
        "几个部门互相扯皮，问题久拖不决",
        # in their own words: unsafe, broken, charged without right, objected to, no sleep, no result
        "小区门口的路灯坏了两个月了，晚上出行很不安全",
        "物业乱收停车费，业主意见很大",
        "工地晚上施工到凌晨两点，吵得人睡不着",
        "补贴的事多次询问无果",
        "我们村的路一下雨就积水，根本没法走",
        "希望政府能解决我们小区停车难的问题",
        "公积金热线一直打不通",
        # a complaint left unanswered, work cheated on, what is wrong to the senses, a plain verdict
        "向物业反映了好几次，物业一直不闻不问",
        "交房时间一拖再拖，办证更是遥遥无期",
        "投诉过相关部门，最后都不了了之",
        "为了开一个证明来回折腾了半个月",
        "新修的村道偷工减料，不到一年就开裂",
        # conditions or conduct called vile
        "矽砂矿周边环境恶劣，当地百姓没有一口好水",
        "人行道路灯照明昏暗",
        "小区自来水有一股霉味",
        "这个小区的管理简直一塌糊涂",
    ],
)
def test_what_citizens_complain_of_is_negative(text: str) -> None:
    result = SentimentScorer().score(text)
    assert result.negative, result


@pytest.mark.parametrize(
    "text",
    [
        # standards, surveys and campaigns on the wrongs those words name
        "关于发布《工业炉窑污染物排放标准》的通知",
        "关于开展全市污染源普查工作的通知",
        "市住建局部署建筑工地扬尘治理专项行动",
        "城区黑臭水体整治工程通过验收",
        "餐饮单位应安装油烟净化设施并保持正常使用",
        "《噪声污染防治法》宣传进社区",
    ],
)
def test_standards_and_campaigns_on_pollution_are_not_negative(text: str) -> None:
    result = SentimentScorer().score(text)
    assert not result.negative and result.score < 0.3, result


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("感谢您对我市工作提出的宝贵意见和宝贵建议，我局将认真研究。", "贵"),
        ("请贵局、贵单位核实后予以答复。", "贵"),
        ("经复核，两次测量的误差在允许范围内，出差人员的差旅费按规定报销。", "差"),
        ("对困难群众、困难家庭给予临时救助，降低申请难度。", "难"),
        ("患者心脏不适，已转院治疗。", "脏"),
    ],
)
def test_words_that_hold_a_cue_but_are_none_count_nothing(text: str, hidden: str) -> None:
    """宝贵意见 is praise, 贵局 a courtesy, 误差 a difference, 困难群众 a policy's people: no cue."""
    result = SentimentScorer().score(text)
    assert hidden not in result.terms, result


@pytest.mark.parametrize(("text", "cue"), [("物业费太贵，服务又差", "贵"), ("房间很脏，服务差", "差")])
def test_the_cues_themselves_still_count(text: str, cue: str) -> None:
    assert cue in SentimentScorer().score(text).terms


@pytest.mark.parametrize(
    "text",
    [
        "推进重点排污单位向社会公开其产生的主要污染物名称、排放方式、排放浓度和总量、超标排放情况。",
        "每季度公示旅游监管简报（含旅游投诉情况、行政处罚情况），在政府网站公开较大事故调查报告。",
        "优化办事流程，让信息多跑路，让群众少跑路。",
    ],
)
def test_what_a_work_plan_says_is_to_be_published_is_not_negative(text: str) -> None:
    """A 政务公开 work plan lists records to publish (超标排放情况, 投诉情况, 事故调查报告) and its
    slogans (让群众少跑路): duties, not grievances."""
    result = SentimentScorer().score(text)
    assert not result.negative and not result.terms, result


@pytest.mark.parametrize(
    ("text", "cue"), [("开发商老板跑路了，房子烂尾", "跑路"), ("化工厂夜里偷偷超标排放废水", "超标排放")]
)
def test_a_grievance_is_negative_still(text: str, cue: str) -> None:
    assert cue in SentimentScorer().score(text).terms


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a demand that a wrong stop says it is being done
        ("乡村医生的公共卫生补贴不应被拖欠", "拖欠"),
        ("学校不该乱收费", "乱收费"),
        ("希望不要再拖欠农民工工资了", "拖欠"),
        # a wrong done without cause
        ("物业无故停水，业主多次反映", "停水"),
    ],
)
def test_a_demand_that_a_wrong_stop_is_no_negation(text: str, cue: str) -> None:
    result = SentimentScorer().score(text)
    assert result.negative and cue in result.terms, result


def test_a_rules_prohibition_still_negates_and_a_demand_still_negates_a_good_word() -> None:
    assert not SentimentScorer().score("用人单位不得拖欠劳动者工资").negative
    assert "不推荐" in SentimentScorer().score("携程不要再推荐这家酒店").terms


@pytest.mark.parametrize(
    ("strong", "plain"),
    [
        ("房间非常差", "房间差"),  # a degree word doubles the cue after it
        ("路口太堵了", "路口堵了"),
        ("出行极不方便", "出行不方便"),  # with a negator between
        ("饭菜非常的差", "饭菜差"),  # and with a 的
        ("这里很吵", "这里吵"),
    ],
)
def test_a_degree_word_strengthens_the_cue_after_it(strong: str, plain: str) -> None:
    scorer = SentimentScorer()
    assert scorer.score(strong).score > scorer.score(plain).score > 0.0


@pytest.mark.parametrize(
    "text",
    [
        "卫生间太脏了",
        "公交车太少，出行很不方便",
        "路口左转绿灯时间太短，非常不合理",
    ],
)
def test_one_cue_said_strongly_is_negative(text: str) -> None:
    assert SentimentScorer().score(text).negative


def test_a_slight_degree_weakens_the_cue() -> None:
    scorer = SentimentScorer()
    assert 0.0 < scorer.score("房间有点吵").score < scorer.score("房间吵").score


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("双封写真曝光", "双封曝光"),  # 写真 (a photo album) ends in 真, which is no degree word here
        ("模特曝光", "曝光"),
        ("老太太摔伤", "摔伤"),  # 太 of 老太太 is no 太 (too)
    ],
)
def test_characters_ending_another_word_are_no_degree(text: str, plain: str) -> None:
    scorer = SentimentScorer()
    assert scorer.score(text).score == scorer.score(plain).score


def test_thanks_are_no_stronger_for_a_degree_word() -> None:
    scorer = SentimentScorer()
    complaint = "工厂每天排出大量白色气体，气味非常难闻，严重污染居民生活环境，请相关领导处理，{}感谢。"
    # a letter's closing thanks offset nothing, with or without 非常
    assert scorer.score(complaint.format("非常")).score == scorer.score(complaint.format("")).score
    assert scorer.score(complaint.format("非常")).negative


def test_closing_thanks_followed_by_blank_lines_are_courtesy() -> None:
    scorer = SentimentScorer()
    text = "小区门口垃圾堆放多日无人清理，臭气熏天，请尽快处理，谢谢，非常感谢。"
    assert scorer.score(text + "\n\t\t\t\t\t\n\t\t\t\t\t\n\t\t\t\t").score == scorer.score(text).score


@pytest.mark.parametrize(
    "text",
    ["业主们对此表示不满", "真是让我失望", "新东方拒绝信用卡缴费 多位家长表示不满", "学校上课环境差", "景区秩序差"],
)
def test_one_clear_cue_is_negative(text: str) -> None:
    result = SentimentScorer().score(text)
    assert result.negative, result


@pytest.mark.parametrize("text", ["房间价格贵", "装系统有点麻烦", "感谢物业，虽然办理手续有点麻烦"])
def test_one_weak_cue_is_not(text: str) -> None:
    result = SentimentScorer().score(text)
    assert not result.negative, result


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("各经营企业应合法经营，严禁价格联盟、哄抬价格、实施垄断协议、滥用市场支配地位等价格违法行为。", "违法"),
        ("禁止在居民住宅楼内新增带污染的餐饮服务", "污染"),
        ("国土部：去年土地违法督察中549人遭党纪处分", "违法"),
    ],
)
def test_a_rule_or_inspection_against_a_wrong_is_not_negative(text: str, wrong: str) -> None:
    result = SentimentScorer().score(text)
    assert wrong not in result.terms, result
    assert not result.negative, result


def test_a_citizen_asking_that_a_wrong_be_punished_complains_of_it() -> None:
    text = "物业一直超过审批价收取物业费，请求政府部门调查取证，对物业公司的违法行为查处。"
    assert "违法" in SentimentScorer().score(text).terms


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("窗口工作人员态度恶劣，让我们回去等通知", "态度恶劣"),
        ("小区楼道年久失修，墙皮脱落", "年久失修"),
        ("工地夜间施工，严重影响居民休息", "严重影响"),
        ("物业公司推卸责任，业主忍无可忍", "忍无可忍"),
        ("幼儿园招生存在暗箱操作", "暗箱操作"),
        ("城管执法车违法乱停", "乱停"),
        # what citizens feel and cannot bear
        ("小区旁彻夜施工，我们受不了了", "受不了"),
        ("群租房越来越多，业主们真是闹心", "闹心"),
        ("水库成了豆腐渣工程，村民看着痛心", "痛心"),
        ("案子久拖不判，我们很憋屈", "憋屈"),
    ],
)
def test_how_citizens_are_treated_and_what_they_endure_is_negative(text: str, cue: str) -> None:
    result = SentimentScorer().score(text)
    assert result.negative, result
    assert cue in result.terms, result


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("市场监管局开展整治虚假宣传专项行动", "虚假"),
        ("严厉打击骗取医保基金行为", "骗取"),
        ("全市启动危房改造专项", "危房"),
    ],
)
def test_a_campaign_against_these_wrongs_is_not_negative(text: str, wrong: str) -> None:
    result = SentimentScorer().score(text)
    assert wrong not in result.terms, result
    assert not result.negative, result


@pytest.mark.parametrize(
    "text",
    [
        "小沈阳演出《不差钱》",
        "论文除致谢外一字不差",
        "差点错过末班车",
        "离满6周岁还差5个月",
        # short of a figure, and the idiom for "every few days"
        "差5个月才满6周岁的儿童也读了一年级",
        "这只基金今年收益差两成",
        "电梯隔三差五停运检修",
    ],
)
def test_cha_that_means_no_poor_counts_nothing(text: str) -> None:
    """差 as "short of", "almost" or a show's name (不差钱) is no "poor"."""
    result = SentimentScorer().score(text)
    assert "差" not in result.terms, result


def test_poor_before_a_date_and_what_cannot_be_enjoyed() -> None:
    """差 right before a year is poor (a date follows it, without a comma); 享受不了 is no 受不了."""
    scorer = SentimentScorer()
    assert "差" in scorer.score("食堂伙食差2019年12月起一直这样").terms
    assert "受不了" not in scorer.score("部分工人享受不了政策的惠顾").terms


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("《死亡空间2》首支DLC公布 预告欣赏", "死亡"),
        ("蓝雨新作《崩溃》与世界杯同期发布", "崩溃"),
        ("根据《违法建筑处置办法》，请问我家的阳台怎么处理", "违法"),
    ],
)
def test_a_cue_in_the_name_of_a_work_or_document_counts_nothing(text: str, cue: str) -> None:
    result = SentimentScorer().score(text)
    assert cue not in result.terms, result


def test_a_cue_after_a_closed_title_still_counts() -> None:
    result = SentimentScorer().score("看完《新闻联播》，我对小区物业的违法行为更加不满")
    assert "不满" in result.terms and result.negative, result


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("开发商一再忽悠业主，迟迟不交房", "忽悠"),
        ("做这样的事真的没意思，哪个班主任都不愿意", "没意思"),
        ("商家以各种理由拒绝退货，还态度恶劣", "退货"),
        ("这样的公示只是走过场，太鸡肋了", "鸡肋"),
        ("这个软件太不好用了", "不好用"),
        ("书的内容很空洞，看不下去", "看不下去"),
    ],
)
def test_words_of_what_a_thing_is_worth_are_negative(text: str, cue: str) -> None:
    result = SentimentScorer().score(text)
    assert result.negative and cue in result.terms, result


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("公交车次太少，希望能增加车次", False),  # too few: a mild cue alone
        ("公交车次太少，出行很不方便", True),  # with another cue
        ("房价太高，买不起，真是无奈", True),
        ("离学校不太远，步行十分钟", False),  # not too far
        ("今天太高兴了，感谢社区", False),  # 太高兴 is no 太高
        ("他工作太小心了", False),
    ],
)
def test_too_much_of_what_no_one_wants_is_a_mild_cue(text: str, negative: bool) -> None:
    result = SentimentScorer().score(text)
    assert result.negative is negative, result


def test_trifling_is_no_worth() -> None:
    assert "不值" not in SentimentScorer().score("上一次打掉的那个团伙跟这里比不值一提").terms


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("政策落实不到位，补贴至今没有发下来", "不到位"),
        ("办事窗口只收现金，一点都不人性化", "不人性化"),
        ("为了盖一个章来回跑了三趟，浪费时间", "浪费时间"),
        ("小区被违建搞得乱七八糟", "乱七八糟"),
        ("说好的优惠根本就没有兑现，纯属忽悠", "根本就没"),
        ("景区的服务很一般", "很一般"),
        ("办理流程比较麻烦", "比较麻烦"),
        ("等了两个小时没人理，我很生气", "生气"),
        ("公交车发车时间一天一变，很误导人", "误导"),
        ("学区报备至今未落实，这到底是怎么回事，请帮助", "怎么回事"),
        ("购房补贴审核通过一年多，至今没有收到任何补贴费用", "没有收到"),
        ("人才新政的补贴已经两个月没发了，大家都没收到", "没收到"),
        ("举报某楼盘精装修质价不符", "不符"),
        ("末班车时间是19:00，这很不符合市民出行的需要", "不符"),
        ("这种安排对老人不太适合", "不太适合"),
        ("冬天候车室没有供暖设施，还不如一个县级火车站", "还不如"),
        ("特困补助申请一年了还没到位，家里实在困难", "还没到"),
        ("潇楚南路长明灯白天也亮着，浪费能源", "浪费"),
    ],
)
def test_words_citizens_complain_in_are_negative(text: str, cue: str) -> None:
    result = SentimentScorer().score(text)
    assert result.negative and cue in result.terms, result


@pytest.mark.parametrize(
    "text",
    [
        "这家餐馆以后再也不来了",
        "这家店我们绝不再光顾",
        "买了一次就上当了，不会再买",
    ],
)
def test_a_customer_who_will_not_come_back_is_negative(text: str) -> None:
    assert SentimentScorer().score(text).negative


@pytest.mark.parametrize(
    "text",
    [
        "天桥建好了，小朋友们再也不用冒险横穿马路",  # no longer need to
        "全市一般公共预算收入增长8%",  # 一般 alone is general, not mediocre
        "美丽乡村建设让村庄充满生气",  # vitality
        "乡村处处生气勃勃",
        "调查认定系驾驶员操作失误导致车辆偏离车道",  # a mistake that led to it, not misleading
    ],
)
def test_no_longer_needing_general_and_vitality_are_not_negative(text: str) -> None:
    result = SentimentScorer().score(text)
    assert not result.negative and not result.terms, result


def test_an_ascii_full_stop_ends_the_clause_a_negator_reaches() -> None:
    # the 不 of 不多 negates nothing after the full stop, ASCII or Chinese
    for text in ("周末人不多.很好", "周末人不多。很好"):
        result = SentimentScorer().score(text)
        assert not result.negative and "不很好" not in result.terms, result

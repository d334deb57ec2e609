"""Where an emergency happened and what it was: the site phrase before the occurrence verb, up to who or
what was involved, and the occurrence phrase (:func:`site_and_what`), with the readers that fall back on
the sentence of the harm, the clause after the time or before the event's words.
"""

from __future__ import annotations

import re
from itertools import islice

from classifier.casualties import CasualtyReport
from classifier.facts_patterns import (
    ATTRIBUTION,
    CAUSED_BY,
    CLAUSE,
    CLAUSE_END,
    DATE_CODE,
    HAPPENED_AT,
    IN_A_TAG,
    MAX_QUOTE,
    MAX_SITE,
    OCCURRENCE,
    PARTIES,
    PLACE_TOLD,
    REGION,
    REGION_ONLY,
    RESPONSE,
    SET_OFF,
    SITE_WORDS,
    THAT_ONE,
    TIME,
    TIMED,
    WEATHER,
    figure_sentences,
    happened_at,
)
from classifier.gatherings import GATHERERS, PURPOSE
from classifier.numbers import CN_NUMERALS
from classifier.occurrence import reports_incident
from classifier.sentences import Sentences
from models.facts import Fact, FactKind

_SET_OFF_AFTER = re.compile(SET_OFF)
_PART_OF_SITE = re.compile(r"(?:\d+|[一二三四五六七八九十]+)(?:楼|层)|楼顶|屋顶|外墙|脚手架|塔吊|基坑|井下|车间")
"""Where in a building or a works those involved were (8楼, 楼顶, 脚手架): part of a site told before."""
_PLACED = re.compile(r"在(?P<at>[^，,。；;]{2,20}?)(?:内|上|处)?(?:被[^，,。；;\s]{0,4})?(?:突然|不慎|意外|发生)*$")
"""Where those involved were, after them (一辆货车在205国道侧翻: 205国道; 大爷在村后溪边被山洪冲走了: 村后溪边)."""
_DOING_THERE = re.compile(
    r"(?P<place>[^，,。；;]{1,20}[段边上里内处旁口地场路道区村河江湖库塘池井山厂房楼店家间层顶])"
    r"[\u4e00-\u9fff]{1,5}(?:时|过程中)$"
)
"""A place, then what those involved were doing there (须江清湖段戏水时, 城北工地高空作业时): the place
is the longest stretch ending in a word of place (段, 边, 地, 河 …)."""
_DOING_AT = re.compile(
    r"(?P<place>[^，,。；;]{1,20}?[段边里内处旁口地场路道区村河江湖库塘池井山厂房楼店家间层顶学校司])"
    r"[\u4e00-\u9fff]{1,6}(?:时|过程中)$"
)
"""A place, then what was being done there (某中学课间操集合时): the place is the shortest stretch ending in a
word of place that leaves what was done."""
_OWN = re.compile(r"自家|自己|家中|家里|其")
_FLOORS = frozenset("楼层台")
_FALLS = frozenset({"坠落", "坠下", "跌落", "摔下"})
_WENT_TO = re.compile(
    r"(?:到|去|前往|在)(?P<place>[^，,。到去在]{2,16}?)(?:游泳|戏水|玩水|玩耍|钓鱼|捕鱼|洗澡|野炊|露营|登山|爬山|采药|砍柴|放牛)"
)
"""Where those involved went to do something (结伴到江山港凤林段游泳), told in the clause before what befell them."""
_ONE_EVENT = re.compile(r"的(?:一起|一场|一次|这起|这场|该起)")
"""What follows a site told with 发生在 as a relative clause (发生在石门镇205国道旁的一起…泄漏事件)."""
_EVENT_NOUN = re.compile(r"(?<=..)(?:事故|事件)$")
_CODE_NAMED = re.compile(rf"{DATE_CODE.pattern}[^，,。；;！!？?“”\"\s]{{0,14}}?(?:事故|火灾(?:事故)?|事件|险情)")
"""An incident named by its date code, up to its noun (贺村镇“11·20”脚手架坍塌事故又有1名受伤工人…死亡)."""
_BEFORE_CODE = re.compile(r"^(?:.*(?:关于|】|｜|\||(?<=[天日局委府办队门])对|召开|举行|举办|通报|发布))?(?:对(?=..))?")
"""What opens the words before a date code and is no place (【续报】, 市应急管理局今天对, …局关于, 召开)."""
_NAMED_AFTER = re.compile(r"的(?=[^，,。的]{0,12}(?:事故|事件|火灾|爆炸|案件|险情)中?$)")
"""The event named after its place (发生在碗窑乡的面包车翻车事故; or those in it told next: 发生在坛石镇一家竹制品厂的
火灾中)."""
_TIME_ENDS = re.compile(rf"(?=..)(?:{TIME.pattern})$")
"""A time ending a clause, two characters at least (not the empty match every position holds)."""
_INNER_COUNT = re.compile(r"(?:^|(?<=[与和及、]))(?:\d+|[一二两三四五六七八九十几数多]+)(?:辆|艘|架|列|名|位)")
"""The count of the second party (一辆电动车与一辆小汽车相撞 → 电动车与小汽车相撞), or of the one told after its driver
(驾驶人周某某驾驶一辆液化石油气槽罐车 → 液化石油气槽罐车)."""
_SITE_LEAD = re.compile(
    # (a post's mark or emoji first: ⚠️碗窑乡到保安乡的山路上)
    # (a notice's issuer before its 关于: 衢州市生态环境局江山分局关于贺村镇一起盐酸罐车侧翻泄漏事件的情况通报)
    # (a company's own statement: 我公司位于上余镇工业功能区的涂料生产车间内)
    r"^(?:[^\w（(《“]+|[\u4e00-\u9fff]{2,20}?(?:局|分局|政府|大队|支队|中队|办公室|中心|委员会|指挥部|管委会|办事处)关于|关于|网传|(?:我|本)(?:公司|厂|企业|单位)(?=位于)|位于|地处|座落于|坐落于|座落在|坐落在|刚刚|刚才|刚路过|路过|在|于|其中|(?:我|本)(?:市|县|区|镇|乡)|据悉|据了解|记者获悉|记者从[^，]{0,12}获悉|(?:报警)?称(?!重)"
    r"|(?:目击者|知情人士?|目击群众|现场群众|当事人|附近居民)称"
    # who told it (有市民反映江山港清湖段河面出现大量死鱼)
    r"|(?:有|据)?(?:市民|群众|村民|居民|网友|游客|路人)(?:反映|报警|举报|报料|爆料)(?:称)?)+"
)
_CAUSE = re.compile(r"因|由于|受")
_CAUSED = re.compile(r"导致|造成|致使|引发|引起")
"""A chain of causes before the verb (采石场…导致附近民房开裂): no site phrase."""
_PLACE_CLAUSE = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|村|社区|国道|省道|高速|景区|园区|开发区)"
    r"(?:(?!了|是|因|由于|造成|导致|经|被|把|说|称|都|也|已|冒|出现|发生|正在|瘫痪)[^，,。；;！!？?\s]){0,20}"
    r"(?<=[对附路门旁边口村路街店摊厂子司间地区楼幢栋桥上下里内山河段处港库场园])"
)
"""A clause that is a place alone, opening with a place's name and ending with a word of place (贺村镇205国道
加油站对面, 双塔街道中山路一家烧烤摊; not 西山镇某小区的消防设施瘫痪了, a complaint's)."""
_BARE_SITES = frozenset({"民房", "民宅", "房屋", "住宅", "自建房", "农户", "家中", "楼", "厂", "村", "山", "河"})
"""A site word alone says no more than the event (房屋坍塌): no site."""
_SITE_TAIL = re.compile(
    r"(?:在[^，,。]{1,20}?(?:时|过程中|期间|作业中|施工中|运行中|行驶中)|在(?:运行|行驶|作业|施工)中"
    # what was held there (大陈乡一农户举办婚宴: 大陈乡一农户), or what did it (一座便桥被洪水: 一座便桥)
    r"|(?:举办|举行|操办)[^，,。在]{1,8}|被[^，,。被]{0,6}|遭[^，,。遭]{1,6}"
    # what was done to a thing there, as people post it (中山路上施工把燃气管道挖断了: 中山路上; 工地的挖机把…)
    r"|(?:的)?(?:施工|作业|挖机|挖掘机|铲车|吊车|工人|有人)?把"
    r"|办(?:寿宴|婚宴|喜宴|丧宴|酒席|宴席|丧事|白事|满月酒|生日宴|升学宴)"
    r"|(?:突然|突发|意外|不慎|猛然|已经|再次|又|也|陆续|先后|相继|整体|轰然|(?<!公)共)"
    # the grade a notice names the event by (关于上余镇“12·2”较大爆炸事故的情况通报: 上余镇)
    r"|(?:特别重大|重大|较大|一般)"
    # the circumstance told after a place inside (一自建房楼道内电动车充电时: 楼道内)
    r"|(?<=[内里旁边处外])[^，,。在内里]{2,12}?(?:时|过程中|期间)"
    # the cause told after a road's spot (G3京台高速江山段K1571处因团雾导致能见度不足30米: G3京台高速江山段K1571处)
    r"|(?<=[处段口近道])(?:因|由于)[^，,。]{1,24}$"
    # there were (峡口水库有两名少年在游泳时溺水: 峡口水库)
    r"|(?<=[\u4e00-\u9fff])有(?:户|个|家)?(?:人家|住户|居民)?"
    # the vehicle that caught fire there, after the place inside (架空层内正在充电的电动自行车: 架空层内)
    r"|(?<=[内里])(?:一辆|一台)?(?:正在充电的?|停放的?|充电中的?)?[^，,。在内里]{0,6}?"
    r"(?:电动自行车|电动车|电瓶车|汽车|轿车|车辆|货车|摩托车|三轮车))+$"
)
"""What ends a site phrase but is no place: the circumstance (在清理污水池时, 楼道内电动车充电时) or an
adverb (突然)."""
_CONSEQUENCE = re.compile(
    r"\s|致|造成|导致|已造成|已致|目前"
    # a toll's update after the event's word (爆炸事故死亡人数升至5人)
    r"|(?:死亡|遇难|伤亡|受伤|失联|失踪|就诊|发病|中毒)人数"
    # its loss told right after it (仓库大火直接经济损失近5000万元)
    r"|(?:带来的|造成的)?(?:直接(?:和|与|及)?间接|直接|间接|潜在)?经济损失"
    # what happened to someone in it, told after its name (爆炸事故中失联的1名工人…被找到)
    r"|(?<=事故|火灾|事件)中(?=[^，,。；;]{0,4}(?:失联|失踪|受伤|遇难|死亡|被困|的))"
    # or its scene and its aftermath (爆炸事故现场浓烟滚滚, 火灾发生后)
    r"|(?<=事故|火灾|事件|爆炸)(?=现场|发生后|后)"
    # or its case solved (交通肇事逃逸事故已告破)
    r"|(?<=事故|火灾|事件|案件|爆炸)(?=(?:已|日前|近日)?(?:告破|侦破|破获))"
    # a toll right after the event's word (化工厂爆炸3人死亡, 车祸一死两伤)
    r"|(?=(?:至少|已有|已|共有|共|近|超过|逾|约)?[\d一二两三四五六七八九十]+(?:余|多)?(?:人|名)?"
    r"(?:死|伤|受伤|重伤|轻伤|遇难|失联|失踪|身亡|丧生|罹难))"
)
_POSTED_QUOTE = re.compile(r"^(?:网传|网曝|网上流传|网友爆料|有网友称|有网友发帖称)[“\"「『]")
"""A quote of a post opening a headline's what (网传“城北批发市场大火致4人遇难”？消防部门：属实)."""
_ABOUT = re.compile(r"^(?:[^，,。；;：:\s]{0,24}?(?:局|委|办|厅|院|中心|政府|大队|支队|公司))?关于(?:一起)?")
"""A notice's title up to its matter: its issuer and 关于 (江山市应急管理局关于一起一般生产安全事故的通报)."""
_NOTICE = re.compile(
    r"(?:的(?:有关)?(?:情况)?|情况|最新)(?:通报|说明|通告|公告|报告)$|(?:的)?(?:情况|处置)?(?:续报|快报|最新进展|进展情况)$"
    # what a press conference or a notice told of it (通报“12·2”校车侧翻事故有关情况), and a hospital's word
    # for those taken there (夫妻俩一氧化碳中毒送医)
    r"|(?:的)?有关情况$|(?<=[毒伤])(?:送医|送院|入院|住院)$"
    r"|(?<![继持连陆延存手])续$"  # a headline's follow-up mark (上海在建楼房整体倒塌续)
)
"""A notice's title around the event's name (关于…的情况通报)."""
_NOT_A_SITE = re.compile(
    r"我|你|您|他们|她们|原来|多次|全都|就|经常|一直|曾经|自[^，,。]{0,4}以?来|从|家住|均称|购买|食用"
)
"""Words a complaint's clause holds that no site phrase does (小区自交房来多次, 原来是我们停在…的车辆全都;
从: where someone fell or came from, after them: 独居女子放火烧屋后从4楼坠落)."""
_PICTURE = re.compile(r"\s*[（(](?:组图|图|多图|图文|附图|视频|高清|直播)[)）]\s*$")
"""A headline's label of its pictures or video (火灾浓烟滚滚焚烧近4小时(图))."""


def without_picture(fact: Fact) -> Fact:
    """``fact`` without a headline's label of its pictures (火灾浓烟滚滚焚烧近4小时(图))."""
    if ")" not in fact.value and "）" not in fact.value:
        return fact
    return fact.model_copy(update={"value": _PICTURE.sub("", fact.value)})


def uncounted(what: Fact) -> Fact:
    """``what`` without the time it opens with, the count of the one thing it befell, or a word of suddenness
    before its verb, as a brief names it (``一辆电瓶车突然烧起来了`` → ``电瓶车烧起来了``, ``一台施工升降机吊笼
    突然坠落`` → ``施工升降机吊笼坠落``; not people counted, ``一名工人被卷入离心机``, nor a family, ``一家三口``)."""
    value = what.value
    if (told := TIME.match(value)) is not None and told.end() and len(value) - told.end() >= _SHORTEST_UNCOUNTED:
        value = value[told.end() :]  # (今天下午三点多围墙倒了: the time is a fact of its own)
    value = _THING_COUNTED.sub("", value) if value.startswith("一") else value
    if (weather := _WEATHER_MET.fullmatch(value)) is not None and _WEATHER_LAST.search(weather.group("weather")):
        # (遭遇冰雹袭击 → 冰雹, 遭遇强降雨 → 强降雨: the weather, two characters or more)
        return what.model_copy(update={"value": weather.group("weather")})
    value = _SUDDENLY.sub("", value) if "然" in value else value
    value = _MARKS_AFTER.sub("", value)  # (仓库烧起来了🔥: a post's emoji is no part of it)
    if "为" in value or "系" in value:
        value = _FOUND_AS.sub("", value)  # (医生诊断为有机磷农药中毒, 系亚硝酸盐中毒: what it was found to be)
    return what if value == what.value or len(value) < _SHORTEST_UNCOUNTED else what.model_copy(update={"value": value})


_THING_COUNTED = re.compile(
    # (or a building by 个, as people post it: 一个仓库烧起来了)
    r"^一(?:个(?=仓库|厂房|棚|窝棚|店|铺|房子|变压器|配电箱|电表箱)|辆|台|间|座|栋|幢|条|艘|只|架|部|处|块|根|棵|家(?![\d一二两三四五六七八九十几]+口|人|子|老小|具|电|居|属|长|乡|庭|园|门|务))(?=[\u4e00-\u9fff]{2})"
)
_WEATHER_MET = re.compile(r"(?:遭遇|遭受)(?:了)?(?P<weather>[\u4e00-\u9fff]{2,6}?)(?:袭击|天气|过程)?")
"""Weather met by a place, as a report words it (大陈乡遭遇冰雹袭击): the weather is what happened."""
_WEATHER_LAST = re.compile(rf"(?:{WEATHER.pattern})$")
"""Weather's word ending what was met (短时强降雨; not 暴雪失联, what befell those who met it)."""
_FOUND_AS = re.compile(
    r"^(?:经)?(?:医生|医院)?(?:初步)?(?:诊断|判断|确诊|认定|判定)?(?:为|是)?系?(?=.{2,12}(?:中毒|感染)$)"
)
"""Who found what it was, before a poisoning's name (医生诊断为有机磷农药中毒, 初步判断为食物中毒, 系亚硝酸盐中毒)."""
_SUDDENLY = re.compile(r"(?<=[\u4e00-\u9fff])(?:突然|猛然|忽然)(?=[\u4e00-\u9fff])")
_SHORTEST_UNCOUNTED = 3


_BACK_TO_IT = re.compile(r"^(?:此次|这次|本次|该次|这起|此起|该起|这场|此轮|本轮)")
"""Words that refer back to the event, before its name (此次暴雨)."""
_SAID = r"(?:医生|听|据说|听人|大家)?说是"
_SAID_TO_BE = re.compile(f"^{_SAID}")
"""Who said what it was, before it (医生说是有机磷农药中毒)."""
_WHAT_LEAD = re.compile(rf"^(?:{_SAID})?(?:发生了|发生|突发|突然发生|引发|引起|普降|遭受)?(?:了)?")
"""What may open an occurrence phrase and is no part of what happened (医生说是有机磷农药中毒, 发生了)."""
_MEETINGS = ("碰撞", "相撞", "追尾", "刮擦", "剐蹭")
"""What two parties did (一辆货车与一辆电动自行车发生碰撞): the event, named with them."""
_MEETING = re.compile(rf"(?:追尾|正面|侧面|迎面|对向)?(?:{'|'.join(_MEETINGS)})")
"""A meeting of two parties, told with how they met (追尾碰撞, 正面相撞) or not."""
_SUBSTANCE = re.compile(
    r"(?:液氨|氨气|氯气|天然气|燃气|煤气|沼气|液化石油气|液化气|硫化氢|一氧化碳|危化品|化学品|甲醛|氰化物|硫酸|盐酸|硝酸"
    r"|油品|柴油|汽油|原油|氢气|粉尘|锅炉|储罐|液化石油气罐|液化气罐|燃气罐|煤气罐|气罐|(?:液化石油气|液化气|燃气|煤气)?钢瓶|气瓶"
    # a battery or the vehicle it drives (小区电动车电池起火, 楼道内电动自行车着火)
    r"|(?:(?:电动车|电动自行车|电瓶车|充电宝|手机)的?)?(?:电瓶|锂电池|电池)|电动车|电动自行车|电瓶车"
    # a cooking pot's oil, fireworks (火锅店后厨的油锅突然起火, 婚宴现场燃放的礼花弹发生意外爆燃)
    r"|油锅|礼花弹|烟花|烟花爆竹|鞭炮|爆竹"
    # (a kitchen's flue: 火锅店的后厨烟道突然起火, 饭店的厨房排油烟管道起火)
    r"|烟道|排烟道|排烟管道|排油烟管道|油烟管道"
    # (a stove: 一居民家厨房的燃气灶起火)
    r"|燃气灶|煤气灶|灶台)$"
)
"""What leaked, burst or burned, named right before its verb (某化工厂氯气泄漏, 餐馆煤气罐爆炸)."""
_HOW = re.compile(r"(?:突然|意外|猛然)+$")
_KEPT_THERE = re.compile(r"(?:燃放|停放|放置|存放|堆放|正在充电|充电)$")
"""What was being done with what burned, at the site (三楼楼道内停放的电动自行车电池, 婚宴现场燃放的礼花弹)."""
_SIGN = re.compile(r"浓烟滚滚|冒出|传出")
"""An occurrence told by its sign (smoke, a bang), whose event the report names after it."""
_MARKS_AFTER = re.compile(r"[^\u4e00-\u9fff\w()（）\[\]【】「」『』“”\"'‘’]+$")
"""What a post ends a clause with that is no word (emoji, ‼️, ~~)."""
_SUBSTANCE_VERBS = frozenset({"泄漏", "爆炸", "爆燃", "燃爆", "起火", "着火", "炸了"})
_CAUGHT_FIRE = frozenset({"起火", "着火"})
_BURNED_INSIDE = re.compile(r"(?<=[内里])[\u4e00-\u9fff]{2,4}$")
"""What burned, told right after the place inside and before the fire's verb (烘干房内竹片起火)."""
_INSIDE = re.compile(r"(?:内|里|处|旁|附近|路段|路口|门口|一带|境内|现场)$")


def site_of_harm(text: str, sentences: Sentences, report: CasualtyReport, title_end: int) -> Fact | None:
    """The site told in a clause of its own before a casualty figure of the body, where no occurrence
    verb tells it (``12月2日上午，位于江山经济开发区的某机械有限公司车间内，一名工人…被压伤``)."""
    for at, begin in figure_sentences(text, sentences, report):
        if at <= title_end:
            continue
        before = text[begin:at]
        for clause in reversed(CLAUSE.findall(before)):
            told = _strip_time(clause.strip()).strip()
            phrase = _SITE_TAIL.sub("", PARTIES.split(_SITE_LEAD.sub("", told))[0])  # …公司在吊装作业过程中
            # (a place told as such: 位于/在 before it, or a word of where inside or beside after it, or a
            # workplace right before who was there: 江山市上余镇某木业有限公司一名员工在操作砂光机时)
            workplace = _WORKPLACE.search(phrase) is not None and PARTIES.search(told, len(phrase)) is not None
            if (
                (PLACE_TOLD.match(told) or _INSIDE.search(phrase) or workplace)
                and 2 <= len(phrase) <= MAX_SITE
                and SITE_WORDS.search(phrase)
                and phrase not in _BARE_SITES
                and not _CAUSED.search(phrase)
                and not _CAUSE.search(phrase)
                and not RESPONSE.search(phrase)  # (大陈乡立即组织镇村干部…赶赴现场: who responded)
            ):
                quote = sentences.until(begin, at).strip()
                return Fact(kind=FactKind.WHERE, value=phrase, quote=quote[:MAX_QUOTE], precision=3)
    return None


def what_of_harm(text: str, sentences: Sentences, report: CasualtyReport) -> Fact | None:
    """What befell those counted, where no event word or occurrence phrase names it (a work injury told without a word
    of an emergency): the clause of the first casualty figure (``一名50多岁的男子被搅拌叶片绞伤``), the clause before
    it when that one tells who it befell and how (``一名62岁的工人在操作圆盘锯时，左手4根手指被锯断``), or the clause
    before a result (``一名女工在更换焊锡时被熔化的锡液溅到脸部和双手，造成二度烫伤`` → its first clause)."""
    for at, begin in figure_sentences(text, sentences, report):
        end = sentences.end_of(at)
        opened = max(begin, max(text.rfind(c, begin, at) for c in _CLAUSE_MARKS) + 1)
        closed = min((i for c in _CLAUSE_MARKS if (i := text.find(c, at, end)) >= 0), default=end)
        clause = text[opened:closed].strip()
        earlier_open = max(text.rfind(c, begin, max(begin, opened - 1)) for c in _CLAUSE_MARKS) + 1
        earlier = text[max(begin, earlier_open) : max(begin, opened - 1)].strip()
        if clause.endswith("时") and closed < end:
            # (who, what they were doing, then the harm in the next clause: the figure read from its start)
            after = min((i for c in _CLAUSE_MARKS if (i := text.find(c, closed + 1, end)) >= 0), default=end)
            clause += text[closed + 1 : after].strip()
        elif _RESULT_FIRST.match(clause) is not None:
            clause = earlier  # (…被熔化的锡液溅到脸部和双手，造成二度烫伤: what befell them, not what it caused)
        elif earlier.endswith("时") and PARTIES.search(earlier) is not None and PARTIES.search(clause) is None:
            clause = earlier + clause  # (一名62岁的工人在操作圆盘锯时，左手4根手指被锯断: who, then the harm)
        clause = _strip_time(clause).strip()
        if (
            len(clause) >= 4
            and _BEFELL.search(clause) is not None
            and _TOLL_ONLY.search(clause) is None
            and RESPONSE.search(clause) is None
            and _CARED_FOR.search(clause) is None
        ):
            return Fact(kind=FactKind.WHAT, value=clause[:60], quote=sentences.until(begin, at).strip()[:MAX_QUOTE])
    return None


_CLAUSE_MARKS = "，,；;"
_RESULT_FIRST = re.compile(r"(?:造成|导致|致使|致)")
_BEFELL = re.compile(
    r"被|遭|摔|坠|跌|滑落|掉进|掉入|落入|卷入|撞|砸|压|夹|绞|割|切|锯|烫|烧伤|灼伤|溅|触电|电击|中毒|咬|刺|捅|砍|打伤|殴"
)
"""A verb of what befell someone, which a what told by its harm holds (被搅拌叶片绞伤, 从约8米高处坠落)."""
_TOLL_ONLY = re.compile(r"人数|原文|下限|[（(]|^(?:其中|另有|若|死亡|受伤|伤亡|共|累计|被困)|中$")
"""A clause that states a toll or a reason, or those of whom it tells some, not what happened (死亡人数升至9人,
其中1人命危, 被困失联的5名矿工中)."""
_CARED_FOR = re.compile(r"^(?:伤者|伤员|死者)|送往|送医|送到|送至|救治|治疗|抢救")
"""A clause of the care the hurt got (伤者已被紧急送往…医院): no part of what befell them."""


_WHO_ASIDE = re.compile(r"（[男女][，,、][^（）]{0,30}）")
"""Who someone is, in brackets (（男，46岁，峡口镇人）): their sex, age and home."""


_WORKPLACE = re.compile(
    r"(?:公司|厂|工地|工程|矿|车间|作坊|仓库|商场|市场|酒店|宾馆|饭店|学校|医院|养老院|幼儿园"
    r"|养殖场|养猪场|养鸡场|农场|林场|采石场|屠宰场|搅拌站|加油站|码头)$"
)
"""A workplace or an institution, named before the people there (某木业有限公司一名员工): the site."""


_PLACE_HEAD = re.compile(
    r"[^，,。]{0,6}?(?:[省市县区镇乡村]|街道|社区|路|街|港|江|河|湖|库|国道|省道|高速|开发区|园区)"
)
"""How a place told alone begins: a region, a road or a water near its head (not 一头野猪闯入保安乡保安村)."""


def site_before_term(text: str, sentences: Sentences, terms: tuple[str, ...]) -> Fact | None:
    """A place alone in the clause right before the one naming the event's word, or ``None``."""
    named = min(
        (
            at
            for term in terms
            if (at := text.find(term)) >= 0 and ("#" not in text or IN_A_TAG.search(text, max(0, at - 12), at) is None)
        ),
        default=-1,
    )
    if named < 0:
        return None  # (#江山 #着火了: a topic's tags, no clause of the event)
    begin = sentences.start_of(named)
    # (up to the event word's own clause: 虎山街道东岳小区9幢一楼楼道，今天傍晚6点多一辆电瓶车突然烧起来了，烟…)
    clauses = [c.group().strip() for c in CLAUSE.finditer(text, begin, named + 1)]
    if len(clauses) < 2:
        return None
    told = _SITE_LEAD.sub("", _strip_time(clauses[-2]))
    if any(term in told for term in terms) or TIMED.search(told) or _NOT_A_PLACE_BEFORE.search(told):
        return None  # (虎山街道居民楼火灾现场, 景区山洪后, 路线又在修路: the event or what else, no place alone)
    place = _place_alone(told)
    quote = "，".join(clauses[-2:])[:MAX_QUOTE]
    return Fact(kind=FactKind.WHERE, value=place, quote=quote, precision=3) if place is not None else None


_CROWD_BEFORE = re.compile(
    r"(?:[\d一二两三四五六七八九十几数]+|十几|二十几|好几)(?:个|名|位)?(?:人|男子|青年|食客|村民)$"
)
"""Those who fought, counted right before it (十几个人打起来了)."""
_NOT_A_PLACE_BEFORE = re.compile(r"[后中前]$|又|在|了|办(?!事处|公)")
"""What else a clause before the event's tells (景区山洪后, 路线又在修路, 大陈乡办酒那家: whose feast), no place."""
_LEADING_TAGS = re.compile(r"^(?:#[^#\s，,。]{1,12}#?\s*)+")
"""A post's topic tags before its words (#江山 #着火了 昨晚…): no clause of the event."""
_HOME = re.compile(r"一(?:户|名|位|个)?(?:居民|村民|农户|住户|人)?家(?:中|里)?$")
"""A home told by whose it is, ending a place (石门镇一居民家中, 清漾村一户村民家中)."""
_LONGEST_TIME = 24
"""How far before a clause's end a time ending it is looked for."""
_PLACE_END = re.compile(
    r"(?:[内中里处旁边外前后上]|附近|段|口|现场|工地|[后对前]面|[村库桥街]尾|[村桥街]头|[路街道巷弄桥园场店厂矿井村镇乡区库河江湖塘山港楼房家户幢栋间司站所厨])$"
)
"""How a clause telling a place alone ends (…一户村民家中, …一处道路改造工地, …须江河段)."""


def within_place(place: Fact, site: Fact) -> Fact:
    """The site of a report that names a ``place`` alone after its time and a ``site`` with no region in the
    event's own clause: the place with the site after it where the site is a spot in it (``清湖街道某小区`` and
    ``楼道内``), else the place (``新塘边镇日月村一处农房拆除现场`` and ``一面约4米高``, what fell)."""
    joined = f"{place.value}{site.value}"
    if _PLACE_END.search(site.value) is not None and len(joined) <= MAX_SITE and site.value not in place.value:
        return place.model_copy(update={"value": joined})
    return place


def site_after_time(quote: str) -> Fact | None:
    """The site a report tells in a clause of its own right after the time (``12月4日晚，大桥镇汇头村一户
    村民家中，一家四口…``, ``3日上午9时50分许，四都镇一家竹木制品厂内，一名电工…``) or right before it (``位于
    贺村镇205国道旁的一家汽修店内，3日上午10时许，…``), or ``None``."""
    clauses = [c.group().strip() for c in CLAUSE.finditer(quote)]
    for i, clause in enumerate(clauses[:-1]):
        if _TIME_ENDS.search(clause, max(0, len(clause) - _LONGEST_TIME)) is None:
            continue  # no time at its end (一、事故基本情况 2026年12月4日上午9时许)
        j = i + 1
        while j + 1 < len(clauses) and _CAUSE.match(clauses[j]) is not None:
            j += 1  # (a cause between: 1月16日上午10时许，受雨雪冰冻天气影响，在G3京台高速江山收费站出口匝道，…)
        verb = OCCURRENCE.search(clauses[j])  # (up to what befell it: …行驶至桃园村弯道处时侧翻)
        if (reached := _travelled(clauses[j][: verb.start()] if verb else clauses[j])) is not None:
            # 一辆江山5路公交车在城区中山路与鹿溪路交叉口右转时，将一名…老人撞倒: where the vehicle was
            return Fact(
                kind=FactKind.WHERE, value=reached, quote="，".join(clauses[j : j + 2])[:MAX_QUOTE], precision=3
            )
        told = _SITE_LEAD.sub("", _SITE_TAIL.sub("", clauses[j]))
        if _HOME.search(told) is not None and REGION_ONLY.match(told) is not None and len(told) <= MAX_SITE:
            # 石门镇一居民家中, 石门镇清漾村一户村民家中办寿宴: a home, told by whose it is
            return Fact(kind=FactKind.WHERE, value=told, quote="，".join(clauses[j : j + 2])[:MAX_QUOTE], precision=3)
        if (parties := PARTIES.search(told)) is not None:
            told = told[: parties.start()]  # 上余镇某木材加工厂一名51岁的工人在…时: the works before who was there
        elif j + 1 >= len(clauses):
            told = ""  # (the place is not the clause of what happened)
        if (place := _place_alone(told)) is not None:
            return Fact(kind=FactKind.WHERE, value=place, quote="，".join(clauses[j : j + 2])[:MAX_QUOTE], precision=3)
        if i == 1 and (place := _place_alone(_SITE_LEAD.sub("", clauses[0]))) is not None:
            return Fact(kind=FactKind.WHERE, value=place, quote="，".join(clauses[:3])[:MAX_QUOTE], precision=3)
        return None
    return None


def opening_place(text: str, terms: tuple[str, ...]) -> Fact | None:
    """The place a post opens with in a clause of its own, before what happened there (``四都镇老街后面 今天早上6点多
    一间老房子塌了``, ``今天下午三点多 塘源口乡洪福村村尾 一间柴房烧起来了``: after a time alone), or ``None``:
    a region or a road at its head, a word of place at its end, the whole clause (no event's word, nothing
    happening or had in it: not a headline, 虎山街道居民楼火灾现场, nor a complaint, L6县巫水河有两处), and more
    told after it."""
    opened = _OPENING_TAGS.match(text)  # (#江山 #着火了 今天下午三点多 …: a post's tags, no place of it)
    after_tags = opened.end() if opened is not None else 0
    clauses = [c.group().strip() for c in islice(CLAUSE.finditer(text, after_tags), _OPENING_CLAUSES + 1)]
    for i, clause in enumerate(clauses[:_OPENING_CLAUSES]):
        if _TIME_ONLY.fullmatch(clause) and i + 1 < _OPENING_CLAUSES:
            continue  # (a post's time first: 今天下午三点多 塘源口乡洪福村村尾 …)
        told = _SITE_LEAD.sub("", THAT_ONE.sub("", _strip_time(clause)))
        if (
            len(told) > _LONGEST_OPENING
            or _NOT_A_PLACE_BEFORE.search(told) is not None
            or _NOT_AN_OPENING.search(told) is not None
            or any(term in told for term in terms)
            or TIMED.search(told) is not None
        ):
            return None
        place = _place_alone(told)
        if place is None or len(told) - len(place) > 1 or i + 1 >= len(clauses):
            return None  # (some of the clause cut off: 某景区客运索道因故障停运)
        return Fact(kind=FactKind.WHERE, value=place, quote="，".join(clauses[i : i + 2])[:MAX_QUOTE], precision=3)
    return None


_OPENING_TAGS = re.compile(r"[\s，]*(?:#[^#\s，,。]{1,12}#?[\s，]*)*")
"""A post's topic tags before its words, spaces read as commas (#江山，#着火了，): no place of it."""
_OPENING_CLAUSES = 2
"""How many clauses a post's opening place may stand in (the first, or the second after a time alone)."""
_LONGEST_OPENING = 20
"""How long a post's opening place may be (a longer clause tells more than a place)."""
_NOT_AN_OPENING = re.compile(r"有|[A-Za-z]{2}|派出|[赴到去]|[为是](?!.*[镇乡村路街])|居然|竟然|搬迁")
"""What a post's opening place never holds: what is had there or what it is (金路西岸和苑为A3区保障房), words of a
foreign script, someone sent or going, what was done there (小区旁居然搬迁过来一个搅拌站)."""


def _place_alone(told: str) -> str | None:
    """``told``, tidied, where it is a place alone (a region or a road at its head, a word of place at its end,
    no one and nothing happening in it), or ``None``."""
    place = _tidy_site(_SITE_TAIL.sub("", told))
    if (
        _PLACE_HEAD.match(place)
        and 2 <= len(place) <= MAX_SITE
        and _PLACE_END.search(place)
        and SITE_WORDS.search(place)
        and place not in _BARE_SITES
        and not PARTIES.search(place)
        and not OCCURRENCE.search(place)
        and not _CAUSED.search(place)
        and not _CAUSE.match(place)  # (由于户外零线断路: a cause)
        and not _NOT_A_SITE.search(place)
        and ATTRIBUTION.search(place) is None
    ):
        return place
    return None


def _tidy_site(phrase: str) -> str:
    """``phrase`` without the time told after it with 于 (某塑料制品厂厂房于12月4日下午 → 某塑料制品厂厂房), a date
    inside it (北京御园10栋2单元2018年10月弱电井 → 北京御园10栋2单元弱电井), an epicentre's coordinates
    (江山市（北纬28.62度，东经118.55度） → 江山市), or what was being done there and after
    (中山路一施工工地在开挖作业时挖断一条中压燃气管道 → 中山路一施工工地)."""
    if "纬" in phrase or "经" in phrase:
        phrase = _COORDINATES.sub("", phrase)
    if (doing := _DOING_INSIDE.search(phrase, 2)) is not None:
        phrase = phrase[: doing.start()]  # 中山路一施工工地在开挖作业时挖断一条中压燃气管道: the works
    if ("与" in phrase or "和" in phrase or "同" in phrase or "跟" in phrase) and (
        other := _OTHER_PARTY.search(phrase, 2)
    ) is not None:
        phrase = phrase[: other.start()]  # 兴工路与景星东路交叉口与一辆轿车: the crossing, not the car it met
    at = max(phrase.rfind("于"), phrase.rfind("於"))  # (於: a traditional text's, 紡織廠於本月4日晚上)
    if at > 0 and (m := TIME.match(phrase, at + 1)) is not None and m.end() > at + 1:
        return phrase[:at]
    if (later := _TIME_AT_END.search(phrase, 2)) is not None:
        phrase = phrase[: later.start()]  # 一幢民居今日清晨6时许: the time told after the place
    phrase = _VESSEL.sub("", phrase) if "船" in phrase or "艇" in phrase else phrase  # 江山港水域采砂船
    return (_DATE_INSIDE.sub("", phrase) if "年" in phrase else phrase).removesuffix("的")


_TIME_AT_END = re.compile(
    r"(?:今天|今日|昨天|昨日|前天|当天|当日|近日|日前|近期|本月\d{1,2}日|\d{1,2}月\d{1,2}日)"
    r"(?:凌晨|清晨|早晨|早上|一大早|一早|上午|中午|下午|傍晚|晚上|晚间|夜间|深夜|晚)?(?:\d{1,2}(?:时|点)[\d半]*分?(?:许|左右|多)?)?$"
)
"""A day, and its hour, told after the place (一幢民居今日清晨6时许)."""
_VESSEL = re.compile(r"(?<=[域段面内边处])[\u4e00-\u9fff]{0,3}(?:船|艇)$")
"""A boat named after the water it was on (江山港水域采砂船): the water is the site."""
_BY_MISHAP = re.compile(r"^(?:不慎|失足|意外)(?=..)")
_BY_WHAT = re.compile(r"被[^，,。被]{0,6}$")
"""What did it, right before its verb (被洪水冲垮)."""
_DOING_INSIDE = re.compile(r"在[^，,。在]{1,12}?(?:时|过程中|期间)(?=[\u4e00-\u9fff])")
"""What was being done there, then more (在开挖作业时挖断…): the site ends before it."""
_OTHER_PARTY = re.compile(r"(?:与|和|同|跟)(?:一|两|[\d二三四五六七八九十几])(?:辆|台|部|名|个|位|艘|列|架)")
"""The other party of a crash after the site (…交叉口与一辆小型普通客车发生碰撞): the site ends before it."""
_COORDINATES = re.compile(r"[（(][^（）()]{0,30}?(?:北纬|南纬|东经|西经)[^（）()]{0,30}[）)]")


_DATE_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff\d])\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?=[\u4e00-\u9fff])")


_TIME_ONLY = re.compile(rf"(?:{TIME.pattern})(?<=.)")
"""A clause that is a time alone (今天上午十点多)."""
_HEADING = re.compile(r"往[\u4e00-\u9fff]{1,8}方向")
"""Which way a road's carriageway goes (往福建方向)."""


def _before_a_time(phrase: str) -> str:
    """``phrase`` up to a time told inside it after a place (西山路今天早上路面 → 西山路, 城南一所小学今天下午放学的时候
    → 城南一所小学): a post tells the place, then when, then what."""
    if len(phrase) < 4:
        return phrase
    for m in TIME.finditer(phrase, 2):
        if len(m.group()) >= 2 and "月" not in m.group() and SITE_WORDS.search(phrase, 0, m.start()) is not None:
            # (a date inside is a site's own: 东城街道某小区10栋2单元2024年11月弱电井, 厂房于11月22日下午)
            return phrase[: m.start()].rstrip("于於在")  # (厂房于11月22日下午: 厂房)
    return phrase


def place_before_time(clause: str) -> str | None:
    """The place a clause tells before a time inside it, where no more than the place comes first (``城南某中学今天中午
    两个初二男生在宿舍打架`` → ``城南某中学``, ``清湖老街那边一家汽修店今天上午十点多…`` → ``清湖老街一家汽修店``)."""
    head = _before_a_time(clause)
    if head == clause or len(head) < 3 or PARTIES.search(head) or OCCURRENCE.search(head) or _NOT_A_SITE.search(head):
        return None
    head = _SITE_LEAD.sub("", THAT_ONE.sub("", head))
    if _SOMEONE.search(head):
        return None  # 副镇长深夜从…跳楼: who, not where
    return head if SITE_WORDS.search(head) and len(head) <= MAX_SITE else None


_SOMEONE = re.compile(r"(?:长|员|人|者|师|主|生|工|警)$")
"""A head of a clause ending in a person (副镇长, 店员): who did it, no place."""


def _strip_time(phrase: str) -> str:
    """``phrase`` without the time it opens with, nor an incident's date code (贺村镇化工厂“12·2”)."""
    m = TIME.match(phrase)
    phrase = phrase[m.end() :] if m else phrase
    return DATE_CODE.sub("", phrase) if "·" in phrase or "." in phrase or "-" in phrase else phrase


_REACHED = re.compile(
    # (not what befell it there: 行驶至石门镇路段时突然起火)
    r"(?:(?:行驶|驶|行进|行走|步行)(?:至|到)(?P<at>[^，,。；;]{2,30}?)(?:(?:时|之际)(?:突然|忽然|不慎)?)?"
    # or where it was going along (在双塔街道西山路与环城西路交叉口附近行驶时)
    r"|[在沿](?P<along>[^，,。；;在沿]{2,30}?)(?:行驶|行进|骑行|右转|左转|转弯|掉头|倒车|下坡|上坡)(?:时|过程中|途中))$"
)
"""Where a vehicle had got to when it happened, at the end of a clause (行驶至江山段1120公里处时)."""
_ROAD = re.compile(r"沿(?P<road>[^，,。；;由从自往向]{2,24}?)(?:由|从|自|往|向|行驶|驶|行进)")
"""The road it was travelling along (沿G60沪昆高速由东往西行驶至…)."""
_WAY_HEADED = re.compile(r"(?:由|从|自)[东南西北]{1,2}(?:往|向)[东南西北]{1,2}(?:方向)?(?:行驶|驶)?(?:至|到)?")
"""The way a vehicle was heading, between its road and where it had got to (由南往北行驶至)."""
_DRIVER = re.compile(r"沿|(?<!正)在|由|从|往|向|行驶|驶|行进|途经|经过")
"""Where the first party's name ends in its clause (一辆重型半挂货车沿…行驶至…)."""
_DRIVING = re.compile(r"驾驶(?![人员])|驾乘|骑行|骑乘|驾(?![驶乘])")
"""A first party told by its driver (王某驾驶小型轿车沿…): the vehicle follows."""
_AHEAD = re.compile(
    r"^(?:前方|对向|同向|迎面|相向|后方|路边|停放的?|(?:正常)?行驶的?|驶来的?|开来的?|由[东南西北]{1,2}[往向][东南西北]{1,2})+"
)
_MANOEUVRE = re.compile(
    r"^[^的，,]{0,6}?(?:闯红灯|掉头|倒车|逆行|超车|变道|转弯|左转|右转|直行|驶来|驶过|开来|行驶)[^的，,]{0,4}的"
)
"""What the second party was doing (一辆闯红灯的混凝土搅拌运输车, 一辆迎面驶来的小型普通货车)."""
_VEHICLE_HEAD = re.compile(r"^(?P<vehicle>[^，,。的]{2,12}?车)(?=沿|在|行驶|驶)")
"""A vehicle named without a count at its clause's head (江山3路公交车行驶至…时)."""
_DRIVEN = re.compile(
    # (how they drove between: 黄某某酒后驾驶)
    r"^(?:(?:驾驶人|驾驶员|司机)?[\u4e00-\u9fff]{0,6}?(?:驾驶|驾乘|骑行|骑乘)的?)?"
    r"(?:[\u4e00-\u9fff][A-Z][·.•・]?[A-Z0-9]{4,6}号?)?"
)
"""A vehicle told by its driver and plate (徐某某驾驶浙H·A1234号重型半挂牵引车, 驾驶人王某某驾驶的浙H·B5678号
小型普通客车): what comes before the vehicle."""


_ASIDE = re.compile(r"[（(][^（）()]{0,40}[）)]")
"""A bracketed aside (a driver's sex and age: （男，52岁）)."""
_CARRYING = re.compile(
    r"^(?:载有|搭载|载着|坐有|坐满|满载)[^，,。的]{0,10}?(?:人|游客|乘客|旅客|学生|师生|工人|村民|员工|儿童|幼儿)的"
)
"""The people a vehicle carried, before its name (载有31名游客的旅游大客车 → 旅游大客车; not its load, 满载钢材的货车,
which tells what it was)."""
_WHERE_TO = re.compile(r"[至到进入]")
_THING_BLOWN = re.compile(
    r"的(?P<thing>(?:(?![在从于])[\u4e00-\u9fff]){2,8})(?P<by>被(?:大风|风|洪水|山洪|大水)?)(?:整体|整个)?(?P<verb>[\u4e00-\u9fff]{2,3})$"
)
"""A thing of a place a wind or a flood brought down (门口的钢架遮阳棚被大风整体掀翻, 市场门口的广告牌被刮下来)."""
_WENT_OVER = frozenset({"翻进", "翻到", "翻入", "翻下", "冲到", "冲进"})
"""A vehicle that went over into something (翻进路边水沟): what it went into is part of what befell it."""
_GONE = re.compile(r"(?:去了|去|了)$")
_SIZED = re.compile(r"(?:约|近)?[\d.]+(?:多|余)?米(?:深|高|宽|长)?的?")
_NO_SUBJECT = frozenset({"", "车辆", "该车", "车子"})
"""What a clause may open with before its verb and still tell nothing of the vehicle (车辆失控翻入…)."""
_LEAD_IN = re.compile(
    r"(?:因|由于)[^，,。；;！!？?]{1,14}?|在[^，,。；;！!？?]{1,12}?(?:处|路段|附近|弯道|路口|隧道内|桥上)"
)
"""A cause or a spot opening a vehicle's clause before its verb (因车速过快在弯道处侧翻): no subject of its own."""
_MISHAP_END = re.compile(r"时(?:操作不当|刹车失灵|避让不及|车速过快|转弯过急|失控)$")
"""A mishap told right after 时 (下坡时操作不当): the clause still tells of the vehicle on its way."""
_COUNT_LEAD = re.compile(
    r"(?:约|近)?(?:\d+|[一二两三四五六七八九十百几数多]+)[余多]?(?:名|人|位|例)[\u4e00-\u9fff]{0,4}?(?:出现|疑似|集体)"
)
"""A headline's clause opening with the people taken ill (40余人出现食物中毒症状; not 6名男子…抢劫车辆, which
tells what they did)."""
_SECOND_DESCRIBED = re.compile(r"与[^与的，,]{2,10}的(?=[\u4e00-\u9fff]{2,8}$)")
"""What the second party was doing, before it (与一名步行横过道路的行人)."""
_AFTER_MEETING = re.compile(r"(?<=碰撞|相撞|追尾|刮擦|剐蹭)后")


def _vehicle_in(clause: str) -> str | None:
    """The vehicle a clause tells on its way (``一辆满载石料的重型货车行驶至石门镇清漾村路段时``: ``重型货车``),
    or ``None``."""
    # (its driver may be told first: 驾驶人毛某某…驾驶一辆无号牌拖拉机沿…行驶时)
    parties = next((m for m in PARTIES.finditer(clause) if m.group().endswith(("辆", "艘"))), None)
    if parties is None:
        return _first_vehicle(clause)  # (told by its driver and plate: 驾驶浙H·8F163号重型罐式货车沿…行驶至…时)
    # (its route told first: 一辆载有28名乘客的江山开往廿八都的城乡公交车)
    vehicle = _DRIVER.split(_ROUTE.sub("", _CARRYING.sub("", _DRIVEN.sub("", clause[parties.end() :]))))[0]
    if len(vehicle) > 12 and "的" in vehicle:
        vehicle = vehicle.rsplit("的", 1)[1]  # (a long load told first: 满载约30吨液碱（氢氧化钠溶液）的危化品槽罐车)
    return vehicle if 2 <= len(vehicle) <= 12 else None


_FIRST_VEHICLE = re.compile(
    r"(?:(?:驾驶|驾乘|骑行|骑乘|驾)(?:一辆|一台|的)?(?:[\u4e00-\u9fff][A-Z][·.•・]?[A-Z0-9]{0,6}号?)?|一辆)"
    r"(?P<vehicle>[\u4e00-\u9fff]{1,10}?(?:车|机))(?=[，,沿在由从往向行驶])"
)
"""A vehicle told driven or counted, up to where its way is told (驾驶一辆重型自卸货车，沿…; 驾驶浙H小型普通客车，
沿…)."""


def _first_vehicle(span: str) -> str | None:
    """The last vehicle ``span`` (the sentence before a clause opening with 与) tells driven or counted."""
    found = None
    for m in _FIRST_VEHICLE.finditer(span):
        found = m.group("vehicle")
    return found


def _driven(span: str) -> str | None:
    """The vehicle ``span`` names after its driver (``张某某骑行电动自行车``, ``王某驾驶浙H12345号小型轿车``), or
    ``None`` when ``span`` is no vehicle told so."""
    m = _DRIVEN.match(span)
    if m is None or not _DRIVING.search(m.group()):
        return None
    vehicle = span[m.end() :]
    return vehicle if 2 <= len(vehicle) <= 12 else None


def _travelled(span: str) -> str | None:
    """The site a police report tells by where a vehicle had got to (``一辆重型半挂货车沿G60沪昆高速由东
    往西行驶至江山段1120公里处时``: ``G60沪昆高速江山段1120公里处``), or ``None``."""
    if (mishap := _MISHAP_END.search(span)) is not None:
        span = span[: mishap.start() + 1]  # 在…村道下坡时操作不当: where it was going down
    m = _REACHED.search(span)
    if m is None:
        return None
    at = m.group("at") or m.group("along")
    if m.group("along") and (heading := _WAY_HEADED.search(at)) is not None:
        # 江滨路由南往北行驶至须江大桥南侧桥头路口: 江滨路须江大桥南侧桥头路口
        at = at[: heading.start()] + at[heading.end() :]
    road = _ROAD.search(span, 0, m.start() + 2)  # (its verb may be the one it got there by: 沿G205国道行驶至)
    if road is not None and road.group("road") not in at:
        at = f"{road.group('road')}{at}"
    return at if len(at) <= MAX_SITE and (SITE_WORDS.search(at) or "公里" in at or "桩号" in at) else None


_WHILE = re.compile(r"在[^，,。与在]{1,10}?时(?=与)")
"""What a vehicle was doing, before the other party (一辆渣土车在右转弯时与一辆电动自行车发生碰撞)."""
_ROUTE = re.compile(r"^(?:由|从)?[^，,的]{1,10}?(?:开往|驶往|前往|发往)[^，,的]{1,10}的")
"""Where a vehicle ran from and to, before its name (由温州开往贵阳的大型普通客车, 江山开往峡口的城乡公交车)."""


def _second_party(before: str, text: str, verb: re.Match[str], meeting: str) -> str | None:
    """``A与B碰撞`` where the clause of the collision names only the second party (``与前方一辆小型普通
    客车发生追尾碰撞``, ``闯红灯与…一辆小型轿车发生碰撞``) and the clause before it the first (``一辆重型半挂
    货车沿…行驶至…时``)."""
    if not meeting.endswith(_MEETINGS):
        return None
    before = _ASIDE.sub("", before) if "（" in before or "(" in before else before  # 徐某某（男，52岁）驾驶
    first = PARTIES.search(before) or _DRIVING.search(before)
    if first is not None:
        a = _DRIVER.split(_DRIVEN.sub("", _ROUTE.sub("", before[first.end() :])))[0]
    elif (head := _VEHICLE_HEAD.match(before)) is not None:
        a = head.group("vehicle")  # 江山3路公交车行驶至…时
    else:
        return None
    b = _second_named(text[text.find("与") + 1 : verb.start()])
    # (what the first was told with before its name: 载有二十余名乘客的江山城乡公交车)
    a = _CARRYING.sub("", a) if "的" in a else a
    a = a.rsplit("的", 1)[-1] if "的" in a and a.endswith("车") and len(a) > 12 else a
    if not (2 <= len(a) <= 12 and 2 <= len(b) <= 12):
        return None
    return f"{a}与{b}{meeting}"


def _second_named(second: str) -> str:
    """The second party of a collision as the words after 与 name it, without its count, its driver and plate,
    or what it was doing or where it stood (``一辆由西往东直行的电动自行车`` → ``电动自行车``,
    ``前方停靠在站台的一辆城乡公交车`` → ``城乡公交车``, ``对向驾驶人吴某某驾驶的浙H·5R480号中型普通客车`` →
    ``中型普通客车``)."""
    second = _ASIDE.sub("", second) if "（" in second or "(" in second else second  # 由毛某某（男，38岁）驾驶的
    b = PARTIES.sub("", _DRIVEN.sub("", _AHEAD.sub("", second)))
    b = _MANOEUVRE.sub("", PARTIES.sub("", b)) if "的" in b else b  # 一辆闯红灯的混凝土搅拌运输车
    if "的" in b and len(last := PARTIES.sub("", _DRIVEN.sub("", b.rsplit("的", 1)[-1]))) >= 2:
        b = last  # 因故障停在应急车道的厢式货车, 一名步行横过道路的行人: the party, not what it did or where it stood
    return b


_LABEL_REACH = 12
"""The longest bracketed label (【事故通报】, 【突发】) a word may stand in."""


def in_label(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands in a bracketed label (``【事故通报】``): what a notice is, not what happened."""
    opened = text.rfind("【", max(0, at - _LABEL_REACH), at + 1)
    return opened >= 0 and "】" not in text[opened:at] and "】" in text[at : opened + _LABEL_REACH]


def site_and_what(sentences: list[str], terms: tuple[str, ...]) -> tuple[Fact | None, Fact | None]:
    """The site phrase before the first occurrence verb, and the occurrence phrase after it."""
    site: Fact | None = None
    what: Fact | None = None
    for sentence in sentences:
        if sentence.startswith("#") and OCCURRENCE.search(untagged := _LEADING_TAGS.sub("", sentence)):
            sentence = untagged  # #江山 #着火了 昨晚…着火: the post's tags, when its words tell the event again
        before = ""  # the clause before this one in the sentence
        earlier = ""  # and the one before it
        for clause in CLAUSE.finditer(sentence):
            text = clause.group().strip()
            if "【" in sentence and in_label(sentence, clause.start()):
                continue  # 【事故通报】12月2日…: a label, no clause of the event
            verb = OCCURRENCE.search(text)
            if (
                verb is not None
                and verb.group() in _FALLS
                and text[verb.start() - 1 : verb.start()] in _FLOORS
                and not PARTIES.search(text, 0, verb.start())
            ):
                # a fall from a floor told of no one counted (独居女子放火烧屋后从4楼坠落): the headline says it
                verb = None
            if (
                what is None
                and ("·" in text or "." in text or "-" in text)
                and (coded := _CODE_NAMED.search(text, 0, len(text) if verb is None else verb.end() + 14)) is not None
                # (the verb in its name, or none told: G60沪昆高速江山段“11·21”大客车追尾事故死亡人数升至4人; not a
                # notice's title, 关于上余镇某化工企业“11·20”火灾事故的续报, whose body tells the site)
                and (
                    (verb is None and "关于" not in text[: coded.start()])
                    or (verb is not None and coded.end() >= verb.end() > coded.start())
                )
            ):
                # 贺村镇“11·20”脚手架坍塌事故又有1名受伤工人经抢救无效死亡: the incident by its name, the place
                # before it (the code names what, not the site's 贺村镇脚手架)
                what = Fact(kind=FactKind.WHAT, value=coded.group(), quote=text[:MAX_QUOTE])
                head = _BEFORE_CODE.sub("", _SITE_LEAD.sub("", _strip_time(text[: coded.start()]).strip()))
                if site is None and 2 <= len(head) <= MAX_SITE and (REGION.search(head) or SITE_WORDS.search(head)):
                    site = Fact(kind=FactKind.WHERE, value=head, quote=text[:MAX_QUOTE], precision=3)
                if site is not None:
                    return site, what
                earlier, before = before, text
                continue
            if verb is None:
                if not _TIME_ONLY.fullmatch(text):  # (今天上午十点多: a time alone tells no site)
                    earlier, before = before, text
                continue
            at = happened_at(text, verb)
            parties = PARTIES.search(text, 0, verb.start())  # who or what was involved, if named
            # what leaked, burst or burned, right before the verb: the event's, not the site's (某化工厂氯气泄漏)
            # (or before 发生 and such a verb: 早餐店的液化气罐发生爆炸)
            burst = verb.group() in _SUBSTANCE_VERBS or (
                verb.group().startswith(("发生", "突然发生"))  # (液化气钢瓶突然发生爆炸)
                and text.startswith(
                    tuple(_SUBSTANCE_VERBS), verb.end() + (2 if text.startswith("意外", verb.end()) else 0)
                )
            )
            # (油锅突然起火: what burned, then how)
            what_of = _SUBSTANCE.search(_HOW.sub("", text[: verb.start()])) if burst else None
            if what_of is None and burst and verb.group() in _CAUGHT_FIRE:
                # (or what burned inside, no site of its own: 烘干房内竹片起火, 仓库内废纸起火)
                inside = _BURNED_INSIDE.search(_HOW.sub("", text[: verb.start()]))
                if inside is not None and (
                    ((clock := TIME.match(inside.group())) is not None and clock.end() > 0)  # (厂里昨晚着火了: a time)
                    or SITE_WORDS.search(inside.group())
                ):
                    inside = None
                what_of = inside
            # 通报12月4日21时许发生在石门镇205国道旁的一起危化品运输车辆侧翻泄漏事件: the site, then the event
            one_event = _ONE_EVENT.search(text, at.end()) if at is not None else None
            if site is None and at is not None:  # 火灾发生在峡口镇一民房内
                phrase = _strip_time(text[at.end() : one_event.start() if one_event else len(text)]).strip()
                # (发生在碗窑乡的面包车翻车事故: the place, then the event named)
                if "的" in phrase and len(place_event := _NAMED_AFTER.split(_CONSEQUENCE.split(phrase)[0], 1)) == 2:
                    phrase = place_event[0]
                    if what is None:  # (…某小吃店的燃气爆炸事故: 燃气爆炸)
                        named = place_event[1].removesuffix("中")
                        event = _EVENT_NOUN.sub("", named) or named
                        what = Fact(kind=FactKind.WHAT, value=event, quote=text[:MAX_QUOTE])
                quote = text
                if at.group().startswith(("聚集", "围坐")):
                    # 约150名业主…，聚集在某楼盘售楼部门口拉横幅讨说法: the place, then what they came for
                    purpose = PURPOSE.search(phrase, 2)
                    came_for = phrase[purpose.start() :] if purpose is not None else ""
                    rest = sentence[clause.end() :].lstrip("，, ")
                    if not came_for and PURPOSE.match(rest) is not None:
                        came_for = CLAUSE_END.split(rest, 1)[0][:12]  # 聚集在…工地门口，讨要被拖欠的工资
                    phrase = phrase[: purpose.start()] if purpose is not None else phrase
                    if what is None:
                        told_before = at.start() == 0 and before  # (约150名业主因不满延期交房，聚集在…)
                        who, said = (before, f"{before}，{text}") if told_before else (text[: at.start()], text)
                        what = _gathering(who, came_for, said)
                if phrase and not REGION.search(phrase):
                    # 东城街道某小区约80名业主…聚集在售楼部门口, 贺村镇某村100余名村民…，聚集在村口一处施工现场:
                    # the place of those there, then where in it
                    head = text[: verb.start()] or before
                    whose = PARTIES.split(_SITE_LEAD.sub("", _strip_time(head).strip()))[0]
                    if whose != head and REGION.search(whose) and len(whose) + len(phrase) <= MAX_SITE:
                        phrase, quote = f"{whose}{phrase}", text if head is not before else f"{before}，{text}"
                if 2 <= len(phrase) <= MAX_SITE and SITE_WORDS.search(phrase) and phrase not in _BARE_SITES:
                    site = Fact(kind=FactKind.WHERE, value=phrase, quote=quote[:MAX_QUOTE], precision=3)
            if site is None and (reached := _travelled(text[: verb.start()])) is not None:
                # 一辆货车行驶至205国道峡口镇路段时发生侧翻
                site = Fact(kind=FactKind.WHERE, value=reached, quote=text[:MAX_QUOTE], precision=3)
            if (
                site is None
                and (text.startswith("与") or before.endswith("时") or _MISHAP_END.search(before) is not None)
                and (reached := _travelled(before)) is not None
            ):
                # 一辆货车沿G60沪昆高速行驶至江山段1120公里处时，与前方一辆客车发生追尾碰撞 (or 因避让行人发生侧翻)
                quote = f"{before}，{text}"
                site = Fact(kind=FactKind.WHERE, value=reached, quote=quote[:MAX_QUOTE], precision=3)
            if site is None:
                phrase = _SITE_LEAD.sub("", _strip_time(text[: verb.start()]).strip())
                # (who someone is, in brackets: 该男子（男，46岁，峡口镇人）系独自…, whose home is no site)
                phrase = _WHO_ASIDE.sub("", phrase) if "（" in phrase else phrase
                phrase = PARTIES.split(_CAUSE.split(_before_a_time(phrase))[0])[0]
                if (caused := _CAUSED.match(phrase)) is not None:
                    # 一施工工地在开挖作业时挖断一条中压燃气管道，造成燃气泄漏: the clause before, what was being
                    # done there, tells where (not 医院管理也非常混乱，导致多起医疗责任事故)
                    phrase = "" if _DOING_INSIDE.search(before) else phrase
                elif (caused := _CAUSED.search(phrase)) is not None and any(
                    t in phrase[: caused.start()] for t in terms
                ):
                    # 暴雨造成峡口镇枫石村一处民房倒塌: where it did harm (not places listed:
                    # 张村乡、廿八都镇等地部分道路)
                    # (and only with the event as this clause tells it: after 我市普降大暴雨, the house is
                    # where the rain did harm, not where it fell)
                    harmed = phrase[caused.end() :]
                    phrase = "" if "、" in harmed or "等地" in harmed or what is not None else harmed
                phrase = _SITE_TAIL.sub("", phrase)  # 一造纸企业在清理污水池时, 一幢民房突然
                phrase = _ONE_EVENT_TAIL.sub("", phrase)  # 贺村镇一起盐酸罐车: the place, then the event's parties
                if _CROWD_BEFORE.fullmatch(phrase):
                    phrase = ""  # 十几个人打起来了: those involved, counted, no place (the clause before tells it)
                quote = text
                if phrase and before.endswith(("时", "时候", "过程中")) and not REGION.search(phrase):
                    # 双塔街道城北社区一处自建民房在装修拆除墙体时，二楼楼板突然坍塌: the building, then its part
                    # (某中学课间操集合时，教学楼东侧楼梯间发生拥挤踩踏: the school, then where in it)
                    whole = _before_a_time(_SITE_LEAD.sub("", _strip_time(before).strip()))
                    doing = None if "在" in whole else _DOING_AT.match(whole)  # (在装修…时: the tail's)
                    whole = doing.group("place") if doing is not None else _SITE_TAIL.sub("", whole)
                    if (
                        REGION.search(whole)
                        and len(whole) + len(phrase) <= MAX_SITE
                        and not PARTIES.search(whole)
                        and not OCCURRENCE.search(whole)
                        and ATTRIBUTION.search(whole) is None
                    ):
                        phrase, quote = f"{whole}{phrase}", f"{before}，{text}"
                if what_of is not None and phrase.endswith(what_of.group()):
                    # 一家早餐店的液化气罐 (or one counted: 贺村镇一液化气储配站一只储罐)
                    phrase = _ONE_THING.sub("", _KEPT_THERE.sub("", phrase[: -len(what_of.group())].removesuffix("的")))
                placed = _PLACED.search(text, parties.end(), verb.start()) if parties is not None else None
                there = placed.group("at") if placed is not None else ""
                if there.endswith("车") and "的" in there:
                    there = ""  # 与一辆因故障停在应急车道的厢式货车发生追尾: where the other party stood, no site
                if (doing := _DOING_THERE.match(there)) is not None:
                    there = doing.group("place")  # 两名学生在须江清湖段戏水时不慎落水: 须江清湖段
                doing_only = there.endswith(("时", "过程中")) and doing is None
                if doing_only:
                    there = ""  # 一名员工在检修电气线路时不慎触电: what he was doing, no place
                if phrase and REGION_ONLY.fullmatch(phrase) and SITE_WORDS.search(there) and not _OWN.match(there):
                    # 峡口镇村民周某某在枫石村后山采药时不慎坠崖: where he was, not where he lives (but
                    # 桃园村村民毛某在自家山林烧杂草时: the village tells more than "his own")
                    phrase = ""
                if not phrase and placed is not None and (SITE_WORDS.search(there) or not before):
                    phrase = there  # 一辆货车在205国道侧翻: where those involved were
                    if _PART_OF_SITE.match(phrase) and before and ATTRIBUTION.search(before) is None:
                        # 位于清湖街道的某在建项目工地，一名工人在8楼外墙作业时不慎坠落: the site before, then the floor
                        whole = _SITE_TAIL.sub("", _SITE_LEAD.sub("", _strip_time(before).strip()))
                        if SITE_WORDS.search(whole) and not OCCURRENCE.search(whole):
                            phrase, quote = f"{whole}{phrase}", f"{before}，{text}"
                elif (
                    not phrase
                    and before
                    and ATTRIBUTION.search(before) is None
                    and not OCCURRENCE.search(before)
                    and not any(t in before for t in terms)  # (山洪暴发，3名游客被冲走: the event, no place)
                ):
                    # 2日16时许，G205国道江山段上余镇路段，一辆小型轿车与一辆货车发生碰撞: the clause before
                    # those involved is the site
                    # (up to those involved: 江山市某中学部分学生在学校食堂就餐后 → 江山市某中学)
                    phrase = PARTIES.split(_SITE_LEAD.sub("", _strip_time(before).strip()))[0]
                    phrase = _SITE_TAIL.sub("", phrase)  # 某建材有限公司在设备检修过程中，发生…
                    if doing_only and _PLACE_CLAUSE.fullmatch(phrase) is None:
                        phrase = ""  # (…，在…行驶时: a complaint's clause before, no place unless it is one)
                    if (went := _WENT_TO.search(before)) is not None and (not phrase or REGION_ONLY.fullmatch(phrase)):
                        phrase = went.group("place")  # 3名小学生结伴到江山港凤林段游泳，其中2人不慎溺水
                    quote = f"{before}，{text}"
                    if earlier and _HEADING.fullmatch(before) and SITE_WORDS.search(earlier):
                        # G3京台高速江山段 往福建方向 今天下午…大货车侧翻了: the road, then which way
                        phrase, quote = f"{_SITE_LEAD.sub('', earlier)}{before}", f"{earlier}，{quote}"
                    if (
                        earlier
                        and (not phrase or not SITE_WORDS.search(phrase) or REGION_ONLY.fullmatch(phrase))
                        and PARTIES.match(before)
                        and ATTRIBUTION.search(earlier) is None
                    ):
                        # 清湖街道清湖村附近须江河段，3名初中生在岸边戏水时，其中1人不慎滑入深水区: the clause
                        # before those doing something is the site (not 岸边)
                        place = _SITE_TAIL.sub("", _SITE_LEAD.sub("", _strip_time(earlier).strip()))
                        if SITE_WORDS.search(place) and not OCCURRENCE.search(place):
                            phrase, quote = place, f"{earlier}，{before}，{text}"
                phrase = _tidy_site(phrase)  # 某塑料制品厂厂房于12月4日下午, 江山市（北纬28.62度，东经118.55度）
                if (
                    2 <= len(phrase) <= MAX_SITE
                    and SITE_WORDS.search(phrase)
                    and phrase not in _BARE_SITES
                    and not _CAUSED.search(phrase)
                    and not _NOT_A_SITE.search(phrase)
                ):
                    site = Fact(kind=FactKind.WHERE, value=phrase, quote=quote[:MAX_QUOTE], precision=3)
                elif (
                    before
                    and not OCCURRENCE.search(before)
                    and ATTRIBUTION.search(before) is None
                    and 2 <= len(place := _tidy_site(_SITE_LEAD.sub("", _strip_time(before).strip()))) <= MAX_SITE
                    and REGION.match(place) is None  # (not 村里…, 市里…: a place's people, no site)
                    and _PLACE_CLAUSE.fullmatch(place) is not None
                    and SITE_WORDS.search(place)
                    and not _NOT_A_SITE.search(place)
                    and not PARTIES.search(place)
                ):
                    # a post's site as a clause of its own before the event's (双塔街道中山路一家烧烤摊 两桌人喝多了
                    # 打起来了): the place, told before those involved
                    site = Fact(kind=FactKind.WHERE, value=place, quote=f"{before}，{text}"[:MAX_QUOTE], precision=3)
            if what is None and one_event is not None:
                phrase = _CONSEQUENCE.split(text[one_event.end() :])[0].strip()
                if 2 <= len(phrase) <= 60 and any(t in phrase for t in terms):
                    what = Fact(kind=FactKind.WHAT, value=phrase, quote=text[:MAX_QUOTE])
            # (people taken ill: the event's word; 发生在…: a time or a place, not what happened)
            # (an alarm's 有人打架 tells the site; what happened is told after it: 持刀将徐某刺伤)
            alarm = text.startswith("有人", max(0, verb.start() - 2)) and verb.start() >= 2
            if what is None and not verb.group().startswith("出现") and at is None and not alarm:
                tail = _MARKS_AFTER.sub("", _CONSEQUENCE.split(text[verb.start() :])[0])  # (撞了😱: no mark)
                if len(tail) > _RUN_ON and tail.startswith("了", len(verb.group())):
                    # a voice message with no stops (挖断了一股臭鸡蛋味整条街的人都跑出来了…): the verb and its 了
                    tail = tail[: len(verb.group()) + 1]
                went_over = verb.group() in _WENT_OVER
                if tail.startswith("侧翻"):
                    tail = _WHERE_TO.split(tail, 1)[0]  # 侧翻至路边农田: where it went is no part of it
                elif went_over:  # 翻进路边约3米深的水沟, 翻到路边田里去了: over, into what
                    into = _SIZED.sub("", _GONE.sub("", tail[len(verb.group()) :]))
                    tail = f"{verb.group()}{into.rsplit('的', 1)[-1].removeprefix('路边')}"
                elif "后" in tail:
                    tail = _AFTER_MEETING.split(tail, 1)[0]  # 发生碰撞后驾车逃逸: the collision
                if verb.group() in ("引发", "引起") and (set_off := _SET_OFF_AFTER.match(text, verb.end())) is not None:
                    tail = set_off.group()  # 引发火灾（未造成人员伤亡）: the fire, no more
                phrase = _WHAT_LEAD.sub("", tail).removeprefix("一起").strip() or verb.group()
                caused = _CAUSED.search(text, 0, verb.start())
                if verb.group() in (phrase, phrase.removesuffix("了")) and (
                    (caused is not None and _last_term(text[: caused.start()], terms))
                    or _BY_WHAT.search(text, 0, verb.start())
                ):
                    # 暴雨造成峡口镇枫石村一处民房倒塌, 一座便桥被洪水冲垮: the event and the harm it did, not
                    # 倒塌 or 冲垮 alone
                    phrase = _SITE_LEAD.sub("", _strip_time(text[: verb.end()]).strip())
                    if (blown := _THING_BLOWN.search(phrase)) is not None:
                        # 一家超市门口的钢架遮阳棚被大风整体掀翻: the awning blown over, the shop's door the site
                        phrase = f"{blown.group('thing')}{blown.group('by')}{blown.group('verb')}"
                        if site is not None and site.value.endswith(f"的{blown.group('thing')}"):
                            site = site.model_copy(update={"value": site.value[: -len(blown.group("thing")) - 1]})
                if phrase in ("发生", "发生了") and (named := _last_term(text[: verb.start()], terms)) is not None:
                    phrase = named  # 事故发生, 从洪水发生至今: the event named before its verb
                told = verb.group() in (phrase, phrase.removesuffix("了")) and not verb.group().startswith(
                    ("发生", "突发")
                )
                meets = text.find("与", 0, verb.start())  # (闯红灯与…一辆小型轿车发生碰撞: what it did first)
                alone = (
                    meets >= 0 and before and not PARTIES.search(text, 0, meets) and not _DRIVING.search(text, 0, meets)
                )
                both = _second_party(before, text, verb, phrase) if alone else None
                quote = text
                if both is not None:
                    # 一辆重型半挂货车…，与前方一辆小型普通客车发生追尾碰撞: both parties
                    phrase, quote = both, f"{before}，{text}"
                elif (
                    parties is not None
                    and _FALLEN.fullmatch(verb.group())
                    and phrase.startswith(verb.group())
                    and text.find("从", parties.end(), verb.start()) >= 0
                ):
                    # 一个扎钢筋的师傅从四楼楼板边上掉下去了: who fell, and from where (有个 as 一个)
                    who = text[parties.start() : verb.start()]
                    phrase = f"{'一' + who[1:] if who.startswith('有个') else who}{phrase}"
                elif parties is not None and (
                    told
                    or _MEETING.fullmatch(phrase)
                    or OCCURRENCE.pattern.fullmatch(phrase)
                    or verb.group() == "失控"
                    or went_over
                ):
                    # 一辆渣土车与电动自行车相撞, 一辆货车与一辆电动自行车发生碰撞: who or what was
                    # involved, then what befell them
                    # (up to where it was going: 一辆货车行驶至205国道峡口镇路段时发生侧翻 → 货车侧翻)
                    involved = _WHILE.sub("", text[parties.end() : verb.start()])
                    if "（" in involved or "(" in involved:
                        involved = _ASIDE.sub("", involved)  # 驾驶人周某某（男、51岁）驾驶一辆…槽罐车: who they are
                    first_party, joined, second_party = involved.partition("与")
                    if joined and "的" in second_party:
                        # 一辆大型普通客车与一辆因故障停在应急车道的厢式货车: the second party, not where it stood
                        involved = f"{first_party}与{_second_named(second_party)}"
                    involved = _SECOND_DESCRIBED.sub("与", involved) if "的" in involved else involved
                    # (its route told first: 载有30名乘客的西山开往东岭的城乡公交车)
                    involved = _DRIVER.split(_ROUTE.sub("", _CARRYING.sub("", _DRIVEN.sub("", involved))))[0]
                    involved = _CARRYING.sub("", _INNER_COUNT.sub("", _SITE_TAIL.sub("", involved)))
                    on = involved.rfind("于")  # 正在充电的电动自行车于今天凌晨4时许: no time in what befell it
                    timed = TIME.match(involved, on + 1) if on > 0 else None
                    involved = involved[:on] if timed is not None and timed.end() > on + 1 else involved
                    driven = None
                    if parties.start() and text[parties.start() - 1] == "与":
                        # 张某某骑行电动自行车与一辆小型轿车发生碰撞: the first vehicle, told by its rider
                        driven = _driven(text[: parties.start() - 1])
                        involved = f"{driven}与{involved}" if driven else involved
                    if (
                        driven is None
                        and text.startswith("与")
                        and (first := _first_vehicle(sentence[: clause.start()])) is not None
                    ):
                        # 驾驶人黄某某驾驶一辆重型自卸货车，沿…时，因车辆制动失效，与对向驶来的一辆小型普通客车发生
                        # 碰撞: the first vehicle, told in an earlier clause (驾驶浙H·7D512号小型普通客车，沿…时，与一辆
                        # 由西往东直行的电动自行车发生碰撞: the second as the clause names it)
                        involved = f"{first}与{_second_named(text[1 : verb.start()]) or involved}"
                    if parties.group().endswith("车"):
                        involved = f"{parties.group()}{involved}"  # 两车相撞, 6车连环相撞: the vehicles counted
                    if "的" in involved:
                        involved = _SECOND_DESCRIBED.sub("与", involved)  # 与一名步行横过道路的行人 → 与行人
                    if 2 <= len(involved) <= MAX_SITE:
                        told_as = (
                            _MEETING.fullmatch(phrase)
                            or OCCURRENCE.pattern.fullmatch(phrase)
                            or verb.group() == "失控"
                            or went_over
                        )
                        phrase = f"{involved}{phrase if told_as else verb.group()}"  # (货车失控撞断护栏坠入须江)
                elif (
                    (
                        told
                        or OCCURRENCE.pattern.fullmatch(phrase)
                        or went_over
                        # (the clause opens with its verb: 失控冲破路边护栏后坠入须江, 冲出路面翻入…溪沟)
                        or (text[: verb.start()] in _NO_SUBJECT and phrase.startswith(verb.group()))
                        # (or with its cause or its spot: 因驾驶员操作不当侧翻在路边, 在出口匝道弯道处侧翻)
                        or (_LEAD_IN.fullmatch(text, 0, verb.start()) is not None and phrase.startswith(verb.group()))
                    )
                    and (
                        (
                            (before.endswith(("时", "后")) or _MISHAP_END.search(before) is not None)
                            and (vehicle := _vehicle_in(before)) is not None
                        )
                        # (or a cause between: …下坡行驶时，因操作不当，车辆失控翻入路边约4米深的山沟)
                        or (
                            before.startswith("因")
                            and earlier.endswith("时")
                            and (vehicle := _vehicle_in(earlier)) is not None
                        )
                    )
                ):
                    # (or its mishap told after 时: 一辆三轮农用车在…下坡时操作不当，翻进路边…水沟)
                    # 一辆满载石料的重型货车行驶至石门镇清漾村路段时，因避让对向车辆发生侧翻: the vehicle
                    told_in = f"{before}，{text}" if vehicle in before else f"{earlier}，{before}，{text}"
                    phrase, quote = f"{vehicle}{phrase}", told_in
                elif (
                    told
                    and what_of is None
                    and (thing := _thing_before(text[: verb.start()], verb.group())) is not None
                ):
                    phrase = f"{thing}{phrase}"  # 一处老旧民房围墙突然倒塌, 烟花突然在手中炸开: what befell it
                    if (
                        site is not None
                        and site.value.endswith((f"的{thing}", f"把{thing}"))
                        and not _BURNED.fullmatch(verb.group())  # (一户村民的生猪养殖棚起火: the shed is the site too)
                        # (not what it is like, told before a thing counted: 一处年久失修的土木结构老屋)
                        and (
                            ((part := _PART.search(site.value)) is not None and part.group("part") == thing)
                            or "把" in site.value
                        )
                    ):
                        # 城南社区一幢老旧住宅楼的阳台突然整体垮塌: the building is the site, its balcony what fell
                        # (中山路上施工把燃气管道挖断了: the street, what was dug through)
                        trimmed = _SITE_TAIL.sub("", site.value[: -len(thing) - 1] + site.value[-len(thing) - 1])
                        trimmed = trimmed.removesuffix("的")
                        site = site.model_copy(update={"value": trimmed}) if len(trimmed) >= 2 else None
                    elif (
                        site is not None
                        and _FELL.fullmatch(verb.group())
                        and site.value.endswith(thing)
                        and len(trimmed := _COUNTED_END.sub("", site.value[: -len(thing)])) >= 2
                        and _SITE_WORD.search(trimmed)
                    ):
                        # 虎山街道某工地围墙突然坍塌: the works is the site, its wall what fell
                        site = site.model_copy(update={"value": trimmed})
                elif (
                    what_of is None
                    and (machine := _MACHINE_END.search(text, 0, verb.start())) is not None
                    and machine.group("machine") not in phrase
                ):
                    # 关于双塔街道江滨路某小区电梯下坠事件的情况通报: the lift befell it, its building is the site
                    phrase = f"{machine.group('machine')}{phrase}"
                    if site is not None and site.value.endswith(machine.group("machine")):
                        trimmed = site.value[: -len(machine.group("machine"))].removesuffix("的")
                        trimmed = _ONE_THING.sub("", trimmed)  # (车间内一台反应釜: the workshop)
                        site = site.model_copy(update={"value": trimmed}) if len(trimmed) >= 2 else None
                bare = phrase.removesuffix("了")  # (as people post it: 燃气爆炸了, 油锅着火了; 液化气罐炸了 keeps it)
                if what_of is not None and (phrase == verb.group() or phrase in _SUBSTANCE_VERBS):
                    phrase = f"{what_of.group()}{phrase}"  # 氯气泄漏, not 泄漏 (液化气罐发生爆炸: 液化气罐爆炸)
                elif what_of is not None and (bare == verb.group() or bare in _SUBSTANCE_VERBS):
                    phrase = f"{what_of.group()}{bare}"
                if verb.group() == "失控" and phrase.endswith("失控"):
                    # 一辆面包车…下坡时失控，翻入路边约3米深的农田: where it went, told next (面包车失控翻入农田)
                    rest = sentence[clause.end() :].lstrip("，, ")
                    over = OCCURRENCE.pattern.match(rest)
                    if over is not None and over.group() in _WENT_OVER:
                        into = _SIZED.sub("", _GONE.sub("", CLAUSE_END.split(rest, 1)[0][over.end() :]))
                        phrase = f"{phrase}{over.group()}{into.rsplit('的', 1)[-1].removeprefix('路边')}"
                pair = _POSTED_PAIR.search(text, 0, verb.start()) if "撞" in verb.group() else None
                if pair is not None and phrase in (verb.group(), f"{pair.group('b')}{verb.group()}"):
                    # 电瓶车和拖拉机撞了, 公交跟一辆小轿车撞了: both, as people post a collision
                    phrase = f"{pair.group('a')}{pair.group('join')}{pair.group('b')}{verb.group()}"
                    told_pair = f"{pair.group('a')}{pair.group('join')}"
                    if site is not None and site.value.endswith(told_pair) and len(site.value) > len(told_pair) + 1:
                        rest = site.value[: -len(told_pair)]
                        # (江山3路公交车与一辆货车相撞: a bus's route, no site)
                        site = None if _ROUTE_NAME.search(rest) else site.model_copy(update={"value": rest})
                meeting = phrase.endswith(_MEETINGS)
                if verb.group() == "打起来" and (crowd := _CROWD_BEFORE.search(text, 0, verb.start())) is not None:
                    phrase = f"{crowd.group()}{phrase}"  # 十几个人打起来了: who fought
                if verb.group() == "出事" or _SIGN.match(verb.group()):
                    pass  # 加工厂今天一早又出事了, 居民楼内浓烟滚滚, 传出一声巨响: what happened is told after it
                elif (
                    any(t in text for t in terms)
                    or verb.group() not in ("发生", "发生了")
                    or meeting
                    or _FELL.search(phrase) is not None  # 受…强降雨影响，…老房…发生局部倒塌: what the rain did
                ):
                    phrase = _NOTICE.sub("", phrase) or phrase  # 爆炸事故最新进展: a headline of news of it
                    phrase = _BY_MISHAP.sub("", phrase)  # 不慎溺水 with no one named before it: 溺水
                    what = Fact(kind=FactKind.WHAT, value=phrase[:60], quote=quote[:MAX_QUOTE])
            if site is not None and what is not None:
                return site, what
            earlier, before = before, text
    return site, what


_POSTED_VEHICLE = (
    r"(?:[大小白黑红蓝银灰]色?的?)?"
    r"(?:小轿车|轿车|小车|大车|公交车?|电瓶车|电动车|摩托车?|拖拉机|货车|大货车|卡车|三轮车?|面包车|渣土车|出租车|私家车|客车|校车)"
)
_POSTED_PAIR = re.compile(
    rf"(?P<a>{_POSTED_VEHICLE})(?P<join>和|跟|与)(?:一辆|一台|辆)?(?P<b>{_POSTED_VEHICLE})(?:之间)?$"
)
"""Two vehicles joined right before a collision's verb, as people post it (电瓶车和拖拉机撞了)."""
_ROUTE_NAME = re.compile(r"\d+路$")
"""A bus's route, left when the bus is taken off a site (江山3路)."""
_HEAD_TAIL = re.compile(
    r"(?:突然|意外|猛然|瞬间|随即|轰然)?(?:在[^，,。在]{0,4}[中内里上下旁边])?(?:突然|意外|猛然|瞬间|轰然)?(?:整体|整个)?"
    # (which way: 砖砌围墙突然向外倒塌)
    r"(?:向[外内里下前后东南西北])?$"
)
_ONE_EVENT_TAIL = re.compile(r"一起[^，,。；;]*$")
"""An event counted after its place (贺村镇一起盐酸罐车…侧翻): no part of the site."""
_RUN_ON = 24
"""How long the words after an occurrence verb may run with no stop before only the verb is taken as what happened."""
_MACHINE_END = re.compile(
    # (or a vessel in a works: 车间内一台反应釜发生爆燃)
    r"(?P<machine>电梯|自动扶梯|扶梯|升降机|塔吊|塔式起重机|吊篮|龙门吊|门式起重机|桥式起重机|起重机|吊车|缆车|索道|反应釜|锅炉"
    # (a works' steam generator, air tank or thermal-oil furnace: 一台蒸汽发生器突然爆炸, 一台导热油炉发生爆燃)
    r"|蒸汽发生器|储气罐|空压机|储罐|反应罐|压力容器|导热油炉"
    # (or a slope or a hillside counted at a site: 205国道…路段一处边坡发生坍塌, 毛村一处山体发生滑坡)
    r"|(?<=一处)(?:边坡|山体|护坡|挡土墙|基坑))(?:轿厢)?"
    r"(?:在运行中|在运行过程中)?"
    # (from which floor: 电梯在运行中由9楼突然下坠至2楼)
    r"(?:[由从][\d一二三四五六七八九十]+(?:楼|层))?(?:突然|意外)?$"
)
"""A lift, a machine or a slope counted right before the verb of what befell it (某小区电梯下坠, 一处边坡发生坍塌): part
of what, not of the site."""
_ONE_THING = re.compile(r"(?:一|1)(?:台|个|座|只|处|部)?$")
_COUNTED_END = re.compile(r"(?:一|1)(?:处|座|栋|幢|间|堵|面|段|根|棵|块|个|侧|片|排|节|台|只|部)?$")
"""A thing counted, left at a site's end when the thing is taken off it (西山镇桃园村一幢)."""
"""A machine counted, left at a site's end when the machine is taken off it (车间内一台)."""
_PART = re.compile(
    # (or someone's, by 家: 老周家自建房着火了)
    # (not a word of 家: 家具厂, 家电)
    r"(?:的|(?<=[\u4e00-\u9fff]{2})(?<![农酒商国大全住万人一个])家(?![具电居属长乡庭园门务人]))"
    r"(?P<part>[\u4e00-\u9fff]{2,5}|[桥楼墙房])$"
)
"""The part of a building or a thing that befell the verb, after the whole (住宅楼的阳台, 民房的围墙)."""
_ONE_OF = re.compile(
    # (its size between: 一段约20米长的脚手架, 一块约30平方米的户外广告牌)
    # (or a firm or a shop: 石门镇工业园一家塑料厂着火了; not a family counted, 一家三口)
    r"一(?:处|座|栋|幢|间|堵|面|段|根|棵|块|个|侧|片|排|节|条|艘|只|家(?![\d一二两三四五六七八九十几]+口|人|子|具|电|居|属|长|乡|庭|园|门|务))(?:约|近)?(?:[\d.]+(?:多|余)?(?:米|平方米|吨|层|公斤)[长高宽深重]?的)?"
    # (or what it is like between: 一处年久失修的土木结构老屋)
    r"(?:[^，,。；;！!？?\s的]{1,12}的)?"
    r"(?P<thing>(?:(?!的)[\u4e00-\u9fff]){2,8})$"
)
_LONGEST_THING = 10
_WORDS_ONLY = re.compile(r"[\u4e00-\u9fff]{2,4}")
_THING_WORDS = re.compile(r"(?:(?![的在从被将把某一])[\u4e00-\u9fff]){2,8}")
"""What fell or broke may be named at more length (屋面模板支撑体系), no place or clause in it."""
_SITE_WORD = re.compile(r"工地|现场|厂区|车间|小区|院内|港口|码头|商场|市场|景区|广场|公园")
_BEFORE_THE_THING = re.compile(rf"{_SITE_WORD.pattern}|时|某")
"""A site or a time before what fell (施工现场脚手架, 河道清淤时堤岸): the thing is what follows."""
_NOT_A_THING = re.compile(r"^[多几数各该此其这那]|[一某]$")
"""A count, a reference or a place's article, no thing (多处塌方, 该处坍塌, 石家庄一…倒塌)."""


_FELL = re.compile(r"倒塌|垮塌|坍塌|塌落|塌陷|脱落|坠落|掉落|断裂|折断|倾倒|倒下|掉下来|刮下来|塌了|翻了|塌方了?")
"""Verbs of a thing that fell or broke, whose part of a building is what befell it (阳台垮塌)."""


_FALLEN = re.compile(r"[摔掉跌]下")
"""The verb of someone fallen from a height as people post it (从脚手架上摔下来): told with who fell."""
_BURNED = re.compile(r"起火|着火|失火|着火了|起火了|烧起来了?")
"""Verbs of a fire, whose thing burned is what befell it (一户村民的生猪养殖棚起火, 一户人家的牛栏着火了)."""


def _thing_before(head: str, verb: str = "") -> str | None:
    """What befell the event's bare verb, told before it in its clause (``坛石街一处老旧民房围墙突然`` → ``老旧
    民房围墙``, ``烟花突然在手中`` → ``烟花``), or ``None``: the one thing counted, or a short noun alone."""
    head = _before_a_time(_strip_time(head).strip()).removesuffix("被")  # (工地的施工升降机今天上午9点多从6楼)
    head = _CAUSED.split(_HEAD_TAIL.sub("", head, count=1))[-1]  # (导致基脚塌方: 基脚)
    if (
        (_FELL.fullmatch(verb) or _BURNED.fullmatch(verb))
        and (part := _PART.search(head)) is not None
        and not REGION.search(part.group("part"))
        and not _NOT_A_THING.search(part.group("part"))
    ):
        return part.group("part")  # 一幢老旧住宅楼的阳台突然整体垮塌: the balcony (the building is the site)
    if "把" in head and 2 <= len(done := head.rsplit("把", 1)[1]) <= _LONGEST_THING:
        return done  # 中山路上施工把燃气管道挖断了: what was done to (燃气管道)
    if (one := _ONE_OF.search(head)) is not None:
        return one.group("thing")
    if _FELL.fullmatch(verb) and _MACHINE_END.search(head) is None:
        # what fell may be named at more length, after its site or its time (屋面模板支撑体系突然坍塌,
        # 河道清淤时堤岸垮塌)
        thing = _BEFORE_THE_THING.split(head)[-1]
        if _THING_WORDS.fullmatch(thing) and not REGION.search(thing) and not _NOT_A_THING.search(thing):
            return thing
    short = _WORDS_ONLY.fullmatch(head) and not REGION.search(head) and not _NOT_A_THING.search(head)
    return head if short else None


_GATHERERS = re.compile(rf"(?:投资|债权|承租|购房|受害)人|家属|{GATHERERS}")


def _gathering(head: str, doing: str, clause: str) -> Fact:
    """What a gathering was (``业主聚集拉横幅讨说法``): who gathered, told last in ``head`` (the words
    before the verb, or the clause before), and what they came for."""
    who = [m.group() for m in _GATHERERS.finditer(head)]
    people = who[-1] if who and who[-1] != "人" else "人员"  # (有人聚集: 人员聚集)
    return Fact(kind=FactKind.WHAT, value=f"{people}聚集{doing[:12]}", quote=clause[:MAX_QUOTE])


def _last_term(before: str, terms: tuple[str, ...]) -> str | None:
    """The event keyword of ``terms`` that ``before`` names last (恶性事故发生 → 事故), or ``None``."""
    found = [(at, term) for term in terms if (at := before.rfind(term)) >= 0]
    return max(found)[1] if found else None


_ITS_HANDLING = re.compile(r"(?:的)?(?:原因|调查|善后|责任|处置|处理|救援)")
"""Right after the event's word, its cause or its handling (事故原因正在进一步调查中): no telling of what happened."""


def what_by_term(sentences: list[str], terms: tuple[str, ...]) -> Fact | None:
    """The first clause naming one of the event's keywords (when no occurrence phrase was found)."""
    caused: Fact | None = None
    for sentence in sentences:
        for clause in CLAUSE.finditer(sentence):
            if "【" in sentence and in_label(sentence, clause.start()):
                continue  # 【事故通报】: a notice's label names no event
            if (cause := CAUSED_BY.fullmatch(clause.group())) is not None:
                # 受6月29日以来持续强降雨影响: the cause, not the event (unless nothing else names it: 受台风“杜苏芮”
                # 影响，全省共有15人遇难 → 台风“杜苏芮”)
                if caused is None and any(t in clause.group() for t in terms):
                    caused = Fact(kind=FactKind.WHAT, value=cause.group("cause"), quote=clause.group()[:MAX_QUOTE])
                continue
            found = [(t, i) for t in terms if (i := clause.group().find(t)) >= 0]
            # (not its cause or its handling: 事故原因正在进一步调查中, 事故善后工作)
            found = [(t, i) for t, i in found if _ITS_HANDLING.match(clause.group(), i + len(t)) is None]
            told = next((i for t, i in found if reports_incident(clause.group(), i, i + len(t))), None)
            if told is not None:
                text = clause.group().strip()
                # a headline's parts apart by a space are clauses (某中学疑似食物中毒 37名学生送医)
                start = clause.group().rfind(" ", 0, told) + 1
                end = clause.group().find(" ", told)
                what = clause.group()[start : end if end >= 0 else len(clause.group())].strip() or text
                # up to what it caused (此次暴雨造成直接经济损失3000万元 → 暴雨), or its time or place
                # (事故发生于12月2日上午9时许 → 事故)
                cut = HAPPENED_AT.split(_CONSEQUENCE.split(what)[0])[0]
                what = _BACK_TO_IT.sub("", cut) if any(t in cut for t in terms) else what
                # a notice's title names it (关于“12·1”重大道路交通事故的情况通报)
                what = _NOTICE.sub("", _ABOUT.sub("", what)) or what
                what = what.removeprefix("一起") if len(what) > 4 else what  # 一起燃气爆炸事故发生在…: the event
                what = _SAID_TO_BE.sub("", what) or what  # 医生说是有机磷农药中毒: what it was, not who said so
                what = _POSTED_QUOTE.sub("", what) or what  # 网传“城北批发市场大火: what was posted, not the post
                if (code := DATE_CODE.search(what)) is not None and any(t in what[code.end() :] for t in terms):
                    what = what[code.start() :]  # 上余镇“12·3”一般生产安全事故: the place is a fact of its own
                    # (up to its noun: “11·19”道路交通事故伤亡情况的更正说明, “11·20”较大道路交通事故又有)
                    what = named.group() if (named := _CODE_NAMED.match(what)) is not None else what
                elif _COUNT_LEAD.match(what) is not None and (term := _last_term(what, terms)) is not None:
                    what = term  # 40余人出现食物中毒症状: those taken ill are a figure, the event its name
                return Fact(kind=FactKind.WHAT, value=what[:60], quote=text[:MAX_QUOTE])
    return caused


_POSTED_THINGS = (
    r"电梯|电瓶车|电动车|电动自行车|煤气罐|液化气罐|燃气罐|热水器|空调外机|充电宝|锂电池|电瓶|电池|广告牌|招牌|外墙瓷砖"
)
_PLACE_THEN_THING = re.compile(rf"^(?P<place>[^，,。；;！!？?\s]{{4,30}}?)的?(?P<thing>{_POSTED_THINGS})(?P<rest>.+)$")
"""A post's clause telling the place, then the thing that befell it, then what (虎山街道永兴社区江滨花园12幢2单元的
电梯今天下午4点多突然从11楼掉到负一楼)."""
_TIME_FIRST = re.compile(rf"^(?:{TIME.pattern})(?:突然|意外|猛然|已经)?|^(?:突然|意外|猛然)")
"""A time (and a word of suddenness) right after the thing, no part of what befell it."""


def what_without_site(site: Fact | None, what: Fact) -> Fact:
    """``what`` without the site or the time it opens with, which the brief states apart (``上余镇某化工有限公司
    一名工人在检修时被卷入离心机`` → ``一名工人在检修时被卷入离心机``; ``今天上午十点多一个工人被传送带卷进去了`` →
    ``一个工人被传送带卷进去了``), when someone or something counted opens what is left; else ``what``."""
    value = what.value
    if site is not None and len(site.value) >= 4 and value.startswith(site.value):
        value = value[len(site.value) :]
    value = _TIME_FIRST.sub("", value)
    if value == what.value or len(value) < 4 or _SOMEONE_FIRST.match(value) is None:
        return what
    return what.model_copy(update={"value": value})


_SOMEONE_FIRST = re.compile(rf"(?:一|[\d{CN_NUMERALS}]+)(?:名|个|位|辆|台|艘|架|座|栋|家|户)")
"""Someone or something counted, opening what is left of a what (``一名工人在检修时被卷入离心机``): its own subject."""


def thing_out_of_site(site: Fact | None, what: Fact) -> tuple[Fact | None, Fact]:
    """The site and what happened when a post's what opens with its place and the thing it befell, the thing
    ending the site too (``…2单元的电梯今天下午4点多突然从11楼掉到负一楼``: the site ``…2单元``, what ``电梯从11楼掉到
    负一楼``); the two as they were otherwise."""
    told = _PLACE_THEN_THING.match(what.value)
    if told is None or not REGION_ONLY.match(told.group("place")):
        return site, what  # (a place's name opens it: 虎山街道…, 双塔街道西山社区…)
    rest = _TIME_FIRST.sub("", told.group("rest"))
    if len(rest) < 2 or PARTIES.search(told.group("place")):
        return site, what
    place = told.group("place")
    if site is None or REGION_ONLY.fullmatch(site.value) or site.value.startswith(place):
        site = Fact(kind=FactKind.WHERE, value=place, quote=what.quote, precision=3)
    return site, what.model_copy(update={"value": f"{told.group('thing')}{rest}"})

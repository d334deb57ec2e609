"""Casualty and loss figures stated as whole phrases, read on their own (:mod:`classifier.casualties`):
compact forms (``9死3伤``, ``一死两伤``), figures listed respectively (``死亡、失踪人数分别为12人、3人``),
a number whose next clause says they died (``4名矿工…，均已无生命体征``) and direct economic loss
(``直接经济损失3000余万元``, and the loss an incident caused, not said to be indirect:
``火灾造成损失约2300万元``, ``火灾造成数千万元损失`` (数 and 几 two at least), ``过火面积约300公顷，
损失约1500万元``, or the value of what it burned or
destroyed: ``烧毁货物价值约2000万元``, ``价值约5000万元的木材被烧毁``, ``大火烧光了价值约600万元的货物``,
``发生爆炸，毁坏价值1200万元的设备``; not what was saved, seized or destroyed on purpose:
``保住了价值3000万元的设备``, ``销毁…货值约2000万元``, nor what someone damaged with no incident named:
``开发商擅自毁坏价值50余万元的苗木``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import chain

from classifier.casualty_tokens import BREAK, INDIRECT, WORD, WORD_RE, WORDS, Kind, Mention, Tok, unreal_before
from classifier.numbers import (
    AMOUNT_UNITS,
    APPROXIMATE_WORDS,
    CN_DECIMAL,
    CN_NUMERALS,
    NUM,
    QUALIFIERS,
    RISEN_FROM,
    Bound,
    parse_amount,
    parse_count,
)
from classifier.prefilter import Prefiltered
from classifier.victims import is_people, subject_victims

_WHOSE = "人员|师生|学生|群众|工人|村民|居民|游客|乘客|旅客|矿工|船员|牧民|渔民|民众"
"""Who the figures listed respectively are of, right after their words."""
_RESPECTIVELY = Prefiltered(
    re.compile(
        # (whose after the words: 死亡、失踪师生分别为18人、14人)
        rf"(?P<words>(?:(?:{WORD_RE})(?:{_WHOSE})?(?:人数)?[和、及与]?){{2,4}})(?:分别|依次)(?:为|是|达|有)?"
        rf"(?P<nums>(?:{NUM}(?:名|人|例)?[和、及与，,]?){{2,4}})"
    )
)
_RESPECTIVE_NUMBER = re.compile(rf"(?P<num>{NUM})(?:名|人|例)?")
_HURT_BADLY = r"伤重(?!不治|死亡|身亡|去世|离世|身故|于|而|后|致|导致)"
"""伤重 after its number (其中3人伤重): the seriously injured; not 伤重不治, 伤重死亡 (deaths)."""
# 9死3伤, and in headlines 6人亡 / 11人死 (a 人 or 名 between the number and 死/亡; 3人受伤,
# 5人重伤 … are read as tokens)
_COMPACT = Prefiltered(
    re.compile(
        # (not a name's number: 马航MH370失联, a flight's)
        rf"(?P<all>(?:(?:逾|超过|超|(?<![最附靠邻])近|约)?(?<![A-Za-z\d])(?:{NUM})(?:余|多)?(?:(?:人|名)?(?:死(?!亡)|亡)|(?:人|名){_HURT_BADLY}|重伤|轻伤|伤|失联|失踪)[、，,]?){{1,4}})"
        r"(?P<after>.?)"
    )
)
_COMPACT_PART = re.compile(
    rf"(?P<pre>逾|超过|超|(?<![最附靠邻])近|约)?(?P<num>{NUM})(?P<suf>余|多)?(?:(?:人|名)?(?P<d>死|亡)|(?:人|名)(?P<badly>{_HURT_BADLY})|(?P<k>重伤|轻伤|伤|失联|失踪))"
)
"""One figure of a compact toll, with its qualifier before (49死逾200伤) or after (3死10余伤) the number."""
_COMPACT_KIND = {
    "死": Kind.DEATHS,
    "亡": Kind.DEATHS,
    "伤": Kind.INJURED,
    "重伤": Kind.SERIOUS,
    "轻伤": Kind.MINOR,
    "失联": Kind.MISSING,
    "失踪": Kind.MISSING,
}
_PEOPLE_NEXT = re.compile(rf"(?:{NUM})(?:余|多)?(?:人|名)")
"""A count of people right after a compact figure: the next figure's (两死三人受伤), no idiom's."""
_COMPACT_NOT_AFTER = set("者员害心口残痕势情亡人伤于刑缓里")
"""Not a figure when followed by these: 3人死伤 (a word of its own), 2人死于, 3人死刑, 6人死里逃生."""
# direct loss only: 间接经济损失, 直接和间接经济损失 are not graded by the 条例, nor a danger's 潜在经济损失 (a
# loss it may cause: :mod:`classifier.geohazards`)
# and the loss an incident caused, not said to be direct or economic (火灾造成损失约2300万元,
# 事故损失逾千万元, 冰雹灾害给果农造成损失超过3000万元): graded as direct, the desk asked to
# check; a bare 损失 is common in complaints (给我造成损失6百多万), so only after an incident's word
_INCIDENT = (
    r"(?:火灾|大火|火情|起火|着火|失火|爆炸|事故|灾害|灾情|洪灾|水灾|洪涝|冰雹|风灾|地震|坍塌|垮塌|泄漏|烧毁|烧光|冲毁|损毁|摧毁"
    # (a flood's, as it is told: 多家企业厂房进水，据企业初步估算，损失约2300万元)
    # (a fire by its alarm's level, as Hong Kong tells it: 工业大厦四级火 烧足20小时 货主称损失逾亿元)
    r"|暴雨|强降雨|强降水|暴雪|大风|龙卷风|山洪|泥石流|滑坡|内涝|进水|受淹|被淹|台风|[一二三四五]级火)"
)
_SECTOR = r"(?:农业|农作物|林业|渔业|养殖业?|种植业?|工业|工商业|农林牧渔业?)?"
"""A sector whose loss an incident caused, a part of its direct loss (台风造成农业损失12亿元, 台风重创南台湾
农业损失初估逾12亿元)."""
_EVENT_LOSS = (
    # (what it struck listed between: 此轮暴雨致全县农作物、水利设施和乡村道路损失约1800万元)
    rf"{_INCIDENT}(?:[^，,。；;！!？?\d]{{0,10}}?(?:造成|导致|带来|引起|引发|致)(?:[^，,。；;！!？?\d间直经财]{{0,20}}?(?=损失))?)?的?{_SECTOR}损失"
    # (or its influence told first: 受今年第9号台风“白鹿”影响，我省东南部农业损失初步统计达3.4亿元)
    rf"|受[^。；;！!？?]{{0,12}}?{_INCIDENT}[^。；;！!？?]{{0,12}}?影响[，,][^，,。；;！!？?\d]{{0,10}}?{_SECTOR}损失"
    # or the loss at the head of the next clause (大火烧毁厂房和仓库，损失约3亿元), told by someone there
    # too (仓库大火烧了一整夜，老板说损失一个多亿)
    # (or a post's space: 仓库大火烧了整整一夜 企业负责人称损失逾亿元), or after a clause saying whose reckoning it is
    # (大火烧毁厂房约3000平方米，据企业初步估算，损失约4500万元)
    rf"|{_INCIDENT}[^，,。；;！!？?]{{0,20}}[，,\s](?:[^，,。；;！!？?\d\s]{{1,6}}?(?:说|称|表示|估计)[：:]?"
    # (老板说光货就损失了一个多亿: what was lost)
    r"(?:光[^，,。；;！!？?\d\s]{1,4}?就?)?"
    r"|据[^，,。；;！!？?\d\s]{1,10}?(?:估算|估计|统计|核算|测算|核查|评估)[，,])?"
    # (what was lost, summed: 据厂方估计，厂房、设备和成品加起来损失超过一个亿)
    r"(?:[^，,。；;！!？?\d\s]{1,24}?(?:加起来|加在一起|合计|总共|一共|共计))?"
    # (or what was lost named: 据企业初步估算，库存家电、食品等货物损失约5500万元)
    r"(?:[^，,。；;！!？?\d\s]{1,14}?(?:货物|货品|库存|财物|商品|设备))?"
    rf"(?:共|已|约)?(?:造成)?的?{_SECTOR}损失"
    # or after a fire's burned area, its own figure (过火面积约300公顷，损失约1500万元)
    r"|过火(?:面积)?[^，,。；;！!？?]{0,16}[，,](?:共|已|约)?(?:造成)?的?损失"
)
_HEAD = (
    r"(?<!间接)(?<!潜在)(?<!潜在的)(?P<indirect>(?:直接[和与及、])?间接)?(?:直接)?(?:经济|财产)损失"
    rf"|直接损失|{_EVENT_LOSS}"
)
_AMOUNT = (
    rf"(?P<pre>{QUALIFIERS})?(?P<amount>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:十万|百万|千万|十|百|千|万|亿)?"
    rf"|{CN_DECIMAL}|[{CN_NUMERALS}伍陆亿]+)?(?:个(?=[多半]?亿))?(?P<suf>余|多|半)?(?P<unit>万|亿|千万|百万)?(?P<suf2>余|多)?"
    # 元, or no word of a currency after 万 or 亿 (直接经济损失达1.2亿, 约3000万; not 1.2亿美元)
    r"(?:元|(?:(?<=[万亿])|(?<=[万亿][余多]))(?![美欧日港英澳韩泰卢台新加马元\d.]))(?P<after>左右|以上)?"
)
_LOSS = Prefiltered(
    # (a form's label in capitals: 直接经济损失（大写）：壹仟贰佰万元整)
    # (经第三方机构评估核定为1.26亿元: who assessed it between)
    re.compile(
        # (or its assessment in a clause of its own: 直接经济损失经第三方评估机构核定，由初报的1.05亿元下调至8600万元)
        rf"(?P<head>{_HEAD})(?P<gap>(?:[（(]大写[）)])?(?:经[^，,。；;！!？?\d]{{1,12}}?(?:核定|评估|核实|核算|认定)后?[，,])?"
        rf"(?:第三方|[^，,。；;！!？?\d{CN_NUMERALS}（(]){{0,14}}?){_AMOUNT}"
    )
)
CORRECTED = re.compile(r"核减|调整|修正|更正|下调|核实为|降至|降为|降到|减至|减为|减少到|减少至|下降到|下降至|下降为")
"""A figure corrected or fallen (死亡人数由15人下调至13人, 失联人数由6人降至2人): it replaces what was stated
before it; so does a loss revised between its words and its amount (直接经济损失核减为7900万元)."""
_LOSS_AFTER = Prefiltered(re.compile(rf"(?<![\d.,]){_AMOUNT}(?:的)?(?P<head>{_HEAD})"))
"""The amount before its words: 造成3000万元直接经济损失."""
_REVISED_TO = re.compile(
    # (how it was first given between: 此前按1.08亿元上报，经市价格认定中心核定后调整为9400万元)
    # (or when and by whom between: 初报约1.1亿元，昨天通报说经核定下调至9500万元)
    rf"(?:上报|报送|通报)?(?:[，,]?(?:后|随后|之后)?(?:昨天|今天|昨日|今日|近日|后来)?(?:通报|公布|发布)?(?:说|称)?"
    # (or who revised it, the verb after them: 后经评估机构核定为8700万元)
    rf"(?:经[^，,。；;！!？?\d]{{0,10}}?(?:(?:核实|核定|评估|核算|复核|统计)(?:后)?)?)?[，,]?)?"
    # (as Taiwan words it: 由初估1.2億元下修為8,600萬元)
    rf"(?:上调|下调|调增|调减|增加|增|升|上升|攀升|调整|修正|核定|更正|核减|核增|减少|下修|上修)(?:至|到|为){_AMOUNT}"
)
"""A loss's amount revised right after it (损失由初步估算的4800万元上调至5200万元, 初报约1.05亿元，后经核定
下调至9600万元): the later one counts."""
_AMOUNT_THEN_LOSS = re.compile("[元万亿]的?损失")
"""What :data:`_LOSS_CAUSED` needs (few texts hold it: its incident words are tried only then)."""
_LOSS_CAUSED = Prefiltered(
    re.compile(rf"(?P<head>{_INCIDENT})[^，,。；;！!？?\d我]{{0,10}}?(?:造成|导致|带来|引起)了?{_AMOUNT}的?损失")
)
"""The amount an incident caused, before the word 损失 (火灾造成数千万元损失; not 事故给我造成了20万元损失,
a complaint's reckoning)."""
_LOSS_CAUSED_AFTER_RUIN = Prefiltered(
    # (to whom between: 大火烧毁整座车间和两条生产线，给企业造成数千万元损失; not 给我, a complaint's reckoning)
    re.compile(
        r"(?<=[，,；;])(?:给(?![我俺咱])[^，,。；;！!？?\d]{1,8}?)?(?:共|已|共计|初步)?"
        rf"(?P<head>造成|导致|带来)了?{_AMOUNT}的?损失"
    )
)
"""The same, opening the clause after a fire or a disaster told (大火烧毁整栋仓库，造成数千万元损失)."""
_LOSS_TABLE = Prefiltered(
    re.compile(rf"(?P<head>{_HEAD})[（(](?P<unit>万|亿)?元[）)][:：]?\s*(?P<amount>\d+(?:\.\d+)?)")
)
"""A table's column: 直接经济损失（万元）：1560."""
_GOODS = (
    "货",
    "东西",
    "设备",
    "库存",
    "原料",
    "成品",
    "板材",
    "木材",
    "材料",
    "家电",
    "衣服",
    "家具",
    "商品",
    "电器",
    "机器",
    # (仓库里少说有两三千万的化肥农药，一把火全烧光了)
    "化肥",
    "农药",
    "饲料",
    "药品",
    "货物",
)
"""What a fire burned, told by its owner at least so much (仓库里的货少说有两三千万)."""
_BURNED_AWAY = re.compile(
    rf"(?P<head>烧掉了?|(?:烧没|烧光)了?[^。；;！!？?\d]{{0,16}}?(?:少说|至少|起码|最少)也?(?:有|得|是)?"
    # (or the goods in a fire told at least so much: 着大火…说仓库里的货少说有两三千万)
    rf"|(?:{'|'.join(_GOODS)})[^，,。；;！!？?\d\s]{{0,3}}?(?:少说|起码|最少)也?(?:有|得|是|值)?"
    # (or the amount first, the goods after it: 里面沙发床垫少说也有两三千万的货 全烧没了)
    rf"|(?:少说|起码|最少)也?(?:有|得|是|值)?(?=[约近]?[^，,。；;！!？?\s]{{1,10}}?的(?:{'|'.join(_GOODS)})))"
    rf"(?P<gap>[约近]?){_AMOUNT}"
)
"""A loss as people tell it, the money a fire burned away (这一把火烧掉了一亿多, 仓库里的货全烧没了，少说也有一千多万):
only in 万 or 亿."""
RUIN_TOLD = re.compile(
    r"着火|起火|失火|火灾|大火|烧起来|烧到|烧了一[天夜晚整]"
    # (or an explosion: 隔壁那家酒楼昨晚燃气爆炸了 老板说装修加设备损失少说也有一千多万)
    r"|爆炸|炸了"
    # (or a fire told by its measure word: 家具城那场火 听说损失七八千万)
    r"|[场把]火"
    # (or a disaster that buried or swept away: 泥石流冲进了一个工业园 好几个厂房被埋 企业初步估算损失七八百万)
    r"|泥石流|山洪|洪水|滑坡|冲垮|冲毁|被埋"
    # (or a hill fire, or a building that fell: 这次山火光是烧掉的苗木就损失了七八千万; 仓库屋架整体倒塌…
    # 企业负责人称损失逾亿元)
    r"|山火|林火|倒塌|坍塌|垮塌|塌方|塌下来|埋了|吹塌|刮塌|压塌"
    # (as posted: 厂房塌了 老板说设备和货加起来损失得有七八千万; 仓库着了一天一夜 货主说…损失了一亿两千多万)
    r"|塌了|着了一[天夜晚整]"
    # (or a storm that smashed or flooded: 这场冰雹把我们镇的大棚全砸烂了 听说全镇损失六七千万)
    r"|冰雹|龙卷风|台风|暴雨|砸烂"
    # (or told burned or flooded after the loss: 老板说光货就损失了一个多亿 那个仓库全烧光了; 这次大水…都泡了)
    r"|烧光|烧没了|大水|被淹|淹了|[都全]泡了|泡水了|泡在水里"
    # (or fish killed by what the water took: 河段突发死鱼，沿岸养殖户称损失超过百万元)
    r"|死鱼"
)
"""A fire or a disaster told in or before the sentence of a loss in 万 or 亿 with no 元 (半夜着火 一直烧到第二天中午
听说损失七八千万): its loss, not a complaint's reckoning."""
_RUIN_LOSS = re.compile(
    # (not a loss it may cause, 潜在经济损失, nor an indirect one)
    # (at least, as the owner puts it: 损失少说也有两三千万, 损失得有七八千万)
    rf"(?<!潜在)(?<!潜在的)(?<!潜在经济)(?<!间接)(?<!间接经济)(?P<head>损失)"
    # (or a guess: 老板说损失估计有六百多万)
    # (or where it stands, 损失在1.2亿元左右; 光设备损失就得有一千五六百万)
    # (少说 with 有 unsaid: 老板说损失少说两千多万)
    # (or a first estimate: 全台農業損失初估已逾15億元)
    rf"(?P<gap>(?:了|在|(?:少说|起码|最少|至少|估计|大概|大约|初步估计)也?(?:就得|得|就)?(?:有|是)?|(?:就得|得|就)?(?:有|是)"
    r"|(?:初估|初步估算|初步统计|初步核算)(?:已|为|达)?)?"
    rf"[约近]?){_AMOUNT}"
)
"""A loss told bare (损失七八千万), read only beside a fire or a disaster told (:data:`RUIN_TOLD`)."""
_AT_LEAST = ("少说", "起码", "最少")
"""How an owner puts the least the goods a fire burned were worth."""
_UNIT_ONLY = re.compile(r"[十百千万亿]+")
_BY_INCIDENT = re.compile(_INCIDENT)
"""A loss's words that open with an incident's (事故损失, 火灾造成损失): the loss the incident caused."""
DESTROYED_WORDS = ("烧毁", "炸毁", "冲毁", "付之一炬", "化为灰烬")
"""Words of things an incident burned or destroyed, one of which, or of :data:`DESTROYED_FIRST`, every
match of :data:`_VALUE_LOST` holds (not 烧掉, 损毁: the texts' gate would stop at a common character,
or let through the many complaints of 损毁文物, for a rare form)."""
DESTROYED_FIRST = ("烧(?=光)", "毁(?=坏)")
"""烧光 and 毁坏, as the texts' gate finds them: by their first character (烧 is rarer than 光, and 毁
a last character of :data:`DESTROYED_WORDS` already, where 坏 would be a new common one)."""
_DESTROYED = f"(?:{'|'.join((*DESTROYED_WORDS, '烧光', '毁坏'))})"
_DESTROYED_WORD = re.compile(_DESTROYED)
_DAMAGED_BY = re.compile(
    r"火灾|大火|火情|起火|着火|失火|爆炸|爆燃|事故|灾害|灾情|洪水|山洪|洪灾|水灾|洪涝|泥石流|滑坡|冰雹|台风|龙卷风|暴雨"
    r"|地震|坍塌|垮塌|倒塌|雷击"
)
"""An incident named before 毁坏 in its sentence (山洪冲进厂区，毁坏厂房和设备): what someone damaged
(开发商擅自毁坏价值50余万元的苗木) is a complaint's matter, no incident's loss."""
_VALUE_LOST = re.compile(
    # 烧毁货物价值约2000万元, 大火烧毁厂房及设备，价值约6000万元
    # (a count of what burned between: 大火烧毁电动自行车整车约800台，价值约1200万元; or two things:
    # 烧毁库存电动自行车约700辆及电池配件一批，价值约1500万元)
    # (or counted at least: 烧毁待售电动自行车460余辆，价值约1300万元)
    rf"(?P<head>{_DESTROYED}(?:[^。；;！!？?\d]|\d+(?=[余多]?[台辆件间座栋吨箱头只套]))"
    rf"{{0,24}}?(?:价值|货值))(?P<gap>[^，,。；;！!？?\d{CN_NUMERALS}（(]{{0,8}}?){_AMOUNT}"
)
_VALUE_BEFORE = re.compile(
    # 价值约2000万元的货物被烧毁
    rf"(?P<head>价值|货值)(?P<gap>[约近达在]{{0,2}}){_AMOUNT}的?[^，,。；;！!？?\d]{{0,12}}?{_DESTROYED}"
)
_SAVED = re.compile(
    r"避免|防止|保住|保护|抢出|抢救出|转移|挽回|免遭|幸免|未被|没有被|未受|险些|差点|销毁|查获|缴获|查扣|另有|其余"
)
"""What was saved, spared, prevented, destroyed on purpose or seized is no loss (保住了价值3000万元的
设备, 避免价值千万元的物资被烧毁, 价值约2000万元的设备被及时抢出), looked for from just before the
value's clause to the end of the clause it ends in."""
_CLAUSE_END = re.compile(r"[，,。；;！!？?\n]")


def _clause_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in "，,。；;！!？?\n") + 1


def _clause_end(text: str, at: int) -> int:
    m = _CLAUSE_END.search(text, at)
    return m.start() if m is not None else len(text)


_PEOPLE = (
    r"(?:年轻人|小伙子?|小姑娘|姑娘|孩子|小孩|小娃|娃|伢儿|伢子|细伢子?|少年|老人|阿婆|阿公|大爷|大妈|阿姨|大叔|大人|乘客|学生|同学|工人|矿工"
    r"|村民|游客|家人|人员|兄弟|姐妹|幼儿|儿童|婴儿|婴幼儿|患者|病人|师生|群众|居民|员工|职工|工友|民工|师傅"
    # (by their work: 加油站刚刚炸了 三个加油工都没了)
    r"|加油工|搬运工|装卸工|焊工|电工|保安|店员|服务员|厨师|帮工)"
)
"""Who people say are all gone, named by a noun (四个年轻人都没了, 3名乘客全没了)."""
_DOING = r"(?:干活|搬货|搬砖|打工|做工|施工|上班|下井|钓鱼|游泳|打牌|搬运|吃饭|吃席|赶集)"
"""What people were doing, as a post names them by it (十几个干活的, 三个搬货的)."""
_GOES_ON = "货车|司机|开车的|还有|另外|另一|现场|交警|消防|120|救护车|大家|太惨|好惨|真惨|唉|哎"
"""What a post may go on with right after its dead, with no stop (车上仨人都没了货车司机也受伤了)."""
_KIN = (
    r"(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|妈妈|爸爸|母亲|父亲|老伴|丈夫|妻子|儿子|女儿|宝宝|孩子|老人家|老人|老太太?|老爷子|老汉|大爷|大伯|老伯|阿伯"
    r"|阿姨|阿公|阿婆|姑父|姨父|姑丈|姨丈|岳父|岳母|公公|婆婆|大妈|大娘|大婶|婶子|伯母|伯父"
    # (my dad, as people post it: 其他人都救上来了，就我爸到现在还没找到)
    r"|(?<=[我俺])(?:爸|妈)"
    r"|(?:表|堂)?(?:舅妈|舅舅|姑妈|姑姑|姨妈|婶婶|叔叔|伯伯|嫂子|哥哥|姐姐|弟弟|妹妹)|老公|老婆|媳妇|孙子|孙女)"
)
FOUND_BY = (
    "捞上来|捞起来|捞上岸|打捞上来|挖出来|刨出来|救上来|抬出来|抬起来|拉上来|拖上来|拖出来|拉出来"
    # (cut out of a cab, carried out: 用液压剪切了快一个钟头才弄出来 人已经不行了)
    "|弄出来|救出来|抱出来|背出来|扒出来|拽出来"
    "|(?:120|医生|救护车|急救车)(?:赶到|(?:赶来|来|到)(?=的时候|时))"
)
"""Words of those brought out of water or rubble, or reached by the ambulance (捞上来, 120赶到, 120来的时候): someone
found already gone after them is a death, and the time they were found no time of the event
(:mod:`classifier.facts_patterns`)."""
STILL_SOUGHT = (
    r"仍未找到|尚未找到|仍下落不明|至今下落不明|(?:还|仍|都)没(?:有)?找到"
    r"|(?:仍|正|还)在(?:全力|紧张|加紧)?(?:搜救|搜寻|搜索|寻找)(?!到)"
    # (along the river: 目前江山市消防救援大队正沿江全力搜寻)
    r"|(?:仍|正|还)(?:在)?沿[江河溪岸](?:全力|紧张|加紧)?(?:搜救|搜寻|搜索|寻找)(?!到)"
)
"""Someone told not found yet, or still sought (截至今天18时，仍未找到; 目前仍在搜救)."""
_LIVES = Prefiltered(
    re.compile(
        # (whose, by their kin: 夺走了祖孙三人的生命)
        # (where they lived between, 命 alone: 夺走了楼上一家三口的命)
        rf"(?:(?:夺走|夺去|吞噬|葬送|带走)了?(?:[楼屋家房][上下里内]|隔壁|邻居)?(?:祖孙|母子|父子|母女|父女|夫妻|兄弟|姐妹|一家|全家|他们|她们)?"
        # (who they were: 大火夺走了3名工人的生命)
        # (or by their work: 夺走了4名扑火队员的生命)
        rf"(?P<num>{NUM})(?:(?:名|位|个)?{_PEOPLE}|(?:名|位)[\u4e00-\u9fff]{{0,4}}?(?:员|工|者|兵|民)|名|人|位|个人|口)?的?"
        r"(?:条)?(?:鲜活的?|宝贵的?)?(?:生命|性命|命(?![运令题名中]))"
        rf"|(?P<num2>{NUM})条(?:鲜活的?|宝贵的?)?(?:生命|人命)(?=消逝|逝去|陨落)|(?P<num3>{NUM})条人命"
        # as people say it: 车上3个人都没了, 车里四个年轻人都没了 (not 3个名额都没了, 3个人都没了工作:
        # people counted, nothing after)
        # (or 个 alone, those just counted: 三个人上山去打火…三个都没了)
        rf"|(?:(?P<num4>{NUM})(?:多|余)?(?:个人|人|名|口人|口|(?:个|名|位)?{_PEOPLE}|个(?=都没了|全没了|全都没了|都没气了))|(?P<few>仨|俩)(?:人|{_PEOPLE})?)"
        # (or 也, more of them: 车上两个人也没了)
        # (or a post run on into what it tells next: 车上仨人都没了货车司机也受伤了)
        rf"(?:都|全都|全|全部|也)(?:已经)?(?:没了|不在了|没气了)(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢]|{_GOES_ON})"
        # (people counted, 都 unsaid: 里面三个工人没了, 里面三个装修工人没了)
        rf"|(?P<num9>{NUM})(?:个|名|位)(?:[\u4e00-\u9fff]{{0,2}}?(?:{_PEOPLE})|人)(?:当场|已经)?(?:就)?(?:没了|不行了|没气了)(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢])"
        # (a family that did not get out, then all gone: 三楼一家三口没跑出来，人都没了)
        # (or counted by 个: 听说里面七八个打工的没跑出来，都没了)
        rf"|(?:一家|全家)(?P<num25>[两三四五六七八九])口[^。；;！!？?]{{0,10}}?没(?:能)?(?:跑|逃|救)出来[^。；;！!？?]{{0,6}}?"
        r"(?:人)?(?:都|全)(?:已经)?(?:没了|没气了|不在了)"
        # (the count nearest: 楼上住了十几个人，有四个没跑出来，人都没了, four)
        rf"|(?<![\d.])(?P<num26>{NUM})个(?:(?![{CN_NUMERALS}\d]个)[^。；;！!？?\d]){{0,6}}?没(?:能)?(?:跑|逃|救)出来[^。；;！!？?]{{0,4}}?"
        r"(?:人)?(?:都|全)(?:已经)?(?:没了|没气了|不在了)"
        # (those counted brought up, then confirmed dead: 经全力搜救，3人均已被打捞上岸，确认死亡)
        rf"|(?<![\d.])(?P<num27>{NUM})(?:名|人)(?:均|都|全部)?(?:已经?|均已)?(?:被)?(?:打捞上岸|打捞出水|打捞上来|救出|找到)"
        r"[，,](?:经)?(?:医护人员|医生|120|现场)*(?:确认|证实)(?:均)?(?:已)?(?:死亡|身亡|遇难)"
        # (or 个 alone, then 死了: 说是2个死了 另外两个是受伤)
        rf"|(?<![\d.])(?P<num16>{NUM})个(?:人)?(?:都|全)?(?:当场)?(?:就)?死了(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢])"
        # (or 个人 gone, about so many, as people post it: 听说三十多个人没了😭)
        rf"|(?<![\d.])(?P<num30>{NUM})(?:多|余|来)?个人(?:都|全)?(?:已经)?没了(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢])"
        # (or 个人 alone, confirmed: 镇里干部说已经确认11个人没了)
        # (or 有 and 个 alone: 压在下面七八个工人 已经确认有四个没了)
        rf"|(?<=确认)有?(?P<num12>{NUM})个人?(?:已经)?没了"
        # (of those counted, none came up: 三个细伢儿去嬉水 一个都没上来)
        # (the count nearest: 另外两个去拉 结果三个一个都没上来, three)
        rf"|(?P<num8>{NUM})个(?:(?![{CN_NUMERALS}\d]个)[^。；;！!？?\d]){{0,30}}?一个都没(?:上来|救上来|救回来|活下来|跑出来)"
        # people counted, what befell them, then all gone (两个初中生下午去江里游泳，捞上来的时候人都已经没了)
        # (not past another count nearer: 两个小孩…掉下去了，孩子爷爷下去拉，三个人捞上来都已经没了, three)
        # (or by what they were doing: 十几个干活的压在下面 挖出来都没气了)
        rf"|(?P<num5>{NUM})(?:个|名|位)(?:{_PEOPLE}|(?:初中|高中|中学|小学|大学)生)"
        # (or gone as breath: 三个初中生在深水区…捞上来的时候都已经没气了)
        r"(?:(?![一二两三四五六七八九十几]+个)[^。；;！!？?\d]){0,30}?人?(?:都|全都|全)已经?没(?:气)?了"
        # (or counted by 号人, all gone: 机上一百多号人都没了)
        rf"|(?<![\d.])(?P<num29>{NUM})(?:多|余)?号人(?:都|全都|全)(?:已经?)?没(?:气)?了"
        # one of the family gone, as people post it (奶奶凌晨在医院走了, 妈妈已经没气了, 老太太没挺过来)
        rf"|(?P<kin>{_KIN})[^，,。；;！!？?\d]{{0,8}}?(?:在[^，,。；;！!？?\d\s]{{0,5}}?医院|送医后|到医院后|抢救后)(?:就)?走了"
        # (not a walk: 在医院走了一圈)
        r"(?![一两几半好]|个)"
        # (开拖拉机的老伯已经没了)
        rf"|(?P<kin2>{_KIN})(?:已经|早就|也|就)(?:没气了|不在了|(?:走|没)了(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢])"
        # (not gone somewhere: 爷爷已经走了，去镇上赶集了)
        r"(?![，,。\s]*(?:去|到|回|出门|赶|上班|上学|出发|坐车|开车)))"
        # (or counted: 有人被挤倒 后面的人踩上去 三个老人没挺过来)
        # (or those of them, no noun: 二十多个工人都中毒了，有两个没救过来)
        # (or by what they were doing, taken to hospital: 两个吃面的送到医院也没抢救过来)
        rf"|(?<![\d.])(?P<num15>{NUM})(?:个|名|位)(?:{_KIN}|{_PEOPLE}|人|(?<=[有个]{{2}})|(?<=有[\d{CN_NUMERALS}]个)|(?<=个)[\u4e00-\u9fff]{{1,3}}?的)?"
        r"(?:(?:送到|送去|拉到)医院(?:也|还是)?)?(?:都|全都)?(?:还是|最终|最后)?没(?:能)?(?:挺过来|救回来|救过来|抢救过来)"
        # (or by the family's name, or when and where between: 上午老王没挺过来, 老太太昨天在医院没挺过来)
        rf"|(?P<kin3>{_KIN}|老[\u4e00-\u9fff](?=[^，,。；;！!？?\s]{{0,12}}?没(?:能)?挺过来))"
        # (a space between as people post it: 被渣土车撞的那个阿姨 今天下午在医院没挺过来)
        r"[ \u3000]?(?:(?:昨天|今天|前天|昨晚|今早)?(?:上午|下午|晚上|凌晨|早上|中午|半夜)?(?:在医院|在ICU|在路上)?)"
        r"(?:还是|最终|最后)?没(?:能)?挺过来"
        # one aboard told by their seat, gone (开车的当场就没了, 副驾那个送医院路上也走了)
        # (not 司机也走了, gone away: on the spot, or on the way to hospital)
        r"|(?P<seat>开车的|骑车的|司机|副驾驶?(?:那个|的)?|后座(?:那个|的)?|后排(?:那个|的)?)(?:[^，,。；;！!？?\d\s]{0,8}?医院的?路上(?:也|就)?"
        r"(?:没了|走了|不行了)|(?:也|就)?当场就?(?:没了|走了|不行了|没气了)|已经(?:没了|不行了|没气了)"
        # (坐副驾的小伙子…, 后排的阿婆送到医院也没抢救过来; not those counted there: 后排的两个小姑娘…, two)
        r"|(?:(?![两三四五六七八九十几]个)[^，,。；;！!？?\d\s]){0,6}?(?:送到|送去|拉到)医院(?:也|还是)没(?:能)?(?:抢救过来|救过来|救回来))"
        r"(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢])"
        # those buried or swept away counted, then all brought out gone (埋了三五个 挖出来都没气了: three at least), or
        # found gone (南坞村那边也冲走两个 今天上午在下游找到了 人已经没了)
        # (not past one of them told apart: 埋了两个工人 一个挖出来腿骨折了 另一个挖出来的时候已经不行了)
        # (压住了三五个人，挖出来都没气了; 埋了仨 挖出来都没气了)
        rf"|(?:埋了|压了|困了|(?:埋|压|困)住了?|冲走了?|卷走了?)(?P<num14>{NUM})(?:个|(?<=[仨俩]))(?:人)?(?:(?!一个)[^。；;！!？?\d]){{0,16}}?(?:{FOUND_BY}|找到了?)"
        # (a space in a post: 挖出来都 没气了)
        r"(?:的时候|时|后)?[\s，,]?(?:人)?(?:都|全都|全)?\s?(?:已经|早就|早已|已)?(?:没了|不行了|没气了|没有气了|没有呼吸了?)"
        # one more of those counted, who could not be saved (刚听说有一个送过去半夜也没救回来)
        # (opening at 一, as the counts around it do: 有, a common first character, would be tried everywhere)
        r"|(?P<one_more>(?<=有)一个[^，,。；;！!？?\d]{0,10}?(?:也|还是)没(?:能)?(?:救回来|抢救过来|挺过来)"
        # (or the other one of two, gone: 两个初中生溺水 一个救上来了 另一个没了)
        r"|(?:另一个|另外一个)(?:人)?(?:也|已经|也已经)?(?:没了|没气了|不在了)(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢]|才))"
        # brought out of water or rubble, or reached by the ambulance, already gone, as people post it
        # (捞上来已经不行了, 挖出来五个人 都没气了, 捞上来一个小伙子 说是…下水游泳 人已经没了, 120赶到的时候已经没了)
        # (or those brought out counted: 挖出来的三十多个都没气了)
        rf"|(?:{FOUND_BY})(?:的时候|时|后|的)?(?:(?P<num6>{NUM})(?:多|余)?(?:个|名|具)?(?:{_PEOPLE}|人)?)?"
        # (not past a family counted after: 捞上来一辆车，一家四口都没了, four)
        rf"(?:(?!一家|全家|[{CN_NUMERALS}](?:口|个人))[^。；;！!？?\d]){{0,24}}?(?:(?:都|全都|全)(?:已经|早就|早已|已)?|已经|早就|早已|已)"
        r"(?:没了|不行了|没气了|没有气了|没有呼吸了?)"
        # the bodies of those counted found (2名落水学生遗体已被找到; not 2名失联人员遗体…, the missing's)
        rf"|(?<![\d.])(?P<num17>{NUM})(?:名|具|人)(?:(?!失联|失踪|下落不明)[^，,。；;！!？?\d]){{0,6}}?(?:遗体|尸体)"
        # (all of them: 3名中学生遗体已全部被打捞上岸)
        # (dug out of rubble: 3名被埋工人遗体已全部挖出; when between: 2名被困矿工遗体于今晨被找到)
        r"(?:已|均)?(?:[在于][^，,。；;！!？?\d]{1,10}?)?(?:均|已|均已|已被|被|均被|已全部被|已全部|全部被|全部)?"
        r"(?:找到|寻获|发现|打捞上岸|打捞出水|打捞上来|挖出|刨出)"
        # one found dead, told by the body found (走失老人遗体在江山港下游被找到, 发现其遗体; not 遗体告别仪式)
        # (its time between: 走失三天的…老人，遗体今天上午在江山港下游被找到)
        # (how far downstream between: 遗体今天上午在下游约800米处被找到)
        r"|(?P<body>(?:遗体|尸体)(?:[今昨前]天|今日|昨日|当天|当日)?(?:上午|下午|晚上|凌晨|早上|中午|傍晚)?"
        r"(?:在(?:[^，,。；;！!？?\d]|\d+(?=余米|多米|米|公里|千米)){1,12}?)?(?:被|已被|已)?(?:找到|寻获|发现|打捞上岸|打捞出水|打捞上来)"
        r"|(?:找到|寻获|发现|打捞起|捞起)了?(?:其|他|她|老人|男子|女子|男孩|女孩)的?(?:遗体|尸体))"
        # (a family or people counted as buried or swept away, then all brought out gone: 一家三口被埋 挖出来都没气了)
        # (or crushed under it: 一家三口都压在下面 挖出来都已经没气了)
        # (the digging between: 一家三口都压在下面，村里人挖了两个多小时，挖出来都已经没气了)
        rf"|(?<![\d.])(?P<num19>{NUM})(?:口人?|个人?|名)(?:{_PEOPLE}|{_DOING}的)?(?:都|全)?(?:被(?:埋|压|困|冲走|卷走)了?|(?:压|埋)在(?:了)?下面)"
        rf"[^。；;！!？?\d]{{0,20}}?(?:{FOUND_BY})(?:的时候|时|后)?[\s，,]?(?:人)?(?:都|全都|全)(?:已经|早就|早已|已)?"
        r"(?:没了|不行了|没气了|没有气了|没有呼吸了?)"
        # (counted, then crushed or buried, then all brought out gone: 三五个工人压在下面，挖出来都已经没气了)
        # (or 仨 alone: 基坑塌方 仨工友被埋 挖出来都已经没气了)
        rf"|(?<![\d.])(?P<num24>{NUM})(?:个|名|(?<=[仨俩]))(?:人|{_PEOPLE})?(?:都|全)?(?:被)?(?:压|埋|困)(?:在)?(?:下面|底下|里面|里头|里)?"
        rf"[\s，,]?(?:{FOUND_BY})(?:的时候|时|后)?[\s，,]?(?:人)?(?:都|全都|全)(?:已经|早就|早已|已)?"
        r"(?:没了|不行了|没气了|没有气了|没有呼吸了?)"
        # (counted before: 三个人拉上来都不行了; a space in a post: 车里三四个人 挖出来都没气了)
        rf"|(?<![\d.])(?P<num11>{NUM})(?:个|名)(?:人|{_PEOPLE})?(?:都|全都|全)?(?:被)?[\s，,]?(?:{FOUND_BY})(?:的时候|时|后)?"
        r"(?:都|全都|全)(?:已经|早就|早已|已)?(?:没了|不行了|没气了|没有气了|没有呼吸了?)"
        # one told gone, no one counted (老太太没跑出来 人已经没了), or one of those counted (一个当场就没了呼吸)
        # (or found so: 今早被发现人已经没了; or so told: 120来了说人已经没了; or with no word of when: 摔下来 人没了)
        r"|(?P<gone>(?:(?<![\u4e00-\u9fff])|(?<=发现)|(?<=发现时)|(?<=说))人(?:已经|早就|当场就?)?没了"
        r"(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢]))"
        # (or gone on the spot, one of those counted: 躲雨的两个人一个当场就没了另一个手臂烧伤了)
        rf"|(?P<num7>{NUM})个(?:人)?(?:(?:当场)?(?:就)?(?:没了呼吸|没有了呼吸)"
        # (or already gone, the other told after: 一个已经没了 另一个120拉去市人民医院了)
        rf"|(?:当场就?|已经)(?:没了|不行了)(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢]|{_GOES_ON}))"
        # a couple or two of a family who did not get out (后山塌下来 半边房子被埋了 老两口都没能出来)
        # (or three of them: 屋里祖孙仨都没跑出来)
        r"|(?P<pair>老两口|两口子|老俩口|夫妻俩|夫妻二人|母子俩|父子俩|母女俩|父女俩|祖孙俩|祖孙仨|母子仨|父子仨|母女仨|父女仨|娘仨|爷仨)"
        # (with a child of theirs: 老两口跟他们8岁的孙子都没跑出来, three)
        r"(?P<child>(?:跟|和|与|带着|还有)(?:他们|她们|他|她)?(?:的)?[^，,。；;！!？?\s]{0,6}?"
        r"(?:孙子|孙女|外孙|外孙女|孩子|小孩|儿子|女儿|孙儿|宝宝)"
        # (or one told by what they were doing: 老板两口子跟一个吃面的都没跑出来)
        r"|(?:跟|和|与|还有)(?:一个|一名|一位)[^，,。；;！!？?\s\d]{1,4}?的)?"
        r"(?:(?:一家子|一家人|全家)?(?:都|全都)?没(?:能|有)?(?:逃|跑|救)?出来"
        # (or found all gone, when between: 老两口和来过周末的外孙女早上都没气了)
        r"|[^，,。；;！!？?\d\s]{0,6}?(?:都|全都)(?:已经)?(?:没了|没气了|不在了)(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢]))"
        # (or found both gone: 老两口关紧门窗烧木炭取暖，第二天被子女发现时都已经没气了)
        # (上余镇一对老夫妻在家中烧炭取暖，今早被子女发现时都已经没气了)
        # (or three of them: 母子仨在老屋里用炭盆取暖，第二天早上被邻居发现时都没气了)
        r"|(?P<pair_found>老两口|两口子|老俩口|夫妻俩|夫妻二人|母子俩|父子俩|母女俩|父女俩|祖孙俩|老夫妻|一对夫妻"
        r"|祖孙仨|母子仨|父子仨|母女仨|父女仨|娘仨|爷仨)"
        r"[^。；;！!？?\d]{0,30}?(?:发现|找到|看到|叫|喊|敲门)[^。；;！!？?\d]{0,6}?(?:的时候|时)[\s，,]?(?:人)?"
        r"(?:都|全都|全|俩|两个)(?:人)?(?:已经|早就|早已|已)?(?:没了|没气了|不行了|没有气了|没有呼吸了?|走了)"
        r"(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢])"
        # (or people counted: 4名来自江山的务工人员烧炭取暖，早上工友去叫他们的时候都没气了)
        rf"|(?<![\d.])(?P<num28>{NUM})(?:名|个)[^。；;！!？?\d]{{0,30}}?(?:发现|找到|看到|叫|喊|敲门)[^。；;！!？?\d]{{0,6}}?"
        r"(?:的时候|时)[\s，,]?(?:人)?(?:都|全都|全)(?:已经|早就|早已|已)?(?:没了|没气了|不行了|没有气了|没有呼吸了?)"
        r"(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢])"
        # (a family counted: 三楼一家三口都没跑出来)
        rf"|一家(?P<num13>{NUM})口(?:人)?(?:都|全都)没(?:能(?:逃|跑)?|有?(?:逃|跑))出来"
        # (or found all gone: 早上发现一家三口都没气了)
        # (or found so: 一家三口烧炭取暖 早上邻居去敲门发现都没气了)
        # (or brought up: 一家三口驾车冲入水库，捞上来的时候都没气了)
        rf"|(?:一家|祖孙|母子|父子|母女|父女)(?P<num23>{NUM})(?:口|人)(?:人)?"
        rf"(?:[^。；;！!？?\d]{{0,30}}?(?:发现|找到|看到|{FOUND_BY})[^。；;！!？?\d]{{0,6}}?(?:的时候|时)?[\s，,]?(?:人)?)?"
        r"(?:都|全都|全)(?:已经|早就|早已|已)?(?:没了|没气了|不行了|没有气了|没有呼吸了?)"
        r"(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢])"
        # (counted, not out, then all gone: 有三五个人没跑出来听说都没了)
        # (who they were, then gone: 里面三个服务员没跑出来，人已经没了)
        # (or 仨 with none: 仨搬运工没跑出来，人都没了)
        rf"|(?<![\d.])(?P<num18>{NUM})(?:多|余|来)?(?:个|名|(?<=[仨俩])(?=[\u4e00-\u9fff]{{0,2}}?(?:{_PEOPLE})))(?:人|{_PEOPLE}|服务员|员工|店员)?"
        r"没(?:能|有)?(?:逃|跑)出来[^。；;！!？?\d]{0,8}?"
        r"(?:(?:都|全)|人(?:已经|都|全)?)没了"
        # (two named, then counted: 老板跟他老婆两个都没跑出来; not 两个都没出来玩; or none came up from the water:
        # 一个脚滑掉下去了 另一个去拉 结果两个都没上来)
        # (or by what they were doing: 老板跟三个打牌的都没跑出来)
        rf"|(?<![\d.])(?P<num10>{NUM})个(?:人|[\u4e00-\u9fff]{{1,3}}?的)?(?:都|全都)没(?:(?:能(?:逃|跑)?|有?(?:逃|跑))出来|(?:能|有)?(?:救)?上来(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢]))"
        # (people counted, then found all gone: 俩老人在家烧炭取暖…早上邻居发现的时候都没了, 4个工人烧炭取暖，
        # 早上工友去叫他们的时候都没气了)
        rf"|(?<![\d.])(?P<num21>{NUM})(?:个|名|位|(?<=[仨俩]))(?:[\u4e00-\u9fff]{{0,2}}?(?:{_PEOPLE})|人|{_DOING}的)"
        # (or brought out of the water: 车上4个年轻人，捞上来的时候都没气了; not past some of them counted apart:
        # 船上三个人，一个自己游上岸了，另外两个捞上来的时候都没气了)
        # (or seen at a glance: 6个小伙子烧了一盆炭取暖，早上同事敲门没人应，进去一看都没气了)
        rf"(?:(?!另|其中|[{CN_NUMERALS}]个)[^。；;！!？?\d]){{0,30}}?(?:(?:发现|找到|看到|叫|喊|敲门|{FOUND_BY})[^。；;！!？?\d]{{0,6}}?(?:的时候|时)|一看)[\s，,]?(?:人)?"
        r"(?:都|全都|全)(?:已经|早就|早已|已)?(?:没了|没气了|不行了|没有气了|没有呼吸了?|走了)"
        r"(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢])"
        # (some of those swept away found gone, counted after: 四个驴友被水冲走了 找到两个已经没了)
        rf"|找到(?:了)?(?P<num22>{NUM})个(?:人)?[\s，,]?(?:都|全)?(?:已经|早就|已)(?:没了|不行了|没气了)"
        # (people counted, then none came up: 仨孩子结伴去水塘游泳，一个都没上来)
        # (or a family counted: 一家三口乘小木船过河…一家三口都没上来)
        # (or kin counted after their word: 堂兄弟仨下河游泳，一个都没上来)
        rf"|(?<![\d.])(?P<num20>{NUM})(?:(?:个|名|位|(?<=[仨俩]))(?:[\u4e00-\u9fff]{{0,2}}?(?:{_PEOPLE})|人)|(?<=一家.)口人?"
        r"|(?<=(?:兄弟|姐妹|兄妹|姐弟|母子|父子|母女|父女|祖孙|爷孙|夫妻)[仨俩]))"
        # (or all of them: 三个小孩去水库游泳 都没上来)
        # (not past another count: 埋了好几个人 挖出来三个 都没救回来 is not of all those buried)
        # (or brought to hospital, none saved: 里面仨师傅 送到医院都没抢救过来)
        r"(?:(?![一二两三四五六七八九十几]+个)[^。；;！!？?\d]){0,20}?(?:一个(?:人)?(?:都|也)|都|全都)没(?:能|有)?(?:救)?"
        r"(?:上来|出来|活下来|救回来|救上来|抢救过来|救过来|挺过来)"
        r"(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢])"
        r")"
    )
)
"""Lives taken (大火夺走12条生命, 夺去3人生命, 夺走了4个人的生命, 3条人命, 车上3个人都没了, 车上仨人都没了): deaths; not
lives saved (挽救3条生命)."""
LIVES_WORDS = (
    "夺走",
    "夺去",
    "葬送",
    "人命",
    "条生命",
    "生命逝去",
    "生命消逝",
    "生命陨落",
    "都没了",
    "也没了",
    "全没了",
    "部没了",
    "都已经没了",
    "都已没了",
    "全已经没了",
    "全已没了",
    *(f"{where}{just}走了" for where in ("医院", "医后", "院后", "救后") for just in ("", "就")),
    "没气了",
    "挺过来",
    "救回来",
    "救过来",
    *(
        "捞上来",
        "捞起来",
        "捞上岸",
        "挖出来",
        "刨出来",
        "救上来",
        "抬出来",
        "抬起来",
        "拉上来",
        "拖上来",
        "拖出来",
        "拉出来",
        # (not 赶到 alone: most reports' responders come so)
        *(
            f"{who}{came}"
            for who in ("120", "医生", "救护车", "急救车")
            for came in ("赶到", "来的时候", "到的时候", "来时", "到时", "赶来")
        ),
    ),
    *("人已经没了", "人早就没了", "人当场就没了", "人没了"),
    *("没了呼吸", "没有了呼吸", "都不在了", "全不在了", "一个都没"),
    *(
        f"{how}{gone}"
        for how in ("当场", "场就", "已经", "路上", "上也", "上就")
        for gone in ("没了", "走了", "不行了")
    ),
    *(f"没{can}{saved}" for can in ("", "能") for saved in ("救回来", "抢救过来", "挺过来")),
    *("个死了", "人死了", "就死了", "都死了", "就不行了", "经不行了", "人不行了"),
    *("个人没了", "个人已经没了", "确认有", "另一个没了", "外一个没了", "另一个也没了", "外一个也没了"),
    *("已经不在了", "早就不在了", "已经走了", "早就走了"),
    *("遗体", "尸体"),
    *(f"{sure}{dead}" for sure in ("确认", "证实") for dead in ("死亡", "身亡", "遇难", "已死亡", "已身亡", "已遇难")),
    *(f"{who}没了" for who in ("工人", "孩子", "小孩", "学生", "老人", "村民", "游客", "乘客", "人员")),
    *("都没能出来", "都没出来", "都没逃出来", "都没跑出来", "没能逃出来", "没能跑出来", "没有逃出来", "没有跑出来"),
    *("都没上来", "都没能上来", "都没有上来", "都没救上来", "都没能救上来", "没跑出来", "没逃出来"),
)
"""One of which every match of :data:`_LIVES` holds (生命 alone is common: 生命安全)."""


_MISSING_BODY = re.compile(r"(?:失联|失踪|下落不明)[^，,。；;！!？?\s]{0,6}$")
"""The missing, named right before a body found (失联人员遗体被找到): theirs, which the missing's reader counts."""
_FOUND_GONE = re.compile(FOUND_BY)
"""Those brought out of water or rubble, or reached by the ambulance (the words of :data:`FOUND_BY`)."""


def lives_lost(text: str) -> list[Mention]:
    """Deaths stated as lives taken: ``大火夺走12条生命``, ``3条鲜活的生命逝去``."""
    out: list[Mention] = []
    for m in _LIVES.finditer(text):
        few = m.group("few")  # 车上仨人都没了: three (俩, two)
        if pair := m.group("pair"):  # 老两口都没能出来: two (老两口跟他们8岁的孙子, 祖孙仨: three)
            three = m.group("child") or pair.endswith("仨")
            out.append(Mention(Kind.DEATHS, 3 if three else 2, Bound.EXACT, m.group(), m.start()))
            continue
        if found_pair := m.group("pair_found"):  # 老两口…被子女发现时都已经没气了: two (母子仨: three)
            out.append(Mention(Kind.DEATHS, 3 if found_pair.endswith("仨") else 2, Bound.EXACT, m.group(), m.start()))
            continue
        found = m.group("num6")
        one_found = found is None and m.group("num5") is None and _FOUND_GONE.match(m.group()) is not None
        if m.group("body") and _MISSING_BODY.search(text, max(0, m.start() - 8), m.start()) is not None:
            continue  # 山洪致2人失联。失联人员遗体被找到: one of those missing, whom the missing's reader counts
        if m.group("one_more"):  # 有一个送过去半夜也没救回来, 另一个没了: one (more than those on the spot)
            out.append(Mention(Kind.DEATHS, 1, Bound.EXACT, m.group(), m.start()))
            continue
        if m.group("seat"):  # (someone told by where they sat, uncounted: one more with 也, 副驾那个…也走了)
            out.append(Mention(Kind.DEATHS, 1, Bound.AT_LEAST, m.group(), m.start(), unnumbered=True))
            continue
        if m.group("kin") or m.group("kin2") or m.group("kin3") or m.group("gone") or m.group("body") or one_found:
            out.append(Mention(Kind.DEATHS, 1, Bound.EXACT, m.group(), m.start()))  # 奶奶凌晨在医院走了: one
            continue
        counted = _count_group(m)
        if few:
            parsed: tuple[float, Bound] | None = (3 if few == "仨" else 2, Bound.EXACT)
        else:
            parsed = parse_count(m.group(counted)) if counted is not None else None
        if parsed is None:
            continue
        found_figure = _counted(Kind.DEATHS, m, parsed)
        if counted in _OUT_OF_REACH and (named := _named_with(text, m.start())) is not None:
            # 老板娘跟两个吃饭的都没跑出来: three, quoted from the one named
            count, start = named
            found_figure = replace(
                found_figure, value=found_figure.value + count, quote=text[start : m.end()], start=start
            )
        out.append(found_figure)
    return out


_OUT_OF_REACH = frozenset({"num10", "num18", "num26"})
"""The forms of people counted who did not get out or come up (两个都没跑出来, 有四个没跑出来，人都没了)."""
_JOINED_TO = re.compile(r"(?:跟|和|与|还有)$")
_CLAUSE_OPEN = re.compile(r".*[，,。；;！!？?\s]", re.S)


def _named_with(text: str, at: int) -> tuple[int, int] | None:
    """How many people the clause names right before those counted at ``at``, joined to them (``老板娘跟两个吃饭的``:
    one; ``老板夫妻俩和一个来吃饭的``: two), and where they are named; ``None`` when it names none."""
    opened = _CLAUSE_OPEN.match(text, max(0, at - 12), at)
    begin = opened.end() if opened else max(0, at - 12)
    joined = _JOINED_TO.search(text, begin, at)
    who = text[begin : joined.start()] if joined is not None else ""
    return (subject_victims(who), begin) if who and is_people(who) else None


def _count_group(m: re.Match[str]) -> str | None:
    """The name of the ``num…`` group that holds ``m``'s count (one form of the alternation matched), or ``None``."""
    return next((g for g, v in m.groupdict().items() if v and g.startswith("num")), None)


def _counted(kind: Kind, m: re.Match[str], parsed: tuple[float, Bound]) -> Mention:
    """The figure ``m`` states, a lower bound when 多 or 余 follows its number (挖出来的三十多个都没气了)."""
    counted = _count_group(m)
    more = m.string[m.end(counted) : m.end(counted) + 1] if counted else ""
    if more in ("多", "余"):
        return Mention(kind, parsed[0], Bound.AT_LEAST, m.group(), m.start(), qualifier=more)
    return Mention(kind, parsed[0], parsed[1], m.group(), m.start())


_SEARCHED = Prefiltered(
    re.compile(
        rf"(?:另有|仍有|尚有|还有|另外|另|其余)(?P<num>{NUM})(?:名|人|位)(?!搜救|救援|消防|队员|民警|志愿)[\u4e00-\u9fff]{{0,4}}?"
        r"(?:仍然|仍|尚|还|正)?在(?:全力|紧张|加紧)?(?:搜救|搜寻|搜索|寻找)(?!到)"
        # or not found yet, as people post it (另外两个到现在还没找到; 两个小伙子下去游泳 一个没上来; 1个失联)
        # (剩下仨到现在都没找着, 还有两个没找到)
        # (about so many: 还有三十多个人没找到)
        rf"|(?:另有|还有|另外|其余|剩下|听说有|据说有|另(?=一个))(?:(?P<num2>{NUM})(?:多|余)?(?:名|人|位|个)(?:人)?|(?P<few>仨|俩))"
        # (or still sought: 下午找到两个 都已经没了 另外三个还在找)
        r"[^，,。；;！!？?\d]{0,6}?(?:(?:还|仍|都)?没(?:有)?找(?:到|着)|(?:还|仍|正)在(?:找|寻找|搜救|搜寻))"
        # (one swept away, told not found after it: 一个放牛的大爷被山洪冲走了 到现在还没找到)
        # (一个放牛的大爷在村后溪边被山洪冲走了 到现在还没找到: who and where between)
        # (the count nearest: 两个小孩去游泳 一个被急水卷到下游去了, one)
        # (or one told by 有个: 有个小孩游泳的时候被水冲走了 到现在还没找到)
        # (or a family by 口: 一家三口都被冲走了，到现在一个都没找到)
        rf"|(?:(?<![\d.])(?P<num5>{NUM})(?:多|余)?(?:个|(?<=家.)口|(?<=[仨俩]))|(?P<one>(?<=有)个))"
        rf"(?:(?![{CN_NUMERALS}\d]个)[^，,。；;！!？?\d]){{0,16}}?"
        # (all of them, in the next clause: 仨孩子在溪边捞鱼，全被冲走了)
        # (or the next clause: 有三个在河滩上挖沙的来不及跑，被冲走了)
        # (what swept them away told at length: 被上游放下来的水冲走了)
        r"(?:[，,](?:全|都|全都)?)?被[^，,。；;！!？?\d\s]{0,8}?"
        # (not some of them counted after: 三个人在河边钓鱼，被冲走了两个)
        rf"(?:冲走|卷走|冲到|卷到)(?!了?[{CN_NUMERALS}\d俩仨]+个)"
        # (not past a remainder told: 三个驴友…被冲走了 两个被救上来了 还有一个到现在还没找到, one)
        # (or after a search: 三个挖沙的工人被水冲走，搜了一整天还没找到人)
        # (none of them: 仨孩子…全被冲走了，到现在一个都没找着)
        # (到现在都还没找到人)
        r"(?:(?!还有|另外|剩下|其余|另一)[^。；;！!？?\d]){0,30}?(?:(?:到现在|至今|现在|一整天|一天一夜|一夜)?(?:一个)?(?:都|还|仍){1,2}"
        # (or as a report tells it: 七八个正在抢险的村民被洪水冲走，至今下落不明)
        r"(?:没|没有|未)(?:找到|找着)|(?:至今|仍|目前仍|现仍)下落不明)"
        # (one swept away as a report tells it, not found when it was written: 一名70岁村民…在村后溪边被山洪冲走。…
        # 截至今天18时，仍未找到)
        # (被暴涨的溪水冲走: what swept them away told at length)
        # (or still sought: 3人被洪水冲走，目前仍在搜救)
        # (the count nearest: 合力救起两人，另一人被江水冲走, one)
        rf"|(?<![\d.])(?P<num8>{NUM})(?:名|人)(?:(?![{CN_NUMERALS}\d](?:名|人))[^。；;！!？?]){{0,40}}?"
        # (or into the sea: 被突如其来的大浪卷入海中，至今下落不明)
        r"被(?:[^，,。；;！!？?\d\s]{0,6}?(?:冲走|卷走)|[^，,。；;！!？?\d\s]{0,8}?(?:卷入|冲入)(?:海|江|河|水)中)"
        # (not past some of them saved or found: 其中2人已被救起，1人仍在搜寻中)
        r"(?:(?!救起|获救|救出|救上|找到|其中)[^！!？?]){0,60}?"
        rf"(?:{STILL_SOUGHT})"
        # (those swept away counted after it: 泥石流冲走了三个人，到现在还没找到)
        rf"|(?:冲走|卷走)了?(?P<num7>{NUM})(?:多|余)?个(?:人|{_PEOPLE})?[^。；;！!？?\d]{{0,12}}?(?:到现在|至今|现在)(?:都|还|仍){{0,2}}"
        r"(?:没|没有|未)(?:找到|找着)"
        # (a report's: 目前已救起9人，2人遇难，3人仍在全力搜寻中)
        # (or who they were, and when: 被冲走的1名游客目前仍在全力搜寻中)
        # (a headline's space its comma: 已有8人遗体被打捞上岸 4人仍在搜寻中)
        rf"|(?<=[，,的\s])(?P<num4>{NUM})(?:名|人)(?:游客|村民|群众|工人|学生|儿童|男子|女子|船员|渔民|驴友)?(?:目前|至今|现)?"
        r"(?:仍|尚)在(?:全力|紧张|加紧)?(?:搜救|搜寻|搜索|寻找)中"
        # (about so many: 三十多个人没上来)
        rf"|(?<![\d.])(?P<num3>{NUM})(?:多|余|来)?个(?:人|工人|小孩|孩子)?(?:一直|还|至今|到现在)?"
        r"(?:没上来|没有上来|再也没上来|没浮上来|失联|失踪)"
        # (one of a family, not found yet: 爸爸抱着孩子游上来了 妈妈到现在还没找到)
        rf"|(?P<kin>{_KIN})(?:到现在|至今|现在)(?:都|还|仍)没(?:有)?找(?:到|着)"
        # (三个人到现在还没找到)
        # (七八个船员到现在还没找到)
        # (the time told before them: 到现在三个人都还没找到)
        # (三个人到现在都还没找到)
        # (where they went into the water between: 三个细伢子去水库洗澡 到现在都还冇找到)
        # (about so many: 三十多个人到现在都还没找到)
        rf"|(?<![\d.])(?P<num6>{NUM})(?:多|余)?个(?:人|{_PEOPLE}|船员|渔民|驴友)"
        # (or fallen into the sea: 港口那边两三个船员掉海里了，到现在还没找到)
        r"(?:[^。；;！!？?\d]{0,12}?(?:洗澡|游泳|玩水|嬉水|戏水|下水|落水|掉进[^。；;！!？?\d\s]{0,4}"
        r"|掉(?:到|进)?(?:海|江|河|水|湖|水库)里了?))?[\s，,]*"
        r"(?:(?:一直|至今|到现在)(?:都|还|仍){0,2}|(?:都|还|仍)+)"
        # (nothing they looked for after it: not 三个人都没找到工作, 两个人都没找到座位)
        r"没(?:有)?找(?:到|着)(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢人])"
        # (a family: 一辆小车冲破护栏掉进须江了 车上的一家三口到现在都没找着)
        rf"|一家(?P<num11>{NUM})口(?:人)?(?:到现在|至今|现在)?(?:都|还|仍)+没(?:有)?找(?:到|着)"
        # (one of those counted fallen in, not brought up yet: 两个小孩去游泳 其中一个溺水了 到现在还没捞上来)
        rf"|(?<=其中)(?P<num10>{NUM})个(?:人)?(?:溺水|落水|掉下去|掉进[^，,。；;！!？?\d\s]{{0,4}})了?[\s，,]*"
        r"(?:到现在|至今|现在)?(?:都|还|仍)没(?:有)?(?:捞上来|找到|找着|上来)"
        # (the rest of those counted, a clause of their own: 听说里面有三个工人 两个受伤了 一个还没找到)
        rf"|(?<=[\s，,])(?:还有|剩下|另外)?(?P<num12>{NUM})个(?:人)?(?:到现在|至今|现在|一直)?(?:都|还|仍)+没(?:有)?找(?:到|着)"
        r"(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢])"
        # (one fallen in or gone under, not come up since: 有一个小孩落水了一直没上来; 男的沉下去了一直没上来)
        r"|(?P<one2>(?:(?<=有)一?个|(?<![\u4e00-\u9fff])(?:男的|女的))[^，,。；;！!？?\d\s]{0,6}?"
        r"(?:落水|掉下去|掉到水里|掉水里|沉下去|滑下去)了?[\s，,]*(?:一直|至今|到现在)(?:都|还)?(?:没|没有)(?:上来|浮上来))"
    )
)
SEARCHED_WORDS = (
    *("在搜", "在寻找", "在全力搜", "在紧张搜", "在加紧搜", "在找"),
    *(f"沿{water}{how}" for water in "江河溪岸" for how in ("搜", "寻找", "全力搜", "紧张搜", "加紧搜")),
    *(f"没{have}找{found}" for have in ("", "有") for found in "到着"),
    *("没上来", "没有上来", "没浮上来", "个失联", "个失踪", "仍未找到", "尚未找到", "仍下落不明", "今下落不明"),
    *("没捞上来", "没有捞上来"),
)
"""One of which every match of :data:`_SEARCHED` holds."""
_MISSING_WORD = re.compile(r"失联|失踪|下落不明")
_OWN_COUNTS = ("num3", "num4", "num5", "num6", "num7", "num8", "num10", "num11", "num12", "one", "one2")
"""The groups of :data:`_SEARCHED` whose counts no other reader reads (1个失联, 被山洪冲走…仍未找到)."""
_FOUND_GONE_LATER = re.compile(
    r"[^。；;！!？?\d]{0,16}?(?:找到|捞上来|捞起来|挖出来)了?[^。；;！!？?\d]{0,10}?(?:没了|不行了|没气了|遇难|身亡|死亡|遗体)"
)
"""Those not found yet, then found gone (…到现在还没找到 刚刚听说找到了 人已经没了)."""


_BODY_AFTER = re.compile(r"[^，,。；;！!？?\d]{0,4}?(?:遗体|尸体)")
"""A body right after a word of the missing (失联渔民遗体): one of them found dead."""


def searched_for(text: str) -> list[Mention]:
    """The missing told as those still searched for (``另有1人仍在搜救中``, ``还有2名工人正在搜寻``),
    where the text names no 失联/失踪 figure of its own (whose remaining count
    :func:`classifier.missing.still_missing` reads); not the searchers (``另有3名消防员在搜寻``)."""
    # (not of a body found: 1名失联渔民遗体已被打捞上岸，另1人仍在全力搜寻中)
    missing_told = any(_BODY_AFTER.match(text, m.end()) is None for m in _MISSING_WORD.finditer(text))
    out: list[Mention] = []
    for m in _SEARCHED.finditer(text):
        if missing_told and not any(m.group(g) for g in _OWN_COUNTS):
            continue  # (its 失联/失踪 figure read as such; not 1个失联, which no other reader counts)
        if m.group().startswith(("其余", "另外")) and ("被困" in text or "升井" in text or "脱困" in text):
            continue  # 井下22人被困。…已有10人升井，其余12人仍在搜救中: still trapped (read as such), not missing
        if m.group("num7") and _FOUND_GONE_LATER.match(text, m.end()):
            continue  # 冲走了2个人 到现在还没找到 刚刚听说找到了 人已经没了: the dead (read as such), not missing
        few = m.group("few")
        counted = next((m.group(g) for g in ("num", "num2", *_OWN_COUNTS) if m.group(g)), "")
        parsed = (
            (1.0, Bound.EXACT)
            if m.group("kin") or m.group("one") or m.group("one2")
            else (3 if few == "仨" else 2, Bound.EXACT)
            if few
            else parse_count(counted)
        )
        if parsed is not None:
            out.append(_counted(Kind.MISSING, m, parsed))
    return out


_SURVIVOR_NOUNS = (
    *("男孩", "女孩", "男童", "女童", "孩子", "老人", "女子"),
    *("男子", "妇女", "婴儿", "儿童", "学生", "乘客", "船员"),
)
_SURVIVED_HOW = ("生还", "幸存", "获救", "被救", "逃生", "脱险")
_SURVIVOR_WHO = rf"(?:\d{{1,2}}岁|[一二三四五六七八九十]{{1,3}}岁)?(?:{'|'.join(_SURVIVOR_NOUNS)})"
"""Who the few survivors were, between their count and 幸存 (一名10岁男孩, 1名船员)."""
_SURVIVOR_KIN = "母亲|父亲|妈妈|爸爸|儿子|女儿|丈夫|妻子|爷爷|奶奶|外婆|外公|孙子|孙女"
"""Who of a family survived, before their count (仅母亲一人幸存)."""
_SURVIVORS = Prefiltered(
    re.compile(
        # (or a headline's 载: 贵州一载48人客车坠江仅5人生还)
        r"(?:船上|机上|车上|车内|井下|舱内|艇上|载有|搭载|乘载|实载|一家|全家|载(?=\d))[^，,。；;！!？?\d]{0,10}?"
        # (a total told as a lower bound too: 载有60余人的客船倾覆，目前仅9人获救)
        # (or as people post it, by 个: 船上四十几个 目前只救上来六个)
        rf"(?<![\d.])(?P<total>{NUM})(?P<more>余|多)?(?:名|人|口|个(?!月|小时))"
        # (who they were before their count: 一家四口误食自采野生菌中毒，仅母亲一人幸存)
        # (or what befell them, its day and where, between: 载有52人的卧铺客车21日凌晨在…隧道内起火，车上仅7人生还)
        rf"(?:(?:[^。；;！!？?\d]{{0,16}}?|[^。；;！!？?\d]{{0,10}}?\d{{1,2}}日[^。；;！!？?\d]{{0,24}}?)(?:(?:仅|只有|仅有)(?:{_SURVIVOR_KIN})?(?P<alive>{NUM})(?:名|人)"
        # (who they were between: 一家五口…仅一名10岁男孩幸存)
        rf"(?:{_SURVIVOR_WHO})?(?:{'|'.join(_SURVIVED_HOW)})"
        # (as people post it: 一家五口只跑出来一个; 送到医院只救回来一个)
        rf"|(?:只|仅|就)(?:(?:跑|逃|救|捞|拉)(?:出来|上来)|救回来|救活)了?(?P<alive2>{NUM})个"
        # (one told by who she was, no count: 一家五口出游遭遇车祸，仅6岁的小女儿幸存)
        rf"|(?:仅|只有|仅有)(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})?岁?的?小?(?P<one>{_SURVIVOR_KIN}|{'|'.join(_SURVIVOR_NOUNS)})"
        rf"(?:{'|'.join(_SURVIVED_HOW)}))"
        # (farther on, only the survivors: 一辆载有45人的旅游大巴…冲破护栏坠入江中，目前仅9人获救生还)
        # (a road's code between: 在G318国道某路段冲破护栏坠入江中)
        # (or only so many saved: 一辆载有36名师生的校车冲破护栏坠入水库，截至目前仅4人获救)
        rf"|(?:[^。；;！!？?\d]|[A-Z]\d{{1,4}}){{17,48}}?(?:仅|只有|仅有)(?P<alive3>{NUM})(?:名|人)(?:{_SURVIVOR_WHO})?"
        # (not as the search goes on: …仅12人获救，搜救仍在持续, the rest missing, :func:`rest_missing`)
        r"(?:获救(?:生还|幸存)?(?![，,](?:搜救|搜寻|救援))|生还|幸存))"
    )
)
"""Those aboard, or a family, of whom only some survived (``船上454人，仅12人生还``, ``一家五口仅1人幸存``):
the rest dead or missing."""
_DEAD_OR_MISSING = re.compile(r"死亡|遇难|罹难|身亡|丧生|失踪|失联|下落不明|遗体|尸体|浮尸")
_DEAD_OR_MISSING_COUNTED = re.compile(
    rf"(?:{NUM})(?:余|多)?(?:名|人|具)[^，,。；;！!？?]{{0,8}}?(?:死亡|遇难|罹难|身亡|丧生|失踪|失联|下落不明|遗体|尸体)"
    rf"|(?:死亡|遇难|罹难|身亡|丧生|失踪|失联)(?:人数)?(?:为|达|升至|增至)?(?:{NUM})"
)
"""A toll of the dead or missing counted (3人遇难, 失踪12人), as against the rest told uncounted (其余人员遇难)."""
SURVIVED_WORDS = (
    *(f"{unit}{how}" for unit in ("人", "名", *_SURVIVOR_NOUNS, *_SURVIVOR_KIN.split("|")) for how in _SURVIVED_HOW),
    *(f"{only}{how}{out}" for only in "只仅就" for how in "跑逃救捞拉" for out in ("出来", "上来")),
    *(f"{only}{saved}" for only in "只仅就" for saved in ("救回来", "救活")),
    "无一生还",
    "无人生还",
)
"""One of which every match of :data:`_SURVIVORS` holds."""


_NONE_SURVIVED = Prefiltered(
    re.compile(
        r"(?:船上|机上|车上|车内|舱内|艇上|载有|搭载|乘载)[^，,。；;！!？?\d]{0,10}?"
        # (or two groups aboard: 一辆载有45名中学生和3名带队教师的研学大巴)
        rf"(?<![\d.])(?P<total>{NUM})(?P<more>余|多)?(?:名|人|口)(?:[\u4e00-\u9fff]{{0,4}}?(?:和|及|与|、)(?P<total2>{NUM})(?:名|人))?"
        r"[^。；;！!？?\d]{0,30}?"
        r"(?:无一生还|无人生还|全部遇难|全部罹难|全部死亡|全部身亡|均已遇难|均已死亡|均遇难)"
    )
)
"""Those aboard, none of whom survived (``一架载有71人的客机…坠毁，机上人员无一生还``): all dead."""


def none_survived(text: str) -> list[Mention]:
    """The dead of those aboard of whom none survived (``载有71人的客机…坠毁，机上人员无一生还``: 71)."""
    out = []
    for m in _NONE_SURVIVED.finditer(text):
        total = parse_count(m.group("total"))
        if total is not None and m.group("total2") and (second := parse_count(m.group("total2"))) is not None:
            total = (total[0] + second[0], total[1])
        if total is not None:
            bound = Bound.AT_LEAST if m.group("more") else total[1]
            out.append(Mention(Kind.DEATHS, total[0], bound, m.group(), m.start(), qualifier=m.group("more") or ""))
    return out


def survivors_only(text: str) -> list[Mention]:
    """The dead and missing together of those aboard of whom only some survived
    (``客船倾覆，船上454人，仅12人生还``: 442, told as ``死亡、失踪``); the text names no
    figure of the dead or missing of its own (which counts instead)."""
    if _DEAD_OR_MISSING.search(text) and _DEAD_OR_MISSING_COUNTED.search(text):
        return []  # (a toll of its own; not 其余人员遇难或下落不明, the rest told uncounted)
    out: list[Mention] = []
    for m in _SURVIVORS.finditer(text):
        total, alive = (
            parse_count(m.group("total")),
            (1.0, Bound.EXACT)
            if m.group("one")
            else parse_count(m.group("alive") or m.group("alive2") or m.group("alive3")),
        )
        if total is None or alive is None or total[0] <= alive[0]:
            continue
        # more aboard than said (454余人): more lost; more alive than said, or either about: about
        bound = Bound.AT_LEAST if total[1] is Bound.AT_LEAST or m.group("more") else Bound.EXACT
        if alive[1] is not Bound.EXACT or total[1] is Bound.ABOUT:
            bound = Bound.ABOUT
        out.append(Mention(Kind.MISSING, total[0] - alive[0], bound, m.group(), m.start(), with_deaths=True))
    return out


_SYMPTOMS_OF_POISONING = Prefiltered(
    re.compile(
        # (counted by 个 before who they were: 一百二十多个村民出现胸闷、流泪、呕吐等中毒症状)
        rf"(?P<pre>{QUALIFIERS})?(?<![\d.])(?P<num>{NUM})(?P<more>余|多)?(?:名|人|位|个(?=村民|居民|工人|学生|人|老人|孩子))"
        r"[\u4e00-\u9fff]{0,6}?(?:先后|陆续|相继|均)?出现"
        # (the poison named after them: 口唇发紫、头晕、乏力等亚硝酸盐中毒症状)
        r"(?:[\u4e00-\u9fff]{1,4}[、，,和及])*[\u4e00-\u9fff]{0,4}?等?[\u4e00-\u9fff]{0,5}?(?:轻微|不同程度的?|急性)?中毒(?:症状|反应|表现)"
    )
)
"""People counted, then the signs of a poisoning they showed (``120余名村民出现头晕、胸闷、呕吐等中毒症状``):
the poisoned, a figure of the injured that says 中毒 (which an environmental incident's and a poisoning at
work's plans count)."""


_RELEASED = re.compile(
    # (or a plant's gas by its smell: 一化工企业排放的异味气体飘入附近村庄)
    r"(?:(?:有毒|有害|刺激性|异味|恶臭)(?:气体|烟雾)|毒气|氯气|液氯|氨气|液氨|硫化氢|光气|二氧化硫)"
    r"[^。；;！!？?]{0,6}?(?:泄漏|泄露|外泄|扩散|逸出|外溢|漏了|飘(?:过来|了过来|到|进|入|向|散|了)|弥漫)"
    # (a yellow smoke seen drifting, as people post it: 黄烟飘了一整片)
    r"|黄烟飘|漏了(?:有毒气体|毒气)"
    # (or let out by a plant: 一家小化工作坊排放刺激性气体，6名村民出现头晕、恶心症状)
    r"|排放(?:了)?(?:大量)?(?:有毒|有害|刺激性|异味|恶臭)(?:的)?(?:气体|烟雾)"
    # (the verb first, as people post it: 化肥厂昨晚漏氨气了)
    r"|漏(?:了)?(?:有毒气体|毒气|氯气|液氯|氨气|液氨|硫化氢)"
)
"""A toxic gas let out (大量有毒气体外泄, 氯气泄漏): signs shown after it are a poisoning's, 中毒 unsaid."""
POSTED_RELEASES = (
    "冒黄烟",
    "冒出黄烟",
    "漏了啥",
    "漏了什么",
    "什么漏了",
    "啥漏了",
    "漏气",
    "漏的啥",
    "罐车漏了",
    "槽车漏了",
)
"""A leak as people post it (化工厂不知道漏了啥, 厂子下午冒黄烟, 化工厂漏气; a tanker's: 高速上那个罐车漏了
不知道漏的啥气): what is let out unnamed."""
RELEASE_WORDS = (
    *("有毒气体", "有害气体", "刺激性气体", "有毒烟雾", "毒气", "氯气", "液氯", "氨气", "液氨", "硫化氢", "光气"),
    *("二氧化硫", "黄烟飘", "异味气体", "恶臭气体", "异味烟雾", "恶臭烟雾"),
    *POSTED_RELEASES,
)
"""One of which every match of :data:`_RELEASED` holds, or a leak as posted."""
_POSTED_SIGNS = "头晕|呕吐|胸闷|恶心|想吐|咳嗽|头痛|头疼|眼睛痛|眼睛疼|喉咙痛|嗓子疼|流眼泪|喘不上气|呼吸困难"
"""A poisoning's signs as people post them."""
_SYMPTOMS = Prefiltered(
    re.compile(
        rf"(?P<pre>{QUALIFIERS})?(?<![\d.])(?P<num>{NUM})(?P<more>余|多|几|(?<=十)来)?(?:名|人|位|个人|个(?=老人|小孩|村民|居民|工人|学生|孩子|人))"
        # (who they were, in brackets: 120余名村民（多为留守老人）吸入有毒气体送医治疗)
        r"(?:[\u4e00-\u9fff]{0,4}[（(][^）)]{1,12}[）)])?"
        r"[\u4e00-\u9fff]{0,6}?(?:先后|陆续|相继|均)?(?:出现"
        # (等 unsaid after two signs or more: 23名村民出现呛咳、胸闷症状; not 出现不适症状)
        r"(?:(?:[\u4e00-\u9fff]{1,4}[、，,和及])*[\u4e00-\u9fff]{1,4}等|(?:[\u4e00-\u9fff]{1,4}[、，,和及])+[\u4e00-\u9fff]{1,4})"
        r"(?:轻微|不同程度的?|急性)?(?:中毒)?(?:症状|反应|表现)"
        # (or taken to hospital for what they breathed: 一百二十多名村民因吸入毒气送医治疗)
        # (因 unsaid: 一百二十多个村民吸入毒气送医治疗)
        # (what it came from between: 14名村民吸入泄漏的有毒气体后被送医观察)
        # (what they felt between: 村里一百二十多人吸入氯气后出现胸闷、呕吐，被救护车陆续送到医院)
        r"|因?吸入了?(?:[^，,。；;！!？?\d]{1,4}的)?(?:毒气|有毒气体|有害气体|刺激性气体|氯气|氨气|硫化氢)(?:中毒)?(?:后)?"
        # (what they felt told in a clause of its own: 因吸入刺激性气体，先后出现呛咳、胸闷等症状，被送往市人民医院)
        r"(?:[，,]?(?:先后|陆续|相继|均)?出现[^。；;！!？?\d]{1,14}?[，,]?)?(?:被)?(?:救护车|120)?(?:陆续|先后|紧急)?"
        r"(?:送医|住院|就医|入院|(?:送往|送到|送至|拉到|送进|送去|拉去)[\u4e00-\u9fff]{0,4}?医院)"
        # (as people post it: 村里四十几个人头晕呕吐送医院了; 三十来个人头晕 眼睛痛 呕吐 都被救护车拉到医院去了)
        # (十几个老人小孩咳嗽胸闷 眼睛辣得睁不开 都送去医院了: what else they felt between)
        # (not some of them: 村里二十几个人头晕恶心 有几个送去医院了)
        # (what they breathed first: 七十几个居民吸入毒气后头晕呕吐，都被送到医院了; 吸了以后头晕呕吐)
        rf"|(?:吸(?:入|了)[^，,。；;！!？?\d]{{0,6}}?(?:后|以后|之后))?"
        # (all of them: 一百几十个街坊头晕呕吐，全部俾救护车送咗去医院)
        rf"(?:{_POSTED_SIGNS})(?:[、，\s]?(?:{_POSTED_SIGNS}))*[^。；;！!？?\d有几其部个]{{0,10}}?(?:都|也|全部|全都)?(?:被|俾)?(?:救护车|120)?"
        # (全被救护车拉到县医院去了; 都被救护车拉走了)
        r"(?:送医|去医院|住院|(?:送|送到|拉到|拉去|送进|送去|送咗去)[\u4e00-\u9fff]{0,4}?(?:医院|卫生院)|(?<=救护车)拉走|(?<=120)拉走))"
    )
)
"""The same, 中毒 unsaid: the signs named (``出现胸闷、呕吐等症状``; not ``出现不适症状``, which a brief counts as those
taken to hospital)."""


_BREATHED = re.compile(r"吸(?:了|入了?)(?:有毒|有害|刺激性)(?:的)?(?:气体|烟雾|烟)|吸了毒气")
"""A gas breathed, as people post it (说是吸了有毒气体): the signs shown are a poisoning's."""


_BREATHED_THEN_COUNTED = re.compile(
    r"吸入了?(?:毒气|有毒气体|有害气体|刺激性气体|氯气|氨气|硫化氢)(?:中毒)?(?:后)?(?:被)?(?:送医|送往医院|住院|就医|入院"
    # (those who went to hospital, told who they were and risen to: 因吸入有毒气体到医院就诊的周边村民已增至126人)
    r"|(?:到|去)医院就诊|就诊)"
    r"(?:治疗|观察)?(?:的(?:周边|附近)?(?:村民|居民|群众|人员|学生|师生|员工|工人)?)?(?:人数)?(?:已经|已)?[：:]?"
    # (risen from last night's: 因吸入氨气送医的周边居民由昨晚的38人增至57人)
    rf"(?:{RISEN_FROM})?"
    rf"(?:达到|达|共|共计|累计|增至|升至|增加到|上升到|上升至)?(?P<num>{NUM})(?P<more>余|多)?(?:名|人|例)"
)
"""Those who breathed a gas and were taken to hospital, counted after (周边居民吸入有毒气体送医112人)."""


def poisoning_symptoms(text: str) -> list[Mention]:
    """The people told as showing a poisoning's signs (``120余名村民出现头晕、胸闷、呕吐等中毒症状``; after a toxic
    gas let out, 中毒 unsaid: ``有毒气体外泄，…130多名村民出现胸闷、呕吐等症状``)."""
    out: list[Mention] = []
    released = (
        _RELEASED.search(text) is not None
        or "吸入" in text
        or any(words in text for words in POSTED_RELEASES)
        or _BREATHED.search(text) is not None
    )  # (因吸入毒气送医: the gas told by its harm; 说是吸了有毒气体)
    found = (_SYMPTOMS if released else _SYMPTOMS_OF_POISONING).finditer(text)
    if released and "吸入" in text:
        found = chain(found, _BREATHED_THEN_COUNTED.finditer(text))  # (周边居民吸入有毒气体送医112人)
    for m in found:
        parsed = parse_count(m.group("num"))
        if parsed is not None:
            more = m.group("more") or ""
            bound = Bound.ABOUT if more == "来" else Bound.AT_LEAST if more else parsed[1]
            more = "约" if more == "来" else "多" if more == "几" else more  # (三十来个人: about thirty; 十几个: some)
            if pre := m.groupdict().get("pre"):  # (近百名群众出现中毒症状: nearly a hundred)
                bound, more = (Bound.ABOUT if pre in APPROXIMATE_WORDS else Bound.AT_LEAST), pre
            out.append(Mention(Kind.INJURED, parsed[0], bound, m.group(), m.start(), qualifier=more, poisoned=True))
    return out


_ONE_POSTED = (
    r"(?:男的|女的|阿姨|大伯|大爷|大妈|大叔|大姐|大哥|小哥|大嫂|老人|老太太?|小孩|孩子|小朋友|司机|师傅|工人|老板娘?|小伙子?"
    r"|女子|男子|骑手|我爸|我妈|老爸|老妈|爸爸|妈妈|爷爷|奶奶|儿子|女儿|老公|老婆"
    r"|外卖员|快递员|路人|学生|店主|摊主|婶婶|婶子|叔叔|伯伯|老伯|男孩|女孩|店员|服务员|顾客|老头|娃娃|娃"
    r"|老爷爷|老奶奶|阿婆|阿公|外卖小哥|快递小哥|小哥|网管|游客|驴友|乘客|行人|村民"
    r"|女童|男童|表弟|表哥|表姐|表妹|弟弟|哥哥|姐姐|妹妹"
    # (workers by their trade: 一名女工在操作切纸机时，右手三根手指被切断)
    r"|女工|员工|职工|电焊工|电工|焊工|维修工|检修工|农机手"
    # (at work on the land, in the hills: 74岁菜农被困棚内一夜 获救时双脚冻伤)
    r"|菜农|果农|老农|农民|农户|渔民|护林员|环卫工|保安|门卫"
    # (at a hospital or a school: 急诊科医生被醉酒患者打至鼻骨骨折)
    r"|医生|护士|大夫|医护人员|老师|教师|民警|辅警)"
)
_HURT_POSTED = (
    r"(?:被[^，,。；;\s被]{0,4}?(?:撞|砸|打(?!到)|砍|戳|扎|刺|烫|咬|炸|刮|踩)(?:倒在地|倒了|破了?|到了?|飞|翻了?)|(?:砸|磕|擦|摔)破(?:了|点)?皮?|擦破皮"
    # (the part broken, no verb: 额头破了, 头都破了)
    r"|(?:额头|头|脑袋|脸|嘴|膝盖)(?:都|也)?破了"
    r"|流了(?:好多|很多|不少|一地)?的?血|流(?:好多|很多|不少|一地)的?血|(?:身上|头上|腿上|脸上|满脸|满头)?都是血|骨折了?"
    r"|(?:满脸|满头|满身|一脸|一身|浑身)(?:都)?是血|(?:脸上|头上|身上)?全是血|血流了一脸|血流满面"
    r"|(?:腿|手|手臂|胳膊|手指|脚)(?:都)?(?:被)?(?:摔|撞|压|砸|卷|轧|绞)?断了"
    # (一个老爷爷脚崴了, 腰扭伤了)
    r"|(?:脚|腿|腰|手腕|脚踝|脚脖子)(?:都|也)?(?:崴|扭)(?:了|伤了?|到了)"
    # (有个老奶奶被烟呛晕了, 老板娘被熏晕了, 手被划了个大口子)
    r"|(?:呛|熏|震|电|热)晕|划了?(?:个|一道|一个)?(?:好大的?|很大的?)?大?口子|划伤|割伤"
    # (有个小孩被烟呛到了, 老板手上烫了好几个泡)
    # (or smoked: 三个工人被烟熏到了 被救护车拉走了)
    r"|被(?:浓)?烟(?:呛|熏)(?:到|伤)|烫(?:了|出|起)?(?:好几个|几个|一个|好多|一些)?(?:水)?泡"
    # (struck by the heat, as people post it: 隔壁个阿婆中暑了，救护车拉走了)
    r"|中暑(?:了|晕倒|倒地|昏迷)"
    # (小伙子脑袋被开了瓢, 打得头破血流)
    r"|被?开了?瓢|头破血流|(?:一直|还|好像)?在流血"
    # (一个老头被打进ICU了, 砸到楼下一个小娃娃 头上缝了8针)
    r"|打(?:进|到)了?(?:ICU|重症|医院)|进了?ICU|缝了?(?:[\d一二两三四五六七八九十几]+|好多|好几|很多)针"
    # (still in intensive care: 目前仍在重症监护室治疗)
    r"|(?:仍|还|目前|正)*在(?:重症监护室|ICU)(?:治疗|抢救|救治)"
    # (女子遭丈夫长期家暴 昨晚被打至多处骨折)
    # (or the part told: 急诊科医生被醉酒患者打至鼻骨骨折)
    r"|打(?:至|成|得|致)(?:多处|[^，,。；;\s]{1,4}?)?骨折"
    # (一个师傅手被机器压了)
    r"|(?:手|腿|脚|胳膊|手指)被[^，,。；;\s]{0,4}?(?:压|砸|卷|夹|轧)(?:了|伤|住了?)"
    # (fingers cut off or crushed, a scalp torn: 三根手指被切断, 两根手指离断, 四根手指都压烂了, 头皮都扯掉一块)
    # (a finger by its name, cut by what: 不慎将左手拇指锯断; 右手三根手指压断了)
    r"|(?:手指|指头|脚趾|拇指|食指|中指|无名指|小指)(?:都|也)?(?:被)?(?:[^，,。；;\s]{0,4}?)?"
    r"(?:切断|切掉|离断|压烂|压碎|压断|砸断|锯断|夹断|截断|绞断|轧断|炸断|炸掉|炸烂)"
    # (frostbitten: 获救时双脚冻伤)
    r"|(?:双脚|双手|手脚|脚|手|脚趾|手指|耳朵|脸)(?:都|也)?(?:被)?冻(?:伤|坏|烂)"
    r"|头皮(?:都|也)?(?:被)?(?:扯掉|撕掉|扯下))"
)
STRUCK_ONE = r"(?:砸中|砸到|击中)其"
"""The one just told, struck (一块钢板坠落，砸中其胸部): one hurt, no one named."""
STILL_IN_ICU = r"(?:仍在|正在)(?:医院)?(?:重症监护室|ICU|重症病房)"
"""One still in intensive care as a report is written (目前仍在重症监护室抢救): one hurt."""
HURT_POSTED_WORDS = (
    *("砸破", "磕破", "擦破", "摔破", "是血", "血流", "戳到", "戳伤", "被炸", "骨折"),
    *("头破了", "头都破了", "头也破了", "脸破了", "嘴破了", "盖破了"),
    *("好多血", "很多血", "不少血", "一地血", "流了血", "了一地的血", "开了瓢", "开瓢", "头破血流"),
    *("呛晕", "熏晕", "震晕", "电晕", "热晕", "大口子", "道口子", "个口子", "划伤", "割伤", "抢救", "撞翻"),
    *("ICU", "打进医院", "打到医院", "打进重症", "缝了", "在流血", "受伤的", "重症监护室"),
    *("崴了", "崴伤", "崴到", "扭了", "扭伤", "扭到"),
    *("烟呛到", "烟呛伤", "烟熏到", "烟熏伤", "个泡", "多泡", "些泡", "水泡", "烫了泡", "烫出泡", "烫起泡"),
    *(f"{cut}{hurt}了" for cut in "砍捅刺扎" for hurt in ("", "伤")),
    *("刮倒", "刮破", "刮飞", "踩到"),
    *(f"{breathed}{smoke}" for breathed in ("吸入", "呛入") for smoke in ("烟气", "浓烟", "烟雾", "了烟", "有毒烟")),
    *("中暑", "热射病"),
    *(f"{part}被" for part in ("手", "腿", "脚", "膊", "指")),  # (一个师傅手被机器压了)
    # (the ambulance's, and those taken to hospital: 120拉走两个, 另一个被120送到医院, 两个人都送医院了; not 拉到 or
    # 另一个 alone, common words of complaints)
    *(f"{by}{took}" for by in ("120", "救护车") for took in ("拉走", "送走", "拉去", "送去", "接走", "来把")),
    *(f"个{all_}被{by}" for all_ in ("", "都", "人", "人都") for by in ("120", "救护车")),
    *(f"{other}{how}" for other in ("另一个", "另外一个", "另一人") for how in ("被", "送", "拉")),
    *("都送医院", "都送到医院", "都送去医院", "都拉到医院", "都拉去医院", "都被送"),
    *(f"个{took}{to}医院" for took in ("送", "拉", "被送", "被拉") for to in ("到", "去", "往")),
    *(f"{part}断了" for part in ("指", "腿", "手", "脚", "膊", "臂", "都")),
    *("切断", "切掉", "离断", "压烂", "压碎", "绞断", "轧断", "扯掉", "撕掉", "扯下", "炸断", "炸掉", "炸烂"),
    *("压断", "砸断", "锯断", "夹断", "截断"),
    *(f"冻{how}" for how in "伤坏烂"),
    "摔断",
    # (not 砸伤, 烫伤: verbs of hurting someone, which :mod:`classifier.unnumbered` reads)
    *(f"{hit}{how}" for hit in "撞砸打砍戳扎刺烫咬炸" for how in "倒破到飞" if f"{hit}{how}" != "打到"),
    "砸中",
    *("重症监护室", "ICU", "重症病房"),
)
"""One of which every match of :data:`_HURT_AS_POSTED` holds."""
_HURT_AS_POSTED = Prefiltered(
    re.compile(
        # one person named, then what hurt them (电瓶车上的阿姨被撞倒在地 腿上都是血, 有个男的头被砸破了流了好多血)
        # (not past a count of others: 挤倒了一排小朋友 有四个小朋友擦破皮)
        rf"(?:(?<![\d一二两三四五六七八九十几多])(?:一个|有个|一名|一位|一)?(?P<who>{_ONE_POSTED})"
        rf"(?:(?:(?![{CN_NUMERALS}几]个)[^，,。；;！!？?\n\d]){{0,16}}?{_HURT_POSTED}"
        # (or the part of the body told in the next clause or the one after: 有个工人手被压机压到了，三根手指都断了;
        # 有个游客下山的时候踩空 从台阶上滚下去了 腿摔断了走不了)
        # (or which hand first: 一名工人在操作圆盘锯时，左手3根手指被锯断)
        rf"|(?:[^，,。；;！!？?\n\d]{{0,16}}?[，,\s]\s*){{1,2}}?(?:听说|好像)?(?:[左右双][手脚])?(?:[一二两三四五六七八九十\d]根)?"
        r"(?:手指|手臂|手|腿|脚|胳膊|额头|头|脑袋|脸)(?:都)?(?:被)?"
        # (司机自己爬出来的，额头破了; or cut off: 左手3根手指被锯断)
        r"(?:(?:压|砸|撞|摔|磕)?(?:断了|骨折|破了)|(?<=被)[锯切绞轧压夹砸]断)"
        # (or what befell them told in the next clause or the one after, of one counted or one's own:
        # 一名6岁女童摔下来，头上缝了5针; not past others counted)
        rf"|(?P<later>(?:(?:(?![{CN_NUMERALS}几]个)[^，,。；;！!？?\n\d]){{0,16}}?[，,\s]\s*){{1,2}}?"
        rf"(?:(?![{CN_NUMERALS}几]个)[^，,。；;！!？?\n\d]){{0,4}}?"
        rf"{_HURT_POSTED}))"
        # or one of those counted, no noun (三个人都还活着，就是有一个下山时摔了一跤腿骨折了)
        rf"|(?<![\d一二两三四五六七八九十几多还另])(?:有一个|有个|其中一个)(?![人])[^，,。；;！!？?\n\d]{{0,12}}?{_HURT_POSTED}"
        # or people counted (还有三个擦破皮), or struck (砸到两个在等家长的学生)
        rf"|(?P<n>{NUM})(?:个|名|位)[^，,。；;！!？?\n\d]{{0,6}}?{_HURT_POSTED}"
        # or the hurt counted, or those taken to hospital (受伤的两个被救护车拉走了, 两个人都送医院了,
        # 120来把两个人都拉走了)
        rf"|受伤的(?P<n4>{NUM})个|(?:(?P<n5>{NUM})个人?都|(?:还有|另外)(?P<n9>{NUM})个人?)(?:被)?(?:送|拉)(?:到|去|往)?了?医院"
        rf"|(?:120|救护车)来?把(?P<n6>{NUM})个人?都(?:拉走|送走|送到医院|拉到医院)"
        # or another taken to hospital (另一个被120送到医院)
        r"|(?:另一个|另外一个|另一人)被?(?:120|救护车)?(?:送|拉)(?:到|去|往)了?[^，,。；;！!？?\s\d]{0,6}?医院"
        # or those the ambulance took (120拉走两个), or one taken to be saved (拉去衢州抢救了; not where anyone died)
        rf"|(?:120|救护车)(?:拉走|送走|拉去|送去|接走)了?(?P<n3>{NUM})个"
        # (or counted first: 已经救下来好几个人，有两个被120拉走了)
        rf"|(?<![\d.])(?P<n11>{NUM})个(?:人)?(?:都)?被(?:120|救护车)(?:拉走|送走|拉去|送去|接走)"
        r"|(?P<saved>(?:拉去|送去|拉到)[^，,。；;！!？?\s\d]{0,8}?抢救(?!无效))"
        # (where they stood between: 塔吊倒了 砸到下面一个工人)
        rf"|砸(?:到|中|伤)了?(?:下面|下方|楼下|底下)?(?P<n2>{NUM})(?:个|名|位)(?=[^，,。；;！!？?\n\d]{{0,8}}?(?:人|学生|孩子|小孩|路人|行人|老人))"
        # (or one passing by, as people post it: 正好砸到路过的一个阿婆)
        rf"|砸(?:到|中)了?[^，,。；;！!？?\s\d]{{1,4}}?的(?:一个|一位|一名)(?={_ONE_POSTED})"
        # (or the one just told, by the part struck: 一块约200公斤的钢板坠落，砸中其胸部)
        rf"|(?P<struck_one>{STRUCK_ONE}(?=头|胸|腿|脚|手|腰|背|肩|身|面|脸))"
        # or one still in intensive care as it is written (目前仍在重症监护室抢救; not 被送往重症监护室抢救, who may
        # have died since)
        rf"|(?P<icu>{STILL_IN_ICU}(?:抢救|治疗|救治)?)"
        # or those who breathed a fire's smoke, taken to hospital (5人因吸入烟气送医治疗)
        rf"|(?P<n8>{NUM})(?:名|人|位)[^，,。；;！!？?\s\d]{{0,4}}?因?(?:吸入|呛入)(?:了)?(?:烟气|浓烟|烟雾|有毒烟气)"
        # (or a hospital by its name: 另1人因吸入烟气被送往江山市中医院治疗)
        r"(?:不适|中毒)?(?:被)?(?:送医|送院|(?:送往|送到|送至)[^，,。；;！!？?\s\d]{0,8}?医院|住院|就医|入院)"
        # or those struck by the heat, taken to hospital (养老院空调停运，5名老人中暑送医)
        # (or their signs: 27名学生出现中暑症状被送往医院)
        rf"|(?P<n10>{NUM})(?:余|多)?(?:名|人|位)[^，,。；;！!？?\s\d]{{0,4}}?(?:出现)?因?(?:高温|天热|酷热|闷热)?(?:中暑|热射病)(?:症状)?"
        r"(?:晕倒|昏迷|倒地)?"
        r"(?:被)?(?:送医|送院|(?:送往|送到|送至)[^，,。；;！!？?\s\d]{0,8}?医院|住院|就医|入院)"
        # or one a knife struck, named after it (有个男的拿刀把网管砍了)
        r"|(?:拿刀|持刀|用刀|拿着刀)把[^，,。；;！!？?\s\d]{1,6}?(?:砍|捅|刺|扎)(?:了|伤了?)"
        # or those a knife struck, counted after it (拿刀砍人 砍了两个卖菜的; not 砍了两个小时)
        rf"|(?:砍|捅|刺|扎)(?:伤)?了(?P<n7>{NUM})(?:个|名)(?=人|[^，,。；;！!？?\s\d]{{1,4}}的)"
        r")"
    )
)
"""People hurt as people post it, told by what befell them, no word of injury (电瓶车上的阿姨被撞倒在地 腿上都是血,
有个男的头被砸破了流了好多血, 一个腿断了, 还有三个擦破皮): the injured, one where a person is named, at least."""


_THEN_DIED = re.compile(r"[^，,。；;！!？?]{0,3}?(?:死亡|身亡|遇难|丧生|当场死亡|没了)")
_NEARLY = re.compile(r"差点|差一点|险些|险些|几乎")
_HURT_BY = re.compile(r"被|砸|磕|撞|吸入|呛入|中暑|热射病|(?:压|锯|夹|切|截|绞|轧|炸)断|离断")
"""What hurt them, told with the hurt (被撞倒在地, 头被砸破, 因吸入烟气送医, 三根手指压断了): an incident of itself."""
_INCIDENT_HINT = re.compile(
    r"撞|砸|摔|跌|打起来|干起来|打架|挤|爆炸|炸了|着火|起火|火灾|火情|失火|翻|塌|卷进|卷入|砍|刀|车祸|事故|坠|往下掉|掉下|失控"
    r"|冲到坎|冲下坎|没气了|绞进|绞断|触电|电击"
    # (a child pushed or pinned, a gate fallen on one, a beating: 被同学从滑梯上推下来, 压到一个小朋友, 被几个人围殴)
    r"|推下|推倒|压到|压倒|夹住|断裂|围殴|殴打|家暴|打至|打致|打进|被打|跌入|跌落|掉进|坠入"
    # (the ambulance that came: 司机自己爬出来的，额头破了，被120拉去医院了)
    r"|120|救护车"
    # (a disaster's: 一辆拉毛竹的货车被埋了半截 司机…额头流了好多血, 下冰雹了…头上砸破了)
    r"|埋|冲垮|冲走|冰雹|雷|泥石流|滑坡"
)
"""An incident told in the sentence of a bone broken or blood (一辆电瓶车和拖拉机撞了，骑车的大伯…流了好多血)."""


_RESULT_CLAUSE = re.compile(r"[，,]\s*(?:致|导致|造成|被)")
_OPENS_SENTENCE = re.compile(r"(?:^|[。！？!?\n])[\u4e00-\u9fff]{0,2}$")
"""Right before one named who opens their sentence (外卖骑手…, a trade of two characters at most before them)."""
_ONE_OF_THEM = re.compile(
    # (or little: 前面一个小男孩…)
    r"(?:一个|有个|一名|一位|我|我家|我的)(?:\d{1,2}岁的?)?(?:小|老)?$"
    # (or what they were doing between: 一名在贺村镇某不锈钢制品厂上夜班的工人)
    r"|(?:一名|一位)[^，,。；;！!？?\n]{1,20}的$"
)
"""Right before someone named, what makes them the subject told of (一名6岁女童, 我表弟)."""


_ALIKE_AFTER = re.compile(
    # (as people post it, counted by 个 with a space for the comma: 二十几个人摔倒 都是轻伤)
    rf"(?<![\d.])(?P<num>{NUM})(?P<more>余|多|(?<=十)几)?(?:名|人|位|个)[^，,。；;！!？?伤\d\s]{{0,16}}?[，,\s]"
    r"(?:伤者)?(?:均|都|全部|皆)(?:为|系|是|属|受)?(?:(?P<minor>轻伤|轻微伤)|重伤)"
    # (the hurt counted, a clause between, then all of them said so: 造成55名候诊群众受伤，经医院评估，伤者均为重伤)
    # (or by whom they were judged so: 11名工人受伤，经医院评估均为重伤)
    # (or counted as the hurt, then where they were taken: 13名伤者被送往医院，经医院评估均为重伤)
    rf"|(?<![\d.])(?P<num2>{NUM})(?P<more2>余|多)?(?:名|人|位)"
    # (or hurt by what struck them: 58名游客被蜇伤后送医，经医院评估，伤者均为重伤)
    r"(?:[^，,。；;！!？?\d\s]{0,10}?受伤|[^，,。；;！!？?\d\s]{0,8}?(?<=[蜇咬烧烫砸撞刺砍炸])伤[^，,。；;！!？?\d\s]{0,6}?"
    r"|(?:伤者|伤员)[^，,。；;！!？?\d\s]{0,12}?)[，,]"
    # (or both: 造成12人受伤，经医院评估伤者均为重伤)
    r"(?:(?:[^，,。；;！!？?\d]{1,12}[，,])?(?:伤者|伤员)|经[^，,。；;！!？?\d]{1,10}?(?:评估|鉴定|诊断|检查)(?:[，,]?(?:伤者|伤员))?)"
    r"(?:均|都|全部|皆)(?:为|系|是|属)?(?:(?P<minor2>轻伤|轻微伤)|重伤)"
)


def hurt_alike(text: str) -> list[Mention]:
    """People counted, what struck them, then all said lightly or badly hurt in the next clause, no word of
    hurt before (``11名观众被烟花碎片击中，均为轻伤``: eleven lightly hurt); ``3人受伤，均为轻伤`` is the injured
    figure's, read with it."""
    out: list[Mention] = []
    for m in _ALIKE_AFTER.finditer(text):
        parsed = parse_count(m.group("num") or m.group("num2"))
        if parsed is not None:
            kind = Kind.MINOR if m.group("minor") or m.group("minor2") else Kind.SERIOUS
            more = m.group("more") or m.group("more2") or ""
            bound = Bound.AT_LEAST if more else parsed[1]
            out.append(Mention(kind, parsed[0], bound, m.group(), m.start(), qualifier=more))
    return out


_TOLL_TOLD = re.compile(
    rf"(?<![\d.])(?:{NUM})(?:名|人|个)[^，,。；;！!？?\d]{{0,4}}?(?:死亡|身亡|遇难|死了|没了|受伤|重伤|轻伤)"
)
"""A toll told in figures of its own (其中1人死亡), of which those struck are no more."""
_STRUCK_HURT = re.compile(
    r"[^。；;！!？?\n]{0,24}?(?:头部|头上|脑袋|腿|手|胳膊|身上|背部|肩|送医|送往|送到|120|救护车|医院|拉走|流血|血)"
)
"""Where the struck were hit or that they were cared for, after them (砸中一名工人头部, 砸到下面一个工人 120拉走了)."""
_STRUCK_AT = re.compile(r"砸中|下面|下方|楼下|底下")
"""Struck as a report tells it, or where they stood: whether it hurt them is told after (not 砸到两个路人)."""
_COUNT_GROUPS = ("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11")


def hurt_as_posted(text: str) -> list[Mention]:
    """The people ``text`` tells hurt as people post it (:data:`_HURT_AS_POSTED`)."""
    out: list[Mention] = []
    for m in _HURT_AS_POSTED.finditer(text):
        if _THEN_DIED.match(text, m.end()) is not None:
            continue  # 2名工人被炸飞死亡: the dead
        if (
            _NEARLY.search(m.group()) is not None
            or _NEARLY.search(text, max(0, m.start() - 4), m.start())
            or (_HURT_BY.search(m.group()) is None and _INCIDENT_HINT.search(text) is None)
        ):
            continue  # 老人都摔倒差点骨折: nearly; 小孩手受伤骨折了 in a complaint about an exam: no incident told
        if (
            m.group("later")
            and _ONE_OF_THEM.search(text, max(0, m.start() - 24), m.start()) is None
            # (or counted in the match: 一名工人在操作…时左手被卷入，两根手指离断)
            and not m.group().startswith(("一个", "有个", "一名", "一位"))
            # (but one named as what befell them: 司机被卡在里面，头上都是血)
            and not (m.group("who") and text.startswith("被", m.end("who")) and _HURT_BY.search(m.group()))
            # (or the sentence's subject, opening it, the harm told as what befell them: 外卖骑手…跌入无井盖的窨井，
            # 致左腿骨折; not 我妈…帮我带孩子，摔倒了骨折, a question about insurance)
            and not (
                m.group("who")
                and _OPENS_SENTENCE.search(text, max(0, m.start() - 4), m.start()) is not None
                and _RESULT_CLAUSE.search(m.group()) is not None
            )
        ):
            continue  # 帮我带孩子，摔倒了骨折: the one named is no subject of the clause that tells the harm
        if (m.group("saved") or m.group("struck_one") or m.group("icu")) and ("死" in text or "没了" in text):
            continue  # (送去抢救 of one who died; 砸中其胸部，…经抢救无效死亡; 在重症监护室抢救…死亡)
        group = next((g for g in _COUNT_GROUPS if m.group(g)), None)
        if group == "n2" and (
            _TOLL_TOLD.search(text) is not None
            or (_STRUCK_AT.search(m.group()) is not None and _STRUCK_HURT.search(text, m.end()) is None)
        ):
            # those struck, whose toll the sentence tells (砸中3名路人，其中1人死亡), or told of no harm or care
            # (钢板砸中两名作业人员。…造成1人死亡、1人受伤: the toll is another sentence's)
            continue
        counted = m.group(group) if group is not None else None
        parsed = parse_count(counted) if counted else (1.0, Bound.AT_LEAST)
        more = text[m.end(group) : m.end(group) + 1] if group is not None else ""
        if parsed is not None and more in ("余", "多"):
            parsed = (parsed[0], Bound.AT_LEAST)  # 40余名新生中暑送医: forty at least
        if parsed is not None:
            qualifier = ("" if more not in ("余", "多") else more) if counted else "至少"
            out.append(
                Mention(
                    Kind.INJURED,
                    parsed[0],
                    parsed[1],
                    m.group(),
                    m.start(),
                    qualifier=qualifier,
                    unnumbered=not counted,
                )
            )
    return out


_REST_MISSING = Prefiltered(
    re.compile(
        # (一船十五六个人 捞上来三个 剩下的到现在都没找着)
        # (or as people post it: 一辆拉了五十多个游客的旅游大巴)
        # (a post's space is its comma: 我爸在那条渡船上😭 船上有四十多号人)
        # (or a headline's: 长江一载48人渡船倾覆 目前仅救起11人)
        r"(?:船上|机上|车上|车内|井下|舱内|艇上|载有|搭载|乘载|实载|一船|拉了|拉着|(?<=一)载(?=\d))[^，,。；;！!？?\d\s]{0,10}?"
        # (the time of the count between: 截至今晨6时已救起19人)
        # (about so many, as people post it: 船上二十来个工人 救上来六个 其他的到现在都没找着)
        # (who they were between: 渡船上有四十多个去赶集的村民)
        # (or by what they went for, as people post it: 渡船上四十来个去赶集的，到现在只捞上来五个)
        # (or at length: 船上有二十几个去对岸工地干活的工人)
        # (号人: 船上有四十多号人)
        rf"(?<![\d.])(?P<total>{NUM})(?P<more>余|多|来|(?<=十)几)?(?:名|人|个人|号人|个(?:[^，,。；;！!？?\d]{{1,9}}?的)?(?:工人|乘客|游客|村民|船员|渔民|矿工)"
        r"|个[^，,。；;！!？?\d]{1,6}?的(?=[，,\s]))"
        # (not those trapped: 井下22人被困，已有10人升井，其余人员仍在搜救中 are no missing)
        r"(?!被困|受困)"
        # (the time since between: 渡船倾覆事故已过去72小时，目前仅14人获救)
        # (who they were at length: 载有210名乘客和船员的客滚船昨晚在琼州海峡突遇强对流天气翻沉，截至今晨6时已救起37人)
        r"(?:[^。；;！!？?\d]|\d{1,2}(?=[时点])|\d{1,3}(?=个?小时))"
        r"{0,36}?"
        # (只救上来20来个: about so many)
        # (only so many, the search going on: 目前仅救起14人，搜救仍在持续)
        # (or only so many among those saved: 现在救上来的只有11个)
        rf"(?P<only>仅|只)?(?:(?:救起|救出|救上岸|搜救出|救上来|捞上来|捞起)(?:来|了)?(?:的只有|的仅有|的就)?(?P<alive>{NUM})(?:来|多|余)?(?:名|人|个)"
        # (or brought up from a mine: 事发时井下共有49人，目前仅15人成功升井)
        # (saved alive: 仅6人获救生还)
        rf"|(?P<alive2>{NUM})(?:名|人)(?:获救(?:生还)?|被救起?|生还|脱险|被救出|(?:成功|安全)?升井|脱困))"
        # (the dead counted between, not of the rest: 已救起14人，确认遇难23人，其余人员仍在全力搜救中)
        rf"(?:[，,、](?:已|已经)?(?:确认|证实)?(?:遇难|死亡)(?P<dead>{NUM})(?:名|人)"
        rf"|[，,、](?P<dead2>{NUM})(?:名|人)(?:已|已经)?(?:确认|证实)?(?:遇难|死亡)"
        # (or some of those saved dead after, still of those saved: 已救起19人，其中2人经抢救无效死亡，其余人员…)
        rf"|[，,、]其中{NUM}(?:名|人)(?:经(?:抢救|救治|医治)无效)?(?:已|已经)?(?:死亡|身亡|遇难))?"
        # (the rest counted too: 捞上来三个，剩下的十二个到现在都没找着)
        rf"(?:[^。；;！!？?\d]{{0,8}}?(?:其余|其他|剩下)(?:的)?(?:[{CN_NUMERALS}]{{1,3}}个)?(?:人员|人|乘客|旅客|船员|游客|村民|工人|矿工)?"
        r"(?:一个)?(?:到现在|至今|现在)?(?:一个)?(?:均|仍|全部|暂时|目前|都)?"
        # (dead or missing, not told which: 仅7人生还，其余人员遇难或下落不明)
        r"(?:(?:遇难|死亡)或)?"
        # (as people post it: 船上二十多个人，到现在只救上来8个，其他的都还没找到; 剩下的一个都还没找到)
        # (or still sought: 截至目前已救起6人，其余人员仍在全力搜寻中)
        # (其他人还在捞)
        r"(?:下落不明|失联|失踪|还?没(?:有)?找(?:到|着)|在(?:全力|紧张|加紧)?(?:搜救|搜寻|搜索|寻找)(?!到)|还在(?:捞|找))"
        # (or only some saved as the search goes on: 载有50余名赶集村民的机动渡船…倾覆，目前仅12人获救，搜救仍在持续)
        # (or a headline's only so many saved, its end: 长江一载48人渡船倾覆 目前仅救起11人)
        # (a headline's space its comma: 载有62人的渡船在乌江倾覆 目前仅救起15人 搜救仍在持续)
        r"|(?(only)(?:[，,\s](?:搜救|搜寻|救援)(?:工作)?(?:仍在|正在|还在|仍|继续)|(?=\s*$|\n))|(?!)))"
    )
)
"""Those aboard, some saved, the rest missing with no number told (``船上共有46人 目前已救起9人 其余人员下落不明``):
the rest are the missing."""
ONLY_SAVED_WORDS = (
    *(
        f"{only}{saved}"
        for only in "仅只"
        for saved in ("救起", "救出", "救上岸", "搜救出", "救上来", "捞上来", "捞起")
    ),
    *(f"人{how}升井" for how in ("", "成功", "安全")),
    "人脱困",
)
"""Of the matches of :data:`_REST_MISSING` that hold no casualty word (only some saved, the search going on:
目前仅救起14人，搜救仍在持续), one of which each holds (or a word of :data:`SURVIVED_WORDS`)."""


def rest_missing(text: str) -> list[Mention]:
    """The missing told as the rest of those aboard after the saved (``船上共有46人，已救起9人，其余人员下落不明``:
    37, at least as many as more were aboard than said)."""
    out: list[Mention] = []
    for m in _REST_MISSING.finditer(text):
        total, alive = parse_count(m.group("total")), parse_count(m.group("alive") or m.group("alive2"))
        dead = parse_count(m.group("dead") or m.group("dead2") or "0")
        if total is None or alive is None or dead is None or total[0] <= alive[0] + dead[0]:
            continue
        more = m.group("more")
        bound = Bound.AT_LEAST if total[1] is Bound.AT_LEAST or more in ("余", "多") else Bound.EXACT
        bound = Bound.ABOUT if more == "来" else bound
        if alive[1] is not Bound.EXACT or total[1] is Bound.ABOUT:
            bound = Bound.ABOUT
        out.append(Mention(Kind.MISSING, total[0] - alive[0] - dead[0], bound, m.group(), m.start()))
    return out


_MISSING_DEAD = Prefiltered(
    re.compile(
        rf"(?<![\d.])(?P<num>{NUM})(?:名|人|位)(?:失联|失踪)的?(?:人员|者|群众|村民|游客|驴友|船员|渔民|矿工|工人)"
        r"(?:已经|已|均已|均|经|先后|被|不幸)*(?:确认|证实)?(?:已经|已|均已|不幸)*(?:遇难|死亡|身亡|罹难|丧生)"
        # (the count after the word, found later gone: 落水失联的1名男子，已于今天上午9时许被搜救人员找到，已无生命体征)
        rf"|(?:失联|失踪)的(?P<num2>{NUM})(?:名|人|位)(?:人员|者|男子|女子|群众|村民|游客|驴友|船员|渔民|矿工|工人|钓友|老人|儿童)"
        r"[，,]?(?:已经|已)?(?:于[^，,。；;！!？?]{0,16}?)?(?:被[^，,。；;！!？?]{0,10}?)?(?:找到|寻获|发现|打捞上岸|打捞出水)"
        r"[，,]?(?:但)?(?:已无生命体征|已经死亡|已死亡|确认死亡|已遇难|已经遇难|已溺亡)"
    )
)


def missing_found_dead(text: str) -> list[Mention]:
    """Deaths of people told as the missing (``3名失踪村民已确认遇难``: three deaths, whom
    :func:`classifier.missing.still_missing` takes off the missing); the 失踪 there names them and
    is no figure of its own."""
    out: list[Mention] = []
    for m in _MISSING_DEAD.finditer(text):
        parsed = parse_count(m.group("num") or m.group("num2"))
        if parsed is not None:
            out.append(Mention(Kind.DEATHS, parsed[0], parsed[1], m.group(), m.start()))
    return out


_REVISED_ACROSS = re.compile(
    # (a clause between: 遇难人数有误，经公安机关逐一核对，由15人核减为13人)
    # (who they were between: 遇难中国游客人数经中泰双方逐一核对，由12人核减为9人)
    rf"(?P<word>死亡|遇难|罹难|失联|失踪|受伤)(?:者|[\u4e00-\u9fff]{{1,4}}?)?人数[^，,。；;！!？?\d：:]{{0,20}}?[，,：:]\s*"
    # (or whose figure it was: 由此前通报的13人核减为10人)
    rf"(?:[^，,。；;！!？?\d：:]{{1,16}}[，,]\s*)?由(?:此前|之前|原|初步)?(?:通报|报告|公布|统计|发布)?的?(?P<from>{NUM})(?:名|人)?"
    r"(?:核减|下调|调减|减少|调整|修正|更正|核实|上调|调增|增加)(?:为|至|到)"
    rf"(?P<to>{NUM})(?:名|人)"
)
"""A toll revised after a clause telling how it was checked, or a label (遇难人数经公安机关逐一核对，由12人核减为9人;
遇难人数核减：由15人下调至13人)."""


def revised_across(text: str) -> list[Mention]:
    """Tolls revised after a clause between the count's word and its figures (:data:`_REVISED_ACROSS`): the
    later figure, as an update."""
    out: list[Mention] = []
    for m in _REVISED_ACROSS.finditer(text):
        parsed = parse_count(m.group("to"))
        kind = WORDS.get(m.group("word"))
        if parsed is not None and kind is not None:
            out.append(Mention(kind, parsed[0], parsed[1], m.group(), m.start(), update=True))
    return out


def respectively(text: str) -> list[Mention]:
    """Figures listed in the order of their words: ``死亡、失踪人数分别为12人、3人``."""
    out: list[Mention] = []
    for m in _RESPECTIVELY.finditer(text):
        words = [WORDS[w.group()] for w in WORD.finditer(m.group("words"))]
        numbers = [parse_count(n.group("num")) for n in _RESPECTIVE_NUMBER.finditer(m.group("nums"))]
        if len(words) != len(numbers) or None in numbers:
            continue
        for kind, parsed in zip(words, numbers, strict=True):
            if parsed is not None:
                out.append(Mention(kind, parsed[0], parsed[1], m.group(), m.start()))
    return out


_COMPACT_MARK = re.compile(rf"[\d{CN_NUMERALS}伍陆余多人名](?:死|亡|重伤|轻伤|伤|失联|失踪)")
"""What every compact toll holds: a figure's mark right after its number (or after 余, 多, 人, 名). Most
sentences hold none, and one search for it costs far less than trying :data:`_COMPACT` at every number."""


_VERB_FIRST = Prefiltered(
    re.compile(
        # 死3人伤5人, 死1人、重伤2人: the verb before its number (not 撞死3人, 打死, 病死: a killing or an illness),
        # also as people say it (塌方死了3个人); not the 死 of a number's (2死31人中毒: two dead, 31 poisoned)
        # (nearly so many: 死了近十个人)
        rf"(?<![打撞砍杀捅炸压烧淹砸毒勒掐咬踩饿冻电病老生该找致\d{CN_NUMERALS}余多])死了?(?P<pre>近|将近)?(?P<num>{NUM})(?P<suf>余|多)?"
        # (死了十二个工人: a noun of people after 个)
        # (or an emoji after 个: 新闻出来了 死了12个😭😭; or 了 first: 刚看新闻说死了14个了)
        rf"(?:个?(?:人|名)|个(?=(?:了|啦)?(?:[^\u4e00-\u9fff\dA-Za-z]|$)|{_PEOPLE}))"
        # (and the hurt as people post them: 死了1个 伤了3个)
        rf"(?:[、，,\s]?受?(?P<k>重伤|轻伤|伤|失踪|失联)了?(?P<num2>{NUM})(?P<suf2>余|多)?(?:人|名|个人?))?"
    )
)


_DIED_FEW = re.compile(r"(?<![打撞砍杀捅炸压烧淹砸毒])死了(?P<few>俩|仨)")
"""Two or three dead, as people post it (脚手架突然塌了 压了五六个人 死了俩)."""
_COUNT_THEN_DIED = re.compile(
    rf"(?<![\d.{CN_NUMERALS}])(?P<num>{NUM})(?P<suf>余|多)?个?(?:人|名)(?:都|全都|全|当场|就|已经|已)*(?:死了|没了)"
    r"(?=[，,。；;！!？?\s啊呀哇啦呢]|$)"
)
"""People counted, then 死了 (or 没了) at their clause's end, as people post it (KTV着火了 三个人死了,
已经确认三十多个人没了)."""
_BADLY_HURT_COUNTED = re.compile(
    rf"(?:伤得很重|伤得很严重|伤得不轻|伤势很重|伤势严重|重伤)的(?:就)?(?:有|是)?(?P<num>{NUM})(?P<suf>余|多)?个"
)
"""The badly hurt counted after them, as people post it (伤得很重的有十几个, 重伤的有五十六个)."""
_COUNTED_ALL_BADLY_HURT = re.compile(
    rf"(?<![\d.{CN_NUMERALS}])(?P<num>{NUM})(?P<suf>余|多)?个(?:人)?(?P<all>都|全都|全部|全)?"
    r"(?:伤得很重|伤得很严重|伤得不轻|伤势很重|伤势严重|是重伤|重伤)"
)
"""People counted, all of them badly hurt, or those of them after 其中, as people post it (受伤的十二个都伤得很重,
十五个工人受伤，其中十个伤势严重)."""
_SWEPT_COUNTED = re.compile(rf"(?:冲走|卷走)了(?P<num>{NUM})(?P<suf>余|多)?个(?=[，,。；;！!？?\s]|$)")
"""Those water swept away, counted with 个 alone after it, as people post it (玩水的人被突然涨起来的水冲走了三十多个):
missing (冲走了三个人 is read as any count of people is)."""
_LOST_COUNTED = re.compile(
    # (bodies found, counted after: 到现在找到遗体的只有六个)
    rf"(?<![病饿冻老])(?P<what>死亡失踪|死亡和失踪|遇难和失踪|死亡、失踪|死了|死|遇难|(?:找到|捞到|找着|发现)(?:了)?遗体)的"
    r"(?:人)?(?:已经|已|有|是|共|达|只有|才)*"
    rf"(?P<num>{NUM})(?P<suf>余|多)?个"
)
"""The dead, or the dead and missing, counted after them, as people post it (台风过后我们县死亡失踪的已经四十多个了)."""
_BITTEN = re.compile(
    rf"(?:狗|犬|猫|蛇|猴子?|野猪)[^。；;！!？?\d]{{0,12}}?咬(?:伤)?了?(?P<num>{NUM})(?P<suf>余|多)?"
    r"(?:个|名)(?:人|村民|小孩|孩子|学生|路人|老人)"
)
"""People an animal bit, counted after the bite (一条疑似疯狗 一下午咬了七八个人): the injured."""
_GONE_ON_THE_SPOT = re.compile(rf"当场(?:就)?(?:走了|没了)(?P<num>{NUM})个(?:人)?")
"""Those gone on the spot, counted after it, as people post it (小客车里五个人 听说当场走了四个)."""
_KILLED_COUNT = re.compile(rf"[打撞砍杀捅炸压烧淹砸勒掐踩]死了?(?P<num>{NUM})个(?=[^\u4e00-\u9fff\dA-Za-z]|$)")
"""Those a killing or a crash took, counted with 个 alone at their clause's end, as people post it (见人就砍 砍死了三个,
撞死了两个; 砍死了三个人 is read as any count of people is)."""


def _verb_first(text: str) -> list[Mention]:
    out: list[Mention] = []
    told = _COUNT_THEN_DIED.finditer(text) if "死了" in text or "没了" in text else ()
    killed = _KILLED_COUNT.finditer(text) if "个" in text else ()
    gone = _GONE_ON_THE_SPOT.finditer(text) if "当场" in text else ()
    badly = _BADLY_HURT_COUNTED.finditer(text) if "的" in text else ()
    all_badly = (
        (m for m in _COUNTED_ALL_BADLY_HURT.finditer(text) if m.group("all") or text.endswith("其中", 0, m.start()))
        if "伤" in text
        else ()
    )
    for bite in _BITTEN.finditer(text) if "咬" in text else ():
        parsed = parse_count(bite.group("num"))
        if parsed is not None and not unreal_before(text, bite.start()):
            bound = Bound.AT_LEAST if bite.group("suf") else parsed[1]
            out.append(Mention(Kind.INJURED, parsed[0], bound, bite.group(), bite.start()))
    for lost in _LOST_COUNTED.finditer(text) if "的" in text else ():
        parsed = parse_count(lost.group("num"))
        if parsed is None or unreal_before(text, lost.start()):
            continue
        both = "失踪" in lost.group("what")
        bound = Bound.AT_LEAST if lost.group("suf") else parsed[1]
        kind = Kind.MISSING if both else Kind.DEATHS
        out.append(Mention(kind, parsed[0], bound, lost.group(), lost.start(), with_deaths=both))
    for few in _DIED_FEW.finditer(text) if "死了" in text else ():
        if not unreal_before(text, few.start()):
            out.append(
                Mention(Kind.DEATHS, 3 if few.group("few") == "仨" else 2, Bound.EXACT, few.group(), few.start())
            )
    swept = _SWEPT_COUNTED.finditer(text) if "走了" in text else ()
    for m in (*_VERB_FIRST.finditer(text), *told, *killed, *gone, *badly, *all_badly, *swept):
        if unreal_before(text, m.start()):
            continue  # 差点死了3个人: a near miss
        if m.group().startswith("死了") and m.group("num").lstrip("好") in ("几", "数"):
            continue  # 已经死了几个人了: a complaint's count of the years, no toll of an incident (死了十几个人 is one)
        badly_hurt = m.re is _BADLY_HURT_COUNTED or m.re is _COUNTED_ALL_BADLY_HURT
        kind = Kind.SERIOUS if badly_hurt else Kind.MISSING if m.re is _SWEPT_COUNTED else Kind.DEATHS
        parts = [(kind, "num", "suf")]
        if m.groupdict().get("k"):
            parts.append((_COMPACT_KIND[m.group("k")], "num2", "suf2"))
        for kind, num, suf in parts:
            parsed = parse_count(m.group(num))
            if parsed is None:
                continue
            value, bound = parsed
            qualifier = m.groupdict().get(suf) or ""
            if num == "num" and m.groupdict().get("pre") in ("近", "将近"):
                qualifier, bound = "近", Bound.ABOUT  # (死了近十个人: fewer than ten, as 近十人死亡 reads)
            out.append(
                Mention(
                    kind,
                    value,
                    Bound.AT_LEAST if qualifier in ("余", "多") else bound,
                    m.group(),
                    m.start(),
                    False,
                    qualifier,
                )
            )
    return out


_NONE_FOUND = re.compile(
    rf"(?<![\d.{CN_NUMERALS}])(?P<total>{NUM})(?P<more>余|多|来)?(?:个|名)(?:人|工人|船员|村民|渔民|乘客|游客|孩子|小孩)?"
    # (none of them: 船上三十多个人，到现在一个都没找到; 十几个人掉江里，到现在一个都还没找到)
    # (not the rest after some saved: 二十几个工人 捞上来七个 剩下的一个都还没找到, :func:`rest_missing`)
    r"(?:(?!救|捞|剩|其他|其余)[^。；;！!？?\d]){0,24}?(?:一个|一个人)(?:都|也)(?:还)?(?:没有?|未)(?:找到|找着|找见|捞到|捞上来)"
)
"""Those aboard or fallen in, none of them found, as people post it: the missing (the rest after some saved:
:func:`rest_missing`)."""


def _none_found(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _NONE_FOUND.finditer(text):
        total = parse_count(m.group("total"))
        if total is None or unreal_before(text, m.start()):
            continue
        bound = Bound.AT_LEAST if m.group("more") in ("余", "多") else Bound.ABOUT if m.group("more") else total[1]
        out.append(Mention(Kind.MISSING, total[0], bound, m.group(), m.start()))
    return out


def compact(text: str) -> list[Mention]:
    out: list[Mention] = (
        _verb_first(text)
        if "死" in text
        or "当场" in text
        or "伤" in text
        or "遇难" in text
        or "咬" in text
        or "遗体" in text
        or "没了" in text
        or "走了" in text
        else []
    )
    if "没找" in text or "没有找" in text or "没捞" in text:
        out += _none_found(text)
    if _COMPACT_MARK.search(text) is None:
        return out
    for m in _COMPACT.finditer(text):
        whole = m.group("all").rstrip("、，,")
        parts = list(_COMPACT_PART.finditer(whole))
        # the character after the figures, which may be the punctuation they took in (3死3伤，伤者…:
        # a comma, not the 伤 of 伤者)
        after = m.group("all")[len(whole)] if len(whole) < len(m.group("all")) else m.group("after")
        if not parts or after in _COMPACT_NOT_AFTER:
            continue
        arabic = any(p.group("num")[0].isdigit() for p in parts)
        ends_clause = not after or BREAK.match(after) is not None
        # (or a count of people follows, another figure's: 两死三人受伤)
        if not arabic and len(parts) < 2 and not ends_clause and not _PEOPLE_NEXT.match(text, m.end("all")):
            continue  # 九死一生, 一死了之: idioms, not figures
        for p in parts:
            parsed = parse_count(p.group("num"))
            if parsed is None:
                continue
            value, bound = parsed
            if p.group("suf"):
                bound = Bound.AT_LEAST
            elif p.group("pre"):
                bound = Bound.ABOUT if p.group("pre") in APPROXIMATE_WORDS else Bound.AT_LEAST
            out.append(
                Mention(
                    Kind.SERIOUS if p.group("badly") else _COMPACT_KIND[p.group("d") or p.group("k")],
                    value,
                    bound,
                    whole,
                    m.start(),
                    False,
                    p.group("suf") or p.group("pre") or "",
                )
            )
    return out


_NOT_LOST_GAP = re.compile(r"赔付|赔偿|理赔|保额|可能|或将|将会|会(?!计|同|商|议|员|长|场|所|审)")
"""Between 损失 and its amount, a payout or a hypothesis (损失最高赔付5000万元, 损失可能超过亿元)."""
_SAVED_BEFORE = re.compile(r"(?:挽回|避免|减少|防止)了?(?:直接)?(?:经济|财产)?$")
"""Right before a loss, what was saved (挽回经济损失约5000万元)."""


def losses(text: str, ruin_before: bool = False) -> list[Mention]:
    """The losses ``text`` states: direct economic loss, the loss an incident caused, and the value
    of what it burned or destroyed (``烧毁货物价值约2000万元``), each read as written. ``ruin_before``:
    a fire or a disaster is told before ``text`` (a sentence), whose loss it may tell bare (:data:`_RUIN_LOSS`)."""
    out: list[Mention] = []
    valued = ("价值" in text or "货值" in text) and _DESTROYED_WORD.search(text) is not None
    burned = (
        "烧掉" in text
        or "烧没" in text
        or "烧光" in text
        or (("少说" in text or "起码" in text) and ("火" in text or "烧" in text))
    )
    if "损失" not in text and not valued and not burned:
        return out  # (the amount-first patterns would be tried at every character)
    found_here: list[re.Match[str]] = []
    if "损失" in text:
        found_here = [*_LOSS.finditer(text), *_LOSS_AFTER.finditer(text), *_LOSS_TABLE.finditer(text)]
        # 半夜着火…听说损失七八千万: a fire's (or a disaster's) loss as people post it (or in a sentence after its:
        # 仓库…全部烧光。据企业负责人初步估算，损失超过一个亿)
        if ruin_before or RUIN_TOLD.search(text) is not None:
            found_here += _RUIN_LOSS.finditer(text)
        if _AMOUNT_THEN_LOSS.search(text) is not None:  # (an amount right before 损失: few texts)
            found_here += _LOSS_CAUSED.finditer(text)
            if ruin_before or RUIN_TOLD.search(text) is not None:
                found_here += _LOSS_CAUSED_AFTER_RUIN.finditer(text)
    if burned:  # (in 万 or 亿 only)
        found_here += [m for m in _BURNED_AWAY.finditer(text) if "亿" in m.group() or "万" in m.group()]
    if valued:
        found_here += [
            m
            for m in (*_VALUE_LOST.finditer(text), *_VALUE_BEFORE.finditer(text))
            if _SAVED.search(text, _clause_start(text, m.start()), _clause_end(text, m.end())) is None
            and ("毁坏" not in m.group() or _DAMAGED_BY.search(text, 0, m.end()) is not None)
        ]
    for m in found_here:
        found = m.groupdict()
        quote = m.group()
        if (revised := _REVISED_TO.match(text, m.end())) is not None:
            found = {**found, **revised.groupdict()}  # 由4800万元上调至5200万元: the later amount
            quote = text[m.start() : revised.end()]
        amount = found["amount"] or ""
        unit = found["unit"] or ""
        if not amount and not unit:
            continue
        if not amount and unit:
            amount, unit = unit, ""
        gap = found.get("gap") or ""
        if _NOT_LOST_GAP.search(gap) or _SAVED_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # 损失最高赔付5000万元, 若发生火灾，损失可能超过亿元, 挽回经济损失约5000万元: no loss incurred
        counted = bool(found.get("pre") or (unit and found.get("suf")))  # 上千万元, 千余万元 (1000万 and more)
        if _UNIT_ONLY.fullmatch(amount) and not counted and not any(w in gap for w in ("逾", "超")):
            continue  # 损失（万元）: a unit alone is no amount (but 逾亿元, 上千万元, 千余万元 are)
        if (
            "元" not in quote
            and "直接" not in found["head"]
            and not _BY_INCIDENT.match(found["head"])
            and not found["head"].startswith(("烧掉", "烧没", "烧光", *_GOODS, *_AT_LEAST))
            and not (found["head"] == "损失" and ("万" in quote or "亿" in quote))  # (_RUIN_LOSS's)
        ):
            # 经济损失超千万: a complaint's reckoning; an amount without 元 counts only as a direct loss
            # or as the loss an incident caused (爆炸事故损失超5千万)
            continue
        above = 0.0
        if unit in ("万", "百万", "千万") and "亿" in amount[:-1]:
            # 一亿两千多万: 1亿, and 两千多 of the unit after it (not 一亿两千 of 万)
            whole, _, amount = amount.rpartition("亿")
            above = parse_amount(whole + "亿") or 0.0
        value = parse_amount(amount)
        if value is None:
            continue
        half = found.get("suf") == "半"  # 一个半亿: 1.5亿
        value = above + (value + 0.5 if half else value) * (AMOUNT_UNITS[unit] if unit else 1.0)
        suffix = "" if half else found.get("suf")
        if above and suffix:
            suffix = "超过"  # (一亿两千多万: more than 1.2亿, not 1.2多亿)
        qualifier = found.get("pre") or suffix or found.get("suf2") or found.get("after") or ""
        if not qualifier and ("约" in gap or "近" in gap):
            qualifier = "约" if "约" in gap else "近"
        bound = Bound.EXACT
        if not qualifier and found["head"].startswith((*_GOODS, *_AT_LEAST)):
            qualifier = "至少"  # 货少说有两三千万: the least the owner puts it at
        if qualifier in APPROXIMATE_WORDS or qualifier == "左右":
            bound = Bound.ABOUT
        elif qualifier:
            bound = Bound.AT_LEAST
        elif any(w in gap for w in ("超过", "逾", "超")):
            bound, qualifier = Bound.AT_LEAST, "超过"
        elif amount[0] in "数几":  # 数千万元, 几百万元: two thousand, two hundred at least
            bound, qualifier = Bound.AT_LEAST, "以上"
        left_out = INDIRECT if found.get("indirect") else ""
        # (revised as told between: 直接经济损失核减为7900万元, the figure that replaces the first estimate)
        lowered = bool(gap) and CORRECTED.search(gap) is not None
        out.append(Mention(Kind.LOSS, value, bound, quote, m.start(), lowered, qualifier, left_out=left_out))
    return out


_ALL_OF_THEM = re.compile(r"(?:均|全部|全都|都|皆)(?:已经|已|经|当场|不幸|先后|确认|不同程度地?)*$")
_DIED_AFTER = (
    # (after being brought out or to hospital: 2人被埋，救出后经抢救无效殒命)
    r"[^，,。；;\d]{0,6}[，,](?:被)?(?:救出|挖出|送医|送院|送往医院|送至医院)?"
    r"(?:随后|后|后经|经|虽经|因|送医后经|送医后)[^，,。；;\d]{0,10}?"
    r"(?:抢救无效|医治无效|伤重不治|伤势过重|不治)"
)
_UNFORTUNATELY = re.compile(
    r"[^，,。；;！!？?\d]{0,24}[，,](?:均|都|全部|先后)?(?:不幸|英勇|光荣|壮烈)(?:[^，,。；;！!？?\d]{0,4}?)$"
)
"""People counted, what they were doing, then in the next clause their deaths with no one else named
(``4名初中生相约到须江大桥下游戏水，不幸溺亡``, ``2名男子河边钓鱼，不幸落水身亡``): the number is the toll."""
_THEY_DIED = re.compile(
    # (what they were doing told before who they were: 3名正在作业的工人随架体坠落，经送医抢救无效死亡)
    # (or who brought them out: 3人被消防救援人员救出后送医，经抢救无效死亡)
    r"(?:正在[^，,。；;\d]{1,6}?的|被[^，,。；;\d]{1,8}?(?:救出|挖出|抬出|救起|捞起)后?)?[^，,。；;\d]{0,8}?(?:被埋|被困|被压|被砸|埋压|掩埋|落水|坠落|坠入|触电|中毒|溺水|被撞|受伤|烧伤|送医|送往医院"
    # (or taken to a named hospital: 3人被救出后送往镇卫生院，经抢救无效死亡)
    r"|吸入|呛|窒息|昏迷|烫伤|砸中|卷入|中暑|冻伤|雷击|遭雷|送往[^，,。；;\d]{0,6}?(?:医院|卫生院))"
    # (a clause of their rescue between: 一家三口被困火场，经消防救援人员救出后送医，经抢救无效死亡)
    r"(?:[^，,。；;\d]{0,6}[，,][^，,。；;\d]{0,16}?(?:救出|挖出|抬出|送医|送往医院)[^，,。；;\d]{0,4}?(?=[，,]))?"
    + _DIED_AFTER
)
"""Victims, then in the next clause their death after rescue, no one else named (两名工人被埋，经抢救无效死亡): the
number is the toll."""
_DIED_OF_IT = re.compile(_DIED_AFTER)
_THEY_WERE_POISONED = re.compile(
    r"(?:(?!会|要|可能|将|易|以后|慢性)[^，,、。；;！!？?\d\s]){0,20}"
    # (a doctor's finding: 12名女工相继晕倒，经诊断均为急性一氧化碳中毒)
    r"(?:[，,\s](?:经(?:医院|医生)?(?:诊断|检查|确诊)[，,]?)?(?:导致|致使|造成|引起|引发|致|均|都|全部|先后|发生|出现|为|系)*)?"
    r"(?:(?!会|要|可能|将|易|以后|慢性)[^，,、。；;！!？?\d\s]){0,6}"
)
"""Victims, then what they did and in their clause or the next what poisoned them, no one else named
(``一家四口因…烧炭取暖，导致一氧化碳中毒``, a headline's ``一家四口烧炭取暖 一氧化碳中毒``): the number is the
poisoned; not one feared (``几十万人都要喝…的水，以后会慢性中毒``)."""
_FOUND_LIFELESS = re.compile(
    r"[^，,。；;\d]{0,8}?(?:被救起|被救出|救出|被打捞|打捞上岸|被找到|找到|被发现|被挖出|被搜救出)[^，,。；;\d]{0,6}[，,]"
    r"(?:但|可|然而)?(?:经(?:120|999)?[^，,。；;\d]{0,12}?(?:确认|诊断|检查))?(?:已经|已|却已|却)?$"
)
"""Victims brought out, then in the next clause found lifeless, no one else named (两名儿童被救起，但已无
生命体征; 3人被救出，经120医护人员现场确认已无生命体征: 120 is the ambulance's number): the number is the
toll."""
_THEY_WENT_MISSING = re.compile(
    # (who they were between, their age too: 一名在溪边洗衣的72岁村民被洪水冲走)
    # (and what swept them away: 3名钓鱼者被暴涨的溪水冲走)
    r"(?:[^，,。；;\d]|\d{1,3}岁){0,24}?(?:被(?:[^，,。；;\d被]{0,4}?(?:山洪|洪水|水流|急流|河水|溪水|江水|大水|激流|洪流|水))?(?:冲走|卷走)|被卷入|落水|坠河|坠江|坠海|失足|走失|被困"
    # (a fall into water told at length: 一名工人不慎落入江中，目前下落不明)
    r"|(?:落入|坠入|掉入|跌入)[江河水湖海]中)"
    r"[^，,。；;\d]{0,6}[，,](?:至今|目前|截至目前|现|仍|尚|均|全部|都|已)*$"
)
"""Victims, then in the next clause their being missing, no one else named (3名游客被冲走，至今下落不明):
the number is the missing."""


_AMONG_THEM = re.compile(r"[^，,。；;\d]{1,6}?中(?:已经?|目前|现)?有")
"""Some of those counted before (8名矿工中已有3人): the number after it is theirs."""
_ALL_SERIOUS = re.compile(r"[^，,。；;\d]{0,8}[，,](?:且|其|伤者|伤员)?(?:均|都|全部|全都|皆)(?:为|是|系|属于?|已)?")


def all_of_them(text: str, before: list[Tok], chain: list[Tok]) -> Mention | None:
    """A lone number, then in the next clause a lone casualty word said of all of them
    (``被困的4名矿工已全部找到，均已无生命体征``, ``三名工人被埋，经抢救无效死亡``), or a number
    of people hurt whose next clause says they died (``一家三口中毒，经抢救无效死亡``) or were all badly hurt
    (``12名工人受伤住院，均为重伤``): the number is the figure."""
    if len(chain) != 1 or before[0].kind is not None:
        return None
    if len(before) == 2 and before[1].kind is None and _AMONG_THEM.fullmatch(text, before[0].end, before[1].start):
        before = before[1:]  # 被困的8名矿工中已有3人被找到，均已无生命体征: the three
    num, word = before[0], chain[0]
    if word.kind is Kind.INJURED and word.base == "中毒":
        # 一家四口因在门窗紧闭的房间内烧炭取暖，导致一氧化碳中毒: the people poisoned
        said = len(before) == 1 and _THEY_WERE_POISONED.fullmatch(text, num.end, word.start) is not None
    elif word.kind in (Kind.INJURED, Kind.MINOR) or (word.kind is Kind.SERIOUS and len(before) == 1):
        # 5名游客从约2米高处跌落，均受轻伤, 3名工人被埋，均受重伤: all of them hurt, said so
        said = len(before) == 1 and _ALL_OF_THEM.search(text, num.end, word.start) is not None
    elif word.kind not in (Kind.DEATHS, Kind.MISSING, Kind.SERIOUS):
        return None
    elif word.kind is Kind.SERIOUS:
        # 12名工人受伤住院，均为重伤: how badly all of them are hurt
        said = (
            len(before) == 2
            and before[1].kind is Kind.INJURED
            and _ALL_SERIOUS.fullmatch(text, before[1].end, word.start) is not None
        )
    elif len(before) == 2 and before[1].kind in (Kind.INJURED, Kind.SERIOUS):
        # 一家三口一氧化碳中毒，经抢救无效死亡: the people hurt died
        said = word.kind is Kind.DEATHS and _DIED_OF_IT.fullmatch(text, before[1].end, word.start) is not None
    else:
        gap = (num.end, word.start)
        said = len(before) == 1 and bool(
            _ALL_OF_THEM.search(text, *gap)
            or _THEY_DIED.fullmatch(text, *gap)
            or (word.kind is Kind.DEATHS and _FOUND_LIFELESS.fullmatch(text, *gap))
            or (word.kind is Kind.DEATHS and _UNFORTUNATELY.fullmatch(text, *gap))
            or (word.kind is Kind.MISSING and _THEY_WENT_MISSING.fullmatch(text, *gap))
        )
    if not said or word.kind is None:
        return None
    quote = text[num.start : word.end]
    return Mention(word.kind, num.value, num.bound, quote, num.start, False, num.qualifier, upper=num.upper)

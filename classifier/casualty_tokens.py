"""The words and numbers casualty figures are read from (:mod:`classifier.casualties`).

What a figure counts (:class:`Kind`), a figure as the text states it (:class:`Mention`), the
casualty words of each kind (死亡/遇难 …, 失踪, 重伤, 轻伤, 受伤 …, verbs of killing and hurting),
and :func:`read_tokens`, which cuts a sentence into casualty words and numbers of people (``3人``,
``12名``, ``多人``, ``4男生``), leaving out words negated, averted or imagined (``无人员伤亡``,
``避免…伤亡``, ``险些造成…死亡``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from classifier.keywords import longest_first
from classifier.numbers import APPROXIMATE_WORDS, CN_NUMERALS, NUM, QUALIFIERS, Bound, count_range, parse_count
from classifier.prefilter import Prefiltered
from classifier.unnumbered import PEOPLE_NOUNS

INDIRECT = "间接经济损失：条例按直接经济损失定级"
FOUND = "失踪/失联人员已找到"
SETTLED = "此后所报最终伤亡（“至此”）中已无失踪/失联人员"
ILLNESS = "因病或自然死亡，非突发事件伤亡"
ASKED = "问句：问的是人数，不是所报伤亡"


class Kind(StrEnum):
    """What a figure counts."""

    DEATHS = "deaths"
    MISSING = "missing"
    SERIOUS = "serious"
    MINOR = "minor"
    INJURED = "injured"
    """Injured, severity not stated (受伤, 伤者); also 伤亡 (dead and injured together)."""
    LOSS = "loss"
    """Direct economic loss, in 元."""
    FOREST = "forest"
    """Forest a fire damaged (受害森林面积), in 公顷 (:mod:`classifier.forest_areas`)."""
    BURNED = "burned"
    """Area a forest fire burned over (过火面积), in 公顷: it holds land other than forest."""

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    Kind.DEATHS: "死亡",
    Kind.MISSING: "失踪/失联",
    Kind.SERIOUS: "重伤",
    Kind.MINOR: "轻伤",
    Kind.INJURED: "受伤",
    Kind.LOSS: "直接经济损失",
    Kind.FOREST: "受害森林面积",
    Kind.BURNED: "过火面积",
}
AREAS = (Kind.FOREST, Kind.BURNED)
"""Kinds counted in 公顷."""
PEOPLE_KINDS = (Kind.DEATHS, Kind.MISSING, Kind.SERIOUS, Kind.MINOR, Kind.INJURED)
"""Kinds counted in people."""


@dataclass(frozen=True)
class Mention:
    """One figure as the text states it."""

    kind: Kind
    value: float
    """People, 元 for :attr:`Kind.LOSS`, 公顷 for :data:`AREAS`."""
    bound: Bound
    quote: str
    """The words it was read from, as written."""
    start: int
    """Offset of the quote in the text."""
    update: bool = False
    """Stated as a rise or update (升至, 增至 …)."""
    qualifier: str = ""
    """The word that made it inexact (余, 多, 近, 约 …), if any."""
    unnumbered: bool = False
    """Stated without a number (司机当场死亡, 刺伤网管): one person, or two (双双身亡), at least."""
    others: str = ""
    """People named with the number but not counted, their number unwritten (``2名学生和家长``:
    家长): the figure is a lower bound."""
    left_out: str = ""
    """Why this figure, though read, is not the event's (an indirect loss: ``间接经济损失``; missing
    people found: ``失联的3名驴友已全部获救``), so the reasons can say it was left out."""
    with_deaths: bool = False
    """A :attr:`Kind.MISSING` figure of the dead and the missing together (``死亡、失踪12人``,
    ``12人死亡失踪``)."""
    found_unstated: float = 0.0
    """Of a :attr:`Kind.MISSING` figure of those still missing, how many of the missing were found
    without saying whether alive or dead (``已找到8人``): the desk is asked to check."""
    poisoned: bool = False
    """A :attr:`Kind.SERIOUS` figure of the people a poisoning at work struck, read from those treated
    (``发生急性职业中毒，15名工人送医``: 中毒 not in its quote), which the 条例 counts as 重伤."""
    upper: float = 0.0
    """The upper end of a figure stated as a range (``3至5人``, ``七八人``: :attr:`value` is the
    lower end, and the figure a lower bound); 0 when it is no range."""

    @property
    def count(self) -> int:
        return int(self.value)


# --- tokens ------------------------------------------------------------------------------------

_KILLING = "杀砍刺捅撞轧碾打炸烧压砸淹溺勒掐毒咬踩摔冻饿闷捂电害"
_HURTING = "打刺砍捅撞轧碾炸烧烫压砸咬踩扎击摔殴划割抓蜇顶夹绞挤拱"
_TRANSITIVE = frozenset(
    {*(f"{v}死" for v in _KILLING), "杀害", "射杀", "枪杀", "连杀", "误伤", "伤人", *(f"{v}伤" for v in _HURTING)}
)
"""Verbs whose figure follows them (砍死1人); a number before them is the doer (3名歹徒砍死1人)."""
AGENTIVE = frozenset(
    {
        *(f"{v}{r}" for v in "杀砍刺捅打殴扎划割咬掐勒捂害抓击撞轧碾" for r in "死伤"),
        "杀害",
        "射杀",
        "枪杀",
        "连杀",
        "误伤",
        "伤人",
    }
)
"""Verbs of someone acting on someone: without a number after them, a number before them is the
doer (七名歹徒闯入网吧刺伤网管), unless the sentence is passive (24名村民被打伤). Verbs of
something happening to someone (烧死, 摔伤, 砸伤) keep the number before them (3人烧伤)."""

WORDS: dict[str, Kind] = {
    **dict.fromkeys(
        (
            "死亡",
            "遇难",
            "罹难",
            "身亡",
            # 身故: not of an insurance or a pension (身故保险金, 身故理赔, 身故后的抚恤金: :data:`_NOT_AFTER`)
            "身故",
            "丧生",
            "殒命",
            "丧命",
            "离世",
            "去世",
            "死者",
            "亡者",
            "无生命体征",
            "没有生命体征",
            # (无呼吸心跳 as Taiwan reports it, 没有呼吸和心跳)
            "无呼吸心跳",
            "没有呼吸和心跳",
            "没有呼吸心跳",
            "遗体",
            "尸体",
            "浮尸",  # a body found in water (峡口水库库尾发现一具男性浮尸)
            "溺亡",
            "坠亡",
            "遇害",
            "殉职",
            "牺牲",
            "猝死",
            "死于",
            "之死",
            "致死",
            "毙命",
            # Hong Kong wording, simplified (3名工人堕毙, 男子坠毙, 1人溺毙)
            "堕毙",
            "坠毙",
            "溺毙",
            "命丧",
            # 一家4口葬身火海 (not 死无葬身之地, a curse)
            "葬身",
            "中毒死",
            # none of them survived: 车上17人无一生还
            "无一生还",
            "无人生还",
            "无一幸免",
            "全部罹难",
            # headline forms: 员工洗澡中毒亡, 少女坠楼亡
            *(f"{how}亡" for how in ("中毒", "坠楼", "溺水", "触电", "车祸")),
            # killed by someone or something: 撞死2人, 杀死一家3口, 3人被烧死
            *(f"{verb}死" for verb in _KILLING),
            "杀害",
            "射杀",
            "枪杀",
            "连杀",
            "被杀",
            # died after treatment (送医后1人不治, 伤重不治): after treatment or wounds (:data:`_TREATED_BEFORE`)
            "不治",
            # 其中1人经抢救无效。: only ending its sentence (经抢救无效死亡: the word is 死亡)
            "抢救无效",
            "医治无效",
            "救治无效",
            # spoken: 送到医院没救过来 (not 差点没救过来: a near miss, :data:`_IMAGINED`)
            *(
                f"{no}{save}{back}"
                for no in ("没", "没有", "没能")
                for save in ("救", "抢救")
                for back in ("过来", "回来")
            ),
            # spoken: 人当场就不行了, 当场就没气了 (died on the spot; not 这个方案当场就不行了)
            *(f"当场{just}没气了" for just in ("", "就")),
            *(
                f"{who}当场{just}{gone}"
                for who in (
                    *("人", "他", "她", "司机", "老人", "孩子", "男子", "女子", "骑手", "伤者"),
                    # (骑摩托的小伙子当场就没了)
                    *("小伙子", "小伙", "大叔", "大爷", "阿姨", "男孩", "女孩", "师傅", "老汉"),
                )
                for just in ("", "就")
                for gone in ("不行了", "没了", "走了")
            ),
        ),
        Kind.DEATHS,
    ),
    **dict.fromkeys(("失联", "失踪", "下落不明"), Kind.MISSING),
    **dict.fromkeys(
        (
            "重伤",
            "受重伤",
            "伤势严重",
            "伤势较重",
            "伤情严重",
            "伤情较重",
            "伤情危重",
            # spoken (后座的女孩子被甩出去好几米，伤得很重; 看着伤得不轻)
            "伤得很重",
            "伤得很严重",
            "伤得不轻",
            # said the other way round or with 比较 (2人严重受伤, 受伤严重, 司机伤情比较严重), as 伤势严重
            "严重受伤",
            "受伤严重",
            "伤势比较严重",
            "伤情比较严重",
            "危重",
            "病危",
            "生命垂危",
            # in danger of their life, or still (2人有生命危险, 1人尚未脱离生命危险); not out of it
            # (已脱离生命危险) or never in it (均无生命危险)
            "有生命危险",
            "未脱离生命危险",
            # Hong Kong and Taiwan wording (1人命危, 2人情況危殆)
            "命危",
            "危殆",
            "急性工业中毒",
            "重症",
            "工业中毒",
            *(f"{how}{burn}" for how in ("严重", "重度", "大面积") for burn in ("烧伤", "烫伤", "灼伤")),
        ),
        Kind.SERIOUS,
    ),
    **dict.fromkeys(("轻伤", "受轻伤", "轻微伤", "伤势较轻", "伤情较轻", "轻微擦伤", "擦伤", "轻微受伤"), Kind.MINOR),
    # (a doctor's finding: 经诊断为多处软组织挫伤; not 挫伤积极性)
    "软组织挫伤": Kind.MINOR,
    # slightly, as people post it (两个师傅受了点轻伤, 受了点小伤)
    **dict.fromkeys(("受了点轻伤", "受了点伤", "受了点小伤", "受了些轻伤", "受了点皮外伤"), Kind.MINOR),
    # burns told slight (1人轻微烧伤, 2人轻度烫伤), as severe ones are told serious above
    **dict.fromkeys((f"{how}{burn}" for how in ("轻微", "轻度") for burn in ("烧伤", "烫伤", "灼伤")), Kind.MINOR),
    **dict.fromkeys(
        (
            "受伤",
            "负伤",
            # some lightly, some seriously hurt, how many each unsaid (3名工人轻重伤): not 重伤
            "轻重伤",
            "受轻重伤",
            # a bone broken, its severity unstated (司机腿部骨折), or a part bruised (右手被卷入揉捻盘，手掌严重挫伤;
            # read as a break is: not 挫伤积极性)
            "骨折",
            "挫伤",
            "伤者",
            "伤员",
            "伤亡",
            "死伤",
            "误伤",
            "伤人",
            "中毒",
            # struck by the heat (28名装卸工人…先后出现头晕、呕吐等中暑症状，被送往医院救治)
            "中暑",
            "伤",
            # hurt by someone or something: 打伤三名群众, 2人被烧伤
            *(f"{verb}伤" for verb in _HURTING),
        ),
        Kind.INJURED,
    ),
}
# 致死, 撞死 … are not the start of 死亡 (导致死亡: the word is 死亡)
# 被杀 of people, not 被杀害 (杀害 is the word), 被杀毒软件, 被杀价 or 被杀手
# 不治 of a death ends its clause or precedes 而亡 (not 不治之症, 治标不治本, 不治理; 不治身亡 is read
# as 身亡)
_ENDS_SENTENCE = "(?=[。；;！!？?\\n]|$)"
_NOT_AFTER = {
    "被杀": "(?!害|毒|价|菌|虫|手)",
    "命危": "(?!险|害)",
    "不治": '(?=[，,。；;！!？?、\\s）)”"]|$|而亡)',
    "身故": (
        "(?!金|赔|最高赔|最高可赔|最高|可获赔|可赔|受益|理赔|给付|责任|保障|保额|保险|险|抚恤|补助|补贴|待遇|证明|证)"
    ),
    **dict.fromkeys(("抢救无效", "医治无效", "救治无效"), _ENDS_SENTENCE),
    # (not a kind of incident, 一氧化碳中毒亡人事件, 溺水亡人事故: incidents that took a life, none counted)
    **{f"{how}亡": "(?!人(?:事件|事故|火灾|案件|警情))" for how in ("中毒", "坠楼", "溺水", "触电", "车祸")},
}
_NOT_AFTER_DEATH = {"致死": "(?!亡|伤)"}
"""致死伤20余人: 死伤 is the word (and 致死亡, as every word ending in 死 before 亡: 死亡 is)."""
_NOT_BEFORE = {"连杀": "(?<![\\d一二三四五六七八九十两])", "死于": "(?<!生)", "致死": "(?<![可能会易])"}
"""连杀 of a game's kills counted (三连杀, 五连杀) is no killing; the 死于 of 置…生死于不顾 no death; 可致死
what a thing can do (误食毒蘑菇可致死), no one dead."""
WORD_RE = "|".join(
    _NOT_BEFORE.get(w, "") + (w + _NOT_AFTER_DEATH.get(w, "(?!亡)") if w.endswith("死") else w + _NOT_AFTER.get(w, ""))
    for w in sorted(WORDS, key=len, reverse=True)
)
_PERSON_NOUNS = (
    "男子|女子|男生|女生|学生|小学生|中学生|初中生|高中生|大学生|儿童|男孩|女孩|男童|女童|少年|青年|老人|孩子|小孩"
    "|村民|渔民|工人|民工|女工|矿工|游客"
    "|乘客|船员|士兵|军人|警察|民警|员工|职工|工友|师生|囚犯|食客|居民|亲人|家人|邻居|同事|同学"
    "|民众|群众|行人|路人|市民|农民|司机"
)
_SITE_PEOPLE = (
    # as reports and posts name those at a site, counted right before them (两个服务员受伤, 三个顾客被困,
    # 没有顾客受伤); not with two characters between (04户型业主 is a flat's type, not four owners)
    "服务员|营业员|店员|顾客|客人|住户|租客|业主|老师|教师|医生|护士|病人|患者|孕妇|妇女|婴儿|幼儿|小朋友"
    "|大爷|大妈|阿姨|老太|小伙|骑手|外卖员|快递员|快递小哥|环卫工|保安|保洁员|驾驶员|驾驶人|乘车人"
    "|施工人员|工作人员|学徒|厨师|伙计|钓友|驴友|队员|消防员|救援人员|干部|老乡|姑娘|老头|朋友|亲戚|师傅"
    # (by their trade: 压死了十几个搬运工)
    "|搬运工|装卸工|农民工|建筑工人|电焊工"
)
# 例 counts cases (新增死亡47例); a headline's 4男生/两女工 counts people without a measure word
# (Arabic digits or 两 only: 高三学生 and 一男子 name a class or a person, not a count)
# (人次 counts visits or treatments, not people: 救治伤员120人次; 47万人民币 is money)
_UNIT = (
    # (or 个 right before the casualty word, as people post it: 还有五个受伤送医院了)
    # (or before 当场, a spoken death's: 车上四个人两个当场就没气了)
    # (or 个 after a toll risen, as people post it: 死亡人数升到12个了)
    rf"(?:名|人(?!次|民币)|位|个人(?!次)|个(?={_PERSON_NOUNS}|{_SITE_PEOPLE}|受伤|重伤|轻伤|伤得|死亡|遇难|失踪|失联|当场)"
    r"|(?<=人数[升增]到\d)个|(?<=人数[升增]到\d\d)个|口|具|例"
    # (or before who they were, told by what they did, closing the clause: 砸死了三个干活的)
    r"|个(?=[\u4e00-\u9fff]{2,3}的(?:[，,。；;！!？?\s]|$))"
    # (or before who they were, what they were doing first: 三个去看水的老人都被电死了; not whose they are,
    # 两个孩子的父亲, nor where from, 两个村的村民)
    rf"|个(?=(?:(?!{_PERSON_NOUNS}|{_SITE_PEOPLE}|人)[\u4e00-\u9fff]){{2,5}}(?<![村镇乡区县市省校班组队厂店院所司])(?<![人们]家)的"
    rf"(?:{_PERSON_NOUNS}|{_SITE_PEOPLE}|人)(?!家|的))"
    rf"|(?<=[\d两])(?={_PERSON_NOUNS}|{_SITE_PEOPLE})"
    # or with two characters saying what they were doing between (8乘凉民众, 3落水儿童; not 10月村民)
    rf"|(?<=[\d两])(?=(?:(?![年月日时分秒号岁元米度天周期届批次级{CN_NUMERALS}])[\u4e00-\u9fff]){{2}}(?:{_PERSON_NOUNS})))"
)
# a bare 多 or 若干 before a measure word is a count of several (多人受伤, 若干人失踪): at least 2
_SEVERAL = rf"(?<![\d{CN_NUMERALS}许很众更最大差好太较不])多(?=[名人位例])|若干(?=[名人位])"
_TO = r"(?:至|到|-|－|—|~|～)"
"""Between the ends of a range of people (3至5人, 3-5人)."""
_LOW = re.compile(rf"(?P<low>{NUM}){_TO}$")
"""The lower end of a range before a number of people (3至5人: 3至)."""
_TO_LAST = "至到-－—~～\n"
"""What :data:`_LOW` can end with (its ``$`` also matches before a last newline)."""
_TOKEN = Prefiltered(
    re.compile(
        rf"(?P<word>(?:{WORD_RE})(?:者)?(?:人员)?(?:人数)?)"
        # (十来个: about ten, as people say it)
        rf"|(?P<pre>{QUALIFIERS})?(?P<num>{NUM}|{_SEVERAL})(?P<suf>余|多|(?<=十)来)?(?P<unit>{_UNIT})(?P<above>以上|左右)?"
    )
)
WORD = re.compile(longest_first(WORDS))
BREAK = re.compile(r"[，,。；;！!？?、：:（）()\[\]【】“”\"'\s]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NEGATED = re.compile(
    # (in dialect: 莫得人受伤, 冇人受伤)
    # (or the harm's kind between: 未发生雷击伤人事件)
    r"(?:(?:无|未|没有|没|暂无|尚无|暂未|并未|未曾|莫得|冇)(?:造成|导致|引起|引发|发现|出现|发生|有)?(?:任何)?(?:雷|电)?"
    rf"(?:人员|人|{_PERSON_NOUNS}|{_SITE_PEOPLE})?"
    r"|(?<![\d一二三四五六七八九十])零"
    # (what it was not: 系两名幼儿感冒发热，并非食物中毒)
    r"|(?:并非|不是|并不是|排除|而非)(?:食物|食源性|一氧化碳|农药|集体|群体性)?)$"
)
"""No casualty (无人员伤亡, 未造成人员死亡; 没有学生死亡: the people named between; 并非食物中毒)."""
_AVERTED = re.compile(r"(?:避免|防止|以免|以防|谨防|免遭|防范|预防)[^，,。；;！!？?]{0,4}$")
"""Casualties prevented or feared (示警避免行人伤亡, 以免造成人员伤亡): no figure."""
_IMAGINED = re.compile(
    r"(?:(?:险些|险致|险酿|差点|差一点|几乎|足以|恐将|或将)(?:造成|导致|致使|引发|酿成)?"
    r"|(?:可能|将会|将要|将|会|易|随时)(?:造成|导致|致使|引发|酿成)"
    # what a thing can do (误食毒蘑菇可致死亡, 严重者能导致死亡)
    r"|(?:可|能|可以|足可)(?:致|导致|造成|致使|引起|引发|酿成))[^，,。；;！!？?]{0,6}$"
    # what it may come to (严重者可在短时间内出现呼吸衰竭甚至死亡)
    r"|甚至(?:导致|造成|引起|危及)?$"
    # nearly, right before the word (一氧化碳中毒险丧命, 险送命)
    r"|(?<![危风保冒探遇脱出涉历抢排惊凶艰天阴])险$"
    # waiting for it, as a complaint asks (难道真要等发生火灾造成重大人员伤亡)
    r"|等(?:到)?(?:发生|出现|出了|酿成)(?!后|以后|之后)[^，,。；;！!？?]{0,10}$"
    # what will come if nothing changes (老板说再这样下去大家一起饿死), what the worst of a harm is (一氧化碳中毒严重者
    # 可在短时间内昏迷甚至死亡)
    r"|(?:这样下去|迟早|早晚|严重者|重者|严重时)[^，,。；;！!？?]{0,14}$"
)
"""Casualties a near miss or a hypothetical would have caused (险些造成数十人死亡, 如果爆炸将造成上百人
死亡, 极易导致人员伤亡): no figure."""

_MAYBE_UNREAL = re.compile("[无未没莫冇零避防以谨免预险差几足恐或可能将会易随等样早重非不排甚]")
"""A character each of :data:`_NEGATED`, :data:`_AVERTED` and :data:`_IMAGINED` needs in its
window (the widest, 12, holds the others): without one, a word is read without the three searches."""


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    kind: Kind | None  # a casualty word, or None for a number of people
    value: float = 0.0
    bound: Bound = Bound.EXACT
    qualifier: str = ""
    transitive: bool = False
    upper: float = 0.0
    """A range's upper end (3至5人: 5, the value being 3)."""
    word: str = ""
    """A casualty word as written (遇难者, 刺伤), or a number's measure word (名, 具)."""
    base: str = ""
    """The casualty word without 者/人员/人数."""

    @property
    def noun(self) -> bool:
        """A word naming the people (死者, 伤员, 遇难者, 遗体), not what happened to them."""
        return self.word.endswith("者") or self.base in PEOPLE_NOUNS


def _number_token(m: re.Match[str]) -> Tok | None:
    parsed = (2.0, Bound.AT_LEAST) if m.group("num") in ("多", "若干") else parse_count(m.group("num"))
    if parsed is None:
        return None
    value, bound = parsed
    upper = 0.0
    start = m.start()
    ranged = (
        _LOW.search(m.string, max(0, start - 12), start)
        if start and m.string[start - 1] in _TO_LAST and not m.group("pre")
        else None
    )
    low = parse_count(ranged.group("low")) if ranged is not None else None
    if ranged is not None and low is not None and low[0] < value:  # 3至5人: at least 3, up to 5
        value, upper, bound, start = low[0], value, Bound.AT_LEAST, ranged.start()
    elif (span := count_range(m.group("num"))) is not None:  # 七八人
        upper = span[1]
    if m.group("unit") == "位" and m.string.startswith("数", m.end()):  # 死亡人数已达两位数: ten at least
        if not 2 <= value <= 6 or m.group("pre") or m.group("suf"):
            return None
        return Tok(start, m.end() + 1, None, 10.0 ** (value - 1), Bound.AT_LEAST, "至少", word="位数")
    qualifier = ""
    for q in (m.group("pre"), m.group("suf"), m.group("above")):
        if not q:
            continue
        qualifier = qualifier or ("约" if q == "来" else q)  # (二十来个: about twenty)
        approximate = q in APPROXIMATE_WORDS or q in ("左右", "来")
        bound = (Bound.ABOUT if bound is Bound.EXACT else bound) if approximate else Bound.AT_LEAST
    return Tok(start, m.end(), None, value, bound, qualifier, upper=upper, word=m.group("unit"))


_TREATED_BEFORE = re.compile(
    r"(?:送医|送院|送往|医院|抢救|救治|医治|伤重|伤势|终告|宣告|终因|伤者|伤员)[^，,。；;！!？?]{0,12}$|[人名位]$"
    r"|(?:堕地|坠地|倒地|堕楼|坠楼|当场)$|(?:跌落|坠落|堕下|跌下|坠下|堕落)[^，,。；;！!？?]{0,6}$"
)
"""What 不治 of a death follows in its clause: treatment or wounds (送医后不治, 伤重不治), the
number of people (1人不治), or a fall (Hong Kong's 堕地不治, 倒地不治, 跌落天桥不治); not a problem left untreated
(问题久拖不治)."""
_WORD_SUFFIXES = re.compile(r"(?:者)?(?:人员)?(?:人数)?$")
"""What may follow a casualty word (遇难者, 受伤人员, 死亡人数): its base is the word without them."""
_COUNT_SUFFIXES = re.compile(r"(?:人员)?(?:人数)?$")
"""The suffixes of a word that is a casualty word with 者 (死者人数, 遇难者人数)."""
_DEAD_NOUN = re.compile(r"(?:遇难|罹难|遇害)者|死者|遗体|尸体|浮尸|死亡|遇难|罹难|身亡|身故|丧生")


def unreal_before(text: str, start: int) -> bool:
    """Whether the casualty words at ``start`` are denied, prevented or only imagined by the words
    right before them (无人员伤亡, 避免行人伤亡, 险些造成数十人死亡, 差点死了3个人), or are examples of
    what a hazard may cause (极易导致人员伤亡事故，如摔伤、坠楼、高空坠物砸死过路人等), or a hoax's
    (谎称“高速发生车祸有人死亡”)."""
    hoax = text[max(0, start - _HOAX_REACH) : start]
    if ("谎" in hoax or "假" in hoax or "造" in hoax or "捏" in hoax or "虚" in hoax or "配" in hoax) and _HOAX.search(
        hoax
    ):
        return True
    if "传" in hoax and _RUMOUR_DENIED.search(hoax):
        return True  # 该船侧翻后1名船员落水身亡，并无网传3人遇难: the rumour's figure, denied
    if ("打" in hoax or "惩" in hoax or "整" in hoax) and _AGAINST.search(hoax):
        return True
    if "发生" in hoax and _NONE_HAPPENED.search(hoax):
        return True  # 全市未发生一次死亡3人以上道路交通事故
    if _MAYBE_UNREAL.search(text, max(0, start - 12), start) is not None and (
        _NEGATED.search(text, max(0, start - 6), start) is not None
        or _AVERTED.search(text, max(0, start - 8), start) is not None
        or _IMAGINED.search(text, max(0, start - 12), start) is not None
    ):
        return True
    if "置" in text[max(0, start - _EXAMPLES_REACH) : start] and (
        (disregarded := _DISREGARDED.search(text, max(0, start - _EXAMPLES_REACH), start)) is not None
        and _DISREGARDED_END.match(text, start, disregarded.start() + _EXAMPLES_REACH * 2) is not None
    ):
        return True  # 而置百姓…摔伤摔死、雨水倒灌入户风险于不顾: what is disregarded
    return "如" in text[max(0, start - _EXAMPLES_REACH) : start] and (
        _EXAMPLES.search(text, max(0, start - _EXAMPLES_REACH - _RISK_REACH), start) is not None
    )


_HOAX_REACH = 24
_HOAX = re.compile(
    r"(?:谎称|报假警称?|假报警称?|编造|捏造|虚构|造谣称?)(?:[^，,。；;！!？?]*"
    # (or inside the quote of what was made up, its commas too: 谎称“步行街有人持刀砍人，已死伤多人”)
    r"|[：:]?[“「][^”」。；;！!？?]*)$"
    # (words put to a video passed off as one of here: 将外地一起车祸视频配上“…死了4个人”的文字发布)
    r"|(?:配上|配以|配发|配文)[：:]?[“「][^”」。；;！!？?]*$"
)
"""A hoax's words up to a casualty word (谎称“高速发生车祸有人死亡”, 编造“某地爆炸致5人死亡”的谣言): no one hurt
(not 谎报, 瞒报: a toll under-reported is real)."""
_RUMOUR_DENIED = re.compile(
    r"(?:并无|并非|并没有|并不是|没有|不是|而非|并未出现)(?:如|像)?(?:网传|网上所传|网上传的|传言|传闻|所传|外界所传|群里传)(?:的|所说的|中的?)?"
    r"[^，,。；;！!？?]{0,6}$"
)
"""A rumour's figure denied right before it (并无网传3人遇难, 并非网传的“5人死亡”)."""
_NONE_HAPPENED = re.compile(r"(?:未|没有?|无|不)(?:再)?发生(?:过)?(?:一起|一次|一例|任何)?[^，,。；;！!？?]{0,4}$")
"""None such happened, up to a casualty word (全市未发生一次死亡3人以上道路交通事故): a record, no one hurt."""
_AGAINST = re.compile(r"(?:打击|严打|严惩|整治)(?!报复)[^，,。；;！!？?]{0,8}$")
"""What a campaign is against, up to a casualty word (重点打击持刀伤人、寻衅滋事): no one hurt."""
_DISREGARDED = re.compile(r"置[^。！？!?；;]*$")
_DISREGARDED_END = re.compile(r"[^。！？!?；;]*?于不顾")
"""置…于不顾: what is between is disregarded, a danger, not what happened."""
_EXAMPLES_REACH = 40
_RISK_REACH = 30
_EXAMPLES = re.compile(
    rf"(?:(?:易|能|会|将|可能|随时)(?:导致|造成|引发|发生|出现)|隐患|风险)[^。！？!?；;]{{0,{_RISK_REACH}}}?[，,：:]?"
    rf"(?:例如|比如|诸如|如)[^。！？!?；;]{{0,{_EXAMPLES_REACH}}}$"
)
"""Examples of what a hazard may cause, or of a hazard, up to the casualty word (容易引发事故，如…砸伤砸死过路人;
存在安全隐患，例如电动车充电起火烧死人的事情)."""


def read_tokens(text: str) -> list[Tok]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        if m.group("word"):
            word = m.group("word")
            start = m.start()
            if unreal_before(text, start):
                continue  # 无人员伤亡, 未造成人员死亡, 避免行人伤亡, 险些造成数十人死亡: no figure
            if word.endswith("伤") and text.startswith("害", m.end()):
                continue  # 身体受伤害, 伤害: harm, not an injury count
            if word == "伤" and _CJK.match(text, m.end()):
                continue  # 伤心, 伤害: only a bare 伤 (26人伤) is a casualty word
            if word == "伤人" and text.startswith("员", m.end()):
                continue  # 工伤人员: no one was hurt
            if word.endswith(("伤亡", "死伤")) and text.startswith(("：", ":"), m.end()):
                continue  # a report's label (伤亡：1名老人被困…无生命危险): what follows tells its own figures
            if word == "不治" and _TREATED_BEFORE.search(text, max(0, start - 14), start) is None:
                continue  # 久拖不治, 如果不治: nothing died
            if word == "葬身" and text.startswith("之地", m.end()):
                continue  # 死无葬身之地: a curse
            base = _WORD_SUFFIXES.sub("", word) or word
            if base not in WORDS and word not in WORDS:  # 死者人数: the word 死者, its count
                base = _COUNT_SUFFIXES.sub("", word) or word
            kind = WORDS.get(base, WORDS.get(word))
            if (
                base in _TRANSITIVE
                and base.endswith("死")
                and text.startswith("过", m.end())
                and not text.startswith(("过路", "过往", "过马路"), m.end())
            ):
                continue  # 这口塘2019年就淹死过两个小孩: a place's record, ever (not 砸死过路人, a passer-by)
            out.append(Tok(start, m.end(), kind, transitive=base in _TRANSITIVE, word=word, base=base))
        else:
            tok = _number_token(m)
            if tok is not None and text.endswith("第", 0, tok.start):
                # an ordinal: 第12名遇难者, 第12具遗体 are twelve dead at least; 第3名伤者 is one person
                if _DEAD_NOUN.match(text, m.end()) is None and tok.word != "具":
                    continue
                tok = replace(tok, bound=Bound.AT_LEAST, qualifier="至少", upper=0.0)
            if (
                tok is not None
                and out
                and out[-1].kind is None
                and _SOME_OF_ASIDE.match(text, out[-1].end) is not None
                and "）" not in text[out[-1].end : tok.start]
                and ")" not in text[out[-1].end : tok.start]
            ):
                continue  # 造成3人（其中2人为儿童）死亡: some of those counted, in brackets
            if tok is not None:
                out.append(tok)
    return out


_SOME_OF_ASIDE = re.compile(r"[（(](?:其中|含|包括)")
"""Brackets right after a number opening with some of them (3人（其中2人为儿童）)."""

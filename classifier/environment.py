"""Environmental incidents (突发环境事件), which 《国家突发环境事件应急预案》 grades by thresholds of its own.

:func:`environmental` tells whether an accident's text reports pollution: an environmental incident
named (``突发环境事件``, ``水污染事件``, ``污染事故``), pollution of water, air or soil said to have
happened (``造成河道污染``, ``大量死鱼``), or a toxic leak that reached people outside the plant
(``氯气泄漏…疏散周边群众``). The plan (附件1) grades such an incident by the dead (3, 10, 30, as the
条例), the people poisoned or seriously injured (10, 50, 100: everyone poisoned counts, not only
workers), the direct loss (500万, 2000万, 1亿元: lower than the 条例's) and the people evacuated
or moved (:func:`evacuated`: 5,000 较大, 10,000 重大, 50,000 特别重大), and by whose drinking water
it cut off (:func:`intake_cut`: a township's 集中式饮用水水源地 取水中断 较大, a county town's 重大, a
city's with districts 特别重大).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.casualty_forms import POSTED_RELEASES
from classifier.contexts import reports_incident_at
from classifier.numbers import CN_NUMERALS, NUM, Bound, parse_amount
from classifier.prefilter import Prefiltered
from models.enums import THRESHOLD_GRADES, IncidentGrade

__all__ = [
    "EVACUATED",
    "Evacuated",
    "IntakeCut",
    "animals_killed",
    "drank_polluted",
    "environmental",
    "evacuated",
    "intake_cut",
    "pollution",
]

_NAMED = re.compile(r"突发环境事件|环境污染事件|水污染事件|大气污染事件|污染事故|环境事件|水污染事故")
_POLLUTED = re.compile(
    r"(?:造成|导致|致使|引发|引起)[^，,。；;！!？?\n]{0,10}?(?:污染|死鱼|鱼类死亡)"
    # (and by whom or what: 水源地遭上游化工厂废液污染)
    r"|(?:河道|河流|河水|江水|水体|水源|水库|湖泊|溪流|溪水|沟渠|饮用水|地下水|井水|水井|土壤|农田)[^，,。；;！!？?\n]{0,4}?"
    r"(?:(?:受到|遭到|遭受|遭|被)[^，,。；;！!？?\n]{0,12}?)?污染"
    # the verb first (泄漏污染水源地, 泄漏污染下游河道)
    r"|污染(?:了)?(?:下游|附近|周边|沿岸)?的?(?:河道|河流|河水|江水|水体|水源|水库|湖泊|溪流|溪水|沟渠|饮用水|地下水|井水|水井|土壤|农田)"
    # (by waste let out: 某河段遭上游企业排放的含氰废水污染, 我们村的水被…化工厂的废水污染了)
    r"|(?:废水|污水|废液|废气|污染物)(?:所)?污染"
    r"|大量死鱼|大面积死鱼"
    # (fish killed at once, told as news: 须江某河段突发死鱼)
    r"|突发死鱼|突现死鱼"
    # waste let out unlawfully, or water found unfit at its source (上游一企业违法排放工业废水, 取水口水质异常)
    # (违规排放含氯废气)
    r"|(?:违法|违规|非法|超标|偷偷)(?:排放|排污|倾倒|直排)[^，,。；;！!？?\n]{0,8}?(?:废水|污水|废液|废气|污染物|危废|化学品)|偷排"
    # (or let into a river: 上游化工厂废水排到江里了, 工业废水排入须江)
    r"|(?:废水|污水|废液|污染物|化学品)(?:被)?(?:排入|排到|排进|直排入?)(?:了)?[^，,。；;！!？?\n]{0,4}?(?:江|河|溪|水库|湖|水源)"
    r"|(?:取水口|水源地|水源|河道|河水|江水|水库)水质(?:出现|发生)?(?:异常|恶化|超标)"
)
_LEAKS = (
    *("泄漏", "泄露", "外泄", "逸出", "扩散", "释放出", "飘向", "飘散", "流入", "流进", "漏入", "泄入", "渗入"),
    # (a gas drifting over: 一股刺鼻的毒气飘过来)
    *("飘过来", "飘了过来", "飘到", "飘进", "飘入", "飘了", "弥漫"),
    # (or what burst told: 化肥厂液氨管道破裂，周边三个村…出现…中毒症状)
    *("管道破裂", "储罐破裂", "罐体破裂", "阀门破裂"),
    # as people post it (化工厂中午不知道漏了啥, 一家厂子下午冒黄烟…说是吸了有毒气体, 冷库液氨漏了)
    *POSTED_RELEASES,
    *("漏气了", "吸了有毒", "液氨漏", "液氯漏", "氨气漏", "氯气漏", "厂漏了", "漏氨气", "漏氯气", "漏毒气", "漏了毒气"),
    # (or told by those who breathed it: 一百二十多个村民吸入毒气送医治疗)
    *("吸入毒气", "吸入有毒", "吸入有害", "吸入刺激性"),
    # (or washed into the water, as people post it: 养猪场化粪池塌了，臭水全冲到溪里)
    *(
        f"{how}{water}"
        for how in ("冲到", "冲进", "流到", "排到")
        for water in ("溪里", "河里", "江里", "沟里", "水库")
    ),
)
"""A release (a gas spreading after an explosion too: 爆炸后有毒气体扩散, 释放出大量刺激性气体，飘向周边村庄; a
tanker's load run into a river: 罐车侧翻，大量柴油流入河道), with what is toxic and people or water outside."""
_TOXIC = re.compile(
    r"有毒|毒气|氯气|液氯|氨气|液氨|硫化氢|光气|氰化|苯|硫酸|盐酸|硝酸|危化品|危险化学品|化学品|化工|农药|废水|废液|污水"
    r"|刺激性气体|有害气体|刺鼻|黄烟|臭鸡蛋"
    # (a plant's gas by its smell: 一化工企业排放的异味气体飘入附近村庄)
    r"|异味气体|刺激性气味|恶臭气体"
    # (named chemicals a tanker or a plant lets out: 运输丙烯腈的槽罐车侧翻泄漏)
    r"|丙烯腈|甲醇|氯乙烯|二氧化硫|氟化氢|氢氟酸|甲醛|丙酮|环氧乙烷|液溴|三氯化磷|四氯化硅"
    r"|柴油|汽油|原油|燃油|成品油|尾矿|矿浆|液碱|烧碱|氢氧化钠|强碱|强酸"
    # (a farm's or a landfill's: 养猪场沼液泄漏流入溪流)
    r"|沼液|粪污|粪水|养殖废水|渗滤液|变压器油|废机油|废油|臭水|化粪池"
)
_OUTSIDE = re.compile(
    r"疏散|转移|撤离|周边|附近|下风向|村民|村里|居民|群众|市民"
    # (as people post it: 整个村子一股刺鼻的酸味, 我们村三十来个人头晕)
    r"|村子|全村|[我咱]们村|整个村|小区"
    # (or a school nearby: 刺鼻气体飘进学校，已有62名学生出现…中毒症状)
    r"|学校|校园|小学|中学|幼儿园"
    # (or the town around: 毒气飘到我们镇上)
    r"|镇上|全镇|[我咱]们镇|整个镇"
    # (or the villages around: 我们边上几个村一百二十多个人头晕呕吐, 隔壁村)
    r"|几个村|个村子|村庄|邻村|隔壁村"
    # (or a water works' intake: 上游化工厂漏了，…自来水厂取水口已紧急关闭)
    r"|取水口|自来水厂|水源地|停水|沿岸"
    # into a river or a reservoir (柴油罐车侧翻泄漏流入河道)
    r"|(?:流入|流进|进入|排入|汇入|渗入|注入|泄入|漏入)(?:了)?(?:附近|下游|周边)?的?(?:河道|河流|河|江|溪|沟渠|水库|湖|水源|水体)"
    # (or a river by its name: 约15吨柴油泄漏流入须江, 流入江山港)
    r"|(?:流入|流进|排入|汇入|泄入|漏入)(?:了)?[\u4e00-\u9fff]{1,3}(?:江|河|溪|港|湖|水库)"
)


def environmental(text: str) -> bool:
    """Whether ``text`` (an accident's) reports an environmental incident (see the module docstring)."""
    return pollution(text) is not None


_DRANK_POLLUTED = re.compile(
    r"(?:饮用|喝|吃)了?[^，,。；;！!？?]{0,20}?污染的?(?:井水|自来水|饮用水|河水|溪水|泉水|山泉水|水)"
)
_WATER_POLLUTED = re.compile(
    r"(?:水|水库|河道|河段|水源|水源地)[^，,。；;！!？?\n]{0,16}?污染"
    r"|污染(?:了)?(?:下游|附近|周边|沿岸)?的?(?:井水|自来水|饮用水|河水|溪水|泉水|地下水|水源|河道|水库)"
)
_DRANK = re.compile(r"饮用(?!水)|饮用水后|喝了|喝过|喝下|喝完|喝的|饮水后|喝水后")
"""Water told polluted, then drunk (村里的井水被污染了，六十多个人喝了以后都出现中毒症状; 水库遭…含镉废水污染，
周边村民饮用后)."""


_ANIMALS_KILLED = re.compile(
    rf"(?:{NUM})(?:余|多)?(?:头|只|羽|匹)[\u4e00-\u9fff]{{0,8}}?(?:死亡|死掉|中毒死亡|大量死亡|陆续死亡|相继死亡)"
)


def animals_killed(text: str) -> bool:
    """Whether ``text`` tells animals counted died (``200余头生猪饮水后死亡``): a harm pollution did, as a figure of
    people is."""
    return "死" in text and _ANIMALS_KILLED.search(text) is not None


def drank_polluted(text: str) -> bool:
    """Whether ``text`` tells people drank water that pollution reached (``饮用被上游企业排放废水污染的井水``):
    those taken ill were poisoned by the pollution, not by a food."""
    if "污染" not in text:
        return False
    if _DRANK_POLLUTED.search(text) is not None:
        return True
    polluted = _WATER_POLLUTED.search(text)
    return polluted is not None and _DRANK.search(text, polluted.end()) is not None


def pollution(text: str) -> str | None:
    """The words by which ``text`` reports an environmental incident (``突发环境事件``, ``违规排放废气``,
    the leak word of a toxic release that reached people outside), or ``None``: what :func:`environmental`
    tells, with the words to name it by."""
    polluting = "污染" in text
    if polluting or "环境" in text:  # (every named incident holds one of the two)
        named = _NAMED.search(text)
        if named is not None and reports_incident_at(text, named.start(), named.end()):
            return named.group()
    if (
        polluting
        or "死鱼" in text
        or "排放" in text
        or "偷排" in text
        or "直排" in text
        or "水质" in text
        or ("排" in text and ("排入" in text or "排到" in text or "排进" in text))
    ):
        polluted = _POLLUTED.search(text)
        if polluted is not None and reports_incident_at(text, polluted.start(), polluted.end()):
            return polluted.group()
    leak = next((word for word in _LEAKS if word in text), None)
    if leak is None or _TOXIC.search(text) is None or _OUTSIDE.search(text) is None:
        return None
    return leak


@dataclass(frozen=True)
class Evacuated:
    count: float
    bound: Bound
    quote: str

    @property
    def nearly(self) -> float | None:
        """The figure as told when it was told as nearly so (近5000人: 5000), graded just below it; else ``None``."""
        return self.count + 1 if self.bound is Bound.ABOUT else None

    def reason(self, grade: IncidentGrade) -> str:
        """The reason naming the people evacuated and the plan's threshold of ``grade``."""
        above = "（下限）" if self.bound is Bound.AT_LEAST else ""
        shown = f"{self.count:g}人"
        if (told := self.nearly) is not None:  # 近5000人: just below it
            shown, above = f"近{told:g}人", f"（按不足{told:g}人计）"
        if grade is IncidentGrade.GENERAL:
            band = f"不足{EVACUATED[-1]:g}人为一般"
        else:
            band = f"{EVACUATED[THRESHOLD_GRADES.index(grade)]:g}人以上为{grade.label}"
        return f"疏散、转移{shown}{above}（突发环境事件：疏散、转移{band}）（原文“{self.quote}”）"


EVACUATED = (50000.0, 10000.0, 5000.0)
"""People evacuated or moved from which an environmental incident is 特别重大, 重大 and 较大."""
_MOVED = r"(?:紧急|连夜|全部|临时|陆续)?(?:疏散|转移|撤离|安置)(?:了)?"
_PEOPLE = r"(?:群众|居民|村民|人员|民众|师生|学生|住户|市民|工人|员工)"
_EVACUATED = Prefiltered(
    re.compile(
        # (or their number: 疏散人数已增至1.3万余人)
        # (or only the count, as people post it: 村干部说疏散了六千多人)
        # (or how many villages or how far between: 疏散周边3个村庄群众6300余人, 疏散周边5公里范围内群众1.2万余人)
        rf"{_MOVED}(?:(?:周边|附近|周围|下风向|沿线|沿岸)?"
        rf"(?:[\d{CN_NUMERALS}]{{1,3}}个(?:自然村|村庄|村|小区|社区|乡镇)|\d+(?:\.\d+)?(?:公里|千米|米)范围内?)?的?"
        rf"[\u4e00-\u9fff]{{0,10}}?(?:{_PEOPLE}|人数)|(?=[\d{CN_NUMERALS}]))"
        # (or risen to: 周边紧急疏散群众已增至1.2万人)
        rf"(?:已|已经)?(?:约|共|达|近|超过|逾|增至|增加到|升至)?(?P<n>{NUM})(?P<q1>余|多)?(?P<wan>万)?(?P<q2>余|多)?(?:人(?!次)|名)"
        rf"|(?P<n2>{NUM})(?P<q3>余|多)?(?P<wan2>万)?(?P<q4>余|多)?(?:(?:名|人)(?:[\u4e00-\u9fff]{{0,4}}?{_PEOPLE})?|{_PEOPLE})"
        # (30余名员工及时撤离, 组织600余名住宿学生有序疏散至操场)
        rf"(?:被|已|及时|迅速|紧急|安全|有序|全部|均|先后|陆续)*{_MOVED}"
    )
)


_MOVE_VERBS = ("疏散", "转移", "撤离", "安置")
_BEFORE_VERB = 16
"""How far before its verb a number of people moved is read (``1.2万名居民被紧急转移``)."""
_AFTER_VERB = 24
"""How far after its verb (``紧急疏散周边群众6000余人``)."""


def _positions(text: str, word: str) -> list[int]:
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def evacuated(text: str) -> Evacuated | None:
    """The most people ``text`` says were evacuated or moved (``紧急疏散周边群众6000余人``,
    ``1.2万名居民被转移``), or ``None``."""
    verbs = [at for verb in _MOVE_VERBS for at in _positions(text, verb)]
    if not verbs:
        return None
    best: Evacuated | None = None
    matches: dict[int, re.Match[str]] = {}
    for at in verbs:  # a figure is read only near its verb: the text is not scanned for every number
        for m in _EVACUATED.finditer(text, max(0, at - _BEFORE_VERB), at + _AFTER_VERB):
            matches.setdefault(m.start(), m)
    for m in matches.values():
        raw = m.group("n") or m.group("n2")
        value = parse_amount(raw)
        if value is None or not reports_incident_at(text, m.start(), m.end()):
            continue  # (a drill's: 开展应急演练，模拟…疏散群众5000人)
        if m.group("wan") or m.group("wan2"):
            value *= 10000
        above = any(m.group(g) for g in ("q1", "q2", "q3", "q4"))
        bound = Bound.AT_LEAST if above else Bound.EXACT
        number = "n" if m.group("n") else "n2"
        if text.startswith(("近", "将近"), m.start(number) - 1) or text.startswith("将近", m.start(number) - 2):
            # 紧急疏散周边居民近5000人, 周边群众近5000人被紧急疏散: fewer, graded just below
            value, bound = value - 1, Bound.ABOUT
        if best is None or value > best.count:
            best = Evacuated(value, bound, m.group())
    return best


_CUT = Prefiltered(
    re.compile(
        # (取水口已紧急关闭, 供水暂时中断)
        r"取水(?:口)?(?:已)?(?:被迫)?中断|关闭(?:了)?取水口|(?:被迫)?(?:停止|暂停|中断|关闭)(?:了)?取水"
        r"|取水口(?:已|被)?(?:迫)?(?:紧急|立即|及时|临时)?关闭|取水口(?:都|也|已经|全)?关了"
        r"|供水(?:已|被迫)?(?:暂时|临时)?中断|(?:停止|暂停|中断)(?:了)?供水"
    )
)
_STOPPED = re.compile(r"(?:县城|城区|全城|全县|全市|市区|镇区|集镇|乡镇|全镇|全乡)[^，,。；;！!？?\n]{0,3}?停水")
"""A town's or a city's water stopped, told of pollution (水源地受到污染，全县城停水): searched apart, only in a
text saying 停水 (its places' first characters are common ones, where :data:`_CUT`'s prefilter would stop)."""
"""(An optional group first, which ``re`` cannot skip ahead in: tried only where a match can begin.)"""
_NOT_CUT = re.compile(r"未|没有|没|不会|不致|无需|避免|防止|确保|以免|以防|防范|若|如果|一旦|可能|或将|恢复")
"""A cut the text denies, fears or guards against (``未造成取水中断``, ``以防取水中断``); ``恢复``: a
supply restored (``恢复供水``) is named by a cut word too."""
_LEVEL = re.compile(
    r"(?P<county>县城区?|县级城市|县)|(?P<town>乡镇|镇区|集镇|[镇乡](?![村民亲里长间土下]))"
    r"|(?P<city>设区的市|市区|城区|市(?![场民长值面政]))"
)
_SENTENCE_BACK = 40
"""How far back in its sentence the place whose water was cut off is looked for."""
_UP_TO_SENTENCE = re.compile(r".*[。；;！!？?\n]", re.S)


@dataclass(frozen=True)
class IntakeCut:
    """A drinking-water intake the text says pollution cut off, and the grade its place gives."""

    grade: IncidentGrade
    quote: str
    place: str
    """The word that names whose water it was (``镇``, ``县城``, ``市区``), or empty."""

    def reason(self) -> str:
        """The reason naming the cut, the plan's criterion and what the desk should check."""
        if self.grade is IncidentGrade.LARGE and not self.place:
            whose = "乡镇（未写明所在城镇级别；若为县级城市则为重大，设区的市则为特别重大，请核实）"
        elif self.grade is IncidentGrade.LARGE:
            whose = "乡镇"
        elif self.place in ("市区", "城区", "市"):
            whose = "县级以上城市（若为设区的市则为特别重大，请核实）"
        elif self.place == "设区的市":
            whose = "设区的市级以上城市"
        else:
            whose = "县级城市"
        return (
            f"饮用水水源取水中断（原文“{self.quote}”，事发地原文“{self.place or '未写明'}”）"
            f"（突发环境事件：因环境污染造成{whose}集中式饮用水水源地取水中断为{self.grade.label}）"
        )


def intake_cut(text: str) -> IntakeCut | None:
    """The drinking-water intake ``text`` (an environmental incident's) says was cut off
    (``自来水厂停止取水``, ``取水中断``, ``城区供水中断``), graded by the place nearest before it in its
    sentence, or ``None``. A cut denied, feared or guarded against is none (``未造成取水中断``)."""
    cuts: list[re.Match[str]] = []
    if ("取" in text and "取水" in text) or ("供" in text and "供水" in text):
        cuts += _CUT.finditer(text)  # (a test for one character first: this runs on every text of no emergency)
    if "停" in text and "停水" in text:
        cuts += _STOPPED.finditer(text)
    best: IntakeCut | None = None
    for m in cuts:
        if _NOT_CUT.search(text, max(0, m.start() - 6), m.start()) or not reports_incident_at(text, m.start(), m.end()):
            continue  # (or a drill's, or an earlier one's: 松花江水污染事件二十周年　2005年…全市停水4天)
        low = max(0, m.start() - _SENTENCE_BACK)
        last = _UP_TO_SENTENCE.match(text, low, m.start())
        levels = list(_LEVEL.finditer(text, last.end() if last else low, m.end()))  # (全县城停水: its own)
        place = levels[-1] if levels else None
        if place is None:
            grade, word = IncidentGrade.LARGE, ""
        elif place.group("town"):
            grade, word = IncidentGrade.LARGE, place.group()
        elif place.group() == "设区的市":
            grade, word = IncidentGrade.ESPECIALLY_MAJOR, place.group()
        else:
            grade, word = IncidentGrade.MAJOR, place.group()
        if best is None or grade.severity > best.grade.severity:
            best = IntakeCut(grade, m.group(), word)
    return best

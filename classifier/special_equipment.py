"""Accidents of special equipment (特种设备) graded by what happened to the equipment itself.

《特种设备安全监察条例》 grades its accidents by deaths, the seriously injured and the direct loss at the
production-safety 条例's thresholds, and also by the equipment (第六十三条): a boiler, a pressure
vessel or a pressure pipe that exploded (锅炉、压力容器、压力管道爆炸) and a hoisting machine that
toppled over whole (起重机械整体倾覆: a gantry crane at a port, a crane in a workshop) are 较大
accidents whatever their toll. :func:`equipment_grade` reads both in a text that reports them
happening. A crane's fall is graded 较大 where its sentence names a site of the 条例's (a port, a
factory, a workshop), with the desk asked to check that the machine toppled whole (a jib that broke
off is no 整体倾覆: 一般 by 第六十四条); on a building or municipal works site the 条例 does not
apply (《特种设备安全法》第一百条: those cranes are the building authorities', and their accidents are
production-safety accidents graded by their toll), so a crane there gives nothing; where the site is
not said, the reason names the rule and asks the desk to check, without a grade. A gas cylinder's or
a pipe's gas that leaked and then exploded is a gas explosion, not a vessel's burst, and is not read.
:func:`stranded` grades people kept in a lift or high up on a ropeway or a large ride by how long
(第六十一至六十四条).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.contexts import reports_incident_at
from classifier.numbers import NUM, Bound, parse_count
from classifier.other_events import states_the_rule
from classifier.prefilter import Prefiltered
from classifier.sentences import Sentences, clause_before
from models.enums import IncidentGrade

__all__ = ["EquipmentAccident", "Stranding", "equipment_grade", "stranded"]

_CRANE = re.compile(
    r"(?P<what>塔吊|塔式起重机|门式起重机|门座起重机|桥式起重机|流动式起重机|起重机|龙门吊|履带吊|汽车吊|吊车)"
    # (or what it was doing between: 门式起重机在吊装作业时整体倾覆; as people post it: 龙门吊吊货的时候整个翻倒了)
    # (or during it: 龙门吊昨晚作业期间整体倒塌)
    # (or when, then what it was doing: 龙门吊今天下午在吊装船体分段时整体倾覆)
    r"(?:在?[^，,。；;！!？?\s]{1,14}?(?:时候|时|中|期间))?(?:[^，,。；;！!？?\s]{0,4}?)(?:整体|整个|突然|发生)*"
    # (or whole, as people post it: 厂里的龙门吊整个倒了)
    # (or came down whole: 龙门吊整个翻下来了)
    r"(?P<verb>倾覆|倒塌|侧翻|翻倒|倾倒|翻覆|垮塌|(?<=整个)(?:倒了|翻了|塌了|(?:翻|倒|砸|塌)下来了?))"
)
_VESSEL = re.compile(
    r"(?P<what>锅炉(?!房)|压力容器|压力管道|蒸汽管道|储气罐|球罐|球形储罐"
    # (a gas cylinder, an autoclave, a thermal-oil boiler: 乙炔气瓶, 蒸压釜, 导热油炉)
    # (not a household gas bottle, 液化气钢瓶, whose gas leaked and caught fire more often than it burst)
    r"|(?<!液化气)(?<!液化石油气)气瓶|乙炔瓶|氧气瓶|蒸压釜|高压釜|导热油炉|热载体炉"
    # (液化气站的储罐, 液化石油气储配站一储罐, 液化石油气储配站内一座卧式储罐)
    # (a hospital's liquid oxygen: 医用液氧储罐)
    r"|(?:液化石油气|液化气|液氨|液氯|氢气|氧气|液氧|液氮|液化天然气|LNG|丙烷|丙烯|丁烷|二氧化碳)(?:[\u4e00-\u9fff]{0,3}?(?:站|厂|库|公司)[内里]?)?的?一?(?:个|座|只|台)?"
    # (its shape between: 50立方米液化石油气卧式储罐)
    r"(?:卧式|立式|球形)?储罐)"
    # (or as people post it: 液化气站的储罐炸了; or when between: 燃煤蒸汽锅炉于12月7日上午发生爆炸)
    # (or what was being done: 液化石油气储罐在卸车作业时发生爆炸)
    # (or a leak first: 一座球罐发生泄漏后爆炸; a part of it: 蒸压釜釜盖突然崩开发生爆炸)
    # (or both: 蒸压釜在升压过程中釜盖突然崩开发生爆炸)
    r"(?:[^，,。；;！!？?\s]{0,6}?)(?:于[^，,。；;！!？?\s]{1,12}?|在[^，,。；;！!？?\s]{1,10}?(?:时|中)[^，,。；;！!？?\s]{0,6}?)?"
    # (the hour between: 燃煤蒸汽锅炉今天早上7点左右突然爆炸)
    r"(?:(?:今天|昨天|今日|昨日|当天|今晨|昨晚)?(?:早上|上午|中午|下午|傍晚|晚上|凌晨)?[\d一二两三四五六七八九十]{1,3}(?:时|点)"
    r"(?:许|左右|多)?)?"
    r"(?:突然|突发|发生|(?:泄漏|起火|着火)后?)*"
    r"(?P<verb>爆炸|炸了|炸开)"
)
"""A boiler, a pressure vessel or a pressure pipe that exploded, a tank that holds gas under pressure
included (储气罐, 液化气储罐, 液氨储罐, 球罐); not a boiler room, where leaked gas may have; not a chemical
reactor, whose runaway reaction is a production-safety accident; not a tank of oil or chemicals at
atmospheric pressure (储油罐, 储罐 of no gas named), which is no pressure vessel."""
_DENIED_BEFORE = re.compile(r"(?:非|不是|没有|未)$")
"""Said not to have happened right before the equipment named (系锅炉安全阀起跳排汽…，并非锅炉爆炸)."""
_BUILDING_SITE = re.compile(r"工地|施工|在建|建筑|项目部|楼盘|工程|市政|安装|拆卸|顶升|地盘")
"""A building or municipal works site, whose cranes the 条例 does not grade."""
_EQUIPMENT_SITE = re.compile(r"港|码头|厂|车间|仓库|货场|堆场|物流|钢铁|电站|电厂|矿")
"""A site of the 条例's cranes (ports, factories, workshops)."""
_NOT_THIS_ONE = re.compile(
    r"\d{4}年|曾|此前|上次|以往|历史上|类似|前几年|几年前|多年前|去年|前年|往年|当年"
    r"|防止|预防|避免|严防|杜绝|谨防|以免|如果|假如|一旦"
)
"""Words in the clause before the equipment that make its accident another's, feared or prevented."""
_ARTICLE = "特种设备安全监察条例第六十三条"


@dataclass(frozen=True)
class EquipmentAccident:
    grade: IncidentGrade | None
    """``None`` where the rule may apply and the text does not say (a crane's site unsaid)."""
    reason: str
    what: str = ""
    """The words of the equipment and what befell it (``锅炉今天早上炸了``)."""


def equipment_grade(text: str) -> EquipmentAccident | None:
    """The grade 《特种设备安全监察条例》 gives the equipment's accident ``text`` reports (a boiler or a
    pressure vessel that exploded, a crane that toppled), with its reason; ``None`` when it reports none."""
    if "炸" not in text and "吊" not in text and "起重" not in text:
        return None  # (most texts name no such equipment)
    for m in _happened(text, _VESSEL):
        why = f"{m.group('what')}爆炸（{_ARTICLE}：锅炉、压力容器、压力管道爆炸为较大事故）（原文“{m.group()}”）"
        return EquipmentAccident(IncidentGrade.LARGE, why, m.group())
    sentences = Sentences(text)
    for m in _happened(text, _CRANE):
        sentence = sentences.until(sentences.start_of(m.start()), m.end())
        if _BUILDING_SITE.search(sentence):
            continue  # 工地塔吊倒塌: a production-safety accident, graded by its toll
        rule = f"{_ARTICLE}：房屋建筑、市政工程工地以外的起重机械整体倾覆为较大事故"
        if _EQUIPMENT_SITE.search(sentence):
            why = f"起重机械倾覆（{rule}；仅吊臂等结构件折断为一般，请核实是否整体倾覆）（原文“{m.group()}”）"
            return EquipmentAccident(IncidentGrade.LARGE, why, m.group())
        why = f"起重机械倾覆（{rule}，原文未写明场所，未计入，请核实）（原文“{m.group()}”）"
        return EquipmentAccident(None, why, m.group())
    return None


def _happened(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of ``pattern`` that report the equipment's accident as happening (not 防止塔吊倒塌,
    可能引起锅炉爆炸, nor 2019年曾发生塔吊倒塌)."""
    out = []
    for m in pattern.finditer(text):
        if not reports_incident_at(text, m.start("verb"), m.end("verb")) or _DENIED_BEFORE.search(
            text, max(0, m.start() - 3), m.start()
        ):
            continue  # (并非锅炉爆炸: what it was not)
        if states_the_rule(_full_sentence(text, m.start(), m.end())):
            continue  # (有下列情形之一的，为较大事故：…；锅炉、压力容器、压力管道爆炸的; 锅炉爆炸算什么等级？)
        if _NOT_THIS_ONE.search(clause_before(text, m.start())) is None:
            out.append(m)
    return out


_FULL_STOP = re.compile(r"[。！!？?\n]")


def _full_sentence(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]`` up to full stops, its items of a list joined by ``；`` (a rule's
    conditions: 有下列情形之一的，为较大事故：…；锅炉、压力容器、压力管道爆炸的；…)."""
    opened = max(text.rfind(c, 0, start) for c in "。！!？?\n") + 1
    closed = _FULL_STOP.search(text, end)
    return text[opened : closed.start() if closed else len(text)]


_RIDES = ("过山车", "摩天轮", "跳楼机", "大摆锤", "海盗船", "空中飞椅", "游乐设施", "游乐项目", "高空观光")
_ROPEWAYS = ("客运索道", "索道", "缆车")
_LIFTS = ("电梯", "轿厢")
_STUCK_EQUIPMENT = re.compile("|".join((*_RIDES, *_ROPEWAYS, *_LIFTS)))
_CARRIER = re.compile("|".join((*_RIDES, *_ROPEWAYS)))
"""A ropeway or a ride, whose car (轿厢) is theirs where its sentence names one."""
_STUCK = re.compile(
    r"被困|受困|滞留|困在|困了|关在|被关|关了|倒挂在|倒挂半空|挂在半空|吊在半空|悬在半空"
    # (过山车卡在最高点 十几个游客头朝下挂了一个多小时)
    r"|卡在(?:了)?(?:最高点|半空|空中|高空|顶上|轨道上)|(?<=[下着])挂了|悬停在(?:了)?(?:半空|空中|高空)"
)
"""Kept there (a report of people kept on equipment says 被困 or 滞留: 停在半空，16名游客被困高空; as people
tell it, 一家三口在里面困了两个半小时, 16名游客被倒挂在半空1个多小时)."""
_DURATION = re.compile(
    r"(?P<pre>长达|近|将近|接近|约|大约|超过|逾|达|足足)?"
    r"(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]+|半)(?:个)?(?P<more>多)?(?P<half>半)?(?P<unit>小时|钟头|分钟)"
    r"(?P<half_after>半)?"
)
"""How long people were kept (长达3个小时, 2个多小时, 1个半小时, 两小时半, 半个小时, 约40分钟)."""


@dataclass(frozen=True)
class Stranding:
    """People kept on special equipment (电梯困人, 过山车高空滞留) and the grade the 条例 gives it."""

    what: str
    grade: IncidentGrade
    reason: str


def stranded(text: str) -> Stranding | None:
    """The grade 《特种设备安全监察条例》 gives people kept in a lift or high up on a ropeway or a
    ride for as long as ``text`` says (第六十四条: a lift's car 2 hours or more, a ropeway 3.5 hours, a
    large ride 1 hour: 一般; 第六十三条: a ropeway or a ride 12 hours: 较大; 第六十二、六十一条: 100
    people or more for 24 or 48 hours: 重大, 特别重大); ``None`` below that or when it reports none."""
    # (most texts tell no one stuck: a test for one character is far cheaper than the pattern's search,
    # and 困 is mostly 困难)
    cued = "困" in text or "滞" in text or "半空" in text or "倒挂" in text or "卡在" in text
    cued = cued or "关在" in text or "关了" in text or "被关" in text  # (关 alone is mostly 有关, 关于)
    if not cued or _STUCK.search(text) is None:
        return None
    sentences = Sentences(text)
    for m in _STUCK_EQUIPMENT.finditer(text):
        begin = sentences.start_of(m.start())
        sentence = sentences.until(begin, m.start())
        stuck = _STUCK.search(sentence)
        if stuck is None or not reports_incident_at(text, begin + stuck.start(), begin + stuck.end()):
            continue
        if _NOT_THIS_ONE.search(sentence, 0, m.start() - begin) is not None:
            continue
        if states_the_rule(_full_sentence(text, m.start(), m.end())):
            continue  # (客运索道、大型游乐设施高空滞留人员12小时以上的: the rule's words)
        duration = _DURATION.search(sentence, stuck.start())
        if duration is None and begin + len(sentence) < len(text):
            # how long told in the next sentence as the time they were kept (5名居民被困轿厢内。…被困时间约2小时20分钟;
            # not 物业承诺确保监控室24小时有人值班)
            sentence = sentences.until(begin, begin + len(sentence) + 1)
            duration = _DURATION.search(sentence, stuck.start())
            kept = _KEPT_FOR.search(sentence, max(0, duration.start() - 8), duration.start()) if duration else None
            if duration is not None and kept is None and _RESCUE_TOOK.match(sentence, duration.end()) is not None:
                # 137名游客被困吊厢。经约4个半小时紧急救援，17时许全部游客安全转移: kept as long as the rescue took
                kept = _RESCUED_AFTER.search(sentence, max(0, duration.start() - 3), duration.start())
            duration = duration if kept is not None else None
        hours = _hours(duration) if duration is not None else None
        if hours is None or duration is None:
            continue
        what = m.group()
        if what == "轿厢" and (other := _CARRIER.search(sentence)) is not None:
            what = other.group()  # 客运索道因故障临时停运，22名游客被困轿厢: a ropeway's car, not a lift's
        kind, grade = _stranding_grade(what, hours, _people(sentence))
        if grade is None:
            continue
        why = f"{kind}滞留人员{duration.group()}（{_rule(kind, grade)}）（原文“{sentence.strip()[:60]}”）"
        return Stranding(what, grade, why)
    return None


_KEPT_FOR = re.compile(
    # (where between: 游客被困吊厢长达13个小时)
    r"(?:被困|受困|滞留|困了|悬停|停留)(?:在)?(?:[\u4e00-\u9fff]{1,3}?[内中里]?)?(?:时间)?(?:约|长达|近|达|了)?$"
)
"""The words of how long people were kept, right before a duration told in a sentence of its own."""
_RESCUED_AFTER = re.compile(r"经过?$")
_RESCUE_TOOK = re.compile(r"(?:的)?(?:紧急|全力|连续)?(?:救援|营救|施救|抢修|处置|转移)")
"""A rescue that took so long (经约4个半小时紧急救援): those kept were kept as long."""
_PEOPLE = Prefiltered(re.compile(rf"(?P<n>{NUM})(?:余|多)?(?:名|人|位)"))


def _people(sentence: str) -> float:
    """The most people a sentence counts (16名游客被困, 一百二十名游客): 0 when it counts none."""
    counts = (parse_count(m.group("n")) for m in _PEOPLE.finditer(sentence))
    return max((c[0] for c in counts if c is not None), default=0.0)


def _hours(m: re.Match[str]) -> float | None:
    """The hours a duration states, less a little where it is short of its figure (近2小时)."""
    raw = m.group("n")
    parsed = (0.5, Bound.EXACT) if raw == "半" else parse_count(raw)
    if parsed is None:
        return None
    value = parsed[0]
    if m.group("half") or m.group("half_after"):
        value += 0.5
    if m.group("unit") == "分钟":
        value /= 60
    if m.group("pre") in ("近", "将近", "接近"):
        value -= 1e-6  # short of it
    return value or None


_STUCK_RULES = {
    IncidentGrade.ESPECIALLY_MAJOR: ("第六十一条", "高空滞留100人以上并且时间在48小时以上"),
    IncidentGrade.MAJOR: ("第六十二条", "高空滞留100人以上并且时间在24小时以上48小时以下"),
    IncidentGrade.LARGE: ("第六十三条", "高空滞留人员12小时以上"),
}
_STUCK_LEAST = {
    "电梯轿厢": "滞留人员2小时以上",
    "客运索道高空": "高空滞留人员3.5小时以上",
    "大型游乐设施高空": "高空滞留人员1小时以上",
}


def _rule(kind: str, grade: IncidentGrade) -> str:
    """The article of the 条例 that gives ``grade`` to people kept on equipment of ``kind``."""
    if grade is IncidentGrade.GENERAL:
        article, equipment, what = "第六十四条", kind.removesuffix("高空"), _STUCK_LEAST[kind]
    else:
        (article, what), equipment = _STUCK_RULES[grade], "客运索道、大型游乐设施"
    return f"特种设备安全监察条例{article}：{equipment}{what}为{grade.label}事故"


def _stranding_grade(what: str, hours: float, people: float) -> tuple[str, IncidentGrade | None]:
    """The equipment's kind and the grade of keeping people on it ``hours`` long."""
    if what in _LIFTS:
        return "电梯轿厢", IncidentGrade.GENERAL if hours >= 2 else None
    kind, least = ("客运索道高空", 3.5) if what in _ROPEWAYS else ("大型游乐设施高空", 1.0)
    if people >= 100 and hours >= 48:
        return kind, IncidentGrade.ESPECIALLY_MAJOR
    if people >= 100 and hours >= 24:
        return kind, IncidentGrade.MAJOR
    if hours >= 12:
        return kind, IncidentGrade.LARGE
    return kind, IncidentGrade.GENERAL if hours >= least else None

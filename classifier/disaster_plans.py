"""The national plans that grade some natural disasters by thresholds of their own.

The 条例's thresholds (:mod:`classifier.grading`) are those of production-safety accidents. Two
kinds of natural disaster have plans that grade them otherwise (:func:`plan_for`):

* **an earthquake**, by 《国家地震应急预案》 (4.1): by its dead, the missing included (含失踪): 10 or
  more 较大, 50 or more 重大, 300 or more 特别重大; or by a direct loss measured against the province's
  product of the year before (1 % or more: 特别重大), which a news item does not give, so a loss is
  named for the desk and not graded. Injuries are no criterion. The magnitude gives a first reading
  (初判, :func:`first_reading`) that depends on how densely the epicentre's area is peopled: in a
  populous area (人口较密集地区) 4.0 级 一般, 5.0 较大, 6.0 重大, 7.0 特别重大; in a densely peopled
  one (人口密集地区) one grade higher from 4.0 (6.0: 特别重大). The populous area's reading is
  proposed and the denser one's named for the desk to check. An earthquake's secondary disasters (a
  landslide it set off) are the earthquake's.
* **a geological disaster** (滑坡, 泥石流, 崩塌, 山体塌方, 地质灾害:
  :data:`classifier.event_types.GEOLOGICAL_TERMS`), by 《国家突发地质灾害应急预案》 (灾情): by its dead
  (3, 10, 30, as the 条例) or its direct loss: 100万元 or more 较大 (中型), 500万 重大 (大型), 1000万
  特别重大 (特大型). Injuries are no criterion.

An accident that polluted (:mod:`classifier.environment`) is graded by 《国家突发环境事件应急预案》
(:data:`ENVIRONMENT`): the dead as the 条例, everyone poisoned with the seriously injured, a lower
direct loss (500万 较大, 2000万 重大, 1亿 特别重大) and the people evacuated.

Other natural disasters (floods, typhoons, storms) are graded by the 条例's thresholds, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.contexts import reports_incident_at
from classifier.environment import drank_polluted, environmental
from classifier.event_types import GEOLOGICAL_TERMS
from classifier.poisoning import is_food_poisoning
from classifier.sentences import clause_before
from models.enums import THRESHOLD_GRADES, EventType, IncidentGrade

__all__ = [
    "EARTHQUAKE",
    "ENVIRONMENT",
    "GEOLOGICAL",
    "REGULATION",
    "Magnitude",
    "Plan",
    "first_reading",
    "grade_at",
    "magnitude",
    "plan_for",
    "shown",
]


@dataclass(frozen=True)
class Plan:
    """The thresholds (特别重大, 重大, 较大: each the least that reaches it) one plan grades by; a
    criterion it does not grade by is ``None``."""

    kind: str
    """What the plan grades (``地震灾害``); empty for the 条例 itself."""
    deaths: tuple[float, float, float]
    serious: tuple[float, float, float] | None
    loss: tuple[float, float, float] | None
    criteria: str = ""
    """What the plan grades by, for the reason of a figure it leaves out."""
    loss_note: str = ""
    """Why a loss is not graded, where :attr:`loss` is ``None``."""
    deaths_word: str = "死亡"
    """How the plan names the deaths it counts (``死亡（含失踪）``)."""
    missing_by: str = "条例"
    """Whose rule counts the missing with the dead (the 条例's, or the plan's own ``含失踪``)."""
    poisoned: str = "急性工业中毒（条例按重伤计）"
    """How the reason names the poisoned it counts with the seriously injured."""
    poisoned_note: str = ""
    """What the reason says after their number."""

    def at_least(self, grade: IncidentGrade, criterion: str, unit: str) -> str:
        """The plan's threshold of ``grade`` for ``criterion`` (``deaths``/``loss``) as a reason's
        note (``（地震灾害：死亡（含失踪）10人以上为较大）``); empty for the 条例."""
        thresholds = self.deaths if criterion == "deaths" else self.loss
        if not self.kind or thresholds is None:
            return ""
        word = self.deaths_word if criterion == "deaths" else "直接经济损失"
        if grade in THRESHOLD_GRADES:
            low = thresholds[THRESHOLD_GRADES.index(grade)]
            return f"（{self.kind}：{word}{shown(low, unit)}以上为{grade.label}）"
        return f"（{self.kind}：{word}不足{shown(thresholds[-1], unit)}为{grade.label}）"


def grade_at(value: float, thresholds: tuple[float, float, float]) -> IncidentGrade:
    """The grade ``value`` reaches by ``thresholds`` (特别重大, 重大, 较大: each the least that reaches it);
    below them all, 一般."""
    top, major, large = thresholds  # (tests in a row: this runs for every item, a loop costs more)
    if value >= top:
        return IncidentGrade.ESPECIALLY_MAJOR
    if value >= major:
        return IncidentGrade.MAJOR
    if value >= large:
        return IncidentGrade.LARGE
    return IncidentGrade.GENERAL


def shown(value: float, unit: str) -> str:
    """A threshold or a figure as a reason writes it (``500万元``, ``1亿元``, ``100人``)."""
    if unit == "元":
        return f"{value / 1e8:g}亿元" if value >= 1e8 else f"{value / 1e4:g}万元"
    return f"{value:g}{unit}"


REGULATION = Plan("", (30, 10, 3), (100, 50, 10), (1e8, 5e7, 1e7))
"""《生产安全事故报告和调查处理条例》第三条."""
EARTHQUAKE = Plan(
    "地震灾害",
    (300, 50, 10),
    None,
    None,
    criteria="地震灾害按死亡（含失踪）人数定级",
    loss_note="地震灾害按直接经济损失占地震发生地省份上年生产总值的比例定级（1%以上为特别重大），未计入，请核实",
    deaths_word="死亡（含失踪）",
    missing_by="预案",
)
GEOLOGICAL = Plan("地质灾害", (30, 10, 3), None, (1e7, 5e6, 1e6), criteria="地质灾害按死亡人数和直接经济损失定级")

ENVIRONMENT = Plan(
    "突发环境事件",
    (30, 10, 3),
    (100, 50, 10),
    (1e8, 2e7, 5e6),
    poisoned="中毒",
    poisoned_note="（突发环境事件按中毒或重伤人数定级）",
)
"""《国家突发环境事件应急预案》附件1; the people evacuated are graded too (:data:`classifier.environment.EVACUATED`)."""


_INFECTION_TERMS = frozenset({"霍乱", "鼠疫", "肺鼠疫", "腺鼠疫", "炭疽", "疫情", "确诊", "传染病", "禽流感", "非典"})
"""An infectious disease's words: its outbreak is the public-health plan's, a polluted well its source told
(霍乱…累计确诊31例…疫源初步锁定为镇区一处受污染的水井), not a release's poisoning."""


def plan_for(event_type: EventType, terms: tuple[str, ...], text: str = "") -> Plan:
    """The plan an event of ``event_type`` named by ``terms`` is graded by (``text``: an accident's,
    read for pollution: :func:`classifier.environment.environmental`)."""
    if event_type is EventType.ACCIDENT and text and environmental(text):
        return ENVIRONMENT
    if (
        event_type is EventType.PUBLIC_HEALTH
        and text
        and not _INFECTION_TERMS.intersection(terms)
        and environmental(text)
        and (not is_food_poisoning(text) or drank_polluted(text))
    ):
        # (water drunk that pollution reached is no food: 近百名村民饮用被上游企业排放废水污染的井水后…出现…中毒症状)
        # 气井发生井喷，含硫化氢天然气随风扩散…周边村民…一百四十余人中毒住院: a poisoning a release brought
        return ENVIRONMENT
    if event_type is not EventType.NATURAL_DISASTER:
        return REGULATION
    if "地震" in terms:
        return EARTHQUAKE
    if GEOLOGICAL_TERMS.intersection(terms):
        return GEOLOGICAL
    return REGULATION


@dataclass(frozen=True)
class Magnitude:
    value: float
    quote: str
    start: int = 0
    """Where the quote begins in the text."""


_MAGNITUDE = re.compile(
    r"(?:(?:里氏|M[Ss]?\s?)?(?P<a>\d(?:\.\d)?)\s?级(?:左右)?(?:的)?(?:强烈|浅源|深源)?(?P<quake>地震|强震|余震)"
    r"|(?P<quake2>地震)[^。！？!?；;\n]{0,12}?震级(?:为|达|是)?(?:里氏)?M?(?P<b>\d(?:\.\d)?)级?"
    r"|M(?P<c>\d\.\d)级?(?P<quake3>地震)"
    # Taiwan's word for a magnitude (規模6.1地震)
    r"|规模(?P<d>\d(?:\.\d)?)级?(?:的)?(?:强烈|浅源|深源)?(?P<quake4>地震|强震|余震)"
    # or a quake named, its magnitude told after it as people post it (是不是地震了？…江山附近3.1级)
    r"|(?P<quake5>地震)[^。；;\n]{0,40}?(?<![\d.])(?P<e>\d\.\d)级(?![^。；;\n]{0,6}?(?:地震|强震|余震|风|台风)))"
)
_NOT_THIS_ONE = re.compile(r"\d{4}年|曾|历史上|此前|上次|相当于|抗|抵御|抵抗|承受|防御|设防|预测|模拟|假定|假设")
"""Words in the clause before a magnitude that make it another earthquake's (``2008年汶川8.0级地震``),
a comparison or a design level (``可抵御8级地震``), not this one's."""


_YEAR_FIRST = re.compile(r"\s*(?:19|20)\d\d年[，,]")
"""A sentence opening with a year alone: an earthquake it tells is an earlier one."""
_FORMAL = re.compile(
    # (the place told again between: 正式测定：泸定县发生6.6级地震)
    r"正式测定(?:为|：|:)?\s?(?:[^，,。；;！!？?\d]{1,16}?(?:发生|为))?(?:M[Ss]?\s?)?(?P<v>\d(?:\.\d)?)\s?级"
)
"""The network's formal measure after its automatic one (正式测定：5.1级)."""


def magnitude(text: str) -> Magnitude | None:
    """The magnitude of the earthquake ``text`` reports (the first one told as happening), or ``None``."""
    if ("级" not in text and "规模" not in text) or "震" not in text:
        return None  # (most texts name no earthquake)
    for m in _MAGNITUDE.finditer(text):
        quake = next(g for g in ("quake", "quake2", "quake3", "quake4", "quake5") if m.group(g) is not None)
        if not reports_incident_at(text, m.start(quake), m.end(quake)):
            continue  # 可能发生6级地震, 地震应急演练
        if _NOT_THIS_ONE.search(clause_before(text, m.start())):
            continue
        opened = max(text.rfind(c, 0, m.start()) for c in "。！？!?；;\n") + 1
        if _YEAR_FIRST.match(text, opened, m.start()) is not None:
            continue  # 2014年，鲁甸6.5级地震造成617人死亡。今天凌晨，鲁甸县再次发生4.1级地震: the earlier one
        value = float(m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e"))
        if "正式测定" in text and (formal := _FORMAL.search(text, m.end())) is not None:
            # 自动测定…7.1级左右地震。正式测定为6.9级: the formal measure replaces the automatic one
            return Magnitude(float(formal.group("v")), formal.group(), formal.start())
        return Magnitude(value, m.group(), m.start())
    return None


_POPULOUS = (7.0, 6.0, 5.0, 4.0)
"""Magnitudes from which an earthquake in a populous area (人口较密集地区) is first read as 特别重大,
重大, 较大 and 一般; in a densely peopled one (人口密集地区) each grade is reached one magnitude lower."""
_READINGS = (*THRESHOLD_GRADES, IncidentGrade.GENERAL)


def _reading(value: float, lows: tuple[float, ...]) -> IncidentGrade | None:
    return next((grade for grade, low in zip(_READINGS, lows, strict=False) if value >= low), None)


def first_reading(
    m: Magnitude, *, abroad: bool = False, epicentre: str | None = None
) -> tuple[IncidentGrade | None, str]:
    """The first reading (初判) of an earthquake of magnitude ``m`` in a populous area, with its
    reason naming the densely peopled area's reading for the desk to check; ``None`` below 4.0,
    ``abroad`` (tolls abroad and at home told apart: the grade at home is its toll's) or with its
    ``epicentre`` abroad (缅甸发生7.2级地震: felt at home, its grade at home is its toll's)."""
    quote = f"（原文“{m.quote}”）"
    if epicentre is not None:
        return None, f"震级{m.value:g}级（震中在境外，原文“{epicentre}”：境内按伤亡定级，不按震级初判）{quote}"
    if abroad:
        return None, f"震级{m.value:g}级（境外、境内伤亡分列：境内按伤亡定级，不按震级初判）{quote}"
    populous = _reading(m.value, _POPULOUS)
    if populous is None:
        return None, f"震级{m.value:g}级（地震灾害：4.0级以下不作初判）{quote}"
    dense = _reading(m.value, tuple(low - 1 for low in _POPULOUS[:3]))
    check = ""
    if dense is not None and dense is not populous:
        check = f"；若震中为人口密集地区则为{dense.label}，请核实"
    why = f"震级{m.value:g}级（地震灾害初判：人口较密集地区{_band(m.value)}为{populous.label}{check}）{quote}"
    return populous, why


def _band(value: float) -> str:
    low = next(low for low in _POPULOUS if value >= low)
    return f"{low:.1f}级以上" if low == _POPULOUS[0] else f"{low:.1f}～{low + 1:.1f}级"

"""Environmental incidents (突发环境事件), which 《国家突发环境事件应急预案》 grades by thresholds of its own.

:func:`environmental` tells whether an accident's text reports pollution: an environmental incident
named (``突发环境事件``, ``水污染事件``, ``污染事故``), pollution of water, air or soil said to have
happened (``造成河道污染``, ``大量死鱼``), or a toxic leak that reached people outside the plant
(``氯气泄漏…疏散周边群众``). The plan (附件1) grades such an incident by the dead (3, 10, 30, as the
条例), the people poisoned or seriously injured (10, 50, 100: everyone poisoned counts, not only
workers), the direct loss (500万, 2000万, 1亿元: lower than the 条例's) and the people evacuated
or moved (:func:`evacuated`: 5,000 较大, 10,000 重大, 50,000 特别重大).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.contexts import reports_incident_at
from classifier.numbers import NUM, Bound, parse_amount
from models.enums import THRESHOLD_GRADES, IncidentGrade

__all__ = ["EVACUATED", "Evacuated", "environmental", "evacuated"]

_NAMED = re.compile(r"突发环境事件|环境污染事件|水污染事件|大气污染事件|污染事故|环境事件|水污染事故")
_POLLUTED = re.compile(
    r"(?:造成|导致|致使|引发|引起)[^，,。；;！!？?\n]{0,10}?(?:污染|死鱼|鱼类死亡)"
    r"|(?:河道|河流|河水|江水|水体|水源|水库|湖泊|饮用水|地下水|土壤|农田)[^，,。；;！!？?\n]{0,4}?(?:受到|遭到|被)?污染"
    r"|大量死鱼|大面积死鱼"
)
_LEAKS = ("泄漏", "泄露", "外泄", "逸出")
_TOXIC = re.compile(
    r"有毒|毒气|氯气|液氯|氨气|液氨|硫化氢|光气|氰化|苯|硫酸|盐酸|硝酸|危化品|危险化学品|化学品|化工|农药|废水|废液|污水"
)
_OUTSIDE = re.compile(r"疏散|转移|撤离|周边|附近|下风向|村民|居民|群众|市民")


def environmental(text: str) -> bool:
    """Whether ``text`` (an accident's) reports an environmental incident (see the module docstring)."""
    polluting = "污染" in text
    if polluting or "环境" in text:  # (every named incident holds one of the two)
        named = _NAMED.search(text)
        if named is not None and reports_incident_at(text, named.start(), named.end()):
            return True
    if polluting or "死鱼" in text:
        polluted = _POLLUTED.search(text)
        if polluted is not None and reports_incident_at(text, polluted.start(), polluted.end()):
            return True
    if not any(word in text for word in _LEAKS):
        return False
    return _TOXIC.search(text) is not None and _OUTSIDE.search(text) is not None


@dataclass(frozen=True)
class Evacuated:
    count: float
    bound: Bound
    quote: str

    def reason(self, grade: IncidentGrade) -> str:
        """The reason naming the people evacuated and the plan's threshold of ``grade``."""
        above = "（下限）" if self.bound is Bound.AT_LEAST else ""
        if grade is IncidentGrade.GENERAL:
            band = f"不足{EVACUATED[-1]:g}人为一般"
        else:
            band = f"{EVACUATED[THRESHOLD_GRADES.index(grade)]:g}人以上为{grade.label}"
        return f"疏散、转移{self.count:g}人{above}（突发环境事件：疏散、转移{band}）（原文“{self.quote}”）"


EVACUATED = (50000.0, 10000.0, 5000.0)
"""People evacuated or moved from which an environmental incident is 特别重大, 重大 and 较大."""
_MOVED = r"(?:紧急)?(?:疏散|转移|撤离|安置)(?:了)?"
_PEOPLE = r"(?:群众|居民|村民|人员|民众|师生|学生|住户|市民|工人|员工)"
_EVACUATED = re.compile(
    rf"{_MOVED}(?:周边|附近|周围|下风向|沿线|沿岸)?[\u4e00-\u9fff]{{0,6}}?{_PEOPLE}"
    rf"(?:约|共|达|近|超过|逾)?(?P<n>{NUM})(?P<q1>余|多)?(?P<wan>万)?(?P<q2>余|多)?(?:人|名)"
    rf"|(?P<n2>{NUM})(?P<q3>余|多)?(?P<wan2>万)?(?P<q4>余|多)?(?:(?:名|人){_PEOPLE}?|{_PEOPLE})(?:被)?(?:已)?{_MOVED}"
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
        if value is None:
            continue
        if m.group("wan") or m.group("wan2"):
            value *= 10000
        above = any(m.group(g) for g in ("q1", "q2", "q3", "q4"))
        if best is None or value > best.count:
            best = Evacuated(value, Bound.AT_LEAST if above else Bound.EXACT, m.group())
    return best

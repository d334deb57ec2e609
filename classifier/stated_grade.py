"""The grade an official text states for the incident it reports.

Official reports name an incident with its grade: ``某县境内发生一起较大道路交通事故``, ``“3·12”重大
瓦斯爆炸事故``, ``经调查认定，该起事故是一起较大生产安全责任事故``. Read only in those namings (a
grade word before 事故/事件 after ``发生一起``, ``是一起``/``为一起``/``认定为一起`` or an incident's date
code in quotes), not where the word names a class of incidents or a danger (``较大以上事故``,
``重大事故隐患``, ``防范重大事故``), a drill's scene, an earlier event (:mod:`classifier.other_events`)
or what follows an incident long after it (``“8·12”特别重大火灾爆炸事故调查报告公布``,
``较大道路交通事故警示教育大会``: :mod:`classifier.occurrence`).

Grading uses it where the text gives no casualty or loss figure (the stated grade is then the only
evidence), and otherwise names it beside the figures' grade when the two differ: news often calls
an incident ``重大`` loosely, so figures, where given, decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.occurrence import reports_incident
from classifier.other_events import imagined_scene, looked_back_on, other_event, recalls, remembered_in
from classifier.prefilter import Prefiltered
from classifier.sentences import SENTENCE
from models.enums import IncidentGrade

__all__ = ["StatedGrade", "stated_grade"]

_GRADES = {
    "特别重大": IncidentGrade.ESPECIALLY_MAJOR,
    "重大": IncidentGrade.MAJOR,
    "较大": IncidentGrade.LARGE,
    "一般": IncidentGrade.GENERAL,
}
_STATED = Prefiltered(
    re.compile(
        # (or 一起 unsaid: 上余镇一烟花爆竹仓库发生重大爆炸事故)
        # (or a place's: 关于大陈乡一起较大道路交通事故的情况通报)
        # (or a notice's about one: 关于某景区客运索道一起较大事故的情况通报)
        # (一起 after the code: 关于象山县“5·20”一起较大渔业船舶水上安全事故的情况通报)
        # (or a notice of one, 一起 unsaid: 关于城北一洗浴中心较大火灾事故的情况通报)
        r"(?:[“\"'‘]\d{1,2}[·.・•\-]\d{1,2}[”\"'’](?:一起)?|发生(?:了)?(?:一起)?|(?<=[乡镇县区市村])一起|关于[^，,。；;！!？?“”\s]{1,20}?一起|关于[^，,。；;！!？?“”\s]{1,20}?(?=(?:特别重大|重大|较大|一般)[^，,。；;！!？?“”\s]{0,12}?(?:事故|事件|火灾)的?(?:有关|初步)?情况的?通报)|(?:是|为|系|属于?)一起|(?:该|此|这)起|发生在[^，,。；;！!？?“”\s]{1,12}?的一起|(?:认定|定性|确定|核定|研判)(?:(?:为|是)?一起|为|是))"
        # (a circumstance between: 关于石门镇一起冰雪路面较大道路交通事故的情况通报)
        r"(?:[\u4e00-\u9fff]{1,4}(?:路面|天气|路段|作业|施工|运输))?"
        r"(?P<words>(?P<grade>特别重大|重大|较大|一般)(?!以上|以下|及以上|性)[^，,。；;！!？?“”\"'\s]{0,12}?"
        # (or a fire, a forest fire or a geological disaster graded by its own plan: 发生一起较大森林火灾)
        r"(?:事故|事件|火灾(?:事故)?|地质灾害(?:事件)?))"
        # (not a count of such events: 其中发生较大事故156起, 发生重大事故3起, 发生较大火灾事故5起)
        r"(?!(?:事故)?[\d一二两三四五六七八九十百千几多]+起)"
    )
)
_NOT_AN_INCIDENT = re.compile(r"隐患|风险|以上|苗头")
_AGAINST = re.compile(
    r"(?:防范|预防|防止|遏制|杜绝|避免|严防|减少|坚决|不发生|确保|未|没有|没|无)[^，,。；;！!？?]{0,10}$"
)

_LAW_CASE = re.compile(r"[^。；;！!？?“”]{0,30}?的[，,]")
"""A statute's case the naming opens (…致使发生重大事故，造成劳动者生命和财产损失的，对责任人员…): a rule."""
_IF = re.compile(r"(?:当|一旦|万一|若|如果|假如|倘若|要是)[^，,。；;！!？?]{0,8}$")
"""A condition opening the clause: an incident that may happen."""


@dataclass(frozen=True)
class StatedGrade:
    grade: IncidentGrade
    words: str
    """The naming it was read from (``较大道路交通事故``)."""


def stated_grade(text: str) -> StatedGrade | None:
    """The grade the text states for its own incident, the highest if it names several, or ``None``."""
    if ("故" not in text or "事故" not in text) and ("件" not in text or "事件" not in text) and "灾" not in text:
        return None  # (a character is tested first: a faster scan)
    if ("重大" not in text and "较大" not in text and "一般" not in text) or _STATED.search(text) is None:
        return None  # (most texts name no incident so)
    best: StatedGrade | None = None
    for sm in SENTENCE.finditer(text):
        sentence = sm.group()
        if imagined_scene(sentence):
            continue
        for m in _STATED.finditer(sentence):
            if (
                _NOT_AN_INCIDENT.search(m.group("words"))
                or _AGAINST.search(sentence, 0, m.start())
                or _IF.search(sentence, 0, m.start())
                or _LAW_CASE.match(sentence, m.end()) is not None
            ):
                continue  # (not one that may happen: 当发生重大人身触电事故后，打起官司来)
            if other_event(sentence, m.start("words")) is not None:
                continue  # 2019年曾发生一起重大火灾事故: an earlier event's
            if (remembered_in(text) and recalls(sentence, m.start("words"))) or looked_back_on(text, sm.start()):
                continue  # 2019年3月21日，…发生特别重大爆炸事故…。七年过去了: the one remembered, long past
            if not reports_incident(sentence, m.end("words") - 2, m.end("words")):
                continue  # “8·12”特别重大火灾爆炸事故调查报告公布: its report, long after it
            found = StatedGrade(_GRADES[m.group("grade")], m.group("words"))
            if best is None or found.grade.severity > best.grade.severity:
                best = found
    return best


def with_stated(
    stated: StatedGrade, grade: IncidentGrade | None, figured: bool
) -> tuple[IncidentGrade | None, str | None]:
    """The grade once the text's ``stated`` one is read beside the figures' ``grade`` (``figured``:
    the text gives a casualty or loss figure), and the reason to add, if any."""
    label = stated.grade.label
    if not figured:
        return stated.grade, f"原文定级“{stated.words}” → {label}（未见伤亡或损失数字，按原文所称等级）"
    if grade is not stated.grade:
        return grade, f"原文称“{stated.words}”（{label}），与伤亡、损失数字所定等级不同，请核实"
    return grade, None

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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.contexts import reports_incident_at
from classifier.sentences import Sentences, clause_before
from models.enums import IncidentGrade

__all__ = ["EquipmentAccident", "equipment_grade"]

_CRANE = re.compile(
    r"(?P<what>塔吊|塔式起重机|门式起重机|门座起重机|桥式起重机|流动式起重机|起重机|龙门吊|履带吊|汽车吊|吊车)"
    r"(?:[^，,。；;！!？?\s]{0,4}?)(?:整体|突然|发生)*(?P<verb>倾覆|倒塌|侧翻|翻倒|倾倒|翻覆|垮塌)"
)
_VESSEL = re.compile(
    r"(?P<what>锅炉(?!房)|压力容器|压力管道|蒸汽管道|储气罐)(?:[^，,。；;！!？?\s]{0,4}?)(?:突然|发生)*(?P<verb>爆炸)"
)
"""A boiler, a pressure vessel or a pressure pipe that exploded (not a boiler room, where leaked gas may
have; not a chemical reactor, whose runaway reaction is a production-safety accident)."""
_BUILDING_SITE = re.compile(r"工地|施工|在建|建筑|项目部|楼盘|工程|市政|安装|拆卸|顶升")
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


def equipment_grade(text: str) -> EquipmentAccident | None:
    """The grade 《特种设备安全监察条例》 gives the equipment's accident ``text`` reports (a boiler or a
    pressure vessel that exploded, a crane that toppled), with its reason; ``None`` when it reports none."""
    if "爆炸" not in text and "吊" not in text and "起重" not in text:
        return None  # (most texts name no such equipment)
    for m in _happened(text, _VESSEL):
        why = f"{m.group('what')}爆炸（{_ARTICLE}：锅炉、压力容器、压力管道爆炸为较大事故）（原文“{m.group()}”）"
        return EquipmentAccident(IncidentGrade.LARGE, why)
    sentences = Sentences(text)
    for m in _happened(text, _CRANE):
        sentence = sentences.until(sentences.start_of(m.start()), m.end())
        if _BUILDING_SITE.search(sentence):
            continue  # 工地塔吊倒塌: a production-safety accident, graded by its toll
        rule = f"{_ARTICLE}：房屋建筑、市政工程工地以外的起重机械整体倾覆为较大事故"
        if _EQUIPMENT_SITE.search(sentence):
            why = f"起重机械倾覆（{rule}；仅吊臂等结构件折断为一般，请核实是否整体倾覆）（原文“{m.group()}”）"
            return EquipmentAccident(IncidentGrade.LARGE, why)
        why = f"起重机械倾覆（{rule}，原文未写明场所，未计入，请核实）（原文“{m.group()}”）"
        return EquipmentAccident(None, why)
    return None


def _happened(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of ``pattern`` that report the equipment's accident as happening (not 防止塔吊倒塌,
    可能引起锅炉爆炸, nor 2019年曾发生塔吊倒塌)."""
    out = []
    for m in pattern.finditer(text):
        if not reports_incident_at(text, m.start("verb"), m.end("verb")):
            continue
        if _NOT_THIS_ONE.search(clause_before(text, m.start())) is None:
            out.append(m)
    return out

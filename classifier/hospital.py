"""The people an incident sent to hospital, for the 简要信息 (``5名工人…已被送往医院观察``).

Reports often say how many were taken to hospital without saying they were hurt: the workers who
felt unwell after a leak, the residents who breathed smoke (``3名居民因吸入烟雾被送医观察``). They
are no casualty figure (grading counts the hurt, and a complaint that mentions a hospital is no
incident), but the brief states them. Read only with a number of people before a verb of being
taken to a hospital (``送医``, ``送院``, ``送往…医院``, ``转至…卫生院``); a figure denied or
hypothetical around it (``无人送医``, ``如有人员送医``) has no number to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.numbers import NUM, Bound, parse_count
from classifier.prefilter import Prefiltered

__all__ = ["Hospitalized", "sent_to_hospital"]

_TAKEN = ("送医", "送院", "医院", "卫生院", "医疗机构", "急救中心")
_ADVERBS = r"已经|已|均|都|全部|先后|陆续|随即|立即|紧急|及时|被"
_TO_HOSPITAL = Prefiltered(
    re.compile(
        rf"(?<!第)(?P<num>{NUM})(?P<suf>余|多)?(?:名|人|位)(?P<who>[^，,。；;！!？?\d]{{0,16}}?)"
        rf"(?:[，,](?={_ADVERBS}|并|随后|后))?(?:并|随后|后)?(?:{_ADVERBS})*"
        r"(?:送医|送院|(?:送往|送至|送到|送入|送|转至|转往|转送|转入)[^，,。；;！!？?\d]{0,12}?"
        r"(?:医院|卫生院|医疗机构|急救中心))"
        r"(?P<why>观察|救治|治疗|检查|就医|就诊|留观)?"
    )
)
"""A number of people (not an ordinal: 第3名), then their being taken to a hospital, in their clause or
the next one when it opens with the taking (``5名工人出现不适症状，已被送往医院观察``; not ``3人死亡，伤者已
送医``: the injured, their number unwritten)."""


@dataclass(frozen=True)
class Hospitalized:
    count: float
    bound: Bound
    quote: str


def sent_to_hospital(text: str) -> Hospitalized | None:
    """The most people ``text`` says were taken to hospital, or ``None``."""
    if not any(word in text for word in _TAKEN):
        return None  # (most texts name no hospital: one scan each)
    best: Hospitalized | None = None
    for m in _TO_HOSPITAL.finditer(text):
        parsed = parse_count(m.group("num"))
        if parsed is None:
            continue
        value, bound = parsed
        if m.group("suf"):
            bound = Bound.AT_LEAST
        if value >= 1 and (best is None or value > best.count):
            best = Hospitalized(value, bound, m.group())
    return best

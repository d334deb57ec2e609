"""Casualty, loss and other counted figures as facts of the 简要信息 (:func:`figure_facts`): each with its
words and, for a lower bound or a correction, saying so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from classifier.casualties import CasualtyReport, Kind, Mention
from classifier.casualty_tokens import AREAS, PEOPLE_KINDS
from classifier.facts_patterns import MAX_QUOTE
from classifier.gatherings import Gathered
from classifier.grading import Poisoning
from classifier.numbers import CN_NUMERALS, Bound, bound_of
from models.facts import Fact, FactKind

_KIND = {
    Kind.DEATHS: FactKind.DEATHS,
    Kind.MISSING: FactKind.MISSING,
    Kind.SERIOUS: FactKind.SERIOUS,
    Kind.INJURED: FactKind.INJURED,
    Kind.MINOR: FactKind.MINOR,
    Kind.LOSS: FactKind.LOSS,
    Kind.FOREST: FactKind.FOREST_AREA,
    Kind.BURNED: FactKind.BURNED_AREA,
}


_SHOWN = re.compile(r"(?P<num>[\d.]+(?:至[\d.]+)?)(?P<big>[万亿])?(?P<unit>.*)")


def qualified(shown: str, qualifier: str, quote: str = "") -> str:
    """A figure as shown (``20人``, ``3000万元``) with the word that makes it inexact, where a brief
    writes it: ``20余人``, ``3000多万元``, ``1.2亿余元``, ``20人以上``, ``1500万元左右``, ``近20人``; after
    万 where the ``quote`` it was read from has it there (``直接经济损失2万余元`` → ``2万余元``)."""
    if qualifier in ("以上", "左右"):
        return f"{shown}{qualifier}"
    if qualifier not in ("余", "多"):
        return f"{qualifier}{shown}"  # 近, 约, 至少, 超过 …
    m = _SHOWN.fullmatch(shown)
    if m is None:
        return f"{shown}（{qualifier}）"
    if m.group("big") == "亿" or (m.group("big") and f"{m.group('big')}{qualifier}" in quote):  # 1.2亿余元
        return f"{m.group('num')}{m.group('big')}{qualifier}{m.group('unit')}"
    return f"{m.group('num')}{qualifier}{m.group('big') or ''}{m.group('unit')}"


def counted(kind: FactKind, count: float, bound: Bound, quote: str, unit: str = "人") -> Fact:
    """A fact of a count (``6000余人``, ``12例``), at least ``count`` when ``bound`` says so."""
    above = bound is Bound.AT_LEAST
    shown = qualified(f"{count:g}{unit}", "余") if above else f"{count:g}{unit}"
    return Fact(kind=kind, value=shown, quote=quote, number=count, bound="at_least" if above else "exact")


def floor_burned(m: re.Match[str]) -> Fact:
    """The fact of a building fire's area as the text states it (``约800平方米``, ``1200余平方米``)."""
    value = float(m.group("n")) / 10_000  # (in 公顷, as a forest fire's area: an event's figures compare)
    pre, suf = m.group("pre") or "", m.group("suf") or ""
    bound = _BOUND_NAMES[bound_of(pre, suf)]
    return Fact(
        kind=FactKind.BURNED_AREA,
        value=f"{pre}{m.group('n')}{suf}平方米",
        quote=m.group()[:MAX_QUOTE],
        number=value,
        bound=bound,
    )


_BOUND_NAMES = {Bound.EXACT: "exact", Bound.AT_LEAST: "at_least", Bound.ABOUT: "about"}
"""A figure's exactness as a fact states it."""


def crowd_fact(crowd: Gathered) -> Fact:
    """The people a gathering brought together, as the brief writes them (``约200人``, ``上千人``)."""
    bound = _BOUND_NAMES[crowd.bound]
    return Fact(
        kind=FactKind.GATHERED, value=crowd.shown, quote=crowd.quote[:MAX_QUOTE], number=crowd.count, bound=bound
    )


def trapped_fact(value: float, words: str) -> Fact:
    """The people still trapped (``12人``), or ``已全部脱困`` when everyone is out."""
    if value <= 0:
        return Fact(kind=FactKind.TRAPPED, value="已全部脱困", quote=words[:MAX_QUOTE], number=value)
    above = _MORE_THAN.search(words) is not None  # 另有30余人被困: thirty at least
    return counted(FactKind.TRAPPED, value, Bound.AT_LEAST if above else Bound.EXACT, words[:MAX_QUOTE])


_MORE_THAN = re.compile(rf"[\d{CN_NUMERALS}](?:余|多)(?:名|人|位)")


_OF_THE_HURT = re.compile(
    r"伤者|伤员|其中|中有|该(?:名|男子|女子|工人|职工|员工|司机|驾驶人|驾驶员|男童|女童|老人|村民|行人|乘客|人)"
)
"""Words before a death after the hurt were counted that tell the dead were of them (``造成1人受伤，伤者经抢救无效
死亡``, ``砸中一名工人，该工人经…抢救无效死亡``, ``4人受伤，其中1人经抢救无效死亡``)."""
_DIED_AFTER_CARE = re.compile(r"抢救无效|救治无效|医治无效|不治|伤重|伤势过重")
_ANOTHER = re.compile(r"另|还有|此外|同时")
_NAMES_NO_ONE = re.compile(r"(?:后|最终|终因|虽)?(?:经|送医|送院|送往|在送|因伤|伤重|不治)")
"""A death's clause that names no one (``经医院抢救无效死亡``, ``送院后证实不治``): the one told before (not
``李某经送医抢救无效死亡``, someone named)."""
_HURT_TO_DEATH = 80
"""How far after the hurt's figure a death of theirs is read (the next sentence, about)."""


def _still_hurt(text: str, figures: dict[Kind, Mention]) -> dict[Kind, Mention]:
    """``figures`` with those hurt who then died taken out of the hurt's figure (``造成1人受伤，伤者经抢救无效
    死亡``: one dead, no one hurt; ``4人受伤，其中1人经抢救无效死亡``: three hurt): the brief states the living
    hurt. The death is theirs when it follows the hurt's figure closely, tells a death after care, and names
    them (:data:`_OF_THE_HURT`) or no one (``一名维修工人…受重伤，经医院抢救无效死亡``); not another (另有1人)."""
    dead = figures.get(Kind.DEATHS)
    if dead is None or not text.startswith(dead.quote, dead.start) or _DIED_AFTER_CARE.search(dead.quote) is None:
        return figures
    out = dict(figures)
    for kind in (Kind.INJURED, Kind.SERIOUS):
        hurt = figures.get(kind)
        if hurt is None or hurt.poisoned or "中毒" in hurt.quote or not text.startswith(hurt.quote, hurt.start):
            continue  # (not the poisoned: a brief states them all, 3人中毒，其中2人死亡)
        after = hurt.start + len(hurt.quote)
        if not 0 <= dead.start - after <= _HURT_TO_DEATH or dead.value > hurt.value:
            continue
        before = text[max(after, dead.start - 12) : dead.start] + dead.quote[:8]
        clause = text[max((text.rfind(c, after, dead.start) for c in "，,。；;！!？?\n "), default=-1) + 1 :]
        if _ANOTHER.search(before) or not (
            _OF_THE_HURT.search(before) or (dead.unnumbered and _NAMES_NO_ONE.match(clause))
        ):
            continue
        if hurt.value - dead.value <= 0:
            del out[kind]
            if dead.unnumbered and dead.value == hurt.value:  # 1人受伤，伤者经抢救无效死亡: the one counted
                out[Kind.DEATHS] = replace(dead, bound=hurt.bound, qualifier=hurt.qualifier)
        else:
            out[kind] = replace(hurt, value=hurt.value - dead.value)
        break
    return out


def figure_facts(report: CasualtyReport, text: str = "") -> list[Fact]:
    out = []
    people = any(kind in PEOPLE_KINDS for kind in report.figures)
    if report.no_casualties is not None and not people:  # 所幸无人员伤亡: a fact the brief states too
        words = report.no_casualties  # as written: 未造成人员伤亡, 暂无人员伤亡, 无人死亡
        out.append(Fact(kind=FactKind.NO_CASUALTIES, value=words, quote=words))
    for kind, m in _still_hurt(text, report.figures).items():
        # the people a poisoning at work struck, which grading counts as 重伤, are stated as poisoned
        # (化工厂氯气泄漏致2死31人中毒: 中毒31人, not 重伤31人)
        # (一家三口一氧化碳中毒: 中毒3人, not 受伤3人)
        poisoned = kind in (Kind.SERIOUS, Kind.INJURED) and (m.poisoned or ("中毒" in m.quote and "重" not in m.quote))
        out.append(_figure(FactKind.POISONED if poisoned else _KIND[kind], kind, m))
    return out


def _figure(fact_kind: FactKind, kind: Kind, m: Mention) -> Fact:
    """The fact of one figure ``m`` counting ``kind``, shown as the brief shows it (``3人``, ``1500万元``)."""
    if kind is Kind.LOSS:
        shown = (
            f"{m.value / 1e8:g}亿元"
            if m.value >= 1e8
            else f"{m.value / 1e4:g}万元"
            if m.value >= 1e4
            else f"{m.value:g}元"
        )
    elif kind in AREAS and "公顷" not in m.quote:  # 200余亩: converted, the quote shows it as written
        shown = f"{round(m.value, 2):g}公顷（按原文折算）"
    elif kind in AREAS:
        shown = f"{round(m.value, 2):g}公顷"
    else:
        shown = f"{m.count}至{m.upper:g}人" if m.upper else f"{m.count}人"
    if m.qualifier and (kind not in AREAS or "公顷" in m.quote):
        shown = qualified(shown, m.qualifier, m.quote)
    if m.with_deaths:  # 死亡、失踪12人: one figure of both
        shown = f"{shown}（死亡、失踪/失联合计）"
    bound = _BOUND_NAMES[m.bound]
    revised = m.update and _CORRECTION.search(m.quote) is not None
    return Fact(
        kind=fact_kind,
        value=shown,
        quote=m.quote[:MAX_QUOTE],
        number=m.value,
        bound=bound,
        update=m.update,
        revised=revised,
    )


_CORRECTION = re.compile(r"核减|调整为|调整至|修正|更正|下调|核实为")
"""An update that corrects a figure, which may lower it (死亡人数由11人核减为9人)."""


def with_poisoned(figures: list[Fact], poisoning: Poisoning) -> list[Fact]:
    """``figures`` with the people a food poisoning struck as one fact (``37人``), in place of the
    injured figures it counts them from (``37名学生食物中毒``)."""
    ill = poisoning.ill
    if not ill:
        return figures  # 食物中毒致2人死亡: the deaths are the figure
    if len(ill) == 1 and poisoning.count == ill[0].value:
        fact = _figure(FactKind.POISONED, Kind.INJURED, ill[0])
    else:
        quote = "、".join(dict.fromkeys(m.quote for m in (*ill, *([poisoning.deaths] if poisoning.deaths else []))))
        low = any(m.bound is not Bound.EXACT for m in ill)
        fact = Fact(
            kind=FactKind.POISONED,
            value=f"{poisoning.count:g}人",
            quote=quote[:MAX_QUOTE],
            number=poisoning.count,
            bound="at_least" if low else "exact",
        )
    told_quotes = {m.quote[:MAX_QUOTE] for m in ill}
    # (an earlier count of the poisoned, 百余名学生疑似食物中毒, is no one hurt besides: the fact above
    # states the poisoning)
    kept = [
        f
        for f in figures
        if f.kind is FactKind.DEATHS
        or (f.quote not in told_quotes and not (f.kind in (FactKind.INJURED, FactKind.POISONED) and "中毒" in f.quote))
    ]
    return [*kept, fact]

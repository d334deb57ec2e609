"""Texts of statistics alone: a tally of many incidents or of a period, and no incident reported.

A text that only adds up incidents (``全年共发生生产安全事故12起，死亡15人``, ``全市共接报火灾46起，无人员
伤亡``) reports no emergency: it gets no grade, not even 一般 from its emergency words
(:func:`classifier.grading.propose`). It is a tally alone when

* its figures were all left out as statistics (:mod:`classifier.other_events`) and its emergency
  words stand only in their sentences, with no incident told in their own clause
  (``投产以来已工伤死亡2人，6月18日又发生责任事故``: one incident), unless a disaster that goes on is
  named (``入汛以来，暴雨已致全县11人死亡``: its toll so far); or
* it states no figure of people or loss and counts incidents (``共接报火灾46起``, ``共发生交通事故
  120起``, ``30余起``), and nothing outside the counts reports one of its own: no clause outside
  them tells something happening (``一加油站发生火情``, ``昨晚一小区又起火``, ``今天凌晨…起火``;
  not ``没有发生较大以上事故``, a denial) and no emergency word outside their sentences reports an
  incident (:func:`classifier.occurrence.context_of`: ``消防部门提醒…严防火灾`` is a campaign; a
  sentence opening with 其中 right after a count tells of those counted: ``其中，城东一仓库火灾损失最大``);
  a count told of a day of now (``花莲今日发生5起地震``, ``昨日，我市共发生2起火灾``) reports
  incidents; or
* both: figures left out as statistics, then counts of incidents without figures, and nothing
  outside the counts reporting one (``一季度全国共接报火灾17.6万起，死亡433人；接报较大火灾18起，
  未接报重大火灾``).

A text of definitions alone (``较大事故，是指造成3人以上10人以下死亡…的事故``, ``具备下列条件之一者为一级
重大事故``) gets no grade either (:func:`only_definitions`).
"""

from __future__ import annotations

import re

from classifier.casualties import CasualtyReport
from classifier.casualty_tokens import ASKED
from classifier.dated import HAPPENED
from classifier.occurrence import context_of
from classifier.other_events import (
    DEFINITION,
    EVENT_THAT_LASTS,
    ONE_INCIDENT,
    STATISTICS,
    counts_incidents,
    disease_tally,
    incident_counts,
    season_tally,
    states_the_rule,
)
from classifier.prefilter import Prefiltered

_CLAUSE_END = re.compile(r"[，,。；;！!？?\n]")
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_OWN_INCIDENT = Prefiltered(re.compile(rf"{HAPPENED.pattern}|本次|此次|这次|这起|该起|又一起"))
"""An incident told as happening, or as this one (一加油站发生火情, 昨晚一小区又起火, 此次火灾)."""
_SHARE_OF_THEM = re.compile(
    r"(?:其中|均为|均系|都是|多为|大多为|全部为|均|全部|大多|大部分|多数)[^，,。；;！!？?\n]{0,8}$"
)
"""A share of the incidents counted, before an incident verb (其中约八成发生在充电过程中; 均发生在托幼机构): the
count's detail."""
_NOW = re.compile(r"今日|今天|今晨|今早|昨日|昨天|昨晚|昨夜|前天|凌晨|当天|当日|当晚|刚刚|本次|此次")
"""A count told of a day of now (今日发生5起地震, 昨日，我市共发生2起火灾): incidents reported, not a
tally (近日 and 日前 date a report as often as what it counts: 近日，记者从消防支队获悉)."""


def only_statistics(text: str, terms: tuple[str, ...], report: CasualtyReport) -> bool:
    """Whether ``text``, whose emergency words are ``terms``, is a tally alone (see the module doc)."""
    if report.figures:
        return False
    if report.excluded and all(left.why == STATISTICS for left in report.excluded):
        if any(_of_a_day_of_now(left.sentence) for left in report.excluded):
            return False  # 昨日下午…共发生交通事故17起，23人受伤送医: incidents of a day of now (their sum no grade)
        # (or its figures' tally, then a count of incidents without figures: 一季度全国共接报火灾17.6万起，
        # 死亡433人；接报较大火灾18起，未接报重大火灾)
        return _figures_tallied(text, terms, report) or _counted_only(text, terms)
    return _counted_only(text, terms)


def _of_a_day_of_now(sentence: str) -> bool:
    """Whether ``sentence`` counts incidents of a day of now, over no period (``昨日下午冻雨致道路结冰，共发生交通事故
    17起，23人受伤``; not ``昨日，省应急厅通报：今年以来共发生事故120起``)."""
    return _NOW.search(sentence) is not None and _PERIOD_OPENING.search(sentence) is None and counts_incidents(sentence)


def only_definitions(text: str, terms: tuple[str, ...], report: CasualtyReport) -> bool:
    """Whether ``text`` states definitions alone: its figures, if any, were all left out as a definition
    or a range, and each of its emergency words stands in a sentence that defines, in a clause that
    tells no count of people but a bound (``较大事故，是指造成3人以上10人以下死亡…的事故``): a rule,
    no incident (but not ``按条例，造成3人以上10人以下死亡的为较大事故，本月厂区火灾造成1人受伤``: a fire
    told after the rule)."""
    # (no figure at all but the rule's words: 电梯困人超过2小时的，为一般特种设备事故)
    # (or a question of the rule, its count asked: 燃气爆炸死几个人算较大事故？)
    if report.figures or any(left.why not in (DEFINITION, ASKED) for left in report.excluded):
        return False
    if not any(term in text for term in terms):
        return False
    for term in terms:
        at = text.find(term)
        while at >= 0:
            sentence_start = max(text.rfind(c, 0, at) for c in "。！!？?\n") + 1
            sentence_end = _SENTENCE_END.search(text, at)
            clause_start = max(text.rfind(c, 0, at) for c in "，,；;：:。！!？?\n") + 1
            clause_end = _CLAUSE_END.search(text, at)
            sentence = text[sentence_start : sentence_end.start() if sentence_end else len(text)]
            clause = text[clause_start : clause_end.start() if clause_end else len(text)]
            if not states_the_rule(sentence) or _PEOPLE_TOLD.search(clause):
                return False
            at = text.find(term, at + 1)
    return True


_PEOPLE_TOLD = re.compile(
    r"(?<![\d一二两三四五六七八九十百])(?<!超过)(?<!不足)(?<!少于)(?<!多于)(?<!不少于)(?<!达到)"
    r"[\d一二两三四五六七八九十百]+(?:余|多)?(?:名|人)(?!以上|以下|以内)"
)
"""A count of people that is no bound (造成1人受伤; not 3人以上, 10人以下, 超过100人)."""


def _figures_tallied(text: str, terms: tuple[str, ...], report: CasualtyReport) -> bool:
    """Whether ``text`` names its emergency words only in sentences of statistics whose figures
    were left out (``全年共发生生产安全事故12起，死亡15人``): a tally, no incident."""
    spans = []
    for left in report.excluded:
        at = text.find(left.sentence)
        lasting = EVENT_THAT_LASTS.search(left.sentence) is not None
        if at < 0 or (
            lasting
            and not counts_incidents(left.sentence)
            and not season_tally(left.sentence)
            and not disease_tally(left.sentence)
        ):
            # 入汛以来，暴雨已致全县11人死亡: a season's toll of a disaster that goes on (but 汛期以来，
            # 全县已发生5起山洪灾害: a tally of incidents; 今年汛期，全省因洪涝灾害死亡23人: a
            # province's season)
            return False
        spans.append((at, at + len(left.sentence)))
    said = text.find(report.no_casualties) if report.no_casualties else -1
    if said >= 0 and not _inside(spans, said):
        return False  # 一加油站发生火情，无人员伤亡。今年以来全市共发生火灾126起: an incident told
    for term in terms:
        at = text.find(term)
        while at >= 0:
            if not _inside(spans, at):
                if context_of(text, at, at + len(term)) is None:
                    return False  # 今年以来共发生火灾12起，死亡3人。昨晚某小区发生火灾: this one is
                at = text.find(term, at + 1)
                continue  # …累计死亡23人。…严格落实山洪地质灾害防御责任: a duty against it, no incident
            start = max(text.rfind(c, 0, at) for c in "，,。；;！!？?\n") + 1
            end = _CLAUSE_END.search(text, at)
            if ONE_INCIDENT.search(text, start, end.start() if end else len(text)):
                return False  # 投产以来已工伤死亡2人，6月18日又发生责任事故: one incident told
            at = text.find(term, at + 1)
    return True


def _counted_only(text: str, terms: tuple[str, ...]) -> bool:
    """Whether ``text`` counts incidents (``全市共接报火灾46起，无人员伤亡``) and reports none of
    its own outside the counts (see the module doc)."""
    counts = incident_counts(text)
    if not counts:
        return False  # (most texts count no incidents)
    clauses = [_around(text, a, b, _CLAUSE_END) for a, b in counts]
    sentences = [_around(text, a, b, _SENTENCE_END) for a, b in counts]
    if any(_NOW.search(text, start, b) for (start, _), (_, b) in zip(sentences, clauses, strict=True)):
        return False  # 花莲今日发生5起地震, 昨日，我市共发生2起火灾: incidents of a day of now, counted
    for m in _OWN_INCIDENT.finditer(text):
        if (
            not _inside(clauses, m.start())
            and not _of_the_period(text, sentences, clauses, m.start())
            and context_of(text, m.start(), m.end()) is None
            and _SHARE_OF_THEM.search(text, max(0, m.start() - 10), m.start()) is None
        ):
            return False  # 一加油站发生火情。今年以来全市共发生火灾126起: an incident told
    tallied = sentences + [_details(text, b) for _, b in sentences]
    for term in terms:
        at = text.find(term)
        while at >= 0:
            if not _inside(tallied, at) and context_of(text, at, at + len(term)) is None:
                return False  # 全市共接报火灾46起。城西一仓库火灾已扑灭
            at = text.find(term, at + 1)
    return True


_PERIOD_OPENING = re.compile(r"以来|全年|今年|上半年|下半年|季度|期间|汛期|假期")
"""A period named before a count (今年汛期以来，全市共发生船舶险情9起)."""


def _of_the_period(text: str, sentences: list[tuple[int, int]], clauses: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` stands in the sentence of a count told over a period, in a clause after it that tells
    no incident of its own (``今年汛期以来，全市共发生船舶险情9起，成功救起落水人员32人``: the period's
    rescues)."""
    for (start, end), (_, count_end) in zip(sentences, clauses, strict=True):
        if count_end <= at < end and _PERIOD_OPENING.search(text, start, count_end) is not None:
            clause = _around(text, at, at, _CLAUSE_END)
            return ONE_INCIDENT.search(text, *clause) is None and _NOW.search(text, *clause) is None
    return False


def _around(text: str, start: int, end: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """The span of the clause or sentence (ending at ``breaks``) that holds ``text[start:end]``."""
    before = [m.end() for m in breaks.finditer(text, 0, start)]
    after = breaks.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


_DETAILS = re.compile(r"[。；;！!？?\n]\s*其中")


def _details(text: str, end: int) -> tuple[int, int]:
    """The span of the sentence after a count's ending at ``end`` when it opens with 其中 (``其中，城东
    一仓库火灾损失最大``: one of those counted), else an empty span."""
    m = _DETAILS.match(text, end)
    return _around(text, m.end(), m.end(), _SENTENCE_END) if m is not None else (end, end)


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)

"""Earlier events told by their date, in a text that reports a new incident.

A report of a new incident often recalls an earlier one by its date: ``1月22日发生在邻县的一起民房
火灾造成4人死亡``, ``3月5日发生的燃气爆炸事故曾造成12人死亡``, or by a month of another year
(``2020年7月，该县遭遇特大洪水，36人死亡失踪``). Those figures are not the new incident's. A
date alone says nothing (the event reported is dated too: ``4月8日7时许，…发生燃气爆炸，造成1人
死亡``), so a date marks an earlier event only

* **by its day**, when it is told as background (the date, then ``发生的``, ``发生在``,
  ``的一起`` …: :func:`told_by_day`) and another sentence reports a new incident
  (``昨日凌晨，城关镇一民房起火``: :func:`new_incidents`), or by any day (``10月3日该镇一处采石场
  塌方``: :func:`told_by_any_day`) when another sentence tells another incident (``今天，该镇另一
  采石场再次发生塌方``, ``又一起``; not ``现场再次发生小规模塌方``, the same scene);
* **by a month written with its year** (``2020年7月``: :func:`year_written`), when another sentence
  speaks of the present (``今年汛期，全县暴雨致2人死亡``, ``近日``, ``目前``: :func:`present_sentences`)
  or reports an incident dated by a day without a year (``7月10日，县城发生内涝``: this year's, so
  the year written is another one: :func:`incidents_this_year`); or by an earlier month of this
  year (``今年8月``, beside ``11月3日``: :func:`month_of`).

* **by a day written with its year** (``2019年5月3日，该厂发生爆炸事故``), by a day told as another's
  (``此前，5日``, ``此外，9日该村…``), or by an earlier day at the same site (``该路段``, ``同一路口``)
  than the day of the incident a sentence before reports (``8日上午，某路段发生追尾…。5日，该路段一
  货车侧翻致3人死亡``), when a sentence before it reports an incident by a relative day or by a day
  without a year (:meth:`EarlierDates._earlier_day`); not when it quotes a report
  (``记者从交警部门获悉，2024年5月3日…``) nor a day of the span the lead names (``7日晚至8日凌晨``),
  and a later day is the same incident's (``6日凌晨，又有1名伤者不治``).
* **by a date at the same site** (``该厂3月5日发生一起火灾``, ``2015年6月该矿发生瓦斯爆炸``) after a
  sentence that reports an incident told by a relative day only or with no date (``昨日凌晨，某化工厂
  发生爆炸``, ``某县一煤矿发生透水事故``), when the two are incidents of different kinds
  (:mod:`classifier.incident_kinds`: ``火灾`` beside ``爆炸``) or the earlier one is dated by a month
  or a year only: :meth:`EarlierDates._recalled_at_site`. An incident of the same kind dated by its
  day may be the lead's told again (``3月5日凌晨2时许，该厂车间发生爆炸``) and keeps its toll.

What lies between the date and a figure may still bring the figure back to the incident reported
now (``目前``, ``已造成``: :func:`classifier.other_events.other_event`).
"""

from __future__ import annotations

import re

from classifier.incident_kinds import different, kinds_of
from classifier.numbers import parse_count
from classifier.other_events import HAPPENED_VERBS as _HAPPENED
from classifier.other_events import dated_by_month, reports_this_event, sentences_reporting_this_event
from classifier.prefilter import Prefiltered
from classifier.sentences import SENTENCE

_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
TOLD_BY_DAY = re.compile(
    # (the search skips ahead to 月; the day after it, then, after at most one comma, the
    # background's words: 3月12日，同一路段发生的一起…)
    rf"月(?<=[\d一二三四五六七八九十]月){_DAY}[日号](?:[^，,。；;！!？?]{{0,10}}[，,])?[^，,。；;！!？?]{{0,16}}?"
    r"(?:发生的|发生在|的一起|的一场|的那起|的那场|的那次)"
)
DAY = re.compile(rf"月(?<=[\d一二三四五六七八九十]月){_DAY}[日号]")
"""Any day (10月3日): an earlier event's beside a repeat told as such (再次发生, 又一起)."""
_REPEAT = re.compile(r"另一|另外一|又(?:发生|突发)?一(?:起|场|处|栋|座|家|辆|艘)")
"""Another incident, told as such (该镇另一采石场再次发生塌方, 又一处民房垮塌); not a repeat at the
same scene (7月5日现场再次发生小规模塌方: the rescue of the same collapse)."""
_NEW_INCIDENT = Prefiltered(
    re.compile(
        r"(?:又|再次|再度)(?:发生|突发)|又一起"
        # a day told relative to now, then (after at most one comma) what happened
        rf"|(?:今天|今日|今晨|今早|昨天|昨日|昨晚|昨夜|前天)(?:[^，,。；;！!？?]{{0,10}}[，,])?[^，,。；;！!？?]{{0,16}}?{_HAPPENED}"
    )
)
_THIS_YEARS_DAY = re.compile(
    rf"(?<![年\d一二三四五六七八九十])(?P<month>{_DAY})月{_DAY}[日号]"
    rf"(?:[^，,。；;！!？?]{{0,10}}[，,])?[^，,。；;！!？?]{{0,16}}?{_HAPPENED}"
)
"""A day without its year (not 2020年7月10日), then what happened."""
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d年$")
FULL_DATE = re.compile(rf"年(?<=(?:19|20)\d\d年){_DAY}月{_DAY}[日号]")
"""A day written with its year (2019年5月3日)."""
MARKED_DAY = re.compile(rf"(?:此前|之前|此外|另外|上次)[，,]?(?:(?P<month>{_DAY})月)?(?P<day>{_DAY})[日号]")
"""A day told as another's or an earlier one's (此前，5日…; 此外，9日该村…)."""
_DAY_INCIDENT = Prefiltered(
    re.compile(
        # (a day, then after at most one comma what happened, no other day between: 8日，记者来到5日发生
        # 爆炸的化工厂 is dated 5日)
        rf"(?<![\d年月一二三四五六七八九十])(?:(?P<month>{_DAY})月)?(?P<day>{_DAY})[日号]"
        rf"(?:[^，,。；;！!？?日号]{{0,10}}[，,])?(?P<what>[^，,。；;！!？?日号]{{0,16}}?){_HAPPENED}"
    )
)
"""An incident dated by its day without a year (8日上午，…发生一起追尾; 5日，该路段一货车侧翻)."""
_SAME_SITE = re.compile(r"该|同一|这一|此处|原地")
"""The place of the incident reported named again (该路段, 同一路口): an earlier incident there."""
_QUOTED_REPORT = re.compile(r"通报|警情|情况说明|公告|发布|获悉|称|[：:]")
"""A report quoted before the date: its incident is the one reported (据警方通报：5月3日…)."""
BARE_DAY = re.compile(rf"(?<![\d一二三四五六七八九十]){_DAY}[日号]")
HAPPENED = re.compile(_HAPPENED)
"""A verb of an incident happening (发生, 起火, 侧翻 …)."""
_SITE = r"(?:(?<!应)该|同一|这一)(?!起|次|事故|事件|案|事)|这家|这座|这所|这处|此处|原地"
"""The site of the incident reported named again (该厂, 同一路段, 这家工厂), not the incident itself
(该起事故)."""
_SITE_RE = re.compile(_SITE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d年")
_DATE = (
    rf"(?:(?P<year>(?<!\d)(?:19|20)\d\d年(?!以来|至今|来|起)(?:{_DAY}月(?:份)?(?:{_DAY}[日号])?)?)"
    rf"|(?<![\d年月一二三四五六七八九十])(?:{_DAY}月)?{_DAY}[日号])"
)
"""A date written with its year (2015年6月, 2018年, 2019年5月3日) or a day without it (3月5日, 5日)."""
DAY_OF_YEAR = re.compile(rf"月{_DAY}[日号]")
_DATE_THEN_SITE = Prefiltered(
    re.compile(
        rf"{_DATE}(?:[^，,。；;！!？?]{{0,10}}[，,])?[^，,。；;！!？?]{{0,16}}?(?:{_SITE})[^，,。；;！!？?]{{0,12}}?{_HAPPENED}"
    )
)
"""An incident dated, then at the same site (3月5日，该厂仓库发生火灾; 2015年6月该矿发生瓦斯爆炸)."""
_SITE_THEN_DATE = Prefiltered(
    re.compile(rf"(?:{_SITE})[^，,。；;！!？?\d]{{0,8}}?{_DATE}[^，,。；;！!？?]{{0,16}}?{_HAPPENED}")
)
"""An incident at the same site, then dated (该厂3月5日发生一起火灾, 该企业2018年发生火灾)."""


def told_by_day(sentence: str) -> int | None:
    """Where ``sentence`` first dates an event by its day as background (``1月22日发生在邻县的``,
    ``3月5日发生的``), or ``None``."""
    if "日" not in sentence and "号" not in sentence:
        return None
    m = TOLD_BY_DAY.search(sentence)
    return m.start() if m is not None else None


def new_incidents(text: str) -> list[tuple[int, bool]]:
    """The starts of the sentences of ``text`` that report a new incident (``昨日凌晨，…起火``),
    each with whether it tells it as another one (``另一采石场``, ``又一起``)."""
    found = []
    for sm in SENTENCE.finditer(text):
        m = _NEW_INCIDENT.search(sm.group())
        if m is not None:
            found.append((sm.start(), _REPEAT.search(sm.group(), m.start()) is not None))
    return found


def told_by_any_day(sentence: str) -> int | None:
    """Where ``sentence`` first names a day (``10月3日``), or ``None``."""
    if "日" not in sentence and "号" not in sentence:
        return None
    m = DAY.search(sentence)
    return m.start() if m is not None else None


def year_written(sentence: str, month_at: int) -> bool:
    """Whether the month at ``month_at`` of ``sentence`` is written with its year (``2020年7月``)."""
    return _YEAR_BEFORE.search(sentence, 0, month_at) is not None


def incidents_this_year(text: str) -> list[tuple[int, int]]:
    """The starts of the sentences of ``text`` that report an incident dated by a day without a
    year (``7月10日，县城发生内涝``), each with its month."""
    if "日" not in text and "号" not in text:
        return []
    found = []
    for sm in SENTENCE.finditer(text):
        m = _THIS_YEARS_DAY.search(sm.group())
        parsed = parse_count(m.group("month")) if m is not None else None
        if parsed is not None:
            found.append((sm.start(), int(parsed[0])))
    return found


_PRESENT = re.compile(
    r"今年|今天|今日|今晨|今早|昨天|昨日|昨晚|昨夜|前天|近日|日前|目前|截至|截止|当前|连日|本次|此次|这次|入汛以来|汛期"
)
"""Words of the present (今年汛期, 近日, 目前): a month written with its year is history beside them."""


def present_sentences(text: str) -> list[int]:
    """The starts of the sentences of ``text`` that speak of the present (``今年汛期``, ``近日``,
    ``目前``)."""
    return [sm.start() for sm in SENTENCE.finditer(text) if _PRESENT.search(sm.group())]


_MONTH = re.compile(rf"(?P<month>{_DAY})月")


def month_of(sentence: str, at: int) -> int | None:
    """The number of the month named at offset ``at`` of ``sentence`` (``今年3月``: 3), or ``None``
    (``上个月``)."""
    m = _MONTH.match(sentence, at)
    parsed = parse_count(m.group("month")) if m is not None else None
    return int(parsed[0]) if parsed is not None else None


class EarlierDates:
    """For one text, whether a sentence's date marks its event as an earlier one; what the rules
    ask of the other sentences is found once, when first asked (most texts date nothing)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._this_one: list[int] | None = None
        self._this_year: list[tuple[int, int]] | None = None
        self._present: list[int] | None = None
        self._new: list[tuple[int, bool]] | None = None
        self._dated: list[tuple[int, int | None, int]] | None = None

    def of(self, sentence: str, start: int) -> tuple[bool, re.Pattern[str] | None]:
        """For the sentence at ``start``: whether its month without a day marks an earlier event,
        and the pattern of a day that does (:func:`classifier.other_events.other_event`)."""
        month_is_earlier = False
        if (dated := dated_by_month(sentence)) is not None:
            # 今年3月，该厂发生…造成12人死亡。本次事故造成2人受伤: the month's event is an earlier one
            if self._this_one is None:
                self._this_one = sentences_reporting_this_event(self.text)
            month_is_earlier = any(s != start for s in self._this_one) or reports_this_event(sentence, dated)
            if not month_is_earlier:
                # 7月10日，县城发生内涝，2人死亡。2020年7月，该县遭遇特大洪水: another year's; 今年8月
                # beside 11月3日: an earlier month's
                if self._this_year is None:
                    self._this_year = incidents_this_year(self.text)
                written, month = year_written(sentence, dated), month_of(sentence, dated)
                month_is_earlier = any(
                    s != start and (written or (month is not None and later > month)) for s, later in self._this_year
                )
            if not month_is_earlier and year_written(sentence, dated):
                # 今年汛期，全县暴雨致2人死亡。2021年7月，郑州特大暴雨灾害造成398人死亡失踪: history
                if self._present is None:
                    self._present = present_sentences(self.text)
                month_is_earlier = any(s != start for s in self._present)
        earlier_day = None
        if ("日" in sentence or "号" in sentence) and (earlier_day := self._earlier_day(sentence, start)) is not None:
            return month_is_earlier, earlier_day
        if not month_is_earlier and (recalled := self._recalled_at_site(sentence, start)) is not None:
            return month_is_earlier, recalled
        if told_by_any_day(sentence) is not None:
            # 昨日凌晨，一民房起火…。1月22日发生在邻县的一起火灾造成4人死亡: the day's event is an
            # earlier one; so is any day's beside another incident (今天，另一采石场再次发生塌方)
            if self._new is None:
                self._new = new_incidents(self.text)
            others = [another for s, another in self._new if s != start]
            if any(others):
                earlier_day = DAY
            elif others and told_by_day(sentence) is not None:
                earlier_day = TOLD_BY_DAY
        return month_is_earlier, earlier_day

    def _earlier_day(self, sentence: str, start: int) -> re.Pattern[str] | None:
        """The pattern of the day that marks the event of the sentence at ``start`` as an earlier one
        than an incident a sentence before it reports (:func:`new_incidents`, :func:`dated_incidents`),
        or ``None``: a day written with its year (``2019年5月3日，该厂发生爆炸``; also before a new
        incident told by a relative day: :meth:`_fresh_after`), a day told as another's (``此前，5日``,
        ``此外，9日``), or an earlier day at the same site (``8日上午，某路段发生追尾…。5日，该路段一
        货车侧翻``)."""
        full, marked = FULL_DATE.search(sentence), MARKED_DAY.search(sentence)
        own = None
        if full is None and marked is None:
            if _SAME_SITE.search(sentence) is None:
                return None  # (most dated sentences: the costlier day pattern is not tried)
            own = _DAY_INCIDENT.search(sentence)
            if own is None or _SAME_SITE.search(own.group("what")) is None:
                return None
        first = min(m.start() for m in (full, marked, own) if m is not None)
        if _QUOTED_REPORT.search(sentence, 0, first) or self.text.endswith(("：", ":"), 0, start):
            return None  # 据交警部门通报：2024年5月3日15时许，…: the report quoted is of this incident
        if self._new is None:
            self._new = new_incidents(self.text)
        if self._dated is None:
            self._dated = dated_incidents(self.text)
        relative = any(s < start for s, _ in self._new)
        dated_before = [(month, day) for s, month, day in self._dated if s < start]
        if full is not None and (relative or dated_before or self._fresh_after(start)):
            return DAY  # 2019年5月3日 beside today's incident or one dated without its year
        if marked is not None and (relative or dated_before):
            # not the day of the incident reported (8日上午…追尾。另外，8日上午的事故中还有3人受伤)
            return MARKED_DAY if not dated_before or _earlier(_month_day(marked), dated_before[0]) else None
        if own is None or not dated_before or full is not None:
            return None
        # a later day is the same incident's (6日凌晨，又有1名伤者不治)
        return BARE_DAY if _earlier(_month_day(own), dated_before[0]) else None

    def _recalled_at_site(self, sentence: str, start: int) -> re.Pattern[str] | None:
        """The pattern of the date that marks the event of the sentence at ``start`` as an earlier one
        at the site a sentence before names, or ``None``: the sentence dates an incident at the same
        site (``该厂3月5日发生一起火灾``, ``2015年6月该矿发生瓦斯爆炸``) after a sentence that
        reports an incident with no such date (by a relative day: ``昨日凌晨，某化工厂发生爆炸``, or
        none: ``某县一煤矿发生透水事故``), and the two are different incidents: of different kinds
        (:func:`classifier.incident_kinds.different`: ``火灾`` beside ``爆炸``), or the earlier one
        dated by a month or a year only (``2019年5月``, ``2018年``), which no report of the incident
        itself does. Not a report quoted, nor the incident itself again (``3月5日凌晨2时许，该厂车间
        发生爆炸``, ``该起事故于2024年3月5日发生``)."""
        if _SITE_RE.search(sentence) is None:
            return None  # (most dated sentences)
        m = _DATE_THEN_SITE.search(sentence) or _SITE_THEN_DATE.search(sentence)
        if m is None or _QUOTED_REPORT.search(sentence, 0, m.start()) or self.text.endswith(("：", ":"), 0, start):
            return None
        if _SAME_ONE.search(sentence, 0, m.end()) is not None:
            return None  # 该起事故于…发生, 事发: the incident reported
        year = m.group("year")
        if (_YEAR if year else BARE_DAY).search(self.text, 0, start) is not None:
            return None  # the lead is dated: the rules above compare the dates
        leads = [sm for sm in SENTENCE.finditer(self.text, 0, start) if HAPPENED.search(sm.group())]
        if not leads:
            return None
        if year is None or DAY_OF_YEAR.search(year):
            ours = frozenset().union(*(kinds_of(sm.group()) for sm in leads))
            if not different(ours, kinds_of(sentence, m.start())):
                return None  # 昨日凌晨…发生爆炸。3月5日凌晨2时许，该厂车间发生爆炸: maybe told again
        return _YEAR if year else BARE_DAY

    def _fresh_after(self, start: int) -> bool:
        """Whether a sentence after the one at ``start`` reports a new incident by a relative day,
        not at the same scene nor referring back to the one told (``今天上午，该厂再次发生火情``;
        not ``今日凌晨，现场再次发生复燃``, ``昨日发生的火灾``)."""
        assert self._new is not None
        for s, _ in self._new:
            if s > start:
                sm = SENTENCE.match(self.text, s)
                m = _NEW_INCIDENT.search(sm.group()) if sm is not None else None
                if m is None or self.text.startswith("的", s + m.end()):
                    continue  # 昨日发生的爆炸: the one told, referred to
                if _SAME_ONE.search(self.text, s, s + m.end()) is None:
                    return True
        return False


def _earlier(day: tuple[int | None, int], than: tuple[int | None, int]) -> bool:
    """Whether ``day`` (month or ``None``, day) is before ``than``; ``False`` when only one of them
    names its month (7月30日 and 2日 cannot be told apart)."""
    (month, d), (other_month, other_d) = day, than
    if month is None or other_month is None:
        return month is None and other_month is None and d < other_d
    return (month, d) < (other_month, other_d)


_SAME_ONE = re.compile(r"现场|这起|该起|此次|本次|事故后|事发")
"""The incident told before, or its scene (今日凌晨，现场再次发生复燃)."""


def _month_day(m: re.Match[str]) -> tuple[int | None, int]:
    month = parse_count(m.group("month")) if m.group("month") else None
    day = parse_count(m.group("day"))
    return (int(month[0]) if month else None), (int(day[0]) if day else 0)


def dated_incidents(text: str) -> list[tuple[int, int | None, int]]:
    """The starts of the sentences of ``text`` that report an incident dated by its day without a
    year (``8日上午，…发生一起追尾``), each with its month (``None`` when unwritten) and day."""
    found = []
    for sm in SENTENCE.finditer(text):
        m = _DAY_INCIDENT.search(sm.group())
        if m is None:
            continue
        month, day = _month_day(m)
        # a span (7日晚至8日凌晨，某县突发山洪): the incident is dated by its first day
        days = [parse_count(d.group()[:-1]) for d in BARE_DAY.finditer(sm.group(), 0, m.start("day"))]
        day = min([day, *(int(d[0]) for d in days if d is not None)])
        found.append((sm.start(), month, day))
    return found

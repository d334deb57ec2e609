"""When an emergency happened, read from the sentences that tell its occurrence: the time expression,
resolved against the publication time in Asia/Shanghai (:func:`time_told` and the readers that fall back on
the time of the harm, of a date code, of the day told before, of a report's opening).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import islice

from classifier.casualties import CasualtyReport
from classifier.facts_patterns import (
    ATTRIBUTION,
    CAUSED_BY,
    CLAUSE,
    CLAUSE_END,
    CN_HOUR,
    DATE_CODE,
    HAPPENED_AT,
    MAX_QUOTE,
    OCCURRENCE,
    ON_THE_DAY,
    PLACE_TOLD,
    SITE_WORDS,
    TIME,
    TIMED,
    TOLD_BY,
    WEATHER,
    figure_sentences,
    happened_at,
    in_a_tag,
    quote_around,
)
from classifier.numbers import chinese_to_int
from classifier.sentences import SENTENCE, Sentences
from models.facts import Fact, FactKind
from models.timeutil import SHANGHAI

_PERIOD_HOUR = {
    **{"凌晨": 3, "清晨": 6, "早晨": 7, "早上": 7, "一早": 7, "一大早": 7},
    **{"上午": 9, "中午": 12, "午后": 13, "下午": 15, "半夜": 23},
}
"""The hour a part of the day stands for where no clock time is told (the evening's, 20, otherwise)."""
_TIME_FIRST = re.compile(rf"[\d本这今昨前当凌清早上中午下傍晚夜深半刚{CN_HOUR}]")
"""Every character a non-empty :data:`TIME` match can start with (a digit, 本月, a relative day, a
part of the day, a Chinese hour)."""
_NOT_OCCURRENCE = re.compile(r"(?:截至|截止|截止到|至|到|直到|持续到)$")
_CAUSE_OPENS = re.compile(r"(?:^|[，,。；;：:\s])受到?$")
_CAUSE_ENDS = re.compile(r"[^，,。；;！!？?]{0,12}?影响[，,]")
"""A time inside a clause of what caused the event (受昨夜强降雨影响，…): the cause's, not the event's."""
_RELATIVE_DAYS = {"昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1, "前天": -2, "前晚": -2, "前夜": -2}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_AFTERNOON = {
    "午后",
    "下午",
    "傍晚",
    "晚上",
    "晚间",
    "晚",
    "夜间",
    "今晚",
    "今夜",
    "昨晚",
    "昨夜",
    "前晚",
    "前夜",
    "当晚",
    "半夜",
}
_PERIOD_OF = {
    **{"今晨": "清晨", "今早": "早上", "今晚": "晚上", "今夜": "夜间", "昨晚": "晚上", "昨夜": "夜间"},
    **{"前晚": "晚上", "前夜": "夜间", "当晚": "晚上"},
}
"""The part of the day a relative word names, for the resolved value (昨晚8点 → 11月22日晚上8点)."""
LATER_THAN_PUBLISHED = "〔时刻晚于发布时间，待核实〕"


def _clock_figure(raw: str) -> int | None:
    """An hour or a minute in figures or in words (14, 三, 二十), or ``None``."""
    try:
        return int(raw) if raw.isdigit() else chinese_to_int(raw)
    except ValueError:
        return None


def time_told(sentence: str, published_at: datetime, until: int | None = None) -> Fact | None:
    """The first time stated before an occurrence verb in ``sentence`` (or before offset ``until``),
    resolved in Asia/Shanghai."""
    end = len(sentence)  # (before a figure: the times that begin before it, each read whole)
    if until is None:
        verb = TIMED.search(sentence)
        if verb is not None and "#" in sentence and in_a_tag(sentence, verb.start()):
            # (#江山 #着火了，昨晚十点多…三楼着火: the tag's, not the occurrence)
            verb = next((v for v in TIMED.finditer(sentence, verb.end()) if not in_a_tag(sentence, v.start())), None)
        if verb is None:
            return None
        end = verb_at = verb.start()
        after_verb = happened_at(sentence, verb)
        if after_verb is None and "发生" in sentence:
            # (the first verb the event's cause, its 发生在 after: 一起电动自行车充电引发的火灾发生在11月25日晚上)
            clause = CLAUSE_END.search(sentence, verb.end())
            stop = clause.start() if clause is not None else len(sentence)
            then = HAPPENED_AT.search(sentence, verb.end(), stop)
            after_verb = then if then is not None and then.group().startswith("发生") else None
        if after_verb is not None:  # 事故发生在12月2日凌晨: the time after it
            clause_end = CLAUSE_END.search(sentence, after_verb.end())
            end = clause_end.start() if clause_end is not None else len(sentence)
    else:
        verb_at = end
    base: datetime | None = None  # converted only for a candidate (most sentences state no time)
    for m in _times(sentence, end):
        if until is not None and m.start() >= until:
            break
        if not (m.group("date") or m.group("rel") or (m.group("period") and m.group("h"))):
            continue
        if m.group("m") and not m.group("d"):
            continue  # 3月下旬, 8月以来: a month, no day to tell
        if _NOT_OCCURRENCE.search(sentence, 0, m.start()):
            continue
        if "影响" in sentence and _CAUSE_OPENS.search(sentence, 0, m.start()) and _CAUSE_ENDS.match(sentence, m.end()):
            continue  # 受6月26日夜间特大暴雨影响，…于27日凌晨1时许倒塌: the cause's time, not the event's
        if _TOLD_THEN_TIME.match(sentence, m.end()) is not None:
            continue  # 江山交警今天通报了11月21日19时10分许发生在…的一起…事故: the day of the report, the event's after
        since = sentence.startswith("以来", m.end()) and bool(m.group("d") or m.group("rel"))
        if not since and _reporting_time(sentence, m.start(), m.end(), verb_at):
            # 记者今天（12月1日）从市应急管理局获悉，11月30日下午4时许…: when it was told (but
            # 通报12月4日21时许发生在石门镇的一起…事件: the event's, its verb in the time's clause)
            continue
        base = base or published_at.astimezone(SHANGHAI)
        day = base.date()
        if m.group("week"):  # 上周五, 本周一: that weekday of the week of publication or the one before
            day += timedelta(
                days=_WEEKDAY[m.group("week")[-1]] - day.weekday() - (7 if m.group("week")[0] == "上" else 0)
            )
        elif m.group("rel"):
            day += timedelta(days=_RELATIVE_DAYS.get(m.group("rel"), 0))
        if m.group("m") or m.group("d2"):
            month = int(m.group("m") or base.month)
            dom = int(m.group("d") or m.group("d2") or 1)
            year = int(m.group("y") or base.year)
            try:
                candidate = day.replace(year=year, month=month, day=dom)
            except ValueError:
                continue
            if m.group("d2") and candidate > base.date():
                candidate = _month_before(candidate)  # 28日 read on the 2nd: last month's
            elif not m.group("y") and candidate > base.date():
                candidate = candidate.replace(year=year - 1)  # 12月30日 read in January
            day = candidate
        if (code := DATE_CODE.search(sentence, m.end(), end)) is not None and _code_day(code) != (day.month, day.day):
            continue  # 12月4日上午10时许，“12·2”爆炸事故中失联的1名工人被找到: a later day's news of it
        precision, hour, minute = 1, 0, 0
        if m.group("period") or m.group("rel") in _AFTERNOON:
            precision = 2
        if m.group("h"):
            h = _clock_figure(m.group("h"))
            if h is None or h > 24:
                continue
            period = m.group("period") or m.group("rel") or ""
            if period in _AFTERNOON and h < 12 and not (period in ("深夜", "夜里", "夜间", "半夜") and h <= 4):
                h += 12
            if period == "中午" and h < 3:
                h += 12
            said = m.group("min") or m.group("colon") or "0"
            told = 30 if said == "半" else _clock_figure(said)  # (三点二十分: the minutes in words too)
            if told is None or told > 59:
                continue
            hour, minute = h % 24, told
            precision = 3
        elif precision == 2:
            hour = _PERIOD_HOUR.get(m.group("period") or "", 20)
        if precision == 1 and not m.group("date") and not m.group("rel"):
            continue
        at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)
        later = False
        if at > base:
            if not (m.group("date") or m.group("rel")):
                at -= timedelta(days=1)  # 凌晨2时许 read at 1 a.m.: the night before
            if at > base:
                # stated for today, at an hour not yet come when it was published: the date only
                at, precision, later = datetime(at.year, at.month, at.day, tzinfo=SHANGHAI), 1, True
        return Fact(
            kind=FactKind.WHEN,
            # (12月1日以来，我市遭遇强降雨: the day it began, said so)
            value=f"{_shown(m, at, base, precision, later)}以来"
            if since and not later
            else _shown(m, at, base, precision, later),
            quote=quote_around(sentence, m.start(), m.end()),
            at=at,
            precision=precision,
        )
    return None


def time_of_harm(text: str, sentences: Sentences, report: CasualtyReport, published_at: datetime) -> Fact | None:
    """The time of the first sentence stating a casualty figure, where no occurrence verb tells the
    event (``12月2日上午，…一名工人在操作冲床时右手被压伤``); not a sentence telling who reported the
    figure or up to when it runs."""
    for at, begin in figure_sentences(text, sentences, report):
        told = sentences.until(begin, at)
        if _FOUND_THEN.search(told) is not None:
            continue  # …于下午1时许在崖下约20米处找到该游客，其腿部骨折: when they were found, not hurt
        if (when := time_told(told, published_at, at - begin)) is not None:
            return when
    return None


_FOUND_THEN = re.compile(
    r"找到|寻获|搜寻到|搜救到|发现(?=[^，,。；;]{0,8}?(?:该|其|他|她|伤者|游客|驴友|老人|男子|女子))"
)
"""Someone found, in the sentence of a figure: its time is the finding's."""


def time_of_code(sentence: str, published_at: datetime) -> Fact | None:
    """The day an incident's date code before the occurrence verb names (“12·2”爆炸事故: 12月2日),
    in the year of publication, or the year before for a day not yet come."""
    verb = OCCURRENCE.search(sentence)
    if verb is not None:
        code = DATE_CODE.search(sentence, 0, verb.start())
    else:  # 关于“12·1”重大道路交通事故的情况通报: the code of an incident named, no verb
        code = next((c for c in DATE_CODE.finditer(sentence) if _NAMED_INCIDENT.match(sentence, c.end())), None)
    if code is None:
        return None
    month, dom = _code_day(code)
    told = time_told(sentence, published_at, code.start())
    local = told.at.astimezone(SHANGHAI) if told is not None and told.at is not None else None
    if local is not None and (local.month, local.day) == (month, dom):
        return told  # 12月1日晚8时许，“12·1”火灾发生后: the time told of the code's day
    base = published_at.astimezone(SHANGHAI)
    try:
        day = date(base.year, month, dom)
        if day > base.date():
            day = day.replace(year=base.year - 1)
    except ValueError:
        return None
    return Fact(
        kind=FactKind.WHEN,
        value=f"{month}月{dom}日",
        quote=quote_around(sentence, code.start(), code.end()),
        at=datetime(day.year, day.month, day.day, tzinfo=SHANGHAI),
        precision=1,
    )


_CLOCK = r"[\d零一二两三四五六七八九十]{1,3}(?:时|点)(?:[\d零一二三四五六七八九十]{1,3}分|半)?(?:许|左右|多)?"
_SAME_DAY = re.compile(
    r"(?:当天|当日|同日)(?P<clock>(?:凌晨|清晨|早晨|早上|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|深夜)?"
    rf"{_CLOCK})|当(?P<evening>晚|夜)(?P<late>{_CLOCK})"
)
"""A clock time of the day already told (``当天14时许``, ``当晚7时许``)."""


def on_the_day_told(text: str, when: Fact, published_at: datetime) -> Fact | None:
    """``when``, told as ``当天``/``当日``/``当晚`` of the day told before it (``12月4日傍晚，…。当晚6时许，…``,
    ``昨天下午…。当天下午3点40分左右``), on that day, or ``None`` where nothing before it tells one."""
    at = text.find(when.quote)
    on = ON_THE_DAY.search(when.quote)
    if at < 0 or on is None or _NOT_OCCURRENCE.search(when.quote, 0, on.start()) is not None:
        return None  # (截至当晚8时: up to when figures run)
    if when.at is not None and when.at.astimezone(SHANGHAI).date() != published_at.astimezone(SHANGHAI).date():
        return None  # the time read is another of the quote's (当天 is read as the day of publication)
    at += on.start()
    days = [m for m in TIME.finditer(text, 0, at) if (m.group("m") and m.group("d")) or m.group("rel") in _TOLD_DAYS]
    if not days:
        return None
    told = days[-1].group("date") if days[-1].group("d") else _TOLD_DAYS[days[-1].group("rel")]
    rest = when.quote[on.start() :]
    evening = "晚" if rest.startswith("当晚") else ""
    # (read up to the clock time only: the sentence may tell the event by no verb this reader knows)
    timed = time_told(f"{told}{evening}{rest[2:]}", published_at, len(told) + len(evening) + 1)
    return timed.model_copy(update={"quote": when.quote}) if timed is not None else None


_TOLD_DAYS = {
    **dict.fromkeys(("昨天", "昨日", "昨晚", "昨夜"), "昨天"),
    **dict.fromkeys(("前天", "前晚", "前夜"), "前天"),
    **dict.fromkeys(("今天", "今日", "今晨", "今早", "今晚"), "今天"),
}
"""A relative day told before 当天, as the day it names (昨晚…，当天 is yesterday)."""


def same_day_time(text: str, day: Fact, published_at: datetime) -> Fact | None:
    """``day`` (a date) with the clock time a later sentence gives for that day (``11月28日，…发生一起车祸。
    当天14时许，一辆三轮车与一辆小轿车相撞`` → ``11月28日14时许``), or ``None``."""
    at = text.find(day.quote[:8]) if day.quote else -1
    same = _SAME_DAY.search(text, max(0, at))
    if same is None:
        return None
    clock = same.group("clock") or f"{'晚上' if same.group('evening') == '晚' else '夜间'}{same.group('late')}"
    timed = time_told(f"{day.value}{clock}发生", published_at)
    if timed is None or timed.at is None or day.at is None:
        return None
    if timed.at.astimezone(SHANGHAI).date() != day.at.astimezone(SHANGHAI).date():
        return None
    quote = f"{day.quote[: MAX_QUOTE // 2]}……{same.group()}"
    return timed.model_copy(update={"quote": quote})


_CLAUSE_REACH = 100


def is_finer(time: Fact, than: Fact) -> bool:
    """Whether ``time`` tells the day of ``than`` more precisely (its part of the day or clock time)."""
    if time.at is None or than.at is None or time.precision <= than.precision:
        return False
    return time.at.astimezone(SHANGHAI).date() == than.at.astimezone(SHANGHAI).date()


_WITHIN_THE_HOUR = timedelta(hours=1)


def to_the_minute(time: Fact, than: Fact) -> bool:
    """Whether ``time`` tells the clock time ``than`` gives roughly (``8点左右``) to the minute (``19时58分许``),
    within the hour of it."""
    if time.at is None or than.at is None or time.precision != 3 or "分" not in time.value:
        return False
    return abs(time.at - than.at) <= _WITHIN_THE_HOUR and time.at != than.at


_TOLD_THEN_TIME = re.compile(r"(?:通报|发布|公布|披露|介绍|报道)了?(?=\d{1,2}月\d{1,2}日|\d{4}年)")
"""A report's verb right after a time, the event's date right after it (今天通报了11月21日19时10分许发生在…)."""


def _reporting_time(sentence: str, start: int, stop: int, verb: int) -> bool:
    """Whether the time at ``sentence[start:stop]`` tells when a report was made, not when the event
    happened: its clause (or, where the time stands alone, the next clause) reports (``记者今天从…获悉``,
    ``12月1日，市应急管理局通报：…``), and the occurrence verb at ``verb`` is not in it."""
    low = max(0, start - _CLAUSE_REACH)  # (a clause is short: a run-on text is not scanned from its start)
    before = [b.end() for b in CLAUSE_END.finditer(sentence, low, start)]
    begin = before[-1] if before else low
    begin = max(begin, sentence.rfind("】", begin, start) + 1)  # 【通报】昨日，…: a label is no clause of it
    after = CLAUSE_END.search(sentence, stop)
    end = after.start() if after is not None else len(sentence)
    if begin == start and end == stop and after is not None:  # 12月1日，市应急管理局通报
        following = CLAUSE_END.search(sentence, after.end())
        end = following.start() if following is not None else len(sentence)
    return end <= verb and TOLD_BY.search(sentence, begin, end) is not None


def _times(sentence: str, end: int) -> Iterator[re.Match[str]]:
    """The non-empty matches of :data:`TIME` in ``sentence[:end]``, as ``finditer`` gives them.

    :data:`TIME` matches the empty string everywhere; a non-empty match can only start at a
    character of :data:`_TIME_FIRST`, so the positions between are skipped in one search.
    """
    at = 0
    while (first := _TIME_FIRST.search(sentence, at, end)) is not None:
        m = TIME.match(sentence, first.start(), end)
        if m is not None and m.end() > m.start():
            yield m
            at = m.end()
        else:
            at = first.start() + 1


def _month_before(at: date) -> date:
    year, month = (at.year, at.month - 1) if at.month > 1 else (at.year - 1, 12)
    for day in (at.day, 30, 29, 28):
        try:
            return at.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return at


def _shown(m: re.Match[str], at: datetime, base: datetime, precision: int, later: bool) -> str:
    """The occurrence time as a date people can read later (今天凌晨5时许 → 11月23日凌晨5时许): the
    resolved date, then the part of the day and the clock time as the text wrote them."""
    day = f"{at.month}月{at.day}日"
    if at.year != base.year or m.group("y"):
        day = f"{at.year}年{day}"
    if later:
        return f"{day}{LATER_THAN_PUBLISHED}"
    period = m.group("period") or _PERIOD_OF.get(m.group("rel") or "", "")
    clock = m.group()[m.start("h") - m.start() :] if m.group("h") else ""
    if clock and (h := _clock_figure(m.group("h"))) is not None and h >= 13:
        period = ""  # 当晚22时50分许: the clock tells the part of the day (6月30日22时50分许)
    return f"{day}{period}{clock}" if precision > 1 or m.group("date") or m.group("rel") else m.group()


def _code_day(code: re.Match[str]) -> tuple[int, int]:
    """The month and day an incident's date code names (“12·2”: 12, 2)."""
    month, dom = (int(n) for n in re.findall(r"\d+", code.group()))
    return month, dom


_NAMED_INCIDENT = re.compile(r"[^，,。；;！!？?]{0,12}?(?:事故|火灾|爆炸|事件|灾害|案件|险情)")
"""An incident's name after its date code (“12·1”重大道路交通事故)."""
_OPENING_SENTENCES = 3
"""How many of a body's first sentences are read for a report's opening time."""
_MEETING = re.compile(r"召开|会议|发布会|举行|举办|部署|印发")
_NOT_THE_EVENTS = re.compile(
    r"召开|会议|发布会|获悉|通报|发布|公布|印发|表示|介绍|采访|记者|举行|举办|开展|部署|要求|以来"
)
"""What makes a sentence's opening time another's than the event's (a meeting, a notice, a report)."""


_NAMED_TERMS = 4
"""How many namings of the event's words are read for a time before them."""


def time_before_term(text: str, sentences: Sentences, terms: tuple[str, ...], published_at: datetime) -> Fact | None:
    """The time before the first namings of the event's words, in their sentences (``我二伯前天下午4点多在…茶园采茶，
    被雷劈了``), where nothing else told when: not a reporting or a running total's time (:func:`time_told`)."""
    named = sorted((at, term) for term in terms if (at := text.find(term)) >= 0)
    for at, _ in named[:_NAMED_TERMS]:
        begin = sentences.start_of(at)
        if (when := time_told(sentences.until(begin, at), published_at, at - begin)) is not None:
            return when
        # (大陈村后山着火了，从昨天下午4点多烧到现在: since when, right after it)
        since = text.find("从", at, at + _SINCE_REACH)
        if since > 0 and (started := time_told(text[since + 1 : since + _SINCE_REACH], published_at, 1)) is not None:
            return started
    return None


_SINCE_REACH = 16
"""How far after the event's word a time told as since when (从昨天下午4点多烧到现在) is looked for."""


def matter_time(text: str, published_at: datetime) -> Fact | None:
    """A time told as when the matter was, anywhere in ``text`` (…消防车已经到了 今天下午两点多的事, 听说是中午一点多
    出的事; as when it flared up: …还好人没事 大概下午6点10分左右烧起来的; or fell: 听说是下午两点多塌的), or
    ``None``."""
    return (
        _time_before_word(text, published_at, "的事", _MATTER, 4)
        or _time_before_word(text, published_at, "起来的", _FLARED, 3)
        or _time_before_word(text, published_at, "塌", _FELL, 4)
    )


_MATTER_REACH = 20


def start_time(text: str, published_at: datetime) -> Fact | None:
    """A time told as when what befell began, anywhere in ``text`` (…柴房烧起来了 今天傍晚5点多开始冒烟的, 晚上9点40左右
    开始烧的), or ``None``."""
    return _time_before_word(text, published_at, "开始", _BEGAN, 6)


def _time_before_word(
    text: str, published_at: datetime, word: str, pattern: re.Pattern[str], after: int
) -> Fact | None:
    """The first time ``pattern`` finds right before ``word`` (and up to ``after`` characters from it), read as told."""
    at = text.find(word)
    while at >= 0:  # (the pattern tried only right before each word: a time may begin at any character)
        m = pattern.search(text, max(0, at - _MATTER_REACH), at + after)
        if m is not None and (told := time_told(m.group(), published_at, m.end() - m.start())) is not None:
            return told
        at = text.find(word, at + 2)
    return None


_BEGAN = re.compile(
    rf"(?:{TIME.pattern})(?<=[\d时点分许右多早晚午天夜])(?:就|才)?开始"
    r"(?:冒烟|冒火|着火|起火|烧|燃烧|漏|泄漏|冒水|塌|垮|涨水|进水|下暴雨)"
)
"""A time, then what began at it (5点多开始冒烟, 9点40左右开始烧)."""


_MATTER = re.compile(rf"(?:{TIME.pattern})(?<=[\d时点分许右多早晚午天夜])(?:发生|出)?的事(?:情|儿)?")
"""A time, then 的事: when the matter was."""
_FLARED = re.compile(rf"(?:{TIME.pattern})(?<=[\d时点分许右多早晚午天夜])(?:烧|着|燃|炸|塌)起来的")
"""A time, then what flared up at it (下午6点10分左右烧起来的)."""
_FELL = re.compile(rf"(?:{TIME.pattern})(?<=[\d时点分许右多早晚午天夜])(?:就|才)?(?:塌|垮塌|坍塌)(?:掉|下来)?的")
"""A time, then what fell at it, told after (听说是下午5点多塌的)."""


def opening_time(text: str, body_start: int, published_at: datetime) -> Fact | None:
    """The time a report opens with, a clause of its own at the head of one of the body's first sentences
    (``12月4日下午2点多，张村乡一户村民在清理自家废弃沼气池时，突然晕倒在池底``), or ``None``; not a
    sentence telling of a meeting, a notice or a report (:data:`_NOT_THE_EVENTS`)."""
    for found in islice(SENTENCE.finditer(text, body_start), _OPENING_SENTENCES):
        sentence = _LABELS.sub("", found.group())  # #江山交警# 【事故通报】12月2日6时45分许，…: its tags and label
        first = CLAUSE.match(sentence)
        if first is None or not first.group():
            continue
        told = ATTRIBUTION.search(first.group()) is not None  # 记者从市中医院急诊科了解到，5日凌晨4点多，…
        placed = not told and PLACE_TOLD.match(first.group()) is not None  # 在峡口镇…后厨，5日凌晨1时许，…
        caused = CAUSED_BY.fullmatch(first.group()) is not None  # 受昨夜强降雨影响，今晨5时许，…
        if (told or placed or caused) and (second := CLAUSE.match(sentence, first.end() + 1)) is not None:
            if caused and WEATHER.search(sentence, second.end()) is not None:
                continue  # 受冷空气影响，11月20日下午，我市出现7级以上阵风: the weather's time, the cause's
            first = second
        clause = _THE_MATTER.sub("", first.group().strip())  # 今天早上7点40左右的事: when it happened
        clause = _ROUGHLY_AT.sub("", clause)  # 时间大概是昨天晚上十点钟左右: a time told as such
        head = clause.split(" ", 1)[0]  # 昨晚9点多 淤头镇那个大水塘边上 有个钓鱼的大叔滑下去了: a post's time first
        parts = clause.split(" ", 2)
        if len(parts) == 3 and SITE_WORDS.search(parts[0]) and not ((lead := TIME.match(parts[0])) and lead.end()):
            head = parts[1]  # 虎山街道东岳菜市场 今天早上6点多 顶棚塌下来了: the place first, then the time
        clause = clause.rsplit(" ", 1)[-1]  # 京台高速江山段一槽罐车发生泄漏 昨天上午11时20分许，…: a headline run in
        if (first_time := TIME.match(head)) is not None and first_time.end() == len(head) > 1 and first_time.group("h"):
            clause = head
        if (alone := TIME.match(clause)) is None or not alone.end() == len(clause) > 1:
            continue  # (not 本人于2019年9月11号下午: a time in a story)
        if (_MEETING if told else _NOT_THE_EVENTS).search(sentence) is None:
            return time_told(sentence, published_at, first.end())
    return None


_LABELS = re.compile(r"^\s*(?:(?:#[^#\n]{1,20}#|【[^】\n]{1,12}】)\s*)+")
"""A post's topic tags and a notice's bracketed label, opening a sentence (#江山交警# 【事故通报】)."""
_THE_MATTER = re.compile(r"(?<=[\d时点分许右多早晚午])(?:发生|出)?的事(?:情|儿)?$")
"""A time told as when the matter was (今天早上7点40左右的事)."""
_ROUGHLY_AT = re.compile(
    r"^(?:时间|事发时间)?(?:大概|大约|应该|差不多)?(?:是|在)?(?=[\d今昨前当凌清早上中午下傍晚夜深本这一二三四五六七八九十两])"
)
"""A time told roughly at the head of its clause (大概是晚上7点多出的事)."""


_FIELD = re.compile(
    # (or the time alone, as a quick report's field: 时间：2026年6月19日5时10分许；地点：…; not a meeting's)
    r"(?:(?:事件|事故|案件|火灾|险情)?(?:发生|发案|事发)时间|(?<![\u4e00-\u9fff])时间)[：:]\s*"
)
"""A report form's field of the time (``二、事件发生时间：2026年12月1日8时40分许``, ``快报：时间：…；地点：…``)."""


def field_time(text: str, published_at: datetime) -> Fact | None:
    """The time a report form's field states (``事件发生时间：2026年12月1日8时40分许``), or ``None``."""
    field = _FIELD.search(text)
    if field is None:
        return None
    told = TIME.match(text, field.end())
    if told is None or told.end() == field.end():
        return None
    return time_told(text[field.start() : told.end()], published_at, len(text))


_CLAUSE_BREAK = re.compile(r"[\s，,]+")
"""What parts a post's clauses: a comma or a space."""


def time_after_verb(text: str, verb_end: int, published_at: datetime) -> Fact | None:
    """A clock time posted as a clause of its own right after the occurrence told (``新塘边镇日月村的烟花厂刚刚
    爆炸了 今天晚上9点20左右 轰的一声``), or ``None``: the first such clause of the rest of its sentence."""
    rest = SENTENCE.match(text, verb_end)
    for clause in _CLAUSE_BREAK.split(rest.group() if rest is not None else "")[1:3]:
        clause = _ROUGHLY_AT.sub("", _THE_MATTER.sub("", clause))
        alone = TIME.match(clause)
        if alone is not None and alone.end() == len(clause) > 1 and alone.group("h"):
            return time_told(clause, published_at, len(clause))
    return None

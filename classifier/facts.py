"""The facts a 5-hour 简要信息 needs, read from one item's text (pure functions of the text).

:class:`FactReader` reads, for an item about an emergency:

* **when** it happened: the first time expression (``11月22日下午3时许``, ``今天凌晨5时许``,
  ``昨晚8点左右``, ``本月3日``) in a sentence that reports the occurrence (发生/突发/起火 … or the
  event's own keywords), resolved against the item's publication time in Asia/Shanghai and shown
  as a date (``今天凌晨5时许`` published on 11月23日 → ``11月23日凌晨5时许``; the words written
  stay in the quote); times that state how far figures go (``截至6月14日6时``) or when a report was made
  (``记者今天从…获悉``, ``12月1日，市应急管理局通报：``) are skipped, and a date is given the clock time a later
  sentence gives that day (``11月28日，…发生一起车祸。当天14时许，…相撞`` → ``11月28日14时许``). An
  occurrence is never later than the publication: a time of day without a date that has not yet
  come was the night before (``凌晨2时许`` published at 1 a.m.), a day of the month not yet come is
  last month's, and a clock time later than publication on the same day keeps the date only and
  says so (:data:`classifier.facts_when.LATER_THAN_PUBLISHED`);
* **where**: the site phrase before the occurrence verb, up to who or what was involved
  (``205国道峡口镇路段`` of "205国道峡口镇路段一辆货车与轿车相撞", ``贺村镇一化工企业仓库``) and the gazetteer's
  乡镇/街道/村/社区 named;
* **what**: the occurrence phrase (``一起重型货车与中型客车相撞的交通事故``) or, failing that, the
  clause holding the event's keyword; a risk, habit, campaign or denial (``极可能引发安全事故``,
  ``经常发生…事故``: :mod:`classifier.occurrence`) states no occurrence;
* **casualties and loss**: the figures :mod:`classifier.casualties` reads (this event's, latest),
  the people a food poisoning struck as grading counts them (``共有37名学生到医院就诊``),
  the people evacuated or moved (:func:`classifier.environment.evacuated`: ``紧急疏散周边群众6000余人``),
  those taken to hospital where no casualty figure counts them (:mod:`classifier.hospital`:
  ``5名工人出现不适症状，已被送往医院观察``) and an outbreak's cases (:func:`classifier.outbreaks.outbreak`:
  ``新增霍乱病例3例，累计12例``);
* **units** named as responding: units of the directory named in a sentence with a response verb
  (赶赴、处置、救援、成立、通报 …).

Each fact keeps the words it was read from. Merging the facts of an event's items is
:func:`models.facts.merge_facts`. The readers live beside this module: :mod:`classifier.facts_when` (when),
:mod:`classifier.facts_site` (where and what), :mod:`classifier.facts_figures` (casualties and loss as facts),
:mod:`classifier.facts_units` (units responding), and the patterns they share, :mod:`classifier.facts_patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from itertools import islice

from classifier.casualties import CasualtyReport
from classifier.contexts import reports_incident_at
from classifier.environment import evacuated
from classifier.facts_figures import counted, crowd_fact, figure_facts, floor_burned, trapped_fact, with_poisoned
from classifier.facts_patterns import (
    DATE_CODE,
    MAX_QUOTE,
    MAX_SITE,
    OCCURRENCE,
    ON_THE_DAY,
    PARTIES,
    REGION,
    REGION_ONLY,
    SITE_WORDS,
    THAT_ONE,
    TIMED,
    WEATHER,
    in_a_tag,
)
from classifier.facts_site import (
    in_label,
    opening_place,
    place_before_time,
    site_after_time,
    site_and_what,
    site_before_term,
    site_of_harm,
    thing_out_of_site,
    uncounted,
    what_by_term,
    what_of_harm,
    what_without_site,
    within_place,
    without_picture,
)
from classifier.facts_units import Responders
from classifier.facts_when import (
    field_time,
    is_finer,
    matter_time,
    on_the_day_told,
    opening_time,
    same_day_time,
    start_time,
    time_after_verb,
    time_before_term,
    time_of_code,
    time_of_harm,
    time_told,
    to_the_minute,
)
from classifier.gatherings import GATHERING_TERMS, gathered
from classifier.grading import Poisoning
from classifier.hospital import sent_to_hospital
from classifier.missing import trapped_now
from classifier.outbreaks import DISEASE_TERMS, outbreak, reported_cases
from classifier.places import PlaceFinder, PlaceMatch
from classifier.sentences import SENTENCE, Sentences
from classifier.spoken import as_mandarin
from models.directory import UnitDirectory
from models.facts import PEOPLE, Fact, FactKind
from yuqing.traditional import simplified

_CAUSE_OPENING = re.compile(r"因|由于|受(?=[^，,。]{1,12}?影响)")
"""A cause opening a clause (因路面湿滑, 受寒潮影响): no place."""
_SAID_WRONG = re.compile(r"的?(?:时间|地点|位置|人数|数字|日期)?(?:有误|错误|不实|不准确)$")
"""What a correction says of what it names (倒塌的时间有误)."""
_PEOPLE_COUNTED = re.compile(r"\s*(?:\d+|[一二两三四五六七八九十几数多]+)(?:名|人|位)")
_HARM_TOLD = re.compile(r"死亡|遇难|失踪|失联|受伤|伤亡|身亡")
_NAMED_AT_HEAD = re.compile(
    r"[\u4e00-\u9fff\d]{1,8}?(?:镇|乡|街道|村|社区)|[\u4e00-\u9fff\dA-Z]{2,8}?(?:路|街|大道|国道|省道|高速|水库|港|江|河|溪)"
)
"""A site that opens with a place's name (a township, a village, a road, a water), not 修路 nor 一家快餐店."""
_THIS_TOWNSHIP = re.compile(r"该(?:乡|镇|街道)")
"""A site's reference to the township named before it (该乡某水库)."""
_WENT_INTO_WATER = re.compile(
    r"(?:到|去|在)(?P<place>[^，,。；;！!？?\s、到去在]{2,20}?)(?:游泳|戏水|玩水|野泳|嬉水|钓鱼|捕鱼|摸鱼)"
    r"(?=[^。；;！!？?]{0,30}?(?:溺水|溺亡|落水|淹死|冲走|失踪|失联|下落不明|没上来|滑入深水|沉入水))"
)
"""Where people went into the water, told before their drowning in the sentence (相约到…江山港游泳，其中一名…不慎
溺水; 到枫溪村枫溪河段游泳，不幸溺亡)."""


_PART_THAT = re.compile(r"(?P<verb>起火|着火|爆炸|坍塌|倒塌)(?:部位|点)(?:为|是|在|位于)(?P<at>[^，,。；;]{2,30})$")
"""A report's part of a building that burned or fell (起火部位为二楼一户居民家的厨房)."""
_RESPONDED = re.compile(r"带回|调查|处置|控制|传唤|抓获")
_WHOSE_PEOPLE = re.compile(r"(?<=..)的(?:老师|学生|工人|村民|居民|员工|职工|司机|老人|孩子|男子|女子|住户|业主|游客)$")
"""People of a place ending a site phrase (A7县蒿塘中学的老师被爆炸声惊醒): the place is the site."""
_NOTICE_RUN_IN = re.compile(
    r"\n?(?P<title>[^\n。！？!?]{0,20}?关于[^\n。！？!?]{2,60}?的(?:情况)?(?:通报|说明|报告))[ \u3000]+(?=\S)"
)
"""A text without a title opening with a notice's title run in by a space."""
_SPACE_BETWEEN = re.compile(r"(?<=[^\x00-\x7f\s])[ \u3000]+(?=[^\s#＃])")
"""Spaces after a Chinese word (or an emoji, a mark): how people separate clauses in a post or a headline's parts
(not after a number, 3 月上旬, 12 人死亡, nor between words in Latin letters, nor before a topic tag, #江山 #汽修店)."""


_DATELINE = re.compile(
    r"[ \t\u3000]*(?:【[^】\n]{1,12}】)?"
    # (电 only where the dateline ends: not 今天12月6日电动车起火)
    r"(?:[^\s，,。：:；;！!？?\n]{2,14}?\d{1,2}月\d{1,2}日(?:电(?=[\s（(：:，,]|$)|讯)|[\u4e00-\u9fff]{2,10}?讯"
    # (an official account's name: 江山发布：今天傍晚5时40分左右…)
    r"|[\u4e00-\u9fff]{2,6}?发布[：:])"
    r"(?:[（(][^）)\n]{0,24}[）)])?"
)
"""A news report's dateline, opening its text or its body (江山新闻网12月6日讯, 今日江山讯, 衢州日报江山讯（记者 叶青）,
新华社北京12月6日电), or an official account's name (江山发布：): the day it was filed and the paper's place, neither
the event's."""


def _without_dateline(text: str) -> str:
    """``text`` with the dateline opening it or a line of it (:data:`_DATELINE`) made sentence ends, of the same
    length: every fact's place in the text stays, and no fact is quoted from it."""
    start = 0
    while start >= 0:
        if (m := _DATELINE.match(text, start)) is not None:
            text = f"{text[: m.start()]}{'。' * (m.end() - m.start())}{text[m.end() :]}"
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else -1
    return text


class FactReader:
    """Reads the facts of emergency items. Build once (it compiles the unit names); :meth:`read` is pure."""

    def __init__(self, places: PlaceFinder, units: UnitDirectory) -> None:
        self.places = places
        self._responders = Responders(units, places.gazetteer)
        self._township_name = {u.id: u.name for u in units.townships()}

    def read(
        self,
        text: str,
        published_at: datetime,
        event_terms: tuple[str, ...],
        report: CasualtyReport,
        places: Sequence[PlaceMatch] | None = None,
        *,
        is_simplified: bool = False,
        poisoning: Poisoning | None = None,
    ) -> tuple[Fact, ...]:
        """The facts ``text`` states (title and body joined by a newline); ``places`` are the
        gazetteer's matches in ``text`` when the caller has them already. Traditional characters
        are read as simplified, as grading reads them (:mod:`yuqing.traditional`); ``is_simplified``
        says the caller has simplified ``text`` already (the classifier stage does so once);
        ``poisoning``, the people a food poisoning struck as grading counted them."""
        if not is_simplified:
            text = as_mandarin(simplified(text))
        if "讯" in text or "电" in text or "发布" in text:
            text = _without_dateline(text)
        if "关于" in text and (run_in := _NOTICE_RUN_IN.match(text)) is not None:
            # 关于大陈乡“11·30”农家乐燃气爆炸事故的通报 11月30日12时10分左右，大陈乡大陈村一农家乐厨房…: a notice's
            # title run in by a space, read as its title (the body's site the fuller; of the same length)
            title = run_in.group("title")
            text = title + "\n" * (run_in.end() - len(title)) + text[run_in.end() :]
        posted = text  # (the units responding are read as posted: 消防 应急 环保都去了 is a list)
        if " " in text or "\u3000" in text:
            # 刚刚在205国道贺村镇段红绿灯路口 一辆渣土车和电瓶车撞了: a space between words is a post's comma (of
            # the same length: every fact's place in the text stays)
            text = _SPACE_BETWEEN.sub(lambda m: "，" * len(m.group()), text)
        sentences = Sentences(text)
        # only the sentences with an occurrence verb can state when, where and what
        spans: dict[int, str] = {}
        # a sentence's later occurrence verbs, each with its sentence up to it and where it begins there
        # (江山一化工厂发生爆炸 记者…获悉，12月1日10时许，…发生爆炸: a headline run into its body)
        later: list[tuple[str, int]] = []
        first_verb_end = -1  # (where the first occurrence verb judged to report one ends)
        for verb in TIMED.finditer(text):
            begin = sentences.start_of(verb.start())
            if begin in spans and len(later) >= _LATER_VERBS:
                continue  # (nothing more to keep from this sentence: its verb is not judged)
            if not reports_incident_at(text, verb.start(), verb.end()):
                continue  # 经常发生…事故, 一旦发生火灾: no occurrence
            if "【" in text and in_label(text, verb.start()):
                continue  # 【事故通报】12月2日6时45分许，…: the notice's label, no occurrence
            if "#" in text and in_a_tag(text, verb.start()):
                continue  # #江山 #着火了 今天下午三点多 …: the post's tag, no occurrence
            if begin not in spans:
                spans[begin] = sentences.until(begin, verb.end())
                first_verb_end = verb.end() if first_verb_end < 0 else first_verb_end
            elif len(later) < _LATER_VERBS:
                later.append((sentences.until(begin, verb.end()), verb.start() - begin))
        occurring = list(spans.values())
        title_end = text.find("\n")
        facts: list[Fact] = []
        found_site: Fact | None = None
        timed = iter(occurring)
        when = next((f for s in timed if (f := time_told(s, published_at)) is not None), None)
        if when is not None and when.value.endswith("以来") and len(occurring) > 1:
            # 6月29日以来，我市出现持续性强降雨…。今天上午9时30分许，…山体突然滑坡: a period's start, then the
            # event's time
            then = (f for s in islice(occurring, 1, _TIMED_SENTENCES) if (f := time_told(s, published_at)) is not None)
            when = next((f for f in then if f.precision >= 2 and f.at and when.at and f.at >= when.at), when)
        if when is not None and when.precision < 3:  # 前天晚上一小区起火 / 前天晚上11点半左右，…: the clock time
            finer = (f for s in islice(timed, _TIMED_SENTENCES - 1) if (f := time_told(s, published_at)) is not None)
            # (6月30日下午，…发生火灾。据了解，当天14时50分左右，…起火: of the day told before)
            finer = (on_the_day_told(text, f, published_at) or f if "当" in f.quote else f for f in finer)
            when = next((f for f in finer if is_finer(f, when)), when)
        if (
            when is not None
            and when.precision < 3
            and first_verb_end >= 0
            and (after := time_after_verb(text, first_verb_end, published_at))
        ):
            when = after if is_finer(after, when) else when  # 烟花厂刚刚爆炸了 今天晚上9点20左右 轰的一声
        if when is None:  # the time before a sentence's later occurrence verb
            when = next((f for s, at in later if (f := time_told(s, published_at, at)) is not None), None)
        if when is None and "时间" in text:  # 二、事件发生时间：2026年12月1日8时40分许 (a report form's field)
            when = field_time(text, published_at)
        if when is None:  # 贺村镇化工厂“12·2”爆炸事故已造成6人死亡: the day its date code names
            headline = SENTENCE.search(text)
            named = occurring or ([headline.group()] if headline is not None else [])  # or the headline's
            when = next((f for s in named if (f := time_of_code(s, published_at)) is not None), None)
            if when is None and not occurring:  # 12月1日晚8时许，“12·1”火灾发生后，…: a body's sentence naming it
                coded = (m.group() for m in SENTENCE.finditer(text) if DATE_CODE.search(m.group()))
                when = next((f for s in coded if (f := time_of_code(s, published_at)) is not None), None)
            if when is not None and report.figures and (hurt := time_of_harm(text, sentences, report, published_at)):
                # “12·3”…事故的情况通报 … 2026年12月3日（星期四）上午10时许，…一名作业人员被吊物砸中: that day's time
                when = hurt if is_finer(hurt, when) else when
        by_harm = when is None and bool(report.figures)
        if by_harm:  # 12月2日上午，…车间内，一名工人在操作冲床时右手被压伤
            when = time_of_harm(text, sentences, report, published_at)
        if (when is None or by_harm) and "接" in text and (alarm := _ALARM.search(text)) is not None:
            # 2026年11月30日20时许，江山市公安局接群众报警称…: a police report's time is the alarm's (and earlier than
            # its figure's, the time they were found: …当日18时40分许，落水男子被打捞上岸，经…确认已无生命体征)
            begin = sentences.start_of(alarm.start())
            alarm_time = time_told(sentences.until(begin, alarm.end()), published_at, alarm.start() - begin)
            if when is None or (
                alarm_time is not None
                and alarm_time.at is not None
                and when.at is not None
                and when.at - _FOUND_AFTER_ALARM <= alarm_time.at < when.at  # (the same search: not a day apart)
            ):
                when = alarm_time
        # 昨日下午5点左右，有市民发现江山港清湖段水面漂浮一名男子: the time someone was found (the
        # headline's 江山港发现一具男性遗体 tells none: the body's sentence is read after it)
        seen: set[int] = set()  # (the sentences read: one each, and a few at most)
        for spotted in _FOUND_IN_WATER.finditer(text) if when is None and "发现" in text else ():
            begin = sentences.start_of(spotted.start())
            if begin in seen or len(seen) >= _FOUND_SENTENCES:
                break
            seen.add(begin)
            when = time_told(sentences.until(begin, spotted.end()), published_at, spotted.start() - begin)
            found_at = _FOUND_AT.search(text, begin, spotted.start() + 2)
            if found_at is not None and SITE_WORDS.search(found_at.group("at")):
                # 市民在须江城区段景星桥下发现一名男子落水: where (unless the body tells the site otherwise)
                quote = sentences.until(begin, spotted.end())[:MAX_QUOTE]
                found_site = Fact(kind=FactKind.WHERE, value=found_at.group("at"), quote=quote, precision=3)
            if when is not None:
                break
        if when is None:
            # 12月4日上午10时50分左右，位于虎山街道的某在建项目工地一台塔式起重机…起重臂突然折断: a report's
            # opening time, a clause of its own, where no verb this reader knows told the event
            when = opening_time(posted, max(title_end, 0), published_at)  # (as posted: a headline run in by a space)
        if when is None and event_terms:
            # 我二伯前天下午4点多在四都镇山上的茶园采茶，被雷劈了: the time before the event's word in its sentence
            when = time_before_term(text, sentences, event_terms, published_at)
        if when is not None and "当" in when.quote and ON_THE_DAY.search(when.quote) is not None:
            # 12月4日傍晚，长台镇一带出现雷雨天气。当晚6时许，…起火: the day told before it (or 昨天下午…。
            # 记者了解到，当天下午3点40分左右, 6月30日发生的…爆炸事故…。事发当天中午11时45分许)
            when = on_the_day_told(text, when, published_at) or when
        if when is not None and when.precision == 1 and ("当" in text or "同日" in text):
            when = same_day_time(text, when, published_at) or when  # 11月28日，…发生一起车祸。当天14时许，…
        if when is not None and when.precision < 3 and (told_at := text.find(when.quote)) >= 0:
            # 昨天下午，四都镇…发生一起溺水事故。6月30日下午2点左右，4名初中生结伴到…游泳: the next sentences' opening
            # time of that day
            opened = opening_time(posted, sentences.end_of(told_at), published_at)
            when = opened if opened is not None and is_finer(opened, when) else when
        told_after = "的事" in text or "起来的" in text or "塌的" in text or "塌下来的" in text or "塌掉的" in text
        if (when is None or when.precision < 3) and told_after and (matter := matter_time(text, published_at)):
            # …消防车已经到了 今天下午两点多的事 (none before it), 今天下午…小船翻了…听说是中午一点多出的事 (finer)
            when = matter if when is None or is_finer(matter, when) else when
        if (when is None or when.precision < 3) and "开始" in text and (began := start_time(text, published_at)):
            # 石门镇清漾村 村口老祝家的柴房烧起来了 今天傍晚5点多开始冒烟的: when it began
            when = began if when is None or is_finer(began, when) else when
        if when is not None and when.precision == 3 and "分" not in when.value:
            # 昨晚8点左右，…两车相撞。据江山交警今天通报：6月30日19时58分许，…: the report's minute
            when = next((f for s in occurring if (f := time_told(s, published_at)) and to_the_minute(f, when)), when)
        if when is not None and when.at is not None and _ALARM.search(when.quote) is not None:
            when = _told_earlier(text, occurring, when, published_at) or when
        if when is not None:
            facts.append(when)
        # the body states site and event more fully than the headline
        body_first = [s for b, s in spans.items() if b > title_end] + [s for b, s in spans.items() if b <= title_end]
        site, what = site_and_what(body_first, event_terms)
        if site is not None and _CAUSE_OPENING.match(site.value) is not None:
            site = None  # 在G3京台高速江山收费站出口匝道，因路面湿滑，6辆小型汽车发生追尾: a cause, no site
        if (
            what is not None
            and WEATHER.search(what.value)
            and len(body_first) > 1
            and not _HARM_TOLD.search(body_first[0])  # (全县遭遇强降雨，4人死亡: the rain's toll, the rain the event)
        ):
            # 我市南部山区普降大暴雨…。今天凌晨2时许，廿八都镇浔里村一处山体发生滑坡: the rain brought the event a
            # later sentence tells
            later_site, later_what = site_and_what(body_first[1:], event_terms)
            told_when = next((sp for sp in body_first[1:] if later_what and later_what.quote[:20] in sp), None)
            later_when = time_told(told_when, published_at) if told_when is not None else None
            if later_when is not None and "当" in later_when.quote:
                # (11月21日，我市西南部山区普降暴雨。当天下午4时许，…发生一起农用车落水事故: that day's)
                later_when = on_the_day_told(text, later_when, published_at) or later_when
            if (
                later_what is not None
                # (not the weather again; a tree the wind blew down is what it did: 一棵香樟树被大风连根刮倒)
                and (not WEATHER.search(later_what.value) or OCCURRENCE.search(later_what.value) is not None)
                and later_when is not None  # (its own time: not a tally of what it did)
            ):
                site, what = later_site or site, later_what
                if when is not None and when.at is not None and later_when.at is not None and later_when.at >= when.at:
                    # (12月5日夜间至6日凌晨，我市普降大到暴雨…。6日凌晨3时许，…被大风连根刮倒: the harm's time)
                    facts[facts.index(when)] = when = later_when
        if what is not None and _GENERIC_CRASH.fullmatch(what.value) and len(body_first) > 1:
            # 12月2日傍晚，205国道…发生一起交通事故。当晚6时15分许，一辆小型轿车与…电动三轮车发生追尾碰撞: the
            # crash as the next sentence tells it, not its kind
            later_what = site_and_what(body_first[1:3], event_terms)[1]
            if later_what is not None and _CRASH_TOLD.search(later_what.value) is not None:
                what = later_what
        if (
            what is not None
            and what.value in event_terms
            and (titled := [s for b, s in spans.items() if b <= title_end])
        ):
            # the body's bare 中毒 or 火灾, the headline's fuller name of it (发生有限空间中毒事故): the headline's
            fuller = site_and_what(titled, event_terms)[1]
            if fuller is not None:  # (not its count: 一自建房倒塌2人被埋 → 倒塌)
                fuller = fuller.model_copy(update={"value": _PEOPLE_COUNTED.split(fuller.value)[0]})
            if fuller is not None and what.value in fuller.value and len(fuller.value) > len(what.value):
                what = fuller
            elif (
                fuller is not None
                and OCCURRENCE.pattern.fullmatch(what.value)
                and fuller.value in event_terms
                and fuller.value != what.value
            ):
                what = fuller  # the body's 起火, the headline's 火灾: the event's name
        if "名称" in text and (label := _WHAT_TOLD.search(text)) is not None:
            # 事件名称：长台镇某矿山企业车辆伤害事故: the event as an express report names it
            what = Fact(kind=FactKind.WHAT, value=label.group("what"), quote=label.group()[:MAX_QUOTE])
        if "地" in text and (told := _SITE_TOLD.search(text)) is not None:
            # 事发地点位于虎山街道江山港景星桥下游约200米处: the site as the report states it
            site = Fact(kind=FactKind.WHERE, value=told.group("at"), quote=told.group()[:MAX_QUOTE], precision=3)
        elif report.figures and (site is None or 0 <= text.find(site.quote) < title_end):
            # the body tells where only before its figure (位于…公司车间内，一名工人…右手被压伤)
            site = site_of_harm(text, sentences, report, title_end) or site
        if what is None:
            what = what_by_term([m.group() for m in SENTENCE.finditer(text)], event_terms)
            if what is None and report.figures:
                what = what_of_harm(text, sentences, report)  # 一名…男子被搅拌叶片绞伤: no event word names it
            if what is not None and site is None and (placed := place_before_time(what.value)) is not None:
                # 城南某中学今天中午两个初二男生在宿舍打架: the place told before the time
                site = Fact(kind=FactKind.WHERE, value=placed, quote=what.quote, precision=3)
            if what is not None and (part := _PART_THAT.match(what.value)) is not None:
                # 起火部位为二楼一户居民家的厨房: what burned there (二楼一户居民家的厨房起火)
                what = what.model_copy(update={"value": f"{part.group('at')}{part.group('verb')}"})
            if (
                what is not None
                and (there := _THERE_IS.match(what.value)) is not None
                and (there.group("lead") or _AT_A_PLACE.search(there.group("at")))
            ):
                # 在清湖街道某小区内有一名男子持刀伤人: the site, then what happened there
                # (有人持刀伤人: what was done, not 人持刀伤人)
                done = there.group("what")
                what = what.model_copy(update={"value": done[1:] if done.startswith("人") else done})
                vague = site is None or REGION_ONLY.fullmatch(site.value) or 0 <= text.find(site.quote) < title_end
                if vague and SITE_WORDS.search(there.group("at")):  # (not the headline's 江山一小区)
                    site = Fact(kind=FactKind.WHERE, value=there.group("at"), quote=what.quote, precision=3)
        if (site is None or REGION_ONLY.fullmatch(site.value)) and "称" in text and (said := _ALARM_SAID.search(text)):
            # 接110报警称，双塔街道文溪路某烧烤店门口有多人打架: where the alarm said it was, and what
            site = Fact(kind=FactKind.WHERE, value=said.group("at"), quote=said.group()[:MAX_QUOTE], precision=3)
            if (
                what is None or _RESPONDED.search(what.value) is not None
            ):  # (将参与斗殴的5名男子带回调查: what police did)
                alarmed = said.group("what").removeprefix("有")
                what = Fact(kind=FactKind.WHAT, value=alarmed, quote=said.group()[:MAX_QUOTE])
        site = site or found_site
        if when is not None and (
            site is None or REGION_ONLY.fullmatch(site.value) or 0 <= text.find(site.quote) < title_end
        ):
            # 12月4日晚，大桥镇汇头村一户村民家中，一家四口因…烧炭取暖，导致一氧化碳中毒: the clause after the
            # time, a place alone
            site = site_after_time(when.quote) or site
        if (site is None or REGION_ONLY.fullmatch(site.value)) and event_terms:
            # 205国道贺村镇路段加油站门口，一辆拉沙子的大货车把一个骑电瓶车的大叔撞了: a place alone, in the clause
            # before the event's words
            site = site_before_term(text, sentences, event_terms) or site
        if (
            when is not None
            and (site is None or REGION_ONLY.fullmatch(site.value))
            and (at := _AT_A_SITE.search(when.quote)) is not None
            and REGION.search(at.group("at"))
            and not PARTIES.search(at.group("at"))
        ):
            # 今天早上7点多在贺村镇耕读村村口那条水泥路上，…, 前天下午4点多在四都镇山上的茶园采茶: where those
            # involved were when it happened, as people tell it
            at_a_site = THAT_ONE.sub("", at.group("at"))
            site = Fact(kind=FactKind.WHERE, value=at_a_site, quote=when.quote[:MAX_QUOTE], precision=3)
        if (site is None or REGION_ONLY.fullmatch(site.value)) and (went := _WENT_INTO_WATER.search(text)) is not None:
            # 三名小学生相约到凤林镇南坞村附近的江山港游泳，其中一名…不慎溺水: where they went into the water
            place = went.group("place")
            if SITE_WORDS.search(place) and not PARTIES.search(place):
                site = Fact(kind=FactKind.WHERE, value=place, quote=went.group()[:MAX_QUOTE], precision=3)
        if what is not None:
            # 虎山街道永兴社区江滨花园12幢2单元的电梯今天下午4点多突然从11楼掉到负一楼: the place, the thing and
            # what befell it
            site, what = thing_out_of_site(site, what)
            what = what_without_site(site, what)
            if what.value.startswith("的") and len(what.value) > 2:
                # 一起电动自行车充电引发的火灾发生在…: what it caused, not its particle
                what = what.model_copy(update={"value": what.value[1:]})
        if (
            when is not None
            and site is not None
            and REGION.search(site.value) is None
            and (place := site_after_time(when.quote)) is not None
            and REGION.search(place.value) is not None
            and not REGION_ONLY.fullmatch(place.value)  # (西山镇3名小学生…到西山河桃园段游泳: whose they were)
        ):
            # 今天上午9时许，新塘边镇日月村一处农房拆除现场，一面约4米高的山墙突然倒塌: the place told after the
            # time, where the event's clause names only what fell or a spot
            site = within_place(place, site)
        unnamed = site is None or _NAMED_AT_HEAD.match(site.value) is None
        if (
            (unnamed or (site is not None and REGION_ONLY.fullmatch(site.value)))
            and (opening := opening_place(text[title_end + 1 :], event_terms)) is not None
            and (unnamed or site is None or opening.value.startswith(site.value))
        ):
            # 四都镇老街后面 今天早上6点多 一间老房子塌了: the place a post's body opens with, where nothing more placed
            # was read (its township alone, or no place named: 修路; the firm of 大桥镇工业园区 一家木材加工厂着火了)
            site = opening
        found = self.places.find(text) if places is None else places
        townships = {m.place.township for m in found}
        here = townships.pop() if len(townships) == 1 else None  # the one township the text places it in
        if site is not None and here in self._township_name and (this := _THIS_TOWNSHIP.match(site.value)):
            # 该乡某水库: the township the text names (张村乡某水库)
            site = site.model_copy(update={"value": self._township_name[here] + site.value[this.end() :]})
        if site is not None and "那" in site.value:  # 坛石镇往大桥方向的那条村道上: 坛石镇往大桥方向的村道上
            site = site.model_copy(update={"value": THAT_ONE.sub("", site.value)})
        if site is not None and (whose := _WHOSE_PEOPLE.search(site.value)) is not None:
            site = site.model_copy(update={"value": site.value[: whose.start()]})  # 某中学的老师: the school
        if site is not None and len(site.value.strip()) >= 2:  # (never a site of nothing)
            facts.append(without_picture(site))
        # (a site that is a gazetteer place, 峡口水库, is stated once)
        facts.extend(f for f in self._places(found) if site is None or f.value != site.value)
        if what is not None and (wrong := _SAID_WRONG.search(what.value)) is not None and wrong.start() >= 2:
            # 民房倒塌的时间有误，应为…: a correction's words, no part of what happened
            what = what.model_copy(update={"value": what.value[: wrong.start()]})
        if what is not None:
            facts.append(without_picture(uncounted(what)))
        figures = figure_facts(report, text)
        facts.extend(with_poisoned(figures, poisoning) if poisoning is not None else figures)
        if (
            "过火" in text
            and not any(f.kind is FactKind.BURNED_AREA for f in facts)
            and (floor := _FLOOR_BURNED.search(text)) is not None
        ):  # a building's fire told by its floor area (过火面积约800平方米), which grading leaves aside
            facts.append(floor_burned(floor))
        if (trapped := trapped_now(text)) is not None:
            facts.append(trapped_fact(*trapped))
        if (taken := sent_to_hospital(text)) is not None and not any(
            f.number == taken.count for f in facts if f.kind in PEOPLE
        ):  # 5名工人出现不适症状，已被送往医院观察 (not 3人受伤送医: the injured figure tells them)
            facts.append(counted(FactKind.HOSPITALIZED, taken.count, taken.bound, taken.quote))
        if not GATHERING_TERMS.isdisjoint(event_terms) and (crowd := gathered(text)) is not None:
            # 约200名业主聚集在市政府门口: a gathering's people (not the onlookers of an accident)
            facts.append(crowd_fact(crowd))
        if (moved := evacuated(text)) is not None:  # 紧急疏散周边群众6000余人
            if (nearly := moved.nearly) is not None:  # 近5000人 (graded as just below it): the figure as told
                facts.append(
                    Fact(
                        kind=FactKind.EVACUATED,
                        value=f"近{nearly:g}人",
                        quote=moved.quote,
                        number=nearly,
                        bound="about",
                    )
                )
            else:
                facts.append(counted(FactKind.EVACUATED, moved.count, moved.bound, moved.quote))
        if (sick := outbreak(text)) is not None and sick.cases is not None:  # 霍乱病例增至12例
            facts.append(counted(FactKind.CASES, sick.cases, sick.bound, sick.quote, "例"))
        elif not DISEASE_TERMS.isdisjoint(event_terms) and (cases := reported_cases(text)) is not None:
            # an outbreak of a disease the plan does not grade by count (累计发病学生36人: norovirus)
            facts.append(counted(FactKind.CASES, cases.cases, cases.bound, cases.quote, cases.unit))
        facts.extend(
            self._responders.find(posted, event_terms, sentences if posted is text else Sentences(posted), here)
        )
        return tuple(facts)

    def _places(self, found: Sequence[PlaceMatch]) -> list[Fact]:
        out: dict[str, Fact] = {}
        for m in found:
            place = m.place
            precision = 1 if place.kind in ("乡", "镇", "街道") else 2
            out.setdefault(place.name, Fact(kind=FactKind.WHERE, value=place.name, quote=m.text, precision=precision))
        return list(out.values())


_SITE_TOLD = re.compile(
    r"(?:事发地点|事故地点|事故发生地点|事故发生地|事件发生地点|事件地点|出事地点|事发地|(?<=[，,。；;])地点)(?:位于|为|是|在|：|:)"
    rf"(?P<at>[^，,。！？!?；;：:\n]{{2,{MAX_SITE}}})(?=[，,。！？!?；;\n]|$)"
)
"""The site as a report states it (事发地点位于…, 事故地点为…)."""
_WHAT_TOLD = re.compile(r"(?:事件|事故)名称(?:为|是)?[：:](?P<what>[^，,。！？!?；;：:\n]{2,40})")
"""The event as a report's label names it (事件名称：长台镇某矿山企业车辆伤害事故)."""
_ALARM = re.compile(
    r"接(?:到)?(?:群众|市民|村民|网民|事主)?(?:报警|报案|求助|反映|举报)|接警|接报"
    # a report from another body (市疾控中心接到市人民医院报告: an outbreak's first case)
    r"|接(?:到|获)(?:[^，,。；;！!？?]{2,12}?)(?:报告|报警|报案|求助|反映|举报)"
)
_THERE_IS = re.compile(
    r"(?P<lead>在|(?:报警)?称在?)?(?P<at>[^，,。；;]{2,30}?(?:内|里|处|附近|门口|路口)?)"
    r"(?:有(?=[一二两三四五六七八九十几多数\d]|人|男|女)|发生|(?<=[内里处近口])(?=一(?:名|男子|女子|男|女)))"
    r"(?P<what>[^，,。；;]{2,})$"
)
"""What happened at a place, told as it was reported (在清湖街道某小区内有一名男子持刀伤人, 称上余镇某KTV门口有多人
斗殴, 华埠镇某菜市场内一男子持刀砍人: with no 在 or 称 before it, a place told by where in or by it)."""
_AT_A_PLACE = re.compile(r"(?:内|里|处|附近|门口|门前|路口|库区|(?<=[江河溪湖])[\u4e00-\u9fff]{1,3}段)$")
"""Where in or by a place (某小区内, 某烧烤店门口; a water's reach: 碗窑水库库区, 须江清湖段)."""
_ALARM_SAID = re.compile(
    r"(?:报警|报案|求助|举报)称[，,]?在?(?P<at>[^，,。；;：:]{2,30}?(?:内|里|处|附近|门口|门前|路口|店外|楼下|路段))"
    r"(?P<what>有(?:人|男子|女子|多人|[\d一二两三四五六七八九十几]+(?:名|人|个))[^，,。；;]{2,20})"
)
"""The place and what an alarm told (接群众报警称，双塔街道鹿溪南路一水果店门前有男子持刀伤人)."""
_FOUND_IN_WATER = re.compile(r"发现[^，,。！？!?；;]{0,16}?(?:漂浮|漂在水|浮尸|尸体|遗体|落水|溺水)")
"""Someone found dead or in the water (发现江山港清湖段水面漂浮一名男子, 发现一名男子落水): the first the
report knows of it."""
_FOUND_SENTENCES = 3
"""How many sentences telling someone found are read for a time (a headline's, then the body's)."""
_FOUND_AT = re.compile(r"在(?P<at>[^，,。；;：:]{2,20}?)发现$")
"""Where someone was found (市民在须江城区段景星桥下发现: 须江城区段景星桥下)."""
_TIMED_SENTENCES = 4
"""How many sentences that tell the occurrence are read for its time (the first, or a finer one of its day)."""
_BEFORE_THE_ALARM = timedelta(hours=6)
"""How long before an alarm the event's own time, told later, may be (an hour's fire found at night)."""


def _told_earlier(text: str, occurring: list[str], alarm: Fact, published_at: datetime) -> Fact | None:
    """The event's own time a later sentence tells, a little before the alarm ``alarm`` is the time of
    (``14时25分，…接到报警，称…仓库起火。经初步调查，仓库起火是在当天14时15分许``), or ``None``."""
    assert alarm.at is not None
    for sentence in islice(occurring, 1, _TIMED_SENTENCES):
        told = time_told(sentence, published_at)
        if told is not None and "当" in told.quote:
            told = on_the_day_told(text, told, published_at) or told
        if (
            told is not None
            and told.at is not None
            and told.precision >= 3
            and alarm.at - _BEFORE_THE_ALARM <= told.at < alarm.at
        ):
            return told
    return None


_GENERIC_CRASH = re.compile(r"(?:一起)?(?:特别重大|重大|较大|一般)?(?:道路)?交通事故")
"""A crash named by its kind alone (发生一起较大道路交通事故)."""
_CRASH_TOLD = re.compile(r"相撞|碰撞|追尾|侧翻|翻车|撞击|撞上|冲入|冲出|坠入|翻入|失控")
"""What a crash's own sentence tells of it (一辆小型轿车与一辆电动三轮车发生追尾碰撞)."""
_FOUND_AFTER_ALARM = timedelta(hours=12)
"""How long before a figure's time (when someone was found) the alarm of the same incident may be."""
_LATER_VERBS = 4
"""How many later occurrence verbs of a sentence are tried for a time stated before them."""
_AT_A_SITE = re.compile(
    r"(?<=[\d时点分许右多早晚午])在(?P<at>[^，,。；;！!？?在]{2,24}?(?:路|道|段|口|桥|园|地|场|厂|店|家|村|楼|区|工地|田里|山上)"
    r"(?:上|里|内|边|旁)?)(?=[，,]|[\u4e00-\u9fff]{1,4}(?:时|，|,))"
)
"""Where those involved were, right after the time (``今天早上7点多在贺村镇耕读村村口那条水泥路上，``)."""


_FLOOR_BURNED = re.compile(
    r"过火(?:面积)?(?:为|达|约为|共)?(?P<pre>约|近|超过|逾)?(?P<n>\d+(?:\.\d+)?)(?P<suf>余|多)?(?P<unit>平方米|平米|㎡)"
)
"""A fire's area in square metres: a building's (the 公顷 or 亩 of a forest fire are grading's)."""

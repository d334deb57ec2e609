"""Casualty and loss figures of *this* event, read from real Chinese news text (headlines included).

:func:`read_figures` finds every statement of deaths (死亡/遇难/罹难/身亡/身故/丧生/丧命 …, and
``不治`` after treatment: ``送医后1人不治``, ``伤重不治``), missing people
(失踪/失联/下落不明), seriously injured (重伤, 伤势严重, 危重 …), slightly injured (轻伤),
injured of unstated severity (受伤/负伤/伤者) and direct economic loss (直接经济损失 … 元/万元/亿元),
and returns each kind's figure with the words it was read from (:class:`Mention`).

How text is read
----------------
* Numbers are Arabic (``12``, ``1,200``, ``1.2``, full-width ``１２``) or Chinese (``十二``,
  ``两``, ``三十余``); ``十几`` and ``几十``/``数十`` are read as lower bounds (11, 20).
* ``余``/``多``/``以上``/``超过``/``逾``/``上`` make a figure a lower bound and ``近``/``约`` an
  approximation; the figure is read as written and the reason says it is not exact (grading puts
  a ``近`` figure just below its number: :mod:`classifier.grading`). A range
  (``3至5人``, ``3-5人``, ``七八人``, ``二三十人``) is a lower bound at its lower end, its upper end
  kept for the reason. An ordinal is no count (``第3名伤者``), unless it numbers the dead
  (``第12具遗体``: twelve at least). Lives taken are deaths (``大火夺走12条生命``).
* A text is cut into tokens: numbers of people (``3人``, ``12名``) and casualty words (``死亡``,
  ``受伤``, ``遇难者``, ``死亡人数``). Tokens joined without punctuation form a chain; a chain that
  starts with a number pairs each number with the word after it (``3人死亡12人受伤``), a chain
  that starts with a word pairs each word with the number after it (``死亡3人受伤12人``,
  ``遇难者已增至14人``). A word that only heads the figure is passed over when the number has a
  word of its own after it (``伤者中有11人重伤``, ``受伤的12人中有3人死亡``); injured or poisoned
  people who died count as deaths (``五人中毒身亡``, ``2名伤者经抢救无效死亡``); a lone number
  whose next clause says all of them died is a death figure (``4名矿工…，均已无生命体征``).
  Compact forms (``9死3伤``, ``一死两伤``) are read on their own.
* Doers are not victims: the number before an active verb of hurting or killing is the doers'
  (``七名歹徒闯入网吧刺伤网管``: one injured), unless the sentence is passive (``12名工人被30余名
  男子打伤``: twelve); so is a number separated from its word by a cause and its victim
  (``3名男子闯入工地致保安受伤``), by 把/将 and whom it dealt with (``两名男子将店主打成重伤``) or
  by a verb of saying (``多名家属称患者死亡前…``); a word naming the people (``死者``, ``伤者``)
  takes only a number right before it (``两人盗骨灰敲诈死者家属``: no figure), or the bodies of the
  people after it (``四名被困矿工的遗体``; not ``一位长者的遗体告别仪式``, a funeral). ``4男生``,
  ``3高中生``, ``两女工`` and ``多人``/``多名`` (at least 2) are numbers of people; ``例`` counts cases;
  a denial may name the people (``没有学生死亡``: no figure).
* A casualty stated without a number (``司机当场死亡``, ``致其死亡``, ``刺伤网管``) is one person,
  at least (two for ``双双身亡``), when :mod:`classifier.unnumbered` finds it states one.
* Figures that rise (``升至``/``增至``/``上升到`` …, ``由9人升至21人``): the latest figure counts;
  a bare ``升至21人`` belongs to the kind of figure stated just before it. The figure of a kind is
  the largest statement of it (tolls rise, so the largest is the latest), except that a correction
  (``由15人下调至13人``, ``核减为``, ``修正为``) replaces what was stated before it.
* Deaths on the spot and after rescue add up (``4人当场死亡，2人经抢救无效死亡``: six). Missing
  people counted with the dead in one figure (``死亡、失踪12人``), found again, all said dead later
  (``5名船员失联。目前5人均已确认身亡``: five, not ten), or some of them found (``5人失联，其中2人已
  被找到``: three still missing), are read by :mod:`classifier.missing`.
* A figure stated as new (``新增死亡4人``) is a lower bound of the toll; a running total of one
  ongoing event counts as its latest figure (``新增死亡4人，累计死亡89人``: 89).
* Statements about *other* events are not this event's (:mod:`classifier.other_events`):
  statistics over many incidents, a period or a region (``今年以来``, ``每年``, ``3年共``,
  ``自2010年至今``, ``共发生5起``, ``该路段…死亡总人数达50多人``; but ``发生两起山体滑坡16人丧生``
  reports incidents, it counts none), definitions and ranges (``以上…以下``, ``是指``), and
  everything after a marker of an earlier event (``曾发生``, ``去年``, ``历史上``) up to a marker
  of this one (``本次``, ``此次``, ``目前``), and earlier events told by their date beside a new
  incident (:mod:`classifier.dated`: ``1月22日发生在邻县的一起火灾``), and a sentence that opens by
  referring back to such an event (``…造成12人死亡。这起事故造成直接经济损失1.5亿元``). They are returned as
  ``excluded`` so the reasons can say what was left out.
* A figure the text says is wrong (``此前通报的死亡12人有误``, ``网传“30人死亡”不实``) is left out,
  and so is one of an earlier report or a rumour once a corrected figure of its kind is stated
  (``此前有消息称…12人死亡，经核实，实际死亡9人``): :func:`classifier.other_events.superseded`.
* Deaths of illness or age (``3名老人因病去世``) are left out with their reason, unless the sentence
  names an outbreak (``疑似霍乱``): no incident caused them.
* ``无人员伤亡``/``未造成人员伤亡`` is recorded as an explicit statement of no casualties.

The function is pure and cheap on texts that name no casualty or loss word (one regex search:
:mod:`classifier.casualty_gate`).
The words and numbers it reads are in :mod:`classifier.casualty_tokens`, the forms read as whole
phrases (``9死3伤``, ``分别为``, 直接经济损失) in :mod:`classifier.casualty_forms`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from classifier.casualty_forms import LIVES_WORDS, all_of_them, lives_lost, losses, respectively
from classifier.casualty_forms import compact as compact_figures
from classifier.casualty_gate import TRIGGER
from classifier.casualty_tokens import AGENTIVE, BREAK, FOUND, ILLNESS, Kind, Mention, Tok, read_tokens
from classifier.dated import EarlierDates
from classifier.keywords import longest_first
from classifier.later_deaths import died_later, found_dead
from classifier.missing import found_in_sentence, found_later_on, still_missing, with_deaths
from classifier.numbers import Bound
from classifier.other_events import (
    EARLIER,
    EVENT_THAT_LASTS,
    STATISTICS,
    is_statistic,
    may_revise,
    other_event,
    revised,
    tallied,
)
from classifier.prefilter import Prefiltered
from classifier.sentences import SENTENCE
from classifier.trials import case_tried_in, told_now
from classifier.unnumbered import unnumbered_figure
from classifier.victims import is_people, listed_after, listed_before, listed_subject, unnumbered_after

__all__ = ["CasualtyReport", "Excluded", "Kind", "Mention", "read_figures"]

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(frozen=True)
class Excluded:
    """A figure left out because its sentence is about other events, with the reason."""

    mention: Mention
    sentence: str
    why: str


@dataclass(frozen=True)
class CasualtyReport:
    """The figures of one text: each kind's chosen mention, the excluded ones, and no-casualty words."""

    figures: dict[Kind, Mention] = field(default_factory=dict)
    excluded: tuple[Excluded, ...] = ()
    no_casualties: str | None = None
    """The words stating there were no casualties (``无人员伤亡``), if the text says so."""

    def value(self, kind: Kind) -> float:
        m = self.figures.get(kind)
        return m.value if m is not None else 0.0


_UPDATE = Prefiltered(
    re.compile(
        r"(?:升至|增至|上升到|上升至|上升为|增加到|增加至|增加为|攀升至|升到|升为|增为|增长到|增长至|达到|已达|变为"
        r"|核减为|核减至|调整为|调整至|修正为|修正至|更正为|下调为|下调至|下调到|核实为"
        r"|(?:总数|总人数|总计|累计)(?:已经|已)?(?:达到|达|为|是)?)$"
    )
)
_CORRECTED = re.compile(r"核减|调整|修正|更正|下调|核实为")
"""A figure corrected (死亡人数由15人下调至13人): it replaces what was stated before it."""
_MAX_GAP = 20
_UP_TO_LAST_BREAK = re.compile(r".*[，,。；;！!？?、：:（）()\[\]【】“”\"'\s]", re.S)
_UP_TO_LIST_BREAK = re.compile(r".*[，,。；;！!？?：:（）()\[\]【】“”\"'\s]", re.S)
"""Up to the clause a list of victims is in (a list may be joined by 、)."""
_PASSIVE = re.compile(r"被|遭(?!拒)")
_SAID = re.compile(r"称|表示|透露|指出|介绍|反映|怀疑|认为|说")
"""Those who say, between a number and a casualty word, are not its figure (多名村民称精神病人死亡前…)."""
_CAUSED = re.compile(
    r"(?:致|造成|引发|酿成)(?!力|敬|辞|电|信|函|富)(?:当场|不幸|先后|最终|严重|多|重)*[^\d当不先最严多重]"
)
"""A cause and someone else between a number and its word: the number is the cause's, not the
figure (七名歹徒闯入网吧致网管受伤; but 3名工人吸入有毒气体导致当场死亡)."""
_RELATIVES = ("家属", "亲属", "家人", "遗属", "子女", "父母", "亲人", "家庭")
_DISPOSED = re.compile(r"(?:(?<![一两几])把|将(?!近|会|要|于|在|被|来|领|军|士))[^\d]")
"""把/将 and whom it dealt with, between a number and its word: the number is the doer's
(两名男子因琐事将店主打成重伤)."""
_BARE_LEAD = re.compile(r"(?:已经|目前|现已|现在|随后|其后|截至目前|已|现|共|又|再|则|更|后来|最终|后|经过|经)*")
"""What may stand before a bare update of the figure before it (升至21人, 后经核实为2人)."""
_MORE = re.compile(r"(?:另有|另外有|还有|又有|另)$")
_ILL = re.compile(r"因病|病逝|病故|患癌|癌症|寿终|自然死亡")
"""Deaths of illness or age (3名老人因病去世)."""
_EPIDEMIC = re.compile(r"疫|流感|霍乱|鼠疫|新冠|肺炎|埃博拉|手足口|麻疹|非典|传染|不明原因|聚集性|中毒|感染")
"""An outbreak, whose deaths of illness are its toll."""
_BACK_REFERENCE = re.compile(r"\s*(?:这起|该起|那起|那次|那场|这场)")
"""A sentence that opens by referring back to the event just told (这起事故造成直接经济损失…)."""

_NONE = re.compile(
    r"(?:无|未造成|未有|没有|没造成|暂无|暂未发现|未发现|未见|尚无|零(?<![\d一二三四五六七八九十]零))(?:人员|人)?(?:伤亡|死亡|受伤|伤者)"
)


_FULLWIDTH_DIGIT = re.compile("[０-９]")

_LIVES_WORD = re.compile(longest_first(LIVES_WORDS))
"""Any of :data:`~classifier.casualty_forms.LIVES_WORDS`, in one search."""


_AFTERWARDS = re.compile(r"后|然后|随后|并|又|再|致|导致|造成")
"""What happened next, between a verb and a number: the number is not its victims (砍死妻子后3人受伤)."""
_CASE = re.compile(r"案(?!发)")
"""A case between a word and a number: the number is of the case (杀害女婿案9人获刑: those sentenced)."""


def _joined(text: str, a: Tok, b: Tok) -> bool:
    gap = text[a.end : b.start]
    if a.kind is None and b.kind is None and gap.endswith("、") and is_people(gap[:-1]):
        return True  # 撞死2名行人、1名骑车人: one list of victims
    return len(gap) <= _MAX_GAP and BREAK.search(gap) is None and _CASE.search(gap) is None


def _mention(text: str, word: Tok, num: Tok, update: bool) -> Mention:
    start, end = min(word.start, num.start), max(word.end, num.end)
    assert word.kind is not None
    return Mention(word.kind, num.value, num.bound, text[start:end], start, update, num.qualifier, upper=num.upper)


def _pair_chain(text: str, chain: list[Tok]) -> tuple[list[Mention], list[tuple[Tok, int]]]:
    """Mentions of one chain, and its numbers stated as updates without a word (``升至21人``),
    each with the offset of its update verb."""
    mentions, chain = _transitive_pairs(text, chain)
    if not chain:
        return mentions, []
    loose: list[tuple[Tok, int]] = []
    numbers_first = chain[0].kind is None
    last_word: Tok | None = None
    i = 0
    while i < len(chain):
        tok = chain[i]
        nxt = chain[i + 1] if i + 1 < len(chain) else None
        lead_in = chain[i - 1].end if i else max(0, tok.start - 8)
        verb = _UPDATE.search(text, lead_in, tok.start) if tok.kind is None else None
        if tok.kind is None and nxt is not None and nxt.kind is not None and not _belongs(text, tok, nxt):
            i += 1  # 两人盗骨灰敲诈死者亲属, 七名歹徒闯入致网管受伤: not their figure
            continue
        if tok.kind is None and nxt is not None and nxt.kind is not None and (numbers_first or _closes(chain, i + 1)):
            # 3人死亡, 升至21人死亡; in a chain led by a word, a number whose word follows it and
            # starts no pair of its own: 伤者中有11人重伤, 受伤的12人中有3人死亡
            word, used = nxt, 2
            after = chain[i + 2] if i + 2 < len(chain) else None
            if after is not None and after.kind is Kind.DEATHS and nxt.kind not in (Kind.DEATHS, Kind.MISSING):
                word, used = after, 3  # 五人中毒身亡, 2名伤者经抢救无效死亡: they died
            m = _mention(text, word, tok, verb is not None)
            if verb is not None:
                m = replace(m, quote=text[verb.start() : word.end], start=verb.start(), update=True)
            else:
                m = _with_listed_subject(text, tok, m)
                others = unnumbered_after(text[tok.end : word.start])
                if others:  # 2名学生和家长受伤: two, and parents not counted
                    m = replace(m, bound=Bound.AT_LEAST, others=others)
            mentions.append(m)
            last_word = word
            i += used
            continue
        if tok.kind is not None:
            last_word = tok
            if not numbers_first and nxt is not None and nxt.kind is None and _closes(chain, i + 2):
                i += 1  # a heading word (伤者中有11人重伤, 中毒事故致3名工人遇难): the number has its own
                continue
            if not numbers_first and nxt is not None and nxt.kind is None:
                updated = _UPDATE.search(text, tok.end, nxt.start) is not None
                mentions.append(_mention(text, tok, nxt, updated))  # 死亡3人, 遇难者已增至14人
                i += 2
                continue
        elif verb is not None:
            if last_word is not None:  # 死亡人数由19人升至21人: the later figure, quoted whole
                m = _mention(text, last_word, tok, True)
                mentions.append(replace(m, quote=text[last_word.start : tok.end], start=last_word.start))
            else:
                loose.append((tok, verb.start()))
        i += 1
    return mentions, loose


def _with_listed_subject(text: str, num: Tok, m: Mention) -> Mention:
    """``m`` with the people its clause names before the number (``驾驶人吴某及车内的1名乘客当场
    死亡``: two), quoted from the first of them."""
    clause = _UP_TO_LIST_BREAK.match(text, 0, num.start)
    start = clause.end() if clause else 0
    named, at = listed_subject(text[start : num.start])
    if not named:
        return m
    return replace(m, value=m.value + named, quote=text[start + at : m.start + len(m.quote)], start=start + at)


def _increment(sentence: str, m: Mention) -> Mention:
    """A figure stated as new (新增死亡4人, 死亡人数新增4人) is the rise, so the toll is at least it."""
    if m.kind is Kind.LOSS or ("新增" not in m.quote and not sentence.endswith("新增", 0, m.start)):
        return m
    return replace(m, bound=Bound.AT_LEAST, qualifier="新增")


def _belongs(text: str, num: Tok, word: Tok) -> bool:
    """Whether ``word`` after ``num`` can be its figure: not when a cause and its victim stand
    between them (七名歹徒闯入网吧致网管受伤), and a word naming people (死者, 伤员) only right
    after the number or after bodies counted (3名死者, 10具…遇难者遗体; not 两人盗骨灰敲诈死者亲属)."""
    if _CAUSED.search(text, num.end, word.start) or _SAID.search(text, num.end, word.start):
        return False
    disposed = _DISPOSED.search(text, num.end, word.start)
    if disposed and not _PASSIVE.search(text, disposed.end(), word.start):
        return False  # 两名男子将店主打成重伤; but 2名工人将货物搬上车时被砸伤
    if word.noun and text.startswith(_RELATIVES, word.end):
        return False  # 2000多名遇难者家属: the relatives, not the dead
    if (
        word.base in _BODIES
        and (whose := _WHOSE.fullmatch(text, num.end, word.start))
        and is_people(whose[1])
        and not _FUNERAL.match(text, word.end)
    ):
        return True  # 四名矿工的遗体全部找到: their bodies (not 一位长者的遗体告别仪式: a funeral)
    return not word.noun or word.start - num.end <= 2 or num.word == "具"


_BODIES = frozenset({"遗体", "尸体"})
_WHOSE = re.compile(r"([^，,。；;、！!？?\d]{1,6})的")
"""The people whose bodies are named after their number (四名被困矿工的遗体)."""
_FUNERAL = re.compile(r"告别|火化|安葬|下葬|捐献|捐赠|送别|出殡")
"""A body's funeral or donation, of anyone who died (一位长者的遗体告别仪式): no incident's toll."""


def _transitive_pairs(text: str, chain: list[Tok]) -> tuple[list[Mention], list[Tok]]:
    """The figures of verbs followed by their number (``砍死1人``, ``撞伤3人``), and the rest of the
    chain without them and without the doer's number before the verb (``3名歹徒持刀砍死1人``)."""
    mentions: list[Mention] = []
    rest: list[Tok] = []
    i = 0
    while i < len(chain):
        tok = chain[i]
        nxt = chain[i + 1] if i + 1 < len(chain) else None
        if (
            tok.transitive
            and nxt is not None
            and nxt.kind is None
            and _AFTERWARDS.search(text, tok.end, nxt.start) is None
        ):
            m = _mention(text, tok, nxt, False)
            named = listed_before(text[tok.end : nxt.start])
            if named:  # 杀死妻子和2名子女: the wife, then the two
                m = replace(m, value=m.value + named)
            i += 2
            # 砍伤8名学生和1名老师: each number of the list of victims
            while i < len(chain) and chain[i].kind is None and listed_after(text[chain[i - 1].end : chain[i].start]):
                more = chain[i]
                m = replace(m, value=m.value + more.value, quote=text[m.start : more.end])
                i += 1
            mentions.append(m)
            if rest and rest[-1].kind is None:
                rest.pop()
            continue
        if tok.base in AGENTIVE:
            victim = _passive_victim(text, rest, tok)
            # the numbers before an active verb are its doers (七名歹徒…刺伤网管); a passive
            # sentence names its victims first (24名村民被20余名男子打伤)
            while rest and rest[-1].kind is None:
                rest.pop()
            if victim is not None:
                mentions.append(_mention(text, tok, victim, False))
                i += 1
                continue
        rest.append(tok)
        i += 1
    return mentions, rest


def _passive_victim(text: str, before: list[Tok], verb: Tok) -> Tok | None:
    """The number before ``verb`` that a passive marker (被, 遭) separates from it, or that 将/把
    puts before it as whom it dealt with, if any."""
    for tok in reversed(before):
        if tok.kind is not None:
            return None
        if _PASSIVE.search(text, tok.end, verb.start) or text.endswith(("将", "把"), 0, tok.start):
            return tok  # 24名村民被…打伤; 一名男子持刀将2名路人砍伤
    return None


def _closes(chain: list[Tok], j: int) -> bool:
    """Whether ``chain[j]`` is a word that no number follows: it closes the pair of the number
    before it rather than opening one of its own (``死亡3人受伤12人``: 受伤 opens one)."""
    if j >= len(chain) or chain[j].kind is None:
        return False
    return j + 1 == len(chain) or chain[j + 1].kind is not None


def read_figures(text: str) -> CasualtyReport:
    """The casualty and loss figures of the event ``text`` reports (see the module docstring)."""
    if TRIGGER.search(text) is None:
        return CasualtyReport()
    if _FULLWIDTH_DIGIT.search(text):
        text = text.translate(_FULLWIDTH)
    found: list[Mention] = []
    excluded: list[Excluded] = []
    previous: Kind | None = None
    # an epidemic or a disaster the title or lead names: its running totals in the body count
    # (the lead's own totals need the event in their own clause)
    lead = SENTENCE.search(text)
    lasting = lead is not None and EVENT_THAT_LASTS.search(lead.group()) is not None
    lead_start = lead.start() if lead is not None else 0
    dates = EarlierDates(text)  # what marks a date's event as an earlier one, found when asked
    earlier_end = -1  # where the last sentence ends whose last figure was an earlier event's
    for sm in SENTENCE.finditer(text):
        sentence = sm.group()
        if TRIGGER.search(sentence) is None:
            continue
        mentions, previous = _sentence_mentions(sentence, previous)
        statistic = is_statistic(sentence, lasting and sm.start() != lead_start) if mentions else False
        month_is_earlier, earlier_day = dates.of(sentence, sm.start()) if mentions and not statistic else (False, None)
        # 2019年5月3日，该厂发生爆炸，造成12人死亡。这起事故造成直接经济损失1.5亿元: that event's too
        back = earlier_end >= 0 and _BACK_REFERENCE.match(sentence) and not text[earlier_end : sm.start()].strip()
        for m in mentions:
            # a quote without a number starts before its word, where an earlier event may be named
            at = m.start + len(m.quote) - 1 if m.unnumbered else m.start
            counted = statistic and tallied(sentence, at)
            why = STATISTICS if counted else other_event(sentence, at, month_is_earlier, earlier_day)
            why = why or (EARLIER if back else None) or m.left_out or None
            if why is None and case_tried_in(text) and not told_now(sentence):
                why = EARLIER  # 2016年8月23日…致2名乘客死亡。…判其有期徒刑4年: the case's, long past
            placed = _moved(m, sm.start())
            if why is None:
                found.append(placed)
            else:
                excluded.append(Excluded(placed, sentence.strip(), why))
        if mentions:
            last_left_out = excluded[-1] if excluded and excluded[-1].mention is placed else None
            earlier_end = sm.end() + 1 if last_left_out is not None and last_left_out.why == EARLIER else -1
    if found and may_revise(text):  # 此前通报的死亡12人有误，实际死亡9人: the 12 is left out
        whys = revised(text, [(m.kind, m.start, m.start + len(m.quote)) for m in found])
        for m, why in zip(found, whys, strict=True):
            if why is not None:
                said = SENTENCE.search(text, text.rfind("。", 0, m.start) + 1)
                excluded.append(Excluded(m, said.group().strip() if said else m.quote, why))
        found = [m for m, why in zip(found, whys, strict=True) if why is None]
    none = _NONE.search(text)
    figures: dict[Kind, Mention] = {}
    last: dict[Kind, Mention] = {}
    for m in sorted(found, key=lambda m: m.start):
        before = last.get(m.kind)
        if before is not None and (_MORE.search(text, max(0, m.start - 4), m.start) or died_later(text, before, m)):
            # 3人当场死亡，另有2人经抢救无效死亡 (or without 另有: 当场, then 经抢救无效): the
            # second figure adds to the one stated just before it, not to a total of the lead
            # (造成两死…司机死亡。另一名乘客…死亡: two)
            bound = Bound.AT_LEAST if before.unnumbered else m.bound
            quote = f"{before.quote}……{m.quote}"
            m = replace(m, value=before.value + m.value, bound=bound, quote=quote, start=before.start)
        last[m.kind] = m
        best = figures.get(m.kind)
        corrected = m.update and _CORRECTED.search(m.quote) is not None
        if best is None or corrected or m.value > best.value or (m.value == best.value and _better(m, best)):
            figures[m.kind] = m
    missing = figures.get(Kind.MISSING)
    if missing is not None and not missing.with_deaths and (found_later := found_later_on(text, missing)) is not None:
        # 5名船员失联。…5名船员均已获救: no longer missing
        del figures[Kind.MISSING]
        if found_later.dead:  # 8名渔民失联。…8人均被找到，已无生命体征: deaths
            stated = [m for m in found if m.kind is Kind.DEATHS]
            figures[Kind.DEATHS] = found_dead(figures.get(Kind.DEATHS), stated, missing, found_later)
        else:
            excluded.append(Excluded(replace(missing, left_out=FOUND), found_later.words, FOUND))
    elif missing is not None and (left := still_missing(text, missing)) is not None:
        figures[Kind.MISSING] = left  # 5人失联，其中2人已被找到: three still missing
    return CasualtyReport(figures, tuple(excluded), none.group() if none else None)


def _moved(m: Mention, by: int) -> Mention:
    """``m`` placed ``by`` characters later (a sentence's figure placed in its text): a copy of its
    fields with only ``start`` changed. ``dataclasses.replace`` passes every field through
    ``__init__`` by name, several times slower; :class:`Mention` has no ``__post_init__`` to skip."""
    fields = m.__dict__.copy()
    fields["start"] += by
    moved = object.__new__(Mention)
    object.__setattr__(moved, "__dict__", fields)
    return moved


def _better(m: Mention, than: Mention) -> bool:
    """Of two equal figures, a stated number over none, and an update over an earlier statement."""
    return (than.unnumbered and not m.unnumbered) or (m.update and not than.update)


def _sentence_mentions(sentence: str, previous: Kind | None) -> tuple[list[Mention], Kind | None]:
    """The mentions of one sentence; ``previous`` is the kind of the last figure stated before it."""
    compact = compact_figures(sentence)
    listed = respectively(sentence) if "分别" in sentence or "依次" in sentence else []
    mentions = compact + listed + losses(sentence)
    if _LIVES_WORD.search(sentence):
        mentions += lives_lost(sentence)
    tokens = read_tokens(sentence)
    if compact:  # the 伤 of 8死5伤 is no word of its own (8死5伤18人遭绑架)
        spans = [(m.start, m.start + len(m.quote)) for m in compact]
        tokens = [t for t in tokens if t.kind is None or not any(a <= t.start < b for a, b in spans)]
    if listed:  # 死亡、失踪人数分别为12人、3人: read already, word by word
        spans = [(m.start, m.start + len(m.quote)) for m in listed]
        tokens = [t for t in tokens if not any(a <= t.start < b for a, b in spans)]
    chains: list[list[Tok]] = []
    for tok in tokens:
        if chains and _joined(sentence, chains[-1][-1], tok):
            chains[-1].append(tok)
        else:
            chains.append([tok])
    for k, chain in enumerate(chains):
        paired, loose = _pair_chain(sentence, chain)
        if not paired and k and (all_of := all_of_them(sentence, chains[k - 1], chain)) is not None:
            paired = [all_of]
        mentions.extend(paired)
        if previous is not None:
            # a bare 升至21人 updates the figure stated just before it in the sentence
            for tok, verb_start in loose:
                clause = BREAK.split(sentence[:verb_start])[-1]
                if _BARE_LEAD.fullmatch(clause) is None:
                    continue  # 客流量升至5万人: a rise of something else
                quote = sentence[verb_start : tok.end]
                mentions.append(
                    Mention(previous, tok.value, tok.bound, quote, verb_start, True, tok.qualifier, upper=tok.upper)
                )
        if paired:
            previous = paired[-1].kind
    if "新增" in sentence:
        mentions = [_increment(sentence, m) for m in mentions]
    mentions = [found_in_sentence(sentence, with_deaths(sentence, m)) for m in mentions]
    if ("病" in sentence or "癌" in sentence or "寿终" in sentence) and _EPIDEMIC.search(sentence) is None:
        # 村里3名老人因病去世: no casualty of an incident (but 3人因病死亡，疑似霍乱: an outbreak's)
        mentions = [
            replace(m, left_out=ILLNESS) if m.kind is Kind.DEATHS and _ILL.search(m.quote) else m for m in mentions
        ]
    covered = [(m.start, m.start + len(m.quote)) for m in mentions]
    for tok in tokens:
        if tok.kind is not None and not any(a <= tok.start < b for a, b in covered):
            found = unnumbered_figure(sentence, tok.start, tok.end, tok.base, tok.kind, tok.transitive)
            if found is not None:
                quote = sentence[found.start : found.end]
                mentions.append(
                    Mention(
                        tok.kind, found.count, Bound.AT_LEAST, quote, found.start, qualifier="至少", unnumbered=True
                    )
                )
    return mentions, previous

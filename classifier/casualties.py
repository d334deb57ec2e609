"""Casualty and loss figures of *this* event, read from real Chinese news text (headlines included).

:func:`read_figures` finds every statement of deaths (死亡/遇难/罹难/身亡/身故/丧生/丧命 …, and
``不治`` after treatment: ``送医后1人不治``, ``伤重不治``), missing people
(失踪/失联/下落不明), seriously injured (重伤, 伤势严重, 危重 …), slightly injured (轻伤),
injured of unstated severity (受伤/负伤/伤者) and direct economic loss (直接经济损失 … 元/万元/亿元, or 万/亿 alone),
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
  people who died count as deaths (``五人中毒身亡``, ``2名伤者经抢救无效死亡``), injured ones said to be
  badly or lightly hurt as seriously or slightly injured (``12名伤者伤势严重``); a lone number
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
  (``由15人下调至13人``, ``核减为``, ``修正为``) replaces what was stated before it, and so does a
  smaller count of the missing after a search or a find (``15人遇险失联…找到 1人遇难4人失踪``: those
  still missing).
* Deaths on the spot and after rescue add up (``4人当场死亡，2人经抢救无效死亡``: six), and so do
  deaths told as more (``另有2人``, ``又造成10人死亡``), and a toll told group by group
  (``行人2死、驾驶员1死``: three; :mod:`classifier.groups`). Missing
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
  referring back to such an event (``…造成12人死亡。这起事故造成直接经济损失1.5亿元``), and, after a
  sentence with a figure, an incident told as another place's or another one (``另据报道，邻县一煤矿
  同日发生事故``, ``另一起事故``: :func:`classifier.other_events.told_elsewhere`). They are returned as
  ``excluded`` so the reasons can say what was left out.
* A figure the text says is wrong (``此前通报的死亡12人有误``, ``网传“30人死亡”不实``) is left out,
  and so is one of an earlier report or a rumour once a corrected figure of its kind is stated
  (``此前有消息称…12人死亡，经核实，实际死亡9人``): :func:`classifier.other_events.superseded`.
* Deaths of illness or age (``3名老人因病去世``) are left out with their reason, unless the sentence
  names an outbreak (``疑似霍乱``): no incident caused them.
* The injured told again by how badly in another sentence, as many of them (a headline's ``1人受伤``,
  the body's ``1名值班人员轻微烧伤``), are counted once, as the seriously or slightly injured.
* ``无人员伤亡``/``未造成人员伤亡`` is recorded as an explicit statement of no casualties.

The function is pure and cheap on texts that name no casualty or loss word (one automaton scan:
:mod:`classifier.casualty_gate`).
The words and numbers it reads are in :mod:`classifier.casualty_tokens`, the forms read as whole
phrases (``9死3伤``, ``分别为``, 直接经济损失) in :mod:`classifier.casualty_forms`, which number
each word takes in :mod:`classifier.casualty_pairs`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from classifier.casualty_forms import (
    CORRECTED,
    HURT_POSTED_WORDS,
    LIVES_WORDS,
    RELEASE_WORDS,
    RUIN_TOLD,
    SEARCHED_WORDS,
    STILL_IN_ICU,
    STILL_SOUGHT,
    STRUCK_ONE,
    all_of_them,
    hurt_alike,
    hurt_as_posted,
    lives_lost,
    losses,
    missing_found_dead,
    none_survived,
    poisoning_symptoms,
    respectively,
    rest_missing,
    revised_across,
    searched_for,
    survivors_only,
)
from classifier.casualty_forms import compact as compact_figures
from classifier.casualty_gate import LOSS_WORDS, triggers
from classifier.casualty_pairs import joined, pair_chain
from classifier.casualty_tokens import ASKED, BREAK, FOUND, ILLNESS, SETTLED, WORDS, Kind, Mention, Tok, read_tokens
from classifier.dated import EarlierDates
from classifier.forest_areas import about_a_forest_fire, forest_areas
from classifier.groups import another_group
from classifier.keywords import longest_first
from classifier.later_deaths import died_later, found_dead
from classifier.missing import fewer_after_a_find, found_in_sentence, found_later_on, still_missing, with_deaths
from classifier.numbers import NUM, Bound, parse_count
from classifier.other_events import (
    EARLIER,
    EVENT_THAT_LASTS,
    STATISTICS,
    earlier_elsewhere,
    is_statistic,
    looked_back_on,
    may_revise,
    next_case,
    other_event,
    recalls,
    remembered_in,
    reviewed,
    revised,
    tallied,
    told_elsewhere,
)
from classifier.sentences import LONGEST_SENTENCE, SENTENCE, SENTENCE_END
from classifier.trials import case_tried_in, told_now
from classifier.unnumbered import SUDDEN_ILLNESS, unnumbered_figure

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


_TOLL_NAMED = re.compile(r"(?P<word>死亡|遇难|罹难|失踪|失联|受伤)人数(?:继续|持续|不断)?(?:上升|攀升|增加)")
"""A toll named rising with no figure of its own (遇难人数继续上升): the bare figures after it are its."""
_BARE_LEAD = re.compile(
    r"(?:已经|目前|现已|现在|随后|其后|截至目前|已|现|共|又|再|则|更|后来|最终|后|经过"
    # (by whom it was checked: 后经公安机关核实为2人)
    r"|经(?:[\u4e00-\u9fff]{1,8}?(?:机关|部门|局|院|所|队|中心|小组|政府|指挥部)(?:逐一|进一步|再次|认真|仔细)?)?"
    # when it was so (截至今晨升至21人, 截至记者发稿时已升至21人, 到5日18时增至9人)
    r"|截至|截止到?|到(?=\d|[今昨当次前凌上中下晚记发])|今晨|今早|今天|今日|昨天|昨日|昨晚|昨夜|当天|当晚|当日|次日|凌晨|上午|中午|下午|傍晚|晚上|晚间"
    r"|记者发稿时|发稿时|发稿前|(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:月|日|号|时|点|分)半?|时|止|为止|[，,]?)*"
)
"""What may stand before a bare update of the figure before it (升至21人, 后经核实为2人, 截至今晨升至21人,
后经公安机关核实为2人)."""
_HEADLINE_CHARS = 60
"""The longest first line read as a headline (a first paragraph is longer)."""
_MORE = re.compile(r"(?:另有|另外有|还有|又有|另|又造成|又致使?|又导致)$")
_THE_REST_HURT = re.compile(r"[\d一二两三四五六七八九十]+名(?:伤者|伤员)")
_STILL_AFTER = re.compile(r"(?:目前)?(?:仍|还|尚|均|伤情|病情|生命体征)")


def _the_rest_hurt(text: str, m: Mention) -> bool:
    """Whether ``m``, after 另, is the rest of those hurt, named as the hurt and told how they are now (另2名伤者仍在
    医院治疗): not more of them (另2名伤者被送往医院 may be)."""
    return _THE_REST_HURT.match(m.quote) is not None and _STILL_AFTER.match(text, m.start + len(m.quote)) is not None


_ALSO = re.compile(
    r"[^，,。；;！!？?\d一二两三四五六七八九十]{1,10}?(?<!医院)(?<!送医)(?<!抢救)也(?!是|为|系|包括|在内)"
)
"""Someone named without a number who died too (造成村民2人死亡，货车司机也在事故中身亡): one more; not those
counted, who even at the hospital could not be saved (三个人拉上来都不行了 送到医院也没救回来)."""
_ALSO_COUNTED = re.compile(r"也(?:都)?(?:没了|不在了|死了)")
"""More people counted who died too, as people post it (车上两个人也没了): added to those told before."""
_ILL = re.compile(rf"因病|病逝|病故|患癌|癌症|寿终|自然死亡|自然离世|自然去世|基础疾病|{SUDDEN_ILLNESS}")
"""Deaths of illness or age (3名老人因病去世, 一名参赛市民突发心脏病不幸去世)."""
_PASSED_AWAY = re.compile(r"去世|离世|过世|病逝|辞世")
"""A death told as passing away, which an illness said in its sentence explains."""
_TOLD_ILL_AFTER = re.compile(
    rf"[。；;]\s*(?:经[^，,。；;！!？?]{{0,10}}?(?:诊断|鉴定|确认|检查)[，,]?)?(?:该|这名|死者|其)[^，,。；;！!？?]{{0,6}}?"
    rf"(?:系|为|是)[^，,。；;！!？?]{{0,6}}?(?:{SUDDEN_ILLNESS}|因病)"
)
"""The next sentence saying the one who died did so of an illness (经医院诊断，该选手系心源性猝死)."""
_INCIDENT_SAID = re.compile(r"事故|车祸|火灾|爆炸|溺|中毒|坠|撞|砸|烧|伤|抢救|感染|疫")
"""An incident or a harm in a sentence, whose deaths are its own whatever illness it names."""
_EPIDEMIC = re.compile(r"疫|流感|霍乱|鼠疫|新冠|肺炎|埃博拉|手足口|麻疹|非典|传染|不明原因|聚集性|中毒|感染")
"""An outbreak, whose deaths of illness are its toll."""
_BACK_REFERENCE = re.compile(r"\s*(?:这起|该起|那起|那次|那场|这场)")
"""A sentence that opens by referring back to the event just told (这起事故造成直接经济损失…)."""
_SEAT = re.compile(r"开车的|骑车的|司机|副驾|后座|后排")


def _another_seat(before: Mention, m: Mention) -> bool:
    """Whether ``m`` tells one more dead by another seat than ``before`` (``司机当场就没气了 坐副驾的小伙子在去医院的
    路上走了 后排的阿婆送到医院也没抢救过来``: three)."""
    if not (m.unnumbered and before.unnumbered):
        return False
    here, there = _SEAT.match(m.quote), _SEAT.match(before.quote)
    return here is not None and there is not None and here.group() != there.group()


def _one_then_another(text: str, before: Mention, m: Mention) -> bool:
    """Whether ``m`` tells one more of those counted, each told by 一个 in a clause of its own (``里面两个人
    一个手上烧伤了 一个被玻璃划伤``: two), of the same kind as ``before`` and right after it."""
    if not (before.quote.startswith("一个") and m.quote.startswith("一个") and m.value == 1 == before.value):
        return False
    between = text[before.start + len(before.quote) : m.start]
    return len(between) <= _ANOTHER_REACH and _ANOTHER_BREAK.search(between) is not None and "。" not in between


_ANOTHER_REACH = 6
_ANOTHER_BREAK = re.compile(r"[\s，,；;]")


_ONE_STRUCK = re.compile(f"{STRUCK_ONE}|{STILL_IN_ICU}")
"""One hurt told by what struck them or by their intensive care, no one named (砸中其胸部, 仍在重症监护室抢救)."""
_BACK_TO_THEM = re.compile(r"(?:伤者|该(?:名)?(?:工人|男子|女子|伤者|员工|村民)|其|经|后经|送医后|当晚|次日)")
"""A death told of the one just told (伤者经送医抢救无效死亡, 该工人经抢救无效死亡)."""


_EARLIER_SAID = re.compile(r"(?:初步|此前|之前|先前|早前|最初|起初)(?:消息|报道|通报|统计)?(?:称|显示|为)?$")
"""A figure first reported, right before it (初步消息称3人受伤): a later figure replaces it."""
_SO_FAR_IN_ALL = re.compile(r"至此[，,]?[^。；;！!？?\n]{0,12}$")
"""A final toll's opening right before its deaths (至此，事故共造成5人死亡)."""


def _settled(text: str, missing: Mention, dead: Mention | None) -> str | None:
    """The sentence of a final toll (``至此``) told after the missing, of as many dead at least and no one missing
    (``5人失联。…至此，事故共造成5人死亡``), or ``None``."""
    if dead is None or dead.start <= missing.start or dead.value < missing.value or dead.unnumbered:
        return None
    if _SO_FAR_IN_ALL.search(text, max(0, dead.start - 16), dead.start) is None:
        return None
    said = SENTENCE.search(text, max(text.rfind(c, 0, dead.start) for c in "。；;！!？?\n") + 1)
    if said is None or "失联" in said.group() or "失踪" in said.group() or missing.start >= said.start():
        return None
    return said.group().strip()


_NONE = re.compile(
    r"(?:无|未造成|未有|没有|没造成|暂无|暂未发现|未发现|未见|尚无|零(?<![\d一二三四五六七八九十]零)"
    # 暂未收到人员伤亡报告 (each a word of its own: an optional part first would make the engine
    # try every position)
    r"|未收到|暂未收到|尚未收到|未接到|暂未接到|未接报|暂未接报|没(?:有)?接到|没(?:有)?收到"
    # as people say it (没人受伤, 4个人都没受伤)
    # (each alternative opens with a literal character, so the engine skips from one to the next: one opening with
    # a look-behind or a common character, 都, would have it try every position of the text)
    # (in dialect: 莫得人受伤, 全市冇接到人员伤亡, 冇人受伤)
    # (none heard of: 没听说有人受伤)
    r"|没(?=人)|没(?<=[都均]没)有?|莫得|冇(?:接到|收到)?|没听说有?)(?:人员|人)?(?:伤亡|死亡|受伤|伤者)"
)

_NONE_HURT_BY = re.compile(r"没有?(?:伤到|砸到|砸伤|撞到|烧到)(?:路|行)?人|人(?<=[好幸]人)(?:都|也)?没(?:什么|啥)?事")
"""No one hurt by what fell or struck, as people say it (幸好当时没人路过，没伤到人; 也没砸到路人; 还好人没事): searched
apart (an
alternative of :data:`_NONE` of its own would have the engine try every position of the text)."""

_ASKED = re.compile(r"(?:有|是否|不知道?|不清楚)$")
"""Words that make a statement of no casualties a question (有没有人受伤, 有无人员伤亡, 是否有…): no answer."""


_FULLWIDTH_DIGIT = re.compile("[０-９]")
_ALL_ALIKE = re.compile(
    r"[^，,。；;！!？?]{0,8}?[，,]?(?:伤者|受伤人员|受伤者|伤员)?(?:均|都|全部|皆)(?:为|系|是|属|受|只受了|仅受)?"
    r"(?:(?P<minor>轻伤|轻微伤)|重伤|伤势严重|伤势危重|伤势较重|伤情严重|伤情危重)"
)
"""The injured said to be all lightly or all badly hurt, right after their figure (``3人受伤，均为轻伤``,
``12人受伤，伤者均为重伤``)."""

_LIVES_WORD = re.compile(longest_first(LIVES_WORDS))
"""Any of :data:`~classifier.casualty_forms.LIVES_WORDS`, in one search."""
_SEARCHED_WORD = re.compile(longest_first(SEARCHED_WORDS))
_HURT_POSTED_WORD = re.compile(longest_first(HURT_POSTED_WORDS))
_RELEASE_WORD = re.compile(longest_first(RELEASE_WORDS))


def _increment(sentence: str, m: Mention) -> Mention:
    """A figure stated as new (新增死亡4人, 死亡人数新增4人) is the rise, so the toll is at least it."""
    if m.kind is Kind.LOSS or ("新增" not in m.quote and not sentence.endswith("新增", 0, m.start)):
        return m
    return replace(m, bound=Bound.AT_LEAST, qualifier="新增")


_PIECE = re.compile(
    rf"[^。！？!?；;\n]{{1,{LONGEST_SENTENCE}}}(?:(?<=[，,、\s])|(?=[。！？!?；;\n]|$))|[^。！？!?；;\n]{{1,{LONGEST_SENTENCE}}}"
)
"""A sentence, or a piece of a longer one ending at a clause break (or, with none, cut)."""


def _pieces(text: str) -> Iterator[re.Match[str]]:
    """The sentences of ``text`` as :data:`SENTENCE` finds them, one longer than
    :data:`~classifier.sentences.LONGEST_SENTENCE` in pieces (:data:`_PIECE`): each figure is judged against its
    whole sentence."""
    for sm in SENTENCE.finditer(text):
        if sm.end() - sm.start() <= LONGEST_SENTENCE:
            yield sm
        else:
            yield from _PIECE.finditer(text, sm.start(), sm.end())


_HOW_MANY = re.compile(r"(?<![十百千万\d])几(?![十百千万])(?:个|名|人|位)")
"""A count asked (几人死亡 before a question mark), not a few (十几人, 几十人)."""


def read_figures(text: str) -> CasualtyReport:
    """The casualty and loss figures of the event ``text`` reports (see the module docstring)."""
    # a forest fire's areas (过火面积约150公顷) need no casualty word
    forest = about_a_forest_fire(text)
    opened = triggers(text)
    if not forest and not opened:
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
    starts = [start for start, _ in opened]
    for sm in _pieces(text):
        sentence = sm.group()
        at = bisect_left(starts, sm.start())
        triggered = at < len(starts) and starts[at] < sm.end()
        areas = forest_areas(sentence) if forest else []
        if not triggered and not areas:
            continue
        if triggered:
            # (a sentence opened by a loss's words alone states a loss, if anything: 造成经济损失)
            people = any(word not in LOSS_WORDS for _, word in opened[at : bisect_left(starts, sm.end(), at)])
            # (a loss told bare after the fire's or the disaster's sentence: 仓库…全部烧光。据企业负责人初步估算，
            # 损失超过一个亿)
            ruin_before = "损失" in sentence and _ruin_just_before(text, sm.start())
            mentions, previous = _sentence_mentions(sentence, previous, people=people, ruin_before=ruin_before)
            if _STILL_SOUGHT.search(sentence) is not None and not any(m.kind is Kind.MISSING for m in mentions):
                mentions += _swept_away_before(text, sentence, sm.start())
            if (
                (
                    "其余" in sentence
                    or "其他" in sentence
                    or "剩下" in sentence
                    or ("仅" in sentence and "搜" in sentence)
                )
                and sm.start()
                and not any(m.kind is Kind.MISSING and not m.unnumbered for m in mentions)
            ):
                aboard = _aboard_before(text, sentence, sm.start())
                if aboard:  # (the rest counted: no longer one at least)
                    mentions = [m for m in mentions if not (m.kind is Kind.MISSING and m.unnumbered)] + aboard
            if mentions and "系" in text and _TOLD_ILL_AFTER.match(text, sm.end()) is not None:
                # 一名参赛选手…突然倒地，…送医后不幸离世。经医院诊断，该选手系心源性猝死: of an illness
                mentions = [
                    replace(m, left_out=ILLNESS) if m.kind is Kind.DEATHS and _PASSED_AWAY.search(m.quote) else m
                    for m in mentions
                ]
        else:
            mentions = []
        if areas:
            mentions = [*mentions, *areas]
        statistic = is_statistic(sentence, lasting and sm.start() != lead_start) if mentions else False
        asked = "几" in sentence and text[sm.end() : sm.end() + 1] in ("？", "?")
        month_is_earlier, earlier_day = dates.of(sentence, sm.start()) if mentions and not statistic else (False, None)
        # 2019年5月3日，该厂发生爆炸，造成12人死亡。这起事故造成直接经济损失1.5亿元: that event's too
        back = (
            earlier_end >= 0
            and not text[earlier_end : sm.start()].strip()
            and _BACK_REFERENCE.match(sentence) is not None
        ) or next_case(text, sm.start())  # (典型事故案例：2021年…；2023年，峡口镇…造成3人死亡)
        # (a sentence opening with a year and no day, in a text that warns or claims from it: 2021年，我市一村民被流浪犬
        # 咬伤后…最终因狂犬病死亡。市疾控中心提醒…; 2021年7月，我丈夫在…被落石砸中身亡，厂方至今只支付了部分赔偿款)
        back = back or looked_back_on(text, sm.start()) or reviewed(text)  # (【年度盘点】…十大安全生产事故回顾：…)
        for m in mentions:
            # a quote without a number starts before its word, where an earlier event may be named
            at = m.start + len(m.quote) - 1 if m.unnumbered else m.start
            counted = statistic and tallied(sentence, at)
            why = STATISTICS if counted else other_event(sentence, at, month_is_earlier, earlier_day)
            why = why or (EARLIER if back else None) or m.left_out or None
            if why is None and asked and _HOW_MANY.search(m.quote) is not None:
                why = ASKED  # 问：燃气爆炸造成几人死亡算较大事故？: how many, asked
            if why is None and (found or excluded) and (told := told_elsewhere(sentence, at)) is not None:
                # 某工厂爆炸，1人受伤。另据报道，邻县一煤矿同日发生事故，造成12人死亡: a figure before it
                told_at = sm.start() + told
                if any(f.start < told_at for f in found) or any(e.mention.start < told_at for e in excluded):
                    why = EARLIER
            if why is None and earlier_elsewhere(sentence, at):
                why = EARLIER  # 此前，外省某地一家五口烧炭取暖中毒身亡，教训惨痛: told as earlier, no figure before it
            if why is None and case_tried_in(text) and not told_now(sentence):
                why = EARLIER  # 2016年8月23日…致2名乘客死亡。…判其有期徒刑4年: the case's, long past
            if why is None and remembered_in(text) and recalls(sentence, at):
                why = EARLIER  # 今天是玉树地震14周年。2010年4月14日…造成2698人遇难: the one remembered
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
                # (the sentence or the listed part that holds it: ②“贺村化工厂爆炸死了20人”；)
                said = SENTENCE.search(text, max(text.rfind(c, 0, m.start) for c in "。；;！!？?\n") + 1)
                excluded.append(Excluded(m, said.group().strip() if said else m.quote, why))
        found = [m for m, why in zip(found, whys, strict=True) if why is None]
    none = next((m for m in _NONE.finditer(text) if not _ASKED.search(text, max(0, m.start() - 3), m.start())), None)
    if none is None and "没" in text:
        none = _NONE_HURT_BY.search(text)
    figures: dict[Kind, Mention] = {}
    last: dict[Kind, Mention] = {}
    dead_with_injured = 0.0  # the deaths stated when the injured's largest figure was
    last_end: dict[Kind, int] = {}  # where the last statement of a kind ends in the text
    # a headline's figure sums up the body's: a body's 另1名学生…死亡 adds nothing to it
    headline_end = text.find("\n")
    if not 0 < headline_end <= _HEADLINE_CHARS:
        headline_end = -1
    # (one figure read by two readers is one: 另有1名游客被玻璃划伤, a posted hurt and a counted one)
    once = [m for i, m in enumerate(found) if m not in found[:i]]
    for m in sorted(once, key=lambda m: m.start):
        raw_end = m.start + len(m.quote)
        before = last.get(m.kind)
        if before is not None and before.start < headline_end < m.start:
            before = None
        if before is not None and _EARLIER_SAID.search(text, max(0, before.start - 10), before.start) is not None:
            before = None  # 初步消息称3人受伤。经核实，…另4人受伤: the first word is replaced, not added to
        if before is not None and (
            (_MORE.search(text, max(0, m.start - 5), m.start) and not _the_rest_hurt(text, m))
            or (m.unnumbered and _ALSO.match(m.quote) is not None)
            or _another_seat(before, m)
            or _one_then_another(text, before, m)
            or (not m.unnumbered and _ALSO_COUNTED.search(m.quote) is not None)
            or died_later(text, before, m)
        ):
            # 3人当场死亡，另有2人经抢救无效死亡 (or without 另有: 当场, then 经抢救无效; or 司机也…身亡): the
            # second figure adds to the one stated just before it, not to a total of the lead
            # (造成两死…司机死亡。另一名乘客…死亡: two)
            bound = Bound.AT_LEAST if before.unnumbered else m.bound
            quote = _joined(before.quote, m.quote)
            m = replace(m, value=before.value + m.value, bound=bound, quote=quote, start=before.start)
        elif before is not None and another_group(text, before, last_end[m.kind], m):
            # 行人2死、驾驶员1死: a toll told group by group adds up
            bound = Bound.AT_LEAST if Bound.AT_LEAST in (before.bound, m.bound) else m.bound
            whole = text[before.start : raw_end]
            quote = whole if len(whole) <= _SUM_QUOTE else _joined(before.quote, m.quote)
            m = replace(m, value=before.value + m.value, bound=bound, quote=quote, start=before.start)
        last_end[m.kind] = raw_end
        last[m.kind] = m
        best = figures.get(m.kind)
        corrected = m.update and CORRECTED.search(m.quote) is not None
        if best is None or corrected or m.value > best.value or (m.value == best.value and _better(m, best)):
            figures[m.kind] = m
            if m.kind is Kind.INJURED:
                dead_with_injured = last[Kind.DEATHS].value if Kind.DEATHS in last else 0.0
        elif fewer_after_a_find(text, best, m):  # 15人遇险失联…找到 1人遇难4人失踪: four still missing
            figures[m.kind] = replace(m, update=True)
    injured, injured_now, dead = figures.get(Kind.INJURED), last.get(Kind.INJURED), figures.get(Kind.DEATHS)
    if (
        injured is not None
        and injured_now is not None
        and dead is not None
        and injured.start < injured_now.start
        and last_end[Kind.DEATHS] > injured.start + len(injured.quote)
        and injured_now.value < injured.value
        and dead.value + injured_now.value == injured.value + dead_with_injured
    ):
        # 造成1人死亡、6人受伤。…伤者中又有1人经抢救无效死亡，事故已造成2人死亡、5人受伤: the hurt who died are
        # dead now, no longer hurt (as many more dead as fewer hurt)
        figures[Kind.INJURED] = replace(injured_now, update=True)
    elif (
        injured is not None
        and dead is not None
        and injured.unnumbered
        and dead.unnumbered
        and injured.value == 1
        and (then := _THEN_DIED.fullmatch(text, injured.start + len(injured.quote), dead.start + len(dead.quote)))
        is not None
        and then.group("who") in injured.quote
    ):
        del figures[Kind.INJURED]  # 造成徐某某受伤，经送医抢救无效死亡: the one hurt died, no one hurt now
    elif (
        injured is not None
        and dead is not None
        and injured.unnumbered
        and dead.unnumbered
        and injured.value == 1 == dead.value
        and dead.start > injured.start
        and _ONE_STRUCK.match(injured.quote) is not None
        and _BACK_TO_THEM.match(dead.quote) is not None
    ):
        del figures[Kind.INJURED]  # 钢板坠落，砸中其胸部。伤者经送医抢救无效死亡: the one struck died
    elif (
        injured is not None
        and dead is not None
        and not injured.unnumbered
        and injured.value == dead.value
        and "中暑" in injured.quote
        and _THEN_DIED.fullmatch(text, injured.start + len(injured.quote), dead.start + len(dead.quote)) is not None
    ):
        del figures[Kind.INJURED]  # 3名工人在车间中暑，经抢救无效死亡: those struck by the heat died
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
    elif missing is not None and (settled := _settled(text, missing, figures.get(Kind.DEATHS))) is not None:
        # 5人失联。…至此，事故共造成5人死亡: the final toll names no one missing any more
        del figures[Kind.MISSING]
        excluded.append(Excluded(replace(missing, left_out=SETTLED), settled, SETTLED))
    injured = figures.get(Kind.INJURED)
    if injured is not None and Kind.MINOR not in figures:
        end = injured.start + len(injured.quote)
        serious = figures.get(Kind.SERIOUS)
        alike = _ALL_ALIKE.match(text, end)
        # the 伤势严重 of 12人受伤，伤者都伤势严重 alone reads as one seriously hurt, at least: it is all twelve
        said_of_them = serious is None or (
            serious.unnumbered and alike is not None and end <= serious.start < alike.end()
        )
        if alike is not None and said_of_them:  # 3人受伤，均为轻伤: minor injuries
            kind = Kind.MINOR if alike.group("minor") else Kind.SERIOUS
            del figures[Kind.INJURED]
            figures[kind] = replace(injured, kind=kind, quote=text[injured.start : alike.end()])
    by_severity = Kind.MINOR in figures or Kind.SERIOUS in figures
    if Kind.INJURED in figures and by_severity and _told_by_severity(text, figures):
        del figures[Kind.INJURED]  # 纺织厂火灾 1人受伤 / …1名值班人员轻微烧伤: one person, lightly hurt
    return CasualtyReport(figures, tuple(excluded), none.group() if none else None)


def _told_by_severity(text: str, figures: dict[Kind, Mention]) -> bool:
    """Whether the injured of unstated severity are the seriously and slightly injured told in other
    sentences, as many of them and not as more (a headline's ``1人受伤``, the body's ``1名值班人员轻微
    烧伤``); not a list (``1人重伤、2人受伤``), others (``另有1人轻伤``) or some of them (``3人受伤。其中1人重伤``)."""
    injured = figures[Kind.INJURED]
    if injured.poisoned or "中毒" in injured.quote:
        return False  # (the poisoned are a figure of their own)
    told = [m for k in (Kind.SERIOUS, Kind.MINOR) if (m := figures.get(k)) is not None]
    if sum(m.value for m in told) < injured.value:
        return False
    for m in told:
        first, then = (injured, m) if injured.start < m.start else (m, injured)
        if SENTENCE_END.search(text, first.start + len(first.quote), then.start) is None:
            return False
        if _MORE.search(text, max(0, m.start - 5), m.start):
            return False
    return True


_SUM_QUOTE = 60
"""The longest quote of a sum; a longer one shows its first and last parts."""


def _joined(first: str, last: str) -> str:
    """The quote of a sum of figures: the first's words and the last's (``3人当场死亡……2人经抢救无效死亡``),
    the first cut short when a run of them has grown long."""
    if len(first) + len(last) > _SUM_QUOTE:
        first = first[: _SUM_QUOTE // 2].split("……")[0]
    return f"{first}……{last}"


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


_THEN_DIED = re.compile(
    r"[，,]?(?P<who>[^，,。；;！!？?\d]{0,6}?)(?:经|后|在|于)(?:送医|送往医院|送院)?[^，,。；;！!？?\d]{0,8}?(?:抢救|医治|救治)无效死亡"
)
"""One person hurt, then their death told right after them, no one else named (造成徐某某受伤，经送医抢救无效死亡;
持刀将徐某刺伤，徐某经送医抢救无效死亡)."""
_RUIN_REACH = 80
"""How far before a sentence telling a loss bare the fire or the disaster it may be the loss of is looked for."""
_NOT_THIS_RUIN = re.compile(r"去年|前年|年前|曾经?|过一次|那次|上次|以前|之前|生意|亏|赔|投资|被骗")
"""What tells the fire or the disaster before a bare loss an earlier one (去年厂里失火过一次), or the loss another's
(今年生意不好)."""


def _ruin_just_before(text: str, start: int) -> bool:
    """Whether a fire or a disaster of this event is told shortly before ``start`` (see :data:`_RUIN_REACH`)."""
    ruin = RUIN_TOLD.search(text, max(0, start - _RUIN_REACH), start)
    if ruin is None:
        return False
    end = text.find("。", start)
    return _NOT_THIS_RUIN.search(text, max(0, ruin.start() - 20), len(text) if end < 0 else end) is None


_RUNNING_TOTAL = re.compile(
    rf"(?:这下|现在|已经|目前|一共|总共)(?:是|有|一共|总共)?(?P<n>{NUM})个(?:人)?了(?=[^\u4e00-\u9fff]|$|[啊呀哇啦呢])"
)
"""A post's running total of the dead told bare after them (当场就死了两个 …有一个送过去半夜也没救回来 这下三个人了)."""


def _running_total(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The running totals of :data:`_RUNNING_TOTAL` after a death figure of ``sentence``: updates of it."""
    out: list[Mention] = []
    for m in _RUNNING_TOTAL.finditer(sentence):
        told = [f for f in mentions if f.start < m.start()]
        if not told or max(told, key=lambda f: f.start).kind is not Kind.DEATHS:
            continue
        count = parse_count(m.group("n"))
        if count is not None:
            out.append(Mention(Kind.DEATHS, count[0], count[1], m.group(), m.start(), True))
    return out


_STILL_SOUGHT = re.compile(STILL_SOUGHT)
_SWEPT_REACH = 160
_SOME_COUNTED = re.compile(rf"{NUM}(?:名|人|位|个)")
_BREAK_BEFORE = re.compile(r"[。；;！!？?\n](?=.)")


def _swept_away_before(text: str, sentence: str, start: int) -> list[Mention]:
    """Those the sentence right before ``sentence`` (which starts at ``start`` of ``text`` and tells someone not
    found yet), or the one before it, tells swept away (``一名村民被突发山洪冲走。截至今天20时，该村民仍未找到``;
    the search told between: ``…随即被湍急的洪水冲走。接到报警后，…展开搜寻。截至6日上午10时，该村民仍未找到``):
    the missing, placed from where that sentence begins (their starts before ``sentence``'s)."""
    before = text[max(0, start - _SWEPT_REACH) : start]
    if "冲走" not in before and "卷走" not in before:
        return []
    starts = [0, *(m.end() for m in _BREAK_BEFORE.finditer(before))]
    for back in (1, 2):
        if len(starts) < back:
            break
        begins, ends = starts[-back], starts[-back + 1] if back > 1 else len(before)
        swept, between = before[begins:ends], before[ends:]
        if "冲走" not in swept and "卷走" not in swept:
            continue
        if _SOME_COUNTED.search(between) is not None:
            return []  # (others counted between: not the one still sought)
        return [_moved(m, begins - len(before)) for m in searched_for(swept + sentence) if m.kind is Kind.MISSING]
    return []


_ABOARD_REACH = 240
"""How far before a sentence telling some saved and the rest still sought those aboard may be told."""
_ABOARD = re.compile(
    rf"(?:船上|机上|车上|车内|舱内|艇上|载有|搭载|乘载|实载)[^，,。；;！!？?\d]{{0,10}}?(?<![\d.])(?P<total>{NUM})(?P<more>余|多)?(?:名|人)"
    # (or two groups: 一辆载有42名学生和2名随车人员的校车)
    rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:和|及|、)(?P<second>{NUM})(?:名|人))?(?!被困|受困)"
)
"""Those aboard a vessel or a vehicle, counted (``一艘载有47人的自用船``, ``船上共有46人``,
``载有42名学生和2名随车人员``)."""
_SOME_OF_THEM = re.compile(rf"其中[^，,。；;！!？?\d]{{0,8}}?{NUM}(?:名|人)")
"""Some of those aboard counted (其中中国公民41人): no others."""
_SAVED = re.compile(r"救起|救出|救上岸|救上来|捞上来|捞起|获救|生还|脱险|升井|脱困")
"""The words of some saved, before the rest still sought."""
_THINGS_SENT = re.compile(
    rf"(?:{NUM}(?:艘|架|辆|台|支|部)[^，,。；;\d]*?[、和及])*{NUM}(?:艘|架|辆|台|支|部)[^，,。；;\d]*?(?=救|捞)"
)
"""Vessels, aircraft or teams sent, counted before the saved (协调12艘船舶、2架直升机救起21人)."""


def _aboard_before(text: str, sentence: str, start: int) -> list[Mention]:
    """Those aboard told in a sentence before ``sentence`` (which starts at ``start`` of ``text`` and tells some
    saved and the rest still sought), no one else counted between (``一艘载有47人的自用船发生倾覆。截至19时，已救起12
    人，其余人员下落不明``; ``一辆载有51人的旅游大客车…坠入下方水库。事故发生后，…全力开展搜救。截至22日16时，已救起14
    人，其余人员仍在全力搜救中``): the rest are the missing, quoted from those aboard to the sentence's words."""
    before = text[max(0, start - _ABOARD_REACH) : start]
    aboard = list(_ABOARD.finditer(before))
    counts = {(m.group("total"), m.group("more"), m.group("second")) for m in aboard}
    if len(counts) != 1:
        return []  # (none told aboard, or other groups: whose rest is not plain)
    between = _SOME_OF_THEM.sub("", before[aboard[-1].end() :])  # (some of them: 其中中国公民41人)
    if _SOME_COUNTED.search(between) is not None:
        return []  # (others counted between: whose rest is not plain)
    # (the same told twice, a headline's and the body's: the body's)
    last = aboard[-1]
    total = parse_count(last.group("total"))
    if total is None:
        return []
    if last.group("second") is not None:
        second = parse_count(last.group("second"))
        if second is None:
            return []
        total = (total[0] + second[0], total[1])
    told = last.group()
    saved = _SAVED.search(sentence)
    if saved is None:
        return []
    # (from the clause of the saved: the time of the count before it is no part of it, 截至22日16时，)
    clause_start = max(sentence.rfind(c, 0, saved.start()) for c in "，,") + 1
    if (things := _THINGS_SENT.search(sentence, clause_start)) is not None and things.end() == saved.start():
        clause_start = things.end()  # (已协调12艘船舶、2架直升机救起21人: the vessels sent are no people)
    clause = sentence[clause_start:]
    out = []
    more = last.group("more") or ""
    counted = f"载有{total[0]:g}{more}人"
    for m in rest_missing(f"{counted}，{clause}"):
        if m.start == 0:
            quote = _joined(told, m.quote[len(counted) + 1 :])
            out.append(Mention(Kind.MISSING, m.value, m.bound, quote, last.start() - len(before)))
    return out


def _sentence_mentions(
    sentence: str, previous: Kind | None, *, people: bool = True, ruin_before: bool = False
) -> tuple[list[Mention], Kind | None]:
    """The mentions of one sentence; ``previous`` is the kind of the last figure stated before it.
    Without ``people`` (a sentence holding no word of people, :data:`~classifier.casualty_gate.LOSS_WORDS`
    alone), only its losses are read (what follows changes no loss). ``ruin_before``: a fire or a
    disaster is told before the sentence (see :func:`~classifier.casualty_forms.losses`)."""
    if not people:
        return losses(sentence, ruin_before), previous
    compact = compact_figures(sentence)
    listed = respectively(sentence) if "分别" in sentence or "依次" in sentence else []
    if "失踪" in sentence or "失联" in sentence:
        listed += missing_found_dead(sentence)  # 3名失踪村民已确认遇难: deaths, 失踪 naming them
    if "人数" in sentence and "由" in sentence:
        listed += revised_across(sentence)  # 遇难人数经公安机关逐一核对，由12人核减为9人
    if (
        "出现" in sentence
        or "因吸入" in sentence
        or "漏了" in sentence
        or "医" in sentence
        or "救护车" in sentence
        or "卫生院" in sentence
    ) and ("中毒" in sentence or "漏了" in sentence or _RELEASE_WORD.search(sentence) is not None):
        listed += poisoning_symptoms(
            sentence
        )  # 120余名村民出现头晕、胸闷、呕吐等中毒症状: read whole (or 有毒气体外泄…出现…症状)
    mentions = compact + listed + losses(sentence, ruin_before)
    if _LIVES_WORD.search(sentence):
        mentions += lives_lost(sentence)
    if _SEARCHED_WORD.search(sentence):
        mentions += searched_for(sentence)  # 另有1人仍在搜救中
    if "仅" in sentence or "只" in sentence:
        mentions += survivors_only(sentence)  # 船上454人，仅12人生还
    if "生还" in sentence or "全部" in sentence or "均" in sentence:
        mentions += none_survived(sentence)  # 载有71人的客机…坠毁，机上人员无一生还
    if "其余" in sentence or "其他" in sentence or "剩下" in sentence or "仅" in sentence:
        # 船上共有46人，已救起9人，其余人员下落不明 (其他的都还没找到; 目前仅12人获救，搜救仍在持续)
        mentions += rest_missing(sentence)
    if _HURT_POSTED_WORD.search(sentence):
        mentions += hurt_as_posted(sentence)  # 电瓶车上的阿姨被撞倒在地 腿上都是血
    if ("轻伤" in sentence or "重伤" in sentence) and ("均" in sentence or "都" in sentence or "全部" in sentence):
        mentions += hurt_alike(sentence)  # 11名观众被烟花碎片击中，均为轻伤
    tokens = read_tokens(sentence)
    if compact:  # the 伤 of 8死5伤 is no word of its own (8死5伤18人遭绑架)
        spans = [(m.start, m.start + len(m.quote)) for m in compact]
        tokens = [t for t in tokens if t.kind is None or not any(a <= t.start < b for a, b in spans)]
    if listed:  # 死亡、失踪人数分别为12人、3人: read already, word by word
        spans = [(m.start, m.start + len(m.quote)) for m in listed]
        tokens = [t for t in tokens if not any(a <= t.start < b for a, b in spans)]
    chains: list[list[Tok]] = []
    for tok in tokens:
        if chains and joined(sentence, chains[-1][-1], tok):
            chains[-1].append(tok)
        else:
            chains.append([tok])
    for k, chain in enumerate(chains):
        paired, loose = pair_chain(sentence, chain)
        if not paired and k and (all_of := all_of_them(sentence, chains[k - 1], chain)) is not None:
            paired = [all_of]
        mentions.extend(paired)
        if previous is None and loose and "人数" in sentence and (toll := _TOLL_NAMED.search(sentence)) is not None:
            # a toll named first, its figures told bare after (遇难人数继续上升，昨晚通报为17人，截至今晨升至21人)
            previous = WORDS[toll.group("word")] if toll.end() <= loose[0][1] else None
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
    if "个" in sentence and "了" in sentence and mentions:
        mentions += _running_total(sentence, mentions)  # 死了俩 …送医院那个人没救回来 现在是三个了
    if "新增" in sentence:
        mentions = [_increment(sentence, m) for m in mentions]
    mentions = [found_in_sentence(sentence, with_deaths(sentence, m)) for m in mentions]
    if (
        "病" in sentence or "癌" in sentence or "寿终" in sentence or "猝死" in sentence or "心梗" in sentence
    ) and _EPIDEMIC.search(sentence) is None:
        # 村里3名老人因病去世, 一名高三学生在晨跑时猝死: no casualty of an incident (but 3人因病死亡，疑似霍乱: an
        # outbreak's)
        # (or said of them later in the sentence: 有三位老人去世了，都是八九十岁的高龄，院长说是因病自然去世)
        said_ill = _ILL.search(sentence) is not None and _INCIDENT_SAID.search(sentence) is None
        mentions = [
            replace(m, left_out=ILLNESS)
            if m.kind is Kind.DEATHS and (_ILL.search(m.quote) or (said_ill and _PASSED_AWAY.search(m.quote)))
            else m
            for m in mentions
        ]
    covered = [(m.start, m.start + len(m.quote)) for m in mentions]
    for tok in tokens:
        if tok.kind is not None and not any(a <= tok.start < b for a, b in covered):
            found = unnumbered_figure(sentence, tok.start, tok.end, tok.base, tok.kind, tok.transitive)
            if found is not None:
                quote = sentence[found.start : found.end]
                bound, qualifier = (Bound.EXACT, "") if found.counted else (Bound.AT_LEAST, "至少")
                mentions.append(
                    Mention(tok.kind, found.count, bound, quote, found.start, qualifier=qualifier, unnumbered=True)
                )
    return mentions, previous

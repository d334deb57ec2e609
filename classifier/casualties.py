"""Casualty and loss figures of *this* event, read from real Chinese news text (headlines included).

:func:`read_figures` finds every statement of deaths (死亡/遇难/罹难/身亡/丧生 …), missing people
(失踪/失联/下落不明), seriously injured (重伤, 伤势严重, 危重 …), slightly injured (轻伤),
injured of unstated severity (受伤/负伤/伤者) and direct economic loss (直接经济损失 … 元/万元/亿元),
and returns each kind's figure with the words it was read from (:class:`Mention`).

How text is read
----------------
* Numbers are Arabic (``12``, ``1,200``, ``1.2``, full-width ``１２``) or Chinese (``十二``,
  ``两``, ``三十余``); ``十几`` and ``几十``/``数十`` are read as lower bounds (11, 20).
* ``余``/``多``/``以上``/``超过``/``逾``/``上`` make a figure a lower bound and ``近``/``约`` an
  approximation; the figure is graded as written and the reason says it is not exact.
* A text is cut into tokens: numbers of people (``3人``, ``12名``) and casualty words (``死亡``,
  ``受伤``, ``遇难者``, ``死亡人数``). Tokens joined without punctuation form a chain; a chain that
  starts with a number pairs each number with the word after it (``3人死亡12人受伤``), a chain
  that starts with a word pairs each word with the number after it (``死亡3人受伤12人``,
  ``遇难者已增至14人``). A word that only heads the figure is passed over when the number has a
  word of its own after it (``伤者中有11人重伤``, ``受伤的12人中有3人死亡``); injured or poisoned
  people who died count as deaths (``五人中毒身亡``, ``2名伤者经抢救无效死亡``); a lone number
  whose next clause says all of them died is a death figure (``4名矿工…，均已无生命体征``).
  Compact forms (``9死3伤``, ``一死两伤``) are read on their own.
* Figures that rise (``升至``/``增至``/``上升到`` …, ``由9人升至21人``): the latest figure counts;
  a bare ``升至21人`` belongs to the kind of figure stated just before it. The figure of a kind is
  the largest statement of it (tolls rise, so the largest is the latest; downward corrections
  are not recognised).
* Statements about *other* events are not this event's: sentences with statistics (``今年以来``,
  ``累计``, ``每年``, ``3年共``, ``共发生5起``, ``事故12起，``, ``同比``; but
  ``发生两起山体滑坡16人丧生`` reports incidents, it counts none) and sentences with a definition
  or a range (``以上…以下``, ``是指``), and everything after a marker of an earlier event
  (``曾发生``, ``去年``, ``历史上``) up to a marker of this one (``本次``, ``此次``, ``目前``).
  They are returned as ``excluded`` so the reasons can say what was left out.
* ``无人员伤亡``/``未造成人员伤亡`` is recorded as an explicit statement of no casualties.

The function is pure and cheap on texts that name no casualty or loss word (one regex search).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from classifier.numbers import (
    AMOUNT_UNITS,
    APPROXIMATE_WORDS,
    CN_NUMERALS,
    NUM,
    QUALIFIERS,
    Bound,
    parse_amount,
    parse_count,
)

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


class Kind(StrEnum):
    """What a figure counts."""

    DEATHS = "deaths"
    MISSING = "missing"
    SERIOUS = "serious"
    MINOR = "minor"
    INJURED = "injured"
    """Injured, severity not stated (受伤, 伤者); also 伤亡 (dead and injured together)."""
    LOSS = "loss"
    """Direct economic loss, in 元."""

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    Kind.DEATHS: "死亡",
    Kind.MISSING: "失踪/失联",
    Kind.SERIOUS: "重伤",
    Kind.MINOR: "轻伤",
    Kind.INJURED: "受伤",
    Kind.LOSS: "直接经济损失",
}


@dataclass(frozen=True)
class Mention:
    """One figure as the text states it."""

    kind: Kind
    value: float
    """People, or 元 for :attr:`Kind.LOSS`."""
    bound: Bound
    quote: str
    """The words it was read from, as written."""
    start: int
    """Offset of the quote in the text."""
    update: bool = False
    """Stated as a rise or update (升至, 增至 …)."""
    qualifier: str = ""
    """The word that made it inexact (余, 多, 近, 约 …), if any."""

    @property
    def count(self) -> int:
        return int(self.value)


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


# --- tokens ------------------------------------------------------------------------------------

_KILLING = "杀砍刺捅撞轧碾打炸烧压砸淹溺勒掐毒咬踩"
_HURTING = "打刺砍捅撞轧碾炸烧烫压砸咬踩扎击摔"
_TRANSITIVE = frozenset({*(f"{v}死" for v in _KILLING), "杀害", "射杀", *(f"{v}伤" for v in _HURTING)})
"""Verbs whose figure follows them (砍死1人); a number before them is the doer (3名歹徒砍死1人)."""

_WORDS: dict[str, Kind] = {
    **dict.fromkeys(
        (
            "死亡",
            "遇难",
            "罹难",
            "身亡",
            "丧生",
            "殒命",
            "离世",
            "去世",
            "死者",
            "亡者",
            "无生命体征",
            "没有生命体征",
            "遗体",
            "尸体",
            "溺亡",
            "坠亡",
            "遇害",
            "殉职",
            "牺牲",
            # killed by someone or something: 撞死2人, 杀死一家3口, 3人被烧死
            *(f"{verb}死" for verb in _KILLING),
            "杀害",
            "射杀",
        ),
        Kind.DEATHS,
    ),
    **dict.fromkeys(("失联", "失踪", "下落不明"), Kind.MISSING),
    **dict.fromkeys(
        (
            "重伤",
            "受重伤",
            "伤势严重",
            "伤势较重",
            "伤情严重",
            "伤情较重",
            "伤情危重",
            "危重",
            "病危",
            "生命垂危",
            "急性工业中毒",
            "重症",
            "工业中毒",
        ),
        Kind.SERIOUS,
    ),
    **dict.fromkeys(("轻伤", "受轻伤", "轻微伤", "伤势较轻", "伤情较轻"), Kind.MINOR),
    **dict.fromkeys(
        (
            "受伤",
            "负伤",
            "伤者",
            "伤员",
            "伤亡",
            "中毒",
            "伤",
            # hurt by someone or something: 打伤三名群众, 2人被烧伤
            *(f"{verb}伤" for verb in _HURTING),
        ),
        Kind.INJURED,
    ),
}
_WORD_RE = "|".join(sorted(_WORDS, key=len, reverse=True))
_UNIT = r"(?:名|人|位|个人|口|具)"
_TOKEN = re.compile(
    rf"(?P<word>(?:{_WORD_RE})(?:者)?(?:人员)?(?:人数)?)"
    rf"|(?P<pre>{QUALIFIERS})?(?P<num>{NUM})(?P<suf>余|多)?(?P<unit>{_UNIT})(?P<above>以上|左右)?"
)
_COMPACT = re.compile(
    rf"(?P<all>(?:(?:{NUM})(?:余|多)?(?:死(?!亡)|亡|重伤|轻伤|伤|失联|失踪)[、，,]?){{1,4}})(?P<after>.?)"
)
_COMPACT_PART = re.compile(rf"(?P<num>{NUM})(?P<suf>余|多)?(?P<k>死|亡|重伤|轻伤|伤|失联|失踪)")
_COMPACT_KIND = {
    "死": Kind.DEATHS,
    "亡": Kind.DEATHS,
    "伤": Kind.INJURED,
    "重伤": Kind.SERIOUS,
    "轻伤": Kind.MINOR,
    "失联": Kind.MISSING,
    "失踪": Kind.MISSING,
}
_COMPACT_NOT_AFTER = set("者员害心口残痕势情亡人")
_BREAK = re.compile(r"[，,。；;！!？?、：:（）()\[\]【】“”\"'\s]")
_UPDATE = re.compile(
    r"(?:升至|增至|上升到|上升至|上升为|增加到|增加至|增加为|攀升至|升到|升为|增为|增长到|增长至|达到|已达|变为"
    r"|核减为|调整为|修正为)$"
)
_MAX_GAP = 20
_BARE_LEAD = re.compile(r"(?:已经|目前|现已|现在|随后|其后|截至目前|已|现|共|又|再|则|更)*")
_ALL_OF_THEM = re.compile(r"(?:均|全部|全都|都|皆)(?:已经|已|经|当场|不幸|先后|确认)*$")
_MORE = re.compile(r"(?:另有|另外有|还有|又有|另)$")

_LOSS = re.compile(
    rf"(?P<head>(?:直接)?(?:经济|财产)损失)(?P<gap>[^，,。；;！!？?\d{CN_NUMERALS}]{{0,8}}?)"
    rf"(?P<pre>{QUALIFIERS})?(?P<amount>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:十万|百万|千万|十|百|千|万|亿)?|[{CN_NUMERALS}亿]+)?"
    rf"(?P<suf>余|多)?(?P<unit>万|亿|千万|百万)?(?P<suf2>余|多)?元"
)
_NONE = re.compile(r"(?:无|未造成|未有|没有|没造成|暂无|暂未发现|未发现|未见|尚无)(?:人员|人)?(?:伤亡|死亡|受伤|伤者)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NEGATED = re.compile(r"(?:无|未|没有|没|暂无|尚无|未造成|未发现|暂未发现)(?:人员|人)?$")


def _ending_with(words: list[str]) -> str:
    """A regex finding any of ``words`` by its last character, then a look-behind per word length:
    the search skips ahead to candidate characters, which is several times faster than an
    alternation of the words on long texts."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    last = "".join(sorted({re.escape(w[-1]) for w in words}))
    behind = "|".join(f"(?<={'|'.join(ws)})" for ws in by_length.values())
    return f"[{last}](?:{behind})"


_TRIGGER = re.compile(
    _ending_with([*_WORDS, "损失", "升至", "增至", "上升到", "上升至"]) + rf"|[死亡伤](?<=[\d{CN_NUMERALS}][死亡伤])"
)
"""Texts without any of these cannot state a figure: everything costlier is skipped."""
_FULLWIDTH_DIGIT = re.compile("[０-９]")

_SENTENCE = re.compile(r"[^。！？!?；;\n]+")
_STATISTICS = re.compile(
    # 共发生…23起 / 事故12起，: a count of incidents; 发生两起山体滑坡16人丧生 reports incidents
    r"(?:共|累计|总计|合计)[^，,。；;]{0,12}?(?:[2-9]|\d{2,}|[两三四五六七八九十百千几数多]+)起(?!来|床|诉|草|步|身|飞|点|因|了)"
    r"|(?:[2-9]|\d{2,}|[两三四五六七八九十百千几数多]+)起(?=[，,、：:（(]|$)"
    r"|累计|今年以来|年以来|年来|月以来|同比|环比|全年|上半年|下半年|季度|平均每|每年|年均|年共|年间"
)
_DEFINITION = re.compile(r"以上[^，,。；;]{0,8}以下|是指|指的是|分为|划分为")
_PAST = re.compile(
    r"曾(?:经)?(?:发生|造成|致|导致|出现|有|因)|发生过(?!程)|去年|前年|上年|往年|历史上|年前|当年|上一次|上次"
)
_CURRENT = re.compile(r"本次|此次|这次|该次|这起|此起|本起|目前|截至|截止|今天|今日|当天|当日|昨天|昨日")


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    kind: Kind | None  # a casualty word, or None for a number of people
    value: float = 0.0
    bound: Bound = Bound.EXACT
    qualifier: str = ""
    transitive: bool = False


def _number_token(m: re.Match[str]) -> _Tok | None:
    parsed = parse_count(m.group("num"))
    if parsed is None:
        return None
    value, bound = parsed
    qualifier = ""
    for q in (m.group("pre"), m.group("suf"), m.group("above")):
        if not q:
            continue
        qualifier = qualifier or q
        approximate = q in APPROXIMATE_WORDS or q == "左右"
        bound = (Bound.ABOUT if bound is Bound.EXACT else bound) if approximate else Bound.AT_LEAST
    return _Tok(m.start(), m.end(), None, value, bound, qualifier)


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        if m.group("word"):
            word = m.group("word")
            if _NEGATED.search(text, max(0, m.start() - 6), m.start()):
                continue  # 无人员伤亡, 未造成人员死亡: no figure
            if word == "伤" and _CJK.match(text, m.end()):
                continue  # 伤心, 伤害: only a bare 伤 (26人伤) is a casualty word
            base = re.sub(r"(?:者)?(?:人员)?(?:人数)?$", "", word) or word
            out.append(_Tok(m.start(), m.end(), _WORDS.get(base, _WORDS.get(word)), transitive=base in _TRANSITIVE))
        else:
            tok = _number_token(m)
            if tok is not None:
                out.append(tok)
    return out


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.end : b.start]
    return len(gap) <= _MAX_GAP and _BREAK.search(gap) is None


def _mention(text: str, word: _Tok, num: _Tok, update: bool) -> Mention:
    start, end = min(word.start, num.start), max(word.end, num.end)
    assert word.kind is not None
    return Mention(word.kind, num.value, num.bound, text[start:end], start, update, num.qualifier)


def _pair_chain(text: str, chain: list[_Tok]) -> tuple[list[Mention], list[tuple[_Tok, int]]]:
    """Mentions of one chain, and its numbers stated as updates without a word (``升至21人``),
    each with the offset of its update verb."""
    mentions, chain = _transitive_pairs(text, chain)
    if not chain:
        return mentions, []
    loose: list[tuple[_Tok, int]] = []
    numbers_first = chain[0].kind is None
    last_word: _Tok | None = None
    i = 0
    while i < len(chain):
        tok = chain[i]
        nxt = chain[i + 1] if i + 1 < len(chain) else None
        lead_in = chain[i - 1].end if i else max(0, tok.start - 8)
        verb = _UPDATE.search(text, lead_in, tok.start) if tok.kind is None else None
        if tok.kind is None and nxt is not None and nxt.kind is not None and (numbers_first or _closes(chain, i + 1)):
            # 3人死亡, 升至21人死亡; in a chain led by a word, a number whose word follows it and
            # starts no pair of its own: 伤者中有11人重伤, 受伤的12人中有3人死亡
            word, used = nxt, 2
            after = chain[i + 2] if i + 2 < len(chain) else None
            if after is not None and after.kind is Kind.DEATHS and nxt.kind not in (Kind.DEATHS, Kind.MISSING):
                word, used = after, 3  # 五人中毒身亡, 2名伤者经抢救无效死亡: they died
            m = _mention(text, word, tok, verb is not None)
            if verb is not None:
                m = Mention(m.kind, m.value, m.bound, text[verb.start() : word.end], verb.start(), True, m.qualifier)
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
                mentions.append(
                    Mention(
                        m.kind, m.value, m.bound, text[last_word.start : tok.end], last_word.start, True, m.qualifier
                    )
                )
            else:
                loose.append((tok, verb.start()))
        i += 1
    return mentions, loose


def _all_of_them(text: str, before: list[_Tok], chain: list[_Tok]) -> Mention | None:
    """A lone number, then in the next clause a lone casualty word said of all of them
    (``被困的4名矿工已全部找到，均已无生命体征``): the number is the figure."""
    if len(before) != 1 or before[0].kind is not None or len(chain) != 1:
        return None
    num, word = before[0], chain[0]
    if word.kind not in (Kind.DEATHS, Kind.MISSING) or not _ALL_OF_THEM.search(text, num.end, word.start):
        return None
    return Mention(word.kind, num.value, num.bound, text[num.start : word.end], num.start, False, num.qualifier)


def _transitive_pairs(text: str, chain: list[_Tok]) -> tuple[list[Mention], list[_Tok]]:
    """The figures of verbs followed by their number (``砍死1人``, ``撞伤3人``), and the rest of the
    chain without them and without the doer's number before the verb (``3名歹徒持刀砍死1人``)."""
    mentions: list[Mention] = []
    rest: list[_Tok] = []
    i = 0
    while i < len(chain):
        tok = chain[i]
        nxt = chain[i + 1] if i + 1 < len(chain) else None
        if tok.transitive and nxt is not None and nxt.kind is None:
            mentions.append(_mention(text, tok, nxt, False))
            if rest and rest[-1].kind is None:
                rest.pop()
            i += 2
            continue
        rest.append(tok)
        i += 1
    return mentions, rest


def _closes(chain: list[_Tok], j: int) -> bool:
    """Whether ``chain[j]`` is a word that no number follows: it closes the pair of the number
    before it rather than opening one of its own (``死亡3人受伤12人``: 受伤 opens one)."""
    if j >= len(chain) or chain[j].kind is None:
        return False
    return j + 1 == len(chain) or chain[j + 1].kind is not None


def _compact(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _COMPACT.finditer(text):
        whole = m.group("all").rstrip("、，,")
        parts = list(_COMPACT_PART.finditer(whole))
        if not parts or m.group("after") in _COMPACT_NOT_AFTER:
            continue
        arabic = any(p.group("num")[0].isdigit() for p in parts)
        ends_clause = not m.group("after") or _BREAK.match(m.group("after")) is not None
        if not arabic and len(parts) < 2 and not ends_clause:
            continue  # 九死一生, 一死了之: idioms, not figures
        for p in parts:
            parsed = parse_count(p.group("num"))
            if parsed is None:
                continue
            value, bound = parsed
            if p.group("suf"):
                bound = Bound.AT_LEAST
            out.append(
                Mention(_COMPACT_KIND[p.group("k")], value, bound, whole, m.start(), False, p.group("suf") or "")
            )
    return out


def _losses(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _LOSS.finditer(text):
        amount = m.group("amount") or ""
        unit = m.group("unit") or ""
        if not amount and not unit:
            continue
        if not amount and unit:
            amount, unit = unit, ""
        value = parse_amount(amount)
        if value is None:
            continue
        value *= AMOUNT_UNITS[unit] if unit else 1.0
        qualifier = m.group("pre") or m.group("suf") or m.group("suf2") or ""
        gap = m.group("gap")
        if not qualifier and ("约" in gap or "近" in gap):
            qualifier = "约" if "约" in gap else "近"
        bound = Bound.EXACT
        if qualifier in APPROXIMATE_WORDS:
            bound = Bound.ABOUT
        elif qualifier:
            bound = Bound.AT_LEAST
        elif any(w in gap for w in ("超过", "逾", "超")):
            bound, qualifier = Bound.AT_LEAST, "超过"
        out.append(Mention(Kind.LOSS, value, bound, m.group(), m.start(), False, qualifier))
    return out


def _other_event(sentence: str, offset: int) -> tuple[str | None, int]:
    """Why figures of ``sentence`` from ``offset`` on are not this event's (``None``: they are).

    Statistics and definitions cover the whole sentence; an earlier-event marker covers what
    follows it until a marker of the current event.
    """
    if _STATISTICS.search(sentence):
        return "统计数字", 0
    if _DEFINITION.search(sentence):
        return "定义或范围", 0
    past = None
    for m in _PAST.finditer(sentence):
        if m.start() <= offset:
            past = m
    if past is None:
        return None, 0
    current = [m for m in _CURRENT.finditer(sentence, past.end()) if m.start() <= offset]
    if current:
        return None, 0
    return "其他或以往事件", past.start()


def read_figures(text: str) -> CasualtyReport:
    """The casualty and loss figures of the event ``text`` reports (see the module docstring)."""
    if _TRIGGER.search(text) is None:
        return CasualtyReport()
    if _FULLWIDTH_DIGIT.search(text):
        text = text.translate(_FULLWIDTH)
    found: list[Mention] = []
    excluded: list[Excluded] = []
    previous: Kind | None = None
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if _TRIGGER.search(sentence) is None:
            continue
        mentions, previous = _sentence_mentions(sentence, previous)
        for m in mentions:
            why, _ = _other_event(sentence, m.start)
            placed = Mention(m.kind, m.value, m.bound, m.quote, m.start + sm.start(), m.update, m.qualifier)
            if why is None:
                found.append(placed)
            else:
                excluded.append(Excluded(placed, sentence.strip(), why))
    none = _NONE.search(text)
    figures: dict[Kind, Mention] = {}
    for m in sorted(found, key=lambda m: m.start):
        best = figures.get(m.kind)
        if best is not None and _MORE.search(text, max(0, m.start - 4), m.start):
            # 3人当场死亡，另有2人经抢救无效死亡: the second figure adds to the first
            m = Mention(
                m.kind, best.value + m.value, m.bound, f"{best.quote}……{m.quote}", best.start, m.update, m.qualifier
            )
        if best is None or m.value > best.value or (m.value == best.value and m.update and not best.update):
            figures[m.kind] = m
    return CasualtyReport(figures, tuple(excluded), none.group() if none else None)


def _sentence_mentions(sentence: str, previous: Kind | None) -> tuple[list[Mention], Kind | None]:
    """The mentions of one sentence; ``previous`` is the kind of the last figure stated before it."""
    mentions = _compact(sentence) + _losses(sentence)
    tokens = _tokens(sentence)
    chains: list[list[_Tok]] = []
    for tok in tokens:
        if chains and _joined(sentence, chains[-1][-1], tok):
            chains[-1].append(tok)
        else:
            chains.append([tok])
    for k, chain in enumerate(chains):
        paired, loose = _pair_chain(sentence, chain)
        if not paired and k and (all_of := _all_of_them(sentence, chains[k - 1], chain)) is not None:
            paired = [all_of]
        mentions.extend(paired)
        if previous is not None:
            # a bare 升至21人 updates the figure stated just before it in the sentence
            for tok, verb_start in loose:
                clause = _BREAK.split(sentence[:verb_start])[-1]
                if _BARE_LEAD.fullmatch(clause) is None:
                    continue  # 客流量升至5万人: a rise of something else
                quote = sentence[verb_start : tok.end]
                mentions.append(Mention(previous, tok.value, tok.bound, quote, verb_start, True, tok.qualifier))
        if paired:
            previous = paired[-1].kind
    return mentions, previous

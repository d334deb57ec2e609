"""Which number each casualty word of a chain takes: the pairs of one run of words and numbers.

A sentence's casualty words and numbers (:mod:`classifier.casualty_tokens`) are split into chains
of tokens close together (:func:`joined`); :func:`pair_chain` pairs each word of a chain with its
number, reading the forms :mod:`classifier.casualties` describes: the number before its word
(``3人死亡``) or after it (``死亡3人``), figures that rise (``由19人升至21人``), verbs followed by
their victims (``砍伤8名学生和1名老师``) or preceded by them in the passive (``24名村民被…打伤``),
and the numbers that are not the word's figure: the doers (``七名歹徒闯入网吧致网管受伤``), those
who say (``多名家属称``), the relatives (``2000多名遇难者家属``), a case's (``杀害女婿案9人获刑``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from classifier.casualty_tokens import AGENTIVE, BREAK, Kind, Mention, Tok
from classifier.numbers import Bound
from classifier.prefilter import Prefiltered
from classifier.victims import is_people, kin_after, listed_after, listed_before, listed_subject, unnumbered_after

__all__ = ["joined", "pair_chain"]


_UPDATE = Prefiltered(
    re.compile(
        r"(?:升至|增至|上升到|上升至|上升为|增加到|增加至|增加为|攀升至|升到|升为|增为|增长到|增长至|达到|已达|变为"
        r"|核减为|核减至|调整为|调整至|修正为|修正至|更正为|下调为|下调至|下调到|核实为"
        # a figure that fell (失联人数由6人降至2人: some found)
        r"|降至|降为|降到|减至|减为|减少到|减少至|下降到|下降至|下降为"
        r"|(?:总数|总人数|总计|累计)(?:已经|已)?(?:达到|达|为|是)?)$"
    )
)

_MAX_GAP = 20
_LABEL_COLONS = ("：", ":")

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

_AFTERWARDS = re.compile(r"后|然后|随后|并|又|再|致|导致|造成")
"""What happened next, between a verb and a number: the number is not its victims (砍死妻子后3人受伤)."""

_PARTS_LISTED = re.compile(
    # (who they are before: 2名厨师手部、面部被烧伤)
    r"(?P<who>[\u4e00-\u9fff]{1,4}?)?"
    r"(?:(?:头|面|脸|颈|胸|背|腰|腹|手|臂|腿|足|脚|眼)部?、)+(?:头|面|脸|颈|胸|背|腰|腹|手|臂|腿|足|脚|眼)部?(?:等(?:多处|部位)?)?(?:被|不同程度)?"
)
"""Parts of the body listed between a number and its word (3人面部、手部烧伤; 2名厨师手部、面部被烧伤)."""
_ASIDE = re.compile(r"[（(][^（）()]{1,24}[）)]")
"""Who they are, in brackets right after a number (1人（38岁，务工人员）)."""
_CASE = re.compile(r"案(?!发)")
"""A case between a word and a number: the number is of the case (杀害女婿案9人获刑: those sentenced)."""


def joined(text: str, a: Tok, b: Tok) -> bool:
    gap = text[a.end : b.start]
    if a.kind is None and b.kind is None and gap.endswith("、") and is_people(gap[:-1]):
        return True  # 撞死2名行人、1名骑车人: one list of victims
    if a.kind is not None and b.kind is None and gap.strip() in _LABEL_COLONS:
        return True  # 死亡：3人；受伤：11人: a word as a label, its figure after the colon
    if "、" in gap and a.kind is None and b.kind is not None and (parts := _PARTS_LISTED.fullmatch(gap)) is not None:
        # 造成3人面部、手部烧伤: the parts hurt, listed between the number and its word
        return parts.group("who") is None or is_people(parts.group("who"))
    if a.kind is None and b.kind is not None and gap[:1] in "（(" and (aside := _ASIDE.match(gap)) is not None:
        gap = gap[aside.end() :]  # 其中1人（38岁，贵州籍务工人员）不慎溺水失踪: who they are, in brackets
    return len(gap) <= _MAX_GAP and BREAK.search(gap) is None and _CASE.search(gap) is None


def _mention(text: str, word: Tok, num: Tok, update: bool) -> Mention:
    start, end = min(word.start, num.start), max(word.end, num.end)
    assert word.kind is not None
    return Mention(word.kind, num.value, num.bound, text[start:end], start, update, num.qualifier, upper=num.upper)


def pair_chain(text: str, chain: list[Tok]) -> tuple[list[Mention], list[tuple[Tok, int]]]:
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
            elif after is not None and after.kind in (Kind.SERIOUS, Kind.MINOR) and nxt.kind is Kind.INJURED:
                word, used = after, 3  # 12名伤者伤势严重, 3名伤员伤势较轻: how badly they are hurt
            m = _mention(text, word, tok, verb is not None)
            if verb is not None:
                m = replace(m, quote=text[verb.start() : word.end], start=verb.start(), update=True)
            else:
                m = _with_listed_subject(text, tok, m)
                others = unnumbered_after(text[tok.end : word.start])
                kin = kin_after(text[tok.end : word.start])
                if kin:  # 夫妻二人及其女儿身亡: three
                    m = replace(m, value=m.value + kin)
                elif others:  # 2名学生和家长受伤: two, and parents not counted
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


_BODIES = frozenset({"遗体", "尸体", "浮尸"})

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

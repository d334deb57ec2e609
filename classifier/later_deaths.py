"""Deaths told after a figure of the same toll, and whether they add to it (:mod:`classifier.casualties`).

* **After those on the spot**: ``5人当场死亡，2人经抢救无效死亡`` (six), ``当场死亡2人，经抢救无效
  死亡1人`` (three), ``现场2人死亡，1人送医途中死亡`` (three); not ``其中`` one of them.
* **One of the injured dying, told in a later sentence**: ``爆炸致2人死亡、5人受伤。随后，1名伤者
  因伤势过重死亡`` (three); not one counted already (``此前``, ``其中``), a new total (``升至``), nor
  the cause of a death the lead counted (``两死两重伤。货车司机被救出后因伤势过重死亡``: two); in
  the same sentence only when named as of the injured told before (``造成2人死亡、3人受伤，1名伤者
  在送医途中不治``: three; but ``3人死亡，1名伤者…``: three, and ``其中`` as ever counted already).
* **Missing people found dead** by a later sentence: deaths, added to those stated before the find
  (``事故造成2人死亡、3人失联。…3人均被找到，已无生命体征``: five).
"""

from __future__ import annotations

import re
from dataclasses import replace

from classifier.casualty_tokens import Kind, Mention
from classifier.missing import Found
from classifier.sentences import SENTENCE_END

_DIED_LATER = re.compile(
    r"抢救无效|医治无效|送医途中|送往医院途中|送医后|伤重不治|不治身亡|不治身故|在医院|没(?:能)?(?:救回来|抢救过来|挺过来)"
)
"""Deaths after those on the spot (5人当场死亡，2人经抢救无效死亡; as posted, 当场就死了两个
…有一个送过去半夜也没救回来): more of them, added."""


def found_dead(latest: Mention | None, stated: list[Mention], missing: Mention, found: Found) -> Mention:
    """The death figure once the ``missing`` are ``found`` dead: theirs added to the most deaths
    ``stated`` before the find (``事故造成2人死亡、3人失联。…3人均被找到，已无生命体征``: five); the
    deaths the find itself states are theirs (``5名船员失联。目前5人均已确认身亡``: five, not ten),
    and the ``latest`` figure stated after it is a total when it is more (``8人均被找到，已无生命
    体征。事故共造成9人死亡``: nine)."""
    quote = f"{missing.quote}……{found.words}{found.dead}"
    dead = replace(missing, kind=Kind.DEATHS, quote=quote, update=True)
    # (not the missing's own bodies told before, as a headline tells them: 2名落水失联村民遗体找到)
    before = [m for m in stated if m.start < found.start and not m.unnumbered and not _MISSING_WORD.search(m.quote)]
    if before:
        most = max(before, key=lambda m: m.value)
        quote = f"{most.quote}、{quote}"
        dead = replace(dead, value=most.value + missing.value, quote=quote, start=most.start)
    end = found.start + len(found.words) + len(found.dead)
    if latest is not None and latest.start >= end and not latest.unnumbered and latest.value > dead.value:
        return latest
    return dead


_MISSING_WORD = re.compile(r"失联|失踪|下落不明")
_CLAUSE_BREAK = re.compile(r"[，,、。；;！!？?\n \u3000]")
"""Where a clause ends: punctuation (a list's 、 too: ``2人当场死亡、1人经送医抢救无效死亡``), or a space between a
headline's parts (``2人当场死亡 1人经抢救无效死亡``)."""
_ON_THE_SPOT = re.compile(r"当场|现场")
_FOUND_DEAD = re.compile(r"(?:救出|挖出|找到|发现|打捞上岸|搜救出)(?:时|后)?(?:已经|已)(?:无生命体征|死亡|身亡)")
"""Those found dead when brought out (2人被救出时已无生命体征): dead on the spot, before those who died after."""
_INJURED_DIED = re.compile(
    # (or by who they were: 1名重伤队员经抢救无效死亡)
    r"伤者|伤员|受伤的|受伤人员|受伤者|重伤人员|重伤者|重伤的|重伤员|(?:受伤|重伤)(?:队员|工人|村民|游客|乘客|学生|群众|人员|民警|消防员)"
)
"""One of the injured (not 因伤势过重死亡: the cause of a death counted already, 两死两重伤。货车司机…)."""
_COUNTED_ALREADY = re.compile(r"此前|之前|先前|其中|包括|含|中有|共|累计")
_OF_THE_INJURED = re.compile(
    r"[^，,。；;名人位]{1,6}(?:名|人|位)(?:伤者|伤员|受伤人员|受伤者|重伤人员|重伤者|重伤员"
    r"|(?:受伤|重伤)(?:队员|工人|村民|游客|乘客|学生|群众|人员|民警|消防员))"
)
"""A number of the injured (1名伤者): those of them who died, not of the dead told before."""


def died_later(text: str, on_the_spot: Mention, m: Mention) -> bool:
    """Whether ``m`` states deaths after those ``on_the_spot`` (``5人当场死亡，2人经抢救无效死亡``,
    ``当场死亡2人，经抢救无效死亡1人``), its words in its quote or just before it, or one of the
    injured dying, told in a later sentence (``随后，1名伤者因伤势过重死亡``) or, named as of the
    injured, after them in the same one (``造成2死3伤，其中1名伤者送医后不治``)."""
    if m.kind is not Kind.DEATHS or m.start <= on_the_spot.start:
        return False
    spot = text[max(0, on_the_spot.start - 4) : on_the_spot.start + len(on_the_spot.quote)]
    # 现场2人死亡 (at the scene) only in the figure's own clause: not 救援人员赶到现场，3人死亡
    at_scene = (
        "现场" in _CLAUSE_BREAK.split(text[max(0, on_the_spot.start - 4) : on_the_spot.start])[-1] + on_the_spot.quote
    )
    lead_in = _CLAUSE_BREAK.split(text[max(0, m.start - 8) : m.start])[-1]
    later = lead_in + m.quote
    found_dead = _FOUND_DEAD.search(on_the_spot.quote) is not None
    if (
        ("当场" in spot or at_scene or found_dead)
        and _DIED_LATER.search(later) is not None
        and not _ON_THE_SPOT.search(later)
    ):
        return _COUNTED_ALREADY.search(lead_in) is None  # 其中1人送医后死亡: of those told already
    # one of the injured, in a later sentence (爆炸致2人死亡、5人受伤。随后，1名伤者因伤势过重死亡),
    # not one counted already (此前, 其中) nor a new total (升至)
    between = text[on_the_spot.start + len(on_the_spot.quote) : m.start]
    if m.update or _INJURED_DIED.search(later) is None:
        return False
    if SENTENCE_END.search(between) is None:
        # in the same sentence, the injured told with the dead, then one of them dying:
        # 造成2人死亡、3人受伤，1名伤者在送医途中不治 (three); not 其中1名伤者… (counted already)
        hurt = "伤" in text[on_the_spot.start : m.start]
        return hurt and _OF_THE_INJURED.match(m.quote) is not None and _COUNTED_ALREADY.search(lead_in) is None
    sentence_start = max(text.rfind(c, 0, m.start) for c in "。；;！!？?\n") + 1
    return _COUNTED_ALREADY.search(text, sentence_start, m.start) is None

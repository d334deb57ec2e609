"""Missing people (失踪/失联/下落不明) as :mod:`classifier.casualties` reads them.

* **Counted with the dead in one figure** (``死亡、失踪12人``, ``遇难和失踪人员达12人``,
  ``12人死亡失踪``): one figure of both (:attr:`Mention.with_deaths`), not a death figure and a
  missing figure to add; not when each has its own number (``3人死亡、失踪2人``).
* **Found again**: when the sentence goes on to say they were found (``失联的3名驴友已全部获救``,
  ``找到了失联的3名驴友``) or reached safe (``已成功联络失联名单中的159名市民并确认安全``), or a
  later sentence finds as many as were missing or names the missing as found (``5名船员失联。…
  5名船员均已获救``, ``失联人员已全部获救``), the figure is left out with the reason
  :data:`FOUND`; found dead (``4名失联人员已全部找到，均已遇难``, ``8人均被找到，已无生命体征``)
  they are deaths, counted once, and so are their bodies (``找到3名失联者遗体``; in a later sentence
  ``失联人员遗体被找到``, of one missing or as many as were). Someone else found
  (``已找到嫌疑人``) or others rescued
  (``5人失踪，20人获救``, ``其余人员均已升井``) leave the figure as it is.
* **Still trapped** (:func:`still_trapped`: ``仍有6人被困井下``, ``7名工人被困 已救出4人``, or
  trapped at a site where they may die: ``已升井37人，9人被困``; not in a lift or a drill): not
  missing (where they are is known), so no figure; the grade's reasons ask the desk to check when
  their deaths would raise it.
* **Some of them found** (:func:`still_missing`): the figure is of those still missing. A count
  stated as what remains (``仍有3人失联``, ``尚有2人下落不明``) is it; otherwise those found among
  them (``其中2人已被找到``, ``失联的12人中已有4人获救、2人遇难``, ``7名失联人员中已有4人遇难``,
  ``已找到5人``, ``已搜寻到3具遗体``, ``2人遗体已被打捞上岸``, no more than were missing) are taken off.
  Those found dead are deaths, read where they are stated (``其中2人遇难``), so no one is counted twice. A smaller count
  of the missing after a search or a find (:func:`fewer_after_a_find`: ``15人遇险失联渔船找到 1人
  遇难4人失踪``) is of those still missing too.
* **The dead maybe among the missing** (:func:`dead_among_missing`): a toll told so far or risen
  after a count of the missing (``7人失联 目前已有4人遇难``, ``七人失踪续：遇难人数增至4人``) keeps
  both figures (the higher clock), and the reasons ask the desk to check the lower total.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from classifier.casualty_tokens import FOUND, Kind, Mention
from classifier.numbers import CN_NUMERALS, NUM, parse_count
from classifier.other_events import denied_after, imagined_scene
from classifier.prefilter import Prefiltered
from classifier.sentences import SENTENCE_END, Sentences

__all__ = [
    "Found",
    "dead_among_missing",
    "fewer_after_a_find",
    "found_in_sentence",
    "found_later_on",
    "still_missing",
    "still_trapped",
    "with_deaths",
]

_DEAD_WORDS = r"遇难|死亡|身亡|身故|罹难|无生命体征|没有生命体征"
_DEAD_AND = re.compile(r"(?:死亡|遇难|罹难|丧生)(?:人员|者)?(?:、|和|及|与|或)?$")
_AND_MISSING = re.compile(r"(?:、|和|及|与|或)?(?:失踪|失联|下落不明)")
_OWN_NUMBER = re.compile(rf"(?:\d|[{CN_NUMERALS}])(?:余|多)?(?:名|人|位)?$")
_NUMBER_NEXT = re.compile(rf"(?:人员|人数)?(?:分别)?(?:为|是|达|有)?(?:\d|[{CN_NUMERALS}])")


def with_deaths(sentence: str, m: Mention) -> Mention:
    """``m`` as a figure of the dead and the missing together when its words name both
    (``死亡、失踪12人``, ``遇难和失踪人员达12人``, ``12人死亡失踪``): one figure, not two."""
    word_first = sentence.startswith(("失踪", "失联", "下落不明"), m.start)
    dead = _DEAD_AND.search(sentence, max(0, m.start - 8), m.start) if m.kind is Kind.MISSING and word_first else None
    # 死亡、失踪12人; not 3人死亡、失踪2人 (the deaths have their own number)
    if dead is not None and _OWN_NUMBER.search(sentence, max(0, dead.start() - 4), dead.start()) is None:
        return replace(m, quote=sentence[dead.start() : m.start + len(m.quote)], start=dead.start(), with_deaths=True)
    end = m.start + len(m.quote)
    missing = _AND_MISSING.match(sentence, end) if m.kind is Kind.DEATHS and not m.unnumbered else None
    # 12人死亡失踪; not 3人死亡、失踪2人 (each its own number)
    if missing is not None and _NUMBER_NEXT.match(sentence, missing.end()) is None:
        return replace(m, kind=Kind.MISSING, quote=sentence[m.start : missing.end()], with_deaths=True)
    return m


_FOUND_AFTER = re.compile(
    r"(?:人员|者)?[^\d。；;！!？?其另]{0,12}?(?:已|均已|均|都|全部)(?:经|于[^，,。；;]{0,8})?(?:全部|均|都)?"
    r"(?:被)?(?:找到|寻获|搜寻到|搜救到|获救|救出|平安(?:返回|归来|脱险|获救)?|安全(?:返回|升井|脱险|转移)|脱险|联系上"
    r"|返回|生还|确认安全|报平安|取得(?:了)?联系)"
    # (and brought up: 失联的4名矿工已于今晨全部获救升井)
    r"(?:升井|出井|上岸)?"
    # they themselves, all of them: not 已找到8人, 已找到其中1人遗体, 已找到嫌疑人
    r"(?=[，,。；;！!？?\s]|$|了)"
)
_FOUND_WELL = re.compile(
    # (not others found: 失联人数由7人降至3人，其余4人已被过往货轮救起，身体无大碍)
    r"(?:(?!其余|其他|其它|其中|另外|另有)[^。；;！!？?]){0,30}?(?<![没未])(?<!没有)(?:找到|寻获|救出|救起|搜救到)[^。；;！!？?]{0,12}?"
    r"(?:身体状况良好|身体无碍|无大碍|并无大碍|无生命危险|(?<![求祈佑盼愿])平安|安全下山|安全返回|已安全"
    # (as people post it: 昨天失联的两个驴友今天早上在山腰被找到了 人都好好的)
    r"|(?:人)?(?:都|全都)?好好的|(?:人)?(?:都|全都)?没事)"
)
"""Found by the searchers and well, told later in the sentence (失联的2名外地游客，今晨6时许被搜救队员在山腰
找到，二人身体状况良好); not found yet, with a wish (到现在还没找到 天都黑了 求平安)."""
_FOUND_BEFORE = re.compile(
    r"(?:找到|寻获|搜寻到|搜救到|救出|救起|联系上|联络上|联系到|联络到|成功联系|成功联络)了?(?:全部|所有)?$"
)
_ANOTHER = re.compile(r"另(?:有|外)?$")
"""Another counted right before the missing figure (救起两人，另一人被江水冲走): not the one found."""
_WHO = r"(?:人员|者|群众|村民|游客|驴友|船员|渔民|矿工|工人|学生)"
"""Who the missing are, named after their count or their word (2名失联人员, 失踪村民)."""
_PEOPLE_AFTER = re.compile(rf"(?:的)?{_WHO}?")
"""Who the missing counted were, right after their figure (2名失联人员)."""
_ALL_DEAD = re.compile(
    r"[，,]?(?:均|全部|都|皆)(?:已经|已|经|确认|不幸)*(?:遇难|死亡|身亡|身故|罹难|无生命体征|没有生命体征)"
)


_FOUND_THEN_DEAD = re.compile(
    r"(?:人员|者)?[^\d。；;！!？?其另，,]{0,16}?(?:被)?(?:发现|找到|寻获|搜寻到|打捞)(?:上岸|出水)?(?:时)?"
    rf"[，,]?(?:均|全部|都)?(?:已经|已|经|确认|不幸)*(?:{_DEAD_WORDS})"
)
"""Found, then said dead, in the missing figure's sentence (``被发现，已无生命体征``,
``被找到时均已遇难``)."""


_BODIES_REACH = 40
"""How far before a missing figure the bodies it names are looked for."""
_BODIES = re.compile(r"(?:人员|者)?[\u4e00-\u9fff]{0,3}?(?:的)?(?:遗体|尸体|遗骸|浮尸)")
"""The bodies of the missing (``3名失联者遗体``, ``3名失踪渔民的遗体``): they are dead."""


_BODIES_WERE = re.compile(
    rf"(?P<num>{NUM})具(?:遗体|尸体|遗骸|浮尸)[^。；;！!？?]{{0,6}}?[，,]?(?:经[^，,。；;！!？?]{{0,8}}?)?"
    # (a date between: 系6月29日晚落水失联的两名钓鱼者)
    r"(?:均系|均为|即为|确认为|确认系|证实为|证实系|系|为|是)(?:[^，,。；;！!？?\d]|\d{1,4}(?=[年月日号])){0,16}$"
)
"""Bodies found, then who they were, up to the missing figure that names them (``打捞起5具遗体，系前日落水
失联的5名村民``, ``找到3具遗体，经确认均为此前失踪的3名渔民``)."""


def found_in_sentence(sentence: str, m: Mention) -> Mention:
    """A missing figure whose people the sentence goes on to say were found: left out
    (``失联的3名驴友已全部获救``), or deaths when all of them were found dead (``4名失联人员已全部
    找到，均已遇难``); or, told as whom as many bodies or more were (``打捞起5具遗体，系前日落水失联的
    5名村民``), left out: they are the dead the bodies count."""
    if m.kind is not Kind.MISSING or m.with_deaths:
        return m
    bodies = _BODIES_WERE.search(sentence, max(0, m.start - _BODIES_REACH), m.start)
    if bodies is not None and (count := parse_count(bodies.group("num"))) is not None and count[0] >= m.value:
        return replace(m, quote=sentence[bodies.start() : m.start + len(m.quote)], left_out=FOUND)
    end = m.start + len(m.quote)
    if (bodies := _BODIES.match(sentence, end)) is not None:  # 找到3名失联者遗体: they are dead
        return replace(m, kind=Kind.DEATHS, quote=sentence[m.start : bodies.end()])
    if _FOUND_BEFORE.search(sentence, max(0, m.start - 8), m.start) and not _ANOTHER.search(sentence, 0, m.start):
        # 找到了失联的3名驴友, 成功联络失联的
        people = _PEOPLE_AFTER.match(sentence, end)
        dead = _ALL_DEAD.match(sentence, people.end() if people else end)
        if dead is not None:  # 已找到2名失联人员，均已无生命体征: found dead, deaths
            return replace(m, kind=Kind.DEATHS, quote=sentence[m.start : dead.end()])
        return replace(m, left_out=FOUND)
    dead = _FOUND_THEN_DEAD.match(sentence, end)
    if dead is not None:  # 2名失联人员于次日在下游被发现，已无生命体征
        return replace(m, kind=Kind.DEATHS, quote=sentence[m.start : dead.end()])
    found = _FOUND_AFTER.match(sentence, end) or _FOUND_WELL.match(sentence, end)
    if found is None:
        return m
    dead = _ALL_DEAD.match(sentence, found.end())
    if dead is not None:
        return replace(m, kind=Kind.DEATHS, quote=sentence[m.start : dead.end()])
    return replace(m, quote=sentence[m.start : found.end()], left_out=FOUND)


_ALL_FOUND = Prefiltered(
    re.compile(
        # all of them, not others or some (其余5人已获救, 其中2人获救)
        # (not their bodies, which :func:`_bodies_found` reads: 1名落水者遗体已被找到)
        rf"(?:(?<!其余)(?<!其他)(?<!其它)(?<!其中)(?<!另外)(?<!另有)(?<!还有)(?<![\d.另余])(?P<num>{NUM})(?:名|人)"
        rf"(?:(?!遗体|尸体)[^，,。；;！!？?\d其另余]){{0,8}}?"
        r"|(?:失联|失踪|被困)(?:的)?(?:人员|者))"
        # (or by whom between: 5人均已被过往商船救起)
        r"(?:已经|已|均已|均|都已|都|已全部|全部)*(?:被[^，,。；;！!？?\d]{0,6}?)?(?:找到|寻获|获救|救出|救起|平安|安全返回|安全升井|脱险|生还|升井)"
        # (or the finding first: 经4个多小时搜寻，救援人员在山腰找到二人，二人身体状况良好)
        rf"|(?:找到|寻获|救出|救起)了?(?:全部|所有)?(?P<num2>{NUM})(?:名|人|位)(?=[，,。；;！!？?\s]|$)"
        # (or they, unnamed, found in a clause of their own: 失联的两名驴友，今晨被蓝天救援队在半山腰找到)
        # (or all of them, in a clause of their own: …连夜搜救，今天凌晨已全部获救)
        rf"|(?<=[，,\s。])[^，,。；;！!？?\d{CN_NUMERALS}]{{0,8}}?(?:已经?|均已|都已)?全部(?:被)?(?:获救|找到|救出|脱险|生还|平安)"
        # (not their bodies: 失联人员遗体被找到, of how many unsaid)
        rf"|(?<=[，,\s。])(?:(?!遗体|尸体)[^，,。；;！!？?\d{CN_NUMERALS}]){{0,8}}?被[^，,。；;！!？?\d{CN_NUMERALS}]{{0,14}}?"
        r"(?:找到|寻获|救出|救起)了?(?=[，,。；;！!？?\s]|$)"
        # (the missing named by their word after the finding: 在爆炸现场废墟中找到失联人员，经确认已死亡)
        r"|(?:找到|寻获|救出|救起)了?(?:此前|全部|所有)?(?:失联|失踪|被困)(?:的)?(?:人员|者)(?=[，,。；;！!？?\s]|$)"
    )
)


@dataclass(frozen=True)
class Found:
    """A later sentence's words saying all the missing were found, where they start, and the words
    saying they were found dead (``，已无生命体征``), if it says so."""

    words: str
    start: int
    dead: str = ""


_FOUND_DEAD = re.compile(rf"[，,](?:均|全部|都|皆)?(?:已经|已|经|确认|不幸)*(?:{_DEAD_WORDS})")


def found_later_on(text: str, missing: Mention) -> Found | None:
    """A later sentence saying all the missing were found (``5名船员失联。截至发稿，5名船员均已
    获救``, ``失联人员已全部获救``; ``8人均被找到，已无生命体征``: found dead) or that all of them
    died (``5名船员失联。目前5人均已确认身亡``, ``15名失联船员均已遇难``), or ``None``."""
    after = missing.start + len(missing.quote)
    if "获救" in text or "找到" in text or "救出" in text or "救起" in text or "平安" in text:
        for m in _ALL_FOUND.finditer(text, after):
            if denied_after(text, m.end()):
                continue  # 网传“全部获救”的消息不实: a rumour's find, denied
            counted = m.group("num") or m.group("num2")
            parsed = parse_count(counted) if counted else None
            # as many as were missing (5人失踪，20人获救: others rescued)
            if counted is None or (parsed is not None and parsed[0] == missing.value):
                dead = _FOUND_DEAD.match(text, m.end())
                return Found(m.group(), m.start(), dead.group() if dead else "")
    if ("遗体" in text or "尸体" in text) and (bodies := _bodies_found(text, after, missing.value)) is not None:
        return bodies  # 1人失联。…失联人员遗体被找到: found dead
    if missing.value == 1 and "上来" in text and (up := _BROUGHT_UP_GONE.search(text, after)) is not None:
        return Found(up.group("found"), up.start(), up.group("dead"))  # 一个没上来 …捞上来了 人已经不行了
    if "均" not in text and "全部" not in text and "都" not in text and "皆" not in text:
        return None  # (most texts name none of these)
    for m in _ALL_SAID_DEAD.finditer(text, after):
        parsed = parse_count(m.group("num"))
        if parsed is not None and parsed[0] == missing.value:
            return Found(text[m.start() : m.start("dead")], m.start(), m.group("dead"))
    return None


_BODIES_FOUND = Prefiltered(
    re.compile(
        # the missing named by their word, then their bodies found (失联人员遗体被找到, 失联男子遗体在下游被找到,
        # 失踪学生遗体已于今天上午9时许在下游约800米处被打捞上岸)
        rf"(?<![\d.{CN_NUMERALS}])(?:(?P<num>{NUM})(?:名|人|位))?(?:失联|失踪|下落不明)(?:的)?[\u4e00-\u9fff]{{0,4}}?(?:的)?"
        r"(?P<dead>(?:遗体|尸体)[^，,。；;！!？?]{0,28}?(?:已|均已|已被|被|均被)?(?:找到|寻获|搜寻到|打捞上岸|打捞出水|发现))"
        # or found first (找到失联男子遗体, 打捞起2名失踪渔民的遗体)
        rf"|(?P<verb>找到|寻获|搜寻到|打捞起|打捞出)了?(?:(?P<num2>{NUM})(?:名|人|位))?(?:失联|失踪)(?:的)?"
        r"[\u4e00-\u9fff]{0,4}?(?:的)?(?:遗体|尸体)"
        # or counted bodies, as many as were missing (2名村民…落水失联。3日上午，2人遗体在库区下游被打捞上岸)
        rf"|(?<![\d.{CN_NUMERALS}])(?P<num3>{NUM})(?:名|人|位)的?"
        r"(?P<dead2>(?:遗体|尸体)[^，,。；;！!？?]{0,28}?(?:已|均已|已被|被|均被)?(?:找到|寻获|搜寻到|打捞上岸|打捞出水|发现))"
        # or found first, counted (2名护林员遭遇暴雪失联，今日上午搜救人员找到2人遗体)
        rf"|(?:找到|寻获|搜寻到|打捞起|打捞出|发现)了?(?P<num4>{NUM})(?:名|人|位|具)的?(?:遗体|尸体)"
    )
)
"""A later sentence telling the missing found dead by their bodies (``失联人员遗体被找到``, ``找到失联男子的遗体``)."""


def _bodies_found(text: str, after: int, missing: float) -> Found | None:
    """The words of the bodies of the ``missing`` found after ``after`` (:data:`_BODIES_FOUND`): a
    count as many as were missing, or none for one person missing (``失联人员遗体被找到`` says no
    more when several were)."""
    for m in _BODIES_FOUND.finditer(text, after):
        num = m.group("num") or m.group("num2") or m.group("num3") or m.group("num4")
        parsed = parse_count(num) if num else None
        if (parsed[0] if parsed is not None else 1.0) != missing:
            continue  # 3人失联。…1名失联人员遗体被找到: some of them (still_missing)
        if m.group("dead") or m.group("dead2"):
            dead = "dead" if m.group("dead") else "dead2"
            return Found(text[m.start() : m.start(dead)], m.start(), m.group(dead))
        return Found(m.group()[:-2], m.start(), m.group()[-2:])  # 找到失联男子遗体: 遗体 says they are dead
    return None


_BROUGHT_UP_GONE = re.compile(
    r"(?P<found>(?:捞|拉|救|打捞)上来了?)[^。；;！!？?\d]{0,6}?(?P<dead>人(?:已经|早就|早已|已)?(?:不行了|没了|没气了))"
)
"""The one missing brought up from the water gone, as people post it (一个没上来 …捞上来了 人已经不行了)."""
_ALL_SAID_DEAD = Prefiltered(
    re.compile(
        # all of them (not 其余5人均已遇难: others)
        rf"(?<!其余)(?<!其他)(?<!其它)(?<!其中)(?<!另外)(?<!另有)(?<!还有)(?<![\d.另余])(?P<num>{NUM})(?:名|人)"
        rf"[^，,。；;！!？?\d其另余]{{0,8}}?(?P<dead>(?:均|全部|都|皆)(?:已经|已|经|被|确认|证实|不幸)*(?:{_DEAD_WORDS}))"
    )
)
"""As many people as were missing, all said dead (5人均已确认身亡, 15名失联船员均已遇难)."""


def _people(name: str) -> str:
    return rf"(?P<{name}>{NUM})(?:名|人|位)"


_ALIVE = r"获救|救起|救出|救回|联系上|平安|脱险|生还|返回|升井"
_LIVING = rf"找到|寻获|搜救到|搜寻到|{_ALIVE}"
_DEAD = _DEAD_WORDS
_SOME_FOUND = re.compile(
    # among them (其中2人已被找到, 失联的12人中已有4人获救), or going on with the list (、2人遇难)
    # (the people named after the missing word: 7名失联驴友中已有4人确认遇难; the others after a comma:
    # 失联的6名矿工中，已有4人安全升井，另外2人经确认遇难)
    rf"(?:(?P<among>其中|(?:失联|失踪|下落不明)[^，,。；;！!？?\d]{{0,6}}?中|(?<=[人名员者联踪])[^，,。；;！!？?\d]{{0,4}}?中[，,]?)"
    rf"|(?P<more>[、和及]|[，,](?:另外|另有|另|其余)))"
    rf"(?:已经|已|已有|有|目前|现已|现)*{_people('among_num')}(?:已经|已|均已|经|先后|确认|不幸|在|安全)*"
    rf"(?:被[^，,。；;！!？?\d]{{0,6}}?)?(?P<verb>{_LIVING}|{_DEAD})"
    # found, by verbs said of missing people only (已找到5人, 已联系上2人; not 救出8名被困群众)
    rf"|(?:已|已经|目前已|现已|先后|陆续|共)(?P<fverb>找到|寻获|联系上|搜寻到|搜救到)了?{_people('found_num')}(?![^，,。；;]{{0,6}}?(?:嫌疑|被困))"
    # found dead (已搜寻到3具遗体)
    rf"|(?:找到|搜寻到|搜救到|打捞|发现|寻获)(?:起|出|了)?(?P<bodies>{NUM})具(?:遇难者|遇难人员|失联人员)?(?:遗体|尸体|浮尸)"
    # or counted, then found (3人落水失联。2人遗体已被打捞上岸: one still missing)
    rf"|(?<![\d.])(?P<body_num>{NUM})(?:名|人|具)的?(?:遗体|尸体)(?:已经|已|均已|先后)?被?"
    r"(?:找到|寻获|发现|搜寻到|打捞上岸|打捞出水|打捞上来|捞起)"
    # some of them named as the missing (1名失联人员已被找到, 2名失踪村民已确认遇难)
    rf"|(?<![\d.])(?P<named_num>{NUM})(?:名|人|位)(?:失联|失踪)(?:的)?{_WHO}?"
    rf"(?:已经|已|均已|经|先后|确认|不幸)*(?:被[^，,。；;！!？?\d]{{0,6}}?)?(?P<nverb>{_LIVING}|{_DEAD})"
)
_OTHERS_COUNTED = re.compile(rf"(?<![\d.])(?P<num>{NUM})(?:余|多)?(?:名|人|位)")
"""A group counted after the missing, before some of a group (船上共载有41人，其中8人获救)."""


def _other_group_before(text: str, after: int, at: int, missing: float) -> bool:
    """Whether another group than the ``missing`` is counted between ``after`` (the missing figure's end) and
    ``at`` (where some of a group are told), the last count there: whose some they are."""
    last = next(reversed(list(_OTHERS_COUNTED.finditer(text, after, at))), None)
    if last is None:
        return False
    parsed = parse_count(last.group("num"))
    return parsed is not None and parsed[0] != missing


_UNSTATED = re.compile(r"找到|寻获|搜寻到|搜救到")
"""Verbs of finding that say nothing of whether the people found were alive."""
_FATE = re.compile(
    rf"(?:失联|失踪|被困|被埋)?(?:的)?{_WHO}?"
    rf"[，,]?(?:均|全部|都)?(?:已经|已|经|确认|不幸)*(?:{_ALIVE}|{_DEAD})"
)
"""Words right after a find saying how they were found (，均已遇难, 均已获救; who between: 已找到2名失联人员，
均已无生命体征)."""
_STILL_SOUGHT = r"(?:失联|失踪|下落不明|未找到|在(?:全力|紧张|加紧)?(?:搜寻|搜救|搜索|寻找))"
"""Still missing, or still searched for (另1人仍在全力搜寻中)."""
_REMAINING = Prefiltered(
    re.compile(
        rf"(?:仍有|尚有|还有|另外|另有|另(?=[\d{CN_NUMERALS}])|其余|剩余|剩下)(?:的)?{_people('num')}(?:仍|尚|还)?(?:处于)?{_STILL_SOUGHT}"
        rf"|{_people('left_num')}(?:仍|尚|还|仍然|依然)(?:处于)?{_STILL_SOUGHT}"
    )
)
_AFTER_WORDS = re.compile(r"找到|寻获|获救|救|联系上|平安|脱险|生还|遇难|死亡|身亡|身故|遗体|仍|尚|还有|其余|剩")
_WINDOW = 160
"""How far after the missing figure its people are followed (a couple of sentences)."""


_NOT_FOUND_YET = re.compile(r"仍未找到|尚未找到|下落不明|仍在(?:全力|紧张)?(?:搜寻|搜救|寻找)")
"""Words after a find saying someone is still missing: the find was not of all of them."""
_WHOLE_QUOTE = 60
"""Up to this long the words from a count of the missing to those found are quoted whole."""


def still_missing(text: str, missing: Mention) -> Mention | None:
    """``missing`` as the number still missing when ``text`` goes on to say some were found
    (``5人失联，其中2人已被找到``: 3) or how many remain (``仍有3人失联``), quoted from the
    figure to those words and marked as the latest; ``None`` when it says neither."""
    if missing.with_deaths or missing.left_out:
        return None
    end = missing.start + len(missing.quote)
    stop = min(len(text), end + _WINDOW)
    # (a follow-up tells those still sought first, then how they went missing: 找到1名失联人员遗体，另1名失联人员仍在
    # 全力搜寻中。12月4日下午3时许，…2人落水失联)
    earlier = max(0, missing.start - _WINDOW)
    if _AFTER_WORDS.search(text, end, stop) is None and _REMAINING.search(text, earlier, missing.start) is None:
        return None  # (most texts say no more about them)
    last: re.Match[str] | None = None
    for m in (*_REMAINING.finditer(text, earlier, missing.start), *_REMAINING.finditer(text, end, stop)):
        parsed = parse_count(m.group("num") or m.group("left_num"))
        if parsed is not None and parsed[0] < missing.value:
            value, last = parsed[0], m  # 仍有3人失联: the latest such count
    unstated = 0.0
    if last is None:
        found = 0.0
        for m in _SOME_FOUND.finditer(text, end, stop):
            joined = last is not None and m.start() == last.end()
            if m.group("more") and not joined:
                continue  # 10人失联、3人死亡: a figure of its own, not some of them
            parsed = parse_count(
                m.group("among_num")
                or m.group("found_num")
                or m.group("bodies")
                or m.group("body_num")
                or m.group("named_num")
            )
            if parsed is None:
                continue
            if m.group("among") and _other_group_before(text, end, m.start(), missing.value):
                # 另有9人仍在全力搜寻中。事发时船上共载有41人，其中8人获救; 4名渔民下落不明　…船上6名渔民落水，其中2人被
                # …救起; 船上13人中2人获救: some of another group counted after the missing
                continue
            if m.group("among") == "其中" and last is not None and not SENTENCE_END.search(text, last.end(), m.start()):
                unstated = max(0.0, unstated - parsed[0])
                continue  # 已找到5人，其中2人遇难: two of the five, not two more
            found += parsed[0]
            last = m
            verb = m.group("verb") or m.group("fverb") or m.group("nverb") or ""  # (bodies: found dead)
            if _UNSTATED.fullmatch(verb) and not _FATE.match(text, m.end()):
                unstated += parsed[0]  # 已找到8人: alive or dead, the text does not say
        if last is None or found > missing.value:
            return None  # 5人失踪，20人获救: others rescued, not the missing
        value = missing.value - found
        if value <= 0 and _NOT_FOUND_YET.search(text, last.end(), stop) is not None:
            # 1人失联｜…2人落水。…将其中1人救起…；另1名62岁村民下落不明: one of the others found, not the missing
            return None
    quote = text[missing.start : last.end()]  # 5人失联，其中2人已被找到
    if last.start() < missing.start:
        quote = f"{last.group()}……{missing.quote}"
    elif len(quote) > _WHOLE_QUOTE or "\n" in quote:
        # a headline's 2人失联, the body's …另1人仍在搜寻: the two, not the whole report between them
        quote = f"{missing.quote}……{last.group()}"
    return replace(missing, value=value, quote=quote, update=True, found_unstated=unstated)


_TRAPPED = Prefiltered(
    re.compile(
        rf"(?:仍有|尚有|还有|另有|目前仍有|现仍有)(?P<num>{NUM})(?:余|多)?(?:名|人|位)[^，,。；;！!？?\d]{{0,6}}?(?:被困|被埋|受困)"
        rf"|(?P<num2>{NUM})(?:余|多)?(?:名|人|位)[^，,。；;！!？?\d]{{0,6}}?(?:仍|尚|仍然|依然)(?:被困|被埋|受困)"
        # the rest of those trapped, still searched for (已有10人升井，其余12人仍在搜救中)
        rf"|(?:其余|剩余|剩下的?)(?P<num3>{NUM})(?:余|多)?(?:名|人|位)[^，,。；;！!？?\d]{{0,4}}?(?:仍|尚|还)"
        r"(?:在|处于)?(?:被困|受困|被埋|搜救|救援|营救|待救|未升井|未脱困|未获救)"
    )
)


def still_trapped(text: str) -> tuple[float, str] | None:
    """How many people ``text`` says are still trapped (``仍有6人被困井下``, ``3名矿工仍被困``, ``7名
    工人被困 已救出4人``: three), with the words, or ``None`` (also when all are out)."""
    found = trapped_now(text)
    return found if found is not None and found[0] > 0 else None


def trapped_now(text: str) -> tuple[float, str] | None:
    """:func:`still_trapped`, with ``0`` when ``text`` says everyone trapped is out (``7名工人被困
    已救出7人``, ``5名矿工被困，…已全部获救``): the latest state of a rescue, for the 简要信息."""
    if ("困" not in text or ("被困" not in text and "受困" not in text)) and ("埋" not in text or "被埋" not in text):
        return None  # (most texts name none; 困 alone is mostly 困难; a character is tested first, a faster scan)
    m = _TRAPPED.search(text)
    parsed = parse_count(m.group("num") or m.group("num2") or m.group("num3")) if m is not None else None
    if m is not None and parsed is not None:
        return parsed[0], m.group()
    rescued = _some_rescued(text)
    if rescued is not None:
        return rescued  # 7名工人被困 已救出7人: none left
    at_site = _trapped_at_a_site(text)
    if at_site is None and (out := _ALL_RESCUED.search(text)) is not None:
        return 0.0, out.group()  # 被困的5名矿工已全部升井, a later report's
    return at_site


_ALL_RESCUED = re.compile(
    r"(?:被困|受困|被埋)(?:的|人员|群众|矿工|工人|者)*[^，,。；;！!？?]{0,8}?"
    r"(?:已经|已|均已|都已)?(?:全部|全数|悉数|均|都)(?:已|被|已被|成功|安全)*(?:救出|获救|脱困|升井|脱险)"
)
"""Everyone trapped said to be out, their count not repeated (``被困人员已全部获救``)."""


_TRAPPED_SOME = re.compile(
    rf"(?P<num>{NUM})(?:名|人|位)[^，,。；;！!？?\d]{{0,6}}?(?:被困|被埋|受困)"
    rf"[^。；;！!？?]{{0,16}}?(?:(?:已|已经|目前已|现已|先后|成功)+(?:救出|营救出|救起|搜救出)了?(?P<out>{NUM})(?:名|人)"
    rf"|(?:(?:已有|目前已有)(?P<out3>{NUM})(?:名|人)(?:已|已经|均已|先后|成功)*|(?P<out2>{NUM})(?:名|人)(?:已|已经|均已|先后|成功|被)+)"
    r"被?(?:救出|获救|救起|脱困|脱险|升井)"
    # some of them dead (12名矿工被困，其中9人已遇难): no longer trapped, the deaths counted as deaths
    rf"|(?:其中|已有|目前已有)(?P<dead>{NUM})(?:名|人)(?:已经|已确认|已|确认|均已|不幸)*(?:遇难|死亡|身亡|罹难)"
    # or their bodies found (3人被埋，目前已挖出2具遗体)
    rf"|(?:已|已经|目前已|现已|先后|又)+(?:挖出|刨出|找到|发现|搜寻到|搜救出|打捞出|打捞起)了?(?P<bodies>{NUM})具"
    r"(?:遇难者)?(?:遗体|尸体))"
)
"""Some of those trapped rescued (``7名工人被困 已救出4人``, ``2人被埋，…2人已被救出``, ``22人被困，…已有10人
升井``) or dead (``12名矿工被困，其中9人已遇难``, ``3人被埋，目前已挖出2具遗体``), in one sentence: the rest
are still there."""


_TRAPPED_PLAIN = Prefiltered(
    re.compile(rf"(?<![\d.])(?P<num>{NUM})(?:余|多)?(?:名|人|位)[^，,。；;！!？?\d]{{0,6}}?(?:被困|被埋|受困)")
)
_SITE = re.compile(r"井下|矿|塌方|坍塌|倒塌|废墟|爆炸|透水|冒顶|滑坡|泥石流|隧道|山洪|洪水|地震")
"""Where people trapped may die (a mine, a collapse, a landslide), not a lift or a locked room."""
_ALL_OUT = re.compile(
    r"(?P<out>(?:全部|均已|均|都已|都|已全部|全部都)(?:被|已)?(?:救出|获救|脱困|升井|脱险|找到)"
    # out, right after the word (峡口镇一老旧民房坍塌 1人被埋获救)
    r"|(?<=[困埋])后?(?:获救|脱困|脱险))"
    r"|(?:全部|均已|均|都已|都|已全部|全部都)(?:被|已)?(?:遇难|死亡)"
    r"|(?:未|没有|没)(?:造成|发生|有)(?:人员)?(?:伤亡|死亡)|无人员?(?:伤亡|死亡)"
)


_COUNT_ALL_OUT = Prefiltered(
    re.compile(
        rf"(?P<num>{NUM})(?:名|人|位)[^，,。；;！!？?\d]{{0,6}}?"
        # (when they came out: 2名被埋工人于当晚7时许被救出)
        r"(?:[^，,。；;！!？?\d]{0,4}\d{1,2}[时点](?:\d{1,2}分)?(?:许|左右)?)?"
        r"(?P<out>(?:(?:均|全部|都|全都|均已|都已|已全部)(?:已|被|已被|成功|安全|顺利)*|(?:已|被|已被|成功|安全|顺利)+)"
        # (or brought ashore: 将被困在河心洲的2名村民安全转移上岸)
        r"(?:救出|获救|脱困|升井|脱险|转移上岸|救上岸|转移至安全地带))"
    )
)
"""As many as were trapped said to be out, later in the text (``4人均被救出``, ``2人被成功救出``,
``2名被埋工人于当晚7时许被救出``)."""


_THE_ONE_OUT = re.compile(
    r"(?:被困|受困|被埋)(?:的)?[\u4e00-\u9fff]{1,4}?(?:于[^，,。；;！!？?]{1,12}?)?"
    r"(?:已经|已|被|已被|成功|安全|顺利)+(?:救出|获救|救起|脱困|脱险|升井)"
)
"""The one person trapped named by it, said to be out later in the text (``被埋村民于当日6时许被救出``)."""


_ANOTHER = re.compile(r"另据|另讯|又讯|另一(?:起|处|场)|(?<!相)邻(?:县|市|省|区|镇|乡|村)|隔壁")
"""Words that tell another place or incident (另据报道, 邻县)."""


_ONE_OUT = re.compile(
    r"(?P<out>(?:已|被|已被|成功|安全|顺利)+(?:救出|获救|救起|脱困|脱险|升井)"
    r"|(?:经|经过)?(?:救援|搜救|施救|营救)后?(?:已被|已|被)?(?:送医|送往医院|送至医院|送院)"
    r"|(?:已被|已|被)(?:送医|送往医院|送至医院|送院))"
)
"""One person trapped said to be out, with no 全部 (老人被成功救出, 1人被埋，经救援后送医)."""


def _trapped_at_a_site(text: str) -> tuple[float, str] | None:
    """People trapped at a site where they may die, told in a sentence of its own (``井下共有作业人员
    46人，已升井37人，9人被困``), not in a drill's; ``0`` when everyone there is said to be out
    (``5名矿工被困，…已全部获救``)."""
    sentences: Sentences | None = None
    none_left: tuple[float, str] | None = None
    at_a_site: dict[int, bool] = {}  # by sentence: each judged once (a text of many counts stays linear)
    all_out: list[re.Match[str]] | None = None  # the text's counts said out, found once
    for m in _TRAPPED_PLAIN.finditer(text):
        sentences = sentences or Sentences(text)
        begin = sentences.start_of(m.start())
        if begin not in at_a_site:
            sentence = sentences.until(begin, m.end())
            at_a_site[begin] = bool(_SITE.search(sentence)) and not imagined_scene(sentence)
        parsed = parse_count(m.group("num"))
        if parsed is None or not at_a_site[begin]:
            continue
        # 5名矿工被困，…已全部获救: none left (8名作业人员被困，虽经救援未造成人员伤亡: none hurt, unsaid whether out)
        out = _ALL_OUT.search(text, m.end(), m.end() + 40)
        if out is None and parsed[0] == 1:  # 一名老人被埋，…老人被成功救出: the one is out
            out = _ONE_OUT.search(text, m.end(), m.end() + 40)
        if out is not None and _ANOTHER.search(text, m.end(), out.start()):
            out = None  # 3名工人被埋。另据报道，邻县一处民房被困人员已全部救出: another site's
        if out is None:
            # 4名作业人员被埋。…（the rescue）…截至当晚8时，4人均被救出: the same count, all out
            all_out = list(_COUNT_ALL_OUT.finditer(text)) if all_out is None else all_out
            out = next(
                (o for o in all_out if o.start() >= m.end() and parse_count(o.group("num")) == parsed),
                None,
            )
            if out is not None and _ANOTHER.search(text, m.end(), out.start()):
                out = None
        later = _ALL_RESCUED.search(text, m.end()) if out is None else None
        if later is None and out is None and parsed[0] == 1:
            # 1名村民被埋。…被埋村民于当日6时许被救出: the one named by being buried, later out
            later = _THE_ONE_OUT.search(text, m.end())
        if later is not None and not _ANOTHER.search(text, sentences.start_of(later.start()), later.start()):
            # 3名施工人员被埋。…（a paragraph of the rescue）…3名被埋人员全部被救出: told later, naming them
            # (not another site's: 另据报道，邻县一处民房被困人员已全部救出)
            if none_left is None:
                none_left = 0.0, later.group()
            continue
        if out is None:
            return parsed[0], m.group()
        if out.group("out") is not None and none_left is None:
            none_left = 0.0, text[m.start() : out.end()]
    return none_left


_OUT_WORDS = ("救", "升井", "脱困", "脱险", "遇难", "死亡", "身亡", "罹难", "具")
"""One of which every match of :data:`_TRAPPED_SOME` holds."""


def _some_rescued(text: str) -> tuple[float, str] | None:
    """How many of those trapped are left once some are rescued or found dead (``7名工人被困 已救出4人``:
    3; ``12名矿工被困，其中9人已遇难``: 3; 0 when all were), with the words, or ``None``."""
    if not any(word in text for word in _OUT_WORDS):
        return None
    for m in _TRAPPED_SOME.finditer(text):
        # rescued, or dead
        gone = m.group("out") or m.group("out2") or m.group("out3") or m.group("dead") or m.group("bodies")
        trapped, out = parse_count(m.group("num")), parse_count(gone)
        if trapped is not None and out is not None and 0 < out[0] <= trapped[0]:
            return trapped[0] - out[0], m.group()
    return None


_SO_FAR = re.compile(r"(?:已有|已经有|目前已有|现已有|截至目前已有|目前|至今已有)$")
"""A death toll told so far, right after the missing (``7人失联 目前已有4人遇难``)."""
_DEAD_BEFORE = re.compile(_DEAD_WORDS)


def dead_among_missing(text: str, figures: Mapping[Kind, Mention]) -> str | None:
    """The quote of a death toll told so far after a count of the missing (``7人失联 目前已有4人
    遇难``), or risen since, with no death stated before the missing (``七人失踪续：遇难人数增至4人``),
    whose dead may be among the missing; ``None`` for any other pair (``9人失联、2人死亡``: a list,
    each its own; the missing counted with the dead or reduced by those found already)."""
    deaths, missing = figures.get(Kind.DEATHS), figures.get(Kind.MISSING)
    if deaths is None or missing is None:
        return None
    if missing.with_deaths or missing.update or missing.start > deaths.start or deaths.value > missing.value:
        return None
    risen = deaths.update and _DEAD_BEFORE.search(text, 0, missing.start) is None
    if not risen and _SO_FAR.search(text, max(0, deaths.start - 6), deaths.start) is None:
        return None
    return text[missing.start : deaths.start + len(deaths.quote)]


_FIND = re.compile(rf"{_LIVING}|打捞|搜救|搜寻")
"""Words of a search and its finds between two counts of the missing."""


def fewer_after_a_find(text: str, before: Mention, later: Mention) -> bool:
    """Whether ``later`` counts fewer missing than ``before`` after the text tells of a search or a
    find (``载15人遇险失联渔船找到 1人遇难4人失踪``): those still missing, the latest figure, where a
    toll of the missing falls as people are found (not the largest, as a death toll would be)."""
    if later.kind is not Kind.MISSING or before.kind is not Kind.MISSING or later.with_deaths or before.with_deaths:
        return False
    end = before.start + len(before.quote)
    return later.start >= end and later.value < before.value and _FIND.search(text, end, later.start) is not None

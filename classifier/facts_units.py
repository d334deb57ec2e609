"""The units of the directory a text names as responding (:class:`Responders`): named before a response
verb in their clause, by name or by shorthand, a township's government by its cadres.
"""

from __future__ import annotations

import re

from classifier.elsewhere import name_forms
from classifier.facts_patterns import CLAUSE_END, PARTIES, RESPONSE, quote_around
from classifier.keywords import longest_first
from classifier.sentences import Sentences
from classifier.shorthands import LEVEL, Shorthands
from models.directory import UnitDirectory, UnitKind
from models.facts import Fact, FactKind
from models.gazetteer import Gazetteer

_OTHER_BODY = re.compile(
    r"(?:中心)?(?:派出所|卫生院|卫生所|医院|学校|小学|中学|幼儿园|敬老院|村委会|居委会|社区|供电所|消防站|农商银行|信用社)"
    # (a village right after the name; not its government's clause, 廿八都镇政府组织村干部…救援)
    r"|(?!政府|党委|党工委|办事处)[\u4e00-\u9fff]{1,4}?(?:村|中队)(?!镇|乡|干部|民|两委)"
)
"""What, right after a township's name, makes it another body's (峡口镇派出所, 峡口镇中心卫生院, 峡口镇枫石村):
that body responds, not the township government (峡口镇党委政府, 双塔街道办事处 are the township)."""
_TOWNSHIP_GOVERNMENT = re.compile(
    # (镇值班干部接报后立即带领镇村干部赶赴现场, 镇主要领导赶赴现场)
    r"(?:乡镇|镇|乡|街道)(?:党委)?(?:政府|办事处|党工委|党委)|(?:乡镇|镇|乡|街道)(?:值班|分管|包村)?村?干部"
    r"|(?:乡镇|镇|乡|街道)(?:主要|分管)?领导"
    # as people say it (镇里干部和消防很快就到了)
    r"|(?:镇|乡)里(?:的)?(?:干部|工作人员|的人)|(?:镇|乡)里(?=已|派|来|和|都|也)|(?:镇|乡)里的(?=都|也)"
    r"|(?:镇|乡)里(?=[\d一二两三四五六七八九十几好]+个人)"
)
"""A township's government, or its cadres (镇村干部赶到现场)."""
_COUNTY_BUREAU = re.compile(r"(?P<place>[\u4e00-\u9fff]{2})(?:县|区)[\u4e00-\u9fff]{0,6}?(?:局|分局)$")
"""A county's or a district's bureau right before a bare unit name (常山县公安局交警大队)."""
_ANOTHER_LEVEL = re.compile(r"[省市县区州镇乡旗盟]$")
"""The last character of another level's place name, right before a department's bare name (衢州市应急管理局)."""
_LONGEST_REGION = 12
"""How far before a unit's name the name of a level above the jurisdiction is looked for (自治区, 自治州)."""
_TOWNSHIP_BEFORE = re.compile(r"(?:[、，,。；;：:\s和及与]|还有|当地|属地|所在|赶来的|赶到的)$")
"""A township's government named without its name (镇政府, 当地街道办事处, 属地乡镇党委政府: after a
break, a conjunction or 当地/属地/所在, not after a name, 峡口镇政府): the event's township."""
_ASKED_TO = re.compile(r"(?:希望|请求|恳请|恳求|建议|呼吁|(?<![申邀聘提报])请(?!示)|盼)[^，,。；;！!？?]*$")
"""A wish in a unit's clause before it (希望市公安局、工商局等有关部门依法取缔): the unit is asked to act (not
a leader's directive, 要求市应急管理局全力搜救, which it carries out; nor 邀请市地震局专家赶赴现场)."""
_ASKED_REACH = 40
_LISTED = re.compile(
    # (派出所的 消防 还有镇里的都在河里捞: a 的 after one, a comma and a join between)
    r"\s*的?\s*(?:[、，,]\s*)?(?:还有|以及|和|及|与|跟)?\s*"
    # (a volunteers' team between: 消防 蓝天救援队 还有碗窑乡里的干部都在找)
    r"(?:[\u4e00-\u9fff]{2,6}(?:救援队|志愿者|志愿队)\s*(?:[、，,]|还有|以及|和|及|与|跟)?\s*)?"
)
"""What may stand between one unit of a list and the next, the list's verb after its last (消防 应急 环保都去了,
消防 峡口派出所的民警…在水里找)."""
_LISTED_CADRES = re.compile(f"(?:{_LISTED.pattern})(?:(?:镇|乡)里|街道|社区|村里)(?:的)?(?:干部|工作人员|的人)?")
"""A township's (or a community's) cadres after a unit in a list, as people post it (消防 还有乡里都在水库上搜,
消防 派出所 街道的人都来了)."""
_OWN = re.compile(r"(?:我|本)(?:局|委|办|队|大队|中心|镇|乡|街道)(?![长里])")
"""A notice's issuer naming itself (我局立即会同…赶赴现场), the unit its headline opens with (not 本站, a website's)."""
_WITHIN_TOWNSHIP = re.compile(r"境内|辖区内?|一带")
"""Right after a township's name, the ground it names (在碗窑乡境内将嫌疑人抓获): a place, not its government."""
_CALLED = re.compile(r"(?:叫了|喊了|打了|拨打了?|交给|交由)$")
"""A service called or given someone, right before it (村里人叫了120, 交给120了): it responds."""
_RESPONSE_REACH = 200
"""How far after a unit its response verb is looked for, at most (its clause ends sooner: 市应急管理局、
市消防救援大队、市公安局、贺村镇等第一时间赶赴现场)."""


class Responders:
    """Finds the units of a directory named as responding in a text. Build once (it compiles the unit names)."""

    def __init__(self, units: UnitDirectory, gazetteer: Gazetteer) -> None:
        self._unit_of: dict[str, tuple[str, str]] = {}
        for unit in units.units:
            for name in unit.names:
                # (a township's short name alone is a common word as often: 保安 of 保安乡, a security guard)
                if len(name) >= 2 and (unit.kind is not UnitKind.TOWNSHIP or name == unit.name):
                    self._unit_of.setdefault(name, (unit.id, unit.name))
        # a city's department named without its level (消防救援大队, 应急管理局: local news names its own
        # departments so), where one unit that is no township holds that name
        bare: dict[str, set[tuple[str, str]]] = {}
        for unit in units.units:
            if unit.kind is UnitKind.TOWNSHIP:
                continue
            for name in unit.names:
                short = LEVEL.sub("", name)
                if short != name and len(short) >= 3 and short not in self._unit_of:
                    bare.setdefault(short, set()).add((unit.id, unit.name))
        self._bare = frozenset(short for short, holders in bare.items() if len(holders) == 1)
        self._unit_of.update({short: next(iter(bare[short])) for short in self._bare})
        self._units = re.compile(longest_first(self._unit_of)) if self._unit_of else None
        # 衢州市公安局: the department of a level the jurisdiction belongs to, whose name ends in ours (市公安局)
        above = [form for name in gazetteer.region if name != gazetteer.jurisdiction for form in name_forms(name)]
        self._above = re.compile(f"(?:{'|'.join(map(re.escape, above))})$") if above else None
        self._townships = frozenset(u.id for u in units.townships())
        self._shorthands = Shorthands(units)
        self._township_name = {u.id: u.name for u in units.townships()}
        self._local = gazetteer.jurisdiction

    def find(
        self, text: str, event_terms: tuple[str, ...], sentences: Sentences, township: str | None = None
    ) -> list[Fact]:
        """Units named before a response verb in their clause: its subjects (市应急管理局、市消防救援大队赶赴现场),
        by name or by shorthand (应急、消防等部门迅速到场: :mod:`classifier.shorthands`); a township's
        government named without its name (镇政府, 当地街道办事处) is ``township``'s, the one township the
        text places the event in."""
        named = (
            []
            if self._units is None
            else [
                (m.start(), m.end(), *self._unit_of[m.group()])
                for m in self._units.finditer(text)
                # 衢州市 or 浙江省应急管理厅's own: a bare name right after another level's place is theirs
                if m.group() not in self._bare or not _ANOTHER_LEVEL.search(text, max(0, m.start() - 1), m.start())
                if not self._of_a_level_above(text, m.start(), m.group())
                # (常山县公安局交警大队: a brigade of another county's bureau)
                if m.group() not in self._bare or not self._of_another_county(text, m.start())
            ]
        )
        short = [(h.start, h.end, h.unit_id, h.name) for h in self._shorthands.find(text)]
        if named and text[: named[0][0]] in ("", self._local, self._local[:-1]) and ("我" in text or "本" in text):
            # 衢州市生态环境局江山分局关于…的通报 … 我局立即会同…赶赴现场: the issuer, by its own word (江山市市场监督
            # 管理局关于…: the jurisdiction's name before it)
            issuer = named[0][2:]
            short += [(m.start(), m.end(), *issuer) for m in _OWN.finditer(text, named[0][1])]
        if (
            township is not None
            and township in self._township_name
            and ("政府" in text or "办事处" in text or "干部" in text or "镇里" in text or "乡里" in text)
        ):
            name = self._township_name[township]
            short += [
                (m.start(), m.end(), township, name)
                for m in _TOWNSHIP_GOVERNMENT.finditer(text)
                # (镇里干部 as people say it needs no break before it: a voice message runs on, 莫得事镇里干部…过来了)
                if m.start() == 0
                or m.group().startswith(("镇里", "乡里"))
                or _TOWNSHIP_BEFORE.search(text, max(0, m.start() - 3), m.start()) is not None
            ]
        mentions = sorted(named + short)
        responds = [False] * len(mentions)
        for i in reversed(range(len(mentions))):  # (from the last: a list's verb is its last one's)
            start, stop = mentions[i][:2]
            # (within a clause's reach: a text of one run-on clause naming units thousands of times is
            # not scanned to its end for each of them)
            end = CLAUSE_END.search(text, stop, stop + _RESPONSE_REACH)
            if end is not None and text.startswith("确认", end.start() - 2):
                # (经120医护人员确认，叶某某已无生命体征: what it confirmed, in the next clause)
                end = CLAUSE_END.search(text, end.end(), stop + _RESPONSE_REACH)
            clause_end = end.start() if end else min(len(text), stop + _RESPONSE_REACH)
            verb = RESPONSE.search(text, stop, clause_end)
            if _CALLED.search(text, max(0, start - 3), start) is not None:
                responds[i] = True  # 村里人叫了120也没用, 交给120了: the ambulance called or given someone
            elif verb is not None:
                # 贺村火灾最新通报: the place of the event, not a responder
                responds[i] = not _names_event(text[stop : verb.start()], event_terms)
            elif i + 1 < len(mentions) and _LISTED.fullmatch(text, stop, mentions[i + 1][0]):
                # 消防 峡口派出所的民警还有蓝天救援队一直在水里找: one of a list whose last one responds
                responds[i] = responds[i + 1]
            elif (cadres := _LISTED_CADRES.match(text, stop)) is not None:
                # 消防 还有乡里都在水库上搜: a list whose last are a township's cadres, which township unsaid
                end = CLAUSE_END.search(text, cadres.end(), cadres.end() + _RESPONSE_REACH)
                responds[i] = RESPONSE.search(text, cadres.end(), end.start() if end else len(text)) is not None
        out: dict[str, Fact] = {}
        for (start, stop, unit_id, name), responding in zip(mentions, responds, strict=True):
            if not responding or unit_id in out or (unit_id in self._townships and _OTHER_BODY.match(text, stop)):
                continue
            if unit_id in self._townships and (
                text.startswith("关于", max(0, start - 2))
                or _WITHIN_TOWNSHIP.match(text, stop)
                or PARTIES.match(text, stop)  # (塘源口乡一村民清理沼气池时晕倒: where those involved were)
            ):
                continue  # 关于清湖街道一出租房放火案的警情通报, 在碗窑乡境内将嫌疑人抓获: where, not who
            if _ASKED_TO.search(text, max(0, start - _ASKED_REACH), start) is not None:
                continue  # 希望市公安局、工商局等有关部门依法取缔: asked to act, not responding
            begin = sentences.start_of(start)
            sentence = sentences.until(begin, stop)
            quote = quote_around(sentence, start - begin, stop - begin)
            out[unit_id] = Fact(kind=FactKind.UNIT, value=name, unit_id=unit_id, quote=quote)
        return list(out.values())

    def _of_another_county(self, text: str, start: int) -> bool:
        """Whether the bare unit name at ``start`` follows another county's or district's bureau
        (常山县公安局交警大队)."""
        bureau = _COUNTY_BUREAU.search(text, max(0, start - _LONGEST_REGION), start)
        return bureau is not None and not self._local.startswith(bureau.group("place"))

    def _of_a_level_above(self, text: str, start: int, name: str) -> bool:
        """Whether the unit name at ``start`` (市公安局) is the end of the name of a department of a level
        the jurisdiction belongs to (衢州市公安局: the ``region`` of its gazetteer), not ours."""
        if self._above is None or LEVEL.match(name) is None:
            return False
        return self._above.search(text, max(0, start - _LONGEST_REGION), start) is not None


_AGENCY = re.compile(r"局|办|站|台|中心|部门|指挥部|工作组|专家组|监测|救援队")
"""What makes an event word part of a responder's name (市地震局, 防汛抗旱指挥部, 地震救援队)."""


def _names_event(gap: str, event_terms: tuple[str, ...]) -> bool:
    """Whether ``gap`` names the event by one of ``event_terms`` (``贺村火灾最新通报``), not as part of
    a responder's name (``市地震局工作组``)."""
    for term in event_terms:
        at = gap.find(term)
        while at >= 0:
            if _AGENCY.match(gap, at + len(term)) is None and not _WORKED_ON.search(gap, 0, at):
                return True
            at = gap.find(term, at + 1)
    return False


_WORKED_ON = re.compile(r"(?:正在|已|已经|正|连夜|立即|迅速)?对$|对(?:此次|这起|该起|本次|该)?$")
"""The event named as what a unit works on (江山交警正在对事故原因作进一步调查): it responds."""

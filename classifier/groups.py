"""Figures of one kind told group by group, which add up (``行人2死、驾驶员1死``: three dead).

A toll may be split by who the people were: ``造成行人2人死亡、驾驶员1人死亡``, ``2名学生受伤、1名
教师受伤``. Each part names its group, before its number (``行人2人``) or between the number and
the casualty word (``2名行人死亡``); two parts add up when they stand side by side, joined by
``、`` or ``，`` only, and name different groups of people. A part that names no group
(``造成3人死亡、2人受伤``), the same group again, or anything else between the parts
(``驾驶员1人死亡，乘客中有2人死亡``) adds nothing: a figure is then the largest statement of its kind.
"""

from __future__ import annotations

import re

from classifier.casualty_tokens import Mention
from classifier.numbers import CN_NUMERALS

_JOIN = re.compile(r"[、，,]")
"""What may stand between two parts of a toll: one mark, nothing else."""
_CLAUSE_START = "、，,：:；;。！!？?\n 】]"
_LEAD = re.compile(r"(?:造成|导致|致使|致|其中|共有|共|有)+")
"""Words before a group that are not its name (造成行人2人死亡)."""
_INSIDE = re.compile(
    rf"[\d{CN_NUMERALS}]+(?:名|位|个|人)?(?P<group>[\u4e00-\u9fff]{{2,5}}?)(?=死|遇难|身亡|丧生|罹难|受伤|重伤|轻伤|失踪|失联)"
)
"""A group named between the number and its casualty word (2名行人死亡)."""
_GROUP = re.compile(
    r"(?:行人|路人|驾驶员|驾驶人|司机|乘客|乘车人|乘坐人|乘员|船员|旅客|游客|村民|居民|工人|矿工|职工|施工人员|学生|小学生|中学生"
    r"|教师|老师|儿童|小孩|孩子|成人|大人|老人|男子|女子|男性|女性|民警|消防员|救援人员|骑手|骑车人|车主|店主|住户|租户"
    r"|员工|游泳者|群众|押运员|装卸工|搬运工)"
)
"""Groups a toll is told by (a closed list: a word before a figure is more often something else,
``现场2人死亡``, ``车上5人遇难``)."""
_PASSING = re.compile(r"^(?:路过|过路|途经|附近|过往|候车|等车|在场|现场|施工|作业|码头|工地|车间)的?")
"""Those passing, waiting or at work nearby, before their group (造成住户2人死亡、路过行人1人死亡, 候车行人2人死亡)."""
_VEHICLE = re.compile(
    # (电动三轮车上2人死亡, 集卡司机1人死亡)
    # (by its size too: 小型轿车驾驶员1人死亡)
    r"(?:第[一二三四五六七八九十\d]+辆车?|(?:大型|小型|微型|重型|中型|轻型|大|小|电动)?(?:客车|货车|轿车|大巴车?|中巴车?|公交车|面包车|三轮车|摩托车"
    r"|集卡|半挂车|牵引车"
    # (a tanker: 中巴车上7人死亡、槽罐车上3人死亡)
    r"|(?:液化气|危化品|油)?槽罐车"
    r"|电动车|电瓶车|电动自行车|自行车|农用车|拖拉机|渣土车|罐车|卡车|越野车|出租车|私家车|校车))(?:上|内|里|中)?的?"
    rf"(?:{_GROUP.pattern})?"
)
"""The people of one vehicle, named by it (``客车上8人死亡、货车上2人死亡``, ``第一辆车内2人死亡，第二辆车内1人死亡``,
``客车司机2人死亡、货车司机1人死亡``): a group of its own (not ``车上``, which names no one vehicle)."""
_DOING = re.compile(rf"[\u4e00-\u9fff]{{1,8}}的(?:{_GROUP.pattern})")
"""A group told by what they were doing (菜地里干活的村民2人触电死亡、骑车路过的村民1人触电死亡): a group of its own."""
_JOINED = re.compile(rf"(?:{_VEHICLE.pattern}|{_GROUP.pattern})(?:(?:及|和|与)(?:{_GROUP.pattern}))+")
"""Groups joined as one part (货车驾驶员及押运员2人死亡)."""
_PLACE = re.compile(r"(?![全该本此同邻各])[\u4e00-\u9fff]{1,5}?(?:村|村民小组|社区|镇|乡)")
"""A village's, a community's or a township's people, as one disaster's toll is told place by place
(``上王村2人遇难，下坞村1人遇难``; not ``全村``, ``该村``, which name no other place)."""
_DISASTER = re.compile(r"山洪|洪水|洪灾|水灾|洪涝|内涝|暴雨|降雨|地震|台风|泥石流|滑坡|塌方|雪灾|龙卷风|冰雹|风灾|海啸")
"""A disaster that strikes many places at once, named before a toll told place by place: places count
as groups only after one (城东村2人溺亡，城西村1人溺亡 may be two drownings, whose tolls do not add up)."""
_DISASTER_REACH = 80


_REACH = 60
"""How far back a figure's clause is looked for: a part that names its group is short (事故造成行人2人死亡),
and a run-on text is not scanned from its start for each figure."""


def group_of(text: str, m: Mention) -> tuple[str, int] | None:
    """The group a figure's part names and where its part begins, or ``None``."""
    low = max(0, m.start - _REACH)  # (a clause with no mark for a long way names no group right before)
    clause_start = max(low - 1, *(text.rfind(c, low, m.start) for c in _CLAUSE_START)) + 1
    lead = text[clause_start : m.start]
    causes = [c.end() for c in _LEAD.finditer(lead)]
    if causes:  # 事故造成行人2人死亡: what comes after the cause
        lead = lead[causes[-1] :]
    if lead:
        if (
            _GROUP.fullmatch(_PASSING.sub("", lead))
            or _VEHICLE.fullmatch(lead)
            or _JOINED.fullmatch(lead)
            or _DOING.fullmatch(lead)
            or (_PLACE.fullmatch(lead) and _DISASTER.search(text, max(0, m.start - _DISASTER_REACH), m.start))
        ):
            return lead, clause_start
        return None
    inside = _INSIDE.match(m.quote)
    if inside is not None and (_GROUP.fullmatch(inside.group("group")) or _VEHICLE.fullmatch(inside.group("group"))):
        return inside.group("group"), clause_start
    return None


def another_group(text: str, before: Mention, before_end: int, m: Mention) -> bool:
    """Whether ``m`` is the next part of a toll split by group, ``before`` (ending at
    ``before_end``) the part just before it (``行人2死、驾驶员1死``)."""
    if m.update or before.update or m.start <= before_end:
        return False
    this = group_of(text, m)
    if this is None or _JOIN.fullmatch(text, before_end, this[1]) is None:
        return False
    that = group_of(text, before)
    return that is not None and that[0] != this[0]

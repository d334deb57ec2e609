"""Whom a casualty stated without a number happened to (:mod:`classifier.unnumbered`).

* **How many people a victim list names.** A list joined by 及/和/与/、/以及/还有 counts each
  person: ``杀死妻子及岳父母`` is three (妻子 one, 岳父母 two), ``妻子和女儿遇害`` two. A word
  naming two people counts two (岳父母, 父母, 双亲, 夫妇, 夫妻, 公婆, 母子, 父子, 母女, 兄弟,
  姐妹, 两口子 …), ``一家三口``/``全家四口`` the number it says, colloquial ``仨``/``俩`` three and
  two (``兄弟仨``, ``仨孩子``, ``娘俩``). After the first, a part of the
  list counts only when it ends with a word for people (a kin word, 村民, 行人, 某 …):
  ``撞伤行人和护栏`` is one, ``男子与人斗殴身亡`` one.
* **Whether the one it happened to is an animal or a plant**: the noun phrase *ends* with one
  (``狗``, ``村民家的狗``, ``100余头牛``), not ``狗主人`` or ``养狗的村民``.
* **The part of a clause that is this word's own**: a clause may tell of an earlier happening
  (``一只狗被车撞死后车主打死村民``): what the word's subject or passive marker can be is looked
  for only after the last casualty word, 后 or cause (致, 造成 …) before it.
"""

from __future__ import annotations

import re

from classifier.numbers import CN_NUMERALS, parse_count

_JOIN = re.compile(r"以及|还有|及其|及(?!时)|和|与|(?<![\d一二三四五六七八九十])、")
"""Joins of a list (not the 、 of an enumeration: 3、职工因工死亡)."""
_TWO = re.compile(
    r"(?:外)?祖父母|岳父母|公婆|父母|双亲|夫妇|夫妻|两口子|老两口|小两口|母子|父子|母女|父女|兄弟|姐妹|兄妹|姐弟"
    r"|祖孙|爷孙|奶孙|婆媳|妻儿|父女俩|母女俩|父子俩|母子俩|兄弟俩|姐妹俩|夫妻俩"
)
_FAMILY = re.compile(rf"(?:一家|全家|一家人)(?P<n>[\d{CN_NUMERALS}]+)口")
_PERSON_END = re.compile(
    r"(?:人|者|员|生|民|民工|职工|员工|矿工|女工|童|孩|孩子|妻|妻子|丈夫|夫|父|母|爷|奶|婆|公公|哥|姐|弟|妹|叔|伯|婶|舅|姨|姑|侄|孙|孙女"
    r"|儿|儿子|女儿|子女|媳|婿|邻居|同事|同学|朋友|友|客|警|师|师傅|医生|护士|司机|老板|某|男子|女子|男孩|女孩|少年|青年"
    r"|阿公|外公|老公|老汉|老头|骑手"
    # (a worker by the trade: 装卸工, 搬运工, 钢筋工, 电焊工, 操作工)
    r"|(?:装卸|搬运|钢筋|电焊|焊|电|木|瓦|泥|油漆|架子|操作|维修|保洁|勤杂|临时|合同|小)工"
    # (一名妇女在帮忙收稻谷时衣袖被卷入收割机, 孕妇, 姑娘, 老太, 小伙子, 宝宝)
    r"|妇|妇女|少女|女士|男士|娘|老太|太太|小伙子?|宝宝|大妈|大叔"
    r"|老人|小孩|家属|亲属|父母|岳父母|公婆|双亲|夫妇|夫妻|两口子|母子|父子|母女|父女|兄弟|姐妹|兄妹|姐弟|妻儿"
    # who is named by a post or by what is theirs (船长和2名船员, 车主及1名乘客)
    r"|(?:列车|轮机|船|机|舰|车|班|队|组|村|校|院|站|厂|所|店|家|矿|工|乡|镇|县|市|局|科)长|大副|二副|水手|舵手|领队|导游"
    r"|教练|保安|保姆|保洁|帮工|果农|菜农|茶农|(?:店|车|船|房|户|业|雇|货|摊)主"
    # (one told by what they did, as people post it: 老板娘和一个吃夜宵的被炸伤了)
    r"|(?:一个|一名|一位)[^的，,。；;、\d]{1,5}的)$"
)
_NON_PERSON = re.compile(
    # (not a vaulting box: 跳山羊; nor a place: 虎山街道)
    r"鸡|鸭|鹅|猪|牛|(?<!跳山)羊|狗|犬|猫|鸟|禽|畜|鱼|虾|蟹|鳄|虎(?![山门丘])|狮|熊|蛇|兔|驴|骡|蜂|蚕|鼠|动物(?!园)|生物|树|苗|林木|作物|庄稼"
    r"|植物|蔬菜|小菜|草木|花草|草坪|草皮|绿植|花木|花卉"
)
_PERSON_AFTER_ANIMAL = re.compile(
    r"人|主|者|民|户|员|工|农|倌|贩|商|老板|司机|孩|童|男|女|儿子|妻|夫|父|母|爷|奶|婆|友"
)
"""A person named after an animal word in one noun phrase (狗主人, 养狗的村民, 鱼塘承包户, 驴友)."""
_OBJECT_END = re.compile(
    r"后|之后|以后|然后|随后|并|再|又|案(?!发)|潜逃|逃跑|逃逸|逃离|外逃|自杀|自首|投案|被|在|时|于|致|导致|造成|[，,。；;！!？?：:\s]"
    # (or an emoji, a bracket or a quote mark: 直接杀死比赛🏀🔥)
    r"|[^\w、]"
)
"""Where the victims after a verb end (杀死妻子及岳父母后潜逃: 妻子及岳父母)."""
_SUBJECT_TAIL = re.compile(
    r"(?:被.*|遭.*|(?:当场|不幸|均|都|全部|先后|相继|同时|已经|已|双双|一起|一同|也|惨|又|皆)+)$"
)
"""What follows the victims before a word of dying (妻子和岳父母被歹徒杀害, 父子双双溺亡)."""
_OWN = re.compile(
    r".*(?P<word>[死伤亡]|身故|丧生|遇难|罹难|遇害|失踪|失联|下落不明|被困|中毒|后|致|造成|导致|引发|酿成)", re.S
)
"""Up to the last casualty word, 后 or cause in a clause: what comes before is another happening."""


_POISONED = re.compile(r"中毒$")
_SAME_ONES = frozenset({"被困", "后"})
"""What the same people may go on from to die in one clause (被困…遇难, 溺水后身亡)."""


def own_part(before: str) -> str:
    """The part of the clause ``before`` a casualty word that can name whom it happened to."""
    m = _OWN.match(before)
    return before[m.end() :] if m else before


def is_animal(phrase: str) -> bool:
    """Whether the noun phrase ``phrase`` ends with an animal or a plant (狗, 村民家的狗; not 狗主人)."""
    ends = [m.end() for m in _NON_PERSON.finditer(phrase)]
    return bool(ends) and _PERSON_AFTER_ANIMAL.search(phrase, ends[-1]) is None


_COUNTED_ANIMALS = re.compile(rf"[\d{CN_NUMERALS}]+(?:余|多)?(?:只|头|匹|羽|条)(?P<noun>[\u4e00-\u9fff]{{1,4}})")


def animals_counted(part: str) -> bool:
    """Whether the clause ``part`` before a word of harm is about animals counted, no one named after them
    (13只山羊疑因误食喷洒农药的青草中毒, 养殖户的200余只鸡疑似): what befalls them befalls no one."""
    last = None
    for counted in _COUNTED_ANIMALS.finditer(part):
        last = counted
    return last is not None and is_animal(last["noun"]) and _PEOPLE_AFTER_ANIMALS.search(part, last.end("noun")) is None


_PEOPLE_AFTER_ANIMALS = re.compile(
    rf"[\d{CN_NUMERALS}]+(?:余|多)?(?:名|人|位)|致|导致|造成|咬|撞|踢|顶|踩|把|将|人员|村民|主人|饲养员|养殖户|工人|群众"
)
"""After the animals, people counted or named, or what the animals did to someone (3头牛受惊撞倒1名老人)."""


def is_people(phrase: str) -> bool:
    """Whether the noun phrase ``phrase`` ends with a word for people (船上渔民, 有人; not 渔船)."""
    return _PERSON_END.search(phrase) is not None and not is_animal(phrase)


_PERSON_WORD = re.compile(_PERSON_END.pattern.replace(")$", ")"))


def names_people(phrase: str) -> bool:
    """Whether ``phrase`` names people anywhere and no animal after them (女孩放学后)."""
    return _PERSON_WORD.search(phrase) is not None and not is_animal(phrase)


def people_before_animal(phrase: str) -> bool:
    """Whether ``phrase`` names people, then what they did to an animal (业主寻猫, 男子遛狗途中): the
    people are its subject; not their animal (村民家的狗, 男子养的狗)."""
    m = _NON_PERSON.search(phrase)
    if m is None:
        return False
    # (a word for people right before the animal is part of its name: 生猪, 奶牛, 母猪)
    people = [p.end() for p in _PERSON_WORD.finditer(phrase, 0, m.start()) if p.end() < m.start()]
    return bool(people) and _OWNED.search(phrase, people[-1], m.start()) is None


_OWNED = re.compile(r"[的家之]")


def _people_in(part: str) -> int:
    family = _FAMILY.search(part)
    if family is not None:
        parsed = parse_count(family.group("n"))
        if parsed is not None:
            return int(parsed[0])
    if "仨" in part:  # colloquial three (兄弟仨, 仨孩子), before a word naming two (兄弟)
        return 3
    return 2 if _TWO.search(part) or "俩" in part else 1


def object_phrase(after: str) -> str:
    """The object right after a verb (``妻子及岳父母后潜逃`` → ``妻子及岳父母``)."""
    end = _OBJECT_END.search(after)
    return after[: end.start()] if end else after


def object_victims(after: str) -> tuple[int, int]:
    """How many people the victims right after a verb name (``妻子及岳父母后潜逃`` → 3), and how
    many characters of ``after`` they take; ``(0, 0)`` when there is no object."""
    phrase = object_phrase(after)
    if not phrase:
        return 0, 0
    return _list_count(phrase), len(phrase)


def subject_victims(before: str) -> int:
    """How many people the victims right before a word of dying or being hurt name
    (``妻子和岳父母被歹徒`` → 3, ``父子双双`` → 2, ``一对夫妻在家中煤气中毒`` → 2: a poisoning
    they died of is their own); 1 when no list or pair is named."""
    before = _POISONED.sub("", before)
    earlier = _OWN.match(before)
    own = before[earlier.end() :] if earlier is not None else before  # (as own_part reads it)
    if earlier is not None and earlier["word"] in _SAME_ONES and not names_people(own):
        # no one named after being trapped or a 后: the same people go on (母女俩被困火场不幸遇难,
        # 兄弟俩溺水后身亡)
        own = own_part(before[: earlier.start("word")])
    phrase = _SUBJECT_TAIL.sub("", own)
    both = 2 if "双双" in own[len(phrase) :] else 1
    return max(both, _list_count(phrase)) if phrase else both


def _list_count(phrase: str) -> int:
    parts = [p for p in _JOIN.split(phrase) if p]
    if not parts:
        return 0
    count = _people_in(parts[0])
    for part in parts[1:]:
        if _PERSON_END.search(part) is None or is_animal(part):
            break  # 撞伤行人和护栏, 男子与人斗殴: not a list of people
        count += _people_in(part)
    return count


_ENDS_WITH_JOIN = re.compile(r"(?:以及|还有|及其|及|和|与|、)$")


def listed_before(gap: str) -> int:
    """The people a verb names before the number of its victims (``杀死妻子和2名子女``: the gap
    ``妻子和`` names one); 0 when the gap is no list of people."""
    join = _ENDS_WITH_JOIN.search(gap)
    if join is None or join.start() == 0:
        return 0
    phrase = gap[: join.start()]
    if is_animal(phrase) or _PERSON_END.search(phrase) is None:
        return 0
    return _list_count(phrase)


def listed_after(gap: str) -> bool:
    """Whether ``gap``, between two numbers of people after a verb, ends one part of a list of
    victims and joins the next (``砍伤8名学生和1名老师``: the gap ``学生和``)."""
    join = _ENDS_WITH_JOIN.search(gap)
    if join is None:
        return False
    phrase = gap[: join.start()]
    return not phrase or (is_people(phrase) and re.search(rf"[\d{CN_NUMERALS}]", phrase) is None)


_SUBJECT_JOIN = re.compile(
    rf"(?:以及|及(?!时)|和|与|(?<![\d{CN_NUMERALS}])、)"
    rf"(?:[^{CN_NUMERALS}\d，,。；;、：:（）()]{{0,4}}?的|车上|车内|船上|机上|同车|同行|另外|另|其他|其余)?$"
)
"""A join before the number of a clause's victims, with the place or group they were in
(驾驶人吴某及车内的1名乘客, 司机和车上2名乘客)."""


def listed_subject(before: str) -> tuple[int, int]:
    """The people a clause names before the number of its victims, joined to it by 及/和/与
    (``造成驾驶人吴某及车内的1名乘客当场死亡``: the driver, one), and where they start in
    ``before`` (the clause up to the number); ``(0, len(before))`` when none are named.

    Only the part after a cause or a casualty word can name them (:func:`own_part`); a list with
    numbers of its own counts them (``1名司机和5名乘客受伤``: six), unless a part of it is no count of
    people."""
    join = _SUBJECT_JOIN.search(before)
    if join is None:
        return 0, len(before)
    own = own_part(before[: join.start()])
    phrase = re.sub(r"^(?:造成|导致|致使|致|使|其中|包括|当场|共|有)+", "", own)
    phrase = _A_PAIR.sub("", phrase)  # 一对夫妻和他们的两个孩子: the pair, two
    family = _FAMILY.search(phrase)
    if not phrase or not (is_people(phrase) or (family is not None and family.end() == len(phrase))):
        return 0, len(before)
    if re.search(rf"[\d{CN_NUMERALS}]", phrase) is None or (family is not None and family.end() == len(phrase)):
        return _list_count(phrase), join.start() - len(phrase)
    first = _NUMBERED_START.search(phrase)
    if first is None:
        return 0, len(before)
    if first.start() and not _ENDS_WITH_JOIN.search(phrase, 0, first.start()):
        phrase = phrase[first.start() :]  # 斗殴中3名男子和2名女子: from the first number
    counted = _numbered_list(phrase)  # 1名司机和5名乘客受伤: six
    return (counted, join.start() - len(phrase)) if counted else (0, len(before))


_A_PAIR = re.compile(rf"^一对(?=[老小年]?(?:{_TWO.pattern})$)")
"""``一对`` before a word naming two (一对夫妻, 一对老夫妇): the word counts them."""
_NUMBERED_START = re.compile(rf"(?:\d+|[{CN_NUMERALS}]+)(?:名|人|位|个)")
_NUMBERED = re.compile(rf"(?P<num>\d+|[{CN_NUMERALS}]+)(?:名|人|位|个)(?P<who>[^\d{CN_NUMERALS}]+)")


def _numbered_list(phrase: str) -> int:
    """The people a list with numbers names (``1名司机``, ``3名男子和2名``: the parts before the
    last number), or 0 when a part is no count of people (``3起事故和``, ``一家三口``)."""
    count = 0
    for part in (p for p in _JOIN.split(phrase) if p):
        numbered = _NUMBERED.fullmatch(part)
        if numbered is None and _FAMILY.fullmatch(part):
            count += _people_in(part)  # 一家三口和2名邻居
            continue
        if numbered is None:
            if re.search(rf"[\d{CN_NUMERALS}]", part) or not is_people(part):
                return 0
            count += _people_in(part)
            continue
        parsed = parse_count(numbered.group("num"))
        if parsed is None or not is_people(numbered.group("who")) or _SURVIVORS.search(numbered.group("who")):
            return 0  # 2名幸存者和3具遗体: the survivors are no victims
        count += int(parsed[0])
    return count


_SURVIVORS = re.compile(r"幸存|生还|获救|被救|救出|脱险|无恙")


_TAIL = re.compile(r"(?:被.*|遭.*|(?:当场|不幸|均|都|全部|先后|相继|同时|已经|已|一起|一同|也|皆|等)+)$")

_KIN_JOINED = re.compile(r"(?:以及|还有|及|和|与)(?:其|他们的|她们的|他的|她的|两人的|二人的)?(?P<kin>.+)")
_ONE_KIN = re.compile(
    r"妻子|丈夫|老公|老婆|老伴|女儿|儿子|父亲|母亲|爸爸|妈妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|孙子|孙女|外孙|外孙女"
    r"|哥哥|姐姐|弟弟|妹妹|儿媳|女婿|岳父|岳母|公公|婆婆"
)
"""A kin word naming one person (not 孩子, 子女 or 家人: how many is not written)."""


def kin_after(gap: str) -> int:
    """The people a list of kin names after the number of its victims, each kin word its own
    number (``夫妻二人及其女儿身亡``: the gap ``及其女儿`` names one); 0 when the gap names no kin
    of a written number (``2名学生和家长``: how many parents is not written)."""
    joined = _KIN_JOINED.fullmatch(_TAIL.sub("", gap))
    if joined is None:
        return 0
    count = 0
    for part in _JOIN.split(joined.group("kin")):
        if _ONE_KIN.fullmatch(part):
            count += 1
        elif _TWO.fullmatch(part) or _FAMILY.fullmatch(part):
            count += _people_in(part)
        else:
            return 0
    return count


def unnumbered_after(gap: str) -> str | None:
    """The people a list names after the number of its victims without a number of their own
    (``2名学生和家长受伤``: the gap ``学生和家长`` names 家长; ``夫妻二人及其子女``: 子女), or ``None``:
    how many they are is not written, so the figure is a lower bound."""
    phrase = _TAIL.sub("", gap)
    joined = _KIN_JOINED.fullmatch(phrase)
    if joined is not None:  # 夫妻二人及其子女: the number's own people, then the others
        phrase = "人和" + joined.group("kin")
    parts = [p for p in _JOIN.split(phrase) if p]
    if len(parts) < 2 or len(parts) != len(_JOIN.findall(phrase)) + 1:
        return None
    if re.search(rf"[\d{CN_NUMERALS}]", phrase) or not all(is_people(p) for p in parts):
        return None
    return "、".join(parts[1:])


_GROUP = re.compile(
    r"(?<![\d{CN_NUMERALS}余多第])(?:(?P<n>\d|[两二三四五六七八九])(?:名|位|个)(?P<who>[^\d，,。；;、：:的]{0,4})"
    # (or by what they do: 3名骑友, 4名外卖骑手; the longest word first, the whole of 3名外墙施工工人)
    r"(?:男子|女子|男孩|女孩|孩子|儿童|学生|少年|青年|老人|村民|游客|驴友|工人|渔民|司机|乘客|亲友|亲属|人|者|员|民|工|生|友|手|农)"
    r"|(?:一家|全家|一家人)(?P<family>[两二三四五六七八九])口"
    # (kin counted: 昨夜被困火场的祖孙三人经全力抢救，终因伤势过重…相继离世)
    r"|(?:祖孙|母子|父子|母女|父女|夫妻|兄弟|姐妹|兄妹|姐弟)(?:(?P<kin>[两二三四五六七八九])人|(?P<few>仨|俩))"
    # (or brought out together: 3人被救出后送往县人民医院，均经抢救无效死亡)
    r"|(?P<together>[\d两二三四五六七八九])人(?=结伴|相约|一起|一同|一行|(?:均|都|全部)?被(?:救出|抬出|拉出|送往|送到|送医))"
    # (the count first: 仨堂兄弟暑假结伴到村后水库游泳，不幸全部溺亡)
    r"|(?P<few_first>仨|俩)(?:堂|表)?(?:兄弟|姐妹|兄妹|姐弟|孩子|小孩|少年|娃))"
    r"(?=[^的])".replace("{CN_NUMERALS}", CN_NUMERALS)
)
"""A group of people counted (三名工人, 2名男子, 一家三口), two to nine: a figure of ten or more a report
states with its death, and a 余/多 group is no exact figure."""
_COUNTED_PEOPLE = rf"(?:\d|[{CN_NUMERALS}]{{1,3}})(?:名|位|个)[^\d{CN_NUMERALS}，,。；;、：:的和与及]{{1,4}}?"
_LISTED_GROUPS = re.compile(
    rf"(?<![\d{CN_NUMERALS}余多第]){_COUNTED_PEOPLE}(?:(?:以及|和|与|及(?!时)|、){_COUNTED_PEOPLE})+"
    r"(?=先后|相继|一起|一同|同时|均|都|也|在|因|被|[，,])"
)
"""Groups counted and joined, before what they did (两名村民和一名民警先后下水): one group of them all."""
_BEFORE_GROUP = re.compile(r"载|有(?!限)|将|把|被|与|和|同|跟|对|向|给|让|叫|带|救|送|发现|看到|找到|遇到|其余|另")
"""What makes a group the object of a clause (载有三名乘客, 发现2名男子, 救出3名工人) or some of
others (其余2名): not the subject a later death goes on from."""
_PASSIVE_MODIFIER = re.compile(r"被[^，,。；;：:的]{1,10}的$")
"""A passive clause describing the group (被困火场的祖孙三人): its 被 makes no object of the group."""
SOME_OF_THEM = rf"[\d{CN_NUMERALS}]+(?:名|人|位|个)|其中|其余|另|有的|部分"
"""People counted, or some of those told before (其中, 另, 部分)."""
_SOME_OF_THEM = re.compile(SOME_OF_THEM)
_OTHERS_BETWEEN = re.compile(
    rf"{SOME_OF_THEM}|[\d{CN_NUMERALS}]+口|伤(?![势重])|救出|救起|获救|脱险|生还|幸存|死|亡|遇难|失联|失踪"
)
"""Between a group and a later death: others counted, some of the group, or another fate told first."""
_NO_ONE_NAMED = re.compile(
    r"无人|发生|产生|民宿|民居|经[^，,。；;！!？?]{0,12}?(?:确认|诊断|检查|抢救|救治)"
    # (the vehicle with them: 兄弟仨开车回家，连人带车掉进路边的深坑，不幸全部遇难)
    r"|连人带(?:车|船|摩托车?|电动车|三轮车?|拖拉机)"
    # (who found them: 次日上午被工友发现一氧化碳中毒身亡)
    r"|被[^，,。；;！!？?被]{1,6}?发现"
)
"""Words holding a character of a word for people that name no one (无人, 发生, 产生, 民宿, 连人带车), or name those who
found or treated them, not whom it befell (经120医护人员现场确认已无生命体征)."""
_RESCUED_THEN = re.compile(
    r"[^，,。；;！!？?\d]{0,10}?救出(?:后)?(?:立即|随即|迅速|及时|紧急)?(?:送医|送往医院|送院|就医|送往[^，,。；;]{1,10}?医院)?(?=[，,])"
)
"""A clause of the group's rescue (消防员破门救出后送医, 救出后立即送往市人民医院): no other people's fate."""
_GROUP_REACH = 40
"""How far before a death's clause its group may be told (a sentence's first clauses)."""


def names_no_one(own: str) -> bool:
    """Whether the part of a clause before a casualty word names no one of its own (``经抢救无效``,
    ``不慎落水``; not ``其中一人``, ``女主人``)."""
    return _SOME_OF_THEM.search(own) is None and not names_people(_NO_ONE_NAMED.sub("", own))


def group_before(sentence: str, clause_start: int) -> tuple[int, int] | None:
    """How many people a group counted at the start of an earlier clause of ``sentence`` holds, and
    where it starts, when a death or disappearance in the clause at ``clause_start`` names no one of
    its own and goes on from it (``一家三口烧炭取暖，一氧化碳中毒身亡``: three;
    ``3名工人在清理污水池时吸入有毒气体，经抢救无效死亡``: three); ``None`` when no such group is told,
    it is an object (``载有3名乘客``), or others or another fate come between (``两名男子撞倒一名行人，…``,
    ``三人被困，其中…``)."""
    found = None
    for m in _GROUP.finditer(sentence, max(0, clause_start - _GROUP_REACH), clause_start):
        found = m
    if found is None:
        return None
    listed = None
    for m in _LISTED_GROUPS.finditer(sentence, max(0, clause_start - _GROUP_REACH), clause_start):
        if m.start() <= found.start() < m.end():
            listed = m  # 两名村民和一名民警先后下水，不幸遇难: the list, three
    if listed is not None and (counted := _numbered_list(listed.group())):
        start, end = listed.start(), listed.end()
    else:
        start, end, counted = found.start(), found.end(), 0
    opened = max(sentence.rfind(c, 0, start) for c in "，,。；;：:\n") + 1
    head = _PASSIVE_MODIFIER.sub("", sentence[opened:start])
    if _BEFORE_GROUP.search(head) is not None:
        return None
    # (their rescue between, no count of its own: 母子仨被困卧室，消防员破门救出后送医，终因吸入浓烟过多，…死亡)
    between = _RESCUED_THEN.sub("", sentence[end:clause_start])
    # (发生 and 产生 name no one: 一家三口因门窗紧闭使用炭火取暖，发生一氧化碳中毒，经抢救无效死亡)
    if _OTHERS_BETWEEN.search(between) is not None or names_people(_NO_ONE_NAMED.sub("", between)):
        return None
    if counted:
        return counted, start
    if few := found.group("few") or found.group("few_first"):  # 兄弟仨…，不幸遇难: three (俩, two)
        return (3 if few == "仨" else 2, found.start())
    parsed = parse_count(found.group("n") or found.group("family") or found.group("kin") or found.group("together"))
    return (int(parsed[0]), found.start()) if parsed is not None else None

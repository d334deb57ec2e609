"""Poisonings reported without the words 食物中毒 or 一氧化碳中毒 (:func:`poisoning`).

A 中毒 is an incident when the text states its cause or the people it struck, and then it is
either a food poisoning, a public-health event graded also by the food-safety plan, or a gas or
chemical poisoning, an accident:

* **food**: something eaten or drunk before it (``食用未炒熟的扁豆致中毒``, ``误食毒蘑菇中毒``,
  ``喝假酒中毒``) or a place that serves food (``一小食店发生一起疑似中毒事件``, ``食堂``); with no
  中毒 said, what poisons eaten and people struck down in the same sentence (``误食毒蘑菇 2人死亡``,
  ``采吃毒蘑菇昏迷不醒``: :func:`eaten_poison`);
* **gas or chemicals**, or work in a confined space: ``工厂发生气体中毒``, ``煤气中毒``, ``硫化氢中毒``,
  ``农药中毒``, ``在地下管道作业时中毒``;
* **cause unstated**, with people struck (``多名学生出现中毒症状``, ``3名工人中毒``) or, in the
  lead, an incident named (``一起疑似中毒事件``): a public-health event (《国家突发公共卫生事件应急预案》
  covers poisonings of unknown cause).

An early report often names no 中毒 at all, only people taken ill after a meal (``学生食用午餐后出现
呕吐腹泻症状，先后有87名学生就医``, ``多名宾客就餐后身体不适``): :func:`ill_after_eating` reads that as a
suspected food poisoning when the lead says so of several people (a number, ``多名``, ``一批``), not
of one diner (``我吃了外卖后腹泻``, a complaint to the market regulator).

A gas or chemical poisoning at work (a factory, a workshop, workers, work in a confined space; not at
home: ``一家三口煤气中毒``) is 急性工业中毒, which the 条例 counts as serious injury
(:func:`industrial_poisoning`).

中毒 in other senses is no incident: an addiction or a liking (``网络游戏中毒``, ``中毒太深``,
``追剧中毒``), a computer virus (``电脑中毒``), one drunk's ``酒精中毒``, a harm described in general
(``轻则慢性中毒，重则中毒死亡``) or a poisoning feared or prevented
(:func:`classifier.occurrence.reports_incident`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from classifier.contexts import reports_incident_at
from classifier.numbers import CN_NUMERALS
from classifier.prefilter import Prefiltered
from classifier.sentences import SENTENCE_END
from classifier.victims import animals_counted


class Cause(StrEnum):
    FOOD = "food"
    GAS = "gas"
    UNSTATED = "unstated"


FOOD_CAUSE = (
    r"(?:食用|误食|误服|进食|服食|吃了|吃完|吃下|吃过|(?<![饮美零熟主副肉粮面甜寒])食(?=[未生了过用下])|饮用(?!水源|水厂|水水源)|喝了|喝下|喝完"
    r"|食堂|聚餐|就餐|用餐|进餐|烧烤|夜市|大排档|午餐|晚餐|早餐|午饭|晚饭|早饭|中饭|夜宵|校餐|婚宴|晚宴|午宴|团餐|宴席|宴会|饭菜|盒饭|外卖|酒席|小吃店|食店|快餐店|饭店|饭馆|餐馆|餐厅|农家乐"
    r"|喜酒|喜宴|寿宴|大寿|做寿|祝寿|家宴|酒宴|满月酒|升学宴|流水席|吃酒|吃席|办酒|酒席"
    # (feasts by what they mark, a funeral's, a meal served aboard or to a party: 办乔迁宴, 办丧事吃的席, 餐车供餐,
    # 团建吃的)
    r"|乔迁宴|谢师宴|生日宴|百日宴|周岁宴|回门宴|答谢宴|庆功宴|年夜饭|团年饭|豆腐饭|办丧事|吃的席|供餐|配餐|团建|来吃饭|吃饭的"
    r"|丧宴|白事|坝坝宴|长街宴|长桌宴|百家宴"
    # (or a feast's 酒 by what it marks: 办乔迁酒, 周岁酒, 寿酒)
    r"|(?:乔迁|周岁|生日|升学|谢师|结婚|订婚|百日|寿)酒"
    # (a feast told by its tables: 表哥结婚摆了三十几桌; 摆酒)
    r"|摆酒|摆席|摆了?[\d一二两三四五六七八九十几]{1,4}(?:多|来)?桌"
    # (a kindergarten's snack: 某幼儿园午点后，共有104名幼儿出现发热、呕吐症状)
    r"|午点|早点|点心|加餐"
    # (a wild animal cooked: 捕捉野生蟾蜍煮食)
    r"|煮食|蟾蜍|癞蛤蟆|瘦肉精"
    # (a stall's or a dish's: 某学校门口小吃摊的凉面致11名学生腹泻)
    r"|小吃摊|路边摊|凉面|凉皮"
    r"|扁豆|豆角|四季豆|芸豆|蘑菇|毒菌|野生菌|菌子|河豚|野菜|发芽|土豆|剩饭|剩菜|海鲜|贝类|假酒|甲醇|亚硝酸盐|不洁食物|食品(?!厂|公司|企业|有限)|食物)"
)
"""What was eaten or drunk, or where: a food poisoning (食物中毒 itself is a keyword of its own)."""
_FOOD = re.compile(f"{FOOD_CAUSE}[^。！？!?；;\\n]{{0,20}}?中毒")
_WORKERS_ONLY = (
    *("工人", "员工", "职工", "矿工", "民工", "作业人员", "施工人员"),
    *("工作人员", "分拣员", "操作员", "作业员"),
)
"""Workers, whose acute poisoning is told by their word alone (112名工人急性中毒)."""
GAS_CAUSE = re.compile(
    # (or named by its element: 当班的112名工人出现急性氨中毒症状)
    r"(?:气体|毒气|煤气|沼气|燃气|天然气|一氧化碳|二氧化碳|硫化氢|氨气|氯气|液氨|液氯|(?<=急性)[氨氯]|氰化|化学品|化学试剂|农药|苯|甲醛"
    r"|工业|职业)"
    r"[^。！？!?；;\n，,]{0,6}?中毒"
    # charcoal burned in a shut room, the poisoning told after (烧炭取暖 …一家三口都中毒了)
    r"|(?:烧炭|炭火|炭盆|煤炉|炉子)[^。！？!?；;\n]{0,30}?中毒"
    # work in a confined space: 3名工人在地下管道作业时中毒, 清理化粪池时中毒
    # (told as people post it, a space between: 清理反应釜出事了 十来个工人都中毒了)
    r"|(?:作业|施工|清理|清淤|疏通|下井|井下|污水|化粪池|窨井|地窖|菜窖|储罐|罐内|反应釜|管道|矿井|坑道|有限空间|受限空间)"
    r"[^。！？!?；;\n，,]{0,12}?中毒"
    # workers told as acutely poisoned (112名工人急性中毒): 急性工业中毒, whatever poisoned them unsaid
    rf"|(?:{'|'.join(_WORKERS_ONLY)})(?:集体|先后|相继|陆续|均|都|出现|发生)*急性中毒"
)
"""A gas or a chemical before a 中毒, or work in a confined space (煤气中毒, 清理化粪池时中毒)."""


def gas_nearer(food: str) -> bool:
    """Whether a gas or a confined space's work comes between the food words ``food`` opens with and its 中毒
    (``餐馆员工清理化粪池时中毒``): a poisoning at work, not a food poisoning (not workers alone: ``食堂午餐后112名
    工人急性中毒`` ate it)."""
    gas = GAS_CAUSE.search(food, 1)
    return gas is not None and not gas.group().startswith(_WORKERS_ONLY)


_STRUCK = re.compile(
    rf"(?:[\d{CN_NUMERALS}]+(?:余|多)?(?:名|人|位|个)|多名|多人|数名|部分|一批|一家|全家|集体|群体"
    r"|人|者|员|工|友|生|民|童|孩|孩子|儿|师|客|妇|户|家属|老人|妻|夫|父|母|子|女)"
    r"(?:集体|疑似|疑|先后|相继|陆续|均|都|同时|出现|发生|因|被|急性)*中毒"
    r"|中毒(?:症状|反应|迹象|患者|者|人员|病人|学生|工人|事件|事故|身亡|身故|死亡|入院|送医|住院|就医|昏迷|倒地)"
)
"""People struck by a poisoning (多名学生出现中毒症状, 3名工人中毒) or the incident named (中毒事件)."""
_SENSE = re.compile(
    r"(?:游戏|网游|手游|网络|网瘾|电脑|手机|病毒|软件|系统|追剧|刷剧|剧|短视频|抖音|小说|爱情|恋爱|情|文化|思想|鸡汤|洗脑|广告"
    r"|购物|音乐|歌)[^。！？!?；;\n，,]{0,4}中毒"
    r"|中毒(?:太深|很深|已深|过深|不浅|颇深|至深)"
    r"|中毒性|酒精中毒|醉酒|(?:轻则|重则|慢性)[^。！？!?；;\n，,]{0,4}中毒"
)
"""中毒 as an addiction or a computer virus (网络游戏中毒, 中毒太深, 电脑中毒), one drunk's alcohol
poisoning (酒精中毒), or a harm described in general (轻则慢性中毒，重则中毒死亡)."""
_WORD = re.compile(r"中毒")
_ANIMALS_BEFORE = re.compile(rf"[\d{CN_NUMERALS}](?:只|头|匹|羽)[\u4e00-\u9fff]{{0,6}}$")
"""Animals counted right before 中毒 (8头山羊误食中毒): no one poisoned."""
_COUNTED = re.compile(rf"[\d{CN_NUMERALS}]|多名|多人|数名")
LEAD = 120
"""How far into a text a poisoning of unstated cause is reported without people counted."""


@dataclass(frozen=True)
class Poisoning:
    cause: Cause
    quote: str
    """The words it was read from (``食未炒熟扁豆致中毒``, ``气体中毒``, ``出现中毒症状``)."""
    sign: str = ""
    """The poison eaten, when 中毒 is unsaid (``误食毒蘑菇``, ``吃野生菌``): the event's words."""


_ATE_BEFORE = re.compile(r"(?:食用|误食|进食|吃了|吃过|吃下)[^。！？!?；;\n]{0,60}$")
"""Something eaten earlier in the sentence of a pesticide's poisoning: its residue in the food."""


def poisoning(text: str) -> Poisoning | None:
    """The poisoning ``text`` reports as an incident (or, the word 中毒 unsaid, what poisons eaten and
    people struck down: :func:`eaten_poison`), or ``None``."""
    unstated: Poisoning | None = None
    for word in _WORD.finditer(text):
        start, end = word.span()
        if not reports_incident_at(text, start, end) or _in(_SENSE, text, start, end):
            continue
        if _ANIMALS_BEFORE.search(text, max(0, start - 10), start) is not None or animals_counted(
            _clause(text, start, start)
        ):
            continue  # 致邻居家8头山羊误食中毒死亡: animals poisoned
        for cause, pattern in ((Cause.FOOD, _FOOD), (Cause.GAS, GAS_CAUSE), (Cause.UNSTATED, _STRUCK)):
            if (cause is Cause.UNSTATED and unstated is not None) or (caused := _in(pattern, text, start, end)) is None:
                continue
            if cause is Cause.FOOD and gas_nearer(caused):
                cause = Cause.GAS  # 某餐馆员工清理化粪池时中毒: the work nearer the poisoning than where they work
            clause = _clause(text, start, end)
            if cause is Cause.UNSTATED and start > LEAD and _COUNTED.search(clause) is None:
                continue  # a complaint recalling 发生了血铅中毒事件 deep in its body: not its subject
            if cause is Cause.GAS and "农药" in clause and _ATE_BEFORE.search(text, 0, start) is not None:
                cause = Cause.FOOD  # 宾客食用自家种植的蔬菜后…经疾控部门初步判定为有机磷农药中毒: its residue, eaten
            if cause is not Cause.UNSTATED:
                return Poisoning(cause, clause)
            # a headline's 中毒事故, its cause told after it (…3名工人在污水池清理作业时发生中毒): read on
            unstated = Poisoning(cause, clause)
            break
    return unstated or eaten_poison(text)


_WORKPLACE = re.compile(
    r"工厂|厂区|厂房|车间|化工|企业|公司|工人|员工|职工|矿工|民工|作业|施工|工地|矿井|井下|园区|生产|储罐|反应釜|污水处理"
    r"|职业中毒|工业中毒"
    # (staff at work in a lab: 检验科化学试剂泄漏，12名工作人员急性中毒)
    r"|工作人员|实验室|化验室|检验科|医护人员|分拣|仓库|物流"
    # (at work aboard: 一渔船在清理鱼舱时发生硫化氢中毒，致2人死亡、11名船员中毒送医)
    r"|船员|渔民|鱼舱|船舱|货舱"
)
_GAS_NAMED = re.compile(
    r"气体|毒气|煤气|沼气|一氧化碳|二氧化碳|硫化氢|氨气|氯气|氰化|化学品|农药|甲醛|有毒|有害|泄漏|泄露|粉尘|烟气"
    # (a leak as people post it: 厂里有个储罐漏气，车间里十几个工人都中毒了; 不知道漏了啥气)
    r"|漏了?(?:啥|什么|点)?气"
    # (or a pipe burst and what came out seen: 车间里不知道哪根管子破了，一下子满屋子都是白气)
    r"|管(?:子|道)[^，,。；;！!？?]{0,2}?(?:破|裂|爆)|白气|白雾"
    # named as such (发生急性职业中毒，12名工人中毒): a poisoning by what is handled at work
    r"|职业中毒|工业中毒"
    # or by a confined space's gas, where it was (清理污水池的时候出事了十来个工人都中毒了)
    r"|污水池|污水井|化粪池|沼气池|窨井|有限空间|发酵池|沉淀池|废水池|污泥池|调节池"
    # (or the work there: 园区污水处理站清池的时候出事了，二十多个工人都中毒了)
    r"|污水处理|清池|清罐|清理罐"
)
_HOME = re.compile(
    r"家中|家里|民房|住户|居民|一家(?:人|[\d一二三四五六七八九十两]+口)|全家|室内|宿舍|出租屋|洗澡|浴室|车内|村民"
)
_AT_WORK_INSIDE = re.compile(r"车间|厂房|作业期间|上班期间|工作期间|生产期间|生产线|夜班|白班")
"""Workers at work indoors (车间内使用燃煤炉取暖，…12名女工…一氧化碳中毒): their poisoning is 急性工业中毒."""


def industrial_poisoning(text: str) -> str | None:
    """The words of the gas or chemical poisoning at work ``text`` reports (急性工业中毒: ``化工厂
    氯气泄漏…31人中毒``, ``3名工人在污水井作业时中毒``), or ``None`` (also for one at home)."""
    found = poisoning(text)
    if found is None or found.cause is Cause.FOOD or _HOME.search(text) or not _WORKPLACE.search(text):
        return None
    if "取暖" in text and _AT_WORK_INSIDE.search(text) is None:
        return None  # (heating, most often at home: 工地板房里烧炭取暖，两名工人中毒, off work, as at home)
    # the gas or chemical named anywhere (化工厂氯气泄漏致2死31人中毒: not next to its 中毒)
    return found.quote if found.cause is Cause.GAS or _GAS_NAMED.search(text) else None


_EATEN = re.compile(
    # what poisons when eaten: eating it, then falling ill or dying, is a poisoning without the
    # word 中毒 (误食毒蘑菇，2人死亡)
    # (or picked, then cooked: 在山上采了野蘑菇回家炒着吃; who picked it between: 吃了工友从山上采的野生菌)
    r"(?:误食|误服|误将|误把|错把|错将|食用|服食|进食|采食|采吃了|采了|吃了|吃下|吃过|吃|食)[^。！？!?；;\n，,]{0,10}?"
    r"(?:毒蘑菇|毒菌|野生菌|野蘑菇|野生蘑菇|毒菇|毒蕈|见手青|鹅膏|河豚|断肠草|钩吻|毒草|曼陀罗|毒鼠强|老鼠药|鼠药)"
)
_STRUCK_DOWN = re.compile(
    r"死亡|身亡|遇难|不治|丧生|殒命|送医|就医|入院|住院|抢救|昏迷|不适|呕吐|腹泻|腹痛|幻觉|头晕|上吐下泻"
)
"""What befell the people who ate it (in the sentence that tells they ate it)."""


def eaten_poison(text: str) -> Poisoning | None:
    """Something that poisons eaten, and people struck down by it in the same sentence, the word 中毒
    unsaid (``一家三口误食毒蘑菇 2人死亡``, ``3名村民吃野生菌后呕吐送医``): a food poisoning; or ``None``."""
    # (most texts name no such food: a test for a character each of them holds, which is a memchr
    # over the text, before the pattern; a search for a set of characters tests every one of them
    # against the set, 20M instructions on the benchmark's 445 messages)
    if not (
        "毒" in text
        or "菌" in text
        or "蘑" in text
        or "豚" in text
        or "吻" in text
        or "陀" in text
        or "鼠" in text
        or "见手青" in text
        or "鹅膏" in text
    ):
        return None
    for m in _EATEN.finditer(text):
        end = SENTENCE_END.search(text, m.end())
        struck = _STRUCK_DOWN.search(text, m.end(), end.start() if end else len(text))
        if struck is not None and reports_incident_at(text, struck.start(), struck.end()):
            return Poisoning(Cause.FOOD, text[m.start() : struck.end()], m.group())
    return None


def is_food_poisoning(text: str) -> bool:
    """Whether ``text`` names a food poisoning (食物中毒, or what was eaten before a 中毒)."""
    found = poisoning(text)
    return found is not None and found.cause is Cause.FOOD


_SYMPTOMS = (
    r"(?:上吐下泻|呕吐|腹泻|腹痛|恶心|头晕|头痛|发热|发烧|拉肚子|肚子痛|肚子疼|身体不适|不适"
    # (all of them sick, as people post it: 我们班好几个孩子都吐了)
    r"|(?<=[都全])吐了"
    # (a poison's: 宰杀河豚食用后出现口唇麻木、四肢无力症状)
    r"|麻木|四肢无力|抽搐|口唇发紫)"
)
_ILL_AFTER_EATING = Prefiltered(
    re.compile(
        # (the meal, then after it or back from it, the illness: 吃喜酒，好多人回来就上吐下泻)
        # (or that night, next: 办八十大寿寿宴，当晚陆续有43名宾客出现呕吐)
        # (or in the next sentence, opening with its time: …一户村民家中办喜宴。当晚8时许起，陆续有宾客出现腹痛)
        # (what went wrong between: 办满月酒，厨师误用装过农药的塑料桶盛水煮汤，27名宾客出现头晕)
        rf"{FOOD_CAUSE}[^。！？!?；;\n]{{0,20}}?(?:[^。！？!?；;\n]{{0,24}}?[。；;](?=当晚|当天|当日|次日|随后|第二天))?"
        r"(?:后|之后|以后|过后|回来就|回家就|回去就|回家后|当晚|当天|当日|随后|次日"
        # (as people post it: 吃了…野生菌，半夜上吐下泻, 吃完没多久)
        r"|半夜|夜里|第二天|没多久|不久|开始|回来|回家|[吃喝]出(?:事|问题)了?[？?！!]*|出事了?"
        # (the next day as people post it: 昨天团建吃的那家小龙虾，今天部门十几个人都在拉肚子)
        r"|[，,\s](?:今天|今早|早上)"
        # (a later part of the day: 今天中午吃了配送的午饭，下午好多小孩上吐下泻)
        r"|[，,\s](?:下午|晚上|傍晚|当晚|夜里|半夜)"
        # (办喜酒 吃完一百五十多个人上吐下泻)
        r"|吃完|吃过"
        # (the meal, the illness right after: 我们学校一百多个孩子中午吃完饭上吐下泻)
        r"|(?<=吃完饭|吃了饭|完午饭|完晚饭|了午饭|了晚饭)"
        # (what it caused: 一外卖商家出售的凉皮导致9名消费者出现腹泻症状)
        # (or 致 and those it made ill in its clause: 某学校门口小吃摊的凉面致11名学生腹泻)
        rf"|导致|致使|造成|引起|(?<![导一以所招])致(?=[\d{CN_NUMERALS}][^，,。；;！!？?\n]{{0,12}}?{_SYMPTOMS})"
        # (many of a class or a unit in the next clause, no number: 中午吃完学校的饭，我们班好几个孩子都吐了)
        r"|[，,\s](?=[^，,。；;\d]{0,4}?(?:好几个|好多|很多|不少)[\u4e00-\u9fff]{0,3}?(?:人|同学|学生|孩子|小孩|小朋友))"
        # (a canteen's people counted right after it: 某公司食堂21名员工出现恶心呕吐)
        rf"|(?<=食堂)(?=[\d{CN_NUMERALS}]+(?:余|多)?(?:名|位|个))"
        # (or its guests counted in the next clause: 一农户办寿宴，41名宾客出现腹痛腹泻)
        # (or a party's: 中午吃完饭，旅行团一百二十多个游客上吐下泻)
        rf"|[，,\s](?=(?:旅行团|旅游团|团里|全团|全班|班上|厂里|全厂)?[\d{CN_NUMERALS}]+(?:余|多)?(?:名|位|个)?"
        # (a hospital's patients: 为住院患者统一配送的晚餐疑似变质，46名患者陆续出现呕吐腹泻)
        r"(?:宾客|客人|亲友|食客|就餐人员|就餐者|游客|团员|团友|学生|员工|职工|教职工|师生|幼儿|工人|工友|村民|旅客|乘客|患者|病人))"
        # (or counted as people post it, what befell them right after: 办寿宴 一百三十多个上吐下泻去医院挂水)
        rf"|[，,\s](?=[\d{CN_NUMERALS}]+(?:余|多)?(?:个|号人|个人)(?:都)?(?:上吐下泻|呕吐|腹泻|拉肚子))"
        # (those who ate counted right after: 来吃饭的四十多个人都上吐下泻)
        rf"|的(?=[\d{CN_NUMERALS}]+(?:余|多)?(?:个|名|号)?(?:人)?(?:都|全)?(?:上吐下泻|呕吐|腹泻|拉肚子)))"
        rf"[^。！？!?；;\n]{{0,20}}?(?P<symptom>{_SYMPTOMS})"
    )
)
_ILLNESS_CUES = ("吐", "泻", "痛", "恶心", "晕", "热", "烧", "不适", "肚子", "麻木", "无力", "抽搐", "发紫")
"""A character or word every :data:`_SYMPTOMS` holds."""
_SEVERAL = re.compile(
    rf"[\d{CN_NUMERALS}]+(?:余|多|(?<=[十百千])来)?(?:(?:个|号)?(?:名|人|位|例)|个(?=都|全|学生|同学|孩子|小孩|小朋友|工人|工友|村民|宾客|客人|员工|游客|团友|职工|亲戚|亲友|老人"
    # (what befell them right after: 一百三十多个上吐下泻去医院挂水)
    r"|上吐下泻|呕吐|腹泻|拉肚子|去医院|送医院|进医院))"
    r"|(?:好多|很多|许多|不少|好几个)[\u4e00-\u9fff]{0,3}?(?:人|同学|学生|孩子|小孩|小朋友|工人|村民|员工|宾客|客人)|多名|多人|数名|数十|十余|一批|部分|集体|群体|大批|不少"
    # (a family by its name: 老王家三口)
    r"|好多人|很多人|许多人|陆续有|先后有|相继有|家[\d一二两三四五六七八九十]口|全家"
    # (those of an event or a meal taken ill one after another: 参加活动的游客…用午餐后陆续出现呕吐、腹泻等症状)
    r"|(?:游客|宾客|客人|食客|顾客|村民|员工|职工|工人|学生)[^，,。；;！!？?\d]{0,20}?(?:陆续|先后|相继)出现"
    # (a couple: 村里一对老夫妻吃了自己上山采的野蘑菇，半夜上吐下泻)
    r"|一对(?:老)?夫妻|老两口|两口子|夫妻俩"
    # (those at a feast, one after another: 当晚吃席的就陆续上吐下泻)
    r"|(?:陆续|先后|相继)(?=上吐下泻|呕吐|腹泻|拉肚子|发病)"
    # (guests one after another: 次日起宾客陆续出现腹痛、呕吐等症状)
    r"|(?:宾客|客人|亲友|食客|游客|村民|学生|员工)(?:陆续|先后|相继|纷纷)(?:出现)?(?=上吐下泻|呕吐|腹泻|腹痛|拉肚子|发病|不适)"
)
"""Several people, in the sentence of the illness (a number, 多名, 一批): not one diner's complaint."""


@dataclass(frozen=True)
class Illness:
    symptom: str
    """The word of the illness (``呕吐``, ``身体不适``)."""
    quote: str
    """The words it was read from (``食用午餐后出现呕吐``)."""


def ill_after_eating(text: str) -> Illness | None:
    """Several people taken ill after a meal in the lead of ``text`` (a suspected food poisoning
    named without 中毒: ``学生食用午餐后出现呕吐腹泻症状，先后有87名学生就医``), or ``None``."""
    lead = text[:LEAD]
    if "院" in lead and (feast := _FEAST_TO_HOSPITAL.search(lead)) is not None:
        return Illness("送医", feast.group())  # 吃席的有一百二十多个都去医院挂水了: no symptom named
    if ("宴" in lead or "餐后" in lead or "饭后" in lead or "酒" in lead) and (
        treated := _TREATED_AFTER_A_FEAST.search(lead)
    ) is not None:
        # 婚宴后，累计就诊宾客128人 (村办寿宴，累计就诊宾客132人): no symptom named
        return Illness(treated.group("how") or treated.group("how2"), treated.group())
    if not any(cue in lead for cue in _ILLNESS_CUES):
        return None  # (most texts name no symptom: substring tests before the pattern)
    for m in _ILL_AFTER_EATING.finditer(lead):
        sentence_start = max(lead.rfind(c, 0, m.start()) for c in "。！？!?；;\n") + 1
        end = SENTENCE_END.search(text, m.end())
        sentence = text[sentence_start : end.start() if end else len(text)]
        if _SEVERAL.search(sentence) is None:
            continue
        if not reports_incident_at(text, m.start("symptom"), m.end("symptom")):
            continue
        return Illness(m.group("symptom"), m.group())
    return None


_TREATED_AFTER_A_FEAST = re.compile(
    # (or any meal's: 该校午餐后累计就诊学生132人)
    # (the feast over first: 寿宴散席后)
    # (the school or the unit between: 12日午餐后，该校累计就诊学生126人; whoever: 累计就诊职工及患者家属112人)
    r"(?:(?:宴|午餐|晚餐|早餐|午饭|晚饭|就餐|用餐)(?:散席|结束)?后[，,]?|(?:宴|喜酒|酒席|满月酒|寿酒)[，,])(?:该校|该院|该单位|该公司|全校)?"
    # (whoever at length: 累计就诊医护人员及患者家属106人)
    r"(?:(?:累计|先后|陆续|共有?|已有)?(?P<how>就诊|就医|送医|入院)(?:的)?(?:[\u4e00-\u9fff]{0,10}?)(?:达|为|共)?"
    rf"[\d{CN_NUMERALS}]+(?:余|多)?(?:名|人|位)"
    # (the guests counted first: 寿宴后，宾客中先后有68人到医院就诊)
    # (or who they were after their count: 先后有162名村民到医院就诊)
    rf"|(?:宾客|客人|亲友)?中?(?:累计|先后|陆续|共)?有?[\d{CN_NUMERALS}]+(?:余|多)?(?:名|人|位)(?:宾客|客人|村民|亲友|群众)?"
    r"(?:到|去|前往|被送往?)?(?:医院)?(?P<how2>就诊|就医|送医|入院))"
)
"""A feast's guests counted as treated, no symptom named (婚宴后，累计就诊宾客128人; 村办寿宴，累计就诊宾客132人)."""
_FEAST_TO_HOSPITAL = re.compile(
    # (or a meal told gone wrong first: 农家乐那个旅游团吃出事了 一百二十多个都去医院挂水了)
    rf"(?:(?:吃席|吃酒|吃喜酒|喝喜酒|聚餐|就餐|寿宴|婚宴|喜宴|酒席)的(?:人)?\s*(?:有|里有)?|吃出(?:事|问题)了?\s*)"
    # (or by 号人: 吃喜酒的一百五六十号人都去卫生院和县医院挂水了)
    rf"[\d{CN_NUMERALS}]+(?:余|多|(?<=[十百千])来)?(?:个|名|号)(?:人)?"
    # (not visiting someone there: 去医院看了朋友)
    r"(?:都|全)?(?:去|送|到|进|住)(?:了)?(?:[\u4e00-\u9fff]{0,3}?(?:医院|卫生院)|院)(?:(?:和|跟|、|或)[\u4e00-\u9fff]{0,4}?(?:医院|卫生院))?(?:挂水|打点滴|输液|看病)?了?(?=[^\u4e00-\u9fff]|$|听说|现在|还|都)"
)
"""Many of a feast's guests in hospital, as people post it, no symptom named (吃席的有一百二十多个都去医院挂水了)."""
_REACH = 30
_BREAK = re.compile(r"[，,。；;！!？?\n\s]")


def _clause(text: str, start: int, end: int) -> str:
    """The clause around the 中毒 at ``text[start:end]``, at most 20 characters before it."""
    lo = max(0, start - 20)
    before = [m.end() for m in _BREAK.finditer(text, lo, start)]
    after = _BREAK.search(text, end)
    return text[before[-1] if before else lo : min(after.start() if after else len(text), end + 6)]


def _in(pattern: re.Pattern[str], text: str, start: int, end: int) -> str | None:
    """The match of ``pattern`` around the 中毒 at ``text[start:end]`` that contains it, if any."""
    for m in pattern.finditer(text, max(0, start - _REACH), min(len(text), end + 8)):
        if m.start() <= start and end <= m.end():
            return m.group()
    return None

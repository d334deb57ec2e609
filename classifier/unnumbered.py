"""Casualties stated without a number: ``司机当场死亡``, ``一名男子溺亡``, ``致其死亡``, ``刺伤网管``.

Such a statement is a figure of one person, at least, or of each person a list of victims names
(``杀死妻子及岳父母``: three; ``双双身亡``, ``杀死债主母子``: two; :mod:`classifier.victims`),
when it says that someone died, was hurt or is missing:

* deaths: the death words (``身亡``, ``遇难``, ``溺亡``, ``猝死``, ``死于`` …) and the killing verbs
  (``撞死``, ``捅死``, ``杀害``, ``连杀`` of people …; not ``三连杀``,
  ``连杀两局``). ``死亡``, ``牺牲`` and ``殉职`` only as a predicate (the
  clause ends, or ``后``/``前``/``事件``/``事故`` … follows): ``患者抢救后死亡``, not
  ``死亡率``, ``牺牲品``, ``为国牺牲的军人``; ``身故`` only after an incident or a rescue in its
  sentence (``车祸身故``, ``当场身故``; not ``参保人如不幸身故``, a word of insurance and estates).
* the injured: only verbs of hurting (``打伤``, ``刺伤网管``, ``被烧伤``) and ``伤亡`` caused
  (``致人死伤``): a bare ``受伤`` is too often a player's (``训练中手指不幸受伤``), unless people are its
  subject after an incident told in its sentence (``两车发生碰撞，电动车驾驶人受伤倒地``).
* the seriously injured: ``受重伤``, ``伤势严重``, ``严重烧伤``, and ``重伤`` right after
  what caused it (``打致重伤``, ``砍成重伤``, ``致其重伤``); not ``队长重伤``.
* the missing (``失踪``, ``失联``, ``下落不明``), which the 条例 counts with the dead: only as
  a predicate of people (``船上渔民失联``, ``仍有人失踪``), not ``失联党员``, ``失踪多年``, of a
  thing (``卫星失联``), of someone who left owing (``开发商老板失联``) or of people since found
  (``失踪老人已平安找到``). Like ``多人失踪`` (at least two), it is a lower bound.

It is no figure when it names people (``死者家属``), is feared or prevented (``以免``,
``险些``, ``险遭杀害``, ``扬言要砍死``, ``压死人怎么办``), is a rule's condition (``非因工死亡的，``), a title
(``《死亡空间》``) or a rate or document (``死亡率``, ``死亡证``), or when the one who died is an
animal or a plant (``100余头牛溺死``, ``撞死野鸡``, ``树木因见不到阳光而死亡``) or the one hurt
a thing (``误伤汽车``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.numbers import CN_NUMERALS
from classifier.occurrence import advised
from classifier.other_events import PROVIDED
from classifier.victims import (
    animals_counted,
    group_before,
    is_animal,
    is_people,
    names_no_one,
    names_people,
    object_phrase,
    object_victims,
    own_part,
    people_before_animal,
    subject_victims,
)

_BREAK = re.compile(r"[，,。；;！!？?、：:（）()\[\]【】“”\"'\s]")
_UP_TO_LAST_BREAK = re.compile(r".*[，,。；;！!？?、：:（）()\[\]【】“”\"'\s]", re.S)
_ASIDE_BEFORE = re.compile(r"[（(][^（）()。；;]{1,16}[）)]$")
"""Who someone is, in brackets, right before a word (徐某（男，68岁）)."""
_LIST_BREAK = re.compile(r"[，,。；;！!？?：:（）()\[\]【】“”\"'\s]")
_UP_TO_LAST_LIST_BREAK = re.compile(r".*[，,。；;！!？?：:（）()\[\]【】“”\"'\s]", re.S)
"""Clauses of a list of victims, which 、 does not end (妻子、女儿及岳母)."""
_FIRST_OF_LIST = re.compile(r"以及|还有|及其|及(?!时)|和|与|、")
_PREDICATE_ONLY = frozenset({"死亡", "牺牲", "殉职"})
_KIN_OF_THE_DEAD = re.compile(r"(?:的)?(?:矿工|工人|船员|人员|村民|学生|群众|游客|乘客|者)?(?:家属|亲属|遗属|家人)")
"""The kin of those who died named right after the word (遇难矿工家属, 遇难者家属): people named, no figure."""
_PREDICATE_AFTER = re.compile(r"(?:了|后|前|续|时|事件|事故|案|一事|原因不明|被|获|家属|亲属)")
_SACRIFICE_AFTER = re.compile(r"(?:后|前|续|时|事件|一事|被|获|家属|亲属)")
"""牺牲 of a life, not of interests (牺牲了自己的健康, 牺牲品, 牺牲环境)."""
SUDDEN_ILLNESS = "心脏病|心梗|心肌梗|心脏骤停|心搏骤停|突发疾病|疾病突发|自身疾病|猝死|尘肺|职业病"
"""A death of a sudden illness (突发心脏病不幸去世, 猝死) or of a work's disease (因尘肺病相继去世): no incident's."""
_NATURAL = re.compile(
    rf"因病|病逝|病故|患癌|癌症|出血|享年|寿终|自然死亡|{SUDDEN_ILLNESS}|去世|离世"
    # (an illness found the cause: 该婴儿系重症肺炎所致死亡)
    r"|(?:肺炎|疾病|病)所致"
)
"""Deaths of illness or age, with no event behind them (因病去世, 患癌死亡)."""
_ILLNESS = re.compile(rf"因病|病逝|病故|患癌|癌症|出血|享年|寿终|自然死亡|{SUDDEN_ILLNESS}")
_SUDDEN = re.compile(rf"突发(?:{SUDDEN_ILLNESS}|脑溢血|脑出血|心梗|疾病)|{SUDDEN_ILLNESS}发作")
_ILLNESS_FOUND_AFTER = re.compile(
    rf"[，,](?:经[^，,。；;]{{0,8}}?(?:检查|鉴定|确认|诊断)[，,]?)?(?:系|为|是)(?:因)?(?:{_SUDDEN.pattern})"
)
"""The cause of a death found after it, an illness (…已无生命体征，…，系突发脑溢血去世)."""
_HARMED_BEFORE = re.compile(r"抢救无效|医治无效|救治无效|伤势|伤重|不治(?!之症)|受伤|送医|送院|送往医院")
"""Wounds or a rescue before 去世/离世 in its sentence: a death of an incident (送医后经抢救无效去世),
not of illness or age (so is an incident before it: :data:`_INCIDENT`)."""
_INCIDENT = (
    r"事故|车祸|火灾|大火|起火|爆炸|溺水|落水|坠落|坠楼|触电|中毒|撞|碾压|坍塌|倒塌|垮塌|塌方|透水|袭"
    r"|侧翻|翻车|追尾|倾覆|翻沉|爆燃|坠崖|坠河|下坠|翻入|翻进"
    # (a vehicle off the road: 货车打滑冲入路边水沟，驾驶人（男，52岁）受轻伤)
    r"|冲入|冲进|冲下|滑入|坠入"
    # (a scrape on the road: 大巴…跟一辆货车刮擦了，司机腿受伤了; 将一名骑电动车的老人刮倒，老人腿部受伤)
    r"|刮擦|剐蹭|刮倒|剐倒"
)
"""An incident told before a death (被货车撞倒，不幸离世); not 抢救 alone (错失了抢救的黄金时间…去世)."""
_INCIDENT_WORD = re.compile(_INCIDENT)
_POLICY = re.compile(r"赔付|理赔|投保|保险|保额")
_INCIDENT_BEFORE = re.compile(rf"{_INCIDENT}|翻|当场|抢救|送医|伤")
"""What an incident's 身故 follows in its sentence (车祸身故, 当场身故, 送医后抢救无效身故): without a
number, the word is also of a death of any cause (参保人身故后, 父亲身故)."""
_ON_THE_ROAD = re.compile(r"(?:驾驶员|驾驶人|司机|乘客|骑车人|骑手)(?:均|也|仅)?(?:受了?点?|有)?$")
"""Someone on the road right before a slight injury, who tells its crash (农用车驾驶员受轻伤)."""
_WORD_ACROSS = re.compile(r"待(?=遇)|(?<=遇难)[题关]|(?<=回)马(?=枪杀)")
"""Death words that are parts of other words (待遇害得好惨, 遭遇难题, 杀个回马枪杀回来)."""
_IDIOM_AFTER = re.compile(r"[我你他她]?[都也]")
"""打死我都不会相信: an oath, no killing."""
_FELT = frozenset({"冻死", "热死", "晒死", "饿死", "渴死", "累死", "闷死", "吓死", "气死", "笑死", "困死", "烦死"})
"""What a post says it feels, as a figure (冻死了, 热死我了), no one named before it."""
_EXCLAIMED = re.compile(r"(?:[我人]了|我啦|了|啦|啊)(?:[\s，,！!~～。]|[^\u4e00-\u9fff\w]|$|[\u4e00-\u9fff]{0,3}死了)")
"""Right after such a word, an exclamation (冻死了冻死了，冻死我了！)."""
_FELT_BEFORE = re.compile(
    r"(?:今天|今早|今晚|早上|晚上|这几天|真的|真是|简直|快要?|要|都|也|[冻热晒饿渴累闷吓气笑困烦]死[我人]?了[！!~～\s]*)*"
)
"""What may come before it in its clause (今天冻死我了, the same said twice: 冻死了冻死了)."""
_IDIOM_BEFORE = re.compile(r"(?:一棍子|一竿子|一棒子|的)$")
_ANIMALS_AFTER = re.compile(
    rf"了?[^，,。；;！!？?\d]{{0,4}}?(?:[\d{CN_NUMERALS}]+(?:多|余)?(?:只|头|匹|条|羽)|[\u4e00-\u9fff]{{0,2}}?(?:鸡|鸭|鹅|猪|羊|牛|狗|猫|兔|鱼))"
)
"""Right after a killing verb, animals counted or named (咬死了我家二十多只鸡): no people."""
_ANIMALS_BEFORE = re.compile(
    # (or what they ate: 致邻居家8头山羊误食中毒死亡)
    rf"[\d{CN_NUMERALS}另](?:只|头|匹|羽)(?:[\u4e00-\u9fff]{{0,2}}?)(?:误食|吃了|吃下)?(?:中毒)?(?:当场|就|都|也|被)*$"
)
"""Right before it in its clause, an animal counted by its measure word (一头当场撞死): no people."""
"""一棍子打死 (to write someone off), 一刀切的误伤 (a verb of hurting as a noun): no one hurt."""
_ANIMALS_OPEN = re.compile(rf"\s*[\d{CN_NUMERALS}]+(?:余|多)?(?:只|头|匹|羽)")
"""Animals counted opening a sentence (13只山羊…), its subject."""
_NOT_AN_EVENT_AFTER = re.compile(
    # (遇难同胞: the victims a memorial names, 南京大屠杀遇难同胞, 举行遇难同胞悼念仪式)
    r"率|几率|概率|量|证|线|名单|空间|国度|游戏|标准|抚恤|补助|待遇|保险|同胞|的(?:$|[，,。；;])"
)
PEOPLE_NOUNS = frozenset({"死者", "亡者", "伤者", "伤员", "遗体", "尸体", "浮尸"})
_INJURED_TAKEN = re.compile(
    # (not the care as a noun: 批量伤员救治机制, 伤员救治应急演练, 伤员救治情况的通报)
    r"(?:已|均已|都已|随即|随后|迅速|立即)?(?:被)?(?:紧急)?(?:送往|送至|送到|转往|转至|送医|送院|就医|救治(?![机能演工情体通应])|住院)"
    # (or still in hospital or being saved: 目前伤者仍在重症监护室治疗, 伤者正在医院接受治疗, 伤者仍在抢救中;
    # 伤者经抢救已脱离生命危险, not 经抢救无效)
    r"|(?:仍|还|目前|正|均)*在(?:医院|重症监护室|ICU|重症|病房|抢救)|经(?:全力)?抢救(?!无效)"
)
"""The injured told without a number, taken to hospital (伤者被送往医院, 伤员已送医): one at least."""
"""Casualty words naming the people, not what happened to them."""
_HYPOTHETICAL = re.compile(
    r"如果|假如|要是|若是|一旦|万一|可能|容易|以免|避免|防止|以防|严防|谨防|杜绝|险些|险遭|险被|差点|差一点|几乎|企图|试图|扬言|威胁"
    r"|立誓|声称要|担心|害怕|等到|等待|否则|不惜|喊要|轻则|重则|别让|不要让|莫让|勿让|到时候|到时"
    # (a day that may come: 工地塔吊天天在我家楼顶上转 哪天倒下来砸死人谁负责)
    r"|哪天|哪一天|迟早|早晚|总有一天"
    # (advice for what may happen: 如有人员受伤请拨打120, 如发生交通事故请拨打122，有人员受伤请拨打120)
    r"|如有|若有|如发生|若发生|如遇|若遇"
    # (an aim: 今年防汛工作目标：确保不死人、少伤人)
    r"|确保|力争|力求"
    # (a dream: 梦见自己掉进河里淹死了，是什么预兆？)
    r"|梦见|梦到|做梦|噩梦|恶梦"
)
_HYPOTHETICAL_REACH = 30
"""How far back in the sentence a condition reaches (不要等到，以后发生事故，引发人员伤亡)."""
_MODAL_NEAR = re.compile(
    r"(?:(?<![社机大协学工开晚宴约都体委议聚舞集商银省年])会|(?<![索需重主只必纪摘首简概提紧不])要|欲|想|怕)"
    r"[^，,。；;]{0,3}$|[到易快]$|快被$"
)
"""Will, would, want or fear to, just before the word (会被砸伤, 扬言要拿刀砍死, 实体店快被饿死了; not
村委会被…捅死)."""
_QUESTION = re.compile(r"怎么办|怎么|吗|呢|么|为何|为什么")
_WHAT_TO_DO_AFTER = re.compile(
    # (or not to do: 被毒蛇咬伤后切勿用嘴吸吮伤口)
    r"(?:、[\u4e00-\u9fff]{1,4})?后[，,]?(?:请|应)?(?:务必|应当?|要|请|需要?|必须|一定要|切勿|切忌|千万不要|千万别|不要|不可)"
    # (or whom to call at once, as people post advice: 有人受伤马上打120)
    # (not what was done: 有人受伤马上打120叫了救护车)
    r"|(?:就|要|请)?(?:马上|立即|赶紧|及时|第一时间)(?:打|拨打|拨)(?:120|110|119|122|急救)(?![^，,。；;！!？?\s]{0,6}了)"
)
"""What to do after it, right after the word (被犬咬伤后务必及时规范处置, 被犬只咬伤、抓伤后，请务必…): advice, no one
hurt."""
_THINGS = re.compile(
    r"汽车|车辆|轿车|货车|客车|车身|车门|车窗|轮胎|财产|利益|感情|自尊|人心|面子|元气|和气|形象|名誉|^心"
)
_NO_LIFE = re.compile(
    r"(?:手机|品牌|公司|企业|厂家|厂商|工厂|门店|实体店|小店|商家|商户|产业|行业|市场|生意|项目|产品|业务|平台|网站|软件"
    r"|游戏|电影|比赛|悬念|节目|股市|楼市|经济|事业|梦想|希望|创意|灵感|创新)$"
)
"""What a killing verb's object can end in without a life taken (害死了诺基亚手机, 杀死比赛; not 公司保安)."""
_PASSIVE = re.compile(r"被|遭(?!拒)")
_MONEY = re.compile(r"人民币|押金|保证金|资金|款项?|钱|费用?|[万亿]?元$")
"""Money, which goes missing too (押金至今下落不明), though a sum of it names no people."""
_CAUSE = re.compile(r"致|造成|导致|引发|酿成")
_DENIED = re.compile(r"(?:未|没|没有|无|不|并未|尚未)$")
"""Words denying the cause right before it (未造成其他人员伤亡, 没有导致人员伤亡)."""
_NOT_REPORTED = re.compile(r"未(?:收到|接到|接报)|没有?(?:收到|接到)")
"""No report of it had, before the cause (暂未接到因…引发的人员伤亡报告)."""
_LAW_QUOTED = re.compile(r"》(?:规定|明确|第[\d一二三四五六七八九十百]+条)")
"""A law quoted by its title, before the word."""
_SERIOUS_CAUSED = re.compile(r"[致成遭被其]$")
_SERIOUS_ALWAYS = frozenset(
    {"受重伤", "伤势严重", "伤势较重", "伤势比较严重", "伤情严重", "伤情较重", "伤情比较严重", "伤情危重", "生命垂危"}
    # (Hong Kong and Taiwan wording: 救出時已命危)
    | {"命危"}
    | {f"{how}{burn}" for how in ("严重", "重度") for burn in ("烧伤", "烫伤", "灼伤")}
    # as people say it (后座的人伤得很重, 看着伤得不轻)
    | {"伤得很重", "伤得很严重", "伤得不轻"}
)
_MISSING_AFTER = re.compile(
    r"了|至今|已|后|时|的(?:人|群众|村民|渔民|船员|矿工|工人|游客|乘客|人员)"
    # (how long: 已失联超过24小时, 失联多日, 失联快20个小时了, 失联一天一夜)
    r"|超过|多日|多天|数日|长达|快|近|将近|一天|一夜|整整|(?:\d{1,3}|[一二两三四五六七八九十几]{1,3})(?:个)?(?:小时|天|日)"
)
_LONG_AGO = re.compile(r"多年|数年|几年|已久|\d+年|[一二两三四五六七八九十几数]+年")
"""失踪多年: a disappearance of long ago, no event."""
_STILL = re.compile(r"(?:仍然|仍|尚|还|目前|现|已经|已|均|全部|都|暂|一度|相继|先后|被困)+$")
_ABSCONDED = re.compile(
    r"老板|老总|负责人|法人|法定代表人|开发商|房东|包工头|店主|商家|经理|董事长|借款人|中介|业主方"
    r"|携款|卷款|潜逃|跑路|畏罪"
)
"""Who 失联 leaving debts or customers behind: no casualty."""
_FOUND = re.compile(
    r"(?<![没未])(?<!没有)(?:找到|寻回|获救|脱险|联系上|联系到|已返回|回家|归来|救出)"
    # (not a wish: 求平安, 祈祷平安)
    r"|(?<![求祈盼愿佑])平安"
)
_MY_KIN = re.compile(
    r"我(?:老公|老婆|丈夫|妻子|爸爸?|妈妈?|父亲|母亲|儿子|女儿|哥哥?|姐姐?|弟弟?|妹妹?|爷爷|奶奶|外公|外婆)"
)
"""One's own kin opening a post, the subject of a disappearance told later in it."""
_NOT_FOUND = re.compile(r"(?:没|未|没有)(?:找到|寻回|获救|联系上|联系到)")
"""Someone not found yet, told after a thing found (船在下游找到了 人还没找到)."""
_PARTICLE = re.compile(r"[了后的在于时至着]")
_STRUCK = re.compile(r"砸到|砸中|压到|掀翻|刮倒|撞到|撞倒")
"""Something that struck someone, told before a hurt without a number (…掀翻了 砸到一辆路过的三轮车)."""
_LIGHTLY_HURT = frozenset(
    {"轻伤", "受轻伤", "轻微伤", "轻微受伤", "轻微擦伤", "擦伤", "软组织挫伤"}
    | {f"{how}{burn}" for how in ("轻微", "轻度") for burn in ("烧伤", "烫伤", "灼伤")}
    | {"受了点轻伤", "受了点伤", "受了点小伤", "受了些轻伤", "受了点皮外伤"}  # (as people post it: 大伯受了点轻伤)
)
_WHOLE_CLAUSE = 16
"""A clause up to this long before the word is quoted whole; a longer one from _QUOTE_BEFORE."""
_QUOTE_BEFORE = 10
_SUBJECT_REACH = 6
"""How far before 被 the one it happened to is looked for."""


_ONE_COUNTED = re.compile(
    r"(?<![\d一二两三四五六七八九十几数多第同另])(?:[一1](?:名|位)"
    r"|一(?=男子|女子|男孩|女孩|男童|女童|少年|少女|青年|妇女|老人|老汉|老太|村民|居民|市民|工人|司机|驾驶员|驾驶人|学生|游客|骑手"
    r"|外卖员|快递员|渔民|船员|矿工))"
)
"""One person counted (一名员工, 1名工人, 一男子), who is the one a death later in the sentence befell."""
_MORE_PEOPLE = re.compile(
    r"(?:(?<!\d)(?:\d{2,}|[02-9])|[二两三四五六七八九十几数多])(?:名|人|位|个)|另|们|等人|俩|仨|双双|夫妻|母子|母女|父子|父女|兄弟|姐妹"
    r"|一家(?=人|老小|子|[二两三四五六七八九十\d]口)"
)
"""Other people counted or named in numbers, whom the death might befall instead (a family, 一家三口; not a
works counted, 一家竹木制品厂)."""


@dataclass(frozen=True)
class Unnumbered:
    """A figure stated without a number: how many people, at least, and where its words are.
    ``counted``: its one person was counted before it in the sentence (``一名员工在操作砂光机时，被
    卷入设备，经送医抢救无效死亡``), so the figure is exactly one."""

    count: int
    start: int
    end: int
    counted: bool = False


_TAKEN_FOR = ("误以为", "以为", "误认为", "误当作", "误当成", "当成", "当作")
"""What someone was mistaken for, right before the word (被路人误以为死亡)."""
_HABITUAL = re.compile(
    r"(?:经常|常常|时常|常有|时有|总是|老是|动不动|三天两头|隔三差五|时不时|屡屡|频频|往往)[^，,。；;！!？?\s]{0,4}$"
)
"""How often something befalls people (经常有人摔伤, 这个路口三天两头有人被撞): a complaint of a hazard, no one
counted of now."""


def unnumbered_figure(sentence: str, start: int, end: int, base: str, kind: str, transitive: bool) -> Unnumbered | None:
    """The figure of the casualty word ``sentence[start:end]`` (its ``base`` without 者/人员/人数,
    of ``kind`` ``deaths``/``injured``/``serious``/``missing``; ``transitive`` for verbs of killing and
    hurting) when it has no number, or ``None`` when it states no casualty."""
    word = sentence[start:end]
    if "的" in sentence and PROVIDED.match(sentence, end) is not None:
        return None  # 发生交通事故造成人身伤亡、财产损失的，由保险公司…予以赔偿: a rule's condition
    if "》" in sentence and _LAW_QUOTED.search(sentence, 0, start) is not None:
        return None  # 《工伤保险条例》规定：职工因工死亡，其近亲属…领取丧葬补助金: a law's words
    if word in ("伤者", "伤员") and (to_hospital := _INJURED_TAKEN.match(sentence, end)) is not None:
        # 伤者被送往江山市人民医院, 伤员已送医: someone hurt, at least (not 伤者家属, naming people)
        return Unnumbered(1, start, to_hospital.end())
    if (
        word.endswith(("者", "人数", "人员"))
        or base in PEOPLE_NOUNS
        or not _is_stated(kind, base, sentence, start, end)
    ):
        return None
    if _KIN_OF_THE_DEAD.match(sentence, end) is not None:
        return None  # 遇难矿工家属来到纪念碑前: the kin of those who died, named

    clause_start = _clause_start(sentence, start)
    clause_end = _clause_end(sentence, end)
    before, after = sentence[clause_start:start], sentence[end:clause_end]
    if _HYPOTHETICAL.search(sentence, max(0, start - _HYPOTHETICAL_REACH), start) or _MODAL_NEAR.search(before):
        return None
    if _WHAT_TO_DO_AFTER.match(sentence, end) is not None:
        return None  # 被犬咬伤后务必及时规范处置: what to do if it happens
    if before.endswith(_TAKEN_FOR):
        return None  # 醉酒男子在路边睡着，被路人误以为死亡后报警: thought dead, no one dead
    if _HABITUAL.search(before[-8:]) is not None:
        return None  # 滑道速度太快，经常有人摔伤: how it often goes, no one of now
    if before.endswith("防") and not before.endswith("消防"):
        return None  # 开展“防坠楼、防溺水、防烫伤”宣传活动: a guard against it
    if advised(sentence, start, end):
        return None  # 遇到持刀伤人等暴力事件，请第一时间拨打110报警: what to do on meeting one
    if _QUESTION.search(after) or (transitive and _IDIOM_AFTER.match(after)):
        return None  # 压死人怎么办, 打死我都不会相信
    if (
        kind == "deaths"
        and word in _FELT
        and (after.startswith(("我了", "我啦")) or (_FELT_BEFORE.fullmatch(before.strip()) and _EXCLAIMED.match(after)))
    ):
        return None  # 冻死了冻死了，手都冻僵了; 冻死我了: how cold it is, nobody named
    if transitive and _ANIMALS_AFTER.match(after) is not None:
        return None  # 黄鼠狼钻进鸡舍，咬死了我家二十多只鸡: animals, no figure
    if (
        _ANIMALS_BEFORE.search(before) is not None
        or (kind == "deaths" and len(before.strip()) <= 4 and _ANIMALS_OPEN.match(sentence) is not None)
        # (animals counted as the clause's subject, what they ate between: 13只山羊疑因误食喷洒农药的青草中毒死亡)
        or (not transitive and animals_counted(before))
    ):
        # (or animals counted opening the sentence, the death its next clause: 13只山羊误食喷过除草剂的青草，中毒死亡)
        return None  # 两头黄牛被一辆渣土车撞了 一头当场撞死: an animal counted before, no one
    if transitive and _IDIOM_BEFORE.search(before):
        return None  # 犯错了就一棍子打死: no killing; 一刀切的误伤: the harm a policy does
    if kind == "deaths" and _natural(sentence, start, clause_start, clause_end):
        return None
    if base == "身故" and (_INCIDENT_BEFORE.search(sentence, 0, start) is None or _POLICY.search(sentence) is not None):
        # 参保人如不幸身故, 父亲身故后: the word of insurance and estates, any death (出行途中发生交通事故造成伤残、
        # 身故，最高赔付50万元: what a policy pays for)
        return None
    if kind == "missing" and not _missing_people(sentence, before, end, clause_start):
        return None
    if sentence.rfind("《", 0, start) > sentence.rfind("》", 0, start):
        return None  # a title: 《死亡空间2》
    # only the part of the clause after another happening can name whom it happened to
    # (一只狗被车撞死后车主打死村民: the dog is not the villager)
    own = own_part(before)
    if not own and before.endswith(("死", "伤")):  # verbs run on share their subject (约300头生猪被压死压伤: the pigs')
        own = own_part(before[:-1])
    passive_at = _last(_PASSIVE, own)
    obj = after[1:] if after.startswith("了") else after
    victim_after = transitive and bool(obj) and _PARTICLE.match(obj) is None
    # the one it happened to: the object (撞死野鸡), or the noun its clause qualifies (被撞死的野鸡)
    victim = obj[:6] if victim_after else after[1:7] if transitive and after.startswith("的") else ""
    victim = _FIRST_OF_LIST.split(victim, maxsplit=1)[0]
    if is_animal(victim) or (kind != "deaths" and _THINGS.search(victim)):
        return None  # 撞死野鸡, 被撞死的野鸡, 误伤过往汽车
    if victim_after and _NO_LIFE.search(object_phrase(obj)):
        return None  # 害死了诺基亚手机, 杀死比赛, 饿死了实体店: a business or a game "killed"
    if base == "连杀" and not (victim_after and names_people(obj[:6])):
        return None  # 连杀两局, 连杀三盘: a match's games won (连杀妻子和岳母: people)
    if passive_at is not None:
        subject = own[max(0, passive_at - _SUBJECT_REACH) : passive_at]
        if is_animal(subject) and not people_before_animal(subject):  # (业主寻猫被…砸死: the owner)
            return None  # 13万鱼苗全部被毒死 (but 男童被狗咬伤: the dog bit, 狗主人被打伤: a person)
    elif not victim_after and is_animal(own[-12:]):
        return None  # 100余头牛溺死, 鱼虾死亡 (but 养鸡场老板溺亡)
    list_start = _list_start(sentence, start)
    told_to = start
    if (
        start
        and sentence[start - 1] in "）)"
        and (opened := max(sentence.rfind("（", 0, start), sentence.rfind("(", 0, start))) > 0
    ):
        # who they were, then their details in brackets (徐某某及摩托车乘员毛某某（男，21岁）死亡): the list before them
        list_start, told_to = _list_start(sentence, opened), opened
    if victim_after:
        # 杀死妻子及岳父母后潜逃: three, quoted up to the last of them
        count, taken = object_victims(sentence[end + len(after) - len(obj) : _list_end(sentence, end)])
        quote_end = end + len(after) - len(obj) + taken
    else:
        count, quote_end = subject_victims(sentence[list_start:told_to]), end
    group = None
    if count <= 1 and not victim_after and kind in ("deaths", "missing"):
        if names_no_one(own):
            # no one of its own: the group an earlier clause told goes on (一家三口烧炭取暖，一氧化碳中毒身亡)
            group = group_before(sentence, clause_start)
        elif (opening := group_before(sentence, start)) is not None and opening[1] == clause_start:
            group = opening  # the group its own clause opens with (3名中国籍跑者在尼泊尔参加越野赛时遭遇雪崩遇难)
    if count > 1 and not victim_after:
        clause_start = min(clause_start, list_start)  # 妻子、女儿遇害: the whole list is quoted
    quote_start = clause_start if start - clause_start <= _WHOLE_CLAUSE else start - _QUOTE_BEFORE
    if group is not None:
        return Unnumbered(group[0], group[1], quote_end, counted=True)
    # one person counted before a death befalling its subject, no one else counted: exactly one
    counted = (
        count <= 1
        and kind == "deaths"
        and not transitive
        and len(_ONE_COUNTED.findall(sentence, 0, start)) == 1
        and _MORE_PEOPLE.search(sentence, 0, start) is None
    )
    return Unnumbered(max(1, count), quote_start, quote_end, counted)


def _natural(sentence: str, start: int, clause_start: int, clause_end: int) -> bool:
    """Whether the death at ``start`` is of illness or age (:data:`_NATURAL`): not 去世/离世 after
    wounds or a rescue (:data:`_HARMED_BEFORE`: ``送医后经抢救无效去世``)."""
    if _NATURAL.search(sentence, clause_start, clause_end) is None:
        if _ILLNESS_FOUND_AFTER.search(sentence, clause_end) is not None:
            return True  # 被发现倒在家中已无生命体征，警方排除煤气中毒可能，系突发脑溢血去世: the cause found after
        # (a sudden illness told in an earlier clause, no incident: 插秧时突发心脏病，送到镇卫生院没抢救过来)
        sudden = _SUDDEN.search(sentence, 0, start)
        return sudden is not None and _INCIDENT_WORD.search(sentence, 0, clause_end) is None
    if _ILLNESS.search(sentence, clause_start, clause_end) or _ILLNESS.search(sentence, 0, start):
        return True
    # (an incident told before it: 被货车撞倒，不幸离世)
    return _HARMED_BEFORE.search(sentence, 0, start) is None and _INCIDENT_WORD.search(sentence, 0, start) is None


def _last(pattern: re.Pattern[str], text: str) -> int | None:
    found = None
    for m in pattern.finditer(text):
        found = m.start()
    return found


def _list_start(sentence: str, start: int) -> int:
    m = _UP_TO_LAST_LIST_BREAK.match(sentence, 0, start)
    return m.end() if m else 0


def _list_end(sentence: str, end: int) -> int:
    m = _LIST_BREAK.search(sentence, end)
    return m.start() if m else len(sentence)


def _missing_people(sentence: str, before: str, end: int, clause_start: int) -> bool:
    """Whether people are said to be missing still: the subject is people (or a group an earlier
    clause counted: 三名驴友进入无人区，至今失联), not one who left owing, and the rest of the sentence
    does not say they were found."""
    # the subject, or (女孩放学后失踪) whoever the clause names before what happened
    subject = _STILL.sub("", own_part(before)) or before
    people = is_people(subject) or names_people(subject)
    told_from = clause_start
    if not people and names_no_one(own_part(before)):
        if (group := group_before(sentence, clause_start)) is not None:
            people, told_from = True, group[1]
        elif _MY_KIN.match(sentence) is not None:
            people, told_from = True, 0  # 我老公昨天下午一个人开小船去收网 到现在失联快20个小时了: one's own
    if not people or _ABSCONDED.search(sentence, told_from, clause_start + len(before)) or _MONEY.search(subject):
        return False  # 卫星失联, 开发商老板失联, 售楼员携款失踪, 47万人民币装修押金至今下落不明
    finds = [m.end() for m in _FOUND.finditer(sentence, end)]
    return not finds or _NOT_FOUND.search(sentence, finds[-1]) is not None  # (the last find counts)


def _is_stated(kind: str, base: str, sentence: str, start: int, end: int) -> bool:
    """Whether the word states that people died or were hurt, by its kind and what follows."""
    if kind == "deaths":
        follow = sentence[end : end + 4]
        if _WORD_ACROSS.search(sentence, max(0, start - 1), end + 1):
            return False
        if base in _PREDICATE_ONLY:
            after = _PREDICATE_AFTER if base == "死亡" else _SACRIFICE_AFTER
            return not follow or _BREAK.match(follow) is not None or after.match(follow) is not None
        return _NOT_AN_EVENT_AFTER.match(follow) is None
    if (
        kind == "serious"
        and base in ("重伤", "受重伤")
        and _INCIDENT_WORD.search(sentence, 0, start) is not None
        and is_people(_SUBJECT_TAIL.sub("", sentence[_clause_start(sentence, start) : start]))
    ):
        return True  # someone seriously hurt in an incident told before in the sentence (货车侧翻 司机重伤送医)
    if (kind == "minor" and base in _LIGHTLY_HURT) or base in ("骨折", "挫伤"):
        # someone lightly hurt or a bone broken in an incident told before in the sentence (货车侧翻，司机受轻伤),
        # or after a rescue or a hospital (将其送往医院检查，男童仅有轻微擦伤; 交给120送医，驾驶员腿部骨折)
        clause = _clause_start(sentence, start)
        told = (
            _INCIDENT_WORD.search(sentence, 0, start) is not None
            # (or taken to hospital after it: 老人头部和手臂多处擦伤，已被120送往市中医院治疗)
            or (
                base in _TREATED_HURTS
                and (
                    _TREATED.search(sentence, 0, start) is not None or _TREATED_AFTER.search(sentence, end) is not None
                )
            )
            # (something that fell on or struck them, as people post it: 彩钢棚整个掀翻了 砸到一辆路过的三轮车)
            or _STRUCK.search(sentence, 0, start) is not None
            # (or someone on the road, in a sentence after the crash's: 农用车驾驶员受轻伤)
            or _ON_THE_ROAD.search(sentence, clause, start) is not None
        )
        # (the time of now before it: 把我家老人的胳膊夹了，现在手臂骨折在医院打石膏)
        # (what crushed the part before it too: 致其右腿被叉车碾压骨折)
        subject = _SUBJECT_TAIL.sub("", _NOW_FIRST.sub("", sentence[clause:start]))
        # (who they are in brackets: 驾驶人（男，45岁）受轻伤)
        subject = _ASIDE_BEFORE.sub("", subject) if subject.endswith(("）", ")")) else subject
        subject = _BODY_PART.sub("", _CRUSHED_BY.sub("", subject))
        if is_people(subject):
            # (or one rescued: 被救老人手臂轻微烧伤)
            return told or subject.startswith(_RESCUED)
        # 被埋驾驶员被救出，右腿骨折; 一名工人…左手被卷入辊筒，致三根手指骨折: the part hurt, of one named before
        return _BY_WHAT_HURT.sub("", subject) == "" and _of_one_named_before(sentence, clause)
    if kind == "injured":
        if base in ("伤亡", "死伤", "受伤", "负伤"):
            clause = _clause_start(sentence, start)
            part = _SUBJECT_TAIL.sub("", sentence[clause:start]).removeprefix("其")
            if base == "受伤" and _BODY_PART.fullmatch(part):
                # 一名驴友…从山崖滑落，腿部受伤无法行走: the part hurt, of someone the clause before names
                # (or named again as 其: 被埋工人被成功救出，其左腿受伤)
                return _of_one_named_before(sentence, clause)
            if (cause := _CAUSE.search(sentence, clause, start)) is not None:
                # 未造成其他人员伤亡: a cause denied states no one hurt, as does a report of it not had
                # (暂未接到因燃放烟花爆竹引发的火灾和人员伤亡报告)
                return (
                    _DENIED.search(sentence, max(0, cause.start() - 2), cause.start()) is None
                    and _NOT_REPORTED.search(sentence, clause, cause.start()) is None
                )
            # someone hurt in an incident told before in the sentence (两车发生碰撞，电动车驾驶人受伤倒地), where
            # on them too (土墙突然倒塌，砸中一名老人，老人腿部受伤)
            # (or taken to hospital first: 120急救车将…驾驶人徐某某送往医院救治，徐某某头部受伤)
            subject = _BODY_PART.sub("", _SUBJECT_TAIL.sub("", sentence[clause:start]))
            return (
                base == "受伤"
                and (
                    _INCIDENT_WORD.search(sentence, 0, start) is not None
                    or _TREATED.search(sentence, 0, start) is not None
                )
                and is_people(subject)
                and not subject.startswith(("无", "没有", "并无", "未有"))  # (无其他人员受伤: no one else)
            )
        if _NOT_REPORTED.search(sentence, _clause_start(sentence, start), start) is not None:
            return False  # 全市暂未接到雷击伤人及雷击火灾报告: none reported
        return base == "伤人" or transitive_hurt(base)
    if kind == "missing":
        follow = sentence[end : end + 4]
        return (
            not follow or _BREAK.match(follow) is not None or _MISSING_AFTER.match(follow) is not None
        ) and _LONG_AGO.match(follow) is None
    if kind == "serious" and base in ("严重受伤", "受伤严重"):
        clause = _clause_start(sentence, start)
        if _BODY_PART.fullmatch(_SUBJECT_TAIL.sub("", sentence[clause:start]).removeprefix("致")):
            # 一名村民在操作旋耕机时不慎被卷入，致左腿严重受伤: the part hurt, of one named before
            return _of_one_named_before(sentence, clause)
    if kind == "serious":
        return base in _SERIOUS_ALWAYS or (
            base == "重伤" and _SERIOUS_CAUSED.search(sentence, max(0, start - 1), start) is not None
        )
    return False


_SUBJECT_TAIL = re.compile(
    r"(?:当场|不幸|均|都|也|已|被|又|多处|轻微|严重|不同程度|仅有|只有|仅|只|受了|受|有|倒地|摔倒在地|为)+$"
)
_BODY_PART = re.compile(
    # (parts joined: 头部和腰部受伤)
    r"(?:(?:和|及|、)?(?:身体|全身|身上)?(?:[左右双]侧?)?(?:多根|[\d一二两三四五六七八九十]+根)?"
    r"(?:腿|小腿|大腿|脚|脚踝|脚掌|手|手掌|手背|手臂|臂|胳膊|手腕|手指|头皮|背|腹|臀|腰|头|头部|额头|肋|肋骨|锁骨|骨盆|脊椎|颈椎|腰椎|胸|肩|膝|膝盖|面|脸"
    r"|股骨颈|股|髋|鼻|颅|眼|眼睛)?[部骨]?"
    # (what kind of break: 左腿粉碎性骨折)
    r"(?:多处)?(?:粉碎性|开放性|闭合性)?)+$"
)
"""Where a person was hurt, after them (驾驶员腿部骨折, 男子左腿骨折)."""
_CRUSHED_BY = re.compile(
    r"被[^，,。；;！!？?\d]{1,6}?(?:碾压|挤压|压|夹|卷入|卷|砸|撞|绞|割|切|烫|烧|撕)(?:住|中|伤|断)?(?:致|导致|造成)?$"
)
"""What crushed or caught the part of the body, between it and its break (右腿被叉车碾压骨折)."""
_TREATED_HURTS = frozenset({"轻微擦伤", "擦伤", "骨折", "挫伤", "软组织挫伤", "轻伤", "受轻伤", "轻微伤"})
"""Hurts told beside a rescue or a hospital, of someone hurt in an incident (交给120送医，驾驶员腿部骨折; 将周某某救出，
周某某受轻伤)."""
_TREATED_AFTER = re.compile(r"送医|送院|送往|送至|送到|抢救|救治|治疗|就医|住院|救护车|120")
"""Care after the hurt, in its sentence (…擦伤，已被120送往市中医院治疗)."""
_NOW_FIRST = re.compile(r"^(?:现在|目前|当时|结果|如今)")
"""The time a clause opens with before the part of the body hurt (现在手臂骨折): no one of its own."""
_RESCUED = ("被救", "获救")
"""One named as rescued, whose hurt is an incident's (被救老人手臂轻微烧伤)."""
_TREATED = re.compile(
    r"送医|送院|送往医院|送至医院|送到医院|救出|救回|救起|抢救|救治|救护车|120急救"
    # (or brought out of the water: 民警将老人拉上岸，老人受轻微擦伤)
    r"|[救拉抬拖]上岸|[救拉]上来"
    # (or a doctor's finding right before: 经检查，王师傅左腿骨折; 经医院检查，老人右侧多根肋骨骨折)
    r"|经(?:医院|医生)?(?:检查|诊断)"
)
"""A rescue or a hospital before a graze or a broken bone: someone hurt in an incident."""


def _of_one_named_before(sentence: str, clause: int) -> bool:
    """Whether one of the two clauses before ``clause`` in ``sentence`` names one person at its head, no more people
    between, in a sentence that tells an incident, a mishap or a treatment (被埋驾驶员被救出，右腿骨折; 一名工人…，
    左手被卷入辊筒，致三根手指骨折): the part of the body hurt after it is theirs."""
    if _MISHAP.search(sentence) is None or _YEAR.search(sentence, 0, clause) is not None:
        return False  # (球员在比赛中，右腿骨折: no incident told; 2016年7月14日，母亲…不慎跌落，脚踝骨折: a story's)
    for _ in range(2):
        if clause < 2:
            return False
        begin = _clause_start(sentence, clause - 1)
        earlier = sentence[begin : clause - 1]
        several = _SEVERAL_BEFORE.search(earlier)
        if several is not None and _BY_THEM.search(earlier, 0, several.start()) is None:
            return False  # (but those who did it: 一名初二女生遭5名同学殴打，致其面部轻伤)
        head = _LEAD_OF_ONE.sub("", earlier)
        if head and (names_people(head[:_HEAD_REACH]) or names_people(_DOING_AFTER.split(head, 1)[0])):
            # (the one before what they were doing: 一名伐木工人在砍伐杉木时被倒下的树干砸中, no animal of theirs)
            return True
        clause = begin
    return False


_MISHAP = re.compile(
    rf"{_INCIDENT}|不慎|失足|意外|滑落|坠落|跌落|跌倒|滑倒|绊倒|滚落|踩空|摔|被困|被埋|被卷|被砸|砸中|被撞|被挤|挤倒|踩踏|救出|救起|送医|送往|医院|救治"
    r"|抢救|殴打|围殴|群殴|打伤|砍伤|刺伤|被夹|夹伤|夹了|夹住|推搡|掌掴|推倒"
)
"""What tells that a body part hurt is an incident's (not a player's, 比赛中…骨折)."""
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d年")
_BY_WHAT_HURT = re.compile(
    # (a mishap before it: 在步道踩空，滚落十余级台阶致右腿骨折)
    r"^(?:(?:(?:滚落|跌落|坠落|摔落|滑落|摔倒|跌倒|滑倒)[^，,。；;！!？?\d]{0,8}?)?(?:致|导致|造成|使)(?:其)?"
    r"(?:[\d一二两三四五六七八九十]+根)?(?:手指|脚趾)?"
    # (or what a doctor found: 经检查其左腿骨折)
    r"|经(?:送医|医院|医生)?(?:检查|诊断)(?:发现)?其?|其)$"
)
"""What caused it, or what a doctor found, before the part hurt (致三根手指骨折, 经检查其左腿骨折,
经检查右腿骨折)."""
_LEAD_OF_ONE = re.compile(r"^(?:[\d:：时分许点]+|于|将|随后|此后|事后|当时|其中|经|被埋的?|被困的?)*")
_HEAD_REACH = 20
_DOING_AFTER = re.compile(r"在|被|时")
"""How far into the clause before a hurt body part its person is looked for (一名45岁的工人…)."""
_SEVERAL_BEFORE = re.compile(
    r"(?:(?<!\d)[2-9]|\d{2,}|[两三四五六七八九十几多数]+)(?:名|人|位|个)|多人|多名|他们|众人|两人|双方"
)
"""More than one person in the clause before: the part hurt is not told as one person's."""
_BY_THEM = re.compile(r"[遭被]$")
"""Right before several counted, what makes them those who did it (遭5名同学殴打)."""


def transitive_hurt(base: str) -> bool:
    """A verb of hurting someone (打伤, 刺伤, 烧伤), as opposed to being hurt (受伤)."""
    return len(base) == 2 and base[1] == "伤" and base[0] not in "受负轻重死"


def _clause_start(sentence: str, start: int) -> int:
    if start and sentence[start - 1] in "）)" and (aside := _ASIDE_BEFORE.search(sentence, 0, start)) is not None:
        start = aside.start()  # 造成驾驶人徐某（男，68岁）受伤: who they are, in brackets right before the word
    m = _UP_TO_LAST_BREAK.match(sentence, 0, start)
    at = m.end() if m else 0
    if at and sentence[at - 1] in "）)" and (aside := _ASIDE_BEFORE.search(sentence, 0, at)) is not None:
        # (who they are in brackets, then what befell them: 渔民郑某某（男，55岁）落水失踪)
        m = _UP_TO_LAST_BREAK.match(sentence, 0, aside.start())
        at = m.end() if m else 0
    return at


def _clause_end(sentence: str, end: int) -> int:
    m = _BREAK.search(sentence, end)
    return m.start() if m else len(sentence)

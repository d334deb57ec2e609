"""Whether a word of an emergency (事故, 火灾, 倒塌, 暴雨 …) reports something that happened.

A text that names an emergency word is not always about an incident. These are no incident, and
get no event type, statutory grade or 简要信息 facts from the word:

* **a risk or a hypothetical**: ``极可能引发安全事故``, ``随时可能倒塌``, ``一旦发生火灾``, ``存在火灾隐患``,
  ``容易发生事故``, ``担心哪天出车祸``, what only an incident would bring (``是不是要发生事故才会引起
  重视``), what one would be or bring (``起火引起汽车爆炸将会是重特大事故``, ``发生火灾不堪设想``,
  ``失火可能性加大``), any incident of a contract's clause (``发生任何的消防事故由商户承担``), and a drill's
  imagined scene (``模拟造成10人中毒``, ``假定发生火灾``,
  and a sentence after its label: ``演练设定：3时30分，地下一层餐饮区发生火灾，…``);
  not a cause or a diagnosis hedged (``可能是因为饭菜变质引起的食物中毒``, ``可能系食物中毒``: it happened);
* **a near miss** (``"averted"``): ``险些酿成火灾``, ``险遇恐怖袭击``, ``险遭杀害``, ``成功阻止了一起爆炸``,
  ``爆炸未遂``, ``袭击被挫败``;
* **a habit or a generic statement**: ``经常发生老人摔跤的事故``, ``事故多发路段``, ``时有发生``,
  ``每个月都能看到交通事故``, ``交通事故较多``, ``车祸不断发生``, ``长期事故不断``, ``很少出恶性的交通事故``;
* **a fear put as a question**: ``出了事故怎么办``, ``发生安全事故谁来负责``, or what one does after
  one (``车祸致残如何获赔``, ``遇到火灾如何逃生``);
* **a law quoted**: ``第十四条…受到交通事故伤害的``;
* **a duty to publish** (:func:`disclosed`): ``公开较大事故调查报告``, ``公布法定传染病…总体信息``;
* **prevention and campaigns**: ``严防火灾、爆炸等事故发生``, ``开展火灾应急演练``, a measure's aim or
  effect (``可以减少交通事故``, ``可降低该处交通事故的发生``; not ``不肯减少房租将其杀害``),
  ``安全隐患大排查``, ``防汛防台``, ``防控流感``, ``暴雨预警`` (a warning is not the storm), a vaccine
  (``甲型流感疫苗``, ``可抵御生物袭击的疫苗``), an anniversary or a rebuilding (``纪念汶川地震十周年``,
  ``地震灾区重建``), and what follows an incident long after it: its report, its lessons, its warning
  (``“8·12”特别重大火灾爆炸事故调查报告公布``, ``吸取…铁路交通事故教训``, ``较大道路交通事故警示教育大会``);
* **a denial**: ``未发生火灾``, ``没有发生事故``, ``没有闹事``, ``劝大家不要闹事``; a hoax (``谎称商场
  发生爆炸``, ``报假警称遭抢劫``); a rumour denied after it (``网传某地发生爆炸…，系谣言``);
* **an intent or a threat**: ``扬言跳楼``, ``欲跳楼``, ``扬言将其杀害``, ``欲发动恐怖袭击``;
* **a comparison or a mistake**: ``这跟绑架勒索有什么区别``, ``乱收费简直是抢劫``, ``就像一个巨大的爆炸场
  声响``, ``误将红布看成起火``
  (not ``误将油门当成刹车导致车祸``);
* **an earlier event**: after ``去年``, ``曾发生``, ``历史上``, ``抗战时期``, ``日军`` … in its
  sentence, up to a marker of this event (``此次``, ``目前``: :func:`classifier.other_events.other_event`);
* **an epidemic named as a time or a cause** (``"period"``): ``疫情期间``, ``自疫情发生以来``,
  ``在疫情冲击之下``, ``受新冠肺炎疫情影响``, ``后疫情时代`` (an outbreak reported names its cases:
  ``确诊``, ``聚集性``, ``感染者`` are read on their own);
* **another sense of the word** (:data:`SENSES`): ``跳楼机``, ``跳楼价``, ``居民聚集区``,
  ``利益冲突``, ``起不起冲突``, ``道德绑架``, ``绑架消费``, ``围堵出站乘客``, ``透水混凝土``,
  ``医疗事故``, ``考试事故``, ``招生事故``, ``交通局事故科``, ``业绩地震``, ``人事大地震``, ``地震局``,
  ``政治地震``, ``票房雪崩``, ``净利润大幅滑坡``, ``剧情泥石流``, ``尴尬到窒息``,
  ``激起火箭队斗志``, ``降价龙卷风``,
  ``令人窒息``, ``让对手窒息`` (a death right after the word still reports one: ``让孩子窒息死亡``),
  words run together (``气罐互相撞击``, ``拥堵路线``, ``行人踩踏出的便道``), an insurance
  (``交通事故强制责任保险``);
  a work's title or subject (``游戏《暴雨》``, ``以汶川地震为题材``); and ``聚集`` is a gathering of
  protest only with its protest (``聚集上访``, ``聚集在镇政府门口``, ``围堵``), not ``歌迷聚集``.

Only the clause around the word is read (back to the previous comma or full stop, at most
:data:`REACH` characters, and the few characters after it), so ``昨晚发生火灾，消防部门随后开展排查``
is still a fire. A text is about an incident when *any* occurrence of an emergency word reports
one.
"""

from __future__ import annotations

import re

from classifier.other_events import (
    EARLIER,
    IMAGINED,
    PROVIDED,
    RUMOUR_AFTER_QUOTE,
    RUMOUR_DENIED,
    defines,
    earlier_elsewhere,
    looked_back_on,
    next_case,
    other_event,
    quotes_denied,
    recalls,
    remembered_in,
    reviewed,
)
from classifier.prefilter import Prefiltered
from classifier.sentences import LONGEST_SENTENCE, SENTENCE_END, Sentences
from classifier.trials import case_tried_in, told_now

REACH = 24
"""How far back in its clause a marker reaches."""
AFTER = 8
"""How far after the word a marker reaches."""

_UP_TO_CLAUSE_BREAK = re.compile(r".*[，,。；;！!？?\n\s]", re.S)
"""Up to the last clause break of a span: one match instead of a list of every break in it."""
_RISK = (
    # (a dream's: 做梦梦到屋里着火了)
    r"梦到|梦见|做梦|"
    # (what to do if one happens: 如发生较大以上生产安全事故，…应当于1小时内…报告)
    r"如(?:发生|遇到?)|"
    # (or when one happens, opening the clause: 当发生触电事故后，应立即切断电源)
    r"(?<![\u4e00-\u9fff])当(?=发生|遇到?|出现)|"
    r"可能(?![是系为因])|极易|容易|易(?:引发|发|造成|导致|出现)|一旦|如果|假如|假若|倘若|万一|要是|若是|(?<![般假倘])若(?!干|尔盖|羌|无其事|有所|即若离)"
    # what a thing can do (误食毒蘑菇可致死亡)
    r"|(?:可|能)(?:致|导致|造成|致使|引起|引发|酿成)"
    # (what one waits for: 真等到出了交通事故就晚了)
    r"|真等到|要等到|非要等到"
    # (a guess asked, a forecast: 不知道是不是有人落水了？ 预计今天下午到夜里…有大暴雨)
    r"|不知道是不是|不知是否|预计"
    r"|担心|(?<!可)怕|恐将|将发生|随时|迟早|早晚|总有一天|哪天|难免|势必|必将|必然会|将会|会(?:引发|发生|造成|导致|出现)"
    r"|隐患|风险|几乎|以免|以防|面临|即将|濒临|快要|必会|必定会|极容|一但|(?<![例比假正诸有])如(?=发生|遇|出现|有|在[^，,。；;！!？?]{0,12}?(?:发生|遇))"
    # what cannot be foretold (科学上还做不到准确预测地震)
    r"|(?:无法|不能|做不到|难以|无从)(?:准确|提前)?(?:预测|预报)"
    # any one, as a contract or a rule puts it (商场发生任何的消防事故由商户承担)
    r"|任何"
    # a scene a drill imagines (模拟造成10人中毒的情景, 假定发生火灾)
    r"|模拟|假设|假定|假想|想定"
    # shelter from weather in general, right before the word (游客可以临时躲避烈日和暴雨; not 躲避暴雨时遭雷击,
    # whose 雷击 happened)
    r"|躲避(?:[\u4e00-\u9fff]{1,4}[和与及、])?$"
    # what a building is made to withstand (可抵御8级地震, 能抗7级地震; not 全力抵御台风, which is here)
    # (or a list of them: 可抵御7级地震和12级台风)
    r"|(?:抵御|抵抗|承受|经受|抗)(?:住)?\d+(?:\.\d)?级(?:以上|以下|及以上)?(?:的)?"
    r"(?:[\u4e00-\u9fff]{1,3}(?:和|及|与|、)\d+(?:\.\d)?级(?:以上|以下|及以上)?(?:的)?)?$"
    r"|(?<![社机大协学工开晚宴约都体委议聚舞集商银省年])会$"
)
"""A risk or a hypothetical."""
_CAMPAIGN = (
    r"防止|防范|预防|严防|谨防|提防|避免|杜绝|遏制|消除|防御"
    r"|防控(?!不力|不到位|失职|漏洞)|开展|排查|打击(?!报复)|整治|检查|巡查|督查|演练|演习|推演|宣传|培训(?!机构|学校|中心|班|基地)|普及|专项|应急预案|防汛|防台|防火|防灾|减灾"
    # fewer of them, as a measure's aim or effect (减少事故发生, 降低交通事故)
    r"|(?:减少|降低)了?[^，,。；;！!？?\n\s将把其致使]{0,4}$"
    # an anniversary (纪念汶川地震十周年), cases recalled as a warning (警示教育大会 通报近年典型事故案例)
    r"|纪念|警示教育|典型(?=[^，,。；;！!？?\n\s]{0,4}$)"
    # those saved over years, a rescuer's record (先后救起落水者40多人, 累计救助溺水儿童20余名)
    r"|(?:先后|累计|共计?|多年来|常年|多次)(?:成功)?(?:救起|救助|救出|营救|救下|救了)(?:了)?$"
    # a guard against it, right before the word (启动防台风Ⅳ级应急响应, 暑期防溺水; not 消防)
    r"|(?<!消)防(?:拥挤)?$"
    # a measure's purpose (为提高农机事故应急处置能力)
    r"|为了?(?:提高|提升|增强|强化|进一步|切实|有效)"
    # what a campaign shows or teaches (现场展示了高处坠落、触电等事故案例; 讲解发现有人溺水时的现场施救方法)
    r"|展示|展出|展板|讲解|讲授|传授"
    # what not to do (切勿盲目下井施救)
    r"|切勿|(?:不要|千万别|别)(?=盲目|贸然|擅自)"
    # a memorial (缅怀2009年“2·22”瓦斯爆炸中罹难的78名矿工)
    r"|缅怀"
)
"""Prevention, a campaign or a drill."""
_DENIAL = (
    r"未发生|未再发生|没再发生|不再发生|没有?发生|不发生|并非发生|未出现|没有?出现|未发现|没有?发现|未检出|未造成|从未|不曾|并未|未曾|未现|未见"
    # (a near miss: 险些撞上高压线，…未酿成事故)
    r"|未酿成|没有?酿成"
    # (none reported: 近期暂未接到集体性食物中毒事件报告; 全县今冬暂无一氧化碳中毒事件报告)
    r"|未接到|未收到|没有?接到|暂无"
    # (none reported in a period: 本月全县未报告手足口病聚集性疫情)
    r"|未报告|没有报告"
    r"|谎称|报假警|假报警|编造|捏造|造谣|摆拍"
    # (words put to a video passed off as one of here: 将外地一起车祸视频配上“江山大桥今天出车祸…”的文字发布)
    r"|(?:配上|配以|配发|配文)[：:]?[“「][^”」。；;！!？?]*$"
    # (what it is not: 系3名学生着凉引起肠胃不适，…并非聚集性疫情)
    r"|并非(?:聚集性|群体性|传染性|突发)?$"
    # (as people post it: 其实是老人在家里病死的 不是什么凶杀)
    r"|(?:并|根本|也)?不是什么$"
    # (none with deaths: 全年无亡人火灾事故发生)
    r"|无亡人"
    # (none poisoned or hurt: 未发生泄漏，无人员中毒)
    r"|(?:无|没有|未有)人员?$"
)
"""A denial, or a hoax (谎称商场发生爆炸, 报假警称遭抢劫, 编造“…发生爆炸…”的谣言, 全市未发现鼠疫疫情)."""
_RUMOUR = Prefiltered(
    re.compile(
        r"网传|传言|传闻|谣传|网友称|网友传|网友发帖|网友爆料|网民称|网上流传|网络流传|网帖称|有消息称|自媒体"
        # spread widely, in a circle of friends or a chat group (朋友圈疯传…，交警：系外地旧视频)
        r"|疯传|热传|盛传|朋友圈|微信群|群里(?:有人|那个|都在)?说|群里(?:都在|在)?传|网上(?:都在|在)?(?:传|说)"
        # 有网民在网络上发布“…发生爆炸”的视频, 网友发视频称“…发生爆炸”
        # (or posted to a group: 有网友在群里发“城南高架发生车祸死了4个人”)
        r"|(?:网民|网友)[^，,。；;！!？?]{0,8}?(?:发布|上传|转发|发视频|发文|视频称|发(?=[“「]))"
        # (抖音上有人发视频说江山汽车站发生爆炸…根本没这回事)
        r"|(?:抖音|快手|微博|视频号|小红书)上|有人发(?:视频|帖子?|消息)(?:说|称)"
        # (or the post named by what it says, a denial after it: 那个说国道车祸死了三个人的视频是前几年外省的)
        r"|(?<=[那这])(?:个|条)说"
        # (or a claim quoted and asked, as a check's headline: “江山石门镇化工厂爆炸死人了”？官方：系企业检修正常放空)
        r"|[“\"「](?=[^”\"」“「\n]{2,40}[”\"」][？?])"
    )
)
_UNRELATED = re.compile(r"并?无关|没有?(?:任何)?关系")
_LAWYER_ANSWERS = re.compile(
    # (a word between: 可以向对方求偿哪些费用？律师一次说明：…)
    r"[？?]\s*律师(?:[^，,。；;！!？?：:]{0,4}?(?:解答|解读|说法|支招|答疑|说明|讲解))?[：:]?"
    r"|律师(?:解答|解读|答疑|支招)[：:]?$"
    # (the answer named first: 律师解答：外卖骑手送餐途中出车祸，算不算工伤？)
    r"|^\s*(?:【)?律师(?:解答|解读|答疑|支招|说法)(?:】)?[：:]?"
)
"""A question a lawyer answers (…算不算工伤？律师解答; …肇事方要担什么责？律师：…)."""
_FOOTAGE = re.compile(r"的?(?:视频|图片|照片|画面)")
_PASSED_OFF = re.compile(
    r"(?:将|把|拿|用)(?:一段|一则|一张)?(?:外地|外省|外市|外县|境外|国外|多年前|几年前|前几年|以前|往年)"
    r"[^，,。；;！!？?]{0,10}$"
)
"""Footage of another place or time taken to pass off as one of here, up to its event word (将外地一起车祸视频
配上…的文字发布, 把几年前外省的爆炸视频…)."""
_RUMOUR_DENIED = re.compile(
    # or told what it really was (网传“…食物中毒…”，经核查，系个别学生肠胃不适)
    # (经市卫健局核查，系个别幼儿感冒发热: by whom between)
    # (who it was between: 网传…“煤气中毒身亡”？经社区核实，老人系突发心脏病去世; not the event: 火灾系…引起)
    rf"{RUMOUR_DENIED}|实为|实系|经[^，,。；;！!？?\n]{{0,10}}?(?:核查|核实|调查|查实)[，,]?"
    r"(?:(?![^，,。；;！!？?\n]{0,3}?(?:事故|火灾|爆炸|起火|着火|中毒))[^，,。；;！!？?\n系为]{1,3})?(?:系|为)"
    # or the occurrence denied (有人说化工厂爆炸了？官方回应：系…例行泄压排放，未发生爆炸)
    r"|未发生|并未发生|没有发生|并非发生"
)
_QUESTIONED = re.compile(r"[^，,。；;！!？?\n]{0,12}?[？?]")
"""The rest of a clause asked as a question (江山发生爆炸了？)."""
_ANSWERED = re.compile(
    # (as people post it: 官方刚回应了 是厂里正常放气)
    # (or by a bureau: 网传“…电梯坠落致人死亡”？市市场监管局：系电梯故障困人)
    r"(?:回应|回复|答复|通报|辟谣|官方|警方|交警|公安|派出所|消防|[^，,。；;！!？?：:\s“”]{1,10}?(?:局|部门|大队|支队|中心|政府))"
    r"(?:[：:]|了?\s)\s*(?:系|是|为"
    # (or that those said taken are safe: 网传“2名小学生被绑架”？警方：2名学生因贪玩未按时回家，现已找到，身体状况良好)
    r"|[^。；;！!？?\n]{0,40}?(?:已找到|已平安|平安返回|安全返回|身体状况良好|未发生|不属实|并非))"
)
"""A question answered by what it was (江山发生爆炸？官方回应：系正常放气; 官方辟谣：系正常放气; 官方：系正常放气)."""
_TOPIC_TAG_END = re.compile(r"[^#\s，,。；;！!？?]{0,10}#")
"""The rest of a topic's tag (#江山爆炸#)."""


def _in_topic_tag(text: str, start: int) -> bool:
    """Whether ``start`` is inside a topic's tag: a ``#`` opens it shortly before, nothing between breaks it."""
    opened = text.rfind("#", max(0, start - 12), start)
    return opened >= 0 and _TOPIC_TAG_END.fullmatch(text[opened + 1 : start] + "#") is not None


_QUOTE_SPAN = 30
_HOAX_BEFORE_QUOTE = re.compile(r"(?:谎称|报假警称?|假报警称?|编造|捏造|虚构|造谣称?)[：:]?$")
"""A hoax's words right before its quote (谎称“…”): what the quote tells did not happen."""
"""How far a quote around an emergency word may reach either side of it."""
_QUOTE_DENIED = re.compile(
    # (by whom between: ”系网友拼接旧图)
    rf"(?:一事|的说法|的消息|的传言)?(?:系|是|为|纯属|属)?(?:网友|网民|他人|有人)?(?:{RUMOUR_DENIED})"
)
"""Right after a quote's end, its denial (”系谣言, ”不实, ”的说法不属实)."""
_STAGED_REACH = 40
"""How far from a word of a crash 碰瓷 (one staged for money) is looked for."""
_RUMOUR_REACH = 80
"""How far after a rumour's word its denial is looked for (网传…发生爆炸致5人死亡，系谣言)."""
_AVERTED = r"险遇|险遭|险被|险些|险酿|险致|差点|差一点|阻止|挫败|粉碎|避免了|化解了"
"""A near miss: the event was about to happen and did not (险遇恐怖袭击, 成功阻止了一起爆炸)."""
_BEFORE = Prefiltered(
    re.compile(f"(?P<averted>{_AVERTED})|(?P<risk>{_RISK})|(?P<campaign>{_CAMPAIGN})|(?P<denial>{_DENIAL})")
)
_SPREAD = re.compile(r"[^，,。；;！!？?\n]{0,4}?(?:蔓延|扩大|扩散|升级|恶化|进一步|次生|再次发生)")
"""What stopping an event's spread says happened (阻止火灾蔓延)."""
_HABIT = re.compile(
    r"经常|常常|时常|常年|常有|时有|频繁|频频|屡屡|屡次|多次|每次|每逢|每当|每年|每个月|每月|每周|每天|天天|每晚|每日|总是|老是|动不动"
    r"|时不时|不时|很少|极少|鲜有"
    # (how it mostly goes: 溺水往往是无声的, 溺水事故往往发生在暑假; someone's record: 他从水中救起过40多名落水儿童)
    r"|往往|通常|救起过|救出过|救过"
    # what has happened at some time or other (都有过落水情况, 这里发生过多次车祸, 这个路口以前就出过车祸)
    r"|有过|发生过|出现过|出过"
    # (several over years: 两年里出了好几起车祸)
    r"|(?:好几|多|数|几)起$"
)
"""A habit or a generic statement, unless the clause states a toll (多次行凶致5死13伤)."""
_TOLL = re.compile(r"[\d０-９一二两三四五六七八九十百]+(?:人|名)?(?:死|伤|遇难|身亡|身故|丧生|受伤)")
_AFTER = re.compile(
    rf"[^，,。；;！!？?\n\s]{{0,{AFTER}}}?(?:(?P<averted>未遂|未果|(?:被|遭)[^，,。；;！!？?\n\s]{{0,6}}?(?:阻止|挫败|粉碎))"
    r"|(?P<risk>隐患|风险|危险(?!化学品|品|废物)|苗头|的可能|之虞"
    # what it would be or bring (起火引起汽车爆炸将会是重特大事故, 发生火灾不堪设想, 失火可能性加大)
    # (not 火灾将会由消防部门调查: what will be done about one that happened)
    r"|将会(?:是|造成|导致|引发|带来|危及|威胁)|将是|会是|可能性|都有可能|不堪设想|难以想象|无法想象|不可想象|无处逃生"
    # what it can do at its worst (一氧化碳中毒严重者可致死亡)
    # (一氧化碳中毒严重者可在短时间内昏迷甚至死亡)
    r"|(?:严重|重)(?:者|时)(?:可|会|能)|(?:严重|重)(?:可|会|能)(?:致|导致|危及|引起|造成)"
    # what a building or a plan withstands (遇强烈地震也能保障师生安全), weather yet to come (第5号台风预计
    # 7月3日前后影响我市)
    # (预计将于明天夜间在浙江沿海登陆)
    r"|无法逃生|也能|也可以|也不会|都能|预计[^，,。；;！!？?\n]{0,16}?(?:影响|登陆|到达|抵达|过境)"
    # (a rule's deadline: 须在事故发生后1小时内报告)
    r"|发生后[\d一二两三四五六七八九十]+(?:个)?(?:小时|分钟|日|天)内|发生之日起"
    # (how they are graded, asked: 生产安全事故的等级是怎么划分的)
    r"|(?:的)?(?:等级|级别)(?:是)?(?:怎么|如何|怎样)"
    # a typhoon formed, not yet come (台风“白鹿”已于今晨生成), how often a kind comes (极端暴雨发生频率可能增加)
    r"|生成|发生频率|频率|频次|几率|概率|(?:无法|不能)(?:准确)?(?:预报|预测)"
    # (what to do if it does: 电动车电池起火了怎么办？)
    r"|了?怎么办"
    # (or how to escape it: 商场购物遇火灾怎么逃生？)
    r"|(?:时|了)?(?:怎么|如何|怎样)(?:逃生|自救|避险|应对|处置)"
    # a gas's measure found high, before anything happened (回风巷瓦斯浓度异常，调度室立即下令撤人)
    r"|浓度(?:异常|超标|超限|升高|偏高)|超限)"
    # (a vaccine is prevention: 甲型流感疫苗, 可抵御生物袭击的疫苗)
    # (rumours of kinds of events: 对涉地震、爆炸、疫情等突发事件谣言快查快处; a weather's advice: 暴雨出行提示)
    # (a record kept: 连续12年实现山洪灾害“零伤亡”)
    r"|(?P<campaign>[“\"]?零(?:伤亡|死亡)|形势|模拟|仿真|谣言|出行提示|安全提示|温馨提示|预警|警报|警告信号|防范|防控|预防|防治|防御|监测(?!周报|月报|日报|报告|情况)|常识|演练|演习|推演|预案|排查|整治|宣传|知识|培训(?!机构|学校|中心|班|基地)|疫苗|周年|纪念日|灾区重建|灾后重建"
    # (its dead mourned: “8·3”洪灾遇难同胞悼念仪式)
    r"|悼念|追悼|祭奠|公祭"
    # what follows an incident long after it: its report, its lessons, its warning to others
    # (“8·12”特别重大火灾爆炸事故调查报告公布, 吸取…事故教训, 事故警示教育大会, “3·15”较大事故责任人作出处理决定,
    # 关于对“3·17”较大爆炸事故有关责任人员处理意见的通报)
    r"|调查(?:评估)?报告|调查处理|处理结果|处理决定|责任人员?处理|责任追究|问责|追责|教训|警示|案例"
    # (its measures carried out, long after: “8·26”较大火灾事故整改落实情况的评估报告)
    r"|整改(?:落实|情况|措施|方案|报告|评估)|评估报告"
    # a duty to report them (严格落实事故信息报告制度), what a disease of animals does not do (非洲猪瘟不感染人)
    r"|信息报告|(?:报告|报送)制度|不(?:会)?(?:感染|传染)(?:给)?人"
    # an aim for a kind of incident (万台电梯事故死亡人数控制在0.1以下)
    r"|控制在(?=[^，,。；;！!？?\n]{0,12}?(?:以下|以内|之内))"
    # (its finding of responsibility, a procedure: 事故认定材料交了一个月还没结果)
    r"|认定(?:书|材料|结果|结论)"
    # a penalty for it (因“4·7”爆炸事故被处以罚款260万元)
    r"|被处以|处以罚款|被罚款|行政处罚|有关责任单位|责任单位"
    # who answers for it (对今年4月发生的一起中毒事故负有责任，被…罚款)
    r"|负有(?:主要|直接|重要|领导|管理|监管)?责任)"
    # a work's subject (以汶川地震为题材), or a meeting's (全国地震科学研讨会开幕, 海地地震捐助国峰会)
    # (or a device named for it: 燃气泄漏报警器)
    r"|(?P<sense>为题材|题材|纪念碑|纪念馆|报警器|探测器|检测仪|报警装置|救助基金|责任保险|强制保险|研讨会|论坛|峰会|学术|年会|博览会|展览会|捐助国|国际会议)"
    # (how it mostly goes: 溺水往往是无声的, 溺水事故往往发生在暑假)
    r"|(?P<habit>多发|易发|高发|频发|发生率|时有发生|屡有发生|时常发生|屡见不鲜|往往|通常"
    # (a share of a kind: 电动自行车火灾约八成发生在充电过程中)
    r"|(?:约|近|超过|逾|有)?(?:[一二三四五六七八九]成|半数|过半|\d{1,2}(?:\.\d{1,2})?%)(?:以上)?(?:发生|是|为|系|由|集中|源于|起因))"
    r")"
)
WEATHER_WORDS = frozenset(
    {"暴雨", "台风", "冰雹", "大风", "暴雪", "雪灾", "龙卷风", "寒潮", "沙尘暴", "风暴潮", "强降雨", "强降水"}
    | {"大暴雨", "特大暴雨", "雷雨大风", "雷暴大风", "短时强降水", "强对流", "大风把"}
    | {"雨雪冰冻", "低温冰冻", "冰冻雨雪"}
)
"""Weather that forecasts tell of before it comes."""
_FORECAST = re.compile(
    r"预计|预报|预测|将有|将迎来|即将迎来|将出现|或将|有望|将受到?|将影响|明[天日]|后天"
    r"|未来[\d一二两三四五六七八九十]{0,3}(?:天|小时|几天|一周|周)"
)
"""A forecast, in the clause before a weather word (预计明天我市将有暴雨, 气象台预报：今天夜里到明天有暴雨)."""
_WEATHER_NEWS = re.compile(r"的?(?:消息|动态|路径|信息|走向|预警信息)")
_HEED = re.compile(r"留意|关注|注意|提醒|了解|查阅|查询")
"""Words asking to follow a weather's news, before it (提醒旅客留意当地台风消息)."""
_YEARS_SINCE_AFTER = re.compile(
    r"[^，,。；;！!？?]{0,6}?(?:已经)?过去(?:了)?(?:整整|已经|足足)?(?:[\d一二两三四五六七八九十几多数]+|多|好几)年"
)
"""The years told as passed since the event right after its word (…爆炸事故过去整整十年了)."""
_COMING_AFTER = re.compile(
    # (its coming told right after it: 台风将至，请市民收好阳台花盆)
    r"(?:将至|即将来袭|即将到来|来临前|来袭前)"
    # (as people post it: 台风要来了 预计周六在浙江沿海登陆)
    r"|(?:又|就|马上|快)?(?:要来了|快来了|要到了|快到了)"
    # (where it is told first: 台风“珊珊”中心目前位于温州市东南方约380公里的海面上，正以…向西北方向移动)
    r"|[^。！？!?；;\n]{0,40}?(?:正在|正)[^。！？!?；;\n]{0,16}?(?:向|朝)[^。！？!?；;\n]{0,12}?(?:靠近|逼近|移动|移近)"
    # (its strength told between: 正以每小时15～20公里的速度向西北方向移动，强度逐渐加强，预计明天夜里登陆)
    r"[^。！？!?；;\n]{0,12}?(?:预计|将于|将在|或将|有望)"
    # (or formed far off, then where it is expected: 台风“银杏”已于今晨在菲律宾以东洋面生成，预计将…向西北方向移动;
    # or how far it still is: …洋面生成，目前距离我省较远)
    r"|[^。！？!?；;\n]{0,30}?(?:洋面|海面|海域)(?:上)?(?:生成|形成|加强为)[^。！？!?；;\n]{0,6}?(?:预计|将于|将在|或将|有望|距离|距)"
    # (or what it will bring, as its influence: 受台风“康妮”外围影响，预计明天下午起我市将出现暴雨)
    r"|[^。！？!?；;\n，,]{0,12}?影响[，,](?:预计|未来[\d一二两三四五六七八九十]{0,3}(?:天|小时)|明[天日]|后天)"
)
"""Weather on its way, then when it is expected (台风正在向我国东南沿海靠近，预计周六…登陆): none that came yet."""
_CAN_CAUSE = re.compile(r"可(?:致|导致|造成|引起|引发|致使)(?![^，,。；;！!？?\n]{0,3}[\d一二三四五六七八九十两数多])")
"""Right after the word, what it can do, no count told (一氧化碳中毒可致死亡, 火灾可导致窒息): a thing's harm
told in general (not 发生爆炸，可能导致…, what one that happened may bring)."""
_ONLY_THEN = re.compile(
    r"[^，,。；;！!？?\n\s]{0,8}?(?:才(?:会|能|肯|引起|有人|重视|管|处理|解决|整改|采取)|方(?:才|能|会|引起|重视))"
)
_WAITED_FOR = re.compile(r"要|等|非得|非要|难道|是不是|除非|直到")
"""What only an incident would bring (是不是要发生事故才会引起重视, 不要等出现伤亡的事故方引起重视):
a 才 after the word, with a wait or a condition before it (not 车祸发生两小时后交警才处理, which happened)."""
_TALLIED = frozenset({"事故", "车祸", "火灾"})
_TALLIED_ENDS = tuple(_TALLIED)
"""The words of :data:`_TALLIED` as endings (电梯事故率: a rate of lift accidents)."""
_TALLY_AFTER = re.compile(
    r"不断|频繁|较多|很多|多起|频出|总量|总数|起数|数量|发生数|死亡率|率|受害率|受灾率|发案率|发生率"
    # (as people complain of it: 这个路口车祸太多了)
    r"|太多|特别多|多得很|老是|经常"
    # a figure compared with a year's or a month's before (交通事故死亡人数同比下降15.3%)
    r"|[^，,。；;！!？?\n]{0,8}?(?:同比|环比)"
    # (or a share of all: 引发的森林火灾占火灾总数的三成以上)
    r"|占[^，,。；;！!？?\n]{0,8}?(?:总数|总量|比例|比重|[\d一二三四五六七八九十几]成|%)"
)
"""Right after an accident word, what makes it a place's record (事故较多, 车祸不断发生) or a count of
them (事故总量和死亡人数持续下降, 火灾起数, 事故率, 森林火灾受害率, 事故死亡人数同比下降; a count, 事故15起, is
:mod:`classifier.tallies`'s), not what an incident caused a few words on (爆炸致很多人受伤, 暴雨导致多起山体滑坡)."""
_SITUATION_AFTER = re.compile(r"情况|形势|态势|特点")
_SINCE_BEFORE = re.compile(
    r"(?:(?:今年|本年|年初|上半年|下半年|前三季度|一季度|入冬|入夏|入汛|汛期|[\d一二三四五六七八九十]{1,2}月份?)以来"
    # (or the period whole: 会议通报了上半年全省事故情况)
    r"|上半年|下半年|前三季度|[一二三四]季度|全年|上月|上周|本周)"
    r"[^，,。；;！!？?\n]{0,8}$"
)
"""The situation of a period's accidents (通报今年以来事故情况, 分析入冬以来火灾形势, 通报了上半年全省事故情况): a
record, no incident."""
_CLAUSE_REST = re.compile(r"[^，,。；;！!？?\n]*")
_REPORT_BEFORE = re.compile(r"调查报告|调查处理|处理结果|处理决定|调查结论")
"""An incident's report, earlier in the sentence of a finding (``认定为…事故``, ``定性为…事故``): the
finding is the report's, made long after the incident (``“3·21”爆炸事故调查报告公布 认定为重大生产安全
责任事故``), not a new incident."""
_NEGATED = re.compile(
    # (not a sinking's 没: “11·20”重大渔业船舶沉没事故)
    r"(?:没有|(?<![沉淹埋出湮吞覆隐])没|未|不要|不许|不准|不得|不能|不会|(?<![特分区级类个性告离辨识])别|不|无"
    # (what it was not, not asked: 老师说是感冒发烧，不是食物中毒; not 是不是食物中毒)
    # (or not a real one: 系影视剧拍摄现场，并非真实事故)
    r"|(?:(?<!除)非|(?<!是)(?:并)?不是)(?:真实|真正的?)?"
    r"(?:食物|食源性|一氧化碳|燃气|天然气|煤气|液化气|氨气|氯气|安全|生产安全|坍塌|交通|火灾|森林|山林)?"
    # (none caused: 上坟烧纸被当场查获，未引发火情)
    r"|(?:未|没有|没)(?:引发|造成|酿成|导致)"
    # (none found or reported over a list: 本月全市未发现高致病性禽流感和非洲猪瘟疫情)
    r"|(?:未|没有)(?:发现|发生|出现|报告)[^，,。；;！!？?\s]{0,14})$"
)
"""Negated right before the word (没有闹事, 不要闹事, 不冲突, 全年无事故发生, 系烧秸秆，非火灾, 并非食物中毒,
不是食物中毒, 并非燃气泄漏, 系施工爆破作业产生的声响，非安全事故, 并非坍塌事故)."""
_RULED_OUT = re.compile(
    # (what poisoned named between: 警方排除一氧化碳中毒可能)
    r"排除(?:了)?(?:是|为|系)?(?:一氧化碳|煤气|燃气|沼气|天然气|硫化氢|有毒气体|气体|食物|农药|药物)?$"
)
"""A diagnosis or a cause ruled out (经检测，排除霍乱; 警方已排除爆炸): it did not happen."""
_INTENT = Prefiltered(
    re.compile(
        r"(?:扬言|威胁|声称要|欲|(?<![理思联设梦感构料猜])想|(?<![索需重主只必纪摘首简概提紧不还])要|打算|准备|企图|试图)(?:要|去)?[“「]?$"
        # (or where: 一男子携带汽油欲在商场内纵火，被保安当场制止)
        r"|(?:扬言要?|欲|企图|试图|准备|打算)(?:在|到|去|往)[^，,。；;！!？?]{1,8}$"
        # (or into somewhere: 扬言要进校砍人, 扬言要冲进去打人)
        r"|(?:扬言|威胁|声称)要?(?:进|冲进|闯进|闯入)[^，,。；;！!？?]{0,6}$"
        # (what was said quoted: 扬言要“去学校砍人”的男子被警方依法行政拘留)
        r"|(?:扬言|威胁|声称)(?:要|会)?[“「\"](?:要|会)?(?:去|到|在|进)?[^，,。；;！!？?“”]{0,8}$"
        # a threat with its object (扬言将其杀害, 扬言要把他打死)
        r"|(?:扬言|威胁|声称)(?:要|会)?(?:将|把)(?:其|他|她|他们|她们|对方)$"
        # or where it would be done (有网友在微信群里扬言要去学校砍人)
        r"|扬言(?:要|会)?(?:去|到|在)[^，,。；;！!？?]{1,8}$"
        r"|(?:企图|试图|策划|密谋|图谋|预谋|阴谋|欲|准备|计划|打算)(?:制造|实施|发动|进行)(?:恐怖|暴恐|自杀式|爆炸)?$"
    )
)
_INTENT_AFTER = re.compile(r"相威胁|相要挟|相逼|威胁")
"""以跳楼相威胁: a threat."""
_LIKENED_BEFORE = re.compile(
    # (or 简直 alone: 人挤人 简直窒息)
    r"(?:简直是|简直就是|简直|无异于|如同|好比|相当于|等同于|堪比|变相|犹如|形同|就像|好像|像|如遭|犹如遭|仿佛遭|有种|有一种|阴沟里|真是|令人)$"
    # (a likeness before it: 需求像暴雨一样砸下来)
    r"|像[^，,。；;！!？?\n\s]{1,8}?一样$"
    # with a few words between (就像一个巨大的爆炸场声响), none of them telling what happened
    # (好像出车祸了: it seems there was one, not a likeness)
    r"|(?:简直是|简直就是|无异于|如同|好比|犹如|宛如|仿佛|就像|好像|像是)(?:(?!发生|出现|突发|引发|造成|致|了|出)[^，,。；;！!？?\n\s]){1,8}$"
    # a crowd or the heat overstated (五一景区人挤到窒息, 闷得快窒息了)
    # (who between: 早高峰的地铁挤得我快窒息了)
    r"|(?:挤|热|闷|憋|尴尬|无语|美|帅|笑|气|累|忙|火爆)(?:到|得)(?:我|人|我们|大家)?(?:快要?|都快|要)?(?:原地)?$|原地$"
    # (a queue: 电梯排队排到窒息; those who feel it: 家长也快窒息了)
    r"|排(?:队)?(?:到|得)(?:我|人)?(?:快要?|都快|要)?$|(?:家长|打工人|社畜|我们|大家)(?:也|都)?(?:快要?|要)$"
    # or money or a mood (账户直接爆炸了，心态彻底崩塌)
    r"|(?:账户|股市|股票|基金|收益|行情|心态|心情|气氛|氛围|门诊量|客流|人流|生意|信任|信心|人设|形象|脑袋|脑子|朋友圈|评论区|热度|流量|人气|销量|信息量|订单量?|持仓|账单|话费|水费|电费|花呗|信用卡"
    # (a patience or a team: 我的耐心彻底崩塌了, 下半场对手直接雪崩)
    r"|耐心|理智|情绪|对手|主队|客队|球队|防守|后防线?"
    # (a plan or a day's orders: 攻略彻底翻车了, 今天单量直接爆炸)
    r"|攻略|计划|行程|直播|表白|单量|单子"
    # (a load of work or parcels, or a price: 作业量直接爆炸, 快递量直接爆炸, 煤价一周内雪崩)
    r"|作业量?|工作量|快递量?|件量|价格|(?:煤|油|房|菜|肉|金|股)价"
    # (a driving test's or an exam's: 科目二倒车入库直接翻车了)
    r"|倒车入库|侧方停车|侧方位停车|半坡起步|科目[一二三四]|考试|面试|答辩"
    # (a system or a site: 挂号系统一到早上8点就崩塌; not 平台, a work platform's collapse: 施工平台坍塌)
    r"|系统|网站|服务器|APP|App|app|小程序|网络|网页"
    # (shares: 科技股集体雪崩, 板块全线雪崩; not a measure, 一股泥石流冲进工业园区)
    r"|(?<![屁一两几这那])股|板块|大盘|指数)"
    r"(?:直接|都|也|又|彻底|瞬间|简直|要|快|就|集体|全线|今天|一到[^，,。；;！!？?\s]{0,8}?"
    r"|(?:一|几|两|三)(?:天|周|夜|个月)(?:之)?内|还是|依然|仍然|照样)*$"
)
_WARNED = re.compile(r"别让|不要让|莫让|勿让|小心(?!翼翼)|(?:别|不要|莫|可别|千万别)(?:再)?出$")
"""A warning before the word (小心别让车把人撞了, 开车的朋友慢点 别出事故): searched apart, only in a clause holding 让
or 小心 or ending with 出 (a 不 of :data:`_BEFORE` would stop its prefilter at every negation)."""
_COMPARED = re.compile(r"(?:同比|环比)(?:分别)?(?:下降|上升|增长|减少|增加|持平|降低|提高)")
"""Figures of a period compared with another's (同比下降18%)."""
_SHARE_AFTER = re.compile(
    r"[^，,。；;！!？?\d]{0,8}?占(?:[^，,。；;！!？?]{0,16}?)(?:总数|总量|比例|比重|[\d.]+%|[一二三四五六七八九]成|半数|首位|多数|大多数)"
    # (its share ranked: 夜间充电起火占比最高)
    r"|占比(?:最高|最大|最多|较高|居首|第一)"
    # (or next after it: 物体打击、坍塌事故次之)
    r"|[^，,。；;！!？?\d]{0,10}?次之"
)
"""A kind's share of many incidents, right after its word (坠落事故占事故总数的五成以上, 火灾占比42%)."""
_COUNTED_IN = re.compile(r"[\d一二三四五六七八九十百千]+(?:余|多)?(?:人|名|起|宗|次|例)")
_QUOTED_REACH = 6
"""How far before a word ending a quotation its opening mark is looked for (a short name quoted: “排队地震”)."""
_QUOTED_REPORT = re.compile(r"发生|突发|出现|造成|致|了")
_FIGURATIVE_WORDS = frozenset({"地震", "洪水", "海啸", "雪崩", "爆炸", "台风", "龙卷风", "山洪", "泥石流"})
"""Words of a disaster said of other things too, which a short quotation names as such (“排队地震”)."""
_INSURANCE = re.compile(
    r"被保险人|保险合同|保险金|意外险|保障范围|统统保|都能保|都保(?!住|下|护)|承保|最高可?赔付|立即投保|保额|可理赔|予以理赔"
    r"|农房保险|可获赔"
    # (an advertisement's: 意外保障计划…最高赔偿100万元，即日投保享八折)
    r"|保障计划|即日投保|投保享|意外伤害保险|意外伤害险"
)
"""A policy's words: the incidents named in such a text are what it covers (not 房子都保住了, what was saved)."""
_insured_last: tuple[str, bool] = ("", False)


def insured(text: str) -> bool:
    """Whether ``text`` holds a policy's words (意外险…火灾烧伤统统保): what it names is what a policy covers."""
    return ("保" in text or "险" in text) and _insured(text)


def _insured(text: str) -> bool:
    """Whether ``text`` holds a policy's words (:data:`_INSURANCE`), found once for the text asked about last
    (each emergency word of a text asks; by identity, the text and its answer swapped as one pair)."""
    global _insured_last
    last = _insured_last
    if last[0] is not text:
        last = _insured_last = (text, _INSURANCE.search(text) is not None)
    return last[1]


_LIKENED_AFTER = re.compile(
    r"[^，,。；;！!？?\n]{0,6}?(?:有什么区别|有何区别|有啥区别|没什么区别|没有区别|无异|何异|没两样)"
    # (声音大得跟爆炸一样, 像地震似的)
    r"|(?:一样|似的)(?=[，,。；;！!？?\n]|$)"
    # (a manner named by the word: 塌方式腐败, 爆炸式增长, 井喷式, 雪崩式下跌)
    r"|式(?=[\u4e00-\u9fff])(?!样)"
)
_ASKED = re.compile(
    r"怎么办|谁[^，,。；;！!？?\n]{0,3}负责|谁来承担|谁担责"
    r"|如何(?:正确|科学|安全)?(?:获赔|理赔|索赔|自救|逃生|急救|避险)"
)
"""出了事故怎么办, 发生安全事故谁来负责: a fear put as a question; 车祸致残如何获赔, 遇到火灾如何逃生: a
question of what one does after one (an explainer, not an incident)."""
_WHETHER = re.compile(r"(?:算不算|是不是|属不属于|算是|是否(?:属于|算)?)[\u4e00-\u9fff]{0,3}$")
"""Whether something counts as the word, asked right before it (算不算食物中毒？)."""
_YEARS_BEFORE = re.compile(
    r"(?:近|最近|过去)(?:\d{1,2}|[一两二三四五六七八九十几]{1,2})年(?:来|间|内|里|中)?"
    # (or a place-wide word right after: 近五年全市森林火灾中，约八成由…引起)
    r"(?:(?:(?!最|首)[^，,。；;！!？?\n]){0,10}的[^，,。；;！!？?\n]{0,8}|(?:全|我)[国省市县区])$"
)
"""A span of years before the word in its clause, what it names told of them (我省近三年发生的电动自行车火灾中): the
events of years, not one (not one compared with them: 近十年来最大的一场火灾)."""
_WHY = re.compile(r"(?:为什么|为何|为啥)[^，,。；;！!？?\n]{0,12}$")
"""Why, asked before the word in its clause (为什么今年夏天冰雹特别多？): a question of a kind of thing."""
_REPORTED_BEFORE = re.compile(r"(?:反映|来电|举报|咨询|投诉|网传)的?[^，,。；;！!？?“”\n]{0,12}?[“\"]")
"""What a caller or a post said, quoted (市民来电反映的“…”)."""
_MISTAKEN = Prefiltered(
    re.compile(
        r"(?:(?:误|错)[^，,。；;！!？?\n]{0,10}?(?:看|当|认|听)(?:成|做|作)|误以为|误认为|(?<!自)以为)"
        r"(?:(?!导致|造成|引发|引起|致)[^，,。；;！!？?\n]){0,6}$"
    )
)
"""A mistake (误将红布看成起火, 误以为发生了爆炸, 以为发生山火): what was seen did not happen (not 误将油门当成刹车导致
车祸)."""
_DRILL_HELD = re.compile(r"(?:举行|举办|开展|组织|进行)(?:了)?[^，,。；;！!？?\n]{0,30}?(?:演练|演习)")
"""A drill held, its name between (举行危险化学品仓库火灾爆炸事故应急救援综合演练): the words in it name its scene."""
_TITLE_REACH = 30
"""How far a title of a work (《暴雨》) reaches around the word."""
_SCENARIO = Prefiltered(
    re.compile(r"(?:演练|演习|推演)(?:设想|设定|假设|假定|想定|场景|情景|背景)[：:]|(?:试想|设想一下|想象一下)[，,：:]")
)
"""A drill's scenario told after its label (演练设想：…导致办公楼三楼微机房发生火灾), or what a writer
asks the reader to imagine (试想，一锅炉发生爆炸，会直接让铁轨受损): imagined."""
_ADVICE_AFTER = re.compile(
    # (发现燃气泄漏请立即关闭阀门、开窗通风)
    # (遇到持刀行凶等暴力事件，请第一时间拨打110报警: a kind named between)
    r"(?:[^，,。；;！!？?\s]{0,8}[，,\s])?(?:"
    r"(?:请|要|应|务必|应当)(?:立即|及时|第一时间|马上)?(?:拨打|报警|报告|撤离|告知|关闭|关掉|开窗|远离|疏散|转移|向|往)"
    # (or what to do at once: 遇到高速公路交通事故，请立即开启危险报警闪光灯; 发现有人一氧化碳中毒晕倒，应立即打开门窗)
    r"|(?:请|要|应|务必|应当|应该)(?:立即|及时|第一时间|马上|迅速|尽快|保持冷静)"
    # (or what not to do: 发现有人落水不要盲目下水施救)
    # (发现有人落水不要盲目下水施救; who between: 切勿手拉手盲目下水施救)
    r"|(?:不要|切勿|千万不要|千万别|别)[^，,。；;！!？?\s]{0,6}?(?:盲目|贸然|擅自)"
    # (or told firmly, no word of haste: 发现有人落水千万别手拉手下去救)
    r"|千万(?:不要|别|不能)|切勿"
    # (or what to do first, as people post it: 遇到交通事故先打双闪; not what was done: 发现火情，先打了119)
    r"|先(?:打|开|拨|报|关|撤|停|放)(?!了))"
)
"""What to do on finding an incident (发现火情请立即拨打119): advice, none found."""
_ADVICE_BEFORE = re.compile(r"(?:发现|遇到|遇有|如遇|碰到)[^，,。；;！!？?\s]{0,10}$")
"""On finding or meeting one, right before the word (发现火情, 遇到交通事故); not 发生 (小区发生火灾，请居民立即撤离
reports one)."""


def advised(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is what to do on finding or meeting one
    (遇到持刀伤人等暴力事件，请第一时间拨打110报警): advice, none found."""
    last_break = _UP_TO_CLAUSE_BREAK.match(text, max(0, start - REACH), start)
    return _advice(text[last_break.end() if last_break else max(0, start - REACH) : start], text, end)


def _advice(before: str, text: str, end: int) -> bool:
    return _ADVICE_BEFORE.search(before) is not None and _ADVICE_AFTER.match(text, end) is not None


_CODED_BEFORE = re.compile(r"[“\"]\d{1,2}[·.．•]\d{1,2}[”\"][\u4e00-\u9fff]{0,8}$")
"""An incident named by its date's code, right before its word (“4·7”火灾事故, “5·21”运输事故)."""
_PENALTY = re.compile(r"处以罚款|罚款|行政处罚|被处|被罚")
"""A penalty, after the word: what an earlier incident brought (…被市应急管理局处以罚款45万元)."""
_HALTED = re.compile(r"停产整顿|停产整改|恢复生产|复产|复工|处置不力|问责|追责|被处分|免职|停职")
"""A halt for an earlier incident, or the work resumed after it (因“3·08”顶板事故停产整顿的某煤业公司…今日起
正式恢复生产), or those held to account for it (因“5·12”命案处置不力，某派出所2名民警被问责)."""
_SETTLED = re.compile(
    r"(?:责任人|责任人员|公职人员|干部)[^，,。；;！!？?]{0,10}?(?:追究|处分|问责|追责|判处|判刑|逮捕|起诉)"
    r"|遗体告别|告别仪式|调查(?:结论|结果)|(?:预付|垫付|赔付|支付|发放)[^，,。；;！!？?]{0,6}?(?:理赔款|赔偿款|赔偿金|抚恤金)"
)
"""What an incident named by its date's code brings long after, in its sentence: those to blame tried or punished
(“5·18”透水事故13名责任人被依法追究刑事责任), its dead's funeral (“6·1”事故遇难者遗体告别仪式), its finding, the
insurance or compensation paid (保险公司已向“5·9”车祸3名遇难者家属预付理赔款)."""
_SETTLED_REACH = 30
_RULE = re.compile(r"第[\d一二三四五六七八九十百零]+条|》(?:规定|明确)[：:，,]")
"""A law quoted, by its article (第十四条…受到交通事故伤害的) or its title (《…办法》规定：…发生交通事故造成人身
伤亡…的，由救助基金先行垫付): its words are a rule's condition."""
_BAND = re.compile(r"(?:一般|较大|重大|特别重大|Ⅰ级|Ⅱ级|Ⅲ级|Ⅳ级)(?:及|或)?以上(?:的)?[\u4e00-\u9fff]{0,6}$")
"""Events named by a grade band (较大及以上森林火灾): a plan's class of events, not one that happened."""
_HANDLED_BY = re.compile(
    r"(?:事故|事件)?(?:的)?(?:由|分别由)[^，,。；;！!？?\n]{1,24}?(?:负责|组织|指挥|处置|启动|牵头|扑救|响应|调查|统筹)"
)
"""By whom a class of events is handled, right after it (…由属地乡镇人民政府组织扑救)."""
_FIGURATIVE = r"人设|形象|信任|信心|信仰|偶像|口碑|道德|价值观|精神|心理|体系|防线|世界观|人生观|三观|公信力|资金链"
"""What falls in a figure of speech (人设崩塌, 信任坍塌), not a building or a hillside."""
_SPHERES = (
    r"业绩|利润|净利润|营收|收入|盈利|销量|销售额?|产量|增速|经济|股市|股价|楼市|房价|车市|债市|币价|汇率|市值|价格"
    r"|菜价|肉价|猪价|油价|粮价|金价|物价|持仓|仓位|基金|股票"
    # (any price or a market's shares: 煤价直接雪崩, 港股雪崩, A股)
    # (or any stock named by its kind: 冰雪运动概念股今日集体雪崩; not a measure, 一股)
    r"|[\u4e00-\u9fff]价|港股|美股|A股|(?<![一两几这那屁])(?<=[\u4e00-\u9fff])股|恒指|大盘|指数|币圈"
    r"|成交量|成交|交易量|客流量?|流量|订单|数据|金融|财经|资本|行业|产业|票房|收视率?|口碑|人气|评分|支持率|民调|成绩|平均分|分数|考分|排名|收购价|批发价|售价|单价|信心|信任|道德|人事|政坛|政治"
    r"|政界|官场|外交|舆论|职场|娱乐圈|演艺圈|足坛|体坛|球坛|管理层|高层|财务|演技|画风|颜值|剧情|文笔|唱功|审美|智商"
    # (a market's sector, an exam's subject: 化工板块今日雪崩, 期末考试数学直接雪崩了)
    r"|板块|个股|考试|数学|语文|英语|物理|化学"
)
"""Economic, political and cultural things that shake, slide or collapse in a figure of speech (政治地震,
票房雪崩, 净利润大幅滑坡, 演技泥石流): never a place, so not 山体滑坡, 公路滑坡."""
_SHAKEN = re.compile(
    # (an adverb or two between: 房价真的雪崩了, 房价这下真的要雪崩了)
    # (or a trading session's time: A股午后雪崩; or all at once: 化工板块今日集体雪崩)
    rf"(?:{_SPHERES})(?:这下|这回|又|也|又一次|简直|直接|彻底|真是|真的|已经|都|就|快|要|算是|可以说|午后|盘中|早盘|尾盘|同比|环比"
    # (or the day: 股价今日雪崩)
    r"|今日|今天|昨日|昨天|当日|本周|上周|集体|一日|一天|单日){0,2}"
    r"(?:迎来|遭遇|上演|掀起|引发|爆发|发生|经历|出现|大幅|持续|明显|严重|急剧|断崖式|全面|再度|进一步|连续)?"
    r"(?:了|一场|一次|一轮|新一轮)?大?式?[“\"'‘「『]?$"
)
SENSES: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    # a shake-up (业绩地震, 人事大地震, 楼市迎来“地震”), an agency or a science (地震局, 地震学家)
    "地震": (
        _SHAKEN,
        # (or its warning system: 收到“地震预警”测试短信; a quake warned of is told as happening in its own words)
        # (a figure of speech's scale: 地震级新闻; not 地震级别, a quake's)
        re.compile(r"局|学(?!生|校|子)|部门|专家|科普|知识|预警|级(?!别)"),
    ),
    # a word run into the next (激起火箭队斗志, 点起火把)
    # (后院起火: strife at home, an idiom)
    "起火": (re.compile(r"后院$"), re.compile(r"箭|把|炬|锅|柴")),
    "龙卷风": (re.compile(r"(?:促销|降价|特价|优惠|购物|让利|团购|价格)$"), None),
    # breathtaking, or a side held down (令人窒息, 神勇的中锋让对手窒息, 尴尬到窒息, 美得窒息); not 致使2人窒息
    "窒息": (
        re.compile(
            r"(?:令人|让人|使人)$|(?<!致)(?:令|让|使)[^\d一二三四五六七八九十两几多数名个位，,。；;！!？?\s]{1,4}$"
            # (热到窒息, 闷得窒息: the weather, as people complain of it; 办公室气压低到窒息: the mood)
            # (麻辣烫辣到窒息: a dish; 早高峰堵到窒息: a road; any feeling or thing so much it takes one's breath,
            # not a body pressed or choked: 被勒到窒息, 被埋得窒息, 噎得窒息)
            r"|(?<![勒掐捂压埋困呛卡噎挤])(?<=[\u4e00-\u9fff])(?:到|得)(?:快要?|要|几乎|差点|近乎)?$"
        ),
        None,
    ),
    "跳楼": (None, re.compile(r"机|价|大甩卖|甩卖|戏")),
    # a fire's danger rated, not a fire (森林火险等级二级火险; 三级火灾隐患)
    **{f"{level}级火": (None, re.compile(r"险|灾隐患")) for level in "二三四五"},
    # a surveillance count (流感样病例占比有所上升: influenza-like illness), not an outbreak
    "流感": (None, re.compile(r"样")),
    "透水": (None, re.compile(r"混凝土|砼|砖|铺装|地坪|路面|性|材料")),
    # a mine's inrush studied or guarded against, not one happening (突水系数, 突水防治)
    "突水": (None, re.compile(r"率|系数|量|性|预测|预报|防治|机理|机制|评价|灾害防治")),
    # information leaked (零售版泄漏, 个人信息泄漏), not a gas or a chemical
    "泄漏": (re.compile(r"(?:版|信息|数据|隐私|机密|秘密|资料|试题|考题|密码|剧情|内容|照片|源码|源代码|文件)$"), None),
    # a medical or an examination 事故 is a dispute, not an accident (医疗事故鉴定, 考试事故)
    "事故": (
        re.compile(
            r"(?:医疗|考试|招生|录取|招考|阅卷|教学|计生|教育|服务|财务|金融|播出|舆论|公关|舞台|直播|放送|演出)$"
        ),
        # an insurance (交通事故责任强制保险, 交通事故强制责任保险凭证), an office (交通局事故科), a claim or a
        # dispute over one (涉及交通事故赔偿的诉求1523件, 2023年5月交通事故赔偿纠纷一事)
        re.compile(
            r"(?:责任)?强制(?:责任)?保险|责任(?:强制)?保险|责任险|强制险|保险|科(?!学|技)|的?(?:赔偿|理赔|索赔)的?(?:纠纷|诉求|问题|案件|咨询)"
        ),
    ),
    # (a kind of work, its rules or a course in it: 有限空间作业未执行审批制度, 有限空间作业安全专题培训班)
    "有限空间作业": (None, re.compile(r"(?:安全|审批|管理|制度|培训|专项|许可|前|须|必须|要|应|未|专题|规范|规程|票)")),
    "聚集": (None, re.compile(r"区|地|点|处|性|效应|人气")),
    # not come up to a meal (楼上两个都没上来吃饭)
    "都没上来": (None, re.compile(r"吃|睡|拿|玩|看|拜年|打招呼")),
    # words run together (财产损失事故: 损失 事故)
    "失事": (re.compile(r"损$"), None),
    # a scandal's name (中国男篮群殴门)
    "群殴": (None, re.compile(r"门")),
    # a boom (知识爆炸, 人口爆炸, 票房大爆炸, 宇宙大爆炸, 爆炸性新闻, 爆炸式增长), not a blast; nor a head
    # that cannot take any more (脑子直接爆炸了, 头都快要爆炸了)
    "爆炸": (
        re.compile(
            r"(?:知识|信息量?|人口|人数|数量|票房|数据|流量|消息|资讯|订单|需求|人气|话题|热度|粉丝|弹幕|评论|销量|产能|宇宙|脑袋|头脑"
            r"|脑子|大脑|心态|情绪|血压|肺|肺都)(?:都|直接|快|要|就要|都要|快要|简直|已经|彻底)*大?$"
            # (老板脸黑得像要原地爆炸: a likeness)
            # (我家娃写到一半直接原地爆炸了)
            r"|(?:像|好像|仿佛|简直)是?(?:要|快要)?原地$"
            r"|(?:人|我|娃|孩子|他|她|心态|整个人)[^，,。；;！!？?\s]{0,10}?(?:直接|都|就|快|要|快要)?原地$"
            # (one who cannot take a bill: 燃气费账单一出来我直接爆炸了)
            r"|(?:账单|话费|电费|水费|燃气费)[^，,。；;！!？?\s]{0,6}?[我人](?:直接|都|当场|瞬间)$"
            # (a dish or a show so much it bursts: 好吃到爆炸, 火到爆炸; not 被炸到, nor one who heard or saw one:
            # 网友称听到爆炸声)
            r"|(?<![被炸引听看闻感遇见收接传达])(?<=[\u4e00-\u9fff])(?:到|得)(?:快要?|要|直接)?$"
        ),
        # (or a device: 携带自制爆炸装置, 爆炸物)
        re.compile(r"性(?!物|气体|粉尘)|式|头(?!部)|装置|物"),
    ),
    # insurance against fire (火灾险, 火灾保险), no fire
    "火灾": (None, re.compile(r"险|保险")),
    # a failure or a fall, said of people, trust or prices (直播带货翻车, 人设崩塌, 信任坍塌, 股价雪崩, 洪水猛兽)
    # (网红火锅店“翻车”: a word quoted, as a failure is)
    "翻车": (
        re.compile(
            # (a forecast's failure too: 这波寒潮预报又翻车了)
            # (a navigator's or a show's: 导航直接翻车, 发布会真是大型翻车现场)
            r"(?:直播|带货|网红|主播|明星|演员|营销|宣传|人设|口碑|预测|预报|天气预报|测评|演唱会|发布会|品牌|公关|剧情|操作|导航|大型)"
            # (an adverb between: 新品发布会直接翻车)
            r"(?:直接|又|再次|彻底|当场|现场|一夜){0,2}$|“$"
        ),
        None,
    ),
    # (人设彻底崩塌了: an adverb between)
    # (心态直接崩塌: a player's mood)
    "崩塌": (
        re.compile(
            rf"(?:{_FIGURATIVE}|心态|心情|情绪|股价|股市|楼市|市场|价格|资金链)(?:彻底|完全|瞬间|直接|全面|一夜)?$"
        ),
        None,
    ),
    # (销量正遭遇“雪崩式”下滑: a fall of something else, told by its manner)
    # (业主们的信心也跟着坍塌了: a word or two between)
    "坍塌": (re.compile(rf"(?:{_FIGURATIVE})(?:也|都|又|跟着|随之|彻底|瞬间|直接){{0,2}}$"), None),
    "雪崩": (_SHAKEN, re.compile(r"式")),
    "滑坡": (_SHAKEN, None),
    "泥石流": (_SHAKEN, None),
    "洪水": (None, re.compile(r"猛兽")),
    # (a reputation sunk overnight: 口碑一夜沉船)
    "沉船": (re.compile(rf"(?:{_FIGURATIVE}|心态|心情|销量|股价|人气)(?:一夜|瞬间|直接|彻底)?$"), None),
    # a browser's or a domain's hijacking (主页被劫持, DNS劫持), no one taken
    "劫持": (re.compile(r"(?:主页|首页|浏览器|流量|DNS|域名|网页|页面|搜索|链接|账号|数据|路由器)被?$"), None),
    # a drainpipe (屋顶落水管, 落水口), a guard against falls (防落水护栏)
    # (and what to do when one sees it: 发现有人落水要科学施救, 遇到有人落水应…)
    "落水": (re.compile(r"防$"), re.compile(r"管|口|斗|槽|沟|洞|系统|护栏|要|应当?|应该|时要|时应|后要|后应")),
    # a thing fallen in, not someone (落入水中的手机, 手机不慎落入水中), or what to do (发现有人落入水中应…)
    **{
        f"{fell}{water}中": (
            re.compile(r"(?:手机|钱包|钥匙|证件|物品|东西|包)(?:不慎|意外)?$"),
            re.compile(r"的|要|应当?|应该|时要|时应|后要|后应"),
        )
        for fell in ("落入", "坠入", "掉入", "跌入")
        for water in ("江", "河", "水", "湖", "海")
    },
    # (发现有人溺水要大声呼救: what to do)
    "溺水": (None, re.compile(r"要|应当?|应该|时要|时应|后要|后应|怎么办")),
    # popularity, a temper or a tone (人气爆棚, 脾气爆燥, 语气爆粗)
    "气爆": (
        re.compile(r"(?:人|天|脾|语|名|运|手|士|空|财|福|才|锐|霸|傲|怒|口|怨|闷|神)$"),
        re.compile(r"棚|表|燥|躁|粗|发|红|满|冷|热|增|涨|款|单|火|灯|料"),
    ),
    # fuel (自燃油税费改革: 自 燃油)
    "自燃": (None, re.compile(r"油")),
    # a plan or a marriage on the rocks (整治工作再度搁浅, 婚姻触礁): only a vessel runs aground
    "搁浅": (re.compile(r"^(?![\s\S]*(?:船|轮|艇|舶|舰|筏|排))"), None),
    "触礁": (re.compile(r"^(?![\s\S]*(?:船|轮|艇|舶|舰|筏|排))"), None),
    # words run together: 气罐互相撞击, 这条拥堵路线, 行人踩踏出的便道
    # (players in a game: 主队门将与对方前锋相撞, 两名球员头部相撞)
    "相撞": (
        re.compile(
            r"互$|(?:球员|门将|守门员|前锋|后卫|中锋|中卫|队员|球手|选手|运动员|队友)(?:(?![车船机])[^，,。；;！!？?\n]){0,12}$"
        ),
        None,
    ),
    "堵路": (re.compile(r"拥$"), re.compile(r"上(?!访)")),  # 拥堵路线; 回家全堵路上 (stuck in traffic)
    "踩踏": (None, re.compile(r"出|草|绿|花|庄稼|苗")),
    "冲突": (
        re.compile(
            r"(?:利益|言语|语言|口头|文件|政策|规定|时间|观念|心理|角色|文化|法律|条款|规划|性格|意见|本质|相|不起|是否|有无)"
            r"(?:上的|方面的|上|的)?$|上的$"
        ),
        re.compile(r"吗|么|矛盾不断|不断"),
    ),
    "绑架": (
        re.compile(r"(?:道德|情感|舆论|民意|情绪|公司|物业|开发商|部门|学校|机构|平台|规定|制度|政策)$"),
        re.compile(r"问题|消费|自由|民意|舆论|政府|公众|业主|家长|消费者|群众|纳税人|市民|学生的|闹剧"),
    ),
    "围堵": (
        re.compile(r"严堵|(?:乘客|旅客|游客|顾客).{0,10}被$|(?:司机|黑车|拉客|揽客|票贩|黄牛)的?$"),
        re.compile(r"(?:出站|进站)?(?:乘客|旅客|游客|顾客|客人)|新规|漏洞"),
    ),
}
"""Per word: what before or after it makes it another sense than an incident."""
_DIED = re.compile(r"(?:而|致|导致)?(?:死亡|身亡|丧生|遇难)")
"""A death right after an emergency word: it reports an incident in any sense."""
_PROTEST = re.compile(
    r"上访|信访|讨薪|讨要|维权|讨说法|要说法|抗议|示威|静坐|横幅|堵|围|冲击|闹事|打砸|对峙|政府|门口|门前|大门|工地|厂区"
    r"|项目部|售楼部|售楼处|阻止|阻拦|阻挠|施工现场"
)
"""What makes a 聚集 a gathering of protest."""
_GATHERING_REACH = 20


_DRILL_TOLD = re.compile(r"(?:这是|此为|以上(?:是|为)|上述(?:场景)?(?:是|为|系))[^。；;！!？?\n]{0,30}?演练")
"""A drill told only at the end, after its scene was told like a real event (…3名“伤员”被迅速转移。这是我市2026年
危化品事故应急救援综合演练的一幕): the whole text is the drill's."""


_DRILL_TITLE = re.compile(
    r"[^。；;！!？?\n]{0,30}?(?:举行|开展|组织|举办|进行|上演)[^。；;！!？?\n，,]{0,30}?(?:演练|演习)(?:活动)?"
    r"(?=[\s\u3000。！!]|$)"
    # (or a label, or the drill held told after it: 【海上搜救演练】…海上搜救综合演练在沈家门港外海域举行。)
    r"|【[^】\n]{0,16}?(?:演练|演习)】"
    r"|[^。；;！!？?\n]{0,30}?(?:演练|演习)(?:活动)?在[^，,。；;！!？?\n]{1,20}?(?:举行|举办|开展)(?=[\s\u3000。！!]|$)"
)
"""A drill named by its title or its lead sentence (我市举行2026年危化品事故应急救援综合演练; not 开展演练时发生意外: an
accident during one; nor 上午某小区刚开展消防演练，下午…发生火灾: a clause before the event)."""


def legal_question(text: str) -> bool:
    """Whether ``text`` asks a legal question a lawyer answers (``…算不算工伤？律师解答``, ``车祸伤者一个月后去世，
    肇事方要担什么责？律师：…``): knowledge, whatever case it puts."""
    return "律师" in text and _LAWYER_ANSWERS.search(text) is not None


def drill_told(text: str) -> bool:
    """Whether ``text`` says at its end that what it told was a drill (:data:`_DRILL_TOLD`), or is one named
    by its title (:data:`_DRILL_TITLE`)."""
    if "演" not in text:
        return False
    opening = len(text) - len(text.lstrip())  # (a text of no title begins with its body, after the title's line)
    return ("演练" in text and _DRILL_TOLD.search(text) is not None) or _DRILL_TITLE.match(text, opening) is not None


_CLAUSE_END = re.compile(r"[，,。；;！!？?\n\s]")
"""What ends the clause of a word, after it (the breaks :data:`_UP_TO_CLAUSE_BREAK` finds before it)."""


def _clause_end(text: str, end: int) -> int:
    """Where the clause of the word ending at ``end`` ends, at most :data:`REACH` after it."""
    after = _CLAUSE_END.search(text, end, end + REACH)
    return after.start() if after else min(len(text), end + REACH)


def context_of(text: str, start: int, end: int) -> str | None:
    """What the emergency word at ``text[start:end]`` is said in: ``None`` when it reports something
    that happened, else ``"risk"``, ``"averted"`` (a near miss), ``"habit"``, ``"campaign"``, ``"denial"``,
    ``"likened"``, ``"sense"`` (another sense of the word), ``"period"`` (an epidemic as a time or a
    cause), ``"past"`` (an earlier event) or ``"rule"`` (a law quoted)."""
    if drill_told(text):
        return "campaign"
    if reviewed(text):
        return "past"  # 【年度盘点】2025年国内十大安全生产事故回顾：…: events looked back on
    if text.lstrip()[:2] in ("问：", "问:") and ("答：" in text or "答:" in text):
        return "campaign"  # 问：电动车电池起火了怎么办？答：立即切断电源…: a question and its answer, knowledge
    if legal_question(text):
        return "campaign"  # 外卖骑手送餐途中发生交通事故，算不算工伤？律师解答: a legal question, knowledge
    lo = max(0, start - REACH)
    last_break = _UP_TO_CLAUSE_BREAK.match(text, lo, start)
    clause_start = last_break.end() if last_break else lo
    before = text[clause_start:start]
    found = _BEFORE.search(before) or _AFTER.match(text, end)
    if found is not None and found.lastgroup == "averted" and _SPREAD.match(text, end):
        found = _AFTER.match(text, end)  # 阻止火灾蔓延: the fire happened, its spread was stopped
    if found:
        return found.lastgroup
    if _advice(before, text, end):
        return "campaign"  # 发现火情请立即拨打119, 遇到交通事故请拨打122: what to do if one happens
    # an incident named by its date's code: a penalty for it (因“4·7”火灾事故，…被…处以罚款45万元), a halt for it
    # (因对“5·12”命案处置不力: 对 between), or what follows it long after (“6·1”事故遇难者遗体告别仪式)
    if (
        ("”" in before or '"' in before)
        and _CODED_BEFORE.search(before) is not None
        and (
            ("罚" in text and _PENALTY.search(text, end) is not None)
            or (("因“" in before or "因对“" in before) and _HALTED.search(text, end) is not None)
            or _SETTLED.search(text[end : end + _SETTLED_REACH].split("。", 1)[0]) is not None
        )
    ):
        return "past"
    if text.startswith("罪", end) or (
        text.startswith("案", end) and not text.startswith("案发", end) and case_tried_in(text)
    ):
        return "past"  # 以失火罪判处: a crime's name; 公开审理一起交通肇事案: a case tried (not 发生一起枪击案)
    if text.startswith("可", end) and _CAN_CAUSE.match(text, end):
        return "risk"
    if ("让" in before or "小心" in before or before.endswith("出")) and _WARNED.search(before) is not None:
        return "risk"  # 小心别让车把人撞了, 别让悲剧重演: a warning
    if text[start:end] in WEATHER_WORDS and (
        _FORECAST.search(before)
        or _forecast_in_sentence(text, start)
        or _COMING_AFTER.match(text, end)
        # (advice to follow its news: 提醒赴日旅客留意当地台风消息)
        or (_WEATHER_NEWS.match(text, end) is not None and _HEED.search(before) is not None)
    ):
        return "risk"  # 预计明天我市将有暴雨, 台风正在向…靠近，预计周六…登陆: weather forecast, none that came
    if disclosed(text, start, end):
        return "campaign"  # 公开较大事故调查报告: a duty to publish, no incident
    word = text[start:end]
    if _in_title(text, start, end):
        return "sense"
    if _NEGATED.search(before) or ("排" in before and _RULED_OUT.search(before)):
        return "denial"
    if "以上" in before and _BAND.search(before) is not None:
        return "rule"  # 明确较大及以上森林火灾由市政府启动Ⅲ级以上应急响应: a class of events, by its grade
    if (
        before.endswith(("一般", "较大", "重大"))
        and _HANDLED_BY.match(text, end) is not None
        and "一起" not in before  # (发生一起较大火灾事故由市政府负责处置: one that happened)
        and "发生" not in before
    ):
        return "rule"  # 一般森林火灾由属地乡镇人民政府组织扑救: a plan's class of events, by whom it is handled
    if before.endswith(("重大", "较大", "一般")) and _CLASS_DEFINED.search(text, max(0, start - 12), start):
        return "rule"  # …高空滞留100人以上并且时间在24小时以上48小时以下的，为重大事故: a rule's class
    if _INTENT.search(before) or _INTENT_AFTER.match(text, end):
        return "risk"
    if _LIKENED_BEFORE.search(before) or _LIKENED_AFTER.match(text, end) or _MISTAKEN.search(before):
        return "likened"
    sense = _other_sense(text, word, before, end)
    if sense is not None:
        return sense
    opened = text.rfind("“", max(0, start - _QUOTED_REACH), start) if word in _FIGURATIVE_WORDS else -1
    if (
        opened >= 0
        and text.startswith("”", end)
        and "”" not in text[opened:start]
        and _QUOTED_REPORT.search(text, opened, start) is None
    ):
        # a short name quoted (“排队地震”, 新增“城市地震”“特大洪水”两张地图): a figure of speech or a name, no
        # incident (not a report quoted: “江山发生爆炸”)
        return "sense"
    if ("保" in text or "意外险" in text) and _insured(text):
        # 被保险人因遭受交通事故、火灾…导致身故的, 意外险…交通事故、火灾、溺水统统保: what a policy covers
        return "rule"
    if word in EPIDEMIC_WORDS and _as_period(text, before, end):
        return "period"
    if word in WEATHER_WORDS and _AFFECTED_BY.search(before) is not None and _only_suspended(text, end):
        return "period"  # 受台风影响，全市A级景区自明日起暂停开放: the weather as the cause of a closure, no harm told
    sentences = _sentences(text)
    # (a run-on "sentence" is read at most LONGEST_SENTENCE either side of the word: each word of a
    # hostile text of one 200,000-character sentence would otherwise be judged against all of it)
    sentence_start = max(sentences.start_of(start), start - LONGEST_SENTENCE)
    sentence = text[sentence_start : min(sentences.end_of(end), end + LONGEST_SENTENCE)]
    told = other_event(sentence, start - sentence_start)
    if (
        told == EARLIER
        or ("过去" in text and _YEARS_SINCE_AFTER.match(text, end) is not None)
        or next_case(text, sentence_start)
        or looked_back_on(text, sentence_start)
        or earlier_elsewhere(sentence, start - sentence_start)  # (此前，外省某地一家五口烧炭取暖中毒身亡)
    ):
        return "past"  # (天津港“8·12”爆炸事故过去整整十年了: the years since it)
    if told == IMAGINED:
        return "risk"  # 如果楼体坍塌…, 该剧讲述了一场矿难: what happened to no one
    if case_tried_in(text) and not told_now(sentence):
        return "past"  # the incident of a case tried in another sentence
    if remembered_in(text) and recalls(sentence, start - sentence_start):
        return "past"  # 今天是玉树地震14周年。2010年4月14日，青海玉树发生7.1级地震: the one remembered
    if _RUMOUR.search(sentence, 0, start - sentence_start) and _RUMOUR_DENIED.search(text, end, end + _RUMOUR_REACH):
        return "denial"  # 网传某地发生爆炸致5人死亡，系谣言
    if "碰瓷" in text and "碰瓷" in text[max(0, start - _STAGED_REACH) : end + _STAGED_REACH]:
        return "denial"  # 那个老头自己倒地上说被车撞了 行车记录仪一看根本没碰到 又是碰瓷的: staged
    if "“" in sentence and (closed := text.find("”", end, end + _RUMOUR_REACH)) >= 0 and "“" not in text[end:closed]:
        if (
            RUMOUR_AFTER_QUOTE.match(text, closed + 1) is not None
            # (or a caller's report of it, then checked: 针对市民来电反映的“…发生爆炸”一事，经…核查，…未发生爆炸)
            or (text.startswith("一事", closed + 1) and _REPORTED_BEFORE.search(sentence, 0, start - sentence_start))
        ) and _RUMOUR_DENIED.search(text, closed, closed + _RUMOUR_REACH) is not None:
            # 关于“大陈乡雷击伤人”的网络传言，经…核实，…未发生雷击伤人事件: a rumour told after its quote
            return "denial"
        if text.startswith(("系", "实为", "实系"), closed + 1) and _REPORTED_BEFORE.search(
            sentence, 0, start - sentence_start
        ):
            # 您反映的“昨晚有人在小区里拿刀砍人”系两名住户…口角推搡: a caller's report, then what it was
            return "denial"
    if (prev := text[start - 1 : start]) and prev in "跟和与同" and _UNRELATED.match(text, end):
        return "denial"  # 跟投毒没关系, 与火灾无关: what it was not
    if _FOOTAGE.match(text, end) and _PASSED_OFF.search(sentence, 0, start - sentence_start):
        return "denial"  # 将外地一起车祸视频配上“江山大桥今天出车祸”的文字发布: footage of elsewhere passed off as here
    if (text.startswith("#", end) or _QUESTIONED.match(text, end)) and (
        _RUMOUR_DENIED.search(text, end, end + _RUMOUR_REACH) or _ANSWERED.search(text, end, end + _RUMOUR_REACH)
    ):
        # 江山发生爆炸？官方辟谣：…, #江山爆炸# 官方辟谣: a question or a topic, then denied (or answered by what it
        # was: 官方回应：系正常放气; an answer telling one, 系储罐爆炸, is read by its own words)
        return "denial"
    if (
        "#" in text
        and _TOPIC_TAG_END.match(text, end)
        and _in_topic_tag(text, start)
        and (_RUMOUR_DENIED.search(text) or _ANSWERED.search(text))
    ):
        return "denial"  # 江山发生爆炸？官方辟谣：系正常放气 #江山爆炸#: the topic's tag of what was denied
    if (
        "”" in text
        and (closed := text.find("”", end, end + _QUOTE_SPAN)) >= 0
        and _QUOTE_DENIED.match(text, closed + 1)
    ):
        opened = text.rfind("“", max(0, start - _QUOTE_SPAN), start)
        if opened >= 0 and "”" not in text[opened:start]:
            return "denial"  # 江山某小学“多名学生食物中毒死亡”系谣言: what was said, quoted, then denied
    if (
        "“" in sentence
        and (opened := text.rfind("“", max(0, start - _QUOTE_SPAN), start)) >= 0
        and "”" not in text[opened:start]
        and _HOAX_BEFORE_QUOTE.search(text, max(0, opened - 5), opened)
    ):
        return "denial"  # 男子谎称“江上有船翻了 好几个人落水”报假警: each word of what was made up
    if "”" in text and quotes_denied(text):
        opened = text.rfind("“", max(0, start - _QUOTE_SPAN), start)
        if opened >= 0 and "”" not in text[opened:start] and text.find("”", end, end + _QUOTE_SPAN) >= 0:
            return "denial"  # 以下谣言请勿转发：①“江山今晚有8级地震”…: each quote of a list of rumours
    if (
        "比" in sentence
        and ("同比" in sentence or "环比" in sentence)
        and _COMPARED.search(sentence) is not None
        and _COUNTED_IN.search(sentence) is None  # (a tally's counts are read as one, and said so)
    ):
        return "habit"  # 今年1至5月全市道路交通事故死亡人数同比下降18%: a period's figures compared, no incident
    if text.startswith(("？", "?"), end) and _WHETHER.search(before) is not None:
        return "risk"  # 吃了隔夜菜肚子疼算不算食物中毒？: whether a kind of thing counts as one, asked
    if ("为" in before or "啥" in before) and _WHY.search(before) is not None and _QUESTIONED.match(text, end):
        return "risk"  # 气象专家解读：为什么今年夏天冰雹特别多？: why a kind of thing happens, asked
    if _ASKED.search(sentence, end - sentence_start):
        return "risk"
    if _ONLY_THEN.match(text, end) and _WAITED_FOR.search(before):
        return "risk"
    if (
        _RULE.search(sentence, 0, start - sentence_start)
        or ("的" in sentence and PROVIDED.match(sentence, end - sentence_start) is not None)
        # (a plan's class: 霍乱在一个市（地）行政区域内流行，1周内发病30例以上的，为重大突发公共卫生事件)
        or ("以上的" in sentence and defines(sentence))
        # (or a grade's range in the word's clause: 是不是死亡3人以上10人以下算较大事故？)
        or ("以上" in sentence and defines(text[clause_start : _clause_end(text, end)]))
    ):
        return "rule"
    if ("认定" in before or "定性" in before) and _REPORT_BEFORE.search(sentence, 0, start - sentence_start):
        return "campaign"  # …事故调查报告公布 认定为重大生产安全责任事故: the report's finding
    if ("演练" in sentence or "演习" in sentence) and any(
        m.start() <= start - sentence_start and end - sentence_start <= m.end() for m in _DRILL_HELD.finditer(sentence)
    ):
        return "campaign"  # 我市举行危险化学品仓库火灾爆炸事故应急救援综合演练: the drill's name
    if _SCENARIO.search(sentence, 0, start - sentence_start):
        return "risk"  # 演练设定：…餐饮区发生火灾: the scene a drill imagines
    if ("占" in sentence or "次之" in sentence) and _SHARE_AFTER.match(text, end):
        return "habit"  # 高处坠落事故占建筑施工事故总数的五成以上: a kind's share of many, no incident
    if word.endswith(_TALLIED_ENDS) and _TALLY_AFTER.match(text, end):
        return "habit"  # 交通事故较多, 车祸不断发生: a place's record, not one incident
    if word in _TALLIED and _SITUATION_AFTER.match(text, end) and _SINCE_BEFORE.search(before):
        return "habit"  # 通报今年以来事故情况: a period's record
    if "年" in before and _YEARS_BEFORE.search(before):
        return "habit"  # 据统计，我省近三年发生的电动自行车火灾中，约八成…: years' events, no incident
    if _HABIT.search(before):
        rest = _CLAUSE_REST.match(text, end)
        if _TOLL.search(before + text[start : rest.end() if rest else end]) is None:
            return "habit"
    return None


_last = Sentences("")


_DISCLOSE = re.compile(r"(?:公开|公示|公布|披露|定期发布|及时发布)[^，,。；;！!？?\n]{0,30}\Z")
_DISCLOSED = re.compile(
    r"[^，,。；;！!？?\n]{0,16}?(?:调查报告|处理报告|情况|信息|数据|名单|名录|名称|政策|标准|结果|资金)"
)
_DISCLOSE_REACH = 32


_CAME = re.compile(r"已|昨|今[天日晨早]|造成|导致|致使|出现了|发生了|此前|截至|目前")
"""Words of weather that came or of now, between a forecast and a weather word (预计明天雨势减弱，
昨日的暴雨已造成…)."""


def _forecast_in_sentence(text: str, start: int) -> bool:
    """Whether the weather word at ``start`` goes on a forecast told in an earlier clause of its
    sentence (预计未来6小时我市将出现雷电活动，局地伴有短时强降水…冰雹), nothing that came told between."""
    sentence_start = max(_sentences(text).start_of(start), start - LONGEST_SENTENCE)
    last = max((m.end() for m in _FORECAST.finditer(text, sentence_start, start)), default=-1)
    return last >= 0 and _CAME.search(text, last, start) is None


def disclosed(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` names what an official text says is to be published
    (``公开较大事故调查报告``, ``公开灾后救助政策``, ``公示…旅游投诉情况``, ``公开其…超标排放情况``): a
    duty of 政务公开, not an incident or a grievance. Both the publishing verb before it in its clause
    and the kind of record after it are needed (``网友公开了火灾现场视频`` is a fire)."""
    return (
        _DISCLOSE.search(text, max(0, start - _DISCLOSE_REACH), start) is not None
        and _DISCLOSED.match(text, end) is not None
    )


def _sentences(text: str) -> Sentences:
    """The sentences of ``text``, found once per text (by identity) so that each word asked about
    after the first is a bisection, not a scan of the text from its beginning. The text and its
    sentences are one object swapped whole, so concurrent callers can only miss, never read another
    text's sentences."""
    global _last
    last = _last
    if last.text is not text:
        last = _last = Sentences(text)
    return last


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` stands in the title of a work (游戏《暴雨》, 电视剧
    《台风过境》): a 《 before it on its line with no 》 between, and a 》 after it."""
    opened = text.rfind("《", max(0, start - _TITLE_REACH), start)
    if opened < 0 or "》" in text[opened:start] or "\n" in text[opened:start]:
        return False
    closed = text.find("》", end, end + _TITLE_REACH)
    return closed >= 0 and "\n" not in text[end:closed] and "《" not in text[end:closed]


def _other_sense(text: str, word: str, before: str, end: int) -> str | None:
    """``"sense"`` when ``word`` is said in another sense than an incident (:data:`SENSES`)."""
    if word == "聚集":
        rest = _CLAUSE_REST.match(text, end)
        after = text[end : min(rest.end() if rest else end, end + _GATHERING_REACH)]
        if _PROTEST.search(before) is None and _PROTEST.search(after) is None:
            return "sense"  # 歌迷聚集, 聚集导游: no protest
    senses = SENSES.get(word)
    if senses is None:
        return None
    ahead, behind = senses
    if (ahead is not None and ahead.search(before)) or (behind is not None and behind.match(text, end)):
        # a death right after the word is an incident whatever stands before it (让孩子窒息死亡)
        return None if _DIED.match(text, end) else "sense"
    return None


EPIDEMIC_WORDS = frozenset({"疫情", "新冠", "非典", "禽流感", "甲流", "甲型流感", "流感", "非洲猪瘟"})
"""Words of an epidemic that texts name as a time or a cause (:func:`_as_period`)."""
_PERIOD_AFTER = re.compile(r"[^，,。；;！!？?\n\s]{0,10}?(?:期间|以来|冲击|时期|时代|之下|过后|背景下|常态化)")
"""疫情期间, 新冠肺炎疫情发生以来, 疫情冲击之下, 后疫情时代."""
_AFFECTED_BY = re.compile(r"(?:受到?|因)[^，,。；;！!？?\n\s]{0,8}$")
_EFFECT_AFTER = re.compile(r"[^，,。；;！!？?\n\s]{0,10}?(?:影响|停办|停摆|取消|延期|推迟|停课|闭馆)")
"""受（新冠肺炎）疫情影响, 因疫情影响停办: the epidemic as the cause of what the clause goes on to say."""


_CLASS_DEFINED = re.compile(r"的[，,]?(?:为|属|属于|是|即为|列为|定为)(?:特别重大|重大|较大|一般)$")
"""What a rule defines as a class of events, right before its word (…的，为重大事故)."""
_SUSPENDED_AFTER = re.compile(
    r"[^。；;！!？?\n]{0,30}?(?:暂停|推迟|停运|停航|停飞|停班|停课|关闭|闭园|延期|取消|延误|改期|停开|顺延)"
)
_HARM_AFTER = re.compile(
    r"积水|倒塌|受损|被淹|淹没|损毁|冲毁|冲垮|断电|停电|塌方|滑坡|伤|死|亡|困|失踪|损失|倒伏|受灾|转移|灾情|险情"
)


def _only_suspended(text: str, end: int) -> bool:
    """Whether the sentence after a weather word tells only what was closed, put off or called off because of it
    (受台风影响，全市A级景区自明日起暂停开放; 因强降雨，原定今晚进行的比赛推迟举行), no harm it did."""
    suspended = _SUSPENDED_AFTER.match(text, end)
    if suspended is None:
        return False
    stop = SENTENCE_END.search(text, end)
    return _HARM_AFTER.search(text, end, stop.start() if stop else len(text)) is None


def _as_period(text: str, before: str, end: int) -> bool:
    """Whether an epidemic's word is named as the time or the cause of something else."""
    if _PERIOD_AFTER.match(text, end):
        return True
    return _AFFECTED_BY.search(before) is not None and _EFFECT_AFTER.match(text, end) is not None


def denies_a_rumour(text: str) -> bool:
    """Whether ``text`` tells a rumour (``网传``, ``朋友圈疯传``) and, after it, denies it or tells what it
    really was (``系谣言``, ``经核查，系个别学生肠胃不适``): its "no one hurt" is the rumour's, no incident's."""
    rumour = _RUMOUR.search(text)
    return rumour is not None and _RUMOUR_DENIED.search(text, rumour.end()) is not None


def reports_incident(text: str, start: int, end: int) -> bool:
    """Whether the emergency word at ``text[start:end]`` reports something that happened."""
    return context_of(text, start, end) is None

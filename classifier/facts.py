"""The facts a 5-hour 简要信息 needs, read from one item's text (pure functions of the text).

:class:`FactReader` reads, for an item about an emergency:

* **when** it happened: the first time expression (``11月22日下午3时许``, ``今天凌晨5时许``,
  ``昨晚8点左右``, ``本月3日``) in a sentence that reports the occurrence (发生/突发/起火 … or the
  event's own keywords), resolved against the item's publication time in Asia/Shanghai and shown
  as a date (``今天凌晨5时许`` published on 11月23日 → ``11月23日凌晨5时许``; the words written
  stay in the quote); times that state how far figures go (``截至6月14日6时``) or when a report was made
  (``记者今天从…获悉``, ``12月1日，市应急管理局通报：``) are skipped, and a date is given the clock time a later
  sentence gives that day (``11月28日，…发生一起车祸。当天14时许，…相撞`` → ``11月28日14时许``). An
  occurrence is never later than the publication: a time of day without a date that has not yet
  come was the night before (``凌晨2时许`` published at 1 a.m.), a day of the month not yet come is
  last month's, and a clock time later than publication on the same day keeps the date only and
  says so (:data:`LATER_THAN_PUBLISHED`);
* **where**: the site phrase before the occurrence verb, up to who or what was involved
  (``205国道峡口镇路段`` of "205国道峡口镇路段一辆货车与轿车相撞", ``贺村镇一化工企业仓库``) and the gazetteer's
  乡镇/街道/村/社区 named;
* **what**: the occurrence phrase (``一起重型货车与中型客车相撞的交通事故``) or, failing that, the
  clause holding the event's keyword; a risk, habit, campaign or denial (``极可能引发安全事故``,
  ``经常发生…事故``: :mod:`classifier.occurrence`) states no occurrence;
* **casualties and loss**: the figures :mod:`classifier.casualties` reads (this event's, latest),
  the people a food poisoning struck as grading counts them (``共有37名学生到医院就诊``),
  the people evacuated or moved (:func:`classifier.environment.evacuated`: ``紧急疏散周边群众6000余人``),
  those taken to hospital where no casualty figure counts them (:mod:`classifier.hospital`:
  ``5名工人出现不适症状，已被送往医院观察``) and an outbreak's cases (:func:`classifier.outbreaks.outbreak`:
  ``新增霍乱病例3例，累计12例``);
* **units** named as responding: units of the directory named in a sentence with a response verb
  (赶赴、处置、救援、成立、通报 …).

Each fact keeps the words it was read from. Merging the facts of an event's items is
:func:`models.facts.merge_facts`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from itertools import islice

from classifier.casualties import CasualtyReport, Kind, Mention
from classifier.casualty_tokens import AREAS, PEOPLE_KINDS
from classifier.contexts import reports_incident_at
from classifier.elsewhere import name_forms
from classifier.environment import evacuated
from classifier.gatherings import GATHERERS, GATHERING_TERMS, PURPOSE, Gathered, gathered
from classifier.grading import Poisoning
from classifier.hospital import sent_to_hospital
from classifier.keywords import longest_first
from classifier.missing import trapped_now
from classifier.numbers import CN_NUMERALS, Bound, bound_of, chinese_to_int
from classifier.occurrence import reports_incident
from classifier.outbreaks import DISEASE_TERMS, outbreak, reported_cases
from classifier.places import PlaceFinder, PlaceMatch
from classifier.prefilter import Prefiltered
from classifier.sentences import SENTENCE, Sentences
from classifier.shorthands import LEVEL, Shorthands
from models.directory import UnitDirectory, UnitKind
from models.facts import PEOPLE, Fact, FactKind
from models.timeutil import SHANGHAI
from yuqing.traditional import simplified

_KIND = {
    Kind.DEATHS: FactKind.DEATHS,
    Kind.MISSING: FactKind.MISSING,
    Kind.SERIOUS: FactKind.SERIOUS,
    Kind.INJURED: FactKind.INJURED,
    Kind.MINOR: FactKind.MINOR,
    Kind.LOSS: FactKind.LOSS,
    Kind.FOREST: FactKind.FOREST_AREA,
    Kind.BURNED: FactKind.BURNED_AREA,
}
_CLAUSE_END = re.compile(r"[，,。！？!?；;：:\n]|(?<!、)\s")
"""Where a clause of responding units ends: a space ends one (headlines) unless it follows 、 (folded lists)."""
_CLAUSE = re.compile(
    r"(?=[^，,。！？!?；;：:\n#＃【】])[^，,。！？!?；;：:\n#＃【】（]*(?:（(?:[^（）\n]{0,40}）)?[^，,。！？!?；;：:\n#＃【】（]*)*"
)
"""A clause: up to punctuation, a line break, a topic tag's # (#江山一小区起火#) or a bracketed label (【突发】);
a parenthesis is part of it, its commas too (驾驶人毛某某（男，45岁）驾驶…)."""
_SET_OFF = r"[^，,。！？!?；;]{0,4}?(?:森林火灾|草原火灾|火灾|山火|大火|火情|爆炸|事故)"
"""What someone set off, after 引发 (引发山火, 引发一场火灾)."""
_SET_OFF_AFTER = re.compile(_SET_OFF)
_HARM_DONE = "打架|斗殴|持刀|行凶|闹事|打人|砍人|伤人"
_TIME_LABEL = r"(?:事故|事件|火灾|案件|险情)?发生时间(?:为|是)?[：:]?|(?:(?<=^)|(?<=[、；;。\s】]))时间[：:]"
"""A report's label of when it happened (事故发生时间：…, 时间：… at a clause's head)."""
_OCCUR = (
    # (not a headline's 突发！ or 【突发】, a label of news, no occurrence)
    r"发生了|发生|(?<!冲)突发(?![！!，,。：:\s】\]）)]|$)|突然发生|(?<!引)起火|着火|失火|燃起大火|爆炸|坍塌|倒塌|相撞|侧翻|翻车|塌方|垮塌|泄漏"
    r"|透水|遭遇"
    # a vehicle that ran into water (一辆小轿车在须江路段失控冲入须江, 轿车冲入河中; not mud 冲进塘内)
    r"|(?:失控|(?<=车)|(?<=辆))(?:冲入|冲进|驶入|坠入)(?=[^，,。；;！!？?]{0,6}?(?:河|江|湖|水|塘|库|海|沟))"
    # or lost control and crashed (货车行驶至须江大桥时失控撞断护栏坠入须江)
    # (at a clause's end, where the crash is the next clause's: 行驶至凤林大桥附近时失控，撞断护栏后冲入江中)
    r"|(?<=[时然])失控$"
    r"|失控(?=[，,]?[^，,。；;！!？?]{0,8}?(?:冲入|冲进|驶入|坠入|坠河|坠江|坠崖|翻下|翻入|冲下|冲出|撞上|撞断|撞向|撞倒|撞破|侧翻))"
    # someone doing harm, as an alarm tells it (称中山路某烧烤店门口有人打架)
    rf"|(?<=有人)(?:{_HARM_DONE})"
    # people who fell into water or from a height, by mishap (在须江清湖段戏水时不慎落水; not 救起两名溺水
    # 女孩, 飞机当街坠落: nouns and other falls)
    r"|(?:不慎|失足|意外)(?:落水|溺水|坠楼|坠落|跌落|坠亡|溺亡|坠崖|坠井|落井|触电"
    # (or slipped into water: 其中1人不慎滑入深水区)
    r"|(?:滑入|掉入|跌入|落入|滑落)(?=[^，,。；;！!？?]{0,6}?(?:河|江|湖|水|塘|库|海|井|沟|潭)))"
    # or while doing something there (在峡口水库游泳时溺水; not a headline's 横渡水库遇降雨溺亡, whose
    # event is the whole headline)
    r"|(?<=时)(?:落水|溺水|坠楼|坠落|跌落|触电)"
    # people taken ill one after another (3名工人在清理污水池时，相继中毒晕倒)
    r"|(?<=相继|先后|陆续)中毒"
    # a fall from a floor (一名女子从17楼坠落; in the site and what only after someone counted)
    r"|(?<=[楼层台])(?:坠落|坠下|跌落|摔下)"
    # what a flood swept away (一座便桥被洪水冲垮), a large blackout (城区大面积停电)
    r"|冲垮|冲毁|冲断|大面积停电"
    # a firework or a bottle that burst (烟花突然在手中炸开; not 网上炸开了锅), a crane's jib that broke
    r"|炸开(?!了?锅)|(?<=突然)(?:折断|断裂|脱落|倾倒|散落)"
    # a sign or a tree blown down (户外广告牌被大风刮落), a fire that broke out (居民楼三楼突然冒出大火)
    r"|(?:(?<=被大风)|(?<=被风)|(?<=被大风整体)|(?<=被风整体))(?:刮落|刮倒|掀翻|吹倒|刮翻)|(?:冒出|蹿出|窜出)大火"
    # a hillside that slid, a vehicle that went over into a ditch or a field (一处山体突然滑坡, 一辆三轮车…翻进路边
    # 水沟, 一辆拉猪的货车翻到路边田里)
    # as people tell it (加工厂今天一早又出事了, 十几个人打起来了, 廿八都镇下了一场特大暴雨)
    r"|(?<![不没别怕会要防])出事(?=了)|打起来(?=了)|下了一场(?=[^，,。；;！!？?]{0,4}?(?:暴雨|大雨|冰雹|暴雪))"
    r"|(?<=突然)(?:滑坡|塌陷)|(?:(?<=车)|(?<=[时，,])|^)(?:翻进|翻到|翻入|翻下)(?=[^，,。；;！!？?]{0,8}?(?:沟|田|河|塘|崖|坡|谷|路边|路基))"
    # a vehicle off the road (因车速过快冲出路面, 冲下山坡)
    r"|(?:冲出|驶出)(?:路面|道路|路外)|冲下(?=[^，,。；;！!？?]{0,6}?(?:山坡|路基|河|沟|坡|悬崖))"
    # a vehicle that struck what lines a road (因驾驶员操作不当撞击右侧护栏)
    r"|撞击(?=[^，,。；;！!？?]{0,4}?(?:护栏|隔离带|隔离墩|防护栏|山体|大树|行道树|电线杆|路灯杆|桥墩))"
    # a lift that fell (某小区一部电梯在运行中突然下坠)
    r"|(?<=突然)下坠|(?<=电梯)(?:下坠|坠落)|(?<=急速)(?:滑落|下坠)|(?<=突然失控)下坠"
    # a report's label of the time (事发时间为12月2日下午两点半左右)
    r"|事发时间(?:为|是|：|:)?|事发于|事发在"
    # or a 快报's (一、事故发生时间：2026年12月4日15时20分; 时间：12月5日2时30分许；地点：…)
    rf"|{_TIME_LABEL}"
    # what someone set off (烧杂草时引发山火; not 引发关注)
    rf"|(?:引发|引起)(?={_SET_OFF})"
    # people taken ill: a food poisoning's or an outbreak's first report (就餐后陆续出现呕吐、腹痛等症状)
    r"|出现(?=[^，,。！？!?；;]{0,12}?(?:症状|不适))"
    # weather or a flood's danger that came (碗窑乡出现特大暴雨, 大堤出现管涌险情)
    r"|出现(?=[^，,。！？!?；;]{0,6}?(?:暴雨|强降雨|洪水|山洪|内涝|险情|管涌|滑坡|塌方|泥石流))"
    # dead fish or a pollution that appeared on water (江山港清湖段河面出现大量死鱼)
    r"|出现(?=[^，,。！？!?；;]{0,6}?(?:死鱼|死虾|死鸭|死猪|油污|油膜|污染|异味|变黑|变色))"
    # people gathered at a place (约200名业主聚集在市政府门口): a gathering's occurrence, its place after it
    r"|聚集(?=在|于|到)"
    # rain that fell over a place (我市普降大到暴雨, 全县遭受特大暴雨袭击)
    r"|普降|遭受(?=[^，,。！？!?；;]{0,6}?(?:暴雨|强降雨|洪水|山洪|台风|冰雹|龙卷风|雪灾|大风))"
)
_NOT_YET = r"(?!后|以后|以来|之后|时|前(?!方)|原因|经过|至今|过|地点|地址)"
"""What after an occurrence verb tells another time (事故发生后, 发生以来), its story (发生原因) or that it
has ever happened (没有电路起火过, 这里发生过多次车祸)."""
_OCCURRENCE = Prefiltered(re.compile(rf"(?:{_OCCUR}){_NOT_YET}"))
_LOST = (
    r"翻沉|沉没|倾覆|触礁|追尾|爆燃|坠江|坠河|坠崖|(?<=碳|气|烟|体|物|氢|氨|药)中毒"
    r"|坠入(?=[^，,。！？!?；;]{0,6}?(?:河|江|湖|水|沟|崖|谷|塘|库|海))"
    # someone who struck with a blade (一男子持菜刀砍伤3名摊贩)
    r"|(?<=[刀斧])砍伤"
)
"""Further verbs of an occurrence, for its time only (12月4日下午3点左右，峡口水库库区一艘渔船在作业时翻沉;
两车追尾; 液化气罐爆燃; 12月5日凌晨，…因门窗紧闭导致一氧化碳中毒): a boat or a vehicle lost, a crash from
behind, a flash fire, a poisoning by a gas or what was eaten, a blade's blows. The site and what
are read by :data:`_OCCURRENCE` alone, whose subject handling these would cut (菲律宾客轮倾覆 → 倾覆)."""
_TIMED = Prefiltered(re.compile(rf"(?:{_OCCUR}|{_LOST}){_NOT_YET}"))
_PART_OF_SITE = re.compile(r"(?:\d+|[一二三四五六七八九十]+)(?:楼|层)|楼顶|屋顶|外墙|脚手架|塔吊|基坑|井下|车间")
"""Where in a building or a works those involved were (8楼, 楼顶, 脚手架): part of a site told before."""
_PLACED = re.compile(r"在(?P<at>[^，,。；;]{2,20}?)(?:内|上|处)?(?:突然|不慎|意外|发生)*$")
"""Where those involved were, after them (一辆货车在205国道侧翻: 205国道)."""
_DOING_THERE = re.compile(
    r"(?P<place>[^，,。；;]{1,20}[段边上里内处旁口地场路道区村河江湖库塘池井山厂房楼店家间层顶])"
    r"[\u4e00-\u9fff]{1,5}(?:时|过程中)$"
)
"""A place, then what those involved were doing there (须江清湖段戏水时, 城北工地高空作业时): the place
is the longest stretch ending in a word of place (段, 边, 地, 河 …)."""
_REGION = re.compile(r"[省市县区镇乡村]|街道|社区|路|街")
"""A word of a region or a road (not of a building's part: 二楼楼板, 教学楼东侧楼梯间)."""
_DOING_AT = re.compile(
    r"(?P<place>[^，,。；;]{1,20}?[段边里内处旁口地场路道区村河江湖库塘池井山厂房楼店家间层顶学校司])"
    r"[\u4e00-\u9fff]{1,6}(?:时|过程中)$"
)
"""A place, then what was being done there (某中学课间操集合时): the place is the shortest stretch ending in a
word of place that leaves what was done."""
_OWN = re.compile(r"自家|自己|家中|家里|其")
_FLOORS = frozenset("楼层台")
_FALLS = frozenset({"坠落", "坠下", "跌落", "摔下"})
_WENT_TO = re.compile(
    r"(?:到|去|前往|在)(?P<place>[^，,。到去在]{2,16}?)(?:游泳|戏水|玩水|玩耍|钓鱼|捕鱼|洗澡|野炊|露营|登山|爬山|采药|砍柴|放牛)"
)
"""Where those involved went to do something (结伴到江山港凤林段游泳), told in the clause before what befell them."""
_REGION_ONLY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|村|社区)")
"""A site phrase that is only a place's name (峡口镇), which a place told with 在 betters."""
_HAPPENED_AT = re.compile(
    rf"发生(?:在|于)|(?:起火|着火|爆炸)是(?:在|于)|事发时间(?:为|是|：|:)?|事发于|事发在|聚集(?:在|于|到)|{_TIME_LABEL}"
)
_PEOPLE_COUNTED = re.compile(r"\s*(?:\d+|[一二两三四五六七八九十几数多]+)(?:名|人|位)")
_ONE_EVENT = re.compile(r"的(?:一起|一场|一次|这起|这场|该起)")
_HARM_TOLD = re.compile(r"死亡|遇难|失踪|失联|受伤|伤亡|身亡")
_EVENT_NOUN = re.compile(r"(?<=..)(?:事故|事件)$")
_NAMED_AFTER = re.compile(r"的(?=[^，,。的]{0,12}(?:事故|事件|火灾|爆炸|案件|险情)$)")
"""The event named after its place (发生在碗窑乡的面包车翻车事故)."""
"""What follows a site told with 发生在 as a relative clause (发生在石门镇205国道旁的一起…泄漏事件)."""
"""An occurrence told with its time or place after it (事故发生在12月2日凌晨, 火灾发生在峡口镇一民房内,
事发时间为12月2日下午)."""
_RESPONSE = re.compile(
    r"赶赴|赶到|赶往|到达现场|抵达|到场|出警|第一时间|处置|救援|搜救|救治|调查|核查|介入|成立|组织|启动|部署|通报|发布会|召开"
    r"|回应|派出|出动|排查|疏散|转移|接报|指挥|善后|封控|管控|扑救|扑灭|责成|牵头|开展|监测|派驻|进驻|协调|抢修|抢排"
    r"|处理|搜寻|搜索|打捞|破门|破拆|营救|救出|封存|送检|检测|采样|消杀|消毒"
    # with others, or what it ordered (市应急管理局已会同四都镇对该企业下达停产整改通知)
    r"|会同|责令|下达(?=[^，,。；;]{0,8}?(?:整改|停产|停业|停工|关停))|抢救|救回|救起|送往|送医"
    r"|调派|调集|增援|查封|封停|驱赶|赶抵|接警|疏导|寻找"
    # a site closed, someone held (坛石镇政府已对该桥实施封闭, 江山交警已将罐车驾驶员控制)
    r"|封闭|封锁|控制|抢险|确认(?=[^，,。；;]{0,4}?(?:死亡|身亡|无生命体征|没有生命体征))"
    # an alarm taken (市公安局接群众报警, 接到报警后)
    r"|接(?:到|获)?(?:群众)?报警"
    # as people tell it (交警已经到了, 120也来了, 消防来了四五台车, 消防、公安、120都已在场, 消防过来撬开门,
    # 安监的人也过去了, 都在江面上找, 当场带走了七八个人)
    r"|来了|到了|在场|过来|过去了|派人|(?<=在)[^，,。；;]{0,6}?找|带走|抓获|拉警戒|拉起警戒|拉到|拉走|拉去|抬上"
    # digging out the buried (徒手扒开瓦砾, 连续3个多小时挖掘, 徒手刨挖), hunting whoever fled (连夜调取沿线监控)
    r"|扒开|刨挖|挖掘|撬开|调取(?=[^，,。；;]{0,6}?监控)"
    # a leak stopped (消防救援人员正用沙土围堵, 关阀堵漏), water tested (在测水沟)
    r"|用沙土|堵漏|关阀|稀释|在测"
    # (城管晚上来锯树, 乡里干部、消防都上山了, 镇里已经派人把那边围起来了)
    r"|锯树|上山|围起来|封了"
)
_OTHER_BODY = re.compile(
    r"(?:中心)?(?:派出所|卫生院|卫生所|医院|学校|小学|中学|幼儿园|敬老院|村委会|居委会|社区|供电所|消防站|农商银行|信用社)"
    # (a village right after the name; not its government's clause, 廿八都镇政府组织村干部…救援)
    r"|(?!政府|党委|党工委|办事处)[\u4e00-\u9fff]{1,4}?(?:村|中队)(?!镇|乡|干部|民|两委)"
)
"""What, right after a township's name, makes it another body's (峡口镇派出所, 峡口镇中心卫生院, 峡口镇枫石村):
that body responds, not the township government (峡口镇党委政府, 双塔街道办事处 are the township)."""
_TOWNSHIP_GOVERNMENT = re.compile(
    r"(?:乡镇|镇|乡|街道)(?:党委)?(?:政府|办事处|党工委|党委)|(?:乡镇|镇|乡|街道)村?干部"
    # as people say it (镇里干部和消防很快就到了)
    r"|(?:镇|乡)里(?:的)?(?:干部|工作人员|的人)|(?:镇|乡)里(?=已|派|来)"
)
"""A township's government, or its cadres (镇村干部赶到现场)."""
_COUNTY_BUREAU = re.compile(r"(?P<place>[\u4e00-\u9fff]{2})(?:县|区)[\u4e00-\u9fff]{0,6}?(?:局|分局)$")
"""A county's or a district's bureau right before a bare unit name (常山县公安局交警大队)."""
_ANOTHER_LEVEL = re.compile(r"[省市县区州镇乡旗盟]$")
"""The last character of another level's place name, right before a department's bare name (衢州市应急管理局)."""
_LONGEST_REGION = 12
"""How far before a unit's name the name of a level above the jurisdiction is looked for (自治区, 自治州)."""
_TOWNSHIP_BEFORE = re.compile(r"(?:[、，,。；;：:\s和及与]|当地|属地|所在|赶来的|赶到的)$")
"""A township's government named without its name (镇政府, 当地街道办事处, 属地乡镇党委政府: after a
break, a conjunction or 当地/属地/所在, not after a name, 峡口镇政府): the event's township."""
_CN_HOUR = "零一二两三四五六七八九十"
_PERIOD_HOUR = {
    **{"凌晨": 3, "清晨": 6, "早晨": 7, "早上": 7, "一早": 7, "一大早": 7},
    **{"上午": 9, "中午": 12, "午后": 13, "下午": 15},
}
"""The hour a part of the day stands for where no clock time is told (the evening's, 20, otherwise)."""
_TIME = re.compile(
    # a relative day with its date in brackets (今天（12月4日）上午10点左右): the date
    r"(?:(?:今天|今日|昨天|昨日|前天|当天|当日)(?P<open>[（(])(?=\d))?"
    # (a day told with 号 before its part of the day or its hour, as people write it: 28号中午, 3号晚上8点)
    rf"(?P<date>(?:(?P<y>\d{{4}})年)?(?P<m>\d{{1,2}})月(?:(?P<d>\d{{1,2}})日)?"
    rf"|(?:本月)?(?P<d2>\d{{1,2}})(?:日|号(?=凌晨|清晨|早晨|早上|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|深夜|夜里|晚|\d)))?"
    r"(?(open)[）)])"
    # the weekday a notice writes after the date (2026年11月30日（星期日）22时40分许)
    r"(?:(?<=日)[（(](?:星期|周)[一二三四五六日天][）)])?"
    r"(?P<rel>今天|今日|今晨|今早|今晚|今夜|昨天|昨日|昨晚|昨夜|前天|前晚|前夜|当天|当日|当晚"
    r"|(?P<week>(?:上|本|这)(?:周|星期|礼拜)[一二三四五六日天]))?"
    r"(?P<period>凌晨|清晨|早晨|早上|一大早|一早|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|深夜|夜里|午夜|晚)?"
    rf"(?:(?P<h>\d{{1,2}}|[{_CN_HOUR}]{{1,3}})(?:(?:时|点钟|点)(?:(?P<min>\d{{1,2}}|半)分?)?|(?<=\d)[:：](?P<colon>\d{{2}}))"
    # 1点多 (a little after one), not the 多 of 3点多名群众
    r"(?P<approx>许|左右|前后|多(?![名人位辆家户处起个]))?)?"
)
_TIME_ENDS = re.compile(rf"(?=..)(?:{_TIME.pattern})$")
"""A time ending a clause, two characters at least (not the empty match every position holds)."""
_TIME_FIRST = re.compile(rf"[\d本这今昨前当凌清早上中午下傍晚夜深{_CN_HOUR}]")
"""Every character a non-empty :data:`_TIME` match can start with (a digit, 本月, a relative day, a
part of the day, a Chinese hour)."""
_NOT_OCCURRENCE = re.compile(r"(?:截至|截止|截止到|至|到|直到|持续到)$")
_CAUSE_OPENS = re.compile(r"(?:^|[，,。；;：:\s])受到?$")
_CAUSE_ENDS = re.compile(r"[^，,。；;！!？?]{0,12}?影响[，,]")
"""A time inside a clause of what caused the event (受昨夜强降雨影响，…): the cause's, not the event's."""
_RELATIVE_DAYS = {"昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1, "前天": -2, "前晚": -2, "前夜": -2}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_AFTERNOON = {"午后", "下午", "傍晚", "晚上", "晚间", "晚", "夜间", "今晚", "今夜", "昨晚", "昨夜", "前晚", "前夜"}
_AFTERNOON.add("当晚")
_PERIOD_OF = {"今晨": "清晨", "今早": "早上", "今晚": "晚上", "今夜": "夜间", "昨晚": "晚上", "昨夜": "夜间"}
_PERIOD_OF |= {"前晚": "晚上", "前夜": "夜间", "当晚": "晚上"}
"""The part of the day a relative word names, for the resolved value (昨晚8点 → 11月22日晚上8点)."""
LATER_THAN_PUBLISHED = "〔时刻晚于发布时间，待核实〕"
_INNER_COUNT = re.compile(r"(?<=[与和及、])(?:\d+|[一二两三四五六七八九十几数多]+)(?:辆|艘|架|列|名|位)")
"""The count of the second party (一辆电动车与一辆小汽车相撞 → 电动车与小汽车相撞)."""
_ATTRIBUTION = re.compile(r"^据|报道|通报|获悉|介绍|了解|消息|表示|称|反映")
"""A clause telling where the news came from (据新华社报道), no site."""
_THIS_TOWNSHIP = re.compile(r"该(?:乡|镇|街道)")
"""A site's reference to the township named before it (该乡某水库)."""
_SITE_LEAD = re.compile(
    r"^(?:关于|位于|地处|座落于|坐落于|座落在|坐落在|在|于|其中|(?:我|本)(?:市|县|区|镇|乡)|据悉|据了解|记者获悉|记者从[^，]{0,12}获悉|(?:报警)?称(?!重)"
    r"|(?:目击者|知情人士?|目击群众|现场群众|当事人|附近居民)称"
    # who told it (有市民反映江山港清湖段河面出现大量死鱼)
    r"|(?:有|据)?(?:市民|群众|村民|居民|网友|游客|路人)(?:反映|报警|举报|报料|爆料)(?:称)?)+"
)
_WENT_INTO_WATER = re.compile(
    r"(?:到|去|在)(?P<place>[^，,。；;！!？?\s、到去在]{2,20}?)(?:游泳|戏水|玩水|野泳|嬉水|钓鱼|捕鱼|摸鱼)"
    r"(?=[^。；;！!？?]{0,30}?(?:溺水|溺亡|落水|淹死|冲走|失踪|失联|下落不明|没上来))"
)
"""Where people went into the water, told before their drowning in the sentence (相约到…江山港游泳，其中一名…不慎
溺水; 到枫溪村枫溪河段游泳，不幸溺亡)."""
_SITE_WORDS = re.compile(
    r"路|街|道|巷|弄|国道|省道|县道|高速|公路|大桥|桥|隧道|路口|路段|小区|大厦|楼|广场|市场|商场|医院|学校|幼儿园|园区"
    r"|公司|企业|工厂|厂|仓库|车间|工地|矿|井|村|镇|乡|社区|街道|水库|河|江|湖|山|景区|酒店|宾馆|饭店|餐馆|中心|码头|港"
    r"|民房|民宅|住宅|房屋|自建房|农户|家中|商铺|店铺|门店|店|网吧|超市|校园|门口|门前|大门"
    # (a stall, a stand, a shed: 老街那个夜宵摊, 村口的烧烤摊)
    r"|摊(?![贩主])|棚"
)
_CAUSE = re.compile(r"因|由于|受")
_CAUSED = re.compile(r"导致|造成|致使|引发|引起")
"""A chain of causes before the verb (采石场…导致附近民房开裂): no site phrase."""
_BARE_SITES = frozenset({"民房", "民宅", "房屋", "住宅", "自建房", "农户", "家中", "楼", "厂", "村", "山", "河"})
"""A site word alone says no more than the event (房屋坍塌): no site."""
_PARTIES = re.compile(
    r"(?:约|近|大约|共计|共)?(?:\d+|[一二两三四五六七八九十几数多]+)[余多]?(?:辆|艘|架|列|名|位|伙|车(?!间|站|库|场|道|厢)|人(?!民|行))"
    r"|(?:部分|一批|一些)(?=[\u4e00-\u9fff]{0,2}(?:学生|师生|教师|员工|职工|工人|村民|居民|群众|游客|乘客|顾客|食客|宾客|人员))"
    # one person told without a measure word (江山市双塔街道某烧烤店内，一男子酒后与他人发生口角)
    r"|一(?=男子|女子|男孩|女孩|少年|青年|妇女|老人(?!院|公寓|中心|之家)|老汉|村民|居民(?!楼|区|小区|点)|工人(?!文化宫|新村)"
    r"|司机|外卖员|快递员)"
    # a lift or a machine (某小区一部电梯在运行中突然下坠: the lift is no site)
    r"|(?:\d+|[一二两三四五六七八九十]+)(?:部|台)(?=[\u4e00-\u9fff]{0,6}?(?:电梯|扶梯|锅炉|塔吊|起重机|吊车|升降机))"
    # a thing that fell or broke, with its measure word (农贸市场门口一块约30平方米的户外广告牌被大风刮落)
    r"|(?:\d+|[一二两三四五六七八九十]+)(?:块|棵|根|捆|面)(?=[^，,。；;]{0,12}?"
    r"(?:广告牌|招牌|指示牌|树|钢管|钢筋|玻璃|瓷砖|石块|石头|电线杆|铁皮|彩钢板|横幅))"
    # one vehicle told without a measure word (江山一货车侧翻: the vehicle is no site)
    r"|一(?=(?:小|大|重型|中型|轻型|半挂)?(?:货车|轿车|客车|大巴|中巴|面包车|公交车|校车|渣土车|槽罐车|油罐车|罐车"
    r"|挂车|卡车|皮卡|摩托车|电动车|三轮车|拖拉机|私家车|出租车|网约车|班车)(?!司机|驾驶))"
    # a person named by what they are (清漾村村民毛某在自家山林烧杂草时: the village is the site)
    # (or by their work: 凤林镇一家农机维修店内，店员徐某在调试抽水泵时不慎触电)
    r"|(?:村民|居民|市民|男子|女子|驾驶人|驾驶员|司机|店员|店主|员工|工人|职工|厨师|保安|骑手|外卖员|快递员|业主|租户"
    r"|住户|渔民|矿工|民工|游客|乘客)(?=[\u4e00-\u9fff]?某|[\u4e00-\u9fff]{1,2}(?:在|驾驶|因))"
    # people there, told by 有 (某小学陆续有学生出现呕吐: the school is the site)
    r"|(?<=[\u4e00-\u9fff])有(?=[\u4e00-\u9fff]{0,2}(?:学生|师生|教师|员工|职工|工人|村民|居民|群众|游客|乘客|顾客|食客|宾客"
    r"|幼儿|儿童|患者|病人)(?:出现|发生|感到|陆续|先后|相继|因|$))"
    # or someone doing harm there, as an alarm tells it (称中山路某烧烤店门口有人打架)
    rf"|(?<=[\u4e00-\u9fff])有(?=人(?:{_HARM_DONE}|$))"
)
"""Who or what was involved (一辆货车, 两车, 7车连环, 3名工人, 部分学生) starts after the site phrase."""
_SITE_TAIL = re.compile(
    r"(?:在[^，,。]{1,20}?(?:时|过程中|期间|作业中|施工中|运行中|行驶中)|在(?:运行|行驶|作业|施工)中"
    # what was held there (大陈乡一农户举办婚宴: 大陈乡一农户), or what did it (一座便桥被洪水: 一座便桥)
    r"|(?:举办|举行|操办)[^，,。在]{1,8}|被[^，,。被]{1,6}|遭[^，,。遭]{1,6}"
    r"|办(?:寿宴|婚宴|喜宴|酒席|宴席|丧事|满月酒|生日宴|升学宴)"
    r"|(?:突然|突发|意外|不慎|猛然|已经|再次|又|也|陆续|先后|相继|整体|轰然|(?<!公)共)"
    # the circumstance told after a place inside (一自建房楼道内电动车充电时: 楼道内)
    r"|(?<=[内里旁边处外])[^，,。在内里]{2,12}?(?:时|过程中|期间)"
    # there were (峡口水库有两名少年在游泳时溺水: 峡口水库)
    r"|(?<=[\u4e00-\u9fff])有"
    # the vehicle that caught fire there, after the place inside (架空层内正在充电的电动自行车: 架空层内)
    r"|(?<=[内里])(?:一辆|一台)?(?:正在充电的?|停放的?|充电中的?)?[^，,。在内里]{0,6}?"
    r"(?:电动自行车|电动车|电瓶车|汽车|轿车|车辆|货车|摩托车|三轮车))+$"
)
"""What ends a site phrase but is no place: the circumstance (在清理污水池时, 楼道内电动车充电时) or an
adverb (突然)."""
_CONSEQUENCE = re.compile(
    r"\s|致|造成|导致|已造成|已致|目前"
    # a toll's update after the event's word (爆炸事故死亡人数升至5人)
    r"|(?:死亡|遇难|伤亡|受伤|失联|失踪)人数"
    # what happened to someone in it, told after its name (爆炸事故中失联的1名工人…被找到)
    r"|(?<=事故|火灾|事件)中(?=[^，,。；;]{0,4}(?:失联|失踪|受伤|遇难|死亡|被困|的))"
    # or its scene and its aftermath (爆炸事故现场浓烟滚滚, 火灾发生后)
    r"|(?<=事故|火灾|事件|爆炸)(?=现场|发生后|后)"
    # a toll right after the event's word (化工厂爆炸3人死亡, 车祸一死两伤)
    r"|(?=(?:至少|已有|已|共有|共|近|超过|逾|约)?[\d一二两三四五六七八九十]+(?:余|多)?(?:人|名)?"
    r"(?:死|伤|受伤|重伤|轻伤|遇难|失联|失踪|身亡|丧生|罹难))"
)
_ABOUT = re.compile(r"^(?:[^，,。；;：:\s]{0,24}?(?:局|委|办|厅|院|中心|政府|大队|支队|公司))?关于(?:一起)?")
"""A notice's title up to its matter: its issuer and 关于 (江山市应急管理局关于一起一般生产安全事故的通报)."""
_NOTICE = re.compile(
    r"(?:的(?:有关)?(?:情况)?|情况|最新)(?:通报|说明|通告|公告|报告)$|(?:的)?(?:情况|处置)?(?:续报|快报|最新进展|进展情况)$"
    # what a press conference or a notice told of it (通报“12·2”校车侧翻事故有关情况), and a hospital's word
    # for those taken there (夫妻俩一氧化碳中毒送医)
    r"|(?:的)?有关情况$|(?<=[毒伤])(?:送医|送院|入院|住院)$"
    r"|(?<![继持连陆延存手])续$"  # a headline's follow-up mark (上海在建楼房整体倒塌续)
)
"""A notice's title around the event's name (关于…的情况通报)."""
_NOT_A_SITE = re.compile(
    r"我|你|您|他们|她们|原来|多次|全都|就|经常|一直|曾经|自[^，,。]{0,4}以?来|从|家住|均称|购买|食用"
)
"""(从: where someone fell or came from, after them: 独居女子放火烧屋后从4楼坠落)"""
"""Words a complaint's clause holds that no site phrase does (小区自交房来多次, 原来是我们停在…的车辆全都)."""
_PICTURE = re.compile(r"\s*[（(](?:组图|图|多图|图文|附图|视频|高清|直播)[)）]\s*$")
"""A headline's label of its pictures or video (火灾浓烟滚滚焚烧近4小时(图))."""


def _without_picture(fact: Fact) -> Fact:
    """``fact`` without a headline's label of its pictures (火灾浓烟滚滚焚烧近4小时(图))."""
    if ")" not in fact.value and "）" not in fact.value:
        return fact
    return fact.model_copy(update={"value": _PICTURE.sub("", fact.value)})


_BACK_TO_IT = re.compile(r"^(?:此次|这次|本次|该次|这起|此起|该起|这场|此轮|本轮)")
"""Words that refer back to the event, before its name (此次暴雨)."""
_WHAT_LEAD = re.compile(r"^(?:发生了|发生|突发|突然发生|引发|引起|普降|遭受)?(?:了)?")
_MEETINGS = ("碰撞", "相撞", "追尾", "刮擦", "剐蹭")
"""What two parties did (一辆货车与一辆电动自行车发生碰撞): the event, named with them."""
_SUBSTANCE = re.compile(
    r"(?:液氨|氨气|氯气|天然气|燃气|煤气|沼气|液化石油气|液化气|硫化氢|一氧化碳|危化品|化学品|甲醛|氰化物|硫酸|盐酸|硝酸"
    r"|油品|柴油|汽油|原油|氢气|粉尘|锅炉|储罐|液化石油气罐|液化气罐|燃气罐|煤气罐|气罐|(?:液化气|燃气|煤气)?钢瓶|气瓶"
    # a battery or the vehicle it drives (小区电动车电池起火, 楼道内电动自行车着火)
    r"|(?:(?:电动车|电动自行车|电瓶车|充电宝|手机)的?)?(?:电瓶|锂电池|电池)|电动车|电动自行车|电瓶车"
    # a cooking pot's oil, fireworks (火锅店后厨的油锅突然起火, 婚宴现场燃放的礼花弹发生意外爆燃)
    r"|油锅|礼花弹|烟花|烟花爆竹|鞭炮|爆竹)$"
)
"""What leaked, burst or burned, named right before its verb (某化工厂氯气泄漏, 餐馆煤气罐爆炸)."""
_HOW = re.compile(r"(?:突然|意外|猛然)+$")
_KEPT_THERE = re.compile(r"(?:燃放|停放|放置|存放|堆放|正在充电|充电)$")
"""What was being done with what burned, at the site (三楼楼道内停放的电动自行车电池, 婚宴现场燃放的礼花弹)."""
_SUBSTANCE_VERBS = frozenset({"泄漏", "爆炸", "爆燃", "燃爆", "起火", "着火"})
_MAX_SITE = 30
_MAX_QUOTE = 120


class FactReader:
    """Reads the facts of emergency items. Build once (it compiles the unit names); :meth:`read` is pure."""

    def __init__(self, places: PlaceFinder, units: UnitDirectory) -> None:
        self.places = places
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
        gazetteer = places.gazetteer
        above = [form for name in gazetteer.region if name != gazetteer.jurisdiction for form in name_forms(name)]
        self._above = re.compile(f"(?:{'|'.join(map(re.escape, above))})$") if above else None
        self._townships = frozenset(u.id for u in units.townships())
        self._shorthands = Shorthands(units)
        self._township_name = {u.id: u.name for u in units.townships()}
        self._local = gazetteer.jurisdiction

    def read(
        self,
        text: str,
        published_at: datetime,
        event_terms: tuple[str, ...],
        report: CasualtyReport,
        places: Sequence[PlaceMatch] | None = None,
        *,
        is_simplified: bool = False,
        poisoning: Poisoning | None = None,
    ) -> tuple[Fact, ...]:
        """The facts ``text`` states (title and body joined by a newline); ``places`` are the
        gazetteer's matches in ``text`` when the caller has them already. Traditional characters
        are read as simplified, as grading reads them (:mod:`yuqing.traditional`); ``is_simplified``
        says the caller has simplified ``text`` already (the classifier stage does so once);
        ``poisoning``, the people a food poisoning struck as grading counted them."""
        if not is_simplified:
            text = simplified(text)
        sentences = Sentences(text)
        # only the sentences with an occurrence verb can state when, where and what
        spans: dict[int, str] = {}
        # a sentence's later occurrence verbs, each with its sentence up to it and where it begins there
        # (江山一化工厂发生爆炸 记者…获悉，12月1日10时许，…发生爆炸: a headline run into its body)
        later: list[tuple[str, int]] = []
        for verb in _TIMED.finditer(text):
            begin = sentences.start_of(verb.start())
            if begin in spans and len(later) >= _LATER_VERBS:
                continue  # (nothing more to keep from this sentence: its verb is not judged)
            if not reports_incident_at(text, verb.start(), verb.end()):
                continue  # 经常发生…事故, 一旦发生火灾: no occurrence
            if begin not in spans:
                spans[begin] = sentences.until(begin, verb.end())
            elif len(later) < _LATER_VERBS:
                later.append((sentences.until(begin, verb.end()), verb.start() - begin))
        occurring = list(spans.values())
        title_end = text.find("\n")
        facts: list[Fact] = []
        found_site: Fact | None = None
        timed = iter(occurring)
        when = next((f for s in timed if (f := _when(s, published_at)) is not None), None)
        if when is not None and when.precision < 3:  # 前天晚上一小区起火 / 前天晚上11点半左右，…: the clock time
            finer = (f for s in islice(timed, _TIMED_SENTENCES - 1) if (f := _when(s, published_at)) is not None)
            # (6月30日下午，…发生火灾。据了解，当天14时50分左右，…起火: of the day told before)
            finer = (_on_the_day_told(text, f, published_at) or f if "当" in f.quote else f for f in finer)
            when = next((f for f in finer if _finer(f, when)), when)
        if when is None:  # the time before a sentence's later occurrence verb
            when = next((f for s, at in later if (f := _when(s, published_at, at)) is not None), None)
        if when is None:  # 贺村镇化工厂“12·2”爆炸事故已造成6人死亡: the day its date code names
            headline = SENTENCE.search(text)
            named = occurring or ([headline.group()] if headline is not None else [])  # or the headline's
            when = next((f for s in named if (f := _when_by_code(s, published_at)) is not None), None)
            if when is None and not occurring:  # 12月1日晚8时许，“12·1”火灾发生后，…: a body's sentence naming it
                coded = (m.group() for m in SENTENCE.finditer(text) if _DATE_CODE.search(m.group()))
                when = next((f for s in coded if (f := _when_by_code(s, published_at)) is not None), None)
            if when is not None and report.figures and (hurt := _when_hurt(text, sentences, report, published_at)):
                # “12·3”…事故的情况通报 … 2026年12月3日（星期四）上午10时许，…一名作业人员被吊物砸中: that day's time
                when = hurt if _finer(hurt, when) else when
        if when is None and report.figures:  # 12月2日上午，…车间内，一名工人在操作冲床时右手被压伤
            when = _when_hurt(text, sentences, report, published_at)
        if when is None and "接" in text and (alarm := _ALARM.search(text)) is not None:
            # 2026年11月30日20时许，江山市公安局接群众报警称…: a police report's time is the alarm's
            begin = sentences.start_of(alarm.start())
            when = _when(sentences.until(begin, alarm.end()), published_at, alarm.start() - begin)
        # 昨日下午5点左右，有市民发现江山港清湖段水面漂浮一名男子: the time someone was found (the
        # headline's 江山港发现一具男性遗体 tells none: the body's sentence is read after it)
        seen: set[int] = set()  # (the sentences read: one each, and a few at most)
        for spotted in _FOUND_IN_WATER.finditer(text) if when is None and "发现" in text else ():
            begin = sentences.start_of(spotted.start())
            if begin in seen or len(seen) >= _FOUND_SENTENCES:
                break
            seen.add(begin)
            when = _when(sentences.until(begin, spotted.end()), published_at, spotted.start() - begin)
            found_at = _FOUND_AT.search(text, begin, spotted.start() + 2)
            if found_at is not None and _SITE_WORDS.search(found_at.group("at")):
                # 市民在须江城区段景星桥下发现一名男子落水: where (unless the body tells the site otherwise)
                quote = sentences.until(begin, spotted.end())[:_MAX_QUOTE]
                found_site = Fact(kind=FactKind.WHERE, value=found_at.group("at"), quote=quote, precision=3)
            if when is not None:
                break
        if when is None:
            # 12月4日上午10时50分左右，位于虎山街道的某在建项目工地一台塔式起重机…起重臂突然折断: a report's
            # opening time, a clause of its own, where no verb this reader knows told the event
            when = _opening_time(text, max(title_end, 0), published_at)
        if when is None and event_terms:
            # 我二伯前天下午4点多在四都镇山上的茶园采茶，被雷劈了: the time before the event's word in its sentence
            when = _when_named(text, sentences, event_terms, published_at)
        if when is not None and "当" in when.quote and _ON_THE_DAY.search(when.quote) is not None:
            # 12月4日傍晚，长台镇一带出现雷雨天气。当晚6时许，…起火: the day told before it (or 昨天下午…。
            # 记者了解到，当天下午3点40分左右, 6月30日发生的…爆炸事故…。事发当天中午11时45分许)
            when = _on_the_day_told(text, when, published_at) or when
        if when is not None and when.precision == 1 and ("当" in text or "同日" in text):
            when = _same_day(text, when, published_at) or when  # 11月28日，…发生一起车祸。当天14时许，…
        if when is not None:
            facts.append(when)
        # the body states site and event more fully than the headline
        body_first = [s for b, s in spans.items() if b > title_end] + [s for b, s in spans.items() if b <= title_end]
        site, what = _site_and_what(body_first, event_terms)
        if (
            what is not None
            and _WEATHER.search(what.value)
            and len(body_first) > 1
            and not _HARM_TOLD.search(body_first[0])  # (全县遭遇强降雨，4人死亡: the rain's toll, the rain the event)
        ):
            # 我市南部山区普降大暴雨…。今天凌晨2时许，廿八都镇浔里村一处山体发生滑坡: the rain brought the event a
            # later sentence tells
            later_site, later_what = _site_and_what(body_first[1:], event_terms)
            told_when = next((sp for sp in body_first[1:] if later_what and later_what.quote[:20] in sp), None)
            if (
                later_what is not None
                and not _WEATHER.search(later_what.value)
                and told_when is not None
                and _when(told_when, published_at) is not None  # (its own time: not a tally of what it did)
            ):
                site, what = later_site or site, later_what
        if (
            what is not None
            and what.value in event_terms
            and (titled := [s for b, s in spans.items() if b <= title_end])
        ):
            # the body's bare 中毒 or 火灾, the headline's fuller name of it (发生有限空间中毒事故): the headline's
            fuller = _site_and_what(titled, event_terms)[1]
            if fuller is not None:  # (not its count: 一自建房倒塌2人被埋 → 倒塌)
                fuller = fuller.model_copy(update={"value": _PEOPLE_COUNTED.split(fuller.value)[0]})
            if fuller is not None and what.value in fuller.value and len(fuller.value) > len(what.value):
                what = fuller
            elif (
                fuller is not None
                and _OCCURRENCE.pattern.fullmatch(what.value)
                and fuller.value in event_terms
                and fuller.value != what.value
            ):
                what = fuller  # the body's 起火, the headline's 火灾: the event's name
        if "名称" in text and (label := _WHAT_TOLD.search(text)) is not None:
            # 事件名称：长台镇某矿山企业车辆伤害事故: the event as an express report names it
            what = Fact(kind=FactKind.WHAT, value=label.group("what"), quote=label.group()[:_MAX_QUOTE])
        if "地" in text and (told := _SITE_TOLD.search(text)) is not None:
            # 事发地点位于虎山街道江山港景星桥下游约200米处: the site as the report states it
            site = Fact(kind=FactKind.WHERE, value=told.group("at"), quote=told.group()[:_MAX_QUOTE], precision=3)
        elif report.figures and (site is None or 0 <= text.find(site.quote) < title_end):
            # the body tells where only before its figure (位于…公司车间内，一名工人…右手被压伤)
            site = _site_hurt(text, sentences, report, title_end) or site
        if what is None:
            what = _what_by_term([m.group() for m in SENTENCE.finditer(text)], event_terms)
            if (
                what is not None
                and (there := _THERE_IS.match(what.value)) is not None
                and (there.group("lead") or _AT_A_PLACE.search(there.group("at")))
            ):
                # 在清湖街道某小区内有一名男子持刀伤人: the site, then what happened there
                # (有人持刀伤人: what was done, not 人持刀伤人)
                done = there.group("what")
                what = what.model_copy(update={"value": done[1:] if done.startswith("人") else done})
                vague = site is None or _REGION_ONLY.fullmatch(site.value) or 0 <= text.find(site.quote) < title_end
                if vague and _SITE_WORDS.search(there.group("at")):  # (not the headline's 江山一小区)
                    site = Fact(kind=FactKind.WHERE, value=there.group("at"), quote=what.quote, precision=3)
        site = site or found_site
        if when is not None and (
            site is None or _REGION_ONLY.fullmatch(site.value) or 0 <= text.find(site.quote) < title_end
        ):
            # 12月4日晚，大桥镇汇头村一户村民家中，一家四口因…烧炭取暖，导致一氧化碳中毒: the clause after the
            # time, a place alone
            site = _site_after_time(when.quote) or site
        if (site is None or _REGION_ONLY.fullmatch(site.value)) and event_terms:
            # 205国道贺村镇路段加油站门口，一辆拉沙子的大货车把一个骑电瓶车的大叔撞了: a place alone, in the clause
            # before the event's words
            site = _site_before_term(text, sentences, event_terms) or site
        if (
            when is not None
            and (site is None or _REGION_ONLY.fullmatch(site.value))
            and (at := _AT_A_SITE.search(when.quote)) is not None
            and _REGION.search(at.group("at"))
            and not _PARTIES.search(at.group("at"))
        ):
            # 今天早上7点多在贺村镇耕读村村口那条水泥路上，…, 前天下午4点多在四都镇山上的茶园采茶: where those
            # involved were when it happened, as people tell it
            at_a_site = _THAT_ONE.sub("", at.group("at"))
            site = Fact(kind=FactKind.WHERE, value=at_a_site, quote=when.quote[:_MAX_QUOTE], precision=3)
        if (site is None or _REGION_ONLY.fullmatch(site.value)) and (went := _WENT_INTO_WATER.search(text)) is not None:
            # 三名小学生相约到凤林镇南坞村附近的江山港游泳，其中一名…不慎溺水: where they went into the water
            place = went.group("place")
            if _SITE_WORDS.search(place) and not _PARTIES.search(place):
                site = Fact(kind=FactKind.WHERE, value=place, quote=went.group()[:_MAX_QUOTE], precision=3)
        found = self.places.find(text) if places is None else places
        townships = {m.place.township for m in found}
        here = townships.pop() if len(townships) == 1 else None  # the one township the text places it in
        if site is not None and here in self._township_name and (this := _THIS_TOWNSHIP.match(site.value)):
            # 该乡某水库: the township the text names (张村乡某水库)
            site = site.model_copy(update={"value": self._township_name[here] + site.value[this.end() :]})
        if site is not None:
            facts.append(_without_picture(site))
        # (a site that is a gazetteer place, 峡口水库, is stated once)
        facts.extend(f for f in self._places(found) if site is None or f.value != site.value)
        if what is not None:
            facts.append(_without_picture(what))
        figures = _figures(report)
        facts.extend(_with_poisoned(figures, poisoning) if poisoning is not None else figures)
        if (
            "过火" in text
            and not any(f.kind is FactKind.BURNED_AREA for f in facts)
            and (floor := _FLOOR_BURNED.search(text)) is not None
        ):  # a building's fire told by its floor area (过火面积约800平方米), which grading leaves aside
            facts.append(_floor_burned(floor))
        if (trapped := trapped_now(text)) is not None:
            facts.append(_trapped(*trapped))
        if (taken := sent_to_hospital(text)) is not None and not any(
            f.number == taken.count for f in facts if f.kind in PEOPLE
        ):  # 5名工人出现不适症状，已被送往医院观察 (not 3人受伤送医: the injured figure tells them)
            facts.append(_counted(FactKind.HOSPITALIZED, taken.count, taken.bound, taken.quote))
        if not GATHERING_TERMS.isdisjoint(event_terms) and (crowd := gathered(text)) is not None:
            # 约200名业主聚集在市政府门口: a gathering's people (not the onlookers of an accident)
            facts.append(_gathered(crowd))
        if (moved := evacuated(text)) is not None:  # 紧急疏散周边群众6000余人
            facts.append(_counted(FactKind.EVACUATED, moved.count, moved.bound, moved.quote))
        if (sick := outbreak(text)) is not None and sick.cases is not None:  # 霍乱病例增至12例
            facts.append(_counted(FactKind.CASES, sick.cases, sick.bound, sick.quote, "例"))
        elif not DISEASE_TERMS.isdisjoint(event_terms) and (cases := reported_cases(text)) is not None:
            # an outbreak of a disease the plan does not grade by count (累计发病学生36人: norovirus)
            facts.append(_counted(FactKind.CASES, cases.cases, cases.bound, cases.quote, cases.unit))
        facts.extend(self._responding(text, event_terms, sentences, here))
        return tuple(facts)

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

    def _places(self, found: Sequence[PlaceMatch]) -> list[Fact]:
        out: dict[str, Fact] = {}
        for m in found:
            place = m.place
            precision = 1 if place.kind in ("乡", "镇", "街道") else 2
            out.setdefault(place.name, Fact(kind=FactKind.WHERE, value=place.name, quote=m.text, precision=precision))
        return list(out.values())

    def _responding(
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
        if (
            township is not None
            and township in self._township_name
            and ("政府" in text or "办事处" in text or "干部" in text)
        ):
            name = self._township_name[township]
            short += [
                (m.start(), m.end(), township, name)
                for m in _TOWNSHIP_GOVERNMENT.finditer(text)
                if m.start() == 0 or _TOWNSHIP_BEFORE.search(text, max(0, m.start() - 3), m.start()) is not None
            ]
        out: dict[str, Fact] = {}
        for start, stop, unit_id, name in sorted(named + short):
            if unit_id in out or (unit_id in self._townships and _OTHER_BODY.match(text, stop)):
                continue
            if _ASKED_TO.search(text, max(0, start - _ASKED_REACH), start) is not None:
                continue  # 希望市公安局、工商局等有关部门依法取缔: asked to act, not responding
            # (within a clause's reach: a text of one run-on clause naming units thousands of times is
            # not scanned to its end for each of them)
            end = _CLAUSE_END.search(text, stop, stop + _RESPONSE_REACH)
            clause_end = end.start() if end else min(len(text), stop + _RESPONSE_REACH)
            verb = _RESPONSE.search(text, stop, clause_end)
            if verb is None or _names_event(text[stop : verb.start()], event_terms):
                continue  # 贺村火灾最新通报: the place of the event, not a responder
            begin = sentences.start_of(start)
            sentence = sentences.until(begin, stop)
            quote = _around(sentence, start - begin, stop - begin)
            out[unit_id] = Fact(kind=FactKind.UNIT, value=name, unit_id=unit_id, quote=quote)
        return list(out.values())


_ASKED_TO = re.compile(r"(?:希望|请求|恳请|恳求|建议|呼吁|(?<![申邀聘提报])请(?!示)|盼)[^，,。；;！!？?]*$")
"""A wish in a unit's clause before it (希望市公安局、工商局等有关部门依法取缔): the unit is asked to act (not
a leader's directive, 要求市应急管理局全力搜救, which it carries out; nor 邀请市地震局专家赶赴现场)."""
_ASKED_REACH = 40
_RESPONSE_REACH = 200
"""How far after a unit its response verb is looked for, at most (its clause ends sooner: 市应急管理局、
市消防救援大队、市公安局、贺村镇等第一时间赶赴现场)."""
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


def _around(text: str, start: int, end: int) -> str:
    """``text`` cut to at most :data:`_MAX_QUOTE` characters around ``start``–``end``."""
    text = text.strip()
    if len(text) <= _MAX_QUOTE:
        return text
    left = max(0, min(start - 30, len(text) - _MAX_QUOTE))
    return text[left : left + _MAX_QUOTE]


def _hour(raw: str) -> int | None:
    try:
        return int(raw) if raw.isdigit() else chinese_to_int(raw)
    except ValueError:
        return None


def _when(sentence: str, published_at: datetime, until: int | None = None) -> Fact | None:
    """The first time stated before an occurrence verb in ``sentence`` (or before offset ``until``),
    resolved in Asia/Shanghai."""
    end = len(sentence)  # (before a figure: the times that begin before it, each read whole)
    if until is None:
        verb = _TIMED.search(sentence)
        if verb is None:
            return None
        end = verb_at = verb.start()
        if _HAPPENED_AT.match(sentence, verb.start()):  # 事故发生在12月2日凌晨: the time after it
            clause_end = _CLAUSE_END.search(sentence, verb.end())
            end = clause_end.start() if clause_end is not None else len(sentence)
    else:
        verb_at = end
    base: datetime | None = None  # converted only for a candidate (most sentences state no time)
    for m in _times(sentence, end):
        if until is not None and m.start() >= until:
            break
        if not (m.group("date") or m.group("rel") or (m.group("period") and m.group("h"))):
            continue
        if m.group("m") and not m.group("d"):
            continue  # 3月下旬, 8月以来: a month, no day to tell
        if _NOT_OCCURRENCE.search(sentence, 0, m.start()):
            continue
        if "影响" in sentence and _CAUSE_OPENS.search(sentence, 0, m.start()) and _CAUSE_ENDS.match(sentence, m.end()):
            continue  # 受6月26日夜间特大暴雨影响，…于27日凌晨1时许倒塌: the cause's time, not the event's
        since = sentence.startswith("以来", m.end()) and bool(m.group("d") or m.group("rel"))
        if not since and _reporting_time(sentence, m.start(), m.end(), verb_at):
            # 记者今天（12月1日）从市应急管理局获悉，11月30日下午4时许…: when it was told (but
            # 通报12月4日21时许发生在石门镇的一起…事件: the event's, its verb in the time's clause)
            continue
        base = base or published_at.astimezone(SHANGHAI)
        day = base.date()
        if m.group("week"):  # 上周五, 本周一: that weekday of the week of publication or the one before
            day += timedelta(
                days=_WEEKDAY[m.group("week")[-1]] - day.weekday() - (7 if m.group("week")[0] == "上" else 0)
            )
        elif m.group("rel"):
            day += timedelta(days=_RELATIVE_DAYS.get(m.group("rel"), 0))
        if m.group("m") or m.group("d2"):
            month = int(m.group("m") or base.month)
            dom = int(m.group("d") or m.group("d2") or 1)
            year = int(m.group("y") or base.year)
            try:
                candidate = day.replace(year=year, month=month, day=dom)
            except ValueError:
                continue
            if m.group("d2") and candidate > base.date():
                candidate = _month_before(candidate)  # 28日 read on the 2nd: last month's
            elif not m.group("y") and candidate > base.date():
                candidate = candidate.replace(year=year - 1)  # 12月30日 read in January
            day = candidate
        if (code := _DATE_CODE.search(sentence, m.end(), end)) is not None and _code_day(code) != (day.month, day.day):
            continue  # 12月4日上午10时许，“12·2”爆炸事故中失联的1名工人被找到: a later day's news of it
        precision, hour, minute = 1, 0, 0
        if m.group("period") or m.group("rel") in _AFTERNOON:
            precision = 2
        if m.group("h"):
            h = _hour(m.group("h"))
            if h is None or h > 24:
                continue
            period = m.group("period") or m.group("rel") or ""
            if period in _AFTERNOON and h < 12 and not (period in ("深夜", "夜里", "夜间") and h <= 4):
                h += 12
            if period == "中午" and h < 3:
                h += 12
            hour, minute = h % 24, 30 if m.group("min") == "半" else int(m.group("min") or m.group("colon") or 0)
            if minute > 59:
                continue
            precision = 3
        elif precision == 2:
            hour = _PERIOD_HOUR.get(m.group("period") or "", 20)
        if precision == 1 and not m.group("date") and not m.group("rel"):
            continue
        at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)
        later = False
        if at > base:
            if not (m.group("date") or m.group("rel")):
                at -= timedelta(days=1)  # 凌晨2时许 read at 1 a.m.: the night before
            if at > base:
                # stated for today, at an hour not yet come when it was published: the date only
                at, precision, later = datetime(at.year, at.month, at.day, tzinfo=SHANGHAI), 1, True
        return Fact(
            kind=FactKind.WHEN,
            # (12月1日以来，我市遭遇强降雨: the day it began, said so)
            value=f"{_shown(m, at, base, precision, later)}以来"
            if since and not later
            else _shown(m, at, base, precision, later),
            quote=_around(sentence, m.start(), m.end()),
            at=at,
            precision=precision,
        )
    return None


_PLACE_TOLD = re.compile(r"位于|地处|在")
_INSIDE = re.compile(r"(?:内|里|处|旁|附近|路段|路口|门口|一带|境内|现场)$")


def _figure_sentences(text: str, sentences: Sentences, report: CasualtyReport) -> Iterator[tuple[int, int]]:
    """Where each counted figure of ``report`` stands in ``text`` and where its sentence begins, in
    order, leaving out a sentence that tells who reported it or up to when it runs (:data:`_TOLD_BY`).
    Grading may have read a text with spaces taken out: a quote is looked for where it is, else at
    its first place."""
    for m in sorted(report.figures.values(), key=lambda m: m.start):
        at = m.start if text.startswith(m.quote, m.start) else text.find(m.quote)
        if at < 0:
            continue
        begin = sentences.start_of(at)
        # what a colon introduces is told on its own (现将有关情况通报如下：…2026年12月3日上午10时许，…)
        begin = max(begin, text.rfind("：", begin, at) + 1)
        if _TOLD_BY.search(text, begin, sentences.end_of(at)) is None:
            yield at, begin


def _site_hurt(text: str, sentences: Sentences, report: CasualtyReport, title_end: int) -> Fact | None:
    """The site told in a clause of its own before a casualty figure of the body, where no occurrence
    verb tells it (``12月2日上午，位于江山经济开发区的某机械有限公司车间内，一名工人…被压伤``)."""
    for at, begin in _figure_sentences(text, sentences, report):
        if at <= title_end:
            continue
        before = text[begin:at]
        for clause in reversed(_CLAUSE.findall(before)):
            told = _strip_time(clause.strip()).strip()
            phrase = _SITE_TAIL.sub("", _PARTIES.split(_SITE_LEAD.sub("", told))[0])  # …公司在吊装作业过程中
            # (a place told as such: 位于/在 before it, or a word of where inside or beside after it, or a
            # workplace right before who was there: 江山市上余镇某木业有限公司一名员工在操作砂光机时)
            workplace = _WORKPLACE.search(phrase) is not None and _PARTIES.search(told, len(phrase)) is not None
            if (
                (_PLACE_TOLD.match(told) or _INSIDE.search(phrase) or workplace)
                and 2 <= len(phrase) <= _MAX_SITE
                and _SITE_WORDS.search(phrase)
                and phrase not in _BARE_SITES
                and not _CAUSED.search(phrase)
                and not _CAUSE.search(phrase)
                and not _RESPONSE.search(phrase)  # (大陈乡立即组织镇村干部…赶赴现场: who responded)
            ):
                quote = sentences.until(begin, at).strip()
                return Fact(kind=FactKind.WHERE, value=phrase, quote=quote[:_MAX_QUOTE], precision=3)
    return None


_WORKPLACE = re.compile(
    r"(?:公司|厂|工地|工程|矿|车间|作坊|仓库|商场|市场|酒店|宾馆|饭店|学校|医院|养老院|幼儿园"
    r"|养殖场|养猪场|养鸡场|农场|林场|采石场|屠宰场|搅拌站|加油站|码头)$"
)
"""A workplace or an institution, named before the people there (某木业有限公司一名员工): the site."""
_SITE_TOLD = re.compile(
    r"(?:事发地点|事故地点|事故发生地点|事故发生地|出事地点|事发地|(?<=[，,。；;])地点)(?:位于|为|是|在|：|:)"
    rf"(?P<at>[^，,。！？!?；;：:\n]{{2,{_MAX_SITE}}})(?=[，,。！？!?；;\n]|$)"
)
"""The site as a report states it (事发地点位于…, 事故地点为…)."""
_WHAT_TOLD = re.compile(r"(?:事件|事故)名称(?:为|是)?[：:](?P<what>[^，,。！？!?；;：:\n]{2,40})")
"""The event as a report's label names it (事件名称：长台镇某矿山企业车辆伤害事故)."""
_ALARM = re.compile(
    r"接(?:到)?(?:群众|市民|村民|网民|事主)?(?:报警|报案|求助|反映|举报)|接警|接报"
    # a report from another body (市疾控中心接到市人民医院报告: an outbreak's first case)
    r"|接(?:到|获)(?:[^，,。；;！!？?]{2,12}?)(?:报告|报警|报案|求助|反映|举报)"
)
_THERE_IS = re.compile(
    r"(?P<lead>在|(?:报警)?称在?)?(?P<at>[^，,。；;]{2,30}?(?:内|里|处|附近|门口|路口)?)"
    r"(?:有(?=[一二两三四五六七八九十几多数\d]|人|男|女)|发生|(?<=[内里处近口])(?=一(?:名|男子|女子|男|女)))"
    r"(?P<what>[^，,。；;]{2,})$"
)
"""What happened at a place, told as it was reported (在清湖街道某小区内有一名男子持刀伤人, 称上余镇某KTV门口有多人
斗殴, 华埠镇某菜市场内一男子持刀砍人: with no 在 or 称 before it, a place told by where in or by it)."""
_AT_A_PLACE = re.compile(r"(?:内|里|处|附近|门口|路口)$")
_FOUND_IN_WATER = re.compile(r"发现[^，,。！？!?；;]{0,16}?(?:漂浮|浮尸|尸体|遗体|落水|溺水)")
"""Someone found dead or in the water (发现江山港清湖段水面漂浮一名男子, 发现一名男子落水): the first the
report knows of it."""
_FOUND_SENTENCES = 3
"""How many sentences telling someone found are read for a time (a headline's, then the body's)."""
_FOUND_AT = re.compile(r"在(?P<at>[^，,。；;：:]{2,20}?)发现$")
"""Where someone was found (市民在须江城区段景星桥下发现: 须江城区段景星桥下)."""
_TOLD_BY = re.compile(r"据|获悉|了解到|得知|获知|报道|通报|记者|介绍|发布|消息|表示|截至|截止|目前|至今|以来|累计")
"""Who told a figure, or how far it runs (记者昨日从…获悉, 截至今日12时): the time is theirs, not the event's."""


def _when_hurt(text: str, sentences: Sentences, report: CasualtyReport, published_at: datetime) -> Fact | None:
    """The time of the first sentence stating a casualty figure, where no occurrence verb tells the
    event (``12月2日上午，…一名工人在操作冲床时右手被压伤``); not a sentence telling who reported the
    figure or up to when it runs."""
    for at, begin in _figure_sentences(text, sentences, report):
        if (when := _when(sentences.until(begin, at), published_at, at - begin)) is not None:
            return when
    return None


def _when_by_code(sentence: str, published_at: datetime) -> Fact | None:
    """The day an incident's date code before the occurrence verb names (“12·2”爆炸事故: 12月2日),
    in the year of publication, or the year before for a day not yet come."""
    verb = _OCCURRENCE.search(sentence)
    if verb is not None:
        code = _DATE_CODE.search(sentence, 0, verb.start())
    else:  # 关于“12·1”重大道路交通事故的情况通报: the code of an incident named, no verb
        code = next((c for c in _DATE_CODE.finditer(sentence) if _NAMED_INCIDENT.match(sentence, c.end())), None)
    if code is None:
        return None
    month, dom = _code_day(code)
    told = _when(sentence, published_at, code.start())
    local = told.at.astimezone(SHANGHAI) if told is not None and told.at is not None else None
    if local is not None and (local.month, local.day) == (month, dom):
        return told  # 12月1日晚8时许，“12·1”火灾发生后: the time told of the code's day
    base = published_at.astimezone(SHANGHAI)
    try:
        day = date(base.year, month, dom)
        if day > base.date():
            day = day.replace(year=base.year - 1)
    except ValueError:
        return None
    return Fact(
        kind=FactKind.WHEN,
        value=f"{month}月{dom}日",
        quote=_around(sentence, code.start(), code.end()),
        at=datetime(day.year, day.month, day.day, tzinfo=SHANGHAI),
        precision=1,
    )


_CLOCK = r"[\d零一二两三四五六七八九十]{1,3}(?:时|点)(?:[\d零一二三四五六七八九十]{1,3}分|半)?(?:许|左右|多)?"
_SAME_DAY = re.compile(
    r"(?:当天|当日|同日)(?P<clock>(?:凌晨|清晨|早晨|早上|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|深夜)?"
    rf"{_CLOCK})|当(?P<evening>晚|夜)(?P<late>{_CLOCK})"
)
"""A clock time of the day already told (``当天14时许``, ``当晚7时许``)."""


_ON_THE_DAY = re.compile(
    r"当(?:天|日|晚)(?=凌晨|清晨|早晨|早上|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|深夜|夜里|晚|\d|[一二三四五六七八九十两])"
)
"""A time told as of the day told before it (当天下午3点40分左右, 当晚6时许)."""


def _on_the_day_told(text: str, when: Fact, published_at: datetime) -> Fact | None:
    """``when``, told as ``当天``/``当日``/``当晚`` of the day told before it (``12月4日傍晚，…。当晚6时许，…``,
    ``昨天下午…。当天下午3点40分左右``), on that day, or ``None`` where nothing before it tells one."""
    at = text.find(when.quote)
    on = _ON_THE_DAY.search(when.quote)
    if at < 0 or on is None or _NOT_OCCURRENCE.search(when.quote, 0, on.start()) is not None:
        return None  # (截至当晚8时: up to when figures run)
    if when.at is not None and when.at.astimezone(SHANGHAI).date() != published_at.astimezone(SHANGHAI).date():
        return None  # the time read is another of the quote's (当天 is read as the day of publication)
    at += on.start()
    days = [m for m in _TIME.finditer(text, 0, at) if (m.group("m") and m.group("d")) or m.group("rel") in _TOLD_DAYS]
    if not days:
        return None
    told = days[-1].group("date") if days[-1].group("d") else _TOLD_DAYS[days[-1].group("rel")]
    rest = when.quote[on.start() :]
    evening = "晚" if rest.startswith("当晚") else ""
    # (read up to the clock time only: the sentence may tell the event by no verb this reader knows)
    timed = _when(f"{told}{evening}{rest[2:]}", published_at, len(told) + len(evening) + 1)
    return timed.model_copy(update={"quote": when.quote}) if timed is not None else None


_TOLD_DAYS = {
    **dict.fromkeys(("昨天", "昨日", "昨晚", "昨夜"), "昨天"),
    **dict.fromkeys(("前天", "前晚", "前夜"), "前天"),
    **dict.fromkeys(("今天", "今日", "今晨", "今早", "今晚"), "今天"),
}
"""A relative day told before 当天, as the day it names (昨晚…，当天 is yesterday)."""


def _same_day(text: str, day: Fact, published_at: datetime) -> Fact | None:
    """``day`` (a date) with the clock time a later sentence gives for that day (``11月28日，…发生一起车祸。
    当天14时许，一辆三轮车与一辆小轿车相撞`` → ``11月28日14时许``), or ``None``."""
    at = text.find(day.quote[:8]) if day.quote else -1
    same = _SAME_DAY.search(text, max(0, at))
    if same is None:
        return None
    clock = same.group("clock") or f"{'晚上' if same.group('evening') == '晚' else '夜间'}{same.group('late')}"
    timed = _when(f"{day.value}{clock}发生", published_at)
    if timed is None or timed.at is None or day.at is None:
        return None
    if timed.at.astimezone(SHANGHAI).date() != day.at.astimezone(SHANGHAI).date():
        return None
    quote = f"{day.quote[: _MAX_QUOTE // 2]}……{same.group()}"
    return timed.model_copy(update={"quote": quote})


_CLAUSE_REACH = 100
_TIMED_SENTENCES = 4
"""How many sentences that tell the occurrence are read for its time (the first, or a finer one of its day)."""


def _finer(time: Fact, than: Fact) -> bool:
    """Whether ``time`` tells the day of ``than`` more precisely (its part of the day or clock time)."""
    if time.at is None or than.at is None or time.precision <= than.precision:
        return False
    return time.at.astimezone(SHANGHAI).date() == than.at.astimezone(SHANGHAI).date()


_LATER_VERBS = 4
"""How many later occurrence verbs of a sentence are tried for a time stated before them."""


def _reporting_time(sentence: str, start: int, stop: int, verb: int) -> bool:
    """Whether the time at ``sentence[start:stop]`` tells when a report was made, not when the event
    happened: its clause (or, where the time stands alone, the next clause) reports (``记者今天从…获悉``,
    ``12月1日，市应急管理局通报：…``), and the occurrence verb at ``verb`` is not in it."""
    low = max(0, start - _CLAUSE_REACH)  # (a clause is short: a run-on text is not scanned from its start)
    before = [b.end() for b in _CLAUSE_END.finditer(sentence, low, start)]
    begin = before[-1] if before else low
    begin = max(begin, sentence.rfind("】", begin, start) + 1)  # 【通报】昨日，…: a label is no clause of it
    after = _CLAUSE_END.search(sentence, stop)
    end = after.start() if after is not None else len(sentence)
    if begin == start and end == stop and after is not None:  # 12月1日，市应急管理局通报
        following = _CLAUSE_END.search(sentence, after.end())
        end = following.start() if following is not None else len(sentence)
    return end <= verb and _TOLD_BY.search(sentence, begin, end) is not None


def _times(sentence: str, end: int) -> Iterator[re.Match[str]]:
    """The non-empty matches of :data:`_TIME` in ``sentence[:end]``, as ``finditer`` gives them.

    :data:`_TIME` matches the empty string everywhere; a non-empty match can only start at a
    character of :data:`_TIME_FIRST`, so the positions between are skipped in one search.
    """
    at = 0
    while (first := _TIME_FIRST.search(sentence, at, end)) is not None:
        m = _TIME.match(sentence, first.start(), end)
        if m is not None and m.end() > m.start():
            yield m
            at = m.end()
        else:
            at = first.start() + 1


def _month_before(at: date) -> date:
    year, month = (at.year, at.month - 1) if at.month > 1 else (at.year - 1, 12)
    for day in (at.day, 30, 29, 28):
        try:
            return at.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return at


def _shown(m: re.Match[str], at: datetime, base: datetime, precision: int, later: bool) -> str:
    """The occurrence time as a date people can read later (今天凌晨5时许 → 11月23日凌晨5时许): the
    resolved date, then the part of the day and the clock time as the text wrote them."""
    day = f"{at.month}月{at.day}日"
    if at.year != base.year or m.group("y"):
        day = f"{at.year}年{day}"
    if later:
        return f"{day}{LATER_THAN_PUBLISHED}"
    period = m.group("period") or _PERIOD_OF.get(m.group("rel") or "", "")
    clock = m.group()[m.start("h") - m.start() :] if m.group("h") else ""
    return f"{day}{period}{clock}" if precision > 1 or m.group("date") or m.group("rel") else m.group()


_DATE_CODE = re.compile(r"[“\"'‘]\d{1,2}[·.・•\-]\d{1,2}[”\"'’]")
"""An incident's date code (“12·2”), part of its name, not of its site."""


def _code_day(code: re.Match[str]) -> tuple[int, int]:
    """The month and day an incident's date code names (“12·2”: 12, 2)."""
    month, dom = (int(n) for n in re.findall(r"\d+", code.group()))
    return month, dom


_NAMED_INCIDENT = re.compile(r"[^，,。；;！!？?]{0,12}?(?:事故|火灾|爆炸|事件|灾害|案件|险情)")
"""An incident's name after its date code (“12·1”重大道路交通事故)."""


_PLACE_HEAD = re.compile(
    r"[^，,。]{0,6}?(?:[省市县区镇乡村]|街道|社区|路|街|港|江|河|湖|库|国道|省道|高速|开发区|园区)"
)
"""How a place told alone begins: a region, a road or a water near its head (not 一头野猪闯入保安乡保安村)."""
_OPENING_SENTENCES = 3
"""How many of a body's first sentences are read for a report's opening time."""
_MEETING = re.compile(r"召开|会议|发布会|举行|举办|部署|印发")
_NOT_THE_EVENTS = re.compile(
    r"召开|会议|发布会|获悉|通报|发布|公布|印发|表示|介绍|采访|记者|举行|举办|开展|部署|要求|以来"
)
"""What makes a sentence's opening time another's than the event's (a meeting, a notice, a report)."""


_NAMED_TERMS = 4
"""How many namings of the event's words are read for a time before them."""


def _when_named(text: str, sentences: Sentences, terms: tuple[str, ...], published_at: datetime) -> Fact | None:
    """The time before the first namings of the event's words, in their sentences (``我二伯前天下午4点多在…茶园采茶，
    被雷劈了``), where nothing else told when: not a reporting or a running total's time (:func:`_when`)."""
    named = sorted((at, term) for term in terms if (at := text.find(term)) >= 0)
    for at, _ in named[:_NAMED_TERMS]:
        begin = sentences.start_of(at)
        if (when := _when(sentences.until(begin, at), published_at, at - begin)) is not None:
            return when
        # (大陈村后山着火了，从昨天下午4点多烧到现在: since when, right after it)
        since = text.find("从", at, at + _SINCE_REACH)
        if since > 0 and (started := _when(text[since + 1 : since + _SINCE_REACH], published_at, 1)) is not None:
            return started
    return None


_SINCE_REACH = 16
"""How far after the event's word a time told as since when (从昨天下午4点多烧到现在) is looked for."""


def _site_before_term(text: str, sentences: Sentences, terms: tuple[str, ...]) -> Fact | None:
    """A place alone in the clause right before the one naming the event's word, or ``None``."""
    named = min(
        (
            at
            for term in terms
            if (at := text.find(term)) >= 0 and ("#" not in text or _IN_A_TAG.search(text, max(0, at - 12), at) is None)
        ),
        default=-1,
    )
    if named < 0:
        return None  # (#江山 #着火了: a topic's tags, no clause of the event)
    begin = sentences.start_of(named)
    clauses = [c.group().strip() for c in _CLAUSE.finditer(sentences.until(begin, named))]
    if len(clauses) < 2:
        return None
    told = _SITE_LEAD.sub("", _strip_time(clauses[-2]))
    if any(term in told for term in terms) or _TIMED.search(told) or _NOT_A_PLACE_BEFORE.search(told):
        return None  # (虎山街道居民楼火灾现场, 景区山洪后, 路线又在修路: the event or what else, no place alone)
    place = _place_alone(told)
    quote = "，".join(clauses[-2:])[:_MAX_QUOTE]
    return Fact(kind=FactKind.WHERE, value=place, quote=quote, precision=3) if place is not None else None


def _opening_time(text: str, body_start: int, published_at: datetime) -> Fact | None:
    """The time a report opens with, a clause of its own at the head of one of the body's first sentences
    (``12月4日下午2点多，张村乡一户村民在清理自家废弃沼气池时，突然晕倒在池底``), or ``None``; not a
    sentence telling of a meeting, a notice or a report (:data:`_NOT_THE_EVENTS`)."""
    for sentence in islice(SENTENCE.finditer(text, body_start), _OPENING_SENTENCES):
        first = _CLAUSE.match(sentence.group())
        if first is None or not first.group():
            continue
        told = _ATTRIBUTION.search(first.group()) is not None  # 记者从市中医院急诊科了解到，5日凌晨4点多，…
        placed = not told and _PLACE_TOLD.match(first.group()) is not None  # 在峡口镇…后厨，5日凌晨1时许，…
        caused = _CAUSED_BY.fullmatch(first.group()) is not None  # 受昨夜强降雨影响，今晨5时许，…
        if (told or placed or caused) and (second := _CLAUSE.match(sentence.group(), first.end() + 1)) is not None:
            if caused and _WEATHER.search(sentence.group(), second.end()) is not None:
                continue  # 受冷空气影响，11月20日下午，我市出现7级以上阵风: the weather's time, the cause's
            first = second
        clause = _THE_MATTER.sub("", first.group().strip())  # 今天早上7点40左右的事: when it happened
        clause = _ROUGHLY_AT.sub("", clause)  # 时间大概是昨天晚上十点钟左右: a time told as such
        clause = clause.rsplit(" ", 1)[-1]  # 京台高速江山段一槽罐车发生泄漏 昨天上午11时20分许，…: a headline run in
        if (alone := _TIME.match(clause)) is None or not alone.end() == len(clause) > 1:
            continue  # (not 本人于2019年9月11号下午: a time in a story)
        if (_MEETING if told else _NOT_THE_EVENTS).search(sentence.group()) is None:
            return _when(sentence.group(), published_at, first.end())
    return None


_CROWD_BEFORE = re.compile(
    r"(?:[\d一二两三四五六七八九十几数]+|十几|二十几|好几)(?:个|名|位)?(?:人|男子|青年|食客|村民)$"
)
"""Those who fought, counted right before it (十几个人打起来了)."""
_AT_A_SITE = re.compile(
    r"(?<=[\d时点分许右多早晚午])在(?P<at>[^，,。；;！!？?在]{2,24}?(?:路|道|段|口|桥|园|地|场|厂|店|家|村|楼|区|工地|田里|山上)"
    r"(?:上|里|内|边|旁)?)(?=[，,]|[\u4e00-\u9fff]{1,4}(?:时|，|,))"
)
"""Where those involved were, right after the time (``今天早上7点多在贺村镇耕读村村口那条水泥路上，``)."""
_NOT_A_PLACE_BEFORE = re.compile(r"[后中前]$|又|在|了")
_LEADING_TAGS = re.compile(r"^(?:#[^#\s，,。]{1,12}#?\s*)+")
"""A post's topic tags before its words (#江山 #着火了 昨晚…): no clause of the event."""
_IN_A_TAG = re.compile(r"#[^#\s，,。]{0,12}$")
"""A topic's tag open right before a word (#着火了): the word is the tag's."""
_THAT_ONE = re.compile(r"那(?:条|个|家|座|栋|片|边)")
"""A demonstrative of spoken Chinese inside a place (村口那条水泥路: 村口水泥路)."""
_HOME = re.compile(r"一(?:户|名|位|个)?(?:居民|村民|农户|住户|人)?家(?:中|里)?$")
"""A home told by whose it is, ending a place (石门镇一居民家中, 清漾村一户村民家中)."""
_THE_MATTER = re.compile(r"(?<=[\d时点分许右多早晚午])(?:发生|出)?的事(?:情|儿)?$")
_ROUGHLY_AT = re.compile(
    r"^(?:时间|事发时间)?(?:大概|大约|应该|差不多)?(?:是|在)?(?=[\d今昨前当凌清早上中午下傍晚夜深本这一二三四五六七八九十两])"
)
"""A time told roughly at the head of its clause (大概是晚上7点多出的事)."""
"""A time told as when the matter was (今天早上7点40左右的事)."""
_WEATHER = re.compile(r"阵风|大风|暴雨|降雨|降水|冰雹|寒潮|降温|台风|雷雨|雷电|暴雪|降雪")
"""Weather told after a cause's clause and a time: what the cause brought, not the event."""
_CAUSED_BY = re.compile(r"\s*(?:受到?|因)(?P<cause>[^，,。；;]{1,20}?)(?:的)?影响\s*")
"""A clause of what caused the event, before its time (受昨夜强降雨影响，今晨5时许，…)."""
_LONGEST_TIME = 24
"""How far before a clause's end a time ending it is looked for."""
_PLACE_END = re.compile(
    r"(?:[内中里处旁边外前后上]|附近|段|口|现场|工地|[路街道巷弄桥园场店厂矿井村镇乡区库河江湖塘山港楼房家户幢栋间司站所厨])$"
)
"""How a clause telling a place alone ends (…一户村民家中, …一处道路改造工地, …须江河段)."""


def _site_after_time(quote: str) -> Fact | None:
    """The site a report tells in a clause of its own right after the time (``12月4日晚，大桥镇汇头村一户
    村民家中，一家四口…``, ``3日上午9时50分许，四都镇一家竹木制品厂内，一名电工…``) or right before it (``位于
    贺村镇205国道旁的一家汽修店内，3日上午10时许，…``), or ``None``."""
    clauses = [c.group().strip() for c in _CLAUSE.finditer(quote)]
    for i, clause in enumerate(clauses[:-1]):
        if _TIME_ENDS.search(clause, max(0, len(clause) - _LONGEST_TIME)) is None:
            continue  # no time at its end (一、事故基本情况 2026年12月4日上午9时许)
        verb = _OCCURRENCE.search(clauses[i + 1])  # (up to what befell it: …行驶至桃园村弯道处时侧翻)
        if (reached := _travelled(clauses[i + 1][: verb.start()] if verb else clauses[i + 1])) is not None:
            # 一辆江山5路公交车在城区中山路与鹿溪路交叉口右转时，将一名…老人撞倒: where the vehicle was
            return Fact(
                kind=FactKind.WHERE, value=reached, quote="，".join(clauses[i + 1 : i + 3])[:_MAX_QUOTE], precision=3
            )
        told = _SITE_LEAD.sub("", _SITE_TAIL.sub("", clauses[i + 1]))
        if _HOME.search(told) is not None and _REGION_ONLY.match(told) is not None and len(told) <= _MAX_SITE:
            # 石门镇一居民家中, 石门镇清漾村一户村民家中办寿宴: a home, told by whose it is
            return Fact(
                kind=FactKind.WHERE, value=told, quote="，".join(clauses[i + 1 : i + 3])[:_MAX_QUOTE], precision=3
            )
        if (parties := _PARTIES.search(told)) is not None:
            told = told[: parties.start()]  # 上余镇某木材加工厂一名51岁的工人在…时: the works before who was there
        elif i + 2 >= len(clauses):
            told = ""  # (the place is not the clause of what happened)
        if (place := _place_alone(told)) is not None:
            return Fact(
                kind=FactKind.WHERE, value=place, quote="，".join(clauses[i + 1 : i + 3])[:_MAX_QUOTE], precision=3
            )
        if i == 1 and (place := _place_alone(_SITE_LEAD.sub("", clauses[0]))) is not None:
            return Fact(kind=FactKind.WHERE, value=place, quote="，".join(clauses[:3])[:_MAX_QUOTE], precision=3)
        return None
    return None


def _place_alone(told: str) -> str | None:
    """``told``, tidied, where it is a place alone (a region or a road at its head, a word of place at its end,
    no one and nothing happening in it), or ``None``."""
    place = _tidy_site(_SITE_TAIL.sub("", told))
    if (
        _PLACE_HEAD.match(place)
        and 2 <= len(place) <= _MAX_SITE
        and _PLACE_END.search(place)
        and _SITE_WORDS.search(place)
        and place not in _BARE_SITES
        and not _PARTIES.search(place)
        and not _OCCURRENCE.search(place)
        and not _CAUSED.search(place)
        and not _CAUSE.match(place)  # (由于户外零线断路: a cause)
        and not _NOT_A_SITE.search(place)
        and _ATTRIBUTION.search(place) is None
    ):
        return place
    return None


def _tidy_site(phrase: str) -> str:
    """``phrase`` without the time told after it with 于 (某塑料制品厂厂房于12月4日下午 → 某塑料制品厂厂房), a date
    inside it (北京御园10栋2单元2018年10月弱电井 → 北京御园10栋2单元弱电井), an epicentre's coordinates
    (江山市（北纬28.62度，东经118.55度） → 江山市), or what was being done there and after
    (中山路一施工工地在开挖作业时挖断一条中压燃气管道 → 中山路一施工工地)."""
    if "纬" in phrase or "经" in phrase:
        phrase = _COORDINATES.sub("", phrase)
    if (doing := _DOING_INSIDE.search(phrase, 2)) is not None:
        phrase = phrase[: doing.start()]  # 中山路一施工工地在开挖作业时挖断一条中压燃气管道: the works
    at = max(phrase.rfind("于"), phrase.rfind("於"))  # (於: a traditional text's, 紡織廠於本月4日晚上)
    if at > 0 and (m := _TIME.match(phrase, at + 1)) is not None and m.end() > at + 1:
        return phrase[:at]
    if (later := _TIME_AT_END.search(phrase, 2)) is not None:
        phrase = phrase[: later.start()]  # 一幢民居今日清晨6时许: the time told after the place
    phrase = _VESSEL.sub("", phrase) if "船" in phrase or "艇" in phrase else phrase  # 江山港水域采砂船
    return (_DATE_INSIDE.sub("", phrase) if "年" in phrase else phrase).removesuffix("的")


_TIME_AT_END = re.compile(
    r"(?:今天|今日|昨天|昨日|前天|当天|当日|本月\d{1,2}日|\d{1,2}月\d{1,2}日)"
    r"(?:凌晨|清晨|早晨|早上|一大早|一早|上午|中午|下午|傍晚|晚上|晚间|夜间|深夜|晚)?(?:\d{1,2}(?:时|点)[\d半]*分?(?:许|左右|多)?)?$"
)
"""A day, and its hour, told after the place (一幢民居今日清晨6时许)."""
_VESSEL = re.compile(r"(?<=[域段面内边处])[\u4e00-\u9fff]{0,3}(?:船|艇)$")
"""A boat named after the water it was on (江山港水域采砂船): the water is the site."""
_BY_MISHAP = re.compile(r"^(?:不慎|失足|意外)(?=..)")
_BY_WHAT = re.compile(r"被[^，,。被]{1,6}$")
"""What did it, right before its verb (被洪水冲垮)."""
_DOING_INSIDE = re.compile(r"在[^，,。在]{1,12}?(?:时|过程中|期间)(?=[\u4e00-\u9fff])")
"""What was being done there, then more (在开挖作业时挖断…): the site ends before it."""
_COORDINATES = re.compile(r"[（(][^（）()]{0,30}?(?:北纬|南纬|东经|西经)[^（）()]{0,30}[）)]")


_DATE_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff\d])\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?=[\u4e00-\u9fff])")


def _strip_time(phrase: str) -> str:
    """``phrase`` without the time it opens with, nor an incident's date code (贺村镇化工厂“12·2”)."""
    m = _TIME.match(phrase)
    phrase = phrase[m.end() :] if m else phrase
    return _DATE_CODE.sub("", phrase) if "·" in phrase or "." in phrase or "-" in phrase else phrase


_REACHED = re.compile(
    r"(?:(?:行驶|驶|行进|行走|步行)(?:至|到)(?P<at>[^，,。；;]{2,30}?)(?:时|之际)?"
    # or where it was going along (在双塔街道西山路与环城西路交叉口附近行驶时)
    r"|[在沿](?P<along>[^，,。；;在沿]{2,30}?)(?:行驶|行进|骑行|右转|左转|转弯|掉头|倒车|下坡|上坡)(?:时|过程中|途中))$"
)
"""Where a vehicle had got to when it happened, at the end of a clause (行驶至江山段1120公里处时)."""
_ROAD = re.compile(r"沿(?P<road>[^，,。；;由从自往向]{2,24}?)(?:由|从|自|往|向|行驶|驶|行进)")
"""The road it was travelling along (沿G60沪昆高速由东往西行驶至…)."""
_DRIVER = re.compile(r"沿|(?<!正)在|由|从|往|向|行驶|驶|行进|途经|经过")
"""Where the first party's name ends in its clause (一辆重型半挂货车沿…行驶至…)."""
_DRIVING = re.compile(r"驾驶(?![人员])|驾乘|骑行|骑乘|驾(?![驶乘])")
"""A first party told by its driver (王某驾驶小型轿车沿…): the vehicle follows."""
_AHEAD = re.compile(
    r"^(?:前方|对向|同向|迎面|相向|后方|路边|停放的?|(?:正常)?行驶的?|驶来的?|开来的?|由[东南西北]{1,2}[往向][东南西北]{1,2})+"
)
_MANOEUVRE = re.compile(r"^[^的，,]{0,6}?(?:闯红灯|掉头|倒车|逆行|超车|变道|转弯|左转|右转)[^的，,]{0,4}的")
"""What the second party was doing (一辆闯红灯的混凝土搅拌运输车)."""
_VEHICLE_HEAD = re.compile(r"^(?P<vehicle>[^，,。的]{2,12}?车)(?=沿|在|行驶|驶)")
"""A vehicle named without a count at its clause's head (江山3路公交车行驶至…时)."""
_DRIVEN = re.compile(
    r"^(?:(?:驾驶人|驾驶员|司机)?[\u4e00-\u9fff]{0,4}?(?:驾驶|驾乘|骑行|骑乘)的?)?"
    r"(?:[\u4e00-\u9fff][A-Z][·.•・]?[A-Z0-9]{4,6}号?)?"
)
"""A vehicle told by its driver and plate (徐某某驾驶浙H·A1234号重型半挂牵引车, 驾驶人王某某驾驶的浙H·B5678号
小型普通客车): what comes before the vehicle."""


_ASIDE = re.compile(r"[（(][^（）()]{0,20}[）)]")
"""A bracketed aside (a driver's sex and age: （男，52岁）)."""
_CARRYING = re.compile(
    r"^(?:载有|搭载|载着|坐有|坐满|满载)[^，,。的]{0,10}?(?:人|游客|乘客|旅客|学生|师生|工人|村民|员工|儿童|幼儿)的"
)
"""The people a vehicle carried, before its name (载有31名游客的旅游大客车 → 旅游大客车; not its load, 满载钢材的货车,
which tells what it was)."""
_WHERE_TO = re.compile(r"[至到进入]")
_THING_BLOWN = re.compile(
    r"的(?P<thing>[\u4e00-\u9fff]{2,6})(?P<by>被(?:大风|风|洪水|山洪|大水))(?:整体|整个)?(?P<verb>[\u4e00-\u9fff]{2})$"
)
"""A thing of a place a wind or a flood brought down (门口的钢架遮阳棚被大风整体掀翻)."""
_WENT_OVER = frozenset({"翻进", "翻到", "翻入", "翻下"})
"""A vehicle that went over into something (翻进路边水沟): what it went into is part of what befell it."""
_GONE = re.compile(r"(?:去了|去|了)$")
_SIZED = re.compile(r"(?:约|近)?[\d.]+(?:多|余)?米(?:深|高|宽|长)?的?")
_MISHAP_END = re.compile(r"时(?:操作不当|刹车失灵|避让不及|车速过快|转弯过急|失控)$")
"""A mishap told right after 时 (下坡时操作不当): the clause still tells of the vehicle on its way."""
_COUNT_LEAD = re.compile(
    r"(?:约|近)?(?:\d+|[一二两三四五六七八九十百几数多]+)[余多]?(?:名|人|位|例)[\u4e00-\u9fff]{0,4}?(?:出现|疑似|集体)"
)
"""A headline's clause opening with the people taken ill (40余人出现食物中毒症状; not 6名男子…抢劫车辆, which
tells what they did)."""
_SECOND_DESCRIBED = re.compile(r"与[^与的，,]{2,10}的(?=[\u4e00-\u9fff]{2,8}$)")
"""What the second party was doing, before it (与一名步行横过道路的行人)."""
_AFTER_MEETING = re.compile(r"(?<=碰撞|相撞|追尾|刮擦|剐蹭)后")


def _vehicle_in(clause: str) -> str | None:
    """The vehicle a clause tells on its way (``一辆满载石料的重型货车行驶至石门镇清漾村路段时``: ``重型货车``),
    or ``None``."""
    parties = _PARTIES.search(clause)
    if parties is None or not parties.group().endswith(("辆", "艘")):
        return None
    vehicle = _CARRYING.sub("", _DRIVER.split(_DRIVEN.sub("", clause[parties.end() :]))[0])
    return vehicle if 2 <= len(vehicle) <= 12 else None


def _driven(span: str) -> str | None:
    """The vehicle ``span`` names after its driver (``张某某骑行电动自行车``, ``王某驾驶浙H12345号小型轿车``), or
    ``None`` when ``span`` is no vehicle told so."""
    m = _DRIVEN.match(span)
    if m is None or not _DRIVING.search(m.group()):
        return None
    vehicle = span[m.end() :]
    return vehicle if 2 <= len(vehicle) <= 12 else None


def _travelled(span: str) -> str | None:
    """The site a police report tells by where a vehicle had got to (``一辆重型半挂货车沿G60沪昆高速由东
    往西行驶至江山段1120公里处时``: ``G60沪昆高速江山段1120公里处``), or ``None``."""
    if (mishap := _MISHAP_END.search(span)) is not None:
        span = span[: mishap.start() + 1]  # 在…村道下坡时操作不当: where it was going down
    m = _REACHED.search(span)
    if m is None:
        return None
    at = m.group("at") or m.group("along")
    road = _ROAD.search(span, 0, m.start() + 2)  # (its verb may be the one it got there by: 沿G205国道行驶至)
    if road is not None and road.group("road") not in at:
        at = f"{road.group('road')}{at}"
    return at if len(at) <= _MAX_SITE and (_SITE_WORDS.search(at) or "公里" in at or "桩号" in at) else None


_WHILE = re.compile(r"在[^，,。与在]{1,10}?时(?=与)")
"""What a vehicle was doing, before the other party (一辆渣土车在右转弯时与一辆电动自行车发生碰撞)."""
_ROUTE = re.compile(r"^(?:由|从)[^，,的]{1,10}(?:开往|驶往|前往|发往)[^，,的]{1,10}的")
"""Where a vehicle ran from and to, before its name (由温州开往贵阳的大型普通客车)."""


def _second_party(before: str, text: str, verb: re.Match[str], meeting: str) -> str | None:
    """``A与B碰撞`` where the clause of the collision names only the second party (``与前方一辆小型普通
    客车发生追尾碰撞``, ``闯红灯与…一辆小型轿车发生碰撞``) and the clause before it the first (``一辆重型半挂
    货车沿…行驶至…时``)."""
    if not meeting.endswith(_MEETINGS):
        return None
    before = _ASIDE.sub("", before) if "（" in before or "(" in before else before  # 徐某某（男，52岁）驾驶
    first = _PARTIES.search(before) or _DRIVING.search(before)
    if first is not None:
        a = _DRIVER.split(_DRIVEN.sub("", _ROUTE.sub("", before[first.end() :])))[0]
    elif (head := _VEHICLE_HEAD.match(before)) is not None:
        a = head.group("vehicle")  # 江山3路公交车行驶至…时
    else:
        return None
    second = text[text.find("与") + 1 : verb.start()]
    second = _ASIDE.sub("", second) if "（" in second or "(" in second else second  # 由毛某某（男，38岁）驾驶的
    b = _PARTIES.sub("", _DRIVEN.sub("", _AHEAD.sub("", second)))
    b = _MANOEUVRE.sub("", _PARTIES.sub("", b)) if "的" in b else b  # 一辆闯红灯的混凝土搅拌运输车
    # (what either was told with before its name: 载有二十余名乘客的江山城乡公交车, 因故障停在应急车道的厢式货车)
    a = _CARRYING.sub("", a) if "的" in a else a
    a, b = (v.rsplit("的", 1)[-1] if "的" in v and v.endswith("车") and len(v) > 12 else v for v in (a, b))
    if not (2 <= len(a) <= 12 and 2 <= len(b) <= 12):
        return None
    return f"{a}与{b}{meeting}"


def _site_and_what(sentences: list[str], terms: tuple[str, ...]) -> tuple[Fact | None, Fact | None]:
    """The site phrase before the first occurrence verb, and the occurrence phrase after it."""
    site: Fact | None = None
    what: Fact | None = None
    for sentence in sentences:
        if sentence.startswith("#") and _OCCURRENCE.search(untagged := _LEADING_TAGS.sub("", sentence)):
            sentence = untagged  # #江山 #着火了 昨晚…着火: the post's tags, when its words tell the event again
        before = ""  # the clause before this one in the sentence
        earlier = ""  # and the one before it
        for clause in _CLAUSE.finditer(sentence):
            text = clause.group().strip()
            verb = _OCCURRENCE.search(text)
            if (
                verb is not None
                and verb.group() in _FALLS
                and text[verb.start() - 1 : verb.start()] in _FLOORS
                and not _PARTIES.search(text, 0, verb.start())
            ):
                # a fall from a floor told of no one counted (独居女子放火烧屋后从4楼坠落): the headline says it
                verb = None
            if verb is None:
                earlier, before = before, text
                continue
            at = _HAPPENED_AT.match(text, verb.start())
            parties = _PARTIES.search(text, 0, verb.start())  # who or what was involved, if named
            # what leaked, burst or burned, right before the verb: the event's, not the site's (某化工厂氯气泄漏)
            # (or before 发生 and such a verb: 早餐店的液化气罐发生爆炸)
            burst = verb.group() in _SUBSTANCE_VERBS or (
                verb.group().startswith("发生")
                and text.startswith(
                    tuple(_SUBSTANCE_VERBS), verb.end() + (2 if text.startswith("意外", verb.end()) else 0)
                )
            )
            # (油锅突然起火: what burned, then how)
            what_of = _SUBSTANCE.search(_HOW.sub("", text[: verb.start()])) if burst else None
            # 通报12月4日21时许发生在石门镇205国道旁的一起危化品运输车辆侧翻泄漏事件: the site, then the event
            one_event = _ONE_EVENT.search(text, at.end()) if at is not None else None
            if site is None and at is not None:  # 火灾发生在峡口镇一民房内
                phrase = _strip_time(text[at.end() : one_event.start() if one_event else len(text)]).strip()
                # (发生在碗窑乡的面包车翻车事故: the place, then the event named)
                if "的" in phrase and len(place_event := _NAMED_AFTER.split(_CONSEQUENCE.split(phrase)[0], 1)) == 2:
                    phrase = place_event[0]
                    if what is None:  # (…某小吃店的燃气爆炸事故: 燃气爆炸)
                        event = _EVENT_NOUN.sub("", place_event[1]) or place_event[1]
                        what = Fact(kind=FactKind.WHAT, value=event, quote=text[:_MAX_QUOTE])
                quote = text
                if at.group().startswith("聚集"):
                    # 约150名业主…，聚集在某楼盘售楼部门口拉横幅讨说法: the place, then what they came for
                    purpose = PURPOSE.search(phrase, 2)
                    came_for = phrase[purpose.start() :] if purpose is not None else ""
                    rest = sentence[clause.end() :].lstrip("，, ")
                    if not came_for and PURPOSE.match(rest) is not None:
                        came_for = _CLAUSE_END.split(rest, 1)[0][:12]  # 聚集在…工地门口，讨要被拖欠的工资
                    phrase = phrase[: purpose.start()] if purpose is not None else phrase
                    if what is None:
                        told_before = at.start() == 0 and before  # (约150名业主因不满延期交房，聚集在…)
                        who, said = (before, f"{before}，{text}") if told_before else (text[: at.start()], text)
                        what = _gathering(who, came_for, said)
                if phrase and not _REGION.search(phrase):
                    # 东城街道某小区约80名业主…聚集在售楼部门口, 贺村镇某村100余名村民…，聚集在村口一处施工现场:
                    # the place of those there, then where in it
                    head = text[: verb.start()] or before
                    whose = _PARTIES.split(_SITE_LEAD.sub("", _strip_time(head).strip()))[0]
                    if whose != head and _REGION.search(whose) and len(whose) + len(phrase) <= _MAX_SITE:
                        phrase, quote = f"{whose}{phrase}", text if head is not before else f"{before}，{text}"
                if 2 <= len(phrase) <= _MAX_SITE and _SITE_WORDS.search(phrase) and phrase not in _BARE_SITES:
                    site = Fact(kind=FactKind.WHERE, value=phrase, quote=quote[:_MAX_QUOTE], precision=3)
            if site is None and (reached := _travelled(text[: verb.start()])) is not None:
                # 一辆货车行驶至205国道峡口镇路段时发生侧翻
                site = Fact(kind=FactKind.WHERE, value=reached, quote=text[:_MAX_QUOTE], precision=3)
            if (
                site is None
                and (text.startswith("与") or before.endswith("时") or _MISHAP_END.search(before) is not None)
                and (reached := _travelled(before)) is not None
            ):
                # 一辆货车沿G60沪昆高速行驶至江山段1120公里处时，与前方一辆客车发生追尾碰撞 (or 因避让行人发生侧翻)
                quote = f"{before}，{text}"
                site = Fact(kind=FactKind.WHERE, value=reached, quote=quote[:_MAX_QUOTE], precision=3)
            if site is None:
                phrase = _SITE_LEAD.sub("", _strip_time(text[: verb.start()]).strip())
                phrase = _PARTIES.split(_CAUSE.split(phrase)[0])[0]
                if (caused := _CAUSED.match(phrase)) is not None:
                    # 一施工工地在开挖作业时挖断一条中压燃气管道，造成燃气泄漏: the clause before, what was being
                    # done there, tells where (not 医院管理也非常混乱，导致多起医疗责任事故)
                    phrase = "" if _DOING_INSIDE.search(before) else phrase
                elif (caused := _CAUSED.search(phrase)) is not None and any(
                    t in phrase[: caused.start()] for t in terms
                ):
                    # 暴雨造成峡口镇枫石村一处民房倒塌: where it did harm (not places listed:
                    # 张村乡、廿八都镇等地部分道路)
                    # (and only with the event as this clause tells it: after 我市普降大暴雨, the house is
                    # where the rain did harm, not where it fell)
                    harmed = phrase[caused.end() :]
                    phrase = "" if "、" in harmed or "等地" in harmed or what is not None else harmed
                phrase = _SITE_TAIL.sub("", phrase)  # 一造纸企业在清理污水池时, 一幢民房突然
                if _CROWD_BEFORE.fullmatch(phrase):
                    phrase = ""  # 十几个人打起来了: those involved, counted, no place (the clause before tells it)
                quote = text
                if phrase and before.endswith(("时", "过程中")) and not _REGION.search(phrase):
                    # 双塔街道城北社区一处自建民房在装修拆除墙体时，二楼楼板突然坍塌: the building, then its part
                    # (某中学课间操集合时，教学楼东侧楼梯间发生拥挤踩踏: the school, then where in it)
                    whole = _SITE_LEAD.sub("", _strip_time(before).strip())
                    doing = None if "在" in whole else _DOING_AT.match(whole)  # (在装修…时: the tail's)
                    whole = doing.group("place") if doing is not None else _SITE_TAIL.sub("", whole)
                    if (
                        _REGION.search(whole)
                        and len(whole) + len(phrase) <= _MAX_SITE
                        and not _PARTIES.search(whole)
                        and not _OCCURRENCE.search(whole)
                        and _ATTRIBUTION.search(whole) is None
                    ):
                        phrase, quote = f"{whole}{phrase}", f"{before}，{text}"
                if what_of is not None and phrase.endswith(what_of.group()):
                    phrase = _KEPT_THERE.sub(
                        "", phrase[: -len(what_of.group())].removesuffix("的")
                    )  # 一家早餐店的液化气罐
                placed = _PLACED.search(text, parties.end(), verb.start()) if parties is not None else None
                there = placed.group("at") if placed is not None else ""
                if (doing := _DOING_THERE.match(there)) is not None:
                    there = doing.group("place")  # 两名学生在须江清湖段戏水时不慎落水: 须江清湖段
                if phrase and _REGION_ONLY.fullmatch(phrase) and _SITE_WORDS.search(there) and not _OWN.match(there):
                    # 峡口镇村民周某某在枫石村后山采药时不慎坠崖: where he was, not where he lives (but
                    # 桃园村村民毛某在自家山林烧杂草时: the village tells more than "his own")
                    phrase = ""
                if not phrase and placed is not None and (_SITE_WORDS.search(there) or not before):
                    phrase = there  # 一辆货车在205国道侧翻: where those involved were
                    if _PART_OF_SITE.match(phrase) and before and _ATTRIBUTION.search(before) is None:
                        # 位于清湖街道的某在建项目工地，一名工人在8楼外墙作业时不慎坠落: the site before, then the floor
                        whole = _SITE_TAIL.sub("", _SITE_LEAD.sub("", _strip_time(before).strip()))
                        if _SITE_WORDS.search(whole) and not _OCCURRENCE.search(whole):
                            phrase, quote = f"{whole}{phrase}", f"{before}，{text}"
                elif not phrase and before and _ATTRIBUTION.search(before) is None and not _OCCURRENCE.search(before):
                    # 2日16时许，G205国道江山段上余镇路段，一辆小型轿车与一辆货车发生碰撞: the clause before
                    # those involved is the site
                    # (up to those involved: 江山市某中学部分学生在学校食堂就餐后 → 江山市某中学)
                    phrase = _PARTIES.split(_SITE_LEAD.sub("", _strip_time(before).strip()))[0]
                    phrase = _SITE_TAIL.sub("", phrase)  # 某建材有限公司在设备检修过程中，发生…
                    if (went := _WENT_TO.search(before)) is not None and (not phrase or _REGION_ONLY.fullmatch(phrase)):
                        phrase = went.group("place")  # 3名小学生结伴到江山港凤林段游泳，其中2人不慎溺水
                    quote = f"{before}，{text}"
                    if (
                        earlier
                        and (not phrase or not _SITE_WORDS.search(phrase) or _REGION_ONLY.fullmatch(phrase))
                        and _PARTIES.match(before)
                        and _ATTRIBUTION.search(earlier) is None
                    ):
                        # 清湖街道清湖村附近须江河段，3名初中生在岸边戏水时，其中1人不慎滑入深水区: the clause
                        # before those doing something is the site (not 岸边)
                        place = _SITE_TAIL.sub("", _SITE_LEAD.sub("", _strip_time(earlier).strip()))
                        if _SITE_WORDS.search(place) and not _OCCURRENCE.search(place):
                            phrase, quote = place, f"{earlier}，{before}，{text}"
                phrase = _tidy_site(phrase)  # 某塑料制品厂厂房于12月4日下午, 江山市（北纬28.62度，东经118.55度）
                if (
                    2 <= len(phrase) <= _MAX_SITE
                    and _SITE_WORDS.search(phrase)
                    and phrase not in _BARE_SITES
                    and not _CAUSED.search(phrase)
                    and not _NOT_A_SITE.search(phrase)
                ):
                    site = Fact(kind=FactKind.WHERE, value=phrase, quote=quote[:_MAX_QUOTE], precision=3)
            if what is None and one_event is not None:
                phrase = _CONSEQUENCE.split(text[one_event.end() :])[0].strip()
                if 2 <= len(phrase) <= 60 and any(t in phrase for t in terms):
                    what = Fact(kind=FactKind.WHAT, value=phrase, quote=text[:_MAX_QUOTE])
            # (people taken ill: the event's word; 发生在…: a time or a place, not what happened)
            # (an alarm's 有人打架 tells the site; what happened is told after it: 持刀将徐某刺伤)
            alarm = text.startswith("有人", max(0, verb.start() - 2)) and verb.start() >= 2
            if what is None and not verb.group().startswith("出现") and at is None and not alarm:
                tail = _CONSEQUENCE.split(text[verb.start() :])[0]
                went_over = verb.group() in _WENT_OVER
                if tail.startswith("侧翻"):
                    tail = _WHERE_TO.split(tail, 1)[0]  # 侧翻至路边农田: where it went is no part of it
                elif went_over:  # 翻进路边约3米深的水沟, 翻到路边田里去了: over, into what
                    into = _SIZED.sub("", _GONE.sub("", tail[len(verb.group()) :]))
                    tail = f"{verb.group()}{into.rsplit('的', 1)[-1].removeprefix('路边')}"
                elif "后" in tail:
                    tail = _AFTER_MEETING.split(tail, 1)[0]  # 发生碰撞后驾车逃逸: the collision
                if verb.group() in ("引发", "引起") and (set_off := _SET_OFF_AFTER.match(text, verb.end())) is not None:
                    tail = set_off.group()  # 引发火灾（未造成人员伤亡）: the fire, no more
                phrase = _WHAT_LEAD.sub("", tail).removeprefix("一起").strip() or verb.group()
                caused = _CAUSED.search(text, 0, verb.start())
                if phrase == verb.group() and (
                    (caused is not None and _last_term(text[: caused.start()], terms))
                    or _BY_WHAT.search(text, 0, verb.start())
                ):
                    # 暴雨造成峡口镇枫石村一处民房倒塌, 一座便桥被洪水冲垮: the event and the harm it did, not
                    # 倒塌 or 冲垮 alone
                    phrase = _SITE_LEAD.sub("", _strip_time(text[: verb.end()]).strip())
                    if (blown := _THING_BLOWN.search(phrase)) is not None:
                        # 一家超市门口的钢架遮阳棚被大风整体掀翻: the awning blown over, the shop's door the site
                        phrase = f"{blown.group('thing')}{blown.group('by')}{blown.group('verb')}"
                        if site is not None and site.value.endswith(f"的{blown.group('thing')}"):
                            site = site.model_copy(update={"value": site.value[: -len(blown.group("thing")) - 1]})
                if phrase in ("发生", "发生了") and (named := _last_term(text[: verb.start()], terms)) is not None:
                    phrase = named  # 事故发生, 从洪水发生至今: the event named before its verb
                told = phrase == verb.group() and not verb.group().startswith(("发生", "突发"))
                meets = text.find("与", 0, verb.start())  # (闯红灯与…一辆小型轿车发生碰撞: what it did first)
                alone = (
                    meets >= 0
                    and before
                    and not _PARTIES.search(text, 0, meets)
                    and not _DRIVING.search(text, 0, meets)
                )
                both = _second_party(before, text, verb, phrase) if alone else None
                quote = text
                if both is not None:
                    # 一辆重型半挂货车…，与前方一辆小型普通客车发生追尾碰撞: both parties
                    phrase, quote = both, f"{before}，{text}"
                elif parties is not None and (
                    told
                    or phrase in _MEETINGS
                    or _OCCURRENCE.pattern.fullmatch(phrase)
                    or verb.group() == "失控"
                    or went_over
                ):
                    # 一辆渣土车与电动自行车相撞, 一辆货车与一辆电动自行车发生碰撞: who or what was
                    # involved, then what befell them
                    # (up to where it was going: 一辆货车行驶至205国道峡口镇路段时发生侧翻 → 货车侧翻)
                    involved = _WHILE.sub("", text[parties.end() : verb.start()])
                    involved = _SECOND_DESCRIBED.sub("与", involved) if "的" in involved else involved
                    involved = _DRIVER.split(_DRIVEN.sub("", involved))[0]
                    involved = _CARRYING.sub("", _INNER_COUNT.sub("", _SITE_TAIL.sub("", involved)))
                    on = involved.rfind("于")  # 正在充电的电动自行车于今天凌晨4时许: no time in what befell it
                    timed = _TIME.match(involved, on + 1) if on > 0 else None
                    involved = involved[:on] if timed is not None and timed.end() > on + 1 else involved
                    if parties.start() and text[parties.start() - 1] == "与":
                        # 张某某骑行电动自行车与一辆小型轿车发生碰撞: the first vehicle, told by its rider
                        driven = _driven(text[: parties.start() - 1])
                        involved = f"{driven}与{involved}" if driven else involved
                    if parties.group().endswith("车"):
                        involved = f"{parties.group()}{involved}"  # 两车相撞, 6车连环相撞: the vehicles counted
                    if "的" in involved:
                        involved = _SECOND_DESCRIBED.sub("与", involved)  # 与一名步行横过道路的行人 → 与行人
                    if 2 <= len(involved) <= _MAX_SITE:
                        told_as = (
                            phrase in _MEETINGS
                            or _OCCURRENCE.pattern.fullmatch(phrase)
                            or verb.group() == "失控"
                            or went_over
                        )
                        phrase = f"{involved}{phrase if told_as else verb.group()}"  # (货车失控撞断护栏坠入须江)
                elif (
                    (told or _OCCURRENCE.pattern.fullmatch(phrase) or went_over)
                    and (before.endswith("时") or _MISHAP_END.search(before) is not None)
                    and (vehicle := _vehicle_in(before)) is not None
                ):
                    # (or its mishap told after 时: 一辆三轮农用车在…下坡时操作不当，翻进路边…水沟)
                    # 一辆满载石料的重型货车行驶至石门镇清漾村路段时，因避让对向车辆发生侧翻: the vehicle
                    phrase, quote = f"{vehicle}{phrase}", f"{before}，{text}"
                elif (
                    told
                    and what_of is None
                    and (thing := _thing_before(text[: verb.start()], verb.group())) is not None
                ):
                    phrase = f"{thing}{phrase}"  # 一处老旧民房围墙突然倒塌, 烟花突然在手中炸开: what befell it
                    if site is not None and site.value.endswith(f"的{thing}"):
                        # 城南社区一幢老旧住宅楼的阳台突然整体垮塌: the building is the site, its balcony what fell
                        site = site.model_copy(update={"value": site.value[: -len(thing) - 1]})
                if what_of is not None and (phrase == verb.group() or phrase in _SUBSTANCE_VERBS):
                    phrase = f"{what_of.group()}{phrase}"  # 氯气泄漏, not 泄漏 (液化气罐发生爆炸: 液化气罐爆炸)
                meeting = phrase.endswith(_MEETINGS)
                if verb.group() == "打起来" and (crowd := _CROWD_BEFORE.search(text, 0, verb.start())) is not None:
                    phrase = f"{crowd.group()}{phrase}"  # 十几个人打起来了: who fought
                if verb.group() == "出事":
                    pass  # 加工厂今天一早又出事了: what happened is told after it
                elif (
                    any(t in text for t in terms)
                    or verb.group() not in ("发生", "发生了")
                    or meeting
                    or _FELL.search(phrase) is not None  # 受…强降雨影响，…老房…发生局部倒塌: what the rain did
                ):
                    phrase = _NOTICE.sub("", phrase) or phrase  # 爆炸事故最新进展: a headline of news of it
                    phrase = _BY_MISHAP.sub("", phrase)  # 不慎溺水 with no one named before it: 溺水
                    what = Fact(kind=FactKind.WHAT, value=phrase[:60], quote=quote[:_MAX_QUOTE])
            if site is not None and what is not None:
                return site, what
            earlier, before = before, text
    return site, what


_HEAD_TAIL = re.compile(
    r"(?:突然|意外|猛然|瞬间|随即|轰然)?(?:在[^，,。在]{0,4}[中内里上下旁边])?(?:突然|意外|猛然|瞬间|轰然)?(?:整体|整个)?$"
)
_PART = re.compile(r"的(?P<part>[\u4e00-\u9fff]{2,5})$")
"""The part of a building or a thing that befell the verb, after the whole (住宅楼的阳台, 民房的围墙)."""
_ONE_OF = re.compile(
    # (its size between: 一段约20米长的脚手架, 一块约30平方米的户外广告牌)
    r"一(?:处|座|栋|幢|间|堵|面|段|根|棵|块|个)(?:约|近)?(?:[\d.]+(?:多|余)?(?:米|平方米|吨|层|公斤)[长高宽深重]?的)?"
    r"(?P<thing>[\u4e00-\u9fff]{2,8})$"
)
_WORDS_ONLY = re.compile(r"[\u4e00-\u9fff]{2,4}")
_NOT_A_THING = re.compile(r"^[多几数各该此其这那]|[一某]$")
"""A count, a reference or a place's article, no thing (多处塌方, 该处坍塌, 石家庄一…倒塌)."""


_FELL = re.compile(r"倒塌|垮塌|坍塌|塌落|塌陷|脱落|坠落|掉落|断裂|折断|倾倒|倒下")
"""Verbs of a thing that fell or broke, whose part of a building is what befell it (阳台垮塌)."""


def _thing_before(head: str, verb: str = "") -> str | None:
    """What befell the event's bare verb, told before it in its clause (``坛石街一处老旧民房围墙突然`` → ``老旧
    民房围墙``, ``烟花突然在手中`` → ``烟花``), or ``None``: the one thing counted, or a short noun alone."""
    head = _CAUSED.split(_HEAD_TAIL.sub("", _strip_time(head).strip(), count=1))[-1]  # (导致基脚塌方: 基脚)
    if (
        _FELL.fullmatch(verb)
        and (part := _PART.search(head)) is not None
        and not _REGION.search(part.group("part"))
        and not _NOT_A_THING.search(part.group("part"))
    ):
        return part.group("part")  # 一幢老旧住宅楼的阳台突然整体垮塌: the balcony (the building is the site)
    if (one := _ONE_OF.search(head)) is not None:
        return one.group("thing")
    short = _WORDS_ONLY.fullmatch(head) and not _REGION.search(head) and not _NOT_A_THING.search(head)
    return head if short else None


_GATHERERS = re.compile(rf"(?:投资|债权|承租|购房|受害)人|家属|{GATHERERS}")


def _gathering(head: str, doing: str, clause: str) -> Fact:
    """What a gathering was (``业主聚集拉横幅讨说法``): who gathered, told last in ``head`` (the words
    before the verb, or the clause before), and what they came for."""
    who = [m.group() for m in _GATHERERS.finditer(head)]
    people = who[-1] if who and who[-1] != "人" else "人员"  # (有人聚集: 人员聚集)
    return Fact(kind=FactKind.WHAT, value=f"{people}聚集{doing[:12]}", quote=clause[:_MAX_QUOTE])


def _last_term(before: str, terms: tuple[str, ...]) -> str | None:
    """The event keyword of ``terms`` that ``before`` names last (恶性事故发生 → 事故), or ``None``."""
    found = [(at, term) for term in terms if (at := before.rfind(term)) >= 0]
    return max(found)[1] if found else None


def _what_by_term(sentences: list[str], terms: tuple[str, ...]) -> Fact | None:
    """The first clause naming one of the event's keywords (when no occurrence phrase was found)."""
    caused: Fact | None = None
    for sentence in sentences:
        for clause in _CLAUSE.finditer(sentence):
            if (cause := _CAUSED_BY.fullmatch(clause.group())) is not None:
                # 受6月29日以来持续强降雨影响: the cause, not the event (unless nothing else names it: 受台风“杜苏芮”
                # 影响，全省共有15人遇难 → 台风“杜苏芮”)
                if caused is None and any(t in clause.group() for t in terms):
                    caused = Fact(kind=FactKind.WHAT, value=cause.group("cause"), quote=clause.group()[:_MAX_QUOTE])
                continue
            found = [(t, i) for t in terms if (i := clause.group().find(t)) >= 0]
            told = next((i for t, i in found if reports_incident(clause.group(), i, i + len(t))), None)
            if told is not None:
                text = clause.group().strip()
                # a headline's parts apart by a space are clauses (某中学疑似食物中毒 37名学生送医)
                start = clause.group().rfind(" ", 0, told) + 1
                end = clause.group().find(" ", told)
                what = clause.group()[start : end if end >= 0 else len(clause.group())].strip() or text
                # up to what it caused (此次暴雨造成直接经济损失3000万元 → 暴雨), or its time or place
                # (事故发生于12月2日上午9时许 → 事故)
                cut = _HAPPENED_AT.split(_CONSEQUENCE.split(what)[0])[0]
                what = _BACK_TO_IT.sub("", cut) if any(t in cut for t in terms) else what
                # a notice's title names it (关于“12·1”重大道路交通事故的情况通报)
                what = _NOTICE.sub("", _ABOUT.sub("", what)) or what
                if (code := _DATE_CODE.search(what)) is not None and any(t in what[code.end() :] for t in terms):
                    what = what[code.start() :]  # 上余镇“12·3”一般生产安全事故: the place is a fact of its own
                elif _COUNT_LEAD.match(what) is not None and (term := _last_term(what, terms)) is not None:
                    what = term  # 40余人出现食物中毒症状: those taken ill are a figure, the event its name
                return Fact(kind=FactKind.WHAT, value=what[:60], quote=text[:_MAX_QUOTE])
    return caused


_SHOWN = re.compile(r"(?P<num>[\d.]+(?:至[\d.]+)?)(?P<big>[万亿])?(?P<unit>.*)")


def qualified(shown: str, qualifier: str) -> str:
    """A figure as shown (``20人``, ``3000万元``) with the word that makes it inexact, where a brief
    writes it: ``20余人``, ``3000多万元``, ``1.2亿余元``, ``20人以上``, ``1500万元左右``, ``近20人``."""
    if qualifier in ("以上", "左右"):
        return f"{shown}{qualifier}"
    if qualifier not in ("余", "多"):
        return f"{qualifier}{shown}"  # 近, 约, 至少, 超过 …
    m = _SHOWN.fullmatch(shown)
    if m is None:
        return f"{shown}（{qualifier}）"
    if m.group("big") == "亿":  # 1.2亿余元
        return f"{m.group('num')}亿{qualifier}{m.group('unit')}"
    return f"{m.group('num')}{qualifier}{m.group('big') or ''}{m.group('unit')}"


def _counted(kind: FactKind, count: float, bound: Bound, quote: str, unit: str = "人") -> Fact:
    """A fact of a count (``6000余人``, ``12例``), at least ``count`` when ``bound`` says so."""
    above = bound is Bound.AT_LEAST
    shown = qualified(f"{count:g}{unit}", "余") if above else f"{count:g}{unit}"
    return Fact(kind=kind, value=shown, quote=quote, number=count, bound="at_least" if above else "exact")


_FLOOR_BURNED = re.compile(
    r"过火(?:面积)?(?:为|达|约为|共)?(?P<pre>约|近|超过|逾)?(?P<n>\d+(?:\.\d+)?)(?P<suf>余|多)?(?P<unit>平方米|平米|㎡)"
)
"""A fire's area in square metres: a building's (the 公顷 or 亩 of a forest fire are grading's)."""


def _floor_burned(m: re.Match[str]) -> Fact:
    """The fact of a building fire's area as the text states it (``约800平方米``, ``1200余平方米``)."""
    value = float(m.group("n")) / 10_000  # (in 公顷, as a forest fire's area: an event's figures compare)
    pre, suf = m.group("pre") or "", m.group("suf") or ""
    bound = _BOUND_NAMES[bound_of(pre, suf)]
    return Fact(
        kind=FactKind.BURNED_AREA,
        value=f"{pre}{m.group('n')}{suf}平方米",
        quote=m.group()[:_MAX_QUOTE],
        number=value,
        bound=bound,
    )


_BOUND_NAMES = {Bound.EXACT: "exact", Bound.AT_LEAST: "at_least", Bound.ABOUT: "about"}
"""A figure's exactness as a fact states it."""


def _gathered(crowd: Gathered) -> Fact:
    """The people a gathering brought together, as the brief writes them (``约200人``, ``上千人``)."""
    bound = _BOUND_NAMES[crowd.bound]
    return Fact(
        kind=FactKind.GATHERED, value=crowd.shown, quote=crowd.quote[:_MAX_QUOTE], number=crowd.count, bound=bound
    )


def _trapped(value: float, words: str) -> Fact:
    """The people still trapped (``12人``), or ``已全部脱困`` when everyone is out."""
    if value <= 0:
        return Fact(kind=FactKind.TRAPPED, value="已全部脱困", quote=words[:_MAX_QUOTE], number=value)
    above = _MORE_THAN.search(words) is not None  # 另有30余人被困: thirty at least
    return _counted(FactKind.TRAPPED, value, Bound.AT_LEAST if above else Bound.EXACT, words[:_MAX_QUOTE])


_MORE_THAN = re.compile(rf"[\d{CN_NUMERALS}](?:余|多)(?:名|人|位)")


def _figures(report: CasualtyReport) -> list[Fact]:
    out = []
    people = any(kind in PEOPLE_KINDS for kind in report.figures)
    if report.no_casualties is not None and not people:  # 所幸无人员伤亡: a fact the brief states too
        words = report.no_casualties  # as written: 未造成人员伤亡, 暂无人员伤亡, 无人死亡
        out.append(Fact(kind=FactKind.NO_CASUALTIES, value=words, quote=words))
    for kind, m in report.figures.items():
        # the people a poisoning at work struck, which grading counts as 重伤, are stated as poisoned
        # (化工厂氯气泄漏致2死31人中毒: 中毒31人, not 重伤31人)
        # (一家三口一氧化碳中毒: 中毒3人, not 受伤3人)
        poisoned = kind in (Kind.SERIOUS, Kind.INJURED) and (m.poisoned or ("中毒" in m.quote and "重" not in m.quote))
        out.append(_figure(FactKind.POISONED if poisoned else _KIND[kind], kind, m))
    return out


def _figure(fact_kind: FactKind, kind: Kind, m: Mention) -> Fact:
    """The fact of one figure ``m`` counting ``kind``, shown as the brief shows it (``3人``, ``1500万元``)."""
    if kind is Kind.LOSS:
        shown = (
            f"{m.value / 1e8:g}亿元"
            if m.value >= 1e8
            else f"{m.value / 1e4:g}万元"
            if m.value >= 1e4
            else f"{m.value:g}元"
        )
    elif kind in AREAS and "公顷" not in m.quote:  # 200余亩: converted, the quote shows it as written
        shown = f"{round(m.value, 2):g}公顷（按原文折算）"
    elif kind in AREAS:
        shown = f"{round(m.value, 2):g}公顷"
    else:
        shown = f"{m.count}至{m.upper:g}人" if m.upper else f"{m.count}人"
    if m.qualifier and (kind not in AREAS or "公顷" in m.quote):
        shown = qualified(shown, m.qualifier)
    if m.with_deaths:  # 死亡、失踪12人: one figure of both
        shown = f"{shown}（死亡、失踪/失联合计）"
    bound = _BOUND_NAMES[m.bound]
    revised = m.update and _CORRECTION.search(m.quote) is not None
    return Fact(
        kind=fact_kind,
        value=shown,
        quote=m.quote[:_MAX_QUOTE],
        number=m.value,
        bound=bound,
        update=m.update,
        revised=revised,
    )


_CORRECTION = re.compile(r"核减|调整为|调整至|修正|更正|下调|核实为")
"""An update that corrects a figure, which may lower it (死亡人数由11人核减为9人)."""


def _with_poisoned(figures: list[Fact], poisoning: Poisoning) -> list[Fact]:
    """``figures`` with the people a food poisoning struck as one fact (``37人``), in place of the
    injured figures it counts them from (``37名学生食物中毒``)."""
    ill = poisoning.ill
    if not ill:
        return figures  # 食物中毒致2人死亡: the deaths are the figure
    if len(ill) == 1 and poisoning.count == ill[0].value:
        fact = _figure(FactKind.POISONED, Kind.INJURED, ill[0])
    else:
        quote = "、".join(dict.fromkeys(m.quote for m in (*ill, *([poisoning.deaths] if poisoning.deaths else []))))
        low = any(m.bound is not Bound.EXACT for m in ill)
        fact = Fact(
            kind=FactKind.POISONED,
            value=f"{poisoning.count:g}人",
            quote=quote[:_MAX_QUOTE],
            number=poisoning.count,
            bound="at_least" if low else "exact",
        )
    counted = {m.quote[:_MAX_QUOTE] for m in ill}
    # (an earlier count of the poisoned, 百余名学生疑似食物中毒, is no one hurt besides: the fact above
    # states the poisoning)
    kept = [
        f
        for f in figures
        if f.kind is FactKind.DEATHS
        or (f.quote not in counted and not (f.kind in (FactKind.INJURED, FactKind.POISONED) and "中毒" in f.quote))
    ]
    return [*kept, fact]

"""Patterns the 简要信息 readers share: clause ends, times, occurrence verbs, site words, the parties
involved, and the quote kept with a fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from classifier.casualties import CasualtyReport
from classifier.casualty_forms import FOUND_BY
from classifier.prefilter import Prefiltered
from classifier.sentences import Sentences

CLAUSE_END = re.compile(r"[，,。！？!?；;：:\n]|(?<!、)\s")
"""Where a clause of responding units ends: a space ends one (headlines) unless it follows 、 (folded lists)."""
CLAUSE = re.compile(
    r"(?=[^，,。！？!?；;：:\n#＃【】])[^，,。！？!?；;：:\n#＃【】（]*(?:（(?:[^（）\n]{0,40}）)?[^，,。！？!?；;：:\n#＃【】（]*)*"
)
"""A clause: up to punctuation, a line break, a topic tag's # (#江山一小区起火#) or a bracketed label (【突发】);
a parenthesis is part of it, its commas too (驾驶人毛某某（男，45岁）驾驶…)."""
SET_OFF = r"[^，,。！？!?；;]{0,4}?(?:森林火灾|草原火灾|火灾|山火|大火|火情|爆炸|事故)"
"""What someone set off, after 引发 (引发山火, 引发一场火灾)."""
_HARM_DONE = "打架|斗殴|持刀|行凶|闹事|打人|砍人|伤人|落水|溺水|跳河|跳江"
"""What an alarm says someone there does or suffers (称中山路某烧烤店门口有人打架, 称须江清湖段有人落水)."""
_TIME_LABEL = r"(?:事故|事件|火灾|案件|险情)?发生时间(?:为|是)?[：:]?|(?:(?<=^)|(?<=[、；;。\s】]))时间[：:]"
"""A report's label of when it happened (事故发生时间：…, 时间：… at a clause's head)."""
_OCCUR = (
    # (not a headline's 突发！ or 【突发】, a label of news, no occurrence; nor 突发事件快报, a report's kind)
    # (not a machine's name: 蒸汽发生器, 煤气发生炉)
    # (nor a cause: 因突发团雾，发生5车连环追尾)
    r"发生了|发生(?![器炉])|(?<!冲)(?<!因)(?<!由于)突发(?![！!，,。：:\s】\]）)]|$|事件)|突然发生|(?<!引)起火|着火|失火|燃起大火|爆炸|坍塌|倒塌|相撞|侧翻|翻车|塌方|垮塌|泄漏"
    r"|透水|遭遇"
    # a fire set off (燃放鞭炮，引燃周边林地; 燃放孔明灯引发山火)
    r"|引燃(?=[^，,。；;！!？?]{0,4}?(?:林地|山林|树林|树木|杂草|灌木|柴草|竹林|房屋|民房|仓库|货物|周边|附近))"
    r"|引发(?:了)?(?:山火|火灾|大火|森林火灾|火情)"
    # a vehicle that ran into water (一辆小轿车在须江路段失控冲入须江, 轿车冲入河中; not mud 冲进塘内)
    r"|(?:失控|(?<=车)|(?<=辆))(?:冲入|冲进|驶入|坠入)(?=[^，,。；;！!？?]{0,6}?(?:河|江|湖|水|塘|库|海|沟))"
    # or lost control and crashed (货车行驶至须江大桥时失控撞断护栏坠入须江)
    # (at a clause's end, where the crash is the next clause's: 行驶至凤林大桥附近时失控，撞断护栏后冲入江中)
    r"|(?<=[时然])失控$"
    r"|失控(?=[，,]?[^，,。；;！!？?]{0,8}?(?:冲入|冲进|驶入|坠入|坠河|坠江|坠崖|翻下|翻入|冲下|冲出|撞上|撞断|撞向|撞倒|撞破|冲破|侧翻))"
    # someone doing harm, as an alarm tells it (称中山路某烧烤店门口有人打架)
    rf"|(?<=有人)(?:{_HARM_DONE})"
    # a crane come down, as people post it (一台塔吊倒了 把旁边的工棚砸塌了)
    r"|(?<=[一台座]塔吊)倒了"
    # people who fell into water or from a height, by mishap (在须江清湖段戏水时不慎落水; not 救起两名溺水
    # 女孩, 飞机当街坠落: nouns and other falls)
    r"|(?:不慎|失足|意外)(?:落水|溺水|坠楼|坠落|跌落|坠亡|溺亡|坠崖|坠井|落井|触电"
    # (or slipped into water: 其中1人不慎滑入深水区)
    r"|(?:滑入|掉入|跌入|落入|滑落)(?=[^，,。；;！!？?]{0,8}?(?:河|江|湖|水|塘|库|海|井|沟|潭|池|仓|罐|坑|窖)))"
    # or while doing something there (在峡口水库游泳时溺水; not a headline's 横渡水库遇降雨溺亡, whose
    # event is the whole headline)
    r"|(?<=时)(?:落水|溺水|坠楼|坠落|跌落|触电)"
    # hikers and tourists lost, kept or stung out of doors (4名驴友在浮盖山徒步时迷路, 登山时与同伴走散,
    # 因天黑雾大迷失方向, 被困溪中一处巨石上, 被困在半山腰的石壁上了, 因洞内积水上涨被困, 被大量马蜂蜇伤; not
    # 防止迷路, a lift's 被困在电梯: its own verb above, nor those named by it, 将被困在河心洲的2名村民安全转移)
    r"|(?<![不没别防止免])(?:迷路|迷失方向|走散)(?!的)"
    r"|被困(?=[山溪河江水洞崖谷林岛洲]|在(?!里面|里头|电梯|轿厢)|于)(?![^，,。；;！!？?]{0,10}的)"
    r"|(?<=[涨时，,])被困|(?<=蜂)蜇|(?<=蜂群)蜇"
    # people taken ill one after another (3名工人在清理污水池时，相继中毒晕倒)
    r"|(?<=相继|先后|陆续)中毒"
    # a fall from a floor (一名女子从17楼坠落; in the site and what only after someone counted)
    r"|(?<=[楼层台])(?:坠落|坠下|跌落|摔下)"
    # what a flood swept away (一座便桥被洪水冲垮), a large blackout (城区大面积停电)
    r"|冲垮|冲毁|冲断|大面积停电"
    # a firework or a bottle that burst (烟花突然在手中炸开; not 网上炸开了锅), a crane's jib that broke
    r"|炸开(?!了?锅)|(?<=突然)(?:折断|断裂|脱落|倾倒|散落)"
    # a sign or a tree blown down (户外广告牌被大风刮落), a fire that broke out (居民楼三楼突然冒出大火)
    # (一棵香樟树被大风连根刮倒, 彩钢瓦屋顶被大风整体掀落)
    r"|(?:(?<=被大风)|(?<=被风)|(?<=被大风整体)|(?<=被风整体)|(?<=被大风连根)|(?<=被狂风))"
    r"(?:刮落|刮倒|掀翻|掀落|掀飞|吹倒|吹落|刮翻|连根拔起|拦腰折断)|(?:冒出|蹿出|窜出)大火"
    # a hillside that slid, a vehicle that went over into a ditch or a field (一处山体突然滑坡, 一辆三轮车…翻进路边
    # 水沟, 一辆拉猪的货车翻到路边田里)
    # as people tell it (加工厂今天一早又出事了, 十几个人打起来了, 廿八都镇下了一场特大暴雨)
    r"|(?<![不没别怕会要防])出事(?=了)|打起来(?=了)|(?<=[人多了])干起来(?=了)|下了一场(?=[^，,。；;！!？?]{0,4}?(?:暴雨|大雨|冰雹|暴雪))"
    # (张村乡秀峰村后山滑坡了, 鹿溪路上一棵大樟树被连根刮倒, 一辆白色小车在江滨路冲进江山港了)
    r"|(?<![不没别怕会要防])滑坡(?=了)|(?<=被)(?:连根)?刮倒"
    # (塌下来一大片, 把一个骑电瓶车的阿姨卷到车底了, 一个放牛的大爷被山洪冲走了, 一家厂子…突然冒黄烟)
    r"|(?<![没不别])塌下来|(?<=就)沉下去(?=了)|卷(?:到|进|入)车底(?=了)|(?<=被山洪)冲走|(?<=突然)冒(?:黄|黑|白|浓)烟|冒(?:黄|黑)烟"
    r"|冲进(?=[^，,。；;！!？?]{0,6}?(?:河|江|港|湖|塘|水库)[^，,。；;！!？?]{0,2}?了)"
    r"|(?<=突然)(?:滑坡|塌陷)|(?:(?<=[车机])|(?<=[时，,])|^)(?:翻进|翻到|翻入|翻下)(?=[^，,。；;！!？?]{0,8}?(?:沟|田|河|塘|崖|坡|谷|坎|路边|路基))"
    # a vehicle off the road (因车速过快冲出路面, 冲下山坡)
    r"|(?:冲出|驶出)(?:路面|道路|路外)|冲下(?=[^，,。；;！!？?]{0,6}?(?:山坡|路基|河|沟|坡|悬崖))"
    # a vehicle that struck what lines a road (因驾驶员操作不当撞击右侧护栏)
    r"|撞击(?=[^，,。；;！!？?]{0,4}?(?:护栏|隔离带|隔离墩|防护栏|山体|大树|行道树|电线杆|路灯杆|桥墩))"
    # a lift that fell (某小区一部电梯在运行中突然下坠)
    r"|(?<=突然)下坠|(?<=电梯)(?:下坠|坠落)|(?<=急速)(?:滑落|下坠)|(?<=突然失控)下坠"
    # (电梯…突然失控下滑, 电梯今天下午突然往下掉)
    r"|(?<=失控)下滑|(?<=突然)往下掉|(?<=一下子)往下掉"
    # as people post it (一辆渣土车和电瓶车撞了, 液化气罐炸了, 钓鱼的小船翻了, 路面突然塌了个大坑, 升降机从6楼掉下来了,
    # 广告牌被刮下来了, 施工把燃气管道挖断了, 两个小伙子下去游泳 一个没上来, 一个男的拿刀砍人, 楼梯口挤倒了好多小朋友,
    # 被后面的人挤得从台阶上滚下去, 一辆小车冲到田里)
    r"|(?<![没差别])撞了(?![一个])|(?<=[罐瓶炉弹])炸了|(?<=[里内中])被困(?=了|住)|被困在(?=里面|里头|电梯|轿厢)|(?<=[船车])翻了|(?<![没不])塌了|(?<=[楼层])掉下来|(?<=被)(?:大风|风)?刮下来"
    # (with 了 as people post it: a report's 挖断一条中压燃气管道，造成燃气泄漏 tells the leak as the event)
    r"|(?<=[管线缆道])挖断(?=了)|挖断了(?=[^，,。；;！!？?]{0,4}?(?:燃气|煤气|天然气|管道|管线|水管|电缆|光缆))"
    r"|(?<=个)没上来|(?<=[刀斧])砍人|挤倒(?=了)"
    # a worker caught or struck by a machine or what it threw (右手被合拢的模具夹伤, 卡盘上的工件突然飞出，击中其头部)
    r"|(?<=[具机床器])(?:夹伤|压伤|轧伤|绞伤)"
    r"|(?<=突然)飞出(?=[，,]?[^。；;！!？?]{0,6}?击中)"
    # (一辆面包车把一个骑自行车上学的学生撞倒了, 一辆校车因路面湿滑滑入路边排水沟)
    r"|(?<![没差别])撞倒(?=了)|(?<=[车辆滑])滑入(?=[^，,。；;！!？?]{0,6}?(?:沟|河|塘|渠|田|江|湖|水库))"
    r"|(?<=台阶上)滚下|(?<=楼梯上)滚下|(?<=车)冲到(?=[^，,。；;！!？?]{0,4}?(?:田|塘|河|沟|水))"
    # (有个工人从脚手架上摔下来, 一个12岁的男孩被水冲走了, 江山港清湖段今天早上发现大片死鱼, 门口聚了五六十个农民工)
    r"|(?<=上)(?:摔|掉|跌)下(?=来|去)|(?<=被)(?:水|大水|洪水|河水|溪水)?冲走"
    r"|发现(?=[^，,。！？!?；;]{0,6}?(?:死鱼|死虾|油污|油膜))|聚了(?=[^，,。；;！!？?]{1,8}?(?:个|名|位|人))"
    # smoke from inside a building, a bang heard from a place (居民楼内浓烟滚滚, 快餐店后厨突然传出一声巨响)
    r"|(?<=[内里])(?:浓烟滚滚|冒出(?:滚滚)?浓烟)|传出(?:一声|几声|阵阵)?(?:巨响|爆炸声)"
    # a report's label of the time (事发时间为12月2日下午两点半左右)
    r"|事发时间(?:为|是|：|:)?|事发于|事发在"
    # or a 快报's (一、事故发生时间：2026年12月4日15时20分; 时间：12月5日2时30分许；地点：…)
    rf"|{_TIME_LABEL}"
    # what someone set off (烧杂草时引发山火; not 引发关注)
    rf"|(?:引发|引起)(?={SET_OFF})"
    # people taken ill: a food poisoning's or an outbreak's first report (就餐后陆续出现呕吐、腹痛等症状)
    r"|出现(?=[^，,。！？!?；;]{0,12}?(?:症状|不适))"
    # weather or a flood's danger that came (碗窑乡出现特大暴雨, 大堤出现管涌险情)
    # (or a slope's: 红星村后山坡出现多条拉张裂缝, 一处高陡边坡出现局部崩塌)
    r"|出现(?=[^，,。！？!?；;]{0,6}?(?:暴雨|强降雨|洪水|山洪|内涝|险情|管涌|滑坡|塌方|泥石流|崩塌|滑塌|裂缝|落石|掉块|塌陷))"
    # dead fish or a pollution that appeared on water (江山港清湖段河面出现大量死鱼)
    r"|出现(?=[^，,。！？!?；;]{0,6}?(?:死鱼|死虾|死鸭|死猪|油污|油膜|污染|异味|变黑|变色))"
    # people gathered at a place (约200名业主聚集在市政府门口): a gathering's occurrence, its place after it
    r"|聚集(?=在|于|到)|围坐(?=在|于)"
    # rain that fell over a place (我市普降大到暴雨, 全县遭受特大暴雨袭击)
    r"|普降|遭受(?=[^，,。！？!?；;]{0,6}?(?:暴雨|强降雨|洪水|山洪|台风|冰雹|龙卷风|雪灾|大风))"
)
_NOT_YET = r"(?!后|以后|以来|之后|时|前(?!方)|原因|经过|至今|过|地点|地址|部位|点(?=于\d|已|被|[，,。；;]|$))"
"""What after an occurrence verb tells another time (事故发生后, 发生以来), its story (发生原因), its spot told later
(泄漏点于12时40分被封堵) or that it has ever happened (没有电路起火过, 这里发生过多次车祸)."""
OCCURRENCE = Prefiltered(re.compile(rf"(?:{_OCCUR}){_NOT_YET}"))
_LOST = (
    r"翻沉|沉没|倾覆|触礁|追尾|爆燃|坠江|坠河|坠崖|(?<=碳|气|烟|体|物|氢|氨|药)中毒"
    r"|坠入(?=[^，,。！？!?；;]{0,6}?(?:河|江|湖|水|沟|崖|谷|塘|库|海))"
    # someone who struck with a blade (一男子持菜刀砍伤3名摊贩)
    r"|(?<=[刀斧])砍伤"
    # someone caught by a machine (头发被卷入转动的滚筒; the what keeps who, 一名工人被卷入机器身亡)
    r"|被卷入(?=[^，,。！？!?；;]{0,6}?(?:机|滚筒|叶片|设备|皮带|齿轮|转轴|滚轴))"
)
"""Further verbs of an occurrence, for its time only (12月4日下午3点左右，峡口水库库区一艘渔船在作业时翻沉;
两车追尾; 液化气罐爆燃; 12月5日凌晨，…因门窗紧闭导致一氧化碳中毒): a boat or a vehicle lost, a crash from
behind, a flash fire, a poisoning by a gas or what was eaten, a blade's blows. The site and what
are read by :data:`OCCURRENCE` alone, whose subject handling these would cut (菲律宾客轮倾覆 → 倾覆)."""
TIMED = Prefiltered(re.compile(rf"(?:{_OCCUR}|{_LOST}){_NOT_YET}"))
REGION = re.compile(r"[省市县区镇乡村]|街道|社区|路|街")
"""A word of a region or a road (not of a building's part: 二楼楼板, 教学楼东侧楼梯间)."""
REGION_ONLY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|村|社区)")
"""A site phrase that is only a place's name (峡口镇), which a place told with 在 betters."""
HAPPENED_AT = re.compile(
    rf"发生(?:在|于)|(?:起火|着火|爆炸)是(?:在|于)|事发时间(?:为|是|：|:)?|事发于|事发在|聚集(?:在|于|到)|围坐(?:在|于)|{_TIME_LABEL}"
)
"""An occurrence told with its time or place after it (事故发生在12月2日凌晨, 火灾发生在峡口镇一民房内,
事发时间为12月2日下午)."""
_EVENT_THEN = re.compile(r"(?:事故|事件)?(?=发生(?:在|于))")


def happened_at(text: str, verb: re.Match[str]) -> re.Match[str] | None:
    """:data:`HAPPENED_AT` at an occurrence ``verb`` of ``text``, or right after it when the verb names the event
    (``爆炸发生在…``, ``燃气爆炸事故发生在…``), or ``None``."""
    at = HAPPENED_AT.match(text, verb.start())
    if at is None and (named := _EVENT_THEN.match(text, verb.end())) is not None:
        at = HAPPENED_AT.match(text, named.end())
    return at


RESPONSE = re.compile(
    r"赶赴|赶到|赶往|到达现场|抵达|到场|出警|第一时间|处置|救援|搜救|救治|调查|核查|介入|成立|组织|启动|部署|通报|发布会|召开"
    r"|回应|派出|出动|排查|疏散|转移|接报|指挥|善后|封控|管控|扑救|扑灭|责成|牵头|开展|监测|派驻|进驻|协调|抢修|抢排"
    r"|处理|搜寻|搜索|打捞|下水(?=捞|救|搜|找)|(?<=[里中边])捞|捞(?=了|起|到)|在找|沿着?[^，,。；;\s]{0,6}?(?:找|搜)|贴了?封条|来的时候|到的时候|到现场|切割|很快就到|来看了|来看过|马上就到|就到了|抬下|(?:送到|送去|拉到|拉去)(?=[^，,。；;\s]{0,8}?医院)|破门|破拆|营救|救出|封存|送检|检测|采样|消杀|消毒"
    # with others, or what it ordered (市应急管理局已会同四都镇对该企业下达停产整改通知)
    r"|会同|责令|下达(?=[^，,。；;]{0,8}?(?:整改|停产|停业|停工|关停))|抢救|救回|救起|送往|送医"
    r"|调派|调集|增援|查封|封停|驱赶|赶抵|接警|疏导|寻找|派员|到校|指导|管制|来学校|到学校"
    # (a part taken beside others: 虎山街道配合做好家长沟通工作, 大桥镇政府协助做好防控, 市教育局督促该园暂停集体活动)
    r"|配合|协助|督促|督导"
    # (消防冲上去找了好一阵)
    r"|找了|冲上去|冲进去|冲进火场"
    # a site closed, someone held (坛石镇政府已对该桥实施封闭, 江山交警已将罐车驾驶员控制)
    r"|封闭|封锁|控制|抢险|确认(?=[，,]?[^，,。；;]{0,6}?(?:死亡|身亡|无生命体征|没有生命体征))"
    # an alarm taken (市公安局接群众报警, 接到报警后)
    r"|接(?:到|获)?(?:群众)?报警"
    # or a report or a complaint taken (衢州市生态环境局江山分局接到群众反映)
    r"|接(?:到|获)(?:群众|市民|网民|村民)?(?:反映|举报|投诉|报告)"
    # as people tell it (交警已经到了, 120也来了, 消防来了四五台车, 消防、公安、120都已在场, 消防过来撬开门,
    # 安监的人也过去了, 都在江面上找, 当场带走了七八个人)
    r"|(?<![下上起出回过进])来了|(?<![找看受遇听想达感得收])到了|在场|过来|过去了|派人|(?<=在)[^，,。；;]{0,6}?[找搜]|带走|抓获|拉警戒|拉起警戒|拉到|拉走|拉去|抬上"
    # digging out the buried (徒手扒开瓦砾, 连续3个多小时挖掘, 徒手刨挖), hunting whoever fled (连夜调取沿线监控)
    r"|扒开|刨挖|挖掘|撬开|调取(?=[^，,。；;]{0,6}?监控)"
    # a leak stopped (消防救援人员正用沙土围堵, 关阀堵漏), water tested (在测水沟)
    r"|用沙土|堵漏|关阀|稀释|在测"
    # (城管晚上来锯树, 乡里干部、消防都上山了, 镇里已经派人把那边围起来了)
    r"|锯树|上山|围起来|封了"
    # (more as people post it: 住建局来人了, 民警把他按住了, 环保局的人来取了水样, 抬下山, 交警拉了警戒线, 消防来得很快,
    # 维持秩序, 消防、应急、环保都去了, 镇里干部也在, 乡里都在水库上搜, 乡里干部带人连夜挖)
    r"|来人|按住|摁住|制服|取样|取了水样|取水样|采了样|采了血|来采|抽血|抽了血|清理|清障|抢通|抬下|抬出|抬到|拉了警戒|来得|维持秩序|接待|(?<=[都也上午晚夜])去了"
    # (消防员只能拉好长的水带进去, 消防来把两个人拉上来, 应急局的人来查了, 交警在拍照测量)
    r"|水带|水枪|灭火|拉上来|拉出来|救上来|捞上来|抬出来|弄出来|来查|拍照|测量|勘查|勘察|送去"
    # (派出所和消防的人在捞, 消防把人背下来交给120了)
    r"|(?<=在)捞|背下|背出|背到"
    # (镇政府做好患者及家属安抚工作, 供电公司对受淹区域采取了临时停电措施)
    r"|安抚|采取了?[^，,。；;]{0,8}?措施"
    # (村民和消防救援人员合力将车身顶起, 消防正在切割车门)
    r"|合力|顶起"
    # (今天一早被派出所抓到了; 镇里干部天天在医院守着, 挨家挨户发传单)
    r"|抓到|抓住了|守着|守在|挨家挨户|发传单|抽检|抽样|抽查|往[^，,。；;\s]{0,6}?赶"
    r"|(?<=[都也])在(?=现场|$|[，,。；;！!？?\s])|(?<=在)[^，,。；;\s]{0,6}?搜|带人|(?<=[夜在])挖"
)
CN_HOUR = "零一二两三四五六七八九十"
TIME = re.compile(
    # a relative day with its date in brackets (今天（12月4日）上午10点左右): the date
    r"(?:(?:今天|今日|昨天|昨日|前天|当天|当日)(?P<open>[（(])(?=\d))?"
    # (a day told with 号 before its part of the day or its hour, as people write it: 28号中午, 3号晚上8点)
    rf"(?P<date>(?:(?P<y>\d{{4}})年)?(?P<m>\d{{1,2}})月(?:(?P<d>\d{{1,2}})日)?"
    rf"|(?:本月)?(?P<d2>\d{{1,2}})(?:日|号(?=凌晨|清晨|早晨|早上|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|深夜|夜里|晚|\d)))?"
    r"(?(open)[）)])"
    # the weekday a notice writes after the date (2026年11月30日（星期日）22时40分许)
    r"(?:(?<=日)[（(](?:星期|周)[一二三四五六日天][）)])?"
    r"(?P<rel>今天|今日|今晨|今早|今晚|今夜|昨天|昨日|昨晚|昨夜|前天|前晚|前夜|当天|当日|当晚|刚刚|刚才"
    r"|(?P<week>(?:上|本|这)(?:周|星期|礼拜)[一二三四五六日天]))?"
    # (not a breakfast shop counted: 峡口镇一早餐店内)
    r"(?P<period>凌晨|清晨|早晨|早上|一大早|一早(?![餐点饭茶市])|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|深夜|半夜|夜里|午夜|晚)?"
    rf"(?:(?P<h>\d{{1,2}}|[{CN_HOUR}]{{1,3}})(?:(?:时|点钟|点)(?:(?P<min>\d{{1,2}}|半|[{CN_HOUR}]{{1,3}}(?=分))分?)?|(?<=\d)[:：](?P<colon>\d{{2}}))"
    # 1点多 (a little after one), not the 多 of 3点多名群众
    r"(?P<approx>许|左右|前后|多(?![名人位辆家户处起个]))?)?"
)
ATTRIBUTION = re.compile(r"^据|报道|通报|获悉|介绍|了解|消息|表示|称|反映")
"""A clause telling where the news came from (据新华社报道), no site."""
SITE_WORDS = re.compile(
    r"路|街|道|巷|弄|国道|省道|县道|高速|公路|大桥|桥|隧道|路口|路段|小区|大厦|楼|广场|市场|商场|医院|学校|幼儿园|园区"
    r"|公司|企业|工厂|厂|仓库|车间|工地|矿|井|村|镇|乡|社区|街道|水库|河|江|湖|山|景区|酒店|宾馆|饭店|餐馆|中心|码头|港"
    r"|民房|民宅|住宅|房屋|自建房|农户|家中|商铺|店铺|门店|店|网吧|超市|校园|门口|门前|大门|中学(?!生)|小学(?!生)|大学(?!生)|学院|宿舍|教学楼|食堂"
    # (a stall, a stand, a shed: 老街那个夜宵摊, 村口的烧烤摊)
    r"|摊(?![贩主])|棚"
)
PARTIES = re.compile(
    r"(?:约|近|大约|共计|共)?(?:\d+|[一二两三四五六七八九十几数多]+)[余多]?(?:辆|艘|架|列|名|位|伙|拨|车(?!间|站|库|场|道|厢)|人(?!民|行)"
    r"|桌(?=人|喝|吃|客))"
    r"|(?:部分|一批|一些)(?=[\u4e00-\u9fff]{0,2}(?:学生|师生|教师|员工|职工|工人|村民|居民|群众|游客|乘客|顾客|食客|宾客|人员"
    # (or the old, children or patients of a home or a ward: 坛石镇中心敬老院部分老人午餐后)
    r"|老人|儿童|幼儿|患者|病人|住户|业主))"
    # people or a boat as people count them (一个男的拿刀砍人, 有个工人从脚手架上摔下来, 有条钓鱼的小船翻了)
    r"|(?:\d+|[一二两三四五六七八九十几]+|有)个(?=[\u4e00-\u9fff]{0,4}?(?:男的|女的|人|工人|小孩|孩子|老人|大爷|阿姨|大伯|大妈"
    # (一个老奶奶过马路被一辆小车撞了: no site)
    r"|小伙|男子|女子|学生|司机|师傅|男孩|女孩|奶奶|爷爷|老太|老头|姑娘|阿婆|阿公))|有(?:条|艘)(?=[^，,。；;]{0,6}?船)"
    # one person told without a measure word (江山市双塔街道某烧烤店内，一男子酒后与他人发生口角)
    # (not whose home it is: 朝阳村4组一村民自建房发生火灾)
    r"|一(?=男子|女子|男孩|女孩|小男孩|小女孩|少年|青年|妇女|老人(?!院|公寓|中心|之家)|老汉|村民(?!自建房|住宅|房屋|家)"
    # (nor a home by whose it is: 坛石村一居民家中厨房发生燃气爆炸)
    r"|居民(?!楼|区|小区|点|自建房|住宅|房屋|家)|工人(?!文化宫|新村)"
    r"|司机|外卖员|快递员|游客|学生|小孩|儿童|孕妇|乘客|骑手)"
    # a lift or a machine (某小区一部电梯在运行中突然下坠: the lift is no site)
    r"|(?:\d+|[一二两三四五六七八九十]+)(?:部|台)(?=[\u4e00-\u9fff]{0,6}?(?:电梯|扶梯|锅炉|塔吊|起重机|吊车|升降机))"
    # a boat told by its measure or none (碗窑水库一小船侧翻, 一艘渔船翻沉: the boat is no site)
    # (what it was used for between: 一条捕鱼小船)
    r"|一(?:条|只|艘)?(?=(?:捕鱼|打鱼|钓鱼|运沙|载客)?(?:小|渔|铁皮|木|快|游)?船)"
    # (or a building's, as people post it: 城南安置小区12幢的电梯今天下午突然往下掉)
    r"|(?<=[幢栋]的)(?=电梯(?![间井口厅]))"
    # a thing that fell or broke, with its measure word (农贸市场门口一块约30平方米的户外广告牌被大风刮落)
    r"|(?:\d+|[一二两三四五六七八九十]+)(?:块|棵|根|捆|面)(?=[^，,。；;]{0,12}?"
    r"(?:广告牌|招牌|指示牌|树|钢管|钢筋|玻璃|瓷砖|石块|石头|电线杆|铁皮|彩钢板|横幅))"
    # one vehicle told without a measure word (江山一货车侧翻: the vehicle is no site)
    r"|一(?=(?:小|大|重型|中型|轻型|半挂)?(?:货车|轿车|客车|大巴|中巴|面包车|公交车|校车|渣土车|槽罐车|油罐车|罐车"
    r"|挂车|卡车|皮卡|摩托车|电动车|三轮车|拖拉机|私家车|出租车|网约车|班车)(?!司机|驾驶))"
    # a person named by what they are (清漾村村民毛某在自家山林烧杂草时: the village is the site)
    # (or by their work: 凤林镇一家农机维修店内，店员徐某在调试抽水泵时不慎触电)
    r"|(?:村民|居民|市民|男子|女子|驾驶人|驾驶员|司机|店员|店主|员工|工人|职工|厨师|保安|骑手|外卖员|快递员|业主|租户"
    # (not whose home it is: 耕读村3组村民赵某某家发生火灾)
    r"|住户|渔民|矿工|民工|游客|乘客)(?=[\u4e00-\u9fff]?某(?!某?家)|[\u4e00-\u9fff]{1,2}(?:在|驾驶|因))"
    # people there, told by 有 (某小学陆续有学生出现呕吐: the school is the site)
    r"|(?<=[\u4e00-\u9fff])有(?=[\u4e00-\u9fff]{0,2}(?:学生|师生|教师|员工|职工|工人|村民|居民|群众|游客|乘客|顾客|食客|宾客"
    r"|幼儿|儿童|患者|病人)(?:出现|发生|感到|陆续|先后|相继|因|$))"
    # or someone doing harm there, as an alarm tells it (称中山路某烧烤店门口有人打架)
    rf"|(?<=[\u4e00-\u9fff])有(?=人(?:{_HARM_DONE}|$))"
)
"""Who or what was involved (一辆货车, 两车, 7车连环, 3名工人, 部分学生) starts after the site phrase."""
MAX_SITE = 30
MAX_QUOTE = 120


def quote_around(text: str, start: int, end: int) -> str:
    """``text`` cut to at most :data:`MAX_QUOTE` characters around ``start``–``end``."""
    text = text.strip()
    if len(text) <= MAX_QUOTE:
        return text
    left = max(0, min(start - 30, len(text) - MAX_QUOTE))
    return text[left : left + MAX_QUOTE]


PLACE_TOLD = re.compile(r"位于|地处|在")


def figure_sentences(text: str, sentences: Sentences, report: CasualtyReport) -> Iterator[tuple[int, int]]:
    """Where each counted figure of ``report`` stands in ``text`` and where its sentence begins, in
    order, leaving out a sentence that tells who reported it or up to when it runs (:data:`TOLD_BY`).
    Grading may have read a text with spaces taken out: a quote is looked for where it is, else at
    its first place."""
    for m in sorted(report.figures.values(), key=lambda m: m.start):
        if _FOUND_LATER.match(m.quote) is not None:
            continue  # 晚上8点多才捞上来，人已经没了: when they were found, not when it happened
        at = m.start if text.startswith(m.quote, m.start) else text.find(m.quote)
        if at < 0:
            continue
        begin = sentences.start_of(at)
        # what a colon introduces is told on its own (现将有关情况通报如下：…2026年12月3日上午10时许，…)
        begin = max(begin, text.rfind("：", begin, at) + 1)
        if TOLD_BY.search(text, begin, sentences.end_of(at)) is None:
            yield at, begin


_FOUND_LATER = re.compile(FOUND_BY)
"""A figure told by those brought out or reached already gone (捞上来…人已经没了): a time of the find."""
TOLD_BY = re.compile(r"据|获悉|了解到|得知|获知|报道|通报|记者|介绍|发布|消息|表示|截至|截止|目前|至今|以来|累计")
"""Who told a figure, or how far it runs (记者昨日从…获悉, 截至今日12时): the time is theirs, not the event's."""


ON_THE_DAY = re.compile(
    r"当(?:天|日|晚)(?=凌晨|清晨|早晨|早上|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|深夜|夜里|晚|\d|[一二三四五六七八九十两])"
)
"""A time told as of the day told before it (当天下午3点40分左右, 当晚6时许)."""


DATE_CODE = re.compile(r"[“\"'‘]\d{1,2}[·.・•\-]\d{1,2}[”\"'’]")
"""An incident's date code (“12·2”), part of its name, not of its site."""
WEATHER = re.compile(r"阵风|大风|暴雨|降雨|降水|冰雹|寒潮|降温|台风|雷雨|雷电|暴雪|降雪")
"""Weather told after a cause's clause and a time: what the cause brought, not the event."""
CAUSED_BY = re.compile(r"\s*(?:受到?|因)(?P<cause>[^，,。；;]{1,20}?)(?:的)?影响\s*")
"""A clause of what caused the event, before its time (受昨夜强降雨影响，今晨5时许，…)."""
THAT_ONE = re.compile(r"那(?:条|个|家|座|栋|片|边)")
"""A demonstrative of spoken Chinese inside a place (村口那条水泥路: 村口水泥路)."""


IN_A_TAG = re.compile(r"#[^#\s，,。]{0,12}$")
"""A topic's tag open right before a word (#着火了): the word is the tag's."""


def in_a_tag(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands in a post's topic tag (``#着火了``): what the post is about, not what happened."""
    if (tag := IN_A_TAG.search(text, max(0, at - 12), at)) is None or len(tag.group()) > _TAG_LEAD:
        return False  # (a tag naming more than the event: #江山一小区起火#, what the post tells)
    opened = text.rfind("#", 0, tag.start())  # (not after a tag's closing #: #江山身边事#刚刚起火)
    return opened < 0 or _TAG_BREAK.search(text, opened + 1, tag.start()) is not None


_TAG_BREAK = re.compile(r"[\s，,。]")
_TAG_LEAD = 3
"""How much of a tag may stand before its event's word for the tag to be only the event's (#着火了, #突发火灾)."""

"""Whether the event a text reports happened abroad (境外), where no 国内突发事件 grade applies.

The statutory grades (《生产安全事故报告和调查处理条例》, 《国家突发公共事件总体应急预案》) are for
events in the country; a bus crash in Peru or a bombing in Pakistan starts no 5-hour clock at a
county desk. An event is abroad when the text's lead (its title, or its first sentence) names a
foreign place as where things happened (``墨西哥边境城市6人遭枪杀``, ``俄车臣警察遭伏击``,
``在美国多次行凶``) and names no place at home (a province, a major city, ``…县``/``…镇``/``…村``,
``我国``, ``国内`` …). A country named as people's nationality (``美国游客``, ``韩国籍船员``) or as an
actor (``美国政府``, ``日本首相``) is no place of the event, unless the nationality opens a lead that
says nowhere where its people acted (``韩国男子连杀7名妇女``; not ``一名美国游客在长城坠亡``).
Hong Kong, Macao and Taiwan are at home.

When the text names Chinese citizens among those involved (``中国公民``, ``中国游客``, ``我国船员``,
``同胞``, ``赴泰国旅游的``; not ``无中国公民``, nor ``华人超市``, ``华人商会``, ``华裔``: a shop, a body, people of
Chinese descent), the event concerns the desk (涉外突发事件): :func:`abroad` says so and
grading keeps its proposal, for the desk to check how many of them are its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.keywords import Keywords, longest_first
from classifier.prefilter import Prefiltered
from classifier.sentences import SENTENCE

_COUNTRIES = (
    # capitals named by their country and 城, before it (墨西哥城一居民楼燃气爆炸: not an estate's 城 at home)
    "墨西哥城|科威特城|巴拿马城|危地马拉城|"
    # Asia
    # (not 内蒙古, a region at home, nor the 蒙古族, a people of it)
    "日本|韩国|朝鲜|(?<!内)蒙古(?!族)|越南|老挝|柬埔寨|泰国|缅甸|马来西亚|新加坡|印度尼西亚|印尼|菲律宾|文莱|东帝汶|印度|巴基斯坦"
    "|孟加拉国|孟加拉|斯里兰卡|尼泊尔|不丹|马尔代夫|阿富汗|伊朗|伊拉克|叙利亚|黎巴嫩|约旦|以色列|巴勒斯坦|沙特阿拉伯|沙特"
    "|也门|阿曼|阿联酋|卡塔尔|巴林|科威特|土耳其|塞浦路斯|格鲁吉亚|亚美尼亚|阿塞拜疆|哈萨克斯坦|吉尔吉斯斯坦|吉尔吉斯"
    "|塔吉克斯坦|乌兹别克斯坦|土库曼斯坦"
    # Europe
    "|俄罗斯|乌克兰|白俄罗斯|摩尔多瓦|波兰|捷克|斯洛伐克|匈牙利|罗马尼亚|保加利亚|塞尔维亚|克罗地亚|斯洛文尼亚|波黑"
    "|阿尔巴尼亚|马其顿|希腊|意大利|西班牙|葡萄牙|法国|德国|奥地利|瑞士|比利时|荷兰|卢森堡|英国|爱尔兰|冰岛"
    "|挪威|瑞典|芬兰|丹麦|爱沙尼亚|拉脱维亚|立陶宛|马耳他|摩纳哥|梵蒂冈|科索沃"
    # the Americas
    "|美国|加拿大|墨西哥|危地马拉|洪都拉斯|萨尔瓦多|尼加拉瓜|哥斯达黎加|巴拿马|古巴|(?<![沿近滨临上黄渤东南北内])海地(?!区)|多米尼加|牙买加|巴哈马"
    "|特立尼达和多巴哥|哥伦比亚|委内瑞拉|厄瓜多尔|秘鲁|玻利维亚|巴西|巴拉圭|乌拉圭|阿根廷|智利|圭亚那|苏里南"
    # Africa
    "|埃及|利比亚|突尼斯|阿尔及利亚|摩洛哥|苏丹|南苏丹|埃塞俄比亚|厄立特里亚|索马里|吉布提|肯尼亚|乌干达|坦桑尼亚"
    "|卢旺达|布隆迪|刚果|扎伊尔|加蓬|喀麦隆|中非共和国|乍得|尼日利亚|尼日尔|马里|布基纳法索|塞内加尔|冈比亚|几内亚|塞拉利昂"
    "|利比里亚|科特迪瓦|加纳|多哥|贝宁|毛里塔尼亚|安哥拉|赞比亚|津巴布韦|马拉维|莫桑比克|纳米比亚|博茨瓦纳|南非"
    "|莱索托|斯威士兰|马达加斯加|毛里求斯|塞舌尔|科摩罗|佛得角"
    # Oceania
    "|澳大利亚|新西兰|巴布亚新几内亚|斐济|所罗门群岛|瓦努阿图|萨摩亚|汤加"
)
_REGIONS = (
    # places abroad often named without their country
    "加沙|约旦河西岸|车臣|达吉斯坦|印古什|北奥塞梯|南奥塞梯|克什米尔|喀布尔|坎大哈|赫尔曼德|巴格达|巴士拉|摩苏尔|基尔库克"
    "|迪亚拉|安巴尔|卡拉奇|白沙瓦|伊斯兰堡|拉合尔|奎达|斯瓦特|瓦济里斯坦|孟买|新德里|加尔各答|德黑兰|贝鲁特|大马士革"
    "|耶路撒冷|特拉维夫|莫斯科|圣彼得堡|基辅|伦敦|巴黎|柏林|罗马|马德里|纽约|洛杉矶|芝加哥|华盛顿|休斯敦|旧金山|东京"
    "|大阪|首尔|曼谷|雅加达|马尼拉|河内|金边|仰光|达卡|加德满都|内罗毕|开罗|拉各斯|约翰内斯堡|悉尼|墨尔本|里约"
    "|圣保罗|波哥大|利马|达尔富尔|索马里兰|科特迪瓦|果敢|佛罗里达|加利福尼亚|加州|得克萨斯|得州|密歇根|阿肯色|亚拉巴马"
    "|俄亥俄|俄克拉何马|密苏里|路易斯安那|宾夕法尼亚|新泽西|弗吉尼亚|夏威夷|阿拉斯加|苏门答腊|爪哇|苏拉威西|棉兰老"
    "|中东|非洲|欧洲|北美|南美|拉美|中美洲|东南亚|南亚|中亚|西亚|北非|海湾地区"
    # islands and cities Chinese travellers know by name
    "|巴厘岛|普吉岛|济州岛|塞班岛|关岛|苏梅岛|长滩岛|芭提雅|清迈|吉隆坡|迪拜|伊斯坦布尔|胡志明市"
    # states and provinces named after a short country name (美科罗拉多州, 澳昆士兰州, 日福岛县)
    "|科罗拉多|内华达|亚利桑那|犹他州|俄勒冈|蒙大拿|怀俄明|爱达荷|新墨西哥|堪萨斯|内布拉斯加|南达科他|北达科他"
    "|明尼苏达|艾奥瓦|爱荷华|威斯康星|伊利诺伊|印第安纳|肯塔基|田纳西|密西西比|佐治亚|南卡罗来纳|北卡罗来纳|马里兰"
    "|特拉华|康涅狄格|罗得岛|马萨诸塞|佛蒙特|新罕布什尔|缅因州|西弗吉尼亚|安大略|魁北克|不列颠哥伦比亚|阿尔伯塔"
    "|昆士兰|新南威尔士|北海道|冲绳|福岛县|熊本|九州岛"
    # cities and rivers abroad often named alone (伏尔加河游轮沉没)
    "|多伦多|温哥华|蒙特利尔|西雅图|波士顿|费城|拉斯维加斯|迈阿密|底特律|达拉斯|亚特兰大|丹佛|布鲁塞尔|阿姆斯特丹"
    "|维也纳|米兰|威尼斯|巴塞罗那|慕尼黑|法兰克福|里斯本|雅典|布拉格|华沙|哥本哈根|斯德哥尔摩|奥斯陆|赫尔辛基|都柏林"
    "|曼彻斯特|利物浦|名古屋|横滨|神户|札幌|釜山|仁川|喀土穆|阿布贾|亚的斯亚贝巴|开普敦|布宜诺斯艾利斯"
    "|加拉加斯|哈瓦那|惠灵顿|基督城|布里斯班|珀斯|阿德莱德|堪培拉|伏尔加河|多瑙河|莱茵河|尼罗河|亚马孙河|亚马逊河"
    "|密西西比河|塞纳河|泰晤士河|恒河"
)
_SHORT = (
    # short names in headlines: 俄 (Russia) alone; others only with an army or a side
    r"俄(?!顷|而)|(?:美|英|法|德|以|俄|日|韩|澳|印|巴|伊|阿|叙|埃)军(?!事|装|训|区|人|队|营|属|嫂|医|官|校|民)"
    r"|(?:美|英|日|韩|印|巴|伊|澳)(?:方|媒)"
    # a short name before a site or a part of the country (巴清真寺遭袭, 法南部, 法核设施; not 巴中,
    # 日照, 巴南部分路段: names at home)
    r"|(?:美|英|法|德|日|韩|印|巴|伊|阿|以|澳)(?=清真寺|首都|(?:西北|东北|西南|东南|南|北|西|东|中)部(?!分)|境内|核设施)"
    r"|巴以|美伊|北约|驻阿|驻伊|法航|也航|塔利班|基地组织|真主党|哈马斯|索马里海盗"
    # a short name opening a lead, before an aircraft or a ship of that country (美小型飞机当街坠落);
    # or before its leader (泰总理…), which :func:`_national_opening` reads as a nationality
    r"|^(?:美|英|法|德|日|韩|俄|澳|泰|越|菲|印|巴|伊|以|朝)(?=小型飞机|客机|军机|战机|直升机|运输机|一架|一艘|游轮|货轮|军舰)"
    r"|^(?:美|英|法|德|日|韩|俄|澳|泰|越|菲|印|巴|伊|以|朝)(?=总统|总理|首相|国王|外长)"
    # 大马 (Malaysia) opening a headline or a clause; not 大马路, 一匹大马
    r"|(?:^|(?<=[，,。：:\s]))大马(?![路车力戏蹄哈趴场头猴])"
)
_FOREIGN = re.compile(rf"(?P<name>{_COUNTRIES}|{_REGIONS}|{_SHORT})")
"""Foreign places; what :func:`_foreign_in` finds, the way this pattern's ``finditer`` would."""
_NAMES = [name for name in f"{_COUNTRIES}|{_REGIONS}".split("|")]


def _plain_names(names: list[str]) -> list[str]:
    """The plain ``names`` (in their order) whose alternation finds what the longest-first one of
    them finds: a name listed after a shorter one it starts with can never match (约旦河西岸 after
    约旦) and is left out, so that at each position the longest name left is the one the alternation
    finds."""
    kept: list[str] = []
    for name in names:
        if not any(name.startswith(earlier) for earlier in kept):
            kept.append(name)
    return kept


_PLAIN_NAMES = _plain_names([n for n in _NAMES if re.escape(n) == n])
_PLAIN = Keywords(_PLAIN_NAMES)
"""The plain names, found by one automaton (the matches of their longest-first alternation)."""
_PLAIN_AT = re.compile(longest_first(_PLAIN_NAMES))
"""That alternation, matched where the automaton found a name (its matches are the callers')."""
_FOREIGN_PARTS = (
    Prefiltered(re.compile("|".join(n for n in _NAMES if re.escape(n) != n))),
    Prefiltered(re.compile(_SHORT)),
)
""":data:`_FOREIGN` but its plain names, in two patterns each scanned quickly: one alternation of names
with look-arounds among hundreds of plain ones makes the regex engine try every name at every position
(five times slower on a long text); each is tried only where one of its names can begin."""


_DAY_BEFORE_BEN = re.compile(
    r"(?<=[昨今当次翌同近每周平连终是明本\d〇一二三四五六七八九十廿])日本(?=[报市县区地台网刊次轮院村镇乡站届省校所号局委厅队]|部门|单位|栏目|频道|平台)"
)
"""A day's ``日`` before ``本报``/``本市``/``本地`` (``昨日本报报道``, ``3日本市发布``, ``今日本地``; an account's
``昨日本号发布``): no Japan."""


def _foreign_in(text: str) -> list[re.Match[str]]:
    """The matches ``_FOREIGN.finditer(text)`` gives: leftmost first, the earlier alternative of a
    tie (names, then names with look-arounds, then short forms), none overlapping; but a day's
    ``日`` before ``本报``, ``本市`` and the like (:data:`_DAY_BEFORE_BEN`)."""
    plain = (
        (start, 0, _PLAIN_AT.match(text, start))
        for _, start, _ in _PLAIN.finditer(text)
        if not (text.startswith("日本", start) and _DAY_BEFORE_BEN.match(text, start))
    )
    others = ((m.start(), k, m) for k, part in enumerate(_FOREIGN_PARTS, 1) for m in part.finditer(text))
    candidates = sorted(
        ((start, k, m) for start, k, m in (*plain, *others) if m is not None), key=lambda c: (c[0], c[1])
    )
    out: list[re.Match[str]] = []
    end = 0
    for start, _k, m in candidates:
        if start >= end and m.end() > start:
            out.append(m)
            end = m.end()
    return out


_NOT_A_PLACE_AFTER = re.compile(
    r"籍|人(?!质)|公民|游客|旅客|男子|女子|男孩|女孩|商人|学生|留学生|船员|专家|总统|总理|首相|国王|政府(?!军)|外交|使馆"
    r"|大使|驻华|媒体|网友|球员|选手|明星|歌手|演员|导演|影星|模特|富豪|官员|记者|企业|公司|品牌|产|制造|进口|队|国家队"
    r"|车企|客商|友人|朋友|妻子|丈夫|女友|男友|夫妇|总理|领导人|议员|法院|警方(?=称)|方面|称|说|表示|指责|谴责|承认"
    # a name borrowed by an estate, a shop or a style at home (佳源罗马都市, 巴黎春天, 法国风情街)
    r"|花园|都市|小区|广场|公馆|庄园|公寓|假日|春天|国际|酒店|风情|水岸|名城|新城|城|世家|一号|山庄|商城|餐厅|风格|式|文化"
    # a disease or a pest named after where it was first found, found here too (非洲猪瘟, 中东呼吸综合征,
    # 日本脑炎, 美国白蛾, 加拿大一枝黄花, 非洲大蜗牛)
    r"|猪瘟|马瘟|呼吸综合征|脑炎|血吸虫|白蛾|一枝黄花|大蜗牛|斑蚊"
)
"""A country that says who (美国游客, 日本首相, 美国政府称) or what (非洲猪瘟) rather than where."""
_STORM_NAMED = re.compile(r"(?:台风|飓风|风暴)[「“\"‘'][^」”\"’']{0,6}$")
"""A storm's name opened in quotes, up to a foreign name inside it (台风「桦加沙」, 台风“巴威”)."""
_NOT_A_PLACE_BEFORE = re.compile(
    # (中 of a pair, 中缅; not of where it was told: 昨日报道中缅甸地震遇难人数)
    r"(?:来自|访|赴华|出口到|(?<!报道|文章|视频|新闻|消息|图片|帖子|通报|稿件|节目)中|与|和|对)$"
)
_DIRECTION_OF = re.compile(r"[城镇村区县市乡街路河江湖山港湾桥站]$")
"""What a direction opening a region's name belongs to when it stands right after it (城北美食街, 江南亚运村)."""
_HOME = Prefiltered(
    re.compile(
        # (not a mountain's or a city's west: 华山西峰, 中山西路, 江山西站)
        r"(?:北京|天津|上海|重庆|河北|(?<![华泰嵩衡恒黄庐峨中佛江])山西(?![峰坡麓侧])|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
        r"|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
        r"|深圳|广州|杭州|南京|武汉|成都|西安|郑州|长沙|沈阳|大连|青岛|济南|厦门|福州|合肥|南昌|昆明|贵阳|南宁|海口|三亚"
        # (not Queensland's end: 澳大利亚昆士兰州)
        r"|(?<!士)兰州|西宁|银川|乌鲁木齐|拉萨|呼和浩特|哈尔滨|长春|石家庄|太原|苏州|无锡|宁波|温州|东莞|佛山|珠海|汕头|泉州"
        # (国内 run on from a country's name is not: 美国内华达州, 英国国内; nor its flights: 尼泊尔一架国内航班)
        r"|我国|(?<![美英法德泰韩拉该两各他外国])国内(?!航班|航线)|境内|全国|我省|我市|我县|我区|本市|本县|本省|本区"
        # (not where someone comes from: 38岁，贵州籍务工人员)
        r")(?!籍)"
    )
)
_HOME_UNIT = re.compile(
    # (no 省: every province is named in _HOME, and 为省力气, 替车主省拖车费, 跨省 are no province;
    # 返乡, 同乡, 家乡 are no township, 农村, 自然村 and 村医 no village, 冠市镇 no city)
    # (乡镇 is townships in general: 沿岸乡镇)
    # (乡里, 镇里: the township as people say it, 还有乡里都在水库上搜)
    r"(?P<name>[\u4e00-\u9fff]{2})(?:县|(?<![返同老家故下城他异思水回离])乡(?![村间下亲镇里])|(?<!乡)镇(?!里)"
    r"|(?<![农乡然])村(?![庄落民医级])|街道)"
    r"|(?P<city>[\u4e00-\u9fff]{2}|[A-Z]\d*)市(?![场民区政委长镇乡])"
)
_UNIT_OR_PROVINCE = re.compile(rf"{_HOME_UNIT.pattern}|(?P<province>[\u4e00-\u9fff]{{2}})省")
"""A unit's name or a province's: a foreign country's province names its towns again (琅南塔省…琅南塔市)."""
_NOT_A_NAME = re.compile(
    r"[一个小该某这那国的在和与及其此我了哋]|[城都超股夜菜门集上开闹黑早全本]$"
    # (a verb's words as people post them: 把去镇上的路堵得严严实实, 泥石流冲进了村里)
    r"|^把|去$"
    # (the whole of it, as Cantonese says it: 成条村都系臭氨水味)
    r"|^(?:成|整|全)条$"
    # (who speaks for a county: 县长代表县政府致歉)
    r"|^代表$"
    # (a time of day before 村口: 今天下午村口那条路上)
    r"|^(?:上午|下午|中午|晚上|早上|凌晨|傍晚|今天|昨天|前天|今晚|昨晚|夜里|半夜)$"
    # (what was said of it: 群里说贺村那边…, 听说贺村)
    r"|^说"
    # a verb before an organ or a site of a county (致电县委, 前往县医院, 送往县人民医院, 送到市人民医院)
    r"|^(?:致电|致函|前往|赶往|赶赴|来到|回到|去往|送往|转往|转至|送至|送到|转到|拉到|赶到|带到|运到|去到|到了)$"
    # (已送县医院救治: sent to the county's hospital)
    r"|^(?:已|被|急|后|再)送$"
    # where, said of any village (外面村里也闻到, 隔壁村一家子, 我们村, 附近村民)
    r"|^(?:外面|里面|隔壁|附近|邻近|周边|周围|对面|旁边|前面|后面|上面|下面|我们|他们|咱们|本地|当地)$"
)
"""A place at home: a province, a major city, 我国/国内 …; or a named county, township or village
(:data:`_HOME_UNIT`, not 一小镇, 该村 or the whole of one: 今年以来全省; nor the writer's own, read
across a verb: 造成我市, 造成本市)."""
_CHINESE = re.compile(
    # (who went abroad to help or work: 中国援外教师; a party or a family: 中国旅游团, 一对中国夫妇)
    r"(?:中国|我国|中方|华侨|台湾|香港|澳门|内地|大陆)(?:籍)?(?:援外|援非|驻外|赴外)?(?:公民|游客|旅客|乘客|船员|渔民|工人|劳工|员工|工程师"
    r"|旅游团|旅行团|团队|夫妇|夫妻|家庭|一家"
    r"|留学生|学生|边民|维和人员|维和|人员|商人|同胞|人|船|渔船|籍"
    # (3名中国教师遇难, 中国志愿者)
    r"|教师|老师|志愿者|医生|护士|专家|记者|技术人员|船员|水手|员工|驴友|登山者|背包客|务工人员|矿工|登山队)|同胞|华侨"
    # (what they teach or do between: 三名中国汉语教师; a medical team sent abroad: 中国援外医疗队一名队员)
    # (or the country it helps: 中国援苏丹医疗队)
    r"|(?:中国|我国)[\u4e00-\u9fff]{1,4}?(?:教师|老师|医生|护士|专家|工程师|志愿者)|(?:中国|我国)(?:援[\u4e00-\u9fff]{1,4}?)?医疗队"
    # 华人 as people (3名华人遇难); not a shop, a body or a quarter of them (华人超市, 华人商会, 华人社区),
    # nor 华裔, people of Chinese descent, not Chinese citizens
    r"|华人(?!超市|商会|社区|社团|商店|商铺|餐馆|餐厅|街|聚居|商场|企业|协会|联合会|团体|媒体|华侨|服装|仓库|工厂|公司|店(?!主|员)|市场|批发)"
    # people who went there from home (赴泰国旅游的12名游客)
    r"|(?:赴|前往|到)[^，,。；;]{1,8}?(?:旅游|旅行|务工|打工|留学|考察|出差|探亲)"
)
_NONE_BEFORE = re.compile(
    r"(?:无|没有|未有|暂无|不含|未涉及|不涉及)[^，,。；;]{0,2}$"
    # (暂未收到中国公民伤亡报告, 未接到中国公民伤亡消息)
    r"|(?:未|暂未|尚未|没有)(?:收到|接到|接获|发现)[^，,。；;]{0,2}$"
    # (as people post it: 暂时没看到有中国人伤亡的消息)
    r"|(?:没|没有|未)(?:看到|听说|见到|看见)(?:有)?$"
    # (nor citizens an embassy or a ministry addresses: 中国驻印尼使馆提醒在印尼中国公民注意安全)
    r"|(?:提醒|提示|呼吁|敦促|告知)[^，,。；;]{0,8}$"
    # (…已造成至少25人死亡，请在泰中国公民密切关注天气预警)
    r"|请[^，,。；;]{0,4}$"
    # (a question whether any were there: 该事件是否涉及本市居民)
    r"|是否(?:涉及|有)[^，,。；;]{0,2}$"
)
_NOT_INVOLVED_AFTER = re.compile(
    # (a place they like: 一间深受中国游客欢迎的酒吧; those who give: 旅尼华人华侨自发组织募捐)
    # (…自发为当地地震灾区捐款: what they gave for, between)
    r"(?:的)?(?:欢迎|青睐|喜爱|喜欢|追捧)|[^，,。；;]{0,12}?(?:募捐|捐款|捐赠|捐助|捐物|献血|义卖)"
    # (those asked to take care: 在泰中国公民请注意防蚊)
    r"|(?:请|务必|须)?(?:注意|留意|做好|提高|加强|关注)"
)
"""Right after Chinese citizens named, what makes them no one the event befell."""
_BREAK = re.compile(r"[，,、：:\s]")


@dataclass(frozen=True)
class Abroad:
    """A foreign place named as where the event happened, and Chinese citizens named as involved."""

    place: str
    chinese: str | None
    """The words naming Chinese citizens involved (``2名中国边民``), if any."""


_FELT = re.compile(r"有震感|震感明显|震感强烈|明显震感|强烈震感|震感较强|有感")
"""A clause telling where an earthquake was felt (我国云南多地有震感): no place of the event."""
_ASIDE = re.compile(r"援助|救援队|外交部|使馆|领事馆|慰问电|致电|吊唁|表示慰问|致以慰问|捐赠|捐款|援建|撤侨|领保")
"""A clause of what the country does about an event abroad (我国向印尼提供紧急援助, 中国救援队抵达灾区,
外交部回应, 中方表示慰问): the country as an actor, no place of the event (not 我市领导慰问遇难者家属: the dead are
ours)."""
_CLAUSE_MARK = re.compile(r"([，,。；;！!？?：:\s])")


def _without_felt(lead: str) -> str:
    """``lead`` without the clauses that name places at home only as where an earthquake was felt or
    as actors about an event abroad (split at their marks: a run-on lead is read once)."""
    felt = "感" in lead
    aside = any(word in lead for word in ("援", "外交", "使馆", "领事", "慰问", "致电", "吊唁", "捐", "撤侨", "领保"))
    if not (felt or aside):
        return lead
    parts = [part for part in _CLAUSE_MARK.split(lead) if not (felt and _FELT.search(part))]
    kept = "".join(part for part in parts if not (aside and _ASIDE.search(part)))
    if not aside or _foreign_in(kept):
        return kept
    # (where the rest names no place, an aside's foreign place is the event's: 中国救援队抵达阿富汗赫拉特灾区
    # 当地地震已致…)
    return "".join("".join(m.group() for m in _foreign_in(part)) if _ASIDE.search(part) else part for part in parts)


def abroad(text: str) -> Abroad | None:
    """The foreign place of the event ``text`` reports, or ``None`` when it is not abroad. A place at home
    named only as where an earthquake was felt (``缅甸发生7.2级地震 我国云南多地有震感``) is not the event's."""
    lead = _without_felt(_lead(text))
    foreign = _foreign_in(lead)
    # (a country's own nationwide or within, right after its name, is no place at home: 委内瑞拉全国大停电)
    their_ends = {f.end() for f in foreign}
    if any(
        m.start() not in their_ends
        and _NONE_BEFORE.search(lead, 0, m.start()) is None
        and _ORGAN.match(lead, m.end()) is None  # (我市外办：暂无本市人员受困: a body at home speaking)
        and _NONE_AFTER.match(lead, m.end()) is None  # (我市暂未收到本地居民伤亡报告)
        for m in _HOME.finditer(lead)
    ):
        return None  # (not one named as having none there: 暂无本市居民在船上)
    places = [m for m in foreign if _a_place(lead, m)]
    if not places:
        places = _national_opening(lead, foreign)
    if not places:
        return None
    their_names: set[str] = set()
    for unit in _UNIT_OR_PROVINCE.finditer(lead):
        # a named county or village at home, not a province of the country just named (伊拉克迪亚拉省)
        # nor its name again (南非林波波省教育局通报：林波波市一所高中…)
        name = unit.group("name") or unit.group("city") or unit.group("province")
        theirs = name in their_names or any(
            p.end() <= unit.start() and _BREAK.search(lead, p.end(), unit.start()) is None for p in places
        )
        if theirs:
            their_names.add(name)
        elif _ORGAN.match(lead, unit.end()) is not None:
            continue  # 江山市外事办：暂无本市居民在船上: a body at home speaking of the event, not its place
        elif unit.group("province") is None and _NOT_A_NAME.search(name) is None:
            return None  # (a province of its own is no place at home: every one is named in _HOME)
    place = places[0].group()
    chinese = next(
        (
            m.group()
            for m in _CHINESE.finditer(text)
            if not _NONE_BEFORE.search(text, 0, m.start()) and not _NOT_INVOLVED_AFTER.match(text, m.end())
        ),
        None,
    )
    if chinese is None and "籍" in text:
        # (people of a place at home: 江山籍游客在泰国清迈漂流时落水身亡; not 美籍华人, 韩国籍船员)
        chinese = next(
            (
                m.group()
                for m in _NATIVES.finditer(text)
                if _FOREIGN.search(m.group("name")) is None and not m.group("name").endswith(("国", "外"))
            ),
            None,
        )
    return Abroad(place, chinese)


_NATIVES = re.compile(
    r"(?:^|(?<=[的名位个在，,、：:\s]))(?P<name>[\u4e00-\u9fff]{2,4})籍"
    r"(?:游客|旅客|乘客|工人|务工人员|船员|渔民|学生|留学生|男子|女子|公民|人员|员工|司机|青年|夫妇)"
)
"""People counted by a place of theirs (3名江山籍工人, 江山籍游客): at home unless the place is a foreign one."""


_ORGAN = re.compile(
    # (or one that sends help there: 香港特区政府派出搜救队赴缅甸地震灾区)
    r"(?:人民|特区|特别行政区)?(?:政府|外事办|外办|侨办|侨联|[\u4e00-\u9fff]{0,4}?(?:局|厅|委员会|办公室))"
    r"(?:[：:]|称|表示|通报|回应|派出|派遣|组派)"
)
"""A body of a place at home that speaks of an event abroad (江山市外事办：, 市应急管理局回应): no place of the
event."""
_NONE_AFTER = re.compile(
    r"(?:目前|暂时?|尚|均)?(?:未|无|没有)(?:收到|接到|发现)?[^，,。；;]{0,8}?(?:伤亡|受困|遇险|被困)"
    # (nor a case of the epidemic brought in: 我国尚未发现输入病例)
    r"|(?:目前|暂时?|尚|均)?(?:未|无|没有)(?:发现|报告|出现)?(?:相关)?(?:输入性?|关联)?(?:病例|疫情|感染者)"
    # (or all of its people there well: 我市在日研修人员均平安)
    r"|[^，,。；;！!？?]{0,12}?(?:人员|居民|公民|游客|学生|务工人员)(?:均|都|全部)(?:平安|安全|无恙)"
)
"""A place at home told as having none among the victims (我市暂未收到本地居民伤亡报告) or none of an epidemic's
cases (我国尚未发现输入病例): no place of the event."""


_EPICENTRE_REACH = 40
"""How far back from an earthquake's magnitude its epicentre is looked for."""


def foreign_epicentre(text: str, at: int) -> str | None:
    """The foreign place named as where the earthquake whose magnitude is told at ``at`` struck
    (``缅甸发生7.2级地震``, ``在日本本州东部海域（北纬…）发生6.8级地震``), or ``None``: a foreign place
    in the stretch of its sentence before it, no place at home after that place."""
    start = max(0, at - _EPICENTRE_REACH)
    sentence_start = max((text.rfind(mark, start, at) for mark in "。！？!?；;\n"), default=-1)
    stretch = text[max(start, sentence_start + 1) : at]
    places = [m for m in _foreign_in(stretch) if _a_place(stretch, m)]
    if not places:
        return None
    last = places[-1]
    return None if _HOME.search(stretch, last.end()) else last.group()


_HOME_GENERIC = re.compile(r"我国|国内|境内|全国|我省|我市|我县|我区|本市|本县|本省|本区")


def named_home(place: str) -> bool:
    """Whether ``place`` is a province or a major city named as such (``江苏``, ``南京``): a place of its own,
    not a word that merely ends like one."""
    return _HOME.pattern.fullmatch(place) is not None and _HOME_GENERIC.fullmatch(place) is None


def home_places(text: str) -> list[str]:
    """The places at home the lead of ``text`` names, in order: provinces, major cities and named
    counties, townships, villages and cities (``山西``, ``石家庄``, ``吕梁市``); not ``我国`` or ``全国``."""
    lead = _lead(text)
    found = [(m.start(), m.group()) for m in _HOME.finditer(lead) if not _HOME_GENERIC.fullmatch(m.group())]
    for unit in _HOME_UNIT.finditer(lead):
        if _NOT_A_NAME.search(unit.group("name") or unit.group("city")) is None:
            start = unit.start()
            if unit.group("name") and start and _THIRD_CHARACTER.match(lead, start - 1, start):
                start -= 1  # 长沙县捞刀河镇, 邻县捞刀河镇: a three-character name after a level
            found.append((start, lead[start : unit.end()]))
    return [name for _start, name in sorted(found)]


_THIRD_CHARACTER = re.compile(
    r"(?:(?<=[省市县区州旗])|(?<![\s\S]))(?![一个小该某这那国的在和与及其此我是为从到向往各每全本省市县区州旗镇乡村])[\u4e00-\u9fff]"
)
"""The first character of a three-character township or village name, right after the level above it
(长沙县捞刀河镇) or at the start: the name pattern reads two characters, so 捞刀河镇 had been 刀河镇."""


_ABROAD_UNNAMED = re.compile(r"境外|国外|海外")
"""Abroad said without a place (近期境外猴痘疫情形势): the next sentence may name it."""


def _lead(text: str) -> str:
    """The title (the first line) and, when the title is short or says abroad without naming where, the first
    sentence after it."""
    sentences = SENTENCE.finditer(text)  # the first two are read, not every sentence of a long body
    first = next(sentences, None)
    if first is None:
        return ""
    if len(first.group()) >= 10 and _ABROAD_UNNAMED.search(first.group()) is None:
        return first.group()
    # (or when it says abroad without naming where: 介绍近期境外猴痘疫情形势。发言人表示，刚果（金）本月新增…)
    second = next(sentences, None)
    return first.group() if second is None else f"{first.group()}。{second.group()}"


_OPENING = re.compile(r"(?:一名|一个|一位|一|\d+名)?$")
_NATIONAL = re.compile(
    r"籍?(?:男子|女子|男孩|女孩|男童|女童|少年|少女|妇女|老人|老太|老翁|母亲|父亲|夫妇|青年|男|女|人(?!质))"
    # its leaders and officials, struck where they live and rule (波兰总统夫妇等坠机遇难)
    r"|(?:政府|前|副|代)*(?:总统|总理|首相|国王|女王|王子|公主|部长|外长|议员|州长|市长)"
)
_WHERE = re.compile(r"在|(?<![死亡源由对关至等属基鉴终善敢便过勇忙急乐])于|来华|赴华|访华|入境|我国|中国")
"""Where a lead says its people acted (在, 位于; not the 于 of 死于 or 由于)."""


def _national_opening(lead: str, foreign: list[re.Match[str]]) -> list[re.Match[str]]:
    """The nationality opening a lead that says nowhere where its people acted (韩国男子连杀7名妇女,
    美国女子涉嫌杀害2岁女儿): abroad, as a foreigner's act at home is told with its place (一名美国游客
    在长城坠亡); else none."""
    if not foreign or _OPENING.fullmatch(lead, 0, foreign[0].start()) is None:
        return []
    if _NATIONAL.match(lead, foreign[0].end()) is None or _WHERE.search(lead) is not None:
        return []
    return foreign[:1]


_ITS_DISASTER = re.compile(
    r"(?:(?:东北|西北|东南|西南|[东西南北中])部|境内)?[^，,。；;！!？?]{0,4}?(?:地震|洪灾|洪水|火灾|爆炸|空难|海啸|山火|飓风|泥石流|踩踏)"
)
"""A disaster of the country named right after it (中方对阿富汗西部强烈地震造成重大人员伤亡深表哀悼): its place."""


def _a_place(lead: str, m: re.Match[str]) -> bool:
    if ("风" in lead or "暴" in lead) and _STORM_NAMED.search(lead, 0, m.start()) is not None:
        return False  # 台风「桦加沙」袭港: a storm's name, no place
    if (before := _NOT_A_PLACE_BEFORE.search(lead, 0, m.start())) is not None:
        return before.group() == "对" and _ITS_DISASTER.match(lead, m.end()) is not None
    if m.group()[0] in "东西南北中" and _DIRECTION_OF.search(lead, 0, m.start()) is not None:
        return False  # 城北美食街: the north of a town at home, then 美食 (not 北美)
    return _NOT_A_PLACE_AFTER.match(lead, m.end()) is None


_NOT_HOME_AFTER = re.compile(r"时间|电|讯|报|日报|晚报|青年报|卫视|电视台|大学|市民|人|籍|方面|游客|旅客|旅游团")
"""A home name that says when or who (北京时间, 新华社北京电, 四川大学, 北京游客), not where."""


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    name: str
    foreign: bool


def foreign_places_in(text: str) -> list[Place]:
    """The places abroad of :func:`places_in`, in order."""
    return [Place(m.start(), m.end(), m.group(), True) for m in _foreign_in(text) if _a_place(text, m)]


def places_in(text: str, foreign: list[Place] | None = None) -> list[Place]:
    """Every place ``text`` names as where things happened, foreign or at home, in order (a country
    that says who, ``美国游客``, or a home name that says when, ``北京时间``, is none). ``foreign``:
    :func:`foreign_places_in` of ``text``, when the caller has it already."""
    found = foreign_places_in(text) if foreign is None else list(foreign)
    for m in _HOME.finditer(text):
        # 境内 is any country's (缅甸境内): at home only as 我国境内, which names 我国
        if m.group() != "境内" and not _NOT_HOME_AFTER.match(text, m.end()):
            found.append(Place(m.start(), m.end(), m.group(), False))
    foreign = [p for p in found if p.foreign]
    theirs: set[str] = set()
    for unit in _HOME_UNIT.finditer(text):
        name = unit.group("name") or unit.group("city")
        if _NOT_A_NAME.search(name) is not None or any(p.start <= unit.start() < p.end for p in found):
            continue
        # a county or city in the clause of a foreign place is that country's (多哥北部…法莱市), and so is its
        # name told again (日本长野县一滑雪场发生雪崩…据日本媒体22日报道，长野县一滑雪场…)
        if name in theirs or any(
            p.end <= unit.start() and _BREAK.search(text, p.end, unit.start()) is None for p in foreign
        ):
            theirs.add(name)
            continue
        found.append(Place(unit.start(), unit.end(), unit.group(), False))
    return sorted(found, key=lambda p: p.start)

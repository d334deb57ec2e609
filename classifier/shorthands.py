"""Departments named by their everyday shorthand in news text, for the facts' responding units.

Reports name the departments that respond in short: ``应急、消防、公安、卫健等部门迅速到场``, ``江山交警
迅速赶到现场``. :class:`Shorthands` reads these forms only, where a shorthand can only be a department:
a list of shorthands ending in ``等部门``/``等单位`` (``相关``, ``职能`` allowed), a shorthand after
the jurisdiction's own name (``江山交警``, ``江山消防``), and a department told by its staff at the head
of a clause that responds (``公安民警迅速赶到现场``, ``消防救援人员第一时间到场``), the police or the
fire brigade by their staff alone (``接警后，民警迅速赶到现场``, ``目前交警正在处理``), a city's bureau by a
name no unit has (``市生态环境局`` for the 生态环境分局), and the bodies a list goes on with after a
department's 部门 (``交警部门、消防救援站和120救护车赶到``), a list whose staff respond (``高速交警、
路政、消防和120急救人员迅速赶到``); an emergency number is its department's
(110 the police's, 119 the fire brigade's, 120 the health department's). A shorthand is a
unit's when exactly one unit of the directory that is not a township has a name holding it
(``应急`` → 市应急管理局, ``交警`` → the unit whose alias is 市交警大队), or the words of its
official name an everyday or former name stands for (``卫健委`` → 卫生健康局, ``城管`` → 综合行政执法局,
``环保`` → 生态环境局); one several units hold, or none, is left unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.prefilter import Prefiltered
from models.directory import UnitDirectory, UnitKind

__all__ = ["LEVEL", "Shorthand", "Shorthands"]

_ITEM = r"(?:[\u4e00-\u9fff]{2,12}|1[12][019](?:(?![和及与以])[\u4e00-\u9fff]){0,4})"
"""One shorthand of a list, or an emergency number (``120``, ``120急救中心``: :data:`_PART_OF`)."""
_LIST = re.compile(rf"(?:(?:{_ITEM}、)+{_ITEM}??(?:(?:以及|还有|及|和|与){_ITEM})?|{_ITEM}(?:以及|及|和|与){_ITEM})$")
"""A list of shorthands ending where its 等部门 begins (read in the clause before 部门/单位, or before a
等 its units respond after), its last one joined by 及, 和 or 与 (公安、卫健及住建等部门)."""
_LAST_JOIN = re.compile(rf"(?<=[\u4e00-\u9fff\d]{{2}})(?:以及|还有|及|和|与)(?={_ITEM}$)")
_JOIN_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff\d]{2})(?:以及|还有|及|和|与)(?=[\u4e00-\u9fff\d]{2})")
"""A join inside one item of a list (双塔街道及公安): two, where each names a unit."""
_RESPONDING_LIST_END = re.compile(
    r"等(?=(?:单位|部门)?(?:负责人|工作人员|人员)?(?:迅速|立即|第一时间|连夜|火速|紧急|全力|赶|到场|到达|抵达|出动|介入))"
)
"""A list's 等 right before its units respond (市应急、消防、公安等迅速到场), with no 部门 said."""
_COUNTY_DEPARTMENT = re.compile(
    r"(?P<place>(?!城区|市区|开发|景区|园区|辖区|本县|本区|全县|全区|该县|该区|小区|社区|山区|片区|城乡)[\u4e00-\u9fff]{2})"
    r"(?:县|区)(?=[\u4e00-\u9fff]{0,8}?(?:局|大队|中队|支队|派出所|政府|部门|委员会|指挥部))"
)
"""A county's or a district's department (龙游县消防救援大队, 开化县应急管理局), its place's name."""
_LIST_THEN_RESPONDS = re.compile(
    r"(?<=[\u4e00-\u9fff\d])(?=(?:接警|接报)后|(?:先后|迅速|立即|很快|陆续|第一时间|随即|连夜)?(?:赶到|到场|赶赴现场)"
    # (as people tell it: 消防、公安、120都已在场, 交警和120也来了)
    r"|(?:都|均|也)(?:已经?)?(?:在场|到了|来了|到场|上山|去了|在))"
)
"""Where a list of departments ends right before they respond, with no 等 or 部门 (消防和120接警后先后赶到)."""
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff\d])[ \u3000](?=[\u4e00-\u9fff\d])")
"""A space between two words, as people separate those they list (消防 应急 环保都去了)."""
_RESPOND_WORDS = ("赶到", "赶赴", "到场", "接警", "接报", "在场", "到了", "来了", "去了", "都在", "也在")
_LAST_TOWNSHIP = re.compile(r"[和及与、](?:乡镇|镇村|镇|乡|街道|村)$")
"""A township's or a village's cadres, last of a list (消防、120和镇干部)."""
_LIST_TAIL = re.compile(r"(?:等)?(?:相关|有关)?(?:职能)?$")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?\s]")
_REACH = 40
"""How far before 部门/单位 a list is looked for."""
_PLACE_SUFFIX = re.compile(r"(?:特别行政区|自治州|自治县|地区|市|县|区|旗)$")
LEVEL = re.compile(r"^(?:市|县|区)")
"""The level a city or county department's name opens with (市应急管理局)."""
_REMEMBERED = 4096
_AFTER_ONE = (
    r"(?=[、，,和及与\s]|还有|以及|跟|迅速|立即|第一时间|连夜|赶|到|抵达|出动|派|组织|开展|介入|调查|处置|救援|很快|陆续|先后|相继|纷纷|也"
    r"|接警|接报|接到|在接|收到|随即|火速|紧急|全力|快速|及时|调集|正在"
    # (as people post it: 消防车已经到了, 消防冲上去找了好一阵)
    r"|已经?(?=到|来|赶|在)|冲(?=上去|进去|进|上楼)"
    # (the last of a list, 等 after it: 消防、公安等正在全力搜救)
    r"|等(?=正在|迅速|立即|已|第一时间|连夜|全力|赶|到)"
    # (虎山街道、虎山派出所工作人员同步到场; 消防救援人员经连续13个多小时挖掘)
    r"|同步(?=到|赶|抵)|同时(?=到|赶|抵)|经(?=连续|过?[^，,。；;]{0,8}?(?:挖掘|搜救|搜寻|救援|扑救|抢救|奋战|努力))"
    # what they did there (消防员破门而入将3人救出)
    r"|破门|破拆|扑救|扑灭|营救|搜救|救出|将(?=[\d一二两三四五六七八九十]+(?:名|人)|被困|伤者|伤员|落水)"
    # or whom they brought out or to hospital (120急救人员随后将其送往医院, 将男童救回), and a rescue (现场抢救)
    r"|将(?=[^，,。；;]{0,12}?(?:救出|救回|救起|救上|送往|送医|送至|转运|打捞|抬出|背出))|(?:现场)?抢救|随后"
    # or who told the death (经120医护人员确认已无生命体征)
    # (经120医护人员确认，叶某某已无生命体征)
    r"|(?:现场|到场)?确认(?=[，,]?[^，,。；;]{0,6}?(?:死亡|身亡|无生命体征|没有生命体征))"
    # (how they went in: 消防救援人员佩戴空气呼吸器下池将2人救出)
    r"|佩戴|携带"
    # with others, or what they did to the scene (市生态环境局对周边空气进行监测, 市应急管理局会同…开展调查)
    # (or whom they held: 江山交警已将罐车驾驶员控制)
    r"|会同|联合|牵头|指导|责令|已(?=介入|赶|到|派|组织|开展|启动|成立|对|会同|责令|封闭|封锁|管制|全力|在|将[^，,。；;]{1,12}?控制)"
    # when they came (消防救援人员于9时30分前到场), or what they did there (沿溪寻找, 疏导人流)
    r"|于(?=[^，,。；;]{0,12}?(?:到场|赶到|抵达|到达))|沿|疏导|寻找"
    r"|对(?=[^，,。；;]{1,12}?(?:进行|开展|展开|实施)了?(?:临时)?(?:监测|检测|调查|排查|处置|救援|核查|采样|抢修|清理|封存|送检|检查"
    r"|消杀|消毒|交通管制|管制|封闭|警戒))"
    # as people tell it (消防来了四五台车, 交警已经到了, 消防、公安、120都已在场, 消防过来撬开门, 安监的人也过去了)
    r"|来了|在场|过来|过去了|已经(?=到|赶|在|来|封|拉)|都(?=已|在|到|来|去)"
    # (消防来的时候房子都塌了一半, 120来的时候人已经没意识了)
    r"|(?:来|到|赶到)的时候|还(?=在)"
    # whom they held (肇事村民已被派出所控制, 当场带走了七八个人)
    r"|控制(?!室|中心|柜|系统)|带走|抓获|抓到|抓住|拉走|拉到"
    # how they worked (消防救援人员连续3个多小时挖掘, 徒手扒开瓦砾)
    r"|连续|徒手|合力|正(?=用|组织|全力|对|切割|破拆|在)|一起(?=用|把|将|抬|救|搜|找)"
    # (救护车来拉走了, 消防来把门撬开, 警察来得很快, 城管晚上来锯树, 消防都上山了)
    r"|来(?=[拉救送把撬锯看得查贴封采取抽疏维]|村里|学校|家里|菜场|店里|厂里|现场)|只能|只好|用(?=工具|液压|破拆|担架|绳|梯|冲锋舟)"
    r"|(?:上午|下午|晚上|傍晚|当晚|随后|早上|中午|凌晨|半夜|连夜|一早|一大早|早早|天一亮|第二天|次日"
    r"|(?:昨天|今天|前天)(?:上午|下午|晚上|早上|中午|傍晚)?|昨晚)"
    # (the hour too: 环保局的人晚上七点多过来取了水样)
    r"(?:[\d一二两三四五六七八九十]{1,3}点(?:多|半|钟|左右)?)?(?:也|就)?"
    r"(?=来|赶|到|去|过来|过去)|都上山|上山"
    # (消防救援的人下水捞了好久)
    r"|下水(?=捞|救|搜|找|打捞)"
    # (村里人和消防、派出所的人捞了好几个钟头)
    r"|捞(?=了|上|起|人|到)|打捞"
    # (more as people post it: 住建局来人了, 民警很快就把他按住了, 交警拉了警戒线, 消防和交警封了一段路,
    # 高速交警在现场处理, 派出所在调查, 乡里都在水库上搜; a space between those listed: 消防 应急 环保都去了)
    r"|来人|把(?=[^，,。；;\s]{0,8}?(?:拉走|送|抬|背|救|按|摁|控制|带走|拖|放))"
    # (how soon, as people post it: 消防半个钟头就扑灭了)
    r"|[\d一二两三四五六七八九十半几]+个?(?:钟头|小时|分钟)(?:不到)?就(?=扑灭|灭了|到|赶到|来了|控制)|拉了?(?=警戒)|封(?=了|锁|闭)"
    r"|在(?=现场|调查|处理|协调|搜|找|抢修|维持|疏导|拆|捞|打捞|查|拍照|测|勘|清理|清障|抢通|疏通|拉)|依法"
    # (派出所的民警在一户一户问是哪家阳台上的花盆)
    r"|在(?=[^，,。；;\s]{0,6}?(?:问|询问|走访))"
    # (one of a list as people post it, with its 的: 派出所的 消防 还有镇里的都在河里捞)
    r"|的(?=[、，,\s]|也|都|在现场))"
)
"""What follows a department that responds (``江山消防迅速赶到``, ``江山消防接警后赶到``, ``公安民警在接到报警后``)."""
_STAFF = re.compile(
    # (the time they came first: 下午环保局的人来取了水样; 还有 before: 还有环保局的人也来了)
    # (or after an emoji: 整栋楼的人都跑下来了😱消防车已经到了)
    r"(?:^|(?<=[，,。；;：:！!？?\s、和及与经被])|(?<=[^\w])|(?<=还有))(?:(?:上午|下午|中午|傍晚|晚上|早上|凌晨|半夜|当晚|随后|后来)(?:也|就)?)?"
    r"(?!还有)(?P<one>[\u4e00-\u9fff]{2,8}?|1[12][019])"
    r"(?:的?(?:民警|干警|警力|救援人员|指战员|消防员|工作人员|执法人员|队员|急救人员|医护人员|医务人员|医生)|急救车辆?|救护车|的人"
    # (a fire engine, as people post it: 消防车已经到了三辆)
    r"|(?<=消防)车"
    # (住建局的也来看过了)
    # (人社局的来了)
    r"|的(?=也|都|还|正|来了|在))" + _AFTER_ONE
)
"""A department told by its staff or its vehicles at the head of a clause (``公安民警迅速赶到现场``, ``消防救援人员
第一时间到场``, ``120急救人员赶到后``, ``经120急救人员现场抢救``, ``120救护车将伤者送往医院``): the department
responds."""
_ARRIVED = re.compile(
    r"(?:赶到|赶来|到场|赶赴现场|闻讯赶来|接警赶来|随后赶到)的(?P<one>[\u4e00-\u9fff]{2,8}?|1[12][019])"
    r"(?:民警|干警|救援人员|指战员|消防员|工作人员|执法人员|队员|急救人员|医护人员|医务人员)"
)
"""A department's staff told as the ones who came (``闻讯赶来的消防救援人员展开搜救``, ``赶到的消防救援人员
通过5楼窗户将男童救回``): the department responds."""
_AMBULANCE = Prefiltered(
    re.compile(
        # (called, or given someone: 工友们喊了120, 消防把人背下来交给120了)
        # (or waiting: 交由在山脚等候的120急救车送往医院)
        r"(?:^|(?<=[，,。；;：:！!？?\s、和及与经由被])|(?<=[打叫喊]了)|(?<=拨打)|(?<=拨打了)|(?<=交给)|(?<=交由)|(?<=[候命]的)"
        r"|(?<=协助))"
        r"(?P<one>120|999)"
        r"(?:急救车|救护车|急救中心)?"
        # (交警、120已赶到现场, 经120抢救无效死亡)
        r"(?:(?=将|把|送往|送至|送去|送医|到场|赶到|赶来|来了|来的时候|到的时候|现场|随即|随后|接警|接报|直接|拉到|拉走|拉去|送到|也|都"
        r"|已(?:经)?(?:赶|到|在|送|拉)|抢救"
        r"|的人|来把|来拉|很快|马上|就到|在[^，,。；;\s]{0,6}?(?:等着|候着|待命))"
        # (called, then what it did, as people post it: 邻居发现打了120 拉到医院去了, 村里人叫了120 送到医院)
        r"|(?<=[打叫]了120)[，,\s](?=拉到|拉走|拉去|送到|送去|送往)"
        # (or called or given someone, nothing after: 村里人叫了120也没用, 交给120了)
        r"|(?<=[叫喊]了120)|(?<=拨打120)|(?<=交给120)|(?<=交由120))"
    )
)
"""The ambulance service told by its number alone, doing what it does (``120将伤者送往医院``, ``由120送往``,
``经120现场抢救无效死亡``, ``经120到场确认已死亡``): the health department's service responds."""
_BODY = re.compile(
    # (or in a list: 峡口镇政府、峡口派出所、…连夜搜寻, …市消防救援大队及碗窑派出所正在库区全力搜救)
    # (or by whom someone was held: 肇事村民已被张村派出所控制)
    r"(?:^|(?<=[，,。；;：:！!？?\s、和及与被]))(?P<one>[\u4e00-\u9fff]{2,6}?(?:派出所|交警中队|消防救援站|消防站)|1[12][019]指挥中心)"
    + _AFTER_ONE
)
"""A police station or a fire station at the head of a clause that responds (``清湖派出所已介入调查``)."""

_LIST_STAFF = Prefiltered(
    re.compile(
        r"(?<=[\u4e00-\u9fff\d])(?:急救人员|医护人员|救援人员|工作人员|执法人员|人员|民警|干警|队员|指战员|急救车辆?|救护车|干部)"
        + _AFTER_ONE
    )
)
"""Staff after a list of departments, responding (``高速交警、路政、消防和120急救人员迅速赶到``): each
department of the list responds."""
_POLICE = Prefiltered(
    re.compile(
        # (and after 和, 与 or 被: 镇里干部和消防很快就到了, 已被派出所控制; not 及, which ends 埃及)
        # (or one of a list: 峡口镇政府、消防、公安等正在全力搜救)
        r"(?:^|(?<=[，,。；;：:！!？?\s、和与被是])|(?<=目前)|(?<=随后)|(?<=当即)|(?<=事发后)|(?<=接警后)|(?<=接报后)"
        # (run on after where someone was: 有一个卡在里面消防正在切割车门; or after what happened, in a voice
        # message with no stops: 整条街的人都跑出来了消防来了把路都封了)
        r"|(?<=里面)|(?<=现场)|(?<=[出下起过]来了)"
        r"|(?<=[，,。；;：:！!？?\s]高速))"
        # (or as people name them: 消防来了四五台车, 派出所来了好几辆车, 救护车来了三四辆)
        r"(?P<who>民警|警方|警察(?:蜀黍|叔叔)?|公安干警|交警|消防员|急救人员|医护人员|消防车|警车"
        r"|消防(?!救援|安全|通道|设施|栓|车道|器材|部门|机构|检查|工作|隐患|监督|技术|产品|队伍)|公安(?!机关|部门)|派出所|救护车|急救车"
        r"|城管|消防叔叔|消防小哥|消防队)" + _AFTER_ONE
    )
)
"""The police, the traffic police or firefighters told alone at the head of a clause that responds
(``接警后，民警迅速赶到现场``, ``目前交警正在处理``)."""
_WHOSE = {
    "民警": "公安",
    "警方": "公安",
    "警察": "公安",
    "警察蜀黍": "公安",
    "警察叔叔": "公安",
    "消防车": "消防",
    "警车": "公安",
    "公安干警": "公安",
    "交警": "交警",
    "消防员": "消防",
    "急救人员": "卫健",
    "医护人员": "卫健",
    "消防": "消防",
    "公安": "公安",
    "派出所": "公安",
    "救护车": "卫健",
    "急救车": "卫健",
    "城管": "城管",
    "消防叔叔": "消防",
    "消防小哥": "消防",
    "消防队": "消防",
}
_BUREAU = Prefiltered(
    re.compile(
        r"(?:^|(?<=[，,。；;：:！!？?\s、和及与]))(?P<one>(?:市|县|区)[\u4e00-\u9fff]{2,8}?(?:局|委|办|中心))(?:(?=等)|"
        + _AFTER_ONE
        + ")"
    )
)
_BARE_BUREAU = re.compile(r"(?P<one>[\u4e00-\u9fff]{2,3}(?:局|委))(?:(?=等)|" + _AFTER_ONE + ")")
"""A bureau by its everyday name alone at the head of a clause, as people post it (人社局和派出所的人都来了,
住建局来人了): matched back from each 局 or 委 (a pattern searched forward would stop at every character)."""
_HEAD_BREAK = frozenset("，,。；;：:！!？? 、和及与\n\t\u3000")
"""A department named as a city's bureau, commission, office or centre, in a list or before its response, by
a name that is no unit's own (``市生态环境局第一时间赶赴现场``, where the unit is 衢州市生态环境局江山分局;
``市卫健委``, :data:`_KNOWN_AS`): the unit whose names hold it."""


_PART_OF = (
    (re.compile(r"派出所$|公安分局$|警务站$"), "公安"),
    (re.compile(r"交警(?:大队|中队|支队)?$"), "交警"),
    (re.compile(r"消防(?:救援)?(?:站|中队|大队)?$"), "消防"),
    (re.compile(r"^110(?:民警|警车)?$"), "公安"),
    (re.compile(r"^119(?:消防车|指挥中心)?$"), "消防"),
    (re.compile(r"^120(?:急救)?(?:中心|站|车|救护车|医护人员)?$|急救(?:中心|站)$"), "卫健"),
)
"""A body every jurisdiction's department has (四都派出所 is the 公安局's, 消防救援站 the 消防救援大队's, the
ambulances of 120 the health department's): read as that department's shorthand when no unit's name holds the
body's own."""
_CARE = dict.fromkeys(("医疗", "医护", "医务", "急救"), "卫健")
"""Medical staff (当地公安、消防及医疗人员赶抵现场): the health department's, not the 医疗保障局's."""
_KNOWN_AS: dict[str, tuple[str, ...]] = {
    # the health commission's names before and after the 2018 reform (卫健委, 卫计委, 卫生局)
    **dict.fromkeys(("卫健委", "卫健局", "卫健", "卫生健康委", "卫计委", "卫计局", "卫生局"), ("卫生健康",)),
    **dict.fromkeys(("人社局", "人社"), ("人力资源和社会保障", "人力资源社会保障")),
    **dict.fromkeys(("自然资源局", "自规局", "资规局", "国土局", "国土资源局", "国土"), ("自然资源",)),
    **dict.fromkeys(("城管局", "城管", "城管执法局"), ("城市管理", "综合行政执法", "综合执法")),
    **dict.fromkeys(("环保局", "环保", "环境保护局"), ("生态环境",)),
    "交通局": ("交通运输",),
    "农业局": ("农业农村",),
    **dict.fromkeys(("安监局", "安监", "应急局"), ("应急管理",)),
    **dict.fromkeys(("市监局", "市场监管", "市场监管局", "工商局", "质监局", "食药监局"), ("市场监督管理", "市场监管")),
    **dict.fromkeys(("发改委", "发改局", "发改"), ("发展和改革", "发展改革")),
    **dict.fromkeys(("经信局", "经信委", "经信"), ("经济和信息化", "经济信息化")),
    **dict.fromkeys(("住建委", "住建局", "住建"), ("住房和城乡建设", "住房城乡建设")),
    # (a jurisdiction with no centre of its own in the directory: its health department's)
    **dict.fromkeys(("疾控中心", "疾控"), ("疾病预防控制", "卫生健康")),
    "网信办": ("网信", "互联网信息"),
    "供电局": ("供电",),
}
"""Everyday and former names of a department whose official name does not hold them (``市卫健委`` for the
市卫生健康局, ``市城管局`` for the 综合行政执法局, ``市环保局`` for the 生态环境局): the words of the
official name each stands for, tried in order; the one unit holding them is the department."""
_CONTINUED = re.compile(
    rf"、(?P<list>{_ITEM}(?:[、和及与]{_ITEM})*?)(?:等|的?(?:负责人|工作人员|人员|民警|队员|医护人员))?"
    r"(?=迅速|立即|第一时间|连夜|火速|紧急|全力|赶|到场|到达|抵达|出动|介入|接警|接报)"
)
"""A list going on after a department and its 部门 to where its bodies respond (交警部门、消防救援站和120救护车赶到)."""
_PARTS = re.compile(r"[、和及与]")
_SINGLE = re.compile(r"[\u4e00-\u9fff]{2,6}$")
_GENERIC = frozenset(
    {"政府", "相关", "有关", "职能", "主管", "行政", "执法", "监管", "业务", "属地", "行业", "各级", "多个"}
)
"""What names no one department before 部门 (政府部门, 相关部门, 执法部门)."""
_THEN_RESPONDS = re.compile(
    r"(?:[、和及与]|等|(?:负责人|工作人员|人员)?(?:迅速|立即|第一时间|连夜|火速|紧急|全力|赶|到场|到达|抵达|出动|介入|接警|接报)"
    # (as people say it: 生态环境部门的人也到了)
    r"|的人(?:也|都)?(?:已经?)?(?:到了|来了|在场|到场|赶到)|已(?=对|介入|赶|到|开展|组织))"
)
"""What follows a department named alone before 部门 (交警部门、消防救援站…赶到; 应急管理部门第一时间赶赴)."""


@dataclass(frozen=True)
class Shorthand:
    start: int
    end: int
    unit_id: str
    name: str


class Shorthands:
    """Finds departments named by shorthand (see the module docstring). Build once; :meth:`find` is pure."""

    def __init__(self, units: UnitDirectory) -> None:
        self._names = [
            (name, unit.id, unit.name)
            for unit in units.units
            if unit.kind is not UnitKind.TOWNSHIP
            for name in unit.names
        ]
        local = _PLACE_SUFFIX.sub("", units.jurisdiction)
        self._local = local if len(local) >= 2 else ""
        self._one = (
            re.compile(rf"{re.escape(self._local)}(?P<one>[\u4e00-\u9fff]{{2,4}}?){_AFTER_ONE}")
            if self._local
            else None
        )
        self._resolved: dict[str, tuple[str, str] | None] = {}

    def _listed(self, text: str, end: int, *, alone: bool = True) -> list[Shorthand]:
        """The units of the list of shorthands right before ``text[end:]`` (应急、消防等|部门); with
        ``alone``, of one department alone before its 部门 too."""
        left = max(0, end - _REACH)
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, left, end)]
        begin = breaks[-1] if breaks else left
        clause = text[begin:end]
        tail = _LIST_TAIL.search(clause)
        listed = _LIST.search(clause, 0, tail.start() if tail is not None else len(clause))
        if listed is None and not alone and (township := _LAST_TOWNSHIP.search(clause)) is not None:
            # 消防、120和镇干部接报后火速赶到: the departments before the township's cadres (its own are read
            # as the township's)
            listed = _LIST.search(clause, 0, township.start())
        if listed is None and not alone:
            return []
        if listed is None:
            # one department alone before its 部门, then another or its response (交警部门、消防…赶到)
            single = _SINGLE.fullmatch(clause)
            if single is None or clause in _GENERIC or not _THEN_RESPONDS.match(text, end + 2):
                return []
            unit = self.unit_of(clause)
            first = [Shorthand(begin, end, *unit)] if unit is not None else []
            return first + self._continued(text, end + 2) if first else []
        out = []
        at = begin + listed.start()
        tokens = listed.group().split("、")
        tokens[-1:] = _LAST_JOIN.split(tokens[-1], maxsplit=1)  # 卫健及住建: two
        for token in tokens:
            named = token.removesuffix("部门")  # (each may carry its own: 应急管理部门、生态环境部门)
            unit = self.unit_of(named)
            if unit is not None:
                out.append(Shorthand(at, at + len(named), *unit))
            elif (join := _JOIN_INSIDE.search(named)) is not None:
                # a body, then a department joined to it inside one item (双塔街道及公安、卫健等部门)
                for low, high in ((0, join.start()), (join.end(), len(named))):
                    if (part := self.unit_of(named[low:high])) is not None:
                        out.append(Shorthand(at + low, at + high, *part))
            at += len(token) + 1
        return out

    def _continued(self, text: str, at: int) -> list[Shorthand]:
        """The bodies a list goes on with after a department and its 部门, up to their response
        (``交警部门、消防救援站和120救护车赶到后``: the fire brigade's and the health department's); none
        unless each part names one."""
        joined = _CONTINUED.match(text, at)
        if joined is None:
            return []
        out = []
        start = joined.start("list")
        for token in _PARTS.split(joined.group("list")):
            named = token.removesuffix("部门")  # (公安部门: read as its own too, 公安)
            unit = self.unit_of(named)
            if unit is None:
                return []
            out.append(Shorthand(start, start + len(named), *unit))
            start += len(token) + 1
        return out

    def _anothers(self, text: str, found: Shorthand) -> bool:
        """Whether ``found`` is said in a clause naming another county's department before it (``龙游县应急管理局、
        龙游县消防救援大队、公安等部门``, ``开化县消防救援大队、马金派出所民警赶到``): that county's."""
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, max(0, found.start - _REACH), found.start)]
        clause = text[breaks[-1] if breaks else max(0, found.start - _REACH) : found.end]
        return any(m.group("place") != self._local for m in _COUNTY_DEPARTMENT.finditer(clause))

    def _bare_bureaus(self, text: str) -> list[Shorthand]:
        """Bureaus named by an everyday name alone at the head of a clause (:data:`_BARE_BUREAU`)."""
        out: list[Shorthand] = []
        for end_char in ("局", "委"):
            at = text.find(end_char)
            while at >= 2:
                for start in (at - 2, at - 3):
                    if start < 0 or (start and text[start - 1] not in _HEAD_BREAK):
                        continue
                    m = _BARE_BUREAU.match(text, start)
                    if m is not None and m.end("one") == at + 1 and (unit := self.unit_of(m.group("one"))) is not None:
                        out.append(Shorthand(start, at + 1, *unit))
                        break
                at = text.find(end_char, at + 1)
        return out

    def unit_of(self, shorthand: str) -> tuple[str, str] | None:
        """``(unit id, name)`` of the one unit whose names hold ``shorthand``, else ``None``."""
        if shorthand not in self._resolved:
            if len(self._resolved) >= _REMEMBERED:
                self._resolved.clear()  # (shorthands are few; a stream of odd lists must not grow it)
            token = shorthand.removeprefix(self._local) if self._local else shorthand
            token = token if token.startswith("市场") else LEVEL.sub("", token)  # (市场监管局: no city's 场监管局)
            token = _CARE.get(token, token).removeprefix("当地")  # 医疗人员: the health department's staff
            holders = self._holders(token)
            if not holders:  # 卫健委: the 卫生健康局, by the words of its official name
                holders = next(filter(None, map(self._holders, _KNOWN_AS.get(token, ()))), set())
            if not holders:  # 四都派出所, 消防救援站: a body of a department every jurisdiction has
                part = next((whose for body, whose in _PART_OF if body.search(token)), None)
                holders = self._holders(part) if part is not None else set()
            self._resolved[shorthand] = holders.pop() if len(holders) == 1 else None
        return self._resolved[shorthand]

    def _holders(self, token: str) -> set[tuple[str, str]]:
        return {(uid, name) for n, uid, name in self._names if len(token) >= 2 and token in n}

    def find(self, text: str) -> list[Shorthand]:
        """The shorthands of ``text`` that name one unit, in order."""
        found: list[Shorthand] = []
        for word in ("部门", "单位"):
            at = text.find(word)
            while at >= 0:
                found += self._listed(text, at)
                at = text.find(word, at + 2)
        if "等" in text:
            for m in _RESPONDING_LIST_END.finditer(text):
                if not text.startswith(("等部门", "等单位"), m.start()):  # (read above)
                    found += self._listed(text, m.start())
        # (a list as people post it, a space between those listed: 消防 应急 环保都去了; the same length, so the
        # same offsets)
        listing = _SPACED.sub("、", text) if " " in text or "\u3000" in text else text
        if ("、" in listing or "及" in listing or "和" in listing) and any(word in text for word in _RESPOND_WORDS):
            for m in _LIST_THEN_RESPONDS.finditer(listing):  # 江山高速交警、消防和120接警后先后赶到
                found += self._listed(listing, m.start(), alone=False)
        if "、" in listing and ("员" in text or "警" in text or "干部" in text or "车" in text):
            for m in _LIST_STAFF.finditer(listing):  # 高速交警、路政、消防和120急救人员迅速赶到
                found += self._listed(listing, m.start(), alone=False)
        if (
            "员" in text
            or "警" in text
            or "车" in text
            or "的人" in text
            or "医生" in text
            or "的也" in text
            or "的都" in text
            or "的还" in text
            or "的正" in text
        ):
            for m in _STAFF.finditer(text):
                unit = self.unit_of(m.group("one"))
                if unit is not None:
                    found.append(Shorthand(m.start("one"), m.end(), *unit))
        if "120" in text or "999" in text:
            for m in _AMBULANCE.finditer(text):
                unit = self.unit_of(m.group("one"))
                if unit is not None:
                    found.append(Shorthand(m.start("one"), m.end(), *unit))
        if "赶到的" in text or "赶来的" in text or "到场的" in text or "赶赴现场的" in text:
            for m in _ARRIVED.finditer(text):  # 闻讯赶来的消防救援人员展开搜救
                unit = self.unit_of(m.group("one"))
                if unit is not None:
                    found.append(Shorthand(m.start("one"), m.end(), *unit))
        if "派出所" in text or "消防救援站" in text or "消防站" in text or "交警中队" in text or "指挥中心" in text:
            for m in _BODY.finditer(text):  # 清湖派出所已介入调查
                unit = self.unit_of(m.group("one"))
                if unit is not None:
                    found.append(Shorthand(m.start("one"), m.end(), *unit))
        if any(word in text for word in ("警", "消防", "急救", "医护人员", "公安", "派出所", "救护车", "城管")):
            for m in _POLICE.finditer(text):
                unit = self.unit_of(_WHOSE[m.group("who")])
                if unit is not None:
                    found.append(Shorthand(m.start(), m.end(), *unit))
        if "局" in text or "委" in text or "办" in text or "中心" in text:
            for m in _BUREAU.finditer(text):
                unit = self.unit_of(m.group("one"))
                if unit is not None:
                    found.append(Shorthand(m.start("one"), m.end("one"), *unit))
            found += self._bare_bureaus(text)
        if self._one is not None:
            for m in self._one.finditer(text):
                unit = self.unit_of(m.group("one"))
                if unit is not None:
                    found.append(Shorthand(m.start(), m.end(), *unit))
        if ("县" in text or "区" in text) and (found := [s for s in found if not self._anothers(text, s)]) == []:
            return []
        # (a department alone before its 部门 may be read again as the first of a list after it; and a
        # body read both in a list and by its staff, 120救护车 and 120, is the list's once)
        unique = sorted(set(found), key=lambda s: (s.start, -s.end))
        return [
            s
            for i, s in enumerate(unique)
            if not any(o.unit_id == s.unit_id and o.start <= s.start and s.end <= o.end for o in unique[:i])
        ]

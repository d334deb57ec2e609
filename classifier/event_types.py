"""Event types (事件类型) from keywords, and near misses.

:func:`event_type_of` names the event type whose keywords a text holds, emergencies (自然灾害,
事故灾难, 公共卫生事件, 社会安全事件) first; an emergency word counts only where it reports
something that happened (:mod:`classifier.occurrence`), and a 中毒 named without 食物中毒 is typed by
its cause (:mod:`classifier.poisoning`). :func:`near_miss` finds an emergency that was about to
happen and did not (险遇恐怖袭击, 爆炸未遂, 成功阻止了一起爆炸). Grading (:mod:`classifier.grading`)
builds on both.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import itemgetter

from classifier.contexts import context_at, reports_incident_at
from classifier.keywords import Keywords
from classifier.poisoning import Cause, eaten_poison, ill_after_eating, poisoning
from models.enums import EventType

_SET_ALIGHT = tuple(
    f"引燃{done}{where}{woods}"
    for done, where in (("了", ""), ("了", "周边"), ("", "山上的"), ("了", "山上的"), ("", "周边的"), ("了", "周边的"))
    for woods in ("林地", "山林")
)
"""Woodland set alight, with 了 or where it was (上坟烧纸 引燃了山上的林地): a wildfire."""
_WOODS_BURNED = (
    *(f"{burned}的{woods}" for burned in ("烧掉", "烧毁", "烧没") for woods in ("林子", "山林", "树林", "林地")),
    *(f"{woods}{burned}" for woods in ("林子", "山林", "树林") for burned in ("烧掉", "烧没", "被烧", "烧了")),
    *(f"{burned}{woods}" for burned in ("烧掉", "烧没", "烧毁") for woods in ("林子", "树林")),
    # a hill's fire as people name it (廿八都山上那场火总算灭了)
    *(f"山上{which}火" for which in ("那场", "那把", "的大", "的")),
)
"""Woods told as burned, or a hill's fire (烧掉的林子有两千多亩, 林子烧掉三百多亩, 山上那场火总算灭了): a wildfire."""

_SITE_FIRES = tuple(
    f"{site}大火"
    for site in (
        *("仓库", "厂房", "工厂", "车间", "家具城", "市场", "商场", "民房", "农房", "居民楼", "小区", "酒店", "宾馆"),
        *("饭店", "网吧", "山林", "林场", "厂区", "作坊", "超市", "门店", "商铺", "厂", "楼", "店"),
        # (a shed of e-bikes or a car park: 老旧小区车棚大火 30余辆电动车被烧毁)
        *("车棚", "停车棚", "充电棚", "车库", "停车场", "物流园", "冷库", "大棚"),
        # (a home or a tower: 城北一高层住宅大火 现场浓烟滚滚)
        *("住宅", "高层", "住宅楼", "公寓", "写字楼", "大楼", "大厦", "宿舍", "宿舍楼"),
        *("KTV", "医院", "养老院"),
    )
)
"""A fire told by the place that burned (贺村镇一仓库大火, 一家具城大火)."""
_SITE_FIRE_WORDS = frozenset(_SITE_FIRES)

_MACHINES = (
    *("离心机", "传送带", "输送带", "搅拌机", "粉碎机", "收割机", "脱粒机", "绞龙", "卷扬机", "滚筒", "破碎机"),
    *("和面机", "压面机", "切割机", "混料机", "制砖机", "轧机"),
)
"""Machines that catch the people working at them (被卷入离心机, 被传送带卷进去了)."""
COMMON_INFECTIONS = (
    *("水痘", "疱疹性咽峡炎", "个手足口", "是诺如", "诺如感染", "感染诺如", "诺如疫情", "诺如病例", "猩红热"),
    *("腮腺炎病例", "腮腺炎疫情", "急性出血性结膜炎", "红眼病疫情"),
)
"""Common infections a school's or a kindergarten's cluster is told by (某小学出现水痘病例12例, 一个班出现疱疹性咽峡炎
病例5例; as parents post it: 班上已经有5个小朋友出水痘了, 小班一下子8个手足口, 学校说是诺如; not 承诺如果): named with
no count of the ill, a child's illness, as :data:`DISEASE_NAMES` are."""
EVENT_KEYWORDS: dict[EventType, tuple[str, ...]] = {
    EventType.NATURAL_DISASTER: (
        "地震",
        "台风",
        "洪水",
        "洪涝",
        "洪灾",
        "水灾",
        "山洪",
        "暴雨",
        # heavy rain as weather reports name it (此次强降雨过程已致全省11人死亡; forecasts are none:
        # classifier.occurrence.WEATHER_WORDS; not 暴雪 alone, a games company's name as often: 动视暴雪)
        "强降雨",
        "强降水",
        "泥石流",
        # (Taiwan's word for it: 豪雨釀土石流)
        "土石流",
        "山体滑坡",
        "滑坡",
        # a slope's slump (一处边坡出现滑塌险情)
        "滑塌",
        # a hillside's collapse (受强降雨影响，多处发生山体塌方; not a works' 隧道塌方)
        "山体塌方",
        "山体垮塌",
        "山体坍塌",
        "地质灾害",
        # a slope's crack found, a geological danger (后山发现长约80米的山体裂缝，威胁下方46户168人)
        "山体裂缝",
        # (an unstable slope found a danger: 该不稳定斜坡险情等级为中型，需搬迁转移群众300余人)
        "不稳定斜坡",
        # (wind that blew something over, as people post it: 大风把一户人家的彩钢棚整个掀翻了)
        "大风把",
        "森林火灾",
        "山火",
        # (a wildfire told by the woodland it set alight or burned: 燃放鞭炮，引燃周边林地; 过火林地面积约30亩)
        "引燃林地",
        "引燃周边林地",
        "引燃山林",
        "引燃周边山林",
        # (with 了 or where: 上坟烧纸 引燃了山上的林地)
        *_SET_ALIGHT,
        *_WOODS_BURNED,
        "过火林地",
        # headline forms (森林大火过火面积超过1500公顷; not 大火 alone: 大火收汁)
        "森林大火",
        "草原火灾",
        "草原大火",
        # swept away or struck by lightning, as people tell it (过溪的时候被水冲走了, 在茶园采茶被雷劈了)
        "被水冲走",
        "被大水冲走",
        "被溪水冲走",
        "被河水冲走",
        # (carried downstream: 一辆面包车过桥的时候被溪水冲到下游去了)
        *(f"被{water}冲到" for water in ("水", "大水", "溪水", "河水", "洪水", "山洪")),
        # (一个被急水卷到下游去了)
        "被急水卷",
        "被水卷走",
        "被大水卷走",
        "卷到下游",
        "被雷劈",
        "遭雷劈",
        # (一个炸雷打下来 人直接倒地; 半边房子被埋了, as a slope's fall buries a house)
        "雷打下来",
        "雷劈下来",
        "被雷打",
        "炸雷劈",
        "房子被埋",
        "房屋被埋",
        # (后山 今天凌晨四点多塌下来一大片 泥巴石头冲进了一户人家的后墙)
        "塌下来一大片",
        # (山上滑下来好多泥巴把村里的路堵死了)
        "山上滑下来",
        "山上冲下来",
        "塌下来一片",
        "塌下来好大一片",
        # (后山又塌下来咯 两个放牛的阿公被埋在下面, 早上后山哗啦一下冲下来一大片泥石)
        "山塌下来",
        "山又塌下来",
        "冲下来一大片",
        # a fire that spread up a hill, as people tell it (火借风势一下烧上了山)
        "烧上了山",
        "烧上山",
        # (长台镇那边山上烧起来了)
        "山上烧起来了",
        "冰雹",
        # (城区突发雷雨大风，局地阵风达10级)
        "雷雨大风",
        "干旱",
        "内涝",
        "雪灾",
        # (a roof or a greenhouse the snow brought down: 20余个钢架大棚被积雪压塌)
        "被积雪压塌",
        "被雪压塌",
        "被大雪压塌",
        # (持续低温雨雪冰冻天气，农业设施和经济作物受损严重; 冰冻灾害)
        "雨雪冰冻",
        "低温冰冻",
        "冰冻灾害",
        "冰冻雨雪",
        "龙卷风",
        "风灾",
        "飓风",
        "风暴潮",
        "旱灾",
        "沙尘暴",
        "雪崩",
        "雷击",
        "崩塌",
        # a flood's danger to a dike (防汛险情: 大堤出现管涌, 洪水漫堤, 河堤决口)
        "管涌",
        "决堤",
        "漫堤",
    ),
    EventType.ACCIDENT: (
        "事故",
        "爆炸",
        "火灾",
        "起火",
        "着火",
        # a fire told by what it lit (鞭炮引燃了柴草堆; 放烟花把柴草堆点着了)
        "引燃",
        "点着了",
        "坍塌",
        "倒塌",
        "泄漏",
        # a toxic gas told by those who breathed it (一百二十多个村民吸入毒气送医治疗)
        "吸入毒气",
        "吸入有毒气体",
        "吸入有害气体",
        "车祸",
        "相撞",
        # a collision told with its verb, a hit-and-run (一辆小型轿车与一名行人发生碰撞后驾车逃逸; not 思想碰撞)
        "发生碰撞",
        # (a light one, no one hurt: 两列空载列车发生轻微碰撞，无人员受伤)
        "发生轻微碰撞",
        "发生剐蹭",
        # (a graze told by the vehicle, a car into a shop: 校车…与一辆三轮车剐蹭, 私家车失控撞进路边一家水果店)
        # (not a complaint's 车剐蹭严重: a vehicle named)
        *(
            f"{car}车{graze}"
            for car in ("三轮", "轿", "货", "公交", "校", "面包", "私家", "客")
            for graze in ("剐蹭", "刮擦")
        ),
        *("失控撞进", "失控撞入"),
        # (gas leaking, as people post it: 麻辣烫店好像煤气漏了, 隔壁燃气表漏气)
        *("煤气漏了", "燃气漏了", "天然气漏了", "燃气表漏气", "燃气管漏气", "煤气管漏气", "燃气管道漏气"),
        # a vehicle or a train smoking (港铁列车驶经隧道时车底冒烟，约200名乘客经路轨疏散)
        "车底冒烟",
        "车厢冒烟",
        "车头冒烟",
        "车卡冒烟",  # (Hong Kong's carriage: 東鐵綫列車車卡冒煙)
        "机舱冒烟",
        # (hypothermia at a race in the hills: 9名选手因失温送医救治)
        "失温",
        # (a battery that caught fire charging, as people post it: 楼下一台电动车充电着了)
        "充电着了",
        "充电时着了",
        # a ceiling come down (候车厅一块吊顶突然脱落，所幸当时下方无人)
        *(
            f"{ceiling}{suddenly}{fell}"
            for ceiling in ("吊顶", "天花板")
            for suddenly in ("", "突然")
            for fell in ("脱落", "掉落")
        ),
        "肇事逃逸",
        "交通肇事",
        "翻车",
        "侧翻",
        "翻侧",  # Hong Kong's 翻側
        "溺水",
        "溺亡",
        "遇溺",  # Hong Kong's (男子游泳期間遇溺)
        # a fall into water (一名男子落水; not 屋顶落水管, 防落水护栏: :data:`classifier.occurrence.SENSES`)
        "落水",
        # a vehicle or a store that caught fire by itself (一辆电动汽车自燃; not 自燃油税费改革)
        "自燃",
        # caught in a machine (一名工人被卷入机器身亡, 机械伤害事故)
        "机械伤害",
        "卷入机器",
        "绞入机器",
        "被机器卷",
        "被机械卷",
        # (or by the machine's name: 一名工人在检修时被卷入离心机, 一个工人被传送带卷进去了)
        *(f"{verb}{machine}" for verb in ("卷入", "卷进", "绞入", "绞进") for machine in _MACHINES),
        *(f"被{machine}{verb}" for verb in ("卷", "绞") for machine in _MACHINES),
        # the kinds of injury at work named (GB 6441: 物体打击事故, 车辆伤害, 起重伤害, 高处坠落, 灼烫)
        *("物体打击", "车辆伤害", "起重伤害", "高处坠落", "灼烫事故", "容器爆炸", "中毒和窒息"),
        "触电",
        # a large blackout (国家大面积停电事件应急预案: 城区双塔、虎山街道大面积停电)
        "大面积停电",
        # a lift that fell (电梯在运行中突然下坠)
        "电梯事故",
        "电梯下坠",
        "电梯坠落",
        "轿厢下坠",
        "突然下坠",
        "失控下坠",
        # (电梯在运行中突然从8楼下坠至2楼, 电梯急坠)
        "下坠至",
        "电梯急坠",
        # (told by where it fell to: 电梯从9楼急坠至1楼; as people post it: 电梯从二十几楼一路往下掉)
        "急坠至",
        "急坠到",
        "一路往下掉",
        # (一部电梯由11楼急速滑落至负一层)
        "急速滑落",
        "急速下坠",
        # caught in a lift's doors (外卖员在电梯内被轿厢门夹住)
        "被轿厢",
        "被电梯门",
        "被电梯夹",
        "电梯夹人",
        "透水",
        # a mine's water inrush, as miners and reports also call it (金矿井下突水)
        "突水",
        "坠落",
        "塌方",
        "燃爆",
        "矿难",
        "踩踏",
        "沉船",
        "翻沉",
        "坠机",
        # an aircraft or a balloon forced down, a bird strike (直升机因故障在河滩紧急迫降, 航班起飞后遭遇鸟击)
        "迫降",
        "鸟击",
        "失事",
        "脱轨",
        "追尾",
        "塌陷",
        "窒息",
        "冒顶",
        "瓦斯",
        "坠毁",
        "倾覆",
        "翻覆",
        "沉没",
        "溃坝",
        "垮坝",
        "溃堤",
        # a tailings dam's seepage (尾矿库发生渗漏，尾矿浆流入下游河道; not a roof's 渗漏, a complaint's)
        "尾矿库渗漏",
        "尾矿库发生渗漏",
        "尾矿库出现渗漏",
        # a ship's (货轮搁浅, 渔船触礁; not 项目搁浅, 婚姻触礁: :data:`classifier.occurrence.SENSES`)
        "搁浅",
        "触礁",
        "垮塌",
        "坠崖",
        # a fall down a cliff, told at length (不慎从护栏缺口处跌落山崖)
        "跌落山崖",
        "跌落悬崖",
        "摔下山崖",
        "摔下悬崖",
        "坠下山崖",
        "坠下悬崖",
        "掉下山崖",
        "坠江",
        # a fall into water told at length (一名工人不慎落入江中，目前下落不明; not 落入水中的手机)
        *(f"{fell}{water}中" for fell in ("落入", "坠入", "掉入", "跌入") for water in ("江", "河", "水", "湖", "海")),
        "失火",
        "葬身火海",
        "火情",
        "爆燃",
        # headline forms: 4车连撞, 小区深夜突发大火 (not 大火 alone: 大火收汁, 这部剧大火)
        "连撞",
        "突发大火",
        "发生大火",
        "燃起大火",
        "起大火",
        # a fire dated by its hour in a headline (纺织厂深夜大火), a carriage smoking (港鐵列車車廂冒煙)
        "深夜大火",
        "凌晨大火",
        # (林口一電子廠今晨大火)
        *("今晨大火", "今早大火", "清晨大火", "昨夜大火", "昨晚大火", "午夜大火", "夜间大火", "傍晚大火"),
        # or by the place that burned (贺村镇一仓库大火 现场浓烟滚滚, 一家具城大火; not 这首歌大火)
        *_SITE_FIRES,
        # a fire told by what it did (仓库大火烧了一整夜, 一场大火吞噬了整栋厂房; not 大火烧开, a recipe's), or
        # happening (凌晨突发一场大火; not 一场大火 alone, often long past: 加上一场大火，庙只留下几道残墙)
        "大火烧了",
        # (鞋材厂的大火从半夜烧到第二天中午)
        "大火从",
        "的火从",
        # (全家五口上吐下泻, 水库里死了一大片鱼)
        "口上吐下泻",
        "死了一大片鱼",
        "大火烧毁",
        "大火烧死",
        "大火烧光",
        "大火吞噬",
        "突发一场大火",
        "发生一场大火",
        "发生了一场大火",
        "冒出大火",
        # as people tell a fire (纸箱厂的火烧了一天一夜才灭, 这一把火烧掉了一亿多)
        "火烧了一天",
        "火烧了一夜",
        "火烧了一整夜",
        "把火烧掉",
        "把火烧光",
        "蹿出大火",
        "窜出大火",
        "车厢冒烟",
        # (a train smoking in a tunnel: 港鐵列車駛經隧道時冒煙)
        *("列车冒烟", "隧道时冒烟", "隧道内冒烟"),
        # (a store pouring out smoke: 化學品倉庫今早冒出大量濃煙)
        "冒出大量浓烟",
        # (a gas meter's box or a pipe flaring: 楼下燃气表箱突然冒火)
        *("突然冒火", "表箱冒火", "管道冒火"),
        # a Hong Kong fire told by its alarm's level (觀塘工廈發生二級火; not a forest's 二级火险)
        *(f"{level}级火" for level in "二三四五"),
        "列车冒烟",
        # Hong Kong wording: 一民宅發生火警 (a fire; 火警 alone is also the fire alarm, 火警电话), 工業意外
        "发生火警",
        "工业意外",
        "漏电",
        "一氧化碳中毒",
        # a water body's fish killed at once, the mark of a pollution incident (河道出现大面积死鱼; not 卖死鱼)
        "大面积死鱼",
        "大片死鱼",
        "大量死鱼",
        "成片死鱼",
        "不少死鱼",
        "全是死鱼",
        "可见死鱼",
        # (a graze between a lorry and a bicycle, Taiwan's 擦撞; a bridge fallen in part, someone fallen into a stream;
        # a grave's fire that caught the woods)
        "发生刮擦",
        "发生剐蹭",
        "擦撞",
        "塌了一截",
        # a house or a wall come down, as people post it (隔壁村一栋老房子凌晨塌了, 山墙…压塌了边上一户人家的厨房)
        *(f"{what}塌了" for what in ("房子", "房屋", "老屋", "楼", "山墙", "围墙", "院墙")),
        # (or with 突然 or 下来, and what else comes down: 顶棚塌下来了, 木板房突然塌了, 学校门口围墙倒了)
        *(
            f"{what}{how}"
            for what in ("房子", "房屋", "老屋", "木板房", "泥房", "土房", "顶棚", "雨棚", "阳台", "屋顶", "基坑")
            for how in (
                "塌下来",
                "突然塌了",
                "突然塌下来",
                *(("塌了",) if what not in ("房子", "房屋", "老屋") else ()),
            )
        ),
        *(f"{what}{how}" for what in ("围墙", "院墙", "山墙") for how in ("倒了", "倒下来", "突然倒了", "突然倒塌")),
        "压塌了",
        # (half of it, the time between: 老土房今天早上塌了半边; a tractor over a field's edge, someone under it)
        *("塌了半边", "翻到田坎", "翻下田坎", "压在车底下"),
        "掉到溪里",
        "掉进溪里",
        "连人带车",
        "烧纸引燃",
        "引燃林地",
        "引燃山林",
        "出现死鱼",
        # (a branch or a sign brought down onto people: 枝干突然断了砸下来 砸到两个…学生, 广告牌整个被吹下来)
        "砸下来",
        "砸到两个",
        "砸到一个",
        "被吹下来",
        "被风吹下来",
        "翻白肚的死鱼",
        # (河面上漂了一层死鱼 白花花一大片)
        "一层死鱼",
        "漂满死鱼",
        "漂满了死鱼",
        "一片死鱼",
        "白花花的死鱼",
        # (two vehicles run into each other, as people post it: 两辆车顶在一起车头都瘪了)
        "顶在一起",
        # (more as people post them: 下山时不慎滑倒, 两个初二男生在宿舍打架, 工人手被压机压到了, 小车冲到溪沟里去了,
        # 儿子先下去，晕在里面了, 补胎的时候轮胎爆了)
        "不慎滑倒",
        "不慎摔倒",
        # (a step missed on a trail: 在一线天下山步道踩空跌倒，滚落十余级台阶，致右腿骨折)
        *(f"踩空{fell}" for fell in ("跌倒", "摔倒", "滑倒", "摔下", "掉下", "坠落", "滚落")),
        "跌倒骨折",
        "摔倒骨折",
        "滑倒骨折",
        "摔成骨折",
        "手被压",
        "被压机压",
        "被冲床压",
        "冲到溪沟",
        "冲到沟里",
        "冲进溪沟",
        "冲进沟里",
        # (a vehicle gone into the water, as people post it: 一辆面包车冲到溪里去了)
        *(f"{went}{water}里" for went in ("冲到", "冲进", "翻到", "翻进", "栽到", "栽进") for water in "溪河江塘"),
        "晕在里面",
        "轮胎爆了",
        "被炸飞",
        "撞在一块",
        "撞一块了",
        # a pile-up as Taiwan words it (十車連環追撞)
        "追撞",
        "撞到一块",
        # a toxic gas let out (某农药厂氯气外泄), as people post it (化工厂中午不知道漏了啥 空气里一股刺鼻味)
        "气外泄",
        "漏了啥",
        "漏了什么",
        "漏气了",
        "漏出来的气",
        # (化工园区一家厂子…突然冒黄烟 …也不知道到底是什么东西漏了)
        "冒黄烟",
        "东西漏了",
        "气体外泄",
        # (a tanker's load let out: 槽車…車內載運的化學品外洩; 高速上那个罐车漏了)
        "化学品外泄",
        "液体外泄",
        "罐车漏了",
        "槽车漏了",
        # (a power line touched: 拖拉机吊臂触碰高压线 驾驶员重伤)
        *(f"{touched}高压线" for touched in ("触碰", "碰到", "触及", "碰触", "挂到", "刮到", "挂断")),
        # (a bang, as people post it: 小区配电房刚刚嘭的一声炸了)
        "一声炸了",
        "好多死鱼",
        "很多死鱼",
        "许多死鱼",
        # a flash of gas or dust (化工厂发生闪爆); a gas explosion as Taiwan names it (高雄氣爆; not 人气爆棚,
        # 脾气爆燥: :data:`classifier.occurrence.SENSES`)
        "闪爆",
        "气爆",
        # a vehicle off the road or into water (大客车坠入山沟, 面包车坠河, 轿车冲出路面; not 坠入爱河)
        "坠河",
        "坠入河",
        "坠入江",
        "坠入湖",
        "坠入水库",
        "坠入山沟",
        "坠入深沟",
        "坠沟",
        # a confined space: workers overcome in a pit or a well, rescuers going down after them
        # (2名员工下到腌制池内清理池底残渣时相继晕倒，另有1名员工下池施救也晕倒在池中)
        "下池施救",
        "下井施救",
        "下池救人",
        "下井救人",
        "有限空间作业",
        # a vehicle out of control into a ditch or a river (失控翻入约8米深的山沟)
        "失控翻入",
        "坠入山谷",
        "坠入悬崖",
        "冲出路面",
        # struck by what fell (外墙瓷砖突然大面积脱落，…女子肩部被砸伤; 高空坠物)
        "被砸伤",
        # a worker caught, struck or fallen at work (头发被卷入转动的滚筒, 右手被合拢的模具夹伤, 工件突然飞出，击中其
        # 头部, 不慎跌入约6米深的污水调节池)
        *(f"被卷入{what}" for what in ("转动", "滚筒", "叶片", "搅拌", "设备", "机器", "皮带", "齿轮")),
        *(f"{what}夹伤" for what in ("模具", "机器", "设备", "冲床", "滚筒")),
        *("击中其头部", "击中其面部", "击中头部", "不慎跌入", "不慎掉入", "不慎坠入"),
        # a vehicle slid into a ditch (一辆幼儿园校车因路面湿滑滑入路边排水沟)
        *(
            f"{slid}{ditch}"
            for slid in ("滑入", "滑进", "滑落")
            for ditch in ("路边排水沟", "排水沟", "路边水沟", "水沟", "边沟")
        ),
        # hikers and tourists kept by the hills or the water, lost there, or stung (4名驴友在浮盖山徒步时迷路，被困山中;
        # 被困溪中一处巨石上; 与同伴走散; 因天黑雾大迷失方向; 被胡蜂蜇了; 遭遇野蜂群袭击: no attack of people)
        *(f"被困{where}" for where in ("山中", "山上", "山顶", "山间", "山里", "深山", "半山腰", "在半山腰", "在山")),
        *(
            f"被困{where}"
            for where in ("溪中", "河中", "河心", "江心", "江中", "孤岛", "洞中", "洞内", "溶洞", "悬崖", "崖壁")
        ),
        *(
            "被困在悬崖",
            "被困在崖",
            "上涨被困",
            "暴涨被困",
            "迷路被困",
            # (on a sandbar or a reef, kept by the tide or a stream: 被困在沙洲上, 被涨潮困在礁石上, 被突涨的溪水围困)
            *("被困沙洲", "被困在沙洲", "被困礁石", "被困在礁石", "困在礁石上", "涨潮困"),
            *(f"{water}围困" for water in ("溪水", "河水", "江水", "潮水", "海水")),
            "行山人士迷路",  # Hong Kong's hikers (兩名行山人士迷路)
            "迷失方向",
            "与同伴走散",
            "跟同伴走散",
            "和同伴走散",
        ),
        *(f"{doing}时迷路" for doing in ("徒步", "登山", "爬山", "游玩", "探险")),
        # (Hong Kong's hikers, where between: 4名行山人士今午在馬鞍山昂平一帶行山期間迷路)
        *(f"{doing}期间迷路" for doing in ("行山", "徒步", "登山", "爬山")),
        *("山中迷路", "山上迷路", "山里迷路", "蜂蜇", "蜂群蜇", "蜂群袭击", "野蜂袭击", "马蜂袭击"),
        # struck by what fell (一捆钢管突然散落，砸中下方一名工人头部; not 砸中了观众的心)
        "砸中下方",
        # a sign or a tree blown down (广告牌被大风刮落，砸中3名路人)
        "被大风刮落",
        # (or blown over: 超市门口的钢架遮阳棚被大风整体掀翻)
        "被大风掀翻",
        "被大风整体掀翻",
        "被风掀翻",
        "被大风吹倒",
        "被大风刮倒",
        "被风刮落",
        "砸中一名",
        "砸中正在",
        "砸中路过",
        "被砸中",
        # (as people post it: 外墙砌块掉下来了 砸中了楼下正在搬砖的一个小工; 一块砖头掉下来砸伤一名工人)
        # (not 砸中了一个痛点: someone counted by 个 is struck only by what hurts)
        *(
            f"{hit}{whom}"
            for hit in ("砸中了", "砸到", "砸伤", "砸伤了")
            for whom in ("一名", "一个", "正在", "路过", "楼下", "下面", "下方")
            if whom != "一个" or hit.startswith("砸伤")
        ),
        *("砸中楼下", "砸中下面", "掉下来砸"),
        # (struck where it hurts: 被倒下的钢卷砸中腿部)
        *(f"砸中{part}部" for part in ("头", "腿", "脚", "腰", "胸", "背", "手", "肩", "面", "颈", "腹")),
        "高空坠物",
        "驶出路面",
        "冲出护栏",
        "冲破护栏",
        "撞上护栏",
        "撞到护栏",
        "撞向护栏",
        # (or the hillside beside the road: 驾驶员将车辆撞向路边山体停下)
        *(f"{verb}{side}" for verb in ("撞向", "撞上") for side in ("山体", "路边山体", "路边山壁", "山壁")),
        # as people say it: a fall into water, a bridge or a house fallen in (车掉河里了, 桥塌了)
        "掉河里",
        "掉进河",
        "掉到河里",
        "掉入河",
        "掉水里",
        "掉进水",
        "掉到水里",
        "掉入水",
        "掉进江",
        # (a vehicle over an edge: 一农用三轮车翻下田坎; someone fallen from a height: 从约4米高处摔下来)
        "翻下田",
        "翻下坎",
        "翻下山",
        "翻下路基",
        # (someone fallen down a slope or struck by a tree felled, out on a hill: 采茶时不慎摔下山坡, 被倒下的树干砸中)
        *(f"{fell}下{slope}" for fell in ("摔", "滚", "跌", "滑") for slope in ("山坡", "山崖", "悬崖", "陡坡")),
        *("树干砸中", "大树砸中", "树木砸中", "落石砸中", "石块砸中"),
        "翻下沟",
        "翻下河",
        "翻下路边",
        "翻下悬崖",
        "翻下山崖",
        "高处摔下",
        "高处跌下",
        "高处跌落",
        # (or a reservoir, a vehicle down a slope: 面包车冲下山坡掉到碗窑水库里了)
        "掉进水库",
        "掉到水库",
        "掉入水库",
        "冲下山坡",
        "桥塌了",
        "房子塌了",
        # (后山脚那间土坯老屋塌了; a truck whose brakes failed, then what it hit: 大货车刹车失灵冲进路边早餐店;
        # not 刹车失灵险些发生车祸, a near miss)
        "屋塌了",
        # (冷库液氨漏了; 化工园区 刚刚不知道什么漏了)
        "什么漏了",
        "啥漏了",
        # (听说是什么罐子漏了, 厂里管道漏了)
        "罐子漏了",
        "罐漏了",
        "管道漏了",
        "液氨漏",
        "液氯漏",
        "氨气漏",
        "氯气漏",
        # (the verb first: 化肥厂昨晚漏氨气了)
        "漏氨气",
        "漏氯气",
        "漏毒气",
        "房塌了",
        "刹车失灵冲",
        "刹车失灵撞",
        "房塌了",
        "楼塌了",
        "墙塌了",
        # a person hit by a vehicle, or a fall to death (行人被车撞倒, 男童从栏杆跌落死亡, 翻窗坠亡)
        "被车撞",
        "被撞倒",
        # the vehicle named (被货车撞倒, 被一辆轿车撞飞, 遭渣土车碾压)
        "车撞倒",
        "车撞飞",
        "车撞翻",
        "被撞翻",
        "车撞到",
        "车碾压",
        "撞倒行人",
        # (a boat in distress: 昨晚在舟山海域遇险的一艘渔船上5名船员一度失联)
        "船遇险",
        "遇险的一艘",
        # (swept away by the water: 一名在田间放水的村民被暴涨的溪水卷走)
        *(f"{water}{away}" for water in ("溪水", "河水", "江水", "水流", "急流") for away in ("卷走", "冲走")),
        # (a forklift backing into a worker: 一辆叉车在倒车时将一名装卸工撞倒)
        "被叉车",
        "叉车撞",
        "倒车时将",
        "倒车时撞",
        # (a pond, its ice, a car slid into a field: 脚一滑掉进塘里了, 一辆白色小车打滑冲到路边田里了)
        "掉进塘",
        "掉进池塘",
        "掉进鱼塘",
        "掉入塘",
        "掉到塘里",
        "掉进冰窟窿",
        "打滑冲",
        # what a vehicle killed (一辆货车撞死路中2头黄牛)
        "车撞死",
        "被撞身亡",
        "被撞死亡",
        "坠亡",
        # a vehicle driven into water (车辆失控冲入河道; not 垃圾冲入水库)
        "失控冲入",
        "失控冲进",
        "失控驶入",
        # (or onto a pavement: 公交车失控冲上人行道撞断路灯杆)
        "失控冲上",
        # (a train struck by what fell, a bus by a tree: 列车撞上山体落石, 砸中一辆正在行驶的公交车)
        *("撞上落石", "撞上山体落石", "撞上塌方体", "砸中一辆"),
        # (a crane's boom broken, a water main burst: 流動式吊機吊臂懷疑因負荷過重折斷, 主干道供水管爆裂)
        # (not a flat's own pipe, a complaint's: 主卫水管爆裂)
        *("吊臂折断", "吊臂断裂", "供水管爆裂", "供水管道爆裂", "供水主管爆裂", "自来水主管爆裂"),
        # (a vehicle into a pole or a tree: 救护车倒车撞上了电线杆)
        *(f"{hit}{it}" for hit in ("撞上", "撞上了", "撞断", "撞断了") for it in ("电线杆", "路灯杆", "路灯", "大树")),
        "车冲入河",
        "车冲进河",
        # as people tell a crash, a vehicle off the road, a machine's or a crowd's harm, a fall (两车迎面撞上,
        # 货车翻到路边田里, 右手被卷进去, 好几个人被挤倒, 电梯从8楼直接掉到3楼, 从脚手架上摔下来)
        "迎面撞上",
        "撞在一起",
        "车翻到",
        "翻到路边",
        "翻到田里",
        "翻到沟里",
        "翻下山",
        "翻进路边",
        "翻进水沟",
        "翻进沟",
        *(f"翻入{where}" for where in ("路边", "沟", "山沟", "水沟", "河", "溪", "田", "水塘", "山崖", "悬崖")),
        "跌落轨道",
        "跌落站台",
        "手被卷",
        "臂被卷",
        "被卷进",
        "被挤倒",
        "发生拥挤",
        "踩伤",
        "楼掉到",
        "楼直接掉到",
        "脚手架上摔",
        "脚手架上掉",
        "楼上摔下",
        "楼顶摔下",
        # (从三楼摔到院子里, 翻瓦时从屋顶掉下来)
        "楼摔到",
        "屋顶上摔",
        "屋顶摔",
        "房顶摔",
        "屋顶上掉",
        "房顶上掉",
        # (more as people tell them: 一家五金店烧起来了, 又淹死人了, 左手不慎被卷入, 电梯从9楼一下子掉到3楼,
        # 踩空从山道边摔下去了, 一棵大樟树直接被刮倒)
        "烧起来了",
        # (a fire told by how long it burned: 家具仓库从半夜烧到现在; not what it left, 本金全烧没了 is money lost)
        "烧到现在",
        "烧了一夜",
        "烧了一整夜",
        "烧到天亮",
        "淹死人",
        "手被卷入",
        "绞进机器",
        # (手被刨床绞进去了)
        "绞进去",
        "被绞进",
        "手不慎被卷入",
        "指被卷入",
        "一下子掉到",
        "踩空从",
        "摔下去了",
        "被刮倒",
        "连根刮倒",
        # (渣土车右转的时候把一辆电瓶车卷到车底, 燃气管被挖断, 两个被冲走了, 拖拉机翻到坎下面)
        "卷到车底",
        "卷入车底",
        "卷进车底",
        "燃气管被挖",
        "燃气管道被挖",
        "挖断燃气",
        "被冲走了",
        "拖拉机翻",
        "翻到坎",
        "翻下坎",
        # (一辆面包车冲到坎下面去了)
        "冲到坎",
        "冲下坎",
        "掉到坎",
        "掉下坎",
        # (more as people post them: 两个小伙子下去游泳 一个没上来, 放学时楼梯口挤倒了好多小朋友, 被后面的人挤得从台阶上
        # 滚下去, 施工把燃气管道挖断了, 小车冲到田里翻了个底朝天, 面包车冲进塘里, 钓鱼的小船翻了, 升降机从6楼掉下来了,
        # 广告牌被刮下来了, 路面突然塌了个大坑)
        "游泳没上来",
        "个没上来",
        "人没上来",
        "再也没上来",
        "挤倒了",
        "挤得从",
        "台阶上滚下",
        "台阶上滚了",
        "楼梯上滚了",
        "楼梯上滚下",
        "燃气管道挖断",
        "燃气管挖断",
        "挖断了燃气",
        "煤气管道挖断",
        "车冲到田里",
        "车冲进田里",
        "车冲进塘",
        "车冲到塘里",
        "车冲进水塘",
        "车冲进河里",
        "翻了个底朝天",
        "船翻了",
        "小船翻",
        "楼掉下来",
        "楼摔下来",
        "被刮下来",
        "被风刮下",
        "被大风刮下",
        "塌了个大坑",
        "塌了个坑",
        "路面塌陷",
        # (told with its verb, or as people post it: 一处路面发生塌陷, 马路中间突然陷下去一个大洞, 地面突然塌下去一块)
        *("发生塌陷", "突然塌陷", "陷下去一个", "塌下去一块", "塌下去一个"),
        "路面突然塌",
        "好大的火",
        # (城北一家早餐店煤气罐炸了, 大陈村后山塌了)
        "罐炸了",
        # (夜宵店炸了 是液化气罐炸的, 煤气罐子炸了)
        "罐炸的",
        "罐子炸了",
        "罐爆了",
        # (一个塑料厂炸了 整个厂房都塌了, 一辆白色小车…冲进江山港了)
        "厂炸了",
        # (小卖部燃气炸咯: a gas, not 气炸了, anger)
        *(f"{gas}炸了" for gas in ("燃气", "煤气", "液化气", "天然气")),
        # (工地的塔吊倒了, 三个细伢儿去嬉水 一个都没上来)
        "塔吊倒了",
        "吊车倒了",
        "都没上来",
        # (化工厂刚刚炸了, 脚手架突然塌了, 一辆拉液化气的罐车翻了 气漏了一地, 从高楼往下扔花盆 砸到楼下一个小娃娃;
        # not 高空抛物 or 往楼下扔垃圾 alone, a risk or a neighbour's habit complained of)
        "刚刚炸了",
        "刚才炸了",
        "突然炸了",
        "厂子炸了",
        "架塌了",
        "架突然塌了",
        "车翻了",
        "气漏了",
        "砸到楼下",
        "着大火",
        "厂房塌了",
        "厂房都塌了",
        "车冲进",
        "车冲入",
        "车撞了",
        "冲进江",
        "冲进河",
        "冲进溪",
        "冲进了溪",
        "冲进水塘",
        "冲进港",
        "冲入江",
        "冲入河",
        "钢瓶炸了",
        "锅炉炸了",
        "山塌了",
        "山体塌了",
        # environmental incidents (事故灾难 by the national plans: 环境污染和生态破坏事件)
        "突发环境事件",
        "环境污染事件",
        "水污染事件",
        "污染事故",
    ),
    EventType.PUBLIC_HEALTH: (
        "疫情",
        "传染病",
        "食物中毒",
        "食源性疾病",
        # (the food safety plan's own name for it: 上余镇一起食品安全事故; not the 事故 of an accident)
        "食品安全事故",
        "食品安全事件",
        "集体中毒",
        "聚集性",
        "确诊",
        "感染者",
        "新冠",
        "禽流感",
        "非洲猪瘟",
        "不明原因疾病",
        "疑似病例",
        "诺如病毒",
        "霍乱",
        "登革热",
        "甲型流感",
        "甲流",
        "流感",
        "鼠疫",
        "手足口病",
        "麻疹",
        # a school's or a kindergarten's cluster of a common infection (:data:`COMMON_INFECTIONS`)
        *COMMON_INFECTIONS,
        # a school's tuberculosis cases (某中学报告发现3例学生肺结核病例; not 因身患肺结核离开讲台, 结核病专治机构)
        "肺结核病例",
        "结核病病例",
        "肺结核疫情",
        "结核病疫情",
        "结核病聚集",
        "狂犬病",
        "怪病",
        # people taken ill together, or ill of what no doctor can tell, as people post it (吃完没多久二十几个人上吐下泻,
        # 医生也查不出是啥病)
        "人上吐下泻",
        "全家上吐下泻",
        "人都上吐下泻",
        # (counted with 个 or 号人: 一百三十多个上吐下泻去医院挂水, 一百五十多号人半夜开始拉肚子)
        "多个上吐下泻",
        "个都上吐下泻",
        "号人半夜开始拉肚子",
        "号人开始拉肚子",
        "号人拉肚子",
        "号人上吐下泻",
        "查不出是啥病",
        "查不出是什么病",
        "查不出什么病",
        "查不出啥病",
        "说不上是什么病",
        "说不清是什么病",
        "说不出是什么病",
        "说不清是啥病",
        "说不上是啥病",
    ),
    # 传销 and 非法集资 reported or complained of are crimes to report, not emergencies: a
    # gathering or a clash they lead to is named by its own words (聚集, 围堵, 冲突)
    EventType.SOCIAL_SECURITY: (
        "群体性事件",
        "聚集",
        "围堵",
        "闹事",
        "打架斗殴",
        "斗殴",
        # (a fight told by Hong Kong's news: 旺角街頭發生打鬥)
        *("发生打斗", "街头打斗"),
        # someone beaten to an injury (初一男生遭多名高年级学生殴打致脾脏破裂)
        "殴打致",
        # a brawl as a police report or people tell it (西山路一家清吧外有人聚众打架, 两拨人打群架)
        "聚众打架",
        "宿舍打架",
        "多人打架",
        "推搡殴打",
        "男生打架",
        "学生打架",
        "相互殴打",
        "互相殴打",
        # a pupil beaten by others (一名初一女生遭3名同学殴打, 校园欺凌)
        "同学殴打",
        "校园欺凌",
        "校园霸凌",
        "持刀",
        "砍人",
        # a gun fired (持猎枪在村里开了两枪，所幸没伤到人)
        "持猎枪",
        *(f"开了{n}枪" for n in ("一", "两", "几", "数")),
        # a kitchen knife or another blade named (持菜刀砍伤3名摊贩, 持斧头砍伤)
        "持菜刀",
        "持斧",
        "砍伤",
        "互殴",
        "命案",
        "凶杀",
        "抢劫",
        "暴恐",
        "堵路",
        "冲突",
        "绑架",
        "跳楼",
        "枪击",
        "袭击",
        "遇袭",
        "骚乱",
        "暴乱",
        "行凶",
        "杀人",
        "杀害",
        "凶案",
        "血案",
        "枪案",
        "纵火",
        "投毒",
        "劫持",
        "人质",
        "械斗",
        # as people tell a fight or a blade (十几个人打起来了, 两伙人打群架, 烧烤店内有人酒后打架, 一个男的拿刀追着人砍)
        "打起来了",
        # (两家为了宅基地吵起来 后来直接动手了)
        "直接动手了",
        "动起手来",
        # (夜宵摊十几个人干起来了; not 大家撸起袖子干起来了, work begun)
        "人干起来了",
        "伙人干起来",
        # (两桌人喝多了干起来了)
        "喝多了干起来",
        "喝多了打起来",
        "拨人干起来",
        "酒后打架",
        "拿刀追",
        "拿刀砍",
        "持刀追砍",
        # (拿着杀猪刀见人就砍)
        "见人就砍",
        "见人就捅",
        # (被隔壁两个人用扁担打了)
        "用扁担打",
        "用棍子打",
        "用木棍打",
        "用铁棍打",
        "被人打了",
        # armed with something else (有人因琐事发生争执并持械伤人, 持械斗殴)
        "持械",
        "打群架",
        "群殴",
        # (set upon by several: 一名初一男生遭4名同学围殴)
        "围殴",
    ),
    EventType.POLICY_CONCERN: (
        "政策",
        "文件",
        "实施方案",
        "管理办法",
        "规定",
        "补贴标准",
        "解读",
        "征求意见",
        "新规",
        "条例",
    ),
    EventType.LIVELIHOOD: (
        "投诉",
        "反映",
        "诉求",
        "噪音",
        "扰民",
        "停水",
        "停电",
        "拖欠",
        "物业",
        "维修",
        "路灯",
        "垃圾",
        "收费",
        "报销",
        "办理",
        "不作为",
        "没人管",
    ),
}
_KEYWORD_KIND = {word: kind for kind, words in EVENT_KEYWORDS.items() for word in words}
_KEYWORDS = Keywords(_KEYWORD_KIND)
_CONTAINED = {
    k: tuple(
        j
        for j in _KEYWORD_KIND
        if j != k
        and j in k
        # (a word of another type inside only where a disaster's words take it over: 森林火灾's 火灾, 山体塌方's 塌方;
        # not 食品安全事故's 事故, 聚集性's 聚集)
        and (_KEYWORD_KIND[j] is _KEYWORD_KIND[k] or _KEYWORD_KIND[k] is EventType.NATURAL_DISASTER)
    )
    for k in _KEYWORD_KIND
}
_WILDFIRES = frozenset(
    {"森林火灾", "山火", "森林大火", "草原火灾", "草原大火", "烧上了山", "烧上山", "山上烧起来了"}
    | {"引燃林地", "引燃周边林地", "引燃山林", "引燃周边山林", "过火林地", *_SET_ALIGHT, *_WOODS_BURNED}
)
_FIRE_WORDS = ("火灾", "起火", "着火", "失火", "火情")
"""Fire words, which tell a wildfire's course when one of :data:`_WILDFIRES` is named."""
_IN_A_FOREST = re.compile(
    r"(?:山林|林地|林区|森林|林场|山场|草原|草场|竹林|松林|树林)(?:内|里|中|间)?(?:突然)?(?:突发|发生|引发|出现|燃起)?(?:了)?"
    r"(?:一[起场处])?$"
)
"""A forest or a grassland right before a fire word (一处山林发生火灾, 林区突发火情): a wildfire."""
GEOLOGICAL_TERMS = frozenset(
    {
        "山体滑坡",
        "滑坡",
        "滑塌",
        "泥石流",
        "土石流",
        "山体塌方",
        "山体垮塌",
        "山体坍塌",
        "崩塌",
        "地质灾害",
        "山体裂缝",
        "不稳定斜坡",
    }
    # (as people post a slide: 山上滑下来好多泥巴 冲进工业园)
    | {"山上滑下来", "山上冲下来", "塌下来一片", "塌下来好大一片"}
)
"""The keywords of a geological disaster (graded by its own plan: :mod:`classifier.disaster_plans`)."""
_COLLAPSE_WORDS = ("塌方", "倒塌", "坍塌", "垮塌")
"""Collapse words, which tell what a geological disaster brought down when one of :data:`GEOLOGICAL_TERMS` is
named (山体塌方…1间民房倒塌)."""
_POISONINGS = ("食物中毒", "集体中毒", "一氧化碳中毒")
_POISONING_KIND = {
    Cause.FOOD: EventType.PUBLIC_HEALTH,
    Cause.GAS: EventType.ACCIDENT,
    Cause.UNSTATED: EventType.PUBLIC_HEALTH,
}
"""A 中毒 named without the words of :data:`_POISONINGS` (:mod:`classifier.poisoning`): eaten or of
unstated cause, a public-health event; of a gas or a chemical, an accident."""
_ORDER = {word: i for i, word in enumerate((*_KEYWORD_KIND, "中毒"))}
DISEASE_NAMES = frozenset(
    (
        *("传染病", "确诊", "感染者", "疑似病例", "新冠", "诺如病毒", "霍乱", "登革热", "甲型流感", "甲流", "流感"),
        *("鼠疫", "手足口病", "麻疹", "肺结核病例", "结核病病例", "狂犬病"),
        *COMMON_INFECTIONS,
    )
)
"""The public-health words that name a disease or a case and no outbreak: named alone, with no figure, they tell a
case, a disease's advice or its absence (诺如病毒感染后多久发病？, 1名学生确诊肺结核), not an emergency (an outbreak's
cases are read apart, :func:`classifier.outbreaks.outbreak`; not 疫情, 聚集性, 食物中毒, 不明原因疾病, 禽流感)."""
EMERGENCIES = (EventType.NATURAL_DISASTER, EventType.ACCIDENT, EventType.PUBLIC_HEALTH, EventType.SOCIAL_SECURITY)

_last: tuple[str, list[tuple[str, int, int]]] = ("", [])
_BOOMING = ("了", "起来", "一把")
"""After a place's 大火: the place became popular (他们家饭店大火了，天天排队), no fire."""


def _keywords_in(text: str) -> list[tuple[str, int, int]]:
    """The event keywords of ``text`` (``(word, start, end)``, in order), found once for the text asked
    about last: grading asks for its event type, a near miss in its lead, and at times its type again
    (without emergencies). A different text (by identity) is scanned afresh; the text and its matches
    are swapped as one pair, so concurrent callers can only miss. Callers must not change the list."""
    global _last
    memo = _last
    if memo[0] is not text:
        found = _KEYWORDS.finditer(text)
        # (the words found tell whether either applies, without another scan of the text)
        if any(word in _NAME_ENDS_IN_SHAN or word == "山上的火" for word, _, _ in found):
            found = [hill for match in found if (hill := _after_a_hill(text, *match)) is not None]
        if any(word in _SITE_FIRE_WORDS for word, _, _ in found):
            found = [(w, s, e) for w, s, e in found if w not in _SITE_FIRE_WORDS or not text.startswith(_BOOMING, e)]
        if any(word == "气爆" for word, _, _ in found):  # 天然气爆炸: the word is 爆炸, not a 气爆 before 炸
            found = [
                ("爆炸", s + 1, e + 1) if w == "气爆" and text.startswith("炸", e) else (w, s, e) for w, s, e in found
            ]
        memo = _last = (text, found)
    return memo[1]


_RUN_DOWN = re.compile(
    # (who it was between: 一辆面包车把一个骑自行车上学的初二学生撞倒了)
    r"车(?:[^，,。；;！!？?\s把]{1,4}?时?)?把(?:一个|一名|一位|个|人)?[^，,。；;！!？?把]{0,14}?"
    r"(?:撞(?:了|倒|飞|伤|死)|(?:带|刮|剐|碾|轧)(?:倒|伤|死|翻)|(?:碾|轧)了)"
    r"|车(?:和|与|跟)[^，,。；;！!？?]{1,10}?(?<![不没])撞(?:了|上了|在一起)"
    # (as a report tells it, where first: 一辆小型轿车在…交叉口附近，将一名正在步行横过道路的65岁老人撞倒后驾车逃逸)
    r"|车[^。；;！!？?]{0,30}?[，,](?:将|把)(?:一名|一位|一个)[^，,。；;！!？?把将]{0,16}?(?:撞|碾|轧)(?:倒|飞|伤|死)"
    # (or run down, told from the one it struck: 外卖小哥的电瓶车被公交车刮倒了)
    r"|被[^，,。；;！!？?\s被]{0,6}?车(?:撞|刮|带|蹭|碾|轧)(?:倒|飞|伤|死|翻)"
)
"""A vehicle that ran someone down told with 把, or two that hit each other told with 和 (货车把一个骑电瓶车的大叔
撞了, 渣土车右转把骑电瓶车的阿姨带倒了, 一辆电瓶车和拖拉机撞了)."""
_MAY_RUN_DOWN = re.compile(r"[撞刮剐碾轧蹭]|带[倒伤死翻]")
"""One of which every match of :data:`_RUN_DOWN` holds."""
_LIFT_FELL = re.compile(
    # (a time and the floor between: 电梯 今天傍晚六点左右从12楼突然往下掉)
    r"电梯[^，,。；;！!？?]{0,20}?(?P<how>突然|失控|一下子?)(?:失控)?"
    r"(?P<verb>下滑|往下掉|掉下去|往下冲|往下坠|溜了下去|掉了下去)"
)
"""A lift that fell, as reports and people tell it (电梯在上行至9楼时突然失控下滑, 电梯今天下午突然往下掉)."""
_CAME_DOWN = re.compile(
    r"(?:围墙|院墙|山墙|挡土墙|老房子|房子|房屋|老屋|土房|泥房|木板房|顶棚|雨棚|阳台)"
    r"(?:今天|昨天|前天|今早|昨晚|昨夜|今晚|凌晨|早上|上午|中午|下午|傍晚|晚上|夜里|半夜|刚才|刚刚"
    r"|[\d一二三四五六七八九十]{1,3}点(?:多|左右|半)?)+"
    r"(?P<how>突然|一下子?)?(?P<verb>倒了|倒下来|塌了|塌下来|倒塌了|垮了)"
)
"""A wall or a house come down, the time between, as people post it (围墙今天下午突然倒了, 老房子昨天夜里塌了)."""
_INTO_WATER = re.compile(
    r"(?:水塘|池塘|鱼塘|水库|水池|河|溪|江)(?:边|里|旁)?[^，,。；;！!？?]{0,8}?"
    r"(?P<verb>掉下去|掉进去|掉了下去|掉水里|掉到水里|掉进水里|滑下去|滑了下去|栽下去)"
)
"""Someone fallen into the water, as people post it (两个小孩在村口水塘边玩 掉下去了)."""
_FELL_FROM = re.compile(
    # who or what, counted (a time or what they were doing between: 一个装空调的师傅今天上午从4楼外墙掉下来了)
    # (counted by 个, someone: not 一个个 of fruit come off a tree)
    r"(?:[一两二三四五六七八九十几\d]|有)(?:名|位|块|根|片|扇"
    r"|个(?=[^，,。；;！!？?\s从个]{0,10}?(?:男的|女的|人|工|孩|伯|叔|姨|婆|爷|奶|师傅|学生|游客|老太|男子|女子|小伙|姑娘)))"
    r"[^，,。；;！!？?\s从]{0,12}?"
    r"从[^，,。；;！!？?\s从]{1,10}?(?P<verb>[掉摔跌滚坠](?:下来|下去|到|进|了下来|了下去))"
)
"""Someone or something counted fallen from a height, as people post it (一个男的从三楼楼顶掉下来了, 一个70多岁的老伯
从柿子树上摔下来了, 一个外地游客从石阶上摔到边上的山沟里了, 一块玻璃从十几楼掉下来了)."""
_FELL_VERBS = ("掉", "摔", "跌", "滚", "坠")
"""One of which every match of :data:`_FELL_FROM` holds."""
_NAME_ENDS_IN_SHAN = {"山火": re.compile(r"灾(?!害)|情"), "山洪": re.compile(r"[水涝灾](?!位)")}
"""What follows a hill fire's or a flash flood's word when the 山 ends a place's name (江山火灾, 佛山火情,
中山洪水; not 山火灾害): the word is 火灾, 火情, 洪水 … (read with its 山, each had been a wildfire or a flash
flood)."""


_NO_FIRE_AFTER = re.compile(r"[车锅柴箭腿炬龙]")
"""What follows a 山火 whose 火 begins another word after a place's name (江山火车站, 佛山火锅), or a hill's
(山上的火锅店, 山上的火龙果): no fire at all."""


def _after_a_hill(text: str, word: str, start: int, end: int) -> tuple[str, int, int] | None:
    """``(word, start, end)``, or the fire's or the flood's own word when the 山 of ``word`` ends a place's name,
    or ``None`` when the 火 begins another word there (江山火车站)."""
    if (word == "山火" or word == "山上的火") and _NO_FIRE_AFTER.match(text, end):
        return None
    after = _NAME_ENDS_IN_SHAN.get(word)
    if after is None or after.match(text, end) is None:
        return word, start, end
    return text[start + 1 : end + 1], start + 1, end + 1


def event_type_of(text: str, *, emergencies: bool = True) -> tuple[EventType, tuple[str, ...]]:
    """The event type whose keywords ``text`` names, emergencies first; with the matched keywords.
    Without ``emergencies``, the type of a concern or of daily life that it names, if any."""
    found = set()
    matched = _keywords_in(text)
    for word, start, end in matched:
        if word in found:
            continue
        # an emergency word of a risk, a habit, a campaign or a denial reports no incident
        if _KEYWORD_KIND[word] in EMERGENCIES and not reports_incident_at(text, start, end):
            continue
        found.add(word)
    kind_of = _KEYWORD_KIND
    if "毒" in text and "中毒" in text:  # (a character first: a faster scan, and most texts hold none)
        poisoned = poisoning(text) if not found.intersection(_POISONINGS) else None
    else:  # 误食毒蘑菇，2人死亡: a poisoning, 中毒 unsaid (none of _POISONINGS can be named)
        poisoned = eaten_poison(text)
    # (a concern's or daily life's words beside it, 物业太不负责了, leave an incident told without a keyword one)
    unnamed = poisoned is None and (not found or not any(kind_of[word] in EMERGENCIES for word in found))
    if poisoned is not None:  # 食用未炒熟的扁豆致中毒, 工厂发生气体中毒, 多名学生出现中毒症状
        # (中毒 unsaid: the poison eaten is the word, 一家三口误食毒蘑菇 2人死亡)
        word = poisoned.sign if poisoned.sign and "中毒" not in text else "中毒"
        found.add(word)
        kind_of = {**_KEYWORD_KIND, word: _POISONING_KIND[poisoned.cause]}
    elif unnamed and (ill := ill_after_eating(text)) is not None:
        # 学生食用午餐后出现呕吐腹泻症状，先后有87名学生就医: a suspected food poisoning (a concern's words beside
        # it too: 反映学校食堂问题：…一百多个学生下午陆续肚子痛、呕吐)
        return EventType.PUBLIC_HEALTH, (ill.symptom,)
    run_down = _RUN_DOWN.search(text) if unnamed and "车" in text and _MAY_RUN_DOWN.search(text) else None
    if run_down is not None and reports_incident_at(text, run_down.start(), run_down.end()):
        # 一辆拉沙子的大货车把一个骑电瓶车的大叔撞了: a vehicle ran someone down, as people tell it
        return EventType.ACCIDENT, (run_down.group(),)
    fell = _LIFT_FELL.search(text) if unnamed and "电梯" in text else None
    if fell is not None and reports_incident_at(text, fell.start("verb"), fell.end("verb")):
        # 电梯在上行至9楼时突然失控下滑, 电梯今天下午突然往下掉 从11楼一下冲到负一楼: a lift that fell
        # (the words from how it fell: a time between, 电梯今天下午突然往下掉, is the facts' when, not what)
        return EventType.ACCIDENT, (text[fell.start("how") : fell.end()],)
    down = _CAME_DOWN.search(text) if unnamed and ("倒" in text or "塌" in text or "垮" in text) else None
    if down is not None and reports_incident_at(text, down.start("verb"), down.end("verb")):
        # 围墙今天下午突然倒了: a wall come down (the time between is the facts' when, not what)
        return EventType.ACCIDENT, (text[down.start("how") if down.group("how") else down.start("verb") : down.end()],)
    into = _INTO_WATER.search(text) if unnamed and ("掉" in text or "滑" in text or "栽" in text) else None
    if into is not None and reports_incident_at(text, into.start("verb"), into.end("verb")):
        return EventType.ACCIDENT, (into.group("verb"),)  # 两个小孩在村口水塘边玩 掉下去了: fallen into the water
    # (characters first: most texts hold none)
    falls = unnamed and "从" in text and any(verb in text for verb in _FELL_VERBS)
    fell = _FELL_FROM.search(text) if falls else None
    if fell is not None and reports_incident_at(text, fell.start("verb"), fell.end("verb")):
        return EventType.ACCIDENT, (fell.group("verb"),)  # 一个男的从三楼楼顶掉下来了: a fall from a height
    if not found:
        return EventType.OTHER, ()
    # overlapping keywords (山体滑坡 / 滑坡) are each counted once they occur anywhere
    found |= {inner for outer in tuple(found) for inner in _CONTAINED.get(outer, ())}
    if not _WILDFIRES.isdisjoint(found) or (
        ("林" in text or "草" in text) and not found.isdisjoint(_FIRE_WORDS) and _in_a_forest(text, found, matched)
    ):
        # a forest or grassland fire is a 自然灾害 (总体应急预案 1.3: 森林草原火灾), and so are the fire
        # words that tell it (塘源口乡发生森林火灾。火情发生后…明火被扑灭)
        kind_of = {**kind_of, **dict.fromkeys(_FIRE_WORDS, EventType.NATURAL_DISASTER)}
    if not GEOLOGICAL_TERMS.isdisjoint(found):
        # a landslide's or a hillside's collapse is a 自然灾害 (地质灾害), and so are the houses and
        # roads it brought down (山体塌方，造成…1间民房倒塌)
        kind_of = {**kind_of, **dict.fromkeys(_COLLAPSE_WORDS, EventType.NATURAL_DISASTER)}
    by_kind: dict[EventType, list[str]] = {}
    for word in sorted(found, key=lambda word: _ORDER.get(word, len(_ORDER))):
        by_kind.setdefault(kind_of[word], []).append(word)
    hits = {kind: tuple(words) for kind, words in by_kind.items()}
    named = [(len(hits[k]), -i, k) for i, k in enumerate(EMERGENCIES) if k in hits] if emergencies else []
    if named:
        kind = max(named)[2]
        return kind, hits[kind]
    for kind in (EventType.POLICY_CONCERN, EventType.LIVELIHOOD):
        if kind in hits:
            return kind, hits[kind]
    return EventType.OTHER, ()


def _in_a_forest(text: str, found: set[str], matched: Sequence[tuple[str, int, int]]) -> bool:
    """Whether a fire word of ``found`` stands right after a forest's or a grassland's name in ``text``
    (:data:`_IN_A_FOREST`); ``matched``, the keywords found in ``text`` with where."""
    return any(
        word in found and _IN_A_FOREST.search(text, max(0, start - 8), start) is not None
        for word, start, _ in matched
        if word in _FIRE_WORDS
    )


NEAR_MISS_LEAD = 120
"""How far into a text a near miss is its subject (a complaint's remark that a car 差点发生事故
deep in its body is not)."""


def near_miss(text: str) -> str | None:
    """The clause of an emergency that was about to happen and did not (险遇恐怖袭击, 成功阻止了一起
    爆炸, 爆炸未遂: :func:`classifier.occurrence.context_of`) in the lead of ``text``, or ``None``."""
    for word, start, end in _lead_keywords(text):
        if _KEYWORD_KIND[word] not in EMERGENCIES:
            continue
        context = context_at(text, start, end)
        foiled = _FOILED.match(text, end) if context == "risk" else None
        if context == "averted" or foiled is not None:
            quote = _CLAUSE.split(text[:start])[-1][-16:] + _CLAUSE.split(text[start:])[0][:16]
            return f"{quote}……{foiled.group('how')}" if foiled is not None else quote
    return None


def _lead_keywords(text: str) -> list[tuple[str, int, int]]:
    """The event keywords of ``text[:NEAR_MISS_LEAD]``: those of the whole text (:func:`_keywords_in`,
    found already) that start in the lead. They end in it too unless the last runs past its end (the
    lead alone could then hold a shorter word there, or one after it), which is the one case the lead
    is scanned by itself."""
    found = _keywords_in(text)
    lead = found[: bisect_left(found, NEAR_MISS_LEAD, key=itemgetter(1))]
    if lead and lead[-1][2] > NEAR_MISS_LEAD:
        return _KEYWORDS.finditer(text[:NEAR_MISS_LEAD])
    return lead


_CLAUSE = re.compile(r"[，,。；;！!？?\n\s]")
_FOILED = re.compile(
    r"[^。！？!?；;\n]{0,12}?(?P<how>(?:被|遭)[^。！？!?；;\n，,]{0,8}?(?:挫败|阻止|粉碎|制止|抓获|控制|识破))"
)
"""A plot stopped in the next words (企图制造爆炸，被特警提前控制): a near miss too."""

"""Forms a twelfth round of batteries written from the README alone (e-bike fires, fog pile-ups, scenic spots and rides,
boats and fishermen, fireworks, ice storms) found graded wrong."""

from __future__ import annotations

from tests.classifier.grades import E, G, L, assert_graded, table_tests

UNGRADED = [
    # a share of a kind of incident, a statistic (had been 一般 from 火灾)
    "数据显示，电动自行车火灾约八成发生在充电过程中，近半数发生在夜间22时至次日6时。",
    # how often people get hurt somewhere, a complaint of a hazard
    "景区滑道速度太快，经常有人摔伤，希望有关部门管一管。",
    "那时沥青温度高达200多度，人工浇筑时有烫伤发生，至今没有工伤待遇。",
    # a part of the year's toll across the country; a whole province's holiday
    "国家减灾委发布数据：今年前三季度，全国低温冷冻和雪灾共造成直接经济损失38.6亿元。",
    "春节期间，全省因燃放烟花爆竹死亡5人、受伤160余人，省应急管理厅提醒群众安全燃放。",
    # a disaster remembered, as people recall it
    "记得那年雪灾，我们村好几个大棚都被压塌了，损失惨重",
    "记得小时候发大水，村里淹死了好几个人",
    # a grade named for what may happen (当发生…后)
    "若不及时整改，当发生重大人身触电事故后，打起官司来，单位要承担全部责任。",
]
"""Texts that report no incident of now."""

GRADED = [
    # a family poisoned of whom only one survived, who they were told between (had been the 5 poisoned: 一般)
    ("一家五口误食毒蘑菇中毒，仅一名10岁男孩幸存。", L),
    ("某村一家五口疑似一氧化碳中毒，经全力抢救，仅1名女童幸存。", L),
    ("渔船上共有8名船员，仅1名船员获救。", L),
    # those aboard and the few saved, as people post them by 个 (had been none)
    ("求转发 我们那边的渡船今早翻了 船上四十几个都是去赶集的 目前只救上来六个 其他人还在捞", E),
    # a road's code between those aboard and the few who survived (had been the rest's one missing: 一般)
    ("一辆载有53名乘客的长途客车在G318国道某路段冲破护栏坠入江中，截至目前仅11人获救生还，其余人员下落不明。", E),
    # a toll revised by the body that checked it (had been the first toll: 较大)
    ("起初通报称事故造成3人死亡，后经公安机关核实为2人。", G),
    ("塌方事故此前通报4人遇难，经县应急管理局逐一核实为1人。", G),
    # a rumour asked, answered by a committee (管委会, 村委会) with what is known (had been the rumour's 4 dead read)
    ("网传“4名驴友全部遇难”？景区管委会：已找到2名驴友，另2人仍在全力搜寻中。", G),
    # a count of incidents of yesterday, its hurt (had been a tally: none)
    ("昨日下午冻雨导致衢州城区多条道路结冰，共发生交通事故17起，23人受伤送医，暂无人员死亡。", G),
    # counted, then not found yet, 都还 between (had been no one)
    ("漂流那边船翻了，三个人到现在都还没找到", L),
    # one's own kin gone missing, how long told, a thing found but not them (had been none)
    ("我老公昨天下午一个人开小船去对面收网 到现在失联快20个小时了 船在下游找到了 人还没找到 求扩散 求平安", G),
    ("我老公昨天下午开小船去收网，至今失联", G),
    # fingers blown off, feet frostbitten, as posted (had been none)
    ("礼花弹在手中炸开 一男子三根手指被炸断", G),
    ("大棚被雪压塌 74岁菜农被困棚内一夜 获救时双脚冻伤", G),
    # the missing found, their bodies counted (had been 2 dead and 2 missing)
    ("2名护林员遭遇暴雪失联，今日上午搜救人员找到2人遗体。", G),
    # groups of a toll with who they were doing, or a vehicle's, inside (had been the first group's 2)
    ("结冰路段一辆货车失控冲向路边公交站台，造成候车行人2人死亡、货车驾驶员1人死亡。", L),
    ("事故造成2名行人死亡、1名货车驾驶员死亡。", L),
    # a family rescued then dead, taken to hospital at once (had been one)
    (
        "凌晨2时许，某小区6楼一住户客厅内充电的电动自行车电池起火，屋内一家三口被浓烟困在卧室，消防员破门救出后立即送医，"
        "终因吸入大量烟气抢救无效死亡。",
        L,
    ),
    # those who lived there, then the few counted who did not get out (had been the ten and more: 重大)
    ("群租房一楼电瓶车半夜着火，楼上住了十几个人，有四个没跑出来，人都没了", L),
    # a notice's stated grade after the incident's date code (had been 一般)
    ("关于象山县“5·20”一起较大渔业船舶水上安全事故的情况通报", L),
    # a fire told by what fireworks lit, no one hurt (had been none)
    ("村里有人放烟花把柴草堆点着了，烧掉了两间老房子，好在没人受伤", G),
]
"""Texts and the grade their incident takes."""


test_no_incident_of_now_no_grade, test_graded_as_told = table_tests(UNGRADED, GRADED)


def test_the_missing_found_counted_as_bodies_are_the_dead() -> None:
    assert_graded("2名护林员遭遇暴雪失联，今日上午搜救人员找到2人遗体。", G, deaths=2, missing=0)

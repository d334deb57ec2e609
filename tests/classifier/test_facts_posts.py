"""The 简要信息 facts of incidents as people post them: spaces for commas, colloquial verbs and the units they
name (消防 应急 环保都去了, 人社局和派出所的人都来了, 乡里干部带人连夜挖)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from classifier.engine import Classifier
from models.facts import Fact, FactKind
from models.messages import RawItem

POSTED = datetime(2026, 7, 1, 15, 30, tzinfo=UTC)  # 23:30 in Asia/Shanghai


@pytest.fixture(scope="module")
def example_engine() -> Classifier:
    """The classifier of the example jurisdiction (江山市)."""
    from classifier.engine import load_classifier
    from yuqing.settings import EXAMPLE_JURISDICTION

    return load_classifier(EXAMPLE_JURISDICTION)


def _facts(engine: Classifier, make_raw_item: Callable[..., RawItem], text: str) -> tuple[Fact, ...]:
    (result,) = engine.classify([make_raw_item(title="", text=text, published_at=POSTED)])
    return result.facts


def _values(facts: tuple[Fact, ...], kind: FactKind) -> list[str]:
    return [f.value for f in facts if f.kind is kind]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a space between those listed, the list's verb after its last
        (
            "#江山# 城东化工厂那边爆炸了 消防 应急 环保都去了",
            ["市消防救援大队", "市应急管理局", "衢州市生态环境局江山分局"],
        ),
        ("峡口水库有人下去游泳没上来 消防 峡口派出所的民警还有蓝天救援队都在水里找", ["市消防救援大队", "市公安局"]),
        # bureaus by their everyday names, and what they did as people say it
        ("工地门口今天聚了三十几个工人讨薪 人社局和派出所的人都来了在协调", ["市人力资源和社会保障局", "市公安局"]),
        ("城北一家早餐店煤气罐炸了，应急局的人也在现场", ["市应急管理局"]),
        ("菜市场里一个男的拿刀砍人，民警很快就把他按住了，救护车把伤者拉走了", ["市公安局", "市卫生健康局"]),
        ("一辆电瓶车和小车撞了，交警和120都到了", ["市公安局", "市卫生健康局"]),
        ("小区有户人家着火了，消防车已经到了", ["市消防救援大队"]),
        ("江山港清湖段发现大片死鱼，环保局的人上午来取了水样", ["衢州市生态环境局江山分局"]),
        # a township's cadres as people name them, the township the post places it in
        ("大陈乡大陈村后山塌了，乡里干部带人连夜挖", ["大陈乡"]),
        ("凤林镇南坞村有个小孩被水冲走了，镇里和派出所都去了", ["凤林镇", "市公安局"]),
    ],
)
def test_units_responding_as_people_post_them(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    assert sorted(_values(_facts(example_engine, make_raw_item, text), FactKind.UNIT)) == sorted(units)


@pytest.mark.parametrize(
    "text",
    [
        # a place that fell down told with 来了 (掉下来了), a thing found (找到了): no unit responding
        "新塘边镇一个工地的升降机从5楼掉下来了",
        "贺村镇一辆货车侧翻，司机找到了",
    ],
)
def test_a_township_before_a_verb_of_falling_or_finding_is_no_responder(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str
) -> None:
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.UNIT) == []


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        # the place, a space, then those involved and the verb as people post it
        ("刚刚在46省道坛石镇段红绿灯路口 一辆泥头车和电瓶车撞了😱", "46省道坛石镇段红绿灯路口", "泥头车和电瓶车撞了"),
        ("双塔街道城北路上一家面馆的液化气罐炸了", "双塔街道城北路上一家面馆", "液化气罐炸了"),
        ("碗窑水库今天下午有条钓鱼的小船翻了", "碗窑水库", "钓鱼的小船翻了"),
        ("清湖农贸市场门口的招牌被刮下来了", "清湖农贸市场门口", "招牌被刮下来"),
        ("新塘边镇一个工地的施工升降机今天上午从5楼掉下来了", "新塘边镇一个工地", "施工升降机掉下来"),
        # a time inside the place, the object marker after it, which way a road runs
        ("西山路今天早上路面突然塌了个大坑", "西山路", "塌了个大坑"),
        ("中山路上施工把燃气管道挖断了", "中山路上", "燃气管道挖断了"),
        ("G60沪昆高速江山段 往杭州方向 今天下午一辆大货车侧翻了", "G60沪昆高速江山段往杭州方向", "大货车侧翻"),
        # a spoken 那条 inside a place
        ("坛石镇往大桥方向的那条村道上 一辆小车冲到田里翻了个底朝天", "坛石镇往大桥方向的村道上", "小车冲到田里"),
    ],
)
def test_site_and_what_as_people_post_them(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str, what: str
) -> None:
    facts = _facts(example_engine, make_raw_item, text)
    assert _values(facts, FactKind.WHERE)[:1] == [where], facts
    assert _values(facts, FactKind.WHAT)[0].startswith(what), facts


def test_a_headline_run_in_by_a_space_keeps_its_bodys_time(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "杭新景高速江山段一货车发生侧翻 今天上午10时20分许，一辆货车行驶至江山段时，车辆失控撞向护栏。"
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHEN) == ["7月1日上午10时20分许"]


def test_a_number_before_a_space_is_no_clause_of_its_own(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """3 月上旬 is one date: a space after a number is no post's comma."""
    text = "据报道，3 月上旬城东一处商住楼发生燃气爆炸，共造成 2 人死亡。"
    facts = _facts(example_engine, make_raw_item, text)
    assert _values(facts, FactKind.WHERE)[:1] == ["3 月上旬城东一处商住楼"], facts


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the day's time told in the next sentence's opening
        (
            "昨天下午，凤林镇境内江山港河段发生一起溺水事故。6月30日下午3点左右，3名学生结伴到凤林镇附近的江山港游泳。",
            "6月30日下午3点左右",
        ),
        # a period's start, then the event's own time
        (
            "6月28日以来，我市出现持续性强降雨。今天上午10时许，张村乡一处山体突然滑坡，冲毁一间民房。",
            "7月1日上午10时许",
        ),
        # a rough hour, then a police report's minute
        (
            "昨晚9点左右，长台镇发生一起两车相撞的交通事故。据江山交警通报：6月30日20时52分许，一辆摩托车与一辆轿车发生碰撞。",
            "6月30日20时52分许",
        ),
    ],
)
def test_a_finer_time_told_after_the_first(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, when: str
) -> None:
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHEN) == [when]


def test_an_event_told_by_its_sign_is_named_by_its_word(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    """浓烟滚滚 or 传出巨响 tell where it happened; what happened is the event's word the report names."""
    text = "今天凌晨，虎山街道鹿溪南路一幢居民楼内浓烟滚滚。经查，起火部位为二楼一户居民家的厨房。"
    facts = _facts(example_engine, make_raw_item, text)
    assert _values(facts, FactKind.WHERE)[:1] == ["虎山街道鹿溪南路一幢居民楼内"], facts
    assert "浓烟" not in _values(facts, FactKind.WHAT)[0] and "部位" not in _values(facts, FactKind.WHAT)[0], facts


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("化工厂发生爆炸，市应急管理局及开发区管委会第一时间赶赴现场开展救援。", "江山经济开发区管委会"),
        ("一名工人从脚手架坠落，急救医生赶到时已无生命体征。", "市卫生健康局"),
        ("某小学发生食物中毒，市教育局派员到校指导。", "市教育局"),
        ("燃气管道泄漏，江山交警对周边道路实施临时交通管制。", "市公安局"),
    ],
)
def test_units_as_reports_tell_them(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, unit: str
) -> None:
    assert unit in _values(_facts(example_engine, make_raw_item, text), FactKind.UNIT)


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        # where and what an alarm told
        (
            "7月1日14时许，江山市公安局接群众报警称，双塔街道鹿溪南路一面馆门前有男子持刀伤人。民警迅速到场将其控制。",
            "双塔街道鹿溪南路一面馆门前",
            "男子持刀伤人",
        ),
        (
            "6月30日23时许，双塔派出所接110报警称，双塔街道文溪路某烧烤店门口有多人打架。经查，5人因琐事发生口角，继而相互推搡殴打。",
            "双塔街道文溪路某烧烤店门口",
            "多人打架",
        ),
    ],
)
def test_where_and_what_an_alarm_told(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str, what: str
) -> None:
    facts = _facts(example_engine, make_raw_item, text)
    assert (_values(facts, FactKind.WHERE)[:1], _values(facts, FactKind.WHAT)) == ([where], [what]), facts


def test_a_clock_of_the_afternoon_told_in_24_hours_keeps_no_part_of_the_day(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "经查，6月30日当晚22时50分许，王某等5人在一家烧烤店饮酒时发生口角，继而相互殴打。"
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHEN) == ["6月30日22时50分许"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # the place a post tells before its time, with the event's word later in the clause
        ("城南某中学今天中午两个初二男生在宿舍打架，一个被圆规戳到眼睛", "城南某中学"),
        ("清湖老街那边一家汽修店今天上午十点多补胎的时候轮胎爆了 #江山 #汽修店", "清湖老街一家汽修店"),
    ],
)
def test_a_posts_place_before_its_time(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str
) -> None:
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHERE)[:1] == [where]


def test_who_did_it_before_a_time_is_no_place(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    facts = _facts(example_engine, make_raw_item, "副镇长深夜从女性朋友家跳楼身亡")
    assert "副镇长" not in _values(facts, FactKind.WHERE)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # just now: the day it was posted
        ("刚刚在46省道坛石镇段 一辆渣土车和电瓶车撞了", "7月1日"),
        # the middle of the night told after the evening
        ("大陈乡那边昨晚半夜下大暴雨 后山塌下来了", "6月30日半夜"),
        # the time told as when the matter was, at the end of a post or finer than its part of the day
        ("虎山街道一户人家着火了 消防车已经到了 今天下午两点多的事", "7月1日下午两点多"),
        ("碗窑水库今天下午有条小船翻了 听说是中午一点多出的事", "7月1日中午一点多"),
    ],
)
def test_times_as_people_post_them(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, when: str
) -> None:
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHEN) == [when]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # what responders did as people tell it
        ("老房子着火了 消防车开不进巷子 消防员只能拉好长的水带进去", ["市消防救援大队"]),
        ("清理沼气池时儿子晕在里面了，消防来把两个人拉上来，120也到了", ["市消防救援大队", "市卫生健康局"]),
        ("工厂有个工人手被压机压伤了，下午应急局的人来查了", ["市应急管理局"]),
        ("轮胎爆了 一个师傅被炸飞好几米 120送去人民医院了 派出所的也来了", ["市卫生健康局", "市公安局"]),
        ("一辆小轿车和罐车撞了，消防用工具剪开车门才救出来，交警在拍照测量", ["市消防救援大队", "市公安局"]),
        # a volunteers' team in a list of those searching
        ("水库里有人掉水里了 消防 蓝天救援队 还有派出所的民警都在找", ["市消防救援大队", "市公安局"]),
    ],
)
def test_more_units_as_people_post_them(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    assert sorted(_values(_facts(example_engine, make_raw_item, text), FactKind.UNIT)) == sorted(units)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("一辆白色小车冲进江山港了 消防救援的人下水捞了好久 捞上来已经不行了", ["市消防救援大队"]),
        ("鹿溪路上一棵大樟树被连根刮倒 砸在一辆小车上 城管的人傍晚过来把树锯开拖走了", ["市综合行政执法局"]),
        # a body and a department joined inside one item of a list
        (
            "城北某在建厂房工地发生脚手架坍塌事故，市消防救援大队、双塔街道及公安、卫健等部门迅速赶赴现场救援。",
            ["市消防救援大队", "双塔街道", "市公安局", "市卫生健康局"],
        ),
    ],
)
def test_units_the_fresh_battery_named(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    assert sorted(_values(_facts(example_engine, make_raw_item, text), FactKind.UNIT)) == sorted(units)


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        ("今天早上六点左右 张村乡秀峰村后山滑坡了 泥石把山脚一户人家的房子冲塌了一半", "张村乡秀峰村后山", "滑坡"),
        ("今天下午那阵雷雨大风太吓人了 鹿溪路上一棵大樟树被连根刮倒 直接砸在一辆路过的小车上", "鹿溪路上", "刮倒"),
        ("今早七点多 一辆白色小车在双塔街道江滨路冲进江山港了 车子整个沉下去了", "双塔街道江滨路", "小车冲进江山港"),
    ],
)
def test_the_site_before_a_posts_verb_of_sliding_falling_or_plunging(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str, what: str
) -> None:
    facts = _facts(example_engine, make_raw_item, text)
    assert _values(facts, FactKind.WHERE)[0] == where
    assert what in _values(facts, FactKind.WHAT)[0]


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("三楼一户人家厨房起的火 消防车已经到了 有个老奶奶被烟呛晕了 120拉去医院了", "至少1人"),
        ("大货车追尾一辆小轿车 车里两个人都没了 还有一个被救出来 满脸是血", "1人"),
        ("两桌人喝多了打起来了 一个小伙子被啤酒瓶砸到头 还有一个手被划了个大口子 120拉走两个", "2人"),
        ("一个三四岁的小男孩从六楼阳台摔下去了 砸在一楼的雨棚上 还有呼吸 拉去衢州抢救了", "至少1人"),
    ],
)
def test_the_injured_as_people_post_them(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, injured: str
) -> None:
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.INJURED) == [injured]


def test_one_seriously_hurt_who_died_later_adds_a_death(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "6月30日11时25分许，上余镇一家火锅店后厨液化气钢瓶发生爆燃，造成店内1人死亡、5人受伤，其中2人重伤。"
        "7月1日凌晨，1名重伤人员经抢救无效死亡。"
    )
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.DEATHS) == ["2人"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a post's site as a clause of its own before the event's
        (
            "#江山# 昨晚十一点左右 双塔街道中山路一家烧烤摊 两桌人喝多了打起来了 啤酒瓶满天飞",
            "双塔街道中山路一家烧烤摊",
        ),
        (
            "今天下午三点多 贺村镇205国道加油站对面 一辆大货车右转的时候把一个骑电瓶车的阿姨卷到车底了",
            "贺村镇205国道加油站对面",
        ),
        ("大陈乡大陈村后山 今天凌晨四点多塌下来一大片 泥巴石头冲进了一户人家的后墙", "大陈乡大陈村后山"),
        ("峡口镇峡口水库边上的盘山公路 一辆拖拉机翻到坎下面去了 开车的大伯被压在底下", "峡口镇峡口水库边上的盘山公路"),
        # what someone was doing is no place: the clause before is
        (
            "今天上午9时10分许，江山经济开发区一家门业公司喷涂车间内，一名43岁的员工在检修电气线路时不慎触电倒地。",
            "江山经济开发区一家门业公司喷涂车间内",
        ),
    ],
)
def test_a_site_told_as_its_own_clause(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str
) -> None:
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHERE)[0] == where


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "西山镇某小区的消防设施瘫痪了，小区内与附近小区就已经发生了3起火灾，物业一直不管。",
            "西山镇某小区的消防设施瘫痪了",
        ),
        ("2023年11月28日下午13时20分左右，由于户外零线断路，电压升高引起火灾，烧毁西山镇一民房。", "由于户外零线断路"),
    ],
)
def test_a_complaints_or_a_causes_clause_is_no_site(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, clause: str
) -> None:
    assert clause not in _values(_facts(example_engine, make_raw_item, text), FactKind.WHERE)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "凤林镇南坞村边上的江山港 三个小孩下去游泳 一个没上来 派出所的 消防 还有镇里的都在河里捞",
            ["市公安局", "市消防救援大队", "凤林镇"],
        ),
        ("四都镇一户人家半夜着火了 消防来的时候房子都塌了一半 派出所的还在现场调查", ["市消防救援大队", "市公安局"]),
        (
            "有个工人从三楼脚手架上摔下来了 120来的时候人已经没意识了 安监的人下午也过去了",
            ["市卫生健康局", "市应急管理局"],
        ),
        (
            "虎山街道鹿溪花苑7幢的电梯又坏了 4个人在里面困了两个半小时 下午市场监管局的人来贴了封条",
            ["市市场监督管理局"],
        ),
    ],
)
def test_units_a_second_facts_battery_named(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    assert sorted(_values(_facts(example_engine, make_raw_item, text), FactKind.UNIT)) == sorted(units)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("两桌喝酒的打起来了 有一个小伙子头被砸破了 还有一个被人用刀划了手 受伤的两个被救护车拉走了", "2人"),
        ("一个礼花弹直接在地上炸了 帮忙点火的大伯手被炸伤 旁边一个小孩脸上也被划了道口子 两个人都送医院了", "2人"),
        ("面馆后厨的液化气罐炸了 面馆的小工和老板娘都受伤了 满脸是血 120来把两个人都拉走了", "2人"),
    ],
)
def test_the_hurt_counted_as_people_post_them(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, injured: str
) -> None:
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.INJURED) == [injured]


def test_a_route_before_a_bus_and_how_the_other_came_are_no_part_of_what(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "7月1日上午7时35分许，一辆江山开往峡口的城乡公交车行驶至峡口镇广渡村路段时，"
        "与一辆迎面驶来的小型普通货车发生碰撞。"
    )
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHAT) == ["城乡公交车与小型普通货车碰撞"]


def test_a_voice_message_with_no_stops_tells_what_by_its_verb_not_the_rest(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "昨天晚上九点多鹿溪南路那边施工把燃气管道挖断了一股臭鸡蛋味整条街的人都跑出来了消防来了把路都封了"
    facts = _facts(example_engine, make_raw_item, text)
    assert (_values(facts, FactKind.WHAT), _values(facts, FactKind.WHERE)[:1]) == (["燃气管道挖断了"], ["鹿溪南路"])


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("三楼一户人家厨房起的火 有个老奶奶被烟呛晕了 120拉去医院了", ["市卫生健康局"]),
        ("小男孩从六楼阳台摔下去了 还有呼吸 120很快就到了 拉去衢州抢救了", ["市卫生健康局"]),
        (
            "后山塌下来一大片 乡里干部天没亮就带人过来清理了 住建局和资规局的也来看了",
            ["市住房和城乡建设局", "市自然资源和规划局"],
        ),
        ("一个炸雷打下来 一个当场就没了呼吸 另一个被120送到医院 现在还在抢救", ["市卫生健康局"]),
        ("面馆后厨的液化气罐炸了 120来把两个人都拉走了", ["市卫生健康局"]),
        ("大货车追尾一辆小轿车 有一个卡在里面消防正在切割车门", ["市消防救援大队"]),
        ("同学下台阶踩空摔了下去 小腿骨折动不了 最后是消防叔叔一起用担架把她抬下山的", ["市消防救援大队"]),
        (
            "施工现场发生边坡塌方，2名作业人员被埋。市交通运输局、市应急管理局工作人员已到现场。",
            ["市交通运输局", "市应急管理局"],
        ),
    ],
)
def test_units_a_third_facts_battery_named(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    assert sorted(_values(_facts(example_engine, make_raw_item, text), FactKind.UNIT)) == sorted(units)


def test_the_time_someone_was_found_gone_is_not_when_it_happened(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "碗窑水库库尾那边又淹死人了 昨天下午5点40左右，两个外地小伙子去那儿游泳，其中一个游到中间就沉下去了。"
        "消防、碗窑派出所还有乡里的干部都来了，找了两个多小时，晚上8点多才捞上来，人已经没了。"
    )
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHEN) == ["6月30日下午5点40左右"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a lift that fell: the building the site, the lift no part of it
        (
            "12月1日晚9时许，双塔街道城北某小区7幢1单元一部电梯在上行至9楼时突然失控下滑，停于2楼与3楼之间。",
            "双塔街道城北某小区7幢1单元",
        ),
        ("双塔街道城南安置小区12幢的电梯今天下午突然往下掉 从11楼一下冲到负一楼", "双塔街道城南安置小区12幢"),
        # a fight told as posted (干起来了) after its site's own clause
        ("昨晚半夜12点多 虎山街道西山路那家烧烤摊 两桌人喝多了干起来了 啤酒瓶乱飞", "虎山街道西山路烧烤摊"),
        # a post's mark before its site
        ("⚠️碗窑乡到保安乡的山路上 今天凌晨塌方了 一大片泥巴石头把路堵死了", "碗窑乡到保安乡的山路上"),
        # a boat told by its measure is no part of the site
        ("碗窑水库一小船侧翻 一死一失联", "碗窑水库"),
    ],
)
def test_a_fourth_facts_batterys_sites(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str
) -> None:
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHERE)[0] == where


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a bureau that took a complaint, then acted
        (
            "12月4日上午9时许，衢州市生态环境局江山分局接到群众反映，江山港四都镇前山村段河面出现大量死鱼。"
            "分局立即派员赶赴现场沿河排查。",
            ["衢州市生态环境局江山分局"],
        ),
        # a bureau's everyday name, its staff come early or the day before (一早就到了, 昨天来采了样)
        ("盘山公路昨晚半夜塌方了 把路全堵死了 交通局的人一早就到了 挖机正在清", ["市交通运输局"]),
        ("敬老院已经有九个老人发烧咳嗽住进医院了 医生也说不清是啥病 疾控的人昨天来采了样", ["市卫生健康局"]),
        # cadres and a bureau's staff clearing a road, health staff come to a village, a fire engine as posted
        ("碗窑乡到保安乡的山路上 今天凌晨塌方了 一大片泥巴石头把路堵死了 交通局的人在清理", ["市交通运输局"]),
        ("洪福村陆续有老人发烧咳嗽 已经八九个住院了 医生也说不清是啥病 卫健局的人昨天来村里抽血了", ["市卫生健康局"]),
        # the ambulance called, then what it did
        ("一家三口烧炭盆取暖 早上起来都晕了 应该是一氧化碳中毒 邻居发现打了120 拉到医院去了", ["市卫生健康局"]),
        # the ambulance called with 叫了, or waiting; a bureau's staff told after the hour they came; those who
        # searched the water (捞了); a police station by whom someone was held
        ("前天傍晚 一个大伯开拖拉机翻到坎下面去了 人被压在车底下 村里人叫了120 送到医院还是没救过来", ["市卫生健康局"]),
        (
            "今天下午江郎山上有个游客下山的时候踩空 腿摔断了走不了 消防一起用担架抬下山的 120在山脚等着直接拉走了",
            ["市消防救援大队", "市卫生健康局"],
        ),
        (
            "江山港清湖段今天早上漂了一层死鱼 怀疑是上游哪个厂偷排了 下午环保局的人来取了水样",
            ["衢州市生态环境局江山分局"],
        ),
        (
            "两个初中生在河边玩水 结果两个都没上来 村里人和消防、派出所的人捞了好几个钟头 天黑才捞上来",
            ["市消防救援大队", "市公安局"],
        ),
        # a bureau's staff with the hour they came (晚上七点多过来)
        (
            "四都镇那个化工厂今天傍晚又在偷排了 溪里漂了不少死鱼 环保局的人晚上七点多过来取了水样",
            ["衢州市生态环境局江山分局"],
        ),
        # police who came to keep a crowd moving (来疏导)
        (
            "廿八都古镇今天人也太多了 下午在老街那个石拱桥上被挤倒了一排人 有个阿姨腿骨折了 派出所的民警来疏导了",
            ["市公安局"],
        ),
        # a voice message with no stops
        (
            "昨天晚上九点多鹿溪南路那边施工把燃气管道挖断了一股臭鸡蛋味整条街的人都跑出来了消防来了把路都封了",
            ["市消防救援大队"],
        ),
    ],
)
def test_units_a_fourth_facts_battery_named(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    assert sorted(_values(_facts(example_engine, make_raw_item, text), FactKind.UNIT)) == sorted(units)


def test_a_fire_set_off_tells_when_and_where_not_the_hour_it_was_put_out(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "本报讯 昨天下午2点多，大桥镇新岭村后山一村民在祭扫时燃放鞭炮，引燃周边林地，火借风势迅速向山顶蔓延。"
        "市消防救援大队、大桥镇组织扑火力量上山扑救，经过近4个小时奋战，明火于傍晚6时许被扑灭，过火林地面积约30亩。"
    )
    facts = _facts(example_engine, make_raw_item, text)
    assert _values(facts, FactKind.WHEN) == ["6月30日下午2点多"]
    assert _values(facts, FactKind.WHERE)[0] == "大桥镇新岭村后山"


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # the vehicle told on its way in the clause before, the mishap's clause opening with its verb
        (
            "6月30日凌晨1时50分许，一辆小型轿车沿江滨路由南往北行驶至须江大桥北侧桥头时，失控冲破路边护栏后坠入须江。"
            "车内1名男子被救出，经120医护人员确认已无生命体征。",
            "小型轿车失控冲破路边护栏后坠入须江",
        ),
        # (or its driver first, and a cause's clause between)
        (
            "6月30日16时许，驾驶人毛某某（男，67岁）驾驶一辆无号牌拖拉机沿张村乡秀峰村村道下坡行驶时，因操作不当，"
            "车辆失控翻入路边约4米深的山沟，造成毛某某当场死亡。",
            "无号牌拖拉机失控翻入路边约4米深的山沟",
        ),
        # a vessel of a works, the company's own statement of where
        (
            "6月30日凌晨3时20分左右，我公司位于上余镇工业功能区的涂料生产车间内一台反应釜发生爆燃，引发局部火灾。",
            "反应釜爆燃",
        ),
    ],
)
def test_what_befell_a_vehicle_or_a_vessel_named_before(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, what: str
) -> None:
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHAT) == [what]


def test_a_companys_statement_tells_the_site_after_its_own_name(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "6月30日凌晨3时20分左右，我公司位于上余镇工业功能区的涂料生产车间内一台反应釜发生爆燃，引发局部火灾。"
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHERE)[0] == "上余镇工业功能区的涂料生产车间内"


def test_the_events_own_time_told_after_the_alarms(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "6月30日14时25分，市消防救援大队119指挥中心接到报警，称贺村镇耕读村一木业有限公司仓库起火。指挥中心立即调派"
        "消防救援站赶赴现场处置，明火于16时10分被扑灭。经初步调查，仓库起火是在当天14时15分许，系电气线路故障引发。"
    )
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHEN) == ["6月30日14时15分许"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a list whose last are a township's cadres, which township unsaid
        (
            "碗窑乡到保安乡的山路上 昨天晚上十点多有辆面包车冲下山坡掉到碗窑水库里了 车上三个人 捞上来两个 "
            "都已经没气了 碗窑派出所 消防 还有乡里都在水库上搜",
            ["市公安局", "市消防救援大队"],
        ),
        ("化工厂那边冒好大的黄烟 听说是什么罐子漏了 还有环保局的人也来了", ["衢州市生态环境局江山分局"]),
        ("早餐店煤气罐炸了 老板娘被炸伤了 派出所的民警在拉警戒线", ["市公安局"]),
        ("电动车电池突然炸了 一下就着起来了 消防队来的时候火基本灭了", ["市消防救援大队"]),
        ("一辆农用车侧翻，闻讯赶来的村民和消防救援人员合力将车身顶起，救出被压村民。", ["市消防救援大队"]),
    ],
)
def test_units_of_the_third_round(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    assert sorted(_values(_facts(example_engine, make_raw_item, text), FactKind.UNIT)) == sorted(units)


def test_a_notices_issuer_naming_itself_responds(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    item = make_raw_item(
        title="衢州市生态环境局江山分局关于205国道一危化品槽罐车泄漏事件的通报",
        text="6月30日7时15分许，一辆槽罐车行驶至205国道凤林镇南坞村路段时发生侧翻，部分盐酸泄漏。接报后，我局立即会同"
        "市消防救援大队赶赴现场处置。",
        published_at=POSTED,
    )
    (result,) = example_engine.classify([item])
    assert sorted(_values(result.facts, FactKind.UNIT)) == ["市消防救援大队", "衢州市生态环境局江山分局"]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # two vehicles joined right before a collision's verb, as people post it
        ("凤林镇南坞村村口那条水泥路上 电瓶车和拖拉机撞了 骑电瓶车的阿姨被撞倒在地 流了好多血", "电瓶车和拖拉机撞了"),
        (
            "坐公交回家 在双塔街道鹿溪南路那个路口公交跟一辆小轿车撞了 司机一脚急刹 有个老奶奶头磕破了",
            "公交跟小轿车撞了",
        ),
        # who said what it was, before it
        (
            "我们上余镇两户人家昨天中午吃了菜市场门口那个摊子买的小青菜，下午就头晕、流口水、手发抖，医生说是有机磷农药中毒，"
            "七个人都在市人民医院洗胃挂水。",
            "有机磷农药中毒",
        ),
    ],
)
def test_what_as_people_post_it_in_the_third_round(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, what: str
) -> None:
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHAT) == [what]


def test_the_vehicles_of_a_posted_collision_are_no_part_of_its_site(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "坐公交回家 在双塔街道鹿溪南路那个路口公交跟一辆小轿车撞了 司机一脚急刹 有个老奶奶头磕破了"
    assert _values(_facts(example_engine, make_raw_item, text), FactKind.WHERE)[0] == "双塔街道鹿溪南路路口"
    # (a bus's route is no site either)
    facts = _facts(example_engine, make_raw_item, "6月30日早上，江山3路公交车与一辆货车相撞，5人受伤。")
    assert "江山3路" not in _values(facts, FactKind.WHERE)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "坛石镇那个网吧昨天晚上11点多两个小年轻吵起来 一个拿刀把另一个捅了 120来的时候人已经没了 "
            "今天一早被派出所抓到了",
            ["市卫生健康局", "市公安局"],
        ),
        (
            "开发区那个鞋厂门口聚了五六十个农民工讨薪 人社局的来了 派出所的民警也在维持秩序",
            ["市人力资源和社会保障局", "市公安局"],
        ),
        (
            "我们上余镇两户人家吃了小青菜，医生说是有机磷农药中毒，今天市场监管局和农业农村局的人来菜场抽检了",
            ["市市场监督管理局", "市农业农村局"],
        ),
        ("大桥镇一户人家办寿宴，吃完没多久三十多个人陆续上吐下泻，镇里干部天天在医院守着", ["大桥镇"]),
        # a township as the ground of an arrest, not its government
        (
            "6月30日凌晨2时40分许，张村乡一家便利店内一名蒙面男子持刀抢劫，店主手臂被划伤。张村派出所民警迅速出警，于4时许在碗窑乡境内"
            "将嫌疑人抓获。",
            ["市公安局"],
        ),
    ],
)
def test_more_units_of_the_third_round(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    assert sorted(_values(_facts(example_engine, make_raw_item, text), FactKind.UNIT)) == sorted(units)


def test_the_township_a_notice_is_about_is_no_responder_and_an_issuer_after_the_city(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    item = make_raw_item(
        title="关于清湖街道一出租房放火案的警情通报",
        text="6月30日3时20分许，清湖街道清湖农贸市场旁一幢出租房一楼楼道内发生火情。3时26分，市消防救援大队接到119报警后"
        "迅速到场处置。犯罪嫌疑人杨某已被清湖派出所抓获。",
        published_at=POSTED,
    )
    (result,) = example_engine.classify([item])
    assert sorted(_values(result.facts, FactKind.UNIT)) == ["市公安局", "市消防救援大队"]
    item = make_raw_item(
        title="江山市市场监督管理局关于上余镇一企业食堂疑似食物中毒事件的通报",
        text="6月30日中午，约150名职工在上余镇某木业有限公司食堂就餐。当日14时许起，陆续有职工出现恶心、呕吐、腹泻等症状，"
        "先后有38人到市人民医院就诊。我局接报后会同市卫生健康局第一时间赶赴现场。",
        published_at=POSTED,
    )
    (result,) = example_engine.classify([item])
    assert sorted(_values(result.facts, FactKind.UNIT)) == ["市卫生健康局", "市市场监督管理局"]


def test_units_listed_before_a_streets_cadres(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = "锦绣花园9幢今天早上7点多燃气爆炸了 住户老两口一个当场就没了 消防 派出所 街道的人都来了"
    units = _values(_facts(example_engine, make_raw_item, text), FactKind.UNIT)
    assert {"市消防救援大队", "市公安局"} <= set(units), units


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        # a post's place, then the thing that befell it, then its time and what befell it
        (
            "虎山街道永兴社区江滨花园12幢2单元的电梯今天下午4点多突然从11楼掉到负一楼 里面三个人 一个大叔腿骨折了",
            "虎山街道永兴社区江滨花园12幢2单元",
            "电梯从11楼掉到负一楼",
        ),
        (
            "今天凌晨三点多 双塔街道西山社区永丰小区6幢一楼楼道里电瓶车烧起来了 三楼有个老奶奶被烟呛晕了",
            "双塔街道西山社区永丰小区6幢一楼楼道里",
            "电瓶车烧起来了",
        ),
    ],
)
def test_a_posts_place_then_the_thing_that_befell_it(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, where: str, what: str
) -> None:
    facts = _facts(example_engine, make_raw_item, text)
    assert (_values(facts, FactKind.WHERE)[0], _values(facts, FactKind.WHAT)) == (where, [what]), facts


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a flash's list, its last one with 已 or 等 before the verb
        ("6月30日，205国道江山段两车相撞。交警、120已赶到现场。", ["市公安局", "市卫生健康局"]),
        (
            "6月30日，峡口水库一渔船翻沉。峡口镇政府、消防、公安等正在全力搜救。",
            ["峡口镇", "市消防救援大队", "市公安局"],
        ),
        ("廿八都镇枫溪村一民房起火，屋内3人被消防救援人员救出。", ["市消防救援大队"]),
        ("坛石镇一企业员工在检修设备时不慎触电，经120抢救无效死亡。", ["市卫生健康局"]),
        # a township's leaders and cadres on duty, the ambulance helped, how firefighters went in
        ("石门镇江郎村一村民被铲车碾压致死。石门镇党委政府高度重视，镇主要领导赶赴现场。", ["石门镇"]),
        ("四都镇下山头村一作坊发生火灾。镇值班干部接报后立即带领镇村干部赶赴现场。", ["四都镇"]),
        (
            "坛石镇一农用三轮车翻入稻田，车上2名村民受伤。坛石镇干部第一时间赶到，协助120将伤者送往市人民医院。",
            ["坛石镇", "市卫生健康局"],
        ),
        (
            "塘源口乡一村民清理沼气池时晕倒。消防救援人员佩戴空气呼吸器下池将人救出，经120医护人员确认，其已无生命体征。",
            ["市消防救援大队", "市卫生健康局"],
        ),
    ],
)
def test_units_of_the_fourth_round(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    assert sorted(_values(_facts(example_engine, make_raw_item, text), FactKind.UNIT)) == sorted(units)


def test_a_villagers_home_stays_in_the_site_and_a_township_names_itself(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    facts = _facts(
        example_engine, make_raw_item, "昨晚8点左右，廿八都镇浔里村5组村民徐某某家柴房起火，火势蔓延至相邻厨房。"
    )
    assert _values(facts, FactKind.WHERE)[0] == "廿八都镇浔里村5组村民徐某某家柴房"
    item = make_raw_item(
        title="大桥镇人民政府关于一名儿童溺水死亡的情况报告",
        text="6月30日下午3时许，我镇汇头村2组一名7岁男童在村口池塘边玩耍时不慎落水，经抢救无效死亡。事发后，我镇主要领导带领"
        "镇村干部第一时间赶赴现场。",
        published_at=POSTED,
    )
    (result,) = example_engine.classify([item])
    assert "大桥镇" in _values(result.facts, FactKind.UNIT)


def test_the_harm_a_storm_did_later_tells_when_and_what(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    text = (
        "受台风“银杏”外围环流影响，6月29日夜间至30日凌晨，我市普降大到暴雨并伴有8级以上阵风。30日凌晨3时许，双塔街道江滨路"
        "一棵高约15米的香樟树被大风连根刮倒，砸中路边停放的2辆小汽车，1名路过的环卫工人被树枝砸伤。"
    )
    facts = _facts(example_engine, make_raw_item, text)
    assert _values(facts, FactKind.WHEN) == ["6月30日凌晨3时许"], facts
    assert _values(facts, FactKind.WHAT)[0].endswith("被大风连根刮倒"), facts


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a township or a bureau taking its part beside others (配合, 协助, 督促)
        (
            "12月4日，虎山街道某幼儿园多名幼儿出现呕吐、腹泻症状，确认为一起诺如病毒感染聚集性疫情。市卫生健康局已指导幼儿园"
            "落实消毒，市教育局督促该园暂停集体活动，虎山街道配合做好家长沟通工作。",
            ["市卫生健康局", "市教育局", "虎山街道"],
        ),
        # as residents post it: after an emoji, 已经 before the verb, how firefighters went in
        (
            "刚刚虎山街道景星花园小区12幢2单元7楼一户人家阳台烧起来了，火苗从窗户往外窜😱消防车已经到了，正在往上拉水带。",
            ["市消防救援大队"],
        ),
        (
            "今天下午三点多，双塔街道新城花园小区9幢一个小男孩从5楼窗户掉下来了，左腿骨折了，120已经送到市人民医院了。",
            ["市卫生健康局"],
        ),
        (
            "前天晚上十一点左右，清湖街道和睦小区4幢6楼着火了。消防冲上去找了好一阵，在卫生间里找到她，抬下来的时候人已经没气了。",
            ["市消防救援大队"],
        ),
    ],
)
def test_units_of_the_fifth_round(
    example_engine: Classifier, make_raw_item: Callable[..., RawItem], text: str, units: list[str]
) -> None:
    assert sorted(_values(_facts(example_engine, make_raw_item, text), FactKind.UNIT)) == sorted(units)

"""Facts for the 简要信息 an eighteenth round of batteries written from the README alone (traffic police notices,
fire and rescue posts, tolls that rise, citizens' posts of collapses and floods) found read wrong: collisions told as
traffic police tell them, falls from a height as people post them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from models.facts import FactKind
from models.messages import RawItem
from tests.classifier.test_facts_posts import _values
from tests.classifier.test_facts_seventeenth_fresh_reader import _facts


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # how they met told with the meeting (追尾碰撞): both parties still (had been 追尾碰撞 alone)
        (
            "11月20日9时许，G205国道贺村镇路段，一辆轻型厢式货车与一辆小型轿车发生追尾碰撞，造成2人受伤。",
            "轻型厢式货车与小型轿车追尾碰撞",
        ),
        (
            "今天凌晨，江山港大桥北侧，一辆出租车与一辆电动三轮车发生正面相撞，三轮车驾驶人受伤。",
            "出租车与电动三轮车正面相撞",
        ),
        # the first vehicle told by its driver and plate a clause before, the second by what it was doing
        # (had been 碰撞 alone, or the second party alone)
        (
            "11月21日16时许，驾驶人徐某驾驶浙H·5K302号轻型普通货车，沿文溪路由南向北行驶至江滨路口右转时，"
            "与一辆由东往西直行的两轮摩托车发生碰撞，造成摩托车驾驶人受伤。",
            "轻型普通货车与两轮摩托车碰撞",
        ),
        # (a guard: the driver told in the clause right before the other party's, as read before)
        (
            "昨天18时许，驾驶人郑某驾驶小型轿车沿城南大道行驶至景星路口时，与一辆电动自行车发生碰撞，造成1人受伤。",
            "小型轿车与电动自行车碰撞",
        ),
        # the second party told by where it stood or what it was doing (had been kept, or cut at 在)
        (
            "今天上午，G60沪昆高速江山段1110公里处，一辆中型货车与一辆因爆胎停在应急车道的小型轿车发生追尾碰撞，"
            "造成1人受伤。",
            "中型货车与小型轿车追尾碰撞",
        ),
        (
            "11月21日20时许，一辆重型半挂牵引车沿G205国道行驶至石门镇路段时，与前方停在路口等候的一辆城乡公交车发生"
            "追尾碰撞，造成公交车上5名乘客受伤。",
            "重型半挂牵引车与城乡公交车追尾碰撞",
        ),
        # one vehicle told by its driver and plate, what befell it in the next clause (had been 侧翻 alone)
        (
            "11月20日10时许，驾驶人王某驾驶浙H·2M118号重型仓栅式货车沿S222省道由南往北行驶至保安乡路段时，"
            "因操作不当发生侧翻，造成驾驶人受伤。",
            "重型仓栅式货车侧翻",
        ),
    ],
)
def test_collisions_as_traffic_police_tell_them(make_raw_item: Callable[..., RawItem], text: str, what: str) -> None:
    assert _values(_facts(make_raw_item, text), FactKind.WHAT)[:1] == [what]


def test_a_fall_as_posted_is_what_happened(make_raw_item: Callable[..., RawItem]) -> None:
    """Someone counted fallen from a height, as people post it: what happened, with who fell (had been no facts)."""
    text = "城南工业园一家厂房工地 今天下午两点多 一个扎钢筋的师傅从四楼楼板边上掉下去了 120来了说人已经没了"
    facts = _facts(make_raw_item, text)
    assert _values(facts, FactKind.WHAT)[:1] == ["一个扎钢筋的师傅从四楼楼板边上掉下去了"], facts
    assert _values(facts, FactKind.DEATHS)[:1] == ["1人"], facts

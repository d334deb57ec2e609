"""Facts for the 简要信息 a seventeenth round of batteries written from the README alone (citizens' posts,
expressway notices, work injuries, drownings, gas and fires as posted) found read wrong: the place a post opens
with, the hurt told as people and notices tell them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from models.facts import Fact, FactKind
from models.messages import RawItem
from tests.classifier.test_facts_posts import _values
from tests.classifier.test_grading_elsewhere import example

POSTED = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)  # 20:00 in Asia/Shanghai


def _facts(make_raw_item: Callable[..., RawItem], text: str) -> tuple[Fact, ...]:
    """The facts the example jurisdiction's classifier (江山市) reads from ``text`` posted at :data:`POSTED`."""
    (result,) = example().classify([make_raw_item(title="", text=text, published_at=POSTED)])
    return result.facts


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # the place, a space, the time, then what happened (had been the township alone)
        ("四都镇老街后面 今天早上7点多 一间泥墙老屋塌了 住在隔壁的大伯被砸到了", "四都镇老街后面"),
        ("长台镇朝阳村村尾 昨天半夜 一间柴房烧起来了 火光老远都看得到", "长台镇朝阳村村尾"),
        # the time first, then the place in a clause of its own, after the post's topic tags (had been none)
        ("#江山 #着火了 今天下午四点多 碗窑乡碗东村村口 一间猪栏烧起来了 村里人都在帮忙提水", "碗窑乡碗东村村口"),
        # where no place was named in the event's clause: the works dug up a pipe (had been 修路)
        ("双塔街道文溪路 今天上午十点多修路的挖机把燃气管道挖断了 一直往外冒气", "双塔街道文溪路"),
        # what burned is no site: a firm counted by 一家 (had been that firm)
        ("上余镇工业功能区 一家木材加工厂着火了 黑烟冲得老高", "上余镇工业功能区"),
        # the place, a space, then the time run into what happened, the clause of the event not the last
        ("清湖街道清湖新村5幢楼道 今天晚上8点多一辆电动车突然烧起来了，浓烟窜到了七楼。", "清湖街道清湖新村5幢楼道"),
    ],
)
def test_the_place_a_post_opens_with(make_raw_item: Callable[..., RawItem], text: str, where: str) -> None:
    facts = _facts(make_raw_item, text)
    assert _values(facts, FactKind.WHERE)[:1] == [where], facts


def test_whose_feast_is_no_place(make_raw_item: Callable[..., RawItem]) -> None:
    """A guard: 办酒那家, the family holding the feast, opens the post but is no site (not 凤林镇办喜酒)."""
    text = "凤林镇办喜酒那家 昨晚吃席的八十多个人半夜开始上吐下泻 卫生院都挤满了"
    assert not any("办" in v for v in _values(_facts(make_raw_item, text), FactKind.WHERE))


def test_a_topic_tag_is_no_occurrence(make_raw_item: Callable[..., RawItem]) -> None:
    """#着火了 tags the post; the fire is told after it (had been the tag's 江山 as the site)."""
    text = "#江山 #着火了 今天中午 新塘边镇日月村村口 一间老房子烧起来了"
    assert _values(_facts(make_raw_item, text), FactKind.WHERE)[:1] == ["新塘边镇日月村村口"]


def test_a_tag_closed_before_the_words_keeps_their_occurrence(make_raw_item: Callable[..., RawItem]) -> None:
    """After a tag's closing #, the words are the post's own."""
    text = "#江山身边事#城北一家面馆今天下午起火"
    facts = _facts(make_raw_item, text)
    assert _values(facts, FactKind.WHEN) == ["11月22日下午"], facts
    assert any("起火" in v for v in _values(facts, FactKind.WHAT)), facts


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # who they are, then the parts of the body listed, then the burn (had been at least one)
        (
            "今天中午12时许，凤林镇一家小吃店后厨发生液化气爆燃，3名店员面部、手部被烧伤，已送医救治。",
            FactKind.INJURED,
            "3人",
        ),
        # one lightly hurt, who they are told in brackets between (had been none)
        (
            "今天下午2时许，一辆小型货车在S222省道打滑冲入路边水沟，驾驶人（男，52岁）受轻伤。",
            FactKind.MINOR,
            "至少1人",
        ),
        # one brought out of the water by the police, then a graze (had been none)
        (
            "今天上午，江山港城区段有一名男子落水。民警和群众合力将男子拉上岸，男子受轻微擦伤，无生命危险。",
            FactKind.MINOR,
            "至少1人",
        ),
    ],
)
def test_the_hurt_as_notices_tell_them(
    make_raw_item: Callable[..., RawItem], text: str, kind: FactKind, value: str
) -> None:
    facts = _facts(make_raw_item, text)
    assert _values(facts, kind) == [value], facts


def test_a_worker_fallen_into_the_river_and_not_found_is_missing(make_raw_item: Callable[..., RawItem]) -> None:
    """落入江中 is a fall into water; 下落不明 after it counts the missing (had been nothing)."""
    text = "今天下午，峡口镇一处桥梁工地上一名工人不慎落入河中，目前仍下落不明，消防正在搜寻。"
    facts = _facts(make_raw_item, text)
    assert _values(facts, FactKind.MISSING) == ["1人"], facts


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # the one thing it befell, counted, and a word of suddenness before the verb (had been kept)
        ("今天傍晚6点多 新塘边镇日月村村口 一辆电动三轮车突然烧起来了", "电动三轮车烧起来了"),
        (
            "11月22日上午9时许，上余镇某安置房项目工地内一台施工升降机吊笼突然坠落，吊笼内3名工人受伤。",
            "施工升降机吊笼坠落",
        ),
    ],
)
def test_what_befell_one_thing_is_named_without_its_count(
    make_raw_item: Callable[..., RawItem], text: str, what: str
) -> None:
    facts = _facts(make_raw_item, text)
    assert _values(facts, FactKind.WHAT) == [what], facts


def test_people_counted_and_a_family_keep_their_count(make_raw_item: Callable[..., RawItem]) -> None:
    """A guard: those a poisoning struck, a family counted by 一家, are no thing counted."""
    facts = _facts(make_raw_item, "今天早上，一家四口一氧化碳中毒，已送医救治。")
    assert any(v.startswith("一家四口") for v in _values(facts, FactKind.WHAT)), facts


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the place first, then the time in a clause of its own (had been none)
        ("城南农贸市场 今天早上5点多 雨棚塌下来了 还好摊主们都还没到", "11月22日早上5点多"),
        # 当天 after a sentence of the weather that day (had been the day of publication)
        (
            "11月20日，我市南部山区普降暴雨。当天傍晚5时许，张村乡一处漫水桥上发生一起面包车落水事故，车上2人被冲走。",
            "11月20日傍晚5时许",
        ),
        # the day a report was made, the event's date right after it (had been the day of the report)
        ("市交警大队今天通报了11月19日21时30分许发生在贺村镇的一起货车侧翻事故。", "11月19日21时30分许"),
    ],
)
def test_when_as_posts_and_reports_tell_it(make_raw_item: Callable[..., RawItem], text: str, when: str) -> None:
    facts = _facts(make_raw_item, text)
    assert _values(facts, FactKind.WHEN) == [when], facts

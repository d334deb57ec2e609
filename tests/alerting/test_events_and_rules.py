"""Event grouping and rule evaluation against a real (migrated) database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import event, func, select

from alerting.config import AlertingConfig
from alerting.handler import ClassifiedItemHandler
from alerting.store import Incoming
from models.db import Alert, AlertLog, Event, EventVolume, Item
from models.enums import IncidentGrade, SourceTier

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)

FIRE_REPORTS = [
    (
        "江山新闻网",
        "虎山街道一居民楼发生火灾 消防救援人员紧急扑救",
        "今日上午，虎山街道一居民楼发生火灾，消防救援人员赶赴现场紧急扑救，火势已被控制，暂无人员伤亡。",
    ),
    (
        "衢州日报",
        "江山虎山街道居民楼火灾 火势已被控制",
        "虎山街道一居民楼今天上午发生火灾，消防救援人员到场扑救，火势已被控制，起火原因正在调查。",
    ),
    (
        "今日江山",
        "突发！虎山街道居民楼起火，消防紧急扑救",
        "网友爆料，虎山街道一居民楼发生火灾，浓烟滚滚，消防救援人员正在紧急扑救，暂无人员伤亡报告。",
    ),
    (
        "江山论坛",
        "虎山街道居民楼火灾现场：消防救援人员紧急扑救",
        "虎山街道居民楼发生火灾，多辆消防车赶到现场，消防救援人员紧急扑救，周边居民已疏散。",
    ),
    (
        "浙江在线",
        "江山一居民楼发生火灾 暂无人员伤亡",
        "记者从江山市消防救援大队获悉，虎山街道一居民楼发生火灾，火势已被控制，暂无人员伤亡。",
    ),
]
FOOD_REPORT = (
    "江山新闻网",
    "虎山街道一小学食堂疑似食物中毒 多名学生送医",
    "虎山街道一小学多名学生午餐后出现呕吐腹痛症状，疑似食物中毒，已送医院救治，市场监管部门已介入调查。",
)


def _items(make_raw_item: Callable, make_classified_item: Callable, reports, **cls) -> list[Incoming]:
    out = []
    for i, (source, title, text) in enumerate(reports):
        raw = make_raw_item(
            source_id=source, title=title, text=text, published_at=NOW - timedelta(minutes=30 - i), collected_at=NOW
        )
        out.append(Incoming(make_classified_item(raw, places=("虎山街道",), lead_unit="hushan", **cls)))
    return out


def _handler(any_migrated_db, alerting_config: AlertingConfig, now: datetime = NOW) -> ClassifiedItemHandler:
    _engine, sessions = any_migrated_db
    return ClassifiedItemHandler(sessions, alerting_config, None, clock=lambda: now)


def test_five_outlets_make_one_event_and_another_incident_in_the_same_town_another(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    handler = _handler(any_migrated_db, alerting_config)
    fire = _items(make_raw_item, make_classified_item, FIRE_REPORTS)
    food = _items(make_raw_item, make_classified_item, [FOOD_REPORT])
    handler.process(fire[:2])
    handler.process([food[0], *fire[2:]])
    _e, sessions = any_migrated_db
    with sessions() as s:
        events = list(s.scalars(select(Event).order_by(Event.id)))
        assert len(events) == 2
        fire_event = next(e for e in events if "火" in e.title)
        food_event = next(e for e in events if "中毒" in e.title)
        assert fire_event.item_count == 5
        assert food_event.item_count == 1
        assert set(fire_event.sources) == {r[0] for r in FIRE_REPORTS}
        assert s.scalar(select(func.count()).select_from(Item).where(Item.event_id == fire_event.id)) == 5
        assert fire_event.first_seen_at == NOW - timedelta(minutes=30)
        assert fire_event.last_seen_at == NOW - timedelta(minutes=26)
        assert fire_event.places == ["虎山街道"]
        assert fire_event.lead_unit == "hushan"
        volume = s.scalar(select(func.sum(EventVolume.count)).where(EventVolume.event_id == fire_event.id))
        assert volume == 5
        assert fire_event.peak_volume >= 1 and fire_event.peak_at is not None


def test_near_duplicate_copy_joins_its_original_event(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    handler = _handler(any_migrated_db, alerting_config)
    first = make_raw_item(
        title="清湖街道河道出现大量死鱼", text="清湖街道河道出现大量死鱼，居民担心水质。", published_at=NOW
    )
    copy = make_raw_item(title="转：完全不同的标题", text="转载内容", duplicate_of=first.id, published_at=NOW)
    handler.process([Incoming(make_classified_item(first))])
    handler.process([Incoming(make_classified_item(copy))])
    with any_migrated_db[1]() as s:
        ids = {i.event_id for i in s.scalars(select(Item))}
    assert len(ids) == 1


COMPLAINT = (
    "石门镇老街居民",
    "石门镇老街一带自来水连续三天浑浊发黄，烧开后有沉淀",
    "这几天石门镇老街的自来水一直浑浊发黄，接一盆放着底下全是黄泥，烧开后壶底一层沉淀，老人小孩都不敢喝。"
    "打了水务公司电话说在检修管网，但一直没说什么时候恢复，也没有送水，希望有关部门尽快处理。",
)
REPLY = (  # a reply restates what it answers, in the government's words
    "江山发布",
    "市水务集团回应石门镇自来水浑浊发黄问题：管网改造致水质短时波动，已恢复正常",
    "针对近日群众反映的石门镇老街一带自来水浑浊发黄问题，市水务集团通报称，系主干管改造施工后管内沉积物扰动所致。"
    "施工单位已连夜冲洗管道并加密水质检测，目前出厂水和管网末梢水各项指标均符合国家标准，对受影响用户将减免当月费用。",
)
ROADWORKS = (  # the same township, more of the reply's words (主干管改造, 冲洗管道, 检测), another matter
    "石门镇居民",
    "石门镇老街主干管改造施工单位连夜冲洗管道，噪音吵得整晚睡不着",
    "石门镇老街主干管改造施工，施工单位连夜冲洗管道、加密检测，机器轰鸣到凌晨，市水务集团和施工单位都说管网改造"
    "工期紧，居民整晚睡不着，希望夜间停工。",
)
OTHER_REPLY = (
    "江山发布",
    "市教育局回应石门镇中心小学校车接送问题",
    "针对家长反映的石门镇中心小学校车线路调整问题，市教育局表示已会同镇政府重新规划接送站点，下周一起恢复原线路。",
)


def _one(make_raw_item, make_classified_item, report, *, tier, places, minutes) -> Incoming:
    source, title, text = report
    raw = make_raw_item(
        source_id=source, source_tier=tier, title=title, text=text, published_at=NOW - timedelta(minutes=minutes)
    )
    return Incoming(make_classified_item(raw, places=places))


def test_an_official_reply_joins_the_story_it_answers_and_nothing_else(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    """A reply uses the government's words, not the complaint's: it joins the event it answers at
    the lower reply bar when they name a place and its title's subject in common, even when another
    event of the township shares more of its words; a reply on another matter, a forum post that
    only says 回应, and a reply about another township stay apart."""
    handler = _handler(any_migrated_db, alerting_config)
    town = ("石门镇",)
    handler.process(
        [
            _one(make_raw_item, make_classified_item, COMPLAINT, tier=SourceTier.FORUM, places=town, minutes=300),
            _one(make_raw_item, make_classified_item, ROADWORKS, tier=SourceTier.FORUM, places=town, minutes=200),
        ]
    )
    handler.process(
        [
            _one(make_raw_item, make_classified_item, REPLY, tier=SourceTier.OFFICIAL, places=town, minutes=60),
            _one(make_raw_item, make_classified_item, OTHER_REPLY, tier=SourceTier.OFFICIAL, places=town, minutes=50),
            _one(make_raw_item, make_classified_item, (REPLY[0] + "网友", REPLY[1] + "？", "网友转帖：" + REPLY[2]),
                 tier=SourceTier.FORUM, places=("峡口镇",), minutes=40),
        ]
    )  # fmt: skip
    with any_migrated_db[1]() as s:
        event_of = {i.title: i.event_id for i in s.scalars(select(Item))}
    assert event_of[ROADWORKS[1]] != event_of[COMPLAINT[1]]
    assert event_of[REPLY[1]] == event_of[COMPLAINT[1]]  # the subject it answers, not the words it shares
    assert event_of[OTHER_REPLY[1]] != event_of[COMPLAINT[1]]
    assert event_of[REPLY[1] + "？"] != event_of[COMPLAINT[1]]  # another township, and not an official voice


def test_redelivered_batch_changes_nothing(any_migrated_db, alerting_config, make_raw_item, make_classified_item):
    handler = _handler(any_migrated_db, alerting_config)
    fire = _items(make_raw_item, make_classified_item, FIRE_REPORTS, grade=IncidentGrade.LARGE)
    first = handler.process(fire)
    again = handler.process(fire)
    assert first and again == []
    with any_migrated_db[1]() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 5
        assert s.scalar(select(Event.item_count)) == 5


def test_grade_rule_fires_once_per_event_until_grade_goes_up(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    handler = _handler(any_migrated_db, alerting_config)
    fire = _items(make_raw_item, make_classified_item, FIRE_REPORTS[:3], grade=IncidentGrade.LARGE)
    handler.process(fire[:2])
    handler.process(fire[2:])
    with any_migrated_db[1]() as s:
        grade_alerts = list(s.scalars(select(Alert).where(Alert.rule == "grade-large")))
        assert len(grade_alerts) == 1
        alert = grade_alerts[0]
        assert alert.level == "一级" and alert.units == ["hushan"] and alert.grade == "large"
        assert alert.escalation["steps"][1] == {"action": "wait", "minutes": 10}
        assert s.scalar(select(AlertLog.action).where(AlertLog.alert_id == alert.id)) == "created"
    more = _items(make_raw_item, make_classified_item, FIRE_REPORTS[3:], grade=IncidentGrade.MAJOR)
    handler.process(more)
    with any_migrated_db[1]() as s:
        grades = sorted(s.scalars(select(Alert.grade).where(Alert.rule == "grade-large")))
    assert grades == ["large", "major"]


def test_general_grade_and_positive_items_raise_no_alert(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    handler = _handler(any_migrated_db, alerting_config)
    items = _items(make_raw_item, make_classified_item, FIRE_REPORTS[:2], grade=IncidentGrade.GENERAL, negative=False)
    assert handler.process(items) == []


def test_negative_official_rule(any_migrated_db, alerting_config, make_raw_item, make_classified_item):
    handler = _handler(any_migrated_db, alerting_config)
    official = make_raw_item(title="关于某小区物业纠纷的通报", text="通报内容", source_tier=SourceTier.OFFICIAL)
    forum = make_raw_item(title="贺村镇道路破损严重", text="路面坑洼", source_tier=SourceTier.FORUM)
    unit = make_raw_item(title="学校收费不合理", text="家长反映收费问题", source_tier=SourceTier.FORUM)
    handler.process([Incoming(make_classified_item(official, negative=True, sentiment_score=0.9))])
    handler.process([Incoming(make_classified_item(forum, negative=True, sentiment_score=0.9))])
    handler.process([Incoming(make_classified_item(unit, negative=True, sentiment_score=0.9, lead_unit="jiaoyu"))])
    with any_migrated_db[1]() as s:
        titles = sorted(s.scalars(select(Alert.title).where(Alert.rule == "neg-official")))
    assert titles == sorted(["关于某小区物业纠纷的通报", "学校收费不合理"])


def test_a_batch_reads_the_names_of_its_units_once(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    """Naming the routed unit in each negative item's reason must not cost a query per item."""
    engine, _sessions = any_migrated_db
    handler = _handler(any_migrated_db, alerting_config)
    complaints = [f"{school}收费不合理" for school in ("城南小学", "城北中学", "虎山小学", "贺村中学", "峡口小学")]
    batch = [
        Incoming(
            make_classified_item(
                make_raw_item(title=title, text=f"家长反映{title}，希望教育局处理。", source_tier=SourceTier.FORUM),
                negative=True,
                sentiment_score=0.9,
                lead_unit="jiaoyu",
            )
        )
        for title in complaints
    ]
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        handler.process(batch)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    with any_migrated_db[1]() as s:
        reasons = list(s.scalars(select(Alert.summary).where(Alert.rule == "neg-official")))
    assert reasons and all("涉及单位：" in r for r in reasons), reasons
    unit_reads = [q for q in statements if "FROM units" in q]
    assert len(unit_reads) == 1, unit_reads


def test_watch_words_with_exclusions_and_region(any_migrated_db, alerting_config, make_raw_item, make_classified_item):
    handler = _handler(any_migrated_db, alerting_config)
    hit = make_raw_item(title="虎山街道一工地围墙坍塌", text="虎山街道某工地围墙坍塌。")
    drill = make_raw_item(title="虎山街道开展坍塌事故应急演练", text="应急演练顺利完成。")
    elsewhere = make_raw_item(title="外地某工地发生坍塌", text="外省某地工地坍塌。")
    for raw in (hit, drill, elsewhere):
        handler.process([Incoming(make_classified_item(raw, negative=False))])
    with any_migrated_db[1]() as s:
        titles = list(s.scalars(select(Alert.title).where(Alert.rule == "watch")))
    assert titles == ["虎山街道一工地围墙坍塌"]


def test_watch_words_read_traditional_characters(any_migrated_db, alerting_config, make_raw_item, make_classified_item):
    handler = _handler(any_migrated_db, alerting_config)
    hit = make_raw_item(title="虎山街道一工地圍牆倒塌", text="虎山街道某工地圍牆坍塌。")
    drill = make_raw_item(title="虎山街道開展坍塌事故應急演練", text="應急演練順利完成。")
    for raw in (hit, drill):
        handler.process([Incoming(make_classified_item(raw, negative=False))])
    with any_migrated_db[1]() as s:
        titles = list(s.scalars(select(Alert.title).where(Alert.rule == "watch")))
    assert titles == ["虎山街道一工地圍牆倒塌"]


def test_spike_against_the_events_own_baseline(any_migrated_db, alerting_config, make_raw_item, make_classified_item):
    handler = _handler(any_migrated_db, alerting_config)
    base = [
        make_raw_item(title="双塔街道停水", text="双塔街道停水，居民生活不便。", published_at=NOW - timedelta(hours=h))
        for h in (5, 4, 3)
    ]
    handler.process([Incoming(make_classified_item(r, negative=False)) for r in base])
    with any_migrated_db[1]() as s:
        assert s.scalar(select(func.count()).select_from(Alert).where(Alert.rule == "event-spike")) == 0
    burst = [
        make_raw_item(
            title="双塔街道停水", text="双塔街道停水，居民生活不便。", published_at=NOW - timedelta(minutes=m)
        )
        for m in (1, 2, 3, 4, 5)
    ]
    handler.process([Incoming(make_classified_item(r, negative=False)) for r in burst])
    with any_migrated_db[1]() as s:
        spikes = list(s.scalars(select(Alert).where(Alert.rule == "event-spike")))
        assert s.scalar(select(func.count()).select_from(Event)) == 1
    assert len(spikes) == 1
    assert "基线" in spikes[0].summary


def test_topic_spike_against_the_topics_own_baseline(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    from alerting.config import SpikeRuleConfig

    rule = SpikeRuleConfig(
        id="topic-spike",
        name="领域激增",
        type="spike",
        scope="topic",
        window_minutes=60,
        baseline_windows=4,
        min_count=3,
        factor=2.0,
        level="三级",
    )
    config = alerting_config.model_copy(update={"rules": alerting_config.rules.model_copy(update={"rules": (rule,)})})
    handler = _handler(any_migrated_db, config)
    texts = ["路灯不亮", "井盖缺失", "垃圾清运不及时", "绿化带被占", "噪音扰民"]
    for hours, text in zip((4, 3, 2), texts, strict=False):
        raw = make_raw_item(title=text, text=text, published_at=NOW - timedelta(hours=hours))
        handler.process([Incoming(make_classified_item(raw, topic="城乡建设"))])
    burst = [
        make_raw_item(title=f"{t}{i}", text=t, published_at=NOW - timedelta(minutes=i)) for i, t in enumerate(texts)
    ]
    other = [make_raw_item(title=f"学校{i}", text="学校", published_at=NOW - timedelta(minutes=i)) for i in range(2)]
    handler.process([Incoming(make_classified_item(r, topic="城乡建设")) for r in burst])
    handler.process([Incoming(make_classified_item(r, topic="教育")) for r in other])
    with any_migrated_db[1]() as s:
        alerts = list(s.scalars(select(Alert).where(Alert.rule == "topic-spike")))
    assert len(alerts) == 1
    assert alerts[0].dedupe_key.startswith("topic-spike|topic:城乡建设|")


def test_backfilled_old_items_do_not_make_a_spike(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    handler = _handler(any_migrated_db, alerting_config)
    old = [
        make_raw_item(title="峡口镇停电", text="峡口镇大面积停电。", published_at=NOW - timedelta(days=2, minutes=m))
        for m in range(6)
    ]
    handler.process([Incoming(make_classified_item(r, negative=False)) for r in old])
    with any_migrated_db[1]() as s:
        assert s.scalar(select(Event.item_count)) == 6
        assert s.scalar(select(func.count()).select_from(Alert).where(Alert.rule == "event-spike")) == 0


def test_a_whole_incident_in_one_batch_spikes_once(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item
):
    """Items of one batch are judged at the batch's time: a burst spread over the last hour, all
    delivered in one poll, is one spike (not "no spike yet" as of its oldest item)."""
    handler = _handler(any_migrated_db, alerting_config)
    burst = [
        make_raw_item(
            title="双塔街道停水", text="双塔街道停水，居民生活不便。", published_at=NOW - timedelta(minutes=m)
        )
        for m in (35, 28, 21, 14, 7)
    ]
    handler.process([Incoming(make_classified_item(r, negative=False)) for r in burst])
    with any_migrated_db[1]() as s:
        spikes = list(s.scalars(select(Alert).where(Alert.rule == "event-spike")))
        assert s.scalar(select(func.count()).select_from(Event)) == 1
    assert len(spikes) == 1


def test_a_reply_answers_the_subject_its_title_names() -> None:
    from alerting.events.replies import answers

    reply = "市生态环境局回应贺村镇河水发黑问题：已对园区企业开展排查"
    assert answers(reply, "贺村镇工业园区附近河水发黑发臭，晚上还有刺鼻气味", ["贺村镇"])
    assert not answers(reply, "贺村镇化工厂方向冒出大量黑烟 网友称听到爆炸声", ["贺村镇"])
    assert answers("关于峡口镇垃圾中转站臭味扰民问题的情况通报", "峡口镇垃圾中转站夏天臭味太大", ["峡口镇"])
    assert not answers("关于峡口镇垃圾中转站臭味扰民问题的情况通报", "峡口镇中心小学门口交通拥堵", ["峡口镇"])

"""Units receive routed 舆情 before any case: each unit's workspace lists the events and items routed
to it (as lead or co-handler) with grade, places and why; it signs for them or asks the desk to
reroute (both audited); the desk reroutes or declines. Unit isolation holds for every list and count."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import AuditRecord, Event, Item, LabelCorrection
from models.db.cases import Case


def fire(seed: Any, **overrides: Any) -> Any:
    values = {
        "title": "虎山街道某小区发生火灾 多人受伤",
        "text": "虎山街道某小区发生火灾，消防正在处置，多人受伤送医。",
        "unit": "yingji",
        "co_units": ("hushan",),
        "routing_rule": "火灾",
        "grade": "major",
    }
    values.update(overrides)
    return seed(**values)


def complaint(seed: Any, **overrides: Any) -> Any:
    values = {
        "title": "虎山街道城北路违建无人管",
        "text": "城北路一处私搭乱建占用消防通道，反映多次无人处理。",
        "unit": "hushan",
        "routing_rule": "属地-违建与村务",
        "grade": None,
    }
    values.update(overrides)
    return seed(**values)


def audits(db: sessionmaker[Session], action: str) -> list[AuditRecord]:
    with db() as s:
        return list(s.scalars(select(AuditRecord).where(AuditRecord.action == action)))


def test_the_unit_sees_what_was_routed_to_it_and_why(users: dict[str, str], api_login: Any, seed: Any) -> None:
    local, _ = complaint(seed)
    big, _ = fire(seed)
    hushan = api_login(users["hushan"])
    body = hushan.get("/api/v1/routed/events").json()
    assert body["unit"] == "hushan" and body["unsigned"] == 2 and body["count"] == 2
    first, second = body["data"]
    assert first["event_id"] == big.id  # most severe first (both unsigned)
    assert first["grade_label"] == "重大" and first["places"] == ["虎山街道"]
    assert first["role"] == "co" and first["why"] == "路由规则「火灾」 · 协办（属地）"
    assert second["event_id"] == local.id and second["role"] == "lead" and second["grade_label"] is None
    assert second["why"].startswith("路由规则「属地-违建与村务」 · 牵头")

    items = hushan.get("/api/v1/routed/items").json()
    assert items["count"] == 2 and {i["kind"] for i in items["data"]} == {"item"}
    assert {i["routing_rules"][0] for i in items["data"]} == {"火灾", "属地-违建与村务"}
    assert all(i["event_id"] in (big.id, local.id) for i in items["data"])


def test_signing_is_recorded_once(users: dict[str, str], api_login: Any, seed: Any, db: sessionmaker[Session]) -> None:
    local, _ = complaint(seed)
    big, _ = fire(seed)
    hushan = api_login(users["hushan"])
    r = hushan.post(f"/api/v1/routed/events/{local.id}/sign")
    assert r.status_code == 200 and r.json()["created"] is True and r.json()["signed_by"] == "hushan1"
    assert hushan.post(f"/api/v1/routed/events/{local.id}/sign").json()["created"] is False
    assert [a.target_id for a in audits(db, "routed.sign")] == [str(local.id)]

    body = hushan.get("/api/v1/routed/events").json()
    assert body["unsigned"] == 1
    assert [(r["event_id"], r["signed"]) for r in body["data"]] == [(big.id, False), (local.id, True)]
    signed = hushan.get("/api/v1/routed/events", params={"status": "signed"}).json()["data"]
    assert [r["event_id"] for r in signed] == [local.id]

    item_id = hushan.get("/api/v1/routed/items").json()["data"][0]["item_id"]
    assert hushan.post(f"/api/v1/routed/items/{item_id}/sign").json()["created"] is True
    assert hushan.get("/api/v1/routed/items").json()["unsigned"] == 1


def test_reroute_request_and_the_desk_reroutes(
    users: dict[str, str], api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    local, _ = complaint(seed)
    hushan, desk, jiaoyu = api_login(users["hushan"]), api_login(users["desk"]), api_login(users["jiaoyu"])
    r = hushan.post(f"/api/v1/routed/events/{local.id}/reroute", json={"reason": "属于教育系统的事"})
    assert r.status_code == 200, r.text
    request = r.json()
    assert request["status"] == "open" and request["unit_name"] == "虎山街道" and request["title"] == local.title
    again = hushan.post(f"/api/v1/routed/events/{local.id}/reroute", json={"reason": "再催一下"})
    assert again.status_code == 409
    assert hushan.post(f"/api/v1/routed/events/{local.id}/reroute", json={"reason": ""}).status_code == 422
    row = hushan.get("/api/v1/routed/events").json()["data"][0]
    assert row["reroute"]["status_label"] == "待处理"

    queue = desk.get("/api/v1/reroute-requests").json()
    assert [q["id"] for q in queue["data"]] == [request["id"]] and queue["data"][0]["reason"] == "属于教育系统的事"
    assert jiaoyu.get("/api/v1/reroute-requests").json()["count"] == 0  # not its request
    assert (
        hushan.post(f"/api/v1/reroute-requests/{request['id']}/resolve", json={"lead_unit": "jiaoyu"}).status_code
        == 403
    )
    assert (
        desk.post(f"/api/v1/reroute-requests/{request['id']}/resolve", json={"lead_unit": "nowhere"}).status_code == 422
    )

    same = desk.post(f"/api/v1/reroute-requests/{request['id']}/resolve", json={"lead_unit": "hushan"})
    assert same.status_code == 422 and "驳回" in same.json()["detail"]
    both = {"lead_unit": "jiaoyu", "co_units": ["jiaoyu"]}  # one unit cannot lead and co-handle
    both_r = desk.post(f"/api/v1/reroute-requests/{request['id']}/resolve", json=both)
    assert both_r.status_code == 422 and "协办" in both_r.json()["detail"]
    done = desk.post(f"/api/v1/reroute-requests/{request['id']}/resolve", json={"lead_unit": "jiaoyu"})
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "rerouted" and done.json()["lead_unit_name"] == "市教育局"
    assert (
        desk.post(f"/api/v1/reroute-requests/{request['id']}/resolve", json={"lead_unit": "jiaoyu"}).status_code == 409
    )

    with db() as s:
        event = s.get(Event, local.id)
        items = list(s.scalars(select(Item).where(Item.event_id == local.id)))
        corrections = list(s.scalars(select(LabelCorrection)))
    assert event is not None and event.lead_unit == "jiaoyu"
    assert all(i.lead_unit == "jiaoyu" for i in items)
    assert {(c.field, c.old_value, c.new_value, c.user) for c in corrections} == {
        ("lead_unit", "hushan", "jiaoyu", "desk1")
    }
    assert [a.detail["from_unit"] for a in audits(db, "routed.reroute")] == ["hushan"]
    assert len(audits(db, "routed.reroute_request")) == 1

    # it has left 虎山街道's lists and reached 市教育局's
    assert hushan.get("/api/v1/routed/events").json()["count"] == 0
    assert hushan.get(f"/api/v1/events/{local.id}").status_code == 404
    assert [r["event_id"] for r in jiaoyu.get("/api/v1/routed/events").json()["data"]] == [local.id]
    mine = hushan.get("/api/v1/reroute-requests", params={"status": "all"}).json()["data"]
    assert [m["status_label"] for m in mine] == ["已改派"]


def test_the_desk_declines_with_a_note(
    users: dict[str, str], api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    local, _ = complaint(seed)
    hushan, desk = api_login(users["hushan"]), api_login(users["desk"])
    request = hushan.post(f"/api/v1/routed/items/{_item_of(db, local.id)}/reroute", json={"reason": "不归我们"}).json()
    assert desk.post(f"/api/v1/reroute-requests/{request['id']}/decline", json={"note": ""}).status_code == 422
    r = desk.post(f"/api/v1/reroute-requests/{request['id']}/decline", json={"note": "违建属地管理，请街道处理"})
    assert r.status_code == 200 and r.json()["status"] == "declined"
    row = hushan.get("/api/v1/routed/items").json()["data"][0]
    assert row["reroute"]["status_label"] == "已驳回" and row["reroute"]["note"] == "违建属地管理，请街道处理"
    assert len(audits(db, "routed.reroute_decline")) == 1
    # declined: the unit may ask again
    again = hushan.post(f"/api/v1/routed/items/{row['item_id']}/reroute", json={"reason": "补充说明"})
    assert again.status_code == 200


def test_rerouting_transfers_the_units_case_without_resetting_the_clock(
    users: dict[str, str], api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    local, _ = complaint(seed)
    desk, hushan = api_login(users["desk"]), api_login(users["hushan"])
    case = desk.post(f"/api/v1/events/{local.id}/dispatch", json={"lead_unit": "hushan"}).json()
    row = hushan.get("/api/v1/routed/events").json()["data"][0]
    assert row["case_id"] == case["id"]
    request = hushan.post(f"/api/v1/routed/events/{local.id}/reroute", json={"reason": "非本单位"}).json()
    done = desk.post(f"/api/v1/reroute-requests/{request['id']}/resolve", json={"lead_unit": "jiaoyu"})
    assert done.status_code == 200
    with db() as s:
        moved = s.get(Case, case["id"])
        assert moved is not None
        kinds = [a.kind for a in moved.actions]
    assert moved.lead_unit == "jiaoyu" and kinds == ["dispatch", "transfer"]
    assert moved.anchor_at.isoformat() == case["anchor_at"].replace("Z", "+00:00")


def test_a_co_handler_rerouted_off_a_case_leaves_its_co_handlers(
    users: dict[str, str], api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    big, _ = fire(seed)  # 应急局 leads, 虎山街道 co-handles
    desk, hushan = api_login(users["desk"]), api_login(users["hushan"])
    case = desk.post(f"/api/v1/events/{big.id}/dispatch", json={"lead_unit": "yingji", "co_units": ["hushan"]}).json()
    request = hushan.post(f"/api/v1/routed/events/{big.id}/reroute", json={"reason": "不在本街道"}).json()
    done = desk.post(f"/api/v1/reroute-requests/{request['id']}/resolve", json={"lead_unit": "jiaoyu"})
    assert done.status_code == 200
    with db() as s:
        moved = s.get(Case, case["id"])
        assert moved is not None
        kinds = [a.kind for a in moved.actions]
        assert moved.lead_unit == "yingji"  # the lead did not ask: it keeps the case
        assert moved.co_units == ["jiaoyu"]  # the requester's place went to the unit named
        assert kinds == ["dispatch", "set_co_units"]
    assert hushan.get(f"/api/v1/cases/{case['id']}").status_code in (403, 404)  # no longer its case
    assert audits(db, "case.set_co_units")[0].detail["co_units"] == ["jiaoyu"]


def test_isolation_of_every_routed_list_and_action(
    users: dict[str, str], api_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    local, _ = complaint(seed)
    school, _ = seed(title="某中学食堂食品安全问题", text="家长反映某中学食堂卫生差。", unit="jiaoyu", places=())
    hushan, jiaoyu, desk = api_login(users["hushan"]), api_login(users["jiaoyu"]), api_login(users["desk"])
    assert [r["event_id"] for r in jiaoyu.get("/api/v1/routed/events").json()["data"]] == [school.id]
    assert jiaoyu.get("/api/v1/routed/events", params={"unit": "hushan"}).json()["count"] == 0
    assert jiaoyu.get("/api/v1/routed/events", params={"unit": "hushan"}).json()["unsigned"] == 0
    assert jiaoyu.get("/api/v1/routed/items", params={"q": "违建"}).json()["count"] == 0
    hushan_item = _item_of(db, local.id)
    for path in (
        f"/api/v1/routed/events/{local.id}/sign",
        f"/api/v1/routed/items/{hushan_item}/sign",
    ):
        assert jiaoyu.post(path).status_code == 404, path
    assert jiaoyu.post(f"/api/v1/routed/events/{local.id}/reroute", json={"reason": "x"}).status_code == 404
    request = hushan.post(f"/api/v1/routed/events/{local.id}/reroute", json={"reason": "x"}).json()
    assert jiaoyu.post(f"/api/v1/reroute-requests/{request['id']}/decline", json={"note": "n"}).status_code == 403
    # staff read any unit's list by naming it, and cannot sign for a unit
    assert desk.get("/api/v1/routed/events").status_code == 422
    assert [r["event_id"] for r in desk.get("/api/v1/routed/events", params={"unit": "hushan"}).json()["data"]] == [
        local.id
    ]
    assert desk.post(f"/api/v1/routed/events/{local.id}/sign").status_code == 403
    assert hushan.get("/api/v1/routed/events").json()["unsigned"] == 1


def test_the_workspace_page_lists_routed_and_signs(
    users: dict[str, str], web_login: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    local, _ = complaint(seed)
    big, _ = fire(seed)
    c, csrf = web_login(users["hushan"])
    html = c.get("/inbox").text
    assert 'id="routed-list"' in html and html.count('class="routed-row') == 2
    assert "待签收 2" in html and "路由规则「火灾」 · 协办（属地）" in html and "yingji" not in html
    r = c.post(f"/routed/events/{big.id}/sign", data={"csrf_token": csrf})
    assert r.status_code == 303
    assert "待签收 1" in c.get("/inbox").text
    r = c.post(f"/routed/events/{local.id}/reroute", data={"csrf_token": csrf, "reason": "请改派"})
    assert r.status_code == 303
    assert "改派申请：待处理" in c.get("/inbox").text
    assert "按条目" in html and 'class="routed-row unsigned" data-kind="item"' in c.get("/inbox?routed=items").text

    desk, desk_csrf = web_login(users["desk"])
    page = desk.get("/desk").text
    assert 'id="reroute-requests"' in page and "请改派" in page
    request_id = audits(db, "routed.reroute_request")[0].detail["request"]
    r = desk.post(f"/reroutes/{request_id}/resolve", data={"csrf_token": desk_csrf, "lead_unit": "jiaoyu"})
    assert r.status_code == 303
    assert 'id="reroute-requests"' not in desk.get("/desk").text
    assert c.post(f"/routed/events/{big.id}/sign", data={"csrf_token": "forged"}).status_code == 403


def _item_of(db: sessionmaker[Session], event_id: int) -> str:
    with db() as s:
        item_id = s.scalar(select(Item.id).where(Item.event_id == event_id))
    assert item_id is not None
    return str(item_id)


def test_an_item_routed_on_an_unsure_topic_says_so(
    users: dict[str, str], api_login: Any, web_login: Any, seed: Any
) -> None:
    """Routing reads the topic; when the classifier was not sure of it (calibrated confidence below
    one half, right about half the time), the unit is told so next to why it came, and the way out
    (a reroute request) is named."""
    complaint(seed, topic="chengxiang", topic_confidence=0.35)
    fire(seed, topic="anquan", topic_confidence=0.93)
    hushan = api_login(users["hushan"])
    items = {i["routing_rules"][0]: i for i in hushan.get("/api/v1/routed/items").json()["data"]}
    unsure, sure = items["属地-违建与村务"], items["火灾"]
    assert unsure["topic"] == "chengxiang" and unsure["topic_name"] == "城乡建设" and unsure["topic_unsure"] is True
    assert sure["topic_name"] == "安全应急" and sure["topic_unsure"] is False
    events = hushan.get("/api/v1/routed/events").json()["data"]
    assert {e["topic_name"] for e in events} == {"城乡建设", "安全应急"}

    c, _ = web_login(users["hushan"])
    rows = c.get("/inbox?routed=items").text.split('class="routed-row')[1:]
    assert len(rows) == 2
    (unsure_row,) = [r for r in rows if "属地-违建与村务" in r]
    (sure_row,) = [r for r in rows if "「火灾」" in r]
    assert "领域：城乡建设" in unsure_row and "把握不大" in unsure_row and "申请改派" in unsure_row
    assert "领域：安全应急" in sure_row and "把握不大" not in sure_row

"""专题 through the API and the pages: who may edit and read, each refused field with its Chinese
reason, a new 专题 watched at once by the running app, a unit user's own items only, and the daily
digest whose every link opens a page of the web UI."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from models.db import Item, Source, Unit
from models.timeutil import to_local
from yuqing.db.engine import transaction

NOW = datetime.now(UTC)
START = (NOW - timedelta(days=2)).isoformat()

Login = Callable[[str], Any]


@pytest.fixture
def world(db: sessionmaker[Session], users: dict[str, str]) -> dict[str, str]:
    """Two 乡镇/街道 and items of two units, some about 暴雨."""
    with transaction(db) as s:
        s.get(Unit, "hushan").kind = "township"  # type: ignore[union-attr]
        s.add(Unit(id="nianbadu", name="廿八都镇", kind="township"))
        s.add(Source(id="jiangshan-web", name="江山市人民政府网", type="web", tier="official"))
        for key, title, unit, places in (
            ("own", "虎山街道暴雨 道路积水", "hushan", ["虎山街道"]),
            ("theirs", "暴雨致学校停课", "jiaoyu", []),
            ("drill", "防汛暴雨演练", "hushan", []),
            ("other", "交通拥堵", "hushan", []),
        ):
            at = NOW - timedelta(hours=2)
            s.add(
                Item(
                    id=key, source_id="jiangshan-web", source_type="web", source_tier="official", title=title,
                    text="", published_at=at, collected_at=at, stored_at=at, lead_unit=unit, places=places,
                    negative=key == "own",
                )
            )  # fmt: skip
    return users


def body(**fields: Any) -> dict[str, Any]:
    values: dict[str, Any] = {"name": "防汛", "keywords": ["暴雨"], "exclude": ["演练"], "starts_at": START}
    values.update(fields)
    return values


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"keywords": []}, "关键词"),
        ({"keywords": [" ", ""]}, "关键词"),
        ({"keywords": [f"词{i}" for i in range(51)]}, "关键词"),
        ({"keywords": ["长" * 31]}, "关键词"),
        ({"exclude": ["暴雨"]}, "排除词"),
        ({"places": ["火星镇"]}, "地点"),
        ({"ends_at": (NOW - timedelta(days=3)).isoformat()}, "结束时间"),
        ({"name": "  "}, "名称"),
    ],
)
def test_each_refused_field_is_named_with_its_reason(
    world: dict[str, str], api_login: Login, fields: dict[str, Any], field: str
) -> None:
    desk = api_login(world["desk"])
    r = desk.post("/api/v1/topics", json=body(**fields))
    assert r.status_code == 422, r.text
    assert r.json()["detail"].startswith(f"{field}："), r.json()
    assert desk.get("/api/v1/topics").json()["count"] == 0  # nothing saved


def test_a_duplicate_name_is_a_conflict(world: dict[str, str], api_login: Login) -> None:
    desk = api_login(world["desk"])
    assert desk.post("/api/v1/topics", json=body()).status_code == 201
    r = desk.post("/api/v1/topics", json=body(keywords=["洪水"]))
    assert r.status_code == 409
    assert r.json()["detail"].startswith("名称：已有同名专题")


def test_desk_and_admin_edit_leaders_and_units_read(world: dict[str, str], api_login: Login) -> None:
    desk, admin = api_login(world["desk"]), api_login(world["admin"])
    leader, unit = api_login(world["leader"]), api_login(world["hushan"])
    created = desk.post("/api/v1/topics", json=body(places=["虎山街道"])).json()
    assert created["places"] == ["虎山街道"] and created["created_by"] == "desk1"
    tid = created["id"]
    for reader in (leader, unit):
        assert reader.get(f"/api/v1/topics/{tid}").json()["name"] == "防汛"
        assert reader.post("/api/v1/topics", json=body(name="两会")).status_code == 403
        assert reader.patch(f"/api/v1/topics/{tid}", json={"name": "x"}).status_code == 403
        assert reader.delete(f"/api/v1/topics/{tid}").status_code == 403
    changed = admin.patch(f"/api/v1/topics/{tid}", json={"name": "防汛抗旱", "ends_at": None})
    assert changed.status_code == 200 and changed.json()["name"] == "防汛抗旱"
    assert admin.patch(f"/api/v1/topics/{tid}", json={"keywords": ["演练"]}).status_code == 422
    assert desk.get("/api/v1/topics/999").status_code == 404
    assert desk.delete(f"/api/v1/topics/{tid}").json()["active"] is False
    assert desk.get("/api/v1/topics").json()["count"] == 0
    assert desk.get("/api/v1/topics?include_inactive=true").json()["count"] == 1


def test_a_unit_sees_only_its_own_items_in_a_topic(world: dict[str, str], api_login: Login, web_login: Login) -> None:
    tid = api_login(world["desk"]).post("/api/v1/topics", json=body()).json()["id"]
    staff = {i["id"] for i in api_login(world["leader"]).get(f"/api/v1/topics/{tid}/items").json()["data"]}
    assert staff == {"own", "theirs"}  # 演练 excluded, 交通拥堵 not about 暴雨
    mine = {i["id"] for i in api_login(world["hushan"]).get(f"/api/v1/topics/{tid}/items").json()["data"]}
    assert mine == {"own"}
    unit, _csrf = web_login(world["hushan"])
    html = unit.get(f"/topics/{tid}").text
    assert "虎山街道暴雨" in html and "暴雨致学校停课" not in html
    assert "条目 1 条" in html


def test_a_topic_created_through_the_api_is_on_the_pages_of_the_running_app(
    world: dict[str, str], api_login: Login, web_login: Login, app: FastAPI
) -> None:
    web, _csrf = web_login(world["leader"])
    assert "两会" not in web.get("/topics").text
    tid = api_login(world["desk"]).post("/api/v1/topics", json=body(name="两会")).json()["id"]
    listing = web.get("/topics").text
    assert f'href="/topics/{tid}">两会' in listing
    page = web.get(f"/topics/{tid}").text
    assert "虎山街道暴雨" in page and 'href="/items/own"' in page
    for key in ("volume", "negative", "tiers", "sources", "words"):
        assert f'id="chart-{key}"' in page
    assert "江山市人民政府网" in page and "jiangshan-web" not in page  # sources by name, never by id


def test_the_desk_form_creates_and_edits_with_csrf_and_shows_refusals(world: dict[str, str], web_login: Login) -> None:
    desk, csrf = web_login(world["desk"])
    assert desk.get("/topics/new").status_code == 200
    form = {"name": "防汛", "keywords": "暴雨\n洪水", "exclude": "演练", "places": ["虎山街道"],
            "starts_on": (NOW - timedelta(days=2)).date().isoformat(), "ends_on": ""}  # fmt: skip
    assert desk.post("/topics", data=form).status_code == 403  # no CSRF token
    refused = desk.post("/topics", data={**form, "csrf_token": csrf, "keywords": "演练"})
    assert refused.status_code == 422 and "排除词：" in refused.text and "演练" in refused.text
    r = desk.post("/topics", data={**form, "csrf_token": csrf})
    assert r.status_code == 303
    target = r.headers["location"].split("?")[0]
    page = desk.get(target).text
    assert "暴雨" in page and "洪水" in page and "虎山街道" in page
    tid = int(target.rsplit("/", 1)[1])
    edit = desk.get(f"/topics/{tid}/edit").text
    assert 'value="虎山街道" checked' in edit
    r = desk.post(f"/topics/{tid}", data={**form, "csrf_token": csrf, "name": "防汛2026", "ends_on": "2000-01-01"})
    assert r.status_code == 422 and "结束时间：必须晚于开始时间" in r.text
    assert desk.post(f"/topics/{tid}", data={**form, "csrf_token": csrf, "name": "防汛2026"}).status_code == 303
    assert "防汛2026" in desk.get("/topics").text
    leader, leader_csrf = web_login(world["leader"])
    assert leader.get("/topics/new").status_code == 403
    assert leader.post("/topics", data={**form, "csrf_token": leader_csrf}).status_code == 403
    assert desk.post(f"/topics/{tid}/deactivate", data={"csrf_token": csrf}).status_code == 303
    assert "防汛2026" not in desk.get("/topics").text


def test_the_daily_digest_opens_and_every_link_opens_a_page(
    world: dict[str, str], api_login: Login, web_login: Login
) -> None:
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE

    tid = api_login(world["desk"]).post("/api/v1/topics", json=body()).json()["id"]
    web, _csrf = web_login(world["desk"])
    day = to_local(NOW - timedelta(hours=2)).date().isoformat()
    r = web.get(f"/topics/{tid}/digest.docx?day={day}")
    assert r.status_code == 200
    doc = Document(io.BytesIO(r.content))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "专题日报：防汛" in text and "虎山街道暴雨 道路积水" in text and "防汛暴雨演练" not in text
    links = [rel.target_ref for rel in doc.part.rels.values() if rel.reltype == RELATIONSHIP_TYPE.HYPERLINK]
    assert any("/items/own" in u for u in links) and any(f"/topics/{tid}?day={day}" in u for u in links)
    for url in links:
        assert url.startswith("http://testserver/"), url
        assert web.get(url.removeprefix("http://testserver")).status_code == 200, url
    # a unit's digest lists only its own items
    unit, _ = web_login(world["jiaoyu"])
    unit_doc = Document(io.BytesIO(unit.get(f"/topics/{tid}/digest.docx?day={day}").content))
    unit_text = "\n".join(p.text for p in unit_doc.paragraphs)
    assert "暴雨致学校停课" in unit_text and "虎山街道暴雨" not in unit_text


def test_openapi_documents_the_refusals(app: FastAPI) -> None:
    paths = app.openapi()["paths"]
    create = paths["/api/v1/topics"]["post"]["responses"]
    assert {"400", "403", "409", "422"} <= set(create)
    one = paths["/api/v1/topics/{topic_id}"]
    assert {"403", "404"} <= set(one["get"]["responses"])
    assert {"400", "403", "404", "409", "422"} <= set(one["patch"]["responses"])


def test_the_digest_saves_under_one_plain_file_name_whatever_the_topic_is_called(
    world: dict[str, str], api_login: Login, web_login: Login
) -> None:
    """A 专题 name is typed by people: path separators, control characters and what Windows refuses
    in file names never reach the name the digest is saved under."""
    from urllib.parse import unquote

    made = api_login(world["desk"]).post("/api/v1/topics", json=body(name='../防汛\x02\\x:"*?'))
    assert made.status_code == 201, made.text
    web, _csrf = web_login(world["desk"])
    day = to_local(NOW).date().isoformat()
    r = web.get(f"/topics/{made.json()['id']}/digest.docx?day={day}")
    assert r.status_code == 200
    disposition = r.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="') and disposition.split('"')[1].isascii()
    encoded = disposition.split("filename*=UTF-8''")[1]
    assert "/" not in encoded and unquote(encoded) == f"专题日报-.._防汛_x____-{day}.docx"

"""The taxonomy (topics, their names, aliases and title keywords) edited online like the routing: listed
on the rules page with its history and diffs, checked by the classifier (the loader's errors with
lines; an edit losing a label of the served model is refused), and every topic name the service
shows comes from the version in force."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import ConfigVersion
from yuqing.settings import EXAMPLE_JURISDICTION

TAXONOMY = (EXAMPLE_JURISDICTION / "taxonomy.yaml").read_text(encoding="utf-8")
HUANBAO = "  - {id: huanbao, label: 环境保护, aliases: [生态环境]}\n"


def versions(db: sessionmaker[Session]) -> list[tuple[int, str]]:
    with db() as s:
        rows = s.scalars(
            select(ConfigVersion).where(ConfigVersion.document == "taxonomy").order_by(ConfigVersion.version)
        )
        return [(r.version, r.origin) for r in rows]


def test_the_rules_page_lists_the_taxonomy_and_an_edit_names_topics_everywhere(
    users: dict[str, str], web_login: Any, app: Any, seed: Any, db: sessionmaker[Session]
) -> None:
    event, _ = seed(topic="huanbao")
    client, csrf = web_login(users["admin"])
    listing = client.get("/admin/rules").text
    assert 'id="doc-taxonomy"' in listing and "分类体系（taxonomy.yaml）" in listing
    assert 'href="/admin/rules/taxonomy"' in client.get("/admin").text
    editor = client.get("/admin/rules/taxonomy")
    assert editor.status_code == 200 and "id: huanbao, label: 环境保护" in editor.text
    assert app.state.service.names.current().topic("huanbao") == "环境保护"

    edited = TAXONOMY.replace("label: 环境保护", "label: 生态环境保护", 1).replace(
        "keywords: [科技创新, ", "keywords: [科技创新券, 科技创新, ", 1
    )
    form = {"csrf_token": csrf, "text": edited, "base_version": "0", "note": "改名，加关键词"}
    r = client.post("/admin/rules/taxonomy", data=form)
    assert r.status_code == 303 and "版本 2" in unquote(r.headers["location"])
    assert versions(db) == [(1, "seed"), (2, "web")]
    assert app.state.service.names.current().topic("huanbao") == "生态环境保护"
    page = client.get(f"/events/{event.id}").text
    assert "生态环境保护" in page and ">huanbao<" not in page
    assert "生态环境保护" in client.get("/admin/config/taxonomy").text  # the read-only view: the version in force
    diff = client.get("/admin/rules/taxonomy/versions/2").text
    assert "+  - {id: huanbao, label: 生态环境保护" in diff and "科技创新券" in diff
    assert "改名，加关键词" in client.get("/admin/rules").text


def test_an_edit_that_drops_a_topic_the_model_predicts_is_refused(
    users: dict[str, str], api_login: Any, app: Any, db: sessionmaker[Session]
) -> None:
    admin = api_login(users["admin"])
    assert "taxonomy" in [d["document"] for d in admin.get("/api/v1/rules").json()]
    doc = admin.get("/api/v1/rules/taxonomy").json()
    assert doc["version"] == 0 and doc["text"] == TAXONOMY and doc["title"] == "分类体系"
    r = admin.put("/api/v1/rules/taxonomy", json={"text": TAXONOMY.replace(HUANBAO, "", 1), "base_version": 0})
    assert r.status_code == 422
    assert "模型的标签 'huanbao' 将丢失" in r.json()["detail"] and "重新训练模型" in r.json()["detail"]
    assert versions(db) == []
    assert app.state.service.names.current().topic("huanbao") == "环境保护"


def test_a_broken_edit_is_refused_with_its_line_and_the_text_as_typed(
    users: dict[str, str], web_login: Any, db: sessionmaker[Session]
) -> None:
    client, csrf = web_login(users["admin"])
    bad = TAXONOMY.replace("{id: jiaotong, label: 交通运输}", "{id: jiaotong, lable: 交通运输}", 1)
    line = next(i for i, text in enumerate(bad.splitlines(), 1) if "lable: 交通运输" in text)
    r = client.post("/admin/rules/taxonomy", data={"csrf_token": csrf, "text": bad, "base_version": "0"})
    assert r.status_code == 422
    assert f"taxonomy.yaml:{line}: topics.2.label: Field required" in r.text and "lable: 交通运输" in r.text
    twice = TAXONOMY.replace("label: 交通运输}", "label: 交通运输, keywords: [孵化器]}", 1)
    r = client.post("/admin/rules/taxonomy", data={"csrf_token": csrf, "text": twice, "base_version": "0"})
    assert r.status_code == 422 and "keyword &#39;孵化器&#39; decides two topics (jiaotong and keji)" in r.text
    assert versions(db) == []


def test_the_taxonomy_and_the_routing_are_each_checked_against_the_other_in_force(
    users: dict[str, str], api_login: Any, db: sessionmaker[Session]
) -> None:
    """Dropping a topic the routing in force still names would silently disable its rules: refused.
    A topic added online may then be named by the routing (checked against the taxonomy in force,
    not the file on disk), after which the taxonomy can no longer drop it."""
    admin = api_login(users["admin"])
    keji = "  - id: keji\n    label: 科技创新\n"
    renamed = TAXONOMY.replace(keji, "  - id: kechuang\n    label: 科技创新\n", 1)
    r = admin.put("/api/v1/rules/taxonomy", json={"text": renamed, "base_version": 0})
    assert r.status_code == 422 and "分派规则仍按领域 'keji' 分派（规则：" in r.json()["detail"]
    assert versions(db) == []

    added = TAXONOMY + "  - {id: xinfang, label: 信访, keywords: [信访事项]}\n"
    routing = (EXAMPLE_JURISDICTION / "routing.yaml").read_text(encoding="utf-8")
    naming = routing.replace(
        "  - name: 科技创新", "  - name: 信访\n    when: {topics: [xinfang]}\n    lead: fuban\n  - name: 科技创新", 1
    )
    r = admin.put("/api/v1/rules/routing", json={"text": naming, "base_version": 0})
    assert r.status_code == 422 and "未知领域 'xinfang'" in r.json()["detail"]
    assert admin.put("/api/v1/rules/taxonomy", json={"text": added, "base_version": 0}).status_code == 200
    assert admin.put("/api/v1/rules/routing", json={"text": naming, "base_version": 0}).status_code == 200
    r = admin.put("/api/v1/rules/taxonomy", json={"text": TAXONOMY, "base_version": 2})
    assert r.status_code == 422 and "分派规则仍按领域 'xinfang' 分派（规则：信访）" in r.json()["detail"]

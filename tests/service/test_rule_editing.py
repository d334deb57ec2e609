"""Rules edited online: checked with the stage's own models and line-precise errors (a bad edit
changes nothing), versioned with who/when/what, limited by role (a unit user: its own unit's
关注词/排除词), and picked up by the running stages without a restart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from alerting.config import AlertRulesFile, load_alerting_config
from alerting.handler import ClassifiedItemHandler
from alerting.store import Incoming
from alerting.worker import live_alert_rules
from models.db import Alert, ConfigVersion
from service.rule_editing import edit_scheme, schemes
from yuqing.config import validate_yaml
from yuqing.errors import ConfigError
from yuqing.settings import EXAMPLE_JURISDICTION

RULES = (EXAMPLE_JURISDICTION / "alert_rules.yaml").read_text(encoding="utf-8")


def versions(db: sessionmaker[Session], document: str) -> list[tuple[int, str, str]]:
    with db() as s:
        rows = s.scalars(
            select(ConfigVersion).where(ConfigVersion.document == document).order_by(ConfigVersion.version)
        )
        return [(r.version, r.origin, r.author) for r in rows]


def test_a_bad_edit_gets_the_loaders_errors_and_changes_nothing(
    users: dict[str, str], api_login: Any, db: sessionmaker[Session]
) -> None:
    admin = api_login(users["admin"])
    bad = RULES.replace("min_grade: major", "min_grade: huge", 1)
    with pytest.raises(ConfigError) as loader:
        validate_yaml(bad, AlertRulesFile, "alert_rules.yaml")
    r = admin.put("/api/v1/rules/alert_rules", json={"text": bad, "base_version": 0})
    assert r.status_code == 422
    assert str(loader.value) in r.json()["detail"]  # the same message, line and field as the YAML loader
    first_rule = next(i for i, text in enumerate(bad.splitlines(), 1) if "- id:" in text)
    assert f"alert_rules.yaml:{first_rule}: rules.0" in str(loader.value) and "min_grade" in str(loader.value)
    unknown_level = RULES.replace("level: 一级", "level: 零级", 1)
    r = admin.put("/api/v1/rules/alert_rules", json={"text": unknown_level, "base_version": 0})
    line = next(i for i, text in enumerate(unknown_level.splitlines(), 1) if "level: 零级" in text)
    assert r.status_code == 422
    assert f"alert_rules.yaml:{line}: rules.0.level: unknown level '零级'" in r.json()["detail"]
    routing = (
        (EXAMPLE_JURISDICTION / "routing.yaml").read_text(encoding="utf-8").replace("lead: yingji", "lead: nobody", 1)
    )
    r = admin.put("/api/v1/rules/routing", json={"text": routing, "base_version": 0})
    assert r.status_code == 422 and "rules.0.lead: unknown unit 'nobody'" in r.json()["detail"]
    assert "routing.yaml:" in r.json()["detail"]
    r = admin.put("/api/v1/rules/policies", json={"text": "rules: [{id: sign, hours: -1}]\n", "base_version": 0})
    assert r.status_code == 422 and "policies.yaml:1" in r.json()["detail"]
    r = admin.put("/api/v1/rules/alert_rules", json={"text": RULES, "base_version": False})
    assert r.status_code == 422  # the version an edit starts from is a number, never true/false
    assert versions(db, "alert_rules") == versions(db, "routing") == versions(db, "policies") == []


def test_an_edit_is_a_new_version_with_who_when_and_a_diff(
    users: dict[str, str], api_login: Any, app: Any, db: sessionmaker[Session]
) -> None:
    admin = api_login(users["admin"])
    assert app.state.service.names.current().rule("grade-major") == "重大及以上突发事件"
    doc = admin.get("/api/v1/rules/alert_rules").json()
    assert doc["version"] == 0 and doc["text"] == RULES
    renamed = RULES.replace("name: 重大及以上突发事件", "name: 重大以上突发事件（在线修改）")
    r = admin.put("/api/v1/rules/alert_rules", json={"text": renamed, "base_version": 0, "note": "改名"})
    assert r.status_code == 200, r.text
    assert r.json()["version"] == 2 and r.json()["author"] == users["admin"]
    assert versions(db, "alert_rules") == [(1, "seed", "seed"), (2, "web", users["admin"])]
    assert app.state.service.names.current().rule("grade-major") == "重大以上突发事件（在线修改）"
    detail = admin.get("/api/v1/rules/alert_rules/versions/2").json()
    assert "+    name: 重大以上突发事件（在线修改）" in detail["diff"] and detail["note"] == "改名"
    assert [v["version"] for v in admin.get("/api/v1/rules/alert_rules/versions").json()] == [2, 1]
    # someone editing the old version is told to reload, not silently overwritten
    r = admin.put("/api/v1/rules/alert_rules", json={"text": RULES, "base_version": 1})
    assert r.status_code == 409
    assert admin.get("/api/v1/rules/alert_rules/versions/9").status_code == 404
    assert admin.get("/api/v1/rules/units").status_code == 422


def test_only_admins_edit_documents(users: dict[str, str], api_login: Any) -> None:
    for role in ("desk", "leader", "hushan"):
        client = api_login(users[role])
        assert client.get("/api/v1/rules/routing").status_code == 403
        assert client.put("/api/v1/rules/routing", json={"text": "x", "base_version": 0}).status_code == 403


def test_a_unit_user_edits_its_own_units_watch_and_exclude_words(
    users: dict[str, str], api_login: Any, db: sessionmaker[Session]
) -> None:
    unit = api_login(users["hushan"])
    found = unit.get("/api/v1/keyword-schemes").json()
    assert [s["id"] for s in found["data"]] == ["watch-hushan"]
    scheme = found["data"][0]
    body = {"words": [*scheme["words"], "井盖"], "exclude": ["已整改"], "base_version": found["version"]}
    r = unit.put("/api/v1/keyword-schemes/watch-hushan", json=body)
    assert r.status_code == 200, r.text
    after = unit.get("/api/v1/keyword-schemes").json()
    assert after["version"] == 2 and "井盖" in after["data"][0]["words"] and after["data"][0]["exclude"] == ["已整改"]
    body = {**body, "regions": ["双塔"], "base_version": 2}
    assert unit.put("/api/v1/keyword-schemes/watch-hushan", json=body).status_code == 403  # 地域词: admins
    other = {"words": ["火灾"], "base_version": 2}
    assert unit.put("/api/v1/keyword-schemes/watch-safety", json=other).status_code == 404  # another scheme
    assert api_login(users["jiaoyu"]).get("/api/v1/keyword-schemes").json()["data"] == []
    for role in ("desk", "leader"):
        assert api_login(users[role]).get("/api/v1/keyword-schemes").status_code == 403
    admin = api_login(users["admin"])
    assert len(admin.get("/api/v1/keyword-schemes").json()["data"]) == 3
    assert versions(db, "alert_rules")[-1] == (2, "web", users["hushan"])


def test_a_unit_without_a_scheme_is_told_in_words_not_field_names(users: dict[str, str], web_login: Any) -> None:
    from tests.service.test_names_everywhere import visible_text

    client, _csrf = web_login(users["jiaoyu"])
    text = visible_text(client.get("/keywords").text)
    assert "本单位还没有关键词方案" in text
    assert "unit" not in text  # the YAML field is the administrator's business


def test_scheme_edits_keep_the_rest_of_the_file() -> None:
    text = edit_scheme(RULES, "watch-safety", words=["火灾", "yes"], exclude=["演练", "消防 宣传"], regions=None)
    assert "# 江山市 预警规则" in text and "quiet_minutes: 30" in text  # comments and layout kept
    (safety,) = [s for s in schemes(text) if s.id == "watch-safety"]
    assert safety.words == ("火灾", "yes") and safety.exclude == ("演练", "消防 宣传")
    assert safety.regions == ("江山", "虎山", "双塔", "清湖", "贺村", "峡口", "廿八都")
    changed = [line for line in text.splitlines() if line not in RULES.splitlines()]
    assert len(changed) == 2, changed


def test_the_web_editor_shows_the_error_with_the_text_as_typed(
    users: dict[str, str], web_login: Any, db: sessionmaker[Session]
) -> None:
    client, csrf = web_login(users["admin"])
    page = client.get("/admin/rules/policies")
    assert page.status_code == 200 and "import_default_unit" in page.text
    bad = "version: 1\nreminders_minutes: soon\n"
    r = client.post("/admin/rules/policies", data={"csrf_token": csrf, "text": bad, "base_version": "0"})
    assert r.status_code == 422
    assert "policies.yaml:2: reminders_minutes" in r.text and "reminders_minutes: soon" in r.text
    assert versions(db, "policies") == []
    good = "version: 1\njurisdiction: 江山市\nreminders_minutes: [30]\n"
    r = client.post("/admin/rules/policies", data={"csrf_token": csrf, "text": good, "base_version": "0"})
    assert r.status_code == 303 and "版本 2" in unquote(r.headers["location"])
    listing = client.get("/admin/rules").text
    assert "版本 2" in listing and users["admin"] in listing


def test_a_new_policy_applies_to_the_next_dispatch(
    users: dict[str, str], api_login: Any, seed: Callable[..., Any]
) -> None:
    admin, desk = api_login(users["admin"]), api_login(users["desk"])
    text = "version: 1\njurisdiction: 江山市\nrules:\n  - id: sign\n    hours: 0.5\n"
    assert admin.put("/api/v1/rules/policies", json={"text": text, "base_version": 0}).status_code == 200
    event, _ = seed()
    r = desk.post(f"/api/v1/events/{event.id}/dispatch", json={"lead_unit": "hushan"})
    assert r.status_code == 200, r.text
    sign = [d for d in desk.get(f"/api/v1/cases/{r.json()['id']}").json()["deadlines"] if d["rule_id"] == "sign"]
    started, due = (datetime.fromisoformat(sign[0][k]) for k in ("started_at", "due_at"))
    assert (due - started).total_seconds() == 30 * 60


def test_an_added_exclude_word_stops_the_next_matching_item_from_alerting(
    users: dict[str, str],
    api_login: Any,
    db: sessionmaker[Session],
    make_raw_item: Callable[..., Any],
    make_classified_item: Callable[..., Any],
) -> None:
    """Through the real alerting handler, as ``yuqing alert`` runs it (rules read from the database)."""
    config = load_alerting_config(EXAMPLE_JURISDICTION)
    handler = ClassifiedItemHandler(db, config, producer=None, live_rules=live_alert_rules(db, config, interval_s=0))

    def run(title: str, text: str, place: str) -> set[str]:
        item = make_classified_item(make_raw_item(title=title, text=text), places=(place,), grade=None, negative=False)
        raised = handler.process([Incoming(item, None)])
        with db() as s:
            return set(s.scalars(select(Alert.rule).where(Alert.id.in_(raised))))

    assert "watch-safety" in run(
        "清湖街道一电动车停车棚起火", "清湖街道某小区电动车停车棚夜间起火，无人员伤亡。", "清湖街道"
    )
    admin = api_login(users["admin"])
    found = admin.get("/api/v1/keyword-schemes").json()
    safety = next(s for s in found["data"] if s["id"] == "watch-safety")
    body = {"words": safety["words"], "exclude": [*safety["exclude"], "电动车"], "base_version": found["version"]}
    assert admin.put("/api/v1/keyword-schemes/watch-safety", json=body).status_code == 200
    assert "watch-safety" not in run(
        "贺村镇菜场电动车充电时起火", "贺村镇菜场旁一辆电动车充电时起火，火势很快被扑灭。", "贺村镇"
    )
    assert handler.config.rules.rules[-3].exclude[-1] == "电动车"  # the handler runs the new version


def test_a_stage_keeps_the_last_good_rules_if_a_version_cannot_be_used(
    db: sessionmaker[Session], users: dict[str, str]
) -> None:
    config = load_alerting_config(EXAMPLE_JURISDICTION)
    live = live_alert_rules(db, config, interval_s=0)
    with db() as s:  # written by something that skipped the check (a newer release, a hand edit)
        s.add(
            ConfigVersion(
                document="alert_rules", version=1, text="rules: [{id: x}]\n", sha256="x", origin="web", author="x",
                note="", created_at=datetime.now(UTC),
            )
        )  # fmt: skip
        s.commit()
    assert live.current() is config.rules

"""An administrator's day with the rules, in a real headless Chromium against a running service: a
fire item raises a 关注词 alert on the desk; the admin adds an 排除词 to that keyword scheme in the web
UI; the alerting stage's own handler (reading the rules in force from the database, as ``yuqing
alert`` does) lets the next matching item pass without an alert. A bad edit in the YAML editor is
refused with the loader's line-precise message. Screenshots go to ``tests/artifacts/``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from alerting.config import load_alerting_config
from alerting.handler import ClassifiedItemHandler
from alerting.store import Incoming
from alerting.worker import live_alert_rules
from models.db import Alert, ConfigVersion
from tests.service.test_browser import CHROMIUM, browser, sign_in
from yuqing.settings import EXAMPLE_JURISDICTION

__all__ = ["browser"]  # a fixture shared with the other browser test

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]


@pytest.fixture
def alert_stage(db: sessionmaker[Session]) -> ClassifiedItemHandler:
    """The alerting handler as ``yuqing alert`` builds it: rules in force read from the database."""
    config = load_alerting_config(EXAMPLE_JURISDICTION)
    return ClassifiedItemHandler(db, config, producer=None, live_rules=live_alert_rules(db, config, interval_s=0))


def test_admin_adds_an_exclude_word_and_the_next_matching_item_no_longer_alerts(
    users: dict[str, str],
    server: str,
    browser: Any,
    alert_stage: ClassifiedItemHandler,
    db: sessionmaker[Session],
    make_raw_item: Callable[..., Any],
    make_classified_item: Callable[..., Any],
    artifacts: Path,
) -> None:
    from playwright.sync_api import expect

    def item_through_alerting(title: str, text: str, place: str) -> set[str]:
        item = make_classified_item(make_raw_item(title=title, text=text), places=(place,), grade=None, negative=False)
        raised = alert_stage.process([Incoming(item, None)])
        alert_stage.publish(raised)
        with db() as s:
            return {a.detail.get("rule_name") for a in s.scalars(select(Alert).where(Alert.id.in_(raised)))}

    first = "清湖街道一小区电动车停车棚起火"
    assert "关注词：安全事故" in item_through_alerting(
        first, "清湖街道某小区电动车停车棚夜间起火，无人伤亡。", "清湖街道"
    )
    desk = sign_in(browser, server, users["desk"])
    expect(desk.locator("#alert-rows")).to_contain_text(first)
    expect(desk.locator("#alert-rows tr.alert-row", has_text=first).first).to_contain_text("关注词：安全事故")

    admin = sign_in(browser, server, users["admin"])
    admin.goto(f"{server}/keywords")
    scheme = admin.locator("#scheme-watch-safety")
    expect(scheme.locator("h2")).to_contain_text("关注词：安全事故")
    exclude = scheme.locator("textarea[name=exclude]")
    exclude.fill(exclude.input_value() + "、电动车")
    scheme.locator("button[type=submit]").click()
    expect(admin.locator(".flash")).to_contain_text("关键词已保存")
    expect(admin.locator("#scheme-watch-safety textarea[name=exclude]")).to_have_value(
        "演练、演习、宣传周、培训、电动车"
    )
    admin.screenshot(path=str(artifacts / "keywords.png"), full_page=True)

    admin.goto(f"{server}/admin/rules")
    expect(admin.locator("#doc-alert_rules")).to_contain_text("管理员")  # who edited, by name (no login)
    expect(admin.locator("#doc-alert_rules")).to_contain_text("关键词方案「关注词：安全事故」")
    admin.screenshot(path=str(artifacts / "rules.png"), full_page=True)

    # the next matching item, through the real alerting stage: the 排除词 now holds it back
    second = "贺村镇菜场一辆电动车充电时起火"
    assert "关注词：安全事故" not in item_through_alerting(
        second, "贺村镇菜场旁一辆电动车充电时起火，火势很快被扑灭。", "贺村镇"
    )
    desk.goto(f"{server}/desk?status=all")
    expect(desk.locator("#alert-rows")).to_contain_text(first)
    expect(desk.locator("#alert-rows")).not_to_contain_text(second)
    desk.screenshot(path=str(artifacts / "desk-after-exclude.png"), full_page=True)

    # a bad edit in the YAML editor is refused with the loader's message; nothing is saved
    with db() as s:
        before = len(list(s.scalars(select(ConfigVersion))))
    admin.goto(f"{server}/admin/rules/alert_rules")
    text = admin.locator("#rule-form textarea[name=text]")
    text.fill(text.input_value().replace("level: 一级", "level: 零级", 1))
    admin.click("#rule-form button[type=submit]")
    expect(admin.locator("#rule-error")).to_contain_text("unknown level '零级'")
    expect(admin.locator("#rule-form textarea[name=text]")).to_contain_text("level: 零级")
    admin.screenshot(path=str(artifacts / "rule-editor-error.png"), full_page=True)
    with db() as s:
        assert len(list(s.scalars(select(ConfigVersion)))) == before

    for page in (desk, admin):
        assert page.errors == [], page.errors  # type: ignore[attr-defined]

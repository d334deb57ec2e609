"""An administrator adds a title keyword to a topic in the web UI, in a real headless Chromium against
a running service: an edit that would lose a topic the model predicts is refused with the reason;
the keyword edit is saved, and the classify worker's own handler (following the taxonomy in force
in the database, as ``yuqing classify`` does) gives the next matching item that topic and its
unit. Screenshots go to ``tests/artifacts/``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from classifier.engine import load_classifier
from classifier.worker import live_taxonomy, make_handler
from models.messages import RawItem
from tests.classifier.handler_doubles import ListProducer, Rec
from tests.service.test_browser import CHROMIUM, browser, sign_in
from yuqing.settings import EXAMPLE_JURISDICTION

__all__ = ["browser"]  # a fixture shared with the other browser tests

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]


def test_admin_adds_a_topic_keyword_and_the_next_item_gets_that_topic(
    users: dict[str, str],
    server: str,
    browser: Any,
    db: sessionmaker[Session],
    make_raw_item: Callable[..., RawItem],
    artifacts: Path,
) -> None:
    from playwright.sync_api import expect

    producer = ListProducer()
    classifier = load_classifier(EXAMPLE_JURISDICTION)
    handle = make_handler(classifier, producer, taxonomy=live_taxonomy(db, classifier, interval_s=0))  # type: ignore[arg-type]
    item = make_raw_item(
        title="关于申领数字化转型服务券的通知", text="数字化转型服务券申领工作现已启动，请企业按时提交材料。"
    )
    handle([Rec(item)])  # type: ignore[list-item]
    assert producer.sent[-1].classification.topic != "keji"

    admin = sign_in(browser, server, users["admin"])
    admin.goto(f"{server}/admin/rules")
    admin.locator("#doc-taxonomy a.button", has_text="编辑").click()
    text = admin.locator("#rule-form textarea[name=text]")
    original = text.input_value()
    text.fill(original.replace("  - {id: huanbao, label: 环境保护, aliases: [生态环境]}\n", "", 1))
    admin.click("#rule-form button[type=submit]")
    expect(admin.locator("#rule-error")).to_contain_text("模型的标签 'huanbao' 将丢失")
    expect(admin.locator("#rule-error")).to_contain_text("重新训练模型")
    admin.screenshot(path=str(artifacts / "taxonomy-refused.png"), full_page=True)

    text = admin.locator("#rule-form textarea[name=text]")
    text.fill(original.replace("keywords: [科技创新, ", "keywords: [数字化转型服务券, 科技创新, ", 1))
    admin.fill("#rule-form input[name=note]", "科技创新：数字化转型服务券")
    admin.click("#rule-form button[type=submit]")
    expect(admin.locator(".flash")).to_contain_text("taxonomy.yaml 已保存为版本 2")
    expect(admin.locator("#doc-taxonomy")).to_contain_text("科技创新：数字化转型服务券")
    admin.screenshot(path=str(artifacts / "taxonomy-saved.png"), full_page=True)

    handle([Rec(item)])  # type: ignore[list-item]
    after = producer.sent[-1].classification
    assert (after.topic, after.topic_label, after.lead_unit) == ("keji", "科技创新", "keji")
    assert admin.errors == [], admin.errors  # type: ignore[attr-defined]

"""The desk's and units' chat robots (企业微信, 钉钉) carry scraped titles in markdown messages: the
text shows as typed and can embed no image, link, heading or mention (:mod:`alerting.notify.markup`)."""

from __future__ import annotations

from datetime import UTC, datetime

from alerting.notify.base import AlertNotice, Recipients
from alerting.notify.dingtalk import DingTalkNotifier
from alerting.notify.wecom import WeComNotifier

HOSTILE = "![点](http://evil.example/p.png) [通知](http://evil.example/x) **加急**\n### 假标题 <@all>"
NOTICE = AlertNotice(
    id="a1",
    kind="rule",
    rule="关注词：安全事故",
    level="一级",
    title=HOSTILE,
    summary="地点：虎山街道[见](http://evil.example/y)",
    created_at=datetime(2026, 7, 1, 1, 0, tzinfo=UTC),
    units=("hushan",),
    unit_names=("虎山街道",),
)
PEOPLE = Recipients(wecom_userids=("zhangsan",), dingtalk_mobiles=("13800000001",))


def assert_inert(markdown: str) -> None:
    assert "](" not in markdown and "![" not in markdown and "**" not in markdown  # no image, link, bold
    assert "\n### 假标题" not in markdown and "<@all>" not in markdown  # no heading, no mention
    assert "！［点］（http://evil.example/p.png）" in markdown  # shown as typed, in full-width forms
    assert "虎山街道" in markdown


def test_a_scraped_title_is_plain_text_in_a_dingtalk_message() -> None:
    body = DingTalkNotifier("dingtalk", "http://robot.invalid/send").payload(NOTICE, PEOPLE)
    text = body["markdown"]["text"]
    assert_inert(text)
    assert text.startswith("### 【舆情预警·一级】") and "@13800000001" in text  # our own markup stays


def test_a_scraped_title_is_plain_text_in_a_wecom_markdown_message() -> None:
    body = WeComNotifier("wecom", "http://robot.invalid/send").payload(NOTICE, PEOPLE)
    content = body["markdown"]["content"]
    assert_inert(content)
    assert content.startswith('## <font color="warning">') and content.endswith("<@zhangsan>")

"""企业微信 group robot (群机器人) webhook.

Markdown messages mention people with ``<@userid>`` inside ``markdown.content``; text messages use
``text.mentioned_list`` (userids) and ``text.mentioned_mobile_list`` (mobiles). The robot answers
``{"errcode": 0, "errmsg": "ok"}``.
"""

from __future__ import annotations

from typing import Any, Literal

import httpx

from alerting.notify.base import AlertNotice, Channel, ChannelEnv, ChannelType, Recipients, UrlChannelSettings
from alerting.notify.http import check_errcode, post_json
from alerting.notify.markup import markdown_text

MAX_CONTENT_BYTES = 4096
"""WeCom rejects markdown/text content longer than 4096 bytes (UTF-8)."""


def _untrusted(text: str) -> str:
    """Scraped text in a text message must not mention people (``<@userid>``): angle brackets go
    full-width (a markdown message escapes more: :func:`~alerting.notify.markup.markdown_text`)."""
    return text.replace("<", "＜").replace(">", "＞")


def _fit(text: str, limit: int = MAX_CONTENT_BYTES) -> str:
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[: limit - 3].decode("utf-8", "ignore") + "…"


class WeComNotifier:
    def __init__(self, name: str, url: str, *, msgtype: str = "markdown", timeout_s: float = 5.0) -> None:
        self.name = name
        self.url = url
        self.msgtype = msgtype
        self.timeout_s = timeout_s

    def payload(self, notice: AlertNotice, recipients: Recipients) -> dict[str, Any]:
        if self.msgtype == "text":
            content = _fit("\n".join(_untrusted(line) for line in [notice.heading, *notice.lines()]))
            return {
                "msgtype": "text",
                "text": {
                    "content": content,
                    "mentioned_list": list(recipients.wecom_userids),
                    "mentioned_mobile_list": list(recipients.wecom_mobiles),
                },
            }
        mentions = " ".join(f"<@{uid}>" for uid in recipients.wecom_userids)
        room = MAX_CONTENT_BYTES - len(mentions.encode("utf-8")) - 1
        heading = markdown_text(notice.heading)
        body = [f"> {markdown_text(line)}" for line in notice.lines()]
        content = _fit("\n".join([f'## <font color="warning">{heading}</font>', *body]), room)
        if mentions:
            content += "\n" + mentions
        return {"msgtype": "markdown", "markdown": {"content": content}}

    def send(self, notice: AlertNotice, recipients: Recipients) -> None:
        with httpx.Client(timeout=self.timeout_s) as client:
            response = post_json(client, self.url, self.payload(notice, recipients))
        check_errcode(response, "wecom")


class WeComConfig(UrlChannelSettings):
    type: Literal["wecom"]
    msgtype: Literal["markdown", "text"] = "markdown"


def build_wecom(name: str, cfg: WeComConfig, env: ChannelEnv) -> Channel | None:
    url = env.url(name, cfg)
    return WeComNotifier(name, url, msgtype=cfg.msgtype, timeout_s=cfg.timeout_s) if url else None


WECOM = ChannelType(WeComConfig, build_wecom)

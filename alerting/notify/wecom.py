"""企业微信 group robot (群机器人) webhook.

Markdown messages mention people with ``<@userid>`` inside ``markdown.content``; text messages use
``text.mentioned_list`` (userids) and ``text.mentioned_mobile_list`` (mobiles). The robot answers
``{"errcode": 0, "errmsg": "ok"}``.
"""

from __future__ import annotations

from typing import Any

import httpx

from alerting.notify.base import AlertNotice, Recipients
from alerting.notify.http import check_errcode, post_json

_COLOUR_TAGS = ("warning", "info", "comment")


class WeComNotifier:
    def __init__(self, name: str, url: str, *, msgtype: str = "markdown", timeout_s: float = 5.0) -> None:
        self.name = name
        self.url = url
        self.msgtype = msgtype
        self.timeout_s = timeout_s

    def payload(self, notice: AlertNotice, recipients: Recipients) -> dict[str, Any]:
        if self.msgtype == "text":
            content = "\n".join([notice.heading, *notice.lines()])
            return {
                "msgtype": "text",
                "text": {
                    "content": content,
                    "mentioned_list": list(recipients.wecom_userids),
                    "mentioned_mobile_list": list(recipients.wecom_mobiles),
                },
            }
        lines = [f'## <font color="warning">{notice.heading}</font>']
        lines += [f"> {line}" for line in notice.lines()]
        mentions = " ".join(f"<@{uid}>" for uid in recipients.wecom_userids)
        if mentions:
            lines.append(mentions)
        return {"msgtype": "markdown", "markdown": {"content": "\n".join(lines)}}

    def send(self, notice: AlertNotice, recipients: Recipients) -> None:
        with httpx.Client(timeout=self.timeout_s) as client:
            response = post_json(client, self.url, self.payload(notice, recipients))
        check_errcode(response, "wecom")

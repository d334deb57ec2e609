"""钉钉 custom group robot (自定义机器人) webhook, with 加签 signing.

Signed requests add ``timestamp`` (ms) and ``sign`` =
urlencode(base64(HMAC-SHA256(secret, f"{timestamp}\\n{secret}"))) as query parameters. Markdown
messages are ``{"msgtype": "markdown", "markdown": {"title", "text"}, "at": {"atMobiles", "isAtAll"}}``;
the mobiles must also appear as ``@mobile`` in the text for the mention to show.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
import urllib.parse
from collections.abc import Callable
from typing import Any, Literal

import httpx

from alerting.notify.base import AlertNotice, Channel, ChannelEnv, ChannelType, Recipients, UrlChannelSettings
from alerting.notify.http import check_errcode, post_json
from alerting.notify.markup import markdown_text


def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """The URL-encoded signature DingTalk expects for ``timestamp_ms``."""
    to_sign = f"{timestamp_ms}\n{secret}".encode()
    digest = hmac.new(secret.encode("utf-8"), to_sign, digestmod=hashlib.sha256).digest()
    return urllib.parse.quote_plus(base64.b64encode(digest))


class DingTalkNotifier:
    def __init__(
        self,
        name: str,
        url: str,
        *,
        secret: str | None = None,
        timeout_s: float = 5.0,
        clock_ms: Callable[[], int] = lambda: int(time.time() * 1000),
    ) -> None:
        self.name = name
        self.url = url
        self.secret = secret
        self.timeout_s = timeout_s
        self.clock_ms = clock_ms

    def payload(self, notice: AlertNotice, recipients: Recipients) -> dict[str, Any]:
        lines = [f"### {markdown_text(notice.heading)}", *[f"- {markdown_text(line)}" for line in notice.lines()]]
        if recipients.dingtalk_mobiles:
            lines.append(" ".join(f"@{m}" for m in recipients.dingtalk_mobiles))
        return {
            "msgtype": "markdown",
            "markdown": {"title": notice.heading[:60], "text": "\n\n".join(lines)},
            "at": {"atMobiles": list(recipients.dingtalk_mobiles), "isAtAll": False},
        }

    def signed_url(self) -> str:
        if not self.secret:
            return self.url
        ts = self.clock_ms()
        sep = "&" if "?" in self.url else "?"
        return f"{self.url}{sep}timestamp={ts}&sign={dingtalk_sign(self.secret, ts)}"

    def send(self, notice: AlertNotice, recipients: Recipients) -> None:
        with httpx.Client(timeout=self.timeout_s) as client:
            response = post_json(client, self.signed_url(), self.payload(notice, recipients))
        check_errcode(response, "dingtalk")


class DingTalkConfig(UrlChannelSettings):
    type: Literal["dingtalk"]
    secret_env: str | None = None
    """The robot's 加签 secret (SEC...)."""


def build_dingtalk(name: str, cfg: DingTalkConfig, env: ChannelEnv) -> Channel | None:
    url = env.url(name, cfg)
    return DingTalkNotifier(name, url, secret=env.get(cfg.secret_env), timeout_s=cfg.timeout_s) if url else None


DINGTALK = ChannelType(DingTalkConfig, build_dingtalk)

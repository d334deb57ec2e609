"""A generic webhook: JSON body, signed with HMAC-SHA256.

Headers: ``X-Yuqing-Timestamp: <unix seconds>`` and
``X-Yuqing-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>``; a receiver
recomputes the HMAC over the exact bytes received and rejects stale timestamps.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, Literal

import httpx

from alerting.notify.base import AlertNotice, Channel, ChannelEnv, ChannelType, Recipients, UrlChannelSettings
from alerting.notify.http import post_json


def webhook_signature(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex>`` over ``timestamp + "." + body``."""
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return f"sha256={mac.hexdigest()}"


class WebhookNotifier:
    def __init__(
        self,
        name: str,
        url: str,
        *,
        secret: str | None = None,
        timeout_s: float = 5.0,
        clock_s: Callable[[], float] = time.time,
    ) -> None:
        self.name = name
        self.url = url
        self.secret = secret
        self.timeout_s = timeout_s
        self.clock_s = clock_s

    def payload(self, notice: AlertNotice, recipients: Recipients) -> dict[str, Any]:
        body = asdict(notice)
        body["created_at"] = notice.created_at.isoformat()
        body["units"] = list(notice.units)
        body["extra"] = dict(notice.extra)
        body["recipients"] = asdict(recipients)
        return body

    def send(self, notice: AlertNotice, recipients: Recipients) -> None:
        body = json.dumps(self.payload(notice, recipients), ensure_ascii=False, sort_keys=True).encode("utf-8")
        timestamp = str(int(self.clock_s()))
        headers = {"X-Yuqing-Timestamp": timestamp}
        if self.secret:
            headers["X-Yuqing-Signature"] = webhook_signature(self.secret, timestamp, body)
        with httpx.Client(timeout=self.timeout_s) as client:
            post_json(client, self.url, None, headers=headers, body=body)


class WebhookConfig(UrlChannelSettings):
    type: Literal["webhook"]
    secret_env: str | None = None
    """The HMAC key; without it requests are sent unsigned."""


def build_webhook(name: str, cfg: WebhookConfig, env: ChannelEnv) -> Channel | None:
    url = env.url(name, cfg)
    return WebhookNotifier(name, url, secret=env.get(cfg.secret_env), timeout_s=cfg.timeout_s) if url else None


WEBHOOK = ChannelType(WebhookConfig, build_webhook)

"""Shared HTTP posting for webhook channels: timeouts and error translation."""

from __future__ import annotations

import json
from typing import Any

import httpx

from alerting.errors import ChannelError, ChannelTimeout


def post_json(
    client: httpx.Client, url: str, payload: Any, *, headers: dict[str, str] | None = None, body: bytes | None = None
) -> httpx.Response:
    """POST ``payload`` as UTF-8 JSON (or the exact ``body``); 5xx/429 are retryable, other 4xx are not."""
    data = body if body is not None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
    all_headers = {"Content-Type": "application/json; charset=utf-8", **(headers or {})}
    try:
        response = client.post(url, content=data, headers=all_headers)
    except httpx.TimeoutException as exc:
        raise ChannelTimeout(f"{url}: no answer in time") from exc
    except httpx.HTTPError as exc:
        raise ChannelError(f"{url}: {type(exc).__name__}: {exc}") from exc
    if response.status_code >= 500 or response.status_code == 429:
        raise ChannelError(f"{url}: HTTP {response.status_code}")
    if response.status_code >= 400:
        raise ChannelError(f"{url}: HTTP {response.status_code}", retryable=False)
    return response


def check_errcode(response: httpx.Response, service: str) -> None:
    """WeCom and DingTalk answer HTTP 200 with ``{"errcode": n, "errmsg": ...}``; non-zero is a failure."""
    try:
        answer = response.json()
    except ValueError as exc:
        raise ChannelError(f"{service}: answer is not JSON") from exc
    code = answer.get("errcode", 0) if isinstance(answer, dict) else 0
    if code:
        # -1 system busy, 45009 / 130101 rate limits: worth retrying; anything else is configuration.
        retryable = code in (-1, 45009, 130101)
        raise ChannelError(f"{service}: errcode {code}: {answer.get('errmsg', '')}", retryable=retryable)

"""Fans a notice out to channels: in parallel, each with retries and back-off.

A channel that keeps failing (or hangs past its timeout) is reported as ``failed`` in the results
and never holds back the others. ``sleep`` is injected so tests need not wait for back-off.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor

from alerting.errors import ChannelError
from alerting.notify.base import AlertNotice, Channel, ChannelEnv, ChannelSettings, DeliveryResult, Recipients
from alerting.notify.channels import CHANNEL_TYPES, ChannelsFile
from models.ports import Publisher

log = logging.getLogger(__name__)


class Dispatcher:
    """Sends notices through named channels."""

    def __init__(
        self,
        channels: Mapping[str, Channel],
        *,
        retries: int = 3,
        backoff_s: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.channels = dict(channels)
        self.retries = retries
        self.backoff_s = backoff_s
        self.sleep = sleep

    def send(
        self, notice: AlertNotice, recipients: Recipients, channels: Sequence[str] | None = None
    ) -> list[DeliveryResult]:
        """Deliver ``notice`` on ``channels`` (default: all); one result per channel, in order.

        Unknown or disabled channel names give a ``skipped`` result. Never raises for a channel's failure.
        """
        names = list(channels) if channels is not None else list(self.channels)
        active = [n for n in names if n in self.channels]
        results: dict[str, DeliveryResult] = {
            n: DeliveryResult(n, "skipped", 0, "channel not configured or disabled") for n in names if n not in active
        }
        if active:
            with ThreadPoolExecutor(max_workers=len(active), thread_name_prefix="notify") as pool:
                futures = {n: pool.submit(self._deliver, self.channels[n], notice, recipients) for n in active}
                for n, future in futures.items():
                    results[n] = future.result()
        return [results[n] for n in names]

    def _deliver(self, channel: Channel, notice: AlertNotice, recipients: Recipients) -> DeliveryResult:
        delay = self.backoff_s
        error = ""
        for attempt in range(1, self.retries + 1):
            try:
                channel.send(notice, recipients)
                return DeliveryResult(channel.name, "sent", attempt)
            except ChannelError as exc:
                error = str(exc)
                log.warning("channel %s attempt %d/%d failed: %s", channel.name, attempt, self.retries, exc)
                if not exc.retryable:
                    return DeliveryResult(channel.name, "failed", attempt, error)
            except Exception as exc:  # a bug in one channel must not stop the others
                log.exception("channel %s crashed", channel.name)
                return DeliveryResult(channel.name, "failed", attempt, f"{type(exc).__name__}: {exc}")
            if attempt < self.retries:
                self.sleep(delay)
                delay *= 2
        return DeliveryResult(channel.name, "failed", self.retries, error)


def build_channel(
    name: str, cfg: ChannelSettings, *, producer: Publisher | None, environ: Mapping[str, str]
) -> Channel | None:
    """The channel for ``cfg`` (by its type in :data:`~alerting.notify.channels.CHANNEL_TYPES`), or
    ``None`` (with a warning) when disabled or missing its URL."""
    if not cfg.enabled:
        return None
    kind = CHANNEL_TYPES[getattr(cfg, "type")]  # noqa: B009 - every channel model has its type literal
    return kind.build(name, cfg, ChannelEnv(producer, environ))


def build_dispatcher(
    config: ChannelsFile,
    *,
    producer: Publisher | None = None,
    environ: Mapping[str, str] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Dispatcher:
    """A dispatcher with every enabled, fully configured channel of ``channels.yaml``."""
    env = os.environ if environ is None else environ
    channels: dict[str, Channel] = {}
    for name, cfg in config.channels.items():
        channel = build_channel(name, cfg, producer=producer, environ=env)
        if channel is not None:
            channels[name] = channel
    return Dispatcher(channels, retries=config.retries, backoff_s=config.backoff_s, sleep=sleep)

"""Server-sent events: new alerts appear on the desk's feed without reloading.

The stream reads the ``alerts`` topic (:mod:`service.feed`), the one door from the alerting stage
to the desk: every alert the alerting workers store is published there once it is committed, and
each re-notification of the desk again. For each entry the stream sends the stored alert as this
user may see it (a unit user only what it may see); the SSE id is the entry's offset, so a
reconnecting browser (``Last-Event-ID``) resumes right after it, without gaps or repeats.
With ``group=event`` the same entries are sent as whole incident cards (:mod:`service.api.incident_stream`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import weakref
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import datetime, timedelta
from functools import partial
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Query, Request
from sse_starlette import EventSourceResponse
from starlette.concurrency import run_in_threadpool

from models.timeutil import to_local
from service.api.deps import CurrentUser, NowDep, SessionDep, StateDep, optional_principal
from service.api.incident_stream import incident_batch
from service.api.responses import errors
from service.api.schemas import AlertPublic
from service.api.types import NO_NUL
from service.auth.principal import Principal
from service.errors import PartUnavailable, RateLimited
from service.feed import FeedEntry, FeedReader
from service.names import Names
from service.queries.alerts import alerts_by_id
from service.state import ServiceState
from service.web.render import level_class

log = logging.getLogger(__name__)

router = APIRouter(prefix="/stream", tags=["stream"])

CLOCK_SLACK = timedelta(seconds=2)
"""Start this much before the page's time: the desk page lists what was stored before it was drawn,
the browser drops an alert it already shows, so a little overlap costs nothing and loses nothing."""
STREAMS_PER_USER = 10
"""Live streams one account may hold open at once (a desk has a tab or two per person); more are
refused with 429, so no account can tie up the service's threads and broker connections."""
POLL_THREADS = 200
"""Threads the open streams wait on the feed with, apart from the threads that serve requests: a
stream waits on the feed nearly all the time, and on the shared pool forty of them (twenty people's
tabs) left no thread for any page or API call."""
SESSION_CHECK_SECONDS = 10.0
"""How often an open stream checks that its session still holds while nothing arrives (it also
checks before sending anything): a sign-out, a revoked session or a deactivated account ends it."""


def _cursor(last_event_id: str | None, after: str | None, now: datetime) -> tuple[int | None, datetime | None]:
    """``(offset, None)`` from a ``Last-Event-ID``; else ``(None, time)`` from ``after`` (the time the
    page was drawn, ISO 8601; an older ``<time>|<alert id>`` cursor is read by its time); else now."""
    if last_event_id and last_event_id.isdigit():
        return int(last_event_id), None
    stamp = (after or "").partition("|")[0]
    try:
        parsed = datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        return None, now
    return None, parsed - CLOCK_SLACK


def alert_event(alert: Any, names: Names, offset: int) -> dict[str, str]:
    data = AlertPublic.model_validate(alert).model_dump(mode="json")
    data["created_local"] = to_local(alert.created_at).strftime("%m-%d %H:%M:%S")
    data["rule_name"] = (alert.detail or {}).get("rule_name") or names.rule(alert.rule)
    data["level_class"] = level_class(alert.level)
    data["unit_names"] = [names.unit(u) for u in alert.units or []]
    return {"event": "alert", "id": str(offset), "data": json.dumps(data, ensure_ascii=False)}


def alert_batch(state: ServiceState, principal: Principal, entries: Sequence[FeedEntry]) -> list[dict[str, str]]:
    """One ``alert`` event per feed entry this user may see, in the feed's order."""
    with state.sessions() as db:
        alerts = alerts_by_id(db, principal, [e.message.id for e in entries])
    if not alerts:
        return []
    names = state.names.current()
    return [alert_event(alerts[e.message.id], names, e.offset) for e in entries if e.message.id in alerts]


Batch = Callable[[ServiceState, Principal, Sequence[FeedEntry]], list[dict[str, str]]]


def status_event(reading: bool) -> dict[str, str]:
    """``status``: whether the stream reads the feed now (``open``) or waits for it to come back."""
    if reading:
        data = {"state": "open", "message": "实时推送已连接"}
    else:
        message = "实时推送暂时中断（消息队列无法连接），正在重试；恢复后从中断处继续推送"
        data = {"state": "unavailable", "message": message}
    return {"event": "status", "data": json.dumps(data, ensure_ascii=False)}


def _try_open(open_reader: Callable[[], FeedReader], first_failure: bool) -> FeedReader | None:
    """A reader, or ``None`` while the feed cannot be read (logged at the first failure)."""
    try:
        return open_reader()
    except PartUnavailable as exc:
        if first_failure:
            log.warning("desk feed unavailable, retrying: %s", exc)
        return None


def signed_in(request: Request, state: ServiceState) -> Principal | None:
    """The user of ``request``'s session as it is now (``None``: signed out, revoked, expired or
    deactivated), with its current role and unit."""
    with state.sessions() as db:
        return optional_principal(request, db, state.clock())


async def _events(
    request: Request, state: ServiceState, principal: Principal, open_reader: Callable[[], FeedReader], batch: Batch
) -> AsyncIterator[dict[str, str]]:
    """The stream's events. The feed is opened here, after the response has started: a broker that
    is slow or away costs a ``status`` event and retries, never a refused connection (a browser's
    EventSource gives up for good on an error status). Retries keep the starting point, so the
    alerts published meanwhile still arrive.

    The session is checked again before anything is sent and every :data:`SESSION_CHECK_SECONDS`:
    a stream whose session no longer holds ends (the browser's reconnection is then refused), and
    what is sent follows the user's role and unit as they are now."""
    loop = asyncio.get_running_loop()
    deadline = None if state.sse_max_seconds is None else loop.time() + state.sse_max_seconds
    checked = loop.time()
    reader: FeedReader | None = None
    waiting = False
    try:
        while not await request.is_disconnected():
            if deadline is not None and loop.time() >= deadline:
                return  # the browser's EventSource reconnects with Last-Event-ID: nothing is missed
            if loop.time() - checked >= SESSION_CHECK_SECONDS:
                current = await run_in_threadpool(signed_in, request, state)
                if current is None:
                    return
                principal, checked = current, loop.time()
            if reader is None:
                with anyio.CancelScope(shield=True):  # a reader opened is always closed below
                    reader = await run_in_threadpool(_try_open, open_reader, not waiting)
                if reader is None:
                    if not waiting:
                        waiting = True
                        yield status_event(False)
                    await asyncio.sleep(state.sse_retry_seconds)
                    continue
                if waiting:
                    waiting = False
                    yield status_event(True)
            entries = await anyio.to_thread.run_sync(
                reader.poll, state.sse_poll_seconds, limiter=_poll_threads(request)
            )
            if not entries:
                continue
            current = await run_in_threadpool(signed_in, request, state)
            if current is None:
                return
            principal, checked = current, loop.time()
            for event in await run_in_threadpool(batch, state, principal, entries):
                yield event
    finally:
        if reader is not None:
            with anyio.CancelScope(shield=True):  # also when the server shuts down mid-stream
                await run_in_threadpool(reader.close)


def _poll_threads(request: Request) -> anyio.CapacityLimiter:
    """The app's own limiter for the streams' feed polls (made on first use, inside the event loop)."""
    limiter: anyio.CapacityLimiter | None = getattr(request.app.state, "stream_poll_threads", None)
    if limiter is None:
        limiter = request.app.state.stream_poll_threads = anyio.CapacityLimiter(POLL_THREADS)
    return limiter


class _Place:
    """One open stream's place among its user's :data:`STREAMS_PER_USER`."""


def _places(request: Request, user_id: int) -> weakref.WeakSet[_Place]:
    """The places of ``user_id``'s open streams. A place is freed when its stream ends, and also
    when a stream that never started is dropped (the set holds its places weakly)."""
    users: dict[int, weakref.WeakSet[_Place]] | None = getattr(request.app.state, "stream_places", None)
    if users is None:
        users = request.app.state.stream_places = {}
    return users.setdefault(user_id, weakref.WeakSet())


async def _holding(
    place: _Place, places: weakref.WeakSet[_Place], events: AsyncIterator[dict[str, str]]
) -> AsyncIterator[dict[str, str]]:
    """``events`` while holding ``place``."""
    try:
        async for event in events:
            yield event
    finally:
        places.discard(place)


@router.get(
    "/alerts",
    response_class=EventSourceResponse,
    responses={
        200: {"description": "预警事件流", "content": {"text/event-stream": {"schema": {"type": "string"}}}},
        **errors(429),
    },
)
async def stream_alerts(
    request: Request,
    principal: CurrentUser,
    db: SessionDep,
    state: StateDep,
    now: NowDep,
    after: Annotated[str | None, Query(max_length=200, pattern=NO_NUL)] = None,
    group: Literal["event"] | None = None,
) -> EventSourceResponse:
    """``text/event-stream`` of alerts after ``Last-Event-ID`` (an offset of the feed), else from
    ``after`` (the time the page was drawn), else from the connection time.

    ``group=event``: one ``incident`` event per card (``IncidentPublic``, as ``/api/v1/incidents``)
    instead of one ``alert`` event per alert. While the feed cannot be read the stream stays open and
    says so (``status`` events: ``unavailable``, then ``open`` when it reads again). An account
    holds at most :data:`STREAMS_PER_USER` streams at once (429 beyond)."""
    # The request's session (it signed the user in) would stay checked out until the stream ends:
    # fifteen open streams then held every pooled connection and each other request failed after
    # 30 s. The stream opens short sessions of its own when it needs the database.
    db.close()
    places = _places(request, principal.user_id)
    if len(places) >= STREAMS_PER_USER:
        raise RateLimited(f"该账号已打开 {STREAMS_PER_USER} 个实时推送，请关闭不用的页面后再试", retry_after_s=30)
    place = _Place()
    places.add(place)
    offset, since = _cursor(request.headers.get("last-event-id"), after, now)
    feed = state.alert_feed()
    batch: Batch = incident_batch if group == "event" else alert_batch
    events = _events(request, state, principal, partial(feed.open, after=offset, since=since), batch)
    return EventSourceResponse(_holding(place, places, events), ping=15)

"""Composition root of the web service: ``create_app(settings, stages)`` builds everything, nothing at import.

The stages' implementations of :mod:`models.ports` come from the caller (the ``yuqing`` command's
composition root, :func:`cli.compose.stage_ports`, or a test fixture): the service imports no stage.

Domain errors (:mod:`service.errors`) become JSON errors for the API and friendly pages (or a
redirect to the login page) for the web UI.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import BaseRoute, Match
from starlette.types import Scope

from models.ports import StagePorts
from models.timeutil import Clock, utcnow
from service.errors import InvalidInput, RateLimited, ServiceError
from service.names import NameBook
from service.security import SecurityHeaders
from service.state import ServiceState
from yuqing.db.engine import make_engine, make_session_factory
from yuqing.settings import Settings

log = logging.getLogger("yuqing.service")


def create_app(
    settings: Settings,
    stages: StagePorts,
    *,
    clock: Clock = utcnow,
    producer_factory: Callable[[], Any] | None = None,
    sse_poll_seconds: float = 1.0,
    sse_max_seconds: float | None = None,
    sse_retry_seconds: float = 5.0,
    kafka_lag_metrics: bool = True,
    feed_factory: Callable[[], Any] | None = None,
) -> FastAPI:
    """Build the API and web UI for ``settings`` (the database must already be migrated), calling the
    stages through ``stages``.

    ``producer_factory`` makes the Kafka producer for manual reports on first use (default: a
    ``BusProducer`` on the configured broker); ``feed_factory`` makes the desk's live feed (default:
    the ``alerts`` topic on the configured broker, :class:`service.feed.KafkaAlertFeed`), read for
    each live-stream connection, polled every ``sse_poll_seconds``; ``sse_max_seconds`` ends each
    live stream after that long (the browser reconnects and resumes from its last event; default:
    streams stay open); while the feed cannot be read, a stream retries every ``sse_retry_seconds``;
    ``clock`` is used for every deadline and record; ``kafka_lag_metrics`` adds
    consumer lag (read from the broker) to ``/metrics``.
    """
    from service.api.main import api_router
    from service.api.routes import ops
    from service.web import STATIC_DIR
    from service.web.routes import router as web_router

    engine = make_engine(settings.effective_database_url)
    sessions = make_session_factory(engine)
    state = ServiceState(
        settings=settings,
        stages=stages,
        engine=engine,
        sessions=sessions,
        clock=clock,
        names=NameBook(sessions, settings.jurisdiction_dir),
        producer_factory=producer_factory,
        sse_poll_seconds=sse_poll_seconds,
        sse_max_seconds=sse_max_seconds,
        sse_retry_seconds=sse_retry_seconds,
        feed_factory=feed_factory,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        log.info("service started", extra={"database": engine.url.render_as_string(hide_password=True)})
        try:
            yield
        finally:
            state.close()

    app = FastAPI(
        title="yuqing 政务舆情监测与回应服务",
        version="0.1.0",
        lifespan=lifespan,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.service = state
    app.state.kafka_lag_metrics = kafka_lag_metrics
    app.add_middleware(SecurityHeaders)
    if settings.trusted_proxies:
        from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

        # Outermost, so the client address and scheme a trusted proxy names are what every layer sees.
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.trusted_proxies))
    app.include_router(ops.router)
    app.include_router(api_router, prefix="/api/v1")
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _offline_docs(app)

    @app.exception_handler(ServiceError)
    async def _service_error(request: Request, exc: ServiceError) -> Response:
        if not request.url.path.startswith("/api/"):
            from service.web.forms import web_error

            return await web_error(request, exc)
        headers = {}
        if isinstance(exc, RateLimited) and exc.retry_after_s is not None:
            headers["retry-after"] = str(exc.retry_after_s)
        return JSONResponse({"detail": str(exc)}, status_code=exc.status_code, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith("/api/") or request.url.path.startswith("/docs"):
            return await request_validation_exception_handler(request, exc)
        from service.web.forms import validation_problems, web_error

        problems = validation_problems(exc.errors())  # web pages: in Chinese, never pydantic's JSON
        return await web_error(request, InvalidInput(field=problems[0][0] if problems else None, problems=problems))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 405:
            # Starlette names only the first route whose path matched; Allow must list them all.
            kept = {k: v for k, v in (exc.headers or {}).items() if k.lower() != "allow"}
            exc.headers = {**kept, "Allow": ", ".join(allowed_methods(app, request.scope))}
        return await http_exception_handler(request, exc)

    return app


def allowed_methods(app: FastAPI, scope: Scope) -> list[str]:
    """Every method some route serves at the request's path (for ``Allow`` on a 405)."""
    methods: set[str] = set()
    for route in app.router.routes:
        if isinstance(route, BaseRoute) and getattr(route, "methods", None):
            match, _ = route.matches(scope)
            if match is not Match.NONE:
                methods |= set(route.methods)  # type: ignore[attr-defined]
    return sorted(methods)


def _offline_docs(app: FastAPI) -> None:
    """Swagger UI at ``/docs`` from assets shipped in the ``fastapi-offline`` package (no CDN)."""
    from pathlib import Path

    import fastapi_offline
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.responses import HTMLResponse

    assets = Path(fastapi_offline.__file__).resolve().parent / "static"
    app.mount("/docs-static", StaticFiles(directory=assets), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/api/v1/openapi.json",
            title="yuqing API",
            swagger_js_url="/docs-static/swagger-ui-bundle.js",
            swagger_css_url="/docs-static/swagger-ui.css",
            swagger_favicon_url="/docs-static/favicon.png",
        )

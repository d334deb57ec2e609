"""Composition root of the web service: ``create_app(settings)`` builds everything, nothing at import.

Domain errors (:mod:`service.errors`) become JSON errors for the API and friendly pages (or a
redirect to the login page) for the web UI.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from models.timeutil import Clock, utcnow
from service.errors import NotAuthenticated, ServiceError
from service.security import SecurityHeaders
from service.state import ServiceState
from yuqing.db.engine import make_engine, make_session_factory
from yuqing.settings import Settings

log = logging.getLogger("yuqing.service")


def create_app(
    settings: Settings,
    *,
    clock: Clock = utcnow,
    producer_factory: Callable[[], Any] | None = None,
    sse_poll_seconds: float = 1.0,
    kafka_lag_metrics: bool = True,
    feed_factory: Callable[[], Any] | None = None,
) -> FastAPI:
    """Build the API and web UI for ``settings`` (the database must already be migrated).

    ``producer_factory`` makes the Kafka producer for manual reports on first use (default: a
    ``BusProducer`` on the configured broker); ``feed_factory`` makes the desk's live feed (default:
    the ``alerts`` topic on the configured broker, :class:`service.feed.KafkaAlertFeed`), read for
    each live-stream connection, polled every ``sse_poll_seconds``; ``clock`` is used for every deadline and record;
    ``kafka_lag_metrics`` adds consumer lag (read from the broker) to ``/metrics``.
    """
    from service.api.main import api_router
    from service.api.routes import ops
    from service.web import STATIC_DIR
    from service.web.routes import router as web_router

    engine = make_engine(settings.effective_database_url)
    state = ServiceState(
        settings=settings,
        engine=engine,
        sessions=make_session_factory(engine),
        clock=clock,
        producer_factory=producer_factory,
        sse_poll_seconds=sse_poll_seconds,
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
    app.include_router(ops.router)
    app.include_router(api_router, prefix="/api/v1")
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _offline_docs(app)

    @app.exception_handler(ServiceError)
    async def _service_error(request: Request, exc: ServiceError) -> Response:
        if not request.url.path.startswith("/api/"):
            if isinstance(exc, NotAuthenticated) and request.method == "GET":
                return RedirectResponse("/login", status_code=303)
            from service.web.render import error_page

            return error_page(request, exc)
        return JSONResponse({"detail": str(exc)}, status_code=exc.status_code)

    return app


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

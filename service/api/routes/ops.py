"""Operations: liveness/readiness and Prometheus metrics (unauthenticated, no personal data)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from service.api.deps import StateDep
from service.metrics import make_registry, render

router = APIRouter(tags=["ops"])


@router.get(
    "/healthz",
    response_class=PlainTextResponse,
    responses={503: {"description": "数据库不可用", "content": {"text/plain": {"schema": {"type": "string"}}}}},
)
def healthz(state: StateDep) -> Response:
    """200 ``ok`` when the database answers, 503 otherwise."""
    try:
        with state.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return Response("database unavailable", status_code=503, media_type="text/plain")
    return Response("ok", media_type="text/plain")


@router.get("/metrics", response_class=PlainTextResponse)
async def metrics(request: Request, state: StateDep) -> Response:
    registry = getattr(request.app.state, "metrics_registry", None)
    if registry is None:
        registry = make_registry(state, kafka_lag=request.app.state.kafka_lag_metrics)
        request.app.state.metrics_registry = registry
    body = await run_in_threadpool(render, registry)
    return Response(body, media_type=CONTENT_TYPE_LATEST)

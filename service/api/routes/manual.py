"""人工报送: a person reports an item; it enters the pipeline on ``items.raw`` like any collected one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from models.enums import Role
from models.timeutil import ensure_aware
from service.api.deps import NowDep, SessionDep, StateDep, require_roles
from service.api.schemas import Ack, ManualReportRequest
from service.audit import audit
from service.auth.principal import Principal
from service.errors import InvalidInput, PartUnavailable, ServiceError
from service.operations import stage_function

router = APIRouter(prefix="/manual-reports", tags=["manual"])

Reporter = Annotated[Principal, Depends(require_roles(Role.DESK, Role.UNIT))]


@router.post("", status_code=202)
async def submit(body: ManualReportRequest, principal: Reporter, state: StateDep, db: SessionDep, now: NowDep) -> Ack:
    """Publish the report to ``items.raw`` (202: accepted into the pipeline); returns its item id."""
    submit_report = stage_function("collectors.manual", "submit_manual_report")
    payload: dict[str, Any] = {
        "title": body.title,
        "text": body.text,
        "url": str(body.url) if body.url else None,
        "region": body.region,
        "published_at": ensure_aware(body.published_at) if body.published_at else None,
        "reporter": (body.reporter or principal.username)[:100],
        "default_unit": principal.unit_id,
    }

    def publish() -> Any:
        return submit_report(payload, state.producer(), clock=state.clock)

    try:
        item = await run_in_threadpool(publish)
    except ServiceError:
        raise
    except ValidationError as exc:
        raise InvalidInput("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())) from exc
    except Exception as exc:
        raise PartUnavailable(f"报送未能送达消息队列: {exc}") from exc
    audit(db, principal, "manual.submit", "item", item.id, now, title=body.title[:200])
    db.commit()
    return Ack(detail={"item_id": item.id})

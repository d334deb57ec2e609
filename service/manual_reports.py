"""人工报送: publish a person's report to ``items.raw`` through the collectors' port."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from service.api.schemas import ManualReportRequest
from service.audit import audit
from service.auth.principal import Principal
from service.errors import InvalidInput, PartUnavailable, ServiceError
from service.state import PUBLISH_WAIT_S, ServiceState
from yuqing.errors import Invalid


def submit_report(
    db: Session, state: ServiceState, principal: Principal, body: ManualReportRequest, now: datetime
) -> str:
    """Publish ``body`` (flushed to the broker before returning), audit it, return the item id.

    Blocking (waits for the broker's acknowledgement): call from a worker thread. Raises
    :class:`InvalidInput` for a report the collectors refuse, :class:`PartUnavailable` when the
    broker cannot be reached.
    """
    payload: dict[str, Any] = {
        "title": body.title,
        "text": body.text,
        "url": str(body.url) if body.url else None,
        "region": body.region,
        "published_at": body.published_at,
        "reporter": principal.username[:100],
        "default_unit": principal.unit_id,
    }
    try:
        item = state.stages.manual_reports.submit(payload, state.producer(), now=now)
    except ServiceError:
        raise
    except Invalid as exc:
        raise InvalidInput(str(exc)) from exc
    except Exception as exc:
        raise PartUnavailable(
            f"消息队列暂不可用，报送未送达（{PUBLISH_WAIT_S:g} 秒内未能连上消息队列、找到主题或得到确认），"
            f"请稍后重试或联系管理员。详情：{exc}"
        ) from exc
    audit(db, principal, "manual.submit", "item", item.id, now, title=body.title[:200])
    db.commit()
    return str(item.id)

"""Append-only audit of every state change made through the service."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from models.db import AuditRecord
from service.auth.principal import Principal


def audit(
    db: Session,
    principal: Principal | str,
    action: str,
    target_type: str,
    target_id: str | int,
    now: datetime,
    **detail: Any,
) -> None:
    """Add one audit record (the caller commits it together with the change it describes)."""
    actor = principal if isinstance(principal, str) else principal.username
    db.add(
        AuditRecord(
            at=now,
            actor=actor,
            action=action,
            target_type=target_type,
            target_id=str(target_id),
            detail={k: v for k, v in detail.items() if v is not None},
        )
    )

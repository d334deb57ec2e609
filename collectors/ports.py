"""The collectors behind their door to the web service (:class:`models.ports.ManualReports`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from collectors.errors import InvalidReport
from collectors.manual import ManualReport, submit_manual_report
from models.messages import RawItem
from models.ports import Publisher


class CollectorPorts:
    """人工报送 (:mod:`collectors.manual`): validated, normalised like any item, published and flushed."""

    def submit(self, report: Mapping[str, Any], publisher: Publisher, *, now: datetime) -> RawItem:
        # the item built from a valid report has limits of its own (a canonical URL may grow)
        try:
            parsed = ManualReport.model_validate(dict(report))
            return submit_manual_report(parsed, publisher, clock=lambda: now)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise InvalidReport(problems) from exc

"""Schemathesis hooks for the API fuzz test (loaded by the ``schemathesis`` command through the
``hooks`` setting of the configuration the test writes).

The API refuses some schema-valid requests on purpose, by rules a JSON schema cannot state: a unit
that does not exist, a weak password, a period longer than a year, an action the case's state does
not allow. Those answers are 422 with a message for people (``{"detail": "..."}``), and the fuzz test
lets ``positive_data_acceptance`` accept them. The check here keeps that allowance honest: a
schema-valid request must never fail the schema validation itself (422 with a list of field
issues), which would mean the schema and the code disagree.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.generation.meta import REQUEST_SHAPE_PROBES, coverage_scenario


@schemathesis.check
def valid_requests_pass_validation(ctx: Any, response: Any, case: Any) -> bool | None:
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 422:
        return None
    if coverage_scenario(case) in REQUEST_SHAPE_PROBES:
        return None  # the coverage phase's probes of the request's shape, not of its data
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if not isinstance(detail, str):
        raise AssertionError(f"A request valid by the schema failed the API's validation: {response.text[:500]}")
    return None

"""A rule document typed in the editor cannot make the service expand it without bound: alias bombs,
an alias inside its own anchor and deep nesting are refused with a clear message (422 on the API,
the editor page again on the web), quickly, and nothing is saved."""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import ConfigVersion
from yuqing.settings import EXAMPLE_JURISDICTION
from yuqing.yaml_limits import MAX_DEPTH, yaml_shape_problem


def alias_bomb(levels: int) -> str:
    """``levels`` anchors, each a list of nine aliases of the one before: 9**levels nodes."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


HOSTILE = {
    "recursive": ("a: &a [*a]\n", "引用了包含它自己的锚点"),
    "recursive-map": ("a: &a {b: *a}\n", "引用了包含它自己的锚点"),
    "deep": ("a: " + "[" * 5000 + "]" * 5000 + "\n", "嵌套超过"),
    "bomb": (alias_bomb(9), "展开别名后超过"),
}


@pytest.mark.parametrize("document", ["routing", "alert_rules", "policies"])
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_the_api_refuses_texts_that_expand_without_bound(
    case: str, document: str, users: dict[str, str], api_login: Any, db: sessionmaker[Session]
) -> None:
    text, reason = HOSTILE[case]
    admin = api_login(users["admin"])
    started = time.monotonic()
    r = admin.put(f"/api/v1/rules/{document}", json={"text": text, "base_version": 0})
    assert r.status_code == 422, r.text
    assert f"{document}.yaml: " in r.json()["detail"] and reason in r.json()["detail"]
    assert time.monotonic() - started < 5
    with db() as s:
        assert list(s.scalars(select(ConfigVersion).where(ConfigVersion.document == document))) == []


def test_the_editor_page_shows_the_refusal(users: dict[str, str], web_login: Any) -> None:
    web, csrf = web_login(users["admin"])
    r = web.post("/admin/rules/routing", data={"csrf_token": csrf, "text": "a: &a [*a]\n", "base_version": "0"})
    assert r.status_code == 422
    assert "引用了包含它自己的锚点" in r.text


def test_ordinary_documents_and_modest_aliases_pass() -> None:
    for name in ("routing", "alert_rules", "policies", "units", "gazetteer"):
        assert yaml_shape_problem((EXAMPLE_JURISDICTION / f"{name}.yaml").read_text(encoding="utf-8")) is None
    assert yaml_shape_problem("base: &b {hours: 5}\nrules: [{<<: *b, id: x}, {<<: *b, id: y}]\n") is None
    assert yaml_shape_problem("[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n") is None
    assert yaml_shape_problem("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n") is not None
    assert yaml_shape_problem("[" + ", ".join(["1"] * 99_999) + "]") is None  # the editor's longest plain list
    assert yaml_shape_problem("a: [unclosed\n") is None  # a syntax error: the loader's message names it

"""Rules edited online: the rule documents (routing, taxonomy, alert rules, policies) for administrators, and
the keyword schemes (关注词/排除词/地域词) for administrators and, their own unit's, for unit users.

A refused change (the stage's check, or someone else saved first) shows the form again with the
message and the text as typed; nothing is saved. See :mod:`service.rule_editing`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from service.api.deps import NowDep, SessionDep, StagesDep, StateDep
from service.errors import Conflict, Forbidden, InvalidInput, NotFound, PartUnavailable
from service.rule_editing import parse_words, save_document, save_scheme, schemes, visible_schemes
from service.web.deps import AdminForm, AdminPage, KeywordForm, KeywordPage
from service.web.desk_pages import back
from service.web.render import page
from yuqing import config_versions
from yuqing.config_versions import DOCUMENTS

router = APIRouter()

ORIGINS = {"seed": "初始导入", "import": "文件导入", "web": "在线编辑"}


def _document(name: str) -> str:
    if name not in DOCUMENTS:
        raise NotFound("没有这个可在线编辑的配置")
    return name


@router.get("/admin/rules")
def rules(request: Request, principal: AdminPage, db: SessionDep, state: StateDep) -> Response:
    folder = state.settings.jurisdiction_dir
    docs = []
    for name, title in DOCUMENTS.items():
        latest = config_versions.newest(db, name)
        docs.append(
            {
                "name": name,
                "title": title,
                "latest": latest,
                "file_changed": config_versions.file_changed(db, folder, name),
                "history": config_versions.history(db, name, limit=20),
            }
        )
    return page(request, "rules.html", docs=docs, origins=ORIGINS)


def _editor(
    request: Request, db: SessionDep, state: StateDep, name: str, *, text: str | None = None, error: str = "",
    status_code: int = 200, note: str = "", base_version: int | None = None,
) -> Response:  # fmt: skip
    found = config_versions.current(db, state.settings.jurisdiction_dir, name)
    return page(
        request,
        "rule_edit.html",
        status_code=status_code,
        name=name,
        title=DOCUMENTS[name],
        text=found.text if text is None else text,
        version=found.version if base_version is None else base_version,
        current=found,
        error=error,
        note=note,
    )


@router.get("/admin/rules/{name}")
def edit_rules(name: str, request: Request, principal: AdminPage, db: SessionDep, state: StateDep) -> Response:
    return _editor(request, db, state, _document(name))


@router.post("/admin/rules/{name}")
def save_rules(
    name: str,
    request: Request,
    principal: AdminForm,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    stages: StagesDep,
    text: Annotated[str, Form(max_length=config_versions.MAX_TEXT)],
    base_version: Annotated[int, Form(ge=0, le=10_000_000)],
    note: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    name = _document(name)
    try:
        row = save_document(db, stages, state, principal, name, text, now, base_version=base_version, note=note)
    except (InvalidInput, Conflict, PartUnavailable) as exc:
        db.rollback()
        return _editor(
            request, db, state, name, text=text.replace("\r\n", "\n"), error=str(exc),
            status_code=exc.status_code, note=note, base_version=base_version,
        )  # fmt: skip
    return back("/admin/rules", f"{name}.yaml 已保存为版本 {row.version}，各模块将在数秒内生效")


@router.get("/admin/rules/{name}/versions/{version}")
def rule_version(
    name: str, version: int, request: Request, principal: AdminPage, db: SessionDep, state: StateDep
) -> Response:
    name = _document(name)
    if not 1 <= version <= 10_000_000:
        raise NotFound("没有这个版本")
    try:
        row = config_versions.get_version(db, name, version)
    except Exception as exc:
        raise NotFound(str(exc)) from exc
    previous = config_versions.get_version(db, name, version - 1) if version > 1 else None
    diff = (
        config_versions.unified_diff(previous.text, row.text, f"版本 {previous.version}", f"版本 {row.version}")
        if previous is not None
        else ""
    )
    return page(request, "rule_version.html", name=name, title=DOCUMENTS[name], row=row, diff=diff, origins=ORIGINS)


def _keywords(
    request: Request, principal: KeywordPage, db: SessionDep, state: StateDep, *, error: str = "",
    failed: str = "", status_code: int = 200,
) -> Response:  # fmt: skip
    found = config_versions.current(db, state.settings.jurisdiction_dir, "alert_rules")
    mine = visible_schemes(principal, schemes(found.text))
    return page(
        request,
        "keywords.html",
        status_code=status_code,
        schemes=mine,
        version=found.version,
        error=error,
        failed=failed,
    )


@router.get("/keywords")
def keywords(request: Request, principal: KeywordPage, db: SessionDep, state: StateDep) -> Response:
    return _keywords(request, principal, db, state)


@router.post("/keywords/{scheme_id}")
def save_keywords(
    scheme_id: str,
    request: Request,
    principal: KeywordForm,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    stages: StagesDep,
    base_version: Annotated[int, Form(ge=0, le=10_000_000)],
    words: Annotated[str, Form(max_length=20_000)] = "",
    exclude: Annotated[str, Form(max_length=20_000)] = "",
    regions: Annotated[str | None, Form(max_length=20_000)] = None,
) -> Response:
    try:
        row = save_scheme(
            db, stages, state, principal, scheme_id[:100], now,
            words=parse_words(words), exclude=parse_words(exclude),
            regions=parse_words(regions) if regions is not None else None, base_version=base_version,
        )  # fmt: skip
    except (InvalidInput, Conflict, PartUnavailable, Forbidden) as exc:
        db.rollback()
        return _keywords(request, principal, db, state, error=str(exc), failed=scheme_id, status_code=exc.status_code)
    return back("/keywords", f"关键词已保存（预警规则版本 {row.version}），数秒内生效")

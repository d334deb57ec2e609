"""Rules edited online: the rule documents (routing, taxonomy, alert rules, policies) and keyword schemes.

A change is checked by the stage that reads it (the same errors as its YAML loader, with lines),
saved as a new version with who and when, and picked up by the running stages without a restart.
See :mod:`service.rule_editing` and :mod:`yuqing.config_versions`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from service.api.deps import AdminUser, CurrentUser, NowDep, SessionDep, StagesDep, StateDep
from service.api.responses import errors as documented_errors
from service.api.types import NO_NUL, Integer
from service.errors import Forbidden, NotFound
from service.rule_editing import MAX_WORD, MAX_WORDS, save_document, save_scheme, schemes, visible_schemes
from yuqing import config_versions, errors

router = APIRouter(tags=["rules"])

Document = Literal["routing", "taxonomy", "alert_rules", "policies"]
Version = Annotated[int, Path(ge=1, le=10_000_000)]
SchemeId = Annotated[str, Path(min_length=1, max_length=100, pattern=r"^[a-z0-9_.-]+$")]
Word = Annotated[str, Field(min_length=1, max_length=MAX_WORD, pattern=NO_NUL)]


RULE_ERRORS = {
    403: "the role may not do this (rule documents: administrators; a keyword scheme: administrators, "
    "or a unit user for its own unit's 关注词/排除词)",
    404: "no such document, version or keyword scheme (or not visible to the user)",
    409: "someone saved a newer version since base_version: reload and edit that",
    422: "invalid request, or the stage refused the text: the message lists each problem as "
    "<file>:<line>: <field>: <message>; nothing was saved",
    503: "no stage is available to check this document",
}


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The shared error answers (:mod:`service.api.responses`), described for these routes."""
    documented = documented_errors(*codes)
    for code, entry in documented.items():
        if code in RULE_ERRORS:
            entry["description"] = RULE_ERRORS[code]
    return documented


class DocumentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    document: str
    title: str
    version: int
    """0: nothing in the database yet, the YAML file on disk is in force."""
    text: str
    author: str = ""
    created_at: datetime | None = None


class VersionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    document: str
    version: int
    origin: str
    author: str
    note: str
    created_at: datetime


class VersionDetail(VersionPublic):
    text: str
    diff: str
    """Unified diff from the previous version ('' for version 1)."""


class DocumentUpdate(BaseModel):
    text: str = Field(max_length=config_versions.MAX_TEXT, pattern=NO_NUL)
    base_version: Integer = Field(ge=0, le=10_000_000)
    """The version the edit started from (``version`` of GET); a newer one in between gives 409."""
    note: str = Field(default="", max_length=500, pattern=NO_NUL)


class SchemePublic(BaseModel):
    id: str
    name: str
    level: str
    unit: str | None
    words: list[str]
    exclude: list[str]
    regions: list[str]
    enabled: bool


class SchemesPublic(BaseModel):
    version: int
    """The ``alert_rules`` version the schemes come from (``base_version`` of an update)."""
    data: list[SchemePublic]


class SchemeUpdate(BaseModel):
    words: list[Word] = Field(min_length=1, max_length=MAX_WORDS)
    exclude: list[Word] = Field(default_factory=list, max_length=MAX_WORDS)
    regions: list[Word] | None = Field(default=None, max_length=MAX_WORDS)
    """地域词; administrators only (null: unchanged)."""
    base_version: Integer = Field(ge=0, le=10_000_000)


@router.get("/rules", responses=_errors(401, 403))
def read_documents(principal: AdminUser, db: SessionDep, state: StateDep) -> list[DocumentPublic]:
    """The rule documents editable online, each with the text in force."""
    return [read_document(name, principal, db, state) for name in config_versions.DOCUMENTS]  # type: ignore[arg-type]


@router.get("/rules/{document}", responses=_errors(401, 403, 404, 422))
def read_document(document: Document, principal: AdminUser, db: SessionDep, state: StateDep) -> DocumentPublic:
    """The text in force of one document (the newest version, else the YAML file)."""
    try:
        found = config_versions.current(db, state.settings.jurisdiction_dir, document)
    except errors.ConfigError as exc:
        raise NotFound(str(exc)) from exc
    return DocumentPublic(
        document=document,
        title=config_versions.DOCUMENTS[document],
        version=found.version,
        text=found.text,
        author=found.author,
        created_at=found.created_at,
    )


@router.put("/rules/{document}", responses=_errors(400, 401, 403, 404, 409, 422, 503))
def update_document(
    document: Document,
    body: DocumentUpdate,
    principal: AdminUser,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    stages: StagesDep,
) -> VersionPublic:
    """Check the text with the stage that reads it and save it as the newest version."""
    row = save_document(
        db, stages, state, principal, document, body.text, now, base_version=body.base_version, note=body.note
    )
    return VersionPublic.model_validate(row)


@router.get("/rules/{document}/versions", responses=_errors(401, 403, 422))
def read_versions(document: Document, principal: AdminUser, db: SessionDep) -> list[VersionPublic]:
    """Every version of a document, newest first (who, when, how)."""
    return [VersionPublic.model_validate(v) for v in config_versions.history(db, document)]


@router.get("/rules/{document}/versions/{version}", responses=_errors(401, 403, 404, 422))
def read_version(document: Document, version: Version, principal: AdminUser, db: SessionDep) -> VersionDetail:
    """One version's full text and its diff from the one before."""
    try:
        row = config_versions.get_version(db, document, version)
    except errors.NotFound as exc:
        raise NotFound(str(exc)) from exc
    before = config_versions.get_version(db, document, version - 1) if version > 1 else None
    diff = config_versions.unified_diff(before.text, row.text, f"v{before.version}", f"v{version}") if before else ""
    return VersionDetail(**VersionPublic.model_validate(row).model_dump(), text=row.text, diff=diff)


@router.get("/keyword-schemes", responses=_errors(401, 403))
def read_schemes(principal: CurrentUser, db: SessionDep, state: StateDep) -> SchemesPublic:
    """The keyword schemes (关注词/排除词/地域词) the user may edit: all for administrators, its own
    unit's for a unit user."""
    if principal.role.value not in ("admin", "unit"):
        raise Forbidden("无权查看关键词方案")
    found = config_versions.current(db, state.settings.jurisdiction_dir, "alert_rules")
    mine = visible_schemes(principal, schemes(found.text))
    return SchemesPublic(
        version=found.version,
        data=[SchemePublic(**{**s.__dict__, "words": list(s.words), "exclude": list(s.exclude),
                              "regions": list(s.regions)}) for s in mine],
    )  # fmt: skip


@router.put("/keyword-schemes/{scheme_id}", responses=_errors(400, 401, 403, 404, 409, 422, 503))
def update_scheme(
    scheme_id: SchemeId,
    body: SchemeUpdate,
    principal: CurrentUser,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    stages: StagesDep,
) -> VersionPublic:
    """Replace a scheme's 关注词 and 排除词 (and, for administrators, 地域词): a new ``alert_rules`` version."""
    if principal.role.value not in ("admin", "unit"):
        raise Forbidden("无权修改关键词方案")
    row = save_scheme(
        db, stages, state, principal, scheme_id, now,
        words=list(dict.fromkeys(body.words)), exclude=list(dict.fromkeys(body.exclude)),
        regions=list(dict.fromkeys(body.regions)) if body.regions is not None else None,
        base_version=body.base_version,
    )  # fmt: skip
    return VersionPublic.model_validate(row)

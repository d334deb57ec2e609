"""Rules edited online: the rule documents (routing, taxonomy, alert rules, policies) and keyword schemes.

A change is checked by the stage that reads the document, through its port
(:class:`models.ports.RuleDocuments`: the stage's own pydantic models and line-precise
``yuqing.config`` errors, exactly as when it loads the YAML file), then appended as a new version
(:mod:`yuqing.config_versions`: who, when, the full text, a note) and audited. A refused change
changes nothing. The stages pick the new version up by themselves (no restart), and the names the
service shows are reloaded at once.

Keyword schemes (关键词方案) are the ``watch_words`` rules of ``alert_rules``: 关注词 (``words``),
排除词 (``exclude``) and 地域词 (``regions``). An administrator edits every scheme; a unit user
edits the 关注词 and 排除词 of its own unit's schemes (those with ``unit: <its unit id>``), not their
地域词, level or anything else. A scheme edit rewrites only those lists in the YAML text (comments
and layout are kept, with ruamel.yaml's round trip).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString
from sqlalchemy.orm import Session

from models.db.config import ConfigVersion
from models.enums import Role
from models.ports import StagePorts
from service.audit import audit
from service.auth.principal import Principal
from service.errors import Forbidden, InvalidInput, NotFound, PartUnavailable
from service.operations import translate
from service.reports.safe_text import plain_text
from service.state import ServiceState
from yuqing import config_versions
from yuqing.errors import ConfigError, Invalid
from yuqing.yaml_limits import yaml_shape_problem

MAX_WORDS = 500
MAX_WORD = 50
_SPLIT = re.compile(r"[\s,，、;；]+")


def check_document(db: Session, stages: StagePorts, state: ServiceState, document: str, text: str) -> None:
    """Refuse ``text`` (``InvalidInput`` with the stage's line-precise message) unless the stage that
    reads ``document`` accepts it, against the other documents in force (routing against the taxonomy)."""
    config_versions.file_name(document)  # NotFound for a document that is not editable
    port = stages.documents.get(document)
    if port is None:
        raise PartUnavailable(f"{document}.yaml 暂不能在线编辑：没有读取它的模块可以校验")
    problem = yaml_shape_problem(text)  # before any loader builds (and walks) what the text expands to
    if problem is not None:
        raise InvalidInput(f"配置有误，未保存：\n{document}.yaml: {problem}")
    try:
        others = config_versions.in_force(db, state.settings.jurisdiction_dir)
        port.check_document(document, text, jurisdiction_dir=state.settings.jurisdiction_dir, in_force=others)
    except (ConfigError, Invalid) as exc:
        raise InvalidInput(f"配置有误，未保存：\n{exc}") from exc


def save_document(
    db: Session,
    stages: StagePorts,
    state: ServiceState,
    principal: Principal,
    document: str,
    text: str,
    now: datetime,
    *,
    base_version: int | None,
    note: str = "",
) -> ConfigVersion:
    """Check ``text``, append it as the newest version of ``document``, audit it and commit."""
    text = text.replace("\r\n", "\n")
    check_document(db, stages, state, document, text)
    try:
        row = config_versions.append(
            db,
            state.settings.jurisdiction_dir,
            document,
            text,
            author=principal.username,
            now=now,
            note=note,
            base_version=base_version,
        )
    except Exception as exc:
        db.rollback()
        raise translate(exc) from exc
    audit(db, principal, "config.edit", "config", f"{document}:{row.version}", now, note=note)
    db.commit()
    state.names.invalidate()
    return row


# -- keyword schemes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scheme:
    """One keyword scheme (a ``watch_words`` rule) as people edit it."""

    id: str
    name: str
    level: str
    unit: str | None
    words: tuple[str, ...]
    exclude: tuple[str, ...]
    regions: tuple[str, ...]
    enabled: bool


def schemes(text: str) -> list[Scheme]:
    """The keyword schemes of an ``alert_rules`` text (already valid: it is the version in force)."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise InvalidInput(f"alert_rules.yaml 无法读取：{exc}") from exc
    out = []
    for rule in data.get("rules") or []:
        if isinstance(rule, dict) and rule.get("type") == "watch_words":
            out.append(
                Scheme(
                    id=str(rule.get("id", "")),
                    name=str(rule.get("name", "")),
                    level=str(rule.get("level", "")),
                    unit=rule.get("unit"),
                    words=tuple(str(w) for w in rule.get("words") or ()),
                    exclude=tuple(str(w) for w in rule.get("exclude") or ()),
                    regions=tuple(str(w) for w in rule.get("regions") or ()),
                    enabled=bool(rule.get("enabled", True)),
                )
            )
    return out


def visible_schemes(principal: Principal, all_schemes: list[Scheme]) -> list[Scheme]:
    """Admins see every scheme; a unit user its own unit's; nobody else any."""
    if principal.role is Role.ADMIN:
        return all_schemes
    if principal.role is Role.UNIT and principal.unit_id:
        return [s for s in all_schemes if s.unit == principal.unit_id]
    return []


def parse_words(value: str) -> list[str]:
    """Words from a form field: separated by new lines, spaces, commas or 、; duplicates dropped."""
    words = list(dict.fromkeys(w for w in _SPLIT.split(value or "") if w))
    if len(words) > MAX_WORDS:
        raise InvalidInput(f"最多 {MAX_WORDS} 个词")
    long = [w for w in words if len(w) > MAX_WORD]
    if long:
        raise InvalidInput(f"词过长（最多 {MAX_WORD} 字）：{long[0][:60]}")
    return words


def _scalar(word: str) -> Any:
    """Quote a word PyYAML (which the stages read with) would not read back as the same string."""
    try:
        same = yaml.safe_load(word) == word
    except yaml.YAMLError:
        same = False
    return word if same else SingleQuotedScalarString(word)


def _typed(words: list[str]) -> list[str]:
    """Words as typed, without control characters and blanks (a word no item can contain)."""
    return [w for w in (plain_text(word).strip() for word in words) if w]


def edit_scheme(text: str, scheme_id: str, *, words: list[str], exclude: list[str], regions: list[str] | None) -> str:
    """``text`` with the scheme's 关注词/排除词 (and 地域词 unless ``regions`` is None) replaced;
    everything else (comments, order, layout) is kept."""
    rt = YAML()
    rt.preserve_quotes = True
    rt.width = 4096
    rt.indent(mapping=2, sequence=4, offset=2)
    data = rt.load(text)
    rule = next(
        (r for r in (data.get("rules") or []) if isinstance(r, CommentedMap) and r.get("id") == scheme_id), None
    )
    if rule is None or rule.get("type") != "watch_words":
        raise NotFound(f"没有关键词方案 {scheme_id}")
    lists: dict[str, list[str]] = {"words": _typed(words), "exclude": _typed(exclude)}
    if regions is not None:
        lists["regions"] = _typed(regions)
    for key, values in lists.items():
        if not values and key != "words":
            rule.pop(key, None)
            continue
        seq = rule.get(key)
        if not isinstance(seq, CommentedSeq):
            seq = CommentedSeq()
            seq.fa.set_flow_style()
            rule[key] = seq
        del seq[:]
        seq.extend(_scalar(w) for w in values)
    out = io.StringIO()
    rt.dump(data, out)
    new = out.getvalue()
    written = next(s for s in schemes(new) if s.id == scheme_id)
    if list(written.words) != words or list(written.exclude) != exclude:
        raise InvalidInput("关键词无法写入配置（含有无法表示的字符）")
    return new


def save_scheme(
    db: Session,
    stages: StagePorts,
    state: ServiceState,
    principal: Principal,
    scheme_id: str,
    now: datetime,
    *,
    words: list[str],
    exclude: list[str],
    regions: list[str] | None,
    base_version: int | None,
) -> ConfigVersion:
    """Change a keyword scheme: a new version of ``alert_rules`` (checked by the alerting stage).

    ``Forbidden`` for a unit user on another unit's scheme or changing 地域词; ``NotFound`` for an
    unknown scheme (or one the user may not see).
    """
    found = config_versions.current(db, state.settings.jurisdiction_dir, "alert_rules")
    scheme = next((s for s in visible_schemes(principal, schemes(found.text)) if s.id == scheme_id), None)
    if scheme is None:
        raise NotFound(f"没有关键词方案 {scheme_id}")
    if principal.role is not Role.ADMIN and regions is not None and list(regions) != list(scheme.regions):
        raise Forbidden("地域词由系统管理员维护")
    if principal.role is not Role.ADMIN:
        regions = None
    if not words:
        raise InvalidInput("关注词不能为空")
    text = edit_scheme(found.text, scheme_id, words=words, exclude=exclude, regions=regions)
    note = f"关键词方案「{scheme.name}」"
    return save_document(db, stages, state, principal, "alert_rules", text, now, base_version=base_version, note=note)

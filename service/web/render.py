"""Template rendering: autoescape always on; scraped text is reduced to plain text by nh3 first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import Any

import jinja2
import nh3
from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from models.enums import (
    CaseActionKind,
    CaseStatus,
    DeadlineState,
    EventType,
    IncidentGrade,
    Role,
    SourceTier,
    SourceType,
)
from models.timeutil import to_local
from service.errors import ServiceError
from service.names import Names
from service.web import TEMPLATES_DIR
from yuqing import names as base_names

CASE_STATUS = {s.value: s.label for s in CaseStatus}


def local(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return to_local(value).strftime(fmt) if value else ""


def plain(value: str | None) -> Markup:
    """Untrusted HTML (scraped titles and text) as inert text: every tag dropped, entities escaped."""
    return Markup(nh3.clean(value or "", tags=set(), attributes={}))  # noqa: S704 (nh3 output is safe)


LEVEL_CLASSES = {"一级": "lv1", "二级": "lv2", "三级": "lv3", "四级": "lv4"}


def level_class(level: str | None) -> str:
    """CSS class of a 舆情等级 name (inline styles are refused by the CSP, so no colour values)."""
    return LEVEL_CLASSES.get(level or "", "lv-other")


def _names(context: Any) -> Names:
    names = context.get("names")
    if isinstance(names, Names):
        return names
    if isinstance(names, base_names.Names):  # the base layer's names (no people): made the service's
        return Names(topics=names.topics, units=names.units, sources=names.sources, rules=names.rules)
    return Names()


def _name_filter(pick: Callable[[Names, Any], Any]) -> Callable[..., Any]:
    """A template filter that names an id with the page's :class:`Names` (``names`` in context)."""

    @jinja2.pass_context
    def name(context: Any, value: Any) -> Any:
        return pick(_names(context), value)

    return name


UNIT_KINDS = {"department": "委办局", "township": "乡镇/街道", "enterprise": "公共企事业单位"}
EVENT_STATUS = {"open": "跟踪中", "merged": "已合并", "closed": "已结束"}
DETAIL_LABELS = {
    "lead_unit": "牵头单位",
    "co_units": "协办单位",
    "to_unit": "转至",
    "from_unit": "原单位",
    "grade": "等级",
    "from": "原等级",
    "to": "新等级",
    "occurred_at": "发生时间",
    "first_seen_at": "事件首次发现",
    "held_at": "召开时间",
    "origin": "派单方式",
    "url": "链接",
    "channel": "渠道",
    "content": "内容",
    "reason": "理由",
    "note": "说明",
    "place": "地点",
    "speaker": "发布人",
    "result": "办理结果",
    "corrects": "更正记录",
    "event_id": "事件",
    "category": "类别",
    "external_ref": "外部编号",
}
"""Case action details as people read them (keys of :mod:`tracker.cases` records)."""
ORIGINS = {"desk": "值班室派单", "policy": "按时限策略自动派单", "import": "历史数据导入"}
_HIDDEN_DETAILS = frozenset({"policy", "rules_by_band"})
_PERSON_DETAILS = frozenset({"actor", "user", "by", "requested_by", "decided_by"})


def _time_text(value: object) -> str | None:
    """An ISO 8601 time with an offset (how the tracker stores times) in Beijing time, else None."""
    if not isinstance(value, str) or len(value) < 16 or value[4:5] != "-" or "T" not in value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return local(parsed) if parsed.tzinfo is not None else None


def action_details(names: Names, details: dict[str, Any] | None) -> list[tuple[str, str]]:
    """``(label, text)`` of a case action's details: every key labelled in Chinese, units, grades and
    people named, times in Beijing time; the policy snapshot is left out. A ``url`` keeps its text
    (the template links it)."""
    out: list[tuple[str, str]] = []
    for key, value in (details or {}).items():
        if key in _HIDDEN_DETAILS or value in (None, "", []):
            continue
        if key in ("lead_unit", "to_unit", "from_unit"):
            text = names.unit(str(value))
        elif key == "co_units" and isinstance(value, list):
            text = names.units_joined([str(u) for u in value])
        elif key in ("grade", "from", "to"):
            text = label(str(value), IncidentGrade)
        elif key == "origin":
            text = ORIGINS.get(str(value), str(value))
        elif key in _PERSON_DETAILS:
            text = person(names, str(value))
        elif isinstance(value, list):
            text = "、".join(str(v) for v in value)
        elif isinstance(value, dict):
            continue  # structured internals (snapshots): not for reading
        else:
            text = _time_text(value) or str(value)
        out.append((DETAIL_LABELS.get(key, "其他"), text))
    return out


def person(names: base_names.Names, username: str | None) -> str:
    """How pages call the person behind ``username`` (a login) or an automatic actor."""
    if isinstance(names, Names):
        return names.person(username)
    return Names().person(username)


def source(names: base_names.Names, source_id: str | None) -> str:
    """A source's name; ``manual`` is 人工报送 even with the base layer's names."""
    return names.source(source_id) if isinstance(names, Names) else Names(sources=names.sources).source(source_id)


@jinja2.pass_context
def item_source(context: Any, source_id: str | None, author: str | None = None) -> str:
    """``item.source_id | item_source(item.author)``: the source's name, a 人工报送 with its reporter."""
    return _names(context).item_source(source_id, author)


def label(value: str | None, enum: Any) -> str:
    if not value:
        return "—"
    try:
        return str(enum(value).label)
    except ValueError:
        return value


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["local"] = local
    env.filters["level_class"] = level_class
    env.filters["plain"] = plain
    env.filters["grade"] = lambda v: label(v, IncidentGrade)
    env.filters["role"] = lambda v: label(v, Role)
    env.filters["action"] = lambda v: label(v, CaseActionKind)
    env.filters["case_status"] = lambda v: CASE_STATUS.get(v, v)
    env.filters["rule_status"] = lambda v: label(v, DeadlineState)
    env.filters["pct"] = lambda v: "—" if v is None else f"{v:.0%}"
    env.filters["hours"] = lambda v: "—" if v is None else f"{v:.1f} 小时"
    env.filters["topic_name"] = _name_filter(Names.topic)
    env.filters["unit_name"] = _name_filter(Names.unit)
    env.filters["unit_names"] = _name_filter(Names.units_joined)
    env.filters["source_name"] = _name_filter(source)
    env.filters["person_name"] = _name_filter(person)
    env.filters["item_source"] = item_source
    env.filters["rule_name"] = _name_filter(Names.rule)
    env.filters["action_details"] = _name_filter(action_details)
    env.filters["source_tier"] = lambda v: label(v, SourceTier)
    env.filters["source_type"] = lambda v: label(v, SourceType)
    env.filters["event_type"] = lambda v: label(v, EventType)
    env.filters["unit_kind"] = lambda v: UNIT_KINDS.get(v or "", v or "—")
    env.filters["event_status"] = lambda v: EVENT_STATUS.get(v or "", v or "—")
    env.globals["case_statuses"] = tuple(CaseStatus)
    return env


def flash(request: Request) -> str:
    """The confirmation a form's redirect carries in ``?msg=`` (已派单, 已签收 …), shown only when the
    browser says the page was reached from this site (``Sec-Fetch-Site: same-origin``: our own
    form and its redirect). A link from elsewhere (an e-mail, a chat, another site) shows no
    message, so no one can put words such as "请将密码发送至…" into the product's banner."""
    if request.headers.get("sec-fetch-site") != "same-origin":
        return ""
    return request.query_params.get("msg", "")[:200]


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render ``template`` with the signed-in user (``user``), the CSRF token and the names (``names``) in context."""
    context.setdefault("user", getattr(request.state, "principal", None))
    context.setdefault("flash", flash(request))
    service = getattr(request.app.state, "service", None)
    context.setdefault("names", service.names.current() if service is not None else Names())
    html = environment().get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status_code)


def error_page(request: Request, exc: ServiceError, *, back: str | None = None) -> HTMLResponse:
    """The error page: the message (in Chinese) and links back (to ``back``, the referring page) and home."""
    return page(request, "error.html", status_code=exc.status_code, message=str(exc), code=exc.status_code, back=back)

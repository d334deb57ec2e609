"""专题 pages: the list, the desk's create/edit form, and a 专题's own page with its charts, its
events and items, and its daily digest (Word).

Desk and admin edit (forms carry the CSRF token); leaders and units read, a unit user seeing only
its own items. A refused form is shown again with the message and what was typed; nothing is saved.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response

from models.db import SpecialTopic
from models.enums import SourceTier
from models.timeutil import SHANGHAI, to_local
from service.api.deps import NowDep, SessionDep, StateDep
from service.api.responses import attachment
from service.api.types import IdPath, SaneDate
from service.errors import Conflict, InvalidInput
from service.queries import special_topics as q
from service.reports.topic_digest import DOCX, digest_document, public_base
from service.special_topics import (
    TopicDraft,
    TopicInvalid,
    create_topic,
    deactivate_topic,
    draft_of,
    get_topic,
    list_topics,
    township_names,
    update_topic,
)
from service.topic_story import TopicStory, topic_story
from service.web.deps import DeskForm, DeskPage, UnitPage
from service.web.desk_pages import back
from service.web.echarts import Chart, bar_chart, line_chart, word_cloud
from service.web.render import label, page

router = APIRouter()
_SPLIT = re.compile(r"[\s,，、;；]+")
FormText = Annotated[str, Form(max_length=20_000)]


def _words(value: str) -> list[str]:
    return [w for w in _SPLIT.split(value or "") if w]


def _day(value: str, field: str) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise TopicInvalid(field, "日期格式应为 YYYY-MM-DD") from None


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=SHANGHAI)


@dataclass(frozen=True)
class TopicForm:
    """The 专题 form as posted (text as typed, shown again with an error)."""

    name: str
    keywords: str
    exclude: str
    places: list[str]
    starts_on: str
    ends_on: str

    def values(self) -> dict[str, object]:
        return asdict(self)

    def draft(self) -> TopicDraft:
        """The form as a draft: whole local days, ``ends_on`` inclusive."""
        start = _day(self.starts_on, "starts_at")
        if start is None:
            raise TopicInvalid("starts_at", "不能为空")
        end = _day(self.ends_on, "ends_at")
        ends_at = _local_midnight(end + timedelta(days=1)) if end is not None else None
        return TopicDraft(
            self.name, _words(self.keywords), _words(self.exclude), self.places, _local_midnight(start), ends_at
        )


def topic_form(
    name: FormText = "", keywords: FormText = "", exclude: FormText = "",
    places: Annotated[list[str] | None, Form()] = None, starts_on: FormText = "", ends_on: FormText = "",
) -> TopicForm:  # fmt: skip
    return TopicForm(name, keywords, exclude, places or [], starts_on, ends_on)


TopicFormDep = Annotated[TopicForm, Depends(topic_form)]


@router.get("/topics")
def topics(request: Request, principal: UnitPage, db: SessionDep, stopped: bool = False) -> Response:
    """Active 专题; with ``stopped``, the deactivated ones too."""
    return page(request, "topics.html", topics=list_topics(db, include_inactive=stopped), show_all=stopped)


def _form(
    request: Request, db: SessionDep, topic: SpecialTopic | None, values: dict[str, object], *, error: str = "",
    field: str = "", status_code: int = 200,
) -> Response:  # fmt: skip
    return page(
        request, "topic_edit.html", status_code=status_code, topic=topic, v=values, error=error, field=field,
        townships=township_names(db),
    )  # fmt: skip


def _values(draft: TopicDraft) -> dict[str, object]:
    last = (to_local(draft.ends_at) - timedelta(days=1)).date().isoformat() if draft.ends_at else ""
    return {
        "name": draft.name,
        "keywords": "\n".join(draft.keywords),
        "exclude": "\n".join(draft.exclude),
        "places": list(draft.places),
        "starts_on": to_local(draft.starts_at).date().isoformat(),
        "ends_on": last,
    }


@router.get("/topics/new")
def new_topic(request: Request, principal: DeskPage, db: SessionDep, now: NowDep) -> Response:
    values: dict[str, object] = {"name": "", "keywords": "", "exclude": "", "places": [], "ends_on": ""}
    values["starts_on"] = to_local(now).date().isoformat()
    return _form(request, db, None, values)


def _save(
    request: Request, db: SessionDep, principal: DeskForm, now: datetime, topic: SpecialTopic | None, form: TopicForm
) -> Response:
    try:
        draft = form.draft()
        saved = (
            create_topic(db, principal, draft, now)
            if topic is None
            else update_topic(db, principal, topic, draft, now, active=topic.active)
        )
    except (InvalidInput, Conflict) as exc:
        db.rollback()
        field = (exc.field if isinstance(exc, TopicInvalid) else None) or "name"
        return _form(request, db, topic, form.values(), error=str(exc), field=field, status_code=exc.status_code)
    return back(f"/topics/{saved.id}", f"专题“{saved.name}”已保存，立即生效")


@router.post("/topics")
def create(request: Request, principal: DeskForm, db: SessionDep, now: NowDep, form: TopicFormDep) -> Response:
    return _save(request, db, principal, now, None, form)


@router.get("/topics/{topic_id}/edit")
def edit_topic(topic_id: IdPath, request: Request, principal: DeskPage, db: SessionDep) -> Response:
    topic = get_topic(db, topic_id)
    return _form(request, db, topic, _values(draft_of(topic)))


@router.post("/topics/{topic_id}")
def update(
    topic_id: IdPath, request: Request, principal: DeskForm, db: SessionDep, now: NowDep, form: TopicFormDep
) -> Response:
    return _save(request, db, principal, now, get_topic(db, topic_id), form)


@router.post("/topics/{topic_id}/deactivate")
def deactivate(topic_id: IdPath, principal: DeskForm, db: SessionDep, now: NowDep) -> Response:
    topic = get_topic(db, topic_id)
    deactivate_topic(db, principal, topic, now)
    return back("/topics", f"专题“{topic.name}”已停止监测")


def charts(story: TopicStory) -> list[Chart]:
    """The 专题 page's charts: volume and heat, negativity, source tiers, sources, places, words."""
    t = story.trend
    return [
        line_chart(
            "volume",
            "声量与热度（含转载）",
            t.labels,
            {"条目": t.total, "热度": t.heat, "负面": t.negative},
            y_name="条",
        ),
        line_chart(
            "negative",
            "负面占比",
            t.labels,
            {"负面占比(%)": [None if v is None else round(v * 100, 1) for v in t.negative_share()]},
            y_name="%",
            y_max=100,
        ),
        bar_chart("tiers", "来源类型", [(label(tier, SourceTier), float(n)) for tier, n in story.tiers]),
        bar_chart("sources", "主要来源", [(name, float(n)) for name, n in story.sources]),
        bar_chart("places", "涉及地点", [(p, float(n)) for p, n in story.places if n]),
        word_cloud("words", "热词", story.terms),
    ]


@router.get("/topics/{topic_id}")
def topic_page(
    topic_id: IdPath,
    request: Request,
    principal: UnitPage,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    day: Annotated[SaneDate | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> Response:
    """The 专题's whole period, or one local ``day`` of it (what the daily digest links to)."""
    topic = get_topic(db, topic_id)
    since, until = q.period(topic, now)
    if day is not None:
        since, until = max(since, _local_midnight(day)), min(until, _local_midnight(day + timedelta(days=1)))
        until = max(since, until)
    names = state.names.current()
    story = topic_story(
        db, principal, topic, since, until, jurisdiction_dir=state.settings.jurisdiction_dir, names=names
    )
    items = q.recent_items(db, story.conds, since, until, limit=limit, offset=offset)
    today = to_local(min(now, until - timedelta(seconds=1)) if until > since else since).date()
    return page(
        request,
        "topic.html",
        topic=topic,
        story=story,
        charts=charts(story),
        items=items,
        day=day,
        digest_day=day or today,
        limit=limit,
        offset=offset,
    )


@router.get("/topics/{topic_id}/digest.docx")
def digest(
    topic_id: IdPath,
    request: Request,
    principal: UnitPage,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    day: Annotated[SaneDate | None, Query()] = None,
) -> Response:
    """The 专题's daily digest for the local ``day`` (default today), as Word."""
    topic = get_topic(db, topic_id)
    day = day or to_local(now).date()
    start, end = q.period(topic, now)
    since = max(start, _local_midnight(day))
    until = max(since, min(end, _local_midnight(day + timedelta(days=1))))
    names = state.names.current()
    story = topic_story(
        db, principal, topic, since, until, jurisdiction_dir=state.settings.jurisdiction_dir, names=names,
        events_limit=50,
    )  # fmt: skip
    items = q.recent_items(db, story.conds, since, until, limit=200)
    body = digest_document(story, items.items, day, now, public_base(state.settings, str(request.base_url)), names)
    headers = attachment(f"专题日报-{topic.name}-{day.isoformat()}.docx", f"topic-{topic.id}-{day.isoformat()}.docx")
    return Response(body, media_type=DOCX, headers=headers)

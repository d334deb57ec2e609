"""专题 (special-topic watches): validation, storage and the places they watch.

A 专题 is a row of ``special_topics`` (:class:`models.db.SpecialTopic`), read per request: creating
or editing one takes effect at once, without a restart. Desk and admin edit; everyone else reads
(the routes check roles).

Validation refuses, with a Chinese message that starts with the field's label (``关键词：...``):
an empty name or keyword list, too many or too long words, a keyword that is also an exclusion, a
place that is not one of the jurisdiction's 乡镇/街道, an end not after the start
(:class:`TopicInvalid`, 422) and a name another 专题 already has (:class:`service.errors.Conflict`,
409). Nothing is saved when a check fails.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.db import SpecialTopic, Unit
from service.audit import audit
from service.auth.principal import Principal
from service.errors import Conflict, InvalidInput, NotFound
from service.reports.safe_text import plain_text
from yuqing.errors import ConfigError
from yuqing.jurisdiction import load_gazetteer

log = logging.getLogger(__name__)

MAX_NAME = 100
MAX_KEYWORDS = 50
MAX_EXCLUDE = 50
MAX_WORD = 30
FIELDS = {
    "name": "名称",
    "keywords": "关键词",
    "exclude": "排除词",
    "places": "地点",
    "starts_at": "开始时间",
    "ends_at": "结束时间",
}


class TopicInvalid(InvalidInput):
    """A 专题 refused by validation; ``field`` names the field (``keywords``, ``ends_at``, ...)."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{FIELDS[field]}：{reason}")
        self.field = field


@dataclass(frozen=True)
class TopicDraft:
    """What a person submits for a 专题 (times aware)."""

    name: str
    keywords: list[str]
    exclude: list[str]
    places: list[str]
    starts_at: datetime
    ends_at: datetime | None


def _words(field: str, words: list[str], most: int, *, required: bool) -> list[str]:
    typed = [plain_text(w).strip() for w in words]
    cleaned = list(dict.fromkeys(w for w in typed if w))
    if required and not cleaned:
        raise TopicInvalid(field, "至少填写一个词")
    if len(cleaned) > most:
        raise TopicInvalid(field, f"最多 {most} 个词（现有 {len(cleaned)} 个）")
    for word in cleaned:
        if len(word) > MAX_WORD:
            raise TopicInvalid(field, f"每个词最多 {MAX_WORD} 个字：{word[:40]}…")
    return cleaned


def township_names(db: Session) -> list[str]:
    """The jurisdiction's 乡镇/街道 (active units of kind ``township``), by name: the places a 专题
    may watch."""
    rows = db.scalars(select(Unit.name).where(Unit.kind == "township", Unit.active.is_(True)).order_by(Unit.id))
    return list(rows)


def validate(db: Session, draft: TopicDraft, *, editing: int | None = None) -> TopicDraft:
    """The draft cleaned (words trimmed, duplicates dropped), or :class:`TopicInvalid`/:class:`Conflict`."""
    name = plain_text(draft.name).strip()
    if not name:
        raise TopicInvalid("name", "不能为空")
    if len(name) > MAX_NAME:
        raise TopicInvalid("name", f"最多 {MAX_NAME} 个字")
    keywords = _words("keywords", draft.keywords, MAX_KEYWORDS, required=True)
    exclude = _words("exclude", draft.exclude, MAX_EXCLUDE, required=False)
    folded = {w.casefold() for w in exclude}
    both = [w for w in keywords if w.casefold() in folded]
    if both:
        raise TopicInvalid("exclude", f"“{both[0]}”同时是关键词，这样的专题什么也匹配不到")
    places = list(dict.fromkeys(p.strip() for p in draft.places if p.strip()))
    known = set(township_names(db))
    unknown = [p for p in places if p not in known]
    if unknown:
        raise TopicInvalid("places", f"“{unknown[0][:40]}”不是本辖区的乡镇/街道")
    if draft.ends_at is not None and draft.ends_at <= draft.starts_at:
        raise TopicInvalid("ends_at", "必须晚于开始时间")
    same = select(SpecialTopic.id).where(func.lower(SpecialTopic.name) == name.lower())
    if editing is not None:
        same = same.where(SpecialTopic.id != editing)
    if db.scalar(same) is not None:
        raise Conflict(f"{FIELDS['name']}：已有同名专题“{name}”")
    return TopicDraft(name, keywords, exclude, places, draft.starts_at, draft.ends_at)


def get_topic(db: Session, topic_id: int) -> SpecialTopic:
    topic = db.get(SpecialTopic, topic_id)
    if topic is None:
        raise NotFound("专题不存在")
    return topic


def list_topics(db: Session, *, include_inactive: bool = False) -> list[SpecialTopic]:
    """Active 专题 first, newest start first."""
    stmt = select(SpecialTopic).order_by(SpecialTopic.active.desc(), SpecialTopic.starts_at.desc(), SpecialTopic.id)
    if not include_inactive:
        stmt = stmt.where(SpecialTopic.active.is_(True))
    return list(db.scalars(stmt))


def _apply(topic: SpecialTopic, draft: TopicDraft) -> None:
    topic.name, topic.keywords, topic.exclude = draft.name, draft.keywords, draft.exclude
    topic.places, topic.starts_at, topic.ends_at = draft.places, draft.starts_at, draft.ends_at


def _flush(db: Session, name: str) -> None:
    """Write the row; a name taken meanwhile by a concurrent request is the same 409 as a checked one."""
    try:
        db.flush()
    except IntegrityError as exc:
        db.rollback()
        raise Conflict(f"{FIELDS['name']}：已有同名专题“{name}”") from exc


def create_topic(db: Session, principal: Principal, draft: TopicDraft, now: datetime) -> SpecialTopic:
    """Validate and store a new 专题 (committed, audited)."""
    clean = validate(db, draft)
    topic = SpecialTopic(created_by=principal.username, created_at=now, updated_at=now, active=True)
    _apply(topic, clean)
    db.add(topic)
    _flush(db, clean.name)
    audit(db, principal, "special_topic.create", "special_topic", topic.id, now, name=topic.name)
    db.commit()
    return topic


def update_topic(
    db: Session, principal: Principal, topic: SpecialTopic, draft: TopicDraft, now: datetime, *, active: bool = True
) -> SpecialTopic:
    """Validate and store the new definition of ``topic`` (committed, audited)."""
    clean = validate(db, draft, editing=topic.id)
    _apply(topic, clean)
    topic.active, topic.updated_at = active, now
    _flush(db, clean.name)
    audit(db, principal, "special_topic.update", "special_topic", topic.id, now, name=topic.name, active=active)
    db.commit()
    return topic


def deactivate_topic(db: Session, principal: Principal, topic: SpecialTopic, now: datetime) -> None:
    """Stop watching: the 专题 leaves the lists; its page stays reachable."""
    topic.active, topic.updated_at = False, now
    audit(db, principal, "special_topic.deactivate", "special_topic", topic.id, now)
    db.commit()


def draft_of(topic: SpecialTopic) -> TopicDraft:
    return TopicDraft(
        topic.name,
        [str(w) for w in topic.keywords],
        [str(w) for w in topic.exclude],
        [str(p) for p in topic.places],
        topic.starts_at,
        topic.ends_at,
    )


def place_names(db: Session, jurisdiction_dir: Path, townships: list[str]) -> list[str]:
    """Every place name an item may carry for the 乡镇/街道 ``townships`` (by name): the township
    itself and the villages, communities and sites the gazetteer ties to it (items store the place
    named in the text, e.g. 枫溪村 for 廿八都镇). Without a readable gazetteer, the names alone."""
    if not townships:
        return []
    ids = set(db.scalars(select(Unit.id).where(Unit.name.in_(townships), Unit.kind == "township")))
    names = list(townships)
    path = jurisdiction_dir / "gazetteer.yaml"
    if path.is_file():
        try:
            names += [p.name for p in load_gazetteer(path).places if p.township in ids]
        except ConfigError as exc:  # the classifier refuses to start with it; match by township names
            log.warning("专题 places: %s", exc)
    return list(dict.fromkeys(names))

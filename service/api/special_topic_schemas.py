"""Shapes of the 专题 API: ``SpecialTopicCreate``/``SpecialTopicUpdate`` in, ``SpecialTopicPublic``
and ``SpecialTopicsPublic(data, count)`` out.

The schema bounds are loose on purpose (they only stop absurd bodies); the real limits (how many
words, how long, which places) are checked by :func:`service.special_topics.validate`, which names
the field in Chinese.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from models.db import SpecialTopic
from service.api.types import SaneDatetime, Text
from service.special_topics import TopicDraft, draft_of

Word = Annotated[Text, Field(max_length=1000)]
Words = list[Word]


class SpecialTopicBase(BaseModel):
    name: Text = Field(max_length=1000, description="专题名称（唯一），如“防汛”“两会”")
    keywords: Words = Field(max_length=1000, description="关键词：标题或正文含任一词即匹配（拉丁字母不分大小写）")
    exclude: Words = Field(default_factory=list, max_length=1000, description="排除词：含任一词即不匹配")
    places: Words = Field(
        default_factory=list, max_length=1000, description="乡镇/街道名称；空表示全辖区，否则条目须涉及其一"
    )
    starts_at: SaneDatetime
    ends_at: SaneDatetime | None = Field(default=None, description="结束时间；空表示持续监测")


class SpecialTopicCreate(SpecialTopicBase):
    def draft(self) -> TopicDraft:
        return TopicDraft(self.name, self.keywords, self.exclude, self.places, self.starts_at, self.ends_at)


class SpecialTopicUpdate(BaseModel):
    """Fields to change; those left out keep their value (``ends_at: null`` clears the end)."""

    name: Text | None = Field(default=None, max_length=1000)
    keywords: Words | None = Field(default=None, max_length=1000)
    exclude: Words | None = Field(default=None, max_length=1000)
    places: Words | None = Field(default=None, max_length=1000)
    starts_at: SaneDatetime | None = None
    ends_at: SaneDatetime | None = None
    active: StrictBool | None = None

    def draft(self, topic: SpecialTopic) -> TopicDraft:
        old = draft_of(topic)
        given = self.model_fields_set
        return TopicDraft(
            self.name if self.name is not None else old.name,
            self.keywords if self.keywords is not None else old.keywords,
            self.exclude if self.exclude is not None else old.exclude,
            self.places if self.places is not None else old.places,
            self.starts_at or old.starts_at,
            self.ends_at if "ends_at" in given else old.ends_at,
        )


class SpecialTopicPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    keywords: list[str]
    exclude: list[str]
    places: list[str]
    starts_at: datetime
    ends_at: datetime | None
    created_by: str
    created_at: datetime
    updated_at: datetime
    active: bool


class SpecialTopicsPublic(BaseModel):
    data: list[SpecialTopicPublic]
    count: int

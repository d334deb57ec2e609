"""``sources.yaml``: every source as data, validated with line-precise errors.

A source is one mapping with an ``id``, a ``type`` (``rss``, ``web``, ``json_api``), a URL, a
poll interval, region, credibility tier and optional default unit; type-specific settings live
under ``web:`` (selectors) or ``json:`` (field mapping). ``${demo_port}`` (and any other
``${setting}`` given to :func:`load_sources`) is substituted before validation, on the same line,
so error line numbers stay right.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, field_validator, model_validator
from pydantic_core import ErrorDetails

from models.enums import SourceTier
from yuqing.config import config_error, parse_yaml, read_config_text
from yuqing.errors import ConfigError

_ID = r"^[a-z0-9][a-z0-9_.-]{0,99}$"
_VAR = re.compile(r"\$\{([a-z_][a-z0-9_]*)\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class HttpOptions(_Strict):
    """Politeness and robustness knobs shared by every HTTP source."""

    timeout_s: float = Field(default=15.0, gt=0, le=300)
    retries: int = Field(default=2, ge=0, le=10)
    backoff_s: float = Field(default=1.0, ge=0, le=60)
    max_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    min_delay_s: float = Field(default=1.0, ge=0, le=600)
    """Minimum time between two requests to the same host (politeness)."""
    user_agent: str = Field(default="yuqing-collector/0.1", pattern=r"^[ -~]+$")


class _SourceBase(_Strict):
    id: Annotated[str, Field(pattern=_ID)]
    name: str = ""
    url: HttpUrl
    interval_s: float = Field(default=300.0, ge=1, le=7 * 86400)
    region: str | None = None
    tier: SourceTier = SourceTier.OTHER
    default_unit: str | None = None
    enabled: bool = True
    http: HttpOptions = Field(default_factory=HttpOptions)
    quiet_after_s: float | None = Field(default=None, gt=0, le=365 * 86400)
    """Seconds without a new item that raise a quiet-source alert; unset: learned from the source's rhythm."""

    @property
    def display_name(self) -> str:
        return self.name or self.id


class RssSource(_SourceBase):
    type: Literal["rss"]


class WebSelectors(_Strict):
    """Optional CSS selectors (scrapy/parsel syntax) of a list page → detail page site.

    Every selector is an override: a web source needs only its list page URL. Unset, the article
    links are found on the list page (:mod:`collectors.web.links`), the next list page from its
    pager, and title, text, time and author by generic extraction (:mod:`collectors.web.extract`).
    """

    links: str | None = None
    """Selector of the detail links' ``href`` (e.g. ``ul.news a::attr(href)``); unset: found automatically."""
    link_pattern: str | None = None
    """Regular expression a detail link's absolute URL must match (e.g. ``/article/\\d+``)."""
    next_page: str | None = None
    """Selector of the next list page's ``href``; unset: the pager's 下一页 / ``rel=next`` link."""
    max_pages: int = Field(default=1, ge=1, le=100)
    title: str | None = None
    body: str | None = None
    time: str | None = None
    author: str | None = None
    concurrency_per_domain: int = Field(default=2, ge=1, le=16)
    obey_robots: bool = True

    @field_validator("link_pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from exc
        return value


class WebSource(_SourceBase):
    type: Literal["web"]
    web: WebSelectors = Field(default_factory=WebSelectors)


class JsonMapping(_Strict):
    """Where a JSON endpoint keeps its records and which record field feeds which item field.

    Paths are dotted (``data.items``, ``stats.likes``); ``records: ""`` means the document is
    the list itself.
    """

    records: str = ""
    id: str = "id"
    title: str = "title"
    text: str = "content"
    published: str | None = "created_at"
    author: str | None = None
    url: str | None = None
    url_template: str | None = None
    """Detail URL built from the record, e.g. ``https://x.gov.cn/msg/{id}``."""
    likes: str | None = None
    dislikes: str | None = None
    comments: str | None = None
    shares: str | None = None
    views: str | None = None


class JsonApiSource(_SourceBase):
    type: Literal["json_api"]
    json_map: JsonMapping = Field(default_factory=JsonMapping, alias="json")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


SourceConfig = Annotated[RssSource | WebSource | JsonApiSource, Field(discriminator="type")]


class SourcesFile(_Strict):
    """The whole ``sources.yaml``: ``sources: [...]`` with unique ids."""

    failure_alert_after: int = Field(default=3, ge=1, le=1000)
    """Consecutive failures of one source that raise a source-health alert."""
    failure_alert_level: str = "四级"
    """The 舆情等级 (from levels.yaml) of a source-health alert."""
    quiet_alert: bool = True
    """Alert when a source keeps answering but brings nothing new for far longer than its usual rhythm."""
    quiet_alert_factor: float = Field(default=4.0, ge=1, le=100)
    """A source is quiet after this multiple of its usual longest gap between new items…"""
    quiet_alert_min_s: float = Field(default=6 * 3600.0, gt=0)
    """…but never sooner than this…"""
    quiet_alert_default_s: float = Field(default=3 * 86400.0, gt=0)
    """…and after this while its history is too short to learn from (fewer than five arrivals)."""
    sources: list[SourceConfig] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids(self) -> SourcesFile:
        seen: set[str] = set()
        for source in self.sources:
            if source.id in seen:
                raise ValueError(f"duplicate source id {source.id!r}")
            seen.add(source.id)
        return self

    def get(self, source_id: str) -> RssSource | WebSource | JsonApiSource:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise ConfigError(f"no source {source_id!r} in sources.yaml (known: {', '.join(self.ids)})")

    @property
    def ids(self) -> list[str]:
        return [s.id for s in self.sources]


def substitute(text: str, variables: Mapping[str, object], name: str) -> str:
    """Replace ``${var}`` by its value; an unknown variable is a :class:`ConfigError` with its line."""
    out = []
    for number, line in enumerate(text.splitlines(keepends=True), start=1):

        def repl(match: re.Match[str], number: int = number) -> str:
            key = match.group(1)
            if key not in variables:
                raise ConfigError(f"{name}:{number}: unknown variable ${{{key}}} (known: {', '.join(variables)})")
            return str(variables[key])

        out.append(_VAR.sub(repl, line))
    return "".join(out)


_TYPES = frozenset({"rss", "web", "json_api"})


def _source_loc(err: ErrorDetails) -> tuple[Any, ...]:
    # pydantic puts the union's tag in the location (sources.1.rss.interval_s): not a YAML key.
    loc = tuple(p for i, p in enumerate(err["loc"]) if not (i == 2 and p in _TYPES))
    if err["type"] in ("union_tag_invalid", "union_tag_not_found"):
        loc = (*loc, "type")
    return loc


def parse_sources(text: str, name: str = "sources.yaml", variables: Mapping[str, object] | None = None) -> SourcesFile:
    """Validate sources YAML ``text``; raise :class:`ConfigError` naming file, line and field."""
    data, lines = parse_yaml(substitute(text, variables or {}, name), name)
    try:
        return SourcesFile.model_validate(data or {})
    except ValidationError as exc:
        raise config_error(exc, lines, name, _source_loc) from exc


def load_sources(path: Path, variables: Mapping[str, object] | None = None) -> SourcesFile:
    """Read and validate the sources file at ``path``."""
    return parse_sources(read_config_text(path), str(path), variables)

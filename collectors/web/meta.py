"""What an article page says about itself besides its text: publish time, 来源, author and the
信息公开 index fields of Chinese government pages.

Government pages label these in the text (``发布时间：2024-05-01``, ``来源：市交通运输局``,
``索引号：…``) or in the standard metas of 政府网站 (``PubDate``, ``ContentSource``). A labelled
publish time beats an unlabelled date; ``成文日期`` (when a document was written) is used only when
nothing says when it was published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from collectors.normalize import find_date
from collectors.web.dom import Element, text_content
from models.timeutil import SHANGHAI

_META_TIME = (
    "property=article:published_time",
    "name=PubDate",
    "name=pubdate",
    "name=publishdate",
    "name=publish_time",
    "itemprop=datePublished",
    "name=firstpublishedtime",
    "property=og:release_date",
)
"""The metas that may hold the publish time, as ``attribute=value`` of the meta's name, best first."""
_META_AUTHOR = ("name=author", "name=Author")
_META_EDITOR = ("name=editor", "name=Editor")
_META_ORIGIN = ("name=ContentSource", "name=contentsource")
_META_SOURCE = ("name=source", "name=Source", "property=article:source")
"""News sites' source metas: trusted less than what the page shows (some fill them with their own name)."""
_DATE = (
    r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2})?)?)"
)
_LABEL = r"\s*[:：]\s*"
_TRADITIONAL = dict(
    zip(
        "发布时间来编辑责浏览点击阅读记传于号机关题类体词资闻转载",
        "發佈時間來編輯責瀏覽點擊閱讀記傳於號機關題類體詞資聞轉載",
        strict=True,
    )
)
"""Characters of the labels that pages in traditional characters (Big5 sites, 香港/台湾 releases) write otherwise."""


def either(labels: str) -> str:
    """``labels`` (a regex of label words, no character classes) matching their traditional spelling too."""
    return "".join(f"[{ch}{_TRADITIONAL[ch]}]" if _TRADITIONAL.get(ch, ch) != ch else ch for ch in labels)


_PUBLISHED = re.compile(
    r"(?<!成文)(?<!印发)(?<!印發)"
    + either(r"(?:发布时间|发布日期|发表时间|发表日期|发文日期|上传时间|时\s*间|日\s*期)")
    + rf"{_LABEL}{_DATE}"
)
_WRITTEN = re.compile(rf"成文日期{_LABEL}{_DATE}")
_STOP = (
    r"(?=\s{2,}|\u3000|\s*(?:"
    + either("作者|编辑|责任编辑|发布时间|发布日期|时间|日期|浏览|访问|点击|阅读|字号")
    + r"|【|\[|\||｜|$))"
)
"""Where a 来源 or 作者 value ends: two spaces or a full-width one (``来源：中国新闻网　参与互动``), the next label."""
_ORIGIN = re.compile(
    either(r"(?:来\s*源于?|信息来源|文章来源|稿件来源|新闻来源|资料来源|稿源)")
    + rf"{_LABEL}([^\s|｜丨/\-—](?:.{{0,40}}?)){_STOP}",
    re.MULTILINE,
)
"""来源 and its value; an empty label (``来源: | 发布时间: …``) has none."""
_AUTHOR = re.compile(either(r"(?:作\s*者|撰\s*稿|记\s*者)") + rf"{_LABEL}(\S(?:.{{0,30}}?)){_STOP}", re.MULTILINE)
INDEX_LABELS = (
    "索引号", "主题分类", "发文机关", "发布机构", "成文日期", "发布日期", "文号", "发文字号", "主题词",
    "有效性", "体裁分类",
)  # fmt: skip
_SPACED_LABELS = "|".join(r"\s*".join(label) for label in INDEX_LABELS)
"""The labels as tables set them, spaces inside included (``索 引 号``, ``文　　号``)."""
_INDEX = re.compile(
    rf"({_SPACED_LABELS})\s*[:：]\s*(?!(?:{_SPACED_LABELS})\s*[:：])(.{{1,60}}?)"
    rf"(?=\s{{2,}}|\s*(?:{_SPACED_LABELS})\s*[:：]|\n|$)"
)
"""An index field and its value; a label followed by the next label (an empty cell) has none."""
_NOT_A_VALUE = re.compile(
    "^(?:"
    + either(r"作\s*者|撰\s*稿|记\s*者|编\s*辑|责任编辑|来\s*源|发布|时\s*间|日\s*期|浏览|访问|点击|阅读|字号|转载")
    + r")|[:：]$|[。！？!?]"
)
"""What a 来源 or 作者 value never is: the next label (an empty one is followed by it), a label of
its own (转载请注明：), or a sentence (the text under an empty label)."""


_CELL_LABEL = re.compile(either("|".join(INDEX_LABELS)))
_SIMPLIFIED = {traditional: simplified for simplified, traditional in _TRADITIONAL.items()}
MAX_INDEX_VALUE = 60
_HAS_TIME = re.compile(r"\d{1,2}\s*[:：时時]\s*\d{1,2}")
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_SPLIT_DATE = re.compile(r"\b((?:19|20)\d{2})\s+(\d{1,2})\s*/\s*(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)")


_GENERATED = re.compile(r"\s*页面生成时间\s*(.+)")
"""开普云 (集约化 government platforms) states in ``<meta name="others">`` when it last generated the
page; a ``PubDate`` meta equal to it is that time (a 2015 report regenerated in 2022), not the publish time."""
_WECHAT_TIME = re.compile(r"""\bvar\s+ct\s*=\s*["'](\d{10})["']""")

_PLATFORM = re.compile(r"(?:^|[·・\s])[\u4e00-\u9fff]{1,4}号(?:\s*[·・]\s*[\u4e00-\u9fff]{1,4})?$")
"""A 来源 that is a self-media platform (``澎湃新闻·澎湃号·政务``, ``网易号``, ``百家号``), not a publisher."""


def is_platform(origin: str) -> bool:
    """Whether a 来源 names a self-media platform (``澎湃新闻·澎湃号·政务``) rather than a publisher."""
    return bool(_PLATFORM.search(origin))


@dataclass(frozen=True)
class PageFacts:
    published: str | None = None
    author: str | None = None
    origin: str | None = None
    """来源: who first published the text (a department, a newspaper), when the page names it."""
    index_fields: dict[str, str] = field(default_factory=dict)
    """信息公开 index fields (索引号, 发文机关, 成文日期, 文号 …) as labelled on the page."""


def head_facts(root: Element) -> dict[str, str]:
    """The metas of the ``<head>`` that matter, and a WeChat article's publish time, which only its
    script knows (``var ct = "1659274471"``, shown in ``#publish_time`` by the script); read before
    the head and the scripts are dropped."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):  # one walk over the metas, not an XPath search of the page per name
        content = (meta.get("content") or "").strip()
        if content:
            for attribute in ("name", "property", "itemprop"):
                if meta.get(attribute):
                    found.setdefault(f"{attribute}={meta.get(attribute)}", content)
    out: dict[str, str] = {}
    metas: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("published", _META_TIME),
        ("author", _META_AUTHOR),
        ("origin", _META_ORIGIN),
        ("editor", _META_EDITOR),
        ("source", _META_SOURCE),
    )
    for name, keys in metas:
        value = next((found[k] for k in keys if k in found), None)
        if value:
            out[name] = value
    generated = _GENERATED.match(found.get("name=others", ""))
    if generated and out.get("published", "").strip() == generated.group(1).strip():
        del out["published"]  # 开普云 pages: the PubDate meta is when the page was last generated
    if "published" not in out and any(em.get("id") == "publish_time" for em in root.iter("em")):
        for script in root.iter("script"):
            ct = _WECHAT_TIME.search(script.text or "")
            if ct:
                when = datetime.fromtimestamp(int(ct.group(1)), SHANGHAI)
                out["published"] = when.strftime("%Y-%m-%d %H:%M:%S")
                break
    return out


def _first(pattern: re.Pattern[str], *texts: str) -> str | None:
    for text in texts:
        match = pattern.search(text)
        if match:
            return " ".join(match.group(1).split())
    return None


def _first_name(pattern: re.Pattern[str], *texts: str) -> str | None:
    """The first labelled value of ``pattern`` in ``texts`` that is a name (来源, 作者), not the next
    label or the sentence an empty label is followed by."""
    for text in texts:
        for match in pattern.finditer(text):
            value = " ".join(match.group(1).split()).rstrip("，,;；、")
            if value and not _NOT_A_VALUE.search(value):
                return value
    return None


def cell_index_fields(root: Element) -> dict[str, str]:
    """信息公开 index fields of a table whose label cells have no colon (``<td>发布日期</td><td>2024-06-07</td>``)."""
    out: dict[str, str] = {}
    for cell in root.iter("td", "th"):
        label = "".join(text_content(cell).split()).rstrip(":：")
        if not label or len(label) > 6 or not _CELL_LABEL.fullmatch(label):
            continue
        value_cell = cell.getnext()
        if value_cell is None or value_cell.tag not in ("td", "th"):
            continue
        value = " ".join(text_content(value_cell).split())
        key = "".join(_SIMPLIFIED.get(ch, ch) for ch in label)
        if value and len(value) <= MAX_INDEX_VALUE and key not in out and not _CELL_LABEL.fullmatch(value):
            out[key] = value
    return out


def _day(value: str) -> tuple[int, ...] | None:
    match = _YMD.search(value)
    return tuple(int(g) for g in match.groups()) if match else None


def _precise(candidates: list[str | None], upgrades: list[str | None]) -> str | None:
    """The first of ``candidates``; when it gives a day without a time, the first of ``upgrades`` that
    gives the same day with its time (a date-only ``publishdate`` meta above ``2024年06月17日05:41``)."""
    first = next((c.strip() for c in candidates if c and c.strip()), None)
    if first is None or _HAS_TIME.search(first):
        return first
    day = _day(first)
    for other in upgrades:
        if other and _HAS_TIME.search(other) and _day(other) == day:
            return other.strip()
    return first


def _edited_by(name: str, head: dict[str, str], page: str) -> bool:
    """Whether ``name`` is the page's editor: its editor meta, or named in an editor's credit (（编辑：…）)."""
    if name == head.get("editor"):
        return True
    credit = re.compile(either(r"(?:责任编辑|编\s*辑|责编)") + rf"\s*[:：][^】)）\n]{{0,20}}?{re.escape(name)}")
    return bool(credit.search(page))


def _split_date(text: str) -> str | None:
    """新华网's header date, its year, day and time each in a span of their own (``2024 05/19 18:33:05``)."""
    match = _SPLIT_DATE.search(text)
    return "{}-{:0>2}-{:0>2} {}".format(*match.groups()) if match else None


def page_facts(
    head: dict[str, str],
    info: str,
    page: str,
    cells: dict[str, str] | None = None,
    marked: str | None = None,
    account: str | None = None,
    named: str | None = None,
) -> PageFacts:
    """Facts from the head metas, the info lines around the headline (``info``), the page text, the
    index fields of label cells without colons (``cells``, :func:`cell_index_fields`), the source
    shown without a label (``marked``, :func:`collectors.web.origin.marked_origin`) and a self-media
    platform's account: the one its breadcrumb names (``account``, ``澎湃号·政务 > 江山发布``,
    :func:`collectors.web.origin.breadcrumb_account`) or the name an element shows (``named``,
    :func:`collectors.web.origin.named_account`), trusted only on a page labelling the platform.

    The 来源 is, first found: the ``ContentSource`` meta; the account, when the page labels the
    platform as its 来源 (``来源：澎湃新闻·澎湃号·政务``) or labels none (the breadcrumb's only); the 来源
    labelled around the headline; ``marked``; the first 来源 labelled in the page; a ``source`` meta."""
    index = {}
    for label, value in _INDEX.findall(page):
        label, value = "".join(label.split()), " ".join(value.split())
        if value and label not in index:
            index[label] = value
    for label, value in (cells or {}).items():
        index.setdefault(label, value)
    labelled = _first(_PUBLISHED, info, page)
    in_info = _split_date(info) or find_date(info)
    published = _precise(
        [head.get("published"), labelled, index.get("发布日期"), in_info, _first(_WRITTEN, page), find_date(page)],
        [labelled, in_info],
    )
    shown = _first_name(_ORIGIN, info)
    if shown is None or is_platform(shown):
        shown = account or (named if shown else None) or shown
    origin = head.get("origin") or shown or marked or _first_name(_ORIGIN, page) or head.get("source")
    # The author labelled under the headline beats the author meta, which news sites fill with their name.
    meta_author = head.get("author")
    if meta_author and _edited_by(meta_author, head, page):
        meta_author = None  # the author meta names the editor (中国日报: author = editor = 严玉洁)
    author = _first_name(_AUTHOR, info) or meta_author or _first_name(_AUTHOR, page)
    return PageFacts(
        published=published,
        author=author.strip() if author else None,
        origin=origin.strip() if origin else None,
        index_fields=index,
    )

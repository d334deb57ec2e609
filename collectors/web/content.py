"""The main text of an article page, found without selectors.

A readability-style scorer made for Chinese pages (measured against readability-lxml,
trafilatura and GeneralNewsExtractor by ``bench/extraction.py``):

* Paragraphs are the blocks that hold text directly (``<p>``, but also each line of a ``<div>``/``<td>`` of
  ``<br>``-separated lines, or a ``<span>`` holding ``<p>``s). Only visible, non-link characters
  count, whitespace never; Chinese punctuation marks prose (a friend-links block or a footer has
  none), up to :data:`MAX_PUNCT` marks a paragraph.
* Each paragraph's score goes to its parent in full, to its grandparent in half and to three more
  ancestors in thirds of their level; a container's score is then scaled by how little of its
  text is links. The best container wins, with the siblings that score nearly as well (an
  article split over several blocks).
* Inside the winner, link lists (related articles, 延伸阅读), blocks marked as share, comment or
  copyright bars, boilerplate lines (上一篇, 责任编辑 …) and the credit and source lines that close
  the text (（责编：…）, 审读：…, 来源：…) are left out, and so are a "read more" or "back to the
  site" link ending a paragraph (>>>更多内容，点击阅读, 返回腾讯网首页>>) and whatever follows, near
  the end, the editor's credit or a 延伸·推荐/相关阅读 heading (another story's teaser).

Everything is iterative (a page of 10,000 nested tags never recurses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from collectors.web.dom import Element

_INLINE = frozenset(
    [
        "a",
        "abbr",
        "acronym",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "ins",
        "kbd",
        "label",
        "mark",
        "nobr",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    ]
)
_PROSE = re.compile(r"[，。！？；：、,!?;]")
_SPACE = re.compile(r"[\s\u3000\xa0\u200b\u200c\u200d\u2060]+")
_POSITIVE = re.compile(r"article|content|contents|detail|main|text|body|zoom|con_|news_?con|art_?con|post|entry", re.I)
_NEGATIVE = re.compile(
    r"comment|footer|\bfoot|copyright|share|sharing|related|relate|recommend|sidebar|\bside\b|\bnav|menu|breadcrumb"
    r"|crumb|toolbar|\btools?\b|keyword|\btags?\b|advert|\bads?\b|banner|links?\b|friend|\brank|\bhot|login|search"
    r"|pager|page_?nav|statement|disclaimer|ecode|qr_?code|erweima",
    re.I,
)
_BLOCK_LINE = re.compile(
    r"^(【?(字号|字体)|【?打印|【?关闭|上一篇|下一篇|返回顶部|分享到|扫一扫|[(（\[【]?\s*(?:责任编辑|责编)|相关阅读|相关新闻|延伸阅读|"
    r"打印本页|关闭窗口|收藏本页|我要纠错|【大】|\[大\]|免责声明|特别声明)"
)
_MORE = re.compile(
    r"[【\[（(]?(?:更多内容[，,]?)?(?:点击)?(?:阅读全文|查看全文|阅读原文|查看详情|详细|详情|阅读)[>》»]*[】\]）)]?"
    r"|返回\w{0,8}?(?:首页|[，,]查看更多)[>》»]*"
)
"""The text of a "read more" link ending a paragraph of a roundup (更多内容，点击阅读, 【详细】, 阅读全文), or
of a "back to the site" link ending an article's last line (返回腾讯网首页>>, 返回搜狐，查看更多)."""
_MORE_ARROWS = re.compile(r"[\s>＞》»→]+$")
_CREDIT = re.compile(
    r"(责任编辑|责编|审\s*读|审\s*核|责任校对|校\s*对|监\s*制|主\s*编)\s*[:：]"
    r"|^[(（\[【]?\s*(?:编\s*辑|(?:本文|信息|文章|稿件)?来\s*源)\s*[:：]"
)
"""A credit or source line (责任编辑：…, （责编：…）, 审读：…, 本文来源：… 责任编辑：…, 来源：…): page
furniture under the text, never its last paragraph."""
_CREDIT_END = re.compile(r"[(（\[【]?\s*(?:责任编辑|责编)\s*[:：].{0,40}")
_RELATED_END = re.compile(
    r"(?:延伸\s*[·•・]?\s*(?:阅读|推荐)|相关(?:阅读|推荐|新闻|文章|报道|链接)|推荐阅读|猜你喜欢|热门推荐"
    r"|往期(?:推荐|回顾|精选)|精彩推荐)[:：]?"
    r"|[-—–_\s]*(?:THE\s*)?END[-—–_\s]*",
    re.IGNORECASE,
)
"""Lines that end an article: the editor's credit, the heading of recommended or related stories,
an end mark (- END -, 公众号 articles). What follows one near the end of the text (another story's
teaser, a recommendation, 转载请注明出处) is not the article; how near is the share of the text
before the line that may follow it:"""
CREDIT_TAIL_SHARE = 0.25
"""after a credit line: a teaser, never the last items of a roundup whose every item closes with （责编：…）;"""
RELATED_TAIL_SHARE = 1.0
"""after a related-stories heading: anything in the second half of the text."""
MAX_CREDIT = 80
"""Characters a line may have and still be taken for a credit line."""
MAX_DANGLING = 20
"""Characters a last line ending in a colon may have and be taken for a label left without its value."""
MIN_PARAGRAPH = 8
MIN_CELL_TEXT = 40
"""Characters a cell of a table of labelled rows (来信内容 | …) needs to be taken with the best cell."""
MAX_PUNCT = 20
"""Punctuation marks a paragraph is credited with at most: a cell listing dozens of names and scores
separated by 、 (a 政府采购 result notice) must not outweigh the notice of many rows around it."""
"""Non-link characters a block needs to count as a paragraph."""


@dataclass(slots=True)
class _Stats:
    text: int = 0
    links: int = 0
    punct: int = 0
    flow_text: int = 0
    flow_links: int = 0
    flow_punct: int = 0
    block: bool = False
    lines: list[tuple[int, int]] | None = None
    """(text, punctuation) of each line of the flow when block children (``<br>``, a picture's
    ``<div>``) break it into several; None when it is one line."""
    score: float = 0.0
    prose: float = 0.0
    children: list[Element] = field(default_factory=list)


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060"))


def _squeeze(text: str) -> str:
    """``text`` without whitespace and zero-width characters (str.split: several times faster than
    a regex on the 100,000-character text nodes some pages hide)."""
    squeezed = "".join(text.split())
    if "\u200b" in squeezed or "\u200c" in squeezed or "\u200d" in squeezed or "\u2060" in squeezed:
        squeezed = squeezed.translate(_ZERO_WIDTH)
    return squeezed


def _count(text: str | None) -> tuple[int, int]:
    if not text or text.isspace():
        return 0, 0
    squeezed = _squeeze(text)
    return len(squeezed), len(_PROSE.findall(squeezed))


def _paragraph_score(text: int, punct: int) -> float:
    """What a paragraph of ``text`` visible non-link characters and ``punct`` marks is worth."""
    score = 1.0 + min(punct, MAX_PUNCT) + min(text / 40.0, 4.0)
    if punct == 0 and text < 30:
        score *= 0.3  # a label, a date line, a caption
    return score


def _marker(el: Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def _weight(el: Element) -> float:
    marker = _marker(el)
    if not marker.strip():
        return 0.0
    weight = 0.0
    if _POSITIVE.search(marker):
        weight += 15.0
    if _NEGATIVE.search(marker):
        weight -= 25.0
    return weight


class ContentScorer:
    """Scores every element of a cleaned tree once; :meth:`main_text` then picks and renders."""

    def __init__(self, root: Element) -> None:
        self.root = root
        self.stats: dict[Element, _Stats] = {}
        self._measure()
        self._score()

    def _measure(self) -> None:
        in_link: dict[Element, bool] = {}
        order = [el for el in self.root.iter() if isinstance(el.tag, str)]
        for el in order:
            parent = el.getparent()
            in_link[el] = el.tag == "a" or (parent is not None and in_link.get(parent, False))
        for el in reversed(order):
            st = _Stats(children=[c for c in el if isinstance(c.tag, str)])
            own_text, own_punct = _count(el.text)
            line, lines = [own_text, own_punct], []
            for child in st.children:
                tail_text, tail_punct = _count(child.tail)
                own_text, own_punct = own_text + tail_text, own_punct + tail_punct
                cs = self.stats[child]
                if cs.block:
                    lines.append((line[0], line[1]))
                    line = [0, 0]
                else:
                    line[0] += cs.flow_text
                    line[1] += cs.flow_punct
                line[0] += tail_text
                line[1] += tail_punct
            if in_link[el]:
                st.links = st.flow_links = own_text
            else:
                st.text = st.flow_text = own_text
                st.punct = st.flow_punct = own_punct
                if lines:
                    st.lines = [*lines, (line[0], line[1])]
            st.block = el.tag not in _INLINE
            for child in st.children:
                cs = self.stats[child]
                st.text += cs.text
                st.links += cs.links
                st.punct += cs.punct
                if cs.block:
                    st.block = True
                else:
                    st.flow_text += cs.flow_text
                    st.flow_links += cs.flow_links
                    st.flow_punct += cs.flow_punct
            self.stats[el] = st

    def _score(self) -> None:
        for el, st in self.stats.items():
            if not st.block or st.flow_text < MIN_PARAGRAPH:
                continue
            if st.flow_links > st.flow_text:  # a link list item, not prose
                continue
            score = _paragraph_score(st.flow_text, st.flow_punct)
            if st.lines:
                # Each line of a block of <br>-separated lines is a paragraph: a long text set that
                # way (澎湃号, many government CMSs) must not be worth one paragraph, less than a
                # wrapper named "content" that adds a byline and a comment box to it.
                by_line = sum(_paragraph_score(text, punct) for text, punct in st.lines if text >= MIN_PARAGRAPH)
                score = max(score, by_line)
            st.prose += score
            level = 0
            if el.tag != "p":
                # A block of <br>-separated lines is its own container (level 0); its parent comes
                # next, at half, so a wrapper adding a byline or a share bar never ties with it.
                st.score += score
                level = 1
            ancestor, parent = el.getparent(), True
            while ancestor is not None and level < 5:
                divider = 1.0 if level == 0 else 2.0 if level == 1 else level * 3.0
                astat = self.stats.get(ancestor)
                if astat is not None:
                    astat.score += score / divider
                    astat.prose += score if parent else 0.0
                ancestor, level, parent = ancestor.getparent(), level + 1, False

    def link_density(self, el: Element) -> float:
        st = self.stats[el]
        return st.links / max(st.text + st.links, 1)

    def final_score(self, el: Element) -> float:
        st = self.stats[el]
        return (st.score + _weight(el)) * (1.0 - self.link_density(el))

    def best(self) -> list[Element]:
        """The main content: the best container and its siblings that belong with it (document order)."""
        candidates = [el for el, st in self.stats.items() if st.score > 0 and el.tag not in ("html", "a")]
        if not candidates:
            return []
        top = max(candidates, key=self.final_score)
        parent = top.getparent()
        if parent is None:
            return [top]
        top_score = self.final_score(top)
        threshold = max(10.0, top_score * 0.2)
        chosen = [
            sibling for sibling in self.stats[parent].children if sibling is top or self._joins(sibling, threshold)
        ]
        table = parent.getparent() if top.tag in ("td", "th") and parent.tag == "tr" else None
        if table is None:
            return chosen
        # A page of labelled rows (a 信箱 letter and its reply, 来信内容 | … and 回复内容 | …): the
        # text cells of the table's other rows belong with the best one.
        cells: list[Element] = []
        for row in self.stats[table].children:
            if row is parent:
                cells += chosen
            elif row.tag == "tr":
                cells += [cell for cell in self.stats[row].children if self._text_cell(cell, top_score)]
        return cells

    def _text_cell(self, cell: Element, top_score: float) -> bool:
        """Whether ``cell``, in another row of the best cell's table, is text: a sentence or more
        (:data:`MIN_CELL_TEXT` characters, two punctuation marks) scoring a third of the best cell."""
        st = self.stats[cell]
        return st.text >= MIN_CELL_TEXT and st.punct >= 2 and self._joins(cell, top_score / 3, sibling_p=False)

    def _joins(self, sibling: Element, threshold: float, *, sibling_p: bool = True) -> bool:
        """Whether ``sibling`` of the best block is part of the text: prose scoring at least ``threshold``
        (or, with ``sibling_p``, a paragraph of its own), few links, not marked as page furniture."""
        st = self.stats[sibling]
        density = self.link_density(sibling)
        own = st.score * (1.0 - density)  # class names alone never bring a block in
        if density >= 0.25 or _weight(sibling) < 0:
            return False
        return own >= threshold or (sibling_p and sibling.tag == "p" and st.text >= 40 and st.punct >= 2)

    def first_text(self, elements: list[Element]) -> Element | None:
        """The first block of prose in ``elements`` (where the article's text starts), if any."""
        for top in elements:
            for el in top.iter():
                st = self.stats.get(el)
                if st is None or el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                    continue
                if st.block and st.flow_text >= MIN_PARAGRAPH and st.flow_punct > 0 and st.flow_links <= st.flow_text:
                    return el
        return elements[0] if elements else None

    def _boilerplate_block(self, el: Element, budget: float) -> bool:
        """True for a block inside the main content that is not part of the article."""
        st = self.stats[el]
        if el.tag == "a" or not st.block:
            return False
        total = st.text + st.links
        if total == 0:
            return False
        if st.links >= 4 and st.links / total > 0.5 and st.prose < 0.3 * budget:
            return True
        return _weight(el) < 0 and st.prose < 0.2 * budget

    def render(self, elements: list[Element]) -> str:
        """The text of ``elements``, one line per block, without nested boilerplate blocks.

        Lines made only of link text are dropped at the start and end of the text and wherever
        two or more follow each other (a list of related articles inlined after the body).
        """
        budget = sum(self.stats[el].prose + self.stats[el].score for el in elements)
        pieces: list[tuple[str, bool]] = []  # (text, inside a link)
        for top in elements:
            # (node, closing, inside a link, inside <pre>)
            stack: list[tuple[Element | _Tail, bool, bool, bool]] = [(top, False, top.tag == "a", top.tag == "pre")]
            while stack:
                el, closing, linked, pre = stack.pop()
                if isinstance(el, _Tail):
                    pieces.append((_flow(el.text, pre), linked))
                    continue
                block = el.tag not in _INLINE
                if closing:
                    if block:
                        pieces.append(("\n", False))
                    continue
                if el is not top and self._boilerplate_block(el, budget):
                    continue
                if block or el.tag == "br":
                    pieces.append(("\n", False))
                if el.text:
                    pieces.append((_flow(el.text, pre), linked))
                stack.append((el, True, linked, pre))
                for child in reversed(self.stats[el].children):
                    if child.tail:
                        stack.append((_Tail(child.tail), False, linked, pre))
                    stack.append((child, False, linked or child.tag == "a", pre or child.tag == "pre"))
        return _lines(pieces)


def _flow(text: str, pre: bool) -> str:
    """``text`` as a browser lays it out: a line break in the source is a space, except in ``<pre>``."""
    return text if pre else text.replace("\r", " ").replace("\n", " ")


class _Tail:
    """The text after an element, rendered where the element ends (never a block of its own)."""

    def __init__(self, text: str) -> None:
        self.text = text


def _without_more_link(current: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A line without the "read more" link that ends it (…出席会议。>>>更多内容，点击阅读)."""
    end = len(current)
    while end and not _SPACE.sub("", current[end - 1][0]):
        end -= 1
    if not end or not current[end - 1][1] or not _MORE.fullmatch(_SPACE.sub("", current[end - 1][0])):
        return current
    rest = current[: end - 1]
    if not any(not linked and _SPACE.sub("", part) for part, linked in rest):
        return current  # a line of links only: judged as such below
    text, linked = rest[-1]
    rest[-1] = (_MORE_ARROWS.sub("", text), linked)
    return rest


def _lines(pieces: list[tuple[str, bool]]) -> str:
    lines: list[tuple[str, bool]] = []  # (line, only link text)
    ends: list[tuple[int, float]] = []  # where a line ending the article stood, and its tail share
    current: list[tuple[str, bool]] = []
    for text, linked in [*pieces, ("\n", False)]:
        for i, part in enumerate(text.split("\n")):
            if i:
                current = _without_more_link(current)
                plain = sum(len(_SPACE.sub("", p)) for p, in_link in current if not in_link)
                joined = "".join(p for p, _ in current)
                line = re.sub(r"[ \t\u3000\xa0\u200b\u200c\u200d\u2060]+", " ", joined).strip()
                if line and _CREDIT_END.fullmatch(line):
                    ends.append((len(lines), CREDIT_TAIL_SHARE))
                elif line and _RELATED_END.fullmatch(line):
                    ends.append((len(lines), RELATED_TAIL_SHARE))
                if line and not _BLOCK_LINE.match(line):
                    lines.append((line, plain == 0))
                current = []
            if part:
                current.append((part, linked))
    lines = _cut_after_the_end(lines, ends)
    keep = [True] * len(lines)
    for i, (_line, only_links) in enumerate(lines):
        if only_links and ((i > 0 and lines[i - 1][1]) or (i + 1 < len(lines) and lines[i + 1][1])):
            keep[i] = False
    kept = [line for line, k in zip(lines, keep, strict=True) if k]
    while kept and (kept[0][1] or _label(kept[0][0])):
        kept.pop(0)
    while kept and (kept[-1][1] or _label(kept[-1][0]) or _credit(kept[-1][0]) or _dangling(kept[-1][0])):
        kept.pop()
    return "\n".join(line for line, _ in kept)


def _cut_after_the_end(lines: list[tuple[str, bool]], ends: list[tuple[int, float]]) -> list[tuple[str, bool]]:
    """``lines`` without the first end line (:data:`_CREDIT_END`, :data:`_RELATED_END`) followed by
    little enough, and without what follows it."""
    sizes = [len(line) for line, _ in lines]
    total = sum(sizes)
    for at, share in ends:
        before = sum(sizes[:at])
        if before and total - before <= share * before:
            return lines[:at]
    return lines


def _credit(line: str) -> bool:
    """An editor's credit line closing the text (人民网 ends every article with （责编：…）)."""
    return len(line) <= MAX_CREDIT and _CREDIT.search(line) is not None


def _dangling(line: str) -> bool:
    """A label whose value was a link left out (点击进入专题：, 附件：): a short line ending in a colon."""
    return len(line) <= MAX_DANGLING and line.endswith((":", "："))


def _label(line: str) -> bool:
    """A button or widget label at the edge of the text (图集, +1, 赞): under three letters."""
    return sum(1 for ch in line if ch.isalpha()) < 3


def main_text(root: Element) -> str:
    """The article text of a cleaned tree (see :func:`collectors.web.dom.drop_invisible`); "" if none."""
    scorer = ContentScorer(root)
    return scorer.render(scorer.best())

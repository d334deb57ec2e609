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
* Inside the winner, link lists (related articles, 延伸阅读) and blocks marked as share, comment or
  copyright bars are left out; :mod:`collectors.web.lines` makes the rest lines and drops the
  furniture lines and what follows the end of the article.
* A page of labelled sections (a 热线 工单 or 信箱 letter: 诉求内容 and 办理结果, each a label and a
  text block) is taken whole: the text blocks of the sections shaped like the best one's join it.

Everything is iterative (a page of 10,000 nested tags never recurses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from collectors.web.dom import Element
from collectors.web.lines import join_lines

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
_POSITIVE = re.compile(r"article|content|contents|detail|main|text|body|zoom|con_|news_?con|art_?con|post|entry", re.I)
_NEGATIVE = re.compile(
    r"comment|footer|\bfoot|copyright|share|sharing|related|relate|recommend|sidebar|\bside\b|\bnav|menu|breadcrumb"
    r"|crumb|toolbar|\btools?\b|keyword|\btags?\b|advert|\bads?\b|banner|links?\b|friend|\brank|\bhot|login|search"
    r"|pager|page_?nav|statement|disclaimer|ecode|qr_?code|erweima",
    re.I,
)
MIN_PARAGRAPH = 8
MIN_CELL_TEXT = 40
"""Characters a cell of a table of labelled rows (来信内容 | …) needs to be taken with the best cell."""
MAX_SECTION_PARTS = 3
"""Children a labelled section (a label, its text, perhaps a note) may have."""
MAX_SECTION_LABEL = 12
"""Characters a section's label (诉求内容, 办理结果, 回复内容) may have."""
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
            return self._with_labelled_sections(top, chosen)
        # A page of labelled rows (a 信箱 letter and its reply, 来信内容 | … and 回复内容 | …): the
        # text cells of the table's other rows belong with the best one.
        cells: list[Element] = []
        for row in self.stats[table].children:
            if row is parent:
                cells += chosen
            elif row.tag == "tr":
                cells += [cell for cell in self.stats[row].children if self._text_cell(cell, top_score / 3)]
        return cells

    def _with_labelled_sections(self, top: Element, chosen: list[Element]) -> list[Element]:
        """``chosen`` and, when the best block is the text of a labelled section (a label, then the
        text: 办理结果 | …), the text blocks of the sections shaped like it around it (诉求内容 | …): a
        热线 工单 or 信箱 page set as blocks, as :meth:`best` takes a table of labelled rows."""
        section = top.getparent()
        page = section.getparent() if section is not None else None
        if section is None or page is None or not self._labelled(section, top):
            return chosen
        siblings = self.stats[page].children
        at = siblings.index(section)
        start, end = at, at + 1  # the run of sections next to each other shaped like this one
        while start > 0 and _signature(siblings[start - 1]) == _signature(section):
            start -= 1
        while end < len(siblings) and _signature(siblings[end]) == _signature(section):
            end += 1
        out: list[Element] = []
        for other in siblings[start:end]:
            if other is section:
                out += chosen
            elif self._labelled(other, None):
                texts = [el for el in self.stats[other].children if _signature(el) == _signature(top)]
                out += [el for el in texts if self._text_cell(el, 0.0)]
        return out

    def _labelled(self, section: Element, text: Element | None) -> bool:
        """Whether ``section`` is a label followed by its text (``text``, or any block after the label):
        its first child a short label (no punctuation, no link), and at most :data:`MAX_SECTION_PARTS` children."""
        children = self.stats[section].children
        if not 2 <= len(children) <= MAX_SECTION_PARTS or children[0] is text:
            return False
        label = self.stats[children[0]]
        return 2 <= label.text <= MAX_SECTION_LABEL and label.punct == 0 and label.links == 0

    def _text_cell(self, cell: Element, threshold: float) -> bool:
        """Whether ``cell``, in another row of the best cell's table or another labelled section, is
        text: a sentence or more (:data:`MIN_CELL_TEXT` characters, two punctuation marks) scoring at
        least ``threshold`` (a third of the best cell in a table; in sections, whose labels already
        say what they hold, any score: a short letter above a long reply)."""
        st = self.stats[cell]
        return st.text >= MIN_CELL_TEXT and st.punct >= 2 and self._joins(cell, threshold, sibling_p=False)

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
        return join_lines(pieces)


def _signature(el: Element) -> tuple[str, str]:
    """What makes blocks the same kind: their tag and class."""
    return str(el.tag), " ".join((el.get("class") or "").split())


def _flow(text: str, pre: bool) -> str:
    """``text`` as a browser lays it out: a line break in the source is a space, except in ``<pre>``."""
    return text if pre else text.replace("\r", " ").replace("\n", " ")


class _Tail:
    """The text after an element, rendered where the element ends (never a block of its own)."""

    def __init__(self, text: str) -> None:
        self.text = text


def main_text(root: Element) -> str:
    """The article text of a cleaned tree (see :func:`collectors.web.dom.drop_invisible`); "" if none."""
    scorer = ContentScorer(root)
    return scorer.render(scorer.best())

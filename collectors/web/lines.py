"""The lines of an article's text, and which of them are not the article.

:class:`~collectors.web.content.ContentScorer` renders the main content as pieces of text (each
marked as inside a link or not); :func:`join_lines` makes them lines, one per block, and leaves out:

* furniture lines (上一篇, 打印本页, 分享到 …, an invitation to the site's app);
* a "read more" or "back to the site" link ending a paragraph (>>>更多内容，点击阅读, 返回腾讯网首页>>),
  and a bracketed link to another story closing a paragraph's last sentence (…。（<a>…</a>）);
* lines of links next to each other (a related-articles list inlined after the text);
* whatever follows, near the end, the editor's credit or a related-stories heading (another story's
  teaser, a recommendation), and the credit, source, label and button lines at the text's edges.
"""

from __future__ import annotations

import re

_SPACE = re.compile(r"[\s\u3000\xa0\u200b\u200c\u200d\u2060]+")
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
_READ = "[阅閱][读讀]"
_RECOMMEND = "推[荐薦]"
_RELATED_END = re.compile(
    rf"[【\[]?(?:延伸\s*[·•・]?\s*(?:{_READ}|{_RECOMMEND})|相[关關](?:{_READ}|{_RECOMMEND}|新[闻聞]|文章|[报報][道導]|[链鏈]接)"
    rf"|{_RECOMMEND}{_READ}|猜你喜[欢歡]|[热熱][门門]{_RECOMMEND}|[热熱][门門][点點][击擊閱阅]|往期(?:{_RECOMMEND}|回[顾顧]|精[选選])"
    rf"|精彩{_RECOMMEND})[】\]]?[:：]?"
    r"|[-—–_\s]*(?:THE\s*)?END[-—–_\s]*",
    re.IGNORECASE,
)
"""Lines that end an article: the editor's credit, the heading of recommended or related stories (in
simplified or traditional spelling: 相关阅读, 相關閱讀, 【熱門點閱】),
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
_APP_PROMO = re.compile(r"(?:下[载載]|打[开開]|安[装裝]|使?用|前往)\s*\S{0,8}?\s*(?:APP|客[户戶][端])", re.IGNORECASE)
"""An invitation to the site's app (下载XX客户端, 打开APP, 现在用APP看新闻): a line of it, short and no sentence,
is page furniture wherever it stands."""
MAX_PROMO = 60
_SENTENCE_END = re.compile(r"[。！？!?]")
_OPEN_BRACKET = re.compile(r"[。！？!?][”\"」』]?\s*[（(]\s*$")
_CLOSE_BRACKET = re.compile(r"\s*[）)]\s*")
MIN_TEASER = 6
"""Characters a bracketed link closing a paragraph needs to be another story's headline
(…謹慎才是。（中職二度延賽至4月11日）)."""


def _without_teaser(current: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A line without the bracketed link to another story that closes its last sentence
    (…應該要更為自律、謹慎才是。（<a>中職二度延賽至4月11日</a>）)."""
    parts = [(text, linked) for text, linked in current if _SPACE.sub("", text)]
    if len(parts) < 3 or parts[-1][1] or not _CLOSE_BRACKET.fullmatch(parts[-1][0]):
        return current
    (before, before_linked), (teaser, teaser_linked) = parts[-3], parts[-2]
    if before_linked or not teaser_linked or len(_SPACE.sub("", teaser)) < MIN_TEASER:
        return current
    if not _OPEN_BRACKET.search(before):
        return current
    at = max(i for i, part in enumerate(current) if part == parts[-3])
    return [*current[:at], (before[: max(before.rfind("（"), before.rfind("("))], False)]


def _without_more_link(current: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A line without the "read more" link that ends it (…出席会议。>>>更多内容，点击阅读), or the
    bracketed teaser of another story (:func:`_without_teaser`)."""
    current = _without_teaser(current)
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


def join_lines(pieces: list[tuple[str, bool]]) -> str:
    """The text of ``pieces`` ((text, inside a link) in document order, block ends as ``"\\n"``): one
    line per block, without the furniture lines and what follows the end of the article."""
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
                if line and not _BLOCK_LINE.match(line) and not _promotion(line):
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


def _promotion(line: str) -> bool:
    """An invitation to the site's app (不用抽 不用搶 現在用APP看新聞 …, 下载XX新闻客户端): short, no sentence."""
    return len(line) <= MAX_PROMO and _APP_PROMO.search(line) is not None and not _SENTENCE_END.search(line)

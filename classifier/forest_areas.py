"""The areas a forest fire burned, as news states them (:func:`forest_areas`).

《森林防火条例》 (第四十条) grades a forest fire by the forest it damaged (受害森林面积), as well as
by its dead and seriously injured (the same numbers as the production-safety 条例): under 1 hectare
一般, from 1 hectare 较大, from 100 重大, from 1,000 特别重大 (以上 includes the number, 以下 does not).
News states that area two ways:

* **the forest damaged** (:attr:`~classifier.casualty_tokens.Kind.FOREST`): ``受害森林面积约120公顷``,
  ``森林受害面积``, ``烧毁林地200余亩``, ``约30公顷山林被烧毁``;
* **the area burned over** (:attr:`~classifier.casualty_tokens.Kind.BURNED`): ``过火面积约150公顷``,
  ``火场面积``, which holds land other than forest (grass, scrub, fields), so it is no grade on
  its own: grading names it and asks the desk to check.

Areas are read in 公顷 from 公顷, 亩 (15 to a hectare, ``1.2万亩``), 平方公里 and 平方米, and only in a
text about a fire in a forest or on a mountain (:func:`about_a_forest_fire`): a building's
``过火面积约200平方米`` is no forest's, and the ``受害面积`` of a pest (松材线虫病) no fire's.
Grassland fires (草原火灾) have thresholds of their own and are not read here.
"""

from __future__ import annotations

import re

from classifier.casualty_tokens import Kind, Mention
from classifier.numbers import APPROXIMATE_WORDS, CN_NUMERALS, QUALIFIERS, Bound, parse_amount
from classifier.prefilter import Prefiltered

FOREST_HECTARES = (1000.0, 100.0, 1.0)
"""受害森林面积 (公顷) from which a forest fire is 特别重大, 重大 and 较大 (森林防火条例 第四十条)."""

_FOREST_WORDS = ("森林", "山火", "林火", "林地", "山林", "林区", "林场", "林木", "林草", "林子", "树林", "松林")
_AREA_UNITS = ("公顷", "亩", "平方")
_PEST = re.compile(r"病虫害|虫害|线虫|病害|鼠害|有害生物")
"""A forest's damage by a pest or a disease (松材线虫病受害面积), no fire's."""

_DAMAGED_HEAD = (
    r"受害森林面积|森林受害面积|受害林地面积|林地受害面积|受害面积|森林损失面积|毁林面积"
    r"|(?:烧毁|烧掉|烧了)(?:了)?(?:森林|林地|山林|林木|有林地|林子|树林|松林)(?:面积)?"
    # (the woods first, as people post it: 听林业站的人讲 林子烧掉三百多亩)
    r"|(?:林子|树林|松林|松树林|山林|林地)(?:被)?(?:烧掉|烧了|烧毁|烧没)(?:了)?"
    # (or what was burned, then how much: 林业局的人说烧掉的林子有两千多亩)
    r"|(?:烧掉|烧毁|烧没)的(?:林子|树林|松林|山林|林地|森林)(?:有|约|达)?"
)
_BURNED_HEAD = r"过火(?:总)?面积|过火(?:林地|森林|山林)面积|火场(?:总)?面积|燃烧面积|着火面积|烧毁面积"
_UNIT = {"公顷": 1.0, "亩": 1 / 15, "平方公里": 100.0, "平方千米": 100.0, "平方米": 1e-4}
_AREA = (
    rf"(?P<pre>{QUALIFIERS})?(?P<amount>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:万|千|百)?|[{CN_NUMERALS}]+)"
    rf"(?P<suf>余|多)?(?P<unit>{'|'.join(_UNIT)})(?P<after>左右|以上)?"
)
_BELOW = re.compile(r"(?:不足|不到|少于|未达|未满|不超过)$")
"""Less than the figure, right before it."""
_HEAD_FIRST = Prefiltered(
    re.compile(
        rf"(?:(?P<damaged>{_DAMAGED_HEAD})|{_BURNED_HEAD})(?P<gap>[^，,。；;！!？?\d{CN_NUMERALS}（(]{{0,8}}?){_AREA}"
    )
)
_AREA_FIRST = Prefiltered(
    re.compile(
        rf"(?<![\d.,]){_AREA}的?(?:森林|林地|山林|林木|有林地)(?:被|遭)?(?:大火|山火)?(?P<verb>烧毁|烧光|焚毁|过火|受害|受损)"
    )
)

_VERB_FIRST = Prefiltered(
    re.compile(
        # (as people post it: 烧掉了四百多亩林子)
        rf"(?:烧掉|烧毁|烧没|烧了)了?{_AREA}的?(?P<verb>林子|树林|松林|山林|林地|森林)"
    )
)


def about_a_forest_fire(text: str) -> bool:
    """Whether ``text`` may tell of a fire in a forest or on a mountain (substring tests only)."""
    # every word of _FOREST_WORDS holds 林 but 山火: chained tests first, as this runs on every text
    return (
        ("林" in text or ("火" in text and "山火" in text))
        and ("火" in text or "烧" in text or "燃" in text)  # (燃放鞭炮引燃周边林地)
        and ("公顷" in text or "亩" in text or "平方" in text)
        and any(w in text for w in _FOREST_WORDS)
    )


def forest_areas(sentence: str) -> list[Mention]:
    """The areas of forest damaged and burned over that ``sentence`` states, in 公顷 (see the module
    docstring); call it only for a text :func:`about_a_forest_fire`."""
    if not any(u in sentence for u in _AREA_UNITS):
        return []
    if _PEST.search(sentence):
        return []
    out = []
    for m in (*_HEAD_FIRST.finditer(sentence), *_AREA_FIRST.finditer(sentence), *_VERB_FIRST.finditer(sentence)):
        amount = parse_amount(m.group("amount"))
        if amount is None or amount <= 0:
            continue
        found = m.groupdict()
        if found.get("gap") and _BELOW.search(found["gap"]) is not None:
            continue  # 受害森林面积不足1公顷: less than the figure, no area to grade by

        damaged = found["verb"] != "过火" if "verb" in found else found["damaged"] is not None
        qualifier = m.group("pre") or m.group("suf") or m.group("after") or ""
        bound = Bound.EXACT
        if qualifier:
            bound = Bound.ABOUT if qualifier in (*APPROXIMATE_WORDS, "左右") else Bound.AT_LEAST
        hectares = amount * _UNIT[m.group("unit")]
        kind = Kind.FOREST if damaged else Kind.BURNED
        out.append(Mention(kind, hectares, bound, m.group(), m.start(), False, qualifier))
    return out

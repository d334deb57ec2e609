"""Searching with a pattern that Python's regex engine cannot skip ahead in, started only where a
match can begin.

``re`` finds where a search may start from a pattern's first element: a literal or a character
class lets it jump from candidate to candidate. A pattern that opens with an alternation of groups,
an optional part or a look-behind (``(?P<word>死亡|遇难…)|(?P<num>\\d+)人``, ``(?<!间接)…``) has no
such element, and the engine then tries a full match at every position of the text: on the
grading's patterns that was most of the time the classifier stage spent in ``re``.

:func:`first_class` reads the pattern's parse tree for the characters a match can begin with (the
first consumed character: look-arounds and anchors are skipped, optional parts add what follows
them) and writes them as one character class. :class:`Prefiltered` searches that class, which the
engine skips through, and tries the pattern only where it finds one: the same matches as the
pattern's own ``search`` and ``finditer`` (look-behinds still see the text before the position),
at a fraction of the cost. A pattern whose start cannot be told this way (it may begin with any
character, or match the empty string) is used as it is.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parse tree's opcodes: read-only use, stable across 3.11-3.13
import re._parser as sre_parse
from collections.abc import Iterator, Sequence
from typing import Any

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}


def _sequence(items: Sequence[tuple[Any, Any]]) -> tuple[list[str] | None, bool]:
    """(class pieces, may match empty) of a sequence of parsed items; ``None``: any character."""
    pieces: list[str] = []
    for op, av in items:
        got, nullable = _item(op, av)
        if got is None:
            return None, False
        pieces += got
        if not nullable:
            return pieces, False
    return pieces, True


def _item(op: Any, av: Any) -> tuple[list[str] | None, bool]:
    if op is sre.LITERAL:
        return [re.escape(chr(av))], False
    if op is sre.IN:
        return _in(av), False
    if op is sre.CATEGORY:
        return ([_CATEGORIES[av]] if av in _CATEGORIES else None), False
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return [], True
    if op is sre.SUBPATTERN:
        return _sequence(av[-1].data)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data)
    if op is sre.BRANCH:
        pieces: list[str] = []
        nullable = False
        for alternative in av[1]:
            got, empty = _sequence(alternative.data)
            if got is None:
                return None, False
            pieces += got
            nullable = nullable or empty
        return pieces, nullable
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        got, empty = _sequence(sub.data)
        return got, got is not None and (empty or low == 0)
    return None, False  # ANY, NOT_LITERAL, back-references, conditionals: can start anywhere


def _in(av: Sequence[tuple[Any, Any]]) -> list[str] | None:
    if av and av[0][0] is sre.NEGATE:
        return None
    pieces = []
    for op, arg in av:
        if op is sre.LITERAL:
            pieces.append(re.escape(chr(arg)))
        elif op is sre.RANGE:
            pieces.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is sre.CATEGORY and arg in _CATEGORIES:
            pieces.append(_CATEGORIES[arg])
        else:
            return None
    return pieces


def first_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A character class holding every character a match of ``pattern`` can begin with, or
    ``None`` when that cannot be told (any character, the empty match, case-insensitive flags)."""
    if pattern.flags & re.IGNORECASE:
        return None
    pieces, nullable = _sequence(sre_parse.parse(pattern.pattern, pattern.flags).data)
    if pieces is None or nullable or not pieces:
        return None
    return re.compile("[" + "".join(dict.fromkeys(pieces)) + "]", pattern.flags & ~re.VERBOSE)


class Prefiltered:
    """``pattern``'s ``search`` and ``finditer``, tried only where a match can begin (see the module
    docstring). Pure and thread-safe."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.first = first_class(pattern)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self.first is None:
            return self.pattern.search(text, pos, end)
        find, match = self.first.search, self.pattern.match
        while (candidate := find(text, pos, end)) is not None:
            found = match(text, candidate.start(), end)
            if found is not None:
                return found
            pos = candidate.start() + 1
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if self.first is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        while (found := self.search(text, pos, end)) is not None:
            yield found
            pos = found.end()  # never empty: a pattern that can match empty has no first class

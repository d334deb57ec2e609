"""Finding many fixed words in a text at once, quickly.

An alternation of many words (``火灾|爆炸|…``) makes Python's regex engine try every word at every
position. :class:`KeywordSet` instead searches for the words' *last characters* (a character
class the engine skips through quickly) and confirms each candidate with one fixed-width
look-behind per word length, so a text without any of the words costs one fast scan. Each hit
is then resolved to the words that end there (several, when words overlap: 山体滑坡 and 滑坡).
The look-behind of each word length captures the word, so :meth:`found` needs no Python per hit.

:func:`longest_first` writes the other common pattern, an alternation that at each position
matches the longest of the words, as a trie (``不(?:满(?:意)?|管)``), so the engine tests each
next character once instead of every word in turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any


def longest_first(words: Iterable[str]) -> str:
    """A pattern matching, at each position, the longest of ``words`` that occurs there: the same
    matches as the alternation of ``words`` sorted longest first, written as a trie."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, Any]) -> str:
        # at most one next character matches, so trying it before ending here finds the longest word
        nexts = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not nexts:
            return ""
        if len(nexts) == 1 and "" not in node:
            return nexts[0]
        return f"(?:{'|'.join(nexts)})" + ("?" if "" in node else "")

    return branch(trie)


@dataclass(frozen=True)
class Hit:
    word: str
    start: int
    end: int


class KeywordSet:
    """A fixed set of words; :meth:`hits` and :meth:`found` are pure and thread-safe."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(sorted({w for w in words if w}, key=lambda w: (-len(w), w)))
        by_length: dict[int, list[str]] = {}
        self._ending: dict[str, tuple[str, ...]] = {}
        for word in self.words:
            by_length.setdefault(len(word), []).append(re.escape(word))
            self._ending[word[-1]] = (*self._ending.get(word[-1], ()), word)
        # the words inside each word (滑坡 in 山体滑坡): found with it, as a shorter word ending at
        # the same place is never reported by the pattern below
        self._inside = {w: tuple(v for v in self.words if v != w and v in w) for w in self.words}
        if not self.words:
            self._pattern: re.Pattern[str] | None = None
            return
        last = "".join(re.escape(c) for c in sorted(self._ending))
        behind = "|".join(f"(?<=({'|'.join(ws)}))" for _, ws in sorted(by_length.items(), reverse=True))
        self._pattern = re.compile(f"[{last}](?:{behind})")

    def hits(self, text: str) -> Iterator[Hit]:
        """Every occurrence of every word, by end position (overlapping words all reported, longest first)."""
        if self._pattern is None:
            return
        for m in self._pattern.finditer(text):
            end = m.end()
            for word in self._ending[text[end - 1]]:
                start = end - len(word)
                if start >= 0 and text.startswith(word, start):
                    yield Hit(word, start, end)

    def found(self, text: str) -> set[str]:
        """The distinct words that occur in ``text``."""
        if self._pattern is None:
            return set()
        matches = self._pattern.findall(text)
        # findall gives strings for a pattern with one group (words of one length), else tuples
        found = set(matches) if self._pattern.groups == 1 else {w for groups in matches for w in groups if w}
        for word in tuple(found):
            found.update(self._inside[word])
        return found

    def search(self, text: str) -> bool:
        """Whether any word occurs in ``text``."""
        return self._pattern is not None and self._pattern.search(text) is not None

    def leftmost_longest(self, text: str) -> list[Hit]:
        """Non-overlapping occurrences, preferring the leftmost and then the longest (like a
        longest-first regex alternation)."""
        out: list[Hit] = []
        taken = 0
        for hit in sorted(self.hits(text), key=lambda h: (h.start, -len(h.word))):
            if hit.start >= taken:
                out.append(hit)
                taken = hit.end
        return out

"""Finding many fixed words in a text at once, quickly.

An alternation of many words (``火灾|爆炸|…``) makes Python's regex engine try every word at every
position. Both classes here use an Aho–Corasick automaton instead (``ahocorasick-rs``; a DFA for
lists of up to :data:`DFA_WORDS` words): one pass over the text whatever the number of words, two
to three times faster than the regex trie below on the classifier's lexicons. A text the
automaton cannot read (a lone surrogate, which UTF-8 cannot hold) is searched the slow way, with
the same results.

* :class:`Keywords`: the non-overlapping matches, the leftmost first and then the longest there,
  as a longest-first alternation gives them (event keywords, negativity cues, place names);
* :class:`KeywordSet`: every occurrence of every word, overlapping ones included (山体滑坡 and
  滑坡), for "which of these words does the text name" (routing's keywords).

:func:`longest_first` writes a longest-first alternation as a trie (``不(?:满(?:意)?|管)``), so the
regex engine tests each next character once instead of every word in turn: for word lists inside
larger patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick_rs


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


DFA_WORDS = 2000
"""Up to this many words the automaton is a DFA (about 2 MB for 300 words, twice as fast as the
library's default); a longer list (a large gazetteer) gets the library's choice, which stays small
(5,000 words: 3 MB instead of 21 MB as a DFA) at about the same speed."""


def _automaton(words: tuple[str, ...], kind: ahocorasick_rs.MatchKind) -> ahocorasick_rs.AhoCorasick | None:
    """The automaton of ``words``, or ``None`` when there are none or one UTF-8 cannot hold."""
    try:
        "".join(words).encode("utf-8")
    except UnicodeEncodeError:
        return None
    if not words:
        return None
    dfa = ahocorasick_rs.Implementation.DFA if len(words) <= DFA_WORDS else None
    return ahocorasick_rs.AhoCorasick(words, matchkind=kind, implementation=dfa)


class Keywords:
    """Fixed words found where each occurs, non-overlapping, the leftmost first and then the
    longest at that place: the matches of ``re.compile(longest_first(words)).finditer``.

    Build once; :meth:`finditer` and :meth:`search` are pure and thread-safe. A text the automaton
    cannot read (a lone surrogate, which UTF-8 cannot hold) is searched with the trie pattern.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(dict.fromkeys(w for w in words if w))
        self._automaton = _automaton(self.words, ahocorasick_rs.MatchKind.LeftmostLongest)
        self._trie: re.Pattern[str] | None = None

    def finditer(self, text: str) -> list[tuple[str, int, int]]:
        """``(word, start, end)`` of every match, in order."""
        if self._automaton is not None:
            try:
                found = self._automaton.find_matches_as_indexes(text)
            except UnicodeEncodeError:
                pass
            else:
                words = self.words
                return [(words[i], start, end) for i, start, end in found]
        if not self.words:
            return []
        if self._trie is None:
            self._trie = re.compile(longest_first(self.words))
        return [(m.group(), m.start(), m.end()) for m in self._trie.finditer(text)]

    def search(self, text: str) -> tuple[str, int, int] | None:
        """The first match, or ``None``."""
        found = self.finditer(text)
        return found[0] if found else None


@dataclass(frozen=True)
class Hit:
    word: str
    start: int
    end: int


class KeywordSet:
    """A fixed set of words found wherever they occur; :meth:`hits` and :meth:`found` are pure
    and thread-safe."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(sorted({w for w in words if w}, key=lambda w: (-len(w), w)))
        self._automaton = _automaton(self.words, ahocorasick_rs.MatchKind.Standard)

    def _occurrences(self, text: str) -> list[tuple[int, int, int]]:
        """``(word index, start, end)`` of every occurrence, in no particular order."""
        if self._automaton is not None:
            try:
                found: list[tuple[int, int, int]] = self._automaton.find_matches_as_indexes(text, overlapping=True)
            except UnicodeEncodeError:
                pass
            else:
                return found
        found = []
        for i, word in enumerate(self.words):
            at = text.find(word)
            while at >= 0:
                found.append((i, at, at + len(word)))
                at = text.find(word, at + 1)
        return found

    def hits(self, text: str) -> Iterator[Hit]:
        """Every occurrence of every word, by end position (overlapping words all reported, longest first)."""
        words = self.words
        for i, start, end in sorted(self._occurrences(text), key=lambda h: (h[2], h[1])):
            yield Hit(words[i], start, end)

    def found(self, text: str) -> set[str]:
        """The distinct words that occur in ``text``."""
        words = self.words
        return {words[i] for i, _, _ in self._occurrences(text)}

    def search(self, text: str) -> bool:
        """Whether any word occurs in ``text``."""
        return bool(self._occurrences(text))

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

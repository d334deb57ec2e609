"""Text preparation shared by training and serving: one segmenter, one set of fields.

The segmenter is rjieba (jieba-rs: jieba's dictionary and algorithm, compiled) in *search mode*
(long words also emit their dictionary sub-words, like ``jieba.cut_for_search``), with the
jurisdiction's user dictionary added to its own instance and a stopword list applied after
segmentation. Training and serving build the segmenter from the same word lists, which are stored
in the model artifact, so the two sides can never segment differently.

A document becomes three fields (:class:`Fields`):

* ``text``: title and body joined, whitespace collapsed (for character n-grams);
* ``words``: the search-mode words of the title and of the body's first :data:`WORD_CHARS`
  characters (stopwords are dropped by the features, which never put them in their vocabulary);
  a long message states its matter at its start, and its character n-grams still read all of it;
* ``head``: the words of the headline (the title, or the first :data:`HEAD_CHARS` characters of the
  body when the title is empty), because the headline states the matter most directly. A body
  without a title is cut in two there, its head once for both fields (a word that crosses the cut is
  read as its two parts).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

HEAD_CHARS = 40
"""How many leading characters stand in for a missing title. Their words are the first of the body's
word field too, so those characters are segmented once (chosen by 5-fold cross-validation as
:data:`WORD_CHARS` was: macro-F1 0.9059 → 0.9054 on the tuning fold seeds 10/11/12, 0.9056 → 0.9070
reported on 0/1/2; about 2 ms a call fewer on the benchmark's 445 messages, three in four of them
untitled)."""
WORD_CHARS = 1000
"""How many leading characters of a body are segmented for the word features. Chosen by 5-fold
cross-validation on the jurisdiction's 2,222 labelled messages (fold seeds 10/11/12, reported on
0/1/2): macro-F1 0.9058 with every character segmented, 0.9056 with 1,000 (0.9046 with 800, 0.9021
with the words and characters of 500); one message in ten is longer, and segmentation is the
classifier stage's largest part (about 6 % of the stage saved on the benchmark's messages, and a
message of 70,000 characters costs no more words than one of 1,000)."""
USERDICT_FREQ = 50_000
"""Frequency given to user-dictionary words without one: high enough to keep them whole."""


@dataclass(frozen=True)
class Fields:
    """The prepared fields of one document."""

    text: str
    words: tuple[str, ...]
    head: tuple[str, ...]


def normalise(text: str) -> str:
    """Collapse every run of whitespace into one space and strip the ends."""
    # str.split() splits on exactly what ``\s`` matches in a str pattern (str.isspace), and is faster
    return " ".join(text.split())


class Segmenter:
    """rjieba search-mode segmentation with a user dictionary and stopwords.

    Not picklable (it wraps a native object): persist ``userdict`` and ``stopwords`` instead and
    build a new one with the same lists.
    """

    def __init__(self, userdict: Iterable[str] = (), stopwords: Iterable[str] = ()) -> None:
        import rjieba

        self.userdict = tuple(userdict)
        self.stopwords = frozenset(stopwords)
        self._jieba = rjieba.Jieba()
        for entry in self.userdict:
            parts = entry.split()
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else USERDICT_FREQ
            tag = parts[2] if len(parts) > 2 else None
            self._jieba.add_word(parts[0], freq, tag)

    def words(self, text: str) -> list[str]:
        """The search-mode words of ``text`` without stopwords and whitespace tokens (for people;
        the model's features drop stopwords themselves)."""
        stop = self.stopwords
        return [w for w in self._jieba.cut_for_search(text, True) if w not in stop and not w.isspace()]

    def fields(self, title: str, body: str) -> Fields:
        """Prepare one document (see the module docstring)."""
        title = normalise(title)
        body = normalise(body)
        cut = self._jieba.cut_for_search
        if title and body:
            # segmentation never joins across whitespace: the words of "title body" are the title's,
            # the space, then the body's, so the title is cut once for both fields
            head = tuple(cut(title, True))
            return Fields(text=f"{title} {body}", words=(*head, " ", *cut(body[:WORD_CHARS], True)), head=head)
        if title:
            words = tuple(cut(title, True))
            return Fields(text=title, words=words, head=words)
        head = tuple(cut(body[:HEAD_CHARS], True))
        return Fields(text=body, words=(*head, *cut(body[HEAD_CHARS:WORD_CHARS], True)), head=head)

    def fields_many(self, docs: Sequence[tuple[str, str]]) -> list[Fields]:
        """Prepare many ``(title, body)`` documents."""
        return [self.fields(title, body) for title, body in docs]

"""KeywordSet finds exactly the words a substring test finds, overlapping ones included."""

from __future__ import annotations

import random

from classifier.keywords import KeywordSet

WORDS = ["滑坡", "山体滑坡", "体滑", "火灾", "灾", "停水", "水", "ab", "bc", "abc", "c"]


def test_found_equals_substring_test() -> None:
    keywords = KeywordSet(WORDS)
    rng = random.Random(0)
    alphabet = "山体滑坡火灾停水abcx"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert keywords.found(text) == {w for w in WORDS if w in text}, text
        assert keywords.search(text) == any(w in text for w in WORDS)
        assert {h.word for h in keywords.hits(text)} == {w for w in WORDS if w in text}


def test_leftmost_longest_like_an_alternation() -> None:
    keywords = KeywordSet(["不满", "满意", "不满意", "意见"])
    assert [(h.word, h.start) for h in keywords.leftmost_longest("我对此不满意见很大")] == [("不满意", 3)]
    assert KeywordSet([]).found("任何") == set()
    assert KeywordSet(["入学"]).found("孩子小学入学报名被拒") == {"入学"}  # one word length: one group


def test_longest_first_matches_as_the_longest_first_alternation() -> None:
    import re

    from classifier.keywords import longest_first

    rng = random.Random(1)
    alphabet = "ab不满意.*"
    for _ in range(500):
        words = list(
            {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(0, 8))}
        )
        flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        trie = re.compile(longest_first(words))
        for _ in range(10):
            text = "".join(rng.choice(alphabet + "x") for _ in range(rng.randint(0, 30)))
            assert [(m.start(), m.group()) for m in trie.finditer(text)] == [
                (m.start(), m.group()) for m in flat.finditer(text)
            ]

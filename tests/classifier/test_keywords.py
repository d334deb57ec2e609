"""KeywordSet finds exactly the words a substring test finds, overlapping ones included; Keywords
finds what a longest-first alternation finds."""

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


def test_keywords_match_the_longest_first_trie() -> None:
    """Keywords gives the trie pattern's matches, offsets counted in characters (an emoji outside
    the basic plane is one) and texts UTF-8 cannot hold (a lone surrogate) searched all the same."""
    import re

    from classifier.keywords import Keywords, longest_first

    rng = random.Random(2)
    alphabet = "ab不满意😀\ud800"
    for _ in range(500):
        words = list(
            {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(0, 8))}
        )
        keywords = Keywords(words)
        trie = re.compile(longest_first(words)) if words else None
        for _ in range(10):
            text = "".join(rng.choice(alphabet + "x") for _ in range(rng.randint(0, 30)))
            expected = [(m.group(), m.start(), m.end()) for m in trie.finditer(text)] if trie else []
            assert keywords.finditer(text) == expected, (words, text)
            assert keywords.search(text) == (expected[0] if expected else None)


def test_keyword_set_reads_a_text_with_a_lone_surrogate() -> None:
    keywords = KeywordSet(WORDS)
    text = "山体滑坡\ud800停水"
    assert keywords.found(text) == {"山体滑坡", "滑坡", "体滑", "停水", "水"}
    assert [(h.word, h.start) for h in keywords.hits(text)][:3] == [("体滑", 1), ("山体滑坡", 0), ("滑坡", 2)]
    assert keywords.search("\ud800水")


def test_a_long_word_list_is_searched_alike() -> None:
    """A list longer than the DFA bound (a large gazetteer) gets a smaller automaton, same matches."""
    import re

    from classifier.keywords import DFA_WORDS, Keywords, longest_first

    rng = random.Random(3)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 60)]
    words = list({"".join(rng.choice(chars) for _ in range(rng.randint(1, 3))) for _ in range(3 * DFA_WORDS)})
    assert len(words) > DFA_WORDS
    keywords, trie = Keywords(words), re.compile(longest_first(words))
    for _ in range(50):
        text = "".join(rng.choice(chars) for _ in range(200))
        assert keywords.finditer(text) == [(m.group(), m.start(), m.end()) for m in trie.finditer(text)]

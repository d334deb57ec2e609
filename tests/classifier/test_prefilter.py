"""Searching only where a match can begin gives the pattern's own matches."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest

import classifier
from classifier.prefilter import Prefiltered, first_class

TEXTS = [
    "贺村镇一化工企业仓库突发火灾 已造成3人死亡12人受伤",
    "今天凌晨，205国道峡口镇路段一辆重型货车与中型客车相撞，造成9死3伤，其中2人重伤。",
    "截至目前，事故已造成死亡人数升至21人，另有5人失联，直接经济损失约1.2亿元。",
    "2019年5月3日，该厂曾发生一起爆炸事故，造成12人死亡。这起事故造成间接损失3000万元。",
    "送医后1人不治，伤重不治者2名；3名老人因病去世；无人员伤亡。",
    "小区物业乱收费，多次反映没人管，希望有关部门尽快处理。",
    "8月以来，全国共发生洪涝灾害12起，因灾死亡失踪120人，较近5年同期均值下降。",
    "烧毁货物价值约2000万元，另有价值3000万元的设备被及时抢出。",
    "（中央社記者王小明台北12日電）颱風造成3人死亡、十二人受傷。",
    "ABC 123 abc，。；！？\n\t-^]\\[",
]


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for module in pkgutil.iter_modules(classifier.__path__):
        mod = importlib.import_module(f"classifier.{module.name}")
        for name, value in vars(mod).items():
            if isinstance(value, Prefiltered):  # the patterns the classifier searches prefiltered
                value = value.pattern
            if isinstance(value, re.Pattern) and value.pattern:
                found.append((f"{module.name}.{name}", value))
    return found


def _texts() -> list[str]:
    rng = random.Random(7)
    pieces = [c for t in TEXTS for c in t]
    return TEXTS + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 80))) for _ in range(300)]


PATTERNS = _patterns()


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_every_classifier_pattern_finds_the_same_matches_prefiltered(name: str, pattern: re.Pattern[str]) -> None:
    fast = Prefiltered(pattern)
    for text in _texts():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)], (name, text)
        for pos, end in ((0, len(text)), (3, len(text)), (2, max(2, len(text) - 4))):
            want, got = pattern.search(text, pos, end), fast.search(text, pos, end)
            assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict())), (name, text)


def test_the_first_class_of_alternations_and_look_behinds() -> None:
    klass = first_class(re.compile(r"(?<!间接)(?:直接)?(?:经济|财产)损失|(?P<n>\d+|[一二三])人(?:死亡)?"))
    assert klass is not None and {c for c in "直经财损间人1二三" if klass.match(c)} == set("直经财1二三")


def test_patterns_that_can_begin_anywhere_are_used_as_they_are() -> None:
    for source in (r".*[，。]", r"[^。！？]+", r"(?:已经|目前)*", r"\s*这起", r"(?i)abc"):
        pattern = re.compile(source)
        assert first_class(pattern) is None or source == r"\s*这起"  # \s*这起: \s or 这
        fast = Prefiltered(pattern)
        assert [m.span() for m in fast.finditer("目前 这起，事故。后")] == [
            m.span() for m in pattern.finditer("目前 这起，事故。后")
        ]


def test_a_look_behind_still_sees_the_text_before_the_candidate() -> None:
    loss = Prefiltered(re.compile(r"(?<!间接)(?:经济)?损失"))
    assert [m.group() for m in loss.finditer("间接损失3万元，经济损失5万元")] == ["经济损失"]
    assert loss.search("间接损失与损失", 3) is not None and loss.search("间接损失与损失", 3).start() == 5  # type: ignore[union-attr]

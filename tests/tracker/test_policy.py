"""policies.yaml: national defaults, overrides, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.errors import PolicyError
from tracker.policy import load_policies, national_policy
from yuqing.settings import EXAMPLE_JURISDICTION


def test_national_defaults() -> None:
    rules = {r.id: r for r in national_policy().rules}
    assert (rules["first_release"].hours, rules["press_conference"].hours, rules["response"].hours) == (5, 24, 48)
    assert rules["first_release"].applies_to == ("major",) and rules["response"].applies_to == ("other",)
    assert rules["policy_interpretation"].working_days == 0


def test_example_jurisdiction_overrides() -> None:
    policy, file = load_policies(EXAMPLE_JURISDICTION / "policies.yaml")
    rules = {r.id: r for r in policy.rules}
    assert rules["policy_interpretation"].working_days == 3 and rules["policy_interpretation"].hours is None
    assert rules["message_reply"].working_days == 15
    assert file.import_default_unit == "12345热线/未分派"


def test_optional_disabled_and_switched_rules(tmp_path: Path) -> None:
    path = tmp_path / "policies.yaml"
    path.write_text(
        "rules:\n  - id: press_conference\n    required: false\n  - id: follow_up\n    enabled: false\n"
        "  - id: response\n    working_days: 2\n",
        encoding="utf-8",
    )
    policy, _ = load_policies(path)
    snap = policy.snapshot("major", "incident")
    ids = {r["id"]: r for r in snap["rules"]}
    assert "follow_up" not in ids and ids["press_conference"]["required"] is False
    assert {r.id: r for r in policy.rules}["response"].hours is None


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("rules:\n  - id: brand_new\n    hours: 3\n", "brand_new"),
        ("rules:\n  - id: sign\n    hourz: 3\n", r"policies.yaml:3: rules.0.hourz"),
        ("calendar:\n  unknown_year: guess\n", r"policies.yaml:2: calendar.unknown_year"),
        ("rules: [\n", "not valid YAML"),
    ],
)
def test_invalid_policies_are_reported_with_place(tmp_path: Path, text: str, match: str) -> None:
    path = tmp_path / "policies.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError, match=match):
        load_policies(path)


def test_missing_file_means_national_defaults(tmp_path: Path) -> None:
    assert load_policies(tmp_path / "none.yaml")[0] == national_policy()

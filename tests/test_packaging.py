"""What is shipped: every package of the layers is installed and copied into the image; the licence
is declared and its files travel with the package."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

from tests.test_layers import MAY_IMPORT

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_is_installed_and_in_the_image() -> None:
    include = PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    copied = set(re.findall(r"^COPY (\w+) \./\1$", dockerfile, re.MULTILINE))
    for package in MAY_IMPORT:
        assert any(fnmatch.fnmatch(package, pattern) for pattern in include), f"{package} not in pyproject include"
        assert package in copied, f"the Dockerfile does not copy {package}/"
    assert PYPROJECT["project"]["scripts"]["yuqing"] == "cli.main:main"


def test_licence_is_declared_and_shipped() -> None:
    assert PYPROJECT["project"]["license"] == "Apache-2.0"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "yuqing contributors" in (ROOT / "NOTICE").read_text(encoding="utf-8")
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    for name in PYPROJECT["project"]["license-files"]:
        assert (ROOT / name).is_file() and name in dockerfile, name

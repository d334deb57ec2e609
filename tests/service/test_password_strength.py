"""Weak passwords are refused, with a Chinese reason, wherever an account is created: the CLI, the
API and the admin web form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.main import build_app
from service.auth.strength import weakness

WEAK = ["12345678", "password", " " * 8, "qwertyuiop", "11111111", "abcd1234", "P@ssw0rd", "19901231"]


@pytest.mark.parametrize("password", WEAK)
def test_common_and_trivial_passwords_are_weak(password: str) -> None:
    assert weakness(password) is not None


def test_the_user_name_and_unit_make_a_password_weak() -> None:
    assert weakness("zhaoliang", user_inputs=("zhaoliang",)) is not None
    assert weakness("zhaoliang2024", user_inputs=("zhaoliang",)) is not None
    assert weakness("hushan2024!", user_inputs=("hs-duty", None, "hushan")) is not None
    assert weakness("desk1desk1", user_inputs=("desk1",)) is not None


STRONG = ["correct-horse-9", "tR7#kq9!Lm2x", "江山 值班 蓝色 铅笔 42", "x" * 3 + "Vk8!pQ2z" * 30]


@pytest.mark.parametrize("password", STRONG)
def test_strong_passwords_pass(password: str) -> None:
    assert weakness(password, user_inputs=("desk1",)) is None


def test_api_refuses_a_weak_password(users: dict[str, str], api_login: Any) -> None:
    admin = api_login(users["admin"])
    for password in ("12345678", "password", " " * 8, "duty-desk"):
        r = admin.post("/api/v1/admin/users", json={"username": "duty-desk", "password": password, "role": "desk"})
        assert r.status_code == 422, password
        assert "密码强度不足" in r.text or "密码" in r.text, r.text
    r = admin.post("/api/v1/admin/users", json={"username": "duty-desk", "password": "12345678", "role": "desk"})
    assert "密码强度不足：这是常用密码" in r.json()["detail"]
    ok = admin.post("/api/v1/admin/users", json={"username": "duty-desk", "password": "tR7#kq9!Lm2x", "role": "desk"})
    assert ok.status_code == 200, ok.text


def test_web_form_refuses_a_weak_password(users: dict[str, str], web_login: Any) -> None:
    page, csrf = web_login(users["admin"])
    form = {"username": "duty-desk", "role": "desk", "csrf_token": csrf}
    r = page.post("/admin/users", data={**form, "password": "password"})
    assert r.status_code == 422 and "密码强度不足" in r.text
    assert page.post("/admin/users", data={**form, "password": "correct-horse-9"}).status_code == 303


def test_cli_refuses_a_weak_password(monkeypatch: pytest.MonkeyPatch, db_url: str, db: Any, tmp_path: Path) -> None:
    monkeypatch.setenv("YUQING_DATABASE_URL", db_url)
    monkeypatch.setenv("YUQING_DATA_DIR", str(tmp_path / "data"))
    args = ["user", "create", "--username", "duty-desk", "--role", "desk", "--password-stdin"]
    r = CliRunner().invoke(build_app(), args, input="12345678\n")
    assert r.exit_code == 2 and "密码强度不足" in r.output, r.output
    r = CliRunner().invoke(build_app(), args, input="correct-horse-9\n")
    assert r.exit_code == 0, r.output

"""Accounts over their life: an admin resets a forgotten password (signing the user out everywhere)
and sets the name people are shown by, on the web, the API and the command line; units are named by
id or by name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from cli.main import build_app
from models.db import AuditRecord, User
from service.auth.passwords import verify_password
from tests.service.conftest import PASSWORD

NEW = "tR7#kq9!Lm2x"


def _user(db: Any, username: str) -> User:
    with db() as s:
        user = s.scalar(select(User).where(User.username == username))
        assert user is not None
        return user


def test_an_admin_resets_a_password_and_the_old_sessions_end(
    users: dict[str, str], api_login: Any, web_login: Any, db: Any, app: Any
) -> None:
    desk = api_login(users["desk"])
    assert desk.get("/api/v1/users/me").status_code == 200
    admin = api_login(users["admin"])
    desk_id = _user(db, users["desk"]).id
    weak = admin.post(f"/api/v1/admin/users/{desk_id}/password", json={"password": "password"})
    assert weak.status_code == 422 and "密码强度不足" in weak.json()["detail"]
    assert admin.post(f"/api/v1/admin/users/{desk_id}/password", json={"password": NEW}).status_code == 200
    assert verify_password(NEW, _user(db, users["desk"]).password_hash)
    assert desk.get("/api/v1/users/me").status_code == 401  # whoever held the old password is out
    fresh = TestClient(app).post("/api/v1/login/access-token", json={"username": users["desk"], "password": NEW})
    assert fresh.status_code == 200
    with db() as s:
        record = s.scalar(select(AuditRecord).where(AuditRecord.action == "user.password"))
        assert record is not None and record.target_id == str(desk_id) and NEW not in str(record.detail)
    assert admin.post("/api/v1/admin/users/999999/password", json={"password": NEW}).status_code == 404
    own = admin.post(f"/api/v1/admin/users/{_user(db, users['admin']).id}/password", json={"password": NEW})
    assert own.status_code == 409 and "yuqing user set-password" in own.json()["detail"]
    assert admin.get("/api/v1/users/me").status_code == 200  # still signed in
    assert (
        api_login(users["leader"]).post(f"/api/v1/admin/users/{desk_id}/password", json={"password": NEW}).status_code
        == 403
    )


def test_the_admin_page_resets_passwords_and_sets_names(users: dict[str, str], web_login: Any, db: Any) -> None:
    page, csrf = web_login(users["admin"])
    desk_id = _user(db, users["desk"]).id
    listing = page.get("/admin").text
    assert f'action="/admin/users/{desk_id}/password"' in listing and f'action="/admin/users/{desk_id}/name"' in listing
    r = page.post(f"/admin/users/{desk_id}/password", data={"password": NEW, "csrf_token": csrf})
    assert r.status_code == 303 and verify_password(NEW, _user(db, users["desk"]).password_hash)
    r = page.post(f"/admin/users/{desk_id}/name", data={"display_name": " 王芳 ", "csrf_token": csrf})
    assert r.status_code == 303 and _user(db, users["desk"]).display_name == "王芳"
    assert "王芳" in page.get("/admin").text


def test_a_new_name_shows_at_once_where_the_person_acted(
    users: dict[str, str], make_user: Any, web_login: Any, api_login: Any, db: Any
) -> None:
    """Pages name people through the app's name book: a name set by the admin shows on the next
    page, not once the book's cache runs out."""
    from models.enums import Role
    from yuqing.settings import EXAMPLE_JURISDICTION

    editor = make_user("admin2", Role.ADMIN)
    text = (EXAMPLE_JURISDICTION / "alert_rules.yaml").read_text(encoding="utf-8")
    edited = text.replace("quiet_minutes: 30", "quiet_minutes: 20")
    r = api_login(editor).put("/api/v1/rules/alert_rules", json={"text": edited, "base_version": 0})
    assert r.status_code == 200
    page, csrf = web_login(users["admin"])
    assert "赵亮" not in page.get("/admin/rules").text  # the history names who edited: admin2, unnamed so far
    editor_id = _user(db, editor).id
    r = page.post(f"/admin/users/{editor_id}/name", data={"display_name": "赵亮", "csrf_token": csrf})
    assert r.status_code == 303
    assert "赵亮" in page.get("/admin/rules").text


def test_the_api_sets_a_name_and_refuses_an_empty_change(users: dict[str, str], api_login: Any, db: Any) -> None:
    admin = api_login(users["admin"])
    unit_id = _user(db, users["hushan"]).id
    assert admin.patch(f"/api/v1/admin/users/{unit_id}", json={"display_name": "李明"}).status_code == 200
    assert _user(db, users["hushan"]).display_name == "李明" and _user(db, users["hushan"]).active
    assert admin.patch(f"/api/v1/admin/users/{unit_id}", json={}).status_code == 422
    assert admin.patch(f"/api/v1/admin/users/{unit_id}", json={"display_name": ""}).status_code == 200
    assert _user(db, users["hushan"]).display_name is None


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, db_url: str, tmp_path: Path) -> None:
    monkeypatch.setenv("YUQING_DATABASE_URL", db_url)
    monkeypatch.setenv("YUQING_DATA_DIR", str(tmp_path / "data"))


@pytest.mark.usefixtures("cli_env")
def test_the_command_line_manages_accounts(users: dict[str, str], db: Any) -> None:
    cli = CliRunner()
    args = ["user", "set-password", "--username", users["desk"], "--password-stdin"]
    r = cli.invoke(build_app(), args, input="12345678\n")
    assert r.exit_code == 2 and "密码强度不足" in r.output
    assert verify_password(PASSWORD, _user(db, users["desk"]).password_hash)  # unchanged
    assert cli.invoke(build_app(), args, input=f"{NEW}\n").exit_code == 0
    assert verify_password(NEW, _user(db, users["desk"]).password_hash)
    r = cli.invoke(build_app(), ["user", "set-password", "--username", "nobody", "--password-stdin"], input=f"{NEW}\n")
    assert r.exit_code == 2 and "用户不存在: nobody" in r.output
    r = cli.invoke(build_app(), ["user", "set-name", "--username", users["desk"], "--display-name", "王芳"])
    assert r.exit_code == 0 and _user(db, users["desk"]).display_name == "王芳"
    listed = cli.invoke(build_app(), ["user", "list"])
    assert listed.exit_code == 0 and "王芳" in listed.output and "虎山街道" in listed.output


@pytest.mark.usefixtures("cli_env")
def test_a_unit_is_given_by_id_or_by_name_and_a_wrong_one_is_answered_with_the_closest(db: Any) -> None:
    cli = CliRunner()
    create = ["user", "create", "--role", "unit", "--password-stdin"]
    r = cli.invoke(
        build_app(),
        [*create, "--username", "hs-duty", "--unit", "虎山街道", "--display-name", "赵亮"],
        input=f"{NEW}\n",
    )
    assert r.exit_code == 0, r.output
    user = _user(db, "hs-duty")
    assert user.unit_id == "hushan" and user.display_name == "赵亮"
    r = cli.invoke(build_app(), [*create, "--username", "hs-duty2", "--unit", "虎山街"], input=f"{NEW}\n")
    assert r.exit_code == 2 and "单位不存在: 虎山街" in r.output and "hushan（虎山街道）" in r.output

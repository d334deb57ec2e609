"""The banner that confirms a form (``?msg=``) is shown only after this site's own form: a link
from elsewhere with ``?msg=`` shows nothing, so no one can write "请将密码发送至…" into the product's
banner for the desk to read."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.service.conftest import open_token
from tests.service.test_browser import CHROMIUM, browser, cookie_page  # noqa: F401 (fixtures)

FORGED = "系统升级：请将密码发送至 admin@example.com"


def banner(html: str) -> str:
    return " ".join(p.text_content() for p in lxml.html.fromstring(html).xpath("//p[@class='flash']"))


@pytest.mark.parametrize("site", [None, "none", "cross-site", "same-site"])
def test_a_message_in_a_link_from_elsewhere_is_not_shown(
    site: str | None, users: dict[str, str], web_login: Any
) -> None:
    web, _csrf = web_login(users["desk"])
    headers = {"Sec-Fetch-Site": site} if site else {}
    for path in ("/topics", "/inbox", "/login"):
        r = web.get(f"{path}?msg={FORGED}", headers=headers)
        assert r.status_code == 200, path
        assert FORGED not in r.text and banner(r.text) == "", path


def test_the_confirmation_of_our_own_form_is_shown(users: dict[str, str], web_login: Any) -> None:
    web, _csrf = web_login(users["desk"])
    r = web.get("/topics?msg=专题已保存", headers={"Sec-Fetch-Site": "same-origin"})
    assert banner(r.text) == "专题已保存"


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)")
def test_in_a_browser(users: dict[str, str], db: sessionmaker[Session], server: str, browser: Any) -> None:  # noqa: F811
    from playwright.sync_api import expect

    token, _csrf = open_token(db, users["desk"])
    desk = cookie_page(browser, server, token)
    desk.goto(f"{server}/topics/new")
    desk.fill("input[name=name]", "安全生产")
    desk.fill("textarea[name=keywords]", "火灾 事故")
    desk.click("#topic-form button[type=submit]")
    expect(desk.locator(".flash")).to_contain_text("已保存")  # our form, its redirect: same-origin
    desk.goto(f"{server}/topics?msg={FORGED}")  # a link opened from outside the site
    expect(desk.locator("h1")).to_be_visible()
    assert desk.locator(".flash").count() == 0
    desk.goto(server.replace("127.0.0.1", "localhost") + "/login")  # another site (another host name)
    desk.set_content(f'<a id="out" href="{server}/topics?msg={FORGED}">link</a>')
    desk.click("#out")
    desk.wait_for_url("**/topics?msg=*")
    assert desk.locator(".flash").count() == 0

"""Every page names the site icon, served by the service itself (no request of a browser ends in
404, offline networks included)."""

from __future__ import annotations

import re
from typing import Any


def test_pages_name_an_icon_the_service_serves(users: dict[str, str], web_login: Any) -> None:
    page, _ = web_login(users["desk"])
    for path in ("/login", "/desk"):
        found = re.search(r'<link rel="icon" href="([^"]+)"', page.get(path).text)
        assert found is not None, path
        icon = page.get(found.group(1))
        assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
        assert icon.text.lstrip().startswith("<svg")


def test_favicon_ico_leads_to_the_icon(users: dict[str, str], web_login: Any) -> None:
    """What a browser asks for where no page names an icon (a PDF or JSON opened in a tab)."""
    page, _ = web_login(users["desk"])
    answer = page.get("/favicon.ico", follow_redirects=True)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("image/svg+xml")

"""Untrusted text (scraped titles, summaries naming scraped places) inside the chat robots' markdown.

企业微信 and 钉钉 group robots render their ``markdown`` messages: a scraped title reading
``![](http://…/pixel.png)`` would have every member's client fetch that image, and ``[通知](http://…)``
would put a link in the government group that no one at the desk wrote. :func:`markdown_text` turns
every character the two dialects give meaning to into its full-width form (what Chinese text uses
anyway), and a line break into a space, so the text shows as typed and can neither start a new
heading or list item nor link, embed, mention (``<@userid>``) or format anything.
"""

from __future__ import annotations

_FULL_WIDTH = str.maketrans(
    {
        "[": "［",
        "]": "］",
        "(": "（",
        ")": "）",
        "!": "！",
        "*": "＊",
        "_": "＿",
        "`": "｀",
        "#": "＃",
        "<": "＜",
        ">": "＞",
        "|": "｜",
        "~": "～",
        "\r": " ",
        "\n": " ",
    }
)


def markdown_text(text: str) -> str:
    """``text`` as plain words inside a robot's markdown message (see the module docstring)."""
    return text.translate(_FULL_WIDTH)

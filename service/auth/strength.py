"""Password strength: common and trivially guessable passwords are refused, with a Chinese reason.

The estimate is zxcvbn's (the ``zxcvbn`` package, a port of Dropbox's estimator): it knows the
common-password lists, keyboard patterns, repeats, sequences, dates and words, and it is given the
user's own name, unit and the product's words, so ``desk1desk1`` or ``hushan2024`` are weak.
A password must score at least :data:`MIN_SCORE` (3: "safely unguessable", about 10^10 guesses).
zxcvbn examines at most :data:`CHECKED_LENGTH` characters (its own limit; longer input is slow).
"""

from __future__ import annotations

from zxcvbn import zxcvbn

MIN_LENGTH = 8
MIN_SCORE = 3
CHECKED_LENGTH = 72
PRODUCT_WORDS = ("yuqing", "舆情", "zhengwu", "政务", "admin", "desk", "leader", "password", "mima")

_REASONS = (
    ("common password", "这是常用密码"),
    ("commonly used password", "与常用密码相似"),
    ("repeats", "重复的字符或片段很容易被猜到"),
    ("sequences", "连续的字母或数字很容易被猜到"),
    ("keyboard", "键盘上相邻的按键组合很容易被猜到"),
    ("rows of keys", "键盘上相邻的按键组合很容易被猜到"),
    ("years", "年份很容易被猜到"),
    ("dates", "日期很容易被猜到"),
    ("names and surnames", "姓名很容易被猜到"),
    ("a word by itself", "单个常见词很容易被猜到"),
)


def weakness(password: str, *, user_inputs: tuple[str | None, ...] = ()) -> str | None:
    """Why ``password`` is too weak (in Chinese), or None when it is strong enough.

    ``user_inputs`` are words tied to the account (user name, display name, unit): using them
    makes a password weak.
    """
    if len(password) < MIN_LENGTH:
        return f"密码至少 {MIN_LENGTH} 位"
    if not password.strip():
        return "密码不能全是空格"
    words = [w for w in user_inputs if w]
    lowered = password.lower()
    if any(len(w) >= 3 and w.lower() in lowered for w in words):
        return "密码不能包含用户名或单位名称"
    result = zxcvbn(password[:CHECKED_LENGTH], user_inputs=[*words, *PRODUCT_WORDS])
    if result["score"] >= MIN_SCORE:
        return None
    warning = str(result["feedback"].get("warning") or "").lower()
    reason = next((zh for key, zh in _REASONS if key in warning), "过于简单，容易被猜到")
    return reason


def strength_message(reason: str) -> str:
    """The message shown to whoever chose the password (CLI, API, web form)."""
    return f"密码强度不足：{reason}。请换一个不易被猜到的密码，例如用几个不相关的词加上数字或符号，至少 {MIN_LENGTH} 位"

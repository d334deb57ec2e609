"""Password hashing with pwdlib's recommended Argon2 settings."""

from __future__ import annotations

from functools import lru_cache

from pwdlib import PasswordHash


@lru_cache(maxsize=1)
def _hasher() -> PasswordHash:
    return PasswordHash.recommended()


def hash_password(password: str) -> str:
    """Return an Argon2 hash of ``password``."""
    return _hasher().hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    """True when ``password`` matches; a missing hash still costs one verification (no timing oracle)."""
    if password_hash is None:
        _hasher().verify(password, _dummy_hash())
        return False
    try:
        return _hasher().verify(password, password_hash)
    except Exception:  # a malformed stored hash never signs anyone in
        return False


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher().hash("not-a-real-password")

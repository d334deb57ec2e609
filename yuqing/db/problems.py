"""A database failure said in plain words, for the command line (a traceback helps nobody at 3 a.m.)."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

_NO_SCHEMA = ("no such table", "does not exist", "undefinedtable")


def database_problem(exc: SQLAlchemyError) -> str:
    """One line: what the database answered, and what to check."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    first = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
    lowered = f"{type(cause).__name__} {first}".lower()
    if any(mark in lowered for mark in _NO_SCHEMA):
        hint = "the database has no schema or an old one: run `yuqing db upgrade`"
    elif (isinstance(exc, DBAPIError) and exc.connection_invalidated) or "connect" in lowered:
        hint = "is the database server running, and is YUQING_DATABASE_URL right?"
    else:
        hint = "check YUQING_DATABASE_URL / YUQING_DATA_DIR and `yuqing status`"
    return f"database error ({type(cause).__name__}: {first}); {hint}"

"""Values in PostgreSQL's ``COPY … FROM STDIN`` text format, for rows the stage formats itself.

Formatting a whole batch into one block and handing it to the driver in one write costs less than
passing each row's values to the driver to convert one by one. The text format: columns separated
by a tab, rows ended by a newline, :data:`NULL` for ``NULL``, and in a value backslash, tab,
newline and carriage return escaped with a backslash (any other character stands for itself).
Other values are written as the driver writes them: ``t``/``f`` for a boolean, ``repr`` of a float
(its shortest round-trip form), ISO 8601 with its offset for an aware datetime.
"""

from __future__ import annotations

NULL = "\\N"


def text_field(value: str | None) -> str:
    """A string value escaped for the text format (``None``: :data:`NULL`)."""
    if value is None:
        return NULL
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if "\t" in value:
        value = value.replace("\t", "\\t")
    if "\n" in value:
        value = value.replace("\n", "\\n")
    if "\r" in value:
        value = value.replace("\r", "\\r")
    return value

"""The ``yuqing`` command line: one Typer app composed from each package's ``cli`` module."""

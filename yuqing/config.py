"""Load YAML configuration files into pydantic models with line-precise errors.

Every configuration file of a jurisdiction (units, sources, routing, alert rules, policies) goes
through :func:`load_yaml`; an invalid file raises :class:`~yuqing.errors.ConfigError` naming the
file, the line and the field, e.g. ``sources.yaml:12: sources.3.interval: Input should be ...``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from yuqing.errors import ConfigError
from yuqing.yaml_limits import yaml_shape_problem

T = TypeVar("T", bound=BaseModel)


class _LineLoader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML ships no stubs here
    """A safe loader that remembers the line of every mapping and sequence node."""


def _node_lines(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            out[(*path, key)] = key_node.start_mark.line + 1
            _node_lines(value_node, (*path, key), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            _node_lines(child, (*path, index), out)


def parse_yaml(text: str, name: str) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """Parse ``text``; return the data and a map from each path to its line number. A text that
    would expand without bound (:func:`~yuqing.yaml_limits.yaml_shape_problem`) is refused first."""
    problem = yaml_shape_problem(text)
    if problem is not None:
        raise ConfigError(f"{name}: not loaded: {problem}")
    try:
        node = yaml.compose(text, Loader=_LineLoader)
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{where}: not valid YAML: {problem}") from exc
    lines: dict[tuple[Any, ...], int] = {}
    if node is not None:
        _node_lines(node, (), lines)
    return data, lines


def _line_for(loc: tuple[Any, ...], lines: dict[tuple[Any, ...], int]) -> int | None:
    path = tuple(loc)
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get(())


def config_error(
    exc: ValidationError,
    lines: dict[tuple[Any, ...], int],
    name: str,
    adjust: Callable[[ErrorDetails], tuple[Any, ...]] | None = None,
) -> ConfigError:
    """A :class:`ConfigError` listing each problem of ``exc`` as ``name:line: field: message``.

    ``adjust`` maps an error to the location to report (to drop pydantic's union tags, say).
    """
    problems = []
    for err in exc.errors():
        if adjust is not None:
            loc = adjust(err)
        else:
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        line = _line_for(loc, lines)
        field = ".".join(str(p) for p in loc) or "(top level)"
        problems.append(f"{name}:{line if line else '?'}: {field}: {err['msg']}")
    return ConfigError("\n".join(problems))


def validate_yaml(text: str, model: type[T], name: str) -> T:
    """Validate YAML ``text`` as ``model``; raise :class:`ConfigError` with file:line for each problem."""
    data, lines = parse_yaml(text, name)
    if data is None:
        data = {}
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise config_error(exc, lines, name) from exc


def read_config_text(path: Path) -> str:
    """The UTF-8 text of a configuration file; :class:`ConfigError` if it is missing or not UTF-8."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def load_yaml(path: Path, model: type[T]) -> T:
    """Read and validate the YAML file at ``path`` as ``model``."""
    return validate_yaml(read_config_text(path), model, str(path))

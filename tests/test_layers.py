"""The layers, read from the code's own imports: what may import what is written down once, here.

::

    cli                     the top layer: the ``yuqing`` command and its composition root
     │                      (the only package that puts stages together)
     ▼
    service                 the web service: calls the stages only through models.ports
    collectors classifier alerting tracker      the stages: none imports another
     │
     ▼
    yuqing                  the base: settings, config, errors, logs, bus, broker, db, periodic
     │
     ▼
    models                  the contract: enums, messages, topics, tables, ports

Every import statement is read with :mod:`ast` (inside functions and ``TYPE_CHECKING`` blocks too),
so a lazy import cannot hide an edge. The test also refuses an import cycle between modules and any
module loaded by name (``importlib.import_module``, ``__import__``): a door no import graph shows.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

STAGES = ("collectors", "classifier", "alerting", "tracker")
MAY_IMPORT: dict[str, frozenset[str]] = {
    "models": frozenset(),
    "yuqing": frozenset({"models"}),
    **{stage: frozenset({"models", "yuqing"}) for stage in STAGES},
    "service": frozenset({"models", "yuqing"}),
    "cli": frozenset({"models", "yuqing", *STAGES, "service"}),
}
"""Each package and the packages of ours it may import (besides its own modules)."""


def _modules() -> dict[str, Path]:
    """Every module of our packages by dotted name (a package by its ``__init__``)."""
    found: dict[str, Path] = {}
    for package in MAY_IMPORT:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> Iterator[tuple[int, str]]:
    """(line, imported module) for each import of ``path``; ``from a import b`` is ``a.b`` when that
    is a module of ours, else ``a``. Relative imports are resolved against ``name``'s package."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                yield node.lineno, sub if sub in MODULES else base


def _ours(module: str) -> bool:
    return module.split(".")[0] in MAY_IMPORT


def test_every_top_level_package_has_its_place_in_the_layers() -> None:
    packages = {p.name for p in ROOT.iterdir() if (p / "__init__.py").is_file()} - {"tests"}
    assert packages <= set(MAY_IMPORT), f"add {sorted(packages - set(MAY_IMPORT))} to MAY_IMPORT"


@pytest.mark.parametrize("package", sorted(MAY_IMPORT))
def test_imports_follow_the_layers(package: str) -> None:
    wrong = []
    for name, path in MODULES.items():
        if name.split(".")[0] != package:
            continue
        for line, module in _imports(name, path):
            target = module.split(".")[0]
            if _ours(module) and target != package and target not in MAY_IMPORT[package]:
                wrong.append(f"{path.relative_to(ROOT)}:{line}: imports {module}")
    assert not wrong, f"{package} may import only {sorted(MAY_IMPORT[package])} of ours:\n" + "\n".join(wrong)


def test_no_import_cycle() -> None:
    graph = {
        name: sorted({m for _, m in _imports(name, path) if m in MODULES and m != name})
        for name, path in MODULES.items()
    }
    cycles = [c for c in _strongly_connected(graph) if len(c) > 1]
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(sorted(c)) for c in cycles)


def test_no_module_is_loaded_by_name() -> None:
    found = []
    for path in MODULES.values():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert not found, "call the other package through an import or a port, not by name:\n" + "\n".join(found)


def _strongly_connected(graph: dict[str, list[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative (no recursion limit on long import chains)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[set[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                out.append(component)
    return out


def test_the_checks_see_what_they_guard(tmp_path: Path) -> None:
    """The graph reader finds a lazy import, a relative one and a cycle (so a pass means something)."""
    assert ("models.ports", "cli.compose") not in {(n, m) for n, p in MODULES.items() for _, m in _imports(n, p)}
    lazy = {m for _, m in _imports("cli.compose", MODULES["cli.compose"])}
    assert {"tracker.ports", "alerting.ports", "collectors.ports", "service.reports.jobs"} <= lazy
    assert _strongly_connected({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) == [{"a", "b", "c"}, {"d"}]

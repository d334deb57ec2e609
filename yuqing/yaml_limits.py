"""The shape a YAML text may have before any loader builds it (a configuration file read at start-up
or by ``yuqing config import``, a rule document typed in the browser).

A YAML text can be small and still expand without bound: aliases of aliases (``&a [*b, *b, …]``,
the "billion laughs") multiply with each level, an alias inside its own anchor (``&a [*a]``) never
ends, and thousands of nested brackets exhaust the recursion of a loader that walks the tree.
:func:`yaml_shape_problem` reads the text's event stream once (PyYAML's parser is not recursive),
counting each node as many times as aliases repeat it, and names the first limit exceeded; the
text is never composed, so checking costs time and memory linear in its length.
"""

from __future__ import annotations

import yaml

MAX_DEPTH = 64
"""Nesting of mappings and sequences (the rule documents need fewer than ten levels)."""
MAX_NODES = 200_000
"""Nodes after aliases are expanded: more than any alias-free text of the editor's size limit has."""


def yaml_shape_problem(text: str) -> str | None:
    """Why ``text`` must not be loaded (too deep, an alias inside its own anchor, too many nodes
    once aliases are expanded), or ``None``. Syntax errors are left to the loader's own message."""
    sizes: dict[str, int] = {}  # expanded node count of each finished anchor
    open_anchors: list[str | None] = []
    counts: list[int] = [0]  # nodes so far of each open collection (the document at the bottom)
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                if len(counts) > MAX_DEPTH:
                    return f"嵌套超过 {MAX_DEPTH} 层"
                counts.append(1)
                open_anchors.append(event.anchor)
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                size = counts.pop()
                anchor = open_anchors.pop()
                if anchor is not None:
                    sizes[anchor] = size
            elif isinstance(event, yaml.ScalarEvent):
                size = 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.AliasEvent):
                if event.anchor in open_anchors:
                    return f"别名 *{event.anchor} 引用了包含它自己的锚点 &{event.anchor}"
                size = sizes.get(event.anchor, 1)  # an undefined alias: the loader names it
            else:
                continue
            counts[-1] += size
            if counts[-1] > MAX_NODES:
                return f"展开别名后超过 {MAX_NODES} 个节点"
    except yaml.YAMLError:
        return None
    return None

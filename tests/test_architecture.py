"""The package's shape, checked from its source: no import cycle and no private API.

Imports are read with ``ast`` from every module, those inside functions included
(an import inside a function still ties two modules together; only imports under
``if TYPE_CHECKING:`` are left out, as they never run). A cycle makes the order
of imports matter and hides which stage depends on which; a private API
(``re._parser``, a module put into ``sys.modules``, a library's ``_internal``)
can change in any release without notice.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "clarity"
PRIVATE_STDLIB = {"sre_parse", "sre_compile", "sre_constants"}
_WRITERS = {"setdefault", "update", "pop", "__setitem__", "__delitem__", "clear"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that can run: TYPE_CHECKING blocks are skipped."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            yield from (n for child in node.orelse for n in _imports_in(child))
            continue
        yield from _imports_in(node)


def _imports_in(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        yield node
    else:
        yield from _imports(node)


def _absolute(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if MODULES[module].name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """The modules of clarity that an import statement loads, by name."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        source = _absolute(module, node)
        names = []
        for alias in node.names:
            child = f"{source}.{alias.name}"
            names.append(child if child in MODULES else source)
    yield from (n for n in names if n in MODULES and n != module)


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[module] = {t for node in _imports(tree) for t in _targets(module, node)}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(graph.get(node, ())):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_import_graph_has_no_cycle():
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def _private_uses(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported: set[str] = set()  # names bound to third-party or stdlib modules
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if not alias.name.startswith("clarity"):
                    imported.add((alias.asname or alias.name).split(".")[0])
                    if alias.name in PRIVATE_STDLIB or any(
                        p.startswith("_") for p in alias.name.split(".")
                    ):
                        yield f"line {node.lineno}: import {alias.name}"
        elif isinstance(node, ast.ImportFrom) and not node.level:
            source = node.module or ""
            if source.startswith("clarity") or source == "__future__":
                continue
            parts = source.split(".")
            if source in PRIVATE_STDLIB or any(p.startswith("_") for p in parts):
                yield f"line {node.lineno}: from {source} import ..."
            for alias in node.names:
                if alias.name.startswith("_"):
                    yield f"line {node.lineno}: from {source} import {alias.name}"
                imported.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and isinstance(node.value, ast.Name)
            and node.value.id in imported
        ):
            yield f"line {node.lineno}: {node.value.id}.{node.attr}"
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.ctx, (ast.Store, ast.Del))
            and ast.unparse(node.value) == "sys.modules"
        ) or (
            isinstance(node, ast.Call)
            and ast.unparse(node.func).startswith("sys.modules.")
            and ast.unparse(node.func).rpartition(".")[2] in _WRITERS
        ):
            yield f"line {node.lineno}: changes sys.modules"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_private_api_is_used(module):
    assert list(_private_uses(MODULES[module])) == []


def test_the_private_api_finder_finds_private_uses(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import re\nimport sys\nfrom re import _parser\nimport sre_parse\n"
        "from textstat.backend.utils._get_pyphen import get_pyphen\n"
        "re._compile('a', 0)\nsys.modules['nltk'] = object()\n"
        "sys.modules.setdefault('spacy.cli', None)\ndel sys.modules['nltk']\n",
        encoding="utf-8",
    )
    found = list(_private_uses(sample))
    assert len(found) == 7, found

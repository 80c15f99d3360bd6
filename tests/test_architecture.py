"""The house rules of the code's shape: no import cycle inside `generator/`, nothing imports the
command line, and no output target imports another. Every import counts, also one inside a
function or under `TYPE_CHECKING`: a deferred import is still a dependency."""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "generator"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str) -> set[str]:
    """The `generator` modules that module `name` imports, anywhere in its body."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            # `from generator import naming` imports the module generator.naming
            found.update(f"{base}.{alias.name}" for alias in node.names)
            found.add(base)
    return {module for module in found if module in MODULES and module != name}


@functools.cache
def graph() -> dict[str, set[str]]:
    """Which `generator` modules each module imports (built when a test first asks)."""
    return {name: imported(name) for name in MODULES}


def cycles(graph: dict[str, set[str]]) -> Iterator[list[str]]:
    """Every cycle found by a depth-first walk, each as the path that closes it."""
    done: set[str] = set()

    def walk(node: str, path: list[str]) -> Iterator[list[str]]:
        if node in path:
            yield [*path[path.index(node) :], node]
            return
        if node in done:
            return
        for target in sorted(graph[node]):
            yield from walk(target, [*path, node])
        done.add(node)

    for start in sorted(graph):
        yield from walk(start, [])


def test_the_graph_is_read_from_the_code() -> None:
    # The reader must see real edges, or the cycle test below could never fail.
    assert "generator.resolve" in graph()["generator.pipeline"]
    assert "generator.naming" in graph()["generator.resolve"]
    assert "generator.templating" in graph()["generator.targets.openapi"]
    assert "generator.mock.app" in graph()["generator.mock.command"]


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert list(cycles(graph)) == [["a", "b", "c", "a"]]


def test_no_import_cycle_inside_the_generator() -> None:
    assert list(cycles(graph())) == []


@pytest.mark.parametrize("name", sorted(set(MODULES) - {"generator.cli", "generator.__main__"}))
def test_nothing_but_the_entry_point_imports_the_command_line(name: str) -> None:
    assert "generator.cli" not in graph()[name]


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.startswith("generator.targets.")))
def test_no_target_imports_another(name: str) -> None:
    assert {module for module in graph()[name] if module.startswith("generator.targets.")} == set()


@pytest.mark.parametrize(
    "name",
    sorted(
        n
        for n in MODULES
        if n.startswith("generator.targets.") and "__init__" not in str(MODULES[n])
    ),
)
def test_every_target_has_one_entry_point_and_its_own_templates(name: str) -> None:
    target = name.rpartition(".")[2]
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    assert "render" in {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    if target != "routes":  # routes.json is the parsed catalog, dumped without a template
        assert (ROOT / "templates" / target).is_dir()


def test_every_template_names_the_module_that_builds_its_data() -> None:
    unnamed = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "templates").rglob("*.j2"))
        if "generator/" not in path.read_text(encoding="utf-8").split("#}", 1)[0]
    ]
    assert unnamed == []

"""The generated Python client as a package: its files (snapshots, freshness, determinism), its
lint (ruff, black, mypy --strict), its installability, its lazy imports, and the generator's
literal and layout helpers that keep it repr-safe and black-clean without running black."""

from __future__ import annotations

import ast
import json
import keyword
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import black
import pytest
from hypothesis import given
from hypothesis import strategies as st
from syrupy.assertion import SnapshotAssertion

from generator.pysource import Call, docstring, fstring_text, layout, py_str, toml_str
from generator.targets import python_client
from tests import typecheck
from tests.conftest import ROOT, shipped

API = shipped().api
FILES = {name: text for name, text in shipped().files.items() if name.startswith("python/")}
PACKAGE_ROOT = ROOT / "generated" / "python"
BLACK_MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY311})


def write_package(folder: Path) -> Path:
    for name, text in FILES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder / "python"


# --------------------------------------------------------------------------- the files


@pytest.mark.parametrize("name", sorted(FILES), ids=lambda name: name.replace("/", "__"))
def test_package_file_snapshot(name: str, text_snapshot: SnapshotAssertion) -> None:
    assert FILES[name] == text_snapshot


def test_the_package_has_one_module_per_top_level_resource() -> None:
    modules = {name for name in FILES if "/resources/" in name and not name.endswith("__init__.py")}
    top_level = {op.resource[0] for op in API.operations}
    assert modules == {f"python/expanse_api/resources/{name}.py" for name in top_level}
    assert all(name.startswith("python/") for name in FILES)


def test_committed_package_is_what_the_generator_renders() -> None:
    # Tool caches (.ruff_cache, __pycache__) are not part of the package.
    on_disk = {
        str(path.relative_to(ROOT / "generated")): path.read_text(encoding="utf-8")
        for path in PACKAGE_ROOT.rglob("*")
        if path.is_file()
        and not any(part.startswith((".", "__pycache__")) for part in path.parts[-3:-1])
    }
    assert on_disk == FILES, "run `python -m generator generate`"


def test_rendering_twice_gives_the_same_bytes() -> None:
    assert python_client.render(API) == FILES


def test_pyproject_declares_the_distribution() -> None:
    project = tomllib.loads(FILES["python/pyproject.toml"])
    assert project["project"]["name"] == "expanse-api"
    assert project["project"]["version"] == API.version
    assert [re.split(r"[<>=]", d)[0] for d in project["project"]["dependencies"]] == [
        "httpx",
        "pydantic",
    ]
    assert project["build-system"]["build-backend"] == "hatchling.build"
    assert project["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == ["expanse_api"]
    assert FILES["python/expanse_api/py.typed"] == ""


def test_readme_covers_the_integrator_topics_and_its_python_compiles() -> None:
    readme = FILES["python/README.md"]
    for heading in ("Install", "Authenticate", "Least privilege", "Errors", "Retries"):
        assert f"## {heading}" in readme
    for heading in ("Timeouts", "Async"):
        assert f"## {heading}" in readme
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    assert len(blocks) >= 4
    for block in blocks:
        compile(block, "README.md", "exec")
    for scope in ("dns.read", "dns.write", "backups.write", "billing.read"):
        assert f"| `{scope}` | " in readme


# --------------------------------------------------------------------------- lint and install


def test_generated_package_passes_ruff_black_and_mypy_strict() -> None:
    package = typecheck.shipped_client_folder()
    ruff = typecheck.python_tool("ruff", "check", "--no-cache", package)
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    formatted = typecheck.python_tool("black", "--check", package)
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr
    assert f"{len([name for name in FILES if name.endswith('.py')])} files would be left" in (
        formatted.stderr
    )
    # One mypy run checks the package and the integrator snippets that use it: the package's
    # own files must have no error, and every error the run reports must be a snippet's.
    mypy = typecheck.shipped_client_mypy()
    modules = [name for name in FILES if name.startswith("python/expanse_api/")]
    snippets = typecheck.SHIPPED_CLIENT_SNIPPETS
    assert mypy.errors_in("expanse_api") == [], mypy.output
    assert [line for line in mypy.errors() if not line.startswith(snippets)] == [], mypy.output
    assert mypy.returncode in (0, 1), mypy.output
    assert typecheck.mypy_checked_files(mypy) == len(
        [name for name in modules if name.endswith(".py")]
    ) + len(snippets), mypy.output


def test_ruff_really_lints_the_generated_package(tmp_path: Path) -> None:
    package = write_package(tmp_path)
    version = package / "expanse_api" / "_version.py"
    version.write_text(version.read_text() + "import os\n")
    ruff = typecheck.python_tool("ruff", "check", "--no-cache", package)
    assert ruff.returncode == 1 and "F401" in ruff.stdout


def test_pip_installs_the_package_with_its_type_marker(tmp_path: Path) -> None:
    package = write_package(tmp_path / "src")
    target = tmp_path / "site"
    pip = typecheck.python_tool(
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "--target",
        target,
        package,
    )
    assert pip.returncode == 0, pip.stdout + pip.stderr
    installed = {str(path.relative_to(target)) for path in target.rglob("*") if path.is_file()}
    expected = {name.removeprefix("python/") for name in FILES if "/expanse_api/" in name}
    assert expected <= installed
    assert any(name.startswith("expanse_api-1.0.0.dist-info/") for name in installed)


# --------------------------------------------------------------------------- lazy imports

LOADED = """
import json, sys
import expanse_api
before = sorted(sys.modules)
client = expanse_api.Expanse(api_key="sk_test", base_url="http://localhost:1")
zones = client.zones
after_resource = sorted(sys.modules)
print(json.dumps([before, after_resource]))
"""


def loaded_modules(script: str) -> list[list[str]]:
    env = typecheck.python_env(PYTHONPATH=str(PACKAGE_ROOT))
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    loaded: list[list[str]] = json.loads(result.stdout)
    return loaded


def test_import_loads_neither_pydantic_nor_any_resource() -> None:
    before, after_resource = loaded_modules(LOADED)
    assert "httpx" in before
    ours = {name for name in before if name.startswith("expanse_api")}
    assert ours == {
        "expanse_api",
        "expanse_api._base_client",
        "expanse_api._client",
        "expanse_api._exceptions",
        "expanse_api._types",
        "expanse_api._version",
    }
    assert not [name for name in before if name.split(".")[0] == "pydantic"]
    new = set(after_resource) - set(before)
    assert {"expanse_api.resources.zones", "expanse_api._operations"} <= new
    resources = [name for name in new if name.startswith("expanse_api.resources.")]
    assert resources == ["expanse_api.resources.zones"]
    assert not [name for name in after_resource if name.split(".")[0] == "pydantic"]


# --------------------------------------------------------------------------- literals, layout


@given(st.text())
def test_py_str_is_a_literal_of_the_text_that_black_leaves_alone(text: str) -> None:
    literal = py_str(text)
    assert ast.literal_eval(literal) == text
    statement = f"x = {literal}\n"
    assert black.format_str(statement, mode=BLACK_MODE) == statement


@given(st.text())
def test_fstring_text_survives_an_f_string(text: str) -> None:
    literal = f'f"{fstring_text(text)}"'
    assert eval(literal) == text


@given(st.text(st.characters(exclude_categories=["Cs"])))
def test_toml_str_is_a_toml_string_of_the_text(text: str) -> None:
    assert tomllib.loads(f"value = {toml_str(text)}")["value"] == text


@given(st.lists(st.text(min_size=1).filter(str.strip), min_size=1, max_size=4))
def test_docstrings_hold_any_text_and_black_leaves_them_alone(lines: list[str]) -> None:
    source = f"def f() -> None:\n{docstring(lines, 1)}\n"
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.FunctionDef)
    text = ast.get_docstring(function, clean=False) or ""
    assert text.split("\n")[0].strip() == lines[0].strip() or not lines[0].isprintable()
    assert black.format_str(source, mode=BLACK_MODE) == source


NAMES = st.from_regex(r"[a-z][a-z_]{0,30}", fullmatch=True).filter(
    lambda name: not keyword.iskeyword(name)
)
ARGUMENTS = st.lists(NAMES, min_size=1, max_size=8)


@given(NAMES, ARGUMENTS, st.lists(NAMES, max_size=4), st.integers(0, 3))
def test_layout_is_what_black_makes_of_a_call(
    function: str, args: list[str], inner: list[str], depth: int
) -> None:
    nested = (Call(f"{function}(", tuple(inner), ")"),) if inner else ()
    code = Call(f"result = {function}(", (*args, *nested), ")")
    body = "\n".join(layout(code, depth)) + "\n"
    source = "".join(f"{'    ' * level}def f{level}() -> None:\n" for level in range(depth)) + body
    assert black.format_str(source, mode=BLACK_MODE) == source


@given(ARGUMENTS, NAMES)
def test_layout_is_what_black_makes_of_a_signature(args: list[str], returns: str) -> None:
    params = ("self", *(f"{name}_{index}: str" for index, name in enumerate(args)))
    code = Call("def method(", (*params, "**options: object"), f") -> {returns}:")
    body = "\n".join(layout(code, 1))
    source = f"class C:\n{body}\n        pass\n"
    assert black.format_str(source, mode=BLACK_MODE) == source

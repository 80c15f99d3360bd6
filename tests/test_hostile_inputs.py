"""Hostile catalogs and overlays: exit 2 naming file and line (never a traceback, never a broken
artifact), and names that clash with the client's own are renamed, not refused."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import subprocess
import sys
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.conftest import ROOT
from tests.in_process import run_generator

CATALOG_NAME = "routes.md"
OVERLAY_NAME = "overrides.toml"


def route(
    path: str = "/api/tickets/{id}",
    methods: str = "GET",
    query: tuple[str, ...] = (),
    body: tuple[str, ...] = (),
    example: str | None = None,
    source: str | None = None,
) -> str:
    source = source or "src/app" + path.replace("{", "[").replace("}", "]") + "/route.ts"
    text = f"### `{path}`\n\nSource: `{source}`\n\nHTTP: {methods}\n\n"
    if query:
        text += "**Query parameters:**\n\n" + "".join(f"- `{name}`\n" for name in query) + "\n"
    if body:
        schema = "Create" + "Schema" if "POST" in methods else "UpdateSchema"
        fields = "".join(f"  - {name}\n" for name in body)
        text += f"**Request body (Zod):**\n\n- {schema}\n{fields}\n"
    if example is not None:
        method = methods.split(",")[0].strip()
        text += f"#### {method}\n\nExample success response body:\n\n```json\n{example}\n```\n\n"
    return text


def catalog(*routes: str, group: str = "Tickets") -> str:
    return f"# Catalog\n\n## {group}\n\n" + "\n".join(routes)


def generate(
    tmp_path: Path, catalog_text: str, overlay_text: str = "", real_process: bool = False
) -> tuple[int, str, Path, Path]:
    """Run `generate`: exit code, stderr, the output folder, the catalog. In the test process
    unless `real_process` (what `python -m generator` itself returns and prints)."""
    catalog_path = tmp_path / CATALOG_NAME
    catalog_path.write_text(catalog_text, encoding="utf-8")
    overlay_path = tmp_path / OVERLAY_NAME
    overlay_path.write_text(overlay_text, encoding="utf-8")
    out = tmp_path / "out"
    arguments = [
        "generate",
        "--catalog",
        str(catalog_path),
        "--overrides",
        str(overlay_path),
        "--out",
        str(out),
    ]
    if not real_process:
        ran = run_generator(arguments)
        return ran.code, ran.stderr, out, catalog_path
    result = subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return result.returncode, result.stderr, out, catalog_path


def refused(
    tmp_path: Path, catalog_text: str, overlay_text: str = "", real_process: bool = False
) -> str:
    code, error, out, _ = generate(tmp_path, catalog_text, overlay_text, real_process)
    assert code == 2, error
    assert "Traceback" not in error, error
    assert not out.exists()
    return error


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


# --------------------------------------------------------------------------- no operations


def test_a_catalog_with_a_group_and_no_routes_is_refused(tmp_path: Path) -> None:
    """As a real process: `python -m generator` exits 2 and prints the problem, no traceback."""
    text = "# Catalog\n\n## Tickets\n"
    error = refused(tmp_path, text, real_process=True)
    assert f"{CATALOG_NAME}:3: found group 'Tickets' with no routes" in error


def test_an_empty_group_beside_a_full_one_is_refused(tmp_path: Path) -> None:
    text = catalog(route()) + "\n## Empty\n"
    error = refused(tmp_path, text)
    assert (
        f"{CATALOG_NAME}:{line_of(text, '## Empty')}: found group 'Empty' with no routes" in error
    )


# --------------------------------------------------------------------------- dot segments


@pytest.mark.parametrize(
    "path",
    [
        "/api/teams/../billing/secret",
        "/api/zones/./x",
        "/api/teams/{teamId}/..",
        "/api/billing/..",
        "/api/tickets/.",
    ],
)
def test_a_route_with_dot_segments_is_refused(tmp_path: Path, path: str) -> None:
    text = catalog(route(path=path, source="src/app/api/x/route.ts"))
    error = refused(tmp_path, text)
    assert f"{CATALOG_NAME}:{line_of(text, '### ')}: found route path '{path}'" in error
    assert "dot segment" in error


# --------------------------------------------------------------------------- example values


@pytest.mark.parametrize(
    ("example", "found"),
    [
        ('{"ratio": NaN}', "NaN"),
        ('{"ratio": Infinity}', "Infinity"),
        ('{"ratio": -Infinity}', "-Infinity"),
        ('{"ratio": 1e999}', "1e999"),
        ('{"id": 123456789012345678901234567890}', "123456789012345678901234567890"),
        ('{"id": -9223372036854775809}', "-9223372036854775809"),
        ('{"name": "\\ud800"}', "a lone surrogate"),
    ],
)
def test_example_values_json_cannot_carry_are_refused(
    tmp_path: Path, example: str, found: str
) -> None:
    text = catalog(route(example=example))
    error = refused(tmp_path, text)
    assert f"{CATALOG_NAME}:{line_of(text, '```json')}" in error
    assert found in error


@pytest.mark.parametrize("depth", [65, 5_000, 100_000])
def test_an_example_nested_too_deep_is_refused(tmp_path: Path, depth: int) -> None:
    text = catalog(route(example="[" * depth + "]" * depth))
    error = refused(tmp_path, text)
    assert "nested deeper than 64 levels" in error


def test_an_example_nested_64_deep_is_kept(tmp_path: Path) -> None:
    code, error, out, _ = generate(tmp_path, catalog(route(example='{"a": ' * 63 + "1" + "}" * 63)))
    assert code == 0, error
    assert (out / "openapi.json").exists()


def test_a_64_bit_integer_example_is_kept(tmp_path: Path) -> None:
    example = '{"id": 9223372036854775807, "low": -9223372036854775808}'
    code, error, out, _ = generate(tmp_path, catalog(route(example=example)))
    assert code == 0, error
    assert '"id": 9223372036854775807' in (out / "openapi.json").read_text()


# --------------------------------------------------------------------------- the overlay


def overlay_for(field: str) -> str:
    return f'[routes."/api/tickets/{{id}}".query.q]\n{field}\n'


@pytest.mark.parametrize(
    ("entry", "found"),
    [
        ('type = "string"\npattern = "([a-z"', "pattern"),
        ('type = "string"\npattern = "(?<=a)b"', "pattern"),
        ('type = "string"\npattern = "\\\\p{L}+"', "pattern"),
        ('type = "string"\nminLength = 99999999999999999999', "minLength"),
        ('type = "array"\nminItems = -5', "minItems"),
        ('type = "string"\nmaxLength = -1', "maxLength"),
        ('type = "integer"\nminimum = inf', "minimum"),
        ('type = "number"\nmaximum = nan', "maximum"),
        ('type = "integer"\nmaximum = 99999999999999999999', "maximum"),
        ('type = "string"\nminLength = 5\nmaxLength = 2', "minLength"),
        ('type = "integer"\nminimum = 5\nmaximum = 2', "minimum"),
        ('type = "array"\nminItems = 3\nmaxItems = 1', "minItems"),
        ('type = "integer"\nenum = [1, 99999999999999999999]', "enum"),
        ('type = "number"\ndefault = nan', "default"),
        ('type = "string"\ndefault = {a = inf}', "default"),
    ],
)
def test_an_invalid_overlay_entry_is_refused(tmp_path: Path, entry: str, found: str) -> None:
    error = refused(tmp_path, catalog(route(query=("q",))), overlay_for(entry))
    assert f"error: {tmp_path / OVERLAY_NAME}" in error
    assert found in error


def test_an_overlay_nested_thousands_deep_is_refused(tmp_path: Path) -> None:
    nested = 'type = "array", items = {' * 3000 + 'type = "string"' + "}" * 3000
    overlay = f'[routes."/api/tickets/{{id}}".query]\nq = {{{nested}}}\n'
    error = refused(tmp_path, catalog(route(query=("q",))), overlay)
    assert str(tmp_path / OVERLAY_NAME) in error


# --------------------------------------------------------------------------- many errors


def test_fifty_thousand_bad_lines_print_a_capped_list(tmp_path: Path) -> None:
    text = "## G\n\n" + "".join(
        f"### `/api/tickets/t{index}`\n\nOwner: nobody\n\n" for index in range(25_000)
    )
    error = refused(tmp_path, text)
    lines = error.splitlines()
    assert len(lines) <= 101
    assert lines[-1] == "error: ... and 24900 more problems (25000 in all)"


# --------------------------------------------------------------------------- Python names


@contextlib.contextmanager
def imported_package(folder: Path) -> Iterator[ModuleType]:
    """The generated package in `folder`, imported in this process under a name of its own
    (its imports are relative), so the shipped `expanse_api` other tests use is untouched;
    forgotten again afterwards."""
    name = f"clashing_client_{uuid.uuid4().hex}"
    spec = importlib.util.spec_from_file_location(
        name, folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    try:
        # A renamed field (`model_dump_`) must not make pydantic warn when an integrator imports
        # or uses the client (body models are imported at the first call that sends one).
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            spec.loader.exec_module(package)
            yield package
    finally:
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]


MYPY_CACHE = ("--cache-dir", str(ROOT / ".mypy_cache" / "tests"))
CLASHING_QUERY = ("timeout", "self", "options", "max_retries", "extra_headers", "result")
CLASHING_FIELDS = ("model_dump", "model_config", "path_segment", "copy", "json", "schema")


def renamed(names: tuple[str, ...], values: str) -> dict[str, str]:
    return {f"{name}_": value for name, value in zip(names, values, strict=True)}


def test_names_that_clash_with_the_client_are_renamed_and_keep_their_wire_name(
    tmp_path: Path,
) -> None:
    text = catalog(
        route(path="/api/tickets", methods="GET", query=CLASHING_QUERY),
        route(path="/api/tickets/{id}", methods="PATCH", body=CLASHING_FIELDS),
    )
    overlay = "".join(
        f'[routes."/api/tickets".query.{name}]\ntype = "string"\nmethods = ["GET"]\n'
        for name in CLASHING_QUERY
    )
    code, error, out, _ = generate(tmp_path, text, overlay)
    assert code == 0, error
    sent = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append({"query": dict(request.url.params), "body": request.content.decode()})
        return httpx.Response(200, json={})

    with imported_package(out / "python" / "expanse_api") as expanse_api:
        http = httpx.Client(transport=httpx.MockTransport(answer))
        client = expanse_api.Expanse(api_key="sk_live_" + "a" * 32, http_client=http)
        # Each clashing name as the client spells it: the wire name and a trailing underscore.
        client.tickets.list(**renamed(CLASHING_QUERY, "123456"), timeout=5)
        client.tickets.update("t_1", **renamed(CLASHING_FIELDS, "abcdef"))
    query, body = sent
    assert query["query"] == {name: str(index) for index, name in enumerate(CLASHING_QUERY, 1)}
    assert json.loads(body["body"]) == dict(zip(CLASHING_FIELDS, "abcdef", strict=True))
    for target in ("ruff", "mypy"):
        tool = Path(sys.executable).parent / target
        # mypy keeps its own incremental cache of httpx and pydantic (ignored by git), so only
        # the freshly generated package is checked from scratch on a warm run
        args = ["check", "--no-cache"] if target == "ruff" else ["--strict", *MYPY_CACHE]
        checked = subprocess.run(
            [str(tool), *args, str(out / "python" / "expanse_api")],
            capture_output=True,
            text=True,
            cwd=out / "python",
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_renamed_name_that_meets_another_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    text = catalog(route(path="/api/tickets", methods="GET", query=("timeout", "timeout_")))
    error = refused(tmp_path, text)
    assert f"{CATALOG_NAME}:{line_of(text, '### ')}" in error
    assert "timeout_" in error

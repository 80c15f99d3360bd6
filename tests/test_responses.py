"""The response side on both catalogs: the shipped transcription (no examples) and the example
catalog (`tests/fixtures/example-catalog.md`, examples as the panel's docs script writes them).

Every JSON success response has a schema; every example validates against the schema the
document publishes for it; merged and nullable shapes read as the inference rules say; the
mock answers with the examples and the generated client reads them back as models over
loopback; an integrator's code type-checks under `mypy --strict` with no cast.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from generator.model import Api, Catalog
from generator.overlay import EMPTY, MethodSpec, Overlay, RouteSpec, ShapeSpec
from generator.pipeline import build, load
from generator.render import render
from generator.resolve import resolve
from tests import typecheck
from tests.conftest import CATALOG, OVERRIDES, ROOT, shipped
from tests.machine import node_modules_or_skip

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE_CATALOG = FIXTURES / "example-catalog.md"
CATALOGS = {"shipped": CATALOG, "examples": EXAMPLE_CATALOG}
INTEGRATOR = ("integrator.py", "reveal.py")  # checked under mypy --strict with the client


@dataclass(frozen=True)
class Built:
    name: str
    catalog: Path
    api: Api
    document: dict[str, Any]
    out: Path  # every generated file, written


@functools.cache
def example_build() -> tuple[Catalog, Api, Mapping[str, str]]:
    """The example catalog through the whole pipeline, once per process (read-only)."""
    catalog, api, _ = load(EXAMPLE_CATALOG, OVERRIDES)
    return catalog, api, MappingProxyType(render(catalog, api))


def files_and_api(name: str) -> tuple[Mapping[str, str], Api]:
    if name == "shipped":
        return shipped().files, shipped().api
    return example_build()[2], example_build()[1]


@pytest.fixture(scope="module", params=sorted(CATALOGS))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    name: str = request.param
    catalog = CATALOGS[name]
    files, api = files_and_api(name)
    out = tmp_path_factory.mktemp(f"generated-{name}")
    for relative, text in files.items():
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        (out / relative).write_text(text, encoding="utf-8")
    return Built(name, catalog, api, json.loads(files["openapi.json"]), out)


@pytest.fixture(scope="module")
def examples() -> Built:
    files, api = files_and_api("examples")
    return Built("examples", EXAMPLE_CATALOG, api, json.loads(files["openapi.json"]), Path())


def json_successes(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """`METHOD /path` -> the application/json content of its 2xx response."""
    found = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                content = response.get("content", {}).get("application/json")
                if status.startswith("2") and content is not None:
                    found[f"{method.upper()} {path}"] = content
    return found


def resolved(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def validator(document: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A Draft 2020-12 validator of `schema` whose `#/components/...` refs reach the document's."""
    rooted = {**schema, "components": document["components"]}
    return Draft202012Validator(rooted, format_checker=Draft202012Validator.FORMAT_CHECKER)


# ----------------------------------------------------------------------------- the document


def test_the_document_is_valid_openapi_3_1(built: Built) -> None:
    from openapi_spec_validator import validate  # here, not at collection (0.15 s a worker)

    validate(built.document)


def test_every_json_success_has_a_schema_and_none_is_closed_or_empty(built: Built) -> None:
    successes = json_successes(built.document)
    assert len(successes) == 131  # 134 operations less 2 binary and 1 redirect
    typed = 0
    for where, content in successes.items():
        schema = resolved(built.document, content["schema"])
        assert schema.get("type") == "object", where
        if schema.get("properties"):
            typed += 1
        else:
            assert schema["additionalProperties"] is True, where  # `unknown` keys, not `never`
    # The shipped catalog names 19 keys and gives no example; the example catalog has 114
    # examples, and its 17 others are the 5 error-only and 12 "See handler" JSON methods.
    assert typed == {"shipped": 19, "examples": 114}[built.name]


def test_every_example_validates_against_the_schema_the_document_publishes(built: Built) -> None:
    checked = 0
    for where, content in json_successes(built.document).items():
        if "example" not in content:
            continue
        check = validator(built.document, content["schema"])
        errors = [error.message for error in check.iter_errors(content["example"])]
        assert errors == [], where
        checked += 1
    assert checked == {"shipped": 0, "examples": 114}[built.name]


def test_array_elements_merge_into_one_shape(examples: Built) -> None:
    listed = resolved(
        examples.document, json_successes(examples.document)["GET /api/zones"]["schema"]
    )
    zone = resolved(examples.document, listed["properties"]["zones"]["items"])
    # `nameservers` is in one element of two: optional; the rest in both: required.
    assert "nameservers" in zone["properties"] and "nameservers" not in zone["required"]
    assert zone["required"] == [
        "id",
        "zone_name",
        "status",
        "team_id",
        "records_count",
        "dnssec_enabled",
        "expires_at",
        "created_at",
    ]
    invoices = json_successes(examples.document)["GET /api/billing/invoices"]["schema"]
    invoice = resolved(
        examples.document, resolved(examples.document, invoices)["properties"]["invoices"]["items"]
    )
    assert invoice["properties"]["total"] == {"type": "number"}  # 24, 19.99 and 0
    assert invoice["properties"]["lines"]["items"]["$ref"].endswith("/Line")


def test_null_beside_a_value_is_that_type_or_null(examples: Built) -> None:
    listed = resolved(
        examples.document, json_successes(examples.document)["GET /api/zones"]["schema"]
    )
    zone = resolved(examples.document, listed["properties"]["zones"]["items"])
    assert zone["properties"]["expires_at"] == {
        "type": ["string", "null"],
        "format": "date-time",
        "x-format-inferred": True,
    }


def test_an_empty_array_stays_open(examples: Built) -> None:
    schema = json_successes(examples.document)["POST /api/zones/{zoneId}/records/bulk-delete"]
    body = resolved(examples.document, schema["schema"])
    assert body["properties"]["failed"] == {"type": "array", "items": {}}


def test_a_shape_s_origin_is_stated_on_every_json_success(built: Built) -> None:
    origins = {
        where: response["x-shape-origin"]
        for path, item in built.document["paths"].items()
        for method, op in item.items()
        for status, response in op["responses"].items()
        if status.startswith("2")
        and "content" in response
        and "application/json" in response["content"]
        for where in [f"{method.upper()} {path}"]
    }
    counts = {origin: list(origins.values()).count(origin) for origin in set(origins.values())}
    expected = {
        "shipped": {"response-key": 19, "assumed": 112},
        "examples": {"example": 114, "assumed": 17},
    }
    assert counts == expected[built.name]


# ----------------------------------------------------------------------------- the overlay


def overlay_declaring(path: str, method: str, response: dict[str, Any]) -> Overlay:
    spec = MethodSpec(
        response={key: ShapeSpec.model_validate(value) for key, value in response.items()}
    )
    return EMPTY.model_copy(update={"routes": {path: RouteSpec(methods={method: spec})}})


def test_the_overlay_declares_a_shape_where_the_catalog_has_no_example() -> None:
    catalog = shipped().catalog
    overlay = overlay_declaring(
        "/api/billing/summary",
        "GET",
        {"balance": {"type": "number"}, "currency": {"type": "string", "required": False}},
    )
    api, _ = resolve(catalog, overlay, "catalog.md", "overrides.toml")
    (op,) = [op for op in api.operations if op.path == "/api/billing/summary"]
    assert op.response.shape_origin == "overlay"
    assert op.response.type is not None and op.response.type.required == ("balance",)


def test_an_example_that_misfits_the_declared_shape_is_a_warning_naming_route_and_key_path() -> (
    None
):
    catalog = example_build()[0]
    overlay = overlay_declaring(
        "/api/zones",
        "GET",
        {
            "zones": {
                "type": "array",
                "items": {"type": "object", "properties": {"records_count": {"type": "string"}}},
            },
            "cursor": {"type": "string"},
        },
    )
    _, warnings = resolve(catalog, overlay, "catalog.md", "overrides.toml")
    messages = [w.message for w in warnings if "GET /api/zones:" in w.message]
    assert any("zones[0].records_count: found integer, expected string" in m for m in messages)
    assert any("cursor: missing" in m for m in messages)


# ----------------------------------------------------------------------------- the client


def run_client(built: Built, *args: str) -> subprocess.CompletedProcess[str]:
    env = typecheck.python_env(PYTHONPATH=os.pathsep.join([str(built.out / "python"), str(ROOT)]))
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )


def test_the_mock_answers_with_each_example_and_the_client_reads_it_as_a_model(
    built: Built,
) -> None:
    """Over loopback, sync and async: every operation whose catalog entry has an example."""
    if built.name == "shipped":
        assert not any(op.response.example for op in built.api.operations)
        return
    script = str(FIXTURES / "client_reads_examples.py")
    done = run_client(built, "-W", "error::UserWarning", script, str(built.catalog), str(OVERRIDES))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["client"].startswith(str(built.out))  # the client generated from this catalog
    assert summary == {**summary, "operations": 114, "failures": []}


def test_an_integrator_reads_nested_fields_under_mypy_strict_with_no_cast() -> None:
    """tests/fixtures/integrator.py and reveal.py beside the client generated from the example
    catalog, in one mypy run (tests/typecheck.py)."""
    package = {
        name.removeprefix("python/"): text
        for name, text in files_and_api("examples")[0].items()
        if name.startswith("python/")
    }
    snippets = {name: (FIXTURES / name).read_text(encoding="utf-8") for name in INTEGRATOR}
    done = typecheck.mypy_strict("examples", package, snippets)
    assert done.returncode == 0, done.output
    assert typecheck.mypy_checked_files(done) == len(
        [name for name in package if name.endswith(".py")]
    ) + len(snippets), done.output
    revealed = [
        line.split("Revealed type is ", 1)[1]
        for line in done.output.splitlines()
        if "Revealed" in line
    ]
    assert revealed == [
        '"expanse_api.responses.ZoneListResponse"',
        '"str | None"',
        '"list[expanse_api.responses.Line]"',
    ]
    code = snippets["integrator.py"]
    assert "cast(" not in code and "type: ignore" not in code and "Any" not in code


# ----------------------------------------------------------------------------- TypeScript

# openapi-typescript always writes these two for a document without webhooks or $defs.
EMPTY_TOP_LEVEL = {
    "export type webhooks = Record<string, never>;",
    "export type $defs = Record<string, never>;",
}


def test_openapi_typescript_types_every_response_and_none_as_never(built: Built) -> None:
    node_modules_or_skip("openapi-typescript")
    # Both catalogs' documents in one openapi-typescript run (the first test asks for both).
    documents = {name: files_and_api(name)[0]["openapi.json"] for name in sorted(CATALOGS)}
    text, log = typecheck.openapi_typescript(documents)[built.name]
    assert text is not None, log
    never = [line.strip() for line in text.splitlines() if "Record<string, never>" in line]
    assert set(never) == EMPTY_TOP_LEVEL, never
    if built.name == "examples":
        assert 'zones: components["schemas"]["ZoneListResponseZone"][];' in text
        assert "expires_at: string | null;" in text


# ----------------------------------------------------------------------------- diff


def document_with(tmp_path: Path, old: str, new: str) -> dict[str, Any]:
    """The example catalog's document after replacing `old` by `new` in its text once."""
    text = EXAMPLE_CATALOG.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    catalog = tmp_path / "catalog.md"
    catalog.write_text(text.replace(old, new, 1), encoding="utf-8")
    document: dict[str, Any] = json.loads(build(catalog, OVERRIDES)[0]["openapi.json"])
    return document


@pytest.mark.parametrize(
    ("old", "new", "expected", "severity"),
    [
        pytest.param('"tld": "com",\n', "", "response-field-removed", "breaking", id="removed"),
        pytest.param('"tld": "com"', '"tld": 1', "type-changed", "breaking", id="retyped"),
        pytest.param(
            '"renew": 12.49,', '"renew": "12.49",', "type-changed", "breaking", id="nested retyped"
        ),
        pytest.param(
            '"tld": "com",', '"tld": "com", "idn": false,', "response-field-added", "info"
        ),
    ],
)
def test_diff_classifies_response_changes_for_clients(
    examples: Built, tmp_path: Path, old: str, new: str, expected: str, severity: str
) -> None:
    """A changed example changes the inferred shape; diff sees it through the $refs."""
    from generator.diff.compare import compare

    findings = compare(examples.document, document_with(tmp_path, old, new))
    found = [(f.rule, f.severity) for f in findings if f.operation == "GET /api/domains/price"]
    assert found == [(expected, severity)]

"""`python -m generator diff`: catalog and overlay edits classified as integrators feel them."""

from __future__ import annotations

import copy
import functools
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.diff import rules
from generator.diff.compare import compare
from generator.diff.rules import Finding
from generator.pipeline import load
from generator.targets import openapi
from tests.conftest import CATALOG, OVERRIDES, ROOT, shipped

Document = dict[str, Any]
Edit = Callable[[str, str], tuple[str, str]]
Expected = list[tuple[str, str, str]]


@pytest.fixture(scope="module")
def original() -> Document:
    document: Document = json.loads(shipped().files["openapi.json"])
    return document


def build_document(folder: Path, catalog_text: str, overlay_text: str) -> Document:
    """The openapi.json `generate` writes for this catalog and overlay (the other targets,
    which the differ never reads, are not rendered)."""
    catalog, overlay = folder / "routes.md", folder / "overrides.toml"
    catalog.write_text(catalog_text, encoding="utf-8")
    overlay.write_text(overlay_text, encoding="utf-8")
    _, api, _ = load(catalog, overlay)  # overlay warnings (an entry for a removed route) are fine
    document: Document = json.loads(openapi.render(api)["openapi.json"])
    return document


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"expected exactly one {old!r}"
    return text.replace(old, new)


def route_section(catalog: str, path: str) -> str:
    found = re.search(rf"^### `{re.escape(path)}`\n.*?(?=^#{{2,3}} |\Z)", catalog, re.M | re.S)
    assert found, path
    return found.group(0)


def edit_route(catalog: str, path: str, old: str, new: str) -> str:
    section = route_section(catalog, path)
    return replace_once(catalog, section, replace_once(section, old, new))


def keys(findings: list[Finding]) -> Expected:
    return [(item.severity, item.rule, item.operation) for item in findings]


# --------------------------------------------------------------------------- catalog edits

HISTORY = "/api/zones/{zoneId}/history"
HISTORY_LIMIT = (
    'limit = { description = "Maximum number of history entries returned (a number, sent as '
    'text)." }'
)
EXAMPLE_MARKER = "Example success response body (shape from handler; illustrative values):"
NEW_ROUTE = """### `/api/zones/{zoneId}/stats`

Source: `src/app/api/zones/[zoneId]/stats/route.ts`

HTTP: GET

**Description:**

- GET /api/zones/[zoneId]/stats - Query statistics of the zone

#### GET

Example success response body (shape from handler; illustrative values):

"""


def remove_route(catalog: str, overlay: str) -> tuple[str, str]:
    return replace_once(catalog, route_section(catalog, "/api/zones/{zoneId}/dnssec"), ""), overlay


def remove_method(catalog: str, overlay: str) -> tuple[str, str]:
    path = "/api/zones/{zoneId}/health-checks/{healthCheckId}"
    catalog = edit_route(catalog, path, "HTTP: GET, PATCH, DELETE", "HTTP: GET, PATCH")
    return edit_route(catalog, path, f"#### DELETE\n\n{EXAMPLE_MARKER}\n\n", ""), overlay


def require_optional_param(catalog: str, overlay: str) -> tuple[str, str]:
    required = HISTORY_LIMIT.replace("description", "required = true, description")
    return catalog, replace_once(overlay, HISTORY_LIMIT, required)


def add_required_param(catalog: str, overlay: str) -> tuple[str, str]:
    limit = "- `limit` (string) — required or optional per handler validation\n"
    cursor = "- `cursor` (string) — required or optional per handler validation\n"
    catalog = edit_route(catalog, HISTORY, limit, limit + cursor)
    entry = 'cursor = { required = true, description = "Page cursor." }'
    return catalog, replace_once(overlay, HISTORY_LIMIT, f"{HISTORY_LIMIT}\n{entry}")


def move_route_to_other_prefix(catalog: str, overlay: str) -> tuple[str, str]:
    catalog = replace_once(
        catalog, "### `/api/domains/{id}/authcode`\n", "### `/api/zones/{id}/authcode`\n"
    )
    source = "src/app/api/domains/[id]/authcode/route.ts"
    return replace_once(catalog, source, source.replace("domains", "zones")), overlay


def add_route(catalog: str, overlay: str) -> tuple[str, str]:
    return replace_once(
        catalog, "### `/api/zones/scan`\n", NEW_ROUTE + "### `/api/zones/scan`\n"
    ), (overlay)


def add_optional_field(catalog: str, overlay: str) -> tuple[str, str]:
    catalog = edit_route(catalog, "/api/zones/scan", "  - domain\n", "  - domain\n  - deep\n")
    domain = 'domain = { type = "string", description = "Domain scanned for existing records." }'
    deep = 'deep = { type = "boolean", description = "Also scan uncommon record names." }'
    return catalog, replace_once(overlay, domain, f"{domain}\n{deep}")


def change_description_line(catalog: str, overlay: str) -> tuple[str, str]:
    line = "- Requires auth. Returns settings needed to compute tax and payment gateway fees."
    return replace_once(catalog, line, line.replace("tax and", "VAT and")), overlay


def remove_enum_value(catalog: str, overlay: str) -> tuple[str, str]:
    return catalog, replace_once(overlay, '["json", "csv", "bind"]', '["json", "csv"]')


def change_param_type(catalog: str, overlay: str) -> tuple[str, str]:
    limit = "- `limit` (string) — required or optional per handler validation\n"
    return edit_route(catalog, HISTORY, limit, limit.replace("string", "integer")), overlay


def deprecate_operation(catalog: str, overlay: str) -> tuple[str, str]:
    return catalog, overlay + f'\n[routes."{HISTORY}".methods.GET]\ndeprecated = true\n'


def rename_path_param(catalog: str, overlay: str) -> tuple[str, str]:
    catalog = replace_once(
        catalog,
        "### `/api/billing/invoices/{id}/pay`\n",
        "### `/api/billing/invoices/{invoiceId}/pay`\n",
    )
    return (
        replace_once(
            catalog,
            "src/app/api/billing/invoices/[id]/pay/route.ts",
            "src/app/api/billing/invoices/[invoiceId]/pay/route.ts",
        ),
        overlay,
    )


def change_nested_field_type(catalog: str, overlay: str) -> tuple[str, str]:
    table = overlay.index('[routes."/api/zones".body.CreateZoneSchema]')
    ttl = 'ttl = { in = "records", type = "integer"'
    head, tail = overlay[:table], overlay[table:]
    return catalog, head + tail.replace(ttl, ttl.replace("integer", "string"), 1)


def rename_response_key(catalog: str, overlay: str) -> tuple[str, str]:
    return edit_route(catalog, HISTORY, "key `history`", "key `entries`"), overlay


def drop_multipart(catalog: str, overlay: str) -> tuple[str, str]:
    table = '[routes."/api/tickets/{id}/messages".multipart]\n'
    files = overlay[overlay.index(table) + len(table) :].split("\n", 1)[0] + "\n"
    return catalog, replace_once(overlay, table + files, "")


def require_optional_field(catalog: str, overlay: str) -> tuple[str, str]:
    dry_run = 'dryRun = { type = "boolean", description'
    return catalog, replace_once(
        overlay, dry_run, dry_run.replace("description", "required = true, description")
    )


EDITS: list[tuple[Edit, Expected]] = [
    (
        remove_route,
        [
            ("breaking", "operation-removed", "GET /api/zones/{zoneId}/dnssec"),
            ("breaking", "operation-removed", "POST /api/zones/{zoneId}/dnssec"),
        ],
    ),
    (
        remove_method,
        [
            (
                "breaking",
                "operation-removed",
                "DELETE /api/zones/{zoneId}/health-checks/{healthCheckId}",
            )
        ],
    ),
    (
        require_optional_param,
        [
            ("breaking", "param-became-required", f"GET {HISTORY}"),
            # An unsourced `required` is an assumption, and the description says so.
            ("info", "description-changed", f"GET {HISTORY}"),
        ],
    ),
    (add_required_param, [("breaking", "required-param-added", f"GET {HISTORY}")]),
    (
        move_route_to_other_prefix,
        [
            ("breaking", "operation-removed", "GET /api/domains/{id}/authcode"),
            ("info", "operation-added", "GET /api/zones/{id}/authcode"),
        ],
    ),
    (add_route, [("info", "operation-added", "GET /api/zones/{zoneId}/stats")]),
    (add_optional_field, [("info", "optional-field-added", "POST /api/zones/scan")]),
    (
        change_description_line,
        [("info", "description-changed", "GET /api/billing/checkout-settings")],
    ),
    (remove_enum_value, [("breaking", "enum-value-removed", "GET /api/zones/{zoneId}/export")]),
    (change_param_type, [("breaking", "type-changed", f"GET {HISTORY}")]),
    (deprecate_operation, [("warning", "operation-deprecated", f"GET {HISTORY}")]),
    (
        rename_path_param,
        [("breaking", "path-param-renamed", "POST /api/billing/invoices/{invoiceId}/pay")],
    ),
    (change_nested_field_type, [("breaking", "type-changed", "POST /api/zones")]),
    (
        rename_response_key,
        [
            ("breaking", "response-field-removed", f"GET {HISTORY}"),
            ("info", "response-field-added", f"GET {HISTORY}"),
        ],
    ),
    (
        drop_multipart,
        [("breaking", "request-media-type-removed", "POST /api/tickets/{id}/messages")],
    ),
    (
        require_optional_field,
        [
            ("breaking", "field-became-required", "POST /api/zones/{zoneId}/import"),
            ("info", "description-changed", "POST /api/zones/{zoneId}/import"),
        ],
    ),
]


@pytest.fixture(scope="module")
def sources() -> tuple[str, str]:
    return CATALOG.read_text(encoding="utf-8"), OVERRIDES.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def edited(
    sources: tuple[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Callable[[Edit], Document]:
    """The document after an edit, built once per module and shared read-only (the differ
    never changes the documents it compares)."""

    @functools.cache
    def document(edit: Edit) -> Document:
        return build_document(tmp_path_factory.mktemp(edit.__name__), *edit(*sources))

    return document


@pytest.mark.parametrize(("edit", "expected"), EDITS, ids=[edit.__name__ for edit, _ in EDITS])
def test_catalog_edit_gives_exactly_the_expected_findings(
    edit: Edit,
    expected: Expected,
    original: Document,
    edited: Callable[[Edit], Document],
) -> None:
    new = edited(edit)
    assert keys(compare(original, new)) == expected
    assert compare(new, new) == []
    assert len(compare(new, original)) == len(expected)  # undoing it is a change too


def test_messages_name_what_changed_for_the_caller(
    original: Document, edited: Callable[[Edit], Document]
) -> None:
    def message(edit: Edit) -> list[str]:
        return [item.message for item in compare(original, edited(edit))]

    assert message(change_nested_field_type) == ["body field records[].ttl: type integer -> string"]
    assert message(rename_path_param) == [
        "path parameter id -> invoiceId (was /api/billing/invoices/{id}/pay): "
        "clients passing it by name break"
    ]
    assert message(remove_enum_value) == ["query parameter format: enum value bind removed"]
    assert message(move_route_to_other_prefix) == [
        "operation retrieveDomainAuthcode removed: the path is gone, callers get 404",
        "new operation retrieveZoneAuthcode (scope dns.read)",
    ]
    assert message(remove_method)[0].endswith("the path remains, callers get 405")


def test_identical_documents_have_no_findings(original: Document) -> None:
    assert compare(original, copy.deepcopy(original)) == []


# --------------------------------------------------------------------------- access


def set_scope(document: Document, method: str, path: str, scope: str | None) -> Document:
    changed = copy.deepcopy(document)
    operation = changed["paths"][path][method]
    operation["x-required-scope"] = scope
    operation["security"] = [] if scope is None else [{"bearerAuth": [scope]}, {"clerkSession": []}]
    return changed


def test_a_different_scope_on_the_same_operation_is_breaking(original: Document) -> None:
    old = set_scope(original, "post", "/api/zones", "dns.read")
    assert compare(old, original) == [
        Finding(
            "breaking",
            "scope-changed",
            "POST /api/zones",
            "scope dns.read -> dns.write: keys with only dns.read now get 403",
        )
    ]


def test_a_role_that_is_not_a_string_is_compared_by_its_json_not_a_crash(
    original: Document,
) -> None:
    odd = set_scope(original, "post", "/api/zones", "dns.write")
    odd["paths"]["/api/zones"]["post"]["security"][0]["bearerAuth"] = [{"scope": "dns.write"}]
    assert compare(odd, original) == [
        Finding(
            "warning",
            "scope-relaxed",
            "POST /api/zones",
            'scope dns.write + {"scope": "dns.write"} -> dns.write: keys with fewer scopes now get in',
        )
    ]
    assert compare(odd, odd) == []


def test_public_to_authenticated_is_breaking_and_back_is_a_warning(original: Document) -> None:
    public = set_scope(original, "get", "/api/billing/checkout-settings", None)
    operation = "GET /api/billing/checkout-settings"
    assert keys(compare(public, original)) == [("breaking", "auth-required", operation)]
    assert keys(compare(original, public)) == [("warning", "auth-removed", operation)]


def test_a_renamed_security_scheme_changes_nothing_for_callers(original: Document) -> None:
    renamed = json.loads(json.dumps(original).replace('"bearerAuth"', '"apiKey"'))
    assert compare(renamed, original) == [
        Finding(
            "info",
            "security-scheme-renamed",
            "",
            "security scheme apiKey renamed bearerAuth (callers send the same)",
        )
    ]
    changed = copy.deepcopy(renamed)
    changed["components"]["securitySchemes"]["apiKey"]["scheme"] = "basic"
    assert ("breaking", "auth-method-removed", "GET /api/zones") in keys(compare(changed, original))


def test_dropping_the_session_alternative_is_breaking(original: Document) -> None:
    key_only = copy.deepcopy(original)
    key_only["paths"]["/api/zones"]["get"]["security"] = [{"bearerAuth": ["dns.read"]}]
    assert compare(original, key_only) == [
        Finding(
            "breaking",
            "auth-method-removed",
            "GET /api/zones",
            "clerkSession no longer accepted: its callers get 401",
        )
    ]


# --------------------------------------------------------------------------- schemas


def document_with(request: dict[str, Any], response: dict[str, Any]) -> Document:
    """A one-operation document whose schemas sit under components, reached by `$ref`."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {
            "/api/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/In"}}
                        },
                    },
                    "responses": {
                        "200": {"$ref": "#/components/responses/Thing"},
                    },
                }
            }
        },
        "components": {
            "schemas": {"In": request, "Out": response},
            "responses": {
                "Thing": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Out"}}
                    },
                }
            },
        },
    }


def thing(**overrides: Any) -> dict[str, Any]:
    properties = {
        "name": {"type": "string", "maxLength": 64},
        "size": {"type": "integer", "default": 1, "minimum": 0},
        "kind": {"type": "string", "enum": ["a", "b"]},
    }
    for key, value in overrides.items():
        properties[key] = value
    return {"type": "object", "required": ["name"], "properties": properties}


SCHEMA_CHANGES: list[tuple[str, dict[str, Any], Expected, list[str]]] = [
    (
        "request",
        {"name": {"type": "string", "maxLength": 32}},
        [("breaking", "max-lowered", "POST /api/things")],
        ["body field name: maxLength 64 -> 32"],
    ),
    (
        "request",
        {"size": {"type": "integer", "default": 1, "minimum": 0, "maximum": 10}},
        [("breaking", "max-lowered", "POST /api/things")],
        ["body field size: maximum (none) -> 10"],
    ),
    (
        "request",
        {"name": {"type": "string", "maxLength": 64, "pattern": "^[a-z]+$"}},
        [("breaking", "pattern-changed", "POST /api/things")],
        ["body field name: pattern (none) -> ^[a-z]+$"],
    ),
    (
        "request",
        {"name": {"type": "string", "maxLength": 64, "format": "email"}},
        [("breaking", "format-changed", "POST /api/things")],
        ["body field name: format (none) -> email"],
    ),
    (
        "request",
        {"size": {"type": "integer", "default": 5, "minimum": 0}},
        [("warning", "default-changed", "POST /api/things")],
        ["body field size: default 1 -> 5"],
    ),
    (
        "request",
        {"kind": {"type": "string", "enum": ["a", "b", "c"]}},
        [("info", "enum-value-added", "POST /api/things")],
        ["body field kind: enum value c added"],
    ),
    (
        "request",
        {"name": {"type": "string", "maxLength": 64, "enum": ["x", "y"]}},
        [("breaking", "enum-added", "POST /api/things")],
        ["body field name: now limited to x, y"],
    ),
    (
        "request",
        {"size": {"type": "number", "default": 1, "minimum": 0}},
        [("info", "type-widened", "POST /api/things")],
        ["body field size: type integer -> number"],
    ),
    (
        "response",
        {"kind": {"type": ["string", "null"], "enum": ["a", "b", None]}},
        [("warning", "response-nullable-added", "POST /api/things")],
        ["response 200 field kind: may now be null"],
    ),
    (
        "response",
        {"kind": {"type": "string", "enum": ["a", "b", "c"]}},
        [("warning", "response-enum-value-added", "POST /api/things")],
        ["response 200 field kind: enum value c added"],
    ),
    (
        "response",
        {"kind": {"type": "string", "enum": ["a"]}},
        [("info", "response-constraint-tightened", "POST /api/things")],
        ["response 200 field kind: enum value b removed"],
    ),
    (
        "response",
        {"name": {"type": "string", "maxLength": 64, "enum": ["x", "y"]}},
        [("info", "response-constraint-tightened", "POST /api/things")],
        ["response 200 field name: now limited to x, y"],
    ),
    (
        "response",
        {"size": {"type": "string", "default": 1, "minimum": 0}},
        [("breaking", "type-changed", "POST /api/things")],
        ["response 200 field size: type integer -> string"],
    ),
]


@pytest.mark.parametrize(("side", "overrides", "expected", "messages"), SCHEMA_CHANGES)
def test_schema_changes_through_refs_by_direction(
    side: str, overrides: dict[str, Any], expected: Expected, messages: list[str]
) -> None:
    old = document_with(thing(), thing())
    changed = thing(**overrides)
    new = document_with(changed, thing()) if side == "request" else document_with(thing(), changed)
    findings = compare(old, new)
    assert keys(findings) == expected
    assert [item.message for item in findings] == messages


def test_response_keys_and_requiredness() -> None:
    old = document_with(thing(), thing())
    fewer = thing()
    del fewer["properties"]["name"]
    fewer["required"] = []
    assert keys(compare(old, document_with(thing(), fewer))) == [
        ("breaking", "response-field-removed", "POST /api/things")
    ]
    optional = {**thing(), "required": []}
    assert keys(compare(old, document_with(thing(), optional))) == [
        ("breaking", "response-field-became-optional", "POST /api/things")
    ]
    assert keys(compare(old, document_with(optional, thing()))) == [
        ("info", "field-became-optional", "POST /api/things")
    ]


def test_all_of_parts_are_merged_and_recursive_schemas_terminate() -> None:
    tree = {
        "type": "object",
        "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/In"}}},
    }
    old = document_with({"allOf": [tree, {"properties": {"a": {"type": "string"}}}]}, thing())
    new = copy.deepcopy(old)
    new["components"]["schemas"]["In"]["allOf"][1]["required"] = ["a"]
    # children[] is the same schema again: its change is reported once, where it is defined
    assert compare(old, new) == [
        Finding(
            "breaking", "field-became-required", "POST /api/things", "body field a: now required"
        )
    ]


def test_a_change_behind_references_is_found_when_the_schema_itself_reads_the_same() -> None:
    """The differ skips a schema only when it and everything it references, transitively, read
    the same in both documents: a change two references away is still found."""

    def chained(base: dict[str, Any]) -> Document:
        document = document_with({"$ref": "#/components/schemas/Middle"}, thing())
        document["components"]["schemas"] |= {
            "Middle": {"allOf": [{"$ref": "#/components/schemas/Base"}]},
            "Base": base,
        }
        return document

    narrower = thing(name={"type": "string", "maxLength": 32})
    assert [item.message for item in compare(chained(thing()), chained(narrower))] == [
        "body field name: maxLength 64 -> 32"
    ]
    assert compare(chained(thing()), chained(thing())) == []


def test_values_python_calls_equal_but_json_tells_apart_are_still_compared() -> None:
    """`true == 1` in Python, not in JSON: an alternative changed from one to the other is a
    change, so the shortcut for unchanged schemas compares JSON text, not Python values."""
    old = document_with(thing(kind={"anyOf": [{"const": True}]}), thing())
    new = document_with(thing(kind={"anyOf": [{"const": 1}]}), thing())
    assert keys(compare(old, new)) == [
        ("breaking", "type-narrowed", "POST /api/things"),
        ("info", "type-widened", "POST /api/things"),
    ]


def test_an_unchanged_recursive_schema_has_no_findings() -> None:
    tree = {
        "type": "object",
        "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/In"}}},
    }
    old = document_with(tree, thing())
    assert compare(old, copy.deepcopy(old)) == []


def test_findings_sort_by_severity_then_operation(original: Document) -> None:
    new = copy.deepcopy(original)
    del new["paths"]["/api/zones/scan"]
    new["paths"]["/api/tickets"]["get"]["deprecated"] = True
    new["paths"]["/api/billing/summary"]["get"]["summary"] = "Balance"
    new["info"]["version"] = "2.0.0"
    assert keys(compare(original, new)) == [
        ("breaking", "operation-removed", "POST /api/zones/scan"),
        ("warning", "operation-deprecated", "GET /api/tickets"),
        ("info", "api-version-changed", ""),
        ("info", "summary-changed", "GET /api/billing/summary"),
    ]


def test_the_documented_rule_table_lists_every_rule_under_its_severity() -> None:
    """The rules table integrators read (README.md or docs/) is the code's table, row by row."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    listed: dict[str, str] = {}
    for page in pages:
        for line in page.read_text(encoding="utf-8").splitlines():
            row = re.match(r"^\| (breaking|warning|info) \| (.*) \|$", line)
            if row:
                listed |= dict.fromkeys(re.findall(r"`([a-z-]+)`", row.group(2)), row.group(1))
    assert listed == rules.RULES


def test_the_package_imports_only_the_standard_library_at_top_level() -> None:
    code = (
        "import sys; import generator.diff; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('generator', 'pydantic', 'jinja2', 'markdown_it', 'yaml', 'orjson')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded = result.stdout.strip().strip("[]").replace("'", "").split(", ")
    shared = ("generator", "generator.naming", "generator.problems")  # standard library only
    assert all(name.startswith("generator.diff") or name in shared for name in loaded), loaded


# --------------------------------------------------------------------------- command line


def write(path: Path, document: Document) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document) + "\n", encoding="utf-8")  # one line: C encoder
    return str(path)


def mixed_changes(original: Document) -> Document:
    """One breaking, one warning and one info finding."""
    new = copy.deepcopy(original)
    del new["paths"]["/api/zones/scan"]
    new["paths"]["/api/tickets"]["get"]["deprecated"] = True
    new["paths"]["/api/billing/summary"]["get"]["summary"] = "Balance"
    return new


def test_identical_inputs_print_no_changes_and_exit_0(
    original: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(tmp_path / "old.json", original)
    new = write(tmp_path / "new.json", original)
    assert main(["diff", old, new, "--fail-on", "warning"]) == 0
    assert capsys.readouterr().out == "No changes.\n"


def test_text_lists_one_line_per_finding_then_counts(
    original: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(tmp_path / "old.json", set_scope(original, "post", "/api/zones", "dns.read"))
    new = write(tmp_path / "new.json", original)
    assert main(["diff", old, new]) == 0
    assert capsys.readouterr().out == (
        "BREAKING  scope-changed  POST /api/zones  "
        "scope dns.read -> dns.write: keys with only dns.read now get 403\n"
        "\n1 breaking, 0 warnings, 0 info\n"
    )


@pytest.mark.parametrize(
    ("fail_on", "changes", "code"),
    [
        (None, "breaking", 0),
        ("breaking", "breaking", 1),
        ("breaking", "warning", 0),
        ("warning", "warning", 1),
        ("warning", "info", 0),
    ],
)
def test_fail_on_sets_the_exit_code(
    original: Document, tmp_path: Path, fail_on: str | None, changes: str, code: int
) -> None:
    new = copy.deepcopy(original)
    if changes == "breaking":
        del new["paths"]["/api/zones/scan"]
    elif changes == "warning":
        new["paths"]["/api/tickets"]["get"]["deprecated"] = True
    else:
        new["paths"]["/api/billing/summary"]["get"]["summary"] = "Balance"
    args = ["diff", write(tmp_path / "old.json", original), write(tmp_path / "new.json", new)]
    assert main(args + (["--fail-on", fail_on] if fail_on else [])) == code


def test_json_format_has_summary_and_findings(
    original: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(tmp_path / "old.json", original)
    new = write(tmp_path / "new.json", mixed_changes(original))
    assert main(["diff", old, new, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"] == {"breaking": 1, "warning": 1, "info": 1}
    assert report["findings"][0] == {
        "severity": "breaking",
        "rule": "operation-removed",
        "operation": "POST /api/zones/scan",
        "message": "operation scanZones removed: the path is gone, callers get 404",
    }


def test_markdown_format_has_a_section_per_severity(
    original: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(tmp_path / "old.json", original)
    new = write(tmp_path / "new.json", mixed_changes(original))
    assert main(["diff", old, new, "--format", "markdown"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "## API changes: 1 breaking, 1 warning, 1 other"
    headings = [line for line in lines if line.startswith("### ")]
    assert headings == ["### Breaking changes", "### Warnings", "### Other changes"]
    assert "- `GET /api/tickets`: operation deprecated: plan to migrate off it " in "\n".join(lines)


def test_markdown_lists_scope_changes_first_in_their_section_and_marks_them(
    original: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = set_scope(original, "post", "/api/zones", "dns.read")
    old = set_scope(old, "get", "/api/billing/checkout-settings", None)
    # a removed DELETE: breaking, and sorted before both scope changes by operation
    removed = copy.deepcopy(old["paths"]["/api/zones/scan"]["post"])
    removed["operationId"] = "deleteZonesScan"
    old["paths"]["/api/zones/scan"]["delete"] = removed
    del old["paths"]["/api/tickets"]  # an addition: info, never marked
    new = write(tmp_path / "new.json", original)
    assert main(["diff", write(tmp_path / "old.json", old), new, "--format", "markdown"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "## API changes: 3 breaking, 0 warnings, 2 other"
    breaking = lines[lines.index("### Breaking changes") + 2 : lines.index("### Other changes") - 1]
    assert [line.split("`")[1] for line in breaking] == [
        "GET /api/billing/checkout-settings",
        "POST /api/zones",
        "DELETE /api/zones/scan",
    ]
    assert breaking[1] == (
        "- **Scope change** `POST /api/zones`: scope dns.read -> dns.write: keys with only "
        "dns.read now get 403 (`scope-changed`)"
    )
    assert [line.startswith("- **Scope change** ") for line in breaking] == [True, True, False]
    others = lines[lines.index("### Other changes") + 2 :]
    assert others and not any("**Scope change**" in line for line in others)
    assert set(rules.SCOPE_RULES) <= set(rules.RULES)


def git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    identity = ["-c", "user.name=Test", "-c", "user.email=test@example.com"]
    subprocess.run(["git", *identity, *args], cwd=repo, env=env, check=True, capture_output=True)


def test_git_revisions_are_read_from_the_repository_here(
    original: Document,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    git(tmp_path, "init", "-q")
    document = tmp_path / "generated" / "openapi.json"
    write(document, set_scope(original, "post", "/api/zones", "dns.read"))
    git(tmp_path, "add", "generated/openapi.json")
    git(tmp_path, "commit", "-q", "-m", "old")
    write(document, original)
    git(tmp_path, "commit", "-q", "-a", "-m", "new")
    monkeypatch.chdir(tmp_path)
    assert main(["diff", "HEAD~1", "HEAD", "--fail-on", "breaking"]) == 1
    assert "BREAKING  scope-changed  POST /api/zones  scope dns.read -> dns.write" in (
        capsys.readouterr().out
    )
    # an existing file wins over a revision of the same name
    same_as_old = tmp_path / "HEAD"
    write(same_as_old, set_scope(original, "post", "/api/zones", "dns.read"))
    assert main(["diff", "HEAD~1", "HEAD"]) == 0
    assert capsys.readouterr().out == "No changes.\n"
    same_as_old.unlink()
    # --path names the document inside a revision
    git(tmp_path, "mv", "generated/openapi.json", "api.json")
    git(tmp_path, "commit", "-q", "-m", "moved")
    assert main(["diff", "HEAD~1", "HEAD", "--path", "api.json"]) == 2
    assert "error: HEAD~1:api.json: revision HEAD~1 has no api.json" in capsys.readouterr().err
    assert main(["diff", "HEAD~2", "HEAD", "--path", "api.json"]) == 2
    capsys.readouterr()
    assert main(["diff", "HEAD~2", "api.json"]) == 0  # a revision against a file
    assert "BREAKING  scope-changed" in capsys.readouterr().out


def test_unknown_revision_or_file_is_a_clear_input_error(
    original: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = write(tmp_path / "new.json", original)
    assert main(["diff", "no-such-rev-or-file", new]) == 2
    assert capsys.readouterr().err == (
        "error: no-such-rev-or-file: no such file, and not a git revision of the repository "
        "here; expected an openapi.json path or a revision such as HEAD~1, origin/main or a sha\n"
    )
    broken = tmp_path / "broken.json"
    broken.write_text('{"paths": {}\n', encoding="utf-8")
    assert main(["diff", str(broken), new]) == 2
    assert capsys.readouterr().err.startswith(f"error: {broken}:2: invalid JSON")
    not_openapi = tmp_path / "list.json"
    not_openapi.write_text("[]", encoding="utf-8")
    assert main(["diff", str(not_openapi), new]) == 2
    assert "not an OpenAPI document" in capsys.readouterr().err

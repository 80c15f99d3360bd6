"""The scope map: one rule, the same answers from Python, JSON, TypeScript and OpenAPI."""

from __future__ import annotations

import functools
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator import scopes
from generator.cli import main
from generator.model import Api
from tests import typecheck
from tests.conftest import ROOT, shipped
from tests.machine import typescript_or_skip

CASES = json.loads((Path(__file__).parent / "scope_cases.json").read_text())
FILES = shipped().files
SCOPE_MAP = json.loads(FILES["scopes.json"])
OPENAPI = json.loads(FILES["openapi.json"])
SHIPPED_MODULE = "api-route-permissions.ts"
BIG_MODULE = "api-route-permissions-20000.ts"  # the module for 20,000 operations


def python_answer(method: str, path: str) -> str | None:
    try:
        return scopes.required_scope(method, path)
    except scopes.OutsideSurface:
        return "OUTSIDE"


def concrete(path: str) -> str:
    """A real URL path for a template: every `{param}` becomes an id."""
    return "/".join("x_1" if part.startswith("{") else part for part in path.split("/"))


@pytest.mark.parametrize(("method", "path", "expected"), CASES["required"])
def test_python_rule(method: str, path: str, expected: str | None) -> None:
    assert python_answer(method, path) == expected


@pytest.mark.parametrize(("key_scopes", "method", "path", "expected"), CASES["allowed"])
def test_python_has_required_scope(
    key_scopes: list[str], method: str, path: str, expected: bool
) -> None:
    assert scopes.has_required_scope(key_scopes, method, path) is expected


def twenty_thousand_operations(api: Api) -> Api:
    """A catalog 150 times the size of ours (cut at 20,000 operations)."""
    operations = [
        op.model_copy(
            update={"operation_id": f"{op.operation_id}Copy{copy}", "path": f"{op.path}/c{copy}"}
        )
        for copy in range(150)
        for op in api.operations
    ][:20_000]
    return api.model_copy(update={"operations": tuple(operations)})


@functools.cache
def compiled_modules() -> typecheck.Compiled:
    """The shipped scope module and the one at 20,000 operations in one `tsc --strict` program
    (tests/typecheck.py: tsc checks again only what changed since its last build)."""
    from generator.targets import typescript

    typescript_or_skip()
    big = typescript.render(twenty_thousand_operations(shipped().api))
    sources = {
        SHIPPED_MODULE: FILES["api-route-permissions.ts"],
        BIG_MODULE: big["api-route-permissions.ts"],
    }
    options = {"strict": True, "target": "es2020", "module": "commonjs"}
    return typecheck.tsc_build("scopes", sources, options)


def compiled_javascript(module: str) -> Path:
    """`module` compiled by `tsc --strict`; the test fails with tsc's errors in it, if any."""
    compiled = compiled_modules()
    assert compiled.errors_in(module) == [], compiled.output
    assert compiled.returncode in (0, 1) and compiled.javascript(module).is_file(), compiled.output
    return compiled.javascript(module)


@pytest.fixture(scope="module")
def typescript_answers() -> dict[str, Any]:
    """Compile the generated module with `tsc --strict` and run it under Node."""
    node, _ = typescript_or_skip()
    ran = subprocess.run(
        [
            str(node),
            str(Path(__file__).parent / "run_scope_module.js"),
            str(compiled_javascript(SHIPPED_MODULE)),
            str(Path(__file__).parent / "scope_cases.json"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    answers: dict[str, Any] = json.loads(ran.stdout)
    return answers


def test_typescript_module_gives_the_same_answers(typescript_answers: dict[str, Any]) -> None:
    assert typescript_answers["required"] == [expected for _, _, expected in CASES["required"]]
    assert typescript_answers["allowed"] == [expected for *_, expected in CASES["allowed"]]
    assert typescript_answers["scopes"] == list(scopes.ALL_SCOPES)


def test_the_typescript_module_compiles_at_20000_operations(shipped_api: Api) -> None:
    """A catalog 150 times the size of ours: no single type may grow with the operations."""
    operations = twenty_thousand_operations(shipped_api).operations
    compiled = compiled_javascript(BIG_MODULE)
    script = (
        f"const m = require({json.dumps(str(compiled))});"
        "console.log(JSON.stringify([m.API_OPERATIONS.length, m.API_OPERATIONS[19999]]));"
    )
    node, _ = typescript_or_skip()
    ran = subprocess.run([str(node), "-e", script], capture_output=True, text=True, check=True)
    count, last = json.loads(ran.stdout)
    assert count == 20_000
    assert last == {
        "operationId": operations[-1].operation_id,
        "method": operations[-1].method,
        "path": operations[-1].path,
        "scope": operations[-1].scope,
    }


def client_operations() -> dict[str, str | None]:
    """The generated Python client's own table (generated/python/expanse_api/_operations.py)."""
    import sys

    sys.path.insert(0, str(ROOT / "generated" / "python"))
    try:
        from expanse_api import OPERATIONS
    finally:
        sys.path.remove(str(ROOT / "generated" / "python"))
    return {op_id: op.scope for op_id, op in OPERATIONS.items()}


def test_all_outputs_agree_on_every_operation(typescript_answers: dict[str, Any]) -> None:
    from_json = {op["operationId"]: op["scope"] for op in SCOPE_MAP["operations"]}
    from_openapi = {
        op["operationId"]: op["x-required-scope"]
        for item in OPENAPI["paths"].values()
        for op in item.values()
    }
    from_python = {
        op["operationId"]: python_answer(op["method"], concrete(op["path"]))
        for op in SCOPE_MAP["operations"]
    }
    from_ts_table = {op_id: scope for op_id, scope, _ in typescript_answers["operations"]}
    from_ts_rule = {op_id: scope for op_id, _, scope in typescript_answers["operations"]}
    from_client = client_operations()
    assert len(from_json) == 134
    assert from_json == from_openapi == from_python == from_ts_table == from_ts_rule == from_client
    assert list(from_json.values()).count(None) == 1


def test_scopes_json_carries_the_table() -> None:
    assert SCOPE_MAP["scopes"] == sorted(SCOPE_MAP["scopes"]) and len(SCOPE_MAP["scopes"]) == 14
    assert SCOPE_MAP["public"] == [{"method": "GET", "path": "/api/billing/config"}]
    assert SCOPE_MAP["readMethods"] == ["GET", "HEAD"]
    rules = {(r["prefix"], r["segment"]): (r["read"], r["write"]) for r in SCOPE_MAP["rules"]}
    assert rules == {
        ("/api/services", None): ("services.read", "services.write"),
        ("/api/zones", None): ("dns.read", "dns.write"),
        ("/api/domains", None): ("domains.read", "domains.write"),
        ("/api/billing", None): ("billing.read", "billing.write"),
        ("/api/tickets", None): ("tickets.read", "tickets.write"),
        ("/api/teams", None): ("teams.read", "teams.write"),
        ("/api/teams", "backup"): ("backups.read", "backups.write"),
    }
    assert SCOPE_MAP["rules"][0]["segment"] == "backup"  # the specific rule is tried first


def test_typescript_module_documents_the_backup_segment_rule() -> None:
    source = FILES["api-route-permissions.ts"]
    assert "path *segment* `backup`" in source
    assert (
        "export function requiredScope(method: string, pathname: string): ApiScope | null | undefined"
        in source
    )
    assert "export function hasRequiredScope(keyScopes: readonly string[]" in source


# ----------------------------------------------------------------------------- the advisor


def test_advisor_prints_the_least_scopes(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "scopes",
                "listZones",
                "zones.records.list",
                "GET /api/zones/z_9",
                "GET /api/billing/config",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.strip().endswith("Minimal scopes: dns.read")
    rows = [line.split() for line in out.splitlines()[:4]]
    assert ["retrieveZone", "GET", "/api/zones/{zoneId}", "dns.read"] in rows
    assert [
        "retrieveBillingConfig",
        "GET",
        "/api/billing/config",
        "(public:",
        "no",
        "scope)",
    ] in rows


def test_advisor_json_for_a_mixed_dashboard(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "scopes",
                "--json",
                "listTeamBackupSnapshots",
                "billing.invoices.pay",
                "post /api/zones/z_1/records/",
            ]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["scopes"] == ["backups.read", "billing.write", "dns.write"]
    assert [op["operationId"] for op in result["operations"]] == [
        "listTeamBackupSnapshots",
        "payBillingInvoice",
        "createZoneRecord",
    ]


def test_advisor_prefers_the_static_route_for_a_concrete_path(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["scopes", "--json", "GET /api/domains/contacts/c_1"]) == 0
    assert (
        json.loads(capsys.readouterr().out)["operations"][0]["path"] == "/api/domains/contacts/{id}"
    )


def test_advisor_refuses_unknown_operations(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scopes", "listZones", "listNothing", "GET /api/admin/users"]) == 2
    err = capsys.readouterr().err
    assert (
        "unknown operation 'listNothing'" in err
        and "unknown operation 'GET /api/admin/users'" in err
    )


def test_advisor_reports_every_unknown_name_at_once_with_suggestions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["scopes", "listZone", "zones.lst", "GET /api/zonez", "listZones"]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 3
    assert "unknown operation 'listZone'" in errors[0]
    assert "did you mean 'listZones'" in errors[0]
    assert "did you mean 'zones.list'" in errors[1]
    assert "did you mean 'GET /api/zones'" in errors[2]


def test_advisor_takes_full_urls(capsys: pytest.CaptureFixture[str]) -> None:
    names = ["GET https://panel.expanse.host/api/zones", "post http://127.0.0.1:4010/api/zones/"]
    assert main(["scopes", "--json", *names]) == 0
    operations = json.loads(capsys.readouterr().out)["operations"]
    assert [op["operationId"] for op in operations] == ["listZones", "createZone"]


def test_advisor_says_method_not_allowed_for_a_known_path(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        main(["scopes", "DELETE /api/zones", "PUT https://panel.expanse.host/api/zones/z_1"]) == 2
    )
    errors = capsys.readouterr().err.splitlines()
    assert "method not allowed: 'DELETE /api/zones': /api/zones has GET, POST" in errors[0]
    assert "/api/zones/{zoneId} has GET, PATCH, DELETE" in errors[1]
    assert not [line for line in errors if "unknown operation" in line]

"""The OpenAPI document: valid, complete, scoped by the page's table, typed by the overlay."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from syrupy.assertion import SnapshotAssertion

from generator.cli import main
from generator.pipeline import build
from tests.conftest import CATALOG, OVERRIDES, fresh_pipeline, shipped

FILES, WARNINGS = shipped().files, shipped().warnings
DOC: dict[str, Any] = json.loads(FILES["openapi.json"])
OPS = {
    (method.upper(), path): op for path, item in DOC["paths"].items() for method, op in item.items()
}

# The page's permission table, written out independently of generator/scopes.py.
PAGE_TABLE = {
    "/api/services": ("services.read", "services.write"),
    "/api/zones": ("dns.read", "dns.write"),
    "/api/domains": ("domains.read", "domains.write"),
    "/api/billing": ("billing.read", "billing.write"),
    "/api/tickets": ("tickets.read", "tickets.write"),
    "/api/teams": ("teams.read", "teams.write"),
}


def page_scope(method: str, path: str) -> str | None:
    if (method, path) == ("GET", "/api/billing/config"):
        return None
    prefix = "/" + "/".join(path.split("/")[1:3])
    read, write = PAGE_TABLE[prefix]
    if prefix == "/api/teams" and "backup" in path.split("/")[3:]:
        read, write = "backups.read", "backups.write"
    return read if method in ("GET", "HEAD") else write


def test_both_files_are_valid_openapi_31_and_the_same_document() -> None:
    from openapi_spec_validator import validate  # here, not at collection (0.15 s a worker)

    validate(DOC)
    assert DOC["openapi"] == "3.1.0"
    assert yaml.safe_load(FILES["openapi.yaml"]) == DOC


def test_the_real_catalog_generates_without_warnings() -> None:
    assert [str(w) for w in WARNINGS] == []


def test_every_operation_once_with_unique_ids() -> None:
    assert len(OPS) == 134
    ids = [op["operationId"] for op in OPS.values()]
    assert len(set(ids)) == 134
    assert len(DOC["paths"]) == 96


@pytest.mark.parametrize(("method", "path"), sorted(OPS))
def test_security_follows_the_page_table(method: str, path: str) -> None:
    op = OPS[(method, path)]
    scope = page_scope(method, path)
    assert op["x-required-scope"] == scope
    if scope is None:
        assert op["security"] == []
        assert not {"401", "403"} & set(op["responses"])
    else:
        assert op["security"] == [{"bearerAuth": [scope]}, {"clerkSession": []}]
        assert {"401", "403", "429"} <= set(op["responses"])


def test_info_states_the_auth_contract() -> None:
    text = DOC["info"]["description"]
    for phrase in (
        "Bearer sk_",
        "empty scope list means full access",
        "API key expired",
        "Insufficient API key permissions",
        "Retry-After",
        "GET /api/billing/config",
        "/api/admin/*",
        "| `/api/teams/…/backup/…` | `backups.read` | `backups.write` |",
    ):
        assert phrase in text, phrase
    schemes = DOC["components"]["securitySchemes"]
    assert schemes["bearerAuth"] | {"description": ""} == {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "sk_…",
        "description": "",
    }
    session = schemes["clerkSession"]
    assert (session["in"], session["name"], session["x-assumed"]) == ("cookie", "__session", True)
    assert "`__session` is assumed" in session["description"]
    # The page's order of groups, not the alphabet's.
    assert [tag["name"] for tag in DOC["tags"]] == [
        "Services",
        "Backups",
        "Teams",
        "DNS Zones",
        "Domains",
        "Billing",
        "Tickets",
    ]
    assert all(tag["description"] for tag in DOC["tags"]) and len(DOC["tags"]) == 7
    assert DOC["externalDocs"]["url"] == "https://panel.expanse.host"


def dereferenced(parameter: dict[str, Any]) -> dict[str, Any]:
    """A parameter, looked up in components/parameters when it is a reference."""
    if "$ref" not in parameter:
        return parameter
    shared: dict[str, Any] = DOC["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
    return shared


def params(method: str, path: str) -> dict[str, dict[str, Any]]:
    found = [dereferenced(p) for p in OPS[(method, path)].get("parameters", [])]
    return {p["name"]: p for p in found}


def test_query_parameters_go_where_the_description_hints() -> None:
    records = "/api/zones/{zoneId}/records"
    assert set(params("DELETE", records)) == {"zoneId", "name", "type"}
    assert set(params("GET", records)) == {"zoneId"}
    assert set(params("POST", records)) == {"zoneId"}
    assert set(params("DELETE", "/api/zones/{zoneId}/records/lock")) == {"zoneId", "name", "type"}
    assert set(params("GET", "/api/zones")) == {"team_id"}
    assert set(params("POST", "/api/zones")) == set()
    assert params("GET", "/api/zones/{zoneId}/export")["format"]["schema"]["enum"] == [
        "json",
        "csv",
        "bind",
    ]
    assert set(params("GET", "/api/teams/{teamId}")) == {"teamId", "section"}
    assert set(params("DELETE", "/api/teams/{teamId}")) == {"teamId"}
    assert (
        params("GET", "/api/services/{id}")["id"]["required"] is True
        if ("GET", "/api/services/{id}") in OPS
        else True
    )


def test_path_parameters_are_required_strings() -> None:
    for (method, path), _ in OPS.items():
        declared = {name: p for name, p in params(method, path).items() if p["in"] == "path"}
        assert set(declared) == {s[1:-1] for s in path.split("/") if s.startswith("{")}
        assert all(p["required"] and p["schema"] == {"type": "string"} for p in declared.values())
        assert all(p["description"].endswith("'s id.") for p in declared.values())


def test_shared_path_parameters_are_components_named_for_their_resource() -> None:
    shared = DOC["components"]["parameters"]
    assert shared["ZoneId"] == {
        "name": "zoneId",
        "in": "path",
        "required": True,
        "description": "The zone's id.",
        "schema": {"type": "string"},
    }
    assert shared["ServiceId"]["name"] == "id"
    assert shared["ServiceId"]["description"] == "The service's id."
    zone = OPS[("GET", "/api/zones/{zoneId}")]["parameters"]
    assert zone == [{"$ref": "#/components/parameters/ZoneId"}]


def schema(name: str) -> dict[str, Any]:
    return DOC["components"]["schemas"][name]


def body_ref(method: str, path: str, media: str = "application/json") -> str:
    return OPS[(method, path)]["requestBody"]["content"][media]["schema"]["$ref"].rsplit("/", 1)[1]


def test_request_bodies_are_named_components_on_the_right_method() -> None:
    assert body_ref("POST", "/api/services/{id}/cancel") == "CancelServiceBody"
    cancel = schema("CancelServiceBody")
    assert cancel["x-zod-schema"] == "BodySchema"
    assert cancel["properties"]["when"]["enum"] == ["immediately", "end_of_billing_period"]
    assert "required" not in cancel  # the page leaves `when` open
    records = "/api/zones/{zoneId}/records"
    assert schema(body_ref("POST", records))["x-zod-schema"] == "AddRecordSchema"
    assert schema(body_ref("PATCH", records))["x-zod-schema"] == "UpdateRecordSchema"
    assert "requestBody" not in OPS[("DELETE", records)]
    team = "/api/teams/{teamId}"
    assert schema(body_ref("PATCH", team))["x-zod-schema"] == "PatchTeamSchema"
    assert body_ref("POST", team) == "OpenBody"
    bodies = [op for op in OPS.values() if "requestBody" in op]
    assert len(bodies) == 38 + 29
    # Topup and Tebex topup send the same TopupSchema: one component.
    assert body_ref("POST", "/api/billing/topup/tebex") == "CreateBillingTopupBody"
    # 37 Zod bodies and OpenBody.
    assert len([name for name in DOC["components"]["schemas"] if name.endswith("Body")]) == 38
    assert {"ZoneRecordInput", "BulkDeleteZoneRecordInput"} <= set(DOC["components"]["schemas"])


def test_writes_without_a_zod_schema_take_an_optional_open_body() -> None:
    open_body = schema("OpenBody")
    assert open_body["type"] == "object" and open_body["additionalProperties"] is True
    assert open_body["x-assumed"] is True and "no Zod schema" in open_body["description"]
    opened = sorted(
        (method, path)
        for (method, path), op in OPS.items()
        if "requestBody" in op and body_ref(method, path) == "OpenBody"
    )
    assert len(opened) == 29
    assert ("PATCH", "/api/domains/{id}") in opened and ("POST", "/api/teams") in opened
    assert all(OPS[key]["requestBody"]["required"] is False for key in opened)
    assert all(
        OPS[key]["requestBody"]["required"] is True
        for key in OPS
        if "requestBody" in OPS[key] and key not in opened
    )


def test_assumed_facts_are_marked_and_said_and_stated_ones_are_not() -> None:
    create = schema("CreateZoneBody")
    assert "required" not in create and "x-assumed" not in create  # its fields are on the page
    team = create["properties"]["team_id"]
    assert team["x-assumed"] is True and team["description"].endswith(
        "Assumed, not stated by the API page: type."
    )
    records = create["properties"]["records"]
    assert records["x-assumed"] is True and "type, shape" in records["description"]
    assert records["items"] == {"$ref": "#/components/schemas/ZoneRecordInput"}
    expires = schema("UpdateZoneBody")["properties"]["expires_at"]
    assert "format" not in expires and expires["x-assumed"] is True
    when = schema("CancelServiceBody")["properties"]["when"]
    assert "x-assumed" not in when  # type and options stated by the page
    rating = schema("RateTicketBody")["properties"]["rating"]
    assert rating["x-assumed"] is True and rating["description"].endswith("page: type.")
    team_id = params("GET", "/api/zones")["team_id"]
    assert team_id["required"] is False and "x-assumed" not in team_id
    assert team_id["schema"] == {"type": "string"}
    for method, path in OPS:
        for name, param in params(method, path).items():
            assert param["schema"].get("type") == "string", (method, path, name)


def test_flattened_shapes_are_restored() -> None:
    create = schema(body_ref("POST", "/api/zones"))
    assert set(create["properties"]) == {"team_id", "zone_name", "records"}
    item = schema("ZoneRecordInput")
    assert set(item["properties"]) == {"name", "type", "ttl", "content"}
    bulk = schema(body_ref("POST", "/api/zones/{zoneId}/records/bulk-delete"))
    assert set(bulk["properties"]) == {"records"}
    assert bulk["properties"]["records"]["items"]["$ref"].endswith("/BulkDeleteZoneRecordInput")
    assert set(schema("BulkDeleteZoneRecordInput")["properties"]) == {"name", "type"}
    rate = schema(body_ref("POST", "/api/tickets/{id}/rate"))["properties"]["rating"]
    assert (rate["type"], rate["minimum"], rate["maximum"]) == ("integer", 1, 5)


def test_ticket_reply_accepts_json_and_multipart_with_files() -> None:
    content = OPS[("POST", "/api/tickets/{id}/messages")]["requestBody"]["content"]
    assert set(content) == {"application/json", "multipart/form-data"}
    files = content["multipart/form-data"]["schema"]["allOf"][1]["properties"]["files"]
    # "FormData { content, files[] }" states an array; that its elements are files is assumed.
    assert files["type"] == "array" and files["description"].endswith("page: shape.")
    assert files["items"] | {"description": ""} == {
        "type": "string",
        "format": "binary",
        "description": "",
        "x-assumed": True,
    }


def test_binary_redirect_and_keyed_responses() -> None:
    download = OPS[("GET", "/api/billing/invoices/{id}/download")]["responses"]["200"]
    # "Download invoice as PDF (print-optimized HTML)": HTML text, stated.
    assert download["content"] == {"text/html": {"schema": {"type": "string"}}}
    assert "assumed" not in download["description"]
    attachment = OPS[("GET", "/api/tickets/attachments/{id}")]["responses"]["200"]
    # OpenAPI 3.1: bytes are a string of the file's contentMediaType; the media type is assumed.
    assert attachment["content"] == {
        "application/octet-stream": {
            "schema": {"type": "string", "contentMediaType": "application/octet-stream"}
        }
    }
    assert "media type is assumed" in attachment["description"]
    export = OPS[("GET", "/api/zones/{zoneId}/export")]["responses"]["200"]
    assert list(export["content"]) == ["application/json", "text/csv", "text/plain"]
    assert export["content"]["text/csv"]["schema"]["description"] == "With `format=csv`."
    assert "media types are assumed" in export["description"]
    portal = OPS[("GET", "/api/billing/portal")]["responses"]
    assert "302" in portal and "200" not in portal and "Location" in portal["302"]["headers"]
    services = OPS[("GET", "/api/services")]["responses"]["200"]["content"]["application/json"]
    assert services["schema"] == {"$ref": "#/components/schemas/ServiceListResponse"}
    assert schema("ServiceListResponse")["required"] == ["services"]
    successes = [op["responses"].get("200", {}).get("content", {}) for op in OPS.values()]
    named = [
        content["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        for content in successes
        if "$ref" in content.get("application/json", {}).get("schema", {})
    ]
    # The shipped catalog has no examples: one model per documented key, each requiring it.
    assert len(named) == 19
    assert all(len(schema(name)["required"]) == 1 for name in named)


def test_summaries_come_from_the_method_s_own_description() -> None:
    token = "/api/services/{id}/agent-token"
    assert [OPS[(m, token)]["summary"] for m in ("GET", "POST", "DELETE")] == [
        "Get agent token status",
        "Create agent token",
        "Revoke agent token",
    ]
    assert OPS[("DELETE", "/api/zones/{zoneId}/records")]["summary"] == "Delete record"
    assert OPS[("GET", "/api/teams")]["summary"] == "List teams"
    assert OPS[("GET", "/api/billing/invoices/{id}")]["summary"] == "Get single invoice"
    assert all(op["summary"] and op["description"] for op in OPS.values())
    assert all(len(op["summary"].split()) > 1 for op in OPS.values())


def test_each_method_s_description_holds_its_own_lines() -> None:
    zone = "/api/zones/{zoneId}"
    assert OPS[("GET", zone)]["description"] == "- GET /api/zones/[zoneId] - Get zone detail"
    assert OPS[("PATCH", zone)]["description"] == (
        "- PATCH /api/zones/[zoneId] - Update zone (expiresAt)"
    )
    token = OPS[("GET", "/api/services/{id}/agent-token")]["description"]
    assert token.splitlines() == [
        "- Agent token management for VPS metrics",
        "- GET: status, POST: create, DELETE: revoke",
    ]


def test_item_operations_are_singular() -> None:
    ids = {key: op["operationId"] for key, op in OPS.items()}
    assert ids[("GET", "/api/zones/{zoneId}")] == "retrieveZone"
    assert ids[("PATCH", "/api/teams/{teamId}")] == "updateTeam"
    assert ids[("POST", "/api/zones")] == "createZone"
    assert ids[("GET", "/api/zones")] == "listZones"
    assert ids[("GET", "/api/zones/{zoneId}/records")] == "listZoneRecords"
    assert ids[("POST", "/api/zones/{zoneId}/records/bulk-delete")] == "bulkDeleteZoneRecords"
    assert ids[("POST", "/api/billing/invoices/{id}/pay")] == "payBillingInvoice"


def test_output_is_deterministic() -> None:
    with fresh_pipeline():
        again, _ = build(CATALOG, OVERRIDES)
    assert again == FILES


def test_openapi_json_snapshot(text_snapshot: SnapshotAssertion) -> None:
    assert FILES["openapi.json"] == text_snapshot


# ----------------------------------------------------------------------------- overlay checks


def run(tmp_path: Path, catalog: str, overlay: str, *extra: str) -> int:
    (tmp_path / "c.md").write_text(catalog)
    (tmp_path / "o.toml").write_text(overlay)
    return main(
        [
            "generate",
            "--catalog",
            str(tmp_path / "c.md"),
            "--overrides",
            str(tmp_path / "o.toml"),
            "--out",
            str(tmp_path / "out"),
            *extra,
        ]
    )


MINI = """## Services

### `/api/services/{id}/cancel`

Source: `src/app/api/services/[id]/cancel/route.ts`

HTTP: POST

**Request body (Zod):**

- BodySchema
  - when
"""
MINI_OVERLAY = """[groups.Services]
description = "S"

[routes."/api/services/{id}/cancel".body.BodySchema]
when = { type = "string" }
"""


def test_overlay_gaps_are_warnings_and_strict_makes_them_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, MINI, MINI_OVERLAY) == 0
    assert "warning" not in capsys.readouterr().err
    stale = (
        MINI_OVERLAY
        + 'gone = { type = "string" }\n[routes."/api/old".query]\nx = { type = "string" }\n'
    )
    assert run(tmp_path, MINI.replace("  - when", "  - when\n  - reason"), stale) == 0
    err = capsys.readouterr().err
    assert "warning: " in err and "field 'reason' of BodySchema has no overlay entry" in err
    assert "field 'gone' of BodySchema in the overlay is not in the catalog" in err
    assert 'routes."/api/old" matches no route in the catalog' in err
    assert run(tmp_path, MINI.replace("  - when", "  - when\n  - reason"), stale, "--strict") == 2
    assert "error: " in capsys.readouterr().err


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda c: c.replace("/api/services/{id}/cancel", "/api/admin/{id}/cancel").replace(
                "api/services/[id]", "api/admin/[id]"
            ),
            "outside the dual-auth surface",
        ),
        (
            lambda c: c.replace("HTTP: POST", "HTTP: POST, PATCH").replace(
                "  - when", "  - when\n- OtherSchema\n  - x"
            ),
            "expected a name that says its method",
        ),
        (
            lambda c: c.replace("HTTP: POST", "HTTP: GET"),
            "expected the route to have a POST, PUT or PATCH",
        ),
    ],
)
def test_ambiguity_is_refused_not_guessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: Any, expected: str
) -> None:
    assert run(tmp_path, edit(MINI), MINI_OVERLAY) == 2
    assert expected in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_invalid_overlay_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, MINI, MINI_OVERLAY.replace('type = "string"', 'type = "text"')) == 2
    assert (
        "o.toml: routes./api/services/{id}/cancel.body.BodySchema.when.type"
        in capsys.readouterr().err
    )
    assert run(tmp_path, MINI, "[groups\n") == 2
    assert "o.toml:1: invalid TOML" in capsys.readouterr().err


def test_security_requirements_name_defined_schemes_and_known_scopes() -> None:
    """The intent of Spectral's oas3-operation-security-defined, which we run with that one rule
    off because it rejects OpenAPI 3.1 role names (stoplightio/spectral#2643)."""
    schemes = set(DOC["components"]["securitySchemes"])
    known = {scope for pair in PAGE_TABLE.values() for scope in pair} | {
        "backups.read",
        "backups.write",
    }
    for op in OPS.values():
        for requirement in op["security"]:
            assert set(requirement) <= schemes
            assert set(requirement.get("apiKey", [])) <= known
            assert requirement.get("session", []) == []

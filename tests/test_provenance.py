"""Provenance: which facts the page or catalog states, which the overlay assumes (resolve stage).

Expectations are re-derived from the catalog and the page's words, not from resolve's code.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from generator import provenance
from generator.model import Api, Operation, Property
from generator.overlay import load_overlay
from generator.problems import InputError
from generator.resolve import resolve
from tests.conftest import CATALOG, ROOT, shipped

OVERRIDES = ROOT / "catalog" / "overrides.toml"
RAW, API = shipped().catalog, shipped().api  # the session's one run of the shipped inputs
OPS = {(op.method, op.path): op for op in API.operations}


def fields_of(api: Api) -> dict[tuple[str, str, str], Property]:
    """Every body field once (a schema used by one route), nested element fields included."""
    found: dict[tuple[str, str, str], Property] = {}

    def walk(op: Operation, props: tuple[Property, ...], prefix: str) -> None:
        for prop in props:
            found.setdefault((op.path, op.body.zod_name or "", prefix + prop.name), prop)
            if prop.type.items is not None:
                walk(op, prop.type.items.properties, f"{prefix}{prop.name}[].")

    for op in api.operations:
        if op.body is not None:
            walk(op, op.body.type.properties, "")
    return found


FIELDS = fields_of(API)
QUERY = {(op.path, p.name): p for op in API.operations for p in op.query_params}


def counted(facts: list[tuple[str, bool]]) -> Counter[bool]:
    return Counter(stated for _, stated in facts)


def value_facts(prop_type, required: bool, required_stated: bool) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    facts = [(fact, prop_type.origin(fact).stated) for fact in prop_type.facts()]
    return facts + ([("required", required_stated)] if required else [])


# ---------------------------------------------------------------------- the review's outcome


def test_every_field_and_parameter_of_the_catalog_is_reviewed() -> None:
    schema_fields = sum(len(s.fields) for r in RAW.routes for s in r.body_schemas)
    params = sum(len(r.query_params) for r in RAW.routes)
    assert (schema_fields, params) == (131, 31)
    assert len(FIELDS) == 131
    assert len(QUERY) == 31


def test_stated_and_assumed_fact_counts() -> None:
    query = Counter[bool]()
    for p in QUERY.values():
        query += counted(value_facts(p.type, p.required, p.required_origin.stated))
    body = Counter[bool]()
    for prop in FIELDS.values():
        body += counted(value_facts(prop.type, prop.required, prop.required_origin.stated))
    # Query: 31 types from the catalog's "(string)" and the export's stated enum.
    assert (query[True], query[False]) == (32, 0)
    # Body: cancel.when's type and enum, rate's 1-5 bounds, import's required format/content.
    assert (body[True], body[False]) == (6, 139)


def test_requiredness_the_page_leaves_open_is_not_required() -> None:
    assert [key for key, p in QUERY.items() if p.required] == []
    required = sorted(key[2] for key, prop in FIELDS.items() if prop.required)
    assert required == ["content", "format"]
    for key, prop in FIELDS.items():
        if prop.required:
            assert key[0] == "/api/zones/{zoneId}/import"
            assert prop.required_origin.source == "Import records (format, content, dryRun?)"


def test_query_types_are_the_catalogs_strings() -> None:
    for (path, name), param in QUERY.items():
        assert param.type.type == "string", (path, name)
        assert param.type.origin("type").kind == "catalog"
        assert param.type.origin("type").source == f"{name} (string)"


def test_stated_enums_and_bounds_quote_the_page() -> None:
    when = FIELDS[("/api/services/{id}/cancel", "BodySchema", "when")]
    assert when.type.enum == ("immediately", "end_of_billing_period")
    assert when.type.origin("enum").stated
    assert "end_of_billing_period" in (when.type.origin("enum").source or "")
    export = QUERY[("/api/zones/{zoneId}/export", "format")]
    assert export.type.enum == ("json", "csv", "bind")
    assert export.type.origin("enum").source == "?format=json|csv|bind"
    rating = FIELDS[("/api/tickets/{id}/rate", "RateSchema", "rating")]
    assert (rating.type.minimum, rating.type.maximum) == (1, 5)
    assert rating.type.assumed_facts == ("type",)


def test_guesses_that_would_refuse_real_values_are_gone() -> None:
    expires = FIELDS[("/api/zones/{zoneId}", "PatchZoneSchema", "expires_at")]
    assert expires.type.format is None
    for name in ("discordWebhookUrl", "genericWebhookUrl"):
        hook = FIELDS[("/api/teams/{teamId}/monitoring-settings", "PatchSchema", name)]
        assert hook.type.format is None
    records = FIELDS[("/api/zones", "CreateZoneSchema", "records")]
    assert not records.required
    assert "shape" in records.type.assumed_facts  # the page lists name/type/ttl/content flat


def test_path_parameters_are_stated_by_the_path() -> None:
    for op in API.operations:
        for param in op.path_params:
            assert param.required and param.required_origin.stated
            assert provenance.of_param(param) == ()
            assert param.type.description and param.type.description.endswith("'s id.")


def test_assumption_sentences() -> None:
    ttl = FIELDS[("/api/zones", "CreateZoneSchema", "records[].ttl")]
    assert provenance.of_property(ttl) == ("type",)
    assert provenance.sentence(("type", "required")) == (
        "Assumed, not stated by the API page: type, requiredness."
    )
    assert provenance.described("Time to live.", ()) == "Time to live."
    assert provenance.marks(()) == {}
    assert provenance.marks(("format",)) == {"x-assumed": True}


# ---------------------------------------------------------------------- open bodies


def test_every_write_without_a_zod_schema_takes_an_open_body() -> None:
    expected = {
        (method, route.path)
        for route in RAW.routes
        for method in route.methods
        if method in ("POST", "PUT", "PATCH") and not route.body_schemas
    }
    # The one route with a schema and two writes: PatchTeamSchema is PATCH's, POST has none.
    expected.add(("POST", "/api/teams/{teamId}"))
    assert len(expected) == 29
    open_ops = {key for key, op in OPS.items() if op.body is not None and op.body.is_open}
    assert open_ops == expected
    for key in open_ops:
        body = OPS[key].body
        assert body is not None and not body.required
        assert body.type.additional_properties is True
        assert "shape" in body.type.assumed_facts and "type" in body.type.assumed_facts


def test_reads_take_no_body() -> None:
    assert all(op.body is None for op in API.operations if op.method in ("GET", "DELETE"))


# ---------------------------------------------------------------------- the overlay's rules


def resolve_with(tmp_path: Path, old: str, new: str) -> Api:
    text = OVERRIDES.read_text(encoding="utf-8")
    assert old in text
    overlay_file = tmp_path / "overrides.toml"
    overlay_file.write_text(text.replace(old, new), encoding="utf-8")
    # the shipped catalog, parsed once (models are frozen): only the overlay differs
    api, _ = resolve(RAW, load_overlay(overlay_file), str(CATALOG), str(overlay_file))
    return api


RATE = 'rating = { type = "integer", minimum = 1, maximum = 5, stated = ["minimum", "maximum"], source = "Submit satisfaction rating (1-5)"'


def test_a_stated_fact_needs_a_source(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="without a source"):
        resolve_with(
            tmp_path, RATE, RATE.replace(', source = "Submit satisfaction rating (1-5)"', "")
        )


def test_a_source_must_quote_the_routes_catalog_entry(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="expected words of the route's catalog entry"):
        resolve_with(tmp_path, RATE, RATE.replace("(1-5)", "(1-10)"))


def test_a_handler_reference_is_a_source(tmp_path: Path) -> None:
    handler = "src/app/api/tickets/[id]/rate/route.ts: z.number().int().min(1).max(5)"
    api = resolve_with(
        tmp_path,
        RATE,
        RATE.replace(
            'stated = ["minimum", "maximum"]', 'stated = ["type", "minimum", "maximum"]'
        ).replace("Submit satisfaction rating (1-5)", handler),
    )
    rating = fields_of(api)[("/api/tickets/{id}/rate", "RateSchema", "rating")]
    assert rating.type.assumed_facts == ()
    assert rating.type.origin("type").source == handler


def test_a_stated_fact_must_be_given(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="expected each to be given"):
        resolve_with(tmp_path, RATE, RATE.replace('"maximum"]', '"maximum", "pattern"]'))


def test_the_overlay_cannot_silently_retype_what_the_catalog_types(tmp_path: Path) -> None:
    old = 'limit = { description = "Maximum number of fired alerts returned'
    with pytest.raises(InputError, match="the catalog types 'string'"):
        resolve_with(tmp_path, old, old.replace("{ ", '{ type = "integer", '))


def test_an_unsourced_required_is_kept_as_an_assumption(tmp_path: Path) -> None:
    old = 'newPlanId = { type = "string", '
    api = resolve_with(tmp_path, old, old + "required = true, ")
    plan = fields_of(api)[("/api/services/{id}/change-plan", "RequestSchema", "newPlanId")]
    assert plan.required and plan.required_is_assumed
    assert provenance.of_property(plan) == ("type", "required")
    assert not plan.stated_only.required


# ---------------------------------------------------------------------- routes.json keeps it


def test_routes_json_lists_every_fact_with_its_origin() -> None:
    routes = json.loads(shipped().files["routes.json"])
    facts = routes["facts"]
    assert len(facts) == 131 + 31
    origins = Counter(fact["origin"] for entry in facts for fact in entry["facts"].values())
    assert origins == {"assumed": 139, "catalog": 31, "overlay": 7}
    when = next(e for e in facts if e["name"] == "when")
    assert when["facts"]["enum"] == {
        "value": ["immediately", "end_of_billing_period"],
        "origin": "overlay",
        "source": "Options: immediately (soft delete now, terminate 48h later) or "
        "end_of_billing_period",
    }
    assert len(routes["open_bodies"]) == 29 and "PATCH /api/domains/{id}" in routes["open_bodies"]

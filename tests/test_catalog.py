"""The committed catalog is the whole page: counts per group and per method."""

from __future__ import annotations

from collections import Counter

from generator.catalog import parse_catalog
from tests.conftest import CATALOG

catalog = parse_catalog(CATALOG)


def test_groups_and_routes_per_group() -> None:
    assert {group.name: len(group.routes) for group in catalog.groups} == {
        "Backups": 7,
        "Billing": 17,
        "DNS Zones": 16,
        "Domains": 9,
        "Services": 19,
        "Teams": 16,
        "Tickets": 12,
    }
    assert len(catalog.routes) == 96


def test_operations_per_method() -> None:
    methods = Counter(method for route in catalog.routes for method in route.methods)
    assert methods == {"GET": 51, "POST": 53, "PATCH": 14, "DELETE": 16}
    assert catalog.operation_count == 134


def test_operations_per_group() -> None:
    per_group = {g.name: sum(len(r.methods) for r in g.routes) for g in catalog.groups}
    assert per_group == {
        "Backups": 9,
        "Billing": 17,
        "DNS Zones": 29,
        "Domains": 13,
        "Services": 25,
        "Teams": 26,
        "Tickets": 15,
    }


def test_every_schema_field_and_query_parameter_is_carried() -> None:
    fields = [f for r in catalog.routes for s in r.body_schemas for f in s.fields]
    params = [p for r in catalog.routes for p in r.query_params]
    assert len(fields) == 131
    assert len(params) == 31
    assert {p.type for p in params} == {"string"}
    assert sum(len(r.body_schemas) for r in catalog.routes) == 38
    assert len({s.name for r in catalog.routes for s in r.body_schemas}) == 28


def test_response_hints_sit_under_their_methods() -> None:
    records = next(r for r in catalog.routes if r.path == "/api/zones/{zoneId}/records")
    keys = {notes.method: notes.response_key for notes in records.responses}
    assert keys == {"GET": None, "POST": "record", "PATCH": "record", "DELETE": None}
    keyed = sum(1 for r in catalog.routes for n in r.responses if n.response_key)
    assert keyed == 19
    errors = [
        (r.path, n.method) for r in catalog.routes for n in r.responses if n.example_kind == "error"
    ]
    assert len(errors) == 5
    see_handler = sum(1 for r in catalog.routes for n in r.responses if n.see_handler)
    assert see_handler == 15


def test_path_params_and_sources() -> None:
    reveal = next(r for r in catalog.routes if r.path.endswith("/reveal"))
    assert reveal.path_params == ("id", "credId")
    assert reveal.source == "src/app/api/tickets/[id]/credentials/[credId]/reveal/route.ts"


def test_multi_line_bullets_are_joined_and_nesting_kept() -> None:
    reveal = next(r for r in catalog.routes if r.path.endswith("/reveal"))
    lines = [(line.depth, line.text) for line in reveal.description]
    assert (
        1,
        "For sensitive credentials: caller must be EITHER the ticket creator OR a platform admin. "
        "Team-mates who did not create the ticket cannot reveal, to keep the reveal audit chain "
        "tight around people with a legitimate Tier-3 need.",
    ) in lines
    assert lines[2] == (0, "Authorization:")
    assert len(lines) == 7

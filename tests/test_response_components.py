"""Response components through resolve, on small example catalogs: which objects share a
component and which take qualified names (the rule itself is tabled in test_naming.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.catalog import parse_catalog_text
from generator.model import Api
from generator.overlay import EMPTY
from generator.problems import InputError
from generator.resolve import resolve
from generator.schema import json_schema


def api_of(*routes: tuple[str, str, object]) -> Api:
    """A catalog of (method, path, example) routes, resolved with an empty overlay."""
    lines = ["# Catalog", "", "## Zones", ""]
    for method, path, example in routes:
        lines += [
            f"### `{path}`",
            "",
            f"Source: `src/app{path.replace('{', '[').replace('}', ']')}/route.ts`",
            "",
            f"HTTP: {method}",
            "",
        ]
        lines += [f"#### {method}", "", "Example success response body (shape from handler):", ""]
        lines += ["```json", json.dumps(example), "```", ""]
    catalog = parse_catalog_text("\n".join(lines), "catalog.md")
    api, _ = resolve(catalog, EMPTY, "catalog.md", "overrides.toml")
    return api


def component(api: Api, method: str, path: str) -> dict[str, Any]:
    op = next(op for op in api.operations if (op.method, op.path) == (method, path))
    assert op.response.type is not None
    return json_schema(op.response.type, define=True)


ZONE = {"id": "z1", "zone_name": "example.com"}
DETAILED_ZONE = {**ZONE, "records": [{"name": "@", "ttl": 300}]}


def test_identical_shapes_share_one_short_named_component() -> None:
    api = api_of(
        ("GET", "/api/zones", {"zones": [ZONE]}), ("POST", "/api/zones/scan", {"zone": ZONE})
    )
    assert component(api, "GET", "/api/zones")["properties"]["zones"]["items"] == {
        "$ref": "#/components/schemas/Zone"
    }
    assert component(api, "POST", "/api/zones/scan")["properties"]["zone"] == {
        "$ref": "#/components/schemas/Zone"
    }
    names = [shape.component for shape in api.response_components]
    assert names == ["Zone", "ZoneListResponse", "ZoneScanResponse"]


def test_different_shapes_under_one_short_name_take_qualified_names() -> None:
    api = api_of(
        ("GET", "/api/zones", {"zones": [ZONE]}),
        ("GET", "/api/zones/{zoneId}", {"zone": DETAILED_ZONE}),
    )
    names = {shape.component for shape in api.response_components}
    assert {"ZoneListResponseZone", "ZoneRetrieveResponseZone", "Record"} <= names
    assert "Zone" not in names


def test_a_key_named_like_a_shared_component_takes_its_qualified_name() -> None:
    api = api_of(("POST", "/api/zones/scan", {"errors": [{"field": "name", "message": "bad"}]}))
    names = {shape.component for shape in api.response_components}
    assert "ZoneScanResponseError" in names


def test_a_qualified_name_that_still_names_two_shapes_is_an_error() -> None:
    # `zone` and `zones` under one response, in different shapes: both ZoneScanResponseZone.
    clash = {"zone": ZONE, "zones": [DETAILED_ZONE]}
    with pytest.raises(InputError) as caught:
        api_of(("POST", "/api/zones/scan", clash))
    (problem,) = caught.value.problems
    assert "'ZoneScanResponseZone'" in problem.message
    assert "POST /api/zones/scan.zone" in problem.message

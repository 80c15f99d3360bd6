"""Target: `routes.json`, the parsed catalog as written (groups, routes, methods), for review,
and the facts the generator adds to it with where each comes from.

`groups` is rendered from the parse stage's `Catalog`: it shows what the page says. `facts`
lists every query parameter and body field once, each of its facts (type, format, enum, bounds,
shape, requiredness) with its origin: `catalog` or `overlay` (stated, with the quoted `source`),
`example`, or `assumed`. So a reviewer sees at a glance what the page does not state.
"""

from __future__ import annotations

from typing import Any

from generator.model import Api, Catalog, Property, ValueType
from generator.serialise import dump_json


def fact_value(value: ValueType, fact: str) -> Any:
    if fact == "shape":
        return "members" if value.properties else "elements" if value.items else "open"
    found = getattr(value, fact)
    return list(found) if isinstance(found, tuple) else found


def facts_of(value: ValueType, required: bool, required_origin: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for fact in value.facts():
        origin = value.origin(fact)
        found[fact] = {"value": fact_value(value, fact), "origin": origin.kind}
        if origin.source:
            found[fact]["source"] = origin.source
    if required:
        found["required"] = {"value": True, "origin": required_origin.kind}
        if required_origin.source:
            found["required"]["source"] = required_origin.source
    return found


def field_entries(
    route: str, schema: str | None, props: tuple[Property, ...], prefix: str = ""
) -> list[dict[str, Any]]:
    entries = []
    for prop in props:
        name = prefix + prop.name
        entries.append(
            {
                "route": route,
                "in": "body",
                "schema": schema,
                "name": name,
                "facts": facts_of(prop.type, prop.required, prop.required_origin),
            }
        )
        if prop.type.items is not None:
            entries += field_entries(route, schema, prop.type.items.properties, f"{name}[].")
    return entries


def facts(api: Api) -> list[dict[str, Any]]:
    """Every query parameter and body field once (by route), with its facts' origins."""
    found: dict[tuple[str, str, str | None, str], dict[str, Any]] = {}
    for op in api.operations:
        for param in op.query_params:
            entry = {
                "route": op.path,
                "in": "query",
                "schema": None,
                "name": param.name,
                "facts": facts_of(param.type, param.required, param.required_origin),
            }
            found.setdefault((op.path, "query", None, param.name), entry)
        if op.body is not None and not op.body.is_open:
            for entry in field_entries(op.path, op.body.zod_name, op.body.type.properties):
                found.setdefault((op.path, "body", op.body.zod_name, str(entry["name"])), entry)
    return [found[key] for key in sorted(found, key=lambda key: (key[0], key[1], key[3]))]


def render(catalog: Catalog, api: Api) -> dict[str, str]:
    return {
        "routes.json": dump_json(
            {
                "routes": len(catalog.routes),
                "operations": catalog.operation_count,
                "groups": catalog.model_dump(mode="json")["groups"],
                "open_bodies": sorted(
                    f"{op.method} {op.path}"
                    for op in api.operations
                    if op.body is not None and op.body.is_open
                ),
                "facts": facts(api),
            }
        )
    }

"""JSON Schema 2020-12 (OpenAPI 3.1) of the model's value types, built once here.

The OpenAPI document publishes these schemas, the mock validates requests against the very same
ones (their stated facts only: `ValueType.stated_only`), and the mock's synthesised answers
conform to them. Assumed facts are marked `x-assumed` and said in words (`generator.provenance`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator import provenance
from generator.model import RequestBody, ValueType


@dataclass(frozen=True)
class Constraint:
    """One bound a `ValueType` may carry, in each notation that states it."""

    attribute: str  # the ValueType field
    keyword: str  # JSON Schema's word
    pydantic: str  # the `Field` keyword of the Python client's body models
    label: str  # the reference page's words, `{}` the bound
    expectation: str  # the mock's 400, after "expected": `{}` the bound


# The one table of constraints: the OpenAPI document, the Python client, the reference and the
# mock all read it, in this order.
CONSTRAINTS = (
    Constraint("minimum", "minimum", "ge", "minimum {}", "at least {}"),
    Constraint("maximum", "maximum", "le", "maximum {}", "at most {}"),
    Constraint(
        "min_length", "minLength", "min_length", "at least {} characters", "at least {} characters"
    ),
    Constraint(
        "max_length", "maxLength", "max_length", "at most {} characters", "at most {} characters"
    ),
    Constraint("min_items", "minItems", "min_length", "at least {} items", "at least {} items"),
    Constraint("max_items", "maxItems", "max_length", "at most {} items", "at most {} items"),
    Constraint("pattern", "pattern", "pattern", "matching {}", "to match {}"),
)


def constraints(value: ValueType) -> list[tuple[Constraint, Any]]:
    """The constraints `value` carries, with their bounds, in the table's order."""
    found = ((constraint, getattr(value, constraint.attribute)) for constraint in CONSTRAINTS)
    return [(constraint, bound) for constraint, bound in found if bound is not None]


def json_schema(
    value: ValueType, define: bool = False, inline: bool = False, required_assumed: bool = False
) -> dict[str, Any]:
    """A `ValueType` in JSON Schema 2020-12 (OpenAPI 3.1) words. A named object is a `$ref` to
    its component, unless this is its definition (`define`) or the schema must stand alone
    (`inline`: the mock's samples and checks). Assumed facts (and an assumed requiredness, for
    a property) are marked `x-assumed` and said in the description."""
    if value.component is not None and not define and not inline:
        ref = {"$ref": f"#/components/schemas/{value.component}"}
        return {"anyOf": [ref, {"type": "null"}]} if value.nullable else ref
    schema: dict[str, Any] = {}
    if value.type is not None:
        schema["type"] = [value.type, "null"] if value.nullable else value.type
    facts = provenance.assumed_facts(value, required_assumed)
    description = provenance.described(value.description, facts)
    if description:
        schema["description"] = description
    if value.format:
        schema["format"] = value.format
    if value.format_inferred:
        schema["x-format-inferred"] = True  # every example fitted it; nothing states it
    if value.enum is not None:
        schema["enum"] = [*value.enum, None] if value.nullable else list(value.enum)
    schema.update({constraint.keyword: bound for constraint, bound in constraints(value)})
    if value.default is not None:
        schema["default"] = value.default
    if value.items is not None:
        schema["items"] = json_schema(value.items, inline=inline)
    elif value.type == "array":
        schema["items"] = {}  # element type unknown: any JSON value
    if value.properties:
        schema["properties"] = {
            p.name: json_schema(p.type, inline=inline, required_assumed=p.required_is_assumed)
            for p in value.properties
        }
    if value.required:
        schema["required"] = list(value.required)
    if value.additional_properties or (value.type == "object" and not value.properties):
        # Members not known: said outright, or generators type it as an object of nothing.
        schema["additionalProperties"] = True
    schema.update(provenance.marks(facts))
    return schema


def component_schema(value: ValueType) -> dict[str, Any]:
    """A named response shape's definition under components.schemas."""
    return json_schema(value, define=True)


def body_schema(body: RequestBody) -> dict[str, Any]:
    """A request body's component schema; `x-zod-schema` keeps the handler's schema name."""
    schema = json_schema(body.type)
    return schema if body.zod_name is None else {**schema, "x-zod-schema": body.zod_name}


def multipart_parts_schema(body: RequestBody) -> dict[str, Any]:
    """The parts a multipart/form-data body has besides the JSON body's fields (the files),
    as the document publishes them and the mock checks them."""
    return json_schema(
        ValueType(
            type="object",
            properties=body.multipart_parts,
            required=tuple(part.name for part in body.multipart_parts if part.required),
        )
    )

"""JSON Schema 2020-12 (OpenAPI 3.1) of the model's value types, built once here.

The OpenAPI document publishes these schemas, the mock validates requests against the very same
ones, and the mock's synthesised answers conform to them.
"""

from __future__ import annotations

from typing import Any

from generator.model import RequestBody, ValueType


def json_schema(value: ValueType) -> dict[str, Any]:
    """A `ValueType` in JSON Schema 2020-12 (OpenAPI 3.1) words."""
    schema: dict[str, Any] = {}
    if value.type is not None:
        schema["type"] = [value.type, "null"] if value.nullable else value.type
    if value.description:
        schema["description"] = value.description
    if value.format:
        schema["format"] = value.format
    if value.enum is not None:
        schema["enum"] = [*value.enum, None] if value.nullable else list(value.enum)
    constraints = {
        "minimum": value.minimum,
        "maximum": value.maximum,
        "minLength": value.min_length,
        "maxLength": value.max_length,
        "minItems": value.min_items,
        "maxItems": value.max_items,
        "pattern": value.pattern,
        "default": value.default,
    }
    schema.update({key: item for key, item in constraints.items() if item is not None})
    if value.items is not None:
        schema["items"] = json_schema(value.items)
    elif value.type == "array":
        schema["items"] = {}  # element type unknown: any JSON value
    if value.properties:
        schema["properties"] = {p.name: json_schema(p.type) for p in value.properties}
    if value.required:
        schema["required"] = list(value.required)
    return schema


def body_schema(body: RequestBody) -> dict[str, Any]:
    """A request body's component schema; `x-zod-schema` keeps the handler's schema name."""
    return {**json_schema(body.type), "x-zod-schema": body.zod_name}


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

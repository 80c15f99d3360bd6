"""The documented success of each operation: the catalog's example, else a body from the schema."""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.model import Operation


def sample(schema: Mapping[str, Any]) -> Any:
    """A small value that conforms to `schema` (the subset `render.json_schema` emits)."""
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((name for name in kind if name != "null"), None)
    match kind:
        case "object":
            properties = schema.get("properties", {})
            return {name: sample(properties[name]) for name in schema.get("required", [])}
        case "array":
            return [sample(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
        case "string":
            return _sample_string(schema)
        case "integer" | "number":
            low, high = schema.get("minimum"), schema.get("maximum")
            value = low if low is not None else min(0, high) if high is not None else 0
            return math.ceil(value) if kind == "integer" else value
        case "boolean":
            return False
    return {}


def _sample_string(schema: Mapping[str, Any]) -> str:
    by_format = {
        "date-time": "2025-01-01T00:00:00Z",
        "email": "user@example.com",
        "uri": "https://example.com/",
    }
    text: str = by_format.get(schema.get("format", ""), "string")
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    text = text.ljust(low, "x")
    return text if high is None else text[:high]


def keyed_placeholder(key: str) -> object:
    """What an unconstrained `{key: ...}` answer holds: lists for plural names, a count, else an
    object (the catalog names the key, not its shape)."""
    if key == "count" or key.endswith("Count"):
        return 0
    if key.endswith("s") or key == "history":
        return []
    if key.endswith(("Code", "String", "Token", "Url")):
        return f"mock_{key}"
    return {}


def success_body(operation: Operation) -> object:
    """The JSON body of a successful call: the catalog's example, else one from the schema."""
    from generator.schema import json_schema

    response = operation.response
    if response.example is not None:
        return response.example.value
    schema = json_schema(response.type) if response.type is not None else {}
    body = sample(schema)
    key = response.response_key
    if key is not None and isinstance(body, dict) and schema["properties"].get(key) == {}:
        body[key] = keyed_placeholder(key)
    return body


def binary_body(operation: Operation, path_params: Mapping[str, str]) -> bytes:
    names = ", ".join(f"{name}={value}" for name, value in path_params.items())
    if operation.response.content_type == "text/html":
        title, text = html.escape(operation.summary), html.escape(names)
        return f"<!doctype html><title>{title}</title><p>Mock: {text}</p>\n".encode()
    return f"mock file of {operation.operation_id} ({names})\n".encode()

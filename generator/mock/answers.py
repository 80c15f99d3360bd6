"""The documented success of each operation: the catalog's example, else a minimal body of the
response type (`generator.samples`), with a placeholder under a key the catalog names."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.model import Operation


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
    from generator.model import ValueType
    from generator.samples import sample_value
    from generator.schema import json_schema

    response = operation.response
    if response.example is not None:
        return response.example.value
    response_type = response.type or ValueType()
    body: object = sample_value("", response_type, minimal=True)
    key = response.response_key
    if key is not None and isinstance(body, dict):
        key_type = next((p.type for p in response_type.properties if p.name == key), None)
        # Only an unconstrained key gets a placeholder; a typed one already has its sample.
        if key_type is not None and json_schema(key_type) == {}:
            body[key] = keyed_placeholder(key)
    return body


def binary_body(operation: Operation, path_params: Mapping[str, str]) -> bytes:
    names = ", ".join(f"{name}={value}" for name, value in path_params.items())
    if operation.response.content_type == "text/html":
        title, text = html.escape(operation.summary), html.escape(names)
        return f"<!doctype html><title>{title}</title><p>Mock: {text}</p>\n".encode()
    return f"mock file of {operation.operation_id} ({names})\n".encode()

"""The mock served on loopback, and valid arguments for a call of any operation: for the tests
and for the scripts they run in a child Python (tests/fixtures/), so it imports no pytest and
no test module."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from starlette.applications import Starlette

from generator.model import Operation, ValueType


@contextmanager
def serving(app: Starlette) -> Iterator[str]:
    """The app under uvicorn on a free loopback port, in a thread; yields its base URL."""
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the mock did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


# --------------------------------------------------------------------------- valid arguments


FORMATTED = {
    "email": "ops@example.com",
    "uri": "https://example.com/hook",
    "date-time": "2026-01-01T00:00:00Z",
    "password": "correct-horse-battery-staple",
}
UPLOAD = b"\x89PNG\r\n\x1a\n not text \xff\x00"


def within(value: ValueType, default: float) -> float:
    """A number inside the type's bounds: the middle when both are set."""
    low, high = value.minimum, value.maximum
    if low is not None and high is not None:
        return (low + high) / 2
    if low is not None:
        return max(low, default)
    if high is not None:
        return min(high, default)
    return default


def client_value(value: ValueType, every: bool) -> Any:
    """A value a caller would pass for this type, valid for its format, enum and limits.

    Nested objects get their required properties only, or every property when `every`."""
    if value.enum:
        return value.enum[0]
    match value.type:
        case "string":
            if value.format == "binary":
                return UPLOAD
            text = FORMATTED.get(value.format or "", "value")
            return text.ljust(value.min_length or 0, "v")[: value.max_length]
        case "integer":
            return int(within(value, 3))
        case "number":
            return within(value, 2.5)
        case "boolean":
            return True
        case "array":
            item = client_value(value.items, every) if value.items else "any"
            return [item] * max(1, value.min_items or 0)
        case "object":
            if not value.properties:
                return {"key": "value"}
            return {
                prop.name: client_value(prop.type, every)
                for prop in value.properties
                if every or prop.required
            }
    return {"any": ["json"]}


def path_value(name: str) -> str:
    return f"{name}_1"


def call_arguments(op: Operation, every: bool) -> tuple[list[str], dict[str, Any]]:
    """Path parameters positional; query parameters, body fields and file parts by keyword:
    the required ones, or all of them when `every`."""
    positional = [path_value(param.name) for param in op.path_params]
    keywords = {
        param.python_name: client_value(param.type, every)
        for param in op.query_params
        if every or param.required
    }
    if op.body is not None and op.body.is_open and every:
        keywords["body"] = {"any": ["json"]}
    elif op.body is not None:
        fields = (*op.body.type.properties, *op.body.multipart_parts)
        keywords |= {
            prop.python_name: client_value(prop.type, every)
            for prop in fields
            if every or prop.required
        }
    return positional, keywords


def expected_path(op: Operation) -> str:
    path = op.path
    for param in op.path_params:
        path = path.replace(f"{{{param.name}}}", path_value(param.name))
    return path

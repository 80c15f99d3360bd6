"""Render stage: the model -> {relative path: text}. Pure: nothing here touches the disk.

One Jinja environment, built once, renders every template under `templates/`. Templates loop and
look up; the filters registered here translate model values into a target's notation (a JSON
schema, a Python annotation), so no template decides anything.

The OpenAPI template renders JSON; the document is then parsed once and written in one canonical
layout as both `openapi.json` and `openapi.yaml`, so the two can never disagree and a template
slip (a missing comma) fails the run instead of shipping.
"""

from __future__ import annotations

import json
import re
from functools import cache
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

import orjson
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from generator import contract, pyclient, scopes
from generator.model import Api, Catalog, RequestBody, ValueType

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
PLAIN_YAML_KEY = re.compile(r"^[A-Za-z_/$][A-Za-z0-9_./{}$-]*$")
YAML_WORDS = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"})


def dump_json(value: Any) -> str:
    """The one JSON layout of every generated JSON file: 2-space indent, UTF-8, final newline.

    Byte-identical to `json.dumps(value, indent=2, ensure_ascii=False)`; orjson does it about
    75 times faster, which matters for the 50x-catalog target.
    """
    return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode() + "\n"


HTML_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"})


def to_json(value: Any) -> str:
    """Jinja's `tojson` (JSON, with <>&' escaped so it is safe inside HTML), without its
    per-call overhead: templates call it tens of thousands of times per run."""
    if isinstance(value, str):
        text: str = encode_basestring(value)
    elif value is None or isinstance(value, bool | int):
        text = (
            "null"
            if value is None
            else str(value).lower() if isinstance(value, bool) else str(value)
        )
    else:
        text = json.dumps(value, ensure_ascii=False)
    return text.translate(HTML_UNSAFE)


def dump_yaml(value: Any) -> str:
    """Block-style YAML of a JSON document; every string is a JSON (double-quoted) scalar."""
    return "".join(f"{line}\n" for line in _yaml_lines(value, 0))


@cache  # a document repeats a few hundred keys tens of thousands of times
def _yaml_key(key: str) -> str:
    plain = PLAIN_YAML_KEY.match(key) and key.lower() not in YAML_WORDS
    return key if plain else str(encode_basestring(key))


def _yaml_scalar(value: Any) -> str:
    if isinstance(value, str):
        return str(encode_basestring(value))
    if isinstance(value, dict | list):
        return "{}" if isinstance(value, dict) else "[]"
    return json.dumps(value)


def _yaml_lines(value: Any, depth: int) -> Any:
    pad = "  " * depth
    if isinstance(value, dict) and value:
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                yield f"{pad}{_yaml_key(key)}:"
                yield from _yaml_lines(item, depth + 1)
            else:
                yield f"{pad}{_yaml_key(key)}: {_yaml_scalar(item)}"
    elif isinstance(value, list) and value:
        for item in value:
            if isinstance(item, dict | list) and item:
                first, *rest = _yaml_lines(item, depth + 1)
                yield f"{pad}- {first.lstrip()}"
                yield from rest
            else:
                yield f"{pad}- {_yaml_scalar(item)}"
    else:
        yield f"{pad}{_yaml_scalar(value)}"


# --------------------------------------------------------------------------- filters


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


# The shared error responses under components.responses, by status.
ERROR_RESPONSES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    429: "TooManyRequests",
    500: "InternalServerError",
}


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        # Compiled templates cached per user (Jinja checks the cache folder's owner and mode),
        # as Python caches bytecode: a run skips compiling unchanged templates.
        bytecode_cache=FileSystemBytecodeCache(),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["tojson"] = to_json
    env.filters["json_schema"] = json_schema
    env.filters["body_schema"] = body_schema
    env.filters["multipart_parts_schema"] = multipart_parts_schema
    env.filters.update(pyclient.FILTERS)
    env.globals.update(
        scope_rules=scopes.RULES,
        public_routes=scopes.PUBLIC,
        all_scopes=scopes.ALL_SCOPES,
        read_methods=sorted(scopes.READ_METHODS),
        server_url=contract.SERVER_URL,
        contract=contract,
        error_responses=ERROR_RESPONSES,
    )
    return env


def render_template(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)


# --------------------------------------------------------------------------- outputs


def render_routes(catalog: Catalog) -> str:
    return dump_json(
        {
            "routes": len(catalog.routes),
            "operations": catalog.operation_count,
            "groups": catalog.model_dump(mode="json")["groups"],
        }
    )


def openapi_document(api: Api) -> dict[str, Any]:
    document: dict[str, Any] = orjson.loads(render_template("openapi.json.j2", api=api))
    return document


def render(catalog: Catalog, api: Api) -> dict[str, str]:
    document = openapi_document(api)
    scope_map = orjson.loads(render_template("scopes.json.j2", api=api))
    return {
        "routes.json": render_routes(catalog),
        "openapi.json": dump_json(document),
        "openapi.yaml": dump_yaml(document),
        "scopes.json": dump_json(scope_map),
        "api-route-permissions.ts": render_template("api-route-permissions.ts.j2", api=api),
        **pyclient.render_client(api),
    }

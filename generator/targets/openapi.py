"""Target: the OpenAPI 3.1 document, as `openapi.json` and `openapi.yaml`.

Python decides, `templates/openapi/` lays out: the functions below build each operation, tag and
component schema as a JSON value (schemas from `generator.schema`), and `openapi.json.j2` places
them, through `tojson`, in the document's fixed frame. The result is parsed once and written in
one canonical layout as both files, so the two can never disagree and a template slip (a
missing comma) fails the run instead of shipping.
"""

from __future__ import annotations

from typing import Any

import orjson

from generator import contract, provenance
from generator.contract import ERROR_RESPONSES
from generator.model import Api, Operation, Param, RequestBody, Response, ValueType
from generator.schema import body_schema, component_schema, json_schema, multipart_parts_schema
from generator.serialise import dump_json, dump_yaml
from generator.templating import render_template

Json = dict[str, Any]

# Every error body: the shared error responses (templates/openapi/errors.json.j2) refer to it.
ERROR_SCHEMA: Json = {
    "type": "object",
    "description": "Every error body: a human-readable message. Do not rely on its wording "
    "except where documented.",
    "required": ["error"],
    "properties": {"error": {"type": "string"}},
}
LOCATION_HEADER: Json = {
    "description": "Where to go next.",
    "schema": {"type": "string", "format": "uri"},
}


def component_ref(section: str, name: str) -> Json:
    return {"$ref": f"#/components/{section}/{name}"}


def parameter(param: Param) -> Json:
    """A parameter, its assumptions marked and said once, on the parameter, not its schema."""
    facts = provenance.of_param(param)
    found: Json = {"name": param.name, "in": param.location, "required": param.required}
    description = provenance.described(param.type.description, facts)
    if description:
        found["description"] = description
    bare = param.type.model_copy(update={"description": None, "origins": ()})
    schema = json_schema(bare)
    schema.pop(provenance.MARKER, None)
    schema.pop("description", None)
    return {**found, "schema": schema, **provenance.marks(facts)}


def parameter_ref(param: Param) -> Json:
    """A shared parameter by reference, another in full."""
    if param.component is None:
        return parameter(param)
    return component_ref("parameters", param.component)


def request_body(body: RequestBody) -> Json:
    """JSON always; multipart/form-data too when the body has file parts besides its fields.
    An open body (no Zod schema on the page) may be left out."""
    fields = component_ref("schemas", body.component)
    content: Json = {"application/json": {"schema": fields}}
    if body.multipart_parts:
        parts = multipart_parts_schema(body)
        content["multipart/form-data"] = {"schema": {"allOf": [fields, parts]}}
    return {"required": body.required, "content": content}


def success(response: Response) -> Json:
    """The success response: JSON; text (the invoice's HTML); bytes in OpenAPI 3.1's form, a
    string of the file's `contentMediaType` (not 3.0's `format: binary`); plus the text
    alternatives a parameter selects (zone export's csv and bind)."""
    if response.kind == "redirect":
        return {"description": response.description, "headers": {"Location": LOCATION_HEADER}}
    media_type = response.content_type or "application/octet-stream"
    if response.kind == "binary":
        binary = {"schema": {"type": "string", "contentMediaType": media_type}}
        return {"description": response.description, "content": {media_type: binary}}
    if response.kind == "text":
        text = {"schema": {"type": "string"}}
        return {"description": response.description, "content": {media_type: text}}
    media: Json = {"schema": json_schema(response.type) if response.type is not None else {}}
    if response.example is not None:
        media["example"] = response.example.value
    content: Json = {media_type: media}
    for alternative in response.alternatives:
        content[alternative.content_type] = {
            "schema": {"type": "string", "description": f"With `{alternative.when}`."}
        }
    return {
        "description": response.description,
        "x-shape-origin": response.shape_origin,
        "content": content,
    }


def operation(op: Operation) -> Json:
    found: Json = {
        "operationId": op.operation_id,
        "summary": op.summary,
        "description": op.description,
        "tags": [op.tag],
    }
    if op.deprecated:
        found["deprecated"] = True
    found["x-source"] = op.source
    found["x-required-scope"] = op.scope
    # A key with the scope, or a browser session (which scopes do not limit); public: neither.
    found["security"] = (
        [] if op.scope is None else [{"bearerAuth": [op.scope]}, {"clerkSession": []}]
    )
    if op.params:
        found["parameters"] = [parameter_ref(param) for param in op.params]
    if op.body is not None:
        found["requestBody"] = request_body(op.body)
    found["responses"] = {
        str(op.response.status): success(op.response),
        **{
            str(status): component_ref("responses", ERROR_RESPONSES[status]) for status in op.errors
        },
    }
    return found


def body_items(api: Api) -> tuple[ValueType, ...]:
    """The named element schemas of body array fields (`ZoneRecordInput`)."""
    return tuple(item for item in api.body_item_components if item.component is not None)


def document(api: Api) -> dict[str, Any]:
    """The OpenAPI document as a JSON value (publish compares it with the previous release)."""
    text = render_template(
        "openapi/openapi.json.j2",
        api=api,
        external_docs={"description": contract.API_PAGE_TITLE, "url": contract.API_PAGE_URL},
        tags=[{"name": tag.name, "description": tag.description} for tag in api.tags],
        paths={
            path: {op.method.lower(): operation(op) for op in operations}
            for path, operations in api.paths.items()
        },
        schemas={
            "Error": ERROR_SCHEMA,
            **{body.component: body_schema(body) for body in api.bodies},
            **{item.component: component_schema(item) for item in body_items(api)},
            **{shape.component: component_schema(shape) for shape in api.response_components},
        },
        parameters={param.component: parameter(param) for param in api.parameter_components},
    )
    parsed: dict[str, Any] = orjson.loads(text)
    return parsed


def render(api: Api) -> dict[str, str]:
    parsed = document(api)
    return {"openapi.json": dump_json(parsed), "openapi.yaml": dump_yaml(parsed)}

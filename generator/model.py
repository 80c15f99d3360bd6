"""The generator's data: what the catalog says (`Catalog`), and the resolved API (`Api`).

Both stages are frozen pydantic models. Source line numbers are kept for error messages but
excluded from serialisation, so `routes.json` does not churn when lines move.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

HttpMethod = Literal["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

# Canonical order of methods within a route: reads first, then writes, as people list them.
METHOD_ORDER: tuple[HttpMethod, ...] = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


# --------------------------------------------------------------------------- parse stage


class DescriptionLine(Frozen):
    text: str
    depth: int = 0
    line: int = Field(default=0, exclude=True)


class QueryParam(Frozen):
    name: str
    type: str | None = None
    note: str = ""
    line: int = Field(default=0, exclude=True)


class SchemaField(Frozen):
    name: str
    line: int = Field(default=0, exclude=True)


class BodySchema(Frozen):
    name: str
    fields: tuple[SchemaField, ...] = ()
    line: int = Field(default=0, exclude=True)


class Example(Frozen):
    """A fenced `json` example; wrapped so that a literal `null` example differs from none."""

    value: JsonValue


class MethodNotes(Frozen):
    """What a `#### METHOD` subsection says about the response."""

    method: HttpMethod
    example_kind: Literal["success", "error"] | None = None
    example: Example | None = None
    response_key: str | None = None
    see_handler: bool = False
    line: int = Field(default=0, exclude=True)


class Route(Frozen):
    path: str
    path_params: tuple[str, ...]
    source: str
    methods: tuple[HttpMethod, ...]
    description: tuple[DescriptionLine, ...] = ()
    query_params: tuple[QueryParam, ...] = ()
    body_schemas: tuple[BodySchema, ...] = ()
    responses: tuple[MethodNotes, ...] = ()
    line: int = Field(default=0, exclude=True)

    @property
    def operation_count(self) -> int:
        return len(self.methods)


class Group(Frozen):
    name: str
    routes: tuple[Route, ...]
    line: int = Field(default=0, exclude=True)


class Catalog(Frozen):
    """The catalog as written: groups sorted by name, routes by path, methods canonically."""

    groups: tuple[Group, ...]

    @property
    def routes(self) -> tuple[Route, ...]:
        return tuple(route for group in self.groups for route in group.routes)

    @property
    def operation_count(self) -> int:
        return sum(route.operation_count for route in self.routes)


# --------------------------------------------------------------------------- resolve stage

JsonType = Literal["string", "integer", "number", "boolean", "array", "object"]


class ValueType(Frozen):
    """The JSON-schema type of a value; `type=None` means unconstrained (any JSON)."""

    type: JsonType | None = None
    format: str | None = None
    # True when the format was read off examples (every sample fitted it), not stated anywhere.
    format_inferred: bool = False
    enum: tuple[str | int, ...] | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    pattern: str | None = None
    nullable: bool = False
    default: JsonValue = None
    description: str | None = None
    items: ValueType | None = None
    properties: tuple[Property, ...] = ()
    required: tuple[str, ...] = ()
    # The component schema (and client model) this object is, for response shapes: renderers
    # refer to it by name wherever it is nested and define it once.
    component: str | None = None


class Property(Frozen):
    name: str
    python_name: str
    required: bool
    type: ValueType


class Param(Frozen):
    name: str
    python_name: str
    location: Literal["path", "query"]
    required: bool
    type: ValueType


class RequestBody(Frozen):
    component: str  # unique component schema name, e.g. CancelServiceBody
    zod_name: str  # the schema's name in the panel's handler, e.g. BodySchema
    type: ValueType  # an object with `properties`
    multipart_parts: tuple[Property, ...] = ()  # extra parts when sent as multipart/form-data


# Where a JSON response's shape comes from, most to least known: an overlay declaration, the
# catalog's example (inferred), the catalog's "an object with key X" line, or nothing at all
# (an open object is assumed: NextResponse.json bodies are objects).
ShapeOrigin = Literal["overlay", "example", "response-key", "assumed"]


class Response(Frozen):
    status: int
    kind: Literal["json", "binary", "redirect"]
    description: str  # what a success carries, in the words the document and the reference use
    content_type: str | None
    type: ValueType | None  # of a JSON body
    response_key: str | None = None
    example: Example | None = None
    shape_origin: ShapeOrigin | None = None  # None: not JSON


class Operation(Frozen):
    operation_id: str
    attribute: str  # dotted client attribute, e.g. zones.records.create
    resource: tuple[str, ...]
    verb: str
    method: HttpMethod
    path: str
    tag: str
    source: str
    summary: str
    description: str
    scope: str | None  # None: public
    params: tuple[Param, ...]
    body: RequestBody | None
    response: Response
    deprecated: bool = False
    errors: tuple[int, ...]  # shared error responses that can occur

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(param for param in self.params if param.location == "path")

    @property
    def query_params(self) -> tuple[Param, ...]:
        return tuple(param for param in self.params if param.location == "query")


class Tag(Frozen):
    name: str
    description: str


class Api(Frozen):
    title: str
    version: str
    tags: tuple[Tag, ...]
    operations: tuple[Operation, ...]  # sorted by path, then method order
    # Every named response shape once (objects with `component` set), sorted by name.
    response_components: tuple[ValueType, ...] = ()

    @property
    def paths(self) -> dict[str, tuple[Operation, ...]]:
        grouped: dict[str, list[Operation]] = {}
        for operation in self.operations:
            grouped.setdefault(operation.path, []).append(operation)
        return {path: tuple(operations) for path, operations in grouped.items()}

    @property
    def bodies(self) -> tuple[RequestBody, ...]:
        found = [op.body for op in self.operations if op.body is not None]
        return tuple(sorted(found, key=lambda body: body.component))

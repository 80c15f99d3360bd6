"""The generator's data: what the catalog says (`Catalog`), and the resolved API (`Api`).

Both stages are frozen pydantic models. Source line numbers are kept for error messages but
excluded from serialisation, so `routes.json` does not churn when lines move.
"""

from __future__ import annotations

from typing import Literal, get_args

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

# The facts a value or a field can carry, by ValueType's attribute names (plus `required`).
Fact = Literal[
    "type",
    "format",
    "enum",
    "minimum",
    "maximum",
    "min_length",
    "max_length",
    "min_items",
    "max_items",
    "pattern",
    "shape",  # the properties of an object or the items of an array, as the overlay nests them
    "required",
]
# The facts that narrow a type: every Fact but the type itself, the nesting and requiredness.
CONSTRAINT_FACTS: tuple[Fact, ...] = tuple(
    fact for fact in get_args(Fact) if fact not in ("type", "shape", "required")
)


class Origin(Frozen):
    """Where one fact came from. The page types nothing, so most facts are the overlay's
    assumptions; only what the catalog's own words say, or what an overlay entry backs with a
    quote or a handler reference, is stated. Renderers read this: the document marks assumed
    facts `x-assumed`, the reference shows a marker, and the client enforces only stated ones."""

    kind: Literal["catalog", "overlay", "example", "assumed"]
    source: str | None = None  # the quote or handler reference (catalog and overlay)

    @property
    def stated(self) -> bool:
        """Said by the catalog or backed by a source: a fact a client may enforce. An example's
        shape is evidence, not a promise: neither enforced nor marked assumed."""
        return self.kind in ("catalog", "overlay")

    @property
    def assumed(self) -> bool:
        return self.kind == "assumed"


ASSUMED = Origin(kind="assumed")
EXAMPLE = Origin(kind="example")


class ValueType(Frozen):
    """The JSON-schema type of a value; `type=None` means unconstrained (any JSON).

    `origins` says which facts are stated and where; a fact it does not list is assumed, so a
    new fact is never presented as stated by accident."""

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
    additional_properties: bool | None = None  # True: an open object, any member welcome
    # The component schema this object is (a body array's element, `ZoneRecordInput`):
    # renderers refer to it by name wherever it is nested and define it once.
    component: str | None = None
    origins: tuple[tuple[Fact, Origin], ...] = ()

    def origin(self, fact: Fact) -> Origin:
        return next((origin for name, origin in self.origins if name == fact), ASSUMED)

    def facts(self) -> tuple[Fact, ...]:
        """The facts this value carries: its type, each constraint set, its nested shape."""
        found: list[Fact] = ["type"] if self.type is not None else []
        found += [fact for fact in CONSTRAINT_FACTS if getattr(self, fact) is not None]
        if self.properties or self.items is not None or self.additional_properties:
            found.append("shape")
        return tuple(found)

    def all_from(self, origin: Origin) -> ValueType:
        """This value with every fact it carries, nested ones and requiredness too, from
        `origin` (an example's inferred shape, say)."""
        return self.model_copy(
            update={
                "origins": tuple((fact, origin) for fact in self.facts()),
                "items": self.items.all_from(origin) if self.items is not None else None,
                "properties": tuple(
                    prop.model_copy(
                        update={"type": prop.type.all_from(origin), "required_origin": origin}
                    )
                    for prop in self.properties
                ),
            }
        )

    @property
    def assumed_facts(self) -> tuple[Fact, ...]:
        return tuple(fact for fact in self.facts() if self.origin(fact).assumed)

    @property
    def stated_only(self) -> ValueType:
        """This value with every fact not stated dropped (nested values too): what a client may
        enforce locally without refusing a call the server might accept."""
        assumed = {fact for fact in self.facts() if not self.origin(fact).stated}
        update: dict[str, object] = {fact: None for fact in assumed if fact in CONSTRAINT_FACTS}
        if "type" in assumed:
            update["type"] = None
        if self.items is not None:
            update["items"] = None if "shape" in assumed else self.items.stated_only
        if self.properties:
            update["properties"] = (
                () if "shape" in assumed else tuple(p.stated_only for p in self.properties)
            )
            update["required"] = (
                ()
                if "shape" in assumed
                else tuple(
                    p.name for p in self.properties if p.required and p.required_origin.stated
                )
            )
        return self.model_copy(update=update)


class Property(Frozen):
    name: str
    python_name: str
    required: bool
    type: ValueType
    required_origin: Origin = ASSUMED  # where `required: true` comes from; unused when False

    @property
    def required_is_assumed(self) -> bool:
        return self.required and self.required_origin.assumed

    @property
    def stated_only(self) -> Property:
        return self.model_copy(
            update={
                "required": self.required and self.required_origin.stated,
                "type": self.type.stated_only,
            }
        )


class Param(Frozen):
    name: str
    python_name: str
    location: Literal["path", "query"]
    required: bool
    type: ValueType
    required_origin: Origin = ASSUMED  # where `required: true` comes from; unused when False
    component: str | None = None  # its name under components/parameters, when shared

    @property
    def required_is_assumed(self) -> bool:
        return self.required and self.required_origin.assumed


class RequestBody(Frozen):
    component: str  # unique component schema name, e.g. CancelServiceBody
    # The schema's name in the panel's handler, e.g. BodySchema; None: the page detected no Zod
    # schema, so the body is an optional open object (any JSON members, all assumed).
    zod_name: str | None
    type: ValueType  # an object with `properties`, or an open object
    multipart_parts: tuple[Property, ...] = ()  # extra parts when sent as multipart/form-data

    @property
    def is_open(self) -> bool:
        return self.zod_name is None

    @property
    def required(self) -> bool:
        """A handler that parses a Zod schema needs a body; an open one may be left out."""
        return not self.is_open


class Alternative(Frozen):
    """Another media type an operation answers with, chosen by a request parameter (zone
    export's `format=csv`); its body is text."""

    content_type: str
    when: str  # the parameter value that selects it, e.g. `format=csv`


# Where a JSON response's shape comes from, most to least known: an overlay declaration, the
# catalog's example (inferred), the catalog's "an object with key X" line, or nothing at all
# (an open object is assumed: NextResponse.json bodies are objects).
ShapeOrigin = Literal["overlay", "example", "response-key", "assumed"]


class Response(Frozen):
    status: int
    # json: a JSON body; text: a text body (the invoice's HTML); binary: bytes; redirect: none.
    kind: Literal["json", "text", "binary", "redirect"]
    description: str  # what a success carries, in the words the document and the reference use
    content_type: str | None
    type: ValueType | None  # of a JSON body
    response_key: str | None = None
    example: Example | None = None
    shape_origin: ShapeOrigin | None = None  # None: not JSON
    alternatives: tuple[Alternative, ...] = ()
    # Whether the page states the media type (the invoice download's "PDF (print-optimized
    # HTML)" does) or the overlay assumes it (the attachment's octet-stream, export's csv/bind).
    content_origin: Origin = ASSUMED


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
        """Every body component once: operations with identical bodies share one."""
        found = {op.body.component: op.body for op in self.operations if op.body is not None}
        return tuple(found[name] for name in sorted(found))

    @property
    def parameter_components(self) -> tuple[Param, ...]:
        """The shared parameters (`component` set), once each, sorted by name."""
        found = {
            param.component: param
            for op in self.operations
            for param in op.params
            if param.component is not None
        }
        return tuple(found[name] for name in sorted(found))

    @property
    def body_item_components(self) -> tuple[ValueType, ...]:
        """The named element schemas of body array fields, once each, sorted by name."""
        found = {
            prop.type.items.component: prop.type.items
            for body in self.bodies
            for prop in body.type.properties
            if prop.type.items is not None and prop.type.items.component is not None
        }
        return tuple(found[name] for name in sorted(found))

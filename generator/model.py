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
    model_config = ConfigDict(frozen=True, extra="forbid")


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

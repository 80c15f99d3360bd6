"""The overlay: what the catalog does not say (types, requiredness, enums, nested shapes,
binary and redirect responses), read from `catalog/overrides.toml` and validated by pydantic.

Type specs use JSON Schema's own words (`type`, `format`, `enum`, `minimum`, `maxLength`, ...),
so a panel engineer can write them without learning a new vocabulary.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, JsonValue, ValidationError

from generator.model import HttpMethod, JsonType
from generator.problems import InputError, Problem


class Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class TypeSpec(Spec):
    """The JSON-schema type of one value."""

    type: JsonType
    format: str | None = None
    enum: tuple[str | int, ...] | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    min_length: int | None = Field(default=None, alias="minLength")
    max_length: int | None = Field(default=None, alias="maxLength")
    min_items: int | None = Field(default=None, alias="minItems")
    max_items: int | None = Field(default=None, alias="maxItems")
    pattern: str | None = None
    items: TypeSpec | None = None
    nullable: bool = False
    default: JsonValue = None
    description: str | None = None


class FieldSpec(TypeSpec):
    """A body field; `in` names the array field whose elements hold it (a flattened shape)."""

    required: bool = False
    parent: str | None = Field(default=None, alias="in")


class QuerySpec(TypeSpec):
    """A query parameter; `methods` places it when the description gives no hint."""

    required: bool = False
    methods: tuple[HttpMethod, ...] | None = None


class ShapeSpec(TypeSpec):
    """One value of a response the overlay declares: a key is required unless it says not,
    since a declaration lists what the handler returns; `properties` nest an object's keys."""

    required: bool = True
    items: ShapeSpec | None = None
    properties: dict[str, ShapeSpec] = {}


class MethodSpec(Spec):
    """Response facts of one method that the catalog does not state."""

    status: int | None = Field(default=None, ge=200, le=399)
    content_type: str | None = None
    binary: bool = False
    redirect: bool = False
    deprecated: bool = False
    # The JSON body's top-level keys, for a method whose catalog entry has no example (or one
    # that says too little); an example, when there is one, must fit it.
    response: dict[str, ShapeSpec] | None = None


class RouteSpec(Spec):
    query: dict[str, QuerySpec] = {}
    body: dict[str, dict[str, FieldSpec]] = {}
    multipart: dict[str, FieldSpec] = {}
    methods: dict[HttpMethod, MethodSpec] = {}


class GroupSpec(Spec):
    description: str


class InfoSpec(Spec):
    title: str = "Expanse panel API (dual-auth routes)"
    version: str = Field(default="1.0.0", pattern=r"^\d+\.\d+\.\d+$")


class Overlay(Spec):
    info: InfoSpec = InfoSpec()
    groups: dict[str, GroupSpec] = {}
    routes: dict[str, RouteSpec] = {}


EMPTY = Overlay()


def load_overlay(path: Path) -> Overlay:
    """Read and validate the overlay; every failure is an `InputError` naming the file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError([Problem(str(path), 0, "no such file, expected the overlay")]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError([Problem(str(path), 0, f"cannot read the overlay ({error})")]) from None
    except tomllib.TOMLDecodeError as error:
        line = int(str(error).rsplit("line ", 1)[-1].split(",")[0]) if "line " in str(error) else 0
        raise InputError([Problem(str(path), line, f"invalid TOML ({error})")]) from None
    try:
        return Overlay.model_validate(data)
    except ValidationError as error:
        raise InputError(
            Problem(
                str(path),
                0,
                f"{'.'.join(str(part) for part in issue['loc'])}: {issue['msg']}",
            )
            for issue in error.errors()
        ) from None

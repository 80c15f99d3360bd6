"""The overlay: what the catalog does not say (types, requiredness, enums, nested shapes,
binary and redirect responses), read from `catalog/overrides.toml` and validated by pydantic.

Type specs use JSON Schema's own words (`type`, `format`, `enum`, `minimum`, `maxLength`, ...),
so a panel engineer can write them without learning a new vocabulary.

Every fact an entry gives is **assumed** unless the entry lists it in `stated` and says where
it is stated in `source`: a quote of the route's catalog entry (checked by resolve) or a
reference to the handler (`src/app/api/.../route.ts: ...`). So a guess can never pass for a
fact: an entry with no `source` is all assumption, and the artifacts say so.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import SchemaError

from generator import jsonvalue
from generator.model import Fact, HttpMethod, JsonType
from generator.problems import InputError, Problem

# The words `stated` takes (the entry's own keys) and the model's fact each one is.
STATED_WORDS: dict[str, Fact] = {
    "type": "type",
    "format": "format",
    "enum": "enum",
    "minimum": "minimum",
    "maximum": "maximum",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minItems": "min_items",
    "maxItems": "max_items",
    "pattern": "pattern",
    "items": "shape",
    "in": "shape",
    "required": "required",
}
StatedWord = Literal[
    "type",
    "format",
    "enum",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "pattern",
    "items",
    "in",
    "required",
]


class Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


# Every number the overlay gives ends up in JSON, Python and TypeScript: integers within 64 bits,
# counts never negative, decimals finite.
Integer = Annotated[int, Field(ge=jsonvalue.INT64_MIN, le=jsonvalue.INT64_MAX)]
Count = Annotated[int, Field(ge=0, le=jsonvalue.INT64_MAX)]
Decimal = Annotated[float, Field(allow_inf_nan=False)]
# Each (lower, upper) pair of bounds, by field and overlay word.
BOUND_PAIRS = (
    (("minimum", "minimum"), ("maximum", "maximum")),
    (("min_length", "minLength"), ("max_length", "maxLength")),
    (("min_items", "minItems"), ("max_items", "maxItems")),
)


class TypeSpec(Spec):
    """The JSON-schema type of one value. No `type`: the catalog's type (a query parameter's
    `(string)`), else any JSON value."""

    type: JsonType | None = None
    format: str | None = None
    enum: tuple[str | Integer, ...] | None = None
    minimum: Integer | Decimal | None = None
    maximum: Integer | Decimal | None = None
    min_length: Count | None = Field(default=None, alias="minLength")
    max_length: Count | None = Field(default=None, alias="maxLength")
    min_items: Count | None = Field(default=None, alias="minItems")
    max_items: Count | None = Field(default=None, alias="maxItems")
    pattern: str | None = None
    items: TypeSpec | None = None
    nullable: bool = False
    default: JsonValue = None
    description: str | None = None

    @field_validator("pattern")
    @classmethod
    def _compiles_everywhere(cls, pattern: str | None) -> str | None:
        """The mock checks a pattern with Python's `re`, the client with pydantic's Rust engine:
        both must accept it."""
        if pattern is None:
            return None
        try:
            re.compile(pattern)
            TypeAdapter(Annotated[str, Field(pattern=pattern)])
        except (re.error, SchemaError) as error:
            reason = str(error).strip().splitlines()[-1].strip()
            raise ValueError(
                f"found pattern {pattern!r}, expected a regular expression that both Python's "
                f"re and pydantic's Rust engine accept ({reason})"
            ) from None
        return pattern

    @field_validator("minimum", "maximum", mode="before")
    @classmethod
    def _within_64_bits(cls, bound: object) -> object:
        """A float takes an int too: a huge one must not pass as a decimal."""
        if isinstance(bound, int) and not jsonvalue.INT64_MIN <= bound <= jsonvalue.INT64_MAX:
            raise ValueError(f"found {bound}, expected a bound within 64 bits")
        return bound

    @field_validator("default")
    @classmethod
    def _fit_for_json(cls, default: JsonValue) -> JsonValue:
        problem = jsonvalue.unfit(default)
        if problem is not None:
            raise ValueError(f"{problem} in default")
        return default

    @model_validator(mode="after")
    def _bounds_in_order(self) -> TypeSpec:
        for (lower, lower_word), (upper, upper_word) in BOUND_PAIRS:
            low, high = getattr(self, lower), getattr(self, upper)
            if low is not None and high is not None and low > high:
                raise ValueError(
                    f"found {lower_word} {low} above {upper_word} {high}, "
                    f"expected {lower_word} <= {upper_word}"
                )
        return self


class SourcedSpec(TypeSpec):
    """An entry whose facts are assumed unless listed in `stated`, with their `source`."""

    required: bool = False
    stated: tuple[StatedWord, ...] = ()
    source: str | None = None

    @model_validator(mode="after")
    def _stated_facts_have_a_source(self) -> SourcedSpec:
        if self.stated and not self.source:
            raise ValueError(
                f"stated = {list(self.stated)} without a source, expected `source` to quote the "
                "catalog entry or name the handler"
            )
        if self.source is not None and not self.stated:
            raise ValueError("a source without `stated`, expected the facts it states")
        given = self.model_fields_set | ({"required"} if self.required else set())
        keys = {
            name: (field.alias or name)
            for name, field in type(self).model_fields.items()
            if name in given
        }
        unset = [word for word in self.stated if word not in keys.values()]
        if unset:
            raise ValueError(f"stated {unset}, expected each to be given in the entry")
        return self

    @property
    def stated_facts(self) -> tuple[Fact, ...]:
        return tuple(STATED_WORDS[word] for word in self.stated)


class FieldSpec(SourcedSpec):
    """A body field; `in` names the array field whose elements hold it (a flattened shape)."""

    parent: str | None = Field(default=None, alias="in")


class QuerySpec(SourcedSpec):
    """A query parameter; `methods` places it when the description gives no hint."""

    methods: tuple[HttpMethod, ...] | None = None


class ShapeSpec(TypeSpec):
    """One value of a response the overlay declares: a key is required unless it says not,
    since a declaration lists what the handler returns; `properties` nest an object's keys."""

    required: bool = True
    items: ShapeSpec | None = None
    properties: dict[str, ShapeSpec] = {}


class MethodSpec(Spec):
    """Response facts of one method that the catalog does not state. `text`: the body is text
    (the invoice's HTML), `binary`: bytes; `alternatives`: other media types chosen by a
    parameter value (`"text/csv" = "format=csv"`). The media type is assumed unless `source`
    quotes the catalog for it. `summary` replaces a page text that is no imperative sentence."""

    status: int | None = Field(default=None, ge=200, le=399)
    content_type: str | None = None
    text: bool = False
    binary: bool = False
    redirect: bool = False
    deprecated: bool = False
    # The JSON body's top-level keys, for a method whose catalog entry has no example (or one
    # that says too little); an example, when there is one, must fit it.
    response: dict[str, ShapeSpec] | None = None
    alternatives: dict[str, str] = {}
    source: str | None = None
    # A short imperative summary where the page's text is not one (a noun phrase, internals);
    # the page's words stay in the description.
    summary: str | None = None


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
    except RecursionError:
        raise InputError([Problem(str(path), 0, jsonvalue.too_deep_message())]) from None
    except FileNotFoundError:
        raise InputError([Problem(str(path), 0, "no such file, expected the overlay")]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError([Problem(str(path), 0, f"cannot read the overlay ({error})")]) from None
    except tomllib.TOMLDecodeError as error:
        line = int(str(error).rsplit("line ", 1)[-1].split(",")[0]) if "line " in str(error) else 0
        raise InputError([Problem(str(path), line, f"invalid TOML ({error})")]) from None
    if jsonvalue.nested_deeper(data):
        raise InputError([Problem(str(path), 0, jsonvalue.too_deep_message())])
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

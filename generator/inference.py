"""Reading several JSON samples as one shape: the response schema a catalog example implies.

The rules, each a promise the property tests in `tests/test_inference.py` hold us to (every
sample validates against what is inferred from it):

| samples at one position | inferred |
| --- | --- |
| none (an empty array's elements) | unconstrained: any JSON value |
| all one type | that type |
| integers and floats | `number` |
| `null` beside one type | that type or null (`type: [T, "null"]`) |
| only `null` | unconstrained: the sample says nothing about the type |
| other mixes (a string and an object, a boolean and a number) | unconstrained |
| strings | `string`; a `format` only when every sample fits it, marked as inferred |
| arrays | the elements of every sample, merged as one position |
| objects | the union of keys, each key's values merged; a key is required only when every sample has it; extra keys stay allowed |

No enum, bound or pattern is inferred: an illustrative value says what shape a field has, not
what values it may take. Own code rather than genson: genson gives `null` beside an object or
array as `anyOf` instead of `type: [T, "null"]`, knows no formats without a custom strategy, and
returns JSON Schema dicts where the generator needs `ValueType` (with the inferred format marked),
so the conversion would be as long as this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime

from pydantic import JsonValue

from generator import naming
from generator.model import EXAMPLE, JsonType, Property, ValueType

DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$"
)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URI = re.compile(r"^https?://[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][^\s]*)?$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _parses(pattern: re.Pattern[str], parse: Callable[[str], object]) -> Callable[[str], bool]:
    def fits(text: str) -> bool:
        if not pattern.match(text):
            return False
        try:
            parse(text.replace("z", "Z").replace("t", "T"))
        except ValueError:  # 2026-02-30 has the shape of a date but is none
            return False
        return True

    return fits


# The string formats we recognise, most specific first; a string gets the first that fits.
FORMATS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("date-time", _parses(DATE_TIME, datetime.fromisoformat)),
    ("date", _parses(DATE, date.fromisoformat)),
    ("uuid", lambda text: bool(UUID.match(text))),
    ("email", lambda text: bool(EMAIL.match(text))),
    ("uri", lambda text: bool(URI.match(text))),
)

UNKNOWN = ValueType()


def infer(samples: Iterable[JsonValue]) -> ValueType:
    """One schema that every sample fits; unconstrained when there are no samples. Its facts
    come from the examples: evidence, neither stated nor assumed (model.Origin)."""
    return _merge(list(samples)).all_from(EXAMPLE)


def _kind(value: JsonValue) -> JsonType | None:
    if value is None:
        return None
    if isinstance(value, bool):  # before int: True is an int to Python, not to JSON
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _merge(samples: list[JsonValue]) -> ValueType:
    present = [sample for sample in samples if sample is not None]
    nullable = len(present) < len(samples)
    kinds = {_kind(sample) for sample in present}
    if kinds == {"integer", "number"}:
        kinds = {"number"}
    if len(kinds) != 1:  # nothing but null, nothing at all, or a mix JSON Schema types can't say
        return UNKNOWN
    (kind,) = kinds
    if kind == "string":
        strings = [sample for sample in present if isinstance(sample, str)]
        return ValueType(type="string", nullable=nullable, **_format(strings))
    if kind == "array":
        elements = [item for sample in present if isinstance(sample, list) for item in sample]
        items = _merge(elements) if elements else None
        return ValueType(type="array", nullable=nullable, items=items)
    if kind == "object":
        objects = [sample for sample in present if isinstance(sample, dict)]
        return _merge_objects(objects, nullable)
    return ValueType(type=kind, nullable=nullable)


def _format(strings: list[str]) -> dict[str, str | bool]:
    for name, fits in FORMATS:
        if all(fits(text) for text in strings):
            return {"format": name, "format_inferred": True}
    return {}


def _merge_objects(objects: list[dict[str, JsonValue]], nullable: bool) -> ValueType:
    keys: dict[str, None] = {}  # first-seen order: the handler's own order reads best
    for sample in objects:
        keys.update(dict.fromkeys(sample))
    properties = tuple(
        Property(
            name=key,
            python_name=naming.snake(key),
            required=all(key in sample for sample in objects),
            type=_merge([sample[key] for sample in objects if key in sample]),
        )
        for key in keys
    )
    return ValueType(
        type="object",
        nullable=nullable,
        properties=properties,
        required=tuple(prop.name for prop in properties if prop.required),
    )

"""Sample values of the model's types: the one generator behind the reference's examples and the
mock's answers.

`sample_value` gives a value the type accepts: its default, else its first enum member, else one
by type, within its bounds. The two readers want different things, so there are two flavours:
an *example* (the reference's curl and Python calls) shows the shape of a call, so it fills one
array element and, when no field is required, the first field; a *minimal* value (the mock's
answers) holds only what the type requires, and an unconstrained value is an empty object.
"""

from __future__ import annotations

import math
import re

from pydantic import JsonValue

from generator import naming
from generator.model import Property, ValueType

SAMPLE_STRINGS_BY_FORMAT = {
    "email": "user@example.com",
    "uri": "https://example.com/webhook",
    "date-time": "2030-01-01T00:00:00Z",
    "date": "2030-01-01",
    "uuid": "3f1c2a9e-8b7d-4c3a-9e2f-0a1b2c3d4e5f",
    "password": "correct-horse-battery-staple",
}
# What a number is when nothing bounds it: an example reads better with a non-zero amount.
EXAMPLE_NUMBERS = {"integer": 1, "number": 10}


def id_stem(name: str) -> str | None:
    """`zoneId` -> `zone`, `team_id` -> `team`; None for a name that is not an id."""
    match = re.fullmatch(r"(.+?)_?(?:Id|_id|ID)", name)
    return naming.snake(match.group(1)) if match else None


def example_fields(value: ValueType, minimal: bool = False) -> tuple[Property, ...]:
    """The fields a sample holds: the required ones; an example shows every field when the
    page leaves them all open, so the example still shows the shape of a call."""
    required = tuple(prop for prop in value.properties if prop.required)
    return required if minimal else required or value.properties


def sample_string(name: str, value: ValueType) -> str:
    """By format, else an id after its name (`zoneId` -> `zone_123`), else `example`; padded
    or cut to the length bounds."""
    stem = id_stem(name)
    text = SAMPLE_STRINGS_BY_FORMAT.get(value.format or "", f"{stem}_123" if stem else "example")
    text = text.ljust(value.min_length or 0, "x")
    return text if value.max_length is None else text[: value.max_length]


def sample_value(name: str, value: ValueType, minimal: bool = False) -> JsonValue:
    """A value `value` accepts; `name` (the field's) picks an id-like string. See the module
    docstring for the two flavours."""
    if value.default is not None:
        return value.default
    if value.enum:
        return value.enum[0]
    match value.type:
        case "integer" | "number":
            number = value.minimum
            if number is None:
                usual = 0 if minimal else EXAMPLE_NUMBERS[value.type]
                number = usual if value.maximum is None else min(usual, value.maximum)
            return math.ceil(number) if value.type == "integer" else number
        case "boolean":
            return True
        case "array":
            items = value.items
            typed = items is not None and items.type is not None
            count = max(value.min_items or 0, 0 if minimal or not typed else 1)
            return [sample_value(name, items or ValueType(), minimal) for _ in range(count)]
        case "object":
            fields = example_fields(value, minimal)
            return {prop.name: sample_value(prop.name, prop.type, minimal) for prop in fields}
        case None if minimal:
            return {}
    return sample_string(name, value)

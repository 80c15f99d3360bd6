"""JSON values from outside (catalog examples, overlay defaults), held to what every consumer of
the generated artifacts can carry, so that every later walk is safe; bodies sent to the mock are
only held to JSON and to the depth (`loads_request`).

Refused: `NaN` and `Infinity` (not JSON, though Python's json reads them), numbers beyond a
double's range (`1e999` would become infinity), integers beyond 64 bits (the JSON writer and most
consumers cannot hold them), lone surrogates (not text UTF-8 can hold), and nesting deeper than
MAX_DEPTH levels (every walk of a value, the parser's, the renderers', pydantic's, recurses).
The checks never recurse themselves.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

MAX_DEPTH = 64
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class UnfitJson(ValueError):
    """A JSON value the generator refuses; the message says what was found and what is expected."""


def loads(text: str | bytes) -> Any:
    """`json.loads`, refusing what the module docstring lists: `UnfitJson` for those,
    `json.JSONDecodeError` for text that is not JSON at all."""
    try:
        value = json.loads(text, parse_constant=_constant, parse_float=_float, parse_int=_int)
    except RecursionError:
        raise UnfitJson(too_deep_message()) from None
    problem = unfit(value)
    if problem is not None:
        raise UnfitJson(problem)
    return value


def loads_request(text: str | bytes) -> Any:
    """A request body as the mock reads it: any JSON (a number beyond 64 bits is still JSON the
    document allows), but not `NaN`/`Infinity` and not nested deeper than MAX_DEPTH levels."""
    try:
        value = json.loads(text, parse_constant=_constant)
    except RecursionError:
        raise UnfitJson(too_deep_message()) from None
    if nested_deeper(value):
        raise UnfitJson(too_deep_message())
    return value


def unfit(value: object) -> str | None:
    """What makes an already parsed value unfit (see the module docstring), or None."""
    pending: list[tuple[object, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                return too_deep_message()
            if isinstance(item, dict):
                pending.extend((key, depth) for key in item)
                pending.extend((child, depth + 1) for child in item.values())
            else:
                pending.extend((child, depth + 1) for child in item)
        elif isinstance(item, bool):
            continue
        elif isinstance(item, int) and not INT64_MIN <= item <= INT64_MAX:
            return _big_integer(str(item))
        elif isinstance(item, float) and not math.isfinite(item):
            return f"found {item}, expected a finite number (JSON has no NaN or Infinity)"
        elif isinstance(item, str) and (found := LONE_SURROGATE.search(item)):
            return (
                f"found a lone surrogate (\\u{ord(found.group()):04x}) in a string, "
                "expected text that UTF-8 can hold"
            )
    return None


def nested_deeper(value: object, limit: int = MAX_DEPTH) -> bool:
    """Whether lists and mappings nest deeper than `limit` levels in `value`."""
    pending: list[tuple[object, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            pending.extend((child, depth + 1) for child in children)
    return False


def too_deep_message() -> str:
    return f"found a value nested deeper than {MAX_DEPTH} levels, expected at most {MAX_DEPTH}"


def _big_integer(text: str) -> str:
    shown = text if len(text) <= 40 else f"{text[:20]}...{text[-10:]} ({len(text)} digits)"
    return f"found the integer {shown}, expected one within 64 bits (-2**63 to 2**63-1)"


def _constant(name: str) -> Any:
    raise UnfitJson(f"found {name}, expected a JSON number (JSON has no NaN or Infinity)")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise UnfitJson(f"found {text}, expected a number within a double's range")
    return value


def _int(text: str) -> int:
    if len(text.lstrip("-")) > 19:  # also spares int() its 4300-digit refusal
        raise UnfitJson(_big_integer(text))
    value = int(text)
    if not INT64_MIN <= value <= INT64_MAX:
        raise UnfitJson(_big_integer(text))
    return value

"""The one layout of every generated JSON and YAML document.

`dump_json` writes JSON (2-space indent, UTF-8, final newline); `dump_yaml` writes the same
document as block-style YAML whose strings are double-quoted (JSON's escapes, plus YAML's own
for the characters YAML folds or refuses) and whose numbers read as numbers under YAML 1.1 and
1.2, so the YAML can never mean anything the JSON does not (tests/test_serialise.py tries).
"""

from __future__ import annotations

import json
import re
from functools import cache
from json.encoder import encode_basestring
from typing import Any

import orjson

# Matched whole (`$` would also match before a final newline, leaving it raw).
PLAIN_YAML_KEY = re.compile(r"[A-Za-z_/$][A-Za-z0-9_./{}$-]*")
YAML_WORDS = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"})
# Characters a JSON string may hold raw but YAML may not: its extra line breaks (NEL, U+2028,
# U+2029), which a loader folds like a newline, and what it does not count as printable (DEL,
# the C1 controls, U+FFFE, U+FFFF; and the BOM, which marks a stream's start). Escaped as \uXXXX,
# which both notations read as the same character.
YAML_ESCAPES = {
    code: f"\\u{code:04x}" for code in (*range(0x7F, 0xA0), 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF)
}


def dump_json(value: Any) -> str:
    """The one JSON layout of every generated JSON file: 2-space indent, UTF-8, final newline.

    Byte-identical to `json.dumps(value, indent=2, ensure_ascii=False)`; orjson does it about
    75 times faster, which matters for the 50x-catalog target.
    """
    return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode() + "\n"


def dump_yaml(value: Any) -> str:
    """Block-style YAML of a JSON document; every string is a JSON (double-quoted) scalar."""
    lines: list[str] = []
    _yaml_lines(value, 0, lines)
    lines.append("")
    return "\n".join(lines)


@cache  # a document repeats a few hundred keys tens of thousands of times
def _yaml_key(key: str) -> str:
    plain = PLAIN_YAML_KEY.fullmatch(key) and key.lower() not in YAML_WORDS
    return key if plain else _yaml_string(key)


def _yaml_string(text: str) -> str:
    """A double-quoted scalar: JSON's escapes, and YAML's own where JSON leaves a character raw."""
    quoted = str(encode_basestring(text))
    # Every character YAML_ESCAPES names is DEL or above U+007F: most strings hold none.
    if quoted.isascii() and "\x7f" not in quoted:
        return quoted
    return quoted.translate(YAML_ESCAPES)


def _yaml_scalar(value: Any) -> str:
    if isinstance(value, str):
        return _yaml_string(value)
    if isinstance(value, dict | list):
        return "{}" if isinstance(value, dict) else "[]"
    if isinstance(value, float):
        return _yaml_float(value)
    return json.dumps(value)


def _yaml_float(value: float) -> str:
    """JSON's `1e+16` is a string to a YAML 1.1 loader, which wants a dot in the mantissa and a
    signed exponent: `1.0e+16` is the same number in both notations (and in YAML 1.2)."""
    text = json.dumps(value)
    mantissa, exponent_mark, exponent = text.partition("e")
    if not exponent_mark:
        return text
    if "." not in mantissa:
        mantissa += ".0"
    if exponent[:1] not in ("+", "-"):
        exponent = "+" + exponent
    return f"{mantissa}e{exponent}"


def _yaml_lines(value: Any, depth: int, lines: list[str]) -> None:
    """Append the lines of `value` at `depth` (a list, not generators: a line of a deep document
    would otherwise pass through one generator per level)."""
    pad = "  " * depth
    if isinstance(value, dict) and value:
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                lines.append(f"{pad}{_yaml_key(key)}:")
                _yaml_lines(item, depth + 1, lines)
            else:
                lines.append(f"{pad}{_yaml_key(key)}: {_yaml_scalar(item)}")
    elif isinstance(value, list) and value:
        for item in value:
            if isinstance(item, dict | list) and item:
                first = len(lines)
                _yaml_lines(item, depth + 1, lines)
                lines[first] = f"{pad}- {lines[first].lstrip()}"
            else:
                lines.append(f"{pad}- {_yaml_scalar(item)}")
    else:
        lines.append(f"{pad}{_yaml_scalar(value)}")

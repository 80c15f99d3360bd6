"""The one layout of every generated JSON and YAML document.

`dump_json` writes JSON (2-space indent, UTF-8, final newline); `dump_yaml` writes the same
document as block-style YAML whose strings are JSON scalars, so the YAML can never mean anything
the JSON does not.
"""

from __future__ import annotations

import json
import re
from functools import cache
from json.encoder import encode_basestring
from typing import Any

import orjson

PLAIN_YAML_KEY = re.compile(r"^[A-Za-z_/$][A-Za-z0-9_./{}$-]*$")
YAML_WORDS = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"})


def dump_json(value: Any) -> str:
    """The one JSON layout of every generated JSON file: 2-space indent, UTF-8, final newline.

    Byte-identical to `json.dumps(value, indent=2, ensure_ascii=False)`; orjson does it about
    75 times faster, which matters for the 50x-catalog target.
    """
    return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode() + "\n"


def dump_yaml(value: Any) -> str:
    """Block-style YAML of a JSON document; every string is a JSON (double-quoted) scalar."""
    return "".join(f"{line}\n" for line in _yaml_lines(value, 0))


@cache  # a document repeats a few hundred keys tens of thousands of times
def _yaml_key(key: str) -> str:
    plain = PLAIN_YAML_KEY.match(key) and key.lower() not in YAML_WORDS
    return key if plain else str(encode_basestring(key))


def _yaml_scalar(value: Any) -> str:
    if isinstance(value, str):
        return str(encode_basestring(value))
    if isinstance(value, dict | list):
        return "{}" if isinstance(value, dict) else "[]"
    return json.dumps(value)


def _yaml_lines(value: Any, depth: int) -> Any:
    pad = "  " * depth
    if isinstance(value, dict) and value:
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                yield f"{pad}{_yaml_key(key)}:"
                yield from _yaml_lines(item, depth + 1)
            else:
                yield f"{pad}{_yaml_key(key)}: {_yaml_scalar(item)}"
    elif isinstance(value, list) and value:
        for item in value:
            if isinstance(item, dict | list) and item:
                first, *rest = _yaml_lines(item, depth + 1)
                yield f"{pad}- {first.lstrip()}"
                yield from rest
            else:
                yield f"{pad}- {_yaml_scalar(item)}"
    else:
        yield f"{pad}{_yaml_scalar(value)}"

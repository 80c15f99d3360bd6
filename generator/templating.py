"""The one Jinja environment every target renders its templates with, and its filters.

Templates loop and look up; a target's Python decides and hands them prepared values, and the
filters registered here only write a value in a target's notation (JSON, a Python or TOML string
literal). The globals are the facts several templates print: the scope table and the auth contract.
"""

from __future__ import annotations

import json
from functools import cache
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from generator import contract, scopes
from generator.pysource import py_str, toml_str

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
HTML_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"})


def to_json(value: Any) -> str:
    """Jinja's `tojson` (JSON, with <>&' escaped so it is safe inside HTML), without its
    per-call overhead: templates call it tens of thousands of times per run."""
    if isinstance(value, str):
        text: str = encode_basestring(value)
    elif value is None or isinstance(value, bool | int):
        text = (
            "null"
            if value is None
            else str(value).lower() if isinstance(value, bool) else str(value)
        )
    else:
        text = json.dumps(value, ensure_ascii=False)
    return text.translate(HTML_UNSAFE)


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        # Compiled templates cached per user (Jinja checks the cache folder's owner and mode),
        # as Python caches bytecode: a run skips compiling unchanged templates.
        bytecode_cache=FileSystemBytecodeCache(),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(tojson=to_json, py_str=py_str, toml_str=toml_str)
    env.globals.update(
        scope_rules=scopes.RULES,
        public_routes=scopes.PUBLIC,
        all_scopes=scopes.ALL_SCOPES,
        read_methods=sorted(scopes.READ_METHODS),
        server_url=contract.SERVER_URL,
        contract=contract,
    )
    return env


def render_template(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)

"""The one Jinja environment every target renders its templates with, and its filters.

Templates loop and look up; a target's Python decides and hands them prepared values, and the
filters registered here only write a value in a target's notation (JSON, a Python or TOML string
literal). The globals are the facts several templates print: the scope table and the auth contract.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from generator import contract, scopes
from generator.pysource import py_str, toml_str

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# What Jinja's `tojson` escapes; none of the replacements holds a character of another.
HTML_UNSAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027"))


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
    # Four str.replace scans (each returns the string itself when the character is absent) are
    # many times faster than str.translate through a dict, which looks up every character.
    for unsafe, escaped in HTML_UNSAFE:
        text = text.replace(unsafe, escaped)
    return text


def _compile_options(env: Environment) -> str:
    """A digest of every setting that changes what Jinja compiles a template to.

    Jinja keys its bytecode cache by template path and checks the source and its own version,
    but not the environment's settings: without this, changing `trim_blocks` here would render
    the old compiled templates until their sources changed."""
    settings = (
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.autoescape,
        env.finalize is None,
        sorted(env.extensions),
    )
    return hashlib.sha256(repr(settings).encode()).hexdigest()[:16]


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    # Compiled templates cached per user (Jinja checks the cache folder's owner and mode), as
    # Python caches bytecode: a run skips compiling unchanged templates (~25 ms). Like .pyc, it
    # stays on when the build cache is off (EXPANSE_GENERATOR_CACHE=0): it holds no output,
    # only the templates' compiled form, checked against their source and these settings.
    pattern = f"__expanse_{_compile_options(env)}_%s.cache"
    env.bytecode_cache = FileSystemBytecodeCache(pattern=pattern)
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

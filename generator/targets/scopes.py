"""Target: `scopes.json`, the permission table of `generator/scopes.py` and every operation's
required scope, for tools that are not TypeScript or Python."""

from __future__ import annotations

import orjson

from generator.model import Api
from generator.serialise import dump_json
from generator.templating import render_template


def render(api: Api) -> dict[str, str]:
    # Parsed and re-written so the file has the one JSON layout of every generated document.
    scope_map = orjson.loads(render_template("scopes/scopes.json.j2", api=api))
    return {"scopes.json": dump_json(scope_map)}

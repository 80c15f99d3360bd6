"""Target: `scopes.json`, the permission table of `generator/scopes.py` and every operation's
required scope, for tools that are not TypeScript or Python."""

from __future__ import annotations

import orjson

from generator import scopes
from generator.model import Api
from generator.serialise import dump_json
from generator.templating import render_template


def render(api: Api) -> dict[str, str]:
    text = render_template(
        "scopes/scopes.json.j2",
        rules=[
            {"prefix": rule.prefix, "segment": rule.segment, "read": rule.read, "write": rule.write}
            for rule in scopes.RULES
        ],
        public=[{"method": route.method, "path": route.path} for route in scopes.PUBLIC],
        operations=[
            {
                "operationId": op.operation_id,
                "method": op.method,
                "path": op.path,
                "scope": op.scope,
            }
            for op in api.operations
        ],
    )
    # Parsed and re-written so the file has the one JSON layout of every generated document.
    return {"scopes.json": dump_json(orjson.loads(text))}

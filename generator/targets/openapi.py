"""Target: the OpenAPI 3.1 document, as `openapi.json` and `openapi.yaml`.

`templates/openapi/` renders JSON; the document is then parsed once and written in one canonical
layout as both files, so the two can never disagree and a template slip (a missing comma) fails
the run instead of shipping. The schemas come from `generator.schema`.
"""

from __future__ import annotations

from typing import Any

import orjson

from generator.model import Api
from generator.serialise import dump_json, dump_yaml
from generator.templating import render_template


def document(api: Api) -> dict[str, Any]:
    """The OpenAPI document as a JSON value (publish compares it with the previous release)."""
    parsed: dict[str, Any] = orjson.loads(render_template("openapi/openapi.json.j2", api=api))
    return parsed


def render(api: Api) -> dict[str, str]:
    parsed = document(api)
    return {"openapi.json": dump_json(parsed), "openapi.yaml": dump_yaml(parsed)}

"""Render stage: the model -> {relative path: text}. Pure: nothing here touches the disk."""

from __future__ import annotations

import json
from typing import Any

from generator.model import Catalog


def dump_json(value: Any) -> str:
    """The one JSON layout of every generated JSON file: 2-space indent, UTF-8, final newline."""
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def render_routes(catalog: Catalog) -> str:
    return dump_json(
        {
            "routes": len(catalog.routes),
            "operations": catalog.operation_count,
            "groups": catalog.model_dump(mode="json")["groups"],
        }
    )


def render(catalog: Catalog) -> dict[str, str]:
    return {"routes.json": render_routes(catalog)}

"""Target: `routes.json`, the parsed catalog as written (groups, routes, methods), for review.

Rendered from the parse stage's `Catalog`, not the resolved API: it shows what the page says.
"""

from __future__ import annotations

from generator.model import Catalog
from generator.serialise import dump_json


def render(catalog: Catalog) -> dict[str, str]:
    return {
        "routes.json": dump_json(
            {
                "routes": len(catalog.routes),
                "operations": catalog.operation_count,
                "groups": catalog.model_dump(mode="json")["groups"],
            }
        )
    }

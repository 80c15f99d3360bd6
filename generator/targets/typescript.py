"""Target: `api-route-permissions.ts`, the permission rule of `generator/scopes.py` as a
dependency-free TypeScript module, a drop-in for the panel's own."""

from __future__ import annotations

from generator.model import Api
from generator.templating import render_template


def render(api: Api) -> dict[str, str]:
    return {
        "api-route-permissions.ts": render_template(
            "typescript/api-route-permissions.ts.j2", api=api
        )
    }

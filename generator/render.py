"""Render stage: the model -> {relative path: text}. Pure: nothing here touches the disk.

Each output is a target under `generator/targets/` with its templates in `templates/<target>/`;
this module only lists the ones `generate` writes. The HTML reference
(`generator.targets.reference`) is a target too, written by `publish` only.
"""

from __future__ import annotations

from generator.model import Api, Catalog
from generator.targets import openapi, python_client, routes, scopes, typescript


def render(catalog: Catalog, api: Api) -> dict[str, str]:
    return {
        **routes.render(catalog, api),
        **openapi.render(api),
        **scopes.render(api),
        **typescript.render(api),
        **python_client.render(api),
    }

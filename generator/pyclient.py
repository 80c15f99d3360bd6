"""Render the typed Python client package (`generated/python/`) from the resolved API."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.model import Api

# Jinja filters the client templates need; render.environment() registers them.
FILTERS: dict[str, Callable[..., Any]] = {}


def render_client(api: Api) -> dict[str, str]:
    """Every file of the client package, by path relative to the output folder."""
    return {}

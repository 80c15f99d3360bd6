"""The one-way flow: parse -> resolve -> render. Pure: it reads its inputs and returns text."""

from __future__ import annotations

from pathlib import Path

from generator.catalog import parse_catalog
from generator.model import Api, Catalog
from generator.overlay import load_overlay
from generator.problems import Problem
from generator.render import render
from generator.resolve import resolve


def load(catalog_path: Path, overlay_path: Path) -> tuple[Catalog, Api, list[Problem]]:
    """The parsed catalog, the resolved API and the overlay warnings; `InputError` on bad input."""
    catalog = parse_catalog(catalog_path)
    overlay = load_overlay(overlay_path)
    api, warnings = resolve(catalog, overlay, str(catalog_path), str(overlay_path))
    return catalog, api, warnings


def build(catalog_path: Path, overlay_path: Path) -> tuple[dict[str, str], list[Problem]]:
    """Every generated file by relative path, and the overlay warnings."""
    catalog, api, warnings = load(catalog_path, overlay_path)
    return render(catalog, api), warnings

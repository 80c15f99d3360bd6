"""The inputs every command that reads the catalog shares: its options, and loading them.

The feature commands (`scopes`, `mock`, `publish`) take the same `--catalog`, `--overrides` and
`--strict` as `generate`; they read them through here rather than from `cli`, which sits above
them and only dispatches.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from generator.problems import report_warnings

if TYPE_CHECKING:
    from generator.model import Api, Catalog

DEFAULT_CATALOG = Path("catalog/developer-api-routes.md")
DEFAULT_OUT = Path("generated")
DEFAULT_OVERRIDES = Path("catalog/overrides.toml")


def add_input_options(command: argparse.ArgumentParser, out: bool = True) -> None:
    """The options every command that reads the catalog shares."""
    command.add_argument(
        "--catalog",
        type=Path,
        default=DEFAULT_CATALOG,
        help=f"route catalog (default: {DEFAULT_CATALOG})",
    )
    command.add_argument(
        "--overrides",
        type=Path,
        default=DEFAULT_OVERRIDES,
        help=f"typing overlay (default: {DEFAULT_OVERRIDES})",
    )
    command.add_argument(
        "--strict", action="store_true", help="treat overlay warnings as errors (exit 2)"
    )
    if out:
        command.add_argument(
            "--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})"
        )


def load_inputs(args: argparse.Namespace) -> tuple[Catalog, Api]:
    """The parsed catalog and the resolved API of `--catalog` and `--overrides`; overlay warnings
    are printed, or under `--strict` raised as `InputError`."""
    from generator import buildcache

    key = buildcache.key_of(args.catalog, args.overrides)
    loaded = buildcache.load_model(key) if key else None
    if loaded is None:
        # Imported here: the pipeline loads Jinja and markdown-it, which `--help` does not need.
        from generator.pipeline import load

        loaded = load(args.catalog, args.overrides)
        if key and buildcache.unchanged(key, args.catalog, args.overrides):
            buildcache.store_model(key, loaded)
    catalog, api, warnings = loaded
    report_warnings(warnings, args.strict)
    return catalog, api

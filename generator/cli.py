"""Command line: `python -m generator COMMAND`. The only module that prints; exit 0/1/2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.problems import InputError

DEFAULT_CATALOG = Path("catalog/developer-api-routes.md")
DEFAULT_OUT = Path("generated")
DEFAULT_OVERRIDES = Path("catalog/overrides.toml")

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Expanse API generator: route catalog -> OpenAPI, scope map, Python client.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def inputs(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--catalog",
            type=Path,
            default=DEFAULT_CATALOG,
            help=f"route catalog (default: {DEFAULT_CATALOG})",
        )
        command.add_argument(
            "--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})"
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

    generate = commands.add_parser("generate", help="write every artifact to the output folder")
    inputs(generate)
    check = commands.add_parser("check", help="exit 1 if the output folder is stale")
    inputs(check)
    return parser


def _build(args: argparse.Namespace) -> dict[str, str]:
    from generator.pipeline import build

    files, warnings = build(args.catalog, args.overrides)
    for warning in warnings:
        print(f"{'error' if args.strict else 'warning'}: {warning}", file=sys.stderr)
    if warnings and args.strict:
        raise InputError([])
    return files


def _generate(args: argparse.Namespace) -> int:
    from generator.write import write_files

    files = _build(args)
    changed = write_files(args.out, files)
    print(f"{args.out}: {len(files)} files, {len(changed)} written or removed")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from generator.write import stale_files

    stale = stale_files(args.out, _build(args))
    if not stale:
        print(f"{args.out}: up to date")
        return EXIT_OK
    print(f"{args.out}: {len(stale)} stale files; run `make generate` and commit the result")
    for item in stale:
        print(f"  {item.reason}: {item.path}")
        for line in item.diff:
            print(f"    {line}")
    return EXIT_FINDINGS


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"generate": _generate, "check": _check}
    try:
        return handlers[args.command](args)
    except InputError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        return EXIT_INPUT

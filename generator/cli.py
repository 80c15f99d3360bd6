"""Command line: `python -m generator COMMAND`. Exit codes: 0 done, 1 findings, 2 bad input.

`generate` and `check` live here; every other command is a module with `configure(parser)` and
`run(args) -> int`, listed in FEATURE_COMMANDS and imported only when that command runs (the
others get a stub subparser, so `--help` still lists them): `generate` never pays for the mock
server or the differ.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from generator.inputs import add_input_options
from generator.problems import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    InputError,
    report,
    report_warnings,
)

# command -> (module, one-line help)
FEATURE_COMMANDS: dict[str, tuple[str, str]] = {
    "scopes": ("generator.advisor", "the least set of scopes a key needs for some operations"),
    "diff": (
        "generator.diff",
        "what changed between two OpenAPI documents, classified for integrators",
    ),
    "mock": ("generator.mock", "serve a local mock panel that enforces the auth contract"),
    "publish": ("generator.publish", "build a versioned release bundle in dist/"),
    "probe": (
        "generator.probe",
        "check that a running panel enforces the documented auth contract",
    ),
}


def _parser(command: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Expanse API generator: route catalog -> OpenAPI, scope map, Python client.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    generate = commands.add_parser("generate", help="write every artifact to the output folder")
    add_input_options(generate)
    check = commands.add_parser("check", help="exit 1 if the output folder is stale")
    add_input_options(check)
    for name, (_, help_text) in FEATURE_COMMANDS.items():
        feature = commands.add_parser(name, help=help_text)
        if name == command:
            _feature(name).configure(feature)
    return parser


def _feature(name: str) -> ModuleType:
    return importlib.import_module(FEATURE_COMMANDS[name][0])


def _build(args: argparse.Namespace) -> dict[str, str]:
    from generator import buildcache

    key = buildcache.key_of(args.catalog, args.overrides)
    built = buildcache.load(key) if key else None
    if built is None:
        from generator.pipeline import build

        # A run allocates hundreds of thousands of small objects and exits: collect cycles
        # rarely rather than every 700 allocations (about 40% of the time on a 50x catalog).
        gc.freeze()
        gc.set_threshold(100_000, 50, 100)
        built = build(args.catalog, args.overrides)
        if key and buildcache.unchanged(key, args.catalog, args.overrides):
            buildcache.store(key, *built)
    files, warnings = built
    report_warnings(warnings, args.strict)
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
    arguments = list(sys.argv[1:] if argv is None else argv)
    # The top-level parser has no options but -h, so the first other word names the command.
    command = next((word for word in arguments if not word.startswith("-")), None)
    args = _parser(command).parse_args(arguments)
    try:
        if args.command == "generate":
            return _generate(args)
        if args.command == "check":
            return _check(args)
        result: int = _feature(args.command).run(args)
        return result
    except InputError as error:
        report(error.problems, "error")
        return EXIT_INPUT

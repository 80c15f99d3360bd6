"""`python -m generator scopes OPERATION...`: the least set of scopes a key needs.

An operation is named by its operationId (`listZones`), its client attribute (`zones.list`) or
as `"METHOD /path"`, with the path as a template (`/api/zones/{zoneId}`), concrete
(`/api/zones/z_123`) or a full URL (`GET https://panel.expanse.host/api/zones`). Every name it
cannot place is reported at once: a known path with another method is "method not allowed"
with the methods the path has; anything else is unknown, with the closest names as hints.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from generator.inputs import add_input_options, load_inputs
from generator.model import Api, Operation
from generator.naming import PATH_PARAM
from generator.problems import EXIT_OK, InputError, Problem


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Print the minimal scope set an API key needs for the given operations, "
        "e.g. `scopes listZones zones.records.list 'GET /api/zones/{zoneId}'`."
    )
    add_input_options(parser, out=False)
    parser.add_argument(
        "operations",
        nargs="+",
        metavar="OPERATION",
        help="operationId, client attribute (zones.records.list) or 'METHOD /path'",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def find_operation(api: Api, name: str) -> Operation | None:
    """The operation `name` refers to, or None."""
    for operation in api.operations:
        if name in (operation.operation_id, operation.attribute):
            return operation
    method, path = _method_and_path(name)
    return _owner(op for op in api.operations if op.method == method and _matches(op.path, path))


def explain_unknown(api: Api, name: str) -> str:
    """Why `name` names no operation: a method its path lacks, or the closest known names."""
    _, path = _method_and_path(name)
    owner = _owner(op for op in api.operations if path and _matches(op.path, path))
    if owner is not None:
        methods = ", ".join(op.method for op in api.operations if op.path == owner.path)
        return f"method not allowed: '{name}': {owner.path} has {methods}"
    known = [
        spelling
        for op in api.operations
        for spelling in (op.operation_id, op.attribute, f"{op.method} {op.path}")
    ]
    close = difflib.get_close_matches(name.strip(), known, n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return (
        f"unknown operation '{name}', expected an operationId (listZones), a client attribute "
        f"(zones.list) or 'METHOD /path' of the catalog{hint}"
    )


def _method_and_path(name: str) -> tuple[str, str]:
    """`"get https://host/api/x/?q=1"` -> ("GET", "/api/x"); a full URL keeps only its path."""
    method, _, target = name.strip().partition(" ")
    target = target.strip()
    if target.startswith(("http://", "https://")):
        target = urlsplit(target).path
    return method.upper(), target.split("?", 1)[0].rstrip("/")


def _matches(template: str, path: str) -> bool:
    return template == path or _template_pattern(template).fullmatch(path) is not None


def _owner(matches: Iterable[Operation]) -> Operation | None:
    """A concrete path belongs to the template with the fewest parameters, as in Next.js."""
    return min(matches, key=lambda op: op.path.count("{"), default=None)


def _template_pattern(template: str) -> re.Pattern[str]:
    """`/api/zones/{zoneId}` -> a pattern of its concrete paths: one segment per parameter."""
    statics = PATH_PARAM.split(template)[::2]  # split() also returns each parameter's name
    return re.compile("[^/]+".join(re.escape(part) for part in statics))


def run(args: argparse.Namespace) -> int:
    from generator.scopes import minimal_scopes

    _, api = load_inputs(args)
    found: list[Operation] = []
    unknown = []
    for name in args.operations:
        operation = find_operation(api, name)
        if operation is None:
            unknown.append(name)
        elif operation not in found:
            found.append(operation)
    if unknown:
        raise InputError(Problem("scopes", 0, explain_unknown(api, name)) for name in unknown)
    needed = minimal_scopes(op.scope for op in found)
    if args.json:
        print(
            json.dumps(
                {
                    "scopes": needed,
                    "operations": [
                        {
                            "operationId": op.operation_id,
                            "method": op.method,
                            "path": op.path,
                            "scope": op.scope,
                        }
                        for op in found
                    ],
                },
                indent=2,
            )
        )
        return EXIT_OK
    rows = [
        (op.operation_id, f"{op.method} {op.path}", op.scope or "(public: no scope)")
        for op in found
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(2)]
    for name, call, scope in rows:
        print(f"{name:<{widths[0]}}  {call:<{widths[1]}}  {scope}")
    shown = ", ".join(needed) if needed else "none (public operations only)"
    print(f"\nMinimal scopes: {shown}")
    return EXIT_OK

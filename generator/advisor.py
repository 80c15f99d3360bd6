"""`python -m generator scopes OPERATION...`: the least set of scopes a key needs.

An operation is named by its operationId (`listZones`), its client attribute (`zones.list`) or
as `"METHOD /path"`, with the path as a template (`/api/zones/{zoneId}`) or concrete
(`/api/zones/z_123`).
"""

from __future__ import annotations

import argparse
import json
import re

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
    method, _, path = name.strip().partition(" ")
    method, path = method.upper(), path.strip().split("?", 1)[0].rstrip("/")
    candidates = [op for op in api.operations if op.method == method]
    for operation in candidates:
        if operation.path == path:
            return operation
    # A concrete path: the template with the fewest parameters wins, as in Next.js routing.
    matches = [op for op in candidates if _template_pattern(op.path).fullmatch(path)]
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
        raise InputError(
            Problem(
                "scopes",
                0,
                f"unknown operation '{name}', expected an operationId (listZones), a client "
                "attribute (zones.list) or 'METHOD /path' of the catalog",
            )
            for name in unknown
        )
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

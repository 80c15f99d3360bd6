"""`python -m generator probe`: check that a running panel enforces the documented auth contract.

For every operation of the route model (or those `--only` names) and every caller - each key of
a keys file in the mock's format, and no key at all - the probe works out what the one scope
rule (`generator/scopes.py`) promises (`expect.py`), sends the call (`plan.py` decides which are
safe to send, `send.py` sends them at a bounded pace) and reports each mismatch with what it
likely means (`report.py`). Exit 0 when every call matches, 1 on any mismatch, 2 on bad input
(keys file, pattern, base URL).

Only the standard library is imported at module level; httpx and the pipeline load in `run`.
"""

from __future__ import annotations

import argparse
import ipaddress
import math
import sys
import time
from pathlib import Path

DEFAULT_RATE = 5.0
DEFAULT_MAX_REQUESTS = 2000


def configure(parser: argparse.ArgumentParser) -> None:
    from generator.inputs import add_input_options
    from generator.probe.report import FORMATS

    parser.description = (
        "Send every operation of the route catalog to a running panel with each key of a keys "
        "file (and with none), and report every answer that breaks the documented auth "
        "contract: a missing scope check, 401 instead of 403, a protected public route, a "
        "route guarded by the wrong scope, a missing route."
    )
    add_input_options(parser, out=False)
    parser.add_argument(
        "--base-url", required=True, metavar="URL", help="the panel, e.g. https://staging.example"
    )
    parser.add_argument(
        "--keys",
        type=Path,
        required=True,
        metavar="FILE",
        help="test keys of that panel, .toml or .json in the mock's format (see docs/probe.md); "
        "`secretEnv` reads a secret from an environment variable",
    )
    parser.add_argument(
        "--allow-writes",
        action="store_true",
        help="also send the writes a key should be allowed (with impossible ids and empty "
        "bodies): STAGING ONLY, never a production panel. Without it, writes go out only with "
        "keys that must be refused",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="PATTERN",
        help="check only operations matching PATTERN (wildcards; `METHOD /path`, a path, an "
        "operation id or a client attribute such as zones.records.*); repeatable",
    )
    parser.add_argument(
        "--rate",
        type=_positive_number,
        default=DEFAULT_RATE,
        metavar="N",
        help=f"requests per second at most (default: {DEFAULT_RATE:g})",
    )
    parser.add_argument(
        "--max-requests",
        type=_positive_int,
        default=DEFAULT_MAX_REQUESTS,
        metavar="N",
        help=f"stop after N requests, retries included (default: {DEFAULT_MAX_REQUESTS})",
    )
    parser.add_argument(
        "--wait",
        type=_non_negative_number,
        default=0.0,
        metavar="SECONDS",
        help="wait up to SECONDS for the panel to accept connections (default: 0)",
    )
    parser.add_argument(
        "--client-ip",
        type=_ip_address,
        metavar="ADDRESS",
        help="the address the panel sees this machine as, for keys with an ipWhitelist "
        "(default: the local address of the connection)",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="text", help="report format (default: text)"
    )
    parser.add_argument(
        "--out", type=Path, metavar="FILE", help="write the report here (default: stdout)"
    )


def _positive_number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value < math.inf:
        raise argparse.ArgumentTypeError(f"expected a positive number, found {text!r}")
    return value


def _non_negative_number(text: str) -> float:
    return 0.0 if text.strip() in ("0", "0.0") else _positive_number(text)


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, found {text!r}")
    return int(text)


def _ip_address(text: str) -> str:
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an IP address, found {text!r}") from None


def run(args: argparse.Namespace) -> int:
    from generator.inputs import load_inputs
    from generator.mock.keys import load_keys
    from generator.probe.expect import NO_KEY, Caller
    from generator.probe.plan import impossible_id, plan, select, unmatched_patterns
    from generator.probe.report import ProbeReport, by_operation, render
    from generator.probe.send import Sender, check_base_url, reach
    from generator.problems import EXIT_FINDINGS, EXIT_OK, InputError, Problem

    _, api = load_inputs(args)
    keys = load_keys(args.keys)
    unmatched = unmatched_patterns(api.operations, args.only)
    if unmatched:
        raise InputError(
            Problem("--only", 0, f"{pattern!r} matches no operation of the catalog")
            for pattern in unmatched
        )
    operations = select(api.operations, args.only)
    if args.out is not None and not args.out.parent.is_dir():
        raise InputError([Problem(str(args.out), 0, "cannot write the report: no such folder")])
    base_url = check_base_url(args.base_url)
    local_address = reach(base_url, args.wait)  # also proves the panel is there
    client_ip = args.client_ip or local_address
    callers = (Caller(NO_KEY), *(Caller(key.id, key) for key in keys))
    calls = plan(
        operations, callers, client_ip=client_ip, now=time.time(), allow_writes=args.allow_writes
    )
    if len(calls.calls) > args.max_requests:
        raise InputError(
            [
                Problem(
                    "--max-requests",
                    0,
                    f"the run needs {len(calls.calls)} requests, more than {args.max_requests}: "
                    "narrow it with --only or raise --max-requests",
                )
            ]
        )
    planned = len(calls.calls)
    print(
        f"probing {base_url}: {len(operations)} operations x {len(callers)} callers, "
        f"{planned} requests at up to {args.rate:g}/s "
        f"(at least {max(0, planned - 1) / args.rate:.0f} s)",
        file=sys.stderr,
        flush=True,
    )

    def progress(sent: int) -> None:
        # A line per tenth of a long run, so a CI log shows it is moving.
        if planned >= 100 and sent % (planned // 10) == 0 and sent < planned:
            print(f"probe: {sent} of {planned} requests sent", file=sys.stderr, flush=True)

    sender = Sender(
        base_url,
        secrets=[key.secret for key in keys],
        rate=args.rate,
        max_requests=args.max_requests,
        ids=impossible_id,
        progress=progress,
    )
    results = sender.send_all(calls.calls)
    report = ProbeReport(
        base_url=base_url,
        callers=callers,
        checked=by_operation(operations, results),
        held_back=calls.held_back,
        allow_writes=args.allow_writes,
        client_ip=client_ip if any(key.ip_whitelist for key in keys) else None,
        tally=sender.tally,
    )
    output = render(report, args.format)
    if args.out is None:
        sys.stdout.write(output)
    else:
        try:
            args.out.write_text(output, encoding="utf-8")
        except OSError as error:
            raise InputError(
                [Problem(str(args.out), 0, f"cannot write the report: {error.strerror}")]
            ) from None
        failed = len(report.failed)
        print(
            f"{args.out}: {failed} operations with mismatches"
            if failed
            else f"{args.out}: every call matched"
        )
    return EXIT_FINDINGS if report.failed else EXIT_OK

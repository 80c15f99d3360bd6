"""`python -m generator mock`: the command line."""

from __future__ import annotations

import argparse
import errno
import math
import socket
from pathlib import Path

from generator.inputs import add_input_options, load_inputs
from generator.mock.app import create_app
from generator.mock.keys import load_keys, new_test_key
from generator.mock.ratelimit import RateLimit
from generator.mock.validation import INTEGER_TEXT, NUMBER_TEXT
from generator.problems import EXIT_OK, InputError, Problem


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Serve every operation of the route catalog on a local mock panel that enforces the auth "
        "contract (keys, scopes, expiry, IP whitelists, rate limits) and validates input."
    )
    add_input_options(parser, out=False)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=4010, help="port to bind (default: 4010)")
    parser.add_argument(
        "--keys",
        type=Path,
        metavar="FILE",
        help="API keys, .toml or .json (see examples/mock-keys.toml); default: one new "
        "full-access test key, printed at start-up",
    )
    parser.add_argument(
        "--rate-limit",
        type=_non_negative_int,
        default=RateLimit.requests,
        metavar="N",
        help=f"requests per key per window, 0 for no limit (default: {RateLimit.requests})",
    )
    parser.add_argument(
        "--rate-window",
        type=_positive_float,
        default=RateLimit.window,
        metavar="SECONDS",
        help=f"the rate limit's window in seconds (default: {RateLimit.window:g})",
    )


def _non_negative_int(text: str) -> int:
    if not INTEGER_TEXT.fullmatch(text) or int(text) < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number, 0 or more, found {text!r}")
    return int(text)


def _positive_float(text: str) -> float:
    if not NUMBER_TEXT.fullmatch(text) or not 0 < float(text) < math.inf:
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, found {text!r}")
    return float(text)


def refuse_busy_address(host: str, port: int, url: str) -> None:
    """Bad input (exit 2) before the banner when the address cannot be bound, rather than the
    banner followed by uvicorn's own exit 3. Binds as uvicorn does (SO_REUSEADDR), so the answer
    is the one uvicorn would get; a server taking the port in between still fails in uvicorn."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            advice = (
                "stop the other server or choose another --port"
                if error.errno == errno.EADDRINUSE
                else "choose another --host or --port"
            )
            reason = (error.strerror or str(error)).lower()
            raise InputError(
                [Problem("mock", 0, f"cannot serve on {url}: {reason}; {advice}")]
            ) from None


def run(args: argparse.Namespace) -> int:
    import uvicorn

    # The keys file and the address first: they fail in milliseconds, the catalog takes longer.
    keys = load_keys(args.keys) if args.keys else (new_test_key(),)
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{args.port}"
    refuse_busy_address(args.host, args.port, url)
    _, api = load_inputs(args)
    app = create_app(api, keys, rate_limit=RateLimit(args.rate_limit, args.rate_window))
    if args.keys:
        print(f"{len(keys)} API keys from {args.keys}", flush=True)
    else:
        print(f"test API key (full access): {keys[0].secret}", flush=True)
    limit = f"{args.rate_limit} requests per {args.rate_window:g} s" if args.rate_limit else "off"
    print(
        f"mock panel: {len(api.operations)} operations at {url} (rate limit: {limit})", flush=True
    )
    # The access log shows method, path and status only: never a request's Authorization.
    uvicorn.run(app, host=args.host, port=args.port, proxy_headers=False, server_header=False)
    return EXIT_OK

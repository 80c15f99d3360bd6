"""The probe against real servers on loopback: the project's mock passes completely; small panels
written here, each wrong in one way, are each caught with the right message and nothing else.

The panels here restate the page's rules in their own words (`page_scope`), so the probe's
expectations (from `generator/scopes.py`) are checked against an independent reading.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
import re
import socket
import threading
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from generator.cli import main
from generator.contract import INSUFFICIENT_SCOPE, KEY_EXPIRED
from generator.mock.app import create_app
from generator.mock.keys import ApiKey, load_keys
from generator.mock.ratelimit import RateLimit
from generator.model import Operation
from generator.probe import send
from generator.probe.expect import Caller, Expected, expected
from tests.conftest import ROOT, shipped
from tests.loopback import serving

API = shipped().api  # the tables below are built from it at collection

EXAMPLE_KEYS = ROOT / "examples" / "mock-keys.toml"
FAST = "100000"  # --rate that never waits: the pacing has its own test

# --------------------------------------------------------------------------- keys


def key(name: str, *scopes: str, **fields: Any) -> ApiKey:
    return ApiKey(
        id=f"key_{name}", secret=f"sk_test_{name}_secret", scopes=frozenset(scopes), **fields
    )


FULL = key("full")
EXPIRED = key("expired", expires_at=datetime(2024, 1, 1, tzinfo=UTC))
REVOKED = key("revoked", revoked=True)
# Enough narrow keys that every operation has a valid key refused and one let through, and
# that a /backup route guarded by teams.* shows which scope it checks.
KEYS = [
    FULL,
    key("dns_read", "dns.read"),
    key("teams_read", "teams.read"),
    key("teams_write", "teams.write"),
    key("backups_read", "backups.read"),
    EXPIRED,
    REVOKED,
]


def keys_file(folder: Path, keys: Sequence[ApiKey]) -> Path:
    entries = [
        {
            "id": k.id,
            "secret": k.secret,
            "scopes": sorted(k.scopes),
            "revoked": k.revoked,
            **({"expiresAt": k.expires_at.isoformat()} if k.expires_at else {}),
        }
        for k in keys
    ]
    path = folder / "keys.json"
    path.write_text(json.dumps({"keys": entries}))
    return path


# --------------------------------------------------------------------------- a panel in the test's words

# The page's table: path prefix -> scope family; `/backup` under teams is `backups`; GET/HEAD read.
FAMILIES = {
    "/api/services": "services",
    "/api/zones": "dns",
    "/api/domains": "domains",
    "/api/billing": "billing",
    "/api/tickets": "tickets",
    "/api/teams": "teams",
}
PUBLIC = ("GET", "/api/billing/config")
PORTAL = "/api/billing/portal"  # answers with a redirect the probe must not follow


def page_scope(method: str, path: str) -> str:
    prefix = "/" + "/".join(path.split("/")[1:3])
    family = FAMILIES[prefix]
    if family == "teams" and "backup" in path.split("/")[3:]:
        family = "backups"
    return f"{family}.{'read' if method in ('GET', 'HEAD') else 'write'}"


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    authorization: str | None
    body: bytes


class Panel:
    """A right panel: authenticates, checks the page's scope, then answers as a handler would to
    ids that do not exist (404) and empty bodies (400). Subclasses are wrong in one way."""

    def __init__(
        self, keys: Sequence[ApiKey] = KEYS, operations: Sequence[Operation] = API.operations
    ) -> None:
        self.keys = {k.secret: k for k in keys}
        self.routes: dict[str, set[str]] = {}
        for op in operations:
            self.routes.setdefault(op.path, set()).add(op.method)
        self.seen: list[Seen] = []
        self._table: list[tuple[str, list[str]]] | None = None  # built on first use

    def is_public(self, method: str, route: str) -> bool:
        return (method, route) == PUBLIC

    def required(self, method: str, route: str) -> str | None:
        """The scope checked; None: no scope check (authentication only)."""
        return page_scope(method, route)

    def scope_refusal(self) -> tuple[int, dict[str, str]]:
        return 403, {"error": INSUFFICIENT_SCOPE}

    def route(self, path: str) -> str | None:
        """The route template owning `path`: a static segment beats a parameter."""
        if self._table is None:  # after a subclass's __init__ has changed `routes`
            table = [(route, route.split("/")) for route in self.routes]
            table.sort(key=lambda entry: [part.startswith("{") for part in entry[1]])
            self._table = table
        segments = path.rstrip("/").split("/")
        for route, parts in self._table:
            if len(parts) == len(segments) and all(
                part.startswith("{") or part == segment
                for part, segment in zip(parts, segments, strict=True)
            ):
                return route
        return None

    def answer(
        self, method: str, path: str, authorization: str | None
    ) -> tuple[int, Any, list[tuple[bytes, bytes]]]:
        route = self.route(path)
        if route is None:
            return 404, {"error": "Not found"}, []
        if method not in self.routes[route]:
            return 405, {"error": "Method not allowed"}, []
        if not self.is_public(method, route):
            if authorization is None:
                return 401, {"error": "Unauthorized"}, []
            found = self.keys.get(authorization.removeprefix("Bearer "))
            if found is None or found.revoked:
                return 401, {"error": "Unauthorized"}, []
            if found.expires_at is not None and found.expires_at < datetime.now(UTC):
                return 401, {"error": KEY_EXPIRED}, []
            scope = self.required(method, route)
            if scope is not None and found.scopes and scope not in found.scopes:
                return (*self.scope_refusal(), [])
        if route == PORTAL:
            return 307, {}, [(b"location", b"/api/billing/portal/followed")]
        if "{" in route:
            return 404, {"error": "Not found"}, []
        if method not in ("GET", "HEAD"):
            return 400, {"error": "body: invalid JSON"}, []
        return 200, {"data": []}, []

    def handle(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, bytes, list[tuple[str, str]]]:
        """One request as `panel_serving` hands it over: what was seen is recorded."""
        self.seen.append(Seen(method, path, headers.get("authorization"), body))
        status, document, extra = self.answer(method, path, headers.get("authorization"))
        payload = document if isinstance(document, bytes) else json.dumps(document).encode()
        return status, payload, [(name.decode(), value.decode()) for name, value in extra]


@contextmanager
def panel_serving(panel: Panel) -> Iterator[str]:
    """A panel of this module on a free loopback port, speaking HTTP/1.1 with keep-alive (a
    thread per connection); yields its base URL. Leaner per request than uvicorn, which the
    project's mock runs on: these panels answer some seven thousand probe calls."""
    listener = socket.create_server(("127.0.0.1", 0))
    connections: list[socket.socket] = []

    def serve(connection: socket.socket) -> None:
        pending = b""

        def more() -> bool:
            nonlocal pending
            chunk = connection.recv(1 << 16)
            pending += chunk
            return bool(chunk)

        with connection:
            while True:
                while b"\r\n\r\n" not in pending:
                    if not more():
                        return
                head, _, pending = pending.partition(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                method, target, _ = request_line.split(" ", 2)
                headers = {
                    name.strip().lower(): value.strip()
                    for name, _, value in (line.partition(":") for line in header_lines)
                }
                length = int(headers.get("content-length", "0"))
                while len(pending) < length:
                    if not more():
                        return
                body, pending = pending[:length], pending[length:]
                path = unquote(target.partition("?")[0])
                status, payload, extra = panel.handle(method, path, headers, body)
                lines = [
                    f"HTTP/1.1 {status} {HTTPStatus(status).phrase}",
                    "content-type: application/json",
                    f"content-length: {len(payload)}",
                    *(f"{name}: {value}" for name, value in extra),
                ]
                connection.sendall("\r\n".join(lines).encode("latin-1") + b"\r\n\r\n" + payload)

    def accept() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:  # the listener was closed: the panel is done
                return
            connections.append(connection)
            threading.Thread(target=serve, args=(connection,), daemon=True).start()

    accepting = threading.Thread(target=accept, daemon=True)
    accepting.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.shutdown(socket.SHUT_RDWR)
        listener.close()
        accepting.join(timeout=10)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class IgnoresTicketScopes(Panel):
    def required(self, method: str, route: str) -> str | None:
        return None if route.startswith("/api/tickets") else page_scope(method, route)


class UnauthorizedForScopes(Panel):
    def scope_refusal(self) -> tuple[int, dict[str, str]]:
        return 401, {"error": "Unauthorized"}


class ProtectsConfig(Panel):
    def is_public(self, method: str, route: str) -> bool:
        return False


class TeamsGuardBackups(Panel):
    def required(self, method: str, route: str) -> str | None:
        return page_scope(method, route).replace("backups.", "teams.")


MISSING_PATH = "/api/zones/{zoneId}/records/lock"  # GET, POST, DELETE
MISSING_METHOD = ("DELETE", "/api/services/{id}/metrics")


class MissingRoutes(Panel):
    def __init__(self) -> None:
        super().__init__()
        del self.routes[MISSING_PATH]
        self.routes[MISSING_METHOD[1]].discard(MISSING_METHOD[0])


# --------------------------------------------------------------------------- running the probe


def probe(url: str, keys: Path, tmp_path: Path, *options: str) -> tuple[int, dict[str, Any]]:
    """Run the command, report as JSON in a file; the exit code and the report."""
    out = tmp_path / "report.json"
    code = main(
        [
            "probe",
            "--base-url",
            url,
            "--keys",
            str(keys),
            "--rate",
            FAST,
            "--format",
            "json",
            "--out",
            str(out),
            *options,
        ]
    )
    return code, json.loads(out.read_text()) if out.exists() else {}


def flagged(report: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(method, path) -> finding, for every operation with a mismatch."""
    return {
        (op["method"], op["path"]): op["finding"] for op in report["operations"] if op["finding"]
    }


def operations_where(condition: Any) -> set[tuple[str, str]]:
    return {(op.method, op.path) for op in API.operations if condition(op)}


def expected_calls(
    keys: Sequence[ApiKey], allow_writes: bool, prefixes: Sequence[str] = ("/",)
) -> int:
    """Calls a run makes on the paths under `prefixes`, counted from the page's rules as
    restated here."""
    total = 0
    for op in API.operations:
        if not op.path.startswith(tuple(prefixes)):
            continue
        for k in [None, *keys]:
            if op.method == "GET" or allow_writes:
                total += 1
                continue
            valid = k is not None and not k.revoked and k.expires_at is None
            allowed = valid and (not k.scopes or page_scope(op.method, op.path) in k.scopes)
            total += not allowed
    return total


@pytest.fixture(scope="module")
def keys_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return keys_file(tmp_path_factory.mktemp("keys"), KEYS)


# --------------------------------------------------------------------------- the project's mock


def test_the_mock_passes_completely_with_the_example_keys(tmp_path: Path) -> None:
    with serving(create_app(API, load_keys(EXAMPLE_KEYS), rate_limit=RateLimit(0))) as url:
        code, report = probe(url, EXAMPLE_KEYS, tmp_path)
    assert code == 0 and flagged(report) == {}
    writes = [op for op in API.operations if op.method != "GET"]
    services_writes = [op for op in writes if page_scope(op.method, op.path) == "services.write"]
    # Held back: every write for key_full, the services writes for key_loopback_only (the only
    # narrow key valid from this machine).
    assert report["heldBackWrites"] == len(writes) + len(services_writes)
    total = report["groups"][-1]
    assert total["operations"] == 134
    assert (
        total["calls"]
        == total["matched"]
        == report["requests"]
        == 134 * 7 - report["heldBackWrites"]
    )
    by_caller: dict[str, set[tuple[int, str | None]]] = {}
    for op in report["operations"]:
        for call in op["calls"]:
            if (op["method"], op["path"]) != PUBLIC:
                by_caller.setdefault(call["caller"], set()).add((call["status"], call["error"]))
    assert by_caller["key_expired"] == {(401, KEY_EXPIRED)}
    assert by_caller["(no key)"] == by_caller["key_revoked"] == {(401, "Unauthorized")}
    assert {status for status, _ in by_caller["key_office_only"]} == {401}
    assert (403, INSUFFICIENT_SCOPE) in by_caller["key_dns_read"]
    assert report["clientAddress"] == "127.0.0.1"


def test_the_mock_passes_completely_with_narrow_keys_and_all_writes(
    tmp_path: Path, keys_path: Path
) -> None:
    with serving(create_app(API, KEYS, rate_limit=RateLimit(0))) as url:
        code, report = probe(url, keys_path, tmp_path, "--allow-writes")
    assert code == 0 and flagged(report) == {}
    assert report["requests"] == 134 * (len(KEYS) + 1) == expected_calls(KEYS, allow_writes=True)
    assert report["heldBackWrites"] == 0 and report["clientAddress"] is None


# --------------------------------------------------------------------------- wrong panels

WRONG: dict[str, tuple[type[Panel], set[tuple[str, str]], Any]] = {
    "ignores scopes on ticket routes": (
        IgnoresTicketScopes,
        operations_where(lambda op: op.path.startswith("/api/tickets")),
        lambda method, path: f"no scope check: a key without {page_scope(method, path)} got through",
    ),
    "401 instead of 403": (
        UnauthorizedForScopes,
        operations_where(lambda op: (op.method, op.path) != PUBLIC),
        lambda method, path: "401 instead of 403: a valid key without the scope must get 403",
    ),
    "protects the public config route": (
        ProtectsConfig,
        {PUBLIC},
        lambda method, path: "public route protected: it must answer without a key, and any key",
    ),
    "guards /backup with teams.*": (
        TeamsGuardBackups,
        operations_where(lambda op: "/backup" in op.path),
        lambda method, path: (
            f"looks guarded by {page_scope(method, path).replace('backups.', 'teams.')} "
            f"instead of {page_scope(method, path)}"
        ),
    ),
    "missing a route and a method": (
        MissingRoutes,
        {(method, MISSING_PATH) for method in ("GET", "POST", "DELETE")} | {MISSING_METHOD},
        lambda method, path: "route missing: 404/405 for every key",
    ),
}


@pytest.mark.parametrize("name", WRONG)
def test_each_wrong_panel_is_caught_with_the_right_message_and_nothing_else(
    name: str, tmp_path: Path, keys_path: Path
) -> None:
    panel_class, operations, message = WRONG[name]
    with panel_serving(panel_class()) as url:
        code, report = probe(url, keys_path, tmp_path)
    findings = flagged(report)
    assert set(findings) == operations
    assert code == (1 if operations else 0)
    for (method, path), finding in findings.items():
        # "(or the route is gone)": a key let through to an id that cannot exist gets a 404.
        assert finding in (message(method, path), message(method, path) + " (or the route is gone)")
    assert report["requests"] == expected_calls(KEYS, allow_writes=False)


def test_the_text_report_shows_the_table_and_each_mismatch(
    keys_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with panel_serving(TeamsGuardBackups()) as url:
        code = main(
            [
                "probe",
                "--base-url",
                url,
                "--keys",
                str(keys_path),
                "--rate",
                FAST,
                "--only",
                "/api/teams*",
            ]
        )
    captured = capsys.readouterr()
    report = captured.out
    assert code == 1
    teams = len(operations_where(lambda op: op.path.startswith("/api/teams")))
    planned = expected_calls(KEYS, False, ["/api/teams"])
    assert captured.err.splitlines() == [
        f"probing {url}: {teams} operations x 8 callers, {planned} requests at up to {FAST}/s "
        "(at least 0 s)",
        *(
            f"probe: {n} of {planned} requests sent"
            for n in range(planned // 10, planned, planned // 10)
        ),
    ]
    assert report.startswith(
        f"Auth contract probe of {url}\ncallers: (no key), key_full, key_dns_read, key_teams_read, "
        f"key_teams_write, key_backups_read, key_expired, key_revoked\n{teams} operations x 8 "
        f"callers: {expected_calls(KEYS, False, ['/api/teams'])} calls, "
    )
    assert re.search(r"^Backups +9 +\d+ +\d+ +12$", report, re.M)
    assert re.search(rf"^Teams +{teams - 9} +(\d+) +\1 +0$", report, re.M)
    assert "mismatches in 9 operations" in report
    block = report.split("GET /api/teams/{teamId}/backup/snapshots  (backups.read; ")[1].split(
        "\n\n"
    )[0]
    lines = block.splitlines()[1:]
    assert lines[0] == "  likely: looks guarded by teams.read instead of backups.read"
    assert re.fullmatch(r"  key_teams_read +expected 403 +got 404 .*Not found.*", lines[1])
    assert re.fullmatch(
        r'  key_backups_read +expected allowed +got 403 \{"error": "Insufficient API key permissions"\}',
        lines[2],
    )
    assert len(lines) == 3


def test_junit_has_one_test_per_operation_and_a_failure_per_mismatched_one(
    tmp_path: Path, keys_path: Path
) -> None:
    out = tmp_path / "probe.xml"
    with panel_serving(MissingRoutes()) as url:
        code = main(
            [
                "probe",
                "--base-url",
                url,
                "--keys",
                str(keys_path),
                "--rate",
                FAST,
                "--format",
                "junit",
                "--out",
                str(out),
                "--only=/api/zones*",
                "--only=/api/services*",
            ]
        )
    assert code == 1
    root = ElementTree.parse(out).getroot()
    cases = root.findall("./testsuite/testcase")
    selected = operations_where(lambda op: op.path.startswith(("/api/zones", "/api/services")))
    assert {case.attrib["name"] for case in cases} == {f"{m} {p}" for m, p in selected}
    assert len(cases) == len(selected) == int(root.attrib["tests"])
    failed = {
        case.attrib["name"]: case.find("failure")
        for case in cases
        if case.find("failure") is not None
    }
    assert set(failed) == {
        "GET " + MISSING_PATH,
        "POST " + MISSING_PATH,
        "DELETE " + MISSING_PATH,
        " ".join(MISSING_METHOD),
    }
    assert {f.attrib["message"] for f in failed.values() if f is not None} == {
        "route missing: 404/405 for every key"
    }
    assert root.attrib["failures"] == "4"
    suites = {suite.attrib["name"]: suite for suite in root.findall("testsuite")}
    assert (
        suites["DNS Zones"].attrib["failures"] == "3"
        and suites["Services"].attrib["failures"] == "1"
    )


# --------------------------------------------------------------------------- safe by default


@pytest.mark.parametrize("allow_writes", [False, True])
def test_a_right_panel_passes_and_writes_go_only_where_allowed_with_impossible_ids_and_no_body(
    allow_writes: bool, tmp_path: Path, keys_path: Path
) -> None:
    panel = Panel()
    # Without --allow-writes, every operation; with it, the DNS and billing routes are enough
    # (billing has the redirect).
    prefixes = ["/api/zones", "/api/billing"] if allow_writes else ["/"]
    options = ["--allow-writes", *[f"--only={prefix}*" for prefix in prefixes]]
    with panel_serving(panel) as url:
        code, report = probe(url, keys_path, tmp_path, *(options if allow_writes else []))
    assert code == 0 and flagged(report) == {}
    assert len(panel.seen) == report["requests"] == expected_calls(KEYS, allow_writes, prefixes)
    by_secret = {k.secret: k for k in KEYS}
    allowed_writes = 0
    for seen in panel.seen:
        route = panel.route(seen.path)
        assert route is not None, seen.path  # the redirect to .../followed was never followed
        for part, segment in zip(route.split("/"), seen.path.split("/"), strict=True):
            if part.startswith("{"):
                assert re.fullmatch(r"probe-[0-9a-f]{12}", segment), seen.path
        if seen.method == "GET":
            continue
        assert seen.body == b""
        k = by_secret.get((seen.authorization or "").removeprefix("Bearer "))
        holds = (
            k is not None
            and not k.revoked
            and k.expires_at is None
            and (not k.scopes or page_scope(seen.method, route) in k.scopes)
        )
        allowed_writes += holds
    assert (allowed_writes > 0) == allow_writes
    portal = next(op for op in report["operations"] if op["path"] == PORTAL)
    assert {call["status"] for call in portal["calls"] if call["caller"] == "key_full"} == {307}


# --------------------------------------------------------------------------- pace, 429, bounds


def one_key_file(tmp_path: Path) -> Path:
    return keys_file(tmp_path, [FULL])


def test_the_rate_spaces_requests(tmp_path: Path) -> None:
    panel = Panel()
    with panel_serving(panel) as url:
        began = time.monotonic()
        code, report = probe(
            url, one_key_file(tmp_path), tmp_path, "--only", "GET /api/zones*", "--rate", "100"
        )
        elapsed = time.monotonic() - began
    assert code == 0 and report["requests"] == len(panel.seen) == 20  # 10 reads x 2 callers
    # Unpaced, 20 loopback requests take a few milliseconds.
    assert elapsed >= 19 / 100


class Throttled(Panel):
    """429 for the first `times` requests with a key, with this Retry-After."""

    def __init__(self, times: int, retry_after: str | None) -> None:
        super().__init__()
        self.times = times
        self.retry_after = retry_after

    def answer(
        self, method: str, path: str, authorization: str | None
    ) -> tuple[int, Any, list[tuple[bytes, bytes]]]:
        if authorization is not None and self.times > 0:
            self.times -= 1
            headers = (
                [] if self.retry_after is None else [(b"retry-after", self.retry_after.encode())]
            )
            return 429, {"error": "Too many requests"}, headers
        return super().answer(method, path, authorization)


def test_retry_after_is_waited_out_and_the_call_retried(tmp_path: Path) -> None:
    panel = Throttled(1, "1")
    with panel_serving(panel) as url:
        began = time.monotonic()
        code, report = probe(url, one_key_file(tmp_path), tmp_path, "--only", "GET /api/zones")
        elapsed = time.monotonic() - began
    assert code == 0 and flagged(report) == {}
    assert (report["requests"], report["retries"], report["waitedSeconds"]) == (3, 1, 1.0)
    assert [seen.authorization is None for seen in panel.seen] == [True, False, False]
    assert elapsed >= 1


def test_a_retry_after_beyond_a_minute_is_not_waited_out(tmp_path: Path) -> None:
    with panel_serving(Throttled(100, "3600")) as url:
        code, report = probe(url, one_key_file(tmp_path), tmp_path, "--only", "GET /api/zones")
    assert code == 1 and report["waitedSeconds"] == 0 and report["requests"] == 2
    assert flagged(report) == {
        ("GET", "/api/zones"): "rate limited: the probe gave up waiting; lower --rate"
    }
    call = report["operations"][0]["calls"][1]
    assert (call["status"], call["problem"]) == (
        429,
        "Retry-After 3600 s is beyond the probe's 60 s",
    )


def test_a_429_without_retry_after_is_retried_a_bounded_number_of_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(send, "DEFAULT_WAIT", 0.01)
    panel = Throttled(100, None)
    with panel_serving(panel) as url:
        code, report = probe(url, one_key_file(tmp_path), tmp_path, "--only", "GET /api/zones")
    assert code == 1 and report["requests"] == len(panel.seen) == 1 + 1 + send.RETRIES
    call = report["operations"][0]["calls"][1]
    assert (call["status"], call["problem"]) == (429, f"still 429 after {send.RETRIES} retries")


class SharedClock:
    """The mock's clock and the probe's pacing clock in one: seconds pass when the probe sleeps.
    Time passing is not the subject here (test_retry_after_is_waited_out_and_the_call_retried
    waits for real), the mock's 429s and the probe's answer to them are."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_the_mocks_own_rate_limit_is_honoured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = SharedClock()
    pacer = send.Pacer
    monkeypatch.setattr(send, "Pacer", lambda rate: pacer(rate, clock=clock, sleep=clock.sleep))
    app = create_app(API, [FULL], rate_limit=RateLimit(2, 1.0), clock=clock)  # 2 a second
    with serving(app) as url:
        code, report = probe(
            url, one_key_file(tmp_path), tmp_path, "--only", "GET /api/zones/{zoneId}*"
        )
    assert code == 0 and flagged(report) == {}
    assert report["retries"] >= 1 and report["waitedSeconds"] >= 1
    assert report["waitedSeconds"] == sum(wait for wait in clock.slept if wait >= 1)


def test_the_request_bound_stops_a_run_before_it_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    panel = Panel()
    with panel_serving(panel) as url:
        code, report = probe(url, one_key_file(tmp_path), tmp_path, "--max-requests", "100")
    assert code == 2 and report == {} and panel.seen == []
    assert "--max-requests: the run needs" in capsys.readouterr().err


def test_the_request_bound_counts_retries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(send, "DEFAULT_WAIT", 0.01)
    panel = Throttled(100, None)
    with panel_serving(panel) as url:
        code, report = probe(
            url, one_key_file(tmp_path), tmp_path, "--only", "GET /api/zones", "--max-requests", "3"
        )
    assert code == 1 and report["requests"] == len(panel.seen) == 3
    calls = report["operations"][0]["calls"]
    assert calls[0]["status"] == 401
    assert (calls[1]["status"], calls[1]["problem"]) == (None, "not sent: --max-requests 3 reached")


# --------------------------------------------------------------------------- secrets


class Echo(Panel):
    """Lets everything through and echoes the Authorization header, raw and JSON-escaped."""

    def answer(
        self, method: str, path: str, authorization: str | None
    ) -> tuple[int, Any, list[tuple[bytes, bytes]]]:
        token = (authorization or "").removeprefix("Bearer ")
        if path.endswith("/records"):  # not JSON: raw, with terminal control characters
            return 200, f"key={token}!\x1b[2J\x07".encode(), []
        return 200, {"authorization": authorization, "token": token, "note": f"key={token}!"}, []


def test_no_report_or_log_shows_a_secret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    keys = [
        *KEYS,
        # Characters a JSON or HTML echo would escape.
        ApiKey(id="key_odd", secret='sk_test_"odd/\\key<>'),
    ]
    path = keys_file(tmp_path, keys)
    outputs = []
    with panel_serving(Echo(keys)) as url:
        for form in ("text", "json", "junit"):
            out = tmp_path / f"report.{form}"
            code = main(
                [
                    "probe",
                    "--base-url",
                    url,
                    "--keys",
                    str(path),
                    "--rate",
                    FAST,
                    "--only",
                    "/api/zones",
                    "--only",
                    "/api/zones/{zoneId}/records",
                    "--format",
                    form,
                    "--out",
                    str(out),
                ]
            )
            assert code == 1
            outputs.append(out.read_text())
    captured = capsys.readouterr()
    shown = "\n".join(
        [*outputs, captured.out, captured.err, *(r.getMessage() for r in caplog.records)]
    )
    assert "[redacted]" in outputs[0] and "[redacted]" in outputs[1] and "[redacted]" in outputs[2]
    excerpts = [c["excerpt"] for op in json.loads(outputs[1])["operations"] for c in op["calls"]]
    assert any("key=[redacted]!" in excerpt for excerpt in excerpts)
    assert all(excerpt.isprintable() for excerpt in excerpts)
    assert "\x1b" not in outputs[0] + outputs[2]
    assert ElementTree.fromstring(outputs[2].encode()).tag == "testsuites"
    for k in keys:
        assert k.secret not in shown
        assert json.dumps(k.secret)[1:-1] not in shown
    assert "sk_test" not in shown
    sender = send.Sender("http://x", [k.secret for k in keys], 1.0, 1, ids=lambda: "probe-x")
    assert "sk_test" not in repr(sender) + repr(Caller("x", keys[-1]))


# --------------------------------------------------------------------------- proxy and connection


def test_the_environments_http_proxy_carries_the_calls_unless_no_proxy_names_the_panel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel, proxy = Panel(), Panel()
    path = one_key_file(tmp_path)
    with panel_serving(panel) as url, panel_serving(proxy) as proxy_url:
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "https_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        monkeypatch.setenv("http_proxy", proxy_url)
        probe(url, path, tmp_path, "--only", "GET /api/zones")
        # An HTTP proxy is handed the absolute URL; the panel itself saw nothing.
        assert [seen.path for seen in proxy.seen] == [f"{url}/api/zones"] * 2
        assert panel.seen == []
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        monkeypatch.setenv("no_proxy", "127.0.0.1")
        code, report = probe(url, path, tmp_path, "--only", "GET /api/zones")
    assert code == 0 and flagged(report) == {}
    assert [seen.path for seen in panel.seen] == ["/api/zones"] * 2 and len(proxy.seen) == 2


def test_a_connection_the_panel_closed_while_idle_is_replaced() -> None:
    """A server's idle timeout may close the connection between two calls (a Retry-After wait
    is longer than most): the next call goes out on a new connection, not into the closed one."""
    listener = socket.create_server(("127.0.0.1", 0))
    requests: list[bytes] = []
    closed = threading.Semaphore(0)

    def serve_two_connections() -> None:
        for _ in range(2):
            connection, _ = listener.accept()
            with connection:
                head = b""
                while b"\r\n\r\n" not in head:
                    head += connection.recv(4096)
                requests.append(head.split(b"\r\n")[0])
                connection.sendall(
                    b"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
                    b'Content-Length: 27\r\nConnection: keep-alive\r\n\r\n{"error": "Unauthorized"}  '
                )
            closed.release()  # by the server, right after its keep-alive answer

    server = threading.Thread(target=serve_two_connections, daemon=True)
    server.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    connection = send.Connection(url)
    try:
        statuses = []
        for _ in range(2):
            response = connection.request("GET", "/api/zones", {}, None)
            statuses.append((response.status, json.loads(response.read())))
            assert closed.acquire(timeout=10)
    finally:
        connection.close()
        server.join(timeout=10)
        listener.close()
    assert statuses == [(401, {"error": "Unauthorized"})] * 2
    assert requests == [b"GET /api/zones HTTP/1.1"] * 2


# --------------------------------------------------------------------------- keys from the environment


def test_secrets_can_come_from_environment_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PROBE_TEST_FULL", "sk_test_from_the_environment")
    path = tmp_path / "keys.toml"
    path.write_text('[[keys]]\nid = "key_env"\nsecretEnv = "PROBE_TEST_FULL"\nscopes = []\n')
    env_key = ApiKey(id="key_env", secret="sk_test_from_the_environment")
    panel = Panel([env_key])
    with panel_serving(panel) as url:
        code, report = probe(url, path, tmp_path, "--only", "GET /api/zones")
    assert code == 0 and flagged(report) == {}
    assert [seen.authorization for seen in panel.seen] == [
        None,
        "Bearer sk_test_from_the_environment",
    ]
    assert "sk_test_from_the_environment" not in json.dumps(report) + capsys.readouterr().err


def test_the_staging_template_works_against_the_mock_with_its_secrets_in_the_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, secret in {
        "PROBE_KEY_FULL": "sk_test_full_access",
        "PROBE_KEY_DNS_READ": "sk_test_dns_read",
        "PROBE_KEY_EXPIRED": "sk_test_expired",
        "PROBE_KEY_REVOKED": "sk_test_revoked",
    }.items():
        monkeypatch.setenv(name, secret)
    template = ROOT / "examples" / "probe-keys.toml"
    with serving(create_app(API, load_keys(EXAMPLE_KEYS), rate_limit=RateLimit(0))) as url:
        code, report = probe(url, template, tmp_path, "--only", "/api/zones*")
    assert code == 0 and flagged(report) == {}
    callers = {caller["name"]: caller for caller in report["callers"]}
    assert list(callers) == [
        "(no key)",
        "staging_full",
        "staging_dns_read",
        "staging_expired",
        "staging_revoked",
    ]
    assert callers["staging_dns_read"]["scopes"] == ["dns.read"]
    statuses = {
        call["caller"]: call["status"] for op in report["operations"] for call in op["calls"]
    }
    assert statuses["staging_expired"] == statuses["staging_revoked"] == 401


@pytest.mark.parametrize(
    ("entry", "environment", "message"),
    [
        (
            'secretEnv = "PROBE_TEST_UNSET"',
            {},
            "keys[0]: secretEnv: environment variable PROBE_TEST_UNSET is not set",
        ),
        (
            'secretEnv = "PROBE_TEST_ODD"',
            {"PROBE_TEST_ODD": "not a key at all"},
            "keys[0]: secretEnv: PROBE_TEST_ODD holds no API key, expected `sk_`",
        ),
        (
            'secret = "sk_test_a"\nsecretEnv = "PROBE_TEST_ODD"',
            {"PROBE_TEST_ODD": "sk_test_b"},
            "keys[0]: give `secret` or `secretEnv`, not both",
        ),
    ],
)
def test_a_bad_secret_source_is_bad_input_and_shows_no_value(
    entry: str,
    environment: dict[str, str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("PROBE_TEST_UNSET", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    path = tmp_path / "keys.toml"
    path.write_text(f'[[keys]]\nid = "key_env"\n{entry}\n')
    code = main(["probe", "--base-url", "http://127.0.0.1:9", "--keys", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"error: {path}: " + message in err
    for value in environment.values():
        assert value not in err


# --------------------------------------------------------------------------- bad input


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--keys", "missing.toml"],
            "error: missing.toml: cannot read the keys file: No such file or directory",
        ),
        (
            ["--only", "GET /api/nowhere*", "--only", "zones.*"],
            "error: --only: 'GET /api/nowhere*' matches no operation of the catalog",
        ),
        (
            ["--base-url", "ftp://127.0.0.1/"],
            "error: --base-url: expected http(s)://HOST[:PORT][/PATH], found 'ftp://127.0.0.1/'",
        ),
        (
            ["--base-url", "http://127.0.0.1:{port}"],
            "error: --base-url: cannot reach http://127.0.0.1:{port}: Connection refused",
        ),
        (
            ["--base-url", "http://probe:sk_test_pw@127.0.0.1:{port}"],
            "error: --base-url: expected no user name or password in the URL",
        ),
        (
            ["--out", "no-such-folder/report.txt"],
            "error: no-such-folder/report.txt: cannot write the report: no such folder",
        ),
    ],
)
def test_bad_input_exits_2_before_sending_anything(
    options: list[str], message: str, keys_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port = closed_port()
    defaults = ["--base-url", f"http://127.0.0.1:{port}", "--keys", str(keys_path)]
    # The options come last: a repeated --base-url or --keys replaces the default.
    assert main(["probe", *defaults, *(option.format(port=port) for option in options)]) == 2
    err = capsys.readouterr().err
    assert message.format(port=port) in err
    assert "Traceback" not in err and "sk_test" not in err


def test_wait_gives_a_panel_time_to_come_up(
    keys_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port = closed_port()
    began = time.monotonic()
    assert (
        main(
            [
                "probe",
                "--base-url",
                f"http://127.0.0.1:{port}",
                "--keys",
                str(keys_path),
                "--wait",
                "0.5",
            ]
        )
        == 2
    )
    assert time.monotonic() - began >= 0.5
    assert "cannot reach" in capsys.readouterr().err


# --------------------------------------------------------------------------- expectations


WHITELISTED = ApiKey(
    id="key_office",
    secret="sk_test_office",
    scopes=frozenset({"dns.read"}),
    ip_whitelist=(ipaddress.ip_network("203.0.113.0/24"),),
)
NOW = datetime(2026, 6, 1, tzinfo=UTC).timestamp()


def op(method: str, path: str) -> Operation:
    return next(o for o in API.operations if (o.method, o.path) == (method, path))


@pytest.mark.parametrize(
    ("caller", "method", "path", "client_ip", "promised"),
    [
        (Caller("(no key)"), "GET", "/api/billing/config", None, Expected.PUBLIC),
        (Caller("x", EXPIRED), "GET", "/api/billing/config", None, Expected.PUBLIC),
        (Caller("(no key)"), "GET", "/api/zones", None, Expected.UNAUTHENTICATED),
        (Caller("x", REVOKED), "GET", "/api/zones", None, Expected.UNAUTHENTICATED),
        (Caller("x", EXPIRED), "GET", "/api/zones", None, Expected.EXPIRED),
        (
            Caller(
                "x",
                ApiKey(
                    id="k", secret="sk_k", revoked=True, expires_at=datetime(2024, 1, 1, tzinfo=UTC)
                ),
            ),
            "GET",
            "/api/zones",
            None,
            Expected.UNAUTHENTICATED,
        ),
        (
            Caller("x", ApiKey(id="k", secret="sk_k", expires_at=datetime(2027, 1, 1, tzinfo=UTC))),
            "GET",
            "/api/zones",
            None,
            Expected.ALLOWED,
        ),
        (Caller("x", WHITELISTED), "GET", "/api/zones", "127.0.0.1", Expected.UNAUTHENTICATED),
        (Caller("x", WHITELISTED), "GET", "/api/zones", "203.0.113.9", Expected.ALLOWED),
        (Caller("x", WHITELISTED), "POST", "/api/zones", "203.0.113.9", Expected.FORBIDDEN),
        (Caller("x", FULL), "DELETE", "/api/teams/{teamId}/backup", None, Expected.ALLOWED),
        (
            Caller("x", key("t", "teams.write")),
            "DELETE",
            "/api/teams/{teamId}/backup",
            None,
            Expected.FORBIDDEN,
        ),
        (
            Caller("x", key("b", "backups.write")),
            "DELETE",
            "/api/teams/{teamId}/backup",
            None,
            Expected.ALLOWED,
        ),
    ],
)
def test_the_expected_outcome_follows_the_panels_steps(
    caller: Caller, method: str, path: str, client_ip: str | None, promised: Expected
) -> None:
    assert expected(op(method, path), caller, client_ip, NOW) is promised


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("3", 3.0),
        (" 0 ", 0.0),
        (None, send.DEFAULT_WAIT),
        ("soon", send.DEFAULT_WAIT),
        ("-1", send.DEFAULT_WAIT),
    ],
)
def test_retry_after_is_read_as_whole_seconds(header: str | None, seconds: float) -> None:
    assert send._seconds(header) == seconds


def test_retry_after_is_read_as_an_http_date() -> None:
    from email.utils import format_datetime

    later = format_datetime(datetime.fromtimestamp(time.time() + 30, UTC), usegmt=True)
    assert 29 <= send._seconds(later) <= 31
    assert send._seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0


def test_client_ip_judges_whitelisted_keys_and_the_panel_must_still_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = [k for k in load_keys(EXAMPLE_KEYS) if k.id == "key_office_only"]
    path = tmp_path / "office.toml"
    path.write_text(
        '[[keys]]\nid = "key_office_only"\nsecret = "sk_test_office_only"\n'
        'scopes = ["tickets.read"]\nipWhitelist = ["203.0.113.0/24"]\n'
    )
    with serving(create_app(API, office, rate_limit=RateLimit(0))) as url:
        # Told it is inside the whitelist, the probe expects the key to work; the mock sees
        # loopback and refuses it: every call it makes with the key is a mismatch.
        code, report = probe(
            url, path, tmp_path, "--only", "GET /api/tickets", "--client-ip", "203.0.113.7"
        )
    assert code == 1 and report["clientAddress"] == "203.0.113.7"
    calls = report["operations"][0]["calls"]
    assert [(c["caller"], c["expected"], c["status"]) for c in calls] == [
        ("(no key)", "401", 401),
        ("key_office_only", "allowed", 401),
    ]
    port = closed_port()
    argv = ["probe", "--base-url", f"http://127.0.0.1:{port}", "--keys", str(path)]
    assert main([*argv, "--client-ip", "203.0.113.7"]) == 2
    assert "cannot reach" in capsys.readouterr().err

"""The probe's HTTP side: reaching the panel, pacing, 429 and `Retry-After`, reading answers.

- At most `rate` requests per second, evenly spaced, and never more than `max_requests` in all
  (retries included).
- A 429 is retried after its `Retry-After` (whole seconds; 1 s when absent or unreadable), at
  most `RETRIES` times; a `Retry-After` above `LONGEST_WAIT` is not waited out.
- Redirects are never followed: a 3xx is an answer like any other.
- At most `MAX_BODY` bytes of a body are read; the excerpt shown is its start with every secret
  of the keys file (and any `Bearer ...` echo) replaced, so no report or log shows a key.
- One keep-alive connection (`http.client`: a run sends a thousand calls, and httpx's per-request
  cost was most of the probe's CPU), through the HTTP proxy the environment names for the panel
  (`HTTP_PROXY`/`HTTPS_PROXY`/`ALL_PROXY`, `NO_PROXY`) as httpx's `trust_env` did; TLS verified
  against `SSL_CERT_FILE`/`SSL_CERT_DIR` when set, else certifi's bundle, as httpx did.
"""

from __future__ import annotations

import base64
import http.client
import json
import math
import os
import re
import select
import socket
import ssl
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit

from generator.probe.expect import Answer, Result
from generator.problems import InputError, Problem
from generator.scopes import READ_METHODS

if TYPE_CHECKING:
    from generator.probe.plan import Call

RETRIES = 3
LONGEST_WAIT = 60.0
DEFAULT_WAIT = 1.0
MAX_BODY = 4096
EXCERPT = 120
TIMEOUT = 10.0
REDACTED = "[redacted]"
# The token of an echoed `Authorization` header, up to a quote or separator of its container.
BEARER_ECHO = re.compile(r"(?i)(bearer\s+)[^\s\"'\\,;<>}\]]+")


def check_base_url(text: str) -> str:
    """The base URL without a trailing slash; `InputError` unless it is http(s) with a host."""
    import httpx

    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as error:
        raise InputError([Problem("--base-url", 0, f"not a URL: {error}")]) from None
    if url.userinfo:
        # httpx would send them as Basic auth in place of the keys, and the report shows the URL.
        raise InputError([Problem("--base-url", 0, "expected no user name or password in the URL")])
    if url.scheme not in ("http", "https") or not url.host or url.query or url.fragment:
        raise InputError(
            [Problem("--base-url", 0, f"expected http(s)://HOST[:PORT][/PATH], found {text!r}")]
        )
    return text.rstrip("/")


def reach(base_url: str, wait: float) -> str:
    """The local address of a connection to the panel (the client address it sees, unless a
    proxy or NAT sits between); waits up to `wait` seconds for the panel to listen."""
    import httpx

    url = httpx.URL(base_url)
    port = url.port or (443 if url.scheme == "https" else 80)
    deadline = time.monotonic() + wait
    while True:
        try:
            with socket.create_connection((url.host, port), timeout=TIMEOUT) as connection:
                address: str = connection.getsockname()[0]
                return address
        except OSError as error:
            if time.monotonic() >= deadline:
                reason = error.strerror or type(error).__name__
                raise InputError(
                    [Problem("--base-url", 0, f"cannot reach {base_url}: {reason}")]
                ) from None
            time.sleep(0.2)


class Pacer:
    """Spaces request starts at least 1/rate seconds apart."""

    def __init__(
        self,
        rate: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._interval = 1 / rate
        self._clock = clock
        self._sleep = sleep
        self._next = clock()

    def wait(self) -> None:
        now = self._clock()
        if now < self._next:
            self._sleep(self._next - now)
            now = self._next
        self._next = now + self._interval

    def pause(self, seconds: float) -> None:
        """Wait `seconds` (a `Retry-After`), then carry on at the usual pace."""
        self._sleep(seconds)
        self._next = self._clock()


@dataclass
class Tally:
    requests: int = 0
    retries: int = 0
    waited: float = 0.0  # seconds spent on Retry-After
    seconds: float = 0.0


@dataclass
class Sender:
    """Sends calls to one panel with one connection pool; `tally` counts what went out."""

    base_url: str
    secrets: Sequence[str] = field(repr=False)
    rate: float
    max_requests: int
    ids: Callable[[], str]
    progress: Callable[[int], None] = lambda sent: None  # called after each request
    pacer: Pacer = field(init=False)
    tally: Tally = field(default_factory=Tally)
    _secret_forms: list[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.pacer = Pacer(self.rate)
        # Each secret as sent, as a JSON string escapes it, as a URL encodes it; longest first,
        # so a secret that contains another is replaced whole.
        forms = {
            form
            for secret in self.secrets
            for form in (secret, json.dumps(secret)[1:-1], quote(secret, safe=""))
        }
        self._secret_forms = sorted(forms, key=len, reverse=True)

    def send_all(self, calls: Iterable[Call]) -> list[Result]:
        began = time.monotonic()
        connection = Connection(self.base_url)
        try:
            results = [
                Result(call.operation, call.caller, call.expected, self._send(connection, call))
                for call in calls
            ]
        finally:
            connection.close()
        self.tally.seconds = time.monotonic() - began
        return results

    def _send(self, connection: Connection, call: Call) -> Answer:
        operation = call.operation
        path = operation.path
        for param in operation.path_params:
            path = path.replace("{" + param.name + "}", quote(self.ids(), safe=""))
        headers = {"Accept": "application/json", "User-Agent": "expanse-probe"}
        if call.caller.key is not None:
            headers["Authorization"] = f"Bearer {call.caller.key.secret}"
        content = None
        if operation.method not in READ_METHODS:
            headers["Content-Type"] = "application/json"
            content = b""
        answer = Answer(None, problem="not sent")
        for attempt in range(RETRIES + 1):
            if self.tally.requests >= self.max_requests:
                return Answer(None, problem=f"not sent: --max-requests {self.max_requests} reached")
            self.pacer.wait()
            self.tally.requests += 1
            self.progress(self.tally.requests)
            self.tally.retries += int(attempt > 0)
            try:
                response = connection.request(operation.method, path, headers, content)
                answer = self._answer(response, connection)
                retry_after = response.getheader("retry-after")
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                problem = printable(self.redact(f"{type(error).__name__}: {error}"))
                return Answer(None, problem=problem)
            if answer.status != 429:
                return answer
            wait = _seconds(retry_after)
            if wait > LONGEST_WAIT:
                return Answer(
                    429,
                    answer.error,
                    answer.excerpt,
                    f"Retry-After {wait:g} s is beyond the probe's {LONGEST_WAIT:g} s",
                )
            if attempt < RETRIES:
                self.pacer.pause(wait)
                self.tally.waited += wait
        return Answer(429, answer.error, answer.excerpt, f"still 429 after {RETRIES} retries")

    def _answer(self, response: http.client.HTTPResponse, connection: Connection) -> Answer:
        data = response.read(MAX_BODY)
        if not response.isclosed():
            connection.close()  # the rest of a long body is left unread: this connection is done
        text = self.redact(data.decode("utf-8", "replace"))
        error = None
        if len(data) < MAX_BODY:
            try:
                document = json.loads(text)
            except ValueError:
                document = None
            if isinstance(document, dict) and isinstance(document.get("error"), str):
                error = document["error"]
        excerpt = printable(" ".join(text.split()))
        if len(excerpt) > EXCERPT:
            excerpt = excerpt[: EXCERPT - 3] + "..."
        return Answer(response.status, error, excerpt)

    def redact(self, text: str) -> str:
        for form in self._secret_forms:
            text = text.replace(form, REDACTED)
        return BEARER_ECHO.sub(rf"\g<1>{REDACTED}", text)


class Connection:
    """One keep-alive HTTP/1.1 connection to the panel at `base_url`, through the proxy the
    environment names for it; opened on first use and again after the panel closed it."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port or (443 if self._https else 80)
        self._prefix = parts.path.rstrip("/")
        self._origin = f"{parts.scheme}://{parts.netloc}"
        self._proxy = environment_proxy(parts.scheme, self._host)
        self._proxy_headers: dict[str, str] = {}
        if self._proxy is not None and self._proxy.username is not None:
            credentials = f"{unquote(self._proxy.username)}:{unquote(self._proxy.password or '')}"
            self._proxy_headers["Proxy-Authorization"] = (
                "Basic " + base64.b64encode(credentials.encode()).decode()
            )
        self._context = tls_context() if self._https else None
        self._connection: http.client.HTTPConnection | None = None

    def request(
        self, method: str, path: str, headers: dict[str, str], content: bytes | None
    ) -> http.client.HTTPResponse:
        connection = self._open()
        target = self._prefix + path
        if self._proxy is not None and not self._https:
            # An HTTP proxy takes the absolute URL; an HTTPS panel is reached through a tunnel.
            target = self._origin + target
            headers = {**headers, **self._proxy_headers}
        connection.request(method, target, body=content, headers=headers)
        return connection.getresponse()

    def _open(self) -> http.client.HTTPConnection:
        idle = self._connection.sock if self._connection is not None else None
        # A connection the panel closed while idle reads as ready (EOF): start a new one.
        if idle is not None and select.select([idle], [], [], 0)[0]:
            self.close()
        if self._connection is None:
            self._connection = self._new_connection()
        return self._connection

    def _new_connection(self) -> http.client.HTTPConnection:
        if self._proxy is None:
            host, port = self._host, self._port
        else:
            host, port = self._proxy.hostname or "", self._proxy.port or 80
        if not self._https:
            return http.client.HTTPConnection(host, port, timeout=TIMEOUT)
        connection = http.client.HTTPSConnection(host, port, timeout=TIMEOUT, context=self._context)
        if self._proxy is not None:
            connection.set_tunnel(self._host, self._port, headers=self._proxy_headers)
        return connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def environment_proxy(scheme: str, host: str) -> urllib.parse.SplitResult | None:
    """The proxy `HTTP_PROXY`, `HTTPS_PROXY` or `ALL_PROXY` names for `scheme` (None when unset
    or `NO_PROXY` lists `host`); `InputError` for a proxy that is not plain http://."""
    proxies = urllib.request.getproxies()
    name = proxies.get(scheme) or proxies.get("all")
    if not name or urllib.request.proxy_bypass(host):
        return None
    proxy = urlsplit(name if "://" in name else "http://" + name)
    if proxy.scheme != "http" or not proxy.hostname:
        shown = f"{proxy.scheme}://{proxy.hostname or ''}"
        raise InputError(
            [Problem("--base-url", 0, f"the proxy {shown} is not supported: expected http://")]
        )
    return proxy


def tls_context() -> ssl.SSLContext:
    """Verification as httpx does it: `SSL_CERT_FILE`/`SSL_CERT_DIR` when set, else certifi."""
    cafile, capath = os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")
    if cafile and os.path.isfile(cafile):
        return ssl.create_default_context(cafile=cafile)
    if capath and os.path.isdir(capath):
        return ssl.create_default_context(capath=capath)
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


def _seconds(retry_after: str | None) -> float:
    """`Retry-After` in seconds, from whole seconds or an HTTP date; absent or unreadable: the
    default wait."""
    text = (retry_after or "").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return DEFAULT_WAIT
    if when.tzinfo is None:
        return DEFAULT_WAIT
    return max(0.0, math.ceil(when.timestamp() - time.time()))


def printable(text: str) -> str:
    """`text` safe for a terminal and for XML: control characters become U+FFFD."""
    return "".join(char if char.isprintable() else "\ufffd" for char in text)

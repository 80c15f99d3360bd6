"""The transport under every resource: options, auth, retries, logging and error mapping.

The hot path is short on purpose: a method builds its path and arguments, and `_request` adds
a few dictionary lookups and a status check to what httpx does anyway. Bodies arrive here as
plain dicts, so nothing here needs pydantic.
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import sys
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from functools import cache, reduce
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast
from urllib.parse import quote, unquote, urlsplit

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ExpanseError,
    RequestValidationError,
    retry_after_seconds,
    status_error,
)
from ._types import RESPONSE_CLASS, BinaryContent
from ._version import __version__

if TYPE_CHECKING:
    from typing import Self, Unpack

    from ._models import BaseModel
    from ._operations import Operation
    from ._response import BaseResponse
    from ._types import ClientOptions, FileContent, FileInput, QueryValue, RequestOptions

    # What `_prepare` returns: url, params, json, form, uploads, headers, timeout, max_retries
    # and the response class a raw or streaming call asks for. A plain tuple: a record class
    # would cost about a microsecond on every call.
    PreparedCall: TypeAlias = tuple[
        str,
        Mapping[str, QueryValue] | None,
        Mapping[str, Any] | None,
        dict[str, str] | None,
        list[tuple[str, FileInput]] | None,
        Mapping[str, str] | None,
        float | httpx.Timeout | None,
        int,
        type[BaseResponse[Any]] | None,
    ]

T = TypeVar("T")

DEFAULT_BASE_URL = "https://panel.expanse.host"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A longer wait asked by the server is not waited out: the error hands it to the caller instead.
MAX_RETRY_AFTER = 60.0
# The server may have acted on a POST or PATCH whose answer was lost (a top-up, a payment), so
# only these methods are retried after a failure that may have reached it.
RETRY_SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE"})
# Besides 5xx: a request timeout and a conflict (often a lock held a moment) may pass on retry.
RETRY_STATUSES = frozenset({408, 409})
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
ROUTE_CHANGING_SEGMENTS = frozenset({".", ".."})
USER_AGENT = f"expanse-api-python/{__version__}"
# The keyword arguments every method takes besides its own (RequestOptions), and the private
# one the raw and streaming wrappers add.
OPTION_NAMES = frozenset(
    {"timeout", "max_retries", "extra_headers", "extra_query", "extra_body", RESPONSE_CLASS}
)
LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
# What a key is replaced with in an error body that echoes it.
REDACTED = "[redacted]"

logger = logging.getLogger("expanse_api")


def _sleep(seconds: float) -> None:
    """The wait between retries of the sync client (tests replace it)."""
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    """The wait between retries of the async client (tests replace it)."""
    import anyio  # httpx's own dependency; imported on the first retry only

    await anyio.sleep(seconds)


def setup_logging() -> None:
    """EXPANSE_LOG=debug or info: log each request's method, path, status and time to stderr
    (through the application's own handlers when it has set up logging)."""
    level = LOG_LEVELS.get(os.environ.get("EXPANSE_LOG", "").strip().lower())
    if level is None or logger.handlers:
        return
    logger.setLevel(level)
    if logging.getLogger().handlers:
        return  # the application prints logs already; a handler here would print them twice
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)


def path_segment(value: str, name: str) -> str:
    """`value` as one percent-encoded path segment.

    Refuses what could change the route instead of naming a resource: an empty value, and any
    `.` or `..` part between slashes or backslashes, percent-encoded or not (`%2e%2E`,
    `..%2Fx`): servers and proxies may decode before routing. Ids are strings: a number given
    by mistake is refused too, rather than failing deep inside.
    """
    if not isinstance(value, str):
        problem = f"must be a string id, not {type(value).__name__}"
        raise RequestValidationError(f"{name} {problem}", [{"loc": (name,), "msg": problem}])
    decoded = value
    while "%" in decoded:
        unquoted = unquote(decoded)
        if unquoted == decoded:
            break
        decoded = unquoted
    if not decoded or ROUTE_CHANGING_SEGMENTS.intersection(decoded.replace("\\", "/").split("/")):
        problem = "must name a resource: not empty, no '.' or '..' part (even percent-encoded)"
        raise RequestValidationError(
            f"{name} {problem}: got {value!r}", [{"loc": (name,), "msg": problem}]
        )
    return quote(value, safe="")


def check_base_url(base_url: str, allow_insecure_http: bool = False) -> None:
    """Refuse a base URL that is not http(s), or that would send the key in clear text."""
    try:
        parts = urlsplit(base_url)
        host = parts.hostname
    except ValueError:
        host = None
    if host is None or parts.scheme not in ("http", "https") or parts.query or parts.fragment:
        raise ExpanseError(f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL}")
    if parts.scheme == "http" and host not in LOCAL_HOSTS and not allow_insecure_http:
        raise ExpanseError(
            f"refusing to send the API key in clear text to {host}: use https:// "
            "(plain http:// is allowed for localhost, or with allow_insecure_http=True)"
        )


def check_header_values(headers: Mapping[str, str], where: str) -> str | None:
    """What is wrong with headers httpx would refuse or h11 would reject mid-send; None if
    nothing. The value is never quoted: it may be a secret."""
    for name, value in headers.items():
        if not (isinstance(name, str) and name.isascii() and name.isprintable()) or any(
            char in name for char in " :"
        ):
            return f"{where}: {name!r} is not a header name (printable ASCII, no space or colon)"
        if not (isinstance(value, str) and value.isascii() and value.isprintable()):
            return f"{where}: the value of {name!r} must be printable ASCII (no line breaks)"
    return None


def timeout_problem(timeout: object) -> str | None:
    """What is wrong with a timeout; None if nothing."""
    values = (
        (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if isinstance(timeout, httpx.Timeout)
        else (timeout,)
    )
    for value in values:
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            return f"timeout must be seconds, an httpx.Timeout or None, not {timeout!r}"
        if value < 0:
            return f"timeout must be 0 or more seconds, not {timeout!r}"
    return None


def no_time_left(timeout: object) -> bool:
    """Whether a timeout leaves no time at all: the call times out before it is sent."""
    if isinstance(timeout, httpx.Timeout):
        return 0 in (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return timeout == 0


def closest_name(name: str, names: Sequence[str]) -> str:
    import difflib  # a mistake's path only: not worth its import on every start

    close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def redacted(value: object, secrets: Sequence[str]) -> Any:
    """`value` (decoded JSON or text) with every secret replaced, keys and strings alike."""
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, dict):
        return {redacted(key, secrets): redacted(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [redacted(item, secrets) for item in value]
    return value


def secrets_of(api_key: str) -> tuple[str, ...]:
    """What must never be shown: the key, and its part after `sk_` when it is long enough not
    to match ordinary words."""
    tail = api_key.removeprefix("sk_")
    return (api_key, tail) if len(tail) >= 8 else (api_key,)


def form_fields(body: Mapping[str, Any] | None) -> dict[str, str]:
    """Multipart form fields: strings as they are, anything else as JSON."""
    return {
        name: value if isinstance(value, str) else json.dumps(value, allow_nan=False)
        for name, value in (body or {}).items()
    }


def unencodable(operation: Operation, exc: Exception) -> RequestValidationError:
    """The error for a body or query JSON or a form cannot hold (NaN, an arbitrary object);
    the message names the type, never the value."""
    problem = f"the request cannot be encoded: {type(exc).__name__}: {exc}"
    return RequestValidationError(
        f"{operation.method} {operation.path}: {problem}", [{"loc": (), "msg": problem}]
    )


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s and so on, at most 8 s."""
    delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def transport_retry_delay(operation: Operation, attempt: int, max_retries: int) -> float | None:
    """How long to wait before retrying after no response arrived; None: do not retry."""
    if attempt >= max_retries or operation.method not in RETRY_SAFE_METHODS:
        return None
    return backoff(attempt)


def status_retry_delay(
    response: httpx.Response, operation: Operation, attempt: int, max_retries: int
) -> float | None:
    """How long to wait before retrying after an error status; None: do not retry.

    The server decides first: `x-should-retry: true` or `false`. Else 429 is retried for every
    method (the API did nothing); 408, 409 and 5xx only for the methods safe to repeat. The
    wait is the server's (`retry-after-ms`, then `Retry-After`) when it is above 0 and at most
    MAX_RETRY_AFTER (a longer one is not retried), else backoff.
    """
    if attempt >= max_retries:
        return None
    should_retry = response.headers.get("x-should-retry")
    if should_retry == "false":
        return None
    status = response.status_code
    if (
        should_retry != "true"
        and status != 429
        and not (
            operation.method in RETRY_SAFE_METHODS and (status >= 500 or status in RETRY_STATUSES)
        )
    ):
        return None
    wait = retry_after_seconds(response.headers)
    if wait is None or wait <= 0:
        return backoff(attempt)
    return wait if wait <= MAX_RETRY_AFTER else None


def connection_error(
    exc: httpx.RequestError, operation: Operation, request: httpx.Request
) -> APIConnectionError:
    where = f"{operation.method} {operation.path}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"timed out on {where}: {exc}", operation, request=request)
    return APIConnectionError(f"connection failed on {where}: {exc}", operation, request=request)


def retry_after_failure(
    exc: httpx.RequestError,
    operation: Operation,
    request: httpx.Request,
    attempt: int,
    max_retries: int,
) -> float:
    """The wait before retrying a request that got no answer; raises when it is not retried."""
    delay = (
        transport_retry_delay(operation, attempt, max_retries)
        if isinstance(exc, httpx.TransportError)
        else None
    )
    if delay is None:
        raise connection_error(exc, operation, request) from exc
    return delay


def retry_after_status(
    response: httpx.Response,
    operation: Operation,
    attempt: int,
    max_retries: int,
    secrets: Sequence[str],
) -> float:
    """The wait before retrying after an error status; raises its error when not retried."""
    delay = status_retry_delay(response, operation, attempt, max_retries)
    if delay is None:
        body: object
        try:
            body = response.json()
        except ValueError:
            body = response.text
        raise status_error(response, operation, redacted(body, secrets))
    return delay


def log_retry(operation: Operation, attempt: int, max_retries: int, delay: float) -> None:
    logger.info(
        "retrying %s %s in %.2f s (retry %d of %d)",
        operation.method,
        operation.path,
        delay,
        attempt,
        max_retries,
    )


def log_response(response: httpx.Response, started: float) -> None:
    """One line per response: method, path, status, time; never headers, query or body."""
    request = response.request
    logger.info(
        "%s %s -> %d in %.1f ms",
        request.method,
        request.url.path,
        response.status_code,
        (time.perf_counter() - started) * 1000,
    )


def unknown_option(client: BaseClient, operation: Operation, options: Mapping[str, object]) -> None:
    """Raise the TypeError Python raises for a misspelt keyword, naming the closest one."""
    import inspect

    method: Any = reduce(getattr, operation.attribute.split("."), client)
    own = [name for name in inspect.signature(method).parameters if name != "options"]
    names = [*own, *sorted(OPTION_NAMES - {RESPONSE_CLASS})]
    name = sorted(set(options) - OPTION_NAMES)[0]
    raise TypeError(
        f"{operation.attribute}() got an unexpected keyword argument {name!r}"
        f"{closest_name(name, names)}"
    )


def upload_parts(
    files: Mapping[str, Sequence[FileInput] | None],
) -> list[tuple[str, FileInput]] | None:
    """The multipart file parts, or None when no file is given (the body goes as JSON)."""
    parts = [(part, rewindable(file)) for part, given in files.items() for file in given or ()]
    return parts or None


def rewindable(file: FileInput) -> FileInput:
    """The file, with a stream that cannot seek read into bytes now: httpx rewinds seekable
    files before a retry, and a spent stream would be resent empty."""
    match file:
        case (name, content):
            return (name, _rewindable(content))
        case (name, content, content_type):
            return (name, _rewindable(content), content_type)
        case _:
            return _rewindable(file)


def _rewindable(content: FileContent) -> FileContent:
    if isinstance(content, bytes) or content.seekable():
        return content
    return content.read()


def refuse_redirect(response: httpx.Response, operation: Operation) -> None:
    """A redirect where the API documents content is an error, not an empty success."""
    if response.is_redirect:
        raise APIResponseValidationError(
            f"unexpected {response.status_code} redirect from {operation.method} "
            f"{operation.path} to {response.headers.get('location', 'nowhere')} (not followed)",
            response=response,
            operation=operation,
        )


def decode_json(response: httpx.Response, operation: Operation) -> Any:
    """The JSON body the API documents; an empty or non-JSON body is not that."""
    refuse_redirect(response, operation)
    if response.content:
        try:
            return response.json()
        except ValueError:
            pass
        got = response.headers.get("content-type", "no content type")
    else:
        got = f"an empty {response.status_code} response"
    raise APIResponseValidationError(
        f"expected JSON from {operation.method} {operation.path}, got {got}",
        response=response,
        operation=operation,
    )


@cache
def model_parser(model: type[BaseModel]) -> Callable[[httpx.Response, Operation], Any]:
    """The JSON body built into `model` (without validation: see `_models`); one function per
    model, made once."""

    def parse(response: httpx.Response, operation: Operation) -> Any:
        return model._construct(decode_json(response, operation))

    return parse


def decode_text(response: httpx.Response, operation: Operation) -> str:
    """A text body (an invoice's HTML), decoded by the charset the response names."""
    refuse_redirect(response, operation)
    return response.text


def decode_json_or_text(response: httpx.Response, operation: Operation) -> Any:
    """JSON when the response says so, else text: the format a parameter chose (zone export's
    `format=csv`)."""
    content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    if content_type == "application/json" or content_type.endswith("+json"):
        return decode_json(response, operation)
    return decode_text(response, operation)


def binary_content(response: httpx.Response, operation: Operation) -> BinaryContent:
    refuse_redirect(response, operation)
    content_type = response.headers.get("content-type", "application/octet-stream")
    return BinaryContent(response.content, content_type)


def redirect_location(response: httpx.Response, operation: Operation) -> str:
    """The absolute URL a redirect points to; the redirect itself is never followed."""
    location = response.headers.get("location")
    if not response.is_redirect or location is None:
        raise APIResponseValidationError(
            f"expected a redirect from {operation.method} {operation.path}, "
            f"got {response.status_code}",
            response=response,
            operation=operation,
        )
    return str(response.url.join(location))


class BearerAuth(httpx.Auth):
    """Adds the key (and `headers`) to each request. Cheaper than per-request headers, which
    httpx merges anew on every call, and it leaves the headers of an http_client you pass in
    alone."""

    def __init__(self, api_key: str, headers: Mapping[str, str] | None = None) -> None:
        self._authorization = f"Bearer {api_key}"
        self._headers = tuple((headers or {}).items())

    def __repr__(self) -> str:
        return "BearerAuth(<hidden>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._authorization
        for name, value in self._headers:
            request.headers[name] = value
        yield request


def warm_up_bodies() -> None:
    """Import the body models (and pydantic) now: the async client is made at start-up, and the
    first call that sends a body must not stall the event loop for this import."""
    from . import bodies  # noqa: F401


class BaseClient:
    """What both clients share: their options, the auth header and the preparation of each
    request. The key is kept private and left out of repr()."""

    _http_client: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        allow_insecure_http: bool,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get("EXPANSE_API_KEY")
        if not api_key:
            raise ExpanseError(
                "no API key: pass api_key=... or set EXPANSE_API_KEY "
                "(keys are created in the panel under Settings > API keys)"
            )
        if not api_key.startswith("sk_"):
            raise ExpanseError("the API key must be a panel key, starting with sk_")
        if not (api_key.isascii() and api_key.isprintable()) or " " in api_key:
            # httpx would refuse such a header and quote it, key and all, in its error.
            raise ExpanseError(
                "the API key contains whitespace or control characters (a trailing newline "
                "from a file?): strip it before passing it"
            )
        base_url = base_url or os.environ.get("EXPANSE_BASE_URL") or DEFAULT_BASE_URL
        check_base_url(base_url, allow_insecure_http)
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ExpanseError(f"max_retries must be 0 or more, not {max_retries!r}")
        problem = timeout_problem(timeout) or check_header_values(
            default_headers or {}, "default_headers"
        )
        if problem:
            raise ExpanseError(problem)
        self._api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers = dict(default_headers or {})
        self.allow_insecure_http = allow_insecure_http
        self._auth = BearerAuth(api_key)
        self._secrets = secrets_of(api_key)
        self._no_time = no_time_left(timeout)
        # User-Agent, Accept and your default_headers (which win); see `_headers_for`.
        self._headers = httpx.Headers({"User-Agent": USER_AGENT, "Accept": "application/json"})
        self._headers.update(self.default_headers)
        setup_logging()

    def _headers_for(self, own_http_client: bool) -> None:
        """How the headers reach each request; httpx merges headers anew on every call that
        passes some, so a plain JSON call passes none. On an httpx client made here they are
        the client's own. Through an http_client you gave, the auth flow sets them on each
        request (`_call_auth`), except on a call that passes headers (a download's Accept, your
        extra_headers), which then carry them all, so that yours win."""
        download = httpx.Headers(None if own_http_client else self._headers)
        if "accept" not in {name.lower() for name in self.default_headers}:
            download["Accept"] = "*/*"
        self._headers_to_pass = None if own_http_client else self._headers
        self._download_headers = download
        self._call_auth = (
            self._auth if own_http_client else BearerAuth(self._api_key, self._headers)
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r})"
        )

    def _settings(self, overrides: ClientOptions) -> dict[str, Any]:
        """The constructor's keyword arguments for a copy with `overrides`."""
        return {
            "base_url": overrides.get("base_url", self.base_url),
            "timeout": overrides.get("timeout", self.timeout),
            "max_retries": overrides.get("max_retries", self.max_retries),
            "default_headers": overrides.get("default_headers", self.default_headers),
            "allow_insecure_http": overrides.get("allow_insecure_http", self.allow_insecure_http),
        }

    def _prepare(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None,
        body: Mapping[str, Any] | None,
        files: Mapping[str, Sequence[FileInput] | None] | None,
        headers: httpx.Headers | None,
    ) -> PreparedCall:
        """What one call sends, the same for the sync and async clients: the client's options
        unless the call overrides them, its extras merged in."""
        timeout, max_retries, response_class = self.timeout, self.max_retries, None
        no_time = self._no_time
        if options:
            if not OPTION_NAMES.issuperset(options):
                unknown_option(self, operation, options)
            if "timeout" in options:
                timeout = options["timeout"]
                problem = timeout_problem(timeout)
                if problem:
                    raise RequestValidationError(problem, [{"loc": ("timeout",), "msg": problem}])
                no_time = no_time_left(timeout)
            max_retries = options.get("max_retries", max_retries)
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                problem = f"max_retries must be 0 or more, not {max_retries!r}"
                raise RequestValidationError(problem, [{"loc": ("max_retries",), "msg": problem}])
            extra_headers = options.get("extra_headers")
            if extra_headers:
                problem = check_header_values(extra_headers, "extra_headers")
                if problem:
                    raise RequestValidationError(
                        problem, [{"loc": ("extra_headers",), "msg": problem}]
                    )
                headers = httpx.Headers(self._headers_to_pass if headers is None else headers)
                headers.update(extra_headers)
            extra_query = options.get("extra_query")
            if extra_query:
                params = {**(params or {}), **extra_query}
            extra_body = options.get("extra_body")
            if extra_body is not None:
                body = {**(body or {}), **extra_body}
            response_class = cast("type[BaseResponse[Any]] | None", options.get(RESPONSE_CLASS))
        if no_time:
            raise APITimeoutError(
                f"timed out on {operation.method} {operation.path}: the timeout leaves no time "
                "to send the request",
                operation,
            )
        uploads = upload_parts(files) if files is not None else None
        if params is not None:
            params = {name: value for name, value in params.items() if value is not None}
        url = self.base_url + path
        if uploads:
            try:
                form = form_fields(body)
            except (TypeError, ValueError) as exc:
                raise unencodable(operation, exc) from None
            return url, params, None, form, uploads, headers, timeout, max_retries, response_class
        return url, params, body, None, None, headers, timeout, max_retries, response_class

    def _build_request(self, operation: Operation, prepared: PreparedCall) -> httpx.Request:
        """The request, or RequestValidationError for what httpx cannot put on the wire (a URL
        too long, a body JSON cannot hold), without the value that was refused."""
        url, params, json_body, form, uploads, headers, timeout, _, _ = prepared
        try:
            return self._http_client.build_request(
                operation.method,
                url,
                params=params,
                json=json_body,
                data=form,
                files=uploads,
                headers=headers,
                timeout=timeout,
            )
        except httpx.InvalidURL as exc:
            problem = f"the request URL would be invalid ({exc}): is an argument far too long?"
            raise RequestValidationError(
                f"{operation.method} {operation.path}: {problem}", [{"loc": (), "msg": problem}]
            ) from None
        except (TypeError, ValueError) as exc:
            raise unencodable(operation, exc) from None


class SyncAPIClient(BaseClient):
    """The blocking transport `Expanse` and its resources send through."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key, base_url, timeout, max_retries, default_headers, allow_insecure_http
        )
        self._owns_http_client = http_client is None
        self._http_client: httpx.Client = (
            http_client
            if http_client is not None
            else httpx.Client(timeout=timeout, headers=self._headers)
        )
        self._headers_for(self._owns_http_client)

    def with_options(self, **overrides: Unpack[ClientOptions]) -> Self:
        """A copy with some options changed that shares this client's connections."""
        return type(self)(
            overrides.get("api_key", self._api_key),
            http_client=self._http_client,
            **self._settings(overrides),
        )

    def close(self) -> None:
        """Close the connections, unless they belong to an `http_client` you passed in."""
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _request(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        parse: Callable[[httpx.Response, Operation], T],
        params: Mapping[str, QueryValue] | None,
        body: Mapping[str, Any] | None,
        files: Mapping[str, Sequence[FileInput] | None] | None,
        headers: httpx.Headers | None,
    ) -> T:
        """Send with retries; the parsed result, or the response a raw or streaming call
        asked for (holding the same `parse`)."""
        prepared = self._prepare(operation, path, options, params, body, files, headers)
        max_retries, response_class = prepared[7], prepared[8]
        auth = self._call_auth if prepared[5] is None else self._auth
        stream = response_class is not None and response_class.streamed
        logging_on = logger.isEnabledFor(logging.INFO)
        attempt = 0
        while True:
            request = self._build_request(operation, prepared)
            started = time.perf_counter() if logging_on else 0.0
            try:
                response = self._http_client.send(
                    request, stream=stream, auth=auth, follow_redirects=False
                )
                if logging_on:
                    log_response(response, started)
                if response.status_code < 400:
                    if response_class is None:
                        return parse(response, operation)
                    result: T = response_class(response, operation, parse)  # type: ignore[assignment]
                    return result
                if stream:
                    response.read()  # the error shows the body
            except httpx.RequestError as exc:  # transport, decoding, too many redirects
                delay = retry_after_failure(exc, operation, request, attempt, max_retries)
            else:
                delay = retry_after_status(response, operation, attempt, max_retries, self._secrets)
            attempt += 1
            log_retry(operation, attempt, max_retries, delay)
            _sleep(delay)

    def _json(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
        body: Mapping[str, Any] | None = None,
        files: Mapping[str, Sequence[FileInput] | None] | None = None,
        model: type[BaseModel] | None = None,
    ) -> Any:
        parse = decode_json if model is None else model_parser(model)
        return self._request(operation, path, options, parse, params, body, files, None)

    def _text(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
    ) -> str:
        return self._request(
            operation, path, options, decode_text, params, None, None, self._download_headers
        )

    def _json_or_text(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
    ) -> Any:
        return self._request(
            operation, path, options, decode_json_or_text, params, None, None, None
        )

    def _binary(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
    ) -> BinaryContent:
        return self._request(
            operation, path, options, binary_content, params, None, None, self._download_headers
        )

    def _redirect(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
    ) -> str:
        return self._request(
            operation, path, options, redirect_location, params, None, None, self._download_headers
        )


class AsyncAPIClient(BaseClient):
    """The awaitable transport `AsyncExpanse` and its resources send through."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key, base_url, timeout, max_retries, default_headers, allow_insecure_http
        )
        self._owns_http_client = http_client is None
        self._http_client: httpx.AsyncClient = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(timeout=timeout, headers=self._headers)
        )
        self._headers_for(self._owns_http_client)
        warm_up_bodies()

    def with_options(self, **overrides: Unpack[ClientOptions]) -> Self:
        """A copy with some options changed that shares this client's connections."""
        return type(self)(
            overrides.get("api_key", self._api_key),
            http_client=self._http_client,
            **self._settings(overrides),
        )

    async def close(self) -> None:
        """Close the connections, unless they belong to an `http_client` you passed in."""
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _request(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        parse: Callable[[httpx.Response, Operation], T],
        params: Mapping[str, QueryValue] | None,
        body: Mapping[str, Any] | None,
        files: Mapping[str, Sequence[FileInput] | None] | None,
        headers: httpx.Headers | None,
    ) -> T:
        """Send with retries; the parsed result, or the response a raw or streaming call
        asked for (holding the same `parse`)."""
        prepared = self._prepare(operation, path, options, params, body, files, headers)
        max_retries, response_class = prepared[7], prepared[8]
        auth = self._call_auth if prepared[5] is None else self._auth
        stream = response_class is not None and response_class.streamed
        logging_on = logger.isEnabledFor(logging.INFO)
        attempt = 0
        while True:
            request = self._build_request(operation, prepared)
            started = time.perf_counter() if logging_on else 0.0
            try:
                response = await self._http_client.send(
                    request, stream=stream, auth=auth, follow_redirects=False
                )
                if logging_on:
                    log_response(response, started)
                if response.status_code < 400:
                    if response_class is None:
                        return parse(response, operation)
                    result: T = response_class(response, operation, parse)  # type: ignore[assignment]
                    return result
                if stream:
                    await response.aread()  # the error shows the body
            except httpx.RequestError as exc:  # transport, decoding, too many redirects
                delay = retry_after_failure(exc, operation, request, attempt, max_retries)
            else:
                delay = retry_after_status(response, operation, attempt, max_retries, self._secrets)
            attempt += 1
            log_retry(operation, attempt, max_retries, delay)
            await _async_sleep(delay)

    async def _json(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
        body: Mapping[str, Any] | None = None,
        files: Mapping[str, Sequence[FileInput] | None] | None = None,
        model: type[BaseModel] | None = None,
    ) -> Any:
        parse = decode_json if model is None else model_parser(model)
        return await self._request(operation, path, options, parse, params, body, files, None)

    async def _text(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
    ) -> str:
        return await self._request(
            operation, path, options, decode_text, params, None, None, self._download_headers
        )

    async def _json_or_text(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
    ) -> Any:
        return await self._request(
            operation, path, options, decode_json_or_text, params, None, None, None
        )

    async def _binary(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
    ) -> BinaryContent:
        return await self._request(
            operation, path, options, binary_content, params, None, None, self._download_headers
        )

    async def _redirect(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
    ) -> str:
        return await self._request(
            operation, path, options, redirect_location, params, None, None, self._download_headers
        )

"""The transport under every resource: options, auth, retries and error mapping.

The hot path is short on purpose: a method builds its path and arguments, and `_send` adds a
string concatenation and a status check to what httpx does anyway. Bodies arrive here as plain
dicts, so nothing here needs pydantic.
"""

from __future__ import annotations

import json
import logging
import os
import random
import time
from collections.abc import Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias
from urllib.parse import quote, unquote, urlsplit

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ExpanseError,
    RequestValidationError,
    parse_retry_after,
    status_error,
)
from ._types import BinaryContent
from ._version import __version__

if TYPE_CHECKING:
    from typing import Self, Unpack

    from ._operations import Operation
    from ._types import ClientOptions, FileContent, FileInput, QueryValue, RequestOptions

    # What `_prepare` returns: url, params, json, form, uploads, headers, timeout, max_retries. A
    # plain tuple: a record class would cost about a microsecond on every call.
    PreparedCall: TypeAlias = tuple[
        str,
        Mapping[str, QueryValue] | None,
        Mapping[str, Any] | None,
        dict[str, str] | None,
        list[tuple[str, FileInput]] | None,
        Mapping[str, str] | None,
        float | httpx.Timeout | None,
        int,
    ]

DEFAULT_BASE_URL = "https://panel.expanse.host"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A longer Retry-After is not waited out: the RateLimitError hands it to the caller instead.
MAX_RETRY_AFTER = 60.0
# The server may have acted on a POST or PATCH whose answer was lost (a top-up, a payment), so
# only these methods are retried after a failure that may have reached it.
RETRY_SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE"})
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
ROUTE_CHANGING_SEGMENTS = frozenset({".", ".."})
USER_AGENT = f"expanse-api-python/{__version__}"

logger = logging.getLogger("expanse_api")


def _sleep(seconds: float) -> None:
    """The wait between retries of the sync client (tests replace it)."""
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    """The wait between retries of the async client (tests replace it)."""
    import anyio  # httpx's own dependency; imported on the first retry only

    await anyio.sleep(seconds)


def path_segment(value: str, name: str) -> str:
    """`value` as one percent-encoded path segment.

    Refuses what could change the route instead of naming a resource: an empty value, and any
    `.` or `..` part between slashes or backslashes, percent-encoded or not (`%2e%2E`,
    `..%2Fx`): servers and proxies may decode before routing.
    """
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


def check_base_url(base_url: str) -> None:
    """Refuse a base URL that is not http(s), or that would send the key in clear text."""
    try:
        parts = urlsplit(base_url)
        host = parts.hostname
    except ValueError:
        host = None
    if host is None or parts.scheme not in ("http", "https") or parts.query or parts.fragment:
        raise ExpanseError(f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL}")
    if parts.scheme == "http" and host not in LOCAL_HOSTS:
        raise ExpanseError(
            f"refusing to send the API key in clear text to {host}: use https:// "
            "(plain http:// is allowed for localhost only)"
        )


def form_fields(body: Mapping[str, Any] | None) -> dict[str, str]:
    """Multipart form fields: strings as they are, anything else as JSON."""
    return {
        name: value if isinstance(value, str) else json.dumps(value)
        for name, value in (body or {}).items()
    }


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

    429 is retried for every method (the API did nothing), honouring Retry-After up to
    MAX_RETRY_AFTER; 5xx only for the methods that are safe to repeat.
    """
    if attempt >= max_retries:
        return None
    if response.status_code == 429:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if retry_after is None:
            return backoff(attempt)
        return retry_after if retry_after <= MAX_RETRY_AFTER else None
    if response.status_code >= 500 and operation.method in RETRY_SAFE_METHODS:
        return backoff(attempt)
    return None


def connection_error(exc: httpx.RequestError, operation: Operation) -> APIConnectionError:
    where = f"{operation.method} {operation.path}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"timed out on {where}: {exc}", operation)
    return APIConnectionError(f"connection failed on {where}: {exc}", operation)


def retry_after_failure(
    exc: httpx.RequestError, operation: Operation, attempt: int, max_retries: int
) -> float:
    """The wait before retrying a request that got no answer; raises when it is not retried."""
    delay = (
        transport_retry_delay(operation, attempt, max_retries)
        if isinstance(exc, httpx.TransportError)
        else None
    )
    if delay is None:
        raise connection_error(exc, operation) from exc
    return delay


def retry_after_status(
    response: httpx.Response, operation: Operation, attempt: int, max_retries: int
) -> float:
    """The wait before retrying after an error status; raises its error when not retried."""
    delay = status_retry_delay(response, operation, attempt, max_retries)
    if delay is None:
        raise status_error(response, operation)
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
        raise APIError(
            f"unexpected {response.status_code} redirect from {operation.method} "
            f"{operation.path} to {response.headers.get('location', 'nowhere')} (not followed)",
            operation,
        )


def decode_json(response: httpx.Response, operation: Operation) -> Any:
    refuse_redirect(response, operation)
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError as exc:
        content_type = response.headers.get("content-type", "no content type")
        raise APIError(
            f"expected JSON from {operation.method} {operation.path}, got {content_type}",
            operation,
        ) from exc


def binary_content(response: httpx.Response, operation: Operation) -> BinaryContent:
    refuse_redirect(response, operation)
    content_type = response.headers.get("content-type", "application/octet-stream")
    return BinaryContent(response.content, content_type)


def redirect_location(response: httpx.Response, operation: Operation) -> str:
    """The absolute URL a redirect points to; the redirect itself is never followed."""
    location = response.headers.get("location")
    if not response.is_redirect or location is None:
        raise APIError(
            f"expected a redirect from {operation.method} {operation.path}, "
            f"got {response.status_code}",
            operation,
        )
    return str(response.url.join(location))


class BearerAuth(httpx.Auth):
    """Adds the key to each request. Cheaper than per-request headers, which httpx merges
    anew on every call, and it leaves the headers of an http_client you pass in alone."""

    def __init__(self, api_key: str) -> None:
        self._authorization = f"Bearer {api_key}"

    def __repr__(self) -> str:
        return "BearerAuth(<hidden>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._authorization
        yield request


class BaseClient:
    """What both clients share: their options and the auth header. The key is kept private
    and left out of repr()."""

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
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
        check_base_url(base_url)
        if max_retries < 0:
            raise ExpanseError(f"max_retries must be 0 or more, not {max_retries}")
        self._api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self._auth = BearerAuth(api_key)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r})"
        )

    def _prepare(
        self,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None,
        body: Mapping[str, Any] | None,
        files: Mapping[str, Sequence[FileInput] | None] | None,
    ) -> PreparedCall:
        """What one call sends, the same for the sync and async clients; the client's
        timeout and retries unless the call overrides them."""
        uploads = upload_parts(files) if files is not None else None
        if options:
            timeout = options.get("timeout", self.timeout)
            max_retries = options.get("max_retries", self.max_retries)
            headers = options.get("extra_headers")
        else:
            timeout, max_retries, headers = self.timeout, self.max_retries, None
        if params is not None:
            params = {name: value for name, value in params.items() if value is not None}
        url = self.base_url + path
        if uploads:
            return url, params, None, form_fields(body), uploads, headers, timeout, max_retries
        return url, params, body, None, None, headers, timeout, max_retries


class SyncAPIClient(BaseClient):
    """The blocking transport `Expanse` and its resources send through."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(api_key, base_url, timeout, max_retries)
        self._owns_http_client = http_client is None
        self._http_client = (
            http_client
            if http_client is not None
            else httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT})
        )

    def with_options(self, **overrides: Unpack[ClientOptions]) -> Self:
        """A copy with some options changed that shares this client's connections."""
        return type(self)(
            overrides.get("api_key", self._api_key),
            base_url=overrides.get("base_url", self.base_url),
            timeout=overrides.get("timeout", self.timeout),
            max_retries=overrides.get("max_retries", self.max_retries),
            http_client=self._http_client,
        )

    def close(self) -> None:
        """Close the connections, unless they belong to an `http_client` you passed in."""
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
        body: Mapping[str, Any] | None = None,
        files: Mapping[str, Sequence[FileInput] | None] | None = None,
    ) -> httpx.Response:
        url, params, json_body, form, uploads, headers, timeout, max_retries = self._prepare(
            path, options, params, body, files
        )
        attempt = 0
        while True:
            try:
                response = self._http_client.request(
                    operation.method,
                    url,
                    params=params,
                    json=json_body,
                    data=form,
                    files=uploads,
                    headers=headers,
                    auth=self._auth,
                    timeout=timeout,
                    follow_redirects=False,
                )
            except httpx.RequestError as exc:  # transport, decoding, too many redirects
                delay = retry_after_failure(exc, operation, attempt, max_retries)
            else:
                if response.status_code < 400:
                    return response
                delay = retry_after_status(response, operation, attempt, max_retries)
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
    ) -> Any:
        response = self._send(operation, path, options, params, body, files)
        return decode_json(response, operation)

    def _binary(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
    ) -> BinaryContent:
        return binary_content(self._send(operation, path, options, params), operation)

    def _redirect(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
    ) -> str:
        return redirect_location(self._send(operation, path, options, params), operation)


class AsyncAPIClient(BaseClient):
    """The awaitable transport `AsyncExpanse` and its resources send through."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(api_key, base_url, timeout, max_retries)
        self._owns_http_client = http_client is None
        self._http_client = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(timeout=timeout, headers={"User-Agent": USER_AGENT})
        )

    def with_options(self, **overrides: Unpack[ClientOptions]) -> Self:
        """A copy with some options changed that shares this client's connections."""
        return type(self)(
            overrides.get("api_key", self._api_key),
            base_url=overrides.get("base_url", self.base_url),
            timeout=overrides.get("timeout", self.timeout),
            max_retries=overrides.get("max_retries", self.max_retries),
            http_client=self._http_client,
        )

    async def close(self) -> None:
        """Close the connections, unless they belong to an `http_client` you passed in."""
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _send(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
        body: Mapping[str, Any] | None = None,
        files: Mapping[str, Sequence[FileInput] | None] | None = None,
    ) -> httpx.Response:
        url, params, json_body, form, uploads, headers, timeout, max_retries = self._prepare(
            path, options, params, body, files
        )
        attempt = 0
        while True:
            try:
                response = await self._http_client.request(
                    operation.method,
                    url,
                    params=params,
                    json=json_body,
                    data=form,
                    files=uploads,
                    headers=headers,
                    auth=self._auth,
                    timeout=timeout,
                    follow_redirects=False,
                )
            except httpx.RequestError as exc:  # transport, decoding, too many redirects
                delay = retry_after_failure(exc, operation, attempt, max_retries)
            else:
                if response.status_code < 400:
                    return response
                delay = retry_after_status(response, operation, attempt, max_retries)
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
    ) -> Any:
        response = await self._send(operation, path, options, params, body, files)
        return decode_json(response, operation)

    async def _binary(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
    ) -> BinaryContent:
        return binary_content(await self._send(operation, path, options, params), operation)

    async def _redirect(
        self,
        operation: Operation,
        path: str,
        options: RequestOptions,
        params: Mapping[str, QueryValue] | None = None,
    ) -> str:
        return redirect_location(await self._send(operation, path, options, params), operation)

"""The mock panel as an ASGI app: routing, the auth contract, then each operation's checks and answer."""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlencode

from generator import jsonvalue, scopes
from generator.contract import (
    INSUFFICIENT_SCOPE,
    KEY_EXPIRED,
    SESSION_COOKIE,
    TOO_MANY_REQUESTS,
    UNAUTHORIZED,
)
from generator.mock.answers import binary_body, success_body
from generator.mock.keys import ApiKey
from generator.mock.ratelimit import RateLimit, TokenBuckets
from generator.mock.validation import (
    FormPart,
    InvalidInput,
    SchemaCheck,
    body_check_schema,
    from_text,
    is_file_type,
    object_schema,
    parse_multipart,
)

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.types import ASGIApp, Receive, Scope, Send

    from generator.model import Api, Operation


IP_NOT_ALLOWED = "API key not allowed from this IP address"
PORTAL_PAGE = "/mock/billing-portal"
DEFAULT_RATE_LIMIT = RateLimit()


def next_js_order(path: str) -> tuple[tuple[int, str], ...]:
    """Sort key of route paths: segment by segment, a static name before a `{param}`."""
    return tuple(
        (1, "") if segment.startswith("{") else (0, segment) for segment in path.split("/")
    )


@dataclass(frozen=True)
class Caller:
    """Who is calling: whose bucket the request draws from, and the scopes they hold."""

    bucket: str
    scopes: frozenset[str] = field(default_factory=frozenset)  # empty: full access

    def holds(self, scope: str) -> bool:
        return not self.scopes or scope in self.scopes


def _error(status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
    from starlette.responses import JSONResponse

    return JSONResponse({"error": message}, status_code=status, headers=headers)


# Limits a dev server left running needs: a body is read up to MAX_BODY_BYTES (413 beyond), and
# a multipart body's parts are counted before any is parsed (400 beyond MAX_FORM_PARTS).
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_FORM_PARTS = 256


class BodyTooLarge(Exception):
    """A 413."""


async def bounded_body(request: Request) -> bytes:
    """The request body, refused as soon as it is known to exceed MAX_BODY_BYTES."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise BodyTooLarge(f"body: larger than {MAX_BODY_BYTES} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise BodyTooLarge(f"body: larger than {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def count_parts(content_type: str, payload: bytes) -> None:
    """Refuse a multipart body with more than MAX_FORM_PARTS parts without parsing it: every part
    starts with a delimiter line, so counting delimiters bounds the parts."""
    boundary = next(
        (
            value.strip().strip('"')
            for key, _, value in (item.partition("=") for item in content_type.split(";")[1:])
            if key.strip().lower() == "boundary"
        ),
        "",
    )
    if boundary and payload.count(b"--" + boundary.encode("latin-1")) > MAX_FORM_PARTS + 1:
        raise InvalidInput(
            f"body: more than {MAX_FORM_PARTS} multipart parts, expected at most {MAX_FORM_PARTS}"
        )


class OperationMock:
    """One operation: its input checks, compiled once, and its canned success response."""

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        self._path = SchemaCheck(
            object_schema((p.name, p.type, True) for p in operation.path_params), "path"
        )
        self._query = SchemaCheck(
            object_schema(
                (p.name, p.type, p.required and not p.required_is_assumed)
                for p in operation.query_params
            ),
            "query",
        )
        body = operation.body
        self._json_body = None if body is None else SchemaCheck(body_check_schema(body), "body")
        self._form_body = None
        if body is not None and body.multipart_parts:
            self._form_body = SchemaCheck(body_check_schema(body, multipart=True), "body")
        self._json = success_body(operation) if operation.response.kind == "json" else None

    async def check_input(self, request: Request) -> None:
        self._path.check(
            {
                param.name: from_text(request.path_params[param.name], param.type, where)
                for param in self.operation.path_params
                for where in [f"path.{param.name}"]
            }
        )
        query: dict[str, object] = {}
        for param in self.operation.query_params:
            values = request.query_params.getlist(param.name)
            where = f"query.{param.name}"
            if param.type.type == "array" and param.type.items is not None:
                items = param.type.items
                query[param.name] = [from_text(value, items, where) for value in values]
            elif values:
                query[param.name] = from_text(values[0], param.type, where)
        self._query.check(query)
        if self._json_body is not None:
            await self._check_body(request)

    async def _check_body(self, request: Request) -> None:
        payload = await bounded_body(request)
        content_type = request.headers.get("content-type", "")
        media_type = content_type.partition(";")[0].strip().lower()
        if media_type == "multipart/form-data" and self._form_body is not None:
            count_parts(content_type, payload)
            self._form_body.check(self._form_fields(parse_multipart(content_type, payload)))
            return
        if not payload.strip():
            assert self.operation.body is not None
            if not self.operation.body.required:
                return  # an open body may be left out
            raise InvalidInput("body: required, expected a JSON object")
        try:
            document = jsonvalue.loads_request(payload)
        except jsonvalue.UnfitJson as problem:
            raise InvalidInput(f"body: {problem}") from None
        except (ValueError, UnicodeDecodeError):
            if media_type and media_type != "application/json":
                accepted = "application/json" + (
                    " or multipart/form-data" if self._form_body is not None else ""
                )
                raise InvalidInput(f"body: expected {accepted}, found {media_type}") from None
            raise InvalidInput("body: invalid JSON") from None
        assert self._json_body is not None
        self._json_body.check(document)

    def _form_fields(self, parts: list[FormPart]) -> dict[str, object]:
        """Form parts as the JSON object they stand for, typed as the model declares."""
        assert self.operation.body is not None
        declared = {
            prop.name: prop.type
            for prop in (*self.operation.body.type.properties, *self.operation.body.multipart_parts)
        }
        fields: dict[str, object] = {}
        for part in parts:
            where = f"body.{part.name}"
            value_type = declared.get(part.name)
            item: object
            if value_type is None:
                continue  # an undeclared part is dropped, like an unknown JSON field
            if is_file_type(value_type):
                item = ""  # any bytes are a valid file; a filename is optional in form data
            elif part.filename is not None:
                raise InvalidInput(f"{where}: expected a text field, found a file")
            elif value_type.type == "array" and value_type.items is not None:
                item = from_text(part.text(), value_type.items, where)
            else:
                item = from_text(part.text(), value_type, where)
            if value_type.type == "array":
                collected = fields.setdefault(part.name, [])
                assert isinstance(collected, list)
                collected.append(item)
            else:
                fields.setdefault(part.name, item)  # the first value wins, as formData.get() does
        return fields

    def respond(self, request: Request) -> Response:
        from starlette.responses import JSONResponse, RedirectResponse
        from starlette.responses import Response as PlainResponse

        response = self.operation.response
        if response.kind == "redirect":
            target = str(request.base_url).rstrip("/") + PORTAL_PAGE
            if request.query_params:
                target += "?" + urlencode(list(request.query_params.multi_items()))
            return RedirectResponse(target, status_code=response.status)
        if response.kind in ("binary", "text"):
            return PlainResponse(
                binary_body(self.operation, request.path_params),
                status_code=response.status,
                media_type=response.content_type,
            )
        for alternative in response.alternatives:
            name, _, value = alternative.when.partition("=")
            if request.query_params.get(name) == value:
                return PlainResponse(
                    f"mock {value} export of {self.operation.operation_id}\n",
                    status_code=response.status,
                    media_type=alternative.content_type,
                )
        if response.status == 204:
            return PlainResponse(status_code=204)
        return JSONResponse(
            self._json, status_code=response.status, media_type=response.content_type
        )


class MockPanel:
    """The auth contract and the per-caller buckets shared by every route."""

    def __init__(
        self, keys: Iterable[ApiKey], rate_limit: RateLimit, clock: Callable[[], float]
    ) -> None:
        self._keys = {key.secret: key for key in keys}
        self._buckets = TokenBuckets(rate_limit, clock)
        self._clock = clock

    def authenticate(self, request: Request) -> Caller | Response:
        authorization = request.headers.get("authorization")
        if authorization is None:
            session = request.cookies.get(SESSION_COOKIE, "")
            if session:
                return Caller(bucket=f"session:{session}")
            return _error(401, UNAUTHORIZED)
        scheme, _, token = authorization.strip().partition(" ")
        key = self._keys.get(token.strip()) if scheme.lower() == "bearer" else None
        if key is None or key.revoked:
            return _error(401, UNAUTHORIZED)
        if key.is_expired(self._clock()):
            return _error(401, KEY_EXPIRED)
        if not key.allows_ip(request.client.host if request.client else None):
            return _error(401, IP_NOT_ALLOWED)
        return Caller(bucket=f"key:{key.id}", scopes=key.scopes)

    async def handle(self, mock: OperationMock, request: Request) -> Response:
        # The rule module's answer for this very request (its method and the path as sent), as
        # the panel's middleware decides: HEAD needs the read scope even where GET is public,
        # and an id that reads `backup` puts a teams path under the backup scopes.
        try:
            scope = scopes.required_scope(request.method, _sent_path(request))
        except scopes.OutsideSurface:
            return _error(404, "Not found")
        if scope is not None:
            caller = self.authenticate(request)
            if not isinstance(caller, Caller):
                return caller
            wait = self._buckets.take(caller.bucket)
            if wait is not None:
                return _error(429, TOO_MANY_REQUESTS, {"Retry-After": str(wait)})
            if not caller.holds(scope):
                return _error(403, INSUFFICIENT_SCOPE)
        try:
            await mock.check_input(request)
        except InvalidInput as problem:
            return _error(400, str(problem))
        except BodyTooLarge as problem:
            return _error(413, str(problem))
        return mock.respond(request)


def _sent_path(request: Request) -> str:
    raw_path = request.scope.get("raw_path")
    return raw_path.decode("latin-1") if raw_path else request.url.path


class SegmentRouting:
    """Route on the path the request reaches, read as the scope rule reads it
    (`scopes.normalise_path`: no fragment, no dot segments, no trailing slash), and on its raw
    segments as Next.js does: an encoded `/` (`%2F`) stays inside its segment instead of
    splitting it, so an id can never reach another route.

    The ASGI server has already decoded `path`; it is rebuilt from `raw_path` with only `%` and
    `/` left encoded inside segments, and `PathEndpoint` decodes the parameters it receives.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw_path = scope.get("raw_path") if scope["type"] == "http" else None
        if raw_path:
            reached = scopes.normalise_path(raw_path.decode("latin-1"))
            segments = reached.split("/")
            scope = {**scope, "path": "/".join(_inner_segment(part) for part in segments)}
        await self._app(scope, receive, send)


def _inner_segment(raw: str) -> str:
    return unquote(raw).replace("%", "%25").replace("/", "%2F")


class PathEndpoint:
    """The ASGI app of one route path; a method the path does not define is a 405."""

    def __init__(self, panel: MockPanel, operations: Iterable[Operation]) -> None:
        from starlette.routing import request_response

        self._panel = panel
        self._by_method: dict[str, OperationMock] = {
            op.method: OperationMock(op) for op in operations
        }
        self._allow = ", ".join([*self._by_method, *(["HEAD"] if "GET" in self._by_method else [])])
        self._app = request_response(self._dispatch)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        params = scope.get("path_params", {})
        scope["path_params"] = {name: unquote(value) for name, value in params.items()}
        await self._app(scope, receive, send)

    async def _dispatch(self, request: Request) -> Response:
        mock = self._by_method.get("GET" if request.method == "HEAD" else request.method)
        if mock is None:
            return _error(405, "Method not allowed", {"Allow": self._allow})
        return await self._panel.handle(mock, request)


def create_app(
    api: Api,
    keys: Iterable[ApiKey],
    *,
    rate_limit: RateLimit = DEFAULT_RATE_LIMIT,
    clock: Callable[[], float] = time.time,
) -> Starlette:
    """The mock panel for `api`, accepting `keys`; `clock` (epoch seconds) drives expiry and
    the rate limit, so tests can move time."""
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.responses import HTMLResponse
    from starlette.routing import Route

    panel = MockPanel(keys, rate_limit, clock)
    routes = [
        Route(path, PathEndpoint(panel, operations))
        for path, operations in sorted(api.paths.items(), key=lambda item: next_js_order(item[0]))
    ]

    async def portal_page(request: Request) -> Response:
        # Where the billing portal's redirect points: a local page, so nothing leaves the machine.
        team = html.escape(request.query_params.get("team_id", ""))
        return HTMLResponse(f"<!doctype html><title>Mock billing portal</title><p>{team}</p>\n")

    routes.append(Route(PORTAL_PAGE, portal_page))

    async def not_found(request: Request, exc: Exception) -> Response:
        return _error(404, "Not found")

    async def server_error(request: Request, exc: Exception) -> Response:
        return _error(500, "Internal server error")

    return Starlette(
        routes=routes,
        middleware=[Middleware(SegmentRouting)],
        exception_handlers={404: not_found, Exception: server_error},
    )

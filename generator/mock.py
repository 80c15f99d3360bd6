"""`python -m generator mock`: a local mock of the panel that enforces the auth contract.

Every operation of the route model is served over HTTP, with routes built at start-up from
`pipeline.load(...)`: there is no hand-written route list. A request goes through the panel's
steps, in the panel's order:

1. Routing as in Next.js: at each segment a static name beats a `{param}`; the first route whose
   path matches owns the request, and a method it does not define is a 405 (never another route).
2. Authentication, except on the public route: `Authorization: Bearer sk_...` (unknown or revoked
   key: 401 generic; expired: 401 `API key expired`; client IP outside a non-empty `ipWhitelist`:
   401); without that header a non-empty `__session` cookie is a full-access session; neither is a
   401.
3. The rate limit: one token bucket per key id (per cookie for sessions); empty: 429 with
   `Retry-After` in whole seconds.
4. The scope: `Operation.scope`, which `generator/scopes.py` decides; a key without scopes has
   full access. Missing: 403 `Insufficient API key permissions`.
5. Input: path and query parameters and the JSON (or multipart) body against the JSON schemas the
   OpenAPI document publishes (`render.json_schema`): 400 naming the field. Unknown body fields
   are dropped, as the panel's Zod objects drop them and as the document allows. Only what the model declares is read, so an
   operation without a body or query parameters can never answer 400.
6. The documented success: the catalog's example, else a body synthesised from the response
   schema; binary bodies with their content type; the portal's redirect.

Only the standard library is imported here at module level; Starlette, uvicorn, jsonschema and
pydantic are imported where they are used, so other commands never load them.
"""

from __future__ import annotations

import argparse
import email.parser
import email.policy
import html
import ipaddress
import json
import math
import re
import secrets
import time
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlencode

from generator.contract import (
    INSUFFICIENT_SCOPE,
    KEY_EXPIRED,
    SESSION_COOKIE,
    TOO_MANY_REQUESTS,
    UNAUTHORIZED,
)

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.types import ASGIApp, Receive, Scope, Send

    from generator.model import Api, Operation, RequestBody, ValueType

IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

IP_NOT_ALLOWED = "API key not allowed from this IP address"
PORTAL_PAGE = "/mock/billing-portal"

INTEGER_TEXT = re.compile(r"-?[0-9]+", re.ASCII)
NUMBER_TEXT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?", re.ASCII)
EMAIL_TEXT = re.compile(r"[^@\s]+@[^@\s]+")
URI_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S")
RFC3339_TEXT = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?"
    r"(?:[Zz]|[-+]([0-9]{2}):([0-9]{2}))",
    re.ASCII,
)


# --------------------------------------------------------------------------- keys


@dataclass(frozen=True)
class ApiKey:
    """One panel API key as the mock knows it; `scopes` empty means full access."""

    id: str
    secret: str = field(repr=False)
    scopes: frozenset[str] = frozenset()
    expires_at: datetime | None = None
    ip_whitelist: tuple[IpNetwork, ...] = ()
    revoked: bool = False

    def is_expired(self, now: float) -> bool:
        return self.expires_at is not None and self.expires_at.timestamp() <= now

    def allows_ip(self, host: str | None) -> bool:
        if not self.ip_whitelist:
            return True
        try:
            address = ipaddress.ip_address(host or "")
        except ValueError:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        return any(address in network for network in self.ip_whitelist)


def new_test_key() -> ApiKey:
    """A fresh full-access key for a mock started without a keys file."""
    return ApiKey(id="key_test", secret="sk_test_" + secrets.token_urlsafe(24))


def load_keys(path: Path) -> tuple[ApiKey, ...]:
    """The keys of a `.toml` or `.json` keys file; `InputError` naming the file on any problem."""
    from generator.problems import InputError, Problem

    def problem(message: str, line: int = 0) -> InputError:
        return InputError([Problem(str(path), line, message)])

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise problem(f"cannot read the keys file: {error.strerror}") from None
    except UnicodeDecodeError:
        raise problem("cannot read the keys file: not UTF-8") from None
    data: object
    if path.suffix == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise problem(f"invalid TOML: {error}") from None
    elif path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise problem(f"invalid JSON: {error.msg}", error.lineno) from None
        if isinstance(data, list):
            data = {"keys": data}
    else:
        raise problem("expected a keys file ending in .toml or .json")
    return parse_keys(data, str(path))


def parse_keys(data: object, source: str) -> tuple[ApiKey, ...]:
    """Validate a keys document (`{"keys": [...]}`) with pydantic."""
    from pydantic import (
        AwareDatetime,
        BaseModel,
        ConfigDict,
        Field,
        ValidationError,
        field_validator,
        model_validator,
    )

    from generator.problems import InputError, Problem
    from generator.scopes import ALL_SCOPES

    class KeyEntry(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True)

        id: str = Field(min_length=1)
        secret: str
        scopes: list[str] = []
        expires_at: AwareDatetime | None = Field(default=None, alias="expiresAt")
        ip_whitelist: list[str] = Field(default=[], alias="ipWhitelist")
        revoked: bool = False

        @field_validator("secret")
        @classmethod
        def bearer_secret(cls, secret: str) -> str:
            if not re.fullmatch(r"sk_[!-~]+", secret):
                raise ValueError("expected `sk_` followed by printable ASCII, no spaces")
            return secret

        @field_validator("scopes")
        @classmethod
        def known_scopes(cls, scopes: list[str]) -> list[str]:
            unknown = [scope for scope in scopes if scope not in ALL_SCOPES]
            if unknown:
                raise ValueError(
                    f"unknown scope {', '.join(unknown)}, expected some of {', '.join(ALL_SCOPES)}"
                )
            return scopes

        @field_validator("ip_whitelist")
        @classmethod
        def networks(cls, entries: list[str]) -> list[str]:
            for entry in entries:
                try:
                    ipaddress.ip_network(entry, strict=False)
                except ValueError:
                    raise ValueError(f"{entry!r} is not an IP address or CIDR range") from None
            return entries

    class KeysFile(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True)

        keys: list[KeyEntry] = Field(min_length=1)

        @model_validator(mode="after")
        def unique(self) -> KeysFile:
            for name in ("id", "secret"):
                values = [getattr(key, name) for key in self.keys]
                repeated = sorted({value for value in values if values.count(value) > 1})
                if repeated:
                    shown = repeated if name == "id" else ["(hidden)"]
                    raise ValueError(f"duplicate key {name}: {', '.join(shown)}")
            return self

    try:
        parsed = KeysFile.model_validate(data)
    except ValidationError as error:
        raise InputError(
            Problem(
                source,
                0,
                f"{_pydantic_location(detail['loc'])}: {detail['msg'].removeprefix('Value error, ')}",
            )
            for detail in error.errors(include_url=False, include_input=False)
        ) from None
    return tuple(
        ApiKey(
            id=entry.id,
            secret=entry.secret,
            scopes=frozenset(entry.scopes),
            expires_at=entry.expires_at,
            ip_whitelist=tuple(
                ipaddress.ip_network(item, strict=False) for item in entry.ip_whitelist
            ),
            revoked=entry.revoked,
        )
        for entry in parsed.keys
    )


def _pydantic_location(location: Sequence[int | str]) -> str:
    text = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in location)
    return text.lstrip(".") or "keys"


# --------------------------------------------------------------------------- rate limit


@dataclass(frozen=True)
class RateLimit:
    """`requests` per `window` seconds per caller, as a token bucket; `requests=0` turns it off."""

    requests: int = 60
    window: float = 60.0


# Rotating session cookies must not grow the mock's memory without bound.
MAX_TRACKED_CALLERS = 10_000


class TokenBuckets:
    """One bucket per caller, full at first, refilled continuously at requests/window per second."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float]) -> None:
        self._limit = limit
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # caller -> (tokens, as of)

    def take(self, caller: str) -> int | None:
        """None if the request may go ahead, else the whole seconds until a token is back."""
        if self._limit.requests <= 0:
            return None
        capacity = float(self._limit.requests)
        per_second = capacity / self._limit.window
        now = self._clock()
        tokens, as_of = self._buckets.get(caller, (capacity, now))
        tokens = min(capacity, tokens + max(0.0, now - as_of) * per_second)
        # Rounded to the microsecond, so float noise neither refuses a token that is due nor
        # adds a second to Retry-After.
        if round(tokens, 6) >= 1:
            if len(self._buckets) >= MAX_TRACKED_CALLERS:
                # Forget callers whose buckets have refilled: they are as if new.
                self._buckets = {
                    name: (left, when)
                    for name, (left, when) in self._buckets.items()
                    if left + (now - when) * per_second < capacity
                }
            self._buckets[caller] = (max(0.0, tokens - 1), now)
            return None
        self._buckets[caller] = (tokens, now)
        return max(1, math.ceil(round((1 - tokens) / per_second, 6)))


# --------------------------------------------------------------------------- input validation


class InvalidInput(Exception):
    """A 400: the message names the field, e.g. `body.when: expected one of ...`."""


@dataclass(frozen=True)
class FormPart:
    """One part of a multipart/form-data body."""

    name: str
    data: bytes
    filename: str | None  # set when the part was sent as a file
    charset: str | None

    def text(self) -> str:
        try:
            return self.data.decode(self.charset or "utf-8")
        except (UnicodeDecodeError, LookupError):
            raise InvalidInput(f"body.{self.name}: expected UTF-8 text") from None


def _is_email(value: object) -> bool:
    return not isinstance(value, str) or EMAIL_TEXT.fullmatch(value) is not None


def _is_date_time(value: object) -> bool:
    """RFC 3339 `date-time`: a date, a time and an offset, all in range."""
    if not isinstance(value, str):
        return True
    found = RFC3339_TEXT.fullmatch(value)
    if found is None:
        return False
    year, month, day, hour, minute, second, offset_hour, offset_minute = (
        int(part or 0) for part in found.groups()
    )
    try:
        datetime(year, month, day, hour, minute, min(second, 59))  # 60: a leap second
    except ValueError:
        return False
    return second <= 60 and offset_hour <= 23 and offset_minute <= 59


def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or URI_TEXT.match(value) is not None


def _format_checker() -> Any:
    """Checks of the formats the overlay uses, the same whichever jsonschema extras are there."""
    from jsonschema import FormatChecker

    checker = FormatChecker(formats=())
    checker.checks("email")(_is_email)
    checker.checks("date-time")(_is_date_time)
    checker.checks("uri")(_is_uri)
    return checker


class SchemaCheck:
    """A JSON schema compiled once; `check` raises `InvalidInput` with every problem found."""

    def __init__(self, schema: dict[str, Any], root: str) -> None:
        from jsonschema import Draft202012Validator

        self._validator = Draft202012Validator(schema, format_checker=_format_checker())
        self._root = root

    def check(self, instance: object) -> None:
        errors = list(self._validator.iter_errors(instance))
        # A value of the wrong type fails its enum and limits too: the type is the news.
        mistyped = {tuple(error.absolute_path) for error in errors if error.validator == "type"}
        errors = [
            error
            for error in errors
            if error.validator == "type" or tuple(error.absolute_path) not in mistyped
        ]
        if errors:
            problems = sorted({line for error in errors for line in _describe(error, self._root)})
            raise InvalidInput("; ".join(problems))


def _location(root: str, path: Iterable[object]) -> str:
    return root + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)


def _shown(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _describe(error: ValidationError, root: str) -> list[str]:
    """One line per field the error is about, naming the field and what was expected."""
    where = _location(root, error.absolute_path)
    expected = error.validator_value
    instance = error.instance
    match error.validator:
        case "required" if isinstance(instance, dict):
            return [f"{where}.{name}: required" for name in expected if name not in instance]
        case "enum":
            return [f"{where}: expected one of {', '.join(_shown(value) for value in expected)}"]
        case "type":
            names = expected if isinstance(expected, list) else [expected]
            return [f"{where}: expected {' or '.join(names)}"]
    wording = {
        "minimum": "at least {}",
        "maximum": "at most {}",
        "minLength": "at least {} characters",
        "maxLength": "at most {} characters",
        "minItems": "at least {} items",
        "maxItems": "at most {} items",
        "pattern": "to match {}",
        "format": "a valid {}",
    }.get(str(error.validator))
    if wording is None:
        return [f"{where}: {error.message}"]
    return [f"{where}: expected {wording.format(expected)}"]


def _from_text(text: str, value_type: ValueType, where: str) -> object:
    """A query or form value in the type the model declares (the wire only carries text)."""
    match value_type.type:
        case "integer":
            if not INTEGER_TEXT.fullmatch(text):
                raise InvalidInput(f"{where}: expected integer")
            return int(text)
        case "number":
            if not NUMBER_TEXT.fullmatch(text):
                raise InvalidInput(f"{where}: expected number")
            return float(text)
        case "boolean":
            if text not in ("true", "false"):
                raise InvalidInput(f"{where}: expected true or false")
            return text == "true"
    return text


def _is_file_type(value_type: ValueType) -> bool:
    item = value_type.items if value_type.type == "array" else value_type
    return item is not None and item.format == "binary"


def _object_schema(fields: Iterable[tuple[str, ValueType, bool]]) -> dict[str, Any]:
    from generator.render import json_schema

    fields = list(fields)
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {name: json_schema(value_type) for name, value_type, _ in fields},
    }
    required = [name for name, _, is_required in fields if is_required]
    if required:
        schema["required"] = required
    return schema


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _multipart_parts(content_type: str, payload: bytes) -> list[FormPart]:
    """The parts of a multipart/form-data payload, in order."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + payload)
    if not message.is_multipart() or message.defects:
        raise InvalidInput("body: malformed multipart/form-data")
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise InvalidInput("body: a multipart part without a name")
        data = part.get_payload(decode=True)
        parts.append(
            FormPart(
                name=name,
                data=data if isinstance(data, bytes) else b"",
                filename=part.get_filename(),
                charset=part.get_content_charset(),
            )
        )
    return parts


# --------------------------------------------------------------------------- responses


def sample(schema: Mapping[str, Any]) -> Any:
    """A small value that conforms to `schema` (the subset `render.json_schema` emits)."""
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((name for name in kind if name != "null"), None)
    match kind:
        case "object":
            properties = schema.get("properties", {})
            return {name: sample(properties[name]) for name in schema.get("required", [])}
        case "array":
            return [sample(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
        case "string":
            return _sample_string(schema)
        case "integer" | "number":
            low, high = schema.get("minimum"), schema.get("maximum")
            value = low if low is not None else min(0, high) if high is not None else 0
            return math.ceil(value) if kind == "integer" else value
        case "boolean":
            return False
    return {}


def _sample_string(schema: Mapping[str, Any]) -> str:
    by_format = {
        "date-time": "2025-01-01T00:00:00Z",
        "email": "user@example.com",
        "uri": "https://example.com/",
    }
    text: str = by_format.get(schema.get("format", ""), "string")
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    text = text.ljust(low, "x")
    return text if high is None else text[:high]


def keyed_placeholder(key: str) -> object:
    """What an unconstrained `{key: ...}` answer holds: lists for plural names, a count, else an
    object (the catalog names the key, not its shape)."""
    if key == "count" or key.endswith("Count"):
        return 0
    if key.endswith("s") or key == "history":
        return []
    if key.endswith(("Code", "String", "Token", "Url")):
        return f"mock_{key}"
    return {}


def success_body(operation: Operation) -> object:
    """The JSON body of a successful call: the catalog's example, else one from the schema."""
    from generator.render import json_schema

    response = operation.response
    if response.example is not None:
        return response.example.value
    schema = json_schema(response.type) if response.type is not None else {}
    body = sample(schema)
    key = response.response_key
    if key is not None and isinstance(body, dict) and schema["properties"].get(key) == {}:
        body[key] = keyed_placeholder(key)
    return body


def binary_body(operation: Operation, path_params: Mapping[str, str]) -> bytes:
    names = ", ".join(f"{name}={value}" for name, value in path_params.items())
    if operation.response.content_type == "text/html":
        title, text = html.escape(operation.summary), html.escape(names)
        return f"<!doctype html><title>{title}</title><p>Mock: {text}</p>\n".encode()
    return f"mock file of {operation.operation_id} ({names})\n".encode()


# --------------------------------------------------------------------------- the app


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


class OperationMock:
    """One operation: its input checks, compiled once, and its canned success response."""

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        self._path = SchemaCheck(
            _object_schema((p.name, p.type, True) for p in operation.path_params), "path"
        )
        self._query = SchemaCheck(
            _object_schema((p.name, p.type, p.required) for p in operation.query_params), "query"
        )
        body = operation.body
        self._json_body = None if body is None else SchemaCheck(_body_schema(body), "body")
        self._form_body = None
        if body is not None and body.multipart_parts:
            self._form_body = SchemaCheck(_body_schema(body, multipart=True), "body")
        self._json = success_body(operation) if operation.response.kind == "json" else None

    async def check_input(self, request: Request) -> None:
        self._path.check(
            {
                param.name: _from_text(request.path_params[param.name], param.type, where)
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
                query[param.name] = [_from_text(value, items, where) for value in values]
            elif values:
                query[param.name] = _from_text(values[0], param.type, where)
        self._query.check(query)
        if self._json_body is not None:
            await self._check_body(request)

    async def _check_body(self, request: Request) -> None:
        payload = await request.body()
        content_type = request.headers.get("content-type", "")
        media_type = content_type.partition(";")[0].strip().lower()
        if media_type == "multipart/form-data" and self._form_body is not None:
            self._form_body.check(self._form_fields(_multipart_parts(content_type, payload)))
            return
        if not payload.strip():
            raise InvalidInput("body: required, expected a JSON object")
        try:
            document = json.loads(payload, parse_constant=_reject_constant)
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
            if _is_file_type(value_type):
                item = ""  # any bytes are a valid file; a filename is optional in form data
            elif part.filename is not None:
                raise InvalidInput(f"{where}: expected a text field, found a file")
            elif value_type.type == "array" and value_type.items is not None:
                item = _from_text(part.text(), value_type.items, where)
            else:
                item = _from_text(part.text(), value_type, where)
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
        if response.kind == "binary":
            return PlainResponse(
                binary_body(self.operation, request.path_params),
                status_code=response.status,
                media_type=response.content_type,
            )
        if response.status == 204:
            return PlainResponse(status_code=204)
        return JSONResponse(
            self._json, status_code=response.status, media_type=response.content_type
        )


def _body_schema(body: RequestBody, multipart: bool = False) -> dict[str, Any]:
    """A body's schema; as multipart/form-data it also has the extra (file) parts."""
    from generator.render import json_schema, multipart_parts_schema

    schema = json_schema(body.type)
    if multipart:  # the document's allOf of the two, merged: the validator has no $ref registry
        parts = multipart_parts_schema(body)
        schema["properties"] = {**schema.get("properties", {}), **parts["properties"]}
        schema["required"] = [*schema.get("required", []), *parts.get("required", [])]
        if not schema["required"]:
            del schema["required"]
    return schema


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
        scope = mock.operation.scope
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
        return mock.respond(request)


class SegmentRouting:
    """Route on the raw path's segments as Next.js does: an encoded `/` (`%2F`) stays inside its
    segment instead of splitting it, so an id can never reach another route.

    The ASGI server has already decoded `path`; it is rebuilt from `raw_path` with only `%` and
    `/` left encoded inside segments, and `PathEndpoint` decodes the parameters it receives.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw_path = scope.get("raw_path") if scope["type"] == "http" else None
        if raw_path:
            segments = raw_path.decode("latin-1").split("/")
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
    rate_limit: RateLimit = RateLimit(),
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


# --------------------------------------------------------------------------- command


def configure(parser: argparse.ArgumentParser) -> None:
    from generator.cli import add_input_options

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


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from generator.cli import report_warnings
    from generator.pipeline import load

    _, api, warnings = load(args.catalog, args.overrides)
    report_warnings(warnings, args.strict)
    keys = load_keys(args.keys) if args.keys else (new_test_key(),)
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{args.port}"
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
    return 0

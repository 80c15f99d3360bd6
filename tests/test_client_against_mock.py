"""The generated Python client against the live mock panel, over real HTTP on loopback.

Every operation, sync and async, with valid arguments built from the route model (required
ones only, then every argument including files), returns its documented shape; the auth
matrix surfaces as the client's errors with their attributes; the rate limit's `Retry-After`
is waited out for real. No error raised here shows the API key.
"""

from __future__ import annotations

import html
import importlib
import logging
import time
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import httpx
import pytest

from generator.mock.app import create_app
from generator.mock.ratelimit import RateLimit
from generator.model import Operation
from tests.loopback import UPLOAD, call_arguments, expected_path, serving
from tests.test_client_operations import expanse_api, method_of
from tests.test_mock import (
    ALL_BUT,
    API,
    EXPIRED,
    FAR_AWAY,
    FULL,
    KEYS,
    LOOPBACK,
    ONLY,
    REVOKED,
    SAMPLES,
    SERVICES,
    conforms,
    operation,
)
from tests.trust_store import use_one_certificate_store

UNKNOWN_SECRET = "sk_test_never_issued_key"
FLAVOURS = ["sync", "async"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def one_certificate_trust_store(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every call here is plain http on loopback, and the auth matrix makes a hundred clients."""
    use_one_certificate_store(tmp_path_factory, monkeypatch)


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    # A limit no test here reaches (4 x 134 calls with one key), so the bucket code still runs.
    with serving(create_app(API, KEYS, rate_limit=RateLimit(1_000_000, 60))) as url:
        yield url


def test_every_argument_mode_sends_formats_enums_bounds_and_files() -> None:
    """The argument builder reaches what the brief's formats are about (or the runs prove
    less than they claim)."""
    every = {op.operation_id: call_arguments(op, every=True)[1] for op in API.operations}
    required = {op.operation_id: call_arguments(op, every=False)[1] for op in API.operations}
    assert every["createTeamMember"]["email"] == "ops@example.com"
    assert "email" not in required["createTeamMember"]  # the page leaves it open
    assert every["updateZone"]["expires_at"] == "value"  # no format: the page states none
    assert every["cancelService"]["when"] == "immediately"
    assert every["retrieveZoneExport"]["format"] == "json"
    assert every["rateTicket"]["rating"] == 3
    assert required["importZone"] == {"format": "value", "content": "value"}
    assert every["createTicketMessage"]["files"] == [UPLOAD]
    assert "files" not in required["createTicketMessage"]
    assert every["createZone"]["records"] == [
        {"name": "value", "type": "value", "ttl": 3, "content": "value"}
    ]
    assert every["updateDomain"]["body"] == {"any": ["json"]}
    assert "body" not in required["updateDomain"]


# --------------------------------------------------------------------------- every operation


class Exchanges:
    """(method, path, status, Retry-After) of every response the client's httpx client saw."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, int, str | None]] = []

    def __call__(self, response: httpx.Response) -> None:
        request = response.request
        self.seen.append(
            (
                request.method,
                request.url.path,
                response.status_code,
                response.headers.get("retry-after"),
            )
        )

    async def hook(self, response: httpx.Response) -> None:
        self(response)


def check_exchanges(op: Operation, seen: list[tuple[str, str, int, str | None]]) -> None:
    """Exactly one request (no retry, no redirect followed), answered with the documented
    status."""
    assert seen == [(op.method, expected_path(op), op.response.status, None)], seen


def check_result(op: Operation, result: Any, base_url: str) -> None:
    documented = op.response
    if documented.kind == "redirect":
        assert isinstance(result, str), result
        assert result.startswith(base_url + "/"), result
        landing = httpx.get(result, timeout=10)
        assert landing.status_code == 200 and landing.headers["content-type"].startswith(
            "text/html"
        )
        return
    if documented.kind == "text":
        assert isinstance(result, str) and result, result
        return
    if documented.alternatives and isinstance(result, str):
        return  # a parameter chose a text format
    if documented.kind == "binary":
        assert isinstance(result, expanse_api.BinaryContent), result
        assert result.content_type.partition(";")[0] == documented.content_type
        assert isinstance(result.content, bytes) and result.content
        return
    assert documented.type is not None
    if documented.type.component is not None:
        responses = importlib.import_module("expanse_api.responses")
        assert isinstance(result, getattr(responses, documented.type.component))
        result = result.to_dict()
    assert isinstance(result, dict), result
    if documented.response_key is not None:
        assert documented.response_key in result, result
    conforms(result, documented.type)
    if documented.example is not None:
        assert result == documented.example.value


def describe_failure(op: Operation, error: BaseException) -> str:
    return f"{op.operation_id} ({op.method} {op.path}): {type(error).__name__}: {error}"


def assert_all_134_succeeded(succeeded: list[str], failures: list[str]) -> None:
    assert failures == [], "\n".join(failures)
    assert len(succeeded) == len(set(succeeded)) == 134
    assert set(succeeded) == {op.operation_id for op in API.operations}
    assert set(succeeded) == set(expanse_api.OPERATIONS)


ARGUMENT_SETS = pytest.mark.parametrize(
    "every", [False, True], ids=["required-arguments", "every-argument"]
)


@ARGUMENT_SETS
def test_every_operation_through_the_sync_client(mock_url: str, every: bool) -> None:
    exchanges = Exchanges()
    succeeded: list[str] = []
    failures: list[str] = []
    with httpx.Client(event_hooks={"response": [exchanges]}) as http:
        client = expanse_api.Expanse(
            api_key=FULL.secret, base_url=mock_url, max_retries=0, http_client=http
        )
        for op in API.operations:
            positional, keywords = call_arguments(op, every)
            start = len(exchanges.seen)
            try:
                result = method_of(client, op)(*positional, **keywords)
                check_exchanges(op, exchanges.seen[start:])
                check_result(op, result, mock_url)
            except Exception as error:
                failures.append(describe_failure(op, error))
            else:
                succeeded.append(op.operation_id)
    assert_all_134_succeeded(succeeded, failures)


@pytest.mark.anyio
@ARGUMENT_SETS
async def test_every_operation_through_the_async_client(mock_url: str, every: bool) -> None:
    exchanges = Exchanges()
    succeeded: list[str] = []
    failures: list[str] = []
    async with httpx.AsyncClient(event_hooks={"response": [exchanges.hook]}) as http:
        client = expanse_api.AsyncExpanse(
            api_key=FULL.secret, base_url=mock_url, max_retries=0, http_client=http
        )
        for op in API.operations:
            positional, keywords = call_arguments(op, every)
            start = len(exchanges.seen)
            try:
                result = await method_of(client, op)(*positional, **keywords)
                check_exchanges(op, exchanges.seen[start:])
                check_result(op, result, mock_url)
            except Exception as error:
                failures.append(describe_failure(op, error))
            else:
                succeeded.append(op.operation_id)
    assert_all_134_succeeded(succeeded, failures)


# --------------------------------------------------------------------------- the auth matrix


def call_as(flavour: str, secret: str, op: Operation, base_url: str) -> Any:
    """One valid call of `op` (required arguments) with the sync or the async client."""
    positional, keywords = call_arguments(op, every=False)
    settings: dict[str, Any] = {"api_key": secret, "base_url": base_url, "max_retries": 0}
    if flavour == "sync":
        with expanse_api.Expanse(**settings) as client:
            return method_of(client, op)(*positional, **keywords)

    async def run() -> Any:
        async with expanse_api.AsyncExpanse(**settings) as client:
            return await method_of(client, op)(*positional, **keywords)

    return anyio.run(run)


def raised_by(call: Callable[[], Any], error_class: type[BaseException]) -> Any:
    with pytest.raises(error_class) as caught:
        call()
    return caught.value


def assert_key_not_shown(error: BaseException, secret: str) -> None:
    """Neither the key nor its part after `sk_` in what a log or a traceback would show."""
    shown = [
        str(error),
        repr(error),
        repr(error.args),
        repr(vars(error)),
        "".join(traceback.format_exception(error)),
    ]
    for text in shown:
        assert secret not in text
        assert secret.removeprefix("sk_") not in text


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_an_expired_key_is_an_authentication_error_marked_expired(
    mock_url: str, flavour: str
) -> None:
    error = raised_by(
        lambda: call_as(flavour, EXPIRED.secret, SERVICES, mock_url),
        expanse_api.AuthenticationError,
    )
    assert error.expired is True
    assert error.status_code == 401 and error.response.status_code == 401
    assert error.body == {"error": "API key expired"}
    assert "expired" in str(error) and "GET /api/services" in str(error)
    assert_key_not_shown(error, EXPIRED.secret)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("secret", [REVOKED.secret, UNKNOWN_SECRET], ids=["revoked", "unknown"])
def test_a_revoked_or_unknown_key_is_an_authentication_error_not_expired(
    mock_url: str, flavour: str, secret: str
) -> None:
    error = raised_by(
        lambda: call_as(flavour, secret, SERVICES, mock_url), expanse_api.AuthenticationError
    )
    assert error.expired is False
    assert error.status_code == 401
    assert error.body == {"error": "Unauthorized"}
    assert "GET /api/services" in str(error)
    assert_key_not_shown(error, secret)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_key_outside_its_ip_whitelist_is_an_authentication_error(
    mock_url: str, flavour: str
) -> None:
    error = raised_by(
        lambda: call_as(flavour, FAR_AWAY.secret, SERVICES, mock_url),
        expanse_api.AuthenticationError,
    )
    assert error.expired is False
    assert error.status_code == 401
    assert_key_not_shown(error, FAR_AWAY.secret)
    # The same call with a whitelist that holds 127.0.0.1 goes through.
    check_result(SERVICES, call_as(flavour, LOOPBACK.secret, SERVICES, mock_url), mock_url)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("scope", sorted(SAMPLES))
def test_a_missing_scope_is_a_permission_error_naming_scope_and_route(
    mock_url: str, flavour: str, scope: str
) -> None:
    op = operation(*SAMPLES[scope])
    assert op.scope == scope
    secret = ALL_BUT[scope].secret
    error = raised_by(
        lambda: call_as(flavour, secret, op, mock_url), expanse_api.PermissionDeniedError
    )
    assert error.required_scope == op.scope == expanse_api.OPERATIONS[op.operation_id].scope
    assert error.status_code == 403
    assert error.body == {"error": "Insufficient API key permissions"}
    message = str(error)
    assert scope in message and f"{op.method} {op.path}" in message, message
    assert_key_not_shown(error, secret)
    # A key holding just that scope makes the same call.
    check_result(op, call_as(flavour, ONLY[scope].secret, op, mock_url), mock_url)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("scope", ["dns.read", "tickets.write"])
def test_the_public_route_works_with_a_key_of_unrelated_scopes(
    mock_url: str, flavour: str, scope: str
) -> None:
    config = operation("GET", "/api/billing/config")
    assert config.scope is None and config.attribute == "billing.config.retrieve"
    result = call_as(flavour, ONLY[scope].secret, config, mock_url)
    check_result(config, result, mock_url)


# --------------------------------------------------------------------------- rate limit

# One request per second: a fresh bucket holds one token, and an empty one answers
# `Retry-After: 1`. The client's backoff without Retry-After (0.375-0.5 s) would be refused again.
WINDOW = 1.0


def rate_limited_app() -> Any:
    return create_app(API, [FULL], rate_limit=RateLimit(1, WINDOW))


def check_rate_limit_error(error: Any, seen: list[tuple[str, str, int, str | None]]) -> None:
    assert error.status_code == 429
    assert error.retry_after == WINDOW
    assert error.body == {"error": "Too many requests"}
    assert "retry after 1 s" in str(error) and "GET /api/services" in str(error)
    assert_key_not_shown(error, FULL.secret)
    assert seen == [("GET", "/api/services", 429, "1")]  # not retried


def check_waited_retry(elapsed: float, seen: list[tuple[str, str, int, str | None]]) -> None:
    assert seen == [("GET", "/api/services", 429, "1"), ("GET", "/api/services", 200, None)]
    # The real wait of Retry-After (a little slack for clocks), and not much more.
    assert WINDOW - 0.05 <= elapsed < WINDOW + 2.5, elapsed


def test_the_sync_client_honours_retry_after_against_the_mock(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    exchanges = Exchanges()
    with (
        serving(rate_limited_app()) as url,
        httpx.Client(event_hooks={"response": [exchanges]}) as http,
    ):
        client = expanse_api.Expanse(
            api_key=FULL.secret, base_url=url, max_retries=1, http_client=http
        )
        check_result(SERVICES, client.services.list(team_id="team_1"), url)  # the only token

        start = len(exchanges.seen)
        with pytest.raises(expanse_api.RateLimitError) as caught:
            client.services.list(team_id="team_1", max_retries=0)
        check_rate_limit_error(caught.value, exchanges.seen[start:])

        start = len(exchanges.seen)
        began = time.monotonic()
        result = client.services.list(team_id="team_1")
        elapsed = time.monotonic() - began
        check_result(SERVICES, result, url)
        check_waited_retry(elapsed, exchanges.seen[start:])
    logged = [r.getMessage() for r in caplog.records if r.name == "expanse_api"]
    retries = [message for message in logged if message.startswith("retrying")]
    assert retries == ["retrying GET /api/services in 1.00 s (retry 1 of 1)"]
    statuses = [message.split(" in ")[0] for message in logged if "->" in message]
    assert statuses == [f"GET /api/services -> {status}" for status in (200, 429, 429, 200)]
    assert all(FULL.secret not in record.getMessage() for record in caplog.records)


@pytest.mark.anyio
async def test_the_async_client_honours_retry_after_against_the_mock() -> None:
    exchanges = Exchanges()
    with serving(rate_limited_app()) as url:
        async with httpx.AsyncClient(event_hooks={"response": [exchanges.hook]}) as http:
            client = expanse_api.AsyncExpanse(
                api_key=FULL.secret, base_url=url, max_retries=1, http_client=http
            )
            check_result(SERVICES, await client.services.list(team_id="team_1"), url)

            start = len(exchanges.seen)
            with pytest.raises(expanse_api.RateLimitError) as caught:
                await client.services.list(team_id="team_1", max_retries=0)
            check_rate_limit_error(caught.value, exchanges.seen[start:])

            start = len(exchanges.seen)
            began = time.monotonic()
            result = await client.services.list(team_id="team_1")
            elapsed = time.monotonic() - began
            check_result(SERVICES, result, url)
            check_waited_retry(elapsed, exchanges.seen[start:])


def test_a_retry_after_beyond_a_minute_is_not_waited_out() -> None:
    # 1 request per 120 s: the empty bucket answers Retry-After: 120, over the client's 60 s cap.
    exchanges = Exchanges()
    app = create_app(API, [FULL], rate_limit=RateLimit(1, 120))
    with serving(app) as url, httpx.Client(event_hooks={"response": [exchanges]}) as http:
        client = expanse_api.Expanse(
            api_key=FULL.secret, base_url=url, max_retries=2, http_client=http
        )
        client.services.list(team_id="team_1")
        began = time.monotonic()
        with pytest.raises(expanse_api.RateLimitError) as caught:
            client.services.list(team_id="team_1")
        assert time.monotonic() - began < 1.0
    assert caught.value.retry_after == 120.0
    assert exchanges.seen[1:] == [("GET", "/api/services", 429, "120")]
    assert_key_not_shown(caught.value, FULL.secret)


# --------------------------------------------------------------------------- path parameters


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    "identifier", ["inv/1%2F", "v 1/ü", "a?b#c", "..x", "%", "credentials", "~user;v=1"]
)
def test_a_path_parameter_reaches_the_mock_as_one_segment(
    mock_url: str, flavour: str, identifier: str
) -> None:
    """The client's percent-encoding and the mock's Next.js routing agree: any id comes back
    unchanged from the route it was meant for, never another one."""
    download = operation("GET", "/api/billing/invoices/{id}/download")
    settings = {"api_key": FULL.secret, "base_url": mock_url, "max_retries": 0}
    if flavour == "sync":
        with expanse_api.Expanse(**settings) as client:
            result = client.billing.invoices.download.retrieve(identifier)
    else:

        async def run() -> Any:
            async with expanse_api.AsyncExpanse(**settings) as client:
                return await client.billing.invoices.download.retrieve(identifier)

        result = anyio.run(run)
    check_result(download, result, mock_url)
    assert f"id={html.escape(identifier)}</p>" in result

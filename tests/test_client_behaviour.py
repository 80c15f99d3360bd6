"""The generated client's contract beyond single calls: configuration and its refusals, errors
and their attributes, the retry policy, path parameter encoding, local validation, key
redaction, redirects, downloads, context managers and with_options. On httpx.MockTransport."""

from __future__ import annotations

import importlib
import io
import json
import logging
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT
from tests.trust_store import use_one_certificate_store

CLIENT_ROOT = str(ROOT / "generated" / "python")
if CLIENT_ROOT not in sys.path:
    sys.path.insert(0, CLIENT_ROOT)
expanse_api = importlib.import_module("expanse_api")
base_client = importlib.import_module("expanse_api._base_client")

KEY = "sk_live_Zq8Secret5ecret"
Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def no_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EXPANSE_API_KEY", raising=False)
    monkeypatch.delenv("EXPANSE_BASE_URL", raising=False)
    # No test here opens a connection (httpx.MockTransport, or no call at all).
    use_one_certificate_store(tmp_path_factory, monkeypatch)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between retries, recorded instead of slept."""
    waited: list[float] = []

    async def async_sleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(base_client, "_sleep", waited.append)
    monkeypatch.setattr(base_client, "_async_sleep", async_sleep)
    return waited


class Script:
    """A handler that answers with the next scripted response (or raises it) and records
    every request."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def client_for(handler: Handler, **options: Any) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return expanse_api.Expanse(api_key=KEY, http_client=http, **options)


def async_client_for(handler: Handler, **options: Any) -> Any:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return expanse_api.AsyncExpanse(api_key=KEY, http_client=http, **options)


def ok(body: Any = None) -> httpx.Response:
    return httpx.Response(200, json={"ok": True} if body is None else body)


def error(status: int, body: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body or {"error": "nope"}, headers=headers)


# --------------------------------------------------------------------------- configuration


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPANSE_API_KEY", "sk_from_env")
    monkeypatch.setenv("EXPANSE_BASE_URL", "http://localhost:8787/")
    script = Script(ok())
    client = expanse_api.Expanse(http_client=httpx.Client(transport=httpx.MockTransport(script)))
    client.zones.retrieve("z1")
    request = script.requests[0]
    assert str(request.url) == "http://localhost:8787/api/zones/z1"
    assert request.headers["authorization"] == "Bearer sk_from_env"
    assert client.base_url == "http://localhost:8787"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPANSE_API_KEY", "sk_from_env")
    monkeypatch.setenv("EXPANSE_BASE_URL", "https://env.example")
    client = expanse_api.Expanse(api_key="sk_given", base_url="https://given.example")
    assert client.base_url == "https://given.example"
    assert client._auth._authorization == "Bearer sk_given"


def test_the_default_base_url_is_the_panel() -> None:
    assert expanse_api.Expanse(api_key=KEY).base_url == "https://panel.expanse.host"


@pytest.mark.parametrize("client_class", ["Expanse", "AsyncExpanse"])
def test_a_missing_key_is_refused_when_the_client_is_made(client_class: str) -> None:
    with pytest.raises(expanse_api.ExpanseError, match="EXPANSE_API_KEY"):
        getattr(expanse_api, client_class)()
    with pytest.raises(expanse_api.ExpanseError, match="no API key"):
        getattr(expanse_api, client_class)(api_key="")


@pytest.mark.parametrize("key", ["pk_live_123", "Bearer sk_123", "SK_123", "123"])
def test_a_key_that_is_not_a_panel_key_is_refused_without_echoing_it(key: str) -> None:
    with pytest.raises(expanse_api.ExpanseError, match="start") as refused:
        expanse_api.Expanse(api_key=key)
    assert key not in str(refused.value)


@pytest.mark.parametrize(
    "base_url",
    ["http://panel.expanse.host", "http://10.0.0.5:3000", "http://localhost.evil.example"],
)
def test_plain_http_is_refused_except_for_localhost(base_url: str) -> None:
    with pytest.raises(expanse_api.ExpanseError, match="clear text"):
        expanse_api.Expanse(api_key=KEY, base_url=base_url)


@pytest.mark.parametrize(
    "base_url", ["http://localhost:3000", "http://127.0.0.1", "http://[::1]:8080", "https://x.io"]
)
def test_https_and_plain_http_to_localhost_are_accepted(base_url: str) -> None:
    assert expanse_api.Expanse(api_key=KEY, base_url=base_url).base_url == base_url


@pytest.mark.parametrize("base_url", ["ftp://panel.expanse.host", "panel.expanse.host", "https://"])
def test_a_base_url_that_is_not_http_is_refused(base_url: str) -> None:
    with pytest.raises(expanse_api.ExpanseError, match="http"):
        expanse_api.Expanse(api_key=KEY, base_url=base_url)


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(expanse_api.ExpanseError, match="max_retries"):
        expanse_api.Expanse(api_key=KEY, max_retries=-1)


def test_with_options_copies_and_shares_the_connections() -> None:
    script = Script(ok())
    http = httpx.Client(transport=httpx.MockTransport(script))
    client = expanse_api.Expanse(api_key=KEY, http_client=http, timeout=5.0)
    copy = client.with_options(api_key="sk_other", timeout=30.0, max_retries=7)
    assert (copy.timeout, copy.max_retries, copy.base_url) == (30.0, 7, client.base_url)
    assert (client.timeout, client.max_retries) == (5.0, 2)
    copy.zones.retrieve("z1")
    client.zones.retrieve("z1")
    assert [r.headers["authorization"] for r in script.requests] == [
        "Bearer sk_other",
        f"Bearer {KEY}",
    ]
    assert [r.extensions["timeout"]["read"] for r in script.requests] == [30.0, 5.0]
    copy.close()
    assert not http.is_closed
    with pytest.raises(expanse_api.ExpanseError):
        client.with_options(base_url="http://example.com")


def test_user_agent_and_accept_go_with_every_request_even_through_your_http_client() -> None:
    script = Script(ok())
    given = httpx.Client(transport=httpx.MockTransport(script), headers={"X-Proxy-Tag": "ci"})
    client = expanse_api.Expanse(api_key=KEY, http_client=given)
    client.zones.retrieve("z1")
    client.billing.invoices.download.retrieve("inv_1")
    json_call, download = script.requests
    assert json_call.headers["user-agent"] == f"expanse-api-python/{expanse_api.__version__}"
    assert json_call.headers["accept"] == "application/json"
    assert json_call.headers["x-proxy-tag"] == "ci"
    assert download.headers["user-agent"] == json_call.headers["user-agent"]
    assert download.headers["accept"] == "*/*"
    # A client made here carries them on its own httpx client (no per-call merge).
    with expanse_api.Expanse(api_key=KEY, default_headers={"X-Team": "ops"}) as own:
        assert own._http_client.headers["user-agent"] == json_call.headers["user-agent"]
        assert own._http_client.headers["accept"] == "application/json"
        assert own._http_client.headers["x-team"] == "ops"


def test_default_headers_go_with_every_call_and_extra_headers_win_over_them() -> None:
    script = Script(ok())
    client = client_for(script, default_headers={"X-Team": "ops", "accept": "application/vnd+json"})
    client.zones.retrieve("z1")
    client.zones.retrieve("z1", extra_headers={"x-team": "dev", "User-Agent": "mine/1"})
    client.with_options(max_retries=0).zones.retrieve("z1")
    first, second, copied = script.requests
    assert first.headers.get_list("x-team") == ["ops"]
    assert first.headers.get_list("accept") == ["application/vnd+json"]
    assert second.headers.get_list("x-team") == ["dev"]
    assert second.headers.get_list("user-agent") == ["mine/1"]
    assert copied.headers["x-team"] == "ops"
    assert [r.headers["authorization"] for r in script.requests] == [f"Bearer {KEY}"] * 3


def test_the_client_closes_only_connections_it_opened() -> None:
    with expanse_api.Expanse(api_key=KEY) as owner:
        own_http = owner._http_client
    assert own_http.is_closed
    given = httpx.Client()
    with expanse_api.Expanse(api_key=KEY, http_client=given):
        pass
    assert not given.is_closed
    given.close()


@pytest.mark.anyio
async def test_the_async_client_is_an_async_context_manager() -> None:
    async with expanse_api.AsyncExpanse(api_key=KEY) as owner:
        own_http = owner._http_client
    assert own_http.is_closed
    script = Script(ok())
    client = async_client_for(script)
    copy = client.with_options(max_retries=0)
    assert await copy.zones.retrieve("z1") == {"ok": True}
    await copy.close()
    assert not client._http_client.is_closed
    await client.close()


# --------------------------------------------------------------------------- errors

ERRORS = [
    (400, "BadRequestError"),
    (401, "AuthenticationError"),
    (403, "PermissionDeniedError"),
    (404, "NotFoundError"),
    (409, "ConflictError"),
    (422, "UnprocessableEntityError"),
    (429, "RateLimitError"),
    (500, "InternalServerError"),
    (503, "InternalServerError"),
    (418, "APIStatusError"),
]


@pytest.mark.parametrize(("status", "error_class"), ERRORS)
def test_each_status_raises_its_error_class(status: int, error_class: str) -> None:
    script = Script(error(status, {"error": "it went wrong"}))
    client = client_for(script, max_retries=0)
    with pytest.raises(expanse_api.APIStatusError) as raised:
        client.zones.retrieve("z1")
    failure = raised.value
    assert type(failure) is getattr(expanse_api, error_class)
    assert isinstance(failure, expanse_api.APIError) and isinstance(
        failure, expanse_api.ExpanseError
    )
    assert failure.status_code == status
    assert failure.body == {"error": "it went wrong"}
    assert failure.response.status_code == status
    assert failure.operation == expanse_api.OPERATIONS["retrieveZone"]
    assert "GET /api/zones/{zoneId}" in str(failure)


def test_a_non_json_error_body_is_kept_as_text() -> None:
    client = client_for(Script(httpx.Response(502, text="<html>Bad gateway</html>")), max_retries=0)
    with pytest.raises(expanse_api.InternalServerError) as raised:
        client.zones.retrieve("z1")
    assert raised.value.body == "<html>Bad gateway</html>"
    assert "Bad gateway" in str(raised.value)


def test_an_expired_key_is_told_apart() -> None:
    client = client_for(Script(error(401, {"error": "API key expired"})), max_retries=0)
    with pytest.raises(expanse_api.AuthenticationError) as raised:
        client.zones.list(team_id="t1")
    assert raised.value.expired is True
    assert "expired" in str(raised.value)
    client = client_for(Script(error(401, {"error": "Invalid API key"})), max_retries=0)
    with pytest.raises(expanse_api.AuthenticationError) as raised:
        client.zones.list(team_id="t1")
    assert raised.value.expired is False
    assert "Invalid API key" in str(raised.value)


def test_a_missing_scope_names_the_scope_the_key_lacks() -> None:
    denied = error(403, {"error": "Insufficient API key permissions"})
    client = client_for(Script(denied), max_retries=0)
    with pytest.raises(expanse_api.PermissionDeniedError) as raised:
        client.zones.records.create("z1", name="www", type="A", content="192.0.2.1")
    assert raised.value.required_scope == "dns.write"
    assert str(raised.value) == "this key lacks dns.write for POST /api/zones/{zoneId}/records"


def test_another_403_still_says_which_scope_the_operation_needs() -> None:
    client = client_for(Script(error(403, {"error": "Not a team member"})), max_retries=0)
    with pytest.raises(expanse_api.PermissionDeniedError) as raised:
        client.teams.backup.snapshots.list("team_1")
    assert raised.value.required_scope == "backups.read"
    assert "Not a team member" in str(raised.value) and "backups.read" in str(raised.value)


def test_a_403_on_the_public_route_has_no_required_scope() -> None:
    client = client_for(Script(error(403)), max_retries=0)
    with pytest.raises(expanse_api.PermissionDeniedError) as raised:
        client.billing.config.retrieve()
    assert raised.value.required_scope is None


def http_date(seconds_from_now: int) -> str:
    return format_datetime(datetime.now(UTC) + timedelta(seconds=seconds_from_now), usegmt=True)


@pytest.mark.parametrize(
    ("header", "expected"),
    [("3", 3.0), ("0.5", 0.5), ("-4", 0.0), ("soon", None), ("nan", None), (None, None)],
)
def test_rate_limit_errors_carry_retry_after(header: str | None, expected: float | None) -> None:
    headers = {} if header is None else {"retry-after": header}
    client = client_for(Script(error(429, **headers)), max_retries=0)
    with pytest.raises(expanse_api.RateLimitError) as raised:
        client.zones.list(team_id="t1")
    assert raised.value.retry_after == expected
    assert "rate limited on GET /api/zones" in str(raised.value)


def test_retry_after_as_an_http_date() -> None:
    client = client_for(Script(error(429, **{"retry-after": http_date(30)})), max_retries=0)
    with pytest.raises(expanse_api.RateLimitError) as raised:
        client.zones.list(team_id="t1")
    assert raised.value.retry_after is not None and 25 < raised.value.retry_after <= 30


@pytest.mark.parametrize(
    ("failure", "error_class"),
    [
        (httpx.ConnectError("refused"), "APIConnectionError"),
        (httpx.ReadTimeout("slow"), "APITimeoutError"),
    ],
)
def test_transport_failures_become_connection_errors(failure: Exception, error_class: str) -> None:
    client = client_for(Script(failure), max_retries=0)
    with pytest.raises(expanse_api.APIConnectionError) as raised:
        client.zones.retrieve("z1")
    assert type(raised.value) is getattr(expanse_api, error_class)
    assert raised.value.operation == expanse_api.OPERATIONS["retrieveZone"]


def test_a_success_that_is_not_json_is_an_api_error() -> None:
    client = client_for(Script(httpx.Response(200, text="<html>")), max_retries=0)
    with pytest.raises(expanse_api.APIError, match="expected JSON"):
        client.zones.retrieve("z1")


# --------------------------------------------------------------------------- retries


def test_post_is_not_retried_on_500(sleeps: list[float]) -> None:
    script = Script(error(500), ok())
    client = client_for(script)
    with pytest.raises(expanse_api.InternalServerError):
        client.billing.invoices.pay("inv_1")
    assert len(script.requests) == 1 and sleeps == []


def test_patch_is_not_retried_on_503(sleeps: list[float]) -> None:
    script = Script(error(503), ok())
    with pytest.raises(expanse_api.InternalServerError):
        client_for(script).zones.update("z1", expires_at="2030-01-01T00:00:00Z")
    assert len(script.requests) == 1 and sleeps == []


def test_get_is_retried_on_500_with_growing_jittered_waits(sleeps: list[float]) -> None:
    script = Script(error(500), error(502), ok())
    assert client_for(script).zones.retrieve("z1") == {"ok": True}
    assert len(script.requests) == 3
    first, second = sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0


def test_retries_stop_after_max_retries(sleeps: list[float]) -> None:
    script = Script(error(500))
    with pytest.raises(expanse_api.InternalServerError):
        client_for(script, max_retries=3).zones.retrieve("z1")
    assert len(script.requests) == 4 and len(sleeps) == 3


def test_delete_is_retried_on_503(sleeps: list[float]) -> None:
    script = Script(error(503), ok())
    assert client_for(script).zones.delete("z1") == {"ok": True}
    assert len(script.requests) == 2


def test_max_retries_per_call_wins(sleeps: list[float]) -> None:
    script = Script(error(500))
    with pytest.raises(expanse_api.InternalServerError):
        client_for(script, max_retries=5).zones.retrieve("z1", max_retries=0)
    assert len(script.requests) == 1 and sleeps == []


def test_429_is_retried_on_post_honouring_retry_after(sleeps: list[float]) -> None:
    script = Script(error(429, **{"retry-after": "2"}), ok({"paid": True}))
    assert client_for(script).billing.invoices.pay("inv_1") == {"paid": True}
    assert len(script.requests) == 2 and sleeps == [2.0]


def test_429_without_retry_after_backs_off(sleeps: list[float]) -> None:
    script = Script(error(429), ok())
    client_for(script).billing.topup.create(team_id="t1", amount=10)
    assert len(script.requests) == 2 and 0.375 <= sleeps[0] <= 0.5


def test_429_with_a_retry_after_beyond_the_cap_is_raised_at_once(sleeps: list[float]) -> None:
    script = Script(error(429, **{"retry-after": "120"}), ok())
    with pytest.raises(expanse_api.RateLimitError) as raised:
        client_for(script).zones.list(team_id="t1")
    assert raised.value.retry_after == 120.0
    assert len(script.requests) == 1 and sleeps == []


def test_a_connection_error_on_get_is_retried(sleeps: list[float]) -> None:
    script = Script(httpx.ConnectError("refused"), ok())
    assert client_for(script).zones.retrieve("z1") == {"ok": True}
    assert len(script.requests) == 2 and len(sleeps) == 1


def test_a_connection_error_on_post_is_not_retried(sleeps: list[float]) -> None:
    script = Script(httpx.RemoteProtocolError("server disconnected"), ok())
    with pytest.raises(expanse_api.APIConnectionError):
        client_for(script).billing.topup.create(team_id="t1", amount=10)
    assert len(script.requests) == 1 and sleeps == []
    script = Script(httpx.ConnectError("refused"), ok())
    with pytest.raises(expanse_api.APIConnectionError):
        client_for(script).billing.invoices.pay("inv_1")
    assert len(script.requests) == 1 and sleeps == []


def test_a_timeout_on_get_is_retried_then_raised(sleeps: list[float]) -> None:
    script = Script(httpx.ReadTimeout("slow"))
    with pytest.raises(expanse_api.APITimeoutError):
        client_for(script, max_retries=1).zones.retrieve("z1")
    assert len(script.requests) == 2 and len(sleeps) == 1


@pytest.mark.anyio
async def test_the_async_client_retries_by_the_same_rules(sleeps: list[float]) -> None:
    script = Script(error(500), ok())
    client = async_client_for(script)
    assert await client.zones.retrieve("z1") == {"ok": True}
    assert len(sleeps) == 1
    script = Script(error(500), ok())
    with pytest.raises(expanse_api.InternalServerError):
        await async_client_for(script).billing.invoices.pay("inv_1")
    assert len(script.requests) == 1
    script = Script(error(429, **{"retry-after": "1.5"}), ok())
    assert await async_client_for(script).billing.invoices.pay("inv_1") == {"ok": True}
    assert sleeps[-1] == 1.5


def test_per_call_timeout_reaches_httpx() -> None:
    script = Script(ok())
    client = client_for(script)
    client.zones.retrieve("z1", timeout=3.0)
    client.zones.retrieve("z1")
    assert script.requests[0].extensions["timeout"]["read"] == 3.0
    assert script.requests[1].extensions["timeout"]["read"] == 60.0


def test_extra_headers_are_sent_with_one_call() -> None:
    script = Script(ok())
    client = client_for(script)
    client.zones.retrieve("z1", extra_headers={"X-Request-Id": "r-1"})
    client.zones.retrieve("z1")
    assert script.requests[0].headers["x-request-id"] == "r-1"
    assert "x-request-id" not in script.requests[1].headers
    assert script.requests[0].headers["authorization"] == f"Bearer {KEY}"


# --------------------------------------------------------------------------- paths


@pytest.mark.parametrize(
    ("value", "raw_segment"),
    [
        ("a/b", b"a%2Fb"),
        ("x y?z#w", b"x%20y%3Fz%23w"),
        ("ü", b"%C3%BC"),
        ("%2F", b"%252F"),
        ("a..b", b"a..b"),
        ("...", b"..."),
    ],
)
def test_path_parameters_are_encoded_as_one_segment(value: str, raw_segment: bytes) -> None:
    script = Script(ok())
    client_for(script).zones.records.lock.retrieve(value)
    assert script.requests[0].url.raw_path == b"/api/zones/" + raw_segment + b"/records/lock"


@pytest.mark.parametrize(
    "value",
    [
        "",
        ".",
        "..",
        "%2e",
        "%2E%2E",
        "%2e.",
        "%252e%252E",
        "../x",
        "a/../b",
        "..\\",
        "%2e%2e%2f",
        "x/.",
    ],
)
def test_path_parameters_that_would_change_the_route_are_refused(value: str) -> None:
    script = Script(ok())
    client = client_for(script)
    with pytest.raises(expanse_api.RequestValidationError, match="rule_id") as refused:
        client.services.alert_rules.update("svc_1", value, enabled=False)
    assert refused.value.errors[0]["loc"] == ("rule_id",)
    with pytest.raises(ValueError):
        client.zones.retrieve(value)
    assert script.requests == []


@pytest.mark.parametrize(
    "key", ["sk_live_abc\n", "sk_live_abc\r\nX-Injected: 1", "sk_live abc", "sk_live_\x00"]
)
def test_a_key_httpx_would_quote_in_an_error_is_refused_without_echoing_it(key: str) -> None:
    with pytest.raises(expanse_api.ExpanseError) as refused:
        expanse_api.Expanse(api_key=key)
    assert "whitespace or control characters" in str(refused.value)
    assert "abc" not in str(refused.value) and "abc" not in repr(refused.value)


def test_a_redirect_where_content_is_documented_is_an_error_not_an_empty_success() -> None:
    moved = httpx.Response(302, headers={"location": "https://elsewhere.example/x"})
    with pytest.raises(expanse_api.APIError, match=r"unexpected 302 redirect .* \(not followed\)"):
        client_for(Script(moved)).zones.list(team_id="t_1")
    with pytest.raises(expanse_api.APIError, match="unexpected 302 redirect"):
        client_for(Script(moved)).billing.invoices.download.retrieve("inv_1")


def test_a_body_that_cannot_be_decoded_is_an_expanse_error() -> None:
    garbled = httpx.Response(
        200, stream=httpx.ByteStream(b"not gzip"), headers={"content-encoding": "gzip"}
    )
    with pytest.raises(expanse_api.APIError):
        client_for(Script(garbled)).zones.list(team_id="t_1")


def test_a_stream_that_cannot_seek_is_sent_whole_on_a_retry(sleeps: list[float]) -> None:
    class OneShot(io.RawIOBase):
        """A pipe-like stream: readable once, no seeking."""

        def __init__(self, data: bytes) -> None:
            self.data = data

        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

        def readinto(self, buffer: Any) -> int:
            size = min(len(buffer), len(self.data))
            buffer[:size], self.data = self.data[:size], self.data[size:]
            return size

    script = Script(error(429, **{"retry-after": "0"}), ok())
    client = client_for(script)
    client.tickets.messages.create(
        "t_1", content="log", files=[("a.log", io.BufferedReader(OneShot(b"line 1\n")))]
    )
    assert len(script.requests) == 2
    assert [request.content.count(b"line 1") for request in script.requests] == [1, 1]


# --------------------------------------------------------------------------- requests and results


def test_none_query_parameters_are_left_out() -> None:
    script = Script(ok())
    client_for(script).services.list(team_id="t1", service_type=None)
    client_for(script).zones.records.propagation.retrieve(
        "z1", name="www", type="A", expected_content=None
    )
    assert dict(script.requests[0].url.params) == {"team_id": "t1"}
    assert dict(script.requests[1].url.params) == {"name": "www", "type": "A"}


def test_unset_body_fields_are_not_sent_and_json_names_are_used() -> None:
    script = Script(ok())
    client = client_for(script)
    client.teams.ssh_keys.create("team_1", name="laptop", public_key="ssh-ed25519 AAAA")
    client.services.alert_rules.update("svc_1", "rule_1", enabled=False)
    client.zones.create(
        team_id="t1", zone_name="example.com", records=[{"name": "@", "type": "A", "content": "x"}]
    )
    bodies = [httpx.Response(200, content=r.content).json() for r in script.requests]
    assert bodies == [
        {"name": "laptop", "publicKey": "ssh-ed25519 AAAA"},
        {"enabled": False},
        {
            "team_id": "t1",
            "zone_name": "example.com",
            "records": [{"name": "@", "type": "A", "content": "x"}],
        },
    ]


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.tickets.rate("t1", rating=9),  # the page states 1-5
        lambda c: c.services.cancel("svc_1", when="tomorrow"),  # the page states the options
        lambda c: c.zones.import_("z1", format=None, content="@ A"),  # "(format, content, dryRun?)"
        lambda c: c.tickets.rate("t1", rating=0),
    ],
)
def test_invalid_bodies_raise_locally_and_send_nothing(call: Callable[[Any], Any]) -> None:
    """Only what the page states is checked before sending: field names, stated enums,
    bounds and requiredness."""
    script = Script(ok())
    with pytest.raises(expanse_api.RequestValidationError) as raised:
        call(client_for(script))
    assert script.requests == []
    assert isinstance(raised.value, ValueError)
    assert raised.value.errors and "hunter2" not in f"{raised.value} {raised.value.errors!r}"


def test_the_redirect_is_returned_not_followed() -> None:
    script = Script(httpx.Response(302, headers={"location": "https://billing.stripe.com/p/s_1"}))
    assert client_for(script).billing.portal.retrieve(team_id="t1") == (
        "https://billing.stripe.com/p/s_1"
    )
    assert len(script.requests) == 1
    relative = Script(httpx.Response(302, headers={"location": "/portal/s_2"}))
    assert client_for(relative).billing.portal.retrieve(team_id="t1") == (
        "https://panel.expanse.host/portal/s_2"
    )


def test_a_redirect_operation_without_a_redirect_is_an_api_error() -> None:
    with pytest.raises(expanse_api.APIError, match="expected a redirect"):
        client_for(Script(ok())).billing.portal.retrieve(team_id="t1")


@pytest.mark.parametrize(
    ("call", "sent"),
    [
        # A type (ttl is assumed to be an integer).
        (
            lambda c: c.zones.records.create("z1", name="www", type="A", content="x", ttl="1h"),
            {"name": "www", "type": "A", "content": "x", "ttl": "1h"},
        ),
        # A format (email is assumed to be one).
        (
            lambda c: c.teams.members.create("t1", email="ops at example", role="admin"),
            {"email": "ops at example", "role": "admin"},
        ),
        # A nested shape and its requiredness (records' members are assumed).
        (
            lambda c: c.zones.create(team_id="t1", zone_name="z", records=[{"name": "@"}]),
            {"team_id": "t1", "zone_name": "z", "records": [{"name": "@"}]},
        ),
        # Requiredness the page leaves open: nothing of a create-zone body is required.
        (lambda c: c.zones.create(zone_name="z"), {"zone_name": "z"}),
        (lambda c: c.tickets.credentials.create("t1", is_sensitive="yes"), {"isSensitive": "yes"}),
    ],
)
def test_assumed_facts_never_block_the_call(call: Callable[[Any], Any], sent: Any) -> None:
    script = Script(ok())
    call(client_for(script))
    assert [json.loads(request.content) for request in script.requests] == [sent]


def test_downloads_return_text_or_bytes_and_their_content_type() -> None:
    html = httpx.Response(
        200, content=b"<html>inv \xe2\x82\xac</html>", headers={"content-type": "text/html"}
    )
    invoice = client_for(Script(html)).billing.invoices.download.retrieve("inv_1")
    assert invoice == "<html>inv \u20ac</html>"  # "print-optimized HTML": text, not bytes
    bare = httpx.Response(200, content=b"\x00\x01")
    attachment = client_for(Script(bare)).tickets.attachments.retrieve("att_1")
    assert attachment.content == b"\x00\x01"


# --------------------------------------------------------------------------- the key stays secret


def every_error(client: Any) -> Iterator[BaseException]:
    for status in (400, 401, 403, 404, 409, 422, 429, 500, 418):
        client_with = client_for(Script(error(status, **{"retry-after": "1"})), max_retries=1)
        try:
            client_with.zones.records.create("z1", name="www", type="A", content="x")
        except expanse_api.ExpanseError as failure:
            yield failure
    for failure in (httpx.ConnectError("refused"), httpx.ReadTimeout("slow")):
        try:
            client_for(Script(failure), max_retries=1).zones.retrieve("z1")
        except expanse_api.ExpanseError as caught:
            yield caught
    try:
        client.tickets.rate("t1", rating=0)
    except expanse_api.ExpanseError as invalid:
        yield invalid
    try:
        client.zones.retrieve("..")
    except expanse_api.ExpanseError as refused:
        yield refused
    try:
        client_for(Script(ok())).billing.portal.retrieve(team_id="t1")
    except expanse_api.ExpanseError as not_redirected:
        yield not_redirected


def test_the_key_appears_in_no_repr_message_or_log(
    caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.DEBUG)
    client = client_for(Script(ok()))
    client.zones.retrieve("z1")
    failures = list(every_error(client))
    assert {type(failure).__name__ for failure in failures} == {
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "APIStatusError",
        "APIConnectionError",
        "APITimeoutError",
        "RequestValidationError",
        "APIResponseValidationError",
    }
    texts = [repr(client), str(client), repr(client.with_options(timeout=1.0))]
    texts += [repr(client._auth), repr(expanse_api.AsyncExpanse(api_key=KEY))]
    texts += [repr(failure) for failure in failures] + [str(failure) for failure in failures]
    texts += [repr(vars(failure)) for failure in failures]
    texts += [record.getMessage() for record in caplog.records]
    texts += [logging.Formatter().format(record) for record in caplog.records]
    assert caplog.records, "the retries above should have been logged"
    assert [text for text in texts if KEY in text] == []
    assert "Zq8Secret" not in "".join(texts)

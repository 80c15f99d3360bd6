"""The generated client's escape hatches and sharp edges, on httpx.MockTransport, sync and async:
per-call options and the refusal of unknown keywords, raw and streamed responses (a 50 MB
download with flat memory), the retry headers, errors that stay in the hierarchy, keys redacted
from echoed bodies, and the frictions: headers per request, logging, plain http by consent,
and the body models warmed when the async client is made."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.model import Operation
from tests import test_client_behaviour, typecheck
from tests.conftest import ROOT
from tests.test_client_behaviour import (
    KEY,
    Script,
    async_client_for,
    client_for,
    error,
    expanse_api,
    ok,
)
from tests.test_client_operations import OPERATIONS, Recorder, call_arguments, respond

sleeps = test_client_behaviour.sleeps  # the fixture: waits recorded instead of slept

IDS = sorted(OPERATIONS)
BOGUS = "definitely_not_an_option"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def method_of(client: Any, op: Operation) -> Any:
    return functools.reduce(getattr, op.attribute.split("."), client)


def sent_json(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


# --------------------------------------------------------------------------- 1. per-call options


def test_a_misspelt_keyword_is_a_type_error_naming_the_closest_name_and_nothing_is_sent() -> None:
    script = Script(ok())
    client = client_for(script)
    with pytest.raises(TypeError) as raised:
        client.zones.records.create("z", name="www", type="A", content="x", tll=300)
    assert str(raised.value) == (
        "zones.records.create() got an unexpected keyword argument 'tll'; did you mean 'ttl'?"
    )
    with pytest.raises(TypeError, match="'extra_header'; did you mean 'extra_headers'"):
        client.zones.list(team_id="t1", extra_header={"X-A": "1"})
    with pytest.raises(TypeError, match=r"'colour'$"):
        client.zones.list(team_id="t1", colour="blue")
    assert script.requests == []


@pytest.mark.parametrize("operation_id", IDS)
def test_every_operation_refuses_an_unknown_keyword_sync_and_async(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    recorder = Recorder(op)
    positional, keywords = call_arguments(op)
    with pytest.raises(TypeError, match=f"{op.attribute}\\(\\) got an unexpected .* '{BOGUS}'"):
        method_of(client_for(recorder), op)(*positional, **keywords, **{BOGUS: 1})

    async def call_async() -> None:
        client = async_client_for(recorder)
        await method_of(client, op)(*positional, **keywords, **{BOGUS: 1})

    import anyio

    with pytest.raises(TypeError, match=BOGUS):
        anyio.run(call_async)
    assert recorder.requests == []


def test_extra_query_and_extra_body_are_merged_into_what_is_sent() -> None:
    script = Script(ok())
    client = client_for(script)
    client.zones.records.create(
        "z1",
        name="www",
        type="A",
        content="192.0.2.1",
        extra_body={"comment": "web", "ttl": 60},
        extra_query={"dry_run": "true", "skip": None},
    )
    request = script.requests[0]
    assert sent_json(request) == {
        "name": "www",
        "type": "A",
        "content": "192.0.2.1",
        "comment": "web",
        "ttl": 60,
    }
    assert dict(request.url.params) == {"dry_run": "true"}
    client.services.list(team_id="t1", extra_query={"team_id": "t2", "page": 2})
    assert dict(script.requests[1].url.params) == {"team_id": "t2", "page": "2"}


def test_extra_body_is_the_body_of_a_write_that_documents_none() -> None:
    script = Script(ok())
    client = client_for(script)
    client.billing.invoices.pay("inv_1", extra_body={"method": "card", "amount": 12.5})
    client.billing.invoices.pay("inv_1")
    with_body, without = script.requests
    assert sent_json(with_body) == {"method": "card", "amount": 12.5}
    assert with_body.headers["content-type"] == "application/json"
    assert without.content == b""


def test_extra_body_with_files_goes_as_form_fields() -> None:
    script = Script(ok())
    client_for(script).tickets.messages.create(
        "t_1", content="log", files=[("a.log", b"line 1\n")], extra_body={"tag": "ops", "n": 2}
    )
    content = script.requests[0].content
    assert b'name="tag"\r\n\r\nops' in content and b'name="n"\r\n\r\n2' in content
    assert b'name="content"\r\n\r\nlog' in content


@pytest.mark.anyio
async def test_the_async_client_takes_the_same_options() -> None:
    script = Script(ok())
    client = async_client_for(script)
    await client.billing.invoices.pay(
        "inv_1",
        extra_body={"method": "card"},
        extra_query={"q": "1"},
        extra_headers={"X-Trace": "t"},
        timeout=5.0,
        max_retries=0,
    )
    request = script.requests[0]
    assert sent_json(request) == {"method": "card"}
    assert dict(request.url.params) == {"q": "1"}
    assert request.headers["x-trace"] == "t"
    assert request.extensions["timeout"]["read"] == 5.0
    with pytest.raises(TypeError, match="did you mean 'rating'"):
        await client.tickets.rate("t1", rating=5, ratng=5)


# --------------------------------------------------------------------------- 2. raw and streamed


def response_headers() -> dict[str, str]:
    return {"x-request-id": "req_42", "x-ratelimit-remaining": "99"}


@pytest.mark.parametrize("operation_id", IDS)
def test_raw_parse_is_what_the_plain_call_returns_for_every_operation(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    recorder = Recorder(op)
    client = client_for(recorder)
    positional, keywords = call_arguments(op)
    plain = method_of(client, op)(*positional, **keywords)
    raw = method_of(client.with_raw_response, op)(*positional, **keywords)
    assert raw.parse() == plain
    assert type(raw.parse()) is type(plain)
    assert raw.status_code == respond(op, recorder.requests[-1]).status_code
    assert raw.http_request is recorder.requests[-1]
    assert raw.http_request.method == op.method
    with method_of(client.with_streaming_response, op)(*positional, **keywords) as streamed:
        assert streamed.status_code == raw.status_code
        assert streamed.parse() == plain
    assert len(recorder.requests) == 3


@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", IDS)
async def test_async_raw_and_streamed_parse_as_the_plain_call(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    recorder = Recorder(op)
    client = async_client_for(recorder)
    positional, keywords = call_arguments(op)
    plain = await method_of(client, op)(*positional, **keywords)
    raw = await method_of(client.with_raw_response, op)(*positional, **keywords)
    assert raw.parse() == plain
    async with method_of(client.with_streaming_response, op)(*positional, **keywords) as streamed:
        assert await streamed.parse() == plain
    assert len(recorder.requests) == 3


def test_the_raw_response_shows_headers_status_and_the_request_sent() -> None:
    script = Script(httpx.Response(200, json={"zones": []}, headers=response_headers()))
    client = client_for(script)
    response = client.with_raw_response.zones.list(team_id="t1", extra_headers={"X-A": "1"})
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "req_42"
    assert response.http_request.url.params["team_id"] == "t1"
    assert response.http_request.headers["x-a"] == "1"
    assert response.json() == {"zones": []} and response.content == b'{"zones":[]}'
    assert KEY not in repr(response) and "GET /api/zones" in repr(response)
    assert response.parse() == client.zones.list(team_id="t1")


def test_raw_calls_raise_the_same_errors_after_the_same_retries(sleeps: list[float]) -> None:
    script = Script(error(503), error(404, {"error": "no zone"}))
    client = client_for(script)
    with pytest.raises(expanse_api.NotFoundError) as raised:
        client.with_raw_response.zones.retrieve("z1")
    assert raised.value.body == {"error": "no zone"} and len(sleeps) == 1
    script = Script(error(500), ok())
    with pytest.raises(expanse_api.InternalServerError):
        client_for(script).with_streaming_response.billing.invoices.pay("inv_1").__enter__()
    assert len(script.requests) == 1


def test_a_streamed_error_reads_its_body_for_the_error() -> None:
    chunks = [b'{"error": ', b'"gone"}']
    script = Script(httpx.Response(410, content=iter(chunks)))
    client = client_for(script, max_retries=0)
    download = client.with_streaming_response.tickets.attachments.retrieve("att_1")
    with pytest.raises(expanse_api.APIStatusError) as raised, download:
        pass
    assert raised.value.body == {"error": "gone"} and raised.value.status_code == 410


MEGABYTE = 1024 * 1024
DOWNLOAD_SIZE = 50 * MEGABYTE


def fifty_megabytes() -> Iterator[bytes]:
    chunk = b"x" * (256 * 1024)
    for _ in range(DOWNLOAD_SIZE // len(chunk)):
        yield chunk


def test_a_50_mb_download_streams_to_a_file_with_flat_memory(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/octet-stream"}
        return httpx.Response(200, content=fifty_megabytes(), headers=headers)

    client = client_for(handler)
    target = tmp_path / "attachment.bin"
    tracemalloc.start()
    try:
        with client.with_streaming_response.tickets.attachments.retrieve("att_1") as response:
            assert response.headers["content-type"] == "application/octet-stream"
            response.write_to_file(target)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert target.stat().st_size == DOWNLOAD_SIZE
    assert peak < 4 * MEGABYTE, f"peak {peak / MEGABYTE:.1f} MB while streaming 50 MB"
    assert response.http_response.is_closed


def test_iter_bytes_and_iter_lines_read_as_they_go() -> None:
    lines = [b"first line\n", b"second ", b"line\nthird\n"]
    client = client_for(lambda request: httpx.Response(200, content=iter(lines)))
    with client.with_streaming_response.billing.invoices.download.retrieve("inv_1") as response:
        assert list(response.iter_lines()) == ["first line", "second line", "third"]
    with client.with_streaming_response.billing.invoices.download.retrieve("inv_1") as response:
        assert b"".join(response.iter_bytes()) == b"".join(lines)
    assert response.http_response.is_closed


@pytest.mark.anyio
async def test_the_async_stream_downloads_50_mb_with_flat_memory(tmp_path: Path) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for chunk in fifty_megabytes():
            yield chunk

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=chunks())

    client = async_client_for(handler)
    target = tmp_path / "invoice.html"
    tracemalloc.start()
    try:
        download = client.with_streaming_response.billing.invoices.download.retrieve("inv_1")
        async with download as response:
            await response.write_to_file(target)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert target.stat().st_size == DOWNLOAD_SIZE
    assert peak < 4 * MEGABYTE
    async with client.with_streaming_response.billing.invoices.download.retrieve("i") as again:
        count = 0
        async for line in again.iter_lines():
            count += len(line)
        assert count == DOWNLOAD_SIZE
    assert again.http_response.is_closed


def test_the_wrappers_are_typed_for_mypy() -> None:
    """tests/fixtures/client_wrappers.py, checked with the shipped client in one mypy run."""
    result = typecheck.shipped_client_mypy()
    assert result.returncode == 1, result.output
    errors = result.errors()
    assert len(errors) == 1 and errors == result.errors_in("client_wrappers.py"), result.output
    assert 'Unexpected keyword argument "tll"' in errors[0], result.output
    assert 'Revealed type is "expanse_api.responses.BillingInvoiceListResponse"' in result.output


# --------------------------------------------------------------------------- 3. retries


def test_retry_after_ms_wins_over_retry_after(sleeps: list[float]) -> None:
    script = Script(error(429, **{"retry-after-ms": "250", "retry-after": "30"}), ok())
    client_for(script).billing.invoices.pay("inv_1")
    assert sleeps == [0.25] and len(script.requests) == 2
    script = Script(error(429, **{"retry-after-ms": "soon", "retry-after": "2"}), ok())
    client_for(script).billing.invoices.pay("inv_1")
    assert sleeps[-1] == 2.0


def test_retry_after_applies_to_a_retried_5xx_too(sleeps: list[float]) -> None:
    script = Script(error(503, **{"retry-after": "3"}), ok())
    client_for(script).zones.retrieve("z1")
    assert sleeps == [3.0]


@pytest.mark.parametrize("status", [408, 409])
def test_408_and_409_are_retried_on_idempotent_methods_only(
    status: int, sleeps: list[float]
) -> None:
    script = Script(error(status), ok())
    assert client_for(script).zones.retrieve("z1") == {"ok": True}
    assert len(script.requests) == 2
    script = Script(error(status), ok())
    with pytest.raises(expanse_api.APIStatusError) as raised:
        client_for(script).zones.records.create("z1", name="www", type="A", content="x")
    assert raised.value.status_code == status and len(script.requests) == 1


def test_x_should_retry_true_retries_even_a_post(sleeps: list[float]) -> None:
    script = Script(error(500, **{"x-should-retry": "true"}), ok({"paid": True}))
    assert client_for(script).billing.invoices.pay("inv_1") == {"paid": True}
    assert len(script.requests) == 2
    script = Script(error(400, **{"x-should-retry": "true"}), ok())
    assert client_for(script).zones.retrieve("z1") == {"ok": True}


def test_x_should_retry_false_stops_any_retry(sleeps: list[float]) -> None:
    for answer in (
        error(503, **{"x-should-retry": "false"}),
        error(429, **{"x-should-retry": "false"}),
    ):
        script = Script(answer, ok())
        with pytest.raises(expanse_api.APIStatusError):
            client_for(script).zones.retrieve("z1")
        assert len(script.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("header", ["0", "-5", "0.0"])
def test_a_zero_or_negative_retry_after_falls_back_to_backoff(
    header: str, sleeps: list[float]
) -> None:
    script = Script(error(429, **{"retry-after": header}), ok())
    client_for(script).zones.list(team_id="t1")
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5


def test_post_is_still_not_repeated_after_it_may_have_reached_the_server(
    sleeps: list[float],
) -> None:
    for answer in (error(500), error(502), error(408), error(409), httpx.ReadTimeout("slow")):
        script = Script(answer, ok())
        with pytest.raises(expanse_api.APIError):
            client_for(script).billing.topup.create(team_id="t1", amount=10)
        assert len(script.requests) == 1
    assert sleeps == []


@pytest.mark.anyio
async def test_the_async_client_reads_the_same_retry_headers(sleeps: list[float]) -> None:
    script = Script(error(500, **{"x-should-retry": "true", "retry-after-ms": "20"}), ok())
    assert await async_client_for(script).billing.invoices.pay("inv_1") == {"ok": True}
    assert sleeps == [0.02]


# --------------------------------------------------------------------------- 4. errors


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200),
        httpx.Response(200, text="<html>maintenance</html>"),
        httpx.Response(204),
    ],
    ids=["empty", "html", "no-content"],
)
def test_a_success_without_the_documented_json_is_a_response_validation_error(
    answer: httpx.Response,
) -> None:
    client = client_for(Script(answer))
    with pytest.raises(expanse_api.APIResponseValidationError) as raised:
        client.zones.retrieve("z1")
    assert isinstance(raised.value, expanse_api.APIError)
    assert raised.value.response.status_code == answer.status_code
    assert raised.value.status_code == answer.status_code
    assert "expected JSON from GET /api/zones/{zoneId}" in str(raised.value)
    with pytest.raises(expanse_api.APIResponseValidationError):
        client.with_raw_response.zones.retrieve("z1").parse()


@pytest.mark.parametrize("timeout", [-1, -0.5, httpx.Timeout(5.0, read=-1.0), "soon", float("nan")])
def test_an_invalid_timeout_is_a_request_validation_error(timeout: Any) -> None:
    script = Script(ok())
    with pytest.raises(expanse_api.RequestValidationError, match="timeout"):
        client_for(script).zones.retrieve("z1", timeout=timeout)
    with pytest.raises(expanse_api.ExpanseError, match="timeout"):
        client_for(script, timeout=timeout)
    assert script.requests == []


def test_an_invalid_max_retries_for_one_call_is_refused() -> None:
    with pytest.raises(expanse_api.RequestValidationError, match="max_retries"):
        client_for(Script(ok())).zones.retrieve("z1", max_retries=-1)


@pytest.mark.parametrize("timeout", [0, 0.0, httpx.Timeout(0), httpx.Timeout(5.0, connect=0)])
def test_a_zero_timeout_is_a_timeout_error(timeout: Any) -> None:
    script = Script(ok())
    with pytest.raises(expanse_api.APITimeoutError):
        client_for(script).zones.retrieve("z1", timeout=timeout)
    with pytest.raises(expanse_api.APITimeoutError):
        client_for(script, timeout=timeout).zones.retrieve("z1")
    assert script.requests == []


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Name": "Zoë"},
        {"X-Split": "a\r\nInjected: 1"},
        {"Bad Name": "secret-value"},
        {"X-Null": "\x00"},
    ],
)
def test_a_header_httpx_would_refuse_is_a_request_validation_error(headers: dict[str, str]) -> None:
    script = Script(ok())
    with pytest.raises(expanse_api.RequestValidationError) as raised:
        client_for(script).zones.retrieve("z1", extra_headers=headers)
    value = next(iter(headers.values()))
    assert value not in str(raised.value)
    with pytest.raises(expanse_api.ExpanseError, match="default_headers"):
        client_for(script, default_headers=headers)
    assert script.requests == []


def test_an_id_too_long_for_a_url_is_a_request_validation_error() -> None:
    script = Script(ok())
    client = client_for(script)
    with pytest.raises(expanse_api.RequestValidationError, match="too long"):
        client.zones.retrieve("z" * 70_000)
    with pytest.raises(expanse_api.RequestValidationError, match="too long"):
        client.zones.list(team_id="t" * 70_000)
    assert script.requests == []


@pytest.mark.parametrize("value", [42, None, b"z1", ["z1"]])
def test_an_id_that_is_not_a_string_is_a_request_validation_error(value: Any) -> None:
    script = Script(ok())
    with pytest.raises(expanse_api.RequestValidationError, match="zone_id must be a string"):
        client_for(script).zones.retrieve(value)
    assert script.requests == []


@pytest.mark.parametrize("extra", [{"amount": float("nan")}, {"when": object()}])
def test_an_extra_body_json_cannot_hold_is_a_request_validation_error(
    extra: dict[str, Any],
) -> None:
    script = Script(ok())
    with pytest.raises(expanse_api.RequestValidationError, match="cannot be encoded"):
        client_for(script).billing.invoices.pay("inv_1", extra_body=extra)
    with pytest.raises(expanse_api.RequestValidationError, match="cannot be encoded"):
        client_for(script).tickets.messages.create(
            "t_1", content="log", files=[b"x"], extra_body=extra
        )
    assert script.requests == []


def test_connection_errors_carry_the_request() -> None:
    client = client_for(Script(httpx.ConnectError("refused")), max_retries=0)
    with pytest.raises(expanse_api.APIConnectionError) as raised:
        client.zones.retrieve("z1")
    assert raised.value.request is not None
    assert raised.value.request.url.path == "/api/zones/z1"
    client = client_for(Script(error(404)), max_retries=0)
    with pytest.raises(expanse_api.NotFoundError) as not_found:
        client.zones.retrieve("z1")
    assert not_found.value.request is not_found.value.response.request


# --------------------------------------------------------------------------- 5. echoed keys

ECHOES = [
    {"error": f"invalid key Bearer {KEY}"},
    {"error": "nope", "details": [{"key": KEY, KEY: "as a name"}]},
    {"message": f"key {KEY.removeprefix('sk_')} unknown"},
]


@pytest.mark.parametrize("body", ECHOES)
@pytest.mark.parametrize("status", [400, 401, 403, 429, 500])
def test_a_key_echoed_in_a_json_error_body_is_redacted(
    body: dict[str, Any], status: int, sleeps: list[float]
) -> None:
    client = client_for(Script(error(status, body)), max_retries=0)
    with pytest.raises(expanse_api.APIStatusError) as raised:
        client.zones.list(team_id="t1")
    failure = raised.value
    shown = [str(failure), repr(failure), repr(failure.body), repr(vars(failure))]
    assert not [text for text in shown if "Zq8Secret" in text]
    assert "[redacted]" in repr(failure.body)


def test_a_key_echoed_in_a_text_error_body_is_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    answer = httpx.Response(401, text=f"Unauthorized: Authorization: Bearer {KEY}")
    client = client_for(Script(answer), max_retries=0)
    with pytest.raises(expanse_api.AuthenticationError) as raised:
        client.zones.list(team_id="t1")
    assert raised.value.body == "Unauthorized: Authorization: Bearer [redacted]"
    assert "Zq8Secret" not in str(raised.value)
    assert "Zq8Secret" not in caplog.text


def test_a_short_key_tail_is_not_redacted_from_ordinary_words() -> None:
    client = expanse_api.Expanse(
        api_key="sk_a",
        http_client=httpx.Client(
            transport=httpx.MockTransport(Script(error(400, {"error": "a bad sk_a"})))
        ),
        max_retries=0,
    )
    with pytest.raises(expanse_api.BadRequestError) as raised:
        client.zones.list(team_id="t1")
    assert raised.value.body == {"error": "a bad [redacted]"}


# --------------------------------------------------------------------------- 6. frictions


@pytest.mark.parametrize("base_url", ["http://mock:4010", "http://10.0.0.5:3000"])
def test_plain_http_to_another_host_needs_allow_insecure_http(base_url: str) -> None:
    with pytest.raises(expanse_api.ExpanseError, match="allow_insecure_http"):
        expanse_api.Expanse(api_key=KEY, base_url=base_url)
    script = Script(ok())
    http = httpx.Client(transport=httpx.MockTransport(script))
    client = expanse_api.Expanse(
        api_key=KEY, base_url=base_url, allow_insecure_http=True, http_client=http
    )
    client.with_options(timeout=3.0).zones.retrieve("z1")
    assert str(script.requests[0].url) == f"{base_url}/api/zones/z1"
    with pytest.raises(expanse_api.ExpanseError, match="http"):
        expanse_api.AsyncExpanse(api_key=KEY, base_url="ftp://mock", allow_insecure_http=True)


LOGGED = """
import httpx
from expanse_api import Expanse

def answer(request):
    if request.url.path.endswith("/pay"):
        return httpx.Response(429, json={"error": "slow down"}, headers={"retry-after-ms": "1"})
    return httpx.Response(200, json={"zones": []})

client = Expanse(api_key=%r, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
client.zones.list(team_id="t1", extra_headers={"X-Secret-Header": "hidden-value"})
try:
    client.billing.invoices.pay("inv_1", max_retries=1)
except Exception as error:
    print(type(error).__name__)
"""


@pytest.mark.parametrize("level", ["info", "debug", "DEBUG"])
def test_expanse_log_prints_method_path_status_and_time_never_headers(level: str) -> None:
    env = typecheck.python_env(PYTHONPATH=str(ROOT / "generated" / "python"), EXPANSE_LOG=level)
    result = subprocess.run(
        [sys.executable, "-c", LOGGED % KEY], env=env, capture_output=True, text=True, check=True
    )
    lines = result.stderr.splitlines()
    assert result.stdout.strip() == "RateLimitError"
    assert re.search(r"expanse_api INFO GET /api/zones -> 200 in [\d.]+ ms$", lines[0])
    assert [line for line in lines if "POST /api/billing/invoices/inv_1/pay -> 429" in line]
    assert [line for line in lines if "retrying POST" in line]
    assert KEY not in result.stderr and "hidden-value" not in result.stderr
    assert "team_id" not in result.stderr


def test_without_expanse_log_nothing_is_printed() -> None:
    env = typecheck.python_env(PYTHONPATH=str(ROOT / "generated" / "python"))
    env.pop("EXPANSE_LOG", None)
    result = subprocess.run(
        [sys.executable, "-c", LOGGED % KEY], env=env, capture_output=True, text=True, check=True
    )
    assert result.stderr == ""


WARMED = """
import json, sys
import expanse_api
expanse_api.Expanse(api_key="sk_test")
sync_made = "expanse_api.bodies" in sys.modules
expanse_api.AsyncExpanse(api_key="sk_test")
print(json.dumps([sync_made, "expanse_api.bodies" in sys.modules, "pydantic" in sys.modules]))
"""


def test_the_async_client_loads_the_body_models_when_made_and_the_sync_one_does_not() -> None:
    env = typecheck.python_env(PYTHONPATH=str(ROOT / "generated" / "python"))
    result = subprocess.run(
        [sys.executable, "-c", WARMED], env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == [False, True, True]

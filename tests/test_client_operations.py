"""Every operation of the route model through the generated client, sync and async, on an
httpx.MockTransport: the method, path, query and body (JSON or multipart) it sends, and what it
returns for JSON, binary and redirect responses. Expected requests are derived from the model
here, independently of the generator's code."""

from __future__ import annotations

import functools
import importlib
import inspect
import sys
from collections.abc import Callable
from email import policy
from email.parser import BytesParser
from typing import Any

import httpx
import pytest

from generator.model import Operation, ValueType
from tests.conftest import ROOT, shipped

CLIENT_ROOT = str(ROOT / "generated" / "python")
if CLIENT_ROOT not in sys.path:
    sys.path.insert(0, CLIENT_ROOT)
expanse_api = importlib.import_module("expanse_api")

API = shipped().api
OPERATIONS = {op.operation_id: op for op in API.operations}
KEY = "sk_test_operations"
REDIRECT_TO = "https://billing.stripe.example/session/p_1"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --------------------------------------------------------------------------- dummy arguments


def dummy(value: ValueType) -> Any:
    """A valid value of a type, as a caller would pass it."""
    if value.enum:
        return value.enum[-1]
    if value.type == "string":
        return "v 1/ü"
    if value.type == "integer":
        return int(value.minimum) if value.minimum is not None else 7
    if value.type == "number":
        return 2.5
    if value.type == "boolean":
        return True
    if value.type == "array":
        return [dummy(value.items)] if value.items else ["any"]
    if value.type == "object":
        if value.properties:
            return {prop.name: dummy(prop.type) for prop in value.properties}
        return {"key": "value"}
    return "anything"


def query_text(value: Any) -> str:
    """How a query value travels (httpx writes booleans in lower case)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def call_arguments(op: Operation) -> tuple[list[str], dict[str, Any]]:
    positional = [f"p_{index}" for index, _ in enumerate(op.path_params, start=1)]
    keywords = {param.python_name: dummy(param.type) for param in op.query_params}
    if op.body is not None and op.body.is_open:
        keywords["body"] = OPEN_BODY
    elif op.body is not None:
        keywords |= {prop.python_name: dummy(prop.type) for prop in op.body.type.properties}
    return positional, keywords


# What a caller sends as an open body (the page documents no schema): any JSON object.
OPEN_BODY = {"nameservers": ["ns1.example.com"], "nested": {"any": [1, None]}}


def expected_path(op: Operation) -> str:
    path = op.path
    for index, param in enumerate(op.path_params, start=1):
        path = path.replace(f"{{{param.name}}}", f"p_{index}")
    return path


def expected_query(op: Operation) -> dict[str, str]:
    return {param.name: query_text(dummy(param.type)) for param in op.query_params}


def expected_body(op: Operation) -> dict[str, Any] | None:
    if op.body is None:
        return None
    if op.body.is_open:
        return OPEN_BODY
    return {prop.name: dummy(prop.type) for prop in op.body.type.properties}


# --------------------------------------------------------------------------- the fake API


def respond(op: Operation, request: httpx.Request) -> httpx.Response:
    if op.response.kind == "text":
        return httpx.Response(
            200, text="<p>text</p>", headers={"content-type": f"{op.response.content_type}"}
        )
    if op.response.kind == "binary":
        content_type = op.response.content_type or "application/octet-stream"
        return httpx.Response(
            200, content=b"%PDF-1.7 bytes", headers={"content-type": content_type}
        )
    if op.response.kind == "redirect":
        return httpx.Response(302, headers={"location": REDIRECT_TO})
    return httpx.Response(op.response.status, json={"operation": op.operation_id})


def plain(result: Any) -> Any:
    """A response model as the JSON it was built from (keys it does not know included)."""
    if op_model := getattr(result, "to_dict", None):
        return op_model()
    return result


def expected_result(op: Operation) -> Any:
    if op.response.kind == "text":
        return "<p>text</p>"
    if op.response.kind == "binary":
        content_type = op.response.content_type or "application/octet-stream"
        return expanse_api.BinaryContent(b"%PDF-1.7 bytes", content_type)
    if op.response.kind == "redirect":
        return REDIRECT_TO
    return {"operation": op.operation_id}


class Recorder:
    """A MockTransport handler answering as `op` documents, keeping every request."""

    def __init__(self, op: Operation) -> None:
        self.op = op
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return respond(self.op, request)


def method_of(client: Any, op: Operation) -> Callable[..., Any]:
    method: Callable[..., Any] = functools.reduce(getattr, op.attribute.split("."), client)
    return method


def check_request(op: Operation, request: httpx.Request) -> None:
    assert request.method == op.method
    assert request.url.path == expected_path(op)
    assert dict(request.url.params) == expected_query(op)
    assert request.headers["authorization"] == f"Bearer {KEY}"
    body = expected_body(op)
    if body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert httpx.Response(200, content=request.content).json() == body


# --------------------------------------------------------------------------- every operation

IDS = sorted(OPERATIONS)


def test_the_model_has_every_operation() -> None:
    assert len(OPERATIONS) == 134
    assert len(expanse_api.OPERATIONS) == 134


@pytest.mark.parametrize("operation_id", IDS)
def test_operation_sync(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    recorder = Recorder(op)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    client = expanse_api.Expanse(api_key=KEY, http_client=http, max_retries=0)
    positional, keywords = call_arguments(op)
    result = method_of(client, op)(*positional, **keywords)
    assert plain(result) == expected_result(op)
    assert len(recorder.requests) == 1
    check_request(op, recorder.requests[0])


@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", IDS)
async def test_operation_async(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    recorder = Recorder(op)
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    client = expanse_api.AsyncExpanse(api_key=KEY, http_client=http, max_retries=0)
    positional, keywords = call_arguments(op)
    result = await method_of(client, op)(*positional, **keywords)
    assert plain(result) == expected_result(op)
    assert len(recorder.requests) == 1
    check_request(op, recorder.requests[0])
    await http.aclose()


@pytest.fixture(scope="module")
def inspected_clients() -> tuple[Any, Any]:
    """A sync and an async client whose methods are only inspected, never called: built once,
    since each builds an httpx client that loads the system's CA certificates."""
    return (
        expanse_api.Expanse(api_key=KEY, base_url="http://localhost:9"),
        expanse_api.AsyncExpanse(api_key=KEY),
    )


@pytest.mark.parametrize("operation_id", IDS)
def test_operation_table_and_method_shape(
    operation_id: str, inspected_clients: tuple[Any, Any]
) -> None:
    op = OPERATIONS[operation_id]
    entry = expanse_api.OPERATIONS[operation_id]
    assert tuple(entry) == (op.method, op.path, op.scope, op.attribute)
    for method in (method_of(client, op) for client in inspected_clients):
        parameters = list(inspect.signature(method).parameters.values())
        path_names = [param.python_name for param in op.path_params]
        assert [p.name for p in parameters[: len(path_names)]] == path_names
        kinds = [p.kind for p in parameters]
        keyword_only = len(parameters) - len(path_names) - 1
        assert kinds == [inspect.Parameter.POSITIONAL_OR_KEYWORD] * len(path_names) + [
            inspect.Parameter.KEYWORD_ONLY
        ] * keyword_only + [inspect.Parameter.VAR_KEYWORD]
        doc = method.__doc__ or ""
        assert f"`{op.method} {op.path}`" in doc
        assert (f"`{op.scope}`" if op.scope else "public") in doc


# --------------------------------------------------------------------------- multipart


def form_parts(request: httpx.Request) -> list[tuple[str, str | None, bytes]]:
    """(field name, filename, content) of each part of a multipart/form-data request."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=policy.HTTP).parsebytes(head + request.content)
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        parts.append((name, part.get_filename(), payload))
    return parts


MULTIPART = [op for op in API.operations if op.body is not None and op.body.multipart_parts]


@pytest.mark.parametrize("operation_id", [op.operation_id for op in MULTIPART])
def test_files_turn_the_body_into_multipart(operation_id: str, tmp_path: Any) -> None:
    op = OPERATIONS[operation_id]
    assert op.body is not None
    recorder = Recorder(op)
    client = expanse_api.Expanse(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    positional, keywords = call_arguments(op)
    attachment = tmp_path / "boot.log"
    attachment.write_bytes(b"log line\n")
    part = op.body.multipart_parts[0]
    with attachment.open("rb") as file:
        files = [b"raw", ("notes.txt", b"text"), ("shot.png", b"\x89PNG", "image/png"), file]
        method_of(client, op)(*positional, **keywords, **{part.python_name: files})
    request = recorder.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    fields = {prop.name: str(dummy(prop.type)).encode() for prop in op.body.type.properties}
    parts = form_parts(request)
    assert [(name, content) for name, filename, content in parts if filename is None] == list(
        fields.items()
    )
    uploads = [(filename, content) for name, filename, content in parts if name == part.name]
    assert uploads == [
        ("upload", b"raw"),
        ("notes.txt", b"text"),
        ("shot.png", b"\x89PNG"),
        ("boot.log", b"log line\n"),
    ]


@pytest.mark.anyio
async def test_files_turn_the_body_into_multipart_async() -> None:
    op = MULTIPART[0]
    assert op.body is not None
    recorder = Recorder(op)
    client = expanse_api.AsyncExpanse(
        api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    )
    positional, keywords = call_arguments(op)
    part = op.body.multipart_parts[0].python_name
    await method_of(client, op)(*positional, **keywords, **{part: [("a.txt", b"A")]})
    await method_of(client, op)(*positional, **keywords, **{part: []})
    with_file, without = recorder.requests
    assert ("files", "a.txt", b"A") in form_parts(with_file)
    assert without.headers["content-type"] == "application/json"

"""The mock panel over real HTTP on loopback: the auth contract, input validation, every
operation's documented success, the keys file, the command, and Schemathesis conformance of the
published OpenAPI document against the running mock."""

from __future__ import annotations

import functools
import json
import queue
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.client import HTTPConnection
from ipaddress import ip_network
from pathlib import Path
from typing import IO, Any

import httpx
import jsonschema
import pytest

from generator.cli import main
from generator.mock import app as mock_app
from generator.mock.app import create_app, next_js_order
from generator.mock.keys import ApiKey, load_keys
from generator.mock.ratelimit import MAX_TRACKED_CALLERS, RateLimit, TokenBuckets
from generator.model import Api, Example, Operation, ValueType
from generator.schema import json_schema
from generator.scopes import ALL_SCOPES
from tests.conftest import ROOT, shipped
from tests.loopback import serving

API: Api = shipped().api

FULL = ApiKey(id="key_full", secret="sk_test_full")
EXPIRED = ApiKey(
    id="key_expired", secret="sk_test_expired", expires_at=datetime(2024, 1, 1, tzinfo=UTC)
)
NOT_YET_EXPIRED = ApiKey(
    id="key_later", secret="sk_test_later", expires_at=datetime(2999, 1, 1, tzinfo=UTC)
)
REVOKED = ApiKey(id="key_revoked", secret="sk_test_revoked", revoked=True)
FAR_AWAY = ApiKey(id="key_far", secret="sk_test_far", ip_whitelist=(ip_network("203.0.113.0/24"),))
LOOPBACK = ApiKey(
    id="key_loopback",
    secret="sk_test_loopback",
    ip_whitelist=(ip_network("203.0.113.0/24"), ip_network("127.0.0.0/8")),
)
ONLY = {
    scope: ApiKey(id=f"key_only_{scope}", secret=f"sk_test_only_{scope}", scopes=frozenset({scope}))
    for scope in ALL_SCOPES
}
ALL_BUT = {
    scope: ApiKey(
        id=f"key_all_but_{scope}",
        secret=f"sk_test_all_but_{scope}",
        scopes=frozenset(ALL_SCOPES) - {scope},
    )
    for scope in ALL_SCOPES
}
KEYS = [
    FULL,
    EXPIRED,
    NOT_YET_EXPIRED,
    REVOKED,
    FAR_AWAY,
    LOOPBACK,
    *ONLY.values(),
    *ALL_BUT.values(),
]

# One operation per scope: every family, read and write.
SAMPLES = {
    "services.read": ("GET", "/api/services"),
    "services.write": ("POST", "/api/services/{id}/cancel"),
    "dns.read": ("GET", "/api/zones/{zoneId}/records"),
    "dns.write": ("POST", "/api/zones/{zoneId}/records"),
    "domains.read": ("GET", "/api/domains/contacts/{id}"),
    "domains.write": ("POST", "/api/domains/contacts"),
    "billing.read": ("GET", "/api/billing/invoices"),
    "billing.write": ("POST", "/api/billing/topup"),
    "tickets.read": ("GET", "/api/tickets/attachments/{id}"),
    "tickets.write": ("POST", "/api/tickets/{id}/messages"),
    "teams.read": ("GET", "/api/teams/{teamId}"),
    "teams.write": ("PATCH", "/api/teams/{teamId}"),
    "backups.read": ("GET", "/api/teams/{teamId}/backup/snapshots"),
    "backups.write": ("POST", "/api/teams/{teamId}/backup/trigger"),
}


def operation(method: str, path: str, api: Api = API) -> Operation:
    return next(op for op in api.operations if (op.method, op.path) == (method, path))


# --------------------------------------------------------------------------- serving


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    # A limit no test reaches, so the bucket code runs on every request.
    with serving(create_app(API, KEYS, rate_limit=RateLimit(1_000_000, 60))) as url:
        yield url


@pytest.fixture(scope="module")
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=10) as client:
        yield client


def bearer(key: ApiKey) -> dict[str, str]:
    return {"Authorization": f"Bearer {key.secret}"}


# --------------------------------------------------------------------------- valid requests


def valid_value(value_type: ValueType) -> Any:
    """A value the model accepts, built from the model alone (not from the mock's code)."""
    if value_type.enum:
        return value_type.enum[-1]
    match value_type.type:
        case "string":
            special = {
                "email": "dev@example.com",
                "date-time": "2030-01-01T12:00:00Z",
                "uri": "https://example.com/hook",
            }
            text = special.get(value_type.format or "", "value")
            return text.ljust(value_type.min_length or 0, "v")[: value_type.max_length]
        case "integer":
            return value_type.minimum if value_type.minimum is not None else 3
        case "number":
            return value_type.minimum if value_type.minimum is not None else 2.5
        case "boolean":
            return True
        case "array":
            item = valid_value(value_type.items) if value_type.items else "any"
            return [item] * max(1, value_type.min_items or 0)
        case "object":
            return {prop.name: valid_value(prop.type) for prop in value_type.properties}
    return {"any": ["json"]}


def as_text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


def valid_request(op: Operation) -> dict[str, Any]:
    """httpx.request arguments of a valid call of `op`, with every optional input filled."""
    url = op.path
    for param in op.path_params:
        url = url.replace("{" + param.name + "}", f"{param.name}_1")
    params = {param.name: as_text(valid_value(param.type)) for param in op.query_params}
    request: dict[str, Any] = {"method": op.method, "url": url, "params": params}
    if op.body is not None:
        request["json"] = valid_value(op.body.type)
    return request


@functools.cache
def schema_validator(schema_text: str) -> Any:
    """A checked validator per schema, built once: the same verdict as `jsonschema.validate`,
    which checks the schema itself again on every call."""
    schema = json.loads(schema_text)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def conforms(instance: Any, value_type: ValueType) -> None:
    """Raises `jsonschema.ValidationError` unless `instance` fits the model's type."""
    schema = json_schema(value_type, inline=True)
    schema_validator(json.dumps(schema, sort_keys=True)).validate(instance)


def assert_documented_success(op: Operation, response: httpx.Response) -> None:
    assert response.status_code == op.response.status, response.text
    documented = op.response
    if documented.kind == "redirect":
        assert response.headers["location"].startswith("http://127.0.0.1:")
        return
    media_type = response.headers["content-type"].partition(";")[0]
    chosen = {a.content_type: a.when for a in documented.alternatives}
    if media_type in chosen:  # a parameter chose a text format (zone export's format=bind)
        name, _, value = chosen[media_type].partition("=")
        assert str(response.request.url.params.get(name)) == value and response.text
        return
    assert media_type == documented.content_type
    if documented.kind in ("binary", "text"):
        assert response.content
        return
    assert documented.type is not None
    conforms(response.json(), documented.type)
    if documented.example is not None:
        assert response.json() == documented.example.value


def call(
    http: httpx.Client,
    op: Operation,
    key: ApiKey | None = FULL,
    session: str | None = None,
    **overrides: Any,
) -> httpx.Response:
    """A valid call of `op` as `key` (and/or a session), with some arguments replaced."""
    request = {**valid_request(op), **overrides}
    headers = {**(bearer(key) if key else {}), **request.pop("headers", {})}
    if session is not None:
        headers["Cookie"] = f"__session={session}"
    return http.request(**request, headers=headers)


# --------------------------------------------------------------------------- every operation


def test_the_model_has_134_operations() -> None:
    assert len(API.operations) == 134


@pytest.mark.parametrize("op", API.operations, ids=lambda op: op.operation_id)
def test_every_operation_answers_a_valid_request_with_its_documented_success(
    http: httpx.Client, op: Operation
) -> None:
    assert_documented_success(op, call(http, op))


def test_a_catalog_example_is_the_answer() -> None:
    op = operation("GET", "/api/billing/invoices")
    example = {"invoices": [{"id": "inv_1", "status": "paid"}]}
    altered = API.model_copy(
        update={
            "operations": tuple(
                (
                    item.model_copy(
                        update={
                            "response": item.response.model_copy(
                                update={"example": Example(value=example)}
                            )
                        }
                    )
                    if item == op
                    else item
                )
                for item in API.operations
            )
        }
    )
    with serving(create_app(altered, [FULL])) as url, httpx.Client(base_url=url) as client:
        response = call(client, op)
    assert response.status_code == 200 and response.json() == example


def test_keyed_answers_hold_the_key(http: httpx.Client) -> None:
    assert call(http, operation("GET", "/api/tickets")).json() == {"tickets": []}
    assert call(http, operation("GET", "/api/tickets/unread-count")).json() == {"count": 0}
    assert call(http, operation("GET", "/api/domains/contacts/{id}")).json() == {"contact": {}}


def test_the_portal_redirect_stays_on_the_mock(http: httpx.Client) -> None:
    response = call(http, operation("GET", "/api/billing/portal"))
    assert response.status_code == 302
    landing = http.get(response.headers["location"])
    assert landing.status_code == 200 and "value" in landing.text


def test_downloads_have_their_content_type(http: httpx.Client) -> None:
    invoice = call(http, operation("GET", "/api/billing/invoices/{id}/download"))
    assert invoice.headers["content-type"].startswith("text/html")
    assert "id=id_1" in invoice.text
    attachment = call(http, operation("GET", "/api/tickets/attachments/{id}"))
    assert attachment.headers["content-type"] == "application/octet-stream"


# --------------------------------------------------------------------------- authentication

SERVICES = operation("GET", "/api/services")


def test_no_credentials_is_401(http: httpx.Client) -> None:
    response = call(http, SERVICES, key=None)
    assert (response.status_code, response.json()) == (401, {"error": "Unauthorized"})


@pytest.mark.parametrize(
    "authorization",
    [
        "Bearer sk_test_unknown",
        "Bearer sk_test_full_",
        "Basic c2tfdGVzdF9mdWxs",
        "Bearer",
        "sk_test_full",
    ],
)
def test_an_unknown_key_or_scheme_is_401(http: httpx.Client, authorization: str) -> None:
    response = call(http, SERVICES, key=None, headers={"Authorization": authorization})
    assert (response.status_code, response.json()) == (401, {"error": "Unauthorized"})


def test_a_revoked_key_is_401_like_an_unknown_one(http: httpx.Client) -> None:
    response = call(http, SERVICES, key=REVOKED)
    assert (response.status_code, response.json()) == (401, {"error": "Unauthorized"})


def test_an_expired_key_is_401_with_the_documented_message(http: httpx.Client) -> None:
    response = call(http, SERVICES, key=EXPIRED)
    assert (response.status_code, response.json()) == (401, {"error": "API key expired"})
    assert_documented_success(SERVICES, call(http, SERVICES, key=NOT_YET_EXPIRED))


def test_a_key_used_outside_its_ip_whitelist_is_401(http: httpx.Client) -> None:
    response = call(http, SERVICES, key=FAR_AWAY)
    assert response.status_code == 401
    assert response.json()["error"] not in ("", "API key expired")
    assert_documented_success(SERVICES, call(http, SERVICES, key=LOOPBACK))


def test_the_sample_operations_cover_every_scope_read_and_write() -> None:
    families = ("services", "dns", "domains", "billing", "tickets", "teams", "backups")
    expected = {f"{family}.{access}" for family in families for access in ("read", "write")}
    assert set(SAMPLES) == set(ALL_SCOPES) == expected
    assert all(operation(*SAMPLES[scope]).scope == scope for scope in SAMPLES)


@pytest.mark.parametrize("scope", sorted(SAMPLES))
def test_a_key_without_the_operations_scope_is_403(http: httpx.Client, scope: str) -> None:
    op = operation(*SAMPLES[scope])
    response = call(http, op, key=ALL_BUT[scope])
    assert response.status_code == 403
    assert response.json() == {"error": "Insufficient API key permissions"}
    assert_documented_success(op, call(http, op, key=ONLY[scope]))


@pytest.mark.parametrize("scope", sorted(SAMPLES))
def test_a_session_cookie_and_a_key_without_scopes_have_full_access(
    http: httpx.Client, scope: str
) -> None:
    op = operation(*SAMPLES[scope])
    assert_documented_success(op, call(http, op, key=FULL))
    assert_documented_success(op, call(http, op, key=None, session="sess_1"))


def test_an_empty_session_cookie_is_401(http: httpx.Client) -> None:
    assert call(http, SERVICES, key=None, session="").status_code == 401


def test_a_bearer_header_is_judged_before_the_session_cookie(http: httpx.Client) -> None:
    response = call(http, SERVICES, key=REVOKED, session="sess_1")
    assert response.status_code == 401


def test_the_public_route_needs_no_credentials_and_ignores_bad_ones(http: httpx.Client) -> None:
    config = operation("GET", "/api/billing/config")
    assert config.scope is None
    assert_documented_success(config, call(http, config, key=None))
    assert_documented_success(config, call(http, config, key=REVOKED))


SCOPE_CASES = json.loads((Path(__file__).parent / "scope_cases.json").read_text())


def raw_request(base_url: str, method: str, path: str, key: ApiKey | None) -> int:
    """The status of `method path` sent byte for byte (httpx would normalise the path)."""
    host, port = base_url.removeprefix("http://").split(":")
    connection = HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request(method, path, headers=bearer(key) if key else {})
        return connection.getresponse().status
    finally:
        connection.close()


def test_the_mock_enforces_the_rule_modules_answer_on_the_shared_cases(base_url: str) -> None:
    """tests/scope_cases.json, as sent to the mock: a case the mock serves needs exactly the
    scope the rule names (encoded characters, dot segments, fragments and HEAD included), and a
    path outside the surface is never served."""
    served = 0
    for method, path, expected in SCOPE_CASES["required"]:
        status = raw_request(base_url, method, path, FULL)
        if expected == "OUTSIDE":
            assert status == 404, (method, path, status)
            continue
        if status in (404, 405):
            continue  # no operation of the catalog there
        served += 1
        anonymous = raw_request(base_url, method, path, None)
        if expected is None:
            assert anonymous != 401, (method, path)
            continue
        assert anonymous == 401, (method, path)
        assert raw_request(base_url, method, path, ALL_BUT[expected]) == 403, (method, path)
        assert raw_request(base_url, method, path, ONLY[expected]) not in (401, 403), (
            method,
            path,
        )
    assert served >= 30


# --------------------------------------------------------------------------- rate limit


def test_the_callers_table_stays_bounded_and_forgets_the_least_recent_caller() -> None:
    clock = FakeClock()
    buckets = TokenBuckets(RateLimit(5, 60), clock)
    assert buckets.take("steady") is None
    for index in range(MAX_TRACKED_CALLERS + 5_000):
        assert buckets.take(f"session:{index}") is None  # rotating cookies, none refilled
        if index % 1000 == 0:
            buckets.take("steady")
        assert len(buckets) <= MAX_TRACKED_CALLERS
    assert len(buckets) == MAX_TRACKED_CALLERS
    assert "steady" in buckets and "session:0" not in buckets
    for _ in range(4):
        buckets.take("steady")
    assert buckets.take("steady") is not None  # its spent tokens were remembered


def test_the_rate_limit_is_a_token_bucket_per_key_with_retry_after() -> None:
    clock = FakeClock()
    other = ApiKey(id="key_other", secret="sk_test_other")
    app = create_app(API, [FULL, other], rate_limit=RateLimit(2, 60), clock=clock)
    with serving(app) as url, httpx.Client(base_url=url) as client:
        statuses = [call(client, SERVICES).status_code for _ in range(3)]
        assert statuses == [200, 200, 429]
        limited = call(client, SERVICES)
        assert limited.json() == {"error": "Too many requests"}
        assert limited.headers["retry-after"] == "30"  # one token back at 2 per 60 s
        assert call(client, SERVICES, key=other).status_code == 200
        clock.now += 29
        assert call(client, SERVICES).headers["retry-after"] == "1"
        clock.now += 1
        assert call(client, SERVICES).status_code == 200
        assert call(client, SERVICES).status_code == 429


def test_sessions_are_rate_limited_per_cookie_and_the_public_route_is_not() -> None:
    app = create_app(API, [FULL], rate_limit=RateLimit(1, 60), clock=FakeClock())
    config = operation("GET", "/api/billing/config")
    with serving(app) as url, httpx.Client(base_url=url) as client:
        assert call(client, SERVICES, key=None, session="sess_a").status_code == 200
        assert call(client, SERVICES, key=None, session="sess_a").status_code == 429
        assert call(client, SERVICES, key=None, session="sess_b").status_code == 200
        assert [call(client, config, key=None).status_code for _ in range(3)] == [200] * 3


# --------------------------------------------------------------------------- validation

CANCEL = operation("POST", "/api/services/{id}/cancel")


def error_of(response: httpx.Response) -> str:
    assert response.status_code == 400, response.text
    message: str = response.json()["error"]
    return message


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"when": "later"}, "body.when: expected one of immediately, end_of_billing_period"),
        ({"when": 1}, "body.when: expected string"),
        ([], "body: expected object"),
    ],
)
def test_an_invalid_body_is_400_naming_the_field(
    http: httpx.Client, body: Any, message: str
) -> None:
    assert error_of(call(http, CANCEL, json=body)) == message


def test_stated_facts_are_checked_and_every_problem_is_reported(http: httpx.Client) -> None:
    imports = operation("POST", "/api/zones/{zoneId}/import")
    message = error_of(call(http, imports, json={"dryRun": True}))
    assert message.split("; ") == ["body.content: required", "body.format: required"]
    rate = operation("POST", "/api/tickets/{id}/rate")
    assert error_of(call(http, rate, json={"rating": 6})) == "body.rating: expected at most 5"


def test_assumed_facts_are_not_checked(http: httpx.Client) -> None:
    """The mock stands in for a panel that may accept what the overlay's guesses would refuse:
    an assumed nested shape, type, format or requiredness never makes a 400."""
    zones = operation("POST", "/api/zones")
    records = [{"name": "www", "type": "A", "content": "192.0.2.1", "ttl": "60"}, {"name": "x"}]
    assert_documented_success(zones, call(http, zones, json={"records": records}))
    contact = operation("POST", "/api/domains/contacts")
    body = {**valid_value(contact.body.type), "email": "nobody"}  # type: ignore[union-attr]
    assert_documented_success(contact, call(http, contact, json=body))
    zone = operation("PATCH", "/api/zones/{zoneId}")
    assert_documented_success(zone, call(http, zone, json={"expires_at": "2027-01-01"}))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "body: required, expected a JSON object"),
        (b"{", "body: invalid JSON"),
        (b'{"when": NaN}', "body: found NaN, expected a JSON number"),
        (b"[" * 100_000 + b"]" * 100_000, "body: found a value nested deeper than 64 levels"),
        (b'{"a": ' * 65 + b"1" + b"}" * 65, "body: found a value nested deeper than 64 levels"),
    ],
)
def test_a_missing_or_broken_body_is_400(http: httpx.Client, content: bytes, message: str) -> None:
    response = call(
        http, CANCEL, json=None, content=content, headers={"Content-Type": "application/json"}
    )
    assert error_of(response).startswith(message)


def test_a_multipart_body_with_too_many_parts_is_refused_before_it_is_parsed(
    http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*args: object) -> None:
        raise AssertionError("the parts were parsed")

    monkeypatch.setattr(mock_app, "parse_multipart", never)
    reply = operation("POST", "/api/tickets/{id}/messages")
    # Written out here: httpx takes seconds to encode 20,000 fields.
    boundary = "probe-boundary"
    fields = [("content", "hello")] + [(f"p{index}", "x") for index in range(20_000)]
    body = "".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in fields
    )
    body += (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="a"\r\n'
        f"Content-Type: application/octet-stream\r\n\r\nx\r\n--{boundary}--\r\n"
    )
    response = call(
        http,
        reply,
        json=None,
        content=body.encode(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert response.status_code == 400
    assert error_of(response) == (
        f"body: more than {mock_app.MAX_FORM_PARTS} multipart parts, expected at most "
        f"{mock_app.MAX_FORM_PARTS}"
    )


@pytest.mark.parametrize("declared", [True, False])
def test_a_body_larger_than_the_limit_is_413(http: httpx.Client, declared: bool) -> None:
    size = mock_app.MAX_BODY_BYTES + 1
    content = b'{"reason": "' + b"x" * size + b'"}'
    if declared:
        response = call(http, CANCEL, json=None, content=content)
    else:  # chunked: no Content-Length to judge by, so the reading stops at the limit
        response = call(http, CANCEL, json=None, content=iter([content[:1000], content[1000:]]))
    assert response.status_code == 413
    assert response.json() == {"error": f"body: larger than {mock_app.MAX_BODY_BYTES} bytes"}


@pytest.mark.parametrize(
    ("method", "path", "params", "message"),
    [
        (
            "GET",
            "/api/zones/{zoneId}/export",
            {"format": "xml"},
            "query.format: expected one of json, csv, bind",
        ),
    ],
)
def test_invalid_query_parameters_are_400(
    http: httpx.Client, method: str, path: str, params: dict[str, str], message: str
) -> None:
    assert error_of(call(http, operation(method, path), params=params)) == message


@pytest.mark.parametrize("params", [{"team_id": "t", "limit": "ten"}, {"limit": "1.5"}, {}])
def test_query_parameters_are_the_catalogs_strings_and_none_is_required(
    http: httpx.Client, params: dict[str, str]
) -> None:
    transactions = operation("GET", "/api/billing/transactions")
    assert_documented_success(transactions, call(http, transactions, params=params))


def test_the_ticket_reply_takes_multipart_fields_and_files(http: httpx.Client) -> None:
    reply = operation("POST", "/api/tickets/{id}/messages")
    files = [("files", ("a.txt", b"first")), ("files", ("b.bin", bytes(range(256))))]
    response = call(http, reply, json=None, data={"content": "hello"}, files=files)
    assert_documented_success(reply, response)
    # Like the panel's Zod objects, and as the document allows, unknown fields are dropped.
    unknown = call(http, reply, json=None, data={"content": "hi", "cc": "x"}, files=files)
    assert_documented_success(reply, unknown)
    missing = call(http, reply, json=None, files=files)
    assert_documented_success(reply, missing)  # the page leaves `content` open: not required
    as_file = call(http, reply, json=None, files=[("content", ("c.txt", b"hi"))])
    assert error_of(as_file) == "body.content: expected a text field, found a file"
    in_json = call(http, reply, json={"content": "hi", "extra": 1})
    assert_documented_success(reply, in_json)


def test_nothing_is_invalid_where_the_model_declares_no_input(http: httpx.Client) -> None:
    config = operation("GET", "/api/billing/config")
    assert config.body is None and not config.params
    response = call(http, config, content=b"not json", params={"anything": "x"})
    assert_documented_success(config, response)
    records = operation("GET", "/api/zones/{zoneId}/records")
    assert_documented_success(records, call(http, records, params={"limit": "many"}))


def test_an_open_body_takes_any_object_or_none(http: httpx.Client) -> None:
    teams = operation("POST", "/api/teams")
    assert teams.body is not None and teams.body.is_open and not teams.params
    assert_documented_success(teams, call(http, teams, json={"name": "Ops", "any": [1]}))
    assert_documented_success(teams, call(http, teams, json=None))
    assert error_of(call(http, teams, json=None, content=b"not json")) == "body: invalid JSON"


def test_authentication_and_scope_come_before_validation(http: httpx.Client) -> None:
    invalid = {"when": "later"}
    assert call(http, CANCEL, key=None, json=invalid).status_code == 401
    assert call(http, CANCEL, key=ALL_BUT["services.write"], json=invalid).status_code == 403
    assert call(http, CANCEL, key=FULL, json=invalid).status_code == 400


# --------------------------------------------------------------------------- routing


def test_routes_are_ordered_as_next_js_matches_them() -> None:
    paths = sorted(API.paths, key=next_js_order)
    assert paths.index("/api/domains/contacts/{id}") < paths.index("/api/domains/{id}")
    assert paths.index("/api/tickets/attachments/{id}") < paths.index("/api/tickets/{id}")


def test_a_static_segment_beats_a_parameter_whatever_the_model_order() -> None:
    backwards = API.model_copy(update={"operations": API.operations[::-1]})
    with serving(create_app(backwards, [FULL])) as url, httpx.Client(base_url=url) as client:
        contact = client.get("/api/domains/contacts/c_1", headers=bearer(FULL))
        assert contact.json() == {"contact": {}}  # not GET /api/domains/{id}, which is {}
        contacts = client.get("/api/domains/contacts", headers=bearer(FULL))
        assert contacts.json() == {"contacts": []}  # not GET /api/domains/{id}
        attachment = client.get("/api/tickets/attachments/credentials", headers=bearer(FULL))
        assert attachment.headers["content-type"] == "application/octet-stream"


def test_an_encoded_slash_stays_inside_its_segment(http: httpx.Client) -> None:
    # As in Next.js: `attachments%2Fa_1` is one id, never the attachments route.
    credentials = http.get("/api/tickets/attachments%2Fa_1/credentials", headers=bearer(FULL))
    assert credentials.headers["content-type"] == "application/json"
    invoice = http.get("/api/billing/invoices/inv%2F1%252F/download", headers=bearer(FULL))
    assert "id=inv/1%2F" in invoice.text
    assert http.get("/api/tickets%2Fx", headers=bearer(FULL)).status_code == 404


def test_the_path_owns_the_request_so_another_method_is_405(http: httpx.Client) -> None:
    # Next.js: /api/tickets/attachments/[id] owns the path; it is never /api/tickets/[id]/credentials.
    response = http.post("/api/tickets/attachments/credentials", headers=bearer(FULL))
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"
    assert response.json() == {"error": "Method not allowed"}


def test_an_unknown_path_is_a_json_404(http: httpx.Client) -> None:
    response = http.get("/api/admin/users", headers=bearer(FULL))
    assert (response.status_code, response.json()) == (404, {"error": "Not found"})


# --------------------------------------------------------------------------- keys file

SAMPLE_KEYS = ROOT / "examples" / "mock-keys.toml"


def test_the_sample_keys_file_behaves_as_its_comments_say() -> None:
    keys = {key.id: key for key in load_keys(SAMPLE_KEYS)}
    zones_list, zones_create = operation("GET", "/api/zones"), operation("POST", "/api/zones")
    with serving(create_app(API, keys.values())) as url, httpx.Client(base_url=url) as client:

        def status(key_id: str, op: Operation = SERVICES) -> int:
            return call(client, op, key=keys[key_id]).status_code

        assert status("key_full") == 200
        assert (status("key_dns_read", zones_list), status("key_dns_read", zones_create)) == (
            200,
            403,
        )
        assert status("key_dns_read") == 403
        assert call(client, SERVICES, key=keys["key_expired"]).json() == {
            "error": "API key expired"
        }
        assert status("key_revoked") == 401
        assert status("key_office_only", operation("GET", "/api/tickets")) == 401
        assert status("key_loopback_only") == 200


def test_a_json_keys_file_may_be_a_list(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    entry = {"id": "k", "secret": "sk_1", "scopes": ["dns.read"], "ipWhitelist": ["10.0.0.0/8"]}
    path.write_text(json.dumps([{**entry, "expiresAt": "2030-01-02T03:04:05+02:00"}]))
    (key,) = load_keys(path)
    assert key.scopes == {"dns.read"} and key.ip_whitelist == (ip_network("10.0.0.0/8"),)
    assert key.expires_at == datetime(2030, 1, 2, 1, 4, 5, tzinfo=UTC)
    assert "sk_1" not in repr(key)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("keys.toml", '[[keys]]\nid = "a"\nsecret = "pk_1"\n', "keys[0].secret: expected `sk_`"),
        (
            "keys.toml",
            '[[keys]]\nid = "a"\nsecret = "sk_1"\nscopes = ["dns.reed"]\n',
            "unknown scope dns.reed",
        ),
        (
            "keys.toml",
            '[[keys]]\nid = "a"\nsecret = "sk_1"\nexpiresAt = 2030-01-01T00:00:00\n',
            "keys[0].expiresAt: Input should have timezone info",
        ),
        (
            "keys.toml",
            '[[keys]]\nid = "a"\nsecret = "sk_1"\nipWhitelist = ["10.0.0.300"]\n',
            "'10.0.0.300' is not an IP address or CIDR range",
        ),
        (
            "keys.toml",
            '[[keys]]\nid = "a"\nsecret = "sk_1"\nscope = []\n',
            "keys[0].scope: Extra inputs are not permitted",
        ),
        (
            "keys.toml",
            '[[keys]]\nid = "a"\nsecret = "sk_1"\n[[keys]]\nid = "a"\nsecret = "sk_2"\n',
            "keys: duplicate key id: a",
        ),
        ("keys.toml", "[[keys]\n", "invalid TOML"),
        ("keys.toml", "", "keys: Field required"),
        ("keys.json", '{"keys": [\n}', ":2: invalid JSON"),
        ("keys.yaml", "keys: []\n", "expected a keys file ending in .toml or .json"),
    ],
)
def test_a_bad_keys_file_is_exit_2_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    assert main(["mock", "--keys", str(path)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"error: {path}")
    assert message in error


# --------------------------------------------------------------------------- the command


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class OutputLines:
    """A process's output, read line by line in a thread so that waits can time out."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        self._lines: queue.Queue[str] = queue.Queue()
        self._seen: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(process.stdout,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self._lines.put(line)

    def next(self, seconds: float = 20) -> str:
        line = self._lines.get(timeout=seconds)
        self._seen.append(line)
        return line

    def rest(self) -> str:
        """Everything after the lines taken; call once the process has ended."""
        self._thread.join(timeout=10)
        while not self._lines.empty():
            self._seen.append(self._lines.get_nowait())
        return "".join(self._seen)


def wait_until_served(url: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError(f"nothing answered at {url}")


def test_the_command_prints_a_fresh_key_and_never_logs_secrets() -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", "--port", str(port), "--rate-limit", "5"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output = OutputLines(process)
    try:
        found = re.fullmatch(r"test API key \(full access\): (sk_test_\S+)\n", output.next())
        assert found
        secret = found[1]
        assert f"134 operations at {url} (rate limit: 5 requests per 60 s)" in output.next()
        wait_until_served(url)
        teams = f"{url}/api/teams"
        assert httpx.get(teams, headers={"Authorization": f"Bearer {secret}"}).status_code == 200
        assert httpx.get(teams, headers={"Authorization": "Bearer sk_other"}).status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=20)
    log = output.rest().split("\n", 2)[2]  # after the two start-up lines
    assert log.count('"GET /api/teams HTTP/1.1" 200') == 1
    assert log.count('"GET /api/teams HTTP/1.1" 401') == 1
    assert secret not in log and "sk_other" not in log


def test_a_busy_port_is_exit_2_before_anything_is_announced(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["mock", "--port", str(port)]) == 2
    out, err = capsys.readouterr()
    assert out == ""  # no key, no banner
    assert err == (
        f"error: mock: cannot serve on http://127.0.0.1:{port}: address already in use; "
        "stop the other server or choose another --port\n"
    )


def test_every_start_makes_a_new_random_key() -> None:
    from generator.mock.keys import new_test_key

    assert new_test_key().secret != new_test_key().secret


# --------------------------------------------------------------------------- Schemathesis


def run_schemathesis(base_url: str, cwd: Path, phases: str, max_examples: int) -> int:
    """Schemathesis against the published document and the live mock; the number of cases."""
    checks = ",".join(
        [
            "not_a_server_error",
            "status_code_conformance",
            "content_type_conformance",
            "response_schema_conformance",
            "response_headers_conformance",
            # Valid data (unknown fields included, as the document allows) is never refused.
            # negative_data_rejection is left out: in multipart form data a part without a
            # filename may still be a file (RFC 7578), so "files as text" is not invalid.
            "positive_data_acceptance",
        ]
    )
    arguments: list[str] = [
        "run",
        str(ROOT / "generated" / "openapi.json"),
        "--url",
        base_url,
        "--header",
        f"Authorization: Bearer {FULL.secret}",
        "--checks",
        checks,
        "--phases",
        phases,
        "--max-examples",
        str(max_examples),
        "--seed",
        "20240601",
        "--generation-database",
        "none",
        "--no-color",
        "--request-timeout",
        "10",
    ]
    # Schemathesis' own command line, run in this process: a new interpreter would add its start
    # and the imports this process already holds (httpx, hypothesis, jsonschema, ...).
    from click.testing import CliRunner
    from schemathesis.cli import schemathesis as schemathesis_cli

    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(cwd)
        result = CliRunner().invoke(schemathesis_cli, arguments, catch_exceptions=False)
    report = result.output
    assert result.exit_code == 0, report[-6000:]
    assert "Tested: 134" in report, report[-3000:]
    generated = re.search(r"(\d+) generated, (\d+) passed", report)
    assert generated and generated[1] == generated[2], report[-3000:]
    return int(generated[1])


def test_schemathesis_finds_the_document_and_the_mock_in_agreement(
    base_url: str, tmp_path: Path
) -> None:
    """The default suite's run: one generated case per operation (about 10 s). The thorough
    run below (`make contract`, CI) adds the examples, the coverage phase's boundary values and
    the stateful phase, with 10 examples per operation."""
    assert run_schemathesis(base_url, tmp_path, "fuzzing", max_examples=1) >= 134


@pytest.mark.contract
def test_schemathesis_thorough_run_finds_them_in_agreement(base_url: str, tmp_path: Path) -> None:
    cases = run_schemathesis(base_url, tmp_path, "examples,coverage,fuzzing,stateful", 10)
    assert cases > 2000  # the coverage phase alone makes about 2,100

"""The parse stage (`generator/catalog.py`): the shipped catalog is the whole page, and the parser
accepts every documented variation and refuses every documented error."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.catalog import parse_catalog_text
from generator.model import Catalog
from generator.problems import InputError

FILE = "catalog.md"


def model(text: str) -> dict[str, Any]:
    return parse_catalog_text(text, FILE).model_dump(mode="json")


def problems(text: str) -> list[str]:
    with pytest.raises(InputError) as caught:
        parse_catalog_text(text, FILE)
    return [str(problem) for problem in caught.value.problems]


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    return text.count("\n", 0, index) + 1


# ----------------------------------------------------------------------------- the shipped catalog


def test_groups_and_routes_per_group(shipped_catalog: Catalog) -> None:
    assert {group.name: len(group.routes) for group in shipped_catalog.groups} == {
        "Backups": 7,
        "Billing": 17,
        "DNS Zones": 16,
        "Domains": 9,
        "Services": 19,
        "Teams": 16,
        "Tickets": 12,
    }
    assert len(shipped_catalog.routes) == 96


def test_operations_per_method(shipped_catalog: Catalog) -> None:
    methods = Counter(method for route in shipped_catalog.routes for method in route.methods)
    assert methods == {"GET": 51, "POST": 53, "PATCH": 14, "DELETE": 16}
    assert shipped_catalog.operation_count == 134


def test_operations_per_group(shipped_catalog: Catalog) -> None:
    per_group = {g.name: sum(len(r.methods) for r in g.routes) for g in shipped_catalog.groups}
    assert per_group == {
        "Backups": 9,
        "Billing": 17,
        "DNS Zones": 29,
        "Domains": 13,
        "Services": 25,
        "Teams": 26,
        "Tickets": 15,
    }


def test_every_schema_field_and_query_parameter_is_carried(shipped_catalog: Catalog) -> None:
    fields = [f for r in shipped_catalog.routes for s in r.body_schemas for f in s.fields]
    params = [p for r in shipped_catalog.routes for p in r.query_params]
    assert len(fields) == 131
    assert len(params) == 31
    assert {p.type for p in params} == {"string"}
    assert sum(len(r.body_schemas) for r in shipped_catalog.routes) == 38
    assert len({s.name for r in shipped_catalog.routes for s in r.body_schemas}) == 28


def test_response_hints_sit_under_their_methods(shipped_catalog: Catalog) -> None:
    records = next(r for r in shipped_catalog.routes if r.path == "/api/zones/{zoneId}/records")
    keys = {notes.method: notes.response_key for notes in records.responses}
    assert keys == {"GET": None, "POST": "record", "PATCH": "record", "DELETE": None}
    keyed = sum(1 for r in shipped_catalog.routes for n in r.responses if n.response_key)
    assert keyed == 19
    errors = [
        (r.path, n.method)
        for r in shipped_catalog.routes
        for n in r.responses
        if n.example_kind == "error"
    ]
    assert len(errors) == 5
    see_handler = sum(1 for r in shipped_catalog.routes for n in r.responses if n.see_handler)
    assert see_handler == 15


def test_path_params_and_sources(shipped_catalog: Catalog) -> None:
    reveal = next(r for r in shipped_catalog.routes if r.path.endswith("/reveal"))
    assert reveal.path_params == ("id", "credId")
    assert reveal.source == "src/app/api/tickets/[id]/credentials/[credId]/reveal/route.ts"


def test_multi_line_bullets_are_joined_and_nesting_kept(shipped_catalog: Catalog) -> None:
    reveal = next(r for r in shipped_catalog.routes if r.path.endswith("/reveal"))
    lines = [(line.depth, line.text) for line in reveal.description]
    assert (
        1,
        "For sensitive credentials: caller must be EITHER the ticket creator OR a platform admin. "
        "Team-mates who did not create the ticket cannot reveal, to keep the reveal audit chain "
        "tight around people with a legitimate Tier-3 need.",
    ) in lines
    assert lines[2] == (0, "Authorization:")
    assert len(lines) == 7


# ----------------------------------------------------------------------------- variations


def split_sections(text: str, marker: str) -> tuple[str, list[str]]:
    head, *sections = re.split(rf"(?m)^(?={re.escape(marker)} )", text)
    return head, sections


def restyle(text: str) -> str:
    """Apply every variation the format doc allows, differently per route."""
    head, groups = split_sections(text, "##")
    new_groups = []
    for group in reversed(groups):
        group_head, routes = split_sections(group, "###")
        new_routes = [restyle_route(route, index) for index, route in enumerate(routes)]
        new_groups.append(group_head + "".join(reversed(new_routes)))
    styled = head + "\n\n\n".join(new_groups)
    styled = styled.replace("\n", "  \n")  # trailing spaces everywhere
    return styled.replace("\n", "\r\n")


def restyle_route(route: str, index: int) -> str:
    variant = index % 3
    bullet = "-*+"[variant]
    route = re.sub(r"(?m)^(\s*)- ", rf"\1{bullet} ", route)
    labels = {
        0: {"Source:": "**Source:**", "HTTP:": "**HTTP**:", "**Description:**": "Description:"},
        1: {
            "**Query parameters:**": "Query parameters:",
            "**Request body (Zod):**": "**Request body (Zod)**:",
        },
        2: {"Source:": "**Source**:", "**Description:**": "**Description**:"},
    }[variant]
    for old, new in labels.items():
        route = route.replace(f"\n{old}", f"\n{new}")
    if variant == 0:  # full URL heading, Next.js params, no code spans on paths
        route = re.sub(
            r"^### `(/api/[^`]*)`",
            lambda m: "### https://panel.expanse.host" + re.sub(r"\{(\w+)\}", r"[\1]", m.group(1)),
            route,
        )
        route = re.sub(r"Source`?: `([^`]*)`", r"Source`: \1", route).replace(
            "**Source:**`", "**Source:**"
        )
    if variant == 1:  # methods lower case, separated by spaces only; code spans on methods
        route = re.sub(
            r"(?m)^HTTP: (.*)$", lambda m: "HTTP: " + m.group(1).replace(",", "").lower(), route
        )
        route = re.sub(r"(?m)^#### (\w+)$", r"#### `\1`", route)
        route = re.sub(r"key `(\w+)`", r'key "\1"', route)
    if variant == 2:  # code spans on query parameter names removed, on schema names added
        route = re.sub(r"(?m)^(\s*[-*+] )`(\w+)` \(", r"\1\2 (", route)
        route = re.sub(r"(?m)^([-*+] )(\w+Schema)$", r"\1`\2`", route)
        route = re.sub(
            r"(?m)^HTTP: (.*)$", lambda m: "HTTP:  " + m.group(1).replace(", ", " ,"), route
        )
    return route


def test_restyled_catalog_gives_the_same_model(catalog_text: str) -> None:
    styled = restyle(catalog_text)
    assert styled != catalog_text
    assert model(styled) == model(catalog_text)


def test_restyle_really_exercises_each_variation(catalog_text: str) -> None:
    styled = restyle(catalog_text)
    for needle in (
        "**Source:**",
        "**HTTP**:",
        "\r\n",
        "### https://panel.expanse.host/api/",
        "[id]",
        "#### `GET`",
        'key "',
        "\n+ ",
        "\n* ",
        "http: get",
    ):
        assert needle.lower() in styled.lower(), needle


def test_catch_all_params_and_bom() -> None:
    text = "\ufeff## G\n\n### `/api/services/[...slug]`\n\nSource: `src/app/api/services/[...slug]/route.ts`\n\nHTTP: GET\n"
    route = parse_catalog_text(text.removeprefix("\ufeff"), FILE).routes[0]
    assert (route.path, route.path_params) == ("/api/services/{slug}", ("slug",))


def test_example_json_is_kept_with_its_kind() -> None:
    text = (
        "## G\n\n### `/api/tickets`\n\nSource: `src/app/api/tickets/route.ts`\n\nHTTP: GET, POST\n\n"
        '#### POST\n\nTypical error shape:\n\n```json\n{ "error": "Not found" }\n```\n\n'
        '#### GET\n\n```json\n{ "tickets": [] }\n```\n'
    )
    notes = {n.method: n for n in parse_catalog_text(text, FILE).routes[0].responses}
    assert notes["POST"].example_kind == "error"
    assert notes["POST"].example is not None and notes["POST"].example.value == {
        "error": "Not found"
    }
    assert notes["GET"].example_kind == "success"


# ----------------------------------------------------------------------------- errors

ROUTE = "### `/api/services/{id}/agent-token`"


@pytest.mark.parametrize(
    ("name", "edit", "needle", "expected"),
    [
        (
            "unknown label",
            lambda t: t.replace(
                "HTTP: GET, POST, DELETE", "HTTP: GET, POST, DELETE\n\nOwner: infra", 1
            ),
            "Owner: infra",
            "found 'Owner: infra', expected 'Source:'",
        ),
        (
            "method not in HTTP",
            lambda t: t.replace("HTTP: GET, POST, DELETE", "HTTP: GET, POST", 1),
            "#### DELETE",
            "found '#### DELETE', expected a method listed in 'HTTP:' (GET, POST)",
        ),
        (
            "route without HTTP",
            lambda t: t.replace("HTTP: GET, POST, DELETE\n\n", "", 1),
            "#### GET",
            "found '#### GET' before the 'HTTP:' line",
        ),
        (
            "unknown method",
            lambda t: t.replace("HTTP: GET, POST, DELETE", "HTTP: GET, FETCH", 1),
            "HTTP: GET, FETCH",
            "found FETCH in 'HTTP:', expected methods from GET",
        ),
        (
            "path outside /api",
            lambda t: t.replace(ROUTE, "### `/v1/services/{id}/agent-token`", 1),
            "/v1/services",
            "expected a path starting with '/api/'",
        ),
        (
            "source param mismatch",
            lambda t: t.replace(
                "src/app/api/services/[id]/agent-token",
                "src/app/api/services/[serviceId]/agent-token",
                1,
            ),
            "[serviceId]",
            "found [serviceId] in Source",
        ),
        (
            "invalid json",
            lambda t: t.replace("#### POST\n", "#### POST\n\n```json\n{\n  oops\n}\n```\n", 1),
            "  oops",
            "found invalid JSON in the example",
        ),
        (
            "other fence",
            lambda t: t.replace("#### POST\n", "#### POST\n\n```ts\nx\n```\n", 1),
            "```ts",
            "found a ```ts fence under '#### POST', expected a ```json fence",
        ),
        (
            "unknown line under a method",
            lambda t: t.replace("#### POST\n", "#### POST\n\nReturns 201.\n", 1),
            "Returns 201.",
            "found 'Returns 201.' under '#### POST'",
        ),
        (
            "level-5 heading",
            lambda t: t.replace("#### POST\n", "##### POST\n", 1),
            "##### POST",
            "expected '#### METHOD'",
        ),
        (
            "route before any group",
            lambda t: ROUTE + "\n\n" + t,
            ROUTE,
            "before any '## Group' heading",
        ),
        (
            "bad query param",
            lambda t: t.replace("- `limit` (string)", "- `limit` (string)\n  - nested", 1),
            "- `limit` (string)",
            "found query parameter 'limit (string)",
        ),
        (
            "list without a section",
            lambda t: t.replace("**Description:**\n\n- Agent token", "- Agent token", 1),
            "- Agent token",
            "found a bullet list, expected",
        ),
    ],
)
def test_refused_with_file_line_and_expectation(
    catalog_text: str, name: str, edit: Any, needle: str, expected: str
) -> None:
    text = edit(catalog_text)
    assert text != catalog_text, name
    messages = problems(text)
    line = line_of(text, needle)
    assert any(m.startswith(f"{FILE}:{line}: ") and expected in m for m in messages), messages


def test_duplicate_route_names_both_lines(catalog_text: str) -> None:
    start = catalog_text.index(ROUTE)
    end = catalog_text.index("\n### ", start)
    section = catalog_text[start : end + 1]
    text = catalog_text[: end + 1] + section + catalog_text[end + 1 :]
    first, second = line_of(text, ROUTE), line_of(text, ROUTE, 2)
    assert problems(text) == [
        f"{FILE}:{second}: found a duplicate route '/api/services/{{id}}/agent-token', "
        f"expected each path once (first at line {first})"
    ]


def test_every_problem_is_reported_not_just_the_first(catalog_text: str) -> None:
    text = catalog_text.replace("HTTP: GET, POST, DELETE", "HTTP: GET, FETCH", 1).replace(
        "HTTP: PATCH, DELETE", "HTTP: PATCH, ZAP", 1
    )
    assert len(problems(text)) == 2


def test_empty_catalog_is_refused() -> None:
    assert problems("# Nothing here\n\nJust prose.\n") == [
        f"{FILE}: found no routes, expected at least one '### `/api/...`' route section"
    ]


# ----------------------------------------------------------------------------- properties


@st.composite
def mutated(draw: st.DrawFn, lines: list[str]) -> str:
    lines = list(lines)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["drop", "duplicate", "swap", "junk"]))
        index = draw(st.integers(0, len(lines) - 1))
        if action == "drop":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        else:
            junk = draw(
                st.one_of(
                    st.text(max_size=40),
                    st.sampled_from(
                        [
                            "```json",
                            "```",
                            "#### GET",
                            "### `/api/x`",
                            "## G",
                            "- `x`",
                            "  - y",
                            "HTTP: PUT",
                            "Source: `src/app/api/x/route.ts`",
                            "> q",
                            "1. one",
                            "    code",
                            "<div>",
                            "---",
                            "**Description:**",
                            "[id]",
                        ]
                    ),
                )
            )
            lines.insert(index, junk)
    return "\n".join(lines)


SMALL = """# Catalog

## Services

### `/api/services/{id}/cancel`

Source: `src/app/api/services/[id]/cancel/route.ts`

HTTP: GET, POST

**Description:**

- POST /api/services/[id]/cancel - cancel
  continued line

**Query parameters:**

- `limit` (string) — note

**Request body (Zod):**

- BodySchema
  - when

#### GET

```json
{ "ok": true }
```

JSON: an object with key `services` whose value is built by the handler.

#### POST

Typical error shape:

See handler for response shape.
"""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(SMALL.splitlines()))
def test_mutated_catalogs_parse_or_raise_catalog_errors(text: str) -> None:
    try:
        catalog = parse_catalog_text(text, FILE)
    except InputError as error:
        assert error.problems
        assert all(str(p).startswith(FILE) for p in error.problems)
    else:
        assert catalog.routes


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_mutated_real_catalog_parses_or_raises_catalog_errors(
    catalog_text: str, data: st.DataObject
) -> None:
    text = data.draw(mutated(catalog_text.splitlines()))
    try:
        parse_catalog_text(text, FILE)
    except InputError as error:
        assert error.problems

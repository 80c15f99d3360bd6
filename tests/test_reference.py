"""The HTML API reference: complete, escaped, self-contained, deterministic, and working in a real
browser (headless Chromium or Chrome, found by tests.machine)."""

from __future__ import annotations

import ast
import base64
import functools
import hashlib
import json
import re
import shlex
import time
from collections.abc import Callable, Iterator
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion

from generator.model import Operation
from generator.pipeline import load
from generator.targets.reference import examples, render_reference, type_label
from tests.browser_session import BrowserSession
from tests.conftest import CATALOG, OVERRIDES, ROOT, fresh_pipeline, shipped
from tests.machine import browser_or_skip

API = shipped().api
OPERATIONS = {op.operation_id: op for op in API.operations}
TEMPLATES = ROOT / "templates" / "reference"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",  # the tests may run as root in a container
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)


class Element:
    def __init__(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tag = tag
        self.attrs = dict(attrs)
        self.text = ""


class PageParser(HTMLParser):
    """Every element with its attributes, and the text of <script> and <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._raw: Element | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, attrs)
        self.elements.append(element)
        if tag in ("script", "style"):
            self._raw = element

    def handle_endtag(self, tag: str) -> None:
        self._raw = None

    def handle_data(self, data: str) -> None:
        if self._raw is not None:
            self._raw.text += data


def elements(html: str) -> list[Element]:
    parser = PageParser()
    parser.feed(html)
    parser.close()
    return parser.elements


def with_attribute(found: list[Element], name: str) -> list[Element]:
    return [element for element in found if name in element.attrs]


@functools.cache
def shipped_page() -> str:
    """The shipped reference page (rendered when a test first asks)."""
    return render_reference(API)


@functools.cache
def shipped_page_elements() -> list[Element]:
    return elements(shipped_page())


def example(operation_id: str, label: str) -> str:
    found = [e.code for e in examples(OPERATIONS[operation_id]) if e.label == label]
    assert len(found) == 1
    return found[0]


# ----------------------------------------------------------------------------- the page


def test_every_operation_once_in_the_list_and_the_sidebar() -> None:
    sections = with_attribute(shipped_page_elements(), "data-operation")
    assert len(sections) == 134
    assert [s.attrs["data-operation"] for s in sections] == [s.attrs["id"] for s in sections]
    assert {s.attrs["id"] for s in sections} == set(OPERATIONS)
    sidebar = with_attribute(shipped_page_elements(), "data-toc-operation")
    assert {s.attrs["data-toc-operation"] for s in sidebar} == set(OPERATIONS)
    assert len(sidebar) == 134


def test_sidebar_groups_operations_by_tag() -> None:
    groups = [g.attrs["data-group"] for g in with_attribute(shipped_page_elements(), "data-group")]
    tags = [tag.name for tag in API.tags]
    assert groups == tags + tags  # once in the sidebar, once in the main list


def test_anchors_are_unique_and_every_link_lands() -> None:
    ids = [e.attrs["id"] for e in with_attribute(shipped_page_elements(), "id")]
    assert len(ids) == len(set(ids))
    targets = {e.attrs["href"] for e in with_attribute(shipped_page_elements(), "href")}
    assert all(href is not None and href.startswith("#") for href in targets)
    assert {href[1:] for href in targets if href} <= set(ids)


def test_the_page_loads_nothing_from_elsewhere() -> None:
    tags = [element.tag for element in shipped_page_elements()]
    for tag in ("link", "img", "iframe", "object", "embed", "video", "audio", "source", "base"):
        assert tag not in tags
    loading = ("src", "href", "action", "srcset", "poster", "data", "formaction")
    for element in shipped_page_elements():
        for name in loading:
            value = element.attrs.get(name)
            assert value is None or value.startswith("#"), (element.tag, name, value)
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", shipped_page())
    for raw in (e for e in shipped_page_elements() if e.tag in ("style", "script")):
        assert "url(" not in raw.text and "@import" not in raw.text and "fetch(" not in raw.text


def test_the_content_security_policy_admits_only_the_page_s_own_style_and_script() -> None:
    (policy,) = [
        e.attrs["content"]
        for e in shipped_page_elements()
        if e.tag == "meta" and e.attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy is not None
    assert "default-src 'none'" in policy
    inline = [e for e in shipped_page_elements() if e.tag in ("style", "script")]
    assert [e.tag for e in inline] == ["style", "script"]
    for element in inline:
        assert "src" not in element.attrs
        digest = base64.b64encode(hashlib.sha256(element.text.encode()).digest()).decode()
        assert f"{element.tag}-src 'sha256-{digest}'" in policy


def test_every_operation_shows_its_contract() -> None:
    bodies = dict(
        re.findall(r'<article class="operation" id="(\w+)"(.*?)</article>', shipped_page(), re.S)
    )
    assert len(bodies) == 134
    for operation_id, html in bodies.items():
        op = OPERATIONS[operation_id]
        text = unescape(html)
        assert f"method-{op.method.lower()}" in html
        assert op.path in text and op.summary in text
        assert (op.scope or "public") in text
        assert f"client.{op.attribute}()" in text
        assert f">{op.response.status} " in html
        for status in op.errors:
            assert f">{status}</span>" in html
        for param in op.params:
            assert f">{param.name}</code>" in html
        if op.body:
            for prop in op.body.type.properties:
                assert f">{prop.name}</code>" in html
    assert ">files</code>" in bodies["createTicketMessage"]
    assert "multipart/form-data" in bodies["createTicketMessage"]


def test_the_intro_states_the_auth_contract() -> None:
    (intro,) = re.findall(
        r'<section class="intro prose" id="overview".*?</section>', shipped_page(), re.S
    )
    text = unescape(intro)
    for needle in (
        "Authorization: Bearer sk_",
        "__session",
        "An empty scope list means full access.",
        '{"error": "API key expired"}',
        '{"error": "Insufficient API key permissions"}',
        "Retry-After",
        "GET /api/billing/config",
        "<table>",
    ):
        assert needle in (intro if needle == "<table>" else text)


def test_field_types_spell_out_enums_constraints_and_nesting() -> None:
    cancel = OPERATIONS["cancelService"].body
    rate = OPERATIONS["rateTicket"].body
    assert cancel is not None and rate is not None
    assert type_label(cancel.type.properties[0].type) == (
        'string, one of "immediately", "end_of_billing_period"'
    )
    assert type_label(rate.type.properties[0].type) == "integer, minimum 1, maximum 5"
    zones = re.search(r'id="createZone".*?</article>', shipped_page(), re.S)
    assert zones is not None
    assert ">records[].name</code>" in zones.group(0)
    assert "array of ZoneRecordInput" in zones.group(0)


def test_output_is_deterministic() -> None:
    with fresh_pipeline():
        _, fresh_api, _ = load(CATALOG, OVERRIDES)
    assert render_reference(fresh_api) == shipped_page()


def test_reference_page_snapshot(text_snapshot: SnapshotAssertion) -> None:
    assert text_snapshot == shipped_page()


def test_templates_escape_every_value() -> None:
    """The shared environment does not autoescape, so each `{{ ... }}` must end in `| e` (or
    `| tojson` inside a script); Markup values pass `| e` unchanged."""
    unescaped = [
        f"{path.name}: {expression}"
        for path in sorted(TEMPLATES.glob("*.j2"))
        for expression in re.findall(r"{{(.*?)}}", path.read_text(), re.S)
        if not re.search(r"\|\s*(?:e|tojson)\s*$", expression)
        and not re.fullmatch(r"\s*(?:method_badge|required_mark|field_table)\(.*\)\s*", expression)
    ]
    assert unescaped == []


HOSTILE_CATALOG = """## Services

### `/api/services/{id}/cancel`

Source: `src/app/api/services/[id]/cancel/route.ts`

HTTP: POST

**Description:**

- POST /api/services/[id]/cancel - Cancel <script>alert(1)</script> "now" & 'later'
- See ![tracker](https://evil.example/pixel.png) and <img src=x onerror=alert(4)>

**Request body (Zod):**

- BodySchema
  - when

#### POST

```json
{ "html": "</code></pre><script>alert(5)</script>" }
```
"""
HOSTILE_OVERLAY = """[groups.Services]
description = "Services <script>alert(2)</script>"

[routes."/api/services/{id}/cancel".body.BodySchema]
when = { type = "string", enum = ["it's <now>", "later"], required = true, description = "When <script>alert(3)</script>" }
"""


def test_catalog_text_is_escaped_everywhere(tmp_path: Path) -> None:
    (tmp_path / "c.md").write_text(HOSTILE_CATALOG)
    (tmp_path / "o.toml").write_text(HOSTILE_OVERLAY)
    _, api, warnings = load(tmp_path / "c.md", tmp_path / "o.toml")
    assert warnings == []
    page = render_reference(api)
    assert "<script>alert" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # description (markdown)
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page  # tag description
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in page  # field description
    assert "&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(5)" in page  # response example
    assert "evil.example" in page  # shown as text, neither loaded nor linked
    for element in elements(page):
        href = element.attrs.get("href")
        assert "src" not in element.attrs and (href is None or href.startswith("#"))
    (article,) = with_attribute(elements(page), "data-operation")
    assert article.attrs["data-search"] == (
        "cancelservice post /api/services/{id}/cancel cancel <script>alert(1)</script>"
        " \"now\" & 'later' services.write services.cancel services"
    )
    assert [e.tag for e in elements(page) if e.tag == "script"] == ["script"]
    # A quote in a value survives the shell, and the page shows the command escaped.
    curl, *_ = examples(api.operations[0])
    words = shlex.split(curl.code)
    assert json.loads(words[words.index("-d") + 1]) == {"when": "it's <now>"}
    assert '-d \'{"when": "it\'"\'"\'s <now>"}\'' in curl.code
    assert "<now>" not in page and curl.code in unescape(page)


# ----------------------------------------------------------------------------- examples


def test_curl_example_of_a_record_create() -> None:
    assert example("createZoneRecord", "curl") == (
        "curl -X POST 'https://panel.expanse.host/api/zones/zone_123/records' \\\n"
        "  -H 'Authorization: Bearer sk_...' \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        "  -d '{\n"
        '  "name": "example",\n'
        '  "type": "example",\n'
        '  "content": "example",\n'
        '  "ttl": 1\n'
        "}'"
    )


def test_python_example_of_a_record_create() -> None:
    assert example("createZoneRecord", "Python") == (
        "from expanse_api import Expanse\n"
        "\n"
        'client = Expanse(api_key="sk_...")\n'
        "result = client.zones.records.create(\n"
        '    "zone_123",\n'
        '    name="example",\n'
        '    type="example",\n'
        '    content="example",\n'
        "    ttl=1,\n"
        ")"
    )


def test_curl_examples_for_public_binary_redirect_and_query_routes() -> None:
    assert example("retrieveBillingConfig", "curl") == (
        "curl 'https://panel.expanse.host/api/billing/config'"
    )
    assert example("retrieveBillingInvoiceDownload", "curl").endswith("-o 'invoice.html'")
    portal = example("retrieveBillingPortal", "curl")
    assert portal.startswith("curl -i 'https://panel.expanse.host/api/billing/portal?team_id=")
    assert "-L" not in shlex.split(portal)
    assert example("deleteZoneRecord", "curl").startswith(
        "curl -X DELETE 'https://panel.expanse.host/api/zones/zone_123/records?name=example&type="
    )
    assert example("createTicketMessage", "curl, multipart/form-data").endswith(
        "--form-string 'content=example' \\\n  -F 'files=@./screenshot.png'"
    )


@pytest.mark.parametrize("operation", API.operations, ids=lambda op: op.operation_id)
def test_every_curl_example_is_one_valid_shell_command(operation: Operation) -> None:
    words = shlex.split(example(operation.operation_id, "curl"))
    assert words[0] == "curl"
    assert ("-X" in words) == (operation.method != "GET")
    assert ("Authorization: Bearer sk_..." in words) == (operation.scope is not None)
    assert ("-o" in words) == (operation.response.kind in ("binary", "text"))
    assert ("-i" in words) == (operation.response.kind == "redirect")
    url = next(word for word in words if word.startswith("https://panel.expanse.host/api/"))
    assert "{" not in url
    for param in operation.query_params:
        assert f"{param.name}=" in url
    assert ("-d" in words) == (operation.body is not None and not operation.body.is_open)
    if operation.body is not None and not operation.body.is_open:
        body = json.loads(words[words.index("-d") + 1])
        required = {prop.name for prop in operation.body.type.properties if prop.required}
        assert required <= set(body)
        assert body


@pytest.mark.parametrize("operation", API.operations, ids=lambda op: op.operation_id)
def test_every_python_example_compiles_and_calls_the_client_attribute(
    operation: Operation,
) -> None:
    tree = ast.parse(example(operation.operation_id, "Python"))
    call = tree.body[-1]
    assert isinstance(call, ast.Assign) and isinstance(call.value, ast.Call)
    assert ast.unparse(call.value.func) == f"client.{operation.attribute}"
    assert len(call.value.args) == len(operation.path_params)
    keywords = {keyword.arg for keyword in call.value.keywords}
    expected = {p.python_name for p in operation.query_params}
    if operation.body is not None and not operation.body.is_open:
        properties = operation.body.type.properties
        expected |= {p.python_name for p in properties if p.required} or {
            p.python_name for p in properties
        }
    assert keywords == expected


# ----------------------------------------------------------------------------- in a browser


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserSession]:
    """One browser for the module; each test opens its page in a new tab of it."""
    session = BrowserSession(
        browser_or_skip(), CHROMIUM_FLAGS, tmp_path_factory.mktemp("browser-profile")
    )
    try:
        yield session
    finally:
        session.close()


@pytest.fixture(scope="module")
def page_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    page = tmp_path_factory.mktemp("reference") / "index.html"
    page.write_text(shipped_page(), encoding="utf-8")
    return page.as_uri()


def dump_dom(browser: BrowserSession, url: str) -> str:
    """The DOM after the page's script ran, as the browser serialises it."""
    started = time.monotonic()
    with browser.page(url) as page:
        dom = page.dom()
    assert time.monotonic() - started < 20
    return dom


def test_browser_shows_every_operation(browser: BrowserSession, page_url: str) -> None:
    dom = elements(dump_dom(browser, page_url))
    operations = [e for e in dom if "data-operation" in e.attrs]
    assert len(operations) == 134
    assert not [e for e in operations if "hidden" in e.attrs]
    # The script ran: it reveals the search box and the copy buttons it drives.
    (search,) = [e for e in dom if "data-search-box" in e.attrs]
    assert "hidden" not in search.attrs
    copy_buttons = [e for e in dom if "data-copy" in e.attrs]
    assert copy_buttons and not [e for e in copy_buttons if "hidden" in e.attrs]


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("#q=dns.write", lambda op: op.scope == "dns.write"),
        ("#q=zones.records", lambda op: op.attribute.startswith("zones.records.")),
        (
            "?q=GET+zones.records",  # every word must match, in any field
            lambda op: op.method == "GET" and op.attribute.startswith("zones.records."),
        ),
    ],
)
def test_browser_search_filters_the_list_and_the_sidebar(
    browser: BrowserSession,
    page_url: str,
    address: str,
    expected: Callable[[Operation], bool],
) -> None:
    """The page's script reads `#q=...` (or `?q=...`), puts it in the search box and dispatches
    an `input` event, so this runs the same code as typing in the box."""
    output = dump_dom(browser, page_url + address)
    dom = elements(output)
    want = {op.operation_id for op in API.operations if expected(op)}
    assert want
    shown = {
        e.attrs["data-operation"]
        for e in dom
        if "data-operation" in e.attrs and "hidden" not in e.attrs
    }
    assert shown == want
    sidebar = {
        e.attrs["data-toc-operation"]
        for e in dom
        if "data-toc-operation" in e.attrs and "hidden" not in e.attrs
    }
    assert sidebar == want
    (search_box,) = [e for e in dom if e.attrs.get("id") == "search"]
    assert search_box.tag == "input"
    (intro,) = [e for e in dom if "data-intro" in e.attrs]
    assert "hidden" in intro.attrs
    assert (
        f'<span id="match-count" aria-live="polite">{len(want)} of 134 operations</span>' in output
    )


def test_browser_screenshot(browser: BrowserSession, page_url: str, tmp_path: Path) -> None:
    wide, narrow = tmp_path / "reference.png", tmp_path / "reference-narrow.png"
    with browser.page(page_url, width=1280, height=2000) as page:
        wide.write_bytes(page.screenshot())
    with browser.page(page_url + "#q=zones.records", width=420, height=1400) as page:
        narrow.write_bytes(page.screenshot())
    for shot in (wide, narrow):
        assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert shot.stat().st_size > 20_000

"""Target: the browsable API reference, one self-contained HTML page rendered from the route
model (`reference/index.html`, written by `publish`).

Everything the page shows is computed here (type labels, field tables, error meanings, curl and
Python examples, the search text of each operation); `templates/reference/` only loops and looks
up. The shared Jinja environment does not autoescape, so the templates escape every value with
`|e`; values that already are HTML (markdown rendered by markdown-it-py with raw HTML off, and the
page's own script and style) are `Markup`, which `|e` passes through unchanged.

The page loads nothing from anywhere: its Content-Security-Policy allows no source at all except
the one inline style and the one inline script, named by their SHA-256 hashes, so a browser
enforces self-containment and would refuse any script that slipped into the catalog's text.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shlex
from dataclasses import dataclass
from functools import cache, lru_cache
from http import HTTPStatus
from urllib.parse import quote, urlencode

from markdown_it import MarkdownIt
from markupsafe import Markup
from pydantic import JsonValue

from generator import contract, naming, provenance
from generator.model import Api, Operation, Param, Property, Tag, ValueType
from generator.response_shapes import ORIGIN_WORDS
from generator.samples import example_fields, id_stem, sample_value
from generator.schema import constraints
from generator.templating import render_template

API_KEY_PLACEHOLDER = "sk_..."
# Extensions for `curl -o`; anything else is saved as an opaque `.bin`.
DOWNLOAD_EXTENSIONS = {
    "text/html": ".html",
    "text/csv": ".csv",
    "text/plain": ".txt",
    "application/json": ".json",
    "application/pdf": ".pdf",
    "application/zip": ".zip",
}
SAMPLE_UPLOAD = "./screenshot.png"
PYTHON_LINE_LENGTH = 88
JSON_BODY_LINE_LENGTH = 64


# --------------------------------------------------------------------------- markdown


@cache
def markdown_renderer() -> MarkdownIt:
    # Raw HTML off: catalog text is data, so a tag in it is shown, never interpreted. Images and
    # links off: the page fetches nothing and points nowhere but at itself.
    markdown = MarkdownIt("commonmark", {"html": False}).enable("table")
    return markdown.disable(["image", "link", "autolink"])


# The same few texts (each status's meaning, shared field descriptions) recur on every
# operation: each is rendered once.
@lru_cache(maxsize=4096)
def markdown_block(text: str) -> Markup:
    return Markup(markdown_renderer().render(text))


@lru_cache(maxsize=4096)
def markdown_inline(text: str) -> Markup:
    return Markup(markdown_renderer().renderInline(text))


# --------------------------------------------------------------------------- types and fields


def type_label(value: ValueType) -> str:
    """A value's type in plain words: `string (email)`, `array of string`, `integer, minimum 1`."""
    if value.type == "array" and value.items is not None and value.items.type is not None:
        base = f"array of {type_label(value.items)}"
    else:
        base = value.component or value.type or "any"
    if value.format:
        base += f" ({value.format}, inferred)" if value.format_inferred else f" ({value.format})"
    if value.nullable:
        base += " or null"
    parts = [base]
    if value.enum is not None:
        parts.append("one of " + ", ".join(json.dumps(item) for item in value.enum))
    parts += [constraint.label.format(bound) for constraint, bound in constraints(value)]
    if value.default is not None:
        parts.append(f"default {json.dumps(value.default)}")
    return ", ".join(parts)


@dataclass(frozen=True)
class FieldRow:
    """One line of a parameter or body table; nested fields are named by their path."""

    name: str
    depth: int
    type: str
    required: bool
    description: Markup
    location: str = ""
    assumed: str = ""  # what of this row is assumed, in words; shown as an "assumed" marker


def field_rows(
    properties: tuple[Property, ...], prefix: str = "", depth: int = 0
) -> list[FieldRow]:
    rows: list[FieldRow] = []
    for prop in properties:
        name = prefix + prop.name
        rows.append(
            FieldRow(
                name=name,
                depth=depth,
                type=type_label(prop.type),
                required=prop.required,
                description=markdown_inline(prop.type.description or ""),
                assumed=provenance.sentence(provenance.of_property(prop)),
            )
        )
        nested, child_prefix = prop.type, f"{name}."
        if nested.type == "array" and nested.items is not None:
            nested, child_prefix = nested.items, f"{name}[]."
        rows.extend(field_rows(nested.properties, child_prefix, depth + 1))
    return rows


def param_row(operation: Operation, param: Param) -> FieldRow:
    description = param.type.description
    if description is None and param.location == "path":
        # The overlay types query parameters only; a path parameter is always an id.
        noun = path_param_stem(operation.path, param.name).replace("_", " ")
        description = f"Id of the {noun}."
    return FieldRow(
        name=param.name,
        depth=0,
        type=type_label(param.type),
        required=param.required,
        description=markdown_inline(description or ""),
        location=param.location,
        assumed=provenance.sentence(provenance.of_param(param)),
    )


# --------------------------------------------------------------------------- sample values


def path_param_stem(path: str, param: str) -> str:
    """What a path parameter identifies: `{zoneId}` -> `zone`; a bare `{id}` is named after the
    collection before it (`/api/services/{id}` -> `service`)."""
    stem = id_stem(param)
    if stem is not None:
        return stem
    segments = path.split("/")
    position = segments.index("{" + param + "}")
    before = segments[position - 1] if position > 0 else ""
    return naming.snake(naming.singular(before)) if before else naming.snake(param)


def path_placeholder(path: str, param: str) -> str:
    return f"{path_param_stem(path, param)}_123"


def concrete_path(operation: Operation) -> str:
    path = operation.path
    for param in operation.path_params:
        value = quote(path_placeholder(operation.path, param.name), safe="")
        path = path.replace("{" + param.name + "}", value)
    return path


def download_name(operation: Operation) -> str:
    """`/api/billing/invoices/{id}/download` as text/html -> `invoice.html`."""
    segments = [segment for segment in operation.path.split("/") if segment and segment != "api"]
    named = [
        segment
        for segment, following in zip(segments, [*segments[1:], ""], strict=True)
        if not segment.startswith("{") and following.startswith("{")
    ]
    statics = [segment for segment in segments if not segment.startswith("{")]
    stem = naming.singular(named[-1] if named else statics[-1])
    extension = DOWNLOAD_EXTENSIONS.get(operation.response.content_type or "", ".bin")
    return stem + extension


# --------------------------------------------------------------------------- examples


@dataclass(frozen=True)
class CodeExample:
    """One tab of an operation's examples: a curl command or a Python call."""

    label: str
    language: str
    code: str
    note: Markup


def shell_quote(text: str) -> str:
    """Single-quoted for a POSIX shell; `shlex.quote` decides how, but every word is quoted so
    the examples read alike."""
    quoted = shlex.quote(text)
    return quoted if quoted.startswith("'") else f"'{text}'"


def example_query(operation: Operation) -> dict[str, JsonValue]:
    """Every query parameter: the page says whether none is required, so a full call shows
    them all."""
    return {param.name: sample_value(param.name, param.type) for param in operation.query_params}


def request_url(operation: Operation) -> str:
    query = {name: form_value(value) for name, value in example_query(operation).items()}
    return (
        contract.SERVER_URL + concrete_path(operation) + (f"?{urlencode(query)}" if query else "")
    )


def form_value(value: JsonValue) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def json_body(body: dict[str, JsonValue]) -> str:
    """One line when short; indented when long, so the example needs no sideways scrolling."""
    compact = json.dumps(body, ensure_ascii=False)
    if len(compact) <= JSON_BODY_LINE_LENGTH:
        return compact
    return json.dumps(body, ensure_ascii=False, indent=2)


def curl_command(first: list[str], options: list[list[str]]) -> str:
    lines = [" ".join(first), *(" ".join(option) for option in options)]
    return " \\\n  ".join(lines)


def auth_options(operation: Operation) -> list[list[str]]:
    if operation.scope is None:
        return []
    return [["-H", shell_quote(f"Authorization: Bearer {API_KEY_PLACEHOLDER}")]]


def curl_start(operation: Operation) -> list[str]:
    words = ["curl"]
    if operation.response.kind == "redirect":
        words.append("-i")
    if operation.method != "GET":
        words += ["-X", operation.method]
    return [*words, shell_quote(request_url(operation))]


def curl_example(operation: Operation) -> CodeExample:
    options = auth_options(operation)
    if operation.body is not None and not operation.body.is_open:  # an open body is optional
        body = {
            prop.name: sample_value(prop.name, prop.type)
            for prop in example_fields(operation.body.type)
        }
        options.append(["-H", shell_quote("Content-Type: application/json")])
        options.append(["-d", shell_quote(json_body(body))])
    if operation.response.kind in ("binary", "text"):
        options.append(["-o", shell_quote(download_name(operation))])
    notes = []
    if operation.scope is None:
        notes.append("Public: no Authorization header is needed.")
    if operation.response.kind == "redirect":
        notes.append(
            f"Answers {operation.response.status} with the target in the Location header, which"
            " `-i` prints; open it in a browser rather than following it with `-L`."
        )
    command = curl_command(curl_start(operation), options)
    return CodeExample("curl", "shell", command, markdown_inline(" ".join(notes)))


def multipart_example(operation: Operation) -> CodeExample | None:
    """The same call as multipart/form-data, uploading a file for each file part."""
    if operation.body is None or not operation.body.multipart_parts:
        return None
    options = auth_options(operation)
    for prop in example_fields(operation.body.type):
        value = form_value(sample_value(prop.name, prop.type))
        # --form-string: curl reads a file for an -F value that starts with @ or <.
        options.append(["--form-string", shell_quote(f"{prop.name}={value}")])
    for part in operation.body.multipart_parts:
        options.append(["-F", shell_quote(f"{part.name}=@{SAMPLE_UPLOAD}")])
    command = curl_command(curl_start(operation), options)
    return CodeExample("curl, multipart/form-data", "shell", command, Markup(""))


def python_literal(value: JsonValue) -> str:
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(item) for item in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{json.dumps(key)}: {python_literal(item)}" for key, item in value.items())
        return "{" + ", ".join(pairs) + "}"
    return repr(value)


def python_example(operation: Operation) -> CodeExample:
    """A call on the documented client surface: path parameters positional, then keywords."""
    arguments = [
        python_literal(path_placeholder(operation.path, param.name))
        for param in operation.path_params
    ]
    keywords = {
        param.python_name: sample_value(param.name, param.type) for param in operation.query_params
    }
    if operation.body is not None:
        keywords |= {
            prop.python_name: sample_value(prop.name, prop.type)
            for prop in example_fields(operation.body.type)
        }
    arguments += [f"{name}={python_literal(value)}" for name, value in keywords.items()]
    call = f"result = client.{operation.attribute}("
    one_line = call + ", ".join(arguments) + ")"
    if len(one_line) > PYTHON_LINE_LENGTH:
        one_line = call + "".join(f"\n    {argument}," for argument in arguments) + "\n)"
    setup = (
        f'from expanse_api import Expanse\n\nclient = Expanse(api_key="{API_KEY_PLACEHOLDER}")\n'
    )
    return CodeExample("Python", "python", setup + one_line, Markup(""))


def examples(operation: Operation) -> tuple[CodeExample, ...]:
    multipart = multipart_example(operation)
    found = [curl_example(operation), multipart, python_example(operation)]
    return tuple(example for example in found if example is not None)


# --------------------------------------------------------------------------- responses


def status_family(status: int) -> str:
    """`404` -> `4xx`, the badge colour of a status."""
    return f"{status // 100}xx"


@dataclass(frozen=True)
class ErrorRow:
    status: int
    name: str
    meaning: Markup

    @property
    def family(self) -> str:
        return status_family(self.status)


def error_rows(operation: Operation) -> tuple[ErrorRow, ...]:
    return tuple(
        ErrorRow(
            status,
            contract.ERROR_RESPONSES[status],
            markdown_inline(contract.ERROR_MEANINGS[status]),
        )
        for status in operation.errors
    )


@dataclass(frozen=True)
class ResponseView:
    status: int
    reason: str
    content_type: str
    meaning: Markup
    example: str
    component: str  # the named schema of a JSON body with known keys, else ""
    fields: tuple[FieldRow, ...]  # its keys, nested ones by path

    @property
    def family(self) -> str:
        return status_family(self.status)


def response_view(operation: Operation) -> ResponseView:
    response = operation.response
    # The resolved wording, except where the page says it for a reader rather than a tool.
    if response.kind == "redirect":
        meaning = "A redirect: the target is in the `Location` header; clients do not follow it."
    elif response.kind == "json" and response.response_key is None:
        origin = ORIGIN_WORDS[response.shape_origin or "assumed"]
        meaning = f"A JSON object. {origin}{provenance.media_sentences(response)}"
    else:
        meaning = response.description
    example = response.example
    body = response.type if response.kind == "json" else None
    return ResponseView(
        status=response.status,
        reason=HTTPStatus(response.status).phrase,
        content_type=response.content_type or "",
        meaning=markdown_inline(meaning),
        example=json.dumps(example.value, indent=2, ensure_ascii=False) if example else "",
        component=(body.component or "") if body else "",
        fields=tuple(field_rows(body.properties)) if body else (),
    )


# --------------------------------------------------------------------------- the page


@dataclass(frozen=True)
class OperationView:
    operation: Operation
    scope: str  # the scope, or "public"
    search_text: str
    description: Markup
    params: tuple[FieldRow, ...]
    body_fields: tuple[FieldRow, ...]
    multipart_parts: tuple[FieldRow, ...]
    response: ResponseView
    errors: tuple[ErrorRow, ...]
    examples: tuple[CodeExample, ...]
    open_body_note: str = ""  # why an open body is open, for its "assumed" marker


@dataclass(frozen=True)
class GroupView:
    tag: Tag
    anchor: str
    description: Markup
    operations: tuple[OperationView, ...]


def search_text(operation: Operation) -> str:
    """What the search box matches against, lower-cased once here instead of on every key."""
    words = (
        operation.operation_id,
        operation.method,
        operation.path,
        operation.summary,
        operation.scope or "public",
        operation.attribute,
        operation.tag,
    )
    return " ".join(words).lower()


def operation_view(operation: Operation) -> OperationView:
    body = operation.body
    return OperationView(
        operation=operation,
        scope=operation.scope or "public",
        search_text=search_text(operation),
        description=markdown_block(operation.description),
        params=tuple(param_row(operation, param) for param in operation.params),
        body_fields=tuple(field_rows(body.type.properties)) if body else (),
        multipart_parts=tuple(field_rows(body.multipart_parts)) if body else (),
        response=response_view(operation),
        errors=error_rows(operation),
        examples=examples(operation),
        open_body_note=(body.type.description or "") if body and body.is_open else "",
    )


def tag_anchor(name: str) -> str:
    # operationIds are camel case without hyphens, so `tag-...` anchors can never collide.
    return "tag-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def groups(api: Api) -> tuple[GroupView, ...]:
    return tuple(
        GroupView(
            tag=tag,
            anchor=tag_anchor(tag.name),
            description=markdown_inline(tag.description),
            operations=tuple(
                operation_view(operation)
                for operation in api.operations
                if operation.tag == tag.name
            ),
        )
        for tag in api.tags
    )


def csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_reference(api: Api) -> str:
    """The whole reference page as one HTML document."""
    style = render_template("reference/style.css.j2")
    script = render_template("reference/script.js.j2")
    policy = "; ".join(
        (
            "default-src 'none'",
            f"style-src {csp_hash(style)}",
            f"script-src {csp_hash(script)}",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    return render_template(
        "reference/index.html.j2",
        api=api,
        groups=groups(api),
        intro=markdown_block(render_template("openapi/description.md.j2")),
        operation_count=len(api.operations),
        content_security_policy=policy,
        style=Markup(style),
        script=Markup(script),
    )


def render(api: Api) -> dict[str, str]:
    return {"reference/index.html": render_reference(api)}

"""Parse stage: the Markdown route catalog -> `Catalog`.

The parser walks markdown-it-py's token stream, so Markdown decides what is a heading, a list or
a fence; this module only decides what each block means. It knows nothing of OpenAPI. Every
problem names the file and line and says what was expected; the parser collects them all and
raises one `InputError`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator import jsonvalue, scopes
from generator.model import (
    METHOD_ORDER,
    BodySchema,
    Catalog,
    DescriptionLine,
    Example,
    Group,
    HttpMethod,
    MethodNotes,
    QueryParam,
    Route,
    SchemaField,
)
from generator.naming import PATH_PARAM
from generator.problems import InputError, Problem

PANEL_ORIGIN = re.compile(r"^https?://[^/]+(?=/)")
# The names a route parameter may take, in the source path and in the route path.
PARAM_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
# Next.js route params: `[id]`, and `[...slug]` (a catch-all, one `{slug}` here).
NEXT_PARAM = re.compile(rf"\[(?:\.\.\.)?({PARAM_NAME})\]")
PATH_SHAPE = re.compile(rf"^/api(/([A-Za-z0-9._~-]+|\{{{PARAM_NAME}\}}))+$")
METHOD_SPLIT = re.compile(r"[\s,]+")
LABEL = re.compile(
    r"^(?P<label>source|http|description|query parameters|request body \(zod\))(?![\w(])\s*:?\s*"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
QUERY_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_.\[\]-]*)\s*(?:\((?P<type>[^)]*)\))?\s*(?P<note>.*)$"
)
RESPONSE_KEY = re.compile(
    r"^JSON: an object with key [\"“]?(?P<key>[A-Za-z_$][\w$-]*)[\"”]?(?:\s|$)"
)
SCHEMA_NAME = re.compile(r"^[A-Za-z_$][\w$]*$")
FIELD_NAME = re.compile(r"^[A-Za-z_$][\w$-]*$")

SECTION_LABELS = {
    "description": "description",
    "query parameters": "query",
    "request body (zod)": "body",
}
Section = Literal["description", "query", "body"]
EXPECTED_IN_ROUTE = (
    "'Source:', 'HTTP:', '**Description:**', '**Query parameters:**', "
    "'**Request body (Zod):**' or a '#### METHOD' subsection"
)
EXPECTED_IN_METHOD = (
    "an 'Example success response body' or 'Typical error shape' line, a ```json fence, "
    "'JSON: an object with key ...' or 'See handler for response shape.'"
)


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Line:
    """One logical line of a paragraph: its plain text and source line (1-based)."""

    text: str
    line: int


@dataclass
class Item:
    text: str
    line: int
    children: list[Item] = field(default_factory=list)


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    line: int


@dataclass(frozen=True)
class Paragraph:
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class BulletList:
    items: tuple[Item, ...]
    line: int


@dataclass(frozen=True)
class Fence:
    info: str
    content: str
    line: int


@dataclass(frozen=True)
class Other:
    kind: str
    line: int


Block = Heading | Paragraph | BulletList | Fence | Other

# Only what the catalog format uses: headings, paragraphs, lists and fences; code spans, bold,
# escapes and line breaks. Anything else (quotes, rules, HTML, indented code, links) then reads as
# plain text, which the route grammar refuses with file and line. ~25% faster on large catalogs.
_markdown = (
    MarkdownIt("commonmark")
    .disable(["code", "blockquote", "hr", "reference", "html_block", "lheading"])
    .disable(["link", "image", "autolink", "html_inline", "entity"])
)


def _start_line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 0


def _inline_lines(inline: Token) -> list[Line]:
    """Plain text of an inline token, one `Line` per source line (code spans and bold unwrapped)."""
    first = _start_line(inline)
    lines: list[Line] = []
    parts: list[str] = []
    for child in inline.children or []:
        if child.type in ("softbreak", "hardbreak"):
            lines.append(Line("".join(parts).strip(), first + len(lines)))
            parts = []
        elif child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
    lines.append(Line("".join(parts).strip(), first + len(lines)))
    return lines


def _joined(inline: Token) -> str:
    """Plain text of an inline token with wrapped lines joined by single spaces."""
    return " ".join(line.text for line in _inline_lines(inline) if line.text)


def _list_items(tokens: list[Token], start: int) -> tuple[list[Item], int]:
    """Read the list opening at `tokens[start]`; return its items and the index after it."""
    items: list[Item] = []
    index = start + 1
    depth_close = tokens[start].type.replace("_open", "_close")
    while tokens[index].type != depth_close:
        token = tokens[index]
        if token.type == "list_item_open":
            items.append(Item("", _start_line(token)))
        elif token.type == "inline" and items and not items[-1].text:
            items[-1].text = _joined(token)
        elif token.type in ("bullet_list_open", "ordered_list_open") and items:
            children, index = _list_items(tokens, index)
            items[-1].children.extend(children)
            continue
        index += 1
    return items, index + 1


def _blocks(text: str) -> Iterator[Block]:
    tokens = _markdown.parse(text)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            yield Heading(int(token.tag[1]), _joined(tokens[index + 1]), _start_line(token))
            index += 3
        elif token.type == "paragraph_open":
            yield Paragraph(tuple(_inline_lines(tokens[index + 1])))
            index += 3
        elif token.type == "bullet_list_open":
            items, index = _list_items(tokens, index)
            yield BulletList(tuple(items), _start_line(token))
        elif token.type == "fence":
            yield Fence(token.info.strip(), token.content, _start_line(token))
            index += 1
        else:
            kind = {
                "ordered_list_open": "a numbered list",
                "code_block": "an indented code block",
                "blockquote_open": "a block quote",
                "hr": "a horizontal rule",
                "html_block": "an HTML block",
            }.get(token.type, token.type)
            yield Other(kind, _start_line(token))
            index = _skip_block(tokens, index)


def _skip_block(tokens: list[Token], index: int) -> int:
    if tokens[index].nesting != 1:
        return index + 1
    level = tokens[index].level
    index += 1
    while not (tokens[index].nesting == -1 and tokens[index].level == level):
        index += 1
    return index + 1


# --------------------------------------------------------------------------- route sections


def normalise_path(raw: str) -> str:
    """`https://host/api/x/[id]` -> `/api/x/{id}`; `[...slug]` -> `{slug}`; no trailing slash."""
    path = PANEL_ORIGIN.sub("", raw.strip().strip("`").strip())
    path = NEXT_PARAM.sub(r"{\1}", path)
    return path.rstrip("/") if path != "/" else path


@dataclass
class RouteDraft:
    path: str
    line: int
    source: str | None = None
    methods: tuple[HttpMethod, ...] | None = None
    methods_line: int = 0
    description: list[DescriptionLine] = field(default_factory=list)
    query_params: list[QueryParam] = field(default_factory=list)
    body_schemas: list[BodySchema] = field(default_factory=list)
    responses: dict[str, MethodNotes] = field(default_factory=dict)
    section: Section | None = None
    current_method: str | None = None


class CatalogParser:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.groups: dict[str, tuple[int, list[Route]]] = {}
        self.seen_paths: dict[str, int] = {}
        self.group: str | None = None
        self.route: RouteDraft | None = None
        self.route_broken = False
        self.groups_with_routes: set[str] = set()

    def fail(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))

    def fail_route(self, line: int, message: str) -> None:
        """Record a problem and skip the rest of this route, so one mistake gives one message."""
        self.fail(line, message)
        self.route_broken = True

    # ---------------------------------------------------------------- driver

    def parse(self, text: str) -> Catalog:
        for block in _blocks(text):
            if isinstance(block, Heading) and block.level <= 3:
                self.finish_route()
                self.heading(block)
            elif self.route is None or self.route_broken:
                if self.group is not None and self.route is None:
                    self.outside_route(block)
            else:
                self.in_route(self.route, block)
        self.finish_route()
        if not self.groups and not self.problems:
            self.fail(0, "found no routes, expected at least one '### `/api/...`' route section")
        for name, (line, _) in self.groups.items():
            if name not in self.groups_with_routes:
                self.fail(
                    line,
                    f"found group '{name}' with no routes, expected at least one "
                    "'### `/api/...`' route section under it",
                )
        if self.problems:
            raise InputError(sorted(self.problems))
        return Catalog(
            groups=tuple(
                Group(name=name, line=line, routes=tuple(sorted(routes, key=lambda r: r.path)))
                for name, (line, routes) in sorted(self.groups.items())
            )
        )

    def heading(self, heading: Heading) -> None:
        if heading.level == 1:
            if self.group is not None:
                self.fail(
                    heading.line,
                    f"found a '# {heading.text}' heading inside the catalog, "
                    "expected '## Group' or '### `/api/...`'",
                )
            return
        if heading.level == 2:
            self.group = heading.text.strip()
            if not self.group:
                self.fail(heading.line, "found an empty '## ' heading, expected a group name")
            self.groups.setdefault(self.group, (heading.line, []))
            return
        if self.group is None:
            self.fail(
                heading.line,
                f"found route '{heading.text}' before any '## Group' heading, "
                "expected a '## ' group heading first",
            )
            return
        self.start_route(heading)

    def outside_route(self, block: Block) -> None:
        line = block.lines[0].line if isinstance(block, Paragraph) else block.line
        self.fail(
            line,
            f"found {_describe(block)} between a group heading and its first route, "
            "expected a '### `/api/...`' route heading",
        )

    def start_route(self, heading: Heading) -> None:
        assert self.group is not None
        self.groups_with_routes.add(self.group)
        path = normalise_path(heading.text)
        self.route = RouteDraft(path=path, line=heading.line)
        self.route_broken = False
        if not path.startswith("/api/"):
            self.fail_route(
                heading.line,
                f"found route path '{heading.text}', expected a path "
                "starting with '/api/' (or the full panel URL)",
            )
        elif not PATH_SHAPE.match(path):
            self.fail_route(
                heading.line,
                f"found route path '{path}', expected segments of "
                "letters, digits, '-', '_', '.' or '{param}'",
            )
        elif scopes.normalise_path(path) != path:
            self.fail_route(
                heading.line,
                f"found route path '{path}' with a dot segment ('.' or '..'), which reaches "
                f"'{scopes.normalise_path(path)}', expected a path that reaches itself",
            )
        elif len(set(PATH_PARAM.findall(path))) != len(PATH_PARAM.findall(path)):
            self.fail_route(
                heading.line,
                f"found route path '{path}' with a repeated parameter, "
                "expected each path parameter once",
            )
        elif path in self.seen_paths:
            self.fail_route(
                heading.line,
                f"found a duplicate route '{path}', expected each path "
                f"once (first at line {self.seen_paths[path]})",
            )
        else:
            self.seen_paths[path] = heading.line

    # ---------------------------------------------------------------- inside a route

    def in_route(self, route: RouteDraft, block: Block) -> None:
        if isinstance(block, Heading):
            self.method_heading(route, block)
        elif route.current_method is not None:
            self.in_method(route, route.current_method, block)
        elif isinstance(block, Paragraph):
            for line in block.lines:
                if not self.route_broken:
                    self.route_line(route, line)
        elif isinstance(block, BulletList) and route.section is not None:
            {"description": self.description, "query": self.query, "body": self.body}[
                route.section
            ](route, block.items)
        else:
            self.fail_route(
                _block_line(block), f"found {_describe(block)}, expected {EXPECTED_IN_ROUTE}"
            )

    def route_line(self, route: RouteDraft, line: Line) -> None:
        match = LABEL.match(line.text)
        label = match.group("label").strip().lower() if match else ""
        rest = match.group("rest").strip() if match else ""
        if label == "source" and match:
            route.source = rest.strip("`").strip()
            self.check_source(route, line)
        elif label == "http" and match:
            self.http_line(route, rest, line)
        elif label in SECTION_LABELS and not rest:
            route.section = cast(Section, SECTION_LABELS[label])
        else:
            self.fail_route(line.line, f"found '{line.text}', expected {EXPECTED_IN_ROUTE}")

    def check_source(self, route: RouteDraft, line: Line) -> None:
        assert route.source is not None
        source_params = NEXT_PARAM.findall(route.source)
        path_params = PATH_PARAM.findall(route.path)
        if not route.source:
            self.fail_route(line.line, "found an empty 'Source:', expected the route file path")
        elif source_params != path_params:
            shown = ", ".join(f"[{name}]" for name in source_params) or "no parameters"
            wanted = ", ".join(f"[{name}]" for name in path_params) or "no parameters"
            self.fail_route(
                line.line,
                f"found {shown} in Source '{route.source}', expected "
                f"{wanted} to match the path '{route.path}'",
            )

    def http_line(self, route: RouteDraft, rest: str, line: Line) -> None:
        words = [word.strip("`").upper() for word in METHOD_SPLIT.split(rest) if word.strip("`")]
        unknown = [word for word in words if word not in METHOD_ORDER]
        if not words or unknown:
            found = ", ".join(unknown) if unknown else "no methods"
            self.fail_route(
                line.line,
                f"found {found} in 'HTTP:', expected methods from " f"{', '.join(METHOD_ORDER)}",
            )
            return
        if len(set(words)) != len(words):
            self.fail_route(
                line.line, f"found a repeated method in 'HTTP: {rest}', expected each once"
            )
            return
        route.methods = tuple(method for method in METHOD_ORDER if method in words)
        route.methods_line = line.line

    def description(self, route: RouteDraft, items: tuple[Item, ...], depth: int = 0) -> None:
        for item in items:
            route.description.append(DescriptionLine(text=item.text, depth=depth, line=item.line))
            self.description(route, tuple(item.children), depth + 1)

    def query(self, route: RouteDraft, items: tuple[Item, ...]) -> None:
        for item in items:
            match = QUERY_PARAM.match(item.text)
            if not match or item.children:
                self.fail_route(
                    item.line,
                    f"found query parameter '{item.text}', expected "
                    "'`name` (type) — note' with no nested items",
                )
                return
            route.query_params.append(
                QueryParam(
                    name=match.group("name"),
                    type=(match.group("type") or "").strip() or None,
                    note=match.group("note").lstrip("\u2014\u2013-: ").strip(),
                    line=item.line,
                )
            )

    def body(self, route: RouteDraft, items: tuple[Item, ...]) -> None:
        for item in items:
            if not SCHEMA_NAME.match(item.text):
                self.fail_route(
                    item.line,
                    f"found '{item.text}' in the request body list, expected "
                    "a Zod schema name such as `BodySchema`",
                )
                return
            fields: list[SchemaField] = []
            for child in item.children:
                if not FIELD_NAME.match(child.text) or child.children:
                    self.fail_route(
                        child.line,
                        f"found '{child.text}' under schema {item.text}, "
                        "expected one field name per nested item",
                    )
                    return
                fields.append(SchemaField(name=child.text, line=child.line))
            route.body_schemas.append(
                BodySchema(name=item.text, fields=tuple(fields), line=item.line)
            )

    # ---------------------------------------------------------------- method subsections

    def method_heading(self, route: RouteDraft, heading: Heading) -> None:
        method = heading.text.strip("`").strip().upper()
        if heading.level != 4 or method not in METHOD_ORDER:
            self.fail_route(
                heading.line,
                f"found heading '{'#' * heading.level} {heading.text}', "
                "expected '#### METHOD' for a method in 'HTTP:'",
            )
        elif route.methods is None:
            self.fail_route(
                heading.line,
                f"found '#### {method}' before the 'HTTP:' line, " "expected 'HTTP:' first",
            )
        elif method not in route.methods:
            self.fail_route(
                heading.line,
                f"found '#### {method}', expected a method listed in "
                f"'HTTP:' ({', '.join(route.methods)})",
            )
        elif method in route.responses:
            self.fail_route(
                heading.line,
                f"found a second '#### {method}' subsection, expected "
                f"one (first at line {route.responses[method].line})",
            )
        else:
            route.current_method = method
            route.responses[method] = MethodNotes(method=method, line=heading.line)

    def in_method(self, route: RouteDraft, method: str, block: Block) -> None:
        notes = route.responses[method]
        if isinstance(block, Fence):
            notes = self.example(notes, block)
        elif isinstance(block, Paragraph):
            for line in block.lines:
                notes = self.method_line(notes, line)
        else:
            self.fail_route(
                _block_line(block),
                f"found {_describe(block)} under '#### {method}', "
                f"expected {EXPECTED_IN_METHOD}",
            )
        route.responses[method] = notes

    def method_line(self, notes: MethodNotes, line: Line) -> MethodNotes:
        text = line.text
        key = RESPONSE_KEY.match(text)
        if text.startswith("Example success response body"):
            return notes.model_copy(update={"example_kind": "success"})
        if text.rstrip(":").strip() == "Typical error shape":
            return notes.model_copy(update={"example_kind": "error"})
        if text.rstrip(".") == "See handler for response shape":
            return notes.model_copy(update={"see_handler": True})
        if key:
            return notes.model_copy(update={"response_key": key.group("key")})
        self.fail_route(
            line.line, f"found '{text}' under '#### {notes.method}', expected {EXPECTED_IN_METHOD}"
        )
        return notes

    def example(self, notes: MethodNotes, fence: Fence) -> MethodNotes:
        if fence.info.split()[:1] != ["json"]:
            self.fail_route(
                fence.line,
                f"found a ```{fence.info} fence under '#### {notes.method}', "
                "expected a ```json fence",
            )
            return notes
        if notes.example is not None:
            self.fail_route(
                fence.line,
                f"found a second ```json example under '#### {notes.method}', " "expected one",
            )
            return notes
        try:
            value = jsonvalue.loads(fence.content)
        except jsonvalue.UnfitJson as error:
            self.fail_route(fence.line, f"{error} in the example")
            return notes
        except json.JSONDecodeError as error:
            self.fail_route(
                fence.line + error.lineno,
                f"found invalid JSON in the example "
                f"({error.msg}), expected a valid JSON document",
            )
            return notes
        kind = notes.example_kind or "success"
        return notes.model_copy(update={"example": Example(value=value), "example_kind": kind})

    # ---------------------------------------------------------------- closing a route

    def finish_route(self) -> None:
        route, self.route = self.route, None
        if route is None or self.route_broken or self.group is None:
            return
        if route.source is None:
            self.fail(
                route.line,
                f"found route '{route.path}' without 'Source:', "
                "expected 'Source: `src/app/api/.../route.ts`'",
            )
            return
        if route.methods is None:
            self.fail(
                route.line,
                f"found route '{route.path}' without 'HTTP:', "
                "expected a line such as 'HTTP: GET, POST'",
            )
            return
        names = [schema.name for schema in route.body_schemas]
        if len(set(names)) != len(names):
            self.fail(route.line, f"found a repeated schema in '{route.path}', expected each once")
            return
        self.groups[self.group][1].append(
            Route(
                path=route.path,
                path_params=tuple(PATH_PARAM.findall(route.path)),
                source=route.source,
                methods=route.methods,
                description=tuple(route.description),
                query_params=tuple(route.query_params),
                body_schemas=tuple(route.body_schemas),
                responses=tuple(
                    route.responses[method] for method in route.methods if method in route.responses
                ),
                line=route.line,
            )
        )


def _block_line(block: Block) -> int:
    return block.lines[0].line if isinstance(block, Paragraph) else block.line


def _describe(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"'{block.lines[0].text}'"
    if isinstance(block, BulletList):
        return "a bullet list"
    if isinstance(block, Fence):
        return "a code fence"
    if isinstance(block, Heading):
        return f"heading '{block.text}'"
    return block.kind


def parse_catalog_text(text: str, file: str) -> Catalog:
    return CatalogParser(file).parse(text)


def parse_catalog(path: Path) -> Catalog:
    """Read and parse the catalog file; every failure is an `InputError` naming the file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(
            [Problem(str(path), 0, "no such file, expected the route catalog")]
        ) from None
    except OSError as error:
        raise InputError(
            [Problem(str(path), 0, f"cannot read the catalog ({error.strerror})")]
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            [
                Problem(
                    str(path),
                    line,
                    f"found a byte that is not UTF-8 (0x{data[error.start]:02x}), "
                    "expected a UTF-8 text file",
                )
            ]
        ) from None
    return parse_catalog_text(text.removeprefix("\ufeff"), str(path))

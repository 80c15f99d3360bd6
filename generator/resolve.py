"""Resolve stage: `Catalog` + `Overlay` -> `Api`.

Everything that decides lives here (or in `naming` and `scopes`, which it calls): which method
takes which body and query parameter, each value's type, each operation's scope, summary and
responses. Templates only loop over the result. Problems that make the API ambiguous are errors;
gaps between catalog and overlay are warnings (`--strict` makes them errors).

Resolve also decides each fact's origin (`model.Origin`): what the catalog's own words say
(a path parameter, a query parameter's "(string)"), what an overlay entry states with a source
quoted from the route's catalog entry (checked here) or a handler reference, and what is
assumed (everything else). A write whose Zod schema the page did not detect gets an optional
open body, itself assumed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator import naming, provenance, response_shapes, scopes
from generator.model import (
    ASSUMED,
    METHOD_ORDER,
    Alternative,
    Api,
    BodySchema,
    Catalog,
    HttpMethod,
    MethodNotes,
    Operation,
    Origin,
    Param,
    Property,
    QueryParam,
    RequestBody,
    Response,
    Route,
    Tag,
    ValueType,
)
from generator.overlay import (
    FieldSpec,
    MethodSpec,
    Overlay,
    QuerySpec,
    RouteSpec,
    SourcedSpec,
    TypeSpec,
)
from generator.problems import InputError, Problem

BODY_METHODS = ("POST", "PUT", "PATCH")
DEFAULT_QUERY_METHODS = ("GET", "HEAD", "DELETE")
# A schema's first word says which method takes it when a route has several body methods.
SCHEMA_VERBS: dict[str, HttpMethod] = {
    "add": "POST",
    "create": "POST",
    "post": "POST",
    "new": "POST",
    "update": "PATCH",
    "patch": "PATCH",
    "edit": "PATCH",
    "put": "PUT",
    "replace": "PUT",
}
METHOD_WORD = r"(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)"
METHOD_MENTION = re.compile(
    rf"(?:^|(?<=[,|;]\s))(?P<methods>{METHOD_WORD}(?:\s*/\s*{METHOD_WORD})*)(?![A-Za-z])"
    r"(?P<path>\s+/api/\S*)?\s*(?:[:\u2014\u2013-]\s*)?"
)
QUERY_HINT = re.compile(r"[?&]([A-Za-z_][A-Za-z0-9_]*)=")
HINT_IN_TEXT = re.compile(r"\s*\(\?[^)]*\)")

ERROR_STATUSES = (400, 401, 403, 404, 429, 500)
REDIRECT_DESCRIPTION = (
    "A redirect; the target is in the `Location` header and is not followed by clients."
)
# Component schemas the document defines besides bodies and responses.
SHARED_COMPONENTS = frozenset({"Error"})
WHITESPACE = re.compile(r"\s+")
# `Get single invoice (for viewing)`: the aside stays in the description, not the summary.
TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)$")
OPEN_BODY_DESCRIPTION = (
    "The page detected no Zod schema for this write, so its JSON body, if any, is not "
    "documented: any object is accepted here and sent as given."
)


@dataclass(frozen=True)
class MethodText:
    """What one description line says about some methods."""

    methods: tuple[str, ...]
    text: str
    query_hints: tuple[str, ...]


@dataclass
class Resolver:
    catalog: Catalog
    overlay: Overlay
    catalog_file: str
    overlay_file: str
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.catalog_file, line, message))

    def warn(self, message: str) -> None:
        self.warnings.append(Problem(self.overlay_file, 0, message))

    # ------------------------------------------------------------------ the whole API

    def resolve(self) -> Api:
        all_paths = naming.PathIndex(route.path for route in self.catalog.routes)
        operations: list[Operation] = []
        for group in self.catalog.groups:
            for route in group.routes:
                operations.extend(self.route_operations(route, group.name, all_paths))
        self.check_overlay_matches()
        if not operations and not self.problems:
            self.error(0, "found no operations, expected at least one route with a method")
        if self.problems:
            raise InputError(sorted(self.problems))
        # Names are checked as shared: one component per body and element shape.
        operations = share_components(operations)
        self.check_unique(operations)
        if self.problems:
            raise InputError(sorted(self.problems))
        tags = []
        # The page's order of groups (the catalog's), which the parser keeps as line numbers.
        for group in sorted(self.catalog.groups, key=lambda group: group.line):
            spec = self.overlay.groups.get(group.name)
            if spec is None:
                self.warn(
                    f"group '{group.name}' has no description (add [groups.\"{group.name}\"])"
                )
            tags.append(Tag(name=group.name, description=spec.description if spec else group.name))
        order = {method: index for index, method in enumerate(METHOD_ORDER)}
        operations.sort(key=lambda op: (op.path, order[op.method]))
        taken = {*SHARED_COMPONENTS, *(op.body.component for op in operations if op.body)}
        taken |= {
            prop.type.items.component
            for op in operations
            if op.body is not None
            for prop in op.body.type.properties
            if prop.type.items is not None and prop.type.items.component is not None
        }
        operations, components, clashes = response_shapes.name_components(operations, taken)
        if clashes:
            raise InputError(Problem(self.catalog_file, 0, clash) for clash in clashes)
        return Api(
            title=self.overlay.info.title,
            version=self.overlay.info.version,
            tags=tuple(tags),
            operations=tuple(operations),
            response_components=components,
        )

    def route_operations(
        self, route: Route, group: str, all_paths: naming.PathIndex
    ) -> list[Operation]:
        """One operation per method of the route; none when the route is off the surface."""
        spec = self.overlay.routes.get(route.path, RouteSpec())
        try:
            scopes.required_scope("GET", route.path)
        except scopes.OutsideSurface:
            self.error(
                route.line,
                f"found route '{route.path}' outside the dual-auth surface, "
                f"expected a path under {', '.join(scopes.PREFIXES)}",
            )
            return []
        texts = method_texts(route)
        bodies = self.body_schemas_by_method(route, spec)
        query_methods = self.query_placement(route, spec, texts)
        notes = {note.method: note for note in route.responses}
        operations = []
        for method in route.methods:
            name = naming.operation_name(route.path, method, route.methods, all_paths)
            params = [path_param(route, p) for p in route.path_params]
            params += [
                self.query_param(route, query, spec.query.get(query.name))
                for query in route.query_params
                if method in query_methods[query.name]
            ]
            schema = bodies.get(method)
            if schema is not None:
                body: RequestBody | None = self.request_body(route, schema, spec, name)
            else:
                body = open_body() if method in BODY_METHODS else None
            method_spec = spec.methods.get(method, MethodSpec())
            scope = scopes.required_scope(method, route.path)
            response = self.response(route, notes.get(method), method_spec, method)
            operations.append(
                Operation(
                    operation_id=name.operation_id,
                    attribute=name.attribute,
                    resource=name.resource,
                    verb=name.verb,
                    method=method,
                    path=route.path,
                    tag=group,
                    source=route.source,
                    summary=method_spec.summary or summary(route, method, texts, name),
                    description=description(route, method),
                    scope=scope,
                    params=tuple(params),
                    body=body,
                    response=response,
                    deprecated=method_spec.deprecated,
                    errors=error_statuses(scope, params, body),
                )
            )
            self.check_python_names(route, operations[-1])
        return operations

    # ------------------------------------------------------------------ bodies

    def body_schemas_by_method(self, route: Route, spec: RouteSpec) -> dict[str, BodySchema]:
        """Which method takes which Zod schema: by rule, never by guess."""
        takers = [method for method in route.methods if method in BODY_METHODS]
        schemas = route.body_schemas
        if not schemas:
            return {}
        if not takers:
            self.error(
                schemas[0].line,
                f"found schema {schemas[0].name} on '{route.path}', "
                "expected the route to have a POST, PUT or PATCH method to take it",
            )
            return {}
        if len(schemas) == 1 and len(takers) == 1:
            return {takers[0]: schemas[0]}
        chosen: dict[str, BodySchema] = {}
        for schema in schemas:
            verb = naming.words(schema.name)[0]
            method = SCHEMA_VERBS.get(verb)
            if method is None or method not in takers or method in chosen:
                self.error(
                    schema.line,
                    f"found schema {schema.name} on '{route.path}' "
                    f"({', '.join(route.methods)}), expected a name that says its method "
                    "(Add/Create/Post -> POST, Update/Patch/Edit -> PATCH, Put/Replace -> PUT) "
                    "for a method no other schema takes",
                )
                continue
            chosen[method] = schema
        return chosen

    def request_body(
        self, route: Route, schema: BodySchema, spec: RouteSpec, name: naming.OperationName
    ) -> RequestBody:
        """The body a Zod schema stands for, its fields typed by the overlay."""
        field_specs = spec.body.get(schema.name, {})
        top: list[tuple[str, FieldSpec | None]] = []
        nested: dict[str, list[tuple[str, FieldSpec]]] = defaultdict(list)
        for schema_field in schema.fields:
            field_spec = field_specs.get(schema_field.name)
            if field_spec is None:
                self.warn(
                    f"{route.path}: field '{schema_field.name}' of {schema.name} has no overlay "
                    "entry; it gets an unconstrained schema"
                )
            if field_spec is not None and field_spec.parent is not None:
                nested[field_spec.parent].append((schema_field.name, field_spec))
            else:
                top.append((schema_field.name, field_spec))
        names = {field_name for field_name, _ in top}
        for parent in nested:
            if parent not in names:
                self.error(
                    schema.line,
                    f"overlay puts fields of {schema.name} in '{parent}', "
                    f"expected '{parent}' to be a top-level field of {schema.name}",
                )
        properties = []
        for field_name, field_spec in top:
            value = self.sourced_type(route, field_spec) if field_spec else ValueType()
            children = nested.get(field_name)
            if children:
                if value.type != "array":
                    self.error(
                        schema.line,
                        f"overlay nests fields in {schema.name}.{field_name}, "
                        'expected it to have type = "array"',
                    )
                item = self.object_type(route, children, base=value.items).model_copy(
                    update={"component": naming.item_component(name.resource, field_name)}
                )
                value = value.model_copy(update={"items": item})
            properties.append(self.prop(route, field_name, field_spec, value))
        multipart = tuple(
            self.prop(route, part, spec_, self.sourced_type(route, spec_))
            for part, spec_ in spec.multipart.items()
        )
        return RequestBody(
            component=name.body_component,
            zod_name=schema.name,
            type=ValueType(
                type="object",
                properties=tuple(properties),
                required=tuple(p.name for p in properties if p.required),
                # The page lists the schema's fields: the object and its members are stated.
                origins=(("type", SCHEMA_ORIGIN), ("shape", SCHEMA_ORIGIN)),
            ),
            multipart_parts=multipart,
        )

    # ------------------------------------------------------------------ facts and their origins

    def origin(self, route: Route, source: str) -> Origin:
        """The origin of an entry's stated facts: its source, if the route's catalog entry
        holds the quote (or it names the route's handler)."""
        quoted = normalise(source) in normalise(catalog_text(route))
        if not (quoted or source.startswith(route.source)):
            self.problems.append(
                Problem(
                    self.overlay_file,
                    0,
                    f"{route.path}: found source {source!r}, expected words of the route's "
                    f"catalog entry or a handler reference starting with {route.source}",
                )
            )
        return Origin(kind="overlay", source=source)

    def sourced_type(
        self, route: Route, spec: SourcedSpec, base: ValueType | None = None
    ) -> ValueType:
        """The entry's type; its stated facts carry its source, the rest are assumed. `base`
        holds what the catalog itself says (a query parameter's type)."""
        value = value_type(spec)
        origins = dict(base.origins) if base else {}
        if base is not None and value.type is None:
            value = value.model_copy(update={"type": base.type})
        elif (
            base is not None
            and base.type is not None
            and value.type != base.type
            and "type" not in spec.stated_facts
        ):
            self.problems.append(
                Problem(
                    self.overlay_file,
                    0,
                    f"{route.path}: found type {value.type!r} for a value the catalog types "
                    f"{base.type!r}, expected no type, or `stated` with the handler as source",
                )
            )
        elif base is not None and value.type != base.type:
            origins.pop("type", None)
        if spec.stated:
            origin = self.origin(route, spec.source or "")
            origins.update((fact, origin) for fact in spec.stated_facts if fact != "required")
        return value.model_copy(update={"origins": tuple(sorted(origins.items()))})

    def prop(self, route: Route, name: str, spec: FieldSpec | None, value: ValueType) -> Property:
        return Property(
            name=name,
            python_name=naming.python_argument(name),
            required=bool(spec and spec.required),
            type=value,
            required_origin=self.required_origin(route, spec),
        )

    def required_origin(self, route: Route, spec: SourcedSpec | None) -> Origin:
        if spec is not None and spec.required and "required" in spec.stated_facts:
            return self.origin(route, spec.source or "")
        return ASSUMED

    def object_type(
        self, route: Route, fields: list[tuple[str, FieldSpec]], base: ValueType | None
    ) -> ValueType:
        """The element of an array field whose members the overlay nests (`in`): a shape the
        page flattened, so the nesting itself is assumed."""
        properties = tuple(
            self.prop(route, name, spec, self.sourced_type(route, spec)) for name, spec in fields
        )
        return ValueType(
            type="object",
            description=base.description if base else None,
            properties=properties,
            required=tuple(p.name for p in properties if p.required),
        )

    # ------------------------------------------------------------------ query parameters

    def query_placement(
        self, route: Route, spec: RouteSpec, texts: list[MethodText]
    ) -> dict[str, tuple[str, ...]]:
        hinted: dict[str, set[str]] = defaultdict(set)
        for text in texts:
            for hint in text.query_hints:
                hinted[hint].update(text.methods)
        placement: dict[str, tuple[str, ...]] = {}
        for query in route.query_params:
            query_spec = spec.query.get(query.name)
            if query_spec is not None and query_spec.methods is not None:
                wanted: Iterable[str] = query_spec.methods
            elif query.name in hinted:
                wanted = hinted[query.name]
            else:
                wanted = DEFAULT_QUERY_METHODS
            methods = tuple(method for method in route.methods if method in set(wanted))
            if not methods:
                self.error(
                    query.line,
                    f"found query parameter '{query.name}' with no method to go on "
                    f"({', '.join(route.methods)}), expected a `?{query.name}=` hint in the "
                    "description or `methods` in the overlay",
                )
            placement[query.name] = methods
        return placement

    def query_param(self, route: Route, query: QueryParam, spec: QuerySpec | None) -> Param:
        stated = catalog_query_type(query)
        if spec is None:
            self.warn(
                f"{route.path}: query parameter '{query.name}' has no overlay entry; "
                "it gets the catalog's type only"
            )
            value = stated
        else:
            value = self.sourced_type(route, spec, base=stated)
        return Param(
            name=query.name,
            python_name=naming.python_argument(query.name),
            location="query",
            required=bool(spec and spec.required),
            type=value,
            required_origin=self.required_origin(route, spec),
        )

    # ------------------------------------------------------------------ responses

    def response(
        self, route: Route, notes: MethodNotes | None, spec: MethodSpec, method: str
    ) -> Response:
        content_origin = ASSUMED if spec.source is None else self.origin(route, spec.source)
        if spec.redirect:
            return Response(
                status=spec.status or 302,
                kind="redirect",
                description=REDIRECT_DESCRIPTION,
                content_type=None,
                type=None,
                content_origin=content_origin,
            )
        if spec.binary or spec.text:
            content_type = spec.content_type or (
                "application/octet-stream" if spec.binary else "text/plain"
            )
            found = Response(
                status=spec.status or 200,
                kind="binary" if spec.binary else "text",
                description=(
                    f"The file, as `{content_type}`."
                    if spec.binary
                    else f"The document, as `{content_type}` text."
                ),
                content_type=content_type,
                type=None,
                content_origin=content_origin,
            )
            return described_media(found)
        example = notes.example if notes and notes.example_kind == "success" else None
        key = notes.response_key if notes else None
        body_type, origin = response_shapes.shape(spec.response, example, key)
        if origin == "overlay" and example is not None:
            for misfit in response_shapes.misfits(example.value, body_type):
                self.warn(
                    f"{method} {route.path}: the catalog's example does not fit the response "
                    f"the overlay declares: {misfit}"
                )
        body_type = with_shape_origin(body_type, origin, key)
        found = Response(
            status=spec.status or 200,
            kind="json",
            description=response_shapes.description(key, origin),
            content_type=spec.content_type or "application/json",
            type=body_type,
            response_key=key,
            example=example,
            shape_origin=origin,
            alternatives=tuple(
                Alternative(content_type=media, when=when)
                for media, when in sorted(spec.alternatives.items())
            ),
            content_origin=content_origin,
        )
        return described_media(found)

    # ------------------------------------------------------------------ consistency

    def check_python_names(self, route: Route, operation: Operation) -> None:
        """The client's arguments of one method, and the fields of each body element model,
        are distinct once `naming.python_argument` has named them."""
        names = [param.python_name for param in operation.params]
        groups = [(f"parameters and fields of {operation.method} {route.path}", names)]
        if operation.body:
            names += [p.python_name for p in operation.body.type.properties]
            names += [p.python_name for p in operation.body.multipart_parts]
            for prop in operation.body.type.properties:
                items = prop.type.items
                if items is not None and items.properties:
                    element = [p.python_name for p in items.properties]
                    groups.append((f"fields of each element of {prop.name}", element))
        for what, group in groups:
            clashes = sorted({name for name in group if group.count(name) > 1})
            if clashes:
                self.error(
                    route.line,
                    f"found {what} that share the Python name(s) {', '.join(clashes)} "
                    "(generator/naming.py's python_argument), expected distinct names",
                )

    def check_unique(self, operations: list[Operation]) -> None:
        seen: dict[str, Operation] = {}
        for operation in operations:
            for key in (operation.attribute, operation.operation_id):
                other = seen.setdefault(key, operation)
                if other is not operation:
                    self.error(
                        0,
                        f"found two operations named '{key}' ({other.method} {other.path} and "
                        f"{operation.method} {operation.path}), expected unique names: rename a "
                        "path segment or change the rule in generator/naming.py",
                    )
        methods_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
        children_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for operation in operations:
            methods_of[operation.resource].add(operation.verb)
            for depth in range(1, len(operation.resource)):
                children_of[operation.resource[:depth]].add(operation.resource[depth])
        for resource, verbs in methods_of.items():
            clash = sorted((verbs & children_of[resource]) | (set(resource) & naming.RESERVED))
            if clash:
                self.error(
                    0,
                    f"found '{'.'.join(resource)}' with a method and a sub-resource both "
                    f"named {', '.join(clash)}, expected distinct client attributes",
                )
        self.check_client_classes(operations)

    def check_client_classes(self, operations: list[Operation]) -> None:
        """The Python client's body models and their element models, named from operations,
        are distinct."""
        lines = {route.path: route.line for route in self.catalog.routes}
        owners: dict[str, Operation] = {}
        for operation in operations:
            if operation.body is None or operation.body.is_open:
                continue  # one OpenBody component for all, and no client model
            component = operation.body.component
            names = [component] + [
                prop.type.items.component
                for prop in operation.body.type.properties
                if prop.type.items is not None and prop.type.items.component is not None
            ]
            for name in names:
                other = owners.setdefault(name, operation)
                # The same Zod schema with the same fields is one component (share_components).
                same = other.body is not None and other.body.zod_name == operation.body.zod_name
                if other is not operation and not (same and other.body == operation.body):
                    self.error(
                        lines.get(operation.path, 0),
                        f"found {operation.method} {operation.path} naming the body model "
                        f"{name}, which is {other.method} {other.path}'s, expected distinct "
                        "class names: rename a path segment or change generator/naming.py",
                    )

    def check_overlay_matches(self) -> None:
        routes = {route.path: route for route in self.catalog.routes}
        groups = {group.name for group in self.catalog.groups}
        for name in self.overlay.groups:
            if name not in groups:
                self.warn(f'groups."{name}" matches no group in the catalog')
        for path, spec in self.overlay.routes.items():
            route = routes.get(path)
            if route is None:
                self.warn(f'routes."{path}" matches no route in the catalog')
                continue
            queries = {query.name for query in route.query_params}
            for name in spec.query:
                if name not in queries:
                    self.warn(
                        f"{path}: query parameter '{name}' in the overlay is not in the catalog"
                    )
            schemas = {schema.name: schema for schema in route.body_schemas}
            for schema_name, fields in spec.body.items():
                if schema_name not in schemas:
                    self.warn(f"{path}: schema {schema_name} in the overlay is not in the catalog")
                    continue
                known = {f.name for f in schemas[schema_name].fields}
                for name in fields:
                    if name not in known:
                        self.warn(
                            f"{path}: field '{name}' of {schema_name} in the overlay is not in "
                            "the catalog"
                        )
            for method in spec.methods:
                if method not in route.methods:
                    self.warn(
                        f"{path}: methods.{method} in the overlay is not a method of the route"
                    )


# ---------------------------------------------------------------------- pure helpers


def method_texts(route: Route) -> list[MethodText]:
    """Split description lines such as `GET: status, POST: create` into per-method texts."""
    found = []
    for line in route.description:
        matches = list(METHOD_MENTION.finditer(line.text))
        if not matches or matches[0].start() != 0:
            continue
        for index, match in enumerate(matches):
            end = matches[index + 1].start() if index + 1 < len(matches) else len(line.text)
            segment = line.text[match.end() : end].strip().rstrip(",|;").strip()
            methods = tuple(m.strip() for m in match.group("methods").split("/"))
            hints = QUERY_HINT.findall((match.group("path") or "") + " " + segment)
            found.append(MethodText(methods, HINT_IN_TEXT.sub("", segment).strip(), tuple(hints)))
    return found


def summary(route: Route, method: str, texts: list[MethodText], name: naming.OperationName) -> str:
    """The method's own description text, else the route's lone description, else the name;
    a lone word is completed with the resource (naming), a trailing aside is left to the
    description."""
    own = [t.text for t in texts if t.methods == (method,) and t.text]
    if own:
        text = first_sentence(own[0])
        return name.completed_summary(text, method) if len(text.split()) == 1 else text
    if len(route.methods) == 1:
        general = [
            line.text
            for line in route.description
            if line.depth == 0 and not METHOD_MENTION.match(line.text)
        ]
        shared = [t.text for t in texts if method in t.methods and t.text]
        if shared or general:
            return first_sentence((shared + general)[0])
    return name.summary


def first_sentence(text: str) -> str:
    """The first sentence of a description line, capitalised, without its full stop."""
    first = re.split(r"(?<=[a-z)])\. ", text, maxsplit=1)[0].rstrip(".")
    first = TRAILING_ASIDE.sub("", first) or first
    return first[:1].upper() + first[1:]


def description(route: Route, method: str) -> str:
    """The route's description lines that concern this method: a line that names methods
    (`GET/PATCH /api/...`, `DELETE — ...`) belongs to those; the others to every method."""
    own = []
    for line in route.description:
        mentioned = [match.group("methods") for match in METHOD_MENTION.finditer(line.text)]
        named = {word.strip() for group in mentioned for word in group.split("/")}
        if line.depth > 0 or not METHOD_MENTION.match(line.text) or method in named:
            own.append(line)
    if not own:
        return f"The catalog gives no description for this route; see `{route.source}`."
    return "\n".join(f"{'  ' * line.depth}- {line.text}" for line in own)


def error_statuses(
    scope: str | None, params: list[Param], body: RequestBody | None
) -> tuple[int, ...]:
    statuses = {500}
    if body is not None or any(param.location == "query" for param in params):
        statuses.add(400)
    if scope is not None:
        statuses.update((401, 403, 429))
    if any(param.location == "path" for param in params):
        statuses.add(404)
    return tuple(sorted(statuses))


def value_type(spec: TypeSpec) -> ValueType:
    """The overlay's type words are ValueType's own (only `items` nests)."""
    words = spec.model_dump(include=set(TypeSpec.model_fields) - {"items"})
    return ValueType(**words, items=value_type(spec.items) if spec.items else None)


# The Zod schema's name and fields are on the page: the body is an object with those members.
SCHEMA_ORIGIN = Origin(kind="catalog", source="Request body (Zod)")
# A path parameter is in the route's path: a required string, whatever it names.
PATH_ORIGIN = Origin(kind="catalog", source="the route's path")


def path_param(route: Route, name: str) -> Param:
    return Param(
        name=name,
        python_name=naming.python_argument(name),
        location="path",
        required=True,
        type=ValueType(
            type="string",
            description=naming.path_param_description(route.path, name),
            origins=(("type", PATH_ORIGIN),),
        ),
        required_origin=PATH_ORIGIN,
    )


def catalog_query_type(query: QueryParam) -> ValueType:
    """What the catalog says of a query parameter: its type, as in `limit (string)`."""
    if query.type is None or query.type not in ("string", "integer", "number", "boolean"):
        return ValueType()
    origin = Origin(kind="catalog", source=f"{query.name} ({query.type})")
    return ValueType(type=query.type, origins=(("type", origin),))


def open_body() -> RequestBody:
    """The optional JSON body of a write whose schema the page did not detect: any object."""
    return RequestBody(
        component=naming.OPEN_BODY_COMPONENT,
        zod_name=None,
        type=ValueType(
            type="object", additional_properties=True, description=OPEN_BODY_DESCRIPTION
        ),
    )


def normalise(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip()


def catalog_text(route: Route) -> str:
    """The words of a route's catalog entry that a `source` may quote."""
    lines = [line.text for line in route.description]
    lines += [f"{q.name} ({q.type}) {q.note}" if q.type else q.name for q in route.query_params]
    return "\n".join(lines)


def described_media(response: Response) -> Response:
    """The response with its media types' alternatives and origin said in its description."""
    words = provenance.media_sentences(response)
    return response.model_copy(update={"description": response.description + words})


def with_shape_origin(value: ValueType, origin: str, key: str | None) -> ValueType:
    """A response's facts take its shape's origin (response_shapes): an example's are evidence;
    "an object with key `x`" states the object and its key; an overlay declaration quotes no
    source and an open object is a guess, so both stay assumed."""
    if origin == "example":
        return value  # inference marks an example's facts (generator.inference)
    if origin != "response-key" or key is None:
        return value
    keyed = Origin(kind="catalog", source=f'JSON: an object with key "{key}"')
    properties = tuple(
        prop.model_copy(update={"required_origin": keyed}) if prop.name == key else prop
        for prop in value.properties
    )
    return value.model_copy(
        update={"properties": properties, "origins": (("shape", keyed), ("type", keyed))}
    )


def share_components(operations: list[Operation]) -> list[Operation]:
    """Shared path parameters become components; bodies with the same Zod schema and fields
    take one component (the first operation's by path); element schemas get unique names."""
    uses: dict[str, list[Param]] = defaultdict(list)
    for operation in operations:
        for param in operation.path_params:
            uses[naming.path_param_component(operation.path, param.name)].append(param)
    shared = {
        name: params[0]
        for name, params in uses.items()
        if len(params) > 1 and all(param == params[0] for param in params)
    }
    first_body: dict[tuple[str | None, ValueType, tuple[Property, ...]], str] = {}
    items: dict[str, ValueType] = {}
    result = []
    for operation in sorted(operations, key=lambda op: (op.path, METHOD_ORDER.index(op.method))):
        params = tuple(
            (
                param.model_copy(
                    update={"component": naming.path_param_component(operation.path, param.name)}
                )
                if param.location == "path"
                and shared.get(naming.path_param_component(operation.path, param.name)) == param
                else param
            )
            for param in operation.params
        )
        body = operation.body
        if body is not None and not body.is_open:
            body = body.model_copy(update={"type": unique_items(operation, body.type, items)})
            identity = (body.zod_name, body.type, body.multipart_parts)
            component = first_body.setdefault(identity, body.component)
            body = body.model_copy(update={"component": component})
        result.append(operation.model_copy(update={"params": params, "body": body}))
    return result


def unique_items(operation: Operation, body: ValueType, taken: dict[str, ValueType]) -> ValueType:
    """The body with each named element schema unique: a second, different shape under a
    taken name gets the operation's verb as a prefix (naming.item_component)."""
    properties = []
    for prop in body.properties:
        items = prop.type.items
        name = items.component if items is not None else None
        if name is not None and items is not None and taken.setdefault(name, items) != items:
            name = naming.item_component(operation.resource, prop.name, operation.verb)
            items = items.model_copy(update={"component": name})
            if taken.setdefault(name, items) != items:
                raise InputError(
                    [Problem("", 0, f"two element schemas named {name}, expected one")]
                )
            prop = prop.model_copy(update={"type": prop.type.model_copy(update={"items": items})})
        properties.append(prop)
    return body.model_copy(update={"properties": tuple(properties)})


def resolve(
    catalog: Catalog, overlay: Overlay, catalog_file: str, overlay_file: str
) -> tuple[Api, list[Problem]]:
    """The API and the warnings found on the way; raises `InputError` on ambiguity."""
    resolver = Resolver(catalog, overlay, catalog_file, overlay_file)
    api = resolver.resolve()
    return api, resolver.warnings

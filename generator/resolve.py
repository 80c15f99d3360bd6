"""Resolve stage: `Catalog` + `Overlay` -> `Api`.

Everything that decides lives here (or in `naming` and `scopes`, which it calls): which method
takes which body and query parameter, each value's type, each operation's scope, summary and
responses. Templates only loop over the result. Problems that make the API ambiguous are errors;
gaps between catalog and overlay are warnings (`--strict` makes them errors).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator import naming, response_shapes, scopes
from generator.model import (
    METHOD_ORDER,
    Api,
    BodySchema,
    Catalog,
    HttpMethod,
    MethodNotes,
    Operation,
    Param,
    Property,
    RequestBody,
    Response,
    Route,
    Tag,
    ValueType,
)
from generator.overlay import FieldSpec, MethodSpec, Overlay, QuerySpec, RouteSpec, TypeSpec
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
        self.check_unique(operations)
        if not operations and not self.problems:
            self.error(0, "found no operations, expected at least one route with a method")
        if self.problems:
            raise InputError(sorted(self.problems))
        tags = []
        for group in self.catalog.groups:
            spec = self.overlay.groups.get(group.name)
            if spec is None:
                self.warn(
                    f"group '{group.name}' has no description (add [groups.\"{group.name}\"])"
                )
            tags.append(Tag(name=group.name, description=spec.description if spec else group.name))
        order = {method: index for index, method in enumerate(METHOD_ORDER)}
        operations.sort(key=lambda op: (op.path, order[op.method]))
        taken = {*SHARED_COMPONENTS, *(op.body.component for op in operations if op.body)}
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
            params = [
                Param(
                    name=p,
                    python_name=naming.python_argument(p),
                    location="path",
                    required=True,
                    type=ValueType(type="string"),
                )
                for p in route.path_params
            ]
            params += [
                self.query_param(route, query.name, spec.query.get(query.name))
                for query in route.query_params
                if method in query_methods[query.name]
            ]
            schema = bodies.get(method)
            body = self.request_body(route, schema, spec, name) if schema else None
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
                    summary=summary(route, method, texts, name),
                    description=description(route),
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
            value = value_type(field_spec) if field_spec else ValueType()
            children = nested.get(field_name)
            if children:
                if value.type != "array":
                    self.error(
                        schema.line,
                        f"overlay nests fields in {schema.name}.{field_name}, "
                        'expected it to have type = "array"',
                    )
                item = object_type(children, base=value.items)
                value = value.model_copy(update={"items": item})
            properties.append(prop(field_name, field_spec, value))
        multipart = tuple(
            prop(part, spec_, value_type(spec_)) for part, spec_ in spec.multipart.items()
        )
        return RequestBody(
            component=name.body_component,
            zod_name=schema.name,
            type=ValueType(
                type="object",
                properties=tuple(properties),
                required=tuple(p.name for p in properties if p.required),
            ),
            multipart_parts=multipart,
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

    def query_param(self, route: Route, name: str, spec: QuerySpec | None) -> Param:
        if spec is None:
            self.warn(
                f"{route.path}: query parameter '{name}' has no overlay entry; "
                "it gets an unconstrained schema"
            )
            return Param(
                name=name,
                python_name=naming.python_argument(name),
                location="query",
                required=False,
                type=ValueType(type="string"),
            )
        return Param(
            name=name,
            python_name=naming.python_argument(name),
            location="query",
            required=spec.required,
            type=value_type(spec),
        )

    # ------------------------------------------------------------------ responses

    def response(
        self, route: Route, notes: MethodNotes | None, spec: MethodSpec, method: str
    ) -> Response:
        if spec.redirect:
            return Response(
                status=spec.status or 302,
                kind="redirect",
                description=REDIRECT_DESCRIPTION,
                content_type=None,
                type=None,
            )
        if spec.binary:
            content_type = spec.content_type or "application/octet-stream"
            return Response(
                status=spec.status or 200,
                kind="binary",
                description=f"The file, as `{content_type}`.",
                content_type=content_type,
                type=None,
            )
        example = notes.example if notes and notes.example_kind == "success" else None
        key = notes.response_key if notes else None
        body_type, origin = response_shapes.shape(spec.response, example, key)
        if origin == "overlay" and example is not None:
            for misfit in response_shapes.misfits(example.value, body_type):
                self.warn(
                    f"{method} {route.path}: the catalog's example does not fit the response "
                    f"the overlay declares: {misfit}"
                )
        return Response(
            status=spec.status or 200,
            kind="json",
            description=response_shapes.description(key, origin),
            content_type=spec.content_type or "application/json",
            type=body_type,
            response_key=key,
            example=example,
            shape_origin=origin,
        )

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
            if operation.body is None:
                continue
            component = operation.body.component
            names = [component] + [
                naming.body_item_class(component, prop.name)
                for prop in operation.body.type.properties
                if prop.type.type == "array" and prop.type.items and prop.type.items.properties
            ]
            for name in names:
                other = owners.setdefault(name, operation)
                if other is not operation:
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
    """The method's own description text, else the route's lone description, else the name."""
    own = [t.text for t in texts if t.methods == (method,) and t.text]
    if own:
        return first_sentence(own[0])
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
    return first[:1].upper() + first[1:]


def description(route: Route) -> str:
    if not route.description:
        return f"The catalog gives no description for this route; see `{route.source}`."
    return "\n".join(f"{'  ' * line.depth}- {line.text}" for line in route.description)


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


def prop(name: str, spec: FieldSpec | None, value: ValueType) -> Property:
    return Property(
        name=name,
        python_name=naming.python_argument(name),
        required=bool(spec and spec.required),
        type=value,
    )


def object_type(fields: list[tuple[str, FieldSpec]], base: ValueType | None) -> ValueType:
    properties = tuple(prop(name, spec, value_type(spec)) for name, spec in fields)
    return ValueType(
        type="object",
        description=base.description if base else None,
        properties=properties,
        required=tuple(p.name for p in properties if p.required),
    )


def resolve(
    catalog: Catalog, overlay: Overlay, catalog_file: str, overlay_file: str
) -> tuple[Api, list[Problem]]:
    """The API and the warnings found on the way; raises `InputError` on ambiguity."""
    resolver = Resolver(catalog, overlay, catalog_file, overlay_file)
    api = resolver.resolve()
    return api, resolver.warnings

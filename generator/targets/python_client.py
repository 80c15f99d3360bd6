"""Target: the typed Python client package (`generated/python/`), from the resolved API.

The templates under `templates/python_client/` lay the files out; everything that decides lives
here: Python annotations, names (from `generator.naming`), which imports a module needs, and the
method and model views the templates loop over. `generator.pysource` writes the literals,
docstrings and line breaks black would choose, so the package comes out black-, ruff- and
mypy-clean without running any of them, and rendering stays a pure, in-process step.

Where a response schema becomes a method's return type: `response_type` below; the response
models it names are laid out by `response_model_views`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel

from generator import contract, naming, scopes
from generator.model import Api, Operation, Property, RequestBody, ValueType
from generator.pysource import (
    INDENT,
    Call,
    Code,
    Imports,
    code_block,
    docstring,
    fstring_text,
    import_line,
    isort_key,
    py_str,
    py_value,
)
from generator.schema import constraints
from generator.templating import render_template

PACKAGE = "expanse_api"
DISTRIBUTION = "expanse-api"
DEFAULT_BASE_URL = contract.SERVER_URL
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
RESPONSE_METHODS = {"json": "_json", "text": "_text", "binary": "_binary", "redirect": "_redirect"}
# The four views of every resource class: (streaming, async, the _response wrapper function).
RESPONSE_WRAPPERS = (
    (False, False, "to_raw_response_wrapper"),
    (True, False, "to_streamed_response_wrapper"),
    (False, True, "async_to_raw_response_wrapper"),
    (True, True, "async_to_streamed_response_wrapper"),
)
# The client attribute that holds each view, by `streaming`.
WRAPPER_ATTRIBUTES = {False: "with_raw_response", True: "with_streaming_response"}
CLIENT = ("expanse",)  # the client classes are named as a resource would be: Expanse
# A JSON response with text alternatives (zone export's csv and bind) is decoded by its type.
NEGOTIATED_METHOD = "_json_or_text"
# The argument that takes an open body: the page documents a JSON body but not its members
# (naming.RESERVED_ARGUMENTS keeps every other argument off this name).
OPEN_BODY_ARGUMENT = "body"
# The files rendered once each, by template name (+ ".j2") under templates/python/.
PACKAGE_FILES = (
    "pyproject.toml",
    "README.md",
    f"{PACKAGE}/__init__.py",
    f"{PACKAGE}/_base_client.py",
    f"{PACKAGE}/_client.py",
    f"{PACKAGE}/_exceptions.py",
    f"{PACKAGE}/_models.py",
    f"{PACKAGE}/_operations.py",
    f"{PACKAGE}/_response.py",
    f"{PACKAGE}/_types.py",
    f"{PACKAGE}/_version.py",
    f"{PACKAGE}/bodies.py",
    f"{PACKAGE}/py.typed",
    f"{PACKAGE}/resources/__init__.py",
    f"{PACKAGE}/responses.py",
    f"{PACKAGE}/types.py",
)
# Rendered once per top-level resource, as resources/<name>.py.
RESOURCE_TEMPLATE = f"{PACKAGE}/resources/resource.py.j2"


def with_full_stop(text: str) -> str:
    """A summary as a docstring's first line: a sentence that ends like one."""
    return text if text.endswith((".", "!", "?")) else f"{text}."


# --------------------------------------------------------------------------- annotations


def any_type(imports: Imports) -> str:
    imports.add("typing", "Any")
    return "Any"


def nullable(annotation: str, value: ValueType) -> str:
    return f"{annotation} | None" if value.nullable else annotation


def parameter_type(value: ValueType, imports: Imports) -> str:
    """The annotation of a keyword argument: arrays accept any sequence, objects any dict."""
    if value.enum is not None:
        imports.add("typing", "Literal")
        return nullable(f"Literal[{', '.join(py_value(member) for member in value.enum)}]", value)
    if value.type in SCALARS:
        return nullable(SCALARS[value.type], value)
    if value.type == "array":
        imports.add("collections.abc", "Sequence")
        item = parameter_type(value.items, imports) if value.items else any_type(imports)
        return nullable(f"Sequence[{item}]", value)
    if value.type == "object":
        return nullable(f"dict[str, {any_type(imports)}]", value)
    return any_type(imports)


def field_type(value: ValueType, item_class: str | None, imports: Imports) -> str:
    """The annotation of a body model field: arrays are lists, and array elements that are
    objects with known properties are models of their own (`item_class`)."""
    if value.type != "array":
        return parameter_type(value, imports)
    if item_class is not None:
        return nullable(f"list[{item_class}]", value)
    item = field_type(value.items, None, imports) if value.items else any_type(imports)
    return nullable(f"list[{item}]", value)


def optional(annotation: str, required: bool) -> str:
    if required or annotation.endswith("| None") or annotation == "Any":
        return annotation
    return f"{annotation} | None"


def response_type(op: Operation, imports: Imports) -> str:
    """The return annotation of a method, as precise as the model knows: a response model
    where the shape has keys, `Any` where nothing is known."""
    response = op.response
    if response.kind in ("redirect", "text"):
        return "str"
    if response.alternatives:
        return any_type(imports)
    if response.kind == "binary":
        imports.add(".._types", "BinaryContent")
        return "BinaryContent"
    body = response.type
    if body is not None and body.component is not None:
        imports.add("..responses", body.component)
        return body.component
    if body is None or response.shape_origin == "assumed" or has_model(body):
        return any_type(imports)
    return field_type(body, None, imports)


def has_model(value: ValueType) -> bool:
    """Whether a named object sits somewhere in `value` (raw JSON would not be one)."""
    if value.component is not None:
        return True
    return value.items is not None and has_model(value.items)


# --------------------------------------------------------------------------- resources


@dataclass(frozen=True)
class Argument:
    """A keyword-only argument of a method: a query parameter or a body field."""

    name: str  # as sent
    python_name: str
    type: ValueType
    required: bool


@dataclass(frozen=True)
class MethodView:
    docstring: str
    sync_def: str
    async_def: str
    sync_body: str  # after the docstring: the body model's import, the call, the return
    async_body: str


@dataclass(frozen=True)
class ChildView:
    attribute: str
    class_name: str
    async_class_name: str


@dataclass(frozen=True)
class Link:
    """An attribute that holds an object of `class_name`."""

    attribute: str
    class_name: str


@dataclass(frozen=True)
class WrapperView:
    """A resource seen through `with_raw_response` or `with_streaming_response`: each method
    wrapped (laid-out assignments), each child resource seen the same way."""

    class_name: str
    resource_class: str
    docstring: str
    assignments: tuple[str, ...]
    children: tuple[Link, ...]


@dataclass(frozen=True)
class ResourceView:
    attribute: str  # dotted, e.g. zones.records
    class_name: str
    async_class_name: str
    children: tuple[ChildView, ...]
    methods: tuple[MethodView, ...]
    wrappers: tuple[WrapperView, ...]


@dataclass(frozen=True)
class ModuleView:
    name: str
    runtime_imports: str
    type_imports: str
    client_import: str  # the top-level classes and their views, for the client's annotations
    class_name: str
    async_class_name: str
    resources: tuple[ResourceView, ...]


def arguments(op: Operation) -> tuple[list[Argument], list[Argument], list[Property]]:
    """Query parameters, body fields and multipart file parts of an operation. An argument is
    required only where the page states it: an assumed requirement must not block a call."""
    queries = [
        Argument(p.name, p.python_name, p.type, p.required and not p.required_is_assumed)
        for p in op.query_params
    ]
    properties = op.body.type.properties if op.body else ()
    fields = [
        Argument(p.name, p.python_name, p.type, p.required and not p.required_is_assumed)
        for p in properties
    ]
    parts = list(op.body.multipart_parts) if op.body else []
    return queries, fields, parts


def signature(op: Operation, prefix: str, returns: str, imports: Imports) -> str:
    queries, fields, parts = arguments(op)
    params: list[Code] = ["self", *(f"{p.python_name}: str" for p in op.path_params)]
    if queries or fields or parts or (op.body is not None and op.body.is_open):
        params.append("*")
    for argument in (*queries, *fields):
        annotation = optional(parameter_type(argument.type, imports), argument.required)
        default = "" if argument.required else " = None"
        params.append(f"{argument.python_name}: {annotation}{default}")
    for part in parts:
        imports.add("collections.abc", "Sequence")
        imports.add(".._types", "FileInput")
        params.append(f"{part.python_name}: Sequence[FileInput] | None = None")
    if op.body is not None and op.body.is_open:
        imports.add("collections.abc", "Mapping")
        params.append(f"{OPEN_BODY_ARGUMENT}: Mapping[str, object] | None = None")
    params.append("**options: Unpack[RequestOptions]")
    return code_block(Call(f"{prefix} {op.verb}(", tuple(params), f") -> {returns}:"), 1)


def path_expression(op: Operation) -> str:
    """The request path: a literal, or an f-string that encodes each parameter as one segment
    (`path_segment` also refuses values that would walk to another route)."""
    if not op.path_params:
        return py_str(op.path)
    python_names = {param.name: param.python_name for param in op.path_params}
    pieces = []
    for segment in op.path.split("/"):
        match = naming.PATH_PARAM.fullmatch(segment)
        if match:
            name = python_names[match.group(1)]
            # repr() quotes an identifier in single quotes, as an f-string in "..." needs.
            pieces.append(f"{{path_segment({name}, {name!r})}}")
        else:
            pieces.append(fstring_text(segment))
    return 'f"' + "/".join(pieces) + '"'


def call(op: Operation, prefix: str, returns: str) -> str:
    """The statement that sends the request and keeps its typed result."""
    queries, fields, parts = arguments(op)
    args: list[Code] = [f"OPERATIONS[{py_str(op.operation_id)}]", path_expression(op), "options"]
    if queries:
        entries = tuple(f"{py_str(q.name)}: {q.python_name}" for q in queries)
        args.append(Call("params={", entries, "}"))
    if op.body is not None and op.body.is_open:
        args.append(f"body={OPEN_BODY_ARGUMENT}")
    elif op.body is not None:
        values = tuple(f"{f.python_name}={f.python_name}" for f in fields)
        args.append(Call(f"body={op.body.component}._payload(", values, ")"))
    if parts:
        entries = tuple(f"{py_str(part.name)}: {part.python_name}" for part in parts)
        args.append(Call("files={", entries, "}"))
    model = response_model(op)
    if model:
        # The model is built by the transport's parse step, so that a raw response's
        # `.parse()` returns the same model as the plain call.
        args.append(f"model={model}")
    method = NEGOTIATED_METHOD if op.response.alternatives else RESPONSE_METHODS[op.response.kind]
    head = f"result: {returns} = {prefix}self._client.{method}("
    return code_block(Call(head, tuple(args), ")"), 2)


def response_model(op: Operation) -> str | None:
    body = op.response.type
    return body.component if op.response.kind == "json" and body is not None else None


def method_body(op: Operation, prefix: str, returns: str) -> str:
    """The statements after the docstring. The body and response models are imported in the
    method, so that pydantic loads with the first call that uses one, not with the package."""
    model = response_model(op)
    statements = [call(op, prefix, returns), f"{INDENT * 2}return result"]
    lazy = [("..bodies", op.body.component)] if op.body is not None and not op.body.is_open else []
    if model:
        lazy.append(("..responses", model))
    if lazy:
        imports = "\n".join(import_line(module, (name,), 2) for module, name in lazy)
        statements.insert(0, imports + "\n")
    return "\n".join(statements)


def method_view(op: Operation, runtime: Imports, type_only: Imports) -> MethodView:
    if op.path_params:
        runtime.add(".._base_client", "path_segment")
    returns = response_type(op, type_only)
    lines = [with_full_stop(op.summary), "", f"Scope: {scope_text(op)}. `{op.method} {op.path}`"]
    if op.deprecated:
        lines.append("Deprecated.")
    return MethodView(
        docstring=docstring(lines, 2),
        sync_def=signature(op, "def", returns, type_only),
        async_def=signature(op, "async def", returns, type_only),
        sync_body=method_body(op, "", returns),
        async_body=method_body(op, "await ", returns),
    )


def scope_text(op: Operation) -> str:
    return f"`{op.scope}`" if op.scope else "public (no scope needed)"


def wrapper_views(
    resource: tuple[str, ...], own: Sequence[Operation], children: Sequence[tuple[str, ...]]
) -> tuple[WrapperView, ...]:
    """The raw and streaming views of one resource, sync and async."""
    views = []
    for streaming, is_async, function in RESPONSE_WRAPPERS:
        where = f"`client.{WRAPPER_ATTRIBUTES[streaming]}.{'.'.join(resource)}`"
        returns = "a context manager over the streamed response" if streaming else "the response"
        assignments = tuple(
            code_block(Call(f"self.{op.verb} = {function}(", (f"resource.{op.verb}",), ")"), 2)
            for op in own
        )
        views.append(
            WrapperView(
                class_name=naming.response_wrapper_class(resource, streaming, is_async),
                resource_class=(
                    naming.async_client_class(resource)
                    if is_async
                    else naming.client_class(resource)
                ),
                docstring=docstring([f"{where}: each method returns {returns}."], 1),
                assignments=assignments,
                children=tuple(
                    Link(child[-1], naming.response_wrapper_class(child, streaming, is_async))
                    for child in children
                ),
            )
        )
    return tuple(views)


def resource_tree(operations: Iterable[Operation]) -> dict[tuple[str, ...], list[Operation]]:
    """Every resource of one module, parents before children, with its own operations."""
    tree: dict[tuple[str, ...], list[Operation]] = {}
    for op in operations:
        for depth in range(1, len(op.resource) + 1):
            tree.setdefault(op.resource[:depth], [])
        tree[op.resource].append(op)
    return dict(sorted(tree.items()))


def module_view(name: str, operations: Iterable[Operation]) -> ModuleView:
    runtime, type_only = Imports(), Imports()
    runtime.add("typing", "TYPE_CHECKING")
    runtime.add(".._operations", "OPERATIONS")
    type_only.add("typing", "Unpack")
    type_only.add(".._base_client", "AsyncAPIClient", "SyncAPIClient")
    type_only.add(".._types", "RequestOptions")
    tree = resource_tree(operations)
    children_of: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for resource in tree:
        children_of.setdefault(resource[:-1], []).append(resource)
    resources = []
    for resource, own in tree.items():
        children = children_of.get(resource, [])
        if children:
            runtime.add("functools", "cached_property")
        if own:
            runtime.add(".._response", *(function for _, _, function in RESPONSE_WRAPPERS))
        resources.append(
            ResourceView(
                attribute=".".join(resource),
                class_name=naming.client_class(resource),
                async_class_name=naming.async_client_class(resource),
                children=tuple(
                    ChildView(
                        child[-1], naming.client_class(child), naming.async_client_class(child)
                    )
                    for child in children
                ),
                methods=tuple(method_view(op, runtime, type_only) for op in own),
                wrappers=wrapper_views(resource, own, children),
            )
        )
    top = (name,)
    classes = (naming.client_class(top), naming.async_client_class(top))
    views = tuple(
        naming.response_wrapper_class(top, streaming, is_async)
        for streaming, is_async, _ in RESPONSE_WRAPPERS
    )
    return ModuleView(
        name=naming.client_module(top),
        runtime_imports=runtime.block(),
        type_imports=type_only.block(depth=1),
        client_import=import_line(
            f".resources.{naming.client_module(top)}", (*classes, *views), depth=1
        ),
        class_name=classes[0],
        async_class_name=classes[1],
        resources=tuple(resources),
    )


# --------------------------------------------------------------------------- bodies


@dataclass(frozen=True)
class ModelView:
    name: str
    docstring: str
    fields: tuple[str, ...]  # laid-out field definitions


def enforced(value: ValueType) -> ValueType:
    """What the client checks before sending: the stated facts only. A stated bound on a value
    of assumed type still says it is a number."""
    checked = value.stated_only
    if checked.type is None and (checked.minimum is not None or checked.maximum is not None):
        checked = checked.model_copy(update={"type": "number"})
    return checked


def field_definition(prop: Property, item_class: str | None, imports: Imports) -> str:
    """A model field; its name is never one pydantic keeps (`naming.python_argument`)."""
    python_type = optional(field_type(prop.type, item_class, imports), prop.required)
    annotation = f"{prop.python_name}: {python_type}"
    keywords = [] if prop.required else ["default=None"]
    if prop.python_name != prop.name:
        keywords.append(f"alias={py_str(prop.name)}")
    for constraint, bound in constraints(prop.type):
        keywords.append(f"{constraint.pydantic}={py_value(bound)}")
    if prop.type.description:
        keywords.append(f"description={py_str(prop.type.description)}")
    if not keywords:
        return code_block(annotation, 1)
    if keywords == ["default=None"]:
        return code_block(f"{annotation} = None", 1)
    imports.add("pydantic", "Field")
    return code_block(Call(f"{annotation} = Field(", tuple(keywords), ")"), 1)


def item_class(body: RequestBody, prop: Property) -> str | None:
    """The model of an array field's elements, when they are objects with known fields."""
    items = prop.type.items
    if prop.type.type == "array" and items is not None and items.properties:
        return naming.body_item_class(body.component, prop.name)
    return None


def model_views(api: Api, imports: Imports) -> list[ModelView]:
    """Every body model, each element model just before the body that uses it. A model holds
    what the client enforces: field names and the stated facts (`enforced`), not the type
    hints the overlay assumes; an open body has no model."""
    senders = {op.body.component: op for op in api.operations if op.body is not None}
    views = []
    for declared in api.bodies:
        if declared.is_open:
            continue
        body = declared.model_copy(
            update={
                "type": declared.type.model_copy(
                    update={
                        "properties": tuple(
                            p.stated_only.model_copy(update={"type": enforced(p.type)})
                            for p in declared.type.properties
                        )
                    }
                )
            }
        )
        op = senders[body.component]
        where = f"`{op.method} {op.path}` (`{body.zod_name}` in the panel's handler)"
        for prop in body.type.properties:
            element_class = item_class(body, prop)
            if element_class is not None and prop.type.items is not None:
                element_fields = prop.type.items.properties
                views.append(
                    ModelView(
                        name=element_class,
                        docstring=docstring([f"One element of `{prop.name}` in {where}."], 1),
                        fields=tuple(field_definition(p, None, imports) for p in element_fields),
                    )
                )
        fields = tuple(
            field_definition(prop, item_class(body, prop), imports) for prop in body.type.properties
        )
        views.append(ModelView(body.component, docstring([f"The body of {where}."], 1), fields))
    return views  # distinct names: resolve's check_client_classes


# --------------------------------------------------------------------------- responses

# A response field cannot take these names: the models' own attributes (with their metaclass's:
# `register`), and the names their annotations use (a field `list` would hide the type `list`
# from the fields after it).
RESPONSE_RESERVED = (
    naming.model_attributes()
    | frozenset(dir(type(BaseModel)))
    | {
        "to_dict",
        "to_json",
        *SCALARS.values(),
        "list",
        "dict",
        "typing",
        "pydantic",
        "_models",
    }
)
ORIGIN_WORDS = {
    "overlay": "The shape is declared in the overlay.",
    "example": "The shape is inferred from the catalog's example.",
    "response-key": "The catalog names this key and says no more.",
}


def response_annotation(value: ValueType) -> str:
    """A response field's annotation: models by name, lists of them, `Any` where unknown.

    The responses module imports modules, not names (`typing.Any`, `pydantic.Field`), so that
    no model name (a `fields` key makes a `Field`) can clash with an imported one."""
    if value.component is not None:
        return nullable(value.component, value)
    if value.enum is not None:
        members = ", ".join(py_value(member) for member in value.enum)
        return nullable(f"typing.Literal[{members}]", value)
    if value.type in SCALARS:
        return nullable(SCALARS[value.type], value)
    if value.type == "array":
        item = response_annotation(value.items) if value.items else "typing.Any"
        return nullable(f"list[{item}]", value)
    if value.type == "object":
        return nullable("dict[str, typing.Any]", value)
    return "typing.Any"


def response_field_name(prop: Property) -> str:
    """The attribute of a response key: its snake-case name, underscored away from the model's
    own names (the key itself stays reachable through `to_dict()` and `model["key"]`)."""
    name = prop.python_name
    if name.startswith("_"):  # pydantic keeps underscored names private: `_1st` -> `n_1st`
        name = f"n{name}"
    while name in RESPONSE_RESERVED:
        name += "_"
    return name


def response_field(prop: Property) -> tuple[str, str]:
    """(Python name, laid-out definition) of one field of a response model."""
    name = response_field_name(prop)
    annotation = f"{name}: {optional(response_annotation(prop.type), prop.required)}"
    keywords = [] if prop.required else ["default=None"]
    if name != prop.name:
        keywords.append(f"alias={py_str(prop.name)}")
    if prop.type.description:
        keywords.append(f"description={py_str(prop.type.description)}")
    if not keywords:
        return name, code_block(annotation, 1)
    if keywords == ["default=None"]:
        return name, code_block(f"{annotation} = None", 1)
    return name, code_block(Call(f"{annotation} = pydantic.Field(", tuple(keywords), ")"), 1)


def responses_imports(models: Iterable[ModelView]) -> str:
    """The responses module's imports: the modules its fields use, and the models' base (none
    for a catalog whose responses name no model: an unused import fails ruff)."""
    models = list(models)
    text = "\n".join(field for model in models for field in model.fields)
    sections = [
        "import typing" if "typing." in text else "",
        "import pydantic" if "pydantic." in text else "",
        "from . import _models" if models else "",
    ]
    return "\n\n".join(section for section in sections if section)


def nested_models(value: ValueType) -> Iterable[ValueType]:
    """The named objects directly inside `value` (not inside those)."""
    for prop in value.properties:
        inner = prop.type
        while inner.type == "array" and inner.items is not None and inner.component is None:
            inner = inner.items
        if inner.component is not None:
            yield inner


def places(api: Api) -> dict[str, list[str]]:
    """Where each model occurs, as `METHOD /path` and the key path down to it."""
    found: dict[str, list[str]] = {}

    def visit(value: ValueType, where: str, path: str) -> None:
        if value.component is not None:
            found.setdefault(value.component, []).append(
                f"{where}" + (f" `{path}`" if path else "")
            )
        if value.items is not None:
            visit(value.items, where, f"{path}[]")
        for prop in value.properties:
            visit(prop.type, where, f"{path}.{prop.name}" if path else prop.name)

    for op in api.operations:
        if op.response.kind == "json" and op.response.type is not None:
            visit(op.response.type, f"`{op.method} {op.path}`", "")
    return found


def response_model_views(api: Api) -> list[ModelView]:
    """Every response model, each after the models its fields use."""
    definitions = {value.component or "": value for value in api.response_components}
    origins = {
        op.response.type.component: op.response.shape_origin
        for op in api.operations
        if op.response.type is not None and op.response.type.component is not None
    }
    where = places(api)
    views: list[ModelView] = []
    done: set[str] = set()

    def emit(name: str) -> None:
        if name in done:
            return
        done.add(name)
        value = definitions[name]
        for inner in nested_models(value):
            emit(inner.component or "")
        first, *others = where.get(name, ["no operation"])
        if name in origins:
            lines = [f"The JSON body of {first}.", "", ORIGIN_WORDS.get(origins[name] or "", "")]
        else:
            more = f" (and {len(others)} more)" if others else ""
            lines = [f"An object of {first}{more}."]
        fields = [response_field(prop) for prop in value.properties]
        names = [field_name for field_name, _ in fields]
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise ValueError(f"response model {name} would have the fields {repeated} twice")
        text = lines if lines[-1] else lines[:1]
        views.append(ModelView(name, docstring(text, 1), tuple(code for _, code in fields)))

    for name in sorted(definitions):
        emit(name)
    return views


# --------------------------------------------------------------------------- the package


@dataclass(frozen=True)
class ScopeRow:
    scope: str
    methods: str  # the client attributes the scope allows, as Markdown code spans


@dataclass(frozen=True)
class ClientWrapperView:
    """`client.with_raw_response` or `client.with_streaming_response` of one client class."""

    class_name: str
    client_class: str
    docstring: str
    resources: tuple[Link, ...]


@dataclass(frozen=True)
class PackageView:
    title: str
    description: str
    distribution: str
    package: str
    version: str
    default_base_url: str
    modules: tuple[ModuleView, ...]
    client_wrappers: tuple[ClientWrapperView, ...]
    operation_entries: tuple[str, ...]  # laid-out entries of the OPERATIONS table
    models: tuple[ModelView, ...]
    bodies_imports: str
    response_models: tuple[ModelView, ...]  # nested models before the models that use them
    responses_imports: str
    responses_all: tuple[str, ...]
    types_imports: str
    types_all: tuple[str, ...]
    scope_rows: tuple[ScopeRow, ...]
    public_methods: str


def code_spans(names: Iterable[str]) -> str:
    return ", ".join(f"`{name}`" for name in sorted(names))


def operation_entry(op: Operation) -> str:
    values = (
        py_str(op.method),
        py_str(op.path),
        py_str(op.scope) if op.scope else "None",
        py_str(op.attribute),
    )
    return code_block(Call(f"{py_str(op.operation_id)}: Operation(", values, "),"), 2)


def client_wrapper_views(modules: Sequence[ModuleView]) -> tuple[ClientWrapperView, ...]:
    views = []
    for streaming, is_async, _ in RESPONSE_WRAPPERS:
        what = "a context manager over the streamed response" if streaming else "the response"
        views.append(
            ClientWrapperView(
                class_name=naming.response_wrapper_class(CLIENT, streaming, is_async),
                client_class=(
                    naming.async_client_class(CLIENT) if is_async else naming.client_class(CLIENT)
                ),
                docstring=docstring(
                    [f"`client.{WRAPPER_ATTRIBUTES[streaming]}`: every method returns {what}."], 1
                ),
                resources=tuple(
                    Link(
                        module.name,
                        naming.response_wrapper_class((module.name,), streaming, is_async),
                    )
                    for module in modules
                ),
            )
        )
    return tuple(views)


def package_view(api: Api) -> PackageView:
    by_module: dict[str, list[Operation]] = {}
    for op in api.operations:
        by_module.setdefault(naming.client_module(op.resource), []).append(op)
    modules = tuple(module_view(name, ops) for name, ops in sorted(by_module.items()))
    body_imports = Imports()
    body_imports.add("typing", "Any")
    body_imports.add("pydantic", "BaseModel", "ConfigDict", "ValidationError")
    body_imports.add("._exceptions", "RequestValidationError")
    models = tuple(model_views(api, body_imports))
    type_imports = Imports()
    type_imports.add("._types", *naming.SHARED_TYPES)
    response_models = tuple(response_model_views(api))
    by_scope: dict[str, list[str]] = {}
    for op in api.operations:
        by_scope.setdefault(op.scope or "", []).append(op.attribute)
    return PackageView(
        title=api.title,
        description=f"Typed Python client of the {api.title}",
        distribution=DISTRIBUTION,
        package=PACKAGE,
        version=api.version,
        default_base_url=DEFAULT_BASE_URL,
        modules=modules,
        client_wrappers=client_wrapper_views(modules),
        operation_entries=tuple(operation_entry(op) for op in api.operations),
        models=models,
        bodies_imports=body_imports.block(),
        response_models=response_models,
        responses_imports=responses_imports(response_models),
        responses_all=tuple(sorted((model.name for model in response_models), key=isort_key)),
        types_imports=type_imports.block(),
        types_all=tuple(sorted(naming.SHARED_TYPES, key=isort_key)),
        scope_rows=tuple(
            ScopeRow(scope, code_spans(by_scope.get(scope, ()))) for scope in scopes.ALL_SCOPES
        ),
        public_methods=code_spans(by_scope.get("", ())),
    )


def render(api: Api) -> dict[str, str]:
    """Every file of the client package, by path relative to the output folder."""
    package = package_view(api)
    files = {
        f"python/{name}": render_template(f"python_client/{name}.j2", package=package)
        for name in PACKAGE_FILES
    }
    for module in package.modules:
        files[f"python/{PACKAGE}/resources/{module.name}.py"] = render_template(
            f"python_client/{RESOURCE_TEMPLATE}", package=package, module=module
        )
    return files

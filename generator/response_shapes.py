"""Response shapes: what each JSON success response holds, and the names its objects go by.

Part of the resolve stage. For one method, the shape comes from (first that applies):

1. the overlay's declaration (`[routes."<path>".methods.<METHOD>.response]`); the catalog's
   example, when there is one, must fit it, and each misfit is a warning naming the route and
   the key path;
2. the catalog's example, inferred (`generator.inference`);
3. the catalog's `JSON: an object with key X` line: an object with that key, of unknown type;
4. nothing: an open object (any keys), assumed because a `NextResponse.json` body is an object.

A documented response key is always in the shape, whatever else says what the shape is.

Then every object with known keys gets a name (`generator.naming`'s rule): the response itself
(`ZoneListResponse`), each object nested in it (`Zone`), one component per name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pydantic import JsonValue

from generator import naming
from generator.inference import infer
from generator.model import Example, Operation, Property, ShapeOrigin, ValueType
from generator.overlay import ShapeSpec, TypeSpec

OPEN_OBJECT = ValueType(type="object")
# What a JSON success's description says of where its shape comes from.
ORIGIN_WORDS: dict[ShapeOrigin, str] = {
    "overlay": "The shape is declared in the overlay.",
    "example": "The shape is inferred from the catalog's example (illustrative values).",
    "response-key": "The catalog says no more of the shape.",
    "assumed": "The catalog documents no shape: an object with any keys is assumed.",
}


def description(key: str | None, origin: ShapeOrigin) -> str:
    """A JSON success's description: its documented key, and where its shape comes from."""
    head = f"An object with key `{key}`." if key is not None else "Success."
    return f"{head} {ORIGIN_WORDS[origin]}"


# --------------------------------------------------------------------------- one response


def declared_type(spec: TypeSpec) -> ValueType:
    """An overlay declaration as a `ValueType`; an object's keys are required unless marked."""
    words = spec.model_dump(include=set(TypeSpec.model_fields) - {"items"})
    items = declared_type(spec.items) if spec.items else None
    properties = declared_properties(spec.properties) if isinstance(spec, ShapeSpec) else ()
    return ValueType(
        **words,
        items=items,
        properties=properties,
        required=tuple(prop.name for prop in properties if prop.required),
    )


def declared_properties(specs: dict[str, ShapeSpec]) -> tuple[Property, ...]:
    return tuple(
        Property(
            name=name,
            python_name=naming.snake(name),
            required=spec.required,
            type=declared_type(spec),
        )
        for name, spec in specs.items()
    )


def shape(
    declared: dict[str, ShapeSpec] | None, example: Example | None, key: str | None
) -> tuple[ValueType, ShapeOrigin]:
    """A JSON response's type and where it came from."""
    if declared is not None:
        properties = declared_properties(declared)
        found: tuple[ValueType, ShapeOrigin] = (
            ValueType(
                type="object",
                properties=properties,
                required=tuple(prop.name for prop in properties if prop.required),
            ),
            "overlay",
        )
    elif example is not None:
        found = infer([example.value]), "example"
    elif key is not None:
        found = OPEN_OBJECT, "response-key"
    else:
        found = OPEN_OBJECT, "assumed"
    body, origin = found
    if key is not None and body.type == "object" and key not in {p.name for p in body.properties}:
        keyed = Property(name=key, python_name=naming.snake(key), required=True, type=ValueType())
        body = body.model_copy(
            update={"properties": (*body.properties, keyed), "required": (*body.required, key)}
        )
    return body, origin


def misfits(value: JsonValue, expected: ValueType, path: str = "") -> Iterator[str]:
    """Where an example leaves the declared shape, as `key.path: found X, expected Y`."""
    where = path or "the body"
    if value is None:
        if expected.type is not None and not expected.nullable:
            yield f"{where}: found null, expected {expected.type}"
        return
    found = kind_of(value)
    if expected.type is None:
        return
    if found != expected.type and not (found == "integer" and expected.type == "number"):
        yield f"{where}: found {found}, expected {expected.type}"
        return
    if isinstance(value, list) and expected.items is not None:
        for index, item in enumerate(value):
            yield from misfits(item, expected.items, f"{path}[{index}]")
    if isinstance(value, dict):
        for prop in expected.properties:
            inner = f"{path}.{prop.name}" if path else prop.name
            if prop.name in value:
                yield from misfits(value[prop.name], prop.type, inner)
            elif prop.required:
                yield f"{inner}: missing, expected a key the overlay declares required"
    if expected.enum is not None and value not in expected.enum:
        yield f"{where}: found {value!r}, expected one of {list(expected.enum)}"


def kind_of(value: JsonValue) -> str:
    return infer([value]).type or "null"


# --------------------------------------------------------------------------- naming


def is_model(value: ValueType | None) -> bool:
    """Objects with known keys get a name (and a client model); open objects stay inline."""
    return value is not None and value.type == "object" and bool(value.properties)


def shape_key(value: ValueType) -> str:
    """Equal for equal shapes; nullability belongs to where a shape is used, not to the shape."""
    return value.model_copy(update={"nullable": False}).model_dump_json()


@dataclass
class Namer:
    """Names every response object, top-down, once the contested short names are known."""

    contested: frozenset[str]
    taken: frozenset[str]
    components: dict[str, ValueType] = field(default_factory=dict)
    first_seen: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def top(self, value: ValueType, name: str, where: str) -> ValueType:
        if is_model(value):
            return self.define(value, name, where)
        return self.child(value, name, "item", where)

    def child(self, value: ValueType, parent: str, key: str, where: str) -> ValueType:
        if value.type == "array" and value.items is not None:
            return value.model_copy(update={"items": self.child(value.items, parent, key, where)})
        if not is_model(value):
            return value
        short = naming.nested_component(key)
        contested = short in self.contested or short in self.taken
        name = naming.qualified_component(parent, key) if contested else short
        return self.define(value, name, where)

    def define(self, value: ValueType, name: str, where: str) -> ValueType:
        properties = tuple(
            prop.model_copy(
                update={"type": self.child(prop.type, name, prop.name, f"{where}.{prop.name}")}
            )
            for prop in value.properties
        )
        named = value.model_copy(update={"properties": properties, "component": name})
        definition = named.model_copy(update={"nullable": False})
        if name in self.taken:
            self.problems.append(
                f"found the response shape at {where} named '{name}', which another component "
                "schema has; expected a distinct name: rename the key or change the rule in "
                "generator/naming.py"
            )
        elif self.components.setdefault(name, definition) != definition:
            self.problems.append(
                f"found two different response shapes named '{name}' ({self.first_seen[name]} "
                f"and {where}), expected one shape per name: rename a key or change the rule in "
                "generator/naming.py"
            )
        self.first_seen.setdefault(name, where)
        return named


def claims(value: ValueType, key: str) -> Iterator[tuple[str, str]]:
    """(short name, shape) of every object below a response, for finding contested names."""
    if value.type == "array" and value.items is not None:
        yield from claims(value.items, key)
    elif is_model(value):
        yield naming.nested_component(key), shape_key(value)
        for prop in value.properties:
            yield from claims(prop.type, prop.name)


def nested_claims(value: ValueType) -> Iterator[tuple[str, str]]:
    if is_model(value):
        for prop in value.properties:
            yield from claims(prop.type, prop.name)
    else:
        yield from claims(value, "item")


def name_components(
    operations: Iterable[Operation], taken: Iterable[str]
) -> tuple[list[Operation], tuple[ValueType, ...], list[str]]:
    """The operations with their response objects named, every component once (by name), and
    the naming clashes found (each an error)."""
    operations = list(operations)
    json_ops = [op for op in operations if op.response.kind == "json" and op.response.type]
    contested = naming.contested_names(
        claim for op in json_ops for claim in nested_claims(op.response.type or OPEN_OBJECT)
    )
    namer = Namer(contested=contested, taken=frozenset(taken))
    named = []
    for op in operations:
        body = op.response.type
        if op.response.kind != "json" or body is None:
            named.append(op)
            continue
        name = naming.response_component(op.resource, op.verb)
        typed = namer.top(body, name, f"{op.method} {op.path}")
        named.append(
            op.model_copy(update={"response": op.response.model_copy(update={"type": typed})})
        )
    components = tuple(namer.components[name] for name in sorted(namer.components))
    return named, components, sorted(set(namer.problems))

"""Reading an OpenAPI document as JSON: local `$ref`s, its operations, who may call them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from generator.naming import PATH_PARAM

HTTP_METHODS = ("get", "head", "post", "put", "patch", "delete", "options", "trace")
MAX_DEPTH = 32  # nesting and $ref hops; deeper means a recursive schema, compared no further
MISSING = object()

Json = Any


def as_dict(value: Json) -> dict[str, Json]:
    return value if isinstance(value, dict) else {}


def as_list(value: Json) -> list[Json]:
    return value if isinstance(value, list) else []


def shown(value: Json) -> str:
    return "(none)" if value is MISSING else json.dumps(value, ensure_ascii=False)


def joined(values: Iterable[Json]) -> str:
    return ", ".join(str(value) for value in values)


def resolve_ref(document: dict[str, Json], node: Json) -> Json:
    """`node` with local `$ref`s followed; an unresolvable reference stays as it is."""
    for _ in range(MAX_DEPTH):
        if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
            return node
        reference: str = node["$ref"]
        if not reference.startswith("#/"):
            return node
        target: Json = document
        for part in reference[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or key not in target:
                return node
            target = target[key]
        node = target
    return node


def reference_of(schema: Json) -> str:
    reference = schema.get("$ref") if isinstance(schema, dict) else None
    return reference if isinstance(reference, str) else ""


@dataclass(frozen=True)
class DocumentOperation:
    """One operation of a document as JSON (not the generator's model `Operation`)."""

    method: str
    path: str
    node: dict[str, Json]
    path_item: dict[str, Json]

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def shape(self) -> tuple[str, str]:
        """Method and path with parameter names blanked: equal shapes serve the same URLs."""
        return self.method, PATH_PARAM.sub("{}", self.path)


def operations(document: dict[str, Json]) -> dict[tuple[str, str], DocumentOperation]:
    found = {}
    for path, item in as_dict(document.get("paths")).items():
        path_item = as_dict(resolve_ref(document, item))
        for method in HTTP_METHODS:
            if isinstance(path_item.get(method), dict):
                operation = DocumentOperation(method.upper(), path, path_item[method], path_item)
                found[(operation.method, path)] = operation
    return found


@dataclass(frozen=True)
class Access:
    """Who may call an operation: public, or keys with `scopes` over these `schemes`."""

    public: bool
    schemes: frozenset[str]
    scopes: frozenset[str]

    @property
    def scope_text(self) -> str:
        return " + ".join(sorted(self.scopes)) if self.scopes else "(none)"


def access(document: dict[str, Json], operation: dict[str, Json]) -> Access:
    requirements = operation.get("security", document.get("security", []))
    alternatives = [as_dict(item) for item in as_list(requirements)]
    # A role that is not a string (malformed input) is compared by its JSON text: no crash on an
    # unhashable value, and a change to it is still a change.
    scopes = {
        role if isinstance(role, str) else json.dumps(role, sort_keys=True)
        for item in alternatives
        for roles in item.values()
        for role in as_list(roles)
    }
    declared = operation.get("x-required-scope")
    if isinstance(declared, str):
        scopes.add(declared)
    return Access(
        public=not alternatives or any(not item for item in alternatives),
        schemes=frozenset(name for item in alternatives for name in item),
        scopes=frozenset(str(scope) for scope in scopes),
    )


def scheme_renames(old: dict[str, Json], new: dict[str, Json]) -> dict[str, str]:
    """New security scheme name -> old name, for a scheme only renamed: the same definition
    (what a caller sends; descriptions and `x-` notes aside) under a name the old document
    does not have. A caller sends the very same credentials, so no operation changed."""
    old_schemes = as_dict(as_dict(old.get("components")).get("securitySchemes"))
    new_schemes = as_dict(as_dict(new.get("components")).get("securitySchemes"))

    def definition(document: dict[str, Json], scheme: Json) -> str:
        found = as_dict(resolve_ref(document, scheme))
        kept = {k: v for k, v in found.items() if k != "description" and not k.startswith("x-")}
        return repr(sorted(kept.items()))

    gone = {
        definition(old, old_schemes[name]): name for name in old_schemes.keys() - new_schemes.keys()
    }
    renames = {}
    for name in sorted(new_schemes.keys() - old_schemes.keys()):
        previous = gone.pop(definition(new, new_schemes[name]), None)
        if previous is not None:
            renames[name] = previous
    return renames


def parameters(
    document: dict[str, Json], op: DocumentOperation
) -> dict[tuple[str, str], dict[str, Json]]:
    """The operation's parameters by (location, name), the path item's overridden by its own."""
    found: dict[tuple[str, str], dict[str, Json]] = {}
    for item in as_list(op.path_item.get("parameters")) + as_list(op.node.get("parameters")):
        param = as_dict(resolve_ref(document, item))
        if isinstance(param.get("name"), str) and isinstance(param.get("in"), str):
            found[(param["in"], param["name"])] = param
    return found


def is_success(status: str) -> bool:
    return status[:1] in ("2", "3")

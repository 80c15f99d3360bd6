"""Comparing two schemas in one direction (values sent, or values received), recursively."""

from __future__ import annotations

import json
from dataclasses import dataclass

from generator.diff.document import (
    MAX_DEPTH,
    MISSING,
    Json,
    as_dict,
    as_list,
    joined,
    reference_of,
    resolve_ref,
    shown,
)

BOUNDS_MAX = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
BOUNDS_MIN = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")

RuleMessage = tuple[str, str]
References = frozenset[tuple[str, str]]  # (old $ref, new $ref) pairs; "" for an inline schema


@dataclass(frozen=True)
class SchemaView:
    """What a schema allows, with `allOf` merged and `null` split from the types."""

    types: frozenset[str] | None  # None: any type
    nullable: bool
    enum: tuple[Json, ...] | None
    format: str | None
    bounds: dict[str, Json]
    pattern: str | None
    default: Json
    description: Json
    properties: dict[str, Json]
    required: frozenset[str]
    items: Json
    alternatives: frozenset[str] | None  # anyOf / oneOf members as canonical JSON


def all_of_parts(document: dict[str, Json], schema: Json, depth: int = 0) -> list[dict[str, Json]]:
    """The schema and, depth first, every schema its `allOf` includes (references followed)."""
    node = as_dict(resolve_ref(document, schema))
    parts = [node]
    if depth < MAX_DEPTH:
        for part in as_list(node.get("allOf")):
            parts += all_of_parts(document, part, depth + 1)
    return parts


def schema_view(document: dict[str, Json], schema: Json) -> SchemaView:
    parts = all_of_parts(document, schema)
    merged: dict[str, Json] = {}
    properties: dict[str, Json] = {}
    required: set[str] = set()
    for part in parts:
        for key, value in part.items():
            merged.setdefault(key, value)
        properties.update(as_dict(part.get("properties")))
        required.update(str(name) for name in as_list(part.get("required")))
    declared = merged.get("type")
    type_names = {declared} if isinstance(declared, str) else set(as_list(declared))
    enum = merged.get("enum")
    nullable = "null" in type_names or merged.get("nullable") is True
    if isinstance(enum, list) and None in enum:
        nullable = True
    type_names.discard("null")
    alternatives = as_list(merged.get("anyOf")) + as_list(merged.get("oneOf"))
    return SchemaView(
        types=frozenset(str(name) for name in type_names) or None,
        nullable=nullable,
        enum=(
            tuple(value for value in enum if value is not None) if isinstance(enum, list) else None
        ),
        format=merged.get("format") if isinstance(merged.get("format"), str) else None,
        bounds={key: merged[key] for key in BOUNDS_MAX + BOUNDS_MIN if key in merged},
        pattern=merged.get("pattern") if isinstance(merged.get("pattern"), str) else None,
        default=merged.get("default", MISSING),
        description=merged.get("description"),
        properties=properties,
        required=frozenset(required),
        items=merged.get("items"),
        alternatives=frozenset(json.dumps(alt, sort_keys=True) for alt in alternatives) or None,
    )


def canonical(value: Json) -> str | None:
    """`value` as one canonical JSON text, or None where JSON text would not tell values
    apart exactly (NaN, which equals nothing, not even itself)."""
    try:
        return json.dumps(value, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):
        return None


def references_in(value: Json) -> set[str]:
    """Every `$ref` string anywhere inside `value`."""
    found: set[str] = set()
    pending = [value]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            reference = node.get("$ref")
            if isinstance(reference, str):
                found.add(reference)
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found


class SameReferences:
    """Which `$ref`s lead to the same schemas in both documents, remembered for one comparison.

    A schema whose canonical JSON is the same in both documents, and whose references (and
    theirs, transitively) resolve to the same canonical JSON in both, compares equal at every
    step of `SchemaComparison.walk`, which then finds nothing: such a pair is skipped whole.
    """

    def __init__(self, old_doc: dict[str, Json], new_doc: dict[str, Json]) -> None:
        self.old_doc, self.new_doc = old_doc, new_doc
        # reference -> (same canonical JSON in both documents, the references inside it)
        self.targets: dict[str, tuple[bool, set[str]]] = {}

    def unchanged(self, old: Json, new: Json) -> bool:
        text = canonical(old)
        return text is not None and text == canonical(new) and self.all_same(references_in(old))

    def all_same(self, references: set[str]) -> bool:
        """Whether every reference, and every reference reachable from it, is the same."""
        seen: set[str] = set()
        pending = list(references)
        while pending:
            reference = pending.pop()
            if reference in seen:
                continue
            seen.add(reference)
            same, inner = self.target(reference)
            if not same:
                return False
            pending.extend(inner)
        return True

    def target(self, reference: str) -> tuple[bool, set[str]]:
        if reference not in self.targets:
            old = resolve_ref(self.old_doc, {"$ref": reference})
            new = resolve_ref(self.new_doc, {"$ref": reference})
            text = canonical(old)
            same = text is not None and text == canonical(new)
            self.targets[reference] = (same, references_in(old))
        return self.targets[reference]


def accepts(outer: frozenset[str] | None, inner: frozenset[str] | None) -> bool:
    """Whether every value of type `inner` is a value of type `outer` (None: any type)."""
    if outer is None:
        return True
    if inner is None:
        return False
    widened = outer | ({"integer"} if "number" in outer else set())
    return inner <= widened


def type_text(types: frozenset[str] | None) -> str:
    return "|".join(sorted(types)) if types else "any"


class SchemaComparison:
    """Changes between two schemas in one direction: values a caller sends (`request`) or
    values a caller receives. Returns (rule, message) pairs; the caller names the operation."""

    def __init__(
        self,
        old_doc: dict[str, Json],
        new_doc: dict[str, Json],
        request: bool,
        root: str,
        field_prefix: str,
        references: SameReferences | None = None,
    ) -> None:
        self.old_doc, self.new_doc = old_doc, new_doc
        self.references = references or SameReferences(old_doc, new_doc)
        self.request = request
        self.root = root  # names the schema itself: "request body", "response 200"
        self.field_prefix = field_prefix  # before a field's path: "body field records[].ttl"
        self.found: list[RuleMessage] = []

    def compare(self, old: Json, new: Json, path: str = "") -> list[RuleMessage]:
        self.found = []
        if not self.references.unchanged(old, new):  # most schemas are: skipped whole
            self.walk(old, new, path, 0, frozenset())
        return self.found

    def where(self, path: str) -> str:
        return f"{self.field_prefix}{path}" if path else self.root

    def narrowed(self, request_rule: str, path: str, detail: str) -> None:
        """Fewer values allowed: a request that used to pass may fail; a response is safer."""
        rule = request_rule if self.request else "response-constraint-tightened"
        self.found.append((rule, f"{self.where(path)}: {detail}"))

    def widened(self, request_rule: str, response_rule: str, path: str, detail: str) -> None:
        """More values allowed: harmless in a request; a response may surprise its callers."""
        rule = request_rule if self.request else response_rule
        self.found.append((rule, f"{self.where(path)}: {detail}"))

    def note(self, rule: str, path: str, detail: str) -> None:
        self.found.append((rule, f"{self.where(path)}: {detail}"))

    def walk(
        self, old_schema: Json, new_schema: Json, path: str, depth: int, entered: References
    ) -> None:
        """Compare two schemas and, recursively, their properties and items. `entered` holds the
        pairs of references being compared further up: a recursive schema is compared once."""
        references = (reference_of(old_schema), reference_of(new_schema))
        if depth > MAX_DEPTH or references in entered:
            return
        if references != ("", ""):
            entered = entered | {references}
        old = schema_view(self.old_doc, old_schema)
        new = schema_view(self.new_doc, new_schema)
        if not self.compare_types(old, new, path):
            return  # incompatible types: details of the old type no longer apply
        self.compare_nullable(old, new, path)
        self.compare_enum(old, new, path)
        self.compare_format(old, new, path)
        self.compare_bounds(old, new, path)
        self.compare_pattern(old, new, path)
        self.compare_alternatives(old, new, path)
        if old.default != new.default:
            self.note(
                "default-changed", path, f"default {shown(old.default)} -> {shown(new.default)}"
            )
        if path and old.description != new.description:  # the root's is the owner's
            self.note("description-changed", path, "description changed")
        self.compare_properties(old, new, path, depth, entered)
        if old.items is not None or new.items is not None:
            self.walk(
                old.items if old.items is not None else {},
                new.items if new.items is not None else {},
                f"{path}[]",
                depth + 1,
                entered,
            )

    def compare_types(self, old: SchemaView, new: SchemaView, path: str) -> bool:
        """Report a type change; False when the types are incompatible."""
        old_accepts_new, new_accepts_old = accepts(old.types, new.types), accepts(
            new.types, old.types
        )
        detail = f"type {type_text(old.types)} -> {type_text(new.types)}"
        if old_accepts_new and new_accepts_old:
            return True
        if new_accepts_old:
            self.widened("type-widened", "response-type-widened", path, detail)
        elif old_accepts_new:
            self.narrowed("type-narrowed", path, detail)
        else:
            self.note("type-changed", path, detail)
            return False
        return True

    def compare_nullable(self, old: SchemaView, new: SchemaView, path: str) -> None:
        if new.nullable and not old.nullable:
            self.widened("nullable-added", "response-nullable-added", path, "may now be null")
        elif old.nullable and not new.nullable:
            self.narrowed("nullable-removed", path, "null no longer allowed")

    def compare_enum(self, old: SchemaView, new: SchemaView, path: str) -> None:
        if old.enum == new.enum:
            return
        if old.enum is None:
            self.narrowed("enum-added", path, f"now limited to {joined(new.enum or ())}")
            return
        if new.enum is None:
            self.widened(
                "enum-value-added",
                "response-enum-value-added",
                path,
                f"no longer limited to {joined(old.enum)}",
            )
            return
        removed = [value for value in old.enum if value not in new.enum]
        added = [value for value in new.enum if value not in old.enum]
        if removed:
            self.narrowed("enum-value-removed", path, f"enum value {joined(removed)} removed")
        if added:
            self.widened(
                "enum-value-added",
                "response-enum-value-added",
                path,
                f"enum value {joined(added)} added",
            )

    def compare_format(self, old: SchemaView, new: SchemaView, path: str) -> None:
        if old.format == new.format:
            return
        detail = f"format {old.format or '(none)'} -> {new.format or '(none)'}"
        if old.format is None:
            self.narrowed("format-changed", path, detail)
        elif new.format is None:
            self.widened("constraint-relaxed", "response-constraint-relaxed", path, detail)
        else:
            self.note("format-changed", path, detail)

    def compare_bounds(self, old: SchemaView, new: SchemaView, path: str) -> None:
        for key in BOUNDS_MAX + BOUNDS_MIN:
            before, after = old.bounds.get(key), new.bounds.get(key)
            if before == after:
                continue
            detail = f"{key} {shown(before) if before is not None else '(none)'} -> " + (
                shown(after) if after is not None else "(none)"
            )
            upper = key in BOUNDS_MAX
            if before is None or after is None:
                tighter = before is None
            elif isinstance(before, int | float) and isinstance(after, int | float):
                tighter = after < before if upper else after > before
            else:  # not numbers: an invalid bound, read as a new restriction
                tighter = True
            if tighter:
                self.narrowed("max-lowered" if upper else "min-raised", path, detail)
            else:
                self.widened("constraint-relaxed", "response-constraint-relaxed", path, detail)

    def compare_pattern(self, old: SchemaView, new: SchemaView, path: str) -> None:
        if old.pattern == new.pattern:
            return
        detail = f"pattern {old.pattern or '(none)'} -> {new.pattern or '(none)'}"
        if new.pattern is None:
            self.widened("constraint-relaxed", "response-constraint-relaxed", path, detail)
        elif old.pattern is None:
            self.narrowed("pattern-changed", path, detail)
        else:
            # a different pattern both admits and refuses values
            self.widened("pattern-changed", "response-constraint-relaxed", path, detail)

    def compare_alternatives(self, old: SchemaView, new: SchemaView, path: str) -> None:
        if old.alternatives == new.alternatives:
            return
        before, after = old.alternatives or frozenset(), new.alternatives or frozenset()
        for member in sorted(before - after):
            self.narrowed("type-narrowed", path, f"alternative {member} removed")
        for member in sorted(after - before):
            self.widened(
                "type-widened", "response-type-widened", path, f"alternative {member} added"
            )

    def compare_properties(
        self, old: SchemaView, new: SchemaView, path: str, depth: int, entered: References
    ) -> None:
        for name in sorted(old.properties.keys() - new.properties.keys()):
            field = f"{path}.{name}" if path else name
            if self.request:
                self.note("field-removed", field, "removed: it is ignored or rejected now")
            elif name in old.required:
                self.note("response-field-removed", field, "removed")
            else:
                self.note("response-optional-field-removed", field, "removed")
        for name in sorted(new.properties.keys() - old.properties.keys()):
            field = f"{path}.{name}" if path else name
            required = name in new.required
            if not self.request:
                self.note("response-field-added", field, "added")
            elif required:
                self.note("required-field-added", field, "new required field")
            else:
                self.note("optional-field-added", field, "new optional field")
        for name in sorted(old.properties.keys() & new.properties.keys()):
            field = f"{path}.{name}" if path else name
            was, now = name in old.required, name in new.required
            if not was and now:
                rule = "field-became-required" if self.request else "response-field-became-required"
                self.note(rule, field, "now required")
            elif was and not now:
                rule = "field-became-optional" if self.request else "response-field-became-optional"
                self.note(
                    rule, field, "now optional" if self.request else "no longer always present"
                )
            self.walk(old.properties[name], new.properties[name], field, depth + 1, entered)

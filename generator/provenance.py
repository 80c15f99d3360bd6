"""How the artifacts tell a stated fact from an assumed one: one wording and one marker, read
by the OpenAPI document (`x-assumed` and a sentence in the description), the reference page (an
"assumed" badge), `routes.json` and the Python client's docstrings.

The decision of what is assumed is resolve's (`model.Origin` on every fact); this module only
puts it into words, so every artifact says it the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from generator.model import Fact, Param, Property, Response, ValueType

MARKER = "x-assumed"

# Each fact in the words an integrator reads.
FACT_WORDS: dict[Fact, str] = {
    "type": "type",
    "format": "format",
    "enum": "allowed values",
    "minimum": "minimum",
    "maximum": "maximum",
    "min_length": "minimum length",
    "max_length": "maximum length",
    "min_items": "minimum items",
    "max_items": "maximum items",
    "pattern": "pattern",
    "shape": "shape",
    "required": "requiredness",
}


def assumed_facts(value: ValueType, required_assumed: bool = False) -> tuple[Fact, ...]:
    """The facts of a value (and of its requiredness, for a field or parameter) that no
    source states."""
    facts = value.assumed_facts
    return (*facts, "required") if required_assumed else facts


def of_property(prop: Property) -> tuple[Fact, ...]:
    return assumed_facts(prop.type, prop.required_is_assumed)


def of_param(param: Param) -> tuple[Fact, ...]:
    return assumed_facts(param.type, param.required_is_assumed)


def sentence(facts: Iterable[Fact]) -> str:
    """`Assumed, not stated by the API page: type, format.`; empty when nothing is assumed."""
    words = [FACT_WORDS[fact] for fact in facts]
    return f"Assumed, not stated by the API page: {', '.join(words)}." if words else ""


def described(description: str | None, facts: Iterable[Fact]) -> str | None:
    """A description with the assumption sentence after it."""
    note = sentence(facts)
    if not note:
        return description
    return f"{description.rstrip()} {note}" if description else note


def marks(facts: Iterable[Fact]) -> dict[str, Any]:
    """The document's marker: `{"x-assumed": true}` when any fact is assumed, else nothing."""
    return {MARKER: True} if tuple(facts) else {}


def media_sentences(response: Response) -> str:
    """What a success description adds about media types: the text alternatives a parameter
    selects, and whether the page states the media type (with a leading space, or empty)."""
    words = ""
    if response.alternatives:
        chosen = "; ".join(f"`{a.content_type}` with `{a.when}`" for a in response.alternatives)
        words += f" Or text: {chosen}."
    if response.content_origin.stated or response.kind == "redirect":
        return words
    if response.alternatives:
        words += (
            " The media types are assumed: the page names the formats, not what each is sent as."
        )
    elif response.kind in ("binary", "text"):
        words += " The media type is assumed, not stated by the API page."
    return words

"""The base of every response model, imported with the first call that returns one.

A response is built without validation (as pydantic's `model_construct` does, but into nested
models too): a server that adds a key, drops one or sends another type never breaks a call.
Unknown keys are kept, reachable as attributes and in `to_dict()`; a missing key reads as None
and is left out of `to_dict()`.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Self, Union, get_args, get_origin

import pydantic


class BaseModel(pydantic.BaseModel):
    """A JSON object the API returned: fields by Python name, the body as sent by `to_dict()`."""

    # No schema is built until a model is dumped: building is the slow part, and is not needed
    # to read a response.
    model_config = pydantic.ConfigDict(
        extra="allow", validate_by_name=True, defer_build=True, protected_namespaces=()
    )

    # Underscored because a field can never be: no response key can hide this method.
    @classmethod
    def _construct(cls, data: object) -> Self:
        """`data` as this model, unvalidated; anything but an object comes back as it is."""
        if not isinstance(data, Mapping):
            return data  # type: ignore[return-value]
        plan = _plan(cls)
        values: dict[str, Any] = dict.fromkeys(plan.names)
        present: set[str] = set()
        extra: dict[str, Any] = {}
        for key, value in data.items():
            field = plan.fields.get(key)
            if field is None:
                extra[key] = value
                continue
            name, build = field
            values[name] = value if build is None or value is None else build(value)
            present.add(name)
        # What `model_construct` does, without its per-call work on defaults and aliases (the
        # plan did that once per class): a response costs a few microseconds, not tens.
        model = cls.__new__(cls)
        object.__setattr__(model, "__dict__", values)
        object.__setattr__(model, "__pydantic_fields_set__", present)
        object.__setattr__(model, "__pydantic_extra__", extra)
        object.__setattr__(model, "__pydantic_private__", None)
        return model

    def to_dict(self) -> dict[str, Any]:
        """The object by the API's JSON keys, unknown keys included, missing keys left out."""
        data: dict[str, Any] = self.model_dump(
            mode="json", by_alias=True, exclude_unset=True, warnings=False
        )
        return data

    def to_json(self, *, indent: int | None = 2) -> str:
        """`to_dict()` as JSON text."""
        return self.model_dump_json(
            indent=indent, by_alias=True, exclude_unset=True, warnings=False
        )

    def __getitem__(self, key: str) -> Any:
        """The value under a JSON key, as plain JSON: code written for dict results keeps
        working (`result["invoices"]`)."""
        field = _plan(type(self)).fields.get(key)
        if field is not None and field[0] in self.model_fields_set:
            return _plain(getattr(self, field[0]))
        extra = self.__pydantic_extra__ or {}
        if key in extra:
            return extra[key]
        raise KeyError(key)


Builder = Callable[[Any], Any]


@dataclass(frozen=True)
class _Plan:
    """How one model class is built: its field names, and per JSON key the field's name and
    what builds its value (None: kept as sent)."""

    names: tuple[str, ...]
    fields: dict[str, tuple[str, Builder | None]]


@cache
def _plan(model: type[BaseModel]) -> _Plan:
    return _Plan(
        names=tuple(model.model_fields),
        fields={
            field.alias or name: (name, _builder(field.annotation))
            for name, field in model.model_fields.items()
        },
    )


def _builder(annotation: Any) -> Builder | None:
    """What turns a JSON value into `annotation`'s models; None where no model is inside."""
    origin = get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        inner = [arg for arg in get_args(annotation) if arg is not type(None)]
        return _builder(inner[0]) if len(inner) == 1 else None
    if origin is list:
        (item,) = get_args(annotation)
        build_item = _builder(item)
        if build_item is None:
            return None
        return lambda value: (
            [None if element is None else build_item(element) for element in value]
            if isinstance(value, list)
            else value
        )
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation._construct
    return None


def _plain(value: object) -> Any:
    if isinstance(value, BaseModel):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value

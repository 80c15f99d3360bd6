"""The base of every response model, imported with the first call that returns one.

A response is built without validation (as pydantic's `model_construct` does, but into nested
models too): a server that adds a key, drops one or sends another type never breaks a call.
Unknown keys are kept, reachable as attributes and in `to_dict()`; a missing key reads as None
and is left out of `to_dict()`.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from functools import cache
from typing import Any, Self, Union, cast, get_args, get_origin

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
        fields_by_key = _fields(cls)
        values: dict[str, Any] = dict.fromkeys(cls.model_fields)
        present: set[str] = set()
        extra: dict[str, Any] = {}
        for key, value in data.items():
            field = fields_by_key.get(key)
            if field is None:
                extra[key] = value
            else:
                name, annotation = field
                values[name] = _construct_value(annotation, value)
                present.add(name)
        # The pydantic mypy plugin types model_construct on this base class as returning it.
        model = cast(Self, cls.model_construct(_fields_set=present, **values))
        object.__setattr__(model, "__pydantic_extra__", extra)
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
        field = _fields(type(self)).get(key)
        if field is not None and field[0] in self.model_fields_set:
            return _plain(getattr(self, field[0]))
        extra = self.__pydantic_extra__ or {}
        if key in extra:
            return extra[key]
        raise KeyError(key)


@cache
def _fields(model: type[BaseModel]) -> dict[str, tuple[str, Any]]:
    """JSON key -> (Python name, annotation), per model class."""
    return {
        field.alias or name: (name, field.annotation) for name, field in model.model_fields.items()
    }


def _construct_value(annotation: Any, value: object) -> Any:
    if value is None:
        return None
    origin = get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        inner = [arg for arg in get_args(annotation) if arg is not type(None)]
        return _construct_value(inner[0], value) if len(inner) == 1 else value
    if origin is list:
        if not isinstance(value, list):
            return value
        (item,) = get_args(annotation)
        return [_construct_value(item, element) for element in value]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation._construct(value)
    return value


def _plain(value: object) -> Any:
    if isinstance(value, BaseModel):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value

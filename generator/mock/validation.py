"""Input validation: path, query and body values against the JSON schemas the OpenAPI document
publishes (`generator.schema`); a problem is a 400 naming the field."""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

    from generator.model import RequestBody, ValueType


INTEGER_TEXT = re.compile(r"-?[0-9]+", re.ASCII)
NUMBER_TEXT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?", re.ASCII)
EMAIL_TEXT = re.compile(r"[^@\s]+@[^@\s]+")
URI_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S")
RFC3339_TEXT = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?"
    r"(?:[Zz]|[-+]([0-9]{2}):([0-9]{2}))",
    re.ASCII,
)


class InvalidInput(Exception):
    """A 400: the message names the field, e.g. `body.when: expected one of ...`."""


@dataclass(frozen=True)
class FormPart:
    """One part of a multipart/form-data body."""

    name: str
    data: bytes
    filename: str | None  # set when the part was sent as a file
    charset: str | None

    def text(self) -> str:
        try:
            return self.data.decode(self.charset or "utf-8")
        except (UnicodeDecodeError, LookupError):
            raise InvalidInput(f"body.{self.name}: expected UTF-8 text") from None


def _is_email(value: object) -> bool:
    return not isinstance(value, str) or EMAIL_TEXT.fullmatch(value) is not None


def _is_date_time(value: object) -> bool:
    """RFC 3339 `date-time`: a date, a time and an offset, all in range."""
    if not isinstance(value, str):
        return True
    found = RFC3339_TEXT.fullmatch(value)
    if found is None:
        return False
    year, month, day, hour, minute, second, offset_hour, offset_minute = (
        int(part or 0) for part in found.groups()
    )
    try:
        datetime(year, month, day, hour, minute, min(second, 59))  # 60: a leap second
    except ValueError:
        return False
    return second <= 60 and offset_hour <= 23 and offset_minute <= 59


def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or URI_TEXT.match(value) is not None


def _format_checker() -> Any:
    """Checks of the formats the overlay uses, the same whichever jsonschema extras are there."""
    from jsonschema import FormatChecker

    checker = FormatChecker(formats=())
    checker.checks("email")(_is_email)
    checker.checks("date-time")(_is_date_time)
    checker.checks("uri")(_is_uri)
    return checker


class SchemaCheck:
    """A JSON schema compiled once; `check` raises `InvalidInput` with every problem found."""

    def __init__(self, schema: dict[str, Any], root: str) -> None:
        from jsonschema import Draft202012Validator

        self._validator = Draft202012Validator(schema, format_checker=_format_checker())
        self._root = root

    def check(self, instance: object) -> None:
        errors = list(self._validator.iter_errors(instance))
        # A value of the wrong type fails its enum and limits too: the type is the news.
        mistyped = {tuple(error.absolute_path) for error in errors if error.validator == "type"}
        errors = [
            error
            for error in errors
            if error.validator == "type" or tuple(error.absolute_path) not in mistyped
        ]
        if errors:
            problems = sorted({line for error in errors for line in _describe(error, self._root)})
            raise InvalidInput("; ".join(problems))


def _location(root: str, path: Iterable[object]) -> str:
    return root + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)


def _shown(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _describe(error: ValidationError, root: str) -> list[str]:
    """One line per field the error is about, naming the field and what was expected."""
    where = _location(root, error.absolute_path)
    expected = error.validator_value
    instance = error.instance
    match error.validator:
        case "required" if isinstance(instance, dict):
            return [f"{where}.{name}: required" for name in expected if name not in instance]
        case "enum":
            return [f"{where}: expected one of {', '.join(_shown(value) for value in expected)}"]
        case "type":
            names = expected if isinstance(expected, list) else [expected]
            return [f"{where}: expected {' or '.join(names)}"]
    from generator.schema import CONSTRAINTS

    wording = {constraint.keyword: constraint.expectation for constraint in CONSTRAINTS}
    wording["format"] = "a valid {}"
    expectation = wording.get(str(error.validator))
    if expectation is None:
        return [f"{where}: {error.message}"]
    return [f"{where}: expected {expectation.format(expected)}"]


def from_text(text: str, value_type: ValueType, where: str) -> object:
    """A query or form value in the type the model declares (the wire only carries text)."""
    match value_type.type:
        case "integer":
            if not INTEGER_TEXT.fullmatch(text):
                raise InvalidInput(f"{where}: expected integer")
            return int(text)
        case "number":
            if not NUMBER_TEXT.fullmatch(text):
                raise InvalidInput(f"{where}: expected number")
            return float(text)
        case "boolean":
            if text not in ("true", "false"):
                raise InvalidInput(f"{where}: expected true or false")
            return text == "true"
    return text


def is_file_type(value_type: ValueType) -> bool:
    item = value_type.items if value_type.type == "array" else value_type
    return item is not None and item.format == "binary"


def object_schema(fields: Iterable[tuple[str, ValueType, bool]]) -> dict[str, Any]:
    """The schema a request's parameters are checked against: stated facts only (the panel may
    well accept what an assumption would refuse), so pass `required` only where stated."""
    from generator.schema import json_schema

    fields = list(fields)
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {
            name: json_schema(value_type.stated_only, inline=True) for name, value_type, _ in fields
        },
    }
    required = [name for name, _, is_required in fields if is_required]
    if required:
        schema["required"] = required
    return schema


def body_check_schema(body: RequestBody, multipart: bool = False) -> dict[str, Any]:
    """A body's schema; as multipart/form-data it also has the extra (file) parts."""
    from generator.schema import json_schema, multipart_parts_schema

    schema = json_schema(body.type.stated_only, inline=True)
    if multipart:  # the document's allOf of the two, merged: the validator has no $ref registry
        parts = multipart_parts_schema(body)
        schema["properties"] = {**schema.get("properties", {}), **parts["properties"]}
        schema["required"] = [*schema.get("required", []), *parts.get("required", [])]
        if not schema["required"]:
            del schema["required"]
    return schema


def parse_multipart(content_type: str, payload: bytes) -> list[FormPart]:
    """The parts of a multipart/form-data payload, in order."""
    boundary = re.search(r'boundary="?([^";]+)"?', content_type)
    if boundary is not None and payload.strip() == f"--{boundary.group(1)}--".encode("latin-1"):
        return []  # a form with no fields: valid where no field is required
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + payload)
    if not message.is_multipart() or message.defects:
        raise InvalidInput("body: malformed multipart/form-data")
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise InvalidInput("body: a multipart part without a name")
        data = part.get_payload(decode=True)
        parts.append(
            FormPart(
                name=name,
                data=data if isinstance(data, bytes) else b"",
                filename=part.get_filename(),
                charset=part.get_content_charset(),
            )
        )
    return parts

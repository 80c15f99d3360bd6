"""Types the whole package shares; cheap to import (no pydantic, no resources)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, NamedTuple, TypeAlias, TypedDict

if TYPE_CHECKING:
    import httpx


# The key of the private per-call option by which `with_raw_response` and
# `with_streaming_response` ask for the response: not an identifier, so no keyword argument
# can set it by accident.
RESPONSE_CLASS = "response class"


class RequestOptions(TypedDict, total=False):
    """Keyword arguments every method takes for that one call."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, QueryValue]
    extra_body: Mapping[str, object]


class ClientOptions(TypedDict, total=False):
    """What `with_options(...)` can override."""

    api_key: str
    base_url: str
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str]
    allow_insecure_http: bool


class BinaryContent(NamedTuple):
    """A non-JSON response body (an invoice's HTML, a ticket attachment)."""

    content: bytes
    content_type: str


QueryValue: TypeAlias = str | int | float | bool | None
"""A query parameter's value; None leaves the parameter out."""

FileContent: TypeAlias = bytes | IO[bytes]
"""The bytes of an uploaded file, or a binary file object to read them from."""

FileInput: TypeAlias = FileContent | tuple[str, FileContent] | tuple[str, FileContent, str]
"""A file to upload: its content, or (filename, content) or (filename, content, content type)."""

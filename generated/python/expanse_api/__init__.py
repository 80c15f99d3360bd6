"""Typed Python client of the Expanse panel API, generated from its route catalog.

`Expanse()` reads the key from EXPANSE_API_KEY; `client.zones.list(team_id=...)` and the other
methods mirror the API's paths. See README.md for auth, scopes, errors, retries and async.
"""

from typing import TYPE_CHECKING

from ._client import AsyncExpanse, Expanse
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ExpanseError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnprocessableEntityError,
)
from ._types import BinaryContent, FileInput, RequestOptions
from ._version import __version__

if TYPE_CHECKING:
    from ._operations import OPERATIONS, Operation

__all__ = [
    "OPERATIONS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncExpanse",
    "AuthenticationError",
    "BadRequestError",
    "BinaryContent",
    "ConflictError",
    "Expanse",
    "ExpanseError",
    "FileInput",
    "InternalServerError",
    "NotFoundError",
    "Operation",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "RequestValidationError",
    "UnprocessableEntityError",
    "__version__",
]


def __getattr__(name: str) -> object:
    # The operations table loads with the first resource, or when asked for here.
    if name in ("OPERATIONS", "Operation"):
        from . import _operations

        return getattr(_operations, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""The errors the client raises. None of them holds the API key, in its message, its repr or
its `body`, even when the server echoes the key back (it is redacted first)."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping, Sequence
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

    from ._operations import Operation

EXPIRED_KEY = "API key expired"
MISSING_SCOPE = "Insufficient API key permissions"


class ExpanseError(Exception):
    """The base of every error this package raises."""


class RequestValidationError(ExpanseError, ValueError):
    """The arguments were refused before anything was sent.

    `errors` says what is wrong, in pydantic's words but without the values given, so a
    password passed to a method never ends up in a log.
    """

    def __init__(self, message: str, errors: Sequence[Mapping[str, object]] = ()) -> None:
        super().__init__(message)
        self.errors = list(errors)


class APIError(ExpanseError):
    """A request was made and did not succeed; `request` is what was sent, when known (its
    Authorization header holds the key: do not log its headers)."""

    def __init__(
        self,
        message: str,
        operation: Operation | None = None,
        *,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.request = request


class APIConnectionError(APIError):
    """No response arrived: the connection failed or broke, or the timeout left no time."""


class APIResponseValidationError(APIError):
    """A success status with a body other than the one documented: not JSON, empty, or a
    redirect. `response` is the response as received."""

    def __init__(self, message: str, *, response: httpx.Response, operation: Operation) -> None:
        super().__init__(message, operation, request=response.request)
        self.response = response
        self.status_code = response.status_code


class APITimeoutError(APIConnectionError):
    """No response arrived in time."""


class APIStatusError(APIError):
    """The API answered with an error status (4xx or 5xx)."""

    operation: Operation

    def __init__(self, *, response: httpx.Response, body: object, operation: Operation) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.operation = operation
        super().__init__(self.describe(), operation, request=response.request)

    @property
    def server_message(self) -> str:
        """The API's own words: its `{"error": ...}`, else the start of the body."""
        if isinstance(self.body, dict):
            error = self.body.get("error", self.body.get("message"))
            return error if isinstance(error, str) else ""
        return self.body[:200] if isinstance(self.body, str) else ""

    @property
    def where(self) -> str:
        return f"{self.operation.method} {self.operation.path}"

    def describe(self) -> str:
        reason = f"{self.status_code} {self.response.reason_phrase}".strip()
        detail = f": {self.server_message}" if self.server_message else ""
        return f"{reason} for {self.where}{detail}"


class BadRequestError(APIStatusError):
    """400: the API refused the input."""


class AuthenticationError(APIStatusError):
    """401: the key is missing, invalid, revoked, expired or not allowed from this IP."""

    @property
    def expired(self) -> bool:
        """Whether the API said the key has expired (create a new one to go on)."""
        return isinstance(self.body, dict) and self.body.get("error") == EXPIRED_KEY

    def describe(self) -> str:
        if self.expired:
            return (
                f"the API key has expired (401 for {self.where}); "
                "create a new one under Settings > API keys"
            )
        return super().describe()


class PermissionDeniedError(APIStatusError):
    """403: the key's scopes do not cover the operation (or the account may not use it)."""

    @property
    def required_scope(self) -> str | None:
        """The scope the operation needs; None for a public route."""
        return self.operation.scope

    def describe(self) -> str:
        if self.required_scope is None:
            return super().describe()
        if self.server_message == MISSING_SCOPE:
            return f"this key lacks {self.required_scope} for {self.where}"
        return f"{super().describe()} (the operation needs {self.required_scope})"


class NotFoundError(APIStatusError):
    """404: no such resource, or not one this key's team can see."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the input was well-formed but not acceptable."""


class RateLimitError(APIStatusError):
    """429: the key's rate limit is used up; `retry_after` says for how long, when known."""

    def __init__(self, *, response: httpx.Response, body: object, operation: Operation) -> None:
        retry_after = retry_after_seconds(response.headers)
        self.retry_after = None if retry_after is None else max(retry_after, 0.0)
        super().__init__(response=response, body=body, operation=operation)

    def describe(self) -> str:
        wait = "" if self.retry_after is None else f"; retry after {self.retry_after:g} s"
        return f"rate limited on {self.where}{wait}"


class InternalServerError(APIStatusError):
    """5xx: the API failed."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, operation: Operation, body: object) -> APIStatusError:
    """The error for an error response (its class by status) with its body, decoded if JSON
    and with the key redacted."""
    status = response.status_code
    error_class = STATUS_ERRORS.get(status)
    if error_class is None:
        error_class = InternalServerError if status >= 500 else APIStatusError
    return error_class(response=response, body=body, operation=operation)


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """Seconds the server asks to wait: `retry-after-ms`, else `Retry-After` (seconds or an
    HTTP date); None if neither is usable. May be 0 or negative."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            seconds = float(milliseconds) / 1000
        except ValueError:
            pass
        else:
            if math.isfinite(seconds):
                return seconds
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, OverflowError):
            return None
    return seconds if math.isfinite(seconds) else None

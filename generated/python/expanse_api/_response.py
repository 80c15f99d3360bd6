"""Raw and streamed responses: what `client.with_raw_response` and
`client.with_streaming_response` return instead of the decoded result.

The wrappers pass the response class to the transport through a private per-call option; the
transport sends exactly as for a plain call and hands back the response with the plain call's
own decoder, so `.parse()` returns what the plain call would have returned.
"""

from __future__ import annotations

import functools
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Generic, ParamSpec, TypeVar, cast

import httpx

from ._types import RESPONSE_CLASS

if TYPE_CHECKING:
    from ._operations import Operation

P = ParamSpec("P")
R = TypeVar("R")
ResponseT = TypeVar("ResponseT")
CHUNK_SIZE = 64 * 1024


class BaseResponse(Generic[R]):
    """What every raw or streamed response shows: status, headers and the request sent."""

    # Whether the transport leaves the body unread for this class to read as it goes.
    streamed: ClassVar[bool] = False

    def __init__(
        self,
        response: httpx.Response,
        operation: Operation,
        parse: Callable[[httpx.Response, Operation], R],
    ) -> None:
        self.http_response = response
        self.operation = operation
        self._parse = parse

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code}] "
            f"{self.operation.method} {self.operation.path}>"
        )

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        """The request as sent (its Authorization header holds the key: do not log it)."""
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def elapsed(self) -> float:
        """Seconds from sending the request to the end of the response (once it is read)."""
        return self.http_response.elapsed.total_seconds()


class APIResponse(BaseResponse[R]):
    """A response read whole: `.parse()` is the result the plain call returns."""

    def parse(self) -> R:
        return self._parse(self.http_response, self.operation)

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()


class StreamedResponse(BaseResponse[R]):
    """A response whose body is read as you go; use it inside the `with` block."""

    streamed = True

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Write the body to `path` chunk by chunk: the whole body is never in memory."""
        with open(path, "wb") as file:
            for chunk in self.http_response.iter_bytes(CHUNK_SIZE):
                file.write(chunk)

    def parse(self) -> R:
        """Read the rest of the body and decode it as the plain call does."""
        self.http_response.read()
        return self._parse(self.http_response, self.operation)

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedResponse(BaseResponse[R]):
    """A response whose body is read as you go; use it inside the `async with` block."""

    streamed = True

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Write the body to `path` chunk by chunk: the whole body is never in memory."""
        with open(path, "wb") as file:
            async for chunk in self.http_response.aiter_bytes(CHUNK_SIZE):
                file.write(chunk)

    async def parse(self) -> R:
        """Read the rest of the body and decode it as the plain call does."""
        await self.http_response.aread()
        return self._parse(self.http_response, self.operation)

    async def close(self) -> None:
        await self.http_response.aclose()


class ResponseContextManager(Generic[ResponseT]):
    """Sends the request when the `with` block starts and closes the response when it ends."""

    def __init__(self, send: Callable[[], ResponseT]) -> None:
        self._send = send
        self._response: ResponseT | None = None

    def __enter__(self) -> ResponseT:
        self._response = self._send()
        return self._response

    def __exit__(self, *exc_info: object) -> None:
        if isinstance(self._response, StreamedResponse):
            self._response.close()


class AsyncResponseContextManager(Generic[ResponseT]):
    """Sends the request when the `async with` block starts and closes the response after."""

    def __init__(self, send: Awaitable[ResponseT]) -> None:
        self._send = send
        self._response: ResponseT | None = None

    async def __aenter__(self) -> ResponseT:
        self._response = await self._send
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        if isinstance(self._response, AsyncStreamedResponse):
            await self._response.close()


def with_response_class(kwargs: Any, response_class: type[BaseResponse[Any]]) -> None:
    kwargs[RESPONSE_CLASS] = response_class


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """`method`, returning the `APIResponse` instead of its result."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        with_response_class(kwargs, APIResponse)
        return cast("APIResponse[R]", method(*args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(
    method: Callable[P, Coroutine[Any, Any, R]],
) -> Callable[P, Coroutine[Any, Any, APIResponse[R]]]:
    """The async `method`, returning the `APIResponse` instead of its result."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        with_response_class(kwargs, APIResponse)
        return cast("APIResponse[R]", await method(*args, **kwargs))

    return wrapped


def to_streamed_response_wrapper(
    method: Callable[P, R],
) -> Callable[P, ResponseContextManager[StreamedResponse[R]]]:
    """`method`, as a context manager over the `StreamedResponse`."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[StreamedResponse[R]]:
        with_response_class(kwargs, StreamedResponse)
        send = functools.partial(method, *args, **kwargs)
        return ResponseContextManager(cast("Callable[[], StreamedResponse[R]]", send))

    return wrapped


def async_to_streamed_response_wrapper(
    method: Callable[P, Coroutine[Any, Any, R]],
) -> Callable[P, AsyncResponseContextManager[AsyncStreamedResponse[R]]]:
    """The async `method`, as an async context manager over the `AsyncStreamedResponse`."""

    @functools.wraps(method)
    def wrapped(
        *args: P.args, **kwargs: P.kwargs
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[R]]:
        with_response_class(kwargs, AsyncStreamedResponse)
        send = cast("Awaitable[AsyncStreamedResponse[R]]", method(*args, **kwargs))
        return AsyncResponseContextManager(send)

    return wrapped

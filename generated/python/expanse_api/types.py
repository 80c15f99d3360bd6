"""Types for annotations in your code: options, uploads and binary results. The models JSON
operations return are in `expanse_api.responses`."""

from ._types import BinaryContent, ClientOptions, FileContent, FileInput, QueryValue, RequestOptions

__all__ = [
    "BinaryContent",
    "ClientOptions",
    "FileContent",
    "FileInput",
    "QueryValue",
    "RequestOptions",
]

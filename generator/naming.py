"""Every naming rule of the generator, in one place.

One rule names each operation, and every artifact uses its result:

* The **resource** is the path's static segments in snake case, e.g.
  `/api/teams/{teamId}/backup/snapshots` -> `teams.backup.snapshots`.
* The **verb** comes from the method and the path's last segment:

  | path ends with | GET | POST | PUT | PATCH | DELETE |
  | --- | --- | --- | --- | --- | --- |
  | a `{param}` (an item) | retrieve | post | replace | update | delete |
  | a collection (plural noun, or a `{param}` route below it) | list | create | replace | update | delete |
  | another noun (a singleton) | retrieve | create | replace | update | delete |

  An **action** is a POST-only route whose last segment has no routes below it
  (`/api/billing/invoices/{id}/pay`): its last segment is the verb and is dropped from the
  resource (`billing.invoices.pay`).
* The **client attribute** is `resource.verb` (`zones.records.create`); the **operationId** is
  the same words, verb first, in lower camel case (`createZonesRecords`); a request body's
  component schema is verb + singular resource + `Body` (`CancelServiceBody`).
* A JSON response's component schema (and the client's model of it) is singular resource +
  verb + `Response` (`GET /api/zones` -> `ZoneListResponse`). An object nested in it is named
  for its key, singular (`zones: [...]` -> `Zone`, `healthChecks` -> `HealthCheck`); one shape
  claimed by several responses is one component. When different shapes claim the same short
  name, or another component has it (`errors: [...]` and the shared `Error`), each takes its
  qualified name instead: its parent's name and its own (`ZoneRetrieveResponseZone`), so no
  shape is silently given another's name. A qualified name that still names two shapes, or
  that another component has, is an error.

No numeric suffixes: two operations that would share a name are an error, found by
`check_unique`, and the catalog or this rule must change.
"""

from __future__ import annotations

import bisect
import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

# A parameter in a path template, `{zoneId}`: the one pattern the parser, the namer, the
# client, the advisor and the differ use. What names the catalog allows is the parser's rule.
PATH_PARAM = re.compile(r"\{([^{}/]+)\}")

ITEM_VERBS = {
    "GET": "retrieve",
    "HEAD": "head",
    "POST": "post",
    "PUT": "replace",
    "PATCH": "update",
    "DELETE": "delete",
    "OPTIONS": "options",
}
COLLECTION_VERBS = {**ITEM_VERBS, "GET": "list", "POST": "create"}
SINGLETON_VERBS = {**ITEM_VERBS, "POST": "create"}

# Nouns that end in "s" but name one thing, so their GET is `retrieve`, not `list`.
SINGULAR_NOUNS_ENDING_IN_S = frozenset(
    {"settings", "stats", "metrics", "status", "notes", "dnssec"}
)

# Names a resource must not take: they are the client's own attributes.
RESERVED = frozenset(
    {
        "close",
        "with_options",
        "with_raw_response",
        "with_streaming_response",
        "request",
        "base_url",
        "timeout",
        "max_retries",
        "default_headers",
        "allow_insecure_http",
    }
)
# Names a method's argument cannot take: the per-call options (the package's RequestOptions), and
# what a method's body already uses.
RESERVED_ARGUMENTS = frozenset(
    {
        "timeout",
        "max_retries",
        "extra_headers",
        "extra_query",
        "extra_body",
        "options",
        "self",
        "path_segment",
        "result",
    }
)
# What the client package's `types` module defines besides the response TypedDicts.
SHARED_TYPES = frozenset(
    {"BinaryContent", "ClientOptions", "FileContent", "FileInput", "QueryValue", "RequestOptions"}
)
# A Python name cannot start with a digit, and pydantic keeps names starting with `_` private:
# `snake`'s `_1st` becomes `n_1st` (as the client's response models name such keys).
DIGIT_PREFIX = "n"


@cache  # every name is split many times (each operation, body, field and client file)
def words(name: str) -> tuple[str, ...]:
    """`alert-rules` / `ruleId` / `expires_at` / `PatchDNSSEC` -> lower-case words."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", spaced)
    return tuple(word.lower() for word in re.split(r"[^A-Za-z0-9]+", spaced) if word)


def snake(name: str) -> str:
    """A Python identifier: `ruleId` -> `rule_id`; keywords get a trailing underscore."""
    result = "_".join(words(name)) or "_"
    if result[0].isdigit():
        result = f"_{result}"
    return f"{result}_" if keyword.iskeyword(result) else result


def pascal(parts: Iterable[str]) -> str:
    return "".join(word.capitalize() for part in parts for word in words(part))


def camel(parts: Iterable[str]) -> str:
    joined = pascal(parts)
    return joined[:1].lower() + joined[1:]


def singular(word: str) -> str:
    """`services` -> `service`, `ssh_keys` -> `ssh_key`; leaves non-plurals alone."""
    head, _, last = word.rpartition("_")
    if head:
        return f"{head}_{singular(last)}"
    if word in SINGULAR_NOUNS_ENDING_IN_S:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def is_plural(segment: str) -> bool:
    last = words(segment)[-1] if words(segment) else segment
    return last not in SINGULAR_NOUNS_ENDING_IN_S and singular(last) != last


def human(name: str) -> str:
    return " ".join(words(name))


@dataclass(frozen=True)
class OperationName:
    resource: tuple[str, ...]  # snake-case resource path, e.g. ("zones", "records")
    verb: str  # snake-case method name, e.g. "create" or "bulk_delete"

    @property
    def attribute(self) -> str:
        """The dotted client attribute: `zones.records.create`."""
        return ".".join((*self.resource, self.verb))

    @property
    def operation_id(self) -> str:
        return camel((self.verb, *self.resource))

    @property
    def body_component(self) -> str:
        nouns = [singular(part) for part in self.resource]
        return pascal((self.verb, *nouns, "body"))

    @property
    def summary(self) -> str:
        """A readable fallback summary: `Create alert rule`, `List backup snapshots`."""
        if not self.resource:
            return human(self.verb).capitalize()
        noun = self.resource[-1] if self.verb == "list" else singular(self.resource[-1])
        verb = {"retrieve": "get", "post": "POST to"}.get(self.verb, human(self.verb))
        return f"{verb} {human(noun)}".capitalize()


def segments(path: str) -> list[str]:
    return [segment for segment in path.split("/")[2:] if segment]  # drop "", "api"


def static_segments(path: str) -> list[str]:
    return [segment for segment in segments(path) if not PATH_PARAM.fullmatch(segment)]


class PathIndex:
    """The catalog's paths, sorted, so the routes below a path are one contiguous slice."""

    def __init__(self, paths: Iterable[str]) -> None:
        self.paths = sorted(paths)

    def below(self, path: str) -> list[str]:
        prefix = path + "/"
        start = bisect.bisect_left(self.paths, prefix)
        end = bisect.bisect_left(self.paths, path + "0")  # "0" is the character after "/"
        return self.paths[start:end]


def operation_name(
    path: str, method: str, route_methods: Iterable[str], index: PathIndex
) -> OperationName:
    parts = segments(path)
    statics = [snake(segment) for segment in static_segments(path)]
    last = parts[-1]
    if PATH_PARAM.fullmatch(last):
        return OperationName(tuple(statics), ITEM_VERBS[method])
    below = index.below(path)
    if set(route_methods) == {"POST"} and not below and len(statics) > 1:
        return OperationName(tuple(statics[:-1]), statics[-1])
    has_items = any(PATH_PARAM.fullmatch(segments(other)[len(parts)]) for other in below)
    verbs = COLLECTION_VERBS if has_items or is_plural(last) else SINGLETON_VERBS
    return OperationName(tuple(statics), verbs[method])


def python_argument(name: str) -> str:
    """The Python client's keyword for a path or query parameter, a body field or a multipart
    part: snake case; a leading digit gets `n_` in front (`1st` -> `n_1st`), and a name
    the client keeps for itself (a keyword, a per-call option, a local of every method, an
    attribute every pydantic model has) gets a trailing underscore, as keywords do
    (`timeout` -> `timeout_`, `model_dump` -> `model_dump_`). The wire name stays the catalog's:
    the client sends it as the alias."""
    result = snake(name)
    if result.startswith("_"):
        result = DIGIT_PREFIX + result
    if result in RESERVED_ARGUMENTS or result in model_attributes():
        result += "_"
    return result


@cache
def model_attributes() -> frozenset[str]:
    """Names a body field cannot take: every pydantic model has them already (`model_dump`,
    `copy`, `json`, `schema`, ...). Read on first use: this module stays standard library only
    for the commands that never name a Python argument (`diff`)."""
    from pydantic import BaseModel

    return frozenset(dir(BaseModel))


def client_class(resource: tuple[str, ...]) -> str:
    """The resource class of the Python client: ("zones", "records") -> `ZonesRecords`."""
    return pascal(resource)


def client_module(resource: tuple[str, ...]) -> str:
    """The module that holds one top-level resource tree: ("zones", ...) -> `zones`."""
    return resource[0]


def async_client_class(resource: tuple[str, ...]) -> str:
    """The async twin of a resource class: ("zones", "records") -> `AsyncZonesRecords`."""
    return "Async" + client_class(resource)


def response_wrapper_class(resource: tuple[str, ...], streaming: bool, is_async: bool) -> str:
    """The view of a resource class under `client.with_raw_response` or
    `client.with_streaming_response`: ("zones",) -> `ZonesWithRawResponse`,
    `AsyncZonesWithStreamingResponse`."""
    base = async_client_class(resource) if is_async else client_class(resource)
    return base + ("WithStreamingResponse" if streaming else "WithRawResponse")


def response_component(resource: tuple[str, ...], verb: str) -> str:
    """A JSON response's component schema: `("zones",), "list"` -> `ZoneListResponse`."""
    return pascal((*(singular(part) for part in resource), verb, "response"))


def nested_component(key: str) -> str:
    """The short name of an object nested under `key`: `zones` -> `Zone`."""
    return pascal((singular(snake(key)),))


def qualified_component(parent: str, key: str) -> str:
    """The name a nested object takes when its short name is contested: its parent's name and
    its own (`ZoneRetrieveResponse` + `zone` -> `ZoneRetrieveResponseZone`)."""
    return parent + nested_component(key)


def contested_names(claims: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The short names that (short name, shape) claims give to more than one shape."""
    shapes: dict[str, set[str]] = {}
    for short, shape in claims:
        shapes.setdefault(short, set()).add(shape)
    return frozenset(short for short, found in shapes.items() if len(found) > 1)


def body_item_class(component: str, field: str) -> str:
    """The model of one element of an array-of-objects body field: `CreateZoneBody` +
    `records` -> `CreateZoneBodyRecord`."""
    return component + pascal((singular(snake(field)),))

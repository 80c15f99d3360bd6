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
* The **client attribute** is `resource.verb` (`zones.records.create`). The **operationId** is
  the verb and the resource in lower camel case, every noun singular except the last noun of an
  operation on a whole collection (a `list`, or an action such as `bulk_delete` right below a
  collection): `createZoneRecord`, `retrieveZone`, `listZoneRecords`, `bulkDeleteZoneRecords`.
  A request body's component schema is verb + singular resource + `Body` (`CancelServiceBody`).
* A **summary** the description gives as one word (`GET: status, POST: create`) is completed
  with the resource: "Get agent token status", "Create agent token".
* A **path parameter** is described by the resource it names (`/api/services/{id}` -> "The
  service's id."); when shared it is the component `ServiceId` (the nouns up to it, singular).
* The **elements of an array body field** are a schema of their own, named by the singular
  nouns of the resource and field, a repeated noun once, and `Input`
  (`POST /api/zones` `records` -> `ZoneRecordInput`); a second, different shape under the same
  name takes its verb as a prefix (`BulkDeleteZoneRecordInput`).
* An **open body** (a write whose Zod schema the page did not detect) is the one schema
  `OpenBody`.
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
# Names a method's argument cannot take: the per-call options (the package's RequestOptions), what
# a method's body already uses, and `body`, an open body's argument.
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
        "body",
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
    on_collection: bool = False  # acts on the whole collection: its noun stays plural

    @property
    def attribute(self) -> str:
        """The dotted client attribute: `zones.records.create`."""
        return ".".join((*self.resource, self.verb))

    @property
    def operation_id(self) -> str:
        """Verb first; one item (or one new item) reads singular, a list keeps its plural."""
        *parents, last = self.resource or ("",)
        nouns = [singular(part) for part in parents]
        nouns.append(last if self.verb == "list" or self.on_collection else singular(last))
        return camel((self.verb, *nouns))

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

    def completed_summary(self, word: str, method: str) -> str:
        """A one-word description completed with the resource: `status` on GET -> "Get agent
        token status", `revoke` -> "Revoke agent token"."""
        noun = human(singular(self.resource[-1])) if self.resource else ""
        if method in ("GET", "HEAD"):
            return f"Get {noun} {word.lower()}".strip()
        return f"{word.capitalize()} {noun}".strip()


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
        parent = parts[-2]
        on_collection = not PATH_PARAM.fullmatch(parent) and is_plural(parent)
        return OperationName(tuple(statics[:-1]), statics[-1], on_collection)
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


OPEN_BODY_COMPONENT = "OpenBody"


def path_param_resource(path: str, param: str) -> tuple[str, ...]:
    """The static segments up to a path parameter, snake case: the resource it names."""
    found: list[str] = []
    for segment in segments(path):
        match = PATH_PARAM.fullmatch(segment)
        if match and match.group(1) == param:
            return tuple(found)
        if not match:
            found.append(snake(segment))
    raise ValueError(f"{param} is not a parameter of {path}")


def path_param_description(path: str, param: str) -> str:
    """`/api/zones/{zoneId}`, `zoneId` -> "The zone's id."."""
    resource = path_param_resource(path, param)
    noun = human(singular(resource[-1])) if resource else "resource"
    return f"The {noun}'s id."


def path_param_component(path: str, param: str) -> str:
    """A shared path parameter's component: `/api/services/{id}/...`, `id` -> `ServiceId`."""
    return pascal((*(singular(part) for part in path_param_resource(path, param)), "id"))


def item_component(resource: tuple[str, ...], field: str, verb: str | None = None) -> str:
    """The schema of one element of an array body field (see the module docstring)."""
    nouns: list[str] = []
    for noun in (*resource, snake(field)):
        word = singular(noun)
        if not nouns or nouns[-1] != word:
            nouns.append(word)
    return pascal(((verb,) if verb else ()) + (*nouns, "input"))

"""The permission rule of the dual-auth API, held once, as data.

From the published page (`src/lib/api-route-permissions.ts` in the panel): a key's required scope
follows the path prefix, read for GET/HEAD and write for every other method; under `/api/teams/`
a path with a segment `backup` uses `backups.*`; `GET /api/billing/config` (exact path) is public.
An empty scope list on a key means full access. Every output that names a scope (OpenAPI,
`scopes.json`, the TypeScript module, the Python client) is rendered from this module, and the
mock asks it about every request.

A path is judged as the request reaches it (`normalise_path`, RFC 3986 6.2.2): the TypeScript
module normalises the same way, the mock routes on the same normal form, and the parser refuses
a catalog route that normalises to anything but itself. tests/scope_cases.json holds the cases
all of them answer.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

READ_METHODS = frozenset({"GET", "HEAD"})
UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
ENCODED_UNRESERVED = re.compile(r"%([0-9A-Fa-f]{2})")


@dataclass(frozen=True)
class PrefixRule:
    prefix: str
    read: str
    write: str
    segment: str | None = None  # when set, the rule applies only to paths with this segment

    def matches(self, path: str) -> bool:
        under = path == self.prefix or path.startswith(self.prefix + "/")
        if not under or self.segment is None:
            return under
        return self.segment in path[len(self.prefix) :].split("/")


@dataclass(frozen=True)
class PublicRoute:
    method: str
    path: str


# The page's table. More specific rules come first: the first rule that matches wins.
RULES: tuple[PrefixRule, ...] = (
    PrefixRule("/api/teams", "backups.read", "backups.write", segment="backup"),
    PrefixRule("/api/services", "services.read", "services.write"),
    PrefixRule("/api/teams", "teams.read", "teams.write"),
    PrefixRule("/api/zones", "dns.read", "dns.write"),
    PrefixRule("/api/domains", "domains.read", "domains.write"),
    PrefixRule("/api/billing", "billing.read", "billing.write"),
    PrefixRule("/api/tickets", "tickets.read", "tickets.write"),
)
PUBLIC: tuple[PublicRoute, ...] = (PublicRoute("GET", "/api/billing/config"),)

ALL_SCOPES: tuple[str, ...] = tuple(sorted({s for rule in RULES for s in (rule.read, rule.write)}))
PREFIXES: tuple[str, ...] = tuple(sorted({rule.prefix for rule in RULES}))


class OutsideSurface(Exception):
    """The path is not on the dual-auth surface: default deny, never public."""


def normalise(method: str, path: str) -> tuple[str, str]:
    return method.upper(), normalise_path(path)


def normalise_path(path: str) -> str:
    """The path a request reaches (RFC 3986 6.2.2): without query and fragment, percent-encoded
    unreserved characters decoded (`%62ackup` -> `backup`), dot segments removed
    (`/api/teams/../billing` -> `/api/billing`) and trailing slashes dropped. Other escapes
    (`%2F`) stay: they are data inside a segment, not structure."""
    path = path.split("?", 1)[0].split("#", 1)[0]
    path = ENCODED_UNRESERVED.sub(_decoded_if_unreserved, path)
    kept: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if len(kept) > 1:
                kept.pop()
        elif segment != ".":
            kept.append(segment)
    return "/".join(kept).rstrip("/") or "/"


def _decoded_if_unreserved(match: re.Match[str]) -> str:
    character = chr(int(match.group(1), 16))
    return character if character in UNRESERVED else match.group(0)


def required_scope(method: str, path: str) -> str | None:
    """The scope a key needs for `method path`; None for the public route.

    Raises `OutsideSurface` for paths outside the six dual-auth prefixes.
    """
    method, path = normalise(method, path)
    if PublicRoute(method, path) in PUBLIC:
        return None
    for rule in RULES:
        if rule.matches(path):
            return rule.read if method in READ_METHODS else rule.write
    raise OutsideSurface(path)


def has_required_scope(key_scopes: Iterable[str], method: str, path: str) -> bool:
    """Whether a key with `key_scopes` may call `method path` (empty list = full access)."""
    try:
        scope = required_scope(method, path)
    except OutsideSurface:
        return False
    scopes = set(key_scopes)
    return scope is None or not scopes or scope in scopes


def minimal_scopes(scopes: Iterable[str | None]) -> list[str]:
    """The least set of scopes covering these operations' needs (public ones need none)."""
    return sorted({scope for scope in scopes if scope is not None})

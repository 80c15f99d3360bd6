"""The permission rule of the dual-auth API, held once, as data.

From the published page (`src/lib/api-route-permissions.ts` in the panel): a key's required scope
follows the path prefix, read for GET/HEAD and write for every other method; under `/api/teams/`
a path with a segment `backup` uses `backups.*`; `GET /api/billing/config` (exact path) is public.
An empty scope list on a key means full access. Every output that names a scope (OpenAPI,
`scopes.json`, the TypeScript module, the Python client) is rendered from this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

READ_METHODS = frozenset({"GET", "HEAD"})


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
    path = path.split("?", 1)[0]
    return method.upper(), (path.rstrip("/") or "/")


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

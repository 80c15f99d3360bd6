"""What the auth contract promises for one call, and what a mismatch likely means.

The expectation of a caller on an operation follows the panel's steps, in the panel's order;
the scope itself is decided by `generator/scopes.py`, never here:

| caller                                              | expected                                 |
| --------------------------------------------------- | ---------------------------------------- |
| anyone, on the public route (`GET /api/billing/config`) | public: any answer but 401 and 403   |
| no key                                              | 401                                      |
| a revoked key                                       | 401                                      |
| an expired key (`expiresAt` in the past)            | 401 `{"error": "API key expired"}`       |
| a key used from outside its `ipWhitelist`           | 401                                      |
| a key holding the operation's scope (or full access) | allowed: any answer but 401 and 403     |
| any other key                                       | 403 `{"error": "Insufficient API key permissions"}` |

"Allowed" is neither 401 nor 403: the probe sends ids that cannot exist, so a 400 or 404 from
the handler still proves the key got through. A 429 the probe gave up on, or no answer at all,
matches nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from generator.contract import INSUFFICIENT_SCOPE, KEY_EXPIRED
from generator.scopes import has_required_scope, required_scope

if TYPE_CHECKING:
    from generator.mock.keys import ApiKey
    from generator.model import Operation

NO_KEY = "(no key)"
ROUTE_GONE = (404, 405)


class Expected(StrEnum):
    PUBLIC = "public"
    ALLOWED = "allowed"
    FORBIDDEN = "403"
    UNAUTHENTICATED = "401"
    EXPIRED = "401 expired"


LEGEND = (
    "allowed, public: any answer but 401 and 403; "
    f'403: {{"error": "{INSUFFICIENT_SCOPE}"}}; 401 expired: {{"error": "{KEY_EXPIRED}"}}'
)


@dataclass(frozen=True)
class Caller:
    """Who sends a call: a key of the keys file, or nobody (no Authorization header)."""

    name: str
    key: ApiKey | None = None


def expected(operation: Operation, caller: Caller, client_ip: str | None, now: float) -> Expected:
    """What the contract promises `caller` on `operation`, seen from `client_ip` at `now`."""
    if required_scope(operation.method, operation.path) is None:
        return Expected.PUBLIC
    key = caller.key
    if key is None or key.revoked:
        return Expected.UNAUTHENTICATED
    if key.is_expired(now):
        return Expected.EXPIRED
    if not key.allows_ip(client_ip):
        return Expected.UNAUTHENTICATED
    if has_required_scope(key.scopes, operation.method, operation.path):
        return Expected.ALLOWED
    return Expected.FORBIDDEN


@dataclass(frozen=True)
class Answer:
    """What came back: the status, the body's `{"error": ...}` message, the start of the body
    (secrets already redacted); `status` None when nothing usable came back, and why."""

    status: int | None
    error: str | None = None
    excerpt: str = ""
    problem: str = ""

    @property
    def got_through(self) -> bool:
        """Past authentication and the scope check, as far as the status shows."""
        return self.status is not None and self.status not in (401, 403, 429)

    @property
    def scope_refusal(self) -> bool:
        return self.status == 403 and self.error == INSUFFICIENT_SCOPE

    def __str__(self) -> str:
        if self.status is None:
            return f"no answer ({self.problem})"
        shown = f"{self.status} {self.excerpt}".rstrip()
        return f"{shown} ({self.problem})" if self.problem else shown


def matches(promised: Expected, answer: Answer) -> bool:
    match promised:
        case Expected.PUBLIC | Expected.ALLOWED:
            return answer.got_through
        case Expected.FORBIDDEN:
            return answer.scope_refusal
        case Expected.UNAUTHENTICATED:
            return answer.status == 401
        case Expected.EXPIRED:
            return answer.status == 401 and answer.error == KEY_EXPIRED


@dataclass(frozen=True)
class Result:
    operation: Operation
    caller: Caller
    expected: Expected
    answer: Answer

    @property
    def matched(self) -> bool:
        return matches(self.expected, self.answer)

    @property
    def authenticated(self) -> bool:
        """Whether the key should pass authentication (the scope decides the rest)."""
        return self.expected in (Expected.ALLOWED, Expected.FORBIDDEN)

    @property
    def meaning(self) -> str:
        """What a mismatch likely means, in words that do not depend on the caller."""
        return _meaning(self)


def _meaning(result: Result) -> str:
    answer, scope = result.answer, result.operation.scope
    status = answer.status
    if status == 429:
        return "rate limited: the probe gave up waiting; lower --rate"
    if status is None:
        return "no answer"
    key = result.caller.key
    match result.expected:
        case Expected.PUBLIC:
            return "public route protected: it must answer without a key, and any key"
        case Expected.ALLOWED if status == 401:
            return f"a valid key holding {scope} refused with 401"
        case Expected.ALLOWED if answer.scope_refusal:
            return f"a key holding {scope} refused with 403: the route asks for another scope"
        case Expected.ALLOWED:
            return "403 that is not the scope refusal: the handler's own check on an impossible id?"
        case Expected.FORBIDDEN if answer.got_through:
            gone = " (or the route is gone)" if status in ROUTE_GONE else ""
            return f"no scope check: a key without {scope} got through{gone}"
        case Expected.FORBIDDEN if status == 401:
            return "401 instead of 403: a valid key without the scope must get 403"
        case Expected.FORBIDDEN:
            return f'403 without the documented body {{"error": "{INSUFFICIENT_SCOPE}"}}'
        case Expected.EXPIRED if status == 401:
            return f'expired key refused without the documented body {{"error": "{KEY_EXPIRED}"}}'
        case Expected.EXPIRED:
            return f"expired key not refused: {status} instead of 401"
    who = (
        "a call without a key"
        if key is None
        else "a revoked key" if key.revoked else "a key outside its ipWhitelist"
    )
    if status == 403:
        return f"403 instead of 401 for {who}: the key is not checked before the scope"
    return f"no authentication: {who} got through"


def finding(results: Sequence[Result]) -> str | None:
    """One line on what an operation's mismatches likely mean; None when all match."""
    mismatched = [result for result in results if not result.matched]
    if not mismatched:
        return None
    if all(result.answer.status in ROUTE_GONE for result in results):
        return "route missing: 404/405 for every key"
    parts: list[str] = []
    guard = _other_guard(results)
    if guard is not None:
        parts.append(f"looks guarded by {guard} instead of {results[0].operation.scope}")
        mismatched = [result for result in mismatched if not result.authenticated]
    for result in mismatched:
        if result.meaning not in parts:
            parts.append(result.meaning)
    return "; ".join(parts)


def _other_guard(results: Sequence[Result]) -> str | None:
    """The scope the route seems to check instead of its own: held by every narrow key that got
    through without the scope, and by none of the valid keys refused with 403."""
    through = [
        result.caller.key.scopes
        for result in results
        if result.expected is Expected.FORBIDDEN
        and result.answer.got_through
        and result.caller.key is not None
    ]
    refused = [
        result.caller.key.scopes
        for result in results
        if result.authenticated and result.answer.scope_refusal and result.caller.key is not None
    ]
    if not through or not refused:
        return None
    guards = frozenset.intersection(*through) - frozenset().union(*refused)
    return " or ".join(sorted(guards)) or None

"""Which calls a probe run makes: the operations `--only` selects, times every caller, minus the
writes that are safe to send only to a panel where nothing matters.

Safe by default: reads go out with every caller; a write goes out only with callers the contract
says must be refused (401 or 403). `--allow-writes` sends the writes that should be allowed too.
Every path parameter is an id that cannot exist and a write's body is empty, so even a server
that wrongly lets a call through answers 400 or 404 rather than acting.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import TYPE_CHECKING

from generator.probe.expect import Caller, Expected, expected
from generator.scopes import READ_METHODS

if TYPE_CHECKING:
    from generator.model import Operation


@dataclass(frozen=True)
class Call:
    operation: Operation
    caller: Caller
    expected: Expected


@dataclass(frozen=True)
class Plan:
    calls: tuple[Call, ...]
    held_back: int  # writes that should be allowed, not sent without --allow-writes


def impossible_id() -> str:
    """An id no panel issues; random, so no server can special-case it."""
    return "probe-" + secrets.token_hex(6)


def operation_names(operation: Operation) -> tuple[str, ...]:
    """The names `--only` matches: `METHOD /path`, the path, the operation id, the client's
    dotted attribute."""
    return (
        f"{operation.method} {operation.path}",
        operation.path,
        operation.operation_id,
        operation.attribute,
    )


def unmatched_patterns(operations: Sequence[Operation], patterns: Iterable[str]) -> list[str]:
    return [
        pattern
        for pattern in patterns
        if not any(fnmatchcase(name, pattern) for op in operations for name in operation_names(op))
    ]


def select(operations: Sequence[Operation], patterns: Sequence[str]) -> tuple[Operation, ...]:
    """The operations any of `patterns` (shell-style wildcards) names; every one when none."""
    if not patterns:
        return tuple(operations)
    return tuple(
        op
        for op in operations
        if any(fnmatchcase(name, pattern) for pattern in patterns for name in operation_names(op))
    )


def plan(
    operations: Iterable[Operation],
    callers: Sequence[Caller],
    *,
    client_ip: str | None,
    now: float,
    allow_writes: bool,
) -> Plan:
    calls: list[Call] = []
    held_back = 0
    for operation in operations:
        for caller in callers:
            promised = expected(operation, caller, client_ip, now)
            refused = promised not in (Expected.ALLOWED, Expected.PUBLIC)
            if operation.method in READ_METHODS or refused or allow_writes:
                calls.append(Call(operation, caller, promised))
            else:
                held_back += 1
    return Plan(tuple(calls), held_back)

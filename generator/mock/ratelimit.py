"""The rate limit: one token bucket per caller (per key id, per session cookie)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimit:
    """`requests` per `window` seconds per caller, as a token bucket; `requests=0` turns it off."""

    requests: int = 60
    window: float = 60.0


# Rotating session cookies must not grow the mock's memory without bound.
MAX_TRACKED_CALLERS = 10_000


class TokenBuckets:
    """One bucket per caller, full at first, refilled continuously at requests/window per second."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float]) -> None:
        self._limit = limit
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # caller -> (tokens, as of)

    def take(self, caller: str) -> int | None:
        """None if the request may go ahead, else the whole seconds until a token is back."""
        if self._limit.requests <= 0:
            return None
        capacity = float(self._limit.requests)
        per_second = capacity / self._limit.window
        now = self._clock()
        tokens, as_of = self._buckets.get(caller, (capacity, now))
        tokens = min(capacity, tokens + max(0.0, now - as_of) * per_second)
        # Rounded to the microsecond, so float noise neither refuses a token that is due nor
        # adds a second to Retry-After.
        if round(tokens, 6) >= 1:
            if len(self._buckets) >= MAX_TRACKED_CALLERS:
                # Forget callers whose buckets have refilled: they are as if new.
                self._buckets = {
                    name: (left, when)
                    for name, (left, when) in self._buckets.items()
                    if left + (now - when) * per_second < capacity
                }
            self._buckets[caller] = (max(0.0, tokens - 1), now)
            return None
        self._buckets[caller] = (tokens, now)
        return max(1, math.ceil(round((1 - tokens) / per_second, 6)))

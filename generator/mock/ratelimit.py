"""The rate limit: one token bucket per caller (per key id, per session cookie)."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimit:
    """`requests` per `window` seconds per caller, as a token bucket; `requests=0` turns it off."""

    requests: int = 60
    window: float = 60.0


# Rotating session cookies must not grow the mock's memory without bound: past this many callers
# the least recently seen is forgotten (it comes back with a full bucket, as a new caller would).
MAX_TRACKED_CALLERS = 10_000


class TokenBuckets:
    """One bucket per caller, full at first, refilled continuously at requests/window per second;
    at most MAX_TRACKED_CALLERS of them, least recently used forgotten first, O(1) a request."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float]) -> None:
        self._limit = limit
        self._clock = clock
        # caller -> (tokens, as of), least recently used first
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._buckets)

    def __contains__(self, caller: object) -> bool:
        return caller in self._buckets

    def take(self, caller: str) -> int | None:
        """None if the request may go ahead, else the whole seconds until a token is back."""
        if self._limit.requests <= 0:
            return None
        capacity = float(self._limit.requests)
        per_second = capacity / self._limit.window
        now = self._clock()
        tokens, as_of = self._buckets.pop(caller, (capacity, now))
        tokens = min(capacity, tokens + max(0.0, now - as_of) * per_second)
        if len(self._buckets) >= MAX_TRACKED_CALLERS:
            self._buckets.popitem(last=False)
        # Rounded to the microsecond, so float noise neither refuses a token that is due nor
        # adds a second to Retry-After.
        if round(tokens, 6) >= 1:
            self._buckets[caller] = (max(0.0, tokens - 1), now)
            return None
        self._buckets[caller] = (tokens, now)
        return max(1, math.ceil(round((1 - tokens) / per_second, 6)))

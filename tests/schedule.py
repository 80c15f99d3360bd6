"""The suite's order: the modules that took longest in the last run go first.

pytest-xdist hands tests out in collection order, a chunk at a time, so a slow module collected
last (alphabetically `test_write`, with its kill -9 runs) left one worker busy while the other
had nothing left to do. Longest first, the short modules fill the end. Tests keep their order
within a module, so module fixtures are still built once per worker. Each test's seconds come
from the last run that ran it (pytest's cache, `.pytest_cache/`), so a run of a few tests does not
make its module look short; a module is as long as its tests' sum. A first run, or one without
the cache plugin, keeps the collection order.
"""

from __future__ import annotations

from collections import Counter

import pytest

CACHE_KEY = "expanse/test-seconds"


def module_of(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    cache = getattr(config, "cache", None)  # absent under -p no:cacheprovider
    if cache is None:
        return
    seconds: dict[str, float] = cache.get(CACHE_KEY, {})
    module_seconds: dict[str, float] = {}
    for item in items:
        if item.nodeid in seconds:
            module = module_of(item.nodeid)
            module_seconds[module] = module_seconds.get(module, 0.0) + seconds[item.nodeid]
    # A module none of whose tests the cache knows (new, or renamed) goes first: it may be slow.
    items.sort(key=lambda item: -module_seconds.get(module_of(item.nodeid), float("inf")))


class Stopwatch:
    """Adds up each test's seconds (setup, call, teardown) from the reports the run's own process
    receives: the xdist controller hears every worker's reports; a run without xdist, its own."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.seconds[report.nodeid] += report.duration

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        cache = getattr(session.config, "cache", None)
        if cache is None or not self.seconds:
            return
        known: dict[str, float] = cache.get(CACHE_KEY, {})
        timed = {nodeid: round(seconds, 4) for nodeid, seconds in self.seconds.items()}
        cache.set(CACHE_KEY, dict(sorted({**known, **timed}.items())))


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):  # an xdist worker's reports reach the controller
        config.pluginmanager.register(Stopwatch(), "expanse-stopwatch")

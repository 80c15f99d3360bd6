"""The suite's own order (tests/schedule.py): slowest modules first, each module kept whole."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from tests import schedule


@dataclass
class Cache:
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any) -> Any:
        return self.values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.values[key] = value


@dataclass
class Config:
    cache: Cache


@dataclass
class Item:
    nodeid: str


@dataclass
class Report:
    nodeid: str
    duration: float


@dataclass
class Session:
    config: Config


def ordered(seconds: dict[str, float], nodeids: list[str]) -> list[str]:
    items = [Item(nodeid) for nodeid in nodeids]
    config = Config(Cache({schedule.CACHE_KEY: seconds}))
    schedule.pytest_collection_modifyitems(config, items)
    return [item.nodeid for item in items]


def test_slowest_module_first_and_each_module_keeps_its_order() -> None:
    nodeids = ["a.py::one", "a.py::two", "b.py::one", "c.py::one", "c.py::two", "c.py::three"]
    assert ordered({"a.py": 1.0, "b.py": 0.2, "c.py": 9.0}, nodeids) == [
        "c.py::one",
        "c.py::two",
        "c.py::three",
        "a.py::one",
        "a.py::two",
        "b.py::one",
    ]


def test_an_untimed_module_goes_first_and_without_figures_the_order_stays() -> None:
    nodeids = ["a.py::one", "new.py::one", "b.py::one"]
    assert ordered({"a.py": 1.0, "b.py": 2.0}, nodeids) == ["new.py::one", "b.py::one", "a.py::one"]
    assert ordered({}, nodeids) == nodeids


def test_without_the_cache_plugin_nothing_changes() -> None:
    items = [Item("b.py::one"), Item("a.py::one")]
    schedule.pytest_collection_modifyitems(object(), items)
    assert [item.nodeid for item in items] == ["b.py::one", "a.py::one"]


def test_the_clock_adds_phases_per_module_and_a_partial_run_keeps_the_other_figures() -> None:
    cache = Cache({schedule.CACHE_KEY: {"a.py": 5.0, "old.py": 3.0}})
    clock = schedule.ModuleClock()
    for nodeid, duration in [("a.py::one", 0.25), ("a.py::one", 1.0), ("a.py::two", 0.5)]:
        clock.pytest_runtest_logreport(Report(nodeid, duration))
    clock.pytest_runtest_logreport(Report("b.py::one", 2.0))
    clock.pytest_sessionfinish(Session(Config(cache)))
    assert cache.values[schedule.CACHE_KEY] == {"a.py": 1.75, "b.py": 2.0, "old.py": 3.0}


def test_the_suite_runs_with_the_clock_in_the_process_that_hears_every_report(
    pytestconfig: pytest.Config,
) -> None:
    # Registered in the controller under xdist (it receives every worker's reports), else here.
    registered = pytestconfig.pluginmanager.get_plugin("expanse-module-clock") is not None
    assert registered == (not hasattr(pytestconfig, "workerinput"))

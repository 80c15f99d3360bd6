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


def test_slowest_module_first_by_its_tests_sum_and_each_module_keeps_its_order() -> None:
    nodeids = ["a.py::one", "a.py::two", "b.py::one", "c.py::one", "c.py::two", "c.py::three"]
    seconds = {"a.py::one": 1.0, "a.py::two": 1.5, "b.py::one": 2.0, "c.py::one": 0.5}
    seconds |= {"c.py::two": 0.5, "c.py::three": 0.5}
    assert ordered(seconds, nodeids) == [
        "a.py::one",  # 2.5 s in all, though each test is shorter than b.py's one
        "a.py::two",
        "b.py::one",
        "c.py::one",
        "c.py::two",
        "c.py::three",
    ]


def test_an_untimed_module_goes_first_and_without_figures_the_order_stays() -> None:
    nodeids = ["a.py::one", "new.py::one", "b.py::one", "b.py::new"]
    seconds = {"a.py::one": 1.0, "b.py::one": 2.0, "gone.py::one": 9.0}
    assert ordered(seconds, nodeids) == ["new.py::one", "b.py::one", "b.py::new", "a.py::one"]
    assert ordered({}, nodeids) == nodeids


def test_without_the_cache_plugin_nothing_changes() -> None:
    items = [Item("b.py::one"), Item("a.py::one")]
    schedule.pytest_collection_modifyitems(object(), items)
    assert [item.nodeid for item in items] == ["b.py::one", "a.py::one"]


def test_the_stopwatch_adds_a_tests_phases_and_keeps_the_tests_a_run_left_out() -> None:
    cache = Cache({schedule.CACHE_KEY: {"a.py::one": 5.0, "a.py::two": 3.0}})
    stopwatch = schedule.Stopwatch()
    for phase in (0.25, 1.0, 0.125):  # setup, call, teardown
        stopwatch.pytest_runtest_logreport(Report("a.py::one", phase))
    stopwatch.pytest_runtest_logreport(Report("b.py::one", 2.0))
    stopwatch.pytest_sessionfinish(Session(Config(cache)))
    assert cache.values[schedule.CACHE_KEY] == {
        "a.py::one": 1.375,
        "a.py::two": 3.0,
        "b.py::one": 2.0,
    }


def test_the_stopwatch_runs_in_the_process_that_hears_every_report(
    pytestconfig: pytest.Config,
) -> None:
    # Registered in the controller under xdist (it receives every worker's reports), else here.
    registered = pytestconfig.pluginmanager.get_plugin("expanse-stopwatch") is not None
    assert registered == (not hasattr(pytestconfig, "workerinput"))

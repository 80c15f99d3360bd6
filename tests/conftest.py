"""What every test module shares: the shipped inputs, the pipeline run over them once per test
process, and the plain-text snapshot format.

`shipped()` builds the shipped catalog and overlay through parse, resolve and render once per
process (each pytest-xdist worker builds its own) and hands out read-only results; the session
fixtures below are the way into it for a test, and a module that parametrizes over operations
or files at collection time calls `shipped()` itself. Nothing here writes a file.

`generator.pipeline.load` is wrapped for the whole suite: the last few loads are kept by the
inputs' paths and bytes (see "loading, kept" below).
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
import tempfile
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import settings
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

import generator.pipeline
from generator.model import Api, Catalog
from generator.problems import Problem

# The order tests run in (slowest modules first, by the last run's figures).
pytest_plugins = ["tests.schedule"]

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "catalog" / "developer-api-routes.md"
OVERRIDES = ROOT / "catalog" / "overrides.toml"

# The tests exercise the pipeline itself, so the build cache stays off for them and for the
# commands they start (test_buildcache.py turns it on where it is the subject).
os.environ["EXPANSE_GENERATOR_CACHE"] = "0"

# No per-example deadline: on a shared machine a slow moment would fail a property test for its
# timing ("Unreliable test timings"), and speed is make bench's business, not a test's.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Under `make test` bytecode lives in one tree (PYTHONPYCACHEPREFIX) that mirrors each
    source path: the copies of the project that tests make in temporary folders would add to it
    on every run. The controller (not each xdist worker) drops what mirrors the temporary folder;
    a process still running from there has its modules loaded already."""
    if sys.pycache_prefix is None or hasattr(session.config, "workerinput"):
        return
    temporary = Path(tempfile.gettempdir()).resolve()
    shutil.rmtree(Path(sys.pycache_prefix) / temporary.relative_to(temporary.anchor), True)


class TextSnapshot(SingleFileSnapshotExtension):
    """One plain-text file per snapshot, so a generated file's diff reads like the file."""

    _write_mode = WriteMode.TEXT
    file_extension = "txt"


@dataclass(frozen=True)
class Shipped:
    """The shipped catalog and overlay through the whole pipeline."""

    catalog: Catalog
    api: Api
    warnings: tuple[Problem, ...]
    files: Mapping[str, str]  # every generated file by relative path, read-only


# --------------------------------------------------------------------------- loading, kept

# The suite loads the same catalog and overlay hundreds of times (every command a test runs in
# this process loads its inputs). `load` is a pure function of the two paths and the two files'
# bytes, and returns frozen models, so the suite keeps its last few results by exactly that key:
# an edited file is another key, and bad input (an exception, never kept) fails on every call.
# A test about the pipeline running again asks for `fresh_pipeline()`.
_LOADED: OrderedDict[tuple[str, bytes, str, bytes], tuple[Catalog, Api, list[Problem]]]
_LOADED = OrderedDict()
_LOADED_KEPT = 8
_load_fresh = generator.pipeline.load
_keeping = [True]


def _load_kept(catalog_path: Path, overlay_path: Path) -> tuple[Catalog, Api, list[Problem]]:
    try:
        key = (
            str(catalog_path),
            Path(catalog_path).read_bytes(),
            str(overlay_path),
            Path(overlay_path).read_bytes(),
        )
    except OSError:  # the pipeline says what is missing, in its own words
        return _load_fresh(catalog_path, overlay_path)
    if not _keeping[0]:
        return _load_fresh(catalog_path, overlay_path)
    if key not in _LOADED:
        _LOADED[key] = _load_fresh(catalog_path, overlay_path)
        while len(_LOADED) > _LOADED_KEPT:
            _LOADED.popitem(last=False)
    _LOADED.move_to_end(key)
    catalog, api, warnings = _LOADED[key]
    return catalog, api, list(warnings)


generator.pipeline.load = _load_kept


@contextmanager
def fresh_pipeline() -> Iterator[None]:
    """Inside: every load parses and resolves its inputs again."""
    _keeping[0] = False
    try:
        yield
    finally:
        _keeping[0] = True


@functools.cache
def shipped() -> Shipped:
    from generator.pipeline import load
    from generator.render import render

    catalog, api, warnings = load(CATALOG, OVERRIDES)
    files = MappingProxyType(render(catalog, api))
    return Shipped(catalog, api, tuple(warnings), files)


@pytest.fixture
def text_snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(TextSnapshot)


@pytest.fixture(scope="session")
def catalog_text() -> str:
    return CATALOG.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shipped_catalog() -> Catalog:
    return shipped().catalog


@pytest.fixture(scope="session")
def shipped_api() -> Api:
    return shipped().api


@pytest.fixture(scope="session")
def shipped_files() -> Mapping[str, str]:
    return shipped().files

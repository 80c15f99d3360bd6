"""What every test module shares: the shipped inputs, the pipeline run over them once per test
process, and the plain-text snapshot format.

`shipped()` builds the shipped catalog and overlay through parse, resolve and render once per
process (each pytest-xdist worker builds its own) and hands out read-only results; the session
fixtures below are the way into it for a test, and a module that parametrizes over operations
or files at collection time calls `shipped()` itself. Nothing here writes a file.
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import settings
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from generator.model import Api, Catalog
from generator.problems import Problem

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

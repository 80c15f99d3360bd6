from __future__ import annotations

from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "catalog" / "developer-api-routes.md"


class TextSnapshot(SingleFileSnapshotExtension):
    """One plain-text file per snapshot, so a generated file's diff reads like the file."""

    _write_mode = WriteMode.TEXT
    file_extension = "txt"


@pytest.fixture
def text_snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(TextSnapshot)


@pytest.fixture(scope="session")
def catalog_text() -> str:
    return CATALOG.read_text(encoding="utf-8")

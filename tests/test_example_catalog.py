"""The example catalog fixture: the shipped routes with handler-style examples, as the panel's
docs script writes them, read by the parser into the model."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Any

from generator.catalog import parse_catalog
from generator.model import Catalog
from tests.conftest import CATALOG

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE_CATALOG = FIXTURES / "example-catalog.md"


@functools.cache
def parsed(path: Path) -> Catalog:
    """The catalog at `path`, parsed once for this module (the tests only read it)."""
    return parse_catalog(path)


def maker() -> Any:
    spec = importlib.util.spec_from_file_location(
        "make_example_catalog", FIXTURES / "make_example_catalog.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fixture_is_what_its_script_makes_from_the_shipped_catalog() -> None:
    built = maker().build(CATALOG.read_text(encoding="utf-8"))
    assert (
        EXAMPLE_CATALOG.read_text(encoding="utf-8") == built
    ), "run `.venv/bin/python tests/fixtures/make_example_catalog.py`"


def test_the_fixture_has_every_route_and_method_of_the_shipped_catalog() -> None:
    shipped = parsed(CATALOG)
    examples = parsed(EXAMPLE_CATALOG)
    assert [(r.path, r.methods) for r in examples.routes] == [
        (r.path, r.methods) for r in shipped.routes
    ]
    assert examples.operation_count == 134


def test_every_success_marker_has_an_example_the_parser_reads() -> None:
    catalog = parsed(EXAMPLE_CATALOG)
    notes = [note for route in catalog.routes for note in route.responses]
    success = [note for note in notes if note.example_kind == "success"]
    errors = [note for note in notes if note.example_kind == "error"]
    text = EXAMPLE_CATALOG.read_text(encoding="utf-8")
    assert len(success) == text.count("Example success response body") == 114
    assert all(note.example is not None for note in success)
    assert len(errors) == 5 and all(note.example is not None for note in errors)
    assert sum(note.see_handler for note in notes) == 15  # the no-example path stays covered


def test_a_documented_response_key_is_in_its_example() -> None:
    catalog = parsed(EXAMPLE_CATALOG)
    keyed = [n for r in catalog.routes for n in r.responses if n.response_key and n.example]
    assert len(keyed) == 19
    for note in keyed:
        assert isinstance(note.example.value, dict)  # type: ignore[union-attr]
        assert note.response_key in note.example.value  # type: ignore[union-attr, operator]

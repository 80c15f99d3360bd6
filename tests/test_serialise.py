"""The one JSON and YAML layout: both notations of any document load to the same value."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.serialise import dump_json, dump_yaml

# Text as the catalog can hold it (no lone surrogates: UTF-8 cannot), biased towards the
# characters YAML treats apart: its line breaks, non-printables and quoting characters.
SPECIAL = "\u2028\u2029\x85\x7f\x80\x9f\ufeff\ufffe\uffff\t\r\n\"'\\:#-?&*!|>%@`{}[],"
TEXT = st.text(st.sampled_from(SPECIAL) | st.characters(exclude_categories=("Cs",)), max_size=12)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(TEXT, children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(DOCUMENTS)
def test_yaml_and_json_notations_load_to_the_same_document(document: Any) -> None:
    assert yaml.safe_load(dump_yaml(document)) == json.loads(dump_json(document))


@pytest.mark.parametrize(
    "text",
    ["line\u2028separator", "para\u2029graph", "next\x85line", "del\x7f", "c1\x9b", "\ufeffbom"],
)
def test_characters_yaml_folds_or_refuses_survive(text: str) -> None:
    document = {"description": text, text: [text]}
    assert yaml.safe_load(dump_yaml(document)) == document


@pytest.mark.parametrize("key", ["a\n", "name\n", "yes", "On", "~", "", "a: b", "-x"])
def test_keys_that_look_plain_but_are_not_are_quoted(key: str) -> None:
    assert yaml.safe_load(dump_yaml({key: None})) == {key: None}


@pytest.mark.parametrize("number", [1e16, -2.5e-07, 1e300, 0.1, 123456789.0])
def test_floats_stay_floats_in_yaml(number: float) -> None:
    assert yaml.safe_load(dump_yaml({"x": number})) == {"x": number}

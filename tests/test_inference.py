"""Schema inference from examples: the rule table in `generator/inference.py`, case by case, and
the property that every sample validates (JSON Schema 2020-12) against what is inferred from it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from generator.inference import infer
from generator.schema import json_schema


def schema_of(*samples: Any) -> dict[str, Any]:
    return json_schema(infer(samples))


def validator(schema: dict[str, Any]) -> Any:
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


# ----------------------------------------------------------------------------- the rule table


@pytest.mark.parametrize(
    ("samples", "expected"),
    [
        pytest.param([], {}, id="no samples: any JSON"),
        pytest.param([1, 2], {"type": "integer"}, id="integers"),
        pytest.param([1, 2.5], {"type": "number"}, id="an integer and a float merge to number"),
        pytest.param([True, False], {"type": "boolean"}, id="booleans are not integers"),
        pytest.param([None, "a"], {"type": ["string", "null"]}, id="null beside a string"),
        pytest.param([None], {}, id="only null says nothing of the type"),
        pytest.param(["a", {"b": 1}], {}, id="a string and an object: any JSON"),
        pytest.param([True, 1], {}, id="a boolean and a number: any JSON"),
        pytest.param([[]], {"type": "array", "items": {}}, id="an empty array stays open"),
        pytest.param(
            [[], [1], [2.5]],
            {"type": "array", "items": {"type": "number"}},
            id="elements of every array merge",
        ),
        pytest.param(
            [None, {"a": 1}],
            {
                "type": ["object", "null"],
                "properties": {"a": {"type": "integer"}},
                "required": ["a"],
            },
            id="null beside an object",
        ),
    ],
)
def test_each_rule_of_the_table(samples: list[Any], expected: dict[str, Any]) -> None:
    assert schema_of(*samples) == expected


@pytest.mark.parametrize(
    ("strings", "expected"),
    [
        pytest.param(["2026-01-14T09:30:00.000Z", "2026-02-02T17:05:12+01:00"], "date-time"),
        pytest.param(["2026-01-14"], "date"),
        pytest.param(["4f1c2a9e-8b7d-4c3a-9e2f-0a1b2c3d4e5f"], "uuid"),
        pytest.param(["ada@example.com"], "email"),
        pytest.param(["https://checkout.stripe.com/c/pay/cs_1"], "uri"),
        pytest.param(["2026-01-14T09:30:00Z", "soon"], None, id="one misfit: no format"),
        pytest.param(["2026-02-30"], None, id="a date's shape but no date"),
        pytest.param(["2026-01-14", "2026-01-14T09:30:00Z"], None, id="date and date-time mixed"),
        pytest.param([""], None, id="empty string"),
        pytest.param(["active", "suspended"], None, id="enum-looking strings stay strings"),
    ],
)
def test_a_format_only_where_every_sample_fits_and_marked_inferred(
    strings: list[str], expected: str | None
) -> None:
    inferred = infer(strings)
    assert inferred.type == "string"
    assert inferred.format == expected
    assert inferred.format_inferred is (expected is not None)
    assert inferred.enum is None


def test_array_elements_merge_into_one_object_with_optional_and_nullable_keys() -> None:
    elements = [
        {"id": "a", "ttl": 300, "expires": None, "tags": []},
        {"id": "b", "ttl": 1.5, "expires": "2026-01-14T09:30:00Z", "tags": [], "priority": 10},
    ]
    schema = schema_of(elements)
    item = schema["items"]
    assert item["required"] == ["id", "ttl", "expires", "tags"]  # priority is in one element only
    assert item["properties"]["ttl"] == {"type": "number"}
    assert item["properties"]["expires"]["type"] == ["string", "null"]
    assert item["properties"]["expires"]["format"] == "date-time"
    assert item["properties"]["tags"] == {"type": "array", "items": {}}
    assert item["properties"]["priority"] == {"type": "integer"}


def test_nested_arrays_of_objects_merge_across_their_parents() -> None:
    samples = [
        {"zone": {"records": [{"name": "@"}]}},
        {"zone": {"records": [{"name": "www", "p": 1}]}},
    ]
    records = schema_of(*samples)["properties"]["zone"]["properties"]["records"]
    assert records["items"]["required"] == ["name"]
    assert set(records["items"]["properties"]) == {"name", "p"}


def test_extra_keys_stay_allowed() -> None:
    check = validator(schema_of({"zones": []}))
    assert check.is_valid({"zones": [], "nextCursor": "abc"})


def test_keys_keep_the_order_the_handler_wrote_them_in() -> None:
    assert list(schema_of({"b": 1, "a": 2}, {"c": 3, "a": 1})["properties"]) == ["b", "a", "c"]


def test_a_value_of_another_type_is_refused() -> None:
    check = validator(schema_of({"count": 3}))
    assert not check.is_valid({"count": "three"})
    assert not check.is_valid({})  # count was in every sample: required


# ----------------------------------------------------------------------------- properties

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
    | st.sampled_from(["2026-01-14T09:30:00Z", "2026-01-14", "ada@example.com", "https://a.io/x"])
)
KEYS = st.sampled_from(["id", "name", "ttl", "zones", "records", "createdAt", "x"])
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(JSON_VALUES, min_size=1, max_size=5))
def test_every_sample_validates_against_what_is_inferred_from_it(samples: list[Any]) -> None:
    check = validator(schema_of(*samples))
    for sample in samples:
        assert check.is_valid(sample), list(check.iter_errors(sample))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(KEYS, SCALARS, max_size=5), min_size=1, max_size=5))
def test_required_is_exactly_the_keys_every_sample_has(samples: list[dict[str, Any]]) -> None:
    in_every = set.intersection(*(set(sample) for sample in samples))
    assert set(infer(samples).required) == in_every

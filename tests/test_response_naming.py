"""The response component naming rule of `generator/naming.py`, table by table."""

from __future__ import annotations

import pytest

from generator import naming
from generator.naming import ComponentClaim, assign_components


@pytest.mark.parametrize(
    ("resource", "verb", "expected"),
    [
        (("zones",), "list", "ZoneListResponse"),
        (("zones",), "retrieve", "ZoneRetrieveResponse"),
        (("zones", "records"), "create", "ZoneRecordCreateResponse"),
        (("billing", "invoices"), "checkout_stripe", "BillingInvoiceCheckoutStripeResponse"),
        (("teams", "ssh_keys"), "delete", "TeamSshKeyDeleteResponse"),
        (("services", "metrics"), "retrieve", "ServiceMetricsRetrieveResponse"),
    ],
)
def test_a_response_is_named_singular_resource_then_verb(
    resource: tuple[str, ...], verb: str, expected: str
) -> None:
    assert naming.response_component(resource, verb) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("zones", "Zone"),
        ("zone", "Zone"),
        ("healthChecks", "HealthCheck"),
        ("ip_assignments", "IpAssignment"),
        ("settings", "Settings"),
        ("history", "History"),
        ("entries", "Entry"),
    ],
)
def test_a_nested_object_is_named_for_its_key_singular(key: str, expected: str) -> None:
    assert naming.nested_component(key) == expected


def test_a_qualified_name_is_the_response_and_the_keys_down_to_the_object() -> None:
    assert (
        naming.qualified_component("ZoneRetrieveResponse", ["zone", "records"])
        == "ZoneRetrieveResponseZoneRecord"
    )


# ----------------------------------------------------------------------------- assignment


def claim(short: str, qualified: str, shape: str) -> ComponentClaim:
    return ComponentClaim(short=short, qualified=qualified, shape=shape, where=qualified)


def test_identical_shapes_share_one_short_name() -> None:
    claims = [
        claim("Zone", "ZoneListResponseZone", "A"),
        claim("Zone", "ZoneCreateResponseZone", "A"),
    ]
    names, clashes = assign_components(claims)
    assert clashes == []
    assert set(names.values()) == {"Zone"}


def test_different_shapes_under_one_short_name_each_take_their_qualified_name() -> None:
    claims = [
        claim("Zone", "ZoneListResponseZone", "A"),
        claim("Zone", "ZoneRetrieveResponseZone", "B"),
        claim("Zone", "ZoneUpdateResponseZone", "A"),
    ]
    names, clashes = assign_components(claims)
    assert clashes == []
    assert names == {
        ("ZoneListResponseZone", "A"): "ZoneListResponseZone",
        ("ZoneRetrieveResponseZone", "B"): "ZoneRetrieveResponseZone",
        ("ZoneUpdateResponseZone", "A"): "ZoneUpdateResponseZone",
    }


def test_a_qualified_name_that_still_collides_is_an_error() -> None:
    # `zone` and `zones` under one response, with different shapes: both ...ResponseZone.
    claims = [
        claim("Zone", "ZoneScanResponseZone", "A"),
        claim("Zone", "ZoneScanResponseZone", "B"),
    ]
    _, clashes = assign_components(claims)
    assert len(clashes) == 1
    assert "'ZoneScanResponseZone'" in clashes[0]


def test_a_name_another_component_holds_is_an_error() -> None:
    _, clashes = assign_components([claim("Error", "XResponseError", "A")], taken={"Error"})
    assert len(clashes) == 1
    assert "'Error'" in clashes[0]

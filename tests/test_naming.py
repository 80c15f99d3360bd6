"""The naming rules of `generator/naming.py`, one table per rule; every expectation is written out
by hand from the module docstring's verb table, not computed by the code under test."""

from __future__ import annotations

import pytest

from generator import naming

# --------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("alert-rules", ("alert", "rules")),
        ("ruleId", ("rule", "id")),
        ("expires_at", ("expires", "at")),
        ("PatchDNSSEC", ("patch", "dnssec")),
        ("ipWhitelist", ("ip", "whitelist")),
        ("HTTPSRedirect", ("https", "redirect")),
        ("v2Records", ("v2", "records")),
        ("", ()),
    ],
)
def test_words(name: str, expected: tuple[str, ...]) -> None:
    assert naming.words(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ruleId", "rule_id"),
        ("alert-rules", "alert_rules"),
        ("class", "class_"),  # a keyword gets a trailing underscore
        ("2fa", "_2fa"),  # an identifier cannot start with a digit
        ("--", "_"),  # no words at all
    ],
)
def test_snake(name: str, expected: str) -> None:
    assert naming.snake(name) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("services", "service"),
        ("ssh_keys", "ssh_key"),
        ("policies", "policy"),
        ("address", "address"),  # -ss is not a plural
        ("settings", "settings"),  # names one thing
        ("status", "status"),
        ("dnssec", "dnssec"),
        ("zone", "zone"),
    ],
)
def test_singular(word: str, expected: str) -> None:
    assert naming.singular(word) == expected


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("zones", True),
        ("alert-rules", True),
        ("settings", False),
        ("config", False),
        ("stats", False),
    ],
)
def test_is_plural(segment: str, expected: bool) -> None:
    assert naming.is_plural(segment) is expected


# --------------------------------------------------------------------------- operations

# The routes the table below names operations among: what lies below a path decides whether
# its last segment is a collection and whether a POST-only route is an action.
PATHS = (
    "/api/zones",
    "/api/zones/{zoneId}",
    "/api/zones/{zoneId}/records",
    "/api/zones/{zoneId}/scan",
    "/api/zones/{zoneId}/scan/results",
    "/api/services/{id}/cancel",
    "/api/services/{id}/settings",
    "/api/billing/config",
    "/api/billing/invoices/{id}/pay",
    "/api/teams/{teamId}/backup",
    "/api/teams/{teamId}/backup/snapshots",
    "/api/teams/{teamId}/backup/snapshots/{snapshotId}",
    "/api/zones/{zoneId}/records/bulk-delete",
    "/api/zones/scan-all",
)


@pytest.mark.parametrize(
    ("path", "method", "route_methods", "attribute", "operation_id"),
    [
        # a collection: plural, or a {param} route below it
        ("/api/zones", "GET", ("GET", "POST"), "zones.list", "listZones"),
        ("/api/zones", "POST", ("GET", "POST"), "zones.create", "createZone"),
        (
            "/api/zones/{zoneId}/records",
            "POST",
            ("GET", "POST"),
            "zones.records.create",
            "createZoneRecord",
        ),
        (
            "/api/teams/{teamId}/backup/snapshots",
            "GET",
            ("GET",),
            "teams.backup.snapshots.list",
            "listTeamBackupSnapshots",
        ),
        # an item: the path ends with a {param}
        (
            "/api/zones/{zoneId}",
            "GET",
            ("GET", "PATCH", "DELETE"),
            "zones.retrieve",
            "retrieveZone",
        ),
        ("/api/zones/{zoneId}", "PATCH", ("GET", "PATCH", "DELETE"), "zones.update", "updateZone"),
        ("/api/zones/{zoneId}", "PUT", ("PUT",), "zones.replace", "replaceZone"),
        (
            "/api/zones/{zoneId}",
            "DELETE",
            ("GET", "PATCH", "DELETE"),
            "zones.delete",
            "deleteZone",
        ),
        (
            "/api/teams/{teamId}/backup/snapshots/{snapshotId}",
            "POST",
            ("POST",),
            "teams.backup.snapshots.post",
            "postTeamBackupSnapshot",
        ),
        # a singleton: another noun
        (
            "/api/billing/config",
            "GET",
            ("GET",),
            "billing.config.retrieve",
            "retrieveBillingConfig",
        ),
        (
            "/api/services/{id}/settings",
            "GET",
            ("GET", "PATCH"),
            "services.settings.retrieve",
            "retrieveServiceSettings",
        ),
        (
            "/api/teams/{teamId}/backup",
            "POST",
            ("GET", "POST"),
            "teams.backup.create",
            "createTeamBackup",
        ),
        # an action: POST only, nothing below, the last segment is the verb
        ("/api/services/{id}/cancel", "POST", ("POST",), "services.cancel", "cancelService"),
        (
            "/api/billing/invoices/{id}/pay",
            "POST",
            ("POST",),
            "billing.invoices.pay",
            "payBillingInvoice",
        ),
        # an action right below a collection acts on all of it: its noun stays plural
        (
            "/api/zones/{zoneId}/records/bulk-delete",
            "POST",
            ("POST",),
            "zones.records.bulk_delete",
            "bulkDeleteZoneRecords",
        ),
        ("/api/zones/scan-all", "POST", ("POST",), "zones.scan_all", "scanAllZones"),
        # POST only, but routes below it: not an action
        ("/api/zones/{zoneId}/scan", "POST", ("POST",), "zones.scan.create", "createZoneScan"),
    ],
)
def test_operation_names(
    path: str, method: str, route_methods: tuple[str, ...], attribute: str, operation_id: str
) -> None:
    name = naming.operation_name(path, method, route_methods, naming.PathIndex(PATHS))
    assert (name.attribute, name.operation_id) == (attribute, operation_id)


@pytest.mark.parametrize(
    ("resource", "verb", "body_component", "summary"),
    [
        (("services",), "cancel", "CancelServiceBody", "Cancel service"),
        (("zones", "records"), "create", "CreateZoneRecordBody", "Create record"),
        (("teams", "backup", "snapshots"), "list", "ListTeamBackupSnapshotBody", "List snapshots"),
        (("zones",), "retrieve", "RetrieveZoneBody", "Get zone"),
        (("zones",), "post", "PostZoneBody", "Post to zone"),
        (("alert_rules",), "bulk_delete", "BulkDeleteAlertRuleBody", "Bulk delete alert rule"),
        ((), "ping", "PingBody", "Ping"),
    ],
)
def test_body_components_and_fallback_summaries(
    resource: tuple[str, ...], verb: str, body_component: str, summary: str
) -> None:
    name = naming.OperationName(resource, verb)
    assert (name.body_component, name.summary) == (body_component, summary)


# --------------------------------------------------------------------------- the Python client


@pytest.mark.parametrize(
    ("resource", "client_class", "async_class", "module"),
    [
        (("zones",), "Zones", "AsyncZones", "zones"),
        (("zones", "records"), "ZonesRecords", "AsyncZonesRecords", "zones"),
        (
            ("teams", "backup", "snapshots"),
            "TeamsBackupSnapshots",
            "AsyncTeamsBackupSnapshots",
            "teams",
        ),
    ],
)
def test_client_classes_and_modules(
    resource: tuple[str, ...], client_class: str, async_class: str, module: str
) -> None:
    assert naming.client_class(resource) == client_class
    assert naming.async_client_class(resource) == async_class
    assert naming.client_module(resource) == module


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
def test_response_components(resource: tuple[str, ...], verb: str, expected: str) -> None:
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
def test_nested_response_components(key: str, expected: str) -> None:
    assert naming.nested_component(key) == expected


@pytest.mark.parametrize(
    ("parent", "key", "expected"),
    [
        ("ZoneRetrieveResponse", "zone", "ZoneRetrieveResponseZone"),
        ("ZoneRetrieveResponseZone", "records", "ZoneRetrieveResponseZoneRecord"),
    ],
)
def test_qualified_response_components(parent: str, key: str, expected: str) -> None:
    assert naming.qualified_component(parent, key) == expected


def test_a_short_name_is_contested_when_it_names_two_shapes() -> None:
    claims = [("Zone", "A"), ("Zone", "A"), ("Record", "B"), ("Record", "C")]
    assert naming.contested_names(claims) == {"Record"}


@pytest.mark.parametrize(
    ("component", "field", "expected"),
    [
        ("CreateZoneBody", "records", "CreateZoneBodyRecord"),
        ("UpdateTeamBody", "alert-rules", "UpdateTeamBodyAlertRule"),
        ("CreateTicketBody", "attachments", "CreateTicketBodyAttachment"),
    ],
)
def test_body_item_classes(component: str, field: str, expected: str) -> None:
    assert naming.body_item_class(component, field) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zoneId", "zone_id"),
        ("team_id", "team_id"),
        ("from", "from_"),
        # the client's own names: per-call options, a method's locals, pydantic model attributes
        ("timeout", "timeout_"),
        ("maxRetries", "max_retries_"),
        ("extra_headers", "extra_headers_"),
        ("options", "options_"),
        ("self", "self_"),
        ("result", "result_"),
        ("path_segment", "path_segment_"),
        ("model_dump", "model_dump_"),
        ("modelConfig", "model_config_"),
        ("copy", "copy_"),
        ("json", "json_"),
        # a digit cannot lead, and pydantic keeps names starting with `_` private
        ("1st", "n_1st"),
        ("_private", "private"),
        ("2fa-code", "n_2fa_code"),
    ],
)
def test_python_arguments(name: str, expected: str) -> None:
    assert naming.python_argument(name) == expected


# --------------------------------------------------------------------------- path parameters


@pytest.mark.parametrize(
    ("segment", "name"),
    [("{zoneId}", "zoneId"), ("{id}", "id"), ("zones", None), ("{a}b", None), ("{}", None)],
)
def test_a_path_parameter_is_a_whole_segment(segment: str, name: str | None) -> None:
    found = naming.PATH_PARAM.fullmatch(segment)
    assert (found.group(1) if found else None) == name


def test_path_parameters_are_found_in_order() -> None:
    path = "/api/tickets/{id}/credentials/{credId}/reveal"
    assert naming.PATH_PARAM.findall(path) == ["id", "credId"]


# --------------------------------------------------------------------------- summaries, parameters, elements


@pytest.mark.parametrize(
    ("resource", "word", "method", "expected"),
    [
        (("services", "agent_token"), "Status", "GET", "Get agent token status"),
        (("services", "agent_token"), "create", "POST", "Create agent token"),
        (("teams", "backup", "agent_token"), "Revoke", "DELETE", "Revoke agent token"),
        (("teams", "database", "instances"), "Provision", "POST", "Provision instance"),
    ],
)
def test_one_word_summaries_are_completed_with_the_resource(
    resource: tuple[str, ...], word: str, method: str, expected: str
) -> None:
    assert naming.OperationName(resource, "x").completed_summary(word, method) == expected


@pytest.mark.parametrize(
    ("path", "param", "description", "component"),
    [
        ("/api/zones/{zoneId}", "zoneId", "The zone's id.", "ZoneId"),
        ("/api/services/{id}/cancel", "id", "The service's id.", "ServiceId"),
        (
            "/api/services/{id}/alert-rules/{ruleId}",
            "ruleId",
            "The alert rule's id.",
            "ServiceAlertRuleId",
        ),
        ("/api/teams/{teamId}/ssh-keys/{keyId}", "keyId", "The ssh key's id.", "TeamSshKeyId"),
        ("/api/billing/invoices/{id}/pay", "id", "The invoice's id.", "BillingInvoiceId"),
    ],
)
def test_path_parameters_are_named_for_their_resource(
    path: str, param: str, description: str, component: str
) -> None:
    assert naming.path_param_description(path, param) == description
    assert naming.path_param_component(path, param) == component


@pytest.mark.parametrize(
    ("resource", "field", "verb", "expected"),
    [
        (("zones",), "records", None, "ZoneRecordInput"),
        (("zones", "records"), "records", None, "ZoneRecordInput"),  # a repeated noun once
        (("zones", "records"), "records", "bulk_delete", "BulkDeleteZoneRecordInput"),
        (("services",), "optionChoices", None, "ServiceOptionChoiceInput"),
    ],
)
def test_element_schemas_are_named_by_resource_and_field(
    resource: tuple[str, ...], field: str, verb: str | None, expected: str
) -> None:
    assert naming.item_component(resource, field, verb) == expected

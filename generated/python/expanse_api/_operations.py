"""Every operation of the API: method, path template, required scope and client attribute.

The errors read this table (a 403 names the scope the key lacks), and so can tooling: the
scopes a key needs for some calls are `{OPERATIONS[name].scope for name in names}`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple


class Operation(NamedTuple):
    method: str
    path: str  # the template, e.g. /api/zones/{zoneId}/records
    scope: str | None  # None: a public route
    attribute: str  # where the client has it, e.g. zones.records.create


OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "updateBillingAutoTopup": Operation(
            "PATCH", "/api/billing/auto-topup", "billing.write", "billing.auto_topup.update"
        ),
        "retrieveBillingCheckoutSettings": Operation(
            "GET",
            "/api/billing/checkout-settings",
            "billing.read",
            "billing.checkout_settings.retrieve",
        ),
        "retrieveBillingConfig": Operation(
            "GET", "/api/billing/config", None, "billing.config.retrieve"
        ),
        "listBillingInvoices": Operation(
            "GET", "/api/billing/invoices", "billing.read", "billing.invoices.list"
        ),
        "syncStripeBillingInvoices": Operation(
            "POST",
            "/api/billing/invoices/sync-stripe",
            "billing.write",
            "billing.invoices.sync_stripe",
        ),
        "retrieveBillingInvoices": Operation(
            "GET", "/api/billing/invoices/{id}", "billing.read", "billing.invoices.retrieve"
        ),
        "checkoutStripeBillingInvoices": Operation(
            "POST",
            "/api/billing/invoices/{id}/checkout-stripe",
            "billing.write",
            "billing.invoices.checkout_stripe",
        ),
        "checkoutTebexBillingInvoices": Operation(
            "POST",
            "/api/billing/invoices/{id}/checkout-tebex",
            "billing.write",
            "billing.invoices.checkout_tebex",
        ),
        "retrieveBillingInvoicesDownload": Operation(
            "GET",
            "/api/billing/invoices/{id}/download",
            "billing.read",
            "billing.invoices.download.retrieve",
        ),
        "payBillingInvoices": Operation(
            "POST", "/api/billing/invoices/{id}/pay", "billing.write", "billing.invoices.pay"
        ),
        "syncTebexBillingInvoices": Operation(
            "POST",
            "/api/billing/invoices/{id}/sync-tebex",
            "billing.write",
            "billing.invoices.sync_tebex",
        ),
        "retrieveBillingPortal": Operation(
            "GET", "/api/billing/portal", "billing.read", "billing.portal.retrieve"
        ),
        "retrieveBillingSummary": Operation(
            "GET", "/api/billing/summary", "billing.read", "billing.summary.retrieve"
        ),
        "createBillingTopup": Operation(
            "POST", "/api/billing/topup", "billing.write", "billing.topup.create"
        ),
        "syncBillingTopup": Operation(
            "POST", "/api/billing/topup/sync", "billing.write", "billing.topup.sync"
        ),
        "tebexBillingTopup": Operation(
            "POST", "/api/billing/topup/tebex", "billing.write", "billing.topup.tebex"
        ),
        "listBillingTransactions": Operation(
            "GET", "/api/billing/transactions", "billing.read", "billing.transactions.list"
        ),
        "listDomains": Operation("GET", "/api/domains", "domains.read", "domains.list"),
        "retrieveDomainsCheckAvailability": Operation(
            "GET",
            "/api/domains/check-availability",
            "domains.read",
            "domains.check_availability.retrieve",
        ),
        "listDomainsContacts": Operation(
            "GET", "/api/domains/contacts", "domains.read", "domains.contacts.list"
        ),
        "createDomainsContacts": Operation(
            "POST", "/api/domains/contacts", "domains.write", "domains.contacts.create"
        ),
        "retrieveDomainsContacts": Operation(
            "GET", "/api/domains/contacts/{id}", "domains.read", "domains.contacts.retrieve"
        ),
        "updateDomainsContacts": Operation(
            "PATCH", "/api/domains/contacts/{id}", "domains.write", "domains.contacts.update"
        ),
        "deleteDomainsContacts": Operation(
            "DELETE", "/api/domains/contacts/{id}", "domains.write", "domains.contacts.delete"
        ),
        "validateDomainsContacts": Operation(
            "POST",
            "/api/domains/contacts/{id}/validate",
            "domains.write",
            "domains.contacts.validate",
        ),
        "retrieveDomainsPrice": Operation(
            "GET", "/api/domains/price", "domains.read", "domains.price.retrieve"
        ),
        "retrieveDomains": Operation(
            "GET", "/api/domains/{id}", "domains.read", "domains.retrieve"
        ),
        "updateDomains": Operation("PATCH", "/api/domains/{id}", "domains.write", "domains.update"),
        "retrieveDomainsAuthcode": Operation(
            "GET", "/api/domains/{id}/authcode", "domains.read", "domains.authcode.retrieve"
        ),
        "resetDomainsAuthcode": Operation(
            "POST", "/api/domains/{id}/authcode/reset", "domains.write", "domains.authcode.reset"
        ),
        "listServices": Operation("GET", "/api/services", "services.read", "services.list"),
        "retrieveServicesAgentToken": Operation(
            "GET",
            "/api/services/{id}/agent-token",
            "services.read",
            "services.agent_token.retrieve",
        ),
        "createServicesAgentToken": Operation(
            "POST",
            "/api/services/{id}/agent-token",
            "services.write",
            "services.agent_token.create",
        ),
        "deleteServicesAgentToken": Operation(
            "DELETE",
            "/api/services/{id}/agent-token",
            "services.write",
            "services.agent_token.delete",
        ),
        "listServicesAlertRules": Operation(
            "GET", "/api/services/{id}/alert-rules", "services.read", "services.alert_rules.list"
        ),
        "createServicesAlertRules": Operation(
            "POST",
            "/api/services/{id}/alert-rules",
            "services.write",
            "services.alert_rules.create",
        ),
        "updateServicesAlertRules": Operation(
            "PATCH",
            "/api/services/{id}/alert-rules/{ruleId}",
            "services.write",
            "services.alert_rules.update",
        ),
        "deleteServicesAlertRules": Operation(
            "DELETE",
            "/api/services/{id}/alert-rules/{ruleId}",
            "services.write",
            "services.alert_rules.delete",
        ),
        "retrieveServicesBareMetal": Operation(
            "GET", "/api/services/{id}/bare-metal", "services.read", "services.bare_metal.retrieve"
        ),
        "consoleServicesBareMetal": Operation(
            "POST",
            "/api/services/{id}/bare-metal/console",
            "services.write",
            "services.bare_metal.console",
        ),
        "retrieveServicesBareMetalNotes": Operation(
            "GET",
            "/api/services/{id}/bare-metal/notes",
            "services.read",
            "services.bare_metal.notes.retrieve",
        ),
        "updateServicesBareMetalNotes": Operation(
            "PATCH",
            "/api/services/{id}/bare-metal/notes",
            "services.write",
            "services.bare_metal.notes.update",
        ),
        "powerServicesBareMetal": Operation(
            "POST",
            "/api/services/{id}/bare-metal/power",
            "services.write",
            "services.bare_metal.power",
        ),
        "reinstallServicesBareMetal": Operation(
            "POST",
            "/api/services/{id}/bare-metal/reinstall",
            "services.write",
            "services.bare_metal.reinstall",
        ),
        "rescueServicesBareMetal": Operation(
            "POST",
            "/api/services/{id}/bare-metal/rescue",
            "services.write",
            "services.bare_metal.rescue",
        ),
        "statsServicesBareMetal": Operation(
            "POST",
            "/api/services/{id}/bare-metal/stats",
            "services.write",
            "services.bare_metal.stats",
        ),
        "updateServicesBillingPeriod": Operation(
            "PATCH",
            "/api/services/{id}/billing-period",
            "services.write",
            "services.billing_period.update",
        ),
        "cancelServices": Operation(
            "POST", "/api/services/{id}/cancel", "services.write", "services.cancel"
        ),
        "changePlanServices": Operation(
            "POST", "/api/services/{id}/change-plan", "services.write", "services.change_plan"
        ),
        "listServicesFiredAlerts": Operation(
            "GET", "/api/services/{id}/fired-alerts", "services.read", "services.fired_alerts.list"
        ),
        "hideFromListServices": Operation(
            "POST", "/api/services/{id}/hide-from-list", "services.write", "services.hide_from_list"
        ),
        "retrieveServicesMetrics": Operation(
            "GET", "/api/services/{id}/metrics", "services.read", "services.metrics.retrieve"
        ),
        "deleteServicesMetrics": Operation(
            "DELETE", "/api/services/{id}/metrics", "services.write", "services.metrics.delete"
        ),
        "retryProvisioningServices": Operation(
            "POST",
            "/api/services/{id}/retry-provisioning",
            "services.write",
            "services.retry_provisioning",
        ),
        "withdrawCancellationServices": Operation(
            "POST",
            "/api/services/{id}/withdraw-cancellation",
            "services.write",
            "services.withdraw_cancellation",
        ),
        "listTeams": Operation("GET", "/api/teams", "teams.read", "teams.list"),
        "createTeams": Operation("POST", "/api/teams", "teams.write", "teams.create"),
        "retrieveTeams": Operation("GET", "/api/teams/{teamId}", "teams.read", "teams.retrieve"),
        "postTeams": Operation("POST", "/api/teams/{teamId}", "teams.write", "teams.post"),
        "updateTeams": Operation("PATCH", "/api/teams/{teamId}", "teams.write", "teams.update"),
        "deleteTeams": Operation("DELETE", "/api/teams/{teamId}", "teams.write", "teams.delete"),
        "retrieveTeamsBackup": Operation(
            "GET", "/api/teams/{teamId}/backup", "backups.read", "teams.backup.retrieve"
        ),
        "deleteTeamsBackup": Operation(
            "DELETE", "/api/teams/{teamId}/backup", "backups.write", "teams.backup.delete"
        ),
        "createTeamsBackupAgentToken": Operation(
            "POST",
            "/api/teams/{teamId}/backup/agent-token",
            "backups.write",
            "teams.backup.agent_token.create",
        ),
        "deleteTeamsBackupAgentToken": Operation(
            "DELETE",
            "/api/teams/{teamId}/backup/agent-token",
            "backups.write",
            "teams.backup.agent_token.delete",
        ),
        "listTeamsBackupClusters": Operation(
            "GET",
            "/api/teams/{teamId}/backup/clusters",
            "backups.read",
            "teams.backup.clusters.list",
        ),
        "provisionTeamsBackup": Operation(
            "POST",
            "/api/teams/{teamId}/backup/provision",
            "backups.write",
            "teams.backup.provision",
        ),
        "listTeamsBackupSnapshots": Operation(
            "GET",
            "/api/teams/{teamId}/backup/snapshots",
            "backups.read",
            "teams.backup.snapshots.list",
        ),
        "syncTeamsBackup": Operation(
            "POST", "/api/teams/{teamId}/backup/sync", "backups.write", "teams.backup.sync"
        ),
        "triggerTeamsBackup": Operation(
            "POST", "/api/teams/{teamId}/backup/trigger", "backups.write", "teams.backup.trigger"
        ),
        "retrieveTeamsDatabaseCatalog": Operation(
            "GET",
            "/api/teams/{teamId}/database/catalog",
            "teams.read",
            "teams.database.catalog.retrieve",
        ),
        "listTeamsDatabaseInstances": Operation(
            "GET",
            "/api/teams/{teamId}/database/instances",
            "teams.read",
            "teams.database.instances.list",
        ),
        "createTeamsDatabaseInstances": Operation(
            "POST",
            "/api/teams/{teamId}/database/instances",
            "teams.write",
            "teams.database.instances.create",
        ),
        "retrieveTeamsDatabaseInstances": Operation(
            "GET",
            "/api/teams/{teamId}/database/instances/{instanceId}",
            "teams.read",
            "teams.database.instances.retrieve",
        ),
        "deleteTeamsDatabaseInstances": Operation(
            "DELETE",
            "/api/teams/{teamId}/database/instances/{instanceId}",
            "teams.write",
            "teams.database.instances.delete",
        ),
        "retrieveTeamsDatabaseInstancesMetrics": Operation(
            "GET",
            "/api/teams/{teamId}/database/instances/{instanceId}/metrics",
            "teams.read",
            "teams.database.instances.metrics.retrieve",
        ),
        "restartTeamsDatabaseInstances": Operation(
            "POST",
            "/api/teams/{teamId}/database/instances/{instanceId}/restart",
            "teams.write",
            "teams.database.instances.restart",
        ),
        "revealConnectionTeamsDatabaseInstances": Operation(
            "POST",
            "/api/teams/{teamId}/database/instances/{instanceId}/reveal-connection",
            "teams.write",
            "teams.database.instances.reveal_connection",
        ),
        "retrieveTeamsDatabaseInstancesStats": Operation(
            "GET",
            "/api/teams/{teamId}/database/instances/{instanceId}/stats",
            "teams.read",
            "teams.database.instances.stats.retrieve",
        ),
        "retrieveTeamsDatabaseInstancesVersion": Operation(
            "GET",
            "/api/teams/{teamId}/database/instances/{instanceId}/version",
            "teams.read",
            "teams.database.instances.version.retrieve",
        ),
        "createTeamsMembers": Operation(
            "POST", "/api/teams/{teamId}/members", "teams.write", "teams.members.create"
        ),
        "updateTeamsMembers": Operation(
            "PATCH", "/api/teams/{teamId}/members/{memberId}", "teams.write", "teams.members.update"
        ),
        "deleteTeamsMembers": Operation(
            "DELETE",
            "/api/teams/{teamId}/members/{memberId}",
            "teams.write",
            "teams.members.delete",
        ),
        "retrieveTeamsMonitoringSettings": Operation(
            "GET",
            "/api/teams/{teamId}/monitoring-settings",
            "teams.read",
            "teams.monitoring_settings.retrieve",
        ),
        "updateTeamsMonitoringSettings": Operation(
            "PATCH",
            "/api/teams/{teamId}/monitoring-settings",
            "teams.write",
            "teams.monitoring_settings.update",
        ),
        "listTeamsSshKeys": Operation(
            "GET", "/api/teams/{teamId}/ssh-keys", "teams.read", "teams.ssh_keys.list"
        ),
        "createTeamsSshKeys": Operation(
            "POST", "/api/teams/{teamId}/ssh-keys", "teams.write", "teams.ssh_keys.create"
        ),
        "updateTeamsSshKeys": Operation(
            "PATCH", "/api/teams/{teamId}/ssh-keys/{keyId}", "teams.write", "teams.ssh_keys.update"
        ),
        "deleteTeamsSshKeys": Operation(
            "DELETE", "/api/teams/{teamId}/ssh-keys/{keyId}", "teams.write", "teams.ssh_keys.delete"
        ),
        "transferTeams": Operation(
            "POST", "/api/teams/{teamId}/transfer", "teams.write", "teams.transfer"
        ),
        "listTickets": Operation("GET", "/api/tickets", "tickets.read", "tickets.list"),
        "createTickets": Operation("POST", "/api/tickets", "tickets.write", "tickets.create"),
        "retrieveTicketsAttachments": Operation(
            "GET", "/api/tickets/attachments/{id}", "tickets.read", "tickets.attachments.retrieve"
        ),
        "listTicketsTemplates": Operation(
            "GET", "/api/tickets/templates", "tickets.read", "tickets.templates.list"
        ),
        "retrieveTicketsUnreadCount": Operation(
            "GET", "/api/tickets/unread-count", "tickets.read", "tickets.unread_count.retrieve"
        ),
        "retrieveTickets": Operation(
            "GET", "/api/tickets/{id}", "tickets.read", "tickets.retrieve"
        ),
        "listTicketsCredentials": Operation(
            "GET", "/api/tickets/{id}/credentials", "tickets.read", "tickets.credentials.list"
        ),
        "createTicketsCredentials": Operation(
            "POST", "/api/tickets/{id}/credentials", "tickets.write", "tickets.credentials.create"
        ),
        "revealTicketsCredentials": Operation(
            "POST",
            "/api/tickets/{id}/credentials/{credId}/reveal",
            "tickets.write",
            "tickets.credentials.reveal",
        ),
        "createTicketsMessages": Operation(
            "POST", "/api/tickets/{id}/messages", "tickets.write", "tickets.messages.create"
        ),
        "updateTicketsMessages": Operation(
            "PATCH",
            "/api/tickets/{id}/messages/{messageId}",
            "tickets.write",
            "tickets.messages.update",
        ),
        "deleteTicketsMessages": Operation(
            "DELETE",
            "/api/tickets/{id}/messages/{messageId}",
            "tickets.write",
            "tickets.messages.delete",
        ),
        "rateTickets": Operation("POST", "/api/tickets/{id}/rate", "tickets.write", "tickets.rate"),
        "readTickets": Operation("POST", "/api/tickets/{id}/read", "tickets.write", "tickets.read"),
        "reopenTickets": Operation(
            "POST", "/api/tickets/{id}/reopen", "tickets.write", "tickets.reopen"
        ),
        "listZones": Operation("GET", "/api/zones", "dns.read", "zones.list"),
        "createZones": Operation("POST", "/api/zones", "dns.write", "zones.create"),
        "scanZones": Operation("POST", "/api/zones/scan", "dns.write", "zones.scan"),
        "retrieveZones": Operation("GET", "/api/zones/{zoneId}", "dns.read", "zones.retrieve"),
        "updateZones": Operation("PATCH", "/api/zones/{zoneId}", "dns.write", "zones.update"),
        "deleteZones": Operation("DELETE", "/api/zones/{zoneId}", "dns.write", "zones.delete"),
        "delegationZones": Operation(
            "POST", "/api/zones/{zoneId}/delegation", "dns.write", "zones.delegation"
        ),
        "retrieveZonesDnssec": Operation(
            "GET", "/api/zones/{zoneId}/dnssec", "dns.read", "zones.dnssec.retrieve"
        ),
        "createZonesDnssec": Operation(
            "POST", "/api/zones/{zoneId}/dnssec", "dns.write", "zones.dnssec.create"
        ),
        "retrieveZonesExport": Operation(
            "GET", "/api/zones/{zoneId}/export", "dns.read", "zones.export.retrieve"
        ),
        "listZonesHealthChecks": Operation(
            "GET", "/api/zones/{zoneId}/health-checks", "dns.read", "zones.health_checks.list"
        ),
        "createZonesHealthChecks": Operation(
            "POST", "/api/zones/{zoneId}/health-checks", "dns.write", "zones.health_checks.create"
        ),
        "retrieveZonesHealthChecks": Operation(
            "GET",
            "/api/zones/{zoneId}/health-checks/{healthCheckId}",
            "dns.read",
            "zones.health_checks.retrieve",
        ),
        "updateZonesHealthChecks": Operation(
            "PATCH",
            "/api/zones/{zoneId}/health-checks/{healthCheckId}",
            "dns.write",
            "zones.health_checks.update",
        ),
        "deleteZonesHealthChecks": Operation(
            "DELETE",
            "/api/zones/{zoneId}/health-checks/{healthCheckId}",
            "dns.write",
            "zones.health_checks.delete",
        ),
        "listZonesHistory": Operation(
            "GET", "/api/zones/{zoneId}/history", "dns.read", "zones.history.list"
        ),
        "rollbackZonesHistory": Operation(
            "POST",
            "/api/zones/{zoneId}/history/{historyId}/rollback",
            "dns.write",
            "zones.history.rollback",
        ),
        "importZones": Operation(
            "POST", "/api/zones/{zoneId}/import", "dns.write", "zones.import_"
        ),
        "listZonesRecords": Operation(
            "GET", "/api/zones/{zoneId}/records", "dns.read", "zones.records.list"
        ),
        "createZonesRecords": Operation(
            "POST", "/api/zones/{zoneId}/records", "dns.write", "zones.records.create"
        ),
        "updateZonesRecords": Operation(
            "PATCH", "/api/zones/{zoneId}/records", "dns.write", "zones.records.update"
        ),
        "deleteZonesRecords": Operation(
            "DELETE", "/api/zones/{zoneId}/records", "dns.write", "zones.records.delete"
        ),
        "bulkDeleteZonesRecords": Operation(
            "POST",
            "/api/zones/{zoneId}/records/bulk-delete",
            "dns.write",
            "zones.records.bulk_delete",
        ),
        "retrieveZonesRecordsLock": Operation(
            "GET", "/api/zones/{zoneId}/records/lock", "dns.read", "zones.records.lock.retrieve"
        ),
        "createZonesRecordsLock": Operation(
            "POST", "/api/zones/{zoneId}/records/lock", "dns.write", "zones.records.lock.create"
        ),
        "deleteZonesRecordsLock": Operation(
            "DELETE", "/api/zones/{zoneId}/records/lock", "dns.write", "zones.records.lock.delete"
        ),
        "retrieveZonesRecordsPropagation": Operation(
            "GET",
            "/api/zones/{zoneId}/records/propagation",
            "dns.read",
            "zones.records.propagation.retrieve",
        ),
        "createZonesRecordsProxy": Operation(
            "POST", "/api/zones/{zoneId}/records/proxy", "dns.write", "zones.records.proxy.create"
        ),
        "deleteZonesRecordsProxy": Operation(
            "DELETE", "/api/zones/{zoneId}/records/proxy", "dns.write", "zones.records.proxy.delete"
        ),
    }
)
"""Every operation by operationId."""

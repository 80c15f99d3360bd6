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
        "retrieveBillingInvoice": Operation(
            "GET", "/api/billing/invoices/{id}", "billing.read", "billing.invoices.retrieve"
        ),
        "checkoutStripeBillingInvoice": Operation(
            "POST",
            "/api/billing/invoices/{id}/checkout-stripe",
            "billing.write",
            "billing.invoices.checkout_stripe",
        ),
        "checkoutTebexBillingInvoice": Operation(
            "POST",
            "/api/billing/invoices/{id}/checkout-tebex",
            "billing.write",
            "billing.invoices.checkout_tebex",
        ),
        "retrieveBillingInvoiceDownload": Operation(
            "GET",
            "/api/billing/invoices/{id}/download",
            "billing.read",
            "billing.invoices.download.retrieve",
        ),
        "payBillingInvoice": Operation(
            "POST", "/api/billing/invoices/{id}/pay", "billing.write", "billing.invoices.pay"
        ),
        "syncTebexBillingInvoice": Operation(
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
        "retrieveDomainCheckAvailability": Operation(
            "GET",
            "/api/domains/check-availability",
            "domains.read",
            "domains.check_availability.retrieve",
        ),
        "listDomainContacts": Operation(
            "GET", "/api/domains/contacts", "domains.read", "domains.contacts.list"
        ),
        "createDomainContact": Operation(
            "POST", "/api/domains/contacts", "domains.write", "domains.contacts.create"
        ),
        "retrieveDomainContact": Operation(
            "GET", "/api/domains/contacts/{id}", "domains.read", "domains.contacts.retrieve"
        ),
        "updateDomainContact": Operation(
            "PATCH", "/api/domains/contacts/{id}", "domains.write", "domains.contacts.update"
        ),
        "deleteDomainContact": Operation(
            "DELETE", "/api/domains/contacts/{id}", "domains.write", "domains.contacts.delete"
        ),
        "validateDomainContact": Operation(
            "POST",
            "/api/domains/contacts/{id}/validate",
            "domains.write",
            "domains.contacts.validate",
        ),
        "retrieveDomainPrice": Operation(
            "GET", "/api/domains/price", "domains.read", "domains.price.retrieve"
        ),
        "retrieveDomain": Operation("GET", "/api/domains/{id}", "domains.read", "domains.retrieve"),
        "updateDomain": Operation("PATCH", "/api/domains/{id}", "domains.write", "domains.update"),
        "retrieveDomainAuthcode": Operation(
            "GET", "/api/domains/{id}/authcode", "domains.read", "domains.authcode.retrieve"
        ),
        "resetDomainAuthcode": Operation(
            "POST", "/api/domains/{id}/authcode/reset", "domains.write", "domains.authcode.reset"
        ),
        "listServices": Operation("GET", "/api/services", "services.read", "services.list"),
        "retrieveServiceAgentToken": Operation(
            "GET",
            "/api/services/{id}/agent-token",
            "services.read",
            "services.agent_token.retrieve",
        ),
        "createServiceAgentToken": Operation(
            "POST",
            "/api/services/{id}/agent-token",
            "services.write",
            "services.agent_token.create",
        ),
        "deleteServiceAgentToken": Operation(
            "DELETE",
            "/api/services/{id}/agent-token",
            "services.write",
            "services.agent_token.delete",
        ),
        "listServiceAlertRules": Operation(
            "GET", "/api/services/{id}/alert-rules", "services.read", "services.alert_rules.list"
        ),
        "createServiceAlertRule": Operation(
            "POST",
            "/api/services/{id}/alert-rules",
            "services.write",
            "services.alert_rules.create",
        ),
        "updateServiceAlertRule": Operation(
            "PATCH",
            "/api/services/{id}/alert-rules/{ruleId}",
            "services.write",
            "services.alert_rules.update",
        ),
        "deleteServiceAlertRule": Operation(
            "DELETE",
            "/api/services/{id}/alert-rules/{ruleId}",
            "services.write",
            "services.alert_rules.delete",
        ),
        "retrieveServiceBareMetal": Operation(
            "GET", "/api/services/{id}/bare-metal", "services.read", "services.bare_metal.retrieve"
        ),
        "consoleServiceBareMetal": Operation(
            "POST",
            "/api/services/{id}/bare-metal/console",
            "services.write",
            "services.bare_metal.console",
        ),
        "retrieveServiceBareMetalNotes": Operation(
            "GET",
            "/api/services/{id}/bare-metal/notes",
            "services.read",
            "services.bare_metal.notes.retrieve",
        ),
        "updateServiceBareMetalNotes": Operation(
            "PATCH",
            "/api/services/{id}/bare-metal/notes",
            "services.write",
            "services.bare_metal.notes.update",
        ),
        "powerServiceBareMetal": Operation(
            "POST",
            "/api/services/{id}/bare-metal/power",
            "services.write",
            "services.bare_metal.power",
        ),
        "reinstallServiceBareMetal": Operation(
            "POST",
            "/api/services/{id}/bare-metal/reinstall",
            "services.write",
            "services.bare_metal.reinstall",
        ),
        "rescueServiceBareMetal": Operation(
            "POST",
            "/api/services/{id}/bare-metal/rescue",
            "services.write",
            "services.bare_metal.rescue",
        ),
        "statsServiceBareMetal": Operation(
            "POST",
            "/api/services/{id}/bare-metal/stats",
            "services.write",
            "services.bare_metal.stats",
        ),
        "updateServiceBillingPeriod": Operation(
            "PATCH",
            "/api/services/{id}/billing-period",
            "services.write",
            "services.billing_period.update",
        ),
        "cancelService": Operation(
            "POST", "/api/services/{id}/cancel", "services.write", "services.cancel"
        ),
        "changePlanService": Operation(
            "POST", "/api/services/{id}/change-plan", "services.write", "services.change_plan"
        ),
        "listServiceFiredAlerts": Operation(
            "GET", "/api/services/{id}/fired-alerts", "services.read", "services.fired_alerts.list"
        ),
        "hideFromListService": Operation(
            "POST", "/api/services/{id}/hide-from-list", "services.write", "services.hide_from_list"
        ),
        "retrieveServiceMetrics": Operation(
            "GET", "/api/services/{id}/metrics", "services.read", "services.metrics.retrieve"
        ),
        "deleteServiceMetrics": Operation(
            "DELETE", "/api/services/{id}/metrics", "services.write", "services.metrics.delete"
        ),
        "retryProvisioningService": Operation(
            "POST",
            "/api/services/{id}/retry-provisioning",
            "services.write",
            "services.retry_provisioning",
        ),
        "withdrawCancellationService": Operation(
            "POST",
            "/api/services/{id}/withdraw-cancellation",
            "services.write",
            "services.withdraw_cancellation",
        ),
        "listTeams": Operation("GET", "/api/teams", "teams.read", "teams.list"),
        "createTeam": Operation("POST", "/api/teams", "teams.write", "teams.create"),
        "retrieveTeam": Operation("GET", "/api/teams/{teamId}", "teams.read", "teams.retrieve"),
        "postTeam": Operation("POST", "/api/teams/{teamId}", "teams.write", "teams.post"),
        "updateTeam": Operation("PATCH", "/api/teams/{teamId}", "teams.write", "teams.update"),
        "deleteTeam": Operation("DELETE", "/api/teams/{teamId}", "teams.write", "teams.delete"),
        "retrieveTeamBackup": Operation(
            "GET", "/api/teams/{teamId}/backup", "backups.read", "teams.backup.retrieve"
        ),
        "deleteTeamBackup": Operation(
            "DELETE", "/api/teams/{teamId}/backup", "backups.write", "teams.backup.delete"
        ),
        "createTeamBackupAgentToken": Operation(
            "POST",
            "/api/teams/{teamId}/backup/agent-token",
            "backups.write",
            "teams.backup.agent_token.create",
        ),
        "deleteTeamBackupAgentToken": Operation(
            "DELETE",
            "/api/teams/{teamId}/backup/agent-token",
            "backups.write",
            "teams.backup.agent_token.delete",
        ),
        "listTeamBackupClusters": Operation(
            "GET",
            "/api/teams/{teamId}/backup/clusters",
            "backups.read",
            "teams.backup.clusters.list",
        ),
        "provisionTeamBackup": Operation(
            "POST",
            "/api/teams/{teamId}/backup/provision",
            "backups.write",
            "teams.backup.provision",
        ),
        "listTeamBackupSnapshots": Operation(
            "GET",
            "/api/teams/{teamId}/backup/snapshots",
            "backups.read",
            "teams.backup.snapshots.list",
        ),
        "syncTeamBackup": Operation(
            "POST", "/api/teams/{teamId}/backup/sync", "backups.write", "teams.backup.sync"
        ),
        "triggerTeamBackup": Operation(
            "POST", "/api/teams/{teamId}/backup/trigger", "backups.write", "teams.backup.trigger"
        ),
        "retrieveTeamDatabaseCatalog": Operation(
            "GET",
            "/api/teams/{teamId}/database/catalog",
            "teams.read",
            "teams.database.catalog.retrieve",
        ),
        "listTeamDatabaseInstances": Operation(
            "GET",
            "/api/teams/{teamId}/database/instances",
            "teams.read",
            "teams.database.instances.list",
        ),
        "createTeamDatabaseInstance": Operation(
            "POST",
            "/api/teams/{teamId}/database/instances",
            "teams.write",
            "teams.database.instances.create",
        ),
        "retrieveTeamDatabaseInstance": Operation(
            "GET",
            "/api/teams/{teamId}/database/instances/{instanceId}",
            "teams.read",
            "teams.database.instances.retrieve",
        ),
        "deleteTeamDatabaseInstance": Operation(
            "DELETE",
            "/api/teams/{teamId}/database/instances/{instanceId}",
            "teams.write",
            "teams.database.instances.delete",
        ),
        "retrieveTeamDatabaseInstanceMetrics": Operation(
            "GET",
            "/api/teams/{teamId}/database/instances/{instanceId}/metrics",
            "teams.read",
            "teams.database.instances.metrics.retrieve",
        ),
        "restartTeamDatabaseInstance": Operation(
            "POST",
            "/api/teams/{teamId}/database/instances/{instanceId}/restart",
            "teams.write",
            "teams.database.instances.restart",
        ),
        "revealConnectionTeamDatabaseInstance": Operation(
            "POST",
            "/api/teams/{teamId}/database/instances/{instanceId}/reveal-connection",
            "teams.write",
            "teams.database.instances.reveal_connection",
        ),
        "retrieveTeamDatabaseInstanceStats": Operation(
            "GET",
            "/api/teams/{teamId}/database/instances/{instanceId}/stats",
            "teams.read",
            "teams.database.instances.stats.retrieve",
        ),
        "retrieveTeamDatabaseInstanceVersion": Operation(
            "GET",
            "/api/teams/{teamId}/database/instances/{instanceId}/version",
            "teams.read",
            "teams.database.instances.version.retrieve",
        ),
        "createTeamMember": Operation(
            "POST", "/api/teams/{teamId}/members", "teams.write", "teams.members.create"
        ),
        "updateTeamMember": Operation(
            "PATCH", "/api/teams/{teamId}/members/{memberId}", "teams.write", "teams.members.update"
        ),
        "deleteTeamMember": Operation(
            "DELETE",
            "/api/teams/{teamId}/members/{memberId}",
            "teams.write",
            "teams.members.delete",
        ),
        "retrieveTeamMonitoringSettings": Operation(
            "GET",
            "/api/teams/{teamId}/monitoring-settings",
            "teams.read",
            "teams.monitoring_settings.retrieve",
        ),
        "updateTeamMonitoringSettings": Operation(
            "PATCH",
            "/api/teams/{teamId}/monitoring-settings",
            "teams.write",
            "teams.monitoring_settings.update",
        ),
        "listTeamSshKeys": Operation(
            "GET", "/api/teams/{teamId}/ssh-keys", "teams.read", "teams.ssh_keys.list"
        ),
        "createTeamSshKey": Operation(
            "POST", "/api/teams/{teamId}/ssh-keys", "teams.write", "teams.ssh_keys.create"
        ),
        "updateTeamSshKey": Operation(
            "PATCH", "/api/teams/{teamId}/ssh-keys/{keyId}", "teams.write", "teams.ssh_keys.update"
        ),
        "deleteTeamSshKey": Operation(
            "DELETE", "/api/teams/{teamId}/ssh-keys/{keyId}", "teams.write", "teams.ssh_keys.delete"
        ),
        "transferTeam": Operation(
            "POST", "/api/teams/{teamId}/transfer", "teams.write", "teams.transfer"
        ),
        "listTickets": Operation("GET", "/api/tickets", "tickets.read", "tickets.list"),
        "createTicket": Operation("POST", "/api/tickets", "tickets.write", "tickets.create"),
        "retrieveTicketAttachment": Operation(
            "GET", "/api/tickets/attachments/{id}", "tickets.read", "tickets.attachments.retrieve"
        ),
        "listTicketTemplates": Operation(
            "GET", "/api/tickets/templates", "tickets.read", "tickets.templates.list"
        ),
        "retrieveTicketUnreadCount": Operation(
            "GET", "/api/tickets/unread-count", "tickets.read", "tickets.unread_count.retrieve"
        ),
        "retrieveTicket": Operation("GET", "/api/tickets/{id}", "tickets.read", "tickets.retrieve"),
        "listTicketCredentials": Operation(
            "GET", "/api/tickets/{id}/credentials", "tickets.read", "tickets.credentials.list"
        ),
        "createTicketCredential": Operation(
            "POST", "/api/tickets/{id}/credentials", "tickets.write", "tickets.credentials.create"
        ),
        "revealTicketCredential": Operation(
            "POST",
            "/api/tickets/{id}/credentials/{credId}/reveal",
            "tickets.write",
            "tickets.credentials.reveal",
        ),
        "createTicketMessage": Operation(
            "POST", "/api/tickets/{id}/messages", "tickets.write", "tickets.messages.create"
        ),
        "updateTicketMessage": Operation(
            "PATCH",
            "/api/tickets/{id}/messages/{messageId}",
            "tickets.write",
            "tickets.messages.update",
        ),
        "deleteTicketMessage": Operation(
            "DELETE",
            "/api/tickets/{id}/messages/{messageId}",
            "tickets.write",
            "tickets.messages.delete",
        ),
        "rateTicket": Operation("POST", "/api/tickets/{id}/rate", "tickets.write", "tickets.rate"),
        "readTicket": Operation("POST", "/api/tickets/{id}/read", "tickets.write", "tickets.read"),
        "reopenTicket": Operation(
            "POST", "/api/tickets/{id}/reopen", "tickets.write", "tickets.reopen"
        ),
        "listZones": Operation("GET", "/api/zones", "dns.read", "zones.list"),
        "createZone": Operation("POST", "/api/zones", "dns.write", "zones.create"),
        "scanZones": Operation("POST", "/api/zones/scan", "dns.write", "zones.scan"),
        "retrieveZone": Operation("GET", "/api/zones/{zoneId}", "dns.read", "zones.retrieve"),
        "updateZone": Operation("PATCH", "/api/zones/{zoneId}", "dns.write", "zones.update"),
        "deleteZone": Operation("DELETE", "/api/zones/{zoneId}", "dns.write", "zones.delete"),
        "delegationZone": Operation(
            "POST", "/api/zones/{zoneId}/delegation", "dns.write", "zones.delegation"
        ),
        "retrieveZoneDnssec": Operation(
            "GET", "/api/zones/{zoneId}/dnssec", "dns.read", "zones.dnssec.retrieve"
        ),
        "createZoneDnssec": Operation(
            "POST", "/api/zones/{zoneId}/dnssec", "dns.write", "zones.dnssec.create"
        ),
        "retrieveZoneExport": Operation(
            "GET", "/api/zones/{zoneId}/export", "dns.read", "zones.export.retrieve"
        ),
        "listZoneHealthChecks": Operation(
            "GET", "/api/zones/{zoneId}/health-checks", "dns.read", "zones.health_checks.list"
        ),
        "createZoneHealthCheck": Operation(
            "POST", "/api/zones/{zoneId}/health-checks", "dns.write", "zones.health_checks.create"
        ),
        "retrieveZoneHealthCheck": Operation(
            "GET",
            "/api/zones/{zoneId}/health-checks/{healthCheckId}",
            "dns.read",
            "zones.health_checks.retrieve",
        ),
        "updateZoneHealthCheck": Operation(
            "PATCH",
            "/api/zones/{zoneId}/health-checks/{healthCheckId}",
            "dns.write",
            "zones.health_checks.update",
        ),
        "deleteZoneHealthCheck": Operation(
            "DELETE",
            "/api/zones/{zoneId}/health-checks/{healthCheckId}",
            "dns.write",
            "zones.health_checks.delete",
        ),
        "listZoneHistory": Operation(
            "GET", "/api/zones/{zoneId}/history", "dns.read", "zones.history.list"
        ),
        "rollbackZoneHistory": Operation(
            "POST",
            "/api/zones/{zoneId}/history/{historyId}/rollback",
            "dns.write",
            "zones.history.rollback",
        ),
        "importZone": Operation("POST", "/api/zones/{zoneId}/import", "dns.write", "zones.import_"),
        "listZoneRecords": Operation(
            "GET", "/api/zones/{zoneId}/records", "dns.read", "zones.records.list"
        ),
        "createZoneRecord": Operation(
            "POST", "/api/zones/{zoneId}/records", "dns.write", "zones.records.create"
        ),
        "updateZoneRecord": Operation(
            "PATCH", "/api/zones/{zoneId}/records", "dns.write", "zones.records.update"
        ),
        "deleteZoneRecord": Operation(
            "DELETE", "/api/zones/{zoneId}/records", "dns.write", "zones.records.delete"
        ),
        "bulkDeleteZoneRecords": Operation(
            "POST",
            "/api/zones/{zoneId}/records/bulk-delete",
            "dns.write",
            "zones.records.bulk_delete",
        ),
        "retrieveZoneRecordLock": Operation(
            "GET", "/api/zones/{zoneId}/records/lock", "dns.read", "zones.records.lock.retrieve"
        ),
        "createZoneRecordLock": Operation(
            "POST", "/api/zones/{zoneId}/records/lock", "dns.write", "zones.records.lock.create"
        ),
        "deleteZoneRecordLock": Operation(
            "DELETE", "/api/zones/{zoneId}/records/lock", "dns.write", "zones.records.lock.delete"
        ),
        "retrieveZoneRecordPropagation": Operation(
            "GET",
            "/api/zones/{zoneId}/records/propagation",
            "dns.read",
            "zones.records.propagation.retrieve",
        ),
        "createZoneRecordProxy": Operation(
            "POST", "/api/zones/{zoneId}/records/proxy", "dns.write", "zones.records.proxy.create"
        ),
        "deleteZoneRecordProxy": Operation(
            "DELETE", "/api/zones/{zoneId}/records/proxy", "dns.write", "zones.records.proxy.delete"
        ),
    }
)
"""Every operation by operationId."""

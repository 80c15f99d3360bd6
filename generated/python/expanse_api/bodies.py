"""Request bodies as pydantic models, imported by the first call that sends a body: importing
the package never loads pydantic.

A method builds its body from its keyword arguments (by Python name) and sends it by the API's
JSON names. Unknown fields, wrong types and values out of range raise RequestValidationError
before anything is sent. A None argument is not sent at all.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ._exceptions import RequestValidationError


class RequestBody(BaseModel):
    """The base of every body: unknown fields are refused; fields go out by JSON name."""

    # No protected names: naming.py already renames a field that would hide a pydantic method
    # (`model_dump` -> `model_dump_`), and pydantic would warn about `model_dump_` on import.
    model_config = ConfigDict(
        extra="forbid", validate_by_name=True, validate_by_alias=True, protected_namespaces=()
    )

    # Underscored because a field can never be: no body field can hide this method.
    @classmethod
    def _payload(cls, **fields: object) -> dict[str, Any]:
        """The JSON body of these fields (by Python name), validated; None values are left out."""
        given = {name: value for name, value in fields.items() if value is not None}
        try:
            # pydantic-core directly: half the cost of model_validate/model_dump per call.
            body = cls.__pydantic_validator__.validate_python(given)
        except ValidationError as exc:
            # Without the input values: a refused password must not reach a log.
            errors = exc.errors(include_url=False, include_input=False, include_context=False)
            problems = "; ".join(
                f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}"
                for error in errors
            )
            raise RequestValidationError(f"invalid {cls.__name__}: {problems}", errors) from None
        payload: dict[str, Any] = cls.__pydantic_serializer__.to_python(
            body, mode="json", by_alias=True, exclude_unset=True, exclude_none=True
        )
        return payload


class BulkDeleteZoneRecordBody(RequestBody):
    """The body of `POST /api/zones/{zoneId}/records/bulk-delete` (`BulkDeleteSchema` in the panel's handler)."""

    records: Any = Field(default=None, description="Records to delete.")


class CancelServiceBody(RequestBody):
    """The body of `POST /api/services/{id}/cancel` (`BodySchema` in the panel's handler)."""

    when: Literal["immediately", "end_of_billing_period"] | None = Field(
        default=None,
        description="immediately: soft delete now, terminate 48h later; end_of_billing_period: cancel at period end.",
    )
    cancellation_reason: Any = Field(
        default=None, alias="cancellationReason", description="Reason given for the cancellation."
    )


class ChangePlanServiceBody(RequestBody):
    """The body of `POST /api/services/{id}/change-plan` (`RequestSchema` in the panel's handler)."""

    new_plan_id: Any = Field(
        default=None, alias="newPlanId", description="Plan to upgrade or downgrade to."
    )
    option_choices: Any = Field(
        default=None, alias="optionChoices", description="Option choices for the new plan."
    )
    downgrade_mode: Any = Field(
        default=None, alias="downgradeMode", description="How a downgrade is applied."
    )


class ConsoleServiceBareMetalBody(RequestBody):
    """The body of `POST /api/services/{id}/bare-metal/console` (`BodySchema` in the panel's handler)."""

    console_mode: Any = Field(
        default=None, alias="consoleMode", description="Console mode of the Tenantos NoVNC session."
    )


class CreateBillingTopupBody(RequestBody):
    """The body of `POST /api/billing/topup/tebex` (`TopupSchema` in the panel's handler)."""

    team_id: Any = Field(default=None, description="Team whose balance is topped up.")
    amount: Any = Field(
        default=None,
        description="Top-up amount; allowed amounts come from GET /api/billing/config.",
    )


class CreateDomainContactBody(RequestBody):
    """The body of `POST /api/domains/contacts` (`CreateContactSchema` in the panel's handler)."""

    team_id: Any = Field(default=None, description="Team that owns the contact.")
    first_name: Any = Field(default=None, alias="firstName", description="Contact first name.")
    last_name: Any = Field(default=None, alias="lastName", description="Contact last name.")
    email: Any = Field(default=None, description="Contact email address.")
    phone: Any = Field(default=None, description="Contact phone number.")
    address: Any = Field(default=None, description="Street address.")
    city: Any = Field(default=None, description="City.")
    state_province: Any = Field(
        default=None, alias="stateProvince", description="State or province."
    )
    postal_code: Any = Field(default=None, alias="postalCode", description="Postal code.")
    country: Any = Field(default=None, description="Country.")
    company_name: Any = Field(default=None, alias="companyName", description="Company name.")


class CreateServiceAlertRuleBody(RequestBody):
    """The body of `POST /api/services/{id}/alert-rules` (`CreateRuleSchema` in the panel's handler)."""

    metric_type: Any = Field(
        default=None, alias="metricType", description="Game server metric the rule watches."
    )
    operator: Any = Field(
        default=None, description="Comparison applied between the metric and the threshold."
    )
    threshold: Any = Field(default=None, description="Metric value at which the rule fires.")
    duration_minutes: Any = Field(
        default=None,
        alias="durationMinutes",
        description="Minutes the condition must hold before the rule fires.",
    )
    severity: Any = Field(default=None, description="Severity of alerts raised by the rule.")


class CreateTeamMemberBody(RequestBody):
    """The body of `POST /api/teams/{teamId}/members` (`AddMemberSchema` in the panel's handler)."""

    email: Any = Field(default=None, description="Email of the user to add.")
    role: Any = Field(default=None, description="Team role given to the new member.")


class CreateTeamSshKeyBody(RequestBody):
    """The body of `POST /api/teams/{teamId}/ssh-keys` (`PostSchema` in the panel's handler)."""

    name: Any = Field(default=None, description="Name of the SSH key.")
    public_key: Any = Field(default=None, alias="publicKey", description="SSH public key.")
    is_default: Any = Field(
        default=None, alias="isDefault", description="Whether this is the team's default key."
    )


class CreateTicketBody(RequestBody):
    """The body of `POST /api/tickets` (`CreateTicketSchema` in the panel's handler)."""

    team_id: Any = Field(default=None, description="Team the ticket belongs to.")
    subject: Any = Field(default=None, description="Ticket subject.")
    content: Any = Field(default=None, description="Text of the first message.")
    priority: Any = Field(default=None, description="Ticket priority.")
    category: Any = Field(default=None, description="Ticket category.")
    service_id: Any = Field(default=None, description="Service the ticket concerns.")
    template_id: Any = Field(default=None, description="Ticket template used.")
    is_private: Any = Field(default=None, description="Whether the ticket is private.")


class CreateTicketCredentialBody(RequestBody):
    """The body of `POST /api/tickets/{id}/credentials` (`CreateSchema` in the panel's handler)."""

    type: Any = Field(default=None, description="Kind of access credential.")
    username: Any = Field(default=None, description="Username of the credential.")
    password: Any = Field(default=None, description="Secret value of the credential.")
    notes: Any = Field(default=None, description="Notes on the credential.")
    is_sensitive: Any = Field(
        default=None,
        alias="isSensitive",
        description="Sensitive credentials can only be revealed by the ticket creator or a platform admin.",
    )


class CreateTicketMessageBody(RequestBody):
    """The body of `POST /api/tickets/{id}/messages` (`ReplySchema` in the panel's handler)."""

    content: Any = Field(default=None, description="Text of the reply.")


class CreateZoneBody(RequestBody):
    """The body of `POST /api/zones` (`CreateZoneSchema` in the panel's handler)."""

    team_id: Any = Field(default=None, description="Team that owns the zone.")
    zone_name: Any = Field(default=None, description="Domain name of the external zone.")
    records: Any = Field(default=None, description="Initial records of the zone.")


class CreateZoneDnssecBody(RequestBody):
    """The body of `POST /api/zones/{zoneId}/dnssec` (`PatchDNSSECSchema` in the panel's handler)."""

    enabled: Any = Field(default=None, description="Enable (true) or disable (false) DNSSEC.")


class CreateZoneRecordBody(RequestBody):
    """The body of `POST /api/zones/{zoneId}/records` (`AddRecordSchema` in the panel's handler)."""

    name: Any = Field(default=None, description="Record name.")
    type: Any = Field(default=None, description="Record type.")
    content: Any = Field(default=None, description="Record content.")
    ttl: Any = Field(default=None, description="Time to live in seconds.")


class CreateZoneRecordLockBody(RequestBody):
    """The body of `POST /api/zones/{zoneId}/records/lock` (`LockSchema` in the panel's handler)."""

    record_name: Any = Field(
        default=None, alias="recordName", description="Name of the record to lock."
    )
    record_type: Any = Field(
        default=None, alias="recordType", description="Type of the record to lock."
    )
    reason: Any = Field(default=None, description="Reason for the lock.")


class CreateZoneRecordProxyBody(RequestBody):
    """The body of `POST /api/zones/{zoneId}/records/proxy` (`EnableProxySchema` in the panel's handler)."""

    record_name: Any = Field(
        default=None, alias="recordName", description="Name of the record to proxy."
    )
    record_type: Any = Field(
        default=None, alias="recordType", description="Type of the record to proxy."
    )
    origin_content: Any = Field(
        default=None, alias="originContent", description="Origin the proxy forwards to."
    )
    origin_port: Any = Field(default=None, alias="originPort", description="Origin port.")
    origin_scheme: Any = Field(default=None, alias="originScheme", description="Origin scheme.")


class ImportZoneBody(RequestBody):
    """The body of `POST /api/zones/{zoneId}/import` (`ImportSchema` in the panel's handler)."""

    format: Any = Field(description="Format of the imported content.")
    content: Any = Field(description="Records to import.")
    dry_run: Any = Field(
        default=None, alias="dryRun", description="Validate the import without applying it."
    )


class PowerServiceBareMetalBody(RequestBody):
    """The body of `POST /api/services/{id}/bare-metal/power` (`BodySchema` in the panel's handler)."""

    action: Any = Field(default=None, description="Power action to perform on the server.")


class RateTicketBody(RequestBody):
    """The body of `POST /api/tickets/{id}/rate` (`RateSchema` in the panel's handler)."""

    rating: float | None = Field(
        default=None, ge=1, le=5, description="Satisfaction rating from 1 to 5."
    )


class ReinstallServiceBareMetalBody(RequestBody):
    """The body of `POST /api/services/{id}/bare-metal/reinstall` (`BodySchema` in the panel's handler)."""

    profile_id: Any = Field(
        default=None, alias="profileId", description="Tenantos installation profile to install."
    )
    disklayout_id: Any = Field(
        default=None, alias="disklayoutId", description="Tenantos disk layout to apply."
    )
    rootpassword: Any = Field(default=None, description="Root password for the new installation.")
    run_scripts: Any = Field(
        default=None, alias="runScripts", description="Whether post-installation scripts run."
    )
    userprovided_disk_layout: Any = Field(
        default=None,
        alias="userprovidedDiskLayout",
        description="Custom disk layout supplied by the user.",
    )
    hostname: Any = Field(default=None, description="Hostname of the reinstalled server.")
    sshkeys: Any = Field(default=None, description="SSH keys installed on the server.")
    configure_all_ipvfour: Any = Field(
        default=None, description="Whether all IPv4 addresses are configured."
    )
    configure_all_ipvsix: Any = Field(
        default=None, description="Whether all IPv6 addresses are configured."
    )
    install_power_action: Any = Field(
        default=None,
        alias="installPowerAction",
        description="Power action used to start the installation.",
    )


class RescueServiceBareMetalBody(RequestBody):
    """The body of `POST /api/services/{id}/bare-metal/rescue` (`BodySchema` in the panel's handler)."""

    profile_id: Any = Field(
        default=None, alias="profileId", description="Tenantos rescue profile to boot."
    )
    message: Any = Field(default=None, description="Message attached to the rescue request.")


class ScanZoneBody(RequestBody):
    """The body of `POST /api/zones/scan` (`ScanSchema` in the panel's handler)."""

    domain: Any = Field(default=None, description="Domain scanned for existing records.")


class StatsServiceBareMetalBody(RequestBody):
    """The body of `POST /api/services/{id}/bare-metal/stats` (`BodySchema` in the panel's handler)."""

    category: Any = Field(default=None, description="Tenantos stats category to query.")
    mode: Any = Field(default=None, description="Stats mode passed to Tenantos.")
    payload: Any = Field(
        default=None, description="Parameters forwarded to the Tenantos stats endpoint."
    )


class SyncStripeBillingInvoiceBody(RequestBody):
    """The body of `POST /api/billing/invoices/sync-stripe` (`BodySchema` in the panel's handler)."""

    session_id: Any = Field(
        default=None, description="Stripe Checkout session whose payment is applied."
    )


class TransferTeamBody(RequestBody):
    """The body of `POST /api/teams/{teamId}/transfer` (`TransferSchema` in the panel's handler)."""

    new_owner_id: Any = Field(
        default=None, alias="newOwnerId", description="User who becomes the team owner."
    )


class UpdateBillingAutoTopupBody(RequestBody):
    """The body of `PATCH /api/billing/auto-topup` (`AutoTopupSchema` in the panel's handler)."""

    team_id: Any = Field(default=None, description="Team whose auto-topup settings are updated.")
    enabled: Any = Field(default=None, description="Whether auto-topup is enabled.")
    threshold: Any = Field(default=None, description="Balance below which a top-up is made.")
    amount: Any = Field(
        default=None,
        description="Top-up amount; allowed amounts come from GET /api/billing/config.",
    )
    auto_pay_invoices: Any = Field(
        default=None,
        alias="autoPayInvoices",
        description="Whether invoices are paid automatically from the balance.",
    )


class UpdateDomainContactBody(RequestBody):
    """The body of `PATCH /api/domains/contacts/{id}` (`UpdateContactSchema` in the panel's handler)."""

    first_name: Any = Field(default=None, alias="firstName", description="Contact first name.")
    last_name: Any = Field(default=None, alias="lastName", description="Contact last name.")
    email: Any = Field(default=None, description="Contact email address.")
    phone: Any = Field(default=None, description="Contact phone number.")
    address: Any = Field(default=None, description="Street address.")
    city: Any = Field(default=None, description="City.")
    state_province: Any = Field(
        default=None, alias="stateProvince", description="State or province."
    )
    postal_code: Any = Field(default=None, alias="postalCode", description="Postal code.")
    country: Any = Field(default=None, description="Country.")
    company_name: Any = Field(default=None, alias="companyName", description="Company name.")


class UpdateServiceAlertRuleBody(RequestBody):
    """The body of `PATCH /api/services/{id}/alert-rules/{ruleId}` (`PatchSchema` in the panel's handler)."""

    enabled: Any = Field(default=None, description="Whether the alert rule is active.")
    threshold: Any = Field(default=None, description="Metric value at which the rule fires.")
    duration_minutes: Any = Field(
        default=None,
        alias="durationMinutes",
        description="Minutes the condition must hold before the rule fires.",
    )
    severity: Any = Field(default=None, description="Severity of alerts raised by the rule.")


class UpdateServiceBareMetalNotesBody(RequestBody):
    """The body of `PATCH /api/services/{id}/bare-metal/notes` (`PatchSchema` in the panel's handler)."""

    notes: Any = Field(default=None, description="Notes saved on the bare-metal service.")


class UpdateServiceBillingPeriodBody(RequestBody):
    """The body of `PATCH /api/services/{id}/billing-period` (`RequestSchema` in the panel's handler)."""

    billing_period: Any = Field(
        default=None,
        alias="billingPeriod",
        description="New billing period; takes effect at next renewal.",
    )


class UpdateTeamBody(RequestBody):
    """The body of `PATCH /api/teams/{teamId}` (`PatchTeamSchema` in the panel's handler)."""

    name: Any = Field(default=None, description="Team name.")
    billing_email: Any = Field(
        default=None, alias="billingEmail", description="Billing email address."
    )
    company_name: Any = Field(
        default=None, alias="companyName", description="Company name for billing."
    )
    billing_street: Any = Field(
        default=None, alias="billingStreet", description="Billing street address."
    )
    billing_city: Any = Field(default=None, alias="billingCity", description="Billing city.")
    billing_state: Any = Field(
        default=None, alias="billingState", description="Billing state or province."
    )
    billing_postal: Any = Field(
        default=None, alias="billingPostal", description="Billing postal code."
    )
    billing_country: Any = Field(
        default=None, alias="billingCountry", description="Billing country."
    )
    vat_number: Any = Field(default=None, alias="vatNumber", description="VAT number.")


class UpdateTeamMemberBody(RequestBody):
    """The body of `PATCH /api/teams/{teamId}/members/{memberId}` (`PatchMemberSchema` in the panel's handler)."""

    role: Any = Field(default=None, description="New team role of the member.")


class UpdateTeamMonitoringSettingsBody(RequestBody):
    """The body of `PATCH /api/teams/{teamId}/monitoring-settings` (`PatchSchema` in the panel's handler)."""

    profile_name: Any = Field(
        default=None, alias="profileName", description="Name of the notification profile."
    )
    discord_webhook_url: Any = Field(
        default=None,
        alias="discordWebhookUrl",
        description="URL of the Discord webhook notified of alerts.",
    )
    generic_webhook_url: Any = Field(
        default=None,
        alias="genericWebhookUrl",
        description="URL of the generic webhook notified of alerts.",
    )


class UpdateTicketMessageBody(RequestBody):
    """The body of `PATCH /api/tickets/{id}/messages/{messageId}` (`EditSchema` in the panel's handler)."""

    content: Any = Field(
        default=None, description="New text of the message (own message, within 15 min)."
    )


class UpdateZoneBody(RequestBody):
    """The body of `PATCH /api/zones/{zoneId}` (`PatchZoneSchema` in the panel's handler)."""

    expires_at: Any = Field(
        default=None,
        description="Zone expiry date (the page does not say whether a date or a date-time).",
    )


class UpdateZoneRecordBody(RequestBody):
    """The body of `PATCH /api/zones/{zoneId}/records` (`UpdateRecordSchema` in the panel's handler)."""

    name: Any = Field(default=None, description="Name of the record to update.")
    type: Any = Field(default=None, description="Type of the record to update.")
    ttl: Any = Field(default=None, description="New time to live in seconds.")
    content: Any = Field(default=None, description="New record content.")

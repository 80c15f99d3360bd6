"""Types for annotations in your code: options, uploads, binary results, and the responses the
API documents as an object with a known key."""

from typing import Any, TypedDict

from ._types import BinaryContent, ClientOptions, FileContent, FileInput, QueryValue, RequestOptions

__all__ = [
    "BinaryContent",
    "ClientOptions",
    "CreateDomainContactResponse",
    "CreateTicketResponse",
    "CreateZoneRecordResponse",
    "FileContent",
    "FileInput",
    "ListBillingInvoiceResponse",
    "ListBillingTransactionResponse",
    "ListDomainContactResponse",
    "ListDomainResponse",
    "ListServiceResponse",
    "ListTeamBackupClusterResponse",
    "ListTicketResponse",
    "ListTicketTemplateResponse",
    "ListZoneHistoryResponse",
    "QueryValue",
    "RequestOptions",
    "ResetDomainAuthcodeResponse",
    "RetrieveBillingInvoiceResponse",
    "RetrieveDomainAuthcodeResponse",
    "RetrieveDomainContactResponse",
    "RetrieveTicketUnreadCountResponse",
    "RevealConnectionTeamDatabaseInstanceResponse",
    "UpdateZoneRecordResponse",
]


class CreateDomainContactResponse(TypedDict):
    """The JSON body of `POST /api/domains/contacts`: an object with `contact` (and maybe more)."""

    contact: Any


class CreateTicketResponse(TypedDict):
    """The JSON body of `POST /api/tickets`: an object with `ticket` (and maybe more)."""

    ticket: Any


class CreateZoneRecordResponse(TypedDict):
    """The JSON body of `POST /api/zones/{zoneId}/records`: an object with `record` (and maybe more)."""

    record: Any


class ListBillingInvoiceResponse(TypedDict):
    """The JSON body of `GET /api/billing/invoices`: an object with `invoices` (and maybe more)."""

    invoices: Any


class ListBillingTransactionResponse(TypedDict):
    """The JSON body of `GET /api/billing/transactions`: an object with `transactions` (and maybe more)."""

    transactions: Any


class ListDomainContactResponse(TypedDict):
    """The JSON body of `GET /api/domains/contacts`: an object with `contacts` (and maybe more)."""

    contacts: Any


class ListDomainResponse(TypedDict):
    """The JSON body of `GET /api/domains`: an object with `domains` (and maybe more)."""

    domains: Any


class ListServiceResponse(TypedDict):
    """The JSON body of `GET /api/services`: an object with `services` (and maybe more)."""

    services: Any


class ListTeamBackupClusterResponse(TypedDict):
    """The JSON body of `GET /api/teams/{teamId}/backup/clusters`: an object with `clusters` (and maybe more)."""

    clusters: Any


class ListTicketResponse(TypedDict):
    """The JSON body of `GET /api/tickets`: an object with `tickets` (and maybe more)."""

    tickets: Any


class ListTicketTemplateResponse(TypedDict):
    """The JSON body of `GET /api/tickets/templates`: an object with `templates` (and maybe more)."""

    templates: Any


class ListZoneHistoryResponse(TypedDict):
    """The JSON body of `GET /api/zones/{zoneId}/history`: an object with `history` (and maybe more)."""

    history: Any


class ResetDomainAuthcodeResponse(TypedDict):
    """The JSON body of `POST /api/domains/{id}/authcode/reset`: an object with `authCode` (and maybe more)."""

    authCode: Any


class RetrieveBillingInvoiceResponse(TypedDict):
    """The JSON body of `GET /api/billing/invoices/{id}`: an object with `invoice` (and maybe more)."""

    invoice: Any


class RetrieveDomainAuthcodeResponse(TypedDict):
    """The JSON body of `GET /api/domains/{id}/authcode`: an object with `authCode` (and maybe more)."""

    authCode: Any


class RetrieveDomainContactResponse(TypedDict):
    """The JSON body of `GET /api/domains/contacts/{id}`: an object with `contact` (and maybe more)."""

    contact: Any


class RetrieveTicketUnreadCountResponse(TypedDict):
    """The JSON body of `GET /api/tickets/unread-count`: an object with `count` (and maybe more)."""

    count: Any


class RevealConnectionTeamDatabaseInstanceResponse(TypedDict):
    """The JSON body of `POST /api/teams/{teamId}/database/instances/{instanceId}/reveal-connection`: an object with `connectionString` (and maybe more)."""

    connectionString: Any


class UpdateZoneRecordResponse(TypedDict):
    """The JSON body of `PATCH /api/zones/{zoneId}/records`: an object with `record` (and maybe more)."""

    record: Any

"""Response models: what each JSON operation returns, imported by the first call that returns
one (importing the package never loads pydantic).

Attribute access by Python name (`zones.zones[0].zone_name`), the body as sent with
`to_dict()` / `to_json()`, a key by its JSON name with `model["key"]`. Built without validation:
keys the API adds are kept, keys it drops read as None. Each docstring says where the shape
comes from (the overlay, the catalog's example, or only a documented key).
"""

from __future__ import annotations

import typing

import pydantic

from . import _models

__all__ = [
    "BillingInvoiceListResponse",
    "BillingInvoiceRetrieveResponse",
    "BillingTransactionListResponse",
    "DomainAuthcodeResetResponse",
    "DomainAuthcodeRetrieveResponse",
    "DomainContactCreateResponse",
    "DomainContactListResponse",
    "DomainContactRetrieveResponse",
    "DomainListResponse",
    "ServiceListResponse",
    "TeamBackupClusterListResponse",
    "TeamDatabaseInstanceRevealConnectionResponse",
    "TicketCreateResponse",
    "TicketListResponse",
    "TicketTemplateListResponse",
    "TicketUnreadCountRetrieveResponse",
    "ZoneHistoryListResponse",
    "ZoneRecordCreateResponse",
    "ZoneRecordUpdateResponse",
]


class BillingInvoiceListResponse(_models.BaseModel):
    """The JSON body of `GET /api/billing/invoices`.

    The catalog names this key and says no more.
    """

    invoices: typing.Any


class BillingInvoiceRetrieveResponse(_models.BaseModel):
    """The JSON body of `GET /api/billing/invoices/{id}`.

    The catalog names this key and says no more.
    """

    invoice: typing.Any


class BillingTransactionListResponse(_models.BaseModel):
    """The JSON body of `GET /api/billing/transactions`.

    The catalog names this key and says no more.
    """

    transactions: typing.Any


class DomainAuthcodeResetResponse(_models.BaseModel):
    """The JSON body of `POST /api/domains/{id}/authcode/reset`.

    The catalog names this key and says no more.
    """

    auth_code: typing.Any = pydantic.Field(alias="authCode")


class DomainAuthcodeRetrieveResponse(_models.BaseModel):
    """The JSON body of `GET /api/domains/{id}/authcode`.

    The catalog names this key and says no more.
    """

    auth_code: typing.Any = pydantic.Field(alias="authCode")


class DomainContactCreateResponse(_models.BaseModel):
    """The JSON body of `POST /api/domains/contacts`.

    The catalog names this key and says no more.
    """

    contact: typing.Any


class DomainContactListResponse(_models.BaseModel):
    """The JSON body of `GET /api/domains/contacts`.

    The catalog names this key and says no more.
    """

    contacts: typing.Any


class DomainContactRetrieveResponse(_models.BaseModel):
    """The JSON body of `GET /api/domains/contacts/{id}`.

    The catalog names this key and says no more.
    """

    contact: typing.Any


class DomainListResponse(_models.BaseModel):
    """The JSON body of `GET /api/domains`.

    The catalog names this key and says no more.
    """

    domains: typing.Any


class ServiceListResponse(_models.BaseModel):
    """The JSON body of `GET /api/services`.

    The catalog names this key and says no more.
    """

    services: typing.Any


class TeamBackupClusterListResponse(_models.BaseModel):
    """The JSON body of `GET /api/teams/{teamId}/backup/clusters`.

    The catalog names this key and says no more.
    """

    clusters: typing.Any


class TeamDatabaseInstanceRevealConnectionResponse(_models.BaseModel):
    """The JSON body of `POST /api/teams/{teamId}/database/instances/{instanceId}/reveal-connection`.

    The catalog names this key and says no more.
    """

    connection_string: typing.Any = pydantic.Field(alias="connectionString")


class TicketCreateResponse(_models.BaseModel):
    """The JSON body of `POST /api/tickets`.

    The catalog names this key and says no more.
    """

    ticket: typing.Any


class TicketListResponse(_models.BaseModel):
    """The JSON body of `GET /api/tickets`.

    The catalog names this key and says no more.
    """

    tickets: typing.Any


class TicketTemplateListResponse(_models.BaseModel):
    """The JSON body of `GET /api/tickets/templates`.

    The catalog names this key and says no more.
    """

    templates: typing.Any


class TicketUnreadCountRetrieveResponse(_models.BaseModel):
    """The JSON body of `GET /api/tickets/unread-count`.

    The catalog names this key and says no more.
    """

    count: typing.Any


class ZoneHistoryListResponse(_models.BaseModel):
    """The JSON body of `GET /api/zones/{zoneId}/history`.

    The catalog names this key and says no more.
    """

    history: typing.Any


class ZoneRecordCreateResponse(_models.BaseModel):
    """The JSON body of `POST /api/zones/{zoneId}/records`.

    The catalog names this key and says no more.
    """

    record: typing.Any


class ZoneRecordUpdateResponse(_models.BaseModel):
    """The JSON body of `PATCH /api/zones/{zoneId}/records`.

    The catalog names this key and says no more.
    """

    record: typing.Any

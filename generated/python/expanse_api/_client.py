"""`Expanse` and `AsyncExpanse`: one attribute per top-level resource, each imported on first
use, so `import expanse_api` stays about as cheap as `import httpx`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.billing import (
        AsyncBilling,
        AsyncBillingWithRawResponse,
        AsyncBillingWithStreamingResponse,
        Billing,
        BillingWithRawResponse,
        BillingWithStreamingResponse,
    )
    from .resources.domains import (
        AsyncDomains,
        AsyncDomainsWithRawResponse,
        AsyncDomainsWithStreamingResponse,
        Domains,
        DomainsWithRawResponse,
        DomainsWithStreamingResponse,
    )
    from .resources.services import (
        AsyncServices,
        AsyncServicesWithRawResponse,
        AsyncServicesWithStreamingResponse,
        Services,
        ServicesWithRawResponse,
        ServicesWithStreamingResponse,
    )
    from .resources.teams import (
        AsyncTeams,
        AsyncTeamsWithRawResponse,
        AsyncTeamsWithStreamingResponse,
        Teams,
        TeamsWithRawResponse,
        TeamsWithStreamingResponse,
    )
    from .resources.tickets import (
        AsyncTickets,
        AsyncTicketsWithRawResponse,
        AsyncTicketsWithStreamingResponse,
        Tickets,
        TicketsWithRawResponse,
        TicketsWithStreamingResponse,
    )
    from .resources.zones import (
        AsyncZones,
        AsyncZonesWithRawResponse,
        AsyncZonesWithStreamingResponse,
        Zones,
        ZonesWithRawResponse,
        ZonesWithStreamingResponse,
    )


class Expanse(SyncAPIClient):
    """The Expanse panel API.

    Arguments (all optional):

    - api_key: a panel key, `sk_...`; default: the EXPANSE_API_KEY environment variable.
    - base_url: default: EXPANSE_BASE_URL, else https://panel.expanse.host. Plain http:// is
      refused except for localhost, so the key never travels in clear text.
    - timeout: seconds (or an httpx.Timeout) per request; None waits as long as it takes.
    - max_retries: how often a failed call is retried when that is safe (default 2).
    - default_headers: headers sent with every request (a call's extra_headers win).
    - allow_insecure_http: let plain http:// reach a host other than localhost (a mock in
      CI); the key then travels in clear text.
    - http_client: your own httpx.Client (proxies, limits); closing it stays your job.

    `client.with_raw_response` and `client.with_streaming_response` have the same methods,
    returning the response (headers, status, `.parse()`) or a context manager that streams it.
    """

    @cached_property
    def with_raw_response(self) -> ExpanseWithRawResponse:
        return ExpanseWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ExpanseWithStreamingResponse:
        return ExpanseWithStreamingResponse(self)

    @cached_property
    def billing(self) -> Billing:
        from .resources.billing import Billing

        return Billing(self)

    @cached_property
    def domains(self) -> Domains:
        from .resources.domains import Domains

        return Domains(self)

    @cached_property
    def services(self) -> Services:
        from .resources.services import Services

        return Services(self)

    @cached_property
    def teams(self) -> Teams:
        from .resources.teams import Teams

        return Teams(self)

    @cached_property
    def tickets(self) -> Tickets:
        from .resources.tickets import Tickets

        return Tickets(self)

    @cached_property
    def zones(self) -> Zones:
        from .resources.zones import Zones

        return Zones(self)


class AsyncExpanse(AsyncAPIClient):
    """The Expanse panel API for asyncio and trio: `Expanse` with awaitable methods.

    Takes the same arguments, with an httpx.AsyncClient as `http_client`. Use it as
    `async with AsyncExpanse() as client:` or call `await client.close()`. Making it imports
    the body models, so that the first call with a body does not stall the event loop.
    """

    @cached_property
    def with_raw_response(self) -> AsyncExpanseWithRawResponse:
        return AsyncExpanseWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncExpanseWithStreamingResponse:
        return AsyncExpanseWithStreamingResponse(self)

    @cached_property
    def billing(self) -> AsyncBilling:
        from .resources.billing import AsyncBilling

        return AsyncBilling(self)

    @cached_property
    def domains(self) -> AsyncDomains:
        from .resources.domains import AsyncDomains

        return AsyncDomains(self)

    @cached_property
    def services(self) -> AsyncServices:
        from .resources.services import AsyncServices

        return AsyncServices(self)

    @cached_property
    def teams(self) -> AsyncTeams:
        from .resources.teams import AsyncTeams

        return AsyncTeams(self)

    @cached_property
    def tickets(self) -> AsyncTickets:
        from .resources.tickets import AsyncTickets

        return AsyncTickets(self)

    @cached_property
    def zones(self) -> AsyncZones:
        from .resources.zones import AsyncZones

        return AsyncZones(self)


class ExpanseWithRawResponse:
    """`client.with_raw_response`: every method returns the response."""

    def __init__(self, client: Expanse) -> None:
        self._client = client

    @cached_property
    def billing(self) -> BillingWithRawResponse:
        from .resources.billing import BillingWithRawResponse

        return BillingWithRawResponse(self._client.billing)

    @cached_property
    def domains(self) -> DomainsWithRawResponse:
        from .resources.domains import DomainsWithRawResponse

        return DomainsWithRawResponse(self._client.domains)

    @cached_property
    def services(self) -> ServicesWithRawResponse:
        from .resources.services import ServicesWithRawResponse

        return ServicesWithRawResponse(self._client.services)

    @cached_property
    def teams(self) -> TeamsWithRawResponse:
        from .resources.teams import TeamsWithRawResponse

        return TeamsWithRawResponse(self._client.teams)

    @cached_property
    def tickets(self) -> TicketsWithRawResponse:
        from .resources.tickets import TicketsWithRawResponse

        return TicketsWithRawResponse(self._client.tickets)

    @cached_property
    def zones(self) -> ZonesWithRawResponse:
        from .resources.zones import ZonesWithRawResponse

        return ZonesWithRawResponse(self._client.zones)


class ExpanseWithStreamingResponse:
    """`client.with_streaming_response`: every method returns a context manager over the streamed response."""

    def __init__(self, client: Expanse) -> None:
        self._client = client

    @cached_property
    def billing(self) -> BillingWithStreamingResponse:
        from .resources.billing import BillingWithStreamingResponse

        return BillingWithStreamingResponse(self._client.billing)

    @cached_property
    def domains(self) -> DomainsWithStreamingResponse:
        from .resources.domains import DomainsWithStreamingResponse

        return DomainsWithStreamingResponse(self._client.domains)

    @cached_property
    def services(self) -> ServicesWithStreamingResponse:
        from .resources.services import ServicesWithStreamingResponse

        return ServicesWithStreamingResponse(self._client.services)

    @cached_property
    def teams(self) -> TeamsWithStreamingResponse:
        from .resources.teams import TeamsWithStreamingResponse

        return TeamsWithStreamingResponse(self._client.teams)

    @cached_property
    def tickets(self) -> TicketsWithStreamingResponse:
        from .resources.tickets import TicketsWithStreamingResponse

        return TicketsWithStreamingResponse(self._client.tickets)

    @cached_property
    def zones(self) -> ZonesWithStreamingResponse:
        from .resources.zones import ZonesWithStreamingResponse

        return ZonesWithStreamingResponse(self._client.zones)


class AsyncExpanseWithRawResponse:
    """`client.with_raw_response`: every method returns the response."""

    def __init__(self, client: AsyncExpanse) -> None:
        self._client = client

    @cached_property
    def billing(self) -> AsyncBillingWithRawResponse:
        from .resources.billing import AsyncBillingWithRawResponse

        return AsyncBillingWithRawResponse(self._client.billing)

    @cached_property
    def domains(self) -> AsyncDomainsWithRawResponse:
        from .resources.domains import AsyncDomainsWithRawResponse

        return AsyncDomainsWithRawResponse(self._client.domains)

    @cached_property
    def services(self) -> AsyncServicesWithRawResponse:
        from .resources.services import AsyncServicesWithRawResponse

        return AsyncServicesWithRawResponse(self._client.services)

    @cached_property
    def teams(self) -> AsyncTeamsWithRawResponse:
        from .resources.teams import AsyncTeamsWithRawResponse

        return AsyncTeamsWithRawResponse(self._client.teams)

    @cached_property
    def tickets(self) -> AsyncTicketsWithRawResponse:
        from .resources.tickets import AsyncTicketsWithRawResponse

        return AsyncTicketsWithRawResponse(self._client.tickets)

    @cached_property
    def zones(self) -> AsyncZonesWithRawResponse:
        from .resources.zones import AsyncZonesWithRawResponse

        return AsyncZonesWithRawResponse(self._client.zones)


class AsyncExpanseWithStreamingResponse:
    """`client.with_streaming_response`: every method returns a context manager over the streamed response."""

    def __init__(self, client: AsyncExpanse) -> None:
        self._client = client

    @cached_property
    def billing(self) -> AsyncBillingWithStreamingResponse:
        from .resources.billing import AsyncBillingWithStreamingResponse

        return AsyncBillingWithStreamingResponse(self._client.billing)

    @cached_property
    def domains(self) -> AsyncDomainsWithStreamingResponse:
        from .resources.domains import AsyncDomainsWithStreamingResponse

        return AsyncDomainsWithStreamingResponse(self._client.domains)

    @cached_property
    def services(self) -> AsyncServicesWithStreamingResponse:
        from .resources.services import AsyncServicesWithStreamingResponse

        return AsyncServicesWithStreamingResponse(self._client.services)

    @cached_property
    def teams(self) -> AsyncTeamsWithStreamingResponse:
        from .resources.teams import AsyncTeamsWithStreamingResponse

        return AsyncTeamsWithStreamingResponse(self._client.teams)

    @cached_property
    def tickets(self) -> AsyncTicketsWithStreamingResponse:
        from .resources.tickets import AsyncTicketsWithStreamingResponse

        return AsyncTicketsWithStreamingResponse(self._client.tickets)

    @cached_property
    def zones(self) -> AsyncZonesWithStreamingResponse:
        from .resources.zones import AsyncZonesWithStreamingResponse

        return AsyncZonesWithStreamingResponse(self._client.zones)

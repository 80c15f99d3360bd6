"""`Expanse` and `AsyncExpanse`: one attribute per top-level resource, each imported on first
use, so `import expanse_api` stays about as cheap as `import httpx`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.billing import AsyncBilling, Billing
    from .resources.domains import AsyncDomains, Domains
    from .resources.services import AsyncServices, Services
    from .resources.teams import AsyncTeams, Teams
    from .resources.tickets import AsyncTickets, Tickets
    from .resources.zones import AsyncZones, Zones


class Expanse(SyncAPIClient):
    """The Expanse panel API.

    Arguments (all optional):

    - api_key: a panel key, `sk_...`; default: the EXPANSE_API_KEY environment variable.
    - base_url: default: EXPANSE_BASE_URL, else https://panel.expanse.host. Plain http:// is
      refused except for localhost, so the key never travels in clear text.
    - timeout: seconds (or an httpx.Timeout) per request; None waits as long as it takes.
    - max_retries: how often a failed call is retried when that is safe (default 2).
    - http_client: your own httpx.Client (proxies, limits); closing it stays your job.
    """

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
    `async with AsyncExpanse() as client:` or call `await client.close()`.
    """

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

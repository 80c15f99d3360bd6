"""`client.domains` and everything under it: the sync classes, then the async ones."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base_client import path_segment
from .._operations import OPERATIONS
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any, Unpack

    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .._types import RequestOptions
    from ..responses import (
        DomainAuthcodeResetResponse,
        DomainAuthcodeRetrieveResponse,
        DomainContactCreateResponse,
        DomainContactListResponse,
        DomainContactRetrieveResponse,
        DomainListResponse,
    )


class Domains:
    """Operations under `client.domains`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def authcode(self) -> DomainsAuthcode:
        return DomainsAuthcode(self._client)

    @cached_property
    def check_availability(self) -> DomainsCheckAvailability:
        return DomainsCheckAvailability(self._client)

    @cached_property
    def contacts(self) -> DomainsContacts:
        return DomainsContacts(self._client)

    @cached_property
    def price(self) -> DomainsPrice:
        return DomainsPrice(self._client)

    def list(
        self, *, team_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> DomainListResponse:
        """List team's domains.

        Scope: `domains.read`. `GET /api/domains`
        """
        from ..responses import DomainListResponse

        result: DomainListResponse = self._client._json(
            OPERATIONS["listDomains"],
            "/api/domains",
            options,
            params={"team_id": team_id},
            model=DomainListResponse,
        )
        return result

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get domain detail.

        Scope: `domains.read`. `GET /api/domains/{id}`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveDomain"], f"/api/domains/{path_segment(id, 'id')}", options
        )
        return result

    def update(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update domain.

        Scope: `domains.write`. `PATCH /api/domains/{id}`
        """
        result: Any = self._client._json(
            OPERATIONS["updateDomain"], f"/api/domains/{path_segment(id, 'id')}", options, body=body
        )
        return result


class DomainsAuthcode:
    """Operations under `client.domains.authcode`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> DomainAuthcodeRetrieveResponse:
        """Get auth code.

        Scope: `domains.read`. `GET /api/domains/{id}/authcode`
        """
        from ..responses import DomainAuthcodeRetrieveResponse

        result: DomainAuthcodeRetrieveResponse = self._client._json(
            OPERATIONS["retrieveDomainAuthcode"],
            f"/api/domains/{path_segment(id, 'id')}/authcode",
            options,
            model=DomainAuthcodeRetrieveResponse,
        )
        return result

    def reset(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> DomainAuthcodeResetResponse:
        """Reset auth code.

        Scope: `domains.write`. `POST /api/domains/{id}/authcode/reset`
        """
        from ..responses import DomainAuthcodeResetResponse

        result: DomainAuthcodeResetResponse = self._client._json(
            OPERATIONS["resetDomainAuthcode"],
            f"/api/domains/{path_segment(id, 'id')}/authcode/reset",
            options,
            body=body,
            model=DomainAuthcodeResetResponse,
        )
        return result


class DomainsCheckAvailability:
    """Operations under `client.domains.check_availability`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, *, domain: str | None = None, **options: Unpack[RequestOptions]) -> Any:
        """Check domain availability.

        Scope: `domains.read`. `GET /api/domains/check-availability`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveDomainCheckAvailability"],
            "/api/domains/check-availability",
            options,
            params={"domain": domain},
        )
        return result


class DomainsContacts:
    """Operations under `client.domains.contacts`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self, *, team_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> DomainContactListResponse:
        """List team contacts.

        Scope: `domains.read`. `GET /api/domains/contacts`
        """
        from ..responses import DomainContactListResponse

        result: DomainContactListResponse = self._client._json(
            OPERATIONS["listDomainContacts"],
            "/api/domains/contacts",
            options,
            params={"team_id": team_id},
            model=DomainContactListResponse,
        )
        return result

    def create(
        self,
        *,
        team_id: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        address: str | None = None,
        city: str | None = None,
        state_province: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        company_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> DomainContactCreateResponse:
        """Create contact.

        Scope: `domains.write`. `POST /api/domains/contacts`
        """
        from ..bodies import CreateDomainContactBody
        from ..responses import DomainContactCreateResponse

        result: DomainContactCreateResponse = self._client._json(
            OPERATIONS["createDomainContact"],
            "/api/domains/contacts",
            options,
            body=CreateDomainContactBody._payload(
                team_id=team_id,
                first_name=first_name,
                last_name=last_name,
                email=email,
                phone=phone,
                address=address,
                city=city,
                state_province=state_province,
                postal_code=postal_code,
                country=country,
                company_name=company_name,
            ),
            model=DomainContactCreateResponse,
        )
        return result

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> DomainContactRetrieveResponse:
        """Get contact.

        Scope: `domains.read`. `GET /api/domains/contacts/{id}`
        """
        from ..responses import DomainContactRetrieveResponse

        result: DomainContactRetrieveResponse = self._client._json(
            OPERATIONS["retrieveDomainContact"],
            f"/api/domains/contacts/{path_segment(id, 'id')}",
            options,
            model=DomainContactRetrieveResponse,
        )
        return result

    def update(
        self,
        id: str,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        address: str | None = None,
        city: str | None = None,
        state_province: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        company_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update contact.

        Scope: `domains.write`. `PATCH /api/domains/contacts/{id}`
        """
        from ..bodies import UpdateDomainContactBody

        result: Any = self._client._json(
            OPERATIONS["updateDomainContact"],
            f"/api/domains/contacts/{path_segment(id, 'id')}",
            options,
            body=UpdateDomainContactBody._payload(
                first_name=first_name,
                last_name=last_name,
                email=email,
                phone=phone,
                address=address,
                city=city,
                state_province=state_province,
                postal_code=postal_code,
                country=country,
                company_name=company_name,
            ),
        )
        return result

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete contact.

        Scope: `domains.write`. `DELETE /api/domains/contacts/{id}`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteDomainContact"],
            f"/api/domains/contacts/{path_segment(id, 'id')}",
            options,
        )
        return result

    def validate(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Validate contact, optionally create in OpenProvider.

        Scope: `domains.write`. `POST /api/domains/contacts/{id}/validate`
        """
        result: Any = self._client._json(
            OPERATIONS["validateDomainContact"],
            f"/api/domains/contacts/{path_segment(id, 'id')}/validate",
            options,
            body=body,
        )
        return result


class DomainsPrice:
    """Operations under `client.domains.price`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, *, domain: str | None = None, **options: Unpack[RequestOptions]) -> Any:
        """Fetch domain pricing with markup.

        Scope: `domains.read`. `GET /api/domains/price`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveDomainPrice"],
            "/api/domains/price",
            options,
            params={"domain": domain},
        )
        return result


class AsyncDomains:
    """Operations under `client.domains`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def authcode(self) -> AsyncDomainsAuthcode:
        return AsyncDomainsAuthcode(self._client)

    @cached_property
    def check_availability(self) -> AsyncDomainsCheckAvailability:
        return AsyncDomainsCheckAvailability(self._client)

    @cached_property
    def contacts(self) -> AsyncDomainsContacts:
        return AsyncDomainsContacts(self._client)

    @cached_property
    def price(self) -> AsyncDomainsPrice:
        return AsyncDomainsPrice(self._client)

    async def list(
        self, *, team_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> DomainListResponse:
        """List team's domains.

        Scope: `domains.read`. `GET /api/domains`
        """
        from ..responses import DomainListResponse

        result: DomainListResponse = await self._client._json(
            OPERATIONS["listDomains"],
            "/api/domains",
            options,
            params={"team_id": team_id},
            model=DomainListResponse,
        )
        return result

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get domain detail.

        Scope: `domains.read`. `GET /api/domains/{id}`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveDomain"], f"/api/domains/{path_segment(id, 'id')}", options
        )
        return result

    async def update(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update domain.

        Scope: `domains.write`. `PATCH /api/domains/{id}`
        """
        result: Any = await self._client._json(
            OPERATIONS["updateDomain"], f"/api/domains/{path_segment(id, 'id')}", options, body=body
        )
        return result


class AsyncDomainsAuthcode:
    """Operations under `client.domains.authcode`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> DomainAuthcodeRetrieveResponse:
        """Get auth code.

        Scope: `domains.read`. `GET /api/domains/{id}/authcode`
        """
        from ..responses import DomainAuthcodeRetrieveResponse

        result: DomainAuthcodeRetrieveResponse = await self._client._json(
            OPERATIONS["retrieveDomainAuthcode"],
            f"/api/domains/{path_segment(id, 'id')}/authcode",
            options,
            model=DomainAuthcodeRetrieveResponse,
        )
        return result

    async def reset(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> DomainAuthcodeResetResponse:
        """Reset auth code.

        Scope: `domains.write`. `POST /api/domains/{id}/authcode/reset`
        """
        from ..responses import DomainAuthcodeResetResponse

        result: DomainAuthcodeResetResponse = await self._client._json(
            OPERATIONS["resetDomainAuthcode"],
            f"/api/domains/{path_segment(id, 'id')}/authcode/reset",
            options,
            body=body,
            model=DomainAuthcodeResetResponse,
        )
        return result


class AsyncDomainsCheckAvailability:
    """Operations under `client.domains.check_availability`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self, *, domain: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Check domain availability.

        Scope: `domains.read`. `GET /api/domains/check-availability`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveDomainCheckAvailability"],
            "/api/domains/check-availability",
            options,
            params={"domain": domain},
        )
        return result


class AsyncDomainsContacts:
    """Operations under `client.domains.contacts`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self, *, team_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> DomainContactListResponse:
        """List team contacts.

        Scope: `domains.read`. `GET /api/domains/contacts`
        """
        from ..responses import DomainContactListResponse

        result: DomainContactListResponse = await self._client._json(
            OPERATIONS["listDomainContacts"],
            "/api/domains/contacts",
            options,
            params={"team_id": team_id},
            model=DomainContactListResponse,
        )
        return result

    async def create(
        self,
        *,
        team_id: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        address: str | None = None,
        city: str | None = None,
        state_province: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        company_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> DomainContactCreateResponse:
        """Create contact.

        Scope: `domains.write`. `POST /api/domains/contacts`
        """
        from ..bodies import CreateDomainContactBody
        from ..responses import DomainContactCreateResponse

        result: DomainContactCreateResponse = await self._client._json(
            OPERATIONS["createDomainContact"],
            "/api/domains/contacts",
            options,
            body=CreateDomainContactBody._payload(
                team_id=team_id,
                first_name=first_name,
                last_name=last_name,
                email=email,
                phone=phone,
                address=address,
                city=city,
                state_province=state_province,
                postal_code=postal_code,
                country=country,
                company_name=company_name,
            ),
            model=DomainContactCreateResponse,
        )
        return result

    async def retrieve(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> DomainContactRetrieveResponse:
        """Get contact.

        Scope: `domains.read`. `GET /api/domains/contacts/{id}`
        """
        from ..responses import DomainContactRetrieveResponse

        result: DomainContactRetrieveResponse = await self._client._json(
            OPERATIONS["retrieveDomainContact"],
            f"/api/domains/contacts/{path_segment(id, 'id')}",
            options,
            model=DomainContactRetrieveResponse,
        )
        return result

    async def update(
        self,
        id: str,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        address: str | None = None,
        city: str | None = None,
        state_province: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        company_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update contact.

        Scope: `domains.write`. `PATCH /api/domains/contacts/{id}`
        """
        from ..bodies import UpdateDomainContactBody

        result: Any = await self._client._json(
            OPERATIONS["updateDomainContact"],
            f"/api/domains/contacts/{path_segment(id, 'id')}",
            options,
            body=UpdateDomainContactBody._payload(
                first_name=first_name,
                last_name=last_name,
                email=email,
                phone=phone,
                address=address,
                city=city,
                state_province=state_province,
                postal_code=postal_code,
                country=country,
                company_name=company_name,
            ),
        )
        return result

    async def delete(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete contact.

        Scope: `domains.write`. `DELETE /api/domains/contacts/{id}`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteDomainContact"],
            f"/api/domains/contacts/{path_segment(id, 'id')}",
            options,
        )
        return result

    async def validate(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Validate contact, optionally create in OpenProvider.

        Scope: `domains.write`. `POST /api/domains/contacts/{id}/validate`
        """
        result: Any = await self._client._json(
            OPERATIONS["validateDomainContact"],
            f"/api/domains/contacts/{path_segment(id, 'id')}/validate",
            options,
            body=body,
        )
        return result


class AsyncDomainsPrice:
    """Operations under `client.domains.price`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self, *, domain: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Fetch domain pricing with markup.

        Scope: `domains.read`. `GET /api/domains/price`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveDomainPrice"],
            "/api/domains/price",
            options,
            params={"domain": domain},
        )
        return result


class DomainsWithRawResponse:
    """`client.with_raw_response.domains`: each method returns the response."""

    def __init__(self, resource: Domains) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)

    @cached_property
    def authcode(self) -> DomainsAuthcodeWithRawResponse:
        return DomainsAuthcodeWithRawResponse(self._resource.authcode)

    @cached_property
    def check_availability(self) -> DomainsCheckAvailabilityWithRawResponse:
        return DomainsCheckAvailabilityWithRawResponse(self._resource.check_availability)

    @cached_property
    def contacts(self) -> DomainsContactsWithRawResponse:
        return DomainsContactsWithRawResponse(self._resource.contacts)

    @cached_property
    def price(self) -> DomainsPriceWithRawResponse:
        return DomainsPriceWithRawResponse(self._resource.price)


class DomainsWithStreamingResponse:
    """`client.with_streaming_response.domains`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: Domains) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)

    @cached_property
    def authcode(self) -> DomainsAuthcodeWithStreamingResponse:
        return DomainsAuthcodeWithStreamingResponse(self._resource.authcode)

    @cached_property
    def check_availability(self) -> DomainsCheckAvailabilityWithStreamingResponse:
        return DomainsCheckAvailabilityWithStreamingResponse(self._resource.check_availability)

    @cached_property
    def contacts(self) -> DomainsContactsWithStreamingResponse:
        return DomainsContactsWithStreamingResponse(self._resource.contacts)

    @cached_property
    def price(self) -> DomainsPriceWithStreamingResponse:
        return DomainsPriceWithStreamingResponse(self._resource.price)


class AsyncDomainsWithRawResponse:
    """`client.with_raw_response.domains`: each method returns the response."""

    def __init__(self, resource: AsyncDomains) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)

    @cached_property
    def authcode(self) -> AsyncDomainsAuthcodeWithRawResponse:
        return AsyncDomainsAuthcodeWithRawResponse(self._resource.authcode)

    @cached_property
    def check_availability(self) -> AsyncDomainsCheckAvailabilityWithRawResponse:
        return AsyncDomainsCheckAvailabilityWithRawResponse(self._resource.check_availability)

    @cached_property
    def contacts(self) -> AsyncDomainsContactsWithRawResponse:
        return AsyncDomainsContactsWithRawResponse(self._resource.contacts)

    @cached_property
    def price(self) -> AsyncDomainsPriceWithRawResponse:
        return AsyncDomainsPriceWithRawResponse(self._resource.price)


class AsyncDomainsWithStreamingResponse:
    """`client.with_streaming_response.domains`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncDomains) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)

    @cached_property
    def authcode(self) -> AsyncDomainsAuthcodeWithStreamingResponse:
        return AsyncDomainsAuthcodeWithStreamingResponse(self._resource.authcode)

    @cached_property
    def check_availability(self) -> AsyncDomainsCheckAvailabilityWithStreamingResponse:
        return AsyncDomainsCheckAvailabilityWithStreamingResponse(self._resource.check_availability)

    @cached_property
    def contacts(self) -> AsyncDomainsContactsWithStreamingResponse:
        return AsyncDomainsContactsWithStreamingResponse(self._resource.contacts)

    @cached_property
    def price(self) -> AsyncDomainsPriceWithStreamingResponse:
        return AsyncDomainsPriceWithStreamingResponse(self._resource.price)


class DomainsAuthcodeWithRawResponse:
    """`client.with_raw_response.domains.authcode`: each method returns the response."""

    def __init__(self, resource: DomainsAuthcode) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.reset = to_raw_response_wrapper(resource.reset)


class DomainsAuthcodeWithStreamingResponse:
    """`client.with_streaming_response.domains.authcode`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: DomainsAuthcode) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.reset = to_streamed_response_wrapper(resource.reset)


class AsyncDomainsAuthcodeWithRawResponse:
    """`client.with_raw_response.domains.authcode`: each method returns the response."""

    def __init__(self, resource: AsyncDomainsAuthcode) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.reset = async_to_raw_response_wrapper(resource.reset)


class AsyncDomainsAuthcodeWithStreamingResponse:
    """`client.with_streaming_response.domains.authcode`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncDomainsAuthcode) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.reset = async_to_streamed_response_wrapper(resource.reset)


class DomainsCheckAvailabilityWithRawResponse:
    """`client.with_raw_response.domains.check_availability`: each method returns the response."""

    def __init__(self, resource: DomainsCheckAvailability) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class DomainsCheckAvailabilityWithStreamingResponse:
    """`client.with_streaming_response.domains.check_availability`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: DomainsCheckAvailability) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncDomainsCheckAvailabilityWithRawResponse:
    """`client.with_raw_response.domains.check_availability`: each method returns the response."""

    def __init__(self, resource: AsyncDomainsCheckAvailability) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncDomainsCheckAvailabilityWithStreamingResponse:
    """`client.with_streaming_response.domains.check_availability`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncDomainsCheckAvailability) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class DomainsContactsWithRawResponse:
    """`client.with_raw_response.domains.contacts`: each method returns the response."""

    def __init__(self, resource: DomainsContacts) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.validate = to_raw_response_wrapper(resource.validate)


class DomainsContactsWithStreamingResponse:
    """`client.with_streaming_response.domains.contacts`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: DomainsContacts) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.validate = to_streamed_response_wrapper(resource.validate)


class AsyncDomainsContactsWithRawResponse:
    """`client.with_raw_response.domains.contacts`: each method returns the response."""

    def __init__(self, resource: AsyncDomainsContacts) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.validate = async_to_raw_response_wrapper(resource.validate)


class AsyncDomainsContactsWithStreamingResponse:
    """`client.with_streaming_response.domains.contacts`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncDomainsContacts) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.validate = async_to_streamed_response_wrapper(resource.validate)


class DomainsPriceWithRawResponse:
    """`client.with_raw_response.domains.price`: each method returns the response."""

    def __init__(self, resource: DomainsPrice) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class DomainsPriceWithStreamingResponse:
    """`client.with_streaming_response.domains.price`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: DomainsPrice) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncDomainsPriceWithRawResponse:
    """`client.with_raw_response.domains.price`: each method returns the response."""

    def __init__(self, resource: AsyncDomainsPrice) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncDomainsPriceWithStreamingResponse:
    """`client.with_streaming_response.domains.price`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncDomainsPrice) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)

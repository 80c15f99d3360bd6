"""`client.tickets` and everything under it: the sync classes, then the async ones."""

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
    from collections.abc import Mapping, Sequence
    from typing import Any, Unpack

    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .._types import BinaryContent, FileInput, RequestOptions
    from ..responses import (
        TicketCreateResponse,
        TicketListResponse,
        TicketTemplateListResponse,
        TicketUnreadCountRetrieveResponse,
    )


class Tickets:
    """Operations under `client.tickets`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def attachments(self) -> TicketsAttachments:
        return TicketsAttachments(self._client)

    @cached_property
    def credentials(self) -> TicketsCredentials:
        return TicketsCredentials(self._client)

    @cached_property
    def messages(self) -> TicketsMessages:
        return TicketsMessages(self._client)

    @cached_property
    def templates(self) -> TicketsTemplates:
        return TicketsTemplates(self._client)

    @cached_property
    def unread_count(self) -> TicketsUnreadCount:
        return TicketsUnreadCount(self._client)

    def list(
        self, *, team_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> TicketListResponse:
        """List team tickets.

        Scope: `tickets.read`. `GET /api/tickets`
        """
        from ..responses import TicketListResponse

        result: TicketListResponse = self._client._json(
            OPERATIONS["listTickets"],
            "/api/tickets",
            options,
            params={"team_id": team_id},
            model=TicketListResponse,
        )
        return result

    def create(
        self,
        *,
        team_id: str | None = None,
        subject: str | None = None,
        content: str | None = None,
        priority: str | None = None,
        category: str | None = None,
        service_id: str | None = None,
        template_id: str | None = None,
        is_private: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> TicketCreateResponse:
        """Create ticket.

        Scope: `tickets.write`. `POST /api/tickets`
        """
        from ..bodies import CreateTicketBody
        from ..responses import TicketCreateResponse

        result: TicketCreateResponse = self._client._json(
            OPERATIONS["createTicket"],
            "/api/tickets",
            options,
            body=CreateTicketBody._payload(
                team_id=team_id,
                subject=subject,
                content=content,
                priority=priority,
                category=category,
                service_id=service_id,
                template_id=template_id,
                is_private=is_private,
            ),
            model=TicketCreateResponse,
        )
        return result

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get single ticket with messages.

        Scope: `tickets.read`. `GET /api/tickets/{id}`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveTicket"], f"/api/tickets/{path_segment(id, 'id')}", options
        )
        return result

    def rate(self, id: str, *, rating: int | None = None, **options: Unpack[RequestOptions]) -> Any:
        """Submit satisfaction rating.

        Scope: `tickets.write`. `POST /api/tickets/{id}/rate`
        """
        from ..bodies import RateTicketBody

        result: Any = self._client._json(
            OPERATIONS["rateTicket"],
            f"/api/tickets/{path_segment(id, 'id')}/rate",
            options,
            body=RateTicketBody._payload(rating=rating),
        )
        return result

    def read(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Mark ticket as read.

        Scope: `tickets.write`. `POST /api/tickets/{id}/read`
        """
        result: Any = self._client._json(
            OPERATIONS["readTicket"],
            f"/api/tickets/{path_segment(id, 'id')}/read",
            options,
            body=body,
        )
        return result

    def reopen(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Reopen resolved/closed ticket.

        Scope: `tickets.write`. `POST /api/tickets/{id}/reopen`
        """
        result: Any = self._client._json(
            OPERATIONS["reopenTicket"],
            f"/api/tickets/{path_segment(id, 'id')}/reopen",
            options,
            body=body,
        )
        return result


class TicketsAttachments:
    """Operations under `client.tickets.attachments`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> BinaryContent:
        """Download ticket attachment.

        Scope: `tickets.read`. `GET /api/tickets/attachments/{id}`
        """
        result: BinaryContent = self._client._binary(
            OPERATIONS["retrieveTicketAttachment"],
            f"/api/tickets/attachments/{path_segment(id, 'id')}",
            options,
        )
        return result


class TicketsCredentials:
    """Operations under `client.tickets.credentials`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """List credentials on a ticket.

        Scope: `tickets.read`. `GET /api/tickets/{id}/credentials`
        """
        result: Any = self._client._json(
            OPERATIONS["listTicketCredentials"],
            f"/api/tickets/{path_segment(id, 'id')}/credentials",
            options,
        )
        return result

    def create(
        self,
        id: str,
        *,
        type: str | None = None,
        username: str | None = None,
        password: str | None = None,
        notes: str | None = None,
        is_sensitive: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Add temp access credentials.

        Scope: `tickets.write`. `POST /api/tickets/{id}/credentials`
        """
        from ..bodies import CreateTicketCredentialBody

        result: Any = self._client._json(
            OPERATIONS["createTicketCredential"],
            f"/api/tickets/{path_segment(id, 'id')}/credentials",
            options,
            body=CreateTicketCredentialBody._payload(
                type=type,
                username=username,
                password=password,
                notes=notes,
                is_sensitive=is_sensitive,
            ),
        )
        return result

    def reveal(
        self,
        id: str,
        cred_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Return the plaintext value of a stored ticket credential.

        Scope: `tickets.write`. `POST /api/tickets/{id}/credentials/{credId}/reveal`
        """
        result: Any = self._client._json(
            OPERATIONS["revealTicketCredential"],
            f"/api/tickets/{path_segment(id, 'id')}/credentials/{path_segment(cred_id, 'cred_id')}/reveal",
            options,
            body=body,
        )
        return result


class TicketsMessages:
    """Operations under `client.tickets.messages`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        id: str,
        *,
        content: str | None = None,
        files: Sequence[FileInput] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Add reply to ticket.

        Scope: `tickets.write`. `POST /api/tickets/{id}/messages`
        """
        from ..bodies import CreateTicketMessageBody

        result: Any = self._client._json(
            OPERATIONS["createTicketMessage"],
            f"/api/tickets/{path_segment(id, 'id')}/messages",
            options,
            body=CreateTicketMessageBody._payload(content=content),
            files={"files": files},
        )
        return result

    def update(
        self,
        id: str,
        message_id: str,
        *,
        content: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Edit own message.

        Scope: `tickets.write`. `PATCH /api/tickets/{id}/messages/{messageId}`
        """
        from ..bodies import UpdateTicketMessageBody

        result: Any = self._client._json(
            OPERATIONS["updateTicketMessage"],
            f"/api/tickets/{path_segment(id, 'id')}/messages/{path_segment(message_id, 'message_id')}",
            options,
            body=UpdateTicketMessageBody._payload(content=content),
        )
        return result

    def delete(self, id: str, message_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Soft-delete own message.

        Scope: `tickets.write`. `DELETE /api/tickets/{id}/messages/{messageId}`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteTicketMessage"],
            f"/api/tickets/{path_segment(id, 'id')}/messages/{path_segment(message_id, 'message_id')}",
            options,
        )
        return result


class TicketsTemplates:
    """Operations under `client.tickets.templates`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self, *, category: str | None = None, **options: Unpack[RequestOptions]
    ) -> TicketTemplateListResponse:
        """List ticket templates by category.

        Scope: `tickets.read`. `GET /api/tickets/templates`
        """
        from ..responses import TicketTemplateListResponse

        result: TicketTemplateListResponse = self._client._json(
            OPERATIONS["listTicketTemplates"],
            "/api/tickets/templates",
            options,
            params={"category": category},
            model=TicketTemplateListResponse,
        )
        return result


class TicketsUnreadCount:
    """Operations under `client.tickets.unread_count`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self, *, team_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> TicketUnreadCountRetrieveResponse:
        """Count unread tickets.

        Scope: `tickets.read`. `GET /api/tickets/unread-count`
        """
        from ..responses import TicketUnreadCountRetrieveResponse

        result: TicketUnreadCountRetrieveResponse = self._client._json(
            OPERATIONS["retrieveTicketUnreadCount"],
            "/api/tickets/unread-count",
            options,
            params={"team_id": team_id},
            model=TicketUnreadCountRetrieveResponse,
        )
        return result


class AsyncTickets:
    """Operations under `client.tickets`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def attachments(self) -> AsyncTicketsAttachments:
        return AsyncTicketsAttachments(self._client)

    @cached_property
    def credentials(self) -> AsyncTicketsCredentials:
        return AsyncTicketsCredentials(self._client)

    @cached_property
    def messages(self) -> AsyncTicketsMessages:
        return AsyncTicketsMessages(self._client)

    @cached_property
    def templates(self) -> AsyncTicketsTemplates:
        return AsyncTicketsTemplates(self._client)

    @cached_property
    def unread_count(self) -> AsyncTicketsUnreadCount:
        return AsyncTicketsUnreadCount(self._client)

    async def list(
        self, *, team_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> TicketListResponse:
        """List team tickets.

        Scope: `tickets.read`. `GET /api/tickets`
        """
        from ..responses import TicketListResponse

        result: TicketListResponse = await self._client._json(
            OPERATIONS["listTickets"],
            "/api/tickets",
            options,
            params={"team_id": team_id},
            model=TicketListResponse,
        )
        return result

    async def create(
        self,
        *,
        team_id: str | None = None,
        subject: str | None = None,
        content: str | None = None,
        priority: str | None = None,
        category: str | None = None,
        service_id: str | None = None,
        template_id: str | None = None,
        is_private: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> TicketCreateResponse:
        """Create ticket.

        Scope: `tickets.write`. `POST /api/tickets`
        """
        from ..bodies import CreateTicketBody
        from ..responses import TicketCreateResponse

        result: TicketCreateResponse = await self._client._json(
            OPERATIONS["createTicket"],
            "/api/tickets",
            options,
            body=CreateTicketBody._payload(
                team_id=team_id,
                subject=subject,
                content=content,
                priority=priority,
                category=category,
                service_id=service_id,
                template_id=template_id,
                is_private=is_private,
            ),
            model=TicketCreateResponse,
        )
        return result

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get single ticket with messages.

        Scope: `tickets.read`. `GET /api/tickets/{id}`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveTicket"], f"/api/tickets/{path_segment(id, 'id')}", options
        )
        return result

    async def rate(
        self, id: str, *, rating: int | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Submit satisfaction rating.

        Scope: `tickets.write`. `POST /api/tickets/{id}/rate`
        """
        from ..bodies import RateTicketBody

        result: Any = await self._client._json(
            OPERATIONS["rateTicket"],
            f"/api/tickets/{path_segment(id, 'id')}/rate",
            options,
            body=RateTicketBody._payload(rating=rating),
        )
        return result

    async def read(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Mark ticket as read.

        Scope: `tickets.write`. `POST /api/tickets/{id}/read`
        """
        result: Any = await self._client._json(
            OPERATIONS["readTicket"],
            f"/api/tickets/{path_segment(id, 'id')}/read",
            options,
            body=body,
        )
        return result

    async def reopen(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Reopen resolved/closed ticket.

        Scope: `tickets.write`. `POST /api/tickets/{id}/reopen`
        """
        result: Any = await self._client._json(
            OPERATIONS["reopenTicket"],
            f"/api/tickets/{path_segment(id, 'id')}/reopen",
            options,
            body=body,
        )
        return result


class AsyncTicketsAttachments:
    """Operations under `client.tickets.attachments`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> BinaryContent:
        """Download ticket attachment.

        Scope: `tickets.read`. `GET /api/tickets/attachments/{id}`
        """
        result: BinaryContent = await self._client._binary(
            OPERATIONS["retrieveTicketAttachment"],
            f"/api/tickets/attachments/{path_segment(id, 'id')}",
            options,
        )
        return result


class AsyncTicketsCredentials:
    """Operations under `client.tickets.credentials`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """List credentials on a ticket.

        Scope: `tickets.read`. `GET /api/tickets/{id}/credentials`
        """
        result: Any = await self._client._json(
            OPERATIONS["listTicketCredentials"],
            f"/api/tickets/{path_segment(id, 'id')}/credentials",
            options,
        )
        return result

    async def create(
        self,
        id: str,
        *,
        type: str | None = None,
        username: str | None = None,
        password: str | None = None,
        notes: str | None = None,
        is_sensitive: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Add temp access credentials.

        Scope: `tickets.write`. `POST /api/tickets/{id}/credentials`
        """
        from ..bodies import CreateTicketCredentialBody

        result: Any = await self._client._json(
            OPERATIONS["createTicketCredential"],
            f"/api/tickets/{path_segment(id, 'id')}/credentials",
            options,
            body=CreateTicketCredentialBody._payload(
                type=type,
                username=username,
                password=password,
                notes=notes,
                is_sensitive=is_sensitive,
            ),
        )
        return result

    async def reveal(
        self,
        id: str,
        cred_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Return the plaintext value of a stored ticket credential.

        Scope: `tickets.write`. `POST /api/tickets/{id}/credentials/{credId}/reveal`
        """
        result: Any = await self._client._json(
            OPERATIONS["revealTicketCredential"],
            f"/api/tickets/{path_segment(id, 'id')}/credentials/{path_segment(cred_id, 'cred_id')}/reveal",
            options,
            body=body,
        )
        return result


class AsyncTicketsMessages:
    """Operations under `client.tickets.messages`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        id: str,
        *,
        content: str | None = None,
        files: Sequence[FileInput] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Add reply to ticket.

        Scope: `tickets.write`. `POST /api/tickets/{id}/messages`
        """
        from ..bodies import CreateTicketMessageBody

        result: Any = await self._client._json(
            OPERATIONS["createTicketMessage"],
            f"/api/tickets/{path_segment(id, 'id')}/messages",
            options,
            body=CreateTicketMessageBody._payload(content=content),
            files={"files": files},
        )
        return result

    async def update(
        self,
        id: str,
        message_id: str,
        *,
        content: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Edit own message.

        Scope: `tickets.write`. `PATCH /api/tickets/{id}/messages/{messageId}`
        """
        from ..bodies import UpdateTicketMessageBody

        result: Any = await self._client._json(
            OPERATIONS["updateTicketMessage"],
            f"/api/tickets/{path_segment(id, 'id')}/messages/{path_segment(message_id, 'message_id')}",
            options,
            body=UpdateTicketMessageBody._payload(content=content),
        )
        return result

    async def delete(self, id: str, message_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Soft-delete own message.

        Scope: `tickets.write`. `DELETE /api/tickets/{id}/messages/{messageId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteTicketMessage"],
            f"/api/tickets/{path_segment(id, 'id')}/messages/{path_segment(message_id, 'message_id')}",
            options,
        )
        return result


class AsyncTicketsTemplates:
    """Operations under `client.tickets.templates`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self, *, category: str | None = None, **options: Unpack[RequestOptions]
    ) -> TicketTemplateListResponse:
        """List ticket templates by category.

        Scope: `tickets.read`. `GET /api/tickets/templates`
        """
        from ..responses import TicketTemplateListResponse

        result: TicketTemplateListResponse = await self._client._json(
            OPERATIONS["listTicketTemplates"],
            "/api/tickets/templates",
            options,
            params={"category": category},
            model=TicketTemplateListResponse,
        )
        return result


class AsyncTicketsUnreadCount:
    """Operations under `client.tickets.unread_count`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self, *, team_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> TicketUnreadCountRetrieveResponse:
        """Count unread tickets.

        Scope: `tickets.read`. `GET /api/tickets/unread-count`
        """
        from ..responses import TicketUnreadCountRetrieveResponse

        result: TicketUnreadCountRetrieveResponse = await self._client._json(
            OPERATIONS["retrieveTicketUnreadCount"],
            "/api/tickets/unread-count",
            options,
            params={"team_id": team_id},
            model=TicketUnreadCountRetrieveResponse,
        )
        return result


class TicketsWithRawResponse:
    """`client.with_raw_response.tickets`: each method returns the response."""

    def __init__(self, resource: Tickets) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.rate = to_raw_response_wrapper(resource.rate)
        self.read = to_raw_response_wrapper(resource.read)
        self.reopen = to_raw_response_wrapper(resource.reopen)

    @cached_property
    def attachments(self) -> TicketsAttachmentsWithRawResponse:
        return TicketsAttachmentsWithRawResponse(self._resource.attachments)

    @cached_property
    def credentials(self) -> TicketsCredentialsWithRawResponse:
        return TicketsCredentialsWithRawResponse(self._resource.credentials)

    @cached_property
    def messages(self) -> TicketsMessagesWithRawResponse:
        return TicketsMessagesWithRawResponse(self._resource.messages)

    @cached_property
    def templates(self) -> TicketsTemplatesWithRawResponse:
        return TicketsTemplatesWithRawResponse(self._resource.templates)

    @cached_property
    def unread_count(self) -> TicketsUnreadCountWithRawResponse:
        return TicketsUnreadCountWithRawResponse(self._resource.unread_count)


class TicketsWithStreamingResponse:
    """`client.with_streaming_response.tickets`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: Tickets) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.rate = to_streamed_response_wrapper(resource.rate)
        self.read = to_streamed_response_wrapper(resource.read)
        self.reopen = to_streamed_response_wrapper(resource.reopen)

    @cached_property
    def attachments(self) -> TicketsAttachmentsWithStreamingResponse:
        return TicketsAttachmentsWithStreamingResponse(self._resource.attachments)

    @cached_property
    def credentials(self) -> TicketsCredentialsWithStreamingResponse:
        return TicketsCredentialsWithStreamingResponse(self._resource.credentials)

    @cached_property
    def messages(self) -> TicketsMessagesWithStreamingResponse:
        return TicketsMessagesWithStreamingResponse(self._resource.messages)

    @cached_property
    def templates(self) -> TicketsTemplatesWithStreamingResponse:
        return TicketsTemplatesWithStreamingResponse(self._resource.templates)

    @cached_property
    def unread_count(self) -> TicketsUnreadCountWithStreamingResponse:
        return TicketsUnreadCountWithStreamingResponse(self._resource.unread_count)


class AsyncTicketsWithRawResponse:
    """`client.with_raw_response.tickets`: each method returns the response."""

    def __init__(self, resource: AsyncTickets) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.rate = async_to_raw_response_wrapper(resource.rate)
        self.read = async_to_raw_response_wrapper(resource.read)
        self.reopen = async_to_raw_response_wrapper(resource.reopen)

    @cached_property
    def attachments(self) -> AsyncTicketsAttachmentsWithRawResponse:
        return AsyncTicketsAttachmentsWithRawResponse(self._resource.attachments)

    @cached_property
    def credentials(self) -> AsyncTicketsCredentialsWithRawResponse:
        return AsyncTicketsCredentialsWithRawResponse(self._resource.credentials)

    @cached_property
    def messages(self) -> AsyncTicketsMessagesWithRawResponse:
        return AsyncTicketsMessagesWithRawResponse(self._resource.messages)

    @cached_property
    def templates(self) -> AsyncTicketsTemplatesWithRawResponse:
        return AsyncTicketsTemplatesWithRawResponse(self._resource.templates)

    @cached_property
    def unread_count(self) -> AsyncTicketsUnreadCountWithRawResponse:
        return AsyncTicketsUnreadCountWithRawResponse(self._resource.unread_count)


class AsyncTicketsWithStreamingResponse:
    """`client.with_streaming_response.tickets`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTickets) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.rate = async_to_streamed_response_wrapper(resource.rate)
        self.read = async_to_streamed_response_wrapper(resource.read)
        self.reopen = async_to_streamed_response_wrapper(resource.reopen)

    @cached_property
    def attachments(self) -> AsyncTicketsAttachmentsWithStreamingResponse:
        return AsyncTicketsAttachmentsWithStreamingResponse(self._resource.attachments)

    @cached_property
    def credentials(self) -> AsyncTicketsCredentialsWithStreamingResponse:
        return AsyncTicketsCredentialsWithStreamingResponse(self._resource.credentials)

    @cached_property
    def messages(self) -> AsyncTicketsMessagesWithStreamingResponse:
        return AsyncTicketsMessagesWithStreamingResponse(self._resource.messages)

    @cached_property
    def templates(self) -> AsyncTicketsTemplatesWithStreamingResponse:
        return AsyncTicketsTemplatesWithStreamingResponse(self._resource.templates)

    @cached_property
    def unread_count(self) -> AsyncTicketsUnreadCountWithStreamingResponse:
        return AsyncTicketsUnreadCountWithStreamingResponse(self._resource.unread_count)


class TicketsAttachmentsWithRawResponse:
    """`client.with_raw_response.tickets.attachments`: each method returns the response."""

    def __init__(self, resource: TicketsAttachments) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class TicketsAttachmentsWithStreamingResponse:
    """`client.with_streaming_response.tickets.attachments`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TicketsAttachments) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncTicketsAttachmentsWithRawResponse:
    """`client.with_raw_response.tickets.attachments`: each method returns the response."""

    def __init__(self, resource: AsyncTicketsAttachments) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncTicketsAttachmentsWithStreamingResponse:
    """`client.with_streaming_response.tickets.attachments`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTicketsAttachments) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class TicketsCredentialsWithRawResponse:
    """`client.with_raw_response.tickets.credentials`: each method returns the response."""

    def __init__(self, resource: TicketsCredentials) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.reveal = to_raw_response_wrapper(resource.reveal)


class TicketsCredentialsWithStreamingResponse:
    """`client.with_streaming_response.tickets.credentials`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TicketsCredentials) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.reveal = to_streamed_response_wrapper(resource.reveal)


class AsyncTicketsCredentialsWithRawResponse:
    """`client.with_raw_response.tickets.credentials`: each method returns the response."""

    def __init__(self, resource: AsyncTicketsCredentials) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.reveal = async_to_raw_response_wrapper(resource.reveal)


class AsyncTicketsCredentialsWithStreamingResponse:
    """`client.with_streaming_response.tickets.credentials`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTicketsCredentials) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.reveal = async_to_streamed_response_wrapper(resource.reveal)


class TicketsMessagesWithRawResponse:
    """`client.with_raw_response.tickets.messages`: each method returns the response."""

    def __init__(self, resource: TicketsMessages) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class TicketsMessagesWithStreamingResponse:
    """`client.with_streaming_response.tickets.messages`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TicketsMessages) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncTicketsMessagesWithRawResponse:
    """`client.with_raw_response.tickets.messages`: each method returns the response."""

    def __init__(self, resource: AsyncTicketsMessages) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncTicketsMessagesWithStreamingResponse:
    """`client.with_streaming_response.tickets.messages`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTicketsMessages) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)


class TicketsTemplatesWithRawResponse:
    """`client.with_raw_response.tickets.templates`: each method returns the response."""

    def __init__(self, resource: TicketsTemplates) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class TicketsTemplatesWithStreamingResponse:
    """`client.with_streaming_response.tickets.templates`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TicketsTemplates) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncTicketsTemplatesWithRawResponse:
    """`client.with_raw_response.tickets.templates`: each method returns the response."""

    def __init__(self, resource: AsyncTicketsTemplates) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncTicketsTemplatesWithStreamingResponse:
    """`client.with_streaming_response.tickets.templates`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTicketsTemplates) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)


class TicketsUnreadCountWithRawResponse:
    """`client.with_raw_response.tickets.unread_count`: each method returns the response."""

    def __init__(self, resource: TicketsUnreadCount) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class TicketsUnreadCountWithStreamingResponse:
    """`client.with_streaming_response.tickets.unread_count`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TicketsUnreadCount) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncTicketsUnreadCountWithRawResponse:
    """`client.with_raw_response.tickets.unread_count`: each method returns the response."""

    def __init__(self, resource: AsyncTicketsUnreadCount) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncTicketsUnreadCountWithStreamingResponse:
    """`client.with_streaming_response.tickets.unread_count`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTicketsUnreadCount) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)

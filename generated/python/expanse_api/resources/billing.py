"""`client.billing` and everything under it: the sync classes, then the async ones."""

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
        BillingInvoiceListResponse,
        BillingInvoiceRetrieveResponse,
        BillingTransactionListResponse,
    )


class Billing:
    """Operations under `client.billing`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def auto_topup(self) -> BillingAutoTopup:
        return BillingAutoTopup(self._client)

    @cached_property
    def checkout_settings(self) -> BillingCheckoutSettings:
        return BillingCheckoutSettings(self._client)

    @cached_property
    def config(self) -> BillingConfig:
        return BillingConfig(self._client)

    @cached_property
    def invoices(self) -> BillingInvoices:
        return BillingInvoices(self._client)

    @cached_property
    def portal(self) -> BillingPortal:
        return BillingPortal(self._client)

    @cached_property
    def summary(self) -> BillingSummary:
        return BillingSummary(self._client)

    @cached_property
    def topup(self) -> BillingTopup:
        return BillingTopup(self._client)

    @cached_property
    def transactions(self) -> BillingTransactions:
        return BillingTransactions(self._client)


class BillingAutoTopup:
    """Operations under `client.billing.auto_topup`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def update(
        self,
        *,
        team_id: str | None = None,
        enabled: bool | None = None,
        threshold: float | None = None,
        amount: float | None = None,
        auto_pay_invoices: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update team auto-topup settings.

        Scope: `billing.write`. `PATCH /api/billing/auto-topup`
        """
        from ..bodies import UpdateBillingAutoTopupBody

        result: Any = self._client._json(
            OPERATIONS["updateBillingAutoTopup"],
            "/api/billing/auto-topup",
            options,
            body=UpdateBillingAutoTopupBody._payload(
                team_id=team_id,
                enabled=enabled,
                threshold=threshold,
                amount=amount,
                auto_pay_invoices=auto_pay_invoices,
            ),
        )
        return result


class BillingCheckoutSettings:
    """Operations under `client.billing.checkout_settings`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, **options: Unpack[RequestOptions]) -> Any:
        """Get tax and gateway fee settings.

        Scope: `billing.read`. `GET /api/billing/checkout-settings`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveBillingCheckoutSettings"], "/api/billing/checkout-settings", options
        )
        return result


class BillingConfig:
    """Operations under `client.billing.config`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, **options: Unpack[RequestOptions]) -> Any:
        """Get billing config.

        Scope: public (no scope needed). `GET /api/billing/config`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveBillingConfig"], "/api/billing/config", options
        )
        return result


class BillingInvoices:
    """Operations under `client.billing.invoices`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def download(self) -> BillingInvoicesDownload:
        return BillingInvoicesDownload(self._client)

    def list(
        self,
        *,
        team_id: str | None = None,
        status: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> BillingInvoiceListResponse:
        """List team invoices.

        Scope: `billing.read`. `GET /api/billing/invoices`
        """
        from ..responses import BillingInvoiceListResponse

        result: BillingInvoiceListResponse = self._client._json(
            OPERATIONS["listBillingInvoices"],
            "/api/billing/invoices",
            options,
            params={"team_id": team_id, "status": status},
            model=BillingInvoiceListResponse,
        )
        return result

    def sync_stripe(
        self, *, session_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Apply invoice payment from Stripe session.

        Scope: `billing.write`. `POST /api/billing/invoices/sync-stripe`
        """
        from ..bodies import SyncStripeBillingInvoiceBody

        result: Any = self._client._json(
            OPERATIONS["syncStripeBillingInvoices"],
            "/api/billing/invoices/sync-stripe",
            options,
            body=SyncStripeBillingInvoiceBody._payload(session_id=session_id),
        )
        return result

    def retrieve(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> BillingInvoiceRetrieveResponse:
        """Get single invoice.

        Scope: `billing.read`. `GET /api/billing/invoices/{id}`
        """
        from ..responses import BillingInvoiceRetrieveResponse

        result: BillingInvoiceRetrieveResponse = self._client._json(
            OPERATIONS["retrieveBillingInvoice"],
            f"/api/billing/invoices/{path_segment(id, 'id')}",
            options,
            model=BillingInvoiceRetrieveResponse,
        )
        return result

    def checkout_stripe(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Start a Stripe Checkout for the invoice balance.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/checkout-stripe`
        """
        result: Any = self._client._json(
            OPERATIONS["checkoutStripeBillingInvoice"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/checkout-stripe",
            options,
            body=body,
        )
        return result

    def checkout_tebex(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Start a Tebex Checkout for the invoice balance.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/checkout-tebex`
        """
        result: Any = self._client._json(
            OPERATIONS["checkoutTebexBillingInvoice"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/checkout-tebex",
            options,
            body=body,
        )
        return result

    def pay(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Pay invoice with team balance.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/pay`
        """
        result: Any = self._client._json(
            OPERATIONS["payBillingInvoice"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/pay",
            options,
            body=body,
        )
        return result

    def sync_tebex(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Complete invoice from Tebex basket after return.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/sync-tebex`
        """
        result: Any = self._client._json(
            OPERATIONS["syncTebexBillingInvoice"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/sync-tebex",
            options,
            body=body,
        )
        return result


class BillingInvoicesDownload:
    """Operations under `client.billing.invoices.download`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> str:
        """Download invoice as PDF.

        Scope: `billing.read`. `GET /api/billing/invoices/{id}/download`
        """
        result: str = self._client._text(
            OPERATIONS["retrieveBillingInvoiceDownload"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/download",
            options,
        )
        return result


class BillingPortal:
    """Operations under `client.billing.portal`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, *, team_id: str | None = None, **options: Unpack[RequestOptions]) -> str:
        """Redirect to Stripe Customer Portal.

        Scope: `billing.read`. `GET /api/billing/portal`
        """
        result: str = self._client._redirect(
            OPERATIONS["retrieveBillingPortal"],
            "/api/billing/portal",
            options,
            params={"team_id": team_id},
        )
        return result


class BillingSummary:
    """Operations under `client.billing.summary`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, *, team_id: str | None = None, **options: Unpack[RequestOptions]) -> Any:
        """Get team billing summary.

        Scope: `billing.read`. `GET /api/billing/summary`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveBillingSummary"],
            "/api/billing/summary",
            options,
            params={"team_id": team_id},
        )
        return result


class BillingTopup:
    """Operations under `client.billing.topup`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        team_id: str | None = None,
        amount: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create Stripe checkout for balance topup.

        Scope: `billing.write`. `POST /api/billing/topup`
        """
        from ..bodies import CreateBillingTopupBody

        result: Any = self._client._json(
            OPERATIONS["createBillingTopup"],
            "/api/billing/topup",
            options,
            body=CreateBillingTopupBody._payload(team_id=team_id, amount=amount),
        )
        return result

    def sync(
        self, *, body: Mapping[str, object] | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Sync topup from Stripe.

        Scope: `billing.write`. `POST /api/billing/topup/sync`
        """
        result: Any = self._client._json(
            OPERATIONS["syncBillingTopup"], "/api/billing/topup/sync", options, body=body
        )
        return result

    def tebex(
        self,
        *,
        team_id: str | None = None,
        amount: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create Tebex basket for balance top-up.

        Scope: `billing.write`. `POST /api/billing/topup/tebex`
        """
        from ..bodies import CreateBillingTopupBody

        result: Any = self._client._json(
            OPERATIONS["tebexBillingTopup"],
            "/api/billing/topup/tebex",
            options,
            body=CreateBillingTopupBody._payload(team_id=team_id, amount=amount),
        )
        return result


class BillingTransactions:
    """Operations under `client.billing.transactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        team_id: str | None = None,
        limit: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> BillingTransactionListResponse:
        """List team transaction history.

        Scope: `billing.read`. `GET /api/billing/transactions`
        """
        from ..responses import BillingTransactionListResponse

        result: BillingTransactionListResponse = self._client._json(
            OPERATIONS["listBillingTransactions"],
            "/api/billing/transactions",
            options,
            params={"team_id": team_id, "limit": limit},
            model=BillingTransactionListResponse,
        )
        return result


class AsyncBilling:
    """Operations under `client.billing`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def auto_topup(self) -> AsyncBillingAutoTopup:
        return AsyncBillingAutoTopup(self._client)

    @cached_property
    def checkout_settings(self) -> AsyncBillingCheckoutSettings:
        return AsyncBillingCheckoutSettings(self._client)

    @cached_property
    def config(self) -> AsyncBillingConfig:
        return AsyncBillingConfig(self._client)

    @cached_property
    def invoices(self) -> AsyncBillingInvoices:
        return AsyncBillingInvoices(self._client)

    @cached_property
    def portal(self) -> AsyncBillingPortal:
        return AsyncBillingPortal(self._client)

    @cached_property
    def summary(self) -> AsyncBillingSummary:
        return AsyncBillingSummary(self._client)

    @cached_property
    def topup(self) -> AsyncBillingTopup:
        return AsyncBillingTopup(self._client)

    @cached_property
    def transactions(self) -> AsyncBillingTransactions:
        return AsyncBillingTransactions(self._client)


class AsyncBillingAutoTopup:
    """Operations under `client.billing.auto_topup`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def update(
        self,
        *,
        team_id: str | None = None,
        enabled: bool | None = None,
        threshold: float | None = None,
        amount: float | None = None,
        auto_pay_invoices: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update team auto-topup settings.

        Scope: `billing.write`. `PATCH /api/billing/auto-topup`
        """
        from ..bodies import UpdateBillingAutoTopupBody

        result: Any = await self._client._json(
            OPERATIONS["updateBillingAutoTopup"],
            "/api/billing/auto-topup",
            options,
            body=UpdateBillingAutoTopupBody._payload(
                team_id=team_id,
                enabled=enabled,
                threshold=threshold,
                amount=amount,
                auto_pay_invoices=auto_pay_invoices,
            ),
        )
        return result


class AsyncBillingCheckoutSettings:
    """Operations under `client.billing.checkout_settings`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, **options: Unpack[RequestOptions]) -> Any:
        """Get tax and gateway fee settings.

        Scope: `billing.read`. `GET /api/billing/checkout-settings`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveBillingCheckoutSettings"], "/api/billing/checkout-settings", options
        )
        return result


class AsyncBillingConfig:
    """Operations under `client.billing.config`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, **options: Unpack[RequestOptions]) -> Any:
        """Get billing config.

        Scope: public (no scope needed). `GET /api/billing/config`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveBillingConfig"], "/api/billing/config", options
        )
        return result


class AsyncBillingInvoices:
    """Operations under `client.billing.invoices`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def download(self) -> AsyncBillingInvoicesDownload:
        return AsyncBillingInvoicesDownload(self._client)

    async def list(
        self,
        *,
        team_id: str | None = None,
        status: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> BillingInvoiceListResponse:
        """List team invoices.

        Scope: `billing.read`. `GET /api/billing/invoices`
        """
        from ..responses import BillingInvoiceListResponse

        result: BillingInvoiceListResponse = await self._client._json(
            OPERATIONS["listBillingInvoices"],
            "/api/billing/invoices",
            options,
            params={"team_id": team_id, "status": status},
            model=BillingInvoiceListResponse,
        )
        return result

    async def sync_stripe(
        self, *, session_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Apply invoice payment from Stripe session.

        Scope: `billing.write`. `POST /api/billing/invoices/sync-stripe`
        """
        from ..bodies import SyncStripeBillingInvoiceBody

        result: Any = await self._client._json(
            OPERATIONS["syncStripeBillingInvoices"],
            "/api/billing/invoices/sync-stripe",
            options,
            body=SyncStripeBillingInvoiceBody._payload(session_id=session_id),
        )
        return result

    async def retrieve(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> BillingInvoiceRetrieveResponse:
        """Get single invoice.

        Scope: `billing.read`. `GET /api/billing/invoices/{id}`
        """
        from ..responses import BillingInvoiceRetrieveResponse

        result: BillingInvoiceRetrieveResponse = await self._client._json(
            OPERATIONS["retrieveBillingInvoice"],
            f"/api/billing/invoices/{path_segment(id, 'id')}",
            options,
            model=BillingInvoiceRetrieveResponse,
        )
        return result

    async def checkout_stripe(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Start a Stripe Checkout for the invoice balance.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/checkout-stripe`
        """
        result: Any = await self._client._json(
            OPERATIONS["checkoutStripeBillingInvoice"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/checkout-stripe",
            options,
            body=body,
        )
        return result

    async def checkout_tebex(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Start a Tebex Checkout for the invoice balance.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/checkout-tebex`
        """
        result: Any = await self._client._json(
            OPERATIONS["checkoutTebexBillingInvoice"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/checkout-tebex",
            options,
            body=body,
        )
        return result

    async def pay(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Pay invoice with team balance.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/pay`
        """
        result: Any = await self._client._json(
            OPERATIONS["payBillingInvoice"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/pay",
            options,
            body=body,
        )
        return result

    async def sync_tebex(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Complete invoice from Tebex basket after return.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/sync-tebex`
        """
        result: Any = await self._client._json(
            OPERATIONS["syncTebexBillingInvoice"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/sync-tebex",
            options,
            body=body,
        )
        return result


class AsyncBillingInvoicesDownload:
    """Operations under `client.billing.invoices.download`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> str:
        """Download invoice as PDF.

        Scope: `billing.read`. `GET /api/billing/invoices/{id}/download`
        """
        result: str = await self._client._text(
            OPERATIONS["retrieveBillingInvoiceDownload"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/download",
            options,
        )
        return result


class AsyncBillingPortal:
    """Operations under `client.billing.portal`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self, *, team_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> str:
        """Redirect to Stripe Customer Portal.

        Scope: `billing.read`. `GET /api/billing/portal`
        """
        result: str = await self._client._redirect(
            OPERATIONS["retrieveBillingPortal"],
            "/api/billing/portal",
            options,
            params={"team_id": team_id},
        )
        return result


class AsyncBillingSummary:
    """Operations under `client.billing.summary`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self, *, team_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Get team billing summary.

        Scope: `billing.read`. `GET /api/billing/summary`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveBillingSummary"],
            "/api/billing/summary",
            options,
            params={"team_id": team_id},
        )
        return result


class AsyncBillingTopup:
    """Operations under `client.billing.topup`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        team_id: str | None = None,
        amount: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create Stripe checkout for balance topup.

        Scope: `billing.write`. `POST /api/billing/topup`
        """
        from ..bodies import CreateBillingTopupBody

        result: Any = await self._client._json(
            OPERATIONS["createBillingTopup"],
            "/api/billing/topup",
            options,
            body=CreateBillingTopupBody._payload(team_id=team_id, amount=amount),
        )
        return result

    async def sync(
        self, *, body: Mapping[str, object] | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Sync topup from Stripe.

        Scope: `billing.write`. `POST /api/billing/topup/sync`
        """
        result: Any = await self._client._json(
            OPERATIONS["syncBillingTopup"], "/api/billing/topup/sync", options, body=body
        )
        return result

    async def tebex(
        self,
        *,
        team_id: str | None = None,
        amount: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create Tebex basket for balance top-up.

        Scope: `billing.write`. `POST /api/billing/topup/tebex`
        """
        from ..bodies import CreateBillingTopupBody

        result: Any = await self._client._json(
            OPERATIONS["tebexBillingTopup"],
            "/api/billing/topup/tebex",
            options,
            body=CreateBillingTopupBody._payload(team_id=team_id, amount=amount),
        )
        return result


class AsyncBillingTransactions:
    """Operations under `client.billing.transactions`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        team_id: str | None = None,
        limit: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> BillingTransactionListResponse:
        """List team transaction history.

        Scope: `billing.read`. `GET /api/billing/transactions`
        """
        from ..responses import BillingTransactionListResponse

        result: BillingTransactionListResponse = await self._client._json(
            OPERATIONS["listBillingTransactions"],
            "/api/billing/transactions",
            options,
            params={"team_id": team_id, "limit": limit},
            model=BillingTransactionListResponse,
        )
        return result


class BillingWithRawResponse:
    """`client.with_raw_response.billing`: each method returns the response."""

    def __init__(self, resource: Billing) -> None:
        self._resource = resource

    @cached_property
    def auto_topup(self) -> BillingAutoTopupWithRawResponse:
        return BillingAutoTopupWithRawResponse(self._resource.auto_topup)

    @cached_property
    def checkout_settings(self) -> BillingCheckoutSettingsWithRawResponse:
        return BillingCheckoutSettingsWithRawResponse(self._resource.checkout_settings)

    @cached_property
    def config(self) -> BillingConfigWithRawResponse:
        return BillingConfigWithRawResponse(self._resource.config)

    @cached_property
    def invoices(self) -> BillingInvoicesWithRawResponse:
        return BillingInvoicesWithRawResponse(self._resource.invoices)

    @cached_property
    def portal(self) -> BillingPortalWithRawResponse:
        return BillingPortalWithRawResponse(self._resource.portal)

    @cached_property
    def summary(self) -> BillingSummaryWithRawResponse:
        return BillingSummaryWithRawResponse(self._resource.summary)

    @cached_property
    def topup(self) -> BillingTopupWithRawResponse:
        return BillingTopupWithRawResponse(self._resource.topup)

    @cached_property
    def transactions(self) -> BillingTransactionsWithRawResponse:
        return BillingTransactionsWithRawResponse(self._resource.transactions)


class BillingWithStreamingResponse:
    """`client.with_streaming_response.billing`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: Billing) -> None:
        self._resource = resource

    @cached_property
    def auto_topup(self) -> BillingAutoTopupWithStreamingResponse:
        return BillingAutoTopupWithStreamingResponse(self._resource.auto_topup)

    @cached_property
    def checkout_settings(self) -> BillingCheckoutSettingsWithStreamingResponse:
        return BillingCheckoutSettingsWithStreamingResponse(self._resource.checkout_settings)

    @cached_property
    def config(self) -> BillingConfigWithStreamingResponse:
        return BillingConfigWithStreamingResponse(self._resource.config)

    @cached_property
    def invoices(self) -> BillingInvoicesWithStreamingResponse:
        return BillingInvoicesWithStreamingResponse(self._resource.invoices)

    @cached_property
    def portal(self) -> BillingPortalWithStreamingResponse:
        return BillingPortalWithStreamingResponse(self._resource.portal)

    @cached_property
    def summary(self) -> BillingSummaryWithStreamingResponse:
        return BillingSummaryWithStreamingResponse(self._resource.summary)

    @cached_property
    def topup(self) -> BillingTopupWithStreamingResponse:
        return BillingTopupWithStreamingResponse(self._resource.topup)

    @cached_property
    def transactions(self) -> BillingTransactionsWithStreamingResponse:
        return BillingTransactionsWithStreamingResponse(self._resource.transactions)


class AsyncBillingWithRawResponse:
    """`client.with_raw_response.billing`: each method returns the response."""

    def __init__(self, resource: AsyncBilling) -> None:
        self._resource = resource

    @cached_property
    def auto_topup(self) -> AsyncBillingAutoTopupWithRawResponse:
        return AsyncBillingAutoTopupWithRawResponse(self._resource.auto_topup)

    @cached_property
    def checkout_settings(self) -> AsyncBillingCheckoutSettingsWithRawResponse:
        return AsyncBillingCheckoutSettingsWithRawResponse(self._resource.checkout_settings)

    @cached_property
    def config(self) -> AsyncBillingConfigWithRawResponse:
        return AsyncBillingConfigWithRawResponse(self._resource.config)

    @cached_property
    def invoices(self) -> AsyncBillingInvoicesWithRawResponse:
        return AsyncBillingInvoicesWithRawResponse(self._resource.invoices)

    @cached_property
    def portal(self) -> AsyncBillingPortalWithRawResponse:
        return AsyncBillingPortalWithRawResponse(self._resource.portal)

    @cached_property
    def summary(self) -> AsyncBillingSummaryWithRawResponse:
        return AsyncBillingSummaryWithRawResponse(self._resource.summary)

    @cached_property
    def topup(self) -> AsyncBillingTopupWithRawResponse:
        return AsyncBillingTopupWithRawResponse(self._resource.topup)

    @cached_property
    def transactions(self) -> AsyncBillingTransactionsWithRawResponse:
        return AsyncBillingTransactionsWithRawResponse(self._resource.transactions)


class AsyncBillingWithStreamingResponse:
    """`client.with_streaming_response.billing`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncBilling) -> None:
        self._resource = resource

    @cached_property
    def auto_topup(self) -> AsyncBillingAutoTopupWithStreamingResponse:
        return AsyncBillingAutoTopupWithStreamingResponse(self._resource.auto_topup)

    @cached_property
    def checkout_settings(self) -> AsyncBillingCheckoutSettingsWithStreamingResponse:
        return AsyncBillingCheckoutSettingsWithStreamingResponse(self._resource.checkout_settings)

    @cached_property
    def config(self) -> AsyncBillingConfigWithStreamingResponse:
        return AsyncBillingConfigWithStreamingResponse(self._resource.config)

    @cached_property
    def invoices(self) -> AsyncBillingInvoicesWithStreamingResponse:
        return AsyncBillingInvoicesWithStreamingResponse(self._resource.invoices)

    @cached_property
    def portal(self) -> AsyncBillingPortalWithStreamingResponse:
        return AsyncBillingPortalWithStreamingResponse(self._resource.portal)

    @cached_property
    def summary(self) -> AsyncBillingSummaryWithStreamingResponse:
        return AsyncBillingSummaryWithStreamingResponse(self._resource.summary)

    @cached_property
    def topup(self) -> AsyncBillingTopupWithStreamingResponse:
        return AsyncBillingTopupWithStreamingResponse(self._resource.topup)

    @cached_property
    def transactions(self) -> AsyncBillingTransactionsWithStreamingResponse:
        return AsyncBillingTransactionsWithStreamingResponse(self._resource.transactions)


class BillingAutoTopupWithRawResponse:
    """`client.with_raw_response.billing.auto_topup`: each method returns the response."""

    def __init__(self, resource: BillingAutoTopup) -> None:
        self._resource = resource
        self.update = to_raw_response_wrapper(resource.update)


class BillingAutoTopupWithStreamingResponse:
    """`client.with_streaming_response.billing.auto_topup`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: BillingAutoTopup) -> None:
        self._resource = resource
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncBillingAutoTopupWithRawResponse:
    """`client.with_raw_response.billing.auto_topup`: each method returns the response."""

    def __init__(self, resource: AsyncBillingAutoTopup) -> None:
        self._resource = resource
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncBillingAutoTopupWithStreamingResponse:
    """`client.with_streaming_response.billing.auto_topup`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncBillingAutoTopup) -> None:
        self._resource = resource
        self.update = async_to_streamed_response_wrapper(resource.update)


class BillingCheckoutSettingsWithRawResponse:
    """`client.with_raw_response.billing.checkout_settings`: each method returns the response."""

    def __init__(self, resource: BillingCheckoutSettings) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class BillingCheckoutSettingsWithStreamingResponse:
    """`client.with_streaming_response.billing.checkout_settings`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: BillingCheckoutSettings) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncBillingCheckoutSettingsWithRawResponse:
    """`client.with_raw_response.billing.checkout_settings`: each method returns the response."""

    def __init__(self, resource: AsyncBillingCheckoutSettings) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncBillingCheckoutSettingsWithStreamingResponse:
    """`client.with_streaming_response.billing.checkout_settings`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncBillingCheckoutSettings) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class BillingConfigWithRawResponse:
    """`client.with_raw_response.billing.config`: each method returns the response."""

    def __init__(self, resource: BillingConfig) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class BillingConfigWithStreamingResponse:
    """`client.with_streaming_response.billing.config`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: BillingConfig) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncBillingConfigWithRawResponse:
    """`client.with_raw_response.billing.config`: each method returns the response."""

    def __init__(self, resource: AsyncBillingConfig) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncBillingConfigWithStreamingResponse:
    """`client.with_streaming_response.billing.config`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncBillingConfig) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class BillingInvoicesWithRawResponse:
    """`client.with_raw_response.billing.invoices`: each method returns the response."""

    def __init__(self, resource: BillingInvoices) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.sync_stripe = to_raw_response_wrapper(resource.sync_stripe)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.checkout_stripe = to_raw_response_wrapper(resource.checkout_stripe)
        self.checkout_tebex = to_raw_response_wrapper(resource.checkout_tebex)
        self.pay = to_raw_response_wrapper(resource.pay)
        self.sync_tebex = to_raw_response_wrapper(resource.sync_tebex)

    @cached_property
    def download(self) -> BillingInvoicesDownloadWithRawResponse:
        return BillingInvoicesDownloadWithRawResponse(self._resource.download)


class BillingInvoicesWithStreamingResponse:
    """`client.with_streaming_response.billing.invoices`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: BillingInvoices) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.sync_stripe = to_streamed_response_wrapper(resource.sync_stripe)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.checkout_stripe = to_streamed_response_wrapper(resource.checkout_stripe)
        self.checkout_tebex = to_streamed_response_wrapper(resource.checkout_tebex)
        self.pay = to_streamed_response_wrapper(resource.pay)
        self.sync_tebex = to_streamed_response_wrapper(resource.sync_tebex)

    @cached_property
    def download(self) -> BillingInvoicesDownloadWithStreamingResponse:
        return BillingInvoicesDownloadWithStreamingResponse(self._resource.download)


class AsyncBillingInvoicesWithRawResponse:
    """`client.with_raw_response.billing.invoices`: each method returns the response."""

    def __init__(self, resource: AsyncBillingInvoices) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.sync_stripe = async_to_raw_response_wrapper(resource.sync_stripe)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.checkout_stripe = async_to_raw_response_wrapper(resource.checkout_stripe)
        self.checkout_tebex = async_to_raw_response_wrapper(resource.checkout_tebex)
        self.pay = async_to_raw_response_wrapper(resource.pay)
        self.sync_tebex = async_to_raw_response_wrapper(resource.sync_tebex)

    @cached_property
    def download(self) -> AsyncBillingInvoicesDownloadWithRawResponse:
        return AsyncBillingInvoicesDownloadWithRawResponse(self._resource.download)


class AsyncBillingInvoicesWithStreamingResponse:
    """`client.with_streaming_response.billing.invoices`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncBillingInvoices) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.sync_stripe = async_to_streamed_response_wrapper(resource.sync_stripe)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.checkout_stripe = async_to_streamed_response_wrapper(resource.checkout_stripe)
        self.checkout_tebex = async_to_streamed_response_wrapper(resource.checkout_tebex)
        self.pay = async_to_streamed_response_wrapper(resource.pay)
        self.sync_tebex = async_to_streamed_response_wrapper(resource.sync_tebex)

    @cached_property
    def download(self) -> AsyncBillingInvoicesDownloadWithStreamingResponse:
        return AsyncBillingInvoicesDownloadWithStreamingResponse(self._resource.download)


class BillingInvoicesDownloadWithRawResponse:
    """`client.with_raw_response.billing.invoices.download`: each method returns the response."""

    def __init__(self, resource: BillingInvoicesDownload) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class BillingInvoicesDownloadWithStreamingResponse:
    """`client.with_streaming_response.billing.invoices.download`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: BillingInvoicesDownload) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncBillingInvoicesDownloadWithRawResponse:
    """`client.with_raw_response.billing.invoices.download`: each method returns the response."""

    def __init__(self, resource: AsyncBillingInvoicesDownload) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncBillingInvoicesDownloadWithStreamingResponse:
    """`client.with_streaming_response.billing.invoices.download`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncBillingInvoicesDownload) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class BillingPortalWithRawResponse:
    """`client.with_raw_response.billing.portal`: each method returns the response."""

    def __init__(self, resource: BillingPortal) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class BillingPortalWithStreamingResponse:
    """`client.with_streaming_response.billing.portal`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: BillingPortal) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncBillingPortalWithRawResponse:
    """`client.with_raw_response.billing.portal`: each method returns the response."""

    def __init__(self, resource: AsyncBillingPortal) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncBillingPortalWithStreamingResponse:
    """`client.with_streaming_response.billing.portal`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncBillingPortal) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class BillingSummaryWithRawResponse:
    """`client.with_raw_response.billing.summary`: each method returns the response."""

    def __init__(self, resource: BillingSummary) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class BillingSummaryWithStreamingResponse:
    """`client.with_streaming_response.billing.summary`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: BillingSummary) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncBillingSummaryWithRawResponse:
    """`client.with_raw_response.billing.summary`: each method returns the response."""

    def __init__(self, resource: AsyncBillingSummary) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncBillingSummaryWithStreamingResponse:
    """`client.with_streaming_response.billing.summary`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncBillingSummary) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class BillingTopupWithRawResponse:
    """`client.with_raw_response.billing.topup`: each method returns the response."""

    def __init__(self, resource: BillingTopup) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.sync = to_raw_response_wrapper(resource.sync)
        self.tebex = to_raw_response_wrapper(resource.tebex)


class BillingTopupWithStreamingResponse:
    """`client.with_streaming_response.billing.topup`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: BillingTopup) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.sync = to_streamed_response_wrapper(resource.sync)
        self.tebex = to_streamed_response_wrapper(resource.tebex)


class AsyncBillingTopupWithRawResponse:
    """`client.with_raw_response.billing.topup`: each method returns the response."""

    def __init__(self, resource: AsyncBillingTopup) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.sync = async_to_raw_response_wrapper(resource.sync)
        self.tebex = async_to_raw_response_wrapper(resource.tebex)


class AsyncBillingTopupWithStreamingResponse:
    """`client.with_streaming_response.billing.topup`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncBillingTopup) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.sync = async_to_streamed_response_wrapper(resource.sync)
        self.tebex = async_to_streamed_response_wrapper(resource.tebex)


class BillingTransactionsWithRawResponse:
    """`client.with_raw_response.billing.transactions`: each method returns the response."""

    def __init__(self, resource: BillingTransactions) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class BillingTransactionsWithStreamingResponse:
    """`client.with_streaming_response.billing.transactions`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: BillingTransactions) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncBillingTransactionsWithRawResponse:
    """`client.with_raw_response.billing.transactions`: each method returns the response."""

    def __init__(self, resource: AsyncBillingTransactions) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncBillingTransactionsWithStreamingResponse:
    """`client.with_streaming_response.billing.transactions`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncBillingTransactions) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)

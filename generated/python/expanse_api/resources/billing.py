"""`client.billing` and everything under it: the sync classes, then the async ones."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base_client import path_segment
from .._operations import OPERATIONS

if TYPE_CHECKING:
    from typing import Any, Unpack

    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .._types import BinaryContent, RequestOptions
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
        team_id: str,
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
        """Tax and gateway fee settings for order breakdown display.

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
        """Billing config (topup amounts, limits).

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
        self, *, team_id: str, status: str | None = None, **options: Unpack[RequestOptions]
    ) -> BillingInvoiceListResponse:
        """List team invoices (filterable by status).

        Scope: `billing.read`. `GET /api/billing/invoices`
        """
        from ..responses import BillingInvoiceListResponse

        data = self._client._json(
            OPERATIONS["listBillingInvoices"],
            "/api/billing/invoices",
            options,
            params={"team_id": team_id, "status": status},
        )
        return BillingInvoiceListResponse._construct(data)

    def sync_stripe(self, *, session_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Apply invoice payment from Stripe session (webhook fallback).

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
        """Get single invoice (for viewing).

        Scope: `billing.read`. `GET /api/billing/invoices/{id}`
        """
        from ..responses import BillingInvoiceRetrieveResponse

        data = self._client._json(
            OPERATIONS["retrieveBillingInvoices"],
            f"/api/billing/invoices/{path_segment(id, 'id')}",
            options,
        )
        return BillingInvoiceRetrieveResponse._construct(data)

    def checkout_stripe(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Stripe Checkout for invoice balance.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/checkout-stripe`
        """
        result: Any = self._client._json(
            OPERATIONS["checkoutStripeBillingInvoices"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/checkout-stripe",
            options,
        )
        return result

    def checkout_tebex(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Tebex Checkout for invoice balance.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/checkout-tebex`
        """
        result: Any = self._client._json(
            OPERATIONS["checkoutTebexBillingInvoices"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/checkout-tebex",
            options,
        )
        return result

    def pay(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Pay invoice with team balance.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/pay`
        """
        result: Any = self._client._json(
            OPERATIONS["payBillingInvoices"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/pay",
            options,
        )
        return result

    def sync_tebex(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Complete invoice from Tebex basket after return (webhook fallback).

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/sync-tebex`
        """
        result: Any = self._client._json(
            OPERATIONS["syncTebexBillingInvoices"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/sync-tebex",
            options,
        )
        return result


class BillingInvoicesDownload:
    """Operations under `client.billing.invoices.download`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> BinaryContent:
        """Download invoice as PDF (print-optimized HTML).

        Scope: `billing.read`. `GET /api/billing/invoices/{id}/download`
        """
        result: BinaryContent = self._client._binary(
            OPERATIONS["retrieveBillingInvoicesDownload"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/download",
            options,
        )
        return result


class BillingPortal:
    """Operations under `client.billing.portal`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, *, team_id: str, **options: Unpack[RequestOptions]) -> str:
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

    def retrieve(self, *, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Team billing summary (balance, unpaid, dues).

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

    def create(self, *, team_id: str, amount: float, **options: Unpack[RequestOptions]) -> Any:
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

    def sync(self, **options: Unpack[RequestOptions]) -> Any:
        """Sync topup from Stripe (fallback when webhook delayed/missed).

        Scope: `billing.write`. `POST /api/billing/topup/sync`
        """
        result: Any = self._client._json(
            OPERATIONS["syncBillingTopup"], "/api/billing/topup/sync", options
        )
        return result

    def tebex(self, *, team_id: str, amount: float, **options: Unpack[RequestOptions]) -> Any:
        """Create Tebex basket for balance top-up (one-time payment).

        Scope: `billing.write`. `POST /api/billing/topup/tebex`
        """
        from ..bodies import TebexBillingTopupBody

        result: Any = self._client._json(
            OPERATIONS["tebexBillingTopup"],
            "/api/billing/topup/tebex",
            options,
            body=TebexBillingTopupBody._payload(team_id=team_id, amount=amount),
        )
        return result


class BillingTransactions:
    """Operations under `client.billing.transactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self, *, team_id: str, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> BillingTransactionListResponse:
        """List team transaction history (topups + invoice payments).

        Scope: `billing.read`. `GET /api/billing/transactions`
        """
        from ..responses import BillingTransactionListResponse

        data = self._client._json(
            OPERATIONS["listBillingTransactions"],
            "/api/billing/transactions",
            options,
            params={"team_id": team_id, "limit": limit},
        )
        return BillingTransactionListResponse._construct(data)


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
        team_id: str,
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
        """Tax and gateway fee settings for order breakdown display.

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
        """Billing config (topup amounts, limits).

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
        self, *, team_id: str, status: str | None = None, **options: Unpack[RequestOptions]
    ) -> BillingInvoiceListResponse:
        """List team invoices (filterable by status).

        Scope: `billing.read`. `GET /api/billing/invoices`
        """
        from ..responses import BillingInvoiceListResponse

        data = await self._client._json(
            OPERATIONS["listBillingInvoices"],
            "/api/billing/invoices",
            options,
            params={"team_id": team_id, "status": status},
        )
        return BillingInvoiceListResponse._construct(data)

    async def sync_stripe(self, *, session_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Apply invoice payment from Stripe session (webhook fallback).

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
        """Get single invoice (for viewing).

        Scope: `billing.read`. `GET /api/billing/invoices/{id}`
        """
        from ..responses import BillingInvoiceRetrieveResponse

        data = await self._client._json(
            OPERATIONS["retrieveBillingInvoices"],
            f"/api/billing/invoices/{path_segment(id, 'id')}",
            options,
        )
        return BillingInvoiceRetrieveResponse._construct(data)

    async def checkout_stripe(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Stripe Checkout for invoice balance.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/checkout-stripe`
        """
        result: Any = await self._client._json(
            OPERATIONS["checkoutStripeBillingInvoices"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/checkout-stripe",
            options,
        )
        return result

    async def checkout_tebex(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Tebex Checkout for invoice balance.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/checkout-tebex`
        """
        result: Any = await self._client._json(
            OPERATIONS["checkoutTebexBillingInvoices"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/checkout-tebex",
            options,
        )
        return result

    async def pay(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Pay invoice with team balance.

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/pay`
        """
        result: Any = await self._client._json(
            OPERATIONS["payBillingInvoices"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/pay",
            options,
        )
        return result

    async def sync_tebex(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Complete invoice from Tebex basket after return (webhook fallback).

        Scope: `billing.write`. `POST /api/billing/invoices/{id}/sync-tebex`
        """
        result: Any = await self._client._json(
            OPERATIONS["syncTebexBillingInvoices"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/sync-tebex",
            options,
        )
        return result


class AsyncBillingInvoicesDownload:
    """Operations under `client.billing.invoices.download`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> BinaryContent:
        """Download invoice as PDF (print-optimized HTML).

        Scope: `billing.read`. `GET /api/billing/invoices/{id}/download`
        """
        result: BinaryContent = await self._client._binary(
            OPERATIONS["retrieveBillingInvoicesDownload"],
            f"/api/billing/invoices/{path_segment(id, 'id')}/download",
            options,
        )
        return result


class AsyncBillingPortal:
    """Operations under `client.billing.portal`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, *, team_id: str, **options: Unpack[RequestOptions]) -> str:
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

    async def retrieve(self, *, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Team billing summary (balance, unpaid, dues).

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
        self, *, team_id: str, amount: float, **options: Unpack[RequestOptions]
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

    async def sync(self, **options: Unpack[RequestOptions]) -> Any:
        """Sync topup from Stripe (fallback when webhook delayed/missed).

        Scope: `billing.write`. `POST /api/billing/topup/sync`
        """
        result: Any = await self._client._json(
            OPERATIONS["syncBillingTopup"], "/api/billing/topup/sync", options
        )
        return result

    async def tebex(self, *, team_id: str, amount: float, **options: Unpack[RequestOptions]) -> Any:
        """Create Tebex basket for balance top-up (one-time payment).

        Scope: `billing.write`. `POST /api/billing/topup/tebex`
        """
        from ..bodies import TebexBillingTopupBody

        result: Any = await self._client._json(
            OPERATIONS["tebexBillingTopup"],
            "/api/billing/topup/tebex",
            options,
            body=TebexBillingTopupBody._payload(team_id=team_id, amount=amount),
        )
        return result


class AsyncBillingTransactions:
    """Operations under `client.billing.transactions`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self, *, team_id: str, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> BillingTransactionListResponse:
        """List team transaction history (topups + invoice payments).

        Scope: `billing.read`. `GET /api/billing/transactions`
        """
        from ..responses import BillingTransactionListResponse

        data = await self._client._json(
            OPERATIONS["listBillingTransactions"],
            "/api/billing/transactions",
            options,
            params={"team_id": team_id, "limit": limit},
        )
        return BillingTransactionListResponse._construct(data)

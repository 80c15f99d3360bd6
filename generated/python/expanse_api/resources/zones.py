"""`client.zones` and everything under it: the sync classes, then the async ones."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base_client import path_segment
from .._operations import OPERATIONS

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any, Literal, Unpack

    from .._base_client import AsyncAPIClient, SyncAPIClient
    from .._types import RequestOptions
    from ..responses import (
        ZoneHistoryListResponse,
        ZoneRecordCreateResponse,
        ZoneRecordUpdateResponse,
    )


class Zones:
    """Operations under `client.zones`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def dnssec(self) -> ZonesDnssec:
        return ZonesDnssec(self._client)

    @cached_property
    def export(self) -> ZonesExport:
        return ZonesExport(self._client)

    @cached_property
    def health_checks(self) -> ZonesHealthChecks:
        return ZonesHealthChecks(self._client)

    @cached_property
    def history(self) -> ZonesHistory:
        return ZonesHistory(self._client)

    @cached_property
    def records(self) -> ZonesRecords:
        return ZonesRecords(self._client)

    def list(self, *, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List team's zones.

        Scope: `dns.read`. `GET /api/zones`
        """
        result: Any = self._client._json(
            OPERATIONS["listZones"], "/api/zones", options, params={"team_id": team_id}
        )
        return result

    def create(
        self,
        *,
        team_id: str,
        zone_name: str,
        records: Sequence[dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create zone (add external zone).

        Scope: `dns.write`. `POST /api/zones`
        """
        from ..bodies import CreateZoneBody

        result: Any = self._client._json(
            OPERATIONS["createZones"],
            "/api/zones",
            options,
            body=CreateZoneBody._payload(team_id=team_id, zone_name=zone_name, records=records),
        )
        return result

    def scan(self, *, domain: str, **options: Unpack[RequestOptions]) -> Any:
        """Scan domain for existing records (before create).

        Scope: `dns.write`. `POST /api/zones/scan`
        """
        from ..bodies import ScanZoneBody

        result: Any = self._client._json(
            OPERATIONS["scanZones"],
            "/api/zones/scan",
            options,
            body=ScanZoneBody._payload(domain=domain),
        )
        return result

    def retrieve(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get zone detail.

        Scope: `dns.read`. `GET /api/zones/{zoneId}`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveZones"], f"/api/zones/{path_segment(zone_id, 'zone_id')}", options
        )
        return result

    def update(
        self, zone_id: str, *, expires_at: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Update zone (expiresAt).

        Scope: `dns.write`. `PATCH /api/zones/{zoneId}`
        """
        from ..bodies import UpdateZoneBody

        result: Any = self._client._json(
            OPERATIONS["updateZones"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}",
            options,
            body=UpdateZoneBody._payload(expires_at=expires_at),
        )
        return result

    def delete(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete zone (owner only for external; team member for all).

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteZones"], f"/api/zones/{path_segment(zone_id, 'zone_id')}", options
        )
        return result

    def delegation(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Check delegation and update zone status.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/delegation`
        """
        result: Any = self._client._json(
            OPERATIONS["delegationZones"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/delegation",
            options,
        )
        return result

    def import_(
        self,
        zone_id: str,
        *,
        format: str,
        content: str,
        dry_run: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Import records (format, content, dryRun?).

        Scope: `dns.write`. `POST /api/zones/{zoneId}/import`
        """
        from ..bodies import ImportZoneBody

        result: Any = self._client._json(
            OPERATIONS["importZones"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/import",
            options,
            body=ImportZoneBody._payload(format=format, content=content, dry_run=dry_run),
        )
        return result


class ZonesDnssec:
    """Operations under `client.zones.dnssec`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get DNSSEC status.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/dnssec`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveZonesDnssec"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/dnssec",
            options,
        )
        return result

    def create(self, zone_id: str, *, enabled: bool, **options: Unpack[RequestOptions]) -> Any:
        """Enable/disable DNSSEC.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/dnssec`
        """
        from ..bodies import CreateZoneDnssecBody

        result: Any = self._client._json(
            OPERATIONS["createZonesDnssec"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/dnssec",
            options,
            body=CreateZoneDnssecBody._payload(enabled=enabled),
        )
        return result


class ZonesExport:
    """Operations under `client.zones.export`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        zone_id: str,
        *,
        format: Literal["json", "csv", "bind"] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Export zone.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/export`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveZonesExport"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/export",
            options,
            params={"format": format},
        )
        return result


class ZonesHealthChecks:
    """Operations under `client.zones.health_checks`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List health checks.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/health-checks`
        """
        result: Any = self._client._json(
            OPERATIONS["listZonesHealthChecks"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks",
            options,
        )
        return result

    def create(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Create health check.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/health-checks`
        """
        result: Any = self._client._json(
            OPERATIONS["createZonesHealthChecks"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks",
            options,
        )
        return result

    def retrieve(
        self, zone_id: str, health_check_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Get health check.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/health-checks/{healthCheckId}`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveZonesHealthChecks"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks/{path_segment(health_check_id, 'health_check_id')}",
            options,
        )
        return result

    def update(self, zone_id: str, health_check_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Update health check.

        Scope: `dns.write`. `PATCH /api/zones/{zoneId}/health-checks/{healthCheckId}`
        """
        result: Any = self._client._json(
            OPERATIONS["updateZonesHealthChecks"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks/{path_segment(health_check_id, 'health_check_id')}",
            options,
        )
        return result

    def delete(self, zone_id: str, health_check_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete health check.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/health-checks/{healthCheckId}`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteZonesHealthChecks"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks/{path_segment(health_check_id, 'health_check_id')}",
            options,
        )
        return result


class ZonesHistory:
    """Operations under `client.zones.history`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self, zone_id: str, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> ZoneHistoryListResponse:
        """List change history.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/history`
        """
        from ..responses import ZoneHistoryListResponse

        data = self._client._json(
            OPERATIONS["listZonesHistory"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/history",
            options,
            params={"limit": limit},
        )
        return ZoneHistoryListResponse._construct(data)

    def rollback(self, zone_id: str, history_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Rollback a change.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/history/{historyId}/rollback`
        """
        result: Any = self._client._json(
            OPERATIONS["rollbackZonesHistory"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/history/{path_segment(history_id, 'history_id')}/rollback",
            options,
        )
        return result


class ZonesRecords:
    """Operations under `client.zones.records`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def lock(self) -> ZonesRecordsLock:
        return ZonesRecordsLock(self._client)

    @cached_property
    def propagation(self) -> ZonesRecordsPropagation:
        return ZonesRecordsPropagation(self._client)

    @cached_property
    def proxy(self) -> ZonesRecordsProxy:
        return ZonesRecordsProxy(self._client)

    def list(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List records.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/records`
        """
        result: Any = self._client._json(
            OPERATIONS["listZonesRecords"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
        )
        return result

    def create(
        self,
        zone_id: str,
        *,
        name: str,
        type: str,
        content: str,
        ttl: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> ZoneRecordCreateResponse:
        """Add record.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records`
        """
        from ..bodies import CreateZoneRecordBody
        from ..responses import ZoneRecordCreateResponse

        data = self._client._json(
            OPERATIONS["createZonesRecords"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
            body=CreateZoneRecordBody._payload(name=name, type=type, content=content, ttl=ttl),
        )
        return ZoneRecordCreateResponse._construct(data)

    def update(
        self,
        zone_id: str,
        *,
        name: str,
        type: str,
        ttl: int | None = None,
        content: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ZoneRecordUpdateResponse:
        """Update record.

        Scope: `dns.write`. `PATCH /api/zones/{zoneId}/records`
        """
        from ..bodies import UpdateZoneRecordBody
        from ..responses import ZoneRecordUpdateResponse

        data = self._client._json(
            OPERATIONS["updateZonesRecords"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
            body=UpdateZoneRecordBody._payload(name=name, type=type, ttl=ttl, content=content),
        )
        return ZoneRecordUpdateResponse._construct(data)

    def delete(
        self, zone_id: str, *, name: str, type: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Delete record.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/records`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteZonesRecords"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
            params={"name": name, "type": type},
        )
        return result

    def bulk_delete(
        self, zone_id: str, *, records: Sequence[dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> Any:
        """Delete multiple records.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records/bulk-delete`
        """
        from ..bodies import BulkDeleteZoneRecordBody

        result: Any = self._client._json(
            OPERATIONS["bulkDeleteZonesRecords"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/bulk-delete",
            options,
            body=BulkDeleteZoneRecordBody._payload(records=records),
        )
        return result


class ZonesRecordsLock:
    """Operations under `client.zones.records.lock`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List locked records.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/records/lock`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveZonesRecordsLock"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/lock",
            options,
        )
        return result

    def create(
        self,
        zone_id: str,
        *,
        record_name: str,
        record_type: str,
        reason: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Lock a record.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records/lock`
        """
        from ..bodies import CreateZoneRecordLockBody

        result: Any = self._client._json(
            OPERATIONS["createZonesRecordsLock"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/lock",
            options,
            body=CreateZoneRecordLockBody._payload(
                record_name=record_name, record_type=record_type, reason=reason
            ),
        )
        return result

    def delete(
        self, zone_id: str, *, name: str, type: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Unlock.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/records/lock`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteZonesRecordsLock"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/lock",
            options,
            params={"name": name, "type": type},
        )
        return result


class ZonesRecordsPropagation:
    """Operations under `client.zones.records.propagation`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        zone_id: str,
        *,
        name: str,
        type: str,
        expected_content: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Get propagation.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/records/propagation`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveZonesRecordsPropagation"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/propagation",
            options,
            params={"name": name, "type": type, "expectedContent": expected_content},
        )
        return result


class ZonesRecordsProxy:
    """Operations under `client.zones.records.proxy`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        zone_id: str,
        *,
        record_name: str,
        record_type: str,
        origin_content: str,
        origin_port: int | None = None,
        origin_scheme: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Enable proxy.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records/proxy`
        """
        from ..bodies import CreateZoneRecordProxyBody

        result: Any = self._client._json(
            OPERATIONS["createZonesRecordsProxy"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/proxy",
            options,
            body=CreateZoneRecordProxyBody._payload(
                record_name=record_name,
                record_type=record_type,
                origin_content=origin_content,
                origin_port=origin_port,
                origin_scheme=origin_scheme,
            ),
        )
        return result

    def delete(
        self, zone_id: str, *, name: str, type: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Disable proxy.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/records/proxy`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteZonesRecordsProxy"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/proxy",
            options,
            params={"name": name, "type": type},
        )
        return result


class AsyncZones:
    """Operations under `client.zones`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def dnssec(self) -> AsyncZonesDnssec:
        return AsyncZonesDnssec(self._client)

    @cached_property
    def export(self) -> AsyncZonesExport:
        return AsyncZonesExport(self._client)

    @cached_property
    def health_checks(self) -> AsyncZonesHealthChecks:
        return AsyncZonesHealthChecks(self._client)

    @cached_property
    def history(self) -> AsyncZonesHistory:
        return AsyncZonesHistory(self._client)

    @cached_property
    def records(self) -> AsyncZonesRecords:
        return AsyncZonesRecords(self._client)

    async def list(self, *, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List team's zones.

        Scope: `dns.read`. `GET /api/zones`
        """
        result: Any = await self._client._json(
            OPERATIONS["listZones"], "/api/zones", options, params={"team_id": team_id}
        )
        return result

    async def create(
        self,
        *,
        team_id: str,
        zone_name: str,
        records: Sequence[dict[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create zone (add external zone).

        Scope: `dns.write`. `POST /api/zones`
        """
        from ..bodies import CreateZoneBody

        result: Any = await self._client._json(
            OPERATIONS["createZones"],
            "/api/zones",
            options,
            body=CreateZoneBody._payload(team_id=team_id, zone_name=zone_name, records=records),
        )
        return result

    async def scan(self, *, domain: str, **options: Unpack[RequestOptions]) -> Any:
        """Scan domain for existing records (before create).

        Scope: `dns.write`. `POST /api/zones/scan`
        """
        from ..bodies import ScanZoneBody

        result: Any = await self._client._json(
            OPERATIONS["scanZones"],
            "/api/zones/scan",
            options,
            body=ScanZoneBody._payload(domain=domain),
        )
        return result

    async def retrieve(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get zone detail.

        Scope: `dns.read`. `GET /api/zones/{zoneId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveZones"], f"/api/zones/{path_segment(zone_id, 'zone_id')}", options
        )
        return result

    async def update(
        self, zone_id: str, *, expires_at: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Update zone (expiresAt).

        Scope: `dns.write`. `PATCH /api/zones/{zoneId}`
        """
        from ..bodies import UpdateZoneBody

        result: Any = await self._client._json(
            OPERATIONS["updateZones"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}",
            options,
            body=UpdateZoneBody._payload(expires_at=expires_at),
        )
        return result

    async def delete(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete zone (owner only for external; team member for all).

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteZones"], f"/api/zones/{path_segment(zone_id, 'zone_id')}", options
        )
        return result

    async def delegation(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Check delegation and update zone status.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/delegation`
        """
        result: Any = await self._client._json(
            OPERATIONS["delegationZones"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/delegation",
            options,
        )
        return result

    async def import_(
        self,
        zone_id: str,
        *,
        format: str,
        content: str,
        dry_run: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Import records (format, content, dryRun?).

        Scope: `dns.write`. `POST /api/zones/{zoneId}/import`
        """
        from ..bodies import ImportZoneBody

        result: Any = await self._client._json(
            OPERATIONS["importZones"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/import",
            options,
            body=ImportZoneBody._payload(format=format, content=content, dry_run=dry_run),
        )
        return result


class AsyncZonesDnssec:
    """Operations under `client.zones.dnssec`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get DNSSEC status.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/dnssec`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveZonesDnssec"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/dnssec",
            options,
        )
        return result

    async def create(
        self, zone_id: str, *, enabled: bool, **options: Unpack[RequestOptions]
    ) -> Any:
        """Enable/disable DNSSEC.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/dnssec`
        """
        from ..bodies import CreateZoneDnssecBody

        result: Any = await self._client._json(
            OPERATIONS["createZonesDnssec"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/dnssec",
            options,
            body=CreateZoneDnssecBody._payload(enabled=enabled),
        )
        return result


class AsyncZonesExport:
    """Operations under `client.zones.export`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        zone_id: str,
        *,
        format: Literal["json", "csv", "bind"] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Export zone.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/export`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveZonesExport"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/export",
            options,
            params={"format": format},
        )
        return result


class AsyncZonesHealthChecks:
    """Operations under `client.zones.health_checks`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List health checks.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/health-checks`
        """
        result: Any = await self._client._json(
            OPERATIONS["listZonesHealthChecks"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks",
            options,
        )
        return result

    async def create(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Create health check.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/health-checks`
        """
        result: Any = await self._client._json(
            OPERATIONS["createZonesHealthChecks"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks",
            options,
        )
        return result

    async def retrieve(
        self, zone_id: str, health_check_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Get health check.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/health-checks/{healthCheckId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveZonesHealthChecks"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks/{path_segment(health_check_id, 'health_check_id')}",
            options,
        )
        return result

    async def update(
        self, zone_id: str, health_check_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Update health check.

        Scope: `dns.write`. `PATCH /api/zones/{zoneId}/health-checks/{healthCheckId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["updateZonesHealthChecks"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks/{path_segment(health_check_id, 'health_check_id')}",
            options,
        )
        return result

    async def delete(
        self, zone_id: str, health_check_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Delete health check.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/health-checks/{healthCheckId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteZonesHealthChecks"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks/{path_segment(health_check_id, 'health_check_id')}",
            options,
        )
        return result


class AsyncZonesHistory:
    """Operations under `client.zones.history`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self, zone_id: str, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> ZoneHistoryListResponse:
        """List change history.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/history`
        """
        from ..responses import ZoneHistoryListResponse

        data = await self._client._json(
            OPERATIONS["listZonesHistory"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/history",
            options,
            params={"limit": limit},
        )
        return ZoneHistoryListResponse._construct(data)

    async def rollback(
        self, zone_id: str, history_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Rollback a change.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/history/{historyId}/rollback`
        """
        result: Any = await self._client._json(
            OPERATIONS["rollbackZonesHistory"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/history/{path_segment(history_id, 'history_id')}/rollback",
            options,
        )
        return result


class AsyncZonesRecords:
    """Operations under `client.zones.records`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def lock(self) -> AsyncZonesRecordsLock:
        return AsyncZonesRecordsLock(self._client)

    @cached_property
    def propagation(self) -> AsyncZonesRecordsPropagation:
        return AsyncZonesRecordsPropagation(self._client)

    @cached_property
    def proxy(self) -> AsyncZonesRecordsProxy:
        return AsyncZonesRecordsProxy(self._client)

    async def list(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List records.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/records`
        """
        result: Any = await self._client._json(
            OPERATIONS["listZonesRecords"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
        )
        return result

    async def create(
        self,
        zone_id: str,
        *,
        name: str,
        type: str,
        content: str,
        ttl: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> ZoneRecordCreateResponse:
        """Add record.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records`
        """
        from ..bodies import CreateZoneRecordBody
        from ..responses import ZoneRecordCreateResponse

        data = await self._client._json(
            OPERATIONS["createZonesRecords"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
            body=CreateZoneRecordBody._payload(name=name, type=type, content=content, ttl=ttl),
        )
        return ZoneRecordCreateResponse._construct(data)

    async def update(
        self,
        zone_id: str,
        *,
        name: str,
        type: str,
        ttl: int | None = None,
        content: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ZoneRecordUpdateResponse:
        """Update record.

        Scope: `dns.write`. `PATCH /api/zones/{zoneId}/records`
        """
        from ..bodies import UpdateZoneRecordBody
        from ..responses import ZoneRecordUpdateResponse

        data = await self._client._json(
            OPERATIONS["updateZonesRecords"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
            body=UpdateZoneRecordBody._payload(name=name, type=type, ttl=ttl, content=content),
        )
        return ZoneRecordUpdateResponse._construct(data)

    async def delete(
        self, zone_id: str, *, name: str, type: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Delete record.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/records`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteZonesRecords"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
            params={"name": name, "type": type},
        )
        return result

    async def bulk_delete(
        self, zone_id: str, *, records: Sequence[dict[str, Any]], **options: Unpack[RequestOptions]
    ) -> Any:
        """Delete multiple records.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records/bulk-delete`
        """
        from ..bodies import BulkDeleteZoneRecordBody

        result: Any = await self._client._json(
            OPERATIONS["bulkDeleteZonesRecords"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/bulk-delete",
            options,
            body=BulkDeleteZoneRecordBody._payload(records=records),
        )
        return result


class AsyncZonesRecordsLock:
    """Operations under `client.zones.records.lock`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List locked records.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/records/lock`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveZonesRecordsLock"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/lock",
            options,
        )
        return result

    async def create(
        self,
        zone_id: str,
        *,
        record_name: str,
        record_type: str,
        reason: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Lock a record.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records/lock`
        """
        from ..bodies import CreateZoneRecordLockBody

        result: Any = await self._client._json(
            OPERATIONS["createZonesRecordsLock"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/lock",
            options,
            body=CreateZoneRecordLockBody._payload(
                record_name=record_name, record_type=record_type, reason=reason
            ),
        )
        return result

    async def delete(
        self, zone_id: str, *, name: str, type: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Unlock.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/records/lock`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteZonesRecordsLock"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/lock",
            options,
            params={"name": name, "type": type},
        )
        return result


class AsyncZonesRecordsPropagation:
    """Operations under `client.zones.records.propagation`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        zone_id: str,
        *,
        name: str,
        type: str,
        expected_content: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Get propagation.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/records/propagation`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveZonesRecordsPropagation"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/propagation",
            options,
            params={"name": name, "type": type, "expectedContent": expected_content},
        )
        return result


class AsyncZonesRecordsProxy:
    """Operations under `client.zones.records.proxy`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        zone_id: str,
        *,
        record_name: str,
        record_type: str,
        origin_content: str,
        origin_port: int | None = None,
        origin_scheme: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Enable proxy.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records/proxy`
        """
        from ..bodies import CreateZoneRecordProxyBody

        result: Any = await self._client._json(
            OPERATIONS["createZonesRecordsProxy"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/proxy",
            options,
            body=CreateZoneRecordProxyBody._payload(
                record_name=record_name,
                record_type=record_type,
                origin_content=origin_content,
                origin_port=origin_port,
                origin_scheme=origin_scheme,
            ),
        )
        return result

    async def delete(
        self, zone_id: str, *, name: str, type: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Disable proxy.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/records/proxy`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteZonesRecordsProxy"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/proxy",
            options,
            params={"name": name, "type": type},
        )
        return result

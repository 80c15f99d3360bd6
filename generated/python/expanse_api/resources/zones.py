"""`client.zones` and everything under it: the sync classes, then the async ones."""

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

    def list(self, *, team_id: str | None = None, **options: Unpack[RequestOptions]) -> Any:
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
        team_id: str | None = None,
        zone_name: str | None = None,
        records: Sequence[dict[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create zone.

        Scope: `dns.write`. `POST /api/zones`
        """
        from ..bodies import CreateZoneBody

        result: Any = self._client._json(
            OPERATIONS["createZone"],
            "/api/zones",
            options,
            body=CreateZoneBody._payload(team_id=team_id, zone_name=zone_name, records=records),
        )
        return result

    def scan(self, *, domain: str | None = None, **options: Unpack[RequestOptions]) -> Any:
        """Scan domain for existing records.

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
            OPERATIONS["retrieveZone"], f"/api/zones/{path_segment(zone_id, 'zone_id')}", options
        )
        return result

    def update(
        self, zone_id: str, *, expires_at: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Update zone.

        Scope: `dns.write`. `PATCH /api/zones/{zoneId}`
        """
        from ..bodies import UpdateZoneBody

        result: Any = self._client._json(
            OPERATIONS["updateZone"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}",
            options,
            body=UpdateZoneBody._payload(expires_at=expires_at),
        )
        return result

    def delete(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete zone.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteZone"], f"/api/zones/{path_segment(zone_id, 'zone_id')}", options
        )
        return result

    def delegation(
        self,
        zone_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Check delegation and update zone status.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/delegation`
        """
        result: Any = self._client._json(
            OPERATIONS["delegationZone"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/delegation",
            options,
            body=body,
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
        """Import records.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/import`
        """
        from ..bodies import ImportZoneBody

        result: Any = self._client._json(
            OPERATIONS["importZone"],
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
            OPERATIONS["retrieveZoneDnssec"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/dnssec",
            options,
        )
        return result

    def create(
        self, zone_id: str, *, enabled: bool | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Enable/disable DNSSEC.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/dnssec`
        """
        from ..bodies import CreateZoneDnssecBody

        result: Any = self._client._json(
            OPERATIONS["createZoneDnssec"],
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
        result: Any = self._client._json_or_text(
            OPERATIONS["retrieveZoneExport"],
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
            OPERATIONS["listZoneHealthChecks"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks",
            options,
        )
        return result

    def create(
        self,
        zone_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create health check.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/health-checks`
        """
        result: Any = self._client._json(
            OPERATIONS["createZoneHealthCheck"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks",
            options,
            body=body,
        )
        return result

    def retrieve(
        self, zone_id: str, health_check_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Get health check.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/health-checks/{healthCheckId}`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveZoneHealthCheck"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks/{path_segment(health_check_id, 'health_check_id')}",
            options,
        )
        return result

    def update(
        self,
        zone_id: str,
        health_check_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update health check.

        Scope: `dns.write`. `PATCH /api/zones/{zoneId}/health-checks/{healthCheckId}`
        """
        result: Any = self._client._json(
            OPERATIONS["updateZoneHealthCheck"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks/{path_segment(health_check_id, 'health_check_id')}",
            options,
            body=body,
        )
        return result

    def delete(self, zone_id: str, health_check_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete health check.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/health-checks/{healthCheckId}`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteZoneHealthCheck"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks/{path_segment(health_check_id, 'health_check_id')}",
            options,
        )
        return result


class ZonesHistory:
    """Operations under `client.zones.history`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self, zone_id: str, *, limit: str | None = None, **options: Unpack[RequestOptions]
    ) -> ZoneHistoryListResponse:
        """List change history.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/history`
        """
        from ..responses import ZoneHistoryListResponse

        result: ZoneHistoryListResponse = self._client._json(
            OPERATIONS["listZoneHistory"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/history",
            options,
            params={"limit": limit},
            model=ZoneHistoryListResponse,
        )
        return result

    def rollback(
        self,
        zone_id: str,
        history_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Rollback a change.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/history/{historyId}/rollback`
        """
        result: Any = self._client._json(
            OPERATIONS["rollbackZoneHistory"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/history/{path_segment(history_id, 'history_id')}/rollback",
            options,
            body=body,
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
            OPERATIONS["listZoneRecords"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
        )
        return result

    def create(
        self,
        zone_id: str,
        *,
        name: str | None = None,
        type: str | None = None,
        content: str | None = None,
        ttl: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> ZoneRecordCreateResponse:
        """Add record.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records`
        """
        from ..bodies import CreateZoneRecordBody
        from ..responses import ZoneRecordCreateResponse

        result: ZoneRecordCreateResponse = self._client._json(
            OPERATIONS["createZoneRecord"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
            body=CreateZoneRecordBody._payload(name=name, type=type, content=content, ttl=ttl),
            model=ZoneRecordCreateResponse,
        )
        return result

    def update(
        self,
        zone_id: str,
        *,
        name: str | None = None,
        type: str | None = None,
        ttl: int | None = None,
        content: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ZoneRecordUpdateResponse:
        """Update record.

        Scope: `dns.write`. `PATCH /api/zones/{zoneId}/records`
        """
        from ..bodies import UpdateZoneRecordBody
        from ..responses import ZoneRecordUpdateResponse

        result: ZoneRecordUpdateResponse = self._client._json(
            OPERATIONS["updateZoneRecord"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
            body=UpdateZoneRecordBody._payload(name=name, type=type, ttl=ttl, content=content),
            model=ZoneRecordUpdateResponse,
        )
        return result

    def delete(
        self,
        zone_id: str,
        *,
        name: str | None = None,
        type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Delete record.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/records`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteZoneRecord"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
            params={"name": name, "type": type},
        )
        return result

    def bulk_delete(
        self,
        zone_id: str,
        *,
        records: Sequence[dict[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Delete multiple records.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records/bulk-delete`
        """
        from ..bodies import BulkDeleteZoneRecordBody

        result: Any = self._client._json(
            OPERATIONS["bulkDeleteZoneRecords"],
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
            OPERATIONS["retrieveZoneRecordLock"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/lock",
            options,
        )
        return result

    def create(
        self,
        zone_id: str,
        *,
        record_name: str | None = None,
        record_type: str | None = None,
        reason: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Lock a record.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records/lock`
        """
        from ..bodies import CreateZoneRecordLockBody

        result: Any = self._client._json(
            OPERATIONS["createZoneRecordLock"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/lock",
            options,
            body=CreateZoneRecordLockBody._payload(
                record_name=record_name, record_type=record_type, reason=reason
            ),
        )
        return result

    def delete(
        self,
        zone_id: str,
        *,
        name: str | None = None,
        type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Unlock record.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/records/lock`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteZoneRecordLock"],
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
        name: str | None = None,
        type: str | None = None,
        expected_content: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Get propagation.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/records/propagation`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveZoneRecordPropagation"],
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
        record_name: str | None = None,
        record_type: str | None = None,
        origin_content: str | None = None,
        origin_port: int | None = None,
        origin_scheme: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Enable proxy.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records/proxy`
        """
        from ..bodies import CreateZoneRecordProxyBody

        result: Any = self._client._json(
            OPERATIONS["createZoneRecordProxy"],
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
        self,
        zone_id: str,
        *,
        name: str | None = None,
        type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Disable proxy.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/records/proxy`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteZoneRecordProxy"],
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

    async def list(self, *, team_id: str | None = None, **options: Unpack[RequestOptions]) -> Any:
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
        team_id: str | None = None,
        zone_name: str | None = None,
        records: Sequence[dict[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create zone.

        Scope: `dns.write`. `POST /api/zones`
        """
        from ..bodies import CreateZoneBody

        result: Any = await self._client._json(
            OPERATIONS["createZone"],
            "/api/zones",
            options,
            body=CreateZoneBody._payload(team_id=team_id, zone_name=zone_name, records=records),
        )
        return result

    async def scan(self, *, domain: str | None = None, **options: Unpack[RequestOptions]) -> Any:
        """Scan domain for existing records.

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
            OPERATIONS["retrieveZone"], f"/api/zones/{path_segment(zone_id, 'zone_id')}", options
        )
        return result

    async def update(
        self, zone_id: str, *, expires_at: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Update zone.

        Scope: `dns.write`. `PATCH /api/zones/{zoneId}`
        """
        from ..bodies import UpdateZoneBody

        result: Any = await self._client._json(
            OPERATIONS["updateZone"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}",
            options,
            body=UpdateZoneBody._payload(expires_at=expires_at),
        )
        return result

    async def delete(self, zone_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete zone.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteZone"], f"/api/zones/{path_segment(zone_id, 'zone_id')}", options
        )
        return result

    async def delegation(
        self,
        zone_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Check delegation and update zone status.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/delegation`
        """
        result: Any = await self._client._json(
            OPERATIONS["delegationZone"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/delegation",
            options,
            body=body,
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
        """Import records.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/import`
        """
        from ..bodies import ImportZoneBody

        result: Any = await self._client._json(
            OPERATIONS["importZone"],
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
            OPERATIONS["retrieveZoneDnssec"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/dnssec",
            options,
        )
        return result

    async def create(
        self, zone_id: str, *, enabled: bool | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Enable/disable DNSSEC.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/dnssec`
        """
        from ..bodies import CreateZoneDnssecBody

        result: Any = await self._client._json(
            OPERATIONS["createZoneDnssec"],
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
        result: Any = await self._client._json_or_text(
            OPERATIONS["retrieveZoneExport"],
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
            OPERATIONS["listZoneHealthChecks"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks",
            options,
        )
        return result

    async def create(
        self,
        zone_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create health check.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/health-checks`
        """
        result: Any = await self._client._json(
            OPERATIONS["createZoneHealthCheck"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks",
            options,
            body=body,
        )
        return result

    async def retrieve(
        self, zone_id: str, health_check_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Get health check.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/health-checks/{healthCheckId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveZoneHealthCheck"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks/{path_segment(health_check_id, 'health_check_id')}",
            options,
        )
        return result

    async def update(
        self,
        zone_id: str,
        health_check_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update health check.

        Scope: `dns.write`. `PATCH /api/zones/{zoneId}/health-checks/{healthCheckId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["updateZoneHealthCheck"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks/{path_segment(health_check_id, 'health_check_id')}",
            options,
            body=body,
        )
        return result

    async def delete(
        self, zone_id: str, health_check_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Delete health check.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/health-checks/{healthCheckId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteZoneHealthCheck"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/health-checks/{path_segment(health_check_id, 'health_check_id')}",
            options,
        )
        return result


class AsyncZonesHistory:
    """Operations under `client.zones.history`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self, zone_id: str, *, limit: str | None = None, **options: Unpack[RequestOptions]
    ) -> ZoneHistoryListResponse:
        """List change history.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/history`
        """
        from ..responses import ZoneHistoryListResponse

        result: ZoneHistoryListResponse = await self._client._json(
            OPERATIONS["listZoneHistory"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/history",
            options,
            params={"limit": limit},
            model=ZoneHistoryListResponse,
        )
        return result

    async def rollback(
        self,
        zone_id: str,
        history_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Rollback a change.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/history/{historyId}/rollback`
        """
        result: Any = await self._client._json(
            OPERATIONS["rollbackZoneHistory"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/history/{path_segment(history_id, 'history_id')}/rollback",
            options,
            body=body,
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
            OPERATIONS["listZoneRecords"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
        )
        return result

    async def create(
        self,
        zone_id: str,
        *,
        name: str | None = None,
        type: str | None = None,
        content: str | None = None,
        ttl: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> ZoneRecordCreateResponse:
        """Add record.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records`
        """
        from ..bodies import CreateZoneRecordBody
        from ..responses import ZoneRecordCreateResponse

        result: ZoneRecordCreateResponse = await self._client._json(
            OPERATIONS["createZoneRecord"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
            body=CreateZoneRecordBody._payload(name=name, type=type, content=content, ttl=ttl),
            model=ZoneRecordCreateResponse,
        )
        return result

    async def update(
        self,
        zone_id: str,
        *,
        name: str | None = None,
        type: str | None = None,
        ttl: int | None = None,
        content: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ZoneRecordUpdateResponse:
        """Update record.

        Scope: `dns.write`. `PATCH /api/zones/{zoneId}/records`
        """
        from ..bodies import UpdateZoneRecordBody
        from ..responses import ZoneRecordUpdateResponse

        result: ZoneRecordUpdateResponse = await self._client._json(
            OPERATIONS["updateZoneRecord"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
            body=UpdateZoneRecordBody._payload(name=name, type=type, ttl=ttl, content=content),
            model=ZoneRecordUpdateResponse,
        )
        return result

    async def delete(
        self,
        zone_id: str,
        *,
        name: str | None = None,
        type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Delete record.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/records`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteZoneRecord"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records",
            options,
            params={"name": name, "type": type},
        )
        return result

    async def bulk_delete(
        self,
        zone_id: str,
        *,
        records: Sequence[dict[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Delete multiple records.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records/bulk-delete`
        """
        from ..bodies import BulkDeleteZoneRecordBody

        result: Any = await self._client._json(
            OPERATIONS["bulkDeleteZoneRecords"],
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
            OPERATIONS["retrieveZoneRecordLock"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/lock",
            options,
        )
        return result

    async def create(
        self,
        zone_id: str,
        *,
        record_name: str | None = None,
        record_type: str | None = None,
        reason: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Lock a record.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records/lock`
        """
        from ..bodies import CreateZoneRecordLockBody

        result: Any = await self._client._json(
            OPERATIONS["createZoneRecordLock"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/lock",
            options,
            body=CreateZoneRecordLockBody._payload(
                record_name=record_name, record_type=record_type, reason=reason
            ),
        )
        return result

    async def delete(
        self,
        zone_id: str,
        *,
        name: str | None = None,
        type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Unlock record.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/records/lock`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteZoneRecordLock"],
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
        name: str | None = None,
        type: str | None = None,
        expected_content: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Get propagation.

        Scope: `dns.read`. `GET /api/zones/{zoneId}/records/propagation`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveZoneRecordPropagation"],
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
        record_name: str | None = None,
        record_type: str | None = None,
        origin_content: str | None = None,
        origin_port: int | None = None,
        origin_scheme: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Enable proxy.

        Scope: `dns.write`. `POST /api/zones/{zoneId}/records/proxy`
        """
        from ..bodies import CreateZoneRecordProxyBody

        result: Any = await self._client._json(
            OPERATIONS["createZoneRecordProxy"],
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
        self,
        zone_id: str,
        *,
        name: str | None = None,
        type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Disable proxy.

        Scope: `dns.write`. `DELETE /api/zones/{zoneId}/records/proxy`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteZoneRecordProxy"],
            f"/api/zones/{path_segment(zone_id, 'zone_id')}/records/proxy",
            options,
            params={"name": name, "type": type},
        )
        return result


class ZonesWithRawResponse:
    """`client.with_raw_response.zones`: each method returns the response."""

    def __init__(self, resource: Zones) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.scan = to_raw_response_wrapper(resource.scan)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.delegation = to_raw_response_wrapper(resource.delegation)
        self.import_ = to_raw_response_wrapper(resource.import_)

    @cached_property
    def dnssec(self) -> ZonesDnssecWithRawResponse:
        return ZonesDnssecWithRawResponse(self._resource.dnssec)

    @cached_property
    def export(self) -> ZonesExportWithRawResponse:
        return ZonesExportWithRawResponse(self._resource.export)

    @cached_property
    def health_checks(self) -> ZonesHealthChecksWithRawResponse:
        return ZonesHealthChecksWithRawResponse(self._resource.health_checks)

    @cached_property
    def history(self) -> ZonesHistoryWithRawResponse:
        return ZonesHistoryWithRawResponse(self._resource.history)

    @cached_property
    def records(self) -> ZonesRecordsWithRawResponse:
        return ZonesRecordsWithRawResponse(self._resource.records)


class ZonesWithStreamingResponse:
    """`client.with_streaming_response.zones`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: Zones) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.scan = to_streamed_response_wrapper(resource.scan)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.delegation = to_streamed_response_wrapper(resource.delegation)
        self.import_ = to_streamed_response_wrapper(resource.import_)

    @cached_property
    def dnssec(self) -> ZonesDnssecWithStreamingResponse:
        return ZonesDnssecWithStreamingResponse(self._resource.dnssec)

    @cached_property
    def export(self) -> ZonesExportWithStreamingResponse:
        return ZonesExportWithStreamingResponse(self._resource.export)

    @cached_property
    def health_checks(self) -> ZonesHealthChecksWithStreamingResponse:
        return ZonesHealthChecksWithStreamingResponse(self._resource.health_checks)

    @cached_property
    def history(self) -> ZonesHistoryWithStreamingResponse:
        return ZonesHistoryWithStreamingResponse(self._resource.history)

    @cached_property
    def records(self) -> ZonesRecordsWithStreamingResponse:
        return ZonesRecordsWithStreamingResponse(self._resource.records)


class AsyncZonesWithRawResponse:
    """`client.with_raw_response.zones`: each method returns the response."""

    def __init__(self, resource: AsyncZones) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.scan = async_to_raw_response_wrapper(resource.scan)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.delegation = async_to_raw_response_wrapper(resource.delegation)
        self.import_ = async_to_raw_response_wrapper(resource.import_)

    @cached_property
    def dnssec(self) -> AsyncZonesDnssecWithRawResponse:
        return AsyncZonesDnssecWithRawResponse(self._resource.dnssec)

    @cached_property
    def export(self) -> AsyncZonesExportWithRawResponse:
        return AsyncZonesExportWithRawResponse(self._resource.export)

    @cached_property
    def health_checks(self) -> AsyncZonesHealthChecksWithRawResponse:
        return AsyncZonesHealthChecksWithRawResponse(self._resource.health_checks)

    @cached_property
    def history(self) -> AsyncZonesHistoryWithRawResponse:
        return AsyncZonesHistoryWithRawResponse(self._resource.history)

    @cached_property
    def records(self) -> AsyncZonesRecordsWithRawResponse:
        return AsyncZonesRecordsWithRawResponse(self._resource.records)


class AsyncZonesWithStreamingResponse:
    """`client.with_streaming_response.zones`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncZones) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.scan = async_to_streamed_response_wrapper(resource.scan)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.delegation = async_to_streamed_response_wrapper(resource.delegation)
        self.import_ = async_to_streamed_response_wrapper(resource.import_)

    @cached_property
    def dnssec(self) -> AsyncZonesDnssecWithStreamingResponse:
        return AsyncZonesDnssecWithStreamingResponse(self._resource.dnssec)

    @cached_property
    def export(self) -> AsyncZonesExportWithStreamingResponse:
        return AsyncZonesExportWithStreamingResponse(self._resource.export)

    @cached_property
    def health_checks(self) -> AsyncZonesHealthChecksWithStreamingResponse:
        return AsyncZonesHealthChecksWithStreamingResponse(self._resource.health_checks)

    @cached_property
    def history(self) -> AsyncZonesHistoryWithStreamingResponse:
        return AsyncZonesHistoryWithStreamingResponse(self._resource.history)

    @cached_property
    def records(self) -> AsyncZonesRecordsWithStreamingResponse:
        return AsyncZonesRecordsWithStreamingResponse(self._resource.records)


class ZonesDnssecWithRawResponse:
    """`client.with_raw_response.zones.dnssec`: each method returns the response."""

    def __init__(self, resource: ZonesDnssec) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.create = to_raw_response_wrapper(resource.create)


class ZonesDnssecWithStreamingResponse:
    """`client.with_streaming_response.zones.dnssec`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ZonesDnssec) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncZonesDnssecWithRawResponse:
    """`client.with_raw_response.zones.dnssec`: each method returns the response."""

    def __init__(self, resource: AsyncZonesDnssec) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncZonesDnssecWithStreamingResponse:
    """`client.with_streaming_response.zones.dnssec`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncZonesDnssec) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.create = async_to_streamed_response_wrapper(resource.create)


class ZonesExportWithRawResponse:
    """`client.with_raw_response.zones.export`: each method returns the response."""

    def __init__(self, resource: ZonesExport) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class ZonesExportWithStreamingResponse:
    """`client.with_streaming_response.zones.export`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ZonesExport) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncZonesExportWithRawResponse:
    """`client.with_raw_response.zones.export`: each method returns the response."""

    def __init__(self, resource: AsyncZonesExport) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncZonesExportWithStreamingResponse:
    """`client.with_streaming_response.zones.export`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncZonesExport) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class ZonesHealthChecksWithRawResponse:
    """`client.with_raw_response.zones.health_checks`: each method returns the response."""

    def __init__(self, resource: ZonesHealthChecks) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class ZonesHealthChecksWithStreamingResponse:
    """`client.with_streaming_response.zones.health_checks`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ZonesHealthChecks) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncZonesHealthChecksWithRawResponse:
    """`client.with_raw_response.zones.health_checks`: each method returns the response."""

    def __init__(self, resource: AsyncZonesHealthChecks) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncZonesHealthChecksWithStreamingResponse:
    """`client.with_streaming_response.zones.health_checks`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncZonesHealthChecks) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)


class ZonesHistoryWithRawResponse:
    """`client.with_raw_response.zones.history`: each method returns the response."""

    def __init__(self, resource: ZonesHistory) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.rollback = to_raw_response_wrapper(resource.rollback)


class ZonesHistoryWithStreamingResponse:
    """`client.with_streaming_response.zones.history`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ZonesHistory) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.rollback = to_streamed_response_wrapper(resource.rollback)


class AsyncZonesHistoryWithRawResponse:
    """`client.with_raw_response.zones.history`: each method returns the response."""

    def __init__(self, resource: AsyncZonesHistory) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.rollback = async_to_raw_response_wrapper(resource.rollback)


class AsyncZonesHistoryWithStreamingResponse:
    """`client.with_streaming_response.zones.history`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncZonesHistory) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.rollback = async_to_streamed_response_wrapper(resource.rollback)


class ZonesRecordsWithRawResponse:
    """`client.with_raw_response.zones.records`: each method returns the response."""

    def __init__(self, resource: ZonesRecords) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.bulk_delete = to_raw_response_wrapper(resource.bulk_delete)

    @cached_property
    def lock(self) -> ZonesRecordsLockWithRawResponse:
        return ZonesRecordsLockWithRawResponse(self._resource.lock)

    @cached_property
    def propagation(self) -> ZonesRecordsPropagationWithRawResponse:
        return ZonesRecordsPropagationWithRawResponse(self._resource.propagation)

    @cached_property
    def proxy(self) -> ZonesRecordsProxyWithRawResponse:
        return ZonesRecordsProxyWithRawResponse(self._resource.proxy)


class ZonesRecordsWithStreamingResponse:
    """`client.with_streaming_response.zones.records`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ZonesRecords) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.bulk_delete = to_streamed_response_wrapper(resource.bulk_delete)

    @cached_property
    def lock(self) -> ZonesRecordsLockWithStreamingResponse:
        return ZonesRecordsLockWithStreamingResponse(self._resource.lock)

    @cached_property
    def propagation(self) -> ZonesRecordsPropagationWithStreamingResponse:
        return ZonesRecordsPropagationWithStreamingResponse(self._resource.propagation)

    @cached_property
    def proxy(self) -> ZonesRecordsProxyWithStreamingResponse:
        return ZonesRecordsProxyWithStreamingResponse(self._resource.proxy)


class AsyncZonesRecordsWithRawResponse:
    """`client.with_raw_response.zones.records`: each method returns the response."""

    def __init__(self, resource: AsyncZonesRecords) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.bulk_delete = async_to_raw_response_wrapper(resource.bulk_delete)

    @cached_property
    def lock(self) -> AsyncZonesRecordsLockWithRawResponse:
        return AsyncZonesRecordsLockWithRawResponse(self._resource.lock)

    @cached_property
    def propagation(self) -> AsyncZonesRecordsPropagationWithRawResponse:
        return AsyncZonesRecordsPropagationWithRawResponse(self._resource.propagation)

    @cached_property
    def proxy(self) -> AsyncZonesRecordsProxyWithRawResponse:
        return AsyncZonesRecordsProxyWithRawResponse(self._resource.proxy)


class AsyncZonesRecordsWithStreamingResponse:
    """`client.with_streaming_response.zones.records`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncZonesRecords) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.bulk_delete = async_to_streamed_response_wrapper(resource.bulk_delete)

    @cached_property
    def lock(self) -> AsyncZonesRecordsLockWithStreamingResponse:
        return AsyncZonesRecordsLockWithStreamingResponse(self._resource.lock)

    @cached_property
    def propagation(self) -> AsyncZonesRecordsPropagationWithStreamingResponse:
        return AsyncZonesRecordsPropagationWithStreamingResponse(self._resource.propagation)

    @cached_property
    def proxy(self) -> AsyncZonesRecordsProxyWithStreamingResponse:
        return AsyncZonesRecordsProxyWithStreamingResponse(self._resource.proxy)


class ZonesRecordsLockWithRawResponse:
    """`client.with_raw_response.zones.records.lock`: each method returns the response."""

    def __init__(self, resource: ZonesRecordsLock) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)


class ZonesRecordsLockWithStreamingResponse:
    """`client.with_streaming_response.zones.records.lock`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ZonesRecordsLock) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncZonesRecordsLockWithRawResponse:
    """`client.with_raw_response.zones.records.lock`: each method returns the response."""

    def __init__(self, resource: AsyncZonesRecordsLock) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncZonesRecordsLockWithStreamingResponse:
    """`client.with_streaming_response.zones.records.lock`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncZonesRecordsLock) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)


class ZonesRecordsPropagationWithRawResponse:
    """`client.with_raw_response.zones.records.propagation`: each method returns the response."""

    def __init__(self, resource: ZonesRecordsPropagation) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class ZonesRecordsPropagationWithStreamingResponse:
    """`client.with_streaming_response.zones.records.propagation`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ZonesRecordsPropagation) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncZonesRecordsPropagationWithRawResponse:
    """`client.with_raw_response.zones.records.propagation`: each method returns the response."""

    def __init__(self, resource: AsyncZonesRecordsPropagation) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncZonesRecordsPropagationWithStreamingResponse:
    """`client.with_streaming_response.zones.records.propagation`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncZonesRecordsPropagation) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class ZonesRecordsProxyWithRawResponse:
    """`client.with_raw_response.zones.records.proxy`: each method returns the response."""

    def __init__(self, resource: ZonesRecordsProxy) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)


class ZonesRecordsProxyWithStreamingResponse:
    """`client.with_streaming_response.zones.records.proxy`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ZonesRecordsProxy) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncZonesRecordsProxyWithRawResponse:
    """`client.with_raw_response.zones.records.proxy`: each method returns the response."""

    def __init__(self, resource: AsyncZonesRecordsProxy) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncZonesRecordsProxyWithStreamingResponse:
    """`client.with_streaming_response.zones.records.proxy`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncZonesRecordsProxy) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)

"""`client.services` and everything under it: the sync classes, then the async ones."""

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
    from ..responses import ServiceListResponse


class Services:
    """Operations under `client.services`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def agent_token(self) -> ServicesAgentToken:
        return ServicesAgentToken(self._client)

    @cached_property
    def alert_rules(self) -> ServicesAlertRules:
        return ServicesAlertRules(self._client)

    @cached_property
    def bare_metal(self) -> ServicesBareMetal:
        return ServicesBareMetal(self._client)

    @cached_property
    def billing_period(self) -> ServicesBillingPeriod:
        return ServicesBillingPeriod(self._client)

    @cached_property
    def fired_alerts(self) -> ServicesFiredAlerts:
        return ServicesFiredAlerts(self._client)

    @cached_property
    def metrics(self) -> ServicesMetrics:
        return ServicesMetrics(self._client)

    def list(
        self,
        *,
        team_id: str | None = None,
        service_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ServiceListResponse:
        """List team services.

        Scope: `services.read`. `GET /api/services`
        """
        from ..responses import ServiceListResponse

        result: ServiceListResponse = self._client._json(
            OPERATIONS["listServices"],
            "/api/services",
            options,
            params={"team_id": team_id, "service_type": service_type},
            model=ServiceListResponse,
        )
        return result

    def cancel(
        self,
        id: str,
        *,
        when: Literal["immediately", "end_of_billing_period"] | None = None,
        cancellation_reason: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Cancel service.

        Scope: `services.write`. `POST /api/services/{id}/cancel`
        """
        from ..bodies import CancelServiceBody

        result: Any = self._client._json(
            OPERATIONS["cancelService"],
            f"/api/services/{path_segment(id, 'id')}/cancel",
            options,
            body=CancelServiceBody._payload(when=when, cancellation_reason=cancellation_reason),
        )
        return result

    def change_plan(
        self,
        id: str,
        *,
        new_plan_id: str | None = None,
        option_choices: Sequence[Any] | None = None,
        downgrade_mode: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Upgrade or downgrade a game server plan.

        Scope: `services.write`. `POST /api/services/{id}/change-plan`
        """
        from ..bodies import ChangePlanServiceBody

        result: Any = self._client._json(
            OPERATIONS["changePlanService"],
            f"/api/services/{path_segment(id, 'id')}/change-plan",
            options,
            body=ChangePlanServiceBody._payload(
                new_plan_id=new_plan_id,
                option_choices=option_choices,
                downgrade_mode=downgrade_mode,
            ),
        )
        return result

    def hide_from_list(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Hide a finished team service from customer lists.

        Scope: `services.write`. `POST /api/services/{id}/hide-from-list`
        """
        result: Any = self._client._json(
            OPERATIONS["hideFromListService"],
            f"/api/services/{path_segment(id, 'id')}/hide-from-list",
            options,
            body=body,
        )
        return result

    def retry_provisioning(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Retry failed domain provisioning.

        Scope: `services.write`. `POST /api/services/{id}/retry-provisioning`
        """
        result: Any = self._client._json(
            OPERATIONS["retryProvisioningService"],
            f"/api/services/{path_segment(id, 'id')}/retry-provisioning",
            options,
            body=body,
        )
        return result

    def withdraw_cancellation(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Withdraw end-of-period cancellation.

        Scope: `services.write`. `POST /api/services/{id}/withdraw-cancellation`
        """
        result: Any = self._client._json(
            OPERATIONS["withdrawCancellationService"],
            f"/api/services/{path_segment(id, 'id')}/withdraw-cancellation",
            options,
            body=body,
        )
        return result


class ServicesAgentToken:
    """Operations under `client.services.agent_token`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get agent token status.

        Scope: `services.read`. `GET /api/services/{id}/agent-token`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveServiceAgentToken"],
            f"/api/services/{path_segment(id, 'id')}/agent-token",
            options,
        )
        return result

    def create(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create agent token.

        Scope: `services.write`. `POST /api/services/{id}/agent-token`
        """
        result: Any = self._client._json(
            OPERATIONS["createServiceAgentToken"],
            f"/api/services/{path_segment(id, 'id')}/agent-token",
            options,
            body=body,
        )
        return result

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Revoke agent token.

        Scope: `services.write`. `DELETE /api/services/{id}/agent-token`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteServiceAgentToken"],
            f"/api/services/{path_segment(id, 'id')}/agent-token",
            options,
        )
        return result


class ServicesAlertRules:
    """Operations under `client.services.alert_rules`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """List alert rules.

        Scope: `services.read`. `GET /api/services/{id}/alert-rules`
        """
        result: Any = self._client._json(
            OPERATIONS["listServiceAlertRules"],
            f"/api/services/{path_segment(id, 'id')}/alert-rules",
            options,
        )
        return result

    def create(
        self,
        id: str,
        *,
        metric_type: str | None = None,
        operator: str | None = None,
        threshold: float | None = None,
        duration_minutes: int | None = None,
        severity: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create alert rule.

        Scope: `services.write`. `POST /api/services/{id}/alert-rules`
        """
        from ..bodies import CreateServiceAlertRuleBody

        result: Any = self._client._json(
            OPERATIONS["createServiceAlertRule"],
            f"/api/services/{path_segment(id, 'id')}/alert-rules",
            options,
            body=CreateServiceAlertRuleBody._payload(
                metric_type=metric_type,
                operator=operator,
                threshold=threshold,
                duration_minutes=duration_minutes,
                severity=severity,
            ),
        )
        return result

    def update(
        self,
        id: str,
        rule_id: str,
        *,
        enabled: bool | None = None,
        threshold: float | None = None,
        duration_minutes: int | None = None,
        severity: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update alert rule.

        Scope: `services.write`. `PATCH /api/services/{id}/alert-rules/{ruleId}`
        """
        from ..bodies import UpdateServiceAlertRuleBody

        result: Any = self._client._json(
            OPERATIONS["updateServiceAlertRule"],
            f"/api/services/{path_segment(id, 'id')}/alert-rules/{path_segment(rule_id, 'rule_id')}",
            options,
            body=UpdateServiceAlertRuleBody._payload(
                enabled=enabled,
                threshold=threshold,
                duration_minutes=duration_minutes,
                severity=severity,
            ),
        )
        return result

    def delete(self, id: str, rule_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete alert rule.

        Scope: `services.write`. `DELETE /api/services/{id}/alert-rules/{ruleId}`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteServiceAlertRule"],
            f"/api/services/{path_segment(id, 'id')}/alert-rules/{path_segment(rule_id, 'rule_id')}",
            options,
        )
        return result


class ServicesBareMetal:
    """Operations under `client.services.bare_metal`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def notes(self) -> ServicesBareMetalNotes:
        return ServicesBareMetalNotes(self._client)

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get bare-metal service.

        Scope: `services.read`. `GET /api/services/{id}/bare-metal`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveServiceBareMetal"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal",
            options,
        )
        return result

    def console(
        self, id: str, *, console_mode: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Open a console session.

        Scope: `services.write`. `POST /api/services/{id}/bare-metal/console`
        """
        from ..bodies import ConsoleServiceBareMetalBody

        result: Any = self._client._json(
            OPERATIONS["consoleServiceBareMetal"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/console",
            options,
            body=ConsoleServiceBareMetalBody._payload(console_mode=console_mode),
        )
        return result

    def power(
        self, id: str, *, action: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Power bare metal.

        Scope: `services.write`. `POST /api/services/{id}/bare-metal/power`
        """
        from ..bodies import PowerServiceBareMetalBody

        result: Any = self._client._json(
            OPERATIONS["powerServiceBareMetal"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/power",
            options,
            body=PowerServiceBareMetalBody._payload(action=action),
        )
        return result

    def reinstall(
        self,
        id: str,
        *,
        profile_id: str | None = None,
        disklayout_id: str | None = None,
        rootpassword: str | None = None,
        run_scripts: bool | None = None,
        userprovided_disk_layout: str | None = None,
        hostname: str | None = None,
        sshkeys: Sequence[str] | None = None,
        configure_all_ipvfour: bool | None = None,
        configure_all_ipvsix: bool | None = None,
        install_power_action: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Reinstall bare-metal server.

        Scope: `services.write`. `POST /api/services/{id}/bare-metal/reinstall`
        """
        from ..bodies import ReinstallServiceBareMetalBody

        result: Any = self._client._json(
            OPERATIONS["reinstallServiceBareMetal"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/reinstall",
            options,
            body=ReinstallServiceBareMetalBody._payload(
                profile_id=profile_id,
                disklayout_id=disklayout_id,
                rootpassword=rootpassword,
                run_scripts=run_scripts,
                userprovided_disk_layout=userprovided_disk_layout,
                hostname=hostname,
                sshkeys=sshkeys,
                configure_all_ipvfour=configure_all_ipvfour,
                configure_all_ipvsix=configure_all_ipvsix,
                install_power_action=install_power_action,
            ),
        )
        return result

    def rescue(
        self,
        id: str,
        *,
        profile_id: str | None = None,
        message: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Boot a rescue system.

        Scope: `services.write`. `POST /api/services/{id}/bare-metal/rescue`
        """
        from ..bodies import RescueServiceBareMetalBody

        result: Any = self._client._json(
            OPERATIONS["rescueServiceBareMetal"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/rescue",
            options,
            body=RescueServiceBareMetalBody._payload(profile_id=profile_id, message=message),
        )
        return result

    def stats(
        self,
        id: str,
        *,
        category: str | None = None,
        mode: str | None = None,
        payload: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Query bare-metal stats.

        Scope: `services.write`. `POST /api/services/{id}/bare-metal/stats`
        """
        from ..bodies import StatsServiceBareMetalBody

        result: Any = self._client._json(
            OPERATIONS["statsServiceBareMetal"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/stats",
            options,
            body=StatsServiceBareMetalBody._payload(category=category, mode=mode, payload=payload),
        )
        return result


class ServicesBareMetalNotes:
    """Operations under `client.services.bare_metal.notes`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Fetch notes.

        Scope: `services.read`. `GET /api/services/{id}/bare-metal/notes`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveServiceBareMetalNotes"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/notes",
            options,
        )
        return result

    def update(
        self, id: str, *, notes: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Save notes.

        Scope: `services.write`. `PATCH /api/services/{id}/bare-metal/notes`
        """
        from ..bodies import UpdateServiceBareMetalNotesBody

        result: Any = self._client._json(
            OPERATIONS["updateServiceBareMetalNotes"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/notes",
            options,
            body=UpdateServiceBareMetalNotesBody._payload(notes=notes),
        )
        return result


class ServicesBillingPeriod:
    """Operations under `client.services.billing_period`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def update(
        self, id: str, *, billing_period: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Change the billing period for a game server subscription.

        Scope: `services.write`. `PATCH /api/services/{id}/billing-period`
        """
        from ..bodies import UpdateServiceBillingPeriodBody

        result: Any = self._client._json(
            OPERATIONS["updateServiceBillingPeriod"],
            f"/api/services/{path_segment(id, 'id')}/billing-period",
            options,
            body=UpdateServiceBillingPeriodBody._payload(billing_period=billing_period),
        )
        return result


class ServicesFiredAlerts:
    """Operations under `client.services.fired_alerts`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(self, id: str, *, limit: str | None = None, **options: Unpack[RequestOptions]) -> Any:
        """List fired alerts for a service.

        Scope: `services.read`. `GET /api/services/{id}/fired-alerts`
        """
        result: Any = self._client._json(
            OPERATIONS["listServiceFiredAlerts"],
            f"/api/services/{path_segment(id, 'id')}/fired-alerts",
            options,
            params={"limit": limit},
        )
        return result


class ServicesMetrics:
    """Operations under `client.services.metrics`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        id: str,
        *,
        range: str | None = None,
        metric: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Fetch VPS or game server metrics for charts.

        Scope: `services.read`. `GET /api/services/{id}/metrics`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveServiceMetrics"],
            f"/api/services/{path_segment(id, 'id')}/metrics",
            options,
            params={"range": range, "metric": metric},
        )
        return result

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete metrics.

        Scope: `services.write`. `DELETE /api/services/{id}/metrics`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteServiceMetrics"],
            f"/api/services/{path_segment(id, 'id')}/metrics",
            options,
        )
        return result


class AsyncServices:
    """Operations under `client.services`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def agent_token(self) -> AsyncServicesAgentToken:
        return AsyncServicesAgentToken(self._client)

    @cached_property
    def alert_rules(self) -> AsyncServicesAlertRules:
        return AsyncServicesAlertRules(self._client)

    @cached_property
    def bare_metal(self) -> AsyncServicesBareMetal:
        return AsyncServicesBareMetal(self._client)

    @cached_property
    def billing_period(self) -> AsyncServicesBillingPeriod:
        return AsyncServicesBillingPeriod(self._client)

    @cached_property
    def fired_alerts(self) -> AsyncServicesFiredAlerts:
        return AsyncServicesFiredAlerts(self._client)

    @cached_property
    def metrics(self) -> AsyncServicesMetrics:
        return AsyncServicesMetrics(self._client)

    async def list(
        self,
        *,
        team_id: str | None = None,
        service_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ServiceListResponse:
        """List team services.

        Scope: `services.read`. `GET /api/services`
        """
        from ..responses import ServiceListResponse

        result: ServiceListResponse = await self._client._json(
            OPERATIONS["listServices"],
            "/api/services",
            options,
            params={"team_id": team_id, "service_type": service_type},
            model=ServiceListResponse,
        )
        return result

    async def cancel(
        self,
        id: str,
        *,
        when: Literal["immediately", "end_of_billing_period"] | None = None,
        cancellation_reason: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Cancel service.

        Scope: `services.write`. `POST /api/services/{id}/cancel`
        """
        from ..bodies import CancelServiceBody

        result: Any = await self._client._json(
            OPERATIONS["cancelService"],
            f"/api/services/{path_segment(id, 'id')}/cancel",
            options,
            body=CancelServiceBody._payload(when=when, cancellation_reason=cancellation_reason),
        )
        return result

    async def change_plan(
        self,
        id: str,
        *,
        new_plan_id: str | None = None,
        option_choices: Sequence[Any] | None = None,
        downgrade_mode: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Upgrade or downgrade a game server plan.

        Scope: `services.write`. `POST /api/services/{id}/change-plan`
        """
        from ..bodies import ChangePlanServiceBody

        result: Any = await self._client._json(
            OPERATIONS["changePlanService"],
            f"/api/services/{path_segment(id, 'id')}/change-plan",
            options,
            body=ChangePlanServiceBody._payload(
                new_plan_id=new_plan_id,
                option_choices=option_choices,
                downgrade_mode=downgrade_mode,
            ),
        )
        return result

    async def hide_from_list(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Hide a finished team service from customer lists.

        Scope: `services.write`. `POST /api/services/{id}/hide-from-list`
        """
        result: Any = await self._client._json(
            OPERATIONS["hideFromListService"],
            f"/api/services/{path_segment(id, 'id')}/hide-from-list",
            options,
            body=body,
        )
        return result

    async def retry_provisioning(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Retry failed domain provisioning.

        Scope: `services.write`. `POST /api/services/{id}/retry-provisioning`
        """
        result: Any = await self._client._json(
            OPERATIONS["retryProvisioningService"],
            f"/api/services/{path_segment(id, 'id')}/retry-provisioning",
            options,
            body=body,
        )
        return result

    async def withdraw_cancellation(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Withdraw end-of-period cancellation.

        Scope: `services.write`. `POST /api/services/{id}/withdraw-cancellation`
        """
        result: Any = await self._client._json(
            OPERATIONS["withdrawCancellationService"],
            f"/api/services/{path_segment(id, 'id')}/withdraw-cancellation",
            options,
            body=body,
        )
        return result


class AsyncServicesAgentToken:
    """Operations under `client.services.agent_token`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get agent token status.

        Scope: `services.read`. `GET /api/services/{id}/agent-token`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveServiceAgentToken"],
            f"/api/services/{path_segment(id, 'id')}/agent-token",
            options,
        )
        return result

    async def create(
        self,
        id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create agent token.

        Scope: `services.write`. `POST /api/services/{id}/agent-token`
        """
        result: Any = await self._client._json(
            OPERATIONS["createServiceAgentToken"],
            f"/api/services/{path_segment(id, 'id')}/agent-token",
            options,
            body=body,
        )
        return result

    async def delete(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Revoke agent token.

        Scope: `services.write`. `DELETE /api/services/{id}/agent-token`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteServiceAgentToken"],
            f"/api/services/{path_segment(id, 'id')}/agent-token",
            options,
        )
        return result


class AsyncServicesAlertRules:
    """Operations under `client.services.alert_rules`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """List alert rules.

        Scope: `services.read`. `GET /api/services/{id}/alert-rules`
        """
        result: Any = await self._client._json(
            OPERATIONS["listServiceAlertRules"],
            f"/api/services/{path_segment(id, 'id')}/alert-rules",
            options,
        )
        return result

    async def create(
        self,
        id: str,
        *,
        metric_type: str | None = None,
        operator: str | None = None,
        threshold: float | None = None,
        duration_minutes: int | None = None,
        severity: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create alert rule.

        Scope: `services.write`. `POST /api/services/{id}/alert-rules`
        """
        from ..bodies import CreateServiceAlertRuleBody

        result: Any = await self._client._json(
            OPERATIONS["createServiceAlertRule"],
            f"/api/services/{path_segment(id, 'id')}/alert-rules",
            options,
            body=CreateServiceAlertRuleBody._payload(
                metric_type=metric_type,
                operator=operator,
                threshold=threshold,
                duration_minutes=duration_minutes,
                severity=severity,
            ),
        )
        return result

    async def update(
        self,
        id: str,
        rule_id: str,
        *,
        enabled: bool | None = None,
        threshold: float | None = None,
        duration_minutes: int | None = None,
        severity: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update alert rule.

        Scope: `services.write`. `PATCH /api/services/{id}/alert-rules/{ruleId}`
        """
        from ..bodies import UpdateServiceAlertRuleBody

        result: Any = await self._client._json(
            OPERATIONS["updateServiceAlertRule"],
            f"/api/services/{path_segment(id, 'id')}/alert-rules/{path_segment(rule_id, 'rule_id')}",
            options,
            body=UpdateServiceAlertRuleBody._payload(
                enabled=enabled,
                threshold=threshold,
                duration_minutes=duration_minutes,
                severity=severity,
            ),
        )
        return result

    async def delete(self, id: str, rule_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete alert rule.

        Scope: `services.write`. `DELETE /api/services/{id}/alert-rules/{ruleId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteServiceAlertRule"],
            f"/api/services/{path_segment(id, 'id')}/alert-rules/{path_segment(rule_id, 'rule_id')}",
            options,
        )
        return result


class AsyncServicesBareMetal:
    """Operations under `client.services.bare_metal`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def notes(self) -> AsyncServicesBareMetalNotes:
        return AsyncServicesBareMetalNotes(self._client)

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get bare-metal service.

        Scope: `services.read`. `GET /api/services/{id}/bare-metal`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveServiceBareMetal"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal",
            options,
        )
        return result

    async def console(
        self, id: str, *, console_mode: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Open a console session.

        Scope: `services.write`. `POST /api/services/{id}/bare-metal/console`
        """
        from ..bodies import ConsoleServiceBareMetalBody

        result: Any = await self._client._json(
            OPERATIONS["consoleServiceBareMetal"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/console",
            options,
            body=ConsoleServiceBareMetalBody._payload(console_mode=console_mode),
        )
        return result

    async def power(
        self, id: str, *, action: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Power bare metal.

        Scope: `services.write`. `POST /api/services/{id}/bare-metal/power`
        """
        from ..bodies import PowerServiceBareMetalBody

        result: Any = await self._client._json(
            OPERATIONS["powerServiceBareMetal"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/power",
            options,
            body=PowerServiceBareMetalBody._payload(action=action),
        )
        return result

    async def reinstall(
        self,
        id: str,
        *,
        profile_id: str | None = None,
        disklayout_id: str | None = None,
        rootpassword: str | None = None,
        run_scripts: bool | None = None,
        userprovided_disk_layout: str | None = None,
        hostname: str | None = None,
        sshkeys: Sequence[str] | None = None,
        configure_all_ipvfour: bool | None = None,
        configure_all_ipvsix: bool | None = None,
        install_power_action: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Reinstall bare-metal server.

        Scope: `services.write`. `POST /api/services/{id}/bare-metal/reinstall`
        """
        from ..bodies import ReinstallServiceBareMetalBody

        result: Any = await self._client._json(
            OPERATIONS["reinstallServiceBareMetal"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/reinstall",
            options,
            body=ReinstallServiceBareMetalBody._payload(
                profile_id=profile_id,
                disklayout_id=disklayout_id,
                rootpassword=rootpassword,
                run_scripts=run_scripts,
                userprovided_disk_layout=userprovided_disk_layout,
                hostname=hostname,
                sshkeys=sshkeys,
                configure_all_ipvfour=configure_all_ipvfour,
                configure_all_ipvsix=configure_all_ipvsix,
                install_power_action=install_power_action,
            ),
        )
        return result

    async def rescue(
        self,
        id: str,
        *,
        profile_id: str | None = None,
        message: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Boot a rescue system.

        Scope: `services.write`. `POST /api/services/{id}/bare-metal/rescue`
        """
        from ..bodies import RescueServiceBareMetalBody

        result: Any = await self._client._json(
            OPERATIONS["rescueServiceBareMetal"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/rescue",
            options,
            body=RescueServiceBareMetalBody._payload(profile_id=profile_id, message=message),
        )
        return result

    async def stats(
        self,
        id: str,
        *,
        category: str | None = None,
        mode: str | None = None,
        payload: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Query bare-metal stats.

        Scope: `services.write`. `POST /api/services/{id}/bare-metal/stats`
        """
        from ..bodies import StatsServiceBareMetalBody

        result: Any = await self._client._json(
            OPERATIONS["statsServiceBareMetal"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/stats",
            options,
            body=StatsServiceBareMetalBody._payload(category=category, mode=mode, payload=payload),
        )
        return result


class AsyncServicesBareMetalNotes:
    """Operations under `client.services.bare_metal.notes`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Fetch notes.

        Scope: `services.read`. `GET /api/services/{id}/bare-metal/notes`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveServiceBareMetalNotes"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/notes",
            options,
        )
        return result

    async def update(
        self, id: str, *, notes: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Save notes.

        Scope: `services.write`. `PATCH /api/services/{id}/bare-metal/notes`
        """
        from ..bodies import UpdateServiceBareMetalNotesBody

        result: Any = await self._client._json(
            OPERATIONS["updateServiceBareMetalNotes"],
            f"/api/services/{path_segment(id, 'id')}/bare-metal/notes",
            options,
            body=UpdateServiceBareMetalNotesBody._payload(notes=notes),
        )
        return result


class AsyncServicesBillingPeriod:
    """Operations under `client.services.billing_period`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def update(
        self, id: str, *, billing_period: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Change the billing period for a game server subscription.

        Scope: `services.write`. `PATCH /api/services/{id}/billing-period`
        """
        from ..bodies import UpdateServiceBillingPeriodBody

        result: Any = await self._client._json(
            OPERATIONS["updateServiceBillingPeriod"],
            f"/api/services/{path_segment(id, 'id')}/billing-period",
            options,
            body=UpdateServiceBillingPeriodBody._payload(billing_period=billing_period),
        )
        return result


class AsyncServicesFiredAlerts:
    """Operations under `client.services.fired_alerts`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self, id: str, *, limit: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """List fired alerts for a service.

        Scope: `services.read`. `GET /api/services/{id}/fired-alerts`
        """
        result: Any = await self._client._json(
            OPERATIONS["listServiceFiredAlerts"],
            f"/api/services/{path_segment(id, 'id')}/fired-alerts",
            options,
            params={"limit": limit},
        )
        return result


class AsyncServicesMetrics:
    """Operations under `client.services.metrics`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        id: str,
        *,
        range: str | None = None,
        metric: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Fetch VPS or game server metrics for charts.

        Scope: `services.read`. `GET /api/services/{id}/metrics`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveServiceMetrics"],
            f"/api/services/{path_segment(id, 'id')}/metrics",
            options,
            params={"range": range, "metric": metric},
        )
        return result

    async def delete(self, id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete metrics.

        Scope: `services.write`. `DELETE /api/services/{id}/metrics`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteServiceMetrics"],
            f"/api/services/{path_segment(id, 'id')}/metrics",
            options,
        )
        return result


class ServicesWithRawResponse:
    """`client.with_raw_response.services`: each method returns the response."""

    def __init__(self, resource: Services) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.change_plan = to_raw_response_wrapper(resource.change_plan)
        self.hide_from_list = to_raw_response_wrapper(resource.hide_from_list)
        self.retry_provisioning = to_raw_response_wrapper(resource.retry_provisioning)
        self.withdraw_cancellation = to_raw_response_wrapper(resource.withdraw_cancellation)

    @cached_property
    def agent_token(self) -> ServicesAgentTokenWithRawResponse:
        return ServicesAgentTokenWithRawResponse(self._resource.agent_token)

    @cached_property
    def alert_rules(self) -> ServicesAlertRulesWithRawResponse:
        return ServicesAlertRulesWithRawResponse(self._resource.alert_rules)

    @cached_property
    def bare_metal(self) -> ServicesBareMetalWithRawResponse:
        return ServicesBareMetalWithRawResponse(self._resource.bare_metal)

    @cached_property
    def billing_period(self) -> ServicesBillingPeriodWithRawResponse:
        return ServicesBillingPeriodWithRawResponse(self._resource.billing_period)

    @cached_property
    def fired_alerts(self) -> ServicesFiredAlertsWithRawResponse:
        return ServicesFiredAlertsWithRawResponse(self._resource.fired_alerts)

    @cached_property
    def metrics(self) -> ServicesMetricsWithRawResponse:
        return ServicesMetricsWithRawResponse(self._resource.metrics)


class ServicesWithStreamingResponse:
    """`client.with_streaming_response.services`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: Services) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.cancel = to_streamed_response_wrapper(resource.cancel)
        self.change_plan = to_streamed_response_wrapper(resource.change_plan)
        self.hide_from_list = to_streamed_response_wrapper(resource.hide_from_list)
        self.retry_provisioning = to_streamed_response_wrapper(resource.retry_provisioning)
        self.withdraw_cancellation = to_streamed_response_wrapper(resource.withdraw_cancellation)

    @cached_property
    def agent_token(self) -> ServicesAgentTokenWithStreamingResponse:
        return ServicesAgentTokenWithStreamingResponse(self._resource.agent_token)

    @cached_property
    def alert_rules(self) -> ServicesAlertRulesWithStreamingResponse:
        return ServicesAlertRulesWithStreamingResponse(self._resource.alert_rules)

    @cached_property
    def bare_metal(self) -> ServicesBareMetalWithStreamingResponse:
        return ServicesBareMetalWithStreamingResponse(self._resource.bare_metal)

    @cached_property
    def billing_period(self) -> ServicesBillingPeriodWithStreamingResponse:
        return ServicesBillingPeriodWithStreamingResponse(self._resource.billing_period)

    @cached_property
    def fired_alerts(self) -> ServicesFiredAlertsWithStreamingResponse:
        return ServicesFiredAlertsWithStreamingResponse(self._resource.fired_alerts)

    @cached_property
    def metrics(self) -> ServicesMetricsWithStreamingResponse:
        return ServicesMetricsWithStreamingResponse(self._resource.metrics)


class AsyncServicesWithRawResponse:
    """`client.with_raw_response.services`: each method returns the response."""

    def __init__(self, resource: AsyncServices) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.change_plan = async_to_raw_response_wrapper(resource.change_plan)
        self.hide_from_list = async_to_raw_response_wrapper(resource.hide_from_list)
        self.retry_provisioning = async_to_raw_response_wrapper(resource.retry_provisioning)
        self.withdraw_cancellation = async_to_raw_response_wrapper(resource.withdraw_cancellation)

    @cached_property
    def agent_token(self) -> AsyncServicesAgentTokenWithRawResponse:
        return AsyncServicesAgentTokenWithRawResponse(self._resource.agent_token)

    @cached_property
    def alert_rules(self) -> AsyncServicesAlertRulesWithRawResponse:
        return AsyncServicesAlertRulesWithRawResponse(self._resource.alert_rules)

    @cached_property
    def bare_metal(self) -> AsyncServicesBareMetalWithRawResponse:
        return AsyncServicesBareMetalWithRawResponse(self._resource.bare_metal)

    @cached_property
    def billing_period(self) -> AsyncServicesBillingPeriodWithRawResponse:
        return AsyncServicesBillingPeriodWithRawResponse(self._resource.billing_period)

    @cached_property
    def fired_alerts(self) -> AsyncServicesFiredAlertsWithRawResponse:
        return AsyncServicesFiredAlertsWithRawResponse(self._resource.fired_alerts)

    @cached_property
    def metrics(self) -> AsyncServicesMetricsWithRawResponse:
        return AsyncServicesMetricsWithRawResponse(self._resource.metrics)


class AsyncServicesWithStreamingResponse:
    """`client.with_streaming_response.services`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncServices) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)
        self.change_plan = async_to_streamed_response_wrapper(resource.change_plan)
        self.hide_from_list = async_to_streamed_response_wrapper(resource.hide_from_list)
        self.retry_provisioning = async_to_streamed_response_wrapper(resource.retry_provisioning)
        self.withdraw_cancellation = async_to_streamed_response_wrapper(
            resource.withdraw_cancellation
        )

    @cached_property
    def agent_token(self) -> AsyncServicesAgentTokenWithStreamingResponse:
        return AsyncServicesAgentTokenWithStreamingResponse(self._resource.agent_token)

    @cached_property
    def alert_rules(self) -> AsyncServicesAlertRulesWithStreamingResponse:
        return AsyncServicesAlertRulesWithStreamingResponse(self._resource.alert_rules)

    @cached_property
    def bare_metal(self) -> AsyncServicesBareMetalWithStreamingResponse:
        return AsyncServicesBareMetalWithStreamingResponse(self._resource.bare_metal)

    @cached_property
    def billing_period(self) -> AsyncServicesBillingPeriodWithStreamingResponse:
        return AsyncServicesBillingPeriodWithStreamingResponse(self._resource.billing_period)

    @cached_property
    def fired_alerts(self) -> AsyncServicesFiredAlertsWithStreamingResponse:
        return AsyncServicesFiredAlertsWithStreamingResponse(self._resource.fired_alerts)

    @cached_property
    def metrics(self) -> AsyncServicesMetricsWithStreamingResponse:
        return AsyncServicesMetricsWithStreamingResponse(self._resource.metrics)


class ServicesAgentTokenWithRawResponse:
    """`client.with_raw_response.services.agent_token`: each method returns the response."""

    def __init__(self, resource: ServicesAgentToken) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)


class ServicesAgentTokenWithStreamingResponse:
    """`client.with_streaming_response.services.agent_token`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ServicesAgentToken) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncServicesAgentTokenWithRawResponse:
    """`client.with_raw_response.services.agent_token`: each method returns the response."""

    def __init__(self, resource: AsyncServicesAgentToken) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncServicesAgentTokenWithStreamingResponse:
    """`client.with_streaming_response.services.agent_token`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncServicesAgentToken) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)


class ServicesAlertRulesWithRawResponse:
    """`client.with_raw_response.services.alert_rules`: each method returns the response."""

    def __init__(self, resource: ServicesAlertRules) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class ServicesAlertRulesWithStreamingResponse:
    """`client.with_streaming_response.services.alert_rules`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ServicesAlertRules) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncServicesAlertRulesWithRawResponse:
    """`client.with_raw_response.services.alert_rules`: each method returns the response."""

    def __init__(self, resource: AsyncServicesAlertRules) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncServicesAlertRulesWithStreamingResponse:
    """`client.with_streaming_response.services.alert_rules`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncServicesAlertRules) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)


class ServicesBareMetalWithRawResponse:
    """`client.with_raw_response.services.bare_metal`: each method returns the response."""

    def __init__(self, resource: ServicesBareMetal) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.console = to_raw_response_wrapper(resource.console)
        self.power = to_raw_response_wrapper(resource.power)
        self.reinstall = to_raw_response_wrapper(resource.reinstall)
        self.rescue = to_raw_response_wrapper(resource.rescue)
        self.stats = to_raw_response_wrapper(resource.stats)

    @cached_property
    def notes(self) -> ServicesBareMetalNotesWithRawResponse:
        return ServicesBareMetalNotesWithRawResponse(self._resource.notes)


class ServicesBareMetalWithStreamingResponse:
    """`client.with_streaming_response.services.bare_metal`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ServicesBareMetal) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.console = to_streamed_response_wrapper(resource.console)
        self.power = to_streamed_response_wrapper(resource.power)
        self.reinstall = to_streamed_response_wrapper(resource.reinstall)
        self.rescue = to_streamed_response_wrapper(resource.rescue)
        self.stats = to_streamed_response_wrapper(resource.stats)

    @cached_property
    def notes(self) -> ServicesBareMetalNotesWithStreamingResponse:
        return ServicesBareMetalNotesWithStreamingResponse(self._resource.notes)


class AsyncServicesBareMetalWithRawResponse:
    """`client.with_raw_response.services.bare_metal`: each method returns the response."""

    def __init__(self, resource: AsyncServicesBareMetal) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.console = async_to_raw_response_wrapper(resource.console)
        self.power = async_to_raw_response_wrapper(resource.power)
        self.reinstall = async_to_raw_response_wrapper(resource.reinstall)
        self.rescue = async_to_raw_response_wrapper(resource.rescue)
        self.stats = async_to_raw_response_wrapper(resource.stats)

    @cached_property
    def notes(self) -> AsyncServicesBareMetalNotesWithRawResponse:
        return AsyncServicesBareMetalNotesWithRawResponse(self._resource.notes)


class AsyncServicesBareMetalWithStreamingResponse:
    """`client.with_streaming_response.services.bare_metal`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncServicesBareMetal) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.console = async_to_streamed_response_wrapper(resource.console)
        self.power = async_to_streamed_response_wrapper(resource.power)
        self.reinstall = async_to_streamed_response_wrapper(resource.reinstall)
        self.rescue = async_to_streamed_response_wrapper(resource.rescue)
        self.stats = async_to_streamed_response_wrapper(resource.stats)

    @cached_property
    def notes(self) -> AsyncServicesBareMetalNotesWithStreamingResponse:
        return AsyncServicesBareMetalNotesWithStreamingResponse(self._resource.notes)


class ServicesBareMetalNotesWithRawResponse:
    """`client.with_raw_response.services.bare_metal.notes`: each method returns the response."""

    def __init__(self, resource: ServicesBareMetalNotes) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class ServicesBareMetalNotesWithStreamingResponse:
    """`client.with_streaming_response.services.bare_metal.notes`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ServicesBareMetalNotes) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncServicesBareMetalNotesWithRawResponse:
    """`client.with_raw_response.services.bare_metal.notes`: each method returns the response."""

    def __init__(self, resource: AsyncServicesBareMetalNotes) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncServicesBareMetalNotesWithStreamingResponse:
    """`client.with_streaming_response.services.bare_metal.notes`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncServicesBareMetalNotes) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)


class ServicesBillingPeriodWithRawResponse:
    """`client.with_raw_response.services.billing_period`: each method returns the response."""

    def __init__(self, resource: ServicesBillingPeriod) -> None:
        self._resource = resource
        self.update = to_raw_response_wrapper(resource.update)


class ServicesBillingPeriodWithStreamingResponse:
    """`client.with_streaming_response.services.billing_period`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ServicesBillingPeriod) -> None:
        self._resource = resource
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncServicesBillingPeriodWithRawResponse:
    """`client.with_raw_response.services.billing_period`: each method returns the response."""

    def __init__(self, resource: AsyncServicesBillingPeriod) -> None:
        self._resource = resource
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncServicesBillingPeriodWithStreamingResponse:
    """`client.with_streaming_response.services.billing_period`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncServicesBillingPeriod) -> None:
        self._resource = resource
        self.update = async_to_streamed_response_wrapper(resource.update)


class ServicesFiredAlertsWithRawResponse:
    """`client.with_raw_response.services.fired_alerts`: each method returns the response."""

    def __init__(self, resource: ServicesFiredAlerts) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class ServicesFiredAlertsWithStreamingResponse:
    """`client.with_streaming_response.services.fired_alerts`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ServicesFiredAlerts) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncServicesFiredAlertsWithRawResponse:
    """`client.with_raw_response.services.fired_alerts`: each method returns the response."""

    def __init__(self, resource: AsyncServicesFiredAlerts) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncServicesFiredAlertsWithStreamingResponse:
    """`client.with_streaming_response.services.fired_alerts`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncServicesFiredAlerts) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)


class ServicesMetricsWithRawResponse:
    """`client.with_raw_response.services.metrics`: each method returns the response."""

    def __init__(self, resource: ServicesMetrics) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)


class ServicesMetricsWithStreamingResponse:
    """`client.with_streaming_response.services.metrics`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: ServicesMetrics) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncServicesMetricsWithRawResponse:
    """`client.with_raw_response.services.metrics`: each method returns the response."""

    def __init__(self, resource: AsyncServicesMetrics) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncServicesMetricsWithStreamingResponse:
    """`client.with_streaming_response.services.metrics`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncServicesMetrics) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)

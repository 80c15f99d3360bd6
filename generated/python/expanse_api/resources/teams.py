"""`client.teams` and everything under it: the sync classes, then the async ones."""

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
        TeamBackupClusterListResponse,
        TeamDatabaseInstanceRevealConnectionResponse,
    )


class Teams:
    """Operations under `client.teams`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def backup(self) -> TeamsBackup:
        return TeamsBackup(self._client)

    @cached_property
    def database(self) -> TeamsDatabase:
        return TeamsDatabase(self._client)

    @cached_property
    def members(self) -> TeamsMembers:
        return TeamsMembers(self._client)

    @cached_property
    def monitoring_settings(self) -> TeamsMonitoringSettings:
        return TeamsMonitoringSettings(self._client)

    @cached_property
    def ssh_keys(self) -> TeamsSshKeys:
        return TeamsSshKeys(self._client)

    def list(self, **options: Unpack[RequestOptions]) -> Any:
        """List teams.

        Scope: `teams.read`. `GET /api/teams`
        """
        result: Any = self._client._json(OPERATIONS["listTeams"], "/api/teams", options)
        return result

    def create(
        self, *, body: Mapping[str, object] | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Create team.

        Scope: `teams.write`. `POST /api/teams`
        """
        result: Any = self._client._json(OPERATIONS["createTeam"], "/api/teams", options, body=body)
        return result

    def retrieve(
        self, team_id: str, *, section: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Get team.

        Scope: `teams.read`. `GET /api/teams/{teamId}`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveTeam"],
            f"/api/teams/{path_segment(team_id, 'team_id')}",
            options,
            params={"section": section},
        )
        return result

    def post(
        self,
        team_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Post to team.

        Scope: `teams.write`. `POST /api/teams/{teamId}`
        """
        result: Any = self._client._json(
            OPERATIONS["postTeam"],
            f"/api/teams/{path_segment(team_id, 'team_id')}",
            options,
            body=body,
        )
        return result

    def update(
        self,
        team_id: str,
        *,
        name: str | None = None,
        billing_email: str | None = None,
        company_name: str | None = None,
        billing_street: str | None = None,
        billing_city: str | None = None,
        billing_state: str | None = None,
        billing_postal: str | None = None,
        billing_country: str | None = None,
        vat_number: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update team.

        Scope: `teams.write`. `PATCH /api/teams/{teamId}`
        """
        from ..bodies import UpdateTeamBody

        result: Any = self._client._json(
            OPERATIONS["updateTeam"],
            f"/api/teams/{path_segment(team_id, 'team_id')}",
            options,
            body=UpdateTeamBody._payload(
                name=name,
                billing_email=billing_email,
                company_name=company_name,
                billing_street=billing_street,
                billing_city=billing_city,
                billing_state=billing_state,
                billing_postal=billing_postal,
                billing_country=billing_country,
                vat_number=vat_number,
            ),
        )
        return result

    def delete(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete team.

        Scope: `teams.write`. `DELETE /api/teams/{teamId}`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteTeam"], f"/api/teams/{path_segment(team_id, 'team_id')}", options
        )
        return result

    def transfer(
        self, team_id: str, *, new_owner_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Transfer team.

        Scope: `teams.write`. `POST /api/teams/{teamId}/transfer`
        """
        from ..bodies import TransferTeamBody

        result: Any = self._client._json(
            OPERATIONS["transferTeam"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/transfer",
            options,
            body=TransferTeamBody._payload(new_owner_id=new_owner_id),
        )
        return result


class TeamsBackup:
    """Operations under `client.teams.backup`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def agent_token(self) -> TeamsBackupAgentToken:
        return TeamsBackupAgentToken(self._client)

    @cached_property
    def clusters(self) -> TeamsBackupClusters:
        return TeamsBackupClusters(self._client)

    @cached_property
    def snapshots(self) -> TeamsBackupSnapshots:
        return TeamsBackupSnapshots(self._client)

    def retrieve(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get team backup summary.

        Scope: `backups.read`. `GET /api/teams/{teamId}/backup`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveTeamBackup"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup",
            options,
        )
        return result

    def delete(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Remove team backup.

        Scope: `backups.write`. `DELETE /api/teams/{teamId}/backup`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteTeamBackup"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup",
            options,
        )
        return result

    def provision(
        self,
        team_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Provision team backup.

        Scope: `backups.write`. `POST /api/teams/{teamId}/backup/provision`
        """
        result: Any = self._client._json(
            OPERATIONS["provisionTeamBackup"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/provision",
            options,
            body=body,
        )
        return result

    def sync(
        self,
        team_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Sync backup snapshots.

        Scope: `backups.write`. `POST /api/teams/{teamId}/backup/sync`
        """
        result: Any = self._client._json(
            OPERATIONS["syncTeamBackup"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/sync",
            options,
            body=body,
        )
        return result

    def trigger(
        self,
        team_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Trigger a backup snapshot.

        Scope: `backups.write`. `POST /api/teams/{teamId}/backup/trigger`
        """
        result: Any = self._client._json(
            OPERATIONS["triggerTeamBackup"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/trigger",
            options,
            body=body,
        )
        return result


class TeamsBackupAgentToken:
    """Operations under `client.teams.backup.agent_token`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        team_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Rotate expbak_ token.

        Scope: `backups.write`. `POST /api/teams/{teamId}/backup/agent-token`
        """
        result: Any = self._client._json(
            OPERATIONS["createTeamBackupAgentToken"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/agent-token",
            options,
            body=body,
        )
        return result

    def delete(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Revoke agent token.

        Scope: `backups.write`. `DELETE /api/teams/{teamId}/backup/agent-token`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteTeamBackupAgentToken"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/agent-token",
            options,
        )
        return result


class TeamsBackupClusters:
    """Operations under `client.teams.backup.clusters`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self, team_id: str, **options: Unpack[RequestOptions]
    ) -> TeamBackupClusterListResponse:
        """List backup regions.

        Scope: `backups.read`. `GET /api/teams/{teamId}/backup/clusters`
        """
        from ..responses import TeamBackupClusterListResponse

        result: TeamBackupClusterListResponse = self._client._json(
            OPERATIONS["listTeamBackupClusters"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/clusters",
            options,
            model=TeamBackupClusterListResponse,
        )
        return result


class TeamsBackupSnapshots:
    """Operations under `client.teams.backup.snapshots`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List backup snapshots.

        Scope: `backups.read`. `GET /api/teams/{teamId}/backup/snapshots`
        """
        result: Any = self._client._json(
            OPERATIONS["listTeamBackupSnapshots"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/snapshots",
            options,
        )
        return result


class TeamsDatabase:
    """Operations under `client.teams.database`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def catalog(self) -> TeamsDatabaseCatalog:
        return TeamsDatabaseCatalog(self._client)

    @cached_property
    def instances(self) -> TeamsDatabaseInstances:
        return TeamsDatabaseInstances(self._client)


class TeamsDatabaseCatalog:
    """Operations under `client.teams.database.catalog`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get database catalog.

        Scope: `teams.read`. `GET /api/teams/{teamId}/database/catalog`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveTeamDatabaseCatalog"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/catalog",
            options,
        )
        return result


class TeamsDatabaseInstances:
    """Operations under `client.teams.database.instances`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def metrics(self) -> TeamsDatabaseInstancesMetrics:
        return TeamsDatabaseInstancesMetrics(self._client)

    @cached_property
    def stats(self) -> TeamsDatabaseInstancesStats:
        return TeamsDatabaseInstancesStats(self._client)

    @cached_property
    def version(self) -> TeamsDatabaseInstancesVersion:
        return TeamsDatabaseInstancesVersion(self._client)

    def list(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List team instances.

        Scope: `teams.read`. `GET /api/teams/{teamId}/database/instances`
        """
        result: Any = self._client._json(
            OPERATIONS["listTeamDatabaseInstances"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances",
            options,
        )
        return result

    def create(
        self,
        team_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Provision database instance.

        Scope: `teams.write`. `POST /api/teams/{teamId}/database/instances`
        """
        result: Any = self._client._json(
            OPERATIONS["createTeamDatabaseInstance"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances",
            options,
            body=body,
        )
        return result

    def retrieve(self, team_id: str, instance_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get database instance.

        Scope: `teams.read`. `GET /api/teams/{teamId}/database/instances/{instanceId}`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveTeamDatabaseInstance"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}",
            options,
        )
        return result

    def delete(self, team_id: str, instance_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Deprovision database instance.

        Scope: `teams.write`. `DELETE /api/teams/{teamId}/database/instances/{instanceId}`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteTeamDatabaseInstance"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}",
            options,
        )
        return result

    def restart(
        self,
        team_id: str,
        instance_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Restart instance.

        Scope: `teams.write`. `POST /api/teams/{teamId}/database/instances/{instanceId}/restart`
        """
        result: Any = self._client._json(
            OPERATIONS["restartTeamDatabaseInstance"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}/restart",
            options,
            body=body,
        )
        return result

    def reveal_connection(
        self,
        team_id: str,
        instance_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> TeamDatabaseInstanceRevealConnectionResponse:
        """Reveal instance connection string.

        Scope: `teams.write`. `POST /api/teams/{teamId}/database/instances/{instanceId}/reveal-connection`
        """
        from ..responses import TeamDatabaseInstanceRevealConnectionResponse

        result: TeamDatabaseInstanceRevealConnectionResponse = self._client._json(
            OPERATIONS["revealConnectionTeamDatabaseInstance"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}/reveal-connection",
            options,
            body=body,
            model=TeamDatabaseInstanceRevealConnectionResponse,
        )
        return result


class TeamsDatabaseInstancesMetrics:
    """Operations under `client.teams.database.instances.metrics`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, team_id: str, instance_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get metrics.

        Scope: `teams.read`. `GET /api/teams/{teamId}/database/instances/{instanceId}/metrics`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveTeamDatabaseInstanceMetrics"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}/metrics",
            options,
        )
        return result


class TeamsDatabaseInstancesStats:
    """Operations under `client.teams.database.instances.stats`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, team_id: str, instance_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get stats.

        Scope: `teams.read`. `GET /api/teams/{teamId}/database/instances/{instanceId}/stats`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveTeamDatabaseInstanceStats"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}/stats",
            options,
        )
        return result


class TeamsDatabaseInstancesVersion:
    """Operations under `client.teams.database.instances.version`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, team_id: str, instance_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get version.

        Scope: `teams.read`. `GET /api/teams/{teamId}/database/instances/{instanceId}/version`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveTeamDatabaseInstanceVersion"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}/version",
            options,
        )
        return result


class TeamsMembers:
    """Operations under `client.teams.members`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        team_id: str,
        *,
        email: str | None = None,
        role: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create member.

        Scope: `teams.write`. `POST /api/teams/{teamId}/members`
        """
        from ..bodies import CreateTeamMemberBody

        result: Any = self._client._json(
            OPERATIONS["createTeamMember"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/members",
            options,
            body=CreateTeamMemberBody._payload(email=email, role=role),
        )
        return result

    def update(
        self,
        team_id: str,
        member_id: str,
        *,
        role: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update member.

        Scope: `teams.write`. `PATCH /api/teams/{teamId}/members/{memberId}`
        """
        from ..bodies import UpdateTeamMemberBody

        result: Any = self._client._json(
            OPERATIONS["updateTeamMember"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/members/{path_segment(member_id, 'member_id')}",
            options,
            body=UpdateTeamMemberBody._payload(role=role),
        )
        return result

    def delete(self, team_id: str, member_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete member.

        Scope: `teams.write`. `DELETE /api/teams/{teamId}/members/{memberId}`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteTeamMember"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/members/{path_segment(member_id, 'member_id')}",
            options,
        )
        return result


class TeamsMonitoringSettings:
    """Operations under `client.teams.monitoring_settings`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get monitoring settings.

        Scope: `teams.read`. `GET /api/teams/{teamId}/monitoring-settings`
        """
        result: Any = self._client._json(
            OPERATIONS["retrieveTeamMonitoringSettings"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/monitoring-settings",
            options,
        )
        return result

    def update(
        self,
        team_id: str,
        *,
        profile_name: str | None = None,
        discord_webhook_url: str | None = None,
        generic_webhook_url: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update monitoring settings.

        Scope: `teams.write`. `PATCH /api/teams/{teamId}/monitoring-settings`
        """
        from ..bodies import UpdateTeamMonitoringSettingsBody

        result: Any = self._client._json(
            OPERATIONS["updateTeamMonitoringSettings"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/monitoring-settings",
            options,
            body=UpdateTeamMonitoringSettingsBody._payload(
                profile_name=profile_name,
                discord_webhook_url=discord_webhook_url,
                generic_webhook_url=generic_webhook_url,
            ),
        )
        return result


class TeamsSshKeys:
    """Operations under `client.teams.ssh_keys`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List ssh keys.

        Scope: `teams.read`. `GET /api/teams/{teamId}/ssh-keys`
        """
        result: Any = self._client._json(
            OPERATIONS["listTeamSshKeys"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/ssh-keys",
            options,
        )
        return result

    def create(
        self,
        team_id: str,
        *,
        name: str | None = None,
        public_key: str | None = None,
        is_default: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create ssh key.

        Scope: `teams.write`. `POST /api/teams/{teamId}/ssh-keys`
        """
        from ..bodies import CreateTeamSshKeyBody

        result: Any = self._client._json(
            OPERATIONS["createTeamSshKey"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/ssh-keys",
            options,
            body=CreateTeamSshKeyBody._payload(
                name=name, public_key=public_key, is_default=is_default
            ),
        )
        return result

    def update(
        self,
        team_id: str,
        key_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update ssh key.

        Scope: `teams.write`. `PATCH /api/teams/{teamId}/ssh-keys/{keyId}`
        """
        result: Any = self._client._json(
            OPERATIONS["updateTeamSshKey"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/ssh-keys/{path_segment(key_id, 'key_id')}",
            options,
            body=body,
        )
        return result

    def delete(self, team_id: str, key_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete ssh key.

        Scope: `teams.write`. `DELETE /api/teams/{teamId}/ssh-keys/{keyId}`
        """
        result: Any = self._client._json(
            OPERATIONS["deleteTeamSshKey"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/ssh-keys/{path_segment(key_id, 'key_id')}",
            options,
        )
        return result


class AsyncTeams:
    """Operations under `client.teams`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def backup(self) -> AsyncTeamsBackup:
        return AsyncTeamsBackup(self._client)

    @cached_property
    def database(self) -> AsyncTeamsDatabase:
        return AsyncTeamsDatabase(self._client)

    @cached_property
    def members(self) -> AsyncTeamsMembers:
        return AsyncTeamsMembers(self._client)

    @cached_property
    def monitoring_settings(self) -> AsyncTeamsMonitoringSettings:
        return AsyncTeamsMonitoringSettings(self._client)

    @cached_property
    def ssh_keys(self) -> AsyncTeamsSshKeys:
        return AsyncTeamsSshKeys(self._client)

    async def list(self, **options: Unpack[RequestOptions]) -> Any:
        """List teams.

        Scope: `teams.read`. `GET /api/teams`
        """
        result: Any = await self._client._json(OPERATIONS["listTeams"], "/api/teams", options)
        return result

    async def create(
        self, *, body: Mapping[str, object] | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Create team.

        Scope: `teams.write`. `POST /api/teams`
        """
        result: Any = await self._client._json(
            OPERATIONS["createTeam"], "/api/teams", options, body=body
        )
        return result

    async def retrieve(
        self, team_id: str, *, section: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Get team.

        Scope: `teams.read`. `GET /api/teams/{teamId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveTeam"],
            f"/api/teams/{path_segment(team_id, 'team_id')}",
            options,
            params={"section": section},
        )
        return result

    async def post(
        self,
        team_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Post to team.

        Scope: `teams.write`. `POST /api/teams/{teamId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["postTeam"],
            f"/api/teams/{path_segment(team_id, 'team_id')}",
            options,
            body=body,
        )
        return result

    async def update(
        self,
        team_id: str,
        *,
        name: str | None = None,
        billing_email: str | None = None,
        company_name: str | None = None,
        billing_street: str | None = None,
        billing_city: str | None = None,
        billing_state: str | None = None,
        billing_postal: str | None = None,
        billing_country: str | None = None,
        vat_number: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update team.

        Scope: `teams.write`. `PATCH /api/teams/{teamId}`
        """
        from ..bodies import UpdateTeamBody

        result: Any = await self._client._json(
            OPERATIONS["updateTeam"],
            f"/api/teams/{path_segment(team_id, 'team_id')}",
            options,
            body=UpdateTeamBody._payload(
                name=name,
                billing_email=billing_email,
                company_name=company_name,
                billing_street=billing_street,
                billing_city=billing_city,
                billing_state=billing_state,
                billing_postal=billing_postal,
                billing_country=billing_country,
                vat_number=vat_number,
            ),
        )
        return result

    async def delete(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete team.

        Scope: `teams.write`. `DELETE /api/teams/{teamId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteTeam"], f"/api/teams/{path_segment(team_id, 'team_id')}", options
        )
        return result

    async def transfer(
        self, team_id: str, *, new_owner_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Transfer team.

        Scope: `teams.write`. `POST /api/teams/{teamId}/transfer`
        """
        from ..bodies import TransferTeamBody

        result: Any = await self._client._json(
            OPERATIONS["transferTeam"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/transfer",
            options,
            body=TransferTeamBody._payload(new_owner_id=new_owner_id),
        )
        return result


class AsyncTeamsBackup:
    """Operations under `client.teams.backup`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def agent_token(self) -> AsyncTeamsBackupAgentToken:
        return AsyncTeamsBackupAgentToken(self._client)

    @cached_property
    def clusters(self) -> AsyncTeamsBackupClusters:
        return AsyncTeamsBackupClusters(self._client)

    @cached_property
    def snapshots(self) -> AsyncTeamsBackupSnapshots:
        return AsyncTeamsBackupSnapshots(self._client)

    async def retrieve(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get team backup summary.

        Scope: `backups.read`. `GET /api/teams/{teamId}/backup`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveTeamBackup"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup",
            options,
        )
        return result

    async def delete(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Remove team backup.

        Scope: `backups.write`. `DELETE /api/teams/{teamId}/backup`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteTeamBackup"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup",
            options,
        )
        return result

    async def provision(
        self,
        team_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Provision team backup.

        Scope: `backups.write`. `POST /api/teams/{teamId}/backup/provision`
        """
        result: Any = await self._client._json(
            OPERATIONS["provisionTeamBackup"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/provision",
            options,
            body=body,
        )
        return result

    async def sync(
        self,
        team_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Sync backup snapshots.

        Scope: `backups.write`. `POST /api/teams/{teamId}/backup/sync`
        """
        result: Any = await self._client._json(
            OPERATIONS["syncTeamBackup"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/sync",
            options,
            body=body,
        )
        return result

    async def trigger(
        self,
        team_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Trigger a backup snapshot.

        Scope: `backups.write`. `POST /api/teams/{teamId}/backup/trigger`
        """
        result: Any = await self._client._json(
            OPERATIONS["triggerTeamBackup"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/trigger",
            options,
            body=body,
        )
        return result


class AsyncTeamsBackupAgentToken:
    """Operations under `client.teams.backup.agent_token`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        team_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Rotate expbak_ token.

        Scope: `backups.write`. `POST /api/teams/{teamId}/backup/agent-token`
        """
        result: Any = await self._client._json(
            OPERATIONS["createTeamBackupAgentToken"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/agent-token",
            options,
            body=body,
        )
        return result

    async def delete(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Revoke agent token.

        Scope: `backups.write`. `DELETE /api/teams/{teamId}/backup/agent-token`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteTeamBackupAgentToken"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/agent-token",
            options,
        )
        return result


class AsyncTeamsBackupClusters:
    """Operations under `client.teams.backup.clusters`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self, team_id: str, **options: Unpack[RequestOptions]
    ) -> TeamBackupClusterListResponse:
        """List backup regions.

        Scope: `backups.read`. `GET /api/teams/{teamId}/backup/clusters`
        """
        from ..responses import TeamBackupClusterListResponse

        result: TeamBackupClusterListResponse = await self._client._json(
            OPERATIONS["listTeamBackupClusters"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/clusters",
            options,
            model=TeamBackupClusterListResponse,
        )
        return result


class AsyncTeamsBackupSnapshots:
    """Operations under `client.teams.backup.snapshots`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List backup snapshots.

        Scope: `backups.read`. `GET /api/teams/{teamId}/backup/snapshots`
        """
        result: Any = await self._client._json(
            OPERATIONS["listTeamBackupSnapshots"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/backup/snapshots",
            options,
        )
        return result


class AsyncTeamsDatabase:
    """Operations under `client.teams.database`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def catalog(self) -> AsyncTeamsDatabaseCatalog:
        return AsyncTeamsDatabaseCatalog(self._client)

    @cached_property
    def instances(self) -> AsyncTeamsDatabaseInstances:
        return AsyncTeamsDatabaseInstances(self._client)


class AsyncTeamsDatabaseCatalog:
    """Operations under `client.teams.database.catalog`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get database catalog.

        Scope: `teams.read`. `GET /api/teams/{teamId}/database/catalog`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveTeamDatabaseCatalog"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/catalog",
            options,
        )
        return result


class AsyncTeamsDatabaseInstances:
    """Operations under `client.teams.database.instances`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def metrics(self) -> AsyncTeamsDatabaseInstancesMetrics:
        return AsyncTeamsDatabaseInstancesMetrics(self._client)

    @cached_property
    def stats(self) -> AsyncTeamsDatabaseInstancesStats:
        return AsyncTeamsDatabaseInstancesStats(self._client)

    @cached_property
    def version(self) -> AsyncTeamsDatabaseInstancesVersion:
        return AsyncTeamsDatabaseInstancesVersion(self._client)

    async def list(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List team instances.

        Scope: `teams.read`. `GET /api/teams/{teamId}/database/instances`
        """
        result: Any = await self._client._json(
            OPERATIONS["listTeamDatabaseInstances"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances",
            options,
        )
        return result

    async def create(
        self,
        team_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Provision database instance.

        Scope: `teams.write`. `POST /api/teams/{teamId}/database/instances`
        """
        result: Any = await self._client._json(
            OPERATIONS["createTeamDatabaseInstance"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances",
            options,
            body=body,
        )
        return result

    async def retrieve(
        self, team_id: str, instance_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Get database instance.

        Scope: `teams.read`. `GET /api/teams/{teamId}/database/instances/{instanceId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveTeamDatabaseInstance"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}",
            options,
        )
        return result

    async def delete(
        self, team_id: str, instance_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Deprovision database instance.

        Scope: `teams.write`. `DELETE /api/teams/{teamId}/database/instances/{instanceId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteTeamDatabaseInstance"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}",
            options,
        )
        return result

    async def restart(
        self,
        team_id: str,
        instance_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Restart instance.

        Scope: `teams.write`. `POST /api/teams/{teamId}/database/instances/{instanceId}/restart`
        """
        result: Any = await self._client._json(
            OPERATIONS["restartTeamDatabaseInstance"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}/restart",
            options,
            body=body,
        )
        return result

    async def reveal_connection(
        self,
        team_id: str,
        instance_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> TeamDatabaseInstanceRevealConnectionResponse:
        """Reveal instance connection string.

        Scope: `teams.write`. `POST /api/teams/{teamId}/database/instances/{instanceId}/reveal-connection`
        """
        from ..responses import TeamDatabaseInstanceRevealConnectionResponse

        result: TeamDatabaseInstanceRevealConnectionResponse = await self._client._json(
            OPERATIONS["revealConnectionTeamDatabaseInstance"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}/reveal-connection",
            options,
            body=body,
            model=TeamDatabaseInstanceRevealConnectionResponse,
        )
        return result


class AsyncTeamsDatabaseInstancesMetrics:
    """Operations under `client.teams.database.instances.metrics`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self, team_id: str, instance_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Get metrics.

        Scope: `teams.read`. `GET /api/teams/{teamId}/database/instances/{instanceId}/metrics`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveTeamDatabaseInstanceMetrics"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}/metrics",
            options,
        )
        return result


class AsyncTeamsDatabaseInstancesStats:
    """Operations under `client.teams.database.instances.stats`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self, team_id: str, instance_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Get stats.

        Scope: `teams.read`. `GET /api/teams/{teamId}/database/instances/{instanceId}/stats`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveTeamDatabaseInstanceStats"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}/stats",
            options,
        )
        return result


class AsyncTeamsDatabaseInstancesVersion:
    """Operations under `client.teams.database.instances.version`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self, team_id: str, instance_id: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Get version.

        Scope: `teams.read`. `GET /api/teams/{teamId}/database/instances/{instanceId}/version`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveTeamDatabaseInstanceVersion"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/database/instances/{path_segment(instance_id, 'instance_id')}/version",
            options,
        )
        return result


class AsyncTeamsMembers:
    """Operations under `client.teams.members`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        team_id: str,
        *,
        email: str | None = None,
        role: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create member.

        Scope: `teams.write`. `POST /api/teams/{teamId}/members`
        """
        from ..bodies import CreateTeamMemberBody

        result: Any = await self._client._json(
            OPERATIONS["createTeamMember"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/members",
            options,
            body=CreateTeamMemberBody._payload(email=email, role=role),
        )
        return result

    async def update(
        self,
        team_id: str,
        member_id: str,
        *,
        role: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update member.

        Scope: `teams.write`. `PATCH /api/teams/{teamId}/members/{memberId}`
        """
        from ..bodies import UpdateTeamMemberBody

        result: Any = await self._client._json(
            OPERATIONS["updateTeamMember"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/members/{path_segment(member_id, 'member_id')}",
            options,
            body=UpdateTeamMemberBody._payload(role=role),
        )
        return result

    async def delete(self, team_id: str, member_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete member.

        Scope: `teams.write`. `DELETE /api/teams/{teamId}/members/{memberId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteTeamMember"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/members/{path_segment(member_id, 'member_id')}",
            options,
        )
        return result


class AsyncTeamsMonitoringSettings:
    """Operations under `client.teams.monitoring_settings`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Get monitoring settings.

        Scope: `teams.read`. `GET /api/teams/{teamId}/monitoring-settings`
        """
        result: Any = await self._client._json(
            OPERATIONS["retrieveTeamMonitoringSettings"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/monitoring-settings",
            options,
        )
        return result

    async def update(
        self,
        team_id: str,
        *,
        profile_name: str | None = None,
        discord_webhook_url: str | None = None,
        generic_webhook_url: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update monitoring settings.

        Scope: `teams.write`. `PATCH /api/teams/{teamId}/monitoring-settings`
        """
        from ..bodies import UpdateTeamMonitoringSettingsBody

        result: Any = await self._client._json(
            OPERATIONS["updateTeamMonitoringSettings"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/monitoring-settings",
            options,
            body=UpdateTeamMonitoringSettingsBody._payload(
                profile_name=profile_name,
                discord_webhook_url=discord_webhook_url,
                generic_webhook_url=generic_webhook_url,
            ),
        )
        return result


class AsyncTeamsSshKeys:
    """Operations under `client.teams.ssh_keys`, awaitable."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(self, team_id: str, **options: Unpack[RequestOptions]) -> Any:
        """List ssh keys.

        Scope: `teams.read`. `GET /api/teams/{teamId}/ssh-keys`
        """
        result: Any = await self._client._json(
            OPERATIONS["listTeamSshKeys"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/ssh-keys",
            options,
        )
        return result

    async def create(
        self,
        team_id: str,
        *,
        name: str | None = None,
        public_key: str | None = None,
        is_default: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create ssh key.

        Scope: `teams.write`. `POST /api/teams/{teamId}/ssh-keys`
        """
        from ..bodies import CreateTeamSshKeyBody

        result: Any = await self._client._json(
            OPERATIONS["createTeamSshKey"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/ssh-keys",
            options,
            body=CreateTeamSshKeyBody._payload(
                name=name, public_key=public_key, is_default=is_default
            ),
        )
        return result

    async def update(
        self,
        team_id: str,
        key_id: str,
        *,
        body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update ssh key.

        Scope: `teams.write`. `PATCH /api/teams/{teamId}/ssh-keys/{keyId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["updateTeamSshKey"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/ssh-keys/{path_segment(key_id, 'key_id')}",
            options,
            body=body,
        )
        return result

    async def delete(self, team_id: str, key_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Delete ssh key.

        Scope: `teams.write`. `DELETE /api/teams/{teamId}/ssh-keys/{keyId}`
        """
        result: Any = await self._client._json(
            OPERATIONS["deleteTeamSshKey"],
            f"/api/teams/{path_segment(team_id, 'team_id')}/ssh-keys/{path_segment(key_id, 'key_id')}",
            options,
        )
        return result


class TeamsWithRawResponse:
    """`client.with_raw_response.teams`: each method returns the response."""

    def __init__(self, resource: Teams) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.post = to_raw_response_wrapper(resource.post)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.transfer = to_raw_response_wrapper(resource.transfer)

    @cached_property
    def backup(self) -> TeamsBackupWithRawResponse:
        return TeamsBackupWithRawResponse(self._resource.backup)

    @cached_property
    def database(self) -> TeamsDatabaseWithRawResponse:
        return TeamsDatabaseWithRawResponse(self._resource.database)

    @cached_property
    def members(self) -> TeamsMembersWithRawResponse:
        return TeamsMembersWithRawResponse(self._resource.members)

    @cached_property
    def monitoring_settings(self) -> TeamsMonitoringSettingsWithRawResponse:
        return TeamsMonitoringSettingsWithRawResponse(self._resource.monitoring_settings)

    @cached_property
    def ssh_keys(self) -> TeamsSshKeysWithRawResponse:
        return TeamsSshKeysWithRawResponse(self._resource.ssh_keys)


class TeamsWithStreamingResponse:
    """`client.with_streaming_response.teams`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: Teams) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.post = to_streamed_response_wrapper(resource.post)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.transfer = to_streamed_response_wrapper(resource.transfer)

    @cached_property
    def backup(self) -> TeamsBackupWithStreamingResponse:
        return TeamsBackupWithStreamingResponse(self._resource.backup)

    @cached_property
    def database(self) -> TeamsDatabaseWithStreamingResponse:
        return TeamsDatabaseWithStreamingResponse(self._resource.database)

    @cached_property
    def members(self) -> TeamsMembersWithStreamingResponse:
        return TeamsMembersWithStreamingResponse(self._resource.members)

    @cached_property
    def monitoring_settings(self) -> TeamsMonitoringSettingsWithStreamingResponse:
        return TeamsMonitoringSettingsWithStreamingResponse(self._resource.monitoring_settings)

    @cached_property
    def ssh_keys(self) -> TeamsSshKeysWithStreamingResponse:
        return TeamsSshKeysWithStreamingResponse(self._resource.ssh_keys)


class AsyncTeamsWithRawResponse:
    """`client.with_raw_response.teams`: each method returns the response."""

    def __init__(self, resource: AsyncTeams) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.post = async_to_raw_response_wrapper(resource.post)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.transfer = async_to_raw_response_wrapper(resource.transfer)

    @cached_property
    def backup(self) -> AsyncTeamsBackupWithRawResponse:
        return AsyncTeamsBackupWithRawResponse(self._resource.backup)

    @cached_property
    def database(self) -> AsyncTeamsDatabaseWithRawResponse:
        return AsyncTeamsDatabaseWithRawResponse(self._resource.database)

    @cached_property
    def members(self) -> AsyncTeamsMembersWithRawResponse:
        return AsyncTeamsMembersWithRawResponse(self._resource.members)

    @cached_property
    def monitoring_settings(self) -> AsyncTeamsMonitoringSettingsWithRawResponse:
        return AsyncTeamsMonitoringSettingsWithRawResponse(self._resource.monitoring_settings)

    @cached_property
    def ssh_keys(self) -> AsyncTeamsSshKeysWithRawResponse:
        return AsyncTeamsSshKeysWithRawResponse(self._resource.ssh_keys)


class AsyncTeamsWithStreamingResponse:
    """`client.with_streaming_response.teams`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeams) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.post = async_to_streamed_response_wrapper(resource.post)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.transfer = async_to_streamed_response_wrapper(resource.transfer)

    @cached_property
    def backup(self) -> AsyncTeamsBackupWithStreamingResponse:
        return AsyncTeamsBackupWithStreamingResponse(self._resource.backup)

    @cached_property
    def database(self) -> AsyncTeamsDatabaseWithStreamingResponse:
        return AsyncTeamsDatabaseWithStreamingResponse(self._resource.database)

    @cached_property
    def members(self) -> AsyncTeamsMembersWithStreamingResponse:
        return AsyncTeamsMembersWithStreamingResponse(self._resource.members)

    @cached_property
    def monitoring_settings(self) -> AsyncTeamsMonitoringSettingsWithStreamingResponse:
        return AsyncTeamsMonitoringSettingsWithStreamingResponse(self._resource.monitoring_settings)

    @cached_property
    def ssh_keys(self) -> AsyncTeamsSshKeysWithStreamingResponse:
        return AsyncTeamsSshKeysWithStreamingResponse(self._resource.ssh_keys)


class TeamsBackupWithRawResponse:
    """`client.with_raw_response.teams.backup`: each method returns the response."""

    def __init__(self, resource: TeamsBackup) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.provision = to_raw_response_wrapper(resource.provision)
        self.sync = to_raw_response_wrapper(resource.sync)
        self.trigger = to_raw_response_wrapper(resource.trigger)

    @cached_property
    def agent_token(self) -> TeamsBackupAgentTokenWithRawResponse:
        return TeamsBackupAgentTokenWithRawResponse(self._resource.agent_token)

    @cached_property
    def clusters(self) -> TeamsBackupClustersWithRawResponse:
        return TeamsBackupClustersWithRawResponse(self._resource.clusters)

    @cached_property
    def snapshots(self) -> TeamsBackupSnapshotsWithRawResponse:
        return TeamsBackupSnapshotsWithRawResponse(self._resource.snapshots)


class TeamsBackupWithStreamingResponse:
    """`client.with_streaming_response.teams.backup`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsBackup) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.provision = to_streamed_response_wrapper(resource.provision)
        self.sync = to_streamed_response_wrapper(resource.sync)
        self.trigger = to_streamed_response_wrapper(resource.trigger)

    @cached_property
    def agent_token(self) -> TeamsBackupAgentTokenWithStreamingResponse:
        return TeamsBackupAgentTokenWithStreamingResponse(self._resource.agent_token)

    @cached_property
    def clusters(self) -> TeamsBackupClustersWithStreamingResponse:
        return TeamsBackupClustersWithStreamingResponse(self._resource.clusters)

    @cached_property
    def snapshots(self) -> TeamsBackupSnapshotsWithStreamingResponse:
        return TeamsBackupSnapshotsWithStreamingResponse(self._resource.snapshots)


class AsyncTeamsBackupWithRawResponse:
    """`client.with_raw_response.teams.backup`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsBackup) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.provision = async_to_raw_response_wrapper(resource.provision)
        self.sync = async_to_raw_response_wrapper(resource.sync)
        self.trigger = async_to_raw_response_wrapper(resource.trigger)

    @cached_property
    def agent_token(self) -> AsyncTeamsBackupAgentTokenWithRawResponse:
        return AsyncTeamsBackupAgentTokenWithRawResponse(self._resource.agent_token)

    @cached_property
    def clusters(self) -> AsyncTeamsBackupClustersWithRawResponse:
        return AsyncTeamsBackupClustersWithRawResponse(self._resource.clusters)

    @cached_property
    def snapshots(self) -> AsyncTeamsBackupSnapshotsWithRawResponse:
        return AsyncTeamsBackupSnapshotsWithRawResponse(self._resource.snapshots)


class AsyncTeamsBackupWithStreamingResponse:
    """`client.with_streaming_response.teams.backup`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsBackup) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.provision = async_to_streamed_response_wrapper(resource.provision)
        self.sync = async_to_streamed_response_wrapper(resource.sync)
        self.trigger = async_to_streamed_response_wrapper(resource.trigger)

    @cached_property
    def agent_token(self) -> AsyncTeamsBackupAgentTokenWithStreamingResponse:
        return AsyncTeamsBackupAgentTokenWithStreamingResponse(self._resource.agent_token)

    @cached_property
    def clusters(self) -> AsyncTeamsBackupClustersWithStreamingResponse:
        return AsyncTeamsBackupClustersWithStreamingResponse(self._resource.clusters)

    @cached_property
    def snapshots(self) -> AsyncTeamsBackupSnapshotsWithStreamingResponse:
        return AsyncTeamsBackupSnapshotsWithStreamingResponse(self._resource.snapshots)


class TeamsBackupAgentTokenWithRawResponse:
    """`client.with_raw_response.teams.backup.agent_token`: each method returns the response."""

    def __init__(self, resource: TeamsBackupAgentToken) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)


class TeamsBackupAgentTokenWithStreamingResponse:
    """`client.with_streaming_response.teams.backup.agent_token`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsBackupAgentToken) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncTeamsBackupAgentTokenWithRawResponse:
    """`client.with_raw_response.teams.backup.agent_token`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsBackupAgentToken) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncTeamsBackupAgentTokenWithStreamingResponse:
    """`client.with_streaming_response.teams.backup.agent_token`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsBackupAgentToken) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)


class TeamsBackupClustersWithRawResponse:
    """`client.with_raw_response.teams.backup.clusters`: each method returns the response."""

    def __init__(self, resource: TeamsBackupClusters) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class TeamsBackupClustersWithStreamingResponse:
    """`client.with_streaming_response.teams.backup.clusters`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsBackupClusters) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncTeamsBackupClustersWithRawResponse:
    """`client.with_raw_response.teams.backup.clusters`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsBackupClusters) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncTeamsBackupClustersWithStreamingResponse:
    """`client.with_streaming_response.teams.backup.clusters`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsBackupClusters) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)


class TeamsBackupSnapshotsWithRawResponse:
    """`client.with_raw_response.teams.backup.snapshots`: each method returns the response."""

    def __init__(self, resource: TeamsBackupSnapshots) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class TeamsBackupSnapshotsWithStreamingResponse:
    """`client.with_streaming_response.teams.backup.snapshots`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsBackupSnapshots) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncTeamsBackupSnapshotsWithRawResponse:
    """`client.with_raw_response.teams.backup.snapshots`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsBackupSnapshots) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncTeamsBackupSnapshotsWithStreamingResponse:
    """`client.with_streaming_response.teams.backup.snapshots`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsBackupSnapshots) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)


class TeamsDatabaseWithRawResponse:
    """`client.with_raw_response.teams.database`: each method returns the response."""

    def __init__(self, resource: TeamsDatabase) -> None:
        self._resource = resource

    @cached_property
    def catalog(self) -> TeamsDatabaseCatalogWithRawResponse:
        return TeamsDatabaseCatalogWithRawResponse(self._resource.catalog)

    @cached_property
    def instances(self) -> TeamsDatabaseInstancesWithRawResponse:
        return TeamsDatabaseInstancesWithRawResponse(self._resource.instances)


class TeamsDatabaseWithStreamingResponse:
    """`client.with_streaming_response.teams.database`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsDatabase) -> None:
        self._resource = resource

    @cached_property
    def catalog(self) -> TeamsDatabaseCatalogWithStreamingResponse:
        return TeamsDatabaseCatalogWithStreamingResponse(self._resource.catalog)

    @cached_property
    def instances(self) -> TeamsDatabaseInstancesWithStreamingResponse:
        return TeamsDatabaseInstancesWithStreamingResponse(self._resource.instances)


class AsyncTeamsDatabaseWithRawResponse:
    """`client.with_raw_response.teams.database`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsDatabase) -> None:
        self._resource = resource

    @cached_property
    def catalog(self) -> AsyncTeamsDatabaseCatalogWithRawResponse:
        return AsyncTeamsDatabaseCatalogWithRawResponse(self._resource.catalog)

    @cached_property
    def instances(self) -> AsyncTeamsDatabaseInstancesWithRawResponse:
        return AsyncTeamsDatabaseInstancesWithRawResponse(self._resource.instances)


class AsyncTeamsDatabaseWithStreamingResponse:
    """`client.with_streaming_response.teams.database`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsDatabase) -> None:
        self._resource = resource

    @cached_property
    def catalog(self) -> AsyncTeamsDatabaseCatalogWithStreamingResponse:
        return AsyncTeamsDatabaseCatalogWithStreamingResponse(self._resource.catalog)

    @cached_property
    def instances(self) -> AsyncTeamsDatabaseInstancesWithStreamingResponse:
        return AsyncTeamsDatabaseInstancesWithStreamingResponse(self._resource.instances)


class TeamsDatabaseCatalogWithRawResponse:
    """`client.with_raw_response.teams.database.catalog`: each method returns the response."""

    def __init__(self, resource: TeamsDatabaseCatalog) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class TeamsDatabaseCatalogWithStreamingResponse:
    """`client.with_streaming_response.teams.database.catalog`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsDatabaseCatalog) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncTeamsDatabaseCatalogWithRawResponse:
    """`client.with_raw_response.teams.database.catalog`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsDatabaseCatalog) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncTeamsDatabaseCatalogWithStreamingResponse:
    """`client.with_streaming_response.teams.database.catalog`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsDatabaseCatalog) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class TeamsDatabaseInstancesWithRawResponse:
    """`client.with_raw_response.teams.database.instances`: each method returns the response."""

    def __init__(self, resource: TeamsDatabaseInstances) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.restart = to_raw_response_wrapper(resource.restart)
        self.reveal_connection = to_raw_response_wrapper(resource.reveal_connection)

    @cached_property
    def metrics(self) -> TeamsDatabaseInstancesMetricsWithRawResponse:
        return TeamsDatabaseInstancesMetricsWithRawResponse(self._resource.metrics)

    @cached_property
    def stats(self) -> TeamsDatabaseInstancesStatsWithRawResponse:
        return TeamsDatabaseInstancesStatsWithRawResponse(self._resource.stats)

    @cached_property
    def version(self) -> TeamsDatabaseInstancesVersionWithRawResponse:
        return TeamsDatabaseInstancesVersionWithRawResponse(self._resource.version)


class TeamsDatabaseInstancesWithStreamingResponse:
    """`client.with_streaming_response.teams.database.instances`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsDatabaseInstances) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.restart = to_streamed_response_wrapper(resource.restart)
        self.reveal_connection = to_streamed_response_wrapper(resource.reveal_connection)

    @cached_property
    def metrics(self) -> TeamsDatabaseInstancesMetricsWithStreamingResponse:
        return TeamsDatabaseInstancesMetricsWithStreamingResponse(self._resource.metrics)

    @cached_property
    def stats(self) -> TeamsDatabaseInstancesStatsWithStreamingResponse:
        return TeamsDatabaseInstancesStatsWithStreamingResponse(self._resource.stats)

    @cached_property
    def version(self) -> TeamsDatabaseInstancesVersionWithStreamingResponse:
        return TeamsDatabaseInstancesVersionWithStreamingResponse(self._resource.version)


class AsyncTeamsDatabaseInstancesWithRawResponse:
    """`client.with_raw_response.teams.database.instances`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsDatabaseInstances) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.restart = async_to_raw_response_wrapper(resource.restart)
        self.reveal_connection = async_to_raw_response_wrapper(resource.reveal_connection)

    @cached_property
    def metrics(self) -> AsyncTeamsDatabaseInstancesMetricsWithRawResponse:
        return AsyncTeamsDatabaseInstancesMetricsWithRawResponse(self._resource.metrics)

    @cached_property
    def stats(self) -> AsyncTeamsDatabaseInstancesStatsWithRawResponse:
        return AsyncTeamsDatabaseInstancesStatsWithRawResponse(self._resource.stats)

    @cached_property
    def version(self) -> AsyncTeamsDatabaseInstancesVersionWithRawResponse:
        return AsyncTeamsDatabaseInstancesVersionWithRawResponse(self._resource.version)


class AsyncTeamsDatabaseInstancesWithStreamingResponse:
    """`client.with_streaming_response.teams.database.instances`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsDatabaseInstances) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.restart = async_to_streamed_response_wrapper(resource.restart)
        self.reveal_connection = async_to_streamed_response_wrapper(resource.reveal_connection)

    @cached_property
    def metrics(self) -> AsyncTeamsDatabaseInstancesMetricsWithStreamingResponse:
        return AsyncTeamsDatabaseInstancesMetricsWithStreamingResponse(self._resource.metrics)

    @cached_property
    def stats(self) -> AsyncTeamsDatabaseInstancesStatsWithStreamingResponse:
        return AsyncTeamsDatabaseInstancesStatsWithStreamingResponse(self._resource.stats)

    @cached_property
    def version(self) -> AsyncTeamsDatabaseInstancesVersionWithStreamingResponse:
        return AsyncTeamsDatabaseInstancesVersionWithStreamingResponse(self._resource.version)


class TeamsDatabaseInstancesMetricsWithRawResponse:
    """`client.with_raw_response.teams.database.instances.metrics`: each method returns the response."""

    def __init__(self, resource: TeamsDatabaseInstancesMetrics) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class TeamsDatabaseInstancesMetricsWithStreamingResponse:
    """`client.with_streaming_response.teams.database.instances.metrics`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsDatabaseInstancesMetrics) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncTeamsDatabaseInstancesMetricsWithRawResponse:
    """`client.with_raw_response.teams.database.instances.metrics`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsDatabaseInstancesMetrics) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncTeamsDatabaseInstancesMetricsWithStreamingResponse:
    """`client.with_streaming_response.teams.database.instances.metrics`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsDatabaseInstancesMetrics) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class TeamsDatabaseInstancesStatsWithRawResponse:
    """`client.with_raw_response.teams.database.instances.stats`: each method returns the response."""

    def __init__(self, resource: TeamsDatabaseInstancesStats) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class TeamsDatabaseInstancesStatsWithStreamingResponse:
    """`client.with_streaming_response.teams.database.instances.stats`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsDatabaseInstancesStats) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncTeamsDatabaseInstancesStatsWithRawResponse:
    """`client.with_raw_response.teams.database.instances.stats`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsDatabaseInstancesStats) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncTeamsDatabaseInstancesStatsWithStreamingResponse:
    """`client.with_streaming_response.teams.database.instances.stats`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsDatabaseInstancesStats) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class TeamsDatabaseInstancesVersionWithRawResponse:
    """`client.with_raw_response.teams.database.instances.version`: each method returns the response."""

    def __init__(self, resource: TeamsDatabaseInstancesVersion) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class TeamsDatabaseInstancesVersionWithStreamingResponse:
    """`client.with_streaming_response.teams.database.instances.version`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsDatabaseInstancesVersion) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncTeamsDatabaseInstancesVersionWithRawResponse:
    """`client.with_raw_response.teams.database.instances.version`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsDatabaseInstancesVersion) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncTeamsDatabaseInstancesVersionWithStreamingResponse:
    """`client.with_streaming_response.teams.database.instances.version`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsDatabaseInstancesVersion) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class TeamsMembersWithRawResponse:
    """`client.with_raw_response.teams.members`: each method returns the response."""

    def __init__(self, resource: TeamsMembers) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class TeamsMembersWithStreamingResponse:
    """`client.with_streaming_response.teams.members`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsMembers) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncTeamsMembersWithRawResponse:
    """`client.with_raw_response.teams.members`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsMembers) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncTeamsMembersWithStreamingResponse:
    """`client.with_streaming_response.teams.members`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsMembers) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)


class TeamsMonitoringSettingsWithRawResponse:
    """`client.with_raw_response.teams.monitoring_settings`: each method returns the response."""

    def __init__(self, resource: TeamsMonitoringSettings) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class TeamsMonitoringSettingsWithStreamingResponse:
    """`client.with_streaming_response.teams.monitoring_settings`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsMonitoringSettings) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncTeamsMonitoringSettingsWithRawResponse:
    """`client.with_raw_response.teams.monitoring_settings`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsMonitoringSettings) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncTeamsMonitoringSettingsWithStreamingResponse:
    """`client.with_streaming_response.teams.monitoring_settings`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsMonitoringSettings) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)


class TeamsSshKeysWithRawResponse:
    """`client.with_raw_response.teams.ssh_keys`: each method returns the response."""

    def __init__(self, resource: TeamsSshKeys) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class TeamsSshKeysWithStreamingResponse:
    """`client.with_streaming_response.teams.ssh_keys`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: TeamsSshKeys) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncTeamsSshKeysWithRawResponse:
    """`client.with_raw_response.teams.ssh_keys`: each method returns the response."""

    def __init__(self, resource: AsyncTeamsSshKeys) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncTeamsSshKeysWithStreamingResponse:
    """`client.with_streaming_response.teams.ssh_keys`: each method returns a context manager over the streamed response."""

    def __init__(self, resource: AsyncTeamsSshKeys) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)

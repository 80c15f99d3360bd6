"""The API keys the mock accepts: read from a `.toml` or `.json` keys file, or one new test key."""

from __future__ import annotations

import ipaddress
import json
import os
import re
import secrets
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

SECRET_TEXT = re.compile(r"sk_[!-~]+", re.ASCII)
SECRET_EXPECTED = "expected `sk_` followed by printable ASCII, no spaces"


@dataclass(frozen=True)
class ApiKey:
    """One panel API key as the mock knows it; `scopes` empty means full access."""

    id: str
    secret: str = field(repr=False)
    scopes: frozenset[str] = frozenset()
    expires_at: datetime | None = None
    ip_whitelist: tuple[IpNetwork, ...] = ()
    revoked: bool = False

    def is_expired(self, now: float) -> bool:
        return self.expires_at is not None and self.expires_at.timestamp() <= now

    def allows_ip(self, host: str | None) -> bool:
        if not self.ip_whitelist:
            return True
        try:
            address = ipaddress.ip_address(host or "")
        except ValueError:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        return any(address in network for network in self.ip_whitelist)


def new_test_key() -> ApiKey:
    """A fresh full-access key for a mock started without a keys file."""
    return ApiKey(id="key_test", secret="sk_test_" + secrets.token_urlsafe(24))


def load_keys(path: Path) -> tuple[ApiKey, ...]:
    """The keys of a `.toml` or `.json` keys file; `InputError` naming the file on any problem."""
    from generator.problems import InputError, Problem

    def problem(message: str, line: int = 0) -> InputError:
        return InputError([Problem(str(path), line, message)])

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise problem(f"cannot read the keys file: {error.strerror}") from None
    except UnicodeDecodeError:
        raise problem("cannot read the keys file: not UTF-8") from None
    data: object
    if path.suffix == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise problem(f"invalid TOML: {error}") from None
    elif path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise problem(f"invalid JSON: {error.msg}", error.lineno) from None
        if isinstance(data, list):
            data = {"keys": data}
    else:
        raise problem("expected a keys file ending in .toml or .json")
    return parse_keys(data, str(path))


def parse_keys(data: object, source: str) -> tuple[ApiKey, ...]:
    """Validate a keys document (`{"keys": [...]}`) with pydantic."""
    from pydantic import (
        AwareDatetime,
        BaseModel,
        ConfigDict,
        Field,
        ValidationError,
        field_validator,
        model_validator,
    )

    from generator.problems import InputError, Problem
    from generator.scopes import ALL_SCOPES

    class KeyEntry(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True)

        id: str = Field(min_length=1)
        secret: str
        secret_env: str | None = Field(default=None, alias="secretEnv", min_length=1)
        scopes: list[str] = []
        expires_at: AwareDatetime | None = Field(default=None, alias="expiresAt")
        ip_whitelist: list[str] = Field(default=[], alias="ipWhitelist")
        revoked: bool = False

        @model_validator(mode="before")
        @classmethod
        def secret_from_environment(cls, data: object) -> object:
            """`secretEnv` names the environment variable holding the secret, so a file of real
            staging keys can be shared without them."""
            if not isinstance(data, dict) or "secretEnv" not in data:
                return data
            if "secret" in data:
                raise ValueError("give `secret` or `secretEnv`, not both")
            name = data["secretEnv"]
            if not isinstance(name, str) or not name:
                return data  # the field's own check names the problem
            secret = os.environ.get(name)
            if secret is None:
                raise ValueError(f"secretEnv: environment variable {name} is not set")
            if not SECRET_TEXT.fullmatch(secret):
                raise ValueError(f"secretEnv: {name} holds no API key, {SECRET_EXPECTED}")
            return {**data, "secret": secret}

        @field_validator("secret")
        @classmethod
        def bearer_secret(cls, secret: str) -> str:
            if not SECRET_TEXT.fullmatch(secret):
                raise ValueError(SECRET_EXPECTED)
            return secret

        @field_validator("scopes")
        @classmethod
        def known_scopes(cls, scopes: list[str]) -> list[str]:
            unknown = [scope for scope in scopes if scope not in ALL_SCOPES]
            if unknown:
                raise ValueError(
                    f"unknown scope {', '.join(unknown)}, expected some of {', '.join(ALL_SCOPES)}"
                )
            return scopes

        @field_validator("ip_whitelist")
        @classmethod
        def networks(cls, entries: list[str]) -> list[str]:
            for entry in entries:
                try:
                    ipaddress.ip_network(entry, strict=False)
                except ValueError:
                    raise ValueError(f"{entry!r} is not an IP address or CIDR range") from None
            return entries

    class KeysFile(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True)

        keys: list[KeyEntry] = Field(min_length=1)

        @model_validator(mode="after")
        def unique(self) -> KeysFile:
            for name in ("id", "secret"):
                values = [getattr(key, name) for key in self.keys]
                repeated = sorted({value for value in values if values.count(value) > 1})
                if repeated:
                    shown = repeated if name == "id" else ["(hidden)"]
                    raise ValueError(f"duplicate key {name}: {', '.join(shown)}")
            return self

    try:
        parsed = KeysFile.model_validate(data)
    except ValidationError as error:
        raise InputError(
            Problem(
                source,
                0,
                f"{_pydantic_location(detail['loc'])}: {detail['msg'].removeprefix('Value error, ')}",
            )
            for detail in error.errors(include_url=False, include_input=False)
        ) from None
    return tuple(
        ApiKey(
            id=entry.id,
            secret=entry.secret,
            scopes=frozenset(entry.scopes),
            expires_at=entry.expires_at,
            ip_whitelist=tuple(
                ipaddress.ip_network(item, strict=False) for item in entry.ip_whitelist
            ),
            revoked=entry.revoked,
        )
        for entry in parsed.keys
    )


def _pydantic_location(location: Sequence[int | str]) -> str:
    text = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in location)
    return text.lstrip(".") or "keys"

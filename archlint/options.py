"""Options of one run, after merging CLI flags and configuration. Plain data."""

from __future__ import annotations

from dataclasses import field

from archlint.findings import Severity
from archlint.platforms import Platform, host_platform
from archlint.records import record


@record(slots=True)
class RegistryOptions:
    offline: bool = False
    refresh: bool = False  # ignore cached tag -> digest entries
    jobs: int = 16  # concurrent look-ups
    registry_mirrors: list[str] = field(default_factory=list)  # for docker.io
    insecure_registries: list[str] = field(default_factory=list)  # plain HTTP allowed
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    deadline: float = 60.0  # overall seconds per reference
    tag_ttl: float = 6 * 3600.0  # seconds a cached tag -> digest is trusted without a HEAD
    cache_dir: str | None = None  # None: platformdirs user cache dir


@record(slots=True)
class RunOptions:
    platforms: list[Platform]
    platforms_explicit: bool = False  # given on the command line
    build_args: dict[str, str] = field(default_factory=dict)
    target: str | None = None
    build_platform: Platform = field(default_factory=host_platform)
    fail_on: Severity | None = Severity.WARNING  # None: never fail
    registry: RegistryOptions = field(default_factory=RegistryOptions)

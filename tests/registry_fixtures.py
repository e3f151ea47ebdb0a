"""pytest fixtures for a real distribution registry (Debian's docker-registry 2.8).

Loaded by ``tests/conftest.py`` (``pytest_plugins``). Helpers live in
``tests/registry_support/`` (importable as ``registry_support``: pytest puts ``tests/`` on
``sys.path``). Everything listens on 127.0.0.1 only.

Fixtures (scope, return type):

``registry`` (session) -> ``registry_support.handles.SeededRegistry``
    An open (no auth) registry on a free loopback port with its own temp storage, seeded
    through the push API. Attributes: ``host`` ("127.0.0.1:PORT"), ``url``
    ("http://127.0.0.1:PORT"), ``ref("library/debian:9.1")`` -> "127.0.0.1:PORT/library/
    debian:9.1", ``seeded`` {"repo:tag": SeededImage}, ``missing`` (refs that 404),
    ``push_image(repo, tag, platforms, kind=..., attestations=..., config_platforms=...)``.
    ``SeededImage`` (``registry_support.images``): ``repository``, ``tag``, ``digest`` (top
    level), ``media_type``, ``kind`` ("oci-index" | "docker-list" | "oci-manifest" |
    "docker-manifest"), ``is_index``, ``platforms`` (["linux/arm/v7", "windows/amd64", …],
    attestations excluded), ``os_versions``, ``manifests`` (``SeededManifest``: platform,
    digest, media_type, size, config_digest, config_platform), ``attestation_digests``.
    Seeded tags (see ``registry_support/seed.py``): 47 Docker official-image tags under
    ``library/`` with the architectures the official-images data declares, e.g.
    ``library/debian:9.1`` (Docker manifest list: amd64, arm/v5, arm/v7, arm64/v8, 386,
    ppc64le, s390x), ``library/mysql:5.7`` (amd64 only), ``library/eclipse-temurin:
    17-jdk-alpine`` (amd64 only, OCI index + attestation), ``library/python:3.14`` (8 Linux
    + 2 Windows entries with os.version), ``library/golang:windowsservercore``; and
    synthetic ``archlint-test/*`` cases: ``single-oci:1.0`` (OCI manifest, amd64),
    ``single-docker:1.0`` (schema 2, arm64/v8), ``single-docker:amd64``, ``armv6-only``,
    ``armv5-armv7``, ``i386-only``, ``arm64-novariant`` (arm64 without variant),
    ``amd64-v3``, ``windows-only:ltsc2022``, ``attested``, ``lying-index`` (index says
    arm64/v8, that child's config says amd64), ``no-platform-entry`` (index entries
    without ``platform``: read the child configs), ``nested-index`` (amd64 entry plus a
    nested index ``nested-index:inner`` with arm64/v8 and riscv64; ``manifests`` lists the
    leaves); ``private/app:1.0`` (amd64 + arm64/v8). Missing: ``library/debian:does-not-exist``,
    ``library/mysql:4.0``, ``archlint-test/no-such-repo:latest``.

``registry_push`` (function) -> callable like ``SeededRegistry.push_image`` that
    prefixes the repository with a name unique to the test (no clashes between tests).

``basic_auth_registry`` (session) -> ``SeededRegistry`` with ``auth`` = (user, password):
    htpasswd (bcrypt) Basic auth; same storage, so the same ``seeded`` images.

``token_registry`` (session) -> ``registry_support.handles.TokenRegistry`` (a
    ``SeededRegistry`` plus ``issuer``): ``auth: token`` with a token issuer on another
    loopback port (``issuer.realm``, ``issuer.service``, ``issuer.requests`` log of
    ``TokenRequest(method, scopes, service, had_authorization, user, status, granted)``).
    Anonymous tokens grant ``pull`` on everything except ``private/*``; with
    ``registry_credentials`` (Basic on the token request) everything. ``private/app:1.0``
    (amd64 + arm64/v8) is seeded for credential tests.

    ``issuer.expires_in`` (default 300 s) can be set below -60 to mint tokens the
    registry refuses as expired (it allows 60 s of leeway): re-authentication tests.

``token_log`` (function) -> the issuer's request list, emptied at the start of the test.

``registry_credentials`` (session) -> (user, password) for both auth instances.

``docker_config`` (function) -> factory ``(auths={host: (user, pw)}, cred_helpers=
    {host: "test"}, creds_store=None) -> DockerConfig`` (``directory``, ``path``, ``env`` =
    {"DOCKER_CONFIG": dir}).

``credential_helper`` (function) -> factory ``({host: (user, pw)}, name="test") ->
    CredentialHelper`` (``executable`` = docker-credential-<name>, ``env`` = {"PATH": bin
    dir first}, ``calls()`` = [{"action": "get", "server": host}, …], no secrets logged).

``fault_server`` (session) / ``faults`` (function, log and counters reset) ->
    ``registry_support.faults.FaultServer``: a fault-injecting registry on 127.0.0.1 with a
    second host on 127.0.0.2 (``other_host``) for redirects. ``ref("rate-limited")`` ->
    "127.0.0.1:PORT/faults/rate-limited:latest"; presets: ok, single, not-found,
    rate-limited, rate-limited-once, rate-limited-long, rate-limited-date, server-error,
    flaky, slow, trickle, hang, digest-mismatch, truncated, oversized, oversized-chunked,
    invalid-json, schema1, head-no-digest, redirect-loop, redirect-other-host,
    blob-redirect, unauthorized, unauthorized-basic, forbidden (see the module docstring).
    ``route(repo, Behavior(...), tag=None)`` adds a custom one; ``requests(server=
    "main"|"other", path_contains=...)`` -> [RequestRecord(server, method, path, headers
    (names only), authorization_scheme, status)], ``has_authorization``.

Seeding goes through the push API once per version of the seeding code; the resulting
storage is cached (``.pytest_cache/d/archlint-registry-seed``) and copied per session.

``registry_binary`` (session) -> str: path of ``docker-registry``. Skips when missing,
    fails instead when the ``CI`` environment variable is set.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from registry_support.credentials import (
    CredentialHelper,
    Credentials,
    DockerConfig,
    bcrypt_hash,
    write_credential_helper,
    write_docker_config,
)
from registry_support.faults import FaultServer
from registry_support.handles import SeededRegistry, TokenRegistry
from registry_support.images import RegistryPusher, SeededImage
from registry_support.process import RegistryProcess
from registry_support.process import registry_binary as find_registry_binary
from registry_support.seed_cache import copy_storage, seeded_template
from registry_support.tokens import BearerAuth, TokenIssuer, TokenRequest


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def registry_binary() -> str:
    binary = find_registry_binary()
    if binary is None:
        message = "docker-registry not installed (Debian package docker-registry)"
        if _in_ci():
            pytest.fail(f"{message}; CI is set, so this is an error, not a skip")
        pytest.skip(message)
    return binary


@pytest.fixture(scope="session")
def registry_storage(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The storage directory shared by every registry instance of this session."""
    return tmp_path_factory.mktemp("registry-storage")


def _seed_cache_root(config: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    cache = getattr(config, "cache", None)
    if cache is not None:  # persistent across runs (pytest --cache-clear drops it)
        return Path(cache.mkdir("archlint-registry-seed"))
    # -p no:cacheprovider: share between the xdist workers of this run at least
    return tmp_path_factory.getbasetemp().parent / "archlint-registry-seed"


@pytest.fixture(scope="session")
def registry_seed(registry_binary: str, registry_storage: Path, pytestconfig: pytest.Config,
                  tmp_path_factory: pytest.TempPathFactory) -> dict[str, SeededImage]:
    """Fill ``registry_storage`` with the default seed; returns what it holds."""
    template, seeded = seeded_template(_seed_cache_root(pytestconfig, tmp_path_factory))
    copy_storage(template, registry_storage)
    return seeded


@pytest.fixture(scope="session")
def registry(registry_seed: dict[str, SeededImage], registry_storage: Path,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeededRegistry]:
    workdir = tmp_path_factory.mktemp("registry-open")
    process = RegistryProcess(storage=registry_storage, workdir=workdir, name="open").start()
    pusher = RegistryPusher(process.url)
    try:
        yield SeededRegistry(process=process, pusher=pusher, seeded=dict(registry_seed))
    finally:
        pusher.close()
        process.stop()


AUTH_USER = "archlint-tester"


@pytest.fixture(scope="session")
def registry_credentials() -> tuple[str, str]:
    """(user, password) accepted by ``basic_auth_registry`` and ``token_registry``."""
    return AUTH_USER, "pw-" + secrets.token_hex(8)


def _auth_registry(name: str, auth_yaml: str, registry_seed: dict[str, SeededImage],
                   storage: Path, workdir: Path, credentials: tuple[str, str],
                   pusher_auth: httpx.Auth | tuple[str, str]) -> SeededRegistry:
    process = RegistryProcess(storage=storage, workdir=workdir, name=name,
                              auth_yaml=auth_yaml).start()
    return SeededRegistry(process=process, pusher=RegistryPusher(process.url, auth=pusher_auth),
                          seeded=dict(registry_seed), auth=credentials)


@pytest.fixture(scope="session")
def basic_auth_registry(registry_seed: dict[str, SeededImage], registry_storage: Path,
                        registry_credentials: tuple[str, str],
                        tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeededRegistry]:
    workdir = tmp_path_factory.mktemp("registry-basic")
    user, password = registry_credentials
    htpasswd = workdir / "htpasswd"
    htpasswd.write_text(f"{user}:{bcrypt_hash(password)}\n")
    auth_yaml = (f"auth:\n  htpasswd:\n    realm: archlint-basic\n"
                 f"    path: {json.dumps(str(htpasswd))}\n")
    handle = _auth_registry("basic", auth_yaml, registry_seed, registry_storage, workdir,
                            registry_credentials, registry_credentials)
    try:
        yield handle
    finally:
        handle.pusher.close()
        handle.process.stop()


@pytest.fixture(scope="session")
def token_issuer(registry_credentials: tuple[str, str]) -> Iterator[TokenIssuer]:
    user, password = registry_credentials
    issuer = TokenIssuer(users={user: password}).start()
    try:
        yield issuer
    finally:
        issuer.stop()


@pytest.fixture(scope="session")
def token_registry(registry_seed: dict[str, SeededImage], registry_storage: Path,
                   registry_credentials: tuple[str, str], token_issuer: TokenIssuer,
                   tmp_path_factory: pytest.TempPathFactory) -> Iterator[TokenRegistry]:
    workdir = tmp_path_factory.mktemp("registry-token")
    bundle = token_issuer.write_bundle(workdir / "token-bundle.pem")
    base = _auth_registry("token", token_issuer.registry_auth_yaml(bundle), registry_seed,
                          registry_storage, workdir, registry_credentials,
                          BearerAuth(registry_credentials))
    handle = TokenRegistry(process=base.process, pusher=base.pusher, seeded=base.seeded,
                           auth=base.auth, issuer=token_issuer)
    try:
        yield handle
    finally:
        handle.pusher.close()
        handle.process.stop()


@pytest.fixture
def token_log(token_registry: TokenRegistry) -> list[TokenRequest]:
    """The issuer's request log, emptied for this test (append-only while it runs)."""
    token_registry.issuer.clear_log()
    return token_registry.issuer.requests


@pytest.fixture
def docker_config(tmp_path: Path):
    """Factory: ``docker_config(auths={host: (user, pw)}, cred_helpers={host: "test"},
    creds_store=None) -> DockerConfig`` (``.directory``, ``.path``, ``.env`` =
    {"DOCKER_CONFIG": dir})."""
    counter = iter(range(1000))

    def make(auths: Credentials | None = None, **kwargs) -> DockerConfig:
        return write_docker_config(tmp_path / f"docker-config-{next(counter)}", auths, **kwargs)

    return make


@pytest.fixture
def credential_helper(tmp_path: Path):
    """Factory: ``credential_helper({host: (user, pw)}, name="test") -> CredentialHelper``
    (``.executable`` docker-credential-<name>, ``.env`` = {"PATH": bin_dir + PATH},
    ``.calls()`` -> [{"action": "get", "server": host}, ...])."""

    def make(credentials: Credentials, name: str = "test") -> CredentialHelper:
        return write_credential_helper(tmp_path / f"bin-{name}", credentials, name)

    return make


@pytest.fixture(scope="session")
def fault_server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


@pytest.fixture
def faults(fault_server: FaultServer) -> FaultServer:
    """The session's fault server with its request log and counters reset for this test."""
    fault_server.reset()
    return fault_server


@pytest.fixture
def registry_push(registry: SeededRegistry, request: pytest.FixtureRequest):
    """Push images into a repository namespace unique to this test."""
    prefix = "t/" + re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")[:60]

    def push(repository: str, tag: str, platforms, **kwargs) -> SeededImage:
        return registry.push_image(f"{prefix}/{repository}", tag, platforms, **kwargs)

    return push

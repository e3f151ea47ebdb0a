"""Authentication end to end against real registries: htpasswd (Basic) and ``auth: token``
(Bearer, with the test token issuer), credentials from a docker config, a credential helper
and a podman auth file; secrets never in output, errors or the cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from registry_support.credentials import write_auth_file

from archlint.options import RegistryOptions
from archlint.registry import resolve_refs
from archlint.registry.cache import Cache
from archlint.registry.reference import parse_reference
from tests.conftest import run_archlint

pytestmark = pytest.mark.registry


@pytest.fixture(autouse=True)
def _isolated_credentials(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No credentials of the machine leak in: empty HOME, no docker/podman config."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "run"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    for var in ("DOCKER_CONFIG", "REGISTRY_AUTH_FILE", "DOCKER_AUTH_CONFIG"):
        monkeypatch.delenv(var, raising=False)


def resolve(refs: list[str], cache_dir: Path):  # type: ignore[no-untyped-def]
    parsed = [parse_reference(r) for r in refs]
    cache = Cache(cache_dir)
    try:
        answers, counts = resolve_refs(parsed, RegistryOptions(), cache)
    finally:
        cache.close()
    return [answers[p.key] for p in parsed], counts


def _cache_bytes(cache_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in cache_dir.glob("registry-v1.sqlite3*"))


def test_basic_auth_without_credentials_is_al103(basic_auth_registry, tmp_path: Path) -> None:
    (res,), _ = resolve([basic_auth_registry.ref("library/debian:9.1")], tmp_path / "c")
    assert res.status == "unresolved"
    assert "requires credentials (401)" in res.reason


def test_basic_auth_with_docker_config(basic_auth_registry, docker_config, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    user, password = basic_auth_registry.auth
    cfg = docker_config({basic_auth_registry.host: (user, password)})
    monkeypatch.setenv("DOCKER_CONFIG", str(cfg.directory))
    (res,), counts = resolve([basic_auth_registry.ref("library/debian:9.1")], tmp_path / "c")
    assert res.ok and res.digest == basic_auth_registry.seeded["library/debian:9.1"].digest
    assert counts.get("gets") == 2  # the 401 challenge, then the authorized GET
    assert password.encode() not in _cache_bytes(tmp_path / "c")


def test_wrong_password_is_reported_without_the_secret(basic_auth_registry, docker_config,
                                                       tmp_path: Path) -> None:
    user, _ = basic_auth_registry.auth
    wrong = "wrong-secret-4242"
    cfg = docker_config({basic_auth_registry.host: (user, wrong)})
    (tmp_path / "Dockerfile").write_text(f"FROM {basic_auth_registry.ref('library/mysql:5.7')}\n")
    proc = run_archlint("check", "--select", "AL103", "--format", "json", "Dockerfile",
                        cwd=tmp_path, env={**cfg.env, "HOME": str(tmp_path / "home"),
                                           "ARCHLINT_CACHE_DIR": str(tmp_path / "c")})
    findings = json.loads(proc.stdout)["findings"]
    assert [f["rule"] for f in findings] == ["AL103"]
    assert "refused the credentials from" in findings[0]["message"]
    assert wrong not in proc.stdout + proc.stderr
    assert wrong.encode() not in _cache_bytes(tmp_path / "c")


def test_podman_auth_file(basic_auth_registry, tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    auth = write_auth_file(tmp_path / "auth.json",
                           {basic_auth_registry.host: basic_auth_registry.auth})
    monkeypatch.setenv("REGISTRY_AUTH_FILE", str(auth))
    (res,), _ = resolve([basic_auth_registry.ref("library/mysql:5.7")], tmp_path / "c")
    assert res.ok and [str(p) for p in res.platforms] == ["linux/amd64"]


def test_anonymous_bearer_token_once_for_the_run(token_registry, token_log,
                                                 tmp_path: Path) -> None:
    """Every repository of the run goes into one token request (one scope each)."""
    refs = [token_registry.ref("library/debian:9.1"), token_registry.ref("library/debian:jessie"),
            token_registry.ref("library/mysql:5.7")]
    answers, counts = resolve(refs, tmp_path / "c")
    assert all(a.ok for a in answers), [a.reason for a in answers]
    assert len(token_log) == 1
    assert sorted(token_log[0].scopes) == ["repository:library/debian:pull",
                                           "repository:library/mysql:pull"]
    assert counts.get("tokens") == 1
    assert sum(a.requests.get("tokens", 0) for a in answers) == 1  # attributed to one image
    # 3 manifests + the first request, which learns the registry's challenge (401): no other
    # request was refused, the batch token was accepted for every repository.
    assert counts.get("gets") == 4
    assert not any(r.had_authorization for r in token_log)


def test_repository_left_out_of_a_batch_token_asks_alone(token_registry, token_log,
                                                         tmp_path: Path) -> None:
    """The issuer grants the subset it allows; the private repository's 401 then costs one
    token request of its own, and is still reported as refused."""
    public, private = token_registry.ref("library/mysql:5.7"), token_registry.ref("private/app:1.0")
    (pub, priv), _ = resolve([public, private], tmp_path / "c")
    assert pub.ok, pub.reason
    assert priv.status == "unresolved" and "401" in priv.reason
    assert len(token_log[0].scopes) == 2
    assert [g["name"] for g in token_log[0].granted] == ["library/mysql"]
    assert [r.scopes for r in token_log[1:]] == [["repository:private/app:pull"]]


def test_token_server_taking_one_scope_per_request(token_registry, token_log,
                                                   tmp_path: Path) -> None:
    """A token server that refuses several scopes is asked one at a time from then on."""
    refs = [token_registry.ref("library/debian:9.1"), token_registry.ref("library/mysql:5.7")]
    token_registry.issuer.max_scopes = 1
    try:
        answers, _ = resolve(refs, tmp_path / "c")
    finally:
        token_registry.issuer.max_scopes = None
    assert all(a.ok for a in answers), [a.reason for a in answers]
    assert [r.status for r in token_log] == [400, 200, 200]
    assert sorted(s for r in token_log[1:] for s in r.scopes) == [
        "repository:library/debian:pull", "repository:library/mysql:pull"]


def test_batch_size_is_bounded() -> None:
    from archlint.registry.auth import SCOPES_PER_TOKEN, TokenStore

    store = TokenStore(lookup=lambda host: None)
    for i in range(45):
        store.want("r.example", f"repo{i}")
    first = store.companions("r.example", "repo0")
    assert len(first) == SCOPES_PER_TOKEN - 1 and "repo0" not in first
    store.store("r.example", "repo1", "t", 300)
    store.denied.add(("r.example", "repo2"))
    assert {"repo1", "repo2"}.isdisjoint(store.companions("r.example", "repo0"))
    store.single_scope.add("r.example")
    assert store.companions("r.example", "repo0") == []


def test_private_repository_needs_the_credential_helper(token_registry, token_log,
                                                       credential_helper, docker_config,
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    ref = token_registry.ref("private/app:1.0")
    (anon,), _ = resolve([ref], tmp_path / "a")
    assert anon.status == "unresolved" and "401" in anon.reason
    helper = credential_helper({token_registry.host: token_registry.auth})
    cfg = docker_config(cred_helpers={token_registry.host: helper.name})
    monkeypatch.setenv("DOCKER_CONFIG", str(cfg.directory))
    monkeypatch.setenv("PATH", helper.env["PATH"])
    token_log.clear()
    (res,), _ = resolve([ref], tmp_path / "b")
    assert res.ok and [str(p) for p in res.platforms] == ["linux/amd64", "linux/arm64"]
    assert helper.calls() == [{"action": "get", "server": token_registry.host}]
    assert any(r.had_authorization and r.user == token_registry.auth[0] for r in token_log)
    assert token_registry.auth[1].encode() not in _cache_bytes(tmp_path / "b")


def test_resolve_command_with_token_auth(token_registry, docker_config, tmp_path: Path) -> None:
    cfg = docker_config({token_registry.host: token_registry.auth})
    proc = run_archlint("resolve", "--format", "json", token_registry.ref("private/app:1.0"),
                        env={**cfg.env, "HOME": str(tmp_path / "home"),
                             "ARCHLINT_CACHE_DIR": str(tmp_path / "c")})
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["images"][0]["kind"] == "index"
    assert token_registry.auth[1] not in proc.stdout + proc.stderr

"""The Basic and token auth registry instances, the docker config and credential helper
fixtures: checked with httpx and with real clients (skopeo, the docker CLI)."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess

import httpx
import pytest
from registry_support.handles import SeededRegistry, TokenRegistry
from registry_support.images import DOCKER_LIST, OCI_INDEX
from registry_support.tokens import BearerAuth, SigningKey, parse_challenge

pytestmark = pytest.mark.registry

ACCEPT = {"Accept": f"{OCI_INDEX}, {DOCKER_LIST}"}


def test_basic_registry_demands_and_checks_credentials(
        basic_auth_registry: SeededRegistry, registry_credentials: tuple[str, str]) -> None:
    url = f"{basic_auth_registry.url}/v2/library/debian/manifests/9.1"
    anonymous = httpx.get(url, headers=ACCEPT, timeout=10)
    assert anonymous.status_code == 401
    assert anonymous.headers["www-authenticate"].startswith("Basic ")
    wrong = httpx.get(url, headers=ACCEPT, auth=(registry_credentials[0], "nope"), timeout=10)
    assert wrong.status_code == 401
    ok = httpx.get(url, headers=ACCEPT, auth=registry_credentials, timeout=10)
    assert ok.status_code == 200
    assert ok.headers["docker-content-digest"] == basic_auth_registry.image(
        "library/debian:9.1").digest


def test_token_flow_anonymous_pull_of_public_repository(
        token_registry: TokenRegistry, token_log: list) -> None:
    url = f"{token_registry.url}/v2/library/alpine/manifests/latest"
    first = httpx.get(url, headers=ACCEPT, timeout=10)
    assert first.status_code == 401
    challenge = parse_challenge(first.headers["www-authenticate"])
    assert challenge is not None
    assert challenge["realm"] == token_registry.issuer.realm
    assert challenge["service"] == token_registry.issuer.service
    assert challenge["scope"] == "repository:library/alpine:pull"
    with httpx.Client(auth=BearerAuth(), timeout=10) as client:
        resp = client.get(url, headers=ACCEPT)
    assert resp.status_code == 200
    assert resp.headers["docker-content-digest"] == token_registry.image(
        "library/alpine:latest").digest
    assert [(r.scopes, r.had_authorization, r.user, r.status) for r in token_log] == [
        (["repository:library/alpine:pull"], False, None, 200)]


def test_token_flow_private_repository_needs_credentials(
        token_registry: TokenRegistry, registry_credentials: tuple[str, str],
        token_log: list) -> None:
    url = f"{token_registry.url}/v2/private/app/manifests/1.0"
    with httpx.Client(auth=BearerAuth(), timeout=10) as client:
        assert client.get(url, headers=ACCEPT).status_code == 401  # token without access
    with httpx.Client(auth=BearerAuth((registry_credentials[0], "wrong")), timeout=10) as c:
        assert c.get(url, headers=ACCEPT).status_code == 401  # issuer refused the password
    with httpx.Client(auth=BearerAuth(registry_credentials), timeout=10) as client:
        resp = client.get(url, headers=ACCEPT)
    assert resp.status_code == 200
    assert [(r.had_authorization, r.user, r.status) for r in token_log] == [
        (False, None, 200), (True, registry_credentials[0], 401),
        (True, registry_credentials[0], 200)]
    assert token_log[0].granted == []
    assert token_log[2].granted == [{"type": "repository", "name": "private/app",
                                     "actions": ["pull"]}]


def test_registry_verifies_token_signatures(token_registry: TokenRegistry) -> None:
    """A token signed by another key (same claims) is refused: the setup is real."""
    issuer = token_registry.issuer
    assert issuer is not None
    access = [{"type": "repository", "name": "library/alpine", "actions": ["pull"]}]
    good = issuer.issue(access, None)["token"]
    forged_key = SigningKey.generate()
    claims = json.loads(base64.urlsafe_b64decode(good.split(".")[1] + "=="))
    forged = forged_key.sign_jwt(claims, "x5c")
    url = f"{token_registry.url}/v2/library/alpine/manifests/latest"
    assert httpx.get(url, headers={**ACCEPT, "Authorization": f"Bearer {good}"},
                     timeout=10).status_code == 200
    assert httpx.get(url, headers={**ACCEPT, "Authorization": f"Bearer {forged}"},
                     timeout=10).status_code == 401


def test_both_jws_key_forms_are_accepted(token_registry: TokenRegistry) -> None:
    issuer = token_registry.issuer
    assert issuer is not None
    url = f"{token_registry.url}/v2/library/alpine/manifests/latest"
    access = [{"type": "repository", "name": "library/alpine", "actions": ["pull"]}]
    for mode in ("kid", "x5c"):
        token = issuer.key.sign_jwt(
            {**json.loads(base64.urlsafe_b64decode(
                issuer.issue(access, None)["token"].split(".")[1] + "=="))}, mode)
        resp = httpx.get(url, headers={**ACCEPT, "Authorization": f"Bearer {token}"},
                         timeout=10)
        assert resp.status_code == 200, mode


def test_docker_config_fixture_writes_docker_format(docker_config) -> None:
    config = docker_config({"127.0.0.1:5000": ("u", "p:w")}, cred_helpers={"ghcr.io": "test"})
    data = config.read()
    assert base64.b64decode(data["auths"]["127.0.0.1:5000"]["auth"]) == b"u:p:w"
    assert data["credHelpers"] == {"ghcr.io": "test"}
    assert config.env == {"DOCKER_CONFIG": str(config.directory)}


def test_credential_helper_protocol(credential_helper) -> None:
    helper = credential_helper({"127.0.0.1:5000": ("user", "secret")})
    ok = subprocess.run([str(helper.executable), "get"], input="127.0.0.1:5000",
                        capture_output=True, text=True, timeout=30)
    assert ok.returncode == 0
    assert json.loads(ok.stdout) == {"ServerURL": "127.0.0.1:5000", "Username": "user",
                                     "Secret": "secret"}
    missing = subprocess.run([str(helper.executable), "get"], input="other:1",
                             capture_output=True, text=True, timeout=30)
    assert missing.returncode == 1
    assert "credentials not found" in missing.stdout
    assert helper.calls() == [{"action": "get", "server": "127.0.0.1:5000"},
                              {"action": "get", "server": "other:1"}]
    assert "secret" not in (helper.bin_dir / "test.calls.jsonl").read_text()


@pytest.mark.skipif(shutil.which("skopeo") is None, reason="skopeo not installed")
def test_skopeo_pulls_private_manifest_with_docker_config(
        token_registry: TokenRegistry, registry_credentials, docker_config,
        token_log: list) -> None:
    config = docker_config({token_registry.host: registry_credentials})
    result = subprocess.run(
        ["skopeo", "inspect", "--raw", "--tls-verify=false", "--authfile", str(config.path),
         f"docker://{token_registry.ref('private/app:1.0')}"],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["manifests"]) == 2
    assert any(r.user == registry_credentials[0] and r.status == 200 for r in token_log)


@pytest.mark.skipif(shutil.which("docker") is None, reason="docker CLI not installed")
def test_docker_cli_uses_the_credential_helper(
        token_registry: TokenRegistry, registry_credentials, docker_config,
        credential_helper, token_log: list, monkeypatch: pytest.MonkeyPatch) -> None:
    helper = credential_helper({token_registry.host: registry_credentials})
    config = docker_config(cred_helpers={token_registry.host: helper.name})
    env = {**config.env, **helper.env, "HOME": str(config.directory)}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    result = subprocess.run(
        ["docker", "manifest", "inspect", "--insecure", token_registry.ref("private/app:1.0")],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert {"action": "get", "server": token_registry.host} in helper.calls()
    assert any(r.user == registry_credentials[0] and r.status == 200 for r in token_log)


def test_htpasswd_hash_fallback_is_accepted_by_the_registry(
        registry_binary: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the bcrypt wheel, crypt(3) makes the hash; the registry must accept it."""
    import sys

    pytest.importorskip("crypt", reason="crypt module removed in Python 3.13")
    from registry_support.credentials import bcrypt_hash
    from registry_support.process import RegistryProcess

    monkeypatch.setitem(sys.modules, "bcrypt", None)  # import bcrypt -> ImportError
    htpasswd = tmp_path / "htpasswd"
    htpasswd.write_text(f"u:{bcrypt_hash('pw-1')}\n")
    auth = f"auth:\n  htpasswd:\n    realm: r\n    path: {json.dumps(str(htpasswd))}\n"
    with RegistryProcess(storage=tmp_path / "s", workdir=tmp_path, name="crypt",
                         auth_yaml=auth) as reg:
        assert httpx.get(f"{reg.url}/v2/", auth=("u", "pw-1"), timeout=10).status_code == 200
        assert httpx.get(f"{reg.url}/v2/", auth=("u", "pw-2"), timeout=10).status_code == 401


def test_expired_tokens_are_refused(token_registry: TokenRegistry) -> None:
    """``issuer.expires_in`` below -60 s mints tokens the registry refuses as expired
    (distribution 2.8 allows 60 s of clock leeway); use it to test re-authentication."""
    issuer = token_registry.issuer
    assert issuer is not None
    url = f"{token_registry.url}/v2/library/alpine/manifests/latest"
    access = [{"type": "repository", "name": "library/alpine", "actions": ["pull"]}]
    saved = issuer.expires_in
    try:
        issuer.expires_in = -120
        expired = issuer.issue(access, None)["token"]
    finally:
        issuer.expires_in = saved
    resp = httpx.get(url, headers={**ACCEPT, "Authorization": f"Bearer {expired}"}, timeout=10)
    assert resp.status_code == 401
    assert 'error="invalid_token"' in resp.headers["www-authenticate"]

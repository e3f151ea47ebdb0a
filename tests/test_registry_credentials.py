"""Credential lookup with Docker CLI semantics (no registry needed): DOCKER_AUTH_CONFIG,
config.json auths with URL keys, credHelpers over credsStore over auths, a real helper
process, podman auth files; secrets never in repr/str."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from registry_support.credentials import write_auth_file, write_docker_config

from archlint.registry import credentials as creds


@pytest.fixture(autouse=True)
def _clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for var in ("DOCKER_CONFIG", "REGISTRY_AUTH_FILE", "DOCKER_AUTH_CONFIG"):
        monkeypatch.delenv(var, raising=False)


def test_nothing_configured_is_anonymous() -> None:
    assert creds.lookup("ghcr.io") is None


def test_docker_hub_key_and_url_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = write_docker_config(tmp_path / "d", {
        "https://index.docker.io/v1/": ("hubuser", "hubpw"),
        "https://registry.example.com/v1/": ("u", "p:with:colons"),
    })
    monkeypatch.setenv("DOCKER_CONFIG", str(cfg.directory))
    hub = creds.lookup("docker.io")
    assert hub and (hub.username, hub.password) == ("hubuser", "hubpw")
    assert creds.lookup("registry-1.docker.io") == hub
    other = creds.lookup("registry.example.com")
    assert other and other.password == "p:with:colons"
    assert "hubpw" not in repr(hub) + str(hub)


def test_helpers_take_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 credential_helper) -> None:  # type: ignore[no-untyped-def]
    helper = credential_helper({"reg.test:5000": ("helper-user", "helper-secret")})
    cfg = write_docker_config(tmp_path / "d", {"reg.test:5000": ("file-user", "file-pw")},
                              cred_helpers={"reg.test:5000": helper.name})
    monkeypatch.setenv("DOCKER_CONFIG", str(cfg.directory))
    monkeypatch.setenv("PATH", helper.env["PATH"])
    found = creds.lookup("reg.test:5000")
    assert found and (found.username, found.password) == ("helper-user", "helper-secret")
    assert helper.calls() == [{"action": "get", "server": "reg.test:5000"}]
    # A helper that has nothing falls back to the file entry (not an error).
    helper.set_credentials({})
    found = creds.lookup("reg.test:5000")
    assert found and found.username == "file-user"


def test_creds_store_and_identity_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        credential_helper) -> None:  # type: ignore[no-untyped-def]
    helper = credential_helper({"https://index.docker.io/v1/": ("<token>", "refresh-tok")},
                               name="store")
    cfg = write_docker_config(tmp_path / "d", creds_store="store")
    monkeypatch.setenv("DOCKER_CONFIG", str(cfg.directory))
    monkeypatch.setenv("PATH", helper.env["PATH"])
    found = creds.lookup("docker.io")
    assert found and found.identity_token == "refresh-tok" and not found.username


def test_docker_auth_config_env_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = write_docker_config(tmp_path / "d", {"ghcr.io": ("file", "pw")})
    monkeypatch.setenv("DOCKER_CONFIG", str(cfg.directory))
    env_auth = base64.b64encode(b"envuser:envpw").decode()
    monkeypatch.setenv("DOCKER_AUTH_CONFIG", json.dumps({"auths": {"ghcr.io": {"auth": env_auth}}}))
    found = creds.lookup("ghcr.io")
    assert found and found.username == "envuser" and found.source == "DOCKER_AUTH_CONFIG"


def test_podman_auth_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = write_auth_file(tmp_path / "run" / "containers" / "auth.json",
                              {"quay.io": ("pod", "podpw")})
    found = creds.lookup("quay.io")
    assert found and found.username == "pod" and found.source == str(runtime)
    explicit = write_auth_file(tmp_path / "explicit.json", {"quay.io": ("explicit", "x")})
    monkeypatch.setenv("REGISTRY_AUTH_FILE", str(explicit))
    found = creds.lookup("quay.io")
    assert found and found.username == "explicit"  # an explicit file replaces the search list

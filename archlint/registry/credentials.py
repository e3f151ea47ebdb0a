"""Where registry credentials come from, with Docker CLI semantics.

Order: ``DOCKER_AUTH_CONFIG`` -> Docker ``config.json`` (``$DOCKER_CONFIG`` or ``~/.docker``:
``credHelpers[host]`` -> ``credsStore`` -> ``auths``) -> podman/skopeo ``auth.json``
(``REGISTRY_AUTH_FILE``, else ``$XDG_RUNTIME_DIR/containers/auth.json``, then
``~/.config/containers/auth.json``) -> anonymous.

Helpers run as ``docker-credential-<name> get`` with the server on stdin, never through a
shell, with a timeout. Secrets are held in :class:`Credentials` whose ``repr`` hides them;
nothing here logs or prints a secret.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
from dataclasses import field
from pathlib import Path
from typing import Any

from archlint.records import record

HUB_KEY = "https://index.docker.io/v1/"
HELPER_TIMEOUT = 10.0
_HUB_ALIASES = {"docker.io", "index.docker.io", "registry-1.docker.io", HUB_KEY}


@record(frozen=True, slots=True)
class Credentials:
    username: str = field(repr=False, default="")
    password: str = field(repr=False, default="")
    identity_token: str = field(repr=False, default="")  # refresh token from docker login
    registry_token: str = field(repr=False, default="")  # ready bearer token
    source: str = ""  # where they came from (a file path or helper name), never the secret

    @property
    def has_basic(self) -> bool:
        return bool(self.username) and bool(self.password)

    def __str__(self) -> str:
        return f"credentials from {self.source}"


def auth_key(host: str) -> str:
    """The docker config key for a registry host (Docker Hub uses its legacy URL)."""
    return HUB_KEY if host in _HUB_ALIASES else host


def _host_of_key(key: str) -> str:
    k = key
    for prefix in ("https://", "http://"):
        if k.startswith(prefix):
            k = k[len(prefix):]
    k = k.split("/", 1)[0]
    return "docker.io" if k in _HUB_ALIASES or k == "index.docker.io" else k


def _decode_entry(entry: dict[str, Any], source: str) -> Credentials | None:
    user, pw = str(entry.get("username") or ""), str(entry.get("password") or "")
    if entry.get("auth"):
        try:
            raw = base64.b64decode(str(entry["auth"])).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return None
        u, sep, p = raw.partition(":")
        if sep and u:
            user, pw = u, p.rstrip("\x00")
    ident = str(entry.get("identitytoken") or "")
    regtok = str(entry.get("registrytoken") or "")
    if not (user or ident or regtok):
        return None
    return Credentials(user, pw, ident, regtok, source)


def _find_in_auths(auths: dict[str, Any], host: str, source: str) -> Credentials | None:
    want = _host_of_key(auth_key(host))
    direct = auths.get(auth_key(host))
    if isinstance(direct, dict):
        return _decode_entry(direct, source)
    for key, entry in auths.items():
        if isinstance(entry, dict) and _host_of_key(key) == want:
            return _decode_entry(entry, source)
    return None


def run_helper(helper: str, server: str) -> Credentials | None:
    """``docker-credential-<helper> get``; None when the helper has nothing or fails."""
    exe = f"docker-credential-{helper}"
    try:
        proc = subprocess.run(
            [exe, "get"], input=server, capture_output=True, text=True,
            timeout=HELPER_TIMEOUT, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0:
        return None
    try:
        data = json.loads(proc.stdout)
    except ValueError:
        return None
    user, secret = str(data.get("Username") or ""), str(data.get("Secret") or "")
    if not secret:
        return None
    if user == "<token>":
        return Credentials(identity_token=secret, source=exe)
    return Credentials(user, secret, source=exe)


def _load_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def docker_config_path() -> Path:
    base = os.environ.get("DOCKER_CONFIG")
    return (Path(base) if base else Path.home() / ".docker") / "config.json"


def podman_auth_paths() -> list[Path]:
    explicit = os.environ.get("REGISTRY_AUTH_FILE")
    if explicit:
        return [Path(explicit)]
    out = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    out.append(Path(runtime) / "containers" / "auth.json" if runtime
               else Path(f"/run/containers/{os.getuid()}/auth.json"))
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    out.append(Path(config_home) / "containers" / "auth.json")
    return out


def lookup(host: str) -> Credentials | None:
    """Credentials for a registry host (``docker.io``, ``ghcr.io``, ``localhost:5000``)."""
    env = os.environ.get("DOCKER_AUTH_CONFIG")
    if env:
        try:
            data = json.loads(env)
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("auths"), dict):
            found = _find_in_auths(data["auths"], host, "DOCKER_AUTH_CONFIG")
            if found:
                return found
    path = docker_config_path()
    cfg = _load_json(path)
    if cfg:
        key = auth_key(host)
        helpers = cfg.get("credHelpers") or {}
        helper = helpers.get(key) if isinstance(helpers, dict) else None
        if not helper and key == HUB_KEY and isinstance(helpers, dict):
            helper = helpers.get("docker.io")
        if helper:
            found = run_helper(str(helper), key)
            if found:
                return found
        elif cfg.get("credsStore"):
            found = run_helper(str(cfg["credsStore"]), key)
            if found:
                return found
        auths = cfg.get("auths")
        if isinstance(auths, dict):
            found = _find_in_auths(auths, host, str(path))
            if found:
                return found
    for apath in podman_auth_paths():
        data = _load_json(apath)
        if not data:
            continue
        helpers = data.get("credHelpers") or {}
        hkey = "docker.io" if host in _HUB_ALIASES else host
        if isinstance(helpers, dict) and helpers.get(hkey):
            found = run_helper(str(helpers[hkey]), hkey)
            if found:
                return found
        auths = data.get("auths")
        if isinstance(auths, dict):
            found = _find_in_auths(auths, host, str(apath))
            if found:
                return found
    return None

"""Temporary docker configs, podman auth files and a ``docker-credential-*`` helper.

The helper follows the docker-credential-helpers protocol: ``get`` reads the server URL on
stdin and prints ``{"ServerURL", "Username", "Secret"}``; an unknown server prints
``credentials not found in native keychain`` and exits 1 (what the real helpers do);
``list`` prints ``{server: username}``; ``store``/``erase`` are accepted. Each call is
appended to ``calls.jsonl`` as ``{"action", "server"}`` (never the secret), so tests can
assert that the helper was (or was not) asked.
"""

from __future__ import annotations

import base64
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

Credentials = dict[str, tuple[str, str]]  # server ("127.0.0.1:PORT") -> (user, secret)


def bcrypt_hash(password: str) -> str:
    """A bcrypt hash for an htpasswd file (the registry accepts only bcrypt there).

    Uses the ``bcrypt`` package (test dependency); falls back to the C library's crypt(3)
    (Python < 3.13 ``crypt`` module, libxcrypt supports ``$2b$``) so a missing wheel does
    not silently disable the Basic-auth tests."""
    try:
        import bcrypt
    except ImportError:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            import crypt  # type: ignore[import-not-found]  # removed in 3.13

        return crypt.crypt(password, crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=16))
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4)).decode()


def auth_entry(user: str, secret: str) -> dict[str, str]:
    return {"auth": base64.b64encode(f"{user}:{secret}".encode()).decode()}


@dataclass
class DockerConfig:
    """A ``DOCKER_CONFIG`` directory; ``env`` is what to add to a subprocess environment."""

    directory: Path

    @property
    def path(self) -> Path:
        return self.directory / "config.json"

    @property
    def env(self) -> dict[str, str]:
        return {"DOCKER_CONFIG": str(self.directory)}

    def read(self) -> dict[str, object]:
        return json.loads(self.path.read_text())


def write_docker_config(directory: Path, auths: Credentials | None = None, *,
                        cred_helpers: dict[str, str] | None = None,
                        creds_store: str | None = None,
                        extra: dict[str, object] | None = None) -> DockerConfig:
    """Write ``config.json`` with ``auths`` (base64 ``user:secret``), ``credHelpers``
    (server -> helper suffix) and ``credsStore``."""
    directory.mkdir(parents=True, exist_ok=True)
    config: dict[str, object] = {"auths": {s: auth_entry(*c) for s, c in (auths or {}).items()}}
    if cred_helpers:
        config["credHelpers"] = dict(cred_helpers)
    if creds_store:
        config["credsStore"] = creds_store
    config.update(extra or {})
    (directory / "config.json").write_text(json.dumps(config, indent=1))
    os.chmod(directory / "config.json", 0o600)
    return DockerConfig(directory)


def write_auth_file(path: Path, auths: Credentials) -> Path:
    """A podman/skopeo ``auth.json`` (``REGISTRY_AUTH_FILE``): same ``auths`` shape."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"auths": {s: auth_entry(*c) for s, c in auths.items()}}))
    os.chmod(path, 0o600)
    return path


HELPER_SOURCE = r'''
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORE = HERE / "{name}.credentials.json"
LOG = HERE / "{name}.calls.jsonl"


def main() -> int:
    action = sys.argv[1] if len(sys.argv) > 1 else ""
    data = sys.stdin.read()
    creds = json.loads(STORE.read_text())
    server = data.strip() if action in ("get", "erase") else None
    with open(LOG, "a") as log:
        log.write(json.dumps({{"action": action, "server": server}}) + "\n")
    if action == "get":
        entry = creds.get(server)
        if entry is None:
            print("credentials not found in native keychain")
            return 1
        print(json.dumps({{"ServerURL": server, "Username": entry[0], "Secret": entry[1]}}))
        return 0
    if action == "list":
        print(json.dumps({{s: c[0] for s, c in creds.items()}}))
        return 0
    if action in ("store", "erase"):
        return 0
    print("unknown action: " + action, file=sys.stderr)
    return 1


sys.exit(main())
'''


@dataclass
class CredentialHelper:
    """``docker-credential-<name>`` in ``bin_dir``; put ``env`` into the subprocess env."""

    name: str
    bin_dir: Path

    @property
    def executable(self) -> Path:
        return self.bin_dir / f"docker-credential-{self.name}"

    @property
    def env(self) -> dict[str, str]:
        return {"PATH": str(self.bin_dir) + os.pathsep + os.environ.get("PATH", "")}

    def set_credentials(self, credentials: Credentials) -> None:
        (self.bin_dir / f"{self.name}.credentials.json").write_text(
            json.dumps({s: list(c) for s, c in credentials.items()}))

    def calls(self) -> list[dict[str, str | None]]:
        log = self.bin_dir / f"{self.name}.calls.jsonl"
        if not log.exists():
            return []
        return [json.loads(line) for line in log.read_text().splitlines() if line]


def write_credential_helper(bin_dir: Path, credentials: Credentials,
                            name: str = "test") -> CredentialHelper:
    bin_dir.mkdir(parents=True, exist_ok=True)
    helper = CredentialHelper(name, bin_dir)
    helper.executable.write_text(f"#!{sys.executable}\n" + HELPER_SOURCE.format(name=name))
    helper.executable.chmod(helper.executable.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP
                            | stat.S_IXOTH)
    helper.set_credentials(credentials)
    return helper

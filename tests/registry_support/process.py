"""Start and stop a real CNCF distribution registry (Debian's ``docker-registry`` 2.8).

One :class:`RegistryProcess` is one ``docker-registry serve config.yml`` child bound to a
free loopback port. Several instances may share one storage directory (the registry keeps
no state outside it), which is how the Basic-auth and token-auth instances serve the same
seeded images as the open one without seeding three times.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REGISTRY_BINARY = "docker-registry"


BINARY_ENV = "ARCHLINT_TEST_REGISTRY_BINARY"  # override (a path; a missing one = not installed)


def registry_binary() -> str | None:
    """Path of the registry binary, or None when it is not installed."""
    override = os.environ.get(BINARY_ENV)
    if override is not None:
        return override if os.access(override, os.X_OK) else None
    return shutil.which(REGISTRY_BINARY) or (
        "/usr/bin/docker-registry" if os.access("/usr/bin/docker-registry", os.X_OK) else None
    )


def _die_with_parent() -> None:  # runs in the child between fork and exec
    """Linux: SIGTERM the registry when the process that started it dies, even by SIGKILL
    (a killed pytest must not leave registries behind)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


_RUNNING: set[RegistryProcess] = set()


@atexit.register
def _stop_leftovers() -> None:
    for process in list(_RUNNING):
        process.stop()


def free_port() -> int:
    """A currently free TCP port on 127.0.0.1 (the kernel's choice)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _yaml_scalar(value: str) -> str:
    # JSON strings are valid YAML scalars; no PyYAML needed.
    import json

    return json.dumps(value)


@dataclass(eq=False)  # identity hash: instances live in _RUNNING
class RegistryProcess:
    """A running registry. ``host`` is ``127.0.0.1:PORT``; ``url`` is ``http://host``."""

    storage: Path
    workdir: Path
    auth_yaml: str = ""
    name: str = "open"
    port: int = 0
    proc: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.host}"

    def _write_config(self) -> Path:
        config = self.workdir / f"registry-{self.name}.yml"
        config.write_text(
            "version: 0.1\n"
            "log:\n  level: error\n  accesslog:\n    disabled: true\n"
            "storage:\n"
            f"  filesystem:\n    rootdirectory: {_yaml_scalar(str(self.storage))}\n"
            "  delete:\n    enabled: true\n"
            "  maintenance:\n    uploadpurging:\n      enabled: false\n"
            "http:\n"
            f"  addr: 127.0.0.1:{self.port}\n"
            "  secret: archlint-test-secret\n"
            + self.auth_yaml
        )
        return config

    def start(self, timeout: float = 15.0) -> RegistryProcess:
        binary = registry_binary()
        if binary is None:
            raise FileNotFoundError("docker-registry not found (apt install docker-registry)")
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.storage.mkdir(parents=True, exist_ok=True)
        last_error = ""
        for _attempt in range(5):  # the free port may be taken between probe and bind
            self.port = free_port()
            config = self._write_config()
            log = open(self.workdir / f"registry-{self.name}.log", "wb")  # noqa: SIM115
            self.proc = subprocess.Popen(
                [binary, "serve", str(config)],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )
            _RUNNING.add(self)
            log.close()
            if self._wait_ready(timeout):
                return self
            last_error = self.log_tail()
            self.stop()
        raise RuntimeError(f"registry {self.name} did not start: {last_error}")

    def _wait_ready(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                return False
            try:
                # Any HTTP answer (200, or 401 for auth instances) means it is serving.
                httpx.get(f"{self.url}/v2/", timeout=1.0)
                return True
            except httpx.HTTPError:
                time.sleep(0.02)
        return False

    def log_tail(self, size: int = 2000) -> str:
        path = self.workdir / f"registry-{self.name}.log"
        try:
            return path.read_text(errors="replace")[-size:]
        except OSError:
            return ""

    def stop(self) -> None:
        _RUNNING.discard(self)
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)

    def __enter__(self) -> RegistryProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

"""A stand-in for the ``docker`` CLI, for archlint's build tests (no engine, no buildx here).

The tests put a ``docker`` wrapper first on PATH that ``exec``s this script (same pid, so
signals sent to "docker" reach it). Behaviour, chosen through the environment:

- ``FAKE_DOCKER_LOG``: every invocation appends one JSON line ``{"argv": [...]}``; the build
  appends ``{"event": "build-started"}`` once its signal handlers are installed, and
  ``{"event": "signal", "signal": "SIGINT"}`` for each signal it receives.
- ``FAKE_DOCKER_BUILDX=missing`` answers any ``buildx`` command as docker CLI 28 does without
  the plugin; ``missing-old`` as docker CLI up to 27 does.
- ``FAKE_DOCKER_INSPECT``: name of a captured ``docker buildx inspect`` output in
  ``inspect/`` (``emulation``, ``no-arm64``, ``inactive``, ``multi-node``, ``daemon-down``);
  with ``--bootstrap``, ``inspect/<name>.bootstrap.txt`` is printed if it exists (after the
  boot progress on stderr, as buildx does).
- ``FAKE_DOCKER_UNKNOWN_BUILDER``: a builder name that does not exist.
- ``FAKE_DOCKER_BUILD_EXIT`` (default 0), ``FAKE_DOCKER_BUILD_SLEEP`` (seconds, default 0):
  ``buildx build`` prints progress lines, sleeps, exits with that code; on SIGINT/SIGTERM it
  records the signal, and 0.4 s later prints buildx's cancellation error and exits 1 (as
  buildx does when its context is cancelled); copies arriving meanwhile are recorded too.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def log(record: dict[str, object]) -> None:
    path = os.environ.get("FAKE_DOCKER_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
            fh.flush()


def no_buildx() -> int:
    if os.environ.get("FAKE_DOCKER_BUILDX") == "missing-old":
        sys.stderr.write("docker: 'buildx' is not a docker command.\nSee 'docker --help'\n")
    else:
        sys.stderr.write(
            "docker: unknown command: docker buildx\n\nRun 'docker --help' for more information\n"
        )
    return 1


def builder_of(args: list[str]) -> str | None:
    for i, arg in enumerate(args):
        if arg == "--builder" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--builder="):
            return arg.split("=", 1)[1]
    return None


def inspect(args: list[str]) -> int:
    name = builder_of(args)
    if name and name == os.environ.get("FAKE_DOCKER_UNKNOWN_BUILDER"):
        sys.stderr.write(f'ERROR: no builder "{name}" found\n')
        return 1
    which = os.environ.get("FAKE_DOCKER_INSPECT", "emulation")
    path = HERE / "inspect" / f"{which}.txt"
    if "--bootstrap" in args:
        booted = HERE / "inspect" / f"{which}.bootstrap.txt"
        if booted.exists():
            sys.stderr.write(
                "#1 [internal] booting buildkit\n"
                "#1 pulling image moby/buildkit:buildx-stable-1\n"
                "#1 pulling image moby/buildkit:buildx-stable-1 1.9s done\n"
                "#1 creating container buildx_buildkit_ci-builder0\n"
                "#1 creating container buildx_buildkit_ci-builder0 0.6s done\n"
                "#1 DONE 2.5s\n"
            )
            path = booted
    sys.stdout.write(path.read_text(encoding="utf-8"))
    return 0


def build(args: list[str]) -> int:
    cancelled: list[float] = []

    def on_signal(signum: int, frame: object) -> None:
        # Record every copy; cancel a moment later (as buildx winds a build down), so that a
        # duplicate copy of the same Ctrl-C would be recorded too.
        log({"event": "signal", "signal": signal.Signals(signum).name})
        if not cancelled:
            cancelled.append(time.monotonic() + 0.4)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    log({"event": "build-started"})
    sys.stderr.write("#0 building with \"default\" instance using docker driver\n\n")
    sys.stderr.write("#1 [internal] load build definition from Dockerfile\n#1 DONE 0.0s\n")
    sys.stderr.flush()
    sys.stdout.write("fake-buildx: build output on stdout\n")
    sys.stdout.flush()
    deadline = time.monotonic() + float(os.environ.get("FAKE_DOCKER_BUILD_SLEEP", "0"))
    while time.monotonic() < deadline:
        if cancelled and time.monotonic() >= cancelled[0]:
            sys.stderr.write("ERROR: failed to solve: Canceled: context canceled\n")
            return 1
        time.sleep(0.02)
    return int(os.environ.get("FAKE_DOCKER_BUILD_EXIT", "0"))


def main(argv: list[str]) -> int:
    log({"argv": argv})
    if not argv:
        sys.stderr.write("Usage:  docker [OPTIONS] COMMAND\n")
        return 0
    if argv[0] == "buildx":
        if os.environ.get("FAKE_DOCKER_BUILDX", "").startswith("missing"):
            return no_buildx()
        sub = argv[1] if len(argv) > 1 else ""
        if sub == "inspect":
            return inspect(argv[2:])
        if sub == "build":
            return build(argv[2:])
        if sub == "version":
            sys.stdout.write("github.com/docker/buildx v0.19.3 48d6a39\n")
            return 0
    sys.stderr.write(f"docker: unknown command: docker {argv[0]}\n")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

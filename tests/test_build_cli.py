"""``archlint build`` end to end, with a stand-in ``docker`` first on PATH.

The stand-in (tests/fake_docker) records its argv, answers ``buildx inspect`` with captured
real outputs, and for ``buildx build`` exits with a chosen code, optionally after sleeping
(to receive signals). Checks run with ``--select AL001`` (parse errors, the engine's own
rule) and ``--offline`` so these tests depend on no other rule and no network.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_archlint
from fake_docker.harness import FakeDocker

CHECK = ["--select", "AL001", "--offline"]
GOOD = "FROM alpine:3.20 AS runtime\nRUN echo hello\nFROM runtime AS final\n"
BAD = "FROM alpine:3.20\nRUN <<EOF\necho never terminated\n"  # AL001: unterminated heredoc


@pytest.fixture
def docker(tmp_path: Path) -> FakeDocker:
    return FakeDocker.install(tmp_path)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    ctx = tmp_path / "app"
    ctx.mkdir()
    (ctx / "Dockerfile").write_text(GOOD)
    (ctx / "Bad.Dockerfile").write_text(BAD)
    return tmp_path


def build(project: Path, docker: FakeDocker, *args: str, **fake: str):
    return run_archlint("build", *CHECK, *args, cwd=project, env=docker.env(**fake))


def test_exact_command_line_and_streamed_output(project: Path, docker: FakeDocker) -> None:
    r = build(project, docker, "--platform", "linux/amd64,linux/arm64", "--build-arg",
              "VERSION=1.2 beta", "--target", "runtime", "--builder", "multiarch", "app",
              "--", "--progress", "plain", "-t", "example/app:1", "--load")
    assert r.returncode == 0, r.stderr
    calls = docker.calls()
    assert calls[0] == ["buildx", "inspect", "--builder", "multiarch"]
    assert calls[-1] == [
        "buildx", "build", "--platform", "linux/amd64,linux/arm64", "-f", "app/Dockerfile",
        "--build-arg", "VERSION=1.2 beta", "--target", "runtime", "--builder", "multiarch",
        "--progress", "plain", "-t", "example/app:1", "--load", "app",
    ]
    # buildx's own output reaches the user (stdout and stderr are inherited, not swallowed)
    assert "fake-buildx: build output on stdout" in r.stdout
    assert "#1 [internal] load build definition from Dockerfile" in r.stderr
    assert "archlint: running: docker buildx build --platform linux/amd64,linux/arm64" in r.stderr


@pytest.mark.parametrize("code", [0, 1, 17])
def test_exit_code_of_buildx_is_passed_through(
    project: Path, docker: FakeDocker, code: int
) -> None:
    r = build(project, docker, "app", build_exit=str(code))
    assert r.returncode == code, r.stderr
    assert docker.calls()[-1][:2] == ["buildx", "build"]


def test_nothing_runs_when_checks_fail(project: Path, docker: FakeDocker) -> None:
    r = build(project, docker, "-f", "app/Bad.Dockerfile", "app", "--", "--push", "-t", "x/y:1")
    assert r.returncode == 1
    assert "AL001" in r.stdout and "unterminated heredoc" in r.stdout
    assert "not building" in r.stderr
    assert docker.calls() == []  # not even the preflight


def test_fail_on_never_lets_the_build_run(project: Path, docker: FakeDocker) -> None:
    r = build(project, docker, "--fail-on", "never", "-f", "app/Bad.Dockerfile", "app")
    assert r.returncode == 0, r.stderr
    assert "AL001" in r.stdout
    assert docker.calls()[-1][:5] == ["buildx", "build", "--platform", "linux/amd64,linux/arm64",
                                      "-f"]


def test_dry_run_prints_the_quoted_command_and_runs_nothing(
    project: Path, docker: FakeDocker
) -> None:
    r = build(project, docker, "--dry-run", "--build-arg", "MSG=it's ok", "app", "--", "--push",
              "-t", "r.example/app:1")
    assert r.returncode == 0, r.stderr
    last = r.stdout.strip().splitlines()[-1]
    assert last == (
        "docker buildx build --platform linux/amd64,linux/arm64 -f app/Dockerfile "
        "--build-arg 'MSG=it'\"'\"'s ok' --push -t r.example/app:1 app"
    )
    assert docker.calls() == []


def test_platforms_from_config_then_dockerfile_then_defaults(
    project: Path, docker: FakeDocker
) -> None:
    (project / "app" / "Dockerfile").write_text(
        "# archlint: platforms=linux/arm64,linux/arm/v7\n" + GOOD
    )
    r = build(project, docker, "--dry-run", "app")
    assert "--platform linux/arm64,linux/arm/v7 " in r.stdout
    (project / ".archlint.toml").write_text('platforms = ["linux/s390x"]\n')
    r = build(project, docker, "--dry-run", "app")
    assert "--platform linux/s390x " in r.stdout
    from archlint.commands.check import CheckArgs

    if "platforms_override" not in CheckArgs.__dataclass_fields__:
        # the checks still follow the declaration: the difference must be said
        assert "declares platforms=linux/arm64,linux/arm/v7" in r.stderr
    r = build(project, docker, "--dry-run", "--platform", "linux/ppc64le", "app")
    assert "--platform linux/ppc64le " in r.stdout


def test_builder_without_arm64_stops_before_building(project: Path, docker: FakeDocker) -> None:
    r = build(project, docker, "app", inspect="no-arm64")
    assert r.returncode == 1
    assert "cannot run linux/arm64" in r.stderr
    assert "tonistiigi/binfmt --install arm64" in r.stderr
    assert "docker buildx create --append" in r.stderr
    assert [c[:2] for c in docker.calls()] == [["buildx", "inspect"]]


def test_cross_compiled_dockerfile_builds_without_emulation(
    project: Path, docker: FakeDocker
) -> None:
    (project / "app" / "Dockerfile").write_text(
        "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n"
        "ARG TARGETOS TARGETARCH\n"
        "RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n"
        "FROM scratch\nCOPY --from=build /out/app /app\n"
    )
    r = build(project, docker, "app", inspect="container-no-qemu")
    assert r.returncode == 0, r.stderr
    assert "no RUN step executes for them" in r.stderr
    assert docker.calls()[-1][:2] == ["buildx", "build"]


def test_docker_driver_without_containerd_store_stops_multi_platform(
    project: Path, docker: FakeDocker
) -> None:
    r = build(project, docker, "app", inspect="no-arm64")
    assert r.returncode == 1
    assert "cannot run linux/arm64" in r.stderr  # both problems are reported at once
    assert "Multi-platform build is not supported for the docker driver" in r.stderr
    r = build(project, docker, "--platform", "linux/amd64", "app", inspect="no-arm64")
    assert r.returncode == 0, r.stderr  # one platform builds on the classic store
    r = build(project, docker, "app", inspect="docker-containerd")
    assert r.returncode == 0, r.stderr  # Docker Desktop's containerd store: fine
    assert [c[:2] for c in docker.calls()].count(["buildx", "build"]) == 2


def test_inactive_builder_is_bootstrapped(project: Path, docker: FakeDocker) -> None:
    r = build(project, docker, "--builder", "ci-builder", "app", inspect="inactive")
    assert r.returncode == 0, r.stderr
    calls = docker.calls()
    assert calls[0] == ["buildx", "inspect", "--builder", "ci-builder"]
    assert calls[1] == ["buildx", "inspect", "--builder", "ci-builder", "--bootstrap"]
    assert calls[2][:2] == ["buildx", "build"]
    assert "#1 [internal] booting buildkit" in r.stderr  # boot progress is shown, not hidden


def test_multi_node_builder_covers_both(project: Path, docker: FakeDocker) -> None:
    r = build(project, docker, "--platform", "linux/amd64,linux/arm64,linux/arm/v6", "app",
              inspect="multi-node")
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("mode", ["missing", "missing-old"])
def test_missing_buildx_plugin_is_one_line_exit_2(
    project: Path, docker: FakeDocker, mode: str
) -> None:
    r = build(project, docker, "app", buildx=mode)
    assert r.returncode == 2
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert lines == ["archlint: the docker buildx plugin is missing: install it "
                     "(https://github.com/docker/buildx#installing) and retry"]


def test_missing_docker_is_one_line_exit_2(project: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    env = {"PATH": str(empty)}
    r = subprocess.run(
        [sys.executable, "-m", "archlint", "build", *CHECK, "app"], cwd=project,
        env={**os.environ, **env, "NO_COLOR": "1"}, capture_output=True, text=True, timeout=60,
    )
    assert r.returncode == 2
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "'docker' not found" in lines[0], r.stderr


def test_unknown_builder_and_unreachable_daemon_exit_2(
    project: Path, docker: FakeDocker
) -> None:
    r = build(project, docker, "--builder", "nope", "app", unknown_builder="nope")
    assert r.returncode == 2
    assert 'no builder "nope" found' in r.stderr
    r = build(project, docker, "app", inspect="daemon-down")
    assert r.returncode == 2
    assert "Cannot connect to the Docker daemon" in r.stderr
    assert all(c[:2] != ["buildx", "build"] for c in docker.calls())


def test_usage_errors(project: Path, docker: FakeDocker) -> None:
    r = build(project, docker, "app", "--", "--platform", "linux/s390x")
    assert r.returncode == 2 and "give --platform to archlint" in r.stderr
    r = build(project, docker, "no-such-dir")
    assert r.returncode == 2 and "not a directory" in r.stderr
    r = build(project, docker, "app", "other")
    assert r.returncode == 2 and "exactly one build context" in r.stderr
    assert docker.calls() == []


def _start_build(project: Path, docker: FakeDocker) -> subprocess.Popen[str]:
    # A new session: no controlling terminal, as in CI, so SIGINT must be forwarded.
    proc = subprocess.Popen(
        [sys.executable, "-m", "archlint", "build", *CHECK, "app"], cwd=project,
        env={**os.environ, **docker.env(build_sleep="30"), "NO_COLOR": "1"},
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )
    assert docker.wait_for_event("build-started"), "the build never started"
    return proc


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_signals_are_forwarded_to_buildx(
    project: Path, docker: FakeDocker, sig: signal.Signals
) -> None:
    proc = _start_build(project, docker)
    started = time.monotonic()
    proc.send_signal(sig)  # to archlint only, not to its process group
    try:
        _out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    assert time.monotonic() - started < 15  # not the 30 s the build would have slept
    received = [e["signal"] for e in docker.events() if e.get("event") == "signal"]
    assert received == [sig.name]
    assert "context canceled" in err
    assert proc.returncode == 1  # buildx's exit code after a cancelled build


def test_check_print_build_command(project: Path, docker: FakeDocker) -> None:
    (project / ".archlint.toml").write_text('[build-args]\nBASE = "alpine:3.20"\n')
    r = run_archlint("check", *CHECK, "-q", "--platform", "linux/arm64,linux/amd64",
                     "--build-arg", "V=1", "--target", "final", "--print-build-command",
                     "app/Dockerfile", cwd=project, env=docker.env())
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == (
        "docker buildx build --platform linux/arm64,linux/amd64 -f app/Dockerfile "
        "--build-arg BASE=alpine:3.20 --build-arg V=1 --target final ."
    )
    r = run_archlint("check", *CHECK, "--print-build-command", "app/Bad.Dockerfile",
                     cwd=project, env=docker.env())
    assert r.returncode == 1
    assert "buildx build" not in r.stdout
    assert docker.calls() == []


def test_build_accepts_every_check_option() -> None:
    """build's options are check's (minus --print-build-command) plus its own."""
    import inspect

    from archlint import cli

    app_cmds = {c.name or c.callback.__name__: c for c in cli.register_all().registered_commands}
    check_params = set(inspect.signature(app_cmds["check"].callback).parameters)
    build_params = set(inspect.signature(app_cmds["build"].callback).parameters)
    assert check_params - {"paths", "print_build_command"} <= build_params
    assert {"file", "builder", "dry_run", "args"} <= build_params
    assert ROOT.exists()


def _build_on_a_terminal(project: Path, docker: FakeDocker, deliver) -> tuple[int, str]:
    """Run ``archlint build`` as the foreground job of a fresh pseudo-terminal (as in an
    interactive shell), call ``deliver(pid, master_fd)`` once the build runs, and return
    (exit status, terminal output)."""
    import pty

    env = {**os.environ, **docker.env(build_sleep="30"), "NO_COLOR": "1"}
    argv = [sys.executable, "-m", "archlint", "build", *CHECK, "app"]
    pid, fd = pty.fork()
    if pid == 0:  # child: session leader with the pty as controlling terminal
        try:
            os.chdir(project)
            os.execve(sys.executable, argv, env)
        finally:
            os._exit(127)
    output = b""
    try:
        assert docker.wait_for_event("build-started"), "the build never started"
        deliver(pid, fd)
        end = time.monotonic() + 20
        while time.monotonic() < end:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the terminal's last user is gone
                break
            if not chunk:
                break
            output += chunk
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


def test_ctrl_c_on_a_terminal_reaches_buildx_once(project: Path, docker: FakeDocker) -> None:
    """Ctrl-C signals the whole foreground group: buildx gets it from the terminal, and
    archlint must not send a second copy (three make the docker CLI force-quit)."""
    code, out = _build_on_a_terminal(project, docker, lambda pid, fd: os.write(fd, b"\x03"))
    received = [e["signal"] for e in docker.events() if e.get("event") == "signal"]
    assert received == ["SIGINT"], out
    assert code == 1 and "context canceled" in out


def test_kill_int_on_a_terminal_is_forwarded(project: Path, docker: FakeDocker) -> None:
    """``kill -INT <archlint>`` from elsewhere reaches only archlint: it is forwarded even
    though archlint runs on a terminal."""
    code, out = _build_on_a_terminal(project, docker,
                                     lambda pid, fd: os.kill(pid, signal.SIGINT))
    received = [e["signal"] for e in docker.events() if e.get("event") == "signal"]
    assert received == ["SIGINT"], out
    assert code == 1


def test_dry_run_keeps_a_json_report_parseable(project: Path, docker: FakeDocker) -> None:
    import json

    r = build(project, docker, "--dry-run", "--format", "json", "app")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["findings"] == []
    assert "docker buildx build --platform linux/amd64,linux/arm64 -f app/Dockerfile app" \
        in r.stderr


def test_checks_see_the_build_args_buildx_gets(project: Path, docker: FakeDocker) -> None:
    """``FROM ${BASE}`` is checked as buildx will resolve it: without BASE the reference
    cannot be checked (AL103) and nothing is built; with it (command line or config) the
    check passes and buildx receives the same value."""
    (project / "app" / "Dockerfile").write_text("ARG BASE\nFROM ${BASE}\nRUN echo hi\n")
    sel = ["--select", "AL103", "--offline"]
    r = run_archlint("build", *sel, "app", cwd=project, env=docker.env())
    assert r.returncode == 1 and "unset variable $BASE" in r.stdout
    assert docker.calls() == []
    r = run_archlint("build", *sel, "--build-arg", "BASE=alpine:3.20", "app", cwd=project,
                     env=docker.env())
    assert r.returncode == 0, r.stdout + r.stderr
    assert docker.calls()[-1][6:8] == ["--build-arg", "BASE=alpine:3.20"]
    (project / ".archlint.toml").write_text('[build-args]\nBASE = "debian:12"\n')
    r = run_archlint("build", *sel, "app", cwd=project, env=docker.env())
    assert r.returncode == 0, r.stdout + r.stderr
    assert docker.calls()[-1][6:8] == ["--build-arg", "BASE=debian:12"]

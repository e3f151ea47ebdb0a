"""Without the registry binary the fixtures skip, except in CI where they fail."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

INNER = '''
def test_needs_registry(registry):
    assert registry.host
'''


def run_inner(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_inner.py").write_text(INNER)
    env = dict(os.environ)
    env.pop("CI", None)
    if ci is not None:
        env["CI"] = ci
    env["ARCHLINT_TEST_REGISTRY_BINARY"] = str(tmp_path / "no-such-registry")
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # fast inner start
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(TESTS), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "registry_fixtures", "-p",
         "no:cacheprovider", "-rs", str(tmp_path / "test_inner.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )


def test_missing_binary_skips_outside_ci(tmp_path: Path) -> None:
    result = run_inner(tmp_path, ci=None)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 skipped" in result.stdout
    assert "docker-registry not installed" in result.stdout


def test_missing_binary_fails_in_ci(tmp_path: Path) -> None:
    result = run_inner(tmp_path, ci="true")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 error" in result.stdout
    assert "CI is set" in result.stdout


STARTER = '''
import sys, time
from pathlib import Path

import pytest
sys.path.insert(0, {tests!r})
from registry_support.process import RegistryProcess
work = Path({work!r})
reg = RegistryProcess(storage=work / "s", workdir=work, name="orphan").start()
print(reg.proc.pid, flush=True)
time.sleep(60)
'''


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited (only waiting to be reaped)


@pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux-only")
def test_registry_dies_with_a_killed_parent(registry_binary: str, tmp_path: Path) -> None:
    starter = subprocess.Popen(
        [sys.executable, "-c", STARTER.format(tests=str(TESTS), work=str(tmp_path))],
        stdout=subprocess.PIPE, text=True)
    try:
        assert starter.stdout is not None
        pid = int(starter.stdout.readline())
        assert _alive(pid)
    finally:
        starter.kill()  # SIGKILL: no finalizer, no atexit
        starter.wait(timeout=10)
    deadline = time.monotonic() + 5
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid)

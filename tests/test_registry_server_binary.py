"""Without the registry binary the fixtures skip, except in CI where they fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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

"""The installed wheel carries the rule catalog: build it, install it in a fresh venv, run it
from another directory."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_runs_from_elsewhere(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(dist), str(ROOT)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    (wheel,) = dist.glob("archlint-*.whl")
    env_dir = tmp_path / "venv"
    # system site packages provide the dependencies; the venv's own archlint shadows the
    # editable install of the checkout.
    venv.EnvBuilder(with_pip=False, system_site_packages=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run(
        # --ignore-installed: an archlint already in the system site packages (a plain
        # `pip install .`) would otherwise count as installed and the wheel be skipped
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
         "--ignore-installed", "-q", str(wheel)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "Dockerfile").write_text("FROM alpine:3.20\nRUN echo $TARGETARCH\n")
    where = subprocess.run(
        [str(py), "-c", "import archlint.catalog as c; print(c.rules_dir())"],
        cwd=elsewhere, capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert where.startswith(str(env_dir)) and where.endswith("_rules"), where
    exe = env_dir / "bin" / "archlint"
    r = subprocess.run([str(exe), "rule", "AL203"], cwd=elsewhere, capture_output=True,
                       text=True)
    assert r.returncode == 0 and "undeclared-platform-arg" in r.stdout
    r = subprocess.run([str(exe), "check", "--offline", "--no-color"], cwd=elsewhere,
                       capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert r.returncode == 1 and "AL203" in r.stdout, r.stdout + r.stderr
    names = subprocess.run([sys.executable, "-m", "zipfile", "-l", str(wheel)],
                           capture_output=True, text=True).stdout
    assert "archlint/_rules/AL001.toml" in names

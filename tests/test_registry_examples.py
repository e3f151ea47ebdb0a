"""The bad/good examples of rules/AL101..AL105 (``needs_registry``), run for real: the seeded
local registry serves as ``--registry-mirror`` for docker.io (the lead's generic example test
skips these rules). Also end to end through ``archlint check``, and offline with the embedded
snapshot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archlint import engine
from archlint.catalog import load_catalog
from archlint.dockerfile import parse
from archlint.options import RegistryOptions, RunOptions
from archlint.platforms import DEFAULT_PLATFORMS, parse_platform_list
from archlint.registry import resolve_run
from tests.conftest import run_archlint

pytestmark = pytest.mark.registry

REGISTRY_RULES = [r for r in load_catalog().rules if r.needs_registry]
CASES = [
    pytest.param(rule, ex, id=f"{rule.id}-{ex.kind}-{i}")
    for rule in REGISTRY_RULES for i, ex in enumerate(rule.examples)
]


def _lint(rule, ex, mirror: str | None, cache_dir: Path, offline: bool = False):  # type: ignore[no-untyped-def]
    text = ex.dockerfile.lstrip("\n")
    config = dict(ex.config)
    plats = parse_platform_list(list(ex.platforms or DEFAULT_PLATFORMS))
    run = RunOptions(
        platforms=plats, build_args=dict(ex.build_args), target=config.get("target"),
        registry=RegistryOptions(registry_mirrors=[mirror] if mirror else [], offline=offline,
                                 cache_dir=str(cache_dir)),
    )
    df = parse(text, "Dockerfile")
    resolution = resolve_run([df], {"Dockerfile": plats}, run)
    findings = engine.lint_text(
        text, platforms=[str(p) for p in plats], select=[rule.id],
        build_args=dict(ex.build_args) or None, target=config.get("target"),
        images=resolution.for_file("Dockerfile"),
    )
    return [f for f in findings if f.rule == rule.id], resolution


def test_every_registry_rule_has_bad_and_good_examples() -> None:
    assert {r.id for r in REGISTRY_RULES} == {"AL101", "AL102", "AL103", "AL104", "AL105"}
    for rule in REGISTRY_RULES:
        kinds = {ex.kind for ex in rule.examples}
        assert kinds == {"bad", "good"}, rule.id


@pytest.mark.parametrize(("rule", "ex"), CASES)
def test_rule_example_against_registry(rule, ex, registry, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ARCHLINT_CACHE_DIR", str(tmp_path))
    found, _ = _lint(rule, ex, registry.url, tmp_path)
    lines = sorted({f.line for f in found})
    if ex.kind == "bad":
        assert lines == sorted(ex.lines), [f.message for f in found]
        for f in found:
            assert f.message and f.column >= 1 and f.end_column > f.column
    else:
        assert lines == [], [f.message for f in found]


OFFLINE = [c for c in CASES if c.values[0].id in ("AL101", "AL103")]


@pytest.mark.parametrize(("rule", "ex"), OFFLINE)
def test_rule_example_offline_with_snapshot(rule, ex, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """AL101/AL103 examples use official images the snapshot knows: same verdicts offline."""
    monkeypatch.setenv("ARCHLINT_CACHE_DIR", str(tmp_path))
    found, resolution = _lint(rule, ex, None, tmp_path, offline=True)
    lines = sorted({f.line for f in found})
    assert lines == (sorted(ex.lines) if ex.kind == "bad" else [])
    assert resolution.summary()["requests"] == {"tokens": 0, "heads": 0, "gets": 0, "blobs": 0}
    if rule.id == "AL101" and found:
        assert all(f.source == "snapshot" for f in found)
        assert all("declared" in f.message for f in found)


def test_check_cli_end_to_end(registry, tmp_path: Path) -> None:
    (tmp_path / "Dockerfile").write_text(
        "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
        "FROM mysql:5.7\n"
        "COPY --from=build /out /app\n"
        "COPY --from=eclipse-temurin:17-jdk-alpine /opt/java /opt/java\n"
    )
    (tmp_path / "Dockerfile.ok").write_text("FROM debian:9.1\nFROM mysql:8.0\n")
    env = {"ARCHLINT_CACHE_DIR": str(tmp_path / "cache")}
    args = ["check", "--format", "json", "--select", "AL1", "--registry-mirror", registry.url,
            "--build-platform", "linux/amd64", "Dockerfile", "Dockerfile.ok"]
    proc = run_archlint(*args, cwd=tmp_path, env=env)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    findings = doc["findings"] if isinstance(doc, dict) else doc
    got = sorted((f["file"], f["line"], f["column"], f["rule"]) for f in findings)
    assert got == [("Dockerfile", 2, 6, "AL101"), ("Dockerfile", 4, 13, "AL101")]
    msg = next(f["message"] for f in findings if f["line"] == 2)
    assert "linux/arm64" in msg and "linux/amd64" in msg
    assert all(f["platforms"] == ["linux/arm64"] for f in findings)
    # Second run: everything from the cache, zero requests.
    again = run_archlint(*args, cwd=tmp_path, env=env)
    summary = json.loads(again.stdout).get("summary", {}).get("images", {})
    if summary:
        assert summary["requests"] == {"tokens": 0, "heads": 0, "gets": 0, "blobs": 0}
        assert summary["sources"] == {"cache": 4}


def test_check_cli_offline_uses_snapshot(tmp_path: Path) -> None:
    (tmp_path / "Dockerfile").write_text("FROM eclipse-temurin:17-jdk-alpine\n")
    proc = run_archlint("check", "--offline", "--select", "AL101", "--format", "json",
                        "Dockerfile", cwd=tmp_path,
                        env={"ARCHLINT_CACHE_DIR": str(tmp_path / "c")})
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    findings = doc["findings"] if isinstance(doc, dict) else doc
    assert [(f["rule"], f["line"], f.get("source")) for f in findings] == [
        ("AL101", 1, "snapshot")]


def test_text_summary_counts_images_not_checked_offline(tmp_path: Path) -> None:
    (tmp_path / "Dockerfile").write_text(
        "FROM debian:9.1\nCOPY --from=ghcr.io/acme/tool:1 /tool /tool\n")
    proc = run_archlint("check", "--offline", "Dockerfile", cwd=tmp_path,
                        env={"ARCHLINT_CACHE_DIR": str(tmp_path / "c")})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert ("Images: 1 checked (1 snapshot), 1 not checked offline; 0 registry requests."
            in proc.stdout)

"""The CI gate a pipeline (and the GitHub Action) relies on: per-platform verdicts, per-rule
statistics, and exit codes driven by --fail-on / --exit-zero whatever the output format."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import run_archlint

from archlint.findings import Finding, Severity
from archlint.report import RunReport
from archlint.report.statistics import render_statistics
from archlint.report.verdicts import compute_verdicts, render_verdicts


def finding(rule: str = "AL101", severity: Severity = Severity.ERROR, **kw: Any) -> Finding:
    base: dict[str, Any] = dict(
        rule=rule, name="platform-missing", severity=severity,
        message="python:3.12-slim-bookworm has no linux/s390x image\nsecond line",
        file="Dockerfile", line=4, column=6, end_line=4, end_column=20,
        platforms=["linux/s390x"],
    )
    base.update(kw)
    return Finding(**base)


# ------------------------------------------------------------------------------- verdicts


def test_verdicts_block_only_the_platforms_concerned() -> None:
    vs = compute_verdicts([finding()], ["linux/amd64", "linux/arm64", "linux/s390x"])
    assert [(v.platform, v.ok) for v in vs] == [
        ("linux/amd64", True), ("linux/arm64", True), ("linux/s390x", False)]
    assert vs[2].reasons == [
        "AL101 Dockerfile:4 python:3.12-slim-bookworm has no linux/s390x image"]
    assert vs[0].reasons == []


def test_warnings_do_not_block_and_platformless_findings_block_all() -> None:
    fs = [
        finding(severity=Severity.WARNING, platforms=["linux/arm64"]),
        finding(rule="AL001", name="parse-error", platforms=[], message="bad heredoc", line=9),
    ]
    vs = compute_verdicts(fs, ["linux/amd64", "linux/arm64"])
    assert [v.ok for v in vs] == [False, False]
    assert all(v.reasons == ["AL001 Dockerfile:9 bad heredoc"] for v in vs)
    vs_warn = compute_verdicts(fs[:1], ["linux/amd64", "linux/arm64"], blocking=Severity.WARNING)
    assert [v.ok for v in vs_warn] == [True, False]


def test_platform_spellings_are_normalised() -> None:
    fs = [finding(platforms=["linux/arm64/v8"]), finding(platforms=["linux/arm"], line=7)]
    vs = compute_verdicts(fs, ["linux/arm64", "linux/arm/v7", "linux/amd64"])
    assert [(v.platform, v.ok) for v in vs] == [
        ("linux/arm64", False), ("linux/arm/v7", False), ("linux/amd64", True)]


def test_reasons_are_capped_and_counted() -> None:
    fs = [finding(line=n) for n in range(1, 9)]
    (v,) = compute_verdicts(fs, ["linux/s390x"], max_reasons=3)
    assert len(v.reasons) == 4 and v.reasons[-1] == "... and 5 more"
    assert [r.split()[1] for r in v.reasons[:3]] == [
        "Dockerfile:1", "Dockerfile:2", "Dockerfile:3"]
    table = render_verdicts(compute_verdicts(fs, ["linux/amd64", "linux/s390x"], max_reasons=3))
    assert re.search(r"^  linux/amd64 +would build$", table, re.M)
    assert re.search(r"^  linux/s390x +would NOT build: 8 blocking findings$", table, re.M)


# ----------------------------------------------------------------------------- statistics


def test_statistics_counts_per_rule() -> None:
    fs = [
        finding(), finding(line=5),
        finding(rule="AL204", name="hardcoded-go-target", line=2),
        finding(rule="AL202", name="redundant-target-platform", severity=Severity.INFO),
        finding(rule="AL201", name="constant-platform-flag", severity=Severity.WARNING),
    ]
    rep = RunReport(version="0", platforms=["linux/amd64"], files=["Dockerfile", "b"],
                    findings=fs)
    lines = render_statistics(rep).splitlines()
    assert lines[0].split() == ["2", "AL101", "platform-missing", "error"]
    assert [ln.split() for ln in lines[1:]] == [
        ["1", "AL201", "constant-platform-flag", "warning"],
        ["1", "AL202", "redundant-target-platform", "info"],
        ["1", "AL204", "hardcoded-go-target", "error"],
    ]
    # columns are aligned
    assert len({ln.index("AL") for ln in lines}) == 1


def test_statistics_when_clean() -> None:
    rep = RunReport(version="0", platforms=["linux/amd64"], files=["Dockerfile"], findings=[])
    assert render_statistics(rep) == ""


# ------------------------------------------------------------------------ through the CLI

MISSING_S390X = "FROM python:3.12-slim-bookworm\nCMD [\"python\"]\n"
PLATFORMS = "linux/amd64,linux/arm64,linux/s390x"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "Dockerfile").write_text(MISSING_S390X)
    (tmp_path / "broken.Dockerfile").write_text("FROM scratch\nRUN <<EOF\necho open\n")
    return tmp_path


def _json(project: Path, *args: str) -> dict[str, Any]:
    proc = run_archlint("check", "--offline", "--format", "json", *args, cwd=project)
    return json.loads(proc.stdout)


def test_verdict_table_and_statistics_in_text_output(project: Path) -> None:
    doc = _json(project, "Dockerfile", "--platform", PLATFORMS)
    if not any(f["rule"] == "AL101" for f in doc["findings"]):
        pytest.skip("offline registry snapshot not available in this build")
    proc = run_archlint("check", "--offline", "Dockerfile", "--platform", PLATFORMS,
                        "--statistics", cwd=project)
    assert proc.returncode == 1
    out = proc.stdout
    tail = out[out.index("Platform verdicts"):]
    rows = {ln.split()[0]: ln for ln in tail.splitlines()[1:] if ln.startswith("  linux/")}
    assert set(rows) == set(PLATFORMS.split(","))
    assert "AL101" not in rows["linux/amd64"] and "AL101" not in rows["linux/arm64"]
    assert "AL101" in rows["linux/s390x"]
    assert any(ln.split()[:2] == ["1", "AL101"] for ln in out.splitlines())


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "gitlab"])
def test_one_exit_code_policy_whatever_the_format(project: Path, fmt: str) -> None:
    base = ["check", "--offline", "broken.Dockerfile", "--format", fmt]
    assert run_archlint(*base, cwd=project).returncode == 1
    assert run_archlint(*base, "--exit-zero", cwd=project).returncode == 0
    assert run_archlint(*base, "--fail-on", "never", cwd=project).returncode == 0


def test_fail_on_threshold(project: Path) -> None:
    (project / "warn.Dockerfile").write_text("FROM --platform=linux/amd64 scratch\n")
    doc = _json(project, "warn.Dockerfile")
    sev = {f["severity"] for f in doc["findings"]}
    if sev != {"warning"}:
        pytest.skip(f"constant-platform-flag rule not active here: {sev}")
    args = ("check", "--offline", "warn.Dockerfile")
    assert run_archlint(*args, cwd=project).returncode == 1  # default: warning
    assert run_archlint(*args, "--fail-on", "error", cwd=project).returncode == 0
    assert run_archlint(*args, "--fail-on", "info", cwd=project).returncode == 1

"""``--format gitlab``: GitLab Code Quality report (the documented required fields), with
fingerprints that survive re-runs and unrelated edits above a finding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from archlint.findings import Finding, Severity
from archlint.report import RunReport, render
from archlint.report.gitlab import GITLAB_SEVERITIES

BASE = "FROM golang:1.23 AS build\nENV GOARCH=amd64\nRUN go build -o /app .\n"


def finding(**kw: Any) -> Finding:
    base: dict[str, Any] = dict(
        rule="AL204", name="hardcoded-go-target", severity=Severity.ERROR,
        message="GOARCH is set to amd64; the linux/arm64 image would get an amd64 binary",
        file="Dockerfile", line=2, column=5, end_line=2, end_column=17,
        platforms=["linux/arm64"],
    )
    base.update(kw)
    return Finding(**base)


def report(findings: list[Finding], **kw: Any) -> RunReport:
    return RunReport(version="0.1.0", platforms=["linux/amd64", "linux/arm64"],
                     files=["Dockerfile"], findings=findings, **kw)


def issues(rep: RunReport) -> list[dict[str, Any]]:
    text = render(rep, "gitlab")
    assert not text.startswith("\ufeff")
    data = json.loads(text)
    assert isinstance(data, list)
    return data


@pytest.fixture(autouse=True)
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "Dockerfile").write_text(BASE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_required_fields() -> None:
    (issue,) = issues(report([finding()]))
    assert issue["check_name"] == "AL204"
    assert issue["description"].startswith("AL204 GOARCH is set to amd64")
    assert isinstance(issue["fingerprint"], str) and len(issue["fingerprint"]) >= 32
    assert issue["severity"] in GITLAB_SEVERITIES
    assert issue["location"]["path"] == "Dockerfile"
    assert issue["location"]["lines"]["begin"] == 2
    assert isinstance(issue["location"]["lines"]["begin"], int)
    assert issue["type"] == "issue"


def test_clean_report_is_an_empty_array() -> None:
    assert render(report([]), "gitlab").strip() == "[]"


@pytest.mark.parametrize(
    ("severity", "expected"),
    [(Severity.ERROR, "blocker"), (Severity.WARNING, "major"), (Severity.INFO, "info")],
)
def test_severity_mapping(severity: Severity, expected: str) -> None:
    assert issues(report([finding(severity=severity)]))[0]["severity"] == expected


def test_fingerprint_stable_across_runs_and_line_shifts(repo: Path) -> None:
    before = issues(report([finding()]))[0]["fingerprint"]
    assert issues(report([finding()]))[0]["fingerprint"] == before
    # Lines added above the finding: same finding, new line number, same fingerprint.
    (repo / "Dockerfile").write_text("# syntax=docker/dockerfile:1\n\n" + BASE)
    shifted = issues(report([finding(line=4, end_line=4)]))[0]
    assert shifted["location"]["lines"]["begin"] == 4
    assert shifted["fingerprint"] == before
    # The offending line itself changed: a different finding.
    (repo / "Dockerfile").write_text(BASE.replace("GOARCH=amd64", "GOARCH=386  "))
    assert issues(report([finding()]))[0]["fingerprint"] != before


def test_fingerprints_unique_for_repeated_identical_lines(repo: Path) -> None:
    (repo / "Dockerfile").write_text(BASE + "ENV GOARCH=amd64\n")
    fs = [finding(), finding(line=4, end_line=4)]
    prints = [i["fingerprint"] for i in issues(report(fs))]
    assert len(set(prints)) == 2


def test_fingerprint_depends_on_rule_and_path(repo: Path) -> None:
    (repo / "sub").mkdir()
    (repo / "sub" / "Dockerfile").write_text(BASE)
    a = issues(report([finding()]))[0]["fingerprint"]
    b = issues(report([finding(rule="AL205")]))[0]["fingerprint"]
    c = issues(report([finding(file="sub/Dockerfile")]))[0]
    assert len({a, b, c["fingerprint"]}) == 3
    assert c["location"]["path"] == "sub/Dockerfile"


def test_source_lines_from_report_are_used_when_the_file_is_gone(repo: Path) -> None:
    fp = issues(report([finding()]))[0]["fingerprint"]
    (repo / "Dockerfile").unlink()
    rep = report([finding()], source_lines={"Dockerfile": BASE.splitlines()})
    assert issues(rep)[0]["fingerprint"] == fp


def test_non_ascii_is_written_as_utf8_without_bom() -> None:
    text = render(report([finding(message="café ≠ amd64")]), "gitlab")
    raw = text.encode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert json.loads(raw)[0]["description"].startswith("AL204 café ≠ amd64")

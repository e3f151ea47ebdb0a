"""SARIF, GitHub and GitLab reports produced by ``archlint check`` end to end: real
Dockerfiles, the real engine and offline registry snapshot, files written by the CLI."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import run_archlint

from archlint.report.sarif_fingerprints import line_hashes

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

FILES = {
    "Dockerfile": "FROM scratch\nCOPY app /app\n",
    "svc/api/Dockerfile": "FROM python:3.12-slim-bookworm\nCMD [\"python\"]\n",
    "svc/broken.Dockerfile": "FROM scratch\nRUN <<EOF\necho never closed\n",
    "svc/unset.Dockerfile": "ARG BASE\nFROM ${BASE}\nRUN true\n",
}
PLATFORMS = "linux/amd64,linux/arm64,linux/s390x"


@cache
def validator() -> jsonschema.Draft4Validator:
    return jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def valid_sarif(text: str) -> dict[str, Any]:
    assert not text.startswith("\ufeff")
    doc = json.loads(text)
    errors = list(validator().iter_errors(doc))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    return doc


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name, text in FILES.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def results_by_rule(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for r in doc["runs"][0]["results"]:
        out.setdefault(r["ruleId"], []).append(r)
    return out


def test_sarif_on_stdout_has_parse_errors_unresolved_and_platform_findings(
    project: Path,
) -> None:
    proc = run_archlint("check", "--offline", "--platform", PLATFORMS, "--format", "sarif",
                        "svc", cwd=project)
    assert proc.returncode == 1, proc.stderr
    doc = valid_sarif(proc.stdout)
    by_rule = results_by_rule(doc)
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    assert "AL001" in by_rule  # parse error as a result
    assert "AL103" in by_rule  # unresolved image as a result
    for rule_id, results in by_rule.items():
        for r in results:
            assert rules[r["ruleIndex"]]["id"] == rule_id
            assert not re.search(r"[`{}]", r["message"]["text"])
            loc = r["locations"][0]["physicalLocation"]
            assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
            assert loc["artifactLocation"]["uri"].startswith("svc/")
            region = loc["region"]
            assert region["startLine"] >= 1 and region["endLine"] >= region["startLine"]
            # the fingerprint is the one upload-sarif would compute from the file
            text = (project / loc["artifactLocation"]["uri"]).read_text()
            assert r["partialFingerprints"]["primaryLocationLineHash"] == (
                line_hashes(text)[region["startLine"]])
    al103 = by_rule["AL103"][0]
    region = al103["locations"][0]["physicalLocation"]["region"]
    line = FILES["svc/unset.Dockerfile"].splitlines()[region["startLine"] - 1]
    # the region covers exactly the unresolved reference (endColumn exclusive)
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "${BASE}"
    if "AL101" in by_rule:  # with the registry snapshot: the base lacks s390x
        assert by_rule["AL101"][0]["properties"]["platforms"] == ["linux/s390x"]
        assert by_rule["AL101"][0]["level"] == "error"


def test_text_on_terminal_and_sarif_file_in_one_run(project: Path) -> None:
    proc = run_archlint("check", "--offline", "--sarif", "archlint.sarif",
                        "--sarif-category", "dockerfiles", "svc/broken.Dockerfile",
                        cwd=project)
    assert proc.returncode == 1
    assert "AL001" in proc.stdout and not proc.stdout.lstrip().startswith("{")
    doc = valid_sarif((project / "archlint.sarif").read_text(encoding="utf-8"))
    assert doc["runs"][0]["automationDetails"]["id"] == "dockerfiles/"
    assert [r["ruleId"] for r in doc["runs"][0]["results"]] == ["AL001"]


def test_clean_run_writes_empty_results(project: Path) -> None:
    proc = run_archlint("check", "--offline", "--format", "sarif", "--output", "clean.sarif",
                        "Dockerfile", cwd=project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "{" not in proc.stdout
    doc = valid_sarif((project / "clean.sarif").read_text(encoding="utf-8"))
    run = doc["runs"][0]
    assert run["results"] == []
    assert run["invocations"][0]["executionSuccessful"] is True
    assert [a["location"]["uri"] for a in run["artifacts"]] == ["Dockerfile"]


def test_unreadable_path_is_a_tool_notification(project: Path) -> None:
    proc = run_archlint("check", "--offline", "--format", "sarif", "Dockerfile",
                        "missing/Dockerfile", cwd=project)
    assert proc.returncode == 2
    doc = valid_sarif(proc.stdout)
    inv = doc["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert any("missing/Dockerfile" in n["message"]["text"]
               for n in inv["toolExecutionNotifications"])


def test_github_format_through_the_cli(project: Path) -> None:
    proc = run_archlint("check", "--offline", "--format", "github", "svc/broken.Dockerfile",
                        "svc/unset.Dockerfile", cwd=project)
    assert proc.returncode == 1
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("::")]
    assert any(re.match(r"::error file=svc/broken\.Dockerfile,line=\d+,col=\d+,endLine=\d+,"
                        r"endColumn=\d+,title=AL001 parse-error::", ln) for ln in lines)
    assert any(re.match(r"::warning file=svc/unset\.Dockerfile,line=2,col=6,endLine=2,"
                        r"endColumn=13,title=AL103 ", ln) for ln in lines), lines


def test_gitlab_format_to_a_file_without_bom(project: Path) -> None:
    proc = run_archlint("check", "--offline", "--format", "gitlab", "--output",
                        "gl-code-quality-report.json", "svc/unset.Dockerfile",
                        "svc/broken.Dockerfile", cwd=project)
    assert proc.returncode == 1
    raw = (project / "gl-code-quality-report.json").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    issues = json.loads(raw.decode("utf-8"))
    names = sorted(i["check_name"] for i in issues)
    assert names == ["AL001", "AL103"]
    for i in issues:
        assert i["location"]["path"].startswith("svc/")
        assert i["severity"] in ("info", "minor", "major", "critical", "blocker")
    # a second run gives the same fingerprints
    again = run_archlint("check", "--offline", "--format", "gitlab", "svc/unset.Dockerfile",
                         "svc/broken.Dockerfile", cwd=project)
    assert sorted(i["fingerprint"] for i in json.loads(again.stdout)) == sorted(
        i["fingerprint"] for i in issues)


def test_stdin_under_a_disk_name_gets_no_stale_fingerprint(project: Path) -> None:
    """``--stdin-filename Dockerfile`` with other text than the file on disk: hashing the
    disk would give GitHub a fingerprint for the wrong text, so none is given."""
    proc = run_archlint("check", "--offline", "--format", "sarif", "--stdin-filename",
                        "Dockerfile", "-", input=FILES["svc/unset.Dockerfile"], cwd=project)
    doc = valid_sarif(proc.stdout)
    (res,) = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "AL103"]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "Dockerfile"
    assert "partialFingerprints" not in res

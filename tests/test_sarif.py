"""SARIF output: valid against the official SARIF 2.1.0 schema, and carrying every property
GitHub code scanning documents as required (checked field by field)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archlint import __version__
from archlint.catalog import load_catalog
from archlint.findings import Finding, Severity
from archlint.report import Notification, RunReport, render
from archlint.report.sarif import automation_id, build_sarif, plain_message
from archlint.report.sarif_fingerprints import line_hashes

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@cache
def validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def assert_valid_sarif(doc: dict[str, Any]) -> None:
    errors = sorted(validator().iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def finding(rule: str = "AL201", **kw: Any) -> Finding:
    cat = load_catalog()
    r = cat.get(rule)
    base: dict[str, Any] = dict(
        rule=rule,
        name=r.name if r else "unknown-rule",
        severity=r.severity if r else Severity.WARNING,
        message="FROM --platform pins `linux/amd64`; use ${TARGETARCH}",
        file="Dockerfile",
        line=1,
        column=6,
        end_line=1,
        end_column=28,
        platforms=["linux/arm64"],
    )
    base.update(kw)
    return Finding(**base)


DOCKERFILE = "FROM --platform=linux/amd64 debian:bookworm\nRUN apt-get update\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "docker" / "api").mkdir(parents=True)
    (tmp_path / "Dockerfile").write_text(DOCKERFILE)
    (tmp_path / "docker" / "api" / "Dockerfile").write_text(DOCKERFILE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def report(findings: list[Finding], **kw: Any) -> RunReport:
    base: dict[str, Any] = dict(
        version=__version__,
        platforms=["linux/amd64", "linux/arm64"],
        files=sorted({f.file for f in findings}) or ["Dockerfile"],
        findings=findings,
    )
    base.update(kw)
    return RunReport(**base)


def sarif_of(rep: RunReport) -> dict[str, Any]:
    text = render(rep, "sarif")
    assert not text.startswith("\ufeff")
    doc = json.loads(text)
    assert_valid_sarif(doc)
    return doc


def test_bundled_schema_is_the_official_draft4_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert schema["id"].endswith("/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    assert jsonschema.validators.validator_for(schema) is jsonschema.Draft4Validator
    # The errata schema rejects a region without a start line: our validator is not lax.
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
        {"message": {"text": "m"}, "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "Dockerfile"}, "region": {"startColumn": 3}}}]}]}]}
    assert list(validator().iter_errors(bad))


def test_clean_run_has_empty_results_and_full_driver(repo: Path) -> None:
    doc = sarif_of(report([], files=["Dockerfile"]))
    assert doc["version"] == "2.1.0"
    assert doc["$schema"].startswith("https://")
    assert len(doc["runs"]) == 1
    run = doc["runs"][0]
    assert run["results"] == []
    driver = run["tool"]["driver"]
    assert driver["name"] == "archlint"
    assert driver["version"] == __version__
    assert driver["semanticVersion"] == __version__
    assert driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == [r.id for r in load_catalog().rules]
    assert run["invocations"][0]["executionSuccessful"] is True
    assert run["invocations"][0]["toolExecutionNotifications"] == []
    assert "automationDetails" not in run


def test_rules_are_built_from_the_catalog_as_github_requires(repo: Path) -> None:
    doc = sarif_of(report([]))
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    catalog = load_catalog()
    assert len(rules) == len(catalog)
    for desc in rules:
        rule = catalog.get(desc["id"])
        assert rule is not None
        assert desc["name"] == rule.name and len(desc["name"]) <= 255
        # required, non-empty, at most 1024 characters
        for key in ("shortDescription", "fullDescription"):
            assert 0 < len(desc[key]["text"]) <= 1024
        assert desc["shortDescription"]["text"] == " ".join(rule.summary.split())
        assert desc["fullDescription"]["text"].startswith(" ".join(rule.why.split())[:200])
        assert rule.fix.split()[0] in desc["help"]["text"]
        assert "## How to fix" in desc["help"]["markdown"]
        if any(ex.kind == "bad" for ex in rule.examples):
            assert "```dockerfile" in desc["help"]["markdown"]
            bad = next(ex for ex in rule.examples if ex.kind == "bad")
            assert bad.dockerfile.strip() in desc["help"]["markdown"]
            assert bad.dockerfile.strip() in desc["help"]["text"]
        assert desc["helpUri"] == rule.url
        expected_level = {"error": "error", "warning": "warning", "info": "note"}
        assert desc["defaultConfiguration"]["level"] == expected_level[rule.severity.value]
        tags = desc["properties"]["tags"]
        assert set(rule.tags) <= set(tags) and len(tags) <= 20
        # not a security rule: no security-severity (it would change GitHub's display)
        assert "security-severity" not in desc["properties"]


def test_result_fields(repo: Path) -> None:
    f = finding(line=1, column=6, end_line=1, end_column=28)
    doc = sarif_of(report([f]))
    run = doc["runs"][0]
    (res,) = run["results"]
    rules = run["tool"]["driver"]["rules"]
    assert res["ruleId"] == "AL201"
    assert rules[res["ruleIndex"]]["id"] == "AL201"
    assert res["level"] == "warning"
    assert res["message"]["text"]
    (loc,) = res["locations"]
    phys = loc["physicalLocation"]
    assert phys["artifactLocation"] == {"uri": "Dockerfile", "uriBaseId": "%SRCROOT%"}
    assert phys["region"] == {"startLine": 1, "startColumn": 6, "endLine": 1, "endColumn": 28}
    # endColumn is exclusive in SARIF as in archlint: the region covers exactly the token
    assert DOCKERFILE.splitlines()[0][6 - 1 : 28 - 1] == "--platform=linux/amd64"
    assert res["properties"]["platforms"] == ["linux/arm64"]
    src = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert src == repo.resolve().as_uri() + "/"
    assert run["columnKind"] in ("unicodeCodePoints", "utf16CodeUnits")


def test_levels_follow_finding_severity(repo: Path) -> None:
    fs = [
        finding(severity=Severity.ERROR, line=1),
        finding(severity=Severity.WARNING, line=2, end_line=2, column=1, end_column=4),
        finding(severity=Severity.INFO, line=2, end_line=2, column=5, end_column=8),
    ]
    doc = sarif_of(report(fs))
    assert [r["level"] for r in doc["runs"][0]["results"]] == ["error", "warning", "note"]


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("use `GOARCH=$TARGETARCH`", "use 'GOARCH=$TARGETARCH'"),
        ("set ${TARGETARCH} not amd64", "set $TARGETARCH not amd64"),
        ("${ARCH:-amd64} defaults to amd64", "$(ARCH:-amd64) defaults to amd64"),
        ("{0} placeholder", "(0) placeholder"),
    ],
)
def test_messages_are_plain_text(raw: str, plain: str, repo: Path) -> None:
    assert plain_message(raw) == plain
    doc = sarif_of(report([finding(message=raw)]))
    text = doc["runs"][0]["results"][0]["message"]["text"]
    assert text == plain
    assert not re.search(r"[`{}]", text)


def test_repo_relative_uris_and_percent_encoding(repo: Path) -> None:
    odd = repo / "my dir" / "Dockerfile.prod"
    odd.parent.mkdir()
    odd.write_text(DOCKERFILE)
    fs = [
        finding(file="docker/api/Dockerfile"),
        finding(file="./Dockerfile"),
        finding(file=str(repo / "my dir" / "Dockerfile.prod")),
    ]
    doc = sarif_of(report(fs))
    uris = sorted(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in doc["runs"][0]["results"]
    )
    assert uris == ["Dockerfile", "docker/api/Dockerfile", "my%20dir/Dockerfile.prod"]
    for r in doc["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
        assert loc["uriBaseId"] == "%SRCROOT%"
        assert not loc["uri"].startswith(("/", "./", "file:"))


def test_file_outside_root_gets_an_absolute_file_uri(tmp_path: Path, repo: Path) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-outside.Dockerfile"
    outside.write_text(DOCKERFILE)
    try:
        doc = sarif_of(report([finding(file=str(outside))], root=str(repo)))
    finally:
        outside.unlink()
    loc = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert loc["uri"] == outside.resolve().as_uri()
    assert "uriBaseId" not in loc


def test_parse_errors_and_unresolved_images_are_results(repo: Path) -> None:
    fs = [
        finding(rule="AL001", message="unterminated heredoc <<EOF", line=0, column=0,
                end_line=0, end_column=0, platforms=[]),
    ]
    al103 = load_catalog().get("AL103")
    if al103 is not None:
        fs.append(finding(rule="AL103", message="cannot resolve ${BASE}: BASE is not set",
                          line=1, column=6, end_line=1, end_column=13))
    doc = sarif_of(report(fs))
    results = doc["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == [f.rule for f in fs]
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] >= 1 and region["startColumn"] >= 1
    assert results[0]["level"] == "error"


def test_unknown_rule_gets_a_descriptor_and_stays_valid(repo: Path) -> None:
    doc = sarif_of(report([finding(rule="AL999", name="made-up")]))
    run = doc["runs"][0]
    res = run["results"][0]
    assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == "AL999"


def test_notifications_and_execution_successful(repo: Path) -> None:
    rep = report(
        [],
        notifications=[
            Notification("cannot read missing/Dockerfile: No such file", "missing/Dockerfile"),
            Notification("registry slow", level="warning"),
        ],
    )
    doc = sarif_of(rep)
    inv = doc["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    notes = inv["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error", "warning"]
    assert notes[0]["message"]["text"].startswith("cannot read missing/Dockerfile")
    assert (
        notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        == "missing/Dockerfile"
    )
    warn_only = sarif_of(report([], notifications=[Notification("slow", level="warning")]))
    assert warn_only["runs"][0]["invocations"][0]["executionSuccessful"] is True


@pytest.mark.parametrize(
    ("category", "expected"),
    [("archlint", "archlint/"), ("archlint/", "archlint/"), ("docker/api", "docker/api")],
)
def test_automation_details_from_category(category: str, expected: str, repo: Path) -> None:
    assert automation_id(category) == expected
    doc = sarif_of(report([], sarif_category=category))
    assert doc["runs"][0]["automationDetails"] == {"id": expected}


def test_fingerprints_are_githubs_line_hash(repo: Path) -> None:
    fs = [
        finding(line=1),
        finding(rule="AL201", line=2, column=1, end_line=2, end_column=4),
        finding(file="docker/api/Dockerfile", line=2, column=1, end_line=2, end_column=4),
    ]
    doc = sarif_of(report(fs))
    expected = line_hashes(DOCKERFILE)
    got = [r["partialFingerprints"]["primaryLocationLineHash"] for r in doc["runs"][0]["results"]]
    # sorted by file then line: Dockerfile:1, Dockerfile:2, docker/api/Dockerfile:2
    assert got == [expected[1], expected[2], expected[2]]
    assert all(re.fullmatch(r"[0-9a-f]{1,16}:\d+", g) for g in got)


def test_no_fingerprint_when_the_file_cannot_be_read(repo: Path) -> None:
    doc = sarif_of(report([finding(file="gone/Dockerfile"), finding(file="-")]))
    for res in doc["runs"][0]["results"]:
        assert "partialFingerprints" not in res


def test_results_are_sorted_and_deterministic(repo: Path) -> None:
    fs = [finding(line=2, column=1, end_line=2, end_column=4), finding(line=1)]
    a = build_sarif(report(fs))
    b = build_sarif(report(list(reversed(fs))))
    assert a == b
    lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"]
             for r in a["runs"][0]["results"]]
    assert lines == [1, 2]


def test_images_summary_goes_to_run_properties(repo: Path) -> None:
    doc = sarif_of(report([], images={"resolved": 3, "from_cache": 2}))
    assert doc["runs"][0]["properties"]["images"] == {"resolved": 3, "from_cache": 2}
    assert doc["runs"][0]["properties"]["platforms"] == ["linux/amd64", "linux/arm64"]


def test_related_locations(repo: Path) -> None:
    from archlint.findings import Related

    f = finding(rule="AL301", line=3, column=40, end_line=3, end_column=47,
                related=[Related(2, 5, 2, 15, "the architecture comes from `here`")])
    (res,) = sarif_of(report([f]))["runs"][0]["results"]
    (rel,) = res["relatedLocations"]
    assert rel["id"] == 1 and rel["message"]["text"] == "the architecture comes from 'here'"
    assert rel["physicalLocation"]["region"] == {"startLine": 2, "startColumn": 5,
                                                 "endLine": 2, "endColumn": 15}
    assert rel["physicalLocation"]["artifactLocation"] == res["locations"][0][
        "physicalLocation"]["artifactLocation"]
    (plain,) = sarif_of(report([finding()]))["runs"][0]["results"]
    assert "relatedLocations" not in plain

@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["AL001", "AL201", "AL103", "AL999"]),
            st.sampled_from(list(Severity)),
            st.text(max_size=60),
            st.integers(-1, 400), st.integers(-1, 120), st.integers(-1, 400), st.integers(-1, 120),
            st.lists(st.sampled_from(["linux/amd64", "linux/arm64", "linux/s390x"]),
                     max_size=3, unique=True),
        ),
        max_size=8,
    ),
    category=st.one_of(st.none(), st.text(min_size=1, max_size=20).filter(str.strip)),
)
def test_any_findings_give_valid_sarif(rows: list[tuple[Any, ...]], category: str | None,
                                       repo: Path) -> None:
    fs = [
        finding(rule=r, severity=sev, message=msg, line=ln, column=col, end_line=eln,
                end_column=ecol, platforms=plats)
        for r, sev, msg, ln, col, eln, ecol, plats in rows
    ]
    doc = sarif_of(report(fs, sarif_category=category))
    for res in doc["runs"][0]["results"]:
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["endLine"] >= region["startLine"]
        if region["endLine"] == region["startLine"]:
            assert region["endColumn"] >= region["startColumn"]
        assert not re.search(r"[`{}]", res["message"]["text"]) and res["message"]["text"]


@pytest.mark.parametrize(
    ("checked", "expect_hash"),
    [(DOCKERFILE.splitlines(), True), (["FROM alpine", "RUN true"], False)],
    ids=["disk-is-what-was-checked", "disk-differs-from-stdin"],
)
def test_fingerprint_only_when_disk_matches_the_checked_text(
    checked: list[str], expect_hash: bool, repo: Path
) -> None:
    rep = report([finding()], source_lines={"Dockerfile": checked})
    res = sarif_of(rep)["runs"][0]["results"][0]
    assert ("partialFingerprints" in res) is expect_hash


def test_fingerprint_with_bom_and_crlf_on_disk(repo: Path) -> None:
    raw = "\ufeffFROM alpine\r\nRUN true\r\n"
    (repo / "crlf.Dockerfile").write_bytes(raw.encode())
    rep = report([finding(file="crlf.Dockerfile", line=2, column=1, end_line=2, end_column=4)],
                 source_lines={"crlf.Dockerfile": ["FROM alpine", "RUN true"]})
    res = sarif_of(rep)["runs"][0]["results"][0]
    # GitHub hashes the bytes as read, BOM included
    assert res["partialFingerprints"]["primaryLocationLineHash"] == line_hashes(raw)[2]

"""``--format github``: workflow commands as actions/toolkit writes them, parsed back the way
the runner reads them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archlint.findings import Finding, Severity
from archlint.report import Notification, RunReport, render
from archlint.report.github import command, escape_data, escape_property

COMMAND = re.compile(r"^::(?P<name>\w+)(?: (?P<props>[^:]*))?::(?P<data>.*)$")


def unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(text: str) -> str:
    return unescape_data(text.replace("%3A", ":").replace("%2C", ","))


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """Split a command as the runner does: properties before ``::``, split on ``,`` then
    on the first ``=``; then unescape."""
    m = COMMAND.match(line)
    assert m, line
    props: dict[str, str] = {}
    for pair in (m["props"] or "").split(","):
        if pair:
            key, _, value = pair.partition("=")
            props[key] = unescape_property(value)
    return m["name"], props, unescape_data(m["data"])


def finding(**kw: Any) -> Finding:
    base: dict[str, Any] = dict(
        rule="AL204", name="hardcoded-go-target", severity=Severity.ERROR,
        message="GOARCH is set to amd64; the linux/arm64 image would get an amd64 binary",
        file="Dockerfile", line=3, column=5, end_line=3, end_column=17,
        platforms=["linux/arm64"],
    )
    base.update(kw)
    return Finding(**base)


def report(findings: list[Finding], **kw: Any) -> RunReport:
    return RunReport(version="0.1.0", platforms=["linux/amd64", "linux/arm64"],
                     files=["Dockerfile"], findings=findings, **kw)


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_escaping_matches_actions_toolkit() -> None:
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    # '%' first, so an existing '%0A' text is not mistaken for a newline
    assert escape_data("%0A") == "%250A"
    assert command("notice", "x") == "::notice::x"


def test_one_annotation_per_finding_with_all_positions() -> None:
    out = render(report([finding()]), "github")
    lines = out.splitlines()
    assert lines == [
        "::error file=Dockerfile,line=3,col=5,endLine=3,endColumn=17,"
        "title=AL204 hardcoded-go-target::GOARCH is set to amd64; the linux/arm64 image "
        "would get an amd64 binary"
    ]
    name, props, data = parse(lines[0])
    assert name == "error"
    assert props == {"file": "Dockerfile", "line": "3", "col": "5", "endLine": "3",
                     "endColumn": "17", "title": "AL204 hardcoded-go-target"}
    assert data.startswith("GOARCH is set to amd64")
    assert data.endswith("would get an amd64 binary")


@pytest.mark.parametrize(
    ("severity", "cmd"),
    [(Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "notice")],
)
def test_severity_mapping(severity: Severity, cmd: str) -> None:
    name, _, _ = parse(render(report([finding(severity=severity)]), "github").strip())
    assert name == cmd


def test_special_characters_round_trip() -> None:
    msg = "100% broken:\nline two, with commas\r"
    f = finding(message=msg, file="dir,with:odd/Docker file", name="x-y", rule="AL301",
                platforms=[])
    line = render(report([f]), "github").strip()
    assert "\n" not in line and "\r" not in line
    _, props, data = parse(line)
    assert props["file"] == "dir,with:odd/Docker file"
    assert props["title"] == "AL301 x-y"
    assert data == msg.strip()


def test_paths_are_relative_to_the_root(in_tmp: Path) -> None:
    (in_tmp / "svc").mkdir()
    (in_tmp / "svc" / "Dockerfile").write_text("FROM alpine\n")
    f = finding(file=str(in_tmp / "svc" / "Dockerfile"))
    _, props, _ = parse(render(report([f], root=str(in_tmp)), "github").strip())
    assert props["file"] == "svc/Dockerfile"


def test_notifications_become_errors_and_clean_run_prints_nothing() -> None:
    assert render(report([]), "github") == ""
    out = render(report([], notifications=[Notification("cannot read x: denied", "x")]),
                 "github")
    name, props, data = parse(out.strip())
    assert (name, props["file"], props["title"], data) == (
        "error", "x", "archlint", "cannot read x: denied")


def test_multi_line_span_keeps_lines_and_sorted_output() -> None:
    fs = [finding(line=9, end_line=11, column=1, end_column=4), finding(line=2, end_line=2)]
    lines = render(report(fs), "github").splitlines()
    parsed = [parse(x)[1] for x in lines]
    assert [p["line"] for p in parsed] == ["2", "9"]
    assert parsed[1]["endLine"] == "11"


@settings(max_examples=200, deadline=None)
@given(
    message=st.text(min_size=1, max_size=80).filter(lambda s: s.strip()),
    file=st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                 min_size=1, max_size=30).filter(lambda s: s.strip() and s not in ("-",)),
)
def test_any_text_round_trips_through_a_command(message: str, file: str) -> None:
    line = command("warning", message, file=file, title="AL301 x")
    assert "\n" not in line and "\r" not in line
    _, props, data = parse(line)
    assert data == message and props["file"] == file and props["title"] == "AL301 x"

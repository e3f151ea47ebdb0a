"""The CLI as a user runs it: exit codes, formats, discovery, stdin, usage errors."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_archlint

BAD = "FROM alpine:3.20\nRUN echo ${TARGETARCH}\n"
GOOD = "FROM alpine:3.20\nARG TARGETARCH\nRUN echo ${TARGETARCH}\n"


def write(tmp: Path, name: str, text: str) -> Path:
    p = tmp / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text)
    return p


def test_version() -> None:
    r = run_archlint("--version")
    assert r.returncode == 0 and r.stdout.startswith("archlint ")


def test_bad_file_exits_1_with_ruff_style_line_and_caret(tmp_path: Path) -> None:
    write(tmp_path, "Dockerfile", BAD)
    r = run_archlint("check", "--offline", cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert "Dockerfile:2:10: AL203 [error]" in r.stdout
    lines = r.stdout.splitlines()
    i = next(i for i, line in enumerate(lines) if line.startswith("Dockerfile:2:10"))
    assert lines[i + 2].endswith("RUN echo ${TARGETARCH}")
    assert lines[i + 3].endswith("         ^^^^^^^^^^^^^^") or "^" in lines[i + 3]
    assert "Found 1 finding (1 error) in 1 file" in r.stdout
    assert "\x1b[" not in r.stdout


def test_good_file_exits_0(tmp_path: Path) -> None:
    f = write(tmp_path, "Dockerfile", GOOD)
    r = run_archlint("check", "--offline", str(f))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "All checks passed" in r.stdout


def test_json_contract(tmp_path: Path) -> None:
    f = write(tmp_path, "Dockerfile", BAD)
    r = run_archlint("check", "--offline", "--format", "json", str(f))
    assert r.returncode == 1
    data = json.loads(r.stdout)
    assert set(data) >= {"version", "platforms", "files", "findings", "summary"}
    assert data["platforms"] == ["linux/amd64", "linux/arm64"]
    assert data["files"] == [str(f)]
    (finding,) = [x for x in data["findings"] if x["rule"] == "AL203"]
    assert finding == {
        "rule": "AL203", "name": "undeclared-platform-arg", "severity": "error",
        "message": finding["message"], "file": str(f), "line": 2, "column": 10,
        "end_line": 2, "end_column": 23, "platforms": finding["platforms"],
    }
    assert data["summary"]["by_severity"]["error"] == 1


def test_fail_on_and_exit_zero(tmp_path: Path) -> None:
    f = write(tmp_path, "Dockerfile", "FROM --platform=$TARGETPLATFORM alpine:3.20\n")
    assert run_archlint("check", "--offline", str(f)).returncode == 0  # info < warning
    assert run_archlint("check", "--offline", "--fail-on", "info", str(f)).returncode == 1
    r = run_archlint("check", "--offline", "--fail-on", "info", "--exit-zero", str(f))
    assert r.returncode == 0 and "AL202" in r.stdout
    assert run_archlint("check", "--offline", "--fail-on", "never", str(f)).returncode == 0
    r = run_archlint("check", "--offline", "--fail-on", "bogus", str(f))
    assert r.returncode == 2 and "--fail-on" in r.stderr


def test_platform_normalized_and_wrong_platform_is_usage_error(tmp_path: Path) -> None:
    f = write(tmp_path, "Dockerfile", GOOD)
    r = run_archlint("check", "--offline", "--format", "json", "--platform",
                     "linux/aarch64,amd64", "--platform", "linux/arm/v7", str(f))
    assert json.loads(r.stdout)["platforms"] == ["linux/arm64", "linux/amd64", "linux/arm/v7"]
    r = run_archlint("check", "--offline", "--platform", "linux/sparkle", str(f))
    assert r.returncode == 2
    assert "sparkle" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_directory_discovery_and_gitignore(tmp_path: Path) -> None:
    for name in ("Dockerfile", "svc/Containerfile", "a/Dockerfile.prod", "b/api.Dockerfile",
                 "c/web.dockerfile", "d/Containerfile.dev", "ignored/Dockerfile", "README.md",
                 "a/Dockerfile.dockerignore", "a/Dockerfile.md", "a/Dockerfile.orig"):
        write(tmp_path, name, GOOD)
    write(tmp_path, ".gitignore", "ignored/\n")
    r = run_archlint("check", "--offline", "--format", "json", ".", cwd=tmp_path)
    files = json.loads(r.stdout)["files"]
    assert sorted(Path(p).as_posix() for p in files) == [
        "Dockerfile", "a/Dockerfile.prod", "b/api.Dockerfile", "c/web.dockerfile",
        "d/Containerfile.dev", "svc/Containerfile",
    ]


def test_directory_without_dockerfiles(tmp_path: Path) -> None:
    write(tmp_path, "x/readme.txt", "hi")
    r = run_archlint("check", "--offline", str(tmp_path / "x"))
    assert r.returncode == 2
    assert "no Dockerfile found" in r.stdout + r.stderr


def test_missing_file_does_not_stop_the_others(tmp_path: Path) -> None:
    f = write(tmp_path, "Dockerfile", BAD)
    r = run_archlint("check", "--offline", str(tmp_path / "nope"), str(f))
    assert r.returncode == 1  # findings win over I/O errors
    assert "nope: no such file or directory" in r.stdout + r.stderr
    assert "AL203" in r.stdout
    g = write(tmp_path, "ok/Dockerfile", GOOD)
    r = run_archlint("check", "--offline", str(tmp_path / "nope"), str(g))
    assert r.returncode == 2


def test_stdin(tmp_path: Path) -> None:
    r = run_archlint("check", "--offline", "-", "--stdin-filename", "svc/Dockerfile", input=BAD)
    assert r.returncode == 1
    assert "svc/Dockerfile:2:10: AL203" in r.stdout


def test_default_path_is_dockerfile(tmp_path: Path) -> None:
    r = run_archlint("check", "--offline", cwd=tmp_path)
    assert r.returncode == 2 and "Dockerfile: no such file" in r.stdout + r.stderr


def test_select_ignore_by_id_name_prefix(tmp_path: Path) -> None:
    f = write(tmp_path, "Dockerfile", "FROM --platform=linux/amd64 debian:12 AS tools\n" + BAD
              + "COPY --from=tools /bin/true /bin/\n")  # a stage the image uses
    out = lambda *a: {x["rule"] for x in json.loads(  # noqa: E731
        run_archlint("check", "--offline", "--format", "json", *a, str(f)).stdout)["findings"]}
    assert out() >= {"AL201", "AL203"}
    assert out("--select", "AL203") == {"AL203"}
    assert out("--select", "undeclared-platform-arg") == {"AL203"}
    assert "AL203" not in out("--ignore", "undeclared-platform-arg")
    assert out("--select", "AL20", "--ignore", "AL203") == {"AL201"}
    r = run_archlint("check", "--offline", "--select", "AL999", str(f))
    assert r.returncode == 2 and "AL999" in r.stderr


def test_output_file_and_extra_report(tmp_path: Path) -> None:
    f = write(tmp_path, "Dockerfile", BAD)
    out = tmp_path / "r.json"
    r = run_archlint("check", "--offline", "--format", "json", "-o", str(out), str(f))
    assert r.returncode == 1 and r.stdout == ""
    assert json.loads(out.read_text())["findings"]
    extra = tmp_path / "extra.json"
    r = run_archlint("check", "--offline", "--report", f"json={extra}", str(f))
    assert "AL203" in r.stdout and json.loads(extra.read_text())["findings"]


def test_rules_and_rule_commands() -> None:
    r = run_archlint("rules")
    assert r.returncode == 0 and "AL203" in r.stdout
    r = run_archlint("rule", "undeclared-platform-arg")
    assert r.stdout.startswith("# undeclared-platform-arg (AL203)")
    assert "## Why is this bad?" in r.stdout and "```dockerfile" in r.stdout
    r = run_archlint("rule", "AL203", "--format", "json")
    assert json.loads(r.stdout)["name"] == "undeclared-platform-arg"
    r = run_archlint("rule", "undeclared-platform-ar")
    assert r.returncode == 2 and "did you mean" in r.stderr


def test_quiet_prints_only_findings(tmp_path: Path) -> None:
    f = write(tmp_path, "Dockerfile", BAD)
    r = run_archlint("check", "--offline", "-q", str(f))
    assert r.returncode == 1
    assert r.stdout.strip().splitlines() == [r.stdout.strip().splitlines()[0]]
    assert "AL203" in r.stdout


def test_color_only_when_forced(tmp_path: Path) -> None:
    f = write(tmp_path, "Dockerfile", BAD)
    r = run_archlint("check", "--offline", str(f), env={"NO_COLOR": "", "FORCE_COLOR": "1"})
    assert "\x1b[" in r.stdout
    r = run_archlint("check", "--offline", "--no-color", str(f), env={"FORCE_COLOR": "1"})
    assert "\x1b[" not in r.stdout


def test_summary_names_only_the_platforms_checked(tmp_path: Path) -> None:
    f = write(tmp_path, "Dockerfile", "# archlint: platforms=linux/amd64\nFROM alpine:3.20\n")
    r = run_archlint("check", "--offline", "--format", "json", str(f))
    assert json.loads(r.stdout)["platforms"] == ["linux/amd64"]
    r = run_archlint("check", "--offline", str(f))
    assert "for linux/amd64." in r.stdout and "arm64" not in r.stdout


def test_unknown_target_is_an_error(tmp_path: Path) -> None:
    f = write(tmp_path, "Dockerfile", "FROM alpine:3.20 AS base\nFROM base\n")
    r = run_archlint("check", "--offline", "--target", "nope", str(f))
    assert r.returncode == 2 and "--target nope: no stage of that name" in r.stdout + r.stderr
    assert run_archlint("check", "--offline", "--target", "base", str(f)).returncode == 0

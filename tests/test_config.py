"""Configuration files: discovery, keys, validation errors (one line, file and key, exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_archlint

# the pinned stage is one the image uses (AL201 leaves alone a stage BuildKit never builds)
BAD = ("FROM --platform=linux/amd64 debian:12 AS tools\nFROM alpine:3.20\n"
       "RUN echo ${TARGETARCH}\nCOPY --from=tools /bin/true /bin/\n")


def rules_of(stdout: str) -> set[str]:
    return {f["rule"] for f in json.loads(stdout)["findings"]}


def test_pyproject_found_by_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.archlint]\nignore = ["AL203"]\n')
    d = tmp_path / "svc" / "api"
    d.mkdir(parents=True)
    (d / "Dockerfile").write_text(BAD)
    r = run_archlint("check", "--offline", "--format", "json", str(d / "Dockerfile"))
    assert rules_of(r.stdout) == {"AL201"}


def test_archlint_toml_platforms_severity_fail_on(tmp_path: Path) -> None:
    (tmp_path / ".archlint.toml").write_text(
        'platforms = ["linux/amd64", "linux/ppc64le"]\n'
        'fail-on = "error"\n'
        '[severity]\n"constant-platform-flag" = "error"\nAL203 = "off"\n'
    )
    (tmp_path / "Dockerfile").write_text(BAD)
    r = run_archlint("check", "--offline", "--format", "json", cwd=tmp_path)
    data = json.loads(r.stdout)
    assert data["platforms"] == ["linux/amd64", "linux/ppc64le"]
    assert [(f["rule"], f["severity"]) for f in data["findings"]] == [("AL201", "error")]
    assert r.returncode == 1


def test_per_file_ignores_and_platforms(tmp_path: Path) -> None:
    (tmp_path / ".archlint.toml").write_text(
        '[per-file-ignores]\n"legacy/*" = ["AL203"]\n'
        '[per-file-platforms]\n"legacy/*" = ["linux/amd64"]\n'
    )
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "Dockerfile").write_text(BAD)
    r = run_archlint("check", "--offline", "--format", "json", "legacy/Dockerfile", cwd=tmp_path)
    # declared single-platform: AL201 silent; AL203 ignored for the glob
    assert rules_of(r.stdout) == set()


def test_build_args_from_config(tmp_path: Path) -> None:
    (tmp_path / ".archlint.toml").write_text('[build-args]\nBASE = "alpine:3.20"\n')
    (tmp_path / "Dockerfile").write_text("ARG BASE\nFROM ${BASE}\n")
    r = run_archlint("check", "--offline", "--format", "json", cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr


def test_unknown_key_is_one_line_error_naming_file_and_key(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.archlint]\nplatfroms = ["linux/amd64"]\n')
    (tmp_path / "Dockerfile").write_text("FROM alpine:3.20\n")
    r = run_archlint("check", "--offline", cwd=tmp_path)
    assert r.returncode == 2
    err = r.stderr.strip()
    assert len(err.splitlines()) == 1, err
    assert "pyproject.toml" in err and "tool.archlint.platfroms" in err
    assert "did you mean 'platforms'" in err


def test_wrong_type(tmp_path: Path) -> None:
    cfg = tmp_path / "custom.toml"
    cfg.write_text('fail-on = 3\n')
    (tmp_path / "Dockerfile").write_text("FROM alpine:3.20\n")
    r = run_archlint("check", "--offline", "--config", str(cfg), cwd=tmp_path)
    assert r.returncode == 2 and "custom.toml: fail-on:" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_invalid_toml_and_missing_config(tmp_path: Path) -> None:
    (tmp_path / ".archlint.toml").write_text("platforms = [\n")
    (tmp_path / "Dockerfile").write_text("FROM alpine:3.20\n")
    r = run_archlint("check", "--offline", cwd=tmp_path)
    assert r.returncode == 2 and ".archlint.toml: invalid TOML" in r.stderr
    r = run_archlint("check", "--offline", "--config", "nope.toml", cwd=tmp_path)
    assert r.returncode == 2 and "nope.toml: config file not found" in r.stderr


def test_bad_platform_in_config(tmp_path: Path) -> None:
    (tmp_path / ".archlint.toml").write_text('platforms = ["linux/arm65"]\n')
    (tmp_path / "Dockerfile").write_text("FROM alpine:3.20\n")
    r = run_archlint("check", "--offline", cwd=tmp_path)
    assert r.returncode == 2 and "arm65" in r.stderr and ".archlint.toml" in r.stderr


def test_unknown_rule_in_config(tmp_path: Path) -> None:
    (tmp_path / ".archlint.toml").write_text('ignore = ["AL777"]\n')
    (tmp_path / "Dockerfile").write_text("FROM alpine:3.20\n")
    r = run_archlint("check", "--offline", cwd=tmp_path)
    assert r.returncode == 2 and "AL777" in r.stderr and ".archlint.toml: ignore" in r.stderr

"""``action.yml``: a composite action whose command line uses only real CLI options; the
check step's script is run here with bash, as the runner would, against the current CLI."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import run_archlint

ROOT = Path(__file__).resolve().parent.parent
ACTION = ROOT / "action.yml"
SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"

BAD = "FROM scratch\nCOPY app /app\nRUN <<EOF\necho never closed\n"
GOOD = "FROM scratch\nCOPY app /app\n"


def action() -> dict[str, Any]:
    return yaml.safe_load(ACTION.read_text(encoding="utf-8"))


def step(step_id_or_name: str) -> dict[str, Any]:
    for s in action()["runs"]["steps"]:
        if s.get("id") == step_id_or_name or s.get("name") == step_id_or_name:
            return s
    raise KeyError(step_id_or_name)


def test_composite_action_with_the_documented_inputs() -> None:
    a = action()
    assert a["runs"]["using"] == "composite"
    assert {"paths", "platforms", "fail-on", "sarif-file", "offline", "args"} <= set(a["inputs"])
    for name, spec in a["inputs"].items():
        assert spec.get("description"), name
        assert "default" in spec, name
    for s in a["runs"]["steps"]:
        assert s["shell"] == "bash"  # composite run steps must name their shell
    assert {"sarif-file", "exit-code"} <= set(a["outputs"])
    install = step("Install archlint")
    assert "github.action_path" in install["env"]["ACTION_PATH"]
    assert "pip install" in install["run"] and "GITHUB_PATH" in install["run"]


def test_inputs_reach_scripts_only_through_the_environment() -> None:
    for s in action()["runs"]["steps"]:
        assert "${{" not in s["run"], f"expression pasted into the script of {s['name']}"


def test_every_option_used_is_a_real_check_option() -> None:
    proc = run_archlint("check", "--help", env={"COLUMNS": "200"})
    assert proc.returncode == 0, proc.stderr
    known = set(re.findall(r"(--[a-z][a-z0-9-]+)", proc.stdout))
    used = set(re.findall(r"(--[a-z][a-z0-9-]+)", step("check")["run"]))
    assert used, "the check step passes no option?"
    assert used <= known, f"unknown options: {sorted(used - known)}"


@pytest.fixture
def runner(tmp_path: Path) -> dict[str, Any]:
    """A fake runner: workspace with a bad and a good Dockerfile, RUNNER_TEMP, GITHUB_OUTPUT,
    and ``archlint`` on PATH running this checkout's CLI."""
    ws = tmp_path / "ws"
    (ws / "bad").mkdir(parents=True)
    (ws / "bad" / "Dockerfile").write_text(BAD)
    (ws / "good").mkdir()
    (ws / "good" / "Dockerfile").write_text(GOOD)
    bindir = tmp_path / "bin"
    bindir.mkdir()
    exe = bindir / "archlint"
    exe.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m archlint "$@"\n')
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    temp = tmp_path / "runner-temp"
    temp.mkdir()
    out = tmp_path / "github-output"
    out.write_text("")
    return {"ws": ws, "bin": bindir, "temp": temp, "output": out}


def run_check_step(runner: dict[str, Any], **inputs: str) -> subprocess.CompletedProcess[str]:
    spec = step("check")
    pythonpath = inputs.pop("pythonpath", str(ROOT))
    defaults = {k: str(v.get("default", "")) for k, v in action()["inputs"].items()}
    defaults.update({k.replace("_", "-"): v for k, v in inputs.items()})
    env = dict(os.environ)
    env.pop("FORCE_COLOR", None)
    env.pop("PYTHONPATH", None)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    env.update(
        PATH=f"{runner['bin']}{os.pathsep}{env['PATH']}",
        RUNNER_TEMP=str(runner["temp"]),
        GITHUB_OUTPUT=str(runner["output"]),
        NO_COLOR="1",
    )
    for key, expr in spec["env"].items():
        m = re.fullmatch(r"\$\{\{ inputs\.([a-z-]+) \}\}", expr)
        assert m, expr
        env[key] = defaults[m[1]]
    return subprocess.run(["bash", "-c", spec["run"]], cwd=runner["ws"], env=env,
                          capture_output=True, text=True, timeout=180)


def outputs(runner: dict[str, Any]) -> dict[str, str]:
    lines = runner["output"].read_text().splitlines()
    return dict(line.split("=", 1) for line in lines)


def test_check_step_fails_on_findings_and_leaves_sarif_and_annotations(
    runner: dict[str, Any],
) -> None:
    proc = run_check_step(runner, offline="true", paths="bad good")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "--offline" in proc.stdout.splitlines()[0]
    # annotations for the Actions UI
    assert re.search(r"^::error file=bad/Dockerfile,line=\d+,.*title=AL001 ", proc.stdout, re.M)
    # SARIF for github/codeql-action/upload-sarif, valid and categorised
    sarif_path = runner["ws"] / "archlint.sarif"
    doc = json.loads(sarif_path.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft4Validator(schema).iter_errors(doc))
    run = doc["runs"][0]
    assert run["automationDetails"]["id"] == "archlint/"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in run["results"]}
    assert uris == {"bad/Dockerfile"}
    assert outputs(runner) == {"sarif-file": "archlint.sarif", "exit-code": "1"}


def test_fail_on_never_and_no_sarif(runner: dict[str, Any]) -> None:
    proc = run_check_step(runner, offline="true", paths="bad", fail_on="never",
                          sarif_file="", annotations="false")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not (runner["ws"] / "archlint.sarif").exists()
    assert "::error" not in proc.stdout
    assert outputs(runner)["exit-code"] == "0"


def test_extra_args_and_clean_paths(runner: dict[str, Any]) -> None:
    proc = run_check_step(runner, offline="true", paths="good",
                          args="--build-arg A=1 --sarif-category docker/api")
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr
    doc = json.loads((runner["ws"] / "archlint.sarif").read_text(encoding="utf-8"))
    assert not [r for r in doc["runs"][0]["results"] if r["ruleId"] == "AL001"]
    # extra args come last, so they override the action's own choices
    assert doc["runs"][0]["automationDetails"]["id"] == "docker/api"
    assert "--build-arg A=1" in proc.stdout.splitlines()[0]


def test_inputs_cannot_inject_shell(runner: dict[str, Any], tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    proc = run_check_step(runner, offline="true", paths=f"good$(touch {marker})",
                          platforms=f"linux/amd64;touch {marker}")
    assert not marker.exists()
    assert proc.returncode != 0  # a bad platform and a missing path are errors, not code


# ------------------------------------------------------------- the README's CI examples


def readme_section(name: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(rf"<!-- section:{name} -->\n(.*?)<!-- /section:{name} -->", text, re.S)
    assert m, name
    return m.group(1)


def yaml_blocks(section: str) -> list[Any]:
    return [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", section, re.S)]


def test_readme_github_workflow_uses_the_action_and_uploads_sarif() -> None:
    blocks = yaml_blocks(readme_section("ci"))
    workflow = next(b for b in blocks if isinstance(b, dict) and "jobs" in b)
    (job,) = workflow["jobs"].values()
    assert job["permissions"]["security-events"] == "write"
    steps = job["steps"]
    ours = next(s for s in steps if str(s.get("uses", "")).startswith("archlint/archlint@"))
    assert set(ours["with"]) <= set(action()["inputs"])
    upload = next(s for s in steps if str(s.get("uses", "")).startswith(
        "github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == ours["with"]["sarif-file"]
    assert "cancelled()" in upload["if"]  # uploads even when the gate failed


def test_readme_gitlab_job_declares_the_code_quality_report() -> None:
    blocks = yaml_blocks(readme_section("ci"))
    job = next(b["archlint"] for b in blocks if isinstance(b, dict) and "archlint" in b)
    report = job["artifacts"]["reports"]["codequality"]
    assert any(f"gitlab={report}" in line for line in job["script"])


def test_readme_pre_commit_snippet_names_real_hooks() -> None:
    blocks = yaml_blocks(readme_section("ci"))
    config = next(b for b in blocks if isinstance(b, dict) and "repos" in b)
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    ids = {h["id"] for h in manifest}
    for repo in config["repos"]:
        assert {h["id"] for h in repo["hooks"]} <= ids


def test_readme_commands_use_real_options() -> None:
    proc = run_archlint("check", "--help", env={"COLUMNS": "200"})
    known = set(re.findall(r"(--[a-z][a-z0-9-]+)", proc.stdout))
    text = readme_section("ci") + readme_section("outputs")
    commands = re.findall(r"archlint check[^\n`]*", text)
    assert commands
    used = {opt for c in commands for opt in re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]+)", c)}
    assert used <= known, sorted(used - known)


# ------------------------------------------------------- the whole action, install included


@pytest.mark.slow
def test_install_step_then_check_step(runner: dict[str, Any], tmp_path: Path) -> None:
    """Run the install step as the runner would (a fresh venv, pip install from the action
    path: a copy of this working tree), then the check step with the PATH it exported."""
    from test_precommit_hooks import PACKAGE_PARTS

    action_path = tmp_path / "action"
    action_path.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in (*PACKAGE_PARTS, "action.yml"):
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, action_path / part, ignore=ignore)
        else:
            shutil.copy2(src, action_path / part)
    github_path = tmp_path / "github-path"
    github_path.write_text("")
    install = step("Install archlint")
    env = dict(os.environ, RUNNER_TEMP=str(runner["temp"]), GITHUB_PATH=str(github_path),
               ACTION_PATH=str(action_path), PYTHON=sys.executable,
               PIP_DISABLE_PIP_VERSION_CHECK="1")
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(["bash", "-c", install["run"]], cwd=runner["ws"], env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (venv_bin,) = github_path.read_text().split()
    assert (Path(venv_bin) / "archlint").exists()
    # the check step, with the venv's archlint first on PATH (no PYTHONPATH to this tree)
    runner["bin"] = Path(venv_bin)
    proc = run_check_step(runner, offline="true", paths="bad good", pythonpath="")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert re.search(r"^::error file=bad/Dockerfile,", proc.stdout, re.M)
    assert (runner["ws"] / "archlint.sarif").exists()

"""``.pre-commit-hooks.yaml``: the manifest, the file patterns, and the real ``pre-commit
try-repo`` installing archlint from a copy of the current working tree."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"

# What goes into the copy pre-commit pip-installs: the package and its metadata.
PACKAGE_PARTS = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "archlint", "rules")

BAD = "FROM scratch\nCOPY app /app\nRUN <<EOF\necho never closed\n"
GOOD = "FROM scratch\nCOPY app /app\nENTRYPOINT [\"/app\"]\n"
SERVICE = "FROM python:3.13-slim-trixie\nCOPY app.py /app.py\nCMD [\"python\", \"/app.py\"]\n"
SERVICES = 8


def hooks() -> dict[str, dict[str, object]]:
    data = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    return {h["id"]: h for h in data}


def test_manifest_is_valid_for_pre_commit() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(MANIFEST)],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_two_python_hooks_running_archlint_check() -> None:
    h = hooks()
    assert set(h) == {"archlint", "archlint-offline"}
    for hook in h.values():
        assert hook["language"] == "python"
        assert str(hook["entry"]).split()[:2] == ["archlint", "check"]
        assert hook["types"] == ["file"]
    assert "--offline" not in str(h["archlint"]["entry"])
    # in the entry, not in args: a user's `args:` override must not drop it
    assert str(h["archlint-offline"]["entry"]).split()[2:] == ["--offline"]
    assert "args" not in h["archlint-offline"]
    # online: one process de-duplicates registry look-ups; offline: parallel batches are safe
    assert h["archlint"]["require_serial"] is True
    assert h["archlint-offline"]["require_serial"] is False


MATCH = [
    "Dockerfile", "Containerfile", "Dockerfile.dev", "Containerfile.prod",
    "api.Dockerfile", "api.dockerfile", "x.y.Dockerfile", "services/api/Dockerfile",
    "deploy/prod.dockerfile", "docker/Dockerfile.arm64",
]
NO_MATCH = [
    "Dockerfile.dockerignore", ".dockerignore", "README.md", "dockerfile-lint.sh",
    "MyDockerfile", "docs/Dockerfile.md/notes.txt", "Dockerfiles/readme", "x.Dockerfile/y",
]


@pytest.mark.parametrize("hook_id", ["archlint", "archlint-offline"])
def test_file_patterns(hook_id: str) -> None:
    hook = hooks()[hook_id]
    files = re.compile(str(hook["files"]))
    exclude = re.compile(str(hook["exclude"]))

    def selected(path: str) -> bool:  # pre-commit uses re.search on the repo-relative path
        return bool(files.search(path)) and not exclude.search(path)

    assert [p for p in MATCH if not selected(p)] == []
    assert [p for p in NO_MATCH if selected(p)] == []


def test_identify_type_would_miss_lowercase_extension() -> None:
    """Why the hooks use ``files:`` and not ``types: [dockerfile]``."""
    from identify.identify import tags_from_filename

    assert "dockerfile" in tags_from_filename("Dockerfile")
    assert "dockerfile" not in tags_from_filename("api.dockerfile")


# ---------------------------------------------------------------- end to end (real pre-commit)


def _git(cwd: Path, *args: str) -> None:
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.invalid",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.invalid")
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True,
                   timeout=60)


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repository holding the current working tree's package (committed there, since
    try-repo clones at a ref)."""
    dest = tmp_path_factory.mktemp("archlint-hook-repo")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")
    for part in PACKAGE_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=ignore)
        else:
            shutil.copy2(src, dest / part)
    _git(dest, "init", "-q", "-b", "main")
    _git(dest, "add", "-A")
    _git(dest, "commit", "-q", "-m", "archlint under test")
    return dest


@pytest.fixture(scope="session")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's repository with a bad and a good Dockerfile."""
    proj = tmp_path_factory.mktemp("user-project")
    (proj / "bad").mkdir()
    (proj / "bad" / "Dockerfile").write_text(BAD)
    (proj / "good.dockerfile").write_text(GOOD)
    (proj / "notes.txt").write_text("not a Dockerfile\n")
    for i in range(SERVICES):  # enough files for pre-commit to run parallel batches
        (proj / f"svc{i}").mkdir()
        (proj / f"svc{i}" / "Dockerfile").write_text(SERVICE)
    _git(proj, "init", "-q", "-b", "main")
    _git(proj, "add", "-A")
    _git(proj, "commit", "-q", "-m", "files")
    return proj


def _try_repo(
    hook_repo: Path, project: Path, home: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(PRE_COMMIT_HOME=str(home), PIP_DISABLE_PIP_VERSION_CHECK="1", NO_COLOR="1",
               ARCHLINT_CACHE_DIR=str(home / "archlint-cache"))
    for var in ("FORCE_COLOR", "PRE_COMMIT_NO_CONCURRENCY"):
        env.pop(var, None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "archlint-offline",
         "--verbose", "--color=never", *args],
        cwd=project, env=env, capture_output=True, text=True, timeout=900,
    )


@pytest.mark.slow
def test_try_repo_fails_on_the_bad_file_and_prints_the_finding(
    hook_repo: Path, project: Path, tmp_path: Path
) -> None:
    proc = _try_repo(hook_repo, project, tmp_path / "home", "--all-files")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "archlint (offline)" in out and "Failed" in out
    assert re.search(r"bad/Dockerfile:\d+:\d+.*AL001", out), out
    # the good files went to the hook too, and nothing was reported about them
    assert "good.dockerfile:" not in out
    assert not re.search(r"svc\d/Dockerfile:\d+", out), out
    assert "notes.txt" not in out.split("Using config:")[-1]
    # parallel batches (one summary line each) shared the cache without tool errors
    summaries = re.findall(r"^(?:All checks passed|Found \d+ finding)", out, re.M)
    if len(os.sched_getaffinity(0)) >= 2:
        assert len(summaries) >= 2, out
    assert not re.search(r"^(?:error|archlint): ", out, re.M), out
    assert "Traceback" not in out and "locked" not in out


@pytest.mark.slow
def test_try_repo_passes_on_the_good_file(hook_repo: Path, project: Path, tmp_path: Path) -> None:
    proc = _try_repo(hook_repo, project, tmp_path / "home", "--files", "good.dockerfile")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert re.search(r"archlint \(offline\)\.+Passed", out), out

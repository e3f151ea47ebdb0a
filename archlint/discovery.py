"""Which files ``archlint check PATH...`` looks at."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from archlint.records import record

DOCKERFILE_GLOBS = (
    "Dockerfile",
    "Containerfile",
    "Dockerfile.*",
    "Containerfile.*",
    "*.Dockerfile",
    "*.dockerfile",
    "*.Containerfile",
    "*.containerfile",
)
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        ".venv",
        "venv",
        "__pycache__",
        ".tox",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
    }
)
STDIN = "-"


# ``Dockerfile.*`` also matches files that sit beside Dockerfiles but are not ones.
NOT_DOCKERFILE_SUFFIXES = (
    ".dockerignore", ".md", ".rst", ".txt", ".json", ".yaml", ".yml", ".toml", ".sh",
    ".bak", ".orig", ".rej", ".swp", ".patch", ".diff", ".sarif", ".lock",
)


def is_dockerfile_name(name: str) -> bool:
    if name.lower().endswith(NOT_DOCKERFILE_SUFFIXES):
        return False
    return any(fnmatch.fnmatchcase(name, g) for g in DOCKERFILE_GLOBS)


@record(frozen=True, slots=True)
class Target:
    display: str  # as shown in reports
    path: Path | None  # None for stdin


class _GitIgnore:
    """A small .gitignore matcher: enough for the common patterns (no negation subtleties)."""

    def __init__(self, root: Path, lines: list[str]) -> None:
        self.root = root
        self.rules: list[tuple[str, bool, bool]] = []  # (pattern, negated, dir_only)
        for raw in lines:
            line = raw.rstrip()
            if not line or line.startswith("#"):
                continue
            neg = line.startswith("!")
            if neg:
                line = line[1:]
            dir_only = line.endswith("/")
            line = line.rstrip("/")
            self.rules.append((line, neg, dir_only))

    def ignored(self, path: Path, is_dir: bool) -> bool:
        try:
            rel = path.relative_to(self.root).as_posix()
        except ValueError:
            return False
        result = False
        for pattern, neg, dir_only in self.rules:
            if dir_only and not is_dir:
                continue
            if "/" in pattern.strip("/"):
                hit = fnmatch.fnmatchcase(rel, pattern.lstrip("/"))
            else:
                hit = fnmatch.fnmatchcase(path.name, pattern.lstrip("/"))
            if hit:
                result = not neg
        return result


def _load_ignores(directory: Path) -> _GitIgnore | None:
    gi = directory / ".gitignore"
    if gi.is_file():
        try:
            return _GitIgnore(
                directory, gi.read_text(encoding="utf-8", errors="replace").splitlines()
            )
        except OSError:
            return None
    return None


def _walk(root: Path, excludes: list[str]) -> list[Path]:
    found: list[Path] = []
    stack: list[tuple[Path, list[_GitIgnore]]] = [(root, [])]
    while stack:
        directory, ignores = stack.pop()
        own = _load_ignores(directory)
        active = [*ignores, own] if own else ignores
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            p = Path(entry.path)
            if any(
                fnmatch.fnmatchcase(p.as_posix(), g) or fnmatch.fnmatchcase(entry.name, g)
                for g in excludes
            ):
                continue
            is_dir = entry.is_dir(follow_symlinks=False)
            if any(ig.ignored(p, is_dir) for ig in active):
                continue
            if is_dir:
                if entry.name not in SKIP_DIRS:
                    stack.append((p, active))
            elif entry.is_file() and is_dockerfile_name(entry.name):
                found.append(p)
    return sorted(found)


def discover(paths: list[str], excludes: list[str] | None = None) -> tuple[list[Target], list[str]]:
    """Expand PATH arguments into Dockerfiles. Returns (targets, problems); a problem is a
    one-line message about a PATH that does not exist or holds no Dockerfile."""
    excludes = excludes or []
    targets: list[Target] = []
    problems: list[str] = []
    if not paths:
        paths = ["Dockerfile"]
    seen: set[str] = set()
    for arg in paths:
        if arg == STDIN:
            if STDIN not in seen:
                targets.append(Target("-", None))
                seen.add(STDIN)
            continue
        p = Path(arg)
        if p.is_dir():
            files = _walk(p, excludes)
            if not files:
                problems.append(f"{arg}: no Dockerfile found in this directory")
            for f in files:
                key = str(f.resolve())
                if key not in seen:
                    seen.add(key)
                    targets.append(Target(f.as_posix(), f))
        elif p.exists():
            key = str(p.resolve())
            if key not in seen:
                seen.add(key)
                targets.append(Target(arg, p))
        else:
            problems.append(f"{arg}: no such file or directory")
    return targets, problems

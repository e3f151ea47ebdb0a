"""Paths as CI systems want them: relative to the repository root, with ``/`` separators.

GitHub (SARIF, workflow commands) and GitLab (Code Quality) match findings to files of the
repository by a root-relative path; a path relative to wherever archlint was started, or an
absolute path into a temporary checkout, would not match (or would open a new alert each run).
"""

from __future__ import annotations

import os
from pathlib import Path

STDIN_NAMES = frozenset({"-", "<stdin>", ""})


def absolute(file: str) -> str | None:
    """The real absolute path of a checked file (symlinks resolved), None for stdin."""
    if file in STDIN_NAMES:
        return None
    return os.path.realpath(file)


def relative_to_root(file: str, root: str = ".") -> str | None:
    """``docker/api/Dockerfile`` for a file under ``root``; None for stdin or a file outside."""
    path = absolute(file)
    if path is None:
        return None
    rel = os.path.relpath(path, os.path.realpath(root or "."))
    if rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel):
        return None
    return Path(rel).as_posix()


def display_path(file: str, root: str = ".") -> str:
    """Root-relative when possible, else the path as given (posix separators)."""
    rel = relative_to_root(file, root)
    if rel is not None:
        return rel
    return "stdin" if file in STDIN_NAMES else Path(file).as_posix()


def read_source(file: str) -> bytes | None:
    """The file's bytes, or None when it cannot be read (stdin, deleted, unreadable)."""
    path = absolute(file)
    if path is None:
        return None
    try:
        return Path(path).read_bytes()
    except OSError:
        return None

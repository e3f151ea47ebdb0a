"""regex_cache: patterns compiled by an earlier run are reused and behave exactly as re's."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from archlint import regex_cache

pytestmark = pytest.mark.skipif(sys.version_info < (3, 11),
                                reason="re._compiler exists from Python 3.11")

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?<![A-Za-z0-9])(?P<tok>x86[-_]64|amd64|aarch64|arm64(?:v8)?)(?![A-Za-z0-9])", 0),
    (r"(?i)linux[-_](?P<arch>amd64|arm64)\.tar\.gz$", 0),
    (r"""
        \$(?:\{(?P<b>[A-Za-z_][A-Za-z0-9_]*)(?::?[-+?](?P<w>[^}]*))?\}  # ${NAME...}
        | (?P<n>[A-Za-z_][A-Za-z0-9_]*))                                # $NAME
     """, re.VERBOSE),
    (r"^-m(?:avx\d*|sse\d(?:\.\d)?|fma|bmi2?)$", re.MULTILINE | re.IGNORECASE),
    (rb"GLIBC_([0-9.]+)", 0),
    (r"(a)(b)?(?(2)c|d)", 0),
]
TEXTS = ["curl -L https://x/y-linux-amd64.tar.gz", "LINUX_ARM64.TAR.GZ", "${GOARCH:-amd64} $HOME",
         "-mavx2\n-msse4.2\n-MFMA", "abc ad ab", "aarch64 x86-64 arm64v8 farm64"]


def _behaviour(pattern: re.Pattern) -> tuple:
    results = []
    for text in TEXTS:
        subject = text.encode() if isinstance(pattern.pattern, bytes) else text
        results.append([(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(subject)])
    return (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex), results)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ARCHLINT_CACHE_DIR", str(tmp_path))
    def reset() -> None:
        regex_cache.uninstall()
        for state in (regex_cache._KNOWN, regex_cache._NEW, regex_cache._USED):
            state.clear()
        re.purge()

    reset()
    yield tmp_path
    reset()


def test_cached_patterns_behave_as_re_compiles_them(cache: Path) -> None:
    expected = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    re.purge()
    regex_cache.install()
    first = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]  # compiled, remembered
    assert len(regex_cache._NEW) == len(PATTERNS)
    regex_cache.save()
    assert not regex_cache._NEW
    assert Path(regex_cache._cache_file()).is_file()
    # a new "run": the opcodes come from the file, nothing is compiled again
    regex_cache.uninstall()
    regex_cache._KNOWN.clear()
    re.purge()
    regex_cache.install()
    assert len(regex_cache._KNOWN) >= len(PATTERNS)
    second = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    assert not regex_cache._NEW
    assert first == expected and second == expected


def test_the_file_stays_bounded(cache: Path, monkeypatch) -> None:
    import marshal

    monkeypatch.setattr(regex_cache, "_KEEP", 3)
    regex_cache.install()
    for i in range(5):
        re.compile(f"old{i}")
    regex_cache.save()
    path = Path(regex_cache._cache_file())
    assert len(marshal.loads(path.read_bytes())) == 5
    # the next run uses two of them and a new one: past _KEEP, only what it used is kept
    regex_cache.uninstall()
    for state in (regex_cache._KNOWN, regex_cache._USED):
        state.clear()
    re.purge()
    regex_cache.install()
    for p in ("old0", "old1", "new"):
        re.compile(p)
    regex_cache.save()
    assert {k[0] for k in marshal.loads(path.read_bytes())} == {"old0", "old1", "new"}


def test_runs_that_started_together_keep_each_others_patterns(cache: Path) -> None:
    import marshal

    regex_cache.install()
    re.compile("first-run")
    regex_cache.save()
    # a second run that read the file before the first one saved: it knows nothing of
    # "first-run", compiles its own pattern, and saves after it
    regex_cache.uninstall()
    for state in (regex_cache._KNOWN, regex_cache._NEW, regex_cache._USED):
        state.clear()
    re.purge()
    regex_cache.install()
    regex_cache._KNOWN.pop(("first-run", 0), None)
    re.compile("second-run")
    regex_cache.save()
    path = Path(regex_cache._cache_file())
    assert {k[0] for k in marshal.loads(path.read_bytes())} >= {"first-run", "second-run"}


def test_unreadable_or_wrong_cache_falls_back_to_re(cache: Path) -> None:
    regex_cache.install()
    path = Path(regex_cache._cache_file())
    regex_cache.uninstall()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not marshal data")
    regex_cache.install()  # ignored
    assert re.compile(r"amd(64)").search("xamd64").group(1) == "64"
    # an entry whose opcodes _sre rejects: re's own compile answers, the entry is dropped
    regex_cache._KNOWN[(r"x(y)", 0)] = (32, array("I", [999, 1, 2]).tobytes(), 1, {},
                                         (None, None))
    re.purge()
    assert re.compile(r"x(y)").search("axy").span() == (1, 3)
    assert (r"x(y)", 0) not in regex_cache._KNOWN


def test_second_cli_run_compiles_no_pattern(tmp_path: Path) -> None:
    dockerfile = tmp_path / "Dockerfile"
    dockerfile.write_text("FROM golang:1.22\nRUN curl -fsSLO https://e.org/t-linux-amd64.tar.gz\n"
                          "ENV JAVA_OPTS=-XX:UseAVX=2 CFLAGS=-mavx2\n")
    env = {**os.environ, "ARCHLINT_CACHE_DIR": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "archlint", "check", "--offline", "--format", "json",
           "--exit-zero", str(dockerfile)]
    first = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path)
    [cached] = (tmp_path / "cache").glob("regex2-*.marshal")
    stamp = cached.stat().st_mtime_ns
    second = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    findings = [json.loads(run.stdout)["findings"] for run in (first, second)]
    assert findings[0] == findings[1] and {f["rule"] for f in findings[0]} >= {"AL301", "AL401"}
    assert cached.stat().st_mtime_ns == stamp  # nothing new to keep: every pattern was known

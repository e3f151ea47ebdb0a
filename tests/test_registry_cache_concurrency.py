"""Eight archlint processes on one cache at once, SIGKILLed at random moments, in a bounded
loop; afterwards the cache is intact and a run still gives the right answers (pre-commit
runs hooks in parallel processes, and users press Ctrl-C)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_archlint

pytestmark = [pytest.mark.registry, pytest.mark.slow]

IMAGES = [
    "debian:9.1", "mysql:5.7", "mysql:8.0", "eclipse-temurin:17-jdk-alpine", "python:3.14",
    "node:20", "alpine:3.20", "centos:7", "archlinux:latest", "percona:8.0",
    "archlint-test/single-oci:1.0", "archlint-test/armv5-armv7:latest", "ubuntu:18.04",
    "debian:does-not-exist",
]
PROCESSES = 8
ROUNDS = 4


def _dockerfile(path: Path) -> None:
    lines = [f"FROM {img} AS s{i}" for i, img in enumerate(IMAGES)]
    lines.append("FROM scratch")
    lines += [f"COPY --from=s{i} /x /x{i}" for i in range(len(IMAGES))]
    path.write_text("\n".join(lines) + "\n")


def _findings(proc: subprocess.CompletedProcess[str]) -> list[tuple[int, str]]:
    doc = json.loads(proc.stdout)
    return sorted((f["line"], f["rule"]) for f in doc["findings"])


def test_parallel_killed_processes_leave_a_working_cache(registry, tmp_path: Path) -> None:
    _dockerfile(tmp_path / "Dockerfile")
    cache = tmp_path / "cache"
    base = ["check", "--select", "AL1", "--format", "json", "--registry-mirror", registry.url,
            "--build-platform", "linux/amd64", "Dockerfile"]
    # The reference answer, from a cache nobody else touches.
    expected = run_archlint(*base, cwd=tmp_path,
                            env={"ARCHLINT_CACHE_DIR": str(tmp_path / "reference")})
    assert expected.returncode == 1, expected.stderr
    want = _findings(expected)
    assert (2, "AL101") in want and (len(IMAGES), "AL102") in want

    env = {**os.environ, "ARCHLINT_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    rng = random.Random(4242)
    killed = finished = 0
    deadline = time.monotonic() + 90
    for round_no in range(ROUNDS):
        procs = []
        for i in range(PROCESSES):
            extra = ["--refresh"] if (i + round_no) % 2 else []
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "archlint", *base[:-1], *extra, base[-1]],
                cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True, start_new_session=True))
        # Half of them (chosen at random) are SIGKILLed at a random moment of their run:
        # during start-up, planning, the look-ups or the cache write.
        victims = set(rng.sample([p.pid for p in procs], PROCESSES // 2))
        kill_at = {p.pid: time.monotonic() + rng.uniform(0.1, 3.0) if p.pid in victims
                   else float("inf") for p in procs}
        while any(p.poll() is None for p in procs):
            now = time.monotonic()
            assert now < deadline, "processes did not finish: a hang"
            for p in procs:
                if p.poll() is None and now >= kill_at[p.pid]:
                    os.kill(p.pid, signal.SIGKILL)
                    kill_at[p.pid] = float("inf")
            time.sleep(0.02)
        for p in procs:
            out, err = p.communicate()
            if p.returncode == -signal.SIGKILL:
                killed += 1
                continue
            finished += 1
            assert p.returncode == 1, err
            assert sorted((f["line"], f["rule"]) for f in json.loads(out)["findings"]) == want
    assert killed > 0 and finished > 0, (killed, finished)

    db = sqlite3.connect(cache / "registry-v1.sqlite3")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
    after = run_archlint(*base, cwd=tmp_path, env={"ARCHLINT_CACHE_DIR": str(cache)})
    assert _findings(after) == want
    refreshed = run_archlint(*base[:-1], "--offline", base[-1], cwd=tmp_path,
                             env={"ARCHLINT_CACHE_DIR": str(cache)})
    # Offline, the cache alone (plus the snapshot) gives the same registry answers, except
    # for the missing tag that only the registry can report.
    assert [f for f in _findings(refreshed) if f[1] != "AL102"] == [
        f for f in want if f[1] != "AL102"]


def test_cache_info_and_clear(registry, tmp_path: Path) -> None:
    env = {"ARCHLINT_CACHE_DIR": str(tmp_path / "c")}
    ok = run_archlint("resolve", "--registry-mirror", registry.url, "debian:9.1", "mysql:5.7",
                      env=env)
    assert ok.returncode == 0, ok.stderr
    info = json.loads(run_archlint("cache", "info", "--format", "json", env=env).stdout)
    assert info["tags"] == 2 and info["documents"] == 2
    assert info["path"].startswith(str(tmp_path / "c"))
    cleared = run_archlint("cache", "clear", env=env)
    assert cleared.returncode == 0 and "4 entries removed" in cleared.stdout
    info = json.loads(run_archlint("cache", "info", "--format", "json", env=env).stdout)
    assert info["tags"] == 0 and info["documents"] == 0
    assert ROOT.exists()


def test_process_killed_inside_a_write_transaction(tmp_path: Path) -> None:
    """SIGKILL between the INSERTs and the COMMIT: the next process sees the old state, can
    write at once (no stale lock), and the file passes an integrity check."""
    from archlint.registry.cache import Cache
    from archlint.registry.manifest import sha256_digest

    body = b'{"schemaVersion":2}'
    digest = sha256_digest(body)
    first = Cache(tmp_path)
    first.put_tag("docker.io/library/a:1", digest, "x")
    first.put_content(digest, body, "x")
    first.close()
    code = (
        "import os, signal, sys\n"
        "from archlint.registry.cache import Cache\n"
        f"c = Cache({str(tmp_path)!r})\n"
        "db = c._db\n"
        "db.execute('BEGIN IMMEDIATE')\n"
        "db.execute(\"DELETE FROM tags\")\n"
        "db.execute(\"INSERT INTO tags VALUES ('docker.io/library/b:1', 'sha256:00', 'x', 0)\")\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert proc.returncode == -signal.SIGKILL
    again = Cache(tmp_path)
    try:
        assert again.get_tag("docker.io/library/a:1") is not None
        assert again.get_tag("docker.io/library/b:1") is None
        assert again.get_content(digest) == (body, "x")
        again.put_tag("docker.io/library/c:1", digest, "x")
        again.flush()
        assert again.get_tag("docker.io/library/c:1") is not None
    finally:
        again.close()
    db = sqlite3.connect(tmp_path / "registry-v1.sqlite3")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM tags").fetchone()[0] == 2
    finally:
        db.close()

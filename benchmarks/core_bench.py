"""Core benchmarks (not timed tests): cold start and corpus throughput, archlint vs hadolint.

    python benchmarks/core_bench.py [--runs 20] [--corpus tests/corpus]

Cold start: wall time of ``archlint check --offline`` on one small Dockerfile (no config),
against ``python -c pass`` and ``hadolint`` on the same file; median of N runs.
Throughput: every Dockerfile of the corpus in one process (``archlint check --offline DIR``
with the registry rules off, so only parsing and the offline rules count) against
``hadolint`` given the same files in one process; then the cost of the portability rules:
the same run with the core issue's rules only against every offline rule, over the whole
corpus and over each of its parts (``parse/``, ``portability/``, ``heldout/``). Prints a
markdown table.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMALL = """\
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \\
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/app /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
"""


def _env() -> dict[str, str]:
    # Byte-code caching as on a user's machine (some CI images set PYTHONDONTWRITEBYTECODE,
    # which would recompile every module at every start).
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "archlint-bench-pycache")
    return env


def timed(cmd: list[str], cwd: Path, runs: int) -> float:
    samples = []
    env = _env()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=env)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def timed_pair(cmd_a: list[str], cmd_b: list[str], cwd: Path,
               runs: int) -> tuple[float, float, float]:
    """Medians of two commands run alternately, and the median of their per-pair ratio."""
    env = _env()
    for cmd in (cmd_a, cmd_b):
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=env)
    a_times, b_times = [], []
    for _ in range(runs):
        for cmd, out in ((cmd_a, a_times), (cmd_b, b_times)):
            start = time.perf_counter()
            subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=env)
            out.append(time.perf_counter() - start)
    ratios = [b / a for a, b in zip(a_times, b_times, strict=True)]
    return statistics.median(a_times), statistics.median(b_times), statistics.median(ratios)


def corpus_files(corpus: Path) -> list[Path]:
    names = ("Dockerfile", "*.Dockerfile", "*.dockerfile", "Dockerfile.*")
    files: set[Path] = set()
    for pattern in names:
        files.update(p for p in corpus.rglob(pattern) if p.is_file())
    return sorted(files)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    args = ap.parse_args()
    # The console script next to this interpreter, as `python -c pass` is this interpreter:
    # a version manager's shim on PATH (pyenv's is a bash script) would add its own start.
    beside = Path(sys.executable).parent / "archlint"
    archlint = str(beside) if beside.exists() else shutil.which("archlint") or ""
    hadolint = shutil.which("hadolint")
    if not archlint:
        print("archlint is not installed (pip install -e .)", file=sys.stderr)
        return 2
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "Dockerfile").write_text(SMALL)
        base = timed([sys.executable, "-c", "pass"], work, args.runs)
        ours = timed([archlint, "check", "--offline", "Dockerfile"], work, args.runs)
        rows.append(("`python -c pass`", f"{base * 1000:.0f} ms"))
        rows.append(("`archlint check --offline Dockerfile`",
                     f"{ours * 1000:.0f} ms ({ours / base:.1f}× bare Python)"))
        if hadolint:
            had = timed([hadolint, "Dockerfile"], work, args.runs)
            rows.append(("`hadolint Dockerfile`", f"{had * 1000:.0f} ms"))
    files = corpus_files(Path(args.corpus))
    if files:
        with tempfile.TemporaryDirectory() as tmp:
            lst = [str(f) for f in files]
            runs = max(3, args.runs // 5)
            ours = timed([archlint, "check", "--offline", "--ignore", "AL1", "--exit-zero",
                          "-q", *lst], Path(tmp), runs)
            rows.append((f"archlint, {len(files)} corpus files, one process",
                         f"{ours:.2f} s ({len(files) / ours:.0f} files/s)"))
            if hadolint:
                had = timed([hadolint, "--no-fail", *lst], Path(tmp), runs)
                rows.append((f"hadolint, same {len(files)} files, one process",
                             f"{had:.2f} s ({len(files) / had:.0f} files/s)"))
            # The portability issue's budget: its rules may slow this run by 25% at most.
            # The two runs alternate, so a drift of the machine's speed hits both alike.
            core, every, ratio = timed_pair(
                [archlint, "check", "--offline", "--select", "AL001,AL201,AL202,AL203",
                 "--exit-zero", "-q", *lst],
                [archlint, "check", "--offline", "--select", "AL0,AL2,AL3,AL4",
                 "--exit-zero", "-q", *lst], Path(tmp), max(runs, 9))
            rows.append(("the same files, core rules only (AL001, AL201-AL203)", f"{core:.2f} s"))
            rows.append(("the same files, every offline rule (AL0, AL2-AL4)",
                         f"{every:.2f} s (+{(ratio - 1) * 100:.0f}%, median of the pairs)"))
            # The same budget per part of the corpus: the core issue's own corpus (parse/,
            # Dockerfiles of every kind) and the portability corpus, written so that nearly
            # every file holds what the portability rules must read. 21 pairs at least: a
            # part's runs are short, and 9 pairs gave +6% and +35% for the same code.
            for part in sorted(p for p in Path(args.corpus).iterdir() if p.is_dir()):
                sub = [str(f) for f in files if part in f.parents]
                if len(sub) < 20:
                    continue
                core, every, ratio = timed_pair(
                    [archlint, "check", "--offline", "--select", "AL001,AL201,AL202,AL203",
                     "--exit-zero", "-q", *sub],
                    [archlint, "check", "--offline", "--select", "AL0,AL2,AL3,AL4",
                     "--exit-zero", "-q", *sub], Path(tmp), max(runs, 21))
                rows.append((f"{part.name}/ only ({len(sub)} files): core rules, every "
                             "offline rule",
                             f"{core:.2f} s, {every:.2f} s (+{(ratio - 1) * 100:.0f}%)"))
    print("| measurement | median |")
    print("|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

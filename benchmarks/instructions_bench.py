"""The portability rules' cost in executed instructions: a figure the machine's drift cannot move.

    python benchmarks/instructions_bench.py [--corpus tests/corpus] [--whole] [--part parse]
                                            [DIR ...]

``core_bench.py`` times processes in wall-clock seconds; on a shared 2-core VM two runs of
the same code differ by 10-30%, so a change of a few percent needs dozens of alternating
pairs to show. This script runs the same two commands once each under valgrind's callgrind
(Debian package ``valgrind``) and counts the instructions the whole process executes:
``archlint check --offline`` over the corpus with the core issue's rules only (AL001,
AL201-AL203) and with every offline rule (AL0, AL2-AL4). Repeated runs agree to within
0.1% (hash randomisation is fixed, byte code is cached beforehand), so the ratio between
the two is the portability rules' share of the work, comparable between commits.

Instructions are not time (a cache miss costs more than an add), but on this workload
(Python byte code, regex and tree-sitter in C) their ratio tracked the wall-clock ratio
of ``core_bench`` to within a few points. Prints a markdown table; takes about 50 times
the plain run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from core_bench import corpus_files  # the same file selection as the other benchmarks

ROOT = Path(__file__).resolve().parent.parent
CORE = "AL001,AL201,AL202,AL203"
EVERY = "AL0,AL2,AL3,AL4"
PARTS = ("parse", "portability", "heldout", "heldout2", "heldout3", "heldout4")


def dockerfiles(folder: Path) -> list[str]:
    return [str(p) for p in corpus_files(folder)]


def instructions(files: list[str], select: str, cache: Path) -> int:
    """Instructions executed by one ``archlint check --offline`` process over ``files``."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(PYTHONHASHSEED="0", PYTHONPYCACHEPREFIX=str(cache / "pycache"),
               ARCHLINT_CACHE_DIR=str(cache / "archlint"))
    cmd = [sys.executable, "-m", "archlint", "check", "--offline", "--select", select,
           "--exit-zero", "-q", *files]
    # first run: byte code, the rule catalog and the compiled patterns land in the caches
    subprocess.run(cmd, env=env, cwd=cache, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          *cmd], env=env, cwd=cache, capture_output=True, text=True).stderr
    m = re.search(r"Collected\s*:\s*(\d+)", out)
    if m is None:
        raise SystemExit(f"callgrind printed no count:\n{out[-2000:]}")
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    ap.add_argument("--part", action="append", default=[],
                    help="a folder of the corpus (repeatable); default: whole corpus, parse/")
    ap.add_argument("--whole", action="store_true", help="the whole corpus too")
    ap.add_argument("dirs", nargs="*", help="other folders of Dockerfiles to measure")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install -y valgrind)", file=sys.stderr)
        return 2
    corpus = Path(args.corpus)
    sets: list[tuple[str, list[str]]] = []
    if not args.part and not args.dirs:
        args.whole, args.part = True, ["parse"]
    if args.whole:
        sets.append(("whole corpus", dockerfiles(corpus)))
    sets += [(f"{p}/", dockerfiles(corpus / p)) for p in args.part]
    sets += [(d, dockerfiles(Path(d))) for d in args.dirs]
    print("| files | core rules | every offline rule | extra |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(2) as pool:
        for name, files in sets:
            caches = [Path(tmp) / f"{name.strip('/').replace('/', '_')}-{k}" for k in "ce"]
            for c in caches:
                c.mkdir(parents=True, exist_ok=True)
            core_f = pool.submit(instructions, files, CORE, caches[0])
            every_f = pool.submit(instructions, files, EVERY, caches[1])
            core, every = core_f.result(), every_f.result()
            print(f"| {name} ({len(files)}) | {core / 1e6:,.0f} M | {every / 1e6:,.0f} M "
                  f"| {(every / core - 1) * 100:+.1f}% |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

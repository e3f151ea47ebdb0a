"""Where the portability rules' time goes: the rule phase alone, core rules against every
offline rule, on already parsed files.

    python benchmarks/rules_bench.py [--runs 5] [--corpus tests/corpus] [--part heldout2]

``core_bench.py`` times whole processes, where the machine's drift (10-30% here) hides
changes of a few milliseconds. This benchmark parses every Dockerfile once per run (fresh
objects, so no memo of an earlier run is reused), empties the text and script caches, then
times only ``engine.run_rules`` over all files: the core issue's rules (AL001, AL201-AL203)
and every offline rule (AL0, AL2-AL4), alternately, keeping the fastest run of each. It
then splits the portability rules' extra time into

- the text pre-filters (every regular-expression ``search`` a rule runs, replayed alone on
  the same texts),
- the shell parses only a portability rule asks for (tree-sitter and the conversion to
  commands),
- the rest: each rule's own reading of the files that hold what it looks for.

Prints a markdown table.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORE = "AL001,AL201,AL202,AL203"
EVERY = "AL0,AL2,AL3,AL4"
# every search a rule runs, recorded by the pattern wrapper below: (pattern, args);
# archvalues.LiteralHint's searches too
_SEARCHES: list[tuple[re.Pattern[str], tuple[Any, ...]]] = []
_RECORD = [False]


class _Recorded:
    """A compiled pattern that records its ``search`` calls while _RECORD is set."""

    __slots__ = ("_p",)

    def __init__(self, p: re.Pattern[str]) -> None:
        self._p = p

    def search(self, *args: Any) -> Any:
        if _RECORD[0]:
            _SEARCHES.append((self._p, args))
        return self._p.search(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._p, name)


def _install_recorder() -> None:
    original = re.compile

    def compile(pattern: Any, flags: int = 0) -> Any:
        compiled = original(pattern, flags)
        return _Recorded(compiled) if isinstance(pattern, str) else compiled

    re.compile = compile  # type: ignore[assignment]

    # archvalues.LiteralHint: substring tests, then its pattern; one recorded search (the
    # pattern's own search inside it is not recorded again)
    from archlint.checks.archvalues import LiteralHint

    real_search = LiteralHint.search

    class _Hint:
        __slots__ = ("_h",)

        def __init__(self, h: LiteralHint) -> None:
            self._h = h

        def search(self, text: str) -> Any:
            return real_search(self._h, text)

    def search(self: LiteralHint, text: str) -> Any:
        if not _RECORD[0]:
            return real_search(self, text)
        _SEARCHES.append((_Hint(self), (text,)))  # type: ignore[arg-type]
        _RECORD[0] = False
        try:
            return real_search(self, text)
        finally:
            _RECORD[0] = True

    LiteralHint.search = search  # type: ignore[method-assign]


def corpus_files(corpus: Path, part: str | None) -> list[Path]:
    """core_bench's Dockerfiles of the corpus, or of one of its folders."""
    from core_bench import corpus_files as every_file

    return [f for f in every_file(corpus)
            if part is None or part in f.relative_to(corpus).parts]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    ap.add_argument("--part", default=None, help="one folder of the corpus (parse, heldout2…)")
    ap.add_argument("--searches", action="store_true",
                    help="internal: only time the recorded searches (a separate process, so "
                    "the recording wrapper never slows the timed runs)")
    args = ap.parse_args()
    if not args.searches:
        import json
        import subprocess

        cmd = [sys.executable, __file__, "--searches", "--corpus", args.corpus]
        if args.part:
            cmd += ["--part", args.part]
        replayed = json.loads(subprocess.run(cmd, capture_output=True, text=True,
                                             check=True).stdout)
    gc.set_threshold(1_000_000, 50, 100)  # as the entry point does
    if args.searches:
        _install_recorder()  # before archlint's modules compile their patterns
    from archlint import regex_cache

    regex_cache.install()
    from archlint.catalog import load_catalog
    from archlint.config import Config
    from archlint.discovery import Target
    from archlint.dockerfile import parse
    from archlint.engine import FileJob, Settings, plan_job, run_options, run_rules
    from archlint.shell import parse as shell_parse
    from archlint.suppressions import read_pragmas

    files = corpus_files(Path(args.corpus), args.part)
    catalog = load_catalog()

    def jobs(select: str) -> tuple[list[Any], Any]:
        settings = Settings(select=select.split(","))
        run = run_options(settings, Config())
        out = []
        for f in files:
            job = FileJob(target=Target(str(f), f), config=Config())
            job.dockerfile = parse(f.read_bytes(), str(f))
            job.pragmas = read_pragmas(job.dockerfile, catalog)
            plan_job(job, settings, catalog)
            out.append(job)
        return out, run

    def forget() -> None:
        shell_parse._CACHE.clear()
        for mod in list(sys.modules.values()):
            if getattr(mod, "__name__", "").startswith("archlint"):
                for value in list(vars(mod).values()):
                    clear = getattr(value, "cache_clear", None)
                    if callable(clear) and hasattr(value, "cache_info"):
                        clear()

    # shell parses, timed around the one function every rule parses through
    from archlint.checks import archvalues

    parse_time = [0.0, 0.0]  # seconds, scripts
    real_parse = archvalues.parse_script

    def timed_parse(src: Any) -> Any:
        t = time.perf_counter()
        try:
            return real_parse(src)
        finally:
            parse_time[0] += time.perf_counter() - t
            parse_time[1] += 1.0

    archvalues.parse_script = timed_parse  # type: ignore[assignment]
    warm, run = jobs(EVERY)  # imports every rule module, compiles the patterns
    for job in warm:
        run_rules(job, run, None, [])
    if args.searches:
        import json

        print(json.dumps(_replay_searches(jobs, forget, run_rules)))
        return 0
    best: dict[str, float] = {}
    parses: dict[str, tuple[float, float]] = {}
    counts: dict[str, int] = {}
    for _ in range(args.runs):
        for name, select in (("core", CORE), ("every", EVERY)):
            js, run = jobs(select)
            forget()
            parse_time[0], parse_time[1] = 0.0, 0
            start = time.perf_counter()
            n = sum(len(run_rules(job, run, None, [])) for job in js)
            took = time.perf_counter() - start
            if took < best.get(name, 1e9):
                best[name] = took
                parses[name] = (parse_time[0], parse_time[1])
            counts[name] = n
    searches = replayed
    regex_cache.save()
    size = sum(f.stat().st_size for f in files) / 1024
    extra = best["every"] - best["core"]
    extra_parse = parses["every"][0] - parses["core"][0]
    extra_search = searches["every"] - searches["core"]
    ms = 1000
    rows = [
        ("files", f"{len(files)} ({size:.0f} KB)"),
        ("rule phase, core rules", f"{best['core'] * ms:.0f} ms ({counts['core']} findings)"),
        ("rule phase, every offline rule",
         f"{best['every'] * ms:.0f} ms ({counts['every']} findings)"),
        ("the portability rules' extra time", f"{extra * ms:.0f} ms "
         f"({extra * ms / size:.2f} ms per KB of Dockerfile)"),
        ("of which: text pre-filters (regex searches)",
         f"{extra_search * ms:.0f} ms ({extra_search / extra:.0%})"),
        ("of which: shell parses only they ask for",
         f"{extra_parse * ms:.0f} ms ({extra_parse / extra:.0%}; "
         f"{parses['every'][1] - parses['core'][1]:.0f} scripts)"),
        ("of which: the rules' own reading", f"{(extra - extra_search - extra_parse) * ms:.0f}"
         f" ms ({(extra - extra_search - extra_parse) / extra:.0%})"),
    ]
    print("| measurement | fastest of the runs |")
    print("|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")
    return 0


def _replay_searches(jobs: Any, forget: Any, run_rules: Any) -> dict[str, float]:
    """The pre-filters: one run's searches recorded, then replayed alone (fastest of 3)."""
    searches: dict[str, float] = {}
    for name, select in (("core", CORE), ("every", EVERY)):
        js, run = jobs(select)
        forget()
        _SEARCHES.clear()
        _RECORD[0] = True
        for job in js:
            run_rules(job, run, None, [])
        _RECORD[0] = False
        replay = 1e9
        for _ in range(3):
            start = time.perf_counter()
            for pattern, call in _SEARCHES:
                pattern.search(*call)
            replay = min(replay, time.perf_counter() - start)
        searches[name] = replay
    return searches


if __name__ == "__main__":
    sys.exit(main())

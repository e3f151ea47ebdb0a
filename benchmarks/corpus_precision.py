"""Precision and recall of the portability rules (AL2xx, AL3xx, AL4xx) on the labelled corpus.

Every file of ``tests/corpus/portability/`` carries its labels in header comments::

    # corpus: modelled-on=<public project and file>
    # corpus: expect=AL204@5,AL301@9      (every AL2xx/AL3xx/AL4xx finding, as rule@line)
    # corpus: platforms=linux/amd64,linux/arm64   (optional; default: archlint's default)

A finding counts on (file, rule, line). Run ``python benchmarks/corpus_precision.py`` to print
the markdown table that the README shows; ``--write`` also stores it under
``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "portability"
RESULTS = ROOT / "benchmarks" / "results"
LABEL = re.compile(r"^#\s*corpus:\s*(?P<key>[a-z-]+)\s*=\s*(?P<value>.*?)\s*$")
FAMILIES = ("AL2", "AL3", "AL4")


@dataclass(slots=True)
class CorpusFile:
    path: Path
    text: str
    expected: set[tuple[str, int]]
    platforms: list[str] | None
    modelled_on: str


@dataclass(slots=True)
class RuleScore:
    rule: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fps: list[str] = field(default_factory=list)
    fns: list[str] = field(default_factory=list)

    @property
    def labelled(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def read_corpus(directory: Path = CORPUS) -> list[CorpusFile]:
    out: list[CorpusFile] = []
    for path in sorted(directory.glob("*.Dockerfile")):
        text = path.read_text(encoding="utf-8")
        labels: dict[str, str] = {}
        for line in text.splitlines():
            m = LABEL.match(line.strip())
            if m:
                labels[m.group("key")] = m.group("value")
        if "expect" not in labels:
            raise ValueError(f"{path.name}: no '# corpus: expect=' label")
        expected: set[tuple[str, int]] = set()
        for item in filter(None, (x.strip() for x in labels["expect"].split(","))):
            rule, _, line = item.partition("@")
            if not re.fullmatch(r"AL\d{3}", rule) or not line.isdigit():
                raise ValueError(f"{path.name}: bad label {item!r}")
            expected.add((rule, int(line)))
        plats = labels.get("platforms")
        out.append(CorpusFile(path, text, expected,
                              [p.strip() for p in plats.split(",")] if plats else None,
                              labels.get("modelled-on", "")))
    return out


def portability_rules() -> list[str]:
    """Ids of the AL2xx/AL3xx/AL4xx rules whose check can be loaded here."""
    from archlint.catalog import load_catalog

    ids = []
    for rule in load_catalog():
        if not rule.id.startswith(FAMILIES) or not rule.check or rule.needs_registry:
            continue
        try:
            rule.load_check()
        except Exception:  # a rule still being written must not stop the measurement
            continue
        ids.append(rule.id)
    return ids


def measure(files: Iterable[CorpusFile], rules: list[str] | None = None
            ) -> tuple[dict[str, RuleScore], float, int]:
    """Scores per rule, seconds spent linting, files linted."""
    from archlint.engine import lint_text

    rules = portability_rules() if rules is None else rules
    scores = {r: RuleScore(r) for r in rules}
    from archlint.catalog import load_catalog

    severities = {r.id: r.severity.value for r in load_catalog()}
    elapsed = 0.0
    count = 0
    for cf in files:
        start = time.perf_counter()
        findings = lint_text(cf.text, path=cf.path.name, platforms=cf.platforms, select=rules)
        elapsed += time.perf_counter() - start
        count += 1
        # A note a rule downgrades to info below its own severity (AL401 with
        # -XX:+IgnoreUnrecognizedVMOptions: "not a finding, say so as info") is not a detection.
        got = {(f.rule, f.line) for f in findings
               if f.rule in scores and not (f.severity.value == "info"
                                            and severities.get(f.rule, "info") != "info")}
        expected = {e for e in cf.expected if e[0] in scores}
        for rule, _line in got & expected:
            scores[rule].tp += 1
        for rule, line in got - expected:
            scores[rule].fp += 1
            scores[rule].fps.append(f"{cf.path.name}:{line}")
        for rule, line in expected - got:
            scores[rule].fn += 1
            scores[rule].fns.append(f"{cf.path.name}:{line}")
    return scores, elapsed, count


def markdown(scores: dict[str, RuleScore], files: int, clean: int, elapsed: float) -> str:
    lines = [
        f"Corpus: {files} labelled Dockerfiles ({clean} with no expected finding), "
        f"linted in {elapsed:.2f} s.",
        "",
        "| rule | labelled | true pos. | false pos. | false neg. | precision | recall |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for rule in sorted(scores):
        s = scores[rule]
        lines.append(f"| {rule} | {s.labelled} | {s.tp} | {s.fp} | {s.fn} | "
                     f"{s.precision:.2f} | {s.recall:.2f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="also write benchmarks/results/")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses")
    ap.add_argument("--index", action="store_true",
                    help="print the corpus index (file, modelled on, expected) and exit")
    ap.add_argument("--corpus", default=str(CORPUS),
                    help="labelled folder (default tests/corpus/portability; the blind "
                         "held-out set is tests/corpus/heldout)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    files = read_corpus(Path(args.corpus))
    if args.index:
        print("| file | modelled on | expected |")
        print("|---|---|---|")
        for cf in files:
            exp = ", ".join(f"{r}@{n}" for r, n in sorted(cf.expected)) or "clean"
            print(f"| {cf.path.name} | {cf.modelled_on} | {exp} |")
        return 0
    scores, elapsed, count = measure(files)
    table = markdown(scores, count, sum(1 for f in files if not f.expected), elapsed)
    print(table, end="")
    if args.verbose:
        for s in scores.values():
            for x in s.fps:
                print(f"FP {s.rule} {x}")
            for x in s.fns:
                print(f"FN {s.rule} {x}")
    if args.write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "corpus_precision.md").write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # piped into head
        raise SystemExit(0) from None

"""Precision and recall of AL209, AL301-AL304 and AL401-AL403 on the labelled corpus
(``tests/corpus/portability``: base-*, artifacts-*, runtime-* files, labels in the header)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from archlint.engine import lint_text

CORPUS = Path(__file__).parent / "corpus" / "portability"
RULES = ["AL209", "AL301", "AL302", "AL303", "AL304", "AL401", "AL402", "AL403"]
PREFIXES = ("base-", "artifacts-", "runtime-")


def labelled(path: Path) -> tuple[str, set[tuple[str, int]], list[str] | None]:
    text = path.read_text(encoding="utf-8")
    expect: set[tuple[str, int]] = set()
    m = re.search(r"^# corpus: expect=(.*)$", text, re.M)
    if m and m.group(1).strip():
        for item in m.group(1).split(","):
            rule, _, line = item.strip().partition("@")
            expect.add((rule, int(line)))
    pm = re.search(r"^# corpus: platforms=(.*)$", text, re.M)
    return text, expect, (pm.group(1).split(",") if pm else None)


def files() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*.Dockerfile") if p.name.startswith(PREFIXES))


def test_corpus_size_and_balance():
    fs = files()
    assert len(fs) >= 90
    good = [p for p in fs if not {r for r, _ in labelled(p)[1]} & set(RULES)]
    assert len(good) * 3 >= len(fs), "at least a third must be correct multi-arch files"
    for p in fs:
        assert "# corpus: modelled-on=" in p.read_text(encoding="utf-8"), p.name


def test_precision_and_recall_per_rule():
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    misses: list[str] = []
    for path in files():
        text, expect, plats = labelled(path)
        expect = {e for e in expect if e[0] in RULES}
        got = {
            (f.rule, f.line)
            for f in lint_text(text, path=path.name, platforms=plats, select=RULES)
            if f.rule in RULES and f.severity.value != "info"
        }
        for e in got & expect:
            tp[e[0]] += 1
        for e in got - expect:
            fp[e[0]] += 1
            misses.append(f"false positive {e} in {path.name}")
        for e in expect - got:
            fn[e[0]] += 1
            misses.append(f"missed {e} in {path.name}")
    for rule in RULES:
        cases = tp[rule] + fn[rule]
        if cases < 5:
            continue
        precision = tp[rule] / (tp[rule] + fp[rule]) if tp[rule] + fp[rule] else 1.0
        recall = tp[rule] / cases
        assert precision >= 0.95, (rule, precision, misses)
        assert recall >= 0.9, (rule, recall, misses)


@pytest.mark.parametrize("path", files(), ids=lambda p: p.name)
def test_corpus_file_parses(path: Path):
    text, _, plats = labelled(path)
    parse_errors = [f for f in lint_text(text, platforms=plats, select=["AL001"])
                    if f.rule == "AL001"]
    assert parse_errors == []


def test_rules_never_raise_on_mangled_files(monkeypatch: pytest.MonkeyPatch):
    """Truncated, shuffled and spliced corpus files: the checks may find nothing, but must
    not raise (ARCHLINT_DEBUG makes the engine re-raise a rule's exception)."""
    import contextlib
    import random

    from archlint.engine import UsageError

    monkeypatch.setenv("ARCHLINT_DEBUG", "1")
    rng = random.Random(20261128)
    texts = [p.read_text(encoding="utf-8") for p in files()]
    inserts = ["RUN case $x in", "ENV A=${B:-", "ADD http://x/amd64", "COPY $", 'RUN "open',
               "FROM ${ARCH}/", "ARG ARCH=amd64", "RUN sh -c 'curl http://x/amd64", "ENV X="]
    for _ in range(300):
        lines = rng.choice(texts).split("\n")
        kind = rng.randrange(4)
        if kind == 0 and lines:
            del lines[rng.randrange(len(lines))]
        elif kind == 1 and lines:
            j = rng.randrange(len(lines))
            lines[j] = lines[j][: rng.randrange(len(lines[j]) + 1)]
        elif kind == 2:
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(inserts))
        else:
            rng.shuffle(lines)
        text = "\n".join(line for line in lines if not line.startswith("# archlint:"))
        with contextlib.suppress(UsageError):  # a mangled platforms pragma: not a rule's bug
            lint_text(text, select=RULES,
                      platforms=rng.choice([None, ["linux/arm/v7", "linux/386", "linux/s390x"]]))

"""Precision and recall of the portability rules on the labelled corpus (issue 3, measured).

The labels live in each corpus file's header (``# corpus: expect=AL204@5``); the table is
printed and written to ``benchmarks/results/corpus_precision.md``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("corpus_precision",
                                               ROOT / "benchmarks" / "corpus_precision.py")
assert _spec is not None and _spec.loader is not None
cp = importlib.util.module_from_spec(_spec)
sys.modules["corpus_precision"] = cp  # dataclasses look their module up while decorating
_spec.loader.exec_module(cp)

MIN_CASES = 5


@pytest.fixture(scope="module")
def corpus():  # type: ignore[no-untyped-def]
    return cp.read_corpus()


@pytest.fixture(scope="module")
def measured(corpus):  # type: ignore[no-untyped-def]
    scores, elapsed, count = cp.measure(corpus)
    table = cp.markdown(scores, count, sum(1 for f in corpus if not f.expected), elapsed)
    cp.RESULTS.mkdir(parents=True, exist_ok=True)
    (cp.RESULTS / "corpus_precision.md").write_text(table, encoding="utf-8")
    print("\n" + table)
    return scores


def test_corpus_is_labelled(corpus) -> None:  # type: ignore[no-untyped-def]
    names = [f.path.name for f in corpus]
    mine = [f for f in corpus if f.path.name.startswith("toolchain-")]
    assert len(mine) >= 60, len(mine)
    clean = [f for f in mine if not any(r.startswith(("AL204", "AL205", "AL206", "AL207",
                                                      "AL208")) for r, _ in f.expected)]
    assert len(clean) * 3 >= len(mine), "at least a third must be correct multi-arch files"
    for f in corpus:
        assert f.modelled_on, f"{f.path.name}: say which public project it is modelled on"
        lines = f.text.splitlines()
        for _rule, line in f.expected:
            assert 1 <= line <= len(lines), f"{f.path.name}: label line {line} out of range"
    assert len(set(names)) == len(names)


def test_precision_and_recall_per_rule(measured) -> None:  # type: ignore[no-untyped-def]
    weak = []
    for rule, s in sorted(measured.items()):
        if s.labelled < MIN_CASES:
            continue
        if s.precision < 0.95 or s.recall < 0.9:
            weak.append(f"{rule}: precision {s.precision:.2f} recall {s.recall:.2f} "
                        f"FP {s.fps[:5]} FN {s.fns[:5]}")
    assert not weak, "\n".join(weak)


def test_toolchain_rules_have_enough_cases(measured) -> None:  # type: ignore[no-untyped-def]
    for rule in ("AL204", "AL205", "AL206", "AL207", "AL208"):
        assert rule in measured
        assert measured[rule].labelled >= MIN_CASES, (rule, measured[rule].labelled)

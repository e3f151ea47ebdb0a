"""The rule catalog is well formed: one file per rule, ids/names unique, docs complete."""

from __future__ import annotations

import re
from pathlib import Path

from archlint.catalog import RULE_ID, RULE_NAME, load_catalog, rules_dir

CATALOG = load_catalog()


def test_one_file_per_rule_named_by_id() -> None:
    for rule in CATALOG:
        assert Path(rule.path).name == f"{rule.id}.toml"


def test_ids_and_names_unique_and_well_formed() -> None:
    ids = [r.id for r in CATALOG]
    names = [r.name for r in CATALOG]
    assert len(ids) == len(set(ids))
    assert len(names) == len(set(names))
    for r in CATALOG:
        assert RULE_ID.match(r.id), r.id
        assert RULE_NAME.match(r.name), r.name


def test_every_rule_documented_with_bad_and_good_examples() -> None:
    for r in CATALOG:
        assert r.summary and r.why and r.fix, r.id
        kinds = {e.kind for e in r.examples}
        assert {"bad", "good"} <= kinds, f"{r.id} needs a bad and a good example"
        for e in r.examples:
            assert e.kind in ("bad", "good"), r.id
            if e.kind == "bad":
                assert e.lines, f"{r.id}: a bad example must name its lines"


def test_check_functions_import() -> None:
    for r in CATALOG:
        if r.check:
            assert callable(r.load_check()), r.id


def test_reserved_families() -> None:
    # AL001 parse-error; AL1xx images; AL2xx platform args; AL3xx artifacts; AL4xx flags/paths
    assert CATALOG.get("AL001").name == "parse-error"
    for r in CATALOG:
        assert re.match(r"AL[0-5]\d\d$", r.id)


def test_lookup_by_id_or_name() -> None:
    assert CATALOG.get("al201") is CATALOG.get("constant-platform-flag")
    assert [r.id for r in CATALOG.resolve_selector("AL20")][:3] == ["AL201", "AL202", "AL203"]


def test_catalog_directory_is_the_source_tree() -> None:
    assert rules_dir().name in ("rules", "_rules")

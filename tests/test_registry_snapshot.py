"""The embedded official-images snapshot: compact, shipped in the package, faithful to the
source data (re-checked against /work/shared/data when it is present)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archlint.platforms import Platform
from archlint.registry import snapshot
from archlint.registry.build_snapshot import build

DATA = Path("/work/shared/data")
SNAPSHOT = Path(snapshot.__file__).parent / "data" / snapshot.DATA_FILE


def test_snapshot_is_compact_and_knows_the_classics() -> None:
    assert SNAPSHOT.stat().st_size < 300_000
    mysql = snapshot.lookup("mysql", "5.7")
    assert mysql and mysql.history and [str(p) for p in mysql.platforms] == ["linux/amd64"]
    temurin = snapshot.lookup("eclipse-temurin", "17-jdk-alpine")
    assert temurin and not temurin.history and len(temurin.platforms) == 1
    debian = snapshot.lookup("debian", "9.1")
    assert debian and Platform.parse("linux/arm64") in debian.platforms
    assert Platform.parse("linux/arm/v5") in debian.platforms
    python = snapshot.lookup("python", "3.14")
    assert python and any(p.os == "windows" for p in python.platforms)
    assert snapshot.lookup("debian", "no-such-tag") is None
    assert snapshot.lookup("no-such-image", "latest") is None
    stats = snapshot.stats()
    assert stats["current_tags"] > 9000 and stats["history_tags"] > 10000


@pytest.mark.skipif(not DATA.is_dir(), reason="source data not present")
def test_snapshot_matches_its_sources() -> None:
    import gzip

    rebuilt = build(DATA)
    shipped = json.loads(gzip.decompress(SNAPSHOT.read_bytes()))
    assert rebuilt == shipped, "regenerate: python -m archlint.registry.build_snapshot"
    current = json.loads((DATA / "official-images-platforms.json").read_text())
    mapping = current["arch_to_platform"]
    for image, tag in [("node", "lts"), ("mysql", "latest"), ("busybox", "latest")]:
        entry = snapshot.lookup(image, tag)
        assert entry is not None
        want = sorted(str(Platform.parse(mapping[a])) if mapping[a].startswith("linux")
                      else mapping[a] for a in current["images"][image][tag])
        assert sorted(str(p) for p in entry.platforms) == want

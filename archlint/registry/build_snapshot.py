"""Build ``archlint/registry/data/official-images.json.gz``, the offline snapshot.

Sources (read-only inputs, not shipped):
- ``official-images-platforms.json``: every tag of every Docker official image at
  docker-library/official-images commit 37079fb336f5 (2026-08-21), with its architectures;
- ``official-images-history.json``: tags no longer maintained (last declared architectures,
  from the git history of ``library/``), marked as history in the snapshot.

Both list what the library files *declare*, not what the registry returned; findings that
rely on the snapshot say so. Usage::

    python -m archlint.registry.build_snapshot /work/shared/data archlint/registry/data

Encoding: architectures as a bit mask over ``ARCHES``; per image a map mask -> tags joined
by spaces; gzip'd JSON (a few hundred KB).
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ARCHES = (
    "amd64", "arm32v5", "arm32v6", "arm32v7", "arm64v8", "i386", "mips64le", "ppc64le",
    "riscv64", "s390x", "windows-amd64",
)
OUTPUT_NAME = "official-images.json.gz"


def _mask(arches: list[str]) -> int:
    m = 0
    for a in arches:
        if a in ARCHES:
            m |= 1 << ARCHES.index(a)
    return m


def _group(tags: dict[str, int]) -> dict[str, str]:
    groups: dict[int, list[str]] = {}
    for tag, mask in tags.items():
        groups.setdefault(mask, []).append(tag)
    return {format(mask, "x"): " ".join(names) for mask, names in sorted(groups.items())}


def build(data_dir: Path) -> dict[str, object]:
    cur = json.loads((data_dir / "official-images-platforms.json").read_text())
    hist = json.loads((data_dir / "official-images-history.json").read_text())
    current: dict[str, dict[str, str]] = {}
    for image, tags in cur["images"].items():
        current[image] = _group({t: _mask(a) for t, a in tags.items()})
    history: dict[str, dict[str, str]] = {}
    for image, tags in hist["images"].items():
        known = cur["images"].get(image, {})
        old = {t: _mask(v["architectures"]) for t, v in tags.items() if t not in known}
        if old:
            history[image] = _group(old)
    return {
        "source": cur["source"],
        "history_source": hist["source"],
        "commit_date": cur["commit_date"],
        "arches": list(ARCHES),
        "arch_to_platform": cur["arch_to_platform"],
        "current": current,
        "history": history,
    }


def main(argv: list[str]) -> int:
    data_dir = Path(argv[1]) if len(argv) > 1 else Path("/work/shared/data")
    out_dir = Path(argv[2]) if len(argv) > 2 else Path(__file__).parent / "data"
    payload = json.dumps(build(data_dir), separators=(",", ":"), sort_keys=True).encode()
    out = out_dir / OUTPUT_NAME
    out.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"{out}: {out.stat().st_size} bytes ({len(payload)} uncompressed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

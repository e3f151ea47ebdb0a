"""Seed once, copy many times.

Seeding pushes ~1,500 requests through the registry (a few seconds on 2 cores). The pushed
content is deterministic (canonical JSON, gzip with mtime 0), so the resulting storage
directory and digests only change when the seeding code changes. ``seeded_template``
seeds into a cache directory keyed by a hash of that code, under a file lock (pytest-xdist
workers and parallel runs share it), and every session then copies the template storage
into its own temp directory. The first seeding still goes through the real push API.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import shutil
from dataclasses import asdict
from pathlib import Path
from typing import Any

from registry_support.images import Platform, RegistryPusher, SeededImage, SeededManifest
from registry_support.process import RegistryProcess, registry_binary
from registry_support.seed import default_plan, seed

_HERE = Path(__file__).resolve().parent
_KEY_SOURCES = ("images.py", "seed.py", "process.py", "seed_cache.py")


def cache_key() -> str:
    digest = hashlib.sha256()
    binary = registry_binary()
    if binary:  # another registry build may lay out its storage differently
        stat = Path(binary).stat()
        digest.update(f"{binary}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    for name in _KEY_SOURCES:
        digest.update((_HERE / name).read_bytes())
    return digest.hexdigest()[:16]


def image_to_json(image: SeededImage) -> dict[str, Any]:
    return asdict(image)


def image_from_json(data: dict[str, Any]) -> SeededImage:
    manifests = [
        SeededManifest(
            platform=Platform(**m["platform"]), digest=m["digest"], media_type=m["media_type"],
            size=m["size"], config_digest=m["config_digest"],
            config_platform=Platform(**m["config_platform"]),
        )
        for m in data["manifests"]
    ]
    return SeededImage(
        repository=data["repository"], tag=data["tag"], digest=data["digest"],
        media_type=data["media_type"], kind=data["kind"], manifests=manifests,
        attestation_digests=list(data["attestation_digests"]), note=data["note"],
    )


def seeded_template(cache_root: Path) -> tuple[Path, dict[str, SeededImage]]:
    """Return (template storage dir, seeded images), seeding it first if needed."""
    cache_root.mkdir(parents=True, exist_ok=True)
    key = cache_key()
    entry = cache_root / key
    index_file = entry / "seeded.json"
    with open(cache_root / f"{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not index_file.exists():
            shutil.rmtree(entry, ignore_errors=True)
            work = cache_root / f"{key}.partial"
            shutil.rmtree(work, ignore_errors=True)
            process = RegistryProcess(storage=work / "storage", workdir=work, name="seed")
            process.start()
            pusher = RegistryPusher(process.url)
            try:
                seeded = seed(pusher, default_plan())
            finally:
                pusher.close()
                process.stop()
            (work / "seeded.json").write_text(
                json.dumps([image_to_json(i) for i in seeded.values()], indent=1))
            work.rename(entry)  # atomic: a half-seeded template is never used
    images = [image_from_json(d) for d in json.loads(index_file.read_text())]
    return entry / "storage", {i.ref: i for i in images}


def copy_storage(template: Path, target: Path) -> Path:
    """Copy a template storage directory (the registry then owns the copy)."""
    shutil.copytree(template, target, dirs_exist_ok=True)
    return target

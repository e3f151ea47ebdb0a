"""``archlint cache info`` and ``archlint cache clear``: the registry answer cache."""

from __future__ import annotations

import json
import sys


def cache_info(output_format: str = "text") -> int:
    from archlint.registry.cache import Cache, resolve_cache_dir

    cache = Cache(resolve_cache_dir(None))
    try:
        info = cache.info()
    finally:
        cache.close()
    if output_format == "json":
        sys.stdout.write(json.dumps(info, indent=2) + "\n")
        return 0
    if output_format != "text":
        sys.stderr.write(f"archlint: unknown format {output_format!r}: text or json\n")
        return 2
    lines = [f"cache: {info['path']}"]
    if "error" in info:
        lines.append(f"  not usable: {info['error']}")
    else:
        lines.append(f"  tags:      {info.get('tags', 0)} (tag -> digest, HEAD after the TTL)")
        lines.append(f"  documents: {info.get('documents', 0)} manifests and configs "
                     f"({info.get('content_bytes', 0)} bytes, never expire)")
        lines.append(f"  on disk:   {info.get('file_bytes', 0)} bytes")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def cache_clear() -> int:
    from archlint.registry.cache import Cache, resolve_cache_dir

    cache = Cache(resolve_cache_dir(None))
    try:
        if cache.disabled_reason:
            sys.stderr.write(f"archlint: {cache.disabled_reason}\n")
            return 1
        removed = cache.clear()
    finally:
        cache.close()
    sys.stdout.write(f"cache cleared: {removed} entries removed ({cache.path})\n")
    return 0

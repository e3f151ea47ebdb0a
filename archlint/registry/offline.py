"""Answers without the network: the cache and the embedded official-images snapshot.

Used by ``--offline`` runs (which must not even import httpx) and by the client as its
fallback when a registry is unreachable.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from archlint.platforms import Platform
from archlint.registry import snapshot
from archlint.registry.model import NOT_CHECKED, OK, SOURCE_CACHE, SOURCE_SNAPSHOT, Resolution
from archlint.registry.reference import ImageRef

if TYPE_CHECKING:
    from archlint.registry import manifest as mf
    from archlint.registry.cache import Cache

MAX_NESTING = 2


class NotCached(Exception):
    """A document needed for the answer is not in the cache."""


def cached_platforms(cache: Cache, digest: str, depth: int = 0) -> tuple[mf.Document,
                                                                        list[Platform]]:
    """The document stored under ``digest`` and its platforms, from the cache only."""
    hit = cache.get_content(digest)
    if not hit:
        raise NotCached()
    from archlint.registry import manifest as mf  # only for cache hits (not on start-up)

    try:
        doc = mf.decode(hit[0], hit[1], digest)
    except mf.ManifestError:
        raise NotCached() from None
    if doc.kind == "manifest":
        cfg = cache.get_content(doc.config_digest) if doc.config_digest else None
        if not cfg:
            raise NotCached()
        try:
            return doc, [mf.config_platform(cfg[0])]
        except mf.ManifestError:
            raise NotCached() from None
    plats: list[Platform] = []
    for entry in doc.entries:
        if entry.platform is not None:
            plats.append(entry.platform)
        else:
            plats.extend(cached_platforms(cache, entry.digest, depth + 1)[1])
    if depth < MAX_NESTING:
        for child in doc.children:
            plats.extend(cached_platforms(cache, child, depth + 1)[1])
    return doc, plats


def from_cache(cache: Cache | None, ref: ImageRef, *, tag_ttl: float,
               stale_ok: bool) -> Resolution | None:
    if cache is None:
        return None
    digest = ref.digest
    if digest is None:
        entry = cache.get_tag(ref.key)
        if entry is None:
            return None
        if not stale_ok and time.time() - entry.checked_at > tag_ttl:
            return None
        digest = entry.digest
    try:
        doc, plats = cached_platforms(cache, digest)
    except NotCached:
        return None
    return Resolution(str(ref), OK, kind=doc.kind, digest=digest, media_type=doc.media_type,
                      platforms=plats, source=SOURCE_CACHE)


def from_snapshot(ref: ImageRef) -> Resolution | None:
    name = ref.official_image
    if not name or ref.digest or not ref.tag:
        return None
    entry = snapshot.lookup(name, ref.tag)
    if entry is None:
        return None
    return Resolution(str(ref), OK, kind="index", platforms=list(entry.platforms),
                      source=SOURCE_SNAPSHOT, declared=True, history=entry.history)


def offline_miss(ref: ImageRef) -> Resolution:
    return from_snapshot(ref) or Resolution(
        str(ref), NOT_CHECKED, reason="offline: neither the cache nor the snapshot knows it")


def resolve_offline(ref: ImageRef, cache: Cache | None, tag_ttl: float) -> Resolution:
    """``--offline``: the cache (even past the TTL), then the snapshot, else not checked."""
    return from_cache(cache, ref, tag_ttl=tag_ttl, stale_ok=True) or offline_miss(ref)

"""Registry resolution: the only package that talks HTTP (and the only one importing httpx).

CONTRACT with the engine (``archlint.engine`` imports this lazily, only when a selected
rule has ``needs_registry = true``):

    resolve_run(files: list[Dockerfile], per_file_platforms: dict[str, list[Platform]],
                options: RunOptions) -> RunResolution

``RunResolution.for_file(path)`` is what ``CheckContext.images`` holds for that file (the
AL1xx checks in ``archlint.checks.base_images`` read it); ``RunResolution.summary()`` is a
JSON-able dict the reporters add under ``summary["images"]`` (checked, not checked offline,
sources, request counts). All look-ups of a run are de-duplicated and run concurrently.
"""

from __future__ import annotations

from dataclasses import field
from typing import TYPE_CHECKING, Any

from archlint.records import record

if TYPE_CHECKING:  # the engine imports this package lazily; keep it light
    from archlint.dockerfile.model import Dockerfile
    from archlint.options import RegistryOptions, RunOptions
    from archlint.platforms import Platform
    from archlint.registry.model import FileImages, Resolution

__all__ = ["RunResolution", "resolve_refs", "resolve_run"]


@record()
class RunResolution:
    """Every look-up of one run; ``for_file`` gives a file's uses for ``CheckContext.images``."""

    files: dict[str, FileImages] = field(default_factory=dict)
    resolutions: dict[str, Resolution] = field(default_factory=dict)  # canonical ref -> answer
    requests: dict[str, int] = field(default_factory=dict)
    offline: bool = False
    cache_path: str | None = None
    cache_error: str | None = None
    seconds: float = 0.0

    def for_file(self, path: str) -> FileImages | None:
        return self.files.get(path)

    def summary(self) -> dict[str, Any]:
        from collections import Counter

        status = Counter(r.status for r in self.resolutions.values())
        sources = Counter(r.source for r in self.resolutions.values() if r.ok)
        out: dict[str, Any] = {
            "references": len(self.resolutions),
            "checked": status.get("ok", 0) + status.get("not_found", 0),
            "not_found": status.get("not_found", 0),
            "unresolved": status.get("unresolved", 0),
            "not_checked_offline": status.get("not_checked", 0),
            "sources": dict(sorted(sources.items())),
            "requests": {k: self.requests.get(k, 0) for k in ("tokens", "heads", "gets", "blobs")},
            "offline": self.offline,
            "seconds": round(self.seconds, 3),
        }
        out["line"] = _summary_line(out)
        per_image = {ref: dict(r.requests) for ref, r in sorted(self.resolutions.items())
                     if r.requests}
        if per_image:
            out["requests_per_image"] = per_image
        if self.cache_error:
            out["cache_error"] = self.cache_error
        return out


def _summary_line(s: dict[str, Any]) -> str:
    """``Images: 5 checked (3 registry, 2 cache), 1 not checked offline; 2 requests.``"""
    if not s["references"]:
        return ""
    sources = ", ".join(f"{n} {src}" for src, n in s["sources"].items())
    parts = [f"{s['checked']} checked" + (f" ({sources})" if sources else "")]
    if s["unresolved"]:
        parts.append(f"{s['unresolved']} unresolved")
    if s["not_checked_offline"]:
        parts.append(f"{s['not_checked_offline']} not checked offline")
    total = sum(s["requests"].values())
    return (f"Images: {', '.join(parts)}; {total} registry request"
            f"{'s' if total != 1 else ''}.")


def _open_cache(options: RegistryOptions) -> Any:
    from archlint.registry.cache import Cache, resolve_cache_dir

    return Cache(resolve_cache_dir(options.cache_dir))


def resolve_refs(refs: list[Any], options: RegistryOptions,
                 cache: Any = None) -> tuple[dict[str, Resolution], dict[str, int]]:
    """Resolve distinct :class:`ImageRef` values concurrently; returns answers by key and the
    request counts. Runs its own event loop (callers are synchronous)."""
    if options.offline:  # no network, no httpx, no event loop
        from archlint.registry.offline import resolve_offline

        unique_refs = list({r.key: r for r in refs}.values())
        return ({r.key: resolve_offline(r, cache, options.tag_ttl) for r in unique_refs},
                {"tokens": 0, "heads": 0, "gets": 0, "blobs": 0})

    from archlint.registry.offline import from_cache

    # Answers the cache can give without a request (digests; tags within their TTL) never
    # reach the network code: a warm run imports no httpx and starts no event loop.
    known: dict[str, Resolution] = {}
    pending = []
    for ref in {r.key: r for r in refs}.values():  # each reference looked up once
        hit = None
        if ref.digest or not options.refresh:
            hit = from_cache(cache, ref, tag_ttl=options.tag_ttl, stale_ok=False)
        if hit is not None:
            known[ref.key] = hit
        else:
            pending.append(ref)
    if not pending:
        return known, {"tokens": 0, "heads": 0, "gets": 0, "blobs": 0}

    import asyncio

    from archlint.registry.client import RegistryClient

    async def main() -> tuple[dict[str, Resolution], dict[str, int]]:
        client = RegistryClient(options, cache)
        client.expect(pending)
        try:
            answers = await asyncio.gather(*(client.resolve(r) for r in pending))
        finally:
            await client.aclose()
        known.update({r.key: a for r, a in zip(pending, answers, strict=True)})
        return known, dict(client.counters.total)

    return asyncio.run(main())


def resolve_run(files: list[Dockerfile], per_file_platforms: dict[str, list[Platform]],
                options: RunOptions) -> RunResolution:
    """Plan every file's image uses, resolve the distinct references once, attach answers."""
    import time

    from archlint.registry.model import FileImages
    from archlint.registry.plan import plan_file
    from archlint.registry.reference import parse_reference

    start = time.monotonic()
    reg = options.registry
    run = RunResolution(offline=reg.offline)
    wanted: dict[str, Any] = {}
    for df in files:
        plats = per_file_platforms.get(df.path) or options.platforms
        uses = plan_file(df, plats, dict(options.build_args), options.target,
                         options.build_platform)
        run.files[df.path] = FileImages(df.path, uses, offline=reg.offline)
        for use in uses:
            if use.ref and use.needed:
                ref = parse_reference(use.ref)
                wanted.setdefault(ref.key, ref)
    if wanted:
        cache = _open_cache(reg)
        run.cache_path = str(cache.path)
        run.cache_error = cache.disabled_reason
        try:
            answers, run.requests = resolve_refs(list(wanted.values()), reg, cache)
        finally:
            cache.close()
        for key, ref in wanted.items():
            run.resolutions[str(ref)] = answers[key]
        for fi in run.files.values():
            for use in fi.uses:
                if use.ref and use.needed:
                    use.resolution = run.resolutions.get(use.ref)
    run.seconds = time.monotonic() - start
    return run

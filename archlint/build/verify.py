"""``archlint verify IMAGE``: is a pushed tag the multi-platform image it claims to be?

Checks, against the registry (never the cache: the tag was just pushed):

1. the tag is an index (OCI image index or Docker manifest list), not a single manifest;
2. it has an entry for every requested platform (containerd's matching without the
   cross-architecture fallbacks, :func:`archlint.platforms.match_compatible`: an arm/v7
   request is served by an arm/v6 entry, an arm64 request never by 32-bit arm);
3. each image entry's config declares the os/architecture/variant of its index entry. A
   hand-assembled ``docker manifest create … :amd64 … :arm64-v8`` with a wrong tag puts an
   amd64 image under the arm64 entry: every arm64 host then pulls an amd64 image.

Attestation entries (``unknown/unknown``) are ignored. A config without a ``variant``
is compared on os and architecture only (many images omit it). Results: ``ok`` (exit 0),
problems (exit 1), or ``error`` when the registry could not be asked (exit 2).

HTTP goes through the registry client of :mod:`archlint.registry` (authentication,
retries, limits, digest verification); this module imports it lazily.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import field
from typing import Any

from archlint.options import RegistryOptions
from archlint.platforms import Platform, match_compatible, normalize_arch
from archlint.records import record


@record(slots=True)
class EntryReport:
    digest: str
    platform: Platform | None  # as the index entry declares it
    config: dict[str, str] | None = None  # os, architecture, variant from the image config
    problem: str | None = None

    @property
    def config_text(self) -> str:
        if not self.config:
            return "?"
        return "/".join(
            v for v in (self.config["os"], self.config["architecture"], self.config["variant"])
            if v
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "digest": self.digest,
            "platform": str(self.platform) if self.platform else None,
            "config_platform": self.config_text if self.config else None,
            "ok": self.problem is None,
            "problem": self.problem,
        }


@record(slots=True)
class Problem:
    code: str  # not-an-index, platform-missing, config-mismatch, duplicate-platform,
    #            no-platform, invalid-entry, not-found
    message: str
    platform: str | None = None
    digest: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code, "message": self.message, "platform": self.platform,
            "digest": self.digest,
        }


@record(slots=True)
class VerifyResult:
    image: str  # as given
    canonical: str = ""
    platforms: list[Platform] = field(default_factory=list)
    digest: str | None = None
    media_type: str | None = None
    kind: str | None = None  # index | manifest
    entries: list[EntryReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    error: str | None = None  # could not check at all

    @property
    def ok(self) -> bool:
        return self.error is None and not self.problems

    @property
    def exit_code(self) -> int:
        return 2 if self.error is not None else (1 if self.problems else 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "image": self.image,
            "reference": self.canonical or None,
            "platforms": [str(p) for p in self.platforms],
            "digest": self.digest,
            "media_type": self.media_type,
            "kind": self.kind,
            "entries": [e.to_json() for e in self.entries],
            "problems": [p.to_json() for p in self.problems],
            "error": self.error,
            "ok": self.ok,
        }


def config_platform_fields(body: bytes) -> dict[str, str]:
    """``os``, ``architecture``, ``variant`` exactly as an image config declares them."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ValueError("image config is not JSON") from None
    if not isinstance(data, dict):
        raise ValueError("image config is not a JSON object")
    return {
        "os": str(data.get("os") or "").lower(),
        "architecture": str(data.get("architecture") or "").lower(),
        "variant": str(data.get("variant") or "").lower(),
    }


def config_matches(entry: Platform, config: dict[str, str]) -> bool:
    """Does the config declare the entry's platform? (variant only when the config has one)"""
    if not config["os"] or not config["architecture"]:
        return False
    if config["os"] != entry.os:
        return False
    arch, variant = normalize_arch(config["architecture"], config["variant"])
    if arch != entry.architecture:
        return False
    if not config["variant"]:
        return True
    return variant == entry.variant


def judge(result: VerifyResult) -> None:
    """Fill ``result.problems`` from what was fetched (pure: the tests feed it directly)."""
    if result.kind == "manifest":
        entry = result.entries[0] if result.entries else None
        what = f" (an image of {entry.config_text})" if entry and entry.config else ""
        result.problems.append(
            Problem(
                "not-an-index",
                f"{result.image} is a single-platform manifest{what}, not an index: a "
                f"multi-platform build pushes an index with one entry per platform",
            )
        )
        return
    for e in result.entries:
        if e.platform is None:
            e.problem = "the index entry declares no platform: clients cannot select it"
            result.problems.append(Problem("no-platform", f"entry {e.digest}: {e.problem}",
                                           digest=e.digest))
        elif e.config is not None and not config_matches(e.platform, e.config):
            e.problem = (
                f"its image config declares {e.config_text or 'no platform'}, not {e.platform}"
            )
            result.problems.append(
                Problem(
                    "config-mismatch",
                    f"entry {e.platform} ({e.digest}): {e.problem}; {e.platform} hosts would "
                    f"pull a {e.config_text or 'wrong'} image (a wrong tag in a hand-made "
                    "manifest list?)",
                    platform=str(e.platform),
                    digest=e.digest,
                )
            )
    seen: dict[Platform, str] = {}
    for e in result.entries:
        if e.platform is None:
            continue
        if e.platform in seen:
            e.problem = e.problem or f"a second entry for {e.platform}"
            result.problems.append(
                Problem(
                    "duplicate-platform",
                    f"two entries for {e.platform} ({seen[e.platform]} and {e.digest}): "
                    "clients take the first, the second is never pulled",
                    platform=str(e.platform),
                    digest=e.digest,
                )
            )
        else:
            seen[e.platform] = e.digest
    available = [e.platform for e in result.entries if e.platform is not None]
    listed = ", ".join(str(p) for p in available) or "none"
    for p in result.platforms:
        if match_compatible(p, available) is None:
            result.problems.append(
                Problem(
                    "platform-missing",
                    f"no entry for {p} (the index has {listed})",
                    platform=str(p),
                )
            )


async def _fetch(result: VerifyResult, options: RegistryOptions) -> None:
    import asyncio
    import time

    from archlint.registry import manifest as mf
    from archlint.registry.client import Final, RegistryClient, Unreachable
    from archlint.registry.model import NOT_FOUND
    from archlint.registry.reference import ReferenceError, parse_reference

    try:
        ref = parse_reference(result.image)
    except ReferenceError as exc:
        result.error = str(exc)
        return
    result.canonical = str(ref)
    client = RegistryClient(options, cache=None)
    deadline = time.monotonic() + options.deadline
    key = ref.key

    async def entry_config(entry: EntryReport) -> None:
        # A definite answer about one entry (missing manifest or config blob, invalid
        # content) is that entry's problem; an unreachable registry stops the whole check.
        try:
            doc, _body, _src, _ep = await client.fetch_manifest(key, ref, entry.digest,
                                                               deadline)
            if doc.kind != "manifest" or not doc.config_digest:
                entry.problem = "the entry is not an image manifest"
                return
            blob = await client.fetch_blob(key, ref, doc.config_digest, deadline)
            entry.config = config_platform_fields(blob)
        except Final as exc:
            entry.problem = exc.reason
        except ValueError as exc:
            entry.problem = str(exc)

    try:
        doc, _body, _src, _ep = await client.fetch_manifest(key, ref, ref.reference, deadline)
        result.digest = doc.digest
        result.media_type = doc.media_type
        result.kind = doc.kind
        if doc.kind == "manifest":
            single = EntryReport(doc.digest, None)
            if doc.config_digest:
                blob = await client.fetch_blob(key, ref, doc.config_digest, deadline)
                single.config = config_platform_fields(blob)
            result.entries.append(single)
            return
        result.entries = [EntryReport(e.digest, e.platform) for e in doc.entries]
        for child in doc.children:  # nested indexes: their entries count too
            nested, _b, _s, _e = await client.fetch_manifest(key, ref, child, deadline)
            result.entries += [EntryReport(e.digest, e.platform) for e in nested.entries]
        await asyncio.gather(*(entry_config(e) for e in result.entries))
        for e in result.entries:
            if e.problem and e.config is None:
                result.problems.append(Problem("invalid-entry", f"entry {e.digest}: {e.problem}",
                                               digest=e.digest))
    except Final as exc:
        if exc.status == NOT_FOUND:
            result.problems.append(Problem("not-found", exc.reason))
            result.kind = None
        else:
            result.error = exc.reason
    except Unreachable as exc:
        result.error = f"registry unreachable: {exc}"
    except (mf.ManifestError, ValueError) as exc:
        result.error = f"invalid answer: {exc}"
    finally:
        await client.aclose()


def verify_image(
    image: str, platforms: Sequence[Platform], options: RegistryOptions | None = None
) -> VerifyResult:
    """Fetch and judge one image reference (blocking; runs its own event loop)."""
    import asyncio

    result = VerifyResult(image=image, platforms=list(platforms))
    opts = options or RegistryOptions()
    opts.offline = False
    asyncio.run(_fetch(result, opts))
    if result.error is None and not any(p.code == "not-found" for p in result.problems):
        judge(result)
    return result


def _short(digest: str | None) -> str:
    return (digest[:19] + "…") if digest and len(digest) > 19 else (digest or "?")


def render_text(results: Sequence[VerifyResult]) -> str:
    lines: list[str] = []
    for r in results:
        plats = ", ".join(str(p) for p in r.platforms)
        if r.error is not None:
            lines.append(f"{r.image}: could not verify: {r.error}")
            continue
        head = f"{r.image}"
        if r.kind:
            head += f" ({r.kind} {_short(r.digest)}, {len(r.entries)} "
            head += "entry" if len(r.entries) == 1 else "entries"
            head += ")"
        lines.append(f"{head} for {plats}:")
        if r.kind == "index":
            width = max((len(str(e.platform or "?")) for e in r.entries), default=0)
            for e in r.entries:
                status = "ok   " if e.problem is None else "error"
                lines.append(
                    f"  {status} {str(e.platform or '?').ljust(width)}  {_short(e.digest)}  "
                    f"config {e.config_text}"
                )
        for p in r.problems:
            lines.append(f"  error: {p.message}")
        lines.append(
            "  verified: every platform has an entry whose image config matches"
            if r.ok
            else f"  {len(r.problems)} problem{'s' if len(r.problems) != 1 else ''}"
        )
    return "\n".join(lines) + "\n"


def render_json(results: Sequence[VerifyResult]) -> str:
    body = {
        "images": [r.to_json() for r in results],
        "ok": all(r.ok for r in results),
    }
    return json.dumps(body, indent=2) + "\n"

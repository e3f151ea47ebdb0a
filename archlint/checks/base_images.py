"""AL101-AL105: base and source images checked against what the registry (or the cache, or
the offline snapshot) says they provide. Pure: everything comes from ``ctx.images``, a
:class:`archlint.registry.model.FileImages` built before the checks run.
"""

from __future__ import annotations

from collections.abc import Iterator

from archlint.checks.context import CheckContext
from archlint.findings import Finding
from archlint.platforms import Platform, format_platforms, match_compatible, match_only
from archlint.registry.model import NOT_FOUND, OK, UNRESOLVED, ImageUse, Resolution

_WHERE = {"from": "FROM", "copy-from": "COPY --from", "mount-from": "RUN --mount from"}


def _uses(ctx: CheckContext) -> Iterator[ImageUse]:
    images = ctx.images
    if images is None:
        return iter(())
    return iter(getattr(images, "uses", images))


def _name(use: ImageUse) -> str:
    return use.expanded or use.raw


def _source_note(res: Resolution) -> str:
    if res.source == "snapshot":
        what = "history of the official-images library files" if res.history else \
            "official-images snapshot"
        return f" (platforms as declared in the {what}; not checked against the registry)"
    if res.source == "cache":
        return " (from the cache)"
    return ""


def _missing(use: ImageUse, res: Resolution) -> list[tuple[Platform, Platform | None]]:
    """Needed platforms with no compatible image, with what buildx would take instead."""
    out = []
    for p in use.platforms:
        if match_compatible(p, res.platforms) is None:
            out.append((p, match_only(p, res.platforms)))
    return out


def platform_missing(ctx: CheckContext) -> Iterator[Finding]:
    """AL101: the image has no manifest for a platform the stage is built for."""
    for use in _uses(ctx):
        res = use.resolution
        if not use.needed or res is None or res.status != OK:
            continue
        if res.kind == "manifest" and use.digest_pinned:
            continue  # AL104 reports a digest pin of a single-platform manifest
        missing = _missing(use, res)
        if not missing:
            continue
        wanted = format_platforms([p for p, _ in missing])
        provides = res.platforms_text()
        if res.kind == "manifest":
            msg = (f"{_name(use)} is a single-platform image ({provides}); there is no "
                   f"{wanted} image, so the {wanted} build would run on it anyway (wrong "
                   f"architecture)")
        else:
            msg = f"{_name(use)} has no {wanted} image; it provides {provides}"
            fallbacks = [(p, fb) for p, fb in missing if fb is not None]
            if fallbacks:
                msg += "; buildx would silently take " + ", ".join(
                    f"{fb} for {p}" for p, fb in fallbacks)
        msg += _source_note(res)
        yield ctx.finding(use.span, msg, platforms=[p for p, _ in missing], source=res.source)


def image_not_found(ctx: CheckContext) -> Iterator[Finding]:
    """AL102: the repository or the tag does not exist."""
    for use in _uses(ctx):
        res = use.resolution
        if use.needed and res is not None and res.status == NOT_FOUND:
            yield ctx.finding(use.span, f"{_name(use)} not found: {res.reason}",
                              platforms=use.platforms, source=res.source)


def image_unresolved(ctx: CheckContext) -> Iterator[Finding]:
    """AL103: the reference could not be checked (unset variable, invalid, network...)."""
    for use in _uses(ctx):
        if not use.needed:
            continue
        if use.error:
            yield ctx.finding(use.span, f"{_WHERE.get(use.kind, use.kind)} image cannot be "
                              f"checked: {use.error}", platforms=use.platforms)
            continue
        res = use.resolution
        if res is not None and res.status == UNRESOLVED:
            yield ctx.finding(use.span, f"{_name(use)} could not be checked: {res.reason}",
                              platforms=use.platforms, source=res.source)


def digest_pins_one_platform(ctx: CheckContext) -> Iterator[Finding]:
    """AL104: ``@sha256:`` names one platform's manifest while other platforms are built."""
    for use in _uses(ctx):
        res = use.resolution
        if not (use.needed and use.digest_pinned and res is not None and res.status == OK
                and res.kind == "manifest"):
            continue
        other = [p for p in use.platforms if match_compatible(p, res.platforms) is None]
        if not other:
            continue
        own = res.platforms_text()
        yield ctx.finding(
            use.span,
            f"{_name(use)} pins the single-platform manifest of {own}; the "
            f"{format_platforms(other)} build would get that {own} image too. Pin the digest "
            "of the image index instead (docker buildx imagetools inspect shows it)",
            platforms=other, source=res.source,
        )


def single_platform_image(ctx: CheckContext) -> Iterator[Finding]:
    """AL105: the tag names a single manifest, not an index."""
    for use in _uses(ctx):
        res = use.resolution
        if not (use.needed and res is not None and res.status == OK
                and res.kind == "manifest" and not use.digest_pinned):
            continue
        yield ctx.finding(
            use.span,
            f"{_name(use)} is a single-platform image ({res.platforms_text()}), not a "
            "multi-platform index: it serves that platform only",
            platforms=use.platforms, source=res.source,
        )

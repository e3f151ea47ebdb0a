"""AL210 missing-platform-stage: a FROM that picks a stage by platform has no stage for one.

``FROM base-${TARGETARCH}`` with stages ``base-amd64`` and ``base-arm`` builds amd64 and
32-bit ARM; for linux/arm64 the name expands to ``base-arm64``, which is no stage, so
BuildKit looks for an *image* of that name (``docker.io/library/base-arm64``) and the build
fails. The FROM is expanded as BuildKit does for each requested platform (automatic platform
ARGs, global ARG defaults, ``--build-arg`` values); it is reported only when it names a stage
for some platform and none for others, so an image reference that merely contains
``${TARGETARCH}`` (``myorg/tool-${TARGETARCH}``) is left to the registry rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from archlint.checks.archvalues import analysis, image_phrase
from archlint.checks.context import CheckContext
from archlint.dockerfile.scope import BuildContext, expand, global_scope, resolve_stage_ref
from archlint.findings import Finding
from archlint.platforms import Platform


def missing_platform_stage(ctx: CheckContext) -> Iterator[Finding]:
    df = ctx.dockerfile
    if "TARGET" not in df.text:
        return  # a name that differs between platforms reads TARGETARCH or its kin
    # the global ARGs a FROM may read: only if one of them is built from a TARGET* value
    # can a FROM without TARGET* in it differ between platforms
    derived = any("TARGET" in (kv.raw_value or "") for g in df.global_args for kv in g.pairs)
    picks = [st for st in df.stages if st.base and "$" in st.base
             and ("TARGET" in st.base or derived)
             and any(s.name for s in df.stages[: st.index])]
    if not picks:
        return
    an = analysis(ctx)
    scopes = []
    for p in ctx.platforms:
        bctx = BuildContext(build_args=dict(ctx.build_args), target_platform=p,
                            build_platform=ctx.build_platform)
        scopes.append((p, global_scope(df, bctx)))
    for st in picks:
        if not an.reachable(st):
            continue  # BuildKit never builds it
        found: list[Platform] = []
        missing: list[tuple[Platform, str]] = []
        for p, scope in scopes:
            name = expand(st.base, scope, df.escape).value.strip().lower()
            if not name:
                continue
            if resolve_stage_ref(df, name, st.index, allow_index=False) is not None:
                found.append(p)
            else:
                missing.append((p, name))
        if not found or not missing:
            continue
        broken = [p for p, _ in missing]
        names = ", ".join(sorted({n for _, n in missing}))
        have = ", ".join(sorted(c.name for c in an.stages_named(st.base, st.index) if c.name))
        yield ctx.finding(
            st.base_span,
            f"FROM {st.base} picks a stage by platform, but no stage is named {names}: "
            f"{image_phrase(broken)} would look for an image of that name and fail. "
            f"Fix: add a stage for {', '.join(str(p) for p in broken)}"
            f"{' (the file has ' + have + ')' if have else ''}, or stop requesting it",
            platforms=broken,
        )


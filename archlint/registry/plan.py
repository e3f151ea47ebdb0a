"""Which image references a Dockerfile uses, expanded per requested platform, and which
platforms each stage needs. Pure (no I/O): the input of the look-ups and of AL101-AL105.

- ``FROM``, ``COPY --from=<image>``, ``RUN --mount=...,from=<image>``; stage names (and
  stage indexes for ``--from``) and ``scratch`` are not images.
- References are expanded with the global ARGs (defaults, ``--build-arg`` overrides) and the
  automatic platform ARGs of each requested platform, so ``FROM img:${TARGETARCH}`` gives one
  reference per platform; an unset variable or an invalid reference becomes an error use.
- Stage platforms follow BuildKit: no ``--platform`` -> the requested platform;
  ``--platform=$BUILDPLATFORM`` -> the build platform; a constant -> that platform; a stage
  based on another stage inherits its platform. Stages the target does not reach need
  nothing (they are listed with no platforms and not looked up).
"""

from __future__ import annotations

from collections.abc import Callable

from archlint.dockerfile.model import Dockerfile, Instruction, Span, Stage
from archlint.dockerfile.shellwords import expand_word
from archlint.platforms import Platform, PlatformError
from archlint.records import record
from archlint.registry.model import ImageUse
from archlint.registry.reference import ImageRef, ReferenceError, parse_reference


@record(slots=True)
class Occurrence:
    """One image reference as written: ``kind`` is ``from``, ``copy-from`` or
    ``mount-from``; ``raw`` may be a stage name, checked by the caller."""

    instruction: Instruction
    kind: str
    raw: str
    span: Span
    stage: Stage


def _lookup(scope: dict[str, str | None]) -> Callable[[str], str | None]:
    return scope.get


def occurrences(df: Dockerfile) -> list[Occurrence]:
    out: list[Occurrence] = []
    for stage in df.stages:
        out.append(Occurrence(stage.from_instruction, "from", stage.base, stage.base_span, stage))
        for ins in stage.instructions:
            targets = [ins.onbuild] if ins.keyword == "ONBUILD" and ins.onbuild else []
            targets.append(ins)
            for item in targets:
                if item is ins.onbuild:
                    continue  # ONBUILD triggers run in a later build, not this one
                if item.keyword in ("COPY", "ADD"):
                    fl = item.flag("from")
                    if fl and fl.value:
                        out.append(Occurrence(item, "copy-from", fl.value,
                                               fl.value_span or fl.span, stage))
                elif item.keyword == "RUN":
                    for fl in item.flags_named("mount"):
                        src = fl.mount_options().get("from")
                        if src:
                            out.append(Occurrence(item, "mount-from", src,
                                                   fl.option_span("from"), stage))
    return out


def _stage_ref(df: Dockerfile, name: str, before: int) -> Stage | None:
    """The stage a ``FROM``/``--from`` value names (by name, or by index for --from)."""
    low = name.lower()
    for s in df.stages[:before]:
        if s.name == low:
            return s
    if low.isdigit() and int(low) < before:
        return df.stages[int(low)]
    return None


def plan_file(df: Dockerfile, platforms: list[Platform], build_args: dict[str, str],
              target: str | None, build_platform: Platform) -> list[ImageUse]:
    """Every image use of the file, one per distinct expansion, with the platforms needed."""
    if not df.stages:
        return []
    from archlint.dockerfile import scope as sc

    first = platforms[0] if platforms else build_platform
    ctx0 = sc.BuildContext(build_args=build_args, target_platform=first,
                           build_platform=build_platform)
    try:
        needed = set(sc.needed_stages(df, target, ctx0))
    except ValueError:  # unknown --target: the engine reports it; check every stage
        needed = set(range(len(df.stages)))
    uses: dict[tuple[int, str], ImageUse] = {}
    order: list[tuple[int, str]] = []
    occurs = occurrences(df)

    for req in platforms:
        ctx = sc.BuildContext(build_args=build_args, target_platform=req,
                              build_platform=build_platform)
        g = sc.global_scope(df, ctx)
        scopes = sc.instruction_scopes(df, ctx)  # ARG/ENV visible to COPY/RUN, one pass
        stage_platform: dict[int, Platform | None] = {}
        for stage in df.stages:
            value = expand_word(stage.base, _lookup(g), df.escape).value.strip()
            base = _stage_ref(df, value, stage.index)
            stage_platform[stage.index] = (
                stage_platform.get(base.index) if base is not None and not value.isdigit()
                else _stage_platform(df, stage, g, req, build_platform))
        for occ_i, occ in enumerate(occurs):
            scope = g if occ.kind == "from" else scopes.get(occ.instruction.index, {})
            exp = expand_word(occ.raw, _lookup(scope), df.escape)
            value = exp.value.strip()
            if not exp.unset and not exp.error and (
                value.lower() == "scratch" or _is_stage(df, value, occ)
            ):
                continue  # the empty image or another stage: nothing to look up
            plat = stage_platform.get(occ.stage.index)
            error: str | None = None
            ref: ImageRef | None = None
            if exp.error:
                error = f"{occ.raw!r} cannot be expanded: {exp.error}"
            elif exp.unset:
                names = ", ".join(f"${n}" for n in exp.unset)
                error = (f"{occ.raw!r} uses unset variable {names}"
                         + (f" (expands to {value!r})" if value else ""))
            elif not value:
                error = f"{occ.raw!r} expands to an empty image name"
            else:
                try:
                    ref = parse_reference(value)
                except ReferenceError as exc:
                    error = str(exc)
            key = (occ_i, value if not error else f"!{error}")
            use = uses.get(key)
            if use is None:
                use = ImageUse(
                    instruction=occ.instruction, kind=occ.kind, span=occ.span, raw=occ.raw,
                    expanded=value if not exp.error else None, platforms=[],
                    ref=str(ref) if ref else None,
                    digest_pinned=bool(ref and ref.digest), error=error,
                )
                uses[key] = use
                order.append(key)
            if occ.stage.index in needed and plat is not None and plat not in use.platforms:
                use.platforms.append(plat)
    # One entry per occurrence and expansion, in file order.
    return [uses[k] for k in sorted(order, key=lambda k: k[0])]


def _is_stage(df: Dockerfile, value: str, occ: Occurrence) -> bool:
    """``FROM <earlier stage name>``; ``--from=<stage name or index>``."""
    if occ.kind == "from":
        return _stage_ref(df, value, occ.stage.index) is not None and not value.isdigit()
    return _stage_ref(df, value, len(df.stages)) is not None


def _stage_platform(df: Dockerfile, stage: Stage, scope: dict[str, str | None],
                    req: Platform, build: Platform) -> Platform | None:
    flag = stage.platform
    if flag is None or not flag.value:
        return req
    value = expand_word(flag.value, _lookup(scope), df.escape).value.strip()
    if not value:
        return req
    try:
        return Platform.parse(value)
    except PlatformError:
        return None

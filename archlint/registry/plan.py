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
from dataclasses import dataclass

from archlint.dockerfile.model import Dockerfile, Instruction, Span, Stage
from archlint.dockerfile.shellwords import expand_word
from archlint.platforms import Platform, PlatformError
from archlint.registry.model import ImageUse
from archlint.registry.reference import ImageRef, ReferenceError, parse_reference


@dataclass(slots=True)
class _Occurrence:
    instruction: Instruction
    kind: str
    raw: str
    span: Span
    stage: Stage


def platform_args(target: Platform, build: Platform) -> dict[str, str]:
    return {
        "TARGETPLATFORM": str(target), "TARGETOS": target.os,
        "TARGETARCH": target.architecture, "TARGETVARIANT": target.variant,
        "BUILDPLATFORM": str(build), "BUILDOS": build.os,
        "BUILDARCH": build.architecture, "BUILDVARIANT": build.variant,
    }


def global_scope(df: Dockerfile, build_args: dict[str, str], target: Platform,
                 build: Platform) -> dict[str, str | None]:
    """Variables visible in FROM lines: automatic platform args, then global ARGs."""
    scope: dict[str, str | None] = dict(platform_args(target, build))
    for ins in df.global_args:
        for kv in ins.pairs:
            if kv.key in build_args:
                scope[kv.key] = build_args[kv.key]
            elif kv.value is not None:
                scope[kv.key] = expand_word(kv.value, _lookup(scope), df.escape).value
            elif kv.key not in scope:
                scope[kv.key] = None
    return scope


def stage_scope(df: Dockerfile, stage: Stage, upto: Instruction, build_args: dict[str, str],
                globals_: dict[str, str | None], auto: dict[str, str]) -> dict[str, str | None]:
    """Variables visible to an instruction of a stage (ARG re-declarations, ARG, ENV)."""
    scope: dict[str, str | None] = {}
    for ins in stage.instructions:
        if ins is upto or ins.index >= upto.index:
            break
        if ins.keyword not in ("ARG", "ENV"):
            continue
        for kv in ins.pairs:
            if ins.keyword == "ENV":
                scope[kv.key] = expand_word(kv.value or "", _lookup(scope), df.escape).value
            elif kv.key in build_args:
                scope[kv.key] = build_args[kv.key]
            elif kv.value is not None:
                scope[kv.key] = expand_word(kv.value, _lookup(scope), df.escape).value
            elif kv.key in auto:
                scope[kv.key] = auto[kv.key]
            elif kv.key in globals_:
                scope[kv.key] = globals_[kv.key]
            else:
                scope.setdefault(kv.key, None)
    return scope


def _lookup(scope: dict[str, str | None]) -> Callable[[str], str | None]:
    return scope.get


def _occurrences(df: Dockerfile) -> list[_Occurrence]:
    out: list[_Occurrence] = []
    for stage in df.stages:
        out.append(_Occurrence(stage.from_instruction, "from", stage.base, stage.base_span, stage))
        for ins in stage.instructions:
            targets = [ins.onbuild] if ins.keyword == "ONBUILD" and ins.onbuild else []
            targets.append(ins)
            for item in targets:
                if item is ins.onbuild:
                    continue  # ONBUILD triggers run in a later build, not this one
                if item.keyword in ("COPY", "ADD"):
                    fl = item.flag("from")
                    if fl and fl.value:
                        out.append(_Occurrence(item, "copy-from", fl.value,
                                               fl.value_span or fl.span, stage))
                elif item.keyword == "RUN":
                    for fl in item.flags_named("mount"):
                        src = fl.mount_options().get("from")
                        if src:
                            out.append(_Occurrence(item, "mount-from", src,
                                                   _option_span(fl, "from"), stage))
    return out


def _option_span(flag: object, key: str) -> Span:
    """Span of ``key=value`` inside a ``--mount=`` flag (or the flag's value)."""
    from archlint.dockerfile.model import Flag

    assert isinstance(flag, Flag)
    if flag.value_span is None or flag.value is None:
        return flag.span
    offset = 0
    for part in flag.value.split(","):
        k, sep, v = part.partition("=")
        if k.strip().lower() == key and sep:
            start = offset + len(k) + 1 + (len(v) - len(v.lstrip()))
            vs = flag.value_span
            if vs.line == vs.end_line:
                col = vs.column + start
                return Span(vs.line, col, vs.line, col + len(v.strip()))
            return vs
        offset += len(part) + 1
    return flag.value_span


def _stage_ref(df: Dockerfile, name: str, before: int) -> Stage | None:
    """The stage a ``FROM``/``--from`` value names (by name, or by index for --from)."""
    low = name.lower()
    for s in df.stages[:before]:
        if s.name == low:
            return s
    if low.isdigit() and int(low) < before:
        return df.stages[int(low)]
    return None


def reachable_stages(df: Dockerfile, target: str | None,
                     expand: Callable[[Stage, str, Instruction], str]) -> set[int]:
    """Stage indexes the build of ``target`` (default: the last stage) needs."""
    if not df.stages:
        return set()
    final = df.stage_by_name(target) if target else None
    if final is None:
        final = df.stages[-1]
    seen: set[int] = set()
    todo = [final.index]
    while todo:
        idx = todo.pop()
        if idx in seen:
            continue
        seen.add(idx)
        stage = df.stages[idx]
        base = _stage_ref(df, expand(stage, stage.base, stage.from_instruction), idx)
        if base is not None:
            todo.append(base.index)
        for ins in stage.instructions:
            values: list[str] = []
            if ins.keyword in ("COPY", "ADD") and ins.flag("from") and ins.flag("from").value:
                values.append(ins.flag("from").value or "")  # type: ignore[union-attr]
            if ins.keyword == "RUN":
                values += [f.mount_options().get("from", "") for f in ins.flags_named("mount")]
            for v in values:
                if not v:
                    continue
                dep = _stage_ref(df, expand(stage, v, ins), idx)
                if dep is not None:
                    todo.append(dep.index)
    return seen


def plan_file(df: Dockerfile, platforms: list[Platform], build_args: dict[str, str],
              target: str | None, build_platform: Platform) -> list[ImageUse]:
    """Every image use of the file, one per distinct expansion, with the platforms needed."""
    if not df.stages:
        return []
    first = platforms[0] if platforms else build_platform
    g0 = global_scope(df, build_args, first, build_platform)

    def expand_simple(stage: Stage, word: str, ins: Instruction) -> str:
        scope = g0 if ins is stage.from_instruction else {
            **g0, **stage_scope(df, stage, ins, build_args, g0,
                                platform_args(first, build_platform))}
        return expand_word(word, _lookup(scope), df.escape).value

    needed = reachable_stages(df, target, expand_simple)
    uses: dict[tuple[int, str, str], ImageUse] = {}
    stage_platform: dict[tuple[int, Platform], Platform | None] = {}
    order: list[tuple[int, str, str]] = []

    for occ_i, occ in enumerate(_occurrences(df)):
        for req in platforms:
            g = global_scope(df, build_args, req, build_platform)
            auto = platform_args(req, build_platform)
            if occ.kind == "from":
                scope = g
            else:
                scope = {**g, **stage_scope(df, occ.stage, occ.instruction, build_args, g, auto)}
            exp = expand_word(occ.raw, _lookup(scope), df.escape)
            value = exp.value.strip()
            # Stage names and scratch are not images.
            before = occ.stage.index
            if not exp.unset and not exp.error and (
                value.lower() == "scratch" or _stage_ref(df, value, before) is not None
                or (occ.kind != "from" and _stage_ref(df, value, len(df.stages)) is not None)
            ):
                if occ.kind == "from":
                    base = _stage_ref(df, value, before)
                    stage_platform[(occ.stage.index, req)] = (
                        stage_platform.get((base.index, req)) if base else
                        _stage_platform(df, occ.stage, scope, req, build_platform))
                continue
            plat = _stage_platform(df, occ.stage, g, req, build_platform)
            if occ.kind == "from":
                stage_platform[(occ.stage.index, req)] = plat
            else:
                plat = stage_platform.get((occ.stage.index, req), plat)
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
            key = (occ_i, value if not error else f"!{error}", "")
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
    return [uses[k] for k in order]


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

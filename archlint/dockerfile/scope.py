"""ARG/ENV scopes and variable expansion with BuildKit semantics.

CONTRACT (implemented by the parser work):

- ``expand(word, lookup, escape="\\\\") -> Expansion``: ``$V``, ``${V}``, ``${V:-x}``,
  ``${V-x}``, ``${V:+x}``, ``${V+x}``, escapes (``\\$``), single quotes as BuildKit's
  shell lexer treats them in Dockerfile words. ``lookup(name)`` returns the value or None
  when unset. ``Expansion.value`` is the result; ``Expansion.unset`` lists the variables
  that were referenced but unset (for AL103 "unset variable").
- ``references(word, escape) -> list[VarRef]``: every variable reference in a Dockerfile word
  with offsets, without expanding.
- ``BuildContext(build_args, target_platform, build_platform)`` and
  ``scope_at(dockerfile, instruction, ctx) -> dict[str, str | None]``: the variables visible
  to that instruction (global ARGs only inside FROM; stage ARG re-declarations; ENV; the
  automatic platform ARGs only after ``ARG NAME`` in the stage, with ctx's values;
  ``--build-arg`` overriding ARG defaults). ``None`` = declared but without value.
- ``base_image(dockerfile, stage, ctx) -> Expansion``: the FROM reference expanded with the
  global ARGs (+ automatic platform args, which are global in FROM).

Also the stage graph: ``stage_dependencies(df, ctx)`` (FROM <stage>, COPY --from=<stage name
or index>, RUN --mount=from=<stage>) and ``needed_stages(df, target, ctx)`` (stages reachable
from the final stage or ``--target``).

Semantics notes (BuildKit ``dockerfile2llb``): a stage starts with no ARGs; ``ARG NAME``
without a default inside a stage takes the global ARG's value (or the automatic platform
value); ``--build-arg`` overrides the default of any declared ARG; an ENV overrides an ARG
of the same name; a stage ``FROM <earlier stage>`` inherits that stage's ENV (the image
config), not its ARGs. Values of unknown base images' ENV are not known here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field

from archlint.dockerfile.model import PLATFORM_ARGS, Dockerfile, Instruction, Stage
from archlint.dockerfile.shellwords import (
    Expansion,
    Lookup,
    VarRef,
    WordError,
    expand_word,
    references,
    unquote,
)
from archlint.platforms import DEFAULT_PLATFORMS, Platform, host_platform
from archlint.records import record

__all__ = [
    "PLATFORM_ARGS",
    "BuildContext",
    "Expansion",
    "Lookup",
    "VarRef",
    "WordError",
    "base_image",
    "expand",
    "global_scope",
    "instruction_scopes",
    "mount_from",
    "needed_stages",
    "platform_values",
    "references",
    "resolve_stage_ref",
    "scope_at",
    "stage_dependencies",
    "stage_platform",
    "unquote",
]


def _default_target() -> Platform:
    return Platform.parse(DEFAULT_PLATFORMS[0])


@record(frozen=True, slots=True)
class BuildContext:
    """What a build would be given: ``--build-arg`` values and the platforms."""

    build_args: Mapping[str, str] = field(default_factory=dict)
    target_platform: Platform = field(default_factory=_default_target)
    build_platform: Platform = field(default_factory=host_platform)


def expand(word: str, lookup: Lookup | Mapping[str, str | None], escape: str = "\\") -> Expansion:
    """Expand a Dockerfile word; ``lookup`` may be a callable or a mapping."""
    if isinstance(lookup, Mapping):
        lookup = lookup.get
    return expand_word(word, lookup, escape)


def platform_values(ctx: BuildContext) -> dict[str, str]:
    """The automatic platform ARGs' values for ``ctx``."""
    t, b = ctx.target_platform, ctx.build_platform
    return {
        "TARGETPLATFORM": str(t),
        "TARGETOS": t.os,
        "TARGETARCH": t.architecture,
        "TARGETVARIANT": t.variant,
        "BUILDPLATFORM": str(b),
        "BUILDOS": b.os,
        "BUILDARCH": b.architecture,
        "BUILDVARIANT": b.variant,
    }


def _arg_value(
    key: str,
    raw_default: str | None,
    scope: Mapping[str, str | None],
    ctx: BuildContext,
    inherited: Mapping[str, str | None],
    escape: str,
) -> str | None:
    if key in ctx.build_args:
        return ctx.build_args[key]
    if raw_default is not None:
        return expand_word(raw_default, scope.get, escape).value
    return inherited.get(key)


def global_scope(df: Dockerfile, ctx: BuildContext) -> dict[str, str | None]:
    """Variables visible in FROM lines: automatic platform args, then the global ARGs (a global
    ``ARG TARGETARCH`` without default keeps the automatic value)."""
    auto = platform_values(ctx)
    scope: dict[str, str | None] = dict(auto)
    for inst in df.global_args:
        for kv in inst.pairs:
            scope[kv.key] = _arg_value(kv.key, kv.raw_value, scope, ctx, auto, df.escape)
    return scope


def _globals_declared(df: Dockerfile, ctx: BuildContext) -> dict[str, str | None]:
    """Values an ``ARG NAME`` inside a stage inherits: global ARGs + platform values."""
    return global_scope(df, ctx)


class _StageWalker:
    """Walks a stage's instructions keeping ARG and ENV scopes (linear in the stage)."""

    def __init__(self, df: Dockerfile, ctx: BuildContext, globals_: Mapping[str, str | None],
                 inherited_env: Mapping[str, str | None]) -> None:
        self.df = df
        self.ctx = ctx
        self.globals = globals_
        self.args: dict[str, str | None] = {}
        self.env: dict[str, str | None] = dict(inherited_env)

    def visible(self) -> dict[str, str | None]:
        out = dict(self.args)
        out.update(self.env)
        return out

    def lookup(self, name: str) -> str | None:
        if name in self.env:
            return self.env[name]
        return self.args.get(name)

    def apply(self, inst: Instruction) -> None:
        esc = self.df.escape
        if inst.keyword == "ARG":
            for kv in inst.pairs:
                scope = self.visible()
                self.args[kv.key] = _arg_value(kv.key, kv.raw_value, scope, self.ctx,
                                               self.globals, esc)
        elif inst.keyword == "ENV":
            for kv in inst.pairs:
                raw = kv.raw_value if kv.raw_value is not None else kv.value
                if raw is None:
                    continue
                self.env[kv.key] = expand_word(raw, self.lookup, esc).value


def _stage_envs(df: Dockerfile, ctx: BuildContext) -> list[dict[str, str | None]]:
    """ENV at the end of each stage (for stages built FROM an earlier stage)."""
    globals_ = _globals_declared(df, ctx)
    gscope = global_scope(df, ctx)
    out: list[dict[str, str | None]] = []
    for stage in df.stages:
        parent = resolve_stage_ref(df, expand_word(stage.base, gscope.get, df.escape).value,
                                   stage.index, allow_index=False)
        walker = _StageWalker(df, ctx, globals_, out[parent] if parent is not None else {})
        for inst in stage.instructions[1:]:
            walker.apply(inst)
        out.append(walker.env)
    return out


def scope_at(df: Dockerfile, instruction: Instruction, ctx: BuildContext) -> dict[str, str | None]:
    """Variables visible to ``instruction`` (before its own ARG/ENV takes effect)."""
    if instruction.stage < 0 or instruction.keyword == "FROM":
        if instruction.stage < 0 and instruction.keyword == "ARG":
            auto = platform_values(ctx)
            scope: dict[str, str | None] = dict(auto)
            for inst in df.global_args:
                if inst is instruction:
                    break
                for kv in inst.pairs:
                    scope[kv.key] = _arg_value(kv.key, kv.raw_value, scope, ctx, auto, df.escape)
            return scope
        return global_scope(df, ctx)
    stage = df.stages[instruction.stage]
    envs = _stage_envs(df, ctx) if _has_stage_parent(df, stage, ctx) else None
    globals_ = _globals_declared(df, ctx)
    inherited: Mapping[str, str | None] = {}
    if envs is not None:
        gscope = global_scope(df, ctx)
        parent = resolve_stage_ref(df, expand_word(stage.base, gscope.get, df.escape).value,
                                   stage.index, allow_index=False)
        if parent is not None:
            inherited = envs[parent]
    walker = _StageWalker(df, ctx, globals_, inherited)
    for inst in stage.instructions[1:]:
        if inst is instruction:
            break
        walker.apply(inst)
    return walker.visible()


def instruction_scopes(
    df: Dockerfile, ctx: BuildContext | None = None
) -> dict[int, dict[str, str | None]]:
    """``scope_at`` for every instruction at once (keyed by ``Instruction.index``), in one
    pass per stage: use this instead of calling ``scope_at`` in a loop (which is quadratic
    in the stage length)."""
    ctx = ctx or BuildContext()
    out: dict[int, dict[str, str | None]] = {}
    gscope = global_scope(df, ctx)
    auto = platform_values(ctx)
    scope: dict[str, str | None] = dict(auto)
    for inst in df.global_args:
        out[inst.index] = dict(scope)
        for kv in inst.pairs:
            scope[kv.key] = _arg_value(kv.key, kv.raw_value, scope, ctx, auto, df.escape)
    for inst in df.instructions:
        if inst.stage < 0 and inst.index not in out:
            out[inst.index] = dict(gscope)
    envs: list[dict[str, str | None]] = []
    for stage in df.stages:
        base = expand_word(stage.base, gscope.get, df.escape).value
        parent = resolve_stage_ref(df, base, stage.index, allow_index=False)
        walker = _StageWalker(df, ctx, gscope, envs[parent] if parent is not None else {})
        out[stage.from_instruction.index] = dict(gscope)
        for inst in stage.instructions[1:]:
            out[inst.index] = walker.visible()
            walker.apply(inst)
        envs.append(walker.env)
    return out


def _has_stage_parent(df: Dockerfile, stage: Stage, ctx: BuildContext) -> bool:
    if stage.index == 0:
        return False
    value = expand_word(stage.base, global_scope(df, ctx).get, df.escape).value
    return resolve_stage_ref(df, value, stage.index, allow_index=False) is not None


def base_image(df: Dockerfile, stage: Stage, ctx: BuildContext) -> Expansion:
    """The FROM reference of ``stage`` expanded with the global scope."""
    return expand_word(stage.base, global_scope(df, ctx).get, df.escape)


def stage_platform(df: Dockerfile, stage: Stage, ctx: BuildContext) -> Platform | None:
    """The platform a stage is built for under ``ctx``: its ``--platform`` value expanded with
    the global scope (``$BUILDPLATFORM`` gives the build platform), or the target platform when
    the FROM has no ``--platform``. ``None`` when the value expands to nothing; raises
    :class:`archlint.platforms.PlatformError` for a value that is not a platform."""
    flag = stage.platform
    if flag is None or flag.value is None:
        return ctx.target_platform
    value = expand_word(flag.value, global_scope(df, ctx).get, df.escape).value.strip()
    if not value:
        return None
    return Platform.parse(value)


def resolve_stage_ref(
    df: Dockerfile, ref: str, before: int, *, allow_index: bool = True
) -> int | None:
    """Index of the stage named (or numbered, for ``COPY --from``) by ``ref`` among the stages
    before ``before``; None when ``ref`` is an image."""
    low = ref.lower()
    for s in df.stages[:before]:
        if s.name is not None and s.name == low:
            return s.index
    if allow_index and ref.isdigit():
        idx = int(ref)
        if idx < before:
            return idx
    return None


def mount_from(inst: Instruction) -> list[str]:
    """The raw ``from=`` values of ``RUN --mount`` flags."""
    out: list[str] = []
    for flag in inst.flags_named("mount"):
        opts = flag.mount_options()
        if opts.get("from"):
            out.append(opts["from"])
    return out


def stage_dependencies(df: Dockerfile, ctx: BuildContext | None = None) -> dict[int, set[int]]:
    """For each stage index, the stages it needs (FROM, COPY --from, RUN --mount from=).

    ``FROM`` and ``--from`` values are expanded with the global ARGs only: BuildKit does not
    expand stage-local args there (moby/buildkit#2374). A name that is not an earlier stage
    is an image.
    """
    ctx = ctx or BuildContext()
    gscope = global_scope(df, ctx)
    deps: dict[int, set[int]] = {}
    for stage in df.stages:
        needed: set[int] = set()
        base = expand_word(stage.base, gscope.get, df.escape).value
        parent = resolve_stage_ref(df, base, stage.index, allow_index=False)
        if parent is not None:
            needed.add(parent)
        for inst in stage.instructions[1:]:
            refs: list[str] = []
            if inst.keyword in ("COPY", "ADD"):
                refs.extend(f.value for f in inst.flags_named("from") if f.value)
            elif inst.keyword == "RUN":
                refs.extend(mount_from(inst))
            for raw in refs:
                value = expand_word(raw, gscope.get, df.escape).value
                idx = resolve_stage_ref(df, value, stage.index)
                if idx is not None:
                    needed.add(idx)
        deps[stage.index] = needed
    return deps


def needed_stages(df: Dockerfile, target: str | None, ctx: BuildContext | None = None) -> list[int]:
    """Stages reachable from ``target`` (a stage name) or from the last stage, sorted.

    Raises ``ValueError`` when ``target`` names no stage.
    """
    if not df.stages:
        return []
    if target is None:
        start = len(df.stages) - 1
    else:
        stage = df.stage_by_name(target)
        if stage is None:
            raise ValueError(f"target stage {target!r} could not be found")
        start = stage.index
    deps = stage_dependencies(df, ctx)
    seen = {start}
    todo = [start]
    while todo:
        cur = todo.pop()
        for dep in deps.get(cur, ()):
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return sorted(seen)

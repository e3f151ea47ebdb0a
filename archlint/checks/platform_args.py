"""AL201 constant-platform-flag, AL202 redundant-target-platform, AL203 undeclared-platform-arg."""

from __future__ import annotations

from collections.abc import Iterator

from archlint.checks.archvalues import (
    analysis,
    dockerfile_refs,
    instruction_text,
    names_platform,
)
from archlint.checks.context import CheckContext
from archlint.dockerfile.model import PLATFORM_ARGS, Instruction, Span, Stage
from archlint.findings import Finding
from archlint.platforms import Platform, PlatformError

# --------------------------------------------------------------------------------------
# AL201


def constant_platform_flag(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.single_platform:
        return
    for stage in ctx.dockerfile.stages:
        flag = stage.platform
        if flag is None or not flag.value:
            continue
        raw = flag.value.strip().strip('"').strip("'")
        origin = ""
        if "$" in raw:
            # ARG PLATFORM=linux/amd64 before the first FROM, then FROM --platform=$PLATFORM
            resolved = _global_constant(ctx, raw)
            if resolved is None:
                continue
            raw, origin = resolved
        try:
            plat = Platform.parse(raw)
        except PlatformError:
            continue
        users: list[Stage] = []
        if names_platform(stage, plat, raw):
            users = analysis(ctx).named_base_users(stage, plat, raw)
            if not users:
                continue  # base-amd64, picked with FROM base-${TARGETARCH}
        others = [p for p in ctx.platforms if p != plat]
        if not others:
            continue  # every requested platform is that one: nothing breaks
        if not analysis(ctx).reachable(stage):
            continue  # the final stage (or --target) never uses it: BuildKit does not build it
        span = flag.value_span or flag.span
        tail = (
            f"; building for {', '.join(str(p) for p in others)} would still use the "
            f"{plat} image for this stage"
        )
        fix = ("Remove the flag, use $BUILDPLATFORM for a build-tool stage, or name the "
               "stage after the platform")
        related = []
        if users:
            user = users[0]
            tail += (f", although its name says {plat.architecture}: stage "
                     f"{user.name or user.index} starts FROM it by that name for every platform")
            fix = ("Pick it per platform (FROM <name>-${TARGETARCH}, with a stage for each "
                   "platform), or remove the flag")
            related = [(user.from_instruction.span, "every platform's build starts here")]
        yield ctx.finding(
            span,
            f'FROM --platform uses the constant "{raw}"{origin}{tail}. {fix}',
            platforms=others,
            related=related,
        )


def _global_constant(ctx: CheckContext, value: str) -> tuple[str, str] | None:
    """The constant a ``FROM --platform=$NAME`` gets from a global ``ARG NAME=linux/amd64``
    (or ``--build-arg``), with where it comes from; None for the automatic platform ARGs, an
    ARG without a default, or anything more than one variable."""
    refs = dockerfile_refs(value, ctx.dockerfile.escape)
    if len(refs) != 1 or refs[0][0] != 0 or refs[0][1] != len(value):
        return None
    _, _, name, op, word = refs[0]
    if name in PLATFORM_ARGS:
        return None
    if ctx.build_args and name in ctx.build_args:
        return ctx.build_args[name], f" (from --build-arg {name})"
    for ins in ctx.dockerfile.global_args:
        for kv in ins.pairs:
            if kv.key == name and kv.value and "$" not in kv.value:
                return kv.value.strip().strip('"').strip("'"), f" (the default of ARG {name})"
    if op in (":-", "-") and word and "$" not in word:
        return word, f" (the default in ${{{name}{op}{word}}})"
    return None


# --------------------------------------------------------------------------------------
# AL202


def redundant_target_platform(ctx: CheckContext) -> Iterator[Finding]:
    for stage in ctx.dockerfile.stages:
        flag = stage.platform
        if flag is None or not flag.value:
            continue
        v = flag.value.strip().strip('"').strip("'")
        refs = dockerfile_refs(v, ctx.dockerfile.escape)
        # BuildKit: TARGETPLATFORM is the only substitution and the result is its value
        # (``$TARGETPLATFORM``, ``${TARGETPLATFORM}``, ``${TARGETPLATFORM:-linux/amd64}``)
        if (len(refs) == 1 and refs[0][2] == "TARGETPLATFORM" and refs[0][0] == 0
                and refs[0][1] == len(v) and refs[0][3] in ("", ":-", "-")):
            yield ctx.finding(
                flag.span,
                "--platform=$TARGETPLATFORM is the default for a stage; remove it",
                platforms=[],
            )


# --------------------------------------------------------------------------------------
# AL203

# Instructions whose words BuildKit expands with ARG/ENV values at build time.
_EXPANDED = {"ADD", "COPY", "ENV", "EXPOSE", "LABEL", "STOPSIGNAL", "USER", "VOLUME",
             "WORKDIR", "ARG"}
# shell text: RUN at build time; CMD/ENTRYPOINT/HEALTHCHECK CMD in the running container
_SHELL = {"RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK"}


def _raw_line_refs(ctx: CheckContext, ins: Instruction, skip_body: bool
                   ) -> Iterator[tuple[str, Span]]:
    """``$NAME`` references of platform ARGs on the instruction's own lines (heredoc
    bodies and comment lines excluded), with exact columns."""
    df = ctx.dockerfile
    body_lines: set[int] = set()
    for h in ins.heredocs:
        body_lines.update(range(h.span.line, h.span.end_line + 1))
    first_col = ins.keyword_span.end_column
    for line in range(ins.span.line, ins.span.end_line + 1):
        if line in body_lines and skip_body:
            continue
        text = df.source_line(line)
        if line != ins.span.line and text.lstrip().startswith("#"):
            continue
        start = first_col - 1 if line == ins.span.line else 0
        for s, e, name, _op, _w in dockerfile_refs(text[start:], df.escape):
            if name in PLATFORM_ARGS:
                yield name, Span(line, start + s + 1, line, start + e + 1)


def _flag_refs(ctx: CheckContext, ins: Instruction) -> Iterator[tuple[str, Span]]:
    for f in ins.flags:
        if not f.value or f.value_span is None:
            continue
        for s, e, name, _op, _w in dockerfile_refs(f.value, ctx.dockerfile.escape):
            if name in PLATFORM_ARGS and f.value_span.line == f.value_span.end_line:
                vs = f.value_span
                yield name, Span(vs.line, vs.column + s, vs.line, vs.column + e)


def undeclared_platform_arg(ctx: CheckContext) -> Iterator[Finding]:
    an = analysis(ctx)
    for stage in ctx.dockerfile.stages:
        if not an.reachable(stage):
            continue  # BuildKit never builds a stage the image does not use
        for ins in stage.instructions:
            target = ins.onbuild if ins.keyword == "ONBUILD" else ins
            if target is None or ins.keyword in ("FROM", "ONBUILD"):
                continue
            scope = an.dvars(ins)
            kw = target.keyword
            refs: list[tuple[str, Span, str]] = []
            if kw in _EXPANDED:
                if kw == "ARG":
                    # ``ARG X=$TARGETARCH`` refers to it; ``ARG TARGETARCH`` declares it
                    for kv in target.pairs:
                        if kv.value and kv.value_span:
                            for s, e, name, _o, _w in dockerfile_refs(kv.value):
                                if name in PLATFORM_ARGS:
                                    vs = kv.value_span
                                    refs.append((name, Span(vs.line, vs.column + s, vs.line,
                                                            vs.column + e), "build"))
                else:
                    refs.extend((n, sp, "build") for n, sp in _raw_line_refs(ctx, target, True))
            elif kw in _SHELL:
                refs.extend((n, sp, "build") for n, sp in _flag_refs(ctx, target))
                text = instruction_text(target)
                views = an.scripts(ins) if any(n in text for n in PLATFORM_ARGS) else []
                for view in views:
                    assigned: dict[str, int] = {}
                    for a in view.script.assignments():
                        if a.kind != "prefix" and a.name in PLATFORM_ARGS:
                            assigned.setdefault(a.name, a.start)
                    for off in view.script.dynamic_env()[:1]:
                        # ``. ./env.sh``: any name may be set from there on
                        for n in PLATFORM_ARGS:
                            assigned[n] = min(assigned.get(n, off), off)
                    # the tested words of ``if [ "$TARGETARCH" = arm ]`` and of a ``case`` are
                    # guards of the commands they govern, not words of a command
                    words = [c.subject for c in view.script.cases()] + [
                        g.subject for cmd in view.commands() for g in cmd.guards]
                    for cmd in view.commands():
                        words.extend(cmd.words())
                        words.extend(e.value for e in cmd.env if e.value)
                        words.extend(cmd.redirects)
                    for w in words:
                        for part in w.parts:
                            if part.kind != "var" or part.name not in PLATFORM_ARGS:
                                continue
                            first = assigned.get(part.name)
                            if first is not None and first < part.start:
                                continue
                            refs.append((part.name, w.offset_span(part.start, part.end),
                                         "run" if kw == "RUN" else "runtime"))
                    for a in view.script.assignments():
                        if a.kind == "prefix" or a.value is None:
                            continue
                        for part in a.value.parts:
                            if part.kind == "var" and part.name in PLATFORM_ARGS:
                                first = assigned.get(part.name)
                                if first is not None and first < part.start:
                                    continue
                                refs.append((part.name, a.value.offset_span(part.start,
                                                                            part.end),
                                             "run" if kw == "RUN" else "runtime"))
            seen: set[tuple[int, int]] = set()
            for name, span, when in refs:
                if (span.line, span.column) in seen:
                    continue
                seen.add((span.line, span.column))
                dv = scope.get(name)
                if when == "runtime":
                    # CMD/ENTRYPOINT run in the container: only ENV survives the build
                    if dv is not None and dv.kind == "env":
                        continue
                    yield ctx.finding(
                        span,
                        f"${name} is not set when the container runs: ARG values do not reach "
                        f"{kw} in the container; add ENV {name}=${name} (after ARG {name}) in this "
                        "stage",
                        platforms=[],
                    )
                    continue
                if dv is not None:
                    continue
                where = f"stage {stage.name}" if stage.name else f"stage {stage.index}"
                glob = any(kv.key == name for g in ctx.dockerfile.global_args for kv in g.pairs)
                hint = " (an ARG before the first FROM is only visible in FROM lines)" if glob \
                    else ""
                yield ctx.finding(
                    span,
                    f"${name} is empty here: {where} never declares ARG {name}{hint}; add "
                    f"ARG {name} in the stage before this line",
                    platforms=[],
                )

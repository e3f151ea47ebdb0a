"""AL204-AL208: toolchain targets pinned to one architecture, build-platform stages leaking
into the image, and automatic platform ARGs given defaults.

All value questions go through ``archlint.checks.archvalues`` (ARG/ENV following, shell
variables, arch queries, case/if guards), so correct multi-arch code stays silent.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterator, Sequence
from typing import Any

from archlint.checks.archvalues import (
    ArchAnalysis,
    ArchHit,
    LazyPattern,
    ScriptView,
    Value,
    analysis,
    arch_matches,
    broken_platforms,
    find_arch_tokens,
    hits_in_value,
    image_phrase,
    instruction_text,
    may_find_arch,
    may_hold_arch,
    platform_list,
    trie_alternation,
)
from archlint.checks.context import CheckContext
from archlint.dockerfile.model import (
    PLATFORM_ARGS,
    Dockerfile,
    Instruction,
    KeyValue,
    SourceText,
    Span,
    Stage,
)
from archlint.findings import Finding
from archlint.platforms import Platform, PlatformError
from archlint.records import record
from archlint.shell import Assignment, Command, ShWord, static_word

GO_VARS = ("GOARCH", "GOOS", "GOARM", "GOAMD64", "GOARM64", "GO386")
GO_ARCHES = {"amd64", "arm64", "arm", "386", "ppc64le", "ppc64", "s390x", "riscv64",
             "mips64le", "mips64", "mipsle", "mips", "loong64", "wasm"}

# AL205: variables whose value names a cross target
TARGET_VARS = {
    "CARGO_BUILD_TARGET": "the Rust target",
    "CC": "the C compiler",
    "CXX": "the C++ compiler",
    "AR": "the archiver",
    "LD": "the linker",
    "CROSS_TRIPLE": "the cross triple",
    "TARGET_TRIPLE": "the target triple",
    "RUST_TARGET": "the Rust target",
    "npm_config_arch": "npm's target arch",
    "npm_config_target_arch": "npm's target arch",
    "npm_config_cpu": "npm's target CPU",
    "PIP_PLATFORM": "pip's platform",
    "VCPKG_DEFAULT_TRIPLET": "vcpkg's triplet",
    "DOTNET_RUNTIME_IDENTIFIER": "the .NET runtime identifier",
    "RuntimeIdentifier": "the .NET runtime identifier",
}

TARGETARCH_FIX = {
    "rust": "map TARGETARCH to a triple (amd64 to x86_64-unknown-linux-gnu, arm64 to "
    "aarch64-unknown-linux-gnu) in a case on $TARGETARCH, or use xx-cargo",
    "dotnet": "use -a $TARGETARCH (dotnet maps amd64/arm64 itself) or map TARGETARCH to a RID",
    "cc": "use xx-clang / xx-gcc from tonistiigi/xx, or pick the cross compiler from TARGETARCH",
    "pip": "let pip pick the platform of the machine it runs on, or map TARGETARCH to a "
    "manylinux tag",
    "npm": "drop the arch override, or derive it from TARGETARCH (amd64->x64)",
    "zig": "map TARGETARCH to the zig target (amd64->x86_64, arm64->aarch64)",
    "configure": "pass --host from xx-info triple or a TARGETARCH mapping",
    "java": "let the build detect the platform, or map TARGETARCH to the classifier "
    "(amd64 to linux-x86_64, arm64 to linux-aarch64)",
    "bun": "map TARGETARCH to the compile target (amd64 to bun-linux-x64, arm64 to "
    "bun-linux-arm64; deno: x86_64-/aarch64-unknown-linux-gnu), or let it default to the "
    "machine it runs on",
}


def _go_arch_of(var: str, value: str) -> str | None:
    """The arch a constant GO* value pins, or None when it does not constrain the arch."""
    v = value.strip().lower()
    if var == "GOARCH":
        return v if v in GO_ARCHES else None
    return None


def _conflicts_go(var: str, value: str, plats: Sequence[Platform]) -> tuple[list[Platform], str]:
    """(broken platforms, what) for a constant GO* variable value."""
    v = value.strip()
    if not v or "$" in v:
        return [], ""
    low = v.lower()
    if var == "GOARCH":
        if low not in GO_ARCHES:
            return [], ""
        return [p for p in plats if p.architecture != low], f"GOARCH={v}"
    if var == "GOOS":
        return [p for p in plats if p.os != low], f"GOOS={v}"
    if var == "GOARM":
        m = re.match(r"(\d)", v)
        if not m:
            return [], ""
        level = int(m.group(1))
        broken = [p for p in plats if p.architecture == "arm"
                  and int((p.variant or "v7").lstrip("v") or 7) < level]
        return broken, f"GOARM={v}"
    if var == "GOAMD64":
        m = re.match(r"v(\d)", low)
        if not m or m.group(1) == "1":
            return [], ""
        lvl = int(m.group(1))
        # With plain linux/amd64 requested this is a CPU-level requirement (AL402 reports
        # it); AL204 reports it when an explicit lower amd64 variant is requested.
        broken = [p for p in plats if p.architecture == "amd64" and p.variant
                  and int(p.variant.lstrip("v") or 1) < lvl]
        return broken, f"GOAMD64={v}"
    if var == "GOARM64":
        m = re.match(r"v(\d+)\.(\d+)", low)
        if not m or (m.group(1), m.group(2)) == ("8", "0"):
            return [], ""
        broken = [p for p in plats if p.architecture == "arm64" and p.variant
                  and p.variant < f"v{m.group(1)}.{m.group(2)}"]
        return broken, f"GOARM64={v}"
    return [], ""


def _stage_named_for(stage: Stage | None, arch: str) -> bool:
    """``AS build-amd64``: a per-architecture stage on purpose."""
    if stage is None or not stage.name:
        return False
    return any(t.arch == arch or t.arch.split("/")[0] == arch.split("/")[0]
               for t in find_arch_tokens(stage.name))


def _stage_pinned_to(an: ArchAnalysis, stage: Stage | None) -> Platform | None:
    """The platform a stage is pinned to, when that pin is honoured (a constant that every
    requested platform's build uses is AL201's finding, and does not excuse a GOARCH)."""
    raw = an.platform_pinned(stage)
    if raw is None or an.forced_pin(stage) is not None:
        return None
    try:
        return Platform.parse(raw.strip("\"'"))
    except PlatformError:
        return None


@record(slots=True)
class _Candidate:
    span: Span
    arch: str  # arch key the constant pins ("" for non-arch conflicts)
    broken: list[Platform]
    message: str
    stage: int
    group: str  # tool name used to detect "builds every arch" patterns
    origin: Span | None = None  # the ARG/ENV a value used here came from


def _suppress_all_arch_builds(cands: list[_Candidate], plats: Sequence[Platform]
                              ) -> list[_Candidate]:
    """A stage that builds the same tool once per architecture (``GOARCH=amd64 go build``
    then ``GOARCH=arm64 go build``) covering every requested platform is a fan-out build,
    not a pinned one."""
    out: list[_Candidate] = []
    groups: dict[tuple[int, str], list[_Candidate]] = {}
    for c in cands:
        groups.setdefault((c.stage, c.group), []).append(c)
    for (_, _), cs in groups.items():
        archs = {c.arch for c in cs if c.arch}
        covers = all(any(arch_matches(a, p) for a in archs) for p in plats) if archs else False
        if len(archs) >= 2 and covers:
            continue
        out.extend(cs)
    return out


# --------------------------------------------------------------------------------------
# AL204 hardcoded-go-target


def _built_instructions(an: ArchAnalysis, df: Dockerfile
                        ) -> Iterator[tuple[Stage, Platform | None, Instruction]]:
    """The instructions of the stages BuildKit builds (a stage the image does not use is
    never built), with the platform their stage is pinned to."""
    for stage in df.stages:
        if an.reachable(stage):
            pinned = _stage_pinned_to(an, stage)
            for ins in stage.instructions:
                yield stage, pinned, ins


def _set_values(ins: Instruction, names: Collection[str]) -> Iterator[KeyValue]:
    """The pairs of an ENV/ARG that give one of ``names`` a value."""
    return (kv for kv in ins.pairs if kv.key in names and kv.value is not None)


def hardcoded_go_target(ctx: CheckContext) -> Iterator[Finding]:
    if not _names_go_var(ctx.dockerfile.text):
        return  # every finding is about a GO_VARS name spelled in an ENV, ARG or RUN
    an = analysis(ctx)
    cands: list[_Candidate] = []
    for stage, pinned, ins in _built_instructions(an, ctx.dockerfile):
        if ins.keyword in ("ENV", "ARG"):
            for kv in _set_values(ins, GO_VARS):
                if ins.keyword == "ARG" and _arg_overridden(an, stage, ins, kv.key):
                    continue  # every later command of the stage sets its own value
                if ins.keyword == "ARG" and kv.key in ctx.build_args:
                    value = ctx.build_args[kv.key]
                else:
                    val = _resolve_pair(an, ins, kv)
                    if val is None or not val.static:
                        continue
                    value = val.literal()
                cands.extend(_go_candidates(ctx, an, stage, pinned, kv.key, value,
                                            kv.value_span or kv.span, ctx.platforms,
                                            f"{ins.keyword} {kv.key}={kv.value}", "env"))
        elif ins.keyword == "RUN" and _names_go_var(text := instruction_text(ins)) \
                and (may_hold_arch(text) or _GO_ARCH_CONSTANT.search(text) is not None):
            # a token, a variable, or a constant Go spells its own way (GOARCH=arm, GOARM=7)
            for view in an.scripts(ins):
                cands.extend(_go_script_candidates(ctx, an, view, stage, pinned))
        elif ins.onbuild is not None and _onbuild_run(ins) \
                and _names_go_var(text := instruction_text(ins.onbuild)) and may_hold_arch(text):
            # ONBUILD RUN: runs in every image built FROM this one, for its platforms
            for view in an.scripts(ins):
                cands.extend(_go_script_candidates(ctx, an, view, stage, None))
    for c in _suppress_all_arch_builds(cands, ctx.platforms):
        if c.group.startswith("skip:"):
            continue
        yield ctx.finding(c.span, c.message, platforms=c.broken)
    # global ARG defaults of GO* that a stage re-declares are reported at the global ARG
    for g in ctx.dockerfile.global_args:
        for kv in g.pairs:
            if kv.key not in GO_VARS or kv.value is None or kv.key in ctx.build_args:
                continue
            if not _redeclared(ctx, kv.key):
                continue
            broken, what = _conflicts_go(kv.key, kv.value, ctx.platforms)
            if broken:
                yield ctx.finding(
                    kv.value_span or kv.span,
                    f"{what} as the default of a global ARG pins Go's target: "
                    f"{image_phrase(broken)} would get a {kv.value} build. Use "
                    f"{kv.key}=$TARGET{'OS' if kv.key == 'GOOS' else 'ARCH'} in the build",
                    platforms=broken,
                )


# GOARCH/GOARM/GOAMD64/GOARM64 set to a constant that need not be an arch token
_GO_ARCH_CONSTANT = re.compile(r"GO(?:ARCH|ARM|ARM64|AMD64)=['\"]?[A-Za-z0-9]")

# commands that never run the Go toolchain: an ARG they see cannot pin a Go build
_NOT_GO = frozenset({
    "apk", "apt-get", "apt", "yum", "dnf", "microdnf", "zypper", "dpkg", "rpm", "mkdir", "cp",
    "mv", "rm", "ln", "chmod", "chown", "echo", "printf", "cd", "true", "test", "[", "git",
    "curl", "wget", "tar", "unzip", "gzip", "useradd", "adduser", "groupadd", "addgroup",
    "touch", "cat", "ls", "sed", "update-ca-certificates", "strip", "upx", "file", "sha256sum",
})


def _arg_overridden(an: ArchAnalysis, stage: Stage, ins: Instruction, name: str) -> bool:
    """Does every later command of the stage either leave Go alone or set ``name`` itself
    (``ARG GOARCH=amd64`` then only ``GOARCH=$TARGETARCH go build``)? An ARG does not reach
    other stages nor the image, so then its default is never used. Any other command
    (``make``, a script) may run go with the ARG's value: not overridden."""
    seen_go = False
    for later in stage.instructions:
        if later.index <= ins.index or later.keyword != "RUN":
            continue
        views = an.scripts(later)
        if not views:
            return False  # not read as shell: unknown
        for view in views:
            for cmd in view.commands():
                cname, cargs, env = cmd.unwrapped()
                if cname in _NOT_GO:
                    continue
                if cname != "go":
                    return False
                if _subcommand(cargs) in _GO_NO_BINARY:
                    continue
                seen_go = True
                if not (any(_replaces(e, name) for e in env) or any(
                        _replaces(a, name) and a.kind != "prefix" and a.start < cmd.start
                        for a in view.script.assignments())):
                    return False
    return seen_go


def _replaces(a: Assignment, name: str) -> bool:
    """An assignment of ``name`` whose value does not read the old one (``GOARCH=$GOARCH``
    passes the ARG on)."""
    return a.name == name and (a.value is None or name not in a.value.variables)


def _names_go_var(text: str) -> bool:
    return any(v in text for v in GO_VARS)


def _redeclared(ctx: CheckContext, name: str) -> bool:
    for st in ctx.dockerfile.stages:
        for ins in st.instructions:
            if ins.keyword == "ARG" and any(kv.key == name and kv.value is None
                                            for kv in ins.pairs):
                return True
    return False


def _resolve_pair(an: ArchAnalysis, ins: Instruction, kv: KeyValue) -> Value | None:
    if kv.value is None:
        return None
    span = kv.value_span or kv.span
    return an.resolve_text(kv.value, ins, span)


def _go_candidates(ctx: CheckContext, an: ArchAnalysis, stage: Stage, pinned: Platform | None,
                   var: str, value: str, span: Span, plats: Sequence[Platform], origin: str,
                   group: str) -> list[_Candidate]:
    broken, what = _conflicts_go(var, value, plats)
    if not broken:
        return []
    arch = _go_arch_of(var, value) or ""
    if arch and (_stage_named_for(stage, arch) or (pinned and pinned.architecture == arch)):
        return []
    fix = {
        "GOARCH": "GOARCH=$TARGETARCH (with ARG TARGETARCH in the stage) or xx-go",
        "GOOS": "GOOS=$TARGETOS (with ARG TARGETOS in the stage)",
        "GOARM": "GOARM derived from TARGETVARIANT (v7 gives 7) or xx-go",
        "GOAMD64": "the default GOAMD64=v1, or build linux/amd64/v3 as its own platform",
        "GOARM64": "the default GOARM64=v8.0",
        "GO386": "the default",
    }.get(var, "the TARGET* build args")
    return [_Candidate(
        span, arch, broken,
        f"{what} pins Go's target; {image_phrase(broken)} would get a binary built for "
        f"{value}. Use {fix}",
        stage.index, group)]


# go subcommands that produce no binary: a GOARCH on them pins nothing in the image
_GO_NO_BINARY = frozenset({"vet", "list", "mod", "env", "version", "fmt", "doc", "tool",
                           "clean", "fix", "help", "work"})


def _other_os_build(view: ScriptView, cmd: Command) -> bool:
    """``GOOS=windows GOARCH=amd64 go build -o app.exe``: an artifact for another OS."""
    for e in cmd.unwrapped()[2]:
        if e.name == "GOOS" and e.value is not None:
            v = view.resolve(e.value)
            if v.static and v.literal().strip().lower() not in ("", "linux"):
                return True
    return any((a.value or "").endswith(".exe") for a in cmd.args)


def _case_gap_candidates(view: ScriptView, stage: Stage, relevant_words: list[ShWord],
                         relevant_spans: list[tuple[int, int]], what: str, group: str
                         ) -> list[_Candidate]:
    """A ``case`` on the architecture that sets the toolchain target (or a variable feeding
    it) but has no working branch for some requested platform."""
    out: list[_Candidate] = []
    for ac in view.arch_cases():
        if not ac.missing:
            continue
        case = ac.case
        cs, ce = _case_offsets(case)
        inside = any(cs <= a < ce for a, _ in relevant_spans)
        assigned = {a.name for a in view.script.assignments()
                    if a.value is not None and cs <= a.start < ce and a.kind != "prefix"}
        feeds = any(v in assigned for w in relevant_words if w.start >= ce
                    for v in w.variables)
        if not (inside or feeds):
            continue
        covered = [" or ".join(i.pattern_values) for i in case.items
                   if not i.exits and not i.is_default]
        subject = case.subject.text.replace("${", "$").replace("}", "").strip("\"'")
        out.append(_Candidate(
            case.subject.span, "", ac.missing,
            f"the case on {subject} sets {what} only for {', '.join(covered) or 'no arch'}: "
            f"no branch handles {platform_list(ac.missing)} (a *) branch that fails does not "
            f"count), so {image_phrase(ac.missing)} would not build or would get the wrong "
            "target. Add a branch for it or drop it from the platforms",
            stage.index, "case:" + group))
    return out


def _case_offsets(case: Any) -> tuple[int, int]:
    starts = [case.subject.start] + [c.start for i in case.items for c in i.commands]
    ends = [case.subject.end] + [c.end for i in case.items for c in i.commands]
    # the case text ends after its last item; use the item spans' commands as a bound
    return min(starts), max(ends) + 1


def _only_go_dvars(an: ArchAnalysis, view: ScriptView, w: ShWord) -> bool:
    names = w.variables
    scope = an.dvars(view.ins)
    return bool(names) and all(n in GO_VARS and n in scope for n in names)


def _go_script_candidates(ctx: CheckContext, an: ArchAnalysis, view: ScriptView, stage: Stage,
                          pinned: Platform | None) -> list[_Candidate]:
    out: list[_Candidate] = []
    for a in view.script.assignments():
        if a.name not in GO_VARS or a.value is None:
            continue
        if a.kind not in ("prefix", "export", "declare", "readonly", "typeset", "plain", "local"):
            continue
        plats = view.command_platforms(guards=a.guards)
        val = view.resolve(a.value)
        if not val.static or not plats:
            continue
        if a.value.value is None and _only_go_dvars(an, view, a.value):
            continue  # GOARCH=$GOARCH: reported at the ARG/ENV that holds the constant
        group = "go"
        if a.command is not None:
            cname, cargs, _ = a.command.unwrapped()
            group = cname or "go"
            if _other_os_build(view, a.command):
                group = "skip:" + group
            elif cname == "go" and _subcommand(cargs) in _GO_NO_BINARY:
                continue  # go vet/list/mod/env...: nothing is built for the image
        out.extend(_go_candidates(ctx, an, stage, pinned, a.name, val.literal(), a.span, plats,
                                  f"{a.name}={a.value.text}", group))
    for cmd in view.commands():
        name, args, env = cmd.unwrapped()
        # env GOARCH=amd64 go build: assignments found by unwrapped()
        for e in env:
            if e in cmd.env or e.name not in GO_VARS or e.value is None:
                continue
            val = view.resolve(e.value)
            if val.static:
                out.extend(_go_candidates(ctx, an, stage, pinned, e.name, val.literal(),
                                          e.span, view.command_platforms(cmd),
                                          e.name, name or "go"))
        # go env -w GOARCH=amd64
        if name == "go" and len(args) >= 2 and args[0].value == "env" and any(
            a.value == "-w" for a in args[1:]
        ):
            for w in args[1:]:
                text = w.value
                if text is None or "=" not in text:
                    continue
                key, _, value = text.partition("=")
                if key in GO_VARS:
                    out.extend(_go_candidates(ctx, an, stage, pinned, key, value, w.span,
                                              view.command_platforms(cmd), text, "go"))
    go_assign = [a for a in view.script.assignments() if a.name in GO_VARS and a.value]
    out.extend(_case_gap_candidates(
        view, stage, [a.value for a in go_assign if a.value is not None],
        [(a.start, a.start) for a in go_assign], "GOARCH", "go"))
    return out


# --------------------------------------------------------------------------------------
# AL205 pinned-toolchain-target


def _option_words(args: Sequence[ShWord], names: Sequence[str]) -> list[ShWord]:
    """Values of ``--opt VALUE`` / ``--opt=VALUE`` / ``-oVALUE`` (the whole word for ``=``)."""
    out: list[ShWord] = []
    for i, a in enumerate(args):
        raw = a.value if a.value is not None else a.text
        for n in names:
            if raw == n and i + 1 < len(args):
                out.append(args[i + 1])
            elif raw.startswith(n + "=") or (n.startswith("-D") and raw.startswith(n)):
                out.append(a)
    return out


def _subcommand(args: Sequence[ShWord]) -> str:
    for a in args:
        v = a.value
        if v and not v.startswith("-"):
            return v
    return ""


def pinned_toolchain_target(ctx: CheckContext) -> Iterator[Finding]:
    from archlint.checks.runtime import conda_subdir_findings

    yield from conda_subdir_findings(ctx)  # conda's platform subdirectory: the same pin
    if not may_find_arch(ctx.source_text):
        return  # the rest are arch tokens in targets or gaps of a case on the arch
    an = analysis(ctx)
    runs = _mentions_toolchain(an.run_text) and _names_a_target(an.run_text)
    starts = _start_text(ctx.dockerfile)  # CMD/ENTRYPOINT and ONBUILD RUN texts
    runs = runs or bool(starts and _mentions_toolchain(starts) and _names_a_target(starts))
    if not runs and an.set_keys.isdisjoint(TARGET_VARS):
        return  # no RUN/CMD/ENTRYPOINT names a target, and no ENV/ARG sets one
    cands: list[_Candidate] = []
    for stage, pinned, ins in _built_instructions(an, ctx.dockerfile):
        if ins.keyword in ("ENV", "ARG"):
            for kv in _set_values(ins, TARGET_VARS):
                val = _resolve_pair(an, ins, kv)
                if val is None or val.parametrized:
                    continue
                for h in hits_in_value(val, ctx.platforms):
                    cands.extend(_target_candidate(stage, pinned, h, kv.key, TARGET_VARS[kv.key],
                                                   _fix_for(kv.key), kv.key))
        elif (ins.keyword in ("RUN", "CMD", "ENTRYPOINT") or _onbuild_run(ins)) and runs \
                and _mentions_toolchain(text := instruction_text(ins.onbuild or ins)) \
                and _names_a_target(text) and an.may_hold_arch(text):
            # CMD/ENTRYPOINT: the image runs them (cargo clippy --target=… in a CI image)
            for view in an.scripts(ins) or _exec_view(an, ins):
                cands.extend(_toolchain_script(view, stage, pinned))
    kept = _suppress_all_arch_builds(cands, ctx.platforms)
    # ``dotnet restore -r linux-x64`` only prepares ``dotnet publish -r linux-x64``: one
    # problem, reported once, at the command that produces the output
    publishing = {c.stage for c in kept if c.group == "dotnet"}
    # ``ARG PIP_PLATFORM=…x86_64`` then ``pip --platform "$PIP_PLATFORM"``: reported where it
    # is used (the message names the ARG), not twice
    used = {(c.origin.line, c.origin.column) for c in kept if c.origin is not None}
    for c in kept:
        if c.group == "dotnet-restore" and c.stage in publishing:
            continue
        if c.origin is None and c.group in TARGET_VARS and any(
                line == c.span.line and c.span.column >= col for line, col in used):
            continue
        yield ctx.finding(c.span, c.message, platforms=c.broken)


def _onbuild_run(ins: Instruction) -> bool:
    """``ONBUILD RUN …``: a RUN of every build that starts FROM this image."""
    return ins.keyword == "ONBUILD" and ins.onbuild is not None and ins.onbuild.keyword == "RUN"


def _start_text(df: Dockerfile) -> str:
    """The text of every CMD/ENTRYPOINT (they run in the image) and ONBUILD RUN (it runs in
    the builds of images FROM this one)."""
    return "\n".join(instruction_text(i.onbuild or i) for i in df.instructions
                     if i.keyword in ("CMD", "ENTRYPOINT") or _onbuild_run(i))


def _exec_view(an: ArchAnalysis, ins: Instruction) -> list[ScriptView]:
    """An exec-form ``["cargo", "clippy", "--target=…"]`` read as the one command it runs:
    the words joined as a shell would need them quoted, each mapped to its JSON string."""
    if not ins.is_json or ins.keyword not in ("CMD", "ENTRYPOINT") or not ins.args:
        return []
    import shlex

    text = ""
    segments: list[tuple[int, int, int]] = []
    for a in ins.args:
        word = shlex.quote(a.value)
        if text:
            text += " "
        # an unquoted word starts at the string's first character, a quoted one at its '"'
        segments.append((len(text), a.span.line,
                         a.span.column + (0 if word.startswith("'") else 1)))
        text += word
    return [an.view_for_text(ins, SourceText(text, segments))]


# prefilter: a RUN without any of these cannot pin a toolchain target
_TOOLCHAIN_WORDS = ("cargo", "rustc", "cross", "dotnet", "zig", "pip", "npm", "yarn", "pnpm",
                    "configure", "gcc", "g++", "clang", "cc", "c++", "-linux-", "CC=", "CXX=",
                    "AR=", "LD=", "TARGET", "RuntimeIdentifier", "PIP_PLATFORM", "mvn", "gradle",
                    "sbt", "uv", "bun", "deno", "cmake", "CMAKE_", "conan", "vcpkg", "VCPKG_")


_TOOLCHAIN_RE = re.compile(trie_alternation(_TOOLCHAIN_WORDS))


def _mentions_toolchain(text: str) -> bool:
    return _TOOLCHAIN_RE.search(text) is not None


# What _toolchain_script reads in a RUN, spelled out: the target options of each command
# group (_option_words matches the option word itself, or ``option=value``), the
# RuntimeIdentifier properties, the -D classifier properties, a cross compiler named by its
# triple, and the assignments of TARGET_VARS. A case gap needs one of them too (it reports
# a case that sets or feeds these words). A RUN without any has nothing to parse for AL205.
_TARGET_HINT = re.compile(
    r"-(?:" + trie_alternation(("-target", "target", "Dtarget", "-platform", "-arch", "-cpu",
                                "-host", "-runtime", "Djavacpp.platform", "Dos.detected",
                                "Dos.arch", "unknown-linux-", "-python-platform", "-triplet",
                                "DCMAKE_C", "DVCPKG_TARGET_TRIPLET"))
    + r"|[ra](?![\w-])|linux-[a-z0-9_]+-(?:gcc|g\+\+|cc|c\+\+|ld|ar))"
    r"|RuntimeIdentifier|CMAKE_SYSTEM_PROCESSOR|settings\.arch|arch=|(?:"
    + trie_alternation(TARGET_VARS) + ")="
)


_RUST_TRIPLE = re.compile(r"[a-z0-9_]+-unknown-linux-[a-z0-9_]+")
_CARGO_BUILD_TARGET = re.compile(r"^\s*\[build\][^\[]*?^\s*target\s*=\s*[\"']([^\"']+)[\"']",
                                 re.M | re.S)
_RUST_TOOLS = frozenset(("rustup", "cargo", "rustc", "cross", "cargo-zigbuild"))
_CMAKE_TARGET = re.compile(r"-D(?:CMAKE_SYSTEM_PROCESSOR|CMAKE_(?:C|CXX|ASM)_COMPILER_TARGET"
                           r"|CMAKE_(?:C|CXX)_COMPILER|VCPKG_TARGET_TRIPLET)(?::\w+)?=")
_CONAN_ARCH = re.compile(r"(?:^|settings\.|:h\s*|\s)arch=")


def _names_a_target(text: str) -> bool:
    # Every alternative but two starts with "-", so the regex engine skips ahead to a "-"
    # (2.6x faster than with a look-behind first); the look-behind of the dotnet options
    # ``-r``/``-a`` (not ``x-r``, ``--a``) is checked here instead. Only dotnet reads them.
    dotnet = "dotnet" in text
    for m in _TARGET_HINT.finditer(text):
        s = m.start()
        if m.end() - s == 2 and (not dotnet or (s and (text[s - 1].isalnum()
                                                      or text[s - 1] in "_-"))):
            continue
        return True
    return False


def _fix_for(key: str) -> str:
    k = key.lower()
    if "cargo" in k or "rust" in k:
        return TARGETARCH_FIX["rust"]
    if k.startswith("npm"):
        return TARGETARCH_FIX["npm"]
    if "pip" in k:
        return TARGETARCH_FIX["pip"]
    if "dotnet" in k or "runtime" in k:
        return TARGETARCH_FIX["dotnet"]
    return TARGETARCH_FIX["cc"]


_OTHER_OS = LazyPattern(
    r"windows|darwin|apple|mingw|msvc|wasm|\bwin-|\bwin32\b|\bosx-|freebsd|android|\bios\b",
    re.IGNORECASE,
)


def _target_candidate(stage: Stage, pinned: Platform | None, h: ArchHit, what: str, role: str,
                      fix: str, group: str) -> list[_Candidate]:
    if _stage_named_for(stage, h.arch) or (pinned is not None and arch_matches(h.arch, pinned)):
        return []
    if h.value is not None and _OTHER_OS.search(h.value.text):
        return []  # a Windows/macOS/wasm artifact, not the image's binary
    origin = f" (from {h.origin})" if h.origin else ""
    return [_Candidate(
        h.span, h.arch, h.broken,
        f"{what} pins {role} to {h.token}{origin}; {image_phrase(h.broken)} would get a "
        f"build for {h.token}. {fix[0].upper() + fix[1:]}",
        stage.index, group, h.origin_span)]


def _toolchain_script(view: ScriptView, stage: Stage, pinned: Platform | None
                      ) -> list[_Candidate]:
    out: list[_Candidate] = []
    # assignments: CC=x86_64-linux-gnu-gcc, export CARGO_BUILD_TARGET=..., npm_config_arch=x64
    for a in view.script.assignments():
        if a.name not in TARGET_VARS or a.value is None or a.kind in ("for", "read"):
            continue
        plats = view.command_platforms(guards=a.guards)
        for h in view.arch_hits(a.value, plats):
            out.extend(_target_candidate(stage, pinned, h, a.name, TARGET_VARS[a.name],
                                         _fix_for(a.name), a.name))
    relevant: list[ShWord] = []
    for cmd in view.commands():
        name, args, _env = cmd.unwrapped()
        if not name:
            continue
        words: list[ShWord] = []
        role, fix, what = "", "", name
        sub = _subcommand(args)
        if name in ("cargo", "rustc", "cross", "cargo-zigbuild"):
            words = _option_words(args, ["--target"])
            role, fix, what = "the Rust target", TARGETARCH_FIX["rust"], f"{name} --target"
        elif name == "rustup" and sub == "target":
            continue  # adding a target is harmless; building for it is what --target checks
        elif name in ("make", "gmake", "bmake"):
            # make's command-line variables: make CC=x86_64-linux-gnu-gcc, CC="zig cc -target …"
            plats = view.command_platforms(cmd)
            for arg in args:
                key = (arg.value or "").split("=", 1)[0]
                if key in TARGET_VARS and plats and "=" in (arg.value or ""):
                    relevant.append(arg)
                    for h in view.arch_hits(arg, plats):
                        out.extend(_target_candidate(stage, pinned, h, key, TARGET_VARS[key],
                                                     _fix_for(key), key))
            continue
        elif name == "dotnet" and sub in ("publish", "build", "restore", "run", "test", "pack"):
            words = _option_words(args, ["-r", "--runtime", "-a", "--arch"]) + [
                a for a in args
                if re.match(r"^[-/]p(roperty)?:RuntimeIdentifiers?=", a.value or a.text or "")
            ]
            role, fix, what = "the .NET runtime", TARGETARCH_FIX["dotnet"], f"dotnet {sub}"
        elif name == "zig" or (name == "zig" and sub in ("cc", "c++", "build")):
            words = _option_words(args, ["-target", "--target", "-Dtarget"])
            role, fix, what = "the zig target", TARGETARCH_FIX["zig"], f"zig {sub}"
        elif re.match(r"^pip[0-9.]*$", name) or (
            name.startswith("python") and len(args) >= 2 and args[0].value == "-m"
            and (args[1].value or "").startswith("pip")
        ):
            if sub in ("download", "install", "wheel") or "pip" in (args[1].value or "" if
                                                                     len(args) > 1 else ""):
                # uv pip … is unwrapped to pip …; uv names the option --python-platform
                words = _option_words(args, ["--platform", "--python-platform"])
                role, fix, what = "pip's platform", TARGETARCH_FIX["pip"], "pip --platform"
        elif name == "uv" and sub in ("pip", "sync", "export", "lock"):
            # uv sync --python-platform x86_64-manylinux_2_28
            words = _option_words(args, ["--python-platform"])
            role, fix, what = "uv's target platform", TARGETARCH_FIX["pip"], \
                "uv --python-platform"
        elif name == "cmake":
            # -DCMAKE_SYSTEM_PROCESSOR=aarch64, -DCMAKE_C_COMPILER_TARGET=x86_64-linux-gnu,
            # -DCMAKE_C_COMPILER=aarch64-linux-gnu-gcc, -DVCPKG_TARGET_TRIPLET=x64-linux
            words = [a for a in args if _CMAKE_TARGET.match(a.value or a.text or "")]
            role, fix, what = "the CMake target", TARGETARCH_FIX["cc"], "cmake"
        elif name == "conan":
            # conan install -s arch=x86_64, conan profile update settings.arch=x86_64 default
            words = [a for a in args if _CONAN_ARCH.search(a.value or a.text or "")]
            role, fix, what = "conan's target arch", TARGETARCH_FIX["cc"], "conan"
        elif name == "vcpkg":
            words = _option_words(args, ["--triplet"])
            role, fix, what = "vcpkg's triplet", TARGETARCH_FIX["cc"], "vcpkg --triplet"
        elif name in ("echo", "printf") and any(
                "CMAKE_SYSTEM_PROCESSOR" in (a.value or a.text or "") for a in args):
            # a toolchain file written line by line: set(CMAKE_SYSTEM_PROCESSOR aarch64)
            words = [a for a in args if "CMAKE_SYSTEM_PROCESSOR" in (a.value or a.text or "")]
            role, fix, what = "the CMake target", TARGETARCH_FIX["cc"], \
                "CMAKE_SYSTEM_PROCESSOR"
        elif cmd.heredoc and any(".cargo/config" in (r.value or r.text) for r in cmd.redirects):
            # cat > .cargo/config.toml <<EOF  [build]  target = "x86_64-unknown-linux-gnu"
            m = _CARGO_BUILD_TARGET.search(cmd.heredoc)
            if m and cmd.name is not None:
                words = [static_word(m.group(1), cmd.name.source,
                                     cmd.heredoc_start + m.start(1))]
                role, fix, what = "the Rust target", TARGETARCH_FIX["rust"], \
                    ".cargo/config [build] target"
        elif name in ("bun", "deno") and sub in ("build", "compile"):
            # bun build --compile --target=bun-linux-x64, deno compile --target <triple>
            words = _option_words(args, ["--target"])
            role, fix, what = "the compile target", TARGETARCH_FIX["bun"], f"{name} {sub}"
        elif name in ("npm", "yarn", "pnpm", "npx"):
            words = _option_words(args, ["--arch", "--target_arch", "--target-arch", "--cpu"])
            role, fix, what = "npm's target arch", TARGETARCH_FIX["npm"], f"{name} --arch"
        elif name in ("configure",) or (cmd.name_value == "configure"):
            # --target of configure is the target of a compiler being built: not the image's
            words = _option_words(args, ["--host"])
            role, fix, what = "the configure host", TARGETARCH_FIX["configure"], "configure --host"
        elif name in ("mvn", "mvnw", "gradle", "gradlew", "sbt"):
            words = [a for a in args if re.match(
                r"^-D(javacpp\.platform|os\.detected\.(classifier|arch)|os\.arch)=",
                a.value or a.text)]
            role, fix, what = "the native classifier", TARGETARCH_FIX["java"], name
        elif name in ("gcc", "g++", "clang", "clang++", "cc", "c++"):
            words = _option_words(args, ["--target", "-target"])
            role, fix, what = "the C target", TARGETARCH_FIX["cc"], f"{name} --target"
        elif re.match(r"^[a-z0-9_]+-[a-z0-9_]+-linux-[a-z0-9_]+-(gcc|g\+\+|cc|c\+\+|ld|ar)"
                      r"(-[0-9.]+)?$", name) or re.match(
                          r"^[a-z0-9_]+-linux-[a-z0-9_]+-(gcc|g\+\+|ld)(-[0-9.]+)?$", name):
            # x86_64-linux-gnu-gcc main.c: a cross compiler called by its triple
            plats = view.command_platforms(cmd)
            if cmd.name is not None and plats:
                for h in view.arch_hits(cmd.name, plats):
                    out.extend(_target_candidate(stage, pinned, h, name, "the C compiler",
                                                 TARGETARCH_FIX["cc"], "cc"))
            continue
        if not words:
            continue
        plats = view.command_platforms(cmd)  # after the cheap tests: guards cost more
        if not plats:
            continue
        for w in words:
            relevant.append(w)
            for h in view.arch_hits(w, plats):
                group = "dotnet-restore" if name == "dotnet" and sub == "restore" else name
                out.extend(_target_candidate(stage, pinned, h, what, role, fix, group))
    tv = [a for a in view.script.assignments() if a.name in TARGET_VARS and a.value]
    relevant.extend(a.value for a in tv if a.value is not None)
    if "-unknown-linux-" in view.script.text:
        # a Rust triple written anywhere (echo x86_64-unknown-linux-musl > /rust-target): a
        # case on the architecture that picks it is choosing the toolchain target
        relevant.extend(w for c in view.commands() for w in c.args
                        if _RUST_TRIPLE.search(w.value or w.text))
        # rustTarget=x86_64-unknown-linux-gnu set in a case and handed to rustup/cargo (or
        # written to a file for them); a triple that names a download is AL301's
        rust_uses = {v for c in view.commands() if c.unwrapped()[0] in _RUST_TOOLS
                     for w in c.args for v in w.variables}
        relevant.extend(a.value for a in view.script.assignments()
                        if a.value is not None and a.name in rust_uses
                        and _RUST_TRIPLE.search(a.value.value or a.value.text))
    out.extend(_case_gap_candidates(view, stage, relevant,
                                    [(w.start, w.end) for w in relevant], "the toolchain target",
                                    "toolchain"))
    return out


# --------------------------------------------------------------------------------------
# AL206 build-platform-binary

_XX = re.compile(r"^xx-")


def _stage_scripts(an: ArchAnalysis, stage: Stage, hint: str | re.Pattern[str] | None = None
                   ) -> list[tuple[Instruction, ScriptView]]:
    """The scripts of the stage's RUNs; with ``hint``, only of the RUNs whose text holds it
    (the others are not parsed)."""
    out: list[tuple[Instruction, ScriptView]] = []
    for ins in stage.instructions:
        if ins.keyword != "RUN":
            continue
        if hint is not None:
            text = instruction_text(ins)
            if (hint not in text) if isinstance(hint, str) else (hint.search(text) is None):
                continue
        out.extend((ins, v) for v in an.scripts(ins))
    return out


class _Executed:
    """The programs a stage runs (:func:`_executed_paths`), listed on the first question:
    that parses every RUN of the stage, which only some builds need."""

    def __init__(self, an: ArchAnalysis, stage: Stage) -> None:
        self._an, self._stage = an, stage
        self._paths: set[str] | None = None

    def __contains__(self, path: object) -> bool:
        if self._paths is None:
            self._paths = _executed_paths(_stage_scripts(self._an, self._stage))
        return path in self._paths


def _stage_uses_xx(an: ArchAnalysis, stage: Stage) -> bool:
    for ins in stage.instructions:
        f = ins.flag("from")
        if f and f.value and "xx" in f.value.lower():
            return True
        if ins.keyword == "RUN":
            for m in ins.flags_named("mount"):
                src = m.mount_options().get("from", "")
                if "xx" in src.lower():
                    return True
    for _ins, v in _stage_scripts(an, stage, "xx-"):  # an xx-* command name spells "xx-"
        for c in v.commands():
            if _XX.match(c.name_value):
                return True
    return False


def _stage_env_param(an: ArchAnalysis, ins: Instruction, names: Sequence[str]) -> bool:
    """Is one of ``names`` set, arch-dependently, as ENV/ARG visible to ``ins``?"""
    scope = an.dvars(ins)
    return any(n in scope and an.dvar_is_param(n, ins) for n in names)


def _script_param(view: ScriptView, cmd: Command, names: Sequence[str]) -> bool:
    """Is one of ``names`` set arch-dependently for ``cmd`` (prefix, export before it)?"""
    for e in cmd.unwrapped()[2]:
        if e.name in names and e.value is not None and view.is_param(e.value):
            return True
    for a in view.script.assignments():
        if a.start >= cmd.start:
            break
        if a.name in names and a.kind != "prefix" and a.value is not None and view.is_param(
            a.value
        ):
            return True
        if a.name in names and a.kind != "prefix" and a.name in view.param_vars:
            return True
    return False


def _env_value(view: ScriptView, an: ArchAnalysis, ins: Instruction, cmd: Command, name: str
               ) -> tuple[str | None, Span | None]:
    """The constant value of ``name`` for ``cmd`` (prefix, earlier export, ENV), if known."""
    for e in cmd.unwrapped()[2]:
        if e.name == name and e.value is not None:
            return e.value.value, e.span
    found: tuple[str | None, Span | None] = (None, None)
    for a in view.script.assignments():
        if a.start >= cmd.start:
            break
        if a.name == name and a.kind != "prefix" and a.value is not None:
            found = (a.value.value, a.span)
    if found[1] is not None:
        return found
    dv = an.dvars(ins).get(name)
    if dv is not None:
        return dv.value, dv.span
    return None, None


_COMPILERS = {"gcc", "g++", "cc", "c++", "clang", "clang++"}
# The commands AL206 reads, as words (a command name is the basename of its static value)
_COMPILE_WORD = re.compile(r"(?<![\w-])(?:go|xcaddy|jlink|mix|rebar3"
                           r"|pyinstaller|PyInstaller|nuitka3?"
                           r"|cargo|cargo-zigbuild|cross|gcc|g\+\+|cc"
                           r"|c\+\+|clang|clang\+\+|make|gmake|ninja|cmake|dotnet|native-image|nativeCompile"
                           r"|nativeImage"
                           r"|-Pnative|-Dnative|-Dquarkus\.native\.enabled=true"
                           r"|-Dquarkus\.package\.type=native|native:compile(?:-no-fork)?)"
                           r"(?![\w-])")
# GraalVM native image builds: they compile for the machine they run on and cannot cross
_NATIVE_TASKS = frozenset(("nativeCompile", "nativeImage", "native:compile",
                           "native:compile-no-fork", "-Pnative", "-Dnative",
                           "-Dquarkus.native.enabled=true", "-Dquarkus.package.type=native",
                           "graalvm-native-image:packageBin"))
# what says a stage builds C code (make alone may build documents or assets) ...
_C_BUILD_HINT = re.compile(r"(?<![\w-])(?:configure|phpize|PHPIZE_DEPS|cmake|meson|autoreconf"
                           r"|gcc|g\+\+|clang|build-essential|build-base)(?![\w-])")
# ... and that it is set up to cross-compile (then its make builds for the target)
_CROSS_HINT = re.compile(r"TARGETARCH|TARGETPLATFORM|TARGETVARIANT|CROSS_COMPILE|--host[= ]"
                         r"|CMAKE_TOOLCHAIN_FILE|CMAKE_C_COMPILER|\bCC=|\bCXX=|xx-")
_MAKE_OTHER_GOALS = frozenset(("doc", "docs", "html", "man", "pdf", "check", "test", "tests",
                               "clean", "distclean", "lint", "format"))
_MAKE_BUILD_GOALS = frozenset(("", "all", "install", "build", "release", "static", "shared",
                               "lib", "libs", "bin", "modules"))
_DATA_SUFFIXES = (".js", ".mjs", ".css", ".html", ".json", ".txt", ".md", ".h", ".hpp",
                  ".jar", ".war", ".class", ".py", ".pdf", ".png", ".svg", ".xml", ".yaml",
                  ".yml", ".toml", ".proto", ".pb.go", ".go", ".sql")


def _copies_release(consumers: Sequence[tuple[Stage, Instruction]]) -> str:
    """"stage S copies the release (line N)" for the first consumer that copies a release
    directory (``_build/prod/rel/app``, ``rel/``) or the whole working directory."""
    for st, ins in consumers:
        if ins.keyword in ("COPY", "ADD") and any(
                "_build" in w.value or "rel/" in w.value or w.value.rstrip("/") in (".", "")
                for w in ins.args[:-1]):
            return f"stage {st.name or st.index} copies the release (line {ins.line})"
    return ""


def _rebar3_task(args: Sequence[ShWord]) -> str:
    """The task of ``rebar3 [as PROFILE[,…]] TASK``."""
    vals = [a.value or "" for a in args if not (a.value or "").startswith("-")]
    if len(vals) >= 3 and vals[0] == "as":
        return vals[2]
    return vals[0] if vals else ""


def _at_build(ctx: CheckContext, cmd: Command, message: str) -> Finding:
    """An AL206 finding: at the build command, for every requested platform."""
    return ctx.finding(cmd.name.span if cmd.name else cmd.span, message,
                       platforms=ctx.platforms)


def _dotnet_native(args: Sequence[ShWord]) -> bool:
    """Does this ``dotnet publish`` produce machine code (not portable IL)?"""
    vals = [(a.value or "").lower() for a in args]
    for i, v in enumerate(vals):
        if v in ("--self-contained", "--sc", "--use-current-runtime", "--ucr"):
            nxt = vals[i + 1] if i + 1 < len(vals) else ""
            if nxt != "false":
                return True
        if v.startswith(("--self-contained=true", "--sc=true")):
            return True
        if re.match(r"^[-/]p(roperty)?:(publishreadytorun|publishaot|publishsingfile"
                    r"|publishsinglefile|selfcontained)=true", v):
            return True
    return False


def _is_native_image(name: str, args: Sequence[ShWord]) -> bool:
    if name == "native-image":
        return True
    return name.rsplit("/", 1)[-1] in ("gradle", "gradlew", "mvn", "mvnw", "sbt") and any(
        (a.value or "") in _NATIVE_TASKS for a in args)


def _copies_binaries(consumers: Sequence[tuple[Stage, Instruction]]) -> bool:
    """Does some consumer copy a path that may be a program or a library (``redis.so``,
    ``/out/app``, ``…/bin/``), not only data (``.js``, ``.jar``, headers…)?"""
    for _st, ins in consumers:
        if ins.keyword not in ("COPY", "ADD"):
            return True
        for w in ins.args[:-1]:
            src = w.value.strip().rstrip("/")
            base = src.rsplit("/", 1)[-1]
            if not base.endswith(_DATA_SUFFIXES):
                return True
    return False


def build_platform_binary(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.single_platform or not _names_build_platform(ctx.dockerfile.text):
        return
    an = analysis(ctx)
    for stage in ctx.dockerfile.stages:
        if not an.reachable(stage):
            continue  # BuildKit never builds a stage the image does not use
        if not an.is_build_stage(stage):
            continue
        consumers = _image_consumers(an, stage)
        if not consumers or not any(
                ins.keyword == "RUN" and _COMPILE_WORD.search(instruction_text(ins))
                for ins in stage.instructions):
            continue  # nothing copied out, or no RUN of the stage names a compiler
        uses_xx = _stage_uses_xx(an, stage)
        # only the RUNs that name a compiler hold a command this check reads; the programs
        # the whole stage runs are listed when a build's output may be one of them
        executed = _Executed(an, stage)
        goenv_at = _go_env_w_goarch(_stage_scripts(an, stage, "GOARCH="))
        consumer = consumers[0]
        via = (f"stage {consumer[0].name or consumer[0].index} copies its output "
               f"(line {consumer[1].line})")
        native_reported = False
        for ins, view in _stage_scripts(an, stage, _COMPILE_WORD):
            for cmd in view.commands():
                name, args, _ = cmd.unwrapped()
                sub = _subcommand(args)
                if name == "go" and sub in ("build", "install"):
                    if uses_xx:
                        continue
                    if not _output_copied(args, consumers) or (sub == "build"
                                                               and _compile_check(args)):
                        continue
                    state = "unknown" if _set_elsewhere(goenv_at, ins, view, cmd) else \
                        _var_state(view, an, ins, cmd, "GOARCH")
                    if state in ("unset", "build"):
                        if _is_tool_build(args, executed, consumers, view):
                            continue
                        how = ("without GOARCH=$TARGETARCH" if state == "unset" else
                               "with GOARCH taken from the build machine (uname, dpkg, "
                               "go env or BUILDARCH describe the builder in this stage)")
                        yield _at_build(
                            ctx, cmd,
                            f"go {sub} runs in a --platform=$BUILDPLATFORM stage {how}, and "
                            f"{via}: every image would get a build-machine binary. Add ARG "
                            "TARGETOS TARGETARCH and run GOOS=$TARGETOS GOARCH=$TARGETARCH "
                            "go build (or xx-go)",
                        )
                        continue
                    if state != "target":
                        # a constant GOARCH is AL204's finding; one from a build arg of the
                        # project (GOARCH=$ARCH) is the user's choice
                        continue
                    cgo, _ = _env_value(view, an, ins, cmd, "CGO_ENABLED")
                    if cgo == "1" and not _has_cross_cc(view, an, ins, cmd, stage) and \
                            not _is_tool_build(args, executed):
                        yield _at_build(
                            ctx, cmd,
                            "CGO_ENABLED=1 cross build in a --platform=$BUILDPLATFORM stage "
                            "without a cross C toolchain: cgo would compile C code for the "
                            "build machine. Use xx-go with xx-apk/xx-apt-get installing gcc "
                            "for the target, set CC to a cross compiler, or CGO_ENABLED=0",
                        )
                elif name == "jlink" or (not name and cmd.name is not None
                                         and cmd.name.text.rsplit("/", 1)[-1] == "jlink"):
                    # jlink links the runtime from the jmods of the JDK it runs: here the
                    # build machine's, unless --module-path names the target's
                    runtime = _option_value(args, ["--output"])
                    mods = _option_words(args, ["--module-path", "-p"])
                    if runtime in (None, "$") or any(view.is_param(m) for m in mods):
                        continue  # jmods chosen by architecture: the target's, or the user's
                    copied = _copied_by(args, consumers, runtime, "the runtime")
                    if copied:
                        yield _at_build(
                            ctx, cmd,
                            f"jlink runs in a --platform=$BUILDPLATFORM stage, so it links the "
                            f"build machine's JDK (its jmods are that machine's architecture), "
                            f"and {copied}: every image would get a build-machine Java "
                            "runtime. Run jlink in a stage without --platform (the target's "
                            "JDK), or point --module-path at jmods of a JDK for $TARGETARCH",
                        )
                elif (frz := _freezer(name, args)) is not None:
                    # PyInstaller/Nuitka bundle the Python interpreter and native modules of
                    # the machine they run on: they cannot build for another architecture
                    tool, fargs = frz
                    copied = _copied_by(fargs, consumers, _freezer_output(tool, fargs) or None,
                                        "the result")
                    if copied:
                        yield _at_build(
                            ctx, cmd,
                            f"{tool} runs in a --platform=$BUILDPLATFORM stage, so it bundles "
                            f"the build machine's Python and native modules, and {copied}: "
                            f"every image would get a build-machine executable. Run {tool} in "
                            f"a stage without --platform (the target's Python)",
                        )
                elif (name == "mix" and sub == "release") or (
                        name == "rebar3" and _rebar3_task(args) in ("release", "tar")):
                    # an Erlang/Elixir release bundles the runtime (ERTS, include_erts: true
                    # by default) and the NIFs of the machine it is assembled on
                    copied = _copies_release(consumers)
                    if copied:
                        yield _at_build(
                            ctx, cmd,
                            f"{name} {sub} runs in a --platform=$BUILDPLATFORM stage, so the "
                            f"release bundles the build machine's Erlang runtime (ERTS) and "
                            f"compiled NIFs, and {copied}: every image would get build-machine "
                            "binaries. Assemble the release in a stage without --platform (the "
                            "target's Erlang), or set include_erts: false and run it on a "
                            "target-platform Erlang image when no dependency has a NIF",
                        )
                elif name == "xcaddy" and sub == "build":
                    # xcaddy runs go build: GOOS/GOARCH decide the binary's platform, and
                    # its output (--output, else ./caddy) is the image's server
                    if uses_xx or not _output_copied(args, consumers, _xcaddy_output(args)):
                        continue
                    state = "unknown" if _set_elsewhere(goenv_at, ins, view, cmd) else \
                        _var_state(view, an, ins, cmd, "GOARCH")
                    if state in ("unset", "build"):
                        how = ("without GOARCH=$TARGETARCH" if state == "unset" else
                               "with GOARCH taken from the build machine")
                        yield _at_build(
                            ctx, cmd,
                            f"xcaddy build runs in a --platform=$BUILDPLATFORM stage {how} (it "
                            f"runs go build), and {via}: every image would get a build-machine "
                            "caddy. Add ARG TARGETOS TARGETARCH and run GOOS=$TARGETOS "
                            "GOARCH=$TARGETARCH xcaddy build",
                        )
                elif name in ("cargo", "cargo-zigbuild", "cross") and sub in (
                    "build", "install", "zigbuild", "auditable"
                ):
                    if uses_xx or name == "cross":
                        continue
                    targets = _option_words(args, ["--target"])
                    if targets and not all(view.is_param(t) and not view.is_target_param(t)
                                           for t in targets):
                        continue  # from TARGETARCH, a constant (AL205) or the user's choice
                    if not targets and _var_state(view, an, ins, cmd, "CARGO_BUILD_TARGET") \
                            not in ("unset", "build"):
                        continue
                    if sub == "install" and _is_tool_build(args, executed):
                        continue
                    how = ("with a --target taken from the build machine" if targets
                           else "without --target")
                    yield _at_build(
                        ctx, cmd,
                        f"cargo {sub} runs in a --platform=$BUILDPLATFORM stage {how}, and "
                        f"{via}: every image would get a build-machine binary. Map "
                        "TARGETARCH to a Rust triple and pass --target, or use xx-cargo",
                    )
                elif name == "dotnet" and sub == "publish" and _dotnet_native(args):
                    # self-contained, ReadyToRun, single-file or AOT output is native code
                    if _option_words(args, ["-a", "--arch", "-r", "--runtime"]) or any(
                            re.match(r"^[-/]p(roperty)?:RuntimeIdentifiers?=", a.value or "")
                            for a in args):
                        continue  # a target is given: from TARGETARCH, or AL205's finding
                    if not _output_copied(args, consumers):
                        continue
                    yield _at_build(
                        ctx, cmd,
                        f"dotnet publish builds native output (self-contained, ReadyToRun, "
                        f"single-file or AOT) in a --platform=$BUILDPLATFORM stage without "
                        f"-a $TARGETARCH, and {via}: every image would get the build "
                        "machine's. Add ARG TARGETARCH and pass -a $TARGETARCH",
                    )
                elif _is_native_image(name, args):
                    if not _output_copied(args, consumers):
                        continue
                    yield _at_build(
                        ctx, cmd,
                        f"GraalVM native-image ({name}) runs in a --platform=$BUILDPLATFORM "
                        f"stage, and {via}: it compiles for the machine it runs on and cannot "
                        "cross-compile, so every image would get a build-machine binary. "
                        "Build this stage for the target platform (drop --platform, or build "
                        "per platform on native runners)",
                    )
                elif _is_native_build(name, args):
                    if native_reported or uses_xx or not _copies_binaries(consumers) or not \
                            _stage_builds_c(an, stage) or _stage_cross_ready(an, stage):
                        continue
                    native_reported = True  # make then make install: one build, one finding
                    yield _at_build(
                        ctx, cmd,
                        f"{name} builds C code in a --platform=$BUILDPLATFORM stage with no "
                        f"cross compiler, and {via}: every image would get a build-machine "
                        "binary. Configure the build for the target (CC from xx-clang or a "
                        "cross compiler chosen from TARGETARCH, --host for configure) or build "
                        "this stage for the target platform",
                    )
                elif name in _COMPILERS:
                    if uses_xx:
                        continue
                    if any(view.is_target_param(t) for t in _option_words(args, ["--target",
                                                                                 "-target"])):
                        continue
                    if any((a.value or "") in ("-E", "-dumpmachine", "--version", "-v")
                           for a in args):
                        continue
                    if not _output_copied(args, consumers) or _is_tool_build(args, executed):
                        continue
                    yield _at_build(
                        ctx, cmd,
                        f"{name} compiles for the build machine in a --platform=$BUILDPLATFORM "
                        f"stage, and {via}: every image would get a build-machine binary. Use "
                        "xx-clang / a cross compiler chosen from TARGETARCH",
                    )


def _image_consumers(an: ArchAnalysis, stage: Stage) -> list[tuple[Stage, Instruction]]:
    """The stages built for the target that copy from ``stage`` (with the copying
    instruction); the image's own stage counts even when it is a build-platform one (AL208)."""
    return [(st, ins) for st, ins in an.stages_copying_from(stage)
            if an.reachable(st) and (not an.is_build_stage(st) or an.in_image(st))]


_BUILD_SUBCOMMANDS = ("build", "install", "zigbuild", "auditable")


def builds_for_images(an: ArchAnalysis, stage: Stage) -> bool:
    """Does this build-machine stage compile something another stage copies into an image
    (go/cargo/C builds whose output a target stage may copy, tool builds the stage runs
    itself left out)? Its compiler flags then reach the images (AL402)."""
    consumers = _image_consumers(an, stage)
    if not consumers:
        return False
    executed = _Executed(an, stage)
    for _ins, view in _stage_scripts(an, stage, _COMPILE_WORD):
        for cmd in view.commands():
            name, args, _ = cmd.unwrapped()
            builds = name in _COMPILERS or (name in ("go", "cargo", "cargo-zigbuild", "cross")
                                            and _subcommand(args) in _BUILD_SUBCOMMANDS) or (
                _is_native_build(name, args) and _stage_builds_c(an, stage))
            if builds and _output_copied(args, consumers) and not _is_tool_build(args, executed):
                return True
    return False


def _is_native_build(name: str, args: Sequence[ShWord]) -> bool:
    """make/ninja building its default (or an install/build) goal, or ``cmake --build``."""
    if name in ("make", "gmake", "ninja"):
        goals = _make_goals(args)
        # make all mpi: a build goal among project-specific ones; docs and tests are not
        return (not goals or bool(goals & _MAKE_BUILD_GOALS)) and not goals & _MAKE_OTHER_GOALS
    vals = [a.value or "" for a in args]
    return name == "cmake" and "--build" in vals and not any(
        v in ("doc", "docs", "html") for v in vals)


def _make_goals(args: Sequence[ShWord]) -> set[str]:
    """The goals of a make command line (``make -C src -j4 install`` -> {"install"})."""
    goals: set[str] = set()
    skip = False
    for i, a in enumerate(args):
        v = a.value if a.value is not None else a.text
        if skip:
            skip = False
            continue
        takes_value = v in ("-C", "-f", "-I", "-o", "-W", "--file", "--directory",
                            "--include-dir")
        counted = v in ("-j", "-l") and i + 1 < len(args) and (args[i + 1].value or "").isdigit()
        if takes_value or counted:
            skip = True
        elif not v.startswith("-") and "=" not in v:
            goals.add(v)
    return goals


def _stage_builds_c(an: ArchAnalysis, stage: Stage) -> bool:
    return _C_BUILD_HINT.search(an.stage_text(stage)) is not None


def _stage_cross_ready(an: ArchAnalysis, stage: Stage) -> bool:
    return _CROSS_HINT.search(an.stage_text(stage)) is not None


def _copies_program(module: str, consumers: Sequence[tuple[Stage, Instruction]],
                    view: ScriptView | None = None) -> bool:
    """Does a consumer copy the program ``go install <module>@v`` writes (its last path
    element, a ``/vN`` major suffix skipped), under that name or the one a ``mv``/``cp`` of
    the script gives it (``mv /go/bin/cli /go/bin/railpack``)?"""
    parts = [p for p in module.split("/") if p]
    if len(parts) > 1 and re.fullmatch(r"v\d+", parts[-1]):
        parts.pop()
    name = parts[-1] if parts else ""
    if not name:
        return False
    names = {name}
    if view is not None:
        for c in view.commands():
            cname, cargs, _ = c.unwrapped()
            vals = [a.value or "" for a in cargs if not (a.value or "").startswith("-")]
            if cname in ("mv", "cp", "ln") and len(vals) == 2 and \
                    vals[0].rstrip("/").rsplit("/", 1)[-1] in names:
                names.add(vals[1].rstrip("/").rsplit("/", 1)[-1])
    return any(
        ins.keyword in ("COPY", "ADD") and any(
            w.value.rstrip("/").rsplit("/", 1)[-1] in names for w in ins.args[:-1])
        for _st, ins in consumers)


def _compile_check(args: Sequence[ShWord]) -> bool:
    """``go build ./...`` without ``-o``: a compile check, nothing is written."""
    vals = [a.value or "" for a in args]
    return "-o" not in vals and any(v.endswith("/...") for v in vals)


def _freezer(name: str, args: Sequence[ShWord]) -> tuple[str, Sequence[ShWord]] | None:
    """``pyinstaller …``, ``nuitka …``, ``python -m PyInstaller|nuitka …``: (tool, its args)."""
    if name in ("pyinstaller", "nuitka", "nuitka3"):
        return ("PyInstaller" if name == "pyinstaller" else "Nuitka"), args
    if name.startswith("python") and len(args) >= 2 and args[0].value == "-m" and (
            args[1].value in ("PyInstaller", "nuitka")):
        return ("PyInstaller" if args[1].value == "PyInstaller" else "Nuitka"), args[2:]
    return None


def _freezer_output(tool: str, args: Sequence[ShWord]) -> str:
    """Where PyInstaller (``--distpath``, default ``dist``; ``--name``) or Nuitka
    (``--output-dir``, ``--output-filename``) writes; "" when unsure."""
    script = next((v.rsplit("/", 1)[-1][:-3] for a in args
                   if (v := a.value or "").endswith(".py")), "")
    if tool == "PyInstaller":
        where, name = _option_value(args, ["--distpath"]) or "dist", \
            _option_value(args, ["--name", "-n"]) or script
    else:
        where = _option_value(args, ["--output-dir"]) or "."
        name = _option_value(args, ["--output-filename"]) or (f"{script}.bin" if script else "")
    if not name or "$" in where + name:
        return ""
    return f"{where.rstrip('/')}/{name}"


def _xcaddy_output(args: Sequence[ShWord]) -> str:
    """Where ``xcaddy build`` writes: ``--output PATH`` ("$" when not static: unsure), else
    ``caddy`` in the working directory."""
    return _option_value(args, ["--output"]) or "caddy"


def _option_value(args: Sequence[ShWord], names: Sequence[str]) -> str | None:
    """The value of the first ``--opt VALUE`` / ``--opt=VALUE`` of :func:`_option_words`:
    None when absent, "$" when not static."""
    for w in _option_words(args, names):
        if w.value is None:
            return "$"
        for n in names:
            if w.value.startswith(n + "="):
                return w.value[len(n) + 1:]
        return w.value
    return None


def _copied_by(args: Sequence[ShWord], consumers: Sequence[tuple[Stage, Instruction]],
               output: str | None, what: str) -> str:
    """"stage S copies <what> (line N)" for the first consumer that may copy ``output`` (see
    :func:`_output_copied`), "" when none does."""
    for st, ins in consumers:
        if _output_copied(args, [(st, ins)], output):
            return f"stage {st.name or st.index} copies {what} (line {ins.line})"
    return ""


def _output_copied(args: Sequence[ShWord], consumers: Sequence[tuple[Stage, Instruction]],
                   output: str | None = None) -> bool:
    """Could one of the consumers copy the file written by ``-o PATH`` (or ``output``, when
    the caller knows it)? True when unsure."""
    out = output or ""
    vals = [a.value or "" for a in args] if output is None else []
    for i, v in enumerate(vals):
        if v == "-o" and i + 1 < len(vals):
            out = vals[i + 1]
        elif v.startswith("-o") and len(v) > 2 and not v.startswith("-o="):
            out = v[2:]
    if not out or "$" in out:
        return True
    base = out.rstrip("/").rsplit("/", 1)[-1]
    for _st, ins in consumers:
        if ins.keyword not in ("COPY", "ADD"):
            return True
        for w in ins.args[:-1]:
            src = w.value.strip()
            if not src or any(ch in src for ch in "*?[$") or src in ("/", ".", "./"):
                return True
            if base and base in src.rstrip("/").rsplit("/", 1)[-1]:
                return True
            if out.startswith("/") and out.startswith(src.rstrip("/") + "/"):
                return True
            if out.startswith("/") and src.startswith(out.rstrip("/") + "/"):
                return True  # -o /app is a directory the consumer copies a file from
            if not out.startswith("/") and src.rstrip("/").endswith("/" + out.rstrip("/")):
                return True
            if not out.startswith("/") and "/" not in out.rstrip("/") and src.endswith("/"):
                return True
    return False


def _word_state(view: ScriptView, w: ShWord) -> str:
    if view.is_target_param(w):
        return "target"
    if view.is_param(w):
        return "build"
    return "const" if view.resolve(w).static else "unknown"


def _var_state(view: ScriptView, an: ArchAnalysis, ins: Instruction, cmd: Command,
               name: str) -> str:
    """How ``name`` is set for ``cmd`` in a build-platform stage: ``"target"`` (follows
    TARGET* / xx-info), ``"build"`` (uname, dpkg, go env, BUILDARCH: the build machine),
    ``"const"``, ``"unknown"`` (a project build arg, a sourced file...) or ``"unset"``."""
    for e in cmd.unwrapped()[2]:
        if e.name == name and e.value is not None:
            return _word_state(view, e.value)
    last = None
    for a in view.script.assignments():
        if a.start >= cmd.start:
            break
        if a.name == name and a.kind != "prefix":
            last = a
    if last is not None:
        if last.value is not None and last.kind not in ("read", "for"):
            if any(view._guard_is_arch(g) for g in last.guards):
                return "target" if name in view.target_vars else "build"
            return _word_state(view, last.value)
        if name in view.target_vars:
            return "target"
        return "build" if name in view.param_vars else "unknown"
    if any(off < cmd.start for off in view.script.dynamic_env()):
        return "unknown"
    dv = an.dvars(ins).get(name)
    if dv is None:
        return "unset"
    if dv.value is None:
        return "unknown"
    if _TARGET_VALUE.search(dv.value):
        return "target"
    if _BUILD_VALUE.search(dv.value):
        return "build"
    val = an.resolve_text(dv.value, dv.instruction or ins, dv.span or cmd.span)
    return "const" if val.static else "unknown"


_TARGET_VALUE = re.compile(r"\$\{?TARGET(?:ARCH|PLATFORM|VARIANT)\b")
_BUILD_VALUE = re.compile(r"\$\{?BUILD(?:ARCH|PLATFORM|VARIANT)\b")


def _go_env_w_goarch(scripts: list[tuple[Instruction, ScriptView]]) -> tuple[int, int]:
    """(instruction index, offset) of the first ``go env -w GOARCH=...`` of a stage, or a
    position after every instruction when there is none."""
    for i2, v in scripts:
        for c in v.commands():
            name, args, _ = c.unwrapped()
            vals = [a.value or a.text for a in args]
            if name == "go" and vals[:2] == ["env", "-w"] and any(
                x.startswith("GOARCH=") for x in vals
            ):
                return i2.index, c.start
    return 1 << 60, 0


def _set_elsewhere(goenv_at: tuple[int, int], ins: Instruction, view: ScriptView,
                   cmd: Command) -> bool:
    """GOARCH may come from somewhere archlint does not read: ``go env -w GOARCH=...`` earlier
    in the stage, or a sourced file (``. ./build-env.sh``) before the build."""
    if goenv_at < (ins.index, cmd.start):
        return True
    return any(off < cmd.start for off in view.script.dynamic_env())


def _has_cross_cc(view: ScriptView, an: ArchAnalysis, ins: Instruction, cmd: Command,
                  stage: Stage) -> bool:
    if _script_param(view, cmd, ("CC", "CXX")) or _stage_env_param(an, ins, ("CC", "CXX")):
        return True
    cc, _ = _env_value(view, an, ins, cmd, "CC")
    if cc and (find_arch_tokens(cc) or "zig" in cc or cc.startswith("xx-")):
        return True
    for _i, v in _stage_scripts(an, stage):
        for c in v.commands():
            for w in c.args:
                t = w.value or w.text
                if t.startswith(("crossbuild-essential", "gcc-aarch64", "gcc-x86-64",
                                 "gcc-arm-linux", "gcc-multilib")) or "-linux-gnu" in t:
                    return True
    return False


def _executed_paths(scripts: list[tuple[Instruction, ScriptView]]) -> set[str]:
    """Programs run in the stage (``cargo zigbuild`` also counts as ``cargo-zigbuild``)."""
    out: set[str] = set()
    for _ins, v in scripts:
        for c in v.commands():
            n = c.name.value if c.name is not None else None
            if n:
                out.add(n)
                out.add(n.rsplit("/", 1)[-1])
                if n in ("cargo", "go") and c.args and c.args[0].value:
                    out.add(f"{n}-{c.args[0].value}")
    return out


def _is_tool_build(args: Sequence[ShWord], executed: Container[str],
                   consumers: Sequence[tuple[Stage, Instruction]] = (),
                   view: ScriptView | None = None) -> bool:
    """``go install tool@version``, or ``-o /usr/local/bin/gen`` that a later command runs;
    not a tool when a target stage copies the installed program (``/go/bin/<tool>``, or the
    name a ``mv``/``cp`` of the same script gives it)."""
    for i, a in enumerate(args):
        v = a.value or ""
        if "@" in v and not v.startswith("-"):
            return not _copies_program(v.split("@", 1)[0], consumers, view)
        if v and not v.startswith("-") and i > 0 and (args[0].value == "install") and (
            v in executed or f"cargo-{v}" in executed or v.rsplit("/", 1)[-1] in executed
        ):
            return True
        if v == "-o" and i + 1 < len(args):
            out = args[i + 1].value or ""
            if out and (out in executed or out.rsplit("/", 1)[-1] in executed):
                return True
    return False


# --------------------------------------------------------------------------------------
# AL207 platform-arg-default


def _default_breaks(ctx: CheckContext, name: str, value: str) -> tuple[list[Platform], str]:
    v = value.strip().strip("\"'")
    plats = list(ctx.platforms)
    if name.startswith("BUILD"):
        plats = [ctx.build_platform]
    if "$" in v:
        return [], ""
    if name in ("TARGETPLATFORM", "BUILDPLATFORM"):
        try:
            p = Platform.parse(v)
        except PlatformError:
            return plats, v
        return [q for q in plats if q != p and not (q.os == p.os and q.architecture ==
                                                     p.architecture and not q.variant)], str(p)
    if name in ("TARGETARCH", "BUILDARCH"):
        toks = find_arch_tokens(v)
        arch = toks[0].arch if toks else v
        if not v:
            return plats, "an empty architecture"
        return broken_platforms(arch, plats), v
    if name in ("TARGETOS", "BUILDOS"):
        return [q for q in plats if q.os != v.lower()], v
    if name in ("TARGETVARIANT", "BUILDVARIANT"):
        return [q for q in plats if q.variant and q.variant != v.lower()], v or "no variant"
    return [], ""


def _names_build_platform(text: str) -> bool:
    """Can a stage of this file run on the build machine? Only a ``--platform`` naming
    ``$BUILDPLATFORM`` (or ``$BUILDOS``/``$BUILDARCH``) makes one (``is_build_stage``)."""
    return "BUILD" in text


def platform_arg_default(ctx: CheckContext) -> Iterator[Finding]:
    defaults = [(ins, kv, kv.value) for ins in ctx.dockerfile.instructions
                if ins.keyword == "ARG" for kv in ins.pairs
                if kv.key in PLATFORM_ARGS and kv.value is not None]
    if not defaults:
        return  # no automatic platform ARG is given a value
    an = analysis(ctx)
    for ins, kv, value in defaults:
        if ins.stage >= 0 and not an.reachable(an.stage_of(ins)):
            continue  # a stage BuildKit never builds
        broken, shown = _default_breaks(ctx, kv.key, value)
        if not broken and kv.key.startswith("TARGET"):
            continue
        where = "build machine" if kv.key.startswith("BUILD") else "platform"
        whom = (f"{image_phrase(broken)} would be built as {shown}" if broken
                else "on another build machine the value would be wrong")
        yield ctx.finding(
            kv.value_span or kv.span,
            f"ARG {kv.key}={kv.value} gives BuildKit's automatic {where} ARG a default "
            f"that shadows the real value: {whom}. Declare it without a value "
            f"(ARG {kv.key})",
            platforms=broken or [],
        )


# --------------------------------------------------------------------------------------
# AL208 build-platform-output


def build_platform_output(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.single_platform or not _names_build_platform(ctx.dockerfile.text):
        return
    an = analysis(ctx)
    final = an.final_stage()
    if final is None:
        return
    st: Stage | None = final
    chain: list[Stage] = []
    while st is not None and st.index not in [c.index for c in chain]:
        chain.append(st)
        if st.platform is not None and st.platform.value:
            break
        st = an.parent_stage(st)
    if st is None or st.platform is None or not an.is_build_stage(st):
        return
    if _export_only(final):
        return
    flag = st.platform
    others = [p for p in ctx.platforms if p != ctx.build_platform] or list(ctx.platforms)
    if st is final:
        msg = (f"the image is built from a --platform=$BUILDPLATFORM stage: every platform's "
               f"image would contain the build machine's {ctx.build_platform.architecture} "
               f"files ({platform_list(others)} included). Drop --platform from the final "
               "stage and COPY --from the build stage instead")
        span = flag.span
    else:
        msg = (f"the final stage {final.name or final.index} starts FROM stage "
               f"{st.name or st.index}, which is --platform=$BUILDPLATFORM: every platform's "
               "image would be the build machine's. Start the final stage from a normal base "
               "and COPY --from the build stage")
        span = final.base_span
        related = [(flag.span, f"stage {st.name or st.index} runs --platform=$BUILDPLATFORM")]
        yield ctx.finding(span, msg, platforms=others, related=related)
        return
    yield ctx.finding(span, msg, platforms=others)


def _export_only(stage: Stage) -> bool:
    """A ``FROM scratch`` stage that only collects files (an ``--output`` export stage)."""
    if stage.base.lower() != "scratch":
        return False
    return all(i.keyword in ("FROM", "COPY", "ADD", "ARG", "LABEL", "WORKDIR")
               for i in stage.instructions)

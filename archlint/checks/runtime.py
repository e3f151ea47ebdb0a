"""What the image runs or compiles with: AL401 JVM -XX options of one CPU, AL402 compiler
flags of one CPU or architecture, AL403 paths that name one architecture's directory.

Values are read from ENV/ARG, from CMD/ENTRYPOINT (exec and shell form) and from RUN
commands and shell assignments (through :mod:`archlint.shell`); which platforms a RUN
command runs for comes from its stage and its ``case``/``if`` guards.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from archlint.checks.archvalues import (
    ArchAnalysis,
    LazyPattern,
    LiteralHint,
    ScriptView,
    analysis,
    image_phrase,
    instruction_text,
)
from archlint.checks.artifacts import (
    arch_name,
    arches_label,
    inner_script_word,
    instruction_platforms,
    run_platforms,
    script_views,
)
from archlint.checks.context import CheckContext
from archlint.checks.downloads import data_table
from archlint.dockerfile.model import Dockerfile, Instruction, SourceText, Span
from archlint.findings import Finding, Severity
from archlint.platforms import Platform
from archlint.records import record
from archlint.shell import Assignment, Command, ShWord, exec_words

# --------------------------------------------------------------------------------------
# helpers


@record(slots=True)
class Text:
    """A piece of text to scan and where it is in the file."""

    text: str  # constant text; parts that depend on variables are "\x00"
    span: Span
    exact: bool  # True: ``span`` starts at text[0] on one line (sub-spans can be computed)
    src: SourceText | None = None  # multi-line values: text[i] is src.text[base + i]
    base: int = 0


def _sub_span(t: Text, start: int, end: int) -> Span:
    if t.src is not None:
        return t.src.span(t.base + start, t.base + end)
    if t.exact and t.span.line == t.span.end_line:
        return Span(t.span.line, t.span.column + start, t.span.line, t.span.column + end)
    return t.span


def _pair_text(
    df: Dockerfile, value: str | None, span: Span | None, ins: Instruction | None = None
) -> Text | None:
    """An ENV/ARG value: exact columns when it is written unquoted or quoted on one line,
    or, across continuation lines, when it appears verbatim in the joined instruction text
    (whose position map then gives each flag's own line and column)."""
    if value is None or span is None:
        return None
    if span.line != span.end_line and ins is not None and value:
        rest = ins.rest
        off = rest.text.find(value)
        if off >= 0:
            return Text(value, span, True, rest, off)
    if span.line == span.end_line:
        line = df.source_line(span.line)
        raw = line[span.column - 1 : span.end_column - 1]
        off = raw.find(value)
        if off >= 0:
            return Text(value, Span(span.line, span.column + off, span.line,
                                    span.column + off + len(value)), True)
    return Text(value, span, False)


def _word_text(view: ScriptView | None, w: ShWord) -> Text:
    """The word's own constant text (expansions as NUL). Values that come through ENV/ARG
    are not followed here: the ENV/ARG itself is checked where it is set, so one mistake
    gives one finding, at its source."""
    if w.value is not None:
        return Text(w.value, w.span, w.value == w.text)
    return Text(w.literal_text(), w.span, False)


def _fits(arches: Sequence[str], p: Platform) -> bool:
    key = f"arm/{p.variant or 'v7'}" if p.architecture == "arm" else p.architecture
    return p.architecture in arches or key in arches


def _script_views(an: ArchAnalysis, ins: Instruction) -> list[ScriptView]:
    try:
        return script_views(an, ins)
    except Exception:  # an unparsable script has no commands
        return []


def _commands(an: ArchAnalysis, ins: Instruction) -> list[tuple[ScriptView | None, Command]]:
    """Commands of RUN/CMD/ENTRYPOINT with their script view (None for exec form argv)."""
    views = _script_views(an, ins)
    out: list[tuple[ScriptView | None, Command]] = [(v, c) for v in views for c in v.commands()]
    if not views and ins.is_json and ins.keyword in ("RUN", "CMD", "ENTRYPOINT"):
        words = exec_words(ins)
        if words:
            first, last = ins.args[0].span, ins.args[-1].span
            span = Span(first.line, first.column, last.end_line, last.end_column)
            out.append((None, Command(words[0], words[1:], [], span)))
    return out


# --------------------------------------------------------------------------------------
# AL401 arch-specific-jvm-flag

_XX = LazyPattern(r"-XX:(?P<sign>[+-]?)(?P<name>[A-Za-z][A-Za-z0-9_]*)(?P<val>=[^\s\"']*)?")
_IGNORE = "IgnoreUnrecognizedVMOptions"


@cache
def _jvm() -> tuple[dict[str, list[str]], dict[str, int]]:
    """The arch-specific flags with their architectures, and for the flags that older JDKs
    declared for every CPU (``UseSSE`` in JDK 11) the first JDK where they are not."""
    data = data_table("jvm-arch-flags.json")
    table = data.get("flags", {})
    flags = {k: list(v.get("arches", [])) for k, v in table.items()}
    lp64 = ["amd64", "arm64", "ppc64le", "s390x", "riscv64", "loong64", "mips64le"]
    for name in data.get("lp64_only", []):
        flags.setdefault(name, lp64)
    since: dict[str, int] = {}
    for name in data.get("shared_not_arch_specific", []):
        shared_in = [int(v) for v in table.get(name, {}).get("shared_in_jdk", []) if v.isdigit()]
        if shared_in and flags.get(name):
            since[name] = max(shared_in) + 1  # arch-specific in every later JDK
        else:
            flags.pop(name, None)
    return flags, since


# the JDK a stage runs: the base image (eclipse-temurin:17, tomcat:10-jdk21), JAVA_HOME
# (/usr/lib/jvm/java-17-openjdk-amd64) or an installed package (openjdk-17-jre-headless)
_JDK_VERSION = re.compile(r"(?:jdk|jre|java|openjdk|temurin|corretto|zulu|liberica|semeru"
                          r"|runtimes:open)[-_:]?(\d{1,2})(?![\d.])")


def _stage_jdk(an: ArchAnalysis, stage_index: int | None) -> int | None:
    """The lowest JDK feature version the stage's base images, ENV and RUNs name, if any."""
    stages = an.df.stages
    stage = stages[stage_index] if stage_index is not None and 0 <= stage_index < len(
        stages) else None
    texts: list[str] = []
    seen = 0
    while stage is not None and seen < 64:
        texts.append(stage.base or "")
        texts.extend(instruction_text(i) for i in stage.instructions
                     if i.keyword in ("ENV", "ARG", "RUN"))
        stage = an.parent_stage(stage)
        seen += 1
    versions = [int(m.group(1)) for t in texts for m in _JDK_VERSION.finditer(t.lower())]
    return min((v for v in versions if v >= 6), default=None)


def _ignores(text: str) -> bool:
    return f"-XX:+{_IGNORE}" in text


def arch_specific_jvm_flag(ctx: CheckContext) -> Iterator[Finding]:
    if "-XX:" not in ctx.source_text:
        return
    an = analysis(ctx)
    df = ctx.dockerfile
    stage_ignore: dict[int, bool] = {}
    for st in df.stages:
        stage_ignore[st.index] = any(
            kv.value and _ignores(kv.value)
            for ins in st.instructions if ins.keyword == "ENV" for kv in ins.pairs
        )
    for ins in df.instructions:
        if ins.keyword not in ("ENV", "ARG", "RUN", "CMD", "ENTRYPOINT"):
            continue
        if ins.keyword in ("ENV", "ARG"):
            if not any(kv.value and "-XX:" in kv.value for kv in ins.pairs):
                continue
        elif "-XX:" not in instruction_text(ins):
            continue
        plats = instruction_platforms(an, ins)
        if not plats:
            continue
        ignore_all = stage_ignore.get(ins.stage, False)
        jdk = functools.partial(an.memo, "jdk", ins.stage, _stage_jdk, an, ins.stage)
        if ins.keyword in ("ENV", "ARG"):
            for kv in ins.pairs:
                t = _pair_text(df, kv.value, kv.value_span, ins)
                if t is None or "-XX:" not in t.text:
                    continue
                yield from _jvm_findings(ctx, t, plats, ignore_all or _ignores(t.text),
                                         f"{ins.keyword} {kv.key}", jdk)
        elif ins.keyword in ("RUN", "CMD", "ENTRYPOINT"):
            for view, cmd in _commands(an, ins):
                run = run_platforms(view, cmd, plats) if view is not None else plats
                if not run:
                    continue
                name, args, env = cmd.unwrapped()
                texts: list[Text] = []
                if name == "java" or name.endswith("/java"):
                    texts.extend(_word_text(view, a) for a in args)
                for a in env:
                    if a.value is not None:
                        texts.append(_word_text(view, a.value))
                joined = " ".join(t.text for t in texts)
                for t in texts:
                    if "-XX:" in t.text:
                        yield from _jvm_findings(ctx, t, run, ignore_all or _ignores(joined),
                                                 "java", jdk)
            for view in _script_views(an, ins):
                for a in view.script.assignments():
                    if a.kind in ("prefix", "for", "read") or a.value is None:
                        continue
                    t = _word_text(view, a.value)
                    if "-XX:" not in t.text:
                        continue
                    run = run_platforms(view, None, plats, a.guards)
                    if run:
                        yield from _jvm_findings(ctx, t, run, ignore_all or _ignores(t.text),
                                                 a.name, jdk)


def _jvm_findings(ctx: CheckContext, t: Text, plats: Sequence[Platform], ignored: bool,
                  where: str, jdk: Callable[[], int | None]) -> Iterator[Finding]:
    flags, since = _jvm()
    for m in _XX.finditer(t.text):
        name = m.group("name")
        arches = flags.get(name)
        if arches is None:
            continue
        if name in since:
            version = jdk()
            if version is None or version < since[name]:
                continue  # an older (or unknown) JDK declares it for every CPU
        broken = [p for p in plats if not _fits(arches, p)]
        if not broken:
            continue
        label = "64-bit" if name in ("UseCompressedOops", "UseCompressedClassPointers",
                                     "ObjectAlignmentInBytes") else arches_label(arches)
        if ignored:
            f = ctx.finding(
                _sub_span(t, m.start(), m.end()),
                f"{m.group(0)} exists only in {label} JVMs; with "
                f"-XX:+{_IGNORE} the JVM on {', '.join(str(p) for p in broken)} ignores it, "
                f"so the tuning applies to some platforms only",
                platforms=broken,
            )
            f.severity = Severity.INFO
            yield f
            continue
        yield ctx.finding(
            _sub_span(t, m.start(), m.end()),
            f"{m.group(0)} (in {where}) exists only in {label} JVMs; on "
            f"{', '.join(str(p) for p in broken)} the JVM stops with Unrecognized VM option "
            f"'{name}'. Fix: remove it (HotSpot detects CPU features itself) or set it only "
            f"for the platform it belongs to",
            platforms=broken,
        )


# --------------------------------------------------------------------------------------
# AL402 arch-specific-compiler-flag


@record(frozen=True, slots=True)
class CompilerFlag:
    label: str
    regex: re.Pattern[str]
    kind: str  # "native" | "native-tune" | "isa"
    accepted: tuple[str, ...]


@cache
def _compiler_flags() -> tuple[tuple[CompilerFlag, ...], frozenset[str], frozenset[str]]:
    data = data_table("compiler-arch-flags.json")
    out = []
    for e in data.get("entries", []):
        try:
            rx = re.compile(e["pattern"])
        except (re.error, KeyError):
            continue
        out.append(CompilerFlag(e["flag"], rx, e.get("kind", "isa"), tuple(e.get("accepted", []))))
    return (tuple(out), frozenset(data.get("flag_variables", [])),
            frozenset(data.get("compilers", [])))


@cache
def _flag_prefixes() -> tuple[str, ...]:
    """What every flag of the catalog starts with (``-m``, ``target-cpu``): a token that
    does not is no flag of it, without trying the catalog's regexes one by one."""
    prefixes = ("-m", "target-cpu")
    flags, _, _ = _compiler_flags()
    if all(fl.regex.pattern.startswith(prefixes) for fl in flags):
        return prefixes
    return ("",)  # a catalog entry spelled otherwise: try every token


_SPLIT = re.compile(r"[\s'\"]+")
# a RUN without any of these cannot hold a flag of the catalog (cheap pre-filter)
# -m… (not RUN --mount=…), target-cpu, GOAMD64 or any *FLAGS variable; a literal first
# character lets the regex engine skip ahead (a look-behind first made it 60% slower)
_FLAG_HINT = LiteralHint(("-m", "target-", "GOAMD64", "FLAGS"),
                         r"-m(?!ount)[a-z0-9]|target-cpu|target-feature|GOAMD64|FLAGS")
# rustc's -C target-feature=+avx2,+fma: the same instruction sets as -mavx2 -mfma
_TARGET_FEATURE = re.compile(r"target-feature=((?:[+-][\w.]+,?)+)")


def _flag_tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """Flag-looking tokens of a text with offsets; ``CFLAGS=-march=native`` and
    ``-Ctarget-cpu=native`` yield the flag itself too."""
    pos = 0
    for piece in _SPLIT.split(text):
        start = text.find(piece, pos) if piece else pos
        if not piece:
            continue
        pos = start + len(piece)
        yield start, start + len(piece), piece
        i = piece.find("=-")
        while i >= 0:
            yield start + i + 1, start + len(piece), piece[i + 1 :]
            i = piece.find("=-", i + 1)
        if piece.startswith("-C") and len(piece) > 2:
            yield start + 2, start + len(piece), piece[2:]
        m = _TARGET_FEATURE.search(piece)
        if m:
            for feat in m.group(1).split(","):
                if feat.startswith("+") and len(feat) > 1:
                    yield start + m.start(1), start + m.end(1), "-m" + feat[1:]


_SED_SUBST = re.compile(r"(?:^|[;\s])s([^\w\s\\])((?:\\.|(?!\1).)*)\1((?:\\.|(?!\1).)*)\1")


def _sed_replacements(text: str) -> str | None:
    """``text`` with everything but the replacements of its ``s/pattern/replacement/``
    commands blanked (offsets kept); None when it holds no substitution."""
    keep: list[tuple[int, int]] = [(m.start(3), m.end(3)) for m in _SED_SUBST.finditer(text)]
    if not keep:
        return None
    out = [" "] * len(text)
    for a, b in keep:
        out[a:b] = text[a:b]
    return "".join(out)


def _is_flag_var(name: str) -> bool:
    _, variables, _ = _compiler_flags()
    return name in variables or name.endswith("FLAGS") or name.endswith("_FLAGS")


def _is_compiler(name: str) -> bool:
    _, _, compilers = _compiler_flags()
    return name in compilers or name.endswith(("-gcc", "-g++", "-clang", "-clang++", "-cc"))


@cache
def _catalog_hint() -> re.Pattern[str] | LiteralHint:
    """A text without a match holds no flag of the catalog: every finding is a token that
    fully matches a catalog regex (so the text contains it), a ``target-feature`` list or a
    GOAMD64 value."""
    flags, _, _ = _compiler_flags()
    try:
        return re.compile("|".join([f"(?:{fl.regex.pattern})" for fl in flags]
                                   + ["target-feature", "GOAMD64"]))
    except re.error:  # a catalog regex that does not combine: the looser hint
        return _FLAG_HINT


def arch_specific_compiler_flag(ctx: CheckContext) -> Iterator[Finding]:
    text = ctx.source_text
    if not _FLAG_HINT.search(text) or not _catalog_hint().search(text):
        return  # every flag of the table starts -m or is target-cpu; GOAMD64 is named
    an = analysis(ctx)
    df = ctx.dockerfile
    for ins in df.instructions:
        if ins.keyword not in ("ENV", "ARG", "RUN"):
            continue
        if ins.keyword == "RUN" and not _FLAG_HINT.search(instruction_text(ins)):
            continue
        if an.memo("firmware", ins.stage, _builds_firmware, an, ins):
            continue  # flags for a microcontroller's cross compiler, not the image's CPU
        plats = instruction_platforms(an, ins)
        if plats is None:
            plats = _handed_on_platforms(an, ins)
        if not plats:
            continue
        if ins.keyword in ("ENV", "ARG"):
            for kv in ins.pairs:
                # GOAMD64 and the flag variables are read whole; any other value only for
                # -march=native and its kin (ARG OPT="-O3 -march=native" then gcc $OPT: a
                # RUN's expansions are not followed, so the value is read where it is set)
                flag_var = kv.key == "GOAMD64" or _is_flag_var(kv.key)
                if not flag_var and "native" not in (kv.value or ""):
                    continue
                t = _pair_text(df, kv.value, kv.value_span, ins)
                if t is None:
                    continue
                if not flag_var:
                    yield from _flag_findings(ctx, t, plats, isa=False, where=kv.key)
                elif kv.key == "GOAMD64":
                    yield from _goamd64(ctx, t, plats)
                else:
                    yield from _flag_findings(ctx, t, plats, isa=True, where=kv.key)
        elif ins.keyword == "RUN":
            for view, cmd in _commands(an, ins):
                run = run_platforms(view, cmd, plats) if view is not None else plats
                if not run:
                    continue
                name, args, env = cmd.unwrapped()
                compiler = _is_compiler(name)
                inner = inner_script_word(cmd)
                for a in args:
                    if a is inner:
                        continue
                    t = _word_text(view, a)
                    isa = compiler or "FLAGS" in t.text or _compiler_option(name, t.text)
                    if name == "sed":
                        # sed -i 's/-mtune=generic/-mtune=native/' Makefile: the flags it
                        # writes (the replacement), not those it removes (the pattern)
                        masked = _sed_replacements(t.text)
                        if masked is not None:
                            yield from _flag_findings(
                                ctx, Text(masked, t.span, t.exact, t.src, t.base), run,
                                isa=isa, where="a sed replacement")
                        continue
                    yield from _flag_findings(ctx, t, run, isa=isa, where=name)
                for e in env:
                    if e.value is None:
                        continue
                    t = _word_text(view, e.value)
                    if e.name == "GOAMD64":
                        yield from _goamd64(ctx, t, run)
                    else:
                        yield from _flag_findings(ctx, t, run, isa=_is_flag_var(e.name),
                                                  where=e.name)
            for view in _script_views(an, ins):
                for asg in view.script.assignments():
                    if asg.kind in ("prefix", "for", "read") or asg.value is None:
                        continue
                    run = run_platforms(view, None, plats, asg.guards)
                    if not run:
                        continue
                    t = _word_text(view, asg.value)
                    if asg.name == "GOAMD64":
                        yield from _goamd64(ctx, t, run)
                    elif _is_flag_var(asg.name):
                        yield from _flag_findings(ctx, t, run, isa=True, where=asg.name)


# bazel's options that pass flags to the target's C/C++ compiler (--host_copt is the build
# machine's)
_BAZEL_COPTS = ("--copt=", "--cxxopt=", "--conlyopt=")


def _compiler_option(name: str, text: str) -> bool:
    """Is ``text``, an argument of command ``name``, a compiler's flags? bazel's --copt
    values, and a compiler wrapper echo/printf writes (``echo '/usr/bin/gcc -m32 "$@"' >
    /usr/local/bin/gcc``: a word of the text names a compiler of the catalog)."""
    if name in ("bazel", "bazelisk"):
        return text.startswith(_BAZEL_COPTS)
    if name in ("echo", "printf"):
        return any(_is_compiler(w.rsplit("/", 1)[-1]) for w in _SPLIT.split(text) if w)
    return False


_FIRMWARE = re.compile(r"none-eabi|-mcpu=cortex-m\d|arm-none|riscv(?:32|64)-unknown-elf|avr-gcc")


def _builds_firmware(an: ArchAnalysis, ins: Instruction) -> bool:
    """Does the instruction's stage build for a bare-metal target (arm-none-eabi-gcc,
    ``-mcpu=cortex-m4``)? Its -m flags are the microcontroller's."""
    stage = an.stage_of(ins)
    return stage is not None and _FIRMWARE.search(an.stage_text(stage)) is not None


def _handed_on_platforms(an: ArchAnalysis, ins: Instruction) -> list[Platform] | None:
    """A build-machine stage whose builds another stage copies into the image: its flags
    reach every requested platform's binary (``-C target-cpu=native`` picks the build
    machine's CPU even in a cross build). A tool it builds and runs itself is its own."""
    from archlint.checks.toolchain import builds_for_images

    stage = an.stage_of(ins)
    if stage is None or not an.is_build_stage(stage) or not an.reachable(stage):
        return None
    if not an.memo("builds_for_images", stage.index, builds_for_images, an, stage):
        return None
    return list(an.platforms)


_NATIVE = ("compiles for the CPU of the build machine: the image differs per builder and may "
           "crash with Illegal instruction on older CPUs or under emulation. Fix: use a "
           "portable baseline, e.g. -march=x86-64-v2 for amd64 and -march=armv8-a for arm64, "
           "chosen per TARGETARCH")
_NATIVE_TUNE = ("tunes the code for the CPU of the build machine (no new instructions, so it "
                "runs everywhere): the image differs per builder and is slower on other CPUs. "
                "Fix: use -mtune=generic, or a named CPU chosen per TARGETARCH")


def _flag_findings(ctx: CheckContext, t: Text, plats: Sequence[Platform], isa: bool,
                   where: str) -> Iterator[Finding]:
    flags, _, _ = _compiler_flags()
    prefixes = _flag_prefixes()
    seen: set[int] = set()
    for start, end, tok in _flag_tokens(t.text):
        if start in seen or not tok.startswith(prefixes):
            continue
        for fl in flags:
            if not fl.regex.fullmatch(tok):
                continue
            if fl.kind.startswith("native"):
                seen.add(start)
                what = _NATIVE_TUNE if fl.kind == "native-tune" else _NATIVE
                yield ctx.finding(_sub_span(t, start, end), f"{tok} (in {where}) {what}",
                                  platforms=list(plats))
                break
            if not isa:
                break
            broken = [p for p in plats if not _fits(fl.accepted, p)]
            if broken and "target-feature=" in t.text[max(0, start - 16):start]:
                # rustc only warns about another architecture's feature and ignores it
                seen.add(start)
                feat = "+" + tok[2:]
                yield ctx.finding(
                    _sub_span(t, start, end),
                    f"target-feature {feat} (in {where}) is an instruction set of "
                    f"{arches_label(fl.accepted)} CPUs: rustc ignores it for "
                    f"{image_phrase(broken)} (with a warning), so the images get different "
                    f"code, and those built with it need CPUs that have it. Fix: enable it per "
                    f"architecture (a case on TARGETARCH) or detect it at run time",
                    platforms=broken,
                )
            elif broken:
                seen.add(start)
                yield ctx.finding(
                    _sub_span(t, start, end),
                    f"{tok} (in {where}) is an option of the {arches_label(fl.accepted)} "
                    f"compilers only; the compiler for {image_phrase(broken)} rejects it "
                    f"(unrecognized command-line option). Fix: choose flags per architecture "
                    f"with a case on TARGETARCH, or drop it",
                    platforms=broken,
                )
            break


def _goamd64(ctx: CheckContext, t: Text, plats: Sequence[Platform]) -> Iterator[Finding]:
    level = t.text.strip()
    if level not in ("v2", "v3", "v4"):
        return
    weaker = [p for p in plats if p.architecture == "amd64" and (p.variant or "v1") < level]
    if weaker:
        yield ctx.finding(
            t.span,
            f"GOAMD64={level} makes Go binaries require x86-64-{level} CPUs, but "
            f"{', '.join(str(p) for p in weaker)} promises any x86-64 CPU; they crash on older "
            f"machines and some emulators. Fix: leave GOAMD64 unset (v1) or request "
            f"linux/amd64/{level}",
            platforms=weaker,
        )


# --------------------------------------------------------------------------------------
# AL403 arch-specific-path

_TRIPLET_ARCH = {"x86_64": "amd64", "aarch64": "arm64", "i386": "386", "i486": "386",
                 "i586": "386", "i686": "386", "arm": "arm", "powerpc64le": "ppc64le",
                 "s390x": "s390x", "riscv64": "riscv64", "mips64el": "mips64le"}
_DPKG_ARCH = {"amd64": "amd64", "arm64": "arm64", "armhf": "arm/v7", "armel": "arm/v6",
              "i386": "386", "ppc64el": "ppc64le", "s390x": "s390x", "riscv64": "riscv64",
              "x86_64": "amd64", "aarch64": "arm64", "x64": "amd64"}
_PATHS: tuple[tuple[re.Pattern[str], str], ...] = (
    # multiarch triplet directories: /usr/lib/x86_64-linux-gnu, /usr/include/aarch64-linux-gnu
    # (not a cross toolchain's sysroot, /usr/aarch64-linux-gnu or .../gcc-cross/<triplet>,
    # which the cross packages install on any architecture)
    (re.compile(r"(?<!/usr)(?<!/gcc-cross)"
                r"/(?P<a>x86_64|aarch64|i[3-6]86|arm|powerpc64le|s390x|riscv64|mips64el)"
                r"-linux-gnu(?:eabihf|eabi|x32)?(?=/|:|$|\x00|\s|\\)"), "triplet"),
    # dynamic loaders
    (re.compile(r"ld-linux-(?P<a>x86-64|aarch64|armhf)\.so\.\d"), "loader"),
    # musl's loader (Alpine): /lib/ld-musl-x86_64.so.1, /lib/ld-musl-aarch64.so.1
    (re.compile(r"ld-musl-(?P<a>x86_64|aarch64|armhf|armv7|x86|ppc64le|s390x|riscv64)"
                r"\.so\.\d"), "musl"),
    # Debian/Ubuntu and RPM JDK directories
    (re.compile(r"/usr/lib/jvm/[\w.+-]*?[-_.](?P<a>amd64|arm64|armhf|armel|i386|ppc64el|s390x|"
                r"x86_64|aarch64|x64)(?=/|:|$|\x00|\s)"), "jdk"),
    # a JDK unpacked elsewhere from a vendor's archive: /opt/zulu17.42-ca-jdk17.0.7-linux_x64,
    # /opt/graalvm-ce-java17-linux-amd64 (a directory: a path component ends with the arch)
    (re.compile(r"(?<!/usr/lib/jvm)/[\w.+-]*?(?:jdk|jre|zulu|graalvm|corretto|temurin)"
                r"[\w.+-]*?[-_.](?P<a>amd64|arm64|x86_64|aarch64|x64)(?=/|:|$|\x00|\s)"),
     "jdk"),
    # conda package/platform directories
    # (not a file named for one: conda-linux-64.lock is a lock file, copied where it is)
    (re.compile(r"(?:conda|/pkgs/)[^\s:]*?(?<![\w])(?P<a>linux-64|linux-aarch64|linux-ppc64le)"
                r"(?![\w.])"), "conda"),
    # a conda platform subdirectory as a path component (channel/linux-64/pkg.conda)
    (re.compile(r"(?<=/)(?P<a>linux-64|linux-aarch64|linux-ppc64le)(?=/)"), "conda"),
    # CUDA target directories
    (re.compile(r"/targets/(?P<a>x86_64|sbsa|aarch64)-linux(?=/|:|$|\x00|\s)"), "cuda"),
    # the NVIDIA HPC SDK: /opt/nvidia/hpc_sdk/Linux_x86_64/25.7/compilers/bin
    (re.compile(r"/hpc_sdk/Linux_(?P<a>x86_64|aarch64|ppc64le)(?=/|:|$|\x00|\s)"), "hpcsdk"),
)
_LOADER_ARCH = {"x86-64": "amd64", "aarch64": "arm64", "armhf": "arm"}
# Alpine's architecture names in musl's loader (armhf is Alpine's ARMv6 port)
_MUSL_ARCH = {"x86_64": "amd64", "aarch64": "arm64", "armhf": "arm/v6", "armv7": "arm/v7",
              "x86": "386", "ppc64le": "ppc64le", "s390x": "s390x", "riscv64": "riscv64"}
_CUDA_ARCH = {"x86_64": "amd64", "sbsa": "arm64", "aarch64": "arm64"}
_PATH_KEYWORDS = frozenset({"ENV", "ARG", "COPY", "ADD", "WORKDIR", "VOLUME", "RUN", "CMD",
                            "ENTRYPOINT"})
# a shell instruction without any of these cannot name an arch path (cheap pre-filter)
_PATH_HINT = LiteralHint(("linux-gnu", "ld-linux", "ld-musl", "/jvm/", "linux-64", "linux-aarch64",
                          "linux-ppc64le", "/targets/", "/hpc_sdk/"))
# a JDK archive's directory (read in ARG/ENV values: JAVA_HOME, PATH) needs both a vendor
# word and an arch suffix: Java images say "jdk" everywhere, few name a JDK directory with an
# architecture, and a looser hint cost every Java file the path scan
_JDK_WORDS = LiteralHint(("jdk", "jre", "zulu", "graalvm", "corretto", "temurin"))
_JDK_ARCH = LiteralHint(("x64", "amd64", "x86_64", "aarch64", "arm64"))


def _may_name_path(text: str) -> bool:
    """AL403's pre-filter of a file and of ARG/ENV values: a path of _PATHS is possible."""
    return bool(_PATH_HINT.search(text)) or (
        bool(_JDK_WORDS.search(text)) and bool(_JDK_ARCH.search(text)))
_FILE_TESTS = frozenset({"-e", "-f", "-d", "-L", "-h", "-r", "-s", "-x"})
_FILE_TEST_RE = LazyPattern(r"(?:\[\[?|\btest)\s+!?\s*-[efdLhrsx]\s+[\"']?([^\s\"'\]]+)")
_PATH_SEPARATORS = frozenset(" \t\n:=,;'\"\x00")
_QUIET_COMMANDS = frozenset({"test", "[", "[[", "rm", "echo", "printf"})


def _path_arch(kind: str, token: str) -> str:
    if kind == "triplet":
        return _TRIPLET_ARCH.get(token, token)
    if kind == "loader":
        return _LOADER_ARCH[token]
    if kind == "musl":
        return _MUSL_ARCH[token]
    if kind == "jdk":
        return _DPKG_ARCH[token]
    if kind == "conda":
        return _CONDA_SUBDIRS[token]
    if kind == "hpcsdk":
        return _TRIPLET_ARCH.get(token, token)
    return _CUDA_ARCH[token]


def arch_paths(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, matched path fragment, OCI arch) of architecture-specific paths."""
    if not _may_name_path(text):
        return
    seen: set[int] = set()
    sysroot = "sysroot" in text
    for rx, kind in _PATHS:
        for m in rx.finditer(text):
            if m.end("a") in seen:
                continue
            seen.add(m.end("a"))
            if sysroot and _in_sysroot(text, m.start()):
                continue
            yield m.start(), m.end(), m.group(0), _path_arch(kind, m.group("a"))


def _in_sysroot(text: str, start: int) -> bool:
    """Is the path at ``start`` inside a cross toolchain's sysroot
    (``/toolchain/sysroot/usr/lib/arm-linux-gnueabihf``)? It holds the target's libraries
    for a cross compiler, on any architecture the image has."""
    begin = start
    while begin > 0 and text[begin - 1] not in _PATH_SEPARATORS:
        begin -= 1
    return "sysroot" in text[begin:start]


def arch_specific_path(ctx: CheckContext) -> Iterator[Finding]:
    if not _may_name_path(ctx.source_text):
        return  # arch_paths() finds nothing without one of these
    an = analysis(ctx)
    df = ctx.dockerfile
    for ins in df.instructions:
        if ins.keyword not in _PATH_KEYWORDS:
            continue
        if ins.keyword in ("RUN", "CMD", "ENTRYPOINT", "WORKDIR", "VOLUME") and not (
                _PATH_HINT.search(instruction_text(ins))):
            continue
        plats = instruction_platforms(an, ins)
        if plats is None and ins.keyword in ("ENV", "ARG"):
            # a cross-compiling build stage: its library paths shape what the image gets
            plats = _handed_on_platforms(an, ins)
        if not plats:
            continue
        if ins.keyword in ("ENV", "ARG"):
            for kv in ins.pairs:
                if not _may_name_path(kv.value or ""):
                    continue  # the value's own text is checked: nothing to find without it
                t = _pair_text(df, kv.value, kv.value_span, ins)
                if t is None:
                    continue
                yield from _path_findings(ctx, t, plats, f"{ins.keyword} {kv.key}")
        elif ins.keyword in ("COPY", "ADD"):
            from_other = ins.flag("from") is not None
            words = ins.args if from_other else ins.args[-1:]
            for w in words:
                if "$" not in w.value:
                    found = list(_path_findings(ctx, Text(w.value, w.span, True), plats,
                                                ins.keyword))
                else:
                    val = an.resolve_text(w.value, ins, w.span)
                    text = "".join(p.text if p.kind == "lit" else "\x00" for p in val.pieces)
                    exact = val.static and text == w.value
                    found = list(_path_findings(ctx, Text(text, w.span, exact), plats,
                                                ins.keyword))
                yield from found
                if found:
                    break  # COPY --from=b /lib/x86_64-linux-gnu/x /lib/x86_64-linux-gnu/x:
                    # the source is the problem, its destination the same one
        elif ins.keyword in ("WORKDIR", "VOLUME"):
            for w in ins.args:
                yield from _path_findings(ctx, Text(w.value, w.span, True), plats, ins.keyword)
        elif ins.keyword in ("RUN", "CMD", "ENTRYPOINT"):
            commands = _commands(an, ins)
            probed = _probed_dirs(commands)
            for view, cmd in commands:
                name, args, env = cmd.unwrapped()
                if name in _QUIET_COMMANDS and not (name in ("echo", "printf") and cmd.redirects):
                    continue
                if not any(_PATH_HINT.search(w.text) for w in _words_of(cmd, args, env)):
                    continue  # a path finding needs the hint in the word's own text
                run = run_platforms(view, cmd, plats) if view is not None else plats
                if not run:
                    continue
                if cmd.name is not None:
                    yield from _path_findings(ctx, _word_text(view, cmd.name), run, "command",
                                              probed)
                inner = inner_script_word(cmd)
                for a in args:
                    if a is inner:
                        continue
                    yield from _path_findings(ctx, _word_text(view, a), run, name, probed)
                for e in env:
                    if e.value is not None:
                        yield from _path_findings(ctx, _word_text(view, e.value), run, e.name,
                                                  probed)
            for view in _script_views(an, ins):
                for asg in view.script.assignments():
                    if asg.kind in ("prefix", "for", "read") or asg.value is None:
                        continue
                    run = run_platforms(view, None, plats, asg.guards)
                    if not run:
                        continue
                    yield from _path_findings(ctx, _word_text(view, asg.value), run,
                                              asg.name, probed)


# --------------------------------------------------------------------------------------
# conda's platform subdirectory (reported by AL205, with pip --platform and npm_config_arch)


def conda_subdir_findings(ctx: CheckContext) -> Iterator[Finding]:
    """conda told to install one architecture's packages: ``CONDA_SUBDIR`` in ENV/ARG, a
    ``CONDA_SUBDIR=`` prefix or export in RUN, conda/mamba ``--platform``/``--subdir``,
    ``conda config --set subdir``."""
    text = ctx.source_text
    if "SUBDIR" not in text.upper() and "--platform" not in text:
        return
    if not any(sub in text for sub in _CONDA_SUBDIRS):
        return  # values are followed, never invented: the constant is somewhere
    an = analysis(ctx)
    df = ctx.dockerfile
    for ins in df.instructions:
        if ins.keyword in ("ENV", "ARG"):
            for kv in ins.pairs:
                if kv.key != "CONDA_SUBDIR":
                    continue
                plats = instruction_platforms(an, ins)
                t = _pair_text(df, kv.value, kv.value_span, ins) if plats else None
                if t is not None and plats:
                    yield from _conda_subdir(ctx, t, plats, f"{ins.keyword} {kv.key}")
        elif ins.keyword == "RUN":
            itext = instruction_text(ins)
            if "SUBDIR" not in itext.upper() and "--platform" not in itext:
                continue
            plats = instruction_platforms(an, ins)
            if not plats:
                continue
            for view, cmd in _commands(an, ins):
                name, args, env = cmd.unwrapped()
                for where, cw in _conda_subdir_words(name, args, env):
                    crun = run_platforms(view, cmd, plats) if view is not None else plats
                    yield from _conda_subdir(ctx, _word_text(view, cw), crun, where)
            for view in _script_views(an, ins):
                for asg in view.script.assignments():
                    if asg.name != "CONDA_SUBDIR" or asg.value is None or asg.kind in (
                            "prefix", "for", "read"):
                        continue  # export CONDA_SUBDIR=linux-64
                    run = run_platforms(view, None, plats, asg.guards)
                    if run:
                        yield from _conda_subdir(ctx, _word_text(view, asg.value), run,
                                                 asg.name)


_CONDA_TOOLS = frozenset({"conda", "mamba", "micromamba"})
# conda's Linux platform subdirectories -> OCI architecture (osx-*, win-*, noarch are not
# the image's and are left alone)
_CONDA_SUBDIRS = {"linux-64": "amd64", "linux-aarch64": "arm64", "linux-ppc64le": "ppc64le",
                  "linux-s390x": "s390x", "linux-armv7l": "arm/v7", "linux-32": "386"}


def _conda_subdir_words(name: str, args: list[ShWord], env: list[Assignment]
                        ) -> list[tuple[str, ShWord]]:
    """Words of a command that choose conda's platform subdirectory: a ``CONDA_SUBDIR=``
    prefix, ``--platform``/``--subdir`` of conda/mamba, ``conda config --set subdir``."""
    out = [("CONDA_SUBDIR", e.value) for e in env
           if e.name == "CONDA_SUBDIR" and e.value is not None]
    if name not in _CONDA_TOOLS:
        return out
    vals = [a.value or "" for a in args]
    for i, v in enumerate(vals):
        if v in ("--platform", "--subdir") and i + 1 < len(args):
            out.append((f"{name} {v}", args[i + 1]))
        elif v.startswith(("--platform=", "--subdir=")):
            out.append((f"{name} {v.split('=', 1)[0]}", args[i]))
        elif v == "subdir" and i >= 1 and vals[i - 1] == "--set" and i + 1 < len(args):
            out.append((f"{name} config --set subdir", args[i + 1]))
    return out


def _conda_subdir(ctx: CheckContext, t: Text, plats: Sequence[Platform],
                  where: str) -> Iterator[Finding]:
    """A conda platform subdirectory pinned to one architecture's packages."""
    value = t.text.split("=", 1)[1] if t.text.startswith("--") else t.text
    arch = _CONDA_SUBDIRS.get(value.strip())
    if arch is None:
        return
    broken = [p for p in plats if not _fits([arch], p)]
    if broken:
        start = len(t.text) - len(value)
        yield ctx.finding(
            _sub_span(t, start, len(t.text)),
            f"{value} (in {where}) makes conda install {arch_name(arch)} packages; "
            f"{image_phrase(broken)} would get binaries it cannot run. Fix: leave the "
            f"platform to conda (it uses the machine's), or map TARGETARCH to the subdir "
            f"(amd64 to linux-64, arm64 to linux-aarch64)",
            platforms=broken,
        )


def _words_of(cmd: Command, args: list[ShWord], env: list[Assignment]) -> Iterator[ShWord]:
    if cmd.name is not None:
        yield cmd.name
    yield from args
    for e in env:
        if e.value is not None:
            yield e.value


def _probed_dirs(commands: list[tuple[ScriptView | None, Command]]) -> set[str]:
    """Arch directories the script tests for (``[ -e /usr/lib/x86_64-linux-gnu/x ]``): code
    that uses them only when they exist is fine on the other platforms."""
    out: set[str] = set()
    for _view, cmd in commands:
        name, args, _ = cmd.unwrapped()
        if name not in ("test", "[", "[["):
            continue
        vals = [a.value or "" for a in args]
        if not any(v in _FILE_TESTS for v in vals):
            continue
        for v in vals:
            for _start, end, _frag, _arch in arch_paths(v):
                out.add(v[:end])
    # ``[ -e … ]`` / ``[[ -d … ]]`` in if/while conditions are test expressions, not commands,
    # in the shell layer; until it exposes them, read their operands from the script text
    for view in {id(v): v for v, _ in commands if v is not None}.values():
        for m in _FILE_TEST_RE.finditer(view.script.text):
            for _start, end, _frag, _arch in arch_paths(m.group(1)):
                out.add(m.group(1)[:end])
    return out


def _path_findings(ctx: CheckContext, t: Text, plats: Sequence[Platform],
                   where: str, probed: set[str] | frozenset[str] = frozenset()
                   ) -> Iterator[Finding]:
    if "://" in t.text:
        return  # a URL: downloads are AL301's
    found = list(arch_paths(t.text))
    if probed:
        found = [f for f in found if not any(t.text[: f[1]].endswith(p) or p.endswith(
            t.text[f[0]: f[1]]) for p in probed)]
    if len({a for _, _, _, a in found}) > 1 and all(
            any(_fits([a], p) for _, _, _, a in found) for p in plats):
        return  # one directory per architecture (a search path that works everywhere)
    for start, end, _frag, arch in found:
        broken = [p for p in plats if not _fits([arch], p)]
        if not broken:
            continue
        # report the whole path (up to the separators of a search path or option)
        while start > 0 and t.text[start - 1] not in _PATH_SEPARATORS:
            start -= 1
        while end < len(t.text) and t.text[end] not in _PATH_SEPARATORS:
            end += 1
        frag = t.text[start:end]
        yield ctx.finding(
            _sub_span(t, start, end),
            f"{frag} (in {where}) is in the {arch_name(arch)} layout; it does not exist in "
            f"{image_phrase(broken)}. Fix: compute it in the build "
            f"({_path_fix(frag)})",
            platforms=broken,
        )
        return  # one finding per word


def _path_fix(frag: str) -> str:
    if "jvm" in frag:
        return ("symlink /usr/lib/jvm/java-NN-openjdk-$(dpkg --print-architecture) to an "
                "architecture-neutral name in RUN and point JAVA_HOME at it")
    if "linux-gnu" in frag:
        return "$(dpkg-architecture -qDEB_HOST_MULTIARCH) or $(gcc -dumpmachine) gives the triplet"
    if "ld-linux" in frag or "ld-musl" in frag:
        return "let the binary's interpreter be found through the system loader path"
    return "map TARGETARCH to the directory name with a case statement"

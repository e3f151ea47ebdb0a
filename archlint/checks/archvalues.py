"""Shared architecture analysis for every portability rule (AL2xx, AL3xx, AL4xx).

How to use it from a check::

    from archlint.checks.archvalues import analysis, find_arch_tokens

    def my_check(ctx):
        an = analysis(ctx)                      # cached per Dockerfile + platforms
        for ins in ctx.dockerfile.instructions:
            for view in an.scripts(ins):        # parsed RUN/CMD/ENTRYPOINT scripts
                for cmd in view.commands():
                    plats = view.command_platforms(cmd)     # platforms it runs for (guards)
                    for word in cmd.args:
                        for hit in view.arch_hits(word, plats):
                            yield ctx.finding(hit.span, f"... {hit.describe()} ...",
                                              platforms=hit.broken)

Vocabulary (data in ``rules/data/arch-tokens.json``):

- ``find_arch_tokens(text) -> list[ArchToken]``: literal spellings that name one architecture
  (``amd64``, ``x86_64``, ``x86-64``, ``x64``, ``linux64``, ``64bit``, ``aarch64``, ``arm64``,
  ``armv7``, ``armhf``, ``i386``, ``i686``, ``ppc64le``, ``s390x``, ``riscv64``...) with offsets,
  only on token boundaries (``amd64`` inside ``a1b2amd64c`` or a hex digest is not one);
  ``386``/``arm``/``x86`` only right after an OS word (``linux-386``, ``Linux_arm``).
- ``arch_platform_key(platform) -> "amd64" | "arm/v7" | ...``; ``spellings(key)``;
  ``broken_platforms(arch_key, platforms)``: requested platforms a constant arch breaks;
  ``platform_list(platforms)``: "linux/arm64 and linux/arm/v7" for messages.

Values (``ArchAnalysis``, one per Dockerfile, via ``analysis(ctx)``):

- ``stage_of(ins)``, ``is_build_stage(stage)`` (``FROM --platform=$BUILDPLATFORM``: runs on the
  build machine), ``final_stage()`` (``ctx.target`` or the last), ``declared_platform_args``,
  ``reachable(stage)`` (BuildKit builds only the stages the final stage depends on; a
  ``FROM build-${TARGETARCH}`` reference reaches every stage it can name),
  ``stages_copying_from(stage)``.
- ``dvars(ins)``: ARG/ENV visible to an instruction (stage ARGs, global ARG defaults through
  ``ARG NAME``, ``--build-arg`` overrides, ENV, ENV inherited from a parent stage), each a
  ``DVar`` with its raw value, origin span/description and whether it is an automatic
  platform ARG.
- ``resolve_text(text, ins, span)``: a Dockerfile word (FROM, COPY path, ENV value, ADD url)
  followed through ARG/ENV into ``Value`` pieces.
- ``scripts(ins) -> list[ScriptView]``: per shell script: ``commands()``, ``resolve(word)``
  (shell variables assigned earlier in the RUN, then ARG/ENV), ``is_param(word)`` (depends on
  TARGET*/BUILD* or an arch query: ``dpkg --print-architecture``, ``uname -m``,
  ``apk --print-arch``, ``arch``, ``rpm --eval '%{_arch}'``, ``go env GOARCH``, ``xx-info``...,
  or a variable set in branches of a ``case``/``if`` on such a value),
  ``command_platforms(cmd)`` (requested platforms the command runs for after its arch guards),
  ``arch_cases()`` (each ``case`` on an arch value with the requested platforms no branch
  covers: a ``*)`` that exits is not coverage, an empty or generic one is),
  ``arch_hits(word, platforms)`` (constant arch tokens in the effective value, pointing at the
  use: the token itself, or the ``$VAR`` whose value holds it with ``origin`` saying where
  the constant came from), ``is_target_param(word)`` / ``target_vars`` (only what follows
  the *target*: TARGET* and xx-info; in a ``--platform=$BUILDPLATFORM`` stage ``uname -m``,
  dpkg and ``$BUILDARCH`` describe the build machine). Values read after ``. ./env.sh``,
  ``export $(...)``, ``eval`` or ``set -a`` are unknown (``Script.dynamic_env()``).
- ``posix_shell(ins)``: False under a PowerShell/cmd ``SHELL`` or a Windows base image
  (``scripts()`` is then empty: that text is not bash).
- ``instruction_text(ins)``: raw shell text for cheap prefilters before parsing;
  ``plain(text)``: ``${V}`` as ``$V`` and no backticks, for messages.

A ``Value`` is a list of ``Piece`` (``kind``: ``"lit"`` constant text, ``"param"`` arch-
dependent, ``"unknown"``), each with the span to report and, for constants that came through
a variable, ``origin`` ("ARG ARCH=amd64 at line 3"). Everything here is pure and never raises
on odd input.
"""

from __future__ import annotations

import itertools
import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from archlint.dockerfile.model import (
    PLATFORM_ARGS,
    Dockerfile,
    Instruction,
    SourceText,
    Span,
    Stage,
)
from archlint.platforms import Platform, PlatformError
from archlint.records import record
from archlint.shell import (
    Case,
    Command,
    Guard,
    Script,
    ShWord,
    parse_script,
    shell_scripts,
)

TARGET_ARGS = ("TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT")
_T = TypeVar("_T")
_TARGET_REF = re.compile(r"\$\{?TARGET(?:ARCH|PLATFORM|VARIANT)\b")
BUILD_ARGS = ("BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT")
ARCH_VALUED = ("TARGETPLATFORM", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDARCH",
               "BUILDVARIANT")


# --------------------------------------------------------------------------------------
# vocabulary


@cache
def _data() -> dict[str, Any]:
    here = Path(__file__).resolve().parent.parent
    for cand in (here / "_rules" / "data", here.parent / "rules" / "data"):
        p = cand / "arch-tokens.json"
        if p.is_file():
            return json.loads(p.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    return {"tokens": {}, "prefixed_tokens": {}, "spellings": {}, "arch_query_commands": {}}


def vocabulary(section: str) -> dict[str, Any]:
    """A section of ``rules/data/arch-tokens.json`` (``board_images``, ``spellings`` …)."""
    return _data().get(section, {})  # type: ignore[no-any-return]


class LazyPattern:
    """A regex compiled on first use: the checks' module-level patterns that only run
    behind a pre-filter (most files never need them) stay off the start path, where each
    compile costs 0.1-0.5 ms."""

    __slots__ = ("_args", "_rx")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._rx: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._rx is None:
            self._rx = re.compile(*self._args)
        return getattr(self._rx, name)


class LiteralHint:
    """A pre-filter searched like a pattern (``hint.search(text)``, a match or True when it
    holds, None when not), first by substrings one of which every match contains, then, when
    one is there and ``pattern`` is given, by the pattern. A substring test is memchr-fast
    where Python's re tries an alternation at every position: over the 465 real
    Dockerfiles of the performance notes, AL403's path hint ran 6.6 ms as a regex and 0.9
    ms as substrings. Without ``pattern`` the needles are the whole test: an alternation of
    plain words with no anchor matches exactly when one of the words is in the text."""

    __slots__ = ("_rx", "needles")

    def __init__(self, needles: Iterable[str], pattern: str | None = None) -> None:
        words = sorted(set(needles), key=len)
        # a needle containing a shorter one adds nothing ("https" after "http")
        self.needles = tuple(w for i, w in enumerate(words)
                             if not any(s in w for s in words[:i]))
        self._rx = LazyPattern(pattern) if pattern is not None else None

    def search(self, text: str) -> Any:
        for n in self.needles:
            if n in text:
                return True if self._rx is None else self._rx.search(text)
        return None


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, factored by common prefixes (``a(?:md64|arch64|
    …)``). Python's re tries each branch of ``w1|w2|…`` at every position; the factored
    form tries one branch per first letter: the arch-token scan runs 2.6x faster (measured
    on every instruction of tests/corpus), with identical matches. The longest word wins,
    as in a longest-first alternation, because the regex engine backtracks into the
    optional shorter ending only when the longer one fails."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


@cache
def token_alternations() -> tuple[str, str]:
    """The arch tokens and the ``linux-``-prefixed tokens as prefix-trie alternations."""
    toks = {t.lower() for t in _data()["tokens"]}
    pre = {k.lower() for k in _data()["prefixed_tokens"] if not k.startswith("_")}
    return trie_alternation(toks), trie_alternation(pre)


@cache
def _token_regex() -> re.Pattern[str]:
    """Arch tokens on token boundaries, any letter case (for non-ASCII text)."""
    toks, pre = token_alternations()
    return re.compile(
        rf"(?<![A-Za-z0-9])(?P<tok>{toks})(?![A-Za-z0-9])"
        rf"|(?<=linux[-_/])(?P<pre>{pre})(?![A-Za-z0-9])",
        re.IGNORECASE,
    )


@cache
def _lower_token_regex() -> re.Pattern[str]:
    """The same on lower-cased ASCII text: IGNORECASE keeps the regex engine from skipping
    ahead to a possible first letter, so this runs ~1.4x faster, with the same matches."""
    toks, pre = token_alternations()
    return re.compile(
        rf"(?<![a-z0-9])(?P<tok>{toks})(?![a-z0-9])"
        rf"|(?<=linux[-_/])(?P<pre>{pre})(?![a-z0-9])"
    )


@cache
def _token_hint() -> re.Pattern[str]:
    """Any arch token in lower-cased text, boundaries not checked: a pre-filter (a superset
    of :func:`_token_regex`'s matches), 2.4x faster than it on whole files."""
    toks, pre = token_alternations()
    return re.compile(f"{toks}|linux[-_/](?:{pre})")


def _token_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """("tok" | "pre", start, end) of every arch token match in ``text``."""
    if text.isascii():
        matches = _lower_token_regex().finditer(text.lower())
    else:
        matches = _token_regex().finditer(text)
    for m in matches:
        group = "tok" if m.group("tok") is not None else "pre"
        yield group, m.start(group), m.end(group)


@record(frozen=True, slots=True)
class ArchToken:
    token: str  # as written
    arch: str  # "amd64", "arm64", "arm/v7", "arm" (some 32-bit arm), "386", ...
    start: int
    end: int


def find_arch_tokens(text: str) -> tuple[ArchToken, ...]:
    """Architecture spellings in a literal, on token boundaries (case-insensitive).
    Memoized: the same words (base image names, URLs, values) are asked by several rules."""
    hit = _TOKENS_MEMO.get(text)
    if hit is None:
        if len(_TOKENS_MEMO) >= TEXT_MEMO_SIZE:
            _TOKENS_MEMO.clear()
        hit = _TOKENS_MEMO[text] = tuple(_find_arch_tokens(text)) if text else ()
    return hit


_TOKENS_MEMO: dict[str, tuple[ArchToken, ...]] = {}


def _find_arch_tokens(text: str) -> list[ArchToken]:
    out: list[ArchToken] = []
    toks = _data()["tokens"]
    pre = _data()["prefixed_tokens"]
    for group, s, e in _token_spans(text):
        tok = text[s:e]
        low = tok.lower()
        if group == "tok":
            arch = toks.get(low)
            if arch is None:
                continue
            # "64bit" only as a release-name suffix (Linux-64bit), not "a 64bit build" prose
            if low == "64bit" and not re.search(r"(linux|Linux|LINUX)[-_]$", text[:s]):
                continue
            if low == "x64" and s >= 2 and text[s - 2 : s].lower() == "0x":
                continue
        else:
            arch = pre.get(low)
            if arch is None:
                continue
            if low == "64" and text[e:e + 1] != ".":
                continue  # Xray-linux-64.zip; conda's linux-64/ directory is not this
            s -= len("linux-")  # report ``linux-386`` / ``linux-64`` whole: the bare number
            tok = text[s:e]  # says nothing on its own
        out.append(ArchToken(tok, arch, s, e))
    return out


def arch_platform_key(p: Platform) -> str:
    """``amd64``, ``arm64``, ``arm/v7``: the key used by the vocabulary."""
    if p.architecture == "arm":
        return f"arm/{p.variant or 'v7'}"
    return p.architecture


def spellings(key: str) -> frozenset[str]:
    sp = _data()["spellings"].get(key)
    if sp is None and "/" in key:
        sp = _data()["spellings"].get(key.split("/")[0], [])
    return frozenset(sp or [key])


# What ``apk --print-arch`` and ``dpkg --print-architecture`` print on each platform (the
# Alpine and Debian architecture names; a platform they do not build is absent).
# (Raspbian, built for ARMv6, calls itself armhf as Debian's ARMv7 port does.)
TOOL_ARCH_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "apk": {"amd64": ("x86_64",), "arm64": ("aarch64",), "arm/v7": ("armv7",),
            "arm/v6": ("armhf",), "386": ("x86",), "ppc64le": ("ppc64le",),
            "s390x": ("s390x",), "riscv64": ("riscv64",), "loong64": ("loongarch64",)},
    "dpkg": {"amd64": ("amd64",), "arm64": ("arm64",), "arm/v7": ("armhf",),
             "arm/v6": ("armel", "armhf"), "arm/v5": ("armel",), "386": ("i386",),
             "ppc64le": ("ppc64el",), "s390x": ("s390x",), "riscv64": ("riscv64",),
             "mips64le": ("mips64el",), "loong64": ("loong64",)},
}
def _stage_text(stage: Stage) -> str:
    return "\n".join(instruction_text(ins) for ins in stage.instructions
                     if ins.keyword in ("RUN", "ENV", "ARG"))


@cache
def _all_spellings() -> frozenset[str]:
    """Every spelling of every architecture the vocabulary knows (lower case)."""
    return frozenset(sp.lower() for sps in _data()["spellings"].values() for sp in sps)


# a command substitution that starts with an arch query (a cheap test of a text; the parsed
# form is is_arch_query)
ARCH_QUERY_TEXT = re.compile(r"\$\(\s*(?:apk\s+--print-arch|dpkg\s+--print-architecture"
                             r"|uname\s+-m|arch|rpm\s+--eval|go\s+env\s+GOARCH)")
_REF_NAMES = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)")


def names_platform(stage: Stage, plat: Platform, raw: str) -> bool:
    """Is the stage named for that platform (``build-amd64``, ``base_aarch64``)? BuildKit
    skips FromPlatformFlagConstDisallowed when the stage name contains the platform's OS or
    architecture; archlint also accepts the other spellings of the arch."""
    if not stage.name:
        return False
    name = stage.name.lower()
    words = {plat.os, plat.architecture, raw.lower().split("/")[-1]}
    if plat.architecture == "arm" and plat.variant:
        words.add(plat.variant)
    key = f"arm/{plat.variant or 'v7'}" if plat.architecture == "arm" else plat.architecture
    words |= {s for s in spellings(key) if len(s) > 2}
    return any(w and w in name for w in words)


def arch_matches(arch: str, p: Platform) -> bool:
    """Does a constant arch (``amd64``, ``arm/v7``, ``arm``) fit platform ``p``?"""
    key = arch_platform_key(p)
    if arch == key:
        return True
    if arch == "arm" and p.architecture == "arm":
        return True
    return arch.startswith("arm/") and p.architecture == "arm" and not p.variant


def broken_platforms(arch: str, platforms: Iterable[Platform]) -> list[Platform]:
    """Requested platforms that a constant ``arch`` does not fit."""
    return [p for p in platforms if p.os == "linux" and not arch_matches(arch, p)] + [
        p for p in platforms if p.os != "linux" and not arch_matches(arch, p)
    ]


def platform_list(platforms: Sequence[Platform | str]) -> str:
    names = [str(p) for p in platforms]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def image_phrase(platforms: Sequence[Platform | str]) -> str:
    """"the linux/arm64 image would get it too" style subject."""
    if len(platforms) == 1:
        return f"the {platforms[0]} image"
    return f"the {platform_list(platforms)} images"


# --------------------------------------------------------------------------------------
# arch-query commands


def is_arch_query(cmd: Command) -> bool:
    """Does this command print the running platform's architecture?"""
    name, args, _ = cmd.unwrapped()
    table: dict[str, list[str]] = _data()["arch_query_commands"]
    keys = table.get(name)
    if keys is None:
        if name.startswith("xx-info"):
            return True
        if name.startswith("python") and name[6:].replace(".", "").isdigit():
            keys = table.get("python3")
        if keys is None:
            return False
    if "*" in keys:
        return True
    vals = [a.value if a.value is not None else a.text for a in args]
    if name == "uname" and not vals:
        return False
    for v in vals:
        for k in keys:
            if v == k or (k.startswith(("%", "process.", "platform.", "sysconfig.", "os.",
                                       "/etc/", "GO"))
                          and k in v):
                return True
            if name == "uname" and v.startswith("-") and not v.startswith("--") and (
                "m" in v or "p" in v or "a" in v
            ):
                return True
    return False


# --------------------------------------------------------------------------------------
# values


@record(slots=True)
class Piece:
    text: str
    kind: str  # "lit" | "param" | "unknown"
    span: Span
    origin: str | None = None  # where a constant that came through a variable was set
    origin_span: Span | None = None
    start: int = 0  # offset of the piece in the word it came from (for spans of tokens)
    direct: bool = True  # the text is literally in the word (token spans are exact)


@record(slots=True)
class Value:
    pieces: list[Piece] = field(default_factory=list)

    @property
    def parametrized(self) -> bool:
        return any(p.kind == "param" for p in self.pieces)

    @property
    def static(self) -> bool:
        return all(p.kind == "lit" for p in self.pieces)

    @property
    def text(self) -> str:
        """Effective text; arch-dependent parts as ``{ARCH}``, unknown ones as ``{?}``."""
        return "".join(
            p.text if p.kind == "lit" else ("{ARCH}" if p.kind == "param" else "{?}")
            for p in self.pieces
        )

    def literal(self) -> str:
        return "".join(p.text for p in self.pieces if p.kind == "lit")


@record(slots=True)
class ArchHit:
    """A constant architecture in a value, where to report it and whom it breaks."""

    token: str
    arch: str
    span: Span  # the token in the word, or the ``$VAR`` use when it came through a variable
    origin: str | None  # "ARG ARCH=amd64 at line 3" when through a variable
    origin_span: Span | None
    broken: list[Platform]  # requested platforms (that the code runs for) it does not fit
    value: Value | None = None
    use_span: Span | None = None  # where it is used, when reported where it is written

    def related(self) -> list[tuple[Span, str]]:
        """The other line of the problem, for the finding's related locations: where a value
        that came through a variable is set, or where a URL reported at its ARG/ENV is
        downloaded."""
        if self.use_span is not None:
            if self.use_span.line != self.span.line:
                return [(self.use_span, "downloaded here")]
            return []
        if self.origin_span is not None and self.origin_span.line != self.span.line:
            return [(self.origin_span, "the architecture comes from here")]
        return []

    def describe(self) -> str:
        """``"names x86_64 (set by ARG ARCH=amd64 at line 3)"`` style fragment."""
        s = f"{self.token}"
        if self.origin:
            s += f" (from {self.origin})"
        return s

    def breaks(self) -> str:
        """"the linux/arm64 image would get it too"."""
        return f"{image_phrase(self.broken)} would get it too"


@record(slots=True)
class DVar:
    name: str
    value: str | None  # raw, unexpanded; None: declared without value and no default
    kind: str  # "platform" (automatic platform ARG), "arg", "env", "build-arg"
    span: Span | None  # the KEY=value of the declaration
    origin: str  # "ARG ARCH=amd64 at line 3"
    instruction: Instruction | None = None


_DF_VAR = re.compile(
    r"\$(?:\{(?P<b>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-+?])(?P<w>[^}]*))?\}"
    r"|(?P<n>[A-Za-z_][A-Za-z0-9_]*))"
)


def dockerfile_refs(text: str, escape: str = "\\") -> list[tuple[int, int, str, str, str]]:
    """(start, end, name, op, word) of every ``$V``/``${V...}`` in a Dockerfile word."""
    out = []
    i = 0
    while True:
        m = _DF_VAR.search(text, i)
        if not m:
            break
        s = m.start()
        if s > 0 and text[s - 1] == escape:
            i = m.end()
            continue
        name = m.group("b") or m.group("n") or ""
        out.append((s, m.end(), name, m.group("op") or "", m.group("w") or ""))
        i = m.end()
    return out


def _fits_literals(name: str, literals: list[str]) -> bool:
    """Does ``name`` match ``literals`` joined by ``.*`` (anchored at both ends, ``.`` not
    matching a newline), i.e. the literal parts of a reference with variables in between?
    The same answer as that regex without compiling one per reference (each compile cost
    ~50 µs; a file's references are all different). With no newline in ``name`` the
    ``.*`` gaps can hold anything, and greedy is exact here: taking the
    earliest place for each middle literal leaves the most room for the rest."""
    if "\n" in name:  # never in a stage name or an index; kept exact with the regex
        rx = ".*".join(re.escape(lit) for lit in literals) + r"\Z"
        return re.match(rx, name) is not None
    if len(literals) == 1:  # no variable after all (an escaped ``$``)
        return name == literals[0]
    first, last = literals[0], literals[-1]
    if not name.startswith(first):
        return False
    end = len(name) - len(last)
    if end < len(first) or not name.endswith(last):
        return False
    pos = len(first)
    for lit in literals[1:-1]:
        found = name.find(lit, pos, end)
        if found < 0:
            return False
        pos = found + len(lit)
    return True


def _line_span(base: Span, start: int, end: int) -> Span:
    return Span(base.line, base.column + start, base.line, base.column + max(end, start + 1))


class ArchAnalysis:
    """Per-Dockerfile analysis (see the module docstring)."""

    def __init__(
        self,
        dockerfile: Dockerfile,
        platforms: Sequence[Platform],
        build_args: dict[str, str] | None = None,
        target: str | None = None,
    ) -> None:
        self.df = dockerfile
        self.platforms = list(platforms)
        self.build_args = dict(build_args or {})
        self.target = target
        self._views: dict[int, list[ScriptView]] = {}
        self._dvars: dict[tuple[int, int], dict[str, DVar]] = {}
        self._reachable: set[int] | None = None
        self._param_memo: dict[int, tuple[DVar, bool]] = {}
        self._by_index: dict[int, dict[int, Instruction]] = {}
        self._changes: dict[int, list[int]] = {}
        self._shells: dict[int, list[Instruction]] = {}
        self._values_text: str | None = None
        self._run_text: str | None = None
        self._set_keys: frozenset[str] | None = None
        self._values_arch: bool | None = None
        self._tables: dict[str, dict[Any, Any]] = {}

    def memo(self, kind: str, key: Any, compute: Callable[..., _T], *args: Any) -> _T:
        """``compute(*args)``, once per ``(kind, key)`` of this file: facts a check module derives
        (script views per instruction, platforms per stage, APT pins per stage) live and
        die with the analysis, like the analysis' own caches."""
        table = self._tables.get(kind)
        if table is None:
            table = self._tables[kind] = {}
        if key in table:
            return table[key]  # type: ignore[no-any-return]
        value = table[key] = compute(*args)
        return value

    # -- pre-filters -------------------------------------------------------------------
    @property
    def run_text(self) -> str:
        """The shell text of every RUN of the file (heredoc bodies included), one per line:
        a RUN-level pre-filter asked once per file (``"--target" in an.run_text``)."""
        if self._run_text is None:
            self._run_text = "\n".join(instruction_text(ins) for ins in self.df.instructions
                                       if ins.keyword == "RUN")
        return self._run_text

    @property
    def set_keys(self) -> frozenset[str]:
        """The names ENV and ARG instructions give a value to."""
        if self._set_keys is None:
            self._set_keys = frozenset(kv.key for ins in self.df.instructions
                                       if ins.keyword in ("ARG", "ENV") for kv in ins.pairs
                                       if kv.value is not None)
        return self._set_keys

    @property
    def values_text(self) -> str:
        """Every ARG/ENV value and build-arg value of the file: where a ``$VAR`` of a RUN
        can take a constant from (shell variables of the RUN itself are in its own text;
        TARGETARCH and the other automatic ARGs are parameters, never constants)."""
        if self._values_text is None:
            parts = [kv.value or "" for ins in self.df.instructions
                     if ins.keyword in ("ARG", "ENV") for kv in ins.pairs]
            parts.extend(self.build_args.values())
            self._values_text = "\n".join(parts)
        return self._values_text

    def may_hold_arch(self, text: str) -> bool:
        """:func:`may_hold_arch` for a RUN of this file, sharper: ``$`` counts only when some
        ARG/ENV/build-arg value names an architecture (most files: none). ``case`` always
        counts: a case on the arch may lack a branch whatever its patterns spell."""
        if mentions_arch_token(text) or "case" in text:
            return True
        if "$" not in text and "`" not in text:
            return False
        if self._values_arch is None:
            self._values_arch = mentions_arch_token(self.values_text)
        return self._values_arch

    # -- stages ------------------------------------------------------------------------
    def stage_of(self, ins: Instruction) -> Stage | None:
        if 0 <= ins.stage < len(self.df.stages):
            return self.df.stages[ins.stage]
        return None

    def is_build_stage(self, stage: Stage | None) -> bool:
        """``FROM --platform=$BUILDPLATFORM`` (or ``$BUILDOS/$BUILDARCH``): runs on the builder."""
        seen = 0
        while stage is not None and seen < 64:
            if stage.platform is not None and stage.platform.value:
                v = stage.platform.value
                if "BUILD" not in v:
                    return False
                # the variables themselves: $BUILDPLATFORM_runner is a project's ARG
                names = {r[2] for r in dockerfile_refs(v, self.df.escape)}
                return "BUILDPLATFORM" in names or (
                    bool(names & {"BUILDARCH", "BUILDOS"})
                    and not any(n.startswith("TARGET") for n in names))
            # ``FROM other-stage`` inherits that stage's platform
            stage = self.parent_stage(stage)
            seen += 1
        return False

    def platform_pinned(self, stage: Stage | None) -> str | None:
        """The constant ``--platform`` of a stage (``linux/amd64``), else None."""
        if stage is None or stage.platform is None or not stage.platform.value:
            return None
        v = stage.platform.value
        return None if "$" in v else v

    def stage_text(self, stage: Stage) -> str:
        """The RUN, ENV and ARG texts of a stage, joined (memoized: several rules search it
        for hints such as a C build, a cross set-up or a firmware toolchain)."""
        return self.memo("stage_text", stage.index, _stage_text, stage)

    def forced_pin(self, stage: Stage | None) -> Platform | None:
        """The stage's constant ``--platform`` when every requested platform's build uses it
        although it is not theirs (what AL201 reports), else None. Such a stage's code is
        judged against the requested platforms, not against the pin: the pin is one problem,
        and the ``amd64`` download or ``GOARCH=amd64`` it hides is another. A pin that is
        honoured stays one: a stage named for its platform (``build-amd64``, picked with
        ``FROM build-${TARGETARCH}``), or the only platform requested."""
        raw = self.platform_pinned(stage)
        if raw is None or stage is None:
            return None
        raw = raw.strip().strip("\"'")
        try:
            plat = Platform.parse(raw)
        except PlatformError:
            return None
        if self.honours_name(stage, plat, raw) or all(p == plat for p in self.platforms):
            return None
        return plat

    def honours_name(self, stage: Stage, plat: Platform, raw: str) -> bool:
        """Is the stage named for its pinned platform (:func:`names_platform`), and picked
        as such? See :meth:`named_base_users`."""
        return names_platform(stage, plat, raw) and not self.named_base_users(stage, plat, raw)

    def named_base_users(self, stage: Stage, plat: Platform, raw: str) -> list[Stage]:
        """Built stages, not themselves named for ``plat`` nor pinned, that start ``FROM``
        this stage by its constant name (``FROM build_amd64 AS build``): for them the stage
        is every platform's base, whatever its name says."""
        return [st for st, ins in self.stages_copying_from(stage)
                if ins is st.from_instruction and self.reachable(st)
                and not self.platform_pinned(st) and not names_platform(st, plat, raw)]

    def in_image(self, stage: Stage | None) -> bool:
        """Is the stage the final one (or ``--target``) or a stage it is built ``FROM``?"""
        st = self.final_stage()
        seen = 0
        while st is not None and seen < 64:
            if stage is st:
                return True
            st = self.parent_stage(st)
            seen += 1
        return False

    def final_stage(self) -> Stage | None:
        if not self.df.stages:
            return None
        if self.target:
            st = self.df.stage_by_name(self.target)
            if st is not None:
                return st
        return self.df.stages[-1]

    def parent_stage(self, stage: Stage) -> Stage | None:
        st = self.df.stage_by_name(stage.base) if stage.base else None
        if st is not None and st.index < stage.index:
            return st
        return None

    def declared_platform_args(self, stage: Stage | None, before: int | None = None) -> set[str]:
        """Automatic platform ARGs declared (``ARG NAME``) in the stage before instruction
        index ``before`` (all of the stage when None)."""
        out: set[str] = set()
        if stage is None:
            return out
        for ins in stage.instructions:
            if before is not None and ins.index >= before:
                break
            if ins.keyword == "ARG":
                for kv in ins.pairs:
                    if kv.key in PLATFORM_ARGS:
                        out.add(kv.key)
        return out

    def stages_copying_from(self, stage: Stage) -> list[tuple[Stage, Instruction]]:
        """(stage, instruction) pairs that use ``stage``'s filesystem: ``COPY --from``,
        ``RUN --mount=from=``, or ``FROM stage``."""
        out: list[tuple[Stage, Instruction]] = []
        names = {str(stage.index)}
        if stage.name:
            names.add(stage.name)
        for st in self.df.stages:
            if st.index <= stage.index:
                continue
            if st.base and st.base.lower() in names:
                out.append((st, st.from_instruction))
            for ins in st.instructions:
                f = ins.flag("from")
                if ins.keyword in ("COPY", "ADD") and f and f.value and f.value.lower() in names:
                    out.append((st, ins))
                if ins.keyword == "RUN":
                    for m in ins.flags_named("mount"):
                        src = m.mount_options().get("from")
                        if src and src.lower() in names:
                            out.append((st, ins))
        return out

    def used_stages(self) -> set[int]:
        """Indexes of stages the final stage depends on (itself included)."""
        final = self.final_stage()
        if final is None:
            return set()
        seen: set[int] = set()
        todo = [final]
        while todo:
            st = todo.pop()
            if st.index in seen:
                continue
            seen.add(st.index)
            deps: list[str] = [st.base] if st.base else []
            for ins in st.instructions:
                f = ins.flag("from")
                if f and f.value:
                    deps.append(f.value)
                if ins.keyword == "RUN":
                    for m in ins.flags_named("mount"):
                        src = m.mount_options().get("from")
                        if src:
                            deps.append(src)
            for d in deps:
                for dep in self._stages_picked(d, st.index):
                    todo.append(dep)
        return seen

    def _stages_picked(self, ref: str, before: int) -> list[Stage]:
        """The stages a reference names for the requested platforms, expanded as BuildKit
        expands FROM and ``--from`` (global ARGs and the automatic platform ARGs):
        ``runtime-$TARGETARCH`` is ``runtime-amd64`` and ``runtime-arm64`` by default, not
        also ``runtime-rocm`` (a stage only ``--target`` builds). A reference with a
        variable that has no value matches every stage its literal parts fit
        (:meth:`stages_named`)."""
        if "$" not in ref:
            return self.stages_named(ref, before)
        from archlint.dockerfile.scope import expand

        out: list[Stage] = []
        for scope in self.memo("global_scopes", 0, self._global_scopes):
            exp = expand(ref, scope, self.df.escape)
            if exp.error or exp.unset:
                return self.stages_named(ref, before)
            for st in self.stages_named(exp.value.strip(), before):
                if st not in out:
                    out.append(st)
        return out

    def _global_scopes(self) -> list[dict[str, str | None]]:
        """The variables FROM lines see, one scope per requested platform."""
        from archlint.dockerfile.scope import BuildContext, global_scope

        return [global_scope(self.df, BuildContext(build_args=self.build_args,
                                                   target_platform=p))
                for p in self.platforms]

    def stages_named(self, ref: str, before: int) -> list[Stage]:
        """Earlier stages a FROM / --from reference may name. A reference with a variable
        (``build-${TARGETARCH}``) matches every stage its literal parts fit."""
        ref = ref.strip().strip("\"'").lower()
        if "$" not in ref:
            dep = self.df.stage_by_name(ref)
            if dep is None and ref.isdigit() and int(ref) < len(self.df.stages):
                dep = self.df.stages[int(ref)]
            return [dep] if dep is not None and dep.index < before else []
        literals: list[str] = []
        pos = 0
        for s, e, _n, _o, _w in dockerfile_refs(ref, self.df.escape):
            literals.append(ref[pos:s])
            pos = e
        literals.append(ref[pos:])
        return [st for st in self.df.stages[:before]
                if (st.name and _fits_literals(st.name, literals))
                or _fits_literals(str(st.index), literals)]

    def reachable(self, stage: Stage | None) -> bool:
        """Is the stage built at all? BuildKit builds only the stages the final stage (or
        ``--target``) depends on; a stage nothing uses is never built."""
        if stage is None:
            return True
        if self._reachable is None:
            self._reachable = self.used_stages()
        return stage.index in self._reachable

    # -- Dockerfile variables -------------------------------------------------------------
    def _global_args(self) -> dict[str, DVar]:
        out: dict[str, DVar] = {}
        for ins in self.df.global_args:
            for kv in ins.pairs:
                if kv.key in self.build_args:
                    out[kv.key] = DVar(kv.key, self.build_args[kv.key], "build-arg", kv.span,
                                       f"--build-arg {kv.key}", ins)
                elif kv.key in PLATFORM_ARGS and kv.value is None:
                    out[kv.key] = DVar(kv.key, None, "platform", kv.span, f"ARG {kv.key}", ins)
                else:
                    out[kv.key] = DVar(kv.key, kv.value, "arg", kv.span,
                                       _decl("ARG", kv.key, kv.value, kv.span), ins)
        return out

    def dvars(self, ins: Instruction) -> dict[str, DVar]:
        """ARG/ENV visible to ``ins`` (inside FROM: the global ARGs)."""
        stage = self.stage_of(ins)
        if stage is None or ins.keyword == "FROM":
            return self._global_args()
        return self._scope(stage, ins.index)

    def _scope(self, stage: Stage, until: int, depth: int = 0) -> dict[str, DVar]:
        """Variables visible before instruction index ``until`` of ``stage``.

        Only ARG and ENV change a scope, so scopes are built once per change, each from the
        previous one (linear in the stage's length, also for 20 000-line files)."""
        changes = self._changes.get(stage.index)
        if changes is None:
            changes = [i.index for i in stage.instructions if i.keyword in ("ARG", "ENV")]
            self._changes[stage.index] = changes
        k = bisect_left(changes, until)  # ARG/ENV instructions before ``until``
        hit = self._dvars.get((stage.index, k))
        if hit is not None:
            return hit
        j = k
        while j > 0 and (stage.index, j) not in self._dvars:
            j -= 1
        scope = self._dvars.get((stage.index, j))
        if scope is None:  # j == 0: what the stage inherits from its parent stage
            scope = {}
            parent = self.parent_stage(stage)
            if parent is not None and depth < 50:
                end = parent.instructions[-1].index + 1 if parent.instructions else 0
                for name, dv in self._scope(parent, end, depth + 1).items():
                    if dv.kind == "env":
                        scope[name] = dv
            self._dvars[(stage.index, 0)] = scope
        by_index = self._by_index.get(stage.index)
        if by_index is None:
            by_index = {i.index: i for i in stage.instructions}
            self._by_index[stage.index] = by_index
        glob = self._global_args() if j < k else {}
        while j < k:
            i2 = by_index[changes[j]]
            scope = dict(scope)
            if i2.keyword == "ARG":
                for kv in i2.pairs:
                    if kv.key in self.build_args:
                        scope[kv.key] = DVar(kv.key, self.build_args[kv.key], "build-arg",
                                             kv.span, f"--build-arg {kv.key}", i2)
                    elif kv.key in PLATFORM_ARGS and kv.value is None:
                        scope[kv.key] = DVar(kv.key, None, "platform", kv.span,
                                             f"ARG {kv.key}", i2)
                    elif kv.value is None and kv.key in glob:
                        g = glob[kv.key]
                        scope[kv.key] = DVar(kv.key, g.value, g.kind, g.span, g.origin,
                                             g.instruction)
                    else:
                        scope[kv.key] = DVar(kv.key, kv.value, "arg", kv.span,
                                             _decl("ARG", kv.key, kv.value, kv.span), i2)
            else:
                for kv in i2.pairs:
                    scope[kv.key] = DVar(kv.key, kv.value, "env", kv.span,
                                         _decl("ENV", kv.key, kv.value, kv.span), i2)
            j += 1
            self._dvars[(stage.index, j)] = scope
        return scope

    def resolve_text(self, text: str, ins: Instruction, span: Span, depth: int = 0) -> Value:
        """A Dockerfile word (single line) followed through ARG/ENV."""
        val = Value()
        scope = self.dvars(ins)
        pos = 0
        for s, e, name, op, word in dockerfile_refs(text, self.df.escape):
            if s > pos:
                val.pieces.append(Piece(text[pos:s], "lit", _line_span(span, pos, s),
                                        start=pos))
            use = _line_span(span, s, e)
            val.pieces.extend(self._dvar_pieces(name, op, word, scope, use, ins, depth))
            pos = e
        if pos < len(text):
            val.pieces.append(Piece(text[pos:], "lit", _line_span(span, pos, len(text)),
                                    start=pos))
        return val

    def _dvar_pieces(self, name: str, op: str, word: str, scope: dict[str, DVar], use: Span,
                     ins: Instruction, depth: int) -> list[Piece]:
        if name in ARCH_VALUED or name in ("TARGETOS", "BUILDOS"):
            if name in ("TARGETOS", "BUILDOS"):
                return [Piece("linux", "lit", use, direct=False)]
            return [Piece("", "param", use, direct=False)]
        dv = scope.get(name)
        value = dv.value if dv is not None else None
        if op in (":-", "-") and (value is None or (op == ":-" and value == "")):
            if "$" in word and depth <= 8:  # ${A:-${TARGETARCH}}: follow the default
                return self.resolve_text(word, ins, use, depth + 1).pieces
            return [Piece(word, "lit", use, origin=f"the default value of {name}",
                          direct=False)]
        if op in (":+", "+"):
            return [Piece(word if value else "", "lit", use, direct=False)]
        if dv is None or value is None:
            return [Piece("", "unknown", use, direct=False)]
        if depth > 8:
            return [Piece("", "unknown", use, direct=False)]
        inner_ins = dv.instruction or ins
        sub = self.resolve_text(value, inner_ins, use, depth + 1)
        out: list[Piece] = []
        for p in sub.pieces:
            if p.kind == "lit":
                out.append(Piece(p.text, "lit", use, origin=p.origin or dv.origin,
                                 origin_span=p.origin_span or dv.span, direct=False))
            else:
                out.append(Piece(p.text, p.kind, use, p.origin, p.origin_span, direct=False))
        return out

    def dvar_is_param(self, name: str, ins: Instruction) -> bool:
        if name in ARCH_VALUED:
            return True
        dv = self.dvars(ins).get(name)
        if dv is None or dv.value is None:
            return False
        hit = self._param_memo.get(id(dv))
        if hit is None or hit[0] is not dv:
            value = self.resolve_text(dv.value, dv.instruction or ins,
                                      dv.span or Span(1, 1, 1, 1), 1).parametrized
            hit = (dv, value)
            self._param_memo[id(dv)] = hit
        return hit[1]

    # -- scripts -----------------------------------------------------------------------
    def scripts(self, ins: Instruction) -> list[ScriptView]:
        hit = self._views.get(ins.index)
        if hit is None:
            hit = []
            try:
                if not self.posix_shell(ins):
                    self._views[ins.index] = hit
                    return hit
                for src in shell_scripts(ins):
                    hit.append(ScriptView(self, ins, parse_script(src)))
            except Exception:
                hit = []
            self._views[ins.index] = hit
        return hit

    def posix_shell(self, ins: Instruction) -> bool:
        """False when the instruction's shell form runs in PowerShell or cmd (a ``SHELL``
        instruction in the stage or its parents, or a Windows base image): not bash text."""
        stage = self.stage_of(ins)
        seen = 0
        until = ins.index
        while stage is not None and seen < 64:
            shells = self._shells.get(stage.index)
            if shells is None:
                shells = [i for i in stage.instructions if i.keyword == "SHELL"]
                self._shells[stage.index] = shells
            for i2 in reversed(shells):
                if i2.index >= until:
                    continue
                first = i2.args[0].value if i2.args else ""
                prog = first.replace("\\", "/").rsplit("/", 1)[-1].lower()
                return not prog.startswith(("powershell", "pwsh", "cmd"))
            parent = self.parent_stage(stage)
            if parent is None:
                base = stage.base.lower()
                return not any(w in base for w in _WINDOWS_BASES)
            stage, until = parent, 1 << 30
            seen += 1
        return True

    def view_for_text(self, ins: Instruction, src: SourceText) -> ScriptView:
        return ScriptView(self, ins, parse_script(src))


_WINDOWS_BASES = ("windows/servercore", "windows/nanoserver", "windowsservercore", "nanoserver",
                  "windows/server:", "mcr.microsoft.com/windows")


# Text pre-filters are memoized (``lru_cache``, keyed by the text): several rules ask the same
# question of the same file text and instruction texts (the strings are shared, so a lookup
# is an identity compare), and each answer depends on the text alone. Bounded: texts of
# at most 4096 recent instructions/files are kept.
TEXT_MEMO_SIZE = 4096


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def mentions_arch_token(text: str) -> bool:
    """Does ``text`` spell an arch token anywhere (before :func:`find_arch_tokens`' context
    filters)? A file-level pre-filter: a rule whose findings are arch tokens in resolved
    values has nothing to find in a file (and build args) without one, unless a token is
    split across two variables (``${A}${B}`` with A=x86_ and B=64), which is not followed."""
    if not text.isascii():
        return _token_regex().search(text) is not None
    low = text.lower()
    # Every token contains one of a few needles ("64", "86", "arm", ...): most texts hold
    # none (a memchr-fast substring test), and where one is, a token can only lie within
    # the longest token's length of it, so the trie runs on those windows instead of the
    # whole text (a file is ~60 times longer than the windows of its few needles). A text
    # with many needles (base64, checksums) is scanned whole.
    hint = _token_hint()
    reach = _token_reach()
    seen = 0
    for n in _token_needles():
        i = low.find(n)
        while i >= 0:
            seen += 1
            if seen > 16:
                return hint.search(low) is not None
            if hint.search(low, max(0, i - reach), i + len(n) + reach) is not None:
                return True
            i = low.find(n, i + 1)
    return False


@cache
def _token_reach() -> int:
    """The longest text :func:`_token_hint` can match."""
    toks = {t.lower() for t in _data()["tokens"]}
    pre = {k.lower() for k in _data()["prefixed_tokens"] if not k.startswith("_")}
    return max([len(t) for t in toks] + [len("linux-") + len(t) for t in pre] + [1])


@cache
def _token_needles() -> tuple[str, ...]:
    """Substrings one of which every arch token (lower case, ``linux-`` ones included)
    contains: a text without any has no token. A token the short list misses is its own
    needle, so the test stays exact whatever the token table holds."""
    short = ("64", "86", "arm", "390", "32bit")
    toks = {t.lower() for t in _data()["tokens"]}
    toks |= {k.lower() for k in _data()["prefixed_tokens"] if not k.startswith("_")}
    return short + tuple(sorted(t for t in toks if not any(n in t for n in short)))


def may_find_arch(text: str) -> bool:
    """File-level gate of a rule whose findings are arch tokens in resolved values, or a
    ``case`` on the architecture that lacks a branch for a requested platform (its patterns
    need not spell a token: ``case "$TARGETARCH" in arm) …``). ``text`` is the file and its
    build-arg values (``CheckContext.source_text``): values are followed, never invented."""
    return mentions_arch_token(text) or "esac" in text


def may_hold_arch(text: str) -> bool:
    """Cheap pre-filter before parsing: can a word of ``text`` resolve to an arch token? Only
    if the token is written in it, or a variable or command substitution may bring it in
    (every arch hit is :func:`find_arch_tokens` on a word's resolved text)."""
    return "$" in text or "`" in text or mentions_arch_token(text)


def instruction_text(ins: Instruction) -> str:
    """All shell text of an instruction (its line text and heredoc bodies): a cheap
    prefilter before parsing (``"GOARCH" in instruction_text(ins)``)."""
    if not ins.heredocs:
        return ins.rest.text
    return ins.rest.text + "\n" + "\n".join(h.body.text for h in ins.heredocs)


def _decl(kw: str, key: str, value: str | None, span: Span | None) -> str:
    where = f" at line {span.line}" if span else ""
    if value is None:
        return f"{kw} {key}{where}"
    return f"{kw} {key}={plain(value)}{where}"


def plain(text: str) -> str:
    """Text for a message: ``${VAR}`` written ``$VAR`` and no backticks (SARIF viewers and
    GitHub annotations render braces and backticks badly)."""
    return text.replace("${", "$").replace("}", "").replace("`", "'")


class ScriptView:
    """One parsed script of an instruction, with value following and guard coverage."""

    def __init__(self, an: ArchAnalysis, ins: Instruction, script: Script) -> None:
        self.an = an
        self.ins = ins
        self.script = script
        self._param_vars: set[str] | None = None
        self._target_vars: set[str] | None = None
        self._resolved: dict[int, tuple[ShWord, Value]] = {}
        self._spellings: dict[tuple[int, Platform], tuple[ShWord, set[str]]] = {}
        self._admits: dict[tuple[int, Platform], tuple[Guard, bool]] = {}
        self._dispatches: set[int] | None = None

    def commands(self) -> list[Command]:
        return self.script.commands()

    # -- which shell variables depend on the architecture --------------------------------
    @property
    def param_vars(self) -> set[str]:
        if self._param_vars is None:
            self._param_vars = self._compute_param_vars()
        return self._param_vars

    @property
    def target_vars(self) -> set[str]:
        """Like ``param_vars`` but only values that follow the *target* platform: TARGET*
        args and ``xx-info``. In a ``--platform=$BUILDPLATFORM`` stage ``uname -m``,
        ``dpkg --print-architecture`` or ``$BUILDARCH`` name the build machine instead."""
        if self._target_vars is None:
            self._target_vars = self._compute_param_vars(target=True)
        return self._target_vars

    def _compute_param_vars(self, target: bool = False) -> set[str]:
        names: set[str] = set(TARGET_ARGS if target else ARCH_VALUED)
        # only the ARG/ENV names this script refers to matter (a stage may have thousands)
        for n in self._referenced_names():
            if target:
                dv = self.an.dvars(self.ins).get(n)
                if dv is not None and dv.value and _TARGET_REF.search(dv.value):
                    names.add(n)
            elif self.an.dvar_is_param(n, self.ins):
                names.add(n)
        assigns = self.script.assignments()
        for _ in range(4):
            changed = False
            for a in assigns:
                if a.name in names or a.kind == "prefix":
                    continue
                if self._assignment_is_param(a, names, target):
                    names.add(a.name)
                    changed = True
            if not changed:
                break
        return names

    def _query(self, c: Command, target: bool) -> bool:
        if not is_arch_query(c):
            return False
        return not target or c.unwrapped()[0].startswith("xx-")

    def _referenced_names(self) -> set[str]:
        out: set[str] = set()
        words: list[ShWord] = []
        for c in self.script.commands():
            words.extend(c.words())
            words.extend(c.redirects)
        for a in self.script.assignments():
            if a.value is not None:
                words.append(a.value)
            words.extend(a.values)
        for case in self.script.cases():
            words.append(case.subject)
        for w in words:
            for p in w.parts:
                if p.kind == "var" and p.name:
                    out.add(p.name)
        return out

    def _assignment_is_param(self, a: Any, names: set[str], target: bool = False) -> bool:
        if any(self.word_is_param(g.subject, names, target) for g in a.guards):
            return True
        if a.kind == "for":
            return any(find_arch_tokens(w.text) for w in a.values) or any(
                v in names for w in a.values for v in w.variables
            )
        if a.kind == "read" and a.command is not None:
            c = a.command
            prev = c.pipeline_prev
            while prev is not None:
                if self._query(prev, target):
                    return True
                prev = prev.pipeline_prev
            return any(v in names for r in c.redirects for v in r.variables) or any(
                self._query(x, target) for r in c.redirects for p in r.parts for x in p.commands
            )
        if a.value is None:
            return False
        return self.word_is_param(a.value, names, target)

    def word_is_param(self, w: ShWord, names: set[str] | None = None,
                      target: bool = False) -> bool:
        if names is None:
            names = self.target_vars if target else self.param_vars
        for p in w.parts:
            if p.kind == "var" and p.name in names:
                return True
            if p.kind == "var" and p.default and "$" in p.default and (
                    ARCH_QUERY_TEXT.search(p.default)
                    or any(n in names for n in _REF_NAMES.findall(p.default))):
                return True  # ${BUILD_ARCH:-$(apk --print-arch)}: the default follows the arch
            if p.kind == "cmd":
                for c in p.commands:
                    if self._query(c, target):
                        return True
                    if any(v in names for x in c.words() for v in x.variables):
                        return True
        return False

    def is_target_param(self, w: ShWord) -> bool:
        """Does the word follow the target platform (TARGET* args, xx-info)?"""
        return self.word_is_param(w, None, True)

    def is_param(self, w: ShWord) -> bool:
        """Does the word depend on the target/build architecture?"""
        return self.word_is_param(w)

    def _guard_is_arch(self, g: Guard, names: set[str] | None = None) -> bool:
        if self.word_is_param(g.subject, names):
            return True
        # case "${BUILD_ARCH}" in aarch64) …;; armhf) …;; with a subject archlint cannot
        # follow (a build arg the builder injects): items that are all architecture names
        # make it a dispatch on the architecture
        return g.kind == "case" and g.subject.value is None and \
            id(g.subject) in self._arch_dispatches()

    def _arch_dispatches(self) -> set[int]:
        """The subjects (by id) of the cases whose items all name architectures, two at least
        (one ``amd64)`` branch alone may be a constant's test); computed once per script."""
        if self._dispatches is None:
            self._dispatches = set()
            for case in self.script.cases():
                pats = {p.lower() for it in case.items for p in it.pattern_values if p != "*"}
                if len(pats) >= 2 and pats <= _all_spellings():
                    self._dispatches.add(id(case.subject))
        return self._dispatches

    # -- guards ------------------------------------------------------------------------
    def subject_spellings(self, subject: ShWord, p: Platform) -> set[str]:
        """Values an arch subject may take on platform ``p`` (over-approximated). Memoized:
        every rule asks it of the same guards (read the set only)."""
        key = (id(subject), p)
        hit = self._spellings.get(key)
        if hit is None or hit[0] is not subject:
            hit = self._spellings[key] = (subject, self._subject_spellings(subject, p))
        return hit[1]

    def _subject_spellings(self, subject: ShWord, p: Platform) -> set[str]:
        choices: list[list[str]] = []
        arch_sp = sorted(spellings(arch_platform_key(p)) | {p.architecture})
        for part in subject.parts:
            tool = self._query_tool(part, subject.start)
            if tool is not None:
                # apk and dpkg print one exact name per platform (armhf is ARMv6 to apk,
                # ARMv7 to dpkg); uname and the others stay over-approximated
                exact = TOOL_ARCH_NAMES[tool].get(arch_platform_key(p))
                choices.append(list(exact) if exact else arch_sp)
            elif part.kind == "lit":
                choices.append([part.text])
            elif part.kind == "var":
                if part.name in ("TARGETOS", "BUILDOS"):
                    choices.append([p.os])
                elif part.name == "TARGETVARIANT":
                    choices.append([p.variant])
                elif part.name == "TARGETARCH":
                    choices.append([p.architecture])
                elif part.name == "TARGETPLATFORM":
                    choices.append([str(p), f"{p.os}/{p.architecture}"])
                elif part.name in BUILD_ARGS:
                    # the build machine, whatever platform is being built: a guard on it
                    # does not choose between the targets
                    choices.append(self._build_machine_values(part.name))
                else:
                    choices.append([*arch_sp, f"{p.os}/{p.architecture}", str(p)])
            else:
                choices.append(arch_sp)
        out: set[str] = set()
        for combo in itertools.islice(itertools.product(*choices), 400):
            out.add("".join(combo))
        return out

    def _build_machine_values(self, name: str) -> list[str]:
        """What BUILDPLATFORM/BUILDARCH/BUILDVARIANT may be: any build machine (one of the
        requested platforms, or the usual amd64 and arm64 builders)."""
        hosts = {*self.an.platforms, Platform("linux", "amd64"), Platform("linux", "arm64")}
        if name == "BUILDARCH":
            return sorted({h.architecture for h in hosts})
        if name == "BUILDVARIANT":
            return sorted({h.variant for h in hosts})
        return sorted({str(h) for h in hosts} | {f"{h.os}/{h.architecture}" for h in hosts})

    def command_platforms(self, cmd: Command | None = None,
                          guards: Sequence[Guard] | None = None) -> list[Platform]:
        """Requested platforms the command runs for, after its arch guards."""
        gs = list(guards if guards is not None else (cmd.guards if cmd else ()))
        plats = list(self.an.platforms)
        for g in gs:
            if not self._guard_is_arch(g):
                continue
            plats = [p for p in plats if self.guard_admits(g, p)]
        return plats

    def guard_admits(self, g: Guard, p: Platform) -> bool:
        """Does arch guard ``g`` let its code run on platform ``p``? Memoized per guard."""
        key = (id(g), p)
        hit = self._admits.get(key)
        if hit is None or hit[0] is not g:
            hit = self._admits[key] = (g, g.admits(self.subject_spellings(g.subject, p)))
        return hit[1]

    def arch_cases(self) -> list[ArchCase]:
        """``case`` statements on an arch value, with the platforms no branch covers."""
        out: list[ArchCase] = []
        for case in self.script.cases():
            if not self.word_is_param(case.subject):
                continue
            plats = self.command_platforms(guards=case.guards)
            missing: list[Platform] = []
            for p in plats:
                sp = self.subject_spellings(case.subject, p)
                covered = False
                previous: tuple[str, ...] = ()
                for item in case.items:
                    g = Guard("case", case.subject, item.pattern_values, False, previous)
                    if g.admits(sp):
                        covered = not item.exits
                        if covered:
                            break
                    previous += item.pattern_values
                if not covered:
                    missing.append(p)
            out.append(ArchCase(case, missing, self))
        return out

    # -- value following ---------------------------------------------------------------
    def _query_tool(self, part: Any, at: int) -> str | None:
        """"apk" / "dpkg" when the part is ``$(apk --print-arch)`` / ``$(dpkg
        --print-architecture)`` or a variable last assigned exactly that."""
        if part.kind == "var":
            a = self._last_assignment(part.name, at)
            if a is None or a.value is None or any(self._guard_is_arch(g) for g in a.guards):
                return None
            parts = [x for x in a.value.parts if not (x.kind == "lit" and not x.text.strip())]
            if len(parts) != 1 or parts[0].kind != "cmd":
                return None
            part = parts[0]
        if part.kind != "cmd" or len(part.commands) != 1:
            return None
        name, args, _ = part.commands[0].unwrapped()
        vals = [x.value for x in args]
        if name == "apk" and vals == ["--print-arch"]:
            return "apk"
        if name == "dpkg" and vals == ["--print-architecture"]:
            return "dpkg"
        return None

    def _last_assignment(self, name: str, before: int) -> Any:
        found = None
        for a in self.script.assignments():
            if a.start >= before:
                break
            if a.name == name and a.kind != "prefix":
                found = a
        return found

    def resolve(self, w: ShWord, depth: int = 0) -> Value:
        """The effective value of a word: shell variables assigned earlier in the script,
        then ARG/ENV of the stage; arch-dependent parts become ``param`` pieces. Memoized
        per word (several rules ask of the same URL or package word; read it only)."""
        if depth:
            return self._resolve(w, depth)
        hit = self._resolved.get(id(w))
        if hit is None or hit[0] is not w:
            hit = self._resolved[id(w)] = (w, self._resolve(w, 0))
        return hit[1]

    def _resolve(self, w: ShWord, depth: int) -> Value:
        val = Value()
        for part in w.parts:
            span = w.offset_span(part.start, part.end)
            if part.kind == "lit":
                val.pieces.append(Piece(part.text, "lit", span, start=part.start - w.start))
            elif part.kind == "var":
                val.pieces.extend(self._var_pieces(part, span, w.start, depth))
            elif part.kind == "cmd":
                base = self._basename(part, span, depth)
                if base is not None:
                    val.pieces.extend(base)
                    continue
                param = any(is_arch_query(c) for c in part.commands) or any(
                    v in self.param_vars for c in part.commands for x in c.words()
                    for v in x.variables
                )
                val.pieces.append(Piece("", "param" if param else "unknown", span,
                                        direct=False))
            else:
                val.pieces.append(Piece("", "unknown", span, direct=False))
        return val

    def _basename(self, part: Any, use: Span, depth: int) -> list[Piece] | None:
        """``$(basename "$URL")`` (``[SUFFIX]`` too): the last path component of the value,
        pieces kept (``FILE=$(basename "$WHEEL_URL")`` names the downloaded file)."""
        cmds = part.commands
        if len(cmds) != 1 or depth >= 8:
            return None
        name, args, env = cmds[0].unwrapped()
        if name != "basename" or env or not 1 <= len(args) <= 2 or any(
                (a.value or "").startswith("-") for a in args):
            return None
        suffix = args[1].value if len(args) == 2 else ""
        if suffix is None:
            return None
        pieces = self.resolve(args[0], depth + 1).pieces
        tail: list[Piece] = []
        for p in reversed(pieces):
            if p.kind == "lit" and "/" in p.text.rstrip("/" if not tail else ""):
                text = p.text.rstrip("/") if not tail else p.text
                tail.append(Piece(text.rsplit("/", 1)[1], "lit", use, p.origin,
                                  p.origin_span, direct=False))
                break
            tail.append(Piece(p.text, p.kind, use, p.origin, p.origin_span, direct=False))
        tail.reverse()
        if suffix and tail and tail[-1].kind == "lit" and tail[-1].text.endswith(suffix) \
                and tail[-1].text != suffix:
            last = tail[-1]
            tail[-1] = Piece(last.text[: -len(suffix)], "lit", use, last.origin,
                             last.origin_span, direct=False)
        return tail

    def _var_pieces(self, part: Any, use: Span, at: int, depth: int) -> list[Piece]:
        name = part.name
        if name in self.param_vars and name not in self._shadowed_constants(name, at):
            if (part.op in (":-", "-") and name in PLATFORM_ARGS
                    and name not in self.an.dvars(self.ins)
                    and self._last_assignment(name, at) is None):
                # ${TARGETARCH:-amd64} in a stage that never declares ARG TARGETARCH: the
                # shell sees it empty (AL203), so every platform gets the default
                return [Piece(part.default or "", "lit", use,
                              origin=f"the default value of {name}, which this stage never "
                              "declares", direct=False)]
            return [Piece("", "param", use, direct=False)]
        a = self._last_assignment(name, at)
        if a is not None and depth < 8:
            if a.value is None or any(self._guard_is_arch(g) for g in a.guards):
                return [Piece("", "param" if name in self.param_vars else "unknown", use,
                              direct=False)]
            sub = self.resolve(a.value, depth + 1)
            where = f"{name}={plain(a.value.text)} at line {a.span.line}"
            return [
                Piece(p.text, p.kind, use, p.origin or (where if p.kind == "lit" else None),
                      p.origin_span or a.span, direct=False)
                for p in sub.pieces
            ]
        if part.op in (":-", "-", ":=", "="):
            dv = self.an.dvars(self.ins).get(name)
            if dv is None or dv.value is None or (part.op.startswith(":") and dv.value == ""):
                default = part.default or ""
                if "$" in default:
                    # ${BUILD_ARCH:-${TARGETARCH}}: the default is itself a variable
                    names = _REF_NAMES.findall(default)
                    kind = "param" if any(n in self.param_vars for n in names) else "unknown"
                    return [Piece("", kind, use, direct=False)]
                return [Piece(default, "lit", use,
                              origin=f"the default value of {name}", direct=False)]
        if a is None and any(off < at for off in self.script.dynamic_env()):
            # ``. ./env.sh`` / ``export $(...)`` ran before: the value may come from there
            return [Piece("", "unknown", use, direct=False)]
        if part.op in (":+", "+"):
            return [Piece("", "unknown", use, direct=False)]
        if part.op and part.op not in (":-", "-", ":=", "="):
            # ${V%%-*}, ${V/x/y}...: a transformed value
            base = self._var_pieces(type(part)("var", "$" + name, part.start, part.end,
                                               name=name), use, at, depth + 1)
            if any(p.kind == "param" for p in base):
                return [Piece("", "param", use, direct=False)]
            return [Piece("", "unknown", use, direct=False)]
        scope = self.an.dvars(self.ins)
        if name in scope:
            return self.an._dvar_pieces(name, "", "", scope, use, self.ins, depth + 1)
        return [Piece("", "unknown", use, direct=False)]

    def _shadowed_constants(self, name: str, at: int) -> set[str]:
        """A param variable re-assigned to a constant before ``at`` is a constant there."""
        a = self._last_assignment(name, at)
        if a is None or a.value is None or a.kind in ("for", "read"):
            return set()
        if any(self._guard_is_arch(g) for g in a.guards):
            return set()
        if self.word_is_param(a.value):
            return set()
        return {name}

    def arch_hits(self, w: ShWord, platforms: Sequence[Platform] | None = None) -> list[ArchHit]:
        """Constant arch tokens in the effective value of ``w`` that break some of
        ``platforms`` (default: the requested ones). Empty when the word is parametrized."""
        plats = list(self.an.platforms if platforms is None else platforms)
        if not plats:
            return []
        val = self.resolve(w)
        if val.parametrized:
            return []
        return hits_in_value(val, plats, w)


def hits_in_value(val: Value, plats: Sequence[Platform], w: ShWord | None = None) -> list[ArchHit]:
    """Arch tokens of a resolved value's constant text, mapped back to spans."""
    out: list[ArchHit] = []
    # join consecutive pieces so tokens split across pieces are still found
    text = ""
    owners: list[int] = []
    for i, p in enumerate(val.pieces):
        t = p.text if p.kind == "lit" else "\x00"
        text += t
        owners.extend([i] * len(t))
    for tok in find_arch_tokens(text):
        broken = broken_platforms(tok.arch, plats)
        if not broken:
            continue
        i = owners[tok.start] if tok.start < len(owners) else len(val.pieces) - 1
        last = owners[tok.end - 1] if tok.end - 1 < len(owners) else i
        if last != i:
            # linux/${ARCH} with ARG ARCH=arm: the architecture is the later piece's
            piece = val.pieces[last]
            out.append(ArchHit(tok.token, tok.arch, piece.span, piece.origin,
                               piece.origin_span, broken, val))
            continue
        piece = val.pieces[i]
        if piece.direct and w is not None:
            # offset of the token inside the piece
            first = owners.index(i)
            rel = tok.start - first
            s = piece.start + rel
            span = w.span_of(s, s + (tok.end - tok.start)) if s >= 0 else piece.span
        elif piece.direct:
            first = owners.index(i)
            rel = tok.start - first
            sp = piece.span
            span = Span(sp.line, sp.column + rel, sp.line, sp.column + rel + tok.end - tok.start)
        else:
            span = piece.span
        out.append(ArchHit(tok.token, tok.arch, span, piece.origin, piece.origin_span, broken,
                           val))
    return out


@record(slots=True)
class ArchCase:
    case: Case
    missing: list[Platform]  # requested platforms no (non-failing) branch covers
    view: ScriptView

    def commands(self) -> list[Command]:
        return [c for item in self.case.items for c in item.commands]

    def missing_text(self) -> str:
        return platform_list(self.missing)


# --------------------------------------------------------------------------------------
# per-check cache

_CACHE: dict[tuple[int, tuple[str, ...], tuple[tuple[str, str], ...], str | None],
             tuple[Dockerfile, ArchAnalysis]] = {}


_LAST: list[Any] = [None, None, None, None, None]  # dockerfile, platforms, build_args, target, an


def analysis(ctx: Any) -> ArchAnalysis:
    """The shared ``ArchAnalysis`` for a ``CheckContext`` (built once per file and platforms)."""
    last = _LAST
    if (ctx.dockerfile is last[0] and ctx.platforms is last[1] and ctx.build_args is last[2]
            and ctx.target == last[3]):
        return last[4]  # type: ignore[no-any-return]
    an = _analysis(ctx)
    last[:] = [ctx.dockerfile, ctx.platforms, ctx.build_args, ctx.target, an]
    return an


def _analysis(ctx: Any) -> ArchAnalysis:
    key = (
        id(ctx.dockerfile),
        tuple(str(p) for p in ctx.platforms),
        tuple(sorted((ctx.build_args or {}).items())),
        ctx.target,
    )
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is ctx.dockerfile:
        return hit[1]
    an = ArchAnalysis(ctx.dockerfile, ctx.platforms, dict(ctx.build_args or {}), ctx.target)
    if len(_CACHE) > 64:
        _CACHE.clear()
    _CACHE[key] = (ctx.dockerfile, an)
    return an

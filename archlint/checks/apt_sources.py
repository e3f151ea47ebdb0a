"""AL305, APT sources pinned to an architecture: ``deb [arch=amd64] …`` and deb822
``Architectures: amd64`` written by a RUN.

APT only reads a source for the architectures its ``arch=`` option (or ``Architectures:``
field) lists. On any other platform the source contributes nothing: ``apt-get update`` is
quiet about it and ``apt-get install`` then stops with "Unable to locate package". This module
finds such pins in what a RUN writes (``echo``/``printf`` arguments, ``tee <<<``, the heredoc
of ``cat``/``tee``, ``add-apt-repository``/``apt-add-repository`` arguments; files of the
build context are not read) and reports them for the requested platforms whose Debian
architecture the list leaves out.

Silent when:

- the list is parametrized (``arch=$(dpkg --print-architecture)``, ``${TARGETARCH}``, a
  variable set in the branches of an arch ``case``...: archvalues' ``ScriptView.resolve``),
  or holds a value archlint cannot read (``%s``, an unknown variable, a word it does not know
  as a Debian architecture);
- the platforms the command runs for (stage ``--platform``, arch guards: ``run_platforms``)
  all have their Debian architecture in the list, or are served by another pinned source of
  the same suite that the stage writes (Ubuntu's ``archive`` for ``amd64,i386`` beside
  ``ports`` for ``arm64,armhf``, both ``jammy``);
- the stage runs ``dpkg --add-architecture`` (pinned sources are then multiarch bookkeeping
  for foreign packages; AL304 reports ``--add-architecture i386`` itself);
- the stage installs a vendor package that the catalog knows to exist only for the pinned
  architectures (``google-chrome-stable`` from ``deb [arch=amd64] …/chrome/deb/``): the pin
  matches what the vendor publishes and AL304 already reports the install;
- ``--platform=$BUILDPLATFORM`` stages and stages the build never reaches
  (``instruction_platforms`` gives None / ``[]``).

Entry point: :func:`arch_pinned_apt_source` (the rule); :func:`pinned_apt_sources` does one
RUN with the platforms its stage builds for. AL304 (``artifacts.arch_limited_package``) reports
the packages built for some architectures only; a pin is a separate finding because the
packages installed after it may also come from other sources (the distribution's own archive
has ``postgresql-client-11`` on buster whatever ``apt.postgresql.org`` serves).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import field

from archlint.checks.archvalues import (
    ArchAnalysis,
    ScriptView,
    analysis,
    find_arch_tokens,
    image_phrase,
    instruction_text,
)
from archlint.checks.context import CheckContext
from archlint.dockerfile.model import Instruction, SourceText, Span
from archlint.findings import Finding
from archlint.platforms import Platform
from archlint.records import record
from archlint.shell import Command, ShWord, parse_script

# Debian architecture names of the OCI platforms (dpkg's cputable / Docker official images)
_DEBIAN_OF_KEY = {
    "amd64": "amd64", "arm64": "arm64", "arm/v7": "armhf", "arm/v6": "armel",
    "arm/v5": "armel", "386": "i386", "ppc64le": "ppc64el", "s390x": "s390x",
    "riscv64": "riscv64", "mips64le": "mips64el", "loong64": "loong64", "mipsle": "mipsel",
}
# Debian name -> TARGETARCH value, for the guard the message suggests
_TARGETARCH_OF = {
    "amd64": "amd64", "arm64": "arm64", "armhf": "arm", "armel": "arm", "i386": "386",
    "ppc64el": "ppc64le", "s390x": "s390x", "riscv64": "riscv64", "mips64el": "mips64le",
    "loong64": "loong64", "mipsel": "mipsle",
}
# Debian name -> the catalog's OCI key (rules/data/arch-limited-packages.json "available")
_KEY_OF_DEBIAN = {
    "amd64": "amd64", "arm64": "arm64", "armhf": "arm/v7", "armel": "arm/v5", "i386": "386",
    "ppc64el": "ppc64le", "s390x": "s390x", "riscv64": "riscv64", "mips64el": "mips64le",
    "loong64": "loong64", "mipsel": "mipsle",
}
DEBIAN_ARCHES = frozenset(_TARGETARCH_OF)

_WRITERS = frozenset({"echo", "printf", "add-apt-repository", "apt-add-repository", "tee"})
_HEREDOC_WRITERS = frozenset({"cat", "tee"})

_PARAM = "\x01"  # a piece that follows the architecture
_UNKNOWN = "\x02"  # a piece archlint cannot read

_ONE_LINE = re.compile(r"(?<![\w.-])deb(?:-src)?[ \t]+\[([^\]\n]*)\]")
# a one-line source without [arch=…]: its URL and its suite (a flat repository's path)
_DEB_URL = re.compile(r"(?<![\w.-])deb(?:-src)?[ \t]+(?:\[([^\]\n]*)\][ \t]+)?"
                      r"([a-z+]+://[^\s/]+)(\S*)[ \t]+(\S+)")
_ARCH_OPT = re.compile(r"(?<![^\s\[])arch=([^\s\]]*)")
_DEB822_CONTEXT = re.compile(r"(?<![\w-])(?:Types|URIs|Suites)[ \t]*:", re.IGNORECASE)
_DEB822_SUITES = re.compile(r"(?<![\w-])Suites[ \t]*:[ \t]*(\S+)", re.IGNORECASE)
_DEB822_ARCH = re.compile(r"(?<![\w-])Architectures[ \t]*:[ \t]*([^\n]*)", re.IGNORECASE)


def debian_arch(p: Platform) -> str:
    """``armhf`` for linux/arm/v7, ``i386`` for linux/386, ``ppc64el`` for linux/ppc64le..."""
    key = f"arm/{p.variant or 'v7'}" if p.architecture == "arm" else p.architecture
    return _DEBIAN_OF_KEY.get(key, p.architecture)


# --------------------------------------------------------------------------------------
# the text a command writes, character by character mapped back to the Dockerfile


@record(slots=True)
class _Content:
    """Resolved text with, per character, where it is in the file: ``(source, offset)`` for
    text written in place, ``(span, origin)`` for a value that came through a variable."""

    chars: list[str] = field(default_factory=list)
    locs: list[tuple[object, object]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def literal(self, source: SourceText, start: int, text: str) -> None:
        for i, ch in enumerate(text):
            self.chars.append(ch)
            self.locs.append((source, start + i))

    def glue(self, text: str) -> None:
        for ch in text:
            self.chars.append(ch)
            self.locs.append((None, None))

    def word(self, view: ScriptView, w: ShWord) -> None:
        """A shell word, its variables followed (shell assignments, then ARG/ENV)."""
        if w.value is not None and all(p.kind == "lit" for p in w.parts):
            for p in w.parts:
                self._lit_part(w.source, p.start, p.end, p.text)
            return
        try:
            val = view.resolve(w)
        except Exception:  # never let an odd word stop the check
            self._indirect(_UNKNOWN, w.span, None)
            return
        for piece in val.pieces:
            if piece.kind == "param":
                self._indirect(_PARAM, piece.span, None)
            elif piece.kind != "lit":
                self._indirect(_UNKNOWN, piece.span, None)
            elif piece.direct and piece.start >= 0:
                start = w.start + piece.start
                self._lit_part(w.source, start, start + len(piece.text) + 64, piece.text,
                               piece.span)
            else:
                self._indirect(piece.text, piece.span, piece.origin)

    def _lit_part(self, source: SourceText, start: int, end: int, text: str,
                  span: Span | None = None) -> None:
        """Literal text whose raw form starts at ``start``: escapes and quotes inside
        (``\\"``, ``\\[``) are skipped so every character keeps its exact column."""
        raw = source.text[start:end]
        if raw.startswith(text):
            self.literal(source, start, text)
            return
        offsets: list[int] = []
        i = 0
        for ch in text:
            while i < len(raw) and raw[i] != ch:
                if raw[i] not in "\\\"'$":
                    break  # not an escape or a quote: the texts do not line up
                i += 1
            if i >= len(raw) or raw[i] != ch:
                self._indirect(text, span or source.span(start, min(end, len(source.text))),
                               None)
                return
            offsets.append(start + i)
            i += 1
        for ch, off in zip(text, offsets, strict=True):
            self.chars.append(ch)
            self.locs.append((source, off))

    def _indirect(self, text: str, span: Span, origin: str | None) -> None:
        for ch in text:
            self.chars.append(ch)
            self.locs.append((span, origin))

    def span(self, start: int, end: int) -> Span | None:
        first = self._point(start, False)
        last = self._point(end - 1, True)
        if first is None or last is None:
            return None
        return Span(first[0], first[1], last[0], last[1])

    def _point(self, i: int, end: bool) -> tuple[int, int] | None:
        where, extra = self.locs[i]
        if isinstance(where, SourceText) and isinstance(extra, int):
            sp = where.span(extra, extra + 1)
        elif isinstance(where, Span):
            sp = where
        else:
            return None
        return (sp.end_line, sp.end_column) if end else (sp.line, sp.column)

    def origin(self, start: int, end: int) -> str | None:
        for i in range(start, end):
            where, extra = self.locs[i]
            if isinstance(where, Span) and isinstance(extra, str):
                return extra
        return None


def _command_content(view: ScriptView, cmd: Command, name: str,
                     args: Sequence[ShWord]) -> _Content | None:
    c = _Content()
    words = list(args)
    sep = " "
    if name == "printf" and words:
        fmt = words[0].value or ""
        if "%s" in fmt and "\\n" in fmt:
            sep = "\n"  # printf '%s\n' "Types: deb" "URIs: ..." writes one line per argument
    if name == "tee":
        words = [r for r in cmd.redirects]  # tee <<< "deb [arch=amd64] ..."
    if not words:
        return None
    for i, w in enumerate(words):
        if i:
            c.glue(sep)
        c.word(view, w)
    # echo -e / printf escapes: "\n" starts a new line (same length, positions kept)
    text = c.text
    if "\\n" in text:
        for m in re.finditer(r"\\n", text):
            c.chars[m.start()] = " "
            c.chars[m.start() + 1] = "\n"
    return c


def _heredoc_content(view: ScriptView, cmd: Command) -> _Content | None:
    body = cmd.heredoc
    if not body:
        return None
    src = view.script.source
    text = src.text
    at = text.find(body, cmd.start)
    if at < 0:
        return None
    op = text.rfind("<<", cmd.start, at)
    quoted = op >= 0 and bool(re.match(r"<<-?\s*(?:['\"]|\\)", text[op:at]))
    c = _Content()
    pos = at
    for line in body.splitlines(keepends=True):
        stripped = line.rstrip("\n")
        if quoted or ("$" not in stripped and "`" not in stripped):
            c.literal(src, pos, stripped)
        else:
            _expanded_line(view, c, src, pos, stripped)
        if line.endswith("\n"):
            c.glue("\n")
        pos += len(line)
    return c


def _expanded_line(view: ScriptView, c: _Content, src: SourceText, pos: int, line: str) -> None:
    """A heredoc line with expansions, read as shell words (``$(dpkg ...)``, ``${ARCH}``) and
    resolved like any other word; positions are moved back onto the script."""
    script = parse_script(SourceText(": " + line, []))
    cmds = [x for x in script.commands() if not x.in_substitution]
    if script.error or len(cmds) != 1 or cmds[0].name_value != ":":
        c.literal(src, pos, line)  # "$" stays in the text: nothing is reported from it
        return
    delta = pos - 2
    for i, w in enumerate(cmds[0].args):
        if i:
            c.glue(" ")
        c.word(view, _moved(w, delta, src))


def _moved(w: ShWord, delta: int, src: SourceText) -> ShWord:
    parts = []
    for p in w.parts:
        q = type(p)(p.kind, p.text, p.start + delta, p.end + delta, name=p.name, op=p.op,
                    default=p.default, commands=p.commands, quoted=p.quoted)
        parts.append(q)
    return ShWord(w.text, w.value, parts, w.start + delta, w.end + delta, src)


# --------------------------------------------------------------------------------------
# pins


@record(slots=True)
class _Pin:
    ins: Instruction
    span: Span
    shown: str  # "arch=amd64" / "Architectures: amd64" (variables shown as written)
    arches: list[str]  # Debian names
    run: list[Platform]
    origin: str | None
    deb822: bool
    suite: str  # sources of one distribution (Ubuntu archive + ports) cover each other
    url: bool = False  # the architecture is in the repository's URL, not an arch= option


def _pins_in(c: _Content, ins: Instruction, run: list[Platform]) -> Iterator[_Pin]:
    text = c.text
    for m in _ONE_LINE.finditer(text):
        opts_start = m.start(1)
        for o in _ARCH_OPT.finditer(m.group(1)):
            s, e = opts_start + o.start(), opts_start + o.end()
            vs = opts_start + o.start(1)
            rest = text[m.end():].split("\n", 1)[0].split()
            pin = _pin(c, ins, run, s, e, text[vs:e].split(","), False,
                       rest[1] if len(rest) > 1 else "")
            if pin is not None:
                yield pin
    yield from _url_pins(c, ins, run)
    if _DEB822_CONTEXT.search(text):
        suites = _DEB822_SUITES.search(text)
        suite = suites.group(1) if suites else ""
        for m in _DEB822_ARCH.finditer(text):
            values: list[str] = []
            end = m.start(1)
            for t in re.finditer(r"\S+", m.group(1)):
                if t.group().endswith(":") or re.match(r"[A-Za-z-]+:", t.group()):
                    break  # the next field (printf '%s\n' words joined on one line)
                values.append(t.group())
                end = m.start(1) + t.end()
            pin = _pin(c, ins, run, m.start(), end, values, True, suite)
            if pin is not None:
                yield pin


def _url_pins(c: _Content, ins: Instruction, run: list[Platform]) -> Iterator[_Pin]:
    """A repository named for one architecture: NVIDIA's flat ``deb https://…/x86_64 /``,
    ``deb http://…/ dists/stable/main/binary-amd64/``. apt reads its index on every
    platform, and on the others finds no package of theirs in it."""
    text = c.text
    for m in _DEB_URL.finditer(text):
        if m.group(1) is not None and "arch=" in m.group(1):
            continue  # the arch= option says which architectures: _pins_in reads it
        path, suite = m.group(3), m.group(4)
        toks = [(m.start(3) + t.start, m.start(3) + t.end, t.arch)
                for t in find_arch_tokens(path)]
        if suite.endswith("/"):  # a flat repository: the "suite" is a path
            toks += [(m.start(4) + t.start, m.start(4) + t.end, t.arch)
                     for t in find_arch_tokens(suite)]
        if not toks or len({a for _s, _e, a in toks}) != 1:
            continue  # no architecture, or several (a table of mirrors)
        start, end, arch = toks[-1]
        debian = _DEBIAN_OF_KEY.get("arm/v7" if arch == "arm" else arch)  # arm: Debian's armhf
        span = c.span(start, end)
        if debian is None or span is None:
            continue
        yield _Pin(ins, span, _shown(c, start, end), [debian], run, c.origin(start, end),
                   False, suite, url=True)


def _pin(c: _Content, ins: Instruction, run: list[Platform], start: int, end: int,
         values: list[str], deb822: bool, suite: str) -> _Pin | None:
    values = [v for v in values if v]
    if not values:
        return None
    for v in values:
        if _PARAM in v or _UNKNOWN in v or v.lower() not in DEBIAN_ARCHES:
            return None  # parametrized, unreadable, or not an architecture archlint knows
    span = c.span(start, end)
    if span is None:
        return None
    shown = _shown(c, start, end)
    return _Pin(ins, span, shown, [v.lower() for v in values], run, c.origin(start, end),
                deb822, suite)


def _shown(c: _Content, start: int, end: int) -> str:
    """The pin as the message shows it: literal text, and a variable's value as is."""
    return "".join(c.chars[start:end]).replace("\n", " ")


def _stage_pins(an: ArchAnalysis, ins: Instruction) -> list[_Pin]:
    """Every constant pin the RUNs of ``ins``'s stage write (cached per stage)."""
    return an.memo("apt_pins", ins.stage, _compute_stage_pins, an, ins)


def _compute_stage_pins(an: ArchAnalysis, ins: Instruction) -> list[_Pin]:
    from archlint.checks.artifacts import (
        instruction_platforms,
        mentions_pin,
        run_platforms,
        script_views,
    )

    stage = an.stage_of(ins)
    if stage is None:
        return []
    runs = [i for i in stage.instructions if i.keyword == "RUN"]
    pins: list[_Pin] = []
    for i in runs:
        plats = instruction_platforms(an, i)
        if not plats:
            continue
        if not mentions_pin(instruction_text(i)):
            continue  # not parsed for nothing
        for view in script_views(an, i):
            if not mentions_pin(view.script.text):
                continue
            for cmd in view.commands():
                name, args, _ = cmd.unwrapped()
                content = None
                if cmd.heredoc and name in _HEREDOC_WRITERS:
                    content = _heredoc_content(view, cmd)
                elif name in _WRITERS:
                    content = _command_content(view, cmd, name, args)
                if content is None:
                    continue
                run = [p for p in run_platforms(view, cmd, plats) if p.os == "linux"]
                if run:
                    pins.extend(_pins_in(content, i, run))
    if pins and (_adds_architecture(an, runs) or _vendor_only_installs(an, runs, pins)):
        return []
    return pins


def _adds_architecture(an: ArchAnalysis, runs: list[Instruction]) -> bool:
    from archlint.checks.artifacts import script_views

    for i in runs:
        if "--add-architecture" not in instruction_text(i):
            continue
        for view in script_views(an, i):
            if "--add-architecture" not in view.script.text:
                continue
            for cmd in view.commands():
                name, args, _ = cmd.unwrapped()
                if name == "dpkg" and any((a.value or a.text).startswith("--add-architecture")
                                          for a in args):
                    return True
    return False


def _vendor_only_installs(an: ArchAnalysis, runs: list[Instruction], pins: list[_Pin]) -> bool:
    """Does the stage install a vendor package published only for architectures the pins
    list (Chrome from ``deb [arch=amd64]``)? The pin is then right, and AL304 reports the
    install itself."""
    from archlint.checks.artifacts import _installed_packages, script_views
    from archlint.checks.downloads import data_table

    vendor = data_table("arch-limited-packages.json").get("third_party", {})
    if not vendor:
        return False
    pinned = [{_KEY_OF_DEBIAN.get(a, a) for a in p.arches} for p in pins]
    for i in runs:
        for view in script_views(an, i):
            for cmd in view.commands():
                family, words = _installed_packages(cmd)
                if family != "apt":
                    continue
                for w in words:
                    names = [w.value] if w.value is not None else view.resolve(w).text.split()
                    for n in names:
                        row = vendor.get(n.split("=", 1)[0].split(":", 1)[0])
                        if not row:
                            continue
                        avail = set(row.get("available", []))
                        if avail and any(avail <= keys for keys in pinned):
                            return True
    return False


# --------------------------------------------------------------------------------------
# findings


def pinned_apt_sources(ctx: CheckContext, an: ArchAnalysis, ins: Instruction,
                       plats: Sequence[Platform] | None) -> Iterator[Finding]:
    """AL305 findings for APT sources that ``ins`` (a RUN) pins to some architectures."""
    if not plats or ins.keyword != "RUN":
        return
    pins = _stage_pins(an, ins)
    if not pins:
        return
    served = {(pin.suite, debian_arch(p)) for pin in pins for p in pin.run
              if debian_arch(p) in pin.arches}
    for pin in pins:
        if pin.ins is not ins:
            continue
        broken = [p for p in pin.run if debian_arch(p) not in pin.arches
                  and (pin.suite, debian_arch(p)) not in served]
        if broken:
            yield ctx.finding(pin.span, _message(pin, broken), platforms=broken)


def _message(pin: _Pin, broken: list[Platform]) -> str:
    what = "deb822 source" if pin.deb822 else "APT source"
    shown = pin.shown
    if pin.origin:
        shown += f" (from {pin.origin})"
    missing = sorted({debian_arch(p) for p in broken})
    guard = " or ".join(dict.fromkeys(_TARGETARCH_OF.get(a, a) for a in pin.arches))
    fix = ("Architectures: $(dpkg --print-architecture) (in an unquoted heredoc or echo)"
            if pin.deb822 else "arch=$(dpkg --print-architecture)")
    verb = "gets" if len(broken) == 1 else "get"
    if pin.url:
        return (f"APT source of a repository for one architecture ({shown} in its URL): "
                f"{image_phrase(broken)} (dpkg architecture {', '.join(missing)}) {verb} no "
                f"packages from it, so a package only this source provides cannot be "
                f"installed there (\"Unable to locate package\"). Fix: build that part of "
                f"the URL from the target architecture (a case on $TARGETARCH, mapped to the "
                f"repository's spelling), or add this source only when TARGETARCH is {guard}")
    return (f"{what} pinned to {shown}: {image_phrase(broken)} (dpkg architecture "
            f"{', '.join(missing)}) {verb} no packages from it, so a package only this "
            f"source provides cannot be installed there (\"Unable to locate package\"). "
            f"Fix: write {fix}, or add this source only when TARGETARCH is {guard}")


def arch_pinned_apt_source(ctx: CheckContext) -> Iterator[Finding]:
    """AL305: every RUN of a target stage that writes an APT source pinned to some
    architectures."""
    from archlint.checks.artifacts import mentions_pin, target_runs

    if not mentions_pin(ctx.source_text):
        return
    an = analysis(ctx)
    for ins, plats in target_runs(an):
        yield from pinned_apt_sources(ctx, an, ins, plats)

"""AL301, wrong spelling: a known project's download URL takes its architecture straight from
``$TARGETARCH``, ``$(uname -m)``, ``$(dpkg --print-architecture)``… while the project spells
that architecture otherwise (Node.js says ``x64`` where TARGETARCH says ``amd64``, kubectl
``arm64`` where ``uname -m`` says ``aarch64``). The download is parametrized, but for those
platforms it asks for a file that does not exist.

Only what is certain is read: a project of ``rules/data/downloads.toml``, one arch part in
the word, and that part exactly one source (no ``sed``/``tr`` in a pipeline, no ``${V/…}``,
no ``case`` around the variable); platforms the project's table has no spelling for are
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from archlint.checks.archvalues import (
    ARCH_QUERY_TEXT,
    TEXT_MEMO_SIZE,
    TOOL_ARCH_NAMES,
    ScriptView,
    arch_platform_key,
    image_phrase,
    is_arch_query,
)
from archlint.checks.context import CheckContext
from archlint.checks.downloads import Project, find_project, fix_hint, url_gates
from archlint.dockerfile.model import Span
from archlint.findings import Finding
from archlint.platforms import Platform
from archlint.shell import ShWord

# What each source prints on each platform (OCI arch or arch/variant): every value it may
# print, so a project spelling outside the set is certainly not what the URL gets.
_UNAME = {"amd64": ("x86_64",), "arm64": ("aarch64",), "arm/v7": ("armv7l", "armv8l"),
          "arm/v6": ("armv6l", "armv7l", "armv8l"), "386": ("i686", "i386", "x86_64"),
          "ppc64le": ("ppc64le",), "s390x": ("s390x",), "riscv64": ("riscv64",)}
_OUTPUTS: dict[str, dict[str, tuple[str, ...]]] = {
    "uname": _UNAME,
    "arch": _UNAME,
    "dpkg": TOOL_ARCH_NAMES["dpkg"],
    "apk": TOOL_ARCH_NAMES["apk"],
    "rpm": {"amd64": ("x86_64",), "arm64": ("aarch64",), "arm/v7": ("armv7hl", "armv7l"),
            "386": ("i686", "i386"), "ppc64le": ("ppc64le",), "s390x": ("s390x",),
            "riscv64": ("riscv64",)},
}
# an unconditional ``ARCH=…`` or ``export ARCH=…`` (not a loop, ``read`` or env prefix)
_PLAIN = frozenset({"plain", "export", "local", "declare", "readonly", "typeset"})


def outputs(source: str, p: Platform) -> tuple[str, ...]:
    """What ``source`` gives on platform ``p`` (empty: unknown)."""
    if source in ("targetarch", "go"):
        return (p.architecture,)
    table = _OUTPUTS.get(source, {})
    return table.get(arch_platform_key(p)) or table.get(p.architecture, ())


def _tool(words: Sequence[str]) -> str | None:
    """The source a lone arch query is (``uname -m`` -> "uname"), if its output is known."""
    if not words:
        return None
    name, args = words[0], list(words[1:])
    if name == "uname" and args in (["-m"], ["--machine"]):
        return "uname"
    if name == "arch" and not args:
        return "arch"
    if name == "dpkg" and args == ["--print-architecture"]:
        return "dpkg"
    if name == "apk" and args == ["--print-arch"]:
        return "apk"
    if name == "go" and args == ["env", "GOARCH"]:
        return "go"
    if name == "rpm" and len(args) == 2 and args[0] == "--eval" and args[1] in (
            "%{_arch}", "%_arch"):
        return "rpm"
    return None


def _cmd_source(part: object) -> str | None:
    cmds = getattr(part, "commands", [])
    if len(cmds) != 1 or cmds[0].pipeline_prev is not None \
            or cmds[0].pipeline_next is not None or not is_arch_query(cmds[0]):
        return None
    c = cmds[0]
    name, args, env = c.unwrapped()
    if env or c.redirects or any(a.value is None for a in args):
        return None
    return _tool([name, *(a.value or "" for a in args)])


def arch_source(view: ScriptView, w: ShWord, depth: int = 0) -> tuple[str, str] | None:
    """(source, how the word names it) when the word's only arch-dependent part is exactly
    one source whose output is known: ``$TARGETARCH``, ``$(uname -m)``, or a variable set
    (unconditionally, in the script, or by the stage's ARG/ENV) to a word whose only arch
    part is one (``FILE=sdk-linux-$(arch).tar.gz`` then ``wget $PREFIX/$FILE``)."""
    found: tuple[str, str] | None = None
    for part in w.parts:
        src: tuple[str, str] | None = None
        if part.kind == "cmd":
            tool = _cmd_source(part)
            if tool is None:
                if any(is_arch_query(c) for c in getattr(part, "commands", [])):
                    return None  # a query whose output is transformed
                continue
            src = (tool, part.text)
        elif part.kind == "var":
            if part.name not in view.param_vars:
                continue
            if part.op:
                return None  # ${ARCH/x86_64/amd64}, ${TARGETARCH:-amd64}: transformed
            src = _var_source(view, part.name, w.start, depth)
            if src is None:
                return None
            plain = src[1] in (part.text, f"${part.name}", f"${{{part.name}}}")
            src = (src[0], part.text if plain else f"{part.text} ({src[1]})")
        if src is not None:
            if found is not None:
                return None  # two arch parts ($TARGETARCH$TARGETVARIANT): not read
            found = src
    return found


def _var_source(view: ScriptView, name: str, at: int, depth: int) -> tuple[str, str] | None:
    a = view._last_assignment(name, at)
    if a is not None:
        if a.value is None or a.guards or a.kind not in _PLAIN or depth >= 4:
            return None
        inner = arch_source(view, a.value, depth + 1)
        if inner is None:
            return None
        if len(a.value.parts) == 1:
            return inner[0], f"set to {inner[1]}"
        return inner[0], f"set from {inner[1]}"
    if name == "TARGETARCH":
        return "targetarch", "$TARGETARCH"
    dv = view.an.dvars(view.ins).get(name)
    if dv is not None and dv.value is not None and dv.value.strip("\"'") in (
            "$TARGETARCH", "${TARGETARCH}"):
        return "targetarch", f"{dv.origin}"
    return None


def _full_url(view: ScriptView, w: ShWord, depth: int = 0) -> str:
    """The word's resolved text, with a variable computed from an arch source written out:
    resolving keeps such a variable whole (``{ARCH}``), so ``$PREFIX/$FILE`` with
    ``FILE=sdk-linux-$(arch).tar.gz`` would lose the file name the project is known by."""
    text = view.resolve(w).text
    for part in w.parts:
        if part.kind != "var" or part.op or part.name not in view.param_vars:
            continue
        a = view._last_assignment(part.name, w.start)
        if a is None or a.value is None or a.guards or a.kind not in _PLAIN or depth >= 4:
            continue
        text = text.replace("{ARCH}", _full_url(view, a.value, depth + 1), 1)
    return text


def _delimited(spelling: str, text: str) -> bool:
    """Is ``spelling`` in ``text`` as a whole token (not ``arm`` inside ``armv7l``)? Case
    counts: release file names are case-sensitive (trivy's ``Linux-ARM64``, not ``arm64``)."""
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(spelling)}(?![A-Za-z0-9])",
                     text) is not None


def mismatched(proj: Project, url: str, source: str, plats: Sequence[Platform]
               ) -> list[tuple[Platform, str, tuple[str, ...]]]:
    """(platform, project spelling, what the source gives) for each platform whose URL,
    with the source's value in place of ``{ARCH}``, does not hold the project's spelling."""
    out = []
    for p in plats:
        want = proj.spelling(p)
        got = outputs(source, p)
        if not want or not got:
            continue
        if not any(_delimited(want, url.replace("{ARCH}", g)) for g in got):
            out.append((p, want, got))
    return out


def may_misspell(text: str, values: str) -> bool:
    """Pre-filter of a RUN (``text``) for :func:`spelling_findings`: an arch source (a query,
    or an ARCH variable) and a known project's URL, written in the RUN or in the ARG/ENV
    values (``values``) a variable may bring in."""
    if "$" not in text and "`" not in text:
        return False
    if not _names_source(text) and not _names_source(values):
        return False
    if mentions_project(text) or mentions_project(values):
        return True
    # a URL put together from pieces (an ENV/ARG prefix and a file name built in the RUN):
    # no piece holds a whole project pattern; a query in the RUN and a URL in a value
    return "://" in values and ARCH_QUERY_TEXT.search(text) is not None


def _names_source(text: str) -> bool:
    # every source of _OUTPUTS/_tool: uname, arch, dpkg --print-architecture, apk
    # --print-arch, rpm's %{_arch}, go env GOARCH, $TARGETARCH (and names like $ARCH)
    return "arch" in text or "ARCH" in text or "uname" in text


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def mentions_project(text: str) -> bool:
    """Pre-filter: may ``text`` download from a project of the spelling table? A substring
    test of each URL pattern's required literal (the pattern itself may span a variable,
    ``go${GO_VERSION}.linux-``: it is matched on the resolved URL later); the pattern only
    where it has no such literal."""
    low = text.lower()
    return any(lit in low if lit is not None else rx.search(text) is not None
               for _proj, gates in url_gates() for lit, rx in gates)


_TARGETARCH_REF = re.compile(r"\$(?:\{TARGETARCH\}|TARGETARCH(?![A-Za-z0-9_]))")


def add_spelling_findings(ctx: CheckContext, raw: str, url: str, span: Span,
                          plats: list[Platform]) -> Iterator[Finding]:
    """``ADD https://…/node-v20-linux-${TARGETARCH}.tar.xz``: the same check for a URL of
    an ADD, whose only arch part is ``$TARGETARCH`` written in it."""
    if url.count("{ARCH}") != 1 or len(_TARGETARCH_REF.findall(raw)) != 1:
        return
    proj = find_project(url)
    if proj is None:
        return
    bad = mismatched(proj, url, "targetarch", plats)
    if bad:
        yield _finding(ctx, span, "$TARGETARCH", proj, bad, url, plats)


def _finding(ctx: CheckContext, span: Span, shown: str, proj: Project,
             bad: list[tuple[Platform, str, tuple[str, ...]]], url: str,
             run: list[Platform]) -> Finding:
    broken = [p for p, _, _ in bad]
    says = "; ".join(f"{' or '.join(got)} on {p} where {proj.name} says {want}"
                     for p, want, got in bad)
    return ctx.finding(
        span,
        f"the URL takes the architecture from {shown}, which gives {says}: "
        f"{image_phrase(broken)} would download a file that does not exist. Fix: "
        f"{fix_hint(url, run, note=False)}",
        platforms=broken,
    )


def spelling_findings(ctx: CheckContext, view: ScriptView, w: ShWord, url: str,
                      run: list[Platform]) -> Iterator[Finding]:
    """The finding for a known project's URL whose arch part is spelled otherwise."""
    if "{ARCH}" not in url:
        return
    src = arch_source(view, w)
    if src is None:
        return
    source, shown = src
    url = _full_url(view, w)
    proj = find_project(url)
    if proj is None:
        return
    bad = mismatched(proj, url, source, run)
    if bad:
        yield _finding(ctx, w.span, shown, proj, bad, url, run)


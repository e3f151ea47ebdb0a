"""Artifacts that name one architecture: AL301 downloads, AL302 package files, AL303 copies
from the build context, AL304 packages a distribution builds for some architectures only.

All four share the same questions, answered by :mod:`archlint.checks.archvalues`: for which
requested platforms does this code run (stage ``--platform``, ``case``/``if`` guards), and
does a word hold a constant architecture once ARG/ENV/shell variables are followed?
"""

from __future__ import annotations

import contextlib
import dataclasses
import fnmatch
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache

from archlint.checks.archvalues import (
    ARCH_VALUED,
    BUILD_ARGS,
    TEXT_MEMO_SIZE,
    ArchAnalysis,
    ArchHit,
    LazyPattern,
    LiteralHint,
    Piece,
    ScriptView,
    analysis,
    arch_matches,
    arch_platform_key,
    broken_platforms,
    find_arch_tokens,
    hits_in_value,
    image_phrase,
    instruction_text,
    is_arch_query,
    may_find_arch,
    mentions_arch_token,
    plain,
    platform_list,
    token_alternations,
    trie_alternation,
)
from archlint.checks.context import CheckContext
from archlint.checks.downloads import (
    data_table,
    find_project,
    fix_hint,
    implicit_arch,
    may_be_implicit,
)
from archlint.dockerfile.model import Instruction, SourceText, Span, Stage
from archlint.findings import Finding
from archlint.platforms import Platform, PlatformError
from archlint.shell import Command, Guard, ShWord, shell_scripts, static_word

# --------------------------------------------------------------------------------------
# stage and command platforms (shared with runtime.py and arch_base.py)


def stage_platforms(an: ArchAnalysis, stage: Stage | None) -> list[Platform] | None:
    """Platforms the stage's own code is built for; None for a build-machine stage
    (``FROM --platform=$BUILDPLATFORM``, directly or through its parent stage) and for an
    intermediate stage pinned to a platform that is not every requested one's."""
    plats = _stage_platforms(an, stage)
    if plats and stage is not None and stage.name:
        # a stage named for one architecture (base-amd64, build-arm64), typically picked with
        # FROM base-${TARGETARCH}: its code is for that architecture only
        arches = {t.arch for t in find_arch_tokens(stage.name)}
        if not arches:
            # TARGETARCH's own spellings that are no arch token elsewhere: arch-arm, base_386
            last = re.split(r"[-_.]", stage.name)[-1].lower()
            if last in ("arm", "386"):
                arches = {last}
        if len(arches) == 1:
            arch = arches.pop()
            return [p for p in plats if not broken_platforms(arch, [p])]
    return plats


def _stage_platforms(an: ArchAnalysis, stage: Stage | None) -> list[Platform] | None:
    seen = 0
    st = stage
    while st is not None and seen < 64:
        if an.is_build_stage(st):
            # the image's own stage built for the build machine is AL208's finding; what it
            # holds still reaches every requested platform's image
            return list(an.platforms) if an.in_image(stage) else None
        pinned = an.platform_pinned(st)
        if pinned:
            if an.forced_pin(st) is not None:
                # every platform's build uses this stage (AL201): what the image holds is
                # judged against the requested platforms; an intermediate stage counts
                # like a build-machine one, for the files it hands on
                return list(an.platforms) if an.in_image(stage) else None
            try:
                return [Platform.parse(pinned)]
            except PlatformError:
                return list(an.platforms)
        if st.platform is not None and st.platform.value:
            break  # $TARGETPLATFORM or another variable: the requested platforms
        st = an.parent_stage(st)
        seen += 1
    return list(an.platforms)


def target_runs(an: ArchAnalysis) -> Iterator[tuple[Instruction, list[Platform]]]:
    """The RUN instructions built for target platforms, with those platforms (stages the
    image does not use and build-machine stages left out)."""
    for ins in an.df.instructions:
        if ins.keyword == "RUN":
            plats = instruction_platforms(an, ins)
            if plats:
                yield ins, plats


def instruction_platforms(an: ArchAnalysis, ins: Instruction) -> list[Platform] | None:
    """Platforms the instruction's stage builds for (None: a build-machine stage); cached."""
    return an.memo("stage_platforms", ins.stage, _built_platforms, an, ins)


def _built_platforms(an: ArchAnalysis, ins: Instruction) -> list[Platform] | None:
    # A stage the final stage (or --target) never uses is not built: nothing to report.
    stage = an.stage_of(ins)
    return stage_platforms(an, stage) if an.reachable(stage) else []


def script_mentions(view: ScriptView, needles: Iterable[str]) -> bool:
    """Cheap pre-filter: does the script text contain any of ``needles``?"""
    text = view.script.text
    return any(n in text for n in needles)


def run_platforms(view: ScriptView, cmd: Command | None, base: Sequence[Platform],
                  guards: Iterable[Guard] | None = None) -> list[Platform]:
    """``base`` platforms left after the command's architecture guards."""
    gs = list(guards if guards is not None else (cmd.guards if cmd is not None else ()))
    plats = list(base)
    if not gs:
        return plats
    for g in gs:
        if not view._guard_is_arch(g):
            continue
        plats = [p for p in plats if view.guard_admits(g, p)]
    return plats


_SHELLS = frozenset({"sh", "bash", "ash", "dash", "zsh", "ksh", "su", "runuser"})


def inner_script_word(cmd: Command) -> ShWord | None:
    """The static script of ``sh -c '...'`` / ``su user -c '...'`` (read as its own script)."""
    name, args, _ = cmd.unwrapped()
    if name not in _SHELLS:
        return None
    for i, a in enumerate(args[:-1]):
        flag = a.value or ""
        if flag.startswith("-") and not flag.startswith("--") and flag.endswith("c"):
            body = args[i + 1]
            return body if body.value is not None else None
    return None


def script_views(an: ArchAnalysis, ins: Instruction) -> list[ScriptView]:
    """The instruction's scripts plus the static ``sh -c '...'`` / ``su user -c '...'``
    scripts inside them (one level), so their commands are read as well. Cached."""
    return an.memo("script_views", ins.index, _script_views, an, ins)


def _script_views(an: ArchAnalysis, ins: Instruction) -> list[ScriptView]:
    views = list(an.scripts(ins))
    nested: list[ScriptView] = []
    for view in views:
        if "c " not in view.script.text:
            continue
        for cmd in view.commands():
            body = inner_script_word(cmd)
            if body is None or body.value is None:
                continue
            sp = body.span
            quoted = body.text[:1] in ("'", '"')
            src = SourceText(body.value, [(0, sp.line, sp.column + (1 if quoted else 0))])
            with contextlib.suppress(Exception):  # an unparsable inner script is skipped
                nested.append(an.view_for_text(ins, src))
    return views + nested


def _val(w: ShWord) -> str:
    return w.value if w.value is not None else w.text


def compatible(arch: str, p: Platform) -> bool:
    """A 32-bit ARM artifact for an older variant runs on newer ones (v5 < v6 < v7)."""
    if arch.startswith("arm/v") and p.architecture == "arm":
        return arch[5:] <= (p.variant or "v7")[1:]
    return False


def breaking(hits: Iterable[ArchHit]) -> Iterator[ArchHit]:
    """The hits that still break a platform once older ARM variants, which run on newer
    ones, are allowed for (``hit.broken`` narrowed to :func:`really_broken`)."""
    for hit in hits:
        hit.broken = really_broken(hit)
        if hit.broken:
            yield hit


def really_broken(hit: ArchHit) -> list[Platform]:
    """The platforms a hit breaks, minus those that run the older ARM variant it names."""
    return [p for p in hit.broken if not compatible(hit.arch, p)]


def arch_name(arch: str) -> str:
    return {"amd64": "x86-64", "386": "32-bit x86", "arm": "32-bit ARM", "arm/v7": "ARMv7",
            "arm/v6": "ARMv6", "arm/v5": "ARMv5"}.get(arch, arch)


def a_arch(arch: str) -> str:
    """``an x86-64`` / ``an arm64`` / ``a 32-bit x86``."""
    name = arch_name(arch)
    return ("an " if name[0] in "aeiouxAEIOUX" else "a ") + name


def arches_label(arches: Sequence[str]) -> str:
    """``x86`` for amd64+386, ``ARM`` for arm64+arm, else the names joined."""
    s = set(arches)
    if s == {"amd64", "386"}:
        return "x86"
    if s == {"arm64", "arm"}:
        return "ARM"
    return ", ".join(arch_name(a) for a in arches)


# --------------------------------------------------------------------------------------
# AL301 arch-specific-download

DOWNLOADERS = frozenset({"curl", "wget", "aria2c", "axel", "fetch", "http", "https", "xh",
                         "lftp", "curlie"})
_GIT_ASSET = LazyPattern(r"/releases/|/downloads?/|\.(?:tar\.gz|tgz|tar\.xz|tar\.bz2|zip)$")
_SCRIPTERS = ("python", "perl", "ruby", "node", "php")
_DOWNLOAD_HINT = LiteralHint({*DOWNLOADERS, "git", "://"})


# options whose next word is their value, not a URL, per download tool
_VALUE_OPTIONS = {
    "curl": frozenset({
        "-o", "--output", "--output-dir", "-H", "--header", "-d", "--data", "--data-binary",
        "--data-raw", "--data-urlencode", "-u", "--user", "-A", "--user-agent", "-e",
        "--referer", "-x", "--proxy", "-T", "--upload-file", "-w", "--write-out", "--retry",
        "--retry-delay", "--retry-max-time", "-m", "--max-time", "--connect-timeout", "-C",
        "--continue-at", "-K", "--config", "-r", "--range", "--cacert", "--cert", "--key",
        "-b", "--cookie", "-c", "--cookie-jar", "-X", "--request", "-F", "--form",
        "--limit-rate", "--max-redirs", "--proto", "--proto-redir", "--resolve",
        "--interface", "-Y", "--speed-limit", "-y", "--speed-time", "-z", "--time-cond",
        "--dns-servers", "--netrc-file", "-E", "--cert-type", "--ciphers", "--url-query",
    }),
    "wget": frozenset({
        "-O", "--output-document", "-o", "--output-file", "-a", "--append-output", "-P",
        "--directory-prefix", "-t", "--tries", "-T", "--timeout", "-U", "--user-agent",
        "--header", "--user", "--password", "-e", "--execute", "-i", "--input-file", "-w",
        "--wait", "--limit-rate", "-Q", "--quota", "-l", "--level", "-A", "--accept", "-R",
        "--reject", "--referer", "-B", "--base", "--post-data", "--post-file",
        "--ca-certificate", "--certificate", "--private-key", "--load-cookies",
        "--save-cookies", "--progress", "--bind-address", "-Y",
    }),
    "aria2c": frozenset({
        "-d", "--dir", "-o", "--out", "-x", "--max-connection-per-server", "-s", "--split",
        "-k", "--min-split-size", "-j", "--max-concurrent-downloads", "--checksum",
        "--header", "-U", "--user-agent", "-i", "--input-file", "-t", "--timeout",
        "-m", "--max-tries", "--retry-wait", "--all-proxy", "-l", "--log",
    }),
}
_DEFAULT_VALUE_OPTIONS = _VALUE_OPTIONS["curl"] | _VALUE_OPTIONS["wget"]


_OTHER_OS = LazyPattern(r"(?<![a-z])(?:windows|win|win32|win64|darwin|macos|osx|freebsd)(?![a-z])|"
                       r"\.(?:exe|msi|dmg|pkg|nupkg)$", re.IGNORECASE)


def for_other_os(text: str) -> bool:
    """An artifact for Windows/macOS/BSD (a packaging or fan-out step, not for this image).
    A URL's host says nothing of it: ``armkeil.blob.core.windows.net`` is Azure storage."""
    scheme = text.find("://")
    if scheme >= 0:
        slash = text.find("/", scheme + 3)
        text = text[slash:] if slash >= 0 else ""
    return bool(_OTHER_OS.search(text))


# package files every architecture installs: RPM's noarch, Debian's all, a pure-Python wheel
_ARCH_INDEPENDENT = (".noarch.rpm", "_all.deb", "-any.whl")


def last_component(url: str) -> str:
    """The last path component of a URL or path, without a query (``{?}``, a part archlint
    cannot know such as an ARG without a default, is left out: it is no query)."""
    return url.replace("{?}", "").split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]


def file_name(url: str) -> str:
    """The lower-cased :func:`last_component`."""
    return last_component(url).lower()


def for_every_arch(url: str) -> bool:
    """A package file for every architecture (``x.noarch.rpm``, ``x_all.deb``,
    ``x-py3-none-any.whl``), whatever architecture a directory of its URL names; unless
    the URL is a repository archlint knows to be per-architecture: NVIDIA's
    ``cuda-keyring_1.1-1_all.deb`` from ``.../x86_64/`` points apt at the x86_64 packages
    (pgdg's ``...noarch.rpm`` uses ``$basearch``, like most repository packages)."""
    return file_name(url).endswith(_ARCH_INDEPENDENT) and find_project(url) is None


# a repository's signing key (NVIDIA's .../x86_64/3bf863cc.pub, a Release.key): the same
# key whatever architecture directory serves it, and no program. (A detached signature
# named for one architecture's file, gosu-amd64.asc, is that file's: still reported.)
_KEY_FILES = (".pub", ".asc", ".gpg", ".key")


def _signing_key(url: str) -> bool:
    name = file_name(url)
    return name.endswith(_KEY_FILES) and not find_arch_tokens(name.rsplit(".", 1)[0])


def _arch_neutral(url: str) -> bool:
    """A download no platform of the image can get wrong: built for another OS, or for
    every architecture, or a signing key (what AL301 leaves alone wherever it reads a
    URL)."""
    return for_other_os(url) or for_every_arch(url) or _signing_key(url)


def _takes_next_word(opt: str, opts: frozenset[str]) -> bool:
    """Is the word after option ``opt`` its value? ``-o`` yes; ``-fsSLo`` yes (the last
    letter takes it); ``-qO/tmp/x`` and ``--output=x`` no (the value is attached)."""
    if opt.startswith("--"):
        return "=" not in opt and opt in opts
    for i, ch in enumerate(opt[1:], start=1):
        if f"-{ch}" in opts:
            return i == len(opt) - 1  # a value option: the rest of the word is its value
    return False


@lru_cache(maxsize=TEXT_MEMO_SIZE)  # asked of the same texts by AL301's steps
def mentions_download(text: str) -> bool:
    """Cheap pre-filter before parsing: can ``text`` hold a command :func:`download_words`
    reads? Every downloader, ``git`` and the scripters' URLs (``://``) are spelled out in
    it (a command name is never a variable here: ``$FETCH url`` is not read either)."""
    return _DOWNLOAD_HINT.search(text) is not None


def _may_download_arch(an: ArchAnalysis, text: str) -> bool:
    """Pre-filter of AL301's RUN check: a download, and either an arch token that may reach
    its URL (:meth:`ArchAnalysis.may_hold_arch`) or an unsuffixed asset known to be one
    arch's build, written in the RUN or (through a variable) in an ARG/ENV value."""
    if not mentions_download(text):
        return False
    if an.may_hold_arch(text) or _one_arch_asset(text):
        return True
    if "$" not in text and "`" not in text:
        return False
    if "$BUILD" in text or "${BUILD" in text:
        return True  # $BUILDARCH in a URL: the build machine's build (_build_arch_in_target)
    # a one-arch asset through a variable, or a known project's URL whose arch part may be
    # spelled otherwise than the project spells it (spellings.py)
    from archlint.checks.spellings import may_misspell

    return _one_arch_asset(an.values_text) or may_misspell(text, an.values_text)


def _one_arch_asset(text: str) -> bool:
    return _CONDA_SUBDIR.search(text) is not None or may_be_implicit(text)


def _looks_like_url(text: str) -> bool:
    t = text.strip("'\"")
    return "://" in t or t.startswith(("git@", "www."))


def download_words(view: ScriptView, cmd: Command) -> list[ShWord]:
    """The URL arguments of a download command (empty for other commands)."""
    name, args, _ = cmd.unwrapped()
    if name == "busybox" and args and args[0].value in ("wget",):
        name, args = args[0].value or "", args[1:]
    if name in DOWNLOADERS:
        out: list[ShWord] = []
        skip = False
        for a in args:
            v = a.value
            if skip:
                skip = False
                continue
            if v is not None and v.startswith("-"):
                skip = _takes_next_word(v, _VALUE_OPTIONS.get(name, _DEFAULT_VALUE_OPTIONS))
                continue
            text = view.resolve(a).text
            if _looks_like_url(text) or (v is None and not text.startswith("/")):
                out.append(a)
        return out
    if name == "easy-add":
        # itzg/easy-add --from https://…/app_linux_amd64.tar.gz: fetches and unpacks it
        return [a for i, a in enumerate(args)
                if ((i > 0 and args[i - 1].value == "--from")
                    or (a.value or "").startswith("--from="))
                and "://" in view.resolve(a).text]
    if name == "yum-config-manager" or (name in ("dnf", "yum") and _subcommand_of(args)
                                        == "config-manager"):
        # dnf config-manager --add-repo https://…/rhel9/x86_64/cuda-rhel9.repo
        return [a for a in args if _looks_like_url(view.resolve(a).text)]
    if name in ("echo", "printf"):
        # a .repo file written line by line: 'baseurl=https://…/x86_64/os/'
        return [a for a in args if "baseurl=" in (a.value or a.text)
                and "://" in (a.value or a.text)]
    if cmd.heredoc and cmd.name is not None and any(
            t.endswith(".repo") for t in [r.value or r.text for r in cmd.redirects]
            + ([a.value or "" for a in args] if name == "tee" else [])):
        # cat > x.repo <<EOF / tee x.repo <<EOF … baseurl=https://…/x86_64 … EOF
        return [static_word(m.group(1), cmd.name.source, cmd.heredoc_start + m.start(1))
                for m in _BASEURL.finditer(cmd.heredoc)]
    if name in _URL_INSTALLERS and _subcommand_of(args) in _URL_INSTALLERS[name]:
        # dnf install https://…x64-linux-jdk.rpm, pip install https://…_x86_64.whl: the
        # package manager downloads the file (and AL302 reports installing it)
        return [a for a in args if not (a.value or "").startswith("-")
                and _looks_like_url(view.resolve(a).text)]
    if name == "git":
        # a source repository that merely has an arch in its name is not an artifact;
        # only release assets and archives fetched through git are
        vals = [a.value for a in args]
        if "clone" in vals or "fetch" in vals or "archive" in vals:
            return [a for a in args if _looks_like_url(t := view.resolve(a).text)
                    and _GIT_ASSET.search(t)]
        return []
    if name.startswith(_SCRIPTERS):
        code_words: list[ShWord] = []
        for i, a in enumerate(args[:-1]):
            if a.value in ("-c", "-e", "-E", "-r") and _fetches(args[i + 1].value or ""):
                code_words.append(args[i + 1])
        if not code_words and cmd.heredoc and cmd.name is not None and _fetches(cmd.heredoc) \
                and all((a.value or "").startswith("-") for a in args):
            # ``python3 <<EOF`` / ``python3 - <<EOF``: the program comes on stdin
            code_words.append(static_word(cmd.heredoc, cmd.name.source, cmd.heredoc_start))
        return code_words
    return []


_BASEURL = re.compile(r"^\s*baseurl\s*=\s*(\S+://\S+)", re.M)
# package managers that download a package given by URL, and their install subcommands
_URL_INSTALLERS: dict[str, tuple[str, ...]] = {
    "dnf": ("install", "localinstall", "reinstall", "upgrade"),
    "microdnf": ("install",), "yum": ("install", "localinstall", "reinstall", "upgrade"),
    "zypper": ("install", "in"), "rpm": ("-i", "-ivh", "-Uvh", "-U", "-Uv", "-iv", "--install",
                                         "--upgrade"),
    "pip": ("install", "download"), "pip3": ("install", "download"),
}


def _subcommand_of(args: Sequence[ShWord]) -> str:
    """The first argument that is not a global option (``dnf -y install`` -> install); for
    rpm, its mode option."""
    for a in args:
        v = a.value or ""
        if v in ("-i", "-ivh", "-Uvh", "-U", "-Uv", "-iv", "--install", "--upgrade"):
            return v
        if v and not v.startswith("-"):
            return v
    return ""


_FETCH_CALLS = ("urlopen", "urlretrieve", "requests.get", "httpx", "wget", "download", "LWP",
                "open-uri", "fetch(", "http.get", "file_get_contents", "copy(")


def _fetches(code: str) -> bool:
    """Does a Python/Perl/Ruby/Node/PHP program fetch a URL it spells?"""
    return "://" in code and any(k in code for k in _FETCH_CALLS)


def _program_body(ins: Instruction) -> ShWord | None:
    """The body of ``RUN <<EOF`` whose first line runs a scripter (``#!/usr/bin/env
    python3``): not shell, so no script view reads it, but it may fetch a URL."""
    if ins.keyword != "RUN" or not ins.heredocs or shell_scripts(ins):
        return None
    body = ins.heredocs[0].body
    m = _SCRIPTER_SHEBANG.match(body.text.lstrip("\n"))
    if m is None or not _fetches(body.text):
        return None
    return static_word(body.text, body, 0)


_SCRIPTER_SHEBANG = re.compile(r"#!\s*\S*/(?:env\s+)?(?:python|perl|ruby|node|php)")


def _url_of(view: ScriptView, w: ShWord) -> str:
    return view.resolve(w).text


def _download_vars(view: ScriptView, urls: list[ShWord]) -> set[str]:
    """Shell variables whose value ends up in a download URL (followed backwards)."""
    names: set[str] = set()
    for w in urls:
        names.update(w.variables)
    assigns = view.script.assignments()
    for _ in range(4):
        grown = False
        for a in assigns:
            if a.name in names and a.value is not None:
                for v in a.value.variables:
                    if v not in names:
                        names.add(v)
                        grown = True
        if not grown:
            break
    return names


def arch_specific_download(ctx: CheckContext) -> Iterator[Finding]:
    text = ctx.source_text
    if not mentions_download(text) and "www." not in text:
        return  # no download tool, git or URL anywhere
    if not may_find_arch(text) and not _one_arch_asset(text) and "BUILD" not in text:
        from archlint.checks.spellings import may_misspell

        if not may_misspell(text, text):
            # no arch token, case on the arch, one-arch asset, build-machine stage or
            # known project's URL with a variable part
            return
    seen: set[tuple[int, int]] = set()
    for f in _arch_specific_downloads(ctx):
        key = (f.line, f.column)
        if key not in seen:  # one ENV URL used by two RUNs: one finding where it is written
            seen.add(key)
            yield f


def _arch_specific_downloads(ctx: CheckContext) -> Iterator[Finding]:
    an = analysis(ctx)
    copied: dict[int, list[str]] = {}
    for ins in ctx.dockerfile.instructions:
        if ins.keyword == "ONBUILD":
            # ONBUILD RUN: runs in every image built FROM this one, for its platforms
            trigger = ins.onbuild
            if trigger is not None and trigger.keyword == "RUN" and _may_download_arch(
                    an, instruction_text(trigger)):
                for view in script_views(an, ins):
                    yield from _script_downloads(ctx, view, list(an.platforms))
            continue
        if ins.keyword not in ("ADD", "RUN"):
            continue
        plats = instruction_platforms(an, ins)
        if not plats:
            # a build-machine stage: fine for its own tools, not for files it hands on
            if ins.keyword == "RUN":
                yield from _downloads_for_target(ctx, an, ins, copied)
            elif plats is None and not ins.flag("from"):
                yield from _add_for_target(ctx, an, ins, copied)
            continue
        if ins.keyword == "ADD" and not ins.flag("from"):
            yield from _add_urls(ctx, an, ins, plats)
        if ins.keyword != "RUN" or not _may_download_arch(an, instruction_text(ins)):
            continue
        for view in script_views(an, ins):
            yield from _script_downloads(ctx, view, plats)
        program = _program_body(ins)
        if program is not None:
            yield from _program_download(ctx, an, ins, program, plats)


def _program_download(ctx: CheckContext, an: ArchAnalysis, ins: Instruction, program: ShWord,
                      plats: list[Platform]) -> Iterator[Finding]:
    view = an.view_for_text(ins, SourceText("", []))  # no shell: values are the program's
    hits = list(breaking(view.arch_hits(program, plats)))
    if len({h.arch for h in hits}) == 1:  # one architecture's build, not a per-arch table
        yield ctx.finding(hits[0].span, _download_message(hits[0], program.text, plats),
                          related=hits[0].related(),
                          platforms=hits[0].broken)


def copied_sources(an: ArchAnalysis, stage: Stage) -> list[str]:
    """Paths other stages ``COPY --from`` this stage (target-platform stages only)."""
    out: list[str] = []
    for st, ins in an.stages_copying_from(stage):
        if ins.keyword not in ("COPY", "ADD") or not stage_platforms(an, st):
            continue
        out.extend(w.value for w in ins.args[:-1])
    return out


# Filters that read a download as text: ``V=$(wget -qO- …/x86_64/latest-releases.yaml | awk
# '/version:/ {print $2}')`` looks a version up; the file is not installed.
_TEXT_FILTERS = frozenset({"awk", "gawk", "mawk", "grep", "egrep", "sed", "jq", "yq", "cut",
                           "head", "tail", "tr", "sort", "xmllint", "xq"})


def _read_as_text(cmd: Command) -> bool:
    """A download inside ``$(…)`` whose output goes, through a pipe, only to a text filter:
    it looks something up (a version, a URL) instead of fetching the artifact."""
    nxt = cmd.pipeline_next
    if not cmd.in_substitution or nxt is None:
        return False
    return nxt.unwrapped()[0] in _TEXT_FILTERS and not any(
        v for v, _w in _output_options(cmd) if v not in ("-", ""))


def _download_outputs(cmd: Command, url: str) -> list[str]:
    """Where a download command writes: its -o/-O value, else the URL's file name."""
    outs = [value for value, _word in _output_options(cmd) if value]
    nxt = cmd.pipeline_next
    if nxt is not None and nxt.unwrapped()[0] in ("tar", "bsdtar"):
        # curl … | tar -xz -C /out: the files land in the -C directory
        targs = [a.value or "" for a in nxt.unwrapped()[1]]
        for i, v in enumerate(targs):
            if v in ("-C", "--directory") and i + 1 < len(targs):
                outs.append(targs[i + 1].rstrip("/") + "/")
            elif v.startswith("--directory="):
                outs.append(v.split("=", 1)[1].rstrip("/") + "/")
    if not outs:
        outs.append(last_component(url))
    return [o for o in outs if o and o != "-"]


def _output_options(cmd: Command) -> list[tuple[str, ShWord | None]]:
    """The values of a download's -o/-O/--output options, each with the separate word that
    holds it (None when attached: ``--output=f``, ``-qO/out/f``); a value is "" when the
    word is not static (``-o "$f"``)."""
    name, args, _ = cmd.unwrapped()
    letter = {"curl": "o", "wget": "O", "aria2c": "o"}.get(name, "o")
    out: list[tuple[str, ShWord | None]] = []
    for i, a in enumerate(args):
        v = a.value or ""
        nxt = args[i + 1] if i + 1 < len(args) else None
        if v.startswith(("--output=", "--output-document=", "--out=")):
            out.append((v.split("=", 1)[1], None))
        elif v in ("--output", "--output-document", "--out"):
            if nxt is not None:
                out.append((nxt.value or "", nxt))
        elif v.startswith("-") and not v.startswith("--") and letter in v[1:]:
            rest = v[v.index(letter, 1) + 1:]
            if rest:
                out.append((rest, None))  # -qO/out/file: the value is attached
            elif nxt is not None:
                out.append((nxt.value or "", nxt))
    return out


def _is_copied(output: str, sources: list[str]) -> bool:
    base = output.rstrip("/").rsplit("/", 1)[-1]
    for src in sources:
        s = src.rstrip("/")
        if not s:
            continue
        if output == s or output.startswith(s + "/") or s.rsplit("/", 1)[-1] == base:
            return True
        if output.endswith("/") and (s + "/").startswith(output):
            return True  # a file from a directory an archive was unpacked into
    return False


def _downloads_for_target(ctx: CheckContext, an: ArchAnalysis, ins: Instruction,
                          cache: dict[int, list[str]]) -> Iterator[Finding]:
    stage = an.stage_of(ins)
    if stage is None:
        return
    if stage.index not in cache:
        cache[stage.index] = copied_sources(an, stage)
    sources = cache[stage.index]
    text = instruction_text(ins)
    if not sources or not mentions_download(text):
        return
    # findings: arch hits in URLs (as in a target stage), or a URL that follows the
    # architecture of the machine the stage runs on (uname -m, $BUILDARCH …: a variable)
    if not _may_download_arch(an, text) and "$" not in text and "`" not in text:
        return
    plats = list(an.platforms)
    pin = None if an.is_build_stage(stage) else an.forced_pin(stage)
    which = f"this stage, pinned to {pin}," if pin else "this build-platform stage"
    for view in script_views(an, ins):
        for cmd in view.commands():
            for w in download_words(view, cmd):
                url = _url_of(view, w)
                if _arch_neutral(url) or not _is_copied_any(view, cmd, url, sources):
                    continue
                hits = list(breaking(view.arch_hits(w, plats)))
                if not hits:
                    yield from _machine_arch_download(ctx, view, w, url, pin, which, plats)
                for hit in hits:
                    yield ctx.finding(
                        hit.span,
                        f"{which} downloads {a_arch(hit.arch)} artifact "
                        f"({hit.token} in the URL) that another stage copies into the image; "
                        f"{hit.breaks()}. Fix: declare ARG TARGETARCH in this stage and "
                        f"download the target's build: {fix_hint(url, plats, hit.token)}",
                        platforms=hit.broken,
                    )
                    break


def _project_reading(url: str, hits: list[ArchHit], plats: list[Platform]) -> list[ArchHit]:
    """Hits read as the known project of the URL spells its builds, where it names another
    architecture family with a token (Google Cloud CLI's ``linux-arm`` is its arm64 build,
    not 32-bit ARM). ARM variants are left to the vocabulary (armv6l also runs on ARMv7)."""
    if not hits:
        return hits
    proj = find_project(url)
    if proj is None:
        return hits
    out: list[ArchHit] = []
    for h in hits:
        tok = h.token.lower()
        bare = tok.split("-", 1)[1] if tok.startswith("linux-") else tok
        archs = [a for a, sp in proj.arch.items() if sp.lower() in (tok, bare)]
        family = h.arch.split("/")[0]
        if not archs or any(a.split("/")[0] == family for a in archs):
            out.append(h)
            continue
        broken = [p for p in plats if not any(arch_matches(a, p) for a in archs)]
        out.append(ArchHit(h.token, archs[0], h.span, h.origin, h.origin_span, broken,
                           h.value))
    return out


def _machine_part(view: ScriptView, w: ShWord) -> tuple[str, Span] | None:
    """The part of a download word that follows the architecture of the machine running the
    stage (``$(uname -m)``, ``$ARCH`` set from ``dpkg --print-architecture``,
    ``$BUILDARCH``) when no part follows the target's (TARGETARCH, xx-info, a case on it)."""
    if not view.resolve(w).parametrized or view.is_target_param(w):
        return None
    for part in w.parts:
        if (part.kind == "cmd" and any(is_arch_query(c) for c in part.commands)) or (
                part.kind == "var" and part.name in view.param_vars):
            return part.text, w.offset_span(part.start, part.end)
    return None


# the automatic ARGs that name the build machine's architecture (not BUILDOS)
_BUILD_ARCH_VARS = frozenset(BUILD_ARGS) & frozenset(ARCH_VALUED)


def _build_arch_in_target(ctx: CheckContext, view: ScriptView, w: ShWord, url: str,
                          plats: list[Platform]) -> Iterator[Finding]:
    """``$BUILDARCH`` in a download of a stage that runs as the target: the build machine's
    build, in every image (``uname -m`` here would be right: it names the target)."""
    if view.is_target_param(w):
        return
    part = next((p for p in w.parts if p.kind == "var" and p.name in _BUILD_ARCH_VARS
                 and not p.op), None)
    if part is not None:
        yield from _builder_build(
            ctx, w.offset_span(part.start, part.end), ctx.build_platform, url, plats,
            f"{plain(part.text)} in the URL is the build machine's architecture "
            f"({ctx.build_platform} here), not the target's:")


def _builder_build(ctx: CheckContext, span: Span, runs_on: Platform, url: str,
                   plats: list[Platform], lead: str) -> Iterator[Finding]:
    """The finding for a download of the build that ``runs_on`` (the builder, or a stage's
    pin) gets, for the requested platforms it does not fit."""
    arch = arch_platform_key(runs_on)
    broken = [p for p in plats if not arch_matches(arch, p)]
    if broken:
        yield ctx.finding(
            span,
            f"{lead} {image_phrase(broken)} would get {a_arch(arch)} build. Fix: declare ARG "
            f"TARGETARCH in this stage and download the target's build: "
            f"{fix_hint(url, plats, note=False)}",
            platforms=broken,
        )


def _machine_arch_download(ctx: CheckContext, view: ScriptView, w: ShWord, url: str,
                           pin: Platform | None, which: str, plats: list[Platform]
                           ) -> Iterator[Finding]:
    """A build-machine (or pinned) stage downloads the build of the machine it runs on, and
    another stage copies it into the image: every image gets that machine's build."""
    found = _machine_part(view, w)
    if found is None:
        return
    part, span = found
    # uname -m and the other queries answer for the stage's platform (a pin, if any);
    # $BUILDARCH is the build machine's whatever the stage runs as
    runs_on = pin if pin is not None and "BUILD" not in part else ctx.build_platform
    machine = (f"the architecture of its pinned platform {runs_on}" if runs_on is pin else
               f"the build machine's architecture ({runs_on} here)")
    yield from _builder_build(
        ctx, span, runs_on, url, plats,
        f"{which} downloads the build for the machine it runs on: {plain(part)} in the URL is "
        f"{machine}, not the target's. Another stage copies the file into the image, so")


def _add_for_target(ctx: CheckContext, an: ArchAnalysis, ins: Instruction,
                    cache: dict[int, list[str]]) -> Iterator[Finding]:
    """``ADD <url> <dest>`` in a build-machine stage whose ``dest`` another stage copies on."""
    stage = an.stage_of(ins)
    if stage is None or len(ins.args) < 2:
        return
    if stage.index not in cache:
        cache[stage.index] = copied_sources(an, stage)
    sources = cache[stage.index]
    if not sources:
        return
    dest = ins.args[-1].value
    plats = list(an.platforms)
    pin = None if an.is_build_stage(stage) else an.forced_pin(stage)
    which = f"this stage, pinned to {pin}," if pin else "this build-platform stage"
    for w in ins.args[:-1]:
        val = an.resolve_text(w.value, ins, w.span)
        url = val.text
        if not _looks_like_url(url) or val.parametrized or _arch_neutral(url):
            continue
        out = dest + url.rstrip("/").rsplit("/", 1)[-1] if dest.endswith("/") else dest
        if not _is_copied(out, sources):
            continue
        for hit in breaking(hits_in_value(val, plats)):
            yield ctx.finding(
                hit.span,
                f"{which} adds {a_arch(hit.arch)} artifact ({hit.token} in the URL) that "
                f"another stage copies into the image; {hit.breaks()}. Fix: declare ARG "
                f"TARGETARCH in this stage and add the target's build: "
                f"{fix_hint(url, plats, hit.token)}",
                platforms=hit.broken,
            )
            break


def _is_copied_any(view: ScriptView, cmd: Command, url: str, sources: list[str]) -> bool:
    outputs = _download_outputs(cmd, url)
    outputs += _unpacked(view, cmd, outputs)
    return any(_is_copied(o, sources) for o in outputs)


_VERSION_OR_PLATFORM = re.compile(r"v?\d|linux|darwin|windows|macos|amd64|arm|aarch|x86|x64"
                                  r"|i[3-6]86|ppc|s390|riscv|static|musl|gnu", re.IGNORECASE)


def _leading_name(stem: str) -> str:
    """``terraform_1.7.2_linux_amd64`` -> ``terraform``: the parts of an archive's name
    before its version, OS or architecture (the program it usually holds)."""
    parts = re.split(r"[-_.]", stem)
    lead: list[str] = []
    for p in parts:
        if not p or _VERSION_OR_PLATFORM.match(p):
            break
        lead.append(p)
    return stem[: len("-".join(lead))] if lead else ""


_ARCHIVE_SUFFIXES = (".tar.gz", ".tar.xz", ".tar.bz2", ".tar.zst", ".tgz", ".txz", ".tar",
                     ".zip")


def _unpacked(view: ScriptView, cmd: Command, outputs: list[str]) -> list[str]:
    """What a later ``unzip``/``tar`` of a downloaded archive writes: the ``-d``/``-C``
    directory; the archive's name without its suffix and its leading name
    (``chromedriver-linux64.zip`` unpacks to ``chromedriver``,
    ``terraform_1.7.2_linux_amd64.zip`` to ``terraform``: the file a later stage copies);
    and, when an installer from it runs next (``./aws/install``), anywhere (``/``)."""
    archives = {o.rstrip("/").rsplit("/", 1)[-1]: o for o in outputs
                if o.lower().endswith(_ARCHIVE_SUFFIXES)}
    if not archives:
        return []
    out: list[str] = []
    for name in archives:
        low = name.lower()
        suffix = next(x for x in _ARCHIVE_SUFFIXES if low.endswith(x))
        stem = name[: len(name) - len(suffix)]
        out.append(stem)
        lead = _leading_name(stem)
        if lead and lead != stem:
            out.append(lead)
    unpacked_at = -1
    for later in view.commands():
        if later.start <= cmd.start:
            continue
        prog, args, _ = later.unwrapped()
        raw = later.name.text if later.name is not None else ""
        if unpacked_at >= 0 and not raw.startswith("/") and "/" in raw and any(
                w in raw.rsplit("/", 1)[-1].lower() for w in ("install", "setup")):
            out.append("/")  # the archive's installer may write anywhere
        if prog not in ("unzip", "tar", "bsdtar"):
            continue
        vals = [a.value or "" for a in args]
        if not any(v.rstrip("/").rsplit("/", 1)[-1] in archives for v in vals):
            continue
        unpacked_at = later.start
        for i, v in enumerate(vals):
            if v in (("-d",) if prog == "unzip" else ("-C", "--directory")) \
                    and i + 1 < len(vals) and vals[i + 1]:
                out.append(vals[i + 1].rstrip("/") + "/")
            elif prog != "unzip" and v.startswith("--directory="):
                out.append(v.split("=", 1)[1].rstrip("/") + "/")
    return out


_CONDA_SUBDIR = re.compile(r"/(linux-64|linux-aarch64|linux-ppc64le)/")
_CONDA_ARCH = {"linux-64": "amd64", "linux-aarch64": "arm64", "linux-ppc64le": "ppc64le"}


def _implicit(ctx: CheckContext, url: str, span: Span, plats: list[Platform]) -> Iterator[Finding]:
    """An asset with no architecture in its name that is one architecture's build."""
    m = _CONDA_SUBDIR.search(url)
    if m:  # a conda package from one platform subdirectory of a channel
        arch = _CONDA_ARCH[m.group(1)]
        broken = broken_platforms(arch, plats)
        if broken:
            yield ctx.finding(
                span,
                f"downloads a conda package from the {m.group(1)} subdirectory ({arch_name(arch)} "
                f"builds); {image_phrase(broken)} would get it too. Fix: let conda pick the "
                f"platform (conda install -c channel name), or map TARGETARCH to the subdir "
                f"(amd64) s=linux-64 ;; arm64) s=linux-aarch64 ;;)",
                platforms=broken,
            )
        return
    found = implicit_arch(url)
    if found is None:
        return
    proj, arch = found
    broken = broken_platforms(arch, plats)
    if broken:
        yield ctx.finding(
            span,
            f"downloads {proj.name}'s unsuffixed asset, which is the {arch_name(arch)} build; "
            f"{image_phrase(broken)} would get it too. Fix: {fix_hint(url, plats)}",
            platforms=broken,
        )


def _add_urls(ctx: CheckContext, an: ArchAnalysis, ins: Instruction,
              plats: list[Platform]) -> Iterator[Finding]:
    for w in ins.args[:-1]:
        val = an.resolve_text(w.value, ins, w.span)
        if val.parametrized and _looks_like_url(val.text):
            from archlint.checks.spellings import add_spelling_findings

            yield from add_spelling_findings(ctx, w.value, val.text, w.span, plats)
        if not _looks_like_url(val.text) or val.parametrized or _arch_neutral(val.text):
            continue
        yield from _implicit(ctx, val.text, w.span, plats)
        for hit in breaking(hits_in_value(val, plats)):
            if "://" not in w.value and hit.origin_span is not None and "://" in (
                    hit.origin or ""):  # ADD $URL: reported where the URL is written
                hit = dataclasses.replace(hit, span=hit.origin_span, use_span=hit.span,
                                          origin=f"{hit.origin}, added at line {ins.line}")
            yield ctx.finding(hit.span, _download_message(hit, val.text, plats),
                              related=hit.related(),
                              platforms=hit.broken)
            break  # one finding per URL


_SELECTORS = frozenset({"grep", "egrep", "jq", "sed", "awk", "yq"})


def _asset_selectors(view: ScriptView, plats: list[Platform],
                     urls: list[ShWord]) -> list[tuple[ArchHit, str, list[Platform]]]:
    """``curl …/releases/latest | grep linux_amd64``: the asset is picked by a constant
    arch in a filter of a release listing (GitHub API) rather than in the URL."""
    listing = [u for u in (_url_of(view, w) for w in urls)
               if "api.github.com" in u or "/releases" in u]
    if not listing:
        return []
    out: list[tuple[ArchHit, str, list[Platform]]] = []
    for cmd in view.commands():
        name, args, _ = cmd.unwrapped()
        if name not in _SELECTORS:
            continue
        run = run_platforms(view, cmd, plats)
        for a in args:
            if (a.value or "").startswith("-"):
                continue
            for hit in breaking(view.arch_hits(a, run)):
                hit.origin = hit.origin or f"the asset filter {name} {a.text}"
                out.append((hit, listing[0], run))
    return out


def _where_written(hit: ArchHit, w: ShWord) -> ArchHit:
    """``ENV URL=https://…-amd64`` then ``curl "$URL"``: the URL, and the arch in it, are
    written at the ENV (or the shell assignment); the finding goes there, where it is fixed,
    and says where it is downloaded."""
    if hit.origin_span is None or "://" in w.text or "://" not in (hit.origin or ""):
        return hit
    return dataclasses.replace(hit, span=hit.origin_span, use_span=hit.span,
                               origin=f"{hit.origin}, downloaded at line {hit.span.line}")


def _download_message(hit: ArchHit, url: str, plats: Sequence[Platform]) -> str:
    return (f"downloads {a_arch(hit.arch)} artifact ({hit.token} in the URL"
            f"{', from ' + hit.origin if hit.origin else ''}); {hit.breaks()}. "
            f"Fix: {fix_hint(url, plats, hit.token)}")


def _script_downloads(ctx: CheckContext, view: ScriptView,
                      plats: list[Platform]) -> Iterator[Finding]:
    found: list[tuple[ArchHit, str, list[Platform]]] = []
    extra: list[Finding] = []
    urls: list[ShWord] = []
    for cmd in view.commands():
        words = download_words(view, cmd)
        if not words:
            continue
        urls.extend(words)
        run = run_platforms(view, cmd, plats)
        if not run or _read_as_text(cmd):
            continue
        program = cmd.unwrapped()[0].startswith(_SCRIPTERS)  # the words are program text
        for w in words:
            url = _url_of(view, w)
            if _arch_neutral(url):
                continue
            if "{ARCH}" not in url:
                extra.extend(_implicit(ctx, url, w.span, run))
            else:  # parametrized: by the build machine, or spelled otherwise?
                from archlint.checks.spellings import spelling_findings

                extra.extend(_build_arch_in_target(ctx, view, w, url, run))
                extra.extend(spelling_findings(ctx, view, w, url, run))
            hits = list(breaking(_project_reading(url, view.arch_hits(w, run), run)))
            if program and len({h.arch for h in hits}) > 1:
                continue  # a program that maps the machine to its spellings itself
            found.extend((_where_written(hit, w), url, run) for hit in hits[:1])  # one per URL
    found.extend(_asset_selectors(view, plats, urls))
    # Fetching every requested architecture's asset unconditionally (a multi-arch bundle)
    # is not an arch-specific download.
    if found:
        arches = {h.arch for h, _, _ in found}
        if all(any(not broken_platforms(a, [p]) for a in arches) for p in plats) and len(
            arches
        ) > 1:
            found = []
    for hit, url, run in found:
        yield ctx.finding(hit.span, _download_message(hit, url, run), platforms=hit.broken,
                          related=hit.related())
    yield from extra
    if not urls:
        return
    dvars = _download_vars(view, urls)
    # A constant in a branch that runs for other architectures than it names.
    for a in view.script.assignments():
        if a.name not in dvars or a.value is None or a.kind in ("for", "read"):
            continue
        if not any(view._guard_is_arch(g) for g in a.guards):
            continue
        run = run_platforms(view, None, plats, a.guards)
        for hit in breaking(view.arch_hits(a.value, run)):
            if hit.token.lower() in ("armhf", "arm") and all(
                    p.architecture == "arm" for p in hit.broken):
                # "armhf" is ARMv7 to Debian but ARMv6 to Alpine and to projects that build
                # one hard-float ARM binary for both (s6-overlay): which 32-bit ARM it
                # means is the project's call
                continue
            yield ctx.finding(
                hit.span,
                f"{a.name}={hit.token} is set in a branch that also runs for "
                f"{platform_list(hit.broken)}; {image_phrase(hit.broken)} would download "
                f"the {arch_name(hit.arch)} artifact. Fix: give each architecture its own "
                f"branch with its own spelling",
                platforms=hit.broken,
            )
    # A case on the architecture without a branch for a requested platform.
    for ac in view.arch_cases():
        missing = [p for p in ac.missing if p in plats]
        if not missing:
            continue
        guarded = [
            a for a in view.script.assignments()
            if a.name in dvars and any(g.subject is ac.case.subject for g in a.guards)
        ]
        has_download = any(download_words(view, c) for c in ac.commands())
        if not guarded and not has_download:
            continue
        subj = ac.case.subject
        yield ctx.finding(
            subj.span,
            f"case {subj.text} chooses the download per architecture but has no branch for "
            f"{platform_list(missing)}; the build fails or downloads nothing there. "
            f"Fix: add a branch for {platform_list(missing)}"
            f"{_project_hint(view, urls + [a.value for a in guarded if a.value], missing)}",
            platforms=missing,
        )
    # An if/elif chain on the architecture whose remaining branch stops the build.
    yield from _failing_branches(ctx, view, plats, urls)


def _failing_branches(ctx: CheckContext, view: ScriptView, plats: list[Platform],
                      urls: list[ShWord]) -> Iterator[Finding]:
    reported: set[tuple[int, int]] = set()
    for cmd in view.commands():
        name, args, _ = cmd.unwrapped()
        if name not in ("exit", "false") or (name == "exit" and args and args[0].value == "0"):
            continue
        arch_guards = [g for g in cmd.guards if view._guard_is_arch(g)]
        if not arch_guards or any(g.kind == "case" for g in arch_guards):
            continue  # case statements are covered above
        failing = run_platforms(view, cmd, plats)
        if not failing:
            continue
        span = arch_guards[-1].span or cmd.span
        key = (span.line, span.column)
        if key in reported:
            continue
        reported.add(key)
        yield ctx.finding(
            span,
            f"the architecture test {arch_guards[-1].subject.text} chooses the download but "
            f"the build stops for {platform_list(failing)}. Fix: add a branch for "
            f"{platform_list(failing)}{_project_hint(view, urls, failing)}",
            platforms=failing,
        )


def _project_hint(view: ScriptView, urls: list[ShWord], missing: list[Platform]) -> str:
    for w in urls:
        proj = find_project(_url_of(view, w))
        if proj is None:
            continue
        names = [f"{p} is {proj.spelling(p)}" for p in missing if proj.spelling(p)]
        none = [str(p) for p in missing if proj.spelling(p) is None]
        out = ""
        if names:
            out += f" ({proj.name}'s spelling for " + ", ".join(names) + ")"
        if none:
            out += f"; {proj.name} publishes no build for " + ", ".join(none)
        return out
    return ""


# --------------------------------------------------------------------------------------
# AL302 arch-specific-package-file

_RPM_TOOLS = frozenset({"yum", "dnf", "microdnf", "tdnf", "zypper"})
_PACKAGE_TOOLS = ("dpkg", "apt", "gdebi", "rpm", "yum", "dnf", "zypper", "apk", "pip", "uv ",
                  "pacman")
_PACKAGE_TOOL_RE = LiteralHint(_PACKAGE_TOOLS)


@lru_cache(maxsize=TEXT_MEMO_SIZE)  # asked by AL302 and AL304 of the same texts
def _mentions_package_tool(text: str) -> bool:
    return _PACKAGE_TOOL_RE.search(text) is not None


_RPM_VERBS = frozenset({"install", "localinstall", "reinstall", "upgrade", "update", "in"})


def package_file_words(cmd: Command, view: ScriptView | None = None) -> tuple[str, list[ShWord]]:
    """(tool, package-file arguments) of an install command."""
    name, args, _ = cmd.unwrapped()
    vals = [view.resolve(a).text if view is not None and a.value is None else _val(a)
            for a in args]
    if name.startswith("python") and len(vals) >= 2 and vals[0] == "-m" and vals[1] in (
            "pip", "pip3"):
        name, args, vals = "pip", args[2:], vals[2:]
    if name == "uv" and vals[:1] == ["pip"]:
        name, args, vals = "pip", args[1:], vals[1:]

    def ending(*exts: str) -> list[ShWord]:
        return [a for a, v in zip(args, vals, strict=False) if v.lower().endswith(exts)]

    if name == "dpkg":
        if any(v in ("-i", "--install", "--unpack") or (
                v.startswith("-") and not v.startswith("--") and "i" in v) for v in vals):
            return name, ending(".deb")
        return name, []
    if name in ("apt-get", "apt", "aptitude", "gdebi", "gdebi-core"):
        if name.startswith("gdebi") or "install" in vals:
            return name, ending(".deb")
        return name, []
    if name == "rpm":
        if any(v in ("--install", "--upgrade", "--freshen") or (
                v.startswith("-") and not v.startswith("--") and any(c in v for c in "iUF"))
               for v in vals):
            return name, ending(".rpm")
        return name, []
    if name in _RPM_TOOLS:
        if any(v in _RPM_VERBS for v in vals):
            return name, ending(".rpm")
        return name, []
    if name == "apk":
        if "add" in vals:
            return name, ending(".apk")
        return name, []
    if name in ("pip", "pip3") or (name.startswith("pip3.")):
        if "install" in vals:
            return "pip", ending(".whl")
        return "pip", []
    if name == "pacman":
        # pacman -U x-1.0-1-x86_64.pkg.tar.zst: Arch Linux's package files
        if any(v == "--upgrade" or (v.startswith("-") and not v.startswith("--") and "U" in v)
               for v in vals):
            return name, ending(*_PACMAN_EXTS)
        return name, []
    return name, []


_PACMAN_EXTS = (".pkg.tar.zst", ".pkg.tar.xz", ".pkg.tar.gz", ".pkg.tar")


# The end of a package file name (package_file_words compares lower-cased values): in a
# RUN with its dot (``apk add``, ``rpm --import`` and ``deb http://…`` lines are no file),
# in a value without it (``pkg.${EXT}`` with ``EXT=deb``).
_PACKAGE_FILE_END = re.compile(r"(?:deb|rpm|apk|whl|pkg\.tar)(?![a-z0-9])")
_PACKAGE_FILE_EXT = re.compile(r"\.(?:deb|rpm|apk|whl|pkg\.tar)(?![a-z0-9])")


def _may_name_package_file(an: ArchAnalysis, text: str) -> bool:
    """Can a word of ``text`` end ``.deb``/``.rpm``/``.apk``/``.whl``? The extension is
    written in ``text``, or in an ARG/ENV/build-arg value a variable may bring in."""
    if _PACKAGE_FILE_EXT.search(text.lower()):
        return True
    return ("$" in text or "`" in text) and \
        _PACKAGE_FILE_END.search(an.values_text.lower()) is not None


def arch_specific_package_file(ctx: CheckContext) -> Iterator[Finding]:
    text = ctx.source_text
    if not _mentions_package_tool(text) or not mentions_arch_token(text):
        return  # findings are arch tokens in package file names
    an = analysis(ctx)
    if not _may_name_package_file(an, an.run_text):
        return
    for ins, plats in target_runs(an):
        text = instruction_text(ins)
        if not _mentions_package_tool(text) or not _may_name_package_file(an, text) or not (
                an.may_hold_arch(text) or _earlier_arch_download(an, ins)):
            continue  # findings are arch hits in file names: none possible, no parse
        for view in script_views(an, ins):
            if not script_mentions(view, _PACKAGE_TOOLS):
                continue
            for cmd in view.commands():
                tool, files = package_file_words(cmd, view)
                if not files:
                    continue
                run = run_platforms(view, cmd, plats)
                if not run:
                    continue
                for w in files:
                    hit = _package_file_hit(view, w, run)
                    if hit is None:
                        got = _downloaded_package(view, cmd, w, run)
                        if got is not None:
                            hit, url = got
                            yield ctx.finding(
                                w.span,
                                f"{tool} installs {_val(w)}, downloaded (line "
                                f"{hit.span.line}) from a package built for "
                                f"{arch_name(hit.arch)} ({hit.token} in {file_name(url)}); "
                                f"{image_phrase(hit.broken)} would refuse it or get binaries "
                                f"that cannot run. Fix: {_package_fix(tool)}",
                                platforms=hit.broken,
                            )
                        continue
                    yield ctx.finding(
                        hit.span,
                        f"{tool} installs a package file built for {arch_name(hit.arch)} "
                        f"({hit.token} in its name"
                        f"{', from ' + hit.origin if hit.origin else ''});"
                        f" {image_phrase(hit.broken)} would refuse it or get binaries "
                        f"that cannot run. Fix: {_package_fix(tool)}",
                        platforms=hit.broken,
                    )



def _package_file_hit(view: ScriptView, w: ShWord, run: list[Platform]) -> ArchHit | None:
    """The architecture a package file is built for, one per file. Its own name says it
    (``tool_1.0_amd64.deb``, ``x.el9.x86_64.rpm``): a directory of the URL (``.../EL-9-x86_64/
    repo.noarch.rpm``) counts only when the name carries no architecture marker at all."""
    hits = view.arch_hits(w, run)
    if not hits:
        return None
    url = view.resolve(w).text
    if for_every_arch(url):
        return None
    name = file_name(url)
    own = {t.token.lower() for t in find_arch_tokens(name)}
    return next((h for h in reversed(hits) if h.token.lower() in own), hits[0])


def _downloaded_package(view: ScriptView, cmd: Command, w: ShWord, run: list[Platform]
                        ) -> tuple[ArchHit, str] | None:
    """``wget -O /tmp/x.deb …/x_1.0_amd64.deb && dpkg -i /tmp/x.deb``: the package file an
    earlier download of the same script wrote under a name without the architecture; the
    architecture the downloaded file's own name says (in the platforms both commands run
    for), and the URL."""
    path = _val(w)
    raw = w.text.strip("'\"")
    if not path:
        return None
    for src, dl in _earlier_commands(view, cmd, absolute=path.startswith("/")):
        same_script = src is view
        for uw in download_words(src, dl):
            url = _url_of(src, uw)
            outs = _download_outputs(dl, url)
            if not (any(_same_file(o, path) for o in outs)
                    or (same_script and "$" in raw and raw in _output_texts(dl))):
                continue
            view = src  # the download's own script resolves its URL and guards
            # the package's own name must say it: a directory of the URL (NVIDIA's
            # .../x86_64/cuda-keyring_all.deb, AWS's linux_64bit/plugin.rpm) is AL301's
            own = {t.token.lower() for t in find_arch_tokens(file_name(url))}
            both = run_platforms(view, dl, run) if own else []
            hit = _package_file_hit(view, uw, both) if both else None
            if hit is not None and hit.token.lower() in own:
                return hit, url
    return None


def _download_runs(an: ArchAnalysis, ins: Instruction) -> list[Instruction]:
    """The RUNs of the instruction's stage that mention a download (memoized per stage)."""
    def compute() -> list[Instruction]:
        stage = an.stage_of(ins)
        return [] if stage is None else [
            i for i in stage.instructions
            if i.keyword == "RUN" and mentions_download(instruction_text(i))]
    return an.memo("download_runs", ins.stage, compute)


def _earlier_arch_download(an: ArchAnalysis, ins: Instruction) -> bool:
    """Does an earlier RUN of the stage download something whose URL names an architecture
    (the file a later ``dpkg -i /tmp/pkg.deb`` may install)? A pre-filter."""
    return any(prev.index < ins.index and an.may_hold_arch(instruction_text(prev))
               for prev in _download_runs(an, ins))


def _earlier_commands(view: ScriptView, cmd: Command, absolute: bool
                      ) -> Iterator[tuple[ScriptView, Command]]:
    """The commands before ``cmd`` in its script, then (for an absolute path, which a later
    RUN of the same stage reaches whatever its WORKDIR) those of the stage's earlier RUNs."""
    for c in view.commands():
        if c.start >= cmd.start:
            break
        yield view, c
    if not absolute:
        return
    an, ins = view.an, view.ins
    for prev in _download_runs(an, ins):
        if prev.index >= ins.index:
            break
        for v in an.scripts(prev):
            for c in v.commands():
                yield v, c


def _same_file(output: str, path: str) -> bool:
    """Is ``path`` (what an installer is given; a glob such as ``google-chrome*.deb`` too) the
    file a download wrote to ``output``?"""
    if "$" in path:
        return False
    if any(ch in path for ch in "*?["):
        return fnmatch.fnmatchcase(output.rsplit("/", 1)[-1], path.rsplit("/", 1)[-1])
    return output == path or (not output.startswith("/") and path.endswith("/" + output)) or (
        not path.startswith("/") and output.endswith("/" + path))


def _output_texts(dl: Command) -> set[str]:
    """The written form of a download's ``-o``/``-O`` value (``"${debfile}"``): the same
    variable given to the installer names the same file."""
    return {w.text.strip("'\"") for _value, w in _output_options(dl) if w is not None}


def _package_fix(tool: str) -> str:
    if tool == "pip":
        return ("let pip pick the wheel (pip install name==version) or build the file name "
                "from the platform")
    if tool in ("dpkg", "apt-get", "apt", "aptitude") or tool.startswith("gdebi"):
        return ("install from the repository, or name the file with "
                "$(dpkg --print-architecture) or $TARGETARCH (dpkg spells amd64 and arm64 "
                "the same way)")
    if tool == "apk":
        return "install from the repository, or name the file with $(apk --print-arch)"
    return "install from the repository, or name the file with $(uname -m) (x86_64, aarch64)"


# --------------------------------------------------------------------------------------
# AL303 arch-specific-copy


def arch_specific_copy(ctx: CheckContext) -> Iterator[Finding]:
    if not mentions_arch_token(ctx.source_text):
        return  # every finding is an arch token in a resolved path
    an = analysis(ctx)
    for ins in ctx.dockerfile.instructions:
        if ins.keyword not in ("COPY", "ADD") or ins.flag("from") is not None:
            continue
        plats = instruction_platforms(an, ins)
        if not plats or len(ins.args) < 2:
            continue
        heredoc_names = {h.name for h in ins.heredocs}
        for w in ins.args[:-1]:
            raw = w.value
            if raw.startswith("<<") or raw.lstrip("<-'\"") in heredoc_names:
                continue
            if "$" not in raw and not find_arch_tokens(raw):
                continue  # nothing to follow and no architecture named
            val = an.resolve_text(raw, ins, w.span)
            if _looks_like_url(val.text) or val.parametrized or for_other_os(val.text) \
                    or _names_a_guest(val.text):
                continue
            for hit in hits_in_value(val, plats):
                yield ctx.finding(
                    hit.span,
                    f"{ins.keyword} of {raw}: the path names {arch_name(hit.arch)} "
                    f"({hit.token}{', from ' + hit.origin if hit.origin else ''}); "
                    f"{image_phrase(hit.broken)} would get the same file. Fix: declare ARG "
                    f"TARGETARCH and put $TARGETARCH in the path, or build it in a stage and "
                    f"COPY --from it",
                    platforms=hit.broken,
                )


_GUEST = LazyPattern(r"(?:^|/)(?:qemu-[\w-]+|[^/]*toolchain[^/]*|[^/]*\.cmake)$",
                     re.IGNORECASE)


def _names_a_guest(path: str) -> bool:
    """A file whose architecture is the one it emulates or cross-compiles for, not the one
    it runs on: ``qemu-aarch64-static`` (the emulator of arm64 guests), a CMake toolchain
    file (``rpi-armv7-toolchain.cmake``: text that describes a cross target)."""
    return bool(_GUEST.search(path.rstrip("/")))


# --------------------------------------------------------------------------------------
# AL304 arch-limited-package

_APT = frozenset({"apt-get", "apt", "aptitude"})
_APK = frozenset({"apk"})
_RPM = frozenset({"yum", "dnf", "microdnf", "tdnf", "zypper"})
_OPTS_WITH_VALUE = frozenset({"-t", "--target-release", "-o", "--option", "-c", "--config-file",
                              "--repository", "-X", "--enablerepo", "--disablerepo",
                              "--releasever", "--setopt", "--installroot", "-p", "--root"})


def _installed_packages(cmd: Command) -> tuple[str, list[ShWord]]:
    name, args, _ = cmd.unwrapped()
    vals = [a.value for a in args]
    if name in _APT:
        verb = "install"
    elif name in _APK:
        verb = "add"
    elif name in _RPM:
        verb = next((v for v in vals if v in ("install", "in")), "install")
    else:
        return "", []
    if verb not in vals:
        return "", []
    out: list[ShWord] = []
    after = False
    skip = False
    for a, v in zip(args, vals, strict=False):
        if skip:
            skip = False
            continue
        if v is None:
            if after:
                out.append(a)
            continue
        if v == verb and not after:
            after = True
            continue
        if v.startswith("-"):
            if v in _OPTS_WITH_VALUE:
                skip = True
            continue
        if after:
            out.append(a)
    family = "apt" if name in _APT else ("apk" if name in _APK else "rpm")
    return family, out


def _limited(family: str, pkg: str) -> tuple[list[str], str, str] | None:
    """(available OCI arches, why, hint) for an arch-limited package."""
    data = data_table("arch-limited-packages.json")
    tables: list[dict[str, dict[str, object]]] = []
    if family == "apt":
        tables = [data.get("debian", {}), data.get("third_party", {})]
    elif family == "apk":
        tables = [data.get("alpine", {})]
    else:
        tables = [data.get("third_party", {})]
    for t in tables:
        row = t.get(pkg)
        if row:
            return (list(row.get("available", [])), str(row.get("why", "")),  # type: ignore[call-overload]
                    str(row.get("hint", "")))
    if pkg.startswith("lib32") and family == "apt":
        return (["amd64"], "lib32* libraries are 32-bit x86 multilib packages", "")
    if pkg.startswith("intel-oneapi-") and family in ("apt", "rpm"):
        # Intel's apt and yum repositories (apt.repos.intel.com, yum.repos.intel.com/oneapi)
        # publish the oneAPI toolkits for x86-64 only
        return (["amd64"], "Intel oneAPI packages are published for x86-64 only",
                "install them only when TARGETARCH is amd64 (OpenBLAS/gfortran elsewhere)")
    return None


@cache
def _limited_names() -> re.Pattern[str]:
    data = data_table("arch-limited-packages.json")
    names = {n for table in ("debian", "third_party", "alpine") for n in data.get(table, {})}
    return re.compile(trie_alternation({*names, "lib32", "intel-oneapi-"}))


@cache
def _qualifier() -> re.Pattern[str]:
    """An arch token right after ``:`` or ``.``, or a variable there (lower-cased text)."""
    toks, _pre = token_alternations()
    return re.compile(rf"[:.](?:{toks}|[$`])")


def mentions_pin(text: str) -> bool:
    """Can ``text`` pin an APT source to architectures (``[arch=…]``, ``Architectures:``, a
    ``deb`` line whose repository URL names one)? AL305's pre-filter, here so the rule
    imports apt_sources only when it can matter."""
    return "arch=" in text or "rchitectures" in text or (
        "deb " in text and mentions_arch_token(text))


def _may_install_limited(an: ArchAnalysis, text: str) -> bool:
    """Pre-filter of AL304: a package tool, and a package it knows is arch-limited or an
    arch token (``name:i386``, ``name.x86_64``, ``--add-architecture i386``), written in
    ``text`` or in an ARG/ENV/build-arg value a variable (``$PACKAGES``) may bring in."""
    if not _mentions_package_tool(text):
        return False
    if _limited_names().search(text) is not None:
        return True
    if mentions_arch_token(text):
        # an arch token matters only as a qualifier (``libc6:i386``, ``glibc.i686``), in
        # ``--add-architecture``, or through a variable a qualifier takes (``:$ARCH``)
        low = text.lower()
        if _qualifier().search(low) is not None or "--add-architecture" in low:
            return True
    values = an.values_text
    return ("$" in text or "`" in text) and (
        mentions_arch_token(values) or _limited_names().search(values) is not None)


def _fits(available: list[str], p: Platform) -> bool:
    key = f"arm/{p.variant or 'v7'}" if p.architecture == "arm" else p.architecture
    return key in available or p.architecture in available


def _adds_i386(cmd: Command) -> bool:
    name, args, _ = cmd.unwrapped()
    vals = [a.value for a in args]
    return name == "dpkg" and (("--add-architecture" in vals and "i386" in vals)
                               or "--add-architecture=i386" in vals)


# a cross toolchain for an architecture: its ``name:arch`` -dev packages are what it links
_CROSS_TOOLCHAIN = re.compile(
    r"(?:gcc|g\+\+)-(aarch64|arm|x86_64|i686|powerpc64le|s390x|riscv64)-linux-gnu"
    r"|(?:crossbuild-essential|libc6-dev)-(arm64|armhf|armel|amd64|i386|ppc64el|s390x|riscv64)")


def _cross_arches(an: ArchAnalysis, stage: int) -> set[str]:
    """Architectures the stage installs a cross toolchain for (``gcc-aarch64-linux-gnu``,
    ``crossbuild-essential-arm64``, ``libc6-dev-arm64-cross``)."""
    st = an.df.stages[stage] if 0 <= stage < len(an.df.stages) else None
    if st is None:
        return set()
    out: set[str] = set()
    for m in _CROSS_TOOLCHAIN.finditer(an.stage_text(st)):
        toks = find_arch_tokens(m.group(1) or m.group(2))
        out.add(toks[0].arch if toks else "arm/v7")  # arm-linux-gnueabihf: Debian's armhf
    return out


def _qualifier_arch(w: ShWord) -> str | None:
    qual = (w.value or "").split("=", 1)[0].partition(":")[2]
    toks = find_arch_tokens(qual) if qual else ()
    return toks[0].arch if toks else None


def arch_limited_package(ctx: CheckContext) -> Iterator[Finding]:
    an = analysis(ctx)
    if not _may_install_limited(an, an.run_text):
        return
    multiarch_i386: set[int] = set()  # stages where dpkg --add-architecture i386 ran
    for ins, plats in target_runs(an):
        if not _may_install_limited(an, instruction_text(ins)):
            continue
        for view in script_views(an, ins):
            if not script_mentions(view, _PACKAGE_TOOLS):
                continue
            for cmd in view.commands():
                if _adds_i386(cmd):
                    multiarch_i386.add(ins.stage)
                family, pkgs = _installed_packages(cmd)
                if not pkgs and cmd.unwrapped()[0] != "dpkg":
                    continue
                run = run_platforms(view, cmd, plats)
                if not run:
                    continue
                yield from _add_architecture(ctx, cmd, run)
                qualified = False
                fan_out = family == "apt" and _qualifiers_cover(pkgs, run)
                for w in pkgs:
                    is_q = family == "apt" and ":" in (w.value or "")
                    if is_q and (qualified or fan_out):
                        continue  # one finding per command for foreign-arch packages
                    if is_q and ins.stage in multiarch_i386 and \
                            (w.value or "").endswith(":i386"):
                        continue  # the stage's dpkg --add-architecture i386 is the finding
                    if is_q and _qualifier_arch(w) in _cross_arches(an, ins.stage):
                        continue  # libssl-dev:arm64 beside gcc-aarch64-linux-gnu: linked
                    fs = list(_package_findings(ctx, view, family, w, run,
                                                ins.stage in multiarch_i386))
                    qualified = qualified or (is_q and bool(fs))
                    yield from fs


def _qualifiers_cover(pkgs: list[ShWord], run: list[Platform]) -> bool:
    """``libx11-dev:amd64 libx11-dev:arm64 …``: one command installs packages qualified for
    every platform it runs for, a cross build's per-architecture libraries (a fan-out, as
    AL205 leaves ``--target`` for every architecture alone), not one platform's build."""
    archs: set[str] = set()
    for w in pkgs:
        qual = (w.value or "").split("=", 1)[0].partition(":")[2]
        toks = find_arch_tokens(qual) if qual else ()
        if toks:
            archs.add(toks[0].arch)
    return len(archs) > 1 and all(any(arch_matches(a, p) for a in archs) for p in run)


def _add_architecture(ctx: CheckContext, cmd: Command, run: list[Platform]) -> Iterator[Finding]:
    name, args, _ = cmd.unwrapped()
    if name != "dpkg":
        return
    for i, a in enumerate(args):
        v = a.value or ""
        arch_word = None
        if v == "--add-architecture" and i + 1 < len(args):
            arch_word = args[i + 1]
        elif v.startswith("--add-architecture="):
            arch_word = a
        if arch_word is None:
            continue
        arch = (arch_word.value or "").split("=")[-1]
        if arch != "i386":
            continue
        broken = [p for p in run if p.architecture not in ("amd64", "386")]
        if broken:
            yield ctx.finding(
                arch_word.span,
                f"dpkg --add-architecture i386 sets up 32-bit x86 packages, which only x86 "
                f"hosts run natively; {image_phrase(broken)} would install i386 binaries "
                f"that cannot run. Fix: do it only when TARGETARCH is amd64",
                platforms=broken,
            )


def _package_findings(ctx: CheckContext, view: ScriptView, family: str, w: ShWord,
                      run: list[Platform], i386: bool = False) -> Iterator[Finding]:
    if w.value is None:
        # ``apt-get install -y $PACKAGES``: the names come from ENV/ARG or a shell variable
        val = view.resolve(w)
        if not val.static:
            return
        for name in val.text.split():
            yield from _package_name_findings(ctx, family, name, w, run, i386,
                                              _written_at(ctx, val.pieces, name))
        return
    yield from _package_name_findings(ctx, family, w.value, w, run, i386)


def _written_at(ctx: CheckContext, pieces: Sequence[Piece], name: str) -> Span | None:
    """Where a package name that came through a variable is written (``buildDeps='gcc
    gcc-multilib'`` then ``apt-get install $buildDeps``: at the assignment), when its
    value is on lines of the file; None to report at the use."""
    lines = ctx.dockerfile.lines
    for piece in pieces:
        at = piece.origin_span
        if at is None or piece.kind != "lit" or name not in piece.text.split():
            continue
        for ln in range(at.line, min(at.end_line, len(lines)) + 1):
            text = lines[ln - 1]
            col = (at.column - 1) if ln == at.line else 0
            for m in re.finditer(re.escape(name), text[col:]):
                s, e = col + m.start(), col + m.end()
                if (s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "-_.+:")) and (
                        e == len(text) or not (text[e].isalnum() or text[e] in "-_.+:")):
                    return Span(ln, s + 1, ln, e + 1)
    return None


def _package_name_findings(ctx: CheckContext, family: str, raw: str, w: ShWord,
                           run: list[Platform], i386: bool, at: Span | None = None
                           ) -> Iterator[Finding]:
    span = at or w.span
    pkg = raw
    if family == "apt":
        pkg = pkg.split("=", 1)[0]
        name, _, qual = pkg.partition(":")
        if qual and qual not in ("any", "native", "all"):
            toks = find_arch_tokens(qual)
            if toks:
                broken = broken_platforms(toks[0].arch, run)
                if toks[0].arch == "386":
                    broken = [p for p in broken if p.architecture != "amd64"]
                if broken:
                    yield ctx.finding(
                        span,
                        f"{raw} installs the {qual} build of {name}; {image_phrase(broken)} "
                        f"cannot run it. Fix: install {name} without the :{qual} qualifier, "
                        f"or only for the platform it belongs to",
                        platforms=broken,
                    )
            return
        pkg = name
    elif family == "apk":
        pkg = pkg.split("=", 1)[0].split("~", 1)[0].split(">", 1)[0].split("<", 1)[0]
    else:
        low = pkg.lower()
        for suffix, arch in ((".i686", "386"), (".i386", "386"), (".x86_64", "amd64"),
                             (".aarch64", "arm64")):
            if low.endswith(suffix):
                broken = broken_platforms(arch, run)
                if arch == "386":
                    broken = [p for p in broken if p.architecture != "amd64"]
                if broken:
                    yield ctx.finding(
                        span,
                        f"{raw} names the {suffix[1:]} build of the package; "
                        f"{image_phrase(broken)} cannot install or run it. Fix: drop the "
                        f"architecture suffix",
                        platforms=broken,
                    )
                return
    info = _limited(family, pkg)
    if info is None:
        return
    available, why, hint = info
    if i386 and "386" in available and "amd64" not in available:
        available = [*available, "amd64"]  # i386 multiarch packages install on amd64
    broken = [p for p in run if not _fits(available, p)]
    if not broken:
        return
    installed = f" (installed at line {w.span.line})" if span.line != w.span.line else ""
    msg = (f"{pkg}{installed} is built only for "
           f"{', '.join(available) or 'no common architecture'}; "
           f"{image_phrase(broken)} would fail to install it")
    if why:
        msg += f" ({why.rstrip('.')})"
    msg += ". Fix: install it only when TARGETARCH is one of those"
    if hint:
        msg += f", or {hint[:1].lower()}{hint[1:].rstrip('.')}"
    yield ctx.finding(span, msg, platforms=broken)

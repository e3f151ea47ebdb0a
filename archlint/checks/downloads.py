"""Known projects' download naming, for concrete fix messages (AL301, AL302).

``rules/data/downloads.toml`` says, per project (kubectl, helm, tini, Node.js, AWS CLI...),
how its release URLs spell each architecture. :func:`fix_hint` turns a hardcoded URL into
the sentence a message ends with: either "use $TARGETARCH" (the project spells amd64/arm64
like BuildKit) or the ``case "$TARGETARCH"`` mapping to the project's spelling.

Also the data-table loader shared by the AL3xx/AL4xx checks (:func:`data_table`), so every
table is read once, from the source checkout or from the copy inside the wheel.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from archlint.platforms import Platform
from archlint.records import record


def _tomllib() -> Any:
    """tomllib, imported on first use (2 ms off the start path: TOML is read only on a
    catalog-cache miss, a config file or a TOML data table)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


def _data_dir() -> Path | None:
    here = Path(__file__).resolve().parent.parent
    for cand in (here / "_rules" / "data", here.parent / "rules" / "data"):
        if cand.is_dir():
            return cand
    return None


@cache
def data_table(name: str) -> dict[str, Any]:
    """A table of ``rules/data`` (``.json`` or ``.toml``); empty when missing."""
    base = _data_dir()
    if base is None:
        return {}
    path = base / name
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    if name.endswith(".toml"):
        # TOML parsing (tomllib's import included) costs ~4.5 ms for downloads.toml: the
        # parsed table is kept in the cache directory, keyed by the file's size and mtime
        import zlib

        from archlint import __version__
        from archlint.cachedir import cached_pickle

        st = path.stat()
        where = zlib.crc32(str(path).encode())  # two checkouts do not evict each other
        return cached_pickle(f"data-{path.stem}-{__version__}-{where:08x}.pickle",
                             f"{path}:{st.st_size}:{st.st_mtime_ns}",
                             lambda: _tomllib().loads(raw.decode("utf-8")),
                             lambda value: isinstance(value, dict))
    return json.loads(raw.decode("utf-8"))  # type: ignore[no-any-return]


@record(frozen=True, slots=True)
class Project:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    url: str
    arch: dict[str, str]  # OCI "amd64", "arm/v7" -> the project's spelling
    note: str = ""
    implicit: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (arch, URL regex)

    def spelling(self, p: Platform) -> str | None:
        key = f"arm/{p.variant or 'v7'}" if p.architecture == "arm" else p.architecture
        return self.arch.get(key) or self.arch.get(p.architecture)

    def follows_targetarch(self, platforms: Sequence[Platform]) -> bool:
        """Does the project spell every requested platform's arch as TARGETARCH does?"""
        return all(self.spelling(p) == p.architecture for p in platforms)


@cache
def projects() -> tuple[Project, ...]:
    out: list[Project] = []
    for row in data_table("downloads.toml").get("project", []):
        try:
            pats = tuple(re.compile(p, re.IGNORECASE) for p in row.get("match", []))
        except re.error:
            continue
        implicit = tuple(
            (arch, re.compile(rx)) for arch, rxs in (row.get("implicit") or {}).items()
            for rx in rxs
        )
        out.append(
            Project(row["name"], pats, row.get("url", ""), dict(row.get("arch", {})),
                    row.get("note", ""), implicit)
        )
    return tuple(out)


@lru_cache(maxsize=4096)
def find_project(url: str) -> Project | None:
    """The known project a URL downloads from, if any (memoized: a URL is looked up by the
    finding, its fix hint and the TARGETARCH mapping)."""
    low = url.lower()
    for proj, pats in url_gates():
        if any((lit is None or lit in low) and p.search(url) for lit, p in pats):
            return proj
    return None


@cache
def url_gates() -> tuple[tuple[Project, tuple[tuple[str | None, re.Pattern[str]], ...]], ...]:
    """Each project with its URL patterns, each behind the literal every match of it
    contains (a substring test of the lower-cased URL instead of ~80 pattern searches);
    None where a pattern has no certain literal. Shared by every pre-filter on URLs."""
    return tuple((proj, tuple((required_literal(p.pattern), p) for p in proj.patterns))
                 for proj in projects())


@lru_cache(maxsize=4096)
def may_be_implicit(text: str) -> bool:
    """Cheap pre-filter: does ``text`` name a project whose unsuffixed asset is one
    architecture's build (its URL patterns are unanchored, so a longer text matches too)?
    Memoized by text: AL301 asks it of the file, of every downloading RUN and of the
    ARG/ENV values. Each pattern is searched only where its required literal is in the
    lower-cased text (a substring test; the patterns' alternation cost 9 ms over 465 real
    Dockerfiles, the literals 0.3 ms)."""
    low = text.lower()
    return any((lit is None or lit in low) and rx.search(text) is not None
               for lit, rx in _implicit_projects())


@cache
def _implicit_projects() -> tuple[tuple[str | None, re.Pattern[str]], ...]:
    """(required literal, pattern) of each URL pattern of the projects with implicit
    assets."""
    return tuple(gate for proj, gates in url_gates() if proj.implicit for gate in gates)


def implicit_arch(url: str) -> tuple[Project, str] | None:
    """A known asset without an architecture in its name that is built for one
    (``.../tini`` is the amd64 build): (project, OCI arch)."""
    proj = find_project(url)
    if proj is None:
        return None
    for arch, rx in proj.implicit:
        if rx.search(url):
            return proj, arch
    return None


def case_mapping(proj: Project, platforms: Sequence[Platform], var: str = "a") -> str:
    """``case "$TARGETARCH" in amd64) a=x86_64 ;; arm64) a=aarch64 ;; esac`` for the
    requested platforms (TARGETVARIANT joins in for 32-bit arm)."""
    items: list[str] = []
    seen: set[str] = set()
    has_arm = any(p.architecture == "arm" for p in platforms)
    subject = '"$TARGETARCH$TARGETVARIANT"' if has_arm else '"$TARGETARCH"'
    for p in platforms:
        label = p.architecture + (p.variant if p.architecture == "arm" else "")
        if label in seen:
            continue
        seen.add(label)
        sp = proj.spelling(p)
        if sp is None:
            items.append(f"{label}) echo no {proj.name} build for {p} >&2; exit 1 ;;")
        else:
            items.append(f"{label}) {var}={sp} ;;")
    return f"case {subject} in " + " ".join(items) + " esac"


def missing_builds(proj: Project, platforms: Sequence[Platform]) -> list[Platform]:
    return [p for p in platforms if proj.spelling(p) is None]


# Spelling families (arch-tokens.json ``replacement_hints``): the token a URL uses tells how
# the project probably spells the other architectures.
_FAMILIES: tuple[tuple[frozenset[str], dict[str, str], str], ...] = (
    (frozenset({"amd64", "arm64"}),
     {"amd64": "amd64", "arm64": "arm64", "arm/v7": "arm", "386": "386", "ppc64le": "ppc64le",
      "s390x": "s390x", "riscv64": "riscv64"}, "TARGETARCH"),
    (frozenset({"x86_64", "aarch64"}),
     {"amd64": "x86_64", "arm64": "aarch64", "arm/v7": "armv7l", "386": "i686",
      "ppc64le": "ppc64le", "s390x": "s390x", "riscv64": "riscv64"}, "uname -m"),
    (frozenset({"x64"}),
     {"amd64": "x64", "arm64": "arm64", "arm/v7": "armv7l", "ppc64le": "ppc64le",
      "s390x": "s390x"}, "Node.js-style"),
)


def _generic_hint(token: str, platforms: Sequence[Platform]) -> str:
    low = token.lower()
    for members, spelling, label in _FAMILIES:
        if low not in members:
            continue
        if label == "TARGETARCH":
            return (f"declare ARG TARGETARCH and put $TARGETARCH where the URL says {token} "
                    f"(a project that writes amd64 usually writes arm64 too, as BuildKit does)")
        proj = Project("the project", (), "", spelling)
        hint = (f"map TARGETARCH to the project's {label} spelling, e.g. "
                f"{case_mapping(proj, platforms)}, and use $a where the URL says {token}")
        if label == "uname -m" and all(p.architecture in ("amd64", "arm64") for p in platforms):
            hint += " (or $(uname -m), which prints x86_64 and aarch64)"
        return hint + "; check that the project publishes an asset for each platform"
    return ("build the URL from the target architecture: declare ARG TARGETARCH and use "
            "$TARGETARCH, mapped with a case statement to the project's spelling of each "
            "architecture")


def fix_hint(url: str, platforms: Sequence[Platform], token: str = "",
             note: bool = True) -> str:
    """The fix sentence for a hardcoded download URL (from the URL's own spelling when the
    project is unknown); ``note=False`` leaves out the project's note (it may recommend an
    arch query, which names the build machine in a build-platform stage)."""
    proj = find_project(url)
    if proj is None:
        return _generic_hint(token, platforms)
    missing = missing_builds(proj, platforms)
    if len(proj.arch) == 1 and missing:
        # one build in all (Google Chrome): no mapping to write, only a choice of platforms
        only = next(iter(proj.arch))
        hint = (f"{proj.name} publishes no build for {', '.join(str(p) for p in missing)}: "
                f"build this image for linux/{only} only (platforms in the archlint "
                f"config, --platform), or drop {proj.name} from the other platforms' images")
        return hint + (f" ({proj.note})" if proj.note and note else "")
    extra = ""
    if missing:
        extra = f"; {proj.name} publishes no build for " + ", ".join(str(p) for p in missing)
    if proj.follows_targetarch(platforms):
        hint = (f"{proj.name} spells architectures like TARGETARCH: declare ARG TARGETARCH "
                f"and use $TARGETARCH in the URL ({proj.url.replace('<arch>', '$TARGETARCH')})")
    else:
        hint = (f"map TARGETARCH to {proj.name}'s spelling, e.g. "
                f"{case_mapping(proj, platforms)}, then use $a in "
                f"{proj.url.replace('<arch>', '$a')}")
    if proj.note and note:
        hint += f" ({proj.note})"
    return hint + extra


_BREAKS = frozenset(".^$*+?{}[]|()")


def required_literal(pattern: str) -> str | None:
    """The longest run of literal text (lower case) every match of ``pattern`` contains, or
    None when none is certain (a top-level ``|``, a run shorter than 3 characters)."""
    runs: list[str] = []
    cur = ""
    depth = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt.isalnum() or depth:  # \d, \w, \b …: a class or an anchor; in a group
                runs.append(cur)
                cur = ""
            else:
                cur += nxt
            i += 2
            continue
        if ch in _BREAKS:
            if ch in "?*{" and cur:
                cur = cur[:-1]  # the character before may be absent
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            elif ch == "|" and depth == 0:
                return None
            elif ch == "[":  # skip the class
                j = pattern.find("]", i + 2)
                i = len(pattern) if j < 0 else j
            elif ch == "{":  # skip the repeat count
                j = pattern.find("}", i + 1)
                i = len(pattern) if j < 0 else j
            runs.append(cur)
            cur = ""
            i += 1
            continue
        if depth:  # inside a group: it may be one of several alternatives
            runs.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    runs.append(cur)
    best = max(runs, key=len)
    return best.lower() if len(best) >= 3 else None

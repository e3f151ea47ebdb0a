"""Platform specifiers: parse, normalize and format, with containerd's semantics.

Pure module: no I/O, no configuration. ``Platform.parse("aarch64")`` gives
``linux/arm64``; ``Platform.parse("linux/arm")`` gives ``linux/arm/v7``.
Matching (which image platforms can serve a requested one) lives here too.
"""

from __future__ import annotations

import platform as _stdlib_platform
import re

from archlint.records import record

KNOWN_OS = frozenset(
    {
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
        "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
    }
)
KNOWN_ARCH = frozenset(
    {
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "ppc64", "ppc64le",
        "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc",
        "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
    }
)

# containerd normalizeArch: spelling -> (arch, variant or None to keep the given one)
_ARCH_ALIASES: dict[str, tuple[str, str | None]] = {
    "i386": ("386", ""),
    "i486": ("386", ""),
    "i586": ("386", ""),
    "i686": ("386", ""),
    "x86_64": ("amd64", None),
    "x86-64": ("amd64", None),
    "aarch64": ("arm64", None),
    "armhf": ("arm", "v7"),
    "armel": ("arm", "v6"),
}


class PlatformError(ValueError):
    """A platform string that cannot be parsed."""


@record(frozen=True, order=True)
class Platform:
    os: str
    architecture: str
    variant: str = ""
    os_version: str = ""

    @classmethod
    def parse(cls, spec: str) -> Platform:
        """Parse ``os[/arch[/variant]]`` or a bare arch, normalized as containerd does."""
        text = spec.strip()
        if not text:
            raise PlatformError("empty platform")
        parts = text.lower().split("/")
        if any(not p for p in parts) or len(parts) > 3:
            raise PlatformError(f"invalid platform {spec!r}: expected os/arch[/variant]")
        if len(parts) == 1:
            # A bare word is an arch if known, else an OS (containerd behaviour).
            word = parts[0]
            if word in KNOWN_ARCH or word in _ARCH_ALIASES:
                os_, arch, variant = "linux", word, ""
            elif word in KNOWN_OS:
                os_, arch, variant = word, _host_arch(), ""
            else:
                raise PlatformError(f"unknown platform {spec!r}")
        elif len(parts) == 2:
            os_, arch, variant = parts[0], parts[1], ""
        else:
            os_, arch, variant = parts
        if os_ == "macos":
            os_ = "darwin"
        if os_ not in KNOWN_OS:
            raise PlatformError(f"unknown operating system {os_!r} in platform {spec!r}")
        arch, variant = normalize_arch(arch, variant)
        if arch not in KNOWN_ARCH:
            raise PlatformError(f"unknown architecture {arch!r} in platform {spec!r}")
        return cls(os_, arch, variant)

    def __str__(self) -> str:
        return "/".join(p for p in (self.os, self.architecture, self.variant) if p)

    @property
    def arch_variant(self) -> str:
        """``arm64``, ``arm/v7``: the part after the OS."""
        return "/".join(p for p in (self.architecture, self.variant) if p)


def normalize_arch(arch: str, variant: str = "") -> tuple[str, str]:
    """containerd ``normalizeArch``: canonical architecture and variant."""
    arch = arch.lower()
    variant = variant.lower()
    if arch in _ARCH_ALIASES:
        new_arch, forced = _ARCH_ALIASES[arch]
        arch = new_arch
        if forced is not None and (forced == "" or not variant):
            variant = forced
    if arch == "arm64":
        if variant in ("8", "v8", "v8.0"):
            variant = ""
        elif variant in ("9", "9.0", "v9.0"):
            variant = "v9"
    elif arch == "arm":
        if variant in ("", "7"):
            variant = "v7"
        elif variant in ("5", "6", "8"):
            variant = "v" + variant
    elif arch == "amd64" and variant == "v1":
        variant = ""
    return arch, variant


def _host_arch() -> str:
    machine = _stdlib_platform.machine() or "x86_64"
    return normalize_arch(machine)[0]


def host_platform() -> Platform:
    """The platform of the machine archlint runs on (always linux for image builds)."""
    return Platform("linux", _host_arch(), "v7" if _host_arch() == "arm" else "")


def parse_platform_list(values: list[str] | tuple[str, ...]) -> list[Platform]:
    """Parse buildx-style ``--platform`` values: comma lists and/or repeated, de-duplicated."""
    out: list[Platform] = []
    for value in values:
        for item in value.split(","):
            if not item.strip():
                continue
            p = Platform.parse(item)
            if p not in out:
                out.append(p)
    if not out:
        raise PlatformError("no platform given")
    return out


DEFAULT_PLATFORMS: tuple[str, ...] = ("linux/amd64", "linux/arm64")


# --- Matching (containerd ``platforms.Only`` / ``OnlyStrict`` semantics) -------------------

_ARM64_V8_MINORS = 9  # arm64/v8.1 .. v8.9 are known variants
_ARM64_V9_MINORS = 7  # arm64/v9.1 .. v9.7


def _arm64_vector(os_: str, variant: str) -> list[Platform]:
    """containerd's arm64 vector: the requested variant, older arm64 variants, then 32-bit."""
    arm32 = [Platform(os_, "arm", f"v{n}") for n in (8, 7, 6, 5)]
    base = [Platform(os_, "arm64", "")]
    if variant == "":
        return base + arm32
    m = re.fullmatch(r"v(8|9)(?:\.(\d+))?", variant)
    if not m:
        return []  # containerd quirk: an unknown arm64 variant matches nothing
    major, minor = int(m.group(1)), int(m.group(2) or 0)
    if major == 8:
        if not 1 <= minor <= _ARM64_V8_MINORS:
            return []
        v8 = [Platform(os_, "arm64", f"v8.{n}") for n in range(minor, 0, -1)]
        return v8 + base + arm32
    if minor > _ARM64_V9_MINORS:
        return []
    v9 = [Platform(os_, "arm64", f"v9.{n}") for n in range(minor, 0, -1)]
    v9.append(Platform(os_, "arm64", "v9"))
    top8 = min(5 + minor, _ARM64_V8_MINORS)
    v8 = [Platform(os_, "arm64", f"v8.{n}") for n in range(top8, 0, -1)]
    return v9 + v8 + base + arm32


def only_vector(requested: Platform) -> list[Platform]:
    """The platforms containerd's ``Only(requested)`` accepts, best first (no os.version).

    ``linux/amd64`` -> amd64, 386; ``linux/arm/v7`` -> arm/v7, v6, v5; ``linux/arm64`` ->
    arm64, arm/v8, v7, v6, v5; ``linux/amd64/v3`` -> amd64/v3, v2, amd64, 386.
    """
    req = _normalized(requested)
    os_, arch, variant = req.os, req.architecture, req.variant
    if arch == "amd64":
        out: list[Platform] = []
        m = re.fullmatch(r"v(\d+)", variant)
        if variant and not m:
            return [req]
        level = int(m.group(1)) if m else 1
        out = [Platform(os_, "amd64", f"v{n}") for n in range(level, 1, -1)]
        out += [Platform(os_, "amd64", ""), Platform(os_, "386", "")]
        return out
    if arch == "arm":
        m = re.fullmatch(r"v(\d+)", variant)
        if m and int(m.group(1)) >= 5:
            return [Platform(os_, "arm", f"v{n}") for n in range(int(m.group(1)), 4, -1)]
        return [req]
    if arch == "arm64":
        return _arm64_vector(os_, variant)
    return [req]


def _normalized(p: Platform) -> Platform:
    arch, variant = normalize_arch(p.architecture, p.variant)
    os_ = "darwin" if p.os.lower() == "macos" else p.os.lower()
    return Platform(os_, arch, variant, p.os_version)


def _same(a: Platform, b: Platform) -> bool:
    """Equal after normalization; os.version only matters when both sides name one
    (archlint does not know the Windows host build: any version serves)."""
    if (a.os, a.architecture, a.variant) != (b.os, b.architecture, b.variant):
        return False
    if a.os_version and b.os_version:
        return a.os_version.split(".")[:2] == b.os_version.split(".")[:2]
    return True


def _pick(vector: list[Platform], available: list[Platform]) -> Platform | None:
    """First available platform of the best rank (index order among equal ranks)."""
    cands = [_normalized(a) for a in available]
    for want in vector:
        for orig, cand in zip(available, cands, strict=True):
            if _same(want, cand):
                return orig
    return None


def match_only(requested: Platform, available: list[Platform]) -> Platform | None:
    """What containerd/BuildKit would take for ``requested`` (``Only`` + rank), or None."""
    return _pick(only_vector(requested), available)


def match_strict(requested: Platform, available: list[Platform]) -> Platform | None:
    """An entry equal to ``requested`` after normalization (``OnlyStrict``), or None."""
    return _pick([_normalized(requested)], available)


def match_compatible(requested: Platform, available: list[Platform]) -> Platform | None:
    """Best entry of the same OS and architecture with a variant the request can run
    (arm/v7 takes v6 or v5, amd64/v3 takes v2 or v1). Unlike :func:`match_only` it refuses
    the cross-architecture fallbacks (arm64 -> 32-bit arm, amd64 -> 386): an image built on
    those is not what was asked for."""
    req = _normalized(requested)
    vector = [p for p in only_vector(req) if p.architecture == req.architecture]
    return _pick(vector, available)


def format_platforms(platforms: list[Platform]) -> str:
    """``linux/amd64, linux/arm64`` in the given order, duplicates removed; Windows entries
    show their os.version."""
    seen: list[str] = []
    for p in platforms:
        text = str(p) + (f" ({p.os_version})" if p.os_version else "")
        if text not in seen:
            seen.append(text)
    return ", ".join(seen)

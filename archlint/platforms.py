"""Platform specifiers: parse, normalize and format, with containerd's semantics.

Pure module: no I/O, no configuration. ``Platform.parse("aarch64")`` gives
``linux/arm64``; ``Platform.parse("linux/arm")`` gives ``linux/arm/v7``.
Matching (which image platforms can serve a requested one) lives here too.
"""

from __future__ import annotations

import platform as _stdlib_platform
from dataclasses import dataclass

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


@dataclass(frozen=True, order=True)
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

"""Image references parsed and normalized exactly as docker does.

A port of distribution/reference ``ParseNormalizedNamed`` + ``TagNameOnly`` (the functions
BuildKit applies to every ``FROM``): ``alpine`` is ``docker.io/library/alpine:latest``,
``localhost:5000/app`` names a registry, ``name:tag@sha256:...`` resolves by digest.
Pure module: no I/O.
"""

from __future__ import annotations

import re

from archlint.records import record

DOCKER_HUB = "docker.io"
DOCKER_HUB_API = "registry-1.docker.io"
LEGACY_HUB = "index.docker.io"

_ALNUM = r"[a-z0-9]+"
_SEPARATOR = r"(?:[._]|__|[-]+)"
_PATH_COMPONENT = rf"{_ALNUM}(?:{_SEPARATOR}{_ALNUM})*"
_DOMAIN_COMPONENT = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
_IPV6 = r"\[(?:[a-fA-F0-9:]+)\]"
_HOST = rf"(?:{_DOMAIN_COMPONENT}(?:\.{_DOMAIN_COMPONENT})*|{_IPV6})"
_DOMAIN = rf"{_HOST}(?::[0-9]+)?"
_TAG = r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"
_DIGEST = r"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}"
_REMOTE = rf"{_PATH_COMPONENT}(?:/{_PATH_COMPONENT})*"

_REFERENCE = re.compile(
    rf"^(?P<name>(?:(?P<domain>{_DOMAIN})/)?(?P<path>{_REMOTE}))"
    rf"(?::(?P<tag>{_TAG}))?(?:@(?P<digest>{_DIGEST}))?$"
)
_IDENTIFIER = re.compile(r"^[a-f0-9]{64}$")
_SHA256 = re.compile(r"^sha256:[a-f0-9]{64}$")
NAME_TOTAL_LIMIT = 255


class ReferenceError(ValueError):
    """An image reference docker would refuse; the message says why."""


@record(frozen=True, slots=True)
class ImageRef:
    domain: str  # canonical registry name: docker.io, ghcr.io, localhost:5000
    path: str  # repository path: library/alpine
    tag: str | None  # None when a digest is given (the tag is then only informative)
    digest: str | None  # sha256:...
    written_tag: str | None = None  # tag as written next to a digest (name:tag@digest)

    @property
    def repository(self) -> str:
        """``docker.io/library/alpine``."""
        return f"{self.domain}/{self.path}"

    @property
    def reference(self) -> str:
        """What to ask the registry for: the digest if any, else the tag."""
        return self.digest or self.tag or "latest"

    @property
    def is_docker_hub(self) -> bool:
        return self.domain == DOCKER_HUB

    @property
    def api_host(self) -> str:
        """Host to talk to: docker.io is served by registry-1.docker.io."""
        return DOCKER_HUB_API if self.is_docker_hub else self.domain

    @property
    def official_image(self) -> str | None:
        """``alpine`` for docker.io/library/alpine, else None."""
        if self.is_docker_hub and self.path.startswith("library/") and self.path.count("/") == 1:
            return self.path.split("/", 1)[1]
        return None

    def __str__(self) -> str:
        """Canonical form: ``docker.io/library/alpine:3.20``, ``...@sha256:...``."""
        out = self.repository
        if self.written_tag and self.digest:
            out += f":{self.written_tag}"
        elif self.tag:
            out += f":{self.tag}"
        if self.digest:
            out += f"@{self.digest}"
        return out

    @property
    def key(self) -> str:
        """De-duplication and cache key: repository plus what is fetched."""
        if self.digest:
            return f"{self.repository}@{self.digest}"
        return f"{self.repository}:{self.tag}"

    def familiar(self) -> str:
        """Short form as docker prints it: ``alpine:3.20``, ``bitnami/redis:7``."""
        if self.is_docker_hub:
            name = self.path[len("library/"):] if self.official_image else self.path
        else:
            name = self.repository
        if self.digest:
            return f"{name}@{self.digest}"
        return f"{name}:{self.tag}"


def _split_domain(name: str) -> tuple[str, str]:
    first, sep, rest = name.partition("/")
    if not sep:
        return DOCKER_HUB, f"library/{name}"
    if first == "localhost" or "." in first or ":" in first or first != first.lower():
        domain, remainder = first, rest
    else:
        domain, remainder = DOCKER_HUB, name
    if domain == LEGACY_HUB:
        domain = DOCKER_HUB
    if domain == DOCKER_HUB and "/" not in remainder:
        remainder = f"library/{remainder}"
    return domain, remainder


def parse_reference(text: str) -> ImageRef:
    """Parse a ``FROM`` reference as docker does; raise :class:`ReferenceError` with the reason."""
    s = text.strip()
    if not s:
        raise ReferenceError("empty image reference")
    if _IDENTIFIER.match(s):
        raise ReferenceError(
            f"invalid reference {s!r}: cannot specify 64-byte hexadecimal strings"
        )
    if any(c.isspace() for c in s):
        raise ReferenceError(f"invalid reference {s!r}: contains whitespace")
    # Split off tag/digest before deciding the domain (a port is not a tag).
    name_part = s.split("@", 1)[0]
    last_slash = name_part.rfind("/")
    colon = name_part.rfind(":")
    name = name_part[:colon] if colon > last_slash else name_part
    domain, remainder = _split_domain(name)
    if remainder != remainder.lower():
        raise ReferenceError(
            f"invalid reference {s!r}: repository name ({remainder}) must be lowercase"
        )
    full = f"{domain}/{remainder}{s[len(name):]}"
    m = _REFERENCE.match(full)
    if not m or m.group("domain") != domain:
        raise ReferenceError(f"invalid reference format: {s!r}")
    if len(m.group("name")) > NAME_TOTAL_LIMIT:
        raise ReferenceError(f"invalid reference {s!r}: repository name longer than 255")
    tag, digest = m.group("tag"), m.group("digest")
    if digest:
        if not digest.startswith("sha256:"):
            raise ReferenceError(f"invalid reference {s!r}: unsupported digest algorithm")
        if not _SHA256.match(digest):
            raise ReferenceError(f"invalid reference {s!r}: invalid sha256 digest")
        return ImageRef(domain, m.group("path"), None, digest, written_tag=tag)
    return ImageRef(domain, m.group("path"), tag or "latest", None)


def is_loopback_host(host: str) -> bool:
    """``localhost``, ``127.x``, ``[::1]`` (with or without port): plain HTTP allowed."""
    h = host.lower()
    if h.startswith("["):
        h = h[1:].split("]", 1)[0]
    else:
        h = h.rsplit(":", 1)[0] if h.count(":") == 1 else h
    return h == "localhost" or h.endswith(".localhost") or h.startswith("127.") or h == "::1"

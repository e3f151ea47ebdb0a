"""What the registry fixtures hand to tests (usable without pytest, e.g. by benchmarks)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from registry_support.images import ImageKind, PlatformLike, RegistryPusher, SeededImage
from registry_support.process import RegistryProcess
from registry_support.seed import MISSING_REFS
from registry_support.tokens import TokenIssuer


@dataclass
class SeededRegistry:
    """A running, seeded registry.

    - ``host``: ``"127.0.0.1:PORT"`` (put it in front of a repository: ``ref()`` does).
    - ``url``: ``"http://127.0.0.1:PORT"``.
    - ``seeded``: ``{"library/debian:9.1": SeededImage, ...}`` — every pushed tag with its
      top-level digest, kind, media type and per-platform child manifests.
    - ``missing``: references (``repo:tag``) guaranteed not to exist.
    - ``push_image(...)``: push more (see :meth:`RegistryPusher.push_image`); the result is
      added to ``seeded``. Use a repository name unique to your test.
    - ``auth``: ``(user, password)`` a client must present, or None for the open instance.
    """

    process: RegistryProcess
    pusher: RegistryPusher
    seeded: dict[str, SeededImage] = field(default_factory=dict)
    missing: tuple[str, ...] = MISSING_REFS
    auth: tuple[str, str] | None = None

    @property
    def host(self) -> str:
        return self.process.host

    @property
    def url(self) -> str:
        return self.process.url

    def ref(self, name: str) -> str:
        """``"library/debian:9.1"`` -> ``"127.0.0.1:PORT/library/debian:9.1"``."""
        return f"{self.host}/{name}"

    def image(self, name: str) -> SeededImage:
        return self.seeded[name]

    def push_image(
        self, repository: str, tag: str, platforms: Iterable[PlatformLike],
        *, kind: ImageKind = "oci-index", attestations: bool = False, note: str = "",
        config_platforms: Mapping[str, PlatformLike] | None = None,
    ) -> SeededImage:
        image = self.pusher.push_image(
            repository, tag, platforms, kind=kind, attestations=attestations, note=note,
            config_platforms=config_platforms,
        )
        self.seeded[image.ref] = image
        return image

    def delete_tag_target(self, name: str) -> None:
        """Delete the manifest a seeded tag points to (the tag then answers 404)."""
        image = self.seeded.pop(name)
        self.pusher.delete_manifest(image.repository, image.digest)


@dataclass
class TokenRegistry(SeededRegistry):
    """A registry with ``auth: token``; ``issuer`` is the running :class:`TokenIssuer`
    (``realm``, ``service``, ``requests`` log, ``users``)."""

    issuer: TokenIssuer | None = None

"""Build and push images through the OCI distribution push API (httpx, synchronous).

Everything is pushed the way a real client does it: each blob with ``POST
/v2/<repo>/blobs/uploads/`` then ``PUT <location>?digest=…``; each manifest with ``PUT
/v2/<repo>/manifests/<tag or digest>`` and its exact media type. The bodies are small but
real: a gzipped tar layer, an image config carrying ``os``/``architecture``/``variant``/
``os.version``, image manifests, OCI image indexes and Docker manifest lists, and BuildKit
style attestation manifests (index entries with platform ``unknown/unknown`` and the
``vnd.docker.reference.type`` annotation).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import tarfile
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_CONFIG = "application/vnd.oci.image.config.v1+json"
OCI_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip"
DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"
DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json"
DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar.gzip"
IN_TOTO = "application/vnd.in-toto+json"

ImageKind = Literal["oci-index", "docker-list", "oci-manifest", "docker-manifest"]
PlatformLike = str | Mapping[str, Any]


def sha256_digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def canonical_json(obj: Any) -> bytes:
    """Stable JSON bytes (sorted keys, no spaces): same input, same digest."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Platform:
    """An OCI platform as pushed (``os.version`` only for Windows entries)."""

    os: str
    architecture: str
    variant: str | None = None
    os_version: str | None = None

    @classmethod
    def parse(cls, value: PlatformLike) -> Platform:
        """``"linux/arm/v7"``, ``"windows/amd64"`` or an OCI platform mapping."""
        if isinstance(value, Platform):
            return value
        if isinstance(value, Mapping):
            return cls(
                os=value["os"], architecture=value["architecture"],
                variant=value.get("variant") or None,
                os_version=value.get("os.version") or value.get("os_version") or None,
            )
        parts = value.split("/")
        if len(parts) not in (2, 3):
            raise ValueError(f"platform must be os/arch[/variant]: {value!r}")
        return cls(parts[0], parts[1], parts[2] if len(parts) == 3 else None)

    def as_oci(self) -> dict[str, str]:
        out = {"architecture": self.architecture, "os": self.os}
        if self.variant:
            out["variant"] = self.variant
        if self.os_version:
            out["os.version"] = self.os_version
        return out

    def __str__(self) -> str:
        text = f"{self.os}/{self.architecture}"
        return f"{text}/{self.variant}" if self.variant else text


@dataclass(frozen=True)
class SeededManifest:
    """One pushed image manifest (a child of an index, or a tag's single manifest)."""

    platform: Platform  # what the index entry says (or the config, for a single manifest)
    digest: str
    media_type: str
    size: int
    config_digest: str
    config_platform: Platform  # what the config blob says (differs only for the liar fixture)


@dataclass
class SeededImage:
    """What a tag points to, as pushed. ``ref`` is ``repository:tag``."""

    repository: str
    tag: str
    digest: str  # digest of the tag's top-level manifest (index, list or image manifest)
    media_type: str
    kind: ImageKind
    manifests: list[SeededManifest] = field(default_factory=list)
    attestation_digests: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def ref(self) -> str:
        return f"{self.repository}:{self.tag}"

    @property
    def is_index(self) -> bool:
        return self.kind in ("oci-index", "docker-list")

    @property
    def platforms(self) -> list[str]:
        """``os/arch[/variant]`` of every image entry (attestations excluded), in push order."""
        return [str(m.platform) for m in self.manifests]

    @property
    def os_versions(self) -> list[str]:
        return [m.platform.os_version for m in self.manifests if m.platform.os_version]

    def manifest_for(self, platform: str) -> SeededManifest:
        for m in self.manifests:
            if str(m.platform) == platform:
                return m
        raise KeyError(f"{self.ref} has no {platform} entry (has {self.platforms})")


def _tiny_layer(label: str) -> tuple[bytes, str]:
    """A real gzipped tar with one file; returns (compressed bytes, diff_id)."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        payload = f"{label}\n".encode()
        info = tarfile.TarInfo("etc/archlint-fixture")
        info.size, info.mtime, info.mode = len(payload), 0, 0o644
        tar.addfile(info, io.BytesIO(payload))
    uncompressed = raw.getvalue()
    return gzip.compress(uncompressed, mtime=0), sha256_digest(uncompressed)


class PushError(RuntimeError):
    pass


class RegistryPusher:
    """Pushes blobs, manifests and whole images to one registry.

    ``auth`` is anything httpx accepts (``("user", "pass")`` for Basic) or a callable
    returning headers; for token registries pass ``token_auth`` (see ``tokens.py``).
    Thread-safe: each thread gets its own ``httpx.Client``.
    """

    def __init__(self, base_url: str, auth: httpx.Auth | tuple[str, str] | None = None,
                 timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.timeout = timeout
        self._local = threading.local()
        self._clients: list[httpx.Client] = []
        self._lock = threading.Lock()
        self._known_blobs: set[tuple[str, str]] = set()
        self._blob_locks: dict[tuple[str, str], threading.Lock] = {}

    @property
    def client(self) -> httpx.Client:
        client = getattr(self._local, "client", None)
        if client is None:
            client = httpx.Client(base_url=self.base_url, auth=self.auth, timeout=self.timeout)
            self._local.client = client
            with self._lock:
                self._clients.append(client)
        return client

    def close(self) -> None:
        with self._lock:
            clients, self._clients = self._clients, []
        for client in clients:
            client.close()

    # -- primitives -------------------------------------------------------------------

    def push_blob(self, repository: str, data: bytes, media_type: str) -> dict[str, Any]:
        """Upload one blob (POST + PUT); returns its descriptor."""
        digest = sha256_digest(data)
        descriptor = {"mediaType": media_type, "digest": digest, "size": len(data)}
        with self._lock:
            blob_lock = self._blob_locks.setdefault((repository, digest), threading.Lock())
        # One upload per blob: the registry's commit of a duplicate upload can briefly hide
        # the blob from a concurrent manifest PUT (seen with distribution 2.8).
        with blob_lock:
            if (repository, digest) not in self._known_blobs:
                self._upload_blob(repository, digest, data)
                self._known_blobs.add((repository, digest))
        return descriptor

    def _upload_blob(self, repository: str, digest: str, data: bytes) -> None:
        start = self.client.post(f"/v2/{repository}/blobs/uploads/")
        if start.status_code != 202:
            raise PushError(f"blob upload start {repository}: {start.status_code} {start.text}")
        location = start.headers["location"]
        # Keep the registry's own query (_state) and add the digest to it.
        separator = "&" if "?" in location else "?"
        done = self.client.put(
            f"{location}{separator}digest={digest}", content=data,
            headers={"Content-Type": "application/octet-stream"},
        )
        if done.status_code != 201:
            raise PushError(f"blob upload {repository} {digest}: {done.status_code} {done.text}")

    def push_manifest(self, repository: str, reference: str, body: bytes, media_type: str) -> str:
        """PUT a manifest under a tag or digest; returns the digest the registry reports."""
        resp = self.client.put(
            f"/v2/{repository}/manifests/{reference}", content=body,
            headers={"Content-Type": media_type},
        )
        if resp.status_code != 201:
            raise PushError(f"manifest {repository}:{reference}: {resp.status_code} {resp.text}")
        digest = resp.headers.get("docker-content-digest", sha256_digest(body))
        if digest != sha256_digest(body):
            raise PushError(f"registry digest {digest} != body digest for {repository}")
        return digest

    def delete_manifest(self, repository: str, digest: str) -> None:
        resp = self.client.delete(f"/v2/{repository}/manifests/{digest}")
        if resp.status_code != 202:
            raise PushError(f"delete {repository}@{digest}: {resp.status_code} {resp.text}")

    def push_index(self, repository: str, tag: str, entries: list[dict[str, Any]],
                   media_type: str = OCI_INDEX) -> str:
        """PUT an index made of the given descriptors as they are (no ``platform`` added)."""
        body = canonical_json({"schemaVersion": 2, "mediaType": media_type,
                               "manifests": entries})
        return self.push_manifest(repository, tag, body, media_type)

    # -- images -----------------------------------------------------------------------

    def push_platform_manifest(
        self, repository: str, platform: Platform, *, docker: bool, label: str,
        config_platform: Platform | None = None, reference: str | None = None,
    ) -> SeededManifest:
        """Push config + one layer + an image manifest (by digest unless ``reference``)."""
        config_platform = config_platform or platform
        # One layer per repository and platform (tags of a repository share it, as real
        # tags share base layers); the config is unique per tag and platform.
        layer, diff_id = _tiny_layer(f"{repository} {platform}")
        config = {
            "created": "2026-08-21T00:00:00Z",
            **config_platform.as_oci(),
            "config": {"Env": ["PATH=/usr/local/bin:/usr/bin:/bin"], "Cmd": ["sh"]},
            "rootfs": {"type": "layers", "diff_ids": [diff_id]},
            "history": [{"created": "2026-08-21T00:00:00Z", "created_by": f"fixture {label}"}],
        }
        config_desc = self.push_blob(repository, canonical_json(config),
                                     DOCKER_CONFIG if docker else OCI_CONFIG)
        layer_desc = self.push_blob(repository, layer, DOCKER_LAYER if docker else OCI_LAYER)
        media_type = DOCKER_MANIFEST if docker else OCI_MANIFEST
        manifest = {"schemaVersion": 2, "mediaType": media_type,
                    "config": config_desc, "layers": [layer_desc]}
        body = canonical_json(manifest)
        digest = self.push_manifest(repository, reference or sha256_digest(body), body,
                                    media_type)
        return SeededManifest(platform, digest, media_type, len(body), config_desc["digest"],
                              config_platform)

    def push_attestation(self, repository: str, subject: SeededManifest) -> dict[str, Any]:
        """A BuildKit-style attestation manifest for ``subject``; returns its index entry."""
        config_desc = self.push_blob(repository, b"{}", OCI_CONFIG)
        statement = canonical_json({
            "_type": "https://in-toto.io/Statement/v0.1",
            "predicateType": "https://spdx.dev/Document",
            "subject": [{"name": "fixture", "digest": {"sha256": subject.digest[7:]}}],
            "predicate": {},
        })
        layer_desc = self.push_blob(repository, statement, IN_TOTO)
        layer_desc["annotations"] = {"in-toto.io/predicate-type": "https://spdx.dev/Document"}
        body = canonical_json({"schemaVersion": 2, "mediaType": OCI_MANIFEST,
                               "config": config_desc, "layers": [layer_desc]})
        digest = self.push_manifest(repository, sha256_digest(body), body, OCI_MANIFEST)
        return {
            "mediaType": OCI_MANIFEST, "digest": digest, "size": len(body),
            "platform": {"architecture": "unknown", "os": "unknown"},
            "annotations": {"vnd.docker.reference.digest": subject.digest,
                            "vnd.docker.reference.type": "attestation-manifest"},
        }

    def push_image(
        self, repository: str, tag: str, platforms: Iterable[PlatformLike],
        *, kind: ImageKind = "oci-index", attestations: bool = False, note: str = "",
        config_platforms: Mapping[str, PlatformLike] | None = None,
    ) -> SeededImage:
        """Push a whole tag.

        ``kind``: ``oci-index`` / ``docker-list`` (one child per platform) or
        ``oci-manifest`` / ``docker-manifest`` (exactly one platform, no index).
        ``attestations`` adds an ``unknown/unknown`` attestation entry per Linux child
        (OCI indexes only). ``config_platforms`` maps an index platform string to the platform its
        config blob claims instead (an index that lies, for ``archlint verify``).
        """
        wanted = [Platform.parse(p) for p in platforms]
        docker = kind.startswith("docker")
        overrides = {k: Platform.parse(v) for k, v in (config_platforms or {}).items()}
        if kind in ("oci-manifest", "docker-manifest"):
            if len(wanted) != 1 or attestations:
                raise ValueError("a single manifest has exactly one platform, no attestations")
            child = self.push_platform_manifest(
                repository, wanted[0], docker=docker, label=tag,
                config_platform=overrides.get(str(wanted[0])), reference=tag)
            return SeededImage(repository, tag, child.digest, child.media_type, kind, [child],
                               note=note)
        children = [
            self.push_platform_manifest(repository, p, docker=docker, label=f"{tag}#{i}",
                                        config_platform=overrides.get(str(p)))
            for i, p in enumerate(wanted)
        ]
        entries: list[dict[str, Any]] = [
            {"mediaType": c.media_type, "digest": c.digest, "size": c.size,
             "platform": c.platform.as_oci()}
            for c in children
        ]
        attestation_digests: list[str] = []
        if attestations:
            if docker:
                raise ValueError("attestation entries are an OCI index feature")
            for child in children:
                if child.platform.os == "windows":
                    continue  # BuildKit attests Linux images only
                entry = self.push_attestation(repository, child)
                entries.append(entry)
                attestation_digests.append(entry["digest"])
        media_type = DOCKER_LIST if docker else OCI_INDEX
        index = {"schemaVersion": 2, "mediaType": media_type, "manifests": entries}
        body = canonical_json(index)
        digest = self.push_manifest(repository, tag, body, media_type)
        return SeededImage(repository, tag, digest, media_type, kind, children,
                           attestation_digests, note)

"""Manifest, index and image-config documents: media types, decoding, digests, platforms.

Pure module (no I/O): the client hands it verified bytes. Attestation entries
(``unknown/unknown``, ``vnd.docker.reference.type``) are dropped; schema 1 is recognised
so it can be reported instead of mistaken for a missing tag.
"""

from __future__ import annotations

import json
from dataclasses import field
from typing import Any

from archlint.platforms import Platform, normalize_arch
from archlint.records import record

OCI_INDEX = "application/vnd.oci.image.index.v1+json"
DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
SCHEMA1_SIGNED = "application/vnd.docker.distribution.manifest.v1+prettyjws"
SCHEMA1 = "application/vnd.docker.distribution.manifest.v1+json"
OCI_CONFIG = "application/vnd.oci.image.config.v1+json"
DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json"

INDEX_TYPES = frozenset({OCI_INDEX, DOCKER_LIST})
MANIFEST_TYPES = frozenset({OCI_MANIFEST, DOCKER_MANIFEST})
SCHEMA1_TYPES = frozenset({SCHEMA1, SCHEMA1_SIGNED})
CONFIG_TYPES = frozenset({OCI_CONFIG, DOCKER_CONFIG})
ACCEPT = ", ".join([OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST, SCHEMA1_SIGNED, SCHEMA1])

MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_CONFIG_BYTES = 8 * 1024 * 1024


class ManifestError(ValueError):
    """An answer that is not a usable manifest; the message is one line for AL103."""


def sha256_digest(body: bytes) -> str:
    import hashlib  # not on the start path (4 ms)

    return "sha256:" + hashlib.sha256(body).hexdigest()


@record(slots=True)
class Entry:
    """One runnable image of an index (or the single image of a manifest)."""

    platform: Platform | None  # None: index entry without platform (needs its config)
    digest: str
    media_type: str


@record(slots=True)
class Document:
    kind: str  # "index" | "manifest"
    media_type: str
    digest: str
    entries: list[Entry] = field(default_factory=list)  # index: image entries in order
    children: list[str] = field(default_factory=list)  # index: nested index digests
    config_digest: str | None = None  # manifest: the config blob
    config_media_type: str = ""


def platform_from_json(data: dict[str, Any]) -> Platform | None:
    os_ = str(data.get("os") or "").lower()
    arch = str(data.get("architecture") or "").lower()
    if not os_ or not arch or os_ == "unknown" or arch == "unknown":
        return None
    arch, variant = normalize_arch(arch, str(data.get("variant") or ""))
    return Platform(os_, arch, variant, str(data.get("os.version") or ""))


def _media_type(header: str) -> str:
    return header.split(";", 1)[0].strip().lower()


def is_attestation(desc: dict[str, Any]) -> bool:
    plat = desc.get("platform") or {}
    ann = desc.get("annotations") or {}
    return (
        plat.get("os") == "unknown"
        or plat.get("architecture") == "unknown"
        or "vnd.docker.reference.type" in ann
    )


def decode(body: bytes, content_type: str, digest: str) -> Document:
    """Decode a verified manifest body. Raises :class:`ManifestError` with a one-line reason."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ManifestError("invalid answer: manifest is not JSON") from None
    if not isinstance(data, dict):
        raise ManifestError("invalid answer: manifest is not a JSON object")
    mt = _media_type(content_type or "")
    body_mt = data.get("mediaType")
    if data.get("schemaVersion") == 1 or mt in SCHEMA1_TYPES:
        raise ManifestError(
            "legacy Docker schema 1 manifest: current Docker and BuildKit can no longer pull it"
        )
    if isinstance(body_mt, str) and body_mt and mt and body_mt != mt and mt not in (
        "application/json", "application/octet-stream", "text/plain"
    ):
        raise ManifestError(f"invalid answer: Content-Type {mt} but the body says {body_mt}")
    if isinstance(body_mt, str) and body_mt:
        mt = body_mt
    if mt not in INDEX_TYPES | MANIFEST_TYPES:
        has_manifests, has_config = "manifests" in data, "config" in data or "layers" in data
        if has_manifests and not has_config:
            mt = OCI_INDEX
        elif has_config and not has_manifests:
            mt = OCI_MANIFEST
        else:
            raise ManifestError(f"invalid answer: unsupported manifest type {mt or 'unknown'}")
    if mt in INDEX_TYPES:
        doc = Document("index", mt, digest)
        manifests = data.get("manifests")
        if not isinstance(manifests, list):
            raise ManifestError("invalid answer: index without a manifests list")
        for desc in manifests:
            if not isinstance(desc, dict) or not isinstance(desc.get("digest"), str):
                continue
            if is_attestation(desc):
                continue
            dmt = str(desc.get("mediaType") or "")
            if dmt in INDEX_TYPES:
                doc.children.append(desc["digest"])
                continue
            if dmt and dmt not in MANIFEST_TYPES:
                continue  # unknown media types are skipped, never an error
            plat = desc.get("platform")
            doc.entries.append(
                Entry(platform_from_json(plat) if isinstance(plat, dict) else None,
                      desc["digest"], dmt or OCI_MANIFEST)
            )
        return doc
    config = data.get("config")
    if not isinstance(config, dict) or not isinstance(config.get("digest"), str):
        raise ManifestError("invalid answer: image manifest without a config descriptor")
    cmt = str(config.get("mediaType") or "")
    return Document("manifest", mt, digest, config_digest=config["digest"], config_media_type=cmt)


def config_platform(body: bytes) -> Platform:
    """The platform an image config declares (``os``, ``architecture``, ``variant``)."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ManifestError("invalid answer: image config is not JSON") from None
    plat = platform_from_json(data) if isinstance(data, dict) else None
    if plat is None:
        raise ManifestError("invalid answer: image config names no os/architecture")
    return plat

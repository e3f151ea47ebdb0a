"""What the test registry is seeded with, and the function that seeds it.

``OFFICIAL_TAGS`` is a selection of real Docker official-image tags with the architectures
the official-images library files declare for them, copied from
``/work/shared/data/official-images-platforms.json`` (snapshot commit 37079fb3, 2026-08-21)
and, for tags no longer maintained, ``official-images-history.json`` (``last_seen`` kept).
``test_registry_server_seed.py`` re-checks this table against those files when they exist,
so it can be embedded here and the tests still run without ``/work/shared``.

Shapes mirror what Docker Hub serves: tags still built after mid-2023 are OCI image
indexes with one BuildKit attestation entry (``unknown/unknown``) per Linux image; older
tags are Docker manifest lists of schema 2 manifests without attestations. Windows images
get one entry per Windows Server base (``os.version`` 10.0.20348.* = ltsc2022,
10.0.26100.* = ltsc2025, 10.0.17763.* = ltsc2019 for old tags).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from registry_support.images import (
    OCI_INDEX,
    ImageKind,
    Platform,
    PlatformLike,
    RegistryPusher,
    SeededImage,
)

ARCH_TO_PLATFORM = {  # official-images-platforms.json "arch_to_platform"
    "amd64": "linux/amd64",
    "arm32v5": "linux/arm/v5",
    "arm32v6": "linux/arm/v6",
    "arm32v7": "linux/arm/v7",
    "arm64v8": "linux/arm64/v8",
    "i386": "linux/386",
    "mips64le": "linux/mips64le",
    "ppc64le": "linux/ppc64le",
    "riscv64": "linux/riscv64",
    "s390x": "linux/s390x",
    "windows-amd64": "windows/amd64",
}

WINDOWS_OS_VERSION = {
    "ltsc2019": "10.0.17763.7558",
    "ltsc2022": "10.0.20348.4052",
    "ltsc2025": "10.0.26100.4946",
}

# (image, tag) -> (architectures, windows bases or None, last_seen or None for current tags)
OFFICIAL_TAGS: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...] | None, str | None]] = {
    ("alpine", "latest"): (("amd64", "arm32v6", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x"), None, None),  # noqa: E501
    ("alpine", "3.22"): (("amd64", "arm32v6", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x"), None, None),  # noqa: E501
    ("debian", "bookworm"): (("amd64", "arm32v7", "arm64v8", "i386", "ppc64le"), None, None),
    ("debian", "bookworm-slim"): (("amd64", "arm32v7", "arm64v8", "i386", "ppc64le"), None, None),
    ("ubuntu", "22.04"): (("amd64", "arm32v7", "arm64v8", "ppc64le", "riscv64", "s390x"), None, None),  # noqa: E501
    ("ubuntu", "24.04"): (("amd64", "arm32v7", "arm64v8", "ppc64le", "riscv64", "s390x"), None, None),  # noqa: E501
    ("python", "3.12-slim"): (("amd64", "arm32v5", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x"), None, None),  # noqa: E501
    ("python", "3.14"): (("amd64", "arm32v5", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x", "windows-amd64"), ("windowsservercore-ltsc2022", "windowsservercore-ltsc2025"), None),  # noqa: E501
    ("golang", "latest"): (("amd64", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x", "windows-amd64"), ("windowsservercore-ltsc2022", "windowsservercore-ltsc2025"), None),  # noqa: E501
    ("golang", "windowsservercore"): (("windows-amd64",), ("windowsservercore-ltsc2022", "windowsservercore-ltsc2025"), None),  # noqa: E501
    ("node", "lts"): (("amd64", "arm64v8", "ppc64le"), None, None),
    ("mysql", "latest"): (("amd64", "arm64v8"), None, None),
    ("mysql", "8.0"): (("amd64", "arm64v8"), None, "2026-04-22"),
    ("postgres", "17"): (("amd64", "arm32v5", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x"), None, None),  # noqa: E501
    ("nginx", "latest"): (("amd64", "arm32v5", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x"), None, None),  # noqa: E501
    ("redis", "latest"): (("amd64", "arm32v5", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x"), None, None),  # noqa: E501
    ("busybox", "latest"): (("amd64", "arm32v5", "arm32v6", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x"), None, None),  # noqa: E501
    ("eclipse-temurin", "17-jdk-alpine"): (("amd64",), None, None),
    ("eclipse-temurin", "21-jdk"): (("amd64", "arm64v8", "ppc64le", "s390x", "windows-amd64"), ("windowsservercore-ltsc2022", "windowsservercore-ltsc2025"), None),  # noqa: E501
    ("eclipse-temurin", "8-alpine"): (("amd64",), None, None),
    ("archlinux", "latest"): (("amd64",), None, None),
    ("percona", "8.0"): (("amd64",), None, None),
    ("mongo", "8.0-nanoserver"): (("windows-amd64",), ("nanoserver-ltsc2022", "windowsservercore-ltsc2022"), None),  # noqa: E501
    ("hello-world", "latest"): (("amd64", "arm32v5", "arm32v6", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x", "windows-amd64"), ("nanoserver-ltsc2022", "nanoserver-ltsc2025"), None),  # noqa: E501
    ("rust", "latest"): (("amd64", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x"), None, None),  # noqa: E501
    ("ibmjava", "8"): (("amd64", "ppc64le", "s390x"), None, None),
    ("websphere-liberty", "latest"): (("amd64", "ppc64le", "s390x"), None, None),
    ("influxdb", "1.13-data"): (("amd64",), None, None),
    ("chronograf", "alpine"): (("amd64",), None, None),
    ("gradle", "jdk17-alpine"): (("amd64",), None, None),
    ("maven", "3-eclipse-temurin-17-alpine"): (("amd64",), None, None),
    ("php", "apache"): (("amd64", "arm32v5", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x"), None, None),  # noqa: E501
    # history (tags no longer listed; frozen on Docker Hub at their last build)
    ("debian", "9.1"): (("amd64", "arm32v5", "arm32v7", "arm64v8", "i386", "ppc64le", "s390x"), None, "2017-09-07"),  # noqa: E501
    ("mysql", "5.7"): (("amd64",), None, "2023-12-15"),
    ("mysql", "5.6"): (("amd64",), None, "2021-10-18"),
    ("debian", "jessie"): (("amd64", "arm32v5", "arm32v7", "i386"), None, "2021-03-25"),
    ("openjdk", "17-jdk-alpine"): (("amd64",), None, "2021-08-05"),
    ("openjdk", "8"): (("amd64", "arm64v8", "windows-amd64"), None, "2022-08-04"),
    ("centos", "7"): (("amd64", "arm32v7", "arm64v8", "i386", "ppc64le"), None, "2022-02-08"),
    ("centos", "6"): (("amd64", "i386"), None, "2021-09-15"),
    ("node", "14"): (("amd64", "arm32v7", "arm64v8"), None, "2023-04-19"),
    ("python", "2.7"): (("amd64", "arm32v5", "arm32v7", "arm64v8", "i386", "mips64le", "ppc64le", "s390x", "windows-amd64"), None, "2020-04-20"),  # noqa: E501
    ("golang", "1.22"): (("amd64", "arm32v7", "arm64v8", "i386", "mips64le", "ppc64le", "s390x", "windows-amd64"), None, "2025-02-05"),  # noqa: E501
    ("alpine", "3.3"): (("amd64",), None, "2019-01-30"),
    ("java", "8"): (("amd64",), None, "2016-12-19"),
    ("ubuntu", "18.04"): (("amd64", "arm32v7", "arm64v8", "i386", "ppc64le", "s390x"), None, "2023-06-01"),  # noqa: E501
    ("node", "20"): (("amd64", "arm32v7", "arm64v8", "ppc64le", "s390x"), None, "2026-04-16"),
    ("alpine", "3.20"): (("amd64", "arm32v6", "arm32v7", "arm64v8", "i386", "ppc64le", "riscv64", "s390x"), None, "2026-04-16"),  # noqa: E501
}

OCI_SINCE = "2023-06-01"  # Docker Hub official images carry attestations from about then


@dataclass
class ImagePlan:
    """One tag to push: arguments for :meth:`RegistryPusher.push_image`."""

    repository: str
    tag: str
    platforms: list[PlatformLike]
    kind: ImageKind = "oci-index"
    attestations: bool = False
    note: str = ""
    config_platforms: Mapping[str, PlatformLike] = field(default_factory=dict)

    @property
    def ref(self) -> str:
        return f"{self.repository}:{self.tag}"


def windows_entries(bases: Iterable[str] | None) -> list[dict[str, Any]]:
    """One ``windows/amd64`` entry per Windows Server release of the bases (default 2019)."""
    releases = sorted({b.rsplit("-", 1)[-1] for b in bases or ()}) or ["ltsc2019"]
    return [{"os": "windows", "architecture": "amd64", "os.version": WINDOWS_OS_VERSION[r]}
            for r in releases]


def official_plan(image: str, tag: str) -> ImagePlan:
    arches, bases, last_seen = OFFICIAL_TAGS[(image, tag)]
    platforms: list[PlatformLike] = []
    for arch in arches:
        if arch == "windows-amd64":
            platforms.extend(windows_entries(bases))
        else:
            platforms.append(ARCH_TO_PLATFORM[arch])
    modern = last_seen is None or last_seen >= OCI_SINCE
    source = "current" if last_seen is None else f"history, last seen {last_seen}"
    return ImagePlan(
        f"library/{image}", tag, platforms,
        kind="oci-index" if modern else "docker-list", attestations=modern,
        note=f"official image ({source})",
    )


def extra_plans() -> list[ImagePlan]:
    """Synthetic cases the official data does not cover."""
    t = "archlint-test"
    return [
        ImagePlan(f"{t}/single-oci", "1.0", ["linux/amd64"], kind="oci-manifest",
                  note="single OCI image manifest, amd64"),
        ImagePlan(f"{t}/single-docker", "1.0", ["linux/arm64/v8"], kind="docker-manifest",
                  note="single Docker schema 2 manifest, arm64/v8"),
        ImagePlan(f"{t}/single-docker", "amd64", ["linux/amd64"], kind="docker-manifest",
                  note="single Docker schema 2 manifest, amd64"),
        ImagePlan(f"{t}/armv6-only", "latest", ["linux/arm/v6"], note="index with arm/v6 only"),
        ImagePlan(f"{t}/armv5-armv7", "latest", ["linux/arm/v5", "linux/arm/v7"],
                  note="32-bit arm only (an arm64 build would fall back to it)"),
        ImagePlan(f"{t}/i386-only", "latest", ["linux/386"],
                  note="386 only (an amd64 build would fall back to it)"),
        ImagePlan(f"{t}/arm64-novariant", "latest", ["linux/amd64", "linux/arm64"],
                  kind="docker-list", note="arm64 entry without variant"),
        ImagePlan(f"{t}/amd64-v3", "latest", ["linux/amd64/v3", "linux/arm64/v8"],
                  note="amd64 entry with variant v3"),
        ImagePlan(f"{t}/windows-only", "ltsc2022", [windows_entries(["ltsc2022"])[0]],
                  note="Windows-only index, one os.version"),
        ImagePlan(f"{t}/attested", "latest", ["linux/amd64", "linux/arm64/v8"],
                  attestations=True, note="OCI index with attestation entries"),
        ImagePlan("private/app", "1.0", ["linux/amd64", "linux/arm64/v8"],
                  note="needs credentials on the auth instances (token: no anonymous pull)"),
        ImagePlan(f"{t}/lying-index", "latest", ["linux/amd64", "linux/arm64/v8"],
                  config_platforms={"linux/arm64/v8": "linux/amd64"},
                  note="index says arm64/v8 but that child's config says amd64"),
    ]


def default_plan() -> list[ImagePlan]:
    plans = [official_plan(image, tag) for image, tag in OFFICIAL_TAGS]
    return plans + extra_plans()


# References that must not resolve: a tag missing in an existing repository, and a
# repository that does not exist at all.
MISSING_REFS = (
    "library/debian:does-not-exist",
    "library/mysql:4.0",
    "archlint-test/no-such-repo:latest",
)


def seed_irregular(pusher: RegistryPusher) -> list[SeededImage]:
    """Index shapes push_image does not make: entries without ``platform`` (a client must
    read the child's config to know it) and an index whose entry is another index."""
    repo = "archlint-test/no-platform-entry"
    children = [pusher.push_platform_manifest(repo, Platform.parse(p), docker=False, label=p)
                for p in ("linux/amd64", "linux/arm64/v8")]
    entries = [{"mediaType": c.media_type, "digest": c.digest, "size": c.size}
               for c in children]
    digest = pusher.push_index(repo, "latest", entries)
    no_platform = SeededImage(repo, "latest", digest, OCI_INDEX, "oci-index", children,
                              note="index entries without platform (read the configs)")
    repo = "archlint-test/nested-index"
    inner = pusher.push_image(repo, "inner", ["linux/arm64/v8", "linux/riscv64"])
    inner_size = len(pusher.client.get(f"/v2/{repo}/manifests/{inner.digest}",
                                       headers={"Accept": OCI_INDEX}).content)
    outer_child = pusher.push_platform_manifest(repo, Platform.parse("linux/amd64"),
                                                docker=False, label="outer")
    entries = [
        {"mediaType": outer_child.media_type, "digest": outer_child.digest,
         "size": outer_child.size, "platform": outer_child.platform.as_oci()},
        {"mediaType": OCI_INDEX, "digest": inner.digest, "size": inner_size},
    ]
    digest = pusher.push_index(repo, "latest", entries)
    nested = SeededImage(repo, "latest", digest, OCI_INDEX, "oci-index",
                         [outer_child, *inner.manifests],
                         note="amd64 entry + a nested index (arm64/v8, riscv64); "
                              "manifests lists the leaves")
    return [no_platform, inner, nested]


def seed(pusher: RegistryPusher, plans: Iterable[ImagePlan], workers: int = 6,
         *, irregular: bool = True) -> dict[str, SeededImage]:
    """Push every plan concurrently (plus :func:`seed_irregular` unless disabled); returns
    ``{"repo:tag": SeededImage}`` in plan order."""
    plans = list(plans)

    def push(plan: ImagePlan) -> SeededImage:
        return pusher.push_image(
            plan.repository, plan.tag, plan.platforms, kind=plan.kind,
            attestations=plan.attestations, note=plan.note,
            config_platforms=plan.config_platforms,
        )

    with ThreadPoolExecutor(max_workers=workers) as pool:
        images = list(pool.map(push, plans))
    if irregular:
        images.extend(seed_irregular(pusher))
    return {image.ref: image for image in images}


def timed_seed(pusher: RegistryPusher, plans: Iterable[ImagePlan], workers: int = 6,
               ) -> tuple[dict[str, SeededImage], float]:
    start = time.perf_counter()
    seeded = seed(pusher, plans, workers)
    return seeded, time.perf_counter() - start

"""The seeded registry fixture serves what it says it serves (checked over plain HTTP)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from registry_support.handles import SeededRegistry
from registry_support.images import (
    DOCKER_LIST,
    DOCKER_MANIFEST,
    OCI_INDEX,
    OCI_MANIFEST,
    sha256_digest,
)
from registry_support.seed import ARCH_TO_PLATFORM, OFFICIAL_TAGS

pytestmark = pytest.mark.registry

ACCEPT = ", ".join([OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST])
SHARED_DATA = Path("/work/shared/data")
IRREGULAR = ("archlint-test/no-platform-entry", "archlint-test/nested-index")


_CLIENT = httpx.Client(timeout=10)  # one client: connection reuse, one SSL context


def get_manifest(registry: SeededRegistry, repository: str, reference: str) -> httpx.Response:
    return _CLIENT.get(f"{registry.url}/v2/{repository}/manifests/{reference}",
                       headers={"Accept": ACCEPT})


def test_debian_9_1_is_the_seed_article_manifest_list(registry: SeededRegistry) -> None:
    image = registry.image("library/debian:9.1")
    resp = get_manifest(registry, "library/debian", "9.1")
    assert resp.status_code == 200
    assert resp.headers["content-type"] == DOCKER_LIST
    assert resp.headers["docker-content-digest"] == image.digest == sha256_digest(resp.content)
    platforms = [
        "/".join(filter(None, (m["platform"]["os"], m["platform"]["architecture"],
                               m["platform"].get("variant"))))
        for m in resp.json()["manifests"]
    ]
    assert platforms == ["linux/amd64", "linux/arm/v5", "linux/arm/v7", "linux/arm64/v8",
                         "linux/386", "linux/ppc64le", "linux/s390x"]


def test_every_seeded_tag_serves_its_recorded_digest_and_platforms(
        registry: SeededRegistry) -> None:
    assert len(registry.seeded) >= 50
    for ref, image in list(registry.seeded.items()):
        resp = get_manifest(registry, image.repository, image.tag)
        assert resp.status_code == 200, ref
        assert resp.headers["docker-content-digest"] == image.digest, ref
        assert resp.headers["content-type"] == image.media_type, ref
        body = resp.json()
        if image.repository in IRREGULAR:
            continue  # their own test below
        if image.is_index:
            entries = [m for m in body["manifests"]
                       if m["platform"]["os"] != "unknown"]
            assert [m["digest"] for m in entries] == [m.digest for m in image.manifests], ref
            attest = [m for m in body["manifests"] if m["platform"]["os"] == "unknown"]
            assert [m["digest"] for m in attest] == image.attestation_digests, ref
        else:
            assert body["config"]["digest"] == image.manifests[0].config_digest, ref


def test_attestation_entries_look_like_buildkit(registry: SeededRegistry) -> None:
    image = registry.image("archlint-test/attested:latest")
    body = get_manifest(registry, image.repository, image.tag).json()
    attest = [m for m in body["manifests"] if m["platform"] == {"architecture": "unknown",
                                                                 "os": "unknown"}]
    assert len(attest) == 2
    subjects = {m["annotations"]["vnd.docker.reference.digest"] for m in attest}
    assert subjects == {m.digest for m in image.manifests}
    assert {m["annotations"]["vnd.docker.reference.type"] for m in attest} == {
        "attestation-manifest"}


def test_windows_entries_carry_os_version(registry: SeededRegistry) -> None:
    image = registry.image("library/python:3.14")
    body = get_manifest(registry, image.repository, image.tag).json()
    windows = [m["platform"] for m in body["manifests"] if m["platform"]["os"] == "windows"]
    assert [p["os.version"] for p in windows] == ["10.0.20348.4052", "10.0.26100.4946"]
    assert image.os_versions == ["10.0.20348.4052", "10.0.26100.4946"]


def test_single_manifests_and_their_config_blobs(registry: SeededRegistry) -> None:
    for ref, media_type, arch in [("archlint-test/single-oci:1.0", OCI_MANIFEST, "amd64"),
                                  ("archlint-test/single-docker:1.0", DOCKER_MANIFEST, "arm64")]:
        image = registry.image(ref)
        assert image.media_type == media_type and not image.is_index
        blob = _CLIENT.get(f"{registry.url}/v2/{image.repository}/blobs/"
                          f"{image.manifests[0].config_digest}")
        assert blob.status_code == 200
        assert sha256_digest(blob.content) == image.manifests[0].config_digest
        assert json.loads(blob.content)["architecture"] == arch


def test_lying_index_child_config_disagrees(registry: SeededRegistry) -> None:
    image = registry.image("archlint-test/lying-index:latest")
    child = image.manifest_for("linux/arm64/v8")
    assert str(child.config_platform) == "linux/amd64"
    blob = _CLIENT.get(f"{registry.url}/v2/{image.repository}/blobs/{child.config_digest}")
    assert blob.json()["architecture"] == "amd64"


def test_index_without_platforms_and_nested_index(registry: SeededRegistry) -> None:
    no_platform = get_manifest(registry, "archlint-test/no-platform-entry", "latest").json()
    assert all("platform" not in m for m in no_platform["manifests"])
    image = registry.image("archlint-test/no-platform-entry:latest")
    for entry, child in zip(no_platform["manifests"], image.manifests, strict=True):
        assert entry["digest"] == child.digest
        config = _CLIENT.get(f"{registry.url}/v2/{image.repository}/blobs/"
                             f"{child.config_digest}").json()
        assert config["architecture"] == child.platform.architecture
    nested = get_manifest(registry, "archlint-test/nested-index", "latest").json()
    inner = registry.image("archlint-test/nested-index:inner")
    assert [m["mediaType"] for m in nested["manifests"]] == [OCI_MANIFEST, OCI_INDEX]
    assert nested["manifests"][1]["digest"] == inner.digest
    assert registry.image("archlint-test/nested-index:latest").platforms == [
        "linux/amd64", "linux/arm64/v8", "linux/riscv64"]


def test_missing_references_are_404(registry: SeededRegistry) -> None:
    for ref in registry.missing:
        repository, tag = ref.rsplit(":", 1)
        resp = get_manifest(registry, repository, tag)
        assert resp.status_code == 404, ref
        codes = {e["code"] for e in resp.json()["errors"]}
        assert codes & {"MANIFEST_UNKNOWN", "NAME_UNKNOWN"}, ref


def test_push_more_in_a_test(registry: SeededRegistry, registry_push) -> None:
    image = registry_push("app", "v1", ["linux/amd64", "linux/riscv64"], kind="docker-list")
    assert image.repository.startswith("t/test-push-more-in-a-test/")
    assert registry.seeded[image.ref] is image
    resp = get_manifest(registry, image.repository, "v1")
    assert resp.headers["docker-content-digest"] == image.digest
    assert image.platforms == ["linux/amd64", "linux/riscv64"]


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared data not present")
def test_embedded_table_matches_official_images_data() -> None:
    current = json.loads((SHARED_DATA / "official-images-platforms.json").read_text())
    history = json.loads((SHARED_DATA / "official-images-history.json").read_text())
    assert current["arch_to_platform"] == ARCH_TO_PLATFORM
    for (image, tag), (arches, bases, last_seen) in OFFICIAL_TAGS.items():
        if last_seen is None:
            assert list(arches) == current["images"][image][tag], (image, tag)
            assert (list(bases) if bases else None) == current["constraints"].get(
                image, {}).get(tag), (image, tag)
        else:
            entry = history["images"][image][tag]
            assert list(arches) == entry["architectures"], (image, tag)
            assert last_seen == entry["last_seen"], (image, tag)

"""The registry client against the real distribution registry (Debian's docker-registry):
request counts per policy (cold GET, warm zero, HEAD after the TTL, GET on change), decoding
of every manifest kind, attestation entries, Windows entries, missing tags, offline mode,
unreachable registries and the snapshot fallback."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from archlint.options import RegistryOptions
from archlint.platforms import Platform
from archlint.registry import resolve_refs
from archlint.registry.cache import Cache
from archlint.registry.reference import parse_reference

pytestmark = pytest.mark.registry


def resolve(refs: list[str], cache_dir: Path, **opts):  # type: ignore[no-untyped-def]
    options = RegistryOptions(**opts)
    parsed = [parse_reference(r) for r in refs]
    cache = Cache(cache_dir)
    try:
        answers, counts = resolve_refs(parsed, options, cache)
    finally:
        cache.close()
    return [answers[p.key] for p in parsed], counts


def plats(res) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(p) for p in res.platforms]


def test_cold_index_is_one_get_then_zero_requests_warm(registry, tmp_path: Path) -> None:
    ref = registry.ref("library/debian:9.1")
    (res,), counts = resolve([ref], tmp_path)
    seeded = registry.seeded["library/debian:9.1"]
    assert res.ok and res.kind == "index" and res.source == "registry"
    assert res.digest == seeded.digest
    assert plats(res) == [str(Platform.parse(p)) for p in seeded.platforms]
    assert counts.get("gets") == 1 and not counts.get("heads") and not counts.get("blobs")
    (warm,), counts = resolve([ref], tmp_path)
    assert warm.ok and warm.source == "cache" and warm.digest == seeded.digest
    assert sum(counts.values()) == 0


def test_expired_tag_is_revalidated_with_head_only(registry, tmp_path: Path) -> None:
    ref = registry.ref("library/mysql:5.7")
    resolve([ref], tmp_path)
    (res,), counts = resolve([ref], tmp_path, tag_ttl=0.0)
    assert res.ok and res.source == "cache" and "HEAD" in res.note
    assert counts.get("heads") == 1 and not counts.get("gets")


def test_changed_tag_is_fetched_again(registry, registry_push, tmp_path: Path) -> None:
    first = registry_push("moving", "latest", ["linux/amd64"])
    ref = registry.ref(first.ref)
    (res,), _ = resolve([ref], tmp_path)
    assert plats(res) == ["linux/amd64"]
    second = registry_push("moving", "latest", ["linux/amd64", "linux/arm64/v8"])
    assert second.digest != first.digest
    (stale,), counts = resolve([ref], tmp_path)  # within the TTL: the cached answer
    assert stale.digest == first.digest and sum(counts.values()) == 0
    (fresh,), counts = resolve([ref], tmp_path, tag_ttl=0.0)
    assert fresh.digest == second.digest and plats(fresh) == ["linux/amd64", "linux/arm64"]
    assert counts.get("heads") == 1 and counts.get("gets") == 1
    (refreshed,), counts = resolve([ref], tmp_path, refresh=True)
    assert refreshed.digest == second.digest and counts.get("gets") == 1


def test_single_platform_manifests_fetch_the_config_once(registry, tmp_path: Path) -> None:
    refs = [registry.ref("archlint-test/single-oci:1.0"),
            registry.ref("archlint-test/single-docker:1.0")]
    (oci, docker), counts = resolve(refs, tmp_path)
    assert (oci.kind, plats(oci)) == ("manifest", ["linux/amd64"])
    assert (docker.kind, plats(docker)) == ("manifest", ["linux/arm64"])
    assert counts.get("gets") == 2 and counts.get("blobs") == 2
    _, counts = resolve(refs, tmp_path)
    assert sum(counts.values()) == 0


def test_digest_reference_is_never_revalidated(registry, tmp_path: Path) -> None:
    child = registry.seeded["library/debian:9.1"].manifests[0]
    ref = registry.ref(f"library/debian@{child.digest}")
    (res,), counts = resolve([ref], tmp_path)
    assert res.kind == "manifest" and res.digest == child.digest
    assert plats(res) == [str(Platform.parse(str(child.platform)))]
    assert counts.get("gets") == 1 and counts.get("blobs") == 1
    (res,), counts = resolve([ref], tmp_path, tag_ttl=0.0)
    assert res.source == "cache" and sum(counts.values()) == 0


def test_attestations_windows_and_variants(registry, tmp_path: Path) -> None:
    refs = [registry.ref(r) for r in (
        "archlint-test/attested:latest", "archlint-test/windows-only:ltsc2022",
        "library/python:3.14", "archlint-test/arm64-novariant:latest",
        "library/eclipse-temurin:17-jdk-alpine")]
    attested, windows, python, novariant, temurin = resolve(refs, tmp_path)[0]
    assert plats(attested) == ["linux/amd64", "linux/arm64"]  # unknown/unknown dropped
    assert windows.platforms[0].os == "windows" and windows.platforms[0].os_version
    assert {p.os_version for p in python.platforms if p.os == "windows"} >= {"10.0.20348.4052"} \
        or len([p for p in python.platforms if p.os == "windows"]) == 2
    assert plats(novariant) == ["linux/amd64", "linux/arm64"]
    assert plats(temurin) == ["linux/amd64"]


def test_missing_tag_and_repository(registry, tmp_path: Path) -> None:
    refs = [registry.ref("library/debian:does-not-exist"),
            registry.ref("archlint-test/no-such-repo:latest")]
    (tag, repo), _ = resolve(refs, tmp_path)
    assert tag.status == "not_found" and "does-not-exist" in tag.reason
    assert repo.status == "not_found" and "no-such-repo" in repo.reason


def test_duplicates_are_resolved_once(registry, tmp_path: Path) -> None:
    ref = registry.ref("library/nginx:latest")
    answers, counts = resolve([ref, ref, ref.replace(":latest", "")], tmp_path)
    assert all(a.ok for a in answers) and counts.get("gets") == 1


def test_offline_uses_cache_then_snapshot_and_counts_the_rest(registry, tmp_path: Path) -> None:
    cached = registry.ref("library/node:20")
    resolve([cached], tmp_path)
    answers, counts = resolve([cached, "mysql:5.7", "debian:9.1", "ghcr.io/acme/tool:1"],
                              tmp_path, offline=True)
    node, mysql, debian, unknown = answers
    assert node.source == "cache" and node.ok
    assert mysql.source == "snapshot" and mysql.declared and plats(mysql) == ["linux/amd64"]
    assert mysql.history  # mysql:5.7 is no longer maintained: from the history file
    assert debian.source == "snapshot" and "linux/arm64" in plats(debian)
    assert unknown.status == "not_checked"
    assert sum(counts.values()) == 0


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_registry_falls_back_to_snapshot_or_says_why(tmp_path: Path) -> None:
    port = _closed_port()
    answers, _ = resolve(["debian:9.1", f"127.0.0.1:{port}/team/app:1"], tmp_path,
                         registry_mirrors=[f"http://127.0.0.1:{port}"], connect_timeout=1.0,
                         deadline=10.0)
    debian, private = answers
    assert debian.ok and debian.source == "snapshot" and "unreachable" in debian.note
    assert private.status == "unresolved" and "connection failed" in private.reason


def test_mirror_answer_is_used_for_docker_hub(registry, tmp_path: Path) -> None:
    (res,), counts = resolve(["debian:9.1"], tmp_path, registry_mirrors=[registry.url])
    assert res.ok and res.source == "registry" and registry.host in res.note
    assert res.digest == registry.seeded["library/debian:9.1"].digest
    assert counts.get("gets") == 1


def test_corrupt_cache_file_is_replaced(registry, tmp_path: Path) -> None:
    (tmp_path / "registry-v1.sqlite3").write_bytes(b"this is not a database" * 100)
    (res,), counts = resolve([registry.ref("library/busybox:latest")], tmp_path)
    assert res.ok and counts.get("gets") == 1
    (res,), counts = resolve([registry.ref("library/busybox:latest")], tmp_path)
    assert res.source == "cache" and sum(counts.values()) == 0
    assert list(tmp_path.glob("*.corrupt-*"))


def test_warm_run_needs_no_network_code(registry, tmp_path: Path) -> None:
    """Within the TTL every answer comes from the cache: httpx is not even imported."""
    import subprocess
    import sys

    ref = registry.ref("library/redis:latest")
    resolve([ref], tmp_path)
    code = (
        "import sys\n"
        "from archlint.options import RegistryOptions\n"
        "from archlint.registry import resolve_refs\n"
        "from archlint.registry.cache import Cache\n"
        "from archlint.registry.reference import parse_reference\n"
        f"r = parse_reference({ref!r})\n"
        f"answers, counts = resolve_refs([r], RegistryOptions(), Cache({str(tmp_path)!r}))\n"
        "print(answers[r.key].source, sum(counts.values()), 'httpx' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout.split()
    assert out == ["cache", "0", "False"]

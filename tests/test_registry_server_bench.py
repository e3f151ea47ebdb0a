"""The benchmark's delaying proxy, and a small end-to-end run of the benchmark harness."""

from __future__ import annotations

import socket
import sys
import time
from pathlib import Path

import httpx
import pytest
from registry_support.handles import SeededRegistry
from registry_support.images import DOCKER_MANIFEST, OCI_INDEX

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from registry_proxy import DelayProxy, classify

pytestmark = pytest.mark.registry


@pytest.fixture
def proxy(registry: SeededRegistry):
    proxy = DelayProxy(delay=0.2).start()
    proxy.registry = ("127.0.0.1", registry.process.port)
    proxy.issuer = ("127.0.0.1", registry.process.port)
    yield proxy
    proxy.stop()


def test_classify() -> None:
    assert classify("GET", "/token?scope=x") == "token"
    assert classify("GET", "/v2/") == "ping"
    assert classify("HEAD", "/v2/a/b/manifests/1") == "head"
    assert classify("GET", "/v2/a/b/manifests/1") == "get"
    assert classify("GET", "/v2/a/blobs/sha256:00") == "blob"


def test_proxy_delays_every_request_and_counts_it(proxy: DelayProxy,
                                                  registry: SeededRegistry) -> None:
    image = registry.image("library/debian:9.1")
    with httpx.Client(base_url=f"http://{proxy.host}", timeout=10) as client:
        start = time.monotonic()
        resp = client.get("/v2/library/debian/manifests/9.1",
                          headers=[("Accept", OCI_INDEX),
                                   ("Accept", image.media_type)])  # two Accept lines
        first = time.monotonic() - start
        head = client.head("/v2/library/debian/manifests/9.1",
                           headers={"Accept": image.media_type})
    assert first >= 0.2
    assert resp.status_code == 200
    assert resp.headers["docker-content-digest"] == image.digest  # both Accepts got through
    assert head.headers["content-length"] == str(len(resp.content))
    assert proxy.snapshot() == {"get": 1, "head": 1}


def test_proxy_forwards_every_accept_line(proxy: DelayProxy, registry: SeededRegistry) -> None:
    """With only the last Accept (schema 2) the registry would refuse the list."""
    with httpx.Client(base_url=f"http://{proxy.host}", timeout=10) as client:
        resp = client.get("/v2/library/debian/manifests/9.1",
                          headers=[("Accept", registry.image("library/debian:9.1").media_type),
                                   ("Accept", DOCKER_MANIFEST)])
    assert resp.headers["content-type"] == registry.image("library/debian:9.1").media_type


def test_tls_probe_gets_an_http_answer(proxy: DelayProxy) -> None:
    """docker/skopeo try TLS first and fall back to HTTP only on an ``HTTP/`` answer."""
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as sock:
        sock.sendall(b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03" + b"\x00" * 40)
        assert sock.recv(64).startswith(b"HTTP/1.0 400")


@pytest.mark.slow
def test_benchmark_harness_end_to_end(registry_binary: str, tmp_path: Path) -> None:
    """3 images, 10 ms: the harness runs archlint cold, warm and after the TTL."""
    import registry_bench

    figures = registry_bench.run_benchmark(registry_bench.parse_args(
        ["--images", "3", "--delay", "0.01", "--repeat", "1", "--skip-tools",
         "--json", str(tmp_path / "figures.json")]))
    rows = {row["tool"]: row for row in figures["rows"]}
    cold = rows["archlint, cold cache"]
    assert cold["ok"] == 3
    assert cold["counts"].get("get", 0) >= 3  # each image fetched (once, plus auth probes)
    assert rows["archlint, warm (cache valid)"]["counts"] == {}
    assert figures["targets"]["after_ttl_heads_only"] is True
    assert (tmp_path / "figures.json").exists()

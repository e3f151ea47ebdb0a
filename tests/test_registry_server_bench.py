"""The benchmark's delaying proxy, and a small end-to-end run of the benchmark harness."""

from __future__ import annotations

import http.client
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from registry_support.handles import SeededRegistry
from registry_support.httpserver import LoopbackServer, QuietHandler
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


class _OddUpstream(QuietHandler):
    """``/chunked``: a chunked answer (with a chunk extension and a trailer); ``/drop``: an
    answer that does not say ``Connection: close`` but closes the connection anyway (a
    kept-alive connection gone stale); anything else: the request's Accept lines."""

    def do_GET(self) -> None:
        if self.path == "/chunked":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                             b"Transfer-Encoding: chunked\r\n\r\n"
                             b"6;ext=1\r\nhello \r\n5\r\nworld\r\n"
                             b"0\r\nX-Trailer: 1\r\n\r\n")
        elif self.path == "/drop":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndrop")
            self.close_connection = True
        else:
            body = "\n".join(self.headers.get_all("Accept") or []).encode()
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s"
                             % (len(body), body))


@pytest.fixture
def odd_proxy() -> Iterator[DelayProxy]:
    """A no-delay proxy in front of :class:`_OddUpstream` (no registry needed)."""
    server = LoopbackServer(("127.0.0.1", 0), _OddUpstream)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)
    thread.start()
    proxy = DelayProxy(delay=0.0).start()
    proxy.registry = proxy.issuer = ("127.0.0.1", server.server_address[1])
    yield proxy
    proxy.stop()
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


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


def test_chunked_upstream_answer_is_relayed_with_a_length(odd_proxy: DelayProxy) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", odd_proxy.port, timeout=10)
    try:
        for _ in range(2):  # the kept-alive upstream connection is read to the right point
            conn.request("GET", "/chunked")
            resp = conn.getresponse()
            assert resp.read() == b"hello world"
            assert resp.getheader("Content-Length") == "11"
            assert resp.getheader("Transfer-Encoding") is None
            assert resp.getheader("Content-Type") == "text/plain"
    finally:
        conn.close()
    assert odd_proxy.statuses == {200: 2}


def test_stale_upstream_connection_is_reopened(odd_proxy: DelayProxy) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", odd_proxy.port, timeout=10)
    try:
        for _ in range(3):
            conn.request("GET", "/drop")
            assert conn.getresponse().read() == b"drop"
            time.sleep(0.05)  # let the upstream's close arrive
    finally:
        conn.close()
    assert odd_proxy.statuses == {200: 3}


def test_every_accept_line_reaches_the_upstream(odd_proxy: DelayProxy) -> None:
    with httpx.Client(base_url=f"http://{odd_proxy.host}", timeout=10) as client:
        resp = client.get("/v2/x/manifests/1", headers=[("Accept", "a/1"), ("Accept", "b/2")])
    assert resp.content.split(b"\n") == [b"a/1", b"b/2"]


def test_chunked_request_is_refused(odd_proxy: DelayProxy) -> None:
    with socket.create_connection(("127.0.0.1", odd_proxy.port), timeout=5) as sock:
        sock.sendall(b"POST /v2/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                     b"0\r\n\r\n")
        assert sock.recv(64).startswith(b"HTTP/1.1 501")


def test_keep_alive_and_delay_per_request(proxy: DelayProxy) -> None:
    """Several requests over one client connection, each held ``delay`` (0.2 s)."""
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=10)
    try:
        conn.connect()
        sock = conn.sock
        times = []
        for _ in range(3):
            start = time.monotonic()
            conn.request("GET", "/v2/")
            resp = conn.getresponse()
            resp.read()
            times.append(time.monotonic() - start)
            assert conn.sock is sock and not resp.will_close  # still the same connection
    finally:
        conn.close()
    assert all(t >= 0.2 for t in times), times
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as raw:
        raw.sendall(b"HEAD /v2/library/debian/manifests/9.1 HTTP/1.1\r\nHost: x\r\n"
                    b"Connection: close\r\n\r\n")
        answer = b""
        while chunk := raw.recv(4096):  # ends: the proxy closes its side
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 ") and b"\r\nConnection: close\r\n" in answer
    assert proxy.snapshot() == {"ping": 3, "head": 1}


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

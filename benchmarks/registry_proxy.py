"""A loopback reverse proxy that adds a fixed delay to every request and counts them.

Used by ``registry_bench.py`` to put a simulated network round trip (default 50 ms) in
front of a local registry and its token issuer: ``/token`` goes to the issuer, everything
else to the registry. Each request is held ``delay`` seconds before it is forwarded, so a
client pays the delay once per round trip, as on a real network. Requests are classified
(token, ping, head, get, blob, other) and counted; the counts are what the benchmark
reports per tool. Threaded (one thread per client connection, keep-alive on both sides).
"""

from __future__ import annotations

import http.client
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from registry_support.httpserver import LoopbackServer, QuietHandler

HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
              "trailer", "transfer-encoding", "upgrade", "content-length"}



def classify(method: str, path: str) -> str:
    path = urlsplit(path).path
    if path.startswith("/token"):
        return "token"
    if path.rstrip("/") == "/v2":
        return "ping"
    if "/manifests/" in path:
        return "head" if method == "HEAD" else "get" if method == "GET" else "other"
    if "/blobs/" in path:
        return "blob"
    return "other"


class DelayProxy:
    """``DelayProxy(delay).start()``; set ``registry`` and ``issuer`` (host, port) upstreams."""

    def __init__(self, delay: float = 0.05) -> None:
        self.delay = delay
        self.registry: tuple[str, int] | None = None
        self.issuer: tuple[str, int] | None = None
        self.counts: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        self._lock = threading.Lock()
        self._server: LoopbackServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def reset(self) -> None:
        with self._lock:
            self.counts.clear()
            self.statuses.clear()

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self.counts)

    def start(self) -> DelayProxy:
        proxy = self
        local = threading.local()

        class Handler(QuietHandler):
            def _upstream(self, target: tuple[str, int]) -> http.client.HTTPConnection:
                conns = getattr(local, "conns", None)
                if conns is None:
                    conns = local.conns = {}
                conn = conns.get(target)
                if conn is None:
                    conn = conns[target] = http.client.HTTPConnection(*target, timeout=30)
                return conn

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                kind = classify(self.command, self.path)
                target = proxy.issuer if kind == "token" else proxy.registry
                assert target is not None, "upstream not configured"
                time.sleep(proxy.delay)  # the simulated round trip
                # A list, not a dict: clients send several Accept lines and all must pass.
                headers = [(k, v) for k, v in self.headers.items()
                           if k.lower() not in HOP_BY_HOP]
                for attempt in range(2):  # a kept-alive upstream connection may have closed
                    conn = self._upstream(target)
                    try:
                        conn.putrequest(self.command, self.path, skip_host=True,
                                        skip_accept_encoding=True)
                        for key, value in headers:
                            conn.putheader(key, value)
                        if body is not None:
                            conn.putheader("Content-Length", str(len(body)))
                        conn.endheaders(body)
                        resp = conn.getresponse()
                        data = resp.read()
                        break
                    except (http.client.HTTPException, OSError):
                        conn.close()
                        local.conns.pop(target, None)
                        if attempt:
                            raise
                with proxy._lock:
                    proxy.counts[kind] += 1
                    proxy.statuses[resp.status] += 1
                self.send_response(resp.status)
                for key, value in resp.getheaders():
                    if key.lower() not in HOP_BY_HOP:
                        self.send_header(key, value)
                if self.command == "HEAD":
                    self.send_header("Content-Length", resp.getheader("Content-Length") or "0")
                else:
                    self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = _forward

        self._server = LoopbackServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.1}, daemon=True,
                                        name="delay-proxy")
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

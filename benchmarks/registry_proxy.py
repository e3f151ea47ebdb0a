"""A loopback reverse proxy that adds a fixed delay to every request and counts them.

Used by ``registry_bench.py`` to put a simulated network round trip (default 50 ms) in
front of a local registry and its token issuer: ``/token`` goes to the issuer, everything
else to the registry. Each request is held ``delay`` seconds before it is forwarded, so a
client pays the delay once per round trip, as on a real network. Requests are classified
(token, ping, head, get, blob, other) and counted; the counts are what the benchmark
reports per tool.

It runs on asyncio (one event loop in one background thread) and relays raw bytes: it
parses only the request and response heads it needs (method, path, framing, hop-by-hop
headers) and copies everything else verbatim. A real network costs the client no CPU,
but this machine has 2 cores, and the previous thread-per-connection ``http.server``
proxy's own CPU competed with the measured client and inflated its times (54 requests,
in-process, no delay: about 0.3 s through it against 0.1-0.17 s directly against the
registry; through this proxy, about the same as directly).

Per client connection: keep-alive (HTTP/1.1, ``Connection: close`` respected), one kept
alive upstream connection per target, opened lazily and reopened once if a reused one
turns out to be closed. Chunked upstream answers are decoded and re-sent with a
Content-Length; chunked request bodies are refused (501). A TLS ClientHello gets the
plain-HTTP answer Go gives, so docker and skopeo fall back to HTTP.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections import Counter
from urllib.parse import urlsplit

HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-authenticate",
                        "proxy-authorization", "te", "trailer", "transfer-encoding",
                        "upgrade"})
_HOP = frozenset(name.encode() for name in HOP_BY_HOP)

HEAD_LIMIT = 64 * 1024  # the largest request head accepted (431 beyond)
UPSTREAM_LIMIT = 256 * 1024  # stream buffer limit towards the upstreams
UPSTREAM_TIMEOUT = 30.0  # seconds for a connect, and for a whole upstream exchange
STREAM_BODY_ABOVE = 1 << 20  # larger Content-Length bodies are relayed piecewise
BACKLOG = 1024

# What Go's net/http answers to a TLS handshake on a plain HTTP port (docker and skopeo
# fall back to HTTP only on an answer starting with "HTTP/").
TLS_ANSWER = (b"HTTP/1.0 400 Bad Request\r\n\r\n"
              b"Client sent an HTTP request to an HTTPS server.\n")


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


class _BadMessage(Exception):
    """A head the proxy cannot relay; ``status`` is the answer for the client."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class _UpstreamError(Exception):
    """The upstream exchange failed (connect, write, read or timeout)."""


def _split_head(head: bytes) -> tuple[bytes, list[tuple[bytes, bytes, bytes]]]:
    """``(start line, [(lowercase name, stripped value, raw line)])`` of a head ending in
    CRLFCRLF."""
    lines = head.split(b"\r\n")
    fields = []
    for raw in lines[1:-2]:
        name, sep, value = raw.partition(b":")
        if not sep:
            raise _BadMessage(400, "Bad Request")
        fields.append((name.strip().lower(), value.strip(), raw))
    return lines[0], fields


def _connection_tokens(fields: list[tuple[bytes, bytes, bytes]]) -> set[bytes]:
    return {token.strip().lower() for name, value, _ in fields if name == b"connection"
            for token in value.split(b",")}


def _simple_answer(status: int, reason: str) -> bytes:
    body = f"{status} {reason}\n".encode()
    return (f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body


class _Upstream:
    """One kept-alive connection to an upstream, owned by one client connection."""

    __slots__ = ("reader", "used", "writer")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.used = False

    def abort(self) -> None:
        self.writer.transport.abort()


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        line = await reader.readuntil(b"\r\n")
        size = int(line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers, dropped
                pass
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        if await reader.readexactly(2) != b"\r\n":
            raise ValueError("bad chunk framing")


class DelayProxy:
    """``DelayProxy(delay).start()``; set ``registry`` and ``issuer`` (host, port) upstreams."""

    def __init__(self, delay: float = 0.05) -> None:
        self.delay = delay
        self.registry: tuple[str, int] | None = None
        self.issuer: tuple[str, int] | None = None
        self.counts: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._port: int | None = None

    @property
    def port(self) -> int:
        assert self._port is not None, "proxy not started"
        return self._port

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

    # -- lifecycle (called from the caller's thread) -------------------------------------

    def start(self) -> DelayProxy:
        loop = self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, args=(loop,), daemon=True,
                                        name="delay-proxy")
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), loop).result(timeout=10)
        return self

    def stop(self) -> None:
        loop, self._loop = self._loop, None
        if loop is None:
            return
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(timeout=5)
        with contextlib.suppress(RuntimeError):  # the loop may already be closed
            loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    @staticmethod
    def _run(loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_forever()
        finally:
            loop.close()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(
            self._serve_client, "127.0.0.1", 0, limit=HEAD_LIMIT, backlog=BACKLOG)
        self._port = int(self._server.sockets[0].getsockname()[1])

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # -- per client connection (event loop thread) ----------------------------------------

    async def _serve_client(self, reader: asyncio.StreamReader,
                            writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        upstreams: dict[tuple[str, int], _Upstream] = {}
        try:
            sock = writer.get_extra_info("socket")
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            first = await reader.read(1)
            if not first:
                return
            if first == b"\x16":  # TLS handshake record on a plain HTTP port
                writer.write(TLS_ANSWER)
                await writer.drain()
                return
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except asyncio.LimitOverrunError:
                    writer.write(_simple_answer(431, "Request Header Fields Too Large"))
                    await writer.drain()
                    return
                if first:
                    head, first = first + head, b""
                try:
                    keep_alive = await self._relay(head, reader, writer, upstreams)
                except _BadMessage as exc:
                    writer.write(_simple_answer(exc.status, exc.reason))
                    await writer.drain()
                    return
                if not keep_alive:
                    return
        except (OSError, asyncio.IncompleteReadError):
            pass  # the client went away
        except asyncio.CancelledError:
            # stop(). Not re-raised: Python 3.11's streams call exception() on the finished
            # task, which raises (and logs) for a cancelled one.
            pass
        finally:
            for upstream in upstreams.values():
                upstream.abort()
            writer.close()
            self._tasks.discard(task)

    async def _relay(self, head: bytes, reader: asyncio.StreamReader,
                     writer: asyncio.StreamWriter,
                     upstreams: dict[tuple[str, int], _Upstream]) -> bool:
        """Relay one request and its answer; True when the client connection stays open."""
        start, fields = _split_head(head)
        try:
            method, target, version = start.split(b" ")
        except ValueError:
            raise _BadMessage(400, "Bad Request") from None
        length = 0
        for name, value, _ in fields:
            if name == b"content-length":
                length = int(value) if value.isdigit() else -1
                if length < 0:
                    raise _BadMessage(400, "Bad Request")
            elif name == b"transfer-encoding":
                raise _BadMessage(501, "Not Implemented")
        tokens = _connection_tokens(fields)
        if version == b"HTTP/1.1":
            keep_alive = b"close" not in tokens
        else:
            keep_alive = version == b"HTTP/1.0" and b"keep-alive" in tokens
        body = await reader.readexactly(length) if length else b""

        kind = classify(method.decode("latin-1"), target.decode("latin-1"))
        address = self.issuer if kind == "token" else self.registry
        assert address is not None, "upstream not configured"
        drop = _HOP | tokens
        # Raw header lines, every Accept line and the Host header kept as they came.
        lines = [method + b" " + target + b" HTTP/1.1"]
        lines += [raw for name, _, raw in fields if name not in drop]
        request = b"\r\n".join(lines) + b"\r\n\r\n" + body

        delay = self.delay
        if delay > 0:
            await asyncio.sleep(delay)  # the simulated round trip
        try:
            status, answer, body, upstream, stream = await self._exchange(
                upstreams, address, request, method == b"HEAD")
        except _UpstreamError:
            self._count(kind, 502)
            writer.write(_simple_answer(502, "Bad Gateway"))
            await writer.drain()
            return False
        self._count(kind, status)
        if not keep_alive:
            answer += b"Connection: close\r\n"
        elif version == b"HTTP/1.0":
            answer += b"Connection: keep-alive\r\n"
        writer.write(answer + b"\r\n" + body)
        while stream:  # a large body, relayed piecewise; the head went out already
            piece = await asyncio.wait_for(upstream.reader.read(min(stream, UPSTREAM_LIMIT)),
                                           UPSTREAM_TIMEOUT)
            if not piece:
                raise asyncio.IncompleteReadError(b"", stream)
            stream -= len(piece)
            writer.write(piece)
            await writer.drain()
        await writer.drain()
        return keep_alive

    def _count(self, kind: str, status: int) -> None:
        with self._lock:
            self.counts[kind] += 1
            self.statuses[status] += 1

    async def _upstream(self, upstreams: dict[tuple[str, int], _Upstream],
                        target: tuple[str, int]) -> _Upstream:
        upstream = upstreams.get(target)
        if upstream is None or upstream.writer.transport.is_closing():
            try:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection(*target, limit=UPSTREAM_LIMIT), UPSTREAM_TIMEOUT)
            except (OSError, asyncio.TimeoutError) as exc:
                raise _UpstreamError(f"connect {target}: {exc!r}") from exc
            upstream = upstreams[target] = _Upstream(reader, writer)
        return upstream

    async def _exchange(self, upstreams: dict[tuple[str, int], _Upstream],
                        target: tuple[str, int], request: bytes, is_head: bool
                        ) -> tuple[int, bytes, bytes, _Upstream, int]:
        """Send ``request``; ``(status, head, body, upstream, stream)``: the response head
        without its final empty line (the caller adds its Connection header), and the body,
        or ``stream`` bytes of it still to be read from ``upstream``."""
        loop = asyncio.get_running_loop()
        for attempt in (0, 1):
            upstream = await self._upstream(upstreams, target)
            reused, upstream.used = upstream.used, True
            timed_out: list[bool] = []

            def expire(upstream: _Upstream = upstream, timed_out: list[bool] = timed_out) -> None:
                timed_out.append(True)
                upstream.abort()

            watchdog = loop.call_later(UPSTREAM_TIMEOUT, expire)
            try:
                try:
                    upstream.writer.write(request)
                    status, start, fields = await self._response_head(upstream.reader)
                except (OSError, asyncio.IncompleteReadError):
                    upstream.abort()
                    upstreams.pop(target, None)
                    if attempt or not reused or timed_out:  # retry only a stale connection
                        raise
                    continue
                answer, body, stream, keeps = await self._response(
                    upstream.reader, status, start, fields, is_head)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                    ValueError, _BadMessage) as exc:
                upstream.abort()
                upstreams.pop(target, None)
                raise _UpstreamError(repr(exc)) from exc
            finally:
                watchdog.cancel()
            if not keeps:
                upstreams.pop(target, None)
                if not stream:
                    upstream.abort()
            return status, answer, body, upstream, stream
        raise AssertionError("unreachable")

    @staticmethod
    async def _response_head(reader: asyncio.StreamReader
                             ) -> tuple[int, bytes, list[tuple[bytes, bytes, bytes]]]:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            start, fields = _split_head(head)
            status = int(start.split(b" ", 2)[1])
            if not 100 <= status < 200 or status == 101:
                return status, start, fields
            # an interim 1xx (e.g. 100 Continue): the request body went out already

    @staticmethod
    async def _response(reader: asyncio.StreamReader, status: int, start: bytes,
                        fields: list[tuple[bytes, bytes, bytes]], is_head: bool
                        ) -> tuple[bytes, bytes, int, bool]:
        """``(head, body, stream, upstream keeps the connection)``, see ``_exchange``."""
        tokens = _connection_tokens(fields)
        keeps = (b"close" not in tokens
                 and (start.startswith(b"HTTP/1.1") or b"keep-alive" in tokens))
        length: int | None = None
        chunked = False
        for name, value, _ in fields:
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding":
                chunked = value.lower().endswith(b"chunked")
        drop = _HOP | tokens
        lines = [start]
        lines += [raw for name, _, raw in fields if name not in drop]
        stream = 0
        if is_head or status in (204, 304) or status < 200:
            body = b""  # a Content-Length, if any, passes as it came
        elif chunked:
            body = await _read_chunked(reader)
            lines = [line for line in lines if not line.lower().startswith(b"content-length")]
            lines.append(b"Content-Length: %d" % len(body))
        elif length is not None:
            if length > STREAM_BODY_ABOVE:
                body, stream = b"", length
            else:
                body = await reader.readexactly(length)
        else:  # delimited by the upstream closing the connection
            body = await reader.read()
            keeps = False
            lines.append(b"Content-Length: %d" % len(body))
        lines.append(b"")
        return b"\r\n".join(lines), body, stream, keeps

"""Shared bits of the small loopback HTTP servers (token issuer, fault server, bench proxy)."""

from __future__ import annotations

import contextlib
import socket
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class LoopbackServer(ThreadingHTTPServer):
    """Threaded server. The default listen backlog (5) drops SYNs when a client opens many
    connections at once; the kernel then retries a second later, which would distort
    every timing, so the backlog is raised."""

    request_queue_size = 128
    daemon_threads = True


class QuietHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 keep-alive handler, no stderr logging, and a Go-like answer to TLS.

    Clients that try HTTPS first (docker, skopeo with ``--insecure``/``--tls-verify=false``)
    fall back to plain HTTP only when the answer to their TLS ClientHello starts with
    ``HTTP/`` (Go: "server gave HTTP response to HTTPS client"). Python's default answer
    to unparsable input is an HTTP/0.9 body without a status line, which makes them fail
    instead; this handler answers like Go's ``net/http`` does.
    """

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def handle_one_request(self) -> None:
        try:
            first = self.connection.recv(1, socket.MSG_PEEK)
        except OSError:
            first = b""
        if first == b"\x16":  # TLS handshake record on a plain HTTP port
            with contextlib.suppress(OSError):
                self.connection.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n"
                                        b"Client sent an HTTP request to an HTTPS server.\n")
            self.close_connection = True
            return
        super().handle_one_request()

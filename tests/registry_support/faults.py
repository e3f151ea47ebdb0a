"""A fault-injecting registry (loopback, threaded) speaking enough of the distribution API.

It serves a small healthy image set (an OCI index for linux/amd64 + linux/arm64/v8, its
child manifests and config blobs, and a single-platform manifest) and breaks requests on
purpose, per repository and tag. Every request is logged (:class:`RequestRecord`) with the
names of the headers it carried, never their values.

Preset faults are served at ``faults/<name>:latest`` (``ref(name)`` builds the
reference); custom ones are added with ``route(repository, tag, Behavior(...))``:

=======================  ==============================================================
``ok``                   healthy index (control case)
``single``               healthy single OCI manifest (its config blob is fetched)
``not-found``            404 MANIFEST_UNKNOWN
``rate-limited``         429 ``Retry-After: 1`` every time (TOOMANYREQUESTS)
``rate-limited-once``    429 ``Retry-After: 1`` once, then the healthy index
``rate-limited-long``    429 ``Retry-After: 3600`` (beyond any sane retry bound)
``rate-limited-date``    429 with an HTTP-date ``Retry-After`` 1 s ahead, once
``server-error``         500 every time
``flaky``                503 twice, then the healthy index
``slow``                 the healthy index after a 2 s delay
``trickle``              headers at once, then the body one byte every 0.5 s
``hang``                 accepts, never answers (until the server stops, at most 60 s)
``digest-mismatch``      body differs from ``Docker-Content-Digest`` / requested digest
``truncated``            ``Content-Length`` says N, half the bytes come, connection closed
``oversized``            a valid 5 MiB index with ``Content-Length``
``oversized-chunked``    the same 5 MiB, chunked (no length announced)
``invalid-json``         200 with an index media type and a body that is not JSON
``schema1``              a Docker schema 1 signed manifest (``…manifest.v1+prettyjws``)
``head-no-digest``       HEAD answers without ``Docker-Content-Digest``; GET is healthy
``redirect-loop``        307 to itself, forever (manifests and blobs)
``redirect-other-host``  manifest: 307 to the same path on the *other* host (127.0.0.2)
``blob-redirect``        single manifest whose config blob GET is 307 to the other host
``unauthorized``         401 Bearer challenge whose realm refuses every token request
``unauthorized-basic``   401 ``Basic`` challenge, refuses every credential
``forbidden``            403 DENIED
=======================  ==============================================================

``other_host`` is a second server on 127.0.0.2 (a different host for redirect checks);
it serves blobs and logs requests too (``server="other"`` in the log).
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from registry_support.httpserver import LoopbackServer, QuietHandler
from registry_support.images import OCI_CONFIG, OCI_INDEX, OCI_MANIFEST, canonical_json

SCHEMA1_SIGNED = "application/vnd.docker.distribution.manifest.v1+prettyjws"
MiB = 1024 * 1024
HANG_LIMIT = 60.0  # a hanging answer ends by itself after this



def digest_of(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


@dataclass
class Behavior:
    """What a route does. ``fail_times`` = how many requests fail first (-1: all)."""

    fail_status: int | None = None
    fail_times: int = -1
    retry_after: str | None = None
    error_code: str = "UNKNOWN"
    delay: float = 0.0
    hang: bool = False
    trickle: bool = False
    serve: str = "index"  # index | single | schema1 | oversized | invalid-json
    chunked: bool = False
    digest_mismatch: bool = False
    truncate: bool = False
    head_without_digest: bool = False
    redirect: str | None = None  # "loop" | "other-host"
    blob_redirect: bool = False
    challenge: str | None = None  # "bearer" | "basic"


def _presets() -> dict[str, Behavior]:
    return {
        "ok": Behavior(),
        "single": Behavior(serve="single"),
        "not-found": Behavior(fail_status=404, error_code="MANIFEST_UNKNOWN"),
        "rate-limited": Behavior(fail_status=429, retry_after="1",
                                 error_code="TOOMANYREQUESTS"),
        "rate-limited-once": Behavior(fail_status=429, fail_times=1, retry_after="1",
                                      error_code="TOOMANYREQUESTS"),
        "rate-limited-long": Behavior(fail_status=429, retry_after="3600",
                                      error_code="TOOMANYREQUESTS"),
        "rate-limited-date": Behavior(fail_status=429, fail_times=1, retry_after="date+1",
                                      error_code="TOOMANYREQUESTS"),
        "server-error": Behavior(fail_status=500),
        "flaky": Behavior(fail_status=503, fail_times=2, error_code="UNAVAILABLE"),
        "slow": Behavior(delay=2.0),
        "trickle": Behavior(trickle=True),
        "hang": Behavior(hang=True),
        "digest-mismatch": Behavior(digest_mismatch=True),
        "truncated": Behavior(truncate=True),
        "oversized": Behavior(serve="oversized"),
        "oversized-chunked": Behavior(serve="oversized", chunked=True),
        "invalid-json": Behavior(serve="invalid-json"),
        "schema1": Behavior(serve="schema1"),
        "head-no-digest": Behavior(head_without_digest=True),
        "redirect-loop": Behavior(redirect="loop"),
        "redirect-other-host": Behavior(redirect="other-host"),
        "blob-redirect": Behavior(serve="single", blob_redirect=True),
        "unauthorized": Behavior(challenge="bearer"),
        "unauthorized-basic": Behavior(challenge="basic"),
        "forbidden": Behavior(fail_status=403, error_code="DENIED"),
    }


PRESETS = tuple(_presets())


@dataclass
class RequestRecord:
    """One request as seen by a fault server (header names only, lowercased)."""

    server: str  # "main" or "other"
    method: str
    path: str
    headers: frozenset[str]
    authorization_scheme: str | None
    status: int | None = None

    @property
    def has_authorization(self) -> bool:
        return "authorization" in self.headers


class Documents:
    """The healthy content, built once (deterministic)."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}
        self.manifests: dict[str, tuple[bytes, str]] = {}  # digest -> (body, media type)
        children = []
        for platform in ({"architecture": "amd64", "os": "linux"},
                         {"architecture": "arm64", "os": "linux", "variant": "v8"}):
            config = canonical_json({**platform, "rootfs": {"type": "layers", "diff_ids": []},
                                     "config": {}})
            self.blobs[digest_of(config)] = config
            manifest = canonical_json({
                "schemaVersion": 2, "mediaType": OCI_MANIFEST,
                "config": {"mediaType": OCI_CONFIG, "digest": digest_of(config),
                           "size": len(config)},
                "layers": []})
            self.manifests[digest_of(manifest)] = (manifest, OCI_MANIFEST)
            children.append({"mediaType": OCI_MANIFEST, "digest": digest_of(manifest),
                             "size": len(manifest), "platform": platform})
        self.index = canonical_json({"schemaVersion": 2, "mediaType": OCI_INDEX,
                                     "manifests": children})
        self.single = self.manifests[children[0]["digest"]][0]
        self.single_config_digest: str = json.loads(self.single)["config"]["digest"]
        # Same structure, different bytes: what a tampering mirror would send.
        self.tampered_index = self.index.replace(b'"amd64"', b'"s390x"')
        padding = "x" * (5 * MiB)
        self.oversized = canonical_json({"schemaVersion": 2, "mediaType": OCI_INDEX,
                                         "manifests": children,
                                         "annotations": {"padding": padding}})
        self.schema1 = json.dumps({
            "schemaVersion": 1, "name": "faults/schema1", "tag": "latest",
            "architecture": "amd64",
            "fsLayers": [{"blobSum": "sha256:" + "a" * 64}],
            "history": [{"v1Compatibility": json.dumps({"id": "b" * 64, "architecture":
                                                        "amd64", "os": "linux"})}],
            "signatures": [{"header": {"alg": "ES256"}, "signature": "c2ln",
                            "protected": "e30"}],
        }, indent=3).encode()
        self.manifests[digest_of(self.index)] = (self.index, OCI_INDEX)


class FaultServer:
    """The main fault server on 127.0.0.1 plus ``other_host`` on 127.0.0.2."""

    def __init__(self) -> None:
        self.docs = Documents()
        self.routes: dict[tuple[str, str | None], Behavior] = {
            (f"faults/{name}", None): behavior for name, behavior in _presets().items()}
        self.log: list[RequestRecord] = []
        self._counts: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._servers: list[LoopbackServer] = []
        self._threads: list[threading.Thread] = []

    # -- public API -------------------------------------------------------------------------

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self._servers[0].server_address[1]}"

    @property
    def url(self) -> str:
        return f"http://{self.host}"

    @property
    def other_host(self) -> str:
        return f"127.0.0.2:{self._servers[1].server_address[1]}"

    def ref(self, name: str, tag: str = "latest") -> str:
        """``ref("hang")`` -> ``127.0.0.1:PORT/faults/hang:latest``."""
        return f"{self.host}/faults/{name}:{tag}"

    def route(self, repository: str, behavior: Behavior, tag: str | None = None) -> str:
        """Attach ``behavior`` to a repository (every tag, or one tag); returns a ref."""
        with self._lock:
            self.routes[(repository, tag)] = behavior
        return f"{self.host}/{repository}:{tag or 'latest'}"

    def reset(self) -> None:
        """Forget the request log and the per-route counters (``fail_times`` start over)."""
        with self._lock:
            self.log.clear()
            self._counts.clear()

    def requests(self, server: str | None = None, path_contains: str = "") -> list[RequestRecord]:
        with self._lock:
            return [r for r in self.log if (server is None or r.server == server)
                    and path_contains in r.path]

    @property
    def index_digest(self) -> str:
        return digest_of(self.docs.index)

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> FaultServer:
        for name, address in (("main", "127.0.0.1"), ("other", "127.0.0.2")):
            server = LoopbackServer((address, 0), self._handler(name))
            server.daemon_threads = True
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                      daemon=True, name=f"fault-server-{name}")
            thread.start()
            self._servers.append(server)
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stop.set()  # releases hanging handlers
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- request handling -------------------------------------------------------------------

    def _behavior(self, repository: str, reference: str) -> Behavior | None:
        with self._lock:
            return self.routes.get((repository, reference)) or self.routes.get(
                (repository, None))

    def _count(self, repository: str, reference: str) -> int:
        with self._lock:
            key = (repository, reference)
            self._counts[key] = self._counts.get(key, 0) + 1
            return self._counts[key]

    def _handler(self, server_name: str) -> type[QuietHandler]:
        fault = self

        class Handler(QuietHandler):
            def _record(self) -> RequestRecord:
                auth = self.headers.get("Authorization")
                record = RequestRecord(
                    server_name, self.command, self.path,
                    frozenset(k.lower() for k in self.headers),
                    auth.split(" ", 1)[0] if auth else None)
                with fault._lock:
                    fault.log.append(record)
                return record

            def _send(self, record: RequestRecord, status: int, body: bytes = b"",
                      headers: dict[str, str] | None = None, *, length: int | None = None,
                      ) -> None:
                record.status = status
                self.send_response(status)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Docker-Distribution-Api-Version", "registry/2.0")
                self.send_header("Content-Length", str(len(body) if length is None else length))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def _error(self, record: RequestRecord, status: int, code: str,
                       headers: dict[str, str] | None = None) -> None:
                body = json.dumps({"errors": [{"code": code, "message": code.lower(),
                                               "detail": None}]}).encode()
                self._send(record, status, body,
                           {"Content-Type": "application/json", **(headers or {})})

            def do_HEAD(self) -> None:
                self._dispatch()

            def do_GET(self) -> None:
                self._dispatch()

            def do_POST(self) -> None:
                record = self._record()
                self._error(record, 405, "UNSUPPORTED")

            def _dispatch(self) -> None:
                record = self._record()
                path = urlsplit(self.path).path
                if path == "/token":  # realm of the "unauthorized" preset: refuses everyone
                    self._error(record, 401, "UNAUTHORIZED")
                    return
                if path in ("/v2", "/v2/"):
                    self._send(record, 200, b"{}", {"Content-Type": "application/json"})
                    return
                parts = path.split("/")
                kind_at = next((i for i in range(len(parts) - 2, 1, -1)
                                if parts[i] in ("manifests", "blobs")), None)
                if not path.startswith("/v2/") or kind_at is None:
                    self._error(record, 404, "NOT_FOUND")
                    return
                repository, kind = "/".join(parts[2:kind_at]), parts[kind_at]
                reference = "/".join(parts[kind_at + 1:])
                behavior = fault._behavior(repository, reference) or Behavior()
                if server_name == "other":
                    self._serve_blob_or_manifest(record, kind, reference, Behavior())
                    return
                with fault._lock:
                    known = any(key[0] == repository for key in fault.routes)
                if not known:
                    self._error(record, 404, "NAME_UNKNOWN")
                    return
                self._apply(record, behavior, repository, kind, reference)

            def _apply(self, record: RequestRecord, b: Behavior, repository: str, kind: str,
                       reference: str) -> None:
                count = fault._count(repository, f"{kind}/{reference}")
                if b.delay:
                    fault._stop.wait(b.delay)
                if b.hang:
                    fault._stop.wait(HANG_LIMIT)
                    self.close_connection = True
                    return
                if b.challenge == "bearer":
                    scope = f"repository:{repository}:pull"
                    realm = f"http://{fault.host}/token"
                    self._error(record, 401, "UNAUTHORIZED", {
                        "WWW-Authenticate":
                            f'Bearer realm="{realm}",service="faults",scope="{scope}"'})
                    return
                if b.challenge == "basic":
                    self._error(record, 401, "UNAUTHORIZED",
                                {"WWW-Authenticate": 'Basic realm="faults"'})
                    return
                if b.fail_status and (b.fail_times < 0 or count <= b.fail_times):
                    headers = {}
                    if b.retry_after == "date+1":
                        headers["Retry-After"] = email.utils.formatdate(
                            time.time() + 1, usegmt=True)
                    elif b.retry_after:
                        headers["Retry-After"] = b.retry_after
                    self._error(record, b.fail_status, b.error_code, headers)
                    return
                if b.redirect == "loop":
                    self._send(record, 307, b"", {"Location": self.path})
                    return
                if b.redirect == "other-host" and kind == "manifests":
                    self._send(record, 307, b"",
                               {"Location": f"http://{fault.other_host}{self.path}"})
                    return
                if kind == "blobs" and b.blob_redirect:
                    self._send(record, 307, b"",
                               {"Location": f"http://{fault.other_host}{self.path}"})
                    return
                self._serve_blob_or_manifest(record, kind, reference, b)

            def _serve_blob_or_manifest(self, record: RequestRecord, kind: str,
                                        reference: str, b: Behavior) -> None:
                docs = fault.docs
                if kind == "blobs":
                    blob = docs.blobs.get(reference)
                    if blob is None:
                        self._error(record, 404, "BLOB_UNKNOWN")
                        return
                    self._send(record, 200, blob, {"Content-Type": "application/octet-stream",
                                                   "Docker-Content-Digest": reference})
                    return
                body, media_type = self._document(b, reference)
                if body is None:
                    self._error(record, 404, "MANIFEST_UNKNOWN")
                    return
                digest = digest_of(body)
                if b.digest_mismatch:
                    body = docs.tampered_index if body == docs.index else body + b" "
                headers = {"Content-Type": media_type}
                if not (b.head_without_digest and self.command == "HEAD"):
                    headers["Docker-Content-Digest"] = digest
                if b.truncate:
                    record.status = 200
                    self.send_response(200)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(body[: len(body) // 2])
                        self.wfile.flush()
                    self.close_connection = True
                    return
                if b.chunked or b.trickle:
                    self._stream(record, body, headers, trickle=b.trickle)
                    return
                self._send(record, 200, body, headers)

            def _document(self, b: Behavior, reference: str) -> tuple[bytes | None, str]:
                docs = fault.docs
                if reference.startswith("sha256:"):
                    found = docs.manifests.get(reference)
                    if found is None and reference == digest_of(docs.oversized):
                        return docs.oversized, OCI_INDEX
                    return found if found else (None, "")
                if b.serve == "single":
                    return docs.single, OCI_MANIFEST
                if b.serve == "schema1":
                    return docs.schema1, SCHEMA1_SIGNED
                if b.serve == "oversized":
                    return docs.oversized, OCI_INDEX
                if b.serve == "invalid-json":
                    return b'{"schemaVersion": 2, "mediaType": "application/vnd.oci.im', OCI_INDEX
                return docs.index, OCI_INDEX

            def _stream(self, record: RequestRecord, body: bytes, headers: dict[str, str],
                        *, trickle: bool) -> None:
                record.status = 200
                self.send_response(200)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                if self.command == "HEAD":
                    return
                step = 1 if trickle else 64 * 1024
                try:
                    for start in range(0, len(body), step):
                        if trickle and fault._stop.wait(0.5):
                            break
                        chunk = body[start:start + step]
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.flush()
                    self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up: that is the point
                self.close_connection = True

        return Handler

"""A small token issuer for the registry's ``auth: token`` mode (Docker token auth spec).

The distribution registry 2.8 verifies a Bearer token's JWS signature against the
certificates of its ``rootcertbundle``. It accepts the signing key either as an ``x5c``
chain in the JWS header (leaf verified against the bundle) or as a ``kid`` equal to the
libtrust key ID of a bundle certificate's public key (base32 of the first 240 bits of the
SHA-256 of the DER SubjectPublicKeyInfo, in colon-separated groups of four). Both are
implemented (``header_mode``). The key is an ECDSA P-256 key generated at start (ES256).

Endpoints (loopback only):

- ``GET /token?service=…&scope=repository:NAME:pull[,push]`` (several ``scope`` params
  allowed) with optional ``Authorization: Basic`` — the flow docker, skopeo and containerd
  use. Wrong credentials: 401. Anonymous callers get ``pull`` on every repository except
  those under ``private/``; authenticated users get what they ask for.
- ``POST /token`` with an OAuth2 password grant form (``grant_type=password``) — what
  docker uses for ``docker login`` with identity tokens; answers ``access_token``.

Every request is logged (``requests``) without secrets: method, scopes, whether an
Authorization header came, the user it authenticated as, the status.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import secrets
import threading
import time
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

from registry_support.httpserver import LoopbackServer, QuietHandler

SERVICE = "archlint-test-registry"
ISSUER = "archlint-test-issuer"



def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def libtrust_key_id(public_key: ec.EllipticCurvePublicKey) -> str:
    """The key ID docker/libtrust derives from a public key (used as JWS ``kid``)."""
    der = public_key.public_bytes(serialization.Encoding.DER,
                                  serialization.PublicFormat.SubjectPublicKeyInfo)
    encoded = base64.b32encode(hashlib.sha256(der).digest()[:30]).decode()
    return ":".join(encoded[i:i + 4] for i in range(0, len(encoded), 4))


@dataclass
class SigningKey:
    private_key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @classmethod
    def generate(cls) -> SigningKey:
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "archlint test token issuer")])
        now = dt.datetime.now(dt.timezone.utc)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256())
        )
        return cls(key, cert)

    def bundle_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def sign_jwt(self, claims: dict[str, Any], header_mode: Literal["x5c", "kid"]) -> str:
        header: dict[str, Any] = {"typ": "JWT", "alg": "ES256"}
        if header_mode == "x5c":
            der = self.certificate.public_bytes(serialization.Encoding.DER)
            header["x5c"] = [base64.b64encode(der).decode()]
        else:
            header["kid"] = libtrust_key_id(self.private_key.public_key())
        signing_input = (b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
                         + b64url(json.dumps(claims, separators=(",", ":")).encode()))
        r, s = decode_dss_signature(
            self.private_key.sign(signing_input.encode(), ec.ECDSA(hashes.SHA256())))
        return signing_input + "." + b64url(r.to_bytes(32, "big") + s.to_bytes(32, "big"))


@dataclass
class TokenRequest:
    """One request to the issuer, as logged (never the credentials themselves)."""

    method: str
    scopes: list[str]
    service: str | None
    had_authorization: bool
    user: str | None
    status: int
    granted: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class TokenIssuer:
    """The issuer server. ``realm`` goes into the registry config."""

    users: dict[str, str]
    header_mode: Literal["x5c", "kid"] = "kid"
    expires_in: int = 300
    service: str = SERVICE
    issuer: str = ISSUER
    key: SigningKey = field(default_factory=SigningKey.generate)
    requests: list[TokenRequest] = field(default_factory=list)
    # Refuse (400) a request with more scopes than this, as a token server that takes one
    # scope per request would; None: any number (the specification's behaviour).
    max_scopes: int | None = None
    _server: LoopbackServer | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    @property
    def realm(self) -> str:
        return f"http://127.0.0.1:{self.port}/token"

    def write_bundle(self, path: Path) -> Path:
        path.write_bytes(self.key.bundle_pem())
        return path

    def registry_auth_yaml(self, bundle: Path) -> str:
        return (
            "auth:\n  token:\n"
            f"    realm: {json.dumps(self.realm)}\n"
            f"    service: {json.dumps(self.service)}\n"
            f"    issuer: {json.dumps(self.issuer)}\n"
            f"    rootcertbundle: {json.dumps(str(bundle))}\n"
        )

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()

    def log(self, entry: TokenRequest) -> None:
        with self._lock:
            self.requests.append(entry)

    # -- policy ---------------------------------------------------------------------------

    def authenticate(self, authorization: str | None) -> tuple[bool, str | None]:
        """(ok, user). No header: anonymous (ok, None). Bad header or password: (False, …)."""
        if not authorization:
            return True, None
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() != "basic":
            return False, None
        try:
            user, _, password = base64.b64decode(value).decode().partition(":")
        except ValueError:
            return False, None
        expected = self.users.get(user)
        if expected is None or not secrets.compare_digest(expected, password):
            return False, user
        return True, user

    def grant(self, scopes: list[str], user: str | None) -> list[dict[str, Any]]:
        access = []
        for scope in scopes:
            parts = scope.split(":")
            if len(parts) < 3 or parts[0] != "repository":
                continue
            name, actions = ":".join(parts[1:-1]), parts[-1].split(",")
            if user is None:
                allowed = [] if name.startswith("private/") else [a for a in actions
                                                                  if a == "pull"]
            else:
                allowed = [a for a in actions if a in ("pull", "push", "delete", "*")]
            if allowed:
                access.append({"type": "repository", "name": name, "actions": allowed})
        return access

    def issue(self, access: list[dict[str, Any]], user: str | None) -> dict[str, Any]:
        now = int(time.time())
        claims = {
            "iss": self.issuer, "sub": user or "", "aud": self.service,
            "exp": now + self.expires_in, "nbf": now - 10, "iat": now,
            "jti": secrets.token_hex(8), "access": access,
        }
        token = self.key.sign_jwt(claims, self.header_mode)
        issued = dt.datetime.fromtimestamp(now, dt.timezone.utc).isoformat().replace("+00:00", "Z")
        return {"token": token, "access_token": token, "expires_in": self.expires_in,
                "issued_at": issued}

    # -- server ---------------------------------------------------------------------------

    def start(self) -> TokenIssuer:
        issuer = self

        class Handler(QuietHandler):
            def _reply(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _handle(self, method: str, params: dict[str, list[str]],
                        authorization: str | None) -> None:
                scopes = [s for value in params.get("scope", []) for s in value.split(" ") if s]
                service = (params.get("service") or [None])[0]
                ok, user = issuer.authenticate(authorization)
                if not ok:
                    issuer.log(TokenRequest(method, scopes, service, bool(authorization),
                                            user, 401))
                    self._reply(401, {"errors": [{"code": "UNAUTHORIZED",
                                                  "message": "invalid credentials"}]})
                    return
                if issuer.max_scopes is not None and len(scopes) > issuer.max_scopes:
                    issuer.log(TokenRequest(method, scopes, service, bool(authorization),
                                            user, 400))
                    self._reply(400, {"errors": [{"code": "DENIED",
                                                  "message": "one scope per request"}]})
                    return
                access = issuer.grant(scopes, user)
                issuer.log(TokenRequest(method, scopes, service, bool(authorization), user,
                                        200, access))
                self._reply(200, issuer.issue(access, user))

            def do_GET(self) -> None:
                url = urlsplit(self.path)
                if url.path != "/token":
                    self._reply(404, {"errors": [{"code": "NOT_FOUND"}]})
                    return
                self._handle("GET", parse_qs(url.query), self.headers.get("Authorization"))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode())
                if urlsplit(self.path).path != "/token":
                    self._reply(404, {"errors": [{"code": "NOT_FOUND"}]})
                    return
                grant = (form.get("grant_type") or [""])[0]
                authorization = None
                if grant == "password":
                    user = (form.get("username") or [""])[0]
                    password = (form.get("password") or [""])[0]
                    authorization = "Basic " + base64.b64encode(
                        f"{user}:{password}".encode()).decode()
                elif grant:
                    self._reply(400, {"error": "unsupported_grant_type"})
                    return
                self._handle("POST", form, authorization)

        self._server = LoopbackServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.1}, daemon=True,
                                        name="token-issuer")
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


class BearerAuth(httpx.Auth):
    """httpx auth for token registries (used by the seeding pusher and the infra tests):
    on a 401 ``Bearer`` challenge, fetch a token from the realm (Basic credentials if
    given) for the challenged scope and retry once. Tokens are cached per scope."""

    def __init__(self, credentials: tuple[str, str] | None = None) -> None:
        self.credentials = credentials
        self._tokens: dict[str, str] = {}
        self._lock = threading.Lock()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        scope_key = repository_of(request.url.path)
        with self._lock:
            token = self._tokens.get(scope_key)
        if token:
            request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code != 401:
            return
        challenge = parse_challenge(response.headers.get("www-authenticate", ""))
        if challenge is None:
            return
        params = {"service": challenge.get("service", "")}
        if "scope" in challenge:
            params["scope"] = challenge["scope"]
        auth = httpx.BasicAuth(*self.credentials) if self.credentials else None
        token_resp = httpx.get(challenge["realm"], params=params, auth=auth, timeout=10)
        if token_resp.status_code != 200:
            return
        token = token_resp.json()["token"]
        with self._lock:
            self._tokens[scope_key] = token
        request.headers["Authorization"] = f"Bearer {token}"
        yield request


def repository_of(path: str) -> str:
    """``/v2/library/debian/manifests/9.1`` -> ``library/debian`` (the token scope)."""
    parts = path.split("/")
    for i in range(len(parts) - 1, 1, -1):
        if parts[i] in ("manifests", "blobs", "tags"):
            return "/".join(parts[2:i])
    return path


def parse_challenge(header: str) -> dict[str, str] | None:
    """``Bearer realm="…",service="…",scope="…"`` -> dict (None if not Bearer)."""
    scheme, _, rest = header.partition(" ")
    if scheme.lower() != "bearer":
        return None
    out: dict[str, str] = {}
    key, value, in_quotes, buf = "", "", False, ""
    for ch in rest + ",":
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == "=" and not in_quotes and not key:
            key, buf = buf.strip(), ""
        elif ch == "," and not in_quotes:
            value, buf = buf, ""
            if key:
                out[key] = value
            key = ""
        else:
            buf += ch
    return out

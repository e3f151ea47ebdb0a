"""The asynchronous registry client: one look-up per distinct reference, bounded, cached.

Request policy (what the counters in the run summary measure):

- never seen: one ``GET`` of the manifest (plus the token round trip the registry asks for);
- cached tag within its TTL: no request; past its TTL: one ``HEAD``, and a ``GET`` only when
  the digest changed; digest references: no request once cached (content never changes);
- the config blob only for a single-platform manifest (and for index entries without a
  platform), followed through redirects without credentials on another host;
- every body verified against the digest asked for or ``Docker-Content-Digest``; manifests
  over 4 MiB refused; 5xx and connection errors retried with backoff; 429 waits for
  ``Retry-After`` within a bound, then gives up as "rate limited"; an overall deadline per
  reference so no run can hang.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import json
import random
import time
from collections import Counter
from dataclasses import field
from urllib.parse import urlencode, urljoin, urlsplit

from archlint.options import RegistryOptions
from archlint.platforms import Platform
from archlint.records import record
from archlint.registry import manifest as mf
from archlint.registry.auth import AuthError, Challenge, RegistryAuth, TokenStore
from archlint.registry.cache import Cache
from archlint.registry.credentials import Credentials
from archlint.registry.http import httpx
from archlint.registry.model import NOT_FOUND, OK, SOURCE_REGISTRY, UNRESOLVED, Resolution
from archlint.registry.offline import NotCached, from_cache, from_snapshot, offline_miss
from archlint.registry.reference import DOCKER_HUB_API, ImageRef, is_loopback_host

MAX_RETRIES = 3
BACKOFF = 0.2
RETRY_AFTER_BOUND = 10.0  # never sleep longer than this for one 429
MAX_REDIRECTS = 5
MAX_TOKEN_BYTES = 1024 * 1024
MAX_NESTING = 2
USER_AGENT = "archlint (registry resolution; https://github.com/archlint/archlint)"


class Unreachable(Exception):
    """Network-level failure (connect error, timeout, repeated 5xx): fallbacks may apply."""


class Final(Exception):
    """A definite answer that ends the look-up (not found, denied, invalid...)."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@record(slots=True)
class Endpoint:
    base: str  # scheme://host[:port][/prefix]
    host: str  # host[:port] as used for credentials and tokens
    mirror: bool = False


@record(slots=True)
class Answer:
    status: int
    headers: httpx.Headers
    body: bytes = b""


@record()
class Counters:
    """Requests per kind, run-wide and per reference key."""

    total: Counter[str] = field(default_factory=Counter)
    per_image: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, image: str, kind: str, n: int = 1) -> None:
        self.total[kind] += n
        self.per_image.setdefault(image, Counter())[kind] += n


def _error_code(body: bytes) -> str:
    with contextlib.suppress(ValueError, TypeError, KeyError, IndexError, AttributeError):
        errors = json.loads(body).get("errors") or []
        return str(errors[0].get("code") or "")
    return ""


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    with contextlib.suppress(TypeError, ValueError):
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    return None


class RegistryClient:
    def __init__(self, options: RegistryOptions, cache: Cache | None,
                 tokens: TokenStore | None = None) -> None:
        self.options = options
        self.cache = cache
        self.tokens = tokens or TokenStore()
        self.counters = Counters()
        self.http = httpx.AsyncClient(
            timeout=httpx.Timeout(
                connect=options.connect_timeout, read=options.read_timeout,
                write=options.read_timeout, pool=options.deadline,
            ),
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
            limits=httpx.Limits(max_connections=max(4, options.jobs * 2),
                                max_keepalive_connections=max(4, options.jobs)),
            trust_env=False,
        )
        self.sem = asyncio.Semaphore(max(1, options.jobs))
        self._unreachable_hosts: set[str] = set()
        self._rate_limited_hosts: set[str] = set()

    async def aclose(self) -> None:
        await self.http.aclose()

    # -- endpoints -------------------------------------------------------------------------
    def _scheme_for(self, host: str) -> str:
        insecure = {h.split("://", 1)[-1].rstrip("/") for h in self.options.insecure_registries}
        return "http" if is_loopback_host(host) or host in insecure else "https"

    def endpoints(self, ref: ImageRef) -> list[Endpoint]:
        out: list[Endpoint] = []
        if ref.is_docker_hub:
            for mirror in self.options.registry_mirrors:
                m = mirror.strip().rstrip("/")
                if not m:
                    continue
                if "://" not in m:
                    m = f"{self._scheme_for(m.split('/', 1)[0])}://{m}"
                out.append(Endpoint(m, urlsplit(m).netloc, mirror=True))
        host = ref.api_host
        out.append(Endpoint(f"{self._scheme_for(host)}://{host}", host))
        return out

    # -- tokens ----------------------------------------------------------------------------
    def expect(self, refs: list[ImageRef]) -> None:
        """Announce the references this run will resolve, so token requests can batch them."""
        for ref in refs:
            for ep in self.endpoints(ref):
                self.tokens.want(ep.host, ref.path)

    async def fetch_token(self, host: str, repo: str, challenge: Challenge,
                          creds: Credentials | None, image: str | None = None,
                          *, batch: bool = False) -> str | None:
        """Bearer token for ``repository:<repo>:pull`` (anonymous or with credentials); with
        ``batch``, the same token also covers up to ``SCOPES_PER_TOKEN - 1`` other announced
        repositories of ``host``, which wait for it instead of asking on their own."""
        store = self.tokens
        others = store.companions(host, repo) if batch and not (
            creds and creds.identity_token) else []
        waiting = {other: asyncio.Event() for other in others}
        store.inflight.update({(host, other): event for other, event in waiting.items()})
        try:
            token = await self._token_request(host, [repo, *others], challenge, creds, image)
            if token is None and others:
                # Refused as a whole: this server may take one scope per request only.
                store.single_scope.add(host)
                token = await self._token_request(host, [repo], challenge, creds, image)
            return token
        finally:
            for other, event in waiting.items():
                store.inflight.pop((host, other), None)
                event.set()

    async def _token_request(self, host: str, repos: list[str], challenge: Challenge,
                             creds: Credentials | None, image: str | None) -> str | None:
        realm = challenge.realm
        if not realm.startswith(("https://", "http://")):
            raise AuthError(f"invalid token realm from {host}")
        realm_host = urlsplit(realm).netloc
        if realm.startswith("http://") and not (
                is_loopback_host(realm_host) or self._scheme_for(realm_host) == "http"
                or self._scheme_for(host) == "http"):
            raise AuthError(f"token realm of {host} is not HTTPS")
        params = [("scope", f"repository:{repo}:pull") for repo in repos]
        if challenge.params.get("service"):
            params.append(("service", challenge.params["service"]))
        self.counters.add(image or f"{host}/{repos[0]}", "tokens")
        try:
            auth = None
            if creds and creds.identity_token:
                req = self.http.build_request("POST", realm, data={
                    "grant_type": "refresh_token", "refresh_token": creds.identity_token,
                    "client_id": "archlint", **dict(params)})
            else:
                auth = (creds.username, creds.password) if creds and creds.has_basic else None
                url = realm + ("&" if "?" in realm else "?") + urlencode(params)
                req = self.http.build_request("GET", url)
            resp = await self.http.send(req, auth=auth or httpx.USE_CLIENT_DEFAULT, stream=True)
            try:
                answer = await self._read(resp, "GET", MAX_TOKEN_BYTES)
            finally:
                await resp.aclose()
        except httpx.HTTPError as exc:
            raise Unreachable(f"token server of {host} unreachable ({type(exc).__name__})") \
                from None
        if answer.status in (401, 403):
            return None
        if answer.status == 429:
            raise Final(UNRESOLVED, f"rate limited by the token server of {host}")
        if answer.status >= 500:
            raise Unreachable(f"token server of {host} answered {answer.status}")
        if answer.status != 200:
            return None
        try:
            data = json.loads(answer.body)
        except ValueError:
            raise Final(UNRESOLVED, f"invalid answer from the token server of {host}") from None
        token = data.get("access_token") or data.get("token") if isinstance(data, dict) else None
        if not token:
            return None
        for repo in repos:
            self.tokens.store(host, repo, str(token), float(data.get("expires_in") or 60))
        return str(token)

    # -- one HTTP exchange with auth, retries and limits ------------------------------------
    async def _exchange(self, image: str, ep: Endpoint, repo: str, method: str, path: str,
                        *, accept: str | None, limit: int, deadline: float) -> Answer:
        url = f"{ep.base}/v2/{repo}/{path}"
        kind = {"HEAD": "heads"}.get(method, "gets" if "/manifests/" in f"/{path}" else "blobs")
        host_for_auth = ep.host
        hops = 0
        attempt = 0
        send_auth = True
        while True:
            if time.monotonic() > deadline:
                raise Unreachable("timed out")
            headers = {"Accept": accept} if accept else {}
            auth = RegistryAuth(self, host_for_auth, repo,
                                lambda k: self.counters.add(image, kind if k == "request" else k),
                                image=image) if send_auth else None
            try:
                req = self.http.build_request(method, url, headers=headers)
                resp = await self.http.send(req, auth=auth or httpx.USE_CLIENT_DEFAULT,
                                            stream=True)
                if auth is None:
                    self.counters.add(image, kind)
                try:
                    answer = await self._read(resp, method, limit)
                finally:
                    await resp.aclose()
            except AuthError as exc:
                raise Final(UNRESOLVED, str(exc)) from None
            except (httpx.TransportError, httpx.TimeoutException) as exc:
                attempt += 1
                if attempt >= MAX_RETRIES or time.monotonic() > deadline:
                    what = "timed out" if isinstance(exc, httpx.TimeoutException) else \
                        "connection failed"
                    raise Unreachable(f"{urlsplit(url).netloc}: {what}") from None
                await self._sleep(BACKOFF * 2 ** attempt, deadline)
                continue
            status = answer.status
            if status in (301, 302, 303, 307, 308) and kind == "blobs":
                hops += 1
                location = answer.headers.get("location")
                if not location or hops > MAX_REDIRECTS:
                    raise Final(UNRESOLVED, "invalid answer: too many redirects for a blob")
                new_url = urljoin(url, location)
                if urlsplit(new_url).netloc != urlsplit(url).netloc:
                    send_auth = False  # credentials never go to another host
                url = new_url
                continue
            if status in (301, 302, 303, 307, 308):
                raise Final(UNRESOLVED, f"invalid answer: redirect ({status}) for a manifest")
            if status == 429:
                self._rate_limited_hosts.add(ep.host)
                wait = _retry_after(answer.headers.get("retry-after"))
                attempt += 1
                bound = min(RETRY_AFTER_BOUND, deadline - time.monotonic())
                if wait is None or wait > bound or attempt >= MAX_RETRIES:
                    raise Final(UNRESOLVED, f"rate limited by {ep.host} (429)")
                await self._sleep(wait, deadline)
                continue
            if status >= 500:
                attempt += 1
                if attempt >= MAX_RETRIES or time.monotonic() > deadline:
                    raise Unreachable(f"{ep.host} answered {status} (server error)")
                await self._sleep(BACKOFF * 2 ** attempt, deadline)
                continue
            return answer

    async def _sleep(self, seconds: float, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise Unreachable("timed out")
        await asyncio.sleep(min(seconds * (1 + random.random() * 0.2), remaining))

    async def _read(self, resp: httpx.Response, method: str, limit: int) -> Answer:
        if method == "HEAD" or resp.status_code in (301, 302, 303, 307, 308):
            return Answer(resp.status_code, resp.headers)
        declared = resp.headers.get("content-length")
        if resp.status_code == 200 and declared and declared.isdigit() and int(declared) > limit:
            raise Final(UNRESOLVED, f"invalid answer: body of {declared} bytes exceeds the "
                        f"{limit // (1024 * 1024)} MiB limit")
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.aiter_raw():
            size += len(chunk)
            if size > limit:
                if resp.status_code == 200:
                    raise Final(UNRESOLVED, f"invalid answer: body exceeds the "
                                f"{limit // (1024 * 1024)} MiB limit")
                break
            chunks.append(chunk)
        body = b"".join(chunks)
        if resp.status_code == 200 and declared and declared.isdigit() and len(body) < int(
                declared):
            raise Unreachable("truncated answer")
        return Answer(resp.status_code, resp.headers, body)

    # -- classification ----------------------------------------------------------------------
    def _fail_for(self, ref: ImageRef, ep: Endpoint, answer: Answer, auth_used: bool) -> Final:
        status = answer.status
        code = _error_code(answer.body)
        where = "mirror " + ep.host if ep.mirror else ep.host
        if status == 404:
            if code == "NAME_UNKNOWN":
                return Final(NOT_FOUND, f"repository {ref.repository} not found ({where})")
            what = f"digest {ref.digest}" if ref.digest else f"tag {ref.tag!r}"
            return Final(NOT_FOUND, f"{what} not found in {ref.repository} ({where})")
        if status == 401:
            creds = self.tokens.credentials(ep.host)
            if creds:
                return Final(UNRESOLVED, f"{where} refused the {creds} (401)")
            if ref.is_docker_hub and not ep.mirror:
                return Final(UNRESOLVED, "pull access denied: the repository does not exist "
                             "or needs credentials (401); run docker login")
            return Final(UNRESOLVED, f"{where} requires credentials (401); run docker login")
        if status == 403:
            return Final(UNRESOLVED, f"access denied by {where} (403)")
        return Final(UNRESOLVED, f"unexpected answer from {where}: HTTP {status}")

    # -- documents ---------------------------------------------------------------------------
    async def fetch_manifest(self, image: str, ref: ImageRef, reference: str,
                             deadline: float) -> tuple[mf.Document, bytes, str, Endpoint]:
        """Public: GET the manifest or index ``reference`` (tag or digest) of ``ref``'s
        repository, verified and decoded: (document, body, source, endpoint)."""
        return await self._get_manifest(image, ref, reference, deadline)

    async def fetch_blob(self, image: str, ref: ImageRef, digest: str, deadline: float) -> bytes:
        """Public: the blob ``digest`` (an image config), verified; cached by digest."""
        return await self._get_blob(image, ref, digest, deadline)

    async def _get_manifest(self, image: str, ref: ImageRef, reference: str,
                            deadline: float) -> tuple[mf.Document, bytes, str, Endpoint]:
        """GET a manifest over the endpoints (mirrors first); verify; decode."""
        last_unreachable: Unreachable | None = None
        mirror_final: Final | None = None
        for ep in self._live(self.endpoints(ref)):
            if ep.host in self._rate_limited_hosts and ep.host == DOCKER_HUB_API:
                # Docker Hub counts manifest GETs against the pull limit: once it said 429,
                # stop asking for the rest of the run.
                raise Final(UNRESOLVED, f"rate limited by {ep.host} (429) earlier in this run")
            try:
                answer = await self._exchange(image, ep, ref.path, "GET",
                                              f"manifests/{reference}", accept=mf.ACCEPT,
                                              limit=mf.MAX_MANIFEST_BYTES, deadline=deadline)
            except Unreachable as exc:
                self._unreachable_hosts.add(ep.host)
                last_unreachable = exc
                continue
            except Final as exc:
                if ep.mirror:
                    mirror_final = mirror_final or exc
                    continue
                raise
            if answer.status != 200:
                fail = self._fail_for(ref, ep, answer, True)
                if ep.mirror:
                    mirror_final = mirror_final or fail
                    continue
                raise fail
            body = answer.body
            digest = mf.sha256_digest(body)
            header = answer.headers.get("docker-content-digest", "").strip()
            ctype = answer.headers.get("content-type", "")
            is_schema1 = mf._media_type(ctype) in mf.SCHEMA1_TYPES
            if reference.startswith("sha256:") and digest != reference and not is_schema1:
                raise Final(UNRESOLVED, f"invalid answer: digest mismatch for {reference} "
                            f"(body hashes to {digest})")
            if header and header.startswith("sha256:") and header != digest and not is_schema1:
                raise Final(UNRESOLVED, "invalid answer: Docker-Content-Digest does not match "
                            "the body")
            try:
                doc = mf.decode(body, ctype, digest)
            except mf.ManifestError as exc:
                raise Final(UNRESOLVED, str(exc)) from None
            if self.cache:
                self.cache.put_content(digest, body, doc.media_type)
            return doc, body, "registry", ep
        if mirror_final is not None:
            raise mirror_final
        raise last_unreachable or Unreachable("no endpoint")

    def _live(self, eps: list[Endpoint]) -> list[Endpoint]:
        live = [e for e in eps if e.host not in self._unreachable_hosts]
        return live or eps[-1:]

    async def _head_digest(self, image: str, ref: ImageRef, deadline: float) -> str | None:
        """HEAD the tag; the digest, or None when it cannot be learned that way."""
        for ep in self._live(self.endpoints(ref)):
            try:
                answer = await self._exchange(image, ep, ref.path, "HEAD",
                                              f"manifests/{ref.tag}", accept=mf.ACCEPT,
                                              limit=0, deadline=deadline)
            except Unreachable:
                self._unreachable_hosts.add(ep.host)
                continue
            if answer.status == 200:
                return answer.headers.get("docker-content-digest") or None
            if answer.status == 404 and not ep.mirror:
                raise self._fail_for(ref, ep, answer, True)
            return None
        raise Unreachable("registry unreachable")

    async def _get_blob(self, image: str, ref: ImageRef, digest: str,
                        deadline: float) -> bytes:
        if self.cache:
            hit = self.cache.get_content(digest)
            if hit:
                return hit[0]
        last: Exception | None = None
        for ep in self._live(self.endpoints(ref)):
            try:
                answer = await self._exchange(image, ep, ref.path, "GET", f"blobs/{digest}",
                                              accept=None, limit=mf.MAX_CONFIG_BYTES,
                                              deadline=deadline)
            except Unreachable as exc:
                last = exc
                continue
            if answer.status != 200:
                last = self._fail_for(ref, ep, answer, True)
                if ep.mirror:
                    continue
                break
            if mf.sha256_digest(answer.body) != digest:
                raise Final(UNRESOLVED, f"invalid answer: blob {digest[:19]}… does not match "
                            "its digest")
            if self.cache:
                self.cache.put_content(digest, answer.body, "config")
            return answer.body
        if isinstance(last, Final) and last.status == NOT_FOUND:
            raise Final(UNRESOLVED, f"invalid image: config blob {digest[:19]}… is missing")
        raise last or Unreachable("no endpoint")

    async def _cached_manifest(self, image: str, ref: ImageRef, digest: str,
                               deadline: float) -> mf.Document | None:
        if not self.cache:
            return None
        hit = self.cache.get_content(digest)
        if not hit:
            return None
        try:
            return mf.decode(hit[0], hit[1], digest)
        except mf.ManifestError:
            return None

    async def _manifest_by_digest(self, image: str, ref: ImageRef, digest: str,
                                  deadline: float) -> tuple[mf.Document, bool]:
        doc = await self._cached_manifest(image, ref, digest, deadline)
        if doc is not None:
            return doc, True
        if self.options.offline:
            raise _NotCached()
        doc, _body, _src, _ep = await self._get_manifest(image, ref, digest, deadline)
        return doc, False

    async def _platforms(self, image: str, ref: ImageRef, doc: mf.Document, deadline: float,
                         depth: int = 0) -> tuple[list[Platform], bool]:
        """Platforms of a document; second value: everything came from the cache."""
        all_cached = True
        if doc.kind == "manifest":
            if doc.config_media_type and doc.config_media_type not in mf.CONFIG_TYPES:
                raise Final(UNRESOLVED, f"not a runnable image: an artifact of type "
                            f"{doc.config_media_type}")
            assert doc.config_digest
            cached = self.cache.get_content(doc.config_digest) if self.cache else None
            if cached is None and self.options.offline:
                raise _NotCached()
            body = cached[0] if cached else await self._get_blob(image, ref, doc.config_digest,
                                                                 deadline)
            try:
                return [mf.config_platform(body)], cached is not None
            except mf.ManifestError as exc:
                raise Final(UNRESOLVED, str(exc)) from None
        out: list[Platform] = []
        for entry in doc.entries:
            if entry.platform is not None:
                out.append(entry.platform)
                continue
            child, hit = await self._manifest_by_digest(image, ref, entry.digest, deadline)
            plats, hit2 = await self._platforms(image, ref, child, deadline, depth + 1)
            all_cached = all_cached and hit and hit2
            out.extend(plats)
        if depth < MAX_NESTING:
            for child_digest in doc.children:
                child, hit = await self._manifest_by_digest(image, ref, child_digest, deadline)
                plats, hit2 = await self._platforms(image, ref, child, deadline, depth + 1)
                all_cached = all_cached and hit and hit2
                out.extend(plats)
        return out, all_cached

    # -- the look-up -------------------------------------------------------------------------
    async def resolve(self, ref: ImageRef) -> Resolution:
        async with self.sem:
            deadline = time.monotonic() + self.options.deadline
            try:
                res = await asyncio.wait_for(self._resolve(ref, deadline),
                                             timeout=self.options.deadline + 1.0)
            except (asyncio.TimeoutError, Unreachable) as exc:
                reason = str(exc) if isinstance(exc, Unreachable) and str(exc) else \
                    f"timed out after {self.options.deadline:g}s"
                res = self._fallback(ref, f"registry unreachable ({reason})")
            except Final as exc:
                res = Resolution(str(ref), exc.status, reason=exc.reason)
        res.requests = dict(self.counters.per_image.get(ref.key, {}))
        return res

    def _from_cache(self, ref: ImageRef, *, stale_ok: bool) -> Resolution | None:
        return from_cache(self.cache, ref, tag_ttl=self.options.tag_ttl, stale_ok=stale_ok)

    def _from_snapshot(self, ref: ImageRef) -> Resolution | None:
        return from_snapshot(ref)

    def _offline_miss(self, ref: ImageRef) -> Resolution:
        return offline_miss(ref)

    def _fallback(self, ref: ImageRef, why: str) -> Resolution:
        """Network failed: stale cache, then the snapshot, else AL103 with the reason."""
        res = self._from_cache(ref, stale_ok=True)
        if res is not None:
            res.note = f"{why}: used the cached answer"
            return res
        res = self._from_snapshot(ref)
        if res is not None:
            res.note = f"{why}: used the official-images snapshot"
            return res
        return Resolution(str(ref), UNRESOLVED, reason=why)

    async def _resolve(self, ref: ImageRef, deadline: float) -> Resolution:
        image = ref.key
        opts = self.options
        if ref.digest:
            cached = self._from_cache(ref, stale_ok=True)
            if cached is not None:
                return cached
            if opts.offline:
                return self._offline_miss(ref)
            doc, _body, _src, ep = await self._get_manifest(image, ref, ref.digest, deadline)
            return await self._finish(image, ref, doc, ep, deadline)
        entry = None if (opts.refresh or not self.cache) else self.cache.get_tag(ref.key)
        if entry is not None:
            fresh = time.time() - entry.checked_at <= opts.tag_ttl
            if fresh or opts.offline:
                cached = self._from_cache(ref, stale_ok=True)
                if cached is not None:
                    return cached
            else:
                head_digest = await self._head_digest(image, ref, deadline)
                if head_digest == entry.digest:
                    cached = self._from_cache(ref, stale_ok=True)
                    if cached is not None:
                        assert self.cache is not None
                        self.cache.put_tag(ref.key, entry.digest, entry.media_type)
                        cached.note = "revalidated with HEAD"
                        return cached
        if opts.offline:
            cached = self._from_cache(ref, stale_ok=True) if opts.refresh else None
            return cached or self._offline_miss(ref)
        assert ref.tag is not None
        doc, _body, _src, ep = await self._get_manifest(image, ref, ref.tag, deadline)
        if self.cache:
            self.cache.put_tag(ref.key, doc.digest, doc.media_type)
        return await self._finish(image, ref, doc, ep, deadline)

    async def _finish(self, image: str, ref: ImageRef, doc: mf.Document, ep: Endpoint,
                      deadline: float) -> Resolution:
        try:
            plats, _ = await self._platforms(image, ref, doc, deadline)
        except _NotCached:
            return self._offline_miss(ref)
        return Resolution(str(ref), OK, kind=doc.kind, digest=doc.digest,
                          media_type=doc.media_type, platforms=plats, source=SOURCE_REGISTRY,
                          endpoint=ep.base,
                          note=f"answered by mirror {ep.host}" if ep.mirror else "")

class _NotCached(NotCached):
    """Offline and a needed document is not in the cache."""


"""Registry authentication: ``WWW-Authenticate`` parsing, token cache, and the httpx.Auth flow.

One token per (host, repository) for the run, fetched once even when many references of
that repository resolve concurrently. Docker Hub's challenge is known in advance, so its
token is fetched without a 401 probe. Tokens and credentials stay in memory only.

A run knows every repository it will look up before the first request, so one token request
asks for up to ``SCOPES_PER_TOKEN`` of them at once (one ``scope`` parameter each, as the
token specification allows and as docker does for cross-repository mounts): 50 images on one
registry cost 3 token round trips instead of 50. The specification lets a token server grant
a subset; a repository left out answers 401 and gets its own token (one extra round trip),
and a token server that refuses a several-scope request is asked one scope at a time for the
rest of the run.
"""

from __future__ import annotations

import asyncio
import base64
import re
import time
from collections.abc import AsyncGenerator, Callable
from dataclasses import field
from typing import TYPE_CHECKING

from archlint.records import record
from archlint.registry import credentials as creds_mod
from archlint.registry.http import httpx

if TYPE_CHECKING:
    from archlint.registry.client import RegistryClient

HUB_CHALLENGE_HOST = "registry-1.docker.io"
# Scopes per token request: each adds ~60 bytes to the token, which every later request
# carries in its Authorization header; 20 keeps that header well under the common 8 KiB limit.
SCOPES_PER_TOKEN = 20
_PARAM = re.compile(r'\s*([A-Za-z0-9_.-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]*)\s*,?')


@record(frozen=True, slots=True)
class Challenge:
    scheme: str  # "bearer" | "basic"
    params: dict[str, str] = field(default_factory=dict)

    @property
    def realm(self) -> str:
        return self.params.get("realm", "")


def parse_challenges(header: str) -> list[Challenge]:
    """RFC 7235 challenges; quoted values may contain commas. Bearer first, then Basic."""
    out: list[Challenge] = []
    pos, text = 0, header or ""
    while pos < len(text):
        m = re.compile(r"\s*,?\s*([A-Za-z][A-Za-z0-9_-]*)(?:\s+|$)").match(text, pos)
        if not m:
            break
        scheme, pos = m.group(1).lower(), m.end()
        params: dict[str, str] = {}
        while pos < len(text):
            pm = _PARAM.match(text, pos)
            if not pm:
                break
            value = pm.group(2)
            if value.startswith('"'):
                value = re.sub(r"\\(.)", r"\1", value[1:-1])
            params[pm.group(1).lower()] = value
            pos = pm.end()
            # Stop when the next token starts a new challenge (a word not followed by '=').
            nxt = re.compile(r"\s*([A-Za-z][A-Za-z0-9_-]*)\s*(=?)").match(text, pos)
            if nxt and not nxt.group(2):
                break
        out.append(Challenge(scheme, params))
    order = {"bearer": 0, "basic": 1}
    return sorted((c for c in out if c.scheme in order), key=lambda c: order[c.scheme])


class AuthError(Exception):
    """Authentication could not be completed (message safe to show: no secret in it)."""


@record(slots=True)
class _Token:
    value: str
    expires: float


class TokenStore:
    """Challenges per host, tokens per (host, repository), credentials per host."""

    def __init__(self, lookup: Callable[[str], creds_mod.Credentials | None] = creds_mod.lookup):
        self.challenges: dict[str, Challenge] = {
            HUB_CHALLENGE_HOST: Challenge(
                "bearer", {"realm": "https://auth.docker.io/token",
                           "service": "registry.docker.io"})
        }
        self._tokens: dict[tuple[str, str], _Token] = {}
        self._locks: dict[tuple[str, str], asyncio.Lock] = {}
        self._creds: dict[str, creds_mod.Credentials | None] = {}
        self.denied: set[tuple[str, str]] = set()  # token refused: do not ask again this run
        self.open_hosts: set[str] = set()  # answered without a challenge: no auth needed
        self.probes: dict[str, asyncio.Event] = {}  # first request per host in flight
        self.wanted: dict[str, dict[str, None]] = {}  # host -> repositories of this run
        self.inflight: dict[tuple[str, str], asyncio.Event] = {}  # in a batch being fetched
        self.single_scope: set[str] = set()  # token servers that refused several scopes
        self._lookup = lookup

    def want(self, host: str, repo: str) -> None:
        """Announce a repository the run will read (a candidate for batched token requests)."""
        self.wanted.setdefault(host, {})[repo] = None

    def companions(self, host: str, repo: str) -> list[str]:
        """Other announced repositories of ``host`` to ask a token for along with ``repo``:
        none with a valid token, refused, or in a request already in flight."""
        if host in self.single_scope:
            return []
        out: list[str] = []
        for other in self.wanted.get(host, ()):
            if len(out) >= SCOPES_PER_TOKEN - 1:
                break
            key = (host, other)
            if other != repo and key not in self.denied and key not in self.inflight \
                    and self.cached(host, other) is None:
                out.append(other)
        return out

    def credentials(self, host: str) -> creds_mod.Credentials | None:
        key = "docker.io" if host == HUB_CHALLENGE_HOST else host
        if key not in self._creds:
            self._creds[key] = self._lookup(key)
        return self._creds[key]

    def cached(self, host: str, repo: str) -> str | None:
        tok = self._tokens.get((host, repo))
        if tok and tok.expires > time.time():
            return tok.value
        return None

    def lock(self, host: str, repo: str) -> asyncio.Lock:
        return self._locks.setdefault((host, repo), asyncio.Lock())

    def store(self, host: str, repo: str, value: str, expires_in: float) -> None:
        self._tokens[(host, repo)] = _Token(value, time.time() + max(expires_in, 60) - 10)

    def forget(self, host: str, repo: str) -> None:
        self._tokens.pop((host, repo), None)


def basic_header(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


class RegistryAuth(httpx.Auth):
    """httpx auth flow for one registry request: cached token, else the challenge flow.

    A 401 answer is retried once after fetching a token (Bearer) or adding Basic
    credentials; a second 401 is final. ``count`` is called for every request sent.
    """

    requires_response_body = False

    def __init__(self, client: RegistryClient, host: str, repo: str,
                 count: Callable[[str], None], image: str | None = None) -> None:
        self.client = client
        self.image = image
        self.host = host
        self.repo = repo
        self.count = count
        self.tried_credentials = False
        self.used_token: str | None = None

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        store = self.client.tokens
        probe: asyncio.Event | None = None
        if self.host not in store.challenges and self.host not in store.open_hosts:
            # The first request to a host learns its challenge; the others wait for it
            # instead of all collecting a 401 (one probe per host, not one per image).
            event = store.probes.get(self.host)
            if event is None:
                probe = store.probes[self.host] = asyncio.Event()
            else:
                await event.wait()
        try:
            challenge = store.challenges.get(self.host)
            if challenge is not None:
                await self._apply(request, challenge, fresh=False)
            self.count("request")
            response = yield request
            if response.status_code != 401:
                if probe is not None and self.host not in store.challenges:
                    store.open_hosts.add(self.host)
                return
            found = parse_challenges(response.headers.get("www-authenticate", ""))
            if not found:
                return
            store.challenges[self.host] = found[0]
            if probe is not None:
                probe.set()
                probe = None
            if await self._apply(request, found[0], fresh=True):
                self.count("request")
                yield request
        finally:
            if probe is not None:
                probe.set()
                if self.host not in store.challenges and self.host not in store.open_hosts:
                    store.probes.pop(self.host, None)  # the probe failed: let the next one try

    async def _apply(self, request: httpx.Request, challenge: Challenge, *, fresh: bool) -> bool:
        store = self.client.tokens
        creds = store.credentials(self.host)
        if challenge.scheme == "basic":
            if creds and creds.has_basic:
                self.tried_credentials = True
                request.headers["Authorization"] = basic_header(creds.username, creds.password)
                return True
            return False
        if creds and creds.registry_token:
            self.tried_credentials = True
            request.headers["Authorization"] = f"Bearer {creds.registry_token}"
            return True
        async with store.lock(self.host, self.repo):
            batch = store.inflight.get((self.host, self.repo))
            if batch is not None:  # another request is fetching a token that covers us
                await batch.wait()
            token = store.cached(self.host, self.repo)
            refused = fresh and self.used_token is not None
            if refused and token == self.used_token:
                token = None  # the token this request carried was refused: get a new one
            if token is None and (self.host, self.repo) not in store.denied:
                # After a refusal, ask for this repository alone (a batch may have left it out).
                token = await self.client.fetch_token(self.host, self.repo, challenge, creds,
                                                      image=self.image, batch=not refused)
                if creds:
                    self.tried_credentials = True
                if token is None:
                    store.denied.add((self.host, self.repo))
        if token is None:
            return False
        self.used_token = token
        request.headers["Authorization"] = f"Bearer {token}"
        return True

"""Each fault of the fault server does what its name says (checked with httpx)."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from registry_support.faults import SCHEMA1_SIGNED, Behavior, FaultServer, MiB, digest_of

ACCEPT = {"Accept": "application/vnd.oci.image.index.v1+json"}


def manifest_url(faults: FaultServer, name: str, reference: str = "latest") -> str:
    return f"{faults.url}/v2/faults/{name}/manifests/{reference}"


@pytest.fixture
def client():
    with httpx.Client(timeout=5, headers=ACCEPT) as c:
        yield c


def test_ok_serves_a_verifiable_index(faults: FaultServer, client: httpx.Client) -> None:
    resp = client.get(manifest_url(faults, "ok"))
    assert resp.status_code == 200
    assert resp.headers["docker-content-digest"] == digest_of(resp.content) == faults.index_digest
    assert [m["platform"]["architecture"] for m in resp.json()["manifests"]] == ["amd64",
                                                                                  "arm64"]
    by_digest = client.get(manifest_url(faults, "ok", faults.index_digest))
    assert by_digest.content == resp.content


def test_unknown_repository_and_not_found(faults: FaultServer, client: httpx.Client) -> None:
    assert client.get(f"{faults.url}/v2/nope/x/manifests/latest").json()["errors"][0][
        "code"] == "NAME_UNKNOWN"
    resp = client.get(manifest_url(faults, "not-found"))
    assert resp.status_code == 404 and resp.json()["errors"][0]["code"] == "MANIFEST_UNKNOWN"


def test_rate_limits(faults: FaultServer, client: httpx.Client) -> None:
    for _ in range(2):
        resp = client.get(manifest_url(faults, "rate-limited"))
        assert (resp.status_code, resp.headers["retry-after"]) == (429, "1")
    once = [client.get(manifest_url(faults, "rate-limited-once")).status_code for _ in range(2)]
    assert once == [429, 200]
    assert client.get(manifest_url(faults, "rate-limited-long")).headers["retry-after"] == "3600"
    dated = client.get(manifest_url(faults, "rate-limited-date")).headers["retry-after"]
    assert dated.endswith("GMT")
    faults.reset()  # counters start over
    assert client.get(manifest_url(faults, "rate-limited-once")).status_code == 429


def test_server_errors_then_success(faults: FaultServer, client: httpx.Client) -> None:
    assert [client.get(manifest_url(faults, "flaky")).status_code for _ in range(3)] == [
        503, 503, 200]
    assert client.get(manifest_url(faults, "server-error")).status_code == 500


def test_slow_and_hanging_answers(faults: FaultServer) -> None:
    start = time.monotonic()
    assert httpx.get(manifest_url(faults, "slow"), timeout=5).status_code == 200
    assert time.monotonic() - start >= 1.9
    start = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(manifest_url(faults, "hang"), timeout=httpx.Timeout(5, read=0.5))
    assert time.monotonic() - start < 3


def test_trickle_defeats_a_read_timeout_but_not_a_deadline(faults: FaultServer) -> None:
    start = time.monotonic()
    received = 0
    with httpx.stream("GET", manifest_url(faults, "trickle"), timeout=2) as resp:
        for chunk in resp.iter_raw():
            received += len(chunk)
            if time.monotonic() - start > 1.6:
                break
    assert 1 <= received < 10  # bytes keep coming, slowly: only an overall deadline helps


def test_digest_mismatch(faults: FaultServer, client: httpx.Client) -> None:
    resp = client.get(manifest_url(faults, "digest-mismatch"))
    assert resp.status_code == 200
    assert resp.headers["docker-content-digest"] != digest_of(resp.content)
    json.loads(resp.content)  # still valid JSON: only the digest check catches it
    by_digest = client.get(manifest_url(faults, "digest-mismatch", faults.index_digest))
    assert digest_of(by_digest.content) != faults.index_digest


def test_truncated_body(faults: FaultServer, client: httpx.Client) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(manifest_url(faults, "truncated"))


def test_oversized_bodies(faults: FaultServer, client: httpx.Client) -> None:
    head = client.head(manifest_url(faults, "oversized"))
    assert int(head.headers["content-length"]) > 4 * MiB
    with client.stream("GET", manifest_url(faults, "oversized-chunked")) as resp:
        assert "content-length" not in resp.headers
        total = sum(len(c) for c in resp.iter_bytes())
    assert total > 4 * MiB


def test_invalid_json_and_schema1(faults: FaultServer, client: httpx.Client) -> None:
    bad = client.get(manifest_url(faults, "invalid-json"))
    assert bad.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(bad.content)
    s1 = client.get(manifest_url(faults, "schema1"))
    assert s1.headers["content-type"] == SCHEMA1_SIGNED
    assert s1.json()["schemaVersion"] == 1


def test_head_without_digest(faults: FaultServer, client: httpx.Client) -> None:
    assert "docker-content-digest" not in client.head(manifest_url(faults, "head-no-digest")
                                                      ).headers
    assert "docker-content-digest" in client.get(manifest_url(faults, "head-no-digest")).headers


def test_redirect_loop_is_endless(faults: FaultServer) -> None:
    with httpx.Client(follow_redirects=True, max_redirects=5, timeout=5) as c, \
            pytest.raises(httpx.TooManyRedirects):
        c.get(manifest_url(faults, "redirect-loop"))
    assert len(faults.requests(path_contains="redirect-loop")) == 6


def test_redirect_to_other_host_is_logged_with_header_names(faults: FaultServer) -> None:
    """A careless client forwards Authorization across hosts; the log shows it."""
    config = faults.docs.single_config_digest
    url = f"{faults.url}/v2/faults/blob-redirect/blobs/{config}"
    first = httpx.get(url, headers={"Authorization": "Bearer secret-token"}, timeout=5)
    assert first.status_code == 307
    assert first.headers["location"].startswith(f"http://{faults.other_host}/")
    second = httpx.get(first.headers["location"], timeout=5)  # a careful client: no header
    assert digest_of(second.content) == config
    other = faults.requests(server="other")
    assert len(other) == 1 and not other[0].has_authorization
    main = faults.requests(server="main")
    assert main[0].has_authorization and main[0].authorization_scheme == "Bearer"
    assert "secret-token" not in repr(faults.log)
    manifest = httpx.get(manifest_url(faults, "redirect-other-host"), timeout=5)
    assert manifest.status_code == 307 and faults.other_host in manifest.headers["location"]


def test_unauthorized_and_forbidden(faults: FaultServer, client: httpx.Client) -> None:
    resp = client.get(manifest_url(faults, "unauthorized"))
    assert resp.status_code == 401
    challenge = resp.headers["www-authenticate"]
    assert challenge.startswith("Bearer ") and "scope=\"repository:faults/unauthorized:pull\""\
        in challenge
    assert client.get(f"{faults.url}/token", auth=("a", "b")).status_code == 401
    assert client.get(manifest_url(faults, "unauthorized-basic")).headers[
        "www-authenticate"] == 'Basic realm="faults"'
    assert client.get(manifest_url(faults, "forbidden")).status_code == 403


def test_custom_route(faults: FaultServer, client: httpx.Client) -> None:
    ref = faults.route("custom/app", Behavior(fail_status=502, fail_times=1), tag="v1")
    assert ref == f"{faults.host}/custom/app:v1"
    codes = [client.get(f"{faults.url}/v2/custom/app/manifests/v1").status_code
             for _ in range(2)]
    assert codes == [502, 200]
    assert client.get(f"{faults.url}/v2/custom/app/manifests/v2").status_code == 200


def test_server_stops_promptly_even_with_a_hanging_request() -> None:
    server = FaultServer().start()
    import threading

    errors: list[BaseException] = []

    def hang() -> None:
        try:
            httpx.get(f"{server.url}/v2/faults/hang/manifests/latest", timeout=30)
        except httpx.HTTPError as exc:
            errors.append(exc)

    thread = threading.Thread(target=hang)
    thread.start()
    time.sleep(0.3)
    start = time.monotonic()
    server.stop()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert time.monotonic() - start < 5
    assert errors  # the hanging request ended with an error, not an answer

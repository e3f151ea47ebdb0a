"""The client against a fault-injecting registry: every fault ends in a definite, one-line
answer within the deadline (no hang), retries where they help, refuses what is invalid."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from archlint.options import RegistryOptions
from archlint.registry import resolve_refs
from archlint.registry.cache import Cache
from archlint.registry.reference import parse_reference

pytestmark = pytest.mark.registry

FAST = {"connect_timeout": 1.0, "read_timeout": 1.0, "deadline": 6.0, "jobs": 32}

# preset -> (status, text expected in reason, or None)
EXPECTED = {
    "ok": ("ok", None),
    "single": ("ok", None),
    "not-found": ("not_found", "not found"),
    "rate-limited": ("unresolved", "rate limited"),
    "rate-limited-once": ("ok", None),
    "rate-limited-long": ("unresolved", "rate limited"),
    "rate-limited-date": ("ok", None),
    "server-error": ("unresolved", "500"),
    "flaky": ("ok", None),
    "slow": ("unresolved", "timed out"),  # 2 s > read timeout 1 s, three times
    "trickle": ("unresolved", "timed out"),
    "hang": ("unresolved", "timed out"),
    "digest-mismatch": ("unresolved", "does not match"),
    "truncated": ("unresolved", "registry unreachable"),
    "oversized": ("unresolved", "4 MiB limit"),
    "oversized-chunked": ("unresolved", "4 MiB limit"),
    "invalid-json": ("unresolved", "not JSON"),
    "schema1": ("unresolved", "schema 1"),
    "head-no-digest": ("ok", None),
    "redirect-loop": ("unresolved", "redirect"),
    "redirect-other-host": ("unresolved", "redirect"),
    "blob-redirect": ("ok", None),
    "unauthorized": ("unresolved", "401"),
    "unauthorized-basic": ("unresolved", "401"),
    "forbidden": ("unresolved", "403"),
}


def resolve(refs: list[str], cache_dir: Path, **opts):  # type: ignore[no-untyped-def]
    parsed = [parse_reference(r) for r in refs]
    cache = Cache(cache_dir)
    try:
        answers, counts = resolve_refs(parsed, RegistryOptions(**{**FAST, **opts}), cache)
    finally:
        cache.close()
    return [answers[p.key] for p in parsed], counts


def test_every_fault_gets_a_definite_answer_quickly(faults, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("DOCKER_CONFIG", raising=False)
    # The auth presets teach the client the host's challenge; they get their own run so the
    # retry counts of the others stay exact (one token round trip per repository otherwise).
    auth = ["unauthorized", "unauthorized-basic"]
    names = [n for n in EXPECTED if n not in auth]
    start = time.monotonic()
    answers, _ = resolve([faults.ref(n) for n in names], tmp_path / "c")
    elapsed = time.monotonic() - start
    assert elapsed < FAST["deadline"] + 4, elapsed  # all concurrently, none hangs
    problems = []
    for name, res in zip(names, answers, strict=True):
        status, text = EXPECTED[name]
        if res.status != status or (text and text not in res.reason):
            problems.append(f"{name}: {res.status} {res.reason!r}")
        if res.status != "ok":
            assert "\n" not in res.reason and len(res.reason) < 300
    answers, _ = resolve([faults.ref(n) for n in auth], tmp_path / "c")
    for name, res in zip(auth, answers, strict=True):
        status, text = EXPECTED[name]
        if res.status != status or (text and text not in res.reason):
            problems.append(f"{name}: {res.status} {res.reason!r}")
    assert not problems, problems


def test_single_manifest_config_blob_follows_redirect_without_credentials(
        faults, tmp_path: Path) -> None:
    (res,), counts = resolve([faults.ref("blob-redirect")], tmp_path / "c")
    assert res.ok and res.kind == "manifest"
    other = faults.requests(server="other")
    assert other and all(not r.has_authorization for r in other)
    assert counts.get("blobs", 0) >= 2  # the 307 and the blob from the other host


def test_retries_are_bounded_and_counted(faults, tmp_path: Path) -> None:
    (res,), _ = resolve([faults.ref("flaky")], tmp_path / "c")
    assert res.ok
    gets = [r for r in faults.requests(path_contains="/manifests/") if r.method == "GET"]
    assert len(gets) == 3  # two 503s, then the answer
    faults.reset()
    (res,), _ = resolve([faults.ref("server-error")], tmp_path / "d")
    assert res.status == "unresolved"
    assert len(faults.requests(path_contains="/manifests/")) == 3


def test_head_without_digest_falls_back_to_get(faults, tmp_path: Path) -> None:
    ref = faults.ref("head-no-digest")
    resolve([ref], tmp_path / "c")
    faults.reset()
    (res,), counts = resolve([ref], tmp_path / "c", tag_ttl=0.0)
    assert res.ok and counts.get("heads") == 1 and counts.get("gets") == 1


def test_rate_limit_waits_for_retry_after(faults, tmp_path: Path) -> None:
    start = time.monotonic()
    (res,), _ = resolve([faults.ref("rate-limited-once")], tmp_path / "c")
    assert res.ok and time.monotonic() - start >= 0.9
    start = time.monotonic()
    (res,), _ = resolve([faults.ref("rate-limited-long")], tmp_path / "d")
    assert res.status == "unresolved" and time.monotonic() - start < 2.0


def test_check_reports_fault_as_al103_with_reason(faults, tmp_path: Path) -> None:
    from tests.conftest import run_archlint

    (tmp_path / "Dockerfile").write_text(f"FROM {faults.ref('schema1')}\n")
    proc = run_archlint("check", "--select", "AL1", "--format", "json", "--timeout", "1",
                        "Dockerfile", cwd=tmp_path,
                        env={"ARCHLINT_CACHE_DIR": str(tmp_path / "c"), "HOME": str(tmp_path)})
    import json

    findings = json.loads(proc.stdout)["findings"]
    assert [(f["rule"], f["severity"]) for f in findings] == [("AL103", "warning")]
    assert "schema 1" in findings[0]["message"]

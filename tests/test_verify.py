"""``archlint verify`` against a real registry (Debian's docker-registry on loopback), with
indexes built correctly and wrongly; plus the judging logic on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_archlint
from fake_docker.harness import FakeDocker

from archlint.build.verify import (
    EntryReport,
    VerifyResult,
    config_matches,
    judge,
    verify_image,
)
from archlint.platforms import Platform

P = Platform.parse
pytestmark = pytest.mark.registry


def verify(*args: str, cwd: Path | None = None):
    return run_archlint("verify", *args, cwd=cwd, timeout=60)


# --- pure judging -------------------------------------------------------------------------


def _cfg(os_: str, arch: str, variant: str = "") -> dict[str, str]:
    return {"os": os_, "architecture": arch, "variant": variant}


def test_config_matches_normalizes_and_tolerates_missing_variant() -> None:
    assert config_matches(P("linux/arm64"), _cfg("linux", "arm64", "v8"))
    assert config_matches(P("linux/arm64"), _cfg("linux", "aarch64"))
    assert config_matches(P("linux/arm/v6"), _cfg("linux", "arm"))  # no variant in config
    assert not config_matches(P("linux/arm/v6"), _cfg("linux", "arm", "v7"))
    assert not config_matches(P("linux/arm64"), _cfg("linux", "amd64"))
    assert not config_matches(P("linux/amd64"), _cfg("windows", "amd64"))
    assert not config_matches(P("linux/amd64"), _cfg("", ""))


def test_judge_names_the_lying_entry_and_the_missing_platform() -> None:
    r = VerifyResult(image="r/app:1", platforms=[P("linux/amd64"), P("linux/arm64"),
                                                  P("linux/s390x")], kind="index")
    r.entries = [
        EntryReport("sha256:" + "a" * 64, P("linux/amd64"), _cfg("linux", "amd64")),
        EntryReport("sha256:" + "b" * 64, P("linux/arm64"), _cfg("linux", "amd64")),
    ]
    judge(r)
    codes = [p.code for p in r.problems]
    assert codes == ["config-mismatch", "platform-missing"]
    assert "entry linux/arm64 (sha256:" + "b" * 64 + ")" in r.problems[0].message
    assert "declares linux/amd64" in r.problems[0].message
    assert "no entry for linux/s390x" in r.problems[1].message
    assert r.exit_code == 1 and r.entries[0].problem is None


def test_judge_arm_v7_request_served_by_v6_but_arm64_never_by_arm() -> None:
    r = VerifyResult(image="x", platforms=[P("linux/arm/v7"), P("linux/arm64")], kind="index")
    r.entries = [EntryReport("sha256:" + "c" * 64, P("linux/arm/v6"), _cfg("linux", "arm", "v6"))]
    judge(r)
    assert [p.platform for p in r.problems] == ["linux/arm64"]


# --- against the registry -----------------------------------------------------------------


def test_correct_index_verifies(registry) -> None:
    ref = registry.ref("library/debian:9.1")
    r = verify("--platform", "linux/amd64,linux/arm64,linux/arm/v7", ref)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "verified" in r.stdout
    r = verify("--format", "json", ref)
    assert r.returncode == 0
    doc = json.loads(r.stdout)
    img = doc["images"][0]
    assert doc["ok"] is True and img["kind"] == "index"
    assert img["digest"] == registry.image("library/debian:9.1").digest
    assert len(img["entries"]) == 7
    assert all(e["ok"] for e in img["entries"])
    by_plat = {e["platform"]: e["config_platform"] for e in img["entries"]}
    assert by_plat["linux/arm64"].startswith("linux/arm64")


def test_lying_index_is_an_error_naming_the_entry(registry) -> None:
    image = registry.image("archlint-test/lying-index:latest")
    liar = next(m for m in image.manifests if "arm64" in str(m.platform))
    r = verify(registry.ref("archlint-test/lying-index:latest"))
    assert r.returncode == 1
    assert f"entry linux/arm64 ({liar.digest})" in r.stdout
    assert "declares linux/amd64" in r.stdout


def test_single_manifest_is_not_an_index(registry) -> None:
    r = verify("--platform", "linux/amd64", registry.ref("archlint-test/single-oci:1.0"))
    assert r.returncode == 1
    assert "single-platform manifest (an image of linux/amd64), not an index" in r.stdout


def test_missing_platform_and_missing_tag(registry) -> None:
    r = verify("--platform", "linux/amd64,linux/riscv64", registry.ref("library/debian:9.1"))
    assert r.returncode == 1
    assert "no entry for linux/riscv64" in r.stdout
    r = verify(registry.ref("library/debian:does-not-exist"))
    assert r.returncode == 1
    assert "not found" in r.stdout


def test_wrong_config_pushed_by_the_test(registry_push, registry) -> None:
    pushed = registry_push("app", "1", ["linux/amd64", "linux/arm/v7", "linux/arm64"],
                           kind="docker-list",
                           config_platforms={"linux/arm/v7": "linux/arm/v6"})
    res = verify_image(registry.ref(f"{pushed.repository}:1"),
                       [P("linux/amd64"), P("linux/arm/v7")])
    assert res.kind == "index" and res.exit_code == 1
    [problem] = res.problems
    assert problem.code == "config-mismatch" and problem.platform == "linux/arm/v7"
    assert problem.digest in {m.digest for m in pushed.manifests}


def test_attestations_are_ignored(registry_push, registry) -> None:
    pushed = registry_push("attested", "1", ["linux/amd64", "linux/arm64"], attestations=True)
    res = verify_image(registry.ref(f"{pushed.repository}:1"), [P("linux/amd64"),
                                                                 P("linux/arm64")])
    assert res.ok, res.problems
    assert len(res.entries) == 2


def test_unreachable_registry_and_bad_reference_exit_2() -> None:
    r = verify("--timeout", "0.5", "127.0.0.1:9/none/such:1")
    assert r.returncode == 2
    assert "could not verify" in r.stdout
    r = verify("Not A Reference")
    assert r.returncode == 2


def test_build_push_runs_verify_for_each_tag(registry, tmp_path: Path) -> None:
    """``archlint build … -- --push -t A -t B``: after the (stand-in) build succeeds, every
    tag is verified against the registry for the built platforms."""
    docker = FakeDocker.install(tmp_path)
    ctx = tmp_path / "app"
    ctx.mkdir()
    (ctx / "Dockerfile").write_text("FROM alpine:3.20\nRUN echo hi\n")
    good = registry.ref("library/debian:9.1")
    liar = registry.ref("archlint-test/lying-index:latest")
    base = ["build", "--select", "AL001", "--offline", "--platform", "linux/amd64,linux/arm64"]
    r = run_archlint(*base, "app", "--", "--push", "-t", good, cwd=tmp_path, env=docker.env())
    assert r.returncode == 0, r.stdout + r.stderr
    assert "verified" in r.stdout
    r = run_archlint(*base, "app", "--", "--push", "-t", good, "--tag", liar, cwd=tmp_path,
                     env=docker.env())
    assert r.returncode == 1
    assert "declares linux/amd64" in r.stdout
    # the build ran both times, verify only after it
    assert [c[:2] for c in docker.calls()].count(["buildx", "build"]) == 2
    # a failed build is not verified
    r = run_archlint(*base, "app", "--", "--push", "-t", liar, cwd=tmp_path,
                     env=docker.env(build_exit="3"))
    assert r.returncode == 3
    assert "declares" not in r.stdout


def test_private_image_with_docker_config_credentials(
    token_registry, registry_credentials, docker_config, tmp_path: Path
) -> None:
    """verify authenticates like check (Bearer flow, credentials from DOCKER_CONFIG) and
    never prints the password; without credentials it cannot verify (exit 2)."""
    ref = token_registry.ref("private/app:1.0")
    image = token_registry.image("private/app:1.0")
    plats = ",".join(image.platforms)
    config = docker_config({token_registry.host: registry_credentials})
    r = run_archlint("verify", "--platform", plats, ref, env=config.env, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "verified" in r.stdout
    assert registry_credentials[1] not in r.stdout + r.stderr
    empty = docker_config({})
    r = run_archlint("verify", "--platform", plats, ref, env=empty.env, timeout=60)
    assert r.returncode == 2, r.stdout
    assert "could not verify" in r.stdout and "credentials" in r.stdout


def test_index_whose_entry_manifest_is_gone(registry_push, registry) -> None:
    """A child manifest deleted after the index was pushed: that entry is a problem (exit 1),
    named by digest; the other entries are still checked."""
    pushed = registry_push("broken", "1", ["linux/amd64", "linux/arm64"])
    gone = next(m for m in pushed.manifests if "arm64" in str(m.platform))
    registry.pusher.delete_manifest(pushed.repository, gone.digest)
    res = verify_image(registry.ref(f"{pushed.repository}:1"), [P("linux/amd64"),
                                                                 P("linux/arm64")])
    assert res.error is None and res.exit_code == 1
    assert [p.code for p in res.problems] == ["invalid-entry"]
    assert res.problems[0].digest == gone.digest and "not found" in res.problems[0].message
    ok = next(e for e in res.entries if e.digest != gone.digest)
    assert ok.config == {"os": "linux", "architecture": "amd64", "variant": ""}


def test_judge_flags_two_entries_for_one_platform() -> None:
    r = VerifyResult(image="x", platforms=[P("linux/amd64")], kind="index")
    first, second = "sha256:" + "d" * 64, "sha256:" + "e" * 64
    r.entries = [EntryReport(first, P("linux/amd64"), _cfg("linux", "amd64")),
                 EntryReport(second, P("linux/amd64"), _cfg("linux", "amd64"))]
    judge(r)
    [problem] = r.problems
    assert problem.code == "duplicate-platform" and problem.digest == second
    assert first in problem.message and r.exit_code == 1

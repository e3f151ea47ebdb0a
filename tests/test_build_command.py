"""The buildx command line and the preflight logic, as pure functions (no processes)."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from archlint.build.command import (
    BuildRequest,
    BuildUsageError,
    build_command,
    choose_platforms,
    format_command,
    inspect_extra_args,
)
from archlint.build.preflight import (
    SNAPSHOTTER_LABEL,
    execution_platforms,
    missing_message,
    missing_platforms,
    multi_platform_blocker,
    parse_inspect,
)
from archlint.dockerfile import parse
from archlint.platforms import Platform

INSPECT = Path(__file__).resolve().parent / "fake_docker" / "inspect"
P = Platform.parse


def test_build_command_order_and_values() -> None:
    req = BuildRequest(
        context="app",
        dockerfile="app/Dockerfile.prod",
        platforms=[P("linux/amd64"), P("linux/arm/v7")],
        build_args={"BASE": "debian:12", "EMPTY": "", "SPACED": "a b"},
        target="runtime",
        builder="multiarch",
        extra_args=["--push", "-t", "ghcr.io/o/app:1"],
    )
    assert build_command(req) == [
        "docker", "buildx", "build",
        "--platform", "linux/amd64,linux/arm/v7",
        "-f", "app/Dockerfile.prod",
        "--build-arg", "BASE=debian:12",
        "--build-arg", "EMPTY=",
        "--build-arg", "SPACED=a b",
        "--target", "runtime",
        "--builder", "multiarch",
        "--push", "-t", "ghcr.io/o/app:1",
        "app",
    ]


def test_format_command_round_trips_through_a_shell() -> None:
    argv = ["docker", "buildx", "build", "--build-arg", "MSG=it's $HOME", "-f", "a b/Dockerfile",
            "."]
    line = format_command(argv)
    assert shlex.split(line) == argv
    assert "'a b/Dockerfile'" in line


def test_platform_precedence() -> None:
    declared = ["linux/riscv64"]
    assert [str(p) for p in choose_platforms(["linux/arm64"], ["linux/s390x"], declared)
            .platforms] == ["linux/arm64"]
    assert choose_platforms(None, ["linux/s390x"], declared).source == "configuration"
    choice = choose_platforms(None, None, declared)
    assert (choice.source, [str(p) for p in choice.platforms]) == ("Dockerfile",
                                                                   ["linux/riscv64"])
    choice = choose_platforms(None, None, None)
    assert (choice.source, [str(p) for p in choice.platforms]) == (
        "defaults", ["linux/amd64", "linux/arm64"])
    # buildx spelling is normalized as buildx does before it reaches the command line
    assert [str(p) for p in choose_platforms(["linux/arm64/v8,linux/arm"], None, None)
            .platforms] == ["linux/arm64", "linux/arm/v7"]
    with pytest.raises(BuildUsageError, match="command line"):
        choose_platforms(["linux/sparc99"], None, None)


@pytest.mark.parametrize(
    ("extra", "push", "tags"),
    [
        (["--push", "-t", "r/a:1", "--tag=r/a:latest"], True, ("r/a:1", "r/a:latest")),
        (["-tr/a:2", "--load"], False, ("r/a:2",)),
        (["--output", "type=registry", "-t", "r/a:3"], True, ("r/a:3",)),
        (["-o", "type=image,name=r/a:4,push=true"], True, ("r/a:4",)),
        (["--output", 'type=registry,"name=r/a:5,r/a:latest"'], True, ("r/a:5", "r/a:latest")),
        (["-o", "type=image,name=r/a:6"], False, ()),
        (["--output=type=docker"], False, ()),
        (["--push=false", "-t", "x"], False, ("x",)),
        (["--progress", "plain", "--cache-from", "type=gha", "--label", "a=b"], False, ()),
    ],
)
def test_extra_args_push_and_tags(extra: list[str], push: bool, tags: tuple[str, ...]) -> None:
    got = inspect_extra_args(extra)
    assert (got.push, got.tags) == (push, tags)


@pytest.mark.parametrize(
    "extra",
    [["--platform", "linux/amd64"], ["-f", "Other"], ["--file=Other"], ["--build-arg", "A=1"],
     ["--target=x"], ["--builder", "b"], ["."], ["-t"]],
)
def test_extra_args_refuse_what_archlint_owns(extra: list[str]) -> None:
    with pytest.raises(BuildUsageError):
        inspect_extra_args(extra)


def _inspect(name: str):
    return parse_inspect((INSPECT / f"{name}.txt").read_text())


def test_parse_active_builder_with_emulation() -> None:
    info = _inspect("emulation")
    assert (info.name, info.driver) == ("multiarch", "docker-container")
    assert len(info.nodes) == 1
    node = info.nodes[0]
    assert (node.name, node.status, node.buildkit) == ("multiarch0", "running", "v0.18.2")
    assert [str(p) for p in info.platforms] == [
        "linux/amd64", "linux/amd64/v2", "linux/amd64/v3", "linux/arm64", "linux/riscv64",
        "linux/ppc64le", "linux/s390x", "linux/386", "linux/mips64le", "linux/mips64",
        "linux/loong64", "linux/arm/v7", "linux/arm/v6",
    ]
    assert not info.needs_bootstrap
    assert missing_platforms(info, [P("linux/arm64"), P("linux/arm64/v8"), P("linux/arm")]) == []


def test_parse_builder_without_arm64_names_what_is_missing_and_both_fixes() -> None:
    info = _inspect("no-arm64")
    assert info.driver == "docker"
    missing = missing_platforms(info, [P("linux/amd64"), P("linux/arm64"), P("linux/arm/v7")])
    assert missing == [P("linux/arm64"), P("linux/arm/v7")]
    msg = missing_message(info, missing)
    first = msg.splitlines()[0]
    assert "linux/arm64, linux/arm/v7" in first
    assert "linux/amd64, linux/amd64/v2, linux/amd64/v3, linux/386" in first
    assert "docker run --privileged --rm tonistiigi/binfmt --install arm64,arm" in msg
    assert "docker buildx create --append" in msg
    # the docker driver takes no extra node: the fix creates a builder first
    assert "docker buildx create --name multiarch --use" in msg


def test_missing_message_appends_to_a_named_container_builder() -> None:
    info = _inspect("inactive.bootstrap")
    missing = missing_platforms(info, [P("linux/riscv64")])
    msg = missing_message(info, missing)
    assert "docker buildx create --append --name ci-builder --platform linux/riscv64" in msg
    assert "--install riscv64" in msg


def test_parse_inactive_builder_needs_bootstrap() -> None:
    info = _inspect("inactive")
    assert info.nodes[0].status == "inactive"
    assert info.platforms == []
    assert info.needs_bootstrap
    booted = _inspect("inactive.bootstrap")
    assert not booted.needs_bootstrap
    assert P("linux/arm64") in booted.platforms


def test_parse_multi_node_union_and_manual_marks() -> None:
    info = _inspect("multi-node")
    assert [n.name for n in info.nodes] == ["native0", "native1"]
    assert info.nodes[0].manual == [P("linux/amd64")]
    assert info.nodes[1].manual == [P("linux/arm64")]
    assert info.nodes[1].endpoint == "ssh://ubuntu@arm64-host"
    assert missing_platforms(info, [P("linux/amd64"), P("linux/arm64"), P("linux/arm/v6")]) == []
    assert missing_platforms(info, [P("linux/s390x")]) == [P("linux/s390x")]


def test_parse_unreachable_node() -> None:
    info = _inspect("daemon-down")
    assert not info.reachable
    assert "Cannot connect to the Docker daemon" in (info.nodes[0].error or "")


def test_parse_old_buildkit_label_and_progress_noise() -> None:
    text = (
        "#1 [internal] booting buildkit\n#1 DONE 2.5s\n"
        "Name:   old\nDriver: docker-container\n\nNodes:\n"
        "Name:      old0\nEndpoint:  unix:///var/run/docker.sock\nStatus:    running\n"
        "Buildkit:  v0.10.3\nPlatforms: linux/arm64*, linux/arm/v7, linux/arm/v6\n"
    )
    info = parse_inspect(text)
    assert info.name == "old" and info.nodes[0].buildkit == "v0.10.3"
    assert info.platforms == [P("linux/arm64"), P("linux/arm/v7"), P("linux/arm/v6")]


CROSS = """\
FROM --platform=$BUILDPLATFORM golang:1.23 AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM scratch
COPY --from=build /out/app /app
"""


def test_cross_compiled_build_needs_no_emulation() -> None:
    plats = [P("linux/amd64"), P("linux/arm64")]
    assert execution_platforms(parse(CROSS, "Dockerfile"), plats) == []


def test_run_in_target_stage_needs_every_platform() -> None:
    text = CROSS + "RUN chmod +x /app\n"
    plats = [P("linux/amd64"), P("linux/arm64")]
    assert execution_platforms(parse(text, "Dockerfile"), plats) == plats


def test_only_stages_that_are_built_count() -> None:
    text = (
        "FROM alpine:3.20 AS tools\nRUN apk add curl\n"
        "FROM --platform=linux/amd64 debian:12 AS legacy\nRUN echo x\n"
        "FROM scratch AS final\nCOPY app /app\n"
    )
    df = parse(text, "Dockerfile")
    plats = [P("linux/amd64"), P("linux/arm64")]
    assert execution_platforms(df, plats) == []
    assert execution_platforms(df, plats, target="tools") == plats
    # a stage pinned to a constant platform needs that platform
    assert execution_platforms(df, [P("linux/arm64")], target="legacy") == [P("linux/amd64")]


def test_stage_inherits_platform_from_its_base_stage() -> None:
    text = (
        "FROM --platform=$BUILDPLATFORM node:22 AS base\n"
        "FROM base AS assets\nRUN npm run build\n"
        "FROM nginx:1.27\nCOPY --from=assets /dist /usr/share/nginx/html\n"
    )
    assert execution_platforms(parse(text, "Dockerfile"), [P("linux/arm64")]) == []


def test_missing_cpu_level_is_not_an_emulation_fix() -> None:
    info = _inspect("multi-node")  # amd64 up to v3 on native0
    missing = missing_platforms(info, [P("linux/amd64/v4"), P("linux/riscv64")])
    assert missing == [P("linux/amd64/v4"), P("linux/riscv64")]
    msg = missing_message(info, missing)
    assert "--install riscv64" in msg and "--install amd64" not in msg
    assert "linux/amd64/v4: the builder runs that architecture, but its CPU lacks" in msg


def test_build_package_is_not_git_ignored_so_the_wheel_carries_it() -> None:
    """hatch leaves git-ignored files out of the wheel; a top-level ``build/`` ignore rule
    once matched ``archlint/build/`` and the installed ``archlint build`` lost its code."""
    import shutil
    import subprocess

    root = Path(__file__).resolve().parent.parent
    if shutil.which("git") is None or not (root / ".git").exists():
        pytest.skip("not a git checkout")
    for name in ("__init__.py", "command.py", "preflight.py", "run.py", "verify.py"):
        r = subprocess.run(["git", "check-ignore", "-q", f"archlint/build/{name}"], cwd=root)
        assert r.returncode == 1, f"archlint/build/{name} is git-ignored"


def test_worker_labels_are_read_and_gc_policy_is_not_a_label() -> None:
    info = _inspect("emulation")
    labels = info.nodes[0].labels
    assert labels is not None
    assert labels["org.mobyproject.buildkit.worker.executor"] == "oci"
    assert labels[SNAPSHOTTER_LABEL] == "overlayfs"
    assert "All" not in labels and "Filters" not in labels
    assert _inspect("multi-node").nodes[0].labels is None  # none printed: unknown


def test_docker_driver_on_classic_store_cannot_build_several_platforms() -> None:
    two = [P("linux/amd64"), P("linux/arm64")]
    classic = _inspect("no-arm64")  # docker driver, worker without a snapshotter label
    msg = multi_platform_blocker(classic, two)
    assert msg is not None
    assert "Multi-platform build is not supported for the docker driver" in msg
    assert "containerd-snapshotter" in msg and "--driver docker-container" in msg
    assert multi_platform_blocker(classic, [P("linux/amd64")]) is None  # one platform is fine
    assert multi_platform_blocker(_inspect("docker-containerd"), two) is None
    assert multi_platform_blocker(_inspect("emulation"), two) is None  # docker-container
    # buildx too old to print labels: archlint claims nothing
    old = parse_inspect("Name: default\nDriver: docker\n\nNodes:\nName: default\n"
                        "Status: running\nPlatforms: linux/amd64, linux/arm64\n")
    assert multi_platform_blocker(old, two) is None

"""AL209 arch-specific-base."""

from __future__ import annotations

import pytest

from archlint.engine import lint_text


def run(text: str, platforms: list[str] | None = None, **kw):
    return [f for f in lint_text(text, select=["AL209"], platforms=platforms, **kw)
            if f.rule == "AL209"]


@pytest.mark.parametrize(
    ("ref", "broken"),
    [
        ("arm64v8/ubuntu:24.04", ["linux/amd64"]),
        ("docker.io/arm32v7/debian:bookworm", ["linux/amd64", "linux/arm64"]),
        ("amd64/alpine", ["linux/arm64"]),
        ("gcr.io/distroless/static:nonroot-amd64", ["linux/arm64"]),
        ("quay.io/prometheus/busybox-linux-amd64:latest", ["linux/arm64"]),
        ("quay.io/pypa/manylinux2014_x86_64", ["linux/arm64"]),
        ("mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim-arm64v8", ["linux/amd64"]),
        ("example/tool:1.2-aarch64", ["linux/amd64"]),
        # organisations named for one architecture (community ports), on any registry
        ("ghcr.io/loong64/buildpack-deps:trixie-scm", ["linux/amd64", "linux/arm64"]),
        ("aarch64/ubuntu:16.04", ["linux/amd64"]),
        # balena's ARMv7 hard-float spelling (real IoT files of the eighth blind round)
        ("resin/armv7hf-node:0.10.40-slim", ["linux/amd64", "linux/arm64"]),
        ("balenalib/armv7hf-debian:bookworm", ["linux/amd64", "linux/arm64"]),
        # balena's images named for a board (real IoT files of the eighth blind round)
        ("balenalib/raspberrypi3-debian:stretch", ["linux/amd64", "linux/arm64"]),
        ("balenalib/raspberrypi4-64-debian-node:14", ["linux/amd64"]),
        ("resin/rpi-raspbian:jessie", ["linux/amd64", "linux/arm64"]),
        # BuildKit expands the reference as a shell word: the quotes go
        ('"arm64v8/alpine:3.20"', ["linux/amd64"]),
    ],
)
def test_arch_specific_references(ref: str, broken: list[str]):
    [f] = run(f"FROM {ref}\n")
    assert f.platforms == broken
    assert f.line == 1 and f.column == 6  # the reference token


@pytest.mark.parametrize(
    "ref",
    [
        "ubuntu:24.04",
        "node:20-bookworm-slim",
        "mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled",
        "example/x64dbg-tools:latest",
        "ghcr.io/amd64-tools/tool:1.0",  # a namespace that only contains an arch word
        "multiarch/qemu-user-static:x86_64-aarch64",
        "example/raspberrypi3-debian",  # a board's name outside balena's namespaces
        "balenalib/intel-nuc-debian",  # a board the table does not list
        "python:3.12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "scratch",
    ],
)
def test_multi_arch_references_are_silent(ref: str):
    assert run(f"FROM {ref}\n") == []


def test_arg_default_named_in_message_and_build_arg():
    text = "ARG ARCH=amd64\nFROM ${ARCH}/alpine:3.20\n"
    [f] = run(text)
    assert f.line == 2 and "ARG ARCH=amd64" in f.message and "alpine:3.20" in f.message
    [g] = run(text, build_args={"ARCH": "arm64v8"})
    assert g.platforms == ["linux/amd64"]
    [q] = run('ARG ARCH=arm32v6\nFROM "${ARCH}/alpine:3.10"\n')  # quoted, as in a real file
    assert "arm32v6/alpine:3.10" in q.message and "ARG ARCH=arm32v6" in q.message


def test_targetarch_stage_names_and_declared_platforms():
    text = (
        "ARG TARGETARCH\n"
        "FROM example/runtime:2.3-${TARGETARCH} AS rt\n"
        "FROM ubuntu AS base-amd64\nFROM ubuntu AS base-arm64\n"
        "FROM base-${TARGETARCH}\n"
    )
    assert run(text) == []
    assert run("FROM arm64v8/alpine\n", ["linux/arm64"]) == []
    # a stage named for its pinned platform is that platform's only ...
    assert run("FROM --platform=linux/arm64 arm64v8/alpine AS base-arm64\n") == []
    # ... while a pin every platform's build uses (AL201) does not excuse the base image
    [f] = run("FROM --platform=linux/arm64 arm64v8/alpine AS a\n")
    assert f.platforms == ["linux/amd64"]
    build = "FROM --platform=$BUILDPLATFORM amd64/golang AS b\nFROM alpine\nCOPY --from=b /o /o\n"
    assert run(build) == []
    # the image's own stage is a build-platform one (AL208): its base still counts
    assert [f.platforms for f in run("FROM --platform=$BUILDPLATFORM amd64/golang\n")] == [
        ["linux/arm64"]]


COPIES = """\
ARG TARGETARCH
FROM alpine:3.20 AS build-amd64
FROM alpine:3.20 AS build-arm64
FROM debian:bookworm AS tools
FROM debian:bookworm
ARG TARGETARCH
COPY --from=build-${TARGETARCH} /etc/os-release /a
COPY --from=0 /etc/os-release /b
COPY --from=tools /etc/os-release /c
COPY --from=example/tool:1.2-${TARGETARCH} /tool /tool
RUN --mount=from=tools,target=/t ls /t
COPY --from=amd64/busybox:1.36 /bin/busybox /bin/busybox
RUN --mount=from=example/toolbox:1.4-arm64,target=/tb /tb/install.sh
ADD --from=quay.io/example/busybox-linux-amd64:1.36 /bin/busybox /bb
"""


def test_images_copied_or_mounted_from():
    # stage names (also with a variable and by index) and TARGETARCH-selected tags are
    # fine; per-architecture images in --from / --mount=from are reported where written
    fs = run(COPIES)
    assert [(f.line, f.column, f.platforms) for f in fs] == [
        (12, 13, ["linux/arm64"]), (13, 18, ["linux/amd64"]), (14, 12, ["linux/arm64"])]
    assert fs[0].message.startswith("image copied from amd64/busybox:1.36")
    assert fs[1].message.startswith("image mounted from example/toolbox:1.4-arm64")



def test_image_copied_into_a_build_stage_and_handed_on():
    # the build stage runs on the builder, but line 2's file is copied into the image;
    # line 3's copy is a tool the build stage itself runs
    text = """\
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
COPY --from=amd64/busybox:1.36 /bin/busybox /out/busybox
COPY --from=amd64/busybox:1.36 /bin/busybox /usr/local/bin/busybox
RUN /usr/local/bin/busybox true
FROM debian:bookworm-slim
COPY --from=build /out/busybox /bin/busybox
"""
    fs = run(text)
    assert [(f.line, f.platforms) for f in fs] == [(2, ["linux/arm64"])]
    assert "copies it on" in fs[0].message

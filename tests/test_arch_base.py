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
        "ghcr.io/amd64/tool:1.0",  # "amd64/" is Docker Hub's namespace only
        "multiarch/qemu-user-static:x86_64-aarch64",
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


def test_targetarch_stage_names_and_declared_platforms():
    text = (
        "ARG TARGETARCH\n"
        "FROM example/runtime:2.3-${TARGETARCH} AS rt\n"
        "FROM ubuntu AS base-amd64\nFROM ubuntu AS base-arm64\n"
        "FROM base-${TARGETARCH}\n"
    )
    assert run(text) == []
    assert run("FROM arm64v8/alpine\n", ["linux/arm64"]) == []
    pinned = "FROM --platform=linux/arm64 arm64v8/alpine AS a\n"
    assert run(pinned) == []
    build = "FROM --platform=$BUILDPLATFORM amd64/golang AS b\n"
    assert run(build) == []

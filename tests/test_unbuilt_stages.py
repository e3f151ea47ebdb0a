"""Stages the final stage (or --target) never uses are not built: no portability finding
there, as for the toolchain rules; the same content in a used stage is reported."""

from __future__ import annotations

from archlint.engine import lint_text

UNUSED = """\
FROM golang:1.22 AS unused
ENV JAVA_TOOL_OPTIONS=-XX:UseAVX=2
RUN apt-get update && apt-get install -y libc6-i386 && gcc -march=haswell -o x x.c
COPY bin/amd64/agent /agent
RUN curl -fsSLo /k https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl
FROM arm64v8/alpine AS unused2
FROM alpine:3.20
RUN echo hi
"""


def portability(text: str, **kw) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.rule for f in lint_text(text, **kw) if f.rule[2] in "234"}


def test_unused_stages_are_silent() -> None:
    assert portability(UNUSED) == set()


def test_used_stage_reports() -> None:
    used = UNUSED.replace("FROM alpine:3.20", "FROM unused")
    assert portability(used) >= {"AL401", "AL304", "AL402", "AL303", "AL301"}


def test_target_selects_the_stage() -> None:
    assert portability(UNUSED, target="unused") >= {"AL401", "AL301"}
    assert "AL209" in portability(UNUSED, target="unused2")

"""The rules' text pre-filters skip work, never findings: a constant that reaches a RUN
through a variable (an ARG or ENV default, or a --build-arg) is still found."""

from __future__ import annotations

import pytest

from archlint.engine import lint_text

RUNS = """\
FROM debian:bookworm
ARG ARCH
RUN curl -fsSLO https://example.com/tool-linux-${ARCH}.tar.gz
ARG TC
RUN cargo build --release --target $TC
ARG URL
RUN curl -fsSL -o /usr/local/bin/tini "$URL"
"""
VALUES = {"ARCH": "amd64", "TC": "x86_64-unknown-linux-gnu",
          "URL": "https://github.com/krallin/tini/releases/download/v0.19.0/tini"}


def _found(text: str, build_args: dict[str, str] | None = None) -> list[tuple[str, int]]:
    return sorted((f.rule, f.line) for f in lint_text(text, select=["AL2", "AL3"],
                                                          build_args=build_args))


def test_constants_from_build_args_are_followed() -> None:
    assert _found(RUNS, VALUES) == [("AL205", 5), ("AL301", 3), ("AL301", 7)]
    assert _found(RUNS) == []  # without the values there is nothing to report


@pytest.mark.parametrize("keyword", ["ARG", "ENV"])
def test_constants_from_defaults_are_followed(keyword: str) -> None:
    text = RUNS
    for name, value in VALUES.items():
        text = text.replace(f"ARG {name}\n", f"{keyword} {name}={value}\n")
    assert _found(text) == [("AL205", 5), ("AL301", 3), ("AL301", 7)]


def test_a_case_on_the_arch_is_read_whatever_its_patterns_spell() -> None:
    # no arch token anywhere (arm alone is not one): the RUN is still parsed, and the case
    # that picks the download without an amd64 or arm64 branch is reported
    text = """\
FROM debian:bookworm
ARG TARGETARCH
RUN case "$TARGETARCH" in arm) SUFFIX=raspi ;; esac \\
 && curl -fsSLO "https://example.com/tool-$SUFFIX.tar.gz"
"""
    assert _found(text) == [("AL301", 3)]


def _rules(text: str, select: list[str]) -> list[tuple[str, int]]:
    return sorted((f.rule, f.line) for f in lint_text(text, select=select))


# Each pre-filter reads only what its rule's findings need; these cases put that literal
# where a looser reading of the text would have missed it.
PREFILTER_CASES = [
    # AL302: the package file's extension comes from an ENV value through $PKG, or is the
    # value of its own ARG
    ("AL302", "FROM debian:bookworm\nENV PKG=tool_1.0_amd64.deb\nRUN dpkg -i /tmp/$PKG\n", 3),
    ("AL302", "FROM debian:bookworm\nARG EXT=deb\nRUN dpkg -i /tmp/tool_1.0_amd64.$EXT\n", 3),
    # AL304: the arch-limited package comes from an ENV list
    ("AL304", 'FROM debian:bookworm\nENV PKGS="gcc-multilib make"\n'
              "RUN apt-get update && apt-get install -y $PKGS\n", 2),  # where it is written
    # AL205: a TARGET_VARS value set by ENV only (no RUN names a target); dotnet's -r
    ("AL205", "FROM debian:bookworm\nENV CC=x86_64-linux-gnu-gcc\nRUN make\n", 2),
    ("AL205", "FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN useradd -r app\n"
              "RUN dotnet publish -c Release -r linux-x64 -o /app\n", 3),
    # AL206: the compiler called by its path
    ("AL206", "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\n"
              "RUN /usr/local/go/bin/go build -o /out/app .\n"
              "FROM alpine:3.20\nCOPY --from=build /out/app /app\n", 4),
    # AL402: an ISA flag among others in a *FLAGS value
    ("AL402", 'FROM debian:bookworm\nENV CFLAGS="-O2 -pipe -mavx2"\nRUN make\n', 2),
    # AL204: GOARCH set in a RUN that also mentions GOPATH and GOFLAGS
    ("AL204", "FROM golang:1.22\nRUN GOPATH=/go GOFLAGS=-mod=mod GOARCH=amd64 go build .\n", 2),
    # AL402's file gate is the catalog itself: rustc's target-feature list and -Ctarget-cpu
    ("AL402", 'FROM rust:1.77\nENV RUSTFLAGS="-C target-feature=+avx2,+fma"\n', 2),
    ("AL402", "FROM rust:1.77\nRUN RUSTFLAGS=-Ctarget-cpu=native cargo build --release\n", 2),
    # AL207: a value that names no architecture at all
    ("AL207", "ARG BUILDPLATFORM=linux\nFROM debian:bookworm\n", 1),
    # AL208: a build-platform stage reached through a stage name, no arch token anywhere
    ("AL208", "FROM --platform=$BUILDPLATFORM debian:bookworm AS base\nFROM base\n"
              "RUN echo hi\n", 2),
]

# The file-level gates read the build-arg values too: a value may bring in the only token.
BUILD_ARG_CASES = [
    ("AL209", "ARG NS\nFROM ${NS}/ubuntu:22.04\n", {"NS": "arm64v8"}, 2),
    ("AL303", "FROM debian:bookworm\nARG BIN\nCOPY $BIN /usr/local/bin/tool\n",
     {"BIN": "dist/tool-linux-amd64"}, 3),
]


@pytest.mark.parametrize(("rule", "text", "args", "line"), BUILD_ARG_CASES)
def test_file_gates_read_build_args(rule: str, text: str, args: dict[str, str],
                                    line: int) -> None:
    found = sorted((f.rule, f.line) for f in lint_text(text, select=[rule], build_args=args))
    assert (rule, line) in found
    assert sorted((f.rule, f.line) for f in lint_text(text, select=[rule])) == []


@pytest.mark.parametrize(("rule", "text", "line"), PREFILTER_CASES)
def test_prefilters_keep_findings(rule: str, text: str, line: int) -> None:
    assert (rule, line) in _rules(text, [rule])


def test_prefilters_skip_words_that_only_look_like_leads() -> None:
    # -r of useradd, --platform of FROM, GOPATH, a .deb-less apt-get: nothing to report
    text = ("FROM --platform=$BUILDPLATFORM debian:bookworm AS b\nRUN useradd -r app\n"
            "ENV GOPATH=/go\nRUN DEBIAN_FRONTEND=noninteractive apt-get install -y curl\n"
            "FROM debian:bookworm\nCOPY --from=b /etc/passwd /etc/passwd\n")
    assert _rules(text, ["AL2", "AL3", "AL4"]) == []

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
    # AL302 reads a RUN's own text for a file extension with its dot (``apk add`` is none),
    # a value without it
    ("AL302", "FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/tool-1.0-x86_64.apk\n", 2),
    ("AL302", "FROM debian:bookworm\nARG EXT=deb\nRUN dpkg -i tool_amd64.${EXT}\n", 3),
    # AL304 reads an arch token only as a qualifier, or where a variable is one
    ("AL304", "FROM debian:bookworm\nRUN apt-get install -y libc6:i386\n", 2),
    ("AL304", "FROM debian:bookworm\nRUN A=armhf; apt-get install -y libc6:$A\n", 2),
    ("AL304", "FROM rockylinux:9\nRUN dnf install -y glibc.i686\n", 2),
    ("AL304", "FROM debian:bookworm\nRUN dpkg --add-architecture i386\n", 2),
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


# LiteralHint (substring tests before a pattern) answers as the pattern it replaced, on the
# texts that matter (each hint's words in odd places) and on random text.
def _hints() -> list[tuple[object, str]]:
    from archlint.checks import artifacts, runtime

    return [
        (artifacts._DOWNLOAD_HINT,
         "|".join(sorted({*artifacts.DOWNLOADERS, "git", "://"}, key=len, reverse=True))),
        (artifacts._PACKAGE_TOOL_RE, "|".join(artifacts._PACKAGE_TOOLS)),
        (runtime._FLAG_HINT, r"-m(?!ount)[a-z0-9]|target-cpu|target-feature|GOAMD64|FLAGS"),
        (runtime._PATH_HINT, r"linux-gnu|ld-linux|/jvm/|linux-64|linux-aarch64|linux-ppc64le|"
                             r"/targets/|/hpc_sdk/"),
    ]


_HINT_TEXTS = [
    "", "RUN --mount=type=cache,target=/x make", "-mount", "-m", "CFLAGS=-O2", "cflags",
    "target-cpu=native", "target-", "https", "htt", "axe", "xh ", "gi t", "apt-get", "uv pip",
    "uv", "/usr/lib/x86_64-linux-gnu", "linux-", "linux_64", "/opt/hpc_sdk/", "/usr/lib/jvm",
    "LINUX-GNU", "pip3", "rpm -i", "apkg", "GOAMD64=v3", "goamd64",
]


@pytest.mark.parametrize("text", _HINT_TEXTS)
def test_literal_hints_answer_as_their_patterns(text: str) -> None:
    import re

    for hint, pattern in _hints():
        assert bool(hint.search(text)) == bool(re.search(pattern, text)), (pattern, text)  # type: ignore[attr-defined]


def test_literal_hints_on_random_text() -> None:
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    hints = _hints()
    pieces = st.sampled_from(["-m", "ount", "target-", "cpu", "feature", "GOAMD64", "FLAGS",
                              "linux", "-gnu", "ld-", "/jvm/", "-64", "curl", "wget", "git",
                              "://", "http", "xh", "apt", "uv ", "pip", "a", "-", "/", " "])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(pieces, max_size=8).map("".join))
    def check(text: str) -> None:
        for hint, pattern in hints:
            assert bool(hint.search(text)) == bool(re.search(pattern, text))  # type: ignore[attr-defined]

    check()

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

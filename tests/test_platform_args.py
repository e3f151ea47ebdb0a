"""AL201-AL203 beyond the catalog examples: spans, messages, platforms, declared intent."""

from __future__ import annotations

from conftest import run_archlint

from archlint.engine import lint_text


def findings(text: str, rule: str, **kw):  # type: ignore[no-untyped-def]
    return [f for f in lint_text(text, select=[rule], **kw) if f.rule == rule]


def test_al201_points_at_the_value_and_names_the_other_platforms() -> None:
    (f,) = findings("FROM --platform=linux/amd64 debian:bookworm\n", "AL201")
    assert (f.line, f.column, f.end_column) == (1, 17, 28)
    assert "linux/arm64" in f.message and f.platforms == ["linux/arm64"]
    assert f.severity.value == "warning"


def test_al201_buildkit_stage_name_exemption_and_aliases() -> None:
    text = (
        "FROM --platform=linux/arm64 alpine AS base-arm64\n"
        "FROM --platform=linux/x86_64 alpine AS build-amd64\n"
        "FROM --platform=linux/amd64 alpine AS tools\n"
    )
    assert [f.line for f in findings(text, "AL201")] == [3]


def test_al201_stage_named_for_its_platform_but_every_platforms_base() -> None:
    # a real file: the name says amd64, but the image starts FROM it by that name
    text = ("FROM --platform=linux/amd64 node:20 AS build_amd64\n"
            "FROM build_amd64 AS build\nRUN npm ci\n")
    (f,) = findings(text, "AL201")
    assert (f.line, f.platforms) == (1, ["linux/arm64"])
    assert "stage build starts FROM it" in f.message
    assert [(r.line, r.message) for r in f.related] == [(2, "every platform's build starts here")]
    # picked per platform, or used only by a stage named for the same platform: the name holds
    per_arch = ("FROM --platform=linux/amd64 node:20 AS build_amd64\n"
                "FROM --platform=linux/arm64 node:20 AS build_arm64\n"
                "FROM build_amd64 AS final_amd64\nFROM build_arm64 AS final_arm64\n"
                "ARG TARGETARCH\nFROM final_${TARGETARCH}\n")
    assert findings(per_arch, "AL201") == []


def test_al201_stage_picked_per_platform_or_never_built() -> None:
    # Ollama's layout (a real file of the ninth blind round): FROM runtime-$TARGETARCH
    # builds runtime-amd64 and runtime-arm64; runtime-rocm only with --target
    text = ("FROM --platform=linux/amd64 ubuntu:22.04 AS runtime-amd64\n"
            "FROM --platform=linux/arm64 ubuntu:22.04 AS runtime-arm64\n"
            "FROM --platform=linux/amd64 rocm/dev-centos-7 AS runtime-rocm\n"
            "FROM runtime-$TARGETARCH\n")
    assert findings(text, "AL201") == []
    assert [f.line for f in findings(text, "AL201", target="runtime-rocm")] == [3]
    # a dead stage at the top of a file is not built either
    assert findings("FROM --platform=amd64 node:17\nFROM node:17\n", "AL201") == []


def test_al201_not_when_declared_single_platform() -> None:
    text = "# archlint: platforms=linux/amd64\nFROM --platform=linux/amd64 alpine\n"
    assert findings(text, "AL201") == []


def test_al201_ignores_variables_and_invalid_values() -> None:
    text = "FROM --platform=$BUILDPLATFORM alpine\nFROM --platform=linux/notanarch alpine\n"
    assert findings(text, "AL201") == []


def test_al202_span_is_the_flag() -> None:
    (f,) = findings("FROM --platform=${TARGETPLATFORM} alpine\n", "AL202")
    assert (f.line, f.column, f.end_column) == (1, 6, 34)
    assert f.severity.value == "info"


def test_al203_points_at_each_reference() -> None:
    text = (
        "FROM alpine\n"
        "WORKDIR /opt/${TARGETARCH}\n"
        "RUN echo $TARGETOS && echo ok\n"
        "ARG TARGETOS\n"
        "RUN echo $TARGETOS\n"
    )
    got = [(f.line, f.column, f.end_column) for f in findings(text, "AL203")]
    assert got == [(2, 14, 27), (3, 10, 19)]
    assert "ARG TARGETARCH" in findings(text, "AL203")[0].message


def test_al203_escaped_and_single_quoted_references_are_not_uses() -> None:
    text = (
        "FROM alpine\n"
        "RUN echo '$TARGETARCH' \\$TARGETOS > /x\n"
        "ENV A=\\$TARGETARCH\n"
    )
    assert findings(text, "AL203") == []


def test_al203_heredoc_body_and_runtime_cmd() -> None:
    text = (
        "FROM alpine\n"
        "RUN <<EOF\n"
        "echo $TARGETARCH\n"
        "EOF\n"
        "ARG TARGETARCH\n"
        "ENV TARGETARCH=$TARGETARCH\n"
        "CMD echo $TARGETARCH $TARGETOS\n"
    )
    got = [(f.line, f.column) for f in findings(text, "AL203")]
    assert got == [(3, 6), (7, 22)]
    assert "when the container runs" in findings(text, "AL203")[1].message


def test_al203_env_from_parent_stage_counts() -> None:
    text = (
        "FROM alpine AS base\n"
        "ARG TARGETARCH\n"
        "ENV TARGETARCH=$TARGETARCH\n"
        "FROM base\n"
        "RUN echo $TARGETARCH\n"
    )
    assert findings(text, "AL203") == []


def test_cli_reports_al203_with_caret(tmp_path) -> None:  # type: ignore[no-untyped-def]
    df = tmp_path / "Dockerfile"
    df.write_text("FROM alpine\nRUN echo ${TARGETARCH}\n")
    res = run_archlint("check", str(df), "--select", "AL203", "--offline")
    assert res.returncode == 1, res.stderr
    assert "Dockerfile:2:10: AL203" in res.stdout


def test_al203_healthcheck_runs_in_the_container() -> None:
    text = "FROM alpine\nARG TARGETARCH\nHEALTHCHECK CMD wget -q http://localhost/$TARGETARCH\n"
    (f,) = findings(text, "AL203")
    assert (f.line, f.column) == (3, 42) and "HEALTHCHECK" in f.message


def test_al202_follows_buildkit_substitution_rule() -> None:
    text = (
        "FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine AS a\n"
        "FROM --platform=$TARGETOS/$TARGETARCH alpine AS b\n"
        "FROM --platform=${TARGETPLATFORM:+linux/arm64} alpine AS c\n"
        'FROM --platform="$TARGETPLATFORM" alpine AS d\n'
    )
    assert [f.line for f in findings(text, "AL202")] == [1, 4]


def test_al201_silent_when_only_that_platform_is_requested() -> None:
    text = "FROM --platform=linux/amd64 alpine\n"
    assert findings(text, "AL201", platforms=["linux/amd64"]) == []
    assert [f.platforms for f in findings(text, "AL201", platforms=["linux/amd64",
                                                                  "linux/s390x"])] == [
        ["linux/s390x"]
    ]


def test_missing_platform_stage():
    # FROM arch-${TARGETARCH}: a stage for amd64 and 32-bit ARM, none for arm64 (modelled on
    # a real file of the seventh blind round, whose evaluator found no rule for it)
    text = ("FROM scratch AS arch-arm\nADD armv7.tar.gz /\nFROM scratch AS arch-amd64\n"
            "ADD x86_64.tar.gz /\nFROM arch-${TARGETARCH} AS final\nCMD [\"/bin/sh\"]\n")
    [f] = lint_text(text, select=["AL210"])
    assert f.line == 5 and f.platforms == ["linux/arm64"] and "arch-arm64" in f.message
    assert lint_text(text, select=["AL210"], platforms=["linux/amd64", "linux/arm/v7"]) == []
    # a global ARG built from the platform, and the variant
    via_arg = ("ARG FLAVOUR=${TARGETARCH}${TARGETVARIANT}\nFROM alpine AS base-amd64\n"
               "FROM alpine AS base-armv7\nFROM base-${FLAVOUR}\n")
    [f] = lint_text(via_arg, select=["AL210"],
                    platforms=["linux/amd64", "linux/arm/v7", "linux/arm64"])
    assert f.platforms == ["linux/arm64"]
    # a reference that is no stage for any platform is an image (the registry rules' job),
    # and a stage the build never reaches is not built
    assert lint_text("FROM ghcr.io/o/tool-${TARGETARCH}:1\n", select=["AL210"]) == []
    unused = text.replace('CMD ["/bin/sh"]\n', 'CMD ["/bin/sh"]\nFROM alpine\nRUN true\n')
    assert lint_text(unused, select=["AL210"]) == []

"""Variable expansion with BuildKit's shell-lexer semantics, ARG/ENV scoping and the stage
graph. Expected values follow moby/buildkit ``frontend/dockerfile/shell`` (lex.go and its
test table) and ``dockerfile2llb`` scoping rules."""

from __future__ import annotations

import pytest

from archlint.dockerfile import parse
from archlint.dockerfile.scope import (
    BuildContext,
    base_image,
    expand,
    global_scope,
    instruction_scopes,
    needed_stages,
    references,
    scope_at,
    stage_dependencies,
    unquote,
)
from archlint.platforms import Platform

ENV = {"PWD": "/home", "SHELL": "bash", "NULL": "", "P": "linux/arm64/v8", "V": "v1.2.3"}

ARM64 = Platform.parse("linux/arm64")
AMD64 = Platform.parse("linux/amd64")
ARMV7 = Platform.parse("linux/arm/v7")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("hello", "hello"),
        ("he'll'o", "hello"),
        ("he\\'llo", "he'llo"),
        ("abc\\tdef", "abctdef"),
        ('"abc\\tdef"', "abc\\tdef"),
        ("'abc\\tdef'", "abc\\tdef"),
        ("hello\\", "hello"),
        ("hello\\\\", "hello\\"),
        ('"hel\'lo"', "hel'lo"),
        ("'hello\\'", "hello\\"),
        ('"\'\'"', "''"),
        ("$.", "$."),
        ("he$1x", "hex"),
        ("he$.x", "he$.x"),
        ("he$PWD", "he/home"),
        ("he\\$PWD", "he$PWD"),
        ("he\\\\$PWD", "he\\/home"),
        ('"he\\$PWD"', "he$PWD"),
        ('"he\\\\$PWD"', "he\\/home"),
        ("\\${}", "${}"),
        ("he${hi}xx", "hexx"),
        ("he${PWD}", "he/home"),
        ("he${XXX:-000}xx", "he000xx"),
        ("he${PWD:-000}xx", "he/homexx"),
        ("he${XXX:-$PWD}xx", "he/homexx"),
        ("he${XXX:-${PWD:-yyy}}xx", "he/homexx"),
        ("he${XXX:-${YYY:-yyy}}xx", "heyyyxx"),
        ("he${NULL:-nul}xx", "henulxx"),
        ("he${NULL-nul}xx", "hexx"),
        ("he${XXX-unset}xx", "heunsetxx"),
        ("he${PWD?}", "he/home"),
        ("he${NULL?}", "he"),
        ("he${XXX:+${PWD}}xx", "hexx"),
        ("he${PWD:+${SHELL}}xx", "hebashxx"),
        ("he${NULL:+set}xx", "hexx"),
        ("he${NULL+set}xx", "hesetxx"),
        ("'he${XX}'", "he${XX}"),
        ('"he\'$PWD\'"', "he'/home'"),
        ("'$PWD'", "$PWD"),
        ("he${PWD:+${PWD}:}xx", "he/home:xx"),
        ("he${XXX:-\\$PWD:}xx", "he$PWD:xx"),
        ("안'녕'하세요", "안녕하세요"),
        ("${P#*/}", "arm64/v8"),
        ("${P##*/}", "v8"),
        ("${P%/*}", "linux/arm64"),
        ("${P%%/*}", "linux"),
        ("${V#v}", "1.2.3"),
        ("${P/arm64/amd64}", "linux/amd64/v8"),
        ("${P//\\//-}", "linux-arm64-v8"),
    ],
)
def test_expand_like_buildkit(word: str, expected: str) -> None:
    result = expand(word, ENV)
    assert result.error is None
    assert result.value == expected


@pytest.mark.parametrize(
    "word",
    ["he'llo", '"hello', "'hello", "he${}", "he${.}", "he${XXX:YYY}", "he${XXX?}",
     "he${XXX:?}", "he${NULL:?}", "he${PWD", "he${PWD:=000}xx", "${{x}", "${:x}"],
)
def test_expand_errors_like_buildkit(word: str) -> None:
    result = expand(word, ENV)
    assert result.error is not None
    assert result.value == word


def test_backtick_escape() -> None:
    assert expand("C:\\path`$X", {"X": "1"}, "`").value == "C:\\path$X"
    assert expand('"a`"b"', {}, "`").value == 'a"b'


def test_unset_variables_are_listed_once_in_order() -> None:
    result = expand("${REG}/${IMAGE}:${TAG:-latest}-$REG-${ARCH}", {"IMAGE": "app"})
    assert result.value == "/app:latest--"
    assert result.unset == ["REG", "ARCH"]


def test_references_and_unquote() -> None:
    refs = references('a$B-"${C:-x}"-\'$D\'')
    assert [(r.name, r.start, r.end, r.modifier, r.quoted) for r in refs] == [
        ("B", 1, 3, "", False), ("C", 5, 12, ":-", True),
    ]
    assert unquote('"a b" \'$X\' ${Y:-"q"} \\$Z') == "a b $X ${Y:-\"q\"} $Z"


# -- scopes --------------------------------------------------------------------------------------

SRC = """\
ARG REGISTRY=docker.io
ARG GO_VERSION=1.22
ARG IMAGE=${REGISTRY}/library/golang:${GO_VERSION}
ARG UNSET
FROM --platform=$BUILDPLATFORM ${IMAGE} AS build
RUN echo $GO_VERSION
ARG GO_VERSION
ARG TARGETARCH
ARG LOCAL=x-${TARGETARCH}
ENV GOARCH=$TARGETARCH LOCAL=env-wins
RUN go build
FROM build AS child
RUN echo $GOARCH
FROM alpine:${GO_VERSION}-${UNSET}
"""


def ctx(**build_args: str) -> BuildContext:
    return BuildContext(build_args, ARM64, AMD64)


def test_global_scope_for_from_lines() -> None:
    df = parse(SRC)
    scope = global_scope(df, ctx())
    assert scope["IMAGE"] == "docker.io/library/golang:1.22"
    assert scope["UNSET"] is None
    assert scope["TARGETARCH"] == "arm64" and scope["BUILDPLATFORM"] == "linux/amd64"
    assert scope_at(df, df.instructions[4], ctx()) == scope  # the FROM


def test_global_args_are_not_visible_in_a_stage_until_redeclared() -> None:
    df = parse(SRC)
    first_run = df.instructions[5]
    assert scope_at(df, first_run, ctx()) == {}
    second_run = df.instructions[10]
    assert scope_at(df, second_run, ctx()) == {
        "GO_VERSION": "1.22",
        "TARGETARCH": "arm64",
        "LOCAL": "env-wins",  # ENV overrides an ARG of the same name
        "GOARCH": "arm64",
    }
    # before ``ARG TARGETARCH`` the automatic arg does not exist in the stage
    assert "TARGETARCH" not in scope_at(df, df.instructions[7], ctx())


def test_build_args_override_defaults() -> None:
    df = parse(SRC)
    c = ctx(GO_VERSION="1.23", REGISTRY="ghcr.io", UNSET="u")
    assert base_image(df, df.stages[0], c).value == "ghcr.io/library/golang:1.23"
    assert scope_at(df, df.instructions[10], c)["GO_VERSION"] == "1.23"
    assert base_image(df, df.stages[2], c).value == "alpine:1.23-u"


def test_stage_from_stage_inherits_env_not_args() -> None:
    df = parse(SRC)
    child_run = df.instructions[12]
    assert scope_at(df, child_run, ctx()) == {"GOARCH": "arm64", "LOCAL": "env-wins"}


def test_base_image_reports_unset_variables() -> None:
    df = parse(SRC)
    result = base_image(df, df.stages[2], ctx())
    assert result.value == "alpine:1.22-"
    assert result.unset == ["UNSET"]


def test_platform_values_follow_the_target() -> None:
    df = parse("FROM alpine\nARG TARGETPLATFORM TARGETOS TARGETARCH TARGETVARIANT\nRUN x\n")
    scope = scope_at(df, df.instructions[2], BuildContext({}, ARMV7, AMD64))
    assert scope == {"TARGETPLATFORM": "linux/arm/v7", "TARGETOS": "linux",
                     "TARGETARCH": "arm", "TARGETVARIANT": "v7"}


def test_platform_arg_default_shadows_the_builder_value() -> None:
    df = parse("FROM alpine\nARG TARGETARCH=amd64\nRUN x\n")
    assert scope_at(df, df.instructions[2], ctx())["TARGETARCH"] == "amd64"


def test_arg_default_sees_earlier_args_in_the_same_instruction() -> None:
    df = parse("FROM a\nARG A=1 B=${A}2\nRUN x\n")
    assert scope_at(df, df.instructions[2], ctx()) == {"A": "1", "B": "12"}


def test_global_arg_scope_is_ordered() -> None:
    df = parse("ARG A=1\nARG B=${A}${C}\nARG C=3\nFROM x\n")
    assert global_scope(df, ctx())["B"] == "1"
    assert scope_at(df, df.instructions[1], ctx())["A"] == "1"
    assert "C" not in scope_at(df, df.instructions[1], ctx())


# -- stage graph ------------------------------------------------------------------------------

GRAPH = """\
ARG BASE_STAGE=deps
FROM golang AS deps
FROM ${BASE_STAGE} AS build
ARG FROM_STAGE=assets
COPY --from=${FROM_STAGE} /a /a
FROM node AS assets
FROM alpine AS unused
FROM scratch AS tools
FROM alpine
COPY --from=build /x /x
COPY --from=3 /y /y
RUN --mount=type=bind,from=tools,target=/t true
COPY --from=nginx:latest /etc/nginx /etc/nginx
"""


def test_stage_dependencies() -> None:
    df = parse(GRAPH)
    deps = stage_dependencies(df, ctx())
    assert deps == {0: set(), 1: {0}, 2: set(), 3: set(), 4: set(), 5: {1, 3, 4}}


def test_forward_references_are_images() -> None:
    # COPY --from=assets in "build" names a stage defined later: BuildKit treats it as an
    # image reference there, so it is not a dependency.
    df = parse(GRAPH)
    assert 2 not in stage_dependencies(df, ctx())[1]


def test_needed_stages_from_final_and_target() -> None:
    df = parse(GRAPH)
    assert needed_stages(df, None, ctx()) == [0, 1, 3, 4, 5]
    assert needed_stages(df, "BUILD", ctx()) == [0, 1]
    assert needed_stages(df, "unused", ctx()) == [3]
    with pytest.raises(ValueError, match="target stage 'nope' could not be found"):
        needed_stages(df, "nope", ctx())


def test_build_arg_changes_the_graph() -> None:
    df = parse(GRAPH)
    assert stage_dependencies(df, ctx(BASE_STAGE="golang:1.22"))[1] == set()
    assert needed_stages(df, "build", ctx(BASE_STAGE="golang:1.22")) == [1]


def test_instruction_scopes_equal_scope_at_for_every_instruction() -> None:
    for src in (SRC, GRAPH, "ARG A=1\nARG B=${A}2\nFROM x\nARG B\nENV C=$B\nRUN y\n"):
        df = parse(src)
        c = ctx(GO_VERSION="9")
        scopes = instruction_scopes(df, c)
        assert set(scopes) == {i.index for i in df.instructions}
        for inst in df.instructions:
            assert scopes[inst.index] == scope_at(df, inst, c), (src, inst.index)


def test_stage_platform() -> None:
    from archlint.dockerfile.scope import stage_platform
    from archlint.platforms import PlatformError

    df = parse(
        "ARG PLAT=linux/arm/v7\n"
        "FROM --platform=$BUILDPLATFORM golang AS a\n"
        "FROM --platform=${PLAT} alpine AS b\n"
        "FROM alpine AS c\n"
        "FROM --platform=$UNSET alpine AS d\n"
        "FROM --platform=nonsense alpine AS e\n"
    )
    c = ctx()
    assert stage_platform(df, df.stages[0], c) == AMD64
    assert stage_platform(df, df.stages[1], c) == ARMV7
    assert stage_platform(df, df.stages[2], c) == ARM64
    assert stage_platform(df, df.stages[3], c) is None
    with pytest.raises(PlatformError):
        stage_platform(df, df.stages[4], c)


@pytest.mark.parametrize(
    ("word", "value", "expected"),
    [
        ("${X#\\*}", "*ab", "ab"),
        ("${X#*}", "*ab", "*ab"),
        ("${X##*}", "*ab", ""),
        ("${X%.*}", "a.b.c", "a.b"),
        ("${X%%.*}", "a.b.c", "a"),
        ("${X/\\}/y}", "a}b", "ayb"),
        ("${X/[a]/y}", "[a]a", "ya"),  # no bracket expressions: "[" is literal
        ("${X//o/0}", "foo boo", "f00 b00"),
        ("${X/o/$Y}", "foo", "fbaro"),
    ],
)
def test_pattern_substitutions(word: str, value: str, expected: str) -> None:
    assert expand(word, {"X": value, "Y": "bar"}).value == expected


def test_pattern_substitutions_are_linear_on_long_values() -> None:
    import time

    value = "a" * 50_000
    start = time.process_time()
    for word in ("${X/a/b}", "${X//a/b}", "${X#*a}", "${X##*a}", "${X%a*}", "${X%%a*}",
                 "${X/b/c}", "${X#*b}"):
        expand(word, {"X": value})
    assert time.process_time() - start < 2


def test_global_platform_arg_without_default_keeps_the_automatic_value() -> None:
    df = parse("ARG TARGETARCH\nARG BUILDPLATFORM=custom\nFROM alpine:${TARGETARCH}\n"
               "ARG TARGETARCH\nRUN x\n")
    c = ctx()
    assert global_scope(df, c)["TARGETARCH"] == "arm64"
    assert global_scope(df, c)["BUILDPLATFORM"] == "custom"
    assert base_image(df, df.stages[0], c).value == "alpine:arm64"
    assert scope_at(df, df.instructions[4], c) == {"TARGETARCH": "arm64"}
    assert instruction_scopes(df, c)[4] == {"TARGETARCH": "arm64"}


def test_copy_from_expands_global_args_only() -> None:
    df = parse(
        "ARG SRC=builder\n"
        "FROM alpine AS builder\n"
        "FROM alpine AS other\n"
        "FROM scratch\n"
        "ARG LOCAL=other\n"
        "COPY --from=${SRC} /a /a\n"
        "COPY --from=${LOCAL} /b /b\n"
    )
    assert stage_dependencies(df, ctx())[2] == {0}
    assert stage_dependencies(df, ctx(SRC="other"))[2] == {1}

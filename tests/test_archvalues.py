"""The shared arch analysis: vocabulary, value following, guards, case coverage, stages."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from archlint.checks.archvalues import (
    ArchAnalysis,
    analysis,
    broken_platforms,
    find_arch_tokens,
    is_arch_query,
)
from archlint.dockerfile import parse
from archlint.dockerfile.model import SourceText
from archlint.platforms import Platform
from archlint.shell import parse_script

AMD, ARM = Platform.parse("linux/amd64"), Platform.parse("linux/arm64")
ARMV7 = Platform.parse("linux/arm/v7")


def an_for(text: str, platforms=(AMD, ARM), **kw) -> ArchAnalysis:  # type: ignore[no-untyped-def]
    return ArchAnalysis(parse(text, "Dockerfile"), list(platforms), **kw)


def run_hits(text: str, platforms=(AMD, ARM), **kw):  # type: ignore[no-untyped-def]
    """(line, column, token, origin, broken) of every constant arch in RUN command args."""
    an = an_for(text, platforms, **kw)
    out = []
    for ins in an.df.instructions:
        for view in an.scripts(ins):
            for cmd in view.commands():
                plats = view.command_platforms(cmd)
                for w in cmd.args:
                    for h in view.arch_hits(w, plats):
                        out.append((h.span.line, h.span.column, h.token, h.origin,
                                    [str(p) for p in h.broken]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://x/kubectl/linux/amd64/kubectl", [("amd64", "amd64")]),
        ("docker-27.1.1-x86_64.tgz", [("x86_64", "amd64")]),
        ("node-v20.1.0-linux-x64.tar.xz", [("x64", "amd64")]),
        ("OpenJDK17U-jdk_aarch64_linux_hotspot.tar.gz", [("aarch64", "arm64")]),
        ("jq-linux64", [("linux64", "amd64")]),
        ("hugo_0.80.0_Linux-64bit.tar.gz", [("64bit", "amd64")]),
        ("helm-v3.14.0-linux-386.tar.gz", [("linux-386", "386")]),
        ("protoc-gen-grpc-java-1.64.0-linux-aarch_64.exe", [("aarch_64", "arm64")]),
        ("tini-armhf", [("armhf", "arm/v7")]),
        ("arm64v8/ubuntu", [("arm64v8", "arm64")]),
        ("ARM64 and s390x and ppc64el", [("ARM64", "arm64"), ("s390x", "s390x"),
                                         ("ppc64el", "ppc64le")]),
        ("sha256:9a3b8c386amd64ff0e", []),  # inside a hex run: not a token
        ("0x64 flags", []),
        ("a 64bit build", []),  # prose, not a release suffix
        ("x86_64-unknown-linux-gnu", [("x86_64", "amd64")]),
        ("libfoo2386", []),
        # the OS/arch path form, and Xray's linux-64 before a file extension only (a conda
        # channel's linux-64/ directory is the conda rules'); real files of the eighth round
        ("/release/v1.18.0/bin/linux/arm/kubectl", [("linux/arm", "arm")]),
        ("Xray-linux-64.zip", [("linux-64", "amd64")]),
        ("https://conda.anaconda.org/conda-forge/linux-64/repodata.json", []),
        ("resin/armv7hf-node", [("armv7hf", "arm/v7")]),
        ("", []),
    ],
)
def test_find_arch_tokens(text: str, expected: list[tuple[str, str]]) -> None:
    toks = find_arch_tokens(text)
    assert [(t.token, t.arch) for t in toks] == expected
    for t in toks:
        assert text[t.start : t.end] == t.token


def test_broken_platforms() -> None:
    assert broken_platforms("amd64", [AMD, ARM]) == [ARM]
    assert broken_platforms("arm64", [AMD, ARM]) == [AMD]
    assert broken_platforms("arm/v7", [ARMV7, ARM]) == [ARM]
    assert broken_platforms("amd64", [AMD]) == []


@pytest.mark.parametrize(
    ("cmd", "query"),
    [
        ("dpkg --print-architecture", True), ("uname -m", True), ("uname -s", False),
        ("apk --print-arch", True), ("arch", True), ("rpm --eval '%{_arch}'", True),
        ("go env GOARCH", True), ("go env GOPATH", False), ("xx-info march", True),
        ("node -p process.arch", True), ("python3 -c 'import platform;print(platform.machine())'",
                                         True),
        ("dpkg -l", False), ("curl -fsSL x", False),
    ],
)
def test_is_arch_query(cmd: str, query: bool) -> None:
    (c,) = parse_script(SourceText(cmd, [(0, 1, 1)])).commands()
    assert is_arch_query(c) is query


def test_value_following_and_origins() -> None:
    text = """\
ARG ARCH=amd64
FROM alpine
ARG ARCH
ENV URL=https://e.com/tool-linux-${ARCH}.tgz
RUN curl -fsSL $URL -o /t && V=x86_64 && wget "https://e/$V" && wget ${NOPE:-aarch64}
"""
    hits = run_hits(text)
    assert hits == [
        (5, 16, "amd64", "ARG ARCH=amd64 at line 1", ["linux/arm64"]),
        (5, 58, "x86_64", "V=x86_64 at line 5", ["linux/arm64"]),
        (5, 70, "aarch64", "the default value of NOPE", ["linux/amd64"]),
    ]


@pytest.mark.parametrize(
    ("assign", "value"),
    [
        ('F="$(basename "$URL")"', "tool-x86_64.tar.gz"),
        ("F=$(basename $URL .tar.gz)", "tool-x86_64"),
        ("F=$(basename https://e.com/a/b/c.whl/)", "c.whl"),
        ("F=$(basename $URL2)", "{ARCH}"),  # a value that follows the arch stays one piece
        ("F=$(basename -a $URL)", "{?}"),  # an option: not read
        ("F=$(basename $URL | tr - _)", "{?}"),  # a pipeline: not read
    ],
)
def test_basename_keeps_the_last_path_component(assign: str, value: str) -> None:
    text = ("FROM alpine\nARG TARGETARCH\nENV URL=https://e.com/dl/tool-x86_64.tar.gz\n"
            "ENV URL2=https://e.com/dl/tool-${TARGETARCH}.tar.gz\n"
            f"RUN {assign} && echo $F\n")
    an = an_for(text)
    [view] = an.scripts(an.df.instructions[-1])
    [a] = [a for a in view.script.assignments() if a.name == "F"]
    assert a.value is not None
    assert view.resolve(a.value).text == value


def test_build_arg_overrides_default() -> None:
    text = "FROM alpine\nARG ARCH=amd64\nRUN curl https://e/x-$ARCH\n"
    assert [h[2] for h in run_hits(text)] == ["amd64"]
    assert run_hits(text, build_args={"ARCH": "arm64"})[0][2] == "arm64"


@pytest.mark.parametrize(
    "run",
    [
        'arch="$(dpkg --print-architecture)"; curl "https://e/x-${arch}.tgz"',
        'curl "https://e/x-$(uname -m).tgz"',
        "a=$(apk --print-arch); b=${a%%-*}; curl https://e/$b",
        'case "$(uname -m)" in x86_64) a=amd64 ;; aarch64) a=arm64 ;; esac; curl https://e/$a',
        "curl https://e/x-${TARGETARCH}",
        "for a in amd64 arm64; do curl https://e/$a; done",
        'case "$TARGETARCH" in amd64) curl https://e/amd64 ;; arm64) curl https://e/arm64 ;; esac',
        'if [ "$TARGETARCH" = "amd64" ]; then curl https://e/x86_64; fi',
        '[ "$TARGETARCH" = arm64 ] && curl https://e/aarch64 || curl https://e/x86_64',
        'if [ "$(uname -m)" != "x86_64" ]; then curl https://e/arm64; '
        "else curl https://e/amd64; fi",
    ],
)
def test_parametrized_and_guarded_code_is_silent(run: str) -> None:
    text = f"FROM debian\nARG TARGETARCH\nRUN {run}\n"
    assert run_hits(text) == []


def test_else_branch_runs_for_the_other_platforms() -> None:
    text = ('FROM debian\nARG TARGETARCH\nRUN if [ "$TARGETARCH" = arm64 ]; then a; '
            "else curl https://e/x86_64-only; fi\n")
    assert [(h[2], h[4]) for h in run_hits(text, (AMD, ARM, ARMV7))] == [
        ("x86_64", ["linux/arm/v7"])
    ]


def test_default_branch_after_amd64_item() -> None:
    text = ('FROM debian\nARG TARGETARCH\nRUN case "$TARGETARCH" in arm64) curl https://e/arm64 ;; '
            "*) curl https://e/amd64 ;; esac\n")
    assert run_hits(text) == []
    assert [h[4] for h in run_hits(text, (AMD, ARM, ARMV7))] == [["linux/arm/v7"]]


def test_reassigned_param_var_is_constant() -> None:
    text = 'FROM debian\nRUN a="$(uname -m)"; a=x86_64; curl https://e/$a\n'
    assert [h[2] for h in run_hits(text)] == ["x86_64"]


def test_arch_cases_missing_branch() -> None:
    text = """\
FROM debian
RUN set -eux; arch="$(dpkg --print-architecture)"; \\
    case "$arch" in amd64) url=https://e/x86_64 ;; *) echo "unsupported" >&2; exit 1 ;; esac
RUN arch="$(dpkg --print-architecture)"; \\
    case "$arch" in amd64) u=1 ;; arm64) u=2 ;; *) echo "unsupported" >&2; exit 1 ;; esac
RUN case "$(uname -m)" in x86_64) extra=1 ;; *) ;; esac
"""
    an = an_for(text, (AMD, ARM, ARMV7))
    runs = [i for i in an.df.instructions if i.keyword == "RUN"]
    (c1,) = an.scripts(runs[0])[0].arch_cases()
    assert [str(p) for p in c1.missing] == ["linux/arm64", "linux/arm/v7"]
    (c2,) = an.scripts(runs[1])[0].arch_cases()
    assert [str(p) for p in c2.missing] == ["linux/arm/v7"]
    (c3,) = an.scripts(runs[2])[0].arch_cases()
    assert c3.missing == []  # an empty *) branch is generic, not a failure


def test_stage_helpers() -> None:
    text = """\
ARG GO=1.22
FROM --platform=$BUILDPLATFORM golang:${GO} AS build
ARG TARGETARCH
RUN echo
FROM --platform=linux/amd64 alpine AS tools
FROM alpine AS final
COPY --from=build /out /out
RUN --mount=from=tools,target=/t true
"""
    an = an_for(text)
    build, tools, final = an.df.stages
    assert an.is_build_stage(build) and not an.is_build_stage(final)
    assert an.platform_pinned(tools) == "linux/amd64"
    assert an.final_stage() is final
    assert an_for(text, target="build").final_stage().name == "build"
    assert [s.index for s, _ in an.stages_copying_from(build)] == [2]
    assert an.used_stages() == {0, 1, 2}
    assert an.declared_platform_args(build) == {"TARGETARCH"}
    assert an.declared_platform_args(build, before=build.instructions[1].index) == set()


def test_dvars_scope() -> None:
    text = """\
ARG A=global
ARG B=gb
FROM alpine AS base
ARG A
ENV E=1
FROM base
ARG TARGETARCH
RUN true
"""
    an = an_for(text)
    base, child = an.df.stages
    v_base = an.dvars(base.instructions[-1])
    assert v_base["A"].value == "global" and "B" not in v_base
    v_child = an.dvars(child.instructions[-1])
    assert v_child["E"].kind == "env" and "A" not in v_child
    assert v_child["TARGETARCH"].kind == "platform"


def test_analysis_is_cached_per_context() -> None:
    df = parse("FROM alpine\n", "Dockerfile")
    ctx = SimpleNamespace(dockerfile=df, platforms=[AMD, ARM], build_args={}, target=None)
    assert analysis(ctx) is analysis(ctx)
    other = SimpleNamespace(dockerfile=df, platforms=[AMD], build_args={}, target=None)
    assert analysis(other) is not analysis(ctx)


def test_non_posix_shells_are_not_parsed_as_bash() -> None:
    text = """\
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win
RUN $env:GOARCH='amd64'; echo $TARGETARCH
FROM golang:1.22 AS ps
SHELL ["powershell", "-Command"]
RUN $env:GOARCH = 'amd64'
FROM ps AS child
RUN echo inherits powershell
FROM golang:1.22
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN echo bash
"""
    an = an_for(text)
    runs = [i for i in an.df.instructions if i.keyword == "RUN"]
    assert [an.posix_shell(i) for i in runs] == [False, False, False, True]
    assert an.scripts(runs[0]) == [] and len(an.scripts(runs[3])) == 1


def test_reachable_stages_follow_variable_references() -> None:
    text = """\
FROM golang AS build-amd64
FROM golang AS build-arm64
FROM golang AS race-tests
ARG TARGETARCH
FROM build-${TARGETARCH} AS build
FROM alpine
COPY --from=build /x /x
"""
    an = an_for(text)
    assert [an.reachable(s) for s in an.df.stages] == [True, True, False, True, True]
    tests = an_for(text, target="race-tests")
    assert [tests.reachable(s) for s in tests.df.stages] == [False, False, True, False, False]


def test_trie_alternation_matches_exactly_the_words_longest_first() -> None:
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from archlint.checks.archvalues import trie_alternation

    @settings(max_examples=200, deadline=None)
    @given(st.sets(st.text("ab6-_", min_size=1, max_size=5), min_size=1, max_size=12),
           st.text("ab6-_x", max_size=8))
    def check(words: set[str], probe: str) -> None:
        rx = re.compile(trie_alternation(words))
        assert bool(rx.fullmatch(probe)) == (probe in words)
        longest = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        assert [m.group() for m in rx.finditer(probe)] == [
            m.group() for m in re.finditer(longest, probe)]

    check()


def _corpus_ascii_lines() -> set[str]:
    """Every ASCII line of the corpora's Dockerfiles (the README and notes left out)."""
    corpus = Path(__file__).parent / "corpus"
    return {line for p in corpus.rglob("*") if p.is_file() and p.suffix != ".md"
            for line in p.read_text(errors="replace").splitlines() if line.isascii()}


def test_lower_case_token_scan_finds_what_the_case_blind_one_finds() -> None:
    """find_arch_tokens scans lower-cased ASCII text with a case-sensitive regex (faster);
    on every line of the corpora it must find exactly what the IGNORECASE regex finds, and
    the pre-filter must never miss a line with a token."""
    from archlint.checks.archvalues import (
        _lower_token_regex,
        _token_regex,
        mentions_arch_token,
    )

    lines = _corpus_ascii_lines()
    lines |= {"FROM AMD64/Ubuntu", "Linux-X86_64.tar.gz", "ARM64V8", "linux_386", "XAMD64"}
    tokens = 0
    for line in lines:
        slow = [(m.lastgroup, m.span()) for m in _token_regex().finditer(line)]
        fast = [(m.lastgroup, m.span()) for m in _lower_token_regex().finditer(line.lower())]
        assert fast == slow, line
        if slow:
            tokens += 1
            assert mentions_arch_token(line), line
    assert tokens > 500  # the corpora do exercise it


def test_arch_token_prefilter_answers_exactly_as_the_hint_scan() -> None:
    """mentions_arch_token answers most texts with substring tests before the trie scan:
    on every line of the corpora (and spellings in other letter cases) its answer must be
    the hint scan's own, and every token of the table must hold one of the substrings."""
    from archlint.checks.archvalues import (
        _data,
        _token_hint,
        _token_needles,
        mentions_arch_token,
    )

    lines = _corpus_ascii_lines()
    lines |= {"ARMHF", "Linux-386", "linux_32BIT", "S390X", "base64 sha256", "no token"}
    hits = 0
    for line in lines:
        expected = _token_hint().search(line.lower()) is not None
        assert mentions_arch_token(line) == expected, line
        hits += expected
    assert 500 < hits < len(lines)
    # whole files and texts with many needles: the windows around each needle, and the
    # whole-text scan past 16 of them, must answer as the scan of the whole text
    corpus = Path(__file__).parent / "corpus"
    texts = {p.read_text(errors="replace") for p in corpus.rglob("*")
             if p.is_file() and p.suffix != ".md"}
    texts = {t for t in texts if t.isascii()}
    texts |= {"base64 " * 20 + "x86_64", "base64 " * 20, "charm " * 10 + "amd64",
              "64" + " " * 40 + "bit", "x" * 30 + "86_64", "linux-" + "x" * 30 + "386"}
    for text in texts:
        assert mentions_arch_token(text) == (_token_hint().search(text.lower()) is not None)
    needles = _token_needles()
    for tok in (*_data()["tokens"], *(f"linux-{k}" for k in _data()["prefixed_tokens"]
                                       if not k.startswith("_"))):
        assert any(n in tok.lower() for n in needles), tok


"""Inline pragmas and BuildKit's # check=skip directive."""

from __future__ import annotations

from archlint.engine import lint_text


def rules(text: str, **kw) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return [(f.rule, f.line) for f in lint_text(text, **kw)]


def test_ignore_on_line_above_by_id_and_name() -> None:
    text = (
        "FROM alpine:3.20\n"
        "# archlint: ignore=AL203\n"
        "RUN echo $TARGETARCH\n"
        "# some comment\n"
        "# archlint: ignore=undeclared-platform-arg\n"
        "RUN echo $TARGETOS\n"
        "RUN echo $BUILDARCH\n"
    )
    assert rules(text, select=["AL203"]) == [("AL203", 7)]


def test_ignore_covers_the_whole_multiline_instruction() -> None:
    text = "FROM alpine:3.20\n# archlint: ignore=AL203\nRUN echo a \\\n  && echo $TARGETARCH\n"
    assert rules(text, select=["AL203"]) == []


def test_ignore_file() -> None:
    text = "FROM alpine:3.20\nRUN echo $TARGETARCH\n# archlint: ignore-file=AL203\n"
    assert rules(text, select=["AL203"]) == []


def test_declared_platforms_silence_constant_platform() -> None:
    text = "# archlint: platforms=linux/amd64\nFROM --platform=linux/amd64 debian:12\n"
    assert rules(text, select=["AL201"]) == []
    assert rules(text.split("\n", 1)[1], select=["AL201"]) == [("AL201", 1)]


def test_buildkit_check_skip() -> None:
    text = "# check=skip=FromPlatformFlagConstDisallowed\nFROM --platform=linux/amd64 debian:12\n"
    assert rules(text, select=["AL201"]) == []
    text = "# check=skip=all\nFROM --platform=$TARGETPLATFORM debian:12\n"
    assert rules(text, select=["AL202"]) == []
    text = "# check=skip=RedundantTargetPlatform\nFROM alpine\nRUN echo $TARGETARCH\n"
    assert rules(text, select=["AL203"]) == [("AL203", 3)]


def test_bad_platform_pragma_is_a_warning_for_that_file_only() -> None:
    text = "# archlint: platforms=linux/bogus\nFROM alpine\nRUN echo $TARGETARCH\n"
    assert rules(text, select=["AL203"]) == [("AL203", 3)]

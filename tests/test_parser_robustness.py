"""Bad and extreme input at parser level: each problem is one ParseIssue with a line, no
exception escapes ``parse``, and time stays bounded (linear)."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archlint.dockerfile import parse, parse_file


def _cpu(fn):
    start = time.process_time()
    result = fn()
    return result, time.process_time() - start


@pytest.mark.parametrize(
    ("data", "message", "line"),
    [
        (b"", "file with no instructions", 1),
        (b"\n\n   \n", "file with no instructions", 3),
        (b"# only a comment\n# and another\n", "file with no instructions", 2),
        (b"\xef\xbb\xbf", "file with no instructions", 1),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00binary", "file is binary", 1),
        ("FROM a\n".encode("utf-16"), "file is UTF-16 encoded (BuildKit reads UTF-8 only)", 1),
        (b"FROM alpine\nRUN echo caf\xe9\n", "file is not valid UTF-8 (byte 0xe9 at line 2)", 2),
        (b"FROM alpine\nRUNN apk add curl\n", "unknown instruction: RUNN (did you mean run?)", 2),
        (b"FROM\n", "FROM requires an image", 1),
        (b"FROM a\nRUN <<EOF\napk add curl\n", "unterminated heredoc <<EOF started at line 2", 2),
    ],
)
def test_bad_input_is_one_issue_with_a_line(data: bytes, message: str, line: int) -> None:
    df = parse(data)
    assert [(i.message, i.line) for i in df.issues] == [(message, line)]


def test_invalid_utf8_still_parses_the_rest() -> None:
    df = parse(b"FROM alpine\nRUN echo caf\xe9\nRUN next\n")
    assert [i.keyword for i in df.instructions] == ["FROM", "RUN", "RUN"]
    assert df.issues[0].column == 13
    assert "\ufffd" in df.instructions[1].rest.text


def test_parse_file_reads_bytes_and_propagates_oserror(tmp_path) -> None:
    path = tmp_path / "Dockerfile"
    path.write_bytes(b"\xef\xbb\xbfFROM a\r\nRUN b\r\n")
    df = parse_file(path)
    assert df.path == str(path)
    assert [(i.keyword, i.line) for i in df.instructions] == [("FROM", 1), ("RUN", 2)]
    with pytest.raises(OSError):
        parse_file(tmp_path / "missing")
    with pytest.raises(OSError):
        parse_file(tmp_path)  # a directory


def test_five_megabytes_linear_time() -> None:
    unit = b"RUN apt-get update && apt-get install -y curl ca-certificates \\\n    && echo ok\n"
    small = b"FROM alpine\n" + unit * 6_600
    big = b"FROM alpine\n" + unit * 66_000
    assert len(big) > 5_000_000
    _df_small, t_small = _cpu(lambda: parse(small))
    df_big, t_big = _cpu(lambda: parse(big))
    assert len(df_big.instructions) == 66_001
    assert df_big.instructions[-1].span.end_line == 132_001
    assert df_big.issues == []
    assert t_big < 20  # seconds of CPU, even on a loaded machine
    assert t_big < 25 * t_small + 0.5  # ~10x the input: linear, not quadratic


def test_ten_thousand_continuation_lines() -> None:
    src = b"FROM a\nRUN echo start \\\n" + b"  && echo line \\\n" * 10_000 + b"  && echo end\n"
    df, cpu = _cpu(lambda: parse(src))
    run = df.instructions[1]
    assert (run.line, run.end_line) == (2, 10_003)
    assert len(run.args) == 2 + 3 * 10_000 + 3
    assert run.args[-1].span.line == 10_003
    assert run.rest.span(len(run.rest.text) - 3, len(run.rest.text)).line == 10_003
    assert cpu < 5


def test_deep_nesting_does_not_overflow() -> None:
    nested = "${A:-" * 20_000 + "}" * 20_000
    src = f"FROM a\nRUN <<EOF {nested}\nx\nEOF\nENV X={nested}\n" + "ONBUILD " * 20_000 + "RUN x\n"
    df = parse(src)
    assert df.instructions[0].keyword == "FROM"
    assert any("ONBUILD" in i.message for i in df.issues)


def test_very_long_single_line() -> None:
    df, cpu = _cpu(lambda: parse("FROM a\nRUN " + "x" * 2_000_000 + "\n" + "Z" * 1_000_000))
    assert df.issues[-1].message.startswith("unknown instruction: ZZZZ")
    assert len(df.issues[-1].message) < 80
    assert cpu < 5


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(), max_size=300))
def test_no_exception_on_arbitrary_text(text: str) -> None:
    df = parse(text)
    for inst in df.instructions:
        assert inst.span.line <= inst.span.end_line
    for issue in df.issues:
        assert issue.line >= 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_no_exception_on_arbitrary_bytes(data: bytes) -> None:
    df = parse(data)
    assert isinstance(df.issues, list)


_PIECES = ["FROM a", "RUN", "COPY", "<<EOF", "<<-'X'", "EOF", "\tX", "\\", "`", "# escape=`",
           "# syntax=x", "ONBUILD", "[\"a\"", "]", "${A:-", "}", "'", '"', "--mount=from=b",
           "ENV", "ARG", "=", " ", "\t", "\r", "\n", "\n", "\ufeff", "#"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_no_exception_on_dockerfile_like_noise(pieces: list[str]) -> None:
    df = parse("".join(pieces))
    # spans stay inside the file
    n = max(len(df.lines), 1)
    for inst in df.instructions:
        assert 1 <= inst.span.line <= inst.span.end_line <= n
        for w in inst.args:
            assert 1 <= w.span.line <= n


@pytest.mark.parametrize("odd", ["\x85", "\u2028", "\x1c", "\x0b", "\x0c"])
def test_issue_messages_stay_on_one_line(odd: str) -> None:
    df = parse(f"FROM a\nRU{odd}N x\nFROM b AS x{odd}y\n")
    assert df.issues
    for issue in df.issues:
        assert len(issue.message.splitlines()) == 1, issue.message

"""Table tests of the Dockerfile parser: every construct with exact 1-based positions
(end columns exclusive), plus position-map invariants over the whole corpus and a
cross-check of instruction lines against dockerfile-parse where that library is right."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from archlint.dockerfile import parse, parse_file
from archlint.dockerfile.model import Dockerfile, Span

CORPUS = Path(__file__).resolve().parent / "corpus" / "parse"
CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.suffix == ".Dockerfile")


def text_at(df: Dockerfile, span: Span) -> str:
    """The file text a span covers (single- or multi-line)."""
    if span.line == span.end_line:
        return df.lines[span.line - 1][span.column - 1 : span.end_column - 1]
    parts = [df.lines[span.line - 1][span.column - 1 :]]
    parts += df.lines[span.line : span.end_line - 1]
    parts.append(df.lines[span.end_line - 1][: span.end_column - 1])
    return "\n".join(parts)


# -- instructions, keywords, flags, args ---------------------------------------------------


def test_keyword_flags_and_args_positions() -> None:
    df = parse("FROM  --platform=$BUILDPLATFORM golang:1.22 AS Build\n")
    inst = df.instructions[0]
    assert inst.keyword == "FROM"
    assert inst.keyword_span == Span(1, 1, 1, 5)
    assert inst.span == Span(1, 1, 1, 53)
    (flag,) = inst.flags
    assert (flag.name, flag.value) == ("platform", "$BUILDPLATFORM")
    assert flag.span == Span(1, 7, 1, 32)
    assert flag.value_span == Span(1, 18, 1, 32)
    assert [w.value for w in inst.args] == ["golang:1.22", "AS", "Build"]
    assert [text_at(df, w.span) for w in inst.args] == ["golang:1.22", "AS", "Build"]
    assert inst.rest.text == "golang:1.22 AS Build"
    assert inst.rest.full_span() == Span(1, 33, 1, 53)
    stage = df.stages[0]
    assert (stage.index, stage.name, stage.base) == (0, "build", "golang:1.22")
    assert stage.name_span == Span(1, 48, 1, 53)
    assert stage.base_span == Span(1, 33, 1, 44)
    assert stage.platform is flag


@pytest.mark.parametrize(
    ("source", "keyword"),
    [("run echo", "RUN"), ("Run echo", "RUN"), ("rUn echo", "RUN"), ("\tRUN\techo", "RUN"),
     ("  copy a b", "COPY"), ("onbuild RUN x", "ONBUILD"), ("HealthCheck NONE", "HEALTHCHECK")],
)
def test_any_letter_case_and_leading_whitespace(source: str, keyword: str) -> None:
    df = parse("FROM a\n" + source + "\n")
    inst = df.instructions[1]
    assert inst.keyword == keyword
    col = len(source) - len(source.lstrip()) + 1
    assert inst.keyword_span == Span(2, col, 2, col + len(keyword))
    assert not df.issues


def test_flags_with_quotes_and_mount_options() -> None:
    df = parse(
        'FROM a\nRUN --mount=type=cache,target="/root/.cache go",id=x --network=none  go build\n'
    )
    run = df.instructions[1]
    assert [f.name for f in run.flags] == ["mount", "network"]
    mount = run.flag("mount")
    assert mount is not None
    assert mount.value == "type=cache,target=/root/.cache go,id=x"
    assert mount.mount_options() == {"type": "cache", "target": "/root/.cache go", "id": "x"}
    assert text_at(df, mount.span) == '--mount=type=cache,target="/root/.cache go",id=x'
    assert run.flag("network").value == "none"
    assert run.rest.text == "go build"
    assert run.rest.full_span() == Span(2, 70, 2, 78)


def test_flag_without_value_and_double_dash_stop() -> None:
    df = parse("FROM a\nCOPY --link --from=build -- --weird /x\n")
    copy = df.instructions[1]
    assert [(f.name, f.value) for f in copy.flags] == [("link", None), ("from", "build")]
    assert copy.flags[0].value_span is None
    assert [w.value for w in copy.args] == ["--weird", "/x"]


def test_shell_form_words_keep_quotes() -> None:
    df = parse("FROM a\nRUN echo \"a b\" 'c d' e\\ f\n")
    run = df.instructions[1]
    assert not run.is_json
    assert [w.value for w in run.args] == ["echo", '"a b"', "'c d'", "e\\ f"]
    assert [w.span.column for w in run.args] == [5, 10, 16, 22]


# -- JSON (exec) form -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "is_json", "values"),
    [
        ('CMD ["a", "b"]', True, ["a", "b"]),
        ('CMD [ "sh" , "-c" , "echo $HOME" ]', True, ["sh", "-c", "echo $HOME"]),
        ('RUN ["\\u00e9", "x\\"y"]', True, ["é", 'x"y']),
        ("RUN []", True, []),
        ('RUN ["a"] trailing', True, ["a"]),  # Go's json.Decoder reads the first value only
        ('RUN ["a",]', False, ['["a",]']),
        ("RUN ['a']", False, ["['a']"]),
        ("RUN [not json]", False, ["[not", "json]"]),
        ('COPY ["a b.txt", "/dst/"]', True, ["a b.txt", "/dst/"]),
        ("COPY a b /c/", False, ["a", "b", "/c/"]),
        ('VOLUME ["/data"]', True, ["/data"]),
        ('HEALTHCHECK CMD ["curl", "-f", "x"]', True, ["CMD", "curl", "-f", "x"]),
        ('SHELL ["pwsh", "-c"]', True, ["pwsh", "-c"]),
    ],
)
def test_json_form_follows_buildkit(line: str, is_json: bool, values: list[str]) -> None:
    df = parse("FROM a\n" + line + "\n")
    inst = df.instructions[1]
    assert inst.is_json is is_json
    assert [w.value for w in inst.args] == values


def test_json_element_positions() -> None:
    df = parse('FROM a\nENTRYPOINT ["tini", "--",  "x"]\n')
    args = df.instructions[1].args
    assert [w.span for w in args] == [Span(2, 13, 2, 19), Span(2, 21, 2, 25), Span(2, 28, 2, 31)]
    assert [text_at(df, w.span) for w in args] == ['"tini"', '"--"', '"x"']


def test_json_array_of_non_strings_is_an_error() -> None:
    df = parse('FROM a\nCMD ["a", 1]\n')
    assert len(df.issues) == 1
    assert "arrays must be comprised of strings only" in df.issues[0].message
    assert (df.issues[0].line, df.issues[0].column) == (2, 1)
    assert df.instructions[1].is_json is False


# -- ARG / ENV / LABEL pairs ---------------------------------------------------------------


def test_env_pairs_new_form_with_quotes() -> None:
    df = parse("FROM a\nENV A=1 B=\"two words\" C='x y' D=a\\ b\n")
    pairs = df.instructions[1].pairs
    assert [(p.key, p.value) for p in pairs] == [
        ("A", "1"), ("B", "two words"), ("C", "x y"), ("D", "a b"),
    ]
    assert [p.raw_value for p in pairs] == ["1", '"two words"', "'x y'", "a\\ b"]
    b = pairs[1]
    assert b.span == Span(2, 9, 2, 22)
    assert b.key_span == Span(2, 9, 2, 10)
    assert b.value_span == Span(2, 11, 2, 22)
    assert not any(p.legacy for p in pairs)


def test_env_legacy_form() -> None:
    df = parse("FROM a\nENV PATH /usr/local/bin:$PATH\nLABEL maintainer someone here\n")
    env = df.instructions[1].pairs
    assert [(p.key, p.value, p.legacy) for p in env] == [
        ("PATH", "/usr/local/bin:$PATH", True)
    ]
    assert env[0].value_span == Span(2, 10, 2, 30)
    label = df.instructions[2].pairs
    assert [(p.key, p.value) for p in label] == [("maintainer", "someone here")]


def test_env_and_label_errors() -> None:
    df = parse("FROM a\nENV A\nENV a=b c\nLABEL x\n")
    messages = [(i.line, i.message) for i in df.issues]
    assert messages[0] == (2, "ENV must have two arguments")
    assert messages[1][0] == 3 and "can't find = in 'c'" in messages[1][1]
    assert messages[2] == (4, "LABEL must have two arguments")


def test_arg_pairs() -> None:
    df = parse('ARG A\nARG B=1 C="x y"\nARG EMPTY=\nFROM a\n')
    pairs = [p for inst in df.global_args for p in inst.pairs]
    assert [(p.key, p.value) for p in pairs] == [
        ("A", None), ("B", "1"), ("C", "x y"), ("EMPTY", ""),
    ]
    assert pairs[0].value_span is None
    assert pairs[2].value_span == Span(2, 11, 2, 16)


# -- continuations ---------------------------------------------------------------------------


def test_continuation_with_comment_and_blank_lines_inside() -> None:
    src = (
        "FROM a\n"
        "RUN apt-get update \\\n"
        "    # a comment BuildKit drops\n"
        "\n"
        "    && apt-get install -y curl\n"
        "RUN next\n"
    )
    df = parse(src)
    run = df.instructions[1]
    assert (run.line, run.end_line) == (2, 5)
    assert run.rest.text == "apt-get update     && apt-get install -y curl"
    words = {w.value: w.span for w in run.args}
    assert words["&&"] == Span(5, 5, 5, 7)
    assert words["curl"] == Span(5, 27, 5, 31)
    assert df.instructions[2].line == 6
    assert [c.line for c in df.comments] == [3]
    assert run.comments == []


def test_continuation_spans_cross_lines() -> None:
    df = parse("FROM a\nRUN echo ab\\\ncd\n")
    run = df.instructions[1]
    assert [w.value for w in run.args] == ["echo", "abcd"]
    assert run.args[1].span == Span(2, 10, 3, 3)
    assert run.rest.span(6, 8) == Span(2, 11, 3, 2)  # "bc" across the join


def test_escaped_escape_is_not_a_continuation() -> None:
    df = parse("FROM a\nRUN echo x \\\\\nRUN y\n")
    assert [(i.keyword, i.line, i.end_line) for i in df.instructions] == [
        ("FROM", 1, 1), ("RUN", 2, 2), ("RUN", 3, 3),
    ]


def test_continuation_at_end_of_file() -> None:
    df = parse("FROM a\nRUN a \\\n")
    assert (df.instructions[1].line, df.instructions[1].end_line) == (2, 2)
    assert df.instructions[1].rest.text == "a"


def test_backtick_escape_directive() -> None:
    src = (
        "# escape=`\nFROM mcr.microsoft.com/windows\n"
        "RUN dir C:\\ `\n    && echo done\nCOPY a C:\\app\\\n"
    )
    df = parse(src)
    assert df.escape == "`"
    assert df.directive("escape").value == "`"
    run = df.instructions[1]
    assert (run.line, run.end_line) == (3, 4)
    assert run.rest.text == "dir C:\\     && echo done"
    copy = df.instructions[2]
    assert (copy.line, copy.end_line) == (5, 5)
    assert [w.value for w in copy.args] == ["a", "C:\\app\\"]


# -- directives, BOM, CRLF, comments ------------------------------------------------------------


def test_directives_only_at_the_top() -> None:
    src = "# syntax=docker/dockerfile:1\n#  ESCAPE = `\n# check=skip=all\n# escape=\\\nFROM a\n"
    df = parse(src)
    assert [(d.name, d.value) for d in df.directives] == [
        ("syntax", "docker/dockerfile:1"), ("escape", "`"), ("check", "skip=all"),
    ]
    assert df.directives[0].span == Span(1, 1, 1, 29)
    # the duplicate escape directive is an error (BuildKit: only one escape directive)
    assert [i.message for i in df.issues] == ["only one escape parser directive can be used"]
    assert df.issues[0].line == 4


def test_directive_after_comment_is_a_comment() -> None:
    df = parse("# hello\n# escape=`\nFROM a\nRUN a \\\n b\n")
    assert df.directives == []
    assert df.escape == "\\"
    assert [c.text for c in df.comments] == [" hello", " escape=`"]
    assert df.instructions[1].end_line == 5


def test_unknown_directive_ends_directives() -> None:
    df = parse("# foo=bar\n# syntax=x\nFROM a\n")
    assert df.directives == []


def test_invalid_escape_token() -> None:
    df = parse("# escape=x\nFROM a\n")
    assert df.issues[0].message == "invalid escape token 'x' does not match ` or \\"


def test_bom_and_crlf() -> None:
    data = b"\xef\xbb\xbf# syntax=docker/dockerfile:1\r\nFROM a\r\nRUN echo a \\\r\n    b\r\n"
    df = parse(data)
    assert df.directive("syntax").value == "docker/dockerfile:1"
    assert df.lines[1] == "FROM a"
    assert "\r" not in df.text
    assert df.instructions[0].span == Span(2, 1, 2, 7)
    run = df.instructions[1]
    assert (run.line, run.end_line) == (3, 4)
    assert run.args[-1].span == Span(4, 5, 4, 6)


def test_comments_attached_directly_above() -> None:
    src = (
        "FROM a\n"
        "# archlint: ignore=AL301\n"
        "# second line\n"
        "RUN one\n"
        "# separated\n"
        "\n"
        "RUN two\n"
        "  # indented\n"
        "RUN three # not a comment\n"
    )
    df = parse(src)
    one, two, three = df.instructions[1:]
    assert [c.text for c in one.comments] == [" archlint: ignore=AL301", " second line"]
    assert one.comments[0].line == 2 and one.comments[0].column == 1
    assert two.comments == []
    assert [(c.text, c.line, c.column) for c in three.comments] == [(" indented", 8, 3)]
    assert [c.line for c in df.comments] == [2, 3, 5, 8]
    assert three.args[-1].value == "comment"


# -- heredocs -------------------------------------------------------------------------------------


def test_run_heredoc() -> None:
    src = "FROM a\nRUN <<EOF\nset -e\necho $HOME\nEOF\nRUN after\n"
    df = parse(src)
    run = df.instructions[1]
    assert (run.line, run.end_line) == (2, 5)
    assert run.span == Span(2, 1, 5, 4)
    (h,) = run.heredocs
    assert (h.name, h.expand, h.strip_tabs) == ("EOF", True, False)
    assert h.body.text == "set -e\necho $HOME\n"
    assert h.marker_span == Span(2, 5, 2, 10)
    assert h.span == Span(3, 1, 5, 4)
    assert h.body.position(7) == (4, 1)  # "echo" starts line 4
    assert h.body.span(12, 17) == Span(4, 6, 4, 11)  # "$HOME"
    assert run.rest.text == "<<EOF"
    assert df.instructions[2].line == 6


def test_heredoc_dash_strips_tabs_and_keeps_columns() -> None:
    src = "FROM a\nRUN <<-'SCRIPT'\n\techo \"$HOME\"\n\t\tls\n\tSCRIPT\n"
    df = parse(src)
    (h,) = df.instructions[1].heredocs
    assert (h.name, h.expand, h.strip_tabs) == ("SCRIPT", False, True)
    assert h.body.text == 'echo "$HOME"\nls\n'
    assert h.body.position(0) == (3, 2)
    assert h.body.position(13) == (4, 3)
    assert h.span == Span(3, 1, 5, 8)


@pytest.mark.parametrize(
    ("marker", "name", "expand"),
    [("<<EOF", "EOF", True), ("<<'EOF'", "EOF", False), ('<<"EOF"', "EOF", False),
     ("<<E'OF'", "EOF", False), ("2<<EOF", "EOF", True), ("<<-EOF", "EOF", True)],
)
def test_heredoc_delimiters(marker: str, name: str, expand: bool) -> None:
    df = parse(f"FROM a\nRUN cat {marker} > /x\nbody\n{name}\n")
    (h,) = df.instructions[1].heredocs
    assert (h.name, h.expand) == (name, expand)
    assert h.body.text == "body\n"
    assert text_at(df, h.marker_span) == marker


def test_several_heredocs_and_copy_destination() -> None:
    src = "FROM a\nCOPY <<A <<-B /dest/\na1\nA\n\tb1\n\tB\nRUN x\n"
    df = parse(src)
    copy = df.instructions[1]
    assert (copy.line, copy.end_line) == (2, 6)
    a, b = copy.heredocs
    assert (a.name, a.body.text, a.span) == ("A", "a1\n", Span(3, 1, 4, 2))
    assert (b.name, b.body.text, b.span) == ("B", "b1\n", Span(5, 1, 6, 3))
    assert [w.value for w in copy.args] == ["<<A", "<<-B", "/dest/"]
    assert df.instructions[2].line == 7


def test_heredoc_not_recognised_where_buildkit_does_not() -> None:
    for line in ("RUN cat<<EOF", "RUN << EOF", 'RUN "<<EOF"', 'RUN ["<<EOF"]', "CMD <<EOF"):
        df = parse(f"FROM a\n{line}\nx\nEOF\n")
        assert df.instructions[1].heredocs == [], line
        assert [i.line for i in df.instructions] == [1, 2, 3, 4], line


def test_heredoc_body_lines_are_not_comments_or_instructions() -> None:
    df = parse("FROM a\nRUN <<EOF\n# not a comment\nFROM b\nEOF\n")
    assert len(df.instructions) == 2
    assert df.comments == []
    assert len(df.stages) == 1


def test_heredoc_after_continuation() -> None:
    df = parse("FROM a\nRUN <<EOF \\\n  && echo more\nbody\nEOF\n")
    run = df.instructions[1]
    assert (run.line, run.end_line) == (2, 5)
    assert run.heredocs[0].body.text == "body\n"
    assert run.heredocs[0].span == Span(4, 1, 5, 4)


def test_unterminated_heredoc() -> None:
    df = parse("FROM a\nRUN <<EOF\napk add curl\n")
    (issue,) = df.issues
    assert issue.message == "unterminated heredoc <<EOF started at line 2"
    assert (issue.line, issue.column, issue.end_line, issue.end_column) == (2, 1, 2, 10)
    run = df.instructions[1]
    assert run.heredocs[0].body.text == "apk add curl\n"
    assert run.end_line == 3


def test_onbuild_trigger_and_heredoc() -> None:
    src = (
        "FROM a\nONBUILD RUN --mount=type=cache,target=/c <<EOF\necho hi\nEOF\n"
        "ONBUILD COPY . /src\n"
    )
    df = parse(src)
    ob = df.instructions[1]
    assert ob.keyword == "ONBUILD"
    assert (ob.line, ob.end_line) == (2, 4)
    inner = ob.onbuild
    assert inner is not None and inner.keyword == "RUN"
    assert inner.keyword_span == Span(2, 9, 2, 12)
    assert inner.flag("mount").span == Span(2, 13, 2, 41)
    assert inner.heredocs[0].body.text == "echo hi\n"
    assert inner.stage == 0
    assert df.instructions[2].onbuild.args[1].span == Span(5, 16, 5, 20)


@pytest.mark.parametrize(
    ("line", "message"),
    [("ONBUILD ONBUILD RUN x", "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"),
     ("ONBUILD FROM x", "FROM isn't allowed as an ONBUILD trigger"),
     ("ONBUILD", "ONBUILD requires at least one argument")],
)
def test_onbuild_errors(line: str, message: str) -> None:
    df = parse(f"FROM a\n{line}\n")
    assert [i.message for i in df.issues] == [message]


# -- stages and global ARGs ---------------------------------------------------------------------


def test_stages_and_global_args() -> None:
    src = (
        "ARG BASE=alpine\n"
        "ARG TAG\n"
        "FROM ${BASE}:${TAG:-3.20} AS Builder\n"
        "ARG TARGETARCH\n"
        "RUN echo $TARGETARCH\n"
        "FROM --platform=linux/amd64 builder\n"
        "COPY --from=builder /a /b\n"
    )
    df = parse(src)
    assert [i.keyword for i in df.global_args] == ["ARG", "ARG"]
    assert [i.stage for i in df.instructions] == [-1, -1, 0, 0, 0, 1, 1]
    s0, s1 = df.stages
    assert (s0.name, s0.base) == ("builder", "${BASE}:${TAG:-3.20}")
    assert (s1.name, s1.base) == (None, "builder")
    assert s1.platform is not None and s1.platform.value == "linux/amd64"
    assert [i.keyword for i in s0.instructions] == ["FROM", "ARG", "RUN"]
    assert s1.from_instruction is df.instructions[5]
    assert df.stage_by_name("BUILDER") is s0
    assert [i.index for i in df.instructions] == list(range(7))


# -- errors (AL001 material) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "message", "line", "column"),
    [
        ("FROM a\nRUNN x\n", "unknown instruction: RUNN (did you mean run?)", 2, 1),
        ("FROM a\n  FORM b\n", "unknown instruction: FORM (did you mean from?)", 2, 3),
        ("FROM\n", "FROM requires an image", 1, 1),
        ("FROM a b\n", "FROM requires either one or three arguments (FROM image [AS name])", 1, 1),
        ("FROM a AS 1st\n", "invalid name for build stage: '1st', name can't start with a "
         "number or contain symbols", 1, 11),
        ("FROM a\nCOPY onlyone\n", "COPY requires at least two arguments, but only 1 was "
         "provided. Destination could not be determined.", 2, 1),
        ("FROM a\nSHELL /bin/bash -c\n", "SHELL requires the arguments to be in JSON form", 2, 1),
        ("FROM a\nWORKDIR\n", "WORKDIR requires exactly one argument", 2, 1),
        ("FROM a\nRUN --mnt=type=cache x\n", "unknown flag: mnt (for RUN)", 2, 5),
        ("FROM --PLATFORM=linux/amd64 a\n", "unknown flag: PLATFORM (for FROM)", 1, 6),
        ("FROM a\nCOPY --from b /c\n", "missing a value on flag: from", 2, 6),
        ("RUN x\nFROM a\n", "no build stage in current context (RUN before FROM)", 1, 1),
        ("ARG A\n", "dockerfile contains no stages to build (no FROM instruction)", 1, 1),
        ("FROM a\nHEALTHCHECK BAD x\n", 'Unknown type "BAD" in HEALTHCHECK (try CMD)', 2, 13),
        ("FROM a AS x\nFROM b AS X\n", "duplicate stage name 'x'", 2, 11),
    ],
)
def test_instruction_errors(source: str, message: str, line: int, column: int) -> None:
    df = parse(source)
    assert [(i.message, i.line, i.column) for i in df.issues] == [(message, line, column)]


def test_valid_file_has_no_issues() -> None:
    src = (
        "# syntax=docker/dockerfile:1\n"
        "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
        "COPY --link --chmod=755 <<EOF /usr/local/bin/x\n#!/bin/sh\nEOF\n"
        "ADD --checksum=sha256:abc https://example.org/a /a\n"
        "HEALTHCHECK --interval=5s CMD curl -f http://localhost/\n"
        "FROM scratch\nCOPY --from=build /x /x\nEXPOSE 80\nUSER 1000\nSTOPSIGNAL SIGTERM\n"
    )
    assert parse(src).issues == []


# -- position-map invariants over the corpus ---------------------------------------------------


def _check_map(df: Dockerfile, src, what: str) -> None:
    for k, ch in enumerate(src.text):
        if ch == "\n":
            continue
        line, col = src.position(k)
        assert df.lines[line - 1][col - 1] == ch, (what, k, line, col)


@pytest.mark.parametrize("path", CORPUS_FILES[::4], ids=lambda p: p.name)
def test_every_character_maps_back_to_the_file(path: Path) -> None:
    df = parse_file(path)
    for inst in df.instructions:
        for item in (inst, inst.onbuild) if inst.onbuild else (inst,):
            _check_map(df, item.rest, f"rest of line {item.line}")
            assert text_at(df, item.keyword_span).upper() == item.keyword
            for h in item.heredocs:
                _check_map(df, h.body, f"heredoc {h.name}")
            for f in item.flags:
                assert text_at(df, f.span).startswith("--")
            if not item.is_json:
                for w in item.args:
                    assert text_at(df, w.span).replace("\n", "") or w.value == ""


_EMPTY_CONTINUATION = re.compile(rb"[\\`][ \t]*\r?\n[ \t]*\r?\n")


def test_instruction_lines_agree_with_dockerfile_parse() -> None:
    """dockerfile-parse (the requested base library) is right on heredoc-free files without
    BOM, backtick escape or blank lines inside continuations: same keywords, same lines."""
    from dockerfile_parse import DockerfileParser

    compared = 0
    for path in CORPUS_FILES:
        raw = path.read_bytes()
        if (b"<<" in raw or b"escape=`" in raw or raw.startswith(b"\xef\xbb\xbf")
                or _EMPTY_CONTINUATION.search(raw)):
            continue
        structure = DockerfileParser(fileobj=io.BytesIO(raw)).structure
        theirs = [(d["instruction"], d["startline"] + 1, d["endline"] + 1)
                  for d in structure if d["instruction"] != "COMMENT"]
        ours = [(i.keyword, i.line, i.end_line) for i in parse(raw).instructions]
        assert ours == theirs, path.name
        compared += 1
    assert compared >= 100


def test_trailing_escape_at_end_of_file_is_dropped_like_buildkit() -> None:
    df = parse("FROM a\nLABEL \\ \\")
    label = df.instructions[1]
    assert label.args == [] and label.pairs == []
    assert [i.message for i in df.issues] == ["LABEL requires at least one argument"]
    run = parse('FROM a\nRUN echo "x \\').instructions[1]
    assert [w.value for w in run.args] == ["echo", '"x']  # the continuation is removed

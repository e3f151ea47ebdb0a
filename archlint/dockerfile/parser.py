"""Dockerfile parser: text in, :class:`~archlint.dockerfile.model.Dockerfile` out.

A single pass over the physical lines that follows BuildKit's ``parser.Parse`` step by step
(``frontend/dockerfile/parser/parser.go``): directives at the top, comment and blank lines,
line continuations with the active escape token (comment and blank lines inside a
continuation are dropped), ``splitCommand``/``extractBuilderFlags``, the per-instruction
line parsers, then heredoc bodies. Every token keeps its file position through
:class:`~archlint.dockerfile.model.SourceText` segments.

``parse`` never raises on content: syntax errors become ``ParseIssue`` objects and the
model holds what could be parsed (BuildKit stops at the first error; archlint goes on so
other rules still see the rest of the file).
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from os import PathLike

from archlint.dockerfile import lexing
from archlint.dockerfile.model import (
    Comment,
    Directive,
    Dockerfile,
    Flag,
    Heredoc,
    Instruction,
    KeyValue,
    ParseIssue,
    SourceText,
    Span,
    Stage,
    Word,
)
from archlint.dockerfile.shellwords import unquote
from archlint.dockerfile.validate import validate

__all__ = ["parse", "parse_file"]

_RE_DIRECTIVE = re.compile(
    r"^#[ \t\v\f\r]*([a-zA-Z][a-zA-Z0-9]*)[ \t\v\f\r]*=[ \t\v\f\r]*(.+?)\s*$"
)
_VALID_DIRECTIVES = frozenset({"syntax", "escape", "check"})
_JSON_MAYBE = frozenset({"run", "cmd", "entrypoint", "shell"})
_JSON_TO_LIST = frozenset({"add", "copy", "volume"})
_WHITESPACE_LIST = frozenset({"from", "expose"})
_SINGLE_STRING = frozenset({"maintainer", "stopsignal", "user", "workdir"})
_HEREDOC_CAPABLE = frozenset({"add", "copy", "run"})
_PAIR_INSTRUCTIONS = frozenset({"arg", "env", "label"})
_MAX_ONBUILD_DEPTH = 2
_BOM = "\ufeff"
_GC_PAUSE_SIZE = 256 * 1024
_SPACES = lexing.GO_SPACE_STR


def parse_file(path: str | PathLike[str]) -> Dockerfile:
    """Read ``path`` as bytes and parse it. ``OSError`` propagates to the caller."""
    with open(path, "rb") as fh:
        data = fh.read()
    return parse(data, str(path))


def parse(source: str | bytes, path: str = "Dockerfile") -> Dockerfile:
    """Parse Dockerfile text (str, or bytes decoded as UTF-8). Never raises on content."""
    issues: list[ParseIssue] = []
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            issue = ParseIssue("file is UTF-16 encoded (BuildKit reads UTF-8 only)", 1, 1)
            return Dockerfile(path=path, text="", lines=[], issues=[issue])
        if b"\x00" in data[:8192]:
            issue = ParseIssue("file is binary", 1, 1)
            return Dockerfile(path=path, text="", lines=[], issues=[issue])
        text, decode_issue = _decode(data)
        if decode_issue is not None:
            issues.append(decode_issue)
    else:
        text = source
    if text.startswith(_BOM):
        text = text[1:]
    # The model is millions of small objects for multi-megabyte files: the cyclic GC would
    # rescan them again and again (superlinear time). Nothing here creates cycles.
    pause_gc = len(text) > _GC_PAUSE_SIZE and gc.isenabled()
    if pause_gc:
        gc.disable()
    try:
        return _Parser(text, path, issues).run()
    finally:
        if pause_gc:
            gc.enable()


def _decode(data: bytes) -> tuple[str, ParseIssue | None]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = data[exc.start]
        issue = ParseIssue(
            f"file is not valid UTF-8 (byte 0x{bad:02x} at line {line})", line, col
        )
        return data.decode("utf-8", errors="replace"), issue


def _split_lines(text: str) -> tuple[list[str], bool]:
    """Lines split on LF only (as Go's scanner does), trailing CRs removed."""
    lines = text.split("\n")
    ended = len(lines) > 1 and lines[-1] == ""
    if ended or lines == [""]:
        lines.pop()
    return [ln.rstrip("\r") if ln.endswith("\r") else ln for ln in lines], ended


class _Builder:
    """Accumulates pieces of a logical line and their file positions."""

    __slots__ = ("parts", "segments", "size")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.segments: list[tuple[int, int, int]] = []
        self.size = 0

    def add(self, text: str, line: int, column: int) -> None:
        if not text:
            return
        self.parts.append(text)
        self.segments.append((self.size, line, column))
        self.size += len(text)

    def build(self, fallback: tuple[int, int]) -> SourceText:
        if not self.segments:
            return SourceText("", [(0, fallback[0], fallback[1])])
        return SourceText("".join(self.parts), self.segments)


def _span(src: SourceText, start: int, end: int) -> Span:
    """``src.span(start, end)`` with a fast path for single-segment texts (most lines)."""
    segs = src.segments
    if len(segs) == 1 and segs[0][0] == 0:
        _, line, col = segs[0]
        if end <= start:
            return Span(line, col + start, line, col + start)
        return Span(line, col + start, line, col + end)
    return _multi_span(segs, start, end)


def _make_words(src: SourceText, tokens: list[tuple[str, int, int]]) -> list[Word]:
    """Words with spans; single-line texts (the common case) without per-word bisects."""
    segs = src.segments
    if len(segs) == 1 and segs[0][0] == 0:
        _, line, col = segs[0]
        return [Word(w, Span(line, col + a, line, col + (b if b > a else a))) for w, a, b in tokens]
    return [Word(w, _span(src, a, b)) for w, a, b in tokens]


def _multi_span(segs: list[tuple[int, int, int]], start: int, end: int) -> Span:
    """Span over a multi-segment text (continuation lines): two bisects on the offsets."""
    offsets = [seg[0] for seg in segs] if len(segs) < 8 else _offsets(segs)
    i = bisect_right(offsets, start) - 1
    if i < 0:
        i = 0
    off, line, col = segs[i]
    if end <= start:
        c = col + start - off
        return Span(line, c, line, c)
    j = bisect_right(offsets, end - 1) - 1
    if j < 0:
        j = 0
    eoff, eline, ecol = segs[j]
    return Span(line, col + start - off, eline, ecol + end - eoff)


_OFFSET_CACHE: dict[int, tuple[list[tuple[int, int, int]], list[int]]] = {}


def _offsets(segs: list[tuple[int, int, int]]) -> list[int]:
    cached = _OFFSET_CACHE.get(id(segs))
    if cached is not None and cached[0] is segs and len(cached[1]) == len(segs):
        return cached[1]
    offsets = [seg[0] for seg in segs]
    if len(_OFFSET_CACHE) > 64:
        _OFFSET_CACHE.clear()
    _OFFSET_CACHE[id(segs)] = (segs, offsets)
    return offsets


def _slice(src: SourceText, start: int, end: int) -> SourceText:
    """``src.text[start:end]`` as its own SourceText with a correct position map."""
    segs = src.segments
    if not segs:
        return SourceText(src.text[start:end], [])
    if len(segs) == 1:
        off, line, col = segs[0]
        return SourceText(src.text[start:end], [(0, line, col + start - off)])
    i = max(bisect_right(segs, (start, 1 << 60, 0)) - 1, 0)
    out: list[tuple[int, int, int]] = []
    first_off, first_line, first_col = segs[i]
    out.append((0, first_line, first_col + (start - first_off)))
    i += 1
    while i < len(segs) and segs[i][0] < end:
        off, line, col = segs[i]
        out.append((off - start, line, col))
        i += 1
    return SourceText(src.text[start:end], out)


class _Parser:
    def __init__(self, text: str, path: str, issues: list[ParseIssue]) -> None:
        self.lines, ended = _split_lines(text)
        self.text = "\n".join(self.lines) + ("\n" if ended else "")
        self.path = path
        self.issues = issues
        self.escape = "\\"
        self.directives: list[Directive] = []
        self.directives_done = False
        self.comments: list[Comment] = []
        self.instructions: list[Instruction] = []

    # -- directives and continuation -------------------------------------------------

    def _directive(self, content: str, lineno: int, column: int) -> bool:
        """BuildKit ``possibleParserDirective`` on a left-trimmed line. True if it was one."""
        if self.directives_done:
            return False
        m = _RE_DIRECTIVE.match(content)
        if m is None:
            self.directives_done = True
            return False
        name = m.group(1).lower()
        if name not in _VALID_DIRECTIVES:
            self.directives_done = True
            return False
        value = m.group(2)
        span = Span(lineno, column, lineno, column + len(content.rstrip()))
        if any(d.name == name for d in self.directives):
            self.issues.append(
                ParseIssue(f"only one {name} parser directive can be used", lineno, column)
            )
            return True
        self.directives.append(Directive(name, value, span))
        if name == "escape":
            if value in ("\\", "`"):
                self.escape = value
            else:
                self.issues.append(
                    ParseIssue(
                        f"invalid escape token '{value}' does not match ` or \\", lineno, column
                    )
                )
        return True

    def _trim_continuation(self, text: str) -> tuple[str, bool]:
        """(text without the continuation token, is_end_of_line)."""
        esc = self.escape
        if not text or esc not in text:
            return text, True
        end = len(text.rstrip(" \t"))
        if end and text[end - 1] == esc and (end == 1 or text[end - 2] != esc):
            return text[: end - 1], False
        return text, True

    # -- main loop --------------------------------------------------------------------

    def run(self) -> Dockerfile:
        lines = self.lines
        n = len(lines)
        i = 0
        pending: list[Comment] = []
        while i < n:
            raw = lines[i]
            lineno = i + 1
            i += 1
            content = raw.lstrip(_SPACES)
            lead = len(raw) - len(content)
            if not self.directives_done and self._directive(content, lineno, lead + 1):
                continue
            if content.startswith("#"):
                comment = Comment(content[1:], lineno, lead + 1)
                self.comments.append(comment)
                pending.append(comment)
                continue
            piece, eol = self._trim_continuation(content)
            if eol and piece == "":
                pending = []  # a blank line ends the block of comments "directly above"
                continue
            builder = _Builder()
            builder.add(piece, lineno, lead + 1)
            last_line = lineno
            while not eol and i < n:
                raw = lines[i]
                cont_no = i + 1
                i += 1
                last_line = cont_no
                stripped_start = len(raw) - len(raw.lstrip(_SPACES))
                if raw.startswith("#", stripped_start):
                    self.comments.append(
                        Comment(raw[stripped_start + 1 :], cont_no, stripped_start + 1)
                    )
                    continue
                if stripped_start == len(raw):
                    continue
                piece, eol = self._trim_continuation(raw)
                builder.add(piece, cont_no, 1)
            logical = builder.build((lineno, lead + 1))
            inst, i, last_line = self._instruction(logical, i, last_line, (lineno, lead + 1))
            inst.comments = pending
            pending = []
            inst.index = len(self.instructions)
            self.instructions.append(inst)
        df = Dockerfile(
            path=self.path,
            text=self.text,
            lines=self.lines,
            escape=self.escape,
            directives=self.directives,
            instructions=self.instructions,
            comments=self.comments,
            issues=self.issues,
        )
        _assign_stages(df)
        if not df.instructions:
            self.issues.append(ParseIssue("file with no instructions", max(n, 1), 1))
        else:
            validate(df)
        return df

    # -- one instruction ----------------------------------------------------------------

    def _instruction(
        self, logical: SourceText, next_index: int, last_line: int, start: tuple[int, int]
    ) -> tuple[Instruction, int, int]:
        inst = self._node(logical, 0)
        carrier = inst.onbuild if inst.keyword == "ONBUILD" and inst.onbuild else inst
        if carrier.keyword.lower() in _HEREDOC_CAPABLE and not carrier.is_json:
            markers = lexing.heredoc_markers(logical.text, 0, len(logical.text))
            for name, _fd, ms, me, strip_tabs, expand in markers:
                heredoc, next_index = self._heredoc_body(
                    name, strip_tabs, expand, _span(logical, ms, me), next_index, inst
                )
                carrier.heredocs.append(heredoc)
                last_line = max(last_line, heredoc.span.end_line)
        end_col = len(self.lines[last_line - 1]) + 1 if self.lines else 1
        # BuildKit's StartLine is the first physical line (it differs from the keyword's line
        # only for a logical line that starts with a bare continuation token).
        inst.span = Span(start[0], start[1], last_line, end_col)
        if carrier is not inst:
            carrier.span = Span(
                carrier.keyword_span.line, carrier.keyword_span.column, last_line, end_col
            )
        return inst, next_index, last_line

    def _heredoc_body(
        self,
        name: str,
        strip_tabs: bool,
        expand: bool,
        marker_span: Span,
        index: int,
        inst: Instruction,
    ) -> tuple[Heredoc, int]:
        lines = self.lines
        n = len(lines)
        first_line = index + 1
        parts: list[str] = []
        segments: list[tuple[int, int, int]] = []
        size = 0
        terminated = False
        while index < n:
            raw = lines[index]
            index += 1
            candidate = raw.lstrip("\t") if strip_tabs else raw
            if candidate == name:
                terminated = True
                break
            col = 1
            if strip_tabs:
                col = len(raw) - len(candidate) + 1
                raw = candidate
            segments.append((size, index, col))
            parts.append(raw)
            parts.append("\n")
            size += len(raw) + 1
        end_line = index if index >= first_line else first_line - 1
        if not terminated:
            self.issues.append(
                ParseIssue(
                    f"unterminated heredoc <<{name} started at line {marker_span.line}",
                    inst.keyword_span.line,
                    inst.keyword_span.column,
                    end_line=marker_span.end_line,  # keyword through the ``<<EOF`` marker
                    end_column=marker_span.end_column,
                )
            )
        if end_line < first_line:
            span = Span(marker_span.line, marker_span.column, marker_span.end_line,
                        marker_span.end_column)
        else:
            span = Span(first_line, 1, end_line, len(lines[end_line - 1]) + 1)
        if not segments:
            segments = [(0, min(first_line, max(n, 1)), 1)]
        body = SourceText("".join(parts), segments)
        return Heredoc(name, body, expand, strip_tabs, marker_span, span), index

    def _node(self, logical: SourceText, depth: int) -> Instruction:
        """``newNodeFromLine`` for a logical line (or an ONBUILD trigger)."""
        t = logical.text
        start, end = lexing.go_trim_space(t)
        (cs, ce), args_start = lexing.split_command(t, start, end)
        keyword_raw = t[cs:ce]
        keyword = keyword_raw.upper()
        keyword_span = _span(logical, cs, ce)
        flag_words, rest_start = lexing.extract_flags(t, args_start, end)
        flags = [self._flag(logical, w, s, e) for w, s, e in flag_words]
        rs, re_ = lexing.go_trim_space(t, rest_start, end)
        if re_ > rs:
            rest = _slice(logical, rs, re_)
        else:
            rest = _empty_at(logical, rs if rs < len(t) else end)
        inst = Instruction(
            keyword=keyword,
            span=keyword_span,
            keyword_span=keyword_span,
            flags=flags,
            rest=rest,
            args=[],
            is_json=False,
        )
        low = keyword.lower()
        rt = rest.text
        try:
            if low in _JSON_MAYBE or low in _JSON_TO_LIST:
                self._json_or_shell(inst, rest, 0, len(rt), low)
            elif low in _WHITESPACE_LIST:
                inst.args = _make_words(
                    rest, [(rt[a:b], a, b) for a, b in lexing.split_ws(rt, 0, len(rt))]
                )
            elif low in _SINGLE_STRING:
                inst.args = [Word(rt, _span(rest, 0, len(rt)))] if rt else []
            elif low == "healthcheck":
                self._healthcheck(inst, rest)
            elif low == "onbuild":
                if rt and depth < _MAX_ONBUILD_DEPTH:
                    inst.onbuild = self._node(rest, depth + 1)
                inst.args = self._words(rest)
            else:
                inst.args = self._words(rest)
            if low in _PAIR_INSTRUCTIONS:
                self._pairs(inst, rest, low)
        except lexing.NotStringArray as exc:
            self._issue(str(exc), keyword_span)
            inst.args = self._words(rest)
        return inst

    def _words(self, rest: SourceText) -> list[Word]:
        rt = rest.text
        return _make_words(rest, lexing.parse_words(rt, 0, len(rt), self.escape))

    def _json_or_shell(self, inst: Instruction, rest: SourceText, a: int, b: int, low: str) -> None:
        rt = rest.text
        if a >= b:
            return
        elements = lexing.parse_json_array(rt, a, b)
        if elements is not None:
            inst.is_json = True
            inst.args.extend(_make_words(rest, elements))
        elif low in _JSON_TO_LIST:
            pieces = [(rt[s:e], s, e) for s, e in lexing.split_ws(rt, a, b)]
            inst.args.extend(_make_words(rest, pieces))
        else:
            inst.args.extend(_make_words(rest, lexing.parse_words(rt, a, b, self.escape)))

    def _healthcheck(self, inst: Instruction, rest: SourceText) -> None:
        rt = rest.text
        sep = 0
        while sep < len(rt) and rt[sep] not in lexing.GO_SPACE:
            sep += 1
        if sep == 0:
            return
        inst.args.append(Word(rt[:sep], _span(rest, 0, sep)))
        nxt = sep
        while nxt < len(rt) and rt[nxt] in lexing.GO_SPACE:
            nxt += 1
        self._json_or_shell(inst, rest, nxt, len(rt), "cmd")

    def _flag(self, logical: SourceText, word: str, start: int, end: int) -> Flag:
        body = word[2:] if word.startswith("--") else word
        name, sep, value = body.partition("=")
        span = _span(logical, start, end)
        value_span = None
        if sep:
            raw = logical.text[start:end]
            eq = raw.find("=")
            value_span = _span(logical, start + eq + 1, end) if eq >= 0 else None
        return Flag(name, value if sep else None, span, value_span)  # case kept, as BuildKit

    def _pairs(self, inst: Instruction, rest: SourceText, low: str) -> None:
        rt = rest.text
        words = lexing.parse_words(rt, 0, len(rt), self.escape)
        if not words:
            return
        esc = self.escape
        if low == "arg":
            for w, a, b in words:
                key, sep, value = w.partition("=")
                k_end = a + len(key)
                inst.pairs.append(
                    KeyValue(
                        key=key,
                        value=unquote(value, esc) if sep else None,
                        span=_span(rest, a, b),
                        key_span=_span(rest, a, k_end),
                        value_span=_span(rest, k_end + 1, b) if sep else None,
                        raw_value=value if sep else None,
                    )
                )
            return
        what = "ENV" if low == "env" else "LABEL"
        if "=" not in words[0][0]:
            pieces = lexing.split_ws(rt, 0, len(rt))
            if len(pieces) < 2:
                self._issue(f"{what} must have two arguments", inst.keyword_span)
                a, b = pieces[0]
                whole = _span(rest, a, b)
                inst.pairs.append(KeyValue(rt[a:b], None, whole, whole, None, raw_value=None))
                return
            (ka, kb), (va, _vb) = pieces[0], pieces[1]
            value = rt[va:]
            inst.pairs.append(
                KeyValue(
                    key=rt[ka:kb],
                    value=unquote(value, esc),
                    span=_span(rest, ka, len(rt)),
                    key_span=_span(rest, ka, kb),
                    value_span=_span(rest, va, len(rt)),
                    raw_value=value,
                    legacy=True,
                )
            )
            return
        for w, a, b in words:
            key, sep, value = w.partition("=")
            if not sep:
                self._issue(
                    f"Syntax error - can't find = in {w!r}. Must be of the form: name=value",
                    _span(rest, a, b),
                )
                continue
            k_end = a + len(key)
            inst.pairs.append(
                KeyValue(
                    key=key,
                    value=unquote(value, esc),
                    span=_span(rest, a, b),
                    key_span=_span(rest, a, k_end),
                    value_span=_span(rest, k_end + 1, b),
                    raw_value=value,
                )
            )

    def _issue(self, message: str, span: Span) -> None:
        self.issues.append(
            ParseIssue(message, span.line, span.column, span.end_line, span.end_column)
        )


def _empty_at(logical: SourceText, offset: int) -> SourceText:
    line, col = logical.position(offset)
    return SourceText("", [(0, line, col)])


def _assign_stages(df: Dockerfile) -> None:
    stage: Stage | None = None
    for inst in df.instructions:
        if inst.keyword == "FROM":
            args = inst.args
            base = args[0].value if args else ""
            base_span = args[0].span if args else inst.keyword_span
            name = name_span = None
            if len(args) >= 3 and args[1].value.lower() == "as":
                name = args[2].value.lower()
                name_span = args[2].span
            stage = Stage(
                index=len(df.stages),
                name=name,
                name_span=name_span,
                base=base,
                base_span=base_span,
                platform=inst.flag("platform"),
                from_instruction=inst,
            )
            df.stages.append(stage)
        if stage is None:
            if inst.keyword == "ARG":
                df.global_args.append(inst)
            continue
        inst.stage = stage.index
        if inst.onbuild is not None:
            inst.onbuild.stage = stage.index
        stage.instructions.append(inst)

"""The Dockerfile model every rule reads. Positions are 1-based; end columns are exclusive.

This is the contract between the parser (``archlint.dockerfile.parser``) and the
rest of archlint. Nothing here does I/O.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import field

from archlint.records import record

# BuildKit's automatic platform ARGs (exist in a stage only after ``ARG NAME``).
PLATFORM_ARGS: tuple[str, ...] = (
    "TARGETPLATFORM",
    "TARGETOS",
    "TARGETARCH",
    "TARGETVARIANT",
    "BUILDPLATFORM",
    "BUILDOS",
    "BUILDARCH",
    "BUILDVARIANT",
)


@record(frozen=True, slots=True)
class Span:
    """A region of the file: 1-based line and column; ``end_column`` is exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int

    def contains_line(self, line: int) -> bool:
        return self.line <= line <= self.end_line


@record(slots=True)
class SourceText:
    """Text assembled from pieces of the file (continuations joined, heredoc bodies...),
    with a map from every character back to its line and column in the file.

    ``segments`` holds ``(offset_in_text, line, column)`` for each contiguous run
    of characters copied from one source line, sorted by offset. Characters the
    parser inserted (for example the space that replaces a line continuation)
    map to the position of the segment they fall in.
    """

    text: str
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    # the segments' start offsets, for a bisect on ints (the shell walker asks for ~6
    # positions per command); rebuilt when segments grew since (the parser appends)
    _starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column of the character at ``offset`` (an offset equal to the
        text length gives the position just after the last character)."""
        segments = self.segments
        if not segments:
            return (1, 1 + offset)
        starts = self._starts
        if len(starts) != len(segments):
            starts = self._starts = [seg[0] for seg in segments]
        i = max(bisect_right(starts, offset) - 1, 0)
        start, line, col = segments[i]
        return (line, col + (offset - start))

    def span(self, start: int, end: int) -> Span:
        """Span of ``text[start:end]`` in the file."""
        line, col = self.position(start)
        if end <= start:
            return Span(line, col, line, col)
        end_line, end_col = self.position(end - 1)
        return Span(line, col, end_line, end_col + 1)

    def full_span(self) -> Span:
        return self.span(0, len(self.text))


@record(slots=True)
class Comment:
    """A ``#`` comment line (outside heredoc bodies). ``text`` excludes the ``#``."""

    text: str
    line: int
    column: int


@record(slots=True)
class Directive:
    """A parser directive at the top of the file: ``# syntax=``, ``# escape=``, ``# check=``."""

    name: str  # lower-case
    value: str
    span: Span


@record(slots=True)
class Flag:
    """An instruction flag such as ``--platform=$BUILDPLATFORM`` or ``--link``."""

    name: str  # without the leading dashes, as written (lower-case in practice)
    value: str | None  # raw, unexpanded; None for a flag without ``=value``
    span: Span  # the whole ``--name=value`` token
    value_span: Span | None

    def mount_options(self) -> dict[str, str]:
        """For ``--mount=type=cache,target=/x,from=img``: the comma separated options."""
        out: dict[str, str] = {}
        if not self.value:
            return out
        for part in self.value.split(","):
            key, sep, val = part.partition("=")
            out[key.strip().lower()] = val.strip() if sep else ""
        return out

    def option_span(self, key: str) -> Span:
        """Span of the value of ``key=value`` inside a ``--mount=`` flag (else the flag's
        value, or the flag)."""
        if self.value_span is None or self.value is None:
            return self.span
        offset = 0
        for part in self.value.split(","):
            k, sep, v = part.partition("=")
            if k.strip().lower() == key and sep:
                start = offset + len(k) + 1 + (len(v) - len(v.lstrip()))
                vs = self.value_span
                if vs.line == vs.end_line:
                    col = vs.column + start
                    return Span(vs.line, col, vs.line, col + len(v.strip()))
                return vs
            offset += len(part) + 1
        return self.value_span


@record(slots=True)
class Word:
    """One argument token of an instruction, raw (unexpanded; quotes kept in shell form,
    decoded strings in JSON form)."""

    value: str
    span: Span


@record(slots=True)
class KeyValue:
    """One ``KEY=value`` (or ``KEY value`` legacy form, or bare ``KEY`` for ARG)."""

    key: str
    value: str | None  # raw, unexpanded, quotes removed as BuildKit does; None: ``ARG NAME``
    span: Span
    key_span: Span
    value_span: Span | None
    # Additive fields (parser): the value as written (quotes and ``$`` references kept, for
    # expansion with BuildKit semantics) and whether it used the legacy ``ENV K V`` form.
    raw_value: str | None = None
    legacy: bool = False


@record(slots=True)
class Heredoc:
    """A here-document of RUN/COPY/ADD."""

    name: str  # the delimiter word, without quotes
    body: SourceText  # content between the marker line and the terminator (tabs stripped for <<-)
    expand: bool  # False when the delimiter was quoted (``<<'EOF'`` / ``<<"EOF"``)
    strip_tabs: bool  # ``<<-EOF``
    marker_span: Span  # the ``<<EOF`` token on the instruction line
    span: Span  # from the body's first line through the terminator line


@record(slots=True)
class Instruction:
    keyword: str  # upper-case: FROM, RUN, COPY, ... (unknown instructions keep their word)
    span: Span  # from the keyword through the end of the last line (heredocs included)
    keyword_span: Span
    flags: list[Flag]
    rest: SourceText  # text after the flags, continuations joined, heredoc bodies excluded
    args: list[Word]  # ``rest`` split into words (JSON form: the decoded strings)
    is_json: bool  # exec form: a JSON array of strings (BuildKit's rule)
    heredocs: list[Heredoc] = field(default_factory=list)
    pairs: list[KeyValue] = field(default_factory=list)  # ARG, ENV, LABEL
    onbuild: Instruction | None = None  # for ONBUILD: the trigger instruction
    stage: int = -1  # index of the enclosing stage; -1 before the first FROM
    comments: list[Comment] = field(default_factory=list)  # comment lines right above it
    index: int = 0  # position in Dockerfile.instructions

    def flag(self, name: str) -> Flag | None:
        """The last flag of that name (BuildKit keeps the last one)."""
        found = None
        for f in self.flags:
            if f.name == name:
                found = f
        return found

    def flags_named(self, name: str) -> list[Flag]:
        return [f for f in self.flags if f.name == name]

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def end_line(self) -> int:
        return self.span.end_line


@record(slots=True)
class Stage:
    index: int
    name: str | None  # ``AS name`` lower-cased as BuildKit does
    name_span: Span | None
    base: str  # the raw (unexpanded) image reference or stage name
    base_span: Span
    platform: Flag | None  # the ``--platform`` flag of the FROM, if any
    from_instruction: Instruction
    instructions: list[Instruction] = field(default_factory=list)  # FROM included, first


@record(slots=True)
class ParseIssue:
    """A syntax error or an unreadable file: becomes an AL001 finding."""

    message: str
    line: int
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None

    def __post_init__(self) -> None:
        # One line, always: characters that terminals or str.splitlines() treat as line
        # breaks (they can come from the file's own text) are shown escaped.
        if any(ch in _LINE_BREAKS for ch in self.message):
            self.message = "".join(
                ch.encode("unicode_escape").decode("ascii") if ch in _LINE_BREAKS else ch
                for ch in self.message
            )


_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


@record(slots=True)
class Dockerfile:
    path: str  # as given by the user (display path)
    text: str  # decoded text (BOM removed, CRLF kept as read? no: normalized to LF)
    lines: list[str]  # text split into lines without line ends (1-based: lines[0] is line 1)
    escape: str = "\\"
    directives: list[Directive] = field(default_factory=list)
    instructions: list[Instruction] = field(default_factory=list)
    global_args: list[Instruction] = field(default_factory=list)  # ARGs before the first FROM
    stages: list[Stage] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)  # every comment line, in order
    issues: list[ParseIssue] = field(default_factory=list)

    def directive(self, name: str) -> Directive | None:
        for d in self.directives:
            if d.name == name:
                return d
        return None

    def stage_by_name(self, name: str) -> Stage | None:
        low = name.lower()
        for s in self.stages:
            if s.name == low:
                return s
        return None

    def source_line(self, line: int) -> str:
        return self.lines[line - 1] if 1 <= line <= len(self.lines) else ""

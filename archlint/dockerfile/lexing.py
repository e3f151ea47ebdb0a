"""Low-level lexing helpers that reproduce BuildKit's Dockerfile parser word by word.

Everything here works on one *logical line* (continuations already joined) and returns
offsets into that line, so the parser can map every token back to the file through a
:class:`~archlint.dockerfile.model.SourceText`.

BuildKit references (moby/buildkit ``frontend/dockerfile/parser``): ``split_command.go``
(``splitCommand``, ``extractBuilderFlags``), ``line_parsers.go`` (``parseWords``,
``parseJSON``, ``parseNameVal``), ``parser.go`` (``heredocsFromLine``, ``reHeredoc``).
"""

from __future__ import annotations

import json
import re
from json import decoder as _json_decoder

# Go's unicode.IsSpace: the Latin-1 spaces plus the Unicode Z/White_Space set.
GO_SPACE = frozenset(
    "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
GO_SPACE_STR = "".join(sorted(GO_SPACE))
# BuildKit's reWhitespace: ``[\t\v\f\r ]+`` (ASCII only).
RE_WS = re.compile(r"[\t\v\f\r ]+")
_RE_NONSPACE = re.compile("[^" + re.escape(GO_SPACE_STR) + "]+")
RE_HEREDOC = re.compile(r"^(\d*)<<(-?)([^<]*)$")


class LexError(ValueError):
    """The shell-word lexer hit an unterminated quote or ``${``."""


def go_trim_space(s: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """Bounds of ``s[start:end]`` without leading/trailing Go whitespace."""
    if end is None:
        end = len(s)
    while start < end and s[start] in GO_SPACE:
        start += 1
    while end > start and s[end - 1] in GO_SPACE:
        end -= 1
    return start, end


def split_ws(s: str, start: int, end: int) -> list[tuple[int, int]]:
    """``reWhitespace.Split`` of ``s[start:end]`` as (start, end) offsets. An empty range gives
    no pieces (BuildKit returns early for empty text)."""
    if start >= end:
        return []
    out: list[tuple[int, int]] = []
    pos = start
    for m in RE_WS.finditer(s, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def split_command(s: str, start: int, end: int) -> tuple[tuple[int, int], int]:
    """``splitCommand`` first half: the command word and where its arguments start.

    ``s[start:end]`` is already trimmed of Go whitespace. Returns ((cmd_start, cmd_end),
    args_start); ``args_start == end`` when there are no arguments.
    """
    m = RE_WS.search(s, start, end)
    if m is None:
        return (start, end), end
    return (start, m.start()), m.end()


def extract_flags(
    s: str, start: int, end: int
) -> tuple[list[tuple[str, int, int]], int]:
    """``extractBuilderFlags``: leading ``--flag[=value]`` words.

    Returns ``([(processed_word, tok_start, tok_end)], rest_start)``; the processed word has
    quotes removed and backslash escapes applied, as BuildKit does (flags always use ``\\``).
    """
    words: list[tuple[str, int, int]] = []
    pos = start
    while True:
        while pos < end and s[pos] in GO_SPACE:
            pos += 1
        if pos >= end:
            return words, end
        if not (s[pos] == "-" and pos + 1 < end and s[pos + 1] == "-"):
            return words, pos
        tok_start = pos
        buf: list[str] = []
        blank_ok = False
        quote = ""
        while pos < end:
            ch = s[pos]
            if quote:
                if ch == quote:
                    quote = ""
                    pos += 1
                    continue
                if ch == "\\":
                    if pos + 1 == end:
                        quote = ""
                        pos += 1
                        continue
                    pos += 1
                    ch = s[pos]
                buf.append(ch)
                pos += 1
                continue
            if ch in GO_SPACE:
                break
            if ch in "'\"":
                quote = ch
                blank_ok = True
                pos += 1
                continue
            if ch == "\\":
                if pos + 1 == end:
                    pos += 1
                    continue
                pos += 1
                ch = s[pos]
            buf.append(ch)
            pos += 1
        word = "".join(buf)
        if pos >= end:
            if word != "--" and (blank_ok or word):
                words.append((word, tok_start, pos))
            return words, end
        if word == "--":
            return words, pos
        if blank_ok or word:
            words.append((word, tok_start, pos))


def parse_words(s: str, start: int, end: int, escape: str) -> list[tuple[str, int, int]]:
    """``parseWords``: split on whitespace outside quotes; quotes and escapes are kept.

    Returns ``(word, start, end)`` offsets into ``s``.
    """
    segment = s[start:end]
    if "'" not in segment and '"' not in segment and escape not in segment:
        # Fast path (most instructions): plain whitespace splitting.
        return [(m.group(), m.start(), m.end()) for m in _RE_NONSPACE.finditer(s, start, end)]
    words: list[tuple[str, int, int]] = []
    pos = start
    in_word = False
    quote = ""
    word_start = start
    blank_ok = False
    while pos < end:
        ch = s[pos]
        if not in_word:
            if ch in GO_SPACE:
                pos += 1
                continue
            in_word = True
            word_start = pos
            blank_ok = False
        if quote:
            if ch == quote:
                quote = ""
            elif ch == escape and quote != "'":
                if pos + 1 == end:
                    break  # BuildKit skips an escape token at the end of the text
                pos += 1
            pos += 1
            continue
        if ch in GO_SPACE:
            if blank_ok or pos > word_start:
                words.append((s[word_start:pos], word_start, pos))
            in_word = False
            pos += 1
            continue
        if ch in "'\"":
            quote = ch
            blank_ok = True
        elif ch == escape:
            if pos + 1 == end:
                break  # BuildKit skips an escape token at the end of the text
            pos += 1
        pos += 1
    if in_word and (blank_ok or pos > word_start):
        words.append((s[word_start:pos], word_start, pos))
    return words


def _reject_constant(name: str) -> float:
    raise ValueError(name)


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
_scanstring = _json_decoder.scanstring  # type: ignore[attr-defined]  # exists, untyped


class NotStringArray(ValueError):
    """A JSON array whose elements are not all strings (BuildKit: an error, not shell form)."""


def parse_json_array(s: str, start: int, end: int) -> list[tuple[str, int, int]] | None:
    """``parseJSON``: ``s[start:end]`` as a JSON array of strings with element offsets.

    Returns None when the text is not a JSON array (shell form); raises
    :class:`NotStringArray` for a valid array holding non-strings.
    """
    pos, end = go_trim_space(s, start, end)
    if pos >= end or s[pos] != "[":
        return None
    text = s[pos:end]
    # Like Go's json.Decoder (what BuildKit uses): the first JSON value counts, anything
    # after it on the line is ignored.
    try:
        value, _end = _DECODER.raw_decode(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, list):
        return None
    if not all(isinstance(v, str) for v in value):
        raise NotStringArray(
            "when using JSON array syntax, arrays must be comprised of strings only"
        )
    out: list[tuple[str, int, int]] = []
    i = 1
    n = len(text)
    for _ in value:
        while i < n and text[i] != '"':
            i += 1
        decoded, j = _scanstring(text, i + 1, True)
        out.append((decoded, pos + i, pos + j))
        i = j
    return out


_SPECIAL_PARAMS = frozenset("@*#?-$!0")


def _name_end(s: str, pos: int, end: int) -> int:
    """BuildKit ``processName``: digits, one special parameter, or [letters digits _]."""
    if pos < end and s[pos].isdigit():
        while pos < end and s[pos].isdigit():
            pos += 1
        return pos
    if pos < end and s[pos] in _SPECIAL_PARAMS:
        return pos + 1
    while pos < end and (s[pos].isalnum() or s[pos] == "_"):
        pos += 1
    return pos


def _until_brace(s: str, pos: int, end: int) -> int:
    """BuildKit ``processStopOn('}')``: past the closing brace, through quotes and nested
    substitutions; LexError at the end of the text."""
    while pos < end:
        ch = s[pos]
        if ch == "}":
            return pos + 1
        if ch == "\\":
            pos += 2
        elif ch == "'":
            close = s.find("'", pos + 1, end)
            if close < 0:
                raise LexError("unterminated single quote")
            pos = close + 1
        elif ch == '"':
            pos = _double_quoted_end(s, pos + 1, end)
        elif ch == "$":
            pos = _dollar_end(s, pos + 1, end)
        else:
            pos += 1
    raise LexError("missing '}'")


def _double_quoted_end(s: str, pos: int, end: int) -> int:
    while True:
        if pos >= end:
            raise LexError("unexpected end of statement while looking for matching double-quote")
        c = s[pos]
        if c == '"':
            return pos + 1
        if c == "\\":
            pos += 2
        elif c == "$":
            pos = _dollar_end(s, pos + 1, end)
        else:
            pos += 1


def _dollar_end(s: str, pos: int, end: int) -> int:
    """After ``$``: the end of the substitution (BuildKit ``processDollar``, the version in
    the oracle: ``-``, ``+``, ``?`` and ``:x`` modifiers; ``#``, ``%``, ``/`` are errors)."""
    if pos >= end or s[pos] != "{":
        return _name_end(s, pos, end)
    pos += 1
    if pos >= end:
        raise LexError("syntax error: missing '}'")
    if s[pos] in "{}:":
        raise LexError("syntax error: bad substitution")
    pos = _name_end(s, pos, end)
    if pos >= end:
        raise LexError("syntax error: missing '}'")
    ch = s[pos]
    pos += 1
    if ch == "}":
        return pos
    if ch == ":":
        return _until_brace(s, pos + 1, end) if pos < end else _until_brace(s, pos, end)
    if ch in "-+?":
        return _until_brace(s, pos, end)
    raise LexError(f"unsupported modifier ({ch}) in substitution")


def shell_words_raw(s: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """BuildKit's ``shell.Lex`` word splitting with RawQuotes/RawEscapes (used to find
    heredoc markers): whitespace outside quotes separates words; quotes and escapes are
    kept. Raises :class:`LexError` where BuildKit's lexer fails (then no heredocs)."""
    words: list[tuple[str, int, int]] = []
    pos = start
    word_start = -1
    while pos < end:
        ch = s[pos]
        if ch in GO_SPACE:
            if word_start >= 0:
                words.append((s[word_start:pos], word_start, pos))
                word_start = -1
            pos += 1
            continue
        if word_start < 0:
            word_start = pos
        if ch == "\\":
            pos += 2
            continue
        if ch == "'":
            close = s.find("'", pos + 1, end)
            if close < 0:
                raise LexError(
                    "unexpected end of statement while looking for matching single-quote"
                )
            pos = close + 1
            continue
        if ch == '"':
            pos += 1
            while True:
                if pos >= end:
                    raise LexError(
                        "unexpected end of statement while looking for matching double-quote"
                    )
                c = s[pos]
                if c == '"':
                    pos += 1
                    break
                if c == "\\":
                    pos += 2
                    continue
                if c == "$":
                    pos = _dollar_end(s, pos + 1, end)
                    continue
                pos += 1
            continue
        if ch == "$":
            pos = _dollar_end(s, pos + 1, end)
            continue
        pos += 1
    if word_start >= 0:
        words.append((s[word_start:min(pos, end)], word_start, min(pos, end)))
    return words


def unquote_heredoc_name(rest: str) -> tuple[str, bool] | None:
    """``heredocFromMatch`` for the text after ``<<`` / ``<<-``: the delimiter name and
    whether the body is expanded (False when any part of the word was quoted). None when
    the text is not exactly one shell word."""
    if not rest:
        return None
    try:
        pieces = shell_words_raw(rest, 0, len(rest))
    except (LexError, RecursionError):
        return None
    if len(pieces) != 1:
        return None
    out: list[str] = []
    quoted = False
    pos = 0
    n = len(rest)
    while pos < n:
        ch = rest[pos]
        if ch == "\\":
            if pos + 1 < n:
                out.append(rest[pos + 1])
            pos += 2
            continue
        if ch == "'":
            close = rest.find("'", pos + 1)
            out.append(rest[pos + 1 : close])
            quoted = True
            pos = close + 1
            continue
        if ch == '"':
            quoted = True
            pos += 1
            while pos < n and rest[pos] != '"':
                if rest[pos] == "\\" and pos + 1 < n and rest[pos + 1] in '"$\\':
                    pos += 1
                out.append(rest[pos])
                pos += 1
            pos += 1
            continue
        out.append(ch)
        pos += 1
    name = "".join(out)
    if not name:
        return None  # BuildKit's lexer yields no word for ``""``
    return name, not quoted


def heredoc_markers(s: str, start: int, end: int) -> list[tuple[str, int, int, int, bool, bool]]:
    """``heredocsFromLine``: every ``[n]<<[-]NAME`` word of the logical line.

    Returns ``(name, fd, tok_start, tok_end, strip_tabs, expand)`` tuples in order.
    """
    if "<<" not in s[start:end]:
        return []
    try:
        words = shell_words_raw(s, start, end)
    except (LexError, RecursionError):  # deeply nested ${...${...}} is not worth a crash
        return []
    out: list[tuple[str, int, int, int, bool, bool]] = []
    for word, ws, we in words:
        if "<<" not in word:
            continue
        m = RE_HEREDOC.match(word)
        if m is None:
            continue
        parsed = unquote_heredoc_name(m.group(3))
        if parsed is None:
            continue
        name, expand = parsed
        fd = int(m.group(1)) if m.group(1) else 0
        out.append((name, fd, ws, we, m.group(2) == "-", expand))
    return out

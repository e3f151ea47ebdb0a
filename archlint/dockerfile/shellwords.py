"""BuildKit's Dockerfile word lexer (``frontend/dockerfile/shell/lex.go``), re-implemented.

This is what BuildKit applies to the arguments of FROM, ARG, ENV, LABEL, COPY, WORKDIR...
before using them: single quotes are literal, double quotes allow ``$`` expansion, the
escape token (``\\`` or the ``# escape=`` character) escapes one character, and
``$V``/``${V}``/``${V:-x}``/``${V-x}``/``${V:+x}``/``${V+x}``/``${V:?x}``/``${V?x}`` plus
the pattern forms ``${V#p}``, ``${V##p}``, ``${V%p}``, ``${V%%p}``, ``${V/p/r}`` expand.

Pure functions, no I/O. Iterative (no recursion on input size, except nested ``${}``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import field

from archlint.records import record

Lookup = Callable[[str], "str | None"]

_SPECIAL_PARAMS = frozenset("@*#?-$!0")
_MAX_NESTING = 64


class WordError(ValueError):
    """A syntax error in a Dockerfile word (bad substitution, missing quote or brace)."""


@record(slots=True)
class VarRef:
    """A variable reference in a word: ``name`` and the offsets of the whole ``$...`` text."""

    name: str
    start: int
    end: int
    braced: bool
    modifier: str = ""  # ":-", "-", ":+", "+", ":?", "?", "#", "##", "%", "%%", "/", ""
    quoted: bool = False  # inside double quotes


@record(slots=True)
class Expansion:
    value: str
    unset: list[str] = field(default_factory=list)  # referenced but unset, in order, unique
    references: list[VarRef] = field(default_factory=list)
    error: str | None = None  # BuildKit would fail on this word


class _Lexer:
    def __init__(self, text: str, lookup: Lookup, escape: str, keep_unset: bool) -> None:
        self.s = text
        self.n = len(text)
        self.pos = 0
        self.lookup = lookup
        self.escape = escape
        self.keep_unset = keep_unset
        self.unset: list[str] = []
        self.refs: list[VarRef] = []
        self.depth = 0

    def _get(self, name: str) -> str | None:
        value = self.lookup(name)
        if value is None and name not in self.unset:
            self.unset.append(name)
        return value

    def word(self, stop: str = "", raw_escapes: bool = False) -> str:
        out: list[str] = []
        s, n, esc = self.s, self.n, self.escape
        while self.pos < n:
            ch = s[self.pos]
            if stop and ch == stop:
                self.pos += 1
                return "".join(out)
            if ch == "'":
                out.append(self._single_quote())
            elif ch == '"':
                out.append(self._double_quote())
            elif ch == "$":
                out.append(self._dollar(quoted=False))
            else:
                self.pos += 1
                if ch == esc:
                    if self.pos >= n:
                        break
                    if raw_escapes:
                        out.append(ch)
                    ch = s[self.pos]
                    self.pos += 1
                out.append(ch)
        if stop:
            raise WordError(f"unexpected end of statement while looking for matching {stop}")
        return "".join(out)

    def _single_quote(self) -> str:
        close = self.s.find("'", self.pos + 1)
        if close < 0:
            raise WordError("unexpected end of statement while looking for matching single-quote")
        text = self.s[self.pos + 1 : close]
        self.pos = close + 1
        return text

    def _double_quote(self) -> str:
        out: list[str] = []
        s, n, esc = self.s, self.n, self.escape
        self.pos += 1
        while True:
            if self.pos >= n:
                raise WordError(
                    "unexpected end of statement while looking for matching double-quote"
                )
            ch = s[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "$":
                out.append(self._dollar(quoted=True))
                continue
            self.pos += 1
            if ch == esc:
                if self.pos >= n:
                    continue
                nxt = s[self.pos]
                if nxt in ('"', "$", esc):
                    ch = nxt
                    self.pos += 1
            out.append(ch)

    def _name(self) -> str:
        s, n = self.s, self.n
        start = self.pos
        if start < n and s[start].isdigit():
            while self.pos < n and s[self.pos].isdigit():
                self.pos += 1
            return s[start : self.pos]
        if start < n and s[start] in _SPECIAL_PARAMS:
            self.pos += 1
            return s[start]
        while self.pos < n and (s[self.pos].isalnum() or s[self.pos] == "_"):
            self.pos += 1
        return s[start : self.pos]

    def _dollar(self, quoted: bool) -> str:
        s, n = self.s, self.n
        start = self.pos
        self.pos += 1
        if self.pos >= n or s[self.pos] != "{":
            name = self._name()
            if not name:
                return "$"
            self.refs.append(VarRef(name, start, self.pos, False, "", quoted))
            value = self._get(name)
            if value is None:
                return s[start : self.pos] if self.keep_unset else ""
            return value
        self.pos += 1
        if self.pos >= n:
            raise WordError("syntax error: missing '}'")
        if s[self.pos] in "{}:":
            raise WordError("syntax error: bad substitution")
        name = self._name()
        if self.pos >= n:
            raise WordError("syntax error: missing '}'")
        ch = s[self.pos]
        self.pos += 1
        ref = VarRef(name, start, start, True, "", quoted)
        self.refs.append(ref)
        if ch == "}":
            ref.end = self.pos
            value = self._get(name)
            if value is None:
                return s[start : self.pos] if self.keep_unset else ""
            return value
        modifier = ch
        if ch == ":":
            if self.pos >= n:
                raise WordError("syntax error: missing '}'")
            modifier = ":" + s[self.pos]
            self.pos += 1
            if modifier not in (":-", ":+", ":?"):
                raise WordError(f"unsupported modifier ({modifier[1]}) in substitution")
        elif ch in "#%" and self.pos < n and s[self.pos] == ch:
            modifier = ch + ch
            self.pos += 1
        elif ch not in "-+?#%/":
            raise WordError(f"unsupported modifier ({ch}) in substitution")
        self.depth += 1
        if self.depth > _MAX_NESTING:
            raise WordError("substitutions nested too deeply")
        try:
            if modifier == "/":
                replace_all = self.pos < n and s[self.pos] == "/"
                if replace_all:
                    self.pos += 1
                pattern = self._until("/}")
                replacement = self.word("}") if self.s[self.pos - 1] == "/" else ""
            else:
                # BuildKit keeps escapes in ``#``/``%`` patterns (``\*`` is a literal star)
                arg = self.word("}", raw_escapes=modifier[0] in "#%")
        finally:
            self.depth -= 1
        ref.end = self.pos
        ref.modifier = modifier
        value = self.lookup(name)
        if value is None and modifier not in (":-", "-", ":+", "+") and name not in self.unset:
            self.unset.append(name)
        original = s[start : self.pos]
        if value is None and self.keep_unset:
            return original
        if modifier == ":-":
            return value if value else arg
        if modifier == "-":
            return value if value is not None else arg
        if modifier == ":+":
            return arg if value else ""
        if modifier == "+":
            return arg if value is not None else ""
        if modifier in (":?", "?"):
            if value is None or (modifier == ":?" and not value):
                if self.keep_unset:
                    return original
                what = "unset" if value is None else "empty"
                raise WordError(f"{name}: {arg or 'is not allowed to be ' + what}")
            return value
        if value is None:
            return original if self.keep_unset else ""
        if modifier == "/":
            return _replace(value, pattern, replacement, replace_all)
        return _trim(value, arg, modifier)

    def _until(self, stops: str) -> str:
        """Raw text up to one of ``stops`` (consumed); used for ``${V/pattern/...}``."""
        s, n = self.s, self.n
        start = self.pos
        while self.pos < n and s[self.pos] not in stops:
            if s[self.pos] == self.escape:
                self.pos += 1
            self.pos += 1
        if self.pos >= n:
            raise WordError("syntax error: missing '}'")
        text = s[start : self.pos]
        self.pos += 1
        return text


def _pattern_tokens(pattern: str) -> list[str]:
    """Pattern split into characters, keeping ``\\x`` escape pairs together."""
    tokens: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        if pattern[i] == "\\" and i + 1 < n:
            tokens.append(pattern[i : i + 2])
            i += 2
        else:
            tokens.append(pattern[i])
            i += 1
    return tokens


def _glob(tokens: list[str], greedy: bool, anchored: bool, value_len: int) -> re.Pattern[str]:
    """BuildKit ``convertShellPatternToRegex``: ``*`` any string (shortest unless greedy),
    ``?`` one character, ``\\*``/``\\?``/``\\\\`` literal, ``\\}``/``\\/`` the
    character itself; no bracket expressions (``[`` is literal)."""
    if tokens.count("*") > 2 and value_len > 1000:
        # Python's backtracking regex could take exponential time here (Go's RE2 would not).
        raise WordError("substitution pattern too complex to evaluate")
    out = ["^"] if anchored else []
    for tok in tokens:
        if tok == "*":
            out.append(".*" if greedy else ".*?")
        elif tok == "?":
            out.append(".")
        elif len(tok) == 2:
            if tok[1] not in "*?\\}/":
                raise WordError(f"invalid escape '{tok}'")
            out.append(re.escape(tok[1]))
        else:
            out.append(re.escape(tok))
    return re.compile("".join(out))


def _trim(value: str, pattern: str, modifier: str) -> str:
    greedy = len(modifier) == 2
    tokens = _pattern_tokens(pattern)
    if modifier[0] == "#":
        m = _glob(tokens, greedy, True, len(value)).search(value)
        return value[m.end() :] if m else value
    # suffix: BuildKit reverses the pattern (escape pairs kept) and the value
    rev = value[::-1]
    m = _glob(tokens[::-1], greedy, True, len(value)).search(rev)
    return rev[m.end() :][::-1] if m else value


def _replace(value: str, pattern: str, replacement: str, replace_all: bool) -> str:
    rx = _glob(_pattern_tokens(pattern), True, False, len(value))
    return rx.sub(lambda _m: replacement, value, count=0 if replace_all else 1)


def expand_word(
    word: str, lookup: Lookup, escape: str = "\\", *, keep_unset: bool = False
) -> Expansion:
    """Expand one Dockerfile word as BuildKit does (quotes removed, escapes applied).

    ``keep_unset=True`` leaves references to unset variables as written (used to remove
    quotes without expanding). A syntax error gives ``Expansion.error`` and the text so far
    is not used: ``value`` is then the raw word.
    """
    lex = _Lexer(word, lookup, escape, keep_unset)
    try:
        value = lex.word()
    except WordError as exc:
        return Expansion(word, lex.unset, lex.refs, str(exc))
    return Expansion(value, lex.unset, lex.refs, None)


def _none(_: str) -> None:
    return None


def unquote(word: str, escape: str = "\\") -> str:
    """Quotes removed and escapes applied, variable references left as written."""
    result = expand_word(word, _none, escape, keep_unset=True)
    return result.value


def references(word: str, escape: str = "\\") -> list[VarRef]:
    """Every variable reference in the word (outside single quotes), with offsets."""
    return expand_word(word, _none, escape, keep_unset=True).references

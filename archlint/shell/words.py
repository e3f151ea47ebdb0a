"""Shell words, variable parts, assignments, guards and commands: the data the shell layer returns.

Pure data plus small helpers; no tree-sitter here (``archlint.shell.parse`` builds them).
Offsets are character offsets into the script text of the ``SourceText`` they came from.
"""

from __future__ import annotations

from dataclasses import field
from fnmatch import fnmatchcase

from archlint.dockerfile.model import SourceText, Span
from archlint.records import record


@record(slots=True)
class Part:
    """One piece of a word, in order.

    ``kind``: ``"lit"`` (literal text, quotes and escapes removed, in ``text``), ``"var"``
    (``$NAME`` / ``${NAME...}``: ``name`` set, ``text`` is the raw expansion, ``default``
    the word after ``:-``/``-`` when present, ``op`` the operator such as ``:-`` or ``%%``),
    ``"cmd"`` (``$(...)`` or backticks: ``commands`` are the commands inside, ``text`` raw),
    ``"other"`` (arithmetic, process substitution...).
    """

    kind: str
    text: str
    start: int  # offset of the raw piece in the script text
    end: int
    name: str = ""
    op: str = ""
    default: str | None = None
    commands: list[Command] = field(default_factory=list)
    quoted: bool = False


@record(slots=True)
class ShWord:
    text: str  # raw source
    value: str | None  # static value with quotes/escapes removed; None when it has expansions
    parts: list[Part]
    start: int
    end: int
    source: SourceText

    @property
    def variables(self) -> list[str]:
        """Names referenced (``$A``, ``${B:-x}``), in order, including inside ``$(...)``."""
        out: list[str] = []
        for p in self.parts:
            if p.kind == "var" and p.name and p.name not in out:
                out.append(p.name)
            elif p.kind == "cmd":
                for c in p.commands:
                    for w in c.words():
                        for v in w.variables:
                            if v not in out:
                                out.append(v)
        return out

    @property
    def span(self) -> Span:
        return self.source.span(self.start, self.end)

    def span_of(self, start: int, end: int) -> Span:
        """Span of ``text[start:end]`` (offsets relative to the raw word)."""
        return self.source.span(self.start + start, self.start + end)

    def offset_span(self, start: int, end: int) -> Span:
        """Span of script offsets ``[start, end)`` (e.g. a ``Part``'s ``start``/``end``)."""
        return self.source.span(start, end)

    def literal_text(self, placeholder: str = "\x00") -> str:
        """The word with every expansion replaced by ``placeholder`` (quotes removed)."""
        return "".join(p.text if p.kind == "lit" else placeholder for p in self.parts)

    def is_static(self) -> bool:
        return self.value is not None

    def __str__(self) -> str:
        return self.text


@record(frozen=True, slots=True)
class Guard:
    """A condition a command runs under: a ``case`` item or an ``if``/``&&`` comparison.

    ``subject`` is the tested word (``"$arch"``); the command runs when the subject matches
    one of ``patterns`` (shell glob patterns, e.g. ``("amd64", "x86_64")``) and none of
    ``excluded`` (the earlier items of a ``case`` for ``*)``, the earlier conditions of an
    ``elif``/``else``). ``negated``: the command runs when it does NOT match ``patterns``
    (``!=``, ``else``, ``||``).
    """

    kind: str  # "case" | "if" | "and" | "or"
    subject: ShWord
    patterns: tuple[str, ...]
    negated: bool = False
    excluded: tuple[str, ...] = ()
    span: Span | None = None  # the case item pattern / the condition

    def admits(self, spellings: set[str] | frozenset[str] | tuple[str, ...]) -> bool:
        """Would the guarded code run when the subject is one of ``spellings`` (the ways one
        platform may be spelled)? A spelling matched by ``patterns`` counts as a match (the
        author wrote the spelling their source produces); one matched by ``excluded`` means
        an earlier branch took it."""
        hit = any(_match(s, p) for s in spellings for p in self.patterns)
        if self.negated:
            hit = not hit
        if not hit:
            return False
        return not any(_match(s, p) for s in spellings for p in self.excluded)


def _match(value: str, pattern: str) -> bool:
    if pattern == value:
        return True
    if "*" in pattern or "?" in pattern or "[" in pattern:
        try:
            return fnmatchcase(value, pattern)
        except Exception:
            return False
    return False


@record(slots=True)
class Assignment:
    """``NAME=value`` (plain, ``export``/``local``/``declare``/``readonly``/``typeset``),
    an env prefix of a command (kind ``"prefix"``), ``read NAME`` (kind ``"read"``, value
    None) or a ``for NAME in ...`` loop variable (kind ``"for"``, ``values`` the list)."""

    name: str
    value: ShWord | None
    span: Span
    kind: str = "plain"
    guards: tuple[Guard, ...] = ()
    name_span: Span | None = None
    values: list[ShWord] = field(default_factory=list)
    command: Command | None = None  # for "prefix" and "read"
    start: int = 0  # offset in the script (ordering)


@record(slots=True)
class Command:
    """A simple command. ``name`` None for a bare assignment statement (not returned)."""

    name: ShWord | None
    args: list[ShWord]
    env: list[Assignment]
    span: Span
    guards: tuple[Guard, ...] = ()
    start: int = 0
    end: int = 0
    in_substitution: bool = False  # inside ``$(...)``/backticks
    pipeline_next: Command | None = None  # the command this one's stdout is piped into
    pipeline_prev: Command | None = None
    heredoc: str | None = None  # body of a ``<<EOF`` redirect of this command, if any
    heredoc_start: int = -1  # offset of that body in the script
    redirects: list[ShWord] = field(default_factory=list)  # redirect targets (``> /x``)
    _unwrapped: tuple[str, list[ShWord], list[Assignment]] | None = field(
        default=None, init=False, repr=False, compare=False)

    @property
    def name_value(self) -> str:
        """The static command name (basename of a path), or ``""``."""
        if self.name is None or self.name.value is None:
            return ""
        return self.name.value.rsplit("/", 1)[-1]

    def words(self) -> list[ShWord]:
        out = [self.name] if self.name is not None else []
        return out + self.args

    def arg_values(self) -> list[str | None]:
        return [a.value for a in self.args]

    def unwrapped(self) -> tuple[str, list[ShWord], list[Assignment]]:
        """Name, args and env after stripping wrappers: ``sudo``, ``env K=V``, ``exec``,
        ``command``, ``time``, ``nice``, ``nohup``, ``xx-...`` is kept as is. Computed once
        per command (every portability rule asks); the lists are shared: read them only."""
        if self._unwrapped is None:
            self._unwrapped = self._unwrap()
        return self._unwrapped

    def _unwrap(self) -> tuple[str, list[ShWord], list[Assignment]]:
        name = self.name_value
        args = list(self.args)
        env = list(self.env)
        for _ in range(4):
            base = name.rsplit("/", 1)[-1]
            if base in ("sudo", "exec", "command", "time", "nohup", "nice", "stdbuf",
                        "tini", "tini-static", "dumb-init", "catatonit"):
                # init wrappers of ENTRYPOINTs too: ["/usr/bin/tini", "--", "java", ...]
                takes = _WRAPPER_VALUE_OPTIONS.get(base, ())
                while args and (args[0].value or "").startswith("-"):
                    opt = args.pop(0).value or ""
                    if opt in takes and args:
                        args.pop(0)  # sudo -u user, nice -n 10, exec -a name
                    if opt == "--":
                        break
            elif base in ("gosu", "su-exec", "s6-setuidgid", "setuidgid") and len(args) > 1:
                args.pop(0)  # the user
            elif base == "env":
                while args:
                    v = args[0].value
                    if v is not None and v.startswith("-"):
                        args.pop(0)
                        continue
                    text = args[0].text
                    if "=" in text and text.split("=", 1)[0].isidentifier():
                        key, _, _ = text.partition("=")
                        w = args.pop(0)
                        val = _sub_word(w, len(key) + 1)
                        env.append(
                            Assignment(
                                key,
                                val,
                                w.span,
                                "prefix",
                                self.guards,
                                w.span_of(0, len(key)),
                                command=self,
                                start=w.start,
                            )
                        )
                        continue
                    break
            else:
                break
            if not args:
                return "", [], env
            first = args.pop(0)
            name = (first.value or "").rsplit("/", 1)[-1]
        return name, args, env


# options of a wrapper that take the next word as their value
_WRAPPER_VALUE_OPTIONS: dict[str, tuple[str, ...]] = {
    "sudo": ("-u", "-g", "-C", "-h", "-p", "-r", "-t", "-U", "-D", "--user", "--group"),
    "nice": ("-n", "--adjustment"),
    "exec": ("-a",),
    "stdbuf": ("-i", "-o", "-e"),
    "tini": ("-e", "-p"),
    "dumb-init": ("-r", "--rewrite"),
}


def _sub_word(w: ShWord, offset: int) -> ShWord:
    """The part of a word after ``offset`` raw characters (``K=V`` -> ``V``), best effort."""
    start = w.start + offset
    parts: list[Part] = []
    for p in w.parts:
        if p.end <= start:
            continue
        if p.kind == "lit" and p.start < start:
            cut = start - p.start
            parts.append(Part("lit", p.text[cut:], start, p.end, quoted=p.quoted))
        else:
            parts.append(p)
    value = "".join(p.text for p in parts) if all(p.kind == "lit" for p in parts) else None
    return ShWord(w.text[offset:], value, parts, start, w.end, w.source)


def static_word(text: str, source: SourceText, start: int = 0) -> ShWord:
    """A literal word (used for exec-form arguments)."""
    return ShWord(
        text, text, [Part("lit", text, start, start + len(text))], start, start + len(text), source
    )

"""tree-sitter-bash walk: turns one script into a ``Script`` of commands, assignments, cases.

tree_sitter is imported on first use only (the CLI start path never imports this module's
dependencies). Errors never escape: ERROR nodes are walked like any other node, and an
unexpected failure yields an empty ``Script`` with ``error`` set.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import field
from typing import Any

from archlint.dockerfile.model import SourceText, Span
from archlint.records import record
from archlint.shell.words import Assignment, Command, Guard, Part, ShWord

_PARSER: Any = None
_CACHE: OrderedDict[tuple[str, tuple[tuple[int, int, int], ...]], Script] = OrderedDict()
_CACHE_SIZE = 512

DECLARATION_KINDS = ("export", "local", "declare", "readonly", "typeset")


def _parser() -> Any:
    global _PARSER
    if _PARSER is None:
        import tree_sitter_bash
        from tree_sitter import Language, Parser

        _PARSER = Parser(Language(tree_sitter_bash.language()))
    return _PARSER


@record(slots=True)
class CaseItem:
    patterns: list[ShWord]
    span: Span
    exits: bool  # the body only fails (``exit 1``, ``false``, ``return 1``...)
    empty: bool  # no command at all (``*) ;;``)
    commands: list[Command] = field(default_factory=list)

    @property
    def pattern_values(self) -> tuple[str, ...]:
        return tuple(p.value if p.value is not None else p.text for p in self.patterns)

    @property
    def is_default(self) -> bool:
        return any(v == "*" for v in self.pattern_values)


@record(slots=True)
class Case:
    subject: ShWord
    items: list[CaseItem]
    span: Span
    guards: tuple[Guard, ...] = ()


@record(slots=True)
class Script:
    source: SourceText
    _commands: list[Command] = field(default_factory=list)
    _assignments: list[Assignment] = field(default_factory=list)
    _cases: list[Case] = field(default_factory=list)
    _dynamic_env: list[int] = field(default_factory=list)
    error: bool = False  # the parse had ERROR nodes or failed

    @property
    def text(self) -> str:
        return self.source.text

    def commands(self) -> list[Command]:
        return self._commands

    def assignments(self) -> list[Assignment]:
        return self._assignments

    def cases(self) -> list[Case]:
        return self._cases

    def dynamic_env(self) -> list[int]:
        """Offsets where variables archlint cannot name may be set: ``export $(...)``,
        ``eval``, ``source``/``.``, ``set -a``. A value read after one is unknown."""
        return self._dynamic_env


# Sourced for the distribution's name and version (``. /etc/os-release && echo
# "$VERSION_CODENAME"``): they set only those keys (os-release(5), lsb_release), never a
# variable of the Dockerfile's.
_RELEASE_FILES = frozenset({"/etc/os-release", "/usr/lib/os-release", "/etc/lsb-release"})


def parse_script(src: SourceText) -> Script:
    """Parse a shell script; cached by text and position map. Never raises."""
    key = (src.text, tuple(src.segments))
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    try:
        script = _Walker(src).run()
    except Exception:
        script = Script(src, error=True)
    _CACHE[key] = script
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return script


# tree-sitter 0.26 / tree-sitter-bash 0.25 crash the process (SIGSEGV, not an exception) on
# some code points above the assigned planes (U+60000, U+E0041, U+F1486, U+100000 ... seen
# here). They are replaced, for the parser only, by U+10000: same UTF-8 length, so every
# byte offset, and the text rules read, stay those of the real script.
_NAME_START = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_UNSAFE_CODEPOINTS = re.compile("[\U000323B0-\U0010FFFF]")


def _safe_for_tree_sitter(text: str, data: bytes) -> bytes:
    if len(data) == len(text) or not _UNSAFE_CODEPOINTS.search(text):
        return data
    return _UNSAFE_CODEPOINTS.sub("\U00010000", text).encode("utf-8", "surrogatepass")


# Node types that are always named and, under a ``command``, always an argument (never its
# ``name`` or a ``redirect`` field): the walker needs no field name for them.
_WORD_TYPES = frozenset((
    "word", "string", "raw_string", "number", "concatenation", "simple_expansion",
    "expansion", "command_substitution", "arithmetic_expansion", "process_substitution",
    "ansi_c_string", "translated_string", "brace_expression",
))
# words directly under a statement (e.g. test operands): only their ``$(...)`` matter
_STATEMENT_WORDS = frozenset((
    "word", "string", "raw_string", "concatenation", "number", "simple_expansion",
    "expansion", "comment", "variable_name",
))
_REDIRECT_WORDS = frozenset((
    "word", "string", "raw_string", "concatenation", "simple_expansion", "expansion",
    "command_substitution",
))
_SUBSTITUTIONS = ("command_substitution", "process_substitution")
_LITERAL_TYPES = frozenset((
    "word", "number", "extglob_pattern", "variable_name", "special_variable_name", "regex",
    "string_content", "test_operator",
))


class _Walker:
    """One script's tree to records. Every tree-sitter node property read crosses into C
    and allocates (a new ``str`` for ``type``, new nodes for ``children``), and a script
    has thousands of nodes: the walk reads each property once, passes what it read (type,
    character range) down, and asks for field names only where the node type leaves the
    role of a child open."""

    def __init__(self, src: SourceText) -> None:
        self.src = src
        self.text = src.text
        data = src.text.encode("utf-8", "surrogatepass")
        self.data = data
        self.b2c: list[int] | None = None
        if len(data) != len(src.text):
            b2c = [0] * (len(data) + 1)
            pos = 0
            for ci, ch in enumerate(src.text):
                n = len(ch.encode("utf-8", "surrogatepass"))
                for k in range(n):
                    b2c[pos + k] = ci
                pos += n
            b2c[pos] = len(src.text)
            self.b2c = b2c
        self.segments = src.segments
        self.seg_starts = [seg[0] for seg in src.segments]
        self.script = Script(src)
        self.and_memo: dict[tuple[int, int], tuple[Guard, ...]] = {}
        self.commands = self.script._commands
        self.assignments = self.script._assignments

    # -- positions ---------------------------------------------------------------------
    def rng(self, node: Any) -> tuple[int, int]:
        b2c = self.b2c
        if b2c is None:  # ASCII script (almost all): byte offsets are character offsets
            return node.start_byte, node.end_byte
        return b2c[node.start_byte], b2c[node.end_byte]

    def raw(self, node: Any) -> str:
        s, e = self.rng(node)
        return self.text[s:e]

    def span(self, start: int, end: int) -> Span:
        """``SourceText.span(start, end)``, on segment starts bisected once per walk."""
        segments = self.segments
        if not segments:
            if end <= start:
                return Span(1, 1 + start, 1, 1 + start)
            return Span(1, 1 + start, 1, end + 1)
        starts = self.seg_starts
        i = bisect_right(starts, start) - 1
        seg_start, line, col = segments[i if i > 0 else 0]
        col += start - seg_start
        if end <= start:
            return Span(line, col, line, col)
        i = bisect_right(starts, end - 1) - 1
        seg_start, end_line, end_col = segments[i if i > 0 else 0]
        return Span(line, col, end_line, end_col + end - seg_start)

    def node_span(self, node: Any) -> Span:
        return self.span(*self.rng(node))

    # -- entry -------------------------------------------------------------------------
    def run(self) -> Script:
        tree = _parser().parse(_safe_for_tree_sitter(self.text, self.data))
        root = tree.root_node
        self.script.error = bool(root.has_error)
        self.stmt(root, (), False)
        self.script._commands = _dedupe(self.script._commands, lambda c: (c.start, c.end))
        self.script._assignments = _dedupe(self.script._assignments,
                                           lambda a: (a.start, a.name, a.kind))
        return self.script

    # -- statements --------------------------------------------------------------------
    def stmt(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int = 0) -> None:
        if depth > 400:
            return
        _STATEMENTS.get(node.type, _Walker.children)(self, node, guards, in_sub, depth + 1)

    def children(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        # program, subshell, compound_statement, do_group, while/until, function_definition,
        # negated_command, test_command, ERROR and anything else: walk the children.
        for c in node.named_children:
            t = c.type
            if t in _STATEMENT_WORDS:
                self.scan_subs(c, guards, depth)
            elif depth <= 400:  # what stmt() does, with the type read here
                _STATEMENTS.get(t, _Walker.children)(self, c, guards, in_sub, depth + 1)

    def each(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        for c in node.named_children:
            self.stmt(c, guards, in_sub, depth)

    def substitution(
        self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int
    ) -> None:
        for c in node.named_children:
            self.stmt(c, guards, True, depth)

    def pipeline(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        before = len(self.commands)
        named = node.named_children
        for c in named:
            self.stmt(c, guards, in_sub, depth)
        self.link_pipeline(named, before, in_sub)

    def redirected(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        children = node.children
        is_redirect = [node.field_name_for_child(i) == "redirect" for i in range(len(children))]
        redirects = [c for c, r in zip(children, is_redirect, strict=True) if r]
        commands = self.commands
        for c, r in zip(children, is_redirect, strict=True):
            if r:
                self.redirect(c, guards, in_sub, depth)
                continue
            before = len(commands)
            self.stmt(c, guards, in_sub, depth)
            if len(commands) == before:
                continue
            if c.type == "command":
                target: Command | None = commands[before]
            elif c.type in ("list", "pipeline"):
                # ``a && cat > f <<EOF``: tree-sitter wraps the whole list, the shell gives
                # the redirects to its last command
                last = self.rng(c.children[-1])[0]
                target = next((x for x in reversed(commands[before:])
                               if x.start == last and not x.in_substitution), None)
            else:
                target = None
            if target is not None:
                for rd in redirects:
                    self.attach_redirect(target, rd)

    def scan_subs(self, node: Any, guards: tuple[Guard, ...], depth: int) -> None:
        """Visit ``$(...)`` inside a word that is not a command argument."""
        if depth > 400:
            return
        for c in node.named_children:
            if c.type in _SUBSTITUTIONS:
                self.stmt(c, guards, True, depth + 1)
            else:
                self.scan_subs(c, guards, depth + 1)

    def link_pipeline(self, named: list[Any], before: int, in_sub: bool = False) -> None:
        # the pipeline's own commands: those at its level (in a ``$(…)`` when the pipeline
        # is, as in ``V=$(wget -qO- … | awk …)``), not the substitutions of their words
        cmds = [c for c in self.commands[before:] if c.in_substitution == in_sub]
        tops = []
        for c in named:
            s, e = self.rng(c)
            first = min((x for x in cmds if s <= x.start < e), key=lambda x: x.start,
                        default=None)
            if first is not None:
                tops.append(first)
        for a, b in itertools.pairwise(tops):
            a.pipeline_next = b
            b.pipeline_prev = a

    def redirect(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        for c in node.named_children:
            t = c.type
            if t in _SUBSTITUTIONS:
                self.stmt(c, guards, True, depth + 1)
            elif t not in ("heredoc_body", "heredoc_start", "heredoc_end"):
                self.scan_subs(c, guards, depth + 1)

    def attach_redirect(self, cmd: Command, node: Any) -> None:
        t = node.type
        if t == "heredoc_redirect":
            for c in node.named_children:
                if c.type == "heredoc_body":
                    start, end = self.rng(c)
                    cmd.heredoc = self.text[start:end]
                    cmd.heredoc_start = start
        elif t in ("file_redirect", "herestring_redirect"):
            for i, c in enumerate(node.children):
                ct = c.type
                if ct in _REDIRECT_WORDS or node.field_name_for_child(i) == "destination":
                    cmd.redirects.append(self.word(c, (), 0, ct))

    # -- commands ----------------------------------------------------------------------
    def command(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        name: ShWord | None = None
        args: list[ShWord] = []
        env_nodes: list[Any] = []
        redirects: list[Any] = []
        word = self.word
        text = self.text
        b2c = self.b2c
        for i, c in enumerate(node.children):
            ctype = c.type
            if ctype == "word" and b2c is None and depth <= 400:
                # most arguments: the fast path of word(), inlined
                s = c.start_byte
                e = c.end_byte
                raw = text[s:e]
                lit = _unescape(raw) if "\\" in raw else raw
                args.append(ShWord(raw, lit, [Part("lit", lit, s, e)], s, e, self.src))
            elif ctype in _WORD_TYPES:
                args.append(word(c, guards, depth, ctype))
            elif ctype == "variable_assignment":
                env_nodes.append(c)
            elif ctype == "command_name":
                name = self.command_name(c, guards, depth)
            else:
                fname = node.field_name_for_child(i)
                if fname == "name":
                    name = self.command_name(c, guards, depth)
                elif fname == "argument":
                    args.append(word(c, guards, depth, ctype))
                elif fname == "redirect" or ctype.endswith("_redirect"):
                    redirects.append(c)
                elif c.is_named and ctype != "comment":
                    args.append(word(c, guards, depth, ctype))
        if len(args) > 1:
            args = self.join_split_words(args)
        s, e = self.rng(node)
        cmd = Command(name, args, [], self.span(s, e), guards, s, e, in_sub)
        for en in env_nodes:
            a = self.make_assignment(en, guards, "prefix", depth)
            if a is not None:
                a.command = cmd
                cmd.env.append(a)
                self.assignments.append(a)
        for r in redirects:
            self.attach_redirect(cmd, r)
        if name is None:
            return
        self.commands.append(cmd)
        name_value = cmd.name_value
        if in_sub:
            pass  # ``$(. /etc/os-release; echo …)``: a subshell's variables stay there
        elif name_value in (".", "source"):
            if not args or args[0].value not in _RELEASE_FILES:
                self.script._dynamic_env.append(s)
        elif name_value == "eval" or (
            name_value == "set" and any((a.value or "").startswith("-a") for a in args)
        ):
            self.script._dynamic_env.append(s)
        # ``read NAME...`` assigns
        if name_value == "read":
            skip_next = False
            for w in args:
                v = w.value or ""
                if skip_next:
                    skip_next = False
                    continue
                if v.startswith("-"):
                    skip_next = v in ("-a", "-d", "-n", "-N", "-p", "-t", "-u")
                    continue
                if v.isidentifier():
                    span = w.span
                    self.assignments.append(
                        Assignment(v, None, span, "read", guards, span, command=cmd, start=w.start)
                    )

    def join_split_words(self, args: list[ShWord]) -> list[ShWord]:
        """One word again where tree-sitter-bash 0.25 splits it: in an unquoted word, a second
        unbraced ``$NAME`` followed by more text (``…/v$V/node-$V.tar.gz``) ends the word at
        ``$`` and starts another at ``NAME`` (arguments never touch in the shell, so two that
        do are one word)."""
        out = [args[0]]
        for w in args[1:]:
            left = out[-1]
            if left.end != w.start:
                out.append(w)
                continue
            parts = list(left.parts)
            rest = list(w.parts)
            first = rest[0] if rest else None
            last = parts[-1] if parts else None
            m = _NAME_START.match(first.text) if first is not None and first.kind == "lit" \
                else None
            if first is not None and m and last is not None and last.kind == "lit" \
                    and last.text.endswith("$"):
                name = m.group(0)
                parts.pop()
                if len(last.text) > 1:
                    parts.append(Part("lit", last.text[:-1], last.start, last.end - 1))
                dollar, after = last.end - 1, w.start + len(name)
                parts.append(Part("var", self.text[dollar:after], dollar, after, name=name))
                if len(first.text) > len(name):
                    parts.append(Part("lit", first.text[len(name):], after, first.end))
                rest = rest[1:]
            parts.extend(rest)
            value = None if any(p.kind != "lit" for p in parts) else "".join(
                p.text for p in parts)
            out[-1] = ShWord(self.text[left.start:w.end], value, parts, left.start, w.end,
                             self.src)
        return out

    def command_name(self, node: Any, guards: tuple[Guard, ...], depth: int) -> ShWord:
        inner = node.named_child(0)
        return self.word(node if inner is None else inner, guards, depth)

    def declaration(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        children = node.children
        kind = children[0].type if children else "declare"
        if kind not in DECLARATION_KINDS:
            kind = "declare"
        for c in node.named_children:
            t = c.type
            if t == "variable_assignment":
                self.assignment(c, guards, kind, in_sub, depth)
                continue
            s, e = self.rng(c)
            if t == "variable_name":
                span = self.span(s, e)
                self.assignments.append(
                    Assignment(self.text[s:e], None, span, kind, guards, span, start=s)
                )
            else:
                if t != "word" or not self.text[s:e].startswith("-"):
                    # ``export $(cat .env | xargs)``: sets names nobody can read here
                    self.script._dynamic_env.append(s)
                self.scan_subs(c, guards, depth)

    def plain_assignment(
        self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int
    ) -> None:
        self.assignment(node, guards, "plain", in_sub, depth)

    def assignment(
        self, node: Any, guards: tuple[Guard, ...], kind: str, in_sub: bool, depth: int
    ) -> None:
        a = self.make_assignment(node, guards, kind, depth)
        if a is not None:
            self.assignments.append(a)

    def make_assignment(
        self, node: Any, guards: tuple[Guard, ...], kind: str, depth: int
    ) -> Assignment | None:
        name_node = node.child_by_field_name("name")
        value_node = node.child_by_field_name("value")
        if name_node is None:
            return None
        ns, ne = self.rng(name_node)
        name = self.text[ns:ne]
        if name_node.type == "subscript":
            inner = name_node.child_by_field_name("name")
            name = self.raw(inner) if inner is not None else name
        s, e = self.rng(node)
        if value_node is None:
            value = ShWord("", "", [], e, e, self.src)
        else:
            value = self.word(value_node, guards, depth)
        return Assignment(name, value, self.span(s, e), kind, guards, self.span(ns, ne), start=s)

    def for_stmt(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        var = node.child_by_field_name("variable")
        values = [self.word(c, guards, depth) for c in node.children_by_field_name("value")]
        if var is not None:
            s, e = self.rng(var)
            span = self.span(s, e)
            self.assignments.append(
                Assignment(self.text[s:e], None, span, "for", guards, span, values=values, start=s)
            )
        body = node.child_by_field_name("body")
        if body is not None:
            self.stmt(body, guards, in_sub, depth)

    # -- control flow ------------------------------------------------------------------
    def list_stmt(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        """``a && b`` / ``a || b``: b runs under a's condition when a is a comparison."""
        left = None
        op = None
        for c in node.children:
            if not c.is_named:
                t = c.type
                if t in ("&&", "||"):
                    op = t
                continue
            if left is None:
                self.stmt(c, guards, in_sub, depth)
                left = c
                continue
            extra: tuple[Guard, ...] = ()
            if op == "&&":
                extra = self.and_guards(left)
            elif op == "||":
                chain = self.and_chain(left)
                if chain:
                    # ``[ a = x ] && b || c``: c runs at least when the test fails
                    extra = self.condition_guards(chain[0], "or", negate=True)
            self.stmt(c, guards + extra, in_sub, depth)
            left = c

    def and_guards(self, node: Any) -> tuple[Guard, ...]:
        """The guards of every operand of ``a && b && c`` (``node``), in order. tree-sitter
        nests a chain to the left (``((a && b) && c) && d``) and each level asks for the
        guards of everything before it: memoized by node, so a RUN of 40 ``&&``-joined
        commands reads each operand once instead of 40 times."""
        key = (node.start_byte, node.end_byte)
        hit = self.and_memo.get(key)
        if hit is not None:
            return hit
        out: tuple[Guard, ...] = ()
        if node.type != "list":
            out = self.condition_guards(node, "and", negate=False)
        else:
            ops = {c.type for c in node.children if not c.is_named}
            if ops == {"&&"}:
                for c in node.named_children:
                    out += self.and_guards(c)
            elif "||" not in ops:
                out = self.condition_guards(node, "and", negate=False)
        self.and_memo[key] = out
        return out

    def and_chain(self, node: Any) -> list[Any]:
        """The operands of ``a && b && c`` (a single node when it is not such a list)."""
        if node.type != "list":
            return [node]
        ops = {c.type for c in node.children if not c.is_named}
        if ops != {"&&"}:
            return [node] if "||" not in ops else []
        out: list[Any] = []
        for c in node.named_children:
            out.extend(self.and_chain(c))
        return out

    def if_stmt(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        conds: list[Any] = []
        body: list[Any] = []
        seen_then = False
        previous: list[Guard] = []  # guards of earlier conditions (for elif/else)
        clauses: list[Any] = []
        for i, c in enumerate(node.children):
            t = c.type
            if t == "then":
                seen_then = True
                continue
            if t in ("elif_clause", "else_clause"):
                clauses.append(c)
                continue
            if not c.is_named:
                continue
            if not seen_then or node.field_name_for_child(i) == "condition":
                conds.append(c)
            else:
                body.append(c)
        cond_guards = self.conds_guards(conds)
        for c in conds:
            self.stmt(c, guards, in_sub, depth)
        for b in body:
            self.stmt(b, guards + cond_guards, in_sub, depth)
        previous.extend(cond_guards)
        for clause in clauses:
            if clause.type == "elif_clause":
                ccond: list[Any] = []
                cbody: list[Any] = []
                seen = False
                for c in clause.children:
                    if c.type == "then":
                        seen = True
                        continue
                    if not c.is_named:
                        continue
                    (cbody if seen else ccond).append(c)
                g = self.conds_guards(ccond)
                neg = tuple(_negate(p) for p in previous)
                for c in ccond:
                    self.stmt(c, guards + neg, in_sub, depth)
                for b in cbody:
                    self.stmt(b, guards + neg + g, in_sub, depth)
                previous.extend(g)
            else:
                neg = tuple(_negate(p) for p in previous)
                for c in clause.named_children:
                    self.stmt(c, guards + neg, in_sub, depth)
    def conds_guards(self, conds: list[Any]) -> tuple[Guard, ...]:
        out: tuple[Guard, ...] = ()
        for c in conds:
            out += self.condition_guards(c, "if", negate=False)
        return out

    def condition_guards(self, node: Any, kind: str, negate: bool) -> tuple[Guard, ...]:
        """Comparisons in a condition (``[ "$a" = x ]``, ``[[ $a == x* ]]``, ``test``,
        ``A || B`` on the same subject) as guards. Unknown conditions give no guard."""
        comps = self.comparisons(node, 0)
        if comps is None or not comps:
            return ()
        # One subject with several alternatives joined by || (or a single comparison).
        subjects = {c[0].text for c in comps}
        if len(subjects) != 1 and len(comps) > 1:
            return ()
        subject = comps[0][0]
        positive = [c for c in comps if not c[2]]
        negative = [c for c in comps if c[2]]
        if positive and negative:
            return ()
        patterns = tuple(p for c in comps for p in c[1])
        negated = bool(negative) != negate
        return (Guard(kind, subject, patterns, negated, (), self.node_span(node)),)

    def comparisons(
        self, node: Any, depth: int
    ) -> list[tuple[ShWord, tuple[str, ...], bool]] | None:
        """(subject, patterns, is_not_equal) for each ``=`` / ``!=`` comparison; None when the
        condition has anything else (so no guard is derived)."""
        if depth > 20:
            return None
        t = node.type
        if t in (
            "list",
            "parenthesized_expression",
            "test_command",
            "subshell",
            "compound_statement",
        ):
            ops = {c.type for c in node.children if not c.is_named}
            if t == "list" and "&&" in ops:
                return None
            out: list[tuple[ShWord, tuple[str, ...], bool]] = []
            for c in node.named_children:
                if c.type == "comment":
                    continue
                r = self.comparisons(c, depth + 1)
                if r is None:
                    return None
                out.extend(r)
            return out
        if t == "binary_expression":
            op_node = node.child_by_field_name("operator")
            op = self.raw(op_node) if op_node is not None else ""
            if op in ("||", "-o"):
                out = []
                for c in node.named_children:
                    r = self.comparisons(c, depth + 1)
                    if r is None:
                        return None
                    out.extend(r)
                return out
            if op not in ("=", "==", "!="):
                return None
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is None or right is None:
                return None
            lw = self.word(left, (), 0)
            rw = self.word(right, (), 0)
            if lw.value is not None and rw.value is None:
                lw, rw = rw, lw
            pat = rw.value if rw.value is not None else rw.literal_text("*")
            return [(lw, (pat,), op == "!=")]
        if t == "command":
            name = node.child_by_field_name("name")
            if name is None or self.raw(name) not in ("test", "["):
                return None
            words = [
                self.word(c, (), 0)
                for i, c in enumerate(node.children)
                if node.field_name_for_child(i) == "argument"
            ]
            vals = [w.value for w in words]
            if vals and vals[-1] == "]":
                words, vals = words[:-1], vals[:-1]
            if len(words) == 3 and vals[1] in ("=", "==", "!="):
                lw, rw = words[0], words[2]
                if lw.value is not None and rw.value is None:
                    lw, rw = rw, lw
                pat = rw.value if rw.value is not None else rw.literal_text("*")
                return [(lw, (pat,), vals[1] == "!=")]
            return None
        return None

    def case_stmt(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        value = node.child_by_field_name("value")
        if value is None:
            for c in node.named_children:
                self.stmt(c, guards, in_sub, depth)
            return
        subject = self.word(value, guards, depth)
        case = Case(subject, [], self.node_span(node), guards)
        previous: list[str] = []
        for item in node.named_children:
            if item.type != "case_item":
                continue
            patterns: list[ShWord] = []
            body: list[Any] = []
            children = item.children
            for i, c in enumerate(children):
                if item.field_name_for_child(i) == "value":
                    patterns.append(self.word(c, guards, depth))
                elif c.is_named and c.type != "comment":
                    body.append(c)
            pvals = tuple(p.value if p.value is not None else p.literal_text("*") for p in patterns)
            g = Guard(
                "case",
                subject,
                pvals,
                False,
                tuple(previous),
                self.node_span(children[0] if children else item),
            )
            before = len(self.commands)
            for b in body:
                self.stmt(b, (*guards, g), in_sub, depth)
            cmds = self.commands[before:]
            ci = CaseItem(patterns, self.node_span(item), _only_fails(cmds, body), not body, cmds)
            case.items.append(ci)
            previous.extend(pvals)
        self.script._cases.append(case)

    # -- words -------------------------------------------------------------------------
    def word(
        self, node: Any, guards: tuple[Guard, ...], depth: int, t: str | None = None
    ) -> ShWord:
        """The word of ``node``; ``t`` is its type when the caller has read it already."""
        b2c = self.b2c
        s = node.start_byte
        e = node.end_byte
        if b2c is not None:
            s = b2c[s]
            e = b2c[e]
        if t is None:
            t = node.type
        if t == "word" and depth <= 400:
            # the common case (a plain argument): what parts() returns for it, one literal
            raw = self.text[s:e]
            lit = _unescape(raw) if "\\" in raw else raw
            return ShWord(raw, lit, [Part("lit", lit, s, e)], s, e, self.src)
        parts: list[Part] = []
        self.parts(node, t, s, e, parts, guards, depth, False)
        value: str | None = None
        for p in parts:
            if p.kind != "lit":
                break
        else:
            value = "".join([p.text for p in parts])
        return ShWord(self.text[s:e], value, parts, s, e, self.src)

    def parts(
        self,
        node: Any,
        t: str,
        s: int,
        e: int,
        out: list[Part],
        guards: tuple[Guard, ...],
        depth: int,
        quoted: bool,
    ) -> None:
        """Append the parts of ``node`` (type ``t``, characters ``s``..``e``) to ``out``."""
        if depth > 400:
            return
        text = self.text
        if t in _LITERAL_TYPES:
            raw = text[s:e]
            out.append(Part("lit", _unescape(raw) if not quoted else raw, s, e, quoted=quoted))
            return
        if t == "string":
            # "...": literal pieces between the children keep their raw text
            pos = s + 1
            named = node.named_children
            for c in named:
                cs, ce = self.rng(c)
                if cs > pos:
                    out.append(Part("lit", _unescape_dq(text[pos:cs]), pos, cs, quoted=True))
                ct = c.type
                if ct == "string_content":
                    out.append(Part("lit", _unescape_dq(text[cs:ce]), cs, ce, quoted=True))
                else:
                    self.parts(c, ct, cs, ce, out, guards, depth + 1, True)
                pos = ce
            end = e - 1 if text[e - 1 : e] == '"' and e - 1 >= pos else e
            if end > pos:
                out.append(Part("lit", _unescape_dq(text[pos:end]), pos, end, quoted=True))
            if not named and end <= pos and not out:
                out.append(Part("lit", "", s, e, quoted=True))
            return
        if t == "raw_string":
            inner = text[s + 1 : e - 1] if e - s >= 2 else ""
            out.append(Part("lit", inner, s + 1, max(s + 1, e - 1), quoted=True))
            return
        if t == "ansi_c_string":
            inner = text[s + 2 : e - 1] if e - s >= 3 else ""
            out.append(Part("lit", inner, s + 2, max(s + 2, e - 1), quoted=True))
            return
        if t in ("concatenation", "command_name"):
            self.pieces(node, s, e, out, guards, depth, quoted, _unescape)
            return
        if t == "simple_expansion":
            name = ""
            for c in node.named_children:
                name = self.raw(c)
            out.append(Part("var", text[s:e], s, e, name=name, quoted=quoted))
            return
        if t == "expansion":
            self.expansion(node, s, e, out, guards, depth, quoted)
            return
        if t == "command_substitution":
            before = len(self.commands)
            self.stmt(node, guards, True, depth + 1)
            cmds = self.commands[before:]
            out.append(Part("cmd", text[s:e], s, e, commands=cmds, quoted=quoted))
            return
        if t in ("arithmetic_expansion", "process_substitution", "brace_expression"):
            if t == "process_substitution":
                self.stmt(node, guards, True, depth + 1)
            out.append(Part("other", text[s:e], s, e, quoted=quoted))
            return
        if node.named_children:
            self.pieces(node, s, e, out, guards, depth, quoted, None)
            return
        out.append(Part("lit", text[s:e], s, e, quoted=quoted))

    def pieces(
        self,
        node: Any,
        s: int,
        e: int,
        out: list[Part],
        guards: tuple[Guard, ...],
        depth: int,
        quoted: bool,
        unescape: Callable[[str], str] | None,
    ) -> None:
        """The parts of every child, and the text between them as literals (unescaped by
        ``unescape`` when given)."""
        text = self.text
        pos = s
        for c in node.children:
            cs, ce = self.rng(c)
            if cs > pos:
                gap = text[pos:cs]
                out.append(Part("lit", unescape(gap) if unescape else gap, pos, cs))
            self.parts(c, c.type, cs, ce, out, guards, depth + 1, quoted)
            pos = ce
        if e > pos:
            gap = text[pos:e]
            out.append(Part("lit", unescape(gap) if unescape else gap, pos, e))

    def expansion(
        self,
        node: Any,
        s: int,
        e: int,
        out: list[Part],
        guards: tuple[Guard, ...],
        depth: int,
        quoted: bool,
    ) -> None:
        """``${NAME...}``: the name, the operator and, after ``:-``/``-``/``:=``/``=``, the
        default word."""
        name = ""
        op = ""
        default: str | None = None
        seen_name = False
        for i, c in enumerate(node.children):
            ct = c.type
            if ct in ("variable_name", "special_variable_name") and not seen_name:
                name = self.raw(c)
                seen_name = True
            elif ct == "subscript" and not seen_name:
                inner = c.child_by_field_name("name")
                name = self.raw(inner) if inner is not None else ""
                seen_name = True
            elif node.field_name_for_child(i) == "operator" or (
                not c.is_named and ct not in ("${", "}")
            ):
                if not op:
                    op = self.raw(c)
            elif c.is_named and seen_name and default is None:
                default = self.raw(c)
                if ct in ("command_substitution",):
                    self.stmt(c, guards, True, depth + 1)
        out.append(
            Part(
                "var",
                self.text[s:e],
                s,
                e,
                name=name,
                op=op,
                default=default if op in (":-", "-", ":=", "=") else None,
                quoted=quoted,
            )
        )


_STATEMENTS: dict[str, Callable[[_Walker, Any, tuple[Guard, ...], bool, int], None]] = {
    "command": _Walker.command,
    "declaration_command": _Walker.declaration,
    "variable_assignment": _Walker.plain_assignment,
    "variable_assignments": _Walker.each,
    "if_statement": _Walker.if_stmt,
    "case_statement": _Walker.case_stmt,
    "list": _Walker.list_stmt,
    "pipeline": _Walker.pipeline,
    "for_statement": _Walker.for_stmt,
    "redirected_statement": _Walker.redirected,
    "command_substitution": _Walker.substitution,
    "process_substitution": _Walker.substitution,
}


def _dedupe(items: list[Any], key: Any) -> list[Any]:
    """Sorted by position, one item per position: a ``$(...)`` in an ``if``/``[ ]`` condition
    is read twice (for the guard and for the commands); keep the copy with the most guards."""
    previous = -1
    for it in items:  # the common case: in order already, each item at its own offset
        if it.start <= previous:
            break
        previous = it.start
    else:
        return list(items)
    best: dict[Any, Any] = {}
    for it in items:
        k = key(it)
        cur = best.get(k)
        if cur is None or len(it.guards) > len(cur.guards):
            best[k] = it
    return sorted(best.values(), key=lambda x: x.start)


def _negate(g: Guard) -> Guard:
    return Guard(g.kind, g.subject, g.patterns, not g.negated, g.excluded, g.span)


def _unescape(raw: str, escapable: str | None = None) -> str:
    """Remove shell backslash escapes: every ``\\x`` outside quotes, only those of
    ``escapable`` characters inside double quotes; an escaped newline vanishes."""
    if "\\" not in raw:
        return raw
    out = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "\\" and i + 1 < len(raw) and (escapable is None or raw[i + 1] in escapable):
            if raw[i + 1] != "\n":
                out.append(raw[i + 1])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _unescape_dq(raw: str) -> str:
    return _unescape(raw, '$`"\\\n')


_FAIL_NAMES = {"exit", "false", "return"}


def _only_fails(cmds: list[Command], body: list[Any]) -> bool:
    """Does the branch end in failure: ``exit 1``, ``false``, ``return 1`` (after echos)?"""
    top = [c for c in cmds if not c.in_substitution]
    if not top:
        return False
    for c in top:
        name = c.name_value
        if name in _FAIL_NAMES:
            code = c.args[0].value if c.args else None
            if name == "false" or (code is not None and code not in ("0",)):
                return True
            if name in ("exit", "return") and not c.args:
                return False
            return code is None  # ``exit $ret``: treat as failing
        if name in ("die", "fail", "error", "abort", "fatal"):
            return True
        if name in ("echo", "printf", "log", "set", "cat", "warn"):
            continue
        return False
    return False

"""tree-sitter-bash walk: turns one script into a ``Script`` of commands, assignments, cases.

tree_sitter is imported on first use only (the CLI start path never imports this module's
dependencies). Errors never escape: ERROR nodes are walked like any other node, and an
unexpected failure yields an empty ``Script`` with ``error`` set.
"""

from __future__ import annotations

import itertools
import re
from collections import OrderedDict
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
_UNSAFE_CODEPOINTS = re.compile("[\U000323B0-\U0010FFFF]")


def _safe_for_tree_sitter(text: str, data: bytes) -> bytes:
    if len(data) == len(text) or not _UNSAFE_CODEPOINTS.search(text):
        return data
    return _UNSAFE_CODEPOINTS.sub("\U00010000", text).encode("utf-8", "surrogatepass")


class _Walker:
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
        self.script = Script(src)

    # -- positions ---------------------------------------------------------------------
    def off(self, byte: int) -> int:
        return self.b2c[byte] if self.b2c is not None else byte

    def rng(self, node: Any) -> tuple[int, int]:
        b2c = self.b2c
        if b2c is None:  # ASCII script (almost all): byte offsets are character offsets
            return node.start_byte, node.end_byte
        return b2c[node.start_byte], b2c[node.end_byte]

    def raw(self, node: Any) -> str:
        s, e = self.rng(node)
        return self.text[s:e]

    def span(self, node: Any) -> Span:
        return self.src.span(*self.rng(node))

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
        t = node.type
        d = depth + 1
        if t == "command":
            self.command(node, guards, in_sub, d)
        elif t == "declaration_command":
            self.declaration(node, guards, in_sub, d)
        elif t == "variable_assignment":
            self.assignment(node, guards, "plain", in_sub, d)
        elif t == "variable_assignments":
            for c in node.named_children:
                self.stmt(c, guards, in_sub, d)
        elif t == "if_statement":
            self.if_stmt(node, guards, in_sub, d)
        elif t == "case_statement":
            self.case_stmt(node, guards, in_sub, d)
        elif t == "list":
            self.list_stmt(node, guards, in_sub, d)
        elif t == "pipeline":
            before = len(self.script._commands)
            for c in node.named_children:
                self.stmt(c, guards, in_sub, d)
            self.link_pipeline(node, before)
        elif t == "for_statement":
            self.for_stmt(node, guards, in_sub, d)
        elif t == "redirected_statement":
            for i, c in enumerate(node.children):
                if node.field_name_for_child(i) == "redirect":
                    self.redirect(c, guards, in_sub, d)
                else:
                    before = len(self.script._commands)
                    self.stmt(c, guards, in_sub, d)
                    if c.type == "command" and len(self.script._commands) > before:
                        cmd = self.script._commands[before]
                        for j, r in enumerate(node.children):
                            if node.field_name_for_child(j) == "redirect":
                                self.attach_redirect(cmd, r)
        elif t in ("command_substitution", "process_substitution"):
            for c in node.named_children:
                self.stmt(c, guards, True, d)
        else:
            # program, subshell, compound_statement, do_group, while/until, function_definition,
            # negated_command, test_command, ERROR and anything else: walk the children.
            for c in node.named_children:
                if c.type in (
                    "word",
                    "string",
                    "raw_string",
                    "concatenation",
                    "number",
                    "simple_expansion",
                    "expansion",
                    "comment",
                    "variable_name",
                ):
                    # words directly under a statement (e.g. test operands): look for $(...)
                    self.scan_subs(c, guards, d)
                    continue
                self.stmt(c, guards, in_sub, d)

    def scan_subs(self, node: Any, guards: tuple[Guard, ...], depth: int) -> None:
        """Visit ``$(...)`` inside a word that is not a command argument."""
        if depth > 400:
            return
        for c in node.named_children:
            if c.type in ("command_substitution", "process_substitution"):
                self.stmt(c, guards, True, depth + 1)
            else:
                self.scan_subs(c, guards, depth + 1)

    def link_pipeline(self, node: Any, before: int) -> None:
        cmds = [c for c in self.script._commands[before:] if not c.in_substitution]
        tops = []
        for c in node.named_children:
            s, e = self.rng(c)
            first = next((x for x in cmds if s <= x.start < e), None)
            if first is not None:
                tops.append(first)
        for a, b in itertools.pairwise(tops):
            a.pipeline_next = b
            b.pipeline_prev = a

    def redirect(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        for c in node.named_children:
            if c.type in ("command_substitution", "process_substitution"):
                self.stmt(c, guards, True, depth + 1)
            elif c.type not in ("heredoc_body", "heredoc_start", "heredoc_end"):
                self.scan_subs(c, guards, depth + 1)

    def attach_redirect(self, cmd: Command, node: Any) -> None:
        if node.type == "heredoc_redirect":
            for c in node.named_children:
                if c.type == "heredoc_body":
                    cmd.heredoc = self.raw(c)
        elif node.type in ("file_redirect", "herestring_redirect"):
            for i, c in enumerate(node.children):
                if node.field_name_for_child(i) == "destination" or c.type in (
                    "word",
                    "string",
                    "raw_string",
                    "concatenation",
                    "simple_expansion",
                    "expansion",
                    "command_substitution",
                ):
                    cmd.redirects.append(self.word(c, (), 0))

    # -- commands ----------------------------------------------------------------------
    def command(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        name: ShWord | None = None
        args: list[ShWord] = []
        env_nodes: list[Any] = []
        redirects: list[Any] = []
        for i, c in enumerate(node.children):
            fname = node.field_name_for_child(i)
            ctype = c.type  # a new str per access on tree-sitter nodes: read once
            if ctype == "variable_assignment":
                env_nodes.append(c)
            elif fname == "name" or ctype == "command_name":
                inner = c.named_children[0] if c.named_children else c
                name = self.word(inner, guards, depth)
            elif fname == "argument":
                args.append(self.word(c, guards, depth))
            elif fname == "redirect" or ctype.endswith("_redirect"):
                redirects.append(c)
            elif c.is_named and ctype not in ("comment",):
                args.append(self.word(c, guards, depth))
        s, e = self.rng(node)
        cmd = Command(name, args, [], self.span(node), guards, s, e, in_sub)
        for en in env_nodes:
            a = self.make_assignment(en, guards, "prefix", depth)
            if a is not None:
                a.command = cmd
                cmd.env.append(a)
                self.script._assignments.append(a)
        for r in redirects:
            self.attach_redirect(cmd, r)
        if name is None:
            return
        self.script._commands.append(cmd)
        if cmd.name_value in (".", "source", "eval") or (
            cmd.name_value == "set" and any((a.value or "").startswith("-a") for a in args)
        ):
            self.script._dynamic_env.append(s)
        # ``read NAME...`` assigns
        if cmd.name_value == "read":
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
                    self.script._assignments.append(
                        Assignment(
                            v, None, w.span, "read", guards, w.span, command=cmd, start=w.start
                        )
                    )

    def declaration(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        kind = node.children[0].type if node.children else "declare"
        if kind not in DECLARATION_KINDS:
            kind = "declare"
        for c in node.named_children:
            if c.type == "variable_assignment":
                self.assignment(c, guards, kind, in_sub, depth)
            elif c.type == "variable_name":
                s, _ = self.rng(c)
                self.script._assignments.append(
                    Assignment(self.raw(c), None, self.span(c), kind, guards, self.span(c), start=s)
                )
            else:
                if c.type != "word" or not self.raw(c).startswith("-"):
                    # ``export $(cat .env | xargs)``: sets names nobody can read here
                    self.script._dynamic_env.append(self.rng(c)[0])
                self.scan_subs(c, guards, depth)

    def assignment(
        self, node: Any, guards: tuple[Guard, ...], kind: str, in_sub: bool, depth: int
    ) -> None:
        a = self.make_assignment(node, guards, kind, depth)
        if a is not None:
            self.script._assignments.append(a)

    def make_assignment(
        self, node: Any, guards: tuple[Guard, ...], kind: str, depth: int
    ) -> Assignment | None:
        name_node = node.child_by_field_name("name")
        value_node = node.child_by_field_name("value")
        if name_node is None:
            return None
        name = self.raw(name_node)
        if name_node.type == "subscript":
            inner = name_node.child_by_field_name("name")
            name = self.raw(inner) if inner is not None else name
        s, _ = self.rng(node)
        if value_node is None:
            _, e = self.rng(node)
            value = ShWord("", "", [], e, e, self.src)
        else:
            value = self.word(value_node, guards, depth)
            if value_node.type in ("command_substitution",):
                pass
        return Assignment(name, value, self.span(node), kind, guards, self.span(name_node), start=s)

    def for_stmt(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        var = node.child_by_field_name("variable")
        values = []
        for i, c in enumerate(node.children):
            if node.field_name_for_child(i) == "value":
                values.append(self.word(c, guards, depth))
        if var is not None:
            s, _ = self.rng(var)
            self.script._assignments.append(
                Assignment(
                    self.raw(var),
                    None,
                    self.span(var),
                    "for",
                    guards,
                    self.span(var),
                    values=values,
                    start=s,
                )
            )
        body = node.child_by_field_name("body")
        if body is not None:
            self.stmt(body, guards, in_sub, depth)

    # -- control flow ------------------------------------------------------------------
    def list_stmt(self, node: Any, guards: tuple[Guard, ...], in_sub: bool, depth: int) -> None:
        """``a && b`` / ``a || b``: b runs under a's condition when a is a comparison."""
        children = node.children
        left = None
        op = None
        for c in children:
            if not c.is_named:
                if c.type in ("&&", "||"):
                    op = c.type
                continue
            if left is None:
                self.stmt(c, guards, in_sub, depth)
                left = c
                continue
            extra: tuple[Guard, ...] = ()
            if op == "&&":
                for cond in self.and_chain(left):
                    extra += self.condition_guards(cond, "and", negate=False)
            elif op == "||":
                chain = self.and_chain(left)
                if len(chain) == 1:
                    extra = self.condition_guards(chain[0], "or", negate=True)
                elif chain:
                    # ``[ a = x ] && b || c``: c runs at least when the test fails
                    extra = self.condition_guards(chain[0], "or", negate=True)
                    if not extra:
                        extra = ()
            self.stmt(c, guards + extra, in_sub, depth)
            left = c

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
            fname = node.field_name_for_child(i)
            if c.type == "then":
                seen_then = True
                continue
            if c.type in ("elif_clause", "else_clause"):
                clauses.append(c)
                continue
            if not c.is_named:
                continue
            if fname == "condition" or not seen_then:
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
        return (Guard(kind, subject, patterns, negated, (), self.span(node)),)

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
        case = Case(subject, [], self.span(node), guards)
        previous: list[str] = []
        for item in node.named_children:
            if item.type != "case_item":
                continue
            patterns: list[ShWord] = []
            body: list[Any] = []
            for i, c in enumerate(item.children):
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
                self.span(item.children[0]) if item.children else self.span(item),
            )
            before = len(self.script._commands)
            for b in body:
                self.stmt(b, (*guards, g), in_sub, depth)
            cmds = [c for c in self.script._commands[before:]]
            ci = CaseItem(patterns, self.span(item), _only_fails(cmds, body), not body, cmds)
            case.items.append(ci)
            previous.extend(pvals)
        self.script._cases.append(case)

    # -- words -------------------------------------------------------------------------
    def word(self, node: Any, guards: tuple[Guard, ...], depth: int) -> ShWord:
        s, e = self.rng(node)
        if depth <= 400 and node.type == "word":
            # the common case (a plain argument): what parts() returns for it, one literal
            raw = self.text[s:e]
            lit = _unescape(raw)
            return ShWord(raw, lit, [Part("lit", lit, s, e, quoted=False)], s, e, self.src)
        parts: list[Part] = []
        self.parts(node, parts, guards, depth, False)
        value: str | None
        value = "".join(p.text for p in parts) if all(p.kind == "lit" for p in parts) else None
        return ShWord(self.text[s:e], value, parts, s, e, self.src)

    def parts(
        self, node: Any, out: list[Part], guards: tuple[Guard, ...], depth: int, quoted: bool
    ) -> None:
        if depth > 400:
            return
        t = node.type
        s, e = self.rng(node)
        if t == "string":
            # "...": literal pieces between the children keep their raw text
            pos = s + 1
            for c in node.named_children:
                cs, ce = self.rng(c)
                if cs > pos:
                    out.append(Part("lit", _unescape_dq(self.text[pos:cs]), pos, cs, quoted=True))
                if c.type == "string_content":
                    out.append(Part("lit", _unescape_dq(self.text[cs:ce]), cs, ce, quoted=True))
                else:
                    self.parts(c, out, guards, depth + 1, True)
                pos = ce
            end = e - 1 if self.text[e - 1 : e] == '"' and e - 1 >= pos else e
            if end > pos:
                out.append(Part("lit", _unescape_dq(self.text[pos:end]), pos, end, quoted=True))
            if not node.named_children and end <= pos and not out:
                out.append(Part("lit", "", s, e, quoted=True))
            return
        if t == "raw_string":
            inner = self.text[s + 1 : e - 1] if e - s >= 2 else ""
            out.append(Part("lit", inner, s + 1, max(s + 1, e - 1), quoted=True))
            return
        if t == "ansi_c_string":
            inner = self.text[s + 2 : e - 1] if e - s >= 3 else ""
            out.append(Part("lit", inner, s + 2, max(s + 2, e - 1), quoted=True))
            return
        if t in ("concatenation", "command_name"):
            pos = s
            for c in node.children:
                cs, ce = self.rng(c)
                if cs > pos:
                    out.append(Part("lit", _unescape(self.text[pos:cs]), pos, cs))
                self.parts(c, out, guards, depth + 1, quoted)
                pos = ce
            if e > pos:
                out.append(Part("lit", _unescape(self.text[pos:e]), pos, e))
            return
        if t == "simple_expansion":
            name = ""
            for c in node.named_children:
                name = self.raw(c)
            out.append(Part("var", self.text[s:e], s, e, name=name, quoted=quoted))
            return
        if t == "expansion":
            name = ""
            op = ""
            default: str | None = None
            seen_name = False
            for i, c in enumerate(node.children):
                fname = node.field_name_for_child(i)
                if c.type in ("variable_name", "special_variable_name") and not seen_name:
                    name = self.raw(c)
                    seen_name = True
                elif c.type == "subscript" and not seen_name:
                    inner = c.child_by_field_name("name")
                    name = self.raw(inner) if inner is not None else ""
                    seen_name = True
                elif fname == "operator" or (not c.is_named and c.type not in ("${", "}")):
                    if not op:
                        op = self.raw(c)
                elif c.is_named and seen_name and default is None:
                    default = self.raw(c)
                    if c.type in ("command_substitution",):
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
            return
        if t == "command_substitution":
            before = len(self.script._commands)
            self.stmt(node, guards, True, depth + 1)
            cmds = self.script._commands[before:]
            out.append(Part("cmd", self.text[s:e], s, e, commands=list(cmds), quoted=quoted))
            return
        if t in ("arithmetic_expansion", "process_substitution", "brace_expression"):
            if t == "process_substitution":
                self.stmt(node, guards, True, depth + 1)
            out.append(Part("other", self.text[s:e], s, e, quoted=quoted))
            return
        if t in (
            "word",
            "number",
            "extglob_pattern",
            "variable_name",
            "special_variable_name",
            "regex",
            "string_content",
            "test_operator",
        ):
            out.append(
                Part(
                    "lit",
                    _unescape(self.text[s:e]) if not quoted else self.text[s:e],
                    s,
                    e,
                    quoted=quoted,
                )
            )
            return
        if node.named_children:
            pos = s
            for c in node.children:
                cs, ce = self.rng(c)
                if cs > pos:
                    out.append(Part("lit", self.text[pos:cs], pos, cs))
                self.parts(c, out, guards, depth + 1, quoted)
                pos = ce
            if e > pos:
                out.append(Part("lit", self.text[pos:e], pos, e))
            return
        out.append(Part("lit", self.text[s:e], s, e, quoted=quoted))


def _dedupe(items: list[Any], key: Any) -> list[Any]:
    """Sorted by position, one item per position: a ``$(...)`` in an ``if``/``[ ]`` condition
    is read twice (for the guard and for the commands); keep the copy with the most guards."""
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

"""Shell bodies of RUN (and shell-form CMD/ENTRYPOINT), read with tree-sitter-bash.

CONTRACT (implemented by the shell work; rules never regex raw RUN text):

- ``shell_scripts(instruction) -> list[SourceText]``: the scripts BuildKit would hand to the
  shell for that instruction (shell-form text; for ``RUN <<EOF`` the heredoc body; for
  ``RUN cmd <<EOF`` the command with its heredoc), positions kept.
- ``parse_script(src: SourceText) -> Script`` (cached per text). ``Script`` offers:
  - ``commands()``: every simple command (inside pipelines, lists, subshells, ``$(...)``,
    ``if``/``case``/loops, functions) as ``Command`` with ``name: ShWord | None``,
    ``args: list[ShWord]``, ``env: list[Assignment]`` (``GOARCH=amd64 go build``), ``span``,
    and ``guards``: the enclosing ``case`` items / ``if`` conditions (``Guard`` with the tested
    word and the patterns/values it must equal);
  - ``assignments()``: every ``NAME=value``, ``export NAME=value``, ``local``/``declare``,
    in order, with the enclosing guards;
  - ``cases()``: ``case`` statements: subject word, items with their patterns and spans.
- ``ShWord``: ``text`` (raw source), ``value`` (static value with quotes removed, or None when
  it contains expansions), ``parts`` (literal strings and variable/command expansions in
  order), ``variables`` (names referenced), ``span``.

Also:

- ``exec_words(instruction) -> list[ShWord]``: the argv of an exec-form (JSON) instruction as
  static words with their spans, so rules treat ``CMD ["java", "-XX:+UseAVX"]`` and
  ``CMD java -XX:+UseAVX`` alike (for shell form use ``instruction_commands``).
- ``instruction_commands(instruction) -> list[Command]``: every command of every script of the
  instruction; for exec form one ``Command`` built from the argv.
- ``Command.unwrapped()`` strips ``sudo``/``env K=V``/``exec``/``time``... wrappers.
- ``Guard.admits(spellings)`` tells whether guarded code runs for a subject value.
- ``Case.items[i].exits``: the branch only fails (``*) echo unsupported; exit 1;;``).
- ``Script.dynamic_env()``: offsets of ``export $(...)``, ``eval``, ``source``, ``set -a``:
  after one, any variable may have been set by text archlint cannot read.

Importing this package is cheap: tree_sitter is loaded on the first parse.
"""

from __future__ import annotations

import re

from archlint.dockerfile.model import Instruction, SourceText
from archlint.shell.parse import Case, CaseItem, Script, parse_script
from archlint.shell.words import Assignment, Command, Guard, Part, ShWord, static_word

__all__ = [
    "Assignment",
    "Case",
    "CaseItem",
    "Command",
    "Guard",
    "Part",
    "Script",
    "ShWord",
    "exec_words",
    "instruction_commands",
    "instruction_scripts",
    "parse_script",
    "shell_scripts",
    "static_word",
]

SHELL_KEYWORDS = ("RUN", "CMD", "ENTRYPOINT")
_SHELLS = {"sh", "bash", "ash", "dash", "zsh", "ksh", "busybox"}
# ``<<EOF`` alone, or ``bash -ex <<EOF``: the heredoc body is the script
_HEREDOC_ONLY = re.compile(
    r"^\s*(?:(?:/usr)?(?:/bin/)?(?:env\s+)?(?P<sh>[a-z]*sh)(?:\s+-[a-zA-Z]+)*\s+)?"
    r"<<-?\s*(?P<q>['\"]?)(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P=q)\s*$"
)
_SHEBANG = re.compile(r"^#!\s*(\S+)(?:\s+(\S+))?")


def slice_source(src: SourceText, start: int, end: int) -> SourceText:
    """``src.text[start:end]`` as a new SourceText with positions kept."""
    text = src.text[start:end]
    segs: list[tuple[int, int, int]] = []
    for off, line, col in src.segments:
        if off >= end:
            break
        segs.append((off, line, col))
    # keep the segment containing ``start`` and the ones after it
    out: list[tuple[int, int, int]] = []
    for i, (off, line, col) in enumerate(segs):
        nxt = segs[i + 1][0] if i + 1 < len(segs) else end
        if nxt <= start:
            continue
        if off < start:
            out.append((0, line, col + (start - off)))
        else:
            out.append((off - start, line, col))
    if not src.segments:
        out = [(0, 1, 1 + start)]
    return SourceText(text, out)


def join_sources(pieces: list[SourceText | str]) -> SourceText:
    """Concatenate texts; plain strings are glue mapped to the previous segment's position."""
    text_parts: list[str] = []
    segs: list[tuple[int, int, int]] = []
    pos = 0
    for piece in pieces:
        if isinstance(piece, str):
            text_parts.append(piece)
            pos += len(piece)
            continue
        for off, line, col in piece.segments or [(0, 1, 1)]:
            segs.append((pos + off, line, col))
        text_parts.append(piece.text)
        pos += len(piece.text)
    return SourceText("".join(text_parts), segs)


def _is_shell_body(body: str) -> bool:
    m = _SHEBANG.match(body.lstrip("\n"))
    if not m:
        return True
    prog = m.group(1).rsplit("/", 1)[-1]
    if prog == "env" and m.group(2):
        prog = m.group(2)
    return prog in _SHELLS


def shell_scripts(instruction: Instruction) -> list[SourceText]:
    """The shell scripts of a RUN / CMD / ENTRYPOINT / HEALTHCHECK CMD (ONBUILD: its trigger)."""
    ins = instruction
    if ins.keyword == "ONBUILD" and ins.onbuild is not None:
        ins = ins.onbuild
    kw = ins.keyword
    if kw == "HEALTHCHECK":
        if ins.is_json or not ins.args or ins.args[0].value.upper() != "CMD":
            return []
        text = ins.rest.text
        idx = text.upper().find("CMD")
        if idx < 0:
            return []
        return [slice_source(ins.rest, idx + 3, len(text))]
    if kw not in SHELL_KEYWORDS:
        return []
    if ins.is_json:
        # ["sh", "-c", "script"]: the script argument
        vals = [a.value for a in ins.args]
        if len(vals) >= 3 and vals[0].rsplit("/", 1)[-1] in _SHELLS:
            for i in range(1, len(vals) - 1):
                if vals[i].startswith("-") and "c" in vals[i][1:]:
                    w = ins.args[i + 1]
                    return [SourceText(w.value, [(0, w.span.line, w.span.column + 1)])]
        return []
    if not ins.heredocs:
        return [ins.rest]
    first = ins.heredocs[0]
    m = _HEREDOC_ONLY.match(ins.rest.text)
    if kw == "RUN" and m and len(ins.heredocs) >= 1:
        if m.group("sh") is None and not _is_shell_body(first.body.text):
            return []
        return [first.body]
    # the command with its heredocs appended as a shell would read them
    pieces: list[SourceText | str] = [ins.rest]
    for h in ins.heredocs:
        pieces.append("\n")
        pieces.append(h.body)
        if not h.body.text.endswith("\n") and h.body.text:
            pieces.append("\n")
        pieces.append(h.name + "\n")
    return [join_sources(pieces)]


def instruction_scripts(instruction: Instruction) -> list[Script]:
    return [parse_script(s) for s in shell_scripts(instruction)]


def exec_words(instruction: Instruction) -> list[ShWord]:
    """The argv of an exec-form instruction as static words (empty for shell form)."""
    if not instruction.is_json:
        return []
    out: list[ShWord] = []
    for a in instruction.args:
        src = SourceText(a.value, [(0, a.span.line, a.span.column + 1)])
        out.append(static_word(a.value, src))
    return out


def instruction_commands(instruction: Instruction) -> list[Command]:
    """Every command of the instruction: the parsed shell commands, or the exec-form argv."""
    ins = (
        instruction.onbuild
        if instruction.keyword == "ONBUILD" and instruction.onbuild
        else instruction
    )
    if ins.is_json and ins.keyword in SHELL_KEYWORDS:
        scripts = shell_scripts(ins)
        if scripts:
            return [c for s in scripts for c in parse_script(s).commands()]
        words = exec_words(ins)
        if not words:
            return []
        first, last = ins.args[0].span, ins.args[-1].span
        from archlint.dockerfile.model import Span

        span = Span(first.line, first.column, last.end_line, last.end_column)
        return [Command(words[0], words[1:], [], span)]
    return [c for s in shell_scripts(ins) for c in parse_script(s).commands()]

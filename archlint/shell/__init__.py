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
"""

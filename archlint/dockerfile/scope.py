"""ARG/ENV scopes and variable expansion with BuildKit semantics.

CONTRACT (implemented by the parser work):

- ``expand(word, lookup, escape="\\\\") -> Expansion``: ``$V``, ``${V}``, ``${V:-x}``,
  ``${V-x}``, ``${V:+x}``, ``${V+x}``, escapes (``\\$``), single quotes as BuildKit's
  shell lexer treats them in Dockerfile words. ``lookup(name)`` returns the value or None
  when unset. ``Expansion.value`` is the result; ``Expansion.unset`` lists the variables
  that were referenced but unset (for AL103 "unset variable").
- ``references(word, escape) -> list[VarRef]``: every variable reference in a Dockerfile word
  with offsets, without expanding.
- ``BuildContext(build_args, target_platform, build_platform)`` and
  ``scope_at(dockerfile, instruction, ctx) -> dict[str, str | None]``: the variables visible
  to that instruction (global ARGs only inside FROM; stage ARG re-declarations; ENV; the
  automatic platform ARGs only after ``ARG NAME`` in the stage, with ctx's values;
  ``--build-arg`` overriding ARG defaults). ``None`` = declared but without value.
- ``base_image(dockerfile, stage, ctx) -> Expansion``: the FROM reference expanded with the
  global ARGs (+ automatic platform args, which are global in FROM).
"""

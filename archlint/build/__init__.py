"""Hand-off to ``docker buildx build``: the step after a clean ``archlint check``.

One module per concern, all free of heavy imports (they run on the CLI's start path):

- :mod:`archlint.build.command`: the exact buildx argv from archlint's options, the
  platform list's precedence (``--platform`` > config > ``# archlint: platforms=`` >
  defaults) and what the extra buildx arguments say (``--push``, ``-t`` tags).
- :mod:`archlint.build.preflight`: ``docker buildx inspect`` parsed, and which requested
  platforms the builder cannot run (with the two fixes: binfmt emulation, a native node).
- :mod:`archlint.build.run`: runs the build with its output streamed, returns buildx's exit
  code and forwards SIGINT/SIGTERM to it.
- :mod:`archlint.build.verify`: after a push, checks that the tag is an index with one
  entry per platform whose image config declares that same platform.
"""

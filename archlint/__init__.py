"""archlint: a Dockerfile linter and pre-build multi-architecture portability checker.

Pipeline (one package per step): ``archlint.dockerfile`` (parse) ->
``archlint.registry`` (resolve) -> ``archlint.engine`` + ``archlint.checks`` (rules) ->
``archlint.report`` (report) -> exit code.
"""

__version__ = "0.1.0"

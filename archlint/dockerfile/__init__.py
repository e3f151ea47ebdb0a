"""Dockerfile syntax: the only package that knows it.

``parse(text, path)`` returns a :class:`~archlint.dockerfile.model.Dockerfile`; it never
raises for bad content (syntax problems land in ``Dockerfile.issues``).
``archlint.dockerfile.scope`` answers ARG/ENV scope and variable expansion questions.
"""

from archlint.dockerfile.model import (
    PLATFORM_ARGS,
    Comment,
    Directive,
    Dockerfile,
    Flag,
    Heredoc,
    Instruction,
    KeyValue,
    ParseIssue,
    SourceText,
    Span,
    Stage,
    Word,
)
from archlint.dockerfile.parser import parse, parse_file

__all__ = [
    "PLATFORM_ARGS",
    "Comment",
    "Directive",
    "Dockerfile",
    "Flag",
    "Heredoc",
    "Instruction",
    "KeyValue",
    "ParseIssue",
    "SourceText",
    "Span",
    "Stage",
    "Word",
    "parse",
    "parse_file",
]

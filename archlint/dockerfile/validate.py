"""Instruction-level errors that BuildKit reports after parsing (``instructions/parse.go``):
unknown instructions, argument counts, FROM/stage names, ONBUILD triggers, unknown flags,
instructions before the first FROM. Each becomes a :class:`ParseIssue` on the model.
"""

from __future__ import annotations

import difflib
import re

from archlint.dockerfile.model import Dockerfile, Instruction, ParseIssue, Span

KNOWN_INSTRUCTIONS = (
    "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK",
    "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME",
    "WORKDIR",
)
# Flags each instruction accepts (BuildKit's BFlags, recent Dockerfile frontends).
KNOWN_FLAGS: dict[str, frozenset[str]] = {
    "FROM": frozenset({"platform"}),
    "COPY": frozenset({"chown", "chmod", "from", "link", "parents", "exclude"}),
    "ADD": frozenset(
        {"chown", "chmod", "link", "keep-git-dir", "checksum", "exclude", "unpack"}
    ),
    "RUN": frozenset({"mount", "network", "security", "device"}),
    "HEALTHCHECK": frozenset(
        {"interval", "timeout", "start-period", "start-interval", "retries"}
    ),
}
_BOOL_FLAGS = frozenset({"link", "parents", "keep-git-dir", "unpack"})
_STAGE_NAME = re.compile(r"^[a-z][a-z0-9\-_.]*$")
_EXACTLY_ONE = frozenset({"MAINTAINER", "USER", "WORKDIR", "STOPSIGNAL"})
_AT_LEAST_ONE = frozenset({"ENV", "LABEL", "ARG", "EXPOSE", "VOLUME", "HEALTHCHECK", "ONBUILD"})


def _issue(df: Dockerfile, message: str, span: Span) -> None:
    df.issues.append(ParseIssue(message, span.line, span.column, span.end_line, span.end_column))


def _unknown(keyword: str) -> str:
    if not keyword:
        return "unknown instruction: (empty line continuation)"
    shown = keyword if len(keyword) <= 40 else keyword[:40] + "..."
    message = f"unknown instruction: {shown}"
    if len(keyword) > 20:
        return message
    close = difflib.get_close_matches(keyword.upper(), KNOWN_INSTRUCTIONS, n=1, cutoff=0.6)
    if close:
        message += f" (did you mean {close[0].lower()}?)"
    return message


def _check(df: Dockerfile, inst: Instruction, trigger: bool) -> None:
    kw = inst.keyword
    span = inst.keyword_span
    if kw not in KNOWN_INSTRUCTIONS:
        _issue(df, _unknown(kw), span)
        return
    allowed = KNOWN_FLAGS.get(kw, frozenset())
    for flag in inst.flags:
        if flag.name not in allowed:  # BuildKit's BFlags are case-sensitive
            _issue(df, f"unknown flag: {flag.name} (for {kw})", flag.span)
        elif flag.value is None and flag.name not in _BOOL_FLAGS:
            _issue(df, f"missing a value on flag: {flag.name}", flag.span)
    nargs = len(inst.args)
    if kw in _AT_LEAST_ONE and nargs == 0:
        _issue(df, f"{kw} requires at least one argument", span)
        return
    if kw in _EXACTLY_ONE and nargs != 1:
        _issue(df, f"{kw} requires exactly one argument", span)
    elif kw == "FROM":
        if nargs == 0:
            _issue(df, "FROM requires an image", span)
        elif nargs == 3 and inst.args[1].value.lower() == "as":
            name = inst.args[2]
            if not _STAGE_NAME.match(name.value.lower()):
                _issue(
                    df,
                    f"invalid name for build stage: {name.value!r}, name can't start with a "
                    "number or contain symbols",
                    name.span,
                )
        elif nargs != 1:
            _issue(df, "FROM requires either one or three arguments (FROM image [AS name])", span)
    elif kw in ("COPY", "ADD") and nargs < 2:
        _issue(
            df,
            f"{kw} requires at least two arguments, but only {nargs or 'none'} "
            f"{'was' if nargs == 1 else 'were'} provided. Destination could not be determined.",
            span,
        )
    elif kw == "SHELL" and not inst.is_json:
        _issue(df, "SHELL requires the arguments to be in JSON form", span)
    elif kw == "HEALTHCHECK":
        typ = inst.args[0].value.upper()
        if typ == "NONE":
            if nargs > 1:
                _issue(df, "HEALTHCHECK NONE takes no arguments", inst.args[1].span)
        elif typ != "CMD":
            _issue(df, f'Unknown type "{typ}" in HEALTHCHECK (try CMD)', inst.args[0].span)
        elif nargs == 1:
            _issue(df, "Missing command after HEALTHCHECK CMD", span)
    elif kw == "ONBUILD":
        if trigger:
            return
        sub = inst.onbuild
        sub_kw = sub.keyword if sub is not None else ""
        if sub_kw == "ONBUILD":
            _issue(df, "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", span)
        elif sub is not None and sub_kw in ("MAINTAINER", "FROM"):
            _issue(df, f"{sub_kw} isn't allowed as an ONBUILD trigger", sub.keyword_span)
        elif sub is not None:
            _check(df, sub, True)


def validate(df: Dockerfile) -> None:
    """Append BuildKit's instruction-level errors to ``df.issues``."""
    seen_names: dict[str, int] = {}
    for stage in df.stages:
        if stage.name is None:
            continue
        if stage.name in seen_names and stage.name_span is not None:
            _issue(df, f"duplicate stage name {stage.name!r}", stage.name_span)
        seen_names.setdefault(stage.name, stage.index)
    for inst in df.instructions:
        _check(df, inst, False)
        if inst.stage < 0 and inst.keyword not in ("ARG", "FROM") and (
            inst.keyword in KNOWN_INSTRUCTIONS
        ):
            _issue(df, f"no build stage in current context ({inst.keyword} before FROM)",
                   inst.keyword_span)
    if df.instructions and not df.stages:
        last = df.instructions[-1].keyword_span
        _issue(df, "dockerfile contains no stages to build (no FROM instruction)", last)
    df.issues.sort(key=lambda i: (i.line, i.column))

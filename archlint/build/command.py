"""The exact ``docker buildx build`` command line, from archlint's own options.

Pure module (no I/O besides what the caller passes in). What it decides:

- which platforms are built: ``--platform`` if given, else the configuration's
  ``platforms``, else the ``# archlint: platforms=`` declaration in the Dockerfile, else
  :data:`archlint.platforms.DEFAULT_PLATFORMS` (:func:`choose_platforms`);
- the argv: ``docker buildx build --platform <list> -f <file> [--build-arg K=V]...
  [--target T] [--builder B] <extra buildx args> CONTEXT`` (:func:`build_command`);
- what the extra arguments after ``--`` say: whether they push, and the ``-t`` tags
  (:func:`inspect_extra_args`). Options that archlint must see to check what is built
  (``--platform``, ``-f``, ``--build-arg``, ``--target``, ``--builder``) are refused there,
  so the checks and the build never disagree.
"""

from __future__ import annotations

import csv
import shlex
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field

from archlint.platforms import DEFAULT_PLATFORMS, Platform, parse_platform_list
from archlint.records import record


class BuildUsageError(ValueError):
    """A command line archlint refuses to turn into a build (exit code 2)."""


@record(slots=True)
class BuildRequest:
    """Everything the buildx command line is made of."""

    context: str
    dockerfile: str
    platforms: list[Platform]
    build_args: Mapping[str, str] = field(default_factory=dict)  # insertion order is kept
    target: str | None = None
    builder: str | None = None
    extra_args: list[str] = field(default_factory=list)  # passed through after ``--``
    docker: str = "docker"


def build_command(request: BuildRequest) -> list[str]:
    """The argv of the build, in the documented order (stable: tests compare it exactly)."""
    argv = [request.docker, "buildx", "build"]
    argv += ["--platform", ",".join(str(p) for p in request.platforms)]
    argv += ["-f", request.dockerfile]
    for key, value in request.build_args.items():
        argv += ["--build-arg", f"{key}={value}"]
    if request.target:
        argv += ["--target", request.target]
    if request.builder:
        argv += ["--builder", request.builder]
    argv += list(request.extra_args)
    argv.append(request.context)
    return argv


def format_command(argv: Sequence[str]) -> str:
    """The argv as one POSIX shell line that reproduces it exactly when pasted."""
    return shlex.join(argv)


@record(frozen=True, slots=True)
class PlatformChoice:
    platforms: list[Platform]
    source: str  # "command line" | "configuration" | "Dockerfile" | "defaults"


def choose_platforms(
    cli: Sequence[str] | None,
    config: Sequence[str] | None,
    declared: Sequence[str] | None,
) -> PlatformChoice:
    """Apply the documented precedence: ``--platform``, the configuration's ``platforms``,
    the Dockerfile's ``# archlint: platforms=`` (``declared``), the defaults. Raises
    :class:`BuildUsageError` for a list that does not parse."""
    candidates: list[tuple[Sequence[str] | None, str]] = [
        (cli, "command line"),
        (config, "configuration"),
        (declared, "Dockerfile"),
        (DEFAULT_PLATFORMS, "defaults"),
    ]
    for values, source in candidates:
        if values:
            try:
                return PlatformChoice(parse_platform_list(list(values)), source)
            except ValueError as exc:
                raise BuildUsageError(f"invalid platform list from the {source}: {exc}") from None
    raise AssertionError("unreachable: the defaults are never empty")  # pragma: no cover


# Options of ``docker buildx build`` that archlint sets itself: given after ``--`` they would
# build something the checks did not see.
_OWNED_OPTIONS = {
    "--platform": "--platform",
    "-f": "-f/--file",
    "--file": "-f/--file",
    "--build-arg": "--build-arg",
    "--target": "--target",
    "--builder": "--builder",
}

# buildx options that take a value as the next argument (so that value is not mistaken for
# an option or a positional argument). From ``docker buildx build --help``.
_VALUE_OPTIONS = frozenset(
    {
        "--add-host", "--allow", "--annotation", "--attest", "--build-context", "--cache-from",
        "--cache-to", "--call", "--cgroup-parent", "--iidfile", "--label", "--metadata-file",
        "--network", "--no-cache-filter", "-o", "--output", "--progress", "--provenance",
        "--sbom", "--secret", "--shm-size", "--ssh", "-t", "--tag", "--ulimit",
    }
)


@record(frozen=True, slots=True)
class ExtraArgs:
    push: bool  # the build pushes its result to a registry
    tags: tuple[str, ...]  # ``-t``/``--tag`` values, in order


def _split_option(arg: str) -> tuple[str, str | None]:
    """``--tag=x`` -> (``--tag``, ``x``); ``-tx`` -> (``-t``, ``x``); ``--push`` -> (``--push``,
    None)."""
    if arg.startswith("--"):
        name, sep, value = arg.partition("=")
        return name, (value if sep else None)
    if len(arg) > 2:
        rest = arg[2:]
        return arg[:2], rest[1:] if rest.startswith("=") else rest
    return arg, None


def _output_fields(spec: str) -> dict[str, str]:
    """``--output`` is CSV as buildx reads it: ``type=image,"name=a,b",push=true``."""
    fields: dict[str, str] = {}
    for row in csv.reader([spec]):
        for part in row:
            key, _, value = part.partition("=")
            fields[key.strip().lower()] = value.strip()
    return fields


def _output_pushes(fields: Mapping[str, str]) -> bool:
    """``--output type=registry`` or ``type=image,push=true``: the result is pushed."""
    kind = fields.get("type", "").lower()
    if kind == "registry":
        return True
    return kind in ("image", "oci", "docker") and fields.get("push", "").lower() == "true"


def inspect_extra_args(extra: Iterable[str]) -> ExtraArgs:
    """Read the pass-through buildx arguments; refuse the options archlint owns."""
    args = list(extra)
    push = False
    tags: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if not arg.startswith("-") or arg == "-":
            raise BuildUsageError(
                f"unexpected argument {arg!r} after '--': give the build context before '--'"
            )
        name, value = _split_option(arg)
        if name in _OWNED_OPTIONS:
            raise BuildUsageError(
                f"give {_OWNED_OPTIONS[name]} to archlint (before '--'), not to buildx: "
                "the checks must see what is built"
            )
        if name in _VALUE_OPTIONS and value is None:
            if i >= len(args):
                raise BuildUsageError(f"buildx option {name} needs a value")
            value = args[i]
            i += 1
        if name == "--push":
            push = value is None or value.lower() in ("", "true", "1")
        elif name in ("-o", "--output") and value is not None:
            fields = _output_fields(value)
            if _output_pushes(fields):
                push = True
                tags += [n.strip() for n in fields.get("name", "").split(",") if n.strip()]
        elif name in ("-t", "--tag") and value is not None:
            tags.append(value)
    return ExtraArgs(push=push, tags=tuple(tags))


def print_build_command(args: object, report: object) -> None:
    """``archlint check --print-build-command``: the entry point ``archlint.commands.check``
    calls after a clean run (implemented next to ``archlint build`` in
    :func:`archlint.commands.build.print_build_command`)."""
    from archlint.commands.build import print_build_command as _print

    _print(args, report)  # type: ignore[arg-type]

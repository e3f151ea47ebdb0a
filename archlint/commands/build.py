"""``archlint build``: check, preflight the builder, then ``docker buildx build`` exactly the
checked platforms; ``archlint check --print-build-command`` for pipelines running buildx.

    archlint build [--platform P,...] [-f Dockerfile] [--build-arg K=V]... [--target T]
                   [--builder NAME] [--fail-on ...] [--dry-run] CONTEXT [-- BUILDX ARGS...]

The command accepts every option of ``archlint check``: :func:`register` builds its
signature from ``check``'s own (so the two never drift), plus ``CONTEXT``, ``-f/--file``,
``--builder`` and ``--dry-run``. Steps and exit codes:

1. checks (the ``check`` pipeline and reporters, same platforms, build args and target):
   findings at or above ``--fail-on`` -> printed, exit 1, nothing is built;
2. ``--dry-run``: print the buildx command, shell-quoted, exit 0 (docker is not needed);
3. preflight (``docker buildx inspect``): docker or buildx missing, builder unknown or
   unreachable -> one line, exit 2; a platform the builder cannot run (and the build has
   ``RUN`` steps for), or a docker-driver builder on the classic image store asked for
   several platforms -> what is wrong and the two fixes, exit 1;
4. the build, output streamed; its exit code is archlint's;
5. with ``--push`` (or ``--output type=registry``) and ``-t`` tags: ``archlint verify`` of
   every tag for the built platforms; its exit code is archlint's.
"""

from __future__ import annotations

import inspect
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from archlint.records import record

if TYPE_CHECKING:
    from archlint.commands.check import CheckArgs
    from archlint.report import RunReport

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
DOCKER_ENV = "ARCHLINT_DOCKER"  # path of the docker CLI to use (default: docker on PATH)


def _err(message: str) -> None:
    sys.stderr.write(message if message.startswith("archlint") else f"archlint: {message}")
    sys.stderr.write("\n")


@record(slots=True)
class BuildArgs:
    context: str
    dockerfile: str | None = None  # -f; default CONTEXT/Dockerfile (as buildx)
    builder: str | None = None
    dry_run: bool = False
    extra: list[str] = field(default_factory=list)  # after ``--``


def docker_program() -> str:
    return os.environ.get(DOCKER_ENV) or "docker"


def _configs_for(check: CheckArgs, dockerfile: Path) -> tuple[Any, Any]:
    """(the Dockerfile's configuration, the run's configuration), as ``check`` reads them:
    platforms come from the file's (found from its directory), build args and target from
    the run's (found from the current directory)."""
    from archlint.config import ConfigFinder

    finder = ConfigFinder(Path(check.config) if check.config else None)
    return finder.for_file(dockerfile), finder.for_file(None)


def _declared_platforms(text: bytes) -> tuple[list[str] | None, Any]:
    """The file's ``# archlint: platforms=`` and its parsed model (read as ``check`` does)."""
    from archlint.catalog import load_catalog
    from archlint.dockerfile import parse
    from archlint.suppressions import read_pragmas

    df = parse(text, "Dockerfile")
    pragmas = read_pragmas(df, load_catalog())
    return pragmas.platforms, df


def run_build(check: CheckArgs, build: BuildArgs) -> int:
    from archlint.build.command import (
        BuildRequest,
        BuildUsageError,
        build_command,
        choose_platforms,
        format_command,
        inspect_extra_args,
    )
    from archlint.commands.check import run_check
    from archlint.config import ConfigError

    if build.dockerfile == "-" or build.context == "-":
        _err("archlint build reads the Dockerfile from a file: '-' (stdin) is not supported")
        return EXIT_USAGE
    dockerfile = build.dockerfile or os.path.join(build.context, "Dockerfile")
    try:
        extra = inspect_extra_args(build.extra)
    except BuildUsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    if not Path(build.context).is_dir():
        _err(f"build context {build.context!r} is not a directory")
        return EXIT_USAGE
    try:
        data = Path(dockerfile).read_bytes()
    except OSError as exc:
        _err(f"{dockerfile}: cannot read: {exc.strerror or exc}")
        return EXIT_USAGE
    try:
        file_config, config = _configs_for(check, Path(dockerfile))
        declared, model = _declared_platforms(data)
        choice = choose_platforms(check.platforms, file_config.platforms, declared)
    except (ConfigError, BuildUsageError) as exc:
        _err(str(exc))
        return EXIT_USAGE
    platforms = [str(p) for p in choice.platforms]
    declared = declared or []
    overrides = bool(declared) and choice.source != "Dockerfile" and set(declared) != set(platforms)
    can_override = "platforms_override" in getattr(type(check), "__dataclass_fields__", {})
    if overrides and can_override:
        # The checks must cover what is built: the file's declaration gives way (for
        # ``check`` it wins over --platform; for ``build`` the build's platforms do).
        check.platforms_override = True  # type: ignore[attr-defined]
        _err(
            f"note: {dockerfile} declares platforms={','.join(declared)}; building and "
            f"checking for {','.join(platforms)} (from the {choice.source})"
        )
    elif overrides:
        _err(
            f"warning: {dockerfile} declares platforms={','.join(declared)}; the build is for "
            f"{','.join(platforms)} (from the {choice.source}), while the checks follow the "
            "file's declaration as archlint check does: remove the declaration to check what "
            "is built"
        )

    # 1. The checks, with check's own pipeline, reporters and exit policy.
    check.paths = [dockerfile]
    check.platforms = platforms
    check.print_build_command = False
    code = run_check(check)
    if code != EXIT_OK:
        if code == EXIT_FINDINGS:
            _err("not building: fix the findings above (or lower --fail-on)")
        return code

    build_args = {**config.build_args, **check.build_args}
    request = BuildRequest(
        context=build.context,
        dockerfile=dockerfile,
        platforms=list(choice.platforms),
        build_args=build_args,
        target=check.target or config.target,
        builder=build.builder,
        extra_args=list(build.extra),
        docker=docker_program(),
    )
    argv = build_command(request)

    # 2. Dry run: the exact command, nothing executed.
    if build.dry_run:
        # On stdout, unless the check report went there in a machine format (kept parseable).
        machine = check.output_format not in ("text", "concise") and not check.output
        out = sys.stderr if machine else sys.stdout
        out.write(format_command(["docker", *argv[1:]]) + "\n")
        return EXIT_OK

    # 3. Preflight.
    from archlint.build.preflight import (
        PreflightError,
        execution_platforms,
        inspect_builder,
        missing_message,
        missing_platforms,
        multi_platform_blocker,
    )

    docker = request.docker
    if shutil.which(docker) is None:
        _err(
            f"{docker!r} not found: install the docker CLI with the buildx plugin"
            + ("" if os.environ.get(DOCKER_ENV) else f" (or set {DOCKER_ENV} to its path)")
        )
        return EXIT_USAGE
    try:
        info = inspect_builder(docker, build.builder)
    except PreflightError as exc:
        _err(str(exc))
        return EXIT_USAGE
    needed = execution_platforms(model, request.platforms, request.target)
    missing = missing_platforms(info, needed)
    blockers = [missing_message(info, missing, build.builder)] if missing else []
    driver_problem = multi_platform_blocker(info, request.platforms)
    if driver_problem:
        blockers.append(driver_problem)
    if blockers:
        sys.stderr.write("\n".join(blockers) + "\n")
        return EXIT_FINDINGS
    unknown = missing_platforms(info, request.platforms)
    if unknown:
        _err(
            f"note: builder {info.name or 'default'!r} cannot run "
            f"{', '.join(str(p) for p in unknown)}, but no RUN step executes for "
            "them (cross-compiled or copy-only stages): building anyway"
        )

    # 4. The build.
    from archlint.build.run import run_streamed

    _err(f"running: {format_command(['docker', *argv[1:]])}")
    sys.stderr.flush()
    sys.stdout.flush()
    try:
        code = run_streamed(argv)
    except OSError as exc:
        _err(f"cannot run {docker!r}: {exc.strerror or exc}")
        return EXIT_USAGE
    if code != 0:
        _err(f"docker buildx build exited with code {code}")
        return code

    # 5. After a push: verify every tag.
    if extra.push:
        if not extra.tags:
            _err("note: pushed without -t: nothing to verify")
            return EXIT_OK
        from archlint.commands.verify import VerifyArgs, run_verify

        worst = EXIT_OK
        for tag in extra.tags:
            result = run_verify(
                VerifyArgs(
                    image=tag,
                    platforms=platforms,
                    output_format="text",
                    config=check.config,
                    insecure_registries=list(check.insecure_registries),
                    timeout=check.timeout,
                )
            )
            worst = max(worst, result)
        return worst
    return EXIT_OK


def print_build_command(args: CheckArgs, report: RunReport) -> None:
    """For ``archlint check --print-build-command`` after a clean run: the buildx command for
    each checked file, with the platforms, build args and target that were checked. The
    context is ``.`` (run it from the directory the build context is); on stdout unless the
    report itself went there in a machine format."""
    from archlint.build.command import BuildRequest, build_command, format_command
    from archlint.config import ConfigError, ConfigFinder
    from archlint.platforms import parse_platform_list

    try:
        finder = ConfigFinder(Path(args.config) if args.config else None)
    except ConfigError as exc:  # pragma: no cover - the check run reported it already
        _err(str(exc))
        return
    out = sys.stdout if args.output_format in ("text", "concise") or args.output else sys.stderr
    config = finder.for_file(None)  # build args and target: the run's, as the check used
    for path in report.files:
        if path in ("-", args.stdin_filename):
            _err("--print-build-command: no command for stdin input")
            continue
        request = BuildRequest(
            context=".",
            dockerfile=path,
            platforms=parse_platform_list(report.platforms),
            build_args={**config.build_args, **args.build_args},
            target=args.target or config.target,
        )
        out.write(format_command(build_command(request)) + "\n")


# --- the typer command -------------------------------------------------------------------


def split_context_and_extra(
    positional: Sequence[str], argv: Sequence[str]
) -> tuple[list[str], list[str]]:
    """click hands every argument after ``--`` over as a positional one: take them back.
    ``argv`` is the process's argument list; the arguments after its first ``--`` are the
    buildx ones (they are the last ``n`` positionals)."""
    args = list(argv)
    if "--" not in args:
        return list(positional), []
    extra = args[args.index("--") + 1 :]
    n = len(extra)
    if n > len(positional) or list(positional[len(positional) - n :]) != extra:
        return list(positional), []  # pragma: no cover - defensive (not from our argv)
    return list(positional[: len(positional) - n]), extra


_OWN_PARAMS = {
    "file": inspect.Parameter(
        "file",
        inspect.Parameter.KEYWORD_ONLY,
        default=None,
        annotation=Annotated[
            str | None,
            typer.Option("--file", "-f", help="The Dockerfile (default: CONTEXT/Dockerfile)."),
        ],
    ),
    "builder": inspect.Parameter(
        "builder",
        inspect.Parameter.KEYWORD_ONLY,
        default=None,
        annotation=Annotated[
            str | None, typer.Option("--builder", help="The buildx builder instance to use.")
        ],
    ),
    "dry_run": inspect.Parameter(
        "dry_run",
        inspect.Parameter.KEYWORD_ONLY,
        default=False,
        annotation=Annotated[
            bool,
            typer.Option("--dry-run", help="Check, then print the buildx command; run nothing."),
        ],
    ),
}
_ARGS_PARAM = inspect.Parameter(
    "args",
    inspect.Parameter.POSITIONAL_OR_KEYWORD,
    default=None,
    annotation=Annotated[
        list[str] | None,
        typer.Argument(
            help="CONTEXT, then '--' and arguments passed to docker buildx build as they are.",
            metavar="CONTEXT [-- BUILDX ARGS...]",
            show_default=False,
        ),
    ],
)


def register(app: typer.Typer) -> None:
    """Add ``build`` to the typer app, with every option of ``check`` (read from its
    signature) plus its own. Called by ``archlint.cli`` after ``check`` is defined."""
    from archlint import cli

    base = inspect.signature(cli.check, eval_str=True)
    params = [_ARGS_PARAM]
    for p in base.parameters.values():
        if p.name in ("paths", "print_build_command"):
            continue
        params.append(p.replace(kind=inspect.Parameter.KEYWORD_ONLY))
    params.extend(_OWN_PARAMS.values())

    def build(**kwargs: Any) -> None:
        raise typer.Exit(_build_from_cli(kwargs))

    build.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    build.__annotations__ = {}
    build.__doc__ = (
        "Check, then docker buildx build exactly the checked platforms (pushing verifies)."
    )
    app.command(
        "build",
        context_settings={"allow_interspersed_args": True},
    )(build)


def check_args_from(kwargs: dict[str, Any]) -> CheckArgs:
    """``check``'s parameters, as typer parsed them, turned into :class:`CheckArgs` the same
    way ``archlint.cli.check`` does."""
    from archlint import cli
    from archlint.commands.check import CheckArgs

    renamed = {
        "platform": "platforms",
        "build_arg": "build_args",
        "report": "reports",
        "registry_mirror": "registry_mirrors",
        "insecure_registry": "insecure_registries",
    }
    converted: dict[str, Any] = {}
    for name, value in kwargs.items():
        converted[renamed.get(name, name)] = value
    converted["platforms"] = cli._split_list(converted.get("platforms"))
    converted["build_args"] = cli._split_build_args(converted.get("build_args") or [])
    converted["select"] = cli._split_list(converted.get("select"))
    for name in ("extend_select", "ignore"):
        converted[name] = cli._split_list(converted.get(name)) or []
    converted["offline"] = converted.get("offline") or None
    converted["color"] = cli._use_color(bool(converted.pop("no_color", False)), sys.stdout)
    fields = set(CheckArgs.__dataclass_fields__)
    values: dict[str, Any] = {k: (list(v) if isinstance(v, tuple) else v)
                              for k, v in converted.items()}
    known = {k: v for k, v in values.items() if k in fields}
    for name in ("reports", "registry_mirrors", "insecure_registries", "exclude"):
        if name in known:
            known[name] = list(known[name] or [])
    return CheckArgs(**known)


def _build_from_cli(kwargs: dict[str, Any]) -> int:
    positional = list(kwargs.pop("args", None) or [])
    dockerfile = kwargs.pop("file", None)
    builder = kwargs.pop("builder", None)
    dry_run = bool(kwargs.pop("dry_run", False))
    context, extra = split_context_and_extra(positional, sys.argv[1:])
    if len(context) != 1:
        _err(
            "archlint build needs exactly one build context before '--' "
            f"(got {len(context)}: {' '.join(context) or 'none'})"
        )
        return EXIT_USAGE
    try:
        check = check_args_from(kwargs)
    except typer.BadParameter as exc:
        _err(str(exc))
        return EXIT_USAGE
    return run_build(
        check,
        BuildArgs(
            context=context[0], dockerfile=dockerfile, builder=builder, dry_run=dry_run,
            extra=extra,
        ),
    )

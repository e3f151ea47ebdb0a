"""Command line (typer). Thin: every command imports what it needs inside its body, so
``archlint --help`` and ``archlint check --offline`` start without httpx or pydantic."""

# No ``from __future__ import annotations`` here: typer reads every parameter's annotation,
# and string annotations make it eval() (compile) each one on every start: 5.6 ms for
# ``check`` instead of 1.6 ms.

import os
import sys
from typing import Annotated, Any

import typer

app = typer.Typer(
    name="archlint",
    help="Dockerfile linter and pre-build multi-architecture portability checker.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _err(message: str) -> None:
    sys.stderr.write(f"archlint: {message}\n")


def _version(value: bool) -> None:
    if value:
        from archlint import __version__

        typer.echo(f"archlint {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """archlint finds what breaks a multi-platform image build before the build."""


def _use_color(no_color: bool, stream: object) -> bool:
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _split_build_args(values: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not key:
            raise typer.BadParameter(f"invalid build arg {item!r}: expected KEY=VALUE")
        if not sep:
            # buildx: --build-arg KEY takes the value from the environment
            env = os.environ.get(key)
            if env is None:
                continue
            value = env
        out[key] = value
    return out


def _split_list(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    out: list[str] = []
    for v in values:
        out.extend(p.strip() for p in v.split(",") if p.strip())
    return out


PlatformOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--platform",
        help="Target platform(s), as in buildx: comma list and/or repeated.",
        metavar="P[,P...]",
    ),
]
BuildArgOpt = Annotated[
    list[str] | None,
    typer.Option("--build-arg", help="Build argument KEY=VALUE (repeatable).", metavar="K=V"),
]

OfflineOpt = Annotated[
    bool, typer.Option("--offline", help="No network: cache and embedded snapshot only.")
]
RefreshOpt = Annotated[bool, typer.Option("--refresh", help="Ignore cached tag -> digest entries.")]
JobsOpt = Annotated[
    int | None, typer.Option("--jobs", "-j", min=1, max=256, help="Concurrent look-ups.")
]
MirrorOpt = Annotated[
    list[str] | None, typer.Option("--registry-mirror", help="Mirror for docker.io.")
]
InsecureOpt = Annotated[
    list[str] | None,
    typer.Option("--insecure-registry", help="Registry allowed over plain HTTP."),
]
TimeoutOpt = Annotated[
    float | None, typer.Option("--timeout", min=0.1, help="Registry read timeout (s).")
]


@app.command()
def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Dockerfiles or directories ('-' for stdin). Default: ./Dockerfile"),
    ] = None,
    platform: PlatformOpt = None,
    build_arg: BuildArgOpt = None,
    output_format: Annotated[
        str,
        typer.Option("--format", help="text, concise, json, sarif, github or gitlab."),
    ] = "text",
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write the report to FILE.")
    ] = None,
    sarif: Annotated[
        str | None, typer.Option("--sarif", help="Also write a SARIF report to FILE.")
    ] = None,
    report: Annotated[
        list[str] | None,
        typer.Option("--report", help="Also write FORMAT=FILE (repeatable).", metavar="FMT=FILE"),
    ] = None,
    sarif_category: Annotated[
        str | None, typer.Option("--sarif-category", help="SARIF automationDetails.id.")
    ] = None,
    config: Annotated[
        str | None, typer.Option("--config", help="Use this config file (TOML).")
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="Only these rules (ids, names, prefixes).")
    ] = None,
    extend_select: Annotated[
        list[str] | None, typer.Option("--extend-select", help="Add these rules.")
    ] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rules.")] = None,
    fail_on: Annotated[
        str | None,
        typer.Option("--fail-on", help="error, warning (default), info or never."),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Report findings but exit 0.")
    ] = False,
    target: Annotated[
        str | None, typer.Option("--target", help="Build this stage (as buildx --target).")
    ] = None,
    build_platform: Annotated[
        str | None,
        typer.Option("--build-platform", help="The build machine's platform (default: this one)."),
    ] = None,
    offline: OfflineOpt = False,
    refresh: RefreshOpt = False,
    jobs: JobsOpt = None,
    registry_mirror: MirrorOpt = None,
    insecure_registry: InsecureOpt = None,
    timeout: TimeoutOpt = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Skip files matching this glob.")
    ] = None,
    stdin_filename: Annotated[
        str | None, typer.Option("--stdin-filename", help="Name shown for '-' input.")
    ] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="Show counts per rule.")] = False,
    print_build_command: Annotated[
        bool,
        typer.Option(
            "--print-build-command",
            help="When clean, print the docker buildx build command for the checked platforms.",
        ),
    ] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never colour the output.")] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only the findings, one line each.")
    ] = False,
) -> None:
    """Check Dockerfiles for the requested platforms."""
    from archlint.commands.check import CheckArgs, run_check

    args = CheckArgs(
        paths=list(paths or []),
        platforms=_split_list(platform),
        build_args=_split_build_args(build_arg or []),
        output_format=output_format,
        output=output,
        sarif=sarif,
        reports=list(report or []),
        sarif_category=sarif_category,
        config=config,
        select=_split_list(select),
        extend_select=_split_list(extend_select) or [],
        ignore=_split_list(ignore) or [],
        fail_on=fail_on,
        exit_zero=exit_zero,
        target=target,
        build_platform=build_platform,
        offline=offline or None,
        refresh=refresh,
        jobs=jobs,
        registry_mirrors=list(registry_mirror or []),
        insecure_registries=list(insecure_registry or []),
        timeout=timeout,
        exclude=list(exclude or []),
        stdin_filename=stdin_filename,
        statistics=statistics,
        print_build_command=print_build_command,
        color=_use_color(no_color, sys.stdout),
        quiet=quiet,
    )
    raise typer.Exit(run_check(args))


@app.command("rules")
def rules_cmd(
    output_format: Annotated[
        str, typer.Option("--format", help="text, json or markdown.")
    ] = "text",
) -> None:
    """List every rule."""
    from archlint.commands.rules import list_rules

    raise typer.Exit(list_rules(output_format))


@app.command("rule")
def rule_cmd(
    rule: Annotated[str, typer.Argument(help="Rule id (AL204) or name (hardcoded-go-target).")],
    output_format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Explain a rule: what it finds, why it matters, how to fix it, with examples."""
    from archlint.commands.rules import show_rule

    raise typer.Exit(show_rule(rule, output_format))


# --- commands contributed by the registry, build and verify work (lazy bodies) ---

# build and verify live in their own modules and are registered only when needed (see
# _narrow_to_invoked): building build's signature from check's costs ~3 ms of every start.
#   build: its options are check's own (read from check's signature) plus CONTEXT, -f,
#          --builder, --dry-run (archlint.commands.build);
#   verify: checks a pushed image's index against its entries' configs
#          (archlint.commands.verify).
_LATE_COMMANDS = {"build": "archlint.commands.build", "verify": "archlint.commands.verify"}
_late_registered: set[str] = set()


def register_all() -> typer.Typer:
    """Register the commands kept out of the start-up path; return the complete app."""
    import importlib

    for name, module in _LATE_COMMANDS.items():
        if name not in _late_registered:
            importlib.import_module(module).register(app)
            _late_registered.add(name)
    return app


# registry: `archlint resolve` and `archlint cache info|clear` (archlint.commands.resolve/.cache).
@app.command("resolve")
def resolve_cmd(
    images: Annotated[list[str], typer.Argument(help="Image references (alpine:3.20, ...).")],
    platform: PlatformOpt = None,
    output_format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    offline: OfflineOpt = False,
    refresh: RefreshOpt = False,
    jobs: JobsOpt = None,
    registry_mirror: MirrorOpt = None,
    insecure_registry: InsecureOpt = None,
    timeout: TimeoutOpt = None,
) -> None:
    """Show an image's digest, kind and platforms (a readable docker manifest inspect)."""
    from archlint.commands.resolve import ResolveArgs, run_resolve

    raise typer.Exit(
        run_resolve(
            ResolveArgs(
                images=list(images),
                platforms=_split_list(platform),
                output_format=output_format,
                offline=offline,
                refresh=refresh,
                jobs=jobs,
                registry_mirrors=list(registry_mirror or []),
                insecure_registries=list(insecure_registry or []),
                timeout=timeout,
            )
        )
    )


cache_app = typer.Typer(help="The registry answer cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info_cmd(
    output_format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Where the cache is and what it holds."""
    from archlint.commands.cache import cache_info

    raise typer.Exit(cache_info(output_format))


@cache_app.command("clear")
def cache_clear_cmd() -> None:
    """Delete every cached registry answer."""
    from archlint.commands.cache import cache_clear

    raise typer.Exit(cache_clear())


def _command_name(info: typer.models.CommandInfo) -> str:
    callback = info.callback
    return info.name or (callback.__name__.replace("_", "-") if callback else "")


def _narrow_to_invoked(argv: list[str]) -> tuple[list[Any], list[Any]]:
    """Leave only the invoked command registered; return what was registered before.

    typer turns every registered function's signature into click parameters
    (``inspect.signature`` plus evaluated annotations) before parsing anything: for the 8
    commands that is ~10 ms of each start, for one ~1.5 ms.
    ``archlint --help``, an unknown command or an option before the command keep them all,
    so help and "No such command" read exactly as before."""
    name = argv[0] if argv else ""
    eager = {_command_name(c) for c in app.registered_commands}
    eager |= {g.name or "" for g in app.registered_groups}
    if name not in eager:
        register_all()
    registered = app.registered_commands, app.registered_groups
    commands = [c for c in app.registered_commands if _command_name(c) == name]
    groups = [g for g in app.registered_groups if g.name == name]
    if commands or groups:
        app.registered_commands, app.registered_groups = commands, groups
    return registered


def main() -> None:
    """Run the command line (the process entry point, ``archlint.__main__``, owns the
    garbage collector's policy)."""
    registered = _narrow_to_invoked(sys.argv[1:])
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("archlint: interrupted\n")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # never a traceback for the user; ARCHLINT_DEBUG=1 shows it
        if os.environ.get("ARCHLINT_DEBUG"):
            raise
        sys.stderr.write(f"archlint: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(EXIT_USAGE)
    finally:
        app.registered_commands, app.registered_groups = registered

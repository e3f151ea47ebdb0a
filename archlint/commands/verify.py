"""``archlint verify IMAGE... [--platform P,...] [--format text|json]``.

Exit codes as ``archlint check``: 0 every image verified, 1 a problem (not an index, a
platform without entry, an entry whose config declares another platform, tag not found),
2 could not verify (invalid reference, registry unreachable, credentials refused) or a
usage error. Platforms: ``--platform``, else the configuration's ``platforms`` (found from
the current directory), else the defaults. ``archlint build -- --push -t TAG`` calls
:func:`run_verify` after a successful push.
"""

from __future__ import annotations

import sys
from dataclasses import field
from pathlib import Path
from typing import Annotated

import typer

from archlint.records import record

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
VERIFY_FORMATS = ("text", "json")


@record(slots=True)
class VerifyArgs:
    image: str | list[str]
    platforms: list[str] | None = None
    output_format: str = "text"
    config: str | None = None
    insecure_registries: list[str] = field(default_factory=list)
    timeout: float | None = None


def _err(message: str) -> None:
    sys.stderr.write(f"archlint: {message}\n")


def run_verify(args: VerifyArgs) -> int:
    from archlint.build.verify import render_json, render_text, verify_image
    from archlint.config import ConfigError, ConfigFinder
    from archlint.options import RegistryOptions
    from archlint.platforms import DEFAULT_PLATFORMS, PlatformError, parse_platform_list

    if args.output_format not in VERIFY_FORMATS:
        _err(f"invalid --format {args.output_format!r}: expected text or json")
        return EXIT_USAGE
    images = [args.image] if isinstance(args.image, str) else list(args.image)
    if not images:
        _err("archlint verify needs an image reference")
        return EXIT_USAGE
    try:
        config = ConfigFinder(Path(args.config) if args.config else None).for_file(None)
    except ConfigError as exc:
        _err(str(exc))
        return EXIT_USAGE
    try:
        platforms = parse_platform_list(
            args.platforms or config.platforms or list(DEFAULT_PLATFORMS)
        )
    except PlatformError as exc:
        _err(f"--platform: {exc}")
        return EXIT_USAGE
    options = RegistryOptions(
        insecure_registries=[*args.insecure_registries, *config.insecure_registries],
    )
    timeout = args.timeout or config.timeout
    if timeout:
        options.read_timeout = timeout
        options.connect_timeout = min(options.connect_timeout, timeout)
        options.deadline = max(timeout * 4, timeout + 1)
    results = [verify_image(image, platforms, options) for image in images]
    render = render_json if args.output_format == "json" else render_text
    sys.stdout.write(render(results))
    return max(r.exit_code for r in results)


def register(app: typer.Typer) -> None:
    """Add ``verify`` to the typer app (called by ``archlint.cli``)."""
    from archlint import cli

    @app.command("verify")
    def verify(
        images: Annotated[
            list[str],
            typer.Argument(help="Image reference(s), e.g. ghcr.io/org/app:1.2.", metavar="IMAGE"),
        ],
        platform: Annotated[
            list[str] | None,
            typer.Option("--platform", help="Platform(s) the image must serve (comma list).",
                         metavar="P[,P...]"),
        ] = None,
        output_format: Annotated[
            str, typer.Option("--format", help="text or json.")
        ] = "text",
        config: Annotated[
            str | None, typer.Option("--config", help="Use this config file (TOML).")
        ] = None,
        insecure_registry: Annotated[
            list[str] | None,
            typer.Option("--insecure-registry", help="Registry allowed over plain HTTP."),
        ] = None,
        timeout: Annotated[
            float | None, typer.Option("--timeout", min=0.1, help="Registry read timeout (s).")
        ] = None,
    ) -> None:
        """Check a pushed image: an index with an entry per platform, each entry's config
        declaring that platform."""
        raise typer.Exit(
            run_verify(
                VerifyArgs(
                    image=list(images),
                    platforms=cli._split_list(platform),
                    output_format=output_format,
                    config=config,
                    insecure_registries=list(insecure_registry or []),
                    timeout=timeout,
                )
            )
        )

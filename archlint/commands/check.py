"""``archlint check``: discover -> pipeline (archlint.engine) -> reports -> exit code."""

from __future__ import annotations

import sys
from dataclasses import field
from pathlib import Path

from archlint.engine import Settings
from archlint.records import record
from archlint.report import FORMATS, RunReport, render

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


@record(slots=True)
class CheckArgs(Settings):
    """``archlint check``'s arguments: the pipeline's :class:`Settings` plus what to read
    and how to report."""

    paths: list[str] = field(default_factory=list)
    config: str | None = None
    stdin_filename: str | None = None
    output_format: str = "text"
    output: str | None = None
    sarif: str | None = None
    reports: list[str] = field(default_factory=list)
    sarif_category: str | None = None
    exit_zero: bool = False
    statistics: bool = False
    print_build_command: bool = False
    color: bool = False
    quiet: bool = False


def _err(message: str) -> None:
    sys.stderr.write(f"archlint: {message}\n")


def _write(path: str, text: str) -> str | None:
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        return f"cannot write {path}: {exc.strerror or exc}"
    return None


def build_report(args: CheckArgs) -> tuple[RunReport | None, int]:
    """Run the pipeline. Returns (report, usage_exit) where usage_exit is 2 on a usage or
    config error (report is None then)."""
    from archlint.catalog import CatalogError, load_catalog
    from archlint.config import ConfigError, ConfigFinder
    from archlint.discovery import discover
    from archlint.engine import UsageError, check_targets

    fmt = args.output_format
    if fmt not in FORMATS:
        _err(f"invalid --format {fmt!r}: expected one of {', '.join(FORMATS)}")
        return None, EXIT_USAGE
    for spec in args.reports:
        rfmt, sep, rpath = spec.partition("=")
        if not sep or rfmt not in FORMATS or not rpath:
            _err(
                f"invalid --report {spec!r}: expected FORMAT=FILE with FORMAT one of "
                f"{', '.join(FORMATS)}"
            )
            return None, EXIT_USAGE
    try:
        catalog = load_catalog()
        finder = ConfigFinder(Path(args.config) if args.config else None)
        targets, problems = discover(args.paths, args.exclude)
        report = check_targets(
            targets,
            args,
            finder=finder,
            catalog=catalog,
            stdin_name=args.stdin_filename or "-",
        )
    except (ConfigError, UsageError, CatalogError) as exc:
        _err(str(exc))
        return None, EXIT_USAGE
    from archlint.report import Notification

    for p in problems:
        report.notifications.append(Notification(p))
    report.sarif_category = args.sarif_category
    report.statistics = args.statistics
    report.root = str(Path.cwd())
    if len(report.platforms) > 1:
        try:
            from archlint.report.verdicts import compute_verdicts

            report.verdicts = compute_verdicts(report.findings, report.platforms)
        except ImportError:
            report.verdicts = None
    return report, EXIT_OK


def exit_code(report: RunReport, exit_zero: bool) -> int:
    io_errors = [n for n in report.notifications if n.level == "error"]
    if exit_zero:
        return EXIT_OK
    if report.failed:
        return EXIT_FINDINGS
    if io_errors:
        return EXIT_USAGE
    return EXIT_OK


def run_check(args: CheckArgs) -> int:
    report, code = build_report(args)
    if report is None:
        return code
    # Text on a terminal, plus any extra reports written to files.
    if args.quiet and args.output_format == "text":
        main_text = render(report, "concise", color=args.color and args.output is None)
        main_text = "".join(
            line + "\n"
            for line in main_text.splitlines()
            if not (line.startswith("All checks passed") or line.startswith("Found "))
        )
    else:
        main_text = render(report, args.output_format, color=args.color and args.output is None)
    write_errors: list[str] = []
    if args.output:
        problem = _write(args.output, main_text)
        if problem:
            write_errors.append(problem)
    else:
        sys.stdout.write(main_text)
    extra = list(args.reports)
    if args.sarif:
        extra.append(f"sarif={args.sarif}")
    for spec in extra:
        rfmt, _, rpath = spec.partition("=")
        problem = _write(rpath, render(report, rfmt, color=False))
        if problem:
            write_errors.append(problem)
    for problem in write_errors:
        _err(problem)
    if args.output_format != "text" or args.output:
        # Machine formats keep stdout clean: tool errors go to stderr too.
        for n in report.notifications:
            if n.level == "error":
                _err(n.message)
    code = exit_code(report, args.exit_zero)
    if write_errors and code == EXIT_OK:
        code = EXIT_USAGE
    if args.print_build_command and code == EXIT_OK:
        try:
            from archlint.build.command import print_build_command  # type: ignore[import-not-found]
        except ImportError:
            _err("--print-build-command is not available in this build")
            return EXIT_USAGE
        print_build_command(args, report)
    return code

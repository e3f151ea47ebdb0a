"""The pipeline: parse -> resolve -> rules -> (suppressions, severities) -> RunReport.

``check_files`` is what ``archlint check`` and ``archlint build`` run; ``lint_text`` is the
same pipeline for one in-memory Dockerfile (tests, editors).
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import field
from pathlib import Path
from typing import Any

from archlint import __version__
from archlint.catalog import Catalog, Rule, load_catalog
from archlint.checks.context import CheckContext
from archlint.config import Config, ConfigFinder
from archlint.discovery import Target
from archlint.dockerfile import parse
from archlint.dockerfile.model import Dockerfile
from archlint.findings import Finding, Severity
from archlint.options import RegistryOptions, RunOptions
from archlint.platforms import (
    DEFAULT_PLATFORMS,
    Platform,
    PlatformError,
    host_platform,
    parse_platform_list,
)
from archlint.records import record
from archlint.report import Notification, RunReport
from archlint.suppressions import Pragmas, read_pragmas

PARSE_ERROR = "AL001"


class UsageError(Exception):
    """Bad command-line input (exit 2)."""


@record(slots=True)
class Settings:
    """What the command line asked for; ``None`` means "not given" (config or default)."""

    platforms: list[str] | None = None
    platforms_override: bool = False  # --platform wins over declarations (archlint build)
    build_args: dict[str, str] = field(default_factory=dict)
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    target: str | None = None
    build_platform: str | None = None
    offline: bool | None = None
    refresh: bool = False
    jobs: int | None = None
    registry_mirrors: list[str] = field(default_factory=list)
    insecure_registries: list[str] = field(default_factory=list)
    timeout: float | None = None
    exclude: list[str] = field(default_factory=list)


@record(slots=True)
class FileJob:
    target: Target
    config: Config
    dockerfile: Dockerfile | None = None
    pragmas: Pragmas | None = None
    platforms: list[Platform] = field(default_factory=list)
    declared: bool = False  # platforms declared for this file (pragma or per-file-platforms)
    rules: list[Rule] = field(default_factory=list)
    severity: dict[str, Severity | None] = field(default_factory=dict)  # None: rule off
    ignores: set[str] = field(default_factory=set)


def parse_fail_on(value: str | None) -> Severity | None:
    if value is None:
        return Severity.WARNING
    if value.strip().lower() == "never":
        return None
    try:
        return Severity.parse(value)
    except ValueError:
        raise UsageError(
            f"invalid --fail-on {value!r}: expected error, warning, info or never"
        ) from None


def _platforms(values: list[str], where: str) -> list[Platform]:
    try:
        return parse_platform_list(values)
    except PlatformError as exc:
        raise UsageError(f"{where}: {exc}") from None


_SELECTOR_CACHE: dict[tuple[int, tuple[str, ...]], frozenset[str]] = {}


def _selectors(catalog: Catalog, items: Iterable[str], where: str) -> set[str]:
    key = (id(catalog), tuple(items))
    hit = _SELECTOR_CACHE.get(key)
    if hit is not None:
        return set(hit)
    ids = _resolve_selectors(catalog, key[1], where)
    _SELECTOR_CACHE[key] = frozenset(ids)
    return ids


def _resolve_selectors(catalog: Catalog, items: Iterable[str], where: str) -> set[str]:
    ids: set[str] = set()
    for item in items:
        for part in item.split(","):
            part = part.strip()
            if not part:
                continue
            try:
                ids.update(r.id for r in catalog.resolve_selector(part))
            except KeyError:
                raise UsageError(f"{where}: unknown rule {part!r}") from None
    return ids


def _relative_to_config(path: Path | None, config: Config) -> str | None:
    if path is None:
        return None
    root = config.root or Path.cwd()
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _glob_hit(rel: str | None, display: str, pattern: str) -> bool:
    """Config globs match the path relative to the config file's directory (the display path
    only for stdin), so the answer does not depend on where archlint runs. A pattern without
    ``/`` also matches the file name alone, as in .gitignore."""
    cand = rel if rel is not None else display
    if fnmatch.fnmatchcase(cand, pattern):
        return True
    return "/" not in pattern and fnmatch.fnmatchcase(Path(cand).name, pattern)


def plan_job(job: FileJob, settings: Settings, catalog: Catalog) -> None:
    """Decide the rules, severities and platforms in effect for one file."""
    cfg = job.config
    where = cfg.path or "configuration"
    rel = (
        _relative_to_config(job.target.path, cfg)
        if cfg.per_file_platforms or cfg.per_file_ignores
        else None
    )

    # Platforms: the file's own declaration wins, then per-file config, then CLI, config, default.
    declared: list[str] | None = None
    if settings.platforms_override and settings.platforms:
        pass  # the build's platforms are what must be checked
    elif job.pragmas and job.pragmas.platforms:
        declared = job.pragmas.platforms
        where_p = f"{job.target.display}:{job.pragmas.platforms_line}"
    else:
        for pattern, plats in cfg.per_file_platforms.items():
            if _glob_hit(rel, job.target.display, pattern):
                declared, where_p = plats, f"{where}: per-file-platforms"
    if declared and job.pragmas and declared is job.pragmas.platforms:
        try:
            job.platforms = _platforms(declared, where_p)
            job.declared = True
        except UsageError as exc:  # a bad pragma concerns that file only
            job.pragmas.problems.append((job.pragmas.platforms_line, str(exc).split(": ", 1)[-1]))
            declared = None
    elif declared:
        job.platforms = _platforms(declared, where_p)
        job.declared = True
    if job.declared:
        pass
    elif settings.platforms:
        job.platforms = _platforms(settings.platforms, "--platform")
    elif cfg.platforms:
        job.platforms = _platforms(cfg.platforms, f"{where}: platforms")
    else:
        job.platforms = _platforms(list(DEFAULT_PLATFORMS), "default")

    if settings.select is not None:
        selected = _selectors(catalog, settings.select, "--select")
    elif cfg.select is not None:
        selected = _selectors(catalog, cfg.select, f"{where}: select")
    else:
        selected = {r.id for r in catalog}
    selected |= _selectors(catalog, settings.extend_select, "--extend-select")
    selected |= _selectors(catalog, cfg.extend_select, f"{where}: extend-select")
    ignored = _selectors(catalog, settings.ignore, "--ignore")
    ignored |= _selectors(catalog, cfg.ignore, f"{where}: ignore")
    for pattern, ids in cfg.per_file_ignores.items():
        if _glob_hit(rel, job.target.display, pattern):
            ignored |= _selectors(catalog, ids, f"{where}: per-file-ignores")
    for key, sev in cfg.severity.items():
        rules = _selectors(catalog, [key], f"{where}: severity")
        for rid in rules:
            job.severity[rid] = None if sev == "off" else Severity.parse(sev)
    job.ignores = ignored
    job.rules = [
        r
        for r in catalog
        if r.id in selected
        and r.id not in ignored
        and job.severity.get(r.id, r.severity) is not None
    ]


def _decode_stdin() -> str | bytes:
    return sys.stdin.buffer.read()


def _read(job: FileJob, stdin_data: str | bytes | None) -> str | bytes:
    if job.target.path is None:
        return stdin_data if stdin_data is not None else _decode_stdin()
    return job.target.path.read_bytes()


def _issue_findings(df: Dockerfile, rule: Rule | None) -> list[Finding]:
    out = []
    for issue in df.issues:
        end_line = issue.end_line or issue.line
        end_col = issue.end_column or (issue.column + 1)
        out.append(
            Finding(
                rule=PARSE_ERROR,
                name=rule.name if rule else "parse-error",
                severity=rule.severity if rule else Severity.ERROR,
                message=issue.message,
                file=df.path,
                line=issue.line,
                column=issue.column,
                end_line=end_line,
                end_column=end_col,
                platforms=[],
            )
        )
    return out


def run_rules(
    job: FileJob,
    run: RunOptions,
    images: Any,
    notifications: list[Notification],
) -> list[Finding]:
    """Run the job's rules on its parsed file; apply suppressions and severity overrides."""
    df = job.dockerfile
    assert df is not None
    findings: list[Finding] = []
    parse_rule = next((r for r in job.rules if r.id == PARSE_ERROR), None)
    if parse_rule is not None:
        findings.extend(_issue_findings(df, parse_rule))
    single = job.declared and len(job.platforms) == 1
    ctx: CheckContext | None = None
    for rule in job.rules:
        if not rule.check:
            continue
        if rule.needs_registry and images is None:
            continue
        if ctx is None:
            ctx = CheckContext(
                rule=rule,
                dockerfile=df,
                platforms=job.platforms,
                build_args=run.build_args,
                target=run.target,
                build_platform=run.build_platform,
                images=images,
                single_platform=single,
                declared_platforms=job.declared,
            )
        else:
            ctx.rule = rule  # one context per file: only the rule differs between checks
        try:
            fn = rule.load_check()
            if fn is None:
                continue
            findings.extend(fn(ctx))
        except Exception as exc:  # a bug in a rule must not stop the run
            if os.environ.get("ARCHLINT_DEBUG"):
                raise
            notifications.append(
                Notification(
                    f"internal error in rule {rule.id} ({type(exc).__name__}: {exc}); "
                    "please report it",
                    file=df.path,
                )
            )
    kept: list[Finding] = []
    pr = job.pragmas
    for f in findings:
        if pr is not None and pr.suppressed(f.rule, f.line):
            continue
        override = job.severity.get(f.rule)
        if override is not None:
            f.severity = override
        kept.append(f)
    kept.sort(key=Finding.sort_key)
    return _dedupe(kept)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for f in findings:
        key = (f.rule, f.file, f.line, f.column, f.end_line, f.end_column, f.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def run_options(settings: Settings, config: Config) -> RunOptions:
    """Run-level options (one exit policy, one registry setup) from CLI and the cwd config."""
    if settings.platforms:
        platforms, where = settings.platforms, "--platform"
    elif config.platforms:
        platforms, where = config.platforms, f"{config.path}: platforms"
    else:
        platforms, where = list(DEFAULT_PLATFORMS), "default"
    build_args = {**config.build_args, **settings.build_args}
    fail_on = parse_fail_on(settings.fail_on or config.fail_on)
    bp = host_platform()
    if settings.build_platform:
        bp = _platforms([settings.build_platform], "--build-platform")[0]
    reg = RegistryOptions(
        offline=bool(settings.offline if settings.offline is not None else config.offline),
        refresh=settings.refresh,
        jobs=settings.jobs or config.jobs or 16,
        registry_mirrors=settings.registry_mirrors or config.registry_mirrors,
        insecure_registries=[*settings.insecure_registries, *config.insecure_registries],
    )
    timeout = settings.timeout or config.timeout
    if timeout:
        reg.connect_timeout = min(reg.connect_timeout, timeout)
        reg.read_timeout = timeout
        reg.deadline = max(timeout * 4, timeout + 1)
    if config.tag_ttl is not None:
        reg.tag_ttl = config.tag_ttl
    return RunOptions(
        platforms=_platforms(platforms, where),
        platforms_explicit=bool(settings.platforms),
        build_args=build_args,
        target=settings.target or config.target,
        build_platform=bp,
        fail_on=fail_on,
        registry=reg,
    )


def _resolve(jobs: list[FileJob], run: RunOptions, notifications: list[Notification]) -> Any:
    wanted = [
        j for j in jobs if j.dockerfile is not None and any(r.needs_registry for r in j.rules)
    ]
    if not wanted:
        return None
    try:
        from archlint.registry import resolve_run  # type: ignore[attr-defined]
    except ImportError:
        notifications.append(
            Notification("registry resolution is not available in this build", level="warning")
        )
        return None
    files = [j.dockerfile for j in wanted if j.dockerfile is not None]
    per_file = {j.dockerfile.path: j.platforms for j in wanted if j.dockerfile}
    try:
        return resolve_run(files, per_file, run)
    except Exception as exc:
        if os.environ.get("ARCHLINT_DEBUG"):
            raise
        notifications.append(
            Notification(f"registry resolution failed: {type(exc).__name__}: {exc}")
        )
        return None


def check_targets(
    targets: list[Target],
    settings: Settings,
    *,
    finder: ConfigFinder | None = None,
    catalog: Catalog | None = None,
    stdin_data: str | bytes | None = None,
    stdin_name: str = "-",
) -> RunReport:
    """The whole pipeline over files. Config errors raise ConfigError; I/O errors become
    notifications and the other files are still checked."""
    catalog = catalog or load_catalog()
    finder = finder or ConfigFinder()
    run = run_options(settings, finder.for_file(None))
    notifications: list[Notification] = []
    jobs: list[FileJob] = []
    for target in targets:
        cfg = finder.for_file(target.path)
        excludes = [*cfg.exclude, *settings.exclude]
        if (
            excludes
            and target.path is not None
            and any(
                _glob_hit(_relative_to_config(target.path, cfg), target.display, g)
                for g in excludes
            )
        ):
            continue
        job = FileJob(target=target, config=cfg)
        display = stdin_name if target.path is None else target.display
        try:
            data = _read(job, stdin_data)
        except OSError as exc:
            notifications.append(
                Notification(f"{display}: cannot read: {exc.strerror or exc}", file=display)
            )
            continue
        job.dockerfile = parse(data, display)
        job.pragmas = read_pragmas(job.dockerfile, catalog)
        plan_job(job, settings, catalog)
        if run.target and job.dockerfile.stages and not job.dockerfile.stage_by_name(run.target):
            notifications.append(
                Notification(
                    f"{display}: --target {run.target}: no stage of that name "
                    "(buildx would stop: target stage could not be found)",
                    file=display,
                )
            )
        for line, msg in job.pragmas.problems:
            notifications.append(
                Notification(f"{display}:{line}: {msg}", file=display, level="warning")
            )
        jobs.append(job)
    images = _resolve(jobs, run, notifications)
    findings: list[Finding] = []
    for job in jobs:
        df = job.dockerfile
        assert df is not None
        file_images = images.for_file(df.path) if images is not None else None
        findings.extend(run_rules(job, run, file_images, notifications))
    all_platforms: list[str] = []
    checked = [p for j in jobs for p in j.platforms] or list(run.platforms)
    for p in checked:
        if str(p) not in all_platforms:
            all_platforms.append(str(p))
    report = RunReport(
        version=__version__,
        platforms=all_platforms,
        files=[j.dockerfile.path for j in jobs if j.dockerfile],
        findings=findings,
        notifications=notifications,
        fail_on=run.fail_on,
        images=images.summary() if images is not None else None,
        source_lines={j.dockerfile.path: j.dockerfile.lines for j in jobs if j.dockerfile},
    )
    return report


def lint_text(
    text: str | bytes,
    *,
    path: str = "Dockerfile",
    platforms: list[str] | None = None,
    select: list[str] | None = None,
    build_args: Mapping[str, str] | None = None,
    target: str | None = None,
    images: Any = None,
    options: Mapping[str, Any] | None = None,
    build_platform: str | None = None,
) -> list[Finding]:
    """Lint one in-memory Dockerfile with the catalog's rules (no config files, no network
    unless ``images`` is given). Suppression pragmas in the text apply. ``build_platform``:
    the builder's platform (default: this machine's), as ``--build-platform``."""
    catalog = load_catalog()
    df = parse(text, path)
    job = FileJob(target=Target(path, None), config=Config())
    job.dockerfile = df
    job.pragmas = read_pragmas(df, catalog)
    settings = Settings(
        platforms=platforms, select=select, build_args=dict(build_args or {}), target=target,
        build_platform=build_platform,
    )
    plan_job(job, settings, catalog)
    run = run_options(settings, Config())
    notes: list[Notification] = []
    findings = run_rules(job, run, images, notes)
    internal = [n for n in notes if n.message.startswith("internal error")]
    if internal:
        raise RuntimeError(internal[0].message)
    return findings

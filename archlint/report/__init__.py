"""Reporters: one module per format, all fed the same :class:`RunReport`.

``render(report, fmt, color=False) -> str`` dispatches lazily to ``archlint.report.<fmt>``,
whose ``render(report: RunReport, *, color: bool = False) -> str`` does the work.
"""

from __future__ import annotations

import importlib
from dataclasses import field
from typing import Any

from archlint.findings import Finding, Severity
from archlint.records import record

FORMATS = ("text", "concise", "json", "sarif", "github", "gitlab")


@record(slots=True)
class Notification:
    """A tool-level problem that is not a finding: an unreadable file, a config error."""

    message: str
    file: str | None = None
    level: str = "error"  # error | warning | note


@record(slots=True)
class PlatformVerdict:
    platform: str
    ok: bool
    reasons: list[str] = field(default_factory=list)  # "AL101 Dockerfile:1 node:lts has no ..."


@record(slots=True)
class RunReport:
    version: str
    platforms: list[str]
    files: list[str]  # the Dockerfiles that were checked (display paths)
    findings: list[Finding]
    notifications: list[Notification] = field(default_factory=list)
    fail_on: Severity | None = Severity.WARNING
    images: dict[str, Any] | None = None  # registry summary, when resolution ran
    source_lines: dict[str, list[str]] = field(default_factory=dict)  # file -> lines, for text
    sarif_category: str | None = None
    statistics: bool = False
    verdicts: list[PlatformVerdict] | None = None
    root: str = "."  # directory paths are made relative to (SARIF %SRCROOT%)

    def summary(self) -> dict[str, Any]:
        counts = {s.value: 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
        by_rule: dict[str, int] = {}
        for f in self.findings:
            counts[f.severity.value] += 1
            by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
        out: dict[str, Any] = {
            "files": len(self.files),
            "findings": len(self.findings),
            "by_severity": counts,
            "by_rule": dict(sorted(by_rule.items())),
            "errors": len([n for n in self.notifications if n.level == "error"]),
            "failed": self.failed,
        }
        if self.images is not None:
            out["images"] = self.images
        return out

    @property
    def failed(self) -> bool:
        if self.fail_on is None:
            return False
        return any(f.severity.rank >= self.fail_on.rank for f in self.findings)


def render(report: RunReport, fmt: str, *, color: bool = False) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    module = importlib.import_module(f"archlint.report.{fmt}")
    return module.render(report, color=color)  # type: ignore[no-any-return]

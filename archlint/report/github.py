"""GitHub Actions workflow commands: one annotation per finding.

``::error file=Dockerfile,line=3,col=5,endLine=3,endColumn=17,title=AL204 hardcoded-go-target::msg``

Escaping follows actions/toolkit (``command.ts``): in the message ``%``, CR and LF become
``%25``, ``%0D``, ``%0A``; in property values ``:`` and ``,`` are escaped too (``%3A``,
``%2C``), since they separate the properties. Severity: error -> ``error``, warning ->
``warning``, info -> ``notice``. Paths are relative to the report root (the repository).

GitHub shows at most 10 annotations of each kind per step; the full list stays in the log
(every command line is also readable as text).
"""

from __future__ import annotations

from archlint.findings import Finding, Severity
from archlint.report import RunReport
from archlint.report.ci_paths import display_path

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
NOTIFICATION_COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: object) -> str:
    """``::name k=v,k=v::message`` with both parts escaped; None values are left out."""
    props = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in properties.items()
        if value is not None
    )
    head = f"::{name} {props}" if props else f"::{name}"
    return f"{head}::{escape_data(message)}"


def annotation(finding: Finding, root: str = ".") -> str:
    message = finding.message.strip()  # it names the platforms that break
    line = max(finding.line, 1)
    end_line = max(finding.end_line, line)
    return command(
        COMMANDS[finding.severity],
        message,
        file=display_path(finding.file, root),
        line=line,
        col=max(finding.column, 1),
        endLine=end_line,
        endColumn=max(finding.end_column, 1),
        title=f"{finding.rule} {finding.name}",
    )


def render(report: RunReport, *, color: bool = False) -> str:
    lines = [annotation(f, report.root) for f in sorted(report.findings, key=Finding.sort_key)]
    for n in report.notifications:
        lines.append(
            command(
                NOTIFICATION_COMMANDS.get(n.level, "error"),
                n.message,
                file=display_path(n.file, report.root) if n.file else None,
                title="archlint",
            )
        )
    return "\n".join(lines) + ("\n" if lines else "")

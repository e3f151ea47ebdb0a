"""GitLab Code Quality report (a CodeClimate subset): one JSON array, no byte-order mark.

Declared in ``.gitlab-ci.yml`` as ``artifacts: reports: codequality: <file>``. Each finding
becomes an object with ``description``, ``check_name`` (the rule id), ``fingerprint``,
``severity`` (error -> ``blocker``, warning -> ``major``, info -> ``info``, the mapping
hadolint uses), ``location.path`` (relative to the repository root) and
``location.lines.begin``.

The merge-request widget compares the report of the branch with the target branch's by
fingerprint, so the fingerprint must not change when unrelated lines are added above a
finding. It is the sha256 of: rule id, path, the text of the offending line with whitespace
collapsed, the offending token, and the occurrence number of that same combination in the
file. No line number goes in.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from archlint.findings import Finding, Severity
from archlint.report import RunReport
from archlint.report.ci_paths import display_path, read_source

SEVERITIES = {Severity.ERROR: "blocker", Severity.WARNING: "major", Severity.INFO: "info"}
GITLAB_SEVERITIES = ("info", "minor", "major", "critical", "blocker")


class _Sources:
    """Lines of the checked files: from the report when it carries them, else from disk."""

    def __init__(self, report: RunReport) -> None:
        self.report = report
        self.cache: dict[str, list[str] | None] = {}

    def lines(self, file: str) -> list[str] | None:
        if file not in self.cache:
            lines = self.report.source_lines.get(file)
            if lines is None:
                data = read_source(file)
                if data is not None:
                    lines = data.decode("utf-8", errors="replace").lstrip("\ufeff").splitlines()
            self.cache[file] = lines
        return self.cache[file]


def _anchor(finding: Finding, lines: list[str] | None) -> tuple[str, str]:
    """(offending line text, offending token), whitespace-normalised; the message when the
    source is unknown (a message carries no line numbers of its own finding)."""
    if not lines or not 1 <= finding.line <= len(lines):
        return ("", " ".join(finding.message.split()))
    first = lines[finding.line - 1]
    if finding.end_line == finding.line:
        token = first[max(finding.column - 1, 0) : max(finding.end_column - 1, 0)]
    else:
        last = min(finding.end_line, len(lines))
        body = [first[max(finding.column - 1, 0) :], *lines[finding.line : last - 1]]
        if last > finding.line:
            body.append(lines[last - 1][: max(finding.end_column - 1, 0)])
        token = "\n".join(body)
    return (" ".join(first.split()), " ".join(token.split()))


def issues(report: RunReport) -> list[dict[str, Any]]:
    sources = _Sources(report)
    seen: dict[str, int] = {}
    out: list[dict[str, Any]] = []
    for f in sorted(report.findings, key=Finding.sort_key):
        path = display_path(f.file, report.root)
        line_text, token = _anchor(f, sources.lines(f.file))
        key = "\0".join((f.rule, path, line_text, token))
        seen[key] = seen.get(key, 0) + 1
        fingerprint = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()
        description = f"{f.rule} {f.message.strip()}"  # the message names the platforms
        begin = max(f.line, 1)
        out.append(
            {
                "type": "issue",
                "check_name": f.rule,
                "description": description,
                "categories": ["Bug Risk" if f.rule in ("AL001",) else "Compatibility"],
                "fingerprint": fingerprint,
                "severity": SEVERITIES[f.severity],
                "location": {
                    "path": path,
                    "lines": {"begin": begin, "end": max(f.end_line, begin)},
                },
            }
        )
    return out


def render(report: RunReport, *, color: bool = False) -> str:
    return json.dumps(issues(report), indent=2, ensure_ascii=False) + "\n"

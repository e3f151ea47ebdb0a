"""``--format json``: the documented, stable JSON object (lines and columns 1-based)."""

from __future__ import annotations

import json

from archlint.report import RunReport

SCHEMA_VERSION = 1


def to_dict(report: RunReport) -> dict[str, object]:
    return {
        "version": report.version,
        "schema": SCHEMA_VERSION,
        "platforms": list(report.platforms),
        "files": list(report.files),
        "findings": [f.to_json() for f in report.findings],
        "errors": [
            {"message": n.message, "file": n.file, "level": n.level} for n in report.notifications
        ],
        "summary": report.summary(),
    }


def render(report: RunReport, *, color: bool = False) -> str:
    return json.dumps(to_dict(report), indent=2, ensure_ascii=False) + "\n"

"""``--format concise``: one line per finding, then the summary."""

from __future__ import annotations

from archlint.report import RunReport
from archlint.report.text import render as render_text


def render(report: RunReport, *, color: bool = False) -> str:
    return render_text(report, color=color, concise=True)

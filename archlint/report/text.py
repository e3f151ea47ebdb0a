"""Text output, like ruff: ``path:line:col: AL203 [error] message``, the source line with a
caret under the span, then a summary line (and, for several platforms, a verdict table)."""

from __future__ import annotations

from archlint.findings import Finding, Severity
from archlint.report import RunReport

_COLORS = {
    Severity.ERROR: "\x1b[31m",
    Severity.WARNING: "\x1b[33m",
    Severity.INFO: "\x1b[36m",
}
BOLD = "\x1b[1m"
DIM = "\x1b[2m"
RESET = "\x1b[0m"


def _paint(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{RESET}" if color else text


def _expand_tabs(line: str) -> str:
    return line.replace("\t", "    ")


def _snippet(f: Finding, lines: list[str], color: bool) -> list[str]:
    if not (1 <= f.line <= len(lines)):
        return []
    src = lines[f.line - 1]
    if len(src) > 200:
        start = max(0, f.column - 60)
        shown = src[start : start + 160]
        prefix = "…" if start else ""
        col = f.column - start + len(prefix)
        src = prefix + shown
    else:
        col = f.column
    # caret width: the span on the first line
    end = f.end_column if f.end_line == f.line else len(lines[f.line - 1]) + 1
    width = max(1, end - f.column)
    width = min(width, max(1, len(src) - col + 2))
    gutter = str(f.line)
    pad = " " * len(gutter)
    before = _expand_tabs(src[: max(0, col - 1)])
    caret = "^" * width
    return [
        _paint(f"{pad} |", DIM, color),
        _paint(f"{gutter} |", DIM, color) + " " + _expand_tabs(src),
        _paint(f"{pad} |", DIM, color)
        + " "
        + " " * len(before)
        + _paint(caret, _COLORS[f.severity], color),
    ]


def finding_line(f: Finding, color: bool = False) -> str:
    loc = f"{f.file}:{f.line}:{f.column}:"
    sev = f"[{f.severity.value}]"
    return (
        f"{_paint(loc, BOLD, color)} {_paint(f.rule, _COLORS[f.severity], color)} "
        f"{_paint(sev, _COLORS[f.severity], color)} {f.message}"
    )


def summary_line(report: RunReport) -> str:
    s = report.summary()
    counts = s["by_severity"]
    n = s["findings"]
    files = s["files"]
    parts = [
        f"{counts[k]} {k}{'s' if counts[k] != 1 else ''}"
        for k in ("error", "warning", "info")
        if counts[k]
    ]
    plats = ", ".join(report.platforms)
    where = f"{files} file{'s' if files != 1 else ''}"
    errors = s.get("errors", 0)
    if n == 0 and errors:
        errs = f"{errors} error{'s' if errors != 1 else ''}"
        line = f"No findings in {where} for {plats}, but {errs} above."
    elif n == 0:
        line = f"All checks passed: {where} for {plats}."
    else:
        line = (
            f"Found {n} finding{'s' if n != 1 else ''} ({', '.join(parts)}) in {where} for {plats}."
        )
    images = s.get("images")
    if isinstance(images, dict) and images.get("line"):
        line += f" {images['line']}"
    return line


def render(report: RunReport, *, color: bool = False, concise: bool = False) -> str:
    out: list[str] = []
    for f in report.findings:
        out.append(finding_line(f, color))
        if not concise:
            out.extend(_snippet(f, report.source_lines.get(f.file, []), color))
            out.append("")
    for n in report.notifications:
        label = {"error": "error", "warning": "warning"}.get(n.level, "note")
        sev = Severity.ERROR if label == "error" else Severity.WARNING
        out.append(f"{_paint(label + ':', _COLORS[sev], color)} {n.message}")
    if not report.files and not report.findings and not report.notifications:
        out.append("No Dockerfile checked.")
    else:
        out.append(summary_line(report))
    if report.statistics:
        try:
            from archlint.report.statistics import render_statistics

            stats = render_statistics(report).rstrip("\n")
            if stats:
                out.append(stats)
        except ImportError:  # pragma: no cover
            pass
    if report.verdicts and len(report.verdicts) > 1 and not concise:
        out.append("")
        out.append("Platform verdicts:")
        width = max(len(v.platform) for v in report.verdicts)
        for v in report.verdicts:
            mark = (
                _paint("ok", "\x1b[32m", color)
                if v.ok
                else _paint("FAIL", _COLORS[Severity.ERROR], color)
            )
            short = [" ".join(r.split(" ", 2)[:2]) for r in v.reasons]
            why = (
                ""
                if v.ok
                else "  "
                + ", ".join(short[:6])
                + (f" (+{len(short) - 6} more)" if len(short) > 6 else "")
            )
            out.append(f"  {v.platform:<{width}}  {mark}{why}")
    return "\n".join(out) + "\n"

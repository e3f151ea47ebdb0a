"""``--statistics``: finding counts per rule, as ruff prints them.

::

    3  AL204  hardcoded-go-target     error
    1  AL101  platform-missing        error
    Found 4 findings (2 errors, 1 warning, 1 info) in 2 files.
"""

from __future__ import annotations

from archlint.findings import Severity
from archlint.report import RunReport


def _plural(n: int, word: str) -> str:
    if word == "info":
        return f"{n} info"
    return f"{n} {word}" + ("" if n == 1 else "s")


def render_statistics(report: RunReport) -> str:
    """Rules sorted by count (descending), then id; a total line at the end."""
    by_rule: dict[str, tuple[str, Severity, int]] = {}
    for f in report.findings:
        name, sev, count = by_rule.get(f.rule, (f.name, f.severity, 0))
        # A rule's severity can be overridden per run; show the highest seen.
        if f.severity.rank > sev.rank:
            sev = f.severity
        by_rule[f.rule] = (name, sev, count + 1)
    rows = sorted(by_rule.items(), key=lambda kv: (-kv[1][2], kv[0]))
    lines: list[str] = []
    if rows:
        count_w = max(len(str(c)) for _, (_, _, c) in rows)
        name_w = max(len(n) for _, (n, _, _) in rows)
        for rule, (name, sev, count) in rows:
            lines.append(f"{count:>{count_w}}  {rule}  {name:<{name_w}}  {sev.value}".rstrip())
    sev_counts = {s: 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
    for f in report.findings:
        sev_counts[f.severity] += 1
    total = len(report.findings)
    files = len(report.files)
    detail = ", ".join(_plural(sev_counts[s], s.value) for s in sev_counts if sev_counts[s])
    head = f"Found {_plural(total, 'finding')}"
    if detail:
        head += f" ({detail})"
    lines.append(f"{head} in {_plural(files, 'file')}.")
    return "\n".join(lines)

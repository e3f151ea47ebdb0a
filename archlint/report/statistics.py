"""``--statistics``: finding counts per rule, as ruff prints them.

::

    3  AL204  hardcoded-go-target  error
    1  AL101  platform-missing     error

Only the per-rule rows: the text report already ends with the summary line
(``Found 4 findings (4 errors) in 2 files ...``). Empty when there is no finding.
"""

from __future__ import annotations

from archlint.findings import Severity
from archlint.report import RunReport


def render_statistics(report: RunReport) -> str:
    """One row per rule: count, id, name, severity; by count (descending), then id."""
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
    return "\n".join(lines)

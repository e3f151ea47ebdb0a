"""Per-platform verdicts: which requested platforms would build, and why the others not.

The question a platform team asks first after a multi-platform check is not "how many
findings" but "does linux/arm64 build?". A platform is *blocked* when at least one finding at
or above ``blocking`` severity (default: error) concerns it. A finding with an empty
``platforms`` list (a parse error, say) concerns every platform.

Pure module: no I/O, only the finding and platform contracts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from archlint.findings import Finding, Severity
from archlint.platforms import Platform, PlatformError
from archlint.report import PlatformVerdict

MAX_REASONS = 5  # per platform; the rest is summarised as "... and N more"


def _canonical(platform: str) -> str:
    """``linux/arm64/v8`` and ``aarch64`` both become ``linux/arm64``; unknown text stays."""
    try:
        return str(Platform.parse(platform))
    except PlatformError:
        return platform.strip().lower()


def reason(finding: Finding) -> str:
    """One line: ``AL101 Dockerfile:1 node:lts has no linux/s390x image``."""
    first_line = finding.message.strip().splitlines()[0] if finding.message.strip() else ""
    return f"{finding.rule} {finding.file}:{finding.line} {first_line}".rstrip()


def compute_verdicts(
    findings: Iterable[Finding],
    platforms: Sequence[str | Platform],
    *,
    blocking: Severity = Severity.ERROR,
    max_reasons: int = MAX_REASONS,
) -> list[PlatformVerdict]:
    """One verdict per requested platform, in the order requested.

    ``reasons`` lists the blocking findings (rule, place, first message line), sorted by
    file and line, capped at ``max_reasons`` with a final ``... and N more`` line.
    """
    order = [_canonical(str(p)) for p in platforms]
    blockers: dict[str, list[Finding]] = {p: [] for p in order}
    for f in findings:
        if f.severity.rank < blocking.rank:
            continue
        concerned = {_canonical(p) for p in f.platforms} if f.platforms else set(order)
        for p in order:
            if p in concerned:
                blockers[p].append(f)
    verdicts: list[PlatformVerdict] = []
    seen: set[str] = set()
    for p in order:
        if p in seen:
            continue
        seen.add(p)
        found = sorted(blockers[p], key=Finding.sort_key)
        reasons = [reason(f) for f in found[:max_reasons]]
        if len(found) > max_reasons:
            reasons.append(f"... and {len(found) - max_reasons} more")
        verdicts.append(PlatformVerdict(platform=p, ok=not found, reasons=reasons))
    return verdicts


def render_verdicts(verdicts: Sequence[PlatformVerdict]) -> str:
    """The table printed at the end of text output::

        Platform verdicts:
          linux/amd64    would build
          linux/arm64    would NOT build: 2 blocking findings
                         AL204 Dockerfile:3 GOARCH is set to amd64 ...
    """
    if not verdicts:
        return ""
    width = max(len(v.platform) for v in verdicts) + 2
    lines = ["Platform verdicts:"]
    for v in verdicts:
        if v.ok:
            lines.append(f"  {v.platform:<{width}}would build")
            continue
        count = sum(1 for r in v.reasons if not r.startswith("... and "))
        more = next((r for r in v.reasons if r.startswith("... and ")), "")
        if more:
            count += int(more.split()[2])
        noun = "finding" if count == 1 else "findings"
        lines.append(f"  {v.platform:<{width}}would NOT build: {count} blocking {noun}")
        lines.extend(f"  {'':<{width}}{r}" for r in v.reasons)
    return "\n".join(lines)

"""``archlint rules`` and ``archlint rule ID``: documentation straight from rules/*.toml."""

from __future__ import annotations

import difflib
import json
import sys

from archlint.catalog import Rule, load_catalog


def rule_to_json(rule: Rule) -> dict[str, object]:
    return {
        "id": rule.id,
        "name": rule.name,
        "severity": rule.severity.value,
        "summary": rule.summary,
        "why": rule.why,
        "fix": rule.fix,
        "family": rule.family,
        "tags": list(rule.tags),
        "buildkit": rule.buildkit or None,
        "needs_registry": rule.needs_registry,
        "references": list(rule.references),
        "url": rule.url,
        "examples": [
            {
                "kind": e.kind,
                "title": e.title,
                "lines": list(e.lines),
                "platforms": list(e.platforms),
                "dockerfile": e.dockerfile,
            }
            for e in rule.examples
        ],
    }


def markdown_table() -> str:
    """The README rule table (a test checks the README holds exactly this)."""
    lines = ["| id | name | severity | summary |", "|---|---|---|---|"]
    for r in load_catalog():
        summary = r.summary.replace("|", "\\|")
        lines.append(
            f"| [{r.id}](rules/{r.id}.toml) | `{r.name}` | {r.severity.value} | {summary} |"
        )
    return "\n".join(lines) + "\n"


def list_rules(fmt: str) -> int:
    catalog = load_catalog()
    if fmt == "json":
        sys.stdout.write(json.dumps([rule_to_json(r) for r in catalog], indent=2) + "\n")
    elif fmt == "markdown":
        sys.stdout.write(markdown_table())
    elif fmt == "text":
        width = max(len(r.name) for r in catalog)
        family = None
        for r in catalog:
            if r.family != family:
                family = r.family
                sys.stdout.write(f"\n{family}\n")
            sys.stdout.write(f"  {r.id}  {r.name:<{width}}  {r.severity.value:<7}  {r.summary}\n")
    else:
        sys.stderr.write(f"archlint: invalid --format {fmt!r}: expected text, json or markdown\n")
        return 2
    return 0


def _render_text(rule: Rule) -> str:
    out = [f"# {rule.name} ({rule.id})", ""]
    meta = f"Default severity: {rule.severity.value}. Family: {rule.family}."
    if rule.buildkit:
        meta += f" BuildKit equivalent: {rule.buildkit} (honours # check=skip={rule.buildkit})."
    if rule.needs_registry:
        meta += " Needs registry look-ups (cache and embedded snapshot when --offline)."
    out += [
        meta,
        "",
        "## What it does",
        "",
        rule.summary + ".",
        "",
        "## Why is this bad?",
        "",
        rule.why,
        "",
        "## How to fix it",
        "",
        rule.fix,
        "",
    ]
    for kind, heading in (("bad", "## Example"), ("good", "## Use instead")):
        exs = [e for e in rule.examples if e.kind == kind]
        if not exs:
            continue
        out += [heading, ""]
        for e in exs:
            note = []
            if e.title:
                note.append(e.title)
            if e.platforms:
                note.append("platforms: " + ", ".join(e.platforms))
            if note:
                out.append("# " + "; ".join(note))
            out += ["```dockerfile", e.dockerfile.strip("\n"), "```", ""]
    out += [
        "## Suppress it",
        "",
        f"`# archlint: ignore={rule.id}` on the line above the instruction, "
        f'`ignore = ["{rule.id}"]` in [tool.archlint], or `--ignore {rule.id}`.',
        "",
    ]
    if rule.references:
        out += ["## References", ""] + [f"- {u}" for u in rule.references] + [""]
    return "\n".join(out)


def show_rule(key: str, fmt: str) -> int:
    catalog = load_catalog()
    rule = catalog.get(key)
    if rule is None:
        names = [r.id for r in catalog] + [r.name for r in catalog]
        guess = difflib.get_close_matches(key, names, n=1)
        hint = f" (did you mean {guess[0]}?)" if guess else ""
        sys.stderr.write(f"archlint: unknown rule {key!r}{hint}; see `archlint rules`\n")
        return 2
    if fmt == "json":
        sys.stdout.write(json.dumps(rule_to_json(rule), indent=2) + "\n")
    elif fmt == "text":
        sys.stdout.write(_render_text(rule))
    else:
        sys.stderr.write(f"archlint: invalid --format {fmt!r}: expected text or json\n")
        return 2
    return 0

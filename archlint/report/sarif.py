"""SARIF 2.1.0 output, for GitHub code scanning (``github/codeql-action/upload-sarif``) and
every other SARIF viewer.

What GitHub reads, and how this module fills it (see ``shared/docs/outputs.md`` §1):

* one run; ``tool.driver`` with name, version, semanticVersion, informationUri and the whole
  rule catalog as ``rules`` (so ``ruleIndex`` is stable between runs);
* each rule: id, name, shortDescription (summary), fullDescription (rationale, at most 1024
  characters), help.text and help.markdown (rationale, fix, bad and good examples), helpUri,
  defaultConfiguration.level and tags;
* each result: ruleId, ruleIndex, level, a plain-text message (no backticks, no braces: GitHub
  strips backticks and SARIF reserves braces for placeholders), one location with a
  repository-relative URI under ``%SRCROOT%`` and a full region (endColumn exclusive, like
  archlint's end_column), the platforms concerned in ``properties``;
* ``partialFingerprints.primaryLocationLineHash`` only when the file can be read, computed
  with GitHub's own algorithm (:mod:`archlint.report.sarif_fingerprints`);
* ``invocations[0]`` with ``executionSuccessful`` and notifications for tool errors;
  ``automationDetails.id`` from ``--sarif-category``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from archlint.catalog import Catalog, CatalogError, Rule, load_catalog
from archlint.findings import Finding, Related, Severity
from archlint.report import Notification, RunReport
from archlint.report.ci_paths import absolute, read_source, relative_to_root
from archlint.report.sarif_fingerprints import file_line_hashes

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/archlint/archlint"
SRCROOT = "%SRCROOT%"
MAX_DESCRIPTION = 1024  # GitHub's limit for short/fullDescription.text
MAX_TAGS = 20  # GitHub rejects more

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
PROBLEM_SEVERITY = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "recommendation",
}
_SIMPLE_BRACED_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def plain_message(text: str) -> str:
    """A message safe for SARIF ``message.text`` as GitHub shows it.

    Backticks become single quotes; ``${NAME}`` becomes ``$NAME`` (same meaning in a
    Dockerfile and in sh); any other brace becomes a parenthesis, since SARIF reserves
    ``{`` and ``}`` for argument placeholders.
    """
    text = text.replace("`", "'")
    text = _SIMPLE_BRACED_VAR.sub(r"$\1", text)
    return text.replace("{", "(").replace("}", ")").strip() or "(no message)"


def _truncate(text: str, limit: int = MAX_DESCRIPTION) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def _help_text(rule: Rule) -> str:
    parts = [rule.summary, "", rule.why, "", "How to fix:", rule.fix]
    for ex in rule.examples:
        label = "Bad example" if ex.kind == "bad" else "Good example"
        if ex.title:
            label += f" ({ex.title})"
        parts += ["", f"{label}:", ex.dockerfile.strip("\n")]
    if rule.references:
        parts += ["", "References:", *rule.references]
    return "\n".join(parts)


def _help_markdown(rule: Rule) -> str:
    parts = [f"# {rule.name} ({rule.id})", "", rule.summary, "", "## Why", "", rule.why]
    parts += ["", "## How to fix", "", rule.fix]
    for kind, heading in (("bad", "Bad"), ("good", "Good")):
        examples = [ex for ex in rule.examples if ex.kind == kind]
        if not examples:
            continue
        parts += ["", f"## {heading} example" + ("s" if len(examples) > 1 else "")]
        for ex in examples:
            if ex.title:
                parts += ["", f"*{ex.title}*"]
            if ex.platforms:
                parts += ["", "Platforms: " + ", ".join(f"`{p}`" for p in ex.platforms)]
            parts += ["", "```dockerfile", ex.dockerfile.strip("\n"), "```"]
    if rule.references:
        parts += ["", "## References", ""]
        parts += [f"- <{ref}>" for ref in rule.references]
    return "\n".join(parts)


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    """A ``reportingDescriptor`` for one catalog rule."""
    tags = list(dict.fromkeys([*rule.tags, "dockerfile"]))[:MAX_TAGS]
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": _truncate(rule.summary)},
        "fullDescription": {"text": _truncate(rule.why), "markdown": rule.why},
        "help": {"text": _help_text(rule), "markdown": _help_markdown(rule)},
        "helpUri": rule.url,
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "tags": tags,
            "problem.severity": PROBLEM_SEVERITY[rule.severity],
            "family": rule.family,
            "needs_registry": rule.needs_registry,
        },
    }


def _fallback_descriptor(finding: Finding) -> dict[str, Any]:
    """For a finding whose rule is not in the catalog (should not happen; stay valid)."""
    return {
        "id": finding.rule,
        "name": finding.name,
        "shortDescription": {"text": finding.name or finding.rule},
        "fullDescription": {"text": finding.name or finding.rule},
        "help": {"text": finding.name or finding.rule},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
    }


class _Locator:
    """Turns display paths into SARIF artifact locations relative to the report root."""

    def __init__(self, root: str) -> None:
        self.root = os.path.realpath(root or ".")

    def artifact_location(self, file: str) -> dict[str, Any]:
        path = absolute(file)
        if path is None:
            return {"uri": "stdin"}
        rel = relative_to_root(file, self.root)
        if rel is None:
            return {"uri": Path(path).as_uri()}
        return {"uri": quote(rel, safe="/"), "uriBaseId": SRCROOT}

    def root_uri(self) -> str:
        return _directory_uri(self.root)


def _directory_uri(path: str) -> str:
    """A ``file://`` URI ending with exactly one ``/`` (SARIF §3.14.14)."""
    uri = Path(path).resolve().as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _same_text(data: bytes, lines: list[str] | None) -> bool:
    """Whether the file on disk is the text that was checked (split as the parser splits:
    BOM dropped, LF ends, one trailing CR removed). It is not when the Dockerfile came from
    stdin under ``--stdin-filename`` or changed meanwhile: a fingerprint computed from the
    disk would then differ from the one GitHub computes for what was analysed, so none is
    given (upload-sarif computes it)."""
    if lines is None:
        return True
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    parts = text.split("\n")
    if (len(parts) > 1 and parts[-1] == "") or parts == [""]:
        parts.pop()
    return [p[:-1] if p.endswith("\r") else p for p in parts] == lines


def _region(f: Finding | Related) -> dict[str, int]:
    line = max(f.line, 1)
    column = max(f.column, 1)
    end_line = max(f.end_line, line)
    end_column = max(f.end_column, 1)
    if end_line == line and end_column < column:
        end_column = column
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _notification(n: Notification, locator: _Locator) -> dict[str, Any]:
    level = n.level if n.level in ("error", "warning", "note") else "error"
    out: dict[str, Any] = {"level": level, "message": {"text": plain_message(n.message)}}
    if n.file:
        location = {"physicalLocation": {"artifactLocation": locator.artifact_location(n.file)}}
        out["locations"] = [location]
    return out


def build_sarif(report: RunReport, catalog: Catalog | None = None) -> dict[str, Any]:
    """The SARIF log as a dict (``render`` serialises it)."""
    if catalog is None:
        try:
            catalog = load_catalog()
        except CatalogError:
            catalog = Catalog([])
    locator = _Locator(report.root)
    rules = [rule_descriptor(r) for r in catalog.rules]
    index = {r["id"]: i for i, r in enumerate(rules)}

    hashes: dict[str, dict[int, str] | None] = {}

    def fingerprint(file: str, line: int) -> str | None:
        if file not in hashes:
            data = read_source(file)
            usable = data is not None and _same_text(data, report.source_lines.get(file))
            hashes[file] = file_line_hashes(data) if data is not None and usable else None
        table = hashes[file]
        return table.get(line) if table else None

    results: list[dict[str, Any]] = []
    for f in sorted(report.findings, key=Finding.sort_key):
        if f.rule not in index:
            index[f.rule] = len(rules)
            rules.append(_fallback_descriptor(f))
        region = _region(f)
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": LEVELS[f.severity],
            "message": {"text": plain_message(f.message)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": locator.artifact_location(f.file),
                        "region": region,
                    }
                }
            ],
            "properties": {"platforms": list(f.platforms), "severity": f.severity.value},
        }
        if f.source:
            result["properties"]["source"] = f.source
        if f.related:
            # where the value the finding reports is set, or used (GitHub shows them as the
            # alert's related locations)
            result["relatedLocations"] = [
                {
                    "id": i,
                    "physicalLocation": {
                        "artifactLocation": locator.artifact_location(f.file),
                        "region": _region(r),
                    },
                    "message": {"text": plain_message(r.message)},
                }
                for i, r in enumerate(f.related, start=1)
            ]
        hash_value = fingerprint(f.file, region["startLine"])
        if hash_value:
            result["partialFingerprints"] = {"primaryLocationLineHash": hash_value}
        results.append(result)

    notifications = [_notification(n, locator) for n in report.notifications]
    invocation: dict[str, Any] = {
        "executionSuccessful": not any(n.level == "error" for n in report.notifications),
        "toolExecutionNotifications": notifications,
        "workingDirectory": {"uri": _directory_uri(os.getcwd())},
    }
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "archlint",
                "version": report.version,
                "semanticVersion": report.version,
                "informationUri": INFORMATION_URI,
                "rules": rules,
            }
        },
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": locator.root_uri()}},
        "artifacts": [
            {"location": locator.artifact_location(file), "roles": ["analysisTarget"]}
            for file in report.files
        ],
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"platforms": list(report.platforms)},
    }
    if report.sarif_category:
        run["automationDetails"] = {"id": automation_id(report.sarif_category)}
    if report.images is not None:
        run["properties"]["images"] = report.images
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def automation_id(category: str) -> str:
    """``runAutomationDetails.id`` for a category, as upload-sarif's ``category`` input does:
    GitHub takes the text up to the last ``/`` as the category, so ``archlint`` becomes
    ``archlint/``; a value that already has a ``/`` (``archlint/api``) is used as given."""
    category = category.strip()
    return category if "/" in category else category + "/"


def render(report: RunReport, *, color: bool = False) -> str:
    return json.dumps(build_sarif(report), indent=2, ensure_ascii=False, default=str) + "\n"

"""In-file pragmas: ``# archlint: ...`` comments and BuildKit's ``# check=skip=...`` directive.

- ``# archlint: ignore=AL301,hardcoded-go-target`` on the comment line(s) right above an
  instruction silences those rules for that instruction (``ignore=all`` silences every rule).
- ``# archlint: ignore-file=AL304`` anywhere silences the rules for the whole file.
- ``# archlint: platforms=linux/amd64`` declares the platforms the file is built for.
- ``# check=skip=RedundantTargetPlatform`` (BuildKit) silences the archlint rule that has that
  BuildKit equivalent; ``skip=all`` silences those with an equivalent.
"""

from __future__ import annotations

import re
from dataclasses import field

from archlint.catalog import Catalog
from archlint.dockerfile.model import Dockerfile, Instruction
from archlint.records import record

PRAGMA = re.compile(r"^\s*archlint\s*:\s*(?P<body>.*)$", re.IGNORECASE)
ALL = "*"


@record(slots=True)
class Pragmas:
    file_ignores: set[str] = field(default_factory=set)  # rule ids, or ALL
    line_ignores: list[tuple[int, int, set[str]]] = field(default_factory=list)  # (start, end, ids)
    platforms: list[str] | None = None
    platforms_line: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, message)

    def suppressed(self, rule_id: str, line: int) -> bool:
        if ALL in self.file_ignores or rule_id in self.file_ignores:
            return True
        for start, end, ids in self.line_ignores:
            if start <= line <= end and (ALL in ids or rule_id in ids):
                return True
        return False


def _parse_items(body: str) -> list[tuple[str, str]]:
    """``ignore=AL1,AL2 platforms=linux/amd64`` -> [("ignore", "AL1,AL2"), ...]."""
    out = []
    for token in re.split(r"\s+(?=[a-zA-Z-]+\s*=)|;\s*", body.strip()):
        if not token.strip():
            continue
        key, sep, value = token.partition("=")
        out.append((key.strip().lower(), value.strip() if sep else ""))
    return out


def _rule_ids(value: str, catalog: Catalog, line: int, problems: list[tuple[int, str]]) -> set[str]:
    ids: set[str] = set()
    for item in re.split(r"[,\s]+", value):
        if not item:
            continue
        if item.lower() in ("all", "*"):
            ids.add(ALL)
            continue
        try:
            ids.update(r.id for r in catalog.resolve_selector(item))
        except KeyError:
            problems.append((line, f"unknown rule {item!r} in archlint pragma"))
    return ids


def _instruction_lines(instr: Instruction) -> tuple[int, int]:
    return instr.span.line, instr.span.end_line


def read_pragmas(df: Dockerfile, catalog: Catalog) -> Pragmas:
    pr = Pragmas()
    for comment in df.comments:
        m = PRAGMA.match(comment.text)
        if not m:
            continue
        for key, value in _parse_items(m.group("body")):
            if key == "ignore-file":
                pr.file_ignores |= _rule_ids(value or "all", catalog, comment.line, pr.problems)
            elif key == "platforms":
                pr.platforms = [p for p in re.split(r"[,\s]+", value) if p]
                pr.platforms_line = comment.line
            elif key == "ignore":
                pass  # attached to instructions below
            else:
                pr.problems.append((comment.line, f"unknown archlint pragma {key!r}"))
    for instr in df.instructions:
        ids: set[str] = set()
        for comment in instr.comments:
            m = PRAGMA.match(comment.text)
            if not m:
                continue
            for key, value in _parse_items(m.group("body")):
                if key == "ignore":
                    ids |= _rule_ids(value or "all", catalog, comment.line, pr.problems)
        if ids:
            start, end = _instruction_lines(instr)
            pr.line_ignores.append((start, end, ids))
    check = df.directive("check")
    if check is not None:
        for part in check.value.split(";"):
            key, _, value = part.partition("=")
            if key.strip().lower() != "skip":
                continue
            for name in value.split(","):
                name = name.strip()
                if not name:
                    continue
                if name.lower() == "all":
                    pr.file_ignores |= {r.id for r in catalog if r.buildkit}
                    continue
                rule = catalog.by_buildkit_name(name)
                if rule is not None:
                    pr.file_ignores.add(rule.id)
    return pr

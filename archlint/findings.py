"""The finding: what every rule returns and every reporter prints."""

from __future__ import annotations

from dataclasses import field
from enum import Enum

from archlint.records import record


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls(value.strip().lower())
        except ValueError:
            raise ValueError(
                f"invalid severity {value!r}: expected error, warning or info"
            ) from None


_RANK = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


@record(frozen=True, slots=True)
class Related:
    """Another place a finding concerns: where the value it reports is set, or used."""

    line: int
    column: int
    end_line: int
    end_column: int  # exclusive
    message: str

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "message": self.message}


@record(slots=True)
class Finding:
    rule: str  # ALnnn
    name: str  # kebab-case rule name
    severity: Severity
    message: str
    file: str
    line: int
    column: int
    end_line: int
    end_column: int  # exclusive
    platforms: list[str] = field(default_factory=list)  # the platforms it concerns
    source: str | None = None  # what decided, for registry findings: "registry", "cache", ...
    related: list[Related] = field(default_factory=list)  # other lines of the same problem

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.rule)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "platforms": list(self.platforms),
        }
        if self.source:
            out["source"] = self.source
        if self.related:
            out["related"] = [r.to_json() for r in self.related]
        return out

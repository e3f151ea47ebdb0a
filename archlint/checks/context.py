"""What a check receives."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from typing import Any

from archlint.catalog import Rule
from archlint.dockerfile.model import Dockerfile, Span
from archlint.findings import Finding, Related
from archlint.platforms import Platform, host_platform
from archlint.records import record


@record(slots=True)
class CheckContext:
    rule: Rule
    dockerfile: Dockerfile
    platforms: list[Platform]  # requested platforms in effect for this file
    build_args: Mapping[str, str] = field(default_factory=dict)
    target: str | None = None  # --target stage name
    build_platform: Platform = field(default_factory=host_platform)
    images: Any = None  # archlint.registry resolutions for this file (None: not resolved)
    options: Mapping[str, Any] = field(default_factory=dict)  # rule options from config
    single_platform: bool = False  # the user declared this Dockerfile single-platform
    declared_platforms: bool = False  # platforms come from ``# archlint: platforms=``

    @property
    def source_text(self) -> str:
        """Every text a value of this check can come from: the file and the build-arg values.
        A rule whose findings need some literal (an arch token, ``-XX:``, a download tool)
        returns at once when it is not here (values are followed, never invented)."""
        if not self.build_args:
            return self.dockerfile.text
        return self.dockerfile.text + "\n" + "\n".join(self.build_args.values())

    def finding(
        self,
        span: Span,
        message: str,
        platforms: Iterable[Platform | str] | None = None,
        source: str | None = None,
        related: Sequence[tuple[Span, str]] = (),
    ) -> Finding:
        """A finding of this check's rule at ``span``; ``related``: other lines of the same
        problem with what each is (``(span_of_the_ARG, "the architecture comes from here")``)."""
        plats = [str(p) for p in (platforms if platforms is not None else self.platforms)]
        return Finding(
            rule=self.rule.id,
            name=self.rule.name,
            severity=self.rule.severity,
            message=message,
            file=self.dockerfile.path,
            line=span.line,
            column=span.column,
            end_line=span.end_line,
            end_column=span.end_column,
            platforms=plats,
            source=source,
            related=[Related(sp.line, sp.column, sp.end_line, sp.end_column, note)
                     for sp, note in related],
        )

    def platforms_not(self, architecture: str, variant: str = "") -> list[Platform]:
        """Requested platforms whose architecture (and variant, if given) differ."""
        return [
            p
            for p in self.platforms
            if p.architecture != architecture or (variant and p.variant and p.variant != variant)
        ]

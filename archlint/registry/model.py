"""What resolution produces, as plain data the AL1xx checks read (no I/O, no httpx).

- :class:`Resolution`: the outcome for one normalized reference (shared by every use of it).
- :class:`ImageUse`: one image reference occurrence in a Dockerfile (``FROM``,
  ``COPY --from``, ``RUN --mount=from=``) for one expansion of it, with the token span, the
  platforms the stage needs, and its :class:`Resolution`.
- :class:`FileImages`: every use in one file (``CheckContext.images``).
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from archlint.dockerfile.model import Instruction, Span
from archlint.platforms import Platform, format_platforms
from archlint.records import record

# Resolution.status values
OK = "ok"
NOT_FOUND = "not_found"
UNRESOLVED = "unresolved"
NOT_CHECKED = "not_checked"  # offline, and neither cache nor snapshot knows it

# Resolution.source values
SOURCE_REGISTRY = "registry"
SOURCE_CACHE = "cache"
SOURCE_SNAPSHOT = "snapshot"


@record(slots=True)
class Resolution:
    ref: str  # canonical reference (docker.io/library/alpine:3.20)
    status: str
    kind: str | None = None  # "index" | "manifest"
    digest: str | None = None  # digest of what the reference names
    media_type: str = ""
    platforms: list[Platform] = field(default_factory=list)  # index entries / config platform
    source: str = SOURCE_REGISTRY
    reason: str = ""  # one line, for not_found / unresolved / not_checked
    declared: bool = False  # platforms come from declared data (snapshot), not the registry
    history: bool = False  # snapshot: tag from the library files' history
    note: str = ""  # e.g. "revalidated with HEAD", "registry unreachable: used the snapshot"
    endpoint: str = ""  # base URL that answered (mirror or registry)
    requests: dict[str, int] = field(default_factory=dict)  # tokens, heads, gets, blobs

    @property
    def ok(self) -> bool:
        return self.status == OK

    def source_text(self) -> str:
        if self.source == SOURCE_SNAPSHOT:
            what = "official-images history" if self.history else "official-images snapshot"
            return f"{what}, declared platforms"
        return self.source

    def platforms_text(self) -> str:
        return format_platforms(self.platforms) or "no runnable platform"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "reference": self.ref,
            "status": self.status,
            "kind": self.kind,
            "digest": self.digest,
            "media_type": self.media_type or None,
            "platforms": [
                {k: v for k, v in (
                    ("os", p.os), ("architecture", p.architecture), ("variant", p.variant),
                    ("os.version", p.os_version), ("platform", str(p)),
                ) if v}
                for p in self.platforms
            ],
            "source": self.source,
        }
        if self.reason:
            out["reason"] = self.reason
        if self.declared:
            out["declared"] = True
        if self.note:
            out["note"] = self.note
        if self.requests:
            out["requests"] = dict(self.requests)
        return out


@record(slots=True)
class ImageUse:
    instruction: Instruction
    kind: str  # "from" | "copy-from" | "mount-from"
    span: Span  # the reference token
    raw: str  # as written
    expanded: str | None  # after ARG expansion (None when it could not be expanded)
    platforms: list[Platform]  # what the stage needs from this image; [] = stage not built
    ref: str | None = None  # canonical reference when valid
    digest_pinned: bool = False  # written with @sha256:
    error: str | None = None  # unset variable / invalid reference: AL103 with this reason
    resolution: Resolution | None = None

    @property
    def needed(self) -> bool:
        return bool(self.platforms)


@record(slots=True)
class FileImages:
    path: str
    uses: list[ImageUse] = field(default_factory=list)
    offline: bool = False

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.uses)

    def __len__(self) -> int:
        return len(self.uses)

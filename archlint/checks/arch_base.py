"""AL209 arch-specific-base: a FROM image whose name or tag names one architecture.

Three shapes: Docker's per-architecture official namespaces (``arm64v8/ubuntu``,
``amd64/alpine``, ``${ARCH}/alpine`` with ``ARG ARCH=amd64``), a repository name with an
architecture (``busybox-linux-amd64``, ``manylinux2014_x86_64``), and a tag with one
(``:nonroot-amd64``, ``:1.2-arm64``). A reference that follows ``TARGETARCH`` is fine.
"""

from __future__ import annotations

from collections.abc import Iterator

from archlint.checks.archvalues import (
    ArchAnalysis,
    analysis,
    broken_platforms,
    find_arch_tokens,
    image_phrase,
    mentions_arch_token,
    vocabulary,
)
from archlint.checks.artifacts import (
    arch_name,
    copied_sources,
    instruction_platforms,
    stage_platforms,
)
from archlint.checks.context import CheckContext
from archlint.dockerfile.model import Dockerfile, Instruction, Span
from archlint.findings import Finding
from archlint.platforms import Platform

# docker-library per-architecture namespaces on Docker Hub -> OCI arch
OFFICIAL_ARCH_NAMESPACES = {
    "amd64": "amd64",
    "arm64v8": "arm64",
    "arm32v7": "arm/v7",
    "arm32v6": "arm/v6",
    "arm32v5": "arm/v5",
    "i386": "386",
    "ppc64le": "ppc64le",
    "s390x": "s390x",
    "riscv64": "riscv64",
    "mips64le": "mips64le",
    "windows-amd64": "amd64",
}
_HUB = ("docker.io", "index.docker.io", "registry-1.docker.io")


def _split(ref: str) -> tuple[str, list[str], str]:
    """(registry host or "", path components, tag) of an image reference (no digest)."""
    ref = ref.split("@", 1)[0]
    parts = ref.split("/")
    host = ""
    if len(parts) > 1 and ("." in parts[0] or ":" in parts[0] or parts[0] == "localhost"):
        host = parts[0]
        parts = parts[1:]
    tag = ""
    if parts and ":" in parts[-1]:
        parts[-1], tag = parts[-1].split(":", 1)
    return host, parts, tag


def _names_arch(ref: str) -> bool:
    """Can the constant ``ref`` name an architecture the way the check below reads it (an
    arch token, a per-architecture namespace such as ``arm64v8/``, a board's image)?"""
    if find_arch_tokens(ref):
        return True
    _, path, _ = _split(ref)
    return len(path) >= 2 and (path[0].lower() in OFFICIAL_ARCH_NAMESPACES
                               or _board(path) is not None)


def _board(path: list[str]) -> tuple[str, str] | None:
    """(device type, OCI arch) of balena's ``balenalib/raspberrypi3-debian``: an image built
    for one board's architecture (rules/data/arch-tokens.json ``board_images``)."""
    boards = vocabulary("board_images")
    if len(path) < 2 or path[0].lower() not in boards.get("namespaces", ()):
        return None
    name = path[1].lower()
    best: tuple[str, str] | None = None
    for device, arch in boards.get("devices", {}).items():
        if (name == device or name.startswith(device + "-")) and (
                best is None or len(device) > len(best[0])):
            best = (device, arch)
    return best


def _mentions_board(text: str) -> bool:
    return any(f"{ns}/" in text for ns in vocabulary("board_images").get("namespaces", ()))


def arch_specific_base(ctx: CheckContext) -> Iterator[Finding]:
    if not mentions_arch_token(ctx.source_text) and not _mentions_board(ctx.source_text):
        return  # every finding is a token (arm64v8/ and the other namespaces are tokens)
    an = analysis(ctx)
    for stage in ctx.dockerfile.stages:
        if not stage.base or stage.base.lower() == "scratch":
            continue
        if "$" not in stage.base and not _names_arch(stage.base):
            continue  # a constant reference without an architecture: nothing to resolve
        if an.parent_stage(stage) is not None or not an.reachable(stage):
            continue
        plats = stage_platforms(an, stage)
        if plats:
            yield from _reference(ctx, an, stage.base, stage.from_instruction,
                                  stage.base_span, plats, "base image")
    # images other stages copy from or mount: their files land in the image just the same
    for ins, raw, span, what in _image_sources(ctx.dockerfile):
        if "$" not in raw and not _names_arch(raw):
            continue  # a stage name or a constant reference without an architecture
        if an.stages_named(raw, ins.stage):
            continue
        plats = instruction_platforms(an, ins)
        note = ""
        if plats is None and ins.keyword in ("COPY", "ADD") and _handed_on(an, ins):
            # a build-machine stage takes the files, and a stage of the image copies them
            plats = list(an.platforms)
            note = " (a --platform=$BUILDPLATFORM stage copies it, and the image copies it on)"
        if plats:
            yield from _reference(ctx, an, raw, ins, span, plats, what, note)


def _handed_on(an: ArchAnalysis, ins: Instruction) -> bool:
    """Does a target-platform stage copy what this COPY of a build-machine stage wrote (the
    same path, a file under it, or the directory it is in)?"""
    stage = an.stage_of(ins)
    if stage is None or not ins.args:
        return False
    dest = ins.args[-1].value.rstrip("/")
    for src in copied_sources(an, stage):
        s = src.rstrip("/")
        if s and dest and (dest == s or dest.startswith(s + "/") or s.startswith(dest + "/")):
            return True
    return False


def _image_sources(df: Dockerfile) -> Iterator[tuple[Instruction, str, Span, str]]:
    """``COPY/ADD --from=<ref>`` and ``RUN --mount=...,from=<ref>`` values (the registry
    plan's list of image references), with a phrase for the message."""
    low = df.text.lower()
    if "--from" not in low and "from=" not in low:
        return  # no COPY/ADD --from and no --mount=…,from=: nothing to read
    from archlint.registry.plan import occurrences

    what = {"copy-from": "image copied from", "mount-from": "image mounted from"}
    for occ in occurrences(df):
        if occ.kind in what:
            yield occ.instruction, occ.raw, occ.span, what[occ.kind]


def _reference(ctx: CheckContext, an: ArchAnalysis, raw: str, ins: Instruction, span: Span,
               plats: list[Platform], what: str, note: str = "") -> Iterator[Finding]:
    val = an.resolve_text(raw, ins, span)
    if val.parametrized:
        return
    # constant text with unknown parts masked, and where constants came from
    text = ""
    origins: list[str | None] = []
    for p in val.pieces:
        # BuildKit expands the reference as a shell word: FROM "${ARCH}/alpine" loses its
        # quotes (no image reference holds one)
        t = p.text.replace('"', "").replace("'", "") if p.kind == "lit" else "\x00"
        text += t
        origins.extend([p.origin] * len(t))
    host, path, tag = _split(text)
    found: list[tuple[str, str, str]] = []  # (arch, token, why)
    official = False
    if (not host or host in _HUB) and len(path) >= 2:
        ns = path[0].lower()
        if ns in OFFICIAL_ARCH_NAMESPACES:
            a = OFFICIAL_ARCH_NAMESPACES[ns]
            official = True
            found.append((a, path[0],
                          f"the {path[0]}/ namespace holds {arch_name(a)} images only"))
    board = _board(path) if (not host or host in _HUB) else None
    if board is not None:
        found.append((board[1], board[0], f"balena builds its {board[0]} images for that "
                                          f"board's {arch_name(board[1])} only"))
    for comp in path[1 if official else 0:-1]:
        # an organisation named for one architecture (ghcr.io/loong64/…, aarch64/…,
        # armhf/…: community ports that publish that architecture's builds)
        toks = find_arch_tokens(comp)
        if len(toks) == 1 and toks[0].token.lower() == comp.lower():
            found.append((toks[0].arch, comp,
                          f"the {comp}/ namespace is named for {arch_name(toks[0].arch)}"))
    if path:
        for tok in find_arch_tokens(path[-1]):
            found.append((tok.arch, tok.token, f"the name {path[-1]} says {tok.token}"))
    for tok in find_arch_tokens(tag):
        found.append((tok.arch, tok.token, f"the tag {tag} says {tok.token}"))
    if not found:
        return
    arches = {a for a, _, _ in found}
    if len(arches) > 1:
        return  # several architectures named (e.g. qemu-user-static:x86_64-aarch64)
    arch, token, why = found[0]
    broken = broken_platforms(arch, plats)
    if not broken:
        return
    origin = next((o for o in origins if o), None)
    where = f" ({token} comes from {origin})" if origin else ""
    shown = text.replace("\x00", "$?")
    fix = _BOARD_FIX if board is not None and token == board[0] else \
        _fix(path, tag, token, official)
    yield ctx.finding(
        span,
        f"{what} {shown}{note} is for {arch_name(arch)} only: {why}{where}; "
        f"{image_phrase(broken)} would fail to resolve it or get {arch_name(arch)} "
        f"content. Fix: {fix}",
        platforms=broken,
    )


_BOARD_FIX = ("use a multi-architecture image (debian, alpine …), or pick balena's image per "
              "platform: its per-architecture images (balenalib/amd64-debian, "
              "balenalib/aarch64-debian) selected with ARG TARGETARCH declared before the "
              "first FROM")


def _fix(path: list[str], tag: str, token: str, official: bool) -> str:
    if official and path and path[0] == token and len(path) >= 2:
        plain = "/".join(path[1:]) + (f":{tag}" if tag else "")
        return (f"use the multi-architecture image {plain}; BuildKit picks each platform's "
                f"manifest")
    if path and token in path[:-1]:
        return ("use a multi-architecture image of the same software (a namespace named for "
                "one architecture publishes that architecture's builds), or select the "
                "per-architecture one with ARG TARGETARCH declared before the first FROM and "
                "$TARGETARCH in the reference")
    which = ("tag (without the architecture)" if token in tag else
             "image (the name without the architecture, where one is published)")
    return (f"use the multi-architecture {which}, or select the per-architecture one with "
            "ARG TARGETARCH declared before the first FROM and $TARGETARCH in the reference")

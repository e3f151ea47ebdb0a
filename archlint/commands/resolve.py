"""``archlint resolve IMAGE...``: a readable ``docker manifest inspect`` for every platform.

Prints the normalized reference, digest, kind (index or manifest) and the platforms
(os/arch/variant, os.version for Windows); with ``--platform`` also what each requested
platform would get. Exit 0 when every image resolved (and has every requested platform),
1 otherwise, 2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from dataclasses import field

from archlint.records import record


@record()
class ResolveArgs:
    images: list[str]
    platforms: list[str] | None = None
    output_format: str = "text"
    offline: bool = False
    refresh: bool = False
    jobs: int | None = None
    registry_mirrors: list[str] = field(default_factory=list)
    insecure_registries: list[str] = field(default_factory=list)
    timeout: float | None = None


def _verdicts(requested: list, platforms: list) -> list[dict[str, str]]:  # type: ignore[type-arg]
    from archlint.platforms import match_compatible, match_only, match_strict

    out = []
    for p in requested:
        exact = match_strict(p, platforms)
        compat = match_compatible(p, platforms)
        fallback = match_only(p, platforms)
        if exact is not None:
            out.append({"platform": str(p), "verdict": "exact", "uses": str(exact)})
        elif compat is not None:
            out.append({"platform": str(p), "verdict": "compatible", "uses": str(compat)})
        elif fallback is not None:
            out.append({"platform": str(p), "verdict": "missing",
                        "buildx_would_take": str(fallback)})
        else:
            out.append({"platform": str(p), "verdict": "missing"})
    return out


def run_resolve(args: ResolveArgs) -> int:
    from archlint.options import RegistryOptions
    from archlint.platforms import PlatformError, parse_platform_list
    from archlint.registry import _open_cache, resolve_refs
    from archlint.registry.reference import ReferenceError, parse_reference

    if args.output_format not in ("text", "json"):
        sys.stderr.write(f"archlint: unknown format {args.output_format!r}: text or json\n")
        return 2
    try:
        requested = parse_platform_list(args.platforms) if args.platforms else []
    except PlatformError as exc:
        sys.stderr.write(f"archlint: --platform: {exc}\n")
        return 2
    refs = []
    for text in args.images:
        try:
            refs.append(parse_reference(text))
        except ReferenceError as exc:
            sys.stderr.write(f"archlint: {exc}\n")
            return 2
    opts = RegistryOptions(offline=args.offline, refresh=args.refresh,
                           registry_mirrors=list(args.registry_mirrors),
                           insecure_registries=list(args.insecure_registries))
    if args.jobs:
        opts.jobs = args.jobs
    if args.timeout:
        opts.read_timeout = args.timeout
        opts.connect_timeout = min(opts.connect_timeout, args.timeout)
        opts.deadline = max(args.timeout * 4, args.timeout + 1)
    unique = list({r.key: r for r in refs}.values())
    cache = _open_cache(opts)
    try:
        answers, counts = resolve_refs(unique, opts, cache)
    finally:
        cache.close()
    failed = False
    results = []
    for ref in refs:
        res = answers[ref.key]
        item = res.to_json()
        if requested and res.ok:
            item["requested"] = _verdicts(requested, res.platforms)
            failed |= any(v["verdict"] == "missing" for v in item["requested"])
        failed |= not res.ok
        results.append((ref, res, item))
    if args.output_format == "json":
        doc = {"images": [item for _r, _res, item in results],
               "requests": {k: counts.get(k, 0) for k in ("tokens", "heads", "gets", "blobs")}}
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
        return 1 if failed else 0
    lines: list[str] = []
    for ref, res, item in results:
        lines.append(str(ref))
        if not res.ok:
            label = {"not_found": "not found", "not_checked": "not checked"}.get(res.status,
                                                                             "unresolved")
            lines.append(f"  {label}: {res.reason}")
            lines.append("")
            continue
        if res.digest:
            lines.append(f"  digest:    {res.digest}")
        kind = "index" if res.kind == "index" else "single-platform manifest"
        lines.append(f"  kind:      {kind}" + (f" ({res.media_type})" if res.media_type else ""))
        src = res.source_text() + (f"; {res.note}" if res.note else "")
        lines.append(f"  source:    {src}")
        lines.append("  platforms:")
        for p in res.platforms:
            lines.append(f"    {p}" + (f"  (os.version {p.os_version})" if p.os_version else ""))
        if not res.platforms:
            lines.append("    (none: no runnable image)")
        for v in item.get("requested", []):
            if v["verdict"] == "exact":
                lines.append(f"  {v['platform']}: ok")
            elif v["verdict"] == "compatible":
                lines.append(f"  {v['platform']}: ok, uses the compatible {v['uses']} image")
            elif "buildx_would_take" in v:
                lines.append(f"  {v['platform']}: MISSING (buildx would silently take "
                             f"{v['buildx_would_take']})")
            else:
                lines.append(f"  {v['platform']}: MISSING")
        lines.append("")
    total = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("tokens", "heads", "gets", "blobs"))
    lines.append(f"requests: {total}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 1 if failed else 0

"""Rule code, grouped by theme: one pure function per rule id.

A check is ``def check(ctx: CheckContext) -> Iterable[Finding]``. It reads
``ctx.dockerfile`` (the model), ``ctx.platforms`` (requested, effective for this file),
``ctx.images`` (registry resolutions, None when not resolved) and ``ctx.options``,
and builds findings with ``ctx.finding(span, message, platforms=...)``. No I/O.

Modules: ``platform_args`` (AL2xx core), ``toolchain`` (AL204-AL208),
``base_images`` (AL1xx, AL209), ``artifacts`` (AL3xx), ``runtime`` (AL4xx).
"""

from archlint.checks.context import CheckContext

__all__ = ["CheckContext"]

"""Start-up stays light: help, rule docs and an offline check import no network stack."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from archlint.cli import app
sys.argv = ["archlint", *{args!r}]
try:
    app()
except SystemExit:
    pass
heavy = sorted(m for m in ("httpx", "httpcore", "pydantic", "anyio", "rich") if m in sys.modules)
sys.stderr.write("HEAVY=" + ",".join(heavy) + "\\n")
"""


def heavy_modules(args: list[str], cwd: Path) -> list[str]:
    r = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], cwd=cwd,
                       capture_output=True, text=True, timeout=60)
    line = [x for x in r.stderr.splitlines() if x.startswith("HEAVY=")][-1]
    return [m for m in line[6:].split(",") if m]


def test_help_and_rule_docs_are_light(tmp_path: Path) -> None:
    assert heavy_modules(["--help"], tmp_path) == []
    assert heavy_modules(["rule", "AL203"], tmp_path) == []


def test_offline_check_does_not_import_httpx_or_pydantic(tmp_path: Path) -> None:
    (tmp_path / "Dockerfile").write_text(
        "FROM golang:1.22 AS build\nARG TARGETARCH\nRUN GOARCH=$TARGETARCH go build .\n"
        "FROM debian:bookworm-slim\nCOPY --from=build /app /app\n"
    )
    assert heavy_modules(["check", "--offline", "Dockerfile"], tmp_path) == []

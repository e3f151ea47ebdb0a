"""archlint imports httpx without its optional CLI and httpcore without trio (~120 ms of
every online run), and leaves both importable for anything else in the process."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import importlib.util, sys
from archlint.registry.http import httpx
client = httpx.AsyncClient()  # httpx imports httpcore here
loaded = [m for m in ("trio", "httpx._main") if m in sys.modules]
assert not loaded, loaded
if importlib.util.find_spec("trio") is not None:
    import trio  # still importable: the guard marked it absent only during the import
    assert trio.__name__ == "trio"
print("ok")
"""


def test_httpx_without_cli_and_trio() -> None:
    r = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr[-2000:]

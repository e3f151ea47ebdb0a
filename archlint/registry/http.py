"""httpx, imported without the optional modules it would load for nothing.

``import httpx`` also imports httpx's own command line (``httpx._main``: click, rich and
pygments) whenever those happen to be installed, and httpcore (which httpx imports when the
first client is made, so it is imported here too) imports trio whenever it is installed.
archlint runs httpx on asyncio and uses neither: together they cost ~120 ms of every run
that reaches the network (``python -X importtime``; trio alone ~75 ms). They are marked
absent only while httpx and httpcore are first imported (both expect and handle the
ImportError), then unmarked, so anything else in the process can still import them.

Every archlint module that needs httpx imports it from here: ``from archlint.registry.http
import httpx``.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING

_SKIPPED = ("httpx._main", "trio")


def _import_httpx() -> ModuleType:
    if "httpx" in sys.modules:
        return sys.modules["httpx"]
    marked = [name for name in _SKIPPED if name not in sys.modules]
    for name in marked:
        sys.modules[name] = None  # type: ignore[assignment]  # "import name" -> ImportError
    try:
        import httpcore  # noqa: F401  # httpx imports it only when a client is made
        import httpx
    finally:
        for name in marked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
    return httpx


if TYPE_CHECKING:
    import httpx
else:
    httpx = _import_httpx()

__all__ = ["httpx"]

"""httpx, imported without the optional modules it would load for nothing.

``import httpx`` also imports httpx's own command line (``httpx._main``: click, rich and
pygments) whenever those happen to be installed, and httpcore imports trio whenever it is
installed; archlint runs httpx on asyncio and never uses either. Together they cost ~50 ms of
every run that reaches the network (measured with ``python -X importtime``). They are marked
absent only while httpx is first imported (both packages expect and handle the ImportError),
then unmarked, so anything else in the process can still import them.

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
        import httpx
    finally:
        for name in marked:
            if sys.modules.get(name) is None:
                del sys.modules[name]
    return httpx


if TYPE_CHECKING:
    import httpx
else:
    httpx = _import_httpx()

__all__ = ["httpx"]

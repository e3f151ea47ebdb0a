"""Where archlint keeps its caches (the registry answers, the compiled rule catalog).

``$ARCHLINT_CACHE_DIR`` if set; else the user cache directory: on Linux and the BSDs the XDG
base-directory rule (``$XDG_CACHE_HOME/archlint``, default ``~/.cache/archlint``), which is
what platformdirs answers there, written out because importing platformdirs costs ~3 ms of
every start; elsewhere (macOS ``~/Library/Caches``, Windows ``%LOCALAPPDATA%``) platformdirs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_cache_dir() -> Path:
    env = os.environ.get("ARCHLINT_CACHE_DIR")
    if env:
        return Path(env)
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        return Path(xdg or os.path.expanduser("~/.cache")) / "archlint"
    import platformdirs

    return Path(platformdirs.user_cache_dir("archlint", appauthor=False))

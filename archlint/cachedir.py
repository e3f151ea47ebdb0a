"""Where archlint keeps its caches (the registry answers, the parsed rule catalog and
offline snapshot), and :func:`cached_pickle` for data parsed once and reused by every run.

``$ARCHLINT_CACHE_DIR`` if set; else the user cache directory: on Linux and the BSDs the XDG
base-directory rule (``$XDG_CACHE_HOME/archlint``, default ``~/.cache/archlint``), which is
what platformdirs answers there, written out because importing platformdirs costs ~3 ms of
every start; elsewhere (macOS ``~/Library/Caches``, Windows ``%LOCALAPPDATA%``) platformdirs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def user_cache_dir() -> Path:
    env = os.environ.get("ARCHLINT_CACHE_DIR")
    if env:
        return Path(env)
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        return Path(xdg or os.path.expanduser("~/.cache")) / "archlint"
    import platformdirs

    return Path(platformdirs.user_cache_dir("archlint", appauthor=False))


def cached_pickle(name: str, key: str, build: Callable[[], T],
                  valid: Callable[[Any], bool] = lambda value: True) -> T:
    """``build()``'s result, kept as ``<cache dir>/<name>`` together with ``key``: a later
    run whose key matches (and whose value passes ``valid``) unpickles it instead of
    building it again. Written atomically; any problem (unwritable directory, a truncated
    or foreign file) falls back to ``build()``, so the cache can only make a run faster."""
    import pickle

    path = user_cache_dir() / name
    try:
        with path.open("rb") as fh:
            stored_key, value = pickle.load(fh)
        if stored_key == key and valid(value):
            return value  # type: ignore[no-any-return]
    except Exception:
        pass
    value = build()
    try:
        import tempfile

        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((key, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return value

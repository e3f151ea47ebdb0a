"""Where archlint keeps its caches (the registry answers, the parsed rule catalog and
offline snapshot), :func:`cached_pickle` for data parsed once and reused by every run, and
:func:`read_marshal` / :func:`write_marshal` for the code the runs compile.

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


def read_marshal(path: str) -> dict[Any, Any]:
    """The dict a run saved with :func:`write_marshal`; empty when there is none yet or the
    file is unreadable (a cache can only make a run faster)."""
    try:
        import marshal

        with open(path, "rb") as fh:
            loaded = marshal.load(fh)
        return loaded if isinstance(loaded, dict) else {}
    except Exception:
        return {}


def write_marshal(path: str, value: dict[Any, Any]) -> bool:
    """Replace ``path`` with ``value`` atomically (a temporary file renamed over it, so a
    concurrent run reads the old or the new file, never half of one); False on any error."""
    try:
        import marshal
        import tempfile

        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".marshal-")
        with os.fdopen(fd, "wb") as fh:
            marshal.dump(value, fh)
        os.replace(tmp, path)
        return True
    except Exception:
        return False

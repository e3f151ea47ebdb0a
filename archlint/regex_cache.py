"""Compiled regular expressions reused from one run to the next (command-line runs only).

``re`` compiles a pattern in pure Python (``re._parser`` and ``re._compiler``) into a list
of opcodes that ``_sre.compile`` turns into a pattern object. archlint's rules use some 160
patterns (tries of architecture spellings, package and flag catalogs); compiling them costs
9-15 ms of a corpus run and 3-5 ms of a one-file start, more than the matching itself.

:func:`install`, called by the entry point, makes ``re`` look a pattern up first in the
opcodes an earlier run compiled (kept in the cache directory, one file per interpreter
build: the opcodes are only valid for the ``_sre`` that produced them) and compile it only
when it is new; :func:`save` keeps what this run compiled. The opcodes are those ``re``
itself would produce, and ``_sre.compile`` validates them, so a pattern behaves the same
however it was obtained. Any problem (an older or newer Python without ``re._compiler``,
an unreadable cache, a failing ``_sre.compile``) falls back to ``re``'s own compile.
"""

from __future__ import annotations

import sys
from typing import Any

# (pattern, flags) -> (flags, opcodes, groups, groupindex, indexgroup): the arguments of
# ``_sre.compile``, the opcodes packed as machine words (one bytes object loads in one copy;
# a list of ints would make the file load create an object per opcode). Loaded by
# install(); entries added by this run are also in _NEW.
_KNOWN: dict[tuple[str | bytes, int], tuple[int, bytes, int, dict[str, int],
                                            tuple[str | None, ...]]] = {}
_NEW: set[tuple[str | bytes, int]] = set()
_USED: set[tuple[str | bytes, int]] = set()
# A pattern may differ from one process to the next (the standard library builds some from
# sets, whose order changes with the hash seed) or come from user input (config globs): past
# _KEEP entries, a save keeps only what its own run used.
_KEEP = 300
_ORIGINAL: Any = None


def _cache_file() -> str:
    import _sre  # type: ignore[import-not-found]

    from archlint import __version__
    from archlint.cachedir import user_cache_dir

    tag = sys.implementation.cache_tag or "python"
    # "2": opcodes packed as bytes (files of the list-of-ints layout are not read)
    return str(user_cache_dir() / f"regex2-{__version__}-{tag}-{_sre.MAGIC}.marshal")


def install() -> None:
    """Route ``re``'s compilation through the cache (idempotent; a no-op where ``re`` has no
    ``_compiler`` module, i.e. before Python 3.11)."""
    global _ORIGINAL
    try:
        import _sre  # type: ignore[import-not-found]
        import re._compiler as compiler  # type: ignore[import-not-found]
        import re._parser as parser  # type: ignore[import-not-found]
    except ImportError:
        return
    if _ORIGINAL is not None:
        return
    from array import array

    typecode = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)
    if typecode is None:
        return
    from archlint.cachedir import read_marshal

    _KNOWN.update(read_marshal(_cache_file()))  # nothing yet, or unreadable: compile
    original = compiler.compile
    debug = int(compiler.SRE_FLAG_DEBUG)

    def compile(p: Any, flags: Any = 0) -> Any:
        if not isinstance(p, (str, bytes)) or flags & debug:
            return original(p, flags)
        key = (p, int(flags))
        hit = _KNOWN.get(key)
        _USED.add(key)
        try:
            if hit is None:
                # what re._compiler.compile does, keeping the arguments of _sre.compile
                parsed = parser.parse(p, flags)
                code = array(typecode, compiler._code(parsed, flags)).tobytes()
                groupindex = dict(parsed.state.groupdict)
                indexgroup: list[str | None] = [None] * parsed.state.groups
                for name, i in groupindex.items():
                    indexgroup[i] = name
                hit = (int(flags | parsed.state.flags), code, parsed.state.groups - 1,
                       groupindex, tuple(indexgroup))
                _KNOWN[key] = hit
                _NEW.add(key)
            opcodes = array(typecode)
            opcodes.frombytes(hit[1])
            return _sre.compile(p, hit[0], opcodes.tolist(), *hit[2:])
        except Exception:
            _KNOWN.pop(key, None)
            _NEW.discard(key)
            return original(p, flags)

    _ORIGINAL = original
    compiler.compile = compile


def uninstall() -> None:
    """Give ``re`` its own compile back (tests)."""
    global _ORIGINAL
    if _ORIGINAL is None:
        return
    import re._compiler as compiler  # type: ignore[import-not-found]

    compiler.compile = _ORIGINAL
    _ORIGINAL = None


def save() -> None:
    """Keep what this run compiled for the next runs (atomic; errors are ignored). What the
    file holds now is kept too: runs that started together (pre-commit's parallel batches,
    two selections of rules) each add their own patterns instead of replacing the other's."""
    if not _NEW:
        return
    from archlint.cachedir import read_marshal, write_marshal

    path = _cache_file()
    known = {**read_marshal(path), **_KNOWN}
    keep = known if len(known) <= _KEEP else {k: v for k, v in known.items() if k in _USED}
    if write_marshal(path, keep):
        _NEW.clear()

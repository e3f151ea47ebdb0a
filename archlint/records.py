"""``@record``: a dataclass whose ``__eq__``, ``__repr__`` and (frozen) ``__hash__`` are shared
functions instead of methods generated and compiled for each class.

``dataclasses`` writes the source of every generated method and compiles it with ``exec``
(about 0.1 ms each on Python 3.11). archlint defines some 60 record types, so every start
spent ~12 ms compiling ``__eq__`` and ``__repr__`` methods a check almost never calls.
``record`` keeps everything else of ``dataclass`` (``__init__``, frozen ``__setattr__``,
slots, ``fields()``, ``replace()``, pickling) and gives the same behaviour:

- ``a == b``: same class and equal ``compare`` fields (compared as tuples, like dataclasses);
- ``repr(a)``: ``Name(field=value, ...)`` over the ``repr`` fields;
- frozen records hash their ``hash`` (default: ``compare``) fields; mutable ones are
  unhashable, as a dataclass with ``eq=True`` is;
- ``order=True``: ``<``, ``<=``, ``>``, ``>=`` compare the ``compare`` fields as tuples.

What ``dataclass`` still generates (``__init__``, a frozen record's ``__setattr__``) it
writes as source and compiles, ~0.15 ms per method, ~10 ms of every start. ``record`` hands
it a stand-in for ``exec`` that takes the compiled code from the cache directory when the
same source was compiled by an earlier run (:func:`save_compiled`, called by the entry
point): the same text gives the same code object, so behaviour is unchanged. A record
without a docstring gets a one-line one, which spares ``dataclass`` rendering its
signature with ``inspect`` for ``__doc__``.
"""

from __future__ import annotations

import _thread
import dataclasses
import operator
import reprlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from types import CodeType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:  # typing has it from Python 3.11 only; it matters to type checkers alone

    def dataclass_transform(**_kwargs: Any) -> Callable[[T], T]:
        return lambda f: f

T = TypeVar("T")

_KEYS: dict[type, tuple[Callable[[Any], tuple[Any, ...]], Callable[[Any], tuple[Any, ...]],
                        tuple[str, ...]]] = {}


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)  # type: ignore[return-value]


def _keys(cls: type) -> tuple[Callable[[Any], tuple[Any, ...]],
                              Callable[[Any], tuple[Any, ...]], tuple[str, ...]]:
    hit = _KEYS.get(cls)
    if hit is None:
        fs = fields(cls)  # type: ignore[arg-type]
        compared = tuple(f.name for f in fs if f.compare)
        hashed = tuple(f.name for f in fs if (f.compare if f.hash is None else f.hash))
        shown = tuple(f.name for f in fs if f.repr)
        hit = _KEYS[cls] = (_getter(compared), _getter(hashed), shown)
    return hit


def _eq(self: Any, other: Any) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    compared = _keys(self.__class__)[0]
    return compared(self) == compared(other)


def _hash(self: Any) -> int:
    return hash(_keys(self.__class__)[1](self))


def _ordering(op: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    def compare(self: Any, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        compared = _keys(self.__class__)[0]
        return op(compared(self), compared(other))

    return compare


_ORDER = {"__lt__": _ordering(operator.lt), "__le__": _ordering(operator.le),
          "__gt__": _ordering(operator.gt), "__ge__": _ordering(operator.ge)}


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    shown = _keys(self.__class__)[2]
    inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
    return f"{self.__class__.__qualname__}({inner})"


# source text -> code compiled by an earlier run (loaded on first use) and by this one
_COMPILED: dict[str, CodeType] | None = None
_NEW: dict[str, CodeType] = {}
_LOCK = _thread.allocate_lock()


def _cache_file() -> str:
    from importlib.util import MAGIC_NUMBER  # marshal'ed code is tied to the bytecode

    from archlint import __version__
    from archlint.cachedir import user_cache_dir

    return str(user_cache_dir() / f"records-{__version__}-{MAGIC_NUMBER.hex()}.marshal")


def _compiled() -> dict[str, CodeType]:
    global _COMPILED
    if _COMPILED is None:
        from archlint.cachedir import read_marshal

        _COMPILED = read_marshal(_cache_file())  # empty: compile as usual
    return _COMPILED


def _exec(source: str, globals: dict[str, Any] | None = None,
          locals: dict[str, Any] | None = None) -> None:
    """``exec`` for ``dataclasses``: the code of a source compiled before is reused."""
    code = _compiled().get(source)
    if code is None:
        code = _NEW[source] = compile(source, "<string>", "exec")
    exec(code, globals, locals)


def save_compiled() -> None:
    """Keep the code this run compiled for the next runs (atomic; errors are ignored), with
    what the file holds now: a run that started at the same time may have added its own."""
    if not _NEW:
        return
    from archlint.cachedir import read_marshal, write_marshal

    path = _cache_file()
    if write_marshal(path, {**read_marshal(path), **_compiled(), **_NEW}):
        _NEW.clear()


@dataclass_transform(field_specifiers=(field,))
def record(*, frozen: bool = False, slots: bool = False,
           order: bool = False) -> Callable[[type[T]], type[T]]:
    """``@record(frozen=True, slots=True)``: as ``@dataclass(...)``, see the module doc."""

    def wrap(cls: type[T]) -> type[T]:
        if not cls.__doc__:
            cls.__doc__ = f"The {cls.__name__} record."
        # dataclasses looks ``exec`` up in its module globals before the builtins; the lock
        # keeps two threads defining records from removing each other's stand-in
        with _LOCK:
            dataclasses.exec = _exec  # type: ignore[attr-defined]
            try:
                new = dataclass(cls, repr=False, eq=False, frozen=frozen, slots=slots)
            finally:
                del dataclasses.exec  # type: ignore[attr-defined]
        setattr(new, "__eq__", _eq)  # noqa: B010  (mypy: no assignment to a method)
        setattr(new, "__repr__", _repr)  # noqa: B010
        setattr(new, "__hash__", _hash if frozen else None)  # noqa: B010  as dataclass(eq=True)
        if order:
            for name, fn in _ORDER.items():
                setattr(new, name, fn)
        return new  # type: ignore[no-any-return]

    return wrap

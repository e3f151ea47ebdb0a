"""The rule catalog: ``rules/*.toml``, one file per rule, the single source of rule metadata.

The engine, ``archlint rule``, the README table, SARIF ``rules[]`` and the example tests
all read it through :func:`load_catalog`. Check functions are imported lazily.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import field
from functools import cache
from pathlib import Path
from typing import Any

from archlint.findings import Severity
from archlint.records import record


def _tomllib() -> Any:
    """tomllib, imported on first use (2 ms off the start path: TOML is read only on a
    catalog-cache miss, a config file or a TOML data table)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


RULE_ID = re.compile(r"^AL\d{3}$")
RULE_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
DOCS_URL = "https://github.com/archlint/archlint/blob/main/rules/{id}.toml"

FAMILIES = {
    "0": "Parse and meta",
    "1": "Base images and registries",
    "2": "Platform arguments and toolchains",
    "3": "Downloaded or copied artifacts",
    "4": "JVM, compiler flags and paths",
    "5": "Dockerfile correctness",
}


@record(frozen=True, slots=True)
class Example:
    kind: str  # "bad" | "good"
    dockerfile: str
    lines: tuple[int, ...] = ()  # bad examples: the lines the rule must fire on (all of them)
    platforms: tuple[str, ...] = ()  # empty: the default platforms
    build_args: tuple[tuple[str, str], ...] = ()
    config: tuple[tuple[str, Any], ...] = ()  # extra options for the run (e.g. target)
    title: str = ""


@record(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    severity: Severity
    summary: str
    why: str
    fix: str
    check: str  # "module:function"; "" for rules the engine emits itself (AL001)
    tags: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    buildkit: str = ""  # BuildKit build-check name with the same meaning (``# check=skip=``)
    needs_registry: bool = False
    examples: tuple[Example, ...] = field(default=())
    path: str = ""

    @property
    def url(self) -> str:
        return DOCS_URL.format(id=self.id, name=self.name)

    @property
    def family(self) -> str:
        return FAMILIES.get(self.id[2], "Other")

    def load_check(self) -> Callable[..., Iterable[Any]] | None:
        if not self.check:
            return None
        fn = _CHECKS.get(self.check)
        if fn is None:
            module, _, func = self.check.partition(":")
            fn = _CHECKS[self.check] = getattr(importlib.import_module(module), func)
        return fn


# "module:function" -> the check function: run_rules asks once per rule and file (11 000
# import_module calls on the 680-file corpus otherwise).
_CHECKS: dict[str, Callable[..., Iterable[Any]]] = {}


class CatalogError(Exception):
    pass


def rules_dir() -> Path:
    """``rules/`` of a source checkout, else the copy shipped inside the wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_rules", here.parent / "rules"):
        if candidate.is_dir() and any(candidate.glob("AL*.toml")):
            return candidate
    raise CatalogError(f"rule catalog not found next to {here}")


def _tuple(value: Any) -> tuple[Any, ...]:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return (value,)


def _rule_from_toml(path: Path) -> Rule:
    tomllib = _tomllib()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"{path}: {exc}") from exc
    try:
        examples = tuple(
            Example(
                kind=ex["kind"],
                dockerfile=ex["dockerfile"],
                lines=_tuple(ex.get("lines")),
                platforms=_tuple(ex.get("platforms")),
                build_args=tuple(sorted((ex.get("build_args") or {}).items())),
                config=tuple(sorted((ex.get("config") or {}).items())),
                title=ex.get("title", ""),
            )
            for ex in data.get("examples", [])
        )
        return Rule(
            id=data["id"],
            name=data["name"],
            severity=Severity.parse(data["severity"]),
            summary=data["summary"].strip(),
            why=data["why"].strip(),
            fix=data["fix"].strip(),
            check=data.get("check", ""),
            tags=_tuple(data.get("tags")),
            references=_tuple(data.get("references")),
            buildkit=data.get("buildkit", ""),
            needs_registry=bool(data.get("needs_registry", False)),
            examples=examples,
            path=str(path),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CatalogError(f"{path}: invalid rule file: {exc}") from exc


@record()
class Catalog:
    rules: list[Rule]
    _by_key: dict[str, Rule] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for r in self.rules:
            self._by_key[r.id.upper()] = r
            self._by_key[r.name.lower()] = r

    def get(self, key: str) -> Rule | None:
        """A rule by id (``AL204``, any case) or by name (``hardcoded-go-target``)."""
        k = key.strip()
        return self._by_key.get(k.upper()) or self._by_key.get(k.lower())

    def resolve_selector(self, key: str) -> list[Rule]:
        """A selector: an id, a name, an id prefix (``AL2``, ``AL30``) or ``ALL``."""
        k = key.strip()
        if not k:
            return []
        if k.upper() == "ALL":
            return list(self.rules)
        rule = self.get(k)
        if rule:
            return [rule]
        if re.fullmatch(r"AL\d{0,2}", k.upper()):
            return [r for r in self.rules if r.id.startswith(k.upper())]
        raise KeyError(k)

    def by_buildkit_name(self, name: str) -> Rule | None:
        low = name.strip().lower()
        for r in self.rules:
            if r.buildkit and r.buildkit.lower() == low:
                return r
        return None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)


def _cache_key(base: Path, files: list[Path]) -> tuple[str, str] | None:
    """Where the parsed catalog is kept between runs, and the key it must match: archlint's
    version and each rule file's path, size and mtime, so an edited rule file is read again.
    (No hashing: hashlib's OpenSSL load alone costs more than the pickle.)"""

    from archlint import __version__

    parts = [__version__, str(base)]
    try:
        for p in files:
            st = p.stat()
            parts.append(f"{p.name}:{st.st_size}:{st.st_mtime_ns}")
    except OSError:
        return None
    import zlib  # a checksum of the rules directory: two checkouts do not evict each other

    where = zlib.crc32(str(base).encode())
    return f"catalog-{__version__}-{where:08x}.pickle", "\n".join(parts)


@cache
def load_catalog(directory: str | None = None) -> Catalog:
    """All rules, sorted by id. Parsing 20-odd TOML files costs ~25 ms, a pickle ~1 ms: the
    parsed catalog is cached on disk (written atomically; any problem falls back to TOML)."""
    base = Path(directory) if directory else rules_dir()
    files = sorted(base.glob("AL*.toml"))
    keyed = _cache_key(base, files)
    if keyed is None:
        return Catalog([_rule_from_toml(p) for p in files])
    from archlint.cachedir import cached_pickle

    rules = cached_pickle(keyed[0], keyed[1], lambda: [_rule_from_toml(p) for p in files],
                          lambda value: all(isinstance(r, Rule) for r in value))
    return Catalog(rules)

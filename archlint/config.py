"""Configuration: ``[tool.archlint]`` in ``pyproject.toml`` or ``.archlint.toml``.

Found by walking up from the checked file's directory (the first file that has archlint
settings wins); ``--config FILE`` overrides. Validated with pydantic (imported only when a
config file is actually found): an unknown key or a wrong type is a one-line
:class:`ConfigError` naming the file and the key.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import field
from pathlib import Path
from typing import Any

from archlint.records import record


def _tomllib() -> Any:
    """tomllib, imported on first use (2 ms off the start path: TOML is read only on a
    catalog-cache miss, a config file or a TOML data table)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


CONFIG_NAMES = (".archlint.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration problem; the message is one line naming the file and key."""


@record(slots=True)
class Config:
    """Validated settings (all optional). Kebab-case keys in TOML, snake_case here."""

    path: str | None = None  # the file it came from
    platforms: list[str] | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    per_file_platforms: dict[str, list[str]] = field(default_factory=dict)
    build_args: dict[str, str] = field(default_factory=dict)
    fail_on: str | None = None
    target: str | None = None
    exclude: list[str] = field(default_factory=list)
    # registry
    offline: bool | None = None
    registry_mirrors: list[str] = field(default_factory=list)
    insecure_registries: list[str] = field(default_factory=list)
    jobs: int | None = None
    timeout: float | None = None
    tag_ttl: float | None = None

    @property
    def root(self) -> Path | None:
        return Path(self.path).parent if self.path else None


def _model() -> Any:
    """The pydantic model, built on first use (keeps pydantic off the start-up path)."""
    from typing import Literal

    from pydantic import BaseModel, ConfigDict, Field

    class ArchlintSettings(BaseModel):
        model_config = ConfigDict(extra="forbid", populate_by_name=True, strict=True)

        platforms: list[str] | None = None
        select: list[str] | None = None
        extend_select: list[str] = Field(default_factory=list, alias="extend-select")
        ignore: list[str] = Field(default_factory=list)
        severity: dict[str, Literal["error", "warning", "info", "off"]] = Field(
            default_factory=dict
        )
        per_file_ignores: dict[str, list[str]] = Field(
            default_factory=dict, alias="per-file-ignores"
        )
        per_file_platforms: dict[str, list[str]] = Field(
            default_factory=dict, alias="per-file-platforms"
        )
        build_args: dict[str, str] = Field(default_factory=dict, alias="build-args")
        fail_on: Literal["error", "warning", "info", "never"] | None = Field(
            default=None, alias="fail-on"
        )
        target: str | None = None
        exclude: list[str] = Field(default_factory=list)
        offline: bool | None = None
        registry_mirrors: list[str] = Field(default_factory=list, alias="registry-mirrors")
        insecure_registries: list[str] = Field(default_factory=list, alias="insecure-registries")
        jobs: int | None = Field(default=None, ge=1, le=256)
        timeout: float | None = Field(default=None, gt=0)
        tag_ttl: float | None = Field(default=None, ge=0, alias="tag-ttl")

    return ArchlintSettings


KNOWN_KEYS = (
    "platforms",
    "select",
    "extend-select",
    "ignore",
    "severity",
    "per-file-ignores",
    "per-file-platforms",
    "build-args",
    "fail-on",
    "target",
    "exclude",
    "offline",
    "registry-mirrors",
    "insecure-registries",
    "jobs",
    "timeout",
    "tag-ttl",
)


def _read_toml(path: Path) -> dict[str, Any]:
    tomllib = _tomllib()
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _section(path: Path, data: dict[str, Any]) -> dict[str, Any] | None:
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        if not isinstance(tool, dict) or "archlint" not in tool:
            return None
        section = tool["archlint"]
        prefix = "tool.archlint"
    else:
        section = data.get("tool", {}).get("archlint", data) if "tool" in data else data
        prefix = ""
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: {prefix or 'archlint'}: expected a table")
    return section


def validate(section: dict[str, Any], path: Path, prefix: str = "") -> Config:
    from pydantic import ValidationError

    try:
        model = _model().model_validate(section)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        key = ".".join(p for p in (prefix, loc) if p)
        if err["type"] == "extra_forbidden":
            guess = difflib.get_close_matches(str(err["loc"][0]), KNOWN_KEYS, n=1)
            hint = f" (did you mean {guess[0]!r}?)" if guess else ""
            raise ConfigError(f"{path}: {key}: unknown key{hint}") from None
        raise ConfigError(f"{path}: {key}: {err['msg']}") from None
    return Config(
        path=str(path),
        platforms=model.platforms,
        select=model.select,
        extend_select=model.extend_select,
        ignore=model.ignore,
        severity=dict(model.severity),
        per_file_ignores=dict(model.per_file_ignores),
        per_file_platforms=dict(model.per_file_platforms),
        build_args=dict(model.build_args),
        fail_on=model.fail_on,
        target=model.target,
        exclude=model.exclude,
        offline=model.offline,
        registry_mirrors=model.registry_mirrors,
        insecure_registries=model.insecure_registries,
        jobs=model.jobs,
        timeout=model.timeout,
        tag_ttl=model.tag_ttl,
    )


def load_config_file(path: Path) -> Config:
    """Load an explicitly named config file (``--config``)."""
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    data = _read_toml(path)
    section = _section(path, data)
    if section is None:
        return Config(path=str(path))
    prefix = "tool.archlint" if path.name == "pyproject.toml" or "tool" in data else ""
    return validate(section, path, prefix)


class ConfigFinder:
    """Finds the configuration for a file by walking up; caches per directory."""

    def __init__(self, explicit: Path | None = None) -> None:
        self._explicit = load_config_file(explicit) if explicit else None
        self._by_dir: dict[Path, Config] = {}

    def for_file(self, file: Path | None) -> Config:
        if self._explicit is not None:
            return self._explicit
        start = (file.parent if file is not None else Path.cwd()).resolve()
        return self._for_dir(start)

    def _for_dir(self, directory: Path) -> Config:
        cached = self._by_dir.get(directory)
        if cached is not None:
            return cached
        found: Config | None = None
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                data = _read_toml(candidate)
                section = _section(candidate, data)
                if section is not None:
                    prefix = "tool.archlint" if name == "pyproject.toml" or "tool" in data else ""
                    found = validate(section, candidate, prefix)
                    break
        if found is None:
            parent = directory.parent
            found = self._for_dir(parent) if parent != directory else Config()
        self._by_dir[directory] = found
        return found

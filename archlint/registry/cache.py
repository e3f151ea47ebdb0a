"""On-disk cache of registry answers: SQLite in the user's cache directory.

- ``content``: verified manifest and config bodies keyed by their sha256 digest; immutable,
  never expire (a body is re-hashed when read, so a damaged row is simply a miss).
- ``tags``: ``repository:tag`` -> digest with the time it was last confirmed; trusted for
  the tag TTL, then revalidated with a HEAD.

A run's new answers are written together in one transaction (``flush``, also on ``close``).

Safe for several processes at once and for processes killed mid-write: WAL journal, every
write one short ``BEGIN IMMEDIATE`` transaction, a busy timeout, and a database that cannot
be opened is moved aside and recreated (a cache is never worth failing a lint run for).
Credentials and tokens are never stored.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

from archlint.records import record

SCHEMA_VERSION = 1
DB_NAME = "registry-v1.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS content (
    digest TEXT PRIMARY KEY, media_type TEXT NOT NULL, body BLOB NOT NULL, stored_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS tags (
    ref TEXT PRIMARY KEY, digest TEXT NOT NULL, media_type TEXT NOT NULL,
    checked_at REAL NOT NULL
);
"""


def default_cache_dir() -> Path:
    """``$ARCHLINT_CACHE_DIR``, else the user cache dir for archlint (archlint.cachedir)."""
    from archlint.cachedir import user_cache_dir

    return user_cache_dir()


def resolve_cache_dir(configured: str | None) -> Path:
    env = os.environ.get("ARCHLINT_CACHE_DIR")
    if env:
        return Path(env)
    return Path(configured) if configured else default_cache_dir()


@record(slots=True)
class TagEntry:
    digest: str
    media_type: str
    checked_at: float


class Cache:
    """One connection per process; every method is a short transaction."""

    def __init__(self, directory: Path | str, *, read_only: bool = False) -> None:
        self.directory = Path(directory)
        self.path = self.directory / DB_NAME
        self.read_only = read_only
        self.disabled_reason: str | None = None
        self._db: sqlite3.Connection | None = None
        self._pending_content: dict[str, tuple[str, str, bytes, float]] = {}
        self._pending_tags: dict[str, tuple[str, str, str, float]] = {}
        self._open()

    # -- opening ---------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), timeout=30.0, isolation_level=None)
        db.execute("PRAGMA busy_timeout = 30000")
        db.execute("PRAGMA synchronous = NORMAL")
        # Reading user_version also reads the header, so a corrupt file fails here. A cache
        # already set up (WAL mode is stored in the file) needs nothing else: that is one
        # read instead of four writes on every start.
        (version,) = db.execute("PRAGMA user_version").fetchone()
        if version != SCHEMA_VERSION:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()
            if not mode or str(mode[0]).lower() != "wal":
                db.execute("PRAGMA journal_mode = DELETE")
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("SELECT count(*) FROM content").fetchone()
        return db

    def _open(self) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.disabled_reason = f"cache directory not usable: {exc.strerror or exc}"
            return
        for attempt in range(2):
            try:
                self._db = self._connect()
                return
            except sqlite3.DatabaseError as exc:
                if attempt == 0 and _is_corrupt(exc):
                    self._quarantine()
                    continue
                self.disabled_reason = f"cache not usable: {exc}"
                self._db = None
                return

    def _quarantine(self) -> None:
        stamp = f"{os.getpid()}-{int(time.time())}"
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(self.path) + suffix)
            with contextlib.suppress(OSError):
                src.rename(src.with_name(src.name + f".corrupt-{stamp}"))

    @property
    def usable(self) -> bool:
        return self._db is not None

    def close(self) -> None:
        self.flush()
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    # -- access ----------------------------------------------------------------------------
    def _read(self, sql: str, args: tuple[object, ...]) -> tuple[object, ...] | None:
        if self._db is None:
            return None
        try:
            row = self._db.execute(sql, args).fetchone()
        except sqlite3.Error:
            return None
        return tuple(row) if row else None

    def get_content(self, digest: str) -> tuple[bytes, str] | None:
        pending = self._pending_content.get(digest)
        if pending is not None:
            return pending[2], pending[1]
        row = self._read("SELECT body, media_type FROM content WHERE digest = ?", (digest,))
        if not row:
            return None
        body = bytes(row[0])  # type: ignore[call-overload]  # sqlite3 BLOB: bytes
        import hashlib  # not on the start path (4 ms): only content reads verify

        algo, _, hexd = digest.partition(":")
        if algo != "sha256" or hashlib.sha256(body).hexdigest() != hexd:
            return None
        return body, str(row[1])

    def put_content(self, digest: str, body: bytes, media_type: str) -> None:
        import hashlib

        if "sha256:" + hashlib.sha256(body).hexdigest() != digest:
            return  # only verified content is ever stored
        self._pending_content[digest] = (digest, media_type, body, time.time())

    def get_tag(self, ref: str) -> TagEntry | None:
        pending = self._pending_tags.get(ref)
        if pending is not None:
            return TagEntry(pending[1], pending[2], pending[3])
        row = self._read("SELECT digest, media_type, checked_at FROM tags WHERE ref = ?", (ref,))
        if not row:
            return None
        return TagEntry(str(row[0]), str(row[1]), float(row[2]))  # type: ignore[arg-type]

    def put_tag(self, ref: str, digest: str, media_type: str) -> None:
        self._pending_tags[ref] = (ref, digest, media_type, time.time())

    def flush(self) -> None:
        """Write what the run learned in one short transaction (the event loop is not
        blocked by one commit per answer; a killed run only loses its own answers)."""
        if not (self._pending_content or self._pending_tags):
            return
        content, tags = list(self._pending_content.values()), list(self._pending_tags.values())
        self._pending_content.clear()
        self._pending_tags.clear()
        if self._db is None or self.read_only:
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO content (digest, media_type, body, stored_at) "
                    "VALUES (?, ?, ?, ?)", content)
                self._db.executemany(
                    "INSERT OR REPLACE INTO tags (ref, digest, media_type, checked_at) "
                    "VALUES (?, ?, ?, ?)", tags)
                self._db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error:
            pass  # a busy or broken cache only costs a later re-fetch

    # -- maintenance -----------------------------------------------------------------------
    def info(self) -> dict[str, object]:
        out: dict[str, object] = {"path": str(self.path), "exists": self.path.exists()}
        if self._db is None:
            out["error"] = self.disabled_reason
            return out
        tags = self._read("SELECT count(*) FROM tags", ())
        content = self._read("SELECT count(*), coalesce(sum(length(body)), 0) FROM content", ())
        out["tags"] = int(tags[0]) if tags else 0  # type: ignore[call-overload]
        out["documents"] = int(content[0]) if content else 0  # type: ignore[call-overload]
        out["content_bytes"] = int(content[1]) if content else 0  # type: ignore[call-overload]
        size = 0
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                size += Path(str(self.path) + suffix).stat().st_size
        out["file_bytes"] = size
        return out

    def clear(self) -> int:
        """Delete every entry; returns how many rows went."""
        if self._db is None:
            return 0
        try:
            self._db.execute("BEGIN IMMEDIATE")
            n = self._db.execute("DELETE FROM tags").rowcount
            n += self._db.execute("DELETE FROM content").rowcount
            self._db.execute("COMMIT")
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("VACUUM")
            return n
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            return 0


def _is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text

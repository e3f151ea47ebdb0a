"""Put the stand-in ``docker`` first on PATH for a test and read what it recorded."""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "docker.py"


@dataclass
class FakeDocker:
    bin_dir: Path
    log: Path

    @classmethod
    def install(cls, tmp_path: Path) -> FakeDocker:
        bin_dir = tmp_path / "fake-bin"
        bin_dir.mkdir()
        wrapper = bin_dir / "docker"
        # exec: the wrapper's pid becomes the stand-in's, so signals reach it directly.
        wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{SCRIPT}" "$@"\n')
        wrapper.chmod(0o755)
        return cls(bin_dir=bin_dir, log=tmp_path / "docker-calls.jsonl")

    def env(self, **settings: str) -> dict[str, str]:
        """Environment for a run: the stand-in first on PATH, plus FAKE_DOCKER_* settings."""
        env = {
            "PATH": f"{self.bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
            "FAKE_DOCKER_LOG": str(self.log),
        }
        env.pop("ARCHLINT_DOCKER", None)
        env.update({f"FAKE_DOCKER_{k.upper()}": v for k, v in settings.items()})
        return env

    def records(self) -> list[dict[str, object]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines() if line]

    def calls(self) -> list[list[str]]:
        return [r["argv"] for r in self.records() if "argv" in r]  # type: ignore[misc]

    def events(self) -> list[dict[str, object]]:
        return [r for r in self.records() if "event" in r]

    def wait_for_event(self, name: str, timeout: float = 20.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if any(e.get("event") == name for e in self.events()):
                return True
            time.sleep(0.02)
        return False

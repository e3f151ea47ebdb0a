"""Run the build: output streamed, buildx's exit code returned, signals forwarded.

The child inherits archlint's stdin, stdout and stderr, so buildx's progress display works
as if the user had typed the command (it sees the same terminal, and prints as it goes).

Signals: SIGTERM and SIGHUP are always forwarded to the child. SIGINT is forwarded unless it
came from the terminal: when archlint is in the terminal's foreground process group, Ctrl-C
already reaches the child (same process group), and a second copy would count as a second
Ctrl-C for the docker CLI (which forces exit after three). When archlint is not in the
foreground (CI runners, ``kill -INT``, no terminal at all) the child would not get it
otherwise. archlint itself keeps waiting and returns the child's exit code; a child killed
by signal N gives 128+N, as shells report it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from collections.abc import Sequence
from types import FrameType

_FORWARDED = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def terminal_delivers_sigint() -> bool:
    """True when Ctrl-C on the controlling terminal signals archlint's process group."""
    try:
        fd = os.open("/dev/tty", os.O_RDONLY | os.O_NOCTTY)
    except OSError:
        return False  # no controlling terminal
    try:
        return os.tcgetpgrp(fd) == os.getpgrp()
    except OSError:
        return False
    finally:
        os.close(fd)


def exit_status(returncode: int) -> int:
    """Popen's return code as a process exit code (negative N: killed by signal N)."""
    return 128 - returncode if returncode < 0 else returncode


def run_streamed(argv: Sequence[str], *, env: dict[str, str] | None = None) -> int:
    """Run ``argv`` in the foreground of archlint; return its exit status.

    Raises ``FileNotFoundError``/``PermissionError`` if the program cannot be started.
    """
    proc: subprocess.Popen[bytes] | None = None
    pending: list[int] = []

    def forward(signum: int, frame: FrameType | None) -> None:
        if signum == signal.SIGINT and terminal_delivers_sigint():
            return  # the child got this Ctrl-C from the terminal already
        if proc is None:
            pending.append(signum)  # arrived while spawning: forwarded right after
            return
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):  # exited in between
                proc.send_signal(signum)

    previous = {sig: signal.signal(sig, forward) for sig in _FORWARDED}
    try:
        proc = subprocess.Popen(list(argv), env=env)
        for signum in pending:
            proc.send_signal(signum)
        while True:
            try:
                return exit_status(proc.wait())
            except InterruptedError:  # pragma: no cover - PEP 475 retries already
                continue
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

"""Run the build: output streamed, buildx's exit code returned, signals forwarded.

The child inherits archlint's stdin, stdout and stderr, so buildx's progress display works
as if the user had typed the command (it sees the same terminal, and prints as it goes).

Signals: SIGTERM and SIGHUP are always forwarded to the child. SIGINT is forwarded unless it
came from the terminal: Ctrl-C signals the terminal's whole foreground process group, the
child included, and a second copy would count as a second Ctrl-C for the docker CLI (which
forces exit after three). While the child runs, archlint blocks these signals and takes
them with ``sigtimedwait``, which says where each came from: the kernel's tty driver
(``SI_KERNEL``: Ctrl-C, not forwarded) or a process (``kill``, a CI runner cancelling the
job: forwarded). Where ``sigtimedwait`` does not exist (macOS), or in the instant before
the child starts, a handler decides instead by whether archlint is in its terminal's
foreground process group. archlint keeps waiting and returns the child's exit status; a
child killed by signal N gives 128+N, as shells report it.
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


SI_KERNEL = 0x80  # Linux si_code of signals sent by the kernel (tty Ctrl-C is one)


def _send(proc: subprocess.Popen[bytes] | None, signum: int) -> None:
    if proc is not None and proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):  # exited in between
            proc.send_signal(signum)


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
        _send(proc, signum)

    previous = {sig: signal.signal(sig, forward) for sig in _FORWARDED}
    waitable = hasattr(signal, "sigtimedwait") and hasattr(signal, "SIGCHLD")
    watched = {*_FORWARDED, signal.SIGCHLD} if waitable else set()
    blocked = False
    try:
        proc = subprocess.Popen(list(argv), env=env)
        for signum in pending:
            _send(proc, signum)
        if waitable:
            # Blocked only now: the child was forked with them unblocked.
            signal.pthread_sigmask(signal.SIG_BLOCK, watched)
            blocked = True
        while True:
            code = proc.poll()
            if code is not None:
                return exit_status(code)
            if not waitable:
                return exit_status(proc.wait())
            info = signal.sigtimedwait(watched, 0.5)
            if info is None or info.si_signo == signal.SIGCHLD:
                continue
            if info.si_signo == signal.SIGINT and info.si_code == SI_KERNEL:
                continue  # Ctrl-C: the terminal signalled the child as well
            _send(proc, info.si_signo)
    finally:
        if blocked:
            # Anything still pending is delivered to ``forward`` now (the child is gone).
            signal.pthread_sigmask(signal.SIG_UNBLOCK, watched)
        for sig, handler in previous.items():
            signal.signal(sig, handler)

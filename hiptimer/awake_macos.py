"""Keeping the screen awake on macOS, through ``caffeinate``.

macOS keeps the display on for as long as some process holds a power
assertion. ``caffeinate -d -w PID`` (in ``/usr/bin`` on every Mac) holds one
that keeps the display from sleeping, and with it the Mac from idle sleep,
until it is stopped or process PID ends. ``CaffeinateAwake`` starts one,
watching hiptimer's own PID, when a run starts or resumes, and stops it when
the run pauses or ends and when hiptimer quits. Because of ``-w``, even a
hiptimer that crashes or is killed leaves no ``caffeinate`` behind: it exits
with us. (An IOKit assertion through ``ctypes`` would do the same in-process,
with more to get wrong; a child process says plainly what it does.)

Nothing here waits on the GUI thread: ``caffeinate`` is started with
``Popen`` and stopped with ``terminate``, and a small daemon thread per
process waits for it to end (which also reaps it). Only ``close``, on quit,
waits for it, at most ``QUIT_WAIT_S``. A ``caffeinate`` that is missing,
cannot start or ends by itself during a run is logged once as a warning and
kept in ``notice``; ``on_notice`` hears it too, from the GUI thread or, for
one that ended by itself, from its watching thread. This module imports no Qt.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import threading
from collections.abc import Callable
from functools import partial
from typing import Protocol

from hiptimer.i18n import QT_TRANSLATE_NOOP, translate

logger = logging.getLogger(__name__)

# What the runner is told, translated where it is told (``_tell``); the
# program's name and folder stay as they are.
MISSING = QT_TRANSLATE_NOOP(
    "awake_macos",
    "{program} was not found (it is in {folder} on macOS); the screen may go dark during a run")
NOT_STARTED = QT_TRANSLATE_NOOP(
    "awake_macos",
    "{program} could not be started ({detail}); the screen may go dark during a run")
ENDED = QT_TRANSLATE_NOOP(
    "awake_macos",
    "{program} stopped by itself (exit status {status}); the screen may go dark until the run "
    "is paused and resumed")

#: The longest ``close`` waits for a stopped ``caffeinate`` to go before killing it.
QUIT_WAIT_S = 0.2

#: Where ``caffeinate`` is looked for before ``PATH``: macOS ships it there.
SYSTEM_BIN = "/usr/bin"


class Process(Protocol):
    """The part of ``subprocess.Popen`` used here."""

    @property
    def pid(self) -> int:
        """The child's process id."""

    def poll(self) -> int | None:
        """Return the exit status if the child has ended, else None."""

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the child to end (``TimeoutExpired`` after ``timeout``)."""

    def terminate(self) -> None:
        """Ask the child to end (SIGTERM)."""

    def kill(self) -> None:
        """End the child (SIGKILL)."""


Popen = Callable[..., Process]


def watch_in_thread(watch: Callable[[], None]) -> None:
    """Run ``watch`` (which waits for a process to end) on a daemon thread."""
    threading.Thread(target=watch, name="caffeinate-watch", daemon=True).start()


class CaffeinateAwake:
    """Hold the display on with a ``caffeinate`` child while inhibited.

    ``inhibit`` and ``uninhibit`` are idempotent and never raise. Each
    inhibit after an uninhibit starts a fresh ``caffeinate``.
    """

    def __init__(
        self,
        popen: Popen = subprocess.Popen,
        pid: int | None = None,
        search_path: str | None = None,
        on_notice: Callable[[str], None] | None = None,
        watch: Callable[[Callable[[], None]], None] = watch_in_thread,
    ) -> None:
        """Prepare; nothing is started before the first ``inhibit``.

        ``pid`` is the process ``caffeinate`` ends with (ours by default);
        ``search_path`` where it is looked for (``/usr/bin``,
        then ``PATH``); ``watch`` runs a process's watcher (a daemon thread;
        tests run it by hand).
        """
        self._popen = popen
        self._pid = os.getpid() if pid is None else pid
        self._search_path = search_path
        self._on_notice = on_notice
        self._watch = watch
        self._lock = threading.Lock()
        self._process: Process | None = None  # the caffeinate holding the display
        self._stopped: list[Process] = []  # told to end, perhaps not gone yet
        self.notice: str | None = None  # the latest trouble, if any
        self._told: set[str] = set()

    @property
    def active(self) -> bool:
        """Whether a ``caffeinate`` started by us is holding the display."""
        with self._lock:
            return self._process is not None

    def command(self) -> list[str] | None:
        """Return the command that holds the display, or None without ``caffeinate``."""
        path = self._search_path
        if path is None:
            path = os.pathsep.join([SYSTEM_BIN, os.environ.get("PATH", os.defpath)])
        found = shutil.which("caffeinate", path=path)
        if found is None:
            return None
        # An absolute path, so what runs is what was found.
        return [os.path.abspath(found), "-d", "-w", str(self._pid)]

    def inhibit(self, reason: str) -> None:
        """Start ``caffeinate`` unless one of ours is already running."""
        with self._lock:
            process = self._process
            status = None if process is None else process.poll()
            if process is not None and status is None:
                return
            # Ended by itself and not yet seen by its watcher, which now stays quiet.
            self._process = None
        if status is not None:
            self._ended(status)
        argv = self.command()
        if argv is None:
            self._tell("missing", MISSING, program="caffeinate", folder=SYSTEM_BIN)
            return
        try:
            process = self._popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                close_fds=True,
                # Its own session: Ctrl+C in hiptimer's terminal is for
                # hiptimer, which stops it; -w ends it if hiptimer dies.
                start_new_session=True,
            )
        except (OSError, ValueError, subprocess.SubprocessError) as exc:
            self._tell("start", NOT_STARTED, program="caffeinate", detail=exc)
            return
        with self._lock:
            self._process = process
            self._stopped = [old for old in self._stopped if old.poll() is None]
        logger.debug("caffeinate %d holds the display (%s)", process.pid, reason)
        self._watch(partial(self._wait_for, process))

    def uninhibit(self) -> None:
        """Stop our ``caffeinate``, without waiting for it; none running: nothing."""
        with self._lock:
            process, self._process = self._process, None
            if process is not None:
                self._stopped.append(process)
        if process is not None:
            _terminate(process)

    def close(self) -> None:
        """Stop ``caffeinate`` before quitting, and see it gone (at most ``QUIT_WAIT_S``)."""
        self.uninhibit()
        with self._lock:
            stopped, self._stopped = self._stopped, []
        for process in stopped:
            try:
                process.wait(timeout=QUIT_WAIT_S)
            except subprocess.TimeoutExpired:
                logger.info("caffeinate %d did not end when asked; killing it", process.pid)
                try:
                    process.kill()
                    process.wait(timeout=QUIT_WAIT_S)
                except (OSError, subprocess.TimeoutExpired) as exc:
                    # It watches our PID too, and goes when we do.
                    logger.info("caffeinate %d is still there (%s)", process.pid, exc)

    # -- internals ----------------------------------------------------------

    def _wait_for(self, process: Process) -> None:
        # On the watching thread: blocks until the process ends, and reaps it.
        try:
            status = process.wait()
        except OSError as exc:  # pragma: no cover - a wait that fails is not expected
            logger.debug("waiting for caffeinate failed: %s", exc)
            return
        with self._lock:
            ours = process is self._process
            if ours:
                self._process = None
        if ours:
            self._ended(status)

    def _ended(self, status: int) -> None:
        self._tell("ended", ENDED, program="caffeinate", status=status)

    def _tell(self, kind: str, message: str, **fields: object) -> None:
        # Each kind of trouble is told once; again, it is only logged for debugging.
        # ``message`` is one of the texts marked above: logged in English, shown translated.
        english = message.format(**fields)
        text = translate("awake_macos", message).format(**fields)
        self.notice = text
        if kind in self._told:
            logger.debug("%s", english)
            return
        self._told.add(kind)
        logger.warning("%s", english)
        if self._on_notice is not None:
            self._on_notice(text)


def _terminate(process: Process) -> None:
    try:
        if process.poll() is None:
            process.terminate()
    except OSError as exc:  # already gone
        logger.debug("caffeinate %d: %s", process.pid, exc)


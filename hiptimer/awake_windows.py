"""Keeping the screen awake on Windows, through ``SetThreadExecutionState``.

Windows has no screen-saver service to ask; a program tells the power
manager what it needs instead. ``SetThreadExecutionState(ES_CONTINUOUS |
ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED)`` keeps the display on and the
machine awake until the same thread calls it again with ``ES_CONTINUOUS``
alone. The state belongs to the **thread** that set it (and goes when that
thread ends), so both calls must come from the same thread: the GUI thread,
where the run tracker lives. ``ExecutionStateAwake`` remembers which thread
inhibited and refuses, with a notice, to "release" from any other, since
such a call would release nothing and leave the screen held.

The call returns at once (it only sets a flag in the kernel), so it is safe
on the GUI thread. ``kernel32`` is loaded through ``ctypes`` at the first
call; tests hand in a fake. This module imports no Qt.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Protocol, cast

from hiptimer.i18n import QT_TRANSLATE_NOOP, translate

logger = logging.getLogger(__name__)

# What the runner is told, translated where it is told (``_tell``); the
# Win32 names stay as they are.
REFUSED = QT_TRANSLATE_NOOP(
    "awake_windows",
    "Windows refused to keep the screen on ({call} failed); it may go dark during a run")
WRONG_THREAD = QT_TRANSLATE_NOOP(
    "awake_windows",
    "the screen was not let go: {call} must be called from the thread that held it "
    "(the GUI thread)")
NO_KERNEL32 = QT_TRANSLATE_NOOP(
    "awake_windows", "cannot keep the screen on: {library} not available ({detail})")

# From winbase.h.
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002
ES_CONTINUOUS = 0x80000000

#: Held during a run: display on, system awake, until released.
HOLD = ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED
#: Released: back to what the thread had before (nothing).
RELEASE = ES_CONTINUOUS


class Kernel32(Protocol):
    """The part of ``kernel32.dll`` used here."""

    def SetThreadExecutionState(self, flags: int) -> int:  # noqa: N802 - the Win32 name
        """Set this thread's execution state; return the previous one, or 0 on failure."""


def load_kernel32() -> Kernel32:
    """Return ``kernel32`` with ``SetThreadExecutionState`` typed; ``OSError`` off Windows."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32")
        function = kernel32.SetThreadExecutionState
        # EXECUTION_STATE is a DWORD: unsigned, so ES_CONTINUOUS (the top bit)
        # goes out as given and the previous state comes back non-negative.
        function.argtypes = [wintypes.DWORD]
        function.restype = wintypes.DWORD
        return cast(Kernel32, kernel32)
    raise OSError("SetThreadExecutionState exists on Windows only")


class ExecutionStateAwake:
    """Hold the display on while inhibited, through the calling thread's execution state.

    ``inhibit`` and ``uninhibit`` are idempotent and never raise. A failure
    (no ``kernel32``, the call refused) is logged once as a warning and kept
    in ``notice``; ``on_notice``, if given, hears it too, on the calling
    thread.
    """

    def __init__(
        self,
        load: Callable[[], Kernel32] = load_kernel32,
        on_notice: Callable[[str], None] | None = None,
    ) -> None:
        """``load`` returns ``kernel32``; it is called once, at the first inhibit."""
        self._kernel32: Kernel32 | None = None
        self._load: Callable[[], Kernel32] | None = load
        self._on_notice = on_notice
        self._thread: int | None = None  # the thread holding the state, while held
        self.notice: str | None = None  # the latest trouble, if any
        self._told: set[str] = set()

    @property
    def active(self) -> bool:
        """Whether the display was asked to stay on (and is not let go yet)."""
        return self._thread is not None

    def inhibit(self, reason: str) -> None:
        """Keep the display on; again while held does nothing."""
        if self._thread is not None:
            return
        kernel32 = self._library()
        if kernel32 is None:
            return
        # Held or not, uninhibit sends the release: letting go of a state
        # never set is harmless, keeping one by mistake is not.
        self._thread = threading.get_ident()
        # 0 is the documented failure; a thread that held nothing before
        # gets ES_CONTINUOUS back.
        if kernel32.SetThreadExecutionState(HOLD) == 0:
            self._tell("refused", REFUSED, call="SetThreadExecutionState")
            return
        logger.debug("screen held on (%s)", reason)

    def uninhibit(self) -> None:
        """Let the display sleep again; without a hold this does nothing."""
        if self._thread is None or self._kernel32 is None:
            return
        if threading.get_ident() != self._thread:
            # From here it would clear this thread's state, not the holder's.
            self._tell("thread", WRONG_THREAD, call="SetThreadExecutionState")
            return
        self._thread = None
        if self._kernel32.SetThreadExecutionState(RELEASE) == 0:
            logger.info("SetThreadExecutionState(ES_CONTINUOUS) failed; Windows lets go "
                        "of the screen when hiptimer exits anyway")

    def close(self) -> None:
        """Let go before quitting (the same as ``uninhibit``)."""
        self.uninhibit()

    def _library(self) -> Kernel32 | None:
        if self._kernel32 is None and self._load is not None:
            load, self._load = self._load, None
            try:
                self._kernel32 = load()
            except (OSError, AttributeError) as exc:
                self._tell("missing", NO_KERNEL32, library="kernel32", detail=exc)
        return self._kernel32

    def _tell(self, kind: str, message: str, **fields: object) -> None:
        # Each kind of trouble is told once; again, it is only logged for debugging.
        # ``message`` is one of the texts marked above: logged in English, shown translated.
        english = message.format(**fields)
        text = translate("awake_windows", message).format(**fields)
        self.notice = text
        if kind in self._told:
            logger.debug("%s", english)
            return
        self._told.add(kind)
        logger.warning("%s", english)
        if self._on_notice is not None:
            self._on_notice(text)

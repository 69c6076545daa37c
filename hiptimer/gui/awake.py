"""Keeping the screen awake while a run is under way, on Linux, Windows and macOS.

``LazyInhibitor`` is the system's inhibitor as the run tracker uses it
(``hiptimer.gui.controllers.tracker.Inhibitor``). It picks its backend by
``sys.platform``: on Windows ``hiptimer.awake_windows`` (the GUI thread's
execution state), on macOS ``hiptimer.awake_macos`` (a ``caffeinate``
child), anywhere else the desktop's D-Bus screen saver
(``hiptimer.gui.screensaver``), as before. Nothing of that is needed to show
the start screen, so the backend is loaded and made only when first asked
for, and this module is kept small enough to load before it.

The tracker calls ``inhibit`` and ``uninhibit`` from the GUI thread, and
that matters on Windows, where the execution state belongs to the thread
that set it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

if TYPE_CHECKING:
    from hiptimer.gui.screensaver import ScreenSaverInhibitor


class Backend(Protocol):
    """What ``LazyInhibitor`` needs of the Windows and macOS backends."""

    notice: str | None

    def inhibit(self, reason: str) -> None:
        """Keep the screen awake."""

    def uninhibit(self) -> None:
        """Let the screen sleep again."""

    def close(self) -> None:
        """Let go before the program quits."""


#: The platforms with a backend of their own (not the D-Bus screen saver).
OWN_BACKENDS = frozenset({"win32", "darwin"})

#: Makes a backend, given where it tells its notices.
MakeBackend = Callable[[Callable[[str], None]], Backend]


def backend_for(platform: str) -> MakeBackend | None:
    """Return what makes the backend for ``platform``; None for the D-Bus screen saver."""
    if platform == "win32":
        from hiptimer.awake_windows import ExecutionStateAwake

        return lambda tell: ExecutionStateAwake(on_notice=tell)
    if platform == "darwin":
        from hiptimer.awake_macos import CaffeinateAwake

        return lambda tell: CaffeinateAwake(on_notice=tell)
    return None


class LazyInhibitor(QObject):
    """A screen inhibitor that loads its backend only when first needed.

    Connecting to D-Bus (Linux) is not needed to show the start screen, so
    it is kept out of the start-up path. The Windows and macOS backends
    let go when the application quits (``aboutToQuit``), besides the
    tracker's own ``uninhibit``.

    Signals:
        noticed(str): the Windows or macOS backend cannot keep the screen
            awake (said once per kind of trouble); delivered on the GUI
            thread, whichever thread found it.
    """

    noticed = Signal(str)

    def __init__(
        self,
        app_name: str,
        platform: str = sys.platform,
        backend: MakeBackend | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``backend`` replaces the one ``platform`` calls for (tests pass fakes)."""
        super().__init__(parent)
        self.app_name = app_name
        self.platform = platform
        self._make = backend
        #: Whether this is the D-Bus screen saver (Linux and the other Unixes).
        self.dbus = backend is None and platform not in OWN_BACKENDS
        self.real: ScreenSaverInhibitor | Backend | None = None

    @property
    def notice(self) -> str | None:
        """The latest trouble of the Windows or macOS backend, if any."""
        if self.dbus or self.real is None:
            return None
        return self._backend().notice

    def prepare(self) -> None:
        """Load the backend now, while the runner is still on the start screen.

        On Linux that is QtDBus (about 20 ms), which loaded on the first
        Start instead would delay the start cue by that much; nothing is
        connected yet. On Windows and macOS the backend is made, and
        nothing called or started yet.
        """
        if self.dbus:
            import hiptimer.gui.screensaver  # noqa: F401
        else:
            self._backend()

    @Slot(str)
    def inhibit(self, reason: str) -> None:
        """Create the real inhibitor if needed and inhibit."""
        if not self.dbus:
            self._backend().inhibit(reason)
            return
        if self.real is None:
            from hiptimer.gui.screensaver import ScreenSaverInhibitor

            self.real = ScreenSaverInhibitor(self.app_name)
        self.real.inhibit(reason)

    @Slot()
    def uninhibit(self) -> None:
        """Uninhibit, if anything was ever inhibited."""
        if self.real is not None:
            self.real.uninhibit()

    @Slot()
    def close(self) -> None:
        """Let go before quitting; on macOS, see ``caffeinate`` gone (briefly)."""
        if self.real is None:
            return
        if self.dbus:
            # It also does this itself on aboutToQuit; doing it twice is harmless.
            self._screensaver().release_before_exit()
        else:
            self._backend().close()

    def _screensaver(self) -> ScreenSaverInhibitor:
        from hiptimer.gui.screensaver import ScreenSaverInhibitor

        assert isinstance(self.real, ScreenSaverInhibitor)
        return self.real

    def _backend(self) -> Backend:
        if self.real is None:
            make = self._make or backend_for(self.platform)
            assert make is not None
            # Emitting a signal is safe from any thread (caffeinate's watcher
            # tells from its own); receivers on the GUI thread get it there.
            self.real = make(self.noticed.emit)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.close)
        return self.real  # type: ignore[return-value]

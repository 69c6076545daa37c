"""Keeping the screen awake while a run is under way.

``LazyInhibitor`` is the desktop's inhibitor as the run tracker uses it
(``hiptimer.gui.controllers.tracker.Inhibitor``): it connects to D-Bus only when it is
first asked to inhibit, as nothing of that is needed to show the start
screen, and this module is kept small enough to load before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hiptimer.gui.screensaver import ScreenSaverInhibitor


class LazyInhibitor:
    """A screen-saver inhibitor that loads QtDBus only when first asked to inhibit.

    Connecting to D-Bus is not needed to show the start screen, so it is
    kept out of the start-up path.
    """

    def __init__(self, app_name: str) -> None:
        self.app_name = app_name
        self.real: ScreenSaverInhibitor | None = None

    def prepare(self) -> None:
        """Load QtDBus now (about 20 ms), while the runner is still on the start screen.

        Loaded on the first Start instead, it would delay the start cue by
        that much. Nothing is connected yet.
        """
        import hiptimer.gui.screensaver  # noqa: F401

    def inhibit(self, reason: str) -> None:
        """Create the real inhibitor if needed and inhibit."""
        if self.real is None:
            from hiptimer.gui.screensaver import ScreenSaverInhibitor

            self.real = ScreenSaverInhibitor(self.app_name)
        self.real.inhibit(reason)

    def uninhibit(self) -> None:
        """Uninhibit, if anything was ever inhibited."""
        if self.real is not None:
            self.real.uninhibit()

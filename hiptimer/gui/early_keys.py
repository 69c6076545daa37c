"""Keys pressed before the window has made its shortcuts.

The window makes its keys once its first frame is out, and Qt matches
shortcuts before it delivers a key press. A key that comes earlier (the
runner presses Space the instant the window appears, or a loaded machine is
late to paint) would go to whatever has the focus, a number box or the
session picker, and be eaten there. ``EarlyKeys`` watches the application's
key presses until the shortcuts exist and hands each one meant for its window
to a callback that acts on it as the shortcut would have.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class EarlyKeys(QObject):
    """Hands ``handle`` the key presses for ``window`` until ``stop()``.

    ``handle`` returns whether it acted on the key; a key it acted on goes
    no further.
    """

    def __init__(self, window: QWidget, handle: Callable[[QKeyEvent], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._handle = handle
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        """Stop watching: the shortcuts exist now."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        """Give a key press inside the window to the handler."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window:
            return False
        from PySide6.QtGui import QKeyEvent

        return isinstance(event, QKeyEvent) and self._handle(event)

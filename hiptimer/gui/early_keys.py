"""Keys pressed before the window has made its shortcuts.

The window makes its keys once its first frame is out, and Qt matches
shortcuts before it delivers a key press. A key that comes earlier (the
runner presses Space the instant the window appears, or a loaded machine is
late to paint) would go to whatever has the focus, a number box or the
session picker, and be eaten there. ``EarlyKeys`` watches the key presses
of the window and of the widgets that can take the focus until the shortcuts
exist, and hands each one to a callback that acts on it as the shortcut
would have. It watches those few objects, not the whole application: an
application filter is called for every event of every widget while the
window is built and styled, which cost 40 ms of the first frame.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class EarlyKeys(QObject):
    """Hands ``handle`` the key presses of ``watched`` until ``stop()``.

    ``handle`` returns whether it acted on the key; a key it acted on goes
    no further.
    """

    def __init__(self, owner: QObject, handle: Callable[[QKeyEvent], bool],
                 watched: Iterable[QObject]) -> None:
        super().__init__(owner)
        self._handle = handle
        self._watched = list(watched)
        for widget in self._watched:
            widget.installEventFilter(self)

    def stop(self) -> None:
        """Stop watching: the shortcuts exist now."""
        for widget in self._watched:
            widget.removeEventFilter(self)
        self._watched = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        """Give a key press to the handler."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        from PySide6.QtGui import QKeyEvent

        return isinstance(event, QKeyEvent) and self._handle(event)

"""Pieces of the window's shell: actions (name, label, keys, slot), menus, drops, size.

Made once the first frame is out (no key press can be handled before then,
and the menus show no item until opened). Keys are given as text or a
standard key, never as an existing ``QKeySequence``: copying one makes
PySide6 weigh a ``Qt.Key`` overload, which builds the whole ``Qt``
namespace (see ``hiptimer.gui.views.start``). The menus and drops are
used by the first frame, so Qt's action types are imported where used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hiptimer.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
    from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

# (name, label, key or keys, slot); a key is text ("Space") or a standard key.
# The label is shown as it is: the caller translates it.
# The media keys (a keyboard's, or earbuds' through the desktop) come on top.
Binding = tuple[str, str, "QKeySequence.StandardKey | str | tuple[str, ...]", Callable[[], object]]


MEDIA_KEYS = {
    "toggle": ("Toggle Media Play/Pause", "Media Play", "Media Pause"),
    "skip": ("Media Next",),
    "back": ("Media Previous",),
    "stop": ("Media Stop",),
}


def make_actions(owner: QWidget, bindings: Sequence[Binding]) -> dict[str, QAction]:
    """Add an action to ``owner`` for each ``(name, label, keys, slot)``; return them by name.

    The shortcuts work while ``owner``'s window is active (Qt's default
    context). Full screen also answers the platform's own key (Ctrl+Meta+F
    on macOS).
    """
    from PySide6.QtGui import QAction, QKeySequence

    actions = {}
    for name, text, keys, slot in bindings:
        action = QAction(text, owner)
        own = keys if isinstance(keys, tuple) else (keys,)
        shortcuts = [QKeySequence(key) for key in (*own, *MEDIA_KEYS.get(name, ()))]
        if name == "fullscreen":
            native = QKeySequence(QKeySequence.StandardKey.FullScreen)
            if not native.isEmpty() and native not in shortcuts:
                shortcuts.append(native)
        action.setShortcuts(shortcuts)
        action.triggered.connect(slot)
        owner.addAction(action)
        actions[name] = action
    return actions


def trigger_for(actions: dict[str, QAction], event: QKeyEvent) -> bool:
    """Trigger the enabled action ``event``'s key is a shortcut of; return whether one was.

    For a key that came before the shortcuts were made (see
    ``hiptimer.gui.early_keys``): it acts as its shortcut would have.
    """
    from PySide6.QtGui import QKeySequence

    pressed = QKeySequence(event.keyCombination())
    for action in actions.values():
        if action.isEnabled() and pressed in action.shortcuts():
            action.trigger()
            event.accept()
            return True
    return False


def make_menus(bar: QMenuBar) -> tuple[QMenu, QMenu]:
    """Add the File and View menus to ``bar``, empty until ``fill_menus``; return them.

    The bar sits on the phase's colour; its menus keep the desktop's look.
    """
    from hiptimer.gui.views.style import menu_bar_style

    bar.setStyleSheet(menu_bar_style())
    return (bar.addMenu(translate("gui.shell", "&File")),
            bar.addMenu(translate("gui.shell", "&View")))


def fill_menus(file_menu: QMenu, view_menu: QMenu, actions: dict[str, QAction],
               export: Callable[[], object], retry_sound: Callable[[], object]) -> None:
    """Put the actions in the menus, with the two that have no key ("export", "retry_sound")."""
    file_menu.addAction(actions["open"])
    file_menu.addAction(actions["edit"])
    actions["export"] = file_menu.addAction(
        translate("gui.shell", "Export history as CSV…"), export)
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])
    view_menu.addAction(actions["fullscreen"])
    view_menu.addAction(actions["mute"])
    actions["retry_sound"] = view_menu.addAction(
        translate("gui.shell", "Try sound again"), retry_sound)


def session_file(mime: QMimeData) -> Path | None:
    """Return the session file dragged in ``mime`` (a local ``.toml``), if it is one."""
    urls = mime.urls()
    if urls and urls[0].isLocalFile() and urls[0].toLocalFile().endswith(".toml"):
        return Path(urls[0].toLocalFile())
    return None


def fit_to_screen(window: QWidget, wanted: tuple[int, int], least: tuple[int, int]) -> None:
    """Size ``window`` to ``wanted`` (w, h), or smaller so it fits the screen it opens on."""
    from hiptimer.start_view import fitted_size

    available = window.screen().availableGeometry()
    size, minimum = fitted_size((available.width(), available.height()), wanted, least)
    window.setMinimumSize(*minimum)
    window.resize(*size)

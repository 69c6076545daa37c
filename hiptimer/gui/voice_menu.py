"""The View › Voice menu: which engine speaks the prompts, remembered in the settings.

``fill_voice_menu`` puts one checkable action per engine (Piper, espeak-ng,
the system's voice when this machine has one, tones only) into a menu the
window owns, checks the engine that will speak (the one saved under
``voice_engine`` if it can, by ``Voice.engine``'s rule; with none saved, the
best one there), greys out the engines this machine does not have, and on a
pick saves it and calls back with its name (one of
``hiptimer.voice.ALL_ENGINES``), which the caller hands to
``CuePlayer.choose_voice``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.voice import ALL_ENGINES, ENGINES, ESPEAK, PIPER, SETTINGS_KEY, TONES
from hiptimer.voice_system import SYSTEM

# Translated where the menu is filled (QT_TRANSLATE_NOOP only marks them).
LABELS = {
    PIPER: QT_TRANSLATE_NOOP("gui.voice_menu", "&Piper (natural voice)"),
    ESPEAK: QT_TRANSLATE_NOOP("gui.voice_menu", "&espeak-ng"),
    SYSTEM: QT_TRANSLATE_NOOP("gui.voice_menu", "&System voice"),
    TONES: QT_TRANSLATE_NOOP("gui.voice_menu", "&Tones only"),
}


def saved_engine(settings: QSettings) -> str:
    """Return the engine saved in ``settings``, or ``"auto"`` when none (or nonsense) is."""
    value = settings.value(SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in ALL_ENGINES else "auto"


def speaking(saved: str, usable: list[str]) -> str:
    """Return the engine that speaks for ``saved`` among ``usable`` (best first).

    The rule of ``Voice.engine``: tones when asked; espeak-ng or the system's
    voice if there, else tones; Piper or ``"auto"``, the best one there.
    """
    if saved == TONES:
        return TONES
    if saved in (ESPEAK, SYSTEM):
        return saved if saved in usable else TONES
    return usable[0]


def fill_voice_menu(
    menu: QMenu,
    settings: QSettings,
    on_chosen: Callable[[str], None],
    available: Iterable[str] = ENGINES,
) -> dict[str, QAction]:
    """Fill ``menu`` with the engine choice; return the actions by engine name.

    ``available`` are the engines this machine has (``Voice.engines()``);
    the others are shown but greyed out, except the system's voice, which
    is only listed where there is one. With nothing saved, the first
    available one is checked, and nothing is saved until the runner picks.
    """
    there = set(available)
    usable = [e for e in ALL_ENGINES if e in there and e != TONES] + [TONES]
    current = speaking(saved_engine(settings), usable)
    group = QActionGroup(menu)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for engine in ALL_ENGINES:
        if engine == SYSTEM and engine not in usable:
            continue  # most Linux desktops have none: nothing to grey out
        action = QAction(translate("gui.voice_menu", LABELS[engine]), menu)
        action.setCheckable(True)
        action.setEnabled(engine in usable)
        action.setChecked(engine == current)
        action.setData(engine)
        group.addAction(action)
        menu.addAction(action)
        actions[engine] = action

    def picked(action: QAction) -> None:
        engine = str(action.data())
        settings.setValue(SETTINGS_KEY, engine)
        on_chosen(engine)

    group.triggered.connect(picked)
    return actions

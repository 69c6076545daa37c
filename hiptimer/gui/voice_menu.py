"""The View › Voice menu: which engine speaks the prompts, remembered in the settings.

``fill_voice_menu`` puts one checkable action per engine (Piper, espeak-ng,
tones only) into a menu the window owns, checks the one saved under
``voice_engine`` (or, with none saved, the best one there), greys out the
engines this machine does not have, and on a pick saves it and calls back
with its name (one of ``hiptimer.voice.ENGINES``), which the caller hands
to ``CuePlayer.choose_voice``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from hiptimer.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.voice import ENGINES, ESPEAK, PIPER, SETTINGS_KEY, TONES

# Translated where the menu is filled (QT_TRANSLATE_NOOP only marks them).
LABELS = {
    PIPER: QT_TRANSLATE_NOOP("gui.voice_menu", "&Piper (natural voice)"),
    ESPEAK: QT_TRANSLATE_NOOP("gui.voice_menu", "&espeak-ng"),
    TONES: QT_TRANSLATE_NOOP("gui.voice_menu", "&Tones only"),
}


def saved_engine(settings: QSettings) -> str:
    """Return the engine saved in ``settings``, or ``"auto"`` when none (or nonsense) is."""
    value = settings.value(SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in ENGINES else "auto"


def fill_voice_menu(
    menu: QMenu,
    settings: QSettings,
    on_chosen: Callable[[str], None],
    available: Iterable[str] = ENGINES,
) -> dict[str, QAction]:
    """Fill ``menu`` with the engine choice; return the actions by engine name.

    ``available`` are the engines this machine has (``Voice.engines()``);
    the others are shown but greyed out. With nothing saved, the first
    available one is checked, and nothing is saved until the runner picks.
    """
    usable = [e for e in ENGINES if e in set(available)] or [TONES]
    saved = saved_engine(settings)
    current = saved if saved in usable else usable[0]
    group = QActionGroup(menu)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for engine in ENGINES:
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

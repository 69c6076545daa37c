"""View › Voice: the engines offered, the one checked, a pick remembered and handed on."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from hiptimer.gui.voice_menu import fill_voice_menu, saved_engine
from hiptimer.voice import ESPEAK, PIPER, SETTINGS_KEY, TONES
from hiptimer.voice_system import SYSTEM


def test_missing_engines_are_greyed_and_a_pick_is_saved_and_handed_on(qapp, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert saved_engine(settings) == "auto"
    chosen = []
    menu = QMenu()
    actions = fill_voice_menu(menu, settings, chosen.append, available=(ESPEAK, TONES))
    assert not actions[PIPER].isEnabled()  # no Piper on this machine
    assert actions[ESPEAK].isChecked()  # the best one there, nothing saved yet
    assert settings.value(SETTINGS_KEY) is None
    actions[TONES].trigger()
    assert chosen == [TONES]
    assert settings.value(SETTINGS_KEY) == TONES and saved_engine(settings) == TONES
    assert actions[TONES].isChecked() and not actions[ESPEAK].isChecked()

    second = QMenu()
    again = fill_voice_menu(second, settings, chosen.append, available=(PIPER, ESPEAK, TONES))
    assert again[TONES].isChecked()  # remembered
    settings.setValue(SETTINGS_KEY, "a voice that is not there")
    assert saved_engine(settings) == "auto"


def test_the_system_voice_is_listed_when_there_and_ticked_when_it_speaks(qapp, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    chosen = []
    menu = QMenu()
    actions = fill_voice_menu(menu, settings, chosen.append, available=(SYSTEM, TONES))
    # The only voice here: "auto" speaks with it, so the menu says so (not "Tones only").
    assert actions[SYSTEM].isEnabled() and actions[SYSTEM].isChecked()
    assert not actions[TONES].isChecked()
    assert [a.text() for a in menu.actions()] == [
        "&Piper (natural voice)", "&espeak-ng", "&System voice", "&Tones only"]
    actions[SYSTEM].trigger()
    assert chosen == [SYSTEM] and saved_engine(settings) == SYSTEM  # remembered as itself

    # Picked, and espeak-ng installed since: the system's voice still speaks.
    kept = QMenu()  # the actions live as long as their menu
    again = fill_voice_menu(kept, settings, chosen.append, available=(ESPEAK, SYSTEM, TONES))
    assert again[SYSTEM].isChecked() and not again[ESPEAK].isChecked()
    # Picked, and gone since: tones only, as Voice.engine does, and no greyed entry for it.
    none = QMenu()
    gone = fill_voice_menu(none, settings, chosen.append, available=(PIPER, TONES))
    assert SYSTEM not in gone and gone[TONES].isChecked()
    assert len(none.actions()) == 3


def test_the_menu_ticks_what_the_voice_speaks_with(qapp, tmp_path):
    from hiptimer.voice import ALL_ENGINES, Voice

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    for there in ((SYSTEM, TONES), (ESPEAK, TONES), (PIPER, SYSTEM, TONES), (TONES,)):
        for saved in (*ALL_ENGINES, "auto"):
            settings.setValue(SETTINGS_KEY, saved)
            voice = Voice.__new__(Voice)
            voice.choice = saved
            voice.engines = lambda there=there: list(there)  # type: ignore[method-assign]
            menu = QMenu()
            actions = fill_voice_menu(menu, settings, lambda _: None, available=there)
            ticked = [engine for engine, action in actions.items() if action.isChecked()]
            assert ticked == [voice.engine], (there, saved)

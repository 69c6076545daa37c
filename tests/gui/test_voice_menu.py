"""View › Voice: the engines offered, the one checked, a pick remembered and handed on."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from hiptimer.gui.voice_menu import fill_voice_menu, saved_engine
from hiptimer.voice import ESPEAK, PIPER, SETTINGS_KEY, TONES


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

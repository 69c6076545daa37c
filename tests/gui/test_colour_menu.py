"""View › Colours: a pick drawn and saved, a saved one restored, the desktop followed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from hiptimer.gui import theme
from hiptimer.gui.colour_menu import (
    SETTINGS_KEY,
    offer_colours,
    restyle,
    saved_setting,
    settled,
    startup_scheme,
    system_colours,
)


@pytest.fixture(autouse=True)
def _todays_scheme():
    yield
    theme.use(theme.DEFAULT)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def entries(menu: QMenu):
    # Not QAction.menu(): PySide6 6.7 hands back a wrapper already deleted.
    (colours,) = menu.findChildren(QMenu)
    assert colours.title() == "&Colours"
    return {a.text(): a for a in colours.actions()}


def test_a_pick_is_drawn_and_saved(qapp, settings):
    applied = []
    menu = QMenu()
    choice = offer_colours(menu, settings, applied.append)
    shown = entries(menu)
    assert list(shown) == ["&System", "&Light", "&Dark", "&High contrast"]
    assert all(a.isCheckable() for a in shown.values())
    assert shown["&System"].isChecked() and choice.setting() == "system"  # nothing saved
    assert applied == []  # the first frame was drawn in startup_scheme already
    shown["&High contrast"].trigger()
    assert applied == [theme.HIGH_CONTRAST]
    assert settings.value(SETTINGS_KEY) == "high-contrast"
    assert [t for t, a in shown.items() if a.isChecked()] == ["&High contrast"]
    shown["&Light"].trigger()
    assert applied[-1] is theme.LIGHT and settings.value(SETTINGS_KEY) == "light"
    shown["&System"].trigger()  # offscreen, the desktop does not say: today's
    assert system_colours() == "unknown"
    assert applied[-1] is theme.DARK and settings.value(SETTINGS_KEY) == "system"


def test_a_saved_setting_is_restored(qapp, settings):
    assert saved_setting(settings) == "system"
    assert startup_scheme(settings) is theme.DARK
    settings.setValue(SETTINGS_KEY, "light")
    assert startup_scheme(settings) is theme.LIGHT
    menu = QMenu()
    offer_colours(menu, settings, lambda scheme: None)
    assert [t for t, a in entries(menu).items() if a.isChecked()] == ["&Light"]
    settings.setValue(SETTINGS_KEY, "sepia")
    assert saved_setting(settings) == "system"


class Unasked:
    def colorScheme(self):  # noqa: N802 - Qt naming
        raise AssertionError("asked for the desktop's scheme before the first frame")


def test_the_desktop_is_asked_only_after_the_first_frame_and_when_it_matters(qapp, settings):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette

    class SaysLight:
        def colorScheme(self):  # noqa: N802 - Qt naming
            return Qt.ColorScheme.Light

    settings.setValue(SETTINGS_KEY, "high-contrast")
    assert startup_scheme(settings) is theme.HIGH_CONTRAST
    assert settled(settings, Unasked()) is theme.HIGH_CONTRAST
    settings.setValue(SETTINGS_KEY, "system")
    # The first frame never waits for the desktop (it builds Qt's namespace).
    assert startup_scheme(settings) is theme.DARK
    light = QGuiApplication.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    QGuiApplication.setPalette(dark)
    try:
        assert settled(settings, Unasked()) is theme.DARK  # a dark desktop is not asked
    finally:
        QGuiApplication.setPalette(light)
    assert settled(settings, SaysLight()) is theme.LIGHT
    assert settled(settings) is theme.DARK  # offscreen: light palette, unknown scheme


def test_a_change_of_the_desktop_is_followed_only_under_system(qapp, settings):
    hints = QGuiApplication.styleHints()
    applied = []
    menu = QMenu()
    choice = offer_colours(menu, settings, applied.append)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert applied == [theme.LIGHT]
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert applied == [theme.LIGHT, theme.DARK]
    entries(menu)["&High contrast"].trigger()
    applied.clear()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert applied == []  # the runner's pick stands
    choice.actions_by_setting["system"].trigger()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Unknown)
    assert applied == [theme.DARK, theme.DARK]


def test_the_following_ends_with_the_menu(qapp, qtbot, settings):
    applied = []
    menu = QMenu()
    offer_colours(menu, settings, applied.append)
    menu.deleteLater()
    qtbot.waitUntil(lambda: not menu_alive(menu))
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert applied == []


def menu_alive(menu) -> bool:
    from shiboken6 import isValid

    return isValid(menu)


def test_restyle_draws_the_window_in_the_scheme(qtbot, clock):
    from hiptimer import resources
    from hiptimer.gui.views.widgets import FitText
    from hiptimer.gui.window import MainWindow
    from hiptimer.plan import PhaseKind
    from hiptimer.session import load

    win = MainWindow(load(resources.default_session_path()), now=clock)
    qtbot.addWidget(win)
    assert win.background == theme.DARK.start
    restyle(win, theme.LIGHT)
    assert theme.current() is theme.LIGHT
    assert win.background == theme.LIGHT.start
    assert f"QLabel {{ color: {theme.LIGHT.text};" in win.stack.styleSheet()
    assert theme.LIGHT.text in win.menuBar().styleSheet()
    assert theme.LIGHT.dim_text in win.run_screen.styleSheet()
    assert {t._color.name().upper() for t in win.findChildren(FitText)} == {theme.LIGHT.text}
    win.run.adapter.start()
    assert win.background == theme.LIGHT.background(win.run.adapter.runner.phase.kind)
    restyle(win, theme.HIGH_CONTRAST)  # mid-run: the phase's colour in the new scheme
    assert win.background == theme.HIGH_CONTRAST.background(win.run.adapter.runner.phase.kind)
    win.run.adapter.skip()
    kind = win.run.adapter.runner.phase.kind
    assert win.background == theme.HIGH_CONTRAST.background(kind)
    assert kind is not PhaseKind.DONE

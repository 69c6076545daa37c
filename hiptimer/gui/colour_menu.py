"""The View › Colours menu: the desktop's scheme, light, dark or high contrast, remembered.

``startup_scheme`` gives the scheme to draw the first frame in (call
``theme.use`` with it before the window is built). ``offer_colours`` adds the
"Colours" submenu to a menu the window owns: four exclusive entries, the one
saved under ``colours`` checked; a pick is saved and handed to ``apply``.
While "System" is picked, a change of the desktop's scheme is handed on too.
``restyle`` is what ``apply`` usually does: draws the window in the scheme.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSettings, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QStyleHints
from PySide6.QtWidgets import QMenu, QMenuBar, QScrollArea, QWidget

from hiptimer.gui import theme
from hiptimer.gui.theme import Scheme
from hiptimer.i18n import QT_TRANSLATE_NOOP, translate

SETTINGS_KEY = "colours"
LABELS = {
    "system": QT_TRANSLATE_NOOP("gui.colour_menu", "&System"),
    "light": QT_TRANSLATE_NOOP("gui.colour_menu", "&Light"),
    "dark": QT_TRANSLATE_NOOP("gui.colour_menu", "&Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("gui.colour_menu", "&High contrast"),
}


def saved_setting(settings: QSettings) -> str:
    """Return the setting saved in ``settings``, or ``"system"`` when none (or nonsense) is."""
    value = settings.value(SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in theme.SETTINGS else "system"


def system_colours(hints: QStyleHints | None = None) -> str:
    """Return the desktop's colour scheme: ``"light"``, ``"dark"`` or ``"unknown"``."""
    hints = hints or QGuiApplication.styleHints()
    return hints.colorScheme().name.lower()


def startup_scheme(settings: QSettings) -> Scheme:
    """Return the scheme to draw the first frame in: the saved one, or today's under "System".

    Asking Qt for the desktop's scheme builds the ``Qt`` namespace (~13 ms
    before the first frame, which otherwise does without it), so under
    "System" the desktop is asked once the frame is out (:func:`settled`).
    """
    return theme.choose_scheme(saved_setting(settings), "unknown")


def settled(settings: QSettings, hints: QStyleHints | None = None) -> Scheme:
    """Return the scheme once the first frame is out: the desktop's, under "System".

    Only a desktop whose palette is light can ask for the light scheme, so a
    dark one is not asked at all.
    """
    setting = saved_setting(settings)
    if setting != "system":
        return theme.choose_scheme(setting, "unknown")
    from PySide6.QtGui import QPalette

    if QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128:
        return theme.choose_scheme(setting, "dark")
    return theme.choose_scheme(setting, system_colours(hints))


class ColourChoice(QActionGroup):
    """The menu's four entries, one checked; it follows the desktop under "System".

    Owned by the menu: once that is gone, so is the following.
    """

    def __init__(self, menu: QMenu, settings: QSettings, apply: Callable[[Scheme], None],
                 hints: QStyleHints) -> None:
        super().__init__(menu)
        self.setExclusive(True)
        self.settings, self.apply, self.hints = settings, apply, hints
        saved = saved_setting(settings)
        self.actions_by_setting: dict[str, QAction] = {}
        for setting in theme.SETTINGS:
            action = QAction(translate("gui.colour_menu", LABELS[setting]), menu)
            action.setCheckable(True)
            action.setChecked(setting == saved)
            action.setData(setting)
            self.addAction(action)
            menu.addAction(action)
            self.actions_by_setting[setting] = action
        self.triggered.connect(self.picked)
        hints.colorSchemeChanged.connect(self.system_changed)

    def setting(self) -> str:
        """Return the setting checked."""
        checked = self.checkedAction()
        return str(checked.data()) if checked is not None else "system"

    @Slot(QAction)
    def picked(self, action: QAction) -> None:
        """Save the runner's pick and draw in it."""
        setting = str(action.data())
        self.settings.setValue(SETTINGS_KEY, setting)
        self.apply(theme.choose_scheme(setting, system_colours(self.hints)))

    @Slot(object)
    def system_changed(self, scheme: object) -> None:
        """Follow the desktop's new ``scheme`` (a ``Qt.ColorScheme``) if "System" is checked."""
        if self.setting() == "system":
            name = getattr(scheme, "name", "unknown").lower()
            self.apply(theme.choose_scheme("system", name))


def offer_colours(menu: QMenu, settings: QSettings, apply: Callable[[Scheme], None],
                  hints: QStyleHints | None = None) -> ColourChoice:
    """Add the "Colours" submenu to ``menu``; return its entries.

    Nothing is applied now: the first frame was drawn in ``startup_scheme``.
    """
    submenu = menu.addMenu(translate("gui.colour_menu", "&Colours"))
    return ColourChoice(submenu, settings, apply, hints or QGuiApplication.styleHints())


class _StartScreen(Protocol):
    @property
    def scroller(self) -> QScrollArea: ...


class Window(Protocol):
    """What ``restyle`` needs of the window (``hiptimer.gui.window.MainWindow``)."""

    background: str

    @property
    def stack(self) -> QWidget: ...  # noqa: D102
    @property
    def start_screen(self) -> _StartScreen: ...  # noqa: D102
    @property
    def run_screen(self) -> QWidget: ...  # noqa: D102
    def menuBar(self) -> QMenuBar: ...  # noqa: D102, N802 - Qt naming
    def paint_background(self, background: str) -> None: ...  # noqa: D102
    def findChildren(self, kind: type[QWidget]) -> list[QWidget]: ...  # noqa: D102, N802
    def update(self) -> None: ...  # noqa: D102


def restyle(window: Window, scheme: Scheme) -> None:
    """Draw ``window`` in ``scheme`` from now on: its sheets, its colour, its big text."""
    from PySide6.QtGui import QColor

    from hiptimer.gui.views import style
    from hiptimer.gui.views.widgets import FitText

    last = theme.use(scheme)
    window.stack.setStyleSheet(style.stylesheet(scheme))
    window.menuBar().setStyleSheet(style.menu_bar_style(scheme))
    scroller = window.start_screen.scroller
    if scroller.styleSheet():  # else it is set once the first frame is out
        scroller.setStyleSheet(style.scroll_style(scheme))
    # Builds the run and finish screens if not yet (done once the first frame is out).
    window.run_screen.setStyleSheet(style.run_style(scheme))
    for text in window.findChildren(FitText):
        if isinstance(text, FitText):
            text.setColor(QColor(scheme.text))
    if window.background:
        window.paint_background(theme.same_place(window.background, last, scheme))
    window.update()

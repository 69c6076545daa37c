"""The start screen fits the small screens runners have: nothing clipped, nothing overlapping.

Geometry, not pixels: at each size every control of the start screen lies
inside it, none covers another, and each is at least as large as its text
needs (a label that wraps is as tall as its wrapped text).
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QWidget

from hiptimer import resources
from hiptimer.gui.window import MainWindow
from hiptimer.runner import RunState
from hiptimer.session import load

SESSIONS = ["default", "sessions/hip-circuit.toml", "sessions/lunge-matrix.toml"]
SIZES = [(640, 400), (800, 480), (1280, 800), (1920, 1080)]


def controls(screen: QWidget) -> list[QWidget]:
    """Return the screen's own visible widgets (the moves' list counts as one)."""
    return [w for w in screen.children()
            if isinstance(w, QWidget) and not w.isWindow() and w.isVisibleTo(screen)]


def needs_more_room(widget: QWidget) -> str | None:
    """Say how ``widget`` is cut, if it is."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        if widget.height() < widget.heightForWidth(widget.width()):
            return f"wraps to {widget.heightForWidth(widget.width())} px, has {widget.height()}"
    elif isinstance(widget, QLabel | QAbstractButton):
        if widget.width() < widget.sizeHint().width():
            return f"needs {widget.sizeHint().width()} px wide, has {widget.width()}"
    elif isinstance(widget, QAbstractSpinBox | QComboBox):
        if widget.width() < widget.minimumSizeHint().width():
            return f"needs {widget.minimumSizeHint().width()} px wide, has {widget.width()}"
    return None


@pytest.mark.parametrize("name", SESSIONS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_control_fits_and_none_overlaps(qtbot, name, size):
    path = resources.default_session_path() if name == "default" else resources.assets_dir() / name
    win = MainWindow(load(path))
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.complete()
    win.app.set_muted(True, remember=False)  # the muted line takes room too
    win.app.add_notice("No sound: the audio player keeps failing (no audio device).")
    qtbot.wait(1)
    screen = win.start_screen
    assert win.size().toTuple() == size
    shown = controls(screen)
    assert screen.start in shown and screen.rounds in shown and screen.week in shown
    assert layout_problems(screen) == []
    # The moves are all there, scrolled to when the screen is short.
    cards = screen.moves.cards
    assert len(cards) == len(win.app.session.moves)
    assert all(card.text.text() for card in cards)


def layout_problems(screen: QWidget, overlays: tuple[QWidget, ...] = ()) -> list[str]:
    """Return what is cut, out of the screen, or on top of another among its controls.

    ``overlays`` lie over the rest on purpose (the paused dimming, the flash).
    """
    shown = [w for w in controls(screen) if w not in overlays]
    problems = []
    for widget in shown:
        where = f"{type(widget).__name__} {widget.objectName() or getattr(widget, 'text', str)()!r}"
        if not screen.rect().contains(widget.geometry()):
            problems.append(f"{where} at {widget.geometry()} leaves the screen")
        cut = needs_more_room(widget)
        if cut:
            problems.append(f"{where} {cut}")
    for a, b in itertools.combinations(shown, 2):
        if a.geometry().intersects(b.geometry()):
            problems.append(f"{a.objectName() or a} overlaps {b.objectName() or b}")
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_run_and_finish_screens_fit_muted_paused_and_in_full_screen(qtbot, clock, size):
    path = resources.assets_dir() / "sessions" / "hip-circuit.toml"
    win = MainWindow(load(path), now=clock)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.app.set_muted(True, remember=False)
    adapter = win.run.adapter
    adapter.start()
    clock.advance(12)
    adapter.wake()
    screen = win.run_screen
    screen.show_full_screen(True)  # its longest label
    adapter.pause()
    qtbot.wait(1)
    assert win.stack.currentWidget() is screen
    assert screen.muted.isVisible() and screen.pause.text() == "Resume"
    assert layout_problems(screen, overlays=(screen.paused, screen.flash)) == []
    while adapter.runner.state is not RunState.FINISHED:
        adapter.skip()
    qtbot.wait(1)
    assert win.stack.currentWidget() is win.finish_screen
    assert layout_problems(win.finish_screen) == []


def test_the_list_of_moves_is_see_through_on_the_start_screens_colour(qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor

    from hiptimer.gui import theme

    win = MainWindow(load(resources.assets_dir() / "sessions" / "hip-circuit.toml"))
    qtbot.addWidget(win)
    win.resize(800, 480)
    win.show()
    qtbot.waitExposed(win)
    win.complete()
    scroller = win.start_screen.scroller
    picture = win.grab()
    # A point inside the list, right of every card's text, where only the
    # background shows.
    spot = scroller.mapTo(win, scroller.rect().topRight()) + QPoint(-30, 4)
    assert picture.toImage().pixelColor(spot) == QColor(theme.START_BACKGROUND)

"""Progression in the window: the start screen suggests a dose from rated runs; take or keep."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QSettings

from hiptimer.gui.window import MainWindow
from hiptimer.history import History
from hiptimer.session import load

SESSION = """\
# my clams
name = "Clams"
get_ready = 2

[progression]
after = 2
reps = { step = 2, ceiling = 20 }

[[moves]]
name = "Clam shell"
reps = 10       # keep this comment
tempo = 1
"""


class Wall:
    def __init__(self) -> None:
        self.t = datetime(2026, 11, 23, 7, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.t


@pytest.fixture
def history(tmp_path):
    with History.open(tmp_path / "h.sqlite3") as opened:
        yield opened


def easy_run(qtbot, win: MainWindow, clock, wall: Wall) -> None:
    win.show_start()
    win.run.adapter.start()
    clock.advance(20)
    win.run.adapter.wake()
    assert win.stack.currentWidget() is win.finish_screen
    win.finish_screen.feelings[0].click()  # "Easy"
    wall.t += timedelta(hours=30)


def make(qtbot, clock, history, path, settings, wall) -> MainWindow:
    win = MainWindow(load(path), now=clock, history=history, settings=settings, wall_clock=wall)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.first_frame_shown):
        win.show()
    return win


def test_two_easy_runs_suggest_more_reps_and_taking_it_writes_only_that(
    qtbot, clock, history, tmp_path
):
    path = tmp_path / "clams.toml"
    path.write_text(SESSION, encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    wall = Wall()
    win = make(qtbot, clock, history, path, settings, wall)
    panel = win.start_screen.suggestions
    easy_run(qtbot, win, clock, wall)
    win.show_start()
    assert not panel.isVisible()  # one easy run is not yet a trend
    easy_run(qtbot, win, clock, wall)
    win.show_start()
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=3000)
    [line] = [label.text() for label in panel.lines]
    assert "12" in line and "was 10" in line
    assert path.read_text(encoding="utf-8") == SESSION  # nothing written yet

    panel.taken.emit(0)  # "Take it"
    text = path.read_text(encoding="utf-8")
    assert "reps = 12       # keep this comment" in text
    assert text.replace("reps = 12", "reps = 10") == SESSION
    assert win.app.base_session.moves[0].reps == 12
    assert not panel.isVisible()


def test_keeping_the_old_dose_is_remembered(qtbot, clock, history, tmp_path):
    path = tmp_path / "clams.toml"
    path.write_text(SESSION, encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    wall = Wall()
    win = make(qtbot, clock, history, path, settings, wall)
    for _ in range(2):
        easy_run(qtbot, win, clock, wall)
    win.show_start()
    panel = win.start_screen.suggestions
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=3000)
    panel.kept.emit(0)  # "Keep the old dose"
    assert not panel.isVisible()
    assert path.read_text(encoding="utf-8") == SESSION
    win.close()

    again = make(qtbot, clock, history, path, settings, wall)  # the next day
    again.app.show_week()
    assert not again.start_screen.suggestions.isVisible()

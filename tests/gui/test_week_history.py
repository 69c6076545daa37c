"""History in the window: runs recorded, the weekly goal shown, CSV export, screen awake."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
import textwrap
import time
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from hiptimer import history as history_module
from hiptimer.gui import dialogs
from hiptimer.gui.window import MainWindow
from hiptimer.history import History, Outcome
from hiptimer.progression import Rating
from hiptimer.runner import RunState
from hiptimer.session import loads

TINY = 'name = "Tiny"\nget_ready = 2\n[[moves]]\nname = "Hold"\nhold = 3\n'


@pytest.fixture
def history(tmp_path):
    """Return a history in the test's folder, closed after the test."""
    with History.open(tmp_path / "h.sqlite3") as opened:
        yield opened


LOCKER = textwrap.dedent(
    """
    import sqlite3, sys

    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    sys.stdin.readline()  # until the test lets go
    conn.execute("ROLLBACK")
    conn.close()
    """
)


@contextmanager
def lock_held(path):
    """Hold ``BEGIN EXCLUSIVE`` on ``path`` in another process; yield what lets it go."""
    with subprocess.Popen([sys.executable, "-c", LOCKER, str(path)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as child:

        def release():
            if not child.stdin.closed:
                child.stdin.close()
            assert child.wait(timeout=20) == 0

        try:
            assert child.stdout.readline() == "locked\n"
            yield release
        finally:
            release()


class Wall:
    """A wall clock for the history, fixed on a Wednesday."""

    def __init__(self) -> None:
        self.t = datetime(2026, 11, 25, 7, 30, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.t


class FakeInhibitor:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def inhibit(self, reason: str) -> None:
        self.calls.append("inhibit")

    def uninhibit(self) -> None:
        self.calls.append("uninhibit")


def make(qtbot, clock, history, inhibitor=None, wall=None):
    win = MainWindow(loads(TINY, "tiny.toml"), now=clock, history=history,
                     inhibitor=inhibitor, wall_clock=wall or Wall())
    qtbot.addWidget(win)
    # The history is read once the first frame is out.
    with qtbot.waitSignal(win.first_frame_shown):
        win.show()
    return win


def run_to_end(win, clock):
    win.run.adapter.start()
    clock.advance(10)
    win.run.adapter.wake()
    assert win.run.adapter.runner.state is RunState.FINISHED


def test_three_finished_sessions_meet_the_goal(qtbot, clock, history):
    wall = Wall()
    win = make(qtbot, clock, history, wall=wall)
    assert win.start_screen.week.text() == "This week: 0 of 3"
    for _ in range(3):
        run_to_end(win, clock)
        win.show_start()
        wall.t += timedelta(hours=5)
    assert win.start_screen.week.text().startswith("This week: 3 of 3 — goal met")
    assert "streak: 1 week" in win.start_screen.week.text()
    assert "goal met" in win.finish_screen.week.text().lower()
    runs = history.runs()
    assert [r.outcome for r in runs] == [Outcome.FINISHED] * 3
    assert runs[0].actual_active_s == 5
    assert win.start_screen.chart.weeks[-1].count == 3


def test_restart_and_close_mid_run_are_abandoned(qtbot, clock, history):
    inhibitor = FakeInhibitor()
    win = make(qtbot, clock, history, inhibitor)
    win.run.adapter.start()
    assert inhibitor.calls[-1] == "inhibit"
    clock.advance(3)
    win.run.adapter.wake()
    win.run.adapter.pause()
    assert inhibitor.calls[-1] == "uninhibit"
    win.run.adapter.toggle()
    assert inhibitor.calls[-1] == "inhibit"
    win.run.restart()
    clock.advance(1)
    win.run.adapter.wake()
    win.close()
    assert inhibitor.calls[-1] == "uninhibit"
    runs = history.runs()
    assert [r.outcome for r in runs] == [Outcome.ABANDONED, Outcome.ABANDONED]
    assert runs[0].where == "Hold"
    assert runs[0].actual_active_s == 3
    assert runs[1].where == "Get ready"


def test_goal_is_configurable_and_remembered(qtbot, clock, tmp_path):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(loads(TINY, "t"), now=clock, settings=settings, wall_clock=Wall())
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.first_frame_shown):
        win.show()
    win.start_screen.goal.setValue(5)
    assert win.start_screen.week.text() == "This week: 0 of 5"
    again = MainWindow(loads(TINY, "t"), now=clock, settings=settings, wall_clock=Wall())
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.first_frame_shown):
        again.show()
    assert again.start_screen.goal.value() == 5


def test_export_history_as_csv(qtbot, clock, history, tmp_path, monkeypatch):
    win = make(qtbot, clock, history)
    run_to_end(win, clock)
    out = tmp_path / "out.csv"
    monkeypatch.setattr(dialogs, "ask_csv_path", lambda parent: out)
    win.actions_by_name["export"].trigger()
    with out.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1
    assert rows[0]["session_name"] == "Tiny"
    assert rows[0]["started_at"].startswith("2026-11-25T07:30")


def test_corrupt_history_gives_one_notice_and_the_app_works(qtbot, clock, tmp_path):
    bad = tmp_path / "h.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    with History.open(bad) as history:
        win = make(qtbot, clock, history)
        assert history.notice
        assert win.start_screen.notice.isVisibleTo(win)
        assert win.start_screen.notice.text().count("\n") == 0
        run_to_end(win, clock)
        assert len(history.runs()) == 1


def test_progress_is_written_after_the_phase_change_and_never_after_the_end(
    qtbot, clock, history, caplog
):
    win = make(qtbot, clock, history)
    win.run.adapter.start()
    qtbot.waitUntil(lambda: history.runs()[0].where == "Get ready")
    clock.advance(2.5)
    win.run.adapter.wake()  # into the hold: its progress row is written once Qt is idle
    assert history.runs()[0].where == "Get ready"
    qtbot.waitUntil(lambda: history.runs()[0].where == "Hold")
    clock.advance(10)
    win.run.adapter.wake()  # the end: the done phase's progress must not touch the closed row
    qtbot.wait(20)
    assert history.runs()[0].outcome is Outcome.FINISHED
    assert "refused" not in caplog.text


def test_window_closes_the_history_it_made_and_not_one_handed_to_it(
    qtbot, clock, tmp_path, monkeypatch
):
    closed = []
    close = History.close

    def spy(self):
        closed.append(self)
        close(self)

    monkeypatch.setattr(History, "close", spy)
    own = make(qtbot, clock, None)
    made = own.app.history
    own.close()
    assert closed == [made]

    with History.open(tmp_path / "h.sqlite3") as handed:
        win = make(qtbot, clock, handed)
        run_to_end(win, clock)
        win.close()
        assert closed == [made]
        assert len(handed.runs()) == 1
    assert closed == [made, handed]


def test_a_locked_history_never_holds_up_the_window_and_the_runner_is_told(
    qtbot, clock, history, monkeypatch
):
    # The writer gives up on a locked file sooner (1 s in use): the same path, quicker.
    monkeypatch.setattr(history_module, "_WRITE_BUSY_TIMEOUT_S", 0.2)
    win = make(qtbot, clock, history)
    with lock_held(history.path) as release:
        started = time.monotonic()
        run_to_end(win, clock)
        win.show_start()
        assert time.monotonic() - started < 1  # 2 s per write before, and the run lost
        assert win.start_screen.week.text().startswith("This week: 1 of 3")
        # Told once the writer has given up waiting for the lock.
        qtbot.waitUntil(lambda: history.notice is not None
                        and history.notice in win.start_screen.notice.text(), timeout=10_000)
        assert win.start_screen.notice.text().count(history.notice) == 1
        release()
    assert history.flush(timeout=20)
    qtbot.waitUntil(lambda: not win.start_screen.notice.isVisibleTo(win), timeout=10_000)
    assert win.start_screen.week.text().startswith("This week: 1 of 3")
    conn = sqlite3.connect(history.path)
    try:
        assert conn.execute("SELECT session_name, outcome FROM runs").fetchall() == [
            ("Tiny", "finished")]
    finally:
        conn.close()


LONG = 'name = "Long"\nget_ready = 2\n[[moves]]\nname = "Bridge"\nhold = 100\n'


def make_long(qtbot, clock, history, wall=None):
    win = MainWindow(loads(LONG, "long.toml"), now=clock, history=history,
                     wall_clock=wall or Wall())
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.first_frame_shown):
        win.show()
    return win


def test_esc_in_the_first_minute_stops_at_once_and_records_where(
    qtbot, clock, history, monkeypatch
):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: asked.append(args) or True)
    win = make_long(qtbot, clock, history)
    win.run.adapter.start()
    clock.advance(30)
    win.run.adapter.wake()
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert asked == []  # less than a minute done: nothing much to lose
    assert win.stack.currentWidget() is win.start_screen
    assert win.run.adapter.runner.state is RunState.READY
    [run] = history.runs()
    assert run.outcome is Outcome.STOPPED
    assert run.where.startswith("Bridge")
    assert not run.counted
    # Stopped runs do not count and are not "skipped" finishes either.
    assert win.start_screen.week.text() == "This week: 0 of 3"


def test_esc_after_a_minute_asks_and_no_carries_on_where_it_was(
    qtbot, clock, history, monkeypatch
):
    answers = [False, True]
    asked = []

    def confirm(parent, title, text):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    win = make_long(qtbot, clock, history)
    win.run.adapter.start()
    clock.advance(80)
    win.run.adapter.wake()
    runner = win.run.adapter.runner
    elapsed = runner.elapsed()
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert len(asked) == 1 and "1:20" in asked[0]  # the minute and more done so far
    assert runner.state is RunState.RUNNING and runner.elapsed() == elapsed
    assert win.stack.currentWidget() is win.run_screen
    assert history.runs()[0].outcome is Outcome.RUNNING
    qtbot.mouseClick(win.run_screen.stop, Qt.MouseButton.LeftButton)  # the Stop button
    assert len(asked) == 2
    assert win.stack.currentWidget() is win.start_screen
    assert history.runs()[0].outcome is Outcome.STOPPED


def test_a_run_skipped_through_is_not_counted_and_the_finish_screen_says_so(
    qtbot, clock, history
):
    wall = Wall()
    win = make_long(qtbot, clock, history, wall=wall)
    win.run.adapter.start()
    while win.run.adapter.runner.state is not RunState.FINISHED:
        win.run.adapter.skip()
    assert win.stack.currentWidget() is win.finish_screen
    assert win.finish_screen.counted.isVisible()
    assert win.finish_screen.counted.text().startswith("Not counted")
    assert "0 of 3" in win.start_screen.week.text()
    assert "1 skipped" in win.start_screen.week.text()

    win.show_start()
    wall.t += timedelta(hours=1)
    win.run.adapter.start()
    clock.advance(110)
    win.run.adapter.wake()
    assert win.finish_screen.counted.text() == "Counted toward your week."
    assert win.start_screen.week.text().startswith("This week: 1 of 3")
    assert [r.counted for r in history.runs()] == [False, True]


def test_a_finished_run_is_asked_how_it_felt_once_and_the_answer_is_kept(
    qtbot, clock, history
):
    win = make_long(qtbot, clock, history)
    win.run.adapter.start()
    clock.advance(110)
    win.run.adapter.wake()
    finish = win.finish_screen
    assert finish.question.isVisible() and finish.question.text() == "How did it feel?"
    assert [b.text() for b in finish.feelings] == ["Easy (1)", "Just right (2)", "Hard (3)"]
    qtbot.keyClick(win, Qt.Key.Key_1)  # the key, as from the mat
    # A button's key presses it as a click would, shown pressed for a moment.
    qtbot.waitUntil(lambda: not any(b.isVisible() for b in finish.feelings), timeout=2000)
    assert finish.question.text() == "Noted: it felt easy."
    assert history.flush(timeout=5)
    [run] = history.runs()
    assert run.rating is Rating.EASY
    assert run.doses  # what it was done at, for the progression

    # A stopped run never reaches the question, and cannot be rated.
    win.show_start()
    win.run.adapter.start()
    clock.advance(5)
    win.run.adapter.wake()
    win.run.stop()
    assert win.stack.currentWidget() is win.start_screen
    assert win.run.tracker.last_finished is None
    win.run.rate("hard")
    assert history.flush(timeout=5)
    assert [r.rating for r in history.runs()] == [Rating.EASY, None]


def test_the_glute_firing_check_asks_where_it_was_felt_and_says_what_it_means(
    qtbot, clock, history
):
    from hiptimer import resources
    from hiptimer.session import load

    session = load(resources.assets_dir() / "sessions" / "glute-firing-check.toml")
    win = MainWindow(session, now=clock, history=history, wall_clock=Wall())
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.first_frame_shown):
        win.show()
    win.run.adapter.start()
    clock.advance(120)
    win.run.adapter.wake()
    finish = win.finish_screen
    assert win.stack.currentWidget() is finish
    assert finish.check.isVisible() and finish.check.text() == "Where did you feel it most?"
    answers = [b.text() for b in finish.check_answers]
    assert answers == ["In the buttock", "Back of the thigh", "Lower back"]
    qtbot.mouseClick(finish.check_answers[1], Qt.MouseButton.LeftButton)
    assert finish.check.text().startswith("Back of the thigh: The hamstrings are taking over")
    assert not any(b.isVisible() for b in finish.check_answers)
    assert finish.question.isVisible()  # how it felt is asked as well

    # A session without a question asks nothing more.
    win.app.load_session(resources.default_session_path())
    win.run.adapter.start()
    clock.advance(400)
    win.run.adapter.wake()
    assert not finish.check.isVisibleTo(finish) and finish.check_answers == []

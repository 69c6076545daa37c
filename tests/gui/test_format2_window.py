"""Session format 2 on screen: sides, blocks, sets, timed work, intervals, pictures, finish."""

from __future__ import annotations

from pathlib import Path

from hiptimer.gui.window import MainWindow
from hiptimer.plan import PhaseKind
from hiptimer.runner import RunState
from hiptimer.session import load, loads

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def window(qtbot, clock, session) -> MainWindow:
    win = MainWindow(session, now=clock)
    qtbot.addWidget(win)
    win.resize(1024, 640)
    win.show()
    qtbot.waitExposed(win)
    return win


def skip_to(win: MainWindow, test) -> None:
    adapter = win.run.adapter
    while not test(adapter.runner.phase):
        assert adapter.runner.state is not RunState.FINISHED
        adapter.skip()


def test_tabata_shows_timed_work_its_set_and_the_animated_gif_and_ends_with_its_own_words(
    qtbot, clock
):
    win = window(qtbot, clock, load(EXAMPLES / "tabata.toml"))
    win.run.adapter.start()
    skip_to(win, lambda p: p.kind is PhaseKind.WORK)
    clock.advance(1)
    win.run.adapter.wake()
    screen = win.run_screen
    assert screen.sub.text() == "work"
    assert "Set 1 of 8" in screen.round.text()
    picture = screen.picture.current_picture()
    assert picture is not None and picture.movie is not None
    first = picture.movie.currentFrameNumber()
    qtbot.waitUntil(lambda: picture.movie.currentFrameNumber() != first, timeout=5000)
    while win.run.adapter.runner.state is not RunState.FINISHED:
        win.run.adapter.skip()
    assert win.finish_screen.title.text() == "Done — walk it off"


def test_a_block_done_on_one_side_then_the_other_names_the_block_and_turns_over_once(
    qtbot, clock
):
    win = window(qtbot, clock, load(EXAMPLES / "one-then-other.toml"))
    win.run.adapter.start()
    skip_to(win, lambda p: p.kind is PhaseKind.WORK)
    assert win.run_screen.round.text().startswith("Lying on one side")
    assert win.run_screen.heading.text().endswith("left side")
    switches = [p for p in win.run.adapter.runner.plan.phases if p.kind is PhaseKind.SWITCH]
    assert len(switches) == 1


def test_alternating_lunges_show_the_leg_of_each_rep(qtbot, clock):
    session = loads('name = "A"\nget_ready = 0\n[[moves]]\nname = "Lunge"\nreps = 4\n'
                    'tempo = 2\nsides = "alternate"\n', "a.toml")
    win = window(qtbot, clock, session)
    win.run.adapter.start()
    screen = win.run_screen
    legs = []
    for _ in range(4):
        legs.append((screen.digits.text(), screen.sub.text().split(" · ")[0],
                     screen.picture.is_mirrored()))
        clock.advance(2)
        win.run.adapter.wake()
    assert [leg for _, leg, _ in legs] in (
        ["left leg", "right leg"] * 2, ["right leg", "left leg"] * 2)
    assert [digits for digits, _, _ in legs] == ["1/4", "1/4", "2/4", "2/4"]


def test_an_emom_rest_is_what_is_left_of_the_minute(qtbot, clock):
    session = loads('name = "E"\nget_ready = 0\n[[moves]]\nname = "Burpees"\nwork = 40\n'
                    'sets = 2\nevery = 60\n', "e.toml")
    win = window(qtbot, clock, session)
    win.run.adapter.start()
    clock.advance(40)
    win.run.adapter.wake()
    assert win.run.adapter.runner.phase.kind is PhaseKind.REST
    clock.advance(5)
    win.run.adapter.wake()
    assert win.run_screen.digits.text() == "15"


def test_a_missing_picture_is_said_once_and_the_session_runs_with_a_placeholder(
    qtbot, clock, tmp_path
):
    path = tmp_path / "mine.toml"
    path.write_text('name = "Mine"\n[[moves]]\nname = "Plank"\nhold = 20\n'
                    'image = "plank-photo.jpg"\n', encoding="utf-8")
    session = load(path)
    assert session.warnings
    win = window(qtbot, clock, session)
    notice = win.start_screen.notice
    assert notice.isVisibleTo(win) and notice.text().count("plank-photo.jpg") == 1
    assert "line 5" in notice.text()
    win.run.adapter.start()
    skip_to(win, lambda p: p.kind is PhaseKind.WORK)
    assert win.run_screen.picture.current_picture() is None  # the placeholder card
    win.app.load_session(path)  # opened again: still said once
    assert win.start_screen.notice.text().count("plank-photo.jpg") == 1

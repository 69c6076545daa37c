"""The window: keys, buttons, whole sessions on a fake clock, and one real timer run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hiptimer import resources
from hiptimer.errors import SessionError
from hiptimer.gui import dialogs
from hiptimer.gui.window import MainWindow
from hiptimer.plan import PhaseKind, Side, format_seconds
from hiptimer.runner import RunState
from hiptimer.session import load, loads

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def make_window(qtbot, clock):
    def make(session_file: Path | None = None, size=(1024, 640)) -> MainWindow:
        session = load(session_file or resources.default_session_path())
        win = MainWindow(session, now=clock)
        qtbot.addWidget(win)
        win.resize(*size)
        # Ready as a runner sees it: the week and the rest are built once the
        # first frame is out, not when the window is merely exposed.
        with qtbot.waitSignal(win.first_frame_shown, timeout=5000):
            win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        return win

    return make


def press(qtbot, win: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(win, key)


def advance(win: MainWindow, clock, seconds: float) -> None:
    clock.advance(seconds)
    win.run.adapter.wake()


def test_space_starts_pauses_and_resumes(qtbot, make_window, clock):
    win = make_window()
    assert win.stack.currentWidget() is win.start_screen
    press(qtbot, win, Qt.Key.Key_Space)
    assert win.run.adapter.runner.state is RunState.RUNNING
    assert win.stack.currentWidget() is win.run_screen
    advance(win, clock, 3)
    press(qtbot, win, Qt.Key.Key_Space)
    assert win.run.adapter.runner.state is RunState.PAUSED
    assert win.run_screen.paused.isVisible()
    assert "Space to resume" in win.run_screen.paused.text()
    assert win.run_screen.pause.text() == "Resume"
    clock.advance(60)  # a long pause must not eat into the get-ready time
    press(qtbot, win, Qt.Key.Key_Space)
    assert win.run.adapter.runner.state is RunState.RUNNING
    assert not win.run_screen.paused.isVisible()
    assert win.run_screen.digits.text() == "7"


@pytest.mark.parametrize(("keys", "state"), [
    ([Qt.Key.Key_Space], RunState.RUNNING),
    ([Qt.Key.Key_Space, Qt.Key.Key_Right], RunState.RUNNING),
    ([Qt.Key.Key_Space, Qt.Key.Key_Space], RunState.PAUSED),
])
def test_keys_pressed_before_the_first_frame_is_painted_still_count(qtbot, clock, keys, state):
    # The window builds its keys once its first frame is out; a runner who
    # presses Space the instant it appears (or a loaded machine that is late
    # to paint) must not lose the key.
    win = MainWindow(load(resources.default_session_path()), now=clock)
    qtbot.addWidget(win)
    win.setUpdatesEnabled(False)  # a machine too busy to paint the first frame yet
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    assert not win.first_frame_done
    for key in keys:
        qtbot.keyClick(win, key)
    assert win.run.adapter.runner.state is state
    if len(keys) == 2 and keys[1] is Qt.Key.Key_Right:
        assert win.run.adapter.runner.phase.kind is PhaseKind.WORK


@pytest.mark.parametrize("box", ["rounds", "goal", "volume", "scale", "picker"])
def test_space_in_a_box_before_the_first_frame_still_starts(qtbot, clock, box):
    # A loaded machine may hand a key to a box with the focus before the
    # window has painted (and made its keys): the box must not eat it.
    win = MainWindow(load(resources.default_session_path()), now=clock)
    qtbot.addWidget(win)
    win.setUpdatesEnabled(False)  # too busy to paint the first frame yet
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    widget = getattr(win.start_screen, box)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    assert not win.first_frame_done
    qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert win.run.adapter.runner.state is RunState.RUNNING


def test_arrow_keys_skip_and_go_back(qtbot, make_window, clock):
    win = make_window()
    press(qtbot, win, Qt.Key.Key_Space)
    press(qtbot, win, Qt.Key.Key_Right)
    phase = win.run.adapter.runner.phase
    assert phase.kind is PhaseKind.WORK and phase.side is Side.LEFT
    assert win.run_screen.heading.text() == "Clam shell — left side"
    advance(win, clock, 5)
    press(qtbot, win, Qt.Key.Key_Left)  # 5 s in: restart this phase
    assert win.run.adapter.runner.index == 1
    assert win.run.adapter.runner.elapsed() == 0
    press(qtbot, win, Qt.Key.Key_Left)  # at once again: previous phase
    assert win.run.adapter.runner.index == 0


def test_restart_mute_and_full_screen_keys(qtbot, make_window, clock):
    win = make_window()
    press(qtbot, win, Qt.Key.Key_R)  # nothing to restart before the start
    assert win.run.adapter.runner.state is RunState.READY
    press(qtbot, win, Qt.Key.Key_Space)
    advance(win, clock, 40)
    assert win.run.adapter.runner.index > 0
    press(qtbot, win, Qt.Key.Key_R)
    assert win.run.adapter.runner.index == 0
    assert win.run.adapter.runner.state is RunState.RUNNING

    press(qtbot, win, Qt.Key.Key_M)
    assert win.app.muted and win.run_screen.mute.text() == "Unmute"
    press(qtbot, win, Qt.Key.Key_M)
    assert not win.app.muted

    press(qtbot, win, Qt.Key.Key_F11)
    qtbot.waitUntil(win.isFullScreen)
    press(qtbot, win, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not win.isFullScreen())


def test_buttons_do_what_the_keys_do(qtbot, make_window, clock):
    win = make_window()
    qtbot.mouseClick(win.start_screen.start, Qt.MouseButton.LeftButton)
    assert win.run.adapter.runner.state is RunState.RUNNING
    screen = win.run_screen
    qtbot.mouseClick(screen.skip, Qt.MouseButton.LeftButton)
    assert win.run.adapter.runner.index == 1
    qtbot.mouseClick(screen.pause, Qt.MouseButton.LeftButton)
    assert win.run.adapter.runner.state is RunState.PAUSED
    qtbot.mouseClick(screen.pause, Qt.MouseButton.LeftButton)
    assert win.run.adapter.runner.state is RunState.RUNNING
    qtbot.mouseClick(screen.back, Qt.MouseButton.LeftButton)
    assert win.run.adapter.runner.index == 0
    qtbot.mouseClick(screen.mute, Qt.MouseButton.LeftButton)
    assert win.app.muted
    for button in (screen.back, screen.pause, screen.skip, screen.restart, screen.mute,
                   screen.full, win.start_screen.start):
        # Reached by Tab, never by a click: a clicked button does not keep
        # the keys from the window.
        assert button.focusPolicy() == Qt.FocusPolicy.TabFocus
        assert button.toolTip()


def test_every_button_is_reached_by_tab_and_pressed_by_return_space_stays_pause(
    qtbot, make_window, clock
):
    win = make_window()
    start = win.start_screen
    assert QApplication.focusWidget() is start.start  # Return starts, Tab goes on
    reached = set()
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert {start.picker, start.rounds, start.scale, start.less, start.more, start.goal,
            start.volume, start.start} <= reached
    start.start.setFocus()
    qtbot.keyClick(start.start, Qt.Key.Key_Return)
    assert win.run.adapter.runner.state is RunState.RUNNING
    screen = win.run_screen
    screen.skip.setFocus()
    qtbot.keyClick(screen.skip, Qt.Key.Key_Space)  # the shortcut, not the focused button
    assert win.run.adapter.runner.state is RunState.PAUSED
    assert win.run.adapter.runner.index == 0
    qtbot.keyClick(screen.skip, Qt.Key.Key_Return)  # the focused button
    assert win.run.adapter.runner.index == 1


def test_space_says_done_on_self_paced_reps(qtbot, make_window, clock):
    win = make_window(resources.assets_dir() / "sessions" / "lunge-matrix.toml")
    press(qtbot, win, Qt.Key.Key_Space)
    advance(win, clock, 10)
    runner = win.run.adapter.runner
    assert runner.phase.self_paced
    assert win.run_screen.digits.text() == "10"
    assert win.run_screen.sub.text().startswith("reps · Space when done")
    advance(win, clock, 120)  # waits as long as it takes
    assert runner.phase.self_paced and runner.index == 1
    press(qtbot, win, Qt.Key.Key_Space)
    assert runner.index == 2 and runner.phase.kind is PhaseKind.SWITCH
    assert runner.state is RunState.RUNNING


@pytest.mark.parametrize("name", ["config.toml", "hip-circuit.toml", "lunge-matrix.toml"])
def test_whole_builtin_session_on_a_fake_clock(qtbot, make_window, clock, name):
    path = (resources.default_session_path() if name == "config.toml"
            else resources.assets_dir() / "sessions" / name)
    win = make_window(path)
    plan = win.app.plan
    seen = []

    def record(index: int) -> None:
        phase = plan.phases[index]
        screen = win.run_screen
        seen.append(index)
        if phase.kind is PhaseKind.WORK:
            assert screen.heading.text() == phase.heading
            assert screen.kind.text() == "WORK"
            if phase.rounds > 1:
                assert screen.round.text() == f"Round {phase.round_no} of {phase.rounds}"

    win.run.adapter.phase_started.connect(record)
    with qtbot.waitSignal(win.run_finished, timeout=2000):
        win.run.adapter.start()
        for _ in range(100000):
            runner = win.run.adapter.runner
            if runner.state is RunState.FINISHED:
                break
            if runner.phase.self_paced:
                advance(win, clock, 7)
                win.run.adapter.done()
                continue
            wake = win.run.adapter.next_wake()
            assert wake is not None and wake >= clock()
            clock.t = wake
            win.run.adapter.wake()
            if runner.state is RunState.RUNNING and runner.phase.kind is PhaseKind.WORK:
                phase = runner.phase
                right = phase.side is Side.RIGHT
                assert win.run_screen.picture.is_mirrored() == right
                rep = runner.current_rep()
                if rep is not None:
                    assert win.run_screen.digits.text() == f"{rep}/{phase.reps}"
    assert seen == list(range(len(plan.phases)))
    assert win.stack.currentWidget() is win.finish_screen
    assert win.finish_screen.title.text() == "Done — go run!"
    assert win.finish_screen.taken.text().startswith("Time: ")


def test_rep_picture_alternates_with_the_tempo(qtbot, make_window, clock):
    win = make_window()
    win.run.adapter.start()
    win.run.adapter.skip()  # straight to the clam shells, tempo 2.5 s
    picture = win.run_screen.picture
    assert picture.frame_index() == 0  # down on the beat
    wake = win.run.adapter.next_wake()
    assert wake == pytest.approx(clock() + 1.0)  # next whole second comes first
    advance(win, clock, 1.25)
    assert picture.frame_index() == 1  # up between beats
    advance(win, clock, 1.25)
    assert picture.frame_index() == 0
    assert win.run_screen.digits.text() == "2/10"


def test_hold_shows_the_held_frame(qtbot, make_window, clock):
    win = make_window()
    win.run.adapter.start()
    runner = win.run.adapter.runner
    while runner.phase.kind is not PhaseKind.WORK or runner.phase.reps:
        win.run.adapter.skip()
    assert win.run.adapter.runner.phase.title == "Glute bridge"
    advance(win, clock, 3)
    frames = win.run.adapter.runner.phase.move.images
    assert win.run_screen.picture.frame_index() == len(frames) - 1 if frames else 0
    assert win.run_screen.digits.text() == "27"
    assert win.run_screen.sub.text() == "hold"


def test_missing_and_hostile_pictures_give_the_placeholder(qtbot, make_window, clock, tmp_path):
    fifo = tmp_path / "pipe.png"
    import os

    os.mkfifo(fifo)
    big = tmp_path / "big.png"
    big.write_bytes(b"\0" * (9 * 1024 * 1024))
    text = f"""
name = "Pictures"
get_ready = 0
[[moves]]
name = "Missing"
hold = 5
image = "{tmp_path / 'nope.svg'}"
[[moves]]
name = "Fifo"
hold = 5
image = "{fifo}"
[[moves]]
name = "Big"
hold = 5
image = "{big}"
"""
    session = loads(text, "pictures.toml", base_dir=tmp_path)
    win = MainWindow(session, now=clock)
    qtbot.addWidget(win)
    win.show()
    win.run.adapter.start()
    for _ in range(3):
        assert win.run.adapter.runner.phase.kind is PhaseKind.WORK
        assert win.run_screen.picture.current_picture() is None
        win.run_screen.picture.grab()  # paints the placeholder without error
        win.run.adapter.skip()
        if win.run.adapter.runner.phase.kind is PhaseKind.REST:
            win.run.adapter.skip()


def test_bad_session_file_shows_problems_and_keeps_the_session(
    qtbot, make_window, tmp_path, monkeypatch
):
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "Bad"\n[[moves]]\nname = "x"\nreps = -3\nrep = 2\n')
    shown: list[SessionError] = []
    monkeypatch.setattr(dialogs, "show_problems", lambda parent, err, fb: shown.append(err))
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent: bad)
    win = make_window()
    name = win.app.session.name
    press(qtbot, win, Qt.Key.Key_O)  # plain O does nothing
    win.actions_by_name["open"].trigger()
    assert len(shown) == 1 and len(shown[0].problems) == 2
    assert win.app.session.name == name
    assert win.windowTitle().startswith(name)


def test_opening_a_good_session_updates_the_start_screen(qtbot, make_window, tmp_path,
                                                         monkeypatch):
    good = tmp_path / "mine.toml"
    good.write_text('name = "Mine"\n[[moves]]\nmove = "glute-bridge"\nhold = 20\n')
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent: good)
    win = make_window()
    win.actions_by_name["open"].trigger()
    assert win.app.session.name == "Mine"
    assert "Mine" in win.windowTitle()
    assert "Glute bridge: hold 20 s" in win.start_screen.moves.text()


def test_start_screen_rounds_and_scale_change_the_total_and_the_run(qtbot, make_window):
    win = make_window(resources.assets_dir() / "sessions" / "hip-circuit.toml")
    screen = win.start_screen
    three = win.app.plan.total
    assert screen.rounds.value() == 3
    screen.rounds.setValue(2)
    assert win.app.plan.total < three
    assert max(p.round_no for p in win.app.plan.phases) == 2
    two = win.app.plan.total
    screen.step_scale(+1)
    assert screen.scale.currentText() == "110 %"
    assert win.app.plan.total > two
    clams = [p for p in win.app.plan.phases if p.title == "Clam shell"]
    assert clams[0].reps == 11
    assert screen.total.text() == f"Total {format_seconds(win.app.plan.total)}"


def test_countdown_is_a_third_of_the_window_at_both_sizes(qtbot, make_window, clock):
    for size in ((800, 480), (1920, 1080)):
        win = make_window(size=size)
        win.run.adapter.start()
        advance(win, clock, 2)
        win.grab()
        assert win.run_screen.digits.text() == "8"
        # The run screen's layout settles once Qt has handled its posted events.
        digits, third = win.run_screen.digits, size[1] / 3
        qtbot.waitUntil(lambda d=digits, t=third: d.text_pixel_height() >= t)
        win.run.adapter.skip()
        advance(win, clock, 0.1)
        win.grab()
        assert win.run_screen.digits.text_pixel_height() >= size[1] / 3


def test_start_and_finish_text_grow_with_a_taller_window(qtbot, make_window):
    def pixels(widget) -> int:
        widget.ensurePolished()
        return QFontInfo(widget.font()).pixelSize()

    sizes = {}
    finish = {}
    for size in ((800, 480), (1024, 640), (1920, 1080), (3840, 2160)):
        win = make_window(size=size)
        win.grab()
        screen = win.start_screen
        card = screen.moves.cards[0].text
        sizes[size] = (pixels(screen.title), pixels(card), pixels(screen.start),
                       pixels(screen.rounds), screen.chart.height())
        win.stack.setCurrentWidget(win.finish_screen)
        win.grab()
        finish[size] = (pixels(win.finish_screen.week), pixels(win.finish_screen.again))
    assert sizes[(800, 480)] == sizes[(1024, 640)] == (30, 20, 28, 16, 64)
    big, huge = sizes[(1920, 1080)], sizes[(3840, 2160)]
    assert all(b >= 1.5 * s for b, s in zip(big, sizes[(1024, 640)], strict=True))
    assert all(h >= 3 * s for h, s in zip(huge, sizes[(1024, 640)], strict=True))
    # The finish screen's line about the week and its buttons grow too.
    assert all(b >= 1.7 * s for b, s in zip(finish[(1920, 1080)], finish[(800, 480)], strict=True))


def test_real_timer_runs_a_tiny_session(qtbot):
    session = loads('name = "Tiny"\nget_ready = 0\n[[moves]]\nname = "Hold"\nhold = 1\n', "t")
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    phases: list[int] = []
    win.run.adapter.phase_started.connect(phases.append)
    with qtbot.waitSignal(win.run_finished, timeout=5000) as blocker:
        win.run.adapter.start()
    assert phases == [0, 1]
    assert blocker.args[0].active == pytest.approx(1.0, abs=0.05)


def test_none_refcount_steady_across_many_settext_calls():
    """PySide6 6.12.0 on Python 3.11 leaks a None reference per void Qt call.

    After about 5,000 calls the interpreter aborts, which would take the whole
    test run down with it, so the calls run in a child process.
    """
    import subprocess

    child = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "before = sys.getrefcount(None)\n"
        "for i in range(20000):\n"
        "    label.setText('x' if i % 2 else 'y')\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, f"the interpreter died: {result.stderr[-500:]}"
    assert abs(int(result.stdout.strip())) < 100


def test_resume_button_is_clickable_through_the_paused_dimming(qtbot, make_window, clock):
    win = make_window()
    win.run.adapter.start()
    win.run.adapter.pause()
    screen = win.run_screen
    assert screen.paused.isVisible()
    centre = screen.pause.mapTo(win, screen.pause.rect().center())
    qtbot.mouseClick(win.windowHandle(), Qt.MouseButton.LeftButton, pos=centre)
    assert win.run.adapter.runner.state is RunState.RUNNING


def test_phase_colours_fill_the_window(qtbot, make_window, clock):
    from hiptimer.gui import theme

    win = make_window()
    win.run_screen.set_pulse(False)  # the change's flash would lighten the colour

    def colour_at_edge() -> str:
        image = win.grab().toImage()
        return image.pixelColor(3, image.height() // 2).name().upper()

    assert colour_at_edge() == theme.START_BACKGROUND.upper()
    win.run.adapter.start()
    assert colour_at_edge() == theme.LOOKS[PhaseKind.GET_READY].background.upper()
    win.run.adapter.skip()
    assert colour_at_edge() == theme.LOOKS[PhaseKind.WORK].background.upper()
    win.run.adapter.pause()
    assert colour_at_edge() != theme.LOOKS[PhaseKind.WORK].background.upper()
    win.run.adapter.toggle()
    win.run.adapter.skip()
    win.run.adapter.skip()
    win.run.adapter.skip()
    assert colour_at_edge() == theme.LOOKS[PhaseKind.REST].background.upper()
    styles = {win.stack.styleSheet()}
    win.run.adapter.skip()
    assert {win.stack.styleSheet()} == styles  # colours change without restyling


def test_phase_colours_have_daylight_contrast():
    from hiptimer.gui import theme

    pairs = theme.text_pairs()
    assert len(pairs) >= 40
    low = [(what, round(theme.contrast(text, ground), 2)) for what, text, ground in pairs
           if theme.contrast(text, ground) < 4.5]
    assert low == []
    assert theme.blend("#000000", "#FFFFFF", 255) == "#FFFFFF"
    assert theme.blend("#1E3A8A", "#FFFFFF", 0) == "#1E3A8A"


def test_a_move_can_refuse_to_be_mirrored(qtbot, clock):
    text = ('name = "M"\nget_ready = 0\nswitch = 0\n[[moves]]\nmove = "side-lunge"\n'
            'reps = 2\nmirror = false\n[[moves]]\nmove = "clam-shell"\nreps = 2\n')
    win = MainWindow(loads(text, "m.toml"), now=clock)
    qtbot.addWidget(win)
    win.show()
    win.run.adapter.start()
    seen = []
    while win.run.adapter.runner.state is RunState.RUNNING:
        phase = win.run.adapter.runner.phase
        if phase.kind is PhaseKind.WORK:
            seen.append((phase.title, phase.side, win.run_screen.picture.is_mirrored()))
        win.run.adapter.skip()
    assert ("Side lunge", Side.RIGHT, False) in seen
    assert ("Clam shell", Side.RIGHT, True) in seen
    assert ("Clam shell", Side.LEFT, False) in seen


@pytest.mark.parametrize("box", ["rounds", "goal", "volume", "scale", "picker"])
def test_space_starts_even_after_setting_a_number(qtbot, make_window, box):
    win = make_window()
    widget = getattr(win.start_screen, box)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert win.run.adapter.runner.state is RunState.RUNNING


def test_self_paced_reps_have_a_done_button_and_pause_still_pauses(qtbot, make_window, clock):
    win = make_window(resources.assets_dir() / "sessions" / "lunge-matrix.toml")
    screen = win.run_screen
    win.run.adapter.start()
    assert not screen.done.isVisible()
    win.run.adapter.skip()
    assert win.run.adapter.runner.phase.self_paced
    assert screen.done.isVisible()
    qtbot.mouseClick(screen.pause, Qt.MouseButton.LeftButton)
    assert win.run.adapter.runner.state is RunState.PAUSED
    assert win.run.adapter.runner.index == 1
    qtbot.mouseClick(screen.pause, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.done, Qt.MouseButton.LeftButton)
    assert win.run.adapter.runner.index == 2
    assert not screen.done.isVisible()


def test_the_muted_mark_shows_on_every_screen_and_full_screen_names_its_way_out(
    qtbot, make_window, clock
):
    win = make_window()
    win.app.set_muted(True, remember=False)  # as a remembered mute comes back
    assert win.start_screen.muted.isVisible()
    assert "M" in win.start_screen.muted.text()
    press(qtbot, win, Qt.Key.Key_Space)
    assert win.run_screen.muted.isVisible()
    press(qtbot, win, Qt.Key.Key_M)
    assert not win.run_screen.muted.isVisible()
    assert not win.start_screen.muted.isVisibleTo(win.start_screen)
    press(qtbot, win, Qt.Key.Key_M)
    while win.run.adapter.runner.state is not RunState.FINISHED:
        win.run.adapter.skip()
    assert win.finish_screen.muted.isVisible()

    win.show_start()
    press(qtbot, win, Qt.Key.Key_Space)
    assert win.run_screen.full.text() == "Full screen"
    press(qtbot, win, Qt.Key.Key_F11)
    qtbot.waitUntil(win.isFullScreen)
    assert win.run_screen.full.text() == "Leave full screen"
    press(qtbot, win, Qt.Key.Key_Escape)  # out of full screen first, the run goes on
    qtbot.waitUntil(lambda: not win.isFullScreen())
    assert win.run_screen.full.text() == "Full screen"
    assert win.run.adapter.runner.state is RunState.RUNNING


def test_the_week_chart_names_the_goal_and_the_counts(qtbot, make_window):
    win = make_window()
    chart = win.start_screen.chart
    description = chart.accessibleDescription()
    assert description.startswith("Goal: 3 runs a week.")
    assert "0 runs" in description


def media_key(win: MainWindow, key: Qt.Key) -> None:
    # With its text given: QTest's own lookup of a media key's text warns.
    QTest.sendKeyEvent(QTest.KeyAction.Click, win, key, "", Qt.KeyboardModifier.NoModifier)


def test_the_media_keys_start_pause_skip_go_back_and_stop(qtbot, make_window, clock):
    win = make_window()
    runner = win.run.adapter.runner
    media_key(win, Qt.Key.Key_MediaTogglePlayPause)
    assert runner.state is RunState.RUNNING
    media_key(win, Qt.Key.Key_MediaNext)
    assert runner.index == 1
    media_key(win, Qt.Key.Key_MediaPrevious)  # just begun: back to the one before
    assert runner.index == 0
    media_key(win, Qt.Key.Key_MediaPause)
    assert runner.state is RunState.PAUSED
    media_key(win, Qt.Key.Key_MediaPlay)
    assert runner.state is RunState.RUNNING
    media_key(win, Qt.Key.Key_MediaStop)  # less than a minute: no question
    assert win.run.adapter.runner.state is RunState.READY
    assert win.stack.currentWidget() is win.start_screen


def test_the_screen_flashes_at_each_change_and_on_3_2_1_unless_turned_off(
    qtbot, make_window, clock
):
    session = loads('name = "F"\nget_ready = 5\n[[moves]]\nname = "Bridge"\nhold = 5\n', "f")
    win = MainWindow(session, now=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    screen = win.run_screen
    win.run.adapter.start()
    assert screen.flash.isVisible()  # a phase started
    qtbot.waitUntil(lambda: not screen.flash.isVisible(), timeout=2000)
    flashes = 0
    for _ in range(5):
        advance(win, clock, 1)
        flashes += screen.flash.isVisible()
        screen.flash.hide()
    assert flashes == 4  # 3, 2, 1, then the hold starts
    screen.set_pulse(False)
    advance(win, clock, 1)
    for _ in range(3):  # the hold's own 3, 2, 1
        advance(win, clock, 1)
        assert screen.digits.text() in ("3", "2", "1")
        assert not screen.flash.isVisible()

"""Sound in the window: every cue heard at its deadline, mute, volume, and no backend."""

from __future__ import annotations

import threading
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from hiptimer import resources
from hiptimer.audio import CuePlayer
from hiptimer.gui.window import MainWindow
from hiptimer.runner import RunState
from hiptimer.session import load
from hiptimer.voice import Voice


class Handle:
    def is_alive(self) -> bool:
        return False


class Recorder:
    """A play function that records which file was asked for, and when."""

    def __init__(self, clock) -> None:
        self.clock = clock
        self.played: list[tuple[float, str]] = []
        self.paths: list[Path] = []

    def __call__(self, path: str) -> Handle:
        assert Path(path).is_absolute()
        self.played.append((self.clock(), Path(path).name))
        self.paths.append(Path(path))
        return Handle()


def make(qtbot, clock, tmp_path, play, settings=None) -> MainWindow:
    voice = Voice(tmp_path / "cache", is_available=lambda: False)
    player = CuePlayer(play, now=clock, voice=voice, cache=tmp_path / "cache", background=False)
    win = MainWindow(load(resources.default_session_path()), now=clock, player=player,
                     settings=settings)
    qtbot.addWidget(win)
    win.show()
    win.app.sound_started()
    return win


def run_to_end(win, clock):
    win.run.adapter.start()
    for _ in range(10000):
        if win.run.adapter.runner.state is RunState.FINISHED:
            return
        clock.t = win.run.adapter.next_wake()
        win.run.adapter.wake()
    raise AssertionError("the session did not end")


def test_default_session_cues_land_on_their_deadlines(qtbot, clock, tmp_path):
    recorder = Recorder(clock)
    win = make(qtbot, clock, tmp_path, recorder)
    start = clock()
    run_to_end(win, clock)
    heard = [(round(t - start, 3), name.removesuffix(".wav")) for t, name in recorder.played]
    assert heard[:5] == [(0, "get-ready"), (7, "countdown"), (8, "countdown"),
                         (9, "countdown"), (10, "go")]
    assert [t for t, n in heard if n == "tick"][:3] == [12.5, 15.0, 17.5]
    assert len([n for _, n in heard if n == "tick"]) == 9 + 9 + 9 + 9  # reps 2..10, 4 sides
    assert (35, "switch") in heard and (65, "rest") in heard
    assert (90, "halfway") in heard  # the bridge hold, 15 s in
    assert heard[-1] == (180, "done")
    assert len(heard) == len(set(heard))  # nothing twice


def test_a_player_attached_after_the_start_still_hears_the_run(qtbot, clock, tmp_path):
    """``--start`` starts the run before the first frame; the player comes after it."""
    recorder = Recorder(clock)
    win = MainWindow(load(resources.default_session_path()), now=clock)
    qtbot.addWidget(win)
    win.run.adapter.start()
    start = clock()
    clock.t += 0.05
    voice = Voice(tmp_path / "cache", is_available=lambda: False)
    win.attach_player(CuePlayer(recorder, now=clock, voice=voice, cache=tmp_path / "cache",
                                background=False))
    win.app.sound_started()
    while clock() < start + 10.1:
        clock.t = win.run.adapter.next_wake()
        win.run.adapter.wake()
    heard = [(round(t - start, 3), name.removesuffix(".wav")) for t, name in recorder.played]
    assert heard[:5] == [(0.05, "get-ready"), (7, "countdown"), (8, "countdown"),
                         (9, "countdown"), (10, "go")]


def test_mute_key_silences_and_is_remembered(qtbot, clock, tmp_path):
    recorder = Recorder(clock)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = make(qtbot, clock, tmp_path, recorder, settings)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_M)
    run_to_end(win, clock)
    assert recorder.played == []
    assert settings.value("mute", type=bool) is True


def test_volume_control_sets_the_player_and_the_setting(qtbot, clock, tmp_path):
    recorder = Recorder(clock)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = make(qtbot, clock, tmp_path, recorder, settings)
    win.start_screen.volume.setValue(40)
    assert win.app.player.volume == 40
    assert int(settings.value("volume")) == 40
    win.run.adapter.start()
    path = recorder.paths[0]
    assert path.name.startswith("get-ready")
    assert path.parent.name == "40"  # the copy scaled for 40 %


def test_no_backend_runs_silently_with_one_notice(qtbot, clock, tmp_path):
    def broken(path: str) -> Handle:
        raise RuntimeError("no audio device")

    win = make(qtbot, clock, tmp_path, broken)
    run_to_end(win, clock)
    notices = win.start_screen.notice.text().splitlines()
    assert len([n for n in notices if n.startswith("No sound")]) == 1
    assert win.stack.currentWidget() is win.finish_screen
    # Told once, where the runner sets up; no banner over the run itself.
    for screen in (win.run_screen, win.finish_screen):
        assert not [label.text() for label in screen.findChildren(QLabel)
                    if "No sound" in label.text()]


def silent_wav(text: str, out: Path) -> None:
    """Stand in for espeak-ng: a tenth of a second of silence, a valid WAV."""
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\0\0" * 2205)


@pytest.mark.parametrize("voice_here", [True, False])
def test_voice_hint_only_without_espeak(qtbot, clock, tmp_path, voice_here):
    player = CuePlayer(Recorder(clock), now=clock, background=False,
                       voice=Voice(tmp_path / "v", is_available=lambda: voice_here,
                                   render=silent_wav),
                       cache=tmp_path / "c")
    win = MainWindow(load(resources.default_session_path()), now=clock, player=player)
    qtbot.addWidget(win)
    win.app.sound_started()
    assert ("espeak-ng" in win.start_screen.notice.text()) is (not voice_here)
    # The prompts render on a thread of their own: let it end here, not in
    # the middle of a later test (it once logged a failed render there).
    qtbot.waitUntil(lambda: not any(t.name == "hiptimer-voice" for t in threading.enumerate()))

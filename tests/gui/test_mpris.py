"""Drive a run through MPRIS with Debian's ``playerctl``, on a private D-Bus daemon.

Each test starts its own ``dbus-daemon`` (as ``test_screensaver.py`` does: no
service activation, nothing of the machine's session) and puts a run's
controller on it through ``MprisPlayer``. The client is the real
``playerctl`` (and ``dbus-send`` for what playerctl does not send), run as a
subprocess while the GUI thread keeps serving the bus: every wait is a
``qtbot.waitUntil`` on the process or on the state it should have changed.
"""

from __future__ import annotations

import logging
import os
import select
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from hiptimer.gui import dialogs, mpris
from hiptimer.gui.controllers.run import RunController
from hiptimer.gui.mpris import BUS_NAME, MprisPlayer
from hiptimer.history import History
from hiptimer.plan import PhaseKind, Plan, make_plan
from hiptimer.runner import RunState
from hiptimer.session import loads

STARTUP_TIMEOUT_S = 10
CLIENT_TIMEOUT_MS = 5000

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# Phases: 0 get ready, 1 clams left, 2 switch, 3 clams right, 4 rest,
# 5 bridge held until done (self-paced), 6 done.
SESSION = """
name = "Remote test"
get_ready = 5
rest = 10

[[moves]]
move = "clam-shell"
reps = 3

[[moves]]
move = "glute-bridge"
hold = "self"
"""
SELF_PACED = 5
WHEN = datetime(2024, 5, 6, 7, tzinfo=timezone.utc)


def _needed(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        # CI installs both (tools/ci-apt-packages.txt), so there a missing one
        # fails; elsewhere the test says what to add.
        why = (f"{tool} is not installed: this test needs it. Install the packages in "
               "tools/ci-apt-packages.txt (apt-get install dbus-daemon playerctl).")
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    return path


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    """Start a private dbus-daemon for one test and return its address."""
    daemon = _needed("dbus-daemon")
    _needed("playerctl")
    _needed("dbus-send")
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG, encoding="utf-8")
    proc = subprocess.Popen(
        [daemon, f"--config-file={config}", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # "Failed to set fd limit" when not privileged
        text=True,
    )
    assert proc.stdout is not None
    try:
        ready, _, _ = select.select([proc.stdout], [], [], STARTUP_TIMEOUT_S)
        address = proc.stdout.readline().strip() if ready else ""
        if not address:
            pytest.fail(f"dbus-daemon did not start (exit code {proc.poll()})")
        yield address
    finally:
        proc.kill()
        proc.wait(timeout=10)
        proc.stdout.close()


class Client:
    """Runs bus clients against the private bus and waits for them with the event loop going."""

    def __init__(self, qtbot: Any, address: str) -> None:
        self.qtbot = qtbot
        self.env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                    "DBUS_SESSION_BUS_ADDRESS": address, "LANG": "C.UTF-8"}

    def run(self, *argv: str) -> subprocess.CompletedProcess[str]:
        proc = subprocess.Popen(argv, env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            # The player answers from this thread's event loop: keep it turning.
            self.qtbot.waitUntil(lambda: proc.poll() is not None, timeout=CLIENT_TIMEOUT_MS)
        finally:
            if proc.poll() is None:
                proc.kill()
            out, err = proc.communicate(timeout=10)
        return subprocess.CompletedProcess(argv, proc.returncode, out, err)

    def __call__(self, *args: str, player: str = "hiptimer") -> str:
        """Run ``playerctl -p PLAYER ARGS``; return what it printed (it must succeed)."""
        done = self.run("playerctl", "-p", player, *args)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        assert "WARNING" not in done.stderr, done.stderr
        return done.stdout.strip()

    def send(self, member: str, *args: str) -> subprocess.CompletedProcess[str]:
        """Call ``member`` (interface.Method) on the player with ``dbus-send``."""
        return self.run("dbus-send", "--session", f"--dest={BUS_NAME}", "--print-reply",
                        "--reply-timeout=3000", mpris.OBJECT_PATH, member, *args)


@pytest.fixture
def plan() -> Plan:
    return make_plan(loads(SESSION, "remote.toml"))


@pytest.fixture
def run(qtbot: Any, plan: Plan, clock: Any) -> Iterator[RunController]:
    """Make a run's controller on a fake clock, stopped back to the start as the window does."""
    window = QWidget()
    qtbot.addWidget(window)
    history = History.in_memory()
    controller = RunController(plan, clock, history, None, lambda: WHEN,
                               window)
    controller.stopped.connect(lambda: controller.make_ready(plan))
    yield controller
    controller.set_plan(plan)
    history.close()


@pytest.fixture
def player(qtbot: Any, run: RunController, bus_address: str) -> Iterator[MprisPlayer]:
    remote = MprisPlayer(run, run.asker)
    with qtbot.waitSignal(remote.name_owned, timeout=CLIENT_TIMEOUT_MS):
        assert remote.start(bus_address)
    yield remote
    remote.close()


@pytest.fixture
def playerctl(qtbot: Any, bus_address: str) -> Client:
    return Client(qtbot, bus_address)


def _state(run: RunController) -> tuple[RunState, int]:
    return run.adapter.runner.state, run.adapter.runner.index


def test_play_pause_starts_pauses_and_resumes(
    qtbot: Any, run: RunController, player: MprisPlayer, playerctl: Client
) -> None:
    assert playerctl("status") == "Stopped"
    playerctl("play-pause")
    assert _state(run) == (RunState.RUNNING, 0)
    assert playerctl("status") == "Playing"

    playerctl("play-pause")
    assert run.adapter.runner.state is RunState.PAUSED
    assert playerctl("status") == "Paused"
    playerctl("play")
    assert playerctl("status") == "Playing"
    playerctl("pause")
    assert playerctl("status") == "Paused"


def test_metadata_names_the_move_its_side_and_the_session(
    run: RunController, player: MprisPlayer, playerctl: Client
) -> None:
    run.toggle()
    run.adapter.skip()
    assert playerctl("metadata", "title") == "Clam shell — left side"
    assert playerctl("metadata", "album") == "Remote test"
    assert playerctl("metadata", "mpris:trackid") == f"'{mpris.TRACK_PREFIX}1'"
    # An int64 of microseconds, or playerctl would refuse to format it.
    assert playerctl("metadata", "--format", "{{mpris:length}} {{duration(mpris:length)}}") \
        == "7500000 0:07"
    assert playerctl("metadata", "mpris:artUrl").startswith("file:///")

    run.adapter.skip()  # the switch: its heading says what comes
    assert playerctl("metadata", "title") == "Next: Clam shell — right side"


def test_next_skips_previous_goes_back_and_stop_stops(
    run: RunController, player: MprisPlayer, playerctl: Client
) -> None:
    run.toggle()
    playerctl("next")
    playerctl("next")
    assert _state(run) == (RunState.RUNNING, 2)
    assert playerctl("metadata", "title") == "Next: Clam shell — right side"
    playerctl("previous")  # just begun: the phase before
    assert _state(run) == (RunState.RUNNING, 1)

    playerctl("stop")
    assert playerctl("status") == "Stopped"
    assert _state(run) == (RunState.READY, 0)


def test_stop_after_a_minute_asks_as_the_stop_button_does(
    qtbot: Any, run: RunController, player: MprisPlayer, playerctl: Client, clock: Any,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(parent: QWidget, title: str, text: str) -> bool:
        asked.append(title)
        # A second Stop while the question is open is not a second question.
        assert playerctl.run("playerctl", "-p", "hiptimer", "stop").returncode == 0
        return next(answers)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    run.toggle()
    clock.advance(61)
    playerctl("stop")
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=CLIENT_TIMEOUT_MS)
    assert playerctl("status") == "Playing"  # "no": carries on

    with qtbot.waitSignal(run.stopped, timeout=CLIENT_TIMEOUT_MS):
        playerctl("stop")
    assert asked == ["Stop this session?"] * 2
    assert playerctl("status") == "Stopped"


def test_calls_in_the_wrong_state_are_ignored(
    run: RunController, player: MprisPlayer, playerctl: Client
) -> None:
    """Sent with dbus-send: playerctl itself holds back what CanGoNext and the like refuse."""

    def call(*members: str) -> None:
        for member in members:
            done = playerctl.send(f"{mpris.PLAYER}.{member}")
            assert done.returncode == 0, (member, done.stderr)

    call("Next", "Previous", "Stop", "Pause")  # before the start
    assert _state(run) == (RunState.READY, 0)
    assert playerctl("status") == "Stopped"

    run.toggle()
    for _ in range(SELF_PACED):
        run.adapter.skip()
    call("Play", "Play")  # playing already: not "done"
    assert _state(run) == (RunState.RUNNING, SELF_PACED)
    playerctl("play-pause")  # "done", as Space
    assert _state(run) == (RunState.FINISHED, SELF_PACED + 1)
    assert run.adapter.runner.phase.kind is PhaseKind.DONE

    call("Next", "Previous", "Play", "PlayPause", "Pause", "Stop")  # on the finish screen
    assert _state(run) == (RunState.FINISHED, SELF_PACED + 1)

    # Seeking is ignored (CanSeek is false); setting the volume, unknown or
    # ill-typed calls are refused with an error; the player goes on.
    assert playerctl.send(f"{mpris.PLAYER}.Seek", "int64:10000000").returncode == 0
    assert playerctl.run("playerctl", "-p", "hiptimer", "volume", "0.5").returncode != 0
    bad = playerctl.send(f"{mpris.PLAYER}.Seek", "string:soon")
    assert bad.returncode != 0 and "UnknownMethod" in bad.stderr
    assert playerctl.send(f"{mpris.PLAYER}.Rewind").returncode != 0
    assert playerctl("status") == "Stopped"
    # playerctl shows no metadata of a player that cannot play (CanPlay is false here).
    shown = playerctl.send(f"{mpris.PROPERTIES}.Get", f"string:{mpris.PLAYER}",
                           "string:Metadata")
    assert shown.returncode == 0 and "Done — go run!" in shown.stdout


def test_status_changes_reach_a_listening_client(
    qtbot: Any, run: RunController, player: MprisPlayer, playerctl: Client
) -> None:
    """PropertiesChanged, typed as GDBus wants it: ``playerctl --follow`` sees each change."""
    follow = subprocess.Popen(["playerctl", "-p", "hiptimer", "--follow", "status"],
                              env=playerctl.env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    assert follow.stdout is not None and follow.stderr is not None
    lines: list[str] = []

    def seen(count: int) -> bool:
        while select.select([follow.stdout], [], [], 0)[0]:
            line = follow.stdout.readline()  # type: ignore[union-attr]
            if not line:
                break
            lines.append(line.strip())
        return len(lines) >= count

    try:
        qtbot.waitUntil(lambda: seen(1), timeout=CLIENT_TIMEOUT_MS)
        run.toggle()
        qtbot.waitUntil(lambda: seen(2), timeout=CLIENT_TIMEOUT_MS)
        run.pause_or_resume()
        qtbot.waitUntil(lambda: seen(3), timeout=CLIENT_TIMEOUT_MS)
        run.stop()
        qtbot.waitUntil(lambda: seen(4), timeout=CLIENT_TIMEOUT_MS)
    finally:
        follow.kill()
        _, err = follow.communicate(timeout=10)
    assert lines == ["Stopped", "Playing", "Paused", "Stopped"]
    assert "WARNING" not in err, err


def test_raise_and_quit(
    qtbot: Any, run: RunController, player: MprisPlayer, playerctl: Client
) -> None:
    window = run.asker
    window.show()
    assert playerctl.send(f"{mpris.ROOT}.Raise").returncode == 0
    props = playerctl.send(f"{mpris.PROPERTIES}.GetAll", f"string:{mpris.ROOT}").stdout
    for expected in ('"Identity"', '"hiptimer"', '"DesktopEntry"', '"io.github.hiptimer"',
                     '"CanQuit"', '"CanRaise"'):
        assert expected in props
    assert playerctl.send(f"{mpris.ROOT}.Quit").returncode == 0
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=CLIENT_TIMEOUT_MS)


def test_a_second_instance_gets_its_own_name(
    qtbot: Any, run: RunController, player: MprisPlayer, playerctl: Client, bus_address: str,
    plan: Plan, clock: Any
) -> None:
    other_run = RunController(plan, clock, History.in_memory(), None, lambda: WHEN, QWidget())
    qtbot.addWidget(other_run.asker)
    other = MprisPlayer(other_run, other_run.asker)
    instance = f"hiptimer.instance{os.getpid()}"
    try:
        with qtbot.waitSignal(other.name_owned, timeout=CLIENT_TIMEOUT_MS) as owned:
            other.start(bus_address)
        assert owned.args == [f"org.mpris.MediaPlayer2.{instance}"]
        names = playerctl.run("playerctl", "--list-all").stdout.split()
        assert sorted(names) == ["hiptimer", instance]
        playerctl("play-pause", player=instance)
        assert other_run.adapter.runner.state is RunState.RUNNING
        assert run.adapter.runner.state is RunState.READY
    finally:
        other.close()
        other_run.tracker.history.close()


def test_no_session_bus_is_no_player_and_no_word(
    qtbot: Any, run: RunController, caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    caplog.set_level(logging.INFO)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    for address in (None, f"unix:path={tmp_path / 'no-bus'}", "tcp:host=localhost,port=1"):
        remote = MprisPlayer(run, run.asker)
        assert not remote.start(address)
        assert not remote.serving
        run.toggle()  # the run goes on as ever
    assert run.adapter.runner.state is RunState.RUNNING
    assert caplog.records == []


def test_a_bus_that_never_answers_is_given_up_on(
    qtbot: Any, run: RunController, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(mpris, "CONNECT_TIMEOUT_MS", 100)
    path = tmp_path / "mute-bus"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as mute:
        mute.bind(str(path))
        mute.listen(1)  # takes the connection, never says a word
        remote = MprisPlayer(run, run.asker)
        began = time.perf_counter()
        with qtbot.waitSignal(remote.closed, timeout=CLIENT_TIMEOUT_MS):
            assert remote.start(f"unix:path={path}")
            assert time.perf_counter() - began < 0.2
    assert not remote.serving

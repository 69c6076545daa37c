"""Test the screen-saver inhibitor against a real D-Bus daemon and a fake desktop.

Each test starts its own ``dbus-daemon`` (a private bus, nothing from the
machine's session leaks in, no service activation) and, where it needs one, a
fake ``org.freedesktop.ScreenSaver`` in a separate process
(``fake_screensaver.py``) that logs every call it gets. The inhibitor talks to
it over its own named connection, exactly as it would to the desktop.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import select  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtDBus import QDBusConnection  # noqa: E402

from hiptimer.gui import screensaver  # noqa: E402
from hiptimer.gui.screensaver import PATHS, ScreenSaverInhibitor  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]

FAKE = Path(__file__).with_name("fake_screensaver.py")
APP = "hiptimer-test"
STARTUP_TIMEOUT_S = 10

# A private session bus: no <servicedir>, so a screen saver installed on the
# machine can never be started on it by D-Bus activation.
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

_names = itertools.count()


def _read_line(proc: subprocess.Popen[str], what: str) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], STARTUP_TIMEOUT_S)
    line = proc.stdout.readline().strip() if ready else ""
    if not line:
        pytest.fail(f"{what} did not start (exit code {proc.poll()})")
    return line


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait(timeout=10)
    if proc.stdout is not None:
        proc.stdout.close()


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    """Start a private dbus-daemon for one test and return its address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        # CI installs it (tools/ci-apt-packages.txt), so there a missing bus
        # fails; on a bare machine with only Python the test says what to add.
        why = ("dbus-daemon is not installed: this test needs a real bus. Install the "
               "packages in tools/ci-apt-packages.txt (apt-get install dbus-daemon).")
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG, encoding="utf-8")
    proc = subprocess.Popen(
        [daemon, f"--config-file={config}", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # "Failed to set fd limit" when not privileged
        text=True,
    )
    try:
        yield _read_line(proc, "dbus-daemon")
    finally:
        _stop(proc)


@pytest.fixture
def connection(bus_address: str) -> Iterator[QDBusConnection]:
    """Connect to the private bus under a name of our own."""
    name = f"hiptimer-test-{next(_names)}"
    conn = QDBusConnection.connectToBus(bus_address, name)
    assert conn.isConnected(), conn.lastError().message()
    yield conn
    QDBusConnection.disconnectFromBus(name)


class Fake:
    """A running fake screen saver: call it for the calls it logged so far.

    ``pause`` stops its process (SIGSTOP) so that it answers nothing, the way a
    wedged desktop service does, and ``resume`` lets it go on (SIGCONT); what
    was sent to it meanwhile waits in its socket and is handled then.
    """

    def __init__(self, proc: subprocess.Popen[str], log: Path, qtbot: Any) -> None:
        self.proc = proc
        self.log = log
        self.qtbot = qtbot

    def __call__(self) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        # Only whole lines: the fake may be half-way through writing one.
        *complete, _partial = self.log.read_text("utf-8").split("\n")
        return [json.loads(line) for line in complete]

    def _state(self) -> str:
        # The third field of /proc/PID/stat; the name before it is in brackets.
        stat = Path(f"/proc/{self.proc.pid}/stat").read_text("ascii")
        return stat.rsplit(")", 1)[1].split()[0]

    def pause(self) -> None:
        """Stop the service and return once it really is stopped."""
        os.kill(self.proc.pid, signal.SIGSTOP)
        self.qtbot.waitUntil(lambda: self._state() == "T", timeout=STARTUP_TIMEOUT_S * 1000)

    def resume(self) -> None:
        """Let the service run again."""
        os.kill(self.proc.pid, signal.SIGCONT)
        self.qtbot.waitUntil(lambda: self._state() != "T", timeout=STARTUP_TIMEOUT_S * 1000)


FakeFactory = Callable[..., Fake]


@pytest.fixture
def fake_screensaver(bus_address: str, tmp_path: Path, qtbot: Any) -> Iterator[FakeFactory]:
    """Start the fake service at the given paths; return it."""
    procs: list[subprocess.Popen[str]] = []
    log = tmp_path / "calls.jsonl"

    def start(*paths: str) -> Fake:
        proc = subprocess.Popen(
            [sys.executable, str(FAKE), bus_address, str(log), *paths],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        procs.append(proc)
        assert _read_line(proc, "fake screen saver") == "ready"
        return Fake(proc, log, qtbot)

    yield start
    for proc in procs:
        _stop(proc)  # SIGKILL: a stopped process goes too


def test_inhibit_and_uninhibit_round_trip(
    qtbot: Any, connection: QDBusConnection, fake_screensaver: FakeFactory
) -> None:
    """One Inhibit per inhibition, and UnInhibit gives the same cookie back."""
    calls = fake_screensaver(PATHS[0])
    inhibitor = ScreenSaverInhibitor(APP, connection)
    seen: list[bool] = []
    inhibitor.active_changed.connect(seen.append)

    with qtbot.waitSignal(inhibitor.active_changed, timeout=3000):
        inhibitor.inhibit("Warm-up running")
        inhibitor.inhibit("Warm-up running")  # start, then resume: still one
    assert inhibitor.active
    first = inhibitor.cookie
    assert first is not None and first > 2**31

    inhibitor.inhibit("again")  # already held
    inhibitor.uninhibit()
    inhibitor.uninhibit()  # nothing held: no call
    assert not inhibitor.active
    assert inhibitor.cookie is None

    with qtbot.waitSignal(inhibitor.active_changed, timeout=3000):
        inhibitor.inhibit("Resumed")
    second = inhibitor.cookie
    inhibitor.uninhibit()

    # UnInhibit does not wait for its answer: wait for the fake to log it. The
    # bus keeps one sender's messages in order, so a duplicate would show.
    qtbot.waitUntil(lambda: len(calls()) >= 4, timeout=3000)
    assert calls() == [
        {
            "path": PATHS[0],
            "call": "Inhibit",
            "app": APP,
            "reason": "Warm-up running",
            "cookie": first,
        },
        {"path": PATHS[0], "call": "UnInhibit", "cookie": first},
        {"path": PATHS[0], "call": "Inhibit", "app": APP, "reason": "Resumed", "cookie": second},
        {"path": PATHS[0], "call": "UnInhibit", "cookie": second},
    ]
    assert seen == [True, False, True, False]


def test_uninhibit_while_the_request_is_on_its_way(
    qtbot: Any, connection: QDBusConnection, fake_screensaver: FakeFactory
) -> None:
    """Pausing right after starting hands the cookie back as soon as it comes."""
    calls = fake_screensaver(PATHS[0])
    inhibitor = ScreenSaverInhibitor(APP, connection)
    seen: list[bool] = []
    inhibitor.active_changed.connect(seen.append)

    inhibitor.inhibit("Warm-up running")
    inhibitor.uninhibit()
    qtbot.waitUntil(lambda: len(calls()) == 2, timeout=3000)

    inhibit, uninhibit = calls()
    assert (inhibit["call"], uninhibit["call"]) == ("Inhibit", "UnInhibit")
    assert uninhibit["cookie"] == inhibit["cookie"]
    assert not inhibitor.active
    assert seen == []


def test_falls_back_to_the_older_object_path(
    qtbot: Any, connection: QDBusConnection, fake_screensaver: FakeFactory
) -> None:
    """A desktop serving only /ScreenSaver is found there."""
    calls = fake_screensaver("/ScreenSaver")
    inhibitor = ScreenSaverInhibitor(APP, connection)

    with qtbot.waitSignal(inhibitor.active_changed, timeout=3000):
        inhibitor.inhibit("Warm-up running")
    inhibitor.uninhibit()

    qtbot.waitUntil(lambda: len(calls()) >= 2, timeout=3000)
    assert [(c["path"], c["call"]) for c in calls()] == [
        ("/ScreenSaver", "Inhibit"),
        ("/ScreenSaver", "UnInhibit"),
    ]
    assert calls()[0]["cookie"] == calls()[1]["cookie"]


#: How long a call may keep the GUI thread: far above what a non-blocking call
#: takes on a loaded machine, far below the 25 s a blocking one waited.
NOT_BLOCKED_S = 0.3


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def test_a_hung_screen_saver_does_not_freeze_uninhibit(
    qtbot: Any, connection: QDBusConnection, fake_screensaver: FakeFactory
) -> None:
    """Pausing while the desktop hangs returns at once; the cookie goes back once it wakes."""
    calls = fake_screensaver(PATHS[0])
    inhibitor = ScreenSaverInhibitor(APP, connection)
    seen: list[bool] = []
    inhibitor.active_changed.connect(seen.append)
    with qtbot.waitSignal(inhibitor.active_changed, timeout=3000):
        inhibitor.inhibit("Warm-up running")
    cookie = inhibitor.cookie

    calls.pause()
    try:
        took = _timed(inhibitor.uninhibit)
        assert not inhibitor.active
    finally:
        calls.resume()

    assert took < NOT_BLOCKED_S
    qtbot.waitUntil(lambda: len(calls()) >= 2, timeout=5000)
    assert calls() == [
        {"path": PATHS[0], "call": "Inhibit", "app": APP, "reason": "Warm-up running",
         "cookie": cookie},
        {"path": PATHS[0], "call": "UnInhibit", "cookie": cookie},
    ]
    assert seen == [True, False]


def test_a_hung_screen_saver_does_not_freeze_inhibit(
    qtbot: Any, connection: QDBusConnection, fake_screensaver: FakeFactory
) -> None:
    """Start, pause, resume and pause against a hung desktop: one Inhibit, its cookie back."""
    calls = fake_screensaver(PATHS[0])
    inhibitor = ScreenSaverInhibitor(APP, connection)
    seen: list[bool] = []
    inhibitor.active_changed.connect(seen.append)

    calls.pause()
    try:
        took = [
            _timed(lambda: inhibitor.inhibit("Warm-up running")),
            _timed(inhibitor.uninhibit),
            _timed(lambda: inhibitor.inhibit("Resumed")),
            _timed(inhibitor.uninhibit),
        ]
    finally:
        calls.resume()

    assert max(took) < NOT_BLOCKED_S, took
    qtbot.waitUntil(lambda: len(calls()) >= 2, timeout=5000)
    inhibit, uninhibit = calls()
    assert (inhibit["call"], inhibit["reason"]) == ("Inhibit", "Warm-up running")
    assert uninhibit == {"path": PATHS[0], "call": "UnInhibit", "cookie": inhibit["cookie"]}
    assert not inhibitor.active
    assert seen == []


def test_an_answer_that_comes_late_is_still_given_back(
    qtbot: Any,
    connection: QDBusConnection,
    fake_screensaver: FakeFactory,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A desktop that grants the inhibition after we stopped waiting still gets it back.

    Dropping the late answer would leave the screen inhibited until the app quits.
    """
    caplog.set_level(logging.DEBUG, logger="hiptimer.gui.screensaver")
    monkeypatch.setattr(screensaver, "INHIBIT_TIMEOUT_MS", 50)
    calls = fake_screensaver(PATHS[0])
    inhibitor = ScreenSaverInhibitor(APP, connection)

    calls.pause()
    try:
        inhibitor.inhibit("Warm-up running")
        # Past the timeout: the runner has been told the screen may blank.
        qtbot.waitUntil(lambda: bool(_unavailable_lines(caplog, logging.INFO)), timeout=5000)
        inhibitor.uninhibit()
    finally:
        calls.resume()

    qtbot.waitUntil(lambda: len(calls()) >= 2, timeout=5000)
    inhibit, uninhibit = calls()
    assert uninhibit == {"path": PATHS[0], "call": "UnInhibit", "cookie": inhibit["cookie"]}
    assert not inhibitor.active


def test_a_screen_saver_that_went_away_is_not_waited_for(
    qtbot: Any, connection: QDBusConnection, fake_screensaver: FakeFactory
) -> None:
    """The desktop's service quit while we held the screen: pausing is quick and quiet."""
    calls = fake_screensaver(PATHS[0])
    inhibitor = ScreenSaverInhibitor(APP, connection)
    with qtbot.waitSignal(inhibitor.active_changed, timeout=3000):
        inhibitor.inhibit("Warm-up running")
    _stop(calls.proc)

    assert _timed(inhibitor.uninhibit) < NOT_BLOCKED_S
    assert not inhibitor.active


QUITTER = """
import sys
import time

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer
from PySide6.QtDBus import QDBusConnection

address, mode = sys.argv[1:3]
app = QCoreApplication([])
if mode.startswith("lazy"):
    # The app's own path: the session bus, reached at the first inhibit.
    from hiptimer.gui.awake import LazyInhibitor

    inhibitor = LazyInhibitor("quitter")
else:
    from hiptimer.gui.screensaver import ScreenSaverInhibitor

    inhibitor = ScreenSaverInhibitor("quitter", QDBusConnection.connectToBus(address, "quitter"))
asked = []


def quit():
    asked.append(time.perf_counter())
    app.quit()


def held(on):
    if on and mode.endswith("held"):
        quit()  # quit mid-session: nobody calls uninhibit()
    elif on:
        print("held", flush=True)  # and quit when told to, on stdin


if mode.endswith("on-cue"):
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(quit)
inhibitor.inhibit("Warm-up running")
real = getattr(inhibitor, "real", inhibitor)
real.active_changed.connect(held)
if mode == "asking":
    QTimer.singleShot(0, quit)  # before any answer can have come
QTimer.singleShot(20000, lambda: app.exit(3))
code = app.exec()
print(f"quit took {time.perf_counter() - asked[0]:.3f}", flush=True)
sys.exit(code)
"""


def _quitter(bus_address: str, mode: str, *, session_bus: bool = False) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    if session_bus:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus_address
    return subprocess.Popen(
        [sys.executable, "-c", QUITTER, bus_address, mode],
        env=env,
        stdin=subprocess.PIPE if mode.endswith("on-cue") else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _quit_time(proc: subprocess.Popen[str]) -> float:
    """Wait for the quitter to end cleanly; return how long its quitting took."""
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert err == ""  # no Qt warning either
    last = out.splitlines()[-1]
    assert last.startswith("quit took "), out
    return float(last.removeprefix("quit took "))


@pytest.mark.parametrize("mode", ["held", "lazy-held"])
def test_quitting_the_app_gives_the_cookie_back(
    qtbot: Any, bus_address: str, fake_screensaver: FakeFactory, mode: str
) -> None:
    """An app that quits while inhibiting hands the cookie back on its way out."""
    calls = fake_screensaver(PATHS[0])
    took = _quit_time(_quitter(bus_address, mode, session_bus=True))

    assert took < NOT_BLOCKED_S
    qtbot.waitUntil(lambda: len(calls()) >= 2, timeout=5000)
    assert [(c["call"], c["cookie"]) for c in calls()] == [
        ("Inhibit", calls()[0]["cookie"]),
        ("UnInhibit", calls()[0]["cookie"]),
    ]
    assert calls()[0]["app"] == "quitter"


def test_quitting_before_the_answer_still_gives_the_cookie_back(
    qtbot: Any, bus_address: str, fake_screensaver: FakeFactory
) -> None:
    """Quitting while Inhibit is on its way waits for its answer, briefly, to give it back."""
    calls = fake_screensaver(PATHS[0])
    took = _quit_time(_quitter(bus_address, "asking"))

    assert took < NOT_BLOCKED_S
    qtbot.waitUntil(lambda: len(calls()) >= 2, timeout=5000)
    inhibit, uninhibit = calls()
    assert uninhibit == {"path": PATHS[0], "call": "UnInhibit", "cookie": inhibit["cookie"]}


@pytest.mark.parametrize("mode", ["on-cue", "lazy-on-cue"])
def test_quitting_while_the_screen_saver_hangs_is_quick(
    qtbot: Any, bus_address: str, fake_screensaver: FakeFactory, mode: str
) -> None:
    """Quitting while the desktop hangs exits at once, and the cookie still goes back."""
    calls = fake_screensaver(PATHS[0])
    quitter = _quitter(bus_address, mode, session_bus=True)
    try:
        assert _read_line(quitter, "quitter") == "held"
        calls.pause()
        try:
            assert quitter.stdin is not None
            quitter.stdin.write("quit\n")
            quitter.stdin.flush()
            took = _quit_time(quitter)
        finally:
            calls.resume()
    finally:
        if quitter.poll() is None:
            quitter.kill()
            quitter.communicate()

    assert took < NOT_BLOCKED_S
    qtbot.waitUntil(lambda: len(calls()) >= 2, timeout=5000)
    inhibit, uninhibit = calls()
    assert uninhibit == {"path": PATHS[0], "call": "UnInhibit", "cookie": inhibit["cookie"]}


def test_quitting_while_a_hung_screen_saver_has_not_answered_is_quick(
    qtbot: Any, bus_address: str, fake_screensaver: FakeFactory
) -> None:
    """No answer to wait for: the app still exits within its short bound."""
    calls = fake_screensaver(PATHS[0])
    calls.pause()
    try:
        took = _quit_time(_quitter(bus_address, "asking"))
    finally:
        calls.resume()

    # The wait for an answer is bounded (screensaver.QUIT_WAIT_MS), then it goes.
    assert took < 2 * NOT_BLOCKED_S
    # The request did reach the desktop; the bus tells it the asker has left.
    qtbot.waitUntil(lambda: len(calls()) >= 1, timeout=5000)
    assert [c["call"] for c in calls()] == ["Inhibit"]


def _unavailable_lines(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "hiptimer.gui.screensaver"
        and r.levelno == level
        and "cannot be inhibited" in r.getMessage()
    ]


def test_no_service_on_the_bus_does_nothing(
    qtbot: Any, connection: QDBusConnection, caplog: pytest.LogCaptureFixture
) -> None:
    """A bus without a screen saver: one info line, no error, nothing held."""
    caplog.set_level(logging.DEBUG, logger="hiptimer.gui.screensaver")
    inhibitor = ScreenSaverInhibitor(APP, connection)

    inhibitor.inhibit("Warm-up running")
    qtbot.waitUntil(lambda: bool(_unavailable_lines(caplog, logging.INFO)), timeout=3000)
    inhibitor.uninhibit()
    inhibitor.inhibit("Resumed")
    qtbot.waitUntil(lambda: bool(_quiet_lines(caplog)), timeout=3000)
    inhibitor.uninhibit()

    assert len(_unavailable_lines(caplog, logging.INFO)) == 1
    assert "ServiceUnknown" in _unavailable_lines(caplog, logging.INFO)[0]
    assert not inhibitor.active
    assert inhibitor.cookie is None


def _quiet_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.DEBUG and "screen saver not inhibited" in r.getMessage()
    ]


def test_no_bus_at_all_does_nothing(caplog: pytest.LogCaptureFixture, qapp: Any) -> None:
    """No session bus (a headless box): one info line, no call, no error."""
    caplog.set_level(logging.DEBUG, logger="hiptimer.gui.screensaver")
    name = f"hiptimer-test-{next(_names)}"
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/hiptimer-bus", name)
    try:
        assert not dead.isConnected()
        inhibitor = ScreenSaverInhibitor(APP, dead)
        inhibitor.inhibit("Warm-up running")
        inhibitor.inhibit("Warm-up running")
        inhibitor.uninhibit()
        assert not inhibitor.active
        lines = _unavailable_lines(caplog, logging.INFO)
        assert len(lines) == 1
        assert "no D-Bus session bus" in lines[0]
    finally:
        QDBusConnection.disconnectFromBus(name)

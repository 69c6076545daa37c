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
import subprocess  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtDBus import QDBusConnection  # noqa: E402

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
        pytest.fail(
            "dbus-daemon is not installed: this test needs a real bus. Install the "
            "packages in tools/ci-apt-packages.txt (apt-get install dbus-daemon)."
        )
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


FakeFactory = Callable[..., Callable[[], list[dict[str, Any]]]]


@pytest.fixture
def fake_screensaver(bus_address: str, tmp_path: Path) -> Iterator[FakeFactory]:
    """Start the fake service at the given paths; return a reader of its calls."""
    procs: list[subprocess.Popen[str]] = []
    log = tmp_path / "calls.jsonl"

    def start(*paths: str) -> Callable[[], list[dict[str, Any]]]:
        proc = subprocess.Popen(
            [sys.executable, str(FAKE), bus_address, str(log), *paths],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        procs.append(proc)
        assert _read_line(proc, "fake screen saver") == "ready"

        def calls() -> list[dict[str, Any]]:
            if not log.exists():
                return []
            return [json.loads(line) for line in log.read_text("utf-8").splitlines()]

        return calls

    yield start
    for proc in procs:
        _stop(proc)


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

    # UnInhibit is synchronous, so the log is complete once uninhibit returns;
    # the bus keeps one sender's messages in order, so a duplicate would show.
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

    assert [(c["path"], c["call"]) for c in calls()] == [
        ("/ScreenSaver", "Inhibit"),
        ("/ScreenSaver", "UnInhibit"),
    ]
    assert calls()[0]["cookie"] == calls()[1]["cookie"]


QUITTER = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection
from hiptimer.gui.screensaver import ScreenSaverInhibitor

app = QCoreApplication([])
inhibitor = ScreenSaverInhibitor("quitter", QDBusConnection.connectToBus(sys.argv[1], "quitter"))
# Quit mid-session, as soon as the screen is held: nobody calls uninhibit().
inhibitor.active_changed.connect(lambda on: on and app.quit())
inhibitor.inhibit("Warm-up running")
QTimer.singleShot(5000, lambda: app.exit(3))
sys.exit(app.exec())
"""


def test_quitting_the_app_gives_the_cookie_back(
    bus_address: str, fake_screensaver: FakeFactory
) -> None:
    """An app that quits while inhibiting hands the cookie back on its way out."""
    calls = fake_screensaver(PATHS[0])
    done = subprocess.run(
        [sys.executable, "-c", QUITTER, bus_address],
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    assert [(c["call"], c["cookie"]) for c in calls()] == [
        ("Inhibit", calls()[0]["cookie"]),
        ("UnInhibit", calls()[0]["cookie"]),
    ]
    assert calls()[0]["app"] == "quitter"


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

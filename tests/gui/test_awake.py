"""``LazyInhibitor`` picks the keep-awake backend by platform and keeps it out of start-up.

The Windows and macOS backends are faked or run where they cannot work (this
is Linux): a fake ``kernel32``, no ``caffeinate``. The D-Bus screen saver
itself is tested in ``test_screensaver.py``; here it is replaced by a
recorder, to see that Linux still goes to it, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication

from hiptimer import awake_macos
from hiptimer.awake_macos import CaffeinateAwake
from hiptimer.awake_windows import ES_CONTINUOUS, HOLD, ExecutionStateAwake
from hiptimer.gui import awake, screensaver
from hiptimer.gui.awake import LazyInhibitor


class FakeKernel32:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def SetThreadExecutionState(self, flags: int) -> int:  # noqa: N802 - the Win32 name
        self.calls.append((flags, threading.get_ident()))
        return ES_CONTINUOUS


class Recorder:
    """A backend that records what it is asked, and tells what the test says."""

    def __init__(self, tell: Callable[[str], None]) -> None:
        self.tell = tell
        self.calls: list[str] = []
        self.notice: str | None = None

    def inhibit(self, reason: str) -> None:
        self.calls.append(f"inhibit {reason}")

    def uninhibit(self) -> None:
        self.calls.append("uninhibit")

    def close(self) -> None:
        self.calls.append("close")


def test_each_platform_gets_its_own_backend_and_linux_the_screen_saver(qapp):
    for platform, kind in (("win32", ExecutionStateAwake), ("darwin", CaffeinateAwake)):
        inhibitor = LazyInhibitor("hiptimer", platform=platform)
        assert not inhibitor.dbus and inhibitor.real is None  # nothing made at start-up
        inhibitor.prepare()
        assert isinstance(inhibitor.real, kind)
        assert not inhibitor.real.active  # made, nothing called or started
    for platform in ("linux", "freebsd14"):
        inhibitor = LazyInhibitor("hiptimer", platform=platform)
        assert inhibitor.dbus
        inhibitor.prepare()  # loads QtDBus, connects nothing
        assert inhibitor.real is None


def test_linux_still_inhibits_through_the_d_bus_screen_saver(qapp, monkeypatch):
    made: list[FakeScreenSaver] = []

    class FakeScreenSaver:
        def __init__(self, app_name: str) -> None:
            self.app_name = app_name
            self.calls: list[str] = []
            made.append(self)

        def inhibit(self, reason: str) -> None:
            self.calls.append(f"inhibit {reason}")

        def uninhibit(self) -> None:
            self.calls.append("uninhibit")

        def release_before_exit(self) -> None:
            self.calls.append("release_before_exit")

    monkeypatch.setattr(screensaver, "ScreenSaverInhibitor", FakeScreenSaver)
    inhibitor = LazyInhibitor("hiptimer", platform="linux")
    inhibitor.uninhibit()
    assert made == []  # nothing asked for, nothing made
    inhibitor.inhibit("run")
    inhibitor.uninhibit()
    inhibitor.inhibit("again")
    inhibitor.close()
    [real] = made
    assert real.app_name == "hiptimer"
    assert real.calls == ["inhibit run", "uninhibit", "inhibit again", "release_before_exit"]
    assert inhibitor.notice is None


def test_on_windows_the_calls_reach_kernel32_from_the_gui_thread(qapp):
    kernel32 = FakeKernel32()
    inhibitor = LazyInhibitor(
        "hiptimer", platform="win32",
        backend=lambda tell: ExecutionStateAwake(lambda: kernel32, on_notice=tell))
    inhibitor.inhibit("A warm-up session is running")
    inhibitor.uninhibit()
    gui_thread = threading.get_ident()
    assert threading.current_thread() is threading.main_thread()
    assert kernel32.calls == [(HOLD, gui_thread), (ES_CONTINUOUS, gui_thread)]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_without_the_system_call_or_command_there_is_one_notice_and_no_crash(
    qapp, monkeypatch, tmp_path, platform
):
    # This machine has no kernel32, and no caffeinate where it is looked for.
    monkeypatch.setattr(awake_macos, "SYSTEM_BIN", str(tmp_path))
    monkeypatch.setenv("PATH", str(tmp_path))
    inhibitor = LazyInhibitor("hiptimer", platform=platform)
    heard: list[str] = []
    inhibitor.noticed.connect(heard.append)
    for _ in range(3):
        inhibitor.inhibit("run")
        inhibitor.uninhibit()
    inhibitor.close()
    assert len(heard) == 1
    assert heard[0] == inhibitor.notice
    assert ("kernel32" if platform == "win32" else "caffeinate was not found") in heard[0]


def test_a_notice_found_on_another_thread_arrives_on_the_gui_thread(qapp, qtbot):
    backends: list[Recorder] = []

    def make(tell: Callable[[str], None]) -> Recorder:
        backends.append(Recorder(tell))
        return backends[-1]

    inhibitor = LazyInhibitor("hiptimer", platform="darwin", backend=make)
    inhibitor.inhibit("run")
    received: list[tuple[str, int]] = []
    inhibitor.noticed.connect(lambda text: received.append((text, threading.get_ident())))
    watcher = threading.Thread(target=backends[0].tell, args=("caffeinate stopped by itself",))
    watcher.start()
    watcher.join()
    qtbot.waitUntil(lambda: received != [], timeout=5000)
    assert received == [("caffeinate stopped by itself", threading.get_ident())]


def test_the_backend_lets_go_when_the_application_quits(qapp):
    backends: list[Recorder] = []

    def make(tell: Callable[[str], None]) -> Recorder:
        backends.append(Recorder(tell))
        return backends[-1]

    inhibitor = LazyInhibitor("hiptimer", platform="darwin", backend=make)
    inhibitor.inhibit("run")
    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()
    assert backends[0].calls == ["inhibit run", "close"]
    app.aboutToQuit.disconnect(inhibitor.close)


def test_the_module_stays_small_and_loads_no_backend_by_itself():
    # It loads before the first frame: no D-Bus, no subprocess, no ctypes here.
    source = awake.__file__
    with open(source, encoding="utf-8") as file:
        text = file.read()
    top = text.split("\nclass ", 1)[0].split("\ndef ", 1)[0]
    for heavy in ("QtDBus", "import subprocess", "import ctypes", "awake_macos import",
                  "awake_windows import"):
        assert heavy not in top

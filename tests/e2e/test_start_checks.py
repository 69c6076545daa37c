"""The real program's start-up checks, run as a subprocess.

A missing library of Qt's xcb plugin must end in a message naming the
packages (exit 2, before Qt is even imported), not in Qt's abort; the
PySide6 6.12.0 + Python 3.11 pair must be told once on stderr and once in
the window; the desktop-entry flags work from ``main.py``. A library is
hidden through the loader seam, patched in before ``main.py`` runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Runs main.py as ``python main.py`` would, after patching hiptimer from inside.
PATCHED_MAIN = """\
import atexit, runpy, sys
{patch}
atexit.register(lambda: print("qt imported:", "PySide6" in sys.modules))
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""

HIDE_XCB_CURSOR = """\
from hiptimer import preflight
preflight.dlopen_check = lambda name: name if name == "libxcb-cursor.so.0" else None
"""

PRETEND_HAZARD = """\
from hiptimer import preflight
preflight.pyside_version = lambda: "6.12.0"
preflight.python_version = lambda: (3, 11)

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from hiptimer.gui.controllers.app import AppController

shown = AppController.add_notice

def add_notice(self, text):
    shown(self, text)
    print("window notice:", self.asker.start_screen.notice.text().replace("\\n", " | "))
    QTimer.singleShot(0, QApplication.quit)

AppController.add_notice = add_notice
"""


def environment(tmp_path: Path, **changes: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run_patched(patch: str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PATCHED_MAIN.format(patch=patch), *args],
        capture_output=True, text=True, timeout=60, cwd=REPO, env=env,
    )


def test_a_missing_xcb_library_exits_2_with_the_packages_before_qt(tmp_path):
    env = environment(tmp_path, DISPLAY=":99", QT_QPA_PLATFORM=None, WAYLAND_DISPLAY=None,
                      XDG_SESSION_TYPE=None)
    result = run_patched(HIDE_XCB_CURSOR, "--mute", env=env)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "libxcb-cursor.so.0" in result.stderr
    assert "libxcb-cursor0" in result.stderr and "xcb-util-cursor" in result.stderr
    assert "QT_QPA_PLATFORM" in result.stderr
    assert "qt imported: False" in result.stdout


def test_offscreen_is_not_checked_for_xcb_libraries(tmp_path):
    # With QT_QPA_PLATFORM=offscreen the hidden library does not matter: the
    # window starts (and --check never gets that far anyway).
    env = environment(tmp_path, DISPLAY=":99", QT_QPA_PLATFORM="offscreen")
    result = run_patched(HIDE_XCB_CURSOR, "--check", env=env)
    assert result.returncode == 0, result.stderr


def test_the_pyside_hazard_is_told_once_on_stderr_and_once_in_the_window(tmp_path):
    env = environment(tmp_path, QT_QPA_PLATFORM="offscreen")
    result = run_patched(PRETEND_HAZARD, "--mute", env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("known to crash") == 1, result.stderr
    assert "PySide6-Essentials!=6.12.0" in result.stderr
    notices = [line for line in result.stdout.splitlines() if line.startswith("window notice:")]
    assert len(notices) == 1, result.stdout
    assert "known to crash" in notices[0] and "PySide6-Essentials!=6.12.0" in notices[0]


def test_install_and_uninstall_the_desktop_entry_from_main_py(tmp_path):
    env = environment(tmp_path, QT_QPA_PLATFORM=None, DISPLAY=None)
    entry = tmp_path / "data" / "applications" / "io.github.hiptimer.desktop"
    icon = tmp_path / "data" / "icons" / "hicolor" / "scalable" / "apps" / "io.github.hiptimer.svg"
    command = [sys.executable, str(REPO / "main.py")]
    installed = subprocess.run([*command, "--install-desktop-entry"], capture_output=True,
                               text=True, timeout=60, cwd=tmp_path, env=env)
    assert installed.returncode == 0, installed.stderr
    assert f"wrote {entry}" in installed.stdout and f"wrote {icon}" in installed.stdout
    assert f"Exec={sys.executable} -m hiptimer %f" in entry.read_text()
    removed = subprocess.run([*command, "--uninstall-desktop-entry"], capture_output=True,
                             text=True, timeout=60, cwd=tmp_path, env=env)
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists() and not icon.exists()


def test_install_desktop_entry_failure_exits_2_without_a_traceback(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "icons").write_text("in the way")
    env = environment(tmp_path, QT_QPA_PLATFORM=None)
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "--install-desktop-entry"],
                            capture_output=True, text=True, timeout=60, cwd=REPO, env=env)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "cannot install the desktop entry" in result.stderr

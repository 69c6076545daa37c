"""The first frame is the start screen alone: what it does not show loads after it.

A fresh interpreter starts the program the way ``main.py`` does and notes, at
the window's first paint, which of the modules meant to load later are
already there and whether PySide6 has built its ``Qt`` namespace (about
12 ms of enums; docs/benchmarks.md, "Start-up"). Times are measured by
``bench/startup.py``; this checks the start-up order that makes them.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = r"""
import gc, json, sys
import PySide6.QtCore as core
lazy = "Qt" not in vars(core)  # PySide6 builds the namespace on first use
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from hiptimer import app
from hiptimer.gui import window

LATER = ("hiptimer.runner", "hiptimer.gui.controllers.run", "hiptimer.gui.controllers.adapter",
         "hiptimer.gui.controllers.tracker", "hiptimer.gui.views.run", "hiptimer.gui.views.finish",
         "hiptimer.gui.views.widgets", "hiptimer.gui.dialogs", "hiptimer.history", "sqlite3",
         "hiptimer.library", "tomlkit", "hiptimer.audio", "playsound3", "PySide6.QtSvg",
         "PySide6.QtDBus", "hiptimer.views", "hiptimer.goal",
         "hiptimer.gui.mpris", "jeepney")
report = {}
paint = window.MainWindow.paintEvent

def first_paint(self, event):
    if not report:
        report["qt_namespace_built"] = lazy and "Qt" in vars(core)
        report["loaded_early"] = [m for m in LATER if m in sys.modules]
        report["collecting_at_first_paint"] = gc.isenabled()
        report["goal"] = self.start_screen.goal.value()
        report["volume"] = self.start_screen.volume.value()

        def shown():
            report["week"] = self.start_screen.week.text()
            report["run_screen_ready"] = self.stack.count() == 3
            report["collecting_after"] = gc.isenabled()
            print(json.dumps(report), flush=True)
            QTimer.singleShot(0, QApplication.quit)

        self.first_frame_shown.connect(shown)
    return paint(self, event)

window.MainWindow.paintEvent = first_paint
sys.exit(app.main(["--mute", sys.argv[1]]))
"""


def test_first_frame_needs_neither_the_runner_nor_the_qt_namespace(tmp_path):
    settings = tmp_path / "config" / "hiptimer" / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\nweekly_goal=5\nvolume=40\n")
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(REPO / "config.toml")],
        capture_output=True, text=True, timeout=60, cwd=REPO, env=env,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["loaded_early"] == []
    assert report["qt_namespace_built"] is False
    # What the start screen shows of the settings is right from the start.
    assert (report["goal"], report["volume"]) == (5, 40)
    # Right after the first frame the rest is there: the week's summary
    # from the history, and the run and finish screens.
    assert report["week"].startswith("This week: 0 of 5")
    assert report["run_screen_ready"] is True
    # The cycle collector waits out the start-up, and no longer.
    assert report["collecting_at_first_paint"] is False
    assert report["collecting_after"] is True


def test_main_gives_the_cycle_collector_back_on_every_way_out():
    from hiptimer import app

    assert app.main(["--check", str(REPO / "config.toml")]) == 0
    assert gc.isenabled()
    assert app.main(["--check", str(REPO / "tests" / "no-such-session.toml")]) == 2
    assert gc.isenabled()
    gc.disable()
    try:
        app.main(["--check", str(REPO / "config.toml")])
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()

"""Child process for ``bench/startup.py``: start a window and report its first frame.

``python bench/_first_frame.py app [--stay] [ARGS...]`` runs ``main.py``
exactly as ``python main.py ARGS...`` would; ``python bench/_first_frame.py
bare [--stay] [--fullscreen]`` shows a bare PySide6 window (a ``QMainWindow``
holding a ``QLabel``, the app's default size, or full screen). In both, an
event filter on the top-level window sees its first paint event; once that
paint pass has finished (back in the event loop), the process prints
``FIRST_FRAME <time.monotonic()>``, the times it reached on the way (``MARK``
lines) and some facts about what had been loaded by then (``FACTS``), and
exits at once without tearing down. With ``--stay`` right after ``app`` or
``bare`` it keeps running instead, and for the app prints ``PHASE <index>
<kind> <time.monotonic()>`` as each phase starts (for ``bench/resources.py``,
which measures a running hold from outside). With ``FIRST_FRAME_PROFILE=FILE``
in the environment, the whole start runs under ``cProfile`` and the
statistics are written to ``FILE``.

The filter is installed once the window is built and before it is shown:
for the app, by wrapping ``MainWindow`` in ``hiptimer.gui.main`` as that
module finishes importing (an import hook, so nothing is imported earlier or
in another order than in a normal start).
On Linux ``time.monotonic()`` is one system-wide clock, so the parent can
subtract the time it took just before starting this process.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# Taken before anything else this process does beyond starting Python.
MARKS: dict[str, float] = {"python_ready": time.monotonic()}
if os.environ.get("FIRST_FRAME_PAUSE_GC"):
    # For comparison only: the app pauses the cycle collector itself.
    gc.disable()
PROFILE_PATH = os.environ.get("FIRST_FRAME_PROFILE")
if PROFILE_PATH:
    import cProfile

    PROFILER = cProfile.Profile()
    PROFILER.enable()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAY = len(sys.argv) > 2 and sys.argv[2] == "--stay"
WINDOW: list[QWidget] = []
MARKS_SIZE: list[str] = []
HIGH_EVENT_PRIORITY = 1  # Qt.EventPriority.HighEventPriority

# Modules worth knowing about at the first frame: heavy, or meant to load late.
WATCHED = ("playsound3", "PySide6.QtSvg", "PySide6.QtDBus", "PySide6.QtMultimedia", "tomlkit",
           "sqlite3", "hiptimer.history", "hiptimer.audio", "hiptimer.cues", "hiptimer.voice",
           "hiptimer.gui.screensaver", "subprocess", "tomllib")


def _facts() -> str:
    loaded = [name for name in WATCHED if name in sys.modules]
    facts = [f"modules={len(sys.modules)}", "loaded=" + ",".join(loaded), *MARKS_SIZE]
    widgets = sys.modules.get("hiptimer.gui.views.widgets")
    if widgets is not None:
        info = widgets.load_picture.cache_info()
        facts.append(f"pictures_decoded={info.misses}")
    return " ".join(facts)


def _report() -> None:
    now = time.monotonic()
    if WINDOW:
        size = WINDOW[0].size()
        MARKS_SIZE.append(f"size={size.width()}x{size.height()}")
    if PROFILE_PATH:
        PROFILER.disable()
        PROFILER.dump_stats(PROFILE_PATH)
    for name, value in MARKS.items():
        print(f"MARK {name} {value:.6f}")
    print(f"FACTS {_facts()}")
    print(f"FIRST_FRAME {now:.6f}", flush=True)
    if not STAY:
        os._exit(0)


def watch(window: QWidget) -> None:
    """Report once ``window``'s first paint pass has finished.

    The filter sits on the top-level widget only, not on the application:
    a Python event filter on the ``QApplication`` would be called for each
    of the thousand-odd events a window with many widgets gets while it is
    built and shown, and cost the app ~25 ms that a bare window never pays.
    The top-level widget gets its paint event first in the paint pass; the
    children are painted and the frame flushed in the same call. The probe
    then posts itself an event of high priority: it is delivered as soon as
    that pass has returned to the event loop, ahead of whatever the program
    had queued meanwhile (``QTimer.singleShot(0, ...)`` work, which would
    otherwise be counted as start-up although it runs after the frame).
    """
    # Not ``Qt``: its first use builds every enum of the Qt namespace (~12 ms),
    # which the bare window would not pay otherwise.
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    WINDOW.append(window)
    paint = QEvent.Type.Paint
    done = QEvent.Type(QEvent.registerEventType())

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == paint:
                MARKS["first_paint_event"] = time.monotonic()
                window.removeEventFilter(self)
                QCoreApplication.postEvent(self, QEvent(done), HIGH_EVENT_PRIORITY)
            return False

        def event(self, event: QEvent) -> bool:
            if event.type() == done:
                _report()
                return True
            return super().event(event)

    probe = Probe(window)
    window.installEventFilter(probe)


def _follow(window: object) -> None:
    """Print every phase start of the window's runner (one short line each)."""
    adapter = window.run.adapter  # type: ignore[attr-defined]

    def started(index: int) -> None:
        phase = adapter.runner.plan.phases[index]
        print(f"PHASE {index} {phase.kind.value} {time.monotonic():.6f}", flush=True)

    adapter.phase_started.connect(started)


def _hook_app() -> None:
    """Wrap ``MainWindow`` in ``hiptimer.gui.main`` as soon as that module is imported.

    The finder is a plain class and finds the module with the path finder
    Python already has loaded: ``importlib.abc`` (with ``importlib.resources``)
    would cost the app ~5 ms of imports that ``python main.py`` never makes.
    """
    from importlib.machinery import PathFinder

    class Hook:
        def find_spec(self, name, path, target=None):
            if name != "hiptimer.gui.main":
                return None
            sys.meta_path.remove(self)
            spec = PathFinder.find_spec(name, path)
            assert spec is not None and spec.loader is not None
            loader = spec.loader
            run_module = loader.exec_module  # type: ignore[attr-defined]

            def exec_module(module):
                run_module(module)
                original = module.MainWindow

                def main_window(*args, **kwargs):
                    MARKS["qapplication_ready"] = time.monotonic()
                    window = original(*args, **kwargs)
                    MARKS["window_built"] = time.monotonic()
                    watch(window)
                    if STAY:
                        _follow(window)
                    return window

                module.MainWindow = main_window

            loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, Hook())


def run_app(args: list[str]) -> None:
    """Run ``main.py`` with ``args`` as its command line, as ``python main.py`` would.

    The script is compiled and run here rather than through ``runpy``, which
    imports ``pkgutil`` and ``importlib.abc`` (~8 ms) that a real start never
    loads.
    """
    _hook_app()
    script = os.path.join(ROOT, "main.py")
    sys.argv = [script, *args]
    # What ``python main.py`` would have as the first import folder.
    sys.path[0] = ROOT
    with open(script, encoding="utf-8") as source:
        code = compile(source.read(), script, "exec")
    exec(code, {"__name__": "__main__", "__file__": script, "__builtins__": __builtins__})


def run_bare() -> None:
    """Show a bare PySide6 window the app's size (or full screen with ``--fullscreen``)."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    MARKS["qapplication_ready"] = time.monotonic()
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1024, 640)
    MARKS["window_built"] = time.monotonic()
    watch(window)
    if "--fullscreen" in sys.argv:
        window.showFullScreen()
    else:
        window.show()
    app.exec()


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else "bare"
    if what == "app":
        run_app(sys.argv[3:] if STAY else sys.argv[2:])
    elif what == "bare":
        run_bare()
    else:
        raise SystemExit(f"usage: {sys.argv[0]} app [--stay] [ARGS...] | bare [--stay]")
    # Reaching here means the loop ended without a first frame.
    raise SystemExit("no frame was painted")


if __name__ == "__main__":
    main()

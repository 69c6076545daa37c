"""Save screenshots of the window's screens for the README and for review.

Drives the default session with a fake clock (no waiting) and grabs the
start, work (reps and hold), rest, paused and finish screens, then the
3-round circuit's start screen, its round rest and the question Esc asks
when stopping after a minute, at 800×480 and 1920×1080 (``--size WxH`` for
others) into ``docs/screenshots/``. Run with ``QT_QPA_PLATFORM=offscreen``
or on a real or virtual display.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from hiptimer import resources  # noqa: E402
from hiptimer.gui import dialogs  # noqa: E402
from hiptimer.gui.window import MainWindow  # noqa: E402
from hiptimer.session import load  # noqa: E402

# (window height, countdown pixel size) of every run screen grabbed.
DIGIT_HEIGHTS: list[tuple[int, int]] = []


class Clock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        """Return the current fake time."""
        return self.t


# The day the screenshots are taken on, whatever today is: the start screen's
# week chart is labelled from it, and screenshots of one commit must not
# change with the date (issue 13 compares them pixel by pixel).
DAY = datetime(2026, 3, 4, 7, 0, tzinfo=timezone.utc)


def shoot(out: Path, sizes: list[tuple[int, int]]) -> list[Path]:
    """Grab every screen at every size into ``out``; return the files written."""
    app = QApplication.instance() or QApplication([])
    written = []
    for width, height in sizes:
        clock = Clock()
        window = MainWindow(load(resources.default_session_path()), now=clock,
                            wall_clock=lambda: DAY)
        window.resize(width, height)
        window.show()
        window.complete()  # as the window is a moment after its first frame
        window.run_screen.set_pulse(False)  # a screenshot is not the moment of a change

        def grab(name: str, window: MainWindow = window, width: int = width,
                 height: int = height) -> None:
            app.processEvents()
            path = out / f"{name}-{width}x{height}.png"
            window.grab().save(str(path))
            if window.stack.currentWidget() is window.run_screen and name != "paused":
                DIGIT_HEIGHTS.append((height, window.run_screen.digits.text_pixel_height()))
            written.append(path)

        def advance(seconds: float, clock: Clock = clock, window: MainWindow = window) -> None:
            clock.t += seconds
            window.run.adapter.wake()

        grab("start")
        window.run.adapter.start()
        advance(4.2)
        grab("get-ready")
        advance(6 + 3.6)  # into the clam shells, rep 2 with the knee up
        grab("work-reps")
        advance(25 + 5 + 25 + 2)
        grab("rest")
        advance(8 + 12)
        grab("work-hold")
        window.run.adapter.pause()
        grab("paused")
        window.run.adapter.toggle()
        advance(200)
        grab("finish")
        window.close()
        written.extend(shoot_circuit(out, width, height))
    return written


def shoot_circuit(out: Path, width: int, height: int) -> list[Path]:
    """Grab the circuit's start screen, its round rest and the stop question."""
    app = QApplication.instance() or QApplication([])
    clock = Clock()
    circuit = resources.assets_dir() / "sessions" / "hip-circuit.toml"
    window = MainWindow(load(circuit), now=clock, wall_clock=lambda: DAY)
    window.resize(width, height)
    window.show()
    window.complete()
    window.run_screen.set_pulse(False)
    written = []

    def grab(name: str) -> None:
        app.processEvents()
        path = out / f"{name}-{width}x{height}.png"
        window.grab().save(str(path))
        written.append(path)

    grab("start-circuit")
    adapter = window.run.adapter
    adapter.start()
    while adapter.runner.phase.kind.value != "round_rest":
        clock.t += adapter.runner.remaining() or 0
        adapter.wake()
        if adapter.runner.phase.self_paced:
            adapter.done()
    clock.t += 3
    adapter.wake()
    grab("round-rest")

    def confirm(parent: object, title: str, text: str) -> bool:
        # The question as the runner sees it, drawn over the window it sits on.
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          window)
        box.show()
        app.processEvents()
        picture = window.grab()
        question = box.grab()
        painter = QPainter(picture)
        painter.drawPixmap(QPoint((picture.width() - question.width()) // 2,
                                  (picture.height() - question.height()) // 2), question)
        painter.end()
        path = out / f"stop-{width}x{height}.png"
        picture.save(str(path))
        written.append(path)
        box.close()
        return False

    dialogs.confirm = confirm
    window.escape()
    window.close()
    return written


def shoot_features(out: Path, width: int, height: int) -> list[Path]:
    """Grab session format 2 and the progression on screen, from ``docs/examples``.

    An alternating lunge, a block done on one side then the other, a Tabata
    interval, an EMOM rest, the finish screen's question and the start
    screen's suggestion.
    """
    from hiptimer.history import History
    from hiptimer.plan import PhaseKind

    app = QApplication.instance() or QApplication([])
    examples = ROOT / "docs" / "examples"
    written = []

    def window(session_path: Path, history: History | None = None) -> tuple[MainWindow, Clock]:
        clock = Clock()
        win = MainWindow(load(session_path), now=clock, history=history,
                         wall_clock=lambda: DAY)
        win.resize(width, height)
        win.show()
        win.complete()
        win.run_screen.set_pulse(False)
        return win, clock

    def grab(win: MainWindow, name: str) -> None:
        app.processEvents()
        path = out / f"{name}-{width}x{height}.png"
        win.grab().save(str(path))
        written.append(path)

    def until(win: MainWindow, clock: Clock, test) -> None:
        adapter = win.run.adapter
        while not test(adapter.runner.phase):
            adapter.skip()

    def forward(win: MainWindow, clock: Clock, seconds: float) -> None:
        clock.t += seconds
        win.run.adapter.wake()

    win, clock = window(examples / "sides.toml")
    win.run.adapter.start()
    until(win, clock, lambda p: p.alternate)
    forward(win, clock, 2.2 * 3 + 0.5)
    grab(win, "alternating-lunge")
    win.close()

    win, clock = window(examples / "one-then-other.toml")
    win.run.adapter.start()
    until(win, clock, lambda p: p.kind is PhaseKind.SWITCH)
    forward(win, clock, 3)
    grab(win, "one-then-other")
    win.close()

    win, clock = window(examples / "tabata.toml")
    win.run.adapter.start()
    until(win, clock, lambda p: p.kind is PhaseKind.WORK)
    forward(win, clock, 8)
    grab(win, "tabata")
    win.close()

    win, clock = window(examples / "emom.toml")
    win.run.adapter.start()
    until(win, clock, lambda p: p.kind is PhaseKind.WORK)
    if win.run.adapter.runner.phase.self_paced:
        forward(win, clock, 35)
        win.run.adapter.done()
    else:
        forward(win, clock, win.run.adapter.runner.remaining() or 0)
    forward(win, clock, 4)
    grab(win, "emom-rest")
    win.close()

    # The finish screen's question, and what two easy runs suggest.
    with History.in_memory() as history:
        win, clock = window(ROOT / "config.toml", history)
        for _ in range(2):
            win.show_start()
            win.run.adapter.start()
            forward(win, clock, 400)
            if win.stack.currentWidget() is not win.finish_screen:
                break
            grab(win, "finish-question")
            win.finish_screen.feelings[0].click()
            app.processEvents()
        win.show_start()
        win.app.show_week()
        grab(win, "start-suggestion")
        win.close()
    return written


def shoot_languages(out: Path, width: int, height: int) -> list[Path]:
    """Grab the start, work and finish screens in each shipped language but English."""
    from hiptimer import i18n
    from hiptimer.gui import language

    app = QApplication.instance() or QApplication([])
    written = []
    for code in i18n.LANGUAGES:
        if code == i18n.DEFAULT:
            continue
        language.install(app, code)  # before the session loads, as at start-up
        clock = Clock()
        window = MainWindow(load(resources.default_session_path()), now=clock,
                            wall_clock=lambda: DAY)
        window.resize(width, height)
        window.show()
        window.complete()
        window.run_screen.set_pulse(False)

        def grab(name: str, window: MainWindow = window, code: str = code) -> None:
            app.processEvents()
            path = out / f"{name}-{code}-{width}x{height}.png"
            window.grab().save(str(path))
            written.append(path)

        grab("start")
        window.run.adapter.start()
        clock.t += 4.2 + 6 + 3.6  # into the clam shells, rep 2
        window.run.adapter.wake()
        grab("work-reps")
        clock.t += 300
        window.run.adapter.wake()
        grab("finish")
        window.close()
    language.install(app, i18n.DEFAULT)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--features", action="store_true",
                        help="shoot session format 2 and the progression instead")
    parser.add_argument("--languages", action="store_true",
                        help="shoot the start, work and finish screens in each other language")
    parser.add_argument("--size", action="append", metavar="WxH",
                        help="a window size to shoot at (repeatable; default 800x480, 1920x1080)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = [tuple(int(n) for n in size.lower().split("x")) for size in args.size or []]
    chosen = sizes or [(800, 480), (1920, 1080)]
    if args.languages:
        paths = [p for w, h in (sizes or [(800, 480)]) for p in shoot_languages(args.out, w, h)]
    elif args.features:
        paths = [p for w, h in chosen for p in shoot_features(args.out, w, h)]
    else:
        paths = shoot(args.out, chosen)  # type: ignore[arg-type]
    for path in paths:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

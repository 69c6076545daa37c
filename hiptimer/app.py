"""The program's one entry point, shared by ``main.py``, ``python -m hiptimer`` and the launcher."""

from __future__ import annotations

import gc
import logging
import signal
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hiptimer.errors import SessionError
    from hiptimer.session import Session

logger = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run hiptimer and return its exit status.

    Start-up order:

    1. parse the command line (misuse exits with status 2);
    2. load and check the session, before any Qt exists; with ``--check``,
       print the plan or the problems and stop here;
    3. create the Qt application and the window (Qt is imported only now);
    4. show the session's problems once, in one dialog, falling back to the
       bundled default so the runner is never left with nothing;
    5. run the event loop.

    The cycle collector is paused until the window's first frame is out:
    start-up makes a great many objects that live as long as the program
    (modules, classes, PySide6's enums), and collections that scanned them
    again and again while they were made cost about 5 ms of the first frame
    (docs/benchmarks.md, "Start-up"). It is on again after that frame, and
    whenever ``main`` returns.
    """
    collecting = gc.isenabled()
    gc.disable()

    def resume_collecting() -> None:
        if collecting:
            gc.enable()

    try:
        return _run(argv, resume_collecting)
    finally:
        resume_collecting()


def _run(argv: Sequence[str] | None, first_frame_out: Callable[[], None]) -> int:
    # Imported here, not at the top, so that the collector is already
    # paused while the modules load.
    from hiptimer import cli
    from hiptimer.errors import SessionError

    logging.basicConfig(level=logging.WARNING, format="hiptimer: %(levelname)s: %(message)s")
    options = cli.parse(argv)
    if options.check:
        return cli.run_check(options)

    session: Session | None = None
    problem: SessionError | None = None
    try:
        session = cli.load_for_run(options)
    except SessionError as exc:
        problem = exc

    # Ctrl+C in the terminal ends the program even while Qt is still
    # starting; once the event loop runs, the GUI takes over the signal to
    # quit cleanly and record the run under way.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    from hiptimer.gui.main import run_gui

    return run_gui(options, session, problem, sys.argv[:1], first_frame_out)

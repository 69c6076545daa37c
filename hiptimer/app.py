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
       ``--install-desktop-entry`` and ``--uninstall-desktop-entry`` do
       their work and stop here;
    2. load and check the session, before any Qt exists; with ``--check``,
       print the plan or the problems and stop here;
    3. check that Qt's platform plugin will load (missing system libraries:
       say which packages to install, exit 2) and warn of a PySide6 known
       to crash; then create the Qt application and the window (Qt is
       imported only now);
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
    if options.desktop_entry is not None:
        from hiptimer import desktop

        return desktop.run(options.desktop_entry)
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
    from hiptimer import preflight

    # Qt aborts on a platform plugin it cannot load, naming no package. The
    # check runs only for xcb and wayland; its 3 ms load libraries that the
    # plugin would load a moment later (preflight.dlopen_check).
    missing = preflight.check_platform()
    if missing is not None:
        sys.stderr.write(missing)
        return preflight.EXIT_MISSING_LIBRARIES
    try:
        from hiptimer.gui.main import run_gui
    except ImportError as exc:
        explained = preflight.explain_import_error(exc)
        if explained is None:
            raise
        sys.stderr.write(explained)
        return preflight.EXIT_MISSING_LIBRARIES
    hazard = preflight.pyside_warning()
    if hazard is not None:
        logger.warning("%s", hazard)
    return run_gui(options, session, problem, sys.argv[:1], first_frame_out,
                   notices=() if hazard is None else (hazard,))
